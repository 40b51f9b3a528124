#!/bin/sh
# Regenerate tests/holdout23/ (10 CVs in PDF layouts, round 23): the LibreOffice CVs through the shared
# tests/holdout2/src/build.py (python-docx -> LibreOffice), the Chromium CVs through src/html_pdf.py
# (HTML + CSS -> headless Chromium), then the shared tests/holdout2/src/expected.py cross-checks every
# hand-entered value against the inbox and writes expected/*.json.
#
#   tests/holdout23/make-holdout23.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout23.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium python3
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout23.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout23/inbox (LibreOffice) ..."
ZEEF_H23_ONLY=lo "$PY" "$SRC/build.py" . "$WORK/lo" src/holdout23_cvs.py >/dev/null
echo "printing tests/holdout23/inbox (Chromium) ..."
"$PY" src/html_pdf.py . "$WORK/html" src/holdout23_cvs.py
echo "checking and writing tests/holdout23/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout23_cvs.py
