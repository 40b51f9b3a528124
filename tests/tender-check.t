#!/usr/bin/env bash
# `zeef tender check PROFILE [--samples DIR]`: a profile that loads is
# reported ok; a bad pattern, an undefined rule id, points that do not add up,
# an impossible date or limit are errors with FILE:LINE (exit 1); manual
# requirements are warnings with their line; --samples runs the profile over
# a folder and explains every candidate's decisions.
. "$(dirname "$0")/lib/tap.sh"

cp "$ZEEF_ROOT"/rules/*.rules "$ZEEF_ROOT"/rules/coordinator-welzijn-heerde.profile "$TMP/"
P="$TMP/coordinator-welzijn-heerde.profile"
H="$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile"
chk() { "$BIN/zeef" tender check "$@" 2>&1; }

out=$(chk "$P"); rc=$?
is "the default profile: exit 0" "$rc" 0
like "and a summary" "$out" "ok: 3 knock-outs, 5 criteria \(100 points\), 1 role classes, 5 rule files; reference date 2025-11-25"

printf 'evidence.projects_change   \\bveranderopgave(\\w*\n' >> "$TMP/heerde.rules"
line=$(wc -l < "$TMP/heerde.rules")
out=$(chk "$P"); rc=$?
is "a pattern that does not compile: exit 1" "$rc" 1
like "with file, line and PCRE2's message" "$out" "heerde.rules:$line: missing closing parenthesis"
cp "$ZEEF_ROOT/rules/heerde.rules" "$TMP/"

sed 's/^terms    = evidence.welfare_partners/terms    = evidence.partners_typo/' "$H" > "$P"
n=$(grep -n '^\[criterion 7\]' "$P" | cut -d: -f1)
like "an undefined rule id: the section's line" "$(chk "$P")" "coordinator-welzijn-heerde.profile:$n: rule \"evidence.partners_typo\" is not defined"

sed 's/^points   = 20/points   = 25/' "$H" > "$P"
like "points that do not add up" "$(chk "$P")" "coordinator-welzijn-heerde.profile:1: criteria points add up to 105, but total_points is 100"
is "are an error" "$(chk "$P" >/dev/null; echo $?)" 1

sed 's/^deadline       = 2025-11-25/deadline       = 2025-02-30/' "$H" > "$P"
n=$(grep -n '^deadline' "$P" | cut -d: -f1)
like "a date that does not exist" "$(chk "$P")" "coordinator-welzijn-heerde.profile:$n: 2025-02-30 is not a date"

sed 's/^years = 5$/years = 45/' "$H" > "$P"
n=$(grep -n '^years = 45' "$P" | cut -d: -f1)
like "an impossible number of years" "$(chk "$P")" "coordinator-welzijn-heerde.profile:$n: 540 months of experience asked"

sed 's/^max_pages              = 5/max_pages              = 500/' "$H" > "$P"
n=$(grep -n '^max_pages' "$P" | cut -d: -f1)
like "a page limit beyond what is read" "$(chk "$P")" "coordinator-welzijn-heerde.profile:$n: max_pages = 500"

sed '/^\[criterion 8\]/,/^$/{s/^type      = evidence/type      = manual/;s/^type     = evidence/type     = manual/;/^terms/d;/^min_hits/d}' "$H" > "$P"
n=$(grep -n '^\[criterion 8\]' "$P" | cut -d: -f1)
out=$(chk "$P"); rc=$?
like "a manual requirement is a warning with its line" "$out" "coordinator-welzijn-heerde.profile:$n: warning: \[criterion 8\] is manual"
is "but no error" "$rc" 0

like "a missing profile" "$(chk "$TMP/nope.profile")" "nope.profile: No such file or directory"
like "no profile given" "$("$BIN/zeef" tender check 2>&1)" "which profile"
like "an unknown command" "$("$BIN/zeef" tender frobnicate 2>&1)" "unknown command"

# --samples: the profile on a folder, each decision explained
out=$(chk "$H" --samples "$ZEEF_ROOT/samples/inbox"); rc=$?
is "--samples: exit 0" "$rc" 0
like "ranked candidates with score and shortlist" "$out" "Jan de Vries.pdf: eligible, rank 1, score 100 of 100, shortlisted"
like "each criterion with points and reason" "$out" "criterion 4: 15/15 pass: Afgeronde opleiding op hbo-niveau in de gevraagde richting"
like "and its evidence with page and rule" "$out" "p.1 \"2004 – 2008 HBO Maatschappelijk Werk en Dienstverlening \(MWD\)"
like "knock-outs explained" "$out" "Femke Smit.pdf: not eligible.*"
like "reviews named" "$out" "Willem de Graaf.docx: review"
like "unreadable files said" "$out" "Wendy Koster.doc: unreadable \(unsupported_format\)"
like "and counted" "$out" "24 files"
done_testing
