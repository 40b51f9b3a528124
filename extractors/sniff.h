/*
 * sniff.h — tell a document's format from its first bytes, never its name.
 */
#ifndef ZEEF_SNIFF_H
#define ZEEF_SNIFF_H

#include <stddef.h>

typedef enum {
    SNIFF_EMPTY,          /* zero bytes (or only whitespace) */
    SNIFF_PDF,            /* "%PDF-" near the start */
    SNIFF_ZIP,            /* a zip container: maybe DOCX, docx.c decides */
    SNIFF_OLE_ENCRYPTED,  /* OLE2/CFB with an EncryptedPackage stream: password-protected OOXML */
    SNIFF_OLE,            /* other OLE2/CFB: legacy .doc, .xls, ... */
    SNIFF_UNKNOWN
} sniff_format;

sniff_format sniff(const unsigned char *data, size_t len);

#endif
