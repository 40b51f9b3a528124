#!/bin/sh
# Regenerate one holdout set of decision-trap CVs: its inbox/ and its expected/ results.
#
#   tests/holdout2/make-set.sh tests/holdoutN
#
# The set's src/holdoutN_cvs.py holds the CV texts and the hand-checked expectations;
# src/build.py here lays them out (layouts from tests/holdout/src/layout.py) and runs
# LibreOffice; src/expected.py here cross-checks every hand-entered value before writing
# expected/*.json. Any disagreement stops the script. Used by tests/holdout2, 3 and 4
# (their make-holdoutN.sh call it).
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: make-set.sh tests/holdoutN" >&2; exit 2; }
SRC=$(cd "$(dirname "$0")/src" && pwd)
cd "$1"
SET=$(basename "$(pwd)")
CVS=src/${SET}_cvs.py
[ -f "$CVS" ] || { echo "make-set.sh: no $1/$CVS" >&2; exit 2; }

ME=make-set.sh
. "$SRC/../../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python

WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-$SET.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building tests/$SET/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" "$CVS" >/dev/null
echo "checking and writing tests/$SET/expected ..."
"$PY" "$SRC/expected.py" . "$WORK" "$CVS"
