/*
 * extract.c — zeef-extract, the first stage: documents in, text records out.
 *
 *     zeef-extract [OPTIONS] FILE...
 *     find inbox -type f -print0 | zeef-extract -0
 *
 * For every input file it writes one JSON Lines record to stdout, whatever
 * happens to the file: the contract's identity fields (schema, file, sha256,
 * format, status, error, pages, pages_exact) and the text, page by page, in
 * "page_text" (a field of our own that later stages consume and the score
 * stage drops), and for a DOCX with running headers or footers their text in
 * "page_furniture" (also ours, dropped by the fields stage).
 *
 * The steps per file:
 *   1. read it whole (capped by --max-size: "too_large"), hash it;
 *   2. tell its format from its bytes (sniff.c), never from its name;
 *   3. extract in a child process under time and memory limits (isolate.c):
 *      DOCX through libzip and libxml2 (docx.c) in a child of this process;
 *      PDF through poppler-glib (pdf.c) in a child of zeef-extract-pdf, a
 *      helper started at the first PDF (pdfhelper.h), because this process
 *      forks faster without poppler mapped; the child writes its part of the
 *      record (part.h) to a pipe;
 *   4. merge, write the record.
 * A file that cannot be read, or that crashes, hangs or exhausts the child,
 * gets an error record with the contract's code; the run goes on.  Exit
 * status is 0 when every input got a record (error records included), 2 on
 * usage errors or when stdout cannot be written.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "doc.h"
#include "isolate.h"
#include "json.h"
#include "part.h"
#include "pdfhelper.h"
#include "sniff.h"
#include "util.h"
#include "warm.h"

static const char usage[] =
    "usage: zeef-extract [OPTIONS] [FILE...]\n"
    "\n"
    "Reads PDF and DOCX documents and writes one JSON Lines record per document\n"
    "to stdout: file, sha256, format (from the content), status, error, pages,\n"
    "pages_exact and the text per page (page_text; a DOCX's running headers and\n"
    "footers also apart, in page_furniture).  Unreadable files get an\n"
    "error record with a code: encrypted, corrupt, empty, unsupported_format,\n"
    "no_text, unsafe_xml, too_large, timeout, io.\n"
    "\n"
    "Without FILE arguments, reads file names from stdin, one per line (or\n"
    "NUL-separated with -0).  A line may also be a JSON object with a \"file\"\n"
    "member.\n"
    "\n"
    "Each document is extracted in a child process of its own; PDFs in children\n"
    "of zeef-extract-pdf, a helper started at the first PDF, which must be\n"
    "installed next to zeef-extract.\n"
    "\n"
    "Options:\n"
    "  -0, --null          file names on stdin are NUL-separated\n"
    "  -t, --timeout SECS  wall-clock limit per document (default 20)\n"
    "  -m, --memory MB     address-space limit per document (default 1024)\n"
    "  -s, --max-size MB   largest file read (default 50)\n"
    "  -j, --jobs N        extract N documents at a time (default: the number of\n"
    "                      cores); records still come out in input order\n"
    "  -h, --help          show this help\n";

typedef struct {
    const unsigned char *data;
    size_t len;
    sniff_format fmt;
} job;

typedef struct {
    int timeout_s;
    size_t memory_mb;
    size_t max_size_mb;
} options;

static json *error_record(json *rec, const char *code, const char *message)
{
    json *err = json_object();
    json_set_str(err, "code", code);
    json_set_str(err, "message", message);
    json_set_str(rec, "status", "error");
    json_set(rec, "error", err);
    return rec;
}

/*
 * Why path is not a regular file we can read, or NULL when it is.  The file
 * is read here, in the parent, outside any time limit, and open(2) of a FIFO
 * (or of a symlink to one: run.sh passes the inbox's symlinks) blocks until
 * a writer comes, read(2) of a character device may never end: so look
 * first, with O_NONBLOCK, which makes open return at once.
 */
static const char *not_regular(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return strerror(errno);
    struct stat st;
    int r = fstat(fd, &st);
    int e = errno;
    close(fd);
    if (r < 0)
        return strerror(e);
    if (S_ISDIR(st.st_mode))
        return "is a directory";
    if (!S_ISREG(st.st_mode))
        return "not a regular file (a pipe, socket or device)";
    return NULL;
}

static json *extract_file(const options *o, const char *path)
{
    json *rec = json_object();
    json_set_str(rec, "schema", "zeef/1");
    json_set_str(rec, "file", path);
    json_set_null(rec, "sha256");
    json_set_null(rec, "format");
    json_set_str(rec, "status", "ok");
    json_set_null(rec, "error");
    json_set_null(rec, "pages");
    json_set_null(rec, "pages_exact");
    json_set(rec, "page_text", json_array());

    const char *why = not_regular(path);
    if (why) {
        char *m = xasprintf("cannot read file: %s", why);
        error_record(rec, "io", m);
        free(m);
        return rec;
    }
    char *data;
    size_t len;
    int rc = read_file(path, o->max_size_mb << 20, &data, &len);
    if (rc == -2) {
        char *m = xasprintf("file is larger than the limit of %zu MB", o->max_size_mb);
        error_record(rec, "too_large", m);
        free(m);
        return rec;
    }
    if (rc < 0) {
        char *m = xasprintf("cannot read file: %s", strerror(errno));
        error_record(rec, "io", m);
        free(m);
        return rec;
    }
    char hex[65];
    sha256_hex(data, len, hex);
    json_set_str(rec, "sha256", hex);

    job j = {(const unsigned char *)data, len, sniff((const unsigned char *)data, len)};
    switch (j.fmt) {
    case SNIFF_EMPTY:
        error_record(rec, "empty", len ? "file holds only whitespace" : "file is empty (0 bytes)");
        free(data);
        return rec;
    case SNIFF_OLE_ENCRYPTED:
        json_set_str(rec, "format", "docx");
        error_record(rec, "encrypted", "Word document is protected with a password");
        free(data);
        return rec;
    case SNIFF_OLE:
        error_record(rec, "unsupported_format",
                     "legacy binary Office document (.doc); please submit PDF or DOCX");
        free(data);
        return rec;
    case SNIFF_UNKNOWN:
        error_record(rec, "unsupported_format", "not a PDF or DOCX document");
        free(data);
        return rec;
    case SNIFF_PDF:
    case SNIFF_ZIP:
        break;
    }

    isolate_limits lim = {o->timeout_s, o->memory_mb, (size_t)DOC_MAX_TEXT * 8 + 65536};
    char *out, *detail;
    size_t outlen;
    part_job pj = {docx_extract, false, j.data, j.len};
    isolate_status st = j.fmt == SNIFF_PDF ? pdf_helper_run(&lim, j.data, j.len, &out, &outlen, &detail)
                                           : isolate_run(&lim, part_child, &pj, &out, &outlen, &detail);
    free(data);
    const char *fmt = j.fmt == SNIFF_PDF ? "pdf" : "docx";
    switch (st) {
    case ISOLATE_OK: {
        char *perr = NULL;
        json *part = json_parse(out, outlen, &perr);
        if (!part || part->type != JSON_OBJECT) {
            char *m = xasprintf("internal error: extractor output unreadable (%s)", perr ? perr : "?");
            error_record(rec, "corrupt", m);
            free(m);
        } else {
            for (size_t i = 0; i < part->len; i++) {
                json_set(rec, part->keys[i], part->items[i]);
                part->items[i] = NULL;
            }
        }
        free(perr);
        json_free(part);
        break;
    }
    case ISOLATE_TIMEOUT:
        json_set_str(rec, "format", fmt);
        error_record(rec, "timeout", detail);
        break;
    case ISOLATE_OOM:
    case ISOLATE_TOO_MUCH:
        json_set_str(rec, "format", fmt);
        error_record(rec, "too_large", detail);
        break;
    case ISOLATE_CRASH:
        json_set_str(rec, "format", fmt);
        error_record(rec, "corrupt", detail);
        break;
    case ISOLATE_FAILED:
        error_record(rec, "io", detail);
        break;
    }
    free(out);
    free(detail);
    return rec;
}

/* Extracts one file and writes its record to out. */
static void emit(const options *o, const char *path, FILE *out)
{
    json *rec = extract_file(o, path);
    const json *err = json_get(rec, "error");
    if (!json_is_null(err))
        warnx_("%s: %s: %s", path, json_get_str(err, "code"), json_get_str(err, "message"));
    int rc = json_write_line(out, rec);
    json_free(rec);
    if (rc < 0)
        die("cannot write records: %s", strerror(errno));
}

/*
 * Parallel extraction with -j N.  N lane processes are forked; lane k
 * extracts files k, k+N, k+2N, ... in order (each still in a child of its
 * own, isolate.c) and writes their records to a pipe.  The parent reads one
 * line from each lane in turn, so records come out in input order whatever
 * finishes first.  A lane that is ahead blocks on its pipe until the parent
 * wants its next record: memory stays bounded.
 */
static void emit_parallel(const options *o, char **paths, size_t n, int jobs)
{
    FILE **lanes = xcalloc((size_t)jobs, sizeof *lanes);
    pid_t *pids = xcalloc((size_t)jobs, sizeof *pids);
    fflush(NULL);
    for (int k = 0; k < jobs; k++) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) < 0)
            die("pipe: %s", strerror(errno));
        pid_t pid = fork();
        if (pid < 0)
            die("fork: %s", strerror(errno));
        if (pid == 0) {
            close(fds[0]);
            for (int q = 0; q < k; q++)
                fclose(lanes[q]);
            FILE *out = fdopen(fds[1], "w");
            if (!out)
                _exit(2);
            for (size_t i = (size_t)k; i < n; i += (size_t)jobs)
                emit(o, paths[i], out);
            pdf_helper_stop();
            _exit(fclose(out) == 0 ? 0 : 2);
        }
        close(fds[1]);
        lanes[k] = fdopen(fds[0], "r");
        if (!lanes[k])
            die("fdopen: %s", strerror(errno));
        pids[k] = pid;
    }
    char *line = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        ssize_t len = getline(&line, &cap, lanes[i % (size_t)jobs]);
        if (len <= 0) {
            /* the lane died: every file it still owed gets an error record */
            json *rec = json_object();
            json_set_str(rec, "schema", "zeef/1");
            json_set_str(rec, "file", paths[i]);
            json_set_null(rec, "sha256");
            json_set_null(rec, "format");
            json_set_str(rec, "status", "error");
            json *err = json_object();
            json_set_str(err, "code", "io");
            json_set_str(err, "message", "extraction worker ended unexpectedly");
            json_set(rec, "error", err);
            json_set_null(rec, "pages");
            json_set_null(rec, "pages_exact");
            json_set(rec, "page_text", json_array());
            warnx_("%s: io: extraction worker ended unexpectedly", paths[i]);
            if (json_write_line(stdout, rec) < 0)
                die("cannot write to stdout: %s", strerror(errno));
            json_free(rec);
            continue;
        }
        if (fwrite(line, 1, (size_t)len, stdout) != (size_t)len || fflush(stdout) != 0)
            die("cannot write to stdout: %s", strerror(errno));
    }
    free(line);
    for (int k = 0; k < jobs; k++) {
        fclose(lanes[k]);
        while (waitpid(pids[k], NULL, 0) < 0 && errno == EINTR)
            ;
    }
    free(lanes);
    free(pids);
}

static size_t parse_size(const char *s, const char *what)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v <= 0 || v > 1000000)
        die("%s: expected a positive number, got \"%s\"", what, s);
    return (size_t)v;
}

static void add_path(char ***paths, size_t *n, size_t *cap, const char *p)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *paths = xreallocarray(*paths, *cap, sizeof **paths);
    }
    (*paths)[(*n)++] = xstrdup(p);
}

int main(int argc, char **argv)
{
    zeef_progname = "zeef-extract";
    options o = {20, 1024, 50};
    bool nul = false;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = cores > 0 ? (int)cores : 1;
    static const struct option longopts[] = {
        {"null", no_argument, NULL, '0'},     {"timeout", required_argument, NULL, 't'},
        {"memory", required_argument, NULL, 'm'}, {"max-size", required_argument, NULL, 's'},
        {"jobs", required_argument, NULL, 'j'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "0t:m:s:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case '0': nul = true; break;
        case 't': o.timeout_s = (int)parse_size(optarg, "--timeout"); break;
        case 'm': o.memory_mb = parse_size(optarg, "--memory"); break;
        case 's': o.max_size_mb = parse_size(optarg, "--max-size"); break;
        case 'j': jobs = (int)parse_size(optarg, "--jobs"); break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (jobs > 64)
        jobs = 64;
    char **paths = NULL;
    size_t n = 0, cap = 0;
    for (int i = optind; i < argc; i++)
        add_path(&paths, &n, &cap, argv[i]);
    if (optind >= argc) {
        char *line = NULL;
        size_t lcap = 0;
        ssize_t len;
        while ((len = getdelim(&line, &lcap, nul ? '\0' : '\n', stdin)) >= 0) {
            if (!nul && len && line[len - 1] == '\n')
                line[--len] = '\0';
            if (len == 0)
                continue;
            if (!nul && line[0] == '{') {
                char *err = NULL;
                json *v = json_parse(line, (size_t)len, &err);
                const char *f = json_get_str(v, "file");
                if (f)
                    add_path(&paths, &n, &cap, f);
                else
                    warnx_("stdin: line is neither a file name nor a JSON object with \"file\": %s",
                           err ? err : "no file member");
                free(err);
                json_free(v);
                continue;
            }
            add_path(&paths, &n, &cap, line);
        }
        free(line);
    }
    if (n > 0)
        extract_warm_up();
    if (jobs > 1 && n > 1)
        emit_parallel(&o, paths, n, jobs > (int)n ? (int)n : jobs);
    else
        for (size_t i = 0; i < n; i++)
            emit(&o, paths[i], stdout);
    pdf_helper_stop();
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return 0;
}
