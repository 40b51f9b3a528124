#!/bin/sh
# make-hostile.sh — build the hostile and broken corpus of issue 3 for tests/hostile.t.
#
# Run from anywhere: sh tests/hostile/make-hostile.sh
# Writes tests/hostile/files/*; the outputs are committed (about 2.4 MB), so the
# tests need neither python3 nor qpdf nor LibreOffice.  See README.md next to
# this script for what each file is and what zeef-extract must answer.
#
# Needs python3 (stdlib only) for the zips, the XML, the hand-written PDFs and
# the password-protected DOCX (AES through openssl(1)), qpdf for the
# password-protected PDFs, and LibreOffice (soffice) for the legacy .doc.
# Without qpdf or soffice those files are left as they are (the committed
# copies stay).
#
# Deterministic: everything python writes is byte-for-byte the same on every
# run (fixed zip times, fixed order, fixed salt, no random data); qpdf runs
# with --static-id and --static-aes-iv, except for AES-256, which always draws
# a random key: owner-only-256.pdf differs per run in its bytes, not in what
# it is.
#
# The zip bombs are written by streaming: the inflated data (over 1 GiB) is
# never in memory, only one 1 MiB chunk of it at a time, and the zip's local
# header is patched with the CRC and sizes afterwards.
set -eu
cd "$(dirname "$0")"
mkdir -p files
python3 - <<'PY'
import hashlib, os, struct, subprocess, zlib

OUT = 'files'
MiB = 1 << 20

def path(name):
    return os.path.join(OUT, name)

# --------------------------------------------------------------- zip writer --
DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1      # 1980-01-01 00:00:00

class Zip:
    """A minimal, deterministic zip writer.  add() takes bytes; add_stream()
    takes a generator of chunks and never holds more than one of them."""
    def __init__(self, name):
        self.f = open(path(name), 'wb')
        self.central = bytearray()
        self.n = 0

    def _local(self, nb, crc, csize, usize, method):
        return struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, method, DOS_TIME, DOS_DATE,
                           crc, csize, usize, len(nb), 0) + nb

    def _central(self, nb, crc, csize, usize, method, off):
        self.central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, method,
                                    DOS_TIME, DOS_DATE, crc, csize, usize, len(nb),
                                    0, 0, 0, 0, 0, off) + nb
        self.n += 1

    def add(self, name, data, declare=None, store=False):
        """declare: the uncompressed size written in both headers (a lie when
        it differs from len(data))."""
        nb = name.encode('utf-8')
        crc = zlib.crc32(data) & 0xffffffff
        if store:
            comp, method = data, 0
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp, method = co.compress(data) + co.flush(), 8
        usize = len(data) if declare is None else declare
        off = self.f.tell()
        self.f.write(self._local(nb, crc, len(comp), usize, method))
        self.f.write(comp)
        self._central(nb, crc, len(comp), usize, method, off)

    def add_stream(self, name, chunks, declare=None):
        nb = name.encode('utf-8')
        off = self.f.tell()
        self.f.write(self._local(nb, 0, 0, 0, 8))          # patched below
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        crc = usize = csize = 0
        for c in chunks:
            crc = zlib.crc32(c, crc)
            usize += len(c)
            z = co.compress(c)
            csize += len(z)
            self.f.write(z)
        z = co.flush()
        csize += len(z)
        self.f.write(z)
        assert usize < 1 << 32 and csize < 1 << 32          # no zip64 needed
        if declare is not None:
            usize = declare
        end = self.f.tell()
        self.f.seek(off)
        self.f.write(self._local(nb, crc & 0xffffffff, csize, usize, 8))
        self.f.seek(end)
        self._central(nb, crc & 0xffffffff, csize, usize, 8, off)

    def close(self):
        cd = self.f.tell()
        self.f.write(self.central)
        self.f.write(struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, self.n, self.n,
                                 len(self.central), cd, 0))
        self.f.close()

# -------------------------------------------------------------- DOCX parts --
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      b'<Default Extension="xml" ContentType="application/xml"/>'
      b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      b'</Types>\n')
RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        b'</Relationships>\n')
XMLDECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

def paras(*texts):
    return ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t for t in texts)

def document(body, prolog=b''):
    return (XMLDECL + prolog + ('<w:document %s><w:body>' % W).encode() + body.encode('utf-8')
            + b'</w:body></w:document>\n')

CV = ['Jan Jansen', 'Curriculum vitae',
      'Coordinator sociaal team bij de gemeente Heerde, 2015 - heden.',
      'Opleiding: HBO Maatschappelijk Werk en Dienstverlening, diploma behaald.',
      'Referenties zijn op aanvraag beschikbaar.']

def docx(name, doc, extra=(), rels=RELS):
    z = Zip(name)
    z.add('[Content_Types].xml', CT)
    z.add('_rels/.rels', rels)
    z.add('word/document.xml', doc)
    for n, d in extra:
        z.add(n, d)
    z.close()

def zeros_like(total, unit=b' '):
    """total bytes of unit, 1 MiB at a time."""
    chunk = unit * (MiB // len(unit))
    left = total
    while left > 0:
        c = chunk if left >= len(chunk) else chunk[:left]
        left -= len(c)
        yield c

def bomb_doc(inflated):
    """A document.xml that is inflated bytes long: a real paragraph, then
    white space up to the size (ignorable white space between elements)."""
    head = document(paras(*CV))[:-len(b'</w:body></w:document>\n')]
    tail = b'</w:body></w:document>\n'
    yield head
    yield from zeros_like(inflated - len(head) - len(tail))
    yield tail

# The base CV, a readable DOCX (for docx-named.pdf, truncated.docx, LibreOffice).
docx('cv.docx', document(paras(*CV, 'Hostile corpus: een DOCX met de naam .pdf.')))

# A zip bomb: word/document.xml inflates to 1.1 GiB, headers honest (declared
# size and ratio give it away before anything is inflated).
z = Zip('zip-bomb.docx')
z.add('[Content_Types].xml', CT)
z.add('_rels/.rels', RELS)
z.add_stream('word/document.xml', bomb_doc(1100 * MiB))
z.close()

# Sizes that lie: the same kind of entry, 512 MiB inflated, but both headers
# declare 2000 bytes (compressed size and CRC are the true ones, so libzip's
# consistency check passes and only the inflated byte count tells).
z = Zip('zip-lying.docx')
z.add('[Content_Types].xml', CT)
z.add('_rels/.rels', RELS)
z.add_stream('word/document.xml', bomb_doc(512 * MiB), declare=2000)
z.close()

# Billion laughs: ten levels of ten references, 10^9 "lol"s if expanded.
laughs = b'<!DOCTYPE w:document [\n<!ENTITY lol "lol">\n'
prev = 'lol'
for i in range(1, 10):
    laughs += ('<!ENTITY lol%d "%s">\n' % (i, ('&%s;' % prev) * 10)).encode()
    prev = 'lol%d' % i
laughs += b']>\n'
docx('billion-laughs.docx', document(paras('Jan Jansen', '&lol9;'), laughs))

# XXE: an external entity naming a local file, used in the text.
docx('xxe.docx', document(paras('Jan Jansen', 'Geheim: &xxe;'),
     b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'))

# The same through a parameter entity and an external DTD (no entity in the text).
docx('xxe-dtd.docx', document(paras('Jan Jansen'),
     b'<!DOCTYPE w:document SYSTEM "file:///etc/passwd">\n'))

# XInclude needs no DOCTYPE: it must stay an unknown element, never a file read.
docx('xinclude.docx', document(
    paras(*CV) + '<w:p><w:r><w:t><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
    'href="file:///etc/passwd" parse="text"/></w:t></w:r></w:p>'))

# A header relationship whose target is a local file outside the package.
docx('external-target.docx', document(paras(*CV)), extra=[
    ('word/_rels/document.xml.rels',
     b'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="file:///etc/passwd" TargetMode="External"/>'
     b'<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="../../../../../../etc/passwd"/>'
     b'</Relationships>\n')])

# 10000 nested elements.
docx('deep.docx', document('<w:customXml w:element="x">' * 10000 + paras('te diep') + '</w:customXml>' * 10000))

# Bytes that are not UTF-8 in a part that says it is.
docx('bad-utf8.docx', XMLDECL + ('<w:document %s><w:body>' % W).encode() +
     paras('Jan Jansen').encode() +
     b'<w:p><w:r><w:t>caf\xe9 \xff\xfe \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80</w:t></w:r></w:p>'
     b'</w:body></w:document>\n')

# A zip with 5000 entries (tiny, stored).
z = Zip('many-entries.docx')
z.add('[Content_Types].xml', CT)
z.add('_rels/.rels', RELS)
z.add('word/document.xml', document(paras(*CV)))
for i in range(5000):
    z.add('m/%04d' % i, b'', store=True)
z.close()

# A cut-off download: the first 60% of cv.docx (no central directory).
with open(path('cv.docx'), 'rb') as f:
    data = f.read()
with open(path('truncated.docx'), 'wb') as f:
    f.write(data[:len(data) * 6 // 10])

# The DOCX named .pdf: format comes from the bytes, not the name.
os.replace(path('cv.docx'), path('docx-named.pdf'))

# ------------------------------------------------ password-protected DOCX --
# What Word writes for "Encrypt with password": not a zip but an OLE2 compound
# file holding the encrypted zip (stream EncryptedPackage) and its parameters
# (stream EncryptionInfo).  Written here with ECMA-376 Standard Encryption
# (AES-128 through openssl(1), SHA-1 key derivation, MS-OFFCRYPTO 2.3.4.5),
# password "geheim", fixed salt and verifier: a real encrypted document that
# msoffcrypto-tool decrypts (checked when writing it), made deterministically.
# (Word also writes a \x06DataSpaces storage; readers, ours included, do not
# need it.)
def aes_ecb(key, data):
    return subprocess.run(['openssl', 'enc', '-aes-128-ecb', '-nopad', '-K', key.hex()],
                          input=data, stdout=subprocess.PIPE, check=True).stdout

def standard_encrypt(package, password, salt, verifier):
    """ECMA-376 Standard Encryption (MS-OFFCRYPTO 2.3.4.5): AES-128, SHA-1."""
    h = hashlib.sha1(salt + password.encode('utf-16-le')).digest()
    for i in range(50000):
        h = hashlib.sha1(struct.pack('<I', i) + h).digest()
    h = hashlib.sha1(h + struct.pack('<I', 0)).digest()
    x1 = hashlib.sha1(bytes(b ^ 0x36 for b in h.ljust(64, b'\0'))).digest()
    x2 = hashlib.sha1(bytes(b ^ 0x5c for b in h.ljust(64, b'\0'))).digest()
    key = (x1 + x2)[:16]
    csp = 'Microsoft Enhanced RSA and AES Cryptographic Provider\0'.encode('utf-16-le')
    header = struct.pack('<IIIIIIII', 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    vhash = hashlib.sha1(verifier).digest().ljust(32, b'\0')
    info = (struct.pack('<HHI', 3, 2, 0x24) + struct.pack('<I', len(header)) + header +
            struct.pack('<I', 16) + salt + aes_ecb(key, verifier) + struct.pack('<I', 20) +
            aes_ecb(key, vhash))
    pad = (-len(package)) % 16
    enc = struct.pack('<Q', len(package)) + aes_ecb(key, package + b'\0' * pad)
    return info, enc

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

def cfb(streams):
    """A compound file (version 3, 512-byte sectors) with streams in the root
    storage: [(name, data)], names sorted as CFB wants (length, then upper)."""
    streams = sorted(streams, key=lambda s: (len(s[0]), s[0].upper()))
    mini = bytearray(); minifat = []; big = []     # big: (index, data)
    starts = {}
    for name, data in streams:
        if len(data) < 4096:
            first = len(mini) // 64
            n = max(1, (len(data) + 63) // 64)
            minifat += [first + k + 1 for k in range(n - 1)] + [END]
            mini += data.ljust(n * 64, b'\0')
            starts[name] = first
        else:
            big.append((name, data))
    # sectors: 0 FAT, 1 directory, 2 MiniFAT, then the mini stream, then big streams
    sectors = []; fat = [FATSECT, END, END]
    def chain(data):
        first = 3 + len(sectors)
        n = max(1, (len(data) + 511) // 512)
        for k in range(n):
            sectors.append(data[k * 512:(k + 1) * 512].ljust(512, b'\0'))
            fat.append(first + k + 1 if k < n - 1 else END)
        return first
    mini_start = chain(bytes(mini)) if mini else END
    for name, data in big:
        starts[name] = chain(data)
    assert len(fat) <= 128 and len(minifat) <= 128 and len(streams) <= 3
    def entry(name, typ, start, size, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM):
        nb = (name + '\0').encode('utf-16-le') if name else b''
        return (nb.ljust(64, b'\0') + struct.pack('<HBB', len(nb), typ, 1 if typ else 0) +
                struct.pack('<III', left, right, child) + b'\0' * 16 + b'\0' * 4 + b'\0' * 16 +
                struct.pack('<IQ', start, size))
    # a simple tree: root's child is the first stream, the rest hang to the right
    d = entry('Root Entry', 5, mini_start, len(mini), child=1 if streams else NOSTREAM)
    for i, (name, data) in enumerate(streams):
        right = i + 2 if i + 1 < len(streams) else NOSTREAM
        d += entry(name, 2, starts[name], len(data), right=right)
    d = d.ljust(512, b'\0')
    for k in range(len(streams) + 1, 4):                       # unused entries
        d = d[:k * 128] + entry('', 0, 0, 0) + d[(k + 1) * 128:]
    header = (bytes.fromhex('d0cf11e0a1b11ae1') + b'\0' * 16 +
              struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6 +
              struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, 2 if minifat else END,
                          1 if minifat else 0, END, 0) +
              struct.pack('<I', 0) + struct.pack('<I', FREE) * 108)
    assert len(header) == 512
    fatsec = b''.join(struct.pack('<I', v) for v in fat + [FREE] * (128 - len(fat)))
    mfsec = b''.join(struct.pack('<I', v) for v in minifat + [FREE] * (128 - len(minifat)))
    return header + fatsec + d + mfsec + b''.join(sectors)


with open(path('docx-named.pdf'), 'rb') as f:
    pkg = f.read()
info, enc = standard_encrypt(pkg, 'geheim', bytes(range(16)), bytes(range(16, 32)))
with open(path('encrypted.docx'), 'wb') as f:
    f.write(cfb([('EncryptionInfo', info), ('EncryptedPackage', enc)]))

# A zero-byte file.
open(path('empty.pdf'), 'wb').close()

# -------------------------------------------------------------- PDF writer --
def pdf(objs):
    """objs: list of bytes, object i+1; object 1 is the catalog."""
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)

def stream(data, extra=b'', flate=False):
    if flate:
        data = zlib.compress(data, 9)
        extra += b' /Filter /FlateDecode'
    return b'<< /Length %d%s >>\nstream\n' % (len(data), extra) + data + b'\nendstream'

def pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)').encode('cp1252')

def text_content(lines):
    c = b'BT /F1 11 Tf 72 760 Td 14 TL\n'
    for l in lines:
        c += b'(' + pdf_esc(l) + b") '\n"
    return c + b'ET\n'

FONT = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'

def text_pdf(pages):
    """pages: list of lists of lines."""
    n = len(pages)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', None, FONT]
    kids = []
    for lines in pages:
        page_no = len(objs) + 1
        kids.append(b'%d 0 R' % page_no)
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                    b'/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (page_no + 1))
        objs.append(stream(text_content(lines)))
    objs[1] = b'<< /Type /Pages /Count %d /Kids [%s] >>' % (n, b' '.join(kids))
    return pdf(objs)

with open(path('cv.pdf'), 'wb') as f:
    f.write(text_pdf([CV + ['Hostile corpus: een PDF met de naam .docx.']]))
with open(path('base.pdf'), 'wb') as f:          # input for qpdf, removed by the shell part
    f.write(text_pdf([CV + ['Hostile corpus: beveiligde PDF.']]))

# Truncated: the first 55% of a two-page PDF, cut inside page 2's content stream;
# no xref, no trailer.
two = text_pdf([CV, ['Tweede pagina', 'Werkervaring: coordinator wijkteam 2010 - 2015.'] * 5])
with open(path('truncated.pdf'), 'wb') as f:
    f.write(two[:len(two) * 55 // 100])

# 500 pages, one shared content stream: small on disk, refused by its page count.
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', None, FONT,
        stream(text_content(['Pagina van een CV van 500 pagina\'s.']))]
kids = []
for i in range(500):
    kids.append(b'%d 0 R' % (len(objs) + 1))
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                b'/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>')
objs[1] = b'<< /Type /Pages /Count 500 /Kids [%s] >>' % b' '.join(kids)
with open(path('500-pages.pdf'), 'wb') as f:
    f.write(pdf(objs))

# Image only: a page with a grey-scale picture of "text lines" and no text layer.
w, h = 400, 300
rows = []
for y in range(h):
    line = (y // 12) % 2 == 0 and 30 <= y < 270
    rows.append(bytes(0 if line and 20 <= x < 380 and (x // 7) % 5 else 255 for x in range(w)))
img = stream(b''.join(rows), b' /Type /XObject /Subtype /Image /Width %d /Height %d '
             b'/ColorSpace /DeviceGray /BitsPerComponent 8' % (w, h), flate=True)
with open(path('image-only.pdf'), 'wb') as f:
    f.write(pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                 b'<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
                 b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                 b'/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
                 stream(b'q 500 0 0 375 48 400 cm /Im1 Do Q\n'),
                 img]))

# Form XObjects that each draw the next one twice, 40 levels deep: 2^40 text
# draws for one page.  A hang: must be killed at the time limit.
N = 40
objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
        b'/Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>',
        FONT,
        stream(b'BT /F1 11 Tf 72 760 Td (Jan Jansen, coordinator) Tj ET\n/X Do\n')]
for i in range(N):
    me = len(objs) + 1
    res = b'/Font << /F1 4 0 R >>' + (b' /XObject << /X %d 0 R >>' % (me + 1) if i < N - 1 else b'')
    body = b'/X Do /X Do\n' if i < N - 1 else b'BT /F1 1 Tf 0 0 Td (x) Tj ET\n'
    objs.append(stream(body, b' /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << %s >>' % res))
with open(path('xobject-bomb.pdf'), 'wb') as f:
    f.write(pdf(objs))

# Text that decodes to invalid UTF-8: a ToUnicode map sending glyphs to lone
# surrogates, a non-character and NUL; the rest of the text is normal.
cmap = (b'/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n'
        b'/CMapName /Bad def /CMapType 2 def\n'
        b'1 begincodespacerange <00> <FF> endcodespacerange\n'
        b'4 beginbfchar <80> <D800> <81> <DFFF> <82> <FFFF> <83> <0000> endbfchar\n'
        b'1 beginbfrange <20> <7E> <0020> endbfrange\n'
        b'endcmap CMapName currentdict /CMap defineresource pop end end\n')
with open(path('bad-unicode.pdf'), 'wb') as f:
    f.write(pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                 b'<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
                 b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                 b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
                 b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
                 stream(b'BT /F1 11 Tf 72 760 Td 14 TL (Jan Jansen, coordinator sociaal team) Tj T* '
                        b'(kapot: \x80\x81\x82\x83 einde) Tj ET\n'),
                 stream(cmap)]))

# A text bomb: one page whose content stream inflates to 64 MiB of lines of
# "woord", 10 million words laid on the page over and over.  poppler builds
# the whole page's text in memory before handing any of it over (several GB
# for this page): the memory limit stops it, and the answer is too_large.
# (Tiny or off-page text would not do: poppler drops text outside the page
# and stops keeping tiny characters after 50000 of them.)
block = b'1 0 0 1 40 800 Tm\n' + b"(woord woord woord woord woord woord woord woord) '\n" * 60
co = zlib.compressobj(9)
comp = bytearray(co.compress(b'BT /F1 10 Tf 12 TL\n'))
chunk = block * (MiB // len(block))
for _ in range(64):
    comp += co.compress(chunk)
comp += co.compress(b'ET\n') + co.flush()
with open(path('text-bomb.pdf'), 'wb') as f:
    f.write(pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                 b'<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
                 b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                 b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
                 FONT,
                 b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + bytes(comp) + b'\nendstream']))
PY

# The PDF named .docx.
mv files/cv.pdf files/pdf-named.docx

# Password-protected PDFs (qpdf).  AES-128 (R4) derives its key from the
# password and the /ID, so with --static-id/--static-aes-iv the bytes are
# fixed; AES-256 (R6) always draws a random key, so owner-only-256.pdf is the
# one qpdf file whose bytes differ per run.
if command -v qpdf >/dev/null; then
    q="qpdf --static-id --static-aes-iv"
    $q --encrypt geheim eigenaar 128 --use-aes=y -- files/base.pdf files/encrypted.pdf
    # owner password only, extraction allowed: opens without a password, read normally
    $q --encrypt "" eigenaar 128 --use-aes=y -- files/base.pdf files/owner-only.pdf
    $q --encrypt "" eigenaar 256 -- files/base.pdf files/owner-only-256.pdf
else
    echo "make-hostile.sh: no qpdf; keeping the committed encrypted.pdf, owner-only*.pdf" >&2
fi

# LibreOffice: a legacy binary .doc (an OLE2 file without EncryptedPackage).
if command -v soffice >/dev/null; then
    lo=$(mktemp -d)
    cp files/docx-named.pdf "$lo/legacy.docx"
    HOME="$lo" soffice --headless --norestore --convert-to doc:"MS Word 97" --outdir "$lo" \
        "$lo/legacy.docx" >/dev/null 2>&1
    cp "$lo/legacy.doc" files/legacy.doc
    rm -rf "$lo"
    python3 - <<'PY'
import sys
d = open('files/legacy.doc', 'rb').read()
if d[:8] != bytes.fromhex('d0cf11e0a1b11ae1') or 'EncryptedPackage'.encode('utf-16-le') in d:
    sys.exit('make-hostile.sh: LibreOffice did not write an OLE2 .doc')
PY
else
    echo "make-hostile.sh: no soffice; keeping the committed legacy.doc" >&2
fi
rm -f files/base.pdf
ls -l files | awk 'NR > 1 { print "wrote files/" $NF, $5 }'
du -sh files
