/*
 * test_rules.c — rule groups and the sieve (lib/rules.c).
 *
 * The sieve (rules_sieve_new) skips a pattern that matches nowhere in a
 * document, but only a "local" pattern, one that looks at no text outside its
 * match except through \b.  Any pattern is skipped on a text that holds none
 * of the texts its every match must contain.  Three things are checked here:
 *
 *   - which patterns count as local: a piece that breaks the sieve's
 *     condition (it is not in the document) shows whether the pattern was
 *     skipped;
 *   - which texts a pattern's matches must contain (needed_texts), and that
 *     lines still match in capitals and with U+212A;
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

/*
 * A piece that breaks the sieve's condition (a word character right before or
 * after it in the document) shows whether a pattern is sieved: the piece
 * matches on its own, the document has no match starting inside it.  A local
 * pattern is then skipped; one that looks outside its match never is.
 */
typedef struct {
    const char *pattern, *doc;
    size_t start, end;
} probe;

static bool skipped(const probe *c)
{
    char *text = xasprintf("t  %s\n", c->pattern);
    ruleset *rs = load(text);
    rule_match m;
    char *piece = xstrndup(c->doc + c->start, c->end - c->start);
    if (rules_find(rs, "t", piece, strlen(piece), 0, &m) != 1) {
        printf("# pattern %s does not match \"%s\" at all\n", c->pattern, piece);
        exit(1);
    }
    rules_text *t = rules_text_new(c->doc, strlen(c->doc));
    rules_sieve *sv = rules_sieve_new(rs, "t", t);
    bool skip = rules_sieve_find(sv, c->start, c->end, 0, &m) == 0;
    rules_sieve_free(sv);
    rules_text_free(t);
    rules_free(rs);
    free(piece);
    free(text);
    return skip;
}

static void locality(void)
{
    static const probe local[] = {
        {"\\bfoo\\b", "xfoo", 1, 4},      {"\\bfoo\\w*", "xfoo", 1, 4},      {"[a-z ]?\\bfoo", "xfoo", 1, 4},
        {"(?:\\bf|\\bg)oo", "xfoo", 1, 4}, {"(?<v>\\bfoo)", "xfoo", 1, 4},    {"(?>\\bfo+)o?", "xfoo", 1, 4},
        {"(?P<v>\\bfoo)", "xfoo", 1, 4},    {"[\\^]?\\bfoo", "xfoo", 1, 4},    {"foo\\b", "foox", 0, 3},
    };
    static const probe not_local[] = {
        {"^foo", "xfoo", 1, 4},  {"foo$", "foox", 0, 3},   {"(?<!x)foo", "xfoo", 1, 4}, {"foo(?!d)", "food", 0, 3},
        {"\\Afoo", "xfoo", 1, 4}, {"foo\\z", "foox", 0, 3}, {"foo\\Z", "foox", 0, 3},    {"\\Gfoo", "xfoo", 1, 4},
    };
    /* local, but a match may start at any character: running such a
     * pattern on each piece is cheaper than finding all its starts */
    static const probe anywhere[] = {
        {"[^x]?\\bfoo", "xfoo", 1, 4}, {"[^.]*\\bfoo", "xfoo", 1, 4}, {"\\bbar|[^.]*\\bfoo", "xfoo", 1, 4},
    };
    for (size_t i = 0; i < sizeof local / sizeof *local; i++)
        ok(skipped(&local[i]), "local pattern %s is sieved", local[i].pattern);
    for (size_t i = 0; i < sizeof anywhere / sizeof *anywhere; i++)
        ok(!skipped(&anywhere[i]), "pattern %s can start a match anywhere: not sieved", anywhere[i].pattern);
    for (size_t i = 0; i < sizeof not_local / sizeof *not_local; i++)
        ok(!skipped(&not_local[i]), "pattern %s looks outside its match: never sieved", not_local[i].pattern);
}

static const char RULES[] =
    "# local ones, some match in the document, some nowhere\n"
    "g.x   \\bprojectleid(er|ing)\\w*\n"
    "g.x   \\bveranderopgave\\w*\n"
    "g.x   \\bbeleid\\w* (\\w+ ){0,4}(vertaald|omgezet) (\\w+ ){0,4}naar (\\w+ ){0,3}projecten\n"
    "g.x   \\bzorgverzekeraar\\w*\n"
    "g.x   \\bself-?employed\\b\n"
    "g.x   \\bkvk\\b\n"
    "# alternations: every match starts with one of a set of texts\n"
    "g.x   \\bfusie\\w*|\\bplan van aanpak\\b|\\bstuurgroep\\w*\n"
    "g.x   \\b(zilveren kruis|menzis|vgz)\\b\n"
    "g.x   (?:nota|visie)\\w* (\\w+ ){0,3}uitgewerkt\n"
    "# ... and ones where a match can start otherwise (an optional group, a short alternative)\n"
    "g.x   \\b(oud-)?burgemeester\\b\n"
    "g.x   \\b(de|onze) (vof|maatschap)\\b|\\bvennoot\\b\n"
    "# not local\n"
    "g.x   ^werk\n"
    "g.x   transitie$\n"
    "g.x   \\bparticipatie\\b(?! act)\n"
    "g.x   (?<!oud-)wethouder\n"
    "# texts inside a match: a document without one is not searched\n"
    "g.x   [^.]*\\bnog niet (begonnen|gestart)\\b[^.]*\n"
    "g.x   \\b(vanuit|via) (mijn )?(\\w+ ){0,3}?(vof|maatschap)\\b\n"
    "g.x   \\bco+rdinator\\b\n";

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
    "voorheen \xC5\xBF" "elf-employed",       /* long s: matches "s" without case */
    "inschrijving \xE2\x84\xAA" "vk 123",   /* Kelvin sign: matches "k" without case */
    "een plan van aanpak en een fusie",
    "verzekeraars menzis en vgz",
    "de visienota is verder uitgewerkt",
    "burgemeester en oud-burgemeester",
    "burgemeester",
    "onze maatschap",
    "de vof en een vennoot",
    "het project is nog niet",
    "gestart. via mijn eigen",
    "vof werkte ik als coordinator",
    "via mijn maatschap",
};

/* Lines holding a character that matches an ASCII letter only without case
 * (U+017F, U+212A): a document with them is searched without literal starts. */
static bool odd_case(const char *s)
{
    return strstr(s, "\xC5\xBF") || strstr(s, "\xE2\x84\xAA");
}

/* The sieve answers as rules_find over LINES joined; with_odd: also the lines
 * odd_case() finds, which turn literal starts off for the whole document;
 * with_lines: the sieve is told where the lines start, and looks only near
 * the texts a pattern's matches hold (pieces of up to RULES_PIECE_LINES lines). */
static void same_answers(bool with_odd, bool with_lines)
{
    ruleset *rs = load(RULES);
    const char *lines[sizeof LINES / sizeof *LINES];
    size_t n = 0;
    for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++)
        if (with_odd || !odd_case(LINES[i]))
            lines[n++] = LINES[i];
    strbuf doc = STRBUF_INIT;
    size_t at[sizeof LINES / sizeof *LINES];
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_addc(&doc, ' ');
        at[i] = doc.len;
        sb_adds(&doc, lines[i]);
    }
    rules_text *text = rules_text_new(doc.data, doc.len);
    if (with_lines)
        rules_text_lines(text, at, n);
    rules_sieve *sv = rules_sieve_new(rs, "g.x", text);
    int matched = 0, differ = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t pair = 0; pair < (with_lines ? RULES_PIECE_LINES : 2) && i + pair < n; pair++) {
            size_t start = at[i], end = at[i + pair] + strlen(lines[i + pair]);
            char *piece = xstrndup(doc.data + start, end - start);
            for (size_t from = 0; from <= end - start; from += 7) {
                rule_match a = {0}, b = {0};
                int ra = rules_find(rs, "g.x", piece, end - start, from, &a);
                int rb = rules_sieve_find(sv, start, end, from, &b);
                matched += ra;
                if (ra != rb || (ra && (a.start != b.start || a.end != b.end || a.rule.line != b.rule.line))) {
                    differ++;
                    printf("# differs on \"%s\" from %zu: find %d at %zu line %d, sieve %d at %zu line %d\n",
                           piece, from, ra, a.start, a.rule.line, rb, b.start, b.rule.line);
                }
            }
            free(piece);
        }
    }
    ok(matched >= 12, "the group matches many pieces of the document (%d)", matched);
    ok(differ == 0, "the sieve answers as rules_find on every line and %s, from several offsets (%s)",
       with_lines ? "run of up to three lines, its lines known" : "pair of lines",
       with_odd ? "a document with U+017F and U+212A" : "a document without them");
    rules_sieve_free(sv);

    rule_match m;
    rules_sieve *none = rules_sieve_new(rs, "no.such.id", text);
    is_int(rules_sieve_find(none, 0, doc.len, 0, &m), 0, "a sieve for an unknown id finds nothing");
    rules_sieve_free(none);
    rules_text_free(text);
    sb_free(&doc);
    rules_free(rs);
}

/*
 * The texts a pattern's every match must contain (required_texts in
 * rules.c): text without any of them is not searched at all, so a wrong
 * text there loses matches.  Each case: the pattern, the texts expected
 * ("" for none), and a line it must still match, whatever case it is in.
 */
typedef struct {
    const char *pattern, *texts, *line;
} need_case;

static const need_case NEEDS[] = {
    {"\\bkvk\\b", "kvk", "kvk 1234"},
    {"\\bself-?employed\\b", "employed", "selfemployed"},
    {"\\bpropa?edeuse\\b", "edeuse", "propedeuse"},
    {"\\bfusie\\w*|\\bplan van aanpak\\b|\\bstuurgroep\\w*", "fusie|plan van aanpak|stuurgroep", "de stuurgroepen"},
    /* a group that must occur gives one text per alternative; an optional one nothing */
    {"[^.]*\\bnog niet (begonnen|gestart|van start)\\b[^.]*", "nog niet ", "is nog niet gestart"},
    {"\\b(vanuit|via) (mijn |onze )?(\\w+ ){0,6}?(v\\.o\\.f|vof|maatschap)\\b", "vanuit|via",
     "via mijn eigen vof"},
    {"\\b(oud-)?burgemeester\\b", "burgemeester", "oud-burgemeester"},
    /* repeated and optional characters end a text */
    {"\\bco+rdinator\\b", "rdinator", "coordinator"},
    {"\\bwerk ?ervaring\\b", "ervaring", "werkervaring"},
    {"\\b(?:team|afdelings)?leider\\b", "leider", "teamleider"},
    {"\\bhbo(-| )?(diploma|getuigschrift)\\b", "diploma|getuigschrift", "hbo-diploma"},
    {"\\buur{2}werk\\b", "werk", "uurrwerk"},
    {"\\bhoofdd?ocent\\b", "hoofd", "hoofdocent"},
    /* lookarounds add nothing of their own; escaped punctuation is plain */
    {"(?<!geen )\\bleidinggevende\\b(?! taken)", "leidinggevende", "leidinggevende"},
    {"\\bplv\\.|\\bdeputy\\b", "plv.|deputy", "plv. hoofd"},
    {"\\((werkgever|employer)\\s*:?\\s*(?<v>[^)]+)\\)", "werkgever|employer", "(werkgever: x)"},
    /* upper case in a pattern is read as lower case: matching ignores case */
    {"\\bZZP\\b", "zzp", "zzp'er"},
    /* no texts: too short, an alternative without one, or not understood */
    {"\\b(ik|wij)\\b", "", "ik"},
    {"\\bkvk\\b|\\d{8}", "", "12345678"},
    {"(?i)\\bkvk\\b", "", "kvk"},
    {"\\Qa.b\\E", "", "a.b"},
    {"\\bwelzijn\\w*(?!.*\\bministerie\\b)", "welzijn", "welzijnswerk"},
};

static void needed_texts(void)
{
    for (size_t c = 0; c < sizeof NEEDS / sizeof *NEEDS; c++) {
        char *text = xasprintf("t  %s\n", NEEDS[c].pattern);
        ruleset *rs = load(text);
        size_t n;
        const char *const *texts = rules_needed_texts(rs, "t", 0, &n);
        strbuf got = STRBUF_INIT;
        for (size_t k = 0; k < n; k++) {
            if (k)
                sb_addc(&got, '|');
            sb_adds(&got, texts[k]);
        }
        char *name = xasprintf("texts every match of %s holds", NEEDS[c].pattern);
        is_str(got.data ? got.data : "", NEEDS[c].texts, name);
        free(name);
        /* and the line still matches: as it is, in capitals, with a long s or a Kelvin sign */
        char *upper = xstrdup(NEEDS[c].line);
        for (char *u = upper; *u; u++)
            if (*u >= 'a' && *u <= 'z')
                *u = (char)(*u - 'a' + 'A');
        rule_match m;
        ok(rules_find(rs, "t", NEEDS[c].line, strlen(NEEDS[c].line), 0, &m) == 1 &&
               rules_find(rs, "t", upper, strlen(upper), 0, &m) == 1,
           "%s still matches \"%s\" and \"%s\"", NEEDS[c].pattern, NEEDS[c].line, upper);
        sb_free(&got);
        free(upper);
        free(text);
        rules_free(rs);
    }
    /* a line without the texts is not matched; with U+212A for "k" it is */
    ruleset *rs = load("t  \\bkvk\\b\n");
    rule_match m;
    ok(rules_find(rs, "t", "kv k", 4, 0, &m) == 0, "a line without \"kvk\" does not match \\bkvk\\b");
    const char *kelvin = "\xE2\x84\xAA" "vk";
    ok(rules_find(rs, "t", kelvin, strlen(kelvin), 0, &m) == 1, "a Kelvin sign still matches k without case");
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
    needed_texts();
    same_answers(true, false);
    same_answers(false, false);
    same_answers(true, true);
    same_answers(false, true);
    lookup();
    return tap_done();
}
