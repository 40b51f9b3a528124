#!/bin/sh
# Regenerate tests/holdout46/ (a second batch of hard layouts and file shapes, round 46): the Chromium PDFs through
# src/html46.py (landscape page in three columns, headings as images, CSS columns over two pages), the python-docx
# CVs through src/word46.py (a bulleted list with the period last, the whole CV in one table cell, a two-column
# section; kept as DOCX or printed to PDF by LibreOffice, DOCX <Pages> from a LibreOffice rendering of the very
# file), the PDFs written directly by src/pdf46.py (a Word "Opslaan als PDF" text layer with ligatures and soft
# hyphens; a design-tool export in layer order), then src/expected46.py runs the shared
# tests/holdout2/src/expected.py (same cross-checks; its pdftotext text normalised for ligatures and soft hyphens)
# and writes expected/*.json.
# tests/holdout2/make-set.sh itself cannot be used: its build.py lays out every CV with tests/holdout/src/layout.py
# and empties inbox/ first (as in rounds 41 and 44).
#
#   tests/holdout46/make-holdout46.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium fonts-liberation2
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout46.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout46.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
rm -rf inbox
mkdir inbox
echo "printing tests/holdout46/inbox (Chromium) ..."
"$PY" src/html46.py . "$WORK/html" src/holdout46_cvs.py
echo "writing tests/holdout46/inbox (python-docx, LibreOffice) ..."
"$PY" src/word46.py . "$WORK/lo" src/holdout46_cvs.py
echo "writing tests/holdout46/inbox (PDF written directly) ..."
"$PY" src/pdf46.py . "$WORK/pdf" src/holdout46_cvs.py
echo "checking and writing tests/holdout46/expected ..."
"$PY" src/expected46.py . "$WORK/lo" src/holdout46_cvs.py
