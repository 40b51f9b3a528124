/*
 * util.h — the few helpers every zeef tool needs: checked allocation, a
 * growable string buffer, reading a whole file, error messages.
 *
 * Allocation failure is not something a batch tool can recover from in the
 * middle of a record, so xmalloc() and friends check every allocation and exit
 * with a clear message (status 70, EX_SOFTWARE) when memory runs out, as git
 * does.  Extraction runs each document in a child process (extractors/isolate.c),
 * so there an out-of-memory exit becomes that document's error record.
 */
#ifndef ZEEF_UTIL_H
#define ZEEF_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define ZEEF_EXIT_OOM 70

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "PROG: message" to stderr.  die() then exits with status 2. */
extern const char *zeef_progname;
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* A growable, always NUL-terminated byte buffer. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} strbuf;

#define STRBUF_INIT {NULL, 0, 0}
void sb_grow(strbuf *sb, size_t extra);   /* room for extra more bytes and the NUL */
void sb_adds(strbuf *sb, const char *s);
void sb_addf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Inline: the JSON reader and the normaliser add a few bytes at a time. */
static inline void sb_add(strbuf *sb, const char *s, size_t n)
{
    if (sb->cap - sb->len <= n)
        sb_grow(sb, n);
    if (n)
        memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

static inline void sb_addc(strbuf *sb, char c)
{
    if (sb->cap - sb->len <= 1)
        sb_grow(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
}
void sb_reset(strbuf *sb);
char *sb_detach(strbuf *sb);   /* returns the string (never NULL), buffer becomes empty */
void sb_free(strbuf *sb);

/*
 * Reads the whole file at path, at most max bytes.  Returns 0 and sets
 * *data (malloc'd, NUL-terminated) and *len; returns -1 with errno set on I/O
 * errors, and -2 when the file is larger than max (errno EFBIG).
 */
int read_file(const char *path, size_t max, char **data, size_t *len);

/* Hex sha256 of the bytes (65 bytes incl. NUL into out). */
void sha256_hex(const void *data, size_t len, char out[65]);

/* True when s starts with prefix. */
bool starts_with(const char *s, const char *prefix);

/* Where t (tlen bytes) first occurs in s[0, len), or NULL: memmem for the
 * short texts of a CV's lines, where memchr and memcmp beat memmem's
 * set-up (it is what lines are searched with many times over). */
const char *find_in(const char *s, size_t len, const char *t, size_t tlen);

/* Milliseconds on the monotonic clock (for deadlines). */
long monotonic_ms(void);

/* The folder of the running executable (/proc/self/exe), malloc'd; NULL
 * when it cannot be told. */
char *exe_dir(void);

/* Writes / reads exactly len bytes, retrying on EINTR and short transfers.
 * 0 on success; -1 with errno set (read_all: errno 0 at a clean end of
 * file before the first byte, EPIPE-like EIO for an end in the middle). */
int write_all(int fd, const void *buf, size_t len);
int read_all(int fd, void *buf, size_t len);

#endif
