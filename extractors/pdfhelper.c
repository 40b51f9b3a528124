/*
 * pdfhelper.c — the client side of zeef-extract-pdf (see pdfhelper.h).
 *
 * The helper is started with fork and exec, its stdin and stdout on two
 * pipes; its stderr is ours (it is quiet: its children's stderr goes to
 * /dev/null).  A request is written whole before the answer is read, and the
 * helper reads a request whole before it works, so neither end can block the
 * other.  The answer is awaited with poll() and a deadline: the helper
 * enforces the document's time limit itself, so an answer later than that
 * plus 10 s means the helper is stuck; it is killed and replaced.
 */
#include "pdfhelper.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

static pid_t helper_pid = -1;
static int to_helper = -1, from_helper = -1;

void pdf_helper_stop(void)
{
    if (helper_pid < 0)
        return;
    close(to_helper);       /* end of requests: the helper exits */
    close(from_helper);
    int status;
    while (waitpid(helper_pid, &status, 0) < 0 && errno == EINTR)
        ;
    helper_pid = -1;
    to_helper = from_helper = -1;
}

static void helper_kill(void)
{
    if (helper_pid > 0)
        kill(helper_pid, SIGKILL);
    pdf_helper_stop();
}

/* Starts the helper; 0, or -1 with *detail set. */
static int helper_start(char **detail)
{
    char *dir = exe_dir();
    char *path = xasprintf("%s/%s", dir ? dir : ".", PDF_HELPER_NAME);
    free(dir);
    if (access(path, X_OK) != 0) {
        *detail = xasprintf("the PDF extractor %s cannot be run: %s", path, strerror(errno));
        free(path);
        return -1;
    }
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) < 0) {
        *detail = xasprintf("pipe: %s", strerror(errno));
        free(path);
        return -1;
    }
    if (pipe2(out, O_CLOEXEC) < 0) {
        *detail = xasprintf("pipe: %s", strerror(errno));
        close(in[0]);
        close(in[1]);
        free(path);
        return -1;
    }
    /* Keep the four ends off 0, 1 and 2, so that the dup2()s below cannot
     * clobber one another when zeef-extract was started with those closed. */
    int *ends[] = {&in[0], &in[1], &out[0], &out[1]};
    for (size_t k = 0; k < 4; k++) {
        if (*ends[k] < 3) {
            int fd = fcntl(*ends[k], F_DUPFD_CLOEXEC, 3);
            if (fd >= 0) {
                close(*ends[k]);
                *ends[k] = fd;
            }
        }
    }
    pid_t parent = getpid();
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        *detail = xasprintf("fork: %s", strerror(errno));
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        free(path);
        return -1;
    }
    if (pid == 0) {
        /* The helper dies with us (kill -9 of a run included), and so do
         * its children (isolate.c). */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0)
            _exit(127);
        execl(path, PDF_HELPER_NAME, "--serve", (char *)NULL);
        _exit(127);
    }
    free(path);
    close(in[0]);
    close(out[1]);
    helper_pid = pid;
    to_helper = in[1];
    from_helper = out[0];
    return 0;
}

/* Reads len bytes before the deadline; 0, 1 on timeout, -1 on error or end. */
static int read_by(int fd, void *buf, size_t len, long deadline)
{
    char *p = buf;
    while (len) {
        long left = deadline - monotonic_ms();
        if (left <= 0)
            return 1;
        struct pollfd pfd = {fd, POLLIN, 0};
        int r = poll(&pfd, 1, (int)(left > 1000 ? 1000 : left));
        if (r < 0 && errno != EINTR)
            return -1;
        if (r <= 0)
            continue;
        ssize_t n = read(fd, p, len);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return -1;
        }
        if (n == 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

isolate_status pdf_helper_run(const isolate_limits *lim, const unsigned char *data, size_t len, char **output,
                              size_t *outlen, char **detail)
{
    *output = NULL;
    *outlen = 0;
    *detail = NULL;
    if (helper_pid < 0 && helper_start(detail) < 0)
        return ISOLATE_FAILED;

    /* A helper that died since the last document makes write() raise SIGPIPE. */
    struct sigaction ign = {.sa_handler = SIG_IGN}, old;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, &old);
    uint64_t n = len, mem = lim->memory_mb, maxout = lim->max_output;
    int32_t t = lim->timeout_s;
    int w = write_all(to_helper, &n, sizeof n) || write_all(to_helper, data, len) ||
            write_all(to_helper, &t, sizeof t) || write_all(to_helper, &mem, sizeof mem) ||
            write_all(to_helper, &maxout, sizeof maxout);
    sigaction(SIGPIPE, &old, NULL);
    if (w) {
        *detail = xasprintf("the PDF extractor stopped: %s", strerror(errno));
        helper_kill();
        return ISOLATE_FAILED;
    }

    long deadline = monotonic_ms() + ((long)(lim->timeout_s > 0 ? lim->timeout_s : 20) + 10) * 1000L;
    int32_t st;
    uint64_t olen = 0, dlen = 0;
    char *o = NULL, *d = NULL;
    int r = read_by(from_helper, &st, sizeof st, deadline);
    if (r == 0)
        r = read_by(from_helper, &olen, sizeof olen, deadline);
    if (r == 0 && olen > lim->max_output + 1) {
        r = -1;                  /* the helper never sends more than it was allowed */
    }
    if (r == 0) {
        o = xmalloc(olen + 1);
        r = read_by(from_helper, o, olen, deadline);
        o[olen] = '\0';
    }
    if (r == 0)
        r = read_by(from_helper, &dlen, sizeof dlen, deadline);
    if (r == 0 && dlen > 65536)
        r = -1;
    if (r == 0) {
        d = xmalloc(dlen + 1);
        r = read_by(from_helper, d, dlen, deadline);
        d[dlen] = '\0';
    }
    if (r != 0 || st < ISOLATE_OK || st > ISOLATE_FAILED) {
        free(o);
        free(d);
        helper_kill();
        if (r == 1) {
            *detail = xasprintf("the PDF extractor did not answer within %d s", lim->timeout_s + 10);
            return ISOLATE_TIMEOUT;
        }
        *detail = xstrdup("the PDF extractor stopped unexpectedly");
        return ISOLATE_FAILED;
    }
    if (st == ISOLATE_OK) {
        *output = o;
        *outlen = (size_t)olen;
        free(d);
    } else {
        free(o);
        *detail = d;
    }
    return (isolate_status)st;
}
