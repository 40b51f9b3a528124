#!/usr/bin/env bash
# End to end on tests/holdout10/: 6 more CVs with decision traps (sport and
# culture in the gemeente's "afdeling Samenleving", the same referee listed
# twice, a Coördinator Inburgering, a Teamleider Belastingen, an hbo module
# under Cursussen, a profile claim the positions do not bear out), each field
# compared with its hand-checked expectation (tests/holdout10/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout10/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the tenth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout10/expected"
done_testing
