/*
 * tender_check.c — `zeef tender check PROFILE [--samples DIR]`: is this
 * profile fit for a real run, and what does it do with a folder of CVs?
 *
 * Validation goes through the same code as the stages (profile_load: every
 * key and section known, every requirement complete, the criteria's points
 * adding up to total_points; rules_load_profile: every pattern of every rule
 * file compiles with PCRE2, every rule id the profile or the fields stage
 * needs exists), so a profile that passes here loads in the pipeline.  Those
 * report the first error as FILE:LINE: message.  Then sanity checks the
 * loader does not make, each with the line of the key:
 *
 *   errors    a deadline that is not a real date (2025-02-30); an experience
 *             requirement over 40 years; more than 10 references; a page
 *             limit above what the extractor reads (100);
 *   warnings  a deadline more than two years from today (open periods count
 *             to it); requirements of type manual (every candidate gets
 *             review); a [roles] class no requirement uses; a role class
 *             matching any employer or field; no criteria at all.
 *
 * With --samples DIR the profile is run over every file in DIR through the
 * stage executables next to this one (extract | fields | check | score, as
 * run.sh does) and each candidate is printed with rank, score, eligibility,
 * and every check, knock-out and criterion with its decision, reason and
 * first piece of evidence: what an assessor needs to see what the profile
 * does before the real run.
 */
#include "tender.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json.h"
#include "profile.h"

typedef struct {
    const char *path;
    char **lines;
    size_t n;
    int errors, warnings;
} checker;

static void load_lines(checker *c)
{
    char *data;
    size_t len;
    if (read_file(c->path, 1 << 20, &data, &len) < 0)
        return;
    for (char *s = data, *next; s && *s; s = next) {
        next = strchr(s, '\n');
        if (next)
            *next++ = '\0';
        c->lines = xreallocarray(c->lines, c->n + 1, sizeof *c->lines);
        c->lines[c->n++] = xstrdup(s);
    }
    free(data);
}

/* The line of `key =` at or after line `from` (1-based), before the next
 * section (from <= 1: anywhere in the file); `from` itself when there is none. */
static int key_line(const checker *c, int from, const char *key)
{
    size_t k = strlen(key);
    for (size_t i = from > 0 ? (size_t)from - 1 : 0; i < c->n; i++) {
        const char *s = c->lines[i];
        while (*s == ' ' || *s == '\t')
            s++;
        if (from > 1 && (int)i + 1 > from && *s == '[')
            break;
        if (!strncmp(s, key, k) && (s[k] == ' ' || s[k] == '=' || s[k] == '\t'))
            return (int)i + 1;
    }
    return from > 0 ? from : 1;
}

static void problem(checker *c, bool error, int line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void problem(checker *c, bool error, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: %s", c->path, line, error ? "" : "warning: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (error)
        c->errors++;
    else
        c->warnings++;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0) ? 29 : d[m - 1];
}

static void sanity(checker *c, const profile *p)
{
    int dl = key_line(c, 1, p->deadline ? "deadline" : "reference_date");
    if (p->ref_d > days_in_month(p->ref_y, p->ref_m))
        problem(c, true, dl, "%04d-%02d-%02d is not a date", p->ref_y, p->ref_m, p->ref_d);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int today = (tm.tm_year + 1900) * 12 + tm.tm_mon;
    int ref = p->ref_y * 12 + p->ref_m - 1;
    if (ref < today - 24 || ref > today + 24)
        problem(c, false, dl, "the reference date %04d-%02d-%02d is more than two years from today; "
                              "open periods (\"heden\") count to it", p->ref_y, p->ref_m, p->ref_d);
    if (p->max_pages > 100)
        problem(c, true, key_line(c, 1, "max_pages"), "max_pages = %d: the extractor reads at most 100 pages",
                p->max_pages);
    if (p->min_references > 10)
        problem(c, true, key_line(c, 1, "min_references"), "min_references = %d is more than any CV names",
                p->min_references);
    if (p->shortlist > 50)
        problem(c, false, key_line(c, 1, "shortlist"), "a shortlist of %d", p->shortlist);
    if (!p->ncriteria)
        problem(c, false, 1, "no [criterion] sections: every eligible candidate scores 0");
    for (int pass = 0; pass < 2; pass++) {
        const requirement *list = pass ? p->criteria : p->knockouts;
        size_t n = pass ? p->ncriteria : p->nknockouts;
        for (size_t i = 0; i < n; i++) {
            const requirement *r = &list[i];
            if (r->type == REQ_EXPERIENCE && r->months > 480)
                problem(c, true, key_line(c, r->line, r->months % 12 ? "months" : "years"),
                        "%d months of experience asked", r->months);
            if (r->type == REQ_MANUAL)
                problem(c, false, r->line, "[%s %s] is manual: every candidate gets \"review\" for it (%s)",
                        pass ? "criterion" : "knockout", r->id, r->text);
        }
    }
    for (size_t i = 0; i < p->nroles; i++) {
        bool used = false;
        for (int pass = 0; pass < 2; pass++) {
            const requirement *list = pass ? p->criteria : p->knockouts;
            size_t n = pass ? p->ncriteria : p->nknockouts;
            for (size_t j = 0; j < n; j++)
                used |= list[j].type == REQ_EXPERIENCE && !strcmp(list[j].roles, p->roles[i].name);
        }
        if (!used)
            problem(c, false, p->roles[i].line, "[roles %s] is not used by any requirement", p->roles[i].name);
        if (!strcmp(p->roles[i].role, "role.any") || !strcmp(p->roles[i].domain, "domain.any") ||
            !strcmp(p->roles[i].organisation, "org.any"))
            problem(c, false, p->roles[i].line, "[roles %s] counts %s", p->roles[i].name,
                    !strcmp(p->roles[i].role, "role.any")       ? "any job title"
                    : !strcmp(p->roles[i].domain, "domain.any") ? "positions in any field"
                                                                 : "positions at any employer");
    }
}

/* ---- --samples ------------------------------------------------------------------------ */

static void shell_quote(strbuf *sb, const char *s)
{
    sb_addc(sb, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            sb_adds(sb, "'\\''");
        else
            sb_addc(sb, *s);
    }
    sb_addc(sb, '\'');
}

static void print_first_evidence(const json *d)
{
    const json *ev = json_get(d, "evidence");
    if (!ev || ev->type != JSON_ARRAY || !ev->len)
        return;
    const json *e = ev->items[0];
    const char *t = json_get_str(e, "text");
    if (!t)
        return;
    double pg = json_get_num(e, "page", -1);
    char page[16] = "";
    if (pg >= 0)
        snprintf(page, sizeof page, "p.%g ", pg);
    size_t n = strlen(t);
    printf("        %s\"%.*s%s\"%s%s\n", page, n > 110 ? 110 : (int)n, t, n > 110 ? "..." : "",
           json_get_str(e, "rule") ? " rule " : "", json_get_str(e, "rule") ? json_get_str(e, "rule") : "");
}

static void print_decisions(const json *rec, const char *key, const char *label, const profile *p)
{
    const json *obj = json_get(rec, key);
    if (!obj || obj->type != JSON_OBJECT)
        return;
    for (size_t i = 0; i < obj->len; i++) {
        const json *d = obj->items[i];
        const char *id = obj->keys[i];
        if (!strcmp(key, "criteria")) {
            printf("    %s %s: %g/%g %s: %s\n", label, id, json_get_num(d, "points", 0), json_get_num(d, "max", 0),
                   json_get_str(d, "decision") ? json_get_str(d, "decision") : "?",
                   json_get_str(d, "reason") ? json_get_str(d, "reason") : "");
        } else {
            const char *what = "";
            for (size_t k = 0; k < p->nknockouts && !strcmp(key, "knockout_details"); k++)
                if (!strcmp(p->knockouts[k].id, id))
                    what = req_type_name(p->knockouts[k].type);
            printf("    %s %s%s%s: %s: %s\n", label, id, *what ? " " : "", what,
                   json_get_str(d, "decision") ? json_get_str(d, "decision") : "?",
                   json_get_str(d, "reason") ? json_get_str(d, "reason") : "");
        }
        print_first_evidence(d);
    }
}

static int run_samples(const char *profile_path, const profile *p, const char *dir)
{
    char *bin = tender_bin_dir();
    strbuf cmd = STRBUF_INIT;
    sb_adds(&cmd, "find ");
    shell_quote(&cmd, dir);
    sb_adds(&cmd, " -mindepth 1 \\( -type f -o -type l \\) -print0 | LC_ALL=C sort -z | ");
    static const char *const stages[] = {"zeef-extract", "zeef-fields", "zeef-check", "zeef-score"};
    for (int i = 0; i < 4; i++) {
        char *exe = xasprintf("%s/%s", bin, stages[i]);
        if (i)
            sb_adds(&cmd, " | ");
        shell_quote(&cmd, exe);
        free(exe);
        if (i == 0) {
            sb_adds(&cmd, " -0");
        } else {
            sb_adds(&cmd, " --tender ");
            shell_quote(&cmd, profile_path);
        }
    }
    free(bin);
    FILE *f = popen(cmd.data, "r");
    sb_free(&cmd);
    if (!f) {
        fprintf(stderr, "zeef tender check: cannot run the pipeline\n");
        return 2;
    }
    printf("\n%s on %s (reference date %04d-%02d-%02d, shortlist %d):\n", p->id ? p->id : p->title, dir, p->ref_y,
           p->ref_m, p->ref_d, p->shortlist);
    json *rec;
    char *err = NULL;
    long lineno = 0;
    int n = 0, r;
    while ((r = json_read_line(f, &rec, &err, &lineno)) != 0) {
        if (r < 0) {
            free(err);
            err = NULL;
            continue;
        }
        n++;
        const char *file = json_get_str(rec, "file");
        const char *slash = file ? strrchr(file, '/') : NULL;
        const char *name = slash ? slash + 1 : file ? file : "?";
        if (strcmp(json_get_str(rec, "status") ? json_get_str(rec, "status") : "", "ok")) {
            const json *e = json_get(rec, "error");
            printf("\n  %s: unreadable (%s): %s\n", name, json_get_str(e, "code") ? json_get_str(e, "code") : "?",
                   json_get_str(e, "message") ? json_get_str(e, "message") : "");
            json_free(rec);
            continue;
        }
        bool eligible = json_get_bool(rec, "eligible", false);
        bool fail = false;
        const char *groups[] = {"checks", "knockouts"};
        for (int g = 0; g < 2; g++) {
            const json *o = json_get(rec, groups[g]);
            for (size_t i = 0; o && o->type == JSON_OBJECT && i < o->len; i++)
                fail |= json_str(o->items[i]) && !strcmp(json_str(o->items[i]), "fail");
        }
        const json *rank = json_get(rec, "rank");
        printf("\n  %s: %s", name, eligible ? "eligible" : fail ? "not eligible" : "review");
        if (rank && rank->type == JSON_NUMBER)
            printf(", rank %g", rank->n);
        printf(", score %g of %g%s\n", json_get_num(rec, "score", 0), p->total_points,
               json_get_bool(rec, "shortlisted", false) ? ", shortlisted" : "");
        print_decisions(rec, "check_details", "check", p);
        print_decisions(rec, "knockout_details", "knock-out", p);
        print_decisions(rec, "criteria", "criterion", p);
        json_free(rec);
    }
    int st = pclose(f);
    if (st != 0 || n == 0) {
        fprintf(stderr, "zeef tender check: the pipeline %s\n", n ? "failed (see above)" : "gave no records");
        return 1;
    }
    printf("\n%d file%s\n", n, n == 1 ? "" : "s");
    return 0;
}

int tender_check(const char *profile_path, const char *samples)
{
    char *err = NULL;
    profile *p = profile_load(profile_path, &err);
    if (!p) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return 1;
    }
    ruleset *rs = rules_load_profile(p, &err);
    if (!rs) {
        fprintf(stderr, "%s\n", err);
        free(err);
        profile_free(p);
        return 1;
    }
    checker c = {profile_path, NULL, 0, 0, 0};
    load_lines(&c);
    sanity(&c, p);
    double sum = 0;
    for (size_t i = 0; i < p->ncriteria; i++)
        sum += p->criteria[i].points;
    int status = c.errors ? 1 : 0;
    if (!c.errors)
        printf("%s: ok: %zu knock-outs, %zu criteria (%g points), %zu role classes, %zu rule files; "
               "reference date %04d-%02d-%02d%s\n",
               profile_path, p->nknockouts, p->ncriteria, sum, p->nroles, p->nrule_files, p->ref_y, p->ref_m, p->ref_d,
               c.warnings ? " (see the warnings)" : "");
    if (!c.errors && samples)
        status = run_samples(profile_path, p, samples);
    for (size_t i = 0; i < c.n; i++)
        free(c.lines[i]);
    free(c.lines);
    rules_free(rs);
    profile_free(p);
    return status;
}
