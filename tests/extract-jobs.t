#!/usr/bin/env bash
# zeef-extract -j N: the same records, in the same (input) order, as -j 1,
# on the samples and on the real-world corpus, including the files that
# time out, crash or are refused.
. "$(dirname "$0")/lib/tap.sh"

find "$ZEEF_ROOT/samples/inbox" -type f -print0 | sort -z > "$TMP/samples"
"$BIN/zeef-extract" -0 -j 1 < "$TMP/samples" > "$TMP/s1" 2>/dev/null
for j in 2 3 7; do
    "$BIN/zeef-extract" -0 -j $j < "$TMP/samples" > "$TMP/sj" 2>/dev/null
    ok "samples: -j $j gives the records of -j 1, in order" cmp "$TMP/s1" "$TMP/sj"
done
is "one record per sample" "$(wc -l < "$TMP/s1")" "$(tr -cd '\0' < "$TMP/samples" | wc -c)"

C="$SHARED/corpus/realworld"
if [ -d "$C" ]; then
    find "$C" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.dotx' \) -print0 | sort -z > "$TMP/corpus"
    "$BIN/zeef-extract" -0 -j 1 < "$TMP/corpus" > "$TMP/c1" 2>/dev/null
    "$BIN/zeef-extract" -0 -j 4 < "$TMP/corpus" > "$TMP/c4" 2>/dev/null
    ok "corpus: -j 4 gives the records of -j 1, in order" cmp "$TMP/c1" "$TMP/c4"
fi
"$BIN/zeef-extract" -j 3 "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" /nonexistent "$ZEEF_ROOT/samples/inbox/Bas Meijer.docx" > "$TMP/args" 2>/dev/null
is "file arguments with -j: one record each" "$(wc -l < "$TMP/args")" 3
like "in argument order" "$("$ZEEF_BUILD/tests/jget" file < "$TMP/args" | tr '\n' ' ')" "Jan de Vries.pdf /nonexistent .*Bas Meijer.docx"
done_testing
