#!/usr/bin/env bash
# End to end on tests/holdout13/: 8 more CVs with decision traps (a
# "Stichting Dierenwelzijn", a v.o.f. and a maatschap, a past zzp period and a
# detacheerder's KvK, referees under "Contactpersonen", a DOCX of exactly five
# pages, a welfare foundation known only from its description ...), each
# field compared with its hand-checked expectation (tests/holdout13/README.md).
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --inbox "$ZEEF_ROOT/tests/holdout13/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "run.sh exits 0 on the thirteenth holdout set" "$?" 0
tap_include "$ZEEF_BUILD/tests/compare_expected" "$TMP/out/results.jsonl" "$ZEEF_ROOT/tests/holdout13/expected"
done_testing
