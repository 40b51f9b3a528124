#!/usr/bin/env bash
# zeef drop folders: claiming, duplicates, the layout, permissions, exit
# codes, the lock, status, a second run that screens nothing, files dropped
# while a run is going on (one of them still being written), report
# regeneration and retention (zeef purge).  See docs/ledger.md.
. "$(dirname "$0")/lib/tap.sh"
command -v sqlite3 >/dev/null || skip_all "sqlite3 (the command) is not installed"
ZEEF="$BIN/zeef"
PROFILE="$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile"
T="$TMP/tender"
q() { sqlite3 "$T/ledger.sqlite" "$1"; }
# Distinct copies of the samples: the name gets a suffix, the bytes a byte.
copies() {   # copies N DIR: N rounds of every sample
    local n=$1 dir=$2 i f b
    for i in $(seq 1 "$n"); do
        for f in "$ZEEF_ROOT"/samples/inbox/*; do
            b=$(basename "$f"); cp "$f" "$dir/${b%.*}-$i.${b##*.}"; printf '%d' "$i" >> "$dir/${b%.*}-$i.${b##*.}"
        done
    done
}
# The sha256 of every file under the given folders, sorted (error records left out).
hashes() { find "$@" -type f ! -name '*.error.json' -exec sha256sum {} + | cut -d' ' -f1 | sort; }

# ---- init, a first run, duplicates ----------------------------------------
"$ZEEF" init "$T" --profile "$PROFILE" >/dev/null
is "init creates the drop folder" "$?" 0
ok "with incoming/" test -d "$T/incoming"
like "tender.conf names the profile" "$(cat "$T/tender.conf")" "^profile = $PROFILE"
"$ZEEF" init "$T" --profile "$PROFILE" >/dev/null 2>&1
is "init never overwrites a tender.conf" "$?" 2

cp "$ZEEF_ROOT"/samples/inbox/* "$T/incoming/"
cp "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" "$T/incoming/Jan de Vries (opnieuw).pdf"
mkdir -p "$T/incoming/lot2"
cp "$ZEEF_ROOT/samples/inbox/Bas Meijer.docx" "$T/incoming/lot2/Bas Meijer.docx"   # a third duplicate
ln -s /etc/passwd "$T/incoming/link.pdf"
printf 'half' > "$T/incoming/.verborgen.pdf"
printf 'half' > "$T/incoming/upload.pdf.part"
before=$(hashes "$T/incoming" | grep -v "$(printf half | sha256sum | cut -d' ' -f1)")
"$ZEEF" run --settle 0 "$T" >"$TMP/out" 2>"$TMP/err"
is "a run with unreadable files exits 1" "$?" 1
is "every original is in processed/ or failed/, once" "$(hashes "$T/processed" "$T/failed" | sha256sum)" "$(echo "$before" | sha256sum)"
is "three unreadable files in failed/" "$(find "$T/failed" -type f ! -name '*.error.json' | wc -l)" 3
is "each with its error record" "$(find "$T/failed" -name '*.error.json' | wc -l)" 3
like "the error record has the code" "$(cat "$T"/failed/*/"Wendy Koster.doc.error.json")" '"code":"unsupported_format"'
ok "a file being written (.part) is left alone" test -f "$T/incoming/upload.pdf.part"
ok "a hidden file is left alone" test -f "$T/incoming/.verborgen.pdf"
ok "a symlink is not followed, claimed or moved" test -L "$T/incoming/link.pdf"
is "work/ is empty" "$(ls -A "$T/work" | wc -l)" 0
is "26 arrivals" "$(q "SELECT count(*) FROM arrivals WHERE state='done'")" 26
is "24 documents" "$(q "SELECT count(*) FROM documents")" 24
is "24 documents screened" "$(q "SELECT extracted FROM runs WHERE id=1")" 24
is "results.jsonl: one record per document" "$(wc -l < "$T/reports/results.jsonl")" 24
jan=$(grep '"file":"Jan de Vries' "$T/reports/results.jsonl")
like "a duplicate is one submission with both arrivals" "$jan" '"arrivals":\[\{[^]]*"file":"Jan de Vries[^]]*\},\{[^]]*"file":"Jan de Vries'
html=$(tr -d '\n' < "$T/reports/report.html")
like "report.html: the duplicate is one submission with both arrivals" "$html" \
    '2 keer ontvangen, met dezelfde inhoud \(sha256\): één inzending<ul class="arrivals"><li>(Jan de Vries\.pdf|Jan de Vries \(opnieuw\)\.pdf) <span class="muted">[0-9T:Z-]+</span></li><li>(Jan de Vries\.pdf|Jan de Vries \(opnieuw\)\.pdf) <span'
is "report.html: and so are Bas Meijer's" "$(grep -o '2 keer ontvangen' <<<"$html" | wc -l)" 2
like "a subfolder's file is claimed under its own name" "$(grep -c 'lot2/Bas Meijer.docx' "$T/reports/results.jsonl")" '^1$'
ok "report.html written" test -s "$T/reports/report.html"
ok "report.csv written" test -s "$T/reports/report.csv"
like "run summary: machine-readable counts" "$(cat "$T/reports/run-summary.json")" '"claimed":26,.*"extracted":24,"duplicates":2,"processed":23,"failed":3'
like "stderr names failures by hash and code" "$(cat "$TMP/err")" 'failed: document [0-9a-f]{12} \(encrypted\)'
# Logs never name a file: no candidate name in what zeef says.
names=$(ls "$ZEEF_ROOT/samples/inbox" | sed 's/\.[a-z]*$//' | paste -sd'|')
ok "logs name no file and no candidate" bash -c "! grep -qE '$names' '$TMP/err' '$TMP/out'"
ok "the summary names no file" bash -c "! grep -qE '$names' '$T/reports/run-summary.json'"

# ---- permissions ------------------------------------------------------------
is "ledger is 0600" "$(stat -c %a "$T/ledger.sqlite")" 600
is "work area is 0700" "$(stat -c %a "$T/work")" 700
is "reports folder is 0700" "$(stat -c %a "$T/reports")" 700
is "reports are 0600" "$(stat -c %a "$T"/reports/* | sort -u)" 600
is "processed/ is 0700" "$(stat -c %a "$T/processed")" 700

# ---- a second run with nothing new ------------------------------------------
mtime=$(stat -c %Y "$T/reports/results.jsonl")
"$ZEEF" run --settle 0 -q "$T" 2>"$TMP/err"
is "nothing new: exit 0" "$?" 0
is "nothing new: nothing screened" "$(q "SELECT extracted FROM runs WHERE id=2")" 0
is "nothing new: no results added" "$(q "SELECT count(*) FROM results")" 24
is "-q: silent" "$(cat "$TMP/err")" ""
is "the reports are regenerated from the ledger, the same" "$(wc -l < "$T/reports/results.jsonl")" 24

# ---- status -----------------------------------------------------------------
st=$("$ZEEF" status "$T")
like "status: received" "$st" 'received +26 files, 24 documents \(2 duplicates\)'
like "status: processed" "$st" 'processed +23'
like "status: failed" "$st" 'failed +3'
like "status: waiting, incl. files being written" "$st" 'waiting +2: 0 in incoming/, 2 still being written, 0 claimed'
like "status: last run" "$st" 'last run +#2, .*done, exit 0'
like "status --json" "$("$ZEEF" status --json "$T")" '^\{"tender":.*"received":26,"documents":24,"duplicates":2,"processed":23,"failed":3'

# ---- the lock ---------------------------------------------------------------
flock "$T/.zeef.lock" sleep 3 &
locker=$!
sleep 0.5
"$ZEEF" run --settle 0 "$T" 2>"$TMP/err"
is "a second run while one holds the lock exits 3" "$?" 3
like "and says so" "$(cat "$TMP/err")" "another zeef run is busy"
"$ZEEF" purge --older-than 0 "$T" >/dev/null 2>&1
is "purge refuses while a run holds the lock: exit 3" "$?" 3
wait "$locker"

# ---- exit code 2 ------------------------------------------------------------
"$ZEEF" run "$TMP/nowhere" 2>"$TMP/err"
is "no drop folder: exit 2" "$?" 2
mkdir -p "$TMP/noprofile"
"$ZEEF" run "$TMP/noprofile" 2>"$TMP/err"
is "a folder without a profile: exit 2" "$?" 2
like "and says how to name one" "$(cat "$TMP/err")" "tender.conf"
"$ZEEF" run -j 0 "$T" 2>/dev/null
is "bad -j: exit 2" "$?" 2
"$ZEEF" bogus 2>/dev/null
is "unknown command: exit 2" "$?" 2
ok "--help" "$ZEEF" --help

# ---- files dropped while a run is going on ----------------------------------
T2="$TMP/busy"
"$ZEEF" init "$T2" --profile "$PROFILE" >/dev/null
copies 5 "$T2/incoming"                       # 120 files
touch -d '-1 min' "$T2"/incoming/*            # written a while ago: settled
dropped=$(hashes "$T2/incoming")
"$ZEEF" run -j 1 --settle 2 "$T2" 2>"$TMP/busy.err" &
run=$!
for _ in $(seq 1 200); do [ -z "$(ls -A "$T2/incoming")" ] && break; sleep 0.05; done
kill -0 "$run" 2>/dev/null && during=yes || during=no
echo "# the run was still busy when the new files came: $during"
cp "$ZEEF_ROOT/samples/inbox/Femke Smit.pdf" "$T2/incoming/laat.pdf"; printf 'L' >> "$T2/incoming/laat.pdf"
touch -d '-1 min' "$T2/incoming/laat.pdf"     # complete: the next run takes it
dropped=$(printf '%s\n' "$dropped" $(hashes "$T2/incoming/laat.pdf") | sort)
# a download still in progress, and a file written slowly under its final name
( for i in $(seq 1 10); do head -c 2000 "$ZEEF_ROOT/samples/inbox/Pieter Jansen.pdf" | tail -c 200 >> "$T2/incoming/groeit.pdf.part"; sleep 0.1; done ) &
writer1=$!
# traag.docx: written a little at a time until told to finish
( src="$ZEEF_ROOT/samples/inbox/Bas Meijer.docx"; n=0
  while [ ! -e "$TMP/finish" ]; do n=$((n + 100)); head -c "$n" "$src" > "$T2/incoming/traag.docx"; sleep 0.2; done
  cat "$src" > "$T2/incoming/traag.docx"; printf 'T' >> "$T2/incoming/traag.docx" ) &
writer2=$!
wait "$run"
rc=$?; is "the busy run finishes (some samples are unreadable: 1)" "$rc" 1
[ "$rc" = 1 ] || sed "s/^/#   /" "$TMP/busy.err"
ok "the file dropped during the run waits in incoming/" test -f "$T2/incoming/laat.pdf"
is "the busy run claimed only what was there when it looked" "$(sqlite3 "$T2/ledger.sqlite" "SELECT count(*) FROM arrivals")" 120
wait "$writer1"
"$ZEEF" run --settle 2 "$T2" 2>/dev/null
ok "a run right after: the file still being written is left alone" test -f "$T2/incoming/traag.docx"
ok "and so is the .part download" test -f "$T2/incoming/groeit.pdf.part"
ok "the complete file is taken" test ! -e "$T2/incoming/laat.pdf"
like "status counts them as being written" "$("$ZEEF" status --json "$T2")" '"being_written":2'
touch "$TMP/finish"; wait "$writer2"
mv "$T2/incoming/groeit.pdf.part" "$T2/incoming/groeit.pdf"
sleep 2.2
dropped=$(printf '%s\n' "$dropped" $(hashes "$T2/incoming") | sort)
"$ZEEF" run --settle 2 "$T2" 2>/dev/null
is "once settled, everything is claimed" "$(ls -A "$T2/incoming" | wc -l)" 0
is "every dropped file is in processed/ or failed/ exactly once" "$(hashes "$T2/processed" "$T2/failed" | sha256sum)" "$(echo "$dropped" | sha256sum)"
is "123 arrivals, all done" "$(sqlite3 "$T2/ledger.sqlite" "SELECT count(*) FROM arrivals WHERE state='done'")" 123
is "each screened once" "$(sqlite3 "$T2/ledger.sqlite" "SELECT sum(extracted) FROM runs")" 123

# ---- rules or profile changed: screened again --------------------------------
P2="$TMP/profile2"; mkdir -p "$P2"
cp "$ZEEF_ROOT"/rules/* "$P2/"
echo "# changed" >> "$P2/coordinator-welzijn-heerde.profile"
sed -i "s|^profile = .*|profile = $P2/coordinator-welzijn-heerde.profile|" "$T/tender.conf"
like "status: stale after a profile change" "$("$ZEEF" status --json "$T")" '"stale":24'
"$ZEEF" report "$T" 2>/dev/null
is "zeef report: exit 1 while results are stale" "$?" 1
"$ZEEF" run --settle 0 "$T" 2>"$TMP/err"
ok "screening again names no file either" bash -c "! grep -qE '$names' '$TMP/err'"
is "and leaves nothing in work/" "$(ls -A "$T/work" | wc -l)" 0
is "the next run screens them again from processed/ and failed/" "$(q "SELECT extracted FROM runs ORDER BY id DESC LIMIT 1")" 24
is "nothing moves twice" "$(q "SELECT processed + failed FROM runs ORDER BY id DESC LIMIT 1")" 0
is "two results per document, one per profile" "$(q "SELECT count(*) FROM results")" 48
"$ZEEF" report "$T" 2>/dev/null
is "zeef report regenerates without screening" "$?" 0
is "zeef report: one record per document" "$(wc -l < "$T/reports/results.jsonl")" 24

# ---- retention --------------------------------------------------------------
"$ZEEF" purge --older-than 30 "$T" >"$TMP/out"
is "purge --older-than 30: nothing that young goes" "$(find "$T/processed" -type f | wc -l)" 23
like "and says so" "$(cat "$TMP/out")" "purged 0 documents"
out=$("$ZEEF" purge --older-than 0 --dry-run "$T")
like "--dry-run counts" "$out" "would purge 24 documents \(26 CV copies\)"
is "--dry-run removes nothing" "$(find "$T/processed" -type f | wc -l)" 23
"$ZEEF" purge --older-than 0 "$T" >"$TMP/out"
is "purge: exit 0" "$?" 0
like "purge reports its counts" "$(cat "$TMP/out")" "purged 24 documents \(29 files removed\)"
is "purge removes the CV copies" "$(find "$T/processed" "$T/failed" -type f | wc -l)" 0
is "and the empty date folders" "$(find "$T/processed" "$T/failed" -mindepth 1 | wc -l)" 0
is "and the stored records" "$(q "SELECT count(*) FROM results WHERE record IS NOT NULL")" 0
is "and the file names" "$(q "SELECT count(*) FROM arrivals WHERE name IS NOT NULL OR dest IS NOT NULL")" 0
is "it keeps the hashes" "$(q "SELECT count(*) FROM documents")" 24
is "the decisions" "$(q "SELECT count(*) FROM results WHERE decision IN ('pass','review','fail','error')")" 48
is "and the counts" "$(q "SELECT count(*) FROM arrivals")" 26
is "the report no longer holds them" "$(wc -c < "$T/reports/results.jsonl")" 0
ok "no candidate's name left in the ledger" bash -c "! strings '$T/ledger.sqlite' | grep -qE '$names'"
like "status after purge" "$("$ZEEF" status "$T")" "purged +24 documents"
cp "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" "$T/incoming/"
"$ZEEF" run --settle 0 "$T" 2>/dev/null
is "the same bytes after a purge are screened again" "$(wc -l < "$T/reports/results.jsonl")" 1
"$ZEEF" purge "$T" 2>/dev/null
is "purge without --older-than: exit 2" "$?" 2
# An installation without the PDF helper cannot run: exit 2 and nothing is
# claimed, rather than every PDF moved to failed/ as unreadable.
mkdir -p "$TMP/partbin"
for b in zeef zeef-extract zeef-fields zeef-check zeef-score; do ln -s "$BIN/$b" "$TMP/partbin/$b"; done
T4="$TMP/t4"
"$ZEEF" init "$T4" --profile "$PROFILE" >/dev/null
cp "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" "$T4/incoming/"
ZEEF_BIN="$TMP/partbin" "$ZEEF" run --settle 0 -q "$T4" >/dev/null 2>"$TMP/err4"
is "no zeef-extract-pdf installed: exit 2" "$?" 2
like "and it says which program is missing" "$(cat "$TMP/err4")" 'zeef-extract-pdf'
ok "the dropped file is still in incoming/" test -f "$T4/incoming/Jan de Vries.pdf"
done_testing
