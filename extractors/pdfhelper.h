/*
 * pdfhelper.h — extract a PDF through zeef-extract-pdf, the PDF helper.
 *
 * zeef-extract forks a child for every document (isolate.c), and a fork costs
 * in proportion to what the forking process has mapped.  poppler brings some
 * fifty shared libraries (cairo, nss, ICU, ...) that a DOCX never needs: with
 * them mapped, forking and reaping a DOCX child took longer than extracting
 * the DOCX.  So zeef-extract does not link poppler at all.  The first PDF
 * starts zeef-extract-pdf (found next to the running executable), a
 * long-lived helper that has poppler loaded and warmed up; for each PDF it
 * forks a child of its own under the same limits (isolate_run), and answers
 * with what isolate_run returned.  One helper per zeef-extract process (per
 * lane with -j N), talking over two pipes, one request at a time.
 *
 *     st = pdf_helper_run(&lim, data, len, &out, &outlen, &detail);
 *     pdf_helper_stop();      // before exit: ends and reaps the helper
 *
 * pdf_helper_run() has isolate_run()'s contract.  When the helper cannot be
 * started, dies, or does not answer within the time limit plus 10 s, the
 * document gets ISOLATE_FAILED or ISOLATE_TIMEOUT with a detail saying so,
 * and the next PDF starts a new helper.
 */
#ifndef ZEEF_PDFHELPER_H
#define ZEEF_PDFHELPER_H

#include <stddef.h>

#include "isolate.h"

isolate_status pdf_helper_run(const isolate_limits *lim, const unsigned char *data, size_t len, char **output,
                              size_t *outlen, char **detail);
void pdf_helper_stop(void);

/* The wire format, shared with extract-pdf.c.  Native byte order: both ends
 * are the same build on the same machine.
 *   request:  uint64 len, then len bytes of PDF;  int32 timeout_s;
 *             uint64 memory_mb;  uint64 max_output
 *   response: int32 status;  uint64 outlen, then outlen bytes;
 *             uint64 detaillen, then detaillen bytes */
#define PDF_HELPER_NAME "zeef-extract-pdf"

#endif
