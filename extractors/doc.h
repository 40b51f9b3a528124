/*
 * doc.h — what an extractor hands back: the text of a document, page by page.
 *
 * Each format has one extractor (pdf.c, docx.c) with the same shape:
 *
 *     doc_error pdf_extract(const unsigned char *data, size_t len,
 *                           doc_text *out, char **message);
 *
 * It reads the document from memory (the caller has read the file and checked
 * its size), fills *out, and returns DOC_OK, or an error code with a
 * human-readable *message (malloc'd, English) saying what is wrong.  On error
 * out->page_count may still be set (a 500-page PDF is too_large, but we know
 * its page count); out->pages is empty, and doc_text_free() is safe to call.
 *
 * Text conventions, which the fields stage relies on:
 *   - UTF-8, valid (extractors repair or replace invalid sequences);
 *   - one paragraph (or PDF text line) per line, lines end in '\n';
 *   - table cells are kept apart: every cell paragraph is its own line;
 *   - pages[i] is the text of page i+1.
 */
#ifndef ZEEF_DOC_H
#define ZEEF_DOC_H

#include <stdbool.h>
#include <stddef.h>

/* Limits on untrusted input (see also extractors/isolate.c). */
#define DOC_MAX_TEXT        (1u << 20)        /* 1 MiB of extracted text in all */
#ifndef DOC_MAX_PAGES                         /* -DDOC_MAX_PAGES=N: bench/bench.sh measures a */
#define DOC_MAX_PAGES       100               /* 500-page PDF; more pages: too_large */
#endif

typedef enum {
    DOC_OK = 0,
    DOC_ERR_ENCRYPTED,     /* "encrypted" */
    DOC_ERR_CORRUPT,       /* "corrupt" */
    DOC_ERR_EMPTY,         /* "empty" */
    DOC_ERR_UNSUPPORTED,   /* "unsupported_format" */
    DOC_ERR_NO_TEXT,       /* "no_text" */
    DOC_ERR_UNSAFE_XML,    /* "unsafe_xml" */
    DOC_ERR_TOO_LARGE,     /* "too_large" */
    DOC_ERR_TIMEOUT,       /* "timeout" */
    DOC_ERR_IO             /* "io" */
} doc_error;

typedef struct {
    char **pages;       /* pages[i]: malloc'd UTF-8 text of page i+1 */
    size_t npages;      /* entries in pages[] */
    int page_count;     /* the document's page count; -1 when unknown */
    bool pages_exact;   /* false when page_count is an estimate */
    int a4_pages;       /* PDF: the pages counted as A4 sheets (a page longer than
                           A4, "one continuous page" saved from a web page,
                           counts as several); 0 when not known */
    char *furniture;    /* text the pages repeat, lines joined by '\n': a DOCX's
                           running headers and footers (also in pages[]); NULL
                           when none is known (PDF: later stages find it) */
} doc_text;

doc_error pdf_extract(const unsigned char *data, size_t len, doc_text *out, char **message);
doc_error docx_extract(const unsigned char *data, size_t len, doc_text *out, char **message);

void doc_text_free(doc_text *t);

/* The contract's name for an error code ("encrypted", ...); NULL for DOC_OK. */
const char *doc_error_code(doc_error e);

#endif
