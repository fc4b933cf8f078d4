"""Print the generic credentials in this Windows user's Credential Manager whose name holds
"ClerkDesk/", one a line, with a count at the end: run with the Windows Python by
packaging/wine/run.sh, to see what ClerkDesk leaves there. (The credential store's own API;
keyring has no way to list entries.)"""

import ctypes
import sys
from ctypes import wintypes

ERROR_NOT_FOUND = 1168


class CredentialHead(ctypes.Structure):
    # The start of CREDENTIALW, as far as its name.
    _fields_ = [
        ("Flags", wintypes.DWORD),
        ("Type", wintypes.DWORD),
        ("TargetName", ctypes.c_wchar_p),
    ]


def names() -> list[str]:
    advapi = ctypes.WinDLL("advapi32", use_last_error=True)
    count = wintypes.DWORD()
    found = ctypes.POINTER(ctypes.POINTER(CredentialHead))()
    if not advapi.CredEnumerateW(None, 0, ctypes.byref(count), ctypes.byref(found)):
        if ctypes.get_last_error() == ERROR_NOT_FOUND:
            return []
        raise OSError(ctypes.get_last_error(), "CredEnumerateW failed")
    try:
        return sorted(found[i].contents.TargetName or "" for i in range(count.value))
    finally:
        advapi.CredFree(found)


if __name__ == "__main__":
    mine = [name for name in names() if "ClerkDesk/" in name]
    for name in mine:
        print(name)
    print(f"{len(mine)} ClerkDesk credential(s)")
    sys.exit(0)
