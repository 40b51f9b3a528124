/*
 * text.h — normalised text for matching, with a way back to the original.
 *
 * Rules match on a normalised copy of the CV text: lower case, diacritics
 * removed ("Coördinator" -> "coordinator", "één" -> "een"), every dash
 * variant as '-', every space variant (NBSP, thin space, tab) as ' ',
 * typographic quotes as ' and ", ligatures expanded ("ﬁ" -> "fi").  Invalid
 * UTF-8 becomes U+FFFD.  map[i] is the byte offset in the original text of
 * the character that produced normalised byte i (map[len] = original length),
 * so a match can always be quoted in the CV's own words.
 */
#ifndef ZEEF_TEXT_H
#define ZEEF_TEXT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *s;        /* normalised, NUL-terminated */
    size_t len;
    size_t *map;    /* len + 1 entries */
} normtext;

void text_normalise(const char *in, size_t len, normtext *out);
void normtext_free(normtext *t);

/* Copies s (len bytes) replacing invalid UTF-8 by U+FFFD; NUL bytes become spaces. */
char *text_valid_utf8(const char *s, size_t len, size_t *outlen);

/* Decodes the UTF-8 sequence at s (at most n bytes): its length, with the
 * code point in *cp; 0 when it is not valid UTF-8 (overlong, surrogate,
 * truncated, beyond U+10FFFF). */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Counts words (runs of letters/digits) in UTF-8 text. */
size_t text_count_words(const char *s, size_t len);

#endif
