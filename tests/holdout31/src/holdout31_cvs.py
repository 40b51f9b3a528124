# -*- coding: utf-8 -*-
"""Holdout round 31 for zeef: an ordinary night's inbox on a tender platform. 14 fictional CVs as suppliers
really send them for the Heerde tender: some from detacheerders (a cover page of the agency with an account
manager and the agency's KvK number, or the agency in the page footer), some from candidates themselves; long
and detailed ones and a one-page one; 7 PDF (3 LibreOffice, 4 Chromium) and 7 DOCX. Eight are eligible with
varying scores (two tie on 85 and the hourly rate decides), six fall out or need review for ordinary reasons
(too few months, no completed HBO, self-employed, references on request, an English CV, 6 pages).
Written without looking at the pipeline's source or rules/, with hand-checked expectations.

Every person, agency, KvK number, phone number, e-mail address and reference here is made up. Employers are
real municipalities and fictional welfare foundations and companies. See tests/holdout2/src/cvset.py for the
field list; extra fields: footer (page-footer text, tests/holdout/src/layout.py) and producer ("chromium":
printed by tests/holdout23/src/html_pdf.py from html=dict(style, left, right | body)).

ZEEF_H31_ONLY=lo leaves only the LibreOffice CVs in CVS (for tests/holdout2/src/build.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Noor Bakhuizen (pdf, LibreOffice)
# Detacheerder's cover page (account manager, KvK), then a long single-column CV. "2015 – heden". Full marks.
AGENCY_NB = "Achterhoek Detacheert B.V."
NB6 = ("Een voorbeeld: het Berkelse beleidskader 'Thuis in je eigen dorp' hebben we met het team uitgewerkt tot "
       "een jaarwerkplan met vier concrete projecten: een buurtkamer in Eibergen, huisbezoeken bij alle 75-plussers, "
       "een maatjesaanpak voor statushouders en een schuldenspreekuur in de bibliotheek. Elk project had een "
       "eigenaar en meetbare doelen; twee keer per jaar rapporteerde ik de resultaten aan de portefeuillehouder.")
NB7 = ("Ik werk dagelijks samen met zorgaanbieders in de thuisondersteuning, de huisartsen en praktijk"
       "ondersteuners, zorgverzekeraar Menzis en de GGD; met de woningcorporatie en de lokale Rabobank zette ik "
       "een publiek-private samenwerking (PPS) op voor een wijkfonds.")
NB8 = ("Ik leidde de reorganisatie van drie dorpsteams naar één Sociaal Team Berkelland: van het projectplan en de "
       "gesprekken met de ondernemingsraad tot de nieuwe werkwijze en de evaluatie na een jaar.")
nb = [pos("2015 – heden", "Coördinator Sociaal Team", "Gemeente Berkelland",
          ["Dagelijkse coördinatie van het sociaal team (18 professionals Wmo, jeugd, schuldhulp en welzijn).",
           "Formatie, werving en selectie en de verdeling van uren, in overleg met de afdelingsmanager en HR.",
           "Bewaken van het teambudget en de financiële kaders.", NB6, NB7, NB8],
          ("2015-01", REF), 131, True, yearonly=True),
      pos("augustus 2009 – december 2014", "Maatschappelijk werker", "Stichting Welzijn Berkel en Slinge",
          ["Kortdurende hulpverlening aan gezinnen en ouderen, groepswerk 'Grip op je geld'."],
          ("2009-08", "2014-12"), 65, False),
      pos("februari 2006 – juli 2009", "Woonbegeleider", "Zorgcentrum De Hessenhof",
          ["Begeleiding van bewoners met een psychiatrische achtergrond."],
          ("2006-02", "2009-07"), 42, False)]
NB_RATE = "€ 89,50 per uur excl. btw"
cv(file="Noor Bakhuizen.pdf", fmt="pdf", layout="single",
   name="Noor Bakhuizen", email="noor.bakhuizen@example.nl", phone="06-29318405", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Marianne Tijink", "Erwin Heutink"],
   zzp_negated=["KvK 73519204"],
   body=[("title", AGENCY_NB),
         ("p", "Kandidaatvoorstel — Coördinator welzijn, gemeente Heerde (Flextender)"),
         ("table", ("Kandidaatvoorstel", ""),
          [("Kandidaat", "Noor Bakhuizen"), ("Beschikbaar", "per 1 januari 2026, 24 uur per week"),
           ("Tarief", NB_RATE), ("Dienstverband", "in loondienst bij " + AGENCY_NB)]),
         ("p", "Uw contactpersoon: Ruud Hilderink, accountmanager publieke sector, 0314-792031, "
               "r.hilderink@achterhoekdetacheert.example.com"),
         ("p", AGENCY_NB + " · Spoorstraat 12, 7001 GK Doetinchem · KvK 73519204"),
         ("break",),
         ("title", "Noor Bakhuizen"),
         ("p", "Eibergen  |  06-29318405  |  noor.bakhuizen@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een praktische coördinator die het liefst dicht bij de uitvoering staat. Al ruim tien jaar "
               "houd ik het sociaal team van de gemeente Berkelland draaiende: ik zorg dat professionals hun werk "
               "kunnen doen, spreek mensen aan als dat nodig is en neem het team mee als er iets moet veranderen."),
         ("h", "Werkervaring"),
         ("pos", "sample", nb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen, 2002 – 2006 — diploma"),
         ("p", "VWO, Marianum Groenlo — diploma 2002"),
         ("h", "Cursussen"),
         ("bl", ["Methodisch werken met DA Systems — 2022", "Leidinggeven zonder hiërarchie, Movisie — 2016"]),
         ("h", "Referenties"),
         ("p", "Marianne Tijink, afdelingsmanager Maatschappij, gemeente Berkelland, 0545-250251"),
         ("p", "Erwin Heutink, wethouder sociaal domein (2018-2022), gemeente Berkelland, 06-29318411")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=89.5,
               crit=(15, 25, 15, 20, 25),
               notes="Cover page of the detacheerder (account manager Ruud Hilderink's phone and e-mail are not the "
                     "candidate's; the agency's 'KvK 73519204' is not a zzp indication: she is 'in loondienst bij' "
                     "the agency -> zzp false, ko 1 pass). Coördinator Sociaal Team, Gemeente Berkelland "
                     "'2015 – heden' = 2015-01..2025-11 = 131 (year-only start; narrowest 2015-12.. = 120, both "
                     ">= 72). Maatschappelijk werker and woonbegeleider: no leading role. HBO MWD diploma -> mwd. "
                     "Criteria 6/7/8 in the coordinator's tasks. 100 points, rate 89.50 -> rank 1."))

# ------------------------------------------------------------------------- Femke Roelofsen (pdf, Chromium grid)
# CSS-grid sidebar (contact, education, rate); "vanaf mei 2020" + "maart 2016 - juni 2019"; Bachelor Pedagogiek
# (not MWD) -> 85, ties with Sven Oldenkamp and wins on the rate (84 < 86).
FR6 = ("Voorbeeld beleid → praktijk: de Lochemse Koers Jeugd 2017 heb ik samen met de beleidsadviseur omgezet "
       "in een uitvoeringsagenda met drie concrete projecten (een jeugdprofessional op elke basisschool, een "
       "inloop voor gescheiden ouders, een wachttijdenaanpak). Resultaat: de wachttijd voor jeugdhulp ging van "
       "elf naar vier weken.")
FR7 = ("Samenwerking met zorgaanbieders in de Wmo en jeugdhulp, huisartsen, zorgverzekeraar Zilveren Kruis en "
       "de publiek-private samenwerking (PPS) 'Bronckhorst Vitaal' met sportverenigingen en ondernemers uit de "
       "dorpen.")
FR8 = ("Veranderopgave: ik heb het sociaal team meegenomen van aanbodgericht naar integraal werken, met een "
       "verandertraject van een jaar (teamsessies, nieuwe werkafspraken, een ander registratiesysteem).")
fr = [pos("vanaf mei 2020", "Teamleider Sociaal Team", "Gemeente Bronckhorst",
          ["Leiding aan 15 consulenten Wmo en jeugd en twee administratief medewerkers.", FR7, FR8],
          ("2020-05", REF), 67, True),
      pos("juli 2019 – april 2020", "Beleidsadviseur Jeugd", "Gemeente Lochem",
          ["Inkoop jeugdhulp en de regionale transformatieagenda."],
          ("2019-07", "2020-04"), 10, False),
      pos("maart 2016 - juni 2019", "Coördinator Jeugd- en Gezinsteam", "Gemeente Lochem",
          ["Coördinatie van het jeugd- en gezinsteam (8 medewerkers), casuïstiekoverleg en kwaliteit.", FR6],
          ("2016-03", "2019-06"), 40, True),
      pos("2011 – 2016", "Gezinscoach", "Stichting Jeugdhulp Graafschap",
          ["Ambulante gezinsbegeleiding."],
          ("2011-01", "2016-12"), 72, False, yearonly=True)]
FR_RATE = "€ 84,- per uur"
cv(file="Femke Roelofsen.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Femke Roelofsen", email="femke.roelofsen@example.com", phone="06 48 21 93 07", rate=FR_RATE,
   exp=fr, crit_text={"6": FR6, "7": FR7, "8": FR8}, refs=["Joke Wassink", "Hans Ter Maat"],
   zzp_negated=["sportverenigingen en ondernemers uit de dorpen"],
   html=dict(style="grid",
             left=[("h", "Contact"), ("p", "Vorden"), ("p", "06 48 21 93 07"), ("p", "femke.roelofsen@example.com"),
                   ("h", "Opleiding"),
                   ("pb", "2007 – 2011"), ("p", "Bachelor Pedagogiek"), ("p", "Hogeschool Windesheim, diploma"),
                   ("h", "Talen"), ("p", "Nederlands, Engels, Duits"),
                   ("h", "Tarief"), ("p", FR_RATE + " (excl. btw)")],
             right=[("title", "Femke Roelofsen"),
                    ("p", "Teamleider sociaal domein. Ik geef richting, coach op eigenaarschap en houd van "
                          "heldere afspraken."),
                    ("h", "Loopbaan"),
                    ("pos", "dateline", fr),
                    ("h", "Referenties"),
                    ("p", "Joke Wassink, afdelingshoofd Sociaal Domein, gemeente Bronckhorst, 0575-750250"),
                    ("p", "Hans Ter Maat, manager Samenleving, gemeente Lochem, 0573-289222")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=107, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium PDF, CSS-grid sidebar. Teamleider Sociaal Team, Gemeente Bronckhorst 'vanaf mei 2020' "
                     "= 2020-05..2025-11 (67) + Coördinator Jeugd- en Gezinsteam, Gemeente Lochem 'maart 2016 - "
                     "juni 2019' (40) -> 107. Beleidsadviseur Jeugd and gezinscoach: not leading / not relevant. "
                     "Bachelor Pedagogiek -> hbo, not MWD -> criterion 4 = 0. 85 points, rate 84 -> ties with "
                     "Sven Oldenkamp (85, rate 86) and wins on the rate -> rank 2."))

# ------------------------------------------------------------------------- Sven Oldenkamp (docx, sidebar table)
# Two-column table, sidebar left with contact, rate and education; "2019 - nu" + "jan. 2012 – dec. 2018".
SO6 = ("Van beleid naar uitvoering: na de herindeling tot gemeente Westerkwartier heb ik de nieuwe "
       "welzijnsopdracht vertaald naar een jaarplan van de stichting met concrete projecten (vijf dorpshuizen "
       "als steunpunt, een vrijwilligersacademie, een preventieaanpak eenzaamheid) en een kwartaalrapportage "
       "voor de gemeente.")
SO7 = ("Partners: zorgaanbieders (thuiszorg en dagbesteding), huisartsen, GGD Groningen, zorgverzekeraar Menzis "
       "en een publiek-private samenwerking (PPS) met de woningcorporatie en een zorgboerderij.")
SO8 = ("Verandering geleid: de fusie van drie welzijnsorganisaties tot één stichting (projectleider van de "
       "samenvoeging, nieuwe teams en werkwijze).")
so = [pos("2019 - nu", "Manager Welzijn", "Stichting Welzijn Westerkwartier",
          ["Manager van 22 beroepskrachten en ruim 400 vrijwilligers; budget en subsidieverantwoording.",
           SO6, SO7, SO8],
          ("2019-01", REF), 83, True, yearonly=True),
      pos("jan. 2012 – dec. 2018", "Teamleider Wmo", "Gemeente Leek",
          ["Leiding aan het Wmo-team (10 consulenten), werving en selectie, kwaliteit van de indicaties."],
          ("2012-01", "2018-12"), 84, True),
      pos("sep. 2008 – dec. 2011", "Beleidsmedewerker", "Gemeente Zuidhorn",
          ["Subsidies welzijn en sport."],
          ("2008-09", "2011-12"), 40, False)]
SO_RATE = "Uurtarief: € 86,-"
cv(file="Sven Oldenkamp.docx", fmt="docx", layout="sidebar",
   name="Sven Oldenkamp", email="s.oldenkamp@example.nl", phone="06-57302816", rate=SO_RATE,
   exp=so, crit_text={"6": SO6, "7": SO7, "8": SO8}, refs=["Grietje Dijkstra", "Albert Huizinga"],
   left=[("h", "Personalia"), ("p", "Sven Oldenkamp"), ("p", "Leek"), ("p", "06-57302816"),
         ("p", "s.oldenkamp@example.nl"),
         ("h", "Tarief"), ("p", SO_RATE), ("p", "exclusief btw"),
         ("h", "Opleiding"), ("p", "HBO Bestuurskunde"), ("p", "Hanzehogeschool Groningen"), ("p", "diploma 2008"),
         ("h", "Talen"), ("p", "Nederlands, Gronings, Engels")],
   right=[("title", "Sven Oldenkamp"),
          ("p", "Manager welzijn met een achtergrond bij de gemeente. Ik ken beide kanten van de subsidietafel."),
          ("h", "Werkervaring"),
          ("pos", "sample", so),
          ("h", "Referenties"),
          ("p", "Grietje Dijkstra, directeur-bestuurder Stichting Welzijn Westerkwartier, 06-57302890"),
          ("p", "Albert Huizinga, gemeentesecretaris gemeente Westerkwartier, 0594-508880")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Sidebar table (DOCX). Manager Welzijn, Stichting Welzijn Westerkwartier '2019 - nu' = "
                     "2019-01..2025-11 (83, year-only; narrowest 2019-12.. = 72) + Teamleider Wmo, Gemeente Leek "
                     "'jan. 2012 – dec. 2018' (84), contiguous -> 167 (narrowest 156). Beleidsmedewerker: not "
                     "leading. HBO Bestuurskunde -> hbo, not MWD -> criterion 4 = 0. 85 points, rate 86 -> ties "
                     "with Femke Roelofsen (85, rate 84) and loses on the rate -> rank 3."))

# ------------------------------------------------------------------------- Gijs Timmerman (docx, page header)
# Contact only in the page header; "sinds 2021" + "01-2012 t/m 12-2018"; criterion 7 not shown -> 80.
GT6 = ("Voorbeeld: het Westerveldse beleidsplan Sociaal Domein 2022-2026 heb ik met de teamleiders vertaald "
       "naar een jaarwerkplan met concrete projecten (één toegang voor Wmo en jeugd, vroegsignalering van "
       "schulden, een dorpsgerichte aanpak eenzaamheid). De resultaten staan in de halfjaarlijkse monitor voor "
       "de raad.")
GT8 = ("Projectmatig: opdrachtgever en trekker van de invoering van één toegang, inclusief de overstap naar een "
       "nieuw registratiesysteem en de scholing van 30 medewerkers.")
gt = [pos("sinds 2021", "Manager Sociaal Domein", "Gemeente Westerveld",
          ["Manager van drie teams (toegang, welzijn, werk en inkomen), 42 medewerkers.", GT6, GT8],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("01-2019 t/m 12-2020", "Beleidsadviseur Wmo", "Gemeente Meppel",
          ["Verordening en inkoop Wmo."],
          ("2019-01", "2020-12"), 24, False),
      pos("01-2012 t/m 12-2018", "Coördinator Gebiedsteam", "Gemeente Meppel",
          ["Coördinatie van het gebiedsteam Meppel-Oost (11 medewerkers), werkverdeling en kwaliteit."],
          ("2012-01", "2018-12"), 84, True),
      pos("09-2007 t/m 12-2011", "Maatschappelijk werker", "Stichting Welzijn Meppel",
          ["Individuele hulpverlening."],
          ("2007-09", "2011-12"), 52, False)]
GT_RATE = "tarief 91 euro per uur"
cv(file="Gijs Timmerman.docx", fmt="docx", layout="header",
   header="Gijs Timmerman  ·  Havelte  ·  06-13872064  ·  gijs.timmerman@example.nl",
   name="Gijs Timmerman", email="gijs.timmerman@example.nl", phone="06-13872064", rate=GT_RATE,
   exp=gt, crit_text={"6": GT6, "8": GT8}, refs=["Anja Mulder-Kloosterman", "Frits Lanting"],
   body=[("title", "Curriculum vitae"),
         ("p", "Manager sociaal domein, 24 uur beschikbaar vanaf januari 2026, " + GT_RATE + " (excl. btw)."),
         ("h", "Wie ben ik"),
         ("p", "Een rustige, besluitvaardige manager. Ik houd van structuur in werkprocessen en van teams die "
               "zelf verantwoordelijkheid nemen."),
         ("h", "Werkervaring"),
         ("pos", "datebold", gt),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden — afgestudeerd 2007"),
         ("h", "Referenties"),
         ("p", "Anja Mulder-Kloosterman, gemeentesecretaris gemeente Westerveld, 0521-494949"),
         ("p", "Frits Lanting, teammanager Samenleving, gemeente Meppel, 0522-850011")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 0, 25),
               notes="Name, phone and e-mail only in the page header. Manager Sociaal Domein, Gemeente Westerveld "
                     "'sinds 2021' = 2021-01..2025-11 (59, year-only; narrowest 48) + Coördinator Gebiedsteam, "
                     "Gemeente Meppel '01-2012 t/m 12-2018' (84) -> 143 (narrowest 132). Beleidsadviseur Wmo and "
                     "maatschappelijk werker: not leading. Bachelor MWD -> mwd. Criterion 7 (care providers, "
                     "insurer, PPS) is not shown anywhere -> 0. 80 points, rate 91 -> rank 4."))

# ------------------------------------------------------------------------- Lisanne Wubbolts (pdf, Europass)
# Europass positions, agency details in the page footer; "09/2010 – 08/2014"; 66 relevant months
# (60 <= 66 < 72): ko 3 pass, criterion 5 = 0 -> 75.
AGENCY_LW = "Noordelijk Talent Detachering B.V."
LW6 = ("Voorbeeld: de Oldambtster nota 'Samen Oud Worden' heb ik omgezet in concrete projecten van de stichting "
       "(een ouderenadviseur per dorp, een mantelzorgwaardering, een belteam tegen eenzaamheid) met afspraken over "
       "bereik; het bereik onder mantelzorgers verdubbelde in twee jaar.")
LW7 = ("Structurele samenwerking met zorgaanbieders, huisartsen en de wijkverpleging, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met een lokale energiecoöperatie voor de klussendienst.")
LW8 = ("Projectleider Sociaal Domein voor de gemeenten Pekela en Oldambt: ik leidde de transitie van de jeugdhulp "
       "en de Wmo-taken naar de gemeente en richtte de lokale toegang in.")
lw = [pos("01/2018 – heden", "Senior beleidsadviseur Sociaal Domein", "Gemeente Groningen",
          ["Beleid en regionale inkoop Wmo en jeugd; advisering aan het college."],
          ("2018-01", REF), 95, False),
      pos("03/2016 – 12/2017", "Projectleider Sociaal Domein", "Gemeente Pekela",
          [LW8], ("2016-03", "2017-12"), 22, False),
      pos("09/2014 – 02/2016", "Teamleider Wijkteam", "Gemeente Oldambt",
          ["Leiding aan het wijkteam Winschoten (9 professionals); casusregie en werkverdeling."],
          ("2014-09", "2016-02"), 18, True),
      pos("09/2010 – 08/2014", "Coördinator Welzijn en Mantelzorg", "Stichting Welzijn Oldambt",
          ["Coördinatie van 4 ouderenadviseurs en 90 vrijwilligers.", LW6, LW7],
          ("2010-09", "2014-08"), 48, True)]
LW_RATE = "€ 93 p/u"
cv(file="Lisanne Wubbolts.pdf", fmt="pdf", layout="single",
   footer=AGENCY_LW + " · KvK 70281634 · accountmanager Bert Scheepstra · 050-7113920 · "
          "bert@noordelijktalent.example.com",
   name="Lisanne Wubbolts", email="l.wubbolts@example.nl", phone="+31 6 30481957", rate=LW_RATE,
   exp=lw, crit_text={"6": LW6, "7": LW7, "8": LW8}, refs=["Harm Boerma", "Sietske de Haan"],
   zzp_negated=["KvK 70281634"],
   body=[("title", "Lisanne Wubbolts"),
         ("rows", [("Woonplaats", ["Winschoten"]), ("Telefoon", ["+31 6 30481957"]),
                   ("E-mail", ["l.wubbolts@example.nl"]),
                   ("Tarief", [LW_RATE + " (excl. btw), via " + AGENCY_LW])]),
         ("h", "Werkervaring"),
         ("eu_pos", lw),
         ("h", "Opleiding"),
         ("rows", [("2006 – 2010", ["HBO Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen, "
                                    "diploma behaald"])]),
         ("h", "Referenties"),
         ("p", "Harm Boerma, directeur Stichting Welzijn Oldambt, 0597-412300"),
         ("p", "Sietske de Haan, afdelingsmanager Samenleving, gemeente Groningen, 050-3678000")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=93.0,
               crit=(15, 0, 15, 20, 25),
               notes="Europass; the detacheerder (KvK, account manager) in the page footer -> not the candidate's "
                     "details, no zzp. Relevant: Coördinator Welzijn en Mantelzorg, Stichting Welzijn Oldambt "
                     "'09/2010 – 08/2014' (48) + Teamleider Wijkteam, Gemeente Oldambt '09/2014 – 02/2016' (18) "
                     "-> 66: >= 60 -> ko 3 pass, < 72 -> criterion 5 = 0. Projectleider and senior "
                     "beleidsadviseur: not coordinator/manager roles. HBO MWD -> mwd. 75 points, rate 93 -> rank 5."))

# ------------------------------------------------------------------------- Ruben Hazenberg (docx, one page)
# Short CV from the candidate himself with English headings over Dutch text; no example of policy -> 0 for 6.
RH7 = ("Afspraken gemaakt met zorgaanbieders, huisartsen en zorgverzekeraar Menzis over snelle doorverwijzing; "
       "met lokale werkgevers een publiek-private samenwerking (PPS) voor leerwerkplekken.")
RH8 = "Trekker van de reorganisatie van de klantmanagers en Wmo-consulenten tot één team (2019)."
rh = [pos("10/2017 – heden", "Teamleider Participatie en Wmo", "Gemeente Oude IJsselstreek",
          ["Leiding aan 13 medewerkers.", RH7, RH8],
          ("2017-10", REF), 98, True),
      pos("2013 – 2017", "Klantmanager", "Gemeente Doetinchem",
          ["Begeleiding naar werk."], ("2013-01", "2017-12"), 60, False, yearonly=True)]
RH_RATE = "€ 95/uur"
cv(file="Ruben Hazenberg.docx", fmt="docx", layout="single",
   name="Ruben Hazenberg", email="rubenhazenberg@example.com", phone="06-80417263", rate=RH_RATE,
   exp=rh, crit_text={"7": RH7, "8": RH8}, refs=["Gerda Wolsink", "Dirk Schoemaker"],
   body=[("title", "Ruben Hazenberg"),
         ("p", "Terborg · 06-80417263 · rubenhazenberg@example.com"),
         ("h", "Profile"),
         ("p", "Teamleider met een nuchtere kijk. Kort en goed."),
         ("h", "Work experience"),
         ("pos", "pipe", rh),
         ("h", "Education"),
         ("p", "HBO Bestuurskunde, Saxion Enschede — diploma 2012"),
         ("h", "Rate"),
         ("p", RH_RATE + " excl. btw"),
         ("h", "References"),
         ("p", "Gerda Wolsink (afdelingshoofd, gemeente Oude IJsselstreek), 0315-292292"),
         ("p", "Dirk Schoemaker (teammanager, gemeente Doetinchem), 0314-377377")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=98, refs=(2, False), zzp=False, hourly=95.0,
               crit=(0, 25, 0, 20, 25),
               notes="One page, English headings over Dutch text (language nl). Teamleider Participatie en Wmo, "
                     "Gemeente Oude IJsselstreek '10/2017 – heden' = 2017-10..2025-11 = 98. Klantmanager: not "
                     "leading. HBO Bestuurskunde -> hbo, not MWD -> 0 for 4. No example of turning policy into "
                     "projects (the tender asks for one) -> 0 for 6. 70 points, rate 95 -> rank 6."))

# ------------------------------------------------------------------------- Anke Veldhuis (pdf, Chromium Europass)
# Europass as a CSS grid; "2016 - 2019" year-only next to "2020 – heden": narrowest 86, so nothing depends on it;
# HBO Management in de Zorg (not MWD); criterion 7 not shown -> 65.
AV6 = ("Voorbeeld: het Montferlandse beleid 'Iedereen doet mee' heb ik vertaald naar een uitvoeringsplan met "
       "concrete projecten: een sociaal makelaar in iedere kern, een vaste aanpak voor vroegsignalering en een "
       "jongerenraad. De resultaten meten we elk jaar in de monitor sociaal domein.")
AV8 = ("Verandertraject 'Dichtbij': ik heb de afdeling in twee jaar omgebouwd van vier losse teams naar twee "
       "gebiedsteams, met een projectgroep en een klankbordgroep van inwoners.")
av = [pos("2020 – heden", "Manager Sociaal Domein", "Gemeente Montferland",
          ["Manager van de afdeling Sociaal Domein (35 medewerkers), budget en formatie.", AV6, AV8],
          ("2020-01", REF), 71, True, yearonly=True),
      pos("2016 - 2019", "Coördinator Welzijn Ouderen", "Stichting Welzijn Montferland",
          ["Coördinatie van de ouderenadviseurs en de dagactiviteiten."],
          ("2016-01", "2019-12"), 48, True, yearonly=True),
      pos("2012 – 2016", "Wmo-consulent", "Gemeente Doesburg",
          ["Keukentafelgesprekken en indicaties."],
          ("2012-01", "2016-12"), 60, False, yearonly=True)]
AV_RATE = "Tarief: 87 euro/uur"
cv(file="Anke Veldhuis.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Anke Veldhuis", email="anke.veldhuis@example.nl", phone="0316-524870", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "8": AV8}, refs=["Rob Peelen", "Ellen Jansink"],
   html=dict(style="single",
             body=[("title", "Anke Veldhuis"),
                   ("eu", [("Woonplaats", ["Didam"]), ("Telefoon", ["0316-524870"]),
                           ("E-mail", ["anke.veldhuis@example.nl"]), ("Tarief", [AV_RATE + " exclusief btw"])]),
                   ("h", "Werkervaring"),
                   ("eu", [(p["d"], [("b", p["t"]), p["e"]] + [("li", t) for t in p["tasks"]]) for p in av]),
                   ("h", "Opleiding"),
                   ("eu", [("2004 – 2008", [("b", "HBO Management in de Zorg"),
                                            "Hogeschool Arnhem en Nijmegen — diploma"])]),
                   ("h", "Referenties"),
                   ("eu", [("Referent", ["Rob Peelen, gemeentesecretaris, gemeente Montferland, 0316-291391"]),
                           ("Referent", ["Ellen Jansink, directeur Stichting Welzijn Montferland, 0316-291777"])])]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=119, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 0, 25),
               notes="Chromium PDF, Europass grid. Manager Sociaal Domein, Gemeente Montferland '2020 – heden' = "
                     "2020-01..2025-11 (71) + Coördinator Welzijn Ouderen, Stichting Welzijn Montferland "
                     "'2016 - 2019' = 2016-01..2019-12 (48), contiguous -> 119; narrowest reading 2016-12..2019-01 "
                     "(26) + 2020-12..2025-11 (60) = 86: >= 72 either way, nothing depends on it. Wmo-consulent: "
                     "not leading. HBO Management in de Zorg -> hbo, not MWD. Criterion 7 not shown -> 0. "
                     "65 points, rate 87 -> rank 7."))

# ------------------------------------------------------------------------- Mohamed Ouali (docx, experience table)
# Experience table + tasks; "september 2010 tot en met augustus 2014"; Bachelor SPH (not MWD); no project or
# change work shown -> 60.
MO6 = ("Voorbeeld: het beleidsplan Wmo van Assen heb ik voor het team vertaald naar een jaarwerkplan met concrete "
       "doelen en acties (keukentafelgesprek binnen tien werkdagen, een vaste consulent per wijk, een terugbelbelofte) "
       "en resultaten die ik elk kwartaal rapporteer aan de afdelingsmanager.")
MO7 = ("Samenwerking met zorgaanbieders (contractgesprekken begeleiding en huishoudelijke hulp), huisartsen, "
       "zorgverzekeraar Zilveren Kruis en de publiek-private samenwerking (PPS) 'Assen Zorgt Samen'.")
mo = [pos("september 2014 – heden", "Coördinator Wmo-team", "Gemeente Assen",
          ["Coördinatie van 14 Wmo-consulenten; werkverdeling, kwaliteit en het inwerken van nieuwe collega's.",
           MO6, MO7],
          ("2014-09", REF), 135, True),
      pos("september 2010 tot en met augustus 2014", "Teamleider Jeugd en Gezin", "Gemeente Tynaarlo",
          ["Leiding aan 7 jeugdconsulenten en het centrum voor jeugd en gezin."],
          ("2010-09", "2014-08"), 48, True),
      pos("augustus 2005 – augustus 2010", "Jeugdhulpverlener", "Jeugdzorg Drenthe",
          ["Ambulante hulp aan gezinnen."],
          ("2005-08", "2010-08"), 61, False)]
MO_RATE = "EUR 88,75 (excl. BTW)"
cv(file="Mohamed Ouali.docx", fmt="docx", layout="single",
   name="Mohamed Ouali", email="m.ouali@example.nl", phone="06-44092718", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7}, refs=["Wilma Hoving", "Jan Bruins Slot"],
   body=[("title", "Mohamed Ouali"),
         ("p", "Coördinator Wmo  ·  Assen  ·  06-44092718  ·  m.ouali@example.nl"),
         ("p", "Uurtarief: " + MO_RATE),
         ("h", "Over mij"),
         ("p", "Coördinator met twintig jaar ervaring in jeugd en Wmo in Drenthe. Ik houd van duidelijke afspraken "
               "en een team dat elkaar aanspreekt."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), mo),
         ("h", "Taken en resultaten"),
         ("tasks", mo),
         ("h", "Opleiding"),
         ("p", "HBO Sociaal Pedagogische Hulpverlening (SPH), Hanzehogeschool Groningen — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Wilma Hoving, afdelingsmanager Maatschappelijke Ondersteuning, gemeente Assen, 0592-366911"),
         ("p", "Jan Bruins Slot, teamleider, gemeente Tynaarlo, 0592-266600")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=183, refs=(2, False), zzp=False, hourly=88.75,
               crit=(0, 25, 15, 20, 0),
               notes="Experience table Periode | Functie | Werkgever, tasks below. Coördinator Wmo-team, Gemeente "
                     "Assen 'september 2014 – heden' = 2014-09..2025-11 (135) + Teamleider Jeugd en Gezin, Gemeente "
                     "Tynaarlo 'september 2010 tot en met augustus 2014' (48), contiguous -> 183. Jeugdhulpverlener: "
                     "not leading. HBO SPH -> hbo, not MWD -> 0 for 4. No project or change work anywhere -> 0 for "
                     "8. 60 points, rate 88.75 -> rank 8."))


# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Jasper Kloosterman (pdf, Chromium flex)
# 56 relevant months: ko 3 fail.
JK6 = ("Voorbeeld: het Drontense jeugdbeleid 'Kansrijk Opgroeien' heb ik vertaald naar concrete projecten van het "
       "jongerenwerk (een jongerenhuis in Dronten-West, een straatcoach-aanpak, een zomerschool) met doelen die we "
       "elk half jaar aan de gemeente rapporteren.")
JK7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, de huisartsen, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met het bedrijfsleven voor stageplekken.")
JK8 = "Projectleider van de verhuizing en vernieuwing van het jongerenwerk naar het nieuwe Kulturhus."
jk = [pos("april 2021 – heden", "Coördinator Jongerenwerk", "Stichting Welzijn Dronten",
          ["Coördinatie van 8 jongerenwerkers.", JK6, JK7, JK8],
          ("2021-04", REF), 56, True),
      pos("maart 2014 – maart 2021", "Jongerenwerker", "Stichting Welzijn Dronten",
          ["Ambulant jongerenwerk."], ("2014-03", "2021-03"), 85, False)]
JK_RATE = "€ 78,00 per uur"
cv(file="Jasper Kloosterman.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Jasper Kloosterman", email="jasper.kloosterman@example.com", phone="06-21950374", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Marco Visscher", "Linda Hoekstra-Pol"],
   html=dict(style="flex",
             left=[("title", "Jasper Kloosterman"),
                   ("p", "Dronten"), ("p", "06-21950374"), ("p", "jasper.kloosterman@example.com"),
                   ("h", "Opleiding"), ("pb", "2010 – 2014"), ("p", "Bachelor Social Work"),
                   ("p", "Hogeschool Windesheim Almere, diploma"),
                   ("h", "Tarief"), ("p", JK_RATE + " ex btw")],
             right=[("h", "Profiel"),
                    ("p", "Jongerenwerker die coördinator werd. Ik ken de jongeren en de straat."),
                    ("h", "Werkervaring"),
                    ("pos", "datebold", jk),
                    ("h", "Referenties"),
                    ("p", "Marco Visscher, directeur Stichting Welzijn Dronten, 0321-388100"),
                    ("p", "Linda Hoekstra-Pol, beleidsadviseur jeugd, gemeente Dronten, 0321-388200")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=78.0,
               crit=(15, 0, 15, 20, 25),
               notes="Chromium PDF, flex sidebar. Coördinator Jongerenwerk, Stichting Welzijn Dronten 'april 2021 – "
                     "heden' = 2021-04..2025-11 = 56 -> < 60 -> ko 3 fail (month-exact, no review). Jongerenwerker: "
                     "not leading. Bachelor Social Work -> mwd. 75 points, not eligible."))

# ------------------------------------------------------------------------- Wendela Prins (docx, agency footer)
# MBO diploma, HBO MWD not finished: ko 2 fail. Education first.
AGENCY_WP = "Liemers Personeel & Detachering B.V."
WP6 = ("Voorbeeld: de Zevenaarse visie op wijkgericht werken heb ik met het buurtteam vertaald naar een jaarplan met "
       "concrete projecten (een wijkpunt in Babberich, een ontmoetingsplek voor mantelzorgers, een buurtbudget) en "
       "meetbare resultaten in de jaarrapportage.")
WP7 = ("Samenwerking met zorgaanbieders, de huisartsen, zorgverzekeraar VGZ en een publiek-private samenwerking "
       "(PPS) met de woningcorporatie en de supermarkt in de wijk.")
WP8 = "Projectleider van de herinrichting van de buurtteams na de fusie met Rijnwaarden (2018)."
wp = [pos("april 2012 – heden", "Coördinator Buurtteam", "Gemeente Zevenaar",
          ["Coördinatie van het buurtteam Zevenaar-Zuid (9 medewerkers).", WP6, WP7, WP8],
          ("2012-04", REF), 164, True),
      pos("2003 – 2012", "Medewerker thuisbegeleiding", "Thuiszorg Liemers",
          ["Begeleiding van ouderen thuis."], ("2003-01", "2012-12"), 120, False, yearonly=True)]
WP_RATE = "€ 79,50 per uur"
cv(file="Wendela Prins.docx", fmt="docx", layout="single",
   footer=AGENCY_WP + " · KvK 81620457 · accountmanager Inge Roording · 0316-780455",
   name="Wendela Prins", email="wendela.prins@example.nl", phone="06-36619084", rate=WP_RATE,
   exp=wp, crit_text={"6": WP6, "7": WP7, "8": WP8}, refs=["Bert Nijenhuis", "Yvonne Arntz"],
   zzp_negated=["KvK 81620457"],
   body=[("title", "Wendela Prins"),
         ("p", "Zevenaar  ·  06-36619084  ·  wendela.prins@example.nl"),
         ("p", "Aangeboden door " + AGENCY_WP + " — " + WP_RATE + " excl. btw"),
         ("h", "Opleidingen"),
         ("p", "MBO Maatschappelijke Zorg niveau 4, Rijn IJssel — diploma 2003"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), HAN, 2006 – 2008 — niet afgerond"),
         ("h", "Werkervaring"),
         ("pos", "sample", wp),
         ("h", "Referenties"),
         ("p", "Bert Nijenhuis, manager Sociaal Domein, gemeente Zevenaar, 0316-595111"),
         ("p", "Yvonne Arntz, teamleider Wmo, gemeente Zevenaar, 0316-595122")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=164, refs=(2, False), zzp=False, hourly=79.5,
               crit=(0, 25, 15, 20, 25),
               notes="Agency in the page footer (KvK of the agency, no zzp). MBO Maatschappelijke Zorg niveau 4 "
                     "diploma; HBO MWD part-time 'niet afgerond' -> highest completed level mbo, no hbo bachelor "
                     "-> ko 2 fail, not MWD. Coördinator Buurtteam, Gemeente Zevenaar 'april 2012 – heden' = "
                     "2012-04..2025-11 = 164. 85 points, not eligible."))

# ------------------------------------------------------------------------- Bram Lutgerink (pdf, LibreOffice)
# Self-employed: own company with a KvK number -> ko 1 review.
BL6 = ("Voorbeeld: de Winterswijkse beleidsnota Wmo heb ik vertaald naar een werkplan met concrete projecten "
       "(een vaste contactpersoon per buurt, een wachtlijstaanpak) en halfjaarlijkse resultaten voor het college.")
BL7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking "
       "(PPS) 'Winterswijk Gezond'.")
BL8 = "Projectleider van de reorganisatie van de wijkteams in Aalten (2016–2017)."
bl = [pos("02/2019 – heden", "Teamleider Wmo (opdracht)", "Gemeente Winterswijk",
          ["Leiding aan het Wmo-team (12 consulenten).", BL6, BL7],
          ("2019-02", REF), 82, True),
      pos("03/2011 – 01/2019", "Coördinator Wijkteams", "Gemeente Aalten",
          ["Coördinatie van drie wijkteams.", BL8],
          ("2011-03", "2019-01"), 95, True)]
BL_RATE = "Tarief: € 98,00 per uur excl. BTW"
cv(file="Bram Lutgerink.pdf", fmt="pdf", layout="single",
   name="Bram Lutgerink", email="bram@lutgerinkadvies.example.nl", phone="06-59184730", rate=BL_RATE,
   exp=bl, crit_text={"6": BL6, "7": BL7, "8": BL8}, refs=["Gert Kempers", "Anneke Boschker"],
   body=[("title", "Bram Lutgerink"),
         ("p", "Winterswijk · 06-59184730 · bram@lutgerinkadvies.example.nl"),
         ("p", "Sinds februari 2019 werk ik als zzp'er vanuit mijn eigen onderneming Lutgerink Advies Sociaal "
               "Domein (KvK 87461203). " + BL_RATE),
         ("h", "Werkervaring"),
         ("pos", "datebold", bl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede, diploma 2004"),
         ("h", "Referenties"),
         ("p", "Gert Kempers, afdelingsmanager Samenleving, gemeente Winterswijk, 0543-543543"),
         ("p", "Anneke Boschker, gemeentesecretaris, gemeente Aalten, 0543-493493")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=177, refs=(2, False), zzp=True, hourly=98.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds februari 2019 werk ik als zzp'er vanuit mijn eigen onderneming ... (KvK 87461203)' -> "
                     "zzp -> ko 1 review (the tender excludes a zzp'er as inschrijver; convention: review). "
                     "Teamleider Wmo (opdracht), Gemeente Winterswijk '02/2019 – heden' (82) + Coördinator "
                     "Wijkteams, Gemeente Aalten '03/2011 – 01/2019' (95), contiguous -> 177. HBO MWD. 100 points, "
                     "not eligible (review)."))

# ------------------------------------------------------------------------- Hilde Zwiers (docx)
# References on request, no named referee -> references review.
HZ6 = ("Voorbeeld: het beleidsplan 'Samen Noordoostpolder' heb ik omgezet in concrete projecten voor het "
       "wijkteam (dorpsspreekuren in tien dorpen, een aanpak voor laaggeletterdheid) met resultaten in de "
       "jaarrapportage.")
HZ7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en een publiek-private "
       "samenwerking (PPS) met agrarische ondernemers voor zorgboerderijen.")
HZ8 = "Projectleider van de transitie van de jeugdhulp naar het wijkteam (2015)."
hz = [pos("mei 2014 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Noordoostpolder",
          ["Coördinatie van het wijkteam Emmeloord (12 professionals).", HZ6, HZ7, HZ8],
          ("2014-05", REF), 139, True),
      pos("2008 – 2014", "Maatschappelijk werker", "Carrefour Welzijn Flevoland",
          ["Hulpverlening aan gezinnen."], ("2008-01", "2014-12"), 84, False, yearonly=True)]
HZ_RATE = "uurtarief € 85 (ex. btw)"
cv(file="Hilde Zwiers.docx", fmt="docx", layout="single",
   name="Hilde Zwiers", email="hilde.zwiers@example.nl", phone="0527-618294", rate=HZ_RATE,
   exp=hz, crit_text={"6": HZ6, "7": HZ7, "8": HZ8}, refs=[],
   zzp_negated=["agrarische ondernemers"],
   body=[("title", "Hilde Zwiers"),
         ("p", "Emmeloord · 0527-618294 · hilde.zwiers@example.nl · " + HZ_RATE),
         ("h", "Ervaring"),
         ("pos", "next", hz),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, diploma 2007"),
         ("h", "Referenties"),
         ("p", "Referenties worden op verzoek verstrekt.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=139, refs=(0, True), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Referenties worden op verzoek verstrekt.' and no named referee -> count 0, on_request -> "
                     "references review (the tender asks for at least 2). Coördinator Sociaal Wijkteam, Gemeente "
                     "Noordoostpolder 'mei 2014 – heden' = 2014-05..2025-11 = 139. Maatschappelijk werker at a "
                     "welzijnsorganisatie: not leading. HBO MWD. 100 points, not eligible (review)."))

# ------------------------------------------------------------------------- Daniel Mertens (pdf, Chromium)
# English CV of a strong candidate: language fail.
DM6 = ("Example: I translated the municipal policy 'Doetinchem Connects' into a work plan with concrete projects "
       "(a social broker in every district, a debt early-warning approach) and reported the results to the council "
       "every year.")
DM7 = ("Cooperation with care providers, general practitioners, the health insurer Menzis and a public-private "
       "partnership (PPS) with the housing association.")
DM8 = "Project lead of the reorganisation of the social teams into three district teams (2017–2018)."
dm = [pos("Jan 2012 – Present", "Manager Social Domain", "Municipality of Doetinchem",
          ["Managing three teams (38 staff) in social support, youth and income.", DM6, DM7, DM8],
          ("2012-01", REF), 167, True),
      pos("Oct 2007 – Dec 2011", "Social worker", "Stichting Welzijn Doetinchem",
          ["Casework with families."], ("2007-10", "2011-12"), 51, False)]
DM_RATE = "Hourly rate: EUR 92"
cv(file="Daniel Mertens.pdf", fmt="pdf", layout="html", producer="chromium", lang="en",
   name="Daniel Mertens", email="daniel.mertens@example.com", phone="+31 6 17284950", rate=DM_RATE,
   exp=dm, crit_text={"6": DM6, "7": DM7, "8": DM8}, refs=["Karin Lensink", "Peter Wolbrink"],
   html=dict(style="single",
             body=[("title", "Daniel Mertens"),
                   ("p", "Doetinchem · +31 6 17284950 · daniel.mertens@example.com · " + DM_RATE + " (excl. VAT)"),
                   ("h", "Profile"),
                   ("p", "I am an experienced manager in the social domain who enjoys building strong teams and "
                         "working close to the residents of a small town."),
                   ("h", "Work experience"),
                   ("pos", "dateline", dm),
                   ("h", "Education"),
                   ("p", "Bachelor of Social Work (Maatschappelijk Werk en Dienstverlening), Saxion University of "
                         "Applied Sciences, 2007"),
                   ("h", "References"),
                   ("p", "Karin Lensink, head of the social domain department, Municipality of Doetinchem, "
                         "0314-377111"),
                   ("p", "Peter Wolbrink, alderman for care and welfare (2014–2022), Doetinchem, 06-17284999")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=92.0,
               crit=(15, 25, 15, 20, 25), lang="en",
               notes="English CV -> dutch check fail (the tender asks for a CV 'opgesteld in het Nederlands'). The "
                     "rest is the truth: Manager Social Domain, Municipality of Doetinchem 'Jan 2012 – Present' = "
                     "2012-01..2025-11 = 167 (a municipality is a gemeente); social worker: not leading. Bachelor "
                     "of Social Work (MWD) -> mwd. 100 points, not eligible."))

# ------------------------------------------------------------------------- Tessa Hoekman (docx, 6 pages)
# Detacheerder's cover page and a detailed CV with page breaks: 6 pages > 5 -> pages fail.
AGENCY_TH = "Twentse Professionals Sociaal Domein B.V."
TH6 = ("Voorbeeld: het beleidskader 'Hof van Twente Verbindt' heb ik vertaald naar een jaarwerkplan met concrete "
       "projecten (een huiskamer in elke kern, een sportcoach voor ouderen, een mantelzorgpas) met doelen en een "
       "jaarlijkse effectmeting.")
TH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking "
       "(PPS) met lokale ondernemers voor vervoer van ouderen.")
TH8 = "Projectleider van de reorganisatie van het welzijnswerk tot één organisatie (2014–2015)."
th = [pos("november 2013 – heden", "Manager Welzijn", "Stichting Welzijn Hof van Twente",
          ["Manager van 26 beroepskrachten.", TH6, TH7, TH8],
          ("2013-11", REF), 145, True),
      pos("mei 2006 – oktober 2013", "Opbouwwerker", "Stichting Welzijn Hof van Twente",
          ["Buurtwerk in Goor en Delden."], ("2006-05", "2013-10"), 90, False)]
TH_RATE = "€ 90,- per uur (excl. btw)"
cv(file="Tessa Hoekman.docx", fmt="docx", layout="single",
   name="Tessa Hoekman", email="tessa.hoekman@example.nl", phone="06-72045831", rate=TH_RATE,
   exp=th, crit_text={"6": TH6, "7": TH7, "8": TH8}, refs=["Jan Hofste", "Marga Nijhuis"],
   zzp_negated=["KvK 69830152", "lokale ondernemers"],
   body=[("title", AGENCY_TH),
         ("p", "Voorstel kandidaat voor de opdracht Coördinator welzijn, gemeente Heerde"),
         ("p", "Kandidaat: Tessa Hoekman — " + TH_RATE),
         ("p", "Accountmanager: Niels Brinkhuis, 074-8501234 · " + AGENCY_TH + " · KvK 69830152"),
         ("break",),
         ("title", "Tessa Hoekman"),
         ("p", "Goor · 06-72045831 · tessa.hoekman@example.nl"),
         ("h", "Profiel"),
         ("p", "Manager welzijn die mensen verbindt en koers houdt."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", th[:1]),
         ("break",),
         ("pos", "sample", th[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2006"),
         ("break",),
         ("h", "Referenties"),
         ("p", "Jan Hofste, wethouder Welzijn, gemeente Hof van Twente, 0547-858585"),
         ("p", "Marga Nijhuis, voorzitter raad van toezicht, Stichting Welzijn Hof van Twente, 06-72045899")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=145, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Cover page of the detacheerder plus a CV over five more pages -> 6 pages > 5 -> pages fail. "
                     "Manager Welzijn, Stichting Welzijn Hof van Twente 'november 2013 – heden' = 2013-11..2025-11 "
                     "= 145. Opbouwwerker: not leading. HBO MWD. The agency's KvK is no zzp. 100 points, not "
                     "eligible."))


if os.environ.get("ZEEF_H31_ONLY") == "lo":
    CVS[:] = [c for c in CVS if c.get("producer") != "chromium"]
