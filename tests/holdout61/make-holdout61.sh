#!/bin/sh
# Regenerate tests/holdout61/ (8 CVs, round 61: an ordinary night's inbox, fifth series -- two detacheerders with
# house styles of their own and CVs sent in directly).
# Like tests/holdout55/make-holdout55.sh: the shared tests/holdout2/src/build.py lays out the CVs with the layouts
# of tests/holdout/src/layout.py plus this round's blocks from src/layout61.py (through src/build61.py) and runs
# LibreOffice; the shared tests/holdout2/src/expected.py, unchanged, cross-checks every hand-entered value and
# writes expected/.
#
#   tests/holdout61/make-holdout61.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout61.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout61.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout61/inbox ..."
"$PY" src/build61.py . "$WORK" src/holdout61_cvs.py >/dev/null
echo "checking and writing tests/holdout61/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK" src/holdout61_cvs.py
