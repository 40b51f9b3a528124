/*
 * tender_request.c — read a hiring request into lines of original and
 * normalised text, for `zeef tender import` (see tender.h).
 *
 * A request arrives as the text copied from the tender platform, or as the
 * PDF or DOCX it was published in.  PDF and DOCX go through the same
 * extractors as the CVs (extractors/doc.h; the format is told from the bytes,
 * never the name), pages joined in order.  Text files must be UTF-8; invalid
 * bytes become U+FFFD rather than stopping the import.
 *
 * Every line is kept twice: as written (what goes into the profile: titles,
 * requirement texts, competencies) and normalised (what the patterns of
 * rules/request.rules see: lower case, no diacritics, dashes as '-'), with
 * the map between them from text_normalise() so a value found in the
 * normalised text is copied from the original in its own capitals.
 */
#include "tender.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "sniff.h"

#define REQUEST_MAX_FILE (16u << 20)

static void add_line(request_text *rq, const char *s, size_t n)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    rq->lines = xreallocarray(rq->lines, rq->nlines + 1, sizeof *rq->lines);
    req_line *l = &rq->lines[rq->nlines++];
    l->orig = xstrndup(s, n);
    text_normalise(l->orig, n, &l->nt);
}

int request_read(const char *path, request_text *rq, char **err)
{
    memset(rq, 0, sizeof *rq);
    char *data;
    size_t len;
    int rc = read_file(path, REQUEST_MAX_FILE, &data, &len);
    if (rc < 0) {
        *err = rc == -2 ? xasprintf("%s: larger than 16 MiB", path) : xasprintf("%s: %s", path, strerror(errno));
        return -1;
    }
    sniff_format f = sniff((const unsigned char *)data, len);
    char *text = NULL;
    size_t tlen = 0;
    if (f == SNIFF_PDF || f == SNIFF_ZIP) {
        doc_text dt = {0};
        char *msg = NULL;
        doc_error e = f == SNIFF_PDF ? pdf_extract((const unsigned char *)data, len, &dt, &msg)
                                     : docx_extract((const unsigned char *)data, len, &dt, &msg);
        if (e != DOC_OK) {
            *err = xasprintf("%s: cannot read the %s: %s (%s)", path, f == SNIFF_PDF ? "PDF" : "DOCX",
                             doc_error_code(e), msg ? msg : "");
            free(msg);
            doc_text_free(&dt);
            free(data);
            return -1;
        }
        free(msg);
        strbuf sb = STRBUF_INIT;
        for (size_t i = 0; i < dt.npages; i++) {
            sb_adds(&sb, dt.pages[i]);
            sb_addc(&sb, '\n');
        }
        doc_text_free(&dt);
        tlen = sb.len;
        text = sb_detach(&sb);
    } else {
        text = text_valid_utf8(data, len, &tlen);
    }
    free(data);

    const char *s = text, *end = text + tlen;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        add_line(rq, s, n);
        s += n + 1;
    }
    free(text);

    strbuf all = STRBUF_INIT;
    for (size_t i = 0; i < rq->nlines; i++) {
        sb_adds(&all, rq->lines[i].orig);
        sb_addc(&all, '\n');
    }
    size_t alen = all.len;
    rq->text = sb_detach(&all);
    text_normalise(rq->text, alen, &rq->all);
    return 0;
}

void request_free(request_text *rq)
{
    for (size_t i = 0; i < rq->nlines; i++) {
        free(rq->lines[i].orig);
        normtext_free(&rq->lines[i].nt);
    }
    free(rq->lines);
    free(rq->text);
    normtext_free(&rq->all);
    memset(rq, 0, sizeof *rq);
}

int rq_find(ruleset *rs, const char *id, const normtext *nt, const char *orig, char **v, size_t *end)
{
    rule_match m;
    if (rules_find(rs, id, nt->s, nt->len, 0, &m) != 1)
        return 0;
    if (end)
        *end = m.end;
    if (v) {
        size_t a = m.has_value ? m.vstart : m.start, b = m.has_value ? m.vend : m.end;
        if (orig)
            *v = xstrndup(orig + nt->map[a], nt->map[b] - nt->map[a]);
        else
            *v = xstrndup(nt->s + a, b - a);
        rq_squeeze(*v);
    }
    return 1;
}

bool rq_match(ruleset *rs, const char *id, const char *s)
{
    rule_match m;
    return rules_find(rs, id, s, strlen(s), 0, &m) == 1;
}

char *rq_norm(const char *s)
{
    normtext nt;
    text_normalise(s, strlen(s), &nt);
    char *r = xstrdup(nt.s);
    normtext_free(&nt);
    return r;
}

void rq_squeeze(char *s)
{
    char *w = s;
    bool space = true;   /* drops leading white space */
    for (char *r = s; *r; r++) {
        if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
            if (!space)
                *w++ = ' ';
            space = true;
        } else {
            *w++ = *r;
            space = false;
        }
    }
    while (w > s && w[-1] == ' ')
        w--;
    *w = '\0';
}
