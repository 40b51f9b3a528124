#!/bin/sh
# Regenerate tests/holdout29/ (11 eligible CVs in new styles, round 29): the LibreOffice CVs through the shared
# tests/holdout2/src/build.py (python-docx -> LibreOffice), the Chromium CVs through src/html29.py (the
# tests/holdout23/src/html_pdf.py renderer plus a right-aligned period column), then src/expected29.py (the shared
# tests/holdout2/src/expected.py with a date parser for "'16", "Q2 2017", "voorjaar 2016", "eind 2020")
# cross-checks every hand-entered value against the inbox and writes expected/*.json.
#
#   tests/holdout29/make-holdout29.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout29.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium python3
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout29.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout29/inbox (LibreOffice) ..."
ZEEF_H29_ONLY=lo "$PY" "$SRC/build.py" . "$WORK/lo" src/holdout29_cvs.py >/dev/null
echo "printing tests/holdout29/inbox (Chromium) ..."
"$PY" src/html29.py . "$WORK/html" src/holdout29_cvs.py
echo "checking and writing tests/holdout29/expected ..."
"$PY" src/expected29.py . "$WORK/lo" src/holdout29_cvs.py
