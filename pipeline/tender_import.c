/*
 * tender_import.c — `zeef tender import REQUEST [-o PROFILE] [--force]`: a
 * hiring request's text in, a tender profile and its rules file out.
 *
 * The request is read into lines (tender_request.c) and cut into parts by the
 * headings rules/request.rules knows: the knock-outs ("Vereisten /
 * knock-outcriteria"), the scored criteria ("Selectiecriteria ... totaal 100
 * punten"), the CV requirements, the competencies, the execution condition.
 * Knock-outs and criteria are numbered items; an item runs on over wrapped
 * lines until a blank line or the next number.  The details (title,
 * organisation, hours, duration, deadline, shortlist, tie-break, total) come
 * from their own patterns.
 *
 * Each item becomes one building block of docs/profile.md, tried in order:
 *
 *   no_self_employed  it names the execution condition (uitvoeringsvoorwaarde)
 *                     and the request words it as "not a ZZP'er", or the item
 *                     itself says ZZP / self-employed;
 *   manual            it asks what a CV text cannot show (VOG, rijbewijs,
 *                     availability, rate), or "hbo werk- en denkniveau";
 *   experience        "minimaal N jaar": the role, domain and organisation
 *                     families of the lexicon found in the sentence (and the
 *                     words after "als" when no role family knows them); a
 *                     part the sentence does not name matches any position;
 *   education         a level (mbo, ad, hbo, wo; the lowest one named is the
 *                     minimum) and a programme when one is named;
 *   evidence          "aantoonbare ervaring met X": the lexicon's evidence
 *                     families in the sentence, else X's own words;
 *   manual            anything else, with its full text.
 *
 * Role classes with the same three pattern sets are shared (knock-out 3 and
 * criterion 5 of the Heerde request are one class, as in the hand-written
 * profile).  The rules file gets one rule id per pattern set, named after the
 * lexicon families it came from, with comments saying where every pattern
 * came from.  The profile's `rules =` line names the shared rule files of the
 * zeef tree (sections, contact, education, screening) relative to the
 * profile, and the new rules file.
 *
 * Everything that needs a person is said on stderr: manual items, points that
 * do not add up to the stated total, a missing deadline.  Exit status 0: the
 * profile is complete (manual items included); 1: written, but it needs a
 * fix before it will load (the message says what); 2: nothing written.
 */
#include "tender.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "profile.h"

typedef enum { PART_NONE, PART_KO, PART_CRIT, PART_CV, PART_COMP, PART_COND, PART_OTHER } part;

typedef struct {
    char *num;       /* its id in the profile */
    char *label;     /* the request's own number or letter, when it differs */
    char *orig;      /* the item as written, lines joined */
    bool criterion;
} item;

typedef struct {
    char *id;                 /* rule id */
    termset ts;
    char *from;               /* "knock-out 3" */
} gen_rule;

typedef struct {
    char *name;
    char *text;
    const gen_rule *role, *domain, *org;
} gen_roles;

typedef struct {
    char *num;
    const char *label;        /* the request's own number, when it differs (borrowed) */
    bool criterion;
    req_type type;
    char *text;
    double points;
    bool has_points;
    edu_level level;
    const gen_rule *programme, *terms;
    const gen_roles *roles;
    int months;
    char *note;               /* why manual, or what was mapped */
    bool check;               /* mapped, but a person must check part of it (said on stderr) */
} gen_req;

typedef struct {
    ruleset *rq;
    lexicon *lx;
    request_text rt;
    bool english;
    item *items;
    size_t nitems;
    size_t first_cv, end_cv;  /* line range of the CV requirements */
    bool has_cv;
    size_t cond_a, cond_b;
    bool has_cond;
    char **comps;
    size_t ncomps;
    gen_rule *rules[64];
    size_t nrules;
    gen_roles *roles[32];
    size_t nroles;
    gen_req *reqs;
    size_t nreqs;
} importer;

/* ---- small helpers ------------------------------------------------------------- */

static int number_word(const char *v)
{
    static const char *const nl[] = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"};
    static const char *const en[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    if (isdigit((unsigned char)*v))
        return atoi(v);
    for (int i = 0; i <= 10; i++)
        if (!strcmp(v, nl[i]) || !strcmp(v, en[i]))
            return i;
    return -1;
}

static void trim_end(char *s, const char *chars)
{
    size_t n = strlen(s);
    while (n && (strchr(chars, s[n - 1]) || s[n - 1] == ' '))
        s[--n] = '\0';
}

/* Cuts every match of rule id out of s (normalised or not, in place on a
 * copy it returns). Works on the normalised form only. */
static char *cut_all(ruleset *rs, const char *id, const char *s)
{
    char *t = xstrdup(s);
    for (int guard = 0; guard < 50; guard++) {
        rule_match m;
        if (rules_find(rs, id, t, strlen(t), 0, &m) != 1)
            break;
        memmove(t + m.start + 1, t + m.end, strlen(t + m.end) + 1);
        t[m.start] = ' ';
    }
    rq_squeeze(t);
    return t;
}

/* Removes matches of id from the original text, found on its normalised form. */
static char *cut_orig(ruleset *rs, const char *id, const char *orig)
{
    char *cur = xstrdup(orig);
    for (int guard = 0; guard < 20; guard++) {
        normtext nt;
        text_normalise(cur, strlen(cur), &nt);
        rule_match m;
        if (rules_find(rs, id, nt.s, nt.len, 0, &m) != 1) {
            normtext_free(&nt);
            break;
        }
        size_t a = nt.map[m.start], b = nt.map[m.end];
        normtext_free(&nt);
        char *next = xasprintf("%.*s %s", (int)a, cur, cur + b);
        free(cur);
        cur = next;
    }
    rq_squeeze(cur);
    /* what separated the cut points from the text: ";", ",", "-", "–", "—" */
    for (;;) {
        trim_end(cur, ";.,:-");
        size_t n = strlen(cur);
        if (n >= 3 && (!strcmp(cur + n - 3, "\xe2\x80\x93") || !strcmp(cur + n - 3, "\xe2\x80\x94")))
            cur[n - 3] = '\0';
        else
            break;
    }
    return cur;
}

static int line_is(importer *im, size_t i, const char *id)
{
    return rq_match(im->rq, id, im->rt.lines[i].nt.s);
}

static bool blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s))
            return false;
    return true;
}

/* ---- cutting the request into parts ----------------------------------------- */

static part heading_of(importer *im, size_t i)
{
    if (line_is(im, i, "request.item"))
        return PART_NONE;
    /* "Eisen aan het cv" is the CV part, not knock-outs ("Eisen"): the more
     * specific heading first. */
    if (line_is(im, i, "request.section.cv")) return PART_CV;
    if (line_is(im, i, "request.section.knockouts")) return PART_KO;
    if (line_is(im, i, "request.section.criteria")) return PART_CRIT;
    if (line_is(im, i, "request.section.competencies")) return PART_COMP;
    if (line_is(im, i, "request.section.conditions")) return PART_COND;
    if (line_is(im, i, "request.heading")) return PART_OTHER;
    return PART_NONE;
}

static bool num_taken(const importer *im, const char *num)
{
    for (size_t i = 0; i < im->nitems; i++)
        if (!strcmp(im->items[i].num, num))
            return true;
    return false;
}

/* num: the request's number (or NULL for a letter or bullet, numbered on from
 * *autonum).  A profile's ids are unique over knock-outs and criteria, so a
 * criteria list that starts again at 1 is numbered on after the highest
 * number so far; the request's own number is kept for the messages. */
static void add_item(importer *im, const char *num, const char *label, int *autonum, const char *text, bool criterion)
{
    char *id = num ? xstrdup(num) : xasprintf("%d", ++*autonum);
    if (num && isdigit((unsigned char)num[0]) && atoi(num) > *autonum)
        *autonum = atoi(num);
    if (num_taken(im, id)) {
        int hi = *autonum;
        for (size_t i = 0; i < im->nitems; i++)
            if (isdigit((unsigned char)im->items[i].num[0]) && atoi(im->items[i].num) > hi)
                hi = atoi(im->items[i].num);
        do {
            free(id);
            id = xasprintf("%d", ++hi);
        } while (num_taken(im, id));
        *autonum = hi;
    }
    im->items = xreallocarray(im->items, im->nitems + 1, sizeof *im->items);
    item *it = &im->items[im->nitems++];
    it->label = label && strcmp(label, id) ? xstrdup(label) : NULL;
    it->num = id;
    it->orig = xstrdup(text);
    it->criterion = criterion;
}

static void append_item(importer *im, const char *text)
{
    item *it = &im->items[im->nitems - 1];
    char *j = xasprintf("%s %s", it->orig, text);
    free(it->orig);
    it->orig = j;
    rq_squeeze(it->orig);
}

static void add_comp(importer *im, const char *text, bool cont)
{
    if (cont && im->ncomps) {
        char *j = xasprintf("%s %s", im->comps[im->ncomps - 1], text);
        free(im->comps[im->ncomps - 1]);
        im->comps[im->ncomps - 1] = j;
        rq_squeeze(j);
        return;
    }
    im->comps = xreallocarray(im->comps, im->ncomps + 1, sizeof *im->comps);
    im->comps[im->ncomps] = xstrdup(text);
    rq_squeeze(im->comps[im->ncomps++]);
}

static void cut_parts(importer *im)
{
    part cur = PART_NONE;
    bool open = false, seen = false;
    int autonum = 0;
    for (size_t i = 0; i < im->rt.nlines; i++) {
        req_line *l = &im->rt.lines[i];
        if (line_is(im, i, "request.english"))
            im->english = true;
        part h = heading_of(im, i);
        if (h != PART_NONE) {
            if (cur == PART_CV) im->end_cv = i;
            if (cur == PART_COND) im->cond_b = i;
            cur = h;
            open = seen = false;
            if (h == PART_CV) { im->has_cv = true; im->first_cv = i; im->end_cv = im->rt.nlines; }
            if (h == PART_COND) { im->has_cond = true; im->cond_a = i; im->cond_b = im->rt.nlines; }
            continue;
        }
        if (cur == PART_KO || cur == PART_CRIT) {
            char *num = NULL;
            size_t end = 0;
            if (rq_find(im->rq, "request.item", &l->nt, l->orig, &num, NULL)) {
                rule_match m;
                rules_find(im->rq, "request.item", l->nt.s, l->nt.len, 0, &m);
                end = l->nt.map[m.end - 1];   /* the first character of the text */
                add_item(im, num, num, &autonum, l->orig + end, cur == PART_CRIT);
                free(num);
                open = seen = true;
            } else if (line_is(im, i, "request.item_bullet") || line_is(im, i, "request.item_letter")) {
                bool letter = !line_is(im, i, "request.item_bullet");
                const char *id = letter ? "request.item_letter" : "request.item_bullet";
                rule_match m;
                rules_find(im->rq, id, l->nt.s, l->nt.len, 0, &m);
                char *label = NULL;
                if (letter)
                    rq_find(im->rq, id, &l->nt, l->orig, &label, NULL);
                add_item(im, NULL, label, &autonum, l->orig + l->nt.map[m.end - 1], cur == PART_CRIT);
                free(label);
                open = seen = true;
            } else if (line_is(im, i, "request.total_points")) {
                open = false;   /* "Totaal 100 punten" under the list: no part of the last item */
            } else if (blank(l->orig)) {
                open = false;
            } else if (open) {
                append_item(im, l->orig);
            } else if (seen) {
                cur = PART_NONE;   /* text after the list: the list is over */
            }
        } else if (cur == PART_COMP) {
            if (blank(l->orig))
                continue;
            const char *s = l->orig;
            bool bullet = line_is(im, i, "request.item_bullet") || line_is(im, i, "request.item");
            while (*s && (strchr("*-o", *s) || isdigit((unsigned char)*s) || *s == '.' || *s == ')' ||
                          (unsigned char)*s >= 0x80 || *s == ' ') && bullet && !isalpha((unsigned char)*s))
                s++;
            bool cont = false;
            if (!bullet && im->ncomps) {
                const char *prev = im->comps[im->ncomps - 1];
                size_t n = strlen(prev);
                cont = n && !strchr(".;:!?", prev[n - 1]);
            }
            add_comp(im, s, cont);
        }
    }
    for (size_t i = 0; i < im->ncomps; i++)
        trim_end(im->comps[i], ";");
}

/* ---- details ---------------------------------------------------------------------- */

/* First line matching id: its value (from the original text). */
static char *line_value(importer *im, const char *id, size_t *at)
{
    for (size_t i = 0; i < im->rt.nlines; i++) {
        char *v;
        if (rq_find(im->rq, id, &im->rt.lines[i].nt, im->rt.lines[i].orig, &v, NULL)) {
            if (at)
                *at = i;
            return v;
        }
    }
    return NULL;
}

static char *find_title(importer *im)
{
    char *v = line_value(im, "request.title_label", NULL);
    if (!v)
        v = line_value(im, "request.title_prefix", NULL);
    if (v)
        return v;
    size_t at;
    char *d = line_value(im, "request.detail", &at);
    if (d) {
        free(d);
        while (at > 0) {
            at--;
            if (!blank(im->rt.lines[at].orig) && !line_is(im, at, "request.organisation_line")) {
                char *t = xstrdup(im->rt.lines[at].orig);
                rq_squeeze(t);
                return t;
            }
        }
    }
    return NULL;
}

/* "gemeente Heerde" from "... de gemeente Heerde mag ...": the kind of body,
 * then the words of the name (capitalised in the original, with "aan", "op",
 * "den" ... between them). */
static char *find_organisation(importer *im)
{
    char *v = line_value(im, "request.organisation_label", NULL);
    if (v)
        return v;
    const normtext *nt = &im->rt.all;
    size_t from = 0;
    rule_match m;
    while (from < nt->len && rules_find(im->rq, "request.organisation", nt->s, nt->len, from, &m) == 1) {
        size_t name = nt->map[m.end - 1];            /* first character of the name */
        const char *o = im->rt.text;
        size_t start = nt->map[m.start];
        size_t e = name;
        bool any = false;
        for (;;) {
            size_t w = e;
            while (o[w] == ' ')
                w++;
            size_t we = w;
            while (o[we] && !strchr(" \n,.;:()\"", o[we]))
                we++;
            if (we == w)
                break;
            /* a capital, "'s-Hertogenbosch", or a Latin-1 capital (Ö, É: C3 80..9E), not a dash (E2 80 93) */
            bool cap = isupper((unsigned char)o[w]) || (o[w] == '\'' && o[w + 1] == 's') ||
                       ((unsigned char)o[w] == 0xC3 && (unsigned char)o[w + 1] >= 0x80 && (unsigned char)o[w + 1] <= 0x9E);
            bool joiner = !any ? false
                               : (we - w <= 3 && islower((unsigned char)o[w]));
            if (!cap && !joiner)
                break;
            if (joiner) {   /* only when a capitalised word follows */
                size_t x = we;
                while (o[x] == ' ')
                    x++;
                if (!isupper((unsigned char)o[x]))
                    break;
            }
            any = true;
            e = we;
        }
        if (any) {
            char *r = xstrndup(o + start, e - start);
            rq_squeeze(r);
            r[0] = (char)toupper((unsigned char)r[0]);
            return r;
        }
        from = m.end;
    }
    return NULL;
}

/* A date in words or digits: "25 november 2025", "November 25, 2025",
 * "25-11-2025", "2025-11-25".  Returns 0 with y-m-d. */
static int parse_date(importer *im, const char *v, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    if (sscanf(v, "%4d-%2d-%2d", y, m, d) == 3 && *y > 1900)
        return 0;
    int a, b, c;
    if (sscanf(v, "%d%*[-/.]%d%*[-/.]%d", &a, &b, &c) == 3) {
        *d = a; *m = b; *y = c;
        return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31 ? 0 : -1;
    }
    char *copy = xstrdup(v), *save = NULL;
    for (char *w = strtok_r(copy, " ,", &save); w; w = strtok_r(NULL, " ,", &save)) {
        if (isdigit((unsigned char)*w)) {
            int n = atoi(w);
            if (n > 1900) *y = n;
            else *d = n;
            continue;
        }
        for (int k = 1; k <= 12; k++) {
            char id[32];
            snprintf(id, sizeof id, "request.month.%d", k);
            if (rq_match(im->rq, id, w))
                *m = k;
        }
    }
    free(copy);
    return *y && *m && *d >= 1 && *d <= 31 ? 0 : -1;
}

/* Value of a text rule, searched in the CV part first, then everywhere. */
static char *cv_value(importer *im, const char *id)
{
    char *v;
    if (im->has_cv) {
        /* the part's lines as one text: "bevat ten minste twee\nreferenties" */
        strbuf sb = STRBUF_INIT;
        for (size_t i = im->first_cv; i < im->end_cv; i++) {
            sb_adds(&sb, im->rt.lines[i].nt.s);
            sb_addc(&sb, ' ');
        }
        bool found = rq_find(im->rq, id, &(normtext){sb.data ? sb.data : (char *)"", sb.len, NULL}, NULL, &v, NULL);
        sb_free(&sb);
        if (found)
            return v;
    }
    return rq_find(im->rq, id, &im->rt.all, NULL, &v, NULL) ? v : NULL;
}

/* ---- rule ids and role classes ---------------------------------------------------- */

static bool id_used(importer *im, const char *id)
{
    for (size_t i = 0; i < im->nrules; i++)
        if (!strcmp(im->rules[i]->id, id))
            return true;
    return false;
}

/* Keeps ts as a rule (or finds an equal one); takes ownership of ts. */
static const gen_rule *keep_rule(importer *im, const char *kind, termset *ts, const char *reqtag, const char *from)
{
    for (size_t i = 0; i < im->nrules; i++)
        if (!strncmp(im->rules[i]->id, kind, strlen(kind)) && im->rules[i]->id[strlen(kind)] == '.' &&
            termset_equal(&im->rules[i]->ts, ts)) {
            termset_free(ts);
            return im->rules[i];
        }
    if (im->nrules == sizeof im->rules / sizeof *im->rules)
        die("tender import: too many rule ids (more than %zu)", sizeof im->rules / sizeof *im->rules);
    gen_rule *r = xcalloc(1, sizeof *r);
    /* named after its families when it has nothing else and they are few */
    char *name = NULL;
    if (ts->families && !ts->words && strlen(ts->families) <= 32) {
        name = xasprintf("%s.%s", kind, ts->families);
        for (char *p = name; *p; p++)
            if (*p == ',' || *p == ' ')
                *p = '_';
        char *w = name;
        for (char *p = name; *p; p++)
            if (!(*p == '_' && p[1] == '_'))
                *w++ = *p;
        *w = '\0';
    } else if (!ts->n) {
        name = xasprintf("%s.any", kind);
    } else {
        name = xasprintf("%s.%s", kind, reqtag);
    }
    /* zeef-fields looks for "ID.negated" by overwriting the last part of a
     * copy of the id (fields_collect in pipeline/fields_screening.c): keep
     * the last part of evidence ids at least as long as "negated". */
    const char *last = strrchr(name, '.');
    if (!strcmp(kind, "evidence") && last && strlen(last + 1) < 7) {
        char *n2 = xasprintf("%s_terms", name);
        free(name);
        name = n2;
    }
    for (int k = 2; id_used(im, name); k++) {
        char *n2 = xasprintf("%s_%d", name, k);
        free(name);
        name = n2;
    }
    r->id = name;
    r->ts = *ts;
    memset(ts, 0, sizeof *ts);
    r->from = xstrdup(from);
    im->rules[im->nrules++] = r;
    return r;
}

static const gen_roles *keep_roles(importer *im, const gen_rule *role, const gen_rule *domain, const gen_rule *org,
                                   const char *tag, const char *text)
{
    for (size_t i = 0; i < im->nroles; i++)
        if (im->roles[i]->role == role && im->roles[i]->domain == domain && im->roles[i]->org == org)
            return im->roles[i];
    if (im->nroles == sizeof im->roles / sizeof *im->roles)
        die("tender import: too many role classes");
    gen_roles *r = xcalloc(1, sizeof *r);
    r->name = xstrdup(tag);
    r->text = xstrdup(text);
    r->role = role;
    r->domain = domain;
    r->org = org;
    im->roles[im->nroles++] = r;
    return r;
}

/* ---- mapping one item ----------------------------------------------------------- */

static void set_manual(gen_req *g, const char *why)
{
    g->type = REQ_MANUAL;
    free(g->note);
    g->note = xstrdup(why);
}

/* A pattern set, or when it is empty the catch-all "\S" (shared: kind.any). */
static const gen_rule *keep_or_any(importer *im, const char *kind, termset *ts, const char *tag, const char *from,
                                   const char *why)
{
    if (ts->n)
        return keep_rule(im, kind, ts, tag, from);
    termset_add(ts, "\\S", "", why);
    return keep_rule(im, kind, ts, "any", from);
}

/* The alternatives of a list ("gemeente, veiligheidsregio of politie"):
 * split at commas, semicolons, slashes, "of", "en/of", "or".  Malloc'd. */
static char **split_alternatives(const char *s, size_t *n)
{
    char **out = NULL;
    *n = 0;
    const char *p = s;
    while (*p) {
        const char *best = NULL;
        size_t seplen = 0;
        static const char *const seps[] = {" en/of ", " and/or ", " of ", " or ", ", ", ";", "/"};
        for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
            const char *q = strstr(p, seps[k]);
            if (q && (!best || q < best)) {
                best = q;
                seplen = strlen(seps[k]);
            }
        }
        const char *e = best ? best : p + strlen(p);
        char *alt = xstrndup(p, (size_t)(e - p));
        rq_squeeze(alt);
        if (*alt) {
            out = xreallocarray(out, *n + 1, sizeof *out);
            out[(*n)++] = alt;
        } else {
            free(alt);
        }
        p = best ? best + seplen : e;
    }
    return out;
}

/* "gemeente, veiligheidsregio of politie" where the lexicon knows only
 * "gemeente": a candidate from the Veiligheidsregio must not fail for it, so
 * each alternative no family of kind knows adds its own words.  Returns how
 * many patterns it added. */
static int add_unknown_alternatives(importer *im, const char *kind, const char *phrase, termset *ts)
{
    size_t n;
    char **alts = split_alternatives(phrase, &n);
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        termset tmp = {0};
        int known = lexicon_scan(im->lx, kind, alts[i], &tmp);
        termset_free(&tmp);
        if (!known)
            added += words_to_terms(im->rq, alts[i], ts, "request word (an alternative the lexicon does not know)");
        free(alts[i]);
    }
    free(alts);
    return added;
}

static bool map_experience(importer *im, gen_req *g, const char *t, const char *tag, const char *from)
{
    char *v = NULL;
    int months = 0;
    if (rq_find(im->rq, "request.req.years", &(normtext){(char *)t, strlen(t), NULL}, NULL, &v, NULL)) {
        int n = number_word(v);
        months = n > 0 ? n * 12 : 0;
    } else if (rq_find(im->rq, "request.req.months", &(normtext){(char *)t, strlen(t), NULL}, NULL, &v, NULL)) {
        months = number_word(v);
    }
    free(v);
    if (months <= 0)
        return false;

    termset role = {0}, domain = {0}, org = {0};
    lexicon_scan(im->lx, "role", t, &role);
    char *phrase = NULL;
    if (rq_find(im->rq, "request.experience.role", &(normtext){(char *)t, strlen(t), NULL}, NULL, &phrase, NULL)) {
        if (!role.n)
            words_to_terms(im->rq, phrase, &role, "request word");
        else
            add_unknown_alternatives(im, "role", phrase, &role);
        free(phrase);
    }
    lexicon_scan(im->lx, "domain", t, &domain);
    if (lexicon_scan(im->lx, "org", t, &org) &&
        rq_find(im->rq, "request.experience.org", &(normtext){(char *)t, strlen(t), NULL}, NULL, &phrase, NULL)) {
        add_unknown_alternatives(im, "org", phrase, &org);
        free(phrase);
    }
    if (!role.n && !domain.n && !org.n) {
        /* "ten minste twee jaar ervaring met de warmtetransitie": no role, no
         * field the lexicon knows, no employer: the subject's words are the
         * field, so the years are counted in positions that name it (rather
         * than dropping the years and asking for the words alone). */
        char *a = cut_all(im->rq, "request.req.years", t);
        char *b = cut_all(im->rq, "request.req.months", a);
        char *c = cut_all(im->rq, "request.evidence.lead_in", b);
        words_to_terms(im->rq, c, &domain, "request word (the subject of the experience)");
        free(a);
        free(b);
        free(c);
    }
    if (!role.n && !domain.n && !org.n) {
        termset_free(&role);
        termset_free(&domain);
        termset_free(&org);
        return false;
    }
    const gen_rule *rr = keep_or_any(im, "role", &role, tag, from, "the request names no role: any job title");
    const gen_rule *dr = keep_or_any(im, "domain", &domain, tag, from, "the request names no field: any position");
    const gen_rule *orr = keep_or_any(im, "org", &org, tag, from, "the request names no kind of employer: any employer");

    g->type = REQ_EXPERIENCE;
    g->months = months;
    g->roles = keep_roles(im, rr, dr, orr, tag, g->text);
    g->note = xasprintf("%d %s as %s, in %s, at %s", months % 12 ? months : months / 12,
                        months % 12 ? "months" : "years", rr->id, dr->id, orr->id);
    rule_match rm;
    if (rules_find(im->rq, "request.req.recent", t, strlen(t), 0, &rm) == 1) {
        /* "opgedaan in de afgelopen vijf jaar": the block counts every year */
        char *n = xasprintf("%s; the request limits the period (\"%.*s\"): every year counts here, so check a "
                            "pass by hand", g->note, (int)(rm.end - rm.start), t + rm.start);
        free(g->note);
        g->note = n;
        g->check = true;
    }
    return true;
}

static bool map_education(importer *im, gen_req *g, const char *t, const char *tag, const char *from)
{
    static const char *const ids[] = {"request.edu.mbo", "request.edu.ad", "request.edu.hbo", "request.edu.wo"};
    static const edu_level lv[] = {EDU_MBO, EDU_AD, EDU_HBO, EDU_WO};
    edu_level level = EDU_NONE;
    for (int i = 0; i < 4 && level == EDU_NONE; i++)
        if (rq_match(im->rq, ids[i], t))
            level = lv[i];
    if (level == EDU_NONE)
        return false;
    g->type = REQ_EDUCATION;
    g->level = level;
    termset prog = {0};
    lexicon_scan(im->lx, "programme", t, &prog);
    if (!prog.n) {
        char *name = NULL;
        if (rq_find(im->rq, "request.edu.programme", &(normtext){(char *)t, strlen(t), NULL}, NULL, &name, NULL)) {
            words_to_terms(im->rq, name, &prog, "request word");
            char *ac = acronym(im->rq, name);
            if (ac) {
                char *p = xasprintf("\\b%s\\b", ac);
                termset_add(&prog, p, "", "the programme's initials");
                free(p);
                free(ac);
            }
            free(name);
        }
    }
    if (prog.n)
        g->programme = keep_rule(im, "programme", &prog, tag, from);
    else
        termset_free(&prog);
    g->note = g->programme ? xasprintf("completed %s or higher, programme %s", edu_level_name(level), g->programme->id)
                           : xasprintf("completed %s or higher", edu_level_name(level));
    return true;
}

static bool map_evidence(importer *im, gen_req *g, const char *t, const char *tag, const char *from)
{
    if (!rq_match(im->rq, "request.evidence.marker", t))
        return false;
    termset ts = {0};
    if (lexicon_scan(im->lx, "evidence", t, &ts)) {
        /* "programmamanagement volgens MSP of PRINCE2", "regionale samenwerking
         * (bijv. inkoop jeugdhulp)": a family that knows one alternative (or
         * only the example in brackets) must not replace the others; those
         * no family knows add their own words. */
        char *rest = cut_all(im->rq, "request.evidence.lead_in", t);
        for (char *p = rest; *p; p++)
            if (*p == '(' || *p == ')')
                *p = ';';
        add_unknown_alternatives(im, "evidence", rest, &ts);
        free(rest);
    }
    if (!ts.n) {
        char *rest = cut_all(im->rq, "request.evidence.lead_in", t);
        words_to_terms(im->rq, rest, &ts, "request word");
        free(rest);
    }
    if (!ts.n) {
        termset_free(&ts);
        return false;
    }
    g->type = REQ_EVIDENCE;
    g->terms = keep_rule(im, "evidence", &ts, tag, from);
    g->note = xasprintf("evidence terms %s", g->terms->id);
    return true;
}

static bool conditions_say_zzp(importer *im)
{
    if (im->has_cond)
        for (size_t i = im->cond_a; i < im->cond_b; i++)
            if (line_is(im, i, "request.req.zzp"))
                return true;
    return rq_match(im->rq, "request.req.zzp", im->rt.all.s);
}

static void map_item(importer *im, const item *it, gen_req *g)
{
    memset(g, 0, sizeof *g);
    g->num = xstrdup(it->num);
    g->label = it->label;
    g->criterion = it->criterion;
    char *pv = NULL;
    normtext ont;
    text_normalise(it->orig, strlen(it->orig), &ont);
    if (rq_find(im->rq, "request.points", &ont, NULL, &pv, NULL)) {
        for (char *p = pv; *p; p++)
            if (*p == ',')
                *p = '.';
        g->points = strtod(pv, NULL);
        g->has_points = true;
        free(pv);
    }
    normtext_free(&ont);
    char *t1 = cut_orig(im->rq, "request.points", it->orig);
    g->text = cut_orig(im->rq, "request.instruction", t1);
    free(t1);
    char *t = rq_norm(g->text);
    char *tag = xasprintf("%s%s", it->criterion ? "criterion" : "knockout", it->num);
    for (char *p = tag; *p; p++)
        *p = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : '_';
    char *from = xasprintf("%s %s", it->criterion ? "criterion" : "knock-out", it->num);
    /* "Afgeronde hbo-opleiding, bij voorkeur Social Work": in a knock-out
     * what follows "bij voorkeur" is a wish, and failing a candidate on a
     * wish is the worst mistake the pipeline can make.  Only the words before
     * it are mapped; the profile keeps the whole text.  (In a criterion the
     * wish is what earns the points, so it stays.) */
    bool wish_cut = false;
    rule_match pm;
    if (!it->criterion && rules_find(im->rq, "request.preference", t, strlen(t), 0, &pm) == 1 && pm.start > 0) {
        t[pm.start] = '\0';
        wish_cut = true;
    }

    if (rq_match(im->rq, "request.req.zzp", t) ||
        (rq_match(im->rq, "request.req.conditions", t) && conditions_say_zzp(im))) {
        g->type = REQ_NO_SELF_EMPLOYED;
        g->note = xstrdup("no ZZP'er (execution condition)");
    } else if (rq_match(im->rq, "request.req.conditions", t)) {
        set_manual(g, "an execution condition that does not say ZZP: judge by hand");
    } else if (rq_match(im->rq, "request.req.manual", t)) {
        set_manual(g, "a CV text cannot show this");
    } else if (rq_match(im->rq, "request.req.thinking_level", t)) {
        set_manual(g, "a working and thinking level asks no diploma: judge by hand");
    } else if (map_experience(im, g, t, tag, from)) {
    } else if (rq_match(im->rq, "request.req.education", t) && map_education(im, g, t, tag, from)) {
    } else if (map_evidence(im, g, t, tag, from)) {
    } else {
        set_manual(g, "no building block fits");
    }
    if (wish_cut && g->type != REQ_MANUAL) {
        char *n = xasprintf("%s (what follows \"bij voorkeur\" is a wish, not a knock-out)", g->note);
        free(g->note);
        g->note = n;
    }
    free(t);
    free(tag);
    free(from);
}

/* ---- writing -------------------------------------------------------------------------- */

/* The path of to_dir seen from from_dir ("../rules"), both made absolute. */
static char *relative_dir(const char *from_dir, const char *to_dir)
{
    char a[PATH_MAX], b[PATH_MAX];
    if (!realpath(from_dir, a) || !realpath(to_dir, b))
        return xstrdup(to_dir);
    if (!strcmp(a, b))
        return xstrdup("");
    size_t common = 0, i = 0;
    while (a[i] && b[i] && a[i] == b[i]) {
        i++;
        if ((a[i] == '/' || !a[i]) && (b[i] == '/' || !b[i]))
            common = i;
    }
    if (common == 0)   /* only "/" in common: the absolute path reads better */
        return xasprintf("%s/", b);
    strbuf sb = STRBUF_INIT;
    for (const char *p = a + common; *p; p++)
        if (*p == '/')
            sb_adds(&sb, "../");
    if (!strcmp(a, "/"))
        sb_reset(&sb);
    const char *rest = b + common;
    if (*rest == '/')
        rest++;
    if (*rest) {
        sb_adds(&sb, rest);
        sb_addc(&sb, '/');
    }
    return sb_detach(&sb);
}

static void slug_add(strbuf *sb, const char *s)
{
    char *n = rq_norm(s);
    for (char *p = n; *p; p++) {
        if (isalnum((unsigned char)*p))
            sb_addc(sb, *p);
        else if (sb->len && sb->data[sb->len - 1] != '-')
            sb_addc(sb, '-');
    }
    while (sb->len && sb->data[sb->len - 1] == '-')
        sb->data[--sb->len] = '\0';
    free(n);
}

static char *make_id(const char *title, const char *org)
{
    strbuf sb = STRBUF_INIT;
    slug_add(&sb, title ? title : "tender");
    if (org) {
        /* "Gemeente Heerde" -> "heerde": the kind of body is left out */
        static const char *const kinds[] = {"gemeente ", "provincie ", "waterschap ", "hoogheemraadschap ",
                                            "municipality of ", "province of ", "omgevingsdienst ",
                                            "veiligheidsregio ", "ggd "};
        char *lower = rq_norm(org);
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (starts_with(lower, kinds[i]) && strlen(org) > strlen(kinds[i])) {
                org += strlen(kinds[i]);
                break;
            }
        free(lower);
        sb_addc(&sb, '-');
        slug_add(&sb, org);
    }
    return sb_detach(&sb);
}

static void write_terms(strbuf *sb, const gen_rule *r)
{
    sb_addf(sb, "\n# %s (from %s%s%s)\n", r->id, r->from, r->ts.families ? "; lexicon families: " : "",
            r->ts.families ? r->ts.families : "");
    const char *last = NULL;
    for (size_t i = 0; i < r->ts.n; i++) {
        const term *t = &r->ts.t[i];
        if (!last || strcmp(last, t->why)) {
            sb_addf(sb, "#   %s\n", t->why);
            last = t->why;
        }
        sb_addf(sb, "%s%s  %s\n", r->id, t->suffix, t->pattern);
    }
}

/* mkdir -p: the folders of path that do not exist yet (errors show when the
 * file is written). */
static void make_dirs(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        (void)mkdir(p, 0777);
        *s = '/';
    }
    (void)mkdir(p, 0777);
    free(p);
}

static int write_file(const char *path, const char *data, bool force)
{
    if (!force && access(path, F_OK) == 0) {
        fprintf(stderr, "zeef tender import: %s exists; use --force to replace it\n", path);
        return -1;
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "zeef tender import: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    fputs(data, f);
    if (fclose(f) != 0) {
        fprintf(stderr, "zeef tender import: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

static void free_importer(importer *im)
{
    for (size_t i = 0; i < im->nitems; i++) {
        free(im->items[i].num);
        free(im->items[i].label);
        free(im->items[i].orig);
    }
    free(im->items);
    for (size_t i = 0; i < im->ncomps; i++)
        free(im->comps[i]);
    free(im->comps);
    for (size_t i = 0; i < im->nrules; i++) {
        termset_free(&im->rules[i]->ts);
        free(im->rules[i]->id);
        free(im->rules[i]->from);
        free(im->rules[i]);
    }
    for (size_t i = 0; i < im->nroles; i++) {
        free(im->roles[i]->name);
        free(im->roles[i]->text);
        free(im->roles[i]);
    }
    for (size_t i = 0; i < im->nreqs; i++) {
        free(im->reqs[i].num);
        free(im->reqs[i].text);
        free(im->reqs[i].note);
    }
    free(im->reqs);
    request_free(&im->rt);
    lexicon_free(im->lx);
    rules_free(im->rq);
}

int tender_import(const char *request, const char *out, bool force)
{
    importer im;
    memset(&im, 0, sizeof im);
    char *err = NULL;
    char *rdir = tender_rules_dir();
    char *rqpath = xasprintf("%s/request.rules", rdir);
    char *lxpath = xasprintf("%s/lexicon.rules", rdir);
    char *paths[1] = {rqpath};
    int status = 2;
    char *title = NULL, *org = NULL, *hours = NULL, *duration = NULL, *deadline = NULL, *id = NULL;
    char *profile_path = NULL, *rules_path = NULL, *rules_base = NULL, *rel = NULL;
    strbuf P = STRBUF_INIT, R = STRBUF_INIT;

    im.rq = rules_load(paths, 1, &err);
    if (!im.rq) {
        fprintf(stderr, "zeef tender import: %s\n", err);
        goto done;
    }
    im.lx = lexicon_load(lxpath, &err);
    if (!im.lx) {
        fprintf(stderr, "zeef tender import: %s\n", err);
        goto done;
    }
    if (request_read(request, &im.rt, &err) < 0) {
        fprintf(stderr, "zeef tender import: %s\n", err);
        goto done;
    }
    cut_parts(&im);
    if (!im.nitems) {
        fprintf(stderr, "zeef tender import: %s: found no numbered knock-outs or criteria "
                        "(headings such as \"Vereisten / knock-outcriteria\" and \"Selectiecriteria\")\n", request);
        goto done;
    }
    status = 0;

    /* details */
    title = find_title(&im);
    org = find_organisation(&im);
    char *v;
    if ((v = line_value(&im, "request.hours", NULL))) {
        hours = xasprintf("%s %s", v, im.english ? "hours per week" : "uur per week");
        free(v);
    }
    if (!(duration = line_value(&im, "request.duration", NULL))) {
        /* "Startdatum 1 maart 2026" and "Einddatum 28 februari 2027" */
        char *a = line_value(&im, "request.start_date", NULL), *b = line_value(&im, "request.end_date", NULL);
        if (a && b)
            duration = xasprintf("%s - %s", a, b);
        free(a);
        free(b);
    }
    if (duration && isupper((unsigned char)duration[0]) &&
        islower((unsigned char)duration[1]))
        duration[0] = (char)tolower((unsigned char)duration[0]);
    int y = 0, mo = 0, d = 0;
    if (rq_find(im.rq, "request.deadline", &im.rt.all, NULL, &v, NULL)) {
        if (parse_date(&im, v, &y, &mo, &d) == 0)
            deadline = xasprintf("%04d-%02d-%02d", y, mo, d);
        free(v);
    }
    int shortlist = 3;
    bool shortlist_found = false;
    if (rq_find(im.rq, "request.shortlist", &im.rt.all, NULL, &v, NULL)) {
        shortlist = number_word(v);
        shortlist_found = shortlist > 0;
        if (shortlist <= 0)
            shortlist = 3;
        free(v);
    }
    bool tie_rate = rq_match(im.rq, "request.tie_break_rate", im.rt.all.s);
    double total = -1;
    if (rq_find(im.rq, "request.total_points", &im.rt.all, NULL, &v, NULL)) {
        for (char *p = v; *p; p++)
            if (*p == ',')
                *p = '.';
        total = strtod(v, NULL);
        free(v);
    }
    int max_pages = 0, min_refs = 0;
    bool pages_found = false, refs_found = false;
    const char *language = im.english ? "en" : "nl";
    bool lang_found = false;
    if ((v = cv_value(&im, "request.max_pages"))) {
        max_pages = number_word(v);
        pages_found = max_pages > 0;
        if (max_pages < 0) max_pages = 0;
        free(v);
    }
    if ((v = cv_value(&im, "request.min_references"))) {
        min_refs = number_word(v);
        refs_found = min_refs >= 0;
        if (min_refs < 0) min_refs = 0;
        free(v);
    }
    bool lang_any = false;
    /* "in het Nederlands of Engels": language nl with both ratios 0 passes every
     * CV with enough text (decide.c fails only below review_language_ratio; for
     * another language it asks review whenever the CV is not in it) */
    if ((v = cv_value(&im, "request.language.any"))) { language = "nl"; lang_any = lang_found = true; free(v); }
    else if ((v = cv_value(&im, "request.language.nl"))) { language = "nl"; lang_found = true; free(v); }
    else if ((v = cv_value(&im, "request.language.en"))) { language = "en"; lang_found = true; free(v); }

    /* items */
    im.reqs = xcalloc(im.nitems, sizeof *im.reqs);
    for (size_t i = 0; i < im.nitems; i++)
        map_item(&im, &im.items[i], &im.reqs[im.nreqs++]);

    /* where to write */
    id = make_id(title, org);
    profile_path = out ? xstrdup(out) : xasprintf("%s.profile", id);
    {
        const char *slash = strrchr(profile_path, '/');
        const char *base = slash ? slash + 1 : profile_path;
        size_t blen = strlen(base);
        if (blen > 8 && !strcmp(base + blen - 8, ".profile"))
            blen -= 8;
        rules_base = xasprintf("%.*s.rules", (int)blen, base);
        rules_path = slash ? xasprintf("%.*s/%s", (int)(slash - profile_path), profile_path, rules_base)
                           : xstrdup(rules_base);
        char *pdir = slash ? xstrndup(profile_path, (size_t)(slash - profile_path)) : xstrdup(".");
        make_dirs(pdir);        /* "-o tenders/wmo.profile" on a fresh checkout */
        rel = relative_dir(pdir, rdir);
        free(pdir);
    }

    /* ---- the profile ---- */
    sb_addf(&P, "# Tender profile: %s%s%s.\n", title ? title : "(no title found)", org ? ", " : "", org ? org : "");
    sb_addf(&P, "# Imported by `zeef tender import` from %s.\n", request);
    sb_adds(&P, "# Check every line against the request; `zeef tender check` validates it.\n"
                "# Patterns: the companion rules file named below.  Format: docs/profile.md.\n\n");
    sb_adds(&P, "[tender]\n");
    sb_addf(&P, "id             = %s\n", id);
    if (title) sb_addf(&P, "title          = %s\n", title);
    else sb_adds(&P, "# title = (not found in the request: fill in)\n");
    if (org) sb_addf(&P, "organisation   = %s\n", org);
    if (hours) sb_addf(&P, "hours          = %s\n", hours);
    if (duration) sb_addf(&P, "duration       = %s\n", duration);
    if (deadline) sb_addf(&P, "# The deadline is the reference date for open periods (\"heden\").\ndeadline       = %s\n", deadline);
    else sb_adds(&P, "# deadline = YYYY-MM-DD   (not found in the request: fill in)\n");
    if (!shortlist_found) sb_adds(&P, "# shortlist size not found in the request: the default\n");
    sb_addf(&P, "shortlist      = %d\n", shortlist);
    sb_addf(&P, "tie_break      = %s\n", tie_rate ? "hourly_rate" : "none");
    double sum = 0;
    size_t ncrit = 0;
    for (size_t i = 0; i < im.nreqs; i++)
        if (im.reqs[i].criterion) {
            sum += im.reqs[i].points;
            ncrit++;
        }
    if (total >= 0) sb_addf(&P, "total_points   = %g\n", total);
    else if (ncrit) sb_addf(&P, "# the request states no total: the sum of the criteria\ntotal_points   = %g\n", sum);
    sb_addf(&P, "rules          = %ssections.rules %scontact.rules %seducation.rules %sscreening.rules %s\n", rel, rel,
            rel, rel, rules_base);
    sb_adds(&P, "\n[cv]\n");
    if (!pages_found) sb_adds(&P, "# no page limit found in the request\n");
    sb_addf(&P, "max_pages              = %d\n", max_pages);
    if (!lang_found) sb_adds(&P, "# the language the CV must be in was not found: the request's own\n");
    sb_addf(&P, "language               = %s\n", language);
    if (lang_any)
        sb_adds(&P, "# the request takes a CV in either of two languages: the language check\n"
                    "# passes every CV with enough text (a profile names one language)\n"
                    "min_language_ratio     = 0\nreview_language_ratio  = 0\n");
    else
        sb_adds(&P, "min_language_ratio     = 0.6\nreview_language_ratio  = 0.3\n");
    if (!refs_found) sb_adds(&P, "# no reference requirement found in the request\n");
    sb_addf(&P, "min_references         = %d\n", min_refs);
    for (size_t i = 0; i < im.nroles; i++) {
        const gen_roles *r = im.roles[i];
        sb_addf(&P, "\n[roles %s]\ntext         = %s\nrole         = %s\ndomain       = %s\norganisation = %s\n", r->name,
                r->text, r->role->id, r->domain->id, r->org->id);
    }
    for (size_t i = 0; i < im.nreqs; i++) {
        const gen_req *g = &im.reqs[i];
        sb_addf(&P, "\n[%s %s]\n", g->criterion ? "criterion" : "knockout", g->num);
        if (g->label)
            sb_addf(&P, "# the request's %s\n", g->label);
        if (g->type == REQ_MANUAL)
            sb_addf(&P, "# manual: %s.  The pipeline answers \"review\" for every candidate.\n", g->note);
        sb_addf(&P, "type      = %s\ntext      = %s\n", req_type_name(g->type), g->text);
        if (g->criterion) {
            if (g->has_points) sb_addf(&P, "points    = %g\n", g->points);
            else sb_adds(&P, "# points = N   (not found in the request: fill in)\n");
        }
        switch (g->type) {
        case REQ_EDUCATION:
            sb_addf(&P, "level     = %s\n", edu_level_name(g->level));
            if (g->programme) sb_addf(&P, "programme = %s\n", g->programme->id);
            break;
        case REQ_EXPERIENCE:
            sb_addf(&P, "roles     = %s\n", g->roles->name);
            if (g->months % 12) sb_addf(&P, "months    = %d\n", g->months);
            else sb_addf(&P, "years     = %d\n", g->months / 12);
            break;
        case REQ_EVIDENCE:
            sb_addf(&P, "terms     = %s\nmin_hits  = 1\n", g->terms->id);
            break;
        default:
            break;
        }
    }
    if (im.ncomps) {
        sb_adds(&P, "\n[competencies]\n");
        for (size_t i = 0; i < im.ncomps; i++)
            sb_addf(&P, "%s\n", im.comps[i]);
    }

    /* ---- the rules ---- */
    sb_addf(&R, "# %s — CV patterns for %s%s%s.\n", rules_base, title ? title : id, org ? ", " : "", org ? org : "");
    sb_addf(&R, "# Written by `zeef tender import` from %s, with the vocabulary of\n"
                "# rules/lexicon.rules.  Patterns see normalised text: lower case, no\n"
                "# diacritics, dashes as '-'.  Edit freely; `zeef tender check` validates.\n", request);
    for (size_t i = 0; i < im.nrules; i++)
        write_terms(&R, im.rules[i]);

    if (write_file(profile_path, P.data, force) < 0 || write_file(rules_path, R.data, true) < 0) {
        status = 2;
        goto done;
    }

    /* ---- what it did, on the terminal ---- */
    printf("wrote %s and %s\n", profile_path, rules_path);
    printf("  %s%s%s; deadline %s; %s; %s\n", title ? title : "(no title)", org ? ", " : "", org ? org : "",
           deadline ? deadline : "NOT FOUND", hours ? hours : "hours not found", duration ? duration : "duration not found");
    printf("  CV: max %d pages, language %s%s, at least %d references; shortlist %d; tie-break %s\n", max_pages, language,
           lang_any ? " or another (not checked)" : "", min_refs, shortlist, tie_rate ? "hourly rate" : "none");
    size_t nmanual = 0;
    for (size_t i = 0; i < im.nreqs; i++) {
        const gen_req *g = &im.reqs[i];
        char *lab = g->label ? xasprintf(" (the request's %s)", g->label) : xstrdup("");
        if (g->criterion)
            printf("  criterion %s%s (%g points): %s: %s\n", g->num, lab, g->points, req_type_name(g->type), g->note);
        else
            printf("  knock-out %s%s: %s: %s\n", g->num, lab, req_type_name(g->type), g->note);
        free(lab);
        nmanual += g->type == REQ_MANUAL;
    }
    if (nmanual) {
        fprintf(stderr, "zeef tender import: %zu requirement%s could not be mapped and %s written as type = manual "
                        "(every candidate gets \"review\" for %s; judge by hand or edit the profile):\n",
                nmanual, nmanual == 1 ? "" : "s", nmanual == 1 ? "is" : "are", nmanual == 1 ? "it" : "them");
        for (size_t i = 0; i < im.nreqs; i++)
            if (im.reqs[i].type == REQ_MANUAL)
                fprintf(stderr, "  %s %s: %s\n", im.reqs[i].criterion ? "criterion" : "knock-out", im.reqs[i].num,
                        im.reqs[i].text);
    }
    for (size_t i = 0; i < im.nreqs; i++)
        if (im.reqs[i].criterion && !im.reqs[i].has_points) {
            fprintf(stderr, "zeef tender import: criterion %s: no points found; fill in points = N in %s\n",
                    im.reqs[i].num, profile_path);
            status = 1;
        }
    if (total >= 0 && (sum < total - 1e-9 || sum > total + 1e-9)) {
        fprintf(stderr, "zeef tender import: the criteria's points add up to %g, but the request states a total of %g; "
                        "fix the points in %s (it will not load until they agree)\n", sum, total, profile_path);
        status = 1;
    } else if (ncrit) {
        printf("  points add up to %g%s\n", sum, total >= 0 ? ", the total the request states" : "");
    }
    for (size_t i = 0; i < im.nreqs; i++)
        if (im.reqs[i].check)
            fprintf(stderr, "zeef tender import: %s %s: %s\n", im.reqs[i].criterion ? "criterion" : "knock-out",
                    im.reqs[i].num, im.reqs[i].note);
    size_t nko = im.nreqs - ncrit;
    if (!nko || !ncrit)
        fprintf(stderr, "zeef tender import: found %s; if the request has %s under a heading zeef does not know, "
                        "add it to rules/request.rules (request.section.%s) or to %s by hand\n",
                !nko ? "no knock-outs" : "no scored criteria", !nko ? "knock-outs" : "criteria",
                !nko ? "knockouts" : "criteria", profile_path);
    if (!deadline) {
        fprintf(stderr, "zeef tender import: no deadline found; fill in deadline = YYYY-MM-DD in %s\n", profile_path);
        status = 1;
    }
    if (!title) {
        fprintf(stderr, "zeef tender import: no title found; fill in title = ... in %s\n", profile_path);
        status = 1;
    }

done:
    free(err);
    free(title); free(org); free(hours); free(duration); free(deadline); free(id);
    free(profile_path); free(rules_path); free(rules_base); free(rel);
    sb_free(&P);
    sb_free(&R);
    free(rqpath);
    free(lxpath);
    free(rdir);
    free_importer(&im);
    return status;
}
