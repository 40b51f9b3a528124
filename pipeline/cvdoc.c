/*
 * cvdoc.c — lines, pages and sections of a CV (see cvdoc.h).
 */
#include "cvdoc.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define QUOTE_MAX 240   /* bytes of a quoted line, cut at a character boundary */

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            return false;
    return true;
}

static bool starts_bullet(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n)
        return false;
    /* normalisation turns the bullet signs into '*'; '-', 'o' and '>' followed by a space too */
    if (s[i] == '*' || s[i] == '>')
        return true;
    if ((s[i] == '-' || s[i] == 'o') && i + 1 < n && s[i + 1] == ' ')
        return true;
    /* a Symbol or Wingdings font's bullet, in Unicode's private use area
     * (U+F000..U+F0FF: "\xEF\x82\xB7" is Word's default bullet in a PDF) */
    if ((unsigned char)s[i] == 0xEF && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x83)
        return true;
    /* other symbols (U+25A0.., U+27A2 ...) */
    return (unsigned char)s[i] == 0xE2 && i + 1 < n && ((unsigned char)s[i + 1] == 0x96 || (unsigned char)s[i + 1] == 0x97 ||
                                                         (unsigned char)s[i + 1] == 0x9E || (unsigned char)s[i + 1] == 0x9C);
}

static void add_line(cvdoc *d, size_t *cap, const char *s, size_t n, int page)
{
    if (d->n == *cap) {
        *cap = *cap ? *cap * 2 : 128;
        d->lines = xreallocarray(d->lines, *cap, sizeof *d->lines);
    }
    cv_line *l = &d->lines[d->n++];
    memset(l, 0, sizeof *l);
    l->orig = xstrndup(s, n);
    l->olen = n;
    text_normalise(s, n, &l->norm);
    l->page = page;
    l->blank = is_blank(l->norm.s, l->norm.len);
    l->bullet = !l->blank && starts_bullet(l->norm.s, l->norm.len);
}

/* Is line i the wrapped rest of the line above, not a heading of its own:
 * it starts with a lower-case letter right under a line that does not end a
 * sentence ("Ja – ruim 5 jaar, zie" / "werkervaring" in a table cell)? */
static bool continues_line(const cvdoc *d, size_t i)
{
    const cv_line *l = &d->lines[i];
    if (i == 0 || !cvdoc_starts_lower(d, i))
        return false;
    const cv_line *p = &d->lines[i - 1];
    size_t n = p->olen;
    while (n && (p->orig[n - 1] == ' ' || p->orig[n - 1] == '\t'))
        n--;
    return !p->blank && n && p->page == l->page && !strchr(".:!?", p->orig[n - 1]);
}

/* Does line i label a table column, next to another label on the line above
 * or below (a DOCX table's header row, one cell a line: "Naam" / "Functie" /
 * "Contact")?  Then "Contact" is no section heading of its own. */
static bool column_label(const cvdoc *d, ruleset *rs, size_t i)
{
    rule_match m;
    return i < d->n && !d->lines[i].blank &&
           rules_find(rs, "section.column", d->lines[i].norm.s, d->lines[i].norm.len, 0, &m) == 1;
}

static bool in_column_labels(const cvdoc *d, ruleset *rs, size_t i)
{
    return rules_has(rs, "section.column") && column_label(d, rs, i) &&
           ((i > 0 && column_label(d, rs, i - 1)) || column_label(d, rs, i + 1));
}

/* s[0, n) without the spaces of letter-spacing, when it looks letter-spaced:
 * every word one letter ("r e f e r e n t i e s", at least four), or a letter
 * alone before a word of at most two words ("r eferenties", "o pleiding");
 * else NULL.  Malloc'd. */
static char *tightened(const char *s, size_t n)
{
    size_t words = 0, single = 0, first_len = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t a = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == a)
            break;
        size_t chars = g_utf8_strlen(s + a, (gssize)(i - a));
        if (words == 0)
            first_len = chars;
        words++;
        single += chars == 1;
    }
    bool spaced = words >= 4 && single == words;
    bool capital = words >= 2 && words <= 3 && first_len == 1 && single == 1;
    if (!spaced && !capital)
        return NULL;
    strbuf sb = STRBUF_INIT;
    bool joined = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' && (spaced || !joined)) {
            joined = joined || sb.len > 0;
            continue;
        }
        sb_addc(&sb, s[i]);
    }
    return sb_detach(&sb);
}

static int heading_of(ruleset *rs, const cv_line *l)
{
    static const struct { const char *id; int sec; } heads[] = {
        {"section.experience", CV_SEC_EXPERIENCE}, {"section.education", CV_SEC_EDUCATION},
        {"section.courses", CV_SEC_COURSES},       {"section.references", CV_SEC_REFERENCES},
        {"section.other", CV_SEC_OTHER},           {"section.claims", CV_SEC_CLAIMS},
        {"section.table_header", -1},
    };
    if (l->blank || l->norm.len > 80)
        return -2;
    /* numbering, bullets and icons before a heading: "2. Werkervaring", "*
     * Opleiding", "☰ Referenties" (a CV builder's symbol, or an icon font's
     * private-use character) */
    const char *s = l->norm.s;
    size_t n = l->norm.len;
    size_t digits = 0;      /* (a number of one or two digits: "2019 Werk" is no heading) */
    for (;;) {
        if (n && *s >= '0' && *s <= '9' && ++digits > 2)
            return -2;
        if (n && (*s == ' ' || *s == '*' || *s == '-' || *s == '#' || (*s >= '0' && *s <= '9') ||
                  ((*s == '.' || *s == ')') && s > l->norm.s && s[-1] >= '0' && s[-1] <= '9'))) {
            if (*s < '0' || *s > '9')
                digits = 0;
            s++;
            n--;
            continue;
        }
        if (!n || (unsigned char)*s < 0x80)
            break;
        const char *next = g_utf8_find_next_char(s, s + n);
        size_t k = next ? (size_t)(next - s) : n;
        GUnicodeType t = g_unichar_type(g_utf8_get_char_validated(s, (gssize)k));
        if (t != G_UNICODE_OTHER_SYMBOL && t != G_UNICODE_MATH_SYMBOL && t != G_UNICODE_CURRENCY_SYMBOL &&
            t != G_UNICODE_MODIFIER_SYMBOL && t != G_UNICODE_PRIVATE_USE)
            break;
        s += k;
        n -= k;
    }
    /* a heading in two languages ("Referenties / References"): its first part
     * decides, then the whole line; a heading with a remark in brackets after
     * it, as forms print them ("Werkervaring (begin met de huidige of laatste
     * werkgever)", "Referenties (minimaal twee)"): the words before it */
    const char *slash = memmem(s, n, " / ", 3);
    size_t bare = n;
    while (bare && s[bare - 1] == ' ')
        bare--;
    if (bare && s[bare - 1] == ')') {
        const char *open = memchr(s, '(', bare);
        bare = open && open > s ? (size_t)(open - s) : n;
        while (bare && s[bare - 1] == ' ')
            bare--;
    } else {
        bare = n;
    }
    rule_match m;
    for (int whole = slash ? 0 : 1; whole < 3; whole++) {
        size_t len = whole == 0 ? (size_t)(slash - s) : whole == 1 ? n : bare;
        if (whole == 2 && (bare == n || bare == 0))
            break;
        for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
            if (rules_find(rs, heads[i].id, s, len, 0, &m) == 1)
                return heads[i].sec;
    }
    /* a letter-spaced heading ("R E F E R E N T I E S"), or one whose capital
     * a small-caps font set apart ("R eferenties"): read without the gaps */
    char *tight = tightened(s, n);
    int sec = -2;
    for (size_t i = 0; tight && i < sizeof heads / sizeof *heads && sec == -2; i++)
        if (rules_find(rs, heads[i].id, tight, strlen(tight), 0, &m) == 1)
            sec = heads[i].sec;
    free(tight);
    return sec;
}

/* Does line l end a paragraph of references run into the text ("Referent:
 * J. Hulsman, directeur, 06-54769801")?  It does when it ends in a phone
 * number or an e-mail address, or with a full stop; a line that stops
 * mid-sentence ("... afdelingsmanager Samenleving, gemeente") goes on in the
 * next one. */
static bool ends_references(const cv_line *l, ruleset *rs)
{
    const char *s = l->norm.s;
    size_t n = l->norm.len;
    rule_match m;
    if (rules_has(rs, "ref.on_request") && rules_find(rs, "ref.on_request", s, n, 0, &m) == 1)
        return true;        /* "Referenties: op aanvraag" */
    while (n && (s[n - 1] == ' ' || s[n - 1] == ')' || s[n - 1] == ';' || s[n - 1] == ','))
        n--;
    if (!n)
        return true;
    if (s[n - 1] == '.' || (s[n - 1] >= '0' && s[n - 1] <= '9'))
        return true;
    size_t w = n;
    while (w && s[w - 1] != ' ')
        w--;
    return memchr(s + w, '@', n - w) != NULL;
}

/* Does line i's text, trimmed, equal one of the lines of furn? */
static bool in_furniture(const cvdoc *d, size_t i, const char *furn)
{
    size_t a = 0, n = d->lines[i].olen;
    const char *s = d->lines[i].orig;
    while (a < n && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (n > a && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    for (const char *f = furn; *f;) {
        const char *nl = strchr(f, '\n');
        size_t fl = nl ? (size_t)(nl - f) : strlen(f);
        size_t fa = 0, fn = fl;
        while (fa < fn && (f[fa] == ' ' || f[fa] == '\t'))
            fa++;
        while (fn > fa && (f[fn - 1] == ' ' || f[fn - 1] == '\t' || f[fn - 1] == '\r'))
            fn--;
        if (fn > fa && fn - fa == n - a && memcmp(f + fa, s + a, n - a) == 0)
            return true;
        f += fl + (nl != NULL);
    }
    return false;
}

/* Do lines a and b hold the same letters in the same case (spacing aside)? */
static bool same_letters(const cv_line *a, const cv_line *b)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < a->olen && (a->orig[i] == ' ' || a->orig[i] == '\t'))
            i++;
        while (j < b->olen && (b->orig[j] == ' ' || b->orig[j] == '\t'))
            j++;
        if (i == a->olen || j == b->olen)
            return i == a->olen && j == b->olen;
        if (a->orig[i++] != b->orig[j++])
            return false;
    }
}

/* Marks page furniture (see cvdoc.h): the DOCX headers at the start of page
 * 1 and footers at the end of the last page, and lines repeated at the top
 * or bottom of two or more pages of a PDF. */
#define FURNITURE_EDGE 3
#define FURNITURE_MIN_BYTES 12     /* shorter repeats are headings or labels, not worth it */

static void mark_furniture(cvdoc *d, const char *furn)
{
    if (!d->n)
        return;
    if (furn && *furn) {
        for (size_t i = 0; i < d->n && d->lines[i].page == d->lines[0].page; i++)
            if (!d->lines[i].blank && !in_furniture(d, i, furn))
                break;
            else
                d->lines[i].furniture = !d->lines[i].blank || d->lines[i].furniture;
        int last = d->lines[d->n - 1].page;
        for (size_t i = d->n; i-- > 0 && d->lines[i].page == last;)
            if (!d->lines[i].blank && !in_furniture(d, i, furn))
                break;
            else
                d->lines[i].furniture = !d->lines[i].blank || d->lines[i].furniture;
        return;
    }
    /* the edge lines of every page: the first and the last FURNITURE_EDGE
     * non-blank ones (edge[i]: 1 top, 2 bottom, 3 both) */
    unsigned char *edge = xcalloc(d->n, 1);
    for (size_t a = 0; a < d->n;) {
        size_t b = a;
        while (b < d->n && d->lines[b].page == d->lines[a].page)
            b++;
        for (size_t i = a, got = 0; i < b && got < FURNITURE_EDGE; i++)
            if (!d->lines[i].blank) {
                edge[i] |= 1;
                got++;
            }
        for (size_t i = b, got = 0; i-- > a && got < FURNITURE_EDGE;)
            if (!d->lines[i].blank) {
                edge[i] |= 2;
                got++;
            }
        a = b;
    }
    /* the same text at the same edge of another page, letter for letter (a
     * running header is printed alike on every page; "Coördinator jeugd en
     * welzijn" under the name on page 1 is no header of page 2's
     * "Coördinator Jeugd en Welzijn", tests/holdout57 Femke Harbers) */
    for (size_t x = 0; x < d->n; x++) {
        const cv_line *l = &d->lines[x];
        if (!edge[x] || l->norm.len < FURNITURE_MIN_BYTES)
            continue;
        for (size_t y = x + 1; y < d->n; y++) {
            cv_line *o = &d->lines[y];
            if ((edge[x] & edge[y]) && o->page != l->page && o->norm.len == l->norm.len &&
                memcmp(o->norm.s, l->norm.s, l->norm.len) == 0 && same_letters(l, o)) {
                d->lines[x].furniture = true;
                o->furniture = true;
            }
        }
    }
    /* ... and a short one right under such a line on each of those pages, the
     * wrapped end of a running header ("... inhuuropdracht Coördinator
     * welzijn, gemeente" / "Heerde") */
    for (size_t x = 1; x < d->n; x++) {
        const cv_line *l = &d->lines[x];
        if (!edge[x] || l->furniture || l->blank || !d->lines[x - 1].furniture)
            continue;
        for (size_t y = x + 1; y < d->n; y++) {
            cv_line *o = &d->lines[y];
            if ((edge[x] & edge[y]) && o->page != l->page && d->lines[y - 1].furniture &&
                o->norm.len == l->norm.len && memcmp(o->norm.s, l->norm.s, l->norm.len) == 0 && same_letters(l, o)) {
                d->lines[x].furniture = true;
                o->furniture = true;
            }
        }
    }
    free(edge);
}

/* The section a row's first cell names (heading_of on that cell alone), or
 * -2 for a line that is no row. */
static int first_cell_heading(ruleset *rs, const cv_line *l)
{
    const char *tab = memchr(l->orig, '\t', l->olen);
    if (!tab || tab == l->orig)
        return -2;
    cv_line h = {0};
    h.orig = l->orig;
    h.olen = (size_t)(tab - l->orig);
    text_normalise(h.orig, h.olen, &h.norm);
    h.blank = is_blank(h.norm.s, h.norm.len);
    int sec = heading_of(rs, &h);
    normtext_free(&h.norm);
    return sec;
}

/*
 * A borderless table with the section headings in a narrow left column and
 * the sections beside them ("Werkervaring<TAB>Coördinator Welzijn",
 * "Referenties<TAB>Karin Mulderij, ..."): each such row is two lines, the
 * heading and the section's first line (tests/holdout61 Ilse Brinkman).
 * Only when most of the document's rows start that way: a sidebar read row
 * by row beside the main column ("Opleiding<TAB>ruimte voor eigen
 * initiatief.") holds other rows as well, and its headings are no
 * headings of the main column's lines.
 */
#define HEADING_ROWS_MIN 3

static void split_heading_cells(cvdoc *d, ruleset *rs)
{
    size_t rows = 0, heads = 0;
    for (size_t i = 0; i < d->n; i++) {
        int sec = first_cell_heading(rs, &d->lines[i]);
        rows += sec != -2;
        heads += sec >= 0;
    }
    if (heads < HEADING_ROWS_MIN || 2 * heads < rows)
        return;
    cv_line *old = d->lines;
    size_t n = d->n, cap = 0;
    d->lines = NULL;
    d->n = 0;
    for (size_t i = 0; i < n; i++) {
        cv_line *l = &old[i];
        int sec = first_cell_heading(rs, l);
        if (sec == CV_SEC_EXPERIENCE || sec == CV_SEC_EDUCATION || sec == CV_SEC_REFERENCES || sec == CV_SEC_OTHER ||
            sec == CV_SEC_COURSES) {
            const char *tab = memchr(l->orig, '\t', l->olen);
            add_line(d, &cap, l->orig, (size_t)(tab - l->orig), l->page);
            add_line(d, &cap, tab + 1, l->olen - (size_t)(tab - l->orig) - 1, l->page);
        } else {
            add_line(d, &cap, l->orig, l->olen, l->page);
        }
        free(l->orig);
        normtext_free(&l->norm);
    }
    free(old);
}

void cvdoc_build(cvdoc *d, const json *page_text, const char *page_furniture, ruleset *rs)
{
    memset(d, 0, sizeof *d);
    size_t cap = 0;
    for (size_t p = 0; page_text && page_text->type == JSON_ARRAY && p < page_text->len; p++) {
        const char *s = json_str(page_text->items[p]);
        if (!s)
            continue;
        while (*s) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            add_line(d, &cap, s, n, (int)p + 1);
            s += n;
            if (*s == '\n')
                s++;
        }
    }
    split_heading_cells(d, rs);
    mark_furniture(d, page_furniture);
    /* A line that starts with a references label and goes on ("Referenties:
     * 1. Anja Wessels, ...") is the references section by itself, with the
     * lines that continue its paragraph (ends_references: up to a line that
     * ends in contact details or a full stop, a blank line or a heading);
     * then the section it interrupted resumes. */
    cv_section cur = CV_SEC_TOP, resume = CV_SEC_TOP;
    bool inline_refs = false;
    bool has_label = rules_has(rs, "section.references_label");
    bool has_offer = rules_has(rs, "section.offer_label");
    rule_match m;
    bool has_furniture = rules_has(rs, "page.furniture");
    for (size_t i = 0; i < d->n; i++) {
        cv_line *l = &d->lines[i];
        l->furniture = l->furniture || (has_furniture && !l->blank &&
                                        rules_find(rs, "page.furniture", l->norm.s, l->norm.len, 0, &m) == 1);
        int h = continues_line(d, i) ? -2 : in_column_labels(d, rs, i) ? -1 : heading_of(rs, l);
        if (h >= 0) {
            cur = (cv_section)h;
            l->heading = true;
            d->has_section[cur] = true;
            inline_refs = false;
        } else if (h == -1) {
            l->table_heading = true;   /* part of the section, never content */
        } else if (inline_refs && (l->blank || ends_references(&d->lines[i - 1], rs))) {
            cur = resume;
            inline_refs = false;
        }
        if (h < 0 && !inline_refs && !l->blank && has_label && cur != CV_SEC_REFERENCES &&
            rules_find(rs, "section.references_label", l->norm.s, l->norm.len, 0, &m) == 1) {
            resume = cur;
            cur = CV_SEC_REFERENCES;
            inline_refs = true;
            d->has_section[cur] = true;
        } else if (h < 0 && !l->blank && cur == CV_SEC_REFERENCES && has_offer &&
                   rules_find(rs, "section.offer_label", l->norm.s, l->norm.len, 0, &m) == 1) {
            /* "Aangeboden door: X B.V. — ..." after the referees: the offer,
             * not a referee (and what it says counts, a B.V. for one) */
            cur = CV_SEC_OTHER;
            inline_refs = false;
            d->has_section[cur] = true;
        }
        l->section = cur;
    }
    strbuf all = STRBUF_INIT;
    for (size_t i = 0; i < d->n; i++) {
        if (i)
            sb_addc(&all, ' ');
        d->lines[i].at = all.len;
        sb_add(&all, d->lines[i].norm.s, d->lines[i].norm.len);
    }
    d->joined_len = all.len;
    d->joined = sb_detach(&all);
    d->text = rules_text_new(d->joined, d->joined_len);
    /* (the fields stage's pieces are one to three lines: rules.h) */
    size_t *at = xcalloc(d->n ? d->n : 1, sizeof *at);
    for (size_t i = 0; i < d->n; i++)
        at[i] = d->lines[i].at;
    rules_text_lines(d->text, at, d->n);
    free(at);
}

void cvdoc_free(cvdoc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->lines[i].orig);
        normtext_free(&d->lines[i].norm);
    }
    free(d->lines);
    rules_text_free(d->text);
    free(d->joined);
    memset(d, 0, sizeof *d);
}

/* Trims spaces and bullet signs, shows tabs (table cells) as " | "; cuts at
 * QUOTE_MAX on a UTF-8 boundary. */
static char *tidy(const char *s, size_t n)
{
    size_t a = 0;
    while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '*' || s[a] == '-' || s[a] == '|'))
        a++;
    if (a + 3 <= n && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 && (unsigned char)s[a + 2] == 0xA2)
        a += 3;   /* U+2022 bullet */
    while (a < n && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (n > a && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '|' || s[n - 1] == ','))
        n--;
    size_t len = n - a;
    bool cut = false;
    if (len > QUOTE_MAX) {
        len = QUOTE_MAX;
        while (len > 0 && ((unsigned char)s[a + len] & 0xC0) == 0x80)
            len--;
        cut = true;
    }
    strbuf sb = STRBUF_INIT;
    for (size_t i = a; i < a + len; i++) {
        if (s[i] == '\t')
            sb_adds(&sb, " | ");   /* a table cell boundary (PDF layout) */
        else
            sb_addc(&sb, s[i]);
    }
    if (cut)
        sb_adds(&sb, "\xE2\x80\xA6");
    return sb_detach(&sb);
}

json *cvdoc_evidence(const cvdoc *d, size_t i, const char *rule)
{
    json *e = json_object();
    json_set_int(e, "page", d->lines[i].page);
    char *t = tidy(d->lines[i].orig, d->lines[i].olen);
    json_set_str(e, "text", t);
    free(t);
    json_set_str(e, "rule", rule);
    return e;
}

char *cvdoc_orig_span(const cvdoc *d, size_t i, size_t start, size_t end)
{
    const cv_line *l = &d->lines[i];
    if (end > l->norm.len)
        end = l->norm.len;
    if (start > end)
        start = end;
    /* map[end] is where the character after the span starts: an exclusive end */
    size_t os = l->norm.map[start], oe = l->norm.map[end];
    if (oe < os)
        oe = os;
    return tidy(l->orig + os, oe - os);
}

char *cvdoc_orig_lines(const cvdoc *d, size_t first, size_t last, const char *sep)
{
    strbuf sb = STRBUF_INIT;
    for (size_t i = first; i <= last; i++) {
        char *t = cvdoc_orig_span(d, i, 0, d->lines[i].norm.len);
        if (sb.len && *t)
            sb_adds(&sb, sep);
        sb_adds(&sb, t);
        free(t);
    }
    return sb_detach(&sb);
}

size_t cvdoc_words(const cvdoc *d, size_t i)
{
    return text_count_words(d->lines[i].norm.s, d->lines[i].norm.len);
}

bool cvdoc_starts_lower(const cvdoc *d, size_t i)
{
    const cv_line *l = &d->lines[i];
    size_t k = 0;
    while (k < l->olen && (l->orig[k] == ' ' || l->orig[k] == '\t'))
        k++;
    return k < l->olen && l->orig[k] >= 'a' && l->orig[k] <= 'z';
}

size_t cvdoc_trimmed_len(const cvdoc *d, size_t i)
{
    const normtext *t = &d->lines[i].norm;
    size_t n = t->len;
    while (n && t->s[n - 1] == ' ')
        n--;
    return n;
}

bool cvdoc_is_row(const cvdoc *d, size_t i)
{
    return memchr(d->lines[i].orig, '\t', d->lines[i].olen) != NULL;
}

const char *cvdoc_cell(const cvdoc *d, size_t i, size_t k, size_t *len)
{
    const char *s = d->lines[i].orig, *end = s + d->lines[i].olen;
    for (;;) {
        const char *tab = memchr(s, '\t', (size_t)(end - s));
        if (k == 0) {
            *len = (size_t)((tab ? tab : end) - s);
            return s;
        }
        if (!tab)
            return NULL;
        s = tab + 1;
        k--;
    }
}
