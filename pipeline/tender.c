/*
 * tender.c — the `zeef tender` subcommand: argument parsing and the places
 * zeef's own files live (see tender.h).
 *
 *     zeef tender import REQUEST [-o PROFILE] [--force]
 *     zeef tender check PROFILE [--samples DIR]
 *
 * The `zeef` dispatcher (zeef.c) calls cmd_tender() with argv[0] "tender".
 * The rules folder holding request.rules, lexicon.rules and the shared rule
 * files is found from $ZEEF_RULES, else from the executable's place in the
 * zeef tree (BUILD/bin/x -> ../../rules), else ./rules.  The stage
 * executables that `check --samples` runs are the ones next to this one.
 */
#include "tender.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: zeef tender import REQUEST [-o PROFILE] [--force]\n"
    "       zeef tender check PROFILE [--samples DIR]\n"
    "\n"
    "import  reads a hiring request (text, PDF or DOCX) with the usual structure\n"
    "        (Vereisten / knock-outcriteria, Selectiecriteria with points, CV-eisen,\n"
    "        deadline, shortlist, tie-break) and writes a tender profile (default\n"
    "        ./ID.profile) and its rules file (NAME.rules next to it).  Requirements\n"
    "        it cannot map are written as type = manual (always \"review\") and listed.\n"
    "        Exit 0: done; 1: written, but something must be filled in or fixed\n"
    "        (said on stderr); 2: nothing written.  Existing files are kept unless\n"
    "        --force.\n"
    "check   validates a profile: every rule compiles, every rule id it names\n"
    "        exists, the points add up, dates and limits are sane; every problem as\n"
    "        FILE:LINE.  With --samples DIR it also runs the profile over the CVs in\n"
    "        DIR and explains each candidate's decisions.  Exit 0: fine; 1: problems.\n"
    "\n"
    "Then: ./run.sh --tender PROFILE --inbox CVS --out OUT\n";

char *tender_bin_dir(void)
{
    char *d = exe_dir();
    return d ? d : xstrdup("build/bin");
}

char *tender_rules_dir(void)
{
    const char *env = getenv("ZEEF_RULES");
    if (env && *env)
        return xstrdup(env);
    char *d = exe_dir();
    if (d) {
        char *r = xasprintf("%s/../../rules", d);
        free(d);
        char *probe = xasprintf("%s/request.rules", r);
        bool ok = access(probe, R_OK) == 0;
        free(probe);
        if (ok) {
            char real[PATH_MAX];
            if (realpath(r, real)) {
                free(r);
                return xstrdup(real);
            }
            return r;
        }
        free(r);
    }
    return xstrdup("rules");
}

int cmd_tender(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    const char *arg = NULL, *out = NULL, *samples = NULL;
    bool force = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && !strcmp(cmd, "import")) {
            if (++i >= argc) {
                fprintf(stderr, "zeef tender: %s needs a file\n", a);
                return 2;
            }
            out = argv[i];
        } else if (!strcmp(a, "--force") && !strcmp(cmd, "import")) {
            force = true;
        } else if (!strcmp(a, "--samples") && !strcmp(cmd, "check")) {
            if (++i >= argc) {
                fprintf(stderr, "zeef tender: --samples needs a folder\n");
                return 2;
            }
            samples = argv[i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "zeef tender %s: unknown option %s\n%s", cmd, a, usage_text);
            return 2;
        } else if (!arg) {
            arg = a;
        } else {
            fprintf(stderr, "zeef tender %s: one file only (got %s and %s)\n", cmd, arg, a);
            return 2;
        }
    }
    if (!strcmp(cmd, "import") || !strcmp(cmd, "check")) {
        if (!arg) {
            fprintf(stderr, "zeef tender %s: which %s?\n%s", cmd, !strcmp(cmd, "import") ? "request" : "profile",
                    usage_text);
            return 2;
        }
        return !strcmp(cmd, "import") ? tender_import(arg, out, force) : tender_check(arg, samples);
    }
    fprintf(stderr, "zeef tender: unknown command \"%s\"\n%s", cmd, usage_text);
    return 2;
}
