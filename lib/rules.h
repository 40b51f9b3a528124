/*
 * rules.h — the rule files: PCRE2 patterns kept as data under rules/.
 *
 * A rule file (rules/NAME.rules) holds one rule per line:
 *
 *     # comment
 *     role.lead        co(o|ö)rdinator
 *     role.lead        \bteamleider\b
 *
 * The first word is the rule id, the rest of the line is the pattern.  Lines
 * with the same id are alternatives: a text matches the id when any of them
 * matches, and evidence names the file and line of the pattern that did.
 * Patterns are matched against normalised text (text.h): lower case, without
 * diacritics, dashes as '-', so "Coördinator" is written "coordinator".
 * A pattern may name a capture group (?<v>...) for a value (the hourly rate).
 *
 * Patterns are compiled once per process with PCRE2's JIT and run with match
 * and heap limits; a pattern that hits a limit counts as no match for that
 * text, and the hit is reported (rules_limit_hits), never fatal.
 */
#ifndef ZEEF_RULES_H
#define ZEEF_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "profile.h"

typedef struct ruleset ruleset;

typedef struct {
    const char *id;
    const char *file;    /* as given to rules_load */
    int line;
    const char *pattern;
} rule_info;

typedef struct {
    size_t start, end;       /* the whole match */
    bool has_value;
    size_t vstart, vend;     /* group "v" when the pattern has one and it matched */
    rule_info rule;
} rule_match;

/* Splits one line of a rule file (trimmed in place): false for a blank or
 * comment line, else true with the id (idlen bytes at *id) and the pattern
 * (possibly empty).  The one reader of the format, for rules_load and for
 * tools that read rule files as text (the tender lexicon). */
bool rules_split_line(char *line, char **id, size_t *idlen, const char **pattern);

/* Loads rule files in order.  NULL with *err "FILE:LINE: message" on a bad rule. */
ruleset *rules_load(char *const *paths, size_t n, char **err);
void rules_free(ruleset *rs);

bool rules_has(const ruleset *rs, const char *id);

/*
 * Finds the earliest match of any pattern with this id in s[0..len), starting
 * at byte `from`.  Returns 1 with *m filled, 0 when there is none (also when
 * the id does not exist; check with rules_has).
 */
int rules_find(ruleset *rs, const char *id, const char *s, size_t len, size_t from, rule_match *m);

/*
 * A sieve is the group `id` narrowed to one document, for callers that match
 * it against many pieces of that document (each line, say).  rules_sieve_new()
 * runs each pattern of the group over the whole document and notes where a
 * match of it can start; rules_sieve_find() matches the piece doc[start, end)
 * as rules_find() would match a copy of it, but runs only the patterns that
 * can start a match inside the piece.
 *
 * The condition: a piece must have a space or the edge of `doc` on either
 * side, as a line has in the document's lines joined by spaces, or two
 * neighbouring lines have.  (Patterns that look outside their own match, with
 * anchors or lookarounds, are run on every piece; see sieve_local in
 * rules.c.)  The sieve keeps a pointer to `doc`, which must outlive it.
 *
 * `doc` is the document as rules_text_new() prepares it, once for all the
 * sieves on it; it keeps a pointer to the text, which must outlive it.
 */
typedef struct rules_sieve rules_sieve;
typedef struct rules_text rules_text;
rules_sieve *rules_sieve_new(ruleset *rs, const char *id, const rules_text *doc);
int rules_sieve_find(rules_sieve *sv, size_t start, size_t end, size_t from, rule_match *m);
void rules_sieve_free(rules_sieve *sv);
rules_text *rules_text_new(const char *doc, size_t len);
void rules_text_free(rules_text *t);

/*
 * The document's lines, when it is lines joined by spaces: at[i] is where
 * line i starts.  A sieve then looks for a pattern's matches only near the
 * texts every match holds (rules.c: required_texts), which holds when
 * every piece given to rules_sieve_find() is at most RULES_PIECE_LINES
 * whole lines.
 */
#define RULES_PIECE_LINES 3
void rules_text_lines(rules_text *t, const size_t *at, size_t n);

/* How many matches were abandoned because they hit the match or heap limit. */
long rules_limit_hits(const ruleset *rs);

/*
 * The texts one of which every match of the k-th pattern (in file order) of
 * group `id` contains, as rules.c derives them from the pattern to skip text
 * that cannot match (see required_texts there); *n of them, none when it
 * found no such set.  Lower case.  For tests and for reading a rule's cost.
 */
const char *const *rules_needed_texts(const ruleset *rs, const char *id, size_t k, size_t *n);

/* "v1-" followed by a hash of all rule files' contents: recorded with results. */
const char *rules_version(const ruleset *rs);

#endif

/*
 * Loads the rule files a profile names (relative to the profile's directory)
 * and checks that every rule id the profile refers to, and every built-in id
 * the fields stage asks for (see rules.c), exists.  NULL with *err on failure.
 */
ruleset *rules_load_profile(const profile *p, char **err);
