#!/bin/sh
# Regenerate the sample inbox (samples/inbox/) and its expected results (samples/expected/).
#
#   samples/make-samples.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui qpdf poppler-utils img2pdf
# The CV texts and the hand-checked expectations live in src/cvs.py; src/render.py lays
# them out (python-docx, or a flat ODT for the text-frame sidebar), src/build.py runs
# LibreOffice/qpdf/img2pdf, and src/expected.py cross-checks every hand-entered value
# (printed dates -> months, rendered text -> criteria keywords, pdfinfo / docProps/app.xml
# -> pages) before it writes expected/*.json. Any disagreement stops the script.
#
# The outputs are committed: tests read them and CI has no LibreOffice. PDF/DOCX bytes
# differ between runs (LibreOffice stamps dates and ids); texts, page counts and the
# expected JSON do not.
set -eu
cd "$(dirname "$0")"

for tool in soffice qpdf pdftoppm pdfinfo pdftotext img2pdf; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-samples.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-samples.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }

export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-samples.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building samples/inbox ..."
"$PY" src/build.py . "$WORK" >/dev/null
echo "checking and writing samples/expected ..."
"$PY" src/expected.py . "$WORK"
