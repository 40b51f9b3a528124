/*
 * warm.h — run the extractors once, in the parent, on built-in documents.
 *
 *     extract_warm_up();       // main(), before the first fork
 *     extract_warm_up_pdf();   // zeef-extract-pdf only
 *
 * Makes the per-document child cheaper: it inherits resolved library symbols
 * and initialised library state instead of redoing them (warm.c).
 */
#ifndef ZEEF_WARM_H
#define ZEEF_WARM_H

/* The DOCX extractor and the time zone (warm.c); zeef-extract. */
void extract_warm_up(void);
/* The PDF extractor: poppler's global state and types (warm_pdf.c);
 * zeef-extract-pdf, which calls both. */
void extract_warm_up_pdf(void);

#endif
