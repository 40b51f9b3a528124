/*
 * jget.c — print members of JSON Lines records, for the shell tests.
 *
 *     jget PATH [PATH...] < records.jsonl
 *
 * For every record prints the value at each dotted PATH ("candidate.name",
 * "experience.positions.0.start"; numbers index arrays), tab-separated:
 * strings bare, everything else as compact JSON, "null" when absent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "util.h"

static const json *walk(const json *v, const char *path)
{
    char *copy = xstrdup(path), *save = NULL;
    for (char *part = strtok_r(copy, ".", &save); part && v; part = strtok_r(NULL, ".", &save)) {
        if (v->type == JSON_ARRAY) {
            char *end;
            long i = strtol(part, &end, 10);
            v = (*end || i < 0 || (size_t)i >= v->len) ? NULL : v->items[i];
        } else {
            v = json_get(v, part);
        }
    }
    free(copy);
    return v;
}

int main(int argc, char **argv)
{
    json *rec;
    char *err = NULL;
    long lineno = 0;
    int r;
    while ((r = json_read_line(stdin, &rec, &err, &lineno)) != 0) {
        if (r < 0) {
            fprintf(stderr, "jget: line %ld: %s\n", lineno, err);
            free(err);
            err = NULL;
            continue;
        }
        for (int i = 1; i < argc; i++) {
            const json *v = walk(rec, argv[i]);
            if (i > 1)
                putchar('\t');
            if (v && v->type == JSON_STRING)
                fputs(v->s, stdout);
            else
                json_write(stdout, v);
        }
        putchar('\n');
        json_free(rec);
    }
    return 0;
}
