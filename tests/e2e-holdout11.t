#!/usr/bin/env bash
# End to end on tests/holdout11/: 8 more CVs with decision traps (a foreign
# bachelor that Nuffic rates as an associate degree, "gestopt met de minor",
# a Manager HRM at a gemeente, two part-time jobs over the same months, zzp
# until after the deadline, an English CV behind Dutch headings, a
# zorgcoördinator at a school board, a decisive year-only period), each field
# compared with its hand-checked expectation (tests/holdout11/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout11/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the eleventh holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout11/expected"
done_testing
