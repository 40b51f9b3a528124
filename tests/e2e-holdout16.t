#!/usr/bin/env bash
# End to end on tests/holdout16/: 8 more CVs around the numbers and the
# education (months at 59/60/72/73 after merging, a gap year, a position
# printed twice, a positive Nuffic evaluation, "afstuderen gepland", a
# post-hbo course under another degree, criteria said in other words, ties),
# each field compared with its hand-checked expectation
# (tests/holdout16/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout16/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the sixteenth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout16/expected"
done_testing
