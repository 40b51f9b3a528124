#!/bin/sh
# Regenerate tests/holdout57/ (round 57: CVs as other real producers write them). Each CV is made by its own
# producer: pdflatex + moderncv (src/latex57.py), a Google Docs-style DOCX package (src/gdocs57.py), a Writer
# document with frames saved as DOCX by LibreOffice (src/odt57.py), a design-tool export with one text object per
# word and a scanned page with an invisible OCR text layer (src/pdf57.py), WeasyPrint (src/weasy57.py), pandoc's
# DOCX writer (src/pandoc57.py) and AbiWord printing a Word document with a two-column section (src/abiword57.py).
# Then src/expected57.py runs the shared tests/holdout2/src/expected.py (same cross-checks) and writes
# expected/*.json. tests/holdout2/make-set.sh itself cannot be used: its build.py lays out every CV with
# tests/holdout/src/layout.py and empties inbox/ first (as in rounds 41, 44 and 46).
#
#   tests/holdout57/make-holdout57.sh
#
# Needs (Debian 12): python3-docx python3-pil libreoffice-writer-nogui poppler-utils texlive-latex-extra
# texlive-fonts-extra texlive-lang-european lmodern weasyprint pandoc abiword fonts-liberation2
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout57.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext pdftoppm pdflatex weasyprint pandoc abiword
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout57.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
rm -rf inbox
mkdir inbox
echo "writing tests/holdout57/inbox ..."
for producer in latex57 gdocs57 odt57 pdf57 weasy57 pandoc57 abiword57; do
    "$PY" "src/$producer.py" . "$WORK" src/holdout57_cvs.py
done
echo "checking and writing tests/holdout57/expected ..."
"$PY" src/expected57.py . "$WORK" src/holdout57_cvs.py
