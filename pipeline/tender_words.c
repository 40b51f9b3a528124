/*
 * tender_words.c — from the words of a request to CV patterns (see tender.h).
 *
 * Two sources, in this order:
 *
 *   1. The lexicon (rules/lexicon.rules): families of words that tenders use,
 *      each with a `when.KIND.NAME` pattern tried on the request's sentence and
 *      the CV patterns `KIND.NAME` (and `KIND.NAME.maybe`, `.not`, `.self`, `.weak`, `.other`) it stands for.  So
 *      "coördinator en/of manager" brings in every way a CV names a team lead
 *      (teamleider, leidinggevende, hoofd ...), and "Maatschappelijk werk en
 *      dienstverlening" also finds "Social Work".  The lexicon file is read
 *      twice: once with rules_load() (so every pattern compiles and the
 *      `when.` patterns can be run) and once line by line here, to copy the
 *      family's patterns verbatim into the new tender's rules file.
 *
 *   2. The request's own words, when no family knows them: each meaningful
 *      word (request.stopword in rules/request.rules drops the rest) is
 *      stemmed the Dutch way and a phrase becomes its words in order:
 *
 *        veranderopgaven        -> \bveranderopga{1,2}v\w*
 *        burgerzaken            -> \bburgerza{1,2}k\w*      (zaak, zaken)
 *        suite4jeugd            -> \bsuite4jeugd\w*
 *        beleidsregels wmo      -> (?:\bbeleidsregel\w*\W+(?:\w+\W+){0,2}wmo\b
 *                                  |\bwmo\b\W+(?:\w+\W+){0,2}beleidsregel\w*)
 *
 *      A requirement is cut into alternatives at commas, brackets, "en",
 *      "of", "en/of" and slashes; each alternative keeps its first two
 *      meaningful words (verbs such as "opstellen" only when nothing else is
 *      left: request.weak_word).
 *      Stemming: strip a plural or inflection ending (-en, -s, -e; -ingen ->
 *      -ing, -heden -> -heid) when a stem of four letters or more remains,
 *      undo the doubled consonant of a plural (plannen -> plan), then let the
 *      last single vowel between consonants double (zak/zaak).
 *      Anything that is not a letter or digit is escaped.
 *
 * A termset is the list of patterns for one rule id, with a note of where
 * each came from (written as comments, so an assessor can see why a pattern
 * is there).
 */
#include "tender.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *id;
    char *pattern;
} lex_line;

struct lexicon {
    ruleset *rs;
    lex_line *lines;
    size_t n;
};

lexicon *lexicon_load(const char *path, char **err)
{
    char *paths[1] = {(char *)path};
    ruleset *rs = rules_load(paths, 1, err);
    if (!rs)
        return NULL;
    char *data;
    size_t len;
    if (read_file(path, 4u << 20, &data, &len) < 0) {
        *err = xasprintf("%s: %s", path, strerror(errno));
        rules_free(rs);
        return NULL;
    }
    lexicon *lx = xcalloc(1, sizeof *lx);
    lx->rs = rs;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *s;
        size_t idlen;
        const char *pat;
        if (!rules_split_line(line, &s, &idlen, &pat))
            continue;
        lx->lines = xreallocarray(lx->lines, lx->n + 1, sizeof *lx->lines);
        lx->lines[lx->n].id = xstrndup(s, idlen);
        lx->lines[lx->n].pattern = xstrdup(pat);
        lx->n++;
    }
    free(data);
    return lx;
}

void lexicon_free(lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->n; i++) {
        free(lx->lines[i].id);
        free(lx->lines[i].pattern);
    }
    free(lx->lines);
    rules_free(lx->rs);
    free(lx);
}

void termset_add(termset *ts, const char *pattern, const char *suffix, const char *why)
{
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i].suffix, suffix) && !strcmp(ts->t[i].pattern, pattern))
            return;
    ts->t = xreallocarray(ts->t, ts->n + 1, sizeof *ts->t);
    ts->t[ts->n].pattern = xstrdup(pattern);
    ts->t[ts->n].suffix = suffix;
    ts->t[ts->n].why = xstrdup(why ? why : "");
    ts->n++;
}

static bool termset_has(const termset *ts, const term *t)
{
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i].suffix, t->suffix) && !strcmp(ts->t[i].pattern, t->pattern))
            return true;
    return false;
}

bool termset_equal(const termset *a, const termset *b)
{
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (!termset_has(b, &a->t[i]))
            return false;
    return true;
}

void termset_free(termset *ts)
{
    for (size_t i = 0; i < ts->n; i++) {
        free(ts->t[i].pattern);
        free(ts->t[i].why);
    }
    free(ts->t);
    free(ts->families);
    memset(ts, 0, sizeof *ts);
}

static void add_family_name(termset *ts, const char *name)
{
    char *old = ts->families;
    ts->families = old ? xasprintf("%s, %s", old, name) : xstrdup(name);
    free(old);
}

int lexicon_scan(lexicon *lx, const char *kind, const char *s, termset *out)
{
    char *prefix = xasprintf("when.%s.", kind);
    size_t plen = strlen(prefix);
    int found = 0;
    for (size_t i = 0; i < lx->n; i++) {
        const char *id = lx->lines[i].id;
        if (strncmp(id, prefix, plen))
            continue;
        /* one family may have several when-lines: handle it at its first */
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !strcmp(lx->lines[j].id, id);
        if (seen || !rq_match(lx->rs, id, s))
            continue;
        const char *family = id + 5;   /* KIND.NAME */
        size_t flen = strlen(family);
        char *why = xasprintf("lexicon: %s", family);
        static const char *const suffixes[] = {"", ".maybe", ".not", ".self", ".weak", ".other"};
        for (size_t j = 0; j < lx->n; j++) {
            const char *lid = lx->lines[j].id;
            if (strncmp(lid, family, flen))
                continue;
            for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
                if (!strcmp(lid + flen, suffixes[k]))
                    termset_add(out, lx->lines[j].pattern, suffixes[k], why);
        }
        add_family_name(out, family + strlen(kind) + 1);
        free(why);
        found++;
    }
    free(prefix);
    return found;
}

/* ---- the request's own words ----------------------------------------------- */

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && !memcmp(s + n - k, suf, k);
}

char *word_pattern(const char *word)
{
    size_t n = strlen(word);
    char *w = xstrdup(word);
    bool stem = n >= 4, stripped = false;
    if (stem) {
        if (ends_with(w, n, "heden") && n - 2 >= 6) {
            n -= 2; w[n - 1] = 'd'; w[n - 2] = 'i'; w[n - 3] = 'e'; w[n - 4] = 'h';
        } else if (ends_with(w, n, "ingen") && n - 2 >= 6) {
            n -= 2;
        } else {
            static const char *const sufs[] = {"en", "es", "s", "e"};
            for (size_t i = 0; i < sizeof sufs / sizeof *sufs; i++) {
                size_t k = strlen(sufs[i]);
                if (ends_with(w, n, sufs[i]) && n - k >= 4) {
                    n -= k;
                    break;
                }
            }
        }
        stripped = n < strlen(word);
        w[n] = '\0';
        /* "plannen" -> "plann" -> "plan": Dutch doubles the consonant before -en */
        if (n >= 5 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && isalpha((unsigned char)w[n - 1]) &&
            strlen(word) > n)
            w[--n] = '\0';
    }
    strbuf sb = STRBUF_INIT;
    sb_adds(&sb, "\\b");
    /* the vowel that may double: consonant, single vowel, final consonant */
    size_t dbl = (size_t)-1;
    if (stripped && n >= 4 && !is_vowel(w[n - 1]) && isalpha((unsigned char)w[n - 1]) && is_vowel(w[n - 2]) &&
        w[n - 2] != 'i' && !is_vowel(w[n - 3]))
        dbl = n - 2;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (!isalnum(c) && c < 0x80)
            sb_addc(&sb, '\\');
        sb_addc(&sb, (char)c);
        if (i == dbl)
            sb_adds(&sb, "{1,2}");
    }
    sb_adds(&sb, stem ? "\\w*" : "\\b");
    free(w);
    return sb_detach(&sb);
}

static void phrase_in_order(strbuf *sb, char *const *words, size_t n, bool reverse)
{
    for (size_t i = 0; i < n; i++) {
        char *p = word_pattern(words[reverse ? n - 1 - i : i]);
        if (i)
            sb_adds(sb, "\\W+(?:\\w+\\W+){0,2}");
        sb_adds(sb, i ? p + 2 : p);   /* "\b" only in front of the first word */
        free(p);
    }
}

char *phrase_pattern(char *const *words, size_t n)
{
    strbuf sb = STRBUF_INIT;
    if (n == 2) {   /* "beleidsregels Wmo" or "Wmo-beleidsregels" */
        sb_adds(&sb, "(?:");
        phrase_in_order(&sb, words, n, false);
        sb_adds(&sb, "|");
        phrase_in_order(&sb, words, n, true);
        sb_adds(&sb, ")");
    } else {
        phrase_in_order(&sb, words, n, false);
    }
    return sb_detach(&sb);
}

static bool is_separator(const char *w)
{
    return !strcmp(w, "en") || !strcmp(w, "of") || !strcmp(w, "en/of") || !strcmp(w, "and") ||
           !strcmp(w, "or") || !strcmp(w, "and/or");
}

/* Splits s into words; a word is a run of letters, digits, '-', '/', '.',
 * '\'', '&' and bytes >= 0x80; punctuation that separates alternatives is
 * returned as the word ",". */
static char **split_words(const char *s, size_t *n)
{
    char **out = NULL;
    *n = 0;
    for (const char *p = s; *p;) {
        unsigned char c = (unsigned char)*p;
        if (c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '+') {
            out = xreallocarray(out, *n + 1, sizeof *out);
            out[(*n)++] = xstrdup(",");
            p++;
            continue;
        }
        if (isalnum(c) || c >= 0x80) {
            const char *b = p;
            while (*p && (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80 || *p == '-' || *p == '/' ||
                          *p == '\'' || *p == '&' || (*p == '.' && isalnum((unsigned char)p[1]))))
                p++;
            size_t len = (size_t)(p - b);
            while (len && (b[len - 1] == '-' || b[len - 1] == '/'))
                len--;
            char *w = xstrndup(b, len);
            /* "publiek/private": a slash between words separates alternatives */
            if (strchr(w, '/') && strcmp(w, "en/of") && strcmp(w, "and/or")) {
                char *save = NULL;
                bool first = true;
                for (char *t = strtok_r(w, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
                    out = xreallocarray(out, *n + 2, sizeof *out);
                    if (!first)
                        out[(*n)++] = xstrdup(",");
                    out[(*n)++] = xstrdup(t);
                    first = false;
                }
                free(w);
            } else {
                out = xreallocarray(out, *n + 1, sizeof *out);
                out[(*n)++] = w;
            }
            continue;
        }
        p++;
    }
    return out;
}

static void free_words(char **w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(w[i]);
    free(w);
}

static bool meaningful(ruleset *rq, const char *w)
{
    if (strlen(w) < 2 || !strcmp(w, ","))
        return false;
    bool letter = false;
    for (const char *p = w; *p; p++)
        letter |= isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
    return letter && !rq_match(rq, "request.stopword", w);
}

int words_to_terms(ruleset *rq, const char *s, termset *out, const char *why)
{
    size_t n;
    char **w = split_words(s, &n);
    int added = 0;
    size_t i = 0;
    while (i < n) {
        char *part[3], *weak = NULL;
        size_t np = 0;
        for (; i < n && strcmp(w[i], ",") && !is_separator(w[i]); i++) {
            if (!meaningful(rq, w[i]))
                continue;
            if (rq_match(rq, "request.weak_word", w[i])) {
                if (!weak)
                    weak = w[i];
            } else if (np < 2) {
                part[np++] = w[i];
            }
        }
        i++;   /* the separator */
        if (!np && weak)
            part[np++] = weak;
        if (!np)
            continue;
        char *p = phrase_pattern(part, np);
        char *note = xasprintf("%s: \"%s%s%s\"", why, part[0], np > 1 ? " " : "", np > 1 ? part[1] : "");
        size_t before = out->n;
        termset_add(out, p, "", note);
        added += out->n > before;
        free(note);
        free(p);
    }
    free_words(w, n);
    if (added)
        out->words = true;
    return added;
}

char *acronym(ruleset *rq, const char *s)
{
    size_t n;
    char **w = split_words(s, &n);
    char buf[16];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof buf - 1; i++) {
        if (!strcmp(w[i], ","))
            break;
        if (is_separator(w[i]) || !isalpha((unsigned char)w[i][0]))
            continue;
        if (meaningful(rq, w[i]) || !strcmp(w[i], "werk") || !strcmp(w[i], "work"))
            buf[k++] = w[i][0];
    }
    buf[k] = '\0';
    free_words(w, n);
    return k >= 2 ? xstrdup(buf) : NULL;
}
