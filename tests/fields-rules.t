#!/usr/bin/env bash
# The fields and check stages on small hand-written CV texts, one rule family
# at a time: sections and positions (every date style, three layouts,
# relevance), education (level, completion, programme), references, ZZP,
# hourly rate, contact details.  Each CV is an extract-stage record with the
# text as its only page, fed through zeef-fields and zeef-check.
. "$(dirname "$0")/lib/tap.sh"

J="$ZEEF_BUILD/tests/jget"

# record TEXT -> an extract-stage record on stdout
record() {
    local t=$1
    t=${t//\\/\\\\}; t=${t//\"/\\\"}; t=${t//$'\t'/\\t}; t=${t//$'\n'/\\n}
    printf '{"schema":"zeef/1","file":"t.pdf","sha256":"0","format":"pdf","status":"ok","error":null,"pages":1,"pages_exact":true,"page_text":["%s\\n"]}\n' "$t"
}
# facts TEXT PATH... -> values of the fields+check record
facts() {
    local t=$1; shift
    record "$t" | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" "$@"
}
# score_facts TEXT PATH... -> values of the scored record (criteria points)
score_facts() {
    local t=$1; shift
    record "$t" | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$BIN/zeef-score" | "$J" "$@"
}

HEAD=$'Jan Jansen\njan@example.nl | 06-12345678\nProfiel\nIk ben een ervaren coördinator in het sociaal domein en werk graag samen met inwoners en partners in de wijk.\nWerkervaring'

# ---- every date style (experience section, title before the period) ----------
while IFS='|' read -r style start end months; do
    got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n'"$style"$'\n• Aansturing van het team.' \
        experience.positions.0.start experience.positions.0.end experience.positions.0.months)
    is "date style \"$style\"" "$got" "$start"$'\t'"$end"$'\t'"$months"
done <<'STYLES'
2015 – heden|2015-01|null|131
jan. 2012 – dec. 2018|2012-01|2018-12|84
01-2012 t/m 12-2018|2012-01|2018-12|84
maart 2016 - juni 2019|2016-03|2019-06|40
2016 - 2019|2016-01|2019-12|48
sinds 2021|2021-01|null|59
vanaf mei 2020|2020-05|null|67
2019 - nu|2019-01|null|83
september 2010 tot en met augustus 2014|2010-09|2014-08|48
09/2010 – 08/2014|2010-09|2014-08|48
Jan 2012 – Present|2012-01|null|167
STYLES

# ---- layouts -------------------------------------------------------------------
got=$(facts "$HEAD"$'\n2015 – heden\nCoördinator Wmo\nGemeente Zwolle\n• Aansturing.\n2009 – 2014\nBeleidsmedewerker\nGemeente Zwolle' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.title experience.coord_months)
is "Europass: period first, title and employer below" "$got" $'Coördinator Wmo\tGemeente Zwolle\tBeleidsmedewerker\t131'
got=$(facts "$HEAD"$'\nPeriode\tFunctie\tWerkgever\njan. 2012 – heden\tTeamleider Jeugd\tGemeente Raalte\n2008 – 2011\tConsulent\tGemeente Raalte' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant experience.positions.1.relevant)
is "experience table: one row per position" "$got" $'Teamleider Jeugd\tGemeente Raalte\ttrue\tfalse'
# holdout40 Bram Oosterwijk: start and end in cells of their own ("Van | Tot | Functie | Werkgever")
got=$(facts $'Bram\nWerkervaring\nVan\tTot\tFunctie\tWerkgever\n04-2017\theden\tCoördinator Sociale Basis\tGemeente Súdwest-Fryslân\n• Coördinatie van het welzijnswerk.\n01-2012\t03-2017\tTeamleider Wmo\tGemeente Leeuwarden' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.start experience.positions.1.end experience.coord_months)
is "\"Van | Tot\" table: the period in two cells" "$got" $'Coördinator Sociale Basis\tGemeente Súdwest-Fryslân\t2012-01\t2017-03\t167'
got=$(facts "$HEAD"$'\nTeamleider Participatie, Gemeente Deventer (2019 – heden)\n• Sturing.' experience.positions.0.title experience.positions.0.employer experience.coord_months)
is "title, employer and period on one line" "$got" $'Teamleider Participatie\tGemeente Deventer\t83'
# holdout41 Evelien Tolkamp: a CV builder's "title" / "employer · period"
got=$(facts "$HEAD"$'\nCoördinator Welzijn en Preventie\nGemeente Ermelo · maart 2018 – heden\nLeiding aan het cluster welzijn en preventie (14 medewerkers): formatie,\nwerving en selectie.\nTeamleider Wmo-loket\nGemeente Harderwijk · januari 2013 – februari 2018\nLeiding aan 9 Wmo-consulenten.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.title experience.positions.1.employer experience.coord_months)
is "title above, \"employer · period\" below: the title is the line above" "$got" $'Coördinator Welzijn en Preventie\tGemeente Ermelo\tTeamleider Wmo-loket\tGemeente Harderwijk\t155'
# holdout40 Mirjam Dolleman: title, "employer, town" and a year-month period, each on its own line
got=$(facts "$HEAD"$'\nCoördinator Buurtwerk\n\nWelzijnsstichting De Wering, Den Helder\n\n2009-09 – 2015-05\n\nAansturing van vijf buurtwerkers.' experience.positions.0.title experience.positions.0.employer experience.positions.0.months)
is "title / \"employer, town\" / \"2009-09 – 2015-05\"" "$got" $'Coördinator Buurtwerk\tWelzijnsstichting De Wering, Den Helder\t69'
# tests/producer h41-Wilco Sikkema: a form of label and value cells ("Functie<TAB>Manager Welzijn")
got=$(facts $'Wilco\nWerkervaring\nPeriode\tapril 2014 – heden\nFunctie\tManager Welzijn\nWerkgever\tStichting Welzijnswerk\nNoordoostpolder\nTaken\n• Leiding aan 38 medewerkers.\n\nPeriode\t2009 – maart 2014\n\nFunctie\tCoördinator Ouderenwerk\n\nWerkgever\tStichting Welzijnswerk\nNoordoostpolder' \
    experience.positions.0.title experience.positions.1.title experience.positions.1.employer experience.coord_months)
is "label cells are no part of title or employer" "$got" $'Manager Welzijn\tCoördinator Ouderenwerk\tStichting Welzijnswerk\t203'
# holdout44 Ruben Hazelhoff: an employer and its department above the first period, the titles below
got=$(facts $'Ruben\nWerkervaring\nGemeente Hardenberg\nafdeling Samenleving\njun. 2022 t.e.m. heden\nManager Sociaal Domein\nLeiding aan de teams Wmo, jeugd en participatie (34 medewerkers).\n\njan. 2016 t.e.m. mei 2022\nTeamleider Wmo en Participatie\nLeiding aan 14 Wmo-consulenten.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.title experience.positions.1.employer experience.coord_months)
is "employer and department above the first period: the titles follow the periods" "$got" $'Manager Sociaal Domein\tGemeente Hardenberg\tTeamleider Wmo en Participatie\tGemeente Hardenberg\t119'
# holdout44 Femke Roorda: a table row broken over a page, the footer, header and repeated column labels between
got=$(facts $'Femke Roorda\nWerkervaring\nPeriode\tFunctie, werkgever en taken\naugustus 2018 – heden Manager Zorg en Welzijn\n\nfemke.roorda@example.nl · Pagina 1 van 2\nFemke Roorda | Curriculum vitae | 06-44129076\n\nPeriode\tFunctie, werkgever en taken\nGemeente Dronten\n• Leiding aan de teams Wmo, jeugd en welzijn.' \
    experience.positions.0.employer experience.positions.0.relevant candidate.email)
is "page footer and header, repeated column labels: the employer is the line after them" "$got" $'Gemeente Dronten\ttrue\tfemke.roorda@example.nl'
# holdout44 Thijmen Kloosterman: a CSS grid centres the period beside the block's text
got=$(facts "$HEAD"$'\nTeamleider Sociaal Team — Gemeente Oude IJsselstreek\nLeiding aan het sociaal team (17 medewerkers): Wmo, jeugd, schuldhulp en welzijn.\nVoorbeeld beleid naar resultaat: de nota Sociaal Domein heb ik met\nhet team omgezet in een jaarplan met concrete projecten per kern en resultaten die we\n01/2022 – heden\nelk kwartaal aan de wethouder rapporteren.\n\nWmo-consulent — Gemeente Doetinchem\nKeukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen.\n06/2012 – 12/2016\nCasusoverleg met het wijkteam.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.title experience.positions.1.employer experience.coord_months)
is "a period in the middle of its block: the block's first line is the header" "$got" $'Teamleider Sociaal Team\tGemeente Oude IJsselstreek\tWmo-consulent\tGemeente Doetinchem\t47'
# tests/producer h30-Tobias Wiegman: the title's bracket wraps onto a line of its own; the employer follows a blank line
got=$(facts "$HEAD"$'\napril 2019 –\nheden\tCoördinator Mantelzorg en Vrijwilligers (in deeltijd, 16 uur\nper week)\n\nStichting Welzijn Steenwijkerland\n\nLeiding aan vier mantelzorgconsulenten en de vrijwilligerscentrale.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "the rest of a title's bracket on the next line is part of the title" "$got" $'Coördinator Mantelzorg en Vrijwilligers (in deeltijd, 16 uur per week)\tStichting Welzijn Steenwijkerland\ttrue'
got=$(facts $'Evelien\nWerkervaring\nManager Welzijn\n\nStichting Welzijn De Kanaalzone (tot 2021:\nStichting Welzijn Terneuzen)\nsinds oktober 2018\nLeiding aan 28 medewerkers welzijn.' experience.positions.0.title experience.positions.0.relevant)
is "an employer whose bracket wraps above the period is one header line: the title above it is taken (producer h43)" "$got" $'Manager Welzijn\ttrue'
got=$(facts "$HEAD"$'\nCoördinator Jeugdgezondheidszorg | GGD Gelderland-Zuid\n(Gemeentelijke Gezondheidsdienst)\n\njanuari 2015 – december 2020' experience.positions.0.employer)
is "a bracket that makes a whole line is dropped whole, not half" "$got" "GGD Gelderland-Zuid Gemeentelijke Gezondheidsdienst"
got=$(facts $'Evelien\nWerkervaring\nManager Welzijn\nStichting Welzijn De Kanaalzone (tot 2021: Stichting Welzijn Terneuzen)\nsinds oktober 2018\nLeiding aan 28 medewerkers welzijn.' experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "... but a long employer line right above the period is part of a header of two lines (holdout43)" "$got" $'Manager Welzijn\tStichting Welzijn De Kanaalzone (tot 2021: Stichting Welzijn Terneuzen)\ttrue'
# holdout42 Ingrid Brookhuis: the description names another employer for part of the period
got=$(facts "$HEAD"$'\njanuari 2017 – heden | Coördinator Welzijn Ouderen | Stichting Welzijn Hellendoorn\nTot de overdracht van het ouderenwerk was ik in dienst van Zorggroep Hellendoorn B.V. (thuiszorg), waar het welzijnswerk een afdeling van was; sinds 1 januari 2021 ben ik in dienst van Stichting Welzijn Hellendoorn.' experience.positions.0.roles.coord.relevance knockouts.3)
is "another employer (no welfare foundation) for part of the period: uncertain" "$got" $'uncertain\treview'
# ... and in the print of that CV, where the table's title cell wraps ("Coördinator Welzijn" / "Ouderen") and the description stands below the table
got=$(facts "$HEAD"$'\nPeriode\tFunctie\tWerkgever\njanuari 2017 – heden\tCoördinator Welzijn\tStichting Welzijn\nOuderen\tHellendoorn\n2009 – 2016\tOuderenadviseur\tZorggroep Hellendoorn\nB.V.\n\nCoördinator Welzijn Ouderen\nTot de overdracht van het ouderenwerk was ik in dienst van Zorggroep Hellendoorn\nB.V. (thuiszorg), waar het welzijnswerk een afdeling van was.\n\nOuderenadviseur\nHuisbezoeken en advies aan ouderen.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a wrapped title cell still finds its description below the table" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\njanuari 2017 – heden | Coördinator Welzijn Ouderen | Stichting Welzijn Oost Gelre\nTot de verzelfstandiging was ik in dienst van de gemeente Oost Gelre; sinds 2022 bij de stichting.' experience.positions.0.roles.coord.relevance)
is "... but not when that employer was a gemeente" "$got" certain
# holdout40 Ria Hoogstraten: "sedert", a denied lead role, a title after the name
got=$(facts "$HEAD"$'\nsedert januari 2021\nTeamleider Wijkteams, Gemeente Vlissingen\nLeiding aan drie wijkteams.\njanuari 2018 – december 2020\nAdviseur Sociaal Domein, Gemeente Vlissingen, geen leidinggevende taken\nAdvies aan het college.' \
    experience.positions.0.start experience.positions.1.relevant experience.coord_months)
is "\"sedert januari 2021\"; \"geen leidinggevende taken\" is no lead role" "$got" $'2021-01\tfalse\t59'
for n in "Ria Hoogstraten bc." "drs. Ria Hoogstraten" "Ria Hoogstraten MSc, MBA"; do
    is "name without the academic title: $n" "$(facts "$n"$'\nMiddelburg · 06-27481930 · ria.hoogstraten@example.nl\nProfiel\nIk ben teamleider.' candidate.name)" "Ria Hoogstraten"
done
is "... but a surname that looks like one stays: Ina Ba" "$(facts $'Ina Ba\nAmsterdam · 06-27481930 · ina.ba@example.nl\nProfiel\nIk ben teamleider.' candidate.name)" "Ina Ba"
# holdout40 Anouk Stavenuiter: an open end written as a bare dash
got=$(facts "$HEAD"$'\nTeamleider Jeugd en Gezin – Gemeente \'s-Hertogenbosch\nmei 2019 –\nLeiding aan twee jeugd- en gezinsteams (19 medewerkers); formatie, werving en budget.' experience.positions.0.start experience.positions.0.end experience.coord_months)
is "\"mei 2019 –\" alone on its line: an open end" "$got" $'2019-05\tnull\t79'
got=$(facts "$HEAD"$'\nCoördinator Wijkteams | Stichting Welzijn Raalte\n2017 – 2022\nProjectleider van de herinrichting van de toegang tot Wmo en jeugd in Raalte (2020–\n2021).' experience.positions.1.start experience.coord_months)
is "... but not a date and a dash that end a longer line" "$got" $'null\t72'
# holdout41 Jelmer Vossebeld: a right-hand date column that wraps, headings behind icons
got=$(facts "$HEAD"$'\nManager Sociaal Domein\tseptember 2019 –\nGemeente Putten\theden\nLeiding aan de teams Wmo, jeugd en welzijn (26 medewerkers).\n\nCoördinator Gebiedsteam\tfebruari 2014 –\nStichting Welzijn Nijkerk\taugustus 2019\nCoördinatie van het gebiedsteam.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.start experience.positions.1.end experience.coord_months)
is "a wrapped date column on the right: title and employer in the first cells" "$got" $'Manager Sociaal Domein\tGemeente Putten\t2019-09\t2019-08\t142'
got=$(facts $'Jelmer\n◆ Werkervaring\nManager Sociaal Domein, Gemeente Putten, 2019 – heden\n★ Opleiding\nHBO Bestuurskunde\t2003 – 2007\n☰ Referenties\nMarieke Ooms — gemeentesecretaris, gemeente Putten — 06-39025811\nBert Kamphuis — directeur-bestuurder, Stichting Welzijn Nijkerk — 06-39025812' \
    references.count references.section_found experience.positions.1.title)
is "headings behind an icon (\"☰ Referenties\", \"★ Opleiding\")" "$got" $'2\ttrue\tnull'

got=$(facts $'Jan Jansen\n2. WERKERVARING:\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n3. Opleiding\n2004 – 2008 HBO MWD – diploma behaald' \
    experience.coord_months education.mwd)
is "numbered headings in capitals with a colon" "$got" $'131\ttrue'
# tests/producer h38-Ruud Oldenhave: a year that ends a wrapped period is no heading number ("2019<TAB>Werk")
got=$(facts $'Ruud\nWerkervaring\nPeriode\tFunctie\tWerkgever\n01-2012 t/m 02-\tCoördinator Participatie en\tGemeente Almelo\n2019\tWerk\n' experience.positions.0.start experience.positions.0.end)
is "\"2019<TAB>Werk\" is the rest of a period, not the heading \"Werk\"" "$got" $'2012-01\t2019-02'

got=$(facts "$HEAD"$'\nCoördinator Welzijn, Gemeente Epe\n2019 – heden\nAansturing van het team van twaalf medewerkers.\nTeamleider Wmo\nGemeente Raalte\n2010 – 2018\nSturing op het Wmo-loket.' \
    experience.positions.1.title experience.positions.1.employer experience.positions.1.relevant experience.coord_months)
is "title first: each position takes its own title and employer lines" "$got" $'Teamleider Wmo\tGemeente Raalte\ttrue\t191'

# ---- relevance -------------------------------------------------------------------
got=$(facts "$HEAD"$'\nCoördinator Zorg – Ziekenhuis Isala\n2010 – heden\n• Coördinatie van de zorg.' experience.positions.0.relevant knockouts.3)
is "a coordinator in a hospital does not count" "$got" $'false\tfail'
got=$(facts "$HEAD"$'\nAfdelingsmanager Welzijn en Mantelzorg — Ministerie van Volksgezondheid, Welzijn en Sport, directie Maatschappelijke Ondersteuning\n2015 – heden\n• Leiding aan de afdeling.' experience.positions.0.relevant)
is "a ministry with welzijn in its name is no welfare foundation (holdout49)" "$got" false
got=$(facts "$HEAD"$'\nCoördinator Buurtbemiddeling | Stichting Welzijn Zutphen | september 2015 – juli 2016\nOpleiding\nBachelor Social Work, Saxion — diploma juli 2016; afstudeerstage van september\n2015 tot juli 2016 bij Stichting Welzijn Zutphen (coördinatie buurtbemiddeling)' experience.positions.0.roles.coord.relevance)
is "a job that is the internship named under Opleiding: uncertain (holdout49)" "$got" uncertain
got=$(facts "$HEAD"$'\nManager Sociaal Domein a.i. | Gemeente Barneveld | januari 2020 – december 2021\n• Ik verving de manager bij afwezigheid, in deze twee jaar in totaal zes weken. De rest van de tijd werkte ik als senior beleidsadviseur Wmo.' experience.positions.0.roles.coord.relevance)
is "a title held for part of the period only: uncertain (holdout49)" "$got" uncertain
# holdout48 Sanne Verhaag: Flemish titles of a leading role
got=$(facts "$HEAD"$'\nDiensthoofd Sociale Dienst — Gemeente en OCMW Lommel (België)\n2015 – 2018\n• Leidinggevende van 26 medewerkers.\nTeamverantwoordelijke Thuiszorg en Welzijn — OCMW Lommel (België)\n2010 – 2014\n• Leiding aan het team thuiszorg en welzijn.' experience.positions.0.relevant experience.positions.1.relevant)
is "\"Diensthoofd\", \"Teamverantwoordelijke\": leading roles" "$got" $'true\ttrue'
got=$(facts "$HEAD"$'\nAssistent van de manager Welzijn en Zorg — Gemeente Zutphen\nfebruari 2015 – april 2021\n• Agenda en verslaglegging.' experience.positions.0.relevant experience.positions.0.roles.coord.relevance)
is "an assistant to the manager holds no lead role (holdout45)" "$got" $'false\tno'
got=$(facts "$HEAD"$'\nManager Welzijn en Zorg — Gemeente Zutphen\nfebruari 2015 – april 2021\n• Leiding aan het team.' experience.positions.0.relevant)
is "... the manager does" "$got" true
got=$(facts "$HEAD"$'\nseptember 2020 – heden | Coördinator Sociaal Team | Gemeente Epe\nBeschikbaarheid\nMijn contract bij de gemeente Epe liep van september 2020 tot 30 juni 2025 en is niet verlengd.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a job said elsewhere to have ended, its period still \"heden\": uncertain (holdout45)" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nseptember 2020 – heden\nCoördinator Sociaal Team — Gemeente Olst-Wijhe\nseptember 2020 – februari 2025: coördinator van het sociaal team (15 medewerkers); werkverdeling, formatie en budget.\nmaart 2025 – heden: na de reorganisatie vrijgesteld van werkzaamheden; in deze periode heb ik geen leidinggevende taken.' experience.positions.0.roles.coord.relevance knockouts.3)
is "parts of a period told on lines of their own (\"september 2020 – februari 2025: coördinator ...\"): uncertain (holdout47)" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nseptember 2020 – heden | Coördinator Sociaal Team | Gemeente Epe\nBeschikbaarheid\nMijn contract bij de gemeente Epe loopt van september 2020 tot 31 december 2025 en wordt niet verlengd.' experience.positions.0.roles.coord.relevance)
is "... a contract that still runs is no end" "$got" certain
# holdout39 Jeroen Altena: "participatie" in a position about the Omgevingswet
got=$(facts "$HEAD"$'\nTeamleider Participatie | Gemeente Deventer | maart 2016 – heden\n• Omgevingsgesprekken over bouwplannen; de participatieparagraaf van het omgevingsplan.' experience.positions.0.roles.coord.relevance knockouts.3)
is "\"Teamleider Participatie\" about spatial plans: uncertain" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nTeamleider Participatie | Gemeente Deventer | maart 2016 – heden\n• Participatie van inwoners bij het omgevingsplan en de Wmo.' experience.positions.0.roles.coord.relevance)
is "... but with a social-domain word of its own it counts" "$got" certain
got=$(facts "$HEAD"$'\nTeamleider Participatie | Gemeente Deventer | maart 2016 – heden\n• Aansturing van het team.' experience.positions.0.roles.coord.relevance)
is "... and so does \"Teamleider Participatie\" that names no other field" "$got" certain
got=$(facts "$HEAD"$'\nBeleidsmedewerker Wmo – Gemeente Epe\n2010 – heden\n• Beleid.' experience.positions.0.relevant knockouts.3)
is "a policy officer at a municipality does not count" "$got" $'false\tfail'
got=$(facts "$HEAD"$'\nCoördinator Buurtteam, Gemeente Kampen\naugustus 2015 – heden\n• Leiding aan het buurtteam Kampen-Zuid.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a coordinator of a municipality's buurtteam counts (social domain)" "$got" $'certain\tpass'
got=$(facts "$HEAD"$'\n2017/2018\nCoördinator Jongerenwerk — Gemeente Harderwijk\n• Coördinatie van het ambulant jongerenwerk.' experience.positions.0.start experience.positions.0.end experience.coord_months)
is "\"2017/2018\" on its own line is a period; jongerenwerk is the social domain" "$got" $'2017-01\t2018-12\t24'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Het beleidsplan 2010/2011 geëvalueerd.' experience.positions.1.title experience.coord_months)
is "\"2010/2011\" in running text is no period (no phantom position)" "$got" $'null\t131'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Stichting De Kern\n2019 – heden\n• Welzijnswerk in de wijk.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a foundation that does not say welfare is uncertain: review, not pass" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nTeamcoördinator | Stichting Jeugdzorg Plus Veluwe\njanuari 2017 – heden\n• Leiding aan drie leefgroepen in de jeugdzorg.' experience.positions.0.roles.coord.relevance experience.positions.0.roles.coord.evidence.1.rule knockouts.3)
is "a foundation whose name says youth care is no welfare foundation: not, fail" "$got" $'no\torg.public_welfare.not\tfail'
got=$(facts "$HEAD"$'\nCoördinator Welzijn Ouderen | Stichting Humanitas Deventer\nmaart 2015 – heden\nHumanitas Deventer is een welzijnsstichting: maatjesprojecten en ouderenwerk.' experience.positions.0.roles.coord.relevance experience.positions.0.roles.coord.evidence.1.rule knockouts.3)
is "a foundation the CV calls a welzijnsstichting counts: certain, pass" "$got" $'certain\torg.public_welfare.self\tpass'
got=$(facts "$HEAD"$'\nCoördinator Welzijn Ouderen | Stichting De Kern\nmaart 2015 – heden\nSamenwerking met de welzijnsstichting in de wijk.' experience.positions.0.roles.coord.relevance knockouts.3)
is "working with a welzijnsstichting does not make the employer one: uncertain, review" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2016 - 2019\n• x\nCoördinator Wmo – Gemeente Epe\nnov. 2024 – heden\n• y' experience.coord_months knockouts.3)
is "year-only periods near the threshold: review" "$got" $'61\treview'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2012 – 2015\n• x\nManager Sociaal Domein – Gemeente Epe\n2014 – 2018\n• y' experience.coord_months knockouts.3)
is "overlapping periods count once" "$got" $'84\tpass'

# ---- education -------------------------------------------------------------------
EDU=$'\nWerkervaring\nManager Sociaal Domein – Gemeente Epe\n2010 – heden\n• x\nOpleiding'
while IFS='|' read -r line level completed bach mwd ko2; do
    got=$(facts "$HEAD$EDU"$'\n'"$line" education.entries.0.level education.entries.0.completed \
        education.hbo_bachelor_completed education.mwd knockouts.2)
    is "education: $line" "$got" "$level"$'\t'"$completed"$'\t'"$bach"$'\t'"$mwd"$'\t'"$ko2"
done <<'EDUCATION'
2004 – 2008 HBO Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool Windesheim – diploma behaald|hbo|true|true|true|pass
2014 – 2018 Bachelor Social Work, Saxion – diploma behaald|hbo|true|true|true|pass
2002 – 2003 Propedeuse HBO Social Work, Hogeschool Utrecht|hbo|false|false|false|fail
2004 – 2007 HBO MWD, Hogeschool Windesheim (niet afgerond)|hbo|false|false|false|fail
2002 – 2005 HBO Maatschappelijk Werk en Dienstverlening – gestopt in 2005|hbo|false|false|false|fail
2001 – 2004 MBO Sociaal Werk (niveau 4), ROC Deltion – diploma behaald|mbo|true|false|false|fail
2014 – 2016 Associate degree Sociaal Werk, Hogeschool Windesheim – diploma behaald|ad|true|false|false|fail
2006 – 2008 WO Master Bestuurskunde, Radboud Universiteit – afgestudeerd|wo|true|true|false|pass
HBO Social Work, Hogeschool Utrecht|hbo|false|false|false|review
2021 – heden HBO Social Work (deeltijd), Hogeschool Utrecht|hbo|false|false|false|fail
EDUCATION
got=$(facts "$HEAD$EDU"$'\nMBO Sociaal Werk niveau 4 (diploma), hbo werk- en denkniveau' education.entries.0.level education.hbo_bachelor_completed knockouts.2)
is "\"hbo werk- en denkniveau\" is no diploma" "$got" $'mbo\tfalse\tfail'

# ---- references --------------------------------------------------------------------
got=$(facts "$HEAD"$'\nReferenties\nMw. A. Jansen, teamleider Wmo, Gemeente Zwolle, 06-11112222\nDhr. B. de Boer, manager, Gemeente Epe, 06-33334444' references.count checks.references)
is "two named references" "$got" $'2\tpass'
got=$(facts "$HEAD"$'\nReferenties\nPetra de Boer\nTeamleider Wmo, Gemeente Zwolle\n06-11112222\npetra@example.nl\nJan Smit\nManager, Gemeente Epe\n06-33334444' references.count)
is "references over several lines each" "$got" 2
got=$(facts "$HEAD"$'\nReferenties\nReferenties op aanvraag beschikbaar.' references.count references.on_request checks.references)
is "references on request: review" "$got" $'0\ttrue\treview'
got=$(facts "$HEAD"$'\nReferenties\nMw. A. Jansen, teamleider Wmo, Gemeente Zwolle, 06-11112222' references.count checks.references)
is "one reference: fail" "$got" $'1\tfail'
got=$(facts "$HEAD" references.count checks.references)
is "no references at all: fail" "$got" $'0\tfail'
got=$(facts "$HEAD"$'\nReferenties\nMijn referenties zijn mevrouw A. de Wit (directeur, Stichting Welzijn Ermelo, 06-51627384) en de heer H. Kamphuis (teamleider, gemeente Harderwijk, 06-51627385).' references.count checks.references)
is "two referees named in one sentence: two, pass" "$got" $'2\tpass'
got=$(facts "$HEAD"$'\nReferenties\nReferenties: mevrouw J. Bakker (gemeente Elburg) en de heer P. Smit (Stichting Welzijn Ermelo), contactgegevens op aanvraag.' references.count references.on_request checks.references)
is "two named referees, contact details on request: two, pass" "$got" $'2\tfalse\tpass'
got=$(facts "$HEAD"$'\nReferenties\nDhr. P. de Jong (teamleider, gemeente Epe), tel. 06-38120045; mw. R. Scholten (afdelingsmanager\nSamenleving, gemeente Apeldoorn), tel. 06-38120046' references.count)
is "two referees in a sentence wrapped over two lines: two" "$got" 2
got=$(facts "$HEAD"$'\nReferenties\nReferenties worden verstrekt door mevrouw de directeur, op aanvraag.' references.count references.on_request checks.references)
is "\"mevrouw de directeur ... op aanvraag\" names nobody: on request, review" "$got" $'0\ttrue\treview'
got=$(facts "$HEAD"$'\nReferenties\nReferenties: zie bijlage' references.count references.on_request checks.references)
is "references \"zie bijlage\": on request, review" "$got" $'0\ttrue\treview'

# holdout3: the candidate's page header repeated on page 2 inside the list is no referee, and an
# "Aanbieding" heading ends the list (its agency contact is no referee): one referee, fail.
got=$(facts $'Tim Roelofs · Deventer · 06-90817263 · tim.roelofs@example.nl\nWerkervaring\nTeamleider Jeugd – Gemeente Deventer\n2017 – heden\nReferenties\nNoortje Hesselink, afdelingsmanager, gemeente Deventer, 06-13243546\nTim Roelofs · Deventer · 06-90817263 · tim.roelofs@example.nl\nAanbieding\nContactpersoon voor deze aanbieding: Marco Vis, accountmanager, 06-36475870.' \
    references.count checks.references)
is "own page header and the offer's contact person are no referees" "$got" $'1\tfail'

# ---- ZZP, rate, contact -------------------------------------------------------------
got=$(facts "$HEAD"$'\nIk werk als zelfstandig adviseur vanuit mijn eigen onderneming (KvK-nummer 12345678).' zzp knockouts.1)
is "ZZP indications: knock-out 1 review" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nSinds 2021 werk ik via mijn eigen bv, waarvan ik directeur-grootaandeelhouder ben.' zzp knockouts.1)
is "ZZP: working through one's own bv (directeur-grootaandeelhouder): review" "$got" $'true\treview'
got=$(facts "$HEAD" zzp knockouts.1)
is "no ZZP indication: knock-out 1 pass" "$got" $'false\tpass'
# a range is no promise of its lower end: its upper end is the rate (holdout3: Dirk-Jan Lammers)
for r in 'Uurtarief: € 87,50|87.5' 'Tarief € 92,- per uur excl. btw|92' 'Mijn tarief bedraagt EUR 78 per uur|78' 'Hourly rate: € 90|90' \
         'Uurtarief: € 80 – € 90, afhankelijk van de omvang van de opdracht|90' 'Tarief: 75 tot 85 euro per uur|85' 'Uurtarief € 82,50 - 87,50|87.5'; do
    is "hourly rate: ${r%|*}" "$(facts "$HEAD"$'\n'"${r%|*}" hourly_rate)" "${r#*|}"
done
is "no rate: null" "$(facts "$HEAD" hourly_rate)" null
got=$(facts $'Curriculum Vitae – Sanne de Wit\nE-mail: S.deWit@Example.nl\nTelefoon: +31 6 1234 5678\nProfiel\nTekst.' candidate.name candidate.email candidate.phone)
is "contact: name after a CV prefix, e-mail, +31 phone" "$got" $'Sanne de Wit\tS.deWit@Example.nl\t+31 6 1234 5678'
got=$(facts $'Yvonne Geurtsen\nTelefoonnummer: (+31) 651847293 (Mobiel)\nProfiel\nTekst.' candidate.phone)
is "contact: a Europass phone with the country code in brackets" "$got" '(+31) 651847293'
got=$(facts $'Kees Mulder  |  kees.mulder@example.nl  |  06-12340003\nProfiel\nTekst.' candidate.name)
is "contact: name before separators" "$got" "Kees Mulder"
got=$(facts $'Persoonlijke gegevens\nNaam: Eva van den Berg\nWoonplaats: Epe' candidate.name)
is "contact: Naam: label" "$got" "Eva van den Berg"
got=$(facts $'Curriculum vitae\nNaam\tMartin Heijink\nWoonplaats Wapenveld\nTelefoon\t06-50607080\nProfiel\nTekst.' candidate.name candidate.phone)
is "contact: a Naam | name table row; \"Woonplaats Wapenveld\" is no name" "$got" $'Martin Heijink\t06-50607080'
got=$(facts $'Gemeente Zwolle\nCoördinator Welzijn\nProfiel\nTekst.' candidate.name)
is "contact: an employer or job title is never a name" "$got" null

# ---- tests/holdout3's decision traps, each a wrong pass or fail before its fix ----------
# A period that runs past the reference date (2025-11 for the default tender) counts up to it:
# 59 months, not 60, and knock-out 3 fails.
got=$(facts "$HEAD"$'\nCoördinator Sociaal Team – Gemeente Hattem\njanuari 2021 – december 2025\n• Contract loopt af op 31 december 2025.' \
    experience.positions.0.months experience.coord_months knockouts.3)
is "a period past the reference date counts up to it" "$got" $'59\t59\tfail'

# A church congregation called "gemeente" is not a municipality.
got=$(facts "$HEAD"$'\nCoördinator Diaconaal Ouderenwerk – Protestantse Gemeente Heerde\n2016 – 2022\n• Ouderenwerk van de diaconie.\nCoördinator Ouderenwerk – Gemeente Heerde\n2023 – heden' \
    experience.positions.0.relevant experience.positions.1.relevant)
is "a congregation (Protestantse Gemeente) is no municipality, the Gemeente is" "$got" $'false\ttrue'

# An education table's Diploma column: "nee" is no diploma, "ja" is one; the header's "Diploma"
# is not a diploma.
EDU=$'Jan Jansen\nOpleiding\nOpleiding\tInstelling\tPeriode\tDiploma\nHBO Social Work\tHogeschool Windesheim\t2005 – 2009\tnee\nMBO Sociaal Werk niveau 4\tDeltion College\t2001 – 2005\tja'
got=$(facts "$EDU" education.entries.0.completed education.entries.0.completion_evidence education.entries.1.completed \
    education.highest_level knockouts.2)
is "education table: a Diploma column with nee / ja" "$got" $'false\tDiploma: nee\ttrue\tmbo\tfail'
# A bachelor that names the associate degree it followed is a bachelor.
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work, Saxion Deventer — verkort traject na de Associate degree, diploma behaald 2014\nAssociate degree Sociaal Werk, Saxion Deventer — diploma 2012' \
    education.entries.0.level education.entries.1.level education.mwd knockouts.2)
is "a bachelor after an associate degree is hbo; the associate degree is ad" "$got" $'hbo\tad\ttrue\tpass'

# holdout4: four wrong fails and two lost rates, each general.
got=$(facts "$HEAD"$'\n04-2016 / 03-2020\nCoördinator Wijkteams — Gemeente Deventer\n• Coördinatie van drie wijkteams.' \
    experience.positions.0.start experience.positions.0.end experience.positions.0.relevant)
is "a period with a spaced slash: 04-2016 / 03-2020" "$got" $'2016-04\t2020-03\ttrue'
got=$(facts "$HEAD"$'\nDirecteur | Stichting Welzijn Voorst | september 2015 – december 2020\n• Leiding aan de welzijnsstichting (24 beroepskrachten).' experience.positions.0.relevant)
is "the director of a welfare foundation: relevant" "$got" true
got=$(facts "$HEAD"$'\nTeamleider Sociaal Team, Sociaal Team Leeuwarden\n2018 – heden\nHet Sociaal Team Leeuwarden is het team van de gemeente Leeuwarden; ik ben in dienst van de gemeente.' \
    experience.positions.0.relevant experience.positions.0.roles.coord.relevance)
is "a team named for itself that the CV calls the municipality's: relevant" "$got" $'true\tcertain'
got=$(facts "$HEAD"$'\nTeamleider Sociaal Team, Sociaal Team Leeuwarden\n2018 – heden\nAansturing van twaalf generalisten.' \
    experience.positions.0.relevant experience.positions.0.roles.coord.relevance)
is "the same team without saying whose: uncertain, not a pass" "$got" $'false\tuncertain'
got=$(facts "$HEAD"$'\nTeamleider Wmo a.i.\nGemeente Voorst\njuni 2020 – mei 2021\nTijdelijke waarneming.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "a title ending in an abbreviation (a.i.) is still a title" "$got" $'Teamleider Wmo a.i.\tGemeente Voorst\ttrue'
is "rate: 24 uur per week à € 87,50" "$(facts "$HEAD"$'\nInzet: 24 uur per week à € 87,50 (excl. btw)' hourly_rate)" 87.5
got=$(facts "$HEAD"$'\nReferenties\nWouter Rensink, afdelingsmanager, gemeente Hengelo, 06-64758690\nBegeleidende brief\nMijn uurtarief voor deze opdracht bedraagt € 91,25 exclusief btw.' hourly_rate references.count)
is "a cover letter after the referees: its rate counts, it is no referee" "$got" $'91.25\t1'
got=$(facts $'Jan Jansen\nOpleiding\nPost-hbo Intern begeleider, Fontys — certificaat 2006\nMBO Sociaal Werk niveau 4, Deltion College — diploma 2001' \
    education.highest_level knockouts.2)
is "a post-hbo course is no hbo degree" "$got" $'mbo\tfail'

# holdout5: each a wrong pass, fail or review before its fix.
got=$(facts "$HEAD"$'\nGemeente Kampen\nConsulent Wmo\njanuari 2006 – december 2011\nToegang tot Wmo-voorzieningen.\nGemeente Kampen\nTeamleider Wmo\njanuari 2012 – december 2016\nLeiding aan het Wmo-team.' \
    experience.positions.1.title experience.positions.1.employer experience.positions.1.relevant experience.positions.0.title)
is "employer on the line above the title: the CV's order is read from the role words" "$got" $'Teamleider Wmo\tGemeente Kampen\ttrue\tConsulent Wmo'
got=$(facts "$HEAD"$'\nCoördinator Welzijn\nGemeente Epe\n2019 – heden\nTeamleider Wmo\nGemeente Raalte\n2010 – 2018' \
    experience.positions.0.title experience.positions.0.employer experience.positions.1.employer)
is "title above employer stays as it is" "$got" $'Coördinator Welzijn\tGemeente Epe\tGemeente Raalte'
got=$(facts "$HEAD"$'\nCoördinator Wmo en Welzijn\tGemeente Oldebroek\tmaart 2017 – tot nu toe' experience.positions.0.employer experience.positions.0.end)
is "\"tot nu toe\": the employer does not end in \"toe\"" "$got" $'Gemeente Oldebroek\tnull'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2019 – heden\n• Voorbeeld van beleid naar resultaat: de Nota Welzijn 2018-2022 heb ik vertaald naar een jaarwerkplan met projecten.' \
    experience.positions.1.title experience.coord_months)
is "a description bullet that mentions years is no position" "$got" $'null\t83'
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2019 – heden\nVoorbeeld van beleid naar resultaat: het welzijnsbeleid 2020-2024 heb ik vertaald naar een jaarwerkplan met projecten.' \
    experience.positions.1.title experience.coord_months)
is "a description sentence that mentions years is no position" "$got" $'null\t83'
got=$(facts "$HEAD"$'\nVan 2012 tot 2016 was ik teamleider Wmo bij de gemeente Kampen, met twaalf consulenten.\nSinds 2016 ben ik coördinator welzijn bij de gemeente Epe en stuur ik het welzijnsteam aan.' \
    experience.positions.0.start experience.positions.1.start)
is "a CV that tells its positions in sentences keeps them" "$got" $'2012-01\t2016-01'
got=$(facts $'Noor Veldman\nnoor@example.nl\nWerkervaring\nTeamleider Gebiedsteam, Gemeente Ermelo\nsep 2018 – heden\nOpleiding\nBachelor Maatschappelijk Werk en Dienstverlening, Hanzehogeschool — diploma 2008\nAanvullend\nReferenties: 1. Anja Wessels, afdelingsmanager Samenleving, gemeente\nErmelo, 06-27384950 2. Pieter Knol, wethouder Zorg en Welzijn,\ngemeente Ermelo, 06-27384951' \
    references.count checks.references education.entries.0.text)
is "\"Referenties: 1. … 2. …\" in one paragraph under \"Aanvullend\": two referees" "$got" $'2\tpass\tBachelor Maatschappelijk Werk en Dienstverlening, Hanzehogeschool — diploma 2008'
got=$(facts $'Jan Jansen\nOpleiding\nHBO MWD — diploma 2008\nReferenties: 1. Anja Wessels, afdelingsmanager, gemeente Ermelo, 06-27384950 2. Pieter Knol, wethouder, gemeente Ermelo, 06-27384951\nRijbewijs B' \
    references.count references.evidence.1.text education.entries.0.text)
is "a numbered list on one line: one referee per number, quoted from the number" "$got" $'2\t2. Pieter Knol, wethouder, gemeente Ermelo, 06-27384951\tHBO MWD — diploma 2008'
got=$(facts $'Jan Jansen\nReferenties: op aanvraag\n2015 – heden\nCoördinator Welzijn, Gemeente Epe' references.on_request experience.coord_months)
is "\"Referenties: op aanvraag\" ends there: the position after it is read" "$got" $'true\t131'
got=$(facts $'Jan Jansen\nReferenties\n1. Anja Wessels, afdelingsmanager, gemeente Ermelo\n2. Pieter Knol, wethouder, gemeente Ermelo\nContactgegevens op aanvraag.' references.count references.on_request)
is "a numbered list of referees named with their position, contact details on request: 2 (as in rounds 15 and 24)" "$got" $'2\ttrue'
got=$(facts "$HEAD"$'\nGegevens\nKvK-nummer: n.v.t.\nUurtarief € 86,50' zzp knockouts.1)
is "\"KvK-nummer: n.v.t.\" is no registration" "$got" $'false\tpass'
got=$(facts "$HEAD"$'\nGegevens\nKvK-nummer: 81234567' zzp knockouts.1)
is "a KvK number is one" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Stichting Welzijn Oldebroek\nmaart 2021 – heden\nMeewerkstagiair coördinator welzijn | Gemeente Elburg\nseptember 2019 – juni 2020\nAfstudeerstage: meelopen met de coördinator welzijn.' \
    experience.positions.1.relevant experience.positions.1.roles.coord.relevance experience.coord_months)
is "an internship as coordinator is no coordinator experience" "$got" $'false\tno\t57'
got=$(facts "$HEAD"$'\nCoördinator Jeugd en Gezin – Centrum voor Jeugd en Gezin (CJG) Apeldoorn\n1 februari 2015 – heden\nHet CJG Apeldoorn is een afdeling van de gemeente Apeldoorn; ik ben in dienst van de gemeente.' \
    experience.positions.0.roles.coord.relevance experience.positions.0.relevant)
is "a CJG the CV calls the municipality's: certain" "$got" $'certain\ttrue'
got=$(facts "$HEAD"$'\nCoördinator Jeugd en Gezin – Centrum voor Jeugd en Gezin (CJG) Apeldoorn\n1 februari 2015 – heden\nCoördinatie van 22 jeugd- en gezinswerkers.' \
    experience.positions.0.roles.coord.relevance knockouts.3)
is "a CJG that does not say whose it is: uncertain, review" "$got" $'uncertain\treview'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion Deventer — nog 2 modules te gaan\nMBO Sociaal Pedagogisch Werk niveau 4, ROC Aventus — diploma 2007' \
    education.entries.0.completed education.highest_level knockouts.2)
is "\"nog 2 modules te gaan\": not completed" "$got" $'false\tmbo\tfail'

# The same CVs printed to PDF by another producer (Chromium): blank lines between paragraphs,
# other line wraps.  Each a wrong decision before its fix.
got=$(facts "$HEAD"$'\napril 2013 – heden\n\nCoördinator Jeugd, Gemeente Hengelo\n\nCoördinatie van het team Jeugd (16\njeugdconsulenten) en van het onderwijs-zorgoverleg.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "period alone, then \"title, employer\": the description below is not the employer" "$got" $'Coördinator Jeugd\tGemeente Hengelo\ttrue'
got=$(facts "$HEAD"$'\n2015 – heden Coördinator Jeugd, Gemeente Hengelo\nCoördinatie van het team Jeugd (16\njeugdconsulenten).' \
    experience.positions.0.employer experience.positions.0.relevant)
is "period and \"title, employer\" on one line: the line below is not the employer" "$got" $'Gemeente Hengelo\ttrue'
got=$(facts "$HEAD"$'\nHoofd afdeling Welzijn en Zorg | Gemeente\nBrummen\njanuari 2021 – heden\nIntegraal leidinggevende van de afdeling.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "\"title | employer\" wrapped over two lines is one header" "$got" $'Hoofd afdeling Welzijn en Zorg\tGemeente Brummen\ttrue'
got=$(facts "$HEAD"$'\n2015 – heden\nCoördinator Wmo, Jeugd en Participatie\nGemeente Zwolle' \
    experience.positions.0.title experience.positions.0.employer)
is "a title with a comma, the employer on the next line" "$got" $'Coördinator Wmo, Jeugd en Participatie\tGemeente Zwolle'
got=$(facts $'Jan Jansen\nReferenties\n\nAnton Kuipers\n\nManager Sociaal Domein, gemeente Nunspeet\n\n06-43546580\n\nanton.kuipers@example.nl' references.count checks.references)
is "one referee over four paragraphs with blank lines between: one" "$got" $'1\tfail'
got=$(facts $'Jan Jansen\nReferenties\n\nAnton Kuipers\nManager, gemeente Nunspeet\n06-43546580\n\nEls Timmer\nTeamleider, gemeente Epe\n06-43546581' references.count)
is "two referees separated by a blank line: two" "$got" 2
got=$(facts "$HEAD"$'\nBegeleidende brief\nDe combinatie past bij wat ik in Hengelo doe. Mijn uurtarief\nvoor deze opdracht bedraagt € 91,25 exclusief btw.' hourly_rate)
is "a rate sentence wrapped over two lines" "$got" 91.25

# holdout6: each a wrong decision (or a wrong rate) before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work, Saxion Deventer (propedeuse 2005, diploma 2008)' \
    education.entries.0.completed education.mwd knockouts.2)
is "\"propedeuse 2005, diploma 2008\": the diploma counts" "$got" $'true\ttrue\tpass'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Social Work, Saxion Deventer — propedeuse behaald\nMBO Sociaal Werk niveau 4 — diploma 2004' \
    education.entries.0.completed knockouts.2)
is "\"propedeuse behaald\" alone is no diploma" "$got" $'false\tfail'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Social Work (propedeuse-diploma 2005)\nMBO Sociaal Werk niveau 4 — diploma 2004' \
    education.entries.0.completed knockouts.2)
is "a propedeuse diploma is no bachelor's diploma" "$got" $'false\tfail'
# holdout38 Gerda Meulenbelt: only the first years of the bachelor done
got=$(facts $'Jan Jansen\nOpleiding\nHBO Sociaal Pedagogische Hulpverlening (deeltijd), Hogeschool Windesheim Zwolle, 2004 – 2007, eerste twee jaar afgerond\nMBO SPW 4, diploma 2001' \
    education.entries.0.completed education.highest_level knockouts.2)
is "\"eerste twee jaar afgerond\": the first years, no diploma" "$got" $'false\tmbo\tfail'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Social Work, Saxion, 2004 – 2008, eerste jaar afgerond in 2005, diploma 2008' education.entries.0.completed knockouts.2)
is "\"eerste jaar afgerond in 2005, diploma 2008\": the diploma counts" "$got" $'true\tpass'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Social Work, Saxion, 2004 – 2008, in vier jaar afgerond' education.entries.0.completed knockouts.2)
is "\"in vier jaar afgerond\": the whole programme" "$got" $'true\tpass'
got=$(facts $'Lotte\nOpleiding\nBachelor Social Work (voltijd), Saxion Hogeschool Deventer, 2000 – 2003 — uitgeschreven in het derde studiejaar (2003)\nMBO SPW 4, diploma 1999' education.entries.0.completed knockouts.2)
is "\"uitgeschreven in het derde studiejaar\": not completed (holdout45)" "$got" $'false\tfail'
got=$(facts $'Hanneke\nOpleiding\nColloquium doctum Social Work (hbo-bachelor), Hogeschool Windesheim Zwolle — geslaagd 2010\nMBO Sociaal Pedagogisch Werk niveau 3 — diploma 2004' education.highest_level knockouts.2)
is "a colloquium doctum (entrance exam) is no degree (holdout47)" "$got" $'mbo\tfail'
got=$(facts $'Romy\nOpleiding\nBachelor Social Work (voltijd), Saxion Hogeschool Deventer, 2000 – 2004 — afgestudeerd in het vierde studiejaar (2004)' education.entries.0.completed knockouts.2)
is "... \"afgestudeerd in het vierde studiejaar\": completed" "$got" $'true\tpass'
# holdout39 Willemijn Baars: "Opleiding en onderwijs", and a programme she taught in
got=$(facts $'Willemijn\nOpleiding en onderwijs\nHbo-opleiding Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden, 2014 – 2020:\ndocent gespreksvoering en afstudeerbegeleider (0,2 fte, naast mijn baan)\n\nMBO Sociaal Pedagogisch Werk (niveau 4), ROC Friese Poort, Drachten — diploma 1999' \
    education.highest_level education.entries.0.completed knockouts.2)
is "a programme the candidate taught in is no diploma of hers" "$got" $'mbo\tfalse\tfail'
# tests/producer h41-Gerwin Harmelink: the school's line with its status, past a blank line
got=$(facts $'Gerwin\nOpleiding\n\n2002 – 2006\n\nHBO Maatschappelijk Werk en Dienstverlening\n\nChristelijke Hogeschool Ede — diploma behaald\n\nCursussen\n\n2019 — Leergang Methodisch werken in de jeugdhulp' \
    education.entries.0.completed education.mwd)
is "programme / blank / \"school — diploma behaald\": one entry" "$got" $'true\ttrue'
# holdout43's shaky right answers: a havo or course line under a degree must not lend it its "diploma"
got=$(facts $'Jan\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening, Fontys Hogeschool Eindhoven\nHavo, Valuascollege Venlo — diploma 1998' education.entries.0.completed knockouts.2)
is "a havo line's diploma is not the HBO's above it" "$got" $'false\treview'
got=$(facts $'Jan\nOpleiding\nBachelor Social Work, Saxion Deventer\n2017 Leergang Leidinggeven in het sociaal domein — certificaat' education.entries.0.completed knockouts.2)
is "a course line's certificate is not the bachelor's above it" "$got" $'false\treview'
# holdout44 Anke Zuidema: a Word template lists label and value under each other
got=$(facts $'Anke\nOpleiding\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening\nInstelling\nChristelijke Hogeschool Ede\nPeriode\n2001 – 2005\nDiploma\nJa, behaald in 2005\nNevenfuncties' education.entries.0.completed education.mwd knockouts.2)
is "labels on lines of their own (\"Periode\", \"Diploma\") do not end the entry" "$got" $'true\ttrue\tpass'
got=$(facts $'Anke\nOpleiding\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening\nInstelling\nChristelijke Hogeschool Ede\nPeriode\n2001 – 2005\nDiploma\nNee\nNevenfuncties' education.entries.0.completed knockouts.2)
is "... and \"Diploma\" / \"Nee\" is no diploma" "$got" $'false\tfail'
got=$(facts $'Jan\nOpleiding\nHBO MWD, Saxion, 2000 – 2004, diploma behaald; later gastdocent aan dezelfde opleiding' education.entries.0.completed)
is "... unless the diploma is stated" "$got" true
# holdout40 Hanneke Verschuur: the line wraps after "propedeuse:"; the exemption clause and the diploma are the HBO's
got=$(facts $'Hanneke\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening (deeltijd), Fontys Hogeschool Eindhoven — propedeuse:\nvrijstelling op grond van mijn mbo-diploma SPW; diploma 2006\n\nMBO SPW 4, ROC Eindhoven, diploma 2001' \
    education.entries.0.completed education.mwd knockouts.2)
is "\"propedeuse:\" / \"vrijstelling op grond van mijn mbo-diploma SPW; diploma 2006\": one HBO entry, completed" "$got" $'true\ttrue\tpass'
got=$(facts $'Jan Jansen\nOpleiding\nMBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College — diploma 2008\nToegelaten tot de verkorte deeltijdbachelor Social Work, Hogeschool Windesheim (start februari 2026)' \
    education.entries.1.completed knockouts.2)
is "admitted to a bachelor that has not started: not completed, fail" "$got" $'false\tfail'
is "rate: a VAT percentage before the amount is not the rate" "$(facts "$HEAD"$'\nTarief (21% btw niet inbegrepen): € 88 per uur' hourly_rate)" 88
is "rate: hours a week after \"tarief\" are no rate (holdout38 Joost Mulderink)" "$(facts "$HEAD"$'\nBeschikbaarheid en tarief 24 uur per week vanaf 1 januari 2026. Tarief: 85 euro per uur (excl. btw).' hourly_rate)" 85
is "rate: \"per gewerkt uur\" (holdout40 Kevin Draaisma)" "$(facts "$HEAD"$'\n€ 89,- per gewerkt uur (excl. btw)' hourly_rate)" 89
got=$(facts "$HEAD"$'\nTeamleider Jeugd – gem. Olst-Wijhe\nfebruari 2020 – heden\nLeiding aan het jeugdteam.' experience.positions.0.relevant)
is "\"gem. Olst-Wijhe\": an abbreviated gemeente" "$got" true
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Stichting Welzijn Kampen\naugustus 2018 – heden\nAansturing van het welzijnsteam (12 medewerkers, onder wie twee zzp\'ers).' zzp knockouts.1)
is "zzp'ers the candidate leads are no zzp indication" "$got" $'false\tpass'
is "\"samen met andere zzp'ers\" says she is one" "$(facts "$HEAD"$'\nIk werk samen met andere zzp\'ers in het sociaal domein.' zzp)" true
got=$(facts "$HEAD"$'\nCoördinator Welzijn (gem. twee dagen per week)\n2015 – heden\nWelzijnswerk in de wijk.' experience.positions.0.relevant experience.positions.0.roles.coord.relevance)
is "\"gem. twee dagen\" is no gemeente; \"Welzijn\" in a title names no employer: uncertain" "$got" $'false\tuncertain'
got=$(facts "$HEAD"$'\nCoördinator Gebiedsteam Noord Gemeente Harderwijk\n2019 – heden\nLeiding aan het gebiedsteam.' experience.positions.0.relevant)
is "a gemeente in a header without separator still names the employer" "$got" true
is "\"als zzp'er\" still is one" "$(facts "$HEAD"$'\nIk werk als zzp\'er voor gemeenten.' zzp)" true
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Stichting Welzijn Kampen\naugustus 2018 – heden\nAansturing van het welzijnsteam.\nReferent: Jan Willem Hulsman, directeur Stichting Welzijn Kampen, 06-54769801\nTeamleider Wmo | Gemeente Zwartewaterland\njanuari 2013 – juli 2018\nLeiding aan het Wmo-team.\nReferent: Miriam Oosterveen, afdelingsmanager, gemeente Zwartewaterland, 06-54769802\nOpleiding\nHBO MWD — diploma 2011' \
    experience.positions.1.title experience.positions.1.relevant experience.coord_months references.count)
is "\"Referent: …\" under each job: the next job stays a job, both referees count" "$got" $'Teamleider Wmo\ttrue\t155\t2'
got=$(facts "$HEAD"$'\nCoördinator Buurtwerk\nWerkgever: Stichting Welzijn Zwolle\nVan: 03-2016\nTot: heden\nCoördinatie van 10 buurtwerkers.\nJongerenwerker\nWerkgever: Stichting Welzijn Zwolle\nVan: 09-2008\nTot: 02-2016\nAmbulant jongerenwerk.' \
    experience.positions.0.start experience.positions.0.end experience.positions.0.employer experience.positions.1.start experience.coord_months)
is "\"Van: 03-2016\" / \"Tot: heden\" on two lines is one period; the Werkgever: label is no part of the employer" "$got" $'2016-03\tnull\tStichting Welzijn Zwolle\t2008-09\t117'
got=$(facts $'Jan Jansen\nReferenties\nNaam\tFunctie\tOrganisatie\tTelefoon\nPeter de Jong (geen\twethouder Werk en\tgemeente Zwolle\t06-65870912\nfamilie)\tInkomen\nFatima Amrani\tafdelingsmanager\tgemeente Zwolle\t06-65870913\nParticipatie' \
    references.count references.evidence.0.text)
got1=$(facts $'Jan Jansen\nReferenties\nNaam\tFunctie\tOrganisatie\tTelefoon\nFatima Amrani\tafdelingsmanager\tgemeente Zwolle\t06-65870913' references.count checks.references)
is "a referee table with one referee: one, fail" "$got1" $'1\tfail'
is "a referee table: the header row is no referee" "$got" $'2\tPeter de Jong (geen | wethouder Werk en | gemeente Zwolle | 06-65870912'

# tests/producer: the same CVs printed by another PDF producer.  Each a wrong decision before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nLeergang Coördinator Sociaal Domein (hbo-\nniveau), Windesheim Academie — certificaat\nbehaald 2019\nMBO Sociaal Maatschappelijke Dienstverlening\nniveau 4, ROC Landstede Harderwijk — diploma\n2008' \
    education.highest_level knockouts.2)
is "\"(hbo-\" / \"niveau)\" hyphenated over two lines is still no hbo degree" "$got" $'mbo\tfail'

got=$(facts "$HEAD"$'\nIk werk in loondienst via detacheerder Sociaal Werkt Detachering (geen\nzzp).' zzp knockouts.1)
is "\"(geen\" / \"zzp).\" wrapped over two lines still denies" "$got" $'false\tpass'
got=$(facts "$HEAD"$'\nIk ben geen zzp\'er.\nSinds 2020 werk ik als zzp\'er voor gemeenten.' zzp)
is "a denial on the line before does not deny this line's own indication" "$got" true
got=$(facts $'Jan Jansen\nReferenties\nReferenties: mevrouw J. Bakker (gemeente Elburg) en de heer P. Smit (Stichting Welzijn\nErmelo), contactgegevens op aanvraag.' references.count references.on_request)
is "named referees whose details are on request, the sentence wrapped: 2, not on request" "$got" $'2\tfalse'

got=$(facts "$HEAD"$'\nCoördinator Buurtwerk\n\nWerkgever: Stichting Welzijn Zwolle\n\nVan: 03-2016\n\nTot: heden\n\nCoördinatie van 10 buurtwerkers.' \
    experience.positions.0.start experience.positions.0.end experience.positions.0.relevant)
is "\"Van:\" / blank line / \"Tot:\": one period" "$got" $'2016-03\tnull\ttrue'
got=$(facts "$HEAD"$'\nPeriode\tFunctie\tWerkgever\nsinds 2021\tCoördinator Welzijn\tStichting Welzijn Kampen\n06-2018 t/m 12-\tCoördinator Gebiedsteams\tGemeente Kampen\n2020\n01-2012 t/m 12-\tTeamleider Wmo\tGemeente Kampen\n2018' \
    experience.positions.1.start experience.positions.1.end experience.positions.1.title experience.positions.2.end experience.coord_months)
is "a table's date column wrapped at a hyphen (\"12-\" / \"2020\")" "$got" $'2018-06\t2020-12\tCoördinator Gebiedsteams\t2018-12\t167'

got=$(facts "$HEAD"$'\nJanuari 2015 – heden: Coördinator vrijwilligerswerk en mantelzorg bij Stichting\nWelzijn Ouderen Heerde\n\nAansturing van 3 beroepskrachten.' \
    experience.positions.0.employer experience.positions.0.roles.coord.relevance)
is "\"… bij Stichting\" / \"Welzijn Ouderen Heerde\": the employer wrapped" "$got" $'Stichting Welzijn Ouderen Heerde\tcertain'
got=$(facts "$HEAD"$'\nCoördinator Wmo (gedetacheerd via Wijkwerk Detachering B.V.) | Gemeente\nHattem\n\nsinds juli 2024\n\nAansturing van 9 Wmo-consulenten.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "a long \"title | Gemeente\" line wrapped above the period" "$got" $'Coördinator Wmo (gedetacheerd via Wijkwerk Detachering B.V.)\tGemeente Hattem\ttrue'
got=$(facts "$HEAD"$'\n2019 – heden Coördinator Jeugd, Stichting De Kern\n\nSamenwerking met de gemeente en de scholen.' \
    experience.positions.0.employer experience.positions.0.roles.coord.relevance)
is "the description after a blank line is not the employer's rest" "$got" $'Stichting De Kern\tuncertain'

got=$(facts "$HEAD"$'\noktober 2016 –\nheden\tCoördinator Gebiedsteam\n\nGemeente Epe\n\nLeiding aan het gebiedsteam.\n\nfebruari 2011 –\nseptember 2016\tAmbulant medewerker\n\nStichting Welzijn Epe' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.end experience.positions.1.title experience.coord_months)
is "Europass date cell wrapped (\"oktober 2016 –\" / \"heden<TAB>Coördinator ...\")" "$got" $'Coördinator Gebiedsteam\tGemeente Epe\tnull\tAmbulant medewerker\t110'

got=$(facts "$HEAD"$'\nseptember 2014\n– heden\tManager Zorg & Welzijn\n\nGemeente Nunspeet\n\nLeiding aan de afdeling.' \
    experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "a date cell wrapped before its dash (\"september 2014\" / \"– heden<TAB>Manager ...\")" "$got" $'Manager Zorg & Welzijn\tGemeente Nunspeet\ttrue'

got=$(facts $'Jan Jansen\njan@example.nl\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\nAansturing van het welzijnsteam van twaalf medewerkers.\nTeamleider Wmo – Gemeente Raalte\n2010 – 2014\nLeiding aan het Wmo-loket.' \
    experience.positions.0.title experience.positions.1.employer experience.coord_months)
is "no experience heading, title above the period: each position keeps its own header" "$got" $'Coördinator Welzijn\tGemeente Raalte\t191'
got=$(facts $'Jan Jansen\nProfiel\nIk ben een ervaren coördinator in het sociaal domein en werk graag met inwoners.\n2015 – heden\nCoördinator Welzijn\nGemeente Epe\n• Aansturing van het team.' \
    experience.positions.0.title experience.positions.0.employer)
is "no experience heading, period first (Europass): the header follows it" "$got" $'Coördinator Welzijn\tGemeente Epe'

# holdout7: each a wrong pass, fail or review before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nEVC-procedure Social Work (hbo-niveau), Hogeschool Windesheim — ervaringscertificaat behaald 2019 (vrijstellingen voor de deeltijdbachelor; de opleiding zelf heb ik niet gevolgd)\nMBO Sociaal Werk niveau 4, ROC Aventus — diploma 2004' \
    education.highest_level education.mwd knockouts.2)
is "an EVC certificate is no hbo degree" "$got" $'mbo\tfalse\tfail'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede (2004 – 2008) — alle vakken behaald op de afstudeerscriptie na\nMBO Sociaal Werk niveau 4 — diploma 2003' \
    education.entries.0.completed knockouts.2)
is "\"alle vakken behaald op de afstudeerscriptie na\": not completed" "$got" $'false\tfail'
got=$(facts "$HEAD"$'\nTeamleider Wmo-begeleiding – Zorgbureau Jansen BV (in opdracht van de gemeente Hattem)\n2015 – heden\nBegeleiding van inwoners met een Wmo-indicatie.' experience.positions.0.relevant knockouts.3)
is "a firm working for the gemeente is not the gemeente" "$got" $'false\tfail'
got=$(facts "$HEAD"$'\nIn de coronacrisis voerde mijn team de Tozo uit voor ruim 2.000 zelfstandig ondernemers.' zzp)
is "\"zelfstandig ondernemers\" the team served are no zzp indication" "$got" false
is "\"zelfstandig ondernemer\" still is one" "$(facts "$HEAD"$'\nIk ben zelfstandig ondernemer.' zzp)" true
got=$(facts "$HEAD"$'\nManager Sociaal Werk | Stichting Sociaal Werk Noordoost-Veluwe\nmaart 2019 – heden\nLeiding aan het welzijnswerk in Nunspeet en Elburg.' experience.positions.0.roles.coord.relevance)
is "a foundation named for social work is a welfare foundation" "$got" certain
got=$(facts $'Gerda Nijenhuis\nWat ik heb gedaan\njuni 2017 – heden\n\nManager Welzijn, Stichting Welzijn Oldebroek\n\n• Leiding aan het welzijnswerk.\nWaar ik heb geleerd\nSociale Academie Twente, Hengelo — richting Maatschappelijk Werk, diploma 1986\nWie u over mij kunt bellen\nHennie Bouwhuis, voorzitter Raad van Toezicht, 06-13572470\n\nMarten Kok, afdelingsmanager, gemeente Oldebroek, 06-13572471' \
    experience.positions.0.title experience.positions.0.relevant references.count education.mwd)
is "headings in the CV's own words: Wat ik heb gedaan, Waar ik heb geleerd, Wie u over mij kunt bellen" "$got" $'Manager Welzijn\ttrue\t2\ttrue'
got=$(facts $'Jan Jansen\nProfiel\nIk ben een ervaren coördinator in het sociaal domein.\nWat ik zoal deed\njuni 2017 – heden\n\nManager Welzijn, Stichting Welzijn Oldebroek\n\n• Leiding aan het welzijnswerk.' \
    experience.positions.0.title)
is "no experience heading: a blank line after the period does not hide the header below" "$got" 'Manager Welzijn'
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Gemeente Oldebroek\n\njanuari 2016 – december 2017 en april 2022 – heden (twee perioden, daartussen bij de provincie)\n\n• Coördinatie van het cluster welzijn.\n\nBeleidsadviseur Sociaal Domein | Provincie Gelderland\n\njanuari 2018 – maart 2022\n\n• Advies.' \
    experience.positions.0.title experience.positions.0.months experience.positions.1.title experience.coord_months)
is "two periods of one job on one line: both count, the CV's layout is kept" "$got" $'Coördinator Welzijn\t68\tBeleidsadviseur Sociaal Domein\t68'

# holdout8: each a wrong pass or fail before its fix.
got=$(facts "$HEAD"$'\nWmo-consulent en plaatsvervangend teamleider | Gemeente Heerde\njanuari 2015 – maart 2021\nVervanging van de teamleider bij vakantie en ziekte.' experience.positions.0.roles.coord.relevance)
is "a deputy (plaatsvervangend) team lead is uncertain, never a pass on its own" "$got" uncertain
got=$(facts $'Ilse Brink\nReferenties\nAnke Hoogeveen, gemeentesecretaris, gemeente Hattem, 06-20753197\nJohan Dekker, directeur, 06-20753198\nAangeboden door: Brink Sociaal Interim B.V. — Ilse Brink, directeur-eigenaar' zzp references.count)
is "\"Aangeboden door: … B.V. — …, directeur-eigenaar\" after the referees is a zzp indication" "$got" $'true\t2'
got=$(facts "$HEAD"$'\nCoördinator Facilitaire Zaken, Stichting Welzijn Dalfsen\nmaart 2012 – augustus 2016\nHuisvesting, schoonmaak en inkoop van kantoorartikelen.' experience.positions.0.relevant)
is "the foundation's name is no evidence of the work: facilities at a welfare foundation" "$got" false
got=$(facts $'Jan Jansen\nOpleiding\nHSAO Maatschappelijk Werk, De Horst, Driebergen — getuigschrift 1991' education.highest_level education.mwd knockouts.2)
is "HSAO (hoger sociaal-agogisch onderwijs) is hbo" "$got" $'hbo\ttrue\tpass'
got=$(facts "$HEAD"$'\nWijkteamleider | Gemeente Hardenberg\njuni 2017 – juli 2021\nLeiding aan het wijkteam.' experience.positions.0.relevant)
is "a Wijkteamleider leads" "$got" true
got=$(facts $'Jan Jansen\nReferenties\nPetra Koopmans (mijn echtgenote), beleidsadviseur, gemeente Zwolle, 06-97420863\nKarel Bos, teamleider, gemeente Kampen, 06-97420864' references.count checks.references)
is "the candidate's own spouse is no referee" "$got" $'1\tfail'

got=$(facts "$HEAD"$'\nCoördinator Mantelzorgondersteuning | Stichting\nWelzijn Raalte\n\nseptember 2020 – heden (september 2020 – februari\n2021 afstudeerstage; maart 2021 – heden in dienst)\nCoördinatie van vier mantelzorgconsulenten.' \
    experience.positions.0.roles.coord.relevance knockouts.3)
is "an internship named next to the period (wrapped): uncertain, review — not a pass" "$got" $'uncertain\treview'
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Gemeente Epe\n2015 – heden\nWerkbegeleiding van stagiaires en nieuwe collega\'s.' experience.positions.0.roles.coord.relevance)
is "supervising interns is no internship" "$got" certain

# holdout9: each a wrong pass or fail before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work (deeltijd), Hogeschool Windesheim, 2021 – 2026 — diploma juni 2026\nMBO Sociaal Werk niveau 4 — diploma 2012' \
    education.entries.0.completed knockouts.2)
is "a diploma dated after the deadline is not completed" "$got" $'false\tfail'
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Maatschappelijk Werk, Academie voor Hulpverlening en Welzijn, Utrecht — diploma 2013 (particuliere opleiding, niet geaccrediteerd door de NVAO)\nMBO Sociaal Werk niveau 4 — diploma 2008' \
    education.entries.0.completed knockouts.2)
is "a bachelor the CV calls not accredited is no hbo degree" "$got" $'false\tfail'
got=$(facts "$HEAD"$'\nCoördinator Buurtbemiddeling (vrijwilliger) | Stichting Welzijn Voorst\nseptember 2014 – heden\nOnbetaald vrijwilligerswerk naast mijn baan.' experience.positions.0.relevant)
is "a volunteer role is no coordinator experience" "$got" false
got=$(facts "$HEAD"$'\nCoördinator Vrijwilligers | Stichting Welzijn Voorst\nseptember 2014 – heden\nCoördinatie van 120 vrijwilligers.' experience.positions.0.relevant)
is "coordinating volunteers is a job" "$got" true
got=$(facts "$HEAD"$'\nIk ben geen zzp\'er meer: sinds januari 2023 ben ik zelfstandig ondernemer met twee medewerkers in loondienst. Ik schrijf via mijn onderneming in op deze opdracht.' zzp knockouts.1)
is "\"geen zzp'er meer\" denies only itself: the rest of the line says self-employed" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nTeamleider Toegang – Gemeente Elburg, afdeling Samenleving\nmaart 2019 – heden\nLeiding aan de consulenten die de keukentafelgesprekken voeren en maatwerkvoorzieningen toekennen.' experience.positions.0.relevant)
is "a Teamleider Toegang at the gemeente's afdeling Samenleving is the social domain" "$got" true
is "rate: a day rate with the length of the day" "$(facts "$HEAD"$'\nDagtarief: € 680,- excl. btw (werkdag van 8 uur)' hourly_rate)" 85

# holdout10: each a wrong pass or fail before its fix.
got=$(facts "$HEAD"$'\nCoördinator Sport en Cultuur – Gemeente Oldebroek, afdeling Samenleving\njanuari 2015 – december 2020\nCoördinatie van vier sportconsulenten: subsidies voor sportverenigingen en het cultuurhuis.' experience.positions.0.relevant)
is "sport and culture are not the social domain, whatever the department's name" "$got" false
got=$(facts $'Jan Jansen\nReferenties\nHenriëtte Bosch, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-50318642\nH.M. Bosch-Lubbers, h.bosch@example.nl (dezelfde referent als hierboven: zij was tot 2017 directeur van Stichting Welzijn Hattem)' references.count checks.references)
is "the same referee listed twice counts once" "$got" $'1\tfail'
got=$(facts "$HEAD"$'\nCoördinator Inburgering – Gemeente Apeldoorn\njuni 2020 – heden\nLeiding aan het team van negen regisseurs inburgering voor statushouders.' experience.positions.0.relevant)
is "inburgering is the social domain" "$got" true

# holdout11 and holdout12: each a wrong pass or fail (or a wrong quote) before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nBachelor of Social Work, Regional Institute of Social Studies, Accra\n(Ghana) — diploma 2004\n\nDiplomawaardering Nuffic (IDW), 2013: vergelijkbaar met een associate\ndegree (Ad) in het Nederlandse hoger onderwijs, niet met een hbo-\nbachelor\nReferenties' \
    education.entries.0.level education.highest_level knockouts.2 education.entries.1.level)
is "a Nuffic evaluation below a foreign bachelor sets its level: an associate degree, not hbo" "$got" $'ad\tad\tfail\tnull'
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Serviço Social, Universidade de Lisboa — diploma 2009\nNuffic: niet vergelijkbaar met een Nederlands diploma in het hoger onderwijs.' knockouts.2)
is "an evaluation that finds no Dutch equivalent: no hbo degree" "$got" fail
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work, Hogeschool Utrecht — diploma 2010 (gestopt met\nde minor Verslavingszorg, overgestapt naar de minor Jeugd)' education.entries.0.completed knockouts.2)
is "\"gestopt met de minor ...\": a part of the programme, the diploma counts" "$got" $'true\tpass'
got=$(facts "$HEAD"$'\nCoördinator Vrijwilligerscentrale, Gemeente Harderwijk\nseptember 2010 – augustus 2014\nAansturing van de vacaturebank en de vrijwilligersconsulenten.' experience.positions.0.relevant)
is "a paid coordinator of the gemeente's vrijwilligerscentrale is social-domain experience" "$got" true
got=$(facts $'Jan Jansen\nReferenties\nPaul Nijland, afdelingshoofd Samenleving, gemeente Raalte, 06-\n46210388\n\nAnita Haarman, voormalig directeur Stichting Welzijn Salland, 06-\n46210389' references.count references.evidence.1.text)
is "a phone number wrapped after \"06-\" stays with its referee: the second referee is quoted" "$got" $'2\tAnita Haarman, voormalig directeur Stichting Welzijn Salland, 06-'
got=$(facts $'Jan Jansen\nWerkervaring\nPeriode\tFunctie\tWerkgever\nvanaf januari\tTeamleider Wmo\tGemeente Zwolle\n2019\n\n03-2012 t/m 12-\tConsulent\tGemeente Zwolle\n2018' \
    experience.positions.0.title experience.positions.0.start experience.coord_months)
is "a table's date column wrapped after a month's name: \"vanaf januari\" / \"2019\"" "$got" $'Teamleider Wmo\t2019-01\t83'
got=$(facts $'Jan Jansen\nProfiel\nSinds 2010 coördinator Wmo, Gemeente Epe.\nOpdrachten en werkervaring\nTeamleider Wmo – Gemeente Epe\n2020 – heden\n• Leiding aan het Wmo-team.' experience.coord_months)
is "\"Opdrachten en werkervaring\" is the experience section: a period in the profile is no position" "$got" 71
got=$(facts $'Jan Jansen\nProfiel\nSinds 2012 werk ik als coördinator in het sociaal domein van gemeenten op de Veluwe.\nBanen\nTeamleider Wmo – Gemeente Epe\n2020 – heden\n• Leiding aan het Wmo-team.\nConsulent Wmo – Gemeente Epe\n2012 – 2019' experience.coord_months)
is "\"Sinds 2012 werk ik als coördinator ...\" in the profile is a sentence, not a position" "$got" 71

# holdout13 and holdout14 (agencies' CVs): each a wrong decision, value or quote before its fix.
got=$(facts "$HEAD"$'\nManager Welzijn – Stichting Dierenwelzijn Veluwe\njanuari 2014 – december 2021\nLeiding aan het dierenasiel en de dierenambulance.' experience.positions.0.relevant)
is "animal welfare is no welfare foundation" "$got" false
got=$(facts "$HEAD"$'\nSinds januari 2023 werk ik als interim-coördinator vanuit Bosveld & Bosveld Sociaal Advies v.o.f., de vennootschap onder firma die ik met mijn man heb.' zzp knockouts.1)
is "working from one's own v.o.f. is self-employment" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nBart is in loondienst bij Sociaal Werkt Detachering B.V. en wordt gedetacheerd; er is geen sprake van inzet als zzp\'er.' zzp)
is "\"er is geen sprake van inzet als zzp'er\" denies it" "$got" false
got=$(facts "$HEAD"$'\nTot en met 2015 was ik zzp\'er; sinds januari 2016 ben ik in vaste dienst (loondienst) bij Sociaal Flex Detachering B.V.' zzp)
is "a zzp period that employment followed is past" "$got" false
got=$(facts $'Sociaal Werkt Detachering B.V.\nHanzeweg 8, 7418 AW Deventer · KvK 70123456 · BTW NL858123456B01\n'"$HEAD" zzp)
is "the agency's KvK number is not the candidate's" "$got" false
# holdout38 Marieke Tuinman: an agency's front sheet, its registration under the Waadi wrapped below
got=$(facts $'Hanze Inzet Publiek B.V.\nKandidaat\tMarieke Tuinman\nContractvorm\tdetachering; Marieke is in vaste dienst bij Hanze\nInzet Publiek B.V.\nUitvoeringsvoorwaarde (Wet DBA)\tvoldaan: zij wordt niet als zzp\'er ingezet\n\nHanze Inzet Publiek B.V. · Oosterlaan 21, 8011 GC Zwolle · KvK 82746193 · ingeschreven conform de\nWaadi\n'"$HEAD" zzp knockouts.1)
is "a KvK number on a line that ends \"ingeschreven conform de\" / \"Waadi\" is an agency's" "$got" $'false\tpass'
got=$(facts $'Sociaal Werkt Detachering B.V.\nHanzeweg 8, 7418 AW Deventer · KvK 70123456\nContractvorm: zzp\'er, bemiddeld via Sociaal Werkt Detachering B.V.\n'"$HEAD" zzp)
is "... but a zzp'er placed by the agency is self-employed" "$got" true
got=$(facts $'Jan Jansen\nJansen Detachering\nHanzeweg 8, 7418 AW Deventer · KvK 70123456\nWerkervaring\nCoördinator Wmo – Gemeente Epe\n2016 – heden' zzp)
is "... and a KvK number under a firm with the candidate's own surname is the candidate's" "$got" true
got=$(facts "$HEAD"$'\nCoördinator Wmo – Gemeente Epe\n2016 – heden\n• Leiding aan het Wmo-team.\n2012 – 2015: Freelance trainer sociale vaardigheden bij diverse scholen' zzp)
is "a freelance position that ended is past" "$got" false
got=$(facts "$HEAD"$'\nCoördinator Wmo – Gemeente Epe\n2016 – 2020\n• Leiding aan het Wmo-team.\n2021 – heden: Freelance trainer sociale vaardigheden bij diverse scholen' zzp)
is "... a running one is not" "$got" true
got=$(facts $'Jan Jansen\nWerkervaring\nPeriode\nFunctie\nWerkgever\n01-2022 – heden\nBeleidsadviseur Sociaal Domein\nGemeente Zutphen\n04-2016 – 12-2021\nCoördinator Opbouwwerk\nStichting Sterk in de Wijk Zutphen\n09-2010 – 03-2016\nOpbouwwerker\nStichting Sterk in de Wijk Zutphen\nBeleidsadviseur Sociaal Domein\nBeleidsadvies over wijkgericht werken.\nCoördinator Opbouwwerk\nSterk in de Wijk is de stichting voor welzijnswerk in Zutphen, gesubsidieerd door de gemeente.\nCoördinatie van de opbouwwerkers (7 medewerkers).\nOpbouwwerker\nBewonersondersteuning in De Hoven.' \
    experience.positions.1.relevant experience.coord_months)
is "an experience table's descriptions below it go to their own positions (\"is de stichting voor welzijnswerk\")" "$got" $'true\t69'
got=$(facts $'Jan Jansen\nFlexpool B.V. | Accountmanager: Petra de Lange, 033-4617290, p.delange@flexpool.example.nl\nTelefoon kandidaat: 06-59317264\nWerkervaring' candidate.phone candidate.email)
is "the account manager's phone and e-mail are not the candidate's" "$got" $'06-59317264\tnull'
got=$(facts $'Jan Jansen\nMatch met de eisen en wensen\nEis / wens\tVoldoet\tToelichting bureau\nWens 7 Samenwerkingspartners\tJa\tJa – zie werkervaring, zie\nop het gebied van welzijn\twerkervaring\nWens 8 Projectmatig werken of\tJa\tJa – zie\nveranderopgaven\nwerkervaring\n\nWerkervaring\nCoördinator Wmo – Gemeente Epe\n2016 – heden' terms | grep -o '"hits":0' | wc -l)
is "the supplier's match table is a claim, not evidence (a wrapped \"werkervaring\" in it is no heading)" "$got" 3
got=$(facts $'Contact\nm.veenstra@example.nl\nContactpersonen\nBert Ruitenberg, afdelingsmanager, gemeente Harderwijk, 06-29384757\nMariska Veenstra\nTeamleider Sociaal Team\nProfiel\nIk geef leiding.\nOpleiding\nHBO Pedagogiek, Hogeschool Windesheim — diploma 2012' candidate.name)
is "a sidebar of referees before the name: the name that matches the e-mail address, not \"HBO Pedagogiek\"" "$got" "Mariska Veenstra"
# the producer set (pandoc + Chromium) of rounds 13 and 14
got=$(facts $'Jan Jansen\nWerkervaring\nPeriode\tFunctie\tWerkgever\n\n01-2022 –\tBeleidsadviseur Sociaal Domein\tGemeente Zutphen\nheden\n\n04-2016 – 12-\tCoördinator Opbouwwerk\tStichting Sterk in de Wijk\n2021\tZutphen\n\n09-2010 – 03-\tOpbouwwerker\tStichting Sterk in de Wijk\n2016\tZutphen\n\nBeleidsadviseur Sociaal Domein\n\nBeleidsadvies over wijkgericht werken.\n\nCoördinator Opbouwwerk\n\nSterk in de Wijk is de stichting voor welzijnswerk in Zutphen.\n\nOpbouwwerker\n\nBewonersondersteuning in De Hoven.' experience.positions.1.relevant)
is "an experience table with blank lines and wrapped dates: the descriptions below still go to their own positions" "$got" true
# holdout38 Stefan Haarhuis: a bureau consultant's header, its e-mail wrapped after a separator
got=$(facts $'Talentwerk Werving & Selectie · Sanne de Wit, consultant · 033-2098765 ·\nsanne.dewit@talentwerk.example.com\nKandidaatprofiel\nNaam\tStefan Haarhuis\nWoonplaats\tDeventer' candidate.name candidate.email candidate.phone)
is "a recruitment bureau's header is not the candidate's contact, also wrapped after \"·\"" "$got" $'Stefan Haarhuis\tnull\tnull'
got=$(facts $'Jan Jansen\nContactpersoon: Marco Jansen, accountmanager, 0570-\nWoonplaats: Elburg\n612348, marco.jansen@sociaalwerkt.example.nl\nE-mail:\njan@jansen-\nsociaal.example.nl\tMotivatie\nWerkervaring' candidate.email)
is "the account manager's e-mail two lines down is not the candidate's; the candidate's, wrapped after a hyphen, is" "$got" "jan@jansen-sociaal.example.nl"

# holdout15 and holdout16: each a wrong decision or score before its fix.
got=$(facts $'Jan Jansen\nReferenties / References\nIngrid Pauw, wethouder, gemeente Zwolle, 06-47219386\nPaul Bos, directeur, Stichting Welzijn Epe, 06-47219387' references.count)
is "a heading in two languages, \"Referenties / References\"" "$got" 2
got=$(facts $'Jan Jansen\nBijlage: referenties\nIngrid Pauw, wethouder, gemeente Zwolle, 06-47219386\nPaul Bos, directeur, Stichting Welzijn Epe, 06-47219387' references.count)
is "\"Bijlage: referenties\" is the references heading" "$got" 2
got=$(facts $'Jan Jansen\nReferenties\nIngrid Pauw, wethouder Zorg en Welzijn, gemeente Zwolle, 06-47219386\n\nJan Smit, mijn vorige leidinggevende bij Stichting Welzijn Dalfsen.' references.count)
is "a referee named with the relation and no number counts" "$got" 2
got=$(facts "$HEAD"$'\nCoördinator Sociaal Huis – Lokaal Bestuur Lommel\n2018 – heden\n• Leiding aan het team van het Sociaal Huis.' experience.positions.0.relevant)
is "Flanders: a coordinator of the Sociaal Huis at a lokaal bestuur" "$got" true
got=$(facts $'John Smith\nWork experience\nTeam Leader Social Domain, Municipality of Deventer\n2015 - present\nI led a team of twelve social workers.' experience.positions.0.relevant)
is "English: a team leader" "$got" true
got=$(facts $'Jan Jansen\nAusbildung\nMaster Soziale Arbeit, Hochschule Osnabrück (Universität) — abgeschlossen 2009' education.mwd)
is "German: Soziale Arbeit is the programme of criterion 4" "$got" true
got=$(facts $'Jan Jansen\nOpleiding\nHBO Bedrijfskunde, Saxion Deventer — diploma 2010\nPost-hbo-cursus Basis MWD (zes lesdagen), Hogeschool Windesheim — certificaat 2018' education.mwd education.hbo_bachelor_completed)
is "a post-hbo course under a degree is no part of it: no MWD" "$got" $'false\ttrue'
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work (deeltijd), Saxion Deventer — afstuderen gepland\njuni 2026\nMBO Sociaal Werk niveau 4 — diploma 2012' knockouts.2)
is "\"afstuderen gepland juni 2026\": not completed" "$got" fail
got=$(score_facts "$HEAD"$'\nCoördinator Wmo – Gemeente Olst-Wijhe\n2016 – heden\n• De raadsnota \'Thuis in Olst-Wijhe\' (2021) heb ik uitgewerkt tot drie wijkinitiatieven met doelen en een planning.\n• Vaste tafel met Carinova (wijkverpleging), de huisartsen en Zilveren Kruis.\n• Ik leidde de fusie van twee welzijnsstichtingen: plan van aanpak, fasering, stuurgroep.' criteria.6.points criteria.7.points criteria.8.points)
is "criteria 6-8 said in other words: a raadsnota worked out into initiatives, partners by name, a merger" "$got" $'15\t20\t25'
# holdout40: criterion 6 from a raadsbesluit and from a koers worked out into concrete afspraken; criterion 8 from sprints
got=$(score_facts "$HEAD"$'\nCoördinator Wmo – Gemeente Geldrop-Mierlo\n2016 – heden\n• Van raadsbesluit naar resultaat: het raadsbesluit \'Gezond Samen\' (2021) heb ik uitgewerkt tot een uitvoeringsagenda met zes wijkacties.' criteria.6.points)
is "criterion 6: \"Van raadsbesluit naar resultaat ... uitgewerkt tot een uitvoeringsagenda\"" "$got" 15
got=$(score_facts "$HEAD"$'\nTeamleider Wijkteams – Gemeente Vlissingen\n2016 – heden\n• Beleid dat landt: de Vlissingse \'Koers Sociaal Domein 2021–2024\' heb ik per wijk uitgewerkt tot concrete afspraken; resultaat: een inloopspreekuur in elk wijkcentrum.' criteria.6.points)
is "criterion 6: a koers worked out into concrete afspraken" "$got" 15
got=$(score_facts "$HEAD"$'\nTeamleider Jeugd – Gemeente \'s-Hertogenbosch\n2019 – heden\n• Wendbaar werken: de vernieuwing van de toegang jeugd heb ik in zes sprints van vier weken begeleid (backlog, sprintreviews), als scrum master van het kernteam.' criteria.8.points)
is "criterion 8: sprints and a scrum master" "$got" 25
got=$(score_facts "$HEAD"$'\nDiensthoofd Sociale Dienst – Gemeente Lommel\n2015 – heden\n• Trekker van het veranderproject bij de integratie van OCMW en gemeente (2019).' criteria.8.points)
is "criterion 8: \"Trekker van het veranderproject\" (holdout48)" "$got" 25
got=$(score_facts "$HEAD"$'\nManager Welzijn – Gemeente Sluis\n2016 – heden\n• Leiding aan 28 medewerkers welzijn in Terneuzen en, sinds de fusie, in Sluis.' criteria.8.points)
is "criterion 8: \"sinds de fusie\" dates the employer's merger, it is no change work (holdout43)" "$got" 0
got=$(facts "$HEAD"$'\nCoördinator Buurtwerk (parttime, naast de gemeente)\n2015 – heden\n• Aansturing van het buurtwerk voor Zorgbedrijf Noord B.V.' experience.positions.0.employer experience.positions.0.relevant)
is "a comma inside brackets splits no title, and \"naast de gemeente\" is no employer" "$got" $'null\tfalse'

# holdout17: each a wrong pass or fail before its fix.
got=$(facts "$HEAD"$'\nCoördinator Welzijn | Welzijn Plus B.V.\njanuari 2018 – heden\n• Leiding aan het team van de commerciële aanbieder.' experience.positions.0.relevant)
is "a B.V. named Welzijn Plus is no welfare foundation" "$got" false
got=$(facts "$HEAD"$'\nIk werk vanuit Jansen Sociaal Advies (mijn onderneming) voor gemeenten.' zzp)
is "\"(mijn onderneming)\" is a ZZP indication" "$got" true
got=$(facts $'Jan Jansen\nOpleiding\nMaster class Leiderschap, Universiteit Twente — deelnamecertificaat 2021 (vijf dagdelen)\nMBO Sociaal Werk niveau 4 — diploma 2008' knockouts.2)
is "a master class is no degree" "$got" fail
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Coaching (HBO-niveau, instituutsdiploma), Academie voor Coaching (particulier) — 2014\nMBO Sociaal Werk niveau 4 — diploma 2008' knockouts.2)
is "an institute's own diploma is no hbo bachelor" "$got" fail
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work (verkort deeltijdtraject na een EVC-procedure), Hogeschool Windesheim — diploma 2019' knockouts.2 education.mwd)
is "a bachelor reached after an EVC procedure is a degree" "$got" $'pass\ttrue'
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Social Work (verkort deeltijdtraject na\neen EVC-procedure), Hogeschool Windesheim —\ngetuigschrift behaald 2019' knockouts.2)
is "... also when the EVC words wrap onto a line of their own" "$got" pass
got=$(facts $'Jan Jansen\nWerkervaring\nPeriode\tFunctie\tWerkgever\n03/2021 – 05/2021\tTeamleider Wmo a.i.\tGemeente Zutphen\n09/2011 – 12/2015\tCasusregisseur\tGemeente Brummen' experience.positions.0.title experience.positions.0.months)
is "\"a.i.\" is no first-person sentence: the acting team lead is a position" "$got" $'Teamleider Wmo a.i.\t3'

# holdout18: each a wrong answer before its fix.
got=$(facts $'Jan Jansen\n6. REFERENTIES\nNaam\nFunctie\nContact\nErik Dijkhuizen\nmanager Wijkgericht Werken, gemeente Zwolle\n06-30948572\nAnnet Schuurman\nafdelingshoofd Samenleving, gemeente Kampen\n038-3392110' references.count checks.references)
is "a referee table's column labels on lines of their own: \"Contact\" there is no section heading" "$got" $'2\tpass'
got=$(facts $'Jan Jansen\nReferenties\nNaam\tFunctie\tTelefoon\nL. Kremer\tafdelingshoofd, gemeente\t038-4431120\nHattem\nJ. Hofman\tdirecteur Stichting Welzijn\t038-4431760\nHattem' references.count references.evidence.1.text)
is "a referee table's wrapped cell (\"Hattem\") is no referee: the second one is quoted" "$got" $'2\tJ. Hofman | directeur Stichting Welzijn | 038-4431760'
got=$(score_facts "$HEAD"$'\nTeamleider Wijkteam – Gemeente Apeldoorn\n2016 – heden\n• Het Apeldoornse beleidsplan Jeugd en Gezin heb ik vertaald naar een uitvoeringsagenda voor het wijkteam met concrete projecten.' criteria.6.points)
is "criterion 6: a beleidsplan translated into an agenda with concrete projects some words on" "$got" 15

# holdout19 and holdout20: each a wrong decision or value before its fix.
got=$(facts $'Jan Jansen\nOpleiding\nBachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer,\n2004 – 2008\n\n(niet afgerond)\n\nMBO Sociaal-Pedagogisch Werk (niveau 4), ROC Friese Poort — diploma 2003' knockouts.2)
is "\"(niet afgerond)\" on a line of its own under the entry, past a blank line" "$got" fail
got=$(facts $'Jan Jansen\nReferenties\nMirjam Veldhuis, teammanager Samenleving, gemeente Epe, 06-27049317\nOverige informatie\nRijbewijs B.\n\nTweede referent: Kees Brouwer, wethouder Sociaal Domein, gemeente Epe, 06-27049316' references.count)
is "\"Tweede referent: ...\" under another heading counts" "$got" 2
got=$(facts "$HEAD"$'\nVan januari 2019 tot en met december 2024 werkte ik als zzp\'er; mijn KvK-inschrijving is per 31 december 2024 beëindigd. Sinds 1 januari 2025 ben ik in loondienst bij Sociaal Werkt Detachering B.V.' zzp)
is "a zzp period that ended, with the KvK registration, before the employment now" "$got" false
got=$(facts "$HEAD"$'\nVan januari 2019 tot en met december 2024 werkte ik als zzp\'er; mijn KvK-inschrijving is per\n31 december 2024 beëindigd. Sinds 1 januari 2025 ben ik in loondienst bij Sociaal Werkt' zzp)
is "... also when the denial wraps onto the next line" "$got" false
got=$(facts $'Talentbrug Sociaal Domein B.V. · Kerkstraat 21, 8101 EG Raalte · KvK 75290184 · accountmanager\nSven Dijkhuis, 0572-370915, sven@talentbrug.example.nl\nNadia El Idrissi\n\nRaalte · 06-18273645 · nadia.elidrissi@example.nl\nWerkervaring\nThuiszorg IJsselland B.V.\nCoördinator Wmo – Gemeente Raalte\n2016 – heden' candidate.name candidate.phone zzp)
is "an agency header naming its account manager: not the candidate's name, phone or KvK" "$got" $'Nadia El Idrissi\t06-18273645\tfalse'

# holdout21: each a wrong pass before its fix.
got=$(facts $'Jan Jansen\nReferenties\nGerrit Lubbers, directeur-bestuurder Stichting Welzijn Ermelo, 06-57390214\nGerrit Lubbers, mijn afdelingsmanager Samenleving bij de gemeente Harderwijk (2014 – 2019), 06-57390214' references.count checks.references)
is "one referee listed twice with the same phone number counts once" "$got" $'1\tfail'
got=$(facts "$HEAD"$'\nIk werk op basis van een modelovereenkomst (Wet DBA), sta ingeschreven in het Handelsregister en factureer mijn uren op eigen naam.' zzp knockouts.1)
is "a Wet DBA modelovereenkomst, the Handelsregister, invoicing on one's own name: self-employed" "$got" $'true\treview'

# holdout22 (eligible candidates in terse styles): each a wrong fail before its fix.
got=$(facts $'Iris Rozendaal\nWerk\n• 03/2016 – heden · Teamleider Sociaal Team · Gemeente Steenwijkerland\n• Leiding 14 medewerkers (Wmo, jeugd, schuldhulp)' experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "\"Werk\" heading; a bullet, then period · title · employer" "$got" $'Teamleider Sociaal Team\tGemeente Steenwijkerland\ttrue'
got=$(facts $'Bart Hofstede\nLoopbaan\nPeriode\nFunctie\nWerkgever\nOmvang\noktober 2019 – heden\nManager Welzijn en Zorg\nStichting Welzijn Brummen\n32 uur\napril 2015 – september 2019\nCoördinator Wijkteams\nGemeente Apeldoorn\n36 uur' experience.positions.0.title experience.coord_months)
is "a table's \"Omvang\" column label is no title" "$got" $'Manager Welzijn en Zorg\t128'
got=$(facts $'Jolien ter Horst\nWerkervaring\nGemeente Zutphen\nManager Sociaal Domein (januari 2019 – heden)\nLeiding aan 4 teamleiders en 60 medewerkers (Wmo, jeugd, participatie).\nTeamleider Jeugd en Gezin (maart 2014 – december 2018)\nLeiding aan het jeugdteam.' experience.positions.0.employer experience.positions.1.employer experience.coord_months)
is "the employer printed once as a heading above its roles" "$got" $'Gemeente Zutphen\tGemeente Zutphen\t141'
got=$(facts $'Jolien ter Horst\nWerkervaring\n\nGemeente Zutphen\n\nManager Sociaal Domein (januari 2019 – heden)\n\nSamenwerking met zorgaanbieders en een publiek-private samenwerking (PPS) met bedrijven\nvoor stageplekken.\n\nTeamleider Jeugd en Gezin (april 2014 – december 2018)\n\nLeiding aan het team jeugd en gezin (15 medewerkers).' experience.positions.1.employer)
is "... also past a body line wrapped short (\"voor stageplekken.\")" "$got" "Gemeente Zutphen"
got=$(facts $'Jan Jansen\nWerkervaring\nCoördinator Wmo, Gemeente Epe (2010 – 2014)\n• Beleid en uitvoering.\nTeamleider Wmo (2015 – heden)\n• Leiding aan het team van twaalf medewerkers.' experience.positions.1.employer experience.positions.1.relevant)
is "... but a previous position's header is no such heading" "$got" $'null\tfalse'
got=$(facts $'Ruud\nWerkervaring\nmaart 2019 – heden\n\nTeamleider Wmo — Gemeente Harderwijk\n\n\xef\x82\xb7 maart 2019 – december 2022: teamleider van het Wmo-team (11 consulenten); formatie, werving en\nbudget.\n\xef\x82\xb7 januari 2023 – heden: op eigen verzoek Beleidsadviseur Wmo, zonder leidinggevende taken\n(verordening, inkoop en monitoring).' experience.positions.0.roles.coord.relevance knockouts.3)
is "a position split by bullets with periods of their own (Word's Symbol-font bullet) is uncertain: review" "$got" $'uncertain\treview'

# holdout23 (PDF layouts: sidebars, Europass, Chromium prints): each a wrong answer before its fix.
got=$(facts $'Henriëtte Kamphuis\nOpleiding\n2003 – 2004\nHBO Maatschappelijk Werk\nen Dienstverlening\nHogeschool Windesheim\nZwolle\npropedeuse behaald, niet\nafgerond\n1999 – 2003\nMBO Sociaal Agogisch\nWerk, ROC Deltion, diploma' knockouts.2 education.entries.0.completion)
is "a sidebar's education entry wrapped into short lines keeps its \"niet afgerond\" (a wrong pass before)" "$got" $'fail\tnot_completed'
got=$(facts $'Lieke Brouwers\nWerkervaring\njanuari 2016 – heden\nCoördinator Welzijn, Gemeente Hattem\n\xef\x82\xb7\tLeiding aan het team welzijn (11 medewerkers); formatie, werving en\nbudget.\n\xef\x82\xb7\tProjectleider van het verandertraject \'Stip in de wijk\' (2021–2022):\nprojectplan, stuurgroep en evaluatie.' experience.positions.0.roles.coord.relevance)
is "a task bullet naming a project's period further on does not split the job (a wrong review before)" "$got" certain
got=$(facts $'Lieke\nBrouwers\nContact\nHattem\nlieke.brouwers@example.nl\nCursus\n2017\nLeergang Coachend\nleidinggeven' candidate.name)
is "a name a narrow column wrapped onto two lines, both in the e-mail address" "$got" "Lieke Brouwers"
got=$(facts $'Lieke\nBrouwers\nContact\nHattem\nl.b@example.nl\nCursus\n2017\nLeergang Coachend\nleidinggeven' candidate.name)
is "... but not without the e-mail address to confirm it; nor is a course's name a name" "$got" null
got=$(facts $'Jan Jansen\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening\nHogeschool Windesheim, Zwolle\n2001 – 2005, diploma behaald' education.mwd education.entries.0.completion)
is "the school's name on a line of its own under the programme is the same entry (MWD was lost)" "$got" $'true\tstated'
got=$(facts $'Jan Jansen\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening (niet afgerond)\nHogeschool Windesheim, diploma' knockouts.2)
is "... so its diploma is not a second, completed hbo entry (a wrong pass before)" "$got" fail

# holdout24 (DOCX as editors write them): each a wrong answer before its fix.
got=$(facts $'Jan Jansen\nReferenties\nA. Kuipers, burgemeester gemeente Hattem\nR. Bloemendaal, manager sociaal domein gemeente Oldebroek\nS. Yilmaz, beleidsadviseur sociaal domein gemeente Wijchen' references.count checks.references)
is "referees by initial, surname and position, without contact details (a wrong review before)" "$got" $'3\tpass'
got=$(facts $'Jan Jansen\nReferenties\nA. Kuipers, burgemeester gemeente Hattem\nUurtarief € 91,00 (exclusief btw)' hourly_rate)
is "a rate under the referees, without a heading of its own" "$got" 91

# holdout25 (every kind the issue names): each a wrong answer before its fix.
got=$(facts $'Jan Jansen\nOpleiding en training\n2008 – 2011\tMaster Public Administration, Universiteit Twente\n\nniet afgerond\n\n2001 – 2005\tHBO Bestuurskunde, Hogeschool Windesheim\n\ndiploma behaald' education.highest_level education.entries.1.completion)
is "an entry's status alone on a line past a blank line belongs to it (\"niet afgerond\": the master counted)" "$got" $'hbo\tstated'
got=$(facts $'Olivia Grant\nWork experience\nCoordinator Wellbeing and Neighbourhood Teams, Gemeente Amersfoort\n2012 - present\nI lead the neighbourhood teams.' experience.positions.0.relevant)
is "English: a coordinator of wellbeing and neighbourhood teams at a gemeente is relevant" "$got" true

# Chromium prints of rounds 24 and 25 (tests/producer): each a wrong answer before its fix.
got=$(facts $'Fatima\nWerkervaring\n\nfebruari 2014 – heden Coördinator Welzijn Stichting Welzijn Wijchen\n\nCoördinatie van buurtwerk, mantelzorgondersteuning en vrijwilligerswerk (9\nmedewerkers).' experience.positions.0.title experience.positions.0.employer experience.positions.0.relevant)
is "a header that lost its separator: the employer starts at \"Stichting\" (a wrong fail before)" "$got" $'Coördinator Welzijn\tStichting Welzijn Wijchen\ttrue'
got=$(facts $'Jan\nWerkervaring\n2014 – heden Teamleider Wmo in opdracht van de Gemeente Hattem\nLeiding aan het team.' experience.positions.0.employer experience.positions.0.relevant)
is "... but not after a preposition (\"in opdracht van de Gemeente\")" "$got" $'null\tfalse'
got=$(facts $'Maaike\nWerkervaring\n\n01-2012 t/m 12- Teamleider Wmo en Participatie Gemeente Raalte\n2018\n' experience.positions.0.start experience.positions.0.end experience.positions.0.title)
is "a date cell wrapped at its hyphen with the title beside it, no tab between (a wrong fail before)" "$got" $'2012-01\t2018-12\tTeamleider Wmo en Participatie'
got=$(facts $'Jan\nReferenties\n\n1. L. Mulder, teammanager sociaal domein gemeente Elburg\n\n2. K. de Ruiter, directeur Stichting Welzijn Nunspeet' references.count)
is "numbered referees named with their position, the numbers printed" "$got" 2
got=$(facts $'Sabine\nReferenzen\n\nRalf Schmitz, Leiter Diakonie Aachen, +49 241 555\n0147\n\nYvonne Lemmens, teammanager Sociaal Domein,\nGemeente Kerkrade, 06-31872054' references.count)
is "a phone number cut between its groups does not join the next referee to the first" "$got" 2
got=$(facts $'Jan\nBeschikbaarheid\nPer januari 2026 voor 24 uur per week, tegen het uurtarief in de voetnoot.12\n\n1. Uurtarief € 86,00 exclusief btw.' hourly_rate)
is "a footnote mark after \"uurtarief\" is no rate" "$got" 86
got=$(facts $'Daan\nWerkervaring\n02/2013 – 09/2018\tCoördinator Wijkteams\n• Leiding aan drie wijkteams.' experience.positions.0.roles.coord.relevance)
is "a coordinator of wijkteams with no employer named is uncertain, not irrelevant (teams, plural)" "$got" uncertain

# holdout26 (wrong-pass traps, blind): each a wrong pass before its fix.
got=$(facts $'Petra Hulsink\nWerkervaring\n2014 – heden\nManager Kinderopvang – Stichting Welzijn Nijkerk\n• Leiding aan vier kinderdagverblijven en de buitenschoolse opvang.' experience.positions.0.relevant)
is "a manager of childcare at a welfare foundation is not the social domain" "$got" false
got=$(facts $'Gert\nOpleiding\nBachelor Social Work (voltijd), Hogeschool Windesheim, 2004 – 2008 — 180 van de 240 studiepunten (EC) behaald\nMBO Sociaal-Pedagogisch Werk (niveau 4), Landstede Zwolle — diploma 2004' knockouts.2 education.highest_level)
is "\"180 van de 240 studiepunten behaald\" is no diploma; the MBO line under it is an entry of its own" "$got" $'fail\tmbo'
got=$(facts $'Rianne Bosch\nReferenties\nJacqueline Mulder, afdelingsmanager Sociaal Domein, gemeente Oldebroek, 06-73018453\nBeschikbaarheid en voorwaarden\nOpdrachtvorm: ik werk als interim-professional op eigen titel. Talentbrug bemiddelt; ik factureer mijn uren maandelijks aan Talentbrug.' zzp knockouts.1)
is "\"op eigen titel\", \"ik factureer mijn uren\" under \"Beschikbaarheid en voorwaarden\" after the referees" "$got" $'true\treview'
got=$(facts $'Rianne Bosch\nReferenties\nJacqueline Mulder, afdelingsmanager Sociaal Domein, gemeente Oldebroek, 06-73018453\nOnze afspraak\nIk werk op eigen titel en factureer mijn uren aan Talentbrug.' zzp)
is "... and the candidate's own words under the referees, after a heading zeef does not know" "$got" true
got=$(facts $'Jan de Vries\nReferenties\nPiet Smit, zelfstandig adviseur, 06-73018453' zzp)
is "... but not a referee's work" "$got" false
got=$(facts $'Marieke van Os\nZakelijke gegevens\nHandelsnaam: Van Os Interim Sociaal Domein\nBtw-nummer: NL001234567B01' zzp knockouts.1)
is "a trade name and VAT number of her own" "$got" $'true\treview'
got=$(facts $'Jolanda Pasman\nWerkervaring\nmaart 2020 – heden (met een onderbreking van 14 maanden)\nCoördinator Sociaal Team — Gemeente Nunspeet\nLeiding aan het sociaal team.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a period with an interruption in it is at most uncertain: review" "$got" $'uncertain\treview'
got=$(facts $'Lies\nOpleiding\nGraduaat in het Sociaal Werk (HBO5), CVO Antwerpen — diploma 2011' education.highest_level knockouts.2)
is "a Flemish graduaat (HBO5) is of associate-degree level" "$got" $'ad\tfail'
got=$(facts $'Sjoukje Hoekstra\nProfyl\nIk bin in betûfte teamlieder yn it sosjaal domein. Tsien jier lang haw ik lieding jûn oan it sosjaal team fan de gemeente Smellingerlân; sûnt novimber bin ik beskikber foar in nije opdracht. Ik ferbyn belied en útfiering, coach meiwurkers en doar knopen troch te hakjen.\nWurkûnderfining\nLieding oan it sosjaal team (15 meiwurkers: Wmo, jeugd en partisipaasje); formaasje, wervingen en budzjet.' language.code checks.dutch)
is "a Frisian CV is not Dutch" "$got" $'fy\tfail'

# holdout27 (PDF producers and typesetting): each a wrong answer before its fix.
got=$(facts $'Sander\nR E F E R E N T I E S\nAnja Wessels, afdelingsmanager, gemeente Ermelo, 06-12345678\nPiet Knol, wethouder, gemeente Ermelo, 06-12345679' references.count)
is "a letter-spaced heading (\"R E F E R E N T I E S\") (a wrong fail before)" "$got" 2
got=$(facts $'Joris\nR eferenties\nAnja Wessels, afdelingsmanager, gemeente Ermelo, 06-12345678\nPiet Knol, wethouder, gemeente Ermelo, 06-12345679' references.count)
is "a small-caps heading whose capital stands apart (\"R eferenties\")" "$got" 2
got=$(facts $'Joris\nOpleiding\nPeriode\tOpleiding\tResultaat\n\n2004 – 2008\tHbo-bachelor\tdiploma\n\nMaatschappelijk Werk en\n\nDienstverlening, Hogeschool\n\nArnhem en Nijmegen\n\n2016\tLeergang Coachend\tcertificaat' education.mwd)
is "a table row's wrapped cell past the blank lines of a PDF belongs to its entry (MWD)" "$got" true
got=$(facts $'MARCO VAN DALEN\nmarco@example.nl' candidate.name)
is "a name in small capitals is given as it is spelt" "$got" "Marco van Dalen"

# holdout28 (every kind the issue names, second round): each a wrong answer before its fix.
got=$(facts $'Lidewij\nWerkervaring\nTeamleider Wijkteam – Gemeente Harderwijk\noktober 2012 – maart 2016\n\xef\x82\xb7 Leiding aan het wijkteam Stadsdennen.\n\xef\x82\xb7 Van januari 2015 tot maart 2016 in deeltijd, naast de start bij de stichting in Nunspeet.' experience.positions.0.roles.coord.relevance)
is "a bullet with a period that names no role (\"in deeltijd, naast ...\") does not split the job (a wrong review before)" "$got" certain
got=$(facts $'Gonny\nOnderwijs en opleiding\n2003 – 2007\tMaster Pedagogische Wetenschappen, Radboud Universiteit Nijmegen\n\ndiploma behaald\n\n2001 – 2002\tHBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en\nNijmegen\n\npropedeuse behaald, daarna overgestapt naar de universiteit' knockouts.2 education.mwd)
is "Europass's \"Onderwijs en opleiding\"; a status sentence under the entry (a wrong fail before)" "$got" $'pass\tfalse'
got=$(facts $'Curriculum vitae – H. Lankheet\nNaam\nHennie Lankheet\nWoonplaats\nBorculo' candidate.name)
is "a \"Naam\" cell with the name on the next line" "$got" "Hennie Lankheet"
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Example: I turned the Wageningen policy on healthy ageing into an annual work plan with concrete projects.' criteria.6.points)
is "English: \"turned the ... policy into an annual work plan with concrete projects\"" "$got" 15

# holdout29 (good candidates in odd styles, blind): each a wrong fail or value before its fix.
got=$(facts $'Koen\nWerkervaring\nCoördinator Buurtwerk en Mantelzorg – Stichting Wijkwerk Zwolle\nvoorjaar 2016 – najaar 2021\nStichting Wijkwerk Zwolle is de welzijnsorganisatie van Zwolle-Zuid: opbouwwerk, ouderenwerk en mantelzorg.' experience.coord_months experience.roles.coord.min_months)
is "a season's period (widest 69, narrowest 65), at a foundation the CV calls \"de welzijnsorganisatie\"" "$got" $'69\t65'
got=$(facts $'Gijs\nReferenties\nArjen Kramer (gem. Dalfsen) 06-92817365 · Bea de Jong (gem. Staphorst) 06-92817366' references.count)
is "two referees on one line, each with a phone number" "$got" 2
got=$(facts $'Marloes\nTot slot\nAls referenties kunt u contact opnemen met Gerda Wessels, afdelingsmanager Samenleving van de\ngemeente Hattem (06-41827364), en met Rob Tiemens, oud-wethouder Zorg van de gemeente Epe (06-\n41827365). Mijn uurtarief bedraagt € 88,- exclusief btw.' references.count hourly_rate)
is "referees named in a sentence (\"Als referenties kunt u contact opnemen met ...\")" "$got" $'2\t88'
got=$(facts $'Ilona\nWerkervaring\nGemeente Molenlanden (tot de fusie op 1-1-2019: gemeente Giessenlanden)\n1-1-2019 tot heden\nTeamleider Sociaal Team\nLeiding aan het sociaal team (15 medewerkers: Wmo, jeugd, participatie); formatie en budget.\n1-3-2016 tot 1-1-2019\nCoördinator Wmo en Jeugd, gemeente Giessenlanden\nCoördinatie van het Wmo-loket.' experience.positions.0.title experience.positions.0.employer experience.coord_months)
is "an employer heading above period and title lines is no title; it employs the role below it" "$got" $'Teamleider Sociaal Team\tGemeente Molenlanden (tot de fusie op 1-1-2019: gemeente Giessenlanden)\t117'
got=$(facts $'Rachid\nWerkervaring\nGemeente Zwolle\n2012 – heden\nManager Zorg en Welzijn — sinds juli 2020\nLeiding aan vier teamleiders en 52 medewerkers.\nTeamleider Wmo — feb. 2015 – jun. 2020\nLeiding aan het Wmo-team Zwolle-Zuid.' experience.coord_months)
is "a title whose only organisation word is the field's (\"Manager Zorg en Welzijn\") takes the employer heading" "$got" 130
got=$(facts $'Sander\nWerkervaring\nTeamleider Jeugd — Gemeente Olst-Wijhe\t\x2711 – \x2716\nLeiding aan het jeugdteam.' experience.positions.0.employer experience.positions.0.months)
is "two-digit years after an apostrophe; the apostrophe is the period's" "$got" $'Gemeente Olst-Wijhe\t72'
got=$(facts $'Esther\nOpleiding\n\nMaatschappelijk Werk & Dienstverlening — getuigschrift 2004\n\nHogeschool Windesheim, Zwolle (voltijd, 2000 – 2004)' education.mwd education.entries.0.completion)
is "a programme line above the school's line past a blank line (a print) is one entry" "$got" $'true\tstated'
got=$(facts $'Ilona\nWerkervaring\n\nGemeente Molenlanden (tot de fusie op 1-1-2019: gemeente Giessenlanden)\n\n1-1-2019 tot\nheden\tTeamleider Sociaal Team\n\nLeiding aan het sociaal team.\n\n1-3-2016 tot\n1-1-2019\tCoördinator Wmo en Jeugd, gemeente Giessenlanden\n\nCoördinatie van het Wmo-loket.' experience.coord_months)
is "... the employer heading above a split period whose title stands in its last line's cell (a print)" "$got" 117
got=$(facts $'Rachid\nWerkervaring\n\nGemeente Zwolle\n2012 – heden\tManager Zorg en Welzijn — sinds juli 2020\n\nLeiding aan vier teamleiders.\n\nTeamleider Wmo — feb. 2015 – jun. 2020\n\nLeiding aan het Wmo-team.' experience.positions.0.start experience.coord_months)
is "an employer's whole period beside its first role with a period of its own, on one line (a print)" "$got" $'2020-07\t130'

# holdout31 (an ordinary night's inbox, blind): each a wrong answer before its fix.
got=$(facts $'Achterhoek Detacheert B.V.\nKandidaat\tNoor Bakhuizen\nDienstverband\tin loondienst bij Achterhoek Detacheert B.V.\nAchterhoek Detacheert B.V. · Spoorstraat 12, 7001 GK Doetinchem · KvK 73519204' zzp knockouts.1)
is "an agency that \"detacheert\": its KvK number is the agency's (a wrong review of the best candidate before)" "$got" $'false\tpass'
got=$(facts $'Twentse Professionals B.V.\nKandidaat: Tessa Hoekman — € 90,- per uur (excl. btw)\nGoor · 06-72045831' candidate.name)
is "a name label's value ends where other details start" "$got" "Tessa Hoekman"
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Example: I translated the municipal policy \'Doetinchem Connects\' into a work plan with concrete projects.' criteria.6.points)
is "English: a policy with a quoted name \"translated ... into a work plan with concrete projects\"" "$got" 15

# holdout30 (wrong-pass traps, second round, blind): each a wrong pass before its fix.
got=$(facts $'Sylvia\nWerkervaring\nTeamleider Wijkteam Deventer-Zuid – Gemeente Deventer (werkgever: Wijkzorg Oost B.V.)\nfebruari 2019 – heden\nLeiding aan 16 wijkteammedewerkers.' experience.positions.0.employer experience.positions.0.relevant)
is "the real employer named in brackets after a gemeente (\"werkgever: ... B.V.\")" "$got" $'Wijkzorg Oost B.V.\tfalse'
got=$(facts $'Sandra\nWerkervaring\nCoördinator sociaal team | gemeente Elburg (in dienst van Sociaal Werkt Detachering)\nsinds maart 2021\nDagelijkse leiding van het sociaal team.' experience.positions.0.relevant)
is "... but not a secondment agency: the seconded candidate works at the gemeente" "$got" true
# holdout39 Carla Wijnbergen: an entrepreneur's insurances, offered through an intermediary
got=$(facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\nVia: Veluwe Inhuur B.V.\nVerzekeringen: beroeps- en bedrijfsaansprakelijkheidsverzekering op eigen naam; arbeidsongeschiktheidsverzekering (AOV) voor ondernemers' zzp knockouts.1)
is "insurances only an entrepreneur takes out are a ZZP indication" "$got" $'true\treview'
# holdout39 Anouk Rensink: an agency template's unfilled example is no referee
got=$(facts $'Anouk\nReferenties\nReferent 1: Gerard Pelgrim, afdelingsmanager Samenleving, gemeente Doesburg, 06-18273645\nReferent 2: Voornaam Achternaam, functie, organisatie, 06-00000000' references.count checks.references)
is "a template's example referee (\"Voornaam Achternaam, functie, organisatie, 06-00000000\") is not counted" "$got" $'1\tfail'
# holdout38 Hatice Demir, Fatima Ouazzani: the bureau's footer under the referees
got=$(facts $'Hatice\nReferenties\nPiet Bos, wethouder, gemeente Ede, 06-12345678\nVoorgedragen door Talentwerk Werving & Selectie B.V. · Arnhemseweg 12, Amersfoort · 033-2098765 · KvK 61029384' references.count)
is "the supplier's footer under the referees is no referee" "$got" 1
# holdout39 Carla Wijnbergen: "Praktische gegevens" ends the references
got=$(facts $'Carla\nReferenties\nPiet Bos, wethouder, gemeente Ede, 06-12345678\nKarin Vos, directeur, Stichting Welzijn Ede, 06-22345678\nPraktische gegevens\nVerzekeringen: beroepsaansprakelijkheidsverzekering op eigen naam' references.count zzp)
is "\"Praktische gegevens\" is a heading of its own, not part of the references" "$got" $'2\ttrue'
# holdout42 Joris Vanderhaegen, Wietske Ottens: Belgian self-employment; a foundation of her own
got=$(facts "$HEAD"$'\nStatuut\tzelfstandige in hoofdberoep — ondernemingsnummer BE 0745.612.389 (KBO)' zzp knockouts.1)
is "\"zelfstandige in hoofdberoep\", an ondernemingsnummer: a ZZP indication" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nAangeboden door: Stichting Nabij Salland, de stichting die ik in 2021 heb opgericht en waarvan ik enig bestuurder ben.' zzp knockouts.1)
is "a foundation she set up and is the sole director of: a ZZP indication" "$got" $'true\treview'
# holdout42 Hendrik Pasveer: a referee who has died
got=$(facts $'Hendrik\nReferenties\nAnneke Wiersma, gemeentesecretaris, gemeente Oldebroek, 06-39284716\nGerrit Brinkman, oud-directeur Stichting Welzijn Elburg, van 2009 tot 2015 mijn leidinggevende (in 2024\noverleden)' references.count checks.references)
is "a referee who has died is none" "$got" $'1\tfail'
# holdout44 Annelot Veldkamp: referees in a sidebar, each name / role (wrapped) / phone
got=$(facts $'Annelot\nReferenties\n\nSandra Eijkelkamp\nwethouder Zorg en Welzijn, gemeente\nVoorst\n06-58203746\nJoost Leferink\nafdelingsmanager Samenleving,\ngemeente Zutphen\n06-58203747' references.count checks.references)
is "a name after a referee's phone-only line starts the next referee" "$got" $'2\tpass'
# holdout45 pairs: the one detail decides
got=$(facts "$HEAD"$'\nDienstverband: sinds maart 2021 ben ik in loondienst bij Wegwijzer Sociaal B.V., het bureau dat ik in 2021 heb opgericht en waarvan ik de enige aandeelhouder ben.' zzp knockouts.1)
is "employed by the bureau she founded and solely owns: a ZZP indication" "$got" $'true\treview'
got=$(facts "$HEAD"$'\nDienstverband: sinds maart 2021 ben ik in loondienst bij Wegwijzer Sociaal B.V., het bureau dat Gert Hofstede heeft opgericht en waarvan hij de enige aandeelhouder is.' zzp knockouts.1)
is "... not the bureau someone else founded and owns" "$got" $'false\tpass'
got=$(facts $'Yvonne\nReferenties\nEllen Brouwer, afdelingsmanager Samenleving, gemeente Oldebroek, 06-41827396\nHenk Mensink, oud-directeur Stichting Welzijn Oldebroek en mijn leidinggevende bij de stichting (sinds 2024\nmet pensioen en niet meer als referent beschikbaar)' references.count checks.references)
is "a referee no longer available is none" "$got" $'1\tfail'
got=$(facts $'Monique\nReferenties\nEllen Brouwer, afdelingsmanager Samenleving, gemeente Oldebroek, 06-41827396\nHenk Mensink, oud-directeur Stichting Welzijn Oldebroek en mijn leidinggevende bij de stichting (sinds 2024\nmet pensioen, maar nog steeds als referent beschikbaar: 06-30716284)' references.count checks.references)
is "... one still available counts" "$got" $'2\tpass'
# holdout46 Anniek Vosselman: the section headings are images; two referee lines without a heading
got=$(facts $'Anniek Vosselman\nanniek@example.nl · 06-12345678\nCoördinator Jeugd en Gezin — Gemeente Olst-Wijhe\njanuari 2019 – heden\n\nMarjan Pelgrom, teammanager Sociaal Domein, gemeente Olst-Wijhe — 06-27384910\nHenk Bruggink, directeur-bestuurder, Stichting Welzijn Sallandse Heuvelrug — 06-27384911' references.section_found references.unheaded checks.references)
is "referee lines without a references heading: review, not fail" "$got" $'false\t2\treview'
# holdout47: a business partner as referee; working for "mijn andere opdrachtgevers"
got=$(facts $'Sanne\nReferenties\nMarga Slot, afdelingsmanager Samenleving, gemeente Putten, 06-12345678\nDirk Hazeleger, mijn zakenpartner: samen runnen wij sinds 2019 Bed & Breakfast De Linde, 06-22345678' references.count checks.references)
is "the candidate's business partner is no referee" "$got" $'1\tfail'
got=$(facts "$HEAD"$'\nBeschikbaarheid: maandag tot en met woensdag. Op donderdag en vrijdag werk ik voor mijn andere opdrachtgevers; daarmee haal ik ook het urencriterium voor de zelfstandigenaftrek.' zzp knockouts.1)
is "other clients of one's own and the zelfstandigenaftrek: a ZZP indication" "$got" $'true\treview'
# holdout48 Theo Wentink: the second referee is the supplier's account manager
got=$(facts $'Theo\nReferenties\nAnnet Kamphuis, afdelingsmanager Sociaal Domein, gemeente Hattem, 038-443 16 16\nWillem Dekker, accountmanager Inzet Overijssel Detachering B.V., 06-72 58 10 37' references.count references.agency checks.references)
is "an account manager as the second referee: not counted, review" "$got" $'1\t1\treview'
# holdout49: a former client as referee; the kleineondernemersregeling
got=$(facts $'Miriam\nReferenties\nAnja Smit, teamleider, gemeente Ermelo, 06-12345678\nGerrit van Loon, cliënt van het maatschappelijk werk van Stichting Welzijn Ermelo; ik was jarenlang zijn begeleider, 06-22345678' references.count checks.references)
is "a former client is no referee" "$got" $'1\tfail'
got=$(facts "$HEAD"$'\nUurtarief: € 82,00 — zonder btw: ik val onder de kleineondernemersregeling (KOR)' zzp knockouts.1 hourly_rate)
is "the kleineondernemersregeling (KOR): a ZZP indication" "$got" $'true\treview\t82'
# holdout51: the candidate's own household help as referee; a broodfonds
got=$(facts $'Sietske\nReferenties\nHarm Kolkman, afdelingsmanager Samenleving, gemeente Elburg, 06-74120582\nDewi Lammers, onze oppas; sinds 2019 bij mij in dienst via de regeling dienstverlening aan huis, 06-74120583' references.count checks.references)
is "someone the candidate employs at home is no referee" "$got" $'1\tfail'
got=$(facts "$HEAD"$'\nLid van Broodfonds De Veluwse Kring (sinds 2020): onderlinge schenkingen bij ziekte.' zzp knockouts.1)
is "a broodfonds: a ZZP indication" "$got" $'true\treview'
got=$(facts $'Robert\nProfiel\nSinds september 2021 ben ik lid-ondernemer van Coöperatie Sociaal Werkt U.A. in Apeldoorn. De coöperatie factureert; ik ontvang mijn deel van de omzet.' zzp knockouts.1)
is "a member-entrepreneur of a cooperative" "$got" $'true\treview'
got=$(facts $'Loes\nReferenties\nHenk Bos, wethouder Zorg, gemeente Oss, 06-41729385\nReferences\nHenk Bos, alderman for care, municipality of Oss, +31 6 4172 9385' references.count checks.references)
is "one referee in two languages, the phone once national and once international, counts once" "$got" $'1\tfail'
got=$(facts $'Ingeborg\nOpleiding\nHBO-getuigschrift module \'Methodisch leidinggeven in het sociaal domein\' (15 EC), Hogeschool Saxion — 2019\nMBO Sociaal Werk (niveau 4), ROC van Twente — diploma 2005' knockouts.2)
is "a certificate for one module of 15 EC is no hbo degree" "$got" fail
got=$(facts $'Carolien\nWerkervaring\n2019 – 2024\nCoördinator Wijkteams — Gemeente Zwolle\n\xef\x82\xb7 Feitelijk coördinator van 2019 – 2021: leiding aan vier wijkteams, formatie en werkverdeling.\n\xef\x82\xb7 In 2021 ben ik bij de gemeente Zwolle vertrokken.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a bullet naming the role for only the start of the header period: uncertain, review" "$got" $'uncertain\treview'
got=$(facts $'Mohamed\nWerkervaring\nPeriode\tFunctie\tWerkgever\n\nseptember 2014 Coördinator Wmo-team\tGemeente Assen\n– heden\n\nseptember 2010 Teamleider Jeugd en Gezin\tGemeente Tynaarlo\ntot en met\naugustus 2014' experience.coord_months)
is "a date cell wrapped over two or three lines with the title beside its first (a print)" "$got" 183
got=$(facts $'Loes\nReferenties\nMarja Visser, afdelingsmanager Samenleving, gemeente Ommen, 06-41729385\n\nMarja Visser, Head of the Community Department, Municipality of Ommen, +31 6 4172\n9385, m.visser@example.nl' references.count)
is "... and the same referee whose international number wraps counts once (a print)" "$got" 1
got=$(facts $'Ingeborg\nOpleiding\nHBO-getuigschrift module \'Methodisch leidinggeven\' (15 EC),\nHogeschool Saxion — 2019\nMBO Sociaal Werk (niveau 4), ROC van Twente — diploma 2005' knockouts.2)
is "... and a course's school wrapped onto the next line is the course's (a print)" "$got" fail

# holdout33 (the edges of the knock-outs, blind): each a wrong answer before its fix.
got=$(facts $'Karin Hofstede\nReferenties\nWilma Huisman, afdelingsmanager Samenleving, gemeente Oldebroek, 06-31948208\nKarin Hofstede  ·  zzp\'er sociaal domein  ·  KvK 81234567  ·  karin.hofstede@example.nl' zzp knockouts.1)
is "the candidate's own footer line after the referees counts for ZZP (a wrong pass before)" "$got" $'true\treview'
got=$(facts $'Marloes\nWerkervaring\nsinds december 2019\nCoördinator Buurtwerk en Mantelzorg — Onder de Linde, Ermelo\n• Onder de Linde is de stichting voor welzijnswerk in de gemeente Ermelo: buurtwerk en ouderenwerk.\n• Leiding aan negen buurtwerkers.' experience.positions.0.relevant)
is "an employer whose name says nothing, called a welfare foundation by its name in the description" "$got" true
got=$(facts $'Marloes\nWerkervaring\nsinds december 2019\nCoördinator Buurtwerk — Zorgbureau Hiel, Ermelo\n• Samenwerking met Stichting Welzijn Ermelo; die is een welzijnsstichting.\n• Leiding aan negen buurtwerkers.' experience.positions.0.relevant)
is "... but not another organisation the description names" "$got" false

# holdout32 (the criteria as an assessor reads them, blind): each a wrong answer before its fix.
got=$(facts "$HEAD"$'\nVan 2007 tot 2014 werkte ik als zzp\'er in het jongerenwerk; sinds 2015 ben ik in loondienst bij Stichting Welzijn Berg en Dal.' zzp knockouts.1)
is "a zzp period long past, then employment after a semicolon (a wrong review of a shortlisted candidate before)" "$got" $'false\tpass'
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Ik zou graag meer samenwerken met zorgverzekeraars en zorgaanbieders.\n• Tweedaagse training Samenwerken met zorgverzekeraars en zorgaanbieders (2023).\n• Vanaf januari 2026 word ik projectleider van de reorganisatie; dat traject is nog niet begonnen.' criteria.7.points criteria.8.points)
is "a wish, a training and work not started yet are no evidence for a criterion" "$got" $'0\t0'
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• De contacten met zorgaanbieders en de zorgverzekeraar vielen buiten mijn rol.' criteria.7.points)
is "... nor someone else's work" "$got" 0
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Kwartiermaker van het nieuwe Sociaal Team.\n• Policy-to-practice: the roadmap for the neighbourhood pilots.' criteria.8.points criteria.6.points)
is "\"kwartiermaker\" is leading change; English \"policy-to-practice\"" "$got" $'25\t15'
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Leiding aan het team.\nVooruitblik\tVanaf januari 2026 word ik projectleider van de herinrichting van de wijkteams.' criteria.8.points)
is "an outlook (\"Vooruitblik\") is no evidence either (a print)" "$got" 0

# holdout35 (wrong-pass traps, fourth round, blind): each a wrong answer before its fix.
got=$(facts $'Lisanne\nOpleiding\nBachelor Sociaal Werk (Ad), Hogeschool Windesheim Flevoland, Almere — 120 EC, diploma 2015' education.highest_level knockouts.2)
is "\"Bachelor ... (Ad) ... 120 EC\" is an associate degree (a wrong pass, ranked first, before)" "$got" $'ad\tfail'
got=$(facts $'Noortje\nReferenties\nHarm Lubbers, afdelingsmanager Jeugd, gemeente Enschede, 06-56019383\nDemi Hulshof, jeugdconsulent, gemeente Enschede — medewerker in mijn team sinds 2019 — 06-56019384\nMeer referenties op aanvraag.' references.count checks.references)
is "a member of the candidate's own team is no referee (a wrong pass before)" "$got" $'1\treview'

# holdout34 (every kind the issue names, third round, blind): each a wrong answer before its fix.
got=$(facts $'Ramon\nReferenties\n1\tMarjolein Stegeman, voorzitter raad van toezicht, Stichting Welzijn Voorst, 06-21844570\n2\tBart Jan Hulshof, teammanager Sociaal Domein, gemeente Deventer, 0570-693311' references.count checks.references)
is "a whole phone number does not run on into the next row's label (a wrong fail before)" "$got" $'2\tpass'
got=$(score_facts "$HEAD"$'\nCoördinator Welzijn – Gemeente Epe\n2015 – heden\n• Programmaleider van de transformatie van de jeugdhulp: inkoop en een nieuwe toegang.' criteria.8.points)
is "leading a \"transformatie\" is leading change" "$got" 25
got=$(facts $'Riana\nWerkervaring\nSpanleier Welsyn – Gemeente Ermelo\nFebruarie 2017 – Oktober 2025\n• Leiding aan die span.' experience.positions.0.start experience.positions.0.employer)
is "an Afrikaans month name is a month (not part of the employer)" "$got" $'2017-02\tGemeente Ermelo'

# holdout37 (quick traps, blind): a wrong pass before its fix.
got=$(facts $'Ilse\nReferenties\nKarin Lohuis, directeur-bestuurder Stichting Welzijn Apeldoorn-Zuid — mobiel 06-31729485\n\nKarin Lohuis (bereikbaar op kantoor) — 055-7219384' references.count checks.references)
is "one referee listed twice, with two different numbers, counts once" "$got" $'1\tfail'
got=$(facts $'Niels\nReferenties\nAnja Bos – wethouder, Stichting Welzijn Oldebroek – 06-18666019\nAnja Bos – teamleider Wmo, Stichting Welzijn Olst – 06-42572926' references.count)
is "... but two namesakes, each with a position and organisation of her own, are two" "$got" 2

# holdout53-55 (blind rounds: the honest answer is review, must-not-pass, an ordinary inbox):
# each a wrong answer before its fix.
got=$(facts $'Linda\nErvaring\nGemeente Zutphen\n8 jaar 4 maanden\nTeamleider Sociaal Team\njuli 2019 - heden (6 jaar 5 maanden)\n• Leiding aan 18 professionals Wmo en jeugd.\n\nCoördinator Wmo-loket\naugustus 2017 - juni 2019 (1 jaar 11 maanden)\n• Coördinatie van het Wmo-loket.' experience.positions.0.employer experience.positions.1.employer experience.coord_months)
is "LinkedIn: the company above its duration line is the employer of every role under it" "$got" $'Gemeente Zutphen\tGemeente Zutphen\t100'
got=$(facts $'Gert\nOpdrachten via Publiek Kwartier\nOpdrachtgever:\tGemeente Rheden\nPeriode:\t1 mei 2019 – 31 januari 2021\nRol:\tInterim coördinator Wmo\nOpdracht:\tDe wachtlijst Wmo wegwerken.\n\nEerdere functies\nManager Welzijn | Stichting Welzijn Veluwezoom-Zuid\njan. 2010 – apr. 2019\nLeiding aan 25 medewerkers in het ouderenwerk; budget en subsidieverantwoording.\nOpleiding\nHBO MWD' experience.positions.0.title experience.positions.0.employer experience.positions.1.title experience.positions.1.employer)
is "a job told as a form (Opdrachtgever: / Periode: / Rol:), then one with its header above the period" "$got" $'Interim coördinator Wmo\tGemeente Rheden\tManager Welzijn\tStichting Welzijn Veluwezoom-Zuid'
got=$(facts $'Rob Wentink\nContact over deze kandidaat\nSandra Lubbers, accountmanager\n055-5213344\nsandra.lubbers@example.com\nProfiel\nTekst.' candidate.email candidate.phone)
is "the account manager's phone and e-mail on lines of their own under her name are not the candidate's" "$got" $'null\tnull'
got=$(facts $'Rob Wentink\nContact over deze kandidaat\nSandra Lubbers, accountmanager\n\n055-5213344\n\nsandra.lubbers@example.com\nProfiel\nTekst.' candidate.email candidate.phone)
is "... also with blank lines between them, as a print puts them" "$got" $'null\tnull'
got=$(facts $'Dennis\nWerkervaring\n\nTeamleider Sociaal Team — Gemeente Neder-Betuwe 2023 – heden\n\nLeiding aan het sociaal team.\n\nCoördinator Mantelzorg en Vrijwilligerswerk — Stichting Welzijn De Betuwse\nWaard 2017 – 2019\n\nCoördinatie van twee mantelzorgconsulenten en de vrijwilligerscentrale (200\nvrijwilligers).' experience.positions.1.title experience.positions.1.employer)
is "a \"title — employer period\" header wrapped before its period" "$got" $'Coördinator Mantelzorg en Vrijwilligerswerk\tStichting Welzijn De Betuwse Waard'
got=$(facts $'Stijn\nWerkervaring\nCoördinator Zomerprogramma Jeugd, Gemeente Zutphen\n07/2016 – 08/2023\n• Zomercontracten bij de gemeente, elk jaar van juli tot en met augustus: leiding aan 12 jongerenwerkers.\n• De rest van het jaar was ik docent.' experience.coord_months knockouts.3)
is "a title held each summer of a seven-year period: the months are uncertain, review" "$got" $'0\treview'
got=$(facts $'Wendelien\nProfiel\nVoor deze opdracht kom ik graag rechtstreeks bij de gemeente Heerde in dienst, met een aanstelling voor bepaalde tijd.' zzp knockouts.1)
is "asking to be employed by the client itself: review of knock-out 1 (the condition's other half)" "$got" $'false\treview'
got=$(facts $'Rianne\nProfiel\nIk ben in vaste dienst bij Detachering Oost-Veluwe B.V.; met de gemeente Heerde ga ik geen dienstverband aan.' knockouts.1)
is "... while saying there will be no employment with the client passes" "$got" pass
got=$(facts $'Geertje\nReferenties\nHarmen Stoker, gemeentesecretaris, gemeente Oldebroek, 06-83640296\nTrees Wolterink, mijn supervisor — bij haar volgde ik in 2023 op eigen kosten een supervisietraject, 06-83640297' references.count checks.references)
is "a supervisor the candidate paid for is no referee" "$got" $'1\tfail'
got=$(facts $'Rasha\nOpleiding\nStaatsexamen Nederlands als tweede taal (NT2), programma II —\ndiploma 2012 (taalniveau B2: het niveau voor een hbo- of universitaire\nopleiding)\n\nMBO Maatschappelijke Zorg, niveau 4, ROC Rijn IJssel Arnhem — diploma 2014' education.highest_level knockouts.2)
is "a language exam at the level for an hbo study is no hbo education" "$got" $'mbo\tfail'
got=$(facts $'Joyce\nWerkervaring\nTeamleider Welzijn Ouderen en Mantelzorg\nWerkgever vertrouwelijk (zie noot onder de werkervaring)\napril 2019 – heden\n• Leiding aan de ouderenadviseurs.' experience.positions.0.roles.coord.relevance)
is "an employer the CV withholds makes the position uncertain" "$got" uncertain
got=$(facts $'Herman\nWerkervaring\nTeamleider Werk en Inkomen, Intergemeentelijke Sociale Dienst Randmeren\n2020 – heden\n• Leiding aan het team.' experience.positions.0.roles.coord.relevance)
is "a body several municipalities run together is no gemeente for certain" "$got" uncertain
got=$(facts $'Evert\nWerkervaring\nCoördinerend consulent Wmo, Gemeente Epe\n2018 – heden\n• Werkverdeling van de consulenten.' experience.positions.0.roles.coord.relevance)
is "a coördinerend consulent may coordinate without leading: uncertain" "$got" uncertain
got=$(facts $'Marit\nProfiel\nIk ben in loondienst bij Drie Stromen B.V., het bureau dat ik in 2019 met twee oud-collega\'s heb opgericht. Wij zijn ieder voor een derde aandeelhouder en vormen samen de directie.' zzp knockouts.1)
is "employed by a firm one co-owns and co-directs: a ZZP indication" "$got" $'true\treview'
got=$(facts $'Femke\nOpleiding\nBachelor Social Work, Saxion Hogeschool, deeltijd\nafstuderen gepland in juni 2025' knockouts.2)
is "a planned graduation whose date has passed: review, not fail" "$got" review
got=$(facts $'Femke\nOpleiding\nBachelor Social Work, Saxion Hogeschool, deeltijd\nafstuderen gepland in juni 2026' knockouts.2)
is "... one still to come: fail" "$got" fail
got=$(facts $'Jolien\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim — 2000 – 2003\nMBO Sociaal-Pedagogisch Werk, niveau 4, ROC Deltion — diploma 1999' education.hbo_bachelor_completed knockouts.2)
is "an HBO line with years only, under a CV that states its other diplomas: review" "$got" $'false\treview'
got=$(facts $'Jolien\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim — 2000 – 2003\nMBO Sociaal-Pedagogisch Werk, niveau 4, ROC Deltion — 1995 – 1999' knockouts.2)
is "... where no entry states one, the years stand for a finished study" "$got" pass
got=$(facts $'Petra\nCurriculum vitae — versie april 2024\nWerkervaring\nCoördinator Jeugd en Gezin, Gemeente Hattem\nmaart 2020 – heden\n• Leiding aan het team.' experience.coord_months experience.roles.coord.min_months knockouts.3)
is "a CV dated April 2024: \"heden\" may end there, so 69 months may be 50: review" "$got" $'69\t50\treview'
# A supplier's footer under the referees: a PDF's repeated at the foot of each page, a DOCX's
# given apart by the extract stage (page_furniture), is no referee.
got=$(printf '%s\n' '{"schema":"zeef/1","file":"t.pdf","sha256":"0","format":"pdf","status":"ok","error":null,"pages":2,"pages_exact":true,"page_text":["Jan\nReferenties\nAnja Bos, wethouder, gemeente Epe, 06-12345678\n\nVeldwerk Detachering B.V. · Postbus 1077 · 055-5213300\n","Bert Kok, directeur, Stichting Welzijn Epe, 06-12345679\n\nVeldwerk Detachering B.V. · Postbus 1077 · 055-5213300\n"]}' | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" references.count)
is "a footer repeated at the foot of two pages is no referee" "$got" 2
got=$(printf '%s\n' '{"schema":"zeef/1","file":"t.docx","sha256":"0","format":"docx","status":"ok","error":null,"pages":1,"pages_exact":true,"page_text":["Jan\nReferenties\nAnja Bos, wethouder, gemeente Epe, 06-12345678\nPubliek Kwartier · tijdelijke professionals · Arnhem · 026-3704410\n"],"page_furniture":"Publiek Kwartier · tijdelijke professionals · Arnhem · 026-3704410\n"}' | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" references.count checks.references)
is "a DOCX footer read at the end of the last page is no referee" "$got" $'1\tfail'

# holdout56-57 (must-not-pass, eighth series; other producers): each a wrong answer before its fix.
got=$(facts $'Duo-aanbieding Coördinator welzijn\nMarloes Ekkelboom en Anja Reerink\nWij vullen deze opdracht samen in, als duo: ieder 12 uur per week.\nWerkervaring\nCoördinator Sociaal Team, Gemeente Zutphen\n2015 – heden\n• Leiding aan het team.' knockouts.3)
is "two people offered together: their months are no one candidate's, review" "$got" review
got=$(facts $'Roelie\nOpleiding\nVolkshogeschool Het Hoge Veld, Barchem — jaaropleiding Sociaal-cultureel werk (vormingscentrum voor volwassenen) — getuigschrift 1996\nMBO Sociaal-Pedagogisch Werk, niveau 4 — diploma 1994' education.highest_level knockouts.2)
is "a folk high school is no hogeschool" "$got" $'mbo\tfail'
got=$(facts $'Anke\nWerkervaring\nCoördinator Sociaal Team\njun. 2020 – heden\nGemeente Hattem\nCoördinatie van het sociaal team (12 medewerkers): werkverdeling en casusoverleg.\nMaatschappelijk werker\naug. 2009 – feb. 2014\nStichting Welzijn Oldebroek\nHulpverlening aan gezinnen en ouderen.' experience.positions.0.employer experience.positions.1.employer experience.positions.0.roles.coord.relevance)
is "title, period, employer: the employer below the period is the position's" "$got" $'Gemeente Hattem\tStichting Welzijn Oldebroek\tcertain'
got=$(facts $'Anke\nOpleiding\nHBO Maatschappelijk Werk en Dienstverlening\n2005 – 2009\nHogeschool Windesheim, Zwolle — diploma behaald\nCursussen\nTraining X' education.mwd)
is "degree, period, school: one entry, so the degree has its diploma" "$got" true

got=$(facts $'Bart\nWerkervaring\nTeamleider Zorg en Welzijn | Gemeente Deventer\n2015 – heden\n• Volledig gedetacheerd bij Hanzezorg Zorgverzekeringen, onder leiding van hun manager zorginkoop.\n• Leiding aan het team.' experience.positions.0.roles.coord.relevance knockouts.3)
is "a gemeente job wholly seconded to an insurer is uncertain (holdout56's fragile right answer)" "$got" $'uncertain\treview'
got=$(facts $'Hilde\nWerkervaring\nTeamleider Zorg en Welzijn | Gemeente Deventer\n2015 – heden\n• Volledig gedetacheerd bij de gemeente Deventer via Detachering Oost.\n• Leiding aan het team.' experience.positions.0.roles.coord.relevance)
is "... one seconded to the gemeente itself stays certain" "$got" certain

# holdout50's prose CV, not mended then: each paragraph a job, its period in the last sentence.
got=$(facts $'Erwin\nLoopbaan\nAls Manager Sociaal Domein bij de gemeente Elburg geef ik leiding aan twintig medewerkers in Wmo, jeugd\nen participatie en ben ik verantwoordelijk voor formatie en budget. Ik werk hier sinds maart\n2023.\n\nDaarvoor werkte ik als beleidsadviseur Wmo bij de gemeente Nunspeet. Ik schreef de nota\'s voor de\nherijking van de Wmo en begeleidde de aanbesteding van huishoudelijke ondersteuning. Dat was van\njanuari 2019 tot en met februari 2023.\n\nBij de gemeente Oldebroek was ik Coördinator Wmo en Mantelzorg. Ik stuurde een team van elf consulenten\naan, verdeelde het werk en bewaakte het budget. Die functie\nvervulde ik van maart 2014 tot en met december 2018.\nOpleiding\nHBO' experience.coord_months knockouts.3)
is "an experience section told in prose: a paragraph per job, the period in its last sentence" "$got" $'91\tpass'

# holdout58 ("the honest answer is review", second series): each a wrong pass or fail before its fix.
got=$(facts $'Sabine\nOpleiding\nSociaal Werk (deeltijd), Hogeschool Inholland, Alkmaar — 2016 – 2018, diploma behaald\nMBO Sociaal-Pedagogisch Werk — diploma 2005' education.highest_level knockouts.2)
is "two years at a hogeschool and no degree named: an associate degree or a shortened bachelor, review" "$got" $'ad\treview'
got=$(facts $'Carolien\nOpleiding\nBachelor Social Work (verkort deeltijdtraject), Hogeschool Inholland — 2016 – 2018, diploma behaald' education.highest_level knockouts.2)
is "... a shortened bachelor that says so passes" "$got" $'hbo\tpass'
got=$(facts $'Bernadette\nOpleiding\nKandidaatsexamen Andragologie, Universiteit van Amsterdam — behaald 1980\nMBO — diploma 1975' knockouts.2)
is "a kandidaatsexamen of the old university system is for a reader to judge: review" "$got" review
got=$(facts $'Thijs\nWerkervaring\nTeamleider Leerplicht en RMC, Gemeente Zutphen\n2020 – heden\n• Binnen de afdeling Jeugd en Onderwijs: leiding aan negen leerplichtambtenaren.\n• Handhaving van de leerplicht, voortijdig schoolverlaten.' experience.positions.0.roles.coord.relevance)
is "school-attendance officers in a Jeugd department: the social domain is uncertain" "$got" uncertain
got=$(facts $'Ilse\nWerkervaring\nTeamleider Wmo-loket, Gemeente Olst-Wijhe\nseptember 2023 – januari 2023\n• Leiding aan het loket.\nCoördinator Welzijn Ouderen, Stichting Welzijn Raalte\n2023 – heden\n• Coördinatie.' knockouts.3)
is "a relevant period that ends before it starts: review, not fail" "$got" review
got=$(printf '%s\n' '{"schema":"zeef/1","file":"t.pdf","sha256":"0","format":"pdf","status":"ok","error":null,"pages":6,"pages_exact":true,"page_text":["Jan\n","Tekst\n","Tekst\n","Tekst\n","Tekst\n","  \n"]}' | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" blank_pages checks.pages)
is "six pages, the last one empty: review of the page limit, not fail" "$got" $'1\treview'

# holdout59 (eligible candidates in the templates people use): each a wrong fail before its fix.
got=$(facts $'Anja\n5. Werkervaring (begin met de huidige of laatste werkgever)\nNaam en plaats werkgever\nFunctie\nIn dienst per\nUit dienst per\nGemeente Epe, Epe\nCoördinator Welzijn en Mantelzorg\n04-2018\nnog in dienst\nStichting Welzijnswerk De Zuiderzee, Elburg\nTeamleider Ouderenwerk\n09-2012\n03-2018\n7. Referenties (minimaal twee)\nMarjan Kloosterboer\nafdelingsmanager Samenleving, gemeente Epe\n0578-713560\nEvert Lubbinge\ndirecteur-bestuurder, Stichting Welzijnswerk De Zuiderzee\n0525-683240' experience.coord_months references.count)
is "a form: headings with a remark in brackets, start and end in cells of their own, \"nog in dienst\"" "$got" $'159\t2'
got=$(facts $'Anja\nHuidige arbeidssituatie\n☒ in loondienst   ☐ zelfstandige zonder personeel (zzp)\n☐ werkzoekend   ☐ anders' zzp knockouts.1)
is "a form's zzp option left unticked is no ZZP indication" "$got" $'false\tpass'
got=$(facts $'Anja\nHuidige arbeidssituatie\n☐ in loondienst   ☒ zelfstandige zonder personeel (zzp)' zzp knockouts.1)
is "... ticked, it is" "$got" $'true\treview'
got=$(facts $'Yvette\nErvaring per competentie\n1. Leidinggeven en coachen\nSinds oktober 2022 ben ik Teamleider Wmo bij de gemeente Overbetuwe. Ik geef leiding aan elf Wmo-consulenten en twee administratief medewerkers.\nDaarvoor was ik van januari 2019 tot en met juni 2021 Coördinator Mantelzorg en Vrijwilligerswerk bij Stichting Welzijn Rivierenland-Oost, met een team van vier mantelzorgconsulenten.\n2. Beleid vertalen naar resultaat\nAls beleidsmedewerker sociaal domein bij de gemeente Overbetuwe (juli 2021 – september 2022) schreef ik mee aan de nota. Als teamleider heb ik die nota vertaald naar een jaarwerkplan.\n3. Verbinden\nIn mijn huidige rol overleg ik maandelijks met de zorgaanbieders, de huisartsen en de cliëntenraad over de toegang.\nOpleiding\nHBO' experience.coord_months experience.positions.2.roles.coord.relevance)
is "experience told by competence: each sentence with a period is a job, its role and employer the sentence's own" "$got" $'68\tno'

got=$(facts $'Anja\n3. Opleidingen (begin met de hoogst afgeronde opleiding)\nOpleiding en richting\nInstituut en plaats\nVan – tot\nDiploma behaald\nJaar diploma\nMaatschappelijk Werk en Dienstverlening (hbo-bachelor)\nChristelijke Hogeschool Windesheim, Zwolle\n1996 – 2000\n☐ ja   ☒ nee\n-' education.hbo_bachelor_completed knockouts.2)
is "a form's diploma box ticked no: not completed (holdout59's fragile right answer)" "$got" $'false\tfail'

# holdout61 (an ordinary inbox, fifth series): each a wrong answer before its fix.
got=$(facts $'Wouter\nReferentie\nMarjan Pots, voorzitter raad van toezicht, Stichting\nWelzijn Ermelo en Putten, 06-44109288\njaarwerkplan met vijf concrete projecten;\nresultaat: 120 nieuwe vrijwilligers.\n• Samenwerking met zorgaanbieders, huisartsen en de GGD.\nSterk in Welzijn Detachering · Apeldoorn · 055-7601230' references.count checks.references)
is "a references entry that starts in lower case is the rest of a sentence, no referee" "$got" $'1\tfail'
got=$(facts $'Nadia El Idrissi\nCoördinator sociaal wijkteam — voorgesteld door Sterk in Welzijn Detachering\nTelefoon 06-71829304 · nadia.elidrissi@example.nl · Apeldoorn\nProfiel\nTekst.' candidate.email candidate.phone)
is "a bureau's line above the candidate's details does not make them the bureau's" "$got" $'nadia.elidrissi@example.nl\t06-71829304'
got=$(facts $'Ilse Brinkman\nPersonalia\tWoonplaats: Vaassen\nProfiel\tIlse is een coördinator die beleid en uitvoering bij elkaar brengt.\nWerkervaring\tCoördinator Welzijn\nGemeente Epe · jun. 2018 – heden\n• Coördinatie van het cluster welzijn.\nOpleiding\tBachelor Social Work, Hogeschool Windesheim, 2004 – 2008 — diploma behaald\nReferenties\tKarin Mulderij, afdelingsmanager Samenleving, gemeente Epe, 06-52731947\nJan Bos, wethouder, gemeente Epe, 06-52731948' experience.coord_months references.count)
is "headings in a table's left cell beside their sections" "$got" $'90\t2'

# holdout60 (must-not-pass, ninth series): each a wrong pass before its fix.
got=$(facts $'Harold\nWerkervaring\nManager Werkgeversservice Zorg en Welzijn | Stichting Pensioenfonds Welzijn en Maatschappelijke Dienstverlening\n2016 – heden\n• Leiding aan het team werkgeversservice.' experience.positions.0.roles.coord.relevance)
is "a pension fund named for welfare is no welfare foundation" "$got" no
got=$(facts $'Mieke\nProfiel\nIk schrijf zelf in op deze opdracht. Er staat geen bureau tussen mij en de gemeente Heerde.' zzp knockouts.1)
is "bidding in one's own name, with no supplier between: review of knock-out 1" "$got" $'true\treview'
got=$(printf '%s\n' '{"schema":"zeef/1","file":"t.pdf","sha256":"0","format":"pdf","status":"ok","error":null,"pages":1,"pages_exact":true,"pages_a4":7,"page_text":["Jan\n"]}' | "$BIN/zeef-fields" | "$BIN/zeef-check" | "$J" checks.pages)
is "one page as long as seven A4 sheets: review of the page limit" "$got" review

got=$(facts $'Hanneke\nTarief\n\n82 euro per uur excl. btw' hourly_rate)
is "the amount before the currency: \"82 euro per uur\" (a print of holdout61)" "$got" 82

got=$(facts $'Bert\nWerkervaring\nCoördinator Welzijn Ouderen\nStichting Welzijn Salland-Midden\nCoördinatie van het ouderenwerk: zes ouderenadviseurs en 150 vrijwilligers, planning en budget.\nSamenwerking met zorgaanbieders in de thuiszorg, huisartsen en de zorgverzekeraar in de regio.\n01-2015 – heden\nOpleiding\nHBO' experience.positions.0.employer experience.positions.0.roles.coord.relevance)
is "a table's left cell (title, employer, tasks) and the period in its right cell: the employer under the title" "$got" $'Stichting Welzijn Salland-Midden\tcertain'

# holdout59 Ingrid Hakvoort (werk.nl): a job and an education told as forms, one field a
# row, with fields that are none of title, employer or period between them
WERKNL=$'Ingrid\nWERKERVARING\nBeroep\tLeidinggevende maatschappelijke dienstverlening\n\nFunctienaam\tTeamleider Wijkteams\n\nWerkgever\tGemeente Brummen\n\nPlaats\tBrummen\n\nPeriode\tjanuari 2018 - heden\n\nHuidige baan\tJa\n\nWerkzaamheden\t• Leiding aan twee wijkteams\n\nOPLEIDINGEN\nOpleiding\tMaatschappelijk Werk en Dienstverlening\n\nNiveau\tHBO\n\nOnderwijsinstelling\tHogeschool Windesheim, Zwolle\n\nPeriode\t1998 - 2002\n\nDiploma\t'
got=$(facts "$WERKNL"$'Ja' experience.positions.0.title experience.positions.0.employer experience.positions.0.roles.coord.relevance education.entries.0.level education.entries.0.completion education.hbo_bachelor_completed)
is "werk.nl forms: the title and employer past \"Plaats\", the education's \"Niveau | HBO\" and \"Diploma | Ja\"" "$got" $'Teamleider Wijkteams\tGemeente Brummen\tcertain\thbo\tstated\ttrue'
got=$(facts "$WERKNL"$'Nee' education.entries.0.completion education.hbo_bachelor_completed knockouts.2)
is "werk.nl form: \"Diploma | Nee\" is no diploma" "$got" $'not_completed\tfalse\tfail'

# holdout57 Femke Harbers: a column break left the second referee's name alone at the
# foot of the list, his details elsewhere: review, not fail
got=$(facts $'Femke\nReferenties\nJolanda Brinkhorst\nteammanager Samenleving, gemeente Voorst,\n06-50283746\nRuud Oplaat' references.count references.bare checks.references)
is "a referee's name alone at the end of the list: not counted, but review" "$got" $'1\t1\treview'
got=$(facts $'Femke\nReferenties\nJolanda Brinkhorst\nteammanager Samenleving, gemeente Voorst,\n06-50283746\nGemeente Voorst' references.count references.bare checks.references)
is "... not an organisation's name alone" "$got" $'1\t0\tfail'

# tests/producer h50-Margriet Hulshof: a sidebar's second referee landed after the last
# position, away from the references heading: review, not fail
STRAY=$'Margriet Hulshof\nGroesbeek | 06-38172645 | margriet.hulshof@example.nl\nReferenties\nBert Willemsen, directeur Samenleving, gemeente Berg en Dal, 06-38172646\nWerkervaring\nMaatschappelijk werker\nStichting Welzijn Groesbeek\nseptember 1994 – april 2008\nIndividuele hulpverlening en groepswerk.\n'
got=$(facts "$STRAY"$'Hanneke Peters, oud-directeur\nStichting Welzijn\nGroesbeek, 06-38172647' references.count references.unheaded checks.references)
is "a referee's entry outside the references section, its phone two lines down: review" "$got" $'1\t1\treview'
got=$(facts "$STRAY"$'Overleg met het team, de manager\nen de partners in de wijk.' references.count references.unheaded checks.references)
is "... not a sentence that names a role without contact details" "$got" $'1\t0\tfail'

# holdout62 Renske Oosterhof (Europass 2020 in Word): labels and values on lines of their
# own; "Niveau" / "EQF-niveau 6 (hbo-bachelor) — diploma behaald" is the value of its label
got=$(facts $'Renske\nOpleiding\nBachelor Maatschappelijk Werk en Dienstverlening\nOnderwijsinstelling\nHogeschool Windesheim\nPlaats\nZwolle, Nederland\nNiveau\nEQF-niveau 6 (hbo-bachelor) — diploma behaald' education.entries.0.completion education.mwd)
is "Europass: a level's value under its label continues the entry" "$got" $'stated\ttrue'

# holdout62 Naomi Hulshof (an infographic): icons before the employer and the period
got=$(facts "$HEAD"$'\nTeamleider Sociaal Wijkteam\n\xe2\x8c\x82 Gemeente Zwolle \xe2\x97\xb7 feb. 2022 – heden\nLeiding aan het sociaal wijkteam Zuid.' experience.positions.0.employer)
is "icons before the employer and the period are no part of the employer" "$got" "Gemeente Zwolle"

# holdout65 Jeroen Haverkamp: the employer by an abbreviation the profile spells out
got=$(facts $'Jeroen\nProfiel\nSinds 2012 werk ik bij SWVR (Stichting Welzijn Veluwerand), de welzijnsstichting voor Ermelo en Harderwijk.\nWerkervaring\nCoördinator Mantelzorg en Vrijwilligers\nSWVR, Harderwijk\nseptember 2017 – heden\nCoördinatie van de mantelzorgconsulenten.' experience.positions.0.roles.coord.relevance)
is "an employer's abbreviation spelt out elsewhere in the CV (\"SWVR (Stichting Welzijn Veluwerand)\")" "$got" certain
# holdout65 Marloes Kampman: the hbo programme by its English name only
got=$(facts $'Marloes\nOpleiding\nSocial Work (B SW), deeltijd — Saxion, Deventer, 2016 – 2020\nAfgestudeerd in juni 2020.' education.entries.0.level education.hbo_bachelor_completed)
is "\"Social Work (B SW)\" is an hbo programme" "$got" $'hbo\ttrue'
got=$(facts $'Daniel\nEducation\nBA (Hons) Social Work, University of Leeds — graduated 2011' education.entries.0.level)
is "... a university's BA Social Work stays wo" "$got" wo
# holdout65 Fenna Huisman: the references as a numbered appendix
got=$(facts $'Fenna\nBijlage 2 — Referenties\nAnita Brinkhuis, afdelingsmanager Samenleving, gemeente Oldebroek, 06-60418258\nGerard Tempelman, wethouder sociaal domein, gemeente Oldebroek, 06-60418259' references.count)
is "\"Bijlage 2 — Referenties\" heads the references" "$got" 2
# holdout64 Sandra Kolkman: the supplier's footer with its KvK number on the cover page
got=$(facts $'IJsselpoort Detachering\nKandidaatvoorstel\nIJsselpoort Detachering B.V. · Zwolle · 038-4560200 · KvK 80912345 · Waadi-geregistreerd\nPersonalia\nNaam\tSandra Kolkman\nTelefoon\t06-50318824' candidate.phone)
is "the supplier's line with its KvK number gives no candidate's phone" "$got" 06-50318824
# holdout64 Karin Nijhof: a DOCX "Van | Tot" table, each cell a line, the end "heden"
got=$(facts $'Karin\nWerkervaring\nVan\nTot\nFunctie en werkgever\nWerkzaamheden\n09-2021\nheden\nCoördinator Buurtwerk\nStichting Welzijn Zutphen-Warnsveld\nCoördinatie van zes buurtwerkers.' experience.positions.0.start experience.positions.0.end experience.positions.0.title)
is "\"09-2021\" / \"heden\" in cells of their own is a period" "$got" $'2021-09\tnull\tCoördinator Buurtwerk'

# tests/producer h62-Maarten Ebbers: the school's line with "niet afgerond" past a blank line
got=$(facts $'Maarten\nOpleiding\nHbo Maatschappelijk Werk en Dienstverlening 2000 – 2002\n\nSaxion, Enschede — propedeuse behaald, opleiding niet afgerond\n\nMbo Sociaal-Maatschappelijke Dienstverlening, niveau 4 1996 – 2000' education.entries.0.completion knockouts.2)
is "a line that says \"niet afgerond\" past a blank line is the entry's" "$got" $'not_completed\tfail'

# holdout63 Jeroen Kleinjan: a foundation that names no field, which the description says is
# a youth-protection body, is no welfare foundation (certainly, not review)
got=$(facts $'Jeroen\nWerkervaring\nTeamleider Jeugd en Gezin — Stichting Beschermd Opgroeien Oost-Veluwe\nmaart 2017 – heden\n• Onze stichting is de gecertificeerde instelling voor jeugdbescherming en jeugdreclassering op de Oost-Veluwe.\n• Leiding aan twaalf jeugdbeschermers.' experience.positions.0.roles.coord.relevance knockouts.3)
is "\"Onze stichting is de gecertificeerde instelling ...\": no welfare foundation" "$got" $'no\tfail'

# holdout66 Frank Heijerman: "voor eigen rekening en risico" is working as one's own business
got=$(facts $'Frank\nProfiel\nDertien jaar werkte ik bij de gemeente Harderwijk. Sinds mei 2022 werk ik voor eigen rekening en risico.' zzp knockouts.1)
is "\"werk ik voor eigen rekening en risico\" indicates self-employment" "$got" $'true\treview'

# ---- language ------------------------------------------------------------------------
got=$(facts $'John Smith\nProfile\nI am an experienced coordinator in the social domain. I have worked for the municipality of Zwolle for ten years and I enjoy working with residents and partners.\nWork experience\nCoordinator Youth, Municipality of Zwolle\n2015 - present\nI led a team of twelve social workers and managed the budget of the youth department.' language.code checks.dutch)
is "an English CV fails the Dutch check" "$got" $'en\tfail'
got=$(facts $'John Smith\nWork experience\nCoordinator Youth and Family, Municipality of Zwolle\n2015 - present\nI led a team of twelve social workers.' experience.positions.0.relevant)
is "English: a youth coordinator at a municipality is relevant experience" "$got" true
done_testing
