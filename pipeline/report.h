/*
 * report.h — the human-readable reports of one batch: report.html for the
 * procurement officer and assessors, report.csv for a Dutch-locale
 * spreadsheet.  See the comment at the top of report.c for their structure
 * and docs/report-csv.md for the CSV columns.
 *
 * Both writers only read the result records (the contract in
 * RESULTS.md plus the detail fields the pipeline adds) and the tender
 * profile; they tolerate missing, null or mistyped fields in any record, and
 * their output depends on nothing but their input (no dates, no locale), so
 * the same batch always gives the same bytes.
 */
#ifndef ZEEF_REPORT_H
#define ZEEF_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "json.h"
#include "profile.h"

/* Writes the HTML report of one batch. recs: the final result records, already in contract order
   (eligible by rank, then the rest). Returns 0, or -1 with *err (malloc'd) on write errors. */
int report_write_html(FILE *out, const profile *p, json **recs, size_t n, char **err);

/* Writes the CSV: one row per record (= per input file). */
int report_write_csv(FILE *out, const profile *p, json **recs, size_t n, char **err);

#endif
