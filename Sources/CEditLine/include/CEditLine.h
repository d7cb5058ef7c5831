#ifndef CEDITLINE_H
#define CEDITLINE_H
int CEditLine_placeholder(void);
#endif
