#!/bin/sh
# Regenerate tests/holdout24/ (10 DOCX CVs as Word, LibreOffice and a hand-written minimal package write
# them, round 24): src/wordml.py writes the DOCX files (python-docx package + hand-written WordprocessingML:
# tracked changes, fields, content controls, text boxes, merged cells, notes, comments), renders them with
# LibreOffice and writes each file's reading text; src/expect24.py runs the shared
# tests/holdout2/src/expected.py cross-checks on that text and writes expected/*.json.
#
#   tests/holdout24/make-holdout24.sh
#
# Needs (Debian 12): python3-docx python3-lxml libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout24.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
export PYTHONPATH="$HERE/../holdout2/src${PYTHONPATH:+:$PYTHONPATH}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout24.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout24/inbox ..."
"$PY" src/wordml.py . "$WORK/w" src/holdout24_cvs.py
echo "checking and writing tests/holdout24/expected ..."
"$PY" src/expect24.py . "$WORK/w" src/holdout24_cvs.py
