#!/usr/bin/env bash
# zeef tender import on requests written in other words than the five it
# was built with (tests/tenders/unseen/): other headings ("Eisen
# (knock-out)", "Harde eisen", "Wensen", "Gunningscriteria", "Eisen aan het
# cv"), lettered and "•" lists, "max. 40 punten", number words, a title
# without a label, a deadline with a weekday and a time.  Every fact below
# was read from the request text by a person, not copied from the output.
. "$(dirname "$0")/lib/tap.sh"
U="$ZEEF_ROOT/tests/tenders/unseen"
# get PROFILE SECTION KEY: the value of KEY in [SECTION]
get() { awk -v s="[$2]" -v k="$3" '
    /^\[/ { in_s = ($0 == s) } in_s && $1 == k && $2 == "=" { sub(/^[^=]*=[ \t]*/, ""); print; exit }' "$1"; }

# ---- Wijkcoördinator Sociaal Team, Gemeente Epe ------------------------------
P="$TMP/epe/epe.profile"
"$BIN/zeef" tender import "$U/wijkcoordinator-epe.txt" -o "$P" >"$TMP/epe.out" 2>"$TMP/epe.err"
is "epe: import exit 0" "$?" 0
is "epe: title (from 'Aanvraag inhuur: ...')" "$(get "$P" tender title)" "Wijkcoördinator Sociaal Team"
is "epe: organisation" "$(get "$P" tender organisation)" "Gemeente Epe"
is "epe: deadline ('maandag 12 januari 2026, 12:00 uur')" "$(get "$P" tender deadline)" 2026-01-12
is "epe: shortlist ('De drie hoogst scorende')" "$(get "$P" tender shortlist)" 3
is "epe: tie-break" "$(get "$P" tender tie_break)" hourly_rate
is "epe: max pages ('niet meer dan 4 pagina's')" "$(get "$P" cv max_pages)" 4
is "epe: references ('bevat twee referenties')" "$(get "$P" cv min_references)" 2
is "epe: the CV requirements are no knock-outs" "$(grep -c '^\[knockout' "$P")" 3
is "epe: knock-out 1 is education" "$(get "$P" 'knockout 1' type)" education
is "epe: at hbo level" "$(get "$P" 'knockout 1' level)" hbo
is "epe: 'bij voorkeur Social Work' is not required" "$(get "$P" 'knockout 1' programme)" ""
is "epe: knock-out 2: 3 years of experience ('Minimaal drie jaar')" \
    "$(get "$P" 'knockout 2' type) $(get "$P" 'knockout 2' years)" "experience 3"
is "epe: knock-out 3: no self-employed" "$(get "$P" 'knockout 3' type)" no_self_employed
is "epe: criteria A-E with their points" \
    "$(for c in 4 5 6 7 8; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "30 25 15 10 20 "
is "epe: 'Motivatie en visie' cannot be read from a CV: manual" "$(get "$P" 'criterion 8' type)" manual
like "epe: and the terminal says so" "$(cat "$TMP/epe.err")" 'criterion 8: Motivatie en visie'
ok "epe: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"

# ---- Casemanager Schuldhulpverlening, Gemeente Raalte ------------------------
P="$TMP/raalte/raalte.profile"
R="$TMP/raalte/raalte.rules"
"$BIN/zeef" tender import "$U/casemanager-raalte.txt" -o "$P" >"$TMP/raalte.out" 2>"$TMP/raalte.err"
is "raalte: import exit 0" "$?" 0
is "raalte: title (from 'Inhuuraanvraag ...', no label)" "$(get "$P" tender title)" "Casemanager Schuldhulpverlening"
is "raalte: deadline ('Reageren kan tot en met vrijdag 16 januari 2026')" "$(get "$P" tender deadline)" 2026-01-16
is "raalte: duration ('Periode: ...')" "$(get "$P" tender duration)" "1 februari 2026 - 31 december 2026"
is "raalte: shortlist ('De vijf best scorende')" "$(get "$P" tender shortlist)" 5
is "raalte: max pages ('niet langer dan 3 pagina's')" "$(get "$P" cv max_pages)" 3
is "raalte: references ('Vermeld minimaal twee referenties')" "$(get "$P" cv min_references)" 2
is "raalte: three knock-outs from '•' bullets" \
    "$(for k in 1 2 3; do get "$P" "knockout $k" type; done | tr '\n' ' ')" "education experience no_self_employed "
is "raalte: 'ten minste drie jaar'" "$(get "$P" 'knockout 2' years)" 3
is "raalte: 'Wensen' are the criteria, 40/30/30 ('max. 40 punten')" \
    "$(for c in 4 5 6; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "40 30 30 "
ok "raalte: 'max.' of the points is no evidence word" bash -c "! grep -qE '^evidence\.[a-z0-9_]+ +\\\\bmax\\\\b' '$R'"
ok "raalte: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"

# ---- Senior Policy Advisor, Municipality of Zwolle (English) ---------------
P="$TMP/zwolle/zwolle.profile"
"$BIN/zeef" tender import "$U/policy-advisor-zwolle.txt" -o "$P" >/dev/null 2>"$TMP/zwolle.err"
is "zwolle: import exit 0" "$?" 0
is "zwolle: title ('Request for: ...')" "$(get "$P" tender title)" "Senior Policy Advisor Social Domain"
is "zwolle: deadline ('Friday 20 February 2026, 10:00')" "$(get "$P" tender deadline)" 2026-02-20
is "zwolle: CV: 3 pages, Dutch, 2 references" \
    "$(get "$P" cv max_pages) $(get "$P" cv language) $(get "$P" cv min_references)" "3 nl 2"
is "zwolle: knock-out 1: a WO degree" "$(get "$P" 'knockout 1' type) $(get "$P" 'knockout 1' level)" "education wo"
is "zwolle: knock-out 2: five years ('At least five years')" "$(get "$P" 'knockout 2' years)" 5
is "zwolle: knock-out 3: not self-employed" "$(get "$P" 'knockout 3' type)" no_self_employed
is "zwolle: criteria 40/35/25" "$(for c in 4 5 6; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "40 35 25 "
ok "zwolle: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"
done_testing
