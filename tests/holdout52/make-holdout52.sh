#!/bin/sh
# Regenerate tests/holdout52/ (6 CVs, round 52: six eligible candidates in ordinary but varied CVs).
# Like tests/holdout2/make-set.sh (the shared build.py and layouts), but the cross-check runs through
# tests/holdout29/src/expected29.py: the shared tests/holdout2/src/expected.py whose date parser also reads
# two-digit years ("'16 – '21"), which Sjoerd Hellinga's CV prints.
#
#   tests/holdout52/make-holdout52.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout52.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout52.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout52/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout52_cvs.py >/dev/null
echo "checking and writing tests/holdout52/expected ..."
"$PY" ../holdout29/src/expected29.py . "$WORK" src/holdout52_cvs.py
