#!/bin/sh
# Regenerate tests/holdout55/ (10 CVs, round 55: an ordinary night's inbox, fourth series -- a detacheerder's house
# style, an interim agency's house style and CVs sent in directly).
# Like tests/holdout2/make-set.sh (the shared tests/holdout2/src/build.py lays out the CVs with the layouts of
# tests/holdout/src/layout.py and runs LibreOffice), but src/build55.py adds this round's blocks from
# src/layout55.py, and the cross-check runs through src/expected55.py: the shared tests/holdout2/src/expected.py
# with "Huidig" (Europass) read as "heden", as tests/holdout40/make-holdout40.sh does for its notations.
#
#   tests/holdout55/make-holdout55.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout55.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout55.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout55/inbox ..."
"$PY" src/build55.py . "$WORK" src/holdout55_cvs.py >/dev/null
echo "checking and writing tests/holdout55/expected ..."
"$PY" src/expected55.py . "$WORK" src/holdout55_cvs.py
