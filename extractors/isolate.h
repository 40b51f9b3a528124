/*
 * isolate.h — run one document's extraction in a child process of its own.
 *
 * Extraction parses untrusted bytes with large C libraries (poppler, libzip,
 * libxml2).  A file that makes one of them crash, loop or eat memory must
 * cost only that file's record, never the batch.  isolate_run() forks; the
 * child sets resource limits (address space, CPU time, open files, file size,
 * no core dumps), runs the work function, which writes its result to a pipe,
 * and exits.  The parent reads the pipe with a wall-clock deadline and
 * SIGKILLs the child when it passes.
 */
#ifndef ZEEF_ISOLATE_H
#define ZEEF_ISOLATE_H

#include <stddef.h>

typedef struct {
    int timeout_s;         /* wall clock; the child is SIGKILLed after it */
    size_t memory_mb;      /* RLIMIT_AS (not applied under AddressSanitizer) */
    size_t max_output;     /* bytes the child may write before it is killed */
} isolate_limits;

typedef enum {
    ISOLATE_OK,            /* exited 0; *output holds what it wrote */
    ISOLATE_TIMEOUT,       /* killed at the deadline */
    ISOLATE_OOM,           /* ran out of memory: allocation failed, the kernel killed it, or it
                              died with its resident set near memory_mb */
    ISOLATE_CRASH,         /* died by a signal, or exited non-zero */
    ISOLATE_TOO_MUCH,      /* wrote more than max_output */
    ISOLATE_FAILED         /* could not fork or make a pipe (errno set) */
} isolate_status;

/* fn runs in the child and writes its result to fd.  Returns the status;
 * *output (malloc'd, NUL-terminated) and *outlen are set for ISOLATE_OK.
 * *detail gets a short description for the others (malloc'd). */
isolate_status isolate_run(const isolate_limits *lim, void (*fn)(int fd, void *arg), void *arg,
                           char **output, size_t *outlen, char **detail);

#endif
