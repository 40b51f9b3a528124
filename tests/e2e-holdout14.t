#!/usr/bin/env bash
# End to end on tests/holdout14/: 8 CVs as detacheerders submit them (the
# agency's name, KvK and account manager in the header, a "Match met de eisen
# en wensen" table of claims, a zzp'er placed by the agency, a six-page CV,
# references only through the account manager ...), each field compared with
# its hand-checked expectation (tests/holdout14/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout14/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the fourteenth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout14/expected"
done_testing
