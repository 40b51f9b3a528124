#!/usr/bin/env bash
# End to end on tests/holdout/: 14 CVs written after the pipeline, in other
# words and layouts than the samples (see tests/holdout/README.md), each
# field compared with its hand-checked expectation.
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout/expected"
done_testing
