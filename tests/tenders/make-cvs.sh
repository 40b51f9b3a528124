#!/bin/sh
# Regenerate the CVs of the test tenders (tests/tenders/NAME/inbox/) and their
# expected outcomes (tests/tenders/NAME/expected.tsv) from src/tender_cvs.py.
#
#   tests/tenders/make-cvs.sh
#
# Needs (Debian 12): python3-docx libreoffice-writer-nogui poppler-utils; the
# layout and conversion helpers are the samples' (samples/src/render.py and
# build.py).  The outputs are committed, so the tests need neither.
set -eu
cd "$(dirname "$0")"
command -v soffice >/dev/null 2>&1 || { echo "make-cvs.sh: soffice not found" >&2; exit 1; }
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "make-cvs.sh: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }
export PYTHONDONTWRITEBYTECODE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-tenders.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
"$PY" src/build.py . "$WORK"
