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

/* Options of the reports (NULL or all zero: Dutch, not blind). */
typedef struct {
    const char *lang;   /* "nl" (default) or "en": the report's own words; CV text and the
                           pipeline's reasons are quoted as they are */
    int blind;          /* the records were made by report_blind_records(): no contact details,
                           file names or sha256; the reports say so */
} report_options;

/* True for a supported language code ("nl", "en"). */
int report_lang_ok(const char *lang);

/* Writes the HTML report of one batch. recs: the final result records, already in contract order
   (eligible by rank, then the rest). Returns 0, or -1 with *err (malloc'd) on write errors. */
int report_write_html(FILE *out, const profile *p, json **recs, size_t n, char **err);

/* Writes the CSV: one row per record (= per input file). */
int report_write_csv(FILE *out, const profile *p, json **recs, size_t n, char **err);

/* The same with options (the functions above use the defaults). */
int report_write_html_opt(FILE *out, const profile *p, json **recs, size_t n,
                          const report_options *o, char **err);
int report_write_csv_opt(FILE *out, const profile *p, json **recs, size_t n,
                         const report_options *o, char **err);

/* The interview sheet (interview.html): one printable page per shortlisted
 * candidate with the profile's competencies, a column per assessor (two) to
 * mark onvoldoende / voldoende / goed with room for notes, and the rule that
 * every competency needs at least a "voldoende". */
int report_write_interview(FILE *out, const profile *p, json **recs, size_t n,
                           const report_options *o, char **err);

/* ---- blind screening (report_blind.c) ----
 *
 * report_blind_records() returns deep copies of the records for the human
 * reports, in the same order, with the personal details taken out:
 * candidate {name: "Kandidaat A" (letters in record order = rank order),
 * email, phone: null}; file: the same label; sha256: null (the key has it);
 * and every other string (evidence quotes, positions, education, reasons,
 * messages) passed through report_redact() with the candidate's name tokens
 * (from the extracted name and the file name).  Free with
 * report_blind_free(). */
json **report_blind_records(json **recs, size_t n, const report_options *o);
void report_blind_free(json **brecs, size_t n);

/* The letter of record i: 0 -> "A", 25 -> "Z", 26 -> "AA" ... (malloc'd). */
char *report_blind_letter(size_t i);

/* The key that links letters to files (CSV like report.csv: BOM, ";", CRLF):
 * letter; label; file; sha256; name.  The caller creates the file mode 0600. */
int report_write_blind_key(FILE *out, json **recs, size_t n, const report_options *o, char **err);

/* A copy of s with personal details replaced by "[…]" placeholders: e-mail
 * addresses, links, phone numbers, postcodes, full dates (birth dates), the
 * values after labels such as "geboren", "geboortedatum", "leeftijd",
 * "nationaliteit", "geslacht", "adres", "woonplaats", "e-mail", "telefoon"
 * (Dutch, English, German), a line that is only "man" / "vrouw", and every
 * whole-word occurrence (case and accents ignored) of the given name tokens.
 * Malloc'd; NULL for NULL. */
char *report_redact(const char *s, const char *const *tokens, size_t ntokens);

#endif
