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
ME=make-cvs.sh
. ../lib/fixture-tools.sh
need_tools soffice
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-tenders.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
"$PY" src/build.py . "$WORK"
