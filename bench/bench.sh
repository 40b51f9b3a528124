#!/usr/bin/env bash
# bench/bench.sh — zeef's benchmark (make bench) and its targets (make bench-check).
#
#   bench/bench.sh [--check] [--runs N] [--corpus DIR] [--no-install]
#
# Runs pdftotext, docx2txt, pandoc -t plain, zeef-extract and the full zeef
# pipeline over the same CVs and prints docs/s, ms/doc, the ratios and their
# targets, the 1- vs 2-worker speed-up and the peak memory of a 500-page PDF
# (docs/bench.md).  --check: exit 1 when a target is missed.
#
# The CVs: the generated corpus (bench/corpus.sh, cached in ~/.cache/zeef-bench),
# or every PDF and DOCX under --corpus DIR (or $ZEEF_BENCH_CORPUS), e.g. real
# CVs; the 500-page PDF always comes from the generated corpus.
# As root, missing Debian packages (poppler-utils docx2txt pandoc, and for
# generating the corpus python3-docx libreoffice-writer-nogui) are installed.
# ZEEF_BUILD names the build to measure (default build/; make bench builds it).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
check=()
runs=${ZEEF_BENCH_RUNS:-5}
corpus=${ZEEF_BENCH_CORPUS:-}
install=1
while [ $# -gt 0 ]; do
    case "$1" in
        --check) check=(--check); shift ;;
        --runs) runs=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --no-install) install=0; shift ;;
        *) echo "usage: bench/bench.sh [--check] [--runs N] [--corpus DIR] [--no-install]" >&2; exit 2 ;;
    esac
done
BUILD=${ZEEF_BUILD:-build}
BIN="$ROOT/$BUILD/bin"
[ -x "$BIN/zeef-extract" ] && [ -x "$ROOT/$BUILD/tests/peakrss" ] || { echo "bench.sh: no build in $BUILD (make first)" >&2; exit 2; }

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v docx2txt >/dev/null || need+=(docx2txt)
command -v pandoc >/dev/null || need+=(pandoc)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "bench.sh: installing ${need[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >&2
    else
        echo "bench.sh: missing Debian packages: ${need[*]} (as root: apt-get install ${need[*]})" >&2
        exit 2
    fi
fi

noinst=()
[ "$install" = 1 ] || noinst=(--no-install)
gen=$(bench/corpus.sh "${noinst[@]}")
[ -n "$corpus" ] || corpus=$gen

# A zeef-extract whose page limit lets a 500-page PDF through, to measure what
# extracting one costs (the shipped limit, DOC_MAX_PAGES in extractors/doc.h,
# refuses it as too_large before reading a page).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zeef-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
PKGS="poppler-glib libzip libxml-2.0 libpcre2-8 glib-2.0"
# Both programs, zeef-extract and its PDF helper zeef-extract-pdf, which it
# finds next to itself.
mkdir -p "$tmp/bin1000p"
for main in extract extract-pdf; do
    other=extract-pdf; [ "$main" = extract-pdf ] && other=extract
    # shellcheck disable=SC2046
    cc -O2 -std=c11 -D_GNU_SOURCE -DDOC_MAX_PAGES=1000 -Ilib -Iextractors -Ipipeline \
        $(pkg-config --cflags $PKGS) -o "$tmp/bin1000p/zeef-$main" \
        $(ls extractors/*.c | grep -v "/$other\.c$") lib/*.c \
        $(pkg-config --libs $PKGS) -lexttextcat-2.0 -lm
done

mkdir -p "${ZEEF_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zeef-bench}"
PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 bench/bench.py --bin "$BIN" --corpus "$corpus" \
    --big "$gen/big/500-pages.pdf" --big-raised "$tmp/bin1000p/zeef-extract" --runs "$runs" \
    --json "${ZEEF_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zeef-bench}/last.json" "${check[@]}"
