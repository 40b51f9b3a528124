/*
 * dropdir.c — the drop folder on disk (see dropdir.h for the layout).
 *
 * The file-system primitives the crash safety rests on live here:
 *
 *   - rename_noreplace(): claiming (incoming/NAME -> work/ID) and finishing
 *     (work/ID -> processed/DATE/NAME) are single renames within one file
 *     system, so a file is always in exactly one place, whole.  NOREPLACE
 *     makes sure a rename can never overwrite a file, not even one a person
 *     put there by hand: the original is never lost to a name clash.
 *   - fsync_dir(): a rename is durable only once both directories are
 *     synced; ingest.c syncs them before it records the step as done.
 *   - write_file_atomic(): reports, run summaries and error records are
 *     written to NAME.tmp, synced and renamed, so a reader (or a crash) sees
 *     the old or the new file, never half of one.
 *
 * The lock is flock(2) on TENDER/.zeef.lock, taken without waiting.  The
 * kernel drops it when the process dies, however it dies, so a kill -9
 * never leaves a stale lock behind.  The descriptor is close-on-exec so the
 * stage processes a run starts do not hold it.
 *
 * tender.conf is a few "key = value" lines; unknown keys are errors, as in
 * profiles, so a typo never silently changes behaviour.
 */
#include "dropdir.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

char *dd_path(const dropdir *d, const char *rel)
{
    return xasprintf("%s/%s", d->root, rel);
}

bool path_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Reads TENDER/tender.conf when present: profile = PATH, settle = N. */
static int read_conf(dropdir *d, char **profile_rel, char **err)
{
    char *conf = dd_path(d, "tender.conf");
    char *data;
    size_t len;
    int rc = read_file(conf, 1 << 16, &data, &len);
    if (rc < 0) {
        if (rc == -1 && errno == ENOENT) {
            free(conf);
            return 0;
        }
        *err = xasprintf("%s: %s", conf, rc == -2 ? "larger than 64 KiB" : strerror(errno));
        free(conf);
        return -1;
    }
    int lineno = 0;
    int ret = 0;
    for (char *line = data, *next; line && ret == 0; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            *err = xasprintf("%s:%d: expected \"key = value\"", conf, lineno);
            ret = -1;
            break;
        }
        *eq = '\0';
        char *key = trim(s), *val = trim(eq + 1);
        if (!strcmp(key, "profile")) {
            free(*profile_rel);
            *profile_rel = xstrdup(val);
        } else if (!strcmp(key, "settle")) {
            char *end;
            errno = 0;
            long v = strtol(val, &end, 10);
            if (errno || *end || end == val || v < 0 || v > 86400) {
                *err = xasprintf("%s:%d: settle: expected seconds (0 to 86400), got \"%s\"", conf, lineno, val);
                ret = -1;
                break;
            }
            d->settle = (int)v;
        } else {
            *err = xasprintf("%s:%d: unknown key \"%s\" (known: profile, settle)", conf, lineno, key);
            ret = -1;
        }
    }
    free(data);
    free(conf);
    return ret;
}

int dropdir_open(const char *path, dropdir *d, char **err)
{
    memset(d, 0, sizeof *d);
    d->lock_fd = -1;
    d->settle = DROPDIR_DEFAULT_SETTLE;
    char buf[PATH_MAX];
    if (!realpath(path, buf)) {
        *err = xasprintf("drop folder %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (stat(buf, &st) < 0 || !S_ISDIR(st.st_mode)) {
        *err = xasprintf("drop folder %s is not a folder", path);
        return -1;
    }
    d->root = xstrdup(buf);
    char *rel = NULL;
    if (read_conf(d, &rel, err) < 0) {
        free(rel);
        return -1;
    }
    char *prof = rel ? (rel[0] == '/' ? xstrdup(rel) : dd_path(d, rel)) : dd_path(d, "profile");
    if (!realpath(prof, buf)) {
        if (rel)
            *err = xasprintf("%s/tender.conf: profile %s: %s", d->root, prof, strerror(errno));
        else
            *err = xasprintf("drop folder %s names no profile: write \"profile = PATH\" in %s/tender.conf "
                             "or put the profile at %s/profile",
                             d->root, d->root, d->root);
        free(prof);
        free(rel);
        return -1;
    }
    free(prof);
    free(rel);
    d->profile_path = xstrdup(buf);
    return 0;
}

void dropdir_close(dropdir *d)
{
    if (d->lock_fd >= 0)
        close(d->lock_fd);
    free(d->root);
    free(d->profile_path);
    memset(d, 0, sizeof *d);
    d->lock_fd = -1;
}

int fsync_dir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    /* Some file systems cannot sync directories; that is no reason to stop. */
    if (rc < 0 && (errno == EINVAL || errno == EROFS))
        return 0;
    return rc;
}

int mkdirs(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0)
        return S_ISDIR(st.st_mode) ? 0 : (errno = ENOTDIR, -1);
    char *parent = xstrdup(path);
    char *slash = strrchr(parent, '/');
    int rc = 0;
    if (slash && slash != parent) {
        *slash = '\0';
        rc = mkdirs(parent);
    }
    if (rc == 0 && mkdir(path, 0700) < 0 && errno != EEXIST)
        rc = -1;
    if (rc == 0 && slash && slash != parent)
        rc = fsync_dir(parent);
    int e = errno;
    free(parent);
    errno = e;
    return rc;
}

int dropdir_prepare(const dropdir *d, char **err)
{
    static const char *const dirs[] = {"incoming", "work", "processed", "failed", "reports"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        char *p = dd_path(d, dirs[i]);
        if (mkdirs(p) < 0) {
            *err = xasprintf("cannot create %s: %s", p, strerror(errno));
            free(p);
            return -1;
        }
        /* The work area and the results hold personal data: owner only.
         * incoming/ keeps whatever mode the administrator gave it (suppliers
         * may write there through a group or an upload service). */
        if (i > 0 && chmod(p, 0700) < 0) {
            *err = xasprintf("cannot set the mode of %s: %s", p, strerror(errno));
            free(p);
            return -1;
        }
        free(p);
    }
    return 0;
}

int dropdir_lock(dropdir *d, char **err)
{
    char *p = dd_path(d, ".zeef.lock");
    int fd = open(p, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *err = xasprintf("cannot open the lock %s: %s", p, strerror(errno));
        free(p);
        return -1;
    }
    free(p);
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
        int e = errno;
        close(fd);
        if (e == EWOULDBLOCK)
            return 1;
        *err = xasprintf("cannot lock %s/.zeef.lock: %s", d->root, strerror(e));
        return -1;
    }
    d->lock_fd = fd;
    return 0;
}

static bool ends_with_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

bool dd_in_progress_name(const char *base)
{
    return base[0] == '.' || starts_with(base, "~$") || ends_with_ci(base, ".part") ||
           ends_with_ci(base, ".tmp") || ends_with_ci(base, ".crdownload");
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const dd_entry *)a)->name, ((const dd_entry *)b)->name);
}

static int scan_dir(const char *dir, const char *rel, int settle, const struct timespec *now, dd_scan_result *r,
                    size_t *cap, int depth, char **err)
{
    if (depth > 16)
        return 0;   /* deeper nesting is left alone */
    DIR *dh = opendir(dir);
    if (!dh) {
        *err = xasprintf("cannot read %s: %s", dir, strerror(errno));
        return -1;
    }
    struct dirent *de;
    int ret = 0;
    errno = 0;
    while ((de = readdir(dh)) != NULL) {
        const char *b = de->d_name;
        if (!strcmp(b, ".") || !strcmp(b, ".."))
            continue;
        struct stat st;
        if (fstatat(dirfd(dh), b, &st, AT_SYMLINK_NOFOLLOW) < 0) {
            if (errno == ENOENT)
                continue;   /* gone while we looked: a supplier's own rename */
            *err = xasprintf("cannot stat a file in %s: %s", dir, strerror(errno));
            ret = -1;
            break;
        }
        char *name = rel ? xasprintf("%s/%s", rel, b) : xstrdup(b);
        if (S_ISDIR(st.st_mode)) {
            if (b[0] == '.') {
                free(name);
                continue;
            }
            char *sub = xasprintf("%s/%s", dir, b);
            ret = scan_dir(sub, name, settle, now, r, cap, depth + 1, err);
            free(sub);
            free(name);
            if (ret < 0)
                break;
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            r->ignored++;
            free(name);
            continue;
        }
        /* A file modified within the last `settle` seconds (or in the
         * future) may still be growing. */
        double mt = (double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9;
        double nw = (double)now->tv_sec + now->tv_nsec / 1e9;
        bool young = settle >= 0 && mt > nw - settle;
        if (dd_in_progress_name(b) || young) {
            r->in_progress++;
            free(name);
            continue;
        }
        if (r->n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            r->v = xreallocarray(r->v, *cap, sizeof *r->v);
        }
        r->v[r->n++] = (dd_entry){name, (long long)st.st_size, (long long)st.st_mtim.tv_sec};
        errno = 0;
    }
    if (ret == 0 && errno != 0 && de == NULL) {
        *err = xasprintf("cannot read %s: %s", dir, strerror(errno));
        ret = -1;
    }
    closedir(dh);
    return ret;
}

int dd_scan(const char *incoming, int settle, dd_scan_result *r, char **err)
{
    memset(r, 0, sizeof *r);
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) < 0) {
        *err = xasprintf("clock_gettime: %s", strerror(errno));
        return -1;
    }
    size_t cap = 0;
    if (scan_dir(incoming, NULL, settle, &now, r, &cap, 0, err) < 0) {
        dd_scan_free(r);
        return -1;
    }
    if (r->n)
        qsort(r->v, r->n, sizeof *r->v, cmp_entry);
    return 0;
}

void dd_scan_free(dd_scan_result *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].name);
    free(r->v);
    memset(r, 0, sizeof *r);
}

int rename_noreplace(const char *from, const char *to)
{
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
}

int write_file_atomic(const char *path, const char *data, size_t len)
{
    char *tmp = xasprintf("%s.tmp", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    int rc = -1, e = 0;
    if (fd < 0) {
        e = errno;
        goto out;
    }
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            e = errno;
            close(fd);
            goto out;
        }
        off += (size_t)n;
    }
    if (fsync(fd) < 0) {
        e = errno;
        close(fd);
        goto out;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        e = errno;
        goto out;
    }
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    rc = fsync_dir(slash ? dir : ".");
    e = errno;
    free(dir);
out:
    if (rc < 0)
        unlink(tmp);
    free(tmp);
    errno = e;
    return rc;
}

void dd_today(char out[16])
{
    time_t t = time(NULL);
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(out, 16, "%Y-%m-%d", &tm))
        snprintf(out, 16, "1970-01-01");
}
