#!/bin/sh
# Regenerate tests/holdout65/ (8 CVs, round 65: must not fail, third series -- eligible candidates whose CVs word
# one decisive thing in a way a rigid screener could read as a fail, and two plain controls).
# Like tests/holdout61/make-holdout61.sh: the shared tests/holdout2/src/build.py lays out the CVs with the layouts
# of tests/holdout/src/layout.py plus this round's one block from src/layout65.py (through src/build65.py) and runs
# LibreOffice; the shared tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value and
# writes expected/.
#
#   tests/holdout65/make-holdout65.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout65.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout65.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout65/inbox ..."
"$PY" src/build65.py . "$WORK" src/holdout65_cvs.py >/dev/null
echo "checking and writing tests/holdout65/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK" src/holdout65_cvs.py
