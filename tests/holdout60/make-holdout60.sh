#!/bin/sh
# Regenerate tests/holdout60/ (6 CVs, round 60: five new reasons not to pass, one control).
# Builds with the shared tests/holdout2/src/build.py (layouts from tests/holdout/src/layout.py) through src/build60.py,
# which only adds a page size for the one CV that is a single long page; checks with the shared
# tests/holdout2/src/expected.py (every check unchanged) through src/expected60.py, which adds the two decisions the
# shared script cannot express (a page far longer than A4; a candidate who bids for herself) after checking them.
#
#   tests/holdout60/make-holdout60.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout60.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout60.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout60/inbox ..."
"$PY" src/build60.py . "$WORK" src/holdout60_cvs.py >/dev/null
echo "checking and writing tests/holdout60/expected ..."
"$PY" src/expected60.py . "$WORK" src/holdout60_cvs.py
