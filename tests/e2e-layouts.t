#!/usr/bin/env bash
# End to end on tests/layouts/: CVs in layouts whose PDF text layer once came
# out wrong (a Europass CV with a block of labelled personal details, read as
# a sidebar), each field compared with its hand-checked expectation
# (tests/layouts/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/layouts/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the layout cases" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/layouts/expected"
done_testing
