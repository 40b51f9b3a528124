/*
 * dropcommon.c — what the zeef subcommands share: opening a tender (drop folder,
 * profile, rules), finding the stage executables, opening the ledger with
 * the right permissions, and regenerating the reports from the ledger.
 *
 * Regenerating the reports is how "reports without extracting again"
 * works: every result record the pipeline produced (the output of
 * zeef-check, which no longer holds the CV's page text) is stored in the
 * ledger, keyed by document, rules version and profile hash.  Ranking needs
 * the whole batch, so each run feeds all current records of the tender back
 * through zeef-score, which writes results.jsonl and the HTML and CSV
 * reports exactly as ./run.sh does.  A document submitted twice is one
 * record whose "file" is its first arrival's name and whose "arrivals"
 * member lists every arrival (name, time, where the original went).
 *
 * The report files are written to reports/.NAME.tmp, synced and renamed into
 * place, so a run killed while writing them leaves the previous reports.
 */
#include "zeefcmd.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "json.h"
#include "util.h"

int drop_open(const char *path, drop_tender *t, char **err)
{
    memset(t, 0, sizeof *t);
    if (dropdir_open(path, &t->d, err) < 0)
        return -1;
    t->prof = profile_load(t->d.profile_path, err);
    if (!t->prof) {
        char *e = *err;
        *err = xasprintf("bad tender profile: %s", e);
        free(e);
        return -1;
    }
    t->rs = rules_load_profile(t->prof, err);
    if (!t->rs) {
        char *e = *err;
        *err = xasprintf("bad rule: %s", e);
        free(e);
        return -1;
    }
    t->rules_version = rules_version(t->rs);
    t->profile_sha256 = t->prof->sha256;
    return 0;
}

void drop_close(drop_tender *t)
{
    if (t->rs)
        rules_free(t->rs);
    if (t->prof)
        profile_free(t->prof);
    dropdir_close(&t->d);
    memset(t, 0, sizeof *t);
}

char *zeef_bindir(void)
{
    const char *env = getenv("ZEEF_BIN");
    if (env && *env)
        return xstrdup(env);
    char *d = exe_dir();
    return d ? d : xstrdup(".");
}

int check_stages(const char *bindir, char **err)
{
    static const char *const stages[] = {"zeef-extract", "zeef-extract-pdf", "zeef-fields", "zeef-check", "zeef-score"};
    for (size_t i = 0; i < sizeof stages / sizeof *stages; i++) {
        char *p = xasprintf("%s/%s", bindir, stages[i]);
        int ok = access(p, X_OK) == 0;
        if (!ok) {
            *err = xasprintf("stage executable %s: %s (set ZEEF_BIN to the folder of the zeef-* programs)", p,
                             strerror(errno));
            free(p);
            return -1;
        }
        free(p);
    }
    return 0;
}

ledger *drop_ledger(const drop_tender *t, bool readonly, char **err)
{
    char *p = dd_path(&t->d, LEDGER_FILE);
    if (readonly && !path_exists(p)) {
        free(p);
        *err = NULL;
        return NULL;
    }
    ledger *l = ledger_open(p, readonly, err);
    /* The umask (077) makes a new ledger 0600; an existing one is put
     * right too, with its WAL companions. */
    if (l && !readonly) {
        const char *sfx[] = {"", "-wal", "-shm"};
        for (size_t i = 0; i < 3; i++) {
            char *q = xasprintf("%s%s", p, sfx[i]);
            if (chmod(q, 0600) < 0 && errno != ENOENT)
                warnx_("cannot set the mode of %s: %s", q, strerror(errno));
            free(q);
        }
    }
    free(p);
    return l;
}

const char *short_hash(const char *sha, char buf[16])
{
    snprintf(buf, 16, "%.12s", sha ? sha : "(none)");
    return buf;
}

/* fsync a file by path. */
static int fsync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    return rc;
}

static json *arrivals_of(ledger *l, const char *sha)
{
    json *arr = json_array();
    sqlite3_stmt *st = lg_query(l,
                                "SELECT id, name, claimed_at, state, outcome, dest FROM arrivals "
                                "WHERE sha256 = ? AND state <> 'lost' ORDER BY id",
                                "t", sha);
    while (lg_row(l, st)) {
        json *a = json_object();
        json_set_int(a, "arrival", lg_col_int(st, 0));
        json_set_str(a, "file", lg_col_text(st, 1));
        json_set_str(a, "received", lg_col_text(st, 2));
        json_set_str(a, "state", lg_col_text(st, 3));
        json_set_str(a, "outcome", lg_col_text(st, 4));
        json_set_str(a, "moved_to", lg_col_text(st, 5));
        json_push(arr, a);
    }
    return arr;
}

int regen_reports(ledger *l, const drop_tender *t, const char *bindir, long *ndocs, long *nstale, char **err)
{
    *ndocs = 0;
    *nstale = lg_int(l, 0,
                     "SELECT count(*) FROM documents d WHERE d.purged_at IS NULL "
                     "AND EXISTS (SELECT 1 FROM results r WHERE r.sha256 = d.sha256 AND r.record IS NOT NULL) "
                     "AND NOT EXISTS (SELECT 1 FROM results r WHERE r.sha256 = d.sha256 AND r.rules_version = ? "
                     "AND r.profile_sha256 = ? AND r.record IS NOT NULL)",
                     "tt", t->rules_version, t->profile_sha256);

    static const char *const names[] = {"results.jsonl", "report.html", "report.csv"};
    char *final[3], *tmp[3];
    for (int i = 0; i < 3; i++) {
        char *rel = xasprintf("reports/%s", names[i]);
        final[i] = dd_path(&t->d, rel);
        free(rel);
        rel = xasprintf("reports/.%s.tmp", names[i]);
        tmp[i] = dd_path(&t->d, rel);
        free(rel);
    }
    int ret = -1;
    int in[2] = {-1, -1};
    int out = open(tmp[0], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (out < 0) {
        *err = xasprintf("cannot write %s: %s", tmp[0], strerror(errno));
        goto done;
    }
    if (pipe2(in, O_CLOEXEC) < 0) {
        *err = xasprintf("pipe: %s", strerror(errno));
        goto done;
    }
    char *exe = xasprintf("%s/zeef-score", bindir);
    char *argv[] = {exe, (char *)"--tender", t->d.profile_path, (char *)"--html", tmp[1], (char *)"--csv", tmp[2],
                    NULL};
    pid_t pid = fork();
    if (pid < 0) {
        *err = xasprintf("fork: %s", strerror(errno));
        free(exe);
        goto done;
    }
    if (pid == 0) {
        signal(SIGPIPE, SIG_DFL);
        if (dup2(in[0], 0) < 0 || dup2(out, 1) < 0)
            _exit(127);
        execv(exe, argv);
        fprintf(stderr, "zeef: cannot run %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    free(exe);
    close(in[0]);
    in[0] = -1;
    void (*oldpipe)(int) = signal(SIGPIPE, SIG_IGN);
    FILE *f = fdopen(in[1], "w");
    bool wfail = false;
    if (!f) {
        wfail = true;
    } else {
        in[1] = -1;
        sqlite3_stmt *st = lg_query(l,
                                    "SELECT d.sha256, r.record FROM documents d JOIN results r "
                                    "ON r.sha256 = d.sha256 AND r.rules_version = ? AND r.profile_sha256 = ? "
                                    "WHERE d.purged_at IS NULL AND r.record IS NOT NULL "
                                    "ORDER BY (SELECT min(a.id) FROM arrivals a WHERE a.sha256 = d.sha256), d.sha256",
                                    "tt", t->rules_version, t->profile_sha256);
        while (lg_row(l, st)) {
            const char *sha = lg_col_text(st, 0), *text = lg_col_text(st, 1);
            char *perr = NULL;
            json *rec = json_parse(text, strlen(text), &perr);
            if (!rec) {
                char b[16];
                warnx_("ledger: stored record of %s is damaged (%s); left out of the report", short_hash(sha, b),
                       perr ? perr : "?");
                free(perr);
                continue;
            }
            json *arr = arrivals_of(l, sha);
            const char *first = arr->len ? json_get_str(arr->items[0], "file") : NULL;
            json_set_str(rec, "file", first ? first : sha);
            json_set(rec, "arrivals", arr);
            if (!wfail && json_write_line(f, rec) < 0)
                wfail = true;
            json_free(rec);
            (*ndocs)++;
        }
        if (fclose(f) != 0)
            wfail = true;
    }
    signal(SIGPIPE, oldpipe);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            *err = xasprintf("waitpid: %s", strerror(errno));
            goto done;
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || wfail) {
        *err = xasprintf("zeef-score failed (%s %d)%s", WIFEXITED(status) ? "exit status" : "signal",
                         WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
                         wfail ? "; could not send it the records" : "");
        goto done;
    }
    for (int i = 0; i < 3; i++) {
        if (fsync_path(tmp[i]) < 0 || rename(tmp[i], final[i]) < 0) {
            *err = xasprintf("cannot write %s: %s", final[i], strerror(errno));
            goto done;
        }
    }
    char *rdir = dd_path(&t->d, "reports");
    if (fsync_dir(rdir) < 0) {
        *err = xasprintf("cannot sync %s: %s", rdir, strerror(errno));
        free(rdir);
        goto done;
    }
    free(rdir);
    ret = 0;
done:
    if (out >= 0)
        close(out);
    for (int i = 0; i < 2; i++)
        if (in[i] >= 0)
            close(in[i]);
    for (int i = 0; i < 3; i++) {
        if (ret < 0)
            unlink(tmp[i]);
        free(final[i]);
        free(tmp[i]);
    }
    return ret;
}
