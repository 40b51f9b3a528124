#!/usr/bin/env python3
"""docx-to-parts.py — turn a DOCX (any zip) into the "parts" input of
tests/fuzz/fuzz_docx.c: the line "ZEEF-FUZZ-PARTS" (plus " deflate" with
--deflate), then each entry as "== NAME\\n" followed by its bytes.

    python3 tests/fuzz/docx-to-parts.py [--deflate] IN.docx OUT

Used to make the parts-* seeds in tests/fuzz/corpus/fuzz_docx/ from
tests/fixtures/docx/*.docx."""
import sys, zipfile

args = sys.argv[1:]
deflate = '--deflate' in args
args = [a for a in args if a != '--deflate']
src, dst = args
out = [b'ZEEF-FUZZ-PARTS' + (b' deflate' if deflate else b'') + b'\n']
with zipfile.ZipFile(src) as z:
    parts = [b'== ' + i.filename.encode() + b'\n' + z.read(i) for i in z.infolist()]
out.append(b'\n'.join(parts))
open(dst, 'wb').write(b''.join(out))
