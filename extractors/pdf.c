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
 *   - total text is capped at DOC_MAX_TEXT: "too_large";
 *   - words hyphenated at a line's end are joined again, and ligature
 *     characters (U+FB01 "fi" ...) spelled out (dehyphenate).
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

#include <math.h>
#include "text.h"
#include "util.h"

#define PDF_MIN_CHARS 20

/* Words that follow a hyphen at a line's end without continuing its word:
 * "zorg-" / "en welzijnsdomein" is a suspended compound, not "zorgen". */
static const char *const suspended[] = {"en", "of", "tot", "t/m", "and", "or", "und", "oder", "&", NULL};

/* First parts of compounds written with a hyphen ("publiek-private",
 * "oud-directeur", "hbo-bachelor", "co-ouder"): a plain '-' after one of
 * them at a line's end is kept when the word is joined. */
static const char *const compound_heads[] = {
    "publiek", "oud", "ex", "hbo", "mbo", "wo", "niet", "semi", "co", "e", "directeur", "sociaal",
    "para", "post", "pre", "anti", "non", "vice", "interim", "zorg", "bachelor", "master", "public", "self",
    "part", "full", NULL};

/* Is the plain '-' that ends line[0, n) part of the word (kept when the word
 * is joined)?  A typesetter's hyphenation uses it too (LibreOffice), so only
 * where a word is more likely a compound: after a word with a capital
 * ("Wmo-loket", "OCMW-diensten", and names, "Er-" / "melo", where the two
 * readings cannot be told apart), after a compound head above, and in an
 * e-mail address or web address ("ronald@smeets-" / "sociaal.example.nl"). */
static bool hyphen_is_word(const char *line, size_t n)
{
    size_t a = n - 1;
    while (a > 0 && line[a - 1] != ' ' && line[a - 1] != '\t')
        a--;
    const char *tok = line + a;
    size_t tl = n - 1 - a;
    if (memchr(tok, '@', tl) || memchr(tok, '/', tl) || memchr(tok, '.', tl))
        return true;
    size_t w = tl;      /* the letters right before the hyphen */
    while (w > 0 && g_ascii_isalpha(tok[w - 1]))
        w--;
    for (size_t i = 0; i < tl; i++)
        if (g_ascii_isupper(tok[i]))
            return true;
    for (const char *const *h = compound_heads; *h; h++)
        if (strlen(*h) == tl - w && !g_ascii_strncasecmp(tok + w, *h, tl - w))
            return true;
    return false;
}

/* The hyphen at the end of line[0, n), if there is one after a letter: its
 * length (1 for '-', 2 for U+00AD soft hyphen, 3 for U+2010 hyphen), else 0. */
static size_t end_hyphen(const char *line, size_t n)
{
    size_t h = 0;
    if (n >= 1 && line[n - 1] == '-')
        h = 1;
    else if (n >= 2 && !memcmp(line + n - 2, "\xC2\xAD", 2))
        h = 2;
    else if (n >= 3 && !memcmp(line + n - 3, "\xE2\x80\x90", 3))
        h = 3;
    if (!h || n == h)
        return 0;
    const char *prev = g_utf8_find_prev_char(line, line + n - h);
    return prev && g_unichar_isalpha(g_utf8_get_char(prev)) ? h : 0;
}

/*
 * Words hyphenated at a line's end are joined again, so that rules see
 * "Maatschappelijk", not "Maatschap-" and "pelijk" (typesetters hyphenate
 * justified text; tests/holdout27): when a line ends in a hyphen after a
 * letter and the next line starts with a lower-case letter, the next line's
 * first word moves up to complete the word and the hyphen goes (U+2010,
 * U+00AD, and a plain '-' unless hyphen_is_word() keeps it).  Not before
 * a word of suspended[], and not before an upper-case letter ("Noord-" /
 * "Holland").  Soft hyphens (U+00AD) elsewhere are invisible and dropped.
 * Returns a new string.
 */
static char *dehyphenate(const char *text)
{
    /* soft hyphens inside lines first: "Maat\u00ADschap\u00AD\u2010"; and the
     * Latin ligatures a font draws as one glyph (U+FB00..U+FB06: "So\uFB01e"
     * is "Sofie", in a name and an e-mail address too) */
    static const char *const ligature[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    strbuf clean = STRBUF_INIT;
    for (const char *q = text; *q; q++) {
        if ((unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xAD && q[2] != '\n' && q[2] != '\0') {
            q++;
            continue;
        }
        if ((unsigned char)q[0] == 0xEF && (unsigned char)q[1] == 0xAC && (unsigned char)q[2] >= 0x80 &&
            (unsigned char)q[2] <= 0x86) {
            sb_adds(&clean, ligature[(unsigned char)q[2] - 0x80]);
            q += 2;
            continue;
        }
        sb_addc(&clean, *q);
    }
    strbuf sb = STRBUF_INIT;
    const char *p = clean.data ? clean.data : "";
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        size_t h = nl ? end_hyphen(p, n) : 0;
        const char *next = nl ? nl + 1 : NULL;
        size_t wl = 0;
        if (h && next && g_unichar_islower(g_utf8_get_char_validated(next, -1))) {
            while (next[wl] && next[wl] != ' ' && next[wl] != '\t' && next[wl] != '\n')
                wl++;
            for (const char *const *w = suspended; *w && wl; w++)
                if (strlen(*w) == wl && !memcmp(next, *w, wl))
                    wl = 0;
        }
        /* a word's own hyphen stays: "publiek-" / "private" is "publiek-private" */
        bool keep = wl && h == 1 && hyphen_is_word(p, n);
        sb_add(&sb, p, wl && !keep ? n - h : n);
        if (!wl) {
            if (nl)
                sb_addc(&sb, '\n');
            p = nl ? nl + 1 : p + n;
            continue;
        }
        sb_add(&sb, next, wl);
        sb_addc(&sb, '\n');
        p = next + wl;
        if (*p == ' ')
            p++;
        if (*p == '\n')        /* the next line was only the word's end */
            p++;
    }
    sb_free(&clean);
    return sb_detach(&sb);
}

#define A4_LONG_SIDE 842.0     /* points */

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
    pdf_layout_votes votes = {0};
    size_t total = 0;
    doc_error e = DOC_OK;
    for (int i = 0; i < n && e == DOC_OK; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        /* its length in A4 sheets (842 pt), a little tolerance for Letter and bleed */
        double pw = 0, ph = 0;
        poppler_page_get_size(page, &pw, &ph);
        double longer = pw > ph ? pw : ph;
        int sheets = longer > A4_LONG_SIDE * 1.15 ? (int)ceil(longer / A4_LONG_SIDE - 0.05) : 1;
        out->a4_pages += sheets < 1 ? 1 : sheets;
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
    pdf_layout_votes_free(&votes);

    /* Pass 2: the text of each page, laid out the same way on every page. */
    out->pages = xcalloc((size_t)n, sizeof *out->pages);
    size_t visible = 0;
    for (int i = 0; i < n && e == DOC_OK; i++) {
        if (columns && i > 0 && layouts[i])
            pdf_layout_continue(layouts[i], layouts[i - 1]);
        char *laid = layouts[i] ? pdf_layout_text(layouts[i], columns, i > 0) : NULL;
        const char *use = laid ? laid : (raw[i] ? raw[i] : "");
        size_t vlen;
        char *joined = dehyphenate(use);
        char *valid = text_valid_utf8(joined, strlen(joined), &vlen);
        free(joined);
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
