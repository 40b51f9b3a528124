/*
 * util.c — checked allocation, string buffers, whole-file reads, sha256.
 *
 * See util.h.  Nothing here knows about CVs; it is the floor every tool
 * stands on.  sha256 comes from GLib's GChecksum (GLib is already linked
 * through poppler-glib), so we do not carry our own hash implementation.
 */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *zeef_progname = "zeef";

static void oom(size_t n)
{
    fprintf(stderr, "%s: out of memory (allocating %zu bytes)\n", zeef_progname, n);
    exit(ZEEF_EXIT_OOM);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom(n);
    return q;
}

void *xreallocarray(void *p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        oom(SIZE_MAX);
    return xrealloc(p, n * size);
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0)
        oom(strlen(fmt));
    return s;
}

static void vwarn(const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: ", zeef_progname);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void warnx_(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vwarn(fmt, ap);
    va_end(ap);
}

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vwarn(fmt, ap);
    va_end(ap);
    exit(2);
}

void sb_grow(strbuf *sb, size_t extra)
{
    if (extra > SIZE_MAX - sb->len - 1)
        oom(SIZE_MAX);
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    sb->data = xrealloc(sb->data, cap);
    sb->cap = cap;
    sb->data[sb->len] = '\0';   /* a fresh buffer is a valid empty string too */
}

void sb_adds(strbuf *sb, const char *s)
{
    sb_add(sb, s, strlen(s));
}

/* Formats straight into the buffer's free room, and only when that is too
 * small grows it and formats again (vasprintf allocated and copied every
 * time: the reports call this some 10,000 times a batch). */
void sb_addf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    if (sb->cap - sb->len < 2)
        sb_grow(sb, 64);
    va_start(ap, fmt);
    int n = vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        oom(strlen(fmt));
    if ((size_t)n >= sb->cap - sb->len) {
        sb_grow(sb, (size_t)n);
        va_start(ap, fmt);
        n = vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
        va_end(ap);
        if (n < 0 || (size_t)n >= sb->cap - sb->len)
            oom(strlen(fmt));
    }
    sb->len += (size_t)n;
}

void sb_reset(strbuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

char *sb_detach(strbuf *sb)
{
    char *s = sb->data ? sb->data : xstrdup("");
    sb->data = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void sb_free(strbuf *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

int read_file(const char *path, size_t max, char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
        return -1;
    }
    if ((uint64_t)st.st_size > max) {
        close(fd);
        errno = EFBIG;
        return -2;
    }
    /* Read up to max+1 bytes regardless of st_size: the file may grow. */
    strbuf sb = STRBUF_INIT;
    sb_grow(&sb, (size_t)st.st_size);
    for (;;) {
        sb_grow(&sb, 65536);
        ssize_t n = read(fd, sb.data + sb.len, 65536);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            close(fd);
            sb_free(&sb);
            errno = e;
            return -1;
        }
        if (n == 0)
            break;
        sb.len += (size_t)n;
        sb.data[sb.len] = '\0';
        if (sb.len > max) {
            close(fd);
            sb_free(&sb);
            errno = EFBIG;
            return -2;
        }
    }
    close(fd);
    *len = sb.len;
    *data = sb_detach(&sb);
    return 0;
}

void sha256_hex(const void *data, size_t len, char out[65])
{
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    if (!c)
        oom(0);
    const unsigned char *p = data;
    while (len > 0) {   /* g_checksum_update takes gssize */
        size_t chunk = len > (1u << 30) ? (1u << 30) : len;
        g_checksum_update(c, p, (gssize)chunk);
        p += chunk;
        len -= chunk;
    }
    snprintf(out, 65, "%s", g_checksum_get_string(c));
    g_checksum_free(c);
}

bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

const char *find_in(const char *s, size_t len, const char *t, size_t tlen)
{
    if (tlen == 0)
        return s;
    const char *end = s + len, *p = s;
    while ((size_t)(end - p) >= tlen && (p = memchr(p, t[0], (size_t)(end - p) - tlen + 1)) != NULL) {
        if (memcmp(p + 1, t + 1, tlen - 1) == 0)
            return p;
        p++;
    }
    return NULL;
}

char *exe_dir(void)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return xstrdup(exe);
}

int write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int read_all(int fd, void *buf, size_t len)
{
    char *p = buf;
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, p + got, len - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0) {
            errno = got ? EIO : 0;
            return -1;
        }
        got += (size_t)n;
    }
    return 0;
}

long monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}
