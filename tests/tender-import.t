#!/usr/bin/env bash
# `zeef tender import` on the request the default profile was written from
# (../shared/tender/coordinator-welzijn-heerde.txt) gives a profile that
# screens the samples and every holdout set exactly like the hand-written
# rules/coordinator-welzijn-heerde.profile: per file the CV checks, the
# knock-outs, every criterion's points, the score, eligibility, rank and
# shortlist, and the contract's coord_months and mwd.  Also: the details it
# reads, points that do not add up, a request without a deadline, files it
# will not overwrite, an English request with the same structure.
. "$(dirname "$0")/lib/tap.sh"

REQ="$SHARED/tender/coordinator-welzijn-heerde.txt"
[ -f "$REQ" ] || skip_all "no $REQ"
P="$TMP/imported/heerde.profile"
mkdir -p "$TMP/imported"
"$BIN/zeef" tender import "$REQ" -o "$P" >"$TMP/import.out" 2>"$TMP/import.err"
is "import of the Heerde request exits 0" "$?" 0
ok "the profile is written" test -s "$P"
ok "with its rules file next to it" test -s "$TMP/imported/heerde.rules"
is "nothing is left to manual" "$(grep -c '^type *= manual' "$P")" 0
is "nothing on stderr" "$(cat "$TMP/import.err")" ""
like "the terminal lists every requirement" "$(cat "$TMP/import.out")" "criterion 8 \(25 points\): evidence"
like "and says the points add up" "$(cat "$TMP/import.out")" "points add up to 100, the total the request states"

val() { sed -n "s/^$2 *= *//p" "$1" | head -1; }
H="$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile"
for k in id title organisation hours duration deadline shortlist tie_break total_points max_pages language min_references; do
    is "[$k] as in the hand-written profile" "$(val "$P" "$k")" "$(val "$H" "$k")"
done
like "the shared rule files are referenced" "$(val "$P" rules)" "sections.rules .*contact.rules .*education.rules .*screening.rules heerde.rules$"
ok "zeef tender check accepts it" "$BIN/zeef" tender check "$P"

fields="file checks knockouts criteria.4.points criteria.5.points criteria.6.points criteria.7.points criteria.8.points
        score eligible rank shortlisted experience.coord_months education.mwd"
# every hand-checked set (the same list as tests/e2e-sets.t, and the samples)
for inbox in samples/inbox $(cd "$ZEEF_ROOT" && ls -d tests/holdout*/ tests/layouts/ | sed 's,/$,,' | sort -V); do
    [ -d "$ZEEF_ROOT/$inbox" ] || continue
    "$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/$inbox" --out "$TMP/hand" >/dev/null 2>&1
    "$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/$inbox" --out "$TMP/imp" --tender "$P" >/dev/null 2>&1
    # shellcheck disable=SC2086
    "$ZEEF_BUILD/tests/jget" $fields < "$TMP/hand/results.jsonl" | sort > "$TMP/hand.tsv"
    # shellcheck disable=SC2086
    "$ZEEF_BUILD/tests/jget" $fields < "$TMP/imp/results.jsonl" | sort > "$TMP/imp.tsv"
    is "$inbox: as many records" "$(wc -l < "$TMP/imp.tsv")" "$(find "$ZEEF_ROOT/$inbox" -type f | wc -l)"
    while IFS= read -r line; do
        f=${line%%$'\t'*}
        is "$inbox: ${f##*/} scores as with the hand-written profile" "$(grep -F "$f	" "$TMP/imp.tsv")" "$line"
    done < "$TMP/hand.tsv"
done

# Points that do not add up to the stated total: said, and the profile will
# not load until a person fixes it.
sed 's/(20 punten);/(25 punten);/' "$REQ" > "$TMP/bad-points.txt"
mkdir -p "$TMP/bp"
"$BIN/zeef" tender import "$TMP/bad-points.txt" -o "$TMP/bp/x.profile" >/dev/null 2>"$TMP/err"
is "points that do not add up: exit 1" "$?" 1
like "and it says so" "$(cat "$TMP/err")" "points add up to 105, but the request states a total of 100"
like "check names the file and line" "$("$BIN/zeef" tender check "$TMP/bp/x.profile" 2>&1)" "x.profile:[0-9]+: criteria points add up to 105, but total_points is 100"

grep -v -i 'inschrijfdatum\|reactietermijn' "$REQ" > "$TMP/no-deadline.txt"
"$BIN/zeef" tender import "$TMP/no-deadline.txt" -o "$TMP/bp/nd.profile" >/dev/null 2>"$TMP/err"
is "no deadline: exit 1" "$?" 1
like "and it says what to fill in" "$(cat "$TMP/err")" "no deadline found; fill in deadline = YYYY-MM-DD"

"$BIN/zeef" tender import "$REQ" -o "$P" >/dev/null 2>"$TMP/err"
is "an existing profile is not overwritten" "$?" 2
like "without --force" "$(cat "$TMP/err")" "exists; use --force"
printf 'just some text\n' > "$TMP/empty.txt"
"$BIN/zeef" tender import "$TMP/empty.txt" -o "$TMP/bp/e.profile" >/dev/null 2>"$TMP/err"
is "a text without knock-outs or criteria: exit 2" "$?" 2
like "with the reason" "$(cat "$TMP/err")" "found no numbered knock-outs or criteria"

# An English request with the Heerde structure maps to the same building blocks.
E="$ZEEF_ROOT/tests/tenders/en/coordinator-welfare-heerde-en.txt"
if [ -f "$E" ]; then
    mkdir -p "$TMP/en"
    "$BIN/zeef" tender import "$E" -o "$TMP/en/en.profile" >"$TMP/en.out" 2>"$TMP/err"
    is "English request: exit 0" "$?" 0
    shape() { grep -E '^(\[|type|level|years|points|deadline|max_pages|min_references|shortlist|tie_break|total_points|language)' "$1" | sed 's/  */ /g'; }
    is "English request: the same sections, types, levels, years and points" "$(shape "$TMP/en/en.profile")" "$(shape "$P")"
    "$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/samples/inbox" --out "$TMP/en/out" --tender "$TMP/en/en.profile" >/dev/null 2>&1
    "$ZEEF_BUILD/tests/jget" file knockouts score eligible rank < "$TMP/en/out/results.jsonl" | sort > "$TMP/en.tsv"
    "$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/samples/inbox" --out "$TMP/hand2" >/dev/null 2>&1
    "$ZEEF_BUILD/tests/jget" file knockouts score eligible rank < "$TMP/hand2/results.jsonl" | sort > "$TMP/hand2.tsv"
    is "English request: the samples score as with the hand-written profile" "$(diff "$TMP/hand2.tsv" "$TMP/en.tsv")" ""
fi
done_testing
