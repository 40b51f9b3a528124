/*
 * fuzz_rules.c — libFuzzer harness: bytes as a rule file -> rules_load()
 * (lib/rules.c), and when it loads, rules_find() for every rule id over a
 * fixed sample of normalised CV text, walking all matches as the fields
 * stage does (from = end of the previous match).
 *
 * rules_load() reads named files, so the bytes go into a memfd and the
 * loader is given its /proc/self/fd path.  The ids are taken from the bytes
 * the way rules.h describes the format (first word of each line that is not
 * blank or a comment); an id rules_has() does not know is still asked for
 * (rules_find() must answer 0).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "rules.h"

static const char sample[] =
    "jan de vries\n"
    "coordinator welzijn en zorg bij stichting welzijn heerde, 2015 - heden\n"
    "teamleider sociaal domein gemeente zwolle jan. 2012 - dec. 2014\n"
    "opleiding: hbo maatschappelijk werk en dienstverlening, diploma behaald 2010\n"
    "e-mail: jan.devries@example.nl  tel: 06-12345678\n"
    "uurtarief: eur 87,50 excl. btw; zzp / kvk 12345678\n"
    "referenties: op aanvraag\n"
    "werkervaring - opleidingen - cursussen - overige\n"
    "caf\xc3\xa9 na\xc3\xaf" "ef \xe2\x82\xac 12 \xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87\n"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n";

static void find_all(ruleset *rs, const char *id)
{
    size_t len = sizeof sample - 1;
    size_t from = 0;
    rule_match m;
    int guard = 0;
    while (from <= len && rules_find(rs, id, sample, len, from, &m) == 1) {
        FUZZ_CHECK(m.start >= from && m.end > m.start && m.end <= len);
        if (m.has_value)
            FUZZ_CHECK(m.vstart <= m.vend && m.vend <= len);
        FUZZ_CHECK(m.rule.id && !strcmp(m.rule.id, id));
        FUZZ_CHECK(m.rule.pattern && m.rule.file && m.rule.line >= 1);
        from = m.end;
        if (++guard > 10000)
            break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    int fd = fuzz_memfd(data, size, path, sizeof path);
    if (fd < 0)
        return 0;
    char *paths[2] = {path, path};
    char *err = NULL;
    /* The same file twice, as a profile naming two rule files: groups span files. */
    ruleset *rs = rules_load(paths, size % 2 ? 2 : 1, &err);
    close(fd);
    if (!rs) {
        FUZZ_CHECK(err != NULL);
        free(err);
        return 0;
    }
    FUZZ_CHECK(err == NULL);
    FUZZ_CHECK(rules_version(rs) != NULL);

    /* The ids, as the format defines them, from a NUL-terminated copy. */
    char *text = malloc(size + 1);
    if (!text) {
        rules_free(rs);
        return 0;
    }
    memcpy(text, data, size);
    text[size] = '\0';
    char *line = text;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *s = line;
        line = next;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strlen(s);
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
            s[--n] = '\0';
        if (!*s || *s == '#')
            continue;
        s[strcspn(s, " \t")] = '\0';
        FUZZ_CHECK(rules_has(rs, s));
        find_all(rs, s);
    }
    find_all(rs, "no.such.rule");
    free(text);
    FUZZ_CHECK(rules_limit_hits(rs) >= 0);
    rules_free(rs);
    return 0;
}
