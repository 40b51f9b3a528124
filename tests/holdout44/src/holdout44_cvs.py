# -*- coding: utf-8 -*-
"""Holdout round 44 for zeef: 8 fictional CVs of ELIGIBLE candidates in layouts that are hard to read. Written
without looking at the pipeline's source or rules/.

Every candidate passes every check and knock-out; each CV is laid out, or shaped as a file, in a way a careless
reader gets wrong, so a misreading shows as a wrong fail (or lost points). Criteria 4-8 are written into the
layouts too, and each of criteria 4, 5, 6, 7 and 8 is absent from exactly one CV, so points are tested as well.

  cols        (word, fmt pdf) python-docx -> LibreOffice PDF: the experience in a continuous section with TWO EQUAL COLUMNS
              (w:cols, a column break), two positions per column whose title / employer / period lines stand at
              the same heights, so that a reader joining lines across the page interleaves the columns
  split       (word, fmt pdf) python-docx -> LibreOffice PDF: the experience as a table whose heading row repeats on the next page
              (w:tblHeader) and whose current-position row BREAKS ACROSS THE PAGE between the title and the
              employer; the name and phone only in the page header, the e-mail only in the page footer
  grid        (chromium) HTML + CSS -> headless Chromium: each position a CSS grid "period | title — employer + tasks" where
              the period comes LAST in the source but is placed in the LEFT column and vertically CENTRED against
              the block (it lands beside a task line, not the title line)
  timeline    (chromium) HTML + CSS -> headless Chromium: a Gantt-like "loopbaan in één oogopslag" (a year axis 2008 … 2026
              and labelled bars without dates) above the detailed positions, periods written with an ARROW
              ("03/2014 → 12/2019", "01/2020 → nu")
  rowrev      (chromium) HTML + CSS -> headless Chromium: flex row-reverse, so the sidebar that comes FIRST in the source is
              drawn on the RIGHT; the sidebar (contact, education with years, courses with years, rate,
              referees) runs onto page 2; periods with a FIGURE DASH U+2012 ("aug. 2021 ‒ heden")
  template    (word, fmt docx) DOCX as a Word template with content controls writes it: attachedTemplate (.dotx); the name, every
              personal detail and the rate in content controls (cell-level w:sdt around w:tc); a drop-down list
              whose other list items name "ZZP'er"; the positions, the education and the referees as REPEATING
              SECTIONS (w15:repeatingSection / repeatingSectionItem, i.e. w:sdt around TABLE ROWS); the periods
              as DATE PICKERS (w:date fullDate, "MMMM yyyy"); an unused control still showing its placeholder
  merged      (word, fmt docx) DOCX: experience table "Werkgever | Periode | Functie en taken" with the employer cell MERGED
              vertically (w:vMerge) over three roles, two lines in it ("Gemeente Hardenberg" / "afdeling
              Samenleving"), vertically centred; periods written with "t.e.m."
  firsthdr    (word, fmt docx) DOCX: "different first page" (w:titlePg): the name, phone and e-mail ONLY in the FIRST-PAGE header
              (a table); the default header of page 2 says "Curriculum vitae J. Wolthuis"; a manual page break
              and a heading "Werkervaring (vervolg)" before the second leading position; "okt. 2021 tot nu"

Every person, phone number, e-mail address and referee is made up. Employers are real municipalities and fictional
foundations. See tests/holdout2/src/cvset.py for the field list; extra fields here: producer ("chromium" | "word") and its
source: html=dict(template, ...) for src/html44.py, word=dict(kind, ...) for src/word44.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ------------------------------------------------------------------------- Sietske Dijkstra (lo-cols, PDF)
# Name, contact and profile in one column; "Werkervaring" in two equal newspaper columns (w:cols num=2 with a
# separator line), positions 1-2 in the left column, a column break, positions 3-4 in the right one; each position
# as bold title / employer / italic period / bullets, so the first three lines of the two columns are level;
# education, courses, referees and rate in one column below.
SD6 = ("Voorbeeld: het beleidsplan Sociaal Domein Achtkarspelen vertaald naar een jaarwerkplan met concrete projecten "
       "en meetbare resultaten, met een halfjaarlijkse rapportage aan het college.")
SD7 = ("Samenwerking met zorgaanbieders, huisartsen, de zorgverzekeraar en een publiek-private samenwerking (PPS) "
       "met werkgevers voor werkfit-trajecten.")
SD8 = "Projectleider van de reorganisatie van de toegang: één loket voor Wmo, jeugd en schulden."
sd = [pos("april 2019 – heden", "Manager Sociaal Domein", "Gemeente Achtkarspelen",
          ["Leiding aan drie teams (Wmo, jeugd en welzijn; 31 medewerkers), formatie en budget.", SD6, SD7],
          ("2019-04", REF), 80, True),
      pos("maart 2013 – maart 2019", "Coördinator Wijkteams", "Gemeente Smallingerland",
          ["Coördinatie van vier wijkteams (22 medewerkers) en de Wmo-toegang.", SD8],
          ("2013-03", "2019-03"), 73, True),
      pos("januari 2009 – februari 2013", "Coördinator Vrijwilligerswerk", "Stichting Welzijn Tytsjerksteradiel",
          ["Leiding aan de vrijwilligerscentrale (3 medewerkers, 140 vrijwilligers).",
           "Opzet van de maatjesprojecten voor ouderen in vijf dorpen."],
          ("2009-01", "2013-02"), 50, True),
      pos("augustus 2004 – december 2008", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Noordoost-Fryslân",
          ["Hulpverlening aan gezinnen en ouderen.", "Groepstrainingen voor mantelzorgers."],
          ("2004-08", "2008-12"), 53, False)]
SD_RATE = "€ 89,- per uur (excl. btw)"
cv(file="Sietske Dijkstra.pdf", fmt="pdf", producer="word",
   name="Sietske Dijkstra", email="sietske.dijkstra@example.nl", phone="06-18273645", rate=SD_RATE,
   exp=sd, crit_text={"6": SD6, "7": SD7, "8": SD8}, refs=["Hendrik Wiersma", "Gerda Kuipers"],
   word=dict(kind="cols",
             head=[("title", "Sietske Dijkstra"),
                   ("sub", "Manager sociaal domein"),
                   ("p", "Buitenpost  ·  06-18273645  ·  sietske.dijkstra@example.nl"),
                   ("h", "Profiel"),
                   ("p", "Leidinggevende in het sociaal domein met ruim zestien jaar ervaring bij twee Friese "
                         "gemeenten en een welzijnsstichting. Ik verbind beleid en uitvoering, coach teams op "
                         "eigenaarschap en stuur op formatie en budget."),
                   ("h", "Werkervaring")],
             col1=[("jobs", sd[:2])],
             col2=[("jobs", sd[2:])],
             tail=[("h", "Opleiding"),
                   ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, NHL Hogeschool, Leeuwarden — 2000 – 2004, "
                         "diploma behaald"),
                   ("p", "Leergang Strategisch leidinggeven in het sociaal domein, Bestuursacademie Noord — "
                         "certificaat 2017"),
                   ("h", "Referenties"),
                   ("p", "Hendrik Wiersma — gemeentesecretaris, gemeente Achtkarspelen — 06-51420987"),
                   ("p", "Gerda Kuipers — afdelingsmanager Samenleving, gemeente Smallingerland — 06-51420988"),
                   ("h", "Uurtarief"),
                   ("p", SD_RATE)]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=203, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="LibreOffice PDF; the experience in two equal newspaper columns (w:cols num=2, column break), "
                     "left: Manager Sociaal Domein / Gemeente Achtkarspelen / 'april 2019 – heden' and Coördinator "
                     "Wijkteams / Gemeente Smallingerland / 'maart 2013 – maart 2019'; right, level with them: "
                     "Coördinator Vrijwilligerswerk / Stichting Welzijn Tytsjerksteradiel / 'januari 2009 – februari "
                     "2013' and Maatschappelijk werker. Months: 2019-04..2025-11 = 80 (manager, sociaal domein, "
                     "gemeente) + 2013-03..2019-03 = 73 (coördinator, wijkteams, gemeente) + 2009-01..2013-02 = 50 "
                     "(coördinator, vrijwilligerswerk = welzijn, welzijnsstichting), contiguous -> 203. "
                     "Maatschappelijk werker 2004-08..2008-12 (53): no leading title. Bachelor MWD, NHL, 'diploma "
                     "behaald' -> hbo, MWD (crit 4). Crit 6/7 in the Achtkarspelen bullets, crit 8 (projectleider "
                     "reorganisatie) in the Smallingerland one. Two referees. 100 points, € 89."))


# ------------------------------------------------------------------------- Thijmen Kloosterman (grid, Chromium PDF)
# Single column. Each position a CSS grid 3.4 cm | 1fr with grid-template-areas "when what": in the HTML the
# block "title — employer" + tasks comes first and the period LAST; CSS puts the period in the left column,
# align-self: center, so it stands beside the third or fourth line of the block (a task), not beside the title.
TK6 = ("Voorbeeld beleid naar resultaat: de nota Sociaal Domein Oude IJsselstreek heb ik met het team omgezet in een "
       "jaarplan met concrete projecten per kern en resultaten die we elk kwartaal aan de wethouder rapporteren.")
TK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking (PPS) "
       "Achterhoek Werkt.")
TK8 = ("Projectleider van de invoering van Welzijn op Recept: projectplan, pilot in twee kernen, evaluatie en "
       "opschaling.")
tk = [pos("01/2022 – heden", "Teamleider Sociaal Team", "Gemeente Oude IJsselstreek",
          ["Leiding aan het sociaal team (17 medewerkers): Wmo, jeugd, schuldhulp en welzijn.", TK6, TK7,
           "Verantwoordelijk voor formatie, werving en selectie en het teambudget."],
          ("2022-01", REF), 47, True),
      pos("01/2017 – 12/2021", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Achterhoek-Midden",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (8 medewerkers, 300 vrijwilligers).",
           TK8, "Werving en begeleiding van de coördinatoren in de kernen."],
          ("2017-01", "2021-12"), 60, True),
      pos("06/2012 – 12/2016", "Wmo-consulent", "Gemeente Doetinchem",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen.",
           "Casusoverleg met het wijkteam.", "Registratie en verantwoording in het cliëntsysteem."],
          ("2012-06", "2016-12"), 55, False)]
TK_RATE = "€ 84,- per uur"
cv(file="Thijmen Kloosterman.pdf", fmt="pdf", producer="chromium",
   name="Thijmen Kloosterman", email="thijmen.kloosterman@example.com", phone="06-24681357", rate=TK_RATE,
   exp=tk, crit_text={"6": TK6, "7": TK7, "8": TK8}, refs=["Marjolein Wensink", "Bart Lensink"],
   html=dict(template="grid",
             head=[("title", "Thijmen Kloosterman"),
                   ("p", "Ulft  |  06-24681357  |  thijmen.kloosterman@example.com"),
                   ("h", "Profiel"),
                   ("p", "Teamleider en coördinator in het sociaal domein van de Achterhoek. Ik zorg voor rust en "
                         "richting in een team, houd formatie en budget in beeld en leg de lijn tussen de nota en "
                         "de wijk.")],
             jobs=tk,
             edu=[("2008 – 2012", "Bachelor Pedagogiek", "Hogeschool van Arnhem en Nijmegen (HAN) — diploma behaald"),
                  ("2019", "Leergang Coachend leidinggeven", "Bestuursacademie Oost — certificaat")],
             tail=[("h", "Referenties"),
                   ("p", "Marjolein Wensink — teammanager Sociaal Domein, gemeente Oude IJsselstreek — 06-22018734"),
                   ("p", "Bart Lensink — directeur, Stichting Welzijn Achterhoek-Midden — 06-22018735"),
                   ("h", "Tarief"),
                   ("p", TK_RATE)]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=107, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium, CSS grid per position: the period is the LAST element of each block in the HTML but "
                     "is placed in the left column and centred vertically, beside a task line. Teamleider Sociaal "
                     "Team — Gemeente Oude IJsselstreek '01/2022 – heden' = 2022-01..2025-11 = 47 (teamleider, "
                     "sociaal team, gemeente) + Coördinator Mantelzorg en Vrijwilligers — Stichting Welzijn "
                     "Achterhoek-Midden '01/2017 – 12/2021' = 2017-01..2021-12 = 60 (coördinator, mantelzorg = "
                     "welzijn, welzijnsstichting), contiguous -> 107 (neither alone reaches 60). Wmo-consulent "
                     "'06/2012 – 12/2016': no leading title. Bachelor Pedagogiek (HAN), diploma behaald -> hbo, not "
                     "MWD (crit 4 = 0); '2019' a course. Crit 6/7 in the Oude IJsselstreek tasks, crit 8 "
                     "(projectleider invoering) in the Achterhoek-Midden ones. Two referees. 85 points, € 84."))


# ------------------------------------------------------------------------- Anke Zuidema (template, DOCX)
# A CV filled in on an agency's Word template: every value in a content control. Personalia table with cell-level
# controls (w:sdt around w:tc); "Dienstverband" a drop-down list (items "In loondienst", "Via een detacheerder",
# "ZZP'er (eigen onderneming)"; the selected one shown: "In loondienst"); the name in a block control under the
# title; positions, education and referees as repeating sections over table rows; periods as date pickers
# ("september 2020") with a plain-text control "heden" for the open end; "Nevenfuncties" left on its placeholder.
AZ6 = ("Voorbeeld beleid naar resultaat: de Wageningse nota Samen Thuis in de Wijk heb ik met het team omgezet in een "
       "jaarwerkplan met concrete acties per wijk en resultaten die we elk kwartaal aan de wethouder rapporteren.")
AZ7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking (PPS) "
       "Wageningen Vitaal.")
az = [pos("september 2020 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Wageningen",
          ["Coördinatie van het sociaal wijkteam (12 medewerkers): Wmo, jeugd en schuldhulp.", AZ6, AZ7,
           "Toezicht op formatie, instroom en de verdeling van uren in het team."],
          ("2020-09", REF), 63, True),
      pos("januari 2017 – augustus 2020", "Teamleider Jeugd en Gezin", "Stichting Welzijn Rhenen",
          ["Leiding aan acht jeugd- en gezinswerkers; werkafspraken en registratie op orde gebracht."],
          ("2017-01", "2020-08"), 44, True),
      pos("maart 2011 – december 2016", "Jongerenwerker", "Stichting Welzijn Rhenen",
          ["Ambulant jongerenwerk en een inloop voor jongeren in Elst."],
          ("2011-03", "2016-12"), 70, False)]
AZ_RATE = "€ 87,50 (excl. btw)"
cv(file="Anke Zuidema.docx", fmt="docx", producer="word",
   name="Anke Zuidema", email="anke.zuidema@example.nl", phone="06-30918274", rate=AZ_RATE,
   exp=az, crit_text={"6": AZ6, "7": AZ7}, refs=["Marloes van Beek", "Gert Hendriksen"],
   must_have=["In loondienst", "Klik of tik om tekst in te voeren."],
   word=dict(kind="template",
             template="Sjabloon CV inhuur sociaal domein.dotx",
             name="Anke Zuidema",
             personalia=[("Woonplaats", "Wageningen"), ("Telefoon", "06-30918274"),
                         ("E-mail", "anke.zuidema@example.nl"),
                         ("Dienstverband", ("dropdown", "In loondienst",
                                            ["In loondienst", "Via een detacheerder", "ZZP'er (eigen onderneming)"])),
                         ("Beschikbaarheid", "24 uur per week, direct"),
                         ("Uurtarief", AZ_RATE)],
             profile="Coördinator in het sociaal domein met bijna negen jaar leidinggevende ervaring, bij een "
                     "welzijnsstichting en bij de gemeente Wageningen. Ik houd overzicht, geef een team ruimte en "
                     "spreek mensen aan op afspraken.",
             jobs=[dict(p=az[0], start=("2020-09-01", "september 2020"), end=(None, "heden")),
                   dict(p=az[1], start=("2017-01-01", "januari 2017"), end=("2020-08-01", "augustus 2020")),
                   dict(p=az[2], start=("2011-03-01", "maart 2011"), end=("2016-12-01", "december 2016"))],
             edu=[[("Opleiding", "HBO Maatschappelijk Werk en Dienstverlening"),
                   ("Instelling", "Christelijke Hogeschool Ede"), ("Periode", "2001 – 2005"),
                   ("Diploma", "Ja, behaald in 2005")]],
             nevenfuncties=True,
             refs=[("Marloes van Beek", "wethouder Sociaal Domein, gemeente Wageningen", "06-41175520"),
                   ("Gert Hendriksen", "directeur-bestuurder, Stichting Welzijn Rhenen", "06-41175521")]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=107, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 0),
               notes="DOCX filled in on a Word template: every value in a content control; positions, education and "
                     "referees are repeating sections (w:sdt around table rows); periods are date pickers. "
                     "Coördinator Sociaal Wijkteam, Gemeente Wageningen 'september 2020 – heden' = 2020-09..2025-11 "
                     "= 63 (coördinator, sociaal wijkteam, gemeente) + Teamleider Jeugd en Gezin, Stichting Welzijn "
                     "Rhenen 'januari 2017 – augustus 2020' = 2017-01..2020-08 = 44 (teamleider, jeugd, "
                     "welzijnsstichting), contiguous -> 107 (neither alone reaches 60). Jongerenwerker 2011-03.."
                     "2016-12: no leading title. HBO MWD, Christelijke Hogeschool Ede, 'Diploma: Ja, behaald in "
                     "2005' -> hbo, MWD. 'Dienstverband: In loondienst' (the drop-down's other items, among them "
                     "\"ZZP'er (eigen onderneming)\", are list definitions, not shown and not chosen) -> zzp false. "
                     "The unused 'Nevenfuncties' control shows its placeholder 'Klik of tik om tekst in te voeren.'. "
                     "No project or change work anywhere -> crit 8 = 0. Two referees (table rows). 75 points, "
                     "€ 87,50."))


# ------------------------------------------------------------------------- Ruben Hazelhoff (merged, DOCX)
# Table "Werkgever | Periode | Functie en taken" (heading row repeated): the employer cell of the first three roles
# is ONE cell merged vertically (w:vMerge restart + two continuations), with two lines ("Gemeente Hardenberg",
# "afdeling Samenleving"), centred vertically; the fourth row has an employer of its own. Periods with "t.e.m.".
RH6 = ("Voorbeeld: het beleidskader Meedoen in Hardenberg vertaald naar een uitvoeringsagenda met concrete acties per "
       "kern; de resultaten staan in de jaarrapportage aan de raad.")
RH8 = ("Projectleider van de herinrichting van de toegang: één team voor Wmo en participatie, met projectplan, "
       "stuurgroep en evaluatie.")
rh = [pos("jun. 2022 t.e.m. heden", "Manager Sociaal Domein", "Gemeente Hardenberg",
          ["Leiding aan de teams Wmo, jeugd en participatie (34 medewerkers); formatie en budget.", RH6, RH8],
          ("2022-06", REF), 42, True),
      pos("jan. 2016 t.e.m. mei 2022", "Teamleider Wmo en Participatie", "Gemeente Hardenberg",
          ["Leiding aan 14 Wmo-consulenten en klantmanagers; werving en selectie, inzet van uren."],
          ("2016-01", "2022-05"), 77, True),
      pos("sep. 2010 t.e.m. dec. 2015", "Beleidsmedewerker Wmo", "Gemeente Hardenberg",
          ["Advies aan het college over de Wmo en de schuldhulpverlening."],
          ("2010-09", "2015-12"), 64, False),
      pos("2006 t.e.m. 2009", "Ouderenadviseur", "Stichting Welzijn Ommen",
          ["Huisbezoeken en advies aan ouderen."],
          ("2006-01", "2009-12"), 48, False, yearonly=True)]
RH_RATE = "€ 90,- per uur"
cv(file="Ruben Hazelhoff.docx", fmt="docx", producer="word",
   name="Ruben Hazelhoff", email="ruben.hazelhoff@example.com", phone="06-57302918", rate=RH_RATE,
   exp=rh, crit_text={"6": RH6, "8": RH8}, refs=["Jeannette Slot", "Wim Beldman"],
   word=dict(kind="merged",
             head=[("title", "Ruben Hazelhoff"),
                   ("p", "Hardenberg  |  06-57302918  |  ruben.hazelhoff@example.com"),
                   ("h", "Profiel"),
                   ("p", "Manager in het sociaal domein van de gemeente Hardenberg, daarvoor teamleider. Ik geef "
                         "richting, houd formatie en geld op orde en neem mensen mee in nieuwe werkwijzen."),
                   ("h", "Werkervaring")],
             merged=dict(employer=["Gemeente Hardenberg", "afdeling Samenleving"], rows=rh[:3]),
             single=rh[3:],
             tail=[("h", "Opleiding"),
                   ("p", "Bachelor Social Work — Saxion Hogeschool, Deventer, 2002 – 2006, diploma behaald"),
                   ("h", "Referenties"),
                   ("p", "Jeannette Slot — gemeentesecretaris, gemeente Hardenberg — 06-13579024"),
                   ("p", "Wim Beldman — wethouder Sociaal Domein, gemeente Hardenberg — 06-13579025"),
                   ("h", "Uurtarief"),
                   ("p", RH_RATE)]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 0, 25),
               notes="DOCX, experience table 'Werkgever | Periode | Functie en taken'; the employer cell "
                     "'Gemeente Hardenberg' / 'afdeling Samenleving' is merged vertically over the first three roles "
                     "(w:vMerge: the text only in the first row's cell, the two continuation cells empty). Manager "
                     "Sociaal Domein 'jun. 2022 t.e.m. heden' = 2022-06..2025-11 = 42 + Teamleider Wmo en "
                     "Participatie 'jan. 2016 t.e.m. mei 2022' = 2016-01..2022-05 = 77 (teamleider, Wmo, gemeente "
                     "Hardenberg through the merged cell), contiguous -> 119; without the merged employer for the "
                     "second row only 42 (< 60). Beleidsmedewerker Wmo 'sep. 2010 t.e.m. dec. 2015' and "
                     "Ouderenadviseur, Stichting Welzijn Ommen '2006 t.e.m. 2009' (year-only, decides nothing): no "
                     "leading title. Bachelor Social Work, Saxion, diploma behaald -> hbo, MWD. No collaboration "
                     "partners anywhere -> crit 7 = 0. Two referees. 80 points, € 90."))


# ------------------------------------------------------------------------- Femke Roorda (lo-split, PDF)
# Name and phone only in the page header, e-mail only in the page footer ("Pagina N van M"). Education and
# competences first; the experience table "Periode | Functie, werkgever en taken" starts low on page 1: the row of
# the current position breaks across the page after its title line; page 2 opens with the running header, the
# repeated table heading row, then "Gemeente Dronten" and the tasks.
FR7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis in het wijknetwerk, en een "
       "publiek-private samenwerking (PPS) voor de Dronter Huiskamer.")
FR8 = "Projectleider van de reorganisatie van Wmo-loket en jeugdteam tot één Sociaal Loket."
fr = [pos("augustus 2018 – heden", "Manager Zorg en Welzijn", "Gemeente Dronten",
          ["Leiding aan de teams Wmo, jeugd en welzijn (29 medewerkers); formatie, instroom, budget.", FR7, FR8,
           "Opdrachtgever van de welzijnsorganisatie en de schuldhulp in Dronten, Biddinghuizen en Swifterbant."],
          ("2018-08", REF), 88, True),
      pos("maart 2014 – juli 2018", "Teamleider Wmo", "Gemeente Lelystad",
          ["Leiding aan 16 Wmo-consulenten; werkprocessen en kwaliteit van de indicaties."],
          ("2014-03", "2018-07"), 53, True),
      pos("september 2009 – februari 2014", "Wmo-consulent", "Gemeente Lelystad",
          ["Keukentafelgesprekken, indicaties en hulpmiddelen."],
          ("2009-09", "2014-02"), 54, False)]
FR_RATE = "€ 86,- per uur"
cv(file="Femke Roorda.pdf", fmt="pdf", producer="word",
   name="Femke Roorda", email="femke.roorda@example.nl", phone="06-44129076", rate=FR_RATE,
   exp=fr, crit_text={"7": FR7, "8": FR8}, refs=["Ingrid Kamphuis", "Peter Zandstra"],
   word=dict(kind="split",
             header="Femke Roorda   |   Curriculum vitae   |   06-44129076",
             pad_pt=52,    # space before "Werkervaring": the first row breaks after its title (44..58 do)
             footer="femke.roorda@example.nl   ·   Pagina {PAGE} van {NUMPAGES}",
             head=[("title", "Curriculum vitae"),
                   ("h", "Profiel"),
                   ("p", "Manager in het sociaal domein van Flevoland. Ik bouw teams die inwoners snel en dichtbij "
                         "helpen, stuur op heldere afspraken en houd formatie en geld in evenwicht. Collega's kennen "
                         "mij als nuchter, benaderbaar en besluitvaardig; bestuurders als iemand die doet wat is "
                         "afgesproken en op tijd meldt wat niet lukt."),
                   ("p", "In Dronten stuur ik de teams Wmo, jeugd en welzijn aan en ben ik opdrachtgever van de "
                         "welzijnsorganisatie. Daarvoor was ik teamleider Wmo in Lelystad, waar ik ook als consulent "
                         "begon. Ik ken het werk aan de keukentafel en weet wat een team nodig heeft om het goed te "
                         "doen."),
                   ("h", "Wat ik meebreng voor deze opdracht"),
                   ("bl", ["Ruim elf jaar leidinggevende ervaring in het sociaal domein bij twee gemeenten.",
                           "Een afgeronde hbo-opleiding Maatschappelijk Werk en Dienstverlening.",
                           "Ervaring als opdrachtgever van een welzijnsorganisatie en met het aansturen van "
                           "gedetacheerde medewerkers.",
                           "Ervaring met DA Systems en het inrichten van de registratie van een team.",
                           "Sturing op formatie, werving en selectie en de verdeling van uren, samen met HR."]),
                   ("h", "Opleiding"),
                   ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Flevoland, Almere — "
                         "2005 – 2009, diploma behaald"),
                   ("p", "Leergang Leidinggeven in het sociaal domein, Bestuursacademie Midden — certificaat 2016"),
                   ("h", "Cursussen en trainingen"),
                   ("bl", ["Coachend leidinggeven, Bestuursacademie Midden (2019)",
                           "Financieel sturen in het sociaal domein, VNG Academie (2021)",
                           "Methodisch werken met DA Systems (2023)",
                           "Gespreksvoering bij agressie en conflict (2015)"]),
                   ("h", "Talen"),
                   ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
                   ("h", "Beschikbaarheid"),
                   ("p", "24 uur per week, maandag tot en met donderdag; hybride werken is mogelijk."),
                   ("h", "Nevenfuncties"),
                   ("bl", ["Lid van de raad van toezicht van een muziekschool in Dronten (vrijwillig)",
                           "Trainer van een jeugdteam bij de volleybalvereniging in Dronten"]),
                   ("h", "Kerncompetenties"),
                   ("bl", ["Coachend leidinggeven en teamontwikkeling",
                           "Sturen op formatie, instroom en budget",
                           "Heldere communicatie met bestuur en inwoners",
                           "Besluitvaardig bij tegenstellingen",
                           "Verbeteren van werkprocessen en registratie"]),
                   ("h", "Werkervaring")],
             table=fr,
             tail=[("h", "Referenties"),
                   ("p", "Ingrid Kamphuis, directeur Sociaal Domein, gemeente Dronten, 06-33502817"),
                   ("p", "Peter Zandstra, teammanager Wmo, gemeente Lelystad, 06-33502818"),
                   ("h", "Uurtarief"),
                   ("p", FR_RATE)]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="LibreOffice PDF, 2 pages. Name and phone only in the running page header, e-mail only in the "
                     "footer. The experience table's first row (Manager Zorg en Welzijn, 'augustus 2018 – heden') "
                     "breaks across the page after the title line: page 2 opens with the header, the repeated table "
                     "heading row 'Periode | Functie, werkgever en taken', then 'Gemeente Dronten' and the tasks. "
                     "Manager Zorg en Welzijn, Gemeente Dronten 2018-08..2025-11 = 88 (manager, zorg/welzijn, "
                     "gemeente) + Teamleider Wmo, Gemeente Lelystad 'maart 2014 – juli 2018' = 2014-03..2018-07 = 53 "
                     "(teamleider, Wmo, gemeente), contiguous -> 141; without the split row only 53 (< 60). "
                     "Wmo-consulent 2009-09..2014-02: no leading title. HBO MWD, Windesheim Flevoland, 'diploma "
                     "behaald' -> hbo, MWD. No policy-to-results example anywhere -> crit 6 = 0; crit 7/8 in the "
                     "Dronten tasks (on page 2). Two referees. 85 points, € 86."))


# ------------------------------------------------------------------------- Jasper Wolthuis (firsthdr, DOCX)
# "Different first page" (w:titlePg): the first-page header is a two-cell table with the name and, right-aligned,
# place, phone and e-mail; the default header (page 2) says only "Curriculum vitae J. Wolthuis"; the default footer
# "Pagina N van M". The body starts with "Profiel" (no name). A manual page break after the first position, and
# page 2 opens with the heading "Werkervaring (vervolg)" and the second leading position.
JW6 = ("Voorbeeld beleid naar resultaat: het Almelose beleidsplan Wijkgericht Samenwerken heb ik vertaald naar een "
       "jaarwerkplan per wijkteam met concrete projecten en resultaten, gevolgd in een halfjaarlijkse rapportage.")
JW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking (PPS) "
       "rond eenzaamheid onder ouderen.")
JW8 = "Projectleider van het verandertraject Wijkteams Dichtbij: van drie naar zes wijkteams, met projectplan en evaluatie."
jw = [pos("okt. 2021 tot nu", "Coördinator Wijkteams", "Gemeente Almelo",
          ["Coördinatie van zes wijkteams (40 medewerkers): Wmo, jeugd en welzijn; formatie en budget.", JW6, JW7, JW8,
           "Verdeling van uren en casuïstiek over de teams, in afstemming met de teamleiders en HR.",
           "Werving en selectie van wijkteammedewerkers; inwerkprogramma voor nieuwe collega's.",
           "Contacten met de welzijnsorganisaties die medewerkers aan de wijkteams detacheren."],
          ("2021-10", REF), 50, True),
      pos("apr. 2020 tot sep. 2021", "Teamleider Welzijn Ouderen", "Stichting Welzijn Twenterand",
          ["Leiding aan het team ouderenadviseurs en de dagactiviteiten (11 medewerkers).",
           "Inzet van uren en vrijwilligers tijdens de coronaperiode."],
          ("2020-04", "2021-09"), 18, True),
      pos("feb. 2014 tot mrt. 2020", "Ouderenadviseur", "Stichting Welzijn Twenterand",
          ["Huisbezoeken, advies over wonen, zorg en welzijn."],
          ("2014-02", "2020-03"), 74, False)]
JW_RATE = "€ 85,- per uur"
cv(file="Jasper Wolthuis.docx", fmt="docx", producer="word",
   name="Jasper Wolthuis", email="jasper.wolthuis@example.com", phone="06-71829304", rate=JW_RATE,
   exp=jw, crit_text={"6": JW6, "7": JW7, "8": JW8}, refs=["Hanneke Pots", "Gerard ter Horst"],
   must_have=["Curriculum vitae J. Wolthuis", "Werkervaring (vervolg)"],
   word=dict(kind="firsthdr",
             first_header=("Jasper Wolthuis", ["Almelo", "06-71829304", "jasper.wolthuis@example.com"]),
             header="Curriculum vitae J. Wolthuis",
             footer="Pagina {PAGE} van {NUMPAGES}",
             body=[("h", "Profiel"),
                   ("p", "Coördinator in het sociaal domein in Twente, met een achtergrond in het ouderenwerk. Ik "
                         "breng teams in beweging, houd het overzicht en zoek de verbinding met inwoners en "
                         "bestuur."),
                   ("h", "Kernkwaliteiten"),
                   ("bl", ["Verbindend en coachend: ik help een team zelf oplossingen te vinden.",
                           "Helder in communicatie, ook als het schuurt; ik spreek mensen aan op afspraken.",
                           "Besluitvaardig, met oog voor wat inwoners en bestuur nodig hebben.",
                           "Analytisch: ik werk met cijfers uit de registratie en vertaal ze naar keuzes.",
                           "Proactief in het verbeteren van werkprocessen."]),
                   ("h", "Wat ik meebreng voor deze opdracht"),
                   ("bl", ["Ruim vijf jaar leidinggevende ervaring in het sociaal domein, bij een gemeente en bij "
                           "een welzijnsstichting.",
                           "Een afgeronde hbo-bachelor Maatschappelijk Werk en Dienstverlening.",
                           "Ervaring met het aansturen van gedetacheerde medewerkers en met formatie en budget.",
                           "Ervaring met de inrichting van een registratiesysteem voor wijkteams."]),
                   ("h", "Werkervaring"),
                   ("jobs2", jw[:1]),
                   ("break",),
                   ("h", "Werkervaring (vervolg)"),
                   ("jobs2", jw[1:]),
                   ("h", "Opleiding"),
                   ("p", "Bachelor Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion Hogeschool Enschede, "
                         "2009 – 2013, diploma behaald"),
                   ("h", "Referenties"),
                   ("p", "Hanneke Pots — afdelingshoofd Sociaal Domein, gemeente Almelo — 06-90817263"),
                   ("p", "Gerard ter Horst — directeur, Stichting Welzijn Twenterand — 06-90817264"),
                   ("h", "Uurtarief"),
                   ("p", JW_RATE)]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=68, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="DOCX with a different first page (w:titlePg): name, phone and e-mail only in the FIRST-page "
                     "header (header type 'first'); the default header of page 2 reads 'Curriculum vitae J. "
                     "Wolthuis' (the name is Jasper Wolthuis). Coördinator Wijkteams, Gemeente Almelo 'okt. 2021 "
                     "tot nu' = 2021-10..2025-11 = 50 (coördinator, wijkteams, gemeente) + after a manual page break "
                     "and the heading 'Werkervaring (vervolg)': Teamleider Welzijn Ouderen, Stichting Welzijn "
                     "Twenterand 'apr. 2020 tot sep. 2021' = 2020-04..2021-09 = 18 (teamleider, welzijn, "
                     "welzijnsstichting), contiguous -> 68: >= 60 (ko 3 pass) but < 72 (crit 5 = 0); without the "
                     "page-2 position only 50 (< 60). Ouderenadviseur 2014-02..2020-03: no leading title. Bachelor "
                     "MWD (deeltijd), Saxion, diploma behaald -> hbo, MWD. Two referees. 75 points, € 85."))


# ------------------------------------------------------------------------- Nienke Bouma (timeline, Chromium PDF)
# Band with name and contact; "Loopbaan in één oogopslag": a Gantt-like chart, a row of year labels 2008 … 2026 on
# an axis and one labelled bar per position (title · employer, no dates), bars placed by their dates; then the
# detailed positions with the period on its own bold line, written with an arrow: "01/2020 → nu".
NB6 = ("Voorbeeld beleid naar resultaat: de Meppeler visie Welzijn Dichtbij heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten in vijf wijken; de resultaten rapporteer ik twee keer per jaar aan het college.")
NB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private samenwerking "
       "(PPS) Meppel Gezond.")
NB8 = "Projectleider van de transitie naar wijkgerichte toegang: projectplan, stuurgroep, drie pilots en evaluatie."
nb = [pos("01/2020 → nu", "Manager Sociaal Domein", "Gemeente Meppel",
          ["Leiding aan de teams Wmo, jeugd en participatie (27 medewerkers); formatie en budget.", NB6, NB7, NB8],
          ("2020-01", REF), 71, True),
      pos("03/2014 → 12/2019", "Coördinator Mantelzorg en Vrijwilligerswerk", "Stichting Welzijn Westerveld",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (7 medewerkers)."],
          ("2014-03", "2019-12"), 70, True),
      pos("09/2008 → 02/2014", "Ouderenconsulent", "Stichting Welzijn Westerveld",
          ["Huisbezoeken en ouderenadvies in Havelte en Diever."],
          ("2008-09", "2014-02"), 66, False)]
NB_RATE = "€ 91,- per uur"
cv(file="Nienke Bouma.pdf", fmt="pdf", producer="chromium",
   name="Nienke Bouma", email="nienke.bouma@example.nl", phone="06-63524179", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Jorien Hulst", "Albert Mulder"],
   must_have=["Loopbaan in één oogopslag"],
   html=dict(template="timeline",
             band=[("title", "Nienke Bouma"), ("sub", "Manager sociaal domein"),
                   ("p", "Meppel  ·  06-63524179  ·  nienke.bouma@example.nl")],
             axis=(2008, 2026, 2),
             bars=[(nb[2], "2008-09", "2014-02"), (nb[1], "2014-03", "2019-12"), (nb[0], "2020-01", "2025-11")],
             body=[("h", "Profiel"),
                   ("p", "Leidinggevende in het sociaal domein van Zuidwest-Drenthe: eerst bij de welzijnsstichting "
                         "van Westerveld, nu bij de gemeente Meppel. Ik werk vanuit vertrouwen, met heldere "
                         "afspraken en oog voor wat inwoners echt nodig hebben."),
                   ("h", "Werkervaring"),
                   ("jobs", nb),
                   ("h", "Opleiding"),
                   ("pb", "2004 → 2008"),
                   ("p", "Bachelor Social Work, Hanzehogeschool Groningen — diploma behaald"),
                   ("h", "Referenties"),
                   ("p", "Jorien Hulst — gemeentesecretaris, gemeente Meppel — 06-26418375"),
                   ("p", "Albert Mulder — directeur-bestuurder, Stichting Welzijn Westerveld — 06-26418376"),
                   ("h", "Tarief"),
                   ("p", NB_RATE)]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="Chromium; a Gantt-like career chart (year axis 2008 … 2026, bars labelled 'title · employer' "
                     "without dates) above the detailed positions; periods written with an arrow. Manager Sociaal "
                     "Domein, Gemeente Meppel '01/2020 → nu' = 2020-01..2025-11 = 71 (manager, sociaal domein, "
                     "gemeente) + Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Westerveld "
                     "'03/2014 → 12/2019' = 2014-03..2019-12 = 70 (coördinator, mantelzorg = welzijn, "
                     "welzijnsstichting), contiguous -> 141 (each alone < 72). Ouderenconsulent '09/2008 → "
                     "02/2014': no leading title. The axis years are no periods; the bars repeat the positions "
                     "without dates. Bachelor Social Work, Hanzehogeschool, 'diploma behaald' ('2004 → 2008') -> "
                     "hbo, MWD. Two referees. 100 points, € 91."))


# ------------------------------------------------------------------------- Annelot Veldkamp (rowrev, Chromium PDF)
# display: flex; flex-direction: row-reverse: the <aside> is FIRST in the HTML but drawn on the RIGHT (6.2 cm); it
# holds contact, education with years, courses with years, skills, languages, rate and, on page 2, the referees
# (name / role / phone lines). The main column (left) holds name, profile and the positions; its last section
# breaks over the page (the heading "Nevenactiviteiten" on page 1, its line on page 2). Periods with a figure dash
# (U+2012): "aug. 2021 ‒ heden".
AV6 = ("Voorbeeld beleid naar resultaat: het Voorster beleidsplan Welzijn 2022 heb ik omgezet in een jaarwerkplan met "
       "concrete projecten per dorp en resultaten die we elk halfjaar aan de raad rapporteren.")
AV7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking (PPS) "
       "met de dorpsbelangen en lokale ondernemingen.")
AV8 = "Projectleider van de transformatie van de jeugdhulp in Zutphen: projectplan, fasering en evaluatie."
av = [pos("aug. 2021 ‒ heden", "Coördinator Welzijn en Zorg", "Gemeente Voorst",
          ["Coördinatie van het cluster welzijn en zorg (15 medewerkers): formatie, werving en selectie, budget.",
           AV6, AV7,
           "Verbinding tussen de beleidsadviseurs en de medewerkers in de dorpen; stuurt op gemaakte afspraken.",
           "Inrichting van de registratie in DA Systems en de maandelijkse sturingsinformatie.",
           "Afspraken met de organisaties die medewerkers aan het cluster detacheren."],
          ("2021-08", REF), 52, True),
      pos("jan. 2015 ‒ jul. 2021", "Teamleider Jeugd en Gezin", "Gemeente Zutphen",
          ["Leiding aan het jeugdteam (13 medewerkers) en de toegang tot de jeugdhulp.", AV8,
           "Werving en selectie, inwerken en coaching van nieuwe jeugdconsulenten.",
           "Maandelijkse rapportage over wachttijden en kosten aan de afdelingsmanager."],
          ("2015-01", "2021-07"), 79, True),
      pos("2009 ‒ 2014", "Jeugdconsulent", "Gemeente Zutphen",
          ["Gesprekken met gezinnen, beschikkingen jeugdhulp."],
          ("2009-01", "2014-12"), 72, False, yearonly=True)]
AV_RATE = "€ 92,- per uur"
cv(file="Annelot Veldkamp.pdf", fmt="pdf", producer="chromium",
   name="Annelot Veldkamp", email="annelot.veldkamp@example.nl", phone="06-85201934", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Sandra Eijkelkamp", "Joost Leferink"],
   html=dict(template="rowrev",
             side=[("h", "Contact"),
                   ("p", "Twello"), ("p", "06-85201934"), ("p", "annelot.veldkamp@example.nl"),
                   ("h", "Opleiding"),
                   ("pb", "2003 ‒ 2007"),
                   ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
                   ("small", "Saxion, Deventer — diploma behaald"),
                   ("h", "Cursussen"),
                   ("pb", "2012"), ("p", "Motiverende gespreksvoering"),
                   ("pb", "2016"), ("p", "Leergang Leidinggeven in het sociaal domein"),
                   ("pb", "2019"), ("p", "Financiële sturing voor teamleiders"),
                   ("pb", "2023"), ("p", "Training Methodisch werken met DA Systems"),
                   ("h", "Vaardigheden"),
                   ("bl", ["Coachend leidinggeven", "Procesregie", "Budgetbeheer", "Heldere rapportages",
                           "Verbinden van beleid en wijk", "Besluitvaardig in dynamiek"]),
                   ("h", "Talen"),
                   ("p", "Nederlands — moedertaal"), ("p", "Engels — goed"), ("p", "Duits — redelijk"),
                   ("h", "Certificaten"),
                   ("pb", "2020"), ("p", "Prince2 Foundation"),
                   ("pb", "2022"), ("p", "Registerleider Sociaal Domein"),
                   ("h", "Competenties"),
                   ("bl", ["Verbindend", "Coachend", "Lef en innovatie", "Analytisch", "Oog voor inwoner en bestuur"]),
                   ("h", "Interesses"),
                   ("p", "Hardlopen, koken, dorpsgeschiedenis van de Veluwezoom"),
                   ("h", "Rijbewijs"), ("p", "B"),
                   ("h", "Beschikbaarheid"), ("p", "24 uur per week, per direct"),
                   ("h", "Tarief"), ("p", AV_RATE),
                   ("h", "Referenties"),
                   ("pb", "Sandra Eijkelkamp"), ("small", "wethouder Zorg en Welzijn, gemeente Voorst"),
                   ("small", "06-58203746"),
                   ("pb", "Joost Leferink"), ("small", "afdelingsmanager Samenleving, gemeente Zutphen"),
                   ("small", "06-58203747")],
             main=[("title", "Annelot Veldkamp"),
                   ("sub", "Coördinator welzijn en zorg"),
                   ("h", "Profiel"),
                   ("p", "Ruim tien jaar leidinggevende ervaring in het sociaal domein bij de gemeenten Zutphen en "
                         "Voorst. Ik zorg dat een team weet waar het aan werkt, houd geld en formatie in beeld en "
                         "leg korte lijnen met inwoners en bestuur."),
                   ("h", "Wat ik meebreng voor deze opdracht"),
                   ("bl", ["Ruim tien jaar leidinggevende ervaring in het sociaal domein van twee gemeenten.",
                           "Een afgeronde hbo-opleiding Maatschappelijk Werk en Dienstverlening.",
                           "Ervaring met het inrichten van DA Systems en met methodisch werken in een team.",
                           "Sturen op formatie, instroom, werving en selectie en het budget van een cluster.",
                           "Afspraken maken met organisaties die medewerkers detacheren."]),
                   ("h", "Werkervaring"),
                   ("jobs", av),
                   ("h", "Nevenactiviteiten"),
                   ("p", "Bestuurslid van de dorpshuisvereniging in Twello (vrijwillig).")]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="Chromium, flex row-reverse: the sidebar is first in the HTML and drawn on the right; it runs "
                     "onto page 2, where the referees stand (name / role / phone). Coördinator Welzijn en Zorg, "
                     "Gemeente Voorst 'aug. 2021 ‒ heden' (figure dash) = 2021-08..2025-11 = 52 + Teamleider Jeugd "
                     "en Gezin, Gemeente Zutphen 'jan. 2015 ‒ jul. 2021' = 2015-01..2021-07 = 79, contiguous -> 131 "
                     "(the current role alone < 60). Jeugdconsulent '2009 ‒ 2014' (year-only, decides nothing): no "
                     "leading title. Sidebar: '2003 ‒ 2007' HBO MWD, Saxion, 'diploma behaald' -> hbo, MWD; course "
                     "years 2012 / 2016 / 2019 / 2023 are no positions; rate € 92; two referees. 100 points, € 92."))
