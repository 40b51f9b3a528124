/*
 * part.c — the extraction child's share of a record (see part.h).
 */
#include "part.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "json.h"

void part_write(int fd, bool is_pdf, doc_error e, const doc_text *t, const char *msg)
{
    json *r = json_object();
    const char *format = is_pdf ? "pdf" : "docx";
    if (e == DOC_ERR_UNSUPPORTED && !is_pdf)
        format = NULL;   /* a zip, but not a Word document */
    json_set_str(r, "format", format);
    json_set_str(r, "status", e == DOC_OK ? "ok" : "error");
    if (e == DOC_OK) {
        json_set_null(r, "error");
    } else {
        json *err = json_object();
        json_set_str(err, "code", doc_error_code(e));
        json_set_str(err, "message", msg ? msg : doc_error_code(e));
        json_set(r, "error", err);
    }
    if (t->page_count >= 0) {
        json_set_int(r, "pages", t->page_count);
        json_set_bool(r, "pages_exact", t->pages_exact);
    } else {
        json_set_null(r, "pages");
        json_set_null(r, "pages_exact");
    }
    json *pages = json_array();
    for (size_t i = 0; i < t->npages; i++)
        json_push(pages, json_string(t->pages[i]));
    json_set(r, "page_text", pages);
    if (t->furniture)
        json_set_str(r, "page_furniture", t->furniture);
    if (t->a4_pages > t->page_count && t->page_count > 0)
        json_set_int(r, "pages_a4", t->a4_pages);
    FILE *out = fdopen(fd, "w");
    if (!out)
        _exit(1);
    json_write(out, r);
    if (fclose(out) != 0)
        _exit(1);
    json_free(r);
}

void part_child(int fd, void *arg)
{
    const part_job *j = arg;
    doc_text t;
    char *msg = NULL;
    doc_error e = j->extract(j->data, j->len, &t, &msg);
    part_write(fd, j->is_pdf, e, &t, msg);
    doc_text_free(&t);
    free(msg);
}
