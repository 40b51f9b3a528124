/*
 * compare_expected.c — compare a run's results.jsonl with the hand-written
 * expected results of the samples (samples/expected/NAME.json), as TAP.
 *
 *     compare_expected OUT/results.jsonl samples/expected
 *
 * Every expected file names its sample and the values a correct run gives
 * for the contract's fields; each field is one test.  It also checks that
 * the run has exactly one record per expected file (no file lost, none
 * twice), and that every point awarded and every failed knock-out quotes
 * evidence with a page number.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tap.h"
#include "util.h"

static const char *base(const char *p)
{
    const char *s = p ? strrchr(p, '/') : NULL;
    return s ? s + 1 : (p ? p : "");
}

static bool same(const json *a, const json *b)
{
    if (json_is_null(a) || json_is_null(b))
        return json_is_null(a) && json_is_null(b);
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case JSON_BOOL: return a->b == b->b;
    case JSON_NUMBER: return fabs(a->n - b->n) < 1e-6;
    case JSON_STRING: return !strcmp(a->s, b->s);
    default: return false;
    }
}

static void show(const char *label, const json *v)
{
    printf("#   %s: ", label);
    json_write(stdout, v);
    printf("\n");
}

static void cmp(const char *name, const char *field, const json *got, const json *want)
{
    if (!ok(same(got, want), "%s: %s", name, field)) {
        show("got ", got);
        show("want", want);
    }
}

/* Compares every member of want_obj with got_obj's, prefixing field names. */
static void cmp_members(const char *name, const char *prefix, const json *got_obj, const json *want_obj,
                        const char *got_suffix)
{
    for (size_t i = 0; want_obj && want_obj->type == JSON_OBJECT && i < want_obj->len; i++) {
        char *f = xasprintf("%s.%s", prefix, want_obj->keys[i]);
        const json *g = json_get(got_obj, want_obj->keys[i]);
        if (got_suffix)
            g = json_get(g, got_suffix);
        cmp(name, f, g, want_obj->items[i]);
        free(f);
    }
}

static void evidence_present(const char *name, const json *rec)
{
    const json *crit = json_get(rec, "criteria");
    for (size_t i = 0; crit && crit->type == JSON_OBJECT && i < crit->len; i++) {
        const json *c = crit->items[i];
        if (json_get_num(c, "points", 0) <= 0)
            continue;
        const json *ev = json_get(c, "evidence");
        bool has = ev && ev->type == JSON_ARRAY && ev->len > 0 &&
                   json_get(ev->items[0], "page") && json_get(ev->items[0], "page")->type == JSON_NUMBER &&
                   json_get_str(ev->items[0], "text") && *json_get_str(ev->items[0], "text");
        ok(has, "%s: criterion %s points quote evidence with a page", name, crit->keys[i]);
    }
    const json *kd = json_get(rec, "knockout_details");
    for (size_t i = 0; kd && kd->type == JSON_OBJECT && i < kd->len; i++) {
        const char *dec = json_get_str(kd->items[i], "decision");
        if (!dec || strcmp(dec, "fail"))
            continue;
        const char *reason = json_get_str(kd->items[i], "reason");
        ok(reason && *reason, "%s: failed knock-out %s gives a reason", name, kd->keys[i]);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: compare_expected RESULTS.jsonl EXPECTED_DIR\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    json **recs = NULL;
    size_t n = 0;
    json *rec;
    char *err = NULL;
    long lineno = 0;
    int r;
    while ((r = json_read_line(f, &rec, &err, &lineno)) != 0) {
        if (r < 0) {
            ok(0, "results line %ld is a JSON object (%s)", lineno, err);
            free(err);
            err = NULL;
            continue;
        }
        recs = xreallocarray(recs, n + 1, sizeof *recs);
        recs[n++] = rec;
    }
    fclose(f);

    DIR *dir = opendir(argv[2]);
    if (!dir) {
        perror(argv[2]);
        return 2;
    }
    struct dirent *de;
    char **names = NULL;
    size_t nn = 0;
    while ((de = readdir(dir))) {
        size_t l = strlen(de->d_name);
        if (l > 5 && !strcmp(de->d_name + l - 5, ".json")) {
            names = xreallocarray(names, nn + 1, sizeof *names);
            names[nn++] = xstrdup(de->d_name);
        }
    }
    closedir(dir);
    is_int(n, nn, "one result record per sample (no file lost, none doubled)");

    for (size_t k = 0; k < nn; k++) {
        char *path = xasprintf("%s/%s", argv[2], names[k]);
        char *data;
        size_t len;
        if (read_file(path, 1 << 20, &data, &len) < 0) {
            ok(0, "read %s", path);
            free(path);
            continue;
        }
        json *want = json_parse(data, len, &err);
        free(data);
        if (!want) {
            ok(0, "%s is valid JSON (%s)", path, err);
            free(err);
            err = NULL;
            free(path);
            continue;
        }
        const char *name = base(json_get_str(want, "file"));
        json *got = NULL;
        int found = 0;
        for (size_t i = 0; i < n; i++)
            if (!strcmp(base(json_get_str(recs[i], "file")), name)) {
                got = recs[i];
                found++;
            }
        if (!ok(found == 1, "%s: exactly one result record", name)) {
            json_free(want);
            free(path);
            continue;
        }
        static const char *const plain[] = {"format", "status", "pages", "pages_exact", "zzp", "hourly_rate",
                                            "score", "eligible", "rank", "shortlisted"};
        for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
            if (json_get(want, plain[i]))
                cmp(name, plain[i], json_get(got, plain[i]), json_get(want, plain[i]));
        if (json_get(want, "error_code"))
            cmp(name, "error.code", json_get(json_get(got, "error"), "code"), json_get(want, "error_code"));
        if (json_get(want, "language_code"))
            cmp(name, "language.code", json_get(json_get(got, "language"), "code"), json_get(want, "language_code"));
        if (json_get(want, "coord_months"))
            cmp(name, "experience.coord_months", json_get_path(got, "experience.coord_months"),
                json_get(want, "coord_months"));
        static const char *const objs[] = {"candidate", "education", "references", "checks", "knockouts"};
        for (size_t i = 0; i < sizeof objs / sizeof *objs; i++)
            cmp_members(name, objs[i], json_get(got, objs[i]), json_get(want, objs[i]), NULL);
        cmp_members(name, "criteria", json_get(got, "criteria"), json_get(want, "criteria_points"), "points");
        evidence_present(name, got);
        json_free(want);
        free(path);
    }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    for (size_t i = 0; i < n; i++)
        json_free(recs[i]);
    free(recs);
    return tap_done();
}
