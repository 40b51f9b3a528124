/*
 * rules.c — load rule files, compile them with PCRE2 (JIT), match them.
 *
 * See rules.h for the file format.  Loading reads each file line by line; a
 * pattern that does not compile is reported as "FILE:LINE: PCRE2's message
 * (at offset N)" and loading stops, so a broken rule can never silently match
 * nothing.
 *
 * Rules with the same id form a group; rules_find() runs every pattern of the
 * group and keeps the earliest match.  A sieve (rules_sieve_new) first runs
 * each pattern over a whole document and notes where its matches can start,
 * so that the many small matches on the document's lines run only the
 * patterns that can start a match inside the line.  One match-data block and one JIT stack
 * serve every match in the process.
 */
#include "rules.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define RULES_MATCH_LIMIT  1000000u
#define RULES_DEPTH_LIMIT  10000u
#define RULES_HEAP_LIMIT   (16u * 1024u)     /* KiB */
#define RULES_MAX_FILE     (4u << 20)

/* Which pairs of neighbouring bytes a text holds, hashed into 256 bits: a
 * text that holds t holds all of t's pairs, so a piece whose set lacks one
 * of them cannot hold t, found without a scan (find_in_group). */
typedef struct {
    uint64_t w[4];
} pairset;

static inline unsigned pair_hash(unsigned char a, unsigned char b)
{
    return (a * 37u + b) & 255u;
}

static void pairset_of(const char *s, size_t n, pairset *ps)
{
    memset(ps, 0, sizeof *ps);
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned h = pair_hash((unsigned char)s[i], (unsigned char)s[i + 1]);
        ps->w[h >> 6] |= 1ull << (h & 63);
    }
}

static bool pairset_within(const pairset *a, const pairset *b)
{
    return !(a->w[0] & ~b->w[0]) && !(a->w[1] & ~b->w[1]) && !(a->w[2] & ~b->w[2]) && !(a->w[3] & ~b->w[3]);
}

typedef struct {
    char *id, *pattern, *file;
    int line;
    pcre2_code *code;
    int vgroup;     /* number of group "v", or 0 */
    bool local;     /* sieved: sees no text outside its match but through \b (sieve_local),
                       and a match cannot start just anywhere (starts_anywhere) */
    char **lits;    /* a local pattern's literal starts, or NULL (see literal_starts) */
    size_t nlits;
    pcre2_code *anchored;   /* with lits: the pattern compiled to match only where it starts */
    bool anchored_tried;    /* (anchored_copy) */
    char **need;    /* texts one of which every match contains, or NULL (see required_texts) */
    size_t *needlen, nneed;
    pairset *needpairs;     /* the byte pairs of each (see pairset) */
} rule;

typedef struct {
    char *id;
    rule **rules;
    size_t n;
} group;

#define GROUP_CACHE 64u

struct ruleset {
    rule *rules;
    size_t nrules;
    group *groups;
    size_t ngroups;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    pcre2_match_data *md;
    struct {
        const char *id;     /* the caller's pointer, compared by value too */
        group *g;
    } recent[GROUP_CACHE];  /* find_group's last answers, by the id's address */
    long limit_hits;
    char version[80];
    /* the last piece find_in_group looked at: callers try many groups on
     * one line, and a copy compares faster than the pairs are hashed */
    strbuf last;
    bool last_lower;
    pairset last_pairs;
};

static int cmp_group(const void *a, const void *b)
{
    return strcmp(((const group *)a)->id, ((const group *)b)->id);
}

/* The groups are sorted by id when loading is done (rules_load).  Callers
 * mostly pass the same string constants again and again, so the last group
 * found for an address is remembered; a hit still compares the text, since
 * a caller's buffer may hold another id the next time. */
static group *lookup_group(const ruleset *rs, const char *id)
{
    group key = {.id = (char *)id};
    return rs->ngroups ? bsearch(&key, rs->groups, rs->ngroups, sizeof *rs->groups, cmp_group) : NULL;
}

static group *find_group(ruleset *rs, const char *id)
{
    unsigned slot = (unsigned)(((uintptr_t)id >> 3) % GROUP_CACHE);
    if (rs->recent[slot].id == id && rs->recent[slot].g && strcmp(rs->recent[slot].g->id, id) == 0)
        return rs->recent[slot].g;
    group *g = lookup_group(rs, id);
    if (g) {
        rs->recent[slot].id = id;
        rs->recent[slot].g = g;
    }
    return g;
}

bool rules_has(const ruleset *rs, const char *id)
{
    return lookup_group(rs, id) != NULL;
}

void rules_free(ruleset *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < rs->nrules; i++) {
        free(rs->rules[i].id);
        free(rs->rules[i].pattern);
        for (size_t k = 0; k < rs->rules[i].nlits; k++)
            free(rs->rules[i].lits[k]);
        free(rs->rules[i].lits);
        for (size_t k = 0; k < rs->rules[i].nneed; k++)
            free(rs->rules[i].need[k]);
        free(rs->rules[i].need);
        free(rs->rules[i].needlen);
        free(rs->rules[i].needpairs);
        free(rs->rules[i].file);
        pcre2_code_free(rs->rules[i].code);
        pcre2_code_free(rs->rules[i].anchored);
    }
    free(rs->rules);
    for (size_t i = 0; i < rs->ngroups; i++) {
        free(rs->groups[i].id);
        free(rs->groups[i].rules);
    }
    free(rs->groups);
    pcre2_match_context_free(rs->mctx);
    pcre2_jit_stack_free(rs->jit);
    pcre2_match_data_free(rs->md);
    sb_free(&rs->last);
    free(rs);
}


static bool valid_id(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-')
            return false;
    return true;
}

bool rules_split_line(char *line, char **id, size_t *idlen, const char **pattern)
{
    char *s = line;
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    if (!*s || *s == '#')
        return false;
    *id = s;
    *idlen = strcspn(s, " \t");
    const char *pat = s + *idlen;
    while (*pat == ' ' || *pat == '\t')
        pat++;
    *pattern = pat;
    return true;
}

/*
 * Does a pattern look at no text outside its match, except through \b and
 * \B?  Then a match inside a piece of text is also a match inside any longer
 * text that holds the piece with a space, or nothing, on either side: \b and
 * \B see a non-word character there either way.  The sieve (rules_sieve_new)
 * relies on it.  Anchors, lookarounds, \A \z \Z \G \K, verbs and inline
 * options make a pattern not local; so does any '^' or '$' that might be an
 * anchor.  When in doubt the answer is no, which only costs speed.
 */
static bool sieve_local(const char *pat)
{
    for (const char *c = pat; *c; c++) {
        if (*c == '\\') {
            if (!c[1] || strchr("AzZGK", c[1]))
                return false;
            c++;
        } else if (*c == '$') {
            return false;
        } else if (*c == '^') {
            if (c == pat || c[-1] != '[' || (c - 1 > pat && c[-2] == '\\'))
                return false;
        } else if (*c == '(' && (c[1] == '*' || c[1] == '?')) {
            if (c[1] == '*')
                return false;
            char k = c[2];
            bool named = (k == '<' && c[3] && strchr("=!", c[3]) == NULL) || k == '\'' || k == 'P';
            if (k != ':' && k != '>' && k != '|' && !named)
                return false;
        }
    }
    return true;
}

/*
 * Can a match of the compiled pattern start at any character?  PCRE2 then
 * knows neither a first code unit nor a set of first characters: the
 * pattern begins with something like "[^.]*" ("[^.]*\bnog niet begonnen\b").
 * Finding every place where such a match starts means a scan from each
 * character to the end of its sentence, which costs more than running the
 * pattern on each piece; the sieve treats the pattern as not local.
 */
static bool starts_anywhere(const pcre2_code *code)
{
    uint32_t type = 0;
    const uint8_t *bitmap = NULL;
    if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type) != 0 ||
        pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0)
        return false;
    return type == 0 && bitmap == NULL;
}

/*
 * The texts one of which every match of a pattern starts with, when there
 * are such: each top-level alternative of the pattern begins (after an
 * optional \b) with plain lower-case ASCII letters, digits, spaces or '-',
 * at least three of them, or with a group whose alternatives all do.
 * "\bkvk\b" gives "kvk", "\bself-?employed" "self", "\bprince ?2" "prince";
 * "\bfusie\w*|\bplan van aanpak\b" gives "fusie" and "plan van aanpak";
 * "\b(zilveren kruis|menzis|vgz)\b" gives the three names.  A sieve skips
 * to the nearest of them with memmem before it runs the pattern
 * (find_starts).  Returns false, and adds nothing, when there is no such
 * set; the texts go to *out (n of them).
 */
static bool alt_starts(const char *p, const char *end, char ***out, size_t *n);

/* Walks a pattern from a, past escapes and character classes, keeping count
 * of brackets: with group, a points at a '(' and the answer is its ')' (NULL
 * when there is none); without, the answer is the '|' that ends the
 * top-level alternative starting at a, or end. */
static const char *pattern_walk(const char *a, const char *end, bool group)
{
    int depth = 0;
    bool in_class = false;
    for (const char *c = a; c < end; c++) {
        if (*c == '\\') {
            if (++c >= end)
                return group ? NULL : end;
        } else if (in_class) {
            in_class = *c != ']';
        } else if (*c == '[') {
            in_class = true;
            if (c + 1 < end && c[1] == '^')
                c++;
            if (c + 1 < end && c[1] == ']')
                c++;        /* a ']' first in a class is a member */
        } else if (*c == '(') {
            depth++;
        } else if (*c == ')') {
            if (--depth == 0 && group)
                return c;
        } else if (*c == '|' && depth == 0 && !group) {
            return c;
        }
    }
    return group ? NULL : end;
}

/* The end of the top-level alternative of a pattern that starts at a. */
static const char *alternative_end(const char *a, const char *end)
{
    return pattern_walk(a, end, false);
}

/* The end of the group whose '(' is at p (the ')'), or NULL. */
static const char *group_end(const char *p, const char *end)
{
    return pattern_walk(p, end, true);
}

/* One alternative, [p, end): its literal starts. */
static bool one_start(const char *p, const char *end, char ***out, size_t *n)
{
    if (end - p >= 2 && p[0] == '\\' && p[1] == 'b')
        p += 2;
    if (p < end && *p == '(') {
        const char *close = group_end(p, end);
        const char *in = p + 1;
        if (close && close - in >= 2 && in[0] == '?' && in[1] == ':')
            in += 2;
        else if (close && close > in && *in == '?')
            return false;   /* a lookaround or another special group */
        if (!close || (close + 1 < end && strchr("?*{", close[1])))
            return false;   /* unbalanced, or the group is optional */
        return alt_starts(in, close, out, n);
    }
    size_t k = 0;
    while (p + k < end &&
           ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9') || p[k] == ' ' || p[k] == '-'))
        k++;
    if (k && p + k < end && strchr("?*{", p[k]))
        k--;        /* the last one is optional */
    if (k < 3)
        return false;
    *out = xreallocarray(*out, *n + 1, sizeof **out);
    (*out)[(*n)++] = xstrndup(p, k);
    return true;
}

static bool alt_starts(const char *p, const char *end, char ***out, size_t *n)
{
    size_t n0 = *n;
    for (const char *a = p;;) {
        const char *c = alternative_end(a, end);
        if (!one_start(a, c, out, n)) {
            while (*n > n0)
                free((*out)[--*n]);
            return false;
        }
        if (c >= end)
            break;
        a = c + 1;
    }
    return *n > n0;
}

static void literal_starts(rule *r)
{
    r->lits = NULL;
    r->nlits = 0;
    r->anchored = NULL;
    r->anchored_tried = false;
    if (r->local && !alt_starts(r->pattern, r->pattern + strlen(r->pattern), &r->lits, &r->nlits)) {
        free(r->lits);
        r->lits = NULL;
        r->nlits = 0;
    }
}

/* PCRE2_ANCHORED at match time would bypass the JIT (PCRE2 10.42), so a
 * pattern with literal starts gets an anchored copy of its own for the
 * sieve, compiled when a sieve first needs it (most patterns never go
 * through a sieve, and JIT compiling is most of loading); without one, lits
 * are not used (find_starts). */
static pcre2_code *anchored_copy(rule *r)
{
    if (r->nlits && !r->anchored && !r->anchored_tried) {
        int ec;
        PCRE2_SIZE eoff;
        r->anchored_tried = true;
        r->anchored = pcre2_compile((PCRE2_SPTR)r->pattern, PCRE2_ZERO_TERMINATED,
                                    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_ANCHORED, &ec, &eoff, NULL);
        if (r->anchored)
            (void)pcre2_jit_compile(r->anchored, PCRE2_JIT_COMPLETE);
    }
    return r->anchored;
}

/*
 * The texts one of which every match of a pattern contains, when there are
 * such: "\bbuiten mijn (rol|functie)\b" must contain "buiten mijn ",
 * "[^.]*\b(vooruitblik|toekomstplannen)\b[^.]*" one of the two words,
 * "\b(eigen|mijn) (bv|holding)\b|\bkvk\b" one of ... whatever is best per
 * alternative.  A text that contains none of them cannot hold a match, so
 * the pattern is not run on it (rules_text_lacks, find_in_group).  This is
 * how grep and RE2 skip most lines: the pattern's "must" strings.
 *
 * The reading is deliberately small.  A run of plain characters in a row,
 * each neither optional nor repeated (ASCII letters, taken in lower case,
 * digits, space and escaped punctuation), is a text every match holds; so
 * is, for a group that must occur, one of the texts of each of its
 * alternatives.  Of the candidates in one alternative the one whose
 * shortest text is longest is kept; an alternative without a candidate of
 * at least three bytes leaves the pattern without texts.  Lookarounds add
 * nothing (they match no text of their own), and inline options, \Q..\E
 * and anything not understood end the reading with no texts: when in
 * doubt the pattern is simply run, which only costs speed.  The texts are
 * compared with lower-case text only (lower_only): under PCRE2_CASELESS a
 * "k" also matches "K" and the Kelvin sign.
 */
#define NEED_MIN 3

typedef struct {
    char **s;
    size_t n;
} textset;

static void textset_free(textset *t)
{
    for (size_t k = 0; k < t->n; k++)
        free(t->s[k]);
    free(t->s);
    t->s = NULL;
    t->n = 0;
}

static size_t textset_shortest(const textset *t)
{
    size_t m = SIZE_MAX;
    for (size_t k = 0; k < t->n; k++)
        if (strlen(t->s[k]) < m)
            m = strlen(t->s[k]);
    return t->n ? m : 0;
}

/* Keeps the better of *best and *cand (cand is consumed). */
static void textset_keep_better(textset *best, textset *cand)
{
    size_t b = textset_shortest(best), c = textset_shortest(cand);
    if (c > b || (c == b && c && cand->n < best->n)) {
        textset_free(best);
        *best = *cand;
    } else {
        textset_free(cand);
    }
    cand->s = NULL;
    cand->n = 0;
}

static bool need_alternatives(const char *p, const char *end, textset *out);

/* Ends the run of plain characters: it becomes a candidate. */
static void need_flush(strbuf *run, textset *best)
{
    if (run->len) {
        textset c = {xcalloc(1, sizeof(char *)), 1};
        c.s[0] = xstrndup(run->data, run->len);
        textset_keep_better(best, &c);
    }
    sb_reset(run);
}

/* The quantifier at *c, if any: moves past it; its minimum in *min, and
 * whether there was one in *quant.  False for a '{' that is no quantifier. */
static bool need_quantifier(const char **c, const char *end, long *min, bool *quant)
{
    const char *q = *c;
    *min = 1;
    *quant = false;
    if (q >= end)
        return true;
    if (*q == '?' || *q == '*') {
        *min = 0;
        q++;
    } else if (*q == '+') {
        q++;
    } else if (*q == '{') {
        const char *d = q + 1;
        long lo = 0;
        if (d >= end || *d < '0' || *d > '9')
            return false;       /* a '{' that is no quantifier: not understood */
        while (d < end && *d >= '0' && *d <= '9')
            lo = lo * 10 + (*d++ - '0');
        while (d < end && ((*d >= '0' && *d <= '9') || *d == ','))
            d++;
        if (d >= end || *d != '}')
            return false;
        *min = lo;
        q = d + 1;
    } else {
        return true;
    }
    if (q < end && (*q == '?' || *q == '+'))
        q++;        /* lazy or possessive */
    *c = q;
    *quant = true;
    return true;
}

/* One alternative, [p, end): its best candidate into *out. */
static bool need_sequence(const char *p, const char *end, textset *out)
{
    textset best = {NULL, 0};
    strbuf run = STRBUF_INIT;
    bool ok = true;
    const char *c = p;
    while (ok && c < end) {
        int lit = -1;           /* a plain character, or -1 */
        const char *group = NULL, *close = NULL;
        if (*c == '\\') {
            if (c + 1 >= end || c[1] == 'Q' || c[1] == 'E') {
                ok = false;
                break;
            }
            char e = c[1];
            c += 2;
            if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                if (c < end && *c == '{' && strchr("xpPgkoN", e)) {   /* \x{20ac}, \p{L}, \g{1} */
                    while (c < end && *c != '}')
                        c++;
                    if (c >= end) {
                        ok = false;
                        break;
                    }
                    c++;
                } else if (c < end && strchr("kg", e) && strchr("<'", *c)) {
                    ok = false;     /* \k<name>: not understood */
                    break;
                } else if (c < end && (e == 'p' || e == 'P')) {
                    c++;            /* \pL */
                }
            } else if ((unsigned char)e < 0x80) {
                lit = e;
            }
        } else if (*c == '[') {
            const char *d = c + 1;
            if (d < end && *d == '^')
                d++;
            if (d < end && *d == ']')
                d++;
            while (d < end && *d != ']') {
                if (*d == '\\')
                    d++;
                d++;
            }
            if (d >= end) {
                ok = false;
                break;
            }
            c = d + 1;
        } else if (*c == '(') {
            close = group_end(c, end);
            if (!close) {
                ok = false;
                break;
            }
            const char *in = c + 1;
            if (*in == '?') {
                if (in + 1 < close && in[1] == ':')
                    group = in + 2;
                else if (in + 1 < close && (in[1] == '<' || in[1] == 'P' || in[1] == '\'') &&
                         !(in[1] == '<' && in + 2 < close && strchr("=!", in[2]))) {
                    const char *nm = in + 2;        /* (?<name>..), (?P<name>..), (?'name'..) */
                    if (in[1] == 'P')
                        nm++;
                    while (nm < close && *nm != '>' && *nm != '\'')
                        nm++;
                    if (nm >= close) {
                        ok = false;
                        break;
                    }
                    group = nm + 1;
                } else if (in + 1 < close && (in[1] == '=' || in[1] == '!' || in[1] == '<')) {
                    group = NULL;   /* a lookaround: no text of its own */
                } else {
                    ok = false;     /* inline options, conditions, recursion, ... */
                    break;
                }
            } else if (*in == '*') {
                ok = false;         /* a verb */
                break;
            } else {
                group = in;
            }
            c = close + 1;
        } else if (*c == '.' || *c == '^' || *c == '$') {
            c++;
        } else if ((unsigned char)*c < 0x80) {
            lit = *c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c;
            c++;
        } else {
            c++;                    /* a byte of a non-ASCII character: not plain */
        }
        long min;
        bool quant;
        if (!need_quantifier(&c, end, &min, &quant)) {
            ok = false;
            break;
        }
        if (lit >= 0 && min >= 1) {
            sb_addc(&run, (char)lit);
            if (quant)
                need_flush(&run, &best);        /* repeated: what follows need not touch it */
            continue;
        }
        need_flush(&run, &best);
        if (group && min >= 1) {
            textset g = {NULL, 0};
            if (need_alternatives(group, close, &g))
                textset_keep_better(&best, &g);
        }
    }
    need_flush(&run, &best);
    sb_free(&run);
    if (!ok || textset_shortest(&best) < NEED_MIN) {
        textset_free(&best);
        return false;
    }
    out->s = xreallocarray(out->s, out->n + best.n, sizeof *out->s);
    for (size_t k = 0; k < best.n; k++)
        out->s[out->n++] = best.s[k];
    free(best.s);
    return true;
}

/* The alternatives of [p, end): each must give texts; *out gets them all. */
static bool need_alternatives(const char *p, const char *end, textset *out)
{
    textset all = {NULL, 0};
    for (const char *a = p;;) {
        const char *c = alternative_end(a, end);
        if (!need_sequence(a, c, &all)) {
            textset_free(&all);
            return false;
        }
        if (c >= end)
            break;
        a = c + 1;
    }
    out->s = xreallocarray(out->s, out->n + all.n + 1, sizeof *out->s);
    for (size_t k = 0; k < all.n; k++)
        out->s[out->n++] = all.s[k];
    free(all.s);
    return out->n > 0;
}

static void required_texts(rule *r)
{
    textset t = {NULL, 0};
    if (!need_alternatives(r->pattern, r->pattern + strlen(r->pattern), &t))
        textset_free(&t);
    r->need = t.s;
    r->nneed = t.n;
    r->needlen = t.n ? xcalloc(t.n, sizeof *r->needlen) : NULL;
    r->needpairs = t.n ? xcalloc(t.n, sizeof *r->needpairs) : NULL;
    for (size_t k = 0; k < t.n; k++) {
        r->needlen[k] = strlen(t.s[k]);
        pairset_of(t.s[k], r->needlen[k], &r->needpairs[k]);
    }
}

/* Reads one rule file; appends its rules; adds its bytes to all (for the version). */
static int load_file(ruleset *rs, const char *path, strbuf *all, char **err)
{
    char *data;
    size_t len;
    int rc = read_file(path, RULES_MAX_FILE, &data, &len);
    if (rc < 0) {
        *err = rc == -2 ? xasprintf("%s: rule file larger than 4 MiB", path)
                        : xasprintf("%s: %s", path, strerror(errno));
        return -1;
    }
    sb_add(all, data, len);
    int lineno = 0;
    char *line = data;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *s;
        size_t idlen;
        const char *pat;
        bool is_rule = rules_split_line(line, &s, &idlen, &pat);
        line = next;
        if (!is_rule)
            continue;
        if (!valid_id(s, idlen)) {
            *err = xasprintf("%s:%d: rule id must be letters, digits, '.', '_' or '-'", path, lineno);
            free(data);
            return -1;
        }
        if (!*pat) {
            *err = xasprintf("%s:%d: rule \"%.*s\" has no pattern", path, lineno, (int)idlen, s);
            free(data);
            return -1;
        }
        int ec;
        PCRE2_SIZE eoff;
        /* No PCRE2_NO_UTF_CHECK here: a rule file saved in Latin-1 must be
         * an error with its line, not undefined behaviour in pcre2_compile
         * (found by tests/fuzz/fuzz_rules.c). */
        pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                         PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
                                         &ec, &eoff, NULL);
        if (!code) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(ec, msg, sizeof msg);
            *err = xasprintf("%s:%d: %s (at offset %zu of the pattern)", path, lineno, (char *)msg,
                             (size_t)eoff);
            free(data);
            return -1;
        }
        /* JIT is an optimisation: where it is unavailable the interpreter runs. */
        (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
        rs->rules = xreallocarray(rs->rules, rs->nrules + 1, sizeof *rs->rules);
        rule *r = &rs->rules[rs->nrules++];
        r->id = xstrndup(s, idlen);
        r->pattern = xstrdup(pat);
        r->file = xstrdup(path);
        r->line = lineno;
        r->code = code;
        int v = pcre2_substring_number_from_name(code, (PCRE2_SPTR) "v");
        r->vgroup = v > 0 ? v : 0;
        r->local = sieve_local(pat) && !starts_anywhere(r->code);
        literal_starts(r);
        required_texts(r);
    }
    free(data);
    return 0;
}

ruleset *rules_load(char *const *paths, size_t n, char **err)
{
    ruleset *rs = xcalloc(1, sizeof *rs);
    strbuf all = STRBUF_INIT;
    *err = NULL;
    for (size_t i = 0; i < n; i++) {
        if (load_file(rs, paths[i], &all, err) < 0) {
            sb_free(&all);
            rules_free(rs);
            return NULL;
        }
    }
    char hex[65];
    sha256_hex(all.data ? all.data : "", all.len, hex);
    snprintf(rs->version, sizeof rs->version, "rules-%.16s", hex);
    sb_free(&all);

    /* Group by id; rules keep their file order inside a group. */
    for (size_t i = 0; i < rs->nrules; i++) {
        group *g = NULL;
        for (size_t k = 0; k < rs->ngroups && !g; k++)
            if (!strcmp(rs->groups[k].id, rs->rules[i].id))
                g = &rs->groups[k];
        if (!g) {
            rs->groups = xreallocarray(rs->groups, rs->ngroups + 1, sizeof *rs->groups);
            g = &rs->groups[rs->ngroups++];
            g->id = xstrdup(rs->rules[i].id);
            g->rules = NULL;
            g->n = 0;
        }
        g->rules = xreallocarray(g->rules, g->n + 1, sizeof *g->rules);
        g->rules[g->n++] = &rs->rules[i];
    }
    if (rs->ngroups)
        qsort(rs->groups, rs->ngroups, sizeof *rs->groups, cmp_group);

    rs->mctx = pcre2_match_context_create(NULL);
    rs->jit = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
    rs->md = pcre2_match_data_create(32, NULL);
    if (!rs->mctx || !rs->jit || !rs->md) {
        rules_free(rs);
        *err = xstrdup("out of memory setting up PCRE2");
        return NULL;
    }
    pcre2_set_match_limit(rs->mctx, RULES_MATCH_LIMIT);
    pcre2_set_depth_limit(rs->mctx, RULES_DEPTH_LIMIT);
    pcre2_set_heap_limit(rs->mctx, RULES_HEAP_LIMIT);
    pcre2_jit_stack_assign(rs->mctx, NULL, rs->jit);
    return rs;
}

/* A pattern's literal start is found as it is written (lower case) when
 * the text has no upper-case ASCII and neither of the two other characters
 * that match a lower-case ASCII letter without case: U+017F long s and
 * U+212A Kelvin sign.  Normalised text (text.h) has none of the first; text
 * with any of them is searched by PCRE2 alone. */
/* Has the word x (8 bytes) a byte in 'A'..'Z', or one with its high bit
 * set?  Each byte's low seven bits plus a constant carry into its high bit
 * exactly when they are at least 'A' (or above 'Z'), and never into the
 * next byte. */
static bool word_suspect(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t low = x & ~highs;
    uint64_t at_least_a = (low + ones * (0x80 - 'A')) & highs;
    uint64_t above_z = (low + ones * (0x80 - 'Z' - 1)) & highs;
    return ((at_least_a & ~above_z) | (x & highs)) != 0;
}

static bool lower_only(const char *s, size_t len)
{
    /* Skip, eight bytes at a time, what is plain lower-case ASCII: most
     * normalised text is, and this runs on every piece a rule is tried on. */
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        if (word_suspect(w))
            break;
    }
    for (; i < len; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        if ((*u >= 'A' && *u <= 'Z') || (*u == 0xC5 && i + 1 < len && u[1] == 0xBF) ||
            (*u == 0xE2 && i + 2 < len && u[1] == 0x84 && u[2] == 0xAA))
            return false;
    }
    return true;
}

/* Does s[0, len), whose byte pairs are sp, hold one of the rule's texts? */
static bool holds_any(const char *s, size_t len, const pairset *sp, const rule *r)
{
    for (size_t k = 0; k < r->nneed; k++)
        if (pairset_within(&r->needpairs[k], sp) && find_in(s, len, r->need[k], r->needlen[k]))
            return true;
    return false;
}

/* The earliest match in s of the group's patterns that keep[] allows (all
 * when keep is NULL); the first pattern in file order wins a tie. */
static int find_in_group(ruleset *rs, const group *g, const bool *keep, const char *s, size_t len, size_t from,
                         rule_match *m)
{
    if (from > len)
        return 0;
    bool found = false;
    int lower = -1;     /* is s[from, len) lower_only?  Looked at when first needed */
    pairset sp;         /* ... and then its byte pairs */
    for (size_t i = 0; i < g->n; i++) {
        if (keep && !keep[i])
            continue;
        rule *r = g->rules[i];
        if (r->nneed) {
            if (lower < 0) {
                size_t n = len - from;
                if (rs->last.data && rs->last.len == n && memcmp(rs->last.data, s + from, n) == 0) {
                    lower = rs->last_lower;
                    sp = rs->last_pairs;
                } else {
                    lower = lower_only(s + from, n);
                    if (lower)
                        pairset_of(s + from, n, &sp);
                    else
                        memset(&sp, 0, sizeof sp);
                    sb_reset(&rs->last);
                    sb_add(&rs->last, s + from, n);
                    rs->last_lower = lower;
                    rs->last_pairs = sp;
                }
            }
            if (lower && !holds_any(s + from, len - from, &sp, r))
                continue;
        }
        int rc = pcre2_match(r->code, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, rs->md, rs->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            continue;
        if (rc < 0) {
            /* Match or heap limit, or another run-time error: no match here. */
            rs->limit_hits++;
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rs->md);
        if (found && ov[0] >= m->start)
            continue;
        found = true;
        m->start = ov[0];
        m->end = ov[1];
        m->has_value = false;
        if (r->vgroup && r->vgroup < rc && ov[2 * r->vgroup] != PCRE2_UNSET) {
            m->has_value = true;
            m->vstart = ov[2 * r->vgroup];
            m->vend = ov[2 * r->vgroup + 1];
        }
        m->rule.id = r->id;
        m->rule.file = r->file;
        m->rule.line = r->line;
        m->rule.pattern = r->pattern;
    }
    /* An empty match would make callers loop forever: treat it as none. */
    if (found && m->end == m->start)
        return 0;
    return found ? 1 : 0;
}

int rules_find(ruleset *rs, const char *id, const char *s, size_t len, size_t from, rule_match *m)
{
    group *g = find_group(rs, id);
    return g ? find_in_group(rs, g, NULL, s, len, from, m) : 0;
}

/*
 * A document prepared for sieves.  Built once per document and shared by
 * all the sieves on it: whether it is lower_only, and where each pair of
 * bytes occurs (a chain per pair_bucket), so that a sieve finds a pattern's literal starts
 * by walking one short chain instead of scanning the whole text once for
 * every literal (memmem did that, and it was an eighth of zeef-fields' time).
 */
#define PAIR_BUCKETS 4096u
#define NOWHERE UINT32_MAX

struct rules_text {
    const char *s;
    size_t len;
    bool lower;         /* see lower_only */
    size_t *line_at, nlines;    /* where each line starts (rules_text_lines), or none */
    uint32_t *next;     /* next[i]: the next offset after i in i's bucket, or NOWHERE */
    uint32_t head[PAIR_BUCKETS];    /* first offset in each bucket, or NOWHERE */
};

static unsigned pair_bucket(const char *p)
{
    return (((unsigned char)p[0] * 31u) ^ (unsigned char)p[1]) % PAIR_BUCKETS;
}

rules_text *rules_text_new(const char *doc, size_t len)
{
    rules_text *t = xcalloc(1, sizeof *t);
    t->s = doc;
    t->len = len;
    t->lower = lower_only(doc, len);
    for (size_t b = 0; b < PAIR_BUCKETS; b++)
        t->head[b] = NOWHERE;
    if (len >= 2 && len < NOWHERE) {
        t->next = xcalloc(len, sizeof *t->next);
        for (size_t i = len - 1; i-- > 0;) {     /* from the end: chains run forwards */
            unsigned b = pair_bucket(doc + i);
            t->next[i] = t->head[b];
            t->head[b] = (uint32_t)i;
        }
    }
    return t;
}

void rules_text_lines(rules_text *t, const size_t *at, size_t n)
{
    free(t->line_at);
    t->line_at = n ? xcalloc(n, sizeof *t->line_at) : NULL;
    if (n)
        memcpy(t->line_at, at, n * sizeof *at);
    t->nlines = n;
}

void rules_text_free(rules_text *t)
{
    if (!t)
        return;
    free(t->line_at);
    free(t->next);
    free(t);
}

/* Where lit (n >= 2 bytes) next occurs at or after `from`, going on along
 * its bucket's chain from *at (NOWHERE when not started); t->len + 1 when
 * it does not.  *at is left at the occurrence, so that a later call with a
 * larger `from` goes on from there. */
static size_t next_literal(const rules_text *t, const char *lit, size_t n, size_t from, uint32_t *at)
{
    if (!t->next)
        return t->len + 1;
    uint32_t i = *at == NOWHERE ? t->head[pair_bucket(lit)] : *at;
    while (i != NOWHERE && (i < from || i + n > t->len || memcmp(t->s + i, lit, n) != 0))
        i = t->next[i];
    *at = i;
    return i == NOWHERE ? t->len + 1 : i;
}

/* Per pattern of the group: where in the document a match of it can start.
 * A local pattern matches a piece only at one of these; the others
 * (all == true) are run on every piece. */
typedef struct {
    bool all;
    size_t *at, n;      /* sorted offsets in doc */
} sieve_starts;

struct rules_sieve {
    ruleset *rs;
    const group *g;
    const char *doc;
    size_t len;
    sieve_starts *starts;
};

/* More candidate starts than this and a pattern is simply run on every piece. */
#define SIEVE_MAX_STARTS 256

/* Adds the window around offset q: the lines of every piece of up to
 * RULES_PIECE_LINES lines that holds q. */
static void window_add(const rules_text *t, size_t q, size_t **win, size_t *nwin)
{
    size_t a = 0, b = t->nlines;       /* the last line that starts at or before q */
    while (b - a > 1) {
        size_t mid = a + (b - a) / 2;
        if (t->line_at[mid] <= q)
            a = mid;
        else
            b = mid;
    }
    size_t first = a >= RULES_PIECE_LINES - 1 ? a - (RULES_PIECE_LINES - 1) : 0;
    size_t last = a + (RULES_PIECE_LINES - 1) < t->nlines ? a + (RULES_PIECE_LINES - 1) : t->nlines - 1;
    *win = xreallocarray(*win, 2 * (*nwin + 1), sizeof **win);
    (*win)[2 * *nwin] = t->line_at[first];
    (*win)[2 * *nwin + 1] = last + 1 < t->nlines && t->line_at[last + 1] > 0 ? t->line_at[last + 1] - 1 : t->len;
    (*nwin)++;
}

static int cmp_window(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorts the windows and joins those that overlap or touch. */
static void windows_merge(size_t *win, size_t *nwin)
{
    qsort(win, *nwin, 2 * sizeof *win, cmp_window);
    size_t k = 0;
    for (size_t w = 1; w < *nwin; w++) {
        if (win[2 * w] <= win[2 * k + 1] + 1) {
            if (win[2 * w + 1] > win[2 * k + 1])
                win[2 * k + 1] = win[2 * w + 1];
        } else {
            k++;
            win[2 * k] = win[2 * w];
            win[2 * k + 1] = win[2 * w + 1];
        }
    }
    *nwin = *nwin ? k + 1 : 0;
}

static void find_starts(ruleset *rs, rule *r, const rules_text *t, sieve_starts *st)
{
    const char *doc = t->s;
    size_t len = t->len;
    st->all = false;
    size_t *win = NULL, nwin = 0;      /* [win[2w], win[2w+1]): where to look */
    if (r->nneed && t->lower) {
        /* A document without any of the pattern's texts holds no match,
         * nor does any piece of it; with its lines known, a match in a
         * piece lies within RULES_PIECE_LINES - 1 lines of one of them. */
        bool any = false;
        for (size_t k = 0; k < r->nneed && (!any || (t->nlines && r->local)); k++) {
            uint32_t at = NOWHERE;
            for (size_t q = next_literal(t, r->need[k], r->needlen[k], 0, &at); q <= len;
                 q = next_literal(t, r->need[k], r->needlen[k], q + 1, &at)) {
                any = true;
                if (!t->nlines || !r->local)
                    break;
                window_add(t, q, &win, &nwin);
            }
        }
        if (!any)
            return;
    }
    if (nwin)
        windows_merge(win, &nwin);
    st->all = !r->local;
    size_t nlits = t->lower && anchored_copy(r) ? r->nlits : 0, off = 0, cap = 0;
    /* next[k]: where lits[k] next occurs at or after off (len + 1: nowhere;
     * SIZE_MAX: not looked for yet); chain[k]: its place in its bucket */
    size_t stack_next[16];
    uint32_t stack_chain[16];
    size_t *next = nlits <= 16 ? stack_next : xcalloc(nlits, sizeof *next);
    uint32_t *chain = nlits <= 16 ? stack_chain : xcalloc(nlits, sizeof *chain);
    for (size_t k = 0; k < nlits; k++) {
        next[k] = SIZE_MAX;
        chain[k] = NOWHERE;
    }
    /* the whole document, or each window in turn (the subject ends with
     * the window: its last line's end is a piece's edge) */
    for (size_t w = 0; w < (nwin ? nwin : 1) && !st->all; w++) {
        size_t lo = nwin ? win[2 * w] : 0, hi = nwin ? win[2 * w + 1] : len;
        if (off < lo)
            off = lo;
        while (!st->all && off <= hi) {
            if (nlits) {
                /* every match starts with one of lits: skip to the nearest */
                size_t at = len + 1;
                for (size_t k = 0; k < nlits; k++) {
                    if (next[k] == SIZE_MAX || next[k] < off)
                        next[k] = next_literal(t, r->lits[k], strlen(r->lits[k]), off, &chain[k]);
                    if (next[k] < at)
                        at = next[k];
                }
                if (at > hi)
                    break;
                off = at;
            }
            /* With literal starts a match can start only at one: try there
             * alone, then move on to the next one. */
            int rc = pcre2_match(nlits ? r->anchored : r->code, (PCRE2_SPTR)doc, hi, off, PCRE2_NO_UTF_CHECK, rs->md,
                                 rs->mctx);
            if (rc == PCRE2_ERROR_NOMATCH && nlits) {
                off++;
                continue;
            }
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc < 0 || st->n == SIEVE_MAX_STARTS) {
                st->all = true;     /* a limit hit, or too many: no sieving */
                break;
            }
            size_t q = pcre2_get_ovector_pointer(rs->md)[0];
            if (st->n == cap) {
                cap = cap ? cap * 2 : 8;
                st->at = xreallocarray(st->at, cap, sizeof *st->at);
            }
            st->at[st->n++] = q;
            /* The next start is at the next character: leftmost-first matching
             * finds every position where a match can start. */
            off = q + 1;
            while (off < hi && ((unsigned char)doc[off] & 0xC0) == 0x80)
                off++;
        }
    }
    free(win);
    if (next != stack_next)
        free(next);
    if (chain != stack_chain)
        free(chain);
}

rules_sieve *rules_sieve_new(ruleset *rs, const char *id, const rules_text *t)
{
    rules_sieve *sv = xcalloc(1, sizeof *sv);
    sv->rs = rs;
    sv->doc = t->s;
    sv->len = t->len;
    sv->g = find_group(rs, id);
    if (!sv->g)
        return sv;
    sv->starts = xcalloc(sv->g->n ? sv->g->n : 1, sizeof *sv->starts);
    for (size_t i = 0; i < sv->g->n; i++)
        find_starts(rs, sv->g->rules[i], t, &sv->starts[i]);
    return sv;
}

/* Does st hold an offset in [lo, hi)? */
static bool has_start(const sieve_starts *st, size_t lo, size_t hi)
{
    size_t a = 0, b = st->n;        /* first offset >= lo, by bisection */
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (st->at[mid] < lo)
            a = mid + 1;
        else
            b = mid;
    }
    return a < st->n && st->at[a] < hi;
}

int rules_sieve_find(rules_sieve *sv, size_t start, size_t end, size_t from, rule_match *m)
{
    if (!sv->g || start > end || end > sv->len)
        return 0;
    bool stack_keep[16];
    bool *keep = sv->g->n <= 16 ? stack_keep : xcalloc(sv->g->n, sizeof *keep);
    bool any = false;
    for (size_t i = 0; i < sv->g->n; i++) {
        keep[i] = sv->starts[i].all || has_start(&sv->starts[i], start + from, end);
        any = any || keep[i];
    }
    int rc = any ? find_in_group(sv->rs, sv->g, keep, sv->doc + start, end - start, from, m) : 0;
    if (keep != stack_keep)
        free(keep);
    return rc;
}

void rules_sieve_free(rules_sieve *sv)
{
    if (!sv)
        return;
    for (size_t i = 0; sv->g && i < sv->g->n; i++)
        free(sv->starts[i].at);
    free(sv->starts);
    free(sv);
}

const char *const *rules_needed_texts(const ruleset *rs, const char *id, size_t k, size_t *n)
{
    const group *g = lookup_group(rs, id);
    *n = 0;
    if (!g || k >= g->n)
        return NULL;
    *n = g->rules[k]->nneed;
    return (const char *const *)g->rules[k]->need;
}

long rules_limit_hits(const ruleset *rs)
{
    return rs->limit_hits;
}

const char *rules_version(const ruleset *rs)
{
    return rs->version;
}

/* Rule ids the fields stage uses whatever the profile says. */
static const char *const builtin_ids[] = {
    "section.experience", "section.education", "section.courses", "section.references",
    "section.other", "section.table_header", "contact.email", "contact.phone",
    "edu.level.wo", "edu.level.hbo", "edu.level.ad", "edu.level.mbo", "edu.level.bachelor",
    "contact.name_prefix", "contact.not_name", "contact.name_label", "ref.person",
    "edu.completed", "edu.not_completed", "ref.on_request", "zzp.indication", "rate.hourly",
};

static int need_id(const ruleset *rs, const profile *p, int line, const char *id, char **err)
{
    if (id && !rules_has(rs, id)) {
        *err = xasprintf("%s:%d: rule \"%s\" is not defined in any of the profile's rule files",
                         p->path, line, id);
        return -1;
    }
    return 0;
}

ruleset *rules_load_profile(const profile *p, char **err)
{
    char **paths = xcalloc(p->nrule_files ? p->nrule_files : 1, sizeof *paths);
    for (size_t i = 0; i < p->nrule_files; i++)
        paths[i] = p->rule_files[i][0] == '/' ? xstrdup(p->rule_files[i])
                                              : xasprintf("%s/%s", p->dir, p->rule_files[i]);
    ruleset *rs = rules_load(paths, p->nrule_files, err);
    for (size_t i = 0; i < p->nrule_files; i++)
        free(paths[i]);
    free(paths);
    if (!rs)
        return NULL;
    for (size_t i = 0; i < sizeof builtin_ids / sizeof *builtin_ids; i++)
        if (need_id(rs, p, 1, builtin_ids[i], err) < 0)
            goto fail;
    for (size_t i = 0; i < p->nroles; i++) {
        const role_class *r = &p->roles[i];
        if (need_id(rs, p, r->line, r->role, err) < 0 || need_id(rs, p, r->line, r->domain, err) < 0 ||
            need_id(rs, p, r->line, r->organisation, err) < 0)
            goto fail;
    }
    for (int pass = 0; pass < 2; pass++) {
        const requirement *list = pass ? p->criteria : p->knockouts;
        size_t n = pass ? p->ncriteria : p->nknockouts;
        for (size_t i = 0; i < n; i++)
            if (need_id(rs, p, list[i].line, list[i].programme, err) < 0 ||
                need_id(rs, p, list[i].line, list[i].terms, err) < 0)
                goto fail;
    }
    return rs;
fail:
    rules_free(rs);
    return NULL;
}
