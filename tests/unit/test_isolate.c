/*
 * test_isolate.c — how isolate_run() (extractors/isolate.c) classifies the
 * ends of a child: a result, a hang, a crash, running out of memory, too
 * much output.  The work functions below misbehave on purpose.
 *
 * The memory case is the regression test for poppler's text bombs: poppler
 * and glib abort() when an allocation fails (std::bad_alloc, g_error), so
 * the child dies by SIGABRT, which alone reads as a crash ("corrupt"); a
 * child that dies with its resident set near the limit ran out of memory
 * ("too_large").
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "isolate.h"
#include "tap.h"
#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
/* ASan reports an impossible allocation instead of returning NULL; let it
 * return NULL, as plain malloc does, so xmalloc's own handling is tested. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}
#endif

static void say_hello(int fd, void *arg)
{
    (void)arg;
    if (write(fd, "hello", 5) != 5)
        _exit(1);
}

static void hang(int fd, void *arg)
{
    (void)fd;
    (void)arg;
    for (;;)
        pause();
}

static void crash(int fd, void *arg)
{
    (void)fd;
    (void)arg;
    abort();
}

static void fail_exit(int fd, void *arg)
{
    (void)fd;
    (void)arg;
    _exit(3);
}

/* Touches memory 1 MB at a time until malloc fails (RLIMIT_AS) or, where no
 * limit applies (ASan), 240 MB are resident; then aborts, as poppler does. */
static void eat_memory_then_abort(int fd, void *arg)
{
    (void)fd;
    (void)arg;
    for (int i = 0; i < 240; i++) {
        volatile char *p = malloc(1 << 20);
        if (!p)
            break;
        for (size_t k = 0; k < (1 << 20); k += 4096)
            p[k] = 1;
    }
    abort();
}

static void xmalloc_too_much(int fd, void *arg)
{
    (void)fd;
    (void)arg;
    char *p = xmalloc((size_t)1 << 40);   /* exits ZEEF_EXIT_OOM */
    p[0] = 0;
}

static void chatter(int fd, void *arg)
{
    (void)arg;
    char buf[4096];
    memset(buf, 'x', sizeof buf);
    for (int i = 0; i < 1000; i++)
        if (write(fd, buf, sizeof buf) < 0)
            _exit(1);
}

static isolate_status run(isolate_limits lim, void (*fn)(int, void *), char **out, char **detail)
{
    size_t len;
    return isolate_run(&lim, fn, NULL, out, &len, detail);
}

int main(void)
{
    isolate_limits lim = {5, 256, 1 << 20};
    char *out, *detail;

    is_int(run(lim, say_hello, &out, &detail), ISOLATE_OK, "a result: ISOLATE_OK");
    is_str(out, "hello", "the child's output");
    free(out);
    free(detail);

    isolate_limits quick = {1, 256, 1 << 20};
    time_t t0 = time(NULL);
    is_int(run(quick, hang, &out, &detail), ISOLATE_TIMEOUT, "a hang: ISOLATE_TIMEOUT");
    ok(time(NULL) - t0 <= 3, "killed at the 1 s deadline (%ld s)", (long)(time(NULL) - t0));
    free(detail);

    is_int(run(lim, crash, &out, &detail), ISOLATE_CRASH, "abort() with little memory: ISOLATE_CRASH");
    ok(detail && strstr(detail, "signal 6"), "the crash names its signal (%s)", detail ? detail : "");
    free(detail);

    is_int(run(lim, fail_exit, &out, &detail), ISOLATE_CRASH, "exit status 3: ISOLATE_CRASH");
    free(detail);

    is_int(run(lim, eat_memory_then_abort, &out, &detail), ISOLATE_OOM,
           "abort() after filling the 256 MB limit: ISOLATE_OOM");
    free(detail);

    is_int(run(lim, xmalloc_too_much, &out, &detail), ISOLATE_OOM, "xmalloc failure: ISOLATE_OOM");
    free(detail);

    is_int(run(lim, chatter, &out, &detail), ISOLATE_TOO_MUCH, "4 MB of output past a 1 MB cap: ISOLATE_TOO_MUCH");
    free(detail);

    return tap_done();
}
