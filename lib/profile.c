/*
 * profile.c — read and validate a tender profile (see profile.h and
 * docs/profile.md for the format).
 *
 * The format is deliberately plain so an assessor can read and edit it:
 *
 *     # comment
 *     [section]            or   [section NAME]
 *     key = value
 *
 * Every error names the file and line.  Unknown sections or keys are errors
 * rather than silently ignored: a misspelt "min_referenses" must not turn
 * into "no reference requirement".
 */
#include "profile.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *level_names[] = {"none", "mbo", "ad", "hbo", "wo"};

const char *edu_level_name(edu_level l)
{
    return (l >= EDU_NONE && l <= EDU_WO) ? level_names[l] : "none";
}

int edu_level_parse(const char *s)
{
    for (int i = 0; i <= EDU_WO; i++)
        if (strcmp(s, level_names[i]) == 0)
            return i;
    return -1;
}

const char *req_type_name(req_type t)
{
    switch (t) {
    case REQ_NO_SELF_EMPLOYED: return "no_self_employed";
    case REQ_EDUCATION: return "education";
    case REQ_EXPERIENCE: return "experience";
    case REQ_EVIDENCE: return "evidence";
    case REQ_MANUAL: return "manual";
    }
    return "manual";
}

static int req_type_parse(const char *s)
{
    static const char *names[] = {"no_self_employed", "education", "experience", "evidence", "manual"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* ---- small parsing helpers ---------------------------------------------- */

static char *trim(char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_double(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi))
        return -1;
    *out = v;
    return 0;
}

static int parse_date(const char *s, int *y, int *m, int *d)
{
    char extra;
    if (sscanf(s, "%4d-%2d-%2d%c", y, m, d, &extra) != 3)
        return -1;
    if (*y < 1950 || *y > 2100 || *m < 1 || *m > 12 || *d < 1 || *d > 31)
        return -1;
    return 0;
}

static bool valid_rule_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '.' && *s != '_' && *s != '-')
            return false;
    return true;
}

/* ---- loading ------------------------------------------------------------- */

typedef enum { SEC_NONE, SEC_TENDER, SEC_CV, SEC_ROLES, SEC_KNOCKOUT, SEC_CRITERION, SEC_COMPETENCIES } section;

typedef struct {
    const char *path;
    int line;
    char *err;
} ctx;

static int error_at(ctx *c, const char *fmt, const char *arg)
{
    char *msg = xasprintf(fmt, arg);
    c->err = xasprintf("%s:%d: %s", c->path, c->line, msg);
    free(msg);
    return -1;
}

static void set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = xstrdup(v);
}

static void split_words(const char *v, char ***out, size_t *n)
{
    char *copy = xstrdup(v), *save = NULL;
    for (char *w = strtok_r(copy, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
        *out = xreallocarray(*out, *n + 1, sizeof **out);
        (*out)[(*n)++] = xstrdup(w);
    }
    free(copy);
}

static int tender_key(ctx *c, profile *p, const char *k, const char *v)
{
    if (!strcmp(k, "id")) set_str(&p->id, v);
    else if (!strcmp(k, "title")) set_str(&p->title, v);
    else if (!strcmp(k, "organisation")) set_str(&p->organisation, v);
    else if (!strcmp(k, "hours")) set_str(&p->hours, v);
    else if (!strcmp(k, "duration")) set_str(&p->duration, v);
    else if (!strcmp(k, "deadline") || !strcmp(k, "reference_date")) {
        int y, m, d;
        if (parse_date(v, &y, &m, &d) < 0)
            return error_at(c, "%s: expected a date YYYY-MM-DD", k);
        if (!strcmp(k, "deadline")) {
            set_str(&p->deadline, v);
            if (!p->ref_y) { p->ref_y = y; p->ref_m = m; p->ref_d = d; }
        } else {
            p->ref_y = y; p->ref_m = m; p->ref_d = d;
        }
    } else if (!strcmp(k, "shortlist")) {
        if (parse_int(v, 1, 1000, &p->shortlist) < 0)
            return error_at(c, "shortlist: expected a number 1..1000, got \"%s\"", v);
    } else if (!strcmp(k, "tie_break")) {
        if (!strcmp(v, "hourly_rate")) p->tie_break_rate = true;
        else if (!strcmp(v, "none")) p->tie_break_rate = false;
        else return error_at(c, "tie_break: expected hourly_rate or none, got \"%s\"", v);
    } else if (!strcmp(k, "total_points")) {
        if (parse_double(v, 0, 100000, &p->total_points) < 0)
            return error_at(c, "total_points: expected a number, got \"%s\"", v);
    } else if (!strcmp(k, "rules")) {
        split_words(v, &p->rule_files, &p->nrule_files);
    } else
        return error_at(c, "unknown key \"%s\" in [tender]", k);
    return 0;
}

static int cv_key(ctx *c, profile *p, const char *k, const char *v)
{
    if (!strcmp(k, "max_pages")) {
        if (parse_int(v, 0, 1000, &p->max_pages) < 0)
            return error_at(c, "max_pages: expected a number 0..1000, got \"%s\"", v);
    } else if (!strcmp(k, "language")) {
        if (strlen(v) != 2)
            return error_at(c, "language: expected an ISO 639-1 code like nl, got \"%s\"", v);
        set_str(&p->language, v);
    } else if (!strcmp(k, "min_language_ratio")) {
        if (parse_double(v, 0, 1, &p->min_language_ratio) < 0)
            return error_at(c, "min_language_ratio: expected a number 0..1, got \"%s\"", v);
    } else if (!strcmp(k, "review_language_ratio")) {
        if (parse_double(v, 0, 1, &p->review_language_ratio) < 0)
            return error_at(c, "review_language_ratio: expected a number 0..1, got \"%s\"", v);
    } else if (!strcmp(k, "min_references")) {
        if (parse_int(v, 0, 100, &p->min_references) < 0)
            return error_at(c, "min_references: expected a number 0..100, got \"%s\"", v);
    } else
        return error_at(c, "unknown key \"%s\" in [cv]", k);
    return 0;
}

static int roles_key(ctx *c, role_class *r, const char *k, const char *v)
{
    char **dst;
    if (!strcmp(k, "text")) { set_str(&r->text, v); return 0; }
    if (!strcmp(k, "role")) dst = &r->role;
    else if (!strcmp(k, "domain")) dst = &r->domain;
    else if (!strcmp(k, "organisation")) dst = &r->organisation;
    else return error_at(c, "unknown key \"%s\" in [roles]", k);
    if (!valid_rule_id(v))
        return error_at(c, "\"%s\" is not a rule id (letters, digits, '.', '_', '-')", v);
    set_str(dst, v);
    return 0;
}

static int req_key(ctx *c, requirement *r, bool criterion, const char *k, const char *v)
{
    if (!strcmp(k, "type")) {
        int t = req_type_parse(v);
        if (t < 0)
            return error_at(c, "type: expected no_self_employed, education, experience, evidence or manual, got \"%s\"", v);
        r->type = (req_type)t;
    } else if (!strcmp(k, "text")) {
        set_str(&r->text, v);
    } else if (!strcmp(k, "points")) {
        if (!criterion)
            return error_at(c, "%s: knock-outs have no points", k);
        if (parse_double(v, 0, 10000, &r->points) < 0)
            return error_at(c, "points: expected a number, got \"%s\"", v);
    } else if (!strcmp(k, "level")) {
        int l = edu_level_parse(v);
        if (l <= 0)
            return error_at(c, "level: expected mbo, ad, hbo or wo, got \"%s\"", v);
        r->level = (edu_level)l;
    } else if (!strcmp(k, "programme") || !strcmp(k, "terms")) {
        if (!valid_rule_id(v))
            return error_at(c, "\"%s\" is not a rule id (letters, digits, '.', '_', '-')", v);
        set_str(!strcmp(k, "terms") ? &r->terms : &r->programme, v);
    } else if (!strcmp(k, "roles")) {
        set_str(&r->roles, v);
    } else if (!strcmp(k, "years") || !strcmp(k, "months")) {
        int n;
        if (parse_int(v, 0, 600, &n) < 0)
            return error_at(c, "%s: expected a whole number", k);
        r->months = !strcmp(k, "years") ? n * 12 : n;
    } else if (!strcmp(k, "min_hits")) {
        if (parse_int(v, 1, 1000, &r->min_hits) < 0)
            return error_at(c, "min_hits: expected a number 1..1000, got \"%s\"", v);
    } else
        return error_at(c, "unknown key \"%s\"", k);
    return 0;
}

/* Checks a finished requirement section; c->line is set to its header line. */
static int req_validate(ctx *c, const profile *p, const requirement *r, bool criterion)
{
    const char *what = criterion ? "criterion" : "knockout";
    if (!r->text)
        return error_at(c, "[%s] has no text (the request's own words)", what);
    switch (r->type) {
    case REQ_EDUCATION:
        if (r->level == EDU_NONE)
            return error_at(c, "[%s] of type education needs level", what);
        break;
    case REQ_EXPERIENCE:
        if (!r->roles || !profile_roles(p, r->roles))
            return error_at(c, "[%s] of type experience needs roles = NAME of a [roles NAME] section", what);
        if (r->months <= 0)
            return error_at(c, "[%s] of type experience needs years or months", what);
        break;
    case REQ_EVIDENCE:
        if (!r->terms)
            return error_at(c, "[%s] of type evidence needs terms = RULE.ID", what);
        break;
    case REQ_NO_SELF_EMPLOYED:
    case REQ_MANUAL:
        break;
    }
    if (criterion && r->points <= 0)
        return error_at(c, "[%s] needs points", what);
    return 0;
}

static void req_free(requirement *r)
{
    free(r->id); free(r->text); free(r->programme); free(r->roles); free(r->terms);
}

void profile_free(profile *p)
{
    if (!p)
        return;
    free(p->path); free(p->dir); free(p->sha256);
    free(p->id); free(p->title); free(p->organisation); free(p->deadline);
    free(p->hours); free(p->duration); free(p->language);
    for (size_t i = 0; i < p->nrule_files; i++) free(p->rule_files[i]);
    free(p->rule_files);
    for (size_t i = 0; i < p->nroles; i++) {
        free(p->roles[i].name); free(p->roles[i].text); free(p->roles[i].role);
        free(p->roles[i].domain); free(p->roles[i].organisation);
    }
    free(p->roles);
    for (size_t i = 0; i < p->nknockouts; i++) req_free(&p->knockouts[i]);
    free(p->knockouts);
    for (size_t i = 0; i < p->ncriteria; i++) req_free(&p->criteria[i]);
    free(p->criteria);
    for (size_t i = 0; i < p->ncompetencies; i++) free(p->competencies[i]);
    free(p->competencies);
    free(p);
}

const role_class *profile_roles(const profile *p, const char *name)
{
    for (size_t i = 0; i < p->nroles; i++)
        if (!strcmp(p->roles[i].name, name))
            return &p->roles[i];
    return NULL;
}

const role_class *profile_main_roles(const profile *p)
{
    for (size_t i = 0; i < p->nknockouts; i++)
        if (p->knockouts[i].type == REQ_EXPERIENCE)
            return profile_roles(p, p->knockouts[i].roles);
    for (size_t i = 0; i < p->ncriteria; i++)
        if (p->criteria[i].type == REQ_EXPERIENCE)
            return profile_roles(p, p->criteria[i].roles);
    return NULL;
}

static bool id_taken(const requirement *list, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(list[i].id, id))
            return true;
    return false;
}

/* Parses "[name arg]" in place; returns the section and sets *arg (or NULL). */
static int section_header(ctx *c, char *s, char **arg)
{
    char *end = strchr(s, ']');
    if (!end || trim(end + 1)[0])
        return error_at(c, "%s", "malformed section header, expected [name] or [name ARG]");
    *end = '\0';
    char *name = trim(s + 1);
    char *sp = name + strcspn(name, " \t");
    *arg = NULL;
    if (*sp) {
        *sp = '\0';
        *arg = trim(sp + 1);
        if (!**arg)
            *arg = NULL;
    }
    static const struct { const char *name; section sec; bool arg; } secs[] = {
        {"tender", SEC_TENDER, false}, {"cv", SEC_CV, false}, {"roles", SEC_ROLES, true},
        {"knockout", SEC_KNOCKOUT, true}, {"criterion", SEC_CRITERION, true},
        {"competencies", SEC_COMPETENCIES, false},
    };
    for (size_t i = 0; i < sizeof secs / sizeof *secs; i++) {
        if (strcmp(name, secs[i].name))
            continue;
        if (secs[i].arg && !*arg)
            return error_at(c, "[%s] needs a name or number, e.g. [knockout 1]", name);
        if (!secs[i].arg && *arg)
            return error_at(c, "[%s] takes no name", name);
        return secs[i].sec;
    }
    return error_at(c, "unknown section [%s]", name);
}

profile *profile_load(const char *path, char **err)
{
    char *data;
    size_t len;
    *err = NULL;
    int rc = read_file(path, 1 << 20, &data, &len);
    if (rc < 0) {
        *err = rc == -2 ? xasprintf("%s: profile larger than 1 MiB", path)
                        : xasprintf("%s: %s", path, strerror(errno));
        return NULL;
    }
    if (memchr(data, '\0', len)) {
        free(data);
        *err = xasprintf("%s: not a text file", path);
        return NULL;
    }

    profile *p = xcalloc(1, sizeof *p);
    p->path = xstrdup(path);
    const char *slash = strrchr(path, '/');
    p->dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
    char hex[65];
    sha256_hex(data, len, hex);
    p->sha256 = xstrdup(hex);
    p->shortlist = 3;
    p->min_language_ratio = 0.6;
    p->review_language_ratio = 0.3;

    ctx c = {path, 0, NULL};
    section sec = SEC_NONE;
    requirement *cur_req = NULL;
    role_class *cur_roles = NULL;
    bool cur_is_criterion = false;
    char *line = data;

    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        c.line++;
        char *s = trim(line);
        line = next;
        if (!*s || *s == '#')
            continue;
        if (*s == '[') {
            char *arg;
            int r = section_header(&c, s, &arg);
            if (r < 0)
                goto fail;
            sec = (section)r;
            cur_req = NULL;
            cur_roles = NULL;
            if (sec == SEC_ROLES) {
                if (profile_roles(p, arg)) {
                    error_at(&c, "[roles %s] defined twice", arg);
                    goto fail;
                }
                p->roles = xreallocarray(p->roles, p->nroles + 1, sizeof *p->roles);
                cur_roles = &p->roles[p->nroles++];
                memset(cur_roles, 0, sizeof *cur_roles);
                cur_roles->name = xstrdup(arg);
                cur_roles->line = c.line;
            } else if (sec == SEC_KNOCKOUT || sec == SEC_CRITERION) {
                cur_is_criterion = sec == SEC_CRITERION;
                if (id_taken(p->knockouts, p->nknockouts, arg) || id_taken(p->criteria, p->ncriteria, arg)) {
                    error_at(&c, "id \"%s\" used twice", arg);
                    goto fail;
                }
                requirement **list = cur_is_criterion ? &p->criteria : &p->knockouts;
                size_t *n = cur_is_criterion ? &p->ncriteria : &p->nknockouts;
                *list = xreallocarray(*list, *n + 1, sizeof **list);
                cur_req = &(*list)[(*n)++];
                memset(cur_req, 0, sizeof *cur_req);
                cur_req->id = xstrdup(arg);
                cur_req->type = REQ_MANUAL;
                cur_req->min_hits = 1;
                cur_req->line = c.line;
            }
            continue;
        }
        if (sec == SEC_COMPETENCIES) {
            p->competencies = xreallocarray(p->competencies, p->ncompetencies + 1, sizeof *p->competencies);
            p->competencies[p->ncompetencies++] = xstrdup(s);
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            error_at(&c, "%s", "expected key = value");
            goto fail;
        }
        *eq = '\0';
        char *k = trim(s), *v = trim(eq + 1);
        if (!*v) {
            error_at(&c, "%s has no value", k);
            goto fail;
        }
        int r = 0;
        switch (sec) {
        case SEC_NONE: r = error_at(&c, "%s", "key outside a section; start with [tender]"); break;
        case SEC_TENDER: r = tender_key(&c, p, k, v); break;
        case SEC_CV: r = cv_key(&c, p, k, v); break;
        case SEC_ROLES: r = roles_key(&c, cur_roles, k, v); break;
        case SEC_KNOCKOUT:
        case SEC_CRITERION: r = req_key(&c, cur_req, cur_is_criterion, k, v); break;
        case SEC_COMPETENCIES: break;
        }
        if (r < 0)
            goto fail;
    }

    /* Whole-profile checks, reported at the line of the offending section. */
    c.line = 1;
    if (!p->title) { error_at(&c, "%s", "[tender] needs a title"); goto fail; }
    if (!p->ref_y) { error_at(&c, "%s", "[tender] needs a deadline or reference_date (YYYY-MM-DD)"); goto fail; }
    if (!p->language) p->language = xstrdup("nl");
    if (p->review_language_ratio > p->min_language_ratio) {
        error_at(&c, "%s", "[cv] review_language_ratio must not exceed min_language_ratio");
        goto fail;
    }
    for (size_t i = 0; i < p->nroles; i++) {
        role_class *rc2 = &p->roles[i];
        c.line = rc2->line;
        if (!rc2->role || !rc2->domain || !rc2->organisation) {
            error_at(&c, "[roles %s] needs role, domain and organisation rule ids", rc2->name);
            goto fail;
        }
    }
    for (size_t i = 0; i < p->nknockouts; i++) {
        c.line = p->knockouts[i].line;
        if (req_validate(&c, p, &p->knockouts[i], false) < 0)
            goto fail;
    }
    double sum = 0;
    for (size_t i = 0; i < p->ncriteria; i++) {
        c.line = p->criteria[i].line;
        if (req_validate(&c, p, &p->criteria[i], true) < 0)
            goto fail;
        sum += p->criteria[i].points;
    }
    if (p->total_points > 0 && (sum < p->total_points - 1e-9 || sum > p->total_points + 1e-9)) {
        c.line = 1;
        char *n = xasprintf("criteria points add up to %g, but total_points is %g", sum, p->total_points);
        error_at(&c, "%s", n);
        free(n);
        goto fail;
    }
    if (p->total_points <= 0)
        p->total_points = sum;
    free(data);
    return p;

fail:
    *err = c.err;
    free(data);
    profile_free(p);
    return NULL;
}
