#!/usr/bin/env bash
# End to end on tests/holdout12/: 8 ordinary supplier CVs, no planted traps
# (every layout, real-world date styles, long careers with overlaps and side
# jobs, an English CV, an MBO-only coordinator, a zzp'er), each field
# compared with its hand-checked expectation (tests/holdout12/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout12/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the twelfth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout12/expected"
done_testing
