/*
 * part.h — what an extraction child sends back: its share of the record.
 *
 *     part_job j = {docx_extract, false, data, len};
 *     isolate_run(&limits, part_child, &j, ...);     // or part_write() directly
 *
 * The child (isolate.c) runs pdf_extract() or docx_extract() and writes one
 * JSON object to fd: {"format", "status", "error", "pages", "pages_exact",
 * "page_text"}.  zeef-extract merges it into the record it has begun (file,
 * sha256).  Used by zeef-extract for DOCX and by zeef-extract-pdf for PDF.
 */
#ifndef ZEEF_PART_H
#define ZEEF_PART_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

/* Writes the part and closes fd; _exit(1) when it cannot be written. */
void part_write(int fd, bool is_pdf, doc_error e, const doc_text *t, const char *msg);

/* One document for part_child(): the extractor to run on its bytes. */
typedef struct {
    doc_error (*extract)(const unsigned char *data, size_t len, doc_text *out, char **message);
    bool is_pdf;
    const unsigned char *data;
    size_t len;
} part_job;

/* isolate_run()'s work function (arg: a part_job): extract, part_write(). */
void part_child(int fd, void *arg);

#endif
