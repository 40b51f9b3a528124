/*
 * docx.c — the text of a DOCX (Office Open XML WordprocessingML) document.
 *
 *     doc_error docx_extract(const unsigned char *data, size_t len,
 *                            doc_text *out, char **message);
 *
 * The input is an untrusted CV.  Everything below is written so that any byte
 * string gives back either text or an error code, never a crash, a hang, an
 * unbounded allocation or a file/network access.
 *
 * THE CONTAINER
 * A DOCX is a zip.  We open it from memory (zip_source_buffer_create +
 * zip_open_from_source, ZIP_CHECKCONS | ZIP_RDONLY; the consistency check
 * compares every local header with the central directory and refuses duplicate
 * names, which would make "which word/document.xml?" ambiguous).  Not a zip or
 * damaged: DOC_ERR_CORRUPT.  One exception: when the check fails but our own
 * walk of the central directory finds every local header agreeing on name,
 * method, encryption flag, CRC and sizes (only times, extra fields or
 * versions differ, as after Office's in-place saves), the zip is reopened
 * without ZIP_CHECKCONS, and duplicate names are then refused by hand.  Limits, all DOC_ERR_TOO_LARGE:
 *   - more than MAX_ENTRIES (2000) entries;
 *   - an entry we read whose declared uncompressed size exceeds MAX_PART
 *     (64 MiB), or whose declared size is over 1 MiB at a compression ratio
 *     above 200:1 (a zip bomb; real XML compresses 5-20:1);
 *   - while streaming we count the bytes actually inflated, because libzip 1.7
 *     does not stop at the declared size: a zip whose headers lie keeps
 *     inflating.  Reading past the declared size is reported as too_large too
 *     (the headers lie, so it is a bomb, whatever the true size), as is
 *     passing MAX_PART for one entry or MAX_INFLATED (256 MiB) for all the
 *     entries read together.
 * An encrypted entry (zip_stat encryption_method != ZIP_EM_NONE, or libzip
 * asking for a password) gives DOC_ERR_ENCRYPTED.  (Password-protected Word
 * files are usually not zips but OLE2 "EncryptedPackage" files; sniff.c
 * recognises those before we are called.  Here a non-zip is simply corrupt.)
 *
 * THE PARTS
 * The main part is the target of the officeDocument relationship in
 * _rels/.rels (transitional and Strict relationship types both end in
 * "/officeDocument"), or else word/document.xml.  Without either, or when the
 * main part's root element is not w:document (an .xlsx's xl/workbook.xml, an
 * .odt, a glossary), the result is DOC_ERR_UNSUPPORTED.  Relationship targets
 * are resolved against the source part's folder ("..", "." and absolute
 * targets handled, %XX decoded as a second try) and looked up exactly, then
 * case-insensitively (OPC part names are case-insensitive).  The main part's
 * relationships (word/_rels/document.xml.rels) name the header, footer,
 * footnotes and endnotes parts; without that file we fall back to the
 * main part's folder's header*.xml / footer*.xml / footnotes.xml /
 * endnotes.xml.  docProps/app.xml (the extended-properties relationship, or
 * that name) gives the page count.  A .dotx template is read like a .docx.
 *
 * THE XML
 * Every part is streamed through libxml2's xmlTextReader, fed by zip_fread in
 * the reader's chunk size (xmlReaderForIO); no part is ever inflated whole
 * into memory.  Options: XML_PARSE_NONET | XML_PARSE_NOERROR |
 * XML_PARSE_NOWARNING | XML_PARSE_COMPACT — never NOENT, DTDLOAD, DTDATTR,
 * XINCLUDE or HUGE, so entities are not substituted, no DTD is fetched and
 * libxml2's own size limits (10 MB text node, depth 256, ...) stay on.  Word
 * never writes a DOCTYPE, and all the entity attacks (billion laughs, XXE)
 * need one, so any DOCTYPE is DOC_ERR_UNSAFE_XML.  It is caught twice: the
 * read callback looks for "<!DOCTYPE" (UTF-8 and UTF-16 spellings) in the raw
 * bytes, across chunk boundaries, and refuses to hand them to libxml2, so the
 * internal subset is never even parsed; and a reader node of type
 * XML_READER_TYPE_DOCUMENT_TYPE (any other encoding) stops the part too.
 * Bytes that are not UTF-8 in a part that is UTF-8 (no UTF-16 byte order
 * mark or spelling, no other encoding= in the XML declaration) are repaired
 * on the way in, before libxml2 sees them, because libxml2 stops at the
 * first one and a CV typed in a program that wrote Latin-1 would be lost:
 * each invalid sequence (a stray Latin-1 byte, an overlong form, a
 * surrogate, a value past U+10FFFF, a truncated sequence), and each
 * character XML forbids (C0 controls other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF), becomes U+FFFD.  A sequence split over two
 * chunks is carried to the next.  The repaired output is at most three
 * times the input, so the size limits (counted on the zip's own bytes)
 * still bound it.
 * XML syntax errors (libxml2 errors of level ERROR or FATAL, which includes
 * namespace errors) are DOC_ERR_CORRUPT, for every part we read, app.xml and
 * the relationship parts included.  More than MAX_DEPTH (256) nested elements
 * is DOC_ERR_TOO_LARGE: the XML is well-formed, it exceeds a resource limit
 * (libxml2 refuses depth > 256 itself without XML_PARSE_HUGE; that error is
 * mapped to too_large as well, so the code does not depend on which of the two
 * notices first).
 *
 * THE TEXT
 * Elements are matched by local name within the two WordprocessingML
 * namespaces (transitional schemas.openxmlformats.org/.../2006/main and
 * Strict purl.oclc.org/ooxml/wordprocessingml/main) and the
 * markup-compatibility namespace; everything else is walked through.
 *   - w:p is one line ending in '\n' (an empty paragraph is an empty line);
 *     text of w:t, w:tab/w:ptab -> '\t', w:br (not type="page") and w:cr ->
 *     a new line, w:noBreakHyphen -> '-', w:softHyphen -> nothing.  Line feeds
 *     and other control characters inside w:t become a space (Word shows
 *     them as one), so a line is always a paragraph or a part of one.
 *   - Tables: each cell paragraph ends its own line, so two cells of a row
 *     are two lines, never glued together.  A cell that continues a vertical
 *     merge gets the merged cell's text again when that is one short line
 *     (cell_end: an employer named once for two roles).
 *   - A paragraph or text box inside a paragraph (text boxes are anchored in
 *     a run) first ends the outer paragraph's unfinished line; its paragraphs
 *     are lines of their own, and the outer paragraph adds no empty line for
 *     itself after them unless it has text of its own after the text box.
 *   - mc:AlternateContent: the first mc:Choice is read and later Choices and
 *     mc:Fallback are skipped (Word writes a text box twice: DrawingML in the
 *     Choice, a VML copy in the Fallback); with no Choice, the Fallback is
 *     read.  So a text box appears exactly once.
 *   - Skipped subtrees: w:rPr, w:pPr, w:sectPr, table and row properties
 *     (of a cell's, w:gridSpan and w:vMerge are read; w:tcPrChange skipped),
 *     w:sdtPr/w:sdtEndPr, deleted revisions (w:del, w:moveFrom, w:delText),
 *     field codes (w:instrText, w:delInstrText), and ruby phonetic text w:rt
 *     (the base text w:rubyBase is kept).  Insertions (w:ins, w:moveTo),
 *     hyperlinks, smart tags, content controls and w:fldSimple (its runs are
 *     the field result) are read through.
 *   - Complex fields: between w:fldChar begin and separate is the instruction
 *     (skipped), between separate and end the result (kept).  Fields nest
 *     (a field inside another's instruction is part of that instruction and
 *     skipped whole); we keep a stack of open fields, and suppress run content
 *     while any open field is in its instruction.  A field without a separate
 *     (XE, TC) shows nothing.  Paragraph ends are never suppressed.
 *   - Headers: each distinct header part once (by part, and identical text
 *     only once), only those with non-blank text, at the start of page 1.
 *     Footers likewise at the end of the last page; before them, at the end
 *     of the last page, the footnotes and then the endnotes (separator notes
 *     skipped).  Comments are not read.  The headers' and footers' text is
 *     also given apart (doc_text.furniture): a supplier's footer read at the
 *     end of the last page lands under the referees, and later stages must
 *     know it is none (tests/holdout55).
 *   - Text is valid UTF-8: libxml2 already gives UTF-8, and we check every
 *     sequence anyway (overlong forms, surrogates and values past U+10FFFF
 *     become U+FFFD).  All text together is capped at DOC_MAX_TEXT
 *     (DOC_ERR_TOO_LARGE), checked while streaming.
 *   - Hidden text is not read: a run whose own properties say w:vanish
 *     (Word neither shows nor prints it) gives no text, tabs or breaks; its
 *     field characters and page marks still count.  An English CV carrying a
 *     hidden Dutch copy of itself is an English CV (tests/holdout39).  Hidden
 *     character styles (w:rStyle naming a style with w:vanish) are not
 *     followed: that needs styles.xml, which is not read.
 *   - A valid DOCX whose text is empty or only white space is DOC_ERR_NO_TEXT
 *     (DOC_ERR_EMPTY is for a zero-byte input, which sniff.c normally catches
 *     before us).
 *
 * THE PAGES
 * In the body (not in headers, notes or text boxes) w:lastRenderedPageBreak
 * (where Word's last layout started a page) and w:br w:type="page" (a manual
 * break) are recorded as split offsets.  Word also writes a rendered break
 * after every manual one, so if the body has any lastRenderedPageBreak only
 * those are used, else the manual breaks.  A split inside a line moves to the
 * end of that line, so a paragraph belongs to the page it starts on and lines
 * are never cut; a manual break inside a paragraph ends the line there, as it
 * does on paper.  Splits at the very start or end of the text are dropped.
 * This gives T text segments.  Then:
 *   - app.xml <Pages>N</Pages> (N >= 1): page_count = N, exact.  If T < N, the
 *     N - T missing pages are shared out among the segments in proportion to
 *     their characters (largest remainder), and each segment is cut into its
 *     pages at paragraph (line) boundaries nearest to equal character shares,
 *     so every line gets an approximate page number even though the count is
 *     exact.  If T > N (app.xml is stale), page_count = T: exact when Word's
 *     rendered breaks gave T, else (manual breaks only, each may overflow)
 *     an estimate as below, pages_exact false.
 *   - no app.xml Pages but lastRenderedPageBreak present: page_count = T,
 *     exact.
 *   - otherwise an estimate, pages_exact false: each segment gets
 *     max(1, ceil(chars / 3000), ceil(lines / 45)) pages (the larger of the
 *     two, so both dense text and many short lines count) and is cut as
 *     above.
 * More than DOC_MAX_PAGES pages is DOC_ERR_TOO_LARGE.  npages always equals
 * page_count; pages may be empty strings where a cut falls on a long line.
 *
 * docx_extract uses libxml2 and libzip only through per-call objects (no
 * global handlers are changed), initialises libxml2 with xmlInitParser() and
 * never calls xmlCleanupParser().
 */
#include "doc.h"
#include "text.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#define MAX_ENTRIES        2000
#define MAX_PART           ((zip_uint64_t)64 << 20)    /* uncompressed bytes per part */
#define MAX_INFLATED       ((zip_uint64_t)256 << 20)   /* uncompressed bytes, all parts read */
#define RATIO_MIN_SIZE     ((zip_uint64_t)1 << 20)     /* ratio checked above this size */
#define MAX_RATIO          200
#define MAX_DEPTH          256                          /* nested elements */
#define MAX_RELS           20000                        /* Relationship elements per part */
#define EST_CHARS_PER_PAGE 3000
#define EST_LINES_PER_PAGE 45
#define MAX_MSG            300

#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT)

static const char NS_W[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
static const char NS_W_STRICT[] = "http://purl.oclc.org/ooxml/wordprocessingml/main";
static const char NS_MC[] = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/* ---------------------------------------------------------------- state -- */

typedef struct {
    zip_uint64_t *idx;
    size_t n, cap;
} idx_list;

typedef struct {
    zip_t *za;
    zip_uint64_t nentries;
    unsigned char *taken;     /* per entry: already read as a text part */
    zip_uint64_t inflated;    /* bytes inflated, all parts */
    size_t text_total;        /* bytes of text produced, all parts */
    char *msg;                /* first error message */
} docx;

/* Where a part's text goes, and what the part is. */
enum { ROLE_BODY, ROLE_HDRFTR, ROLE_NOTES };

/* What an open element at a given depth is, for its end tag. */
enum { K_NONE, K_P, K_T, K_AC, K_TXBX, K_TBL, K_TC, K_TCPR, K_R, K_RPR };

/* A table being read (tables nest): where its current cell's text starts,
 * and per grid column the text of a cell that starts a vertical merge. */
typedef struct {
    char **carry;            /* per grid column: a merged cell's text, or NULL */
    size_t ncols;
    size_t col;              /* grid column of the current cell */
    size_t cell_start;       /* offset of the current cell's text in the story */
    size_t cell_marks;       /* page-break marks at the cell's start */
    size_t span;             /* the current cell's w:gridSpan */
    int vmerge;              /* the current cell's w:vMerge: 0 none, 1 restart, 2 continue */
} table_state;

#define CARRY_MAX_BYTES 120  /* longer merged cells are not repeated (a sidebar) */
#define CARRY_MAX_COLS  64   /* Word's limit on a table's columns is 63 */

typedef struct {
    strbuf sb;
    int role;
    int skip;                        /* depth of the subtree being skipped, -1: none */
    int hidden;                      /* depth of the hidden run (w:vanish) being read, -1: none */
    bool saw_root;
    unsigned char kind[MAX_DEPTH];   /* indexed by reader depth, < MAX_DEPTH enforced */
    unsigned char flag[MAX_DEPTH];   /* K_P: nested paragraph seen; K_AC: branch taken */
    int txbx;                        /* open text boxes */
    unsigned char *fld;              /* open complex fields: 1 = in instruction */
    size_t nfld, capfld, instr;      /* instr: fields in their instruction */
    size_t *lrpb, nlrpb, caplrpb;    /* lastRenderedPageBreak offsets */
    size_t *pbr, npbr, cappbr;       /* w:br type="page" offsets */
    bool any_lrpb;
    table_state *tbl;                /* open tables, innermost last */
    size_t ntbl, captbl;
} story;

/* ------------------------------------------------------------- messages -- */

static char *vformat(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        return xstrdup("error (message could not be formatted)");
    char *s = xmalloc((size_t)n + 1);
    if (vsnprintf(s, (size_t)n + 1, fmt, ap) < 0)
        s[0] = '\0';
    /* Names and libxml2 messages carry untrusted bytes: keep it short, printable ASCII. */
    size_t len = strlen(s);
    if (len > MAX_MSG) {
        memcpy(s + MAX_MSG - 3, "...", 4);
        len = MAX_MSG;
    }
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
            s[i] = '?';
    return s;
}

static doc_error fail(docx *x, doc_error e, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static doc_error fail(docx *x, doc_error e, const char *fmt, ...)
{
    if (!x->msg) {
        va_list ap;
        va_start(ap, fmt);
        x->msg = vformat(fmt, ap);
        va_end(ap);
    }
    return e;
}

/* --------------------------------------------------------------- arrays -- */

static void push_idx(idx_list *l, zip_uint64_t v)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->idx = xreallocarray(l->idx, l->cap, sizeof *l->idx);
    }
    l->idx[l->n++] = v;
}

static void push_off(size_t **a, size_t *n, size_t *cap, size_t v)
{
    if (*n && (*a)[*n - 1] == v)
        return;                       /* same place: one split */
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 8;
        *a = xreallocarray(*a, *cap, sizeof **a);
    }
    (*a)[(*n)++] = v;
}

/* ------------------------------------------------------------ zip parts -- */

/* Index of a part by name: exact, then case-insensitive; -1 when absent. */
static zip_int64_t find_part(docx *x, const char *name)
{
    if (!name || !*name)
        return -1;
    zip_int64_t i = zip_name_locate(x->za, name, 0);
    if (i < 0)
        i = zip_name_locate(x->za, name, ZIP_FL_NOCASE);
    return i;
}

enum { RS_OK, RS_TOO_BIG, RS_OVERRUN, RS_ZIP, RS_DOCTYPE };

typedef struct {
    docx *x;
    zip_file_t *zf;
    zip_uint64_t declared;
    zip_uint64_t nread;
    int status;
    int zip_err;
    unsigned char tail[24];     /* last bytes of the previous chunk (DOCTYPE scan) */
    size_t ntail;
    int utf8;                   /* -1 not yet known; 1 repair (UTF-8 part); 0 pass through */
    unsigned char carry[4];     /* an incomplete UTF-8 sequence at the end of the last chunk */
    size_t ncarry;
    unsigned char *out;         /* repaired bytes not yet handed to libxml2 */
    size_t out_len, out_off, out_cap;
    unsigned char *in;          /* the carried bytes and the new chunk, joined */
    size_t in_cap;
    zip_uint64_t replaced;      /* sequences replaced by U+FFFD */
} part_src;

#define DT8    "<!DOCTYPE"
#define DT16LE "<\0!\0D\0O\0C\0T\0Y\0P\0E"
#define DT16BE "\0<\0!\0D\0O\0C\0T\0Y\0P\0E"
#define DT_KEEP 17          /* longest pattern minus one */

static bool has_doctype_in(const unsigned char *p, size_t n)
{
    return memmem(p, n, DT8, sizeof DT8 - 1) || memmem(p, n, DT16LE, sizeof DT16LE - 1) ||
           memmem(p, n, DT16BE, sizeof DT16BE - 1);
}

/* Looks for a DOCTYPE in this chunk, and across the boundary with the last one. */
static bool has_doctype(part_src *s, const unsigned char *p, size_t n)
{
    unsigned char join[2 * DT_KEEP];
    size_t head = n < DT_KEEP ? n : DT_KEEP;
    memcpy(join, s->tail, s->ntail);
    memcpy(join + s->ntail, p, head);
    if (has_doctype_in(join, s->ntail + head) || has_doctype_in(p, n))
        return true;
    if (n >= DT_KEEP) {
        memcpy(s->tail, p + n - DT_KEEP, DT_KEEP);
        s->ntail = DT_KEEP;
    } else {
        size_t all = s->ntail + n;          /* join holds tail + the whole chunk */
        size_t keep = all < DT_KEEP ? all : DT_KEEP;
        memcpy(s->tail, join + all - keep, keep);
        s->ntail = keep;
    }
    return false;
}

/* The next chunk of the entry's own bytes, counted and capped. */
static int part_read_raw(part_src *s, char *buf, int len)
{
    zip_int64_t n = zip_fread(s->zf, buf, (zip_uint64_t)len);
    if (n < 0) {
        s->status = RS_ZIP;
        s->zip_err = zip_error_code_zip(zip_file_get_error(s->zf));
        return -1;
    }
    if (n == 0)
        return 0;
    if (n > len) {                      /* cannot happen; do not trust it either */
        s->status = RS_ZIP;
        s->zip_err = ZIP_ER_INTERNAL;
        return -1;
    }
    s->nread += (zip_uint64_t)n;
    s->x->inflated += (zip_uint64_t)n;
    if (s->nread > s->declared) {
        s->status = RS_OVERRUN;
        return -1;
    }
    if (s->nread > MAX_PART || s->x->inflated > MAX_INFLATED) {
        s->status = RS_TOO_BIG;
        return -1;
    }
    if (has_doctype(s, (const unsigned char *)buf, (size_t)n)) {
        s->status = RS_DOCTYPE;
        return -1;
    }
    return (int)n;
}

/* Is the part UTF-8?  Decided on its first bytes: a UTF-16 byte order mark
 * or "<" spelled in UTF-16, or an XML declaration naming another encoding,
 * say no; everything else (Word writes encoding="UTF-8" standalone="yes")
 * is UTF-8, which is also what XML assumes without a declaration. */
static int part_is_utf8(const unsigned char *p, size_t n)
{
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF) ||
                   (p[0] == '<' && p[1] == 0) || (p[0] == 0 && p[1] == '<')))
        return 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        p += 3;
        n -= 3;
    }
    if (n < 5 || memcmp(p, "<?xml", 5) != 0)
        return 1;
    const unsigned char *end = memmem(p, n, "?>", 2);
    size_t dl = end ? (size_t)(end - p) : n;
    const unsigned char *e = memmem(p, dl, "encoding", 8);
    if (!e)
        return 1;
    size_t k = (size_t)(e - p) + 8;
    while (k < dl && (p[k] == ' ' || p[k] == '=' || p[k] == '\t' || p[k] == '\r' || p[k] == '\n'))
        k++;
    if (k >= dl || (p[k] != '"' && p[k] != '\''))
        return 1;
    k++;
    size_t v = k;
    while (k < dl && p[k] != '"' && p[k] != '\'')
        k++;
    return (k - v == 5 && strncasecmp((const char *)p + v, "utf-8", 5) == 0) ||
           (k - v == 4 && strncasecmp((const char *)p + v, "utf8", 4) == 0);
}

/* How many bytes a UTF-8 sequence starting with lead byte c has; 0 for a
 * byte that cannot start one. */
static size_t utf8_seq_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 0;
}

/* Makes room for n bytes in a growable buffer. */
static void reserve(unsigned char **buf, size_t *cap, size_t n)
{
    if (n > *cap) {
        *buf = xrealloc(*buf, n);
        *cap = n;
    }
}

/* Repairs the carried bytes and p[0..n) into s->out (which must be empty);
 * an incomplete sequence at the end is carried to the next call unless
 * at_eof. */
static void repair_utf8(part_src *s, const unsigned char *p, size_t n, bool at_eof)
{
    static const unsigned char FFFD[3] = {0xEF, 0xBF, 0xBD};
    size_t m = s->ncarry + n;
    reserve(&s->in, &s->in_cap, m + 1);
    memcpy(s->in, s->carry, s->ncarry);
    memcpy(s->in + s->ncarry, p, n);
    s->ncarry = 0;
    reserve(&s->out, &s->out_cap, 3 * m + 1);
    const unsigned char *q = s->in;
    size_t o = 0, i = 0;
    while (i < m) {
        unsigned char c = q[i];
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c < 0x80) {
                s->out[o++] = c;
                i++;
                continue;
            }
            size_t want = utf8_seq_len(c);
            if (want && i + want > m && !at_eof) {
                /* Cut off by the chunk's end: carry it if it can still be valid. */
                size_t k = i + 1;
                while (k < m && (q[k] & 0xC0) == 0x80)
                    k++;
                if (k == m) {
                    memcpy(s->carry, q + i, m - i);
                    s->ncarry = m - i;
                    break;
                }
            }
            uint32_t cp;
            size_t l = want ? utf8_decode(q + i, m - i, &cp) : 0;
            if (l && cp != 0xFFFE && cp != 0xFFFF) {
                memcpy(s->out + o, q + i, l);
                o += l;
                i += l;
                continue;
            }
        }
        memcpy(s->out + o, FFFD, 3);      /* a control character, or a bad sequence's first byte */
        o += 3;
        s->replaced++;
        i++;
    }
    s->out_len = o;
    s->out_off = 0;
}

/* xmlInputReadCallback: the entry's bytes (part_read_raw), with invalid
 * UTF-8 in a UTF-8 part replaced (see THE XML above).  The first call reads
 * up to 1 KiB, enough for the XML declaration, to decide whether the part is
 * UTF-8. */
static int part_read(void *ctx, char *buf, int len)
{
    part_src *s = ctx;
    if (s->status != RS_OK)
        return -1;
    if (len <= 0)
        return 0;
    if (s->utf8 < 0) {
        unsigned char head[1024];
        size_t h = 0;
        int n;
        while (h < sizeof head && (n = part_read_raw(s, (char *)head + h, (int)(sizeof head - h))) > 0)
            h += (size_t)n;
        if (s->status != RS_OK)
            return -1;
        s->utf8 = part_is_utf8(head, h);
        if (s->utf8) {
            repair_utf8(s, head, h, h < sizeof head);
        } else {
            reserve(&s->out, &s->out_cap, h + 1);
            memcpy(s->out, head, h);
            s->out_len = h;
            s->out_off = 0;
        }
    }
    for (;;) {
        if (s->out_off < s->out_len) {
            size_t k = s->out_len - s->out_off;
            if (k > (size_t)len)
                k = (size_t)len;
            memcpy(buf, s->out + s->out_off, k);
            s->out_off += k;
            return (int)k;
        }
        int n = part_read_raw(s, buf, len);
        if (n < 0 || !s->utf8 || (n == 0 && s->ncarry == 0))
            return n;
        repair_utf8(s, (const unsigned char *)buf, (size_t)n, n == 0);
    }
}

typedef struct {
    bool error;
    bool deep;
    bool entity;
    int line;
    char *first;
} xml_errors;

static void xml_error(void *arg, xmlErrorPtr e)
{
    xml_errors *xe = arg;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    if (e->message && strstr(e->message, "Excessive depth"))
        xe->deep = true;
    if (e->code == XML_ERR_ENTITY_LOOP)
        xe->entity = true;
    if (!xe->error) {
        xe->error = true;
        xe->line = e->line;
        xe->first = xstrdup(e->message ? e->message : "syntax error");
        size_t n = strlen(xe->first);
        while (n && (xe->first[n - 1] == '\n' || xe->first[n - 1] == ' '))
            xe->first[--n] = '\0';
    }
}

typedef doc_error (*node_fn)(docx *x, xmlTextReaderPtr r, int type, int depth, void *arg);

static doc_error zip_read_error(docx *x, const char *name, int ze)
{
    zip_error_t err;
    zip_error_init_with_code(&err, ze);
    doc_error e;
    if (ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD || ze == ZIP_ER_ENCRNOTSUPP)
        e = fail(x, DOC_ERR_ENCRYPTED, "%s: entry is encrypted", name);
    else if (ze == ZIP_ER_COMPNOTSUPP)
        e = fail(x, DOC_ERR_UNSUPPORTED, "%s: unsupported zip compression method", name);
    else if (ze == ZIP_ER_MEMORY)
        e = fail(x, DOC_ERR_IO, "%s: out of memory reading zip entry", name);
    else
        e = fail(x, DOC_ERR_CORRUPT, "%s: damaged zip entry (%s)", name, zip_error_strerror(&err));
    zip_error_fini(&err);
    return e;
}

/* Streams entry idx through an xmlTextReader, calling fn for every node. */
static doc_error read_part(docx *x, zip_uint64_t idx, node_fn fn, void *arg)
{
    const char *name = zip_get_name(x->za, idx, 0);
    if (!name)
        name = "(unnamed entry)";

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(x->za, idx, 0, &st) != 0)
        return fail(x, DOC_ERR_CORRUPT, "%s: cannot read zip entry header", name);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return fail(x, DOC_ERR_ENCRYPTED, "%s: zip entry is encrypted", name);
    zip_uint64_t declared = MAX_PART;
    if (st.valid & ZIP_STAT_SIZE) {
        if (st.size > MAX_PART)
            return fail(x, DOC_ERR_TOO_LARGE, "%s: uncompressed size %llu bytes exceeds the limit of %llu",
                        name, (unsigned long long)st.size, (unsigned long long)MAX_PART);
        if (st.size > RATIO_MIN_SIZE && (st.valid & ZIP_STAT_COMP_SIZE) &&
            st.size / MAX_RATIO > st.comp_size)
            return fail(x, DOC_ERR_TOO_LARGE, "%s: compression ratio above %d:1 (zip bomb?)", name, MAX_RATIO);
        declared = st.size;
    }

    zip_file_t *zf = zip_fopen_index(x->za, idx, 0);
    if (!zf)
        return zip_read_error(x, name, zip_error_code_zip(zip_get_error(x->za)));

    part_src src = {.x = x, .zf = zf, .declared = declared, .utf8 = -1};
    xml_errors xe = {0};
    doc_error err = DOC_OK;
    xmlTextReaderPtr r = xmlReaderForIO(part_read, NULL, &src, NULL, NULL, XML_OPTIONS);
    if (!r) {
        if (src.status == RS_OK)
            err = fail(x, DOC_ERR_IO, "%s: cannot create XML reader", name);
    } else {
        xmlTextReaderSetStructuredErrorHandler(r, xml_error, &xe);
        int rc;
        /* Stop at the first error: libxml2 goes on after namespace errors,
         * and the node it hands us then must not be judged as content. */
        while ((rc = xmlTextReaderRead(r)) == 1 && src.status == RS_OK && !xe.error) {
            int type = xmlTextReaderNodeType(r);
            int depth = xmlTextReaderDepth(r);
            if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
                type == XML_READER_TYPE_ENTITY || type == XML_READER_TYPE_NOTATION) {
                err = fail(x, DOC_ERR_UNSAFE_XML, "%s: XML with a DOCTYPE/entity declarations", name);
                break;
            }
            if (depth < 0 || (type == XML_READER_TYPE_ELEMENT && depth >= MAX_DEPTH)) {
                err = fail(x, DOC_ERR_TOO_LARGE, "%s: XML nested deeper than %d elements", name, MAX_DEPTH);
                break;
            }
            err = fn(x, r, type, depth, arg);
            if (err != DOC_OK)
                break;
        }
        if (err == DOC_OK && src.status == RS_OK && xe.deep)
            err = fail(x, DOC_ERR_TOO_LARGE, "%s: XML nested deeper than %d elements", name, MAX_DEPTH);
        else if (err == DOC_OK && src.status == RS_OK && xe.entity)
            err = fail(x, DOC_ERR_UNSAFE_XML, "%s: XML entity loop", name);
        else if (err == DOC_OK && src.status == RS_OK && (rc < 0 || xe.error))
            err = fail(x, DOC_ERR_CORRUPT, "%s: XML error at line %d: %s", name, xe.line,
                       xe.first ? xe.first : "malformed XML");
        xmlFreeTextReader(r);
    }
    free(xe.first);

    if (err == DOC_OK) {
        switch (src.status) {
        case RS_OK:
            break;
        case RS_DOCTYPE:
            err = fail(x, DOC_ERR_UNSAFE_XML, "%s: XML with a DOCTYPE (entity declarations are refused)", name);
            break;
        case RS_TOO_BIG:
            err = fail(x, DOC_ERR_TOO_LARGE, "%s: more uncompressed data than the limit", name);
            break;
        case RS_OVERRUN:
            err = fail(x, DOC_ERR_TOO_LARGE, "%s: entry inflates past its declared size of %llu bytes (damaged, or a zip bomb)",
                       name, (unsigned long long)declared);
            break;
        default:
            err = zip_read_error(x, name, src.zip_err);
            break;
        }
    }
    free(src.out);
    free(src.in);
    int fc = zip_fclose(zf);
    if (err == DOC_OK && fc != 0)
        err = zip_read_error(x, name, fc);
    return err;
}

/* -------------------------------------------------------- relationships -- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Target resolved against base folder ("" or "word/"); NULL when it leaves the package. */
static char *resolve(const char *base, const char *target, bool pct_decode)
{
    strbuf in = STRBUF_INIT, out = STRBUF_INIT;
    if (target[0] != '/')
        sb_adds(&in, base);
    sb_adds(&in, target[0] == '/' ? target + 1 : target);
    if (pct_decode && in.len) {
        size_t w = 0;
        for (size_t i = 0; i < in.len; i++) {
            char c = in.data[i];
            int hi, lo;
            if (c == '%' && i + 2 < in.len && (hi = hexval(in.data[i + 1])) >= 0 &&
                (lo = hexval(in.data[i + 2])) >= 0) {
                c = (char)(hi * 16 + lo);
                i += 2;
            }
            in.data[w++] = c;
        }
        in.len = w;
        in.data[w] = '\0';
    }
    const char *p = in.data ? in.data : "";
    size_t plen = in.len;
    size_t i = 0;
    bool ok = true;
    while (i <= plen && ok) {
        const char *slash = memchr(p + i, '/', plen - i);
        size_t end = slash ? (size_t)(slash - p) : plen;
        size_t n = end - i;
        const char *seg = p + i;
        if (n == 0 || (n == 1 && seg[0] == '.')) {
            /* nothing */
        } else if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            if (out.len == 0) {
                ok = false;
            } else {
                char *sl = memrchr(out.data, '/', out.len);
                out.len = sl ? (size_t)(sl - out.data) : 0;
                out.data[out.len] = '\0';
            }
        } else {
            if (out.len)
                sb_addc(&out, '/');
            sb_add(&out, seg, n);
        }
        i = end + 1;
    }
    sb_free(&in);
    if (!ok || out.len == 0 || memchr(out.data, '\0', out.len)) {
        sb_free(&out);
        return NULL;
    }
    return sb_detach(&out);
}

static zip_int64_t find_target(docx *x, const char *base, const char *target)
{
    char *name = resolve(base, target, false);
    zip_int64_t i = find_part(x, name);
    free(name);
    if (i < 0 && strchr(target, '%')) {
        name = resolve(base, target, true);
        i = find_part(x, name);
        free(name);
    }
    return i;
}

typedef struct {
    const char *base;
    bool is_root;
    size_t count;
    zip_int64_t main_doc, app;           /* root rels */
    idx_list hdr, ftr, notes;             /* main part rels */
} rels;

static doc_error rels_node(docx *x, xmlTextReaderPtr r, int type, int depth, void *arg)
{
    rels *rl = arg;
    if (type != XML_READER_TYPE_ELEMENT || depth != 1)
        return DOC_OK;
    const char *ln = (const char *)xmlTextReaderConstLocalName(r);
    if (!ln || strcmp(ln, "Relationship") != 0)
        return DOC_OK;
    if (++rl->count > MAX_RELS)
        return fail(x, DOC_ERR_TOO_LARGE, "more than %d relationships in one part", MAX_RELS);
    xmlChar *t = xmlTextReaderGetAttribute(r, BAD_CAST "Type");
    xmlChar *target = xmlTextReaderGetAttribute(r, BAD_CAST "Target");
    xmlChar *mode = xmlTextReaderGetAttribute(r, BAD_CAST "TargetMode");
    if (t && target && !(mode && strcmp((char *)mode, "External") == 0)) {
        const char *slash = strrchr((char *)t, '/');
        const char *kind = slash ? slash + 1 : (char *)t;
        if (rl->is_root) {
            if (strcmp(kind, "officeDocument") == 0 && rl->main_doc < 0)
                rl->main_doc = find_target(x, rl->base, (char *)target);
            else if ((strcmp(kind, "extended-properties") == 0 || strcmp(kind, "extendedProperties") == 0) &&
                     rl->app < 0)
                rl->app = find_target(x, rl->base, (char *)target);
        } else {
            idx_list *l = strcmp(kind, "header") == 0      ? &rl->hdr
                          : strcmp(kind, "footer") == 0    ? &rl->ftr
                          : strcmp(kind, "footnotes") == 0 ? &rl->notes
                          : strcmp(kind, "endnotes") == 0  ? &rl->notes
                                                           : NULL;
            if (l) {
                zip_int64_t i = find_target(x, rl->base, (char *)target);
                if (i >= 0 && (zip_uint64_t)i < x->nentries && !x->taken[i]) {
                    x->taken[i] = 1;
                    push_idx(l, (zip_uint64_t)i);
                }
            }
        }
    }
    xmlFree(t);
    xmlFree(target);
    xmlFree(mode);
    return DOC_OK;
}

/* ------------------------------------------------------------- app.xml -- */

typedef struct {
    bool in_pages;
    strbuf val;
    long pages;      /* -1: none */
} app_props;

static doc_error app_node(docx *x, xmlTextReaderPtr r, int type, int depth, void *arg)
{
    (void)x;
    app_props *a = arg;
    if (type == XML_READER_TYPE_ELEMENT && depth == 1) {
        const char *ln = (const char *)xmlTextReaderConstLocalName(r);
        a->in_pages = ln && strcmp(ln, "Pages") == 0 && xmlTextReaderIsEmptyElement(r) == 0;
        sb_reset(&a->val);
    } else if (a->in_pages && depth == 2 &&
               (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                type == XML_READER_TYPE_WHITESPACE)) {
        const char *v = (const char *)xmlTextReaderConstValue(r);
        if (v && a->val.len < 64)
            sb_adds(&a->val, v);
    } else if (a->in_pages && type == XML_READER_TYPE_END_ELEMENT && depth == 1) {
        a->in_pages = false;
        const char *s = a->val.data ? a->val.data : "";
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        long n = 0;
        bool digits = false;
        while (*s >= '0' && *s <= '9' && n < 1000000) {
            n = n * 10 + (*s++ - '0');
            digits = true;
        }
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        if (digits && *s == '\0' && n >= 1 && a->pages < 0)
            a->pages = n;
    }
    return DOC_OK;
}

/* --------------------------------------------------------------- stories -- */

static bool is_w(const char *ns)
{
    return ns && (strcmp(ns, NS_W) == 0 || strcmp(ns, NS_W_STRICT) == 0);
}

static bool line_open(const story *s)
{
    return s->sb.len > 0 && s->sb.data[s->sb.len - 1] != '\n';
}

static doc_error emit(docx *x, story *s, const char *p, size_t n)
{
    if (n > DOC_MAX_TEXT - x->text_total)
        return fail(x, DOC_ERR_TOO_LARGE, "more than %u bytes of text", (unsigned)DOC_MAX_TEXT);
    sb_add(&s->sb, p, n);
    x->text_total += n;
    return DOC_OK;
}

static doc_error newline(docx *x, story *s)
{
    return emit(x, s, "\n", 1);
}

/* Length of the valid UTF-8 sequence at p, 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t len;
    uint32_t cp, min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2; cp = c & 0x1F; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; cp = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* Text of a w:t: valid UTF-8, control characters (but tab) as spaces. */
static doc_error emit_text(docx *x, story *s, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t n = strlen(text);
    strbuf tmp = STRBUF_INIT;
    for (size_t i = 0; i < n;) {
        size_t l = utf8_len(p + i, n - i);
        if (l == 0) {
            sb_add(&tmp, "\xEF\xBF\xBD", 3);
            i++;
        } else if (l == 1 && ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f)) {
            sb_addc(&tmp, ' ');
            i++;
        } else {
            sb_add(&tmp, (const char *)p + i, l);
            i += l;
        }
    }
    doc_error e = emit(x, s, tmp.data ? tmp.data : "", tmp.len);
    sb_free(&tmp);
    return e;
}

static void mark_enclosing_paragraph(story *s, int depth)
{
    for (int i = depth - 1; i >= 0; i--)
        if (s->kind[i] == K_P) {
            s->flag[i] = 1;
            return;
        }
}

static bool attr_is(xmlTextReaderPtr r, const char *local, const char *ns, const char *value)
{
    xmlChar *v = xmlTextReaderGetAttributeNs(r, BAD_CAST local, BAD_CAST ns);
    if (!v)
        v = xmlTextReaderGetAttribute(r, BAD_CAST local);
    bool same = v && strcmp((char *)v, value) == 0;
    xmlFree(v);
    return same;
}

static bool attr_in(xmlTextReaderPtr r, const char *local, const char *ns, const char *const *values)
{
    for (; *values; values++)
        if (attr_is(r, local, ns, *values))
            return true;
    return false;
}

static const char *const skipped[] = {
    "rPr", "pPr", "sectPr", "tblPr", "tblPrEx", "tblGrid", "trPr", "tcPrChange", "sdtPr", "sdtEndPr",
    "del", "moveFrom", "delText", "instrText", "delInstrText", "rt", NULL};

static bool in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return true;
    return false;
}

/* ---- vertically merged cells ----------------------------------------- */

/* A cell that continues a vertical merge (w:vMerge without "restart") is
 * empty in the XML; Word shows the first cell's text across the rows.  An
 * experience table that names the employer once for two roles ("Gemeente
 * Kampen" over "Manager Sociaal Domein" and "Coördinator Wijkteams") must
 * give both rows their employer, so such a cell gets the merged cell's text
 * again when that is one short line (CARRY_MAX_BYTES).  A longer merged cell
 * (a layout table's sidebar beside several rows) is not repeated. */
static void carry_set(table_state *t, size_t col, size_t span, const char *text, size_t n)
{
    for (size_t c = col; c < col + span && c < CARRY_MAX_COLS; c++) {
        if (c >= t->ncols) {
            t->carry = xreallocarray(t->carry, c + 1, sizeof *t->carry);
            for (size_t k = t->ncols; k <= c; k++)
                t->carry[k] = NULL;
            t->ncols = c + 1;
        }
        free(t->carry[c]);
        t->carry[c] = text ? xstrndup(text, n) : NULL;
    }
}

static doc_error cell_end(docx *x, story *s)
{
    table_state *t = &s->tbl[s->ntbl - 1];
    const char *text = s->sb.data ? s->sb.data + t->cell_start : "";
    size_t n = s->sb.len - t->cell_start, a = 0;
    while (a < n && (text[a] == '\n' || text[a] == ' ' || text[a] == '\t'))
        a++;
    while (n > a && (text[n - 1] == '\n' || text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    bool blank = a == n, one_line = !blank && !memchr(text + a, '\n', n - a) && n - a <= CARRY_MAX_BYTES;
    doc_error e = DOC_OK;
    if (t->vmerge == 2) {
        const char *c = t->col < t->ncols ? t->carry[t->col] : NULL;
        if (c && blank && s->nlrpb + s->npbr == t->cell_marks) {
            x->text_total -= s->sb.len - t->cell_start;
            s->sb.len = t->cell_start;
            if (s->sb.data)
                s->sb.data[s->sb.len] = '\0';
            e = emit(x, s, c, strlen(c));
            if (e == DOC_OK)
                e = newline(x, s);
        }
    } else {
        carry_set(t, t->col, t->span, t->vmerge == 1 && one_line ? text + a : NULL, n - a);
    }
    t->col += t->span;
    return e;
}

static doc_error story_element(docx *x, story *s, xmlTextReaderPtr r, int d)
{
    bool empty = xmlTextReaderIsEmptyElement(r) == 1;
    const char *ns = (const char *)xmlTextReaderConstNamespaceUri(r);
    const char *ln = (const char *)xmlTextReaderConstLocalName(r);
    s->kind[d] = K_NONE;
    s->flag[d] = 0;
    if (!ln)
        return DOC_OK;
    if (!s->saw_root) {
        s->saw_root = true;
        if (s->role == ROLE_BODY && !(is_w(ns) && strcmp(ln, "document") == 0))
            return fail(x, DOC_ERR_UNSUPPORTED, "not a Word document: the main part's root element is <%.40s>", ln);
    }
    if (ns && strcmp(ns, NS_MC) == 0) {
        if (strcmp(ln, "AlternateContent") == 0) {
            if (!empty)
                s->kind[d] = K_AC;
        } else if ((strcmp(ln, "Choice") == 0 || strcmp(ln, "Fallback") == 0) && d > 0 &&
                   s->kind[d - 1] == K_AC) {
            if (s->flag[d - 1]) {
                if (!empty)
                    s->skip = d;        /* a branch was read already */
            } else {
                s->flag[d - 1] = 1;
            }
        }
        return DOC_OK;
    }
    if (!is_w(ns))
        return DOC_OK;

    bool quiet = s->instr > 0 || s->hidden >= 0;   /* inside a field instruction or hidden text */
    doc_error e = DOC_OK;
    if (strcmp(ln, "r") == 0) {
        if (!empty)
            s->kind[d] = K_R;
    } else if (strcmp(ln, "rPr") == 0 && d > 0 && s->kind[d - 1] == K_R) {
        if (!empty)
            s->kind[d] = K_RPR;
    } else if (d > 1 && s->kind[d - 1] == K_RPR) {
        /* a run's own properties: only w:vanish matters (not the old
         * properties a w:rPrChange keeps) */
        static const char *const off[] = {"0", "false", "off", NULL};
        if (strcmp(ln, "vanish") == 0 && !attr_in(r, "val", ns, off))
            s->hidden = d - 2;
        else if (!empty)
            s->skip = d;
    } else if (in_list(ln, skipped)) {
        if (!empty)
            s->skip = d;
    } else if (strcmp(ln, "p") == 0) {
        mark_enclosing_paragraph(s, d);
        if (line_open(s))
            e = newline(x, s);
        if (e == DOC_OK && empty)
            e = newline(x, s);
        else if (!empty)
            s->kind[d] = K_P;
    } else if (strcmp(ln, "t") == 0) {
        if (!empty)
            s->kind[d] = K_T;
    } else if (strcmp(ln, "tab") == 0 || strcmp(ln, "ptab") == 0) {
        if (!quiet)
            e = emit(x, s, "\t", 1);
    } else if (strcmp(ln, "br") == 0) {
        if (quiet)
            return DOC_OK;
        if (attr_is(r, "type", ns, "page") && s->role == ROLE_BODY && s->txbx == 0) {
            if (line_open(s))
                e = newline(x, s);
            push_off(&s->pbr, &s->npbr, &s->cappbr, s->sb.len);
            if (s->npbr > DOC_MAX_PAGES)
                return fail(x, DOC_ERR_TOO_LARGE, "more than %d page breaks", DOC_MAX_PAGES);
        } else {
            e = newline(x, s);
        }
    } else if (strcmp(ln, "cr") == 0) {
        if (!quiet)
            e = newline(x, s);
    } else if (strcmp(ln, "noBreakHyphen") == 0) {
        if (!quiet)
            e = emit(x, s, "-", 1);
    } else if (strcmp(ln, "lastRenderedPageBreak") == 0) {
        if (s->role == ROLE_BODY && s->txbx == 0) {
            s->any_lrpb = true;
            push_off(&s->lrpb, &s->nlrpb, &s->caplrpb, s->sb.len);
            if (s->nlrpb > DOC_MAX_PAGES)
                return fail(x, DOC_ERR_TOO_LARGE, "more than %d rendered pages", DOC_MAX_PAGES);
        }
    } else if (strcmp(ln, "fldChar") == 0) {
        if (attr_is(r, "fldCharType", ns, "begin")) {
            if (s->nfld == s->capfld) {
                s->capfld = s->capfld ? 2 * s->capfld : 8;
                s->fld = xreallocarray(s->fld, s->capfld, 1);
            }
            s->fld[s->nfld++] = 1;
            s->instr++;
        } else if (attr_is(r, "fldCharType", ns, "separate")) {
            if (s->nfld && s->fld[s->nfld - 1]) {
                s->fld[s->nfld - 1] = 0;
                s->instr--;
            }
        } else if (attr_is(r, "fldCharType", ns, "end")) {
            if (s->nfld && s->fld[--s->nfld])
                s->instr--;
        }
    } else if (strcmp(ln, "txbxContent") == 0) {
        if (!empty) {
            mark_enclosing_paragraph(s, d);
            if (line_open(s))
                e = newline(x, s);
            s->kind[d] = K_TXBX;
            s->txbx++;
        }
    } else if (strcmp(ln, "tbl") == 0) {
        if (!empty) {
            if (s->ntbl == s->captbl) {
                s->captbl = s->captbl ? 2 * s->captbl : 4;
                s->tbl = xreallocarray(s->tbl, s->captbl, sizeof *s->tbl);
            }
            memset(&s->tbl[s->ntbl++], 0, sizeof *s->tbl);
            s->kind[d] = K_TBL;
        }
    } else if (strcmp(ln, "tr") == 0) {
        if (s->ntbl)
            s->tbl[s->ntbl - 1].col = 0;
    } else if (strcmp(ln, "tc") == 0) {
        if (s->ntbl && !empty) {
            table_state *t = &s->tbl[s->ntbl - 1];
            if (line_open(s))
                e = newline(x, s);
            t->cell_start = s->sb.len;
            t->cell_marks = s->nlrpb + s->npbr;
            t->span = 1;
            t->vmerge = 0;
            s->kind[d] = K_TC;
        }
    } else if (strcmp(ln, "tcPr") == 0) {
        if (!empty)
            s->kind[d] = K_TCPR;
    } else if (d > 0 && s->kind[d - 1] == K_TCPR && s->ntbl && strcmp(ln, "gridSpan") == 0) {
        xmlChar *v = xmlTextReaderGetAttributeNs(r, BAD_CAST "val", BAD_CAST ns);
        long span = v ? strtol((const char *)v, NULL, 10) : 1;
        xmlFree(v);
        s->tbl[s->ntbl - 1].span = span >= 1 && span <= CARRY_MAX_COLS ? (size_t)span : 1;
    } else if (d > 0 && s->kind[d - 1] == K_TCPR && s->ntbl && strcmp(ln, "vMerge") == 0) {
        s->tbl[s->ntbl - 1].vmerge = attr_is(r, "val", ns, "restart") ? 1 : 2;
    } else if (strcmp(ln, "footnote") == 0 || strcmp(ln, "endnote") == 0) {
        static const char *const seps[] = {"separator", "continuationSeparator", "continuationNotice", NULL};
        if (!empty && attr_in(r, "type", ns, seps))
            s->skip = d;
    }
    return e;
}

static doc_error story_node(docx *x, xmlTextReaderPtr r, int type, int d, void *arg)
{
    story *s = arg;
    switch (type) {
    case XML_READER_TYPE_ELEMENT:
        if (s->skip >= 0)
            return DOC_OK;
        return story_element(x, s, r, d);
    case XML_READER_TYPE_END_ELEMENT:
        if (s->skip >= 0) {
            if (d == s->skip)
                s->skip = -1;
            return DOC_OK;
        }
        if (d == s->hidden)
            s->hidden = -1;
        if (d >= MAX_DEPTH)
            return DOC_OK;
        if (s->kind[d] == K_P) {
            s->kind[d] = K_NONE;
            if (line_open(s) || !s->flag[d])
                return newline(x, s);
        } else if (s->kind[d] == K_TXBX) {
            s->kind[d] = K_NONE;
            s->txbx--;
            if (line_open(s))
                return newline(x, s);
        } else if (s->kind[d] == K_TC) {
            s->kind[d] = K_NONE;
            return cell_end(x, s);
        } else if (s->kind[d] == K_TBL) {
            s->kind[d] = K_NONE;
            table_state *t = &s->tbl[--s->ntbl];
            carry_set(t, 0, t->ncols, NULL, 0);
            free(t->carry);
            return DOC_OK;
        }
        s->kind[d] = K_NONE;
        return DOC_OK;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        if (s->skip >= 0 || s->instr > 0 || s->hidden >= 0 || d < 1 || d > MAX_DEPTH || s->kind[d - 1] != K_T)
            return DOC_OK;
        {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            return v ? emit_text(x, s, v) : DOC_OK;
        }
    default:
        return DOC_OK;
    }
}

static void story_init(story *s, int role)
{
    memset(s, 0, sizeof *s);
    s->role = role;
    s->hidden = -1;
    s->skip = -1;
}

static void story_free(story *s)
{
    while (s->ntbl) {
        table_state *t = &s->tbl[--s->ntbl];
        carry_set(t, 0, t->ncols, NULL, 0);
        free(t->carry);
    }
    free(s->tbl);
    sb_free(&s->sb);
    free(s->fld);
    free(s->lrpb);
    free(s->pbr);
    memset(s, 0, sizeof *s);
}

static doc_error read_story(docx *x, zip_uint64_t idx, story *s)
{
    doc_error e = read_part(x, idx, story_node, s);
    if (e == DOC_OK && line_open(s))
        e = newline(x, s);
    return e;
}

static bool has_text(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
            return true;
    return false;
}

/* Reads the parts in l; appends each one's text (non-blank, not seen yet) to dst. */
static doc_error read_extra(docx *x, const idx_list *l, int role, strbuf *dst, bool dedupe)
{
    strbuf seen = STRBUF_INIT;      /* texts kept so far, each followed by a NUL */
    doc_error e = DOC_OK;
    for (size_t i = 0; i < l->n && e == DOC_OK; i++) {
        story s;
        story_init(&s, role);
        e = read_story(x, l->idx[i], &s);
        if (e == DOC_OK && has_text(s.sb.data, s.sb.len)) {
            bool dup = false;
            for (size_t off = 0; dedupe && off < seen.len;) {
                size_t n = strlen(seen.data + off);
                if (n == s.sb.len && memcmp(seen.data + off, s.sb.data, n) == 0)
                    dup = true;
                off += n + 1;
            }
            if (!dup) {
                sb_add(dst, s.sb.data, s.sb.len);
                if (dedupe) {
                    sb_add(&seen, s.sb.data, s.sb.len);
                    sb_addc(&seen, '\0');
                }
            }
        }
        story_free(&s);
    }
    sb_free(&seen);
    return e;
}

/* The main part's folder's files named prefix*.xml, in zip order (no relationships part). */
static void scan_parts(docx *x, const char *dir, const char *prefix, idx_list *l)
{
    size_t dl = strlen(dir), pl = strlen(prefix);
    for (zip_uint64_t i = 0; i < x->nentries; i++) {
        const char *n = zip_get_name(x->za, i, 0);
        if (!n || x->taken[i])
            continue;
        size_t len = strlen(n);
        if (len > dl + pl + 4 && strncasecmp(n, dir, dl) == 0 && strncasecmp(n + dl, prefix, pl) == 0 &&
            strcasecmp(n + len - 4, ".xml") == 0 && !strchr(n + dl, '/')) {
            x->taken[i] = 1;
            push_idx(l, i);
        }
    }
}

/* ----------------------------------------------------------------- pages -- */

static size_t count_chars(const char *p, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            c++;
    return c;
}

static size_t count_lines(const char *p, size_t n)
{
    size_t l = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\n')
            l++;
    if (n && p[n - 1] != '\n')
        l++;
    return l;
}

/* Byte offset of the chars-th character from a (not past b). */
static size_t char_offset(const char *t, size_t a, size_t b, size_t chars)
{
    size_t c = 0, i = a;
    for (; i < b; i++) {
        if (((unsigned char)t[i] & 0xC0) != 0x80) {
            if (c == chars)
                return i;
            c++;
        }
    }
    return b;
}

/* Line boundary in [lo, b] nearest to pos (lines start at a or after '\n'). */
static size_t snap_to_line(const char *t, size_t a, size_t b, size_t lo, size_t pos)
{
    if (pos <= lo)
        return lo;
    if (pos >= b)
        return b;
    if (t[pos - 1] == '\n')
        return pos;
    const char *prev = memrchr(t + lo, '\n', pos - lo);
    size_t before = prev ? (size_t)(prev - t) + 1 : (lo == a || t[lo - 1] == '\n' ? lo : SIZE_MAX);
    const char *next = memchr(t + pos, '\n', b - pos);
    size_t after = next ? (size_t)(next - t) + 1 : b;
    if (before != SIZE_MAX && pos - before < after - pos)
        return before;
    return after;
}

/*
 * Cuts the body text into pages (see the top comment).  cuts receives
 * page_count + 1 offsets: page i is body[cuts[i], cuts[i+1]).
 */
static doc_error paginate(docx *x, const story *body, long app_pages, size_t **cuts_out,
                          int *page_count, bool *exact)
{
    const char *t = body->sb.data ? body->sb.data : "";
    size_t n = body->sb.len;
    const size_t *raw = body->any_lrpb ? body->lrpb : body->pbr;
    size_t nraw = body->any_lrpb ? body->nlrpb : body->npbr;

    /* Segment bounds: 0, the splits moved to line ends, n. */
    size_t *seg = xreallocarray(NULL, nraw + 2, sizeof *seg);
    size_t nseg = 0;
    seg[0] = 0;
    for (size_t i = 0; i < nraw; i++) {
        size_t o = raw[i];
        if (o > n)
            o = n;
        if (o > 0 && t[o - 1] != '\n') {
            const char *nl = memchr(t + o, '\n', n - o);
            o = nl ? (size_t)(nl - t) + 1 : n;
        }
        if (o == 0 || o >= n || o <= seg[nseg])
            continue;
        seg[++nseg] = o;
    }
    seg[++nseg] = n;                 /* nseg segments: [seg[i], seg[i+1]) */

    size_t *k = xcalloc(nseg, sizeof *k);
    size_t total = 0;
    if (app_pages > 0 && (size_t)app_pages > nseg) {
        /* Share app_pages - nseg extra pages out by characters (+1 so empty segments weigh). */
        uint64_t extra = (uint64_t)app_pages - nseg, w = 0, given = 0;
        uint64_t *rem = xcalloc(nseg, sizeof *rem);
        for (size_t i = 0; i < nseg; i++)
            w += count_chars(t + seg[i], seg[i + 1] - seg[i]) + 1;
        for (size_t i = 0; i < nseg; i++) {
            uint64_t wi = count_chars(t + seg[i], seg[i + 1] - seg[i]) + 1;
            k[i] = 1 + (size_t)(extra * wi / w);
            rem[i] = extra * wi % w;
            given += extra * wi / w;
        }
        while (given < extra) {
            size_t best = 0;
            for (size_t i = 1; i < nseg; i++)
                if (rem[i] > rem[best])
                    best = i;
            k[best]++;
            rem[best] = 0;
            given++;
        }
        free(rem);
        *exact = true;
    } else if (body->any_lrpb || (app_pages > 0 && (size_t)app_pages == nseg)) {
        for (size_t i = 0; i < nseg; i++)
            k[i] = 1;
        *exact = true;
    } else {
        /* no count, or a stale one that manual breaks alone outrun: they
         * give a lower bound, not Word's layout */
        for (size_t i = 0; i < nseg; i++) {
            size_t len = seg[i + 1] - seg[i];
            size_t c = (count_chars(t + seg[i], len) + EST_CHARS_PER_PAGE - 1) / EST_CHARS_PER_PAGE;
            size_t l = (count_lines(t + seg[i], len) + EST_LINES_PER_PAGE - 1) / EST_LINES_PER_PAGE;
            k[i] = c > l ? c : l;
            if (k[i] < 1)
                k[i] = 1;
        }
        *exact = false;
    }
    for (size_t i = 0; i < nseg; i++) {
        if (k[i] > DOC_MAX_PAGES || total + k[i] > DOC_MAX_PAGES) {
            total = DOC_MAX_PAGES + 1;
            break;
        }
        total += k[i];
    }
    if (total > DOC_MAX_PAGES) {
        free(seg);
        free(k);
        return fail(x, DOC_ERR_TOO_LARGE, "more than %d pages", DOC_MAX_PAGES);
    }

    size_t *cuts = xreallocarray(NULL, total + 1, sizeof *cuts);
    size_t nc = 0;
    for (size_t i = 0; i < nseg; i++) {
        size_t a = seg[i], b = seg[i + 1];
        size_t chars = count_chars(t + a, b - a);
        cuts[nc++] = a;
        for (size_t j = 1; j < k[i]; j++) {
            size_t target = char_offset(t, a, b, (size_t)((uint64_t)chars * j / k[i]));
            cuts[nc] = snap_to_line(t, a, b, cuts[nc - 1], target);
            nc++;
        }
    }
    cuts[nc] = n;
    free(seg);
    free(k);
    *cuts_out = cuts;
    *page_count = (int)total;
    return DOC_OK;
}

/* ------------------------------------------------------------------ main -- */

static unsigned rd16(const unsigned char *p)
{
    return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/*
 * After ZIP_CHECKCONS failed: do the local headers agree with the central
 * directory on everything that decides what is read — name, compression
 * method, encryption flag, CRC and sizes — so that only times, extra fields
 * or version numbers differ?  Office's in-place saves ([trash] entries) leave
 * local header times that differ from the central directory; libzip calls
 * that inconsistent.  Zip64 archives are not examined (stay corrupt).
 */
static bool local_headers_agree(const unsigned char *d, size_t len)
{
    if (len < 22)
        return false;
    size_t lowest = len > 22 + 65535 ? len - 22 - 65535 : 0;
    size_t e = len - 22;
    while (memcmp(d + e, "PK\5\6", 4) != 0) {
        if (e == lowest)
            return false;
        e--;
    }
    unsigned n = rd16(d + e + 10);
    uint32_t cdsize = rd32(d + e + 12), cdoff = rd32(d + e + 16);
    if (n == 0xFFFF || cdoff == 0xFFFFFFFF || cdoff > e || cdsize > e - cdoff)
        return false;
    size_t p = cdoff;
    for (unsigned i = 0; i < n; i++) {
        if (e - p < 46 || memcmp(d + p, "PK\1\2", 4) != 0)
            return false;
        unsigned flags = rd16(d + p + 8), method = rd16(d + p + 10);
        uint32_t crc = rd32(d + p + 16), cs = rd32(d + p + 20), us = rd32(d + p + 24);
        size_t nl = rd16(d + p + 28), el = rd16(d + p + 30), cl = rd16(d + p + 32);
        size_t lo = rd32(d + p + 42);
        if (e - p - 46 < nl + el + cl || lo >= cdoff || cdoff - lo < 30 || memcmp(d + lo, "PK\3\4", 4) != 0)
            return false;
        unsigned lflags = rd16(d + lo + 6), lmethod = rd16(d + lo + 8);
        uint32_t lcrc = rd32(d + lo + 14), lcs = rd32(d + lo + 18), lus = rd32(d + lo + 22);
        size_t lnl = rd16(d + lo + 26);
        if (lmethod != method || (lflags & 1) != (flags & 1) || lnl != nl || cdoff - lo - 30 < nl ||
            memcmp(d + lo + 30, d + p + 46, nl) != 0)
            return false;
        bool descriptor = (lflags & 8) && lcrc == 0 && lcs == 0 && lus == 0;
        if (!descriptor && (lcrc != crc || lcs != cs || lus != us))
            return false;
        p += 46 + nl + el + cl;
    }
    return true;
}

static doc_error open_zip(docx *x, const unsigned char *data, size_t len)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    if (!src) {
        doc_error e = fail(x, DOC_ERR_IO, "cannot read the zip from memory: %s", zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return e;
    }
    /* zip_open_from_source takes the source on success only; keep it alive
     * across a failed first attempt so it can be reused. */
    zip_source_keep(src);
    x->za = zip_open_from_source(src, ZIP_CHECKCONS | ZIP_RDONLY, &ze);
    bool lenient = false;
    if (!x->za && zip_error_code_zip(&ze) == ZIP_ER_INCONS && local_headers_agree(data, len)) {
        zip_error_fini(&ze);
        zip_error_init(&ze);
        x->za = zip_open_from_source(src, ZIP_RDONLY, &ze);
        lenient = true;
    }
    zip_source_free(src);    /* drops our extra reference; the archive holds its own */
    if (!x->za) {
        zip_source_free(src);    /* a failed open does not take the source */
        int code = zip_error_code_zip(&ze);
        doc_error e = code == ZIP_ER_MEMORY ? fail(x, DOC_ERR_IO, "out of memory opening the zip")
                      : code == ZIP_ER_NOZIP ? fail(x, DOC_ERR_CORRUPT, "not a zip archive")
                                             : fail(x, DOC_ERR_CORRUPT, "damaged zip archive: %s",
                                                    zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return e;
    }
    zip_error_fini(&ze);
    zip_int64_t n = zip_get_num_entries(x->za, 0);
    if (n < 0)
        return fail(x, DOC_ERR_CORRUPT, "damaged zip archive (no entry count)");
    if (n > MAX_ENTRIES)
        return fail(x, DOC_ERR_TOO_LARGE, "zip has %lld entries, more than %d", (long long)n, MAX_ENTRIES);
    x->nentries = (zip_uint64_t)n;
    x->taken = xcalloc((size_t)n + 1, 1);
    if (lenient) {
        /* Without ZIP_CHECKCONS libzip accepts duplicate names (the first one
         * wins); refuse them ourselves, as the consistency check would. */
        for (zip_uint64_t i = 0; i < x->nentries; i++) {
            const char *name = zip_get_name(x->za, i, ZIP_FL_ENC_RAW);
            if (!name || zip_name_locate(x->za, name, ZIP_FL_ENC_RAW) != (zip_int64_t)i)
                return fail(x, DOC_ERR_CORRUPT, "damaged zip archive: duplicate entry names");
        }
    }
    return DOC_OK;
}

/* The folder of a part name, with its '/': "word/" for "word/document.xml". */
static char *dir_of(const char *name)
{
    const char *sl = strrchr(name, '/');
    return sl ? xstrndup(name, (size_t)(sl - name) + 1) : xstrdup("");
}

static doc_error extract(docx *x, doc_text *out)
{
    doc_error e = DOC_OK;
    rels root = {.base = "", .is_root = true, .main_doc = -1, .app = -1};
    rels main_rels = {.main_doc = -1, .app = -1};
    app_props app = {.pages = -1};
    story body;
    story_init(&body, ROLE_BODY);
    strbuf hdr = STRBUF_INIT, ftr = STRBUF_INIT, notes = STRBUF_INIT;
    char *dir = NULL, *rels_name = NULL;
    size_t *cuts = NULL;

    /* The main part. */
    zip_int64_t ri = find_part(x, "_rels/.rels");
    if (ri >= 0 && (e = read_part(x, (zip_uint64_t)ri, rels_node, &root)) != DOC_OK)
        goto done;
    zip_int64_t mi = root.main_doc >= 0 ? root.main_doc : find_part(x, "word/document.xml");
    if (mi < 0) {
        e = fail(x, DOC_ERR_UNSUPPORTED, "not a Word document: no main document part (word/document.xml)");
        goto done;
    }
    x->taken[mi] = 1;
    const char *main_name = zip_get_name(x->za, (zip_uint64_t)mi, 0);
    if (!main_name) {
        e = fail(x, DOC_ERR_CORRUPT, "damaged zip archive (unnamed entry)");
        goto done;
    }
    dir = dir_of(main_name);
    rels_name = xasprintf("%s_rels/%s.rels", dir, main_name + strlen(dir));

    /* Page count. */
    zip_int64_t ai = root.app >= 0 ? root.app : find_part(x, "docProps/app.xml");
    if (ai >= 0 && ai != mi && (e = read_part(x, (zip_uint64_t)ai, app_node, &app)) != DOC_OK)
        goto done;
    if (app.pages > DOC_MAX_PAGES) {
        e = fail(x, DOC_ERR_TOO_LARGE, "document has %ld pages, more than %d", app.pages, DOC_MAX_PAGES);
        goto done;
    }

    /* Body, then headers, footers and notes. */
    if ((e = read_story(x, (zip_uint64_t)mi, &body)) != DOC_OK)
        goto done;
    zip_int64_t mri = find_part(x, rels_name);
    main_rels.base = dir;
    if (mri >= 0) {
        if ((e = read_part(x, (zip_uint64_t)mri, rels_node, &main_rels)) != DOC_OK)
            goto done;
    } else {
        scan_parts(x, dir, "header", &main_rels.hdr);
        scan_parts(x, dir, "footer", &main_rels.ftr);
        scan_parts(x, dir, "footnotes", &main_rels.notes);
        scan_parts(x, dir, "endnotes", &main_rels.notes);
    }
    if ((e = read_extra(x, &main_rels.hdr, ROLE_HDRFTR, &hdr, true)) != DOC_OK ||
        (e = read_extra(x, &main_rels.ftr, ROLE_HDRFTR, &ftr, true)) != DOC_OK ||
        (e = read_extra(x, &main_rels.notes, ROLE_NOTES, &notes, false)) != DOC_OK)
        goto done;

    if (!has_text(body.sb.data, body.sb.len) && !has_text(hdr.data, hdr.len) &&
        !has_text(ftr.data, ftr.len) && !has_text(notes.data, notes.len)) {
        e = fail(x, DOC_ERR_NO_TEXT, "the document has no text");
        goto done;
    }

    int page_count = 0;
    bool exact = false;
    if ((e = paginate(x, &body, app.pages, &cuts, &page_count, &exact)) != DOC_OK)
        goto done;
    out->pages = xcalloc((size_t)page_count, sizeof *out->pages);
    for (int i = 0; i < page_count; i++) {
        strbuf p = STRBUF_INIT;
        if (i == 0)
            sb_add(&p, hdr.data ? hdr.data : "", hdr.len);
        sb_add(&p, body.sb.data ? body.sb.data + cuts[i] : "", cuts[i + 1] - cuts[i]);
        if (i == page_count - 1) {
            sb_add(&p, notes.data ? notes.data : "", notes.len);
            sb_add(&p, ftr.data ? ftr.data : "", ftr.len);
        }
        out->pages[i] = sb_detach(&p);
    }
    out->npages = (size_t)page_count;
    out->page_count = page_count;
    out->pages_exact = exact;
    if (has_text(hdr.data, hdr.len) || has_text(ftr.data, ftr.len)) {
        strbuf f = STRBUF_INIT;
        sb_add(&f, hdr.data ? hdr.data : "", hdr.len);
        sb_add(&f, ftr.data ? ftr.data : "", ftr.len);
        out->furniture = sb_detach(&f);
    }

done:
    free(cuts);
    free(dir);
    free(rels_name);
    free(main_rels.hdr.idx);
    free(main_rels.ftr.idx);
    free(main_rels.notes.idx);
    sb_free(&app.val);
    story_free(&body);
    sb_free(&hdr);
    sb_free(&ftr);
    sb_free(&notes);
    return e;
}

doc_error docx_extract(const unsigned char *data, size_t len, doc_text *out, char **message)
{
    if (message)
        *message = NULL;
    if (!out) {
        if (message)
            *message = xstrdup("docx_extract: no output");
        return DOC_ERR_IO;
    }
    out->pages = NULL;
    out->npages = 0;
    out->page_count = -1;
    out->pages_exact = false;
    out->furniture = NULL;
    out->a4_pages = 0;
    if (len == 0 || !data) {
        if (message)
            *message = xstrdup("file is empty (0 bytes)");
        return DOC_ERR_EMPTY;
    }

    xmlInitParser();
    docx x = {0};
    doc_error e = open_zip(&x, data, len);
    if (e == DOC_OK)
        e = extract(&x, out);
    if (x.za)
        zip_discard(x.za);
    free(x.taken);
    if (e != DOC_OK) {
        doc_text_free(out);
        out->page_count = -1;
        out->pages_exact = false;
        if (!x.msg)
            x.msg = xstrdup(doc_error_code(e) ? doc_error_code(e) : "error");
    }
    if (message)
        *message = x.msg;
    else
        free(x.msg);
    return e;
}
