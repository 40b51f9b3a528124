#!/bin/sh
# Regenerate tests/holdout27/ (10 PDF CVs, round 27: PDF text as producers and typesetting lay it out):
# src/render27.py prints every CV with its producer (headless Chromium from HTML + CSS; pandoc -> HTML ->
# Chromium; groff -> PostScript -> ps2pdf; python-docx -> LibreOffice), then src/expected27.py runs the shared
# tests/holdout2/src/expected.py (its cross-checks, on a normalised pdftotext text) and writes expected/*.json.
#
#   tests/holdout27/make-holdout27.sh
#
# Needs (Debian 12): chromium pandoc groff-base ghostscript (ps2pdf) libreoffice-writer-nogui hyphen-nl
#                    python3-docx poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ME=make-holdout27.sh
. "$HERE/../lib/fixture-tools.sh"
need_tools chromium pandoc groff ps2pdf soffice pdfinfo pdftotext
[ -f /usr/share/hyphen/hyph_nl_NL.dic ] || { echo "make-holdout27.sh: hyphen-nl not installed" >&2; exit 1; }
find_python
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-holdout27.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$HERE"
rm -f inbox/*.pdf
echo "printing tests/holdout27/inbox ..."
"$PY" src/render27.py . "$WORK" src/holdout27_cvs.py
echo "checking and writing tests/holdout27/expected ..."
"$PY" src/expected27.py . "$WORK" src/holdout27_cvs.py
