/* Stand-in for Windows 10's bcryptprimitives.dll, which Wine 8.0 lacks: cryptography's Rust
   core imports ProcessPrng from it. Served here by RtlGenRandom (SystemFunction036). */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n) {
  while (n) { ULONG k = n > 0x10000000 ? 0x10000000 : (ULONG)n;
              if (!SystemFunction036(d, k)) return FALSE; d += k; n -= k; }
  return TRUE; }
