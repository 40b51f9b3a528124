#!/bin/sh
# Regenerate tests/holdout58/ (8 CVs, round 58: "the honest answer is review", second series).
# Like tests/holdout53/make-holdout53.sh: the shared tests/holdout2/src/build.py and layouts, unchanged, and the
# shared tests/holdout2/src/expected.py run through src/expected58.py, which sets one gate per CV to "review" for a
# reason the shared script cannot express (an empty sixth page, the offering agency's account manager as referee, a
# two-year hogeschool diploma, a kandidaatsexamen, leerplicht as the domain, an impossible period), each checked
# before it is written.
#
#   tests/holdout58/make-holdout58.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout58.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout58.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout58/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout58_cvs.py >/dev/null
echo "checking and writing tests/holdout58/expected ..."
"$PY" src/expected58.py . "$WORK" src/holdout58_cvs.py
