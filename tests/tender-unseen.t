#!/usr/bin/env bash
# zeef tender import on requests written in other words than the five it
# was built with (tests/tenders/unseen/): other headings ("Eisen
# (knock-out)", "Harde eisen", "Wensen", "Gunningscriteria", "Eisen aan het
# cv"), lettered and "•" lists, "max. 40 punten", number words, a title
# without a label, a deadline with a weekday and a time; tables with "|" or
# tabs and labels K1/G1/W1, a criteria list that starts again at 1,
# "Uitsluitingscriteria", "pnt", dates as 15-01-2026, "uiterlijk ... om 12:00
# uur", points that do not add up, a CV in either language.  Every fact below
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

# ---- Senior adviseur sociaal domein, Gemeente Dalfsen: "|" tables -----------
P="$TMP/dalfsen/dalfsen.profile"
R="$TMP/dalfsen/dalfsen.rules"
"$BIN/zeef" tender import "$U/senior-adviseur-sociaal-domein-dalfsen.txt" -o "$P" >"$TMP/dalfsen.out" 2>"$TMP/dalfsen.err"
is "dalfsen: import exit 0" "$?" 0
is "dalfsen: title ('Inhuurverzoek ...' under the organisation)" "$(get "$P" tender title)" "Senior adviseur sociaal domein (Wmo en Jeugd)"
is "dalfsen: organisation" "$(get "$P" tender organisation)" "Gemeente Dalfsen"
is "dalfsen: deadline ('Sluitingsdatum: 15-01-2026 om 10:00 uur')" "$(get "$P" tender deadline)" 2026-01-15
is "dalfsen: hours ('Aantal uren: 32 uur per week')" "$(get "$P" tender hours)" "32 uur per week"
is "dalfsen: shortlist ('de 3 hoogst scorende kandidaten')" "$(get "$P" tender shortlist)" 3
is "dalfsen: tie-break ('geeft het laagste uurtarief de doorslag')" "$(get "$P" tender tie_break)" hourly_rate
is "dalfsen: CV: 4 pages ('maximaal 4 A4'), nl, 2 references ('- twee referenties uit ...')" \
    "$(get "$P" cv max_pages) $(get "$P" cv language) $(get "$P" cv min_references)" "4 nl 2"
is "dalfsen: four knock-outs from the table, with the request's labels" \
    "$(grep '^\[knockout' "$P" | tr '\n' ' ')" "[knockout K1] [knockout K2] [knockout K3] [knockout K4] "
is "dalfsen: K1 a WO degree; 'bij voorkeur Bestuurskunde' is no knock-out" \
    "$(get "$P" 'knockout K1' type) $(get "$P" 'knockout K1' level) [$(get "$P" 'knockout K1' programme)]" "education wo []"
is "dalfsen: K2 'Ten minste acht jaar'" "$(get "$P" 'knockout K2' type) $(get "$P" 'knockout K2' years)" "experience 8"
is "dalfsen: K3 no zzp'er" "$(get "$P" 'knockout K3' type)" no_self_employed
is "dalfsen: K4 the VOG is manual" "$(get "$P" 'knockout K4' type)" manual
like "dalfsen: and the terminal lists it" "$(cat "$TMP/dalfsen.err")" 'knock-out K4: In bezit van een geldige VOG'
is "dalfsen: criteria G1-G4 with the points column 30/25/25/20" \
    "$(for c in G1 G2 G3 G4; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "30 25 25 20 "
is "dalfsen: the 'Totaal | 100' row is the total" "$(get "$P" tender total_points)" 100
is "dalfsen: the total row is no part of G4's text" "$(get "$P" 'criterion G4' text)" "Ervaring met regionale samenwerking (bijv. inkoop jeugdhulp)"
ok "dalfsen: G4 asks regional collaboration, not only the example in brackets (inkoop)" grep -q '^evidence\.criteriong4 .*samenwerking' "$R"
ok "dalfsen: G2 'college' does not find every 'collega'" bash -c "! grep -q 'colle{1,2}g' '$R'"
ok "dalfsen: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"

# ---- Programmamanager Energietransitie, Gemeente Deventer: tab tables -------
P="$TMP/deventer/deventer.profile"
R="$TMP/deventer/deventer.rules"
"$BIN/zeef" tender import "$U/programmamanager-energietransitie-deventer.txt" -o "$P" >"$TMP/deventer.out" 2>"$TMP/deventer.err"
is "deventer: import exit 0" "$?" 0
is "deventer: title (the first line)" "$(get "$P" tender title)" "Programmamanager Energietransitie"
is "deventer: organisation (not the directorate after the dash)" "$(get "$P" tender organisation)" "Gemeente Deventer"
is "deventer: deadline ('Uiterste reactiedatum<TAB>maandag 12 januari 2026 om 12:00 uur')" "$(get "$P" tender deadline)" 2026-01-12
is "deventer: hours ('Inzet<TAB>28-32 uur per week')" "$(get "$P" tender hours)" "28-32 uur per week"
is "deventer: duration from Startdatum and Einddatum" "$(get "$P" tender duration)" "1 maart 2026 - 28 februari 2027"
is "deventer: shortlist ('De vier kandidaten met de hoogste score')" "$(get "$P" tender shortlist)" 4
is "deventer: a tie is settled by lot, not by the rate" "$(get "$P" tender tie_break)" none
is "deventer: CV: 3 pages ('niet meer dan 3 pagina's'), 2 references ('ten minste twee')" \
    "$(get "$P" cv max_pages) $(get "$P" cv min_references)" "3 2"
is "deventer: four knock-outs from '1<TAB>...' rows" \
    "$(for k in 1 2 3 4; do get "$P" "knockout $k" type; done | tr '\n' ' ')" "education experience experience manual "
is "deventer: knock-out 1 a WO degree" "$(get "$P" 'knockout 1' level)" wo
is "deventer: knock-out 2 'minimaal 5 jaar'" "$(get "$P" 'knockout 2' years)" 5
is "deventer: knock-out 3 keeps its 'ten minste twee jaar'" "$(get "$P" 'knockout 3' years)" 2
ok "deventer: counted in positions that name the warmtetransitie" grep -q '^domain\.knockout3 .*warmtetransiti' "$R"
like "deventer: knock-out 4 (availability) is listed as manual" "$(cat "$TMP/deventer.err")" 'knock-out 4: De kandidaat is per 1 maart 2026 beschikbaar'
is "deventer: wishes W1-W4 ('max. 30 pnt')" \
    "$(for c in W1 W2 W3 W4; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "30 25 20 25 "
is "deventer: 'Wensen (max. 100 pnt)' is the total" "$(get "$P" tender total_points)" 100
ok "deventer: W3 finds MSP too, not only PRINCE2" grep -q '^evidence\.criterionw3 .*msp' "$R"
ok "deventer: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"

# ---- Consulent Werk en Inkomen, Gemeente Kampen: criteria numbered from 1 ---
P="$TMP/kampen/kampen.profile"
R="$TMP/kampen/kampen.rules"
"$BIN/zeef" tender import "$U/consulent-werk-inkomen-kampen.txt" -o "$P" >"$TMP/kampen.out" 2>"$TMP/kampen.err"
is "kampen: import exit 0" "$?" 0
is "kampen: title ('Functie: ...')" "$(get "$P" tender title)" "Consulent Werk en Inkomen"
is "kampen: deadline ('Aanbiedingen moeten uiterlijk maandag 12 januari 2026 om 12:00 uur binnen zijn')" \
    "$(get "$P" tender deadline)" 2026-01-12
is "kampen: hours ('Aantal uur: 36 per week')" "$(get "$P" tender hours)" "36 uur per week"
is "kampen: shortlist ('De beste drie kandidaten'; not 'maximaal 2 kandidaten' per bidder)" "$(get "$P" tender shortlist)" 3
ok "kampen: the shortlist was read, not defaulted" bash -c "! grep -q 'shortlist size not found' '$P'"
is "kampen: tie-break ('gaat de kandidaat met het laagste uurtarief voor', over a line end)" "$(get "$P" tender tie_break)" hourly_rate
is "kampen: CV: 4 pages, nl, 2 references ('ten minste twee' / 'referenties' on the next line)" \
    "$(get "$P" cv max_pages) $(get "$P" cv language) $(get "$P" cv min_references)" "4 nl 2"
is "kampen: knock-out 1: mbo (the lowest level named), 'bijvoorkeur SJD' no knock-out" \
    "$(get "$P" 'knockout 1' type) $(get "$P" 'knockout 1' level) [$(get "$P" 'knockout 1' programme)]" "education mbo []"
is "kampen: knock-out 2: 'Ten minste twee jaar'" "$(get "$P" 'knockout 2' type) $(get "$P" 'knockout 2' years)" "experience 2"
like "kampen: the terminal says the period limit is not checked" "$(cat "$TMP/kampen.err")" 'knock-out 2: .*afgelopen vijf jaar'
is "kampen: knock-out 3 rijbewijs is manual" "$(get "$P" 'knockout 3' type)" manual
is "kampen: knock-out 4 evidence" "$(get "$P" 'knockout 4' type)" evidence
is "kampen: the criteria's own 1-5 become 5-9, points 30/20/15/15/20" \
    "$(for c in 5 6 7 8 9; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "30 20 15 15 20 "
like "kampen: the terminal names the request's own number" "$(cat "$TMP/kampen.out")" "criterion 5 \(the request's 1\)"
is "kampen: 'Selectiecriteria (maximaal 100 punten)' is the total" "$(get "$P" tender total_points)" 100
ok "kampen: the Participatiewet is not resident participation" bash -c "[ \"\$(awk '/^\\[criterion 5\\]/{s=1} s&&/^terms/{print \$3; exit}' '$P')\" != evidence.participation ]"
is "kampen: criterion 9: HBO in SJD" \
    "$(get "$P" 'criterion 9' type) $(get "$P" 'criterion 9' level)" "education hbo"
ok "kampen: SJD is not any law degree" bash -c "p=\$(awk '/^\\[criterion 9\\]/{s=1} s&&/^programme/{print \$3; exit}' '$P'); grep -q \"^\$p .*sjd\" '$R' && ! grep -q \"^\$p .*rechten\" '$R'"
ok "kampen: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"

# ---- Beleidsmedewerker OOV, Gemeente Zutphen: points that do not add up -----
P="$TMP/zutphen/zutphen.profile"
R="$TMP/zutphen/zutphen.rules"
"$BIN/zeef" tender import "$U/beleidsmedewerker-oov-zutphen.txt" -o "$P" >"$TMP/zutphen.out" 2>"$TMP/zutphen.err"
is "zutphen: 35+30+20+10 is not the stated 100: exit 1" "$?" 1
like "zutphen: and it says so" "$(cat "$TMP/zutphen.err")" "points add up to 95, but the request states a total of 100"
is "zutphen: title ('Aanvraag: ...')" "$(get "$P" tender title)" "Beleidsmedewerker Openbare Orde en Veiligheid (OOV)"
is "zutphen: deadline ('Deadline: 15 januari 2026, 09:00 uur')" "$(get "$P" tender deadline)" 2026-01-15
is "zutphen: duration ('Duur opdracht: 9 maanden')" "$(get "$P" tender duration)" "9 maanden"
is "zutphen: hours ('Uren: 24 uur per week')" "$(get "$P" tender hours)" "24 uur per week"
is "zutphen: shortlist ('Maximaal vijf kandidaten worden voorgedragen')" "$(get "$P" tender shortlist)" 5
is "zutphen: tie-break ('geeft de prijs de doorslag')" "$(get "$P" tender tie_break)" hourly_rate
is "zutphen: CV: 3 pages, 2 references ('Voeg twee referenties toe')" \
    "$(get "$P" cv max_pages) $(get "$P" cv min_references)" "3 2"
is "zutphen: the 'Uitsluitingscriteria' are the knock-outs" "$(grep -c '^\[knockout' "$P")" 3
is "zutphen: a. 'HBO werk- en denkniveau' asks no diploma: manual" "$(get "$P" 'knockout 1' type)" manual
is "zutphen: b. 'Minimaal drie jaar'" "$(get "$P" 'knockout 2' type) $(get "$P" 'knockout 2' years)" "experience 3"
ok "zutphen: b. a position at the veiligheidsregio counts" grep -q '^org\.knockout2 .*veiligheidsregio' "$R"
ok "zutphen: b. and one at the politie" grep -q '^org\.knockout2 .*politi' "$R"
ok "zutphen: b. and an 'adviseur openbare orde' title" grep -q '^role\.knockout2 .*openba' "$R"
is "zutphen: c. Wet Bibob: evidence" "$(get "$P" 'knockout 3' type)" evidence
ok "zutphen: c. found as 'Bibob' alone (a CV need not write 'Wet')" bash -c "grep -q '^evidence\.knockout3 *\\\\bbibob' '$R' && ! grep -q '^evidence\.knockout3 .*wet' '$R'"
is "zutphen: criteria a-d numbered on, 35/30/20/10" \
    "$(for c in 4 5 6 7; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "35 30 20 10 "
is "zutphen: d. a programme without a level: manual" "$(get "$P" 'criterion 7' type)" manual
like "zutphen: listed on the terminal" "$(cat "$TMP/zutphen.err")" 'criterion 7: Een afgeronde opleiding Integrale Veiligheidskunde'
ok "zutphen: zeef tender check refuses it until the points are fixed" bash -c "! '$BIN/zeef' tender check '$P'"

# ---- Interim Programme Manager, Municipality of Apeldoorn (English) ---------
P="$TMP/apeldoorn/apeldoorn.profile"
"$BIN/zeef" tender import "$U/programme-manager-apeldoorn.txt" -o "$P" >"$TMP/apeldoorn.out" 2>"$TMP/apeldoorn.err"
is "apeldoorn: import exit 0" "$?" 0
is "apeldoorn: title ('Tender: ...')" "$(get "$P" tender title)" "Interim Programme Manager Digital Transformation"
is "apeldoorn: organisation ('Client: ...')" "$(get "$P" tender organisation)" "Municipality of Apeldoorn"
is "apeldoorn: deadline ('Submission deadline: 15-01-2026, 12:00 CET')" "$(get "$P" tender deadline)" 2026-01-15
is "apeldoorn: duration ('Contract term: ...')" "$(get "$P" tender duration)" "12 months, with an option to extend by 6 months"
is "apeldoorn: hours ('Hours: 32-36 per week')" "$(get "$P" tender hours)" "32-36 hours per week"
is "apeldoorn: shortlist ('The top three candidates')" "$(get "$P" tender shortlist)" 3
ok "apeldoorn: the shortlist was read, not defaulted" bash -c "! grep -q 'shortlist size not found' '$P'"
is "apeldoorn: tie-break ('In case of a tie, ... the lowest hourly rate')" "$(get "$P" tender tie_break)" hourly_rate
is "apeldoorn: CV: 4 pages ('No more than 4 pages'), 2 references ('Two references')" \
    "$(get "$P" cv max_pages) $(get "$P" cv min_references)" "4 2"
is "apeldoorn: 'In English or Dutch': the language check fails no one" \
    "$(get "$P" cv min_language_ratio) $(get "$P" cv review_language_ratio)" "0 0"
is "apeldoorn: four knock-outs from '-' bullets" \
    "$(for k in 1 2 3 4; do get "$P" "knockout $k" type; done | tr '\n' ' ')" "education experience manual no_self_employed "
is "apeldoorn: a Master's (WO); 'at least seven years'" \
    "$(get "$P" 'knockout 1' level) $(get "$P" 'knockout 2' years)" "wo 7"
like "apeldoorn: the Dutch language level is listed as manual" "$(cat "$TMP/apeldoorn.err")" 'knock-out 3: The candidate has a good command of Dutch'
is "apeldoorn: award criteria 1-4 numbered on as 5-8, 30/25/25/20 ('— max. 25 points')" \
    "$(for c in 5 6 7 8; do get "$P" "criterion $c" points; done | tr '\n' ' ')" "30 25 25 20 "
is "apeldoorn: no dash left where the points were cut" "$(get "$P" 'criterion 5' text)" "Experience leading digital transformation programmes at a Dutch municipality"
is "apeldoorn: 'Total: 100 points' under the list is the total, not part of criterion 8" \
    "$(get "$P" tender total_points)|$(get "$P" 'criterion 8' text)" "100|Experience reporting to a board of mayor and aldermen"
ok "apeldoorn: zeef tender check accepts the profile" "$BIN/zeef" tender check "$P"
done_testing
