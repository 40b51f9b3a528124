#!/bin/sh
# Regenerate tests/holdout56/ (6 CVs, round 56: five new reasons not to pass, one control).
# Exactly what tests/holdout2/make-set.sh does: the shared tests/holdout2/src/build.py (layouts from
# tests/holdout/src/layout.py) and the shared tests/holdout2/src/expected.py, both unchanged; every expectation of this
# round follows from the fields the shared script knows (no override is needed).
#
#   tests/holdout56/make-holdout56.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout56.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout56.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout56/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout56_cvs.py >/dev/null
echo "checking and writing tests/holdout56/expected ..."
"$PY" "$SRC/expected.py" . "$WORK" src/holdout56_cvs.py
