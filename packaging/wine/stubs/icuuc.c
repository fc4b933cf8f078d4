/* Stand-in for Windows 10's ICU (icuuc.dll), which Wine 8.0 lacks: Qt6Core (PySide6 6.12)
   imports these 20 converter functions. Every converter fails to open, so Qt keeps to its own
   codecs. Built by packaging/wine/run.sh into the Wine prefix's system32, never into a bundle. */
#include <stdint.h>
#include <stddef.h>
#define X __declspec(dllexport)
typedef int E;
static void fail(E *e) { if (e && *e <= 0) *e = 4; /* U_FILE_ACCESS_ERROR */ }
X void *ucnv_open(const char *n, E *e) { fail(e); return NULL; }
X void ucnv_close(void *c) { }
X void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) { }
X void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) { }
X void ucnv_reset(void *c) { }
X int8_t ucnv_getMaxCharSize(const void *c) { return 4; }
X const char *ucnv_getName(const void *c, E *e) { fail(e); return NULL; }
X void ucnv_getToUCallBack(void) { }
X void ucnv_getFromUCallBack(void) { }
X void ucnv_setToUCallBack(void) { }
X void ucnv_setFromUCallBack(void) { }
X void ucnv_cbToUWriteUChars(void) { }
X void ucnv_toUnicode(void) { }
X void ucnv_cbFromUWriteUChars(void) { }
X int32_t ucnv_toUCountPending(void) { return 0; }
X int32_t ucnv_fromUCountPending(void) { return 0; }
X const char *ucnv_getStandardName(const char *n, const char *s, E *e) { fail(e); return NULL; }
X const char *ucnv_getAvailableName(int32_t n) { return NULL; }
X int32_t ucnv_countAvailable(void) { return 0; }
X void ucnv_fromUnicode(void) { }
