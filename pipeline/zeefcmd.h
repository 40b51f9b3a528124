/*
 * zeefcmd.h — the subcommands of `zeef` (pipeline/zeef.c) and what they share.
 *
 *     zeef init   TENDER --profile FILE     create a drop folder
 *     zeef run    [-j N] [--settle S] [-q] TENDER
 *     zeef status [--json] TENDER...
 *     zeef report TENDER                    regenerate the reports from the ledger
 *     zeef purge  --older-than DAYS [--dry-run] TENDER
 *
 * Exit codes, for monitoring (documented in docs/ledger.md and `zeef --help`):
 *
 *     0  success
 *     1  the run finished, but some files failed (moved to failed/ with an
 *        error record) or could not be screened this time
 *     2  could not run: bad arguments, no drop folder or profile, a bad rule,
 *        the ledger or the file system failed
 *     3  already running: another zeef holds the drop folder's lock
 *
 * A tender here is a drop folder (dropdir.h) with its profile and rules
 * loaded: the rules version (rules.h) and the profile's sha256 are recorded
 * with every result, and a result only counts as current when both match.
 */
#ifndef ZEEF_ZEEFCMD_H
#define ZEEF_ZEEFCMD_H

#include <stdbool.h>

#include "dropdir.h"
#include "ledger.h"
#include "profile.h"
#include "rules.h"

enum {
    ZEEF_EXIT_OK = 0,
    ZEEF_EXIT_FAILED_FILES = 1,
    ZEEF_EXIT_CANNOT_RUN = 2,
    ZEEF_EXIT_BUSY = 3,
};

typedef struct {
    dropdir d;
    profile *prof;
    ruleset *rs;
    const char *rules_version;
    const char *profile_sha256;
} drop_tender;

/* Opens the drop folder and loads its profile and rules.  -1 with *err. */
int drop_open(const char *path, drop_tender *t, char **err);
void drop_close(drop_tender *t);

/* Where the stage executables are: $ZEEF_BIN, else the directory of the
 * running zeef executable.  malloc'd. */
char *zeef_bindir(void);
/* -1 with *err unless zeef-extract, -fields, -check and -score are there. */
int check_stages(const char *bindir, char **err);

/* The ledger of a tender: opened read-write (created 0600) or read-only
 * (NULL without error when it does not exist yet). */
ledger *drop_ledger(const drop_tender *t, bool readonly, char **err);

/*
 * Writes reports/results.jsonl, report.html and report.csv from the stored
 * result records (no extraction): every document with a current result,
 * its "file" the first arrival's name, its "arrivals" all of them, through
 * zeef-score.  *ndocs: documents in the report; *nstale: documents whose
 * stored result is for other rules or another profile (left out).
 */
int regen_reports(ledger *l, const drop_tender *t, const char *bindir, long *ndocs, long *nstale, char **err);

/* Short sha256 for logs: the first 12 hex digits. */
const char *short_hash(const char *sha, char buf[16]);

int cmd_init(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_purge(int argc, char **argv);

#endif
