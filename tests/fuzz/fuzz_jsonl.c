/*
 * fuzz_jsonl.c — libFuzzer harness: bytes as the stdin of a pipeline stage.
 *
 * Every stage reads its input with stage_read() -> json_read_line()
 * (lib/json.c); this runs that loop over the bytes (through fmemopen, as a
 * FILE), writes every record it parses with json_write() to /dev/null, and
 * also json_parse()s the whole input at once.
 *
 * One more check: what json_write() writes must parse again (json.h: "what we
 * write is always valid").
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "json.h"

static FILE *devnull;

static void roundtrip(const json *v)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return;
    json_write(m, v);
    fclose(m);
    char *err = NULL;
    json *again = json_parse(buf, len, &err);
    if (!again)
        fprintf(stderr, "json_write wrote what json_parse rejects: %s\n", err ? err : "?");
    FUZZ_CHECK(again != NULL);
    FUZZ_CHECK(again->type == v->type);
    json_free(again);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    if (!devnull)
        return 0;

    if (size > 0) {
        FILE *in = fmemopen((void *)data, size, "r");
        if (in) {
            long lineno = 0;
            for (;;) {
                json *rec = NULL;
                char *err = NULL;
                int r = json_read_line(in, &rec, &err, &lineno);
                if (r == 0) {
                    FUZZ_CHECK(rec == NULL);
                    break;
                }
                if (r < 0) {
                    FUZZ_CHECK(rec == NULL && err != NULL);
                    free(err);
                    if (ferror(in))
                        break;
                    continue;
                }
                FUZZ_CHECK(rec != NULL && rec->type == JSON_OBJECT);
                json_write(devnull, rec);
                json_write_line(devnull, rec);
                roundtrip(rec);
                json_free(rec);
            }
            fclose(in);
        }
    }

    char *err = NULL;
    json *v = json_parse((const char *)data, size, &err);
    if (v) {
        FUZZ_CHECK(err == NULL);
        json_write(devnull, v);
        roundtrip(v);
        json *c = json_copy(v);
        json_free(c);
        json_free(v);
    } else {
        FUZZ_CHECK(err != NULL);
        free(err);
    }
    return 0;
}
