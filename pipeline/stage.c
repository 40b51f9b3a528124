/*
 * stage.c — the shared plumbing of the pipeline stages (see stage.h).
 *
 * stage_filter() is the loop of the stages that pass records through one at
 * a time (zeef-fields, zeef-check).  Each record's JSON values are made in
 * an arena (json.h) that is emptied when the record has been written: a
 * record is some 1,500 nodes and 3,000 allocations, and with the arena they
 * are bump allocations in memory that stays warm in the cache from one
 * record to the next, and dropping a record is a reset, not a free per node.
 */
#include "stage.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* The zeef tree of the running executable: BUILD/bin/zeef-x -> ../.. */
static char *default_profile_path(void)
{
    if (access(PROFILE_DEFAULT, R_OK) == 0)
        return xstrdup(PROFILE_DEFAULT);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            if (up == 2) {
                char *p = xasprintf("%s/%s", exe, PROFILE_DEFAULT);
                if (access(p, R_OK) == 0)
                    return p;
                free(p);
            }
        }
    }
    return xstrdup(PROFILE_DEFAULT);
}

void stage_load_tender(const char *path, profile **p, ruleset **rs)
{
    char *err = NULL;
    char *def = path ? NULL : default_profile_path();
    *p = profile_load(path ? path : def, &err);
    free(def);
    if (!*p)
        die("bad tender profile: %s", err);
    if (rs) {
        *rs = rules_load_profile(*p, &err);
        if (!*rs)
            die("bad rule: %s", err);
    }
}

int stage_read(FILE *in, json **rec, long *lineno)
{
    char *err = NULL;
    int r = json_read_line(in, rec, &err, lineno);
    if (r < 0) {
        warnx_("stdin:%ld: not a record, skipped: %s", *lineno, err ? err : "parse error");
        free(err);
        if (ferror(in))
            return 0;
    }
    return r;
}

void stage_write(const json *rec)
{
    if (json_write_line(stdout, rec) < 0)
        die("cannot write to stdout: %s", strerror(errno));
}

const char *stage_options(int argc, char **argv, const char *usage)
{
    const char *tender = NULL;
    static const struct option longopts[] = {
        {"tender", required_argument, NULL, 't'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "t:h", longopts, NULL)) != -1) {
        switch (c) {
        case 't': tender = optarg; break;
        case 'h': fputs(usage, stdout); exit(0);
        default: fputs(usage, stderr); exit(2);
        }
    }
    if (optind < argc) {
        fputs(usage, stderr);
        exit(2);
    }
    return tender;
}

void stage_filter(void (*fn)(json *rec, void *ctx), void *ctx)
{
    json *rec;
    long lineno = 0;
    int r;
    json_arena *arena = json_arena_new();
    json_arena *before = json_use_arena(arena);
    while ((r = stage_read(stdin, &rec, &lineno)) != 0) {
        if (r > 0) {
            fn(rec, ctx);
            stage_write(rec);
            json_free(rec);     /* frees what fn may have made outside the arena */
        }
        json_arena_reset(arena);
    }
    json_use_arena(before);
    json_arena_free(arena);
    json_lines_done();
}
