/*
 * cvdoc.h — a CV as the fields stage sees it: numbered lines, each with its
 * page, its section and a normalised copy for rule matching.
 *
 * cvdoc_build() splits the extract stage's page_text into lines, normalises
 * each one (text.h) and assigns sections by the heading rules in
 * rules/sections.rules: every line after a "Werkervaring" heading belongs to
 * the experience section until the next heading.  Lines before the first
 * heading are in CV_SEC_TOP (name, contact details, profile).  A line that
 * starts with a references label and goes on ("Referenties: 1. A. Wessels,
 * ...", rule section.references_label) is the references section together
 * with the rest of its paragraph.
 *
 * Page furniture (a page's running header or footer) is never content: a
 * line page.furniture matches ("Pagina 1 van 2"), the DOCX headers and
 * footers the extract stage gives apart (page_furniture: at the start of
 * page 1 and the end of the last page), and in a PDF of several pages a
 * line that one of the first or last FURNITURE_EDGE lines of two or more
 * pages repeats ("Veldwerk Detachering B.V. · Postbus 1077 ...").
 *
 * cvdoc_quote() gives evidence in the CV's own words: the original text of a
 * line, trimmed and shortened to a readable length.
 */
#ifndef ZEEF_CVDOC_H
#define ZEEF_CVDOC_H

#include <stdbool.h>
#include <stddef.h>

#include "json.h"
#include "rules.h"
#include "text.h"

typedef enum {
    CV_SEC_TOP,
    CV_SEC_EXPERIENCE,
    CV_SEC_EDUCATION,
    CV_SEC_COURSES,
    CV_SEC_REFERENCES,
    CV_SEC_OTHER,
    CV_SEC_CLAIMS        /* the supplier's answers to the request ("Match met de eisen en
                          * wensen": "Wens 6 ... | Ja – zie werkervaring"): claims, no evidence */
} cv_section;

typedef struct {
    char *orig;          /* original text of the line, no newline */
    size_t olen;
    normtext norm;       /* normalised copy */
    size_t at;           /* where norm.s starts in the document's `joined` text */
    int page;            /* 1-based */
    cv_section section;
    bool heading;        /* a section heading */
    bool table_heading;  /* a table's column heading ("Periode", "Functie") */
    bool furniture;      /* a page's running header or footer ("... · Pagina 1 van 2"): never content */
    bool blank;
    bool bullet;         /* starts with a bullet sign */
} cv_line;

typedef struct {
    cv_line *lines;
    size_t n;
    bool has_section[CV_SEC_CLAIMS + 1];
    char *joined;        /* every line's normalised text, joined by spaces */
    size_t joined_len;
    rules_text *text;    /* joined, prepared for rules_sieve_new */
} cvdoc;

/* page_text: the JSON array of page strings from the extract stage. */
void cvdoc_build(cvdoc *d, const json *page_text, const char *page_furniture, ruleset *rs);
void cvdoc_free(cvdoc *d);

/* Evidence object {"page", "text", "rule"} quoting line i. */
json *cvdoc_evidence(const cvdoc *d, size_t i, const char *rule);

/* The original text for normalised bytes [start, end) of line i (malloc'd, trimmed). */
char *cvdoc_orig_span(const cvdoc *d, size_t i, size_t start, size_t end);

/* The original text of lines first..last, each trimmed, joined by sep; an
 * empty line adds nothing, not even a separator (malloc'd). */
char *cvdoc_orig_lines(const cvdoc *d, size_t first, size_t last, const char *sep);

/* Number of words in line i. */
size_t cvdoc_words(const cvdoc *d, size_t i);

/* Length of line i's normalised text without its trailing spaces. */
size_t cvdoc_trimmed_len(const cvdoc *d, size_t i);

/* Does line i start (after spaces) with a lower-case ASCII letter in the CV's
 * own text: most likely the wrapped rest of the line above? */
bool cvdoc_starts_lower(const cvdoc *d, size_t i);

/* Table rows: the extract stage keeps a row's cells apart with tabs in the
 * original text.  cvdoc_is_row: does line i hold more than one cell?
 * cvdoc_cell: cell k of line i as a pointer into its original text and *len
 * (cell 0 of a line that is no row is the whole line); NULL when the line
 * has fewer cells. */
bool cvdoc_is_row(const cvdoc *d, size_t i);
const char *cvdoc_cell(const cvdoc *d, size_t i, size_t k, size_t *len);

#endif
