#!/bin/sh
# Regenerate tests/holdout54/ (6 CVs, round 54: five new reasons not to pass, one control).
# Like tests/holdout2/make-set.sh (the shared build.py and layouts, unchanged), but the cross-check runs through
# src/expected54.py: the shared tests/holdout2/src/expected.py plus two CV fields it does not know -- months worked
# inside a longer printed period ("seasonal", Stijn Lubberink's summer contracts) and a knock-out a careful reader
# leaves to a person although no shared field says so ("ko_override": Wendelien Harkema's appointment at the
# gemeente Heerde, Joyce Meulenkamp's withheld employer).
#
#   tests/holdout54/make-holdout54.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../holdout2/src
ME=make-holdout54.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout54.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout54/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout54_cvs.py >/dev/null
echo "checking and writing tests/holdout54/expected ..."
"$PY" src/expected54.py . "$WORK" src/holdout54_cvs.py
