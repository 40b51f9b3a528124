#!/usr/bin/env bash
# bench/corpus.sh — the benchmark corpus: generate it once, cache it outside git.
#
#   bench/corpus.sh            prints the corpus folder (pdf/, docx/, big/, MANIFEST)
#
# The corpus is made by bench/gen_corpus.py (300 PDF and 300 DOCX fictional CVs
# of one to six pages in the samples' mix of layouts, and a 500-page PDF) and
# kept in ${ZEEF_BENCH_CACHE:-~/.cache/zeef-bench}/corpus-HASH, where HASH is
# the sha256 of the generator, the samples' renderer and the sizes: it is made
# again only when one of those changes.  Older corpora are removed.
#
# Generating needs /usr/bin/python3 with python-docx, LibreOffice and pdfinfo;
# as root, missing Debian packages are installed (--no-install: only say so).
# ZEEF_BENCH_PDF / ZEEF_BENCH_DOCX change the sizes (default 300 each).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${ZEEF_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zeef-bench}
N_PDF=${ZEEF_BENCH_PDF:-300}
N_DOCX=${ZEEF_BENCH_DOCX:-300}
install=1
[ "${1:-}" = --no-install ] && install=0

hash=$( { cat "$ROOT/bench/gen_corpus.py" "$ROOT/samples/src/render.py"; echo "$N_PDF $N_DOCX"; } \
        | sha256sum | cut -c1-16)
dir="$CACHE/corpus-$hash"
if [ -f "$dir/MANIFEST" ]; then
    echo "$dir"
    exit 0
fi

need=()
/usr/bin/python3 -c 'import docx' 2>/dev/null || need+=(python3-docx)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "bench/corpus.sh: installing ${need[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >&2
    else
        echo "bench/corpus.sh: missing Debian packages: ${need[*]}" >&2
        exit 2
    fi
fi

mkdir -p "$CACHE"
echo "bench/corpus.sh: generating $N_PDF PDF and $N_DOCX DOCX CVs in $dir (once; a few minutes) ..." >&2
PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 "$ROOT/bench/gen_corpus.py" "$dir" "$N_PDF" "$N_DOCX" >&2
# earlier corpora (an older generator) are of no further use
for old in "$CACHE"/corpus-*; do
    [ "$old" = "$dir" ] || rm -rf "$old"
done
echo "$dir"
