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

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "sniff.h"

#define REQUEST_MAX_FILE (16u << 20)

/* ---- table rows --------------------------------------------------------------
 *
 * Platforms lay lists out as tables: cells between '|' (copied from a web
 * page or written as Markdown) or separated by tabs (copied from a PDF or a
 * word processor).  A row becomes the line the rest of the importer reads:
 *
 *   | K2 | Ten minste acht jaar ... |          ->  K2. Ten minste acht jaar ...
 *   | G1 | Ervaring met ... | 30 |            ->  G1. Ervaring met ... (30 punten)
 *   |    | Totaal | 100 |                      ->  Totaal 100 punten
 *   1<TAB>De kandidaat ...                     ->  1. De kandidaat ...
 *   |----|-----|                               ->  (blank)
 *
 * The first cell is the item's label when it looks like one ("3", "3.",
 * "a", "K1", "W-2"); a last cell that is a bare number is the points when
 * the table's header row has a points column ("Punten", "Max. score",
 * "Weging").  A row whose first cell is empty continues the previous row's
 * text (a wrapped cell). */

typedef struct {
    bool points_col;       /* the current table's header has a points column */
} table_state;

static bool is_label(const char *c)
{
    size_t n = strlen(c);
    if (n && (c[n - 1] == '.' || c[n - 1] == ')' || c[n - 1] == ':'))
        n--;
    if (n == 1 && isalpha((unsigned char)c[0]))
        return true;
    size_t i = 0;
    while (i < n && i < 3 && isalpha((unsigned char)c[i]))
        i++;
    if (i && i < n && c[i] == '-')
        i++;
    size_t d = 0;
    while (i < n && isdigit((unsigned char)c[i]))
        i++, d++;
    return i == n && d >= 1 && d <= 2;
}

static bool is_number(const char *c)
{
    if (!isdigit((unsigned char)*c))
        return false;
    while (isdigit((unsigned char)*c))
        c++;
    if ((*c == ',' || *c == '.') && isdigit((unsigned char)c[1]))
        for (c++; isdigit((unsigned char)*c); c++)
            ;
    return !*c;
}

static bool is_rule_cell(const char *c)
{
    for (; *c; c++)
        if (!strchr("-=:+_ ", *c))
            return false;
    return true;
}

/* A points column's header: "Punten", "Max. punten", "Points", "Score", "Weging". */
static bool is_points_header(const char *c)
{
    char *n = rq_norm(c);
    bool r = strlen(n) <= 40 && (strstr(n, "punt") || strstr(n, "point") || strstr(n, "pnt") || strstr(n, "score") ||
                                 strstr(n, "weging") || strstr(n, "weight"));
    free(n);
    return r;
}

/* The row s[0..n) as one line (malloc'd), or NULL when it is no table row. */
static char *table_line(const char *s, size_t n, table_state *ts)
{
    if (!memchr(s, '|', n) && !memchr(s, '\t', n)) {
        ts->points_col = false;
        return NULL;
    }
    char **cells = NULL;
    size_t ncells = 0;
    bool first_empty = false;
    const char *p = s, *end = s + n;
    for (size_t k = 0; p <= end; k++) {
        const char *q = p;
        while (q < end && *q != '|' && *q != '\t')
            q++;
        const char *a = p, *b = q;
        while (a < b && (*a == ' ' || *a == '\r'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\r'))
            b--;
        if (b > a) {
            cells = xreallocarray(cells, ncells + 1, sizeof *cells);
            cells[ncells++] = xstrndup(a, (size_t)(b - a));
        } else if (k == 1 && !ncells && s[0] == '|') {
            first_empty = true;     /* "|    | vervolg |": the label cell is empty */
        }
        p = q + 1;
    }
    strbuf sb = STRBUF_INIT;
    bool rule_row = ncells > 0;
    for (size_t i = 0; i < ncells; i++)
        rule_row = rule_row && is_rule_cell(cells[i]);
    if (!ncells || rule_row) {
        /* nothing, or "|----|----|": blank */
    } else {
        bool header = false;
        for (size_t i = 1; i < ncells; i++)
            if (is_points_header(cells[i]) && !is_number(cells[i]) && strlen(cells[i]) <= 20)
                header = true;
        if (header)
            ts->points_col = true;
        size_t last = ncells;
        bool points = !header && ts->points_col && ncells >= 2 && is_number(cells[ncells - 1]);
        if (points)
            last--;
        size_t i = 0;
        if (!first_empty && ncells >= 2 && is_label(cells[0])) {
            size_t ln = strlen(cells[0]);
            bool punct = ln && strchr(".):", cells[0][ln - 1]);
            sb_addf(&sb, "%.*s. ", (int)(punct ? ln - 1 : ln), cells[0]);
            i = 1;
        }
        for (size_t k = i; k < last; k++) {
            if (k > i)
                sb_addc(&sb, ' ');
            sb_adds(&sb, cells[k]);
        }
        if (points)
            sb_addf(&sb, i ? " (%s punten)" : " %s punten", cells[ncells - 1]);   /* an item's, or "Totaal 100 punten" */
    }
    for (size_t i = 0; i < ncells; i++)
        free(cells[i]);
    free(cells);
    return sb_detach(&sb);
}

static void add_line(request_text *rq, const char *s, size_t n, table_state *ts)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    rq->lines = xreallocarray(rq->lines, rq->nlines + 1, sizeof *rq->lines);
    req_line *l = &rq->lines[rq->nlines++];
    char *t = table_line(s, n, ts);
    l->orig = t ? t : xstrndup(s, n);
    text_normalise(l->orig, strlen(l->orig), &l->nt);
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
    table_state ts = {false};
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        add_line(rq, s, n, &ts);
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
    /* The text rules (deadline, shortlist, tie-break ...) read sentences that
     * a platform wraps anywhere: line ends are spaces to them.  A blank line
     * stays two spaces, so a pattern with single spaces does not run from
     * one paragraph into the next. */
    for (size_t i = 0; i < rq->all.len; i++)
        if (rq->all.s[i] == '\n')
            rq->all.s[i] = ' ';
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
