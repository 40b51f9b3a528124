#!/usr/bin/env bash
# End to end on tests/holdout3/: 12 more CVs with decision traps (a diploma
# column saying "nee", a bachelor after an associate degree, a church
# "gemeente", a contract past the deadline, an own bv, a running page header
# among the referees, a rate range ...), each field compared with its
# hand-checked expectation (tests/holdout3/README.md).
#
# Known differences are TODO tests: where a careful person passes a CV and
# zeef answers review (never a wrong pass or fail), listed below with the
# reason.  prove reports them, and says so when one starts to pass.
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout3/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the third holdout set" "$?" 0

# "file: field" -> why zeef's review is accepted for now
declare -A KNOWN=(
    ["Dirk-Jan Lammers.pdf: zzp"]="a zzp period that ended in 2013 still gives review (the CV says loondienst since 2014)"
    ["Dirk-Jan Lammers.pdf: knockouts.1"]="review, not pass: the past zzp period"
    ["Dirk-Jan Lammers.pdf: eligible"]="follows from the knock-out 1 review"
    ["Dirk-Jan Lammers.pdf: rank"]="follows from the knock-out 1 review"
    ["Dirk-Jan Lammers.pdf: shortlisted"]="follows from the knock-out 1 review"
    ["Renske Kuipers.pdf: rank"]="moves up a place while Dirk-Jan Lammers is in review"
    ["Hilde Ruiter.docx: rank"]="moves up a place while Dirk-Jan Lammers is in review"
    ["Hilde Ruiter.docx: shortlisted"]="moves up a place while Dirk-Jan Lammers is in review"
    ["Wim Kamphuis.pdf: zzp"]="a former employer called Kamer van Koophandel gives review (he fails knock-out 3 anyway)"
    ["Wim Kamphuis.pdf: knockouts.1"]="review, not pass: the Kamer van Koophandel employer"
)
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout3/expected"
done_testing
