#!/usr/bin/env bash
# End to end on tests/holdout6/: 10 more CVs with decision traps ("Referent:"
# lines under each job, "twee zzp'ers" in her team, "propedeuse 2005, diploma
# 2008", "21% btw" before the rate, "gem. Olst-Wijhe", a referee table,
# "Toegelaten tot ...", form fields "Van:" / "Tot:" on lines of their own ...),
# each field compared with its hand-checked expectation
# (tests/holdout6/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout6/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the sixth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout6/expected"
done_testing
