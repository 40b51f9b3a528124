/*
 * json.c — parse, build and write JSON values (see json.h).
 *
 * The parser is a plain recursive-descent parser over a byte buffer.  It is
 * strict (RFC 8259): no comments, no trailing commas, strings must be valid
 * UTF-8, \u escapes must pair surrogates correctly, and nesting is limited to
 * JSON_MAX_DEPTH.  It reports the byte offset of the first error.
 *
 * The writer produces compact one-line output; it never emits invalid UTF-8
 * (bad bytes become U+FFFD) and writes numbers with "%.15g", which is exact
 * for every value we store (counts, points, ratios rounded to 2 decimals,
 * hourly rates).
 *
 * Speed (every stage parses and writes every record; docs/bench.md):
 *   - values can live in an arena (json_use_arena, json.h): a record is
 *     some 1,500 nodes, and a bump allocation and one reset per record cost
 *     far less than a malloc and a free per node, key and string;
 *   - the string parser classifies each byte with one table look-up
 *     (str_class) and copies an escape-free string in one go; such a string
 *     is marked plain, and the writer copies a plain string as it is,
 *     instead of looking at every byte again;
 *   - the writer builds a line in a buffer kept between records and hands
 *     it to stdio in one fwrite.
 */
#include "json.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* ---- arenas ------------------------------------------------------------ */

/*
 * An arena is a chain of blocks handed out front to back; nothing in it is
 * freed on its own.  Requests larger than a quarter of a block get a block
 * of their own, put behind the current one so its free room is not lost.
 * Reset keeps the first block (ARENA_BLOCK bytes), so a stage that resets
 * after every record reuses the same memory and calls malloc only for its
 * few large strings.
 */
#define ARENA_BLOCK (256u * 1024u)

typedef struct arena_block {
    struct arena_block *next;
    size_t size, used;
    _Alignas(max_align_t) unsigned char data[];
} arena_block;

struct json_arena {
    arena_block *head;      /* the block being filled; the others follow it */
    arena_block *first;     /* the block made with the arena, kept by a reset */
};

static _Thread_local json_arena *cur_arena;

static arena_block *block_new(size_t size)
{
    if (size > SIZE_MAX - sizeof(arena_block))
        die("out of memory");
    arena_block *b = xmalloc(sizeof *b + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

json_arena *json_arena_new(void)
{
    json_arena *a = xmalloc(sizeof *a);
    a->head = a->first = block_new(ARENA_BLOCK);
    return a;
}

static void *arena_alloc(json_arena *a, size_t n)
{
    const size_t align = _Alignof(max_align_t);
    if (n > SIZE_MAX - align)
        die("out of memory");
    n = (n + align - 1) & ~(align - 1);
    arena_block *b = a->head;
    if (b->size - b->used >= n) {
        void *p = b->data + b->used;
        b->used += n;
        return p;
    }
    if (n > ARENA_BLOCK / 4) {          /* a large request: a block of its own, behind head */
        arena_block *big = block_new(n);
        big->used = n;
        big->next = b->next;
        b->next = big;
        return big->data;
    }
    arena_block *nb = block_new(ARENA_BLOCK);
    nb->next = b;
    a->head = nb;
    nb->used = n;
    return nb->data;
}

void json_arena_reset(json_arena *a)
{
    if (!a)
        return;
    for (arena_block *b = a->head, *next; b; b = next) {
        next = b->next;
        if (b != a->first)
            free(b);
    }
    a->first->used = 0;
    a->first->next = NULL;
    a->head = a->first;
}

void json_arena_free(json_arena *a)
{
    if (!a)
        return;
    for (arena_block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    if (cur_arena == a)
        cur_arena = NULL;
    free(a);
}

json_arena *json_use_arena(json_arena *a)
{
    json_arena *old = cur_arena;
    cur_arena = a;
    return old;
}

/* Memory for a part of a value that lives in arena a (NULL: malloc), and
 * its release (nothing for an arena). */
static void *mem_alloc(json_arena *a, size_t n)
{
    return a ? arena_alloc(a, n) : xmalloc(n);
}

static void mem_free(json_arena *a, void *p)
{
    if (!a)
        free(p);
}

static char *mem_strndup(json_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        die("out of memory");
    char *p = mem_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- construction ------------------------------------------------------ */

static json *json_new(json_type t)
{
    json *v = mem_alloc(cur_arena, sizeof *v);
    memset(v, 0, sizeof *v);
    v->type = t;
    v->arena = cur_arena;
    return v;
}

json *json_null(void) { return json_new(JSON_NULL); }
json *json_array(void) { return json_new(JSON_ARRAY); }
json *json_object(void) { return json_new(JSON_OBJECT); }

json *json_bool(bool b)
{
    json *v = json_new(JSON_BOOL);
    v->b = b;
    return v;
}

json *json_number(double n)
{
    json *v = json_new(JSON_NUMBER);
    v->n = n;
    return v;
}

json *json_string_len(const char *s, size_t len)
{
    if (!s)
        return json_null();
    json *v = json_new(JSON_STRING);
    v->s = mem_strndup(v->arena, s, len);
    return v;
}

void json_string_replace(json *v, const char *s)
{
    if (!v || v->type != JSON_STRING || !s)
        return;
    char *c = mem_strndup(v->arena, s, strlen(s));
    mem_free(v->arena, v->s);
    v->s = c;
    v->plain = false;
}

json *json_string(const char *s)
{
    return s ? json_string_len(s, strlen(s)) : json_null();
}

void json_free(json *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->len; i++) {
        json_free(v->items[i]);
        if (v->keys && !v->arena)
            free(v->keys[i]);
    }
    if (!v->arena) {    /* in an arena: freed with the arena */
        free(v->items); /* keys and khash live in the same block */
        free(v->s);
        free(v);
    }
}

/*
 * The members of an array or object live in one block of cap slots:
 * items[cap], and for an object keys[cap] and khash[cap] after it.  One
 * allocation per container instead of three: the later stages parse and
 * free some 1,500 nodes a record, and allocation was a fifth of their time.
 * members_block() gives a fresh block (no members), members_grow() doubles
 * v's, moving the keys and hashes up to their new place.
 */
static size_t slot_size(json_type t)
{
    return sizeof(json *) + (t == JSON_OBJECT ? sizeof(char *) + sizeof(unsigned) : 0);
}

static void members_place(json *v, char *blk, size_t cap)
{
    v->items = (json **)(void *)blk;
    if (v->type == JSON_OBJECT) {
        v->keys = (char **)(void *)(blk + cap * sizeof(json *));
        v->khash = (unsigned *)(void *)(blk + cap * (sizeof(json *) + sizeof(char *)));
    }
    v->cap = cap;
}

static void members_grow(json *v)
{
    size_t old = v->cap, cap = old ? old * 2 : 8;
    char *blk;
    if (v->arena) {     /* no realloc in an arena: a new block, the old members copied to its start */
        if (cap > SIZE_MAX / slot_size(v->type))
            die("out of memory");
        blk = arena_alloc(v->arena, cap * slot_size(v->type));
        if (old)
            memcpy(blk, v->items, old * slot_size(v->type));
    } else {
        blk = xreallocarray(v->items, cap, slot_size(v->type));
    }
    if (v->type == JSON_OBJECT && v->len) {
        /* hashes first: the keys' new place overlaps their old one */
        memmove(blk + cap * (sizeof(json *) + sizeof(char *)), blk + old * (sizeof(json *) + sizeof(char *)),
                v->len * sizeof(unsigned));
        memmove(blk + cap * sizeof(json *), blk + old * sizeof(json *), v->len * sizeof(char *));
    }
    members_place(v, blk, cap);
}

static void json_reserve(json *v)
{
    if (v->len >= v->cap)
        members_grow(v);
}

/* Adds key (taking it: malloc'd) and val to obj without looking for key. */
static void add_member(json *obj, char *key, unsigned h, json *val)
{
    json_reserve(obj);
    obj->keys[obj->len] = key;
    obj->khash[obj->len] = h;
    obj->items[obj->len++] = val;
}

void json_push(json *arr, json *val)
{
    if (!arr || arr->type != JSON_ARRAY) {
        json_free(val);
        return;
    }
    json_reserve(arr);
    arr->items[arr->len++] = val;
}

/* A hash of each key is kept beside it (json.khash), so that looking a key
 * up compares numbers and reads a key's text only on a likely match: the
 * lookups were the most time of zeef-score, mostly cache misses on keys. */
static unsigned key_hash(const char *key)
{
    unsigned h = 2166136261u;                 /* FNV-1a */
    for (const unsigned char *k = (const unsigned char *)key; *k; k++)
        h = (h ^ *k) * 16777619u;
    return h;
}

static long index_hashed(const json *obj, const char *key, unsigned h)
{
    for (size_t i = 0; i < obj->len; i++)
        if (obj->khash[i] == h && strcmp(obj->keys[i], key) == 0)
            return (long)i;
    return -1;
}

static long json_index(const json *obj, const char *key)
{
    if (!obj || obj->type != JSON_OBJECT || !obj->len)
        return -1;
    return index_hashed(obj, key, key_hash(key));
}

void json_set(json *obj, const char *key, json *val)
{
    if (!obj || obj->type != JSON_OBJECT) {
        json_free(val);
        return;
    }
    unsigned h = key_hash(key);
    long i = index_hashed(obj, key, h);
    if (i >= 0) {
        json_free(obj->items[i]);
        obj->items[i] = val;
        return;
    }
    add_member(obj, mem_strndup(obj->arena, key, strlen(key)), h, val);
}

void json_remove(json *obj, const char *key)
{
    long i = json_index(obj, key);
    if (i < 0)
        return;
    json_free(obj->items[i]);
    mem_free(obj->arena, obj->keys[i]);
    memmove(obj->items + i, obj->items + i + 1, (obj->len - (size_t)i - 1) * sizeof *obj->items);
    memmove(obj->keys + i, obj->keys + i + 1, (obj->len - (size_t)i - 1) * sizeof *obj->keys);
    memmove(obj->khash + i, obj->khash + i + 1, (obj->len - (size_t)i - 1) * sizeof *obj->khash);
    obj->len--;
}

void json_reorder(json *obj, const char *const *first, size_t n)
{
    if (!obj || obj->type != JSON_OBJECT)
        return;
    size_t cap = obj->len + n + 1, m = 0;
    json tmp = {.type = JSON_OBJECT};
    if (cap > SIZE_MAX / slot_size(JSON_OBJECT))
        die("out of memory");
    char *blk = mem_alloc(obj->arena, cap * slot_size(JSON_OBJECT));
    memset(blk, 0, cap * slot_size(JSON_OBJECT));
    members_place(&tmp, blk, cap);
    json **items = tmp.items;
    char **keys = tmp.keys;
    unsigned *khash = tmp.khash;
    bool *taken = xcalloc(obj->len + 1, sizeof *taken);
    for (size_t k = 0; k < n; k++) {
        bool listed = false;            /* named twice in first[] */
        for (size_t j = 0; j < m && !listed; j++)
            listed = !strcmp(keys[j], first[k]);
        if (listed)
            continue;
        long i = json_index(obj, first[k]);
        if (i >= 0) {
            items[m] = obj->items[i];
            keys[m] = obj->keys[i];
            khash[m] = obj->khash[i];
            taken[i] = true;
        } else {
            items[m] = json_null();
            keys[m] = mem_strndup(obj->arena, first[k], strlen(first[k]));
            khash[m] = key_hash(first[k]);
        }
        m++;
    }
    for (size_t i = 0; i < obj->len; i++)
        if (!taken[i]) {
            items[m] = obj->items[i];
            khash[m] = obj->khash[i];
            keys[m++] = obj->keys[i];
        }
    free(taken);
    mem_free(obj->arena, obj->items);
    members_place(obj, (char *)(void *)items, cap);
    obj->len = m;
}

void json_set_str(json *obj, const char *key, const char *s) { json_set(obj, key, json_string(s)); }
void json_set_num(json *obj, const char *key, double n) { json_set(obj, key, json_number(n)); }
void json_set_int(json *obj, const char *key, long n) { json_set(obj, key, json_number((double)n)); }
void json_set_bool(json *obj, const char *key, bool b) { json_set(obj, key, json_bool(b)); }
void json_set_null(json *obj, const char *key) { json_set(obj, key, json_null()); }

json *json_copy(const json *v)
{
    if (!v)
        return json_null();
    json *c = json_new(v->type);
    c->b = v->b;
    c->plain = v->plain;
    c->n = v->n;
    if (v->s)
        c->s = mem_strndup(c->arena, v->s, strlen(v->s));
    for (size_t i = 0; i < v->len; i++) {
        if (v->type == JSON_OBJECT)
            json_set(c, v->keys[i], json_copy(v->items[i]));
        else
            json_push(c, json_copy(v->items[i]));
    }
    return c;
}

/* ---- access ------------------------------------------------------------ */

json *json_get(const json *obj, const char *key)
{
    long i = json_index(obj, key);
    return i < 0 ? NULL : obj->items[i];
}

json *json_get_path(const json *obj, const char *dotted)
{
    const json *v = obj;
    const char *p = dotted;
    while (v && *p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        char *key = xstrndup(p, n);
        v = json_get(v, key);
        free(key);
        p += n;
        if (*p == '.')
            p++;
    }
    return (json *)v;
}

const char *json_str(const json *v)
{
    return v && v->type == JSON_STRING ? v->s : NULL;
}

const char *json_get_str(const json *obj, const char *key)
{
    return json_str(json_get(obj, key));
}

double json_get_num(const json *obj, const char *key, double fallback)
{
    const json *v = json_get(obj, key);
    return v && v->type == JSON_NUMBER ? v->n : fallback;
}

bool json_get_bool(const json *obj, const char *key, bool fallback)
{
    const json *v = json_get(obj, key);
    return v && v->type == JSON_BOOL ? v->b : fallback;
}

bool json_is_null(const json *v)
{
    return !v || v->type == JSON_NULL;
}

/* ---- UTF-8 ------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    uint32_t cp;
    return utf8_decode(s, n, &cp);
}

/* ---- parsing ----------------------------------------------------------- */

typedef struct {
    const char *s;
    size_t len, pos;
    int depth;
    char *err;
} parser;

static json *parse_value(parser *p);

static void fail(parser *p, const char *what)
{
    if (!p->err)
        p->err = xasprintf("%s at byte %zu", what, p->pos);
}

static void skip_ws(parser *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static int hex4(parser *p, uint32_t *out)
{
    if (p->len - p->pos < 4)
        return -1;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p->s[p->pos++];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static void add_cp(strbuf *sb, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) { b[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_add(sb, b, n);
}

/* What a byte is to the string parser's fast path. */
enum { SC_STOP, SC_PLAIN, SC_QUOTE, SC_DEL, SC_UTF8 };
#define S SC_STOP
#define P SC_PLAIN
#define Q SC_QUOTE
#define D SC_DEL
#define U SC_UTF8
static const unsigned char str_class[256] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  /* 0x00 */
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  /* 0x10 */
    P, P, Q, P, P, P, P, P, P, P, P, P, P, P, P, P,  /* 0x20 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,  /* 0x30 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,  /* 0x40 */
    P, P, P, P, P, P, P, P, P, P, P, P, S, P, P, P,  /* 0x50 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,  /* 0x60 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, D,  /* 0x70 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0x80 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0x90 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xa0 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xb0 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xc0 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xd0 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xe0 */
    U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  /* 0xf0 */
};
#undef S
#undef P
#undef Q
#undef D
#undef U

/* *plain (when not NULL) is set when the string is written back as it was
 * read: no escape in it, and no DEL (which the writer escapes). */
static char *parse_string_raw(parser *p, size_t *outlen, bool *plain)
{
    /* p->s[p->pos] == '"' */
    p->pos++;
    bool del = false;
    if (plain)
        *plain = false;
    /* Most strings have no escape: find the closing quote, checking the
     * UTF-8 on the way, and copy them in one go.  str_class says what each
     * byte is: one look-up for the common case, plain ASCII. */
    for (size_t i = p->pos; i < p->len;) {
        unsigned char c = (unsigned char)p->s[i];
        unsigned k = str_class[c];
        if (k == SC_PLAIN) {
            i++;
            continue;
        }
        if (k == SC_QUOTE) {
            if (plain)
                *plain = !del;
            *outlen = i - p->pos;
            char *out = mem_alloc(cur_arena, *outlen + 1);
            memcpy(out, p->s + p->pos, *outlen);
            out[*outlen] = '\0';
            p->pos = i + 1;
            return out;
        }
        if (k == SC_STOP)
            break;      /* an escape or a control: the careful way below, with its messages */
        if (k == SC_DEL) {
            del = true;
            i++;
            continue;
        }
        size_t n = utf8_seq((const unsigned char *)p->s + i, p->len - i);
        if (!n)
            break;
        i += n;
    }
    strbuf sb = STRBUF_INIT;
    while (p->pos < p->len) {
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            p->pos++;
            *outlen = sb.len;
            if (!cur_arena)
                return sb_detach(&sb);
            char *out = mem_strndup(cur_arena, sb.data ? sb.data : "", sb.len);
            sb_free(&sb);
            return out;
        }
        if (c < 0x20) {
            fail(p, "control character in string");
            break;
        }
        if (c == '\\') {
            p->pos++;
            if (p->pos >= p->len)
                break;
            char e = p->s[p->pos++];
            switch (e) {
            case '"': sb_addc(&sb, '"'); break;
            case '\\': sb_addc(&sb, '\\'); break;
            case '/': sb_addc(&sb, '/'); break;
            case 'b': sb_addc(&sb, '\b'); break;
            case 'f': sb_addc(&sb, '\f'); break;
            case 'n': sb_addc(&sb, '\n'); break;
            case 'r': sb_addc(&sb, '\r'); break;
            case 't': sb_addc(&sb, '\t'); break;
            case 'u': {
                uint32_t cp, lo;
                if (hex4(p, &cp) < 0) { fail(p, "bad \\u escape"); goto bad; }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (p->len - p->pos < 2 || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u') {
                        fail(p, "unpaired surrogate"); goto bad;
                    }
                    p->pos += 2;
                    if (hex4(p, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF) {
                        fail(p, "unpaired surrogate"); goto bad;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail(p, "unpaired surrogate"); goto bad;
                }
                if (cp == 0) { fail(p, "NUL in string"); goto bad; }
                add_cp(&sb, cp);
                break;
            }
            default:
                fail(p, "bad escape");
                goto bad;
            }
            continue;
        }
        /* a run of plain ASCII in one go, else one UTF-8 sequence */
        size_t n = 0;
        while (p->pos + n < p->len) {
            unsigned char a = (unsigned char)p->s[p->pos + n];
            if (a < 0x20 || a >= 0x80 || a == '"' || a == '\\')
                break;
            n++;
        }
        if (!n)
            n = utf8_seq((const unsigned char *)p->s + p->pos, p->len - p->pos);
        if (!n) {
            fail(p, "invalid UTF-8 in string");
            goto bad;
        }
        sb_add(&sb, p->s + p->pos, n);
        p->pos += n;
    }
    fail(p, "unterminated string");
bad:
    sb_free(&sb);
    return NULL;
}

static json *parse_number(parser *p)
{
    size_t start = p->pos;
    if (p->s[p->pos] == '-')
        p->pos++;
    if (p->pos >= p->len) { fail(p, "bad number"); return NULL; }
    if (p->s[p->pos] == '0') {
        p->pos++;
    } else if (p->s[p->pos] >= '1' && p->s[p->pos] <= '9') {
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
    } else { fail(p, "bad number"); return NULL; }
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        size_t d = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
        if (d == p->pos) { fail(p, "bad number"); return NULL; }
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-')) p->pos++;
        size_t d = p->pos;
        while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++;
        if (d == p->pos) { fail(p, "bad number"); return NULL; }
    }
    /* strtod needs the number on its own: copied to the stack when short
     * (a malloc per number was a tenth of the parse), to the heap when not */
    size_t n = p->pos - start;
    char small[64], *tmp = n < sizeof small ? small : xmalloc(n + 1);
    memcpy(tmp, p->s + start, n);
    tmp[n] = '\0';
    errno = 0;
    double d = strtod(tmp, NULL);
    if (tmp != small)
        free(tmp);
    if (!isfinite(d)) { fail(p, "number out of range"); return NULL; }
    return json_number(d);
}

static int match_word(parser *p, const char *w)
{
    size_t n = strlen(w);
    if (p->len - p->pos >= n && memcmp(p->s + p->pos, w, n) == 0) {
        p->pos += n;
        return 1;
    }
    return 0;
}

static json *parse_container(parser *p, bool object)
{
    if (++p->depth > JSON_MAX_DEPTH) {
        fail(p, "nesting too deep");
        return NULL;
    }
    p->pos++; /* [ or { */
    json *v = object ? json_object() : json_array();
    skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == (object ? '}' : ']')) {
        p->pos++;
        p->depth--;
        return v;
    }
    for (;;) {
        char *key = NULL;
        if (object) {
            skip_ws(p);
            if (p->pos >= p->len || p->s[p->pos] != '"') { fail(p, "expected key"); goto bad; }
            size_t klen;
            key = parse_string_raw(p, &klen, NULL);
            if (!key) goto bad;
            if (strlen(key) != klen) { mem_free(cur_arena, key); fail(p, "NUL in key"); goto bad; }
            skip_ws(p);
            if (p->pos >= p->len || p->s[p->pos] != ':') { mem_free(cur_arena, key); fail(p, "expected ':'"); goto bad; }
            p->pos++;
        }
        json *item = parse_value(p);
        if (!item) { mem_free(cur_arena, key); goto bad; }
        if (object) {
            unsigned h = key_hash(key);
            long dup = index_hashed(v, key, h);
            if (dup >= 0) {             /* the last of a repeated key wins, in the first's place */
                json_free(v->items[dup]);
                v->items[dup] = item;
                mem_free(cur_arena, key);
            } else {
                add_member(v, key, h, item);
            }
        } else {
            json_push(v, item);
        }
        skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') { p->pos++; continue; }
        if (p->pos < p->len && p->s[p->pos] == (object ? '}' : ']')) { p->pos++; break; }
        fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
        goto bad;
    }
    p->depth--;
    return v;
bad:
    json_free(v);
    return NULL;
}

static json *parse_value(parser *p)
{
    skip_ws(p);
    if (p->pos >= p->len) { fail(p, "unexpected end"); return NULL; }
    char c = p->s[p->pos];
    switch (c) {
    case '{': return parse_container(p, true);
    case '[': return parse_container(p, false);
    case '"': {
        size_t n;
        bool plain;
        char *s = parse_string_raw(p, &n, &plain);
        if (!s) return NULL;
        if (strlen(s) != n) { mem_free(cur_arena, s); fail(p, "NUL in string"); return NULL; }
        json *v = json_new(JSON_STRING);
        v->s = s;
        v->plain = plain;
        return v;
    }
    case 't': if (match_word(p, "true")) return json_bool(true); break;
    case 'f': if (match_word(p, "false")) return json_bool(false); break;
    case 'n': if (match_word(p, "null")) return json_null(); break;
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return parse_number(p);
    }
    fail(p, "unexpected character");
    return NULL;
}

json *json_parse(const char *text, size_t len, char **err)
{
    parser p = {text, len, 0, 0, NULL};
    json *v = parse_value(&p);
    if (v) {
        skip_ws(&p);
        if (p.pos != p.len) {
            fail(&p, "trailing characters");
            json_free(v);
            v = NULL;
        }
    }
    if (!v) {
        if (err)
            *err = p.err ? p.err : xstrdup("parse error");
        else
            free(p.err);
    }
    return v;
}

/* ---- writing ----------------------------------------------------------- */

/*
 * Line buffers kept from one record to the next, one set per thread: reading
 * or writing a record of a few kB in a fresh buffer that grows by doubling
 * made glibc's malloc consolidate its free lists at every record, which was
 * a tenth of a stage's time.  A buffer that grew past BUFFER_KEEP is let go.
 */
#define BUFFER_KEEP (1u << 20)
static _Thread_local char *read_buf;
static _Thread_local size_t read_cap;
static _Thread_local strbuf write_buf;

/* The writer builds each document in a buffer and hands it to stdio in one
 * fwrite: a call per character was most of the time of the later stages. */
/* Bytes that go out as they are in a JSON string: printable ASCII but '"'
 * and '\\'.  A table look-up per byte instead of five comparisons. */
static const unsigned char json_plain[128] = {
    [0x20] = 1, 1, 0 /* " */, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* \ */, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* DEL */};

static void write_string_sb(strbuf *sb, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    sb_addc(sb, '"');
    size_t i = 0;
    while (i < len) {
        /* a run of bytes that go out unchanged (plain ASCII and valid UTF-8),
         * copied in one go: most strings are one run */
        size_t start = i;
        while (i < len) {
            unsigned char c = u[i];
            if (c < 0x80) {
                if (!json_plain[c])
                    break;
                i++;
            } else {
                size_t n = utf8_seq(u + i, len - i);
                if (!n)
                    break;
                i += n;
            }
        }
        if (i > start)
            sb_add(sb, s + start, i - start);
        if (i >= len)
            break;
        unsigned char c = u[i++];
        switch (c) {
        case '"': sb_add(sb, "\\\"", 2); break;
        case '\\': sb_add(sb, "\\\\", 2); break;
        case '\n': sb_add(sb, "\\n", 2); break;
        case '\r': sb_add(sb, "\\r", 2); break;
        case '\t': sb_add(sb, "\\t", 2); break;
        default:
            if (c < 0x80) {                         /* other controls and DEL */
                static const char hex[] = "0123456789abcdef";
                char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                sb_add(sb, e, 6);
            } else {
                sb_add(sb, "\xEF\xBF\xBD", 3);      /* invalid UTF-8 */
            }
        }
    }
    sb_addc(sb, '"');
}

static void write_sb(strbuf *sb, const json *v)
{
    if (!v) {
        sb_add(sb, "null", 4);
        return;
    }
    switch (v->type) {
    case JSON_NULL: sb_add(sb, "null", 4); break;
    case JSON_BOOL: sb_adds(sb, v->b ? "true" : "false"); break;
    case JSON_NUMBER:
        if (v->n == floor(v->n) && fabs(v->n) < 1e15) {
            /* an integer: its digits, without printf's floating-point work */
            char d[24], *e = d + sizeof d, *q = e;
            long long x = (long long)v->n;
            unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
            do
                *--q = (char)('0' + u % 10);
            while (u /= 10);
            if (x < 0 || signbit(v->n))
                *--q = '-';
            sb_add(sb, q, (size_t)(e - q));
        } else {
            char d[40];     /* "%.15g" of a finite double: at most 22 characters */
            int n = snprintf(d, sizeof d, "%.15g", v->n);
            if (n > 0 && (size_t)n < sizeof d)
                sb_add(sb, d, (size_t)n);
            else
                sb_addf(sb, "%.15g", v->n);
        }
        break;
    case JSON_STRING:
        if (v->plain) {     /* read with nothing to escape: the bytes as they came (most strings) */
            size_t n = strlen(v->s);
            sb_grow(sb, n + 2);
            sb->data[sb->len++] = '"';
            memcpy(sb->data + sb->len, v->s, n);
            sb->len += n;
            sb->data[sb->len++] = '"';
            sb->data[sb->len] = '\0';
        } else {
            write_string_sb(sb, v->s, strlen(v->s));
        }
        break;
    case JSON_ARRAY:
    case JSON_OBJECT:
        sb_addc(sb, v->type == JSON_ARRAY ? '[' : '{');
        for (size_t i = 0; i < v->len; i++) {
            if (i)
                sb_addc(sb, ',');
            if (v->type == JSON_OBJECT) {
                write_string_sb(sb, v->keys[i], strlen(v->keys[i]));
                sb_addc(sb, ':');
            }
            write_sb(sb, v->items[i]);
        }
        sb_addc(sb, v->type == JSON_ARRAY ? ']' : '}');
        break;
    }
}

void json_sb_write(strbuf *sb, const json *v)
{
    write_sb(sb, v);
}

void json_sb_write_string(strbuf *sb, const char *s, size_t len)
{
    write_string_sb(sb, s, len);
}

void json_write_string(FILE *out, const char *s, size_t len)
{
    strbuf sb = STRBUF_INIT;
    write_string_sb(&sb, s, len);
    fwrite(sb.data, 1, sb.len, out);
    sb_free(&sb);
}

void json_write(FILE *out, const json *v)
{
    strbuf sb = STRBUF_INIT;
    write_sb(&sb, v);
    fwrite(sb.data, 1, sb.len, out);
    sb_free(&sb);
}

int json_write_line(FILE *out, const json *v)
{
    strbuf *sb = &write_buf;
    sb_reset(sb);
    write_sb(sb, v);
    sb_addc(sb, '\n');
    bool short_write = fwrite(sb->data, 1, sb->len, out) != sb->len;
    if (sb->cap > BUFFER_KEEP)
        sb_free(sb);
    if (short_write || fflush(out) != 0 || ferror(out))
        return -1;
    return 0;
}

static void read_buf_release(void)
{
    free(read_buf);
    read_buf = NULL;
    read_cap = 0;
}

void json_lines_done(void)
{
    read_buf_release();
    sb_free(&write_buf);
}

int json_read_line(FILE *in, json **out, char **err, long *lineno)
{
    ssize_t n;
    int rc = 0;
    *out = NULL;
    while ((n = getline(&read_buf, &read_cap, in)) >= 0) {
        (*lineno)++;
        const char *line = read_buf;
        size_t i = 0;
        while (i < (size_t)n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n'))
            i++;
        if (i == (size_t)n)
            continue;
        json *v = json_parse(line, (size_t)n, err);
        if (!v) {
            rc = -1;
        } else if (v->type != JSON_OBJECT) {
            json_free(v);
            *err = xstrdup("line is not a JSON object");
            rc = -1;
        } else {
            *out = v;
            rc = 1;
        }
        break;
    }
    if (n < 0 || read_cap > BUFFER_KEEP)
        read_buf_release();     /* at the end of the input, or too large to keep */
    if (n < 0 && ferror(in)) {
        *err = xasprintf("read error: %s", strerror(errno));
        return -1;
    }
    return rc;
}
