#!/bin/sh
# Regenerate tests/holdout39/ (8 CVs, round 39: six must-not-pass traps, one per gate, and two controls):
# the shared tests/holdout2/make-set.sh builds inbox/ and cross-checks and writes expected/; then
# src/post39.py gives two DOCX what an agency's tools leave in a file (stale docProps/app.xml statistics;
# a hidden Dutch copy of an English CV) and checks that their rendering did not change.
#
#   tests/holdout39/make-holdout39.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE/../holdout2/make-set.sh" "$HERE"
ME=make-holdout39.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
echo "post-processing tests/holdout39/inbox (src/post39.py) ..."
"$PY" "$HERE/src/post39.py" "$HERE" src/holdout39_cvs.py
