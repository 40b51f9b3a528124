/*
 * dropdir.h — a tender's drop folder on disk: its layout, its configuration,
 * its lock, and the file-system steps that must be atomic and durable.
 *
 *     TENDER/
 *       tender.conf        "profile = PATH" (relative to TENDER), optional
 *                          "settle = SECONDS"; or instead:
 *       profile            the profile itself, or a symlink to it
 *       incoming/          suppliers write here; zeef only renames out of it
 *       work/              claimed files, named by arrival id (0700)
 *       processed/DATE/    originals of documents that were screened (0700)
 *       failed/DATE/       originals that could not be read, each with
 *                          NAME.error.json next to it (0700)
 *       reports/           results.jsonl, report.html, report.csv,
 *                          run-summary.json (0700, files 0600)
 *       ledger.sqlite      the ledger (0600), see ledger.h
 *       .zeef.lock         flock(2): one run (or purge) at a time
 *
 * Files still being written are left alone: names starting with "." or
 * "~$" (office lock files), names ending in .part, .tmp or .crdownload (any
 * case), and files modified less than `settle` seconds ago.  Only regular
 * files are claimed; symlinks, FIFOs and devices are never followed or
 * opened and are counted as "ignored".
 */
#ifndef ZEEF_DROPDIR_H
#define ZEEF_DROPDIR_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#define DROPDIR_DEFAULT_SETTLE 60

typedef struct {
    char *root;           /* absolute path of the drop folder */
    char *profile_path;   /* absolute, symlinks resolved */
    int settle;           /* from tender.conf; DROPDIR_DEFAULT_SETTLE when not set */
    int lock_fd;          /* -1 until dropdir_lock() */
} dropdir;

/* Reads TENDER's configuration.  -1 with *err (malloc'd) when the folder or
 * its profile cannot be found. */
int dropdir_open(const char *path, dropdir *d, char **err);
void dropdir_close(dropdir *d);

/* root/rel, malloc'd. */
char *dd_path(const dropdir *d, const char *rel);

/* Creates work/, processed/, failed/, reports/ (0700) and incoming/ when
 * missing.  -1 with *err on failure. */
int dropdir_prepare(const dropdir *d, char **err);

/* Takes the drop folder's lock without waiting: 0 taken, 1 somebody else
 * holds it, -1 with *err on error. */
int dropdir_lock(dropdir *d, char **err);

/* True for names of files that are still being written (see above). */
bool dd_in_progress_name(const char *base);

typedef struct {
    char *name;           /* relative to incoming/, e.g. "Jan.pdf" or "lot2/Jan.pdf" */
    long long size;
    long long mtime;      /* seconds since the epoch */
} dd_entry;

typedef struct {
    dd_entry *v;
    size_t n;
    size_t in_progress;   /* left alone: still being written */
    size_t ignored;       /* not regular files */
} dd_scan_result;

/* Lists the claimable files under incoming/ (recursively, sorted by name).
 * settle < 0 counts every regular, well-named file as claimable (status). */
int dd_scan(const char *incoming, int settle, dd_scan_result *r, char **err);
void dd_scan_free(dd_scan_result *r);

/* rename(2) that never replaces an existing target (renameat2 NOREPLACE). */
int rename_noreplace(const char *from, const char *to);
/* fsync of a directory, so that a rename or create in it is durable. */
int fsync_dir(const char *path);
/* mkdir -p with mode 0700 for what it creates; fsyncs the parents. */
int mkdirs(const char *path);
/* Writes data to path atomically: path.tmp, fsync, rename, fsync dir. */
int write_file_atomic(const char *path, const char *data, size_t len);
bool path_exists(const char *path);

/* The local date, "YYYY-MM-DD", for processed/DATE/. */
void dd_today(char out[16]);

#endif
