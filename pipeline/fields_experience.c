/*
 * fields_experience.c — positions, their periods, and the months that count.
 *
 * Where: the experience section ("Werkervaring"); when the CV has none, every
 * line outside the education, courses and references sections.
 *
 * Positions.  Every line with a period (dates.c) starts a position, except
 * a sentence that mentions years ("• De Nota Welzijn 2018-2022 heb ik
 * vertaald naar ...") when other period lines are no sentences: that is a
 * description, not a position (sentence_line).  A period may also be split
 * over two lines of a form ("Van: 03-2016" / "Tot: heden").  CVs put
 * the job title in one of two places, and we find out which from the first
 * position:
 *   - after the period, on the same line or the next ("2015 - heden |
 *     Coördinator welzijn" / Europass: period in the left column, title and
 *     employer in the right one, so on the following lines);
 *   - before it ("Coördinator welzijn\nGemeente Zwolle\n2015 - heden").
 * If lines that are neither bullets nor table headings stand between the
 * section heading and the first period, the CV uses the second style, and
 * each position's header is the line before its period and, when it is
 * short, the one before that (title and employer on lines of their own).  Otherwise the
 * header is the rest of the period line plus the following short non-bullet
 * lines: two when the period stands alone (Europass), one when the title is
 * on the period's line (the employer may be below), none when the period's
 * line is a table row with two more cells.  The body (description) runs to the next position's header.
 *
 * Title and employer.  Two header parts are title then employer, unless the
 * CV puts the employer first throughout ("Gemeente Kampen / Teamleider Wmo"):
 * see employer_first().
 *
 * Relevance, for each [roles NAME] class of the profile: the role rule must
 * match the header, the organisation rule the employer (or the header when
 * no employer could be told apart from the title), the domain rule the
 * header or the body.  A rule id with ".maybe" appended (e.g.
 * org.public_welfare.maybe: "Stichting X" without "welzijn") is a weaker
 * match: such a position is "uncertain".  Certain positions count; uncertain
 * ones can only turn a decision into review, never into a pass.  A position
 * whose title says it was an internship (position.internship, sections.rules:
 * "Meewerkstagiair coördinator welzijn") counts for no class.
 * Other rule ids that weaken a match, each explained where it is used:
 *   ROLE.not      the title assists someone in the role ("Assistent van de
 *                 manager ..."): no role (assists_role);
 *   DOMAIN.not    the title names another field and no domain word;
 *   DOMAIN.weak / DOMAIN.other  the domain is only named with a word it shares
 *                 with another field ("participatie") in a position about that
 *                 field (the Omgevingswet): uncertain (domain_only_shared);
 *   position.employer_change  the description names another employer for
 *                 part of the period: uncertain (employer_changed);
 *   position.ended  a line elsewhere says the job at an open-ended position's
 *                 employer ended: uncertain (said_elsewhere);
 *   position.internship_elsewhere  a line elsewhere places an internship at
 *                 the employer in the same months: uncertain (said_elsewhere);
 *   position.part_of_period  the description says the title held for part
 *                 of the period: uncertain;
 *   position.interruption, .deputy, .internship_period, bullets (or lines
 *                 "period: ...") that split the period: uncertain.
 *
 * Months (contract: inclusive, year-only periods run January to December,
 * overlaps once) are given three ways per class:
 *   months      certain positions, by the contract's convention;
 *   min_months  certain positions, reading year-only ends pessimistically
 *               ("2016 - 2019" might be December 2016 to January 2019);
 *   max_months  certain and uncertain positions, by the convention.
 * The check and score stages pass a threshold only on min_months, fail it
 * only on max_months, and answer review in between.
 */
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "fields.h"
#include "util.h"

#define HEADER_MAX_AFTER 2
#define SHORT_LINE_WORDS 8

typedef struct {
    size_t date_line;
    size_t date_end_line;     /* the line the period ends on: date_line, or the next
                               * one for a period split over two ("Van: 03-2016" /
                               * "Tot: heden"); r's offsets are within date_line */
    date_range r;
    date_range r2;            /* a second period of the same job on the period line
                               * ("januari 2016 – december 2017 en april 2022 – heden"),
                               * when has_r2; r's match_end then covers both */
    bool has_r2;
    bool form;                /* the header is a form's labelled lines (label_kind) */
    bool prose;               /* the header is a paragraph's first sentence (prose_section) */
    size_t lead_cell;         /* > 0: the period line's first cell, this long (normalised),
                               * is a longer period around the position's own: an
                               * employer's whole period beside its first role
                               * ("2012 – heden<TAB>Manager ... — sinds juli 2020") */
    size_t hfirst, hlast;     /* header lines (inclusive) */
    size_t bfirst, bend;      /* body lines [bfirst, bend) */
} position;

static bool in_scope(const cvdoc *d, size_t i)
{
    const cv_line *l = &d->lines[i];
    if (d->has_section[CV_SEC_EXPERIENCE])
        return l->section == CV_SEC_EXPERIENCE;
    return l->section != CV_SEC_EDUCATION && l->section != CV_SEC_COURSES && l->section != CV_SEC_REFERENCES &&
           l->section != CV_SEC_CLAIMS;
}

static bool content(const cvdoc *d, size_t i)
{
    return in_scope(d, i) && !d->lines[i].blank && !d->lines[i].heading && !d->lines[i].table_heading &&
           !d->lines[i].furniture;
}

/* The period on line i.  A period that runs past the reference date ("januari
 * 2021 - december 2025", a contract that ends after the deadline) counts up
 * to the reference month, as an open end does: what lies after the deadline
 * is not experience yet. */
static bool range_from(const char *s, size_t len, size_t from, const profile *p, date_range *r)
{
    if (date_range_find(s, len, from, p->ref_y, p->ref_m, r) != 1)
        return false;
    if (!r->end_open && date_month_index(r->end_y, r->end_m) > date_month_index(p->ref_y, p->ref_m)) {
        r->end_y = p->ref_y;
        r->end_m = p->ref_m;
        r->end_m_early = p->ref_m;
        r->end_month_known = true;
    }
    return true;
}

static bool range_in(const char *s, size_t len, const profile *p, date_range *r)
{
    return range_from(s, len, 0, p, r);
}

/* A second period right after r on the same text, joined to it by "en",
 * "and", ",", "&" or "+" ("januari 2016 – december 2017 en april 2022 –
 * heden"): two periods of one job. */
static bool second_range(const char *s, size_t len, const profile *p, const date_range *r, date_range *r2)
{
    size_t q = r->match_end;
    while (q < len && strchr(" ,;&+", s[q]))
        q++;
    static const char *const words[] = {"en ", "and ", "und "};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (len - q >= strlen(words[k]) && !memcmp(s + q, words[k], strlen(words[k]))) {
            q += strlen(words[k]);
            break;
        }
    while (q < len && s[q] == ' ')
        q++;
    return q > r->match_end && q < len && range_from(s, len, q, p, r2) && r2->match_start == q;
}

/* The normalised text of line i, or of its first cell when it is a table row
 * (cells are kept apart with tabs in the original; normalising turns them
 * into spaces, so the first cell's text is a prefix of the line's). */
static void first_part(const cvdoc *d, size_t i, normtext *out)
{
    size_t len;
    const char *c = cvdoc_cell(d, i, 0, &len);
    text_normalise(c, len, out);
}

/* The period on line i; *end_line: the line it ends on.  That is line i, or
 * the next line with text when the period is split over two: a form's fields
 * on lines of their own ("Van: 03-2016" / "Tot: heden"), or a table's narrow
 * date column wrapped ("06-2018 t/m 12-" / "2020", "vanaf januari" / "2024";
 * then the two lines' first cells are joined). */
/* A narrow date cell wrapped at its hyphen with the title beside it and no
 * tab between (a Chromium print): "01-2019 t/m 12- Beleidsadviseur Sociaal
 * Domein Gemeente Raalte" / "2020".  The period is the line's start up to
 * the cut, joined to the year that starts line j. */
static bool cut_beside(const cvdoc *d, size_t i, size_t j, const profile *p, date_range *r, size_t *end_line)
{
    const normtext *t = &d->lines[i].norm, *u = &d->lines[j].norm;
    size_t y = 0;
    while (y < u->len && u->s[y] == ' ')
        y++;
    size_t ye = y;
    while (ye < u->len && u->s[ye] >= '0' && u->s[ye] <= '9')
        ye++;
    if (ye - y != 4 || (ye < u->len && u->s[ye] != ' '))
        return false;
    for (size_t k = 1; k + 1 < t->len; k++) {
        if (!(t->s[k - 1] >= '0' && t->s[k - 1] <= '9' && t->s[k] == '-' && t->s[k + 1] == ' '))
            continue;
        size_t spaces = 0;      /* "01-2019 t/m 12-", "jan. 2019 - dec." : a date's few tokens */
        for (size_t q = 0; q < k; q++)
            spaces += t->s[q] == ' ';
        if (spaces > 3)
            return false;
        strbuf both = STRBUF_INIT;
        sb_add(&both, t->s, k + 1);
        sb_add(&both, u->s + y, ye - y);
        bool found = range_in(both.data, both.len, p, r) && r->match_start < k + 1 && r->match_end > k + 1;
        sb_free(&both);
        if (found) {
            r->match_end = k + 1;
            *end_line = j;
        }
        return found;
    }
    return false;
}

/* A narrow date cell wrapped over two or three lines with the title beside
 * its first, no tab between (a Chromium print): "september 2014 Coördinator
 * Wmo-team<TAB>Gemeente Assen" / "– heden", or "september 2010 Teamleider
 * ..." / "tot en met" / "augustus 2014".  The period is the line's first one
 * to three words joined to the short lines below. */
static bool date_beside(const cvdoc *d, size_t i, size_t j, const profile *p, date_range *r, size_t *end_line)
{
    const normtext *t = &d->lines[i].norm;
    for (int lines = 1; lines <= 2; lines++) {
        size_t last = j + (size_t)lines - 1;
        if (last >= d->n || d->lines[last].blank || cvdoc_words(d, last) > 3 ||
            d->lines[last].page != d->lines[i].page)
            return false;
        size_t e = 0;
        for (int words = 1; words <= 3; words++) {
            while (e < t->len && t->s[e] == ' ')
                e++;
            while (e < t->len && t->s[e] != ' ')
                e++;
            if (e >= t->len)
                break;
            strbuf both = STRBUF_INIT;
            sb_add(&both, t->s, e);
            for (size_t k = j; k <= last; k++) {
                sb_addc(&both, ' ');
                sb_add(&both, d->lines[k].norm.s, d->lines[k].norm.len);
            }
            bool found = range_in(both.data, both.len, p, r) && r->match_start == 0 && r->match_end > e;
            sb_free(&both);
            if (found) {
                r->match_end = e;
                *end_line = last;
                return true;
            }
        }
    }
    return false;
}

/* A period in the first two cells of a table row, a "Van | Tot" table:
 * "04-2017<TAB>heden<TAB>Coördinator ...".  Each cell holds one date (or the
 * second an open end) and nothing else; they are read as "04-2017 - heden",
 * and the match spans both cells of the line's normalised text (where a tab
 * is a space). */
static bool cells_range(const cvdoc *d, size_t i, const profile *p, date_range *r)
{
    size_t l0, l1;
    const char *c0 = cvdoc_cell(d, i, 0, &l0), *c1 = cvdoc_cell(d, i, 1, &l1);
    if (!c0 || !c1)
        return false;
    normtext a = {0}, b = {0};
    text_normalise(c0, l0, &a);
    text_normalise(c1, l1, &b);
    strbuf both = STRBUF_INIT;
    sb_add(&both, a.s, a.len);
    sb_adds(&both, " - ");
    size_t second = both.len;
    sb_add(&both, b.s, b.len);
    size_t e = both.len;
    while (e > second && both.data[e - 1] == ' ')
        e--;
    size_t s0 = 0;
    while (s0 < a.len && a.s[s0] == ' ')
        s0++;
    /* the range is the whole of both cells */
    bool found = e > second && range_in(both.data, both.len, p, r) && r->match_start == s0 && r->match_end == e &&
                 text_count_words(b.s, b.len) <= 3;
    if (found) {
        r->match_start = 0;
        r->match_end = a.len + 1 + (e - second);    /* the cells' tab is one space */
        found = r->match_end <= d->lines[i].norm.len;
    }
    sb_free(&both);
    normtext_free(&a);
    normtext_free(&b);
    return found;
}

/* The last cell of row i, *len bytes. */
static const char *last_cell(const cvdoc *d, size_t i, size_t *len)
{
    const char *c = cvdoc_cell(d, i, 0, len), *next;
    size_t nl;
    for (size_t k = 1; (next = cvdoc_cell(d, i, k, &nl)) != NULL; k++) {
        c = next;
        *len = nl;
    }
    return c;
}

/* A narrow date column on the right, wrapped: "Manager Sociaal
 * Domein<TAB>september 2019 –" / "Gemeente Putten<TAB>heden".  The two rows'
 * last cells are joined; the period starts in row i's last cell and runs on
 * into row j's, which holds nothing else. */
static bool last_cells_range(const cvdoc *d, size_t i, size_t j, const profile *p, date_range *r)
{
    if (!cvdoc_is_row(d, i) || !cvdoc_is_row(d, j))
        return false;
    size_t li, lj;
    const char *ci = last_cell(d, i, &li), *cj = last_cell(d, j, &lj);
    normtext a = {0}, b = {0};
    text_normalise(ci, li, &a);
    text_normalise(cj, lj, &b);
    size_t ae = a.len, be = b.len;
    while (ae && a.s[ae - 1] == ' ')
        ae--;
    while (be && b.s[be - 1] == ' ')
        be--;
    strbuf both = STRBUF_INIT;
    sb_add(&both, a.s, ae);
    sb_addc(&both, ' ');
    size_t second = both.len;
    sb_add(&both, b.s, be);
    const normtext *t = &d->lines[i].norm;
    size_t te = t->len;
    while (te && t->s[te - 1] == ' ')
        te--;
    bool found = be && text_count_words(b.s, be) <= 3 && range_in(both.data, both.len, p, r) &&
                 r->match_end == both.len && r->match_start < ae && ae <= te && second <= both.len;
    if (found) {
        r->match_start += te - ae;      /* where the last cell starts in line i */
        r->match_end = te;
    }
    sb_free(&both);
    normtext_free(&a);
    normtext_free(&b);
    return found;
}

/* A line that is a start date and a dash, with no end below ("mei 2019 –" /
 * "Leiding aan twee jeugdteams ..."): an open end, as "– heden" is.  (Not a
 * date and dash at the end of a longer line: "... in Raalte (2020–" / "2021).") */
static bool dash_open(const cvdoc *d, size_t i, const profile *p, date_range *r)
{
    const normtext *t = &d->lines[i].norm;
    size_t e = t->len;
    while (e && t->s[e - 1] == ' ')
        e--;
    bool dash = (e >= 1 && t->s[e - 1] == '-') ||
                (e >= 3 && (!memcmp(t->s + e - 3, "\xE2\x80\x93", 3) || !memcmp(t->s + e - 3, "\xE2\x80\x94", 3)));
    if (!dash)
        return false;
    strbuf s = STRBUF_INIT;
    sb_add(&s, t->s, e);
    sb_adds(&s, " heden");
    size_t a = 0;
    while (a < e && t->s[a] == ' ')
        a++;
    bool found = range_in(s.data, s.len, p, r) && r->match_start == a && r->match_end == s.len && r->end_open;
    if (found)
        r->match_end = e;
    sb_free(&s);
    return found;
}

/* s[0..n) without its leading and trailing spaces: *a is where it starts,
 * the return value where it ends. */
static size_t trimmed(const char *s, size_t n, size_t *a)
{
    *a = 0;
    while (*a < n && s[*a] == ' ')
        (*a)++;
    while (n > *a && s[n - 1] == ' ')
        n--;
    return n;
}

/* Is t only a date: digits and the signs between them ("09-2012",
 * "1-4-2018"), or a month's name and a year ("april 2018")? */
static bool dates_only(const normtext *t)
{
    size_t a, e = trimmed(t->s, t->len, &a), digits = 0;
    if (e <= a)
        return false;
    bool plain = true;
    for (size_t k = a; k < e && plain; k++) {
        digits += t->s[k] >= '0' && t->s[k] <= '9';
        plain = (t->s[k] >= '0' && t->s[k] <= '9') || t->s[k] == '-' || t->s[k] == '/' || t->s[k] == '.';
    }
    if (plain)
        return digits >= 4;
    size_t sp = a;
    while (sp < e && t->s[sp] != ' ')
        sp++;
    if (sp >= e || date_parse_month_name(t->s + a, sp - a) == 0)
        return false;
    for (size_t k = sp + 1; k < e; k++)
        if (t->s[k] < '0' || t->s[k] > '9')
            return false;
    return e - sp - 1 == 4;
}

static bool find_range(const cvdoc *d, size_t i, const profile *p, date_range *r, size_t *end_line,
                       date_range *r2, bool *has_r2)
{
    const normtext *t = &d->lines[i].norm;
    *end_line = i;
    *has_r2 = false;
    if (cvdoc_is_row(d, i) && cells_range(d, i, p, r))
        return true;
    if (range_in(t->s, t->len, p, r)) {
        if (second_range(t->s, t->len, p, r, r2)) {
            *has_r2 = true;
            r->match_end = r2->match_end;
        }
        return true;
    }
    size_t j = i + 1;
    if (j < d->n && d->lines[j].blank)
        j++;
    if (j >= d->n || !content(d, j))
        return dash_open(d, i, p, r);
    if (last_cells_range(d, i, j, p, r)) {
        *end_line = j;
        return true;
    }
    normtext a = {0}, b = {0};
    first_part(d, i, &a);
    /* a split period starts with a date: a few words with a digit, or
     * ending in a month's name whose year is below ("vanaf januari" / "2024") */
    bool digit = false;
    for (size_t k = 0; k < a.len && !digit; k++)
        digit = a.s[k] >= '0' && a.s[k] <= '9';
    size_t w = a.len;
    while (w > 0 && a.s[w - 1] == ' ')
        w--;
    size_t ws = w;
    while (ws > 0 && a.s[ws - 1] != ' ')
        ws--;
    bool month_last = w > ws && date_parse_month_name(a.s + ws, w - ws) > 0;
    if ((!digit && !month_last) || text_count_words(a.s, a.len) > SHORT_LINE_WORDS) {
        normtext_free(&a);
        return digit && (cut_beside(d, i, j, p, r, end_line) || date_beside(d, i, j, p, r, end_line) ||
                         dash_open(d, i, p, r));
    }
    first_part(d, j, &b);
    /* "12-" / "2020": a date cut at its hyphen is joined without a space */
    bool cut = a.len >= 2 && a.s[a.len - 1] == '-' && a.s[a.len - 2] >= '0' && a.s[a.len - 2] <= '9';
    strbuf both = STRBUF_INIT;
    sb_add(&both, a.s, a.len);
    if (!cut)
        sb_addc(&both, ' ');
    sb_add(&both, b.s, b.len);
    size_t sep = a.len + !cut;
    bool found = a.len <= t->len && range_in(both.data, both.len, p, r) && r->match_start < a.len &&
                 r->match_end > sep;
    /* a start and an end in cells of their own, one below the other, with
     * no dash between them ("09-2012" / "03-2018", "04-2018" / "nog in
     * dienst": a form's "In dienst per" and "Uit dienst per" columns) */
    if (!found && !cut && dates_only(&a) && a.len <= t->len) {
        size_t bs = 0, be = trimmed(b.s, b.len, &bs);
        /* (or an open end of its own: "09-2021" / "heden", a DOCX table's
         * "Van | Tot" cells, tests/holdout64 Karin Nijhof) */
        static const char *const open_ends[] = {"nog in dienst", "in dienst", "heden", "nu", "present", "huidig"};
        bool still = false;
        for (size_t k = 0; k < sizeof open_ends / sizeof *open_ends && !still; k++)
            still = be - bs == strlen(open_ends[k]) && !memcmp(b.s + bs, open_ends[k], be - bs);
        if (still || dates_only(&b)) {
            sb_reset(&both);
            sb_add(&both, a.s, a.len);
            sb_adds(&both, " - ");
            if (still)
                sb_adds(&both, "heden");
            else
                sb_add(&both, b.s, b.len);
            found = range_in(both.data, both.len, p, r) && r->match_start < a.len && r->match_end > a.len + 3;
        }
    }
    if (found) {
        r->match_end = a.len;
        *end_line = j;
    }
    sb_free(&both);
    normtext_free(&a);
    normtext_free(&b);
    return found || cut_beside(d, i, j, p, r, end_line) || date_beside(d, i, j, p, r, end_line) ||
           dash_open(d, i, p, r);
}

/* Words in s[0, n) outside brackets: "(twee perioden, daartussen bij de
 * provincie)" after a period is a remark, not a title. */
static size_t words_outside_brackets(const char *s, size_t n)
{
    size_t words = 0, start = 0;
    int depth = 0;
    for (size_t k = 0; k <= n; k++) {
        bool edge = k == n || s[k] == '(' || s[k] == ')';
        if (!edge)
            continue;
        if (depth == 0)
            words += text_count_words(s + start, k - start);
        if (k < n)
            depth += s[k] == '(' ? 1 : depth > 0 ? -1 : 0;
        start = k + 1;
    }
    return words;
}

/* Words on line i outside the period and outside brackets. */
static size_t words_besides_range(const cvdoc *d, size_t i, const date_range *r)
{
    const normtext *t = &d->lines[i].norm;
    return words_outside_brackets(t->s, r->match_start) +
           words_outside_brackets(t->s + r->match_end, t->len - r->match_end);
}

/* A line that can be a title or an employer: a few words, no full stop. */
static bool short_line(const cvdoc *d, size_t i)
{
    const normtext *t = &d->lines[i].norm;
    size_t n = cvdoc_trimmed_len(d, i);
    /* a full stop ends a sentence, not "Teamleider Wmo a.i." or "Manager Zorg e.a." */
    bool abbrev = n >= 4 && t->s[n - 3] == '.' && t->s[n - 4] != ' ' && t->s[n - 4] != '.';
    return cvdoc_words(d, i) <= SHORT_LINE_WORDS && n && (t->s[n - 1] != '.' || abbrev);
}

/* Does line i end with a full stop (a sentence, not a title)? */
static bool sentence_end(const cvdoc *d, size_t i)
{
    size_t n = cvdoc_trimmed_len(d, i);
    return n && d->lines[i].norm.s[n - 1] == '.';
}

/* A sentence that mentions years ("• De Nota Welzijn 2018-2022 heb ik
 * vertaald naar ...", "Het welzijnsbeleid 2020-2024 heb ik ... ."): a bullet
 * or a line that ends with a full stop, with words on both sides of the
 * period.  So is a line of SENTENCE_MIN_WORDS words or more in the first
 * person (position.sentence: "Sinds 2018 werk ik als interim-manager en").
 * It describes a career or a position; it is none, when the CV's other
 * periods stand in headers. */
#define SENTENCE_MIN_WORDS 6
static bool sentence_line(const cvdoc *d, ruleset *rs, size_t i, const date_range *r)
{
    const normtext *t = &d->lines[i].norm;
    rule_match m;
    if (rules_has(rs, "position.sentence") && text_count_words(t->s, t->len) >= SENTENCE_MIN_WORDS &&
        rules_find(rs, "position.sentence", t->s, t->len, 0, &m) == 1)
        return true;
    bool sentence = d->lines[i].bullet || sentence_end(d, i);
    return sentence && text_count_words(t->s, r->match_start) >= 3 &&
           text_count_words(t->s + r->match_end, t->len - r->match_end) >= 3;
}

/* Does a role rule of any of the profile's classes match s? */
static bool names_role(ruleset *rs, const profile *p, const char *s)
{
    normtext t = {0};
    text_normalise(s, strlen(s), &t);
    rule_match m;
    bool hit = false;
    for (size_t c = 0; c < p->nroles && !hit; c++)
        hit = rules_find(rs, p->roles[c].role, t.s, t.len, 0, &m) == 1;
    normtext_free(&t);
    return hit;
}

/* How well an organisation rule of the profile's classes matches s: 2 a
 * certain rule ("Gemeente Hengelo"), 1 only a weak one (ID.maybe:
 * "Stichting"), 0 none. */
static int org_level(ruleset *rs, const profile *p, const char *s)
{
    normtext t = {0};
    text_normalise(s, strlen(s), &t);
    rule_match m;
    int best = 0;
    for (size_t c = 0; c < p->nroles && best < 2; c++) {
        char *maybe = xasprintf("%s.maybe", p->roles[c].organisation);
        if (rules_find(rs, p->roles[c].organisation, t.s, t.len, 0, &m) == 1)
            best = 2;
        else if (rules_has(rs, maybe) && rules_find(rs, maybe, t.s, t.len, 0, &m) == 1)
            best = 1;
        free(maybe);
    }
    normtext_free(&t);
    return best;
}

/* The first separator between a title and an employer in s, in order of
 * preference ("Coördinator Welzijn | Gemeente Epe", "... – ...", "... · ...",
 * "..., ...", "... bij ..."); NULL when there is none. */
static const char *find_sep(const char *s, size_t *seplen)
{
    static const char *const seps[] = {"\t", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " - ", ", ", " bij ", " at ", " @ "};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t n = strlen(seps[k]);
        /* not inside brackets: "Coördinator Buurtwerk (parttime, naast de
         * gemeente)" is one title */
        int depth = 0;
        for (const char *at = s; *at; at++) {
            if (*at == '(' || *at == '[')
                depth++;
            else if ((*at == ')' || *at == ']') && depth > 0)
                depth--;
            else if (depth == 0 && !strncmp(at, seps[k], n)) {
                *seplen = n;
                return at;
            }
        }
    }
    return NULL;
}

/* find_sep, and when s has no separator, where an employer's name starts
 * after the title (position.employer_start: "Coördinator Welzijn | Stichting
 * Welzijn Wijchen" with the '|' lost); the "separator" is then the space
 * before it.  Not inside brackets. */
static const char *find_sep_or_employer(ruleset *rs, const char *s, size_t *seplen)
{
    const char *at = find_sep(s, seplen);
    if (at || !rules_has(rs, "position.employer_start"))
        return at;
    normtext t = {0};
    text_normalise(s, strlen(s), &t);
    rule_match m;
    size_t from = 0;
    while (rules_find(rs, "position.employer_start", t.s, t.len, from, &m) == 1 && m.end > from) {
        size_t o = t.map[m.start];
        int depth = 0;
        for (size_t k = 0; k < o; k++)
            depth += s[k] == '(' || s[k] == '[' ? 1 : (s[k] == ')' || s[k] == ']') && depth > 0 ? -1 : 0;
        if (depth == 0 && o > 0 && s[o - 1] == ' ') {
            normtext_free(&t);
            *seplen = 1;
            return s + o - 1;
        }
        from = m.end;
    }
    normtext_free(&t);
    return NULL;
}

/* Does t leave a bracket open ("Coördinator ... (in deeltijd, 16 uur")? */
static bool leaves_bracket_open(const normtext *t)
{
    int depth = 0;
    for (size_t k = 0; k < t->len; k++)
        depth += t->s[k] == '(' ? 1 : t->s[k] == ')' && depth > 0 ? -1 : 0;
    return depth > 0;
}

/* Does the ')' that ends s[0, l) close a '(' opened in it, around some text
 * (not the "( )" a period taken out of its brackets leaves)? */
static bool closes_bracket(const char *s, size_t l)
{
    int depth = 0;
    size_t open = 0;
    for (size_t k = 0; k + 1 < l; k++) {
        if (s[k] == '(' && depth++ == 0)
            open = k;
        else if (s[k] == ')' && depth > 0)
            depth--;
    }
    if (depth <= 0)
        return false;
    for (size_t k = open + 1; k + 1 < l; k++)
        if (s[k] != ' ')
            return true;
    return false;
}

/* The length of the icon that s starts with, or 0: a symbol a CV builder
 * puts before an employer or a period (U+2190..U+2BFF arrows, technical
 * signs and dingbats: "⌂", "◷", "★"; the private use area of icon fonts;
 * U+1F300.. pictographs). */
static size_t icon_at(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xE2 && u[1] >= 0x86 && u[1] <= 0xAF && u[2] >= 0x80 && u[2] <= 0xBF)
        return 3;
    if (u[0] == 0xEE && u[1] >= 0x80 && u[1] <= 0xBF && u[2] >= 0x80 && u[2] <= 0xBF)
        return 3;
    if (u[0] == 0xEF && u[1] >= 0x80 && u[1] <= 0xA3 && u[2] >= 0x80 && u[2] <= 0xBF)
        return 3;
    if (u[0] == 0xF0 && u[1] == 0x9F && u[2] >= 0x8C && u[3] >= 0x80 && u[3] <= 0xBF)
        return 4;
    return 0;
}

/* The text of header line i in the CV's words, without the period when i is
 * the position's period line, trimmed of the brackets and separators left
 * around it (malloc'd, maybe ""). */
static char *header_line_text(const cvdoc *d, ruleset *rs, size_t i, const position *q)
{
    const normtext *t = &d->lines[i].norm;
    size_t date_line = q->date_line;
    const date_range *r = &q->r;
    /* the line a split period ends on: its first cell is the period's rest
     * ("heden\tCoördinator Gebiedsteam"), the other cells are the header */
    if (i != date_line && i == q->date_end_line) {
        if (!cvdoc_is_row(d, i))
            return xstrdup("");
        /* ... or, when the period stood in the last cell ("Manager Sociaal
         * Domein<TAB>september 2019 –" / "Gemeente Putten<TAB>heden"), its
         * last cell is and the cells before it are the header */
        normtext first = {0};
        first_part(d, date_line, &first);
        bool in_first = r->match_start < first.len;
        normtext_free(&first);
        if (!in_first) {
            size_t ll;
            const char *lc = last_cell(d, i, &ll);
            char *rest = xstrndup(d->lines[i].orig, (size_t)(lc - d->lines[i].orig));
            size_t rl = strlen(rest);
            while (rl && (rest[rl - 1] == '\t' || rest[rl - 1] == ' '))
                rest[--rl] = '\0';
            for (char *c = rest; *c; c++)
                if (*c == '\t')
                    *c = ' ';
            return rest;
        }
        normtext a = {0};
        first_part(d, i, &a);
        size_t cut = a.len + 1 <= t->len ? a.len + 1 : t->len;
        normtext_free(&a);
        char *rest = cvdoc_orig_span(d, i, cut, t->len);
        return rest;
    }
    /* a form's label ("Werkgever: Stichting Welzijn Zwolle") is no part of it */
    rule_match m;
    size_t from = 0;
    if (rules_has(rs, "header.label") && rules_find(rs, "header.label", t->s, t->len, 0, &m) == 1 &&
        m.start == 0 && (i != date_line || m.end <= r->match_start))
        from = m.end;
    /* ... nor a form's label in a cell of its own ("Functie<TAB>Manager Welzijn") */
    size_t l0;
    const char *c0 = cvdoc_is_row(d, i) && rules_has(rs, "header.label_cell") ? cvdoc_cell(d, i, 0, &l0) : NULL;
    if (c0) {
        normtext c = {0};
        text_normalise(c0, l0, &c);
        if (rules_find(rs, "header.label_cell", c.s, c.len, 0, &m) == 1 && c.len + 1 > from && c.len < t->len)
            from = c.len + 1;
        normtext_free(&c);
    }
    char *txt;
    if (i == date_line && q->lead_cell > from)
        from = q->lead_cell;
    if (i == date_line) {
        char *a = cvdoc_orig_span(d, i, from, r->match_start);
        char *b = cvdoc_orig_span(d, i, r->match_end, t->len);
        /* a remark in brackets after the period is no part of the header:
         * "... – heden (twee perioden, daartussen bij de provincie)" */
        size_t bl = strlen(b);
        if (bl && b[0] == '(' && b[bl - 1] == ')' && !memchr(b + 1, '(', bl - 1))
            b[0] = '\0';
        txt = xasprintf("%s%s%s", a, *a && *b ? " " : "", b);
        free(a);
        free(b);
    } else {
        txt = cvdoc_orig_span(d, i, from, t->len);
    }
    /* Before it: bullets, middle dots, brackets and separators
     * ("\xEF\x82\xB7 03/2016 – heden · Teamleider"): U+2022, U+00B7, U+F0B7
     * (a Symbol-font bullet) */
    size_t skip = 0, k;
    for (;;) {
        skip += strspn(txt + skip, " ()[]:|,-");
        if (!strncmp(txt + skip, "\xE2\x80\xA2", 3) || !strncmp(txt + skip, "\xEF\x82\xB7", 3))
            skip += 3;
        else if (!strncmp(txt + skip, "\xC2\xB7", 2))
            skip += 2;
        else if ((k = icon_at(txt + skip)) > 0)
            skip += k;      /* an icon before the employer: "⌂ Gemeente Zwolle" */
        else
            break;
    }
    memmove(txt, txt + skip, strlen(txt + skip) + 1);
    /* after it, the same (and a middle dot: "Gemeente Ermelo · maart 2018 –
     * heden"), but not a bracket it closes: "(tot 2021: Stichting Welzijn
     * Terneuzen)" keeps it */
    size_t l = strlen(txt);
    for (;;) {
        if (l && txt[l - 1] == ')' && closes_bracket(txt, l))
            break;
        if (l && strchr(" ()[]:|,-", txt[l - 1]))
            l--;
        else if (l >= 2 && !memcmp(txt + l - 2, "\xC2\xB7", 2))
            l -= 2;
        else if (l >= 3 && icon_at(txt + l - 3) == 3)
            l -= 3;         /* ... and after it, before the period: "◷ feb. 2022" */
        else if (l >= 4 && icon_at(txt + l - 4) == 4)
            l -= 4;
        else
            break;
    }
    txt[l] = '\0';
    return txt;
}

/* Header line i: 0 without a separator; 1 with one ("title | ..."); 2 when
 * it already names title and employer ("Coördinator Jeugd, Gemeente
 * Hengelo": a certain organisation after the separator), so that the lines
 * below it are the description, not the employer. */
static int header_parts(const cvdoc *d, ruleset *rs, const profile *p, size_t i, const position *q)
{
    char *txt = header_line_text(d, rs, i, q);
    size_t seplen;
    const char *at = find_sep_or_employer(rs, txt, &seplen);
    int parts = !at ? 0 : org_level(rs, p, at + seplen) == 2 ? 2 : 1;
    free(txt);
    return parts;
}


/* Does line i, normalised and trimmed, equal s[0..len)? */
static bool line_is(const cvdoc *d, size_t i, const char *s, size_t len)
{
    const normtext *t = &d->lines[i].norm;
    size_t a, e = trimmed(t->s, t->len, &a);
    return len && e - a == len && !memcmp(t->s + a, s, len);
}

/* Does line i, normalised and trimmed, start with the title cell s[0..len)
 * and go on with at most three words, the rest of that cell that a print
 * wrapped onto the next row ("Coördinator Welzijn" / "Ouderen" in the table,
 * "Coördinator Welzijn Ouderen" above its description)? */
static bool wrapped_cell_is(const cvdoc *d, size_t i, const char *s, size_t len)
{
    const normtext *t = &d->lines[i].norm;
    size_t a, e = trimmed(t->s, t->len, &a);
    if (len < 8 || !memchr(s, ' ', len) || e - a <= len + 1 || memcmp(t->s + a, s, len) != 0 ||
        t->s[a + len] != ' ')
        return false;
    return text_count_words(t->s + a + len, e - a - len) <= 3;
}

/* Does line i repeat position q's title: a header line other than the
 * period's, or the title cell (cell 1) of a table row? */
static bool repeats_title(const cvdoc *d, size_t i, const position *q)
{
    for (size_t h = q->hfirst; h <= q->hlast; h++) {
        if (h == q->date_line && cvdoc_is_row(d, h)) {
            size_t len;
            const char *c = cvdoc_cell(d, h, 1, &len);
            normtext t = {0};
            text_normalise(c, len, &t);
            size_t a, b = trimmed(t.s, t.len, &a);
            bool same = line_is(d, i, t.s + a, b - a) || wrapped_cell_is(d, i, t.s + a, b - a);
            normtext_free(&t);
            if (same)
                return true;
        } else if (h != q->date_line && h != q->date_end_line) {
            const normtext *t = &d->lines[h].norm;
            size_t a, b = trimmed(t->s, t->len, &a);
            if (line_is(d, i, t->s + a, b - a))
                return true;
        }
    }
    return false;
}

/*
 * An experience table lists the positions row by row and describes them
 * below it, each under its title ("Coördinator Opbouwwerk" / its lines).
 * Read as above, every position but the last has no body and the last one's
 * runs over all the descriptions.  So when no position but the last has a
 * body (a line with text), a line in the last body that repeats a position's title
 * (repeats_title) starts that position's body, up to the next such line; the
 * last position keeps its own block, or else what comes before the first.
 * A title met twice goes to the first position of that title without one.
 */
static void table_bodies(const cvdoc *d, position *ps, size_t n)
{
    if (n < 2)
        return;
    for (size_t k = 0; k + 1 < n; k++)
        for (size_t i = ps[k].bfirst; i < ps[k].bend; i++)
            if (content(d, i) && !cvdoc_is_row(d, i))
                return;     /* (a row is a cell that wraps: "Ouderen<TAB>Hellendoorn") */
    position *last = &ps[n - 1];
    bool *taken = xcalloc(n, sizeof *taken);
    size_t region_end = last->bend, first_block = region_end, prev_line = 0, prev_k = n;
    for (size_t i = last->bfirst; i < region_end; i++) {
        size_t k = 0;
        while (k < n && (taken[k] || !repeats_title(d, i, &ps[k])))
            k++;
        if (k == n)
            continue;
        if (prev_k < n) {
            ps[prev_k].bfirst = prev_line + 1;
            ps[prev_k].bend = i;
        } else {
            first_block = i;
        }
        taken[k] = true;
        prev_k = k;
        prev_line = i;
    }
    if (prev_k < n) {
        bool last_has_block = taken[n - 1];
        ps[prev_k].bfirst = prev_line + 1;
        ps[prev_k].bend = region_end;
        if (!last_has_block)
            last->bend = first_block;
    }
    free(taken);
}

/* A period set in the middle of its block, as a CSS grid centres a cell
 * beside the text ("Teamleider Sociaal Team — Gemeente X" / "Leiding aan
 * ..." / "... resultaten die we" / "01/2022 – heden" / "elk kwartaal ..."):
 * the block's first line is the header when it is short and names a role
 * (or a title and an employer: "Wmo-consulent — Gemeente Doetinchem") and
 * the line right above the period is a long line of the description.
 * SIZE_MAX otherwise. */
#define BLOCK_MAX_LINES 8
static size_t block_top(const cvdoc *d, ruleset *rs, const profile *p, size_t dl, size_t floor_line)
{
    if (dl == 0 || dl - 1 < floor_line || !content(d, dl - 1) || short_line(d, dl - 1) || d->lines[dl - 1].bullet)
        return SIZE_MAX;
    size_t top = dl - 1, n = 0;
    while (top > floor_line && content(d, top - 1) && n < BLOCK_MAX_LINES) {
        top--;
        n++;
    }
    if (top == dl - 1 || !short_line(d, top) || d->lines[top].bullet)
        return SIZE_MAX;
    /* (the line above the period is no employer: "Manager Welzijn" /
     * "Stichting Welzijn De Kanaalzone (tot 2021: ...)" / "sinds oktober
     * 2018" is a header of two lines above its period) */
    char *above = cvdoc_orig_span(d, dl - 1, 0, d->lines[dl - 1].norm.len);
    bool employer = org_level(rs, p, above) > 0;
    free(above);
    if (employer)
        return SIZE_MAX;
    char *txt = cvdoc_orig_span(d, top, 0, d->lines[top].norm.len);
    size_t seplen;
    const char *at = find_sep_or_employer(rs, txt, &seplen);
    bool header = names_role(rs, p, txt) || (at && org_level(rs, p, at + seplen) > 0);
    free(txt);
    return header ? top : SIZE_MAX;
}

/* Does the first header line of q name a role? */
static bool header_names_role(const cvdoc *d, ruleset *rs, const profile *p, const position *q)
{
    char *txt = header_line_text(d, rs, q->hfirst, q);
    bool role = names_role(rs, p, txt);
    free(txt);
    return role;
}

/* Is all that stands beside position q's period an employer, no role, with
 * a role on the content line above ("Coördinator Welzijn en Preventie" /
 * "Gemeente Ermelo · maart 2018 – heden")? */
static bool employer_beside(const cvdoc *d, ruleset *rs, const profile *p, const position *q)
{
    size_t dl = q->date_line, al = dl;
    while (al > 0 && d->lines[al - 1].blank)
        al--;
    date_range r;
    if (al == 0 || !content(d, al - 1) || d->lines[al - 1].bullet || !short_line(d, al - 1) ||
        range_in(d->lines[al - 1].norm.s, d->lines[al - 1].norm.len, p, &r))
        return false;
    char *beside = header_line_text(d, rs, dl, q);
    char *above = cvdoc_orig_span(d, al - 1, 0, d->lines[al - 1].norm.len);
    /* (any employer: a company too, "IJsselland Sociaal Detacheren B.V." in
     * a CV whose first job was at its agency, tests/holdout63 Femke Tempelman) */
    normtext bt = {0};
    text_normalise(beside, strlen(beside), &bt);
    rule_match m;
    bool company = rules_has(rs, "org.company") && rules_find(rs, "org.company", bt.s, bt.len, 0, &m) == 1;
    normtext_free(&bt);
    bool only = (org_level(rs, p, beside) > 0 || company) && !names_role(rs, p, beside) && names_role(rs, p, above);
    free(beside);
    free(above);
    return only;
}

/* Line i a table row whose first cell is only a period and whose next cell
 * holds a title with a period of its own inside the first ("2012 – heden" |
 * "Manager Zorg en Welzijn — sinds juli 2020": the employer's whole period
 * beside its first role, as a print of a DOCX table lays it out)?  Then the
 * position's period is the inner one and the first cell is no part of its
 * header (q->lead_cell).  Not a period in brackets ("(2015 – 2017 parttime)"). */
static void inner_period(const cvdoc *d, size_t i, const profile *p, position *q)
{
    if (!cvdoc_is_row(d, i) || q->has_r2 || q->date_end_line != i)
        return;
    normtext a = {0};
    first_part(d, i, &a);
    size_t cut = a.len;
    bool only = q->r.match_start <= 1 && q->r.match_end + 1 >= cut;
    normtext_free(&a);
    const normtext *t = &d->lines[i].norm;
    date_range in;
    if (!only || cut + 1 >= t->len || !range_from(t->s, t->len, cut + 1, p, &in))
        return;
    int depth = 0;
    for (size_t k = cut; k < in.match_start; k++)
        depth += t->s[k] == '(' ? 1 : t->s[k] == ')' && depth > 0 ? -1 : 0;
    month_span o = date_range_span(&q->r), n = date_range_span(&in);
    if (depth || n.start < o.start || n.end > o.end || (n.start == o.start && n.end == o.end))
        return;
    q->r = in;
    q->lead_cell = cut + 1;
}

/* What a form's label names at the start of line i ("Rol:<TAB>Teamleider",
 * "Opdrachtgever: Gemeente Renkum"): LABEL_TITLE, LABEL_EMPLOYER,
 * LABEL_PERIOD, LABEL_OTHER (a field of the job that is none of these:
 * "Plaats", "Beroep", "Huidige baan" in werk.nl's form), or 0.  The label
 * is a row's first cell or the line up to its first colon. */
enum { LABEL_TITLE = 1, LABEL_EMPLOYER, LABEL_PERIOD, LABEL_OTHER };
#define LABEL_MAX_BYTES 32

static int label_kind(const cvdoc *d, ruleset *rs, size_t i)
{
    static const char *const ids[] = {"header.label_title", "header.label_employer", "header.label_period",
                                      "header.label_other"};
    const cv_line *l = &d->lines[i];
    size_t len;
    const char *s;
    if (cvdoc_is_row(d, i)) {
        s = cvdoc_cell(d, i, 0, &len);
    } else {
        const char *colon = memchr(l->orig, ':', l->olen);
        s = l->orig;
        len = colon ? (size_t)(colon - s) + 1 : 0;
    }
    if (!s || !len || len > LABEL_MAX_BYTES)
        return 0;
    normtext t = {0};
    text_normalise(s, len, &t);
    int kind = 0;
    rule_match m;
    for (int k = 0; k < 4 && !kind; k++)
        if (rules_has(rs, ids[k]) && rules_find(rs, ids[k], t.s, t.len, 0, &m) == 1)
            kind = k + 1;
    normtext_free(&t);
    return kind;
}

/* A period line labelled as a form's ("Periode: 1 mei 2019 – 31 januari
 * 2021"): the labelled title and employer lines next to it, above or below,
 * up to a blank line or another label, make its header.  The form's other
 * fields ("Plaats<TAB>Brummen") are passed over, FORM_MAX_FIELDS lines each
 * way at most. */
#define FORM_MAX_FIELDS 6
static void form_header(const cvdoc *d, ruleset *rs, position *q, size_t floor_line, size_t limit)
{
    size_t dl = q->date_line;
    if (label_kind(d, rs, dl) != LABEL_PERIOD)
        return;
    size_t top = dl, bottom = q->date_end_line;
    for (size_t i = dl, got = 0, seen = 0; i > floor_line && got < 2 && seen < FORM_MAX_FIELDS;) {
        i--;
        if (d->lines[i].blank)
            continue;       /* (a print puts a blank line between a form's rows) */
        int k = content(d, i) ? label_kind(d, rs, i) : 0;
        if (k == 0 || k == LABEL_PERIOD)
            break;
        seen++;
        if (k == LABEL_OTHER)
            continue;
        top = i;
        got++;
    }
    for (size_t i = q->date_end_line, got = 0, seen = 0; i + 1 < limit && got < 2 && seen < FORM_MAX_FIELDS;) {
        i++;
        if (d->lines[i].blank)
            continue;
        int k = content(d, i) ? label_kind(d, rs, i) : 0;
        if (k == 0 || k == LABEL_PERIOD)
            break;
        seen++;
        if (k == LABEL_OTHER)
            continue;
        bottom = i;
        got++;
    }
    if (top == dl && bottom == q->date_end_line)
        return;
    q->hfirst = top;
    q->hlast = bottom;
    q->form = true;
}

/* Is line i only a duration ("8 jaar 4 maanden", position.duration)? */
static bool duration_line(const cvdoc *d, ruleset *rs, size_t i)
{
    rule_match m;
    return rules_has(rs, "position.duration") &&
           rules_find(rs, "position.duration", d->lines[i].norm.s, d->lines[i].norm.len, 0, &m) == 1;
}

/* In a CV whose titles stand above their periods, a header of only a title
 * takes the employer from the line right below the period when that line is
 * an organisation and no title ("Coördinator Sociaal Team" / "jun. 2020 –
 * heden" / "Gemeente Hattem" / "Coördinatie van ...", tests/holdout57 Anke
 * Lubbers, a Writer frame). */
static void employer_below(const cvdoc *d, ruleset *rs, const profile *p, position *q, size_t limit)
{
    size_t below = q->date_end_line + 1;
    if (q->hfirst >= q->date_line || below >= limit || !content(d, below) || d->lines[below].bullet ||
        !short_line(d, below) || words_besides_range(d, q->date_line, &q->r) > 0)
        return;
    for (size_t i = q->hfirst; i < q->date_line; i++) {
        if (!content(d, i))
            continue;
        char *t = cvdoc_orig_span(d, i, 0, d->lines[i].norm.len);
        int org = org_level(rs, p, t);
        free(t);
        if (org == 2 || header_parts(d, rs, p, i, q) > 0)
            return;     /* the header names an employer already ("Sociaal Team" is none) */
    }
    char *t = cvdoc_orig_span(d, below, 0, d->lines[below].norm.len);
    bool org = org_level(rs, p, t) == 2 && !names_role(rs, p, t);
    free(t);
    if (org)
        q->hlast = below;
}

/* In a CV whose headers follow their periods, does position k have one of
 * its own right above its period instead: "title | employer" alone on the
 * line before a period that stands alone, with a description, not a header,
 * below it ("Manager Welzijn | Stichting Welzijn Veluwezoom-Zuid" / "jan. 2010
 * – apr. 2019" / "Leiding aan 25 medewerkers ...", under assignments told
 * as forms, tests/holdout55 Gert-Jan ten Have)? */
static bool header_above(const cvdoc *d, ruleset *rs, const profile *p, const position *ps, size_t k)
{
    const position *q = &ps[k];
    size_t dl = q->date_line, below = q->date_end_line + 1;
    size_t besides = words_besides_range(d, dl, &q->r);
    if (dl == 0 || (k && ps[k - 1].hlast >= dl - 1) || besides >= 2)
        return false;
    /* (or one word beside the period: the end of a header that wrapped, "...
     * — Stichting Welzijn De Betuwse" / "Waard 2017 – 2019"; the header line
     * may then be as long as a line) */
    size_t above = dl - 1;
    if (!content(d, above) || d->lines[above].bullet || (!besides && !short_line(d, above)) ||
        header_parts(d, rs, p, above, q) != 2 || (besides && sentence_end(d, above)))
        return false;
    if (besides)
        return true;        /* (the wrap says enough) */
    while (below < d->n && d->lines[below].blank)
        below++;
    return below < d->n && content(d, below) && (d->lines[below].bullet || !short_line(d, below));
}

/*
 * An experience section told in prose ("Bij de gemeente Oldebroek was ik
 * Coördinator Wmo en Mantelzorg. ... Die functie vervulde ik van maart 2014
 * tot en met december 2018."): paragraphs of sentences, no bullets, and
 * every line that starts a paragraph or a sentence is a long one that does
 * not begin with a period; a short line only ends a sentence wrapped from
 * the line above ("2023.").  Then
 * each paragraph with a period is one position: its first period is the
 * position's, its first sentence the header (title and employer are not
 * told apart: the header is matched whole), the rest the description
 * (tests/holdout50 Erwin Dijkslag, whose periods stand in the last sentence
 * of their paragraphs).
 */
#define PROSE_MIN_LINES 6
#define PROSE_LINE_WORDS 10

/* A short heading inside a prose section ("1. Leidinggeven en coachen",
 * the competences a CV groups its jobs under): no full stop at its end, and
 * a long line after it, and no digit (no period). */
static bool prose_subheading(const cvdoc *d, size_t i)
{
    /* (a job's header with its period is none: "Opbouwwerker bij ... (2012 –
     * 2017)"; a number before it, "1. Leidinggeven en coachen", is no period) */
    const normtext *t = &d->lines[i].norm;
    size_t k = 0;
    while (k < t->len && (t->s[k] == ' ' || (t->s[k] >= '0' && t->s[k] <= '9')))
        k++;
    if (k < t->len && k > 0 && (t->s[k] == '.' || t->s[k] == ')'))
        k++;
    else
        k = 0;
    bool digit = false;
    for (; k < t->len && !digit; k++)
        digit = t->s[k] >= '0' && t->s[k] <= '9';
    size_t next = i + 1;        /* (past a blank line, as a print puts one) */
    while (next < d->n && d->lines[next].blank)
        next++;
    return content(d, i) && !digit && cvdoc_words(d, i) < PROSE_LINE_WORDS && !sentence_end(d, i) &&
           (i == 0 || !content(d, i - 1) || sentence_end(d, i - 1)) && next < d->n && content(d, next) &&
           cvdoc_words(d, next) >= PROSE_LINE_WORDS;
}

static bool prose_section(const cvdoc *d, ruleset *rs, const profile *p)
{
    if (!d->has_section[CV_SEC_EXPERIENCE])
        return false;
    size_t lines = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (!content(d, i))
            continue;
        if (d->lines[i].bullet || cvdoc_is_row(d, i))
            return false;
        lines++;
        bool starts = i == 0 || !content(d, i - 1) || sentence_end(d, i - 1) || prose_subheading(d, i - 1);
        if (starts && cvdoc_words(d, i) < PROSE_LINE_WORDS && !prose_subheading(d, i))
            return false;
        /* (nor does one begin with a period: "oktober 2014 – juli 2020:
         * Unitmanager ..." is a header, however long) */
        date_range r;
        const normtext *t = &d->lines[i].norm;
        rule_match m;
        if (starts && range_in(t->s, t->len, p, &r) && text_count_words(t->s, r.match_start) < 2 &&
            !(rules_has(rs, "position.sentence") && rules_find(rs, "position.sentence", t->s, t->len, 0, &m) == 1))
            return false;       /* (a sentence may: "Sinds oktober 2022 ben ik Teamleider Wmo ...") */
    }
    return lines >= PROSE_MIN_LINES;
}

/* Does a sentence end at s[k] (". " and a capital), s holding two more bytes? */
static bool sentence_break(const char *s, size_t k)
{
    return s[k] == '.' && s[k + 1] == ' ' && s[k + 2] >= 'A' && s[k + 2] <= 'Z';
}

/* Does line i end a sentence inside it (". " before a capital)? */
static bool ends_a_sentence(const cvdoc *d, size_t i)
{
    const char *o = d->lines[i].orig;
    size_t n = d->lines[i].olen;
    for (size_t k = 0; k + 2 < n; k++)
        if (sentence_break(o, k))
            return true;
    return false;
}

/* The positions of a prose section: one per paragraph that holds a period,
 * at its first one, also when a line break splits it ("Ik werk hier sinds
 * maart" / "2023."); *out gets them, the return value says how many. */
static size_t prose_positions(const cvdoc *d, const profile *p, position **out)
{
    position *ps = NULL;
    size_t n = 0;
    for (size_t top = 0; top < d->n;) {
        if (!content(d, top) || prose_subheading(d, top)) {
            top++;
            continue;
        }
        size_t end = top;
        while (end + 1 < d->n && content(d, end + 1) && !prose_subheading(d, end + 1))
            end++;
        for (size_t i = top; i <= end; i++) {
            position q = {0};
            bool found = false;
            size_t end_line;
            date_range r2;
            bool has_r2;
            if (find_range(d, i, p, &q.r, &end_line, &r2, &has_r2)) {
                found = true;
                q.date_line = i;
                q.date_end_line = end_line;
            } else if (i < end) {
                /* a period across the line break: its start on this line */
                strbuf both = STRBUF_INIT;
                sb_add(&both, d->lines[i].norm.s, d->lines[i].norm.len);
                sb_addc(&both, ' ');
                sb_add(&both, d->lines[i + 1].norm.s, d->lines[i + 1].norm.len);
                if (range_in(both.data, both.len, p, &q.r) && q.r.match_start < d->lines[i].norm.len &&
                    q.r.match_end > d->lines[i].norm.len) {
                    found = true;
                    q.date_line = i;
                    q.date_end_line = i + 1;
                    q.r.match_end = d->lines[i].norm.len;     /* (offsets stay within the line) */
                }
                sb_free(&both);
            }
            if (!found)
                continue;
            q.prose = true;
            /* a paragraph of one line (a DOCX paragraph) is its own header;
             * in a wrapped one, the paragraph's first sentence */
            bool whole = (i == top || sentence_end(d, i - 1)) && sentence_end(d, q.date_end_line);
            if (whole) {
                q.hfirst = i;
                q.hlast = q.date_end_line;
            } else {
                q.hfirst = q.hlast = top;
                while (q.hlast < end && !sentence_end(d, q.hlast) && !ends_a_sentence(d, q.hlast) && q.hlast - top < 2)
                    q.hlast++;      /* the first sentence, at most three lines */
            }
            q.bfirst = q.hlast + 1;
            q.bend = end + 1;
            ps = xreallocarray(ps, n + 1, sizeof *ps);
            ps[n++] = q;
            i = q.date_end_line;
            if (!whole)
                break;      /* a wrapped paragraph: one position, at its first period */
        }
        top = end + 1;
    }
    *out = ps;
    return n;
}

static size_t find_positions(const cvdoc *d, ruleset *rs, const profile *p, position **out)
{
    position *ps = NULL;
    size_t n = 0;
    bool headed = false;    /* some period line is no sentence: positions have headers */
    for (size_t i = 0; i < d->n; i++) {
        date_range r, r2 = {0};
        size_t end_line;
        bool has_r2;
        if (!content(d, i) || !find_range(d, i, p, &r, &end_line, &r2, &has_r2))
            continue;
        ps = xreallocarray(ps, n + 1, sizeof *ps);
        ps[n].date_line = i;
        ps[n].date_end_line = end_line;
        ps[n].r = r;
        ps[n].r2 = r2;
        ps[n].has_r2 = has_r2;
        ps[n].lead_cell = 0;
        ps[n].form = false;
        ps[n].prose = false;
        inner_period(d, i, p, &ps[n]);
        headed |= !sentence_line(d, rs, i, &r);
        n++;
        i = end_line;
    }
    if (n && prose_section(d, rs, p)) {
        free(ps);
        return prose_positions(d, p, out);
    }
    if (headed) {
        size_t kept = 0;
        for (size_t k = 0; k < n; k++)
            if (!sentence_line(d, rs, ps[k].date_line, &ps[k].r))
                ps[kept++] = ps[k];
        n = kept;
    }
    if (!n) {
        *out = ps;
        return 0;
    }
    /* Title before the period?  Count the non-bullet lines between the
     * section heading and the first period. */
    size_t before = 0;
    if (d->has_section[CV_SEC_EXPERIENCE]) {
        size_t i = ps[0].date_line;
        while (i > 0 && in_scope(d, i - 1) && !d->lines[i - 1].heading) {
            i--;
            if (content(d, i) && !d->lines[i].bullet)
                before++;
        }
        if (before > HEADER_MAX_AFTER)
            before = HEADER_MAX_AFTER;
        /* the line above the first period is an employer printed once above
         * its roles, no title ("Gemeente Molenlanden (tot de fusie ...)" /
         * "1-1-2019 tot heden" / "Teamleider Sociaal Team"): the titles follow
         * the periods (and group_employer gives the roles that employer) */
        size_t dl = ps[0].date_line, de = ps[0].date_end_line;
        /* the title below: the next line, or the other cells of a split
         * period's last line ("1-1-2019 tot" / "heden<TAB>Teamleider ...") */
        bool split_row = de != dl && cvdoc_is_row(d, de);
        size_t bl = split_row ? de : de + 1;
        size_t al = dl;
        while (al > 0 && d->lines[al - 1].blank)
            al--;
        while (!split_row && bl < d->n && d->lines[bl].blank)
            bl++;
        /* (or two lines: the employer and its department, "Gemeente
         * Hardenberg" / "afdeling Samenleving" / "jun. 2022 t.e.m. heden" /
         * "Manager Sociaal Domein") */
        if (before >= 1 && before <= 2 && al >= before && words_besides_range(d, dl, &ps[0].r) < 2 &&
            bl < d->n && content(d, bl) && !d->lines[bl].bullet && (split_row || short_line(d, bl))) {
            bool org = false, role = false;
            for (size_t k = al - before; k < al; k++) {
                if (!content(d, k)) {
                    role = true;    /* (no run of header lines: leave it) */
                    break;
                }
                char *above = cvdoc_orig_span(d, k, 0, d->lines[k].norm.len);
                org = org || org_level(rs, p, above) > 0;
                role = role || names_role(rs, p, above);
                free(above);
            }
            char *below = cvdoc_orig_span(d, bl, 0, d->lines[bl].norm.len);
            if (org && !role && names_role(rs, p, below))
                before = 0;
            free(below);
        }
    } else {
        /* No experience heading: the short lines right above the first
         * period are its header when none stand right below it ("Coördinator
         * Welzijn – Gemeente Epe" / "2015 – heden" / "Aansturing van het
         * team ..."); a profile sentence or a heading above it means the
         * header follows the period. */
        size_t dl = ps[0].date_line, de = ps[0].date_end_line, above = 0, below = 0;
        for (size_t i = dl; i > 0 && above < HEADER_MAX_AFTER;) {
            i--;
            if (d->lines[i].blank)
                continue;
            if (!content(d, i) || d->lines[i].bullet || !short_line(d, i))
                break;
            above++;
        }
        for (size_t i = de + 1; i < d->n && below < 1; i++) {
            if (d->lines[i].blank)
                continue;
            if (!content(d, i) || d->lines[i].bullet || !short_line(d, i))
                break;
            below++;
        }
        before = below ? 0 : above;
    }
    /* a period line that already carries the title does not need lines
     * before it; one that carries only the employer does, when the line
     * above names the role ("Coördinator Welzijn en Preventie" / "Gemeente
     * Ermelo · maart 2018 – heden", as CV builders print a job) */
    if (words_besides_range(d, ps[0].date_line, &ps[0].r) >= 2 && !employer_beside(d, rs, p, &ps[0]))
        before = 0;
    for (size_t k = 0; k < n; k++) {
        position *ps_k = &ps[k];
        size_t dl = ps_k->date_line;
        size_t limit = k + 1 < n ? ps[k + 1].date_line : d->n;
        ps_k->hfirst = ps_k->hlast = dl;
        if (before) {
            size_t got = 0, i = dl;
            size_t floor_line = k ? ps[k - 1].date_end_line + 1 : 0;
            size_t top = block_top(d, rs, p, dl, floor_line);
            if (top != SIZE_MAX) {
                ps_k->hfirst = ps_k->hlast = top;
                /* the employer alone on the line under the title ("Coördinator
                 * Welzijn Ouderen" / "Stichting Welzijn Salland-Midden" / the
                 * tasks / the period: a table's left cell and, last, its right
                 * cell; tests/holdout61 Bert Lubbers) */
                if (top + 1 < dl && content(d, top + 1) && !d->lines[top + 1].bullet && short_line(d, top + 1) &&
                    header_parts(d, rs, p, top, ps_k) == 0) {
                    char *below = cvdoc_orig_span(d, top + 1, 0, d->lines[top + 1].norm.len);
                    if (org_level(rs, p, below) == 2 && !names_role(rs, p, below))
                        ps_k->hlast = top + 1;
                    free(below);
                }
                employer_below(d, rs, p, ps_k, limit);
                continue;
            }
            /* the line next to the period always; a second one only when it
             * is short (a title or employer, not the previous description) */
            while (i > floor_line && got < HEADER_MAX_AFTER) {
                i--;
                if (d->lines[i].heading || !in_scope(d, i))
                    break;
                if (!content(d, i))
                    continue;
                /* LinkedIn: "Gemeente Zutphen" / "8 jaar 4 maanden" above the roles
                 * held there; the company is each role's employer (group_employer) */
                if (duration_line(d, rs, i))
                    break;
                /* a long line above a short one: the header wrapped ("Coördinator
                 * Wmo (gedetacheerd via X B.V.) | Gemeente" / "Hattem") */
                bool wrapped = got == 1 && cvdoc_words(d, ps_k->hfirst) <= 3 &&
                               header_parts(d, rs, p, i, ps_k) > 0 && !sentence_end(d, i);
                if (d->lines[i].bullet || (got >= 1 && !short_line(d, i) && !wrapped))
                    break;
                /* a line that holds "title – employer" needs no line above it
                 * (an employer and its town do: "Coördinator Buurtwerk" /
                 * "Welzijnsstichting De Wering, Den Helder" / "2009-09 – 2015-05") */
                /* a line whose bracket the line below closes ("Stichting Welzijn
                 * De Kanaalzone (tot 2021:" / "Stichting Welzijn Terneuzen)")
                 * makes one header line with it */
                bool opens = got && leaves_bracket_open(&d->lines[i].norm) &&
                             memchr(d->lines[ps_k->hfirst].norm.s, ')', d->lines[ps_k->hfirst].norm.len);
                if (!opens && got == 1 && header_parts(d, rs, p, ps_k->hfirst, ps_k) > 0 &&
                    header_names_role(d, rs, p, ps_k))
                    break;
                ps_k->hfirst = i;
                got += !opens;
            }
            employer_below(d, rs, p, ps_k, limit);
        } else if (header_above(d, rs, p, ps, k)) {
            ps_k->hfirst = dl - 1;
            ps_k->hlast = words_besides_range(d, dl, &ps_k->r) ? dl : dl - 1;
        } else {
            /* a split period's last line may carry the title in its other cells */
            size_t de = ps_k->date_end_line;
            size_t i = de != dl && cvdoc_is_row(d, de) ? de : de + 1, got = 0;
            bool need = words_besides_range(d, dl, &ps_k->r) < 2;
            /* a table row with the period and two more cells is complete; a
             * period line with the title may still have the employer below */
            size_t cells = 0;
            for (size_t c = 0; c < d->lines[dl].olen; c++)
                cells += d->lines[dl].orig[c] == '\t';
            size_t max_after = cells >= 2 ? 0 : need ? HEADER_MAX_AFTER : 1;
            /* how far the header names title and employer (header_parts) */
            int parts = need ? 0 : header_parts(d, rs, p, dl, ps_k);
            if (parts == 2)
                max_after = 0;
            while (i < limit && got < max_after) {
                if (!in_scope(d, i) || d->lines[i].heading)
                    break;
                if (d->lines[i].blank || d->lines[i].table_heading || d->lines[i].furniture) {
                    /* "title | Stichting" wraps on the next line, never after
                     * a blank one: what follows a blank is the description */
                    if (parts && d->lines[i].blank)
                        break;
                    i++;
                    continue;
                }
                const cv_line *l = &d->lines[i];
                /* ("– heden<TAB>Manager ..." is no bullet: the period's rest) */
                if ((l->bullet && i != de) || !(need || short_line(d, i)))
                    break;
                /* the rest of a bracket the line above left open ("... (in
                 * deeltijd, 16 uur" / "per week)") is part of that line */
                bool rest = got && leaves_bracket_open(&d->lines[ps_k->hlast].norm) &&
                            memchr(l->norm.s, ')', l->norm.len) && cvdoc_words(d, i) <= 4;
                ps_k->hlast = i;
                if (rest) {
                    /* (a separator inside that bracket is none: the employer
                     * may still follow, past a blank line) */
                    parts = 0;
                    i++;
                    continue;
                }
                got++;
                need = false;
                parts = header_parts(d, rs, p, i, ps_k);
                if (parts == 2)
                    break;
                i++;
            }
        }
    }
    for (size_t k = 0; k < n; k++)
        form_header(d, rs, &ps[k], k ? ps[k - 1].date_end_line + 1 : 0, k + 1 < n ? ps[k + 1].date_line : d->n);
    /* bodies: after the header, up to the next position's header */
    for (size_t k = 0; k < n; k++) {
        ps[k].bfirst = (ps[k].hlast > ps[k].date_end_line ? ps[k].hlast : ps[k].date_end_line) + 1;
        ps[k].bend = k + 1 < n ? ps[k + 1].hfirst : d->n;
        if (ps[k].bend < ps[k].bfirst)
            ps[k].bend = ps[k].bfirst;
        while (ps[k].bend > ps[k].bfirst && !in_scope(d, ps[k].bend - 1))
            ps[k].bend--;
    }
    table_bodies(d, ps, n);
    *out = ps;
    return n;
}

/* Does position j's period start its line, after the bullet ("• 2018 – 2020:
 * gedetacheerd ...")?  Not so for a period in the middle of a task
 * ("• Projectleider van het verandertraject 'Stip in de wijk' (2021–2022)"). */
static bool period_first(const cvdoc *d, const position *q)
{
    const normtext *t = &d->lines[q->date_line].norm;
    size_t i = 0;
    while (i < t->len && t->s[i] == ' ')
        i++;
    if (d->lines[q->date_line].bullet && i < t->len)    /* the bullet sign, one character */
        for (i++; i < t->len && ((unsigned char)t->s[i] & 0xC0) == 0x80; i++)
            ;
    for (; i < q->r.match_start && i < t->len; i++) {
        unsigned char c = (unsigned char)t->s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            return false;
    }
    return true;
}

/* Does position q's line start with its period and a colon, a part of a
 * longer period told without a bullet ("september 2020 – februari 2025:
 * coördinator van het sociaal team ...", a Word list without its bullets)? */
static bool period_colon(const cvdoc *d, const position *q)
{
    const normtext *t = &d->lines[q->date_line].norm;
    size_t i = q->r.match_end;
    while (i < t->len && t->s[i] == ' ')
        i++;
    return period_first(d, q) && i < t->len && t->s[i] == ':';
}

/* Does position q's bullet name a role (position.change) besides its period? */
static bool names_change(const cvdoc *d, ruleset *rs, const position *q)
{
    if (!rules_has(rs, "position.change"))
        return true;
    const normtext *t = &d->lines[q->date_line].norm;
    rule_match m;
    return rules_find(rs, "position.change", t->s, q->r.match_start, 0, &m) == 1 ||
           rules_find(rs, "position.change", t->s + q->r.match_end, t->len - q->r.match_end, 0, &m) == 1;
}

/* Does a line anywhere in the CV (with the line before, when a sentence
 * wraps) name the employer of position q, match rule id, and, when overlap,
 * give a period that overlaps q's?  Two uses, each making the role at most
 * uncertain:
 *   position.ended (no overlap), for a position that runs on to "heden":
 *     "Mijn contract bij de gemeente Epe liep van september 2020 tot 30 juni
 *     2025 en is niet verlengd" puts its end in doubt;
 *   position.internship_elsewhere (overlap, the employer close after the
 *     match): "afstudeerstage van september 2015 tot juli 2016 bij Stichting
 *     Welzijn Zutphen" under Opleiding says the job may be that internship. */
#define SAID_NEAR 45
/* Does name (n bytes) occur across the join of lines a and b ("... Stichting
 * Welzijn" / "Zutphen ...": a's end, a space, b's start)? */
static bool spans_join(const normtext *a, const normtext *b, const char *name, size_t n)
{
    for (size_t k = 1; k < n; k++) {       /* k bytes of the name on a, the rest past the space */
        if (k > a->len)
            break;
        if (memcmp(a->s + a->len - k, name, k) != 0)
            continue;
        if (k < n && name[k] == ' ' && n - k - 1 <= b->len && memcmp(b->s, name + k + 1, n - k - 1) == 0)
            return true;
    }
    return false;
}

static bool said_elsewhere(const cvdoc *d, ruleset *rs, const profile *p, const position *q, const char *employer,
                           const char *id, bool overlap)
{
    if (!employer || !rules_has(rs, id))
        return false;
    normtext e = {0};
    text_normalise(employer, strlen(employer), &e);
    size_t a, b = trimmed(e.s, e.len, &a);
    rule_match m;
    bool said = false;
    month_span own = date_range_span(&q->r);
    strbuf both = STRBUF_INIT;
    for (size_t i = 0; i < d->n && !said && b - a >= 4; i++) {
        if (d->lines[i].blank || i == q->date_line)
            continue;
        /* the employer's name must be on the line or the one before (cheap,
         * and rare on a line) */
        if (!find_in(d->lines[i].norm.s, d->lines[i].norm.len, e.s + a, b - a) &&
            (i == 0 || !find_in(d->lines[i - 1].norm.s, d->lines[i - 1].norm.len, e.s + a, b - a)) &&
            (i == 0 || d->lines[i - 1].norm.len + d->lines[i].norm.len + 1 < b - a ||
             !spans_join(&d->lines[i - 1].norm, &d->lines[i].norm, e.s + a, b - a)))
            continue;
        /* the line, with the one before when a sentence wraps ("... afstudeerstage
         * van september" / "2015 tot juli 2016 bij Stichting Welzijn Zutphen") */
        sb_reset(&both);
        if (i > 0 && !d->lines[i - 1].blank && d->lines[i - 1].page == d->lines[i].page && i - 1 != q->date_line &&
            !sentence_end(d, i - 1)) {
            sb_add(&both, d->lines[i - 1].norm.s, d->lines[i - 1].norm.len);
            sb_addc(&both, ' ');
        }
        sb_add(&both, d->lines[i].norm.s, d->lines[i].norm.len);
        date_range r;
        const char *at = NULL;
        /* (the employer's name first: it is cheap, and rare on a line) */
        if (find_in(both.data, both.len, e.s + a, b - a) && rules_find(rs, id, both.data, both.len, 0, &m) == 1)
            at = overlap ? find_in(both.data + m.end, both.len - m.end, e.s + a, b - a)
                         : find_in(both.data, both.len, e.s + a, b - a);
        /* (with overlap, the employer follows the match closely: "afstudeerstage
         * van september 2015 tot juli 2016 bij Stichting Welzijn Zutphen", not
         * "Na mijn afstudeerstage bij de gemeente Elburg werk ik sinds 2021 als
         * coördinator bij Stichting Welzijn Oldebroek") */
        if (at && overlap && (size_t)(at - both.data) > m.end + SAID_NEAR)
            at = NULL;
        if (at) {
            if (!overlap) {
                said = true;
            } else if (range_in(both.data, both.len, p, &r)) {
                month_span o = date_range_span(&r);
                said = o.start <= own.end && own.start <= o.end;
            }
        }
    }
    sb_free(&both);
    normtext_free(&e);
    return said;
}

/* Does position q's description say the candidate had another employer for
 * part of its period, one that is no organisation of the role
 * (position.employer_change, its group v the employer: "Tot de overdracht
 * van het ouderenwerk was ik in dienst van Zorggroep Hellendoorn B.V.")?
 * Then the header's employer does not hold for the whole period, and the
 * role is at most uncertain. */
static bool employer_changed(const cvdoc *d, ruleset *rs, const profile *p, const position *q)
{
    if (!rules_has(rs, "position.employer_change"))
        return false;
    rule_match m;
    for (size_t i = q->bfirst; i < q->bend && i < d->n; i++) {
        if (!content(d, i))
            continue;
        const normtext *t = &d->lines[i].norm;
        if (rules_find(rs, "position.employer_change", t->s, t->len, 0, &m) != 1 || !m.has_value)
            continue;
        char *other = cvdoc_orig_span(d, i, m.vstart, m.vend);
        bool elsewhere = org_level(rs, p, other) == 0;
        free(other);
        if (elsewhere)
            return true;
    }
    return false;
}

/* Is position k split by bullets that start with periods of their own inside
 * its period ("maart 2019 – heden | Teamleider Wmo" / "• maart 2019 –
 * december 2022: teamleider ..." / "• januari 2023 – heden: Beleidsadviseur
 * Wmo, zonder leidinggevende taken")?  Such bullets are read as positions of
 * their own; the header's title may then not hold for its whole period, and
 * position k is at most uncertain (review).  (A line that starts with a
 * period and a colon is such a bullet too: a Word list loses its bullet
 * signs.)  A bullet that names a period
 * further on splits it only when that period starts or ends with the
 * header's (a project within the job does not); a bullet that names no role
 * (position.change) never: "in deeltijd, naast de start bij de stichting". */
static bool split_by_bullets(const cvdoc *d, ruleset *rs, const position *ps, size_t n, size_t k)
{
    const position *q = &ps[k];
    int qs = date_month_index(q->r.start_y, q->r.start_m), qe = date_month_index(q->r.end_y, q->r.end_m);
    for (size_t j = 0; j < n; j++) {
        if (j == k || !(d->lines[ps[j].date_line].bullet || period_colon(d, &ps[j])) || !names_change(d, rs, &ps[j]))
            continue;
        int rs = date_month_index(ps[j].r.start_y, ps[j].r.start_m), re = date_month_index(ps[j].r.end_y, ps[j].r.end_m);
        if (!(rs >= qs && re <= qe && (rs > qs || re < qe)))
            continue;
        /* a period first splits it; a period further on only when it shares
         * the header's start or end ("Feitelijk coördinator van 2019 – 2021"
         * under "2019 – 2024"), not a project within ("Projectleider ...
         * (2021–2022)" under "januari 2016 – heden") */
        if (period_first(d, &ps[j]) || rs == qs || re == qe)
            return true;
    }
    return false;
}

/* Is line i in position q's header or on its period lines? */
static bool in_header(const position *q, size_t i)
{
    return (i >= q->hfirst && i <= q->hlast) || (i >= q->date_line && i <= q->date_end_line);
}

/* ... in any position's? */
static bool in_a_header(const position *ps, size_t n, size_t i)
{
    for (size_t k = 0; k < n; k++)
        if (in_header(&ps[k], i))
            return true;
    return false;
}

/*
 * The employer printed once above the roles it employed the candidate in
 * ("Gemeente Zutphen" / "Manager Sociaal Domein (januari 2019 – heden)" /
 * ... / "Teamleider Jeugd (2014 – 2018)"), for position k, which names none:
 * the nearest line above its header that is a short line naming an
 * organisation for certain (org_level), with no period and in no position's
 * header, reached past the headers and bodies of earlier positions that name
 * no employer either (the same group), up to the section's heading.  Returns a
 * malloc'd copy, or NULL.
 */
#define GROUP_LINE_WORDS 5
/* An employer that names the real one in brackets ("Gemeente Deventer
 * (werkgever: Wijkzorg Oost B.V.)": the gemeente is the client) is that one
 * (position.real_employer, its group v); not a secondment agency ("(in dienst
 * van Sociaal Werkt Detachering)"): a seconded candidate works in the
 * gemeente's own organisation (zzp.agency). */
static void real_employer(ruleset *rs, char **employer)
{
    if (!*employer || !rules_has(rs, "position.real_employer"))
        return;
    normtext t = {0};
    text_normalise(*employer, strlen(*employer), &t);
    rule_match m;
    rule_match a;
    if (rules_find(rs, "position.real_employer", t.s, t.len, 0, &m) == 1 && m.has_value && m.vend > m.vstart &&
        !(rules_has(rs, "zzp.agency") && rules_find(rs, "zzp.agency", t.s + m.vstart, m.vend - m.vstart, 0, &a) == 1)) {
        char *v = xstrndup(*employer + t.map[m.vstart], t.map[m.vend] - t.map[m.vstart]);
        free(*employer);
        *employer = v;
    }
    normtext_free(&t);
}

/* Does normalised text t hold a match of organisation rule id that is more
 * than the domain's own words ("Gemeente", not the "welzijn" of "Stichting
 * Welzijn" in a title that names the field)? */
static bool org_not_domain(ruleset *rs, const char *id, const char *domain, const normtext *t)
{
    rule_match m, dm;
    size_t from = 0;
    while (from < t->len && rules_find(rs, id, t->s, t->len, from, &m) == 1 && m.end > from) {
        if (rules_find(rs, domain, t->s + m.start, m.end - m.start, 0, &dm) != 1)
            return true;
        from = m.end;
    }
    return false;
}

/* Does a title name its employer: a certain organisation that is more than
 * the domain's own words?  "Teamleider Sociaal Team" (a maybe) and "Manager
 * Zorg en Welzijn" (welzijn is the field) do not; "Coördinator Welzijn
 * Gemeente Ede" does. */
static bool title_names_employer(ruleset *rs, const profile *p, const char *title)
{
    normtext t = {0};
    text_normalise(title, strlen(title), &t);
    bool names = false;
    for (size_t c = 0; c < p->nroles && !names; c++)
        names = org_not_domain(rs, p->roles[c].organisation, p->roles[c].domain, &t);
    normtext_free(&t);
    return names;
}

static char *group_employer(const cvdoc *d, ruleset *rs, const profile *p, const position *ps, size_t n, size_t k,
                            const bool *own)
{
    size_t i = ps[k].hfirst;
    date_range r;
    while (i > 0) {
        i--;
        const cv_line *l = &d->lines[i];
        if (l->heading || !in_scope(d, i))
            return NULL;
        if (l->blank || l->table_heading || l->furniture)
            continue;
        if (in_a_header(ps, n, i)) {
            /* an earlier position of the same group names no employer either */
            for (size_t j = 0; j < k; j++)
                if (own[j] && in_header(&ps[j], i))
                    return NULL;
            continue;
        }
        /* (a remark in brackets does not count: "Gemeente Molenlanden (tot de
         * fusie op 1-1-2019: gemeente Giessenlanden)") */
        if (l->bullet || words_outside_brackets(l->norm.s, l->norm.len) > GROUP_LINE_WORDS ||
            range_in(l->norm.s, l->norm.len, p, &r))
            continue;       /* a body line of an earlier position */
        char *txt = cvdoc_orig_span(d, i, 0, l->norm.len);
        if (org_level(rs, p, txt) == 2)
            return txt;
        free(txt);          /* a short line of a body, wrapped ("voor stageplekken.") */
    }
    return NULL;
}

/* The employer a sentence names: what follows "bij" ("... Coördinator
 * Mantelzorg bij Stichting Welzijn Rivierenland-Oost, met een team ..."),
 * when it starts with a capital or is a gemeente or stichting, up to a
 * comma, bracket or the next clause; NULL when there is none. */
static char *prose_employer(const char *s)
{
    for (const char *b = strstr(s, " bij "); b; b = strstr(b + 1, " bij ")) {
        const char *e = b + 5;
        if (!strncmp(e, "de ", 3))
            e += 3;
        else if (!strncmp(e, "het ", 4))
            e += 4;
        if (!((*e >= 'A' && *e <= 'Z') || !strncmp(e, "gemeente ", 9) || !strncmp(e, "stichting ", 10)))
            continue;
        /* the first word, then words with a capital and the small words of a
         * name between them ("Stichting Welzijn Rivierenland-Oost", "gemeente
         * Elburg" before "geef ik leiding") */
        static const char *const small[] = {"van ", "de ", "den ", "der ", "het ", "voor ", "aan ", "op ", "'t "};
        size_t lim = strcspn(e, ",;(.:"), n = strcspn(e, " ");
        while (n < lim) {
            const char *w = e + n + 1;
            bool more = *w >= 'A' && *w <= 'Z';
            for (size_t k = 0; k < sizeof small / sizeof *small && !more; k++)
                more = !strncmp(w, small[k], strlen(small[k])) && w[strlen(small[k])] >= 'A' && w[strlen(small[k])] <= 'Z';
            if (!more)
                break;
            n += 1 + strcspn(w, " ");
        }
        if (n > lim)
            n = lim;
        while (n && e[n - 1] == ' ')
            n--;
        if (n >= 4)
            return xstrndup(e, n);
    }
    return NULL;
}

/* The header's text without the period, as "title" and "employer": two
 * header lines are title and employer, unless the first already has a
 * separator and the second continues it: the first's employer part starts
 * an organisation ("Hoofd afdeling Welzijn | Gemeente" / "Brummen") or the
 * second names none.  One line is split at a separator. */
static void split_header(const cvdoc *d, ruleset *rs, const profile *p, const position *ps, char **title,
                         char **employer)
{
    *title = NULL;
    *employer = NULL;
    if (ps->prose) {
        /* a sentence: matched whole, as a title that names its employer (the
         * sentence around the period on a line of its own, else the first) */
        char *all = cvdoc_orig_lines(d, ps->hfirst, ps->hlast, " ");
        size_t from = 0, to = strlen(all), at = 0;
        if (ps->hfirst == ps->date_line) {
            /* the period's place in the line: its words before it */
            char *pre = cvdoc_orig_span(d, ps->date_line, 0, ps->r.match_start);
            at = strlen(pre);
            free(pre);
            for (size_t k = 0; k + 2 < at && k + 2 < to; k++)
                if (sentence_break(all, k))
                    from = k + 2;
        }
        for (size_t k = at; k + 2 < to; k++)
            if (sentence_break(all, k)) {
                to = k + 1;
                break;
            }
        *title = xstrndup(all + from, to - from);
        free(all);
        *employer = prose_employer(*title);
        return;
    }
    if (ps->form) {
        /* a form says which line is which */
        for (size_t i = ps->hfirst; i <= ps->hlast; i++) {
            int kind = label_kind(d, rs, i);
            char **slot = kind == LABEL_TITLE ? title : kind == LABEL_EMPLOYER ? employer : NULL;
            if (slot && !*slot)
                *slot = header_line_text(d, rs, i, ps);
        }
        return;
    }
    char *parts[2] = {NULL, NULL};
    size_t np = 0;
    for (size_t i = ps->hfirst; i <= ps->hlast; i++) {
        if (!content(d, i))
            continue;
        char *txt = header_line_text(d, rs, i, ps);
        if (np && parts[np - 1] && *txt && memchr(d->lines[i].norm.s, ')', d->lines[i].norm.len)) {
            normtext pt = {0};
            text_normalise(parts[np - 1], strlen(parts[np - 1]), &pt);
            bool open = leaves_bracket_open(&pt);
            normtext_free(&pt);
            if (open) {     /* the rest of its bracket: "... (in deeltijd, 16 uur" / "per week)" */
                /* (its own ')' trimmed, when it ended the line) */
                char *joined = xasprintf("%s %s%s", parts[np - 1], txt, strchr(txt, ')') ? "" : ")");
                free(parts[np - 1]);
                free(txt);
                parts[np - 1] = joined;
                continue;
            }
        }
        if (*txt && np < 2)
            parts[np++] = txt;
        else
            free(txt);
    }
    *title = NULL;
    *employer = NULL;
    size_t seplen, seplen1;
    const char *at = np == 2 ? find_sep(parts[0], &seplen) : NULL;
    if (at && !find_sep(parts[1], &seplen1) &&
        (org_level(rs, p, at + seplen) > 0 || org_level(rs, p, parts[1]) == 0)) {
        char *joined = xasprintf("%s %s", parts[0], parts[1]);
        free(parts[0]);
        free(parts[1]);
        parts[0] = joined;
        parts[1] = NULL;
        np = 1;
    }
    if (np == 2) {
        *title = parts[0];
        *employer = parts[1];
        return;
    }
    if (np == 1) {
        at = find_sep_or_employer(rs, parts[0], &seplen);
        if (at) {
            *title = xstrndup(parts[0], (size_t)(at - parts[0]));
            *employer = xstrdup(at + seplen);
            free(parts[0]);
        } else {
            *title = parts[0];
        }
    }
}

/* Matches id (2: certain) or id.maybe (1) in lines [a, b] of scope; 0: none. */
/* id (2) or id.maybe (1) in the text t; 0: neither. */
static int text_level(ruleset *rs, const char *id, const normtext *t)
{
    rule_match m;
    if (rules_find(rs, id, t->s, t->len, 0, &m) == 1)
        return 2;
    char *maybe = xasprintf("%s.maybe", id);
    int lvl = rules_has(rs, maybe) && rules_find(rs, maybe, t->s, t->len, 0, &m) == 1 ? 1 : 0;
    free(maybe);
    return lvl;
}

static int match_level(const cvdoc *d, ruleset *rs, const char *id, size_t a, size_t b, json **ev)
{
    char *maybe = xasprintf("%s.maybe", id);
    int best = 0;
    rule_match m;
    for (int pass = 0; pass < 2 && best == 0; pass++) {
        const char *rid = pass ? maybe : id;
        if (pass && !rules_has(rs, rid))
            break;
        for (size_t i = a; i <= b && i < d->n; i++) {
            if (!content(d, i))
                continue;
            if (rules_find(rs, rid, d->lines[i].norm.s, d->lines[i].norm.len, 0, &m) == 1) {
                best = pass ? 1 : 2;
                if (ev)
                    *ev = cvdoc_evidence(d, i, rid);
                break;
            }
        }
    }
    free(maybe);
    return best;
}

/* Does position q's header say the candidate assists someone in the role
 * (ROLE.not: "Assistent van de manager Welzijn en Zorg")? */
static bool assists_role(const cvdoc *d, ruleset *rs, const char *role, const position *q)
{
    char *not = xasprintf("%s.not", role);
    bool assists = rules_has(rs, not) && match_level(d, rs, not, q->hfirst, q->hlast, NULL) == 2;
    free(not);
    return assists;
}

/* Without an employer set apart, does an organisation match in the header
 * name an employer, not only the field?  "Coördinator Welzijn": "welzijn"
 * is the domain's word as much as a welfare foundation's, and says nothing
 * about the employer; "Coördinator Gebiedsteam Gemeente Harderwijk": the
 * gemeente is no domain word. */
static bool org_beyond_domain(const cvdoc *d, ruleset *rs, const char *id, const char *domain, const position *q)
{
    for (size_t i = q->hfirst; i <= q->hlast && i < d->n; i++)
        if (content(d, i) && org_not_domain(rs, id, domain, &d->lines[i].norm))
            return true;
    return false;
}

/* Does the title name another field than the domain (DOMAIN.not) and none of
 * the domain's own words? */
static bool other_field(ruleset *rs, const char *domain, const normtext *title)
{
    char *not = xasprintf("%s.not", domain);
    rule_match m;
    bool other = rules_has(rs, not) && rules_find(rs, not, title->s, title->len, 0, &m) == 1 &&
                 rules_find(rs, domain, title->s, title->len, 0, &m) != 1;
    free(not);
    return other;
}

/* Does a line of [a, b] match the domain with a word of its own, not only
 * with a word it shares with another field (DOMAIN.weak)? */
static bool own_domain_word(const cvdoc *d, ruleset *rs, const char *domain, const char *weak, size_t a, size_t b)
{
    rule_match m, w;
    for (size_t i = a; i <= b && i < d->n; i++) {
        if (!content(d, i))
            continue;
        const normtext *t = &d->lines[i].norm;
        size_t from = 0;
        while (rules_find(rs, domain, t->s, t->len, from, &m) == 1 && m.end > from) {
            if (rules_find(rs, weak, t->s, t->len, m.start, &w) != 1 || w.start != m.start)
                return true;
            from = m.end;
        }
    }
    return false;
}

/* Is the domain only a shared word in a position about another field?
 * "Teamleider Participatie | Gemeente Deventer" whose lines are about the
 * Omgevingswet: "participatie" (DOMAIN.weak) is then the citizens' say in
 * spatial plans, which the lines name (DOMAIN.other), and no line names the
 * social domain with a word of its own.  Then the domain is uncertain. */
static bool domain_only_shared(const cvdoc *d, ruleset *rs, const char *domain, size_t a, size_t b)
{
    char *weak = xasprintf("%s.weak", domain), *other = xasprintf("%s.other", domain);
    bool shared = rules_has(rs, weak) && rules_has(rs, other) && match_level(d, rs, other, a, b, NULL) == 2 &&
                  !own_domain_word(d, rs, domain, weak, a, b);
    free(weak);
    free(other);
    return shared;
}

/* Does position q's description match rule id (ID.self, ID.self_not)?  Then
 * its line replaces *ev (when ev is given). */
static bool description_says(const cvdoc *d, ruleset *rs, const char *id, const position *q, json **ev)
{
    if (!rules_has(rs, id) || q->bend <= q->bfirst)
        return false;
    json *found = NULL;
    bool says = match_level(d, rs, id, q->bfirst, q->bend - 1, &found) == 2;
    if (says && ev) {
        json_free(*ev);
        *ev = found;
        found = NULL;
    }
    json_free(found);
    return says;
}

/* The organisation rule id on what the CV says an abbreviation in the
 * employer stands for: a word of ABBREV_MIN..ABBREV_MAX capitals in it,
 * followed anywhere in the CV by that word and a bracket ("SWVR (Stichting
 * Welzijn Veluwerand)").  Returns the level (2 or 0); *ev the defining line. */
#define ABBREV_MIN 2
#define ABBREV_MAX 8
static int abbreviation_level(const cvdoc *d, ruleset *rs, const char *id, const char *employer, json **ev)
{
    const char *p = employer;
    while (*p) {
        while (*p && !(*p >= 'A' && *p <= 'Z'))
            p++;
        const char *w = p;
        while (*p >= 'A' && *p <= 'Z')
            p++;
        size_t n = (size_t)(p - w);
        bool word = n >= ABBREV_MIN && n <= ABBREV_MAX && (w == employer || !isalnum((unsigned char)w[-1])) &&
                    !isalnum((unsigned char)*p);
        while (*p && isalnum((unsigned char)*p))
            p++;
        if (!word)
            continue;
        for (size_t i = 0; i < d->n; i++) {
            const cv_line *l = &d->lines[i];
            for (const char *h = l->orig; (h = memmem(h, l->olen - (size_t)(h - l->orig), w, n)) != NULL; h += n) {
                const char *a = h + n;
                if ((h > l->orig && isalnum((unsigned char)h[-1])) || a + 2 > l->orig + l->olen || a[0] != ' ' ||
                    a[1] != '(')
                    continue;
                const char *close = memchr(a + 2, ')', l->olen - (size_t)(a + 2 - l->orig));
                if (!close)
                    continue;
                normtext t = {0};
                text_normalise(a + 2, (size_t)(close - a - 2), &t);
                rule_match m;
                bool is = rules_find(rs, id, t.s, t.len, 0, &m) == 1;
                normtext_free(&t);
                if (is) {
                    *ev = cvdoc_evidence(d, i, id);
                    return 2;
                }
            }
        }
    }
    return 0;
}

/* The organisation rule: on the employer when the header names one apart
 * from the title ("Coördinator Welzijn – Ziekenhuis X" is no welfare
 * foundation because the title says welzijn), else on the header lines.
 *
 * A weak match (ID.maybe: "Stichting X") is settled, when the rules allow:
 *   ID.not   on the same text: the name says what else it is ("Stichting
 *            Jeugdzorg Plus" is a youth-care institution): certainly not;
 *   ID.self  in the position's description: the CV says what it is
 *            ("Humanitas Deventer is een welzijnsstichting"): certainly so;
 *   ID.self_not  there, that it is something else ("Onze stichting is de
 *            gecertificeerde instelling voor jeugdbescherming"): certainly not.
 * Either way the deciding line is the evidence.  Without an employer set apart,
 * a certain match only of the domain's own words is uncertain (org_beyond_domain). */
static int employer_level(const cvdoc *d, ruleset *rs, const char *id, const char *domain, const position *q,
                          const char *employer, json **ev)
{
    int lvl;
    normtext t = {0};
    if (employer)
        text_normalise(employer, strlen(employer), &t);
    char *maybe = xasprintf("%s.maybe", id), *not = xasprintf("%s.not", id), *self = xasprintf("%s.self", id);
    rule_match m;
    if (!employer) {
        lvl = match_level(d, rs, id, q->hfirst, q->hlast, ev);
        if (lvl == 2 && !org_beyond_domain(d, rs, id, domain, q))
            lvl = 1;
    } else {
        lvl = rules_find(rs, id, t.s, t.len, 0, &m) == 1 ? 2
              : rules_has(rs, maybe) && rules_find(rs, maybe, t.s, t.len, 0, &m) == 1 ? 1 : 0;
        if (lvl && ev) {
            *ev = json_object();
            json_set_int(*ev, "page", d->lines[q->date_line].page);
            json_set_str(*ev, "text", employer);
            json_set_str(*ev, "rule", lvl == 2 ? id : maybe);
        }
    }
    if (lvl == 1 && rules_has(rs, not)) {
        json *nev = NULL;
        bool is_not;
        if (employer) {
            is_not = rules_find(rs, not, t.s, t.len, 0, &m) == 1;
            if (is_not) {
                nev = json_object();
                json_set_int(nev, "page", d->lines[q->date_line].page);
                json_set_str(nev, "text", employer);
                json_set_str(nev, "rule", not);
            }
        } else {
            is_not = match_level(d, rs, not, q->hfirst, q->hlast, &nev) == 2;
        }
        if (is_not) {
            lvl = 0;
            if (ev) {
                json_free(*ev);
                *ev = nev;
            } else {
                json_free(nev);
            }
        } else {
            json_free(nev);
        }
    }
    /* an employer whose name says nothing ("Onder de Linde, Ermelo") that the
     * description calls what it is, by its name ("Onder de Linde is de
     * stichting voor welzijnswerk in de gemeente Ermelo") */
    if (lvl == 0 && employer && rules_has(rs, self) && q->bend > q->bfirst) {
        size_t nl = strcspn(t.s, ",(");
        while (nl && t.s[nl - 1] == ' ')
            nl--;
        for (size_t i = q->bfirst; i < q->bend && lvl == 0 && nl >= 4; i++) {
            const normtext *b = &d->lines[i].norm;
            if (content(d, i) && memmem(b->s, b->len, t.s, nl) && rules_find(rs, self, b->s, b->len, 0, &m) == 1) {
                lvl = 2;
                if (ev)
                    *ev = cvdoc_evidence(d, i, self);
            }
        }
    }
    /* an employer by its abbreviation that the CV spells out elsewhere:
     * "SWVR, Harderwijk" and, in the profile, "SWVR (Stichting Welzijn
     * Veluwerand)" (tests/holdout65 Jeroen Haverkamp) */
    if (lvl < 2 && employer) {
        json *aev = NULL;
        if (abbreviation_level(d, rs, id, employer, &aev) == 2) {
            lvl = 2;
            if (ev) {
                json_free(*ev);
                *ev = aev;
                aev = NULL;
            }
        }
        json_free(aev);
    }
    /* ... or that it is something else ("Onze stichting is de gecertificeerde
     * instelling voor jeugdbescherming", tests/holdout63 Jeroen Kleinjan):
     * certainly not */
    char *self_not = xasprintf("%s.self_not", id);
    if (lvl == 1 && description_says(d, rs, self_not, q, ev))
        lvl = 0;
    free(self_not);
    if (lvl == 1 && description_says(d, rs, self, q, ev))
        lvl = 2;
    free(maybe);
    free(not);
    free(self);
    if (employer)
        normtext_free(&t);
    return lvl;
}

/*
 * Title first or employer first?  Most CVs put the job title before the
 * employer ("Teamleider Wmo / Gemeente Kampen", "Teamleider Wmo – Gemeente
 * Kampen"); some put the employer first ("Gemeente Kampen / Teamleider Wmo").
 * A CV keeps one order throughout, so the order is read from all its
 * positions together: a position votes for "employer first" when a role rule
 * of the profile matches its second part and not its first, and for "title
 * first" the other way round.  Only a majority for "employer first" turns
 * the parts round; a tie keeps the usual order.
 */
static bool employer_first(ruleset *rs, const profile *p, char *const *titles, char *const *employers, size_t n)
{
    int vote = 0;
    for (size_t k = 0; k < n; k++) {
        if (!titles[k] || !employers[k])
            continue;
        bool in_title = names_role(rs, p, titles[k]), in_employer = names_role(rs, p, employers[k]);
        vote += in_employer && !in_title;
        vote -= in_title && !in_employer;
    }
    return vote > 0;
}

static void ym(char out[8], int y, int m)
{
    snprintf(out, 8, "%04d-%02d", y, m);
}

/* Does position q's period end before it starts? */
static bool reversed(const position *q)
{
    return !q->r.end_open && date_month_index(q->r.end_y, q->r.end_m) < date_month_index(q->r.start_y, q->r.start_m);
}

/* The month the CV says it was written (cv.date: "versie april 2024"), as a
 * month index, when it lies before the reference month; else -1.  A year
 * alone reads as its January, the narrowest reading. */
static int cv_written(const cvdoc *d, ruleset *rs, const profile *p)
{
    rule_match m;
    if (!rules_has(rs, "cv.date"))
        return -1;
    for (size_t i = 0; i < d->n; i++) {
        const normtext *t = &d->lines[i].norm;
        if (rules_find(rs, "cv.date", t->s, t->len, 0, &m) != 1 || !m.has_value)
            continue;
        const char *v = t->s + m.vstart;
        size_t vl = m.vend - m.vstart;
        int y = atoi(v + vl - 4), mo = 1;
        /* the month before the year: a name ("april 2024") or a number ("04-2024") */
        size_t e = vl - 4;
        while (e && (v[e - 1] == ' ' || v[e - 1] == '-' || v[e - 1] == '/' || v[e - 1] == '.'))
            e--;
        size_t b = e;
        while (b && v[b - 1] != ' ' && v[b - 1] != '-' && v[b - 1] != '/')
            b--;
        if (e > b) {
            int named = date_parse_month_name(v + b, e - b);
            int num = e - b <= 2 ? atoi(v + b) : 0;
            mo = named ? named : num >= 1 && num <= 12 ? num : 1;
        }
        int at = date_month_index(y, mo);
        return at < date_month_index(p->ref_y, p->ref_m) ? at : -1;
    }
    return -1;
}

void fields_experience(json *rec, const cvdoc *d, ruleset *rs, const profile *p)
{
    position *ps;
    size_t n = find_positions(d, rs, p, &ps);
    const role_class *main_cls = profile_main_roles(p);

    json *positions = json_array();
    int *cert = xcalloc((n ? n : 1) * (p->nroles ? p->nroles : 1), sizeof *cert);
    char **titles = xcalloc(n ? n : 1, sizeof *titles), **employers = xcalloc(n ? n : 1, sizeof *employers);
    for (size_t k = 0; k < n; k++)
        split_header(d, rs, p, &ps[k], &titles[k], &employers[k]);
    if (employer_first(rs, p, titles, employers, n)) {
        for (size_t k = 0; k < n; k++) {
            char *t = titles[k];
            titles[k] = employers[k];
            employers[k] = t;
        }
    }
    for (size_t k = 0; k < n; k++)
        real_employer(rs, &employers[k]);
    bool *own = xcalloc(n ? n : 1, sizeof *own);
    for (size_t k = 0; k < n; k++)
        own[k] = employers[k] != NULL;
    for (size_t k = 0; k < n; k++)
        if (!employers[k] && titles[k] && !title_names_employer(rs, p, titles[k]))
            employers[k] = group_employer(d, rs, p, ps, n, k, own);
    free(own);
    for (size_t k = 0; k < n; k++) {
        const position *q = &ps[k];
        char *title = titles[k], *employer = employers[k];
        json *jp = json_object();
        json_set_str(jp, "title", title);
        json_set_str(jp, "employer", employer);
        char b[8];
        const date_range *last = q->has_r2 ? &q->r2 : &q->r;
        ym(b, q->r.start_y, q->r.start_m);
        json_set_str(jp, "start", b);
        if (last->end_open) {
            json_set_null(jp, "end");
        } else {
            ym(b, last->end_y, last->end_m);
            json_set_str(jp, "end", b);
        }
        month_span both[2] = {date_range_span(&q->r), {0, 0}};
        if (q->has_r2)
            both[1] = date_range_span(&q->r2);
        json_set_int(jp, "months", months_merged(both, q->has_r2 ? 2 : 1));
        json_set_bool(jp, "relevant", false);
        json_set_int(jp, "page", d->lines[q->date_line].page);
        json_set_bool(jp, "start_month_known", q->r.start_month_known);
        json_set_bool(jp, "end_month_known", last->end_month_known);
        /* the header in the CV's own words: the evidence for this position */
        strbuf quote = STRBUF_INIT;
        for (size_t i = q->hfirst; i <= q->hlast; i++) {
            if (!content(d, i))
                continue;
            char *t = cvdoc_orig_span(d, i, 0, d->lines[i].norm.len);
            if (quote.len && *t)
                sb_adds(&quote, " | ");
            sb_adds(&quote, t);
            free(t);
        }
        json_set_str(jp, "quote", quote.data ? quote.data : "");
        sb_free(&quote);
        char *period = cvdoc_orig_span(d, q->date_line, q->r.match_start, q->r.match_end);
        if (q->date_end_line != q->date_line) {
            char *rest = cvdoc_orig_span(d, q->date_end_line, 0, d->lines[q->date_end_line].norm.len);
            char *both = xasprintf("%s %s", period, rest);
            free(rest);
            free(period);
            period = both;
        }
        json_set_str(jp, "period_text", period);
        free(period);
        json *classes = json_object();
        /* an internship is no job in any role: its title line is the evidence */
        json *ev_intern = NULL;
        bool intern = rules_has(rs, "position.internship") &&
                      match_level(d, rs, "position.internship", q->hfirst, q->hlast, &ev_intern) == 2;
        /* a deputy stands in now and then, an internship named by the period
         * was part of it, and an interrupted period was not all work: the role
         * is at most uncertain */
        size_t after = q->date_end_line + 1 < d->n ? q->date_end_line + 1 : q->date_end_line;
        /* a period with an interruption in it (on the period's line or in
         * the header: "(met een onderbreking van 14 maanden)") */
        size_t hfrom = q->hfirst < q->date_line ? q->hfirst : q->date_line;
        size_t hto = q->hlast > q->date_end_line ? q->hlast : q->date_end_line;
        bool interrupted = rules_has(rs, "position.interruption") &&
                           match_level(d, rs, "position.interruption", hfrom, hto, NULL) == 2;
        bool role_capped = interrupted || employer_changed(d, rs, p, q) ||
                           (last->end_open && said_elsewhere(d, rs, p, q, employer, "position.ended", false)) ||
                           said_elsewhere(d, rs, p, q, employer, "position.internship_elsewhere", true) ||
                           (rules_has(rs, "position.part_of_period") && q->bend > q->bfirst &&
                            match_level(d, rs, "position.part_of_period", q->bfirst, q->bend - 1, NULL) == 2) ||
                           (rules_has(rs, "position.deputy") &&
                       match_level(d, rs, "position.deputy", q->hfirst, q->hlast, NULL) == 2) ||
                      (rules_has(rs, "position.internship_period") &&
                       match_level(d, rs, "position.internship_period", q->date_line, after, NULL) == 2) ||
                           split_by_bullets(d, rs, ps, n, k);
        /* a title that names another field (DOMAIN.not: "Coördinator Facilitaire
         * Zaken, Stichting Welzijn Dalfsen") and none of the domain's own words
         * is not the domain, whatever the employer's name says */
        normtext tnorm = {0};
        if (title)
            text_normalise(title, strlen(title), &tnorm);
        for (size_t c = 0; c < p->nroles; c++) {
            const role_class *rc = &p->roles[c];
            json *ev_role = NULL, *ev_org = NULL, *ev_dom = NULL;
            int role = intern ? 0 : match_level(d, rs, rc->role, q->hfirst, q->hlast, &ev_role);
            /* a title that assists the role ("Assistent van de manager
             * Welzijn en Zorg": ROLE.not) holds no such role */
            if (role && assists_role(d, rs, rc->role, q)) {
                role = 0;
                json_free(ev_role);
                ev_role = NULL;
            }
            if (intern)
                ev_role = json_copy(ev_intern);
            if (role_capped && role == 2)
                role = 1;
            int org = employer_level(d, rs, rc->organisation, rc->domain, q, employer, &ev_org);
            /* prose: the role and the employer are the sentence's own, not
             * another sentence's on the same line ("... (juli 2021 – september
             * 2022) schreef ik mee aan de nota. Als teamleider heb ik ...") */
            if (q->prose && tnorm.s) {
                if (role && !intern && !text_level(rs, rc->role, &tnorm)) {
                    role = 0;
                    json_free(ev_role);
                    ev_role = NULL;
                }
                if (org && !text_level(rs, rc->organisation, &tnorm)) {
                    org = 0;
                    json_free(ev_org);
                    ev_org = NULL;
                }
            }
            /* the header and the body: one run of lines, unless the body
             * stands apart (table_bodies) */
            size_t hend = q->hlast > q->date_end_line ? q->hlast : q->date_end_line;
            bool apart = q->bfirst > hend + 1;
            size_t last = apart ? hend : q->bend > q->hlast + 1 ? q->bend - 1 : q->hlast;
            int dom = match_level(d, rs, rc->domain, q->hfirst, last, &ev_dom);
            if (dom < 2 && apart && q->bend > q->bfirst) {
                json *ev_body = NULL;
                int in_body = match_level(d, rs, rc->domain, q->bfirst, q->bend - 1, &ev_body);
                if (in_body > dom) {
                    dom = in_body;
                    json_free(ev_dom);
                    ev_dom = ev_body;
                } else {
                    json_free(ev_body);
                }
            }
            if (dom && tnorm.s && other_field(rs, rc->domain, &tnorm)) {
                dom = 0;
                json_free(ev_dom);
                ev_dom = NULL;
            }
            if (dom == 2 && domain_only_shared(d, rs, rc->domain, q->hfirst, q->bend > last + 1 ? q->bend - 1 : last))
                dom = 1;
            int lvl = role && org && dom ? (role == 2 && org == 2 && dom == 2 ? 2 : 1) : 0;
            /* a period that ends before it starts ("september 2023 – januari
             * 2023") is a slip whose right reading nobody knows: uncertain */
            if (lvl == 2 && reversed(q))
                lvl = 1;
            cert[k * p->nroles + c] = lvl;
            json *jc = json_object();
            json_set_str(jc, "relevance", lvl == 2 ? "certain" : lvl == 1 ? "uncertain" : "no");
            json *ev = json_array();
            if (ev_role) json_push(ev, ev_role);
            if (ev_org) json_push(ev, ev_org);
            if (ev_dom) json_push(ev, ev_dom);
            json_set(jc, "evidence", ev);
            json_set(classes, rc->name, jc);
            if (rc == main_cls)
                json_set_bool(jp, "relevant", lvl == 2);
        }
        json_set(jp, "roles", classes);
        json_free(ev_intern);
        normtext_free(&tnorm);
        free(employer);
        free(title);
        json_push(positions, jp);
    }
    free(titles);
    free(employers);

    json *roles = json_object();
    long coord_months = 0;
    int written = cv_written(d, rs, p);
    month_span *spans = xcalloc(n ? 2 * n : 1, sizeof *spans);
    for (size_t c = 0; c < p->nroles; c++) {
        int counts[3];
        for (int mode = 0; mode < 3; mode++) {
            size_t ns = 0;
            for (size_t k = 0; k < n; k++) {
                int lvl = cert[k * p->nroles + c];
                if (lvl == 2 || (mode == 2 && lvl == 1)) {
                    for (int j = 0; j < (ps[k].has_r2 ? 2 : 1); j++) {
                        const date_range *rr = j ? &ps[k].r2 : &ps[k].r;
                        month_span s = date_range_span(rr);
                        if (mode == 1) {
                            /* pessimistic: the narrowest reading ("2016" may be
                             * its last month as a start, its first as an end) */
                            s.start = date_month_index(rr->start_y, rr->start_m_late);
                            s.end = date_month_index(rr->end_y, rr->end_m_early);
                            /* ... and no later than the CV's own date */
                            if (written >= 0 && s.end > written)
                                s.end = written;
                            if (s.end < s.start)
                                continue;
                        }
                        spans[ns++] = s;
                    }
                }
            }
            counts[mode] = months_merged(spans, ns);
        }
        /* relevant periods that end before they start: no reading of the
         * months can be trusted (decide.c answers review, not fail) */
        long backwards = 0;
        for (size_t k = 0; k < n; k++)
            backwards += cert[k * p->nroles + c] > 0 && reversed(&ps[k]);
        json *jc = json_object();
        json_set_int(jc, "months", counts[0]);
        json_set_int(jc, "min_months", counts[1]);
        json_set_int(jc, "max_months", counts[2]);
        if (backwards)
            json_set_int(jc, "reversed_periods", backwards);
        json_set(roles, p->roles[c].name, jc);
        if (&p->roles[c] == main_cls)
            coord_months = counts[0];
    }
    free(spans);
    free(cert);
    free(ps);

    json *ex = json_object();
    json_set_int(ex, "coord_months", coord_months);
    json_set(ex, "positions", positions);
    json_set(ex, "roles", roles);
    json_set(rec, "experience", ex);
}
