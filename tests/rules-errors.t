#!/usr/bin/env bash
# A bad rule or profile stops a stage with the file, the line and what is
# wrong (PCRE2's own message for a pattern), never a silent non-match.
. "$(dirname "$0")/lib/tap.sh"

cp "$ZEEF_ROOT"/rules/*.rules "$ZEEF_ROOT"/rules/*.profile "$TMP/"
P="$TMP/coordinator-welzijn-heerde.profile"
run() { "$BIN/zeef-fields" --tender "$1" </dev/null 2>&1 >/dev/null; }

ok "the default profile and rules load" "$BIN/zeef-fields" --tender "$P"

printf 'role.lead   co(ordinator\n' >> "$TMP/heerde.rules"
line=$(wc -l < "$TMP/heerde.rules")
err=$(run "$P"); rc=$?
ok "an unbalanced bracket stops the stage" test $rc -ne 0
like "naming file, line and PCRE2's message" "$err" "heerde.rules:$line: missing closing parenthesis"
cp "$ZEEF_ROOT/rules/heerde.rules" "$TMP/"

printf 'bad!id   x\n' >> "$TMP/screening.rules"
like "a malformed rule id is named" "$(run "$P")" "screening.rules:[0-9]+: rule id must be"
cp "$ZEEF_ROOT/rules/screening.rules" "$TMP/"

sed 's/^terms    = evidence.welfare_partners/terms    = evidence.no_such_rule/' "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" > "$P"
like "a profile naming a rule that does not exist" "$(run "$P")" "coordinator-welzijn-heerde.profile:[0-9]+: rule \"evidence.no_such_rule\" is not defined"

sed 's/^points   = 20/points   = 25/' "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" > "$P"
like "points that do not add up to the total" "$(run "$P")" "criteria points add up to 105, but total_points is 100"

sed 's/^min_references         = 2/min_referenses = 2/' "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" > "$P"
n=$(grep -n min_referenses "$P" | cut -d: -f1)
like "a misspelt key is an error, not ignored" "$(run "$P")" "profile:$n: unknown key \"min_referenses\" in \[cv\]"

sed 's/^roles  = coord$/roles  = nobody/' "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" > "$P"
like "an experience requirement needs a defined role class" "$(run "$P")" "needs roles = NAME of a \[roles NAME\] section"

like "a missing profile is named" "$(run "$TMP/nope.profile")" "nope.profile: No such file or directory"

# a pattern that explodes hits the match limit: reported per document, the run goes on
cp "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" "$P"
printf 'evidence.projects_change   (a+)+$\n' >> "$TMP/heerde.rules"
long=$(printf 'a%.0s' $(seq 1 40))
printf '{"schema":"zeef/1","file":"x.pdf","status":"ok","error":null,"pages":1,"pages_exact":true,"page_text":["Werkervaring\\n%sb\\n"]}\n' "$long" > "$TMP/rec"
out=$("$BIN/zeef-fields" --tender "$P" < "$TMP/rec" 2>/dev/null)
like "a runaway pattern is stopped by the match limit and counted" "$out" '"rule_limit_hits":[1-9]'

for s in extract fields check score; do
    ok "zeef-$s --help" "$BIN/zeef-$s" --help
done
printf 'not json\n{"schema":"zeef/1","file":"a.pdf","status":"error","error":{"code":"empty","message":"x"}}\n' > "$TMP/mixed"
out=$("$BIN/zeef-fields" < "$TMP/mixed" 2>"$TMP/err")
like "a line that is not JSON is reported with its number" "$(cat "$TMP/err")" "stdin:1: not a record"
like "and the next record still goes through" "$out" '"file":"a.pdf"'
done_testing
