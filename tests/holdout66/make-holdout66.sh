#!/bin/sh
# Regenerate tests/holdout66/ (8 CVs, round 66: must not pass, eighth series -- six CVs that each hide one
# plain-language reason not to pass, two eligible controls that look like them).
# Like tests/holdout63/make-holdout63.sh: the shared tests/holdout2/src/build.py lays out the CVs with the layouts
# of tests/holdout/src/layout.py plus this round's blocks from src/layout66.py (through src/build66.py) and runs
# LibreOffice; the shared tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value and
# writes expected/.
#
#   tests/holdout66/make-holdout66.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout66.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout66.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout66/inbox ..."
"$PY" src/build66.py . "$WORK" src/holdout66_cvs.py >/dev/null
echo "checking and writing tests/holdout66/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK" src/holdout66_cvs.py
