#!/bin/sh
# Regenerate tests/holdout62/ (8 CVs, round 62: eligible candidates in designer layouts).
# Like tests/holdout61/make-holdout61.sh: the shared tests/holdout2/src/build.py lays out the LibreOffice CVs with the
# layouts of tests/holdout/src/layout.py plus this round's blocks from src/layout62.py (through src/build62.py, which
# leaves out the CVs with producer="chromium") and runs LibreOffice; then src/html62.py prints the Chromium CVs
# (HTML + CSS -> chromium --headless --print-to-pdf) into the same inbox, as tests/holdout41 does; finally the shared
# tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value on all eight and writes expected/.
#
#   tests/holdout62/make-holdout62.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout62.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout62.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout62/inbox (python-docx, LibreOffice) ..."
"$PY" src/build62.py . "$WORK/lo" src/holdout62_cvs.py >/dev/null
echo "printing tests/holdout62/inbox (HTML + CSS, Chromium) ..."
"$PY" src/html62.py . "$WORK/html" src/holdout62_cvs.py
echo "checking and writing tests/holdout62/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK/lo" src/holdout62_cvs.py
