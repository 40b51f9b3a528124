#!/usr/bin/env bash
# End to end on tests/holdout7/: 10 more CVs with decision traps (an EVC
# certificate, "op de afstudeerscriptie na", a firm "in opdracht van de
# gemeente", "2.000 zelfstandig ondernemers" served, "Stichting Sociaal Werk",
# headings in the CV's own words, two periods of one job on one line ...),
# each field compared with its hand-checked expectation
# (tests/holdout7/README.md).
#
# Known differences are TODO tests: where a careful person fails a CV and
# zeef answers review (never a wrong pass or fail), with the reason.
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout7/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the seventh holdout set" "$?" 0

declare -A KNOWN=(
    ["Saskia Veldkamp.docx: checks.references"]="a references heading with only a LinkedIn link: review (check it), where the set expects fail; she is not eligible either way"
)
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout7/expected"
done_testing
