#!/bin/sh
# Regenerate the holdout-2 inbox (tests/holdout2/inbox/) and its expected results
# (tests/holdout2/expected/): 14 fictional CVs built around decision traps (where a keyword
# matcher easily gives a wrong pass or a wrong fail), written without looking at the pipeline's
# source or rules/.
#
#   tests/holdout2/make-holdout2.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils
# src/holdout2_cvs.py holds the CV texts and the hand-checked expectations; src/build.py lays
# them out with tests/holdout/src/layout.py (which reuses samples/src/render.py) and runs
# LibreOffice; src/expected.py cross-checks every hand-entered value before writing
# expected/*.json. Any disagreement stops the script.
set -eu
cd "$(dirname "$0")"

for tool in soffice pdfinfo pdftotext; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-holdout2.sh: $tool not found" >&2; exit 1; }
done
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-holdout2.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }

export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout2.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building tests/holdout2/inbox ..."
"$PY" src/build.py . "$WORK" >/dev/null
echo "checking and writing tests/holdout2/expected ..."
"$PY" src/expected.py . "$WORK"
