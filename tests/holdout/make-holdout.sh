#!/bin/sh
# Regenerate the holdout inbox (tests/holdout/inbox/) and its expected results
# (tests/holdout/expected/): 14 fictional CVs written without looking at the pipeline's
# rules, as a check that it generalises beyond samples/.
#
#   tests/holdout/make-holdout.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
# src/holdout_cvs.py holds the CV texts and the hand-checked expectations, src/layout.py
# lays them out (reusing samples/src/render.py's helpers), src/build.py runs LibreOffice,
# and src/expected.py cross-checks every hand-entered value before writing expected/*.json.
# Any disagreement stops the script.
set -eu
cd "$(dirname "$0")"

ME=make-holdout.sh
. ../lib/fixture-tools.sh
need_tools soffice pdfinfo pdftotext
find_python

WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building tests/holdout/inbox ..."
"$PY" src/build.py . "$WORK" >/dev/null
echo "checking and writing tests/holdout/expected ..."
"$PY" src/expected.py . "$WORK"
