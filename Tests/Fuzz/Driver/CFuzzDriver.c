#include "CFuzzDriver.h"

// LeakSanitizer's interface (<sanitizer/lsan_interface.h>), declared weak so that a build
// without AddressSanitizer, or without any sanitizer, links: the functions are then null.
extern void __lsan_disable(void) __attribute__((weak));
extern void __lsan_enable(void) __attribute__((weak));

void CFuzzDriver_setLeakChecks(int enabled) {
  if (enabled && __lsan_enable) {
    __lsan_enable();
  } else if (!enabled && __lsan_disable) {
    __lsan_disable();
  }
}
