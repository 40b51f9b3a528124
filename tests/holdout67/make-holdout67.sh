#!/bin/sh
# Regenerate tests/holdout67/ (8 CVs, round 67: hard PDF layouts, fourth series).
# Like tests/holdout62/make-holdout62.sh: the shared tests/holdout2/src/build.py lays out the LibreOffice CVs with the
# layouts of tests/holdout/src/layout.py plus this round's blocks from src/layout67.py (through src/build67.py, which
# leaves out the CVs with producer="chromium") and runs LibreOffice; then src/html67.py prints the Chromium CVs
# (HTML + CSS -> chromium --headless --print-to-pdf) into the same inbox; finally the shared
# tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value on all eight and writes expected/.
#
#   tests/holdout67/make-holdout67.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils chromium
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout67.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext chromium
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout67.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout67/inbox (python-docx, LibreOffice) ..."
"$PY" src/build67.py . "$WORK/lo" src/holdout67_cvs.py >/dev/null
echo "printing tests/holdout67/inbox (HTML + CSS, Chromium) ..."
"$PY" src/html67.py . "$WORK/html" src/holdout67_cvs.py
echo "checking and writing tests/holdout67/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK/lo" src/holdout67_cvs.py
