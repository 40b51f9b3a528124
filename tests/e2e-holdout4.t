#!/usr/bin/env bash
# End to end on tests/holdout4/: 12 more CVs with decision traps (a period
# "04-2016 / 03-2020", a foundation's director, "Sociaal Team Leeuwarden",
# "Teamleider Wmo a.i.", a GGD, a Frisian profile, a rate in the cover letter,
# a post-hbo course ...), each field compared with its hand-checked
# expectation (tests/holdout4/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout4/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the fourth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout4/expected"
done_testing
