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
for tool in soffice pdfinfo pdftotext chromium python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-holdout23.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-holdout23.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }
export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout23.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout23/inbox (LibreOffice) ..."
ZEEF_H23_ONLY=lo "$PY" "$SRC/build.py" . "$WORK/lo" src/holdout23_cvs.py >/dev/null
echo "printing tests/holdout23/inbox (Chromium) ..."
"$PY" src/html_pdf.py . "$WORK/html" src/holdout23_cvs.py
echo "checking and writing tests/holdout23/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout23_cvs.py
