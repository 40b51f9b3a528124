/*
 * pdf_layout.h — lay out a PDF page's text from its character boxes, so that
 * table rows stay on one line and sidebars stay apart (see pdf_layout.c).
 */
#ifndef ZEEF_PDF_LAYOUT_H
#define ZEEF_PDF_LAYOUT_H

#include <poppler.h>

/* text: poppler_page_get_text(); rects: poppler_page_get_text_layout() for
 * the same page (one rectangle per character of text).  Returns the page's
 * lines, '\n'-terminated, malloc'd. */
char *pdf_layout_page(const char *text, const PopplerRectangle *rects, guint nrects);

#endif
