#!/usr/bin/env bash
# zeef-score's output grows linearly with the batch, also when many
# candidates share a score (scores come in steps of 5 to 25 points, so a
# large tender has long runs of equal scores).  Measured in bytes, which are
# deterministic, not in seconds: the samples' records copied 10 and 100
# times under new names; report.html and results.jsonl per record may not
# grow by more than a quarter from 10x to 100x.
. "$(dirname "$0")/lib/tap.sh"
T="$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile"
find "$ZEEF_ROOT/samples/inbox" -type f -print0 | LC_ALL=C sort -z |
    "$BIN/zeef-extract" -0 2>/dev/null | "$BIN/zeef-fields" --tender "$T" |
    "$BIN/zeef-check" --tender "$T" > "$TMP/one.jsonl"
n1=$(wc -l < "$TMP/one.jsonl")
copies() {   # copies N -> N copies of the records, each file renamed
    local k
    for k in $(seq 1 "$1"); do sed "s|\"file\":\"|\"file\":\"copy$k/|" "$TMP/one.jsonl"; done
}
for n in 10 100; do
    copies "$n" > "$TMP/in$n.jsonl"
    "$BIN/zeef-score" --tender "$T" --html "$TMP/r$n.html" --csv "$TMP/r$n.csv" \
        < "$TMP/in$n.jsonl" > "$TMP/out$n.jsonl"
    is "$n copies: one record each" "$(wc -l < "$TMP/out$n.jsonl")" "$((n * n1))"
done
eligible=$(grep -c '"eligible":true' "$TMP/out100.jsonl")
ok "100 copies: many eligible candidates ($eligible), in runs of equal scores" test "$eligible" -ge 500
for f in r.html out.jsonl r.csv; do
    a=$(stat -c %s "$TMP/${f/./10.}"); b=$(stat -c %s "$TMP/${f/./100.}")
    ok "$f: bytes per record at 100x within 1.25 x those at 10x ($a -> $b)" \
        awk -v a="$a" -v b="$b" 'BEGIN { exit !(b / 100 <= 1.25 * a / 10) }'
done
# The tie notes themselves: "(gelijk met rang ...)" may not list every partner.
t10=$(grep -o 'gelijk met rang [^)]*)' "$TMP/r10.html" | wc -c)
t100=$(grep -o 'gelijk met rang [^)]*)' "$TMP/r100.html" | wc -c)
ok "tie notes: bytes per record at 100x within 1.25 x those at 10x ($t10 -> $t100)" \
    awk -v a="$t10" -v b="$t100" 'BEGIN { exit !(a > 0 && b / 100 <= 1.25 * a / 10) }'
like "a long run of equal scores is given as a range" "$(cat "$TMP/r100.html")" 'gelijk met rang [0-9]+–[0-9]+'
done_testing
