/*
 * ingest.c — `zeef run TENDER`: screen what is new in a drop folder, exactly
 * once, in a way that may be killed at any moment.
 *
 *     zeef run [-j N] [--settle SECONDS] [-q] TENDER
 *
 * The ledger (ledger.h) is the journal.  Each step that touches the file
 * system is recorded as an intention before it is done and as done after,
 * so the next run can tell, for every file, how far the last one got:
 *
 *   0. lock      flock on TENDER/.zeef.lock, or exit 3.  Runs left in state
 *                "running" are dead (we hold the lock): "interrupted".
 *   1. recover   arrivals left in "claiming": if work/ID exists the rename
 *                happened, so "claimed"; otherwise the file is still in
 *                incoming/ (or its supplier took it back): forget the row.
 *                Arrivals left in "moving": if work/ID still exists the move
 *                did not happen: back to "claimed" (keeping the chosen
 *                destination); if the destination exists it did: "done";
 *                if neither, the file is gone: "lost", and said so.
 *   2. claim     list incoming/ (files still being written are left
 *                alone, dropdir.h); insert one "claiming" arrival per file
 *                and commit; rename incoming/NAME -> work/ID (never
 *                replacing); fsync both folders; mark them "claimed".
 *                Arrival ids are AUTOINCREMENT, never reused, so work/ID
 *                can only be that arrival's file.
 *   3. hash      sha256 of every claimed file without one; a document row
 *                per new hash.  Nothing is committed until all are hashed,
 *                and hashing again after a kill is harmless.
 *   4. screen    every document without a current result (none yet, or
 *                one for other rules or another profile) goes through the
 *                workers (pool.h); each record is committed with its
 *                results row on its own, so a kill loses at most the
 *                documents in flight, which are screened again next time.
 *                A duplicate (same sha256 as a screened document) costs
 *                nothing here: its result already exists.  A document
 *                screened again (rules or profile changed) is given to the
 *                stages as work/r-SHA, a symlink to its original, so their
 *                messages never carry the original's name.
 *   5. finish    per claimed arrival with a current result: choose
 *                processed/DATE/NAME or failed/DATE/NAME (a free name;
 *                "NAME~ID.ext" on a clash), record "moving" with it and
 *                commit; for a failure write NAME.error.json (atomically);
 *                rename work/ID -> there (never replacing); fsync; "done".
 *   6. report    reports/ regenerated from the ledger (dropcommon.c), the run
 *                summary written to reports/run-summary.json and to the
 *                runs row.
 *
 * So a file is at every moment in exactly one of incoming/, work/,
 * processed/ or failed/, whole (renames within one file system are
 * atomic), and the ledger says which; counts come from ledger rows whose
 * keys (arrival id, sha256, rules version + profile hash) make counting
 * twice impossible.  Originals are only ever renamed, never written.
 *
 * Output: a progress line on a terminal (documents done/total, rate, ETA),
 * nothing of it otherwise; a summary line at the end unless -q; a line per
 * failed file naming its sha256 and error code.  Logs never name a file by
 * its name (suppliers name CVs after candidates) nor quote a CV.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "json.h"
#include "pool.h"
#include "util.h"
#include "zeefcmd.h"

#define MAX_ATTEMPTS 3

static const char usage[] =
    "usage: zeef run [-j N] [--settle SECONDS] [-q] TENDER\n"
    "\n"
    "Screens the files that are new in TENDER/incoming/ (see docs/ledger.md):\n"
    "claims them into TENDER/work/, screens each distinct document once, moves\n"
    "the originals to TENDER/processed/DATE/ or, when unreadable, to\n"
    "TENDER/failed/DATE/ with NAME.error.json, and regenerates\n"
    "TENDER/reports/ (results.jsonl, report.html, report.csv, run-summary.json).\n"
    "Safe to kill at any moment: the next run finishes the work.\n"
    "\n"
    "  -j, --jobs N         parallel workers (default: the number of cores)\n"
    "      --settle SECS    leave files modified less than SECS ago alone\n"
    "                       (default: tender.conf's settle, else 60)\n"
    "  -q, --quiet          no summary line (failures are still reported)\n"
    "  -h, --help           this help\n"
    "\n"
    "Exit status: 0 success; 1 some files failed; 2 could not run;\n"
    "3 another run holds the drop folder.\n";

typedef struct {
    char *sha;
    char *path;
} job;

typedef struct {
    drop_tender t;
    ledger *l;
    char *bindir;
    long long run;
    int jobs;
    bool quiet, tty;
    char today[16];

    long found, in_progress, ignored, claimed, recovered, extracted, duplicates, processed, failed;
    long pipeline_errors, lost, changed, unavailable;
    json *failures;   /* [{"sha256", "code"}] of this run */

    job *jobv;
    size_t njobs, ndone;
    double t0, last_draw;
} run_ctx;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *work_path(run_ctx *c, long long id)
{
    char *rel = xasprintf("work/%lld", id);
    char *p = dd_path(&c->t.d, rel);
    free(rel);
    return p;
}

/* ---- progress ---------------------------------------------------------- */

static void fmt_dur(char *buf, size_t n, double s)
{
    if (!isfinite(s) || s < 0)
        snprintf(buf, n, "?");
    else if (s < 3600)
        snprintf(buf, n, "%d:%02d", (int)s / 60, (int)s % 60);
    else
        snprintf(buf, n, "%d:%02d:%02d", (int)s / 3600, (int)s / 60 % 60, (int)s % 60);
}

static void progress(run_ctx *c, bool final)
{
    if (!c->tty || c->quiet || c->njobs == 0)
        return;
    double t = now_s();
    if (!final && t - c->last_draw < 0.2)
        return;
    c->last_draw = t;
    double el = t - c->t0, rate = el > 0 ? c->ndone / el : 0;
    char eta[32];
    fmt_dur(eta, sizeof eta, rate > 0 ? (c->njobs - c->ndone) / rate : NAN);
    fprintf(stderr, "\rzeef: %zu/%zu documents, %.1f/s, ETA %s   ", c->ndone, c->njobs, rate, eta);
    if (final)
        fputc('\n', stderr);
    fflush(stderr);
}

/* ---- 1. recover -------------------------------------------------------- */

typedef struct {
    long long id;
    char *state, *dest;
    bool failed;
} pending;

static void recover(run_ctx *c)
{
    pending *v = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = lg_query(c->l, "SELECT id, state, dest, outcome FROM arrivals WHERE state IN ('claiming','moving')", "");
    while (lg_row(c->l, st)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            v = xreallocarray(v, cap, sizeof *v);
        }
        const char *d = lg_col_text(st, 2);
        const char *o = lg_col_text(st, 3);
        v[n++] = (pending){lg_col_int(st, 0), xstrdup(lg_col_text(st, 1)), d ? xstrdup(d) : NULL,
                           o && !strcmp(o, "failed")};
    }
    char now[32];
    lg_now(now);
    for (size_t i = 0; i < n; i++) {
        char *w = work_path(c, v[i].id);
        bool in_work = path_exists(w);
        if (!strcmp(v[i].state, "claiming")) {
            if (in_work)
                lg_run(c->l, "UPDATE arrivals SET state = 'claimed' WHERE id = ?", "i", v[i].id);
            else
                lg_run(c->l, "DELETE FROM arrivals WHERE id = ?", "i", v[i].id);
        } else {   /* moving */
            char *dest = v[i].dest ? dd_path(&c->t.d, v[i].dest) : NULL;
            if (in_work) {
                lg_run(c->l, "UPDATE arrivals SET state = 'claimed' WHERE id = ?", "i", v[i].id);
            } else if (dest && path_exists(dest)) {
                lg_begin(c->l);
                lg_run(c->l, "UPDATE arrivals SET state = 'done', done_at = ?, done_run = ? WHERE id = ?", "tii",
                       now, c->run, v[i].id);
                /* The killed run moved it; this run finishes it and counts it. */
                lg_run(c->l, v[i].failed ? "UPDATE runs SET failed = failed + 1 WHERE id = ?"
                                         : "UPDATE runs SET processed = processed + 1 WHERE id = ?",
                       "i", c->run);
                lg_commit(c->l);
                if (v[i].failed)
                    c->failed++;
                else
                    c->processed++;
            } else {
                lg_run(c->l, "UPDATE arrivals SET state = 'lost' WHERE id = ?", "i", v[i].id);
                warnx_("arrival %lld: its file is in neither work/ nor its destination; marked lost", v[i].id);
                c->lost++;
            }
            free(dest);
        }
        free(w);
        free(v[i].state);
        free(v[i].dest);
    }
    free(v);
    c->recovered = lg_int(c->l, 0, "SELECT count(*) FROM arrivals WHERE state = 'claimed'", "");
}

/* Removes the work/r-* symlinks used to screen documents again (ours; the
 * originals they point to are not touched). */
static void remove_rescreen_links(run_ctx *c)
{
    char *work = dd_path(&c->t.d, "work");
    DIR *dh = opendir(work);
    if (!dh)
        die("cannot read %s: %s", work, strerror(errno));
    struct dirent *de;
    while ((de = readdir(dh)) != NULL) {
        if (!starts_with(de->d_name, "r-"))
            continue;
        struct stat st;
        if (fstatat(dirfd(dh), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode) &&
            unlinkat(dirfd(dh), de->d_name, 0) < 0)
            warnx_("cannot remove work/%s: %s", de->d_name, strerror(errno));
    }
    closedir(dh);
    free(work);
}

/* ---- 2. claim ---------------------------------------------------------- */

static int claim(run_ctx *c, int settle)
{
    char *incoming = dd_path(&c->t.d, "incoming");
    char *err = NULL;
    dd_scan_result r;
    if (dd_scan(incoming, settle, &r, &err) < 0) {
        warnx_("%s", err);
        free(err);
        free(incoming);
        return -1;
    }
    c->found = (long)r.n;
    c->in_progress = (long)r.in_progress;
    c->ignored = (long)r.ignored;
    if (r.n == 0) {
        dd_scan_free(&r);
        free(incoming);
        return 0;
    }
    char now[32];
    lg_now(now);
    long long *ids = xcalloc(r.n, sizeof *ids);
    lg_begin(c->l);
    for (size_t i = 0; i < r.n; i++) {
        lg_run(c->l,
               "INSERT INTO arrivals (name, state, claimed_at, claim_run, size, mtime) "
               "VALUES (?, 'claiming', ?, ?, ?, ?)",
               "ttiii", r.v[i].name, now, c->run, r.v[i].size, r.v[i].mtime);
        ids[i] = lg_last_id(c->l);
    }
    lg_commit(c->l);

    int *ok = xcalloc(r.n, sizeof *ok);
    for (size_t i = 0; i < r.n; i++) {
        char *from = xasprintf("%s/%s", incoming, r.v[i].name);
        char *to = work_path(c, ids[i]);
        if (rename_noreplace(from, to) == 0)
            ok[i] = 1;
        else if (errno != ENOENT)
            warnx_("cannot claim a file from incoming/ (arrival %lld): %s", ids[i], strerror(errno));
        free(from);
        free(to);
    }
    /* Durable before recorded: the work folder and every source folder. */
    char *work = dd_path(&c->t.d, "work");
    if (fsync_dir(work) < 0)
        die("cannot sync %s: %s", work, strerror(errno));
    free(work);
    char *lastdir = NULL;
    for (size_t i = 0; i < r.n; i++) {
        if (!ok[i])
            continue;
        char *dir = xasprintf("%s/%s", incoming, r.v[i].name);
        *strrchr(dir, '/') = '\0';
        if (!lastdir || strcmp(lastdir, dir) != 0) {
            if (fsync_dir(dir) < 0)
                die("cannot sync %s: %s", dir, strerror(errno));
            free(lastdir);
            lastdir = dir;
        } else {
            free(dir);
        }
    }
    free(lastdir);
    lg_begin(c->l);
    for (size_t i = 0; i < r.n; i++) {
        if (ok[i]) {
            lg_run(c->l, "UPDATE arrivals SET state = 'claimed' WHERE id = ?", "i", ids[i]);
            c->claimed++;
        } else {
            lg_run(c->l, "DELETE FROM arrivals WHERE id = ?", "i", ids[i]);
        }
    }
    lg_run(c->l, "UPDATE runs SET claimed = ? WHERE id = ?", "ii", (long long)c->claimed, c->run);
    lg_commit(c->l);
    free(ok);
    free(ids);
    dd_scan_free(&r);
    free(incoming);
    return 0;
}

/* ---- 3. hash ----------------------------------------------------------- */

/* sha256 of a file, streaming.  -1 with errno on failure. */
static int hash_file(const char *path, char out[65], long long *size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    GChecksum *cs = g_checksum_new(G_CHECKSUM_SHA256);
    if (!cs)
        die("out of memory");
    unsigned char buf[1 << 16];
    long long total = 0;
    int rc = 0;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        g_checksum_update(cs, buf, n);
        total += n;
    }
    int e = errno;
    close(fd);
    if (rc == 0) {
        snprintf(out, 65, "%s", g_checksum_get_string(cs));
        *size = total;
    }
    g_checksum_free(cs);
    errno = e;
    return rc;
}

static void hash_claimed(run_ctx *c)
{
    typedef struct {
        long long id, size;
        char sha[65];
        int state;   /* 0 hashed, 1 gone, 2 unreadable */
    } item;
    item *v = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = lg_query(c->l, "SELECT id FROM arrivals WHERE state = 'claimed' AND sha256 IS NULL ORDER BY id", "");
    while (lg_row(c->l, st)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            v = xreallocarray(v, cap, sizeof *v);
        }
        memset(&v[n], 0, sizeof v[n]);
        v[n++].id = lg_col_int(st, 0);
    }
    for (size_t i = 0; i < n; i++) {
        char *p = work_path(c, v[i].id);
        if (hash_file(p, v[i].sha, &v[i].size) < 0) {
            v[i].state = errno == ENOENT ? 1 : 2;
            if (v[i].state == 2)
                warnx_("arrival %lld: cannot read work/%lld: %s; retried next run", v[i].id, v[i].id,
                       strerror(errno));
        }
        free(p);
    }
    char now[32];
    lg_now(now);
    lg_begin(c->l);
    for (size_t i = 0; i < n; i++) {
        if (v[i].state == 1) {
            lg_run(c->l, "UPDATE arrivals SET state = 'lost' WHERE id = ?", "i", v[i].id);
            warnx_("arrival %lld: work/%lld disappeared; marked lost", v[i].id, v[i].id);
            c->lost++;
            continue;
        }
        if (v[i].state == 2)
            continue;
        lg_run(c->l, "INSERT OR IGNORE INTO documents (sha256, size, first_seen) VALUES (?, ?, ?)", "tit", v[i].sha,
               v[i].size, now);
        /* The same bytes again after a purge: screened again. */
        lg_run(c->l, "UPDATE documents SET purged_at = NULL, attempts = 0 WHERE sha256 = ? AND purged_at IS NOT NULL",
               "t", v[i].sha);
        lg_run(c->l, "UPDATE arrivals SET sha256 = ?, size = ? WHERE id = ?", "tii", v[i].sha, v[i].size, v[i].id);
    }
    lg_commit(c->l);
    free(v);
}

/* ---- 4. screen --------------------------------------------------------- */

static void plan(run_ctx *c)
{
    size_t cap = 0;
    sqlite3_stmt *st = lg_query(
        c->l,
        "SELECT d.sha256, "
        "  (SELECT min(a.id) FROM arrivals a WHERE a.sha256 = d.sha256 AND a.state = 'claimed') "
        "FROM documents d WHERE d.purged_at IS NULL "
        "AND EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = d.sha256 AND a.state IN ('claimed','done')) "
        "AND NOT EXISTS (SELECT 1 FROM results r WHERE r.sha256 = d.sha256 AND r.rules_version = ? "
        "                AND r.profile_sha256 = ? AND r.record IS NOT NULL) "
        "ORDER BY 2, d.sha256",
        "tt", c->t.rules_version, c->t.profile_sha256);
    while (lg_row(c->l, st)) {
        const char *sha = lg_col_text(st, 0);
        char *path = NULL;
        if (!lg_col_null(st, 1)) {
            path = work_path(c, lg_col_int(st, 1));
        } else {
            /* Screened before with other rules or another profile: the
             * original in processed/ or failed/ is screened again. */
            sqlite3_stmt *q = lg_query(c->l,
                                       "SELECT dest FROM arrivals WHERE sha256 = ? AND state = 'done' "
                                       "AND dest IS NOT NULL ORDER BY id",
                                       "t", sha);
            while (lg_row(c->l, q)) {
                char *p = dd_path(&c->t.d, lg_col_text(q, 0));
                if (path_exists(p)) {
                    path = p;
                    lg_done(q);
                    break;
                }
                free(p);
            }
        }
        if (!path) {
            c->unavailable++;
            continue;
        }
        if (lg_col_null(st, 1)) {
            /* The stages name the files they are given in their messages:
             * give them a neutral name, work/r-SHA, a symlink to the
             * original (removed after screening, and at the next start). */
            char *rel = xasprintf("work/r-%.16s", sha);
            char *link = dd_path(&c->t.d, rel);
            free(rel);
            if (unlink(link) < 0 && errno != ENOENT)
                die("cannot remove %s: %s", link, strerror(errno));
            if (symlink(path, link) < 0)
                die("cannot create %s: %s", link, strerror(errno));
            free(path);
            path = link;
        }
        if (c->njobs == cap) {
            cap = cap ? cap * 2 : 64;
            c->jobv = xreallocarray(c->jobv, cap, sizeof *c->jobv);
        }
        c->jobv[c->njobs++] = (job){xstrdup(sha), path};
    }
}

/* pass when eligible; error when unreadable; review when any check or
 * knock-out says review; fail otherwise. */
static const char *decision_of(const json *rec)
{
    const char *s = json_get_str(rec, "status");
    if (!s || strcmp(s, "ok") != 0)
        return "error";
    if (json_get_bool(rec, "eligible", false))
        return "pass";
    const char *groups[] = {"checks", "knockouts"};
    bool fail = false, review = false;
    for (int g = 0; g < 2; g++) {
        json *o = json_get(rec, groups[g]);
        for (size_t i = 0; o && o->type == JSON_OBJECT && i < o->len; i++) {
            const char *d = json_str(o->items[i]);
            if (d && !strcmp(d, "fail"))
                fail = true;
            if (d && !strcmp(d, "review"))
                review = true;
        }
    }
    return fail ? "fail" : review ? "review" : "fail";
}

static json *pipeline_error_record(const char *sha)
{
    json *rec = json_object();
    json_set_str(rec, "schema", "zeef/1");
    json_set_null(rec, "file");
    json_set_str(rec, "sha256", sha);
    json_set_null(rec, "format");
    json_set_str(rec, "status", "error");
    json *e = json_object();
    json_set_str(e, "code", "corrupt");
    char *m = xasprintf("zeef could not screen this document: the pipeline failed on it %d times", MAX_ATTEMPTS);
    json_set_str(e, "message", m);
    free(m);
    json_set(rec, "error", e);
    json_set_null(rec, "pages");
    json_set_null(rec, "pages_exact");
    return rec;
}

static void on_done(void *ctx, size_t k, json *rec)
{
    run_ctx *c = ctx;
    const job *j = &c->jobv[k];
    char hb[16];
    c->ndone++;
    if (!rec) {
        lg_run(c->l, "UPDATE documents SET attempts = attempts + 1 WHERE sha256 = ?", "t", j->sha);
        long long attempts = lg_int(c->l, 0, "SELECT attempts FROM documents WHERE sha256 = ?", "t", j->sha);
        if (attempts < MAX_ATTEMPTS) {
            warnx_("document %s: the pipeline failed on it (attempt %lld of %d); screened again next run",
                   short_hash(j->sha, hb), attempts, MAX_ATTEMPTS);
            c->pipeline_errors++;
            progress(c, false);
            return;
        }
        rec = pipeline_error_record(j->sha);
    }
    const char *sha = json_get_str(rec, "sha256");
    if (sha && strcmp(sha, j->sha) != 0) {
        /* The bytes changed between hashing and screening: a supplier was
         * still writing.  Hash and screen again next run. */
        warnx_("document %s: the file changed while it was read; screened again next run", short_hash(j->sha, hb));
        lg_run(c->l, "UPDATE arrivals SET sha256 = NULL WHERE sha256 = ? AND state = 'claimed'", "t", j->sha);
        c->changed++;
        json_free(rec);
        progress(c, false);
        return;
    }
    if (!sha)
        json_set_str(rec, "sha256", j->sha);   /* e.g. too_large: the extractor did not hash it */
    json_set_null(rec, "file");                /* set from the arrivals when reports are made */

    const char *status = json_get_str(rec, "status");
    bool ok = status && !strcmp(status, "ok");
    json *dec = json_object();
    json_set(dec, "checks", json_copy(json_get(rec, "checks")));
    json_set(dec, "knockouts", json_copy(json_get(rec, "knockouts")));
    json_set(dec, "eligible", json_copy(json_get(rec, "eligible")));
    strbuf a = STRBUF_INIT, b = STRBUF_INIT;
    FILE *m = open_memstream(&a.data, &a.len);
    FILE *m2 = open_memstream(&b.data, &b.len);
    if (!m || !m2)
        die("open_memstream: %s", strerror(errno));
    json_write(m, rec);
    json_write(m2, dec);
    if (fclose(m) != 0 || fclose(m2) != 0)
        die("out of memory");
    char now[32];
    lg_now(now);
    lg_begin(c->l);
    lg_run(c->l,
           "INSERT OR REPLACE INTO results (sha256, rules_version, profile_sha256, run, created_at, status, "
           "error_code, decision, decisions, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           "tttittttt" "t", j->sha, c->t.rules_version, c->t.profile_sha256, c->run, now, ok ? "ok" : "error",
           ok ? NULL : json_str(json_get_path(rec, "error.code")), decision_of(rec), b.data, a.data);
    lg_run(c->l, "UPDATE runs SET extracted = extracted + 1 WHERE id = ?", "i", c->run);
    lg_commit(c->l);
    c->extracted++;
    free(a.data);
    free(b.data);
    json_free(dec);
    json_free(rec);
    progress(c, false);
}

/* ---- 5. finish --------------------------------------------------------- */

/* Splits "lot2/Jan de Vries.pdf" into the base "Jan de Vries" and ".pdf". */
static char *clash_name(const char *name, long long id, int n)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        dot = base + strlen(base);
    if (n == 0)
        return xasprintf("%.*s~%lld%s", (int)(dot - base), base, id, dot);
    return xasprintf("%.*s~%lld-%d%s", (int)(dot - base), base, id, n, dot);
}

/* A free destination, relative to the drop folder. */
static char *choose_dest(run_ctx *c, const char *outcome, const char *name, long long id)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    for (int n = -1; n < 1000; n++) {
        char *file = n < 0 ? xstrdup(base) : clash_name(base, id, n);
        char *rel = xasprintf("%s/%s/%s", outcome, c->today, file);
        free(file);
        char *abs = dd_path(&c->t.d, rel);
        char *errp = xasprintf("%s.error.json", abs);
        bool taken = path_exists(abs) || path_exists(errp);
        free(abs);
        free(errp);
        if (!taken)
            return rel;
        free(rel);
    }
    die("no free name for arrival %lld in %s/%s", id, outcome, c->today);
}

/* v as one JSON line ending in '\n' (malloc'd), for write_file_atomic(). */
static char *json_line(const json *v, size_t *len)
{
    char *buf = NULL;
    FILE *m = open_memstream(&buf, len);
    if (!m)
        die("open_memstream: %s", strerror(errno));
    json_write(m, v);
    fputc('\n', m);
    if (fclose(m) != 0)
        die("out of memory");
    return buf;
}

static void finish_arrival(run_ctx *c, long long id, const char *name, const char *olddest, const char *sha,
                           const char *claimed_at, const char *record)
{
    char hb[16];
    json *rec = json_parse(record, strlen(record), NULL);
    const char *status = json_get_str(rec, "status");
    bool ok = status && !strcmp(status, "ok");
    const char *outcome = ok ? "processed" : "failed";

    /* A destination chosen by a killed run is kept when still free. */
    char *dest = NULL;
    if (olddest && starts_with(olddest, outcome) && olddest[strlen(outcome)] == '/') {
        char *abs = dd_path(&c->t.d, olddest);
        if (!path_exists(abs))
            dest = xstrdup(olddest);
        free(abs);
    }
    if (olddest && !dest) {
        /* Our own stale error record from the abandoned destination. */
        char *abs = dd_path(&c->t.d, olddest);
        char *e = xasprintf("%s.error.json", abs);
        if (!path_exists(abs))
            unlink(e);
        free(e);
        free(abs);
    }
    if (!dest) {
        char *dir = xasprintf("%s/%s/%s", c->t.d.root, outcome, c->today);
        if (mkdirs(dir) < 0)
            die("cannot create %s: %s", dir, strerror(errno));
        free(dir);
        dest = choose_dest(c, outcome, name, id);
    }
    lg_run(c->l, "UPDATE arrivals SET state = 'moving', outcome = ?, dest = ? WHERE id = ?", "tti", outcome, dest, id);

    char *abs = dd_path(&c->t.d, dest);
    char *dir = xstrdup(abs);
    *strrchr(dir, '/') = '\0';
    if (mkdirs(dir) < 0)
        die("cannot create %s: %s", dir, strerror(errno));
    if (!ok) {
        json *er = json_object();
        json_set_str(er, "schema", "zeef/1");
        json_set_str(er, "file", name);
        json_set_str(er, "sha256", sha);
        json_set(er, "format", json_copy(json_get(rec, "format")));
        json_set_str(er, "status", "error");
        json_set(er, "error", json_copy(json_get(rec, "error")));
        json_set_str(er, "received", claimed_at);
        json_set_int(er, "arrival", id);
        size_t len;
        char *line = json_line(er, &len);
        char *ep = xasprintf("%s.error.json", abs);
        if (write_file_atomic(ep, line, len) < 0)
            die("cannot write %s: %s", ep, strerror(errno));
        free(ep);
        free(line);
        json_free(er);
        char *code = json_str(json_get_path(rec, "error.code")) ? xstrdup(json_str(json_get_path(rec, "error.code")))
                                                                 : xstrdup("?");
        warnx_("failed: document %s (%s)", short_hash(sha, hb), code);
        json *f = json_object();
        json_set_str(f, "sha256", sha);
        json_set_str(f, "code", code);
        json_push(c->failures, f);
        free(code);
    }
    char *w = work_path(c, id);
    if (rename_noreplace(w, abs) < 0)
        die("cannot move arrival %lld to %s: %s", id, outcome, strerror(errno));
    char *wd = dd_path(&c->t.d, "work");
    if (fsync_dir(dir) < 0 || fsync_dir(wd) < 0)
        die("cannot sync %s: %s", dir, strerror(errno));
    free(wd);
    char now[32];
    lg_now(now);
    lg_begin(c->l);
    lg_run(c->l, "UPDATE arrivals SET state = 'done', done_at = ?, done_run = ? WHERE id = ?", "tii", now, c->run, id);
    lg_run(c->l, ok ? "UPDATE runs SET processed = processed + 1 WHERE id = ?"
                    : "UPDATE runs SET failed = failed + 1 WHERE id = ?",
           "i", c->run);
    lg_commit(c->l);
    if (ok)
        c->processed++;
    else
        c->failed++;
    free(w);
    free(dir);
    free(abs);
    free(dest);
    json_free(rec);
}

static void finish(run_ctx *c)
{
    typedef struct {
        long long id;
        char *name, *dest, *sha, *claimed_at, *record;
    } item;
    item *v = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = lg_query(c->l,
                                "SELECT a.id, a.name, a.dest, a.sha256, a.claimed_at, r.record FROM arrivals a "
                                "JOIN results r ON r.sha256 = a.sha256 AND r.rules_version = ? "
                                "AND r.profile_sha256 = ? AND r.record IS NOT NULL "
                                "WHERE a.state = 'claimed' ORDER BY a.id",
                                "tt", c->t.rules_version, c->t.profile_sha256);
    while (lg_row(c->l, st)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            v = xreallocarray(v, cap, sizeof *v);
        }
        const char *d = lg_col_text(st, 2);
        v[n++] = (item){lg_col_int(st, 0),          xstrdup(lg_col_text(st, 1)), d ? xstrdup(d) : NULL,
                        xstrdup(lg_col_text(st, 3)), xstrdup(lg_col_text(st, 4)), xstrdup(lg_col_text(st, 5))};
    }
    for (size_t i = 0; i < n; i++) {
        /* A duplicate: the same bytes as an earlier arrival, or as another
         * arrival of this run. */
        long long earlier = lg_int(c->l, 0, "SELECT count(*) FROM arrivals WHERE sha256 = ? AND id < ? AND state <> 'lost'",
                                   "ti", v[i].sha, v[i].id);
        if (earlier > 0)
            c->duplicates++;
        finish_arrival(c, v[i].id, v[i].name, v[i].dest, v[i].sha, v[i].claimed_at, v[i].record);
        free(v[i].name);
        free(v[i].dest);
        free(v[i].sha);
        free(v[i].claimed_at);
        free(v[i].record);
    }
    free(v);
}

/* ---- 6. summary -------------------------------------------------------- */

static json *summary(run_ctx *c, const char *started, const char *finished, int code, long ndocs, long nstale,
                     long waiting_claimed)
{
    json *s = json_object();
    json_set_str(s, "schema", "zeef-run/1");
    json_set_int(s, "run", c->run);
    json_set_str(s, "tender", c->t.d.root);
    json_set_str(s, "profile_sha256", c->t.profile_sha256);
    json_set_str(s, "rules_version", c->t.rules_version);
    json_set_str(s, "started", started);
    json_set_str(s, "finished", finished);
    json_set_int(s, "exit_code", code);
    json_set_str(s, "status", code == 0 ? "ok" : code == 1 ? "some_failed" : "error");
    json_set_int(s, "jobs", c->jobs);
    json *k = json_object();
    json_set_int(k, "found", c->found);
    json_set_int(k, "claimed", c->claimed);
    json_set_int(k, "recovered", c->recovered);
    json_set_int(k, "extracted", c->extracted);
    json_set_int(k, "duplicates", c->duplicates);
    json_set_int(k, "processed", c->processed);
    json_set_int(k, "failed", c->failed);
    json_set_int(k, "pipeline_errors", c->pipeline_errors);
    json_set_int(k, "changed_while_read", c->changed);
    json_set_int(k, "lost", c->lost);
    json_set_int(k, "in_progress_left", c->in_progress);
    json_set_int(k, "ignored_not_regular", c->ignored);
    json_set_int(k, "waiting_claimed", waiting_claimed);
    json_set_int(k, "not_rescreenable", c->unavailable);
    json_set_int(k, "documents_in_report", ndocs);
    json_set_int(k, "documents_stale", nstale);
    json_set(s, "counts", k);
    json_set(s, "failures", json_copy(c->failures));
    return s;
}

static long parse_num(const char *s, const char *what, long lo, long hi)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi) {
        fprintf(stderr, "zeef run: %s: expected a number from %ld to %ld, got \"%s\"\n", what, lo, hi, s);
        exit(ZEEF_EXIT_CANNOT_RUN);
    }
    return v;
}

int cmd_run(int argc, char **argv)
{
    zeef_progname = "zeef run";
    run_ctx c;
    memset(&c, 0, sizeof c);
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    c.jobs = nproc > 0 ? (int)(nproc > 256 ? 256 : nproc) : 1;
    int settle = -1;
    static const struct option longopts[] = {
        {"jobs", required_argument, NULL, 'j'}, {"settle", required_argument, NULL, 's'},
        {"quiet", no_argument, NULL, 'q'},      {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "j:qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'j': c.jobs = (int)parse_num(optarg, "--jobs", 1, 256); break;
        case 's': settle = (int)parse_num(optarg, "--settle", 0, 86400); break;
        case 'q': c.quiet = true; break;
        case 'h': fputs(usage, stdout); return ZEEF_EXIT_OK;
        default: fputs(usage, stderr); return ZEEF_EXIT_CANNOT_RUN;
        }
    }
    if (optind != argc - 1) {
        fputs(usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    c.tty = isatty(STDERR_FILENO);
    char *err = NULL;
    if (drop_open(argv[optind], &c.t, &err) < 0) {
        warnx_("%s", err);
        free(err);
        drop_close(&c.t);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    if (settle < 0)
        settle = c.t.d.settle;
    c.bindir = zeef_bindir();
    if (check_stages(c.bindir, &err) < 0 || dropdir_prepare(&c.t.d, &err) < 0) {
        warnx_("%s", err);
        free(err);
        free(c.bindir);
        drop_close(&c.t);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    int lk = dropdir_lock(&c.t.d, &err);
    if (lk != 0) {
        if (lk > 0)
            warnx_("another zeef run is busy in %s; not starting a second one", c.t.d.root);
        else {
            warnx_("%s", err);
            free(err);
        }
        free(c.bindir);
        drop_close(&c.t);
        return lk > 0 ? ZEEF_EXIT_BUSY : ZEEF_EXIT_CANNOT_RUN;
    }
    c.l = drop_ledger(&c.t, false, &err);
    if (!c.l) {
        warnx_("%s", err);
        free(err);
        free(c.bindir);
        drop_close(&c.t);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    dd_today(c.today);
    c.failures = json_array();
    char started[32];
    lg_now(started);
    lg_begin(c.l);
    lg_run(c.l, "UPDATE runs SET state = 'interrupted' WHERE state = 'running'", "");
    lg_run(c.l,
           "INSERT INTO runs (started_at, state, pid, rules_version, profile_sha256) VALUES (?, 'running', ?, ?, ?)",
           "titt", started, (long long)getpid(), c.t.rules_version, c.t.profile_sha256);
    c.run = lg_last_id(c.l);
    lg_commit(c.l);

    int code = ZEEF_EXIT_OK;
    remove_rescreen_links(&c);
    recover(&c);
    if (claim(&c, settle) < 0)
        code = ZEEF_EXIT_CANNOT_RUN;
    hash_claimed(&c);
    plan(&c);
    c.t0 = now_s();
    char **paths = xcalloc(c.njobs ? c.njobs : 1, sizeof *paths);
    for (size_t i = 0; i < c.njobs; i++)
        paths[i] = c.jobv[i].path;
    if (pool_run(c.bindir, c.t.d.profile_path, c.jobs, paths, c.njobs, on_done, &c, &err) < 0) {
        if (c.tty && !c.quiet)
            fputc('\n', stderr);
        warnx_("%s", err);
        free(err);
        code = ZEEF_EXIT_CANNOT_RUN;
    }
    free(paths);
    progress(&c, true);
    remove_rescreen_links(&c);
    finish(&c);

    long ndocs = 0, nstale = 0;
    if (regen_reports(c.l, &c.t, c.bindir, &ndocs, &nstale, &err) < 0) {
        warnx_("reports: %s", err);
        free(err);
        code = ZEEF_EXIT_CANNOT_RUN;
    }
    long waiting = lg_int(c.l, 0, "SELECT count(*) FROM arrivals WHERE state = 'claimed'", "");
    if (code == ZEEF_EXIT_OK && (c.failed || c.pipeline_errors || c.lost || c.changed))
        code = ZEEF_EXIT_FAILED_FILES;

    char finished[32];
    lg_now(finished);
    json *s = summary(&c, started, finished, code, ndocs, nstale, waiting);
    size_t slen;
    char *sline = json_line(s, &slen);
    char *sp = dd_path(&c.t.d, "reports/run-summary.json");
    if (write_file_atomic(sp, sline, slen) < 0) {
        warnx_("cannot write %s: %s", sp, strerror(errno));
        code = ZEEF_EXIT_CANNOT_RUN;
    }
    free(sp);
    lg_run(c.l, "UPDATE runs SET state = ?, finished_at = ?, exit_code = ?, summary = ? WHERE id = ?", "ttiti",
           code == ZEEF_EXIT_CANNOT_RUN ? "error" : "done", finished, (long long)code, sline, c.run);
    if (!c.quiet)
        fprintf(stderr,
                "zeef: run %lld: %ld new, %ld screened, %ld duplicates, %ld processed, %ld failed, %ld still being "
                "written, %ld waiting; %ld documents in the report\n",
                c.run, c.claimed, c.extracted, c.duplicates, c.processed, c.failed, c.in_progress, waiting, ndocs);
    if (nstale)
        warnx_("%ld documents were screened with other rules or another profile and could not be screened again "
               "(their files are gone); they are left out of the report",
               nstale);

    free(sline);
    json_free(s);
    json_free(c.failures);
    for (size_t i = 0; i < c.njobs; i++) {
        free(c.jobv[i].sha);
        free(c.jobv[i].path);
    }
    free(c.jobv);
    ledger_close(c.l);
    free(c.bindir);
    drop_close(&c.t);
    return code;
}
