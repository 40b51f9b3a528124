/*
 * isolate.c — fork, limit, watch (see isolate.h).
 *
 * Forking (rather than exec'ing a helper program) keeps the per-document cost
 * to a copy-on-write fork; the child never returns into the parent's code.
 * The child's stderr goes to /dev/null: libraries print parser noise for
 * every broken file, and the parent writes one clear message per file
 * instead.
 */
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static void set_limit(int res, rlim_t v)
{
    struct rlimit rl = {v, v};
    (void)setrlimit(res, &rl);
}

/* This process's address space in KiB (/proc/self/statm), 0 when unknown.
 * A forked child starts with the same mappings, most of them never resident
 * (shared libraries, reserved heap), so they count against its RLIMIT_AS
 * but never show in its resident set. */
static size_t vm_size_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (!f)
        return 0;
    if (fscanf(f, "%lu", &pages) != 1)
        pages = 0;
    fclose(f);
    long psz = sysconf(_SC_PAGESIZE);
    return psz > 0 ? (size_t)pages * (size_t)psz / 1024 : 0;
}

isolate_status isolate_run(const isolate_limits *lim, void (*fn)(int fd, void *arg), void *arg,
                           char **output, size_t *outlen, char **detail)
{
    int fds[2];
    *output = NULL;
    *outlen = 0;
    *detail = NULL;
    if (pipe2(fds, O_CLOEXEC) < 0) {
        *detail = xasprintf("pipe: %s", strerror(errno));
        return ISOLATE_FAILED;
    }
    pid_t parent = getpid();
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(fds[0]);
        close(fds[1]);
        *detail = xasprintf("fork: %s", strerror(e));
        return ISOLATE_FAILED;
    }
    if (pid == 0) {
        /* A child outlives no parent: when zeef-extract (or the PDF helper)
         * is killed, its document's child goes too, even one that hangs
         * without using CPU, which RLIMIT_CPU would never stop. */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(1);
        close(fds[0]);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, 2);
            close(devnull);
        }
#ifndef UNDER_ASAN
        if (lim->memory_mb)
            set_limit(RLIMIT_AS, (rlim_t)lim->memory_mb << 20);
#endif
        set_limit(RLIMIT_CPU, (rlim_t)(lim->timeout_s > 0 ? lim->timeout_s + 1 : 60));
        set_limit(RLIMIT_CORE, 0);
        set_limit(RLIMIT_FSIZE, 1 << 20);
        set_limit(RLIMIT_NOFILE, 64);
        fn(fds[1], arg);
        _exit(0);
    }
    close(fds[1]);

    strbuf sb = STRBUF_INIT;
    isolate_status st = ISOLATE_OK;
    long deadline = monotonic_ms() + (long)(lim->timeout_s > 0 ? lim->timeout_s : 20) * 1000L;
    bool killed = false;
    for (;;) {
        long left = deadline - monotonic_ms();
        if (left <= 0) {
            st = ISOLATE_TIMEOUT;
            break;
        }
        struct pollfd pfd = {fds[0], POLLIN, 0};
        int r = poll(&pfd, 1, (int)(left > 1000 ? 1000 : left));
        if (r < 0) {
            if (errno == EINTR)
                continue;
            st = ISOLATE_FAILED;
            *detail = xasprintf("poll: %s", strerror(errno));
            break;
        }
        if (r == 0)
            continue;
        sb_grow(&sb, 65536);
        ssize_t n = read(fds[0], sb.data + sb.len, 65536);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            st = ISOLATE_FAILED;
            *detail = xasprintf("read: %s", strerror(errno));
            break;
        }
        if (n == 0)
            break;
        sb.len += (size_t)n;
        sb.data[sb.len] = '\0';
        if (sb.len > lim->max_output) {
            st = ISOLATE_TOO_MUCH;
            break;
        }
    }
    close(fds[0]);
    if (st != ISOLATE_OK) {
        kill(pid, SIGKILL);
        killed = true;
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    /* A child that dies with its resident set near the memory limit ran out
     * of memory: poppler and glib do not return NULL from a failed
     * allocation, they abort() (C++ std::bad_alloc, g_error), so the signal
     * alone would call a text bomb a crash ("corrupt").  "Near": three
     * quarters of what the limit leaves after the mappings the child
     * inherited (a 1024 MB limit leaves about 950 MB to fill): our own
     * address space now, which is what it was at the fork.  Only asked when
     * the child did not end well (/proc costs time on every document). */
    bool near_limit = false;
    if (lim->memory_mb && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
        size_t base_kb = vm_size_kb();
        size_t limit_kb = lim->memory_mb * 1024;
        size_t room_kb = limit_kb > base_kb ? limit_kb - base_kb : limit_kb;
        near_limit = (size_t)ru.ru_maxrss >= room_kb / 4 * 3;
    }
    if (st == ISOLATE_OK) {
        if (WIFSIGNALED(status)) {
            int sig = WTERMSIG(status);
            /* SIGXCPU: CPU limit; SIGKILL from the kernel: usually the OOM killer. */
            if (sig == SIGXCPU) {
                st = ISOLATE_TIMEOUT;
            } else if ((sig == SIGKILL && !killed) || near_limit) {
                st = ISOLATE_OOM;
            } else {
                st = ISOLATE_CRASH;
                *detail = xasprintf("extraction crashed (signal %d, %s)", sig, strsignal(sig));
            }
        } else if (WIFEXITED(status) && (WEXITSTATUS(status) == ZEEF_EXIT_OOM ||
                                         (WEXITSTATUS(status) != 0 && near_limit))) {
            st = ISOLATE_OOM;
        } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
            st = ISOLATE_CRASH;
            *detail = xasprintf("extraction failed (exit status %d)", WEXITSTATUS(status));
        } else if (sb.len == 0) {
            /* exit 0 but nothing written: e.g. abort() caught and turned into exit */
            st = ISOLATE_CRASH;
            *detail = xstrdup("extraction produced no result");
        }
    }
    if (st == ISOLATE_OK) {
        *outlen = sb.len;
        *output = sb_detach(&sb);
    } else {
        sb_free(&sb);
        if (!*detail) {
            switch (st) {
            case ISOLATE_TIMEOUT: *detail = xasprintf("extraction took longer than %d s", lim->timeout_s); break;
            case ISOLATE_OOM: *detail = xasprintf("extraction ran out of memory (limit %zu MB)", lim->memory_mb); break;
            case ISOLATE_TOO_MUCH: *detail = xstrdup("extraction produced too much output"); break;
            default: *detail = xstrdup("extraction failed"); break;
            }
        }
    }
    return st;
}
