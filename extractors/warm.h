/*
 * warm.h — run both extractors once, in the parent, on built-in documents.
 *
 *     extract_warm_up();   // zeef-extract's main(), before the first fork
 *
 * Makes the per-document child cheaper: it inherits resolved library symbols
 * and initialised library state instead of redoing them (warm.c).
 */
#ifndef ZEEF_WARM_H
#define ZEEF_WARM_H

void extract_warm_up(void);

#endif
