# -*- coding: utf-8 -*-
"""Holdout round 28 for zeef: 14 fictional CVs (7 PDF, 7 DOCX) of the kinds named in the issue, in the
shape of the owner's blind evaluation: every layout (single column, a sidebar table, Europass with the dates
in a left-hand column, experience as a table, contact only in the page header), every date style the issue
lists, the education cases ("diploma behaald", a propedeuse, "niet afgerond", "gestopt", "hbo werk- en
denkniveau", MWD and Social Work, MBO Sociaal Werk niveau 4), relevance (coordinator / manager / teamleider /
leidinggevende in the social domain, welfare, care, area teams at a gemeente or a welzijnsstichting;
overlapping positions merged; one candidate just over 60 months, one just under, whose overlapping roles would
pass if they were added up), references ("op aanvraag"), ZZP indications, the hourly rate in several
spellings and two ties on score broken by the lower rate, language (Dutch with English job titles; Afrikaans,
German, English) and the page limit (one CV of exactly 5 pages, one of 6). Six candidates are eligible; the
other eight fail or need review for exactly one reason each. Written without looking at the pipeline's
source or rules/.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout28/make-holdout28.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ========================================================================= ELIGIBLE CANDIDATES

# ------------------------------------------------------------------------- Lidewij Hanekamp (pdf)
# Single column, formal. "2015 – heden" at a welzijnsstichting overlapping a teamleider role at a gemeente
# ("oktober 2012 – maart 2016"); HBO MWD "diploma behaald"; "Uurtarief: € 87,50". 100 points, ties with
# Naima Boukhari (100, 90 euro per uur) and wins on the rate.
LH6 = ("Voorbeeld: het Harderwijker beleidsplan 'Meedoen in Nunspeet en omgeving' heb ik met het team "
       "uitgewerkt tot een jaarwerkplan met drie concrete projecten – een inloophuis voor ouderen in "
       "Hulshorst, een schuldenpreventieproject op het voortgezet onderwijs en een digitale sociale kaart – "
       "elk met een resultaatafspraak die ik twee keer per jaar aan de gemeente rapporteer.")
LH7 = ("Samenwerking met zorgaanbieders in de Wmo, de huisartsen en de POH-GGZ, zorgverzekeraar Zilveren Kruis "
       "en een publiek-private samenwerking (PPS) met twee lokale winkeliersverenigingen voor "
       "maatschappelijke stageplekken.")
LH8 = ("Projectleider van het verandertraject 'Eén voordeur welzijn' (2018–2019): samenvoeging van het "
       "ouderenwerk, het jongerenwerk en het opbouwwerk tot één welzijnsteam, met projectplan, stuurgroep en "
       "een evaluatie na twaalf maanden.")
lh = [pos("2015 – heden", "Coördinator Welzijn en Preventie", "Stichting Welzijn Nunspeet Samen",
          ["Aansturing van 14 beroepskrachten en ruim 200 vrijwilligers; jaarplanning en teamoverleg.",
           "Verantwoordelijk voor formatie, werving en selectie en een begroting van € 1,1 miljoen.",
           "Invoering van methodisch werken met een cyclus van plannen, doen, meten en bijsturen.",
           LH6, LH7, LH8],
          ("2015-01", REF), 131, True, True),
      pos("oktober 2012 – maart 2016", "Teamleider Wijkteam", "Gemeente Harderwijk",
          ["Leiding aan het wijkteam Stadsdennen (acht generalisten Wmo, jeugd en schulden).",
           "Van januari 2015 tot maart 2016 in deeltijd, naast de start bij de stichting in Nunspeet."],
          ("2012-10", "2016-03"), 42, True),
      pos("2006 – 2011", "Jongerenwerker", "Stichting Welzijn Nunspeet Samen",
          ["Ambulant jongerenwerk en een jongerenhuiskamer in Nunspeet-Oost."],
          ("2006-01", "2011-12"), 72, False, True)]
LH_RATE = "Uurtarief: € 87,50"
cv(file="Lidewij Hanekamp.pdf", fmt="pdf", layout="single",
   name="Lidewij Hanekamp", email="lidewij.hanekamp@example.nl", phone="06-13572468", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Wouter Pelgrim", "Annet Zuidema"],
   body=[("title", "Lidewij Hanekamp"),
         ("p", "Nunspeet  •  06-13572468  •  lidewij.hanekamp@example.nl"),
         ("p", LH_RATE + " (exclusief btw)  •  beschikbaar per 1 januari 2026, 24 uur per week"),
         ("h", "Profiel"),
         ("p", "Ervaren coördinator in het welzijnswerk met ruim dertien jaar leidinggevende ervaring bij een "
               "gemeente en een welzijnsstichting op de Noord-Veluwe. Ik verbind beleidsadviseurs en "
               "uitvoerende professionals, breng rust en structuur in een team en stuur op afspraken. Collega's "
               "kennen mij als toegankelijk, helder en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "sample", lh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle (2001 – 2005), "
               "diploma behaald"),
         ("p", "Leergang Leidinggeven aan professionals, 2013 (certificaat)"),
         ("p", "Training Registratie en rapportage in DA Systems, 2024"),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend leiderschap", "Analytisch en resultaatgericht",
                 "Helder in communicatie, ook richting bestuur"]),
         ("h", "Referenties"),
         ("p", "Wouter Pelgrim, directeur-bestuurder Stichting Welzijn Nunspeet Samen, 06-13572469"),
         ("p", "Annet Zuidema, afdelingshoofd Samenleving, gemeente Harderwijk, 06-13572470")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=158, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="Single column, formal. Coördinator Welzijn en Preventie, Stichting Welzijn Nunspeet Samen "
                     "'2015 – heden' = 2015-01..2025-11 = 131 (coordinator + welzijn + welzijnsstichting) and "
                     "Teamleider Wijkteam, Gemeente Harderwijk 'oktober 2012 – maart 2016' = 42 (teamleider + "
                     "wijkteam + gemeente) overlap 2015-01..2016-03 (15 months) -> merged 2012-10..2025-11 = 158, "
                     "not 173. Narrowest reading of '2015' (from 2015-12): still one span, 158. Jongerenwerker "
                     "'2006 – 2011': no leading role. HBO MWD 'diploma behaald' -> hbo, mwd, criterion 4. "
                     "Criteria 6/7/8 under the current role. Two named references. 'Uurtarief: € 87,50' -> 87.5. "
                     "100 points; ties with Naima Boukhari (100, 90) and ranks first on the lower rate."))


# ------------------------------------------------------------------------- Thijmen Bosgoed (docx)
# Contact ONLY in the page header; exactly 5 pages (the limit, passes); "vanaf mei 2020", "2016 - 2019",
# "september 2010 tot en met augustus 2014"; Bachelor Social Work; "EUR 90"; no criterion 6 (no
# policy-to-results example). 85 points, ties with Gonny Weustink (85, € 85,-) and loses on the rate.
TB7 = ("Ik werk dagelijks samen met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Salland en "
       "de GGD IJsselland, en zette een publiek-private samenwerking (PPS) op met de woningcorporatie en "
       "lokale werkgevers voor werkplekken voor inwoners met afstand tot de arbeidsmarkt.")
TB8 = ("Projectleider van de reorganisatie van het Wmo-loket en het jeugdteam tot één sociaal team Ommen "
       "(2021–2022), met een projectplan, een stuurgroep en een verandertraject voor de medewerkers.")
tb = [pos("vanaf mei 2020", "Manager Sociaal Domein", "Gemeente Ommen",
          ["Leiding aan het sociaal team (26 medewerkers): Wmo, jeugd, participatie en schuldhulp.",
           "Formatie, instroom, werving en selectie en de verdeling van uren, in afstemming met HR.",
           "Budgetverantwoordelijk voor het teambudget en bewaking van de financiële kaders.",
           "Sturing op kwaliteit: casuïstiekoverleg, intervisie en een vaste rapportagecyclus.",
           TB7, TB8],
          ("2020-05", REF), 67, True),
      pos("2016 - 2019", "Coördinator Jeugd en Gezin", "Stichting Welzijn Vechtdal",
          ["Coördinatie van de jongerenwerkers en gezinscoaches in Dalfsen en Nieuwleusen (9 medewerkers).",
           "Opzet van een opvoedspreekuur op vijf basisscholen."],
          ("2016-01", "2019-12"), 48, True, True),
      pos("september 2014 – december 2015", "Kwaliteitsmedewerker Zorg", "Gemeente Hardenberg",
          ["Klanttevredenheidsonderzoek Wmo en het klachtenregister."],
          ("2014-09", "2015-12"), 16, False),
      pos("september 2010 tot en met augustus 2014", "Teamleider Wmo", "Gemeente Hardenberg",
          ["Leiding aan tien Wmo-consulenten; keukentafelgesprekken, indicaties en bezwaar."],
          ("2010-09", "2014-08"), 48, True)]
TB_RATE = "Uurtarief: EUR 90 (excl. btw)"
cv(file="Thijmen Bosgoed.docx", fmt="docx", layout="header",
   header="Thijmen Bosgoed  ·  Ommen  ·  06-24681357  ·  t.bosgoed@example.com",
   name="Thijmen Bosgoed", email="t.bosgoed@example.com", phone="06-24681357", rate=TB_RATE,
   exp=tb, crit_text={"7": TB7, "8": TB8}, refs=["Carla Nijenhuis", "Hendrik Smelt"],
   body=[("title", "Curriculum vitae"),
         ("pb", TB_RATE),
         ("p", "Beschikbaar vanaf december 2025 voor 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Manager in het sociaal domein met vijftien jaar leidinggevende ervaring in Overijssel, bij twee "
               "gemeenten en een welzijnsstichting. Ik geef richting, houd overzicht en laat professionals zelf "
               "verantwoordelijkheid nemen. Ik ben nuchter, benaderbaar en durf knopen door te hakken."),
         ("h", "Wat ik meebreng voor Heerde"),
         ("bl", ["Een afgeronde hbo-bachelor Social Work.",
                 "Ruim tien jaar als manager, coördinator en teamleider bij gemeente en welzijnsstichting.",
                 "Ervaring met samenwerkingspartners in zorg en welzijn en met projectmatig werken.",
                 "Ervaring met formatie, werving en selectie en budgetbewaking."]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "pipe", tb[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "pipe", tb[1:]),
         ("break",),
         ("h", "Opleidingen"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle, 2004 – 2008, diploma behaald"),
         ("p", "Post-hbo Leidinggeven in zorg en welzijn, Saxion Academie, 2011 (certificaat)"),
         ("h", "Cursussen"),
         ("bl", ["Motiverende gespreksvoering (2012)", "Financieel management voor leidinggevenden (2017)",
                 "Situationeel leidinggeven (2021)"]),
         ("h", "Competenties"),
         ("bl", ["Coachend leidinggeven: medewerkers groeien in eigenaarschap.",
                 "Besluitvaardig, ook bij tegenstellingen.", "Oog voor inwoner en bestuur."]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Carla Nijenhuis, directeur Samenleving, gemeente Ommen, 06-24681358"),
         ("p", "Hendrik Smelt, directeur Stichting Welzijn Vechtdal, 06-24681359"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Nevenactiviteiten"),
         ("p", "Penningmeester van de voetbalvereniging in Ommen; vrijwilliger bij de voedselbank.")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=163, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 0, 20, 25),
               notes="Name, place, phone, e-mail only in the page header (repeated on every page; the body title "
                     "is 'Curriculum vitae'). Exactly 5 pages (app.xml <Pages> = LibreOffice rendering) -> pages "
                     "pass (maximum 5). Manager Sociaal Domein, Gemeente Ommen 'vanaf mei 2020' = 2020-05..2025-11 "
                     "= 67 + Coördinator Jeugd en Gezin, Stichting Welzijn Vechtdal '2016 - 2019' = 48 (narrowest "
                     "2016-12..2019-01 = 26) + Teamleider Wmo, Gemeente Hardenberg 'september 2010 tot en met "
                     "augustus 2014' = 48 -> 163 (narrowest 141, both >= 72). Kwaliteitsmedewerker: no leading "
                     "role. Bachelor Social Work 'diploma behaald' -> hbo, mwd. No example of policy turned into "
                     "results anywhere -> criterion 6 0. 85 points, 'EUR 90' -> 90: ties with Gonny Weustink "
                     "(85, € 85) and ranks below her."))


# ------------------------------------------------------------------------- Gonny Weustink (pdf)
# Europass, terse: dates in a left-hand column; "jan. 2012 – dec. 2018"; WO master "diploma behaald" and a
# HBO MWD that ended with the propedeuse (no MWD). "€ 85,- excl. btw". 85 points, wins the tie.
GW6 = ("Beleid naar resultaat: het Zutphense uitvoeringsprogramma 'Samen sterk in de wijk' vertaald naar "
       "een jaarwerkplan met concrete projecten (buurtsportcoaches, een huiskamer voor statushouders, "
       "een mantelzorgregister) en een halfjaarlijkse resultaatrapportage aan het college.")
GW7 = ("Samenwerking met zorgaanbieders, huisartsen, Gelre ziekenhuizen, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met woningcorporatie Woonbedrijf ieder1 en het lokale "
       "bedrijfsleven.")
GW8 = ("Projectleider van de transitie van de jeugdzorg in Zutphen (2014–2015) en van het verandertraject "
       "naar wijkgericht werken (2017).")
gw = [pos("jan. 2019 – heden", "Coördinator Sociaal Team", "Stichting Welzijn Brummen-Eerbeek",
          ["Coördinatie van het sociaal team (17 medewerkers); formatie, roosters, budget.",
           "Afstemming met de teamleiders en beleidsadviseurs van de gemeente Brummen."],
          ("2019-01", REF), 83, True),
      pos("jan. 2012 – dec. 2018", "Manager Welzijn en Zorg", "Gemeente Zutphen",
          ["Leiding aan de teams Wmo, jeugd en welzijn (34 medewerkers).", GW6, GW7, GW8],
          ("2012-01", "2018-12"), 84, True),
      pos("sep. 2007 – dec. 2011", "Opbouwwerker", "Stichting Welzijn Brummen-Eerbeek",
          ["Bewonersinitiatieven en buurtbudgetten in Eerbeek."],
          ("2007-09", "2011-12"), 52, False)]
GW_RATE = "€ 85,- excl. btw"
cv(file="Gonny Weustink.pdf", fmt="pdf", layout="single",
   name="Gonny Weustink", email="gonny.weustink@example.nl", phone="06-97531864", rate=GW_RATE,
   exp=gw, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Jos Hiddink", "Petra van Gelder"],
   must_have=["propedeuse behaald"],
   body=[("title", "Europass curriculum vitae"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Gonny Weustink"]), ("Adres", ["Eerbeek"]), ("Mobiel", ["06-97531864"]),
                   ("E-mail", ["gonny.weustink@example.nl"]), ("Tarief", [GW_RATE + " per uur"])]),
         ("h", "Werkervaring"),
         ("eu_pos", gw),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("2003 – 2007", ["Master Pedagogische Wetenschappen, Radboud Universiteit Nijmegen",
                                    "diploma behaald"]),
                   ("2001 – 2002", ["HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen",
                                    "propedeuse behaald, daarna overgestapt naar de universiteit"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands"]), ("Andere talen", ["Engels (C1), Duits (B2)"]),
                   ("Digitaal", ["Office 365, DA Systems, Power BI (basis)"])]),
         ("h", "Referenties"),
         ("rows", [("Jos Hiddink", ["bestuurder Stichting Welzijn Brummen-Eerbeek, 06-97531865"]),
                   ("Petra van Gelder", ["gemeentesecretaris gemeente Zutphen, 06-97531866"])])],
   expect=dict(pages=2, edu=("wo", True, False), coord=167, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Europass, dates in a left-hand column. Coördinator Sociaal Team, Stichting Welzijn "
                     "Brummen-Eerbeek 'jan. 2019 – heden' = 83 + Manager Welzijn en Zorg, Gemeente Zutphen 'jan. "
                     "2012 – dec. 2018' = 84 -> contiguous 167. Opbouwwerker: no leading role. Master Pedagogische "
                     "Wetenschappen 'diploma behaald' -> wo, knock-out 2 pass; HBO MWD only 'propedeuse behaald' -> "
                     "not mwd, criterion 4 0. Two references as name | function rows. '€ 85,- excl. btw' -> 85. "
                     "85 points: ties with Thijmen Bosgoed (85, EUR 90) and ranks above him on the lower rate."))


# ------------------------------------------------------------------------- Reinout Bleumink (docx)
# Terse; education first; experience as a table (Periode | Functie | Organisatie); "01-2012 t/m 12-2018",
# "sinds 2021"; HBO Bestuurskunde (no MWD); no project or change work (criterion 8 0). 60 points.
RB6 = ("Voorbeeld beleid naar resultaat: de Duivense nota 'Iedereen telt mee' vertaald naar een "
       "jaarwerkplan met concrete resultaten: wachttijd Wmo onder vier weken, een vast aanspreekpunt per "
       "kern en 40 extra vrijwilligers voor vervoer.")
RB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Zuid, zorgverzekeraar VGZ en een "
       "publiek-private samenwerking (PPS) met bedrijven op bedrijventerrein Centerpoort.")
rb = [pos("sinds 2021", "Coördinator Gebiedsteams", "Gemeente Duiven",
          ["Coördinatie van twee gebiedsteams (19 medewerkers); formatie en budget.", RB6, RB7],
          ("2021-01", REF), 59, True, True),
      pos("01-2019 t/m 12-2020", "Adviseur Sociaal Domein", "Gemeente Duiven",
          ["Advies aan het college over Wmo en jeugd."],
          ("2019-01", "2020-12"), 24, False),
      pos("01-2012 t/m 12-2018", "Teamleider Participatie en Welzijn", "Gemeente Doesburg",
          ["Leiding aan 11 consulenten participatie en welzijn; werving, roosters, kwaliteit."],
          ("2012-01", "2018-12"), 84, True),
      pos("03-2006 t/m 12-2011", "Consulent Werk en Inkomen", "Gemeente Doesburg",
          ["Bijstand, re-integratie en handhaving."],
          ("2006-03", "2011-12"), 70, False)]
RB_RATE = "€ 84,00 per uur"
cv(file="Reinout Bleumink.docx", fmt="docx", layout="single",
   name="Reinout Bleumink", email="reinout.bleumink@example.com", phone="06-31415926", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7}, refs=["Marga Tiemessen", "Ruud Gerritsen"],
   body=[("title", "Reinout Bleumink"),
         ("p", "Duiven | 06-31415926 | reinout.bleumink@example.com"),
         ("p", "Tarief " + RB_RATE + ", exclusief btw"),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Hogeschool Enschede, 2001 – 2005 – diploma behaald"),
         ("p", "Cursus Leidinggeven aan teams, 2012"),
         ("h", "Ervaring"),
         ("exptable", ["Periode", "Functie", "Organisatie"], rb),
         ("h", "Toelichting per functie"),
         ("tasks", rb),
         ("h", "Referenten"),
         ("p", "Marga Tiemessen, afdelingsmanager Maatschappelijke Ontwikkeling, gemeente Duiven, 06-31415927"),
         ("p", "Ruud Gerritsen, gemeentesecretaris, gemeente Doesburg, 06-31415928")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=143, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 0),
               notes="Experience as a 3-column table, education first, terse. Coördinator Gebiedsteams, Gemeente "
                     "Duiven 'sinds 2021' = 2021-01..2025-11 = 59 (narrowest 2021-12.. = 48) + Teamleider "
                     "Participatie en Welzijn, Gemeente Doesburg '01-2012 t/m 12-2018' = 84 -> 143 (narrowest 132, "
                     "both >= 72). Adviseur Sociaal Domein and Consulent Werk en Inkomen: no leading role. HBO "
                     "Bestuurskunde 'diploma behaald' -> hbo, not mwd (criterion 4 0). No project or change work "
                     "anywhere (criterion 8 0; criterion 6 passage speaks of 'concrete resultaten' only). "
                     "References under 'Referenten': 2. 60 points, rate 84."))


# ------------------------------------------------------------------------- Naima Boukhari (docx)
# Sidebar table, chatty. "2019 - nu" overlapping "maart 2016 - juni 2019" (merged); HBO MWD; "90 euro per
# uur". 100 points, ties with Lidewij Hanekamp (€ 87,50) and loses on the rate.
NB6 = ("Een voorbeeld waar ik trots op ben: de Rhedense visie op welzijn 'Dichtbij en samen' hebben we "
       "omgezet in een jaarwerkplan met concrete projecten – een buurtkamer in Velp-Zuid, een "
       "maatjesproject voor jonge mantelzorgers en een ontmoetingsplek in Dieren – met doelen die we elk "
       "kwartaal met de gemeente bespreken.")
NB7 = ("Ik werk veel samen met zorgaanbieders, huisartsen en praktijkondersteuners, Rijnstate, zorgverzekeraar "
       "Menzis en in een publiek-private samenwerking (PPS) met winkeliers en de woningcorporatie.")
NB8 = ("Ik was projectleider van de herinrichting van de welzijnsteams in Rheden (2022–2023): van losse "
       "disciplines naar drie kernteams, met een projectplan en een klankbordgroep.")
nb = [pos("2019 - nu", "Coördinator Welzijn en Wijkteams", "Stichting Welzijn Rheden-Rozendaal",
          ["Ik coördineer drie wijkteams met 21 collega's en ongeveer 180 vrijwilligers.",
           "Formatie, werving en de verdeling van uren doe ik samen met HR en de directeur.", NB6, NB7, NB8],
          ("2019-01", REF), 83, True, True),
      pos("maart 2016 - juni 2019", "Teamleider Wijkteam Oost", "Gemeente Arnhem",
          ["Leiding aan een wijkteam van 12 generalisten; de eerste maanden van 2019 deed ik dit naast de "
           "start in Rheden."],
          ("2016-03", "2019-06"), 40, True),
      pos("september 2009 – februari 2016", "Maatschappelijk werker", "Gemeente Arnhem",
          ["Hulp aan gezinnen met schulden en opvoedvragen."],
          ("2009-09", "2016-02"), 78, False)]
NB_RATE = "90 euro per uur"
cv(file="Naima Boukhari.docx", fmt="docx", layout="sidebar",
   name="Naima Boukhari", email="naima.boukhari@example.nl", phone="06-86420975", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Marco Lensink", "Yvonne Rijken"],
   left=[("title", "Naima Boukhari"),
         ("h", "Contact"),
         ("p", "Velp"), ("p", "06-86420975"), ("p", "naima.boukhari@example.nl"),
         ("h", "Tarief"),
         ("p", NB_RATE + ", excl. btw"),
         ("h", "Talen"),
         ("p", "Nederlands, Arabisch, Engels"),
         ("h", "Opleiding"),
         ("p", "Maatschappelijk Werk en Dienstverlening (hbo), Hogeschool Arnhem en Nijmegen, 2005 – 2009, "
               "diploma behaald")],
   right=[("h", "Even voorstellen"),
          ("p", "Ik ben Naima, coördinator welzijn in Rheden. Ik werk graag met mensen die het verschil maken in "
                "de wijk, en ik zorg dat ze daar de ruimte en de middelen voor krijgen. Ik ben direct, warm en "
                "ik hou van een goed georganiseerde werkweek."),
          ("h", "Mijn werk"),
          ("pos", "datebold", nb),
          ("h", "Referenties"),
          ("p", "Marco Lensink, directeur Stichting Welzijn Rheden-Rozendaal, 06-86420976"),
          ("p", "Yvonne Rijken, teammanager Wijkteams, gemeente Arnhem, 06-86420977")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="Sidebar table (contact, rate, languages, education left), chatty. Coördinator Welzijn en "
                     "Wijkteams, Stichting Welzijn Rheden-Rozendaal '2019 - nu' = 2019-01..2025-11 = 83 and "
                     "Teamleider Wijkteam Oost, Gemeente Arnhem 'maart 2016 - juni 2019' = 40 overlap 2019-01.."
                     "2019-06 (6) -> merged 2016-03..2025-11 = 117, not 123 (narrowest reading of '2019' from "
                     "2019-12: 40 + 72 = 112, both >= 72). Maatschappelijk werker: no leading role. HBO MWD "
                     "'diploma behaald' (sidebar) -> mwd. '90 euro per uur' -> 90. 100 points: ties with Lidewij "
                     "Hanekamp (100, 87.50) and ranks second."))


# ------------------------------------------------------------------------- Sven Oldenhof (pdf)
# A Dutch CV with English job titles; just over 60 months ("11/2020 – heden" = 61): knock-out 3 pass,
# criterion 5 0; "09/2010 – 08/2014"; HBO Social Work. 75 points.
SO6 = ("Het Steenwijkerlandse beleidsplan 'Gezond en gelukkig in de kernen' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten: een valpreventiecursus in zes dorpen, een welzijnsspreekuur bij "
       "de huisarts en een buurtbus, met meetbare doelen per kwartaal.")
SO7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met recreatiebedrijven rond de Weerribben.")
SO8 = ("Projectleider van de verandering van vier kernteams naar één team Welzijn & Zorg (2022), met "
       "projectplan, stuurgroep en evaluatie.")
so = [pos("11/2020 – heden", "Team Lead Wellbeing & Community Care", "Gemeente Steenwijkerland",
          ["Leiding aan het team Welzijn & Zorg (15 professionals): Wmo, mantelzorg en welzijn op recept.",
           "Werving en selectie, formatie en teambudget.", SO6, SO7, SO8],
          ("2020-11", REF), 61, True),
      pos("09/2014 – 10/2020", "Senior Advisor Social Support", "Gemeente Steenwijkerland",
          ["Inhoudelijk adviseur Wmo voor de consulenten; geen leidinggevende taken."],
          ("2014-09", "2020-10"), 74, False),
      pos("09/2010 – 08/2014", "Youth Coach", "Stichting Jongerenwerk Meppel",
          ["Ambulant jongerenwerk en een inloop voor jongeren."],
          ("2010-09", "2014-08"), 48, False)]
SO_RATE = "€ 88,- per uur"
cv(file="Sven Oldenhof.pdf", fmt="pdf", layout="single",
   name="Sven Oldenhof", email="sven.oldenhof@example.com", phone="06-55443322", rate=SO_RATE,
   exp=so, crit_text={"6": SO6, "7": SO7, "8": SO8}, refs=["Ineke Bijl", "Harry Mulder"],
   body=[("title", "Sven Oldenhof"),
         ("p", "Steenwijk · 06-55443322 · sven.oldenhof@example.com · tarief " + SO_RATE + " (excl. btw)"),
         ("h", "Over mij"),
         ("p", "Sinds eind 2020 ben ik teamleider bij de gemeente Steenwijkerland. Onze organisatie gebruikt "
               "Engelse functienamen; in de praktijk ben ik gewoon de teamleider van welzijn en zorg. Ik ben een "
               "verbinder, houd van korte lijnen en zoek naar wat inwoners zelf kunnen."),
         ("h", "Werkervaring"),
         ("pos", "dateline", so),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, NHL Stenden Hogeschool Leeuwarden, 2006 – 2010, diploma behaald"),
         ("h", "Referenties"),
         ("p", "Ineke Bijl, afdelingsmanager Sociaal Domein, gemeente Steenwijkerland, 06-55443323"),
         ("p", "Harry Mulder, coördinator Stichting Jongerenwerk Meppel, 06-55443324")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=61, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 0, 15, 20, 25),
               notes="Dutch CV with English job titles -> language nl (every sentence Dutch). Team Lead Wellbeing "
                     "& Community Care, Gemeente Steenwijkerland '11/2020 – heden' = 2020-11..2025-11 = 61 (team "
                     "lead + wellbeing/care + gemeente): JUST OVER 60 -> knock-out 3 pass, < 72 -> criterion 5 0. "
                     "Senior Advisor Social Support (no leading role, 'geen leidinggevende taken') and Youth Coach "
                     "'09/2010 – 08/2014' (not leading, a stichting for youth work): not relevant. HBO Social Work "
                     "'diploma behaald' -> mwd. 75 points, rate 88."))


# ========================================================================= NOT ELIGIBLE / REVIEW (one reason each)

# ------------------------------------------------------------------------- Trudy Kampman (pdf)
# ONE REASON: knock-out 2 fail. MBO Sociaal Werk (niveau 4) diploma, HBO Social Work "gestopt", "hbo werk-
# en denkniveau". Sidebar table.
TK6 = ("Voorbeeld: het beleidskader 'Montferland dichtbij' heb ik vertaald naar een jaarwerkplan voor de "
       "wijkteams met concrete projecten (een spreekuur in elke kern, een aanpak voor eenzame ouderen en "
       "vroegsignalering van schulden) en een rapportage per kwartaal.")
TK7 = ("Samenwerking met zorgaanbieders, huisartsen, het Slingeland Ziekenhuis, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met werkgevers in 's-Heerenberg.")
TK8 = "Projectleider van de reorganisatie van het sociaal team naar drie wijkteams (2016–2017)."
tk = [pos("februari 2012 – heden", "Coördinator Wijkteams", "Gemeente Montferland",
          ["Coördinatie van drie wijkteams (24 medewerkers); formatie en budget.", TK6, TK7, TK8],
          ("2012-02", REF), 166, True),
      pos("2004 – 2011", "Woonbegeleider", "Stichting Philadelphia",
          ["Begeleiding van bewoners met een verstandelijke beperking."],
          ("2004-01", "2011-12"), 96, False, True)]
TK_RATE = "€ 83,50 per uur"
cv(file="Trudy Kampman.pdf", fmt="pdf", layout="sidebar",
   name="Trudy Kampman", email="trudy.kampman@example.nl", phone="06-77889900", rate=TK_RATE,
   exp=tk, crit_text={"6": TK6, "7": TK7, "8": TK8}, refs=["Bert Hendriksen", "Anja Roording"],
   must_have=["hbo werk- en denkniveau", "MBO Sociaal Werk (niveau 4)", "gestopt"],
   left=[("pb", "Trudy Kampman"),
         ("h", "Contact"),
         ("p", "Didam"), ("p", "06-77889900"), ("p", "trudy.kampman@example.nl"),
         ("h", "Uurtarief"), ("p", TK_RATE + " (excl. btw)"),
         ("h", "Opleiding"),
         ("p", "MBO Sociaal Werk (niveau 4), Graafschap College, 2000 – 2003, diploma behaald"),
         ("p", "HBO Social Work (deeltijd), Saxion, 2006 – 2008, gestopt vanwege de combinatie met werk")],
   right=[("h", "Profiel"),
          ("p", "Coördinator van de wijkteams in Montferland. Ik werk op hbo werk- en denkniveau, ben "
                "resultaatgericht en houd het overzicht als het druk wordt."),
          ("h", "Loopbaan"),
          ("pos", "dateline", tk),
          ("h", "Referenties"),
          ("p", "Bert Hendriksen, teammanager Sociaal Domein, gemeente Montferland, 06-77889901"),
          ("p", "Anja Roording, wethouder Zorg, gemeente Montferland, 06-77889902")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=166, refs=(2, False), zzp=False, hourly=83.5,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail. The only diploma is MBO Sociaal Werk (niveau 4) – MBO, not the "
                     "HBO bachelor Social Work; HBO Social Work (deeltijd) 'gestopt'; 'hbo werk- en denkniveau' is "
                     "no diploma -> highest completed mbo, knock-out 2 fail, not mwd. Everything else passes: "
                     "Coördinator Wijkteams, Gemeente Montferland 'februari 2012 – heden' = 2012-02..2025-11 = 166; "
                     "Woonbegeleider '2004 – 2011' not leading; two references; rate 83.50. Score 85."))


# ------------------------------------------------------------------------- Marijke Stroeve (docx)
# ONE REASON: knock-out 3 fail, JUST UNDER 60: coordinator "februari 2021 – heden" = 58, with a 12-month
# teamleider role entirely inside it (merged 58; added up 70 would be a wrong pass). Chatty, profile last.
MS6 = ("Voorbeeld: de nota 'Samen zorgen in Oude IJsselstreek' hebben we vertaald naar een jaarwerkplan met "
       "concrete projecten: een mantelzorgcafé in Gendringen, respijtzorg in het weekend en een "
       "mantelzorgcompliment dat nu 900 mantelzorgers bereikt.")
MS7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met werkgevers rond mantelzorgvriendelijk werken.")
MS8 = "Projectleider van de invoering van een nieuw registratiesysteem voor het steunpunt (2023)."
mst = [pos("februari 2021 – heden", "Coördinator Mantelzorg en Welzijn", "Stichting Welzijn Oude IJsselstreek",
           ["Coördinatie van het steunpunt mantelzorg en de welzijnsconsulenten (8 medewerkers).", MS6, MS7, MS8],
           ("2021-02", REF), 58, True),
       pos("januari 2023 – december 2023", "Waarnemend teamleider Wmo-loket", "Gemeente Oude IJsselstreek",
           ["Een jaar lang, twee dagen per week naast mijn werk bij de stichting, tijdens het verlof van de "
            "vaste teamleider."],
           ("2023-01", "2023-12"), 12, True),
       pos("juni 2013 – januari 2021", "Consulent Wmo", "Gemeente Oude IJsselstreek",
           ["Keukentafelgesprekken, indicaties en huisbezoeken."],
           ("2013-06", "2021-01"), 92, False)]
MS_RATE = "€ 82,- per uur"
cv(file="Marijke Stroeve.docx", fmt="docx", layout="single",
   name="Marijke Stroeve", email="marijke.stroeve@example.com", phone="06-12123434", rate=MS_RATE,
   exp=mst, crit_text={"6": MS6, "7": MS7, "8": MS8}, refs=["Dinie Wopereis", "Koen Lammers"],
   body=[("title", "Marijke Stroeve"),
         ("p", "Ulft · 06-12123434 · marijke.stroeve@example.com"),
         ("p", "Mijn tarief: " + MS_RATE + " exclusief btw"),
         ("h", "Waar ik heb gewerkt"),
         ("pos", "next", mst),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen, 2009 – 2013, "
               "diploma behaald"),
         ("h", "Wie ben ik?"),
         ("p", "Ik ben Marijke, opgegroeid in de Achterhoek en al twaalf jaar aan het werk voor de inwoners van "
               "Oude IJsselstreek. Eerst als consulent, nu als coördinator. Ik ben nieuwsgierig, praktisch en ik "
               "vind het mooi als collega's groeien."),
         ("h", "Referenties"),
         ("p", "Dinie Wopereis, directeur Stichting Welzijn Oude IJsselstreek, 06-12123435"),
         ("p", "Koen Lammers, teammanager Wmo, gemeente Oude IJsselstreek, 06-12123436")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail, just under 60. Coördinator Mantelzorg en Welzijn, Stichting "
                     "Welzijn Oude IJsselstreek 'februari 2021 – heden' = 2021-02..2025-11 = 58 (relevant). "
                     "Waarnemend teamleider Wmo-loket, Gemeente Oude IJsselstreek 'januari 2023 – december 2023' = "
                     "12 (relevant) lies entirely inside it -> merged 58, NOT 70 (adding the overlap would pass "
                     "knock-out 3 wrongly). Consulent Wmo: no leading role. All dates have months, so no "
                     "reading reaches 60 -> fail. Everything else passes: HBO MWD; two references; rate 82. Score "
                     "75 (criterion 5 0)."))


# ------------------------------------------------------------------------- Arjen Velthuis (pdf)
# ONE REASON: knock-out 1 review (zzp, eigen onderneming, KvK-nummer). Terse.
AV_ZZP = ("Werkzaam als zzp'er via mijn eigen onderneming Velthuis Sociaal Management, ingeschreven bij de "
          "KvK onder nummer 81234567.")
AV6 = ("Beleid naar resultaat: het Heumense beleidsplan sociaal domein vertaald naar een jaarwerkplan met "
       "concrete projecten (jongerenwerk in Malden, een wachtlijstaanpak Wmo en een sociaal makelaar per "
       "kern); resultaten per kwartaal gerapporteerd.")
AV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Zuid, zorgverzekeraar VGZ en een "
       "publiek-private samenwerking (PPS) met lokale werkgevers.")
AV8 = "Projectleider van de transitie naar één integrale toegang sociaal domein (2018–2019)."
avt = [pos("augustus 2017 – heden", "Coördinator Sociaal Domein", "Gemeente Heumen",
           ["Opdracht via eigen onderneming; coördinatie van het sociaal team (20 medewerkers).", AV6, AV7, AV8],
           ("2017-08", REF), 100, True),
       pos("januari 2010 – juli 2017", "Teamleider Jeugd", "Gemeente Wijchen",
           ["Leiding aan het jeugdteam (10 medewerkers)."],
           ("2010-01", "2017-07"), 91, True)]
AV_RATE = "€ 95 per uur excl. btw"
cv(file="Arjen Velthuis.pdf", fmt="pdf", layout="single",
   name="Arjen Velthuis", email="arjen@velthuissociaal.example.nl", phone="06-90807060", rate=AV_RATE,
   exp=avt, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Saskia Hermsen", "Frits Peters"],
   must_have=[AV_ZZP],
   body=[("title", "Arjen Velthuis"),
         ("p", "Malden – 06-90807060 – arjen@velthuissociaal.example.nl"),
         ("p", "Tarief: " + AV_RATE),
         ("h", "Kort"),
         ("p", "Coördinator en teamleider sociaal domein, vijftien jaar ervaring. " + AV_ZZP),
         ("h", "Ervaring"),
         ("pos", "inline", avt),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen, 2003 – 2007, "
               "diploma behaald"),
         ("h", "Referenties"),
         ("p", "Saskia Hermsen, afdelingsmanager Samenleving, gemeente Heumen, 06-90807061"),
         ("p", "Frits Peters, teammanager Jeugd, gemeente Wijchen, 06-90807062")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=True, hourly=95.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review. 'Werkzaam als zzp'er via mijn eigen onderneming Velthuis "
                     "Sociaal Management, ingeschreven bij de KvK onder nummer 81234567' -> ZZP indications "
                     "(zzp, eigen onderneming, KvK); the tender excludes a zzp'er -> review (samples convention). "
                     "Everything else passes: Coördinator Sociaal Domein, Gemeente Heumen 2017-08..2025-11 = 100 + "
                     "Teamleider Jeugd, Gemeente Wijchen 2010-01..2017-07 = 91 -> contiguous 191; HBO MWD; two "
                     "references; rate 95. 100 points."))


# ------------------------------------------------------------------------- Hennie Lankheet (docx)
# ONE REASON: references review ("Referenties kunnen op aanvraag worden verstrekt", none named). Formal,
# personal details as label rows.
HL6 = ("Voorbeeld: het Berkellandse beleid 'Vitaal ouder worden' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een beweegprogramma in Borculo, huisbezoeken aan 80-plussers en een "
       "boodschappenbus) en bijbehorende resultaatmeting.")
HL7 = ("Samenwerking met zorgaanbieders, huisartsen, het SKB ziekenhuis Winterswijk, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met supermarkten en de Rabobank.")
HL8 = "Projectleider van de fusie van de ouderenadvisering en het buurtwerk tot één welzijnsteam (2019)."
hl = [pos("april 2014 – heden", "Manager Welzijn", "Stichting Welzijn Berkelland",
          ["Integraal verantwoordelijk voor ouderenwerk, buurtwerk en vrijwilligerswerk (23 medewerkers).",
           HL6, HL7, HL8],
          ("2014-04", REF), 140, True),
      pos("juli 2008 – maart 2014", "Teamleider Thuisbegeleiding", "Stichting Welzijn Berkelland",
          ["Leiding aan 9 thuisbegeleiders voor ouderen en mensen met een beperking."],
          ("2008-07", "2014-03"), 69, True)]
HL_RATE = "€ 89,- per uur exclusief btw"
cv(file="Hennie Lankheet.docx", fmt="docx", layout="single",
   name="Hennie Lankheet", email="hennie.lankheet@example.nl", phone="06-45454545", rate=HL_RATE,
   exp=hl, crit_text={"6": HL6, "7": HL7, "8": HL8}, refs=[],
   must_have=["Referenties kunnen op aanvraag worden verstrekt."],
   body=[("title", "Curriculum vitae – H. Lankheet"),
         ("rows", [("Naam", ["Hennie Lankheet"]), ("Woonplaats", ["Borculo"]), ("Telefoon", ["06-45454545"]),
                   ("E-mail", ["hennie.lankheet@example.nl"]), ("Uurtarief", [HL_RATE])]),
         ("h", "Samenvatting"),
         ("p", "Manager welzijn met ruim zeventien jaar leidinggevende ervaring binnen één welzijnsstichting in de "
               "Achterhoek. Kenmerkend voor mijn werkwijze zijn structuur, betrokkenheid en een heldere "
               "verantwoording aan gemeente en bestuur."),
         ("h", "Loopbaan"),
         ("pos", "sample", hl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Saxion Enschede, 1999 – 2003, "
               "diploma behaald"),
         ("h", "Referenties"),
         ("p", "Referenties kunnen op aanvraag worden verstrekt.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=209, refs=(0, True), zzp=False, hourly=89.0,
               crit=FULL,
               notes="ONE REASON: references check review. Under 'Referenties' only 'Referenties kunnen op "
                     "aanvraag worden verstrekt.' – no named referee (0), on request -> review, not eligible. "
                     "Everything else passes: Manager Welzijn, Stichting Welzijn Berkelland 2014-04..2025-11 = 140 + "
                     "Teamleider Thuisbegeleiding, same stichting 2008-07..2014-03 = 69 -> contiguous 209; HBO MWD; "
                     "rate 89. 100 points."))


# ------------------------------------------------------------------------- Elmarie Coetzee (pdf)
# ONE REASON: language fail (Afrikaans).
EC6 = ("Voorbeeld: die welsynsbeleid van die gemeente Renkum het ek omgesit in 'n jaarwerkplan met konkrete "
       "projekte ('n buurtkamer in Oosterbeek, 'n besoekdiens vir bejaardes en 'n jeugpunt in Heelsum) met "
       "meetbare doelwitte.")
EC7 = ("Samewerking met sorgverskaffers, huisdokters, die GGD, die mediese fonds Menzis en 'n publiek-private "
       "vennootskap (PPS) met plaaslike besighede.")
EC8 = "Projekleier van die herorganisasie van die wykspanne in 2021, met 'n projekplan en 'n stuurgroep."
ec = [pos("04/2016 – 10/2025", "Koördineerder Welsyn en Wykspanne", "Gemeente Renkum",
          ["Leiding aan drie wykspanne (16 personeellede); begroting, werwing en roosters.", EC6, EC7, EC8],
          ("2016-04", "2025-10"), 115, True),
      pos("02/2009 – 03/2016", "Maatskaplike werker", "ACVV Stellenbosch",
          ["Gesinsorg, berading en huisbesoeke."],
          ("2009-02", "2016-03"), 86, False)]
EC_RATE = "Tarief: € 86 per uur, BTW uitgesluit"
cv(file="Elmarie Coetzee.pdf", fmt="pdf", layout="single", lang="af",
   name="Elmarie Coetzee", email="elmarie.coetzee@example.com", phone="06-34343434", rate=EC_RATE,
   exp=ec, crit_text={"6": EC6, "7": EC7, "8": EC8}, refs=["Gerrit Jansen", "Annelize Fourie"],
   must_have=["Werksondervinding", "Verwysings"],
   body=[("title", "Elmarie Coetzee"),
         ("p", "Oosterbeek · 06-34343434 · elmarie.coetzee@example.com"),
         ("pb", EC_RATE),
         ("h", "Profiel"),
         ("p", "Ek is 'n ervare koördineerder in die welsynsektor en woon sedert 2016 in Nederland. Ek hou "
               "daarvan om spanne saam te bring, werk gestruktureerd en neem duidelike besluite."),
         ("h", "Werksondervinding"),
         ("pos", "datebold", ec),
         ("h", "Opleiding"),
         ("p", "BA Sosiologie, Universiteit Stellenbosch — voltooi in 2008"),
         ("h", "Tale"),
         ("p", "Afrikaans (moedertaal), Engels (vlot), Nederlands (goed)"),
         ("h", "Verwysings"),
         ("p", "Gerrit Jansen, afdelingshoof Samelewing, gemeente Renkum, 06-34343435"),
         ("p", "Annelize Fourie, direkteur ACVV Stellenbosch, +27 21 555 0143")],
   expect=dict(pages=1, edu=("wo", True, False), coord=115, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25), lang="af",
               notes="ONE REASON: language fail. Afrikaans ('Ek is 'n ervare koördineerder …', 'Werksondervinding', "
                     "'Verwysings', 'voltooi in 2008'): close to Dutch but not Dutch -> fail. Other fields are the "
                     "truth: Koördineerder Welsyn en Wykspanne, Gemeente Renkum 2016-04..2025-10 = 115 (coordinator "
                     "+ welfare/area teams + gemeente); maatskaplike werker not leading; BA Sosiologie, Universiteit "
                     "Stellenbosch -> wo, not MWD; two named referees; rate 86. Score 85."))


# ------------------------------------------------------------------------- Heike Brandtner (docx)
# ONE REASON: language fail (German).
HB6 = ("Beispiel: die Welzijnsvisie der Gemeente Vaals habe ich in einen Jahresarbeitsplan mit konkreten "
       "Projekten (ein Seniorentreff in Lemiers, ein Besuchsdienst und eine Sprechstunde für Schulden) mit "
       "messbaren Zielen umgesetzt.")
HB7 = ("Zusammenarbeit mit Pflegeanbietern, Hausärzten, der GGD Zuid Limburg, der Krankenkasse CZ und einer "
       "öffentlich-privaten Partnerschaft (PPS) mit Hotels und Betrieben in Vaals.")
HB8 = "Projektleiterin der Neuorganisation des Wijkteams im Jahr 2021, mit Projektplan und Lenkungsgruppe."
hb = [pos("03/2017 – 10/2025", "Coördinator Sociaal Wijkteam", "Gemeente Vaals",
          ["Leitung des sozialen Wijkteams (11 Mitarbeitende); Personalplanung, Einstellung und Budget.",
           HB6, HB7, HB8],
          ("2017-03", "2025-10"), 104, True),
      pos("10/2010 – 02/2017", "Sozialarbeiterin", "Caritasverband Aachen",
          ["Beratung von Familien und Senioren."],
          ("2010-10", "2017-02"), 77, False)]
HB_RATE = "Stundensatz: 88 € zzgl. MwSt."
cv(file="Heike Brandtner.docx", fmt="docx", layout="single", lang="de",
   name="Heike Brandtner", email="heike.brandtner@example.com", phone="+49 171 5566778", rate=HB_RATE,
   exp=hb, crit_text={"6": HB6, "7": HB7, "8": HB8}, refs=["Thomas Lennartz", "Mieke Cremers"],
   must_have=["Berufserfahrung", "Referenzen"],
   body=[("title", "Heike Brandtner"),
         ("p", "Aachen · +49 171 5566778 · heike.brandtner@example.com"),
         ("p", HB_RATE),
         ("h", "Profil"),
         ("p", "Ich koordiniere seit 2017 das soziale Wijkteam der Gemeente Vaals und wohne in Aachen. Ich "
               "arbeite strukturiert, bin kommunikativ und bringe Menschen zusammen."),
         ("h", "Berufserfahrung"),
         ("pos", "pipe", hb),
         ("h", "Ausbildung"),
         ("p", "Diplom-Pädagogin, Universität Duisburg-Essen — Abschluss 2010"),
         ("h", "Sprachen"),
         ("p", "Deutsch (Muttersprache), Niederländisch (C1), Englisch (B2)"),
         ("h", "Referenzen"),
         ("p", "Thomas Lennartz, Geschäftsführer Caritasverband Aachen, +49 241 555 0199"),
         ("p", "Mieke Cremers, teammanager Sociaal Domein, Gemeente Vaals, 06-23232323")],
   expect=dict(pages=1, edu=("wo", True, False), coord=104, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 15, 20, 25), lang="de",
               notes="ONE REASON: language fail. German CV ('Profil', 'Berufserfahrung', 'Ausbildung', "
                     "'Referenzen', every sentence) although title and employer are Dutch -> fail. Other fields "
                     "are the truth: Coördinator Sociaal Wijkteam, Gemeente Vaals 2017-03..2025-10 = 104; "
                     "Sozialarbeiterin not leading; Diplom-Pädagogin (university) -> wo, not MWD; two named "
                     "referees; rate 88. Score 85."))


# ------------------------------------------------------------------------- Rebecca Whitfield (docx)
# ONE REASON: language fail (English). "Jan 2012 – Present".
RW6 = ("Example: I turned the Wageningen policy on healthy ageing into an annual work plan with concrete "
       "projects (a walking group, a volunteer drivers scheme and a meeting place in every neighbourhood) and "
       "measurable targets.")
RW7 = ("Close cooperation with care providers, GPs, the GGD, health insurer Menzis and a public-private "
       "partnership (PPS) with the university and local businesses.")
RW8 = ("Project lead for the reorganisation of the social support desk into neighbourhood teams in 2017, with "
       "a project plan and a steering group.")
rw = [pos("Jan 2012 – Present", "Manager Wellbeing and Social Support", "Gemeente Wageningen",
          ["Leading the wellbeing and social support teams (22 staff); staffing, recruitment and budget.",
           RW6, RW7, RW8],
          ("2012-01", REF), 167, True),
      pos("Sep 2007 – Dec 2011", "Community Development Worker", "Stichting Buurtwerk Wageningen",
          ["Working with residents on neighbourhood initiatives."],
          ("2007-09", "2011-12"), 52, False)]
RW_RATE = "Hourly rate: EUR 91 excl. VAT"
cv(file="Rebecca Whitfield.docx", fmt="docx", layout="single", lang="en",
   name="Rebecca Whitfield", email="rebecca.whitfield@example.com", phone="06-67676767", rate=RW_RATE,
   exp=rw, crit_text={"6": RW6, "7": RW7, "8": RW8}, refs=["Martijn de Boer", "Claire Hastings"],
   body=[("title", "Rebecca Whitfield"),
         ("p", "Wageningen | 06-67676767 | rebecca.whitfield@example.com"),
         ("pb", RW_RATE),
         ("h", "About me"),
         ("p", "I am a manager in the social domain and have lived and worked in the Netherlands since 2007. I "
               "am known for clear decisions, a calm approach and a strong focus on what residents need."),
         ("h", "Experience"),
         ("pos", "sample", rw),
         ("h", "Education"),
         ("p", "BA (Hons) Social Policy, University of Leeds — graduated 2006"),
         ("h", "References"),
         ("p", "Martijn de Boer, director of social affairs, Gemeente Wageningen, 06-67676768"),
         ("p", "Claire Hastings, former coordinator, Stichting Buurtwerk Wageningen, 06-67676769")],
   expect=dict(pages=1, edu=("wo", True, False), coord=167, refs=(2, False), zzp=False, hourly=91.0,
               crit=(0, 25, 15, 20, 25), lang="en",
               notes="ONE REASON: language fail. The whole CV is English -> not 'opgesteld in het Nederlands'. "
                     "Other fields are the truth: Manager Wellbeing and Social Support, Gemeente Wageningen 'Jan "
                     "2012 – Present' = 2012-01..2025-11 = 167 (manager + wellbeing/social support + gemeente); "
                     "Community Development Worker not leading; BA (Hons) Social Policy, University of Leeds -> "
                     "wo, not MWD; two named referees; 'EUR 91' -> 91. Score 85."))


# ------------------------------------------------------------------------- Gerlinde Hofsteenge (pdf)
# ONE REASON: pages fail (6 pages). HBO MWD completed plus a Master Social Work "niet afgerond".
GH6 = ("Voorbeeld beleid naar resultaat: de Scherpenzeelse nota 'Naar elkaar omkijken' heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een buurtsportcoach, een wijkpunt in de bibliotheek en een "
       "aanpak voor eenzaamheid) en een jaarlijkse rapportage aan de raad.")
GH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden, zorgverzekeraar Zilveren Kruis "
       "en een publiek-private samenwerking (PPS) met de woningcorporatie en winkeliers.")
GH8 = "Projectleider van het verandertraject 'Sociaal Team 2.0' (2020–2021), met projectplan en evaluatie."
gh = [pos("juli 2013 – heden", "Teamleider Sociaal Team", "Gemeente Scherpenzeel",
          ["Leiding aan het sociaal team (14 medewerkers): Wmo, jeugd en participatie.",
           "Formatie, werving en de verdeling van uren, in afstemming met HR.", GH6, GH7, GH8],
          ("2013-07", REF), 149, True),
      pos("mei 2008 – juni 2013", "Coördinator Vrijwillige Inzet", "Stichting Welzijn Scherpenzeel-Woudenberg",
          ["Coördinatie van de vrijwilligerscentrale en het buurtbemiddelingsteam."],
          ("2008-05", "2013-06"), 62, True),
      pos("september 2004 – april 2008", "Maatschappelijk werker", "Stichting Welzijn Scherpenzeel-Woudenberg",
          ["Individuele hulpverlening en groepswerk."],
          ("2004-09", "2008-04"), 44, False)]
GH_RATE = "€ 92,50 per uur (excl. btw)"
cv(file="Gerlinde Hofsteenge.pdf", fmt="pdf", layout="single",
   name="Gerlinde Hofsteenge", email="gerlinde.hofsteenge@example.nl", phone="06-56565656", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7, "8": GH8}, refs=["Robert Veldhuizen", "Els van Ginkel"],
   must_have=["niet afgerond"],
   body=[("title", "Gerlinde Hofsteenge"),
         ("p", "Scherpenzeel · 06-56565656 · gerlinde.hofsteenge@example.nl"),
         ("pb", "Uurtarief " + GH_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider met ruim zeventien jaar leidinggevende ervaring in het sociaal domein, bij een "
               "welzijnsstichting en een gemeente in de Gelderse Vallei. Ik ben verbindend, resultaatgericht en "
               "heb oog voor zowel inwoners als bestuur."),
         ("h", "Aansluiting op de uitvraag"),
         ("bl", ["Afgeronde hbo-opleiding MWD.",
                 "Ruim zeventien jaar leidinggevend bij gemeente en welzijnsstichting.",
                 "Voorbeelden van beleid naar resultaat, samenwerking en veranderopgaven: zie Werkervaring."]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", gh[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "sample", gh[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2000 – 2004, "
               "diploma behaald"),
         ("p", "Master Social Work, Hogeschool Utrecht, 2015 – 2017, niet afgerond"),
         ("h", "Cursussen"),
         ("bl", ["Leiderschap in het sociaal domein (2014)", "Werken met DA Systems (2022)"]),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend.", "Helder en besluitvaardig.", "Kritisch op werkprocessen."]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed)"),
         ("break",),
         ("h", "Referenties"),
         ("p", "Robert Veldhuizen, afdelingsmanager Samenleving, gemeente Scherpenzeel, 06-56565657"),
         ("p", "Els van Ginkel, directeur Stichting Welzijn Scherpenzeel-Woudenberg, 06-56565658")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=211, refs=(2, False), zzp=False, hourly=92.5,
               crit=FULL,
               notes="ONE REASON: pages fail. The PDF has 6 pages (pdfinfo); 'Maximaal 5 pagina's' -> fail. "
                     "Everything else passes: Teamleider Sociaal Team, Gemeente Scherpenzeel 2013-07..2025-11 = 149 "
                     "+ Coördinator Vrijwillige Inzet, Stichting Welzijn Scherpenzeel-Woudenberg 2008-05..2013-06 = "
                     "62 -> contiguous 211; Maatschappelijk werker not leading; HBO MWD 'diploma behaald' (the "
                     "Master Social Work 'niet afgerond' does not count, but the bachelor does) -> hbo, mwd; two "
                     "references (page 6); rate 92.50. 100 points."))
