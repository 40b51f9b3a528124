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

ME=make-samples.sh
. ../tests/lib/fixture-tools.sh
need_tools soffice qpdf pdftoppm pdfinfo pdftotext img2pdf
find_python

WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-samples.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building samples/inbox ..."
"$PY" src/build.py . "$WORK" >/dev/null
echo "checking and writing samples/expected ..."
"$PY" src/expected.py . "$WORK"
