/*
 * doc.c — the parts of the extractor interface shared by all formats:
 * freeing extracted text and naming error codes (see doc.h).
 */
#include "doc.h"

#include <stdlib.h>

void doc_text_free(doc_text *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->npages; i++)
        free(t->pages[i]);
    free(t->pages);
    t->pages = NULL;
    t->npages = 0;
    free(t->furniture);
    t->furniture = NULL;
}

const char *doc_error_code(doc_error e)
{
    switch (e) {
    case DOC_OK: return NULL;
    case DOC_ERR_ENCRYPTED: return "encrypted";
    case DOC_ERR_CORRUPT: return "corrupt";
    case DOC_ERR_EMPTY: return "empty";
    case DOC_ERR_UNSUPPORTED: return "unsupported_format";
    case DOC_ERR_NO_TEXT: return "no_text";
    case DOC_ERR_UNSAFE_XML: return "unsafe_xml";
    case DOC_ERR_TOO_LARGE: return "too_large";
    case DOC_ERR_TIMEOUT: return "timeout";
    case DOC_ERR_IO: return "io";
    }
    return "corrupt";
}
