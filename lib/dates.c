/*
 * dates.c — the date-range tokenizer/parser and the month merging behind
 * dates.h.
 *
 * How date_range_find() works
 * ---------------------------
 * It walks the line and, at every place where a word or a number starts,
 * tries to parse a whole range there (try_range()).  The first place where
 * that succeeds wins.  A candidate start must be a real token start:
 *
 *   - not preceded by a letter or digit (so "012" inside "2012" and "jan"
 *     inside "xjan" are never tried);
 *   - a number must also not be preceded by a digit and one of - / .
 *     (so "03-1980" inside the birth date "12-03-1980", and "5678" inside
 *     "1234-5678", are never tried as dates of their own).
 *
 * try_range() reads, with small cursor functions that each take a position
 * and return the position after what they consumed (or NPOS when the text
 * there is not what they want):
 *
 *   [prefix]  sinds | sedert | vanaf | since | from  (may make the range open)
 *             van                             (only before a closed range)
 *   date      parse_date(): year, month-year, day-month-year, month name +
 *             year, day + month name + year, or a month name without a year
 *   sep       parse_sep(): dashes (also arrows, "->") and/or t/m, t.e.m., tem,
 *             tot en met, tot (op), to,
 *             until, till, through; a '/' with a space on either side
 *   end       parse_end(): an open-end word or another date (with a year)
 *   or        two years joined by '/' at a line's start ("2017/2018",
 *             "2015/2019"), or a year and an open end ("2019/heden")
 *
 * A date may also be a part of a year ("voorjaar 2016", "Q2 2017", "eind
 * 2020": the part's first month as a start, its last as an end) or carry a
 * two-digit year after an apostrophe ("mrt '16", "'11 – '16").
 *
 * Separator words ("tot", "to", ...) must stand apart from the dates
 * ("2012 tot 2018", not "2012tot2018"); "t/m" and dashes may touch them.
 *
 * try_range() then checks the right edge: the range must not run on into a
 * letter or digit, nor into "-5", "/5", ".5" (so the start of
 * "2010 - 2014-06" or of a longer number is not taken as a range).
 *
 * Numbers are always whole digit runs, so a year is exactly four digits, a
 * day or month one or two: "06-12345678" (month 06, then eight digits) and
 * "038-4251234" fail without any special case, and so do "1234-5678" (1234 is
 * not a year in 1950..2100), "09:00 - 17:00" (':' is not a date separator),
 * "1-2", "24 uur", "2 referenties" and "8011 AB".  A day-month-year date is
 * tried before month-year, so "12-03-1980" is one date (March 1980) and, with
 * no separator or end after it, not a range.
 *
 * Every cursor function reads only below len, and every loop moves forward,
 * so a hostile line costs time linear in its length (each candidate start
 * looks ahead at most a handful of tokens) and never reads out of bounds.
 * Nothing is allocated and nothing is copied; words are compared in place.
 *
 * Tolerances beyond the normalised input: uppercase letters, raw Unicode
 * dashes (U+2010..U+2015, U+2212) as range separators, and NBSP, narrow NBSP
 * and thin space as spaces.  Within a numeric date only ASCII - / . separate
 * the parts ("01-2012", "09/2010", "1.3.2015").
 *
 * months_merged() sorts the spans by start and sweeps them once, extending
 * the current run while the next span starts inside it; adjacent spans
 * (2012-12 then 2013-01) are not joined, which gives the same total.  Sums are
 * kept in long long and clamped to INT_MAX, so absurd input cannot overflow.
 */
#include "dates.h"

#include <limits.h>
#include <stdlib.h>

#define NPOS ((size_t)-1)

/* ---------------------------------------------------------------- bytes */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }
static unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }
static bool is_datesep(unsigned char c) { return c == '-' || c == '/' || c == '.'; }

#define U(s, i) ((unsigned char)(s)[i])

/* Length of a space at p (ASCII blank, NBSP, narrow NBSP, thin space), or 0. */
static size_t space_len(const char *s, size_t len, size_t p)
{
    if (p >= len)
        return 0;
    unsigned char c = U(s, p);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && p + 1 < len && U(s, p + 1) == 0xA0)
        return 2;                                   /* U+00A0 NBSP */
    if (c == 0xE2 && p + 2 < len && U(s, p + 1) == 0x80 &&
        (U(s, p + 2) == 0xAF || U(s, p + 2) == 0x89))
        return 3;                                   /* U+202F, U+2009 */
    return 0;
}

static size_t skip_space(const char *s, size_t len, size_t p)
{
    size_t n;
    while ((n = space_len(s, len, p)) > 0)
        p += n;
    return p;
}

/* Length of a dash at p: '-' or U+2010..U+2015 (hyphen, non-breaking hyphen,
 * figure dash, en dash, em dash, horizontal bar) or U+2212 (minus), or 0. */
static size_t dash_len(const char *s, size_t len, size_t p)
{
    if (p >= len)
        return 0;
    if (s[p] == '-')
        return p + 1 < len && s[p + 1] == '>' ? 2 : 1;     /* "->" too */
    if (U(s, p) == 0xE2 && p + 2 < len) {
        unsigned char b1 = U(s, p + 1), b2 = U(s, p + 2);
        if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95)
            return 3;
        if (b1 == 0x88 && b2 == 0x92)
            return 3;
        /* arrows as a CV builder's timeline writes them: U+2192, U+2794, U+279C, U+27F6 */
        if ((b1 == 0x86 && b2 == 0x92) || (b1 == 0x9E && (b2 == 0x94 || b2 == 0x9C)) || (b1 == 0x9F && b2 == 0xB6))
            return 3;
    }
    return 0;
}

static size_t digit_run(const char *s, size_t len, size_t p)
{
    size_t q = p;
    while (q < len && is_digit(U(s, q)))
        q++;
    return q - p;
}

static size_t alpha_run(const char *s, size_t len, size_t p)
{
    size_t q = p;
    while (q < len && is_alpha(U(s, q)))
        q++;
    return q - p;
}

/* Value of the n (<= 4) digits at p. */
static int digits_value(const char *s, size_t p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[p + i] - '0');
    return v;
}

/* Does the word s[p..p+n) equal lit (lowercase), ignoring case? */
static bool word_is(const char *s, size_t p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (lit[i] == '\0' || lower(U(s, p + i)) != (unsigned char)lit[i])
            return false;
    return lit[i] == '\0';
}

static bool word_in(const char *s, size_t p, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (word_is(s, p, n, *list))
            return true;
    return false;
}

static bool year_ok(int y) { return y >= DATE_YEAR_MIN && y <= DATE_YEAR_MAX; }

/* ---------------------------------------------------------------- words */

static const struct { const char *name; int month; } month_names[] = {
    {"januari", 1}, {"january", 1}, {"jan", 1},
    {"februari", 2}, {"february", 2}, {"febr", 2}, {"feb", 2},
    {"maart", 3}, {"march", 3}, {"mrt", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4},
    {"mei", 5}, {"may", 5},
    {"juni", 6}, {"june", 6}, {"jun", 6},
    {"juli", 7}, {"july", 7}, {"jul", 7},
    {"augustus", 8}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9},
    {"oktober", 10}, {"october", 10}, {"okt", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},
    {"december", 12}, {"dec", 12},
    /* Afrikaans and German spellings the above do not cover */
    {"januarie", 1}, {"februarie", 2}, {"junie", 6}, {"julie", 7}, {"desember", 12},
    {"januar", 1}, {"februar", 2}, {"marz", 3}, {"m\xC3\xA4rz", 3}, {"dezember", 12},
};

int date_parse_month_name(const char *s, size_t len)
{
    if (s == NULL)
        return 0;
    if (len > 0 && s[len - 1] == '.')
        len--;
    if (len == 0)
        return 0;
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
        if (word_is(s, 0, len, month_names[i].name))
            return month_names[i].month;
    return 0;
}

/* Words that end a range without a date. */
static const char *const open_words[] = {
    "heden", "nu", "huidig", "present", "current", "now", "today", "ongoing", "thans", NULL
};

/* Words before a date that make a range open when no end follows. */
static const char *const open_prefixes[] = { "sinds", "sedert", "vanaf", "since", "from", NULL };

/* ---------------------------------------------------------------- dates */

typedef struct {
    int y, m;
    bool has_year;      /* false: a month name alone ("maart - juni 2019") */
    bool month_known;   /* false: a year alone, a quarter, a season */
    int m_last;         /* the last month the date may mean: m, or 12 for a year alone,
                           6 for "Q2", 5 for "voorjaar" */
} pdate;

/* Words for a part of a year: "voorjaar 2016", "Q2 2017", "eind 2020".  A
 * start reads as the part's first month, an end as its last (the widest
 * reading, as for a year alone); the narrowest reading is kept beside it
 * (date_range.start_m_late, end_m_early). */
static const struct { const char *name; int first, last; } year_parts[] = {
    {"voorjaar", 3, 5}, {"lente", 3, 5}, {"zomer", 6, 8}, {"najaar", 9, 11}, {"herfst", 9, 11},
    {"spring", 3, 5}, {"summer", 6, 8}, {"autumn", 9, 11}, {"fall", 9, 11},
    {"begin", 1, 3}, {"early", 1, 3}, {"medio", 5, 8}, {"mid", 5, 8}, {"eind", 10, 12}, {"einde", 10, 12},
    {"late", 10, 12}, {"q1", 1, 3}, {"q2", 4, 6}, {"q3", 7, 9}, {"q4", 10, 12},
};

/* A year written with two digits after an apostrophe ("'16", "\u201916") at
 * q: its value (2000 + yy up to 2060, else 1900 + yy) and *end, or 0. */
static int short_year(const char *s, size_t len, size_t q, size_t *end)
{
    size_t a = 0;
    if (q < len && s[q] == '\'')
        a = 1;
    else if (q + 2 < len && U(s, q) == 0xE2 && U(s, q + 1) == 0x80 && (U(s, q + 2) == 0x98 || U(s, q + 2) == 0x99))
        a = 3;
    if (!a || digit_run(s, len, q + a) != 2)
        return 0;
    int yy = digits_value(s, q + a, 2);
    *end = q + a + 2;
    return yy <= 60 ? 2000 + yy : 1900 + yy;
}

/* A month name at p, optionally "." and then a year: "mei 2020", "jan. 2012",
 * "jan-2012", "jan, 2012", or the month alone.  Returns the end or NPOS. */
static size_t parse_named_date(const char *s, size_t len, size_t p, pdate *d)
{
    size_t w = alpha_run(s, len, p);
    int m = w ? date_parse_month_name(s + p, w) : 0;
    if (m == 0)
        return NPOS;
    size_t q = p + w;
    if (q < len && s[q] == '.')
        q++;

    /* "jan-2012", "jan/2012": attached, no spaces */
    if (q < len && (s[q] == '-' || s[q] == '/') && digit_run(s, len, q + 1) == 4) {
        int y = digits_value(s, q + 1, 4);
        if (!year_ok(y))
            return NPOS;
        *d = (pdate){ .y = y, .m = m, .has_year = true, .month_known = true, .m_last = m };
        return q + 5;
    }

    size_t r = skip_space(s, len, q);
    if (r < len && s[r] == ',')
        r = skip_space(s, len, r + 1);
    if (digit_run(s, len, r) == 4) {
        int y = digits_value(s, r, 4);
        if (!year_ok(y))
            return NPOS;
        *d = (pdate){ .y = y, .m = m, .has_year = true, .month_known = true, .m_last = m };
        return r + 4;
    }
    size_t e;
    int y2 = short_year(s, len, r, &e);      /* "mrt '16" */
    if (y2 && year_ok(y2)) {
        *d = (pdate){ .y = y2, .m = m, .has_year = true, .month_known = true, .m_last = m };
        return e;
    }

    *d = (pdate){ .y = 0, .m = m, .has_year = false, .month_known = true, .m_last = m };
    return q;
}

/* Where the apostrophe starts that makes the two digits at p a year ("'16",
 * "\u201916"), or NPOS. */
static size_t apostrophe_before(const char *s, size_t len, size_t p)
{
    size_t e;
    if (p >= 1 && short_year(s, len, p - 1, &e) && e == p + 2)
        return p - 1;
    if (p >= 3 && short_year(s, len, p - 3, &e) && e == p + 2)
        return p - 3;
    return NPOS;
}

/* A part of a year at p ("voorjaar 2016", "Q2 2017", "eind 2020", "'16" after
 * it too).  Returns the end or NPOS. */
static size_t parse_year_part(const char *s, size_t len, size_t p, pdate *d)
{
    size_t w = alpha_run(s, len, p);
    if (w == 1 && (s[p] == 'q' || s[p] == 'Q') && p + 1 < len && is_digit(U(s, p + 1)))
        w = 2;
    for (size_t i = 0; w && i < sizeof year_parts / sizeof year_parts[0]; i++) {
        if (!word_is(s, p, w, year_parts[i].name))
            continue;
        size_t r = skip_space(s, len, p + w);
        if (r == p + w)
            return NPOS;
        int y = 0;
        size_t e = NPOS;
        if (digit_run(s, len, r) == 4) {
            y = digits_value(s, r, 4);
            e = r + 4;
        } else {
            y = short_year(s, len, r, &e);
        }
        if (!y || !year_ok(y))
            return NPOS;
        *d = (pdate){ .y = y, .m = year_parts[i].first, .has_year = true, .month_known = false,
                      .m_last = year_parts[i].last };
        return e;
    }
    return NPOS;
}

/* One date at p (see the comment at the top).  Returns the end or NPOS. */
static size_t parse_date(const char *s, size_t len, size_t p, pdate *d)
{
    if (p >= len)
        return NPOS;

    if (is_alpha(U(s, p))) {
        size_t e = parse_named_date(s, len, p, d);
        return e != NPOS ? e : parse_year_part(s, len, p, d);
    }
    size_t ae;
    int ay = short_year(s, len, p, &ae);     /* "'16" as an end: "'11 – '16" */
    if (ay && (ae >= len || !is_digit(U(s, ae)))) {
        if (!year_ok(ay))
            return NPOS;
        *d = (pdate){ .y = ay, .m = 1, .has_year = true, .month_known = false, .m_last = 12 };
        return ae;
    }
    if (!is_digit(U(s, p)))
        return NPOS;

    size_t n1 = digit_run(s, len, p);
    /* "'16": a two-digit year after an apostrophe ("'11 – '16") */
    size_t ap = n1 == 2 ? apostrophe_before(s, len, p) : NPOS, ye;
    if (ap != NPOS) {
        int y = short_year(s, len, ap, &ye);
        if (!year_ok(y))
            return NPOS;
        *d = (pdate){ .y = y, .m = 1, .has_year = true, .month_known = false, .m_last = 12 };
        return p + 2;
    }
    if (n1 == 4) {
        int y = digits_value(s, p, 4);
        if (!year_ok(y))
            return NPOS;
        /* ISO 2015-03-01 */
        size_t q = p + 4;
        if (q < len && s[q] == '-' && digit_run(s, len, q + 1) == 2 &&
            q + 3 < len && s[q + 3] == '-' && digit_run(s, len, q + 4) == 2) {
            int m = digits_value(s, q + 1, 2), day = digits_value(s, q + 4, 2);
            if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
                *d = (pdate){ .y = y, .m = m, .has_year = true, .month_known = true, .m_last = m };
                return q + 6;
            }
        }
        /* year-month "2009-09" (ISO, without the day): two digits, a month */
        if (q < len && s[q] == '-' && digit_run(s, len, q + 1) == 2 && (q + 3 >= len || s[q + 3] != '-')) {
            int m = digits_value(s, q + 1, 2);
            if (m >= 1 && m <= 12) {
                *d = (pdate){ .y = y, .m = m, .has_year = true, .month_known = true, .m_last = m };
                return q + 3;
            }
        }
        *d = (pdate){ .y = y, .m = 1, .has_year = true, .month_known = false, .m_last = 12 };
        return p + 4;
    }
    if (n1 > 2)
        return NPOS;

    int v1 = digits_value(s, p, n1);
    size_t q = p + n1;

    if (q < len && is_datesep(U(s, q))) {
        char c = s[q];
        size_t n2 = digit_run(s, len, q + 1);
        if (n2 >= 1 && n2 <= 2) {
            /* day-month-year with the same separator twice */
            size_t r = q + 1 + n2;
            int v2 = digits_value(s, q + 1, n2);
            if (r < len && s[r] == c && digit_run(s, len, r + 1) == 4) {
                int y = digits_value(s, r + 1, 4);
                if (v1 < 1 || v1 > 31 || v2 < 1 || v2 > 12 || !year_ok(y))
                    return NPOS;
                *d = (pdate){ .y = y, .m = v2, .has_year = true, .month_known = true, .m_last = v2 };
                return r + 5;
            }
            return NPOS;
        }
        if (n2 == 4) {
            /* month-year */
            int y = digits_value(s, q + 1, 4);
            if (v1 < 1 || v1 > 12 || !year_ok(y))
                return NPOS;
            *d = (pdate){ .y = y, .m = v1, .has_year = true, .month_known = true, .m_last = v1 };
            return q + 5;
        }
        return NPOS;
    }

    /* day + month name: "15 maart 2016" */
    size_t r = skip_space(s, len, q);
    if (r > q && v1 >= 1 && v1 <= 31 && r < len && is_alpha(U(s, r)))
        return parse_named_date(s, len, r, d);
    return NPOS;
}

/* ---------------------------------------------------------------- separators */

/* The end of the separator word s[p..p+w) (with "en met" / "op" after
 * "tot"), or NPOS when it is not one. */
static size_t parse_sep_word_end(const char *s, size_t len, size_t p, size_t w, bool *to)
{
    if (word_is(s, p, w, "tot")) {
        size_t q = skip_space(s, len, p + w);
        size_t w2 = alpha_run(s, len, q);
        if (w2 && word_is(s, q, w2, "en")) {
            size_t r = skip_space(s, len, q + w2);
            size_t w3 = alpha_run(s, len, r);
            if (w3 && word_is(s, r, w3, "met"))
                return r + w3;
        } else if (w2 && word_is(s, q, w2, "op")) {
            return q + w2;
        }
        return p + w;
    }
    if (word_is(s, p, w, "to")) {
        *to = true;
        return p + w;
    }
    static const char *const words[] = { "tm", "tem", "until", "till", "through", NULL };
    if (word_in(s, p, w, words))
        return p + w;
    return NPOS;
}

/* A word separator at p ("t/m", "tot en met", ...).  Returns its end or NPOS;
 * *to is set when the word was "to" (so "to date" can be an open end). */
static size_t parse_sep_word(const char *s, size_t len, size_t p, bool *to)
{
    *to = false;
    if (p + 2 < len && lower(U(s, p)) == 't' && s[p + 1] == '/' && lower(U(s, p + 2)) == 'm' &&
        (p + 3 == len || !is_alpha(U(s, p + 3))))
        return p + 3;
    /* "t.e.m." (Flemish: tot en met) */
    if (p + 4 < len && lower(U(s, p)) == 't' && s[p + 1] == '.' && lower(U(s, p + 2)) == 'e' && s[p + 3] == '.' &&
        lower(U(s, p + 4)) == 'm' && (p + 5 == len || !is_alpha(U(s, p + 5))))
        return p + 5 < len && s[p + 5] == '.' ? p + 6 : p + 5;

    /* a separator word stands apart: "2012 tot 2018", not "2012tot2018" */
    size_t w = alpha_run(s, len, p);
    if (w == 0 || (p > 0 && is_alnum(U(s, p - 1))))
        return NPOS;
    size_t e = parse_sep_word_end(s, len, p, w, to);
    if (e != NPOS && e < len && is_digit(U(s, e)))
        return NPOS;
    if (e != NPOS && e < len && s[e] == ':')
        e++;            /* a form's label: "Van: 03-2016 Tot: heden" */
    return e;
}

/* The separator after a start date: dashes, a separator word, or dashes then
 * a word ("- tot op heden").  Returns its end or NPOS. */
static size_t parse_sep(const char *s, size_t len, size_t p, bool *to)
{
    size_t q = skip_space(s, len, p), n;
    bool dash = false;
    if (q > p && q + 1 < len && s[q] == '/' && s[q + 1] == ' ') {
        q++;            /* "04-2016 / 03-2020": a slash with spaces around it */
        dash = true;
    }
    while ((n = dash_len(s, len, q)) > 0) {
        q += n;
        dash = true;
    }
    size_t r = parse_sep_word(s, len, dash ? skip_space(s, len, q) : q, to);
    if (r != NPOS)
        return r;
    *to = false;
    return dash ? q : NPOS;
}

/* The end of a range at p: an open-end word (*open set) or a date with a year.
 * Returns its end or NPOS. */
static size_t parse_end(const char *s, size_t len, size_t p, bool after_to, pdate *d, bool *open)
{
    size_t q = skip_space(s, len, p);
    size_t w = alpha_run(s, len, q);
    *open = false;
    if (w && (word_in(s, q, w, open_words) || (after_to && word_is(s, q, w, "date")))) {
        *open = true;
        /* "tot nu toe": the "toe" belongs to the period, not to what follows */
        size_t t = skip_space(s, len, q + w);
        if (word_is(s, q, w, "nu") && t > q + w && alpha_run(s, len, t) == 3 && word_is(s, t, 3, "toe"))
            return t + 3;
        return q + w;
    }
    size_t e = parse_date(s, len, q, d);
    if (e == NPOS || !d->has_year)
        return NPOS;
    return e;
}

/* ---------------------------------------------------------------- ranges */

/* May a date start at p?  Not inside a word or number, not right after
 * "digit -" / "digit /" / "digit ." (the middle of 12-03-1980). */
static bool left_edge_ok(const char *s, size_t p)
{
    if (p == 0)
        return true;
    if (is_alnum(U(s, p - 1)))
        return false;
    if (is_digit(U(s, p)) && p >= 2 && is_datesep(U(s, p - 1)) && is_digit(U(s, p - 2)))
        return false;
    return true;
}

/* May a range end at p?  Not followed by a letter or digit, nor by - / .
 * and a digit. */
static bool right_edge_ok(const char *s, size_t len, size_t p)
{
    if (p >= len)
        return true;
    if (is_alnum(U(s, p)))
        return false;
    if (is_datesep(U(s, p)) && p + 1 < len && is_digit(U(s, p + 1)))
        return false;
    return true;
}

static void fill_start(date_range *r, const pdate *d)
{
    r->start_y = d->y;
    r->start_m = d->m;
    r->start_m_late = d->m_last;
    r->start_month_known = d->month_known;
}

static void fill_open_end(date_range *r, int ref_y, int ref_m)
{
    r->end_y = ref_y;
    r->end_m = ref_m;
    r->end_m_early = ref_m;
    r->end_month_known = true;
    r->end_open = true;
}

/* Tries to parse a whole range starting at p (a token start). */
/* Is s[0..p) blank (spaces, tabs, a bullet)?  s is one line of text. */
static bool line_start(const char *s, size_t p)
{
    for (size_t i = 0; i < p; i++) {
        unsigned char c = U(s, i);
        if (c != ' ' && c != '\t' && c != '-' && c != '*' && c < 0x80)
            return false;
    }
    return true;
}

static bool try_range(const char *s, size_t len, size_t p, int ref_y, int ref_m, date_range *out)
{
    bool open_prefix = false;
    size_t q = p;

    size_t w = alpha_run(s, len, p);
    if (w && word_in(s, p, w, open_prefixes)) {
        open_prefix = true;
        q = skip_space(s, len, p + w);
        if (q == p + w)
            return false;
    } else if (w && word_is(s, p, w, "van")) {
        q = skip_space(s, len, p + w);
        if (q == p + w)
            return false;
    }

    pdate d1, d2;
    size_t e1 = parse_date(s, len, q, &d1);
    if (e1 == NPOS)
        return false;

    date_range r = { 0 };
    r.match_start = p;
    /* "'11 – '16": the range starts at the apostrophe */
    if (q == p && d1.has_year && !d1.month_known && e1 == p + 2 && apostrophe_before(s, len, p) != NPOS)
        r.match_start = apostrophe_before(s, len, p);

    /* "2017/2018", "2015/2019", "2019/heden": two years joined by a slash, or
     * a year and an open end, is a year-only range; only at the start of a
     * line, where a CV puts a period: in running text ("het beleidsplan
     * 2019/2020") it names a plan, not a job.  The second year must follow
     * the first within 40 years, so a phone-like "2017/2345" is no range. */
    if (!open_prefix && line_start(s, p) && d1.has_year && !d1.month_known && e1 == q + 4 && e1 < len && s[e1] == '/') {
        int y2 = digit_run(s, len, e1 + 1) == 4 ? digits_value(s, e1 + 1, 4) : 0;
        size_t ow = alpha_run(s, len, e1 + 1);
        if (y2 > d1.y && y2 <= d1.y + 40 && year_ok(y2) && right_edge_ok(s, len, e1 + 5)) {
            fill_start(&r, &d1);
            r.end_y = y2;
            r.end_m = 12;
            r.end_m_early = 1;
            r.end_month_known = false;
            r.end_open = false;
            r.match_end = e1 + 5;
            *out = r;
            return true;
        }
        if (ow && word_in(s, e1 + 1, ow, open_words) && right_edge_ok(s, len, e1 + 1 + ow)) {
            fill_start(&r, &d1);
            fill_open_end(&r, ref_y, ref_m);
            r.match_end = e1 + 1 + ow;
            *out = r;
            return true;
        }
    }

    bool to = false, open = false;
    size_t e = parse_sep(s, len, e1, &to);
    if (e != NPOS)
        e = parse_end(s, len, e, to, &d2, &open);
    if (e != NPOS && right_edge_ok(s, len, e)) {
        if (open) {
            if (!d1.has_year)
                return false;
            fill_start(&r, &d1);
            fill_open_end(&r, ref_y, ref_m);
        } else {
            if (!d1.has_year) {
                /* "maart - juni 2019": the start takes the end's year, but
                 * only when that is unambiguous */
                if (!d2.month_known || d1.m > d2.m)
                    return false;
                d1.y = d2.y;
                d1.has_year = true;
            }
            fill_start(&r, &d1);
            r.end_y = d2.y;
            r.end_m = d2.m_last;
            r.end_m_early = d2.m;
            r.end_month_known = d2.month_known;
            r.end_open = false;
        }
        r.match_end = e;
        *out = r;
        return true;
    }

    /* "sinds 2021", "vanaf mei 2020": open from the date on */
    if (open_prefix && d1.has_year && right_edge_ok(s, len, e1)) {
        fill_start(&r, &d1);
        fill_open_end(&r, ref_y, ref_m);
        r.match_end = e1;
        *out = r;
        return true;
    }
    return false;
}

int date_range_find(const char *s, size_t len, size_t from, int ref_y, int ref_m, date_range *out)
{
    if (s == NULL || out == NULL)
        return 0;
    /* every date form here has a year, so a text without a digit holds no
     * range; most lines of a CV have none, and trying each word is costly */
    bool digit = false;
    for (size_t p = from; p < len && !digit; p++)
        digit = s[p] >= '0' && s[p] <= '9';
    if (!digit)
        return 0;
    for (size_t p = from; p < len; p++) {
        if (!is_alnum(U(s, p)) || !left_edge_ok(s, p))
            continue;
        if (try_range(s, len, p, ref_y, ref_m, out))
            return 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- months */

static int clamp_int(long long v)
{
    if (v > INT_MAX)
        return INT_MAX;
    if (v < 0)
        return 0;
    return (int)v;
}

int date_range_months(const date_range *r)
{
    if (r == NULL)
        return 0;
    long long a = (long long)r->start_y * 12 + (r->start_m - 1);
    long long b = (long long)r->end_y * 12 + (r->end_m - 1);
    if (b < a)
        return 0;
    return clamp_int(b - a + 1);
}

month_span date_range_span(const date_range *r)
{
    month_span sp = { date_month_index(r->start_y, r->start_m),
                      date_month_index(r->end_y, r->end_m) };
    return sp;
}

static int span_cmp(const void *a, const void *b)
{
    const month_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return 0;
}

int months_merged(month_span *spans, size_t n)
{
    if (spans == NULL || n == 0)
        return 0;
    qsort(spans, n, sizeof *spans, span_cmp);

    long long total = 0;
    bool have = false;
    long long cur_start = 0, cur_end = 0;
    for (size_t i = 0; i < n; i++) {
        if (spans[i].end < spans[i].start)
            continue;
        if (have && spans[i].start <= cur_end) {
            if (spans[i].end > cur_end)
                cur_end = spans[i].end;
            continue;
        }
        if (have)
            total += cur_end - cur_start + 1;
        cur_start = spans[i].start;
        cur_end = spans[i].end;
        have = true;
    }
    if (have)
        total += cur_end - cur_start + 1;
    return clamp_int(total);
}
