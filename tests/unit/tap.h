/*
 * tap.h — a minimal Test Anything Protocol producer for zeef's C unit tests.
 *
 * Each test binary prints "ok N - name" / "not ok N - name" lines and a plan
 * at the end ("1..N"), so prove(1) can run it beside the shell tests.
 *
 *     ok(cond, "name %d", x);
 *     is_int(got, want, "name");
 *     is_str(got, want, "name");
 *     return tap_done();
 */
#ifndef ZEEF_TAP_H
#define ZEEF_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static inline int tap_ok(int cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline int tap_ok(int cond, const char *fmt, ...)
{
    va_list ap;
    printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    if (!cond)
        tap_failed++;
    fflush(stdout);
    return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __VA_ARGS__)

#define is_int(got, want, name) do { \
        long g_ = (long)(got), w_ = (long)(want); \
        if (!tap_ok(g_ == w_, "%s", name)) \
            printf("#   got %ld, want %ld\n", g_, w_); \
    } while (0)

#define is_str(got, want, name) do { \
        const char *g_ = (got), *w_ = (want); \
        int same_ = (g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0); \
        if (!tap_ok(same_, "%s", name)) \
            printf("#   got \"%s\", want \"%s\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    } while (0)

static inline int tap_done(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}

#endif
