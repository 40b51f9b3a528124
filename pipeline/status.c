/*
 * status.c — `zeef status [--json] TENDER...`: where every file of a tender is.
 *
 * Per drop folder, from the ledger (opened read-only, so it can be asked
 * while a run is busy) and a look at incoming/:
 *
 *   received    files claimed so far, and how many distinct documents they
 *               are (the rest are duplicates: the same bytes again);
 *   processed   originals moved to processed/ (screened);
 *   failed      originals moved to failed/ (unreadable, with an error record);
 *   waiting     files in incoming/ ready for the next run, files there still
 *               being written, and files claimed but not finished (a run is
 *               busy, or was killed: the next run finishes them);
 *   stale       documents screened with other rules or another profile: the
 *               next run screens them again;
 *   purged      documents whose CV copies and personal results were removed;
 *   last run    its number, times, state and exit code; "running" is checked
 *               against the pid, so a killed run shows as interrupted.
 *
 * --json writes one JSON object per tender (JSON Lines), for monitoring.
 * Nothing here names a file: counts only.
 *
 * Exit status: 0, or 2 when a tender could not be read (the others are
 * still shown).
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "util.h"
#include "zeefcmd.h"

static const char usage[] =
    "usage: zeef status [--json] TENDER...\n"
    "\n"
    "Shows per drop folder how many files were received, processed and failed,\n"
    "how many are waiting, and the last run.  --json: one JSON object per tender.\n"
    "Exit status: 0; 2 when a tender could not be read.\n";

static json *status_of(const char *path, char **err)
{
    drop_tender t;
    bool full = drop_open(path, &t, err) == 0;
    if (!full) {
        /* A broken profile must not hide the counts: open the folder only. */
        char *perr = *err;
        *err = NULL;
        drop_close(&t);
        memset(&t, 0, sizeof t);
        if (dropdir_open(path, &t.d, err) < 0) {
            free(perr);
            return NULL;
        }
        *err = perr;   /* reported, and the exit status says so */
    }
    json *s = json_object();
    json_set_str(s, "tender", t.d.root);
    json_set_str(s, "profile", t.d.profile_path);
    if (full) {
        json_set_str(s, "profile_sha256", t.profile_sha256);
        json_set_str(s, "rules_version", t.rules_version);
    } else {
        json_set_str(s, "profile_error", *err);
    }

    char *incoming = dd_path(&t.d, "incoming");
    dd_scan_result r;
    char *serr = NULL;
    long ready = 0, writing = 0;
    if (dd_scan(incoming, t.d.settle, &r, &serr) == 0) {
        ready = (long)r.n;
        writing = (long)r.in_progress;
        dd_scan_free(&r);
    } else {
        json_set_str(s, "incoming_error", serr);
        free(serr);
    }
    free(incoming);

    char *lerr = NULL;
    ledger *l = drop_ledger(&t, true, &lerr);
    long long received = 0, documents = 0, processed = 0, failed = 0, claimed = 0, lost = 0, stale = 0,
              purged = 0;
    json *last = json_null();
    if (l) {
        received = lg_int(l, 0, "SELECT count(*) FROM arrivals WHERE state <> 'claiming'", "");
        documents = lg_int(l, 0, "SELECT count(DISTINCT sha256) FROM arrivals WHERE sha256 IS NOT NULL", "");
        processed = lg_int(l, 0, "SELECT count(*) FROM arrivals WHERE state = 'done' AND outcome = 'processed'", "");
        failed = lg_int(l, 0, "SELECT count(*) FROM arrivals WHERE state = 'done' AND outcome = 'failed'", "");
        claimed = lg_int(l, 0, "SELECT count(*) FROM arrivals WHERE state IN ('claimed','moving')", "");
        lost = lg_int(l, 0, "SELECT count(*) FROM arrivals WHERE state = 'lost'", "");
        purged = lg_int(l, 0, "SELECT count(*) FROM documents WHERE purged_at IS NOT NULL", "");
        if (full)
            stale = lg_int(l, 0,
                           "SELECT count(*) FROM documents d WHERE d.purged_at IS NULL "
                           "AND EXISTS (SELECT 1 FROM results r WHERE r.sha256 = d.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM results r WHERE r.sha256 = d.sha256 "
                           "AND r.rules_version = ? AND r.profile_sha256 = ? AND r.record IS NOT NULL)",
                           "tt", t.rules_version, t.profile_sha256);
        sqlite3_stmt *st = lg_query(l,
                                    "SELECT id, started_at, finished_at, state, exit_code, pid, claimed, extracted, "
                                    "processed, failed FROM runs ORDER BY id DESC LIMIT 1",
                                    "");
        if (lg_row(l, st)) {
            json_free(last);
            last = json_object();
            const char *state = lg_col_text(st, 3);
            long long pid = lg_col_int(st, 5);
            if (state && !strcmp(state, "running") && kill((pid_t)pid, 0) < 0 && errno == ESRCH)
                state = "interrupted";
            json_set_int(last, "run", lg_col_int(st, 0));
            json_set_str(last, "started", lg_col_text(st, 1));
            json_set_str(last, "finished", lg_col_text(st, 2));
            json_set_str(last, "state", state);
            if (lg_col_null(st, 4))
                json_set_null(last, "exit_code");
            else
                json_set_int(last, "exit_code", lg_col_int(st, 4));
            json_set_int(last, "claimed", lg_col_int(st, 6));
            json_set_int(last, "extracted", lg_col_int(st, 7));
            json_set_int(last, "processed", lg_col_int(st, 8));
            json_set_int(last, "failed", lg_col_int(st, 9));
            lg_done(st);
        }
        ledger_close(l);
    } else if (lerr) {
        json_set_str(s, "ledger_error", lerr);
        free(lerr);
    }
    json_set_int(s, "received", received);
    json_set_int(s, "documents", documents);
    json_set_int(s, "duplicates", received - lost > documents ? received - lost - documents : 0);
    json_set_int(s, "processed", processed);
    json_set_int(s, "failed", failed);
    json *w = json_object();
    json_set_int(w, "total", ready + writing + claimed);
    json_set_int(w, "incoming", ready);
    json_set_int(w, "being_written", writing);
    json_set_int(w, "claimed", claimed);
    json_set(s, "waiting", w);
    json_set_int(s, "lost", lost);
    json_set_int(s, "stale", stale);
    json_set_int(s, "purged", purged);
    json_set(s, "last_run", last);
    drop_close(&t);
    return s;
}

static void print_human(const json *s)
{
    printf("%s\n", json_get_str(s, "tender"));
    const char *psha = json_get_str(s, "profile_sha256");
    printf("  profile     %s", json_get_str(s, "profile"));
    if (psha)
        printf(" (sha256 %.12s)\n", psha);
    else
        printf(" (cannot be loaded: %s)\n", json_get_str(s, "profile_error"));
    printf("  received    %.0f files, %.0f documents (%.0f duplicates)\n", json_get_num(s, "received", 0),
           json_get_num(s, "documents", 0), json_get_num(s, "duplicates", 0));
    printf("  processed   %.0f\n", json_get_num(s, "processed", 0));
    printf("  failed      %.0f\n", json_get_num(s, "failed", 0));
    const json *w = json_get(s, "waiting");
    printf("  waiting     %.0f: %.0f in incoming/, %.0f still being written, %.0f claimed\n",
           json_get_num(w, "total", 0), json_get_num(w, "incoming", 0), json_get_num(w, "being_written", 0),
           json_get_num(w, "claimed", 0));
    if (json_get_num(s, "lost", 0) > 0)
        printf("  lost        %.0f (their files vanished from work/: see docs/ledger.md)\n", json_get_num(s, "lost", 0));
    if (json_get_num(s, "stale", 0) > 0)
        printf("  stale       %.0f (rules or profile changed: the next run screens them again)\n",
               json_get_num(s, "stale", 0));
    printf("  purged      %.0f documents\n", json_get_num(s, "purged", 0));
    const json *r = json_get(s, "last_run");
    if (json_is_null(r)) {
        printf("  last run    none yet\n");
    } else {
        printf("  last run    #%.0f, started %s", json_get_num(r, "run", 0), json_get_str(r, "started"));
        if (json_get_str(r, "finished"))
            printf(", finished %s", json_get_str(r, "finished"));
        printf(", %s", json_get_str(r, "state"));
        if (!json_is_null(json_get(r, "exit_code")))
            printf(", exit %.0f", json_get_num(r, "exit_code", 0));
        printf(" (%.0f claimed, %.0f screened, %.0f processed, %.0f failed)\n", json_get_num(r, "claimed", 0),
               json_get_num(r, "extracted", 0), json_get_num(r, "processed", 0), json_get_num(r, "failed", 0));
    }
}

int cmd_status(int argc, char **argv)
{
    zeef_progname = "zeef status";
    bool as_json = false;
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'J'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'J': as_json = true; break;
        case 'h': fputs(usage, stdout); return ZEEF_EXIT_OK;
        default: fputs(usage, stderr); return ZEEF_EXIT_CANNOT_RUN;
        }
    }
    if (optind >= argc) {
        fputs(usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    int code = ZEEF_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        char *err = NULL;
        json *s = status_of(argv[i], &err);
        if (err) {
            warnx_("%s", err);
            free(err);
            code = ZEEF_EXIT_CANNOT_RUN;
        }
        if (!s)
            continue;
        if (as_json) {
            if (json_write_line(stdout, s) < 0)
                die("cannot write to stdout: %s", strerror(errno));
        } else {
            if (i > optind)
                putchar('\n');
            print_human(s);
        }
        json_free(s);
    }
    if (fflush(stdout) != 0)
        die("cannot write to stdout: %s", strerror(errno));
    return code;
}
