/* Stand-in for the colour-profile functions Qt's qwindows.dll calls: Wine 8.0's
   WcsCreateIccProfile is a stub that aborts screen enumeration (no QScreen). Loaded in place of
   Wine's own with WINEDLLOVERRIDES=mscms=n,b (packaging/wine/run.sh). */
#include <windows.h>
#define X __declspec(dllexport)
X HANDLE WINAPI OpenColorProfileW(void *p, DWORD a, DWORD s, DWORD c) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
X BOOL WINAPI CloseColorProfile(HANDLE p) { return TRUE; }
X HANDLE WINAPI WcsCreateIccProfile(HANDLE p, DWORD o) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
X BOOL WINAPI GetColorProfileFromHandle(HANDLE p, BYTE *b, DWORD *n) { SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
