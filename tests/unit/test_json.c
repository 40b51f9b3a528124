/*
 * test_json.c — the JSON Lines reader and writer (lib/json.c).
 *
 * The writer builds each line in a buffer and the reader keeps its line
 * buffer between calls (both for speed); these tests pin down what they
 * write and read: escapes, invalid UTF-8, numbers, and a stream of lines of
 * very different lengths, blank lines and bad lines.  An object's members
 * share one block (keys and hashes after the values), so objects that grow
 * well past their first block, lose members and are reordered are read back
 * key by key.
 */
#include "json.h"
#include "tap.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What json_write_line() writes for v, as a malloc'd string. */
static char *written(const json *v)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m || json_write_line(m, v) < 0 || fclose(m) != 0) {
        perror("open_memstream");
        exit(1);
    }
    return buf;
}

static void writing(void)
{
    json *o = json_object();
    json_set_str(o, "s", "a\"b\\c\nd\te\rf\x01g\x7fh/€");
    json_set(o, "bad", json_string_len("x\xff\xc3y", 4));
    json_set_num(o, "int", 86);
    json_set_num(o, "neg", -1250);
    json_set_num(o, "frac", 0.94);
    json_set_num(o, "big", 1e15);
    json_set_num(o, "negzero", -0.0);
    json_set_num(o, "huge", -123456789012345.0);
    json_set_bool(o, "t", true);
    json_set_null(o, "n");
    json *a = json_array();
    json_push(a, json_number(1));
    json_push(a, json_object());
    json_push(a, json_array());
    json_set(o, "a", a);
    char *line = written(o);
    is_str(line,
           "{\"s\":\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u007fh/€\",\"bad\":\"x\xEF\xBF\xBD\xEF\xBF\xBDy\","
           "\"int\":86,\"neg\":-1250,\"frac\":0.94,\"big\":1e+15,\"negzero\":-0,\"huge\":-123456789012345,"
           "\"t\":true,\"n\":null,\"a\":[1,{},[]]}\n",
           "escapes, invalid UTF-8, integers, fractions and nesting are written as before");
    char *err = NULL;
    json *back = json_parse(line, strlen(line), &err);
    ok(back != NULL, "what is written parses again");
    is_str(json_get_str(back, "s"), "a\"b\\c\nd\te\rf\x01g\x7fh/€", "a string survives the round trip");
    free(line);
    json_free(back);
    json_free(o);
}

/* A stream of lines: a long one (past the reader's kept buffer), short ones,
 * blank lines and a bad one in between. */
static void reading(void)
{
    size_t big = (3u << 20) / 2;    /* 1.5 MiB of text in one string */
    strbuf in = STRBUF_INIT;
    sb_adds(&in, "{\"k\":\"short\",\"u\":\"\\u00e9\\ud83d\\ude00\"}\n\n   \n");
    sb_adds(&in, "{\"k\":\"");
    for (size_t i = 0; i < big; i++)
        sb_addc(&in, (char)('a' + i % 26));
    sb_adds(&in, "\"}\n");
    sb_adds(&in, "[1,2]\n");
    sb_adds(&in, "{\"k\":\"after\"}\n");
    sb_adds(&in, "{\"k\":\"no newline at the end\"}");
    FILE *f = fmemopen(in.data, in.len, "r");
    if (!f) {
        perror("fmemopen");
        exit(1);
    }
    json *rec;
    char *err = NULL;
    long lineno = 0;
    is_int(json_read_line(f, &rec, &err, &lineno), 1, "first record");
    is_str(json_get_str(rec, "k"), "short", "its value");
    is_str(json_get_str(rec, "u"), "\xC3\xA9\xF0\x9F\x98\x80", "\\u escapes and a surrogate pair decode");
    json_free(rec);
    is_int(json_read_line(f, &rec, &err, &lineno), 1, "the long record, after two blank lines");
    const char *k = json_get_str(rec, "k");
    ok(k && strlen(k) == big && k[0] == 'a' && k[big - 1] == (char)('a' + (big - 1) % 26), "its 1.5 MiB string");
    is_int(lineno, 4, "blank lines are counted");
    json_free(rec);
    is_int(json_read_line(f, &rec, &err, &lineno), -1, "a line that is not an object is an error");
    ok(err && strstr(err, "not a JSON object"), "with a message (%s)", err ? err : "none");
    free(err);
    err = NULL;
    is_int(json_read_line(f, &rec, &err, &lineno), 1, "reading goes on after it");
    is_str(json_get_str(rec, "k"), "after", "with the next record");
    json_free(rec);
    is_int(json_read_line(f, &rec, &err, &lineno), 1, "a last line without a newline");
    json_free(rec);
    is_int(json_read_line(f, &rec, &err, &lineno), 0, "then the end");
    is_int(lineno, 7, "seven lines in all");
    fclose(f);
    sb_free(&in);
    json_lines_done();
}

static void bad_strings(void)
{
    static const char *const bad[] = {
        "{\"k\":\"a\x01\"}", "{\"k\":\"\xff\"}", "{\"k\":\"\\ud800\"}", "{\"k\":\"\\u0000\"}", "{\"k\":\"abc",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *err = NULL;
        json *v = json_parse(bad[i], strlen(bad[i]), &err);
        ok(!v && err, "bad string %zu is refused (%s)", i, err ? err : "no message");
        free(err);
        json_free(v);
    }
}

/* An object of n members k0..k(n-1) = 0..n-1, built by json_set. */
static json *counted(int n)
{
    json *o = json_object();
    for (int i = 0; i < n; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%d", i);
        json_set_num(o, key, i);
    }
    return o;
}

/* Whether every key of o still names its own number, in order. */
static bool intact(const json *o)
{
    for (size_t i = 0; i < o->len; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%.0f", o->items[i]->n);
        if (strcmp(o->keys[i], key) != 0 || json_get(o, key) != o->items[i])
            return false;
    }
    return true;
}

static void growing(void)
{
    json *o = counted(1000);
    is_int((long)o->len, 1000, "1000 members set");
    ok(intact(o), "every key finds its value after the block grew seven times");
    json_remove(o, "k0");
    json_remove(o, "k500");
    json_remove(o, "k999");
    ok(o->len == 997 && intact(o) && !json_get(o, "k500"), "removed members are gone, the rest intact");
    static const char *const first[] = {"k998", "new", "k1"};
    json_reorder(o, first, 3);
    ok(o->len == 998 && !strcmp(o->keys[0], "k998") && !strcmp(o->keys[1], "new") && !strcmp(o->keys[2], "k1") &&
           !strcmp(o->keys[3], "k2") && json_is_null(json_get(o, "new")),
       "reorder puts the named keys first, the others follow");
    json_remove(o, "new");
    json_set_num(o, "k1000", 1000);
    ok(intact(o) && json_get_num(o, "k1000", -1) == 1000, "a reordered object grows again");
    char *line = written(o);
    json *back = json_parse(line, strlen(line), NULL);
    ok(back && back->len == o->len && intact(back), "written and parsed back: the same keys and values");
    free(line);
    json_free(back);
    json_free(o);

    const char *dup = "{\"a\":1,\"b\":2,\"a\":3}";
    json *d = json_parse(dup, strlen(dup), NULL);
    ok(d && d->len == 2 && !strcmp(d->keys[0], "a") && json_get_num(d, "a", 0) == 3,
       "a repeated key: the last value wins, in the first one's place");
    json_free(d);
}

int main(void)
{
    writing();
    reading();
    bad_strings();
    growing();
    return tap_done();
}
