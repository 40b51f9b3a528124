#!/bin/sh
# Regenerate tests/holdout64/ (8 CVs, round 64: an ordinary night's inbox, sixth series -- two detacheerders with
# house styles of their own and CVs sent in directly).
# Like tests/holdout62/make-holdout62.sh: the shared tests/holdout2/src/build.py lays out the LibreOffice CVs with the
# layouts of tests/holdout/src/layout.py plus this round's blocks from src/layout64.py (through src/build64.py, which
# leaves out the CV with producer="chromium") and runs LibreOffice; then src/html64.py prints the Canva-like CV
# (HTML + CSS -> chromium --headless --print-to-pdf) into the same inbox; finally the shared
# tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value on all eight and writes expected/.
#
#   tests/holdout64/make-holdout64.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout64.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout64.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout64/inbox (python-docx, LibreOffice) ..."
"$PY" src/build64.py . "$WORK/lo" src/holdout64_cvs.py >/dev/null
echo "printing tests/holdout64/inbox (HTML + CSS, Chromium) ..."
"$PY" src/html64.py . "$WORK/html" src/holdout64_cvs.py
echo "checking and writing tests/holdout64/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK/lo" src/holdout64_cvs.py
