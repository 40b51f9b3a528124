/*
 * sniff.c — format detection by content (see sniff.h).
 *
 * PDF: the "%PDF-" header, which readers accept anywhere in the first 1024
 * bytes.  Zip: the local file header "PK\3\4" (or an empty archive's end
 * record).  OLE2 compound files (D0 CF 11 E0 A1 B1 1A E1) are either a
 * password-protected Office 2007+ document, recognisable by the UTF-16LE
 * stream name "EncryptedPackage" in a directory sector, or a legacy binary
 * document.  We look for the name in the whole file rather than walking the
 * FAT: it can only produce "encrypted" instead of "unsupported_format", and
 * both are error records.
 */
#include "sniff.h"

#include <string.h>

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

static int has_utf16(const unsigned char *d, size_t len, const char *ascii)
{
    size_t n = strlen(ascii);
    if (len < 2 * n)
        return 0;
    for (size_t i = 0; i + 2 * n <= len; i++) {
        size_t k = 0;
        while (k < n && d[i + 2 * k] == (unsigned char)ascii[k] && d[i + 2 * k + 1] == 0)
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

sniff_format sniff(const unsigned char *data, size_t len)
{
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t' || data[i] == 0))
        i++;
    if (i == len)
        return SNIFF_EMPTY;
    size_t window = len < 1024 ? len : 1024;
    for (size_t k = 0; k + 5 <= window; k++)
        if (memcmp(data + k, "%PDF-", 5) == 0)
            return SNIFF_PDF;
    if (len >= 4 && (memcmp(data, "PK\003\004", 4) == 0 || memcmp(data, "PK\005\006", 4) == 0))
        return SNIFF_ZIP;
    if (len >= 8 && memcmp(data, ole_magic, 8) == 0)
        return has_utf16(data, len, "EncryptedPackage") ? SNIFF_OLE_ENCRYPTED : SNIFF_OLE;
    return SNIFF_UNKNOWN;
}
