#!/bin/sh
# Regenerate tests/holdout40/ (8 eligible CVs, round 40: must-not-fail, unusual but legitimate wording).
# Like tests/holdout2/make-set.sh (the shared tests/holdout2/src/build.py lays out the CVs with the layouts of
# tests/holdout/src/layout.py and runs LibreOffice; src/build40.py runs it with one more block from
# src/layout40.py, an experience table "Van | Tot | Functie | Werkgever"), but the cross-check runs through
# src/expected40.py: the shared tests/holdout2/src/expected.py with its date parser taught this round's notations
# ("thans", "sedert", "03.2019", "2009-09", an open end "mei 2019 –"), as tests/holdout29/make-holdout29.sh does.
#
#   tests/holdout40/make-holdout40.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout40.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout40.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout40/inbox ..."
"$PY" src/build40.py . "$WORK" src/holdout40_cvs.py >/dev/null
echo "checking and writing tests/holdout40/expected ..."
"$PY" src/expected40.py . "$WORK" src/holdout40_cvs.py
