#!/bin/sh
# Regenerate tests/holdout41/ (8 CVs from other producers, round 41): the CV-builder and pandoc PDFs through
# src/builder_pdf.py (HTML + CSS or Markdown -> pandoc -> HTML, then headless Chromium), the DOCX through
# src/word_docx.py (python-docx + w:cols, fields, text boxes, nested tables; rendered by LibreOffice for the page
# count), then the shared tests/holdout2/src/expected.py (unchanged, same cross-checks) writes expected/*.json.
# tests/holdout2/make-set.sh itself is not used because its build.py lays out every CV with
# tests/holdout/src/layout.py and empties inbox/ first; this script runs the same steps with these producers.
#
#   tests/holdout41/make-holdout41.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium pandoc
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout41.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium pandoc python3
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout41.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
rm -rf inbox
mkdir inbox
echo "printing tests/holdout41/inbox (CV builders and pandoc, Chromium) ..."
"$PY" src/builder_pdf.py . "$WORK/html" src/holdout41_cvs.py
echo "writing tests/holdout41/inbox (python-docx) ..."
"$PY" src/word_docx.py . "$WORK/lo" src/holdout41_cvs.py
echo "checking and writing tests/holdout41/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout41_cvs.py
