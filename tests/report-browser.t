#!/usr/bin/env bash
# report.html and interview.html of the samples in a real browser (headless
# Chromium): the page loads without console errors, the ranked table shows
# the expected order, and the A4 print rendering has the expected pages, with
# every candidate's details starting on a page of their own.
#
# .ci/run installs chromium, poppler-utils (pdfinfo, pdftotext) and
# fonts-liberation2 (Liberation Sans, metrically the same as Arial, the
# report's first font); without chromium this test is skipped.
. "$(dirname "$0")/lib/tap.sh"

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || skip_all "chromium is not installed (apt-get install chromium; .ci/run installs it)"

skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $1"; }

# A headless browser that touches nothing outside $TMP and the network not at all.
browse() {
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-extensions --user-data-dir="$TMP/profile" "$@"
}

"$ZEEF_ROOT/run.sh" --no-install --out "$TMP/out" >/dev/null 2>"$TMP/run.err"
is "run.sh on the samples" "$?" 0
url="file://$TMP/out/report.html"

# ---- load: DOM after load, and the browser's console on stderr -------------------
browse --enable-logging=stderr --v=0 --dump-dom "$url" >"$TMP/dom.html" 2>"$TMP/console.txt"
is "the page loads (dump-dom exits 0)" "$?" 0
like "the DOM is the report" "$(head -c 2000 "$TMP/dom.html")" '<html lang="nl">'
# Console messages are logged as "CONSOLE(line)" / "Uncaught ..."; there is no
# script in the report, so there must be none (a failed resource load would be one).
bad=$(grep -E 'CONSOLE|Uncaught|Failed to load resource|Refused to' "$TMP/console.txt" | head -5)
is "no console errors" "$bad" ""

# ---- the ranked table, as the browser parsed it -----------------------------------
order=$(perl -0777 -ne 'if (m{<table class="rank">(.*?)</table>}s) { my $t = $1; $t =~ s{<thead>.*?</thead>}{}s;
        print join("|", $t =~ m{<th scope="row"><a href="#k\d+">([^<]+)</a>}g) }' "$TMP/dom.html")
is "the ranked table in the expected order" "$order" \
    "Jan de Vries|Pieter Jansen|Kees Mulder|Sanne van Dijk-Öztürk|Linda de Boer|Marieke Visser|Thomas Bakker"
ranks=$(perl -0777 -ne 'if (m{<table class="rank">(.*?)</table>}s) { print join(",", $1 =~ m{<tr(?: class="shortlist")?><td class="num">(\d+)</td>}g) }' "$TMP/dom.html")
is "ranks 1 to 7" "$ranks" "1,2,3,4,5,6,7"
is "the first three are marked as shortlist" "$(grep -o '<tr class="shortlist">' "$TMP/dom.html" | wc -l)" 3

# ---- print: A4 PDF ----------------------------------------------------------------
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
    skip "pdfinfo/pdftotext (poppler-utils) not installed"
    done_testing
    exit $?
fi
browse --no-pdf-header-footer --print-to-pdf="$TMP/report.pdf" "$url" >/dev/null 2>&1
ok "the report prints to PDF" test -s "$TMP/report.pdf"
info=$(pdfinfo "$TMP/report.pdf")
like "on A4" "$info" 'Page size: +59[45](\.[0-9]+)? x 841(\.[0-9]+)? pts \(A4\)'
pages=$(printf '%s\n' "$info" | sed -n 's/^Pages: *//p')
# 47 pages: 5 for the overview (tender, knock-outs and criteria; the ranked
# table; "Nader beoordelen" (3), "Niet geschikt" (11) and "Onleesbare
# bestanden" (3)), then the details of the 21 readable CVs, each starting on a
# new page (CSS break-before) and each filling exactly 2 pages (facts and
# requirements; criteria with quotes, positions, education).  5 + 21 x 2 = 47.
# The number depends on the font: Arial, or the metrically identical
# Liberation Sans that .ci/run installs.
if [ "$(fc-match -f '%{family}' Arial 2>/dev/null)" = "Liberation Sans" ] || fc-list 2>/dev/null | grep -q '/arial.ttf'; then
    is "the report prints on 47 A4 pages" "$pages" 47
else
    skip "Arial / Liberation Sans is not installed (fonts-liberation2), page count not comparable"
fi

# Page breaks between candidates: each of the 21 readable candidates' details
# begins at the top of a page (its name is the page's first line).
firsts=$TMP/firsts.txt
: >"$firsts"
for ((i = 1; i <= pages; i++)); do
    pdftotext -f "$i" -l "$i" -layout "$TMP/report.pdf" - 2>/dev/null | grep -v '^[[:space:]]*$' | head -2 >>"$firsts"
done
missing=""
while IFS= read -r name; do
    grep -qxF "$name" <(sed 's/^ *//; s/ *$//' "$firsts") || missing="$missing $name;"
done < <(perl -ne 'print "$1\n" while m{<h3 id="h-k\d+">([^<]+)</h3>}g' "$TMP/out/report.html")
is "every candidate's details start on a new page" "$missing" ""
is "21 candidates with details" "$(grep -c '<section class="detail"' "$TMP/out/report.html")" 21

# No table is cut off: a column pushed past the page edge is clipped, its
# words simply missing from the PDF.  So every column head of every table in
# the HTML must be in the PDF text at least as often (repeated heads of
# tables that run over a page only add to that).
pdftotext "$TMP/report.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$TMP/report.txt"
cut=$(perl -CSD -Mutf8 -e '
    open my $h, "<:utf8", $ARGV[0] or die; local $/; my $html = <$h>;
    open my $t, "<:utf8", $ARGV[1] or die; my $txt = <$t>;
    my %want;
    while ($html =~ m{<th scope="col"[^>]*>(.*?)</th>}gs) {
        # a two-line head ("Crit. 4<br>max 15"): its first line
        (my $x = $1) =~ s{<br>.*}{}s; $x =~ s{<[^>]+>}{ }g;
        $x =~ s/&#39;/\x27/g; $x =~ s/\s+/ /g; $x =~ s/^ | $//g;
        $want{$x}++ if length $x;
    }
    for my $w (sort keys %want) {
        my $got = () = $txt =~ /\Q$w\E/g;
        print "$w ($got < $want{$w}); " if $got < $want{$w};
    }' "$TMP/out/report.html" "$TMP/report.txt")
is "no table column is cut off (every column head is printed)" "$cut" ""
# and no word reaches past the right margin (15 mm = 42.5 pt; A4 is 595 pt wide)
over=$(pdftotext -bbox "$TMP/report.pdf" - 2>/dev/null | perl -ne '$n++ if /<page /;
    if (/<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)/ && $1 > 595 - 30) { printf "page %d: %s at x=%.0f", $n, $2, $1; exit }')
is "nothing printed past the right margin" "$over" ""

# ---- the interview sheet: one page per shortlisted candidate ---------------------
browse --no-pdf-header-footer --print-to-pdf="$TMP/interview.pdf" "file://$TMP/out/interview.html" >/dev/null 2>&1
ipages=$(pdfinfo "$TMP/interview.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
is "the interview sheet prints on 3 pages (one per shortlisted candidate)" "$ipages" 3
for i in 1 2 3; do
    txt=$(pdftotext -f "$i" -l "$i" "$TMP/interview.pdf" - 2>/dev/null | tr -s ' \n' '  ')
    want=$(sed -n "${i}p" <<'EOF'
Jan de Vries
Pieter Jansen
Kees Mulder
EOF
)
    like "interview page $i is $want's" "$txt" "$want"
    like "interview page $i has a column for a second assessor" "$txt" "Beoordelaar 2"
    like "interview page $i states the rule" "$txt" "elke competentie minimaal een voldoende"
    like "interview page $i lists the last competency" "$txt" "Analysevaardigheden"
done
done_testing
