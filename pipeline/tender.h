/*
 * tender.h — `zeef tender`: from a hiring request's text to a tender profile,
 * and a check of any profile before a real run.
 *
 *     zeef tender import REQUEST [-o PROFILE] [--force]
 *     zeef tender check PROFILE [--samples DIR]
 *
 * import (tender_import.c) reads a request (plain text, PDF or DOCX) with the
 * structure tender platforms publish: a title and detail lines, "Vereisten /
 * knock-outcriteria" and "Selectiecriteria" as numbered lists with points,
 * "CV-eisen", "Competenties", the assessment steps (shortlist, tie-break).
 * It writes PROFILE (docs/profile.md) and a companion rules file NAME.rules
 * next to it with the CV patterns derived from the request's words.  The
 * patterns that read the request are data too: rules/request.rules; the
 * vocabulary that turns request words into CV patterns is
 * rules/lexicon.rules (tender_words.c).  A requirement that fits none of the
 * building blocks is written as type = manual with its full text and listed
 * on the terminal: the pipeline answers "review" for it, it is never dropped.
 *
 * check (tender_check.c) loads a profile and its rules the way the stages do
 * (every pattern compiles, every rule id exists, the points add up), adds
 * sanity checks on dates and limits, prints every problem as FILE:LINE:, and
 * with --samples runs the stage executables on a folder and explains every
 * candidate's decisions.
 *
 * cmd_tender() (tender.c) is the subcommand's entry point; the `zeef`
 * dispatcher (zeef.c) calls it.
 */
#ifndef ZEEF_TENDER_H
#define ZEEF_TENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "rules.h"
#include "text.h"
#include "util.h"

/* `zeef tender ...` with argv[0] = "tender".  Exit status: 0 fine, 1 the
 * profile has problems (said on stderr), 2 could not run at all. */
int cmd_tender(int argc, char **argv);

/* The zeef tree's rules/ folder: $ZEEF_RULES, else next to the executable
 * (BUILD/bin/x -> ../../rules), else ./rules.  Malloc'd. */
char *tender_rules_dir(void);
/* The folder of the running executable (for the stage executables). */
char *tender_bin_dir(void);

int tender_import(const char *request, const char *out, bool force);
int tender_check(const char *profile_path, const char *samples);

/* ---- the request's text (tender_request.c) ------------------------------- */

typedef struct {
    char *orig;       /* the line as written (valid UTF-8, no newline) */
    normtext nt;      /* normalised, with the map back to orig */
} req_line;

typedef struct {
    req_line *lines;
    size_t nlines;
    char *text;       /* every line joined with '\n' */
    normtext all;     /* text normalised */
} request_text;

/* Reads a request: PDF and DOCX through the extractors, anything else as
 * UTF-8 text.  Returns 0, or -1 with *err. */
int request_read(const char *path, request_text *rq, char **err);
void request_free(request_text *rq);

/* The first match of rule id in nt->s: 1 with *v (malloc'd) set to group v,
 * or the whole match, taken from the normalised text (orig == NULL) or from
 * the original (orig, through nt->map); 0 when none.  *end: where it ended. */
int rq_find(ruleset *rs, const char *id, const normtext *nt, const char *orig, char **v, size_t *end);
/* Whether rule id matches anywhere in s (normalised). */
bool rq_match(ruleset *rs, const char *id, const char *s);
/* Normalises a UTF-8 string into a malloc'd one. */
char *rq_norm(const char *s);
/* Collapses runs of white space to one space and trims. */
void rq_squeeze(char *s);

/* ---- words to CV patterns (tender_words.c) ------------------------------- */

typedef struct {
    char *pattern;
    const char *suffix; /* "" (ID itself), ".maybe", ".not" or ".self": see lexicon.rules */
    char *why;        /* comment: the family or the request's word */
} term;

typedef struct {
    term *t;
    size_t n;
    char *families;   /* "lead, social": the families used, or NULL */
    bool words;       /* some patterns were made from the request's own words */
} termset;

typedef struct lexicon lexicon;

lexicon *lexicon_load(const char *path, char **err);
void lexicon_free(lexicon *lx);

/* Adds every family of kind ("role", "domain", ...) whose `when.` pattern
 * matches s (normalised).  Returns how many matched. */
int lexicon_scan(lexicon *lx, const char *kind, const char *s, termset *out);

void termset_add(termset *ts, const char *pattern, const char *suffix, const char *why);
bool termset_equal(const termset *a, const termset *b);
void termset_free(termset *ts);

/* Patterns made from words of the request: a word stemmed ("veranderopgaven"
 * -> \bveranderopga{1,2}v\w*); a phrase of two words as the two in either
 * order with at most two words between, of more words in order.  Malloc'd. */
char *word_pattern(const char *word);
char *phrase_pattern(char *const *words, size_t n);

/* Splits normalised text into alternatives (on , ; / "en" "of" "en/of" "and"
 * "or" and brackets) and adds a phrase pattern of the meaningful words
 * (request.stopword removes the rest) of each.  Returns how many it added. */
int words_to_terms(ruleset *rq, const char *s, termset *out, const char *why);

/* The initials of the meaningful words ("maatschappelijk werk en
 * dienstverlening" -> "mwd"), or NULL when fewer than two. */
char *acronym(ruleset *rq, const char *s);

#endif
