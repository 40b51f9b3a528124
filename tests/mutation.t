#!/usr/bin/env bash
# Wrong passes, looked for by taking the evidence away.  Every CV of the
# samples, the holdout sets and the producer set is extracted once; then its
# text is changed so that a knock-out can no longer be met, and zeef must not
# pass it:
#   - knock-out 3: every word that names a gemeente or a welfare foundation
#     (gemeente, welzijn, stichting, sociaal team, CJG, "gem." ...) becomes a
#     hospital's, a care firm's or a team's word: no position can count;
#   - knock-out 1: a sentence saying the candidate is self-employed goes on
#     top of the CV: never a pass.
# A pass left after the change is a rule that passes on something other than
# the evidence the request asks for.
. "$(dirname "$0")/lib/tap.sh"

J="$ZEEF_BUILD/tests/jget"
for s in samples $(cd "$ZEEF_ROOT" && ls -d tests/holdout*/ tests/layouts/ | sed 's,/$,,' | sort -V) tests/producer; do
    find "$ZEEF_ROOT/$s/inbox" -type f
done | sort | "$BIN/zeef-extract" > "$TMP/x.jsonl" 2>/dev/null
n=$(wc -l < "$TMP/x.jsonl")
ok "the CVs are extracted ($n records)" test "$n" -gt 100

sed -E 's/gemeentelijke/regionale/Ig; s/gemeente/ziekenhuis/Ig; s/municipality/hospital/Ig;
        s/welzijn/zorg/Ig; s/welfare/care/Ig; s/stichting/bedrijf/Ig; s/foundation/company/Ig;
        s/(sociaal|sociale|wijk|gebieds|buurt|dorps|kern) ?team/zorgteam/Ig;
        s/centrum voor jeugd en gezin/zorgcentrum/Ig; s/\bcjg\b/zorgcentrum/Ig;
        s/lokaal bestuur/zorgbedrijf/Ig; s/\bocmw\b/zorgbedrijf/Ig;
        s/\b(gem|stg)\. /bedr. /Ig' "$TMP/x.jsonl" |
    "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" file knockouts.3 > "$TMP/ko3.tsv"
is "knock-out 3: as many records after the change" "$(wc -l < "$TMP/ko3.tsv")" "$n"
is "knock-out 3: no CV passes without a gemeente or welfare foundation" \
    "$(awk -F'\t' '$2 == "pass" { print $1 }' "$TMP/ko3.tsv")" ""

sed -E 's/"page_text":\["/"page_text":["Ik werk als zelfstandig adviseur vanuit mijn eigen onderneming.\\n/' "$TMP/x.jsonl" |
    "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" file knockouts.1 > "$TMP/ko1.tsv"
is "knock-out 1: as many records after the change" "$(wc -l < "$TMP/ko1.tsv")" "$n"
is "knock-out 1: no CV passes that says it is self-employed" \
    "$(awk -F'\t' '$2 == "pass" { print $1 }' "$TMP/ko1.tsv")" ""
done_testing
