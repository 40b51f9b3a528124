# -*- coding: utf-8 -*-
"""Run the shared tests/holdout2/src/expected.py on round 27 with one change: the checker's pdftotext text is
normalised first: the -layout text is appended to the raw one (wide justified word spacing makes raw
pdftotext read single words as columns, so a passage is looked for in either reading); groff's U+2010 hyphen and U+2212 minus read as '-'; a word broken at a line end (letter, hyphen or
U+00AD, newline, letter) joined, also a period broken after a tight dash ('2021–' / '2022'); the remaining soft hyphens (Chromium writes every U+00AD into the text layer)
dropped; an ALL CAPS line also appended in title case (small caps / text-transform print the name upper case).
This round's PDFs do all of that on purpose. Every other check is unchanged.

Usage: python3 expected27.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import os
import re
import subprocess
import sys

sys.argv = [sys.argv[0]] + sys.argv[1:4]
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src")
sys.path.insert(0, SRC)
import expected  # noqa: E402  (loads the CV module from sys.argv[3])

_orig = expected.pdf_text


def pdf_text(path):
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True,
                            capture_output=True, text=True).stdout
    t = _orig(path) + "\n" + layout.replace("\u2010", "-").replace("\u2212", "-")     # groff's hyphen and minus glyphs
    t = re.sub(r"([^\W\d_])\u00ad?[-\u00ad] *\n([^\W\d_])", r"\1\2", t)     # a word broken at a line end
    t = re.sub(r"(\d[\u2013\u2014])\n(\d)", r"\1\2", t)                # a line broken after '2021–'
    t = t.replace("\u00ad", "")                                       # Chromium keeps every soft hyphen
    # a line in small caps / ALL CAPS (text-transform, w:caps) also stands in its title-case reading
    caps = [re.sub(r"(?<=\S )(Van|De|Der|Den|Ter|Ten|Het)\b", lambda m: m.group(1).lower(), ln.title())
            for ln in t.splitlines() if len(ln) > 3 and ln.isupper()]
    return t + "\n" + "\n".join(caps)


expected.pdf_text = pdf_text
expected.main()
