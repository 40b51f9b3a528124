/*
 * test_rules.c — rule groups and the sieve (lib/rules.c).
 *
 * The sieve (rules_sieve_new) skips a pattern that matches nowhere in a
 * document, but only a "local" pattern, one that looks at no text outside its
 * match except through \b.  Two things are checked here:
 *
 *   - which patterns count as local: a piece that breaks the sieve's
 *     condition (it is not in the document) shows whether the pattern was
 *     skipped;
 *   - that under the condition the sieve answers exactly as rules_find():
 *     every line and every pair of neighbouring lines of a document, against
 *     a group that mixes local and non-local patterns.
 */
#include "rules.h"
#include "tap.h"
#include "util.h"

#include <stdlib.h>
#include <unistd.h>

static char *write_rules(const char *text)
{
    char *path = xstrdup("/tmp/zeef-test-rules-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write_all(fd, text, strlen(text)) < 0 || close(fd) < 0) {
        perror(path);
        exit(1);
    }
    return path;
}

static ruleset *load(const char *text)
{
    char *path = write_rules(text);
    char *err = NULL;
    ruleset *rs = rules_load(&path, 1, &err);
    if (!rs) {
        printf("# %s\n", err);
        exit(1);
    }
    unlink(path);
    free(path);
    return rs;
}

/* Is the one pattern of group t skipped for a piece that is not in the document? */
static bool skipped(const char *pattern, const char *piece)
{
    char *text = xasprintf("t  %s\n", pattern);
    ruleset *rs = load(text);
    rule_match m;
    if (rules_find(rs, "t", piece, strlen(piece), 0, &m) != 1) {
        printf("# pattern %s does not match \"%s\" at all\n", pattern, piece);
        exit(1);
    }
    const char *doc = "nothing to see here";
    rules_sieve *sv = rules_sieve_new(rs, "t", doc, strlen(doc));
    bool skip = rules_sieve_find(sv, piece, strlen(piece), 0, &m) == 0;
    rules_sieve_free(sv);
    rules_free(rs);
    free(text);
    return skip;
}

static void locality(void)
{
    /* pattern, then a piece it matches */
    static const char *const local[][2] = {
        {"\\bfoo\\b", "a foo"}, {"foo\\w*", "afoo"}, {"[^x]foo", "afoo"}, {"(?:f|g)oo", "afoo"},
        {"(?<v>foo)", "afoo"}, {"(?>fo+)o?", "afoo"}, {"(?P<v>foo)", "afoo"}, {"[\\^]?foo", "afoo"},
    };
    static const char *const not_local[][2] = {
        {"^foo", "foo"}, {"foo$", "afoo"}, {"(?<!x)foo", "afoo"}, {"(?<=a)foo", "afoo"}, {"foo(?!d)", "afoo"},
        {"(?=f)foo", "afoo"}, {"\\Afoo", "foo"}, {"foo\\z", "afoo"}, {"foo\\Z", "afoo"}, {"\\Gfoo", "foo"},
        {"a\\Kfoo", "afoo"}, {"(?i)foo", "afoo"}, {"(*UCP)foo", "afoo"}, {"\\[^|afoo", "afoo"},
    };
    for (size_t i = 0; i < sizeof local / sizeof *local; i++)
        ok(skipped(local[i][0], local[i][1]), "local pattern %s is skipped when it matches nowhere", local[i][0]);
    for (size_t i = 0; i < sizeof not_local / sizeof *not_local; i++)
        ok(!skipped(not_local[i][0], not_local[i][1]), "pattern %s looks outside its match: never skipped",
           not_local[i][0]);
}

static const char RULES[] =
    "# local ones, some match in the document, some nowhere\n"
    "g.x   \\bprojectleid(er|ing)\\w*\n"
    "g.x   \\bveranderopgave\\w*\n"
    "g.x   \\bbeleid\\w* (\\w+ ){0,4}(vertaald|omgezet) (\\w+ ){0,4}naar (\\w+ ){0,3}projecten\n"
    "g.x   \\bzorgverzekeraar\\w*\n"
    "# not local\n"
    "g.x   ^werk\n"
    "g.x   transitie$\n"
    "g.x   \\bparticipatie\\b(?! act)\n"
    "g.x   (?<!oud-)wethouder\n";

static const char *const LINES[] = {
    "werkervaring",
    "coordinator sociaal domein, gemeente epe",
    "beleid over jeugd heb ik vertaald naar concrete",
    "projecten en resultaten",
    "projectleiding transitie",
    "jeugdzorg en participatie",
    "act als voorzitter van de raad; oud-wethouder",
    "contact met de wethouder",
    "werk in wijkteams",
    "",
    "participatie",
};

static void same_answers(void)
{
    ruleset *rs = load(RULES);
    size_t n = sizeof LINES / sizeof *LINES;
    strbuf doc = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_addc(&doc, ' ');
        sb_adds(&doc, LINES[i]);
    }
    rules_sieve *sv = rules_sieve_new(rs, "g.x", doc.data, doc.len);
    int matched = 0, differ = 0;
    strbuf piece = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        for (size_t pair = 0; pair < 2 && i + pair < n; pair++) {
            sb_reset(&piece);
            sb_adds(&piece, LINES[i]);
            if (pair) {
                sb_addc(&piece, ' ');
                sb_adds(&piece, LINES[i + 1]);
            }
            for (size_t from = 0; from <= piece.len; from += 7) {
                rule_match a = {0}, b = {0};
                int ra = rules_find(rs, "g.x", piece.data, piece.len, from, &a);
                int rb = rules_sieve_find(sv, piece.data, piece.len, from, &b);
                matched += ra;
                if (ra != rb || (ra && (a.start != b.start || a.end != b.end || a.rule.line != b.rule.line))) {
                    differ++;
                    printf("# differs on \"%s\" from %zu: find %d at %zu line %d, sieve %d at %zu line %d\n",
                           piece.data, from, ra, a.start, a.rule.line, rb, b.start, b.rule.line);
                }
            }
        }
    }
    ok(matched >= 10, "the group matches many pieces of the document (%d)", matched);
    is_int(differ, 0, "the sieve answers as rules_find on every line and pair of lines");

    /* A piece outside the document shows that the sieve does skip: the
     * zorgverzekeraar pattern matches nowhere in it. */
    rule_match m;
    const char *out = "overleg met de zorgverzekeraar";
    is_int(rules_find(rs, "g.x", out, strlen(out), 0, &m), 1, "rules_find matches a piece from elsewhere");
    is_int(rules_sieve_find(sv, out, strlen(out), 0, &m), 0, "the sieve skipped that pattern for this document");
    rules_sieve_free(sv);

    rules_sieve *none = rules_sieve_new(rs, "no.such.id", doc.data, doc.len);
    is_int(rules_sieve_find(none, doc.data, doc.len, 0, &m), 0, "a sieve for an unknown id finds nothing");
    rules_sieve_free(none);
    sb_free(&piece);
    sb_free(&doc);
    rules_free(rs);
}

/* Lookup by id in a larger set (the groups are sorted and searched). */
static void lookup(void)
{
    strbuf text = STRBUF_INIT;
    for (int i = 99; i >= 0; i--)
        sb_addf(&text, "id.%02d  \\bw%02d\\b\n", i, i);
    ruleset *rs = load(text.data);
    int found = 0;
    for (int i = 0; i < 100; i++) {
        char id[16], word[16];
        snprintf(id, sizeof id, "id.%02d", i);
        snprintf(word, sizeof word, "x w%02d y", i);
        rule_match m;
        found += rules_has(rs, id) && rules_find(rs, id, word, strlen(word), 0, &m) == 1 && m.start == 2;
    }
    is_int(found, 100, "each of 100 ids finds its own pattern");
    ok(!rules_has(rs, "id.100") && !rules_has(rs, "id") && !rules_has(rs, ""), "ids not in the files are absent");
    rules_free(rs);
    sb_free(&text);
}

int main(void)
{
    locality();
    same_answers();
    lookup();
    return tap_done();
}
