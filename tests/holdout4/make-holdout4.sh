#!/bin/sh
# Regenerate the holdout-4 inbox (tests/holdout4/inbox/) and its expected results
# (tests/holdout4/expected/): 12 fictional CVs built around decision traps that samples/,
# tests/holdout/, tests/holdout2/ and tests/holdout3/ do not cover, written without looking at
# the pipeline's source or rules/.
#
#   tests/holdout4/make-holdout4.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
# src/holdout4_cvs.py holds the CV texts and the hand-checked expectations. The build and the
# cross-checks are those of tests/holdout2 (tests/holdout2/src/build.py and expected.py, given
# this set's CV module as the third argument); layouts from tests/holdout/src/layout.py. Any
# disagreement stops the script.
set -eu
cd "$(dirname "$0")"

for tool in soffice pdfinfo pdftotext; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-holdout4.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-holdout4.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }

export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout4.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

SRC=../holdout2/src
echo "building tests/holdout4/inbox ..."
"$PY" "$SRC/build.py" . "$WORK" src/holdout4_cvs.py >/dev/null
echo "checking and writing tests/holdout4/expected ..."
"$PY" "$SRC/expected.py" . "$WORK" src/holdout4_cvs.py
