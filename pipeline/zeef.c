/*
 * zeef.c — `zeef`, the command for drop folders and nightly runs.
 *
 * The four stage programs (zeef-extract, zeef-fields, zeef-check,
 * zeef-score) screen one folder of CVs in one go (run.sh).  `zeef` adds what
 * a tender needs when suppliers drop CVs over weeks: a drop folder per
 * tender, a ledger that remembers every file and result, runs that process
 * only what is new, exactly once, and survive being killed, a status
 * overview and retention.  It runs the stage programs itself (they live
 * next to it, or in $ZEEF_BIN).
 *
 *     zeef init   TENDER --profile FILE [--settle SECONDS]   (zeefcmd.c)
 *     zeef run    [-j N] [--settle SECONDS] [-q] TENDER      (ingest.c)
 *     zeef status [--json] TENDER...                         (status.c)
 *     zeef report TENDER                                     (zeefcmd.c)
 *     zeef purge  --older-than DAYS [--dry-run] TENDER       (purge.c)
 *     zeef tender import REQUEST [-o PROFILE] | check PROFILE  (tender.c)
 *
 * Everything zeef creates is for its owner only: the umask is 077 from the
 * start, so the ledger, the work area, the reports and the summaries are
 * 0600 files in 0700 folders.
 *
 * Exit codes (zeefcmd.h): 0 success, 1 some files failed, 2 could not run,
 * 3 already running.  Details: docs/ledger.md.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "tender.h"
#include "util.h"
#include "zeefcmd.h"

static const char usage[] =
    "usage: zeef COMMAND [OPTIONS] TENDER\n"
    "\n"
    "Drop-folder screening: suppliers write CVs to TENDER/incoming/; every run\n"
    "screens what is new, exactly once, and can be killed at any moment.\n"
    "\n"
    "Commands:\n"
    "  init TENDER --profile FILE   create a drop folder for a tender profile\n"
    "  run [-j N] [--settle S] [-q] TENDER\n"
    "                               screen the new files; write TENDER/reports/\n"
    "  status [--json] TENDER...    received, processed, failed, waiting, last run\n"
    "  report TENDER                regenerate the reports from the ledger\n"
    "  purge --older-than DAYS TENDER\n"
    "                               remove CV copies and personal results past\n"
    "                               retention; keep counts, hashes, decisions\n"
    "  tender import REQUEST [-o PROFILE] [--force]\n"
    "                               make a tender profile from a hiring request\n"
    "  tender check PROFILE [--samples DIR]\n"
    "                               check a profile and its rules (docs/tender.md)\n"
    "\n"
    "`zeef COMMAND --help` explains each.  Layout, ledger and scheduling:\n"
    "docs/ledger.md.\n"
    "\n"
    "Exit status: 0 success; 1 some files failed; 2 could not run;\n"
    "3 already running (another zeef holds the drop folder).\n";

int main(int argc, char **argv)
{
    zeef_progname = "zeef";
    umask(077);
    if (argc < 2) {
        fputs(usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    const char *cmd = argv[1];
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {
        {"init", cmd_init}, {"run", cmd_run}, {"status", cmd_status}, {"report", cmd_report}, {"purge", cmd_purge},
        {"tender", cmd_tender},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
        if (!strcmp(cmd, cmds[i].name))
            return cmds[i].fn(argc - 1, argv + 1);
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return ZEEF_EXIT_OK;
    }
    fprintf(stderr, "zeef: unknown command \"%s\"\n", cmd);
    fputs(usage, stderr);
    return ZEEF_EXIT_CANNOT_RUN;
}
