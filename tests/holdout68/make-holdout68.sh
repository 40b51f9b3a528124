#!/bin/sh
# Regenerate tests/holdout68/ (8 CVs, round 68: DOCX as Word templates make them -- six DOCX, two PDF).
# Like tests/holdout64/make-holdout64.sh: the shared tests/holdout2/src/build.py lays out the CVs with the layouts of
# tests/holdout/src/layout.py plus this round's blocks from src/layout68.py (through src/build68.py) and runs
# LibreOffice (DOCX re-saved by LibreOffice, PDF exported by it); then the shared tests/holdout2/src/expected.py,
# unchanged, cross-checks every hand-entered value and writes expected/.
#
#   tests/holdout68/make-holdout68.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout68.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools soffice pdfinfo pdftotext
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout68.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
echo "building tests/holdout68/inbox (python-docx, LibreOffice) ..."
"$PY" src/build68.py . "$WORK/lo" src/holdout68_cvs.py >/dev/null
if [ -n "${KEEP_WORK:-}" ]; then rm -rf "$KEEP_WORK"; cp -r "$WORK/lo" "$KEEP_WORK"; fi
echo "checking and writing tests/holdout68/expected ..."
"$PY" ../holdout2/src/expected.py . "$WORK/lo" src/holdout68_cvs.py
