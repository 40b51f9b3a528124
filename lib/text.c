/*
 * text.c — normalise text for matching and map offsets back (see text.h).
 *
 * Normalisation works one code point at a time: a character is fully
 * decomposed (NFD) and only its first, base code point is kept, which strips
 * accents, diaeresis and cedillas; then it is lower-cased.  A few
 * typographic characters get explicit replacements.  Each output byte
 * remembers the input offset of its character.
 */
#include "text.h"

#include <glib.h>
#include <stdbool.h>
#include <string.h>

#include "util.h"

/* Appends s[0..n) and its map: every byte from input offset orig, or, when
 * `step`, byte k from orig + k (a run copied one for one). */
static void emit_map(strbuf *sb, size_t **map, size_t *mapcap, const char *s, size_t n, size_t orig, bool step)
{
    if (sb->len + n + 1 > *mapcap) {
        size_t cap = *mapcap ? *mapcap : 256;
        while (cap < sb->len + n + 1)
            cap *= 2;
        *map = xreallocarray(*map, cap, sizeof **map);
        *mapcap = cap;
    }
    for (size_t i = 0; i < n; i++)
        (*map)[sb->len + i] = step ? orig + i : orig;
    sb_add(sb, s, n);
}

static void emit(strbuf *sb, size_t **map, size_t *mapcap, const char *s, size_t n, size_t orig)
{
    emit_map(sb, map, mapcap, s, n, orig, false);
}

/* Replacement for characters that decomposition does not handle. */
static const char *special(gunichar c)
{
    switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case '\t': case '\r': case '\f': case '\v':
        return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
        return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2022: case 0x25CF: case 0x25AA: case 0x25E6: case 0x2023: case 0x2043: case 0x00B7:
        return "*";
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0x00DF: return "ss";
    case 0x0132: case 0x0133: return "ij";
    case 0x00C6: case 0x00E6: return "ae";
    case 0x0152: case 0x0153: return "oe";
    case 0x00D8: case 0x00F8: return "o";
    case 0x0141: case 0x0142: return "l";
    case 0x0110: case 0x0111: return "d";
    case 0x2026: return "...";
    case 0x20AC: return "\xE2\x82\xAC"; /* keep the euro sign */
    }
    return NULL;
}

void text_normalise(const char *in, size_t len, normtext *out)
{
    strbuf sb = STRBUF_INIT;
    size_t mapcap = len + 1;    /* the output is mostly as long as the input */
    size_t *map = xreallocarray(NULL, mapcap, sizeof *map);
    size_t i = 0;
    sb_grow(&sb, len);
    while (i < len) {
        const char *p = in + i;
        unsigned char b = (unsigned char)*p;
        if (b < 0x80) {
            /* a run of ASCII: lower case, control characters as spaces */
            size_t n = 0;
            while (i + n < len && (unsigned char)in[i + n] < 0x80)
                n++;
            emit_map(&sb, &map, &mapcap, p, n, i, true);
            for (size_t k = 0; k < n; k++) {
                char *c = &sb.data[sb.len - n + k];
                if (*c >= 'A' && *c <= 'Z')
                    *c = (char)(*c - 'A' + 'a');
                else if (*c == '\t' || *c == '\r' || *c == '\f' || *c == '\v' || *c == '\0')
                    *c = ' ';
            }
            i += n;
            continue;
        }
        gunichar c = g_utf8_get_char_validated(p, (gssize)(len - i));
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            emit(&sb, &map, &mapcap, "\xEF\xBF\xBD", 3, i);
            i++;
            continue;
        }
        size_t clen = (size_t)(g_utf8_next_char(p) - p);
        const char *rep = special(c);
        if (rep) {
            emit(&sb, &map, &mapcap, rep, strlen(rep), i);
        } else {
            gunichar dec[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
            gsize nd = g_unichar_fully_decompose(c, FALSE, dec, G_UNICHAR_MAX_DECOMPOSITION_LENGTH);
            gunichar base = nd > 0 ? dec[0] : c;
            if (g_unichar_type(base) == G_UNICODE_NON_SPACING_MARK) {
                /* a lone combining mark (text already in NFD): drop it */
                i += clen;
                continue;
            }
            base = g_unichar_tolower(base);
            char buf[8];
            int n = g_unichar_to_utf8(base, buf);
            emit(&sb, &map, &mapcap, buf, (size_t)n, i);
        }
        i += clen;
    }
    emit(&sb, &map, &mapcap, "", 0, len);
    map[sb.len] = len;
    out->len = sb.len;
    out->s = sb_detach(&sb);
    out->map = map;
}

void normtext_free(normtext *t)
{
    free(t->s);
    free(t->map);
    t->s = NULL;
    t->map = NULL;
    t->len = 0;
}

char *text_valid_utf8(const char *s, size_t len, size_t *outlen)
{
    strbuf sb = STRBUF_INIT;
    sb_grow(&sb, len);
    size_t i = 0;
    while (i < len) {
        const char *end;
        if (g_utf8_validate(s + i, (gssize)(len - i), &end)) {
            sb_add(&sb, s + i, len - i);
            break;
        }
        size_t good = (size_t)(end - (s + i));
        sb_add(&sb, s + i, good);
        i += good;
        if (i < len) {
            if (s[i] == '\0')
                sb_addc(&sb, ' ');
            else
                sb_add(&sb, "\xEF\xBF\xBD", 3);
            i++;
        }
    }
    if (outlen)
        *outlen = sb.len;
    return sb_detach(&sb);
}

size_t text_count_words(const char *s, size_t len)
{
    size_t n = 0;
    bool in = false;
    const char *p = s, *end = s + len;
    while (p < end) {
        gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            in = false;
            p++;
            continue;
        }
        bool w = g_unichar_isalnum(c);
        if (w && !in)
            n++;
        in = w;
        p = g_utf8_next_char(p);
    }
    return n;
}

size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; }
    else return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
        (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}
