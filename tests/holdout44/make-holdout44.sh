#!/bin/sh
# Regenerate tests/holdout44/ (8 eligible CVs in layouts that are hard to read, round 44): the Chromium PDFs through
# src/html44.py (HTML + CSS -> headless Chromium), the python-docx CVs through src/word44.py (w:cols, a table row
# breaking across pages, content controls of a Word template, merged cells, a first-page header; kept as DOCX or
# printed to PDF by LibreOffice, DOCX <Pages> from a LibreOffice rendering of the very file), then the shared
# tests/holdout2/src/expected.py (unchanged, same cross-checks) writes expected/*.json.
# The steps are those of tests/holdout2/make-set.sh, which cannot be called as is: its build.py lays out every CV
# with tests/holdout/src/layout.py and empties inbox/ first (tests/holdout41/make-holdout41.sh does the same).
#
#   tests/holdout44/make-holdout44.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout44.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout44.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
rm -rf inbox
mkdir inbox
echo "printing tests/holdout44/inbox (Chromium) ..."
"$PY" src/html44.py . "$WORK/html" src/holdout44_cvs.py
echo "writing tests/holdout44/inbox (python-docx, LibreOffice) ..."
"$PY" src/word44.py . "$WORK/lo" src/holdout44_cvs.py
echo "checking and writing tests/holdout44/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout44_cvs.py
