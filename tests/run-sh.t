#!/usr/bin/env bash
# run.sh's contract with its user: exit 0 when the batch was processed (also
# with unreadable files), non-zero with a reason when it could not run.
. "$(dirname "$0")/lib/tap.sh"

mkdir -p "$TMP/inbox"
printf '' > "$TMP/inbox/leeg.pdf"
printf 'not a document' > "$TMP/inbox/notes.txt"
cp "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" "$TMP/inbox/"
"$ZEEF_ROOT/run.sh" --no-install --inbox "$TMP/inbox" --out "$TMP/out" >/dev/null 2>"$TMP/err"
is "unreadable files do not fail the batch" "$?" 0
is "every file has a record" "$(wc -l < "$TMP/out/results.jsonl")" 3
like "the empty file is an error record" "$(grep leeg.pdf "$TMP/out/results.jsonl")" '"status":"error","error":\{"code":"empty"'
like "the text file is unsupported" "$(grep notes.txt "$TMP/out/results.jsonl")" '"format":null,"status":"error","error":\{"code":"unsupported_format"'
like "the CV is ranked first" "$(head -1 "$TMP/out/results.jsonl")" '"rank":1,"shortlisted":true'

"$ZEEF_ROOT/run.sh" --no-install --inbox "$TMP/missing" --out "$TMP/out2" >/dev/null 2>"$TMP/err"
rc=$?
ok "a missing inbox is an error" test "$rc" -ne 0
like "and says why" "$(cat "$TMP/err")" "inbox .*missing.* is not a folder"

mkdir -p "$TMP/empty"
"$ZEEF_ROOT/run.sh" --no-install --inbox "$TMP/empty" --out "$TMP/out3" >/dev/null 2>&1
is "an empty inbox is processed" "$?" 0
is "into an empty results file" "$(wc -c < "$TMP/out3/results.jsonl")" 0

printf '[tender]\ntitle = x\ndeadline = 2025-13-01\n' > "$TMP/bad.profile"
"$ZEEF_ROOT/run.sh" --no-install --inbox "$TMP/inbox" --out "$TMP/out4" --tender "$TMP/bad.profile" >/dev/null 2>"$TMP/err"
ok "a bad profile stops the run" test $? -ne 0
like "naming file and line" "$(cat "$TMP/err")" "bad.profile:3: deadline: expected a date"

# zeef-score writes report.html and the interview sheet in a forked child
# (score.c: start_reports): a failure there must still fail the stage, and
# results.jsonl must hold each record once.
"$BIN/zeef-extract" "$TMP/inbox"/* 2>/dev/null | "$BIN/zeef-fields" | "$BIN/zeef-check" > "$TMP/checked.jsonl"
for r in html interview; do
    "$BIN/zeef-score" --$r "$TMP/no-such-dir/r" --csv "$TMP/r.csv" < "$TMP/checked.jsonl" \
        > "$TMP/res-$r" 2>"$TMP/err"
    is "an unwritable --$r fails zeef-score" "$?" 2
    like "saying why" "$(cat "$TMP/err")" "cannot write .*no-such-dir/r"
    is "results.jsonl is still written in full, once" "$(wc -l < "$TMP/res-$r")" 3
done
"$BIN/zeef-score" --html "$TMP/r.html" --interview "$TMP/i.html" --csv "$TMP/r.csv" \
    < "$TMP/checked.jsonl" > "$TMP/res" 2>"$TMP/err"
is "with writable reports zeef-score succeeds" "$?" 0
is "each record once" "$(wc -l < "$TMP/res")" 3
like "the HTML report is complete" "$(tail -c 200 "$TMP/r.html")" "</html>"
like "the interview sheet is complete" "$(tail -c 200 "$TMP/i.html")" "</html>"

"$ZEEF_ROOT/run.sh" --bogus >/dev/null 2>"$TMP/err"
ok "an unknown option is refused" test $? -ne 0
ok "--help works" "$ZEEF_ROOT/run.sh" --help
done_testing
