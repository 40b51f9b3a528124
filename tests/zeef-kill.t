#!/usr/bin/env bash
# zeef run is killed (SIGKILL) at random moments over a batch of 300 files
# and started again, 12 times, then a run finishes.  Afterwards every file must be
# accounted for exactly once and no original lost:
#   - incoming/ and work/ are empty;
#   - the files in processed/ and failed/ are exactly the dropped ones
#     (compared by sha256, as a multiset: duplicates included);
#   - the ledger has one finished arrival per file, one document per
#     distinct sha256, one result per document, and the runs' counters add
#     up to exactly that: nothing was screened, processed or failed twice;
#   - the report has one record per document;
#   - a further run screens nothing.
# ZEEF_KILL_FILES (files dropped first) and ZEEF_KILL_ROUNDS (runs killed)
# make it bigger.
. "$(dirname "$0")/lib/tap.sh"
command -v sqlite3 >/dev/null || skip_all "sqlite3 (the command) is not installed"
ZEEF="$BIN/zeef"
T="$TMP/tender"
q() { sqlite3 "$T/ledger.sqlite" "$1"; }
hashes() { find "$@" -type f ! -name '*.error.json' -exec sha256sum {} + | cut -d' ' -f1 | sort; }
"$ZEEF" init "$T" --profile "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" >/dev/null

# 288 distinct files (12 rounds of the 24 samples, each with a byte appended)
# and 12 exact duplicates under other names: 300 arrivals, 288 documents.
# Every dropped file is also copied to $TMP/all, the tally at the end.
mkdir -p "$TMP/all"
drop_round() {   # drop_round I: the 24 samples, each with I appended
    local f b d
    for f in "$ZEEF_ROOT"/samples/inbox/*; do
        b=$(basename "$f"); d="${b%.*} $1.${b##*.}"
        cp "$f" "$TMP/all/$d"; printf '%d' "$1" >> "$TMP/all/$d"
        cp "$TMP/all/$d" "$T/incoming/.$d"; touch -d '-1 min' "$T/incoming/.$d"
        mv "$T/incoming/.$d" "$T/incoming/$d"
    done
}
files=${ZEEF_KILL_FILES:-300}
rounds=$(( (files - 12 + 23) / 24 ))
for i in $(seq 1 "$rounds"); do drop_round "$i"; done
ls "$T/incoming" | head -12 | while IFS= read -r f; do
    cp "$T/incoming/$f" "$TMP/all/dubbel $f"; cp "$T/incoming/$f" "$T/incoming/dubbel $f"
done
touch -d '-1 min' "$T"/incoming/*
echo "# $(ls "$T/incoming" | wc -l) files, $(hashes "$T/incoming" | uniq | wc -l) distinct"

# Kill at random moments: early ones (claiming), later ones (screening,
# moving, reports), until 12 runs were killed.  The delay grows a little
# with each kill so that every run gets somewhat further.  A run that ends
# by itself has finished the batch: 24 more files are dropped (while no run
# goes on, as suppliers do between runs) so that the next one has work.
# How many runs that takes depends on the machine's speed, not the outcome.
want=${ZEEF_KILL_ROUNDS:-12}
kills=0
ended=
for r in $(seq 1 $((want * 6))); do
    "$ZEEF" run -j 2 --settle 0 -q "$T" 2>>"$TMP/err" &
    pid=$!
    delay=$(awk -v s="$RANDOM" -v k="$kills" 'BEGIN { srand(s); printf "%.3f", rand() * (0.2 + k * 0.12) }')
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then
        kills=$((kills + 1)); wait "$pid" 2>/dev/null
    else
        wait "$pid" 2>/dev/null; ended+=" $?"
        drop_round $((100 + r))
    fi
    # The stage processes die with zeef (PR_SET_PDEATHSIG).
    [ "$kills" -ge "$want" ] && break
done
narrivals=$(ls "$TMP/all" | wc -l)
ndocs=$(hashes "$TMP/all" | uniq | wc -l)
dropped=$(hashes "$TMP/all" | sha256sum)
echo "# killed $kills runs; the others ended by themselves with exit status:${ended:- none}"
ok "$want runs were killed mid-batch" test "$kills" -ge "$want"
sleep 0.3
ok "no stage process survives its zeef" bash -c "! pgrep -f -- '--tender $ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile' -P 1 >/dev/null"

"$ZEEF" run -j 2 --settle 0 -q "$T" 2>>"$TMP/err"
rc=$?
ok "the final run finishes (0, or 1 for the unreadable samples)" test "$rc" -le 1
is "incoming/ is empty" "$(ls -A "$T/incoming" | wc -l)" 0
is "work/ is empty" "$(ls -A "$T/work" | wc -l)" 0
is "processed/ + failed/ hold exactly the dropped files" "$(hashes "$T/processed" "$T/failed" | sha256sum)" "$dropped"
is "every failed file has its error record" \
    "$(find "$T/failed" -name '*.error.json' | wc -l)" "$(find "$T/failed" -type f ! -name '*.error.json' | wc -l)"
is "one finished arrival per file" "$(q "SELECT count(*) FROM arrivals WHERE state='done'")" "$narrivals"
is "no other arrivals" "$(q "SELECT count(*) FROM arrivals")" "$narrivals"
is "one document per distinct file" "$(q "SELECT count(*) FROM documents")" "$ndocs"
is "one result per document" "$(q "SELECT count(*) FROM results")" "$ndocs"
is "screened exactly once each, over all runs" "$(q "SELECT sum(extracted) FROM runs")" "$ndocs"
is "moved exactly once each, over all runs" "$(q "SELECT sum(processed) + sum(failed) FROM runs")" "$narrivals"
is "every arrival's destination holds its file" \
    "$(q "SELECT dest FROM arrivals" | while IFS= read -r d; do [ -f "$T/$d" ] && echo y; done | wc -l)" "$narrivals"
is "the report has one record per document" "$(wc -l < "$T/reports/results.jsonl")" "$ndocs"
is "a duplicate is no record of its own" "$(grep -c '^{"schema":"zeef/1","file":"dubbel ' "$T/reports/results.jsonl")" 0
is "but an arrival of its document's record" "$(grep -c '"arrivals":\[{[^]]*},{[^]]*"file":"dubbel ' "$T/reports/results.jsonl")" 12
ok "killed runs are marked interrupted" test "$(q "SELECT count(*) FROM runs WHERE state='interrupted'")" -ge 1
like "status agrees" "$("$ZEEF" status --json "$T")" "\"received\":$narrivals,\"documents\":$ndocs,.*\"waiting\":\\{\"total\":0"
"$ZEEF" run -j 2 --settle 0 -q "$T" 2>>"$TMP/err"
is "a run after that: exit 0" "$?" 0
is "and it screens nothing" "$(q "SELECT extracted FROM runs ORDER BY id DESC LIMIT 1")" 0
ok "no sanitizer or stage crash reports" bash -c "! grep -qE 'AddressSanitizer|runtime error|LeakSanitizer|Segmentation' '$TMP/err'"
done_testing
