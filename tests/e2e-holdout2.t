#!/usr/bin/env bash
# End to end on tests/holdout2/: 14 CVs written without looking at the
# pipeline, each holding a decision trap (see tests/holdout2/README.md), each
# field compared with its hand-checked expectation.
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout2/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the second holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout2/expected"
done_testing
