#!/bin/sh
# Regenerate tests/holdout59/ (7 CVs, round 59: must-not-fail, third series -- eligible candidates in CV templates
# real Dutch job seekers use: the werk.nl (UWV) CV, a gemeente's sollicitatieformulier filled in as the CV, a
# detacheerder's landscape one-page kandidaatprofiel before the CV, a horizontal timeline, Dutch and English side by
# side, experience grouped by competence, periods in the right-hand margin).
# Like tests/holdout2/make-set.sh (the shared tests/holdout2/src/build.py lays out the CVs with the layouts of
# tests/holdout/src/layout.py and runs LibreOffice), but src/build59.py adds this round's blocks from
# src/layout59.py, and the cross-check runs through src/expected59.py: the shared tests/holdout2/src/expected.py
# with three additions (see its docstring).
#
#   tests/holdout59/make-holdout59.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout59.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout59.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout59/inbox ..."
"$PY" src/build59.py . "$WORK" src/holdout59_cvs.py >/dev/null
echo "checking and writing tests/holdout59/expected ..."
"$PY" src/expected59.py . "$WORK" src/holdout59_cvs.py
