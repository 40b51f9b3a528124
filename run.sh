#!/usr/bin/env bash
# run.sh — screen a folder of CVs against a tender profile, end to end.
#
#   ./run.sh                                   samples/inbox -> out/, default tender
#   ./run.sh --inbox DIR --out DIR [--tender FILE] [--blind] [--lang en]
#
# Installs the Debian packages zeef needs when they are missing (as root),
# builds, then runs the stages over every file in the inbox:
#
#   find INBOX | zeef-extract | zeef-fields | zeef-check | zeef-score
#
# and writes OUT/results.jsonl (the zeef/1 contract), OUT/report.html,
# OUT/report.csv and OUT/interview.html (the interview sheet of the
# shortlist), and prints a short ranked summary.  --blind: the reports leave
# out every personal detail and the key goes to OUT/blind-key.csv (mode 0600).
#
# Exit status: 0 when the batch was processed (also when some files were
# unreadable: they have error records); 2 when it could not run at all
# (bad arguments, missing inbox, packages that cannot be installed, a build
# failure, a bad profile or rule); the message says why.
set -uo pipefail
umask 077   # CVs and results are personal data: readable by the owner only

ZEEF_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Defaults: relative when run from the zeef folder, so records name files as
# "samples/inbox/NAME" (the contract's "path as given").
if [ "$PWD" = "$ZEEF_HOME" ]; then here=""; else here="$ZEEF_HOME/"; fi
inbox="${here}samples/inbox"
out="${here}out"
tender="${here}rules/coordinator-welzijn-heerde.profile"

# Debian packages: building and running (the first line), the test suite (perl: prove).
PACKAGES="gcc make pkg-config libpoppler-glib-dev libzip-dev libxml2-dev libpcre2-dev libexttextcat-dev libexttextcat-data libsqlite3-dev
          perl sqlite3"

die() { echo "run.sh: $*" >&2; exit 2; }

usage() {
    cat <<USAGE
usage: ./run.sh [--inbox DIR] [--out DIR] [--tender FILE] [--blind] [--lang nl|en]

Screens every file in DIR (default samples/inbox) against a tender profile
(default rules/coordinator-welzijn-heerde.profile) and writes
OUT/results.jsonl, OUT/report.html, OUT/report.csv and OUT/interview.html
(default OUT: out/).
Unreadable files get error records; the batch goes on.

  --inbox DIR    folder with the submitted CVs (PDF, DOCX); subfolders too
  --out DIR      where the results go (created when missing)
  --tender FILE  tender profile (see docs/profile.md)
  --blind        blind screening: the reports (HTML, CSV, interview sheet,
                 summary) leave out names, contact details, address, birth
                 date, age, gender, nationality and file names; candidates
                 are "Kandidaat A", "B", ... in rank order; the key linking
                 letters to files goes to OUT/blind-key.csv (mode 0600).
                 OUT/results.jsonl stays complete (it is the source data).
  --lang LANG    language of the reports: nl (default) or en
  --no-install   never install packages, only report the missing ones
  -h, --help     this help

Exit status: 0 batch processed, 2 could not run (the message says why).
USAGE
}

install=1
blind=0
lang=nl
while [ $# -gt 0 ]; do
    case "$1" in
        --inbox) [ $# -ge 2 ] || die "--inbox needs a folder"; inbox=$2; shift 2 ;;
        --out) [ $# -ge 2 ] || die "--out needs a folder"; out=$2; shift 2 ;;
        --tender) [ $# -ge 2 ] || die "--tender needs a file"; tender=$2; shift 2 ;;
        --no-install) install=0; shift ;;
        --blind) blind=1; shift ;;
        --lang) [ $# -ge 2 ] || die "--lang needs nl or en"; lang=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

case "$lang" in nl|en) ;; *) die "--lang: unknown language '$lang' (nl or en)" ;; esac

# ---- packages ---------------------------------------------------------------
missing=()
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "run.sh: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2 \
            || die "could not install: ${missing[*]}"
    else
        die "missing Debian packages: ${missing[*]} (as root: apt-get install ${missing[*]})"
    fi
fi

# ---- build ------------------------------------------------------------------
# ZEEF_BUILD (set by `make check`) points at an existing build, e.g. the
# sanitizer build; otherwise build here.
if [ -n "${ZEEF_BUILD:-}" ]; then
    case "$ZEEF_BUILD" in /*) BIN="$ZEEF_BUILD/bin" ;; *) BIN="$ZEEF_HOME/$ZEEF_BUILD/bin" ;; esac
    [ -x "$BIN/zeef-score" ] || die "no build in $BIN"
else
    make -s -C "$ZEEF_HOME" >&2 || die "build failed"
    BIN="$ZEEF_HOME/build/bin"
fi

# ---- inputs -----------------------------------------------------------------
[ -d "$inbox" ] || die "inbox '$inbox' is not a folder"
[ -r "$inbox" ] && [ -x "$inbox" ] || die "inbox '$inbox' cannot be read"
[ -f "$tender" ] || die "tender profile '$tender' not found"
mkdir -p "$out" || die "cannot create '$out'"

# Validate the profile and its rules before touching any CV.
"$BIN/zeef-fields" --tender "$tender" </dev/null >/dev/null || die "bad tender profile or rules (see above)"

# ---- the pipeline -------------------------------------------------------------
tmp="$out/.results.jsonl.$$"
trap 'rm -f "$tmp" "$out/.report.html.$$" "$out/.report.csv.$$" "$out/.interview.html.$$" "$out/.blind-key.csv.$$"' EXIT
extra=(--lang "$lang" --interview "$out/.interview.html.$$")
[ "$blind" = 1 ] && extra+=(--blind "$out/.blind-key.csv.$$")
find "$inbox" -mindepth 1 \( -type f -o -type l \) -print0 | LC_ALL=C sort -z |
    "$BIN/zeef-extract" -0 |
    "$BIN/zeef-fields" --tender "$tender" |
    "$BIN/zeef-check" --tender "$tender" |
    "$BIN/zeef-score" --tender "$tender" --html "$out/.report.html.$$" --csv "$out/.report.csv.$$" "${extra[@]}" --summary \
        > "$tmp"
status=("${PIPESTATUS[@]}")
for i in "${!status[@]}"; do
    [ "${status[$i]}" = 0 ] || die "pipeline stage $i failed with status ${status[$i]}"
done
mv "$tmp" "$out/results.jsonl" && mv "$out/.report.html.$$" "$out/report.html" && mv "$out/.report.csv.$$" "$out/report.csv" \
    && mv "$out/.interview.html.$$" "$out/interview.html" \
    || die "cannot write results in '$out'"
if [ "$blind" = 1 ]; then
    mv "$out/.blind-key.csv.$$" "$out/blind-key.csv" && chmod 600 "$out/blind-key.csv" \
        || die "cannot write the blind key in '$out'"
    echo "Resultaten (blind): $out/report.html, $out/report.csv, $out/interview.html; sleutel: $out/blind-key.csv (alleen voor de eigenaar leesbaar); volledige gegevens: $out/results.jsonl" >&2
else
    echo "Resultaten: $out/results.jsonl, $out/report.html, $out/report.csv, $out/interview.html" >&2
fi
exit 0
