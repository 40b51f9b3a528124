/*
 * pdf.c — text of a PDF, page by page, through poppler-glib.
 *
 * poppler does the real work: poppler_document_new_from_bytes() parses the
 * file from memory, poppler_page_get_text() and _get_text_layout() give each
 * page's characters with their boxes, and pdf_layout.c lays them out so that
 * table rows stay on one line.  We add the policy:
 *
 *   - a user password (POPPLER_ERROR_ENCRYPTED) is "encrypted"; a PDF with
 *     only an owner password opens without one and is read normally;
 *   - anything else poppler cannot open is "corrupt";
 *   - more than DOC_MAX_PAGES pages is "too_large" (the page count is still
 *     reported, so the page-limit check can quote it);
 *   - fewer than PDF_MIN_CHARS visible characters in the whole document
 *     means there is no text layer (a scan): "no_text";
 *   - total text is capped at DOC_MAX_TEXT: "too_large".
 *
 * The caller runs this in a child process with time and memory limits
 * (isolate.c): a PDF that makes poppler loop or explode is killed there.
 */
#include "doc.h"

#include <glib.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_layout.h"
#include "text.h"
#include "util.h"

#define PDF_MIN_CHARS 20

static size_t visible_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if ((unsigned char)*s > ' ')
            n++;
    return n;
}

doc_error pdf_extract(const unsigned char *data, size_t len, doc_text *out, char **message)
{
    memset(out, 0, sizeof *out);
    out->page_count = -1;
    *message = NULL;

    GBytes *bytes = g_bytes_new_static(data, len);
    GError *gerr = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes);
    if (!doc) {
        doc_error e = DOC_ERR_CORRUPT;
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED) {
            e = DOC_ERR_ENCRYPTED;
            *message = xstrdup("PDF is protected with a password");
        } else {
            *message = xasprintf("PDF cannot be opened: %s", gerr ? gerr->message : "unknown error");
        }
        if (gerr)
            g_error_free(gerr);
        return e;
    }

    int n = poppler_document_get_n_pages(doc);
    out->page_count = n > 0 ? n : -1;
    out->pages_exact = n > 0;
    if (n <= 0) {
        g_object_unref(doc);
        *message = xstrdup("PDF has no pages");
        return DOC_ERR_CORRUPT;
    }
    if (n > DOC_MAX_PAGES) {
        g_object_unref(doc);
        *message = xasprintf("PDF has %d pages, more than the limit of %d", n, DOC_MAX_PAGES);
        return DOC_ERR_TOO_LARGE;
    }

    /* Pass 1: each page's characters and their boxes; the layout votes. */
    pdf_page_layout **layouts = xcalloc((size_t)n, sizeof *layouts);
    char **raw = xcalloc((size_t)n, sizeof *raw);
    pdf_layout_votes votes = {0, 0, 0};
    size_t total = 0;
    doc_error e = DOC_OK;
    for (int i = 0; i < n && e == DOC_OK; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        char *txt = poppler_page_get_text(page);
        PopplerRectangle *rects = NULL;
        guint nrects = 0;
        if (txt && poppler_page_get_text_layout(page, &rects, &nrects) && nrects > 0) {
            layouts[i] = pdf_layout_analyse(txt, rects, nrects);
            pdf_layout_vote(layouts[i], &votes);
        }
        g_free(rects);
        g_object_unref(page);
        total += txt ? strlen(txt) : 0;
        raw[i] = txt ? xstrdup(txt) : NULL;
        g_free(txt);
        if (total > DOC_MAX_TEXT) {
            *message = xasprintf("PDF text exceeds the limit of %u bytes", DOC_MAX_TEXT);
            e = DOC_ERR_TOO_LARGE;
        }
    }
    bool columns = pdf_layout_columns(&votes);

    /* Pass 2: the text of each page, laid out the same way on every page. */
    out->pages = xcalloc((size_t)n, sizeof *out->pages);
    size_t visible = 0;
    for (int i = 0; i < n && e == DOC_OK; i++) {
        char *laid = layouts[i] ? pdf_layout_text(layouts[i], columns) : NULL;
        const char *use = laid ? laid : (raw[i] ? raw[i] : "");
        size_t vlen;
        char *valid = text_valid_utf8(use, strlen(use), &vlen);
        free(laid);
        /* poppler ends pages with a form feed on some versions: drop it. */
        while (vlen && (valid[vlen - 1] == '\f' || valid[vlen - 1] == '\n'))
            valid[--vlen] = '\0';
        if (vlen) {
            valid = xrealloc(valid, vlen + 2);
            valid[vlen++] = '\n';
            valid[vlen] = '\0';
        }
        out->pages[out->npages++] = valid;
        visible += visible_chars(valid);
    }
    for (int i = 0; i < n; i++) {
        pdf_layout_free(layouts[i]);
        free(raw[i]);
    }
    free(layouts);
    free(raw);
    g_object_unref(doc);
    if (e == DOC_OK && visible < PDF_MIN_CHARS) {
        *message = xstrdup("PDF has no text layer (a scanned document?)");
        e = DOC_ERR_NO_TEXT;
    }
    if (e != DOC_OK) {
        int pc = out->page_count;
        doc_text_free(out);
        out->page_count = pc;
    }
    return e;
}
