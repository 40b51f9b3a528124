/*
 * pool.c — the worker pool of `zeef run` (see pool.h).
 *
 * Each worker runs a short pipeline of the stage executables,
 *
 *     zeef-extract -0 | zeef-fields --tender P | zeef-check --tender P
 *
 * over a chunk of up to CHUNK_MAX documents: the names go to zeef-extract's
 * stdin (NUL-terminated) and stdin is closed, so it works whether the
 * extractor streams names or reads them all first.  Every stage writes
 * exactly one record per input, in input order, and flushes each, so the
 * k-th record that comes back answers the k-th name of the chunk, and is
 * handed to the caller (and committed) as soon as it arrives: a kill loses
 * at most the documents still in flight.  The record's "file" is checked
 * against the name sent, to be sure.
 *
 * Chunks are small near the end (the remaining work divided by the
 * workers) so the workers finish together; chunks amortise the start-up of
 * the stages (loading and JIT-compiling the rules) over several documents.
 *
 * A pipeline that dies before answering its whole chunk (a stage crashed)
 * answers its first unanswered document with NULL (that is the one it was
 * working on; the caller counts an attempt against it) and puts the rest
 * back in the queue.  If the extractor understands -j, it is given -j 1:
 * the parallelism is ours.
 *
 * All pipe descriptors are close-on-exec: a stage must not inherit another
 * worker's pipe ends, or that worker would never see end-of-file.  SIGPIPE
 * is ignored in zeef while the pool runs (a dead worker shows up as EPIPE
 * and end-of-file) and reset to the default in the children.  Each child
 * asks the kernel to kill it when zeef dies (PR_SET_PDEATHSIG) and checks
 * its parent right after, for the case where zeef died before that, so a
 * killed run leaves no workers behind.
 *
 * Stage stderr passes through.  The stages name documents by the path they
 * were given: the neutral work/ID path (or a processed/ path when a document
 * is screened again), never a CV's text.
 */
#include "pool.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

#define CHUNK_MAX 8

typedef struct {
    pid_t pid[3];
    int out;          /* records <- zeef-check */
    strbuf buf;
    size_t *chunk;    /* job indices */
    size_t n, got;    /* chunk size, records received */
    bool busy;
} worker;

/* Does this zeef-extract take -j?  (Newer ones parallelise on their own.) */
static bool extract_has_jobs(const char *exe)
{
    char *cmd = xasprintf("'%s' --help 2>/dev/null", exe);
    FILE *p = strchr(exe, '\'') ? NULL : popen(cmd, "r");
    free(cmd);
    if (!p)
        return false;
    char line[512];
    bool yes = false;
    while (fgets(line, sizeof line, p))
        if (strstr(line, "--jobs"))
            yes = true;
    pclose(p);
    return yes;
}

static void reap(worker *w)
{
    if (w->out >= 0)
        close(w->out);
    w->out = -1;
    for (int i = 0; i < 3; i++) {
        if (w->pid[i] > 0)
            while (waitpid(w->pid[i], NULL, 0) < 0 && errno == EINTR)
                ;
        w->pid[i] = -1;
    }
    w->busy = false;
}

/* Starts a pipeline on the chunk.  -1 with *err when it cannot be started. */
static int spawn(worker *w, char *const argv[3][6], char *const *paths, char **err)
{
    int p[4][2];
    for (int i = 0; i < 4; i++)
        p[i][0] = p[i][1] = -1;
    for (int i = 0; i < 4; i++) {
        if (pipe2(p[i], O_CLOEXEC) < 0) {
            *err = xasprintf("pipe: %s", strerror(errno));
            for (int j = 0; j < i; j++) {
                close(p[j][0]);
                close(p[j][1]);
            }
            return -1;
        }
    }
    pid_t parent = getpid();
    int ret = 0;
    for (int i = 0; i < 3; i++) {
        w->pid[i] = -1;
        if (ret < 0)
            continue;
        pid_t pid = fork();
        if (pid < 0) {
            *err = xasprintf("fork: %s", strerror(errno));
            ret = -1;
            continue;
        }
        if (pid == 0) {
            signal(SIGPIPE, SIG_DFL);
            if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != parent)
                _exit(127);
            if (dup2(p[i][0], 0) < 0 || dup2(p[i + 1][1], 1) < 0)
                _exit(127);
            execv(argv[i][0], argv[i]);
            fprintf(stderr, "zeef: cannot run %s: %s\n", argv[i][0], strerror(errno));
            _exit(127);
        }
        w->pid[i] = pid;
    }
    int in = p[0][1];
    w->out = p[3][0];
    close(p[0][0]);
    close(p[3][1]);
    for (int i = 1; i < 3; i++) {
        close(p[i][0]);
        close(p[i][1]);
    }
    /* The names: small (a chunk of paths), so they fit in the pipe buffer
     * and the write does not wait for the extractor. */
    for (size_t k = 0; k < w->n && ret == 0; k++) {
        const char *s = paths[w->chunk[k]];
        size_t len = strlen(s) + 1, off = 0;
        while (off < len) {
            ssize_t r = write(in, s + off, len - off);
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                break;   /* the pipeline died: seen as end-of-file on out */
            }
            off += (size_t)r;
        }
    }
    close(in);
    sb_reset(&w->buf);
    w->got = 0;
    w->busy = true;
    return ret;
}

int pool_run(const char *bindir, const char *profile, int nworkers, char *const *paths, size_t n,
             pool_done_fn done, void *ctx, char **err)
{
    if (n == 0)
        return 0;
    if (nworkers < 1)
        nworkers = 1;
    if ((size_t)nworkers > n)
        nworkers = (int)n;
    char *exe[3] = {xasprintf("%s/zeef-extract", bindir), xasprintf("%s/zeef-fields", bindir),
                    xasprintf("%s/zeef-check", bindir)};
    bool j1 = extract_has_jobs(exe[0]);
    char *const argv[3][6] = {
        {exe[0], (char *)"-0", j1 ? (char *)"-j" : NULL, (char *)"1", NULL, NULL},
        {exe[1], (char *)"--tender", (char *)profile, NULL, NULL, NULL},
        {exe[2], (char *)"--tender", (char *)profile, NULL, NULL, NULL},
    };
    struct sigaction sa = {0}, old;
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGPIPE, &sa, &old) < 0) {
        *err = xasprintf("sigaction: %s", strerror(errno));
        for (int i = 0; i < 3; i++)
            free(exe[i]);
        return -1;
    }
    /* The queue of jobs not yet handed out; requeued jobs go to the front. */
    size_t *queue = xcalloc(n, sizeof *queue);
    size_t qhead = 0, qlen = n;
    for (size_t i = 0; i < n; i++)
        queue[i] = i;
    worker *w = xcalloc((size_t)nworkers, sizeof *w);
    struct pollfd *pfd = xcalloc((size_t)nworkers, sizeof *pfd);
    int *who = xcalloc((size_t)nworkers, sizeof *who);
    for (int i = 0; i < nworkers; i++) {
        w[i].out = -1;
        w[i].chunk = xcalloc(CHUNK_MAX, sizeof *w[i].chunk);
        for (int k = 0; k < 3; k++)
            w[i].pid[k] = -1;
    }
    size_t answered = 0;
    int ret = 0, deaths_in_a_row = 0;

    while (answered < n) {
        for (int i = 0; i < nworkers && qlen > 0; i++) {
            if (w[i].busy)
                continue;
            size_t c = (qlen + (size_t)nworkers - 1) / (size_t)nworkers;
            if (c > CHUNK_MAX)
                c = CHUNK_MAX;
            for (size_t k = 0; k < c; k++)
                w[i].chunk[k] = queue[qhead + k];
            qhead += c;
            qlen -= c;
            w[i].n = c;
            if (spawn(&w[i], argv, paths, err) < 0) {
                reap(&w[i]);
                ret = -1;
                goto out;
            }
        }
        int np = 0;
        for (int i = 0; i < nworkers; i++)
            if (w[i].busy) {
                pfd[np] = (struct pollfd){.fd = w[i].out, .events = POLLIN};
                who[np++] = i;
            }
        if (np == 0)
            break;
        if (poll(pfd, (nfds_t)np, -1) < 0) {
            if (errno == EINTR)
                continue;
            *err = xasprintf("poll: %s", strerror(errno));
            ret = -1;
            goto out;
        }
        for (int k = 0; k < np; k++) {
            if (!(pfd[k].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            worker *x = &w[who[k]];
            char chunk[65536];
            ssize_t got = read(x->out, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR)
                continue;
            if (got > 0) {
                sb_add(&x->buf, chunk, (size_t)got);
                char *nl;
                while ((nl = memchr(x->buf.data, '\n', x->buf.len)) != NULL) {
                    size_t linelen = (size_t)(nl - x->buf.data);
                    if (x->got < x->n) {
                        size_t job = x->chunk[x->got++];
                        char *perr = NULL;
                        json *rec = json_parse(x->buf.data, linelen, &perr);
                        const char *f = json_get_str(rec, "file");
                        if (!rec || rec->type != JSON_OBJECT || !f || strcmp(f, paths[job]) != 0) {
                            warnx_("a worker answered with something other than the expected record (%s)",
                                   perr ? perr : "wrong or no file");
                            json_free(rec);
                            rec = NULL;
                        } else {
                            deaths_in_a_row = 0;
                        }
                        free(perr);
                        done(ctx, job, rec);
                        answered++;
                    } else {
                        warnx_("a worker wrote a record nobody asked for; ignored");
                    }
                    memmove(x->buf.data, nl + 1, x->buf.len - linelen - 1);
                    x->buf.len -= linelen + 1;
                    x->buf.data[x->buf.len] = '\0';
                }
                continue;
            }
            /* End of the pipeline's output. */
            size_t unanswered = x->n - x->got;
            reap(x);
            if (unanswered == 0)
                continue;
            /* It died on the document it was at; the rest go back. */
            size_t job = x->chunk[x->got];
            for (size_t q = x->n; q > x->got + 1; q--)
                queue[--qhead] = x->chunk[q - 1], qlen++;
            done(ctx, job, NULL);
            answered++;
            if (++deaths_in_a_row > 2 * nworkers + 3) {
                *err = xasprintf("the stage processes in %s keep dying; giving up", bindir);
                ret = -1;
                goto out;
            }
        }
    }
out:
    for (int i = 0; i < nworkers; i++) {
        if (w[i].busy) {
            for (int k = 0; k < 3; k++)
                if (w[i].pid[k] > 0)
                    kill(w[i].pid[k], SIGKILL);
        }
        reap(&w[i]);
        sb_free(&w[i].buf);
        free(w[i].chunk);
    }
    free(w);
    free(pfd);
    free(who);
    free(queue);
    for (int i = 0; i < 3; i++)
        free(exe[i]);
    if (sigaction(SIGPIPE, &old, NULL) < 0 && ret == 0) {
        *err = xasprintf("sigaction: %s", strerror(errno));
        ret = -1;
    }
    return ret;
}
