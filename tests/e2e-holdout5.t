#!/usr/bin/env bash
# End to end on tests/holdout5/: 8 more CVs with decision traps (the employer
# on the line above the title, "Referenties: 1. … 2. …" in one paragraph under
# "Aanvullend", "KvK-nummer: n.v.t.", an internship titled as coordinator, a
# CJG that is part of the municipality, "nog 2 modules te gaan" ...), each
# field compared with its hand-checked expectation (tests/holdout5/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout5/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the fifth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout5/expected"
done_testing
