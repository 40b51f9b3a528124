#!/bin/sh
# Regenerate tests/holdout53/ (8 CVs, round 53: "the honest answer is review").
# Like tests/holdout2/make-set.sh (the shared build.py and layouts, unchanged), but the cross-check runs through
# src/expected53.py: the shared tests/holdout2/src/expected.py plus one gate per CV set to "review" for a reason the
# shared script cannot express (a silent or planned HBO line, an uncertain employer or role, "heden" in a dated CV),
# each checked before it is written.
#
#   tests/holdout53/make-holdout53.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout53.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout53.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout53/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout53_cvs.py >/dev/null
echo "checking and writing tests/holdout53/expected ..."
"$PY" src/expected53.py . "$WORK" src/holdout53_cvs.py
