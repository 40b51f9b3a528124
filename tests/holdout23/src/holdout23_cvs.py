# -*- coding: utf-8 -*-
"""Holdout round 23 for zeef: 10 fictional CVs whose difficulty is the PDF LAYOUT. Two-column sidebar CVs whose
narrow sidebar holds the education (with years), courses, certificates, languages, contact and rate while the
periods of work stand in the wide column; Europass CVs with the dates in a narrow left column (one with labelled
personal details Naam / Adres / Telefoon there); contact only in the page header; experience as a table. Five of
the PDFs are printed by headless Chromium from HTML + CSS (grid, flex, float sidebars; a Europass grid; an HTML
table) by src/html_pdf.py, the others by LibreOffice through the shared tests/holdout2/src/build.py. Seven
candidates are eligible (a misreading shows as a wrong fail), three must fail for a reason written in the layout
(propedeuse only in the sidebar; fewer than 60 relevant months; the long leading role at a B.V.).
Written without looking at the pipeline's source or rules/.

Every person, address, phone number, e-mail address and reference is made up. Employers are real
municipalities and fictional foundations and companies. See tests/holdout2/src/cvset.py for the field list;
extra fields here: producer ("chromium": printed by src/html_pdf.py from html=dict(style, left, right | body)).

ZEEF_H23_ONLY=lo leaves only the LibreOffice CVs in CVS (for tests/holdout2/src/build.py, which lays out every
CV it is given with python-docx).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def c678(place, nota, projects, partners, project8):
    """The three criterion passages of one CV."""
    return (f"Voorbeeld beleid naar resultaat: de nota '{nota}' van {place} heb ik vertaald naar een jaarwerkplan "
            f"met concrete projecten ({projects}), met halfjaarlijkse monitoring en rapportage.",
            f"Samenwerking met zorgaanbieders, huisartsen, {partners} en een publiek-private samenwerking (PPS) "
            f"met lokale bedrijven.",
            project8)


# ------------------------------------------------------------------------- A: Lieke Brouwers (pdf, LibreOffice sidebar)
# Sidebar (docx table 5 | 12 cm -> LibreOffice PDF) with 2 year lines: education "2004 – 2008" and a course "2017".
LB6, LB7, LB8 = c678("Hattem", "Hattem voor elkaar", "een huiskamer in de wijk, een mantelzorgpunt en een "
                     "maatjesproject", "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van het verandertraject 'Stip in de wijk' (2021–2022): projectplan, stuurgroep "
                     "en evaluatie.")
lb = [pos("januari 2016 – heden", "Coördinator Welzijn", "Gemeente Hattem",
          ["Leiding aan het team welzijn (11 medewerkers); formatie, werving en budget.", LB6, LB7, LB8],
          ("2016-01", REF), 119, True),
      pos("september 2008 – december 2015", "Maatschappelijk werker", "Stichting Welzijn Hattem",
          ["Hulpverlening aan gezinnen en ouderen."], ("2008-09", "2015-12"), 88, False)]
LB_RATE = "€ 88 per uur excl. btw"
cv(file="Lieke Brouwers.pdf", fmt="pdf", layout="sidebar",
   name="Lieke Brouwers", email="lieke.brouwers@example.nl", phone="06-41730295", rate=LB_RATE,
   exp=lb, crit_text={"6": LB6, "7": LB7, "8": LB8}, refs=["Gerda Hulst", "Jan Willem Prins"],
   left=[("title", "Lieke Brouwers"),
         ("h", "Contact"),
         ("p", "Hattem"), ("p", "06-41730295"), ("p", "lieke.brouwers@example.nl"),
         ("h", "Opleiding"),
         ("pb", "2004 – 2008"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
         ("p", "Hogeschool Windesheim Zwolle, diploma behaald"),
         ("h", "Cursus"),
         ("pb", "2017"),
         ("p", "Leergang Coachend leidinggeven"),
         ("h", "Talen"),
         ("p", "Nederlands, Engels"),
         ("h", "Tarief"),
         ("p", LB_RATE)],
   right=[("h", "Profiel"),
          ("p", "Coördinator welzijn bij de gemeente Hattem; verbindend, methodisch en nuchter."),
          ("h", "Werkervaring"),
          ("pos", "dateline", lb),
          ("h", "Referenties"),
          ("p", "Gerda Hulst, afdelingsmanager Samenleving, gemeente Hattem, 06-41730296"),
          ("p", "Jan Willem Prins, wethouder Sociaal Domein, gemeente Hattem, 06-41730297")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="LibreOffice sidebar PDF. Sidebar: contact, 'Opleiding' '2004 – 2008' / 'HBO Maatschappelijk "
                     "Werk en Dienstverlening' / 'Hogeschool Windesheim Zwolle, diploma behaald' (completed HBO MWD), "
                     "course '2017', languages, rate € 88. Main column: Coördinator Welzijn, Gemeente Hattem "
                     "2016-01..2025-11 = 119 (coördinator, welzijn, gemeente) -> relevant. Maatschappelijk werker: no "
                     "leading role. The sidebar years are education and a course, no experience. Two named "
                     "references. 100 points."))


# ------------------------------------------------------------------------- B: Mirjam Hoogeveen (pdf, Chromium grid)
# CSS grid sidebar (6 cm | 1fr), 4 year lines in the sidebar; year-only "2010 – 2017" in the main column.
MH6, MH7, MH8 = c678("Olst-Wijhe", "Samen redzaam in Olst-Wijhe", "een dorpsteam in Wijhe, een "
                     "ontmoetingsplek en een schuldhulproute", "de GGD IJsselland, zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de transitie van vier wijkteams naar één sociaal team, met projectplan en "
                     "stuurgroep.")
mh = [pos("april 2017 – heden", "Manager Zorg en Welzijn", "Gemeente Olst-Wijhe",
          ["Leiding aan de teams Wmo, jeugd en welzijn (24 medewerkers); budget en formatie.", MH6, MH7, MH8],
          ("2017-04", REF), 104, True),
      pos("2010 – 2017", "Coördinator Wijkteam", "Stichting Welzijn Raalte",
          ["Coördinatie van het wijkteam Raalte-Noord (9 medewerkers)."], ("2010-01", "2017-12"), 96, True, True),
      pos("2005 – 2009", "Ouderenadviseur", "Stichting Welzijn Raalte",
          ["Huisbezoeken en advies aan ouderen."], ("2005-01", "2009-12"), 60, False, True)]
MH_RATE = "Uurtarief € 90,- excl. btw"
cv(file="Mirjam Hoogeveen.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Mirjam Hoogeveen", email="m.hoogeveen@example.com", phone="06-27481953", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Ria Lodeweges", "Tom Schuiling"],
   html=dict(style="grid",
             left=[("h", "Contact"), ("p", "Wijhe"), ("p", "06-27481953"), ("p", "m.hoogeveen@example.com"),
                   ("h", "Opleiding"),
                   ("pb", "2001 – 2005"), ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
                   ("p", "Saxion Deventer — diploma"),
                   ("h", "Cursussen"),
                   ("pb", "2012"), ("p", "Post-hbo Coachend leiderschap"),
                   ("pb", "2018"), ("p", "Prince2 Foundation"),
                   ("pb", "2021"), ("p", "Leergang Regie in het sociaal domein"),
                   ("h", "Talen"), ("p", "Nederlands (moedertaal), Engels, Duits"),
                   ("h", "Tarief"), ("p", MH_RATE)],
             right=[("title", "Mirjam Hoogeveen"),
                    ("p", "Manager zorg en welzijn met ruim vijftien jaar leidinggevende ervaring in de Sallandse "
                          "gemeenten."),
                    ("h", "Werkervaring"),
                    ("pos", "dateline", mh),
                    ("h", "Referenties"),
                    ("p", "Ria Lodeweges, gemeentesecretaris, gemeente Olst-Wijhe, 06-27481954"),
                    ("p", "Tom Schuiling, directeur-bestuurder, Stichting Welzijn Raalte, 06-27481955")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="Chromium PDF, CSS grid sidebar. Sidebar: contact, education '2001 – 2005' HBO MWD Saxion "
                     "(diploma), courses '2012', '2018', '2021', languages, rate € 90 (4 year lines). Main column: "
                     "Manager Zorg en Welzijn, Gemeente Olst-Wijhe 2017-04..2025-11 = 104 + Coördinator Wijkteam, "
                     "Stichting Welzijn Raalte '2010 – 2017' = 2010-01..2017-12 (96, year-only) overlap in 2017, "
                     "merged 2010-01..2025-11 = 191; narrowest reading 2010-12..2017-01 (74) + 104 = 178 -> no "
                     "threshold depends on it. Ouderenadviseur: no leading role. 100 points."))


# ------------------------------------------------------------------------- C: Rutger Aalbers (pdf, Chromium flex)
# Flex sidebar (30 %) with 6 year lines (education and five courses/certificates).
RA6, RA7, RA8 = c678("Epe", "Epe zorgt voor elkaar", "een jongerenpunt in Vaassen, valpreventie en een "
                     "mantelzorgcafé", "zorgverzekeraar Menzis",
                     "Projectleider van de reorganisatie van de toegang Wmo en jeugd tot één loket (2020).")
ra = [pos("juni 2018 – heden", "Teamleider Wmo en Jeugd", "Gemeente Epe",
          ["Leiding aan 16 consulenten Wmo en jeugd; formatie, werving en budget.", RA6, RA7, RA8],
          ("2018-06", REF), 90, True),
      pos("maart 2012 – mei 2018", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Epe",
          ["Coördinatie van 120 vrijwilligers en 4 beroepskrachten."], ("2012-03", "2018-05"), 75, True),
      pos("2007 – 2012", "Wmo-consulent", "Gemeente Heerde",
          ["Keukentafelgesprekken en indicaties."], ("2007-01", "2012-12"), 72, False, True)]
RA_RATE = "Tarief: € 84 per uur (excl. btw)"
cv(file="Rutger Aalbers.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Rutger Aalbers", email="rutger.aalbers@example.nl", phone="06-50917384", rate=RA_RATE,
   exp=ra, crit_text={"6": RA6, "7": RA7, "8": RA8}, refs=["Wendy Ruiterkamp", "Hans Boeve"],
   html=dict(style="flex",
             left=[("title", "Rutger Aalbers"),
                   ("p", "Vaassen"), ("p", "06-50917384"), ("p", "rutger.aalbers@example.nl"),
                   ("h", "Opleiding"),
                   ("pb", "2003 – 2007"), ("p", "Bachelor Toegepaste Psychologie, Hogeschool Utrecht, diploma"),
                   ("h", "Cursussen en certificaten"),
                   ("pb", "2009"), ("p", "Motiverende gespreksvoering"),
                   ("pb", "2013"), ("p", "Post-hbo Leidinggeven aan professionals"),
                   ("pb", "2016"), ("p", "Prince2 Foundation"),
                   ("pb", "2019"), ("p", "Lean Green Belt"),
                   ("pb", "2022"), ("p", "Leergang Integraal werken in het sociaal domein"),
                   ("h", "Talen"), ("p", "Nederlands, Engels"),
                   ("h", "Tarief"), ("p", RA_RATE)],
             right=[("h", "Profiel"),
                    ("p", "Teamleider en coördinator in Epe sinds 2012; mensgericht en resultaatgericht."),
                    ("h", "Werkervaring"),
                    ("pos", "datebold", ra),
                    ("h", "Referenties"),
                    ("p", "Wendy Ruiterkamp, afdelingsmanager Sociaal Domein, gemeente Epe, 06-50917385"),
                    ("p", "Hans Boeve, bestuurder, Stichting Welzijn Epe, 06-50917386")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=165, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium PDF, flex sidebar with 6 year lines (education '2003 – 2007' and courses 2009, 2013, "
                     "2016, 2019, 2022). Teamleider Wmo en Jeugd, Gemeente Epe 2018-06..2025-11 = 90 + Coördinator "
                     "Vrijwilligerswerk en Mantelzorg, Stichting Welzijn Epe 2012-03..2018-05 = 75 (coördinator, "
                     "welzijn/mantelzorg, welzijnsstichting) -> 165. Wmo-consulent (year-only): no leading role. "
                     "Bachelor Toegepaste Psychologie (hbo, completed) -> knock-out 2 pass, not MWD -> criterion 4 "
                     "0. 85 points, rate 84."))


# ------------------------------------------------------------------------- D: Henriëtte Kamphuis (pdf, LO sidebar) FAIL ko2
# The sidebar says the HBO MWD ended with the propedeuse; the diploma is MBO.
HK6, HK7, HK8 = c678("Oldebroek", "Oldebroek dichtbij", "een inloop in Wezep, een mantelzorgregeling en een "
                     "buurtbemiddeling", "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van het verandertraject 'Eén gezin, één plan' in 2018 en 2019.")
hk = [pos("mei 2014 – heden", "Coördinator Sociaal Team", "Gemeente Oldebroek",
          ["Leiding aan het sociaal team (12 medewerkers); formatie en budget.", HK6, HK7, HK8],
          ("2014-05", REF), 139, True),
      pos("augustus 2004 – april 2014", "Medewerker Wmo-loket", "Gemeente Oldebroek",
          ["Intake en advies."], ("2004-08", "2014-04"), 117, False)]
HK_RATE = "Uurtarief € 79,50"
cv(file="Henriëtte Kamphuis.pdf", fmt="pdf", layout="sidebar",
   name="Henriëtte Kamphuis", email="h.kamphuis@example.nl", phone="06-93052718", rate=HK_RATE,
   exp=hk, crit_text={"6": HK6, "7": HK7, "8": HK8}, refs=["Marco Bultman", "Ineke Dijkman"],
   must_have=["propedeuse behaald, niet afgerond"],
   left=[("h", "Contact"), ("p", "Wezep"), ("p", "06-93052718"), ("p", "h.kamphuis@example.nl"),
         ("h", "Opleiding"),
         ("pb", "2003 – 2004"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
         ("p", "Hogeschool Windesheim Zwolle"),
         ("p", "propedeuse behaald, niet afgerond"),
         ("pb", "1999 – 2003"),
         ("p", "MBO Sociaal Agogisch Werk, ROC Deltion, diploma"),
         ("h", "Talen"), ("p", "Nederlands, Engels"),
         ("h", "Tarief"), ("p", HK_RATE)],
   right=[("title", "Henriëtte Kamphuis"),
          ("h", "Profiel"),
          ("p", "Coördinator van het sociaal team van Oldebroek; praktisch, betrokken en besluitvaardig."),
          ("h", "Werkervaring"),
          ("pos", "dateline", hk),
          ("h", "Referenties"),
          ("p", "Marco Bultman, teammanager Samenleving, gemeente Oldebroek, 06-93052719"),
          ("p", "Ineke Dijkman, wethouder Zorg, gemeente Oldebroek, 06-93052720")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=139, refs=(2, False), zzp=False, hourly=79.5,
               crit=(0, 25, 15, 20, 25),
               notes="LibreOffice sidebar PDF. The education is only in the sidebar: '2003 – 2004' HBO Maatschappelijk "
                     "Werk en Dienstverlening, Windesheim, 'propedeuse behaald, niet afgerond' -> no completed hbo; "
                     "'1999 – 2003' MBO Sociaal Agogisch Werk, diploma -> highest completed level mbo -> knock-out 2 "
                     "fail, criterion 4 0 -> not eligible. Coördinator Sociaal Team, Gemeente Oldebroek "
                     "2014-05..2025-11 = 139. Medewerker Wmo-loket: no leading role. 85 points (not ranked)."))


# ------------------------------------------------------------------------- E: Joris Veenstra (pdf, Chromium float) FAIL ko3
# Float sidebar; the relevant role covers 57 months; the sidebar's education "2010 – 2014" and a course must not
# add to it; the earlier opbouwwerker role is not leading.
JV6, JV7, JV8 = c678("Nunspeet", "Nunspeet doet mee", "een taalhuis, een participatiecafé en een maatjesproject",
                     "de GGD Noord- en Oost-Gelderland",
                     "Projectleider van de herinrichting van het welzijnswerk in Nunspeet in 2022 en 2023.")
jv = [pos("maart 2021 – heden", "Coördinator Welzijn", "Gemeente Nunspeet",
          ["Coördinatie van het welzijnswerk en aansturing van 7 medewerkers.", JV6, JV7, JV8],
          ("2021-03", REF), 57, True),
      pos("januari 2015 – februari 2021", "Opbouwwerker", "Stichting Welzijn Nunspeet",
          ["Buurtwerk en bewonersinitiatieven in Nunspeet-Oost."], ("2015-01", "2021-02"), 74, False)]
JV_RATE = "€ 83,00 per uur excl. btw"
cv(file="Joris Veenstra.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Joris Veenstra", email="joris.veenstra@example.com", phone="06-18394056", rate=JV_RATE,
   exp=jv, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["Anja Hofman", "Evert Schipper"],
   html=dict(style="float",
             left=[("h", "Contact"), ("p", "Nunspeet"), ("p", "06-18394056"), ("p", "joris.veenstra@example.com"),
                   ("h", "Opleiding"),
                   ("pb", "2010 – 2014"), ("p", "Bachelor Social Work"), ("p", "Hogeschool Windesheim, diploma"),
                   ("pb", "2019 – 2020"), ("p", "Post-hbo Leidinggeven in het sociaal domein"),
                   ("h", "Talen"), ("p", "Nederlands, Engels"),
                   ("h", "Tarief"), ("p", JV_RATE)],
             right=[("title", "Joris Veenstra"),
                    ("h", "Profiel"),
                    ("p", "Coördinator welzijn in Nunspeet, daarvoor zes jaar opbouwwerker in dezelfde gemeente."),
                    ("h", "Werkervaring"),
                    ("pos", "dateline", jv),
                    ("h", "Referenties"),
                    ("p", "Anja Hofman, afdelingshoofd Samenleving, gemeente Nunspeet, 06-18394057"),
                    ("p", "Evert Schipper, directeur, Stichting Welzijn Nunspeet, 06-18394058")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="Chromium PDF, float sidebar. Coördinator Welzijn, Gemeente Nunspeet 2021-03..2025-11 = 57 -> the "
                     "only relevant role; Opbouwwerker at Stichting Welzijn Nunspeet 2015-01..2021-02 is no leading "
                     "role. 57 < 60 -> knock-out 3 fail, criterion 5 0 -> not eligible. The sidebar years (education "
                     "'2010 – 2014', post-hbo '2019 – 2020') are no experience. Bachelor Social Work (MWD). 75 points "
                     "(not ranked)."))


# ------------------------------------------------------------------------- F: Marloes Dijkhuis (pdf, LO Europass + labels)
MD6, MD7, MD8 = c678("Brummen", "Brummen verbindt", "een dorpsteam in Eerbeek, een jongerenwerkplaats en een "
                     "mantelzorgcafé", "zorgverzekeraar Menzis",
                     "Projectleider van de reorganisatie van het sociaal domein tot één afdeling (2019–2020).")
md = [pos("01/2019 – heden", "Manager Sociaal Domein", "Gemeente Brummen",
          ["Leiding aan 3 teamleiders en 45 medewerkers (Wmo, jeugd, participatie).", MD6, MD7, MD8],
          ("2019-01", REF), 83, True),
      pos("03/2013 – 12/2018", "Teamleider Jeugd", "Gemeente Voorst",
          ["Leiding aan het jeugdteam (13 medewerkers)."], ("2013-03", "2018-12"), 70, True),
      pos("09/2008 – 02/2013", "Jeugdconsulent", "Gemeente Voorst",
          ["Toegang tot jeugdhulp."], ("2008-09", "2013-02"), 54, False)]
MD_RATE = "€ 93 per uur"
cv(file="Marloes Dijkhuis.pdf", fmt="pdf", layout="single",
   name="Marloes Dijkhuis", email="marloes.dijkhuis@example.nl", phone="06-62849107", rate=MD_RATE,
   exp=md, crit_text={"6": MD6, "7": MD7, "8": MD8}, refs=["Peter Gerritsen", "Loes van Ark"],
   body=[("title", "Curriculum vitae"),
         ("h", "Persoonlijke gegevens"),
         ("rows", [("Naam", ["Marloes Dijkhuis"]), ("Adres", ["Molenweg 14, 6971 AB Brummen"]),
                   ("Telefoon", ["06-62849107"]), ("E-mail", ["marloes.dijkhuis@example.nl"]),
                   ("Uurtarief", [MD_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", md),
         ("h", "Opleiding"),
         ("rows", [("2004 – 2008", ["Bachelor Social Work", "Saxion Deventer, diploma behaald"])]),
         ("h", "Talen"),
         ("rows", [("Nederlands", ["moedertaal"]), ("Engels", ["goed"])]),
         ("h", "Referenties"),
         ("rows", [("Peter Gerritsen", ["gemeentesecretaris, gemeente Brummen, 06-62849108"]),
                   ("Loes van Ark", ["wethouder Jeugd, gemeente Voorst, 06-62849109"])])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=153, refs=(2, False), zzp=False, hourly=93.0,
               crit=FULL,
               notes="LibreOffice Europass PDF: a left column with the labels Naam / Adres / Telefoon / E-mail / "
                     "Uurtarief and the dates, the entries on the right. Manager Sociaal Domein, Gemeente Brummen "
                     "01/2019..heden = 2019-01..2025-11 = 83 + Teamleider Jeugd, Gemeente Voorst 2013-03..2018-12 = 70 "
                     "-> 153. Jeugdconsulent: no leading role. Bachelor Social Work '2004 – 2008', diploma behaald "
                     "(MWD). Two named references (name in the left column, function on the right). Rate € 93. "
                     "LibreOffice lays the tables out over 2 pages (well within 5). 100 points."))


# ------------------------------------------------------------------------- G: Ilse Bosman (pdf, Chromium Europass grid)
IB6, IB7, IB8 = c678("Hattem", "Opgroeien in Hattem", "een praktijkondersteuner jeugd, een scheidingsloket en een "
                     "jongerenplek", "de GGD Noord- en Oost-Gelderland",
                     "Projectleider van de invoering van het jeugdteam in het Stip-model (2021).")
ib = [pos("april 2020 – heden", "Coördinator Jeugd en Gezin", "Gemeente Hattem",
          ["Coördinatie van het team jeugd en gezin (8 medewerkers).", IB6, IB7, IB8],
          ("2020-04", REF), 68, True),
      pos("2012 – 2020", "Jeugdconsulent", "Gemeente Zwolle",
          ["Toegang tot jeugdhulp, gesprekken met gezinnen."], ("2012-01", "2020-12"), 108, False, True)]
IB_RATE = "Uurtarief: € 82 excl. btw"
cv(file="Ilse Bosman.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Ilse Bosman", email="ilse.bosman@example.nl", phone="06-35920478", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Bert Kolkman", "Sandra Dekkers"],
   html=dict(style="single",
             body=[("title", "Ilse Bosman"),
                   ("eu", [("Woonplaats", ["Hattem"]), ("Telefoon", ["06-35920478"]),
                           ("E-mail", ["ilse.bosman@example.nl"]), ("Tarief", [IB_RATE])]),
                   ("h", "Werkervaring"),
                   ("eu", [(p["d"], [("b", p["t"]), p["e"]] + [("li", t) for t in p["tasks"]]) for p in ib]),
                   ("h", "Opleiding"),
                   ("eu", [("2006 – 2010", [("b", "HBO Maatschappelijk Werk en Dienstverlening"),
                                            "Hogeschool Windesheim Zwolle, diploma"])]),
                   ("h", "Referenties"),
                   ("eu", [("Referent 1", ["Bert Kolkman, afdelingsmanager Samenleving, gemeente Hattem, 06-35920479"]),
                           ("Referent 2", ["Sandra Dekkers, teamleider Jeugd, gemeente Zwolle, 06-35920480"])])]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=68, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="Chromium PDF, Europass as a CSS grid (date column 3.6 cm | entry). Coördinator Jeugd en Gezin, "
                     "Gemeente Hattem 2020-04..2025-11 = 68 -> 60 <= 68 < 72: knock-out 3 pass, criterion 5 0. "
                     "Jeugdconsulent '2012 – 2020' (year-only, overlaps 2020): no leading role, not counted. HBO MWD "
                     "'2006 – 2010', diploma. 75 points, rate 82."))


# ------------------------------------------------------------------------- H: Thijs Oosterhof (pdf, LO, contact in page header)
TO6, TO7, TO8 = c678("Oldebroek", "Welzijn op recept", "een beweegcoach, een buurtkamer in Wezep en een "
                     "vrijwilligerspunt", "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de transitie van het welzijnswerk naar de stichting in 2016.")
to = [pos("oktober 2015 – heden", "Manager Welzijn", "Stichting Welzijn Oldebroek",
          ["Leiding aan 19 beroepskrachten en 250 vrijwilligers; budget en formatie.", TO6, TO7, TO8],
          ("2015-10", REF), 122, True),
      pos("juni 2009 – september 2015", "Beleidsadviseur Wmo", "Gemeente Elburg",
          ["Wmo-beleid en subsidies."], ("2009-06", "2015-09"), 76, False)]
TO_RATE = "Uurtarief € 89 excl. btw"
cv(file="Thijs Oosterhof.pdf", fmt="pdf", layout="header",
   header="Thijs Oosterhof  |  Wezep  |  06-74015382  |  thijs.oosterhof@example.nl",
   name="Thijs Oosterhof", email="thijs.oosterhof@example.nl", phone="06-74015382", rate=TO_RATE,
   exp=to, crit_text={"6": TO6, "7": TO7, "8": TO8}, refs=["Karin Vos", "Dirk Hoekman"],
   body=[("title", "Curriculum vitae"),
         ("pb", TO_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn met tien jaar leiding aan een welzijnsstichting op de Veluwe."),
         ("h", "Werkervaring"),
         ("pos", "pipe", to),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Karin Vos, voorzitter raad van toezicht, Stichting Welzijn Oldebroek, 06-74015383"),
         ("p", "Dirk Hoekman, afdelingsmanager, gemeente Elburg, 06-74015384")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=122, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="LibreOffice PDF, name, phone and e-mail only in the page header. Manager Welzijn, Stichting "
                     "Welzijn Oldebroek 2015-10..2025-11 = 122 (manager, welzijn, welzijnsstichting). Beleidsadviseur "
                     "Wmo: no leading role. HBO Bestuurskunde: completed hbo, not MWD -> criterion 4 0. 85 points, "
                     "rate 89."))


# ------------------------------------------------------------------------- I: Yvonne Lammers (pdf, Chromium HTML table)
YL6, YL7, YL8 = c678("Deventer", "Deventer dichtbij", "vier buurtpunten, een wachtlijstaanpak Wmo en een "
                     "jongerenloket", "zorgverzekeraar Salland",
                     "Projectleider van de herinrichting van de gebiedsteams in Deventer (2020–2021).")
yl = [pos("09/2019 – heden", "Coördinator Gebiedsteam", "Gemeente Deventer",
          [YL6, YL7, YL8], ("2019-09", REF), 75, True),
      pos("02/2014 – 08/2019", "Teamleider Wmo", "Gemeente Raalte",
          ["Leiding aan het Wmo-team."], ("2014-02", "2019-08"), 67, True),
      pos("2009 – 2014", "Wmo-consulent", "Gemeente Raalte",
          ["Indicaties."], ("2009-01", "2014-12"), 72, False, True)]
YL_RATE = "Tarief € 86 per uur"
cv(file="Yvonne Lammers.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Yvonne Lammers", email="yvonne.lammers@example.com", phone="06-80362719", rate=YL_RATE,
   exp=yl, crit_text={"6": YL6, "7": YL7, "8": YL8}, refs=["Frank Wolters", "Gonnie Brinkman"],
   html=dict(style="single",
             body=[("title", "Yvonne Lammers"),
                   ("p", "Deventer · 06-80362719 · yvonne.lammers@example.com · " + YL_RATE),
                   ("h", "Profiel"),
                   ("p", "Coördinator gebiedsteam in Deventer, daarvoor teamleider Wmo in Raalte."),
                   ("h", "Werkervaring"),
                   ("table", ["Periode", "Functie", "Werkgever"], [(p["d"], p["t"], p["e"]) for p in yl]),
                   ("h", "Toelichting"),
                   ("tasks", yl[:2]),
                   ("h", "Opleiding"),
                   ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008"),
                   ("h", "Referenties"),
                   ("p", "Frank Wolters, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-80362720"),
                   ("p", "Gonnie Brinkman, teammanager, gemeente Raalte, 06-80362721")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=142, refs=(2, False), zzp=False, hourly=86.0,
               crit=FULL,
               notes="Chromium PDF, experience as an HTML table Periode | Functie | Werkgever, tasks below per "
                     "title. Coördinator Gebiedsteam, Gemeente Deventer 2019-09..2025-11 = 75 + Teamleider Wmo, "
                     "Gemeente Raalte 2014-02..2019-08 = 67 -> 142. Wmo-consulent (year-only row): no leading role. "
                     "HBO MWD. 100 points, rate 86."))


# ------------------------------------------------------------------------- J: Gert-Jan Wessels (docx, sidebar) FAIL ko3
GW6, GW7, GW8 = c678("Elburg", "Elburg zorgt", "een mantelzorgpunt, respijtzorg en een ontmoetingscentrum",
                     "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de transitie van de dagbesteding naar wijkgerichte zorg (2017–2018).")
gw = [pos("februari 2014 – heden", "Manager Zorg en Welzijn", "Zorggroep Noord-Veluwe B.V.",
          ["Leiding aan 40 medewerkers thuiszorg en dagbesteding.", GW6, GW7, GW8], ("2014-02", REF), 142, False),
      pos("januari 2011 – januari 2014", "Coördinator Mantelzorg", "Gemeente Elburg",
          ["Coördinatie van de mantelzorgondersteuning."], ("2011-01", "2014-01"), 37, True),
      pos("2006 – 2010", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Veluwe",
          ["Hulpverlening."], ("2006-01", "2010-12"), 60, False, True)]
GW_RATE = "€ 95 per uur excl. btw"
cv(file="Gert-Jan Wessels.docx", fmt="docx", layout="sidebar",
   name="Gert-Jan Wessels", email="gj.wessels@example.nl", phone="06-47261830", rate=GW_RATE,
   exp=gw, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Harm Mulderij", "Petra Smeenk"],
   left=[("title", "Gert-Jan Wessels"),
         ("h", "Contact"), ("p", "Elburg"), ("p", "06-47261830"), ("p", "gj.wessels@example.nl"),
         ("h", "Opleiding"),
         ("pb", "2001 – 2005"), ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
         ("p", "Hogeschool Windesheim, diploma"),
         ("h", "Certificaten"),
         ("pb", "2015"), ("p", "Prince2 Foundation"),
         ("pb", "2018"), ("p", "Leergang Strategisch leiderschap in de zorg"),
         ("h", "Tarief"), ("p", GW_RATE)],
   right=[("h", "Profiel"),
          ("p", "Manager zorg en welzijn bij een zorggroep op de Noord-Veluwe; daarvoor coördinator mantelzorg bij "
                "de gemeente Elburg."),
          ("h", "Werkervaring"),
          ("pos", "dateline", gw),
          ("h", "Referenties"),
          ("p", "Harm Mulderij, directeur, Zorggroep Noord-Veluwe B.V., 06-47261831"),
          ("p", "Petra Smeenk, wethouder Zorg, gemeente Elburg, 06-47261832")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=37, refs=(2, False), zzp=False, hourly=95.0,
               crit=(15, 0, 15, 20, 25),
               notes="DOCX sidebar (table). Manager Zorg en Welzijn 2014-02..2025-11 (142) at 'Zorggroep Noord-Veluwe "
                     "B.V.': a company, neither a gemeente nor a welzijnsstichting -> not relevant. Coördinator "
                     "Mantelzorg, Gemeente Elburg 2011-01..2014-01 = 37 -> the only relevant months; 37 < 60 -> "
                     "knock-out 3 fail, criterion 5 0 -> not eligible. Maatschappelijk werker: no leading role. HBO "
                     "MWD in the sidebar. Criteria 6/7/8 from the B.V. role still count (the tender asks for "
                     "werkervaring, not at a gemeente). 75 points (not ranked)."))


if os.environ.get("ZEEF_H23_ONLY") == "lo":
    CVS[:] = [c for c in CVS if c.get("producer") != "chromium"]
