/*
 * lang.h — judges the language of CV text, for the requirement
 * "CV opgesteld in het Nederlands": the share of Dutch text, judged per
 * paragraph.  The method and its measured accuracy are described at the top
 * of lang.c; tests/lang/run-eval.sh reproduces the numbers.
 *
 * The n-gram models come from libexttextcat's data directory,
 * /usr/share/libexttextcat/ unless the environment variable ZEEF_TEXTCAT_DIR
 * names another one.
 *
 * A guesser is not thread-safe (libexttextcat keeps per-handle scratch
 * state); use one per thread.
 */
#ifndef ZEEF_LANG_H
#define ZEEF_LANG_H

#include <stddef.h>

typedef struct lang_guesser lang_guesser;

/* Loads the models.  Returns NULL and sets *err (malloc'd, caller frees) on
 * failure, e.g. when a .lm file is missing.  err may be NULL. */
lang_guesser *lang_open(char **err);
void lang_close(lang_guesser *g);

/* Language of one paragraph: a static ISO 639-1 code ("nl", "en", "de",
 * "af", "fy", "fr", ...) or NULL when the text is too short or too unclear
 * to judge (also, rarely, when memory runs out).  text need not be
 * NUL-terminated and may be invalid UTF-8; only its first 8 KiB are read. */
const char *lang_guess(lang_guesser *g, const char *text, size_t len);

typedef struct {
    const char *code;      /* dominant language by judged words, static string, or NULL if nothing could be judged */
    double dutch_ratio;    /* words in paragraphs judged Dutch / words in all judged paragraphs; 0 when nothing judged */
    size_t judged_words, total_words;
} lang_result;

/* Judges a whole document given as text with one paragraph/line per
 * '\n'-terminated line (a missing final '\n' is fine).  How lines are grouped
 * into paragraphs is described in lang.c ("Documents"). */
void lang_judge(lang_guesser *g, const char *text, size_t len, lang_result *out);

#endif
