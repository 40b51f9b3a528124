#!/usr/bin/env bash
# The language judgement against its labelled corpus (tests/lang/run-eval.sh):
# lib/lang.c's accuracy must not fall below what lib/lang.c reports (95.9 %, with at
# most 2 foreign paragraphs judged Dutch), and it must beat plain textcat.
. "$(dirname "$0")/lib/tap.sh"
command -v pkg-config >/dev/null || skip_all "pkg-config is not installed"
out=$("$ZEEF_ROOT/tests/lang/run-eval.sh" 2>&1)
is "run-eval.sh builds and runs" "$?" 0
c=$(printf '%s\n' "$out" | grep '^(c) lang_guess')
a=$(printf '%s\n' "$out" | grep '^(a) textcat, full')
acc() { awk -F'|' '{print $2}' <<<"$1" | awk '{sub("%","",$1); print $1}'; }
tonl() { awk -F'|' '{print $2}' <<<"$1" | awk '{print $4}'; }
ok "lang_guess: at least 95.9 % of the paragraphs right ($(acc "$c") %)" awk -v x="$(acc "$c")" 'BEGIN { exit !(x >= 95.9) }'
ok "lang_guess: at most 2 foreign paragraphs judged Dutch ($(tonl "$c"))" test "$(tonl "$c")" -le 2
ok "lang_guess beats plain textcat ($(acc "$a") %)" awk -v x="$(acc "$c")" -v y="$(acc "$a")" 'BEGIN { exit !(x > y) }'
like "a Dutch CV with an English section stays Dutch" "$(printf '%s\n' "$out" | grep 'mixed: nl CV')" 'code nl'
like "a Frisian CV is not Dutch" "$(printf '%s\n' "$out" | grep 'fy CV')" 'dutch_ratio 0\.0[0-9] +code fy'
done_testing
