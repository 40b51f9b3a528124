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
} rule;

typedef struct {
    char *id;
    rule **rules;
    size_t n;
} group;

struct ruleset {
    rule *rules;
    size_t nrules;
    group *groups;
    size_t ngroups;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    pcre2_match_data *md;
    long limit_hits;
    char version[80];
};

static int cmp_group(const void *a, const void *b)
{
    return strcmp(((const group *)a)->id, ((const group *)b)->id);
}

/* The groups are sorted by id when loading is done (rules_load). */
static group *find_group(const ruleset *rs, const char *id)
{
    group key = {.id = (char *)id};
    return rs->ngroups ? bsearch(&key, rs->groups, rs->ngroups, sizeof *rs->groups, cmp_group) : NULL;
}

bool rules_has(const ruleset *rs, const char *id)
{
    return find_group(rs, id) != NULL;
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

/* The end of the group whose '(' is at p (the ')'), or NULL. */
static const char *group_end(const char *p, const char *end)
{
    int depth = 0;
    bool in_class = false;
    for (const char *c = p; c < end; c++) {
        if (*c == '\\') {
            if (++c >= end)
                return NULL;
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
        } else if (*c == ')' && --depth == 0) {
            return c;
        }
    }
    return NULL;
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
    const char *a = p;
    int depth = 0;
    bool in_class = false;
    for (const char *c = p; c <= end; c++) {
        if (c < end && *c == '\\') {
            if (++c >= end)
                break;
        } else if (c < end && in_class) {
            in_class = *c != ']';
        } else if (c < end && *c == '[') {
            in_class = true;
            if (c + 1 < end && c[1] == '^')
                c++;
            if (c + 1 < end && c[1] == ']')
                c++;
        } else if (c < end && *c == '(') {
            depth++;
        } else if (c < end && *c == ')') {
            depth--;
        } else if (c == end || (*c == '|' && depth == 0)) {
            if (!one_start(a, c, out, n)) {
                while (*n > n0)
                    free((*out)[--*n]);
                return false;
            }
            a = c + 1;
        }
    }
    return *n > n0;
}

static void literal_starts(rule *r)
{
    r->lits = NULL;
    r->nlits = 0;
    r->anchored = NULL;
    if (r->local && !alt_starts(r->pattern, r->pattern + strlen(r->pattern), &r->lits, &r->nlits)) {
        free(r->lits);
        r->lits = NULL;
        r->nlits = 0;
    }
    /* PCRE2_ANCHORED at match time would bypass the JIT (PCRE2 10.42), so
     * the sieve gets an anchored copy of its own; without one, lits are not
     * used (find_starts). */
    if (r->nlits) {
        int ec;
        PCRE2_SIZE eoff;
        r->anchored = pcre2_compile((PCRE2_SPTR)r->pattern, PCRE2_ZERO_TERMINATED,
                                    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_ANCHORED, &ec, &eoff, NULL);
        if (r->anchored)
            (void)pcre2_jit_compile(r->anchored, PCRE2_JIT_COMPLETE);
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
static bool lower_only(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        if ((*u >= 'A' && *u <= 'Z') || (*u == 0xC5 && i + 1 < len && u[1] == 0xBF) ||
            (*u == 0xE2 && i + 2 < len && u[1] == 0x84 && u[2] == 0xAA))
            return false;
    }
    return true;
}

/* The earliest match in s of the group's patterns that keep[] allows (all
 * when keep is NULL); the first pattern in file order wins a tie. */
static int find_in_group(ruleset *rs, const group *g, const bool *keep, const char *s, size_t len, size_t from,
                         rule_match *m)
{
    if (from > len)
        return 0;
    bool found = false;
    for (size_t i = 0; i < g->n; i++) {
        if (keep && !keep[i])
            continue;
        rule *r = g->rules[i];
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

void rules_text_free(rules_text *t)
{
    if (!t)
        return;
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

static void find_starts(ruleset *rs, const rule *r, const rules_text *t, sieve_starts *st)
{
    const char *doc = t->s;
    size_t len = t->len;
    st->all = !r->local;
    size_t nlits = t->lower && r->anchored ? r->nlits : 0, off = 0, cap = 0;
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
    while (!st->all && off <= len) {
        if (nlits) {
            /* every match starts with one of lits: skip to the nearest */
            size_t at = len + 1;
            for (size_t k = 0; k < nlits; k++) {
                if (next[k] == SIZE_MAX || next[k] < off)
                    next[k] = next_literal(t, r->lits[k], strlen(r->lits[k]), off, &chain[k]);
                if (next[k] < at)
                    at = next[k];
            }
            if (at > len)
                break;
            off = at;
        }
        /* With literal starts a match can start only at one: try there
         * alone, then move on to the next one. */
        int rc = pcre2_match(nlits ? r->anchored : r->code, (PCRE2_SPTR)doc, len, off, PCRE2_NO_UTF_CHECK, rs->md,
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
        while (off < len && ((unsigned char)doc[off] & 0xC0) == 0x80)
            off++;
    }
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
