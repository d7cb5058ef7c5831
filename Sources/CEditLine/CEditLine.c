#include "CEditLine.h"
int CEditLine_placeholder(void) { return 0; }
