/*
 * extract-pdf.c — zeef-extract-pdf, zeef-extract's PDF helper (see pdfhelper.h).
 *
 *     zeef-extract-pdf --serve      (started by zeef-extract; not for people)
 *
 * Reads requests on stdin, one PDF each, and answers each on stdout, in the
 * wire format of pdfhelper.h.  It loads and warms up poppler once
 * (warm_pdf.c); every PDF is then extracted in a forked child of its own
 * under the request's limits (isolate_run), exactly as zeef-extract does for
 * a DOCX, and the answer is what isolate_run returned.  It ends at the end of
 * its input.  A request it cannot read (a zeef-extract that died halfway)
 * ends it too.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "isolate.h"
#include "part.h"
#include "pdfhelper.h"
#include "util.h"
#include "warm.h"

static const char usage[] =
    "usage: zeef-extract-pdf --serve\n"
    "\n"
    "The PDF helper of zeef-extract: it reads PDF documents from stdin and\n"
    "answers with their text, each extracted in a child process of its own\n"
    "under the time and memory limits zeef-extract sends.  zeef-extract starts\n"
    "it when it meets the first PDF; it is found next to zeef-extract, so\n"
    "install the two together.  Not meant to be run by hand.\n";

#define MAX_REQUEST ((uint64_t)1 << 31)   /* zeef-extract reads at most --max-size (MB) */

static void answer(int32_t st, const char *out, size_t outlen, const char *detail)
{
    uint64_t ol = outlen, dl = detail ? strlen(detail) : 0;
    if (write_all(1, &st, sizeof st) || write_all(1, &ol, sizeof ol) || write_all(1, out, outlen) ||
        write_all(1, &dl, sizeof dl) || write_all(1, detail ? detail : "", dl))
        exit(errno == EPIPE ? 0 : 1);
}

int main(int argc, char **argv)
{
    zeef_progname = PDF_HELPER_NAME;
    if (argc != 2 || strcmp(argv[1], "--serve") != 0) {
        fputs(usage, argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) ? stdout : stderr);
        return argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) ? 0 : 2;
    }
    extract_warm_up();
    extract_warm_up_pdf();
    for (;;) {
        uint64_t len, mem, maxout;
        int32_t timeout;
        if (read_all(0, &len, sizeof len) < 0)
            return errno == 0 ? 0 : 1;          /* no more requests */
        if (len == 0 || len > MAX_REQUEST)
            die("bad request (%llu bytes)", (unsigned long long)len);
        unsigned char *data = xmalloc(len);
        if (read_all(0, data, len) < 0 || read_all(0, &timeout, sizeof timeout) < 0 ||
            read_all(0, &mem, sizeof mem) < 0 || read_all(0, &maxout, sizeof maxout) < 0)
            die("request cut short");
        isolate_limits lim = {timeout, (size_t)mem, (size_t)maxout};
        part_job j = {pdf_extract, true, data, len};
        char *out, *detail;
        size_t outlen;
        isolate_status st = isolate_run(&lim, part_child, &j, &out, &outlen, &detail);
        free(data);
        answer((int32_t)st, out ? out : "", out ? outlen : 0, detail);
        free(out);
        free(detail);
    }
}
