#!/usr/bin/env bash
# End to end: run.sh screens samples/inbox against the default tender, and
# every field of the contract matches the hand-checked expectations in
# samples/expected/ (compare_expected).  Also: the reports exist and hold one
# row / one entry per file, and a re-run gives byte-identical results.
. "$(dirname "$0")/lib/tap.sh"

out="$TMP/out"
"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/samples/inbox" --out "$out" >"$TMP/stdout" 2>"$TMP/stderr"
is "run.sh exits 0 on the samples" "$?" 0
ok "results.jsonl written" test -s "$out/results.jsonl"
ok "report.html written" test -s "$out/report.html"
ok "report.csv written" test -s "$out/report.csv"
is "one result per sample file" "$(wc -l < "$out/results.jsonl")" "$(find "$ZEEF_ROOT/samples/inbox" -type f | wc -l)"
is "one CSV row per file plus the header" "$(grep -c $'\r$' "$out/report.csv")" "$(( $(find "$ZEEF_ROOT/samples/inbox" -type f | wc -l) + 1 ))"
like "the summary names the winner" "$(cat "$TMP/stderr")" " 1\. Jan de Vries .*100 punten"
like "the summary counts the batch" "$(cat "$TMP/stderr")" "24 bestanden: 7 geschikt, 3 nader beoordelen, 11 niet geschikt, 3 onleesbaar"
first=$(head -1 "$out/results.jsonl")
like "records start with the contract's schema" "$first" '^\{"schema":"zeef/1","file":'
like "no CV text travels into the results" "$(grep -c page_text "$out/results.jsonl")" '^0$'

tap_include "$ZEEF_BUILD/tests/compare_expected" "$out/results.jsonl" "$ZEEF_ROOT/samples/expected"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/samples/inbox" --out "$TMP/again" >/dev/null 2>&1
ok "a second run gives the same results.jsonl" cmp "$out/results.jsonl" "$TMP/again/results.jsonl"
ok "a second run gives the same report.html" cmp "$out/report.html" "$TMP/again/report.html"
done_testing
