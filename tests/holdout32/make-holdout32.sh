#!/bin/sh
# Regenerate tests/holdout32/ (the assessor's view of criteria 4-8 and the knock-outs, round 32: 12 CVs):
# the LibreOffice CVs through the shared tests/holdout2/src/build.py (python-docx -> LibreOffice), the Chromium
# CVs through tests/holdout23/src/html_pdf.py (HTML + CSS -> headless Chromium), then the shared
# tests/holdout2/src/expected.py cross-checks every hand-entered value against the inbox and writes expected/*.json.
#
#   tests/holdout32/make-holdout32.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
for tool in soffice pdfinfo pdftotext chromium python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-holdout32.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-holdout32.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }
export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout32.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout32/inbox (LibreOffice) ..."
ZEEF_H32_ONLY=lo "$PY" "$SRC/build.py" . "$WORK/lo" src/holdout32_cvs.py >/dev/null
echo "printing tests/holdout32/inbox (Chromium) ..."
"$PY" "$HERE/../holdout23/src/html_pdf.py" . "$WORK/html" src/holdout32_cvs.py
echo "checking and writing tests/holdout32/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout32_cvs.py
