/*
 * stage.h — what every pipeline stage does the same way: find and load the
 * tender profile and its rules, read JSON Lines records, write them.
 */
#ifndef ZEEF_STAGE_H
#define ZEEF_STAGE_H

#include <stdio.h>

#include "json.h"
#include "profile.h"
#include "rules.h"

/*
 * Loads the profile at path (NULL: the default profile, PROFILE_DEFAULT,
 * looked up in the current directory and then next to the zeef tree the
 * executable was built in) and, when rs is not NULL, its rule files.  Exits
 * with a message naming file and line when either is bad.
 */
void stage_load_tender(const char *path, profile **p, ruleset **rs);

/* Parses the options of a filter stage: -t/--tender PROFILE and -h/--help.
 * Prints usage and exits on --help (0) and on anything else (2).  Returns
 * the profile path, or NULL for the default. */
const char *stage_options(int argc, char **argv, const char *usage);

/* The filter loop: every record on stdin goes through fn and to stdout.
 * The JSON values made while a record is read and goes through fn live in
 * an arena emptied after the record (json_use_arena): fn must keep none of
 * them, nor anything pointing into them, for a later record. */
void stage_filter(void (*fn)(json *rec, void *ctx), void *ctx);

/* Reads the next record: 1 with *rec set, 0 at the end, -1 for a bad line
 * (reported on stderr with its line number; the caller goes on). */
int stage_read(FILE *in, json **rec, long *lineno);

/* Writes one record to stdout; exits when stdout fails. */
void stage_write(const json *rec);

#endif
