/*
 * dates.h — find date ranges ("jan. 2012 – dec. 2018", "2015 - heden",
 * "sinds 2021") in one line of CV text, and add up months of experience.
 *
 * zeef estimates years of work experience from the periods a CV lists.  This
 * module does the two mechanical parts of that:
 *
 *   1. date_range_find() scans one line of (normalised) CV text and returns
 *      the first period in it, as start year/month, end year/month, a few
 *      flags that say how much of that was actually written down, and the byte
 *      offsets of the text it matched.  Call it again with from = match_end to
 *      get the next one.
 *
 *   2. months_merged() adds up the months covered by a set of periods, counting
 *      overlapping months once (two part-time jobs at the same time are not two
 *      years of experience).
 *
 * The parser is a small hand-written tokenizer, not a regular expression: the
 * hard part is not recognising "2016 - 2019" but *not* recognising phone
 * numbers (06-12345678), dates of birth (12-03-1980), postal codes (8011 AB),
 * times (09:00 - 17:00) and prices, and that is easier to get right (and to
 * read) as code.  It allocates nothing, reads only s[0..len) (s need not be
 * NUL-terminated), and its running time is linear in the length of the line.
 *
 * What is recognised (case-insensitive; the pipeline lowercases anyway):
 *
 *   a date     "2016"                      year only (1950..2100)
 *              "mei 2020", "jan. 2012", "sept 2010", "march 2016",
 *              "jan-2012", "jan, 2012"     month name + year
 *              "15 maart 2016"             day + month name + year
 *              "01-2012", "1-2012", "09/2010", "3.2014"    month-year
 *              "01-03-2015", "1/3/2015"    day-month-year (only the month is kept)
 *              "2015-03-01"                ISO year-month-day
 *   a separator "-", en/em dash and the other Unicode dashes, "t/m", "tm",
 *              "tot en met", "tot", "tot op", "to", "until", "till",
 *              "through", or a dash followed by one of the words
 *              ("- tot op heden")
 *   an open end "heden", "nu", "present", "current", "now", "today", "thans"
 *              (and "date" after "to": "2015 to date")
 *
 *   a range    [prefix] date separator (date | open end)
 *              sinds|vanaf|since|from date            open range
 *              where prefix is sinds, vanaf, since, from or van.
 *
 * A start written without a year takes the end's year when the end has a
 * month: "maart - juni 2019" is 2019-03..2019-06.  Nothing else is guessed: a
 * lone "2019" or "mei 2020" is not a range, "2015 -" is not a range, and
 * "2012/2013" (a school year) and "2010-11" are not ranges either.
 *
 * Month names: Dutch and English, in full and abbreviated, with or without a
 * full stop (see date_parse_month_name()).
 */
#ifndef ZEEF_DATES_H
#define ZEEF_DATES_H

#include <stdbool.h>
#include <stddef.h>

/* Years outside this interval are not dates (they are house numbers, amounts,
 * parts of phone numbers ...). */
#define DATE_YEAR_MIN 1950
#define DATE_YEAR_MAX 2100

typedef struct {
    int start_y, start_m;      /* month 1..12 */
    int end_y, end_m;          /* for an open end: the reference date */
    bool start_month_known;    /* false for "2016 - 2019": start month taken as 1 */
    bool end_month_known;      /* false for "2016 - 2019": end month taken as 12;
                                  true for an open end (the reference month) */
    bool end_open;             /* "heden", "nu", "present", "tot op heden", "sinds", "vanaf", "current" */
    int start_m_late;          /* the narrowest reading: the latest month the start may mean
                                  ("2016": 12, "voorjaar 2016": 5, "Q2 2017": 6; else start_m) */
    int end_m_early;           /* ... and the earliest the end may mean ("2019": 1, "Q4 2022": 10) */
    size_t match_start, match_end;  /* byte offsets of the whole range in the input
                                       (a leading "sinds"/"vanaf"/"from"/"van" is included) */
} date_range;

/* Finds the first date range in s[from..len) (UTF-8, one line of CV text).
 * Returns 1 and fills *out, or 0 when there is none (and leaves *out alone).
 * ref_y/ref_m is the reference date used for open ends; ref_m must be 1..12.
 * Bytes before `from` are looked at only to decide whether `from` is the start
 * of a word or number (so from = 1 in "2012-2018" finds nothing).
 * A range whose end is before its start is still returned (months 0). */
int date_range_find(const char *s, size_t len, size_t from, int ref_y, int ref_m, date_range *out);

/* Inclusive months of a range: jan 2012 - dec 2012 = 12. 0 if end < start. */
int date_range_months(const date_range *r);

/* 1..12 when s[0..len) is a Dutch or English month name or abbreviation
 * ("maart", "mrt", "mar", "march", "sept", "okt", "oct" ...), optionally with
 * a trailing full stop ("jan."); case-insensitive.  0 otherwise. */
int date_parse_month_name(const char *s, size_t len);

/* A month index for merging: y*12 + (m-1). */
typedef struct { int start, end; } month_span;   /* inclusive month indexes */

static inline int date_month_index(int y, int m) { return y * 12 + (m - 1); }

/* The month_span of a range (start and end month indexes). */
month_span date_range_span(const date_range *r);

/* Total months covered by the spans, overlaps counted once. Sorts spans in place
 * (by start, then end).  Spans with end < start are ignored.  0 for n == 0. */
int months_merged(month_span *spans, size_t n);

#endif
