#!/usr/bin/env bash
# End to end on tests/holdout9/: 8 more CVs with decision traps (a diploma
# dated after the deadline, a bachelor "niet geaccrediteerd", a volunteer
# coordinator, "geen zzp'er meer" before "zelfstandig ondernemer", a Teamleider
# Toegang, a day rate ...), each field compared with its hand-checked
# expectation (tests/holdout9/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout9/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the ninth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout9/expected"
done_testing
