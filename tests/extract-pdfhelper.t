#!/usr/bin/env bash
# zeef-extract hands PDFs to zeef-extract-pdf, its helper (extractors/
# pdfhelper.h), and links no poppler itself, so that its per-document forks
# stay cheap.  Here: the split holds, and a missing, dying or stuck helper
# costs the PDFs an error record each (the batch goes on, DOCX unaffected).
. "$(dirname "$0")/lib/tap.sh"
J="$ZEEF_BUILD/tests/jget"
S="$ZEEF_ROOT/samples/inbox"
PDF="$S/Jan de Vries.pdf"
DOCX="$S/Bas Meijer.docx"

if command -v ldd >/dev/null 2>&1; then
    is "zeef-extract maps no poppler" "$(ldd "$BIN/zeef-extract" | grep -c 'poppler\|cairo')" 0
    ok "zeef-extract-pdf does" bash -c "ldd '$BIN/zeef-extract-pdf' | grep -q poppler"
fi
"$BIN/zeef-extract-pdf" --help >/dev/null
is "zeef-extract-pdf --help" "$?" 0
"$BIN/zeef-extract-pdf" </dev/null >/dev/null 2>&1
is "zeef-extract-pdf without --serve: usage error" "$?" 2

# The helper's answer equals what a PDF gave before the split: the samples'
# expected text is checked by e2e-samples.t; here, the same bytes twice.
"$BIN/zeef-extract" "$PDF" "$DOCX" "$PDF" > "$TMP/both.jsonl" 2>/dev/null
is "three records" "$(wc -l < "$TMP/both.jsonl")" 3
is "the PDF through the helper, twice the same" "$(sed -n 1p "$TMP/both.jsonl")" "$(sed -n 3p "$TMP/both.jsonl")"
like "the PDF's text" "$(sed -n 1p "$TMP/both.jsonl" | "$J" status page_text)" $'^ok\t.*Jan de Vries'

# zeef-extract without its helper next to it.
mkdir -p "$TMP/alone"
cp "$BIN/zeef-extract" "$TMP/alone/"
"$TMP/alone/zeef-extract" "$PDF" "$DOCX" > "$TMP/alone.jsonl" 2>"$TMP/alone.err"
is "no helper: still exit 0, a record per file" "$?/$(wc -l < "$TMP/alone.jsonl")" "0/2"
is "no helper: the PDF gets an io error record" "$(sed -n 1p "$TMP/alone.jsonl" | "$J" status error.code)" $'error\tio'
like "which names the missing program" "$(sed -n 1p "$TMP/alone.jsonl" | "$J" error.message)" \
    'PDF extractor .*/zeef-extract-pdf cannot be run'
is "no helper: the DOCX is read as ever" "$(sed -n 2p "$TMP/alone.jsonl" | "$J" status format)" $'ok\tdocx'

# A helper that dies at once: every PDF an error record, the DOCX fine.
mkdir -p "$TMP/dies"
cp "$BIN/zeef-extract" "$TMP/dies/"
printf '#!/bin/sh\nexit 3\n' > "$TMP/dies/zeef-extract-pdf"
chmod +x "$TMP/dies/zeef-extract-pdf"
"$TMP/dies/zeef-extract" "$PDF" "$DOCX" "$PDF" > "$TMP/dies.jsonl" 2>/dev/null
is "dying helper: exit 0, a record per file" "$?/$(wc -l < "$TMP/dies.jsonl")" "0/3"
is "dying helper: both PDFs get io" "$("$J" error.code < "$TMP/dies.jsonl" | tr '\n' ' ')" "io null io "
like "saying the helper stopped" "$(sed -n 3p "$TMP/dies.jsonl" | "$J" error.message)" 'PDF extractor stopped'

# A helper that never answers: the PDF times out at --timeout + 10 s and the
# next one gets a new helper.
mkdir -p "$TMP/stuck"
cp "$BIN/zeef-extract" "$TMP/stuck/"
printf '#!/bin/sh\necho $$ > "%s"\nexec sleep 600\n' "$TMP/stuck.pid" > "$TMP/stuck/zeef-extract-pdf"
chmod +x "$TMP/stuck/zeef-extract-pdf"
start=$(date +%s)
"$TMP/stuck/zeef-extract" --timeout 1 "$PDF" "$DOCX" > "$TMP/stuck.jsonl" 2>/dev/null
secs=$(( $(date +%s) - start ))
is "stuck helper: exit 0, a record per file" "$?/$(wc -l < "$TMP/stuck.jsonl")" "0/2"
is "stuck helper: the PDF gets timeout" "$(sed -n 1p "$TMP/stuck.jsonl" | "$J" error.code)" timeout
ok "within --timeout + 10 s and a margin (${secs} s)" test "$secs" -le 16
ok "and the stuck helper is gone" bash -c "test -s '$TMP/stuck.pid' && ! kill -0 \$(cat '$TMP/stuck.pid') 2>/dev/null"

# kill -9 of zeef-extract (a drop-folder run killed, say) takes its helper along.
rm -f "$TMP/stuck.pid"
"$TMP/stuck/zeef-extract" --timeout 60 "$PDF" > /dev/null 2>&1 &
zx=$!
for _ in $(seq 1 50); do [ -s "$TMP/stuck.pid" ] && break; sleep 0.1; done
kill -9 "$zx"; wait "$zx" 2>/dev/null
sleep 0.5
# (dead: gone, or a zombie that nobody has reaped yet, its parent being dead)
dead() { [ ! -e "/proc/$1" ] || [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" = Z ]; }
ok "kill -9 of zeef-extract: its helper dies with it" dead "$(cat "$TMP/stuck.pid" 2>/dev/null || echo 999999)"
done_testing
