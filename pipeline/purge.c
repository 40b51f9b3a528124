/*
 * purge.c — `zeef purge --older-than DAYS TENDER`: retention (AVG).
 *
 * A document whose last arrival was received more than DAYS days ago, and
 * whose arrivals are all finished, loses everything personal zeef holds
 * about it:
 *
 *   - the CV copies: its originals in processed/DATE/ and failed/DATE/ and
 *     their NAME.error.json (empty DATE folders are removed too);
 *   - the stored result records (name, contact details, quoted CV text);
 *   - the arrivals' file names and destinations (suppliers name files
 *     after candidates).
 *
 * It keeps what the tender's accountability needs and what identifies no
 * one by itself: the sha256 and size of the bytes, arrival times, the runs
 * and their counts, and the decisions (status, error code, pass/review/
 * fail, the checks and knock-outs).  The reports are regenerated without
 * the purged documents.  The same bytes submitted again later are screened
 * again as new.
 *
 * Order, for crash safety: the files of a document are removed first, then
 * the ledger rows are changed in one transaction.  A purge killed in between
 * leaves a document whose files are (partly) gone but whose rows are not
 * yet purged; the next purge removes what is left (a missing file is fine)
 * and commits.  The other order could leave CV copies that the ledger no
 * longer knows about.  SQLite's secure_delete overwrites the freed record
 * text, and a WAL checkpoint (TRUNCATE) at the end removes the old pages
 * from the write-ahead log.
 *
 * --dry-run lists nothing personal either: it says how many documents and
 * files would go.  Takes the drop folder's lock (exit 3 when a run is busy).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"
#include "zeefcmd.h"

static const char usage[] =
    "usage: zeef purge --older-than DAYS [--dry-run] TENDER\n"
    "\n"
    "Removes the CV copies (processed/, failed/) and the personal results of\n"
    "documents last received more than DAYS days ago; keeps counts, hashes and\n"
    "decisions, and regenerates the reports without them.\n"
    "Exit status: 0 done; 2 could not run; 3 a run is busy.\n";

/* Removes root/rel (and rel.error.json); ENOENT is fine.  Returns files removed or -1. */
static int remove_copy(const dropdir *d, const char *rel)
{
    int n = 0;
    char *p = dd_path(d, rel);
    char *e = xasprintf("%s.error.json", p);
    const char *files[] = {p, e};
    for (int i = 0; i < 2; i++) {
        if (unlink(files[i]) == 0)
            n++;
        else if (errno != ENOENT) {
            warnx_("cannot remove a purged copy in %s: %s", d->root, strerror(errno));
            n = -1;
            break;
        }
    }
    if (n >= 0) {
        char *dir = xstrdup(p);
        *strrchr(dir, '/') = '\0';
        if (fsync_dir(dir) < 0)
            n = -1;
        else if (rmdir(dir) == 0) {   /* an empty DATE folder */
            char *up = xstrdup(dir);
            *strrchr(up, '/') = '\0';
            if (fsync_dir(up) < 0)
                n = -1;
            free(up);
        }
        free(dir);
    }
    free(e);
    free(p);
    return n;
}

int cmd_purge(int argc, char **argv)
{
    zeef_progname = "zeef purge";
    long days = -1;
    bool dry = false;
    static const struct option longopts[] = {{"older-than", required_argument, NULL, 'o'},
                                             {"dry-run", no_argument, NULL, 'n'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "nh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': {
            char *end;
            errno = 0;
            days = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || days < 0 || days > 36500) {
                warnx_("--older-than: expected a number of days (0 to 36500), got \"%s\"", optarg);
                return ZEEF_EXIT_CANNOT_RUN;
            }
            break;
        }
        case 'n': dry = true; break;
        case 'h': fputs(usage, stdout); return ZEEF_EXIT_OK;
        default: fputs(usage, stderr); return ZEEF_EXIT_CANNOT_RUN;
        }
    }
    if (days < 0 || optind != argc - 1) {
        if (days < 0)
            warnx_("--older-than DAYS is required");
        fputs(usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    drop_tender t;
    char *err = NULL;
    if (drop_open(argv[optind], &t, &err) < 0) {
        warnx_("%s", err);
        free(err);
        drop_close(&t);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    int lk = dropdir_lock(&t.d, &err);
    if (lk != 0) {
        if (lk > 0)
            warnx_("a zeef run is busy in %s; purge later", t.d.root);
        else {
            warnx_("%s", err);
            free(err);
        }
        drop_close(&t);
        return lk > 0 ? ZEEF_EXIT_BUSY : ZEEF_EXIT_CANNOT_RUN;
    }
    ledger *l = drop_ledger(&t, false, &err);
    if (!l) {
        warnx_("%s", err);
        free(err);
        drop_close(&t);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    time_t cut = time(NULL) - (time_t)days * 86400;
    struct tm tm;
    char cutoff[32];
    if (!gmtime_r(&cut, &tm) || !strftime(cutoff, sizeof cutoff, "%Y-%m-%dT%H:%M:%SZ", &tm))
        die("cannot format the cut-off date");

    /* The documents past retention, all of whose arrivals are finished. */
    char **shas = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = lg_query(l,
                                "SELECT d.sha256 FROM documents d WHERE d.purged_at IS NULL "
                                "AND EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = d.sha256) "
                                "AND NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.sha256 = d.sha256 "
                                "                AND (a.state IN ('claiming','claimed','moving') OR a.claimed_at > ?)) "
                                "ORDER BY d.sha256",
                                "t", cutoff);
    while (lg_row(l, st)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            shas = xreallocarray(shas, cap, sizeof *shas);
        }
        shas[n++] = xstrdup(lg_col_text(st, 0));
    }
    long files = 0;
    int code = ZEEF_EXIT_OK;
    char now[32];
    lg_now(now);
    for (size_t i = 0; i < n; i++) {
        sqlite3_stmt *q = lg_query(l, "SELECT dest FROM arrivals WHERE sha256 = ? AND dest IS NOT NULL", "t", shas[i]);
        bool ok = true;
        while (lg_row(l, q)) {
            if (dry) {
                files++;
                continue;
            }
            int k = remove_copy(&t.d, lg_col_text(q, 0));
            if (k < 0) {
                ok = false;
                lg_done(q);
                break;
            }
            files += k;
        }
        if (dry)
            continue;
        if (!ok) {
            code = ZEEF_EXIT_CANNOT_RUN;
            continue;   /* its rows stay: the next purge tries again */
        }
        lg_begin(l);
        lg_run(l, "UPDATE results SET record = NULL WHERE sha256 = ?", "t", shas[i]);
        lg_run(l, "UPDATE arrivals SET name = NULL, dest = NULL, purged_at = ? WHERE sha256 = ?", "tt", now, shas[i]);
        lg_run(l, "UPDATE documents SET purged_at = ? WHERE sha256 = ?", "tt", now, shas[i]);
        lg_commit(l);
    }
    long lost = 0;
    if (!dry)
        lost = (long)lg_run(l, "UPDATE arrivals SET name = NULL, purged_at = ? WHERE state = 'lost' AND purged_at IS NULL "
                                "AND claimed_at <= ?",
                            "tt", now, cutoff);
    if (dry) {
        printf("zeef purge: would purge %zu documents (%ld CV copies) received before %s\n", n, files, cutoff);
    } else {
        lg_exec(l, "PRAGMA wal_checkpoint(TRUNCATE)");
        printf("zeef purge: purged %zu documents (%ld files removed%s) received before %s; kept their hashes, counts "
               "and decisions\n",
               n, files, lost ? ", and the names of lost arrivals" : "", cutoff);
        char *bindir = zeef_bindir();
        long ndocs, nstale;
        if (n > 0 && (check_stages(bindir, &err) < 0 || regen_reports(l, &t, bindir, &ndocs, &nstale, &err) < 0)) {
            warnx_("reports: %s", err);
            free(err);
            code = ZEEF_EXIT_CANNOT_RUN;
        }
        free(bindir);
    }
    for (size_t i = 0; i < n; i++)
        free(shas[i]);
    free(shas);
    ledger_close(l);
    drop_close(&t);
    if (fflush(stdout) != 0)
        return ZEEF_EXIT_CANNOT_RUN;
    return code;
}
