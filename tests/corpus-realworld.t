#!/usr/bin/env bash
# Every file of ../shared/corpus/realworld/ goes through zeef-extract: one
# record each, no crash, within the time limit, and a sensible record: the
# password-protected ones are "encrypted", the broken ones "corrupt", the
# ones with text give text.  The corpus is read where it lies, not copied.
. "$(dirname "$0")/lib/tap.sh"

C="$SHARED/corpus/realworld"
[ -d "$C" ] || skip_all "no $C"
J="$ZEEF_BUILD/tests/jget"

# file|expected: a code, "text" (status ok with text), or "any"
# Peak memory is measured as in hostile.t (tests/tools/peakrss: ru_maxrss
# of zeef-extract and its per-document child) and bounded at 100 MB; every
# file of this corpus peaks near 15 MB.  Not checked under ASan, whose
# resident set is not that of the real build (and RLIMIT_AS is off).
SAN=0
case "$ZEEF_BUILD" in */build-san) SAN=1 ;; esac
while IFS='|' read -r f want; do
    [ -f "$C/$f" ] || { ok "$f is in the corpus" false; continue; }
    "$ZEEF_BUILD/tests/peakrss" "$TMP/usage" "$BIN/zeef-extract" --timeout 20 "$C/$f" >"$TMP/rec" 2>/dev/null
    read -r kb ms rc <"$TMP/usage"
    secs=$(( (ms + 999) / 1000 ))
    got=$("$J" status error.code < "$TMP/rec")
    chars=$("$J" page_text < "$TMP/rec" | tr -d '[]", \\' | wc -c)
    case "$want" in
        text) ok "$f: text extracted (exit $rc, ${secs}s)" test "$rc" = 0 -a "$got" = $'ok\tnull' -a "$chars" -gt 3 ;;
        any) ok "$f: one record (exit $rc, ${secs}s, $got)" test "$rc" = 0 -a "$(wc -l < "$TMP/rec")" = 1 ;;
        *) is "$f: $want" "$got" $'error\t'"$want" ;;
    esac
    ok "$f: within the time limit (${ms} ms)" test "$secs" -le 22
    [ "$SAN" = 1 ] || ok "$f: peak memory $((kb / 1024)) MB <= 100 MB" test "$kb" -le $((100 * 1024))
done <<'FILES'
pdf/europass-ewa__empty.pdf|empty
pdf/europass-ewa__password.pdf|encrypted
pdf/pdfjs__Brotli-Prototype-FileA.pdf|corrupt
pdf/pdfjs__ContentStreamCycleType3insideType3.pdf|no_text
pdf/pdfjs__Pages-tree-refs.pdf|any
pdf/pdfjs__ThuluthFeatures.pdf|text
pdf/pdfjs__Type3WordSpacing.pdf|text
pdf/pdfjs__bomb_giant.pdf|any
pdf/pdfjs__bug1020226.pdf|corrupt
pdf/pdfjs__copy_paste_ligatures.pdf|text
pdf/pdfjs__empty_protected.pdf|no_text
pdf/pdfjs__issue6127.pdf|text
pdf/pdfjs__issue9418.pdf|corrupt
pdf/pdfjs__pdkids.pdf|text
pdf/pdfjs__poppler-85140-0.pdf|corrupt
pdf/pdfjs__saslprep-r6.pdf|encrypted
pdf/pdfminer__issue-1113-evil-xobjects.pdf|text
pdf/pdfminer__issue-791-non-unicode-cmap.pdf|text
pdf/pdfminer__rc4-40.pdf|encrypted
pdf/pdfminer__zen_of_python_corrupted.pdf|text
pdf/tika__testJournalParser.pdf|text
pdf/tika__testPDF-TIKA-4444.pdf|text
pdf/tika__testPDF_XFA_govdocs1_258578.pdf|text
pdf/tika__testPDF_angles.pdf|text
pdf/tika__testPDF_no_extract_no_accessibility_owner_empty.pdf|any
pdf/tika__testUnicodePassword.pdf|encrypted
docx/mammoth__endnotes.docx|text
docx/mammoth__external-picture.docx|no_text
docx/mammoth__footnotes.docx|text
docx/mammoth__strict-format.docx|any
docx/mammoth__text-box.docx|text
docx/mammoth__tiny-picture-target-base-relative.docx|no_text
docx/pydocx__blk-containing-table.docx|no_text
docx/pydocx__default.docx|no_text
docx/pydocx__doc-no-coreprops.docx|no_text
docx/pydocx__hdr-header-footer.docx|text
docx/pydocx__par-hlink-frags.docx|text
docx/pydocx__sct-first-page-hdrftr.docx|text
docx/pydocx__set-no-settings-part.docx|no_text
docx/pydocx__shp-inline-shape-access.docx|no_text
docx/tika__017091.docx|text
docx/tika__EmbeddedPDF.docx|text
docx/tika__protected_normal_case.docx|encrypted
docx/tika__testAltChunkHTML.docx|no_text
docx/tika__testExternalRefs.docx|text
docx/tika__testMailMerge.docx|text
docx/tika__testWORD_2006ml.docx|text
docx/tika__testWORD_diagramData.docx|text
docx/tika__testWORD_emptyParaInTextbox.docx|text
docx/tika__testWORD_endnote_table.docx|text
docx/tika__testWORD_null_style.docx|text
docx/tika__testWORD_phonetic.docx|text
docx/tika__testWORD_protected_passtika.docx|encrypted
docx/tika__testWORD_sdtInTextBox.docx|text
docx/tika__testWPSAttachment.docx|no_text
docx/tika__testWORD_template.dotx|text
FILES

# every file in the corpus is listed above: a new file must be judged, not skipped
listed=$(grep -cE '^(pdf|docx)/[^|]+\|' "$0")
is "every corpus file is covered by this test" "$(find "$C" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.dotx' \) | wc -l)" "$listed"

# the whole corpus as one batch: one record per file, in order
find "$C" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.dotx' \) -print0 | sort -z | "$BIN/zeef-extract" -0 > "$TMP/all" 2>/dev/null
is "a batch of the whole corpus gives one record per file" "$(wc -l < "$TMP/all")" "$(find "$C" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.dotx' \) | wc -l)"
"$BIN/zeef-fields" < "$TMP/all" | "$BIN/zeef-check" | "$BIN/zeef-score" > "$TMP/results" 2>/dev/null
is "and the rest of the pipeline keeps every record" "$(wc -l < "$TMP/results")" "$(wc -l < "$TMP/all")"
done_testing
