/*
 * test_dates.c — unit tests for lib/dates.c: the date-range parser
 * (date_range_find), month counting (date_range_months), month names
 * (date_parse_month_name) and the overlap-aware month total (months_merged).
 *
 * Every expected value below was worked out by hand, with the reference date
 * 2025-11 (November 2025) for open ends.  The month counts are inclusive:
 *
 *   months = (end_y*12 + end_m) - (start_y*12 + start_m) + 1
 *
 * e.g. 2015-01 .. 2025-11 = 10*12 + 10 + 1 = 131.
 *
 * Positive cases check start, end, the three flags and the month count;
 * negative cases (phone numbers, postal codes, birth dates, times, amounts,
 * lone dates ...) check that nothing is found.  Inputs are copied into an
 * exactly-sized heap buffer without a terminating NUL, so under
 * -fsanitize=address any read past len is caught.
 *
 * Build and run on its own:
 *   cc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Ilib \
 *      -o /tmp/test_dates tests/unit/test_dates.c lib/dates.c && /tmp/test_dates
 */
#include "dates.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

#define REF_Y 2025
#define REF_M 11

/* flag bits for the expectations table */
#define SMK  1   /* start_month_known */
#define EMK  2   /* end_month_known */
#define OPEN 4   /* end_open */

/* Runs date_range_find on an unterminated heap copy of text. */
static int find_in(const char *text, size_t from, date_range *r)
{
    size_t n = strlen(text);
    char *buf = malloc(n ? n : 1);
    if (!buf)
        abort();
    memcpy(buf, text, n);
    int got = date_range_find(buf, n, from, REF_Y, REF_M, r);
    free(buf);
    return got;
}

static int flags_of(const date_range *r)
{
    return (r->start_month_known ? SMK : 0) | (r->end_month_known ? EMK : 0) |
           (r->end_open ? OPEN : 0);
}

/* One positive case: start and end as yyyymm, flags, months. */
static void check(const char *text, int start, int end, int flags, int months)
{
    date_range r;
    memset(&r, 0xAB, sizeof r);
    if (!ok(find_in(text, 0, &r), "found: \"%s\"", text)) {
        /* keep the plan the same length as when it passes */
        for (int i = 0; i < 4; i++)
            ok(0, "  (skipped: nothing found in \"%s\")", text);
        return;
    }
    char name[256];
    snprintf(name, sizeof name, "  start of \"%s\"", text);
    is_int(r.start_y * 100 + r.start_m, start, name);
    snprintf(name, sizeof name, "  end of \"%s\"", text);
    is_int(r.end_y * 100 + r.end_m, end, name);
    snprintf(name, sizeof name, "  flags of \"%s\"", text);
    is_int(flags_of(&r), flags, name);
    snprintf(name, sizeof name, "  months of \"%s\"", text);
    is_int(date_range_months(&r), months, name);
}

static void check_none(const char *text)
{
    date_range r;
    int got = find_in(text, 0, &r);
    if (!ok(!got, "no range in \"%s\"", text))
        printf("#   got %04d-%02d .. %04d-%02d at [%zu, %zu)\n", r.start_y, r.start_m,
               r.end_y, r.end_m, r.match_start, r.match_end);
}

static void test_styles(void)
{
    /* the styles from the brief */
    check("2015 \xE2\x80\x93 heden",                   201501, 202511, EMK | OPEN, 131);
    check("2015 - heden",                              201501, 202511, EMK | OPEN, 131);
    check("jan. 2012 \xE2\x80\x93 dec. 2018",          201201, 201812, SMK | EMK, 84);
    check("01-2012 t/m 12-2018",                       201201, 201812, SMK | EMK, 84);
    check("maart 2016 - juni 2019",                    201603, 201906, SMK | EMK, 40);
    check("2016 - 2019",                               201601, 201912, 0, 48);
    check("sinds 2021",                                202101, 202511, EMK | OPEN, 59);
    check("sedert januari 2021",                       202101, 202511, SMK | EMK | OPEN, 59);   /* holdout40 */
    check("vanaf mei 2020",                            202005, 202511, SMK | EMK | OPEN, 67);
    check("2019 - nu",                                 201901, 202511, EMK | OPEN, 83);
    check("september 2010 tot en met augustus 2014",   201009, 201408, SMK | EMK, 48);
    check("09/2010 \xE2\x80\x93 08/2014",              201009, 201408, SMK | EMK, 48);
    check("Jan 2012 \xE2\x80\x93 Present",             201201, 202511, SMK | EMK | OPEN, 167);
    check("2012-2018",                                 201201, 201812, 0, 84);
    check("mrt 2016 \xE2\x80\x93 heden",               201603, 202511, SMK | EMK | OPEN, 117);
    check("sept. 2010 - aug. 2014",                    201009, 201408, SMK | EMK, 48);
    check("okt 2019 tot heden",                        201910, 202511, SMK | EMK | OPEN, 74);
    check("2018 tot 2020",                             201801, 202012, 0, 36);
    check("01/2015 - heden",                           201501, 202511, SMK | EMK | OPEN, 131);
    check("1-2012 t/m 3-2014",                         201201, 201403, SMK | EMK, 27);
    check("feb 2020 - current",                        202002, 202511, SMK | EMK | OPEN, 70);
    check("2010 \xE2\x80\x93 2014: Bachelor Bedrijfskunde", 201001, 201412, 0, 60);
    check("april 2021 - tot op heden",                 202104, 202511, SMK | EMK | OPEN, 56);
    check("Van: 03-2016 Tot: heden",                   201603, 202511, SMK | EMK | OPEN, 117);
    check("09-2008 tot: 02-2016",                      200809, 201602, SMK | EMK, 90);
    check("From March 2016 to June 2019",              201603, 201906, SMK | EMK, 40);
    check("juni 2019 - nu",                            201906, 202511, SMK | EMK | OPEN, 78);
    check("01-03-2015 - 31-12-2019",                   201503, 201912, SMK | EMK, 58);
    check("2017/2018",                                 201701, 201812, 0, 24);   /* at the start of a line */
    check("\xE2\x80\xA2 2017/2018 Coordinator",           201701, 201812, 0, 24);   /* after a bullet */
    check("2015/2019",                                 201501, 201912, 0, 60);   /* tests/holdout29 */
    check("1998/2004",                                 199801, 200412, 0, 84);
    check("2019/heden",                                201901, 202511, EMK | OPEN, 83);
    check("[ 01/06/2020 \xE2\x80\x93 Huidig ]",               202006, 202511, SMK | EMK | OPEN, 66);
    check("2021 - ongoing",                            202101, 202511, EMK | OPEN, 59);
    /* parts of a year: the widest reading (tests/holdout29) */
    check("voorjaar 2016 - najaar 2021",               201603, 202111, 0, 69);
    check("Q2 2017 - Q4 2022",                         201704, 202212, 0, 69);
    check("van maart 2014 tot eind 2020",              201403, 202012, SMK, 82);
    /* two-digit years after an apostrophe */
    check("mrt '16 - heden",                           201603, 202511, SMK | EMK | OPEN, 117);
    check("'11 - '16",                                 201101, 201612, 0, 72);
    check("jan \xE2\x80\x99" "11 \xE2\x80\x93 dec \xE2\x80\x99" "15",    201101, 201512, SMK | EMK, 60);

    /* more spellings */
    check("2015 \xE2\x80\x94 2018",                    201501, 201812, 0, 48);   /* em dash */
    check("2015 \xE2\x88\x92 2018",                    201501, 201812, 0, 48);   /* minus sign */
    check("2015\xC2\xA0-\xC2\xA0" "2018",              201501, 201812, 0, 48);   /* NBSP */
    check("2012 -- 2014",                              201201, 201412, 0, 36);
    check("JAN 2012 T/M DEC 2012",                     201201, 201212, SMK | EMK, 12);
    check("2012 tm 2013",                              201201, 201312, 0, 24);
    check("2012 until 2014",                           201201, 201412, 0, 36);
    check("2012 till 2014",                            201201, 201412, 0, 36);
    check("jan-2012 - dec-2012",                       201201, 201212, SMK | EMK, 12);
    check("since 2019",                                201901, 202511, EMK | OPEN, 83);
    check("from 2019",                                 201901, 202511, EMK | OPEN, 83);
    check("sinds 1 maart 2024",                        202403, 202511, SMK | EMK | OPEN, 21);
    check("vanaf 2015 tot 2018",                       201501, 201812, 0, 48);
    check("van 2012 tot 2018",                         201201, 201812, 0, 84);
    check("2015 to date",                              201501, 202511, EMK | OPEN, 131);
    check("2015 - mei 2018",                           201501, 201805, EMK, 41);
    check("mei 2015 - 2018",                           201505, 201812, SMK, 44);
    check("15 januari 2012 - 31 december 2014",        201201, 201412, SMK | EMK, 36);
    check("1.3.2015 - 31.12.2019",                     201503, 201912, SMK | EMK, 58);
    check("2015-03-01 - 2019-12-31",                   201503, 201912, SMK | EMK, 58);
    check("2009-09 – 2015-05",                         200909, 201505, SMK | EMK, 69);   /* holdout40 */
    check("2004-08 - heden",                           200408, 202511, SMK | EMK | OPEN, 256);
    check("2009-2015",                                 200901, 201512, 0, 84);
    check("01/2020 → nu",                              202001, 202511, SMK | EMK | OPEN, 71);   /* holdout44 */
    check("03/2014 -> 12/2019",                        201403, 201912, SMK | EMK, 70);
    check("jun. 2022 t.e.m. heden",                    202206, 202511, SMK | EMK | OPEN, 42);   /* holdout44 */
    check("jan. 2016 t.e.m. mei 2022",                 201601, 202205, SMK | EMK, 77);
    check("2016 tem 2019",                             201601, 201912, 0, 48);
    check("2010 - 2014-06",                            201001, 201406, EMK, 54);
    check("maart - juni 2019",                         201903, 201906, SMK | EMK, 4);
    check("may - june 2019",                           201905, 201906, SMK | EMK, 2);
    check("2012t/m2014",                               201201, 201412, 0, 36);
    check("jan.tot dec. 2012",                         201201, 201212, SMK | EMK, 12);
    check("2019 - nu toe",                             201901, 202511, EMK | OPEN, 83);

    /* end before start: returned, 0 months */
    check("2020 - 2018",                               202001, 201812, 0, 0);
    check("sinds 2026",                                202601, 202511, EMK | OPEN, 0);
    check("dec 2018 - jan 2018",                       201812, 201801, SMK | EMK, 0);
}

static void test_negatives(void)
{
    static const char *const none[] = {
        "06-12345678",
        "tel: 038-4251234",
        "8011 AB Zwolle",
        "kvk 12345678",
        "1949 - 1955",
        "2101 - 2105",
        "1900-2000",
        "1234-5678",
        "09:00 - 17:00",
        "24 uur",
        "\xE2\x82\xAC 87,50",
        "2 referenties",
        "pagina 1-2",
        "12-03-1980",
        "geboren 12-03-1980 te Zwolle",
        "geboortedatum: 12-03-1980 - Zwolle",
        "2019",
        "mei 2020",
        "van 2019",
        "2015 -",
        "2015 - ",
        "mei - heden",
        "sinds mei",
        "sinds",
        "13-2012 - 14-2014",
        "00-2012 - 12-2014",
        "32-01-2015 - 01-02-2016",
        "juni - maart 2019",     /* start month after end month: year ambiguous */
        "maart - 2019",          /* start year would be a guess */
        "het jaarplan 2012/2013", /* a slash year in running text names a plan, not a job */
        "2004/1998",             /* the second year before the first */
        "2017/2345",             /* no year: a number */
        "in 1998/2004",          /* not at a line's start */
        "2012/2011",
        "2012/20134",
        "2010-11",
        "2010 - 2014-061",       /* the end runs on into a number */
        "2010 - 2014abc",
        "x2012-2018",
        "",
        "heden",
        "tot en met",
        "t/m 2018",
        "1980tot1990",           /* separator words stand apart */
        "2012to2018",
        "2012 tot2018",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        check_none(none[i]);
}

static void test_offsets(void)
{
    date_range r;
    const char *line = "Werkervaring: jan. 2012 \xE2\x80\x93 dec. 2018 bij X";
    ok(find_in(line, 0, &r), "offsets: found");
    is_int(r.match_start, 14, "offsets: match_start at \"jan\"");
    is_int(r.match_end, 37, "offsets: match_end after \"2018\"");

    /* a prefix belongs to the match */
    const char *eng = "From March 2016 to June 2019";
    ok(find_in(eng, 0, &r), "offsets: English found");
    is_int(r.match_start, 0, "offsets: \"From\" included");
    is_int(r.match_end, 28, "offsets: to end of line");

    /* a ':' after the range is not part of it */
    ok(find_in("2010 - 2014: studie", 0, &r), "offsets: colon case found");
    is_int(r.match_end, 11, "offsets: match_end before ':'");

    /* two ranges on one line: the second is found from the first's end */
    const char *two = "2010 - 2012, 2014 - 2016";
    ok(find_in(two, 0, &r), "two ranges: first found");
    is_int(r.match_start, 0, "two ranges: first start");
    is_int(r.match_end, 11, "two ranges: first end");
    size_t next = r.match_end;
    ok(find_in(two, next, &r), "two ranges: second found");
    is_int(r.match_start, 13, "two ranges: second start");
    is_int(r.match_end, 24, "two ranges: second end");
    is_int(r.start_y, 2014, "two ranges: second start year");
    ok(!find_in(two, r.match_end, &r), "two ranges: no third");

    /* "tot nu toe" ends with "toe", which is no part of the employer after it */
    const char *nutoe = "maart 2017 \xE2\x80\x93 tot nu toe Gemeente Oldebroek";
    ok(find_in(nutoe, 0, &r), "offsets: \"tot nu toe\" found");
    ok(r.end_open, "offsets: \"tot nu toe\" is open");
    is_int(r.match_end, 25, "offsets: match_end after \"toe\"");

    /* from in the middle of a number does not find its tail */
    ok(!find_in("2012-2018", 1, &r), "from inside a number finds nothing");
    ok(!find_in("2012-2018", 100, &r), "from past len finds nothing");

    /* a phone number before a range is skipped, the range found */
    ok(find_in("tel 06-12345678, 2016 - 2019", 0, &r), "range after a phone number");
    is_int(r.match_start, 17, "  its start offset");

    /* len is respected: "2012-2018" cut to "2012-20" is no range */
    ok(!date_range_find("2012-2018", 7, 0, REF_Y, REF_M, &r), "len cuts the end year");
    ok(date_range_find("2012-20189", 9, 0, REF_Y, REF_M, &r), "len hides a trailing digit");

    /* *out is left alone when nothing is found */
    memset(&r, 0, sizeof r);
    r.start_y = 4242;
    date_range_find("geen datum", 10, 0, REF_Y, REF_M, &r);
    is_int(r.start_y, 4242, "out untouched on no match");
}

static void test_month_names(void)
{
    static const struct { const char *s; int m; } names[] = {
        {"januari", 1}, {"jan", 1}, {"January", 1}, {"jan.", 1},
        {"februari", 2}, {"feb", 2}, {"febr.", 2},
        {"maart", 3}, {"mrt", 3}, {"mar", 3}, {"march", 3},
        {"april", 4}, {"apr", 4},
        {"mei", 5}, {"may", 5},
        {"juni", 6}, {"jun", 6}, {"june", 6},
        {"juli", 7}, {"jul", 7}, {"july", 7},
        {"augustus", 8}, {"aug", 8}, {"august", 8},
        {"september", 9}, {"sep", 9}, {"sept", 9}, {"SEPT.", 9},
        {"oktober", 10}, {"okt", 10}, {"oct", 10}, {"october", 10},
        {"november", 11}, {"nov", 11},
        {"december", 12}, {"dec", 12},
        {"", 0}, {".", 0}, {"ja", 0}, {"janu", 0}, {"maarten", 0}, {"nu", 0},
        {"decembers", 0}, {"jan..", 0},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char name[64];
        snprintf(name, sizeof name, "month name \"%s\"", names[i].s);
        is_int(date_parse_month_name(names[i].s, strlen(names[i].s)), names[i].m, name);
    }
}

static void test_range_months(void)
{
    date_range r = { .start_y = 2012, .start_m = 1, .end_y = 2012, .end_m = 12 };
    is_int(date_range_months(&r), 12, "jan 2012 - dec 2012 = 12");
    r = (date_range){ .start_y = 2012, .start_m = 5, .end_y = 2012, .end_m = 5 };
    is_int(date_range_months(&r), 1, "one month = 1");
    r = (date_range){ .start_y = 2012, .start_m = 6, .end_y = 2012, .end_m = 5 };
    is_int(date_range_months(&r), 0, "end one month before start = 0");

    r = (date_range){ .start_y = 2014, .start_m = 3, .end_y = 2015, .end_m = 2 };
    month_span sp = date_range_span(&r);
    is_int(sp.start, 2014 * 12 + 2, "span start index");
    is_int(sp.end, 2015 * 12 + 1, "span end index");
}

#define MI(y, m) ((y) * 12 + ((m) - 1))

static void test_merge(void)
{
    is_int(months_merged(NULL, 0), 0, "merge: empty (NULL)");
    month_span none[1] = { { MI(2012, 1), MI(2012, 12) } };
    is_int(months_merged(none, 0), 0, "merge: empty (n = 0)");

    month_span one[] = { { MI(2012, 5), MI(2012, 5) } };
    is_int(months_merged(one, 1), 1, "merge: single one-month span");

    month_span overlap[] = { { MI(2012, 1), MI(2015, 12) }, { MI(2014, 1), MI(2016, 12) } };
    is_int(months_merged(overlap, 2), 60, "merge: overlap 2012-01..2015-12 + 2014-01..2016-12 = 60");

    month_span contain[] = { { MI(2010, 1), MI(2019, 12) }, { MI(2012, 1), MI(2012, 12) } };
    is_int(months_merged(contain, 2), 120, "merge: containment = 120");

    month_span adjacent[] = { { MI(2012, 1), MI(2012, 12) }, { MI(2013, 1), MI(2013, 12) } };
    is_int(months_merged(adjacent, 2), 24, "merge: adjacent years = 24");

    month_span disjoint[] = { { MI(2010, 1), MI(2010, 6) }, { MI(2012, 1), MI(2012, 3) } };
    is_int(months_merged(disjoint, 2), 9, "merge: disjoint 6 + 3 = 9");

    month_span same[] = { { MI(2012, 1), MI(2012, 12) }, { MI(2012, 1), MI(2012, 12) } };
    is_int(months_merged(same, 2), 12, "merge: duplicate counted once");

    /* unsorted: 2016 (12), 2010 (12), 2015-07..2016-03 (overlaps 2016):
     * 2010 = 12, 2015-07..2016-12 = 18, total 30 */
    month_span unsorted[] = {
        { MI(2016, 1), MI(2016, 12) },
        { MI(2010, 1), MI(2010, 12) },
        { MI(2015, 7), MI(2016, 3) },
    };
    is_int(months_merged(unsorted, 3), 30, "merge: unsorted input = 30");
    ok(unsorted[0].start == MI(2010, 1) && unsorted[1].start == MI(2015, 7) &&
       unsorted[2].start == MI(2016, 1), "merge: spans sorted in place");

    /* chain: each overlaps the next, the first and last do not overlap */
    month_span chain[] = { { 100, 110 }, { 105, 120 }, { 115, 130 } };
    is_int(months_merged(chain, 3), 31, "merge: chain 100..130 = 31");

    /* a later span starting inside an earlier long one but ending after */
    month_span nested[] = { { 0, 100 }, { 10, 20 }, { 50, 150 }, { 200, 209 } };
    is_int(months_merged(nested, 4), 161, "merge: 0..150 + 200..209 = 151 + 10");

    month_span invalid[] = { { MI(2012, 5), MI(2012, 1) }, { MI(2012, 1), MI(2012, 12) } };
    is_int(months_merged(invalid, 2), 12, "merge: end < start ignored");
    month_span only_invalid[] = { { 10, 5 }, { 3, 2 } };
    is_int(months_merged(only_invalid, 2), 0, "merge: only invalid spans = 0");

    /* an invalid span sorted between valid ones does not break a run */
    month_span mid_invalid[] = { { 0, 10 }, { 5, 1 }, { 8, 20 } };
    is_int(months_merged(mid_invalid, 3), 21, "merge: invalid span inside a run ignored");
}

/* Hostile input: long runs must not crash or take quadratic time. */
static void test_hostile(void)
{
    size_t n = 1 << 20;
    char *buf = malloc(n);
    if (!buf)
        abort();
    date_range r;

    memset(buf, '9', n);
    ok(!date_range_find(buf, n, 0, REF_Y, REF_M, &r), "hostile: 1 MiB of digits");
    memset(buf, ' ', n);
    memcpy(buf, "2015", 4);
    memcpy(buf + n - 4, "2018", 4);
    buf[n / 2] = '-';
    ok(date_range_find(buf, n, 0, REF_Y, REF_M, &r) && r.match_end == n,
       "hostile: range across 1 MiB of spaces");
    for (size_t i = 0; i < n; i++)
        buf[i] = "1-2 "[i % 4];
    ok(!date_range_find(buf, n, 0, REF_Y, REF_M, &r), "hostile: 1-2 1-2 1-2 ...");
    for (size_t i = 0; i < n; i++)
        buf[i] = "mei - "[i % 6];
    ok(!date_range_find(buf, n, 0, REF_Y, REF_M, &r), "hostile: mei - mei - ...");
    free(buf);
}

int main(void)
{
    test_styles();
    test_negatives();
    test_offsets();
    test_month_names();
    test_range_months();
    test_merge();
    test_hostile();
    return tap_done();
}
