/*
 * json.h — a small JSON tree: parse one document, build one, write it on one line.
 *
 * Every zeef stage reads and writes JSON Lines (one record per document per
 * line), so this is the one data structure all stages share.  It is
 * deliberately small:
 *
 *   - objects keep their keys in insertion order, so the records we write are
 *     stable and diffable (json_set() on an existing key replaces the value in
 *     place, keeping its position);
 *   - numbers are doubles, written with the shortest "%.15g" form, so 0.94 is
 *     written as 0.94 and 86 as 86;
 *   - strings are UTF-8; the parser rejects invalid UTF-8 and unpaired
 *     surrogates, the writer escapes control characters, and replaces any
 *     invalid UTF-8 it is handed by U+FFFD, so what we write is always valid;
 *   - the parser limits nesting depth (JSON_MAX_DEPTH) so a hostile line cannot
 *     blow the stack.
 *
 * Allocation failure is fatal (see util.h, xmalloc): every allocation is
 * checked, and a stage that cannot allocate exits with a message, like git.
 */
#ifndef ZEEF_JSON_H
#define ZEEF_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

#define JSON_MAX_DEPTH 64

typedef enum {
    JSON_NULL,
    JSON_BOOL,
    JSON_NUMBER,
    JSON_STRING,
    JSON_ARRAY,
    JSON_OBJECT
} json_type;

typedef struct json json;
struct json {
    json_type type;
    bool b;         /* JSON_BOOL */
    bool plain;     /* JSON_STRING: known to need no escaping (json.c; set by the parser) */
    double n;       /* JSON_NUMBER */
    char *s;        /* JSON_STRING: NUL-terminated UTF-8 (may hold no NUL inside) */
    size_t len;     /* JSON_ARRAY / JSON_OBJECT: number of members */
    size_t cap;
    json **items;   /* members */
    char **keys;    /* JSON_OBJECT only: keys[i] names items[i] */
    unsigned *khash; /* JSON_OBJECT only: a hash of keys[i], for lookups (json.c) */
    struct json_arena *arena; /* NULL: the node, s, its keys and member block are malloc'd;
                                 else all four live in this arena (json_use_arena) */
};

/*
 * Arenas.  A stage that parses a record, works on it and drops it, or keeps
 * a whole batch and drops it at the end, can have json.c take every node,
 * string, key and member block from an arena instead of malloc: a record is
 * some 1,500 nodes and 3,000 allocations, and malloc and free were a third
 * of the later stages' time (docs/bench.md).
 *
 * json_use_arena(a) makes every value this thread creates from then on
 * (parsed, built, copied) live in a; NULL goes back to malloc.  A value
 * keeps to where it was made: keys and member blocks added to it later come
 * from the same place, whatever the current arena.  json_free() on a value
 * in an arena frees what its members took from malloc and nothing of its
 * own; the memory comes back with json_arena_reset() (keeps one block for
 * the next record) or json_arena_free().  After either, no value made in
 * the arena may be used.
 */
typedef struct json_arena json_arena;
json_arena *json_arena_new(void);
void json_arena_reset(json_arena *a);
void json_arena_free(json_arena *a);
/* Returns the arena that was in use. */
json_arena *json_use_arena(json_arena *a);

/* Parsing.  Returns NULL and sets *err (malloc'd, caller frees) on bad input. */
json *json_parse(const char *text, size_t len, char **err);
void json_free(json *v);

/* Construction.  The json_set/json_push family takes ownership of val. */
json *json_null(void);
json *json_bool(bool b);
json *json_number(double n);
json *json_string(const char *s);              /* NULL gives JSON null */
json *json_string_len(const char *s, size_t len);
json *json_array(void);
json *json_object(void);
json *json_copy(const json *v);

void json_set(json *obj, const char *key, json *val);
/* Makes the string v's text a copy of s (v's own storage: see arenas). */
void json_string_replace(json *v, const char *s);
void json_push(json *arr, json *val);
/* Removes key from obj (freeing its value); does nothing when absent. */
void json_remove(json *obj, const char *key);
/* Moves the members named in first[0..n) to the front of obj, in that order,
 * adding null for those it lacks; the others follow in their own order.
 * Nothing is copied. */
void json_reorder(json *obj, const char *const *first, size_t n);

/* Convenience setters. */
void json_set_str(json *obj, const char *key, const char *s);   /* NULL -> null */
void json_set_num(json *obj, const char *key, double n);
void json_set_int(json *obj, const char *key, long n);
void json_set_bool(json *obj, const char *key, bool b);
void json_set_null(json *obj, const char *key);

/* Access.  All tolerate v == NULL and wrong types (they return the fallback). */
json *json_get(const json *obj, const char *key);
json *json_get_path(const json *obj, const char *dotted);   /* "a.b.c" */
const char *json_str(const json *v);                        /* NULL unless string */
const char *json_get_str(const json *obj, const char *key);
double json_get_num(const json *obj, const char *key, double fallback);
bool json_get_bool(const json *obj, const char *key, bool fallback);
bool json_is_null(const json *v);                           /* absent counts as null */

/* Writing: compact, one line, no trailing newline. */
void json_write(FILE *out, const json *v);
/* Writes v and a newline, flushes; returns 0, or -1 on a write error. */
int json_write_line(FILE *out, const json *v);
/* Writes s as a JSON string literal (with quotes). */
void json_write_string(FILE *out, const char *s, size_t len);
/* The same two, added to a buffer (as json_write, json_write_string). */
void json_sb_write(strbuf *sb, const json *v);
void json_sb_write_string(strbuf *sb, const char *s, size_t len);

/*
 * JSON Lines input.  json_read_line() reads the next non-blank line of any
 * length from in and parses it.  Returns 1 with *out set, 0 at end of input,
 * -1 on a line that is not a JSON object (with *err set; the caller reports
 * it and goes on with the next line).  *lineno counts lines read.
 */
int json_read_line(FILE *in, json **out, char **err, long *lineno);

/* json_read_line() and json_write_line() keep their line buffers from one
 * call to the next (per thread); this lets them go, for a clean exit. */
void json_lines_done(void);

#endif
