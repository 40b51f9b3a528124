/*
 * zeefcmd.c — the two small subcommands of zeef:
 *
 *     zeef init TENDER --profile FILE [--settle SECONDS]
 *         creates a drop folder: TENDER (0700), tender.conf naming the
 *         profile (by absolute path), incoming/, work/, processed/, failed/,
 *         reports/.  The profile and its rules are loaded first, so a bad
 *         profile is refused before anything is created.  An existing
 *         tender.conf is never overwritten.
 *
 *     zeef report TENDER
 *         regenerates reports/ (results.jsonl, report.html, report.csv) from
 *         the ledger without screening anything (dropcommon.c, regen_reports).
 *         Documents whose stored result belongs to other rules or another
 *         profile are left out and counted: `zeef run` screens them again.
 *         Takes the drop folder's lock, as a run writes the same files.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"
#include "zeefcmd.h"

static const char init_usage[] =
    "usage: zeef init TENDER --profile FILE [--settle SECONDS]\n"
    "\n"
    "Creates the drop folder TENDER for the tender profile FILE.\n";

int cmd_init(int argc, char **argv)
{
    zeef_progname = "zeef init";
    const char *prof = NULL;
    long settle = -1;
    static const struct option longopts[] = {{"profile", required_argument, NULL, 'p'},
                                             {"settle", required_argument, NULL, 's'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "p:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'p': prof = optarg; break;
        case 's': {
            char *end;
            errno = 0;
            settle = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || settle < 0 || settle > 86400) {
                warnx_("--settle: expected seconds (0 to 86400), got \"%s\"", optarg);
                return ZEEF_EXIT_CANNOT_RUN;
            }
            break;
        }
        case 'h': fputs(init_usage, stdout); return ZEEF_EXIT_OK;
        default: fputs(init_usage, stderr); return ZEEF_EXIT_CANNOT_RUN;
        }
    }
    if (!prof || optind != argc - 1) {
        fputs(init_usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    const char *dir = argv[optind];
    char abs[PATH_MAX];
    if (!realpath(prof, abs)) {
        warnx_("profile %s: %s", prof, strerror(errno));
        return ZEEF_EXIT_CANNOT_RUN;
    }
    char *err = NULL;
    profile *p = profile_load(abs, &err);
    ruleset *rs = p ? rules_load_profile(p, &err) : NULL;
    if (!rs) {
        warnx_("bad tender profile: %s", err);
        free(err);
        profile_free(p);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    rules_free(rs);
    profile_free(p);
    if (mkdirs(dir) < 0) {
        warnx_("cannot create %s: %s", dir, strerror(errno));
        return ZEEF_EXIT_CANNOT_RUN;
    }
    if (chmod(dir, 0700) < 0) {
        warnx_("cannot set the mode of %s: %s", dir, strerror(errno));
        return ZEEF_EXIT_CANNOT_RUN;
    }
    char *conf = xasprintf("%s/tender.conf", dir);
    if (path_exists(conf)) {
        warnx_("%s exists; not overwritten", conf);
        free(conf);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    char *text = settle >= 0 ? xasprintf("# zeef drop folder (see docs/ledger.md)\nprofile = %s\nsettle = %ld\n", abs, settle)
                             : xasprintf("# zeef drop folder (see docs/ledger.md)\nprofile = %s\n", abs);
    int rc = write_file_atomic(conf, text, strlen(text));
    free(text);
    if (rc < 0) {
        warnx_("cannot write %s: %s", conf, strerror(errno));
        free(conf);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    free(conf);
    dropdir d;
    if (dropdir_open(dir, &d, &err) < 0 || dropdir_prepare(&d, &err) < 0) {
        warnx_("%s", err);
        free(err);
        dropdir_close(&d);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    printf("zeef: drop folder ready: suppliers write to %s/incoming/\n", d.root);
    dropdir_close(&d);
    return fflush(stdout) == 0 ? ZEEF_EXIT_OK : ZEEF_EXIT_CANNOT_RUN;
}

static const char report_usage[] =
    "usage: zeef report TENDER\n"
    "\n"
    "Regenerates TENDER/reports/ from the ledger, without screening again.\n"
    "Exit status: 0 done; 1 some documents need screening again (rules or\n"
    "profile changed; run zeef run); 2 could not run; 3 a run is busy.\n";

int cmd_report(int argc, char **argv)
{
    zeef_progname = "zeef report";
    if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        fputs(report_usage, stdout);
        return ZEEF_EXIT_OK;
    }
    if (argc != 2 || argv[1][0] == '-') {
        fputs(report_usage, stderr);
        return ZEEF_EXIT_CANNOT_RUN;
    }
    drop_tender t;
    char *err = NULL;
    int code = ZEEF_EXIT_CANNOT_RUN;
    char *bindir = zeef_bindir();
    ledger *l = NULL;
    if (drop_open(argv[1], &t, &err) < 0 || check_stages(bindir, &err) < 0 || dropdir_prepare(&t.d, &err) < 0) {
        warnx_("%s", err);
        free(err);
        goto out;
    }
    int lk = dropdir_lock(&t.d, &err);
    if (lk != 0) {
        if (lk > 0) {
            warnx_("a zeef run is busy in %s; it writes the reports itself", t.d.root);
            code = ZEEF_EXIT_BUSY;
        } else {
            warnx_("%s", err);
            free(err);
        }
        goto out;
    }
    l = drop_ledger(&t, false, &err);
    if (!l) {
        warnx_("%s", err);
        free(err);
        goto out;
    }
    long ndocs, nstale;
    if (regen_reports(l, &t, bindir, &ndocs, &nstale, &err) < 0) {
        warnx_("%s", err);
        free(err);
        goto out;
    }
    fprintf(stderr, "zeef: reports of %ld documents written to %s/reports/\n", ndocs, t.d.root);
    code = ZEEF_EXIT_OK;
    if (nstale) {
        warnx_("%ld documents were screened with other rules or another profile and are left out; "
               "zeef run screens them again",
               nstale);
        code = ZEEF_EXIT_FAILED_FILES;
    }
out:
    ledger_close(l);
    drop_close(&t);
    free(bindir);
    return code;
}
