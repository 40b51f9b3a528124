/*
 * pool.h — N workers that run documents through the first three stages.
 *
 * Each worker is one pipeline of the stage executables,
 *
 *     zeef-extract -0 | zeef-fields --tender P | zeef-check --tender P
 *
 * started once and fed one file name at a time: when a worker's record
 * comes back, the next name goes in.  So the rule files are compiled once
 * per worker, not once per document, and a slow document holds up only its
 * own worker.  Every stage is a JSON Lines filter that writes (and flushes)
 * one record per input, so the record that comes back is the answer to the
 * name that went in.
 *
 * A worker whose pipeline dies (a stage crashed) reports its document as
 * failed (rec == NULL) and is started again for the next document.  The
 * stage processes get SIGKILL when zeef itself dies (PR_SET_PDEATHSIG), so a
 * killed run leaves no workers behind.
 */
#ifndef ZEEF_POOL_H
#define ZEEF_POOL_H

#include <stddef.h>

#include "json.h"

/* Called for each finished document, in the order they finish.  rec is the
 * zeef-check record (the callee takes ownership), or NULL when the pipeline
 * failed on this document. */
typedef void (*pool_done_fn)(void *ctx, size_t job, json *rec);

/*
 * Runs paths[0..n) through `workers` pipelines of the executables in bindir
 * with the profile.  Returns 0 when every job was answered (with a record
 * or NULL), -1 with *err when the workers could not be started or kept
 * dying without answering anything.
 */
int pool_run(const char *bindir, const char *profile, int workers, char *const *paths, size_t n,
             pool_done_fn done, void *ctx, char **err);

#endif
