/*
 * fuzz_docx.c — libFuzzer harness: bytes -> docx_extract() (extractors/docx.c).
 *
 * Two ways in:
 *
 *   raw     the bytes are the file (a zip, an OLE2 container, junk ...);
 *
 *   parts   the bytes start with the line "ZEEF-FUZZ-PARTS" (optionally
 *           followed by " deflate"); the rest is a list of zip entries,
 *           each "== NAME\n" followed by its content, which this harness
 *           packs into a well-formed zip (correct CRCs and sizes) before
 *           handing it over.  Mutating a real zip mostly breaks its CRCs
 *           and deflate streams, so raw inputs rarely get past libzip; parts
 *           inputs let the fuzzer reach the XML readers (relationships,
 *           app.xml, the story reader, pagination) with text it can mutate.
 *           Seeds of both kinds are in tests/fuzz/corpus/fuzz_docx/.
 *
 * Besides crashes, leaks and hangs it checks the extractor's contract
 * (doc.h): on success the pages are valid UTF-8 within the text and page
 * limits; on error there is a message and no pages.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "doc.h"
#include "fuzz_common.h"

#define PARTS_MAGIC "ZEEF-FUZZ-PARTS"
#define MAX_PARTS 64

typedef struct {
    unsigned char *p;
    size_t len, cap;
} buf;

static int put(buf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *np = realloc(b->p, cap);
        if (!np)
            return -1;
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, p, n);
    b->len += n;
    return 0;
}

static int put16(buf *b, unsigned v)
{
    unsigned char c[2] = {v & 0xff, (v >> 8) & 0xff};
    return put(b, c, 2);
}

static int put32(buf *b, uint32_t v)
{
    unsigned char c[4] = {v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24};
    return put(b, c, 4);
}

/* Raw deflate of p[0..n) into *out (malloc'd).  0 on success. */
static int deflate_raw(const unsigned char *p, size_t n, unsigned char **out, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t cap = deflateBound(&z, (uLong)n) + 16;
    *out = malloc(cap);
    if (!*out) {
        deflateEnd(&z);
        return -1;
    }
    z.next_in = (Bytef *)p;
    z.avail_in = (uInt)n;
    z.next_out = *out;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    *outlen = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(*out);
        *out = NULL;
        return -1;
    }
    return 0;
}

/* Packs the "== NAME\n content" list after the magic line into a zip. */
static int build_zip(const uint8_t *data, size_t size, buf *zip)
{
    const unsigned char *p = data, *end = data + size;
    const unsigned char *nl = memchr(p, '\n', size);
    if (!nl)
        return -1;
    int deflated = memmem(p, (size_t)(nl - p), "deflate", 7) != NULL;
    p = nl + 1;

    struct { const unsigned char *name, *body; size_t nlen, blen; uint32_t off, crc, csize; int method; } e[MAX_PARTS];
    size_t n = 0;
    while (p < end && n < MAX_PARTS) {
        if (end - p < 3 || memcmp(p, "== ", 3))
            break;
        const unsigned char *name = p + 3;
        nl = memchr(name, '\n', (size_t)(end - name));
        const unsigned char *body = nl ? nl + 1 : end;
        size_t nlen = (size_t)((nl ? nl : end) - name);
        const unsigned char *next = memmem(body, (size_t)(end - body), "\n== ", 4);
        const unsigned char *bend = next ? next : end;
        e[n].name = name;
        e[n].nlen = nlen > 0xffff ? 0xffff : nlen;
        e[n].body = body;
        e[n].blen = (size_t)(bend - body);
        n++;
        p = next ? next + 1 : end;
    }

    for (size_t i = 0; i < n; i++) {
        unsigned char *comp = NULL;
        size_t clen = e[i].blen;
        e[i].method = 0;
        if (deflated && deflate_raw(e[i].body, e[i].blen, &comp, &clen) == 0)
            e[i].method = 8;
        e[i].crc = (uint32_t)crc32(0L, e[i].body, (uInt)e[i].blen);
        e[i].csize = (uint32_t)clen;
        e[i].off = (uint32_t)zip->len;
        int bad = put32(zip, 0x04034b50) || put16(zip, 20) || put16(zip, 0) || put16(zip, (unsigned)e[i].method) ||
                  put16(zip, 0) || put16(zip, 0x21) || put32(zip, e[i].crc) || put32(zip, e[i].csize) ||
                  put32(zip, (uint32_t)e[i].blen) || put16(zip, (unsigned)e[i].nlen) || put16(zip, 0) ||
                  put(zip, e[i].name, e[i].nlen) || put(zip, comp ? comp : e[i].body, clen);
        free(comp);
        if (bad)
            return -1;
    }
    uint32_t cd = (uint32_t)zip->len;
    for (size_t i = 0; i < n; i++) {
        if (put32(zip, 0x02014b50) || put16(zip, 20) || put16(zip, 20) || put16(zip, 0) ||
            put16(zip, (unsigned)e[i].method) || put16(zip, 0) || put16(zip, 0x21) || put32(zip, e[i].crc) ||
            put32(zip, e[i].csize) || put32(zip, (uint32_t)e[i].blen) || put16(zip, (unsigned)e[i].nlen) ||
            put16(zip, 0) || put16(zip, 0) || put16(zip, 0) || put16(zip, 0) || put32(zip, 0) ||
            put32(zip, e[i].off) || put(zip, e[i].name, e[i].nlen))
            return -1;
    }
    uint32_t cdlen = (uint32_t)zip->len - cd;
    if (put32(zip, 0x06054b50) || put16(zip, 0) || put16(zip, 0) || put16(zip, (unsigned)n) ||
        put16(zip, (unsigned)n) || put32(zip, cdlen) || put32(zip, cd) || put16(zip, 0))
        return -1;
    return 0;
}

static void extract_and_check(const unsigned char *data, size_t size)
{
    doc_text out;
    char *msg = NULL;
    doc_error e = docx_extract(data, size, &out, &msg);
    if (getenv("FUZZ_DOCX_VERBOSE"))   /* for triage: what the extractor answered */
        fprintf(stderr, "docx_extract: %s, %zu page(s)%s%s\n", e == DOC_OK ? "ok" : doc_error_code(e),
                out.npages, msg ? ": " : "", msg ? msg : "");
    if (e == DOC_OK) {
        size_t total = 0;
        FUZZ_CHECK(out.npages >= 1 && out.npages <= DOC_MAX_PAGES);
        for (size_t i = 0; i < out.npages; i++) {
            FUZZ_CHECK(out.pages[i] != NULL);
            size_t n = strlen(out.pages[i]);
            FUZZ_CHECK(fuzz_valid_utf8((const unsigned char *)out.pages[i], n));
            total += n;
        }
        /* The cap is on text; allow for the pages' own newlines. */
        FUZZ_CHECK(total <= DOC_MAX_TEXT + out.npages + 4096);
    } else {
        FUZZ_CHECK(msg != NULL);
        FUZZ_CHECK(out.npages == 0);
        FUZZ_CHECK(doc_error_code(e) != NULL);
    }
    doc_text_free(&out);
    free(msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= sizeof PARTS_MAGIC - 1 && !memcmp(data, PARTS_MAGIC, sizeof PARTS_MAGIC - 1)) {
        buf zip = {NULL, 0, 0};
        if (build_zip(data, size, &zip) == 0) {
            /* An exact-size copy so reads past the end are caught. */
            unsigned char *exact = malloc(zip.len ? zip.len : 1);
            if (exact) {
                memcpy(exact, zip.p, zip.len);
                extract_and_check(exact, zip.len);
                free(exact);
            }
        }
        free(zip.p);
        return 0;
    }
    extract_and_check(data, size);
    return 0;
}
