#!/bin/sh
# Regenerate tests/holdout34/ (the kinds of CVs named in the issue once more, round 34: 14 CVs, fresh people and wording):
# the LibreOffice CVs through the shared tests/holdout2/src/build.py (python-docx -> LibreOffice), the Chromium
# CVs through tests/holdout23/src/html_pdf.py (HTML + CSS -> headless Chromium), then the shared
# tests/holdout2/src/expected.py cross-checks every hand-entered value against the inbox and writes expected/*.json.
#
#   tests/holdout34/make-holdout34.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
for tool in soffice pdfinfo pdftotext chromium python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-holdout34.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-holdout34.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }
export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout34.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout34/inbox (LibreOffice) ..."
ZEEF_H34_ONLY=lo "$PY" "$SRC/build.py" . "$WORK/lo" src/holdout34_cvs.py >/dev/null
echo "printing tests/holdout34/inbox (Chromium) ..."
"$PY" "$HERE/../holdout23/src/html_pdf.py" . "$WORK/html" src/holdout34_cvs.py
echo "checking and writing tests/holdout34/expected ..."
"$PY" "$SRC/expected.py" . "$WORK/lo" src/holdout34_cvs.py
