/*
 * fuzz_dates.c — libFuzzer harness: bytes as one line of CV text ->
 * date_range_find() from the start of the line to its end (from = match_end),
 * then months_merged() on every range found (lib/dates.c).
 *
 * Checks what dates.h promises: matches lie inside the line and after `from`,
 * the search makes progress, months are 1..12, and months_merged() equals the
 * number of distinct months the spans cover (counted here by brute force).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "fuzz_common.h"

#define MAX_RANGES 4096

static void one_pass(const char *s, size_t len, int ref_y, int ref_m)
{
    static month_span spans[MAX_RANGES];
    size_t n = 0;
    long long sum = 0;
    int longest = 0;
    size_t from = 0;
    date_range r;
    while (n < MAX_RANGES && date_range_find(s, len, from, ref_y, ref_m, &r)) {
        FUZZ_CHECK(r.match_start >= from);
        FUZZ_CHECK(r.match_end > r.match_start);
        FUZZ_CHECK(r.match_end <= len);
        FUZZ_CHECK(r.start_m >= 1 && r.start_m <= 12);
        FUZZ_CHECK(r.end_m >= 1 && r.end_m <= 12);
        FUZZ_CHECK(r.start_y >= DATE_YEAR_MIN && r.start_y <= DATE_YEAR_MAX);
        if (r.end_open) {
            FUZZ_CHECK(r.end_y == ref_y && r.end_m == ref_m);
        } else {
            FUZZ_CHECK(r.end_y >= DATE_YEAR_MIN && r.end_y <= DATE_YEAR_MAX);
        }
        int m = date_range_months(&r);
        FUZZ_CHECK(m >= 0);
        sum += m;
        if (m > longest)
            longest = m;
        spans[n++] = date_range_span(&r);
        from = r.match_end;
    }

    /* Brute force: the distinct months covered, on a bitmap of month indexes. */
    int lo = date_month_index(DATE_YEAR_MIN, 1);
    int hi = date_month_index(DATE_YEAR_MAX > ref_y ? DATE_YEAR_MAX : ref_y, 12);
    static unsigned char seen[(DATE_YEAR_MAX - DATE_YEAR_MIN + 2) * 12 + 64];
    FUZZ_CHECK((size_t)(hi - lo + 1) <= sizeof seen);
    memset(seen, 0, sizeof seen);
    long long distinct = 0;
    for (size_t i = 0; i < n; i++) {
        if (spans[i].end < spans[i].start)
            continue;
        FUZZ_CHECK(spans[i].start >= lo && spans[i].end <= hi);
        for (int k = spans[i].start; k <= spans[i].end; k++)
            if (!seen[k - lo]) {
                seen[k - lo] = 1;
                distinct++;
            }
    }
    int merged = months_merged(spans, n);
    FUZZ_CHECK(merged == distinct);
    FUZZ_CHECK(merged <= sum);
    FUZZ_CHECK(merged >= longest);
    for (size_t i = 1; i < n; i++)   /* sorted in place by start, then end */
        FUZZ_CHECK(spans[i - 1].start < spans[i].start ||
                   (spans[i - 1].start == spans[i].start && spans[i - 1].end <= spans[i].end));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy that is not NUL-terminated: dates.h says only
     * s[0..len) is read. */
    char *s = malloc(size ? size : 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    one_pass(s, size, 2025, 3);
    one_pass(s, size, DATE_YEAR_MIN, 1);
    one_pass(s, size, DATE_YEAR_MAX, 12);
    free(s);
    return 0;
}
