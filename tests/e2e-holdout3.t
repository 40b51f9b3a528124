#!/usr/bin/env bash
# End to end on tests/holdout3/: 12 more CVs with decision traps (a diploma
# column saying "nee", a bachelor after an associate degree, a church
# "gemeente", a contract past the deadline, an own bv, a running page header
# among the referees, a rate range ...), each field compared with its
# hand-checked expectation (tests/holdout3/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout3/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the third holdout set" "$?" 0

tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout3/expected"
done_testing
