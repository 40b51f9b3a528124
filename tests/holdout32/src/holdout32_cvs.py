# -*- coding: utf-8 -*-
"""Holdout round 32 for zeef: 12 fictional CVs written from an ASSESSOR'S view of the tender's criteria 4-8 and the
knock-outs. For every criterion and knock-out there are CVs whose evidence a strict assessor WOULD accept but
that is phrased differently from earlier rounds (synonyms such as "Bachelor Sociaal Werk", "Teamcoördinator",
"Leidinggevende", "bul"; passive voice; English loanwords such as "change manager", "policy-to-practice",
"stakeholdermanagement", "public-private partnership"; the evidence in a table of competences, on a motivation
letter page, or spread over two sentences), and CVs whose wording has the right words but that an assessor would
NOT accept (negated, hypothetical "ik zou graag", a colleague's work, a course about the topic, planned for the
future). Six candidates are eligible with scores 100, 80, 70, 65, 60, 40; six fail or need review for one clear
reason (two ko 1 reviews, two ko 2 fails, two ko 3 fails). Written without looking at the pipeline's source or
rules/.

Every person, address, phone number, e-mail address and reference is made up. Employers are real Gelderland
municipalities and fictional foundations and companies. See tests/holdout2/src/cvset.py for the field list; extra
fields here: producer ("chromium": printed by tests/holdout23/src/html_pdf.py from html=dict(...)) and crit_not
({criterion: [phrases]}: passages with a criterion's words that are NO evidence; expected.py checks that they are
printed and removes them before checking that a 0-point criterion has none of its words).

ZEEF_H32_ONLY=lo leaves only the LibreOffice CVs in CVS (for tests/holdout2/src/build.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# ============================================================== ELIGIBLE

# ------------------------------------------------------------------ 1 Annelies ter Horst (pdf, LibreOffice, single)
# Everything accepted, all phrased differently: "Bachelor Sociaal Werk ... getuigschrift" (4), "Leidinggevende" (5),
# passive voice over two sentences (6), a table of competences (7), the loanword "change manager" (8).
AH6 = ("De welzijnsnota 'Culemborg Doet Mee' is in 2019 door de gemeenteraad vastgesteld. Onder mijn regie is die "
       "nota uitgewerkt tot vier uitvoeringsprojecten (buurtkamers, een maatjespool, valpreventie en een "
       "mantelzorgcafé), waarvan de resultaten elk jaar aan de raad zijn gerapporteerd.")
AH7 = ("Vast overleg met zorgaanbieders (thuiszorg, GGZ, dagbesteding), huisartsen en zorgverzekeraar; "
       "een PPS met woningcorporatie en lokale bedrijven voor de buurtkamers.")
AH8 = ("Als change manager begeleidde ik in 2021 en 2022 de overgang van drie wijkteams naar één sociaal team: "
       "plan van aanpak, mijlpalen, stuurgroep en evaluatie.")
ah = [pos("februari 2016 – heden", "Leidinggevende Wmo en Welzijn", "Gemeente Culemborg",
          ["Leiding aan 16 medewerkers van het team Wmo en welzijn; formatie, werving en uren in afstemming met HR.",
           "Budgethouder van het welzijnsbudget; bewaakt de financiële kaders.", AH6, AH8],
          ("2016-02", REF), 118, True),
      pos("augustus 2008 – januari 2016", "Buurtwerker", "Stichting Welzijn Culemborg",
          ["Activiteiten met bewoners in de wijken Terweijde en Parijsch."], ("2008-08", "2016-01"), 90, False)]
AH_RATE = "€ 89 per uur, exclusief btw"
cv(file="Annelies ter Horst.pdf", fmt="pdf", layout="single",
   name="Annelies ter Horst", email="annelies.terhorst@example.nl", phone="06-38152704", rate=AH_RATE,
   exp=ah, crit_text={"6": AH6, "7": AH7, "8": AH8}, refs=["Joke van Wijngaarden", "Frits Hoogerwerf"],
   body=[("title", "Annelies ter Horst"),
         ("p", "Culemborg · 06-38152704 · annelies.terhorst@example.nl"),
         ("h", "Profiel"),
         ("p", "Leidinggevende in het sociaal domein die rust en richting brengt in een team en de verbinding "
               "legt tussen de raad, de inwoners en de mensen in de wijk."),
         ("h", "Loopbaan"),
         ("pos", "dateline", ah),
         ("h", "Competenties en onderbouwing"),
         ("table", ("Competentie", "Onderbouwing uit de praktijk"),
          [("Verbinden", "Ik breng teamleiders, adviseurs en medewerkers samen rond één werkagenda."),
           ("Netwerken", AH7),
           ("Coachen", "Maandelijkse intervisie en persoonlijke ontwikkelplannen voor alle medewerkers.")]),
         ("h", "Opleiding"),
         ("p", "Bachelor Sociaal Werk (hbo), Hogeschool Arnhem en Nijmegen, 2003 – 2007 — getuigschrift behaald"),
         ("h", "Tarief"),
         ("p", AH_RATE),
         ("h", "Referenties"),
         ("p", "Joke van Wijngaarden, afdelingsmanager Samenleving, gemeente Culemborg, 06-38152705"),
         ("p", "Frits Hoogerwerf, wethouder Zorg en Welzijn, gemeente Culemborg, 06-38152706")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=118, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="Criterion 4: 'Bachelor Sociaal Werk (hbo) ... getuigschrift behaald' is the current name of "
                     "the HBO Social Work bachelor (successor of MWD): completed, mwd -> 15. Months: Leidinggevende "
                     "Wmo en Welzijn, Gemeente Culemborg 'februari 2016 – heden' = 2016-02..2025-11 = 118 "
                     "(leidinggevende + Wmo/welzijn + gemeente -> relevant); Buurtwerker (not leading) does not "
                     "count. ko 3 pass, criterion 5 (>= 72) 25. Criterion 6: passive voice over two sentences (the "
                     "nota 'is vastgesteld', 'is uitgewerkt tot vier uitvoeringsprojecten ... resultaten ... "
                     "gerapporteerd') -> an assessor accepts it: 15. Criterion 7: only in the competence table "
                     "(zorgaanbieders, huisartsen, zorgverzekeraar, PPS) -> 20. Criterion 8: 'change manager' of "
                     "the overgang to one sociaal team with plan van aanpak, mijlpalen, stuurgroep -> 25. Two named "
                     "references; rate 89. 100 points."))


# ------------------------------------------------------------------ 2 Bart Wennekes (docx, single, motivation page)
# 4: HBO Bestuurskunde with a MINOR Maatschappelijk Werk (a course about the topic: no MWD bachelor).
# 6: only on the motivation-letter page. 7: the partners were a COLLEAGUE's work. 8: "kwartiermaker".
BW6 = ("Een voorbeeld van beleid naar resultaat: het Preventieakkoord Overbetuwe (2022) heb ik met het team "
       "uitgewerkt tot drie concrete projecten (een valpreventieroute, een eenzaamheidsaanpak en een "
       "beweegprogramma voor ouderen); alle drie zijn gerealiseerd en geëvalueerd.")
BW8 = ("Kwartiermaker van het nieuwe Sociaal Team Overbetuwe in 2017 en 2018: opbouw van het team, de werkwijze "
       "en het registratiesysteem.")
BW7_NOT = ("Het overleg met zorgaanbieders en de zorgverzekeraar werd gevoerd door mijn collega, de "
           "beleidsadviseur zorg; ik was daar niet bij betrokken.")
bw = [pos("03-2017 – heden", "Teamleider Sociaal Domein", "Gemeente Overbetuwe",
          ["Leiding aan het sociaal team (14 medewerkers Wmo, jeugd en welzijn).", BW8, BW7_NOT],
          ("2017-03", REF), 105, True),
      pos("09-2011 – 02-2017", "Consulent Wmo", "Gemeente Overbetuwe",
          ["Keukentafelgesprekken en indicaties."], ("2011-09", "2017-02"), 66, False)]
BW_RATE = "Uurtarief € 86,-"
cv(file="Bart Wennekes.docx", fmt="docx", layout="single",
   name="Bart Wennekes", email="b.wennekes@example.com", phone="06-57204931", rate=BW_RATE,
   exp=bw, crit_text={"6": BW6, "8": BW8}, refs=["Loes Gerritsen", "Hans Bloemendaal"],
   crit_not={"7": [BW7_NOT]},
   body=[("title", "Bart Wennekes"),
         ("p", "Elst (Gld) · 06-57204931 · b.wennekes@example.com"),
         ("h", "Werkervaring"),
         ("pos", "pipe", bw),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Arnhem en Nijmegen, 2007 – 2011, diploma"),
         ("p", "Minor Maatschappelijk Werk (30 EC) binnen die opleiding"),
         ("h", "Tarief"), ("p", BW_RATE),
         ("h", "Referenties"),
         ("p", "Loes Gerritsen, afdelingshoofd Maatschappij, gemeente Overbetuwe, 06-57204932"),
         ("p", "Hans Bloemendaal, teamleider Jeugd, gemeente Overbetuwe, 06-57204933"),
         ("break",),
         ("h", "Motivatie"),
         ("p", "Geachte lezer, graag stel ik mij kandidaat voor de opdracht coördinator welzijn in Heerde. "
               "Het sociaal team leid ik nu ruim acht jaar; ik houd van de combinatie van mensen en structuur."),
         ("p", BW6),
         ("p", "Met vriendelijke groet, Bart Wennekes")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=105, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 0, 25),
               notes="Single-column DOCX, the motivation letter on page 2. Criterion 4: HBO Bestuurskunde (completed: ko 2 pass) "
                     "with a 'Minor Maatschappelijk Werk (30 EC)' inside it: a minor is a course about the topic, "
                     "not a bachelor MWD -> mwd false, 0. Months: Teamleider Sociaal Domein, Gemeente Overbetuwe "
                     "'03-2017 – heden' = 2017-03..2025-11 = 105 -> ko 3 pass, criterion 5 25; Consulent Wmo is "
                     "not leading. Criterion 6: the example stands only on the motivation page (Preventieakkoord "
                     "-> three concrete projects, realised and evaluated) -> 15. Criterion 7: the partner contacts "
                     "'werd gevoerd door mijn collega ... ik was daar niet bij betrokken' -> a colleague's work, "
                     "no evidence, 0. Criterion 8: 'Kwartiermaker' of a new sociaal team (building team, method, "
                     "registration) is a change assignment -> 25. Two named references; € 86. 65 points."))


# ------------------------------------------------------------------ 3 Ilham Achahbar (pdf, Chromium grid sidebar)
# 4: "hbo-MWD ... afgestudeerd". 5: 69 months (ko 3 pass, criterion 5 no). 6: HYPOTHETICAL ("Ik zou graag").
# 7: English loanwords (stakeholdermanagement, public-private partnership). 8: over two sentences, no standard word.
IA6_NOT = ("Ik zou graag meer ervaring opdoen met het vertalen van beleid naar concrete projecten; dat is "
           "een reden om op deze opdracht te reageren.")
IA7 = ("Stakeholdermanagement richting zorgaanbieders (thuiszorg en dagbesteding), de zorgverzekeraar en een "
       "public-private partnership met een supermarktketen voor de boodschappenservice aan ouderen.")
IA8 = ("In 2023 is het ouderenwerk in Neder-Betuwe omgevormd tot één integraal team. Die omvorming heb ik als "
       "trekker geleid, met een plan van aanpak, mijlpalen en een evaluatie na een jaar.")
ia = [pos("maart 2020 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Neder-Betuwe",
          ["Coördinatie van 7 ouderenwerkers en 60 vrijwilligers.", IA7, IA8], ("2020-03", REF), 69, True),
      pos("2012 – februari 2020", "Ouderenwerker", "Stichting Welzijn Neder-Betuwe",
          ["Huisbezoeken, ouderenadvies en de seniorenbus."], ("2012-01", "2020-02"), 98, False, True)]
IA_RATE = "Tarief: € 83 per uur"
cv(file="Ilham Achahbar.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Ilham Achahbar", email="ilham.achahbar@example.nl", phone="06-20947316", rate=IA_RATE,
   exp=ia, crit_text={"7": IA7, "8": IA8}, refs=["Wilma Rietveld", "Kees van Ommeren"],
   crit_not={"6": [IA6_NOT]},
   html=dict(style="grid",
             left=[("h", "Contact"), ("p", "Kesteren"), ("p", "06-20947316"), ("p", "ilham.achahbar@example.nl"),
                   ("h", "Opleiding"), ("pb", "2005 – 2009"), ("p", "hbo-MWD, Hogeschool Utrecht"),
                   ("p", "afgestudeerd in juni 2009"),
                   ("h", "Talen"), ("p", "Nederlands, Arabisch, Engels"),
                   ("h", "Tarief"), ("p", IA_RATE)],
             right=[("title", "Ilham Achahbar"),
                    ("h", "Over mij"),
                    ("p", "Coördinator in het ouderenwerk met een warm hart voor de dorpen van Neder-Betuwe. "
                          + IA6_NOT),
                    ("h", "Werkervaring"),
                    ("pos", "dateline", ia),
                    ("h", "Referenties"),
                    ("p", "Wilma Rietveld, directeur-bestuurder Stichting Welzijn Neder-Betuwe, 06-20947317"),
                    ("p", "Kees van Ommeren, teamleider Wmo, gemeente Neder-Betuwe, 06-20947318")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=69, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 0, 20, 25),
               notes="Chromium CSS-grid sidebar. Criterion 4: 'hbo-MWD, Hogeschool Utrecht, afgestudeerd in juni "
                     "2009' = completed HBO MWD -> 15. Months: Coördinator Welzijn Ouderen, Stichting Welzijn "
                     "Neder-Betuwe 'maart 2020 – heden' = 2020-03..2025-11 = 69 -> ko 3 pass (>= 60), criterion 5 "
                     "0 (< 72). Ouderenwerker '2012 – februari 2020' is not leading. Criterion 6: 'Ik zou graag "
                     "meer ervaring opdoen met het vertalen van beleid naar concrete projecten' is a wish, not "
                     "experience -> 0. Criterion 7: 'Stakeholdermanagement richting zorgaanbieders ..., de "
                     "zorgverzekeraar en een public-private partnership' (English for PPS) -> 20. Criterion 8: two "
                     "sentences: the ouderenwerk 'is omgevormd tot één integraal team' + 'Die omvorming heb ik als "
                     "trekker geleid, met een plan van aanpak, mijlpalen en een evaluatie' -> a change assignment "
                     "led project-wise: 25. € 83. 60 points."))


# ------------------------------------------------------------------ 4 Wouter Klaassen (docx, experience table)
# 4: completed SPH; the MWD bachelor is PLANNED ("rond ik naar verwachting in 2026 af"). 6: in a competence table.
# 7: a COURSE about working with partners. 8: PLANNED ("Vanaf januari 2026 ben ik projectleider").
WK6 = ("Het beleidskader 'Lingewaard Zorgt' omgezet in een jaarwerkplan met vijf projecten (o.a. "
       "wijkgerichte mantelzorgondersteuning), met kwartaalrapportages aan het college.")
WK7_NOT = "Training 'Samenwerken met zorgaanbieders en zorgverzekeraars' (2 dagen, 2021)"
WK8_NOT = ("Vanaf januari 2026 word ik projectleider van de herinrichting van de wijkteams in Lingewaard; "
           "die opdracht is toegezegd maar nog niet begonnen.")
wk = [pos("10/2013 – heden", "Manager Samenleving (Wmo, jeugd en welzijn)", "Gemeente Lingewaard",
          ["Leiding aan drie teamleiders en 38 medewerkers; budget en formatie."], ("2013-10", REF), 146, True),
      pos("05/2005 – 09/2013", "Jeugdconsulent", "Gemeente Lingewaard",
          ["Casusregie bij gezinnen met meervoudige vragen."], ("2005-05", "2013-09"), 101, False)]
WK_RATE = "EUR 90 per uur (excl. btw)"
cv(file="Wouter Klaassen.docx", fmt="docx", layout="single",
   name="Wouter Klaassen", email="wouter.klaassen@example.com", phone="026-3819047", rate=WK_RATE,
   exp=wk, crit_text={"6": WK6}, refs=["Ellen Bouwmeester", "Gerrit Jan Harmsen"],
   crit_not={"7": [WK7_NOT], "8": [WK8_NOT, WK6]},  # WK6: "projecten" of criterion 6 alone is no project work
   body=[("title", "Wouter Klaassen"),
         ("p", "Bemmel · 026-3819047 · wouter.klaassen@example.com"),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), wk),
         ("tasks", wk),
         ("h", "Competenties"),
         ("table", ("Competentie", "Voorbeeld"),
          [("Van beleid naar resultaat", WK6),
           ("Leidinggeven", "Drie teamleiders coachen op eigenaarschap en resultaat."),
           ("Vooruitblik", WK8_NOT)]),
         ("h", "Opleiding en cursussen"),
         ("p", "Bachelor Sociaal Pedagogische Hulpverlening (SPH), Hogeschool Windesheim, diploma 2004"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening (verkort traject): ik rond deze opleiding naar "
               "verwachting in 2026 af"),
         ("p", WK7_NOT),
         ("h", "Tarief"), ("p", WK_RATE),
         ("h", "Referenties"),
         ("p", "Ellen Bouwmeester, gemeentesecretaris Lingewaard, 06-44120957"),
         ("p", "Gerrit Jan Harmsen, wethouder Samenleving, gemeente Lingewaard, 06-44120958")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=146, refs=(2, False), zzp=False, hourly=90.0,
               crit=(0, 25, 15, 0, 0),
               notes="Experience table + competence table. Criterion 4: Bachelor SPH completed (ko 2 pass) but not "
                     "MWD; the MWD bachelor is planned ('rond ik naar verwachting in 2026 af') -> not completed, "
                     "mwd false, 0. Months: Manager Samenleving (Wmo, jeugd en welzijn), Gemeente Lingewaard "
                     "'10/2013 – heden' = 2013-10..2025-11 = 146 -> 25; Jeugdconsulent not leading. Criterion "
                     "6: competence-table row 'Van beleid naar resultaat' (beleidskader omgezet in een jaarwerkplan "
                     "met vijf projecten, kwartaalrapportages) -> 15. Criterion 7: only a 2-day training about "
                     "working with zorgaanbieders and zorgverzekeraars = a course, not work experience -> 0. "
                     "Criterion 8: 'Vanaf januari 2026 word ik projectleider ... nog niet begonnen' = planned -> 0. "
                     "EUR 90. 40 points."))


# ------------------------------------------------------------------ 5 Marit Hofstede (pdf, Chromium flex sidebar)
# 4: "Maatschappelijk Werk & Dienstverlening". 5: "Teamcoördinator" (a compound). 6: loanwords "policy-to-practice",
# "roadmap", "KPI's". 7: NEGATED. 8: "Projectleider voor de implementatie van DA Systems".
MH6 = ("Policy-to-practice: de Wmo-visie 'Westervoort Inclusief' doorvertaald naar een roadmap met drie pilots, "
       "KPI's en een halfjaarlijkse voortgangsrapportage aan het college; twee pilots zijn structureel geworden.")
MH7_NOT = "Contacten met zorgaanbieders, de zorgverzekeraar of PPS-partners vielen buiten mijn rol."
MH8 = "Projectleider voor de implementatie van DA Systems in de gebiedsteams (2018 – 2019)."
mh = [pos("september 2013 – december 2019", "Teamcoördinator Gebiedsteam Zuid", "Gemeente Westervoort",
          ["Dagelijkse aansturing van 12 generalisten; werkverdeling, uren en kwaliteit.", MH6, MH8, MH7_NOT],
          ("2013-09", "2019-12"), 76, True),
      pos("januari 2020 – heden", "Adviseur Sociaal Domein", "Gemeente Westervoort",
          ["Advies aan het college over de toegang tot Wmo en jeugdhulp."], ("2020-01", REF), 71, False)]
MH_RATE = "Uurtarief: € 87,-"
cv(file="Marit Hofstede.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Marit Hofstede", email="marit.hofstede@example.nl", phone="06-81530279", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "8": MH8}, refs=["Sander Wolters", "Ineke Koopmans"],
   crit_not={"7": [MH7_NOT]},
   html=dict(style="flex",
             left=[("title", "Marit Hofstede"),
                   ("p", "Westervoort"), ("p", "06-81530279"), ("p", "marit.hofstede@example.nl"),
                   ("h", "Opleiding"),
                   ("p", "Maatschappelijk Werk & Dienstverlening (hbo-bachelor), Saxion Enschede — diploma 2005"),
                   ("h", "Tarief"), ("p", MH_RATE)],
             right=[("h", "Profiel"),
                    ("p", "Teamcoördinator met zes jaar ervaring in de gebiedsteams; nu adviseur sociaal domein."),
                    ("h", "Werkervaring"),
                    ("pos", "datebold", mh),
                    ("h", "Referenties"),
                    ("p", "Sander Wolters, teammanager Sociaal Domein, gemeente Westervoort, 06-81530270"),
                    ("p", "Ineke Koopmans, directeur Maatschappij, gemeente Westervoort, 06-81530271")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=76, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 0, 25),
               notes="Chromium flex sidebar. Criterion 4: 'Maatschappelijk Werk & Dienstverlening (hbo-bachelor) "
                     "... diploma 2005' -> 15. Months: Teamcoördinator Gebiedsteam Zuid, Gemeente Westervoort "
                     "'september 2013 – december 2019' = 2013-09..2019-12 = 76 (teamcoördinator of a gebiedsteam "
                     "at a gemeente -> relevant); Adviseur Sociaal Domein since 2020 is not a coordinator or "
                     "manager. 76 >= 72 -> 25. Criterion 6: 'Policy-to-practice: ... doorvertaald naar een roadmap "
                     "met drie pilots, KPI's en een halfjaarlijkse voortgangsrapportage' -> 15. Criterion 7: "
                     "'Contacten met zorgaanbieders, de zorgverzekeraar of PPS-partners vielen buiten mijn rol' = "
                     "negated -> 0. Criterion 8: Projectleider implementatie DA Systems -> 25. € 87. 80 points."))


# ------------------------------------------------------------------ 6 Jolanda Verhoef (docx, single, "next")
# 4: WO master ("bul"), not MWD. ko 1: a PAST zzp period, now employed. 5: two positions, 131 months.
# 6: a COURSE "Van beleid naar uitvoering". 7: synonyms + passive (convenant gesloten). 8: fusion with projectplan.
JV_ZZP = "Van 2007 tot 2014 werkte ik als zzp'er in het jongerenwerk; sinds 2015 ben ik in loondienst"
JV6_NOT = "Cursus 'Van beleid naar uitvoering' (3 dagen, 2018)"
JV7 = ("Met thuiszorgorganisaties, huisartsenpraktijken en een GGZ-instelling maakte ik werkafspraken over "
       "vroegsignalering. Met de regionale zorgverzekeraar werd onder mijn leiding een convenant valpreventie "
       "gesloten.")
JV8 = ("Leidde de fusie van twee welzijnsorganisaties tot Stichting Welzijn Berg en Dal (2020 – 2021) volgens "
       "een projectplan met stuurgroep en communicatiekalender.")
jv = [pos("01-2020 – heden", "Manager Welzijn", "Stichting Welzijn Berg en Dal",
          ["Eindverantwoordelijk voor 22 medewerkers en 300 vrijwilligers.", JV8, JV7], ("2020-01", REF), 71, True),
      pos("01-2015 – 12-2019", "Coördinator Jeugd en Gezin", "Gemeente Berg en Dal",
          ["Coördinatie van het jeugd- en gezinsteam (9 medewerkers)."], ("2015-01", "2019-12"), 60, True)]
JV_RATE = "Tarief € 88 per uur excl. btw"
cv(file="Jolanda Verhoef.docx", fmt="docx", layout="single",
   name="Jolanda Verhoef", email="jolanda.verhoef@example.com", phone="024-6841093", rate=JV_RATE,
   exp=jv, crit_text={"7": JV7, "8": JV8}, refs=["Martin Kuijpers", "Anja de Groot"],
   zzp_negated=[JV_ZZP], crit_not={"6": [JV6_NOT]},
   body=[("title", "Jolanda Verhoef"),
         ("p", "Groesbeek · 024-6841093 · jolanda.verhoef@example.com"),
         ("h", "Profiel"),
         ("p", JV_ZZP + " bij Stichting Welzijn Berg en Dal en daarvoor bij de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "next", jv),
         ("h", "Opleiding"),
         ("p", "Master Sociologie (wo), Radboud Universiteit Nijmegen — bul uitgereikt in 2006"),
         ("p", JV6_NOT),
         ("h", "Tarief"), ("p", JV_RATE),
         ("h", "Referenties"),
         ("p", "Martin Kuijpers, voorzitter raad van toezicht Stichting Welzijn Berg en Dal, 06-15094872"),
         ("p", "Anja de Groot, teamleider Jeugd, gemeente Berg en Dal, 06-15094873")],
   expect=dict(pages=1, edu=("wo", True, False), coord=131, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 0, 20, 25),
               notes="Single column. Education: 'Master Sociologie (wo) ... bul uitgereikt in 2006' = completed WO "
                     "master -> wo, ko 2 pass; not MWD -> criterion 4 0. ko 1: 'Van 2007 tot 2014 werkte ik als "
                     "zzp'er ...; sinds 2015 ben ik in loondienst' = a past period, now employed -> zzp false, pass. "
                     "Months: Manager Welzijn, Stichting Welzijn Berg en Dal '01-2020 – heden' = 71 + Coördinator "
                     "Jeugd en Gezin, Gemeente Berg en Dal '01-2015 – 12-2019' = 60 -> 131 (adjacent, no overlap) "
                     "-> 25. Criterion 6: only a course 'Van beleid naar uitvoering' (3 dagen) -> 0. Criterion 7: "
                     "thuiszorgorganisaties, huisartsenpraktijken, GGZ-instelling (= zorgaanbieders) and a "
                     "convenant with the zorgverzekeraar 'werd gesloten' (passive) -> 20. Criterion 8: led the "
                     "fusion of two welfare organisations with a projectplan and stuurgroep -> 25. € 88. 70 points."))


# ============================================================== NOT ELIGIBLE

# ------------------------------------------------------------------ 7 Margriet Hoogendijk (pdf, LibreOffice) ko 2
# The HBO Social Work is in progress: "ik studeer naar verwachting af in juni 2026". Highest completed: MBO.
MG6 = ("Voorbeeld: de nota 'Iedereen doet mee' is in 2021 door mij vertaald naar een uitvoeringsagenda met vier "
       "projecten, waaronder een inloop voor mantelzorgers; de resultaten staan in de jaarlijkse voortgangsrapportage.")
MG7 = ("Werkafspraken met zorgaanbieders, huisartsen en de zorgverzekeraar over de doorverwijzing vanuit het "
       "loket; een PPS met twee lokale bedrijven voor een klussendienst.")
MG8 = "Projectleider van de overgang van het Wmo-loket naar het nieuwe sociaal wijkteam (2019)."
mg = [pos("augustus 2014 – heden", "Coördinator Wmo-loket", "Gemeente Buren",
          ["Aansturing van 8 consulenten en de baliemedewerkers.", MG6, MG7, MG8], ("2014-08", REF), 136, True),
      pos("1999 – juli 2014", "Woonbegeleider", "Zorgcentrum De Linge",
          ["Begeleiding van ouderen met dementie."], ("1999-01", "2014-07"), 187, False, True)]
MG_RATE = "€ 82,50 per uur"
cv(file="Margriet Hoogendijk.pdf", fmt="pdf", layout="single",
   name="Margriet Hoogendijk", email="margriet.hoogendijk@example.nl", phone="0344-681295", rate=MG_RATE,
   exp=mg, crit_text={"6": MG6, "7": MG7, "8": MG8}, refs=["Peter Valk", "Rianne Smits"],
   body=[("title", "Margriet Hoogendijk"),
         ("p", "Maurik · 0344-681295 · margriet.hoogendijk@example.nl"),
         ("h", "Werkervaring"),
         ("pos", "sample", mg),
         ("h", "Opleiding"),
         ("p", "MBO Maatschappelijke Zorg niveau 4, ROC Rivierenland — diploma 1999"),
         ("p", "Hbo Social Work (deeltijd), Hogeschool Arnhem en Nijmegen — ik studeer naar verwachting af in "
               "juni 2026"),
         ("h", "Tarief"), ("p", MG_RATE),
         ("h", "Referenties"),
         ("p", "Peter Valk, teammanager Sociaal Domein, gemeente Buren, 06-29471036"),
         ("p", "Rianne Smits, beleidsadviseur Wmo, gemeente Buren, 06-29471037")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=136, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 25, 15, 20, 25),
               notes="Education: MBO Maatschappelijke Zorg niveau 4 diploma; 'Hbo Social Work (deeltijd) ... ik "
                     "studeer naar verwachting af in juni 2026' = not completed on the reference date -> highest "
                     "mbo, ko 2 FAIL, criterion 4 0. Months: Coördinator Wmo-loket, Gemeente Buren 'augustus 2014 – "
                     "heden' = 2014-08..2025-11 = 136 -> 25; Woonbegeleider at a zorgcentrum: not leading. "
                     "Criteria 6 (nota vertaald naar een uitvoeringsagenda met vier projecten), 7 (zorgaanbieders, "
                     "huisartsen, zorgverzekeraar, PPS), 8 (projectleider) present. 85 points, not eligible: ko 2."))


# ------------------------------------------------------------------ 8 Dirk Wansink (docx, single) ko 1 review
# "via mijn eigen B.V. ... directeur-grootaandeelhouder": self-employed through a one-person company.
DW6 = ("De regionale visie op jeugdhulp is door mij vertaald naar een jaarplan voor Lingewaard met vier projecten; "
       "resultaat: 20% minder verwijzingen naar specialistische jeugdhulp in twee jaar.")
DW7 = ("Samenwerking met zorgaanbieders, de zorgverzekeraar en patiëntenorganisaties in de regio; een PPS met "
       "een woningcorporatie en een bouwbedrijf voor een jongerenhuis.")
DW8 = "Programmamanager van de transformatie jeugdhulp (2019 – 2022), met projectplan en stuurgroep."
DW_BV = ("Sinds mei 2019 werk ik via mijn eigen B.V. (Wansink Sociaal Advies B.V.), waarvan ik "
         "directeur-grootaandeelhouder ben.")
dw = [pos("mei 2019 – heden", "Manager Sociaal Domein", "Gemeente Lingewaard",
          ["Leiding aan de teams Wmo, jeugd en participatie.", DW6, DW7, DW8], ("2019-05", REF), 79, True),
      pos("01/2012 – 04/2019", "Teamleider Jeugd", "Gemeente Overbetuwe",
          ["Leiding aan het jeugdteam (11 medewerkers)."], ("2012-01", "2019-04"), 88, True)]
DW_RATE = "€ 95 per uur (excl. btw)"
cv(file="Dirk Wansink.docx", fmt="docx", layout="single",
   name="Dirk Wansink", email="dirk@wansink-advies.example.com", phone="06-73018254", rate=DW_RATE,
   exp=dw, crit_text={"6": DW6, "7": DW7, "8": DW8}, refs=["Yvonne Arendsen", "Theo Lammertink"],
   must_have=[DW_BV],
   body=[("title", "Dirk Wansink"),
         ("p", "Huissen · 06-73018254 · dirk@wansink-advies.example.com"),
         ("h", "Profiel"),
         ("p", "Manager in het sociaal domein. " + DW_BV),
         ("h", "Werkervaring"),
         ("pos", "dateline", dw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen — diploma 2004"),
         ("h", "Tarief"), ("p", DW_RATE),
         ("h", "Referenties"),
         ("p", "Yvonne Arendsen, directeur Sociaal Domein, gemeente Lingewaard, 06-73018255"),
         ("p", "Theo Lammertink, wethouder Jeugd, gemeente Overbetuwe, 06-73018256")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="ko 1: 'Sinds mei 2019 werk ik via mijn eigen B.V. ..., waarvan ik directeur-grootaandeelhouder "
                     "ben' presents the candidate as self-employed through a one-person company (no 'zzp' word) -> "
                     "zzp true, ko 1 REVIEW. Months: Manager Sociaal Domein, Gemeente Lingewaard 'mei 2019 – heden' "
                     "= 2019-05..2025-11 = 79 + Teamleider Jeugd, Gemeente Overbetuwe '01/2012 – 04/2019' = 88 -> "
                     "167 (adjacent). HBO MWD diploma. Criteria 6, 7 (incl. patiëntenorganisaties), 8 "
                     "(programmamanager transformatie) present. 100 points; review."))


# ------------------------------------------------------------------ 9 Fenna Lubbers (pdf, Chromium single) ko 3 fail
# The right words, none of it a coordinator role: works UNDER the coordinator, WANTS to be one, WILL become one.
FL6 = ("In 2022 stelde de gemeente West Betuwe de nota 'Samen in de buurt' vast. Ik heb daar in Dodewaard drie "
       "buurtprojecten uit gemaakt, met als resultaat twee nieuwe buurthuizen en een vaste groep vrijwilligers.")
FL7 = "Samenwerking met zorgaanbieders, huisartsen en de zorgverzekeraar rond eenzame ouderen; een PPS met de Rabobank."
FL8 = "Projectleider buurtpreventie Dodewaard (2023 – 2024), met projectplan en evaluatie."
FL_NOT = ["Ik zou graag de stap zetten naar een rol als coördinator in het sociaal domein.",
          "Per 1 januari 2026 word ik coördinator van het opbouwwerk.",
          "Stemde wekelijks de planning af met de coördinator welzijn."]
fl = [pos("2016 – heden", "Opbouwwerker", "Stichting Welzijn West Betuwe",
          [FL_NOT[2], FL6, FL7, FL8], ("2016-01", REF), 119, False, True),
      pos("2010 – 2015", "Consulent Wmo", "Gemeente Neder-Betuwe",
          ["Keukentafelgesprekken en indicaties huishoudelijke hulp."], ("2010-01", "2015-12"), 72, False, True)]
FL_RATE = "€ 78 per uur"
cv(file="Fenna Lubbers.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Fenna Lubbers", email="fenna.lubbers@example.com", phone="0488-451093", rate=FL_RATE,
   exp=fl, crit_text={"6": FL6, "7": FL7, "8": FL8}, refs=["Jacqueline Veerman", "Ruud Hakkert"],
   must_have=FL_NOT,
   html=dict(style="single",
             body=[("title", "Fenna Lubbers"),
                   ("p", "Dodewaard · 0488-451093 · fenna.lubbers@example.com"),
                   ("h", "Ambitie"),
                   ("p", FL_NOT[0] + " " + FL_NOT[1]),
                   ("h", "Werkervaring"),
                   ("pos", "dateline", fl),
                   ("h", "Opleiding"),
                   ("p", "Bachelor MWD, Christelijke Hogeschool Ede — diploma 2009"),
                   ("h", "Tarief"), ("p", FL_RATE),
                   ("h", "Referenties"),
                   ("p", "Jacqueline Veerman, coördinator welzijn, Stichting Welzijn West Betuwe, 06-51830947"),
                   ("p", "Ruud Hakkert, teamleider Wmo, gemeente Neder-Betuwe, 06-51830948")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=0, refs=(2, False), zzp=False, hourly=78.0,
               crit=(15, 0, 15, 20, 25),
               notes="Chromium single column. Positions: Opbouwwerker, Stichting Welzijn West Betuwe '2016 – heden' "
                     "and Consulent Wmo, Gemeente Neder-Betuwe '2010 – 2015': neither title is coordinator/manager "
                     "-> 0 relevant months, ko 3 FAIL, criterion 5 0. The word coördinator occurs only as a wish "
                     "('Ik zou graag de stap zetten naar een rol als coördinator'), a future appointment ('Per 1 "
                     "januari 2026 word ik coördinator') and a colleague ('met de coördinator welzijn'; the "
                     "reference is a coordinator too). Bachelor MWD diploma -> 15. Criteria 6 (two sentences: the "
                     "nota vastgesteld / 'Ik heb daar ... drie buurtprojecten uit gemaakt, met als resultaat'), 7, "
                     "8 present. 75 points, not eligible: ko 3."))


# ------------------------------------------------------------------ 10 Sjoerd Hendriksma (pdf, LibreOffice) ko 3 fail
# The motivation letter claims "ruim twaalf jaar leidinggevende ervaring"; only 57 months count (the teamleider role
# was at a housing foundation, customer contact: not social domain, not a welzijnsstichting).
SH6 = ("Het beleid 'Mantelzorg in Druten 2021–2025' heb ik vertaald naar een jaarwerkplan met drie projecten: "
       "respijtzorg, een mantelzorgwaardering en een steunpunt; alle drie lopen nu structureel.")
SH7 = "Samenwerking met zorgaanbieders, de zorgverzekeraar en een PPS met lokale bedrijven voor vervoer van mantelzorgers."
SH8 = "Projectleider van de invoering van een nieuw registratiesysteem voor vrijwilligers (2022)."
SH_CLAIM = "Ik breng ruim twaalf jaar leidinggevende ervaring mee"
sh = [pos("maart 2021 – heden", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Druten",
          ["Coördinatie van 4 consulenten en 120 vrijwilligers.", SH6, SH7, SH8], ("2021-03", REF), 57, True),
      pos("2013 – februari 2021", "Teamleider Klantcontact", "Woonstichting De Maasoever",
          ["Leiding aan 10 medewerkers van het klantcontactcentrum (huur, reparaties)."],
          ("2013-01", "2021-02"), 98, False, True)]
SH_RATE = "85 euro per uur"
cv(file="Sjoerd Hendriksma.pdf", fmt="pdf", layout="single",
   name="Sjoerd Hendriksma", email="sjoerd.hendriksma@example.nl", phone="0487-520846", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Marloes Peeters", "Wim Verbruggen"],
   must_have=[SH_CLAIM],
   body=[("title", "Sjoerd Hendriksma"),
         ("p", "Druten · 0487-520846 · sjoerd.hendriksma@example.nl"),
         ("h", "Motivatiebrief"),
         ("p", "Geachte heer, mevrouw,"),
         ("p", "Met veel plezier reageer ik op de opdracht coördinator welzijn in Heerde. " + SH_CLAIM +
               ", waarvan de laatste jaren in het welzijnswerk, en ik weet hoe je een team in beweging krijgt."),
         ("p", "Met vriendelijke groet, Sjoerd Hendriksma"),
         ("break",),
         ("h", "Curriculum vitae"),
         ("pos", "datebold", sh),
         ("h", "Opleiding"),
         ("p", "HBO Bedrijfskunde MER, Hogeschool Arnhem en Nijmegen — diploma 2012"),
         ("h", "Tarief"), ("p", SH_RATE),
         ("h", "Referenties"),
         ("p", "Marloes Peeters, directeur Stichting Welzijn Druten, 06-38207415"),
         ("p", "Wim Verbruggen, manager Wonen, Woonstichting De Maasoever, 06-38207416")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=57, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 0, 15, 20, 25),
               notes="Motivation letter on page 1 claims 'ruim twaalf jaar leidinggevende ervaring'; an assessor "
                     "counts only the dated relevant roles. Coördinator Mantelzorg en Vrijwilligers, Stichting "
                     "Welzijn Druten 'maart 2021 – heden' = 2021-03..2025-11 = 57. Teamleider Klantcontact, "
                     "Woonstichting De Maasoever '2013 – februari 2021': a housing foundation (not a "
                     "welzijnsstichting), customer contact (not social domain) -> not relevant. 57 < 60 -> ko 3 "
                     "FAIL, criterion 5 0. HBO Bedrijfskunde: ko 2 pass, not MWD. Criteria 6, 7, 8 present. 60 "
                     "points, not eligible: ko 3."))


# ------------------------------------------------------------------ 11 Carlijn Oudshoorn (docx, motivation) ko 1 review
# Self-employment stated only on the motivation page, without "zzp": "zelfstandig professional", "eenmanszaak".
CO6 = ("Het integraal beleidsplan sociaal domein van Berg en Dal is onder mijn leiding omgezet in een jaarwerkplan "
       "met vijf projecten, gemonitord met een dashboard en halfjaarlijks geëvalueerd.")
CO7 = "Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar en een PPS voor een wijkgezondheidscentrum."
CO8 = "Projectleider van de reorganisatie van het sociaal wijkteam naar drie kernteams (2020)."
CO_ZZP = ("Ik bied mij aan als zelfstandig professional; mijn eenmanszaak staat ingeschreven bij de Kamer van "
          "Koophandel.")
co = [pos("april 2018 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Berg en Dal",
          ["Coördinatie van 15 professionals.", CO6, CO7, CO8], ("2018-04", REF), 92, True),
      pos("2014 – maart 2018", "Coördinator Jeugd", "Gemeente Beuningen",
          ["Coördinatie van het jeugdteam."], ("2014-01", "2018-03"), 51, True, True)]
CO_RATE = "€ 92,50 per uur"
cv(file="Carlijn Oudshoorn.docx", fmt="docx", layout="single",
   name="Carlijn Oudshoorn", email="carlijn.oudshoorn@example.com", phone="06-90417382", rate=CO_RATE,
   exp=co, crit_text={"6": CO6, "7": CO7, "8": CO8}, refs=["Bas Rutten", "Hanneke Willemsen"],
   must_have=[CO_ZZP],
   body=[("title", "Carlijn Oudshoorn"),
         ("p", "Beuningen · 06-90417382 · carlijn.oudshoorn@example.com"),
         ("h", "Motivatie"),
         ("p", "Beste opdrachtgever, het welzijnswerk in Heerde spreekt mij aan. " + CO_ZZP),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "pipe", co),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Arnhem en Nijmegen — diploma 2010"),
         ("h", "Tarief"), ("p", CO_RATE),
         ("h", "Referenties"),
         ("p", "Bas Rutten, teammanager Sociaal Domein, gemeente Berg en Dal, 06-90417383"),
         ("p", "Hanneke Willemsen, wethouder Jeugd, gemeente Beuningen, 06-90417384")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=92.5,
               crit=(15, 25, 15, 20, 25),
               notes="Motivation page: 'Ik bied mij aan als zelfstandig professional; mijn eenmanszaak staat "
                     "ingeschreven bij de Kamer van Koophandel' = self-employed, no 'zzp' or 'KvK' abbreviation -> "
                     "zzp true, ko 1 REVIEW. Months: Coördinator Sociaal Wijkteam, Gemeente Berg en Dal 'april 2018 "
                     "– heden' = 92 + Coördinator Jeugd, Gemeente Beuningen '2014 – maart 2018' = 2014-01..2018-03 "
                     "= 51 -> 143 (narrowest reading 132; both >= 72). Bachelor Social Work diploma -> 15. "
                     "Criteria 6, 7, 8 present. 100 points; review."))


# ------------------------------------------------------------------ 12 Gerard Lensink (docx, single) ko 2 fail
# An "hbo-module Maatschappelijk Werk en Dienstverlening (30 EC)" next to an MBO diploma: a course, not a bachelor.
# 7: HYPOTHETICAL ("Ik zou graag ... samenwerken").
GL6 = ("Beleid naar resultaat, een voorbeeld: de Westervoortse armoedenota heb ik omgezet in drie concrete "
       "projecten (schuldhulp aan de keukentafel, een kledingbank en een sportfonds), met jaarlijkse rapportage.")
GL7_NOT = "Ik zou graag meer samenwerken met zorgverzekeraars en zorgaanbieders; daar ligt voor mij een leerdoel."
GL8 = "Leidde als projectleider de verhuizing van het welzijnsteam naar het nieuwe Kulturhus (2021)."
gl = [pos("jan. 2015 – heden", "Teamleider Welzijn", "Gemeente Westervoort",
          ["Leiding aan het welzijnsteam (9 medewerkers).", GL6, GL8], ("2015-01", REF), 131, True),
      pos("1996 – dec. 2014", "Jongerenwerker", "Stichting Welzijn Westervoort",
          ["Ambulant jongerenwerk."], ("1996-01", "2014-12"), 228, False, True)]
GL_RATE = "€ 80 per uur excl. btw"
cv(file="Gerard Lensink.docx", fmt="docx", layout="single",
   name="Gerard Lensink", email="g.lensink@example.nl", phone="026-3120584", rate=GL_RATE,
   exp=gl, crit_text={"6": GL6, "8": GL8}, refs=["Henk Jan Pelgrum", "Esther Willems"],
   crit_not={"7": [GL7_NOT]},
   body=[("title", "Gerard Lensink"),
         ("p", "Westervoort · 026-3120584 · g.lensink@example.nl"),
         ("h", "Profiel"),
         ("p", "Teamleider welzijn, nuchter en betrokken. " + GL7_NOT),
         ("h", "Werkervaring"),
         ("pos", "inline", gl),
         ("h", "Opleiding"),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, ROC Rijn IJssel — diploma 1995"),
         ("p", "Hbo-module Maatschappelijk Werk en Dienstverlening (30 EC), certificaat 2017"),
         ("h", "Tarief"), ("p", GL_RATE),
         ("h", "Referenties"),
         ("p", "Henk Jan Pelgrum, afdelingsmanager Samenleving, gemeente Westervoort, 06-12093847"),
         ("p", "Esther Willems, coördinator jongerenwerk, Stichting Welzijn Westervoort, 06-12093848")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=131, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 0, 25),
               notes="Education: MBO SPW niveau 4 diploma; 'Hbo-module Maatschappelijk Werk en Dienstverlening (30 "
                     "EC), certificaat' is one module of 30 of the 240 EC, not a bachelor -> highest mbo, ko 2 "
                     "FAIL, criterion 4 0. Months: Teamleider Welzijn, Gemeente Westervoort 'jan. 2015 – heden' = "
                     "2015-01..2025-11 = 131 -> 25; Jongerenwerker not leading. Criterion 6 present (armoedenota "
                     "omgezet in drie concrete projecten). Criterion 7: 'Ik zou graag meer samenwerken met "
                     "zorgverzekeraars en zorgaanbieders' = a wish -> 0. Criterion 8: projectleider -> 25. 65 "
                     "points, not eligible: ko 2."))


if os.environ.get("ZEEF_H32_ONLY") == "lo":
    CVS[:] = [c for c in CVS if c.get("producer") != "chromium"]
