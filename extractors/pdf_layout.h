/*
 * pdf_layout.h — lay out a PDF page's text from its character boxes, so that
 * table rows stay on one line and sidebars stay apart (see pdf_layout.c).
 */
#ifndef ZEEF_PDF_LAYOUT_H
#define ZEEF_PDF_LAYOUT_H

#include <poppler.h>

#include <stdbool.h>

typedef struct pdf_page_layout pdf_page_layout;

/* text: poppler_page_get_text(); rects: poppler_page_get_text_layout() for
 * the same page (one rectangle per character of text).  Finds the page's
 * lines and its gutter, if any. */
pdf_page_layout *pdf_layout_analyse(const char *text, const PopplerRectangle *rects, guint nrects);

/* The evidence of a document's pages for its layout (pdf_layout.c, step 2):
 * pieces of text in the narrow column, those with a year, and those years
 * with the column's own text right below them. */
typedef struct {
    size_t pieces, years, years_text;
    size_t heading_columns; /* pages whose narrow column holds only headings */
    char **labels;          /* the narrow column's short pieces beside text */
    size_t nlabels;
} pdf_layout_votes;

/* Adds the page's evidence for the document's layout to the counts. */
void pdf_layout_vote(const pdf_page_layout *pl, pdf_layout_votes *v);

/* Given all pages' votes: true for sidebars (write the columns one after
 * the other), false for date columns and tables (keep rows together). */
bool pdf_layout_columns(const pdf_layout_votes *v);

void pdf_layout_votes_free(pdf_layout_votes *v);

/* In a document read in columns: a page without a gutter of its own takes
 * the previous page's when its lines fit it (a sidebar that goes on). */
void pdf_layout_continue(pdf_page_layout *pl, const pdf_page_layout *prev);

/* The page's lines, '\n'-terminated, malloc'd.  continued: the page goes on
 * from the one before (its first two-column region starts with the main
 * column, whose section goes on). */
char *pdf_layout_text(const pdf_page_layout *pl, bool columns, bool continued);

void pdf_layout_free(pdf_page_layout *pl);

#endif
