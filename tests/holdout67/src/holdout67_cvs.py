# -*- coding: utf-8 -*-
"""Holdout round 67 for zeef: hard PDF layouts, fourth series. 8 fictional CVs (6 PDF, 2 DOCX) for the Heerde
request, each in a layout that rounds 44, 46, 59 and 62 did not use, so that the reading order is hard while the
facts are plain to a careful human reader:

  - a two-column page whose RIGHT column is the narrow sidebar (contact, skills, languages, referees, rate), the main
    text on the left and first in the HTML (Chromium);
  - a page whose upper part is one column and whose lower part is three newspaper columns side by side: courses |
    languages | referees (LibreOffice PDF);
  - every section a bordered box with its heading inside the box's top border (<fieldset>/<legend>, Chromium), the
    referees and the rate in two boxes side by side;
  - an experience table Functie | Werkgever | Werkzaamheden | Periode whose narrow period column is on the RIGHT and
    wraps every period onto two lines ("september 2016 –" / "juli 2021") (LibreOffice PDF);
  - the referees in a two-column table, name | details on four lines (DOCX);
  - an A4 landscape CV of exactly two pages: a wide experience table, the second page three side-by-side cells
    (LibreOffice PDF);
  - the positions as a Word numbered list "1. 2022 – heden: Teamleider Sociaal Team bij Gemeente Olst-Wijhe" (DOCX;
    the "1." is Word's automatic numbering);
  - a large coloured header band with the name, the role and the contact line in white (Chromium).

Six are eligible: 100, 100, 85, 85, 80, 75 (the 100-tie decided by the rate, EUR 88 before EUR 92; the 85-tie, EUR 83
before EUR 86, decides the third shortlist place). Each of criteria 4, 5, 6 and 7 is absent from exactly one eligible
CV, criterion 8 from one of the two that are not eligible. Two are not eligible, each for one plain reason: 47 months
as teamleider, the earlier roles consulent and loket work (ko 3), and an associate degree as the highest completed
education (ko 2).
No CV is meant to be ambiguous.

Written without looking at the pipeline's source or rules/ and without running zeef's stages on these files, with
hand-checked expectations (months per position by hand; tests/holdout2/src/expected.py re-derives them from the
printed dates). Every person, foundation, agency, phone number, e-mail address and referee here is made up.
Employers are real municipalities and fictional foundations; real hogescholen appear as schools. See
tests/holdout2/src/cvset.py for the field list; the CVs with producer="chromium" carry html=dict(template, ...) for
src/html67.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Annemiek Wessels (docx) referee table
AW6 = ("Voorbeeld beleid naar resultaat: het Oldebroekse beleidsplan sociaal domein 'Naar elkaar omzien' (2019) heb ik "
       "met de beleidsadviseurs vertaald naar een jaarwerkplan met vier concrete projecten (een mantelzorgpunt, twee "
       "buurtkamers en een vrijwilligersbank); resultaat in 2022: 380 mantelzorgers in beeld en 45 nieuwe "
       "vrijwilligers.")
AW7 = ("Samenwerkingspartners op het gebied van welzijn: zorgaanbieders in de wijkverpleging en dagbesteding, "
       "huisartsen en praktijkondersteuners, de cliënt- en patiëntenraad, zorgverzekeraar Zilveren Kruis en de "
       "publiek-private samenwerking (PPS) 'Gezond Oldebroek'.")
AW8 = ("Projectleider van de implementatie van DA Systems in het sociaal team (2023) en van het verandertraject "
       "'Welzijn dichtbij', waarin de toegang en het welzijnswerk één team werden.")
aw = [pos("april 2018 – heden", "Coördinator Sociaal Domein", "Gemeente Oldebroek",
          ["Coördineert het sociaal team en het cluster welzijn: 14 medewerkers (Wmo-consulenten, ouderenadviseurs, "
           "opbouwwerkers en een mantelzorgconsulent).",
           "Verdeelt de uren, bewaakt de voortgang en voert de jaargesprekken, in afstemming met de teamleider en HR.",
           "Beheert het welzijnsbudget van € 1,2 miljoen en rapporteert elk kwartaal aan de afdelingsmanager.",
           AW6, AW7, AW8],
          ("2018-04", REF), 92, True),
      pos("september 2013 – maart 2018", "Teamleider Welzijn", "Stichting Welzijn Oldebroek-Nunspeet",
          ["Leiding aan acht medewerkers ouderenwerk en buurtwerk en aan de vrijwilligerscentrale (180 "
           "vrijwilligers).",
           "Werving en selectie, werkoverleg en de jaarlijkse verantwoording aan de gemeente."],
          ("2013-09", "2018-03"), 55, True),
      pos("augustus 2008 – augustus 2013", "Opbouwwerker", "Stichting Welzijn Oldebroek-Nunspeet",
          ["Buurtgericht werken in Wezep en Oosterwolde; bewonersinitiatieven en buurtpreventie."],
          ("2008-08", "2013-08"), 61, False)]
AW_RATE = "€ 88,00 per uur excl. btw"
cv(file="Annemiek Wessels.docx", fmt="docx", layout="single",
   name="Annemiek Wessels", email="annemiek.wessels@example.nl", phone="06-38172949", rate=AW_RATE,
   exp=aw, crit_text={"6": AW6, "7": AW7, "8": AW8}, refs=["Jolanda Brinkhuis", "Frits Kamphorst"],
   body=[("title", "Annemiek Wessels"),
         ("p", "Coördinator sociaal domein  |  Wezep  |  06-38172949  |  annemiek.wessels@example.nl"),
         ("h", "Profiel"),
         ("p", "Coördinator in het sociaal domein met ruim twaalf jaar leidinggevende ervaring op de Noord-Veluwe. Ik "
               "breng rust en structuur in een team, houd de voortgang scherp in beeld en geef medewerkers de ruimte "
               "om eigenaar te zijn van hun werk. Inwoners en bestuur kennen mij als iemand die doet wat ze zegt."),
         ("h", "Werkervaring"),
         ("pos", "next", aw),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle, 2004 – 2008, diploma "
               "behaald"),
         ("p", "Havo, Christelijk College Nassau-Veluwe, Harderwijk, 1999 – 2004, diploma"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2020)", "Werken met DA Systems (2023)", "Mantelzorg en respijtzorg (2015)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Referenties"),
         ("reftable", ["Referent", "Functie en contactgegevens"],
          [("Jolanda Brinkhuis", ["afdelingsmanager Samenleving", "gemeente Oldebroek", "telefoon 06-38172950",
                                  "jolanda.brinkhuis@example.nl"]),
           ("Frits Kamphorst", ["directeur-bestuurder", "Stichting Welzijn Oldebroek-Nunspeet",
                                "telefoon 06-38172951", "f.kamphorst@example.com"])]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Uurtarief: " + AW_RATE + ". Beschikbaar per 1 januari 2026 voor 24 uur per week (ma, di, do). In "
               "loondienst bij Veluwezoom Detachering B.V.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88; Jeroen Hilbrink also 100 at EUR 92). The referees are a "
                     "two-column grid table: 'Referent' | 'Functie en contactgegevens', the name bold in the left cell, "
                     "function, organisation, phone and e-mail as four paragraphs in the right cell. Coördinator "
                     "Sociaal Domein, Gemeente Oldebroek 'april 2018 – heden' = 2018-04..2025-11 = 92 + Teamleider "
                     "Welzijn, Stichting Welzijn Oldebroek-Nunspeet 'september 2013 – maart 2018' = 55 -> 147 "
                     "(opbouwwerker 'augustus 2008 – augustus 2013', 61, not leading). Bachelor MWD, diploma behaald "
                     "-> hbo, mwd. In loondienst bij a detacheerder -> no zzp. Criteria 6 (beleidsplan -> "
                     "jaarwerkplan with four projects, results), 7 (zorgaanbieders, huisartsen, patiëntenraad, "
                     "zorgverzekeraar, PPS), 8 (projectleider, verandertraject) in the Oldebroek position."))

# ------------------------------------------------------------------------- Jeroen Hilbrink (pdf) right-hand sidebar
JH6 = ("Voorbeeld beleid naar resultaat: de Ermelose nota 'Gezond en wel in Ermelo' (2020) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vijf concrete projecten; resultaat in 2023: een "
       "welzijnsloket in elke wijk, 40 % meer ouderen bereikt en een sluitende begroting.")
JH7 = ("Werkt met samenwerkingspartners op het gebied van welzijn: zorgaanbieders in wijkverpleging en begeleiding, "
       "huisartsen, de patiëntenraad van het gezondheidscentrum, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) 'Ermelo Vitaal'.")
JH8 = ("Projectleider van het verandertraject 'Eén toegang sociaal domein', waarin Wmo, jeugd en welzijn één team "
       "werden.")
jh = [pos("mei 2019 – heden", "Manager Welzijn en Zorg", "Gemeente Ermelo",
          ["Leiding aan het team welzijn en zorg: 24 medewerkers via twee teamleiders; formatie, werving & selectie.",
           "Verantwoordelijk voor een budget van € 2,6 miljoen en de rapportage aan het college.", JH6, JH7, JH8],
          ("2019-05", REF), 79, True),
      pos("januari 2014 – april 2019", "Coördinator Wijkteams", "Gemeente Putten",
          ["Coördinatie van twee wijkteams (15 medewerkers Wmo, jeugd en schuldhulp); casusverdeling en werkoverleg.",
           "Inrichting van het registratiesysteem en de werkprocessen van de wijkteams."],
          ("2014-01", "2019-04"), 64, True),
      pos("september 2008 – december 2013", "Maatschappelijk werker", "Stichting Welzijn Veluwe-Noordwest",
          ["Algemeen maatschappelijk werk en spreekuren in Putten en Ermelo."],
          ("2008-09", "2013-12"), 64, False)]
JH_RATE = "€ 92,00 per uur excl. btw"
cv(file="Jeroen Hilbrink.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Jeroen Hilbrink", email="jeroen.hilbrink@example.nl", phone="06-43817205", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Marleen Schuurman", "Hendrik-Jan Vos"],
   must_have=["Bachelor Social Work"],
   html=dict(template="rightside",
             main=[("title", "Jeroen Hilbrink"), ("sub", "Manager welzijn en zorg"),
                   ("h", "Profiel"),
                   ("p", "Ik ben manager in het sociaal domein en werk al zeventien jaar op de Veluwe, de laatste elf "
                         "jaar leidinggevend. Ik verbind beleid en praktijk, zorg voor heldere afspraken en neem "
                         "teams mee in ontwikkeling. Collega's noemen mij rustig, duidelijk en besluitvaardig."),
                   ("h", "Werkervaring"),
                   ("jobs", jh),
                   ("h", "Opleiding"),
                   ("pb", "Bachelor Social Work"),
                   ("p", "Hogeschool van Arnhem en Nijmegen (HAN), 2004 – 2008 — diploma behaald"),
                   ("pb", "Vwo"), ("p", "Christelijk Lyceum Veenendaal, 1998 – 2004 — diploma"),
                   ("h", "Cursussen"),
                   ("bl", ["Leiderschap in het sociaal domein (2021)", "Financieel management (2018)",
                           "Oplossingsgericht coachen (2015)"])],
             side=[("h", "Contact"),
                   ("contact", "06-43817205"), ("contact", "jeroen.hilbrink@example.nl"), ("contact", "Ermelo"),
                   ("h", "Vaardigheden"),
                   ("bl", ["Verbindend leidinggeven", "Sturen op resultaat", "Budgetbeheer",
                           "Heldere rapportage"]),
                   ("h", "Talen"),
                   ("p", "Nederlands — moedertaal"), ("p", "Engels — goed"), ("p", "Duits — redelijk"),
                   ("h", "Referenties"),
                   ("ref", "Marleen Schuurman", "afdelingsmanager Samenleving, gemeente Ermelo", "06-43817206"),
                   ("ref", "Hendrik-Jan Vos", "directeur Sociaal Domein, gemeente Putten", "06-43817207"),
                   ("h", "Tarief"),
                   ("p", JH_RATE),
                   ("h", "Beschikbaarheid"),
                   ("p", "Per 1 januari 2026, 24 uur per week; in loondienst bij Veluwse Detacheringsgroep.")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 92: after Annemiek Wessels' 100 at EUR 88), shortlisted. A two-column "
                     "page whose RIGHT column is the narrow tinted sidebar (Chromium): the main text is first in the "
                     "HTML and drawn left, the sidebar second and drawn right, its referees level with the "
                     "experience. Manager Welzijn en Zorg, Gemeente Ermelo 'mei 2019 – heden' = 2019-05..2025-11 = 79 "
                     "+ Coördinator Wijkteams, Gemeente Putten 'januari 2014 – april 2019' = 64 -> 143 (maatschappelijk "
                     "werker '2008-09..2013-12', 64, not leading). Bachelor Social Work, diploma behaald -> mwd. Two "
                     "referees (name / function / phone) in the sidebar; EUR 92 in the sidebar."))

# ------------------------------------------------------------------------- Ilse Boerrigter (pdf) three columns below
IB6 = ("Voorbeeld beleid naar resultaat: het Hattemse beleidsplan 'Jong en oud doen mee' (2019) heb ik met het team "
       "vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2022: een jeugdpunt in de "
       "bibliotheek, 25 % kortere wachttijd voor jeugdhulp en een wekelijkse inloop voor ouderen.")
IB7 = ("Samenwerkingspartners in zorg en welzijn: zorgaanbieders voor jeugdhulp en begeleiding, huisartsen en "
       "praktijkondersteuners jeugd, zorgverzekeraar Zilveren Kruis, de patiëntenvereniging en de partners van de "
       "publiek-private samenwerking (PPS) 'Hattem Gezond'.")
IB8 = ("Projectleider van de transitie van het Wmo-loket en het jeugdteam naar één team Wmo en Jeugd (2018 – 2019), "
       "een veranderopgave met nieuwe rollen en werkprocessen.")
ib = [pos("oktober 2017 – heden", "Teamleider Wmo en Jeugd", "Gemeente Hattem",
          ["Leiding aan 16 medewerkers (Wmo, jeugd, welzijn); formatie, instroom en werving & selectie.",
           IB6, IB7, IB8],
          ("2017-10", REF), 98, True),
      pos("februari 2013 – september 2017", "Coördinator Mantelzorgsteunpunt", "Stichting Welzijn Veluwezoom-Noord",
          ["Coördinatie van vier mantelzorgconsulenten en 90 vrijwilligers; respijtzorg en lotgenotengroepen."],
          ("2013-02", "2017-09"), 56, True),
      pos("maart 2008 – januari 2013", "Beleidsmedewerker Wmo", "Gemeente Hattem",
          ["Wmo-verordening, subsidies welzijn en de jaarlijkse cliëntervaringsonderzoeken."],
          ("2008-03", "2013-01"), 59, False)]
IB_RATE = "€ 83,00 per uur exclusief btw"
cv(file="Ilse Boerrigter.pdf", fmt="pdf", layout="single",
   name="Ilse Boerrigter", email="ilse.boerrigter@example.com", phone="06-52930418", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Gerda Mulderij", "Anton Brouwer-Hek"],
   must_have=["Bachelor Bestuurskunde"],
   body=[("title", "Ilse Boerrigter"),
         ("p", "Hattem  ·  06-52930418  ·  ilse.boerrigter@example.com"),
         ("h", "Profiel"),
         ("p", "Teamleider met een brede blik op het sociaal domein: eerst beleid, daarna het mantelzorgsteunpunt en "
               "sinds 2017 het team Wmo en Jeugd in Hattem. Nuchter, benaderbaar en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "pipe", ib),
         ("h", "Opleiding"),
         ("p", "Bachelor Bestuurskunde (hbo), Hogeschool Windesheim, Zwolle, 2003 – 2007, diploma behaald"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", IB_RATE + "; beschikbaar per 1 januari 2026 voor 24 uur per week. In loondienst bij IJsselland "
               "Detachering."),
         ("cols", 3, True),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2020)", "Jeugdwet in de praktijk (2018)",
                 "Mantelzorgondersteuning (2014)"]),
         ("colbreak",),
         ("h", "Talen"),
         ("p", "Nederlands: moedertaal"), ("p", "Engels: goed"), ("p", "Duits: redelijk"),
         ("colbreak",),
         ("h", "Referenties"),
         ("plines", ["Gerda Mulderij", "manager Sociaal Domein, gemeente Hattem", "06-52930419"]),
         ("plines", ["Anton Brouwer-Hek", "directeur, Stichting Welzijn Veluwezoom-Noord", "06-52930420"]),
],
   expect=dict(pages=1, edu=("hbo", True, False), coord=154, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85, EUR 83: before Sanne Lubbers' 85 at EUR 86), shortlisted. The upper part "
                     "of the page is one column (profile, experience, education, rate), the lower part three "
                     "newspaper columns with separator lines (Cursussen | Talen | Referenties side by side, column "
                     "breaks). Teamleider Wmo en Jeugd, Gemeente Hattem 'oktober 2017 – heden' = 2017-10..2025-11 = 98 "
                     "+ Coördinator Mantelzorgsteunpunt, Stichting Welzijn Veluwezoom-Noord 'februari 2013 – "
                     "september 2017' = 56 -> 154 (beleidsmedewerker Wmo '2008-03..2013-01', 59, not leading). "
                     "Bachelor Bestuurskunde (hbo), diploma -> hbo, not MWD -> criterion 4 = 0. Referees as name / "
                     "function / phone lines in the third column."))

# ------------------------------------------------------------------------- Sanne Lubbers (pdf) boxed sections
SL7 = ("Werkt samen met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Salland, de patiëntenraad van "
       "het gezondheidscentrum en de partners in de publiek-private samenwerking (PPS) 'Raalte Gezond'.")
SL8 = ("Projectleider van de reorganisatie van de toegang (2021): van drie loketten naar één sociaal team, een "
       "veranderopgave voor 16 medewerkers.")
sl = [pos("01-2020 – heden", "Teamleider Sociaal Team", "Gemeente Raalte",
          ["Leiding aan 16 medewerkers: Wmo, jeugd, schuldhulp en welzijn; urenverdeling en jaargesprekken.",
           "Bewaakt het teambudget en de voortgang van de opdrachten; rapporteert aan de afdelingsmanager.",
           "Organiseert de locaties in de kernen waar het team zichtbaar en vindbaar is.", SL7, SL8],
          ("2020-01", REF), 71, True),
      pos("06-2015 – 12-2019", "Coördinator Jeugd en Welzijn", "Stichting Welzijn Salland-West",
          ["Coördinatie van het jongerenwerk en de opvoedondersteuning (7 medewerkers); werkoverleg en coaching."],
          ("2015-06", "2019-12"), 55, True),
      pos("09-2010 – 05-2015", "Jongerenwerker", "Stichting Welzijn Salland-West",
          ["Ambulant jongerenwerk en het jongerencentrum in Raalte-Noord."],
          ("2010-09", "2015-05"), 57, False)]
SL_RATE = "€ 86,00 per uur excl. btw"
cv(file="Sanne Lubbers.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Sanne Lubbers", email="sanne.lubbers@example.nl", phone="06-61729384", rate=SL_RATE,
   exp=sl, crit_text={"7": SL7, "8": SL8}, refs=["Marjolein Oude Elferink", "Bert Klein Gunnewiek"],
   html=dict(template="boxes",
             head=[("title", "Sanne Lubbers"), ("sub", "Teamleider sociaal team")],
             body=[("box", "Personalia",
                    [("p", "Woonplaats: Raalte"), ("p", "Telefoon: 06-61729384"),
                     ("p", "E-mail: sanne.lubbers@example.nl"), ("p", "Geboortejaar: 1987")]),
                   ("box", "Profiel",
                    [("p", "Ik ben een teamleider die dicht bij de inwoners en het team staat. Ik begon als "
                           "jongerenwerker in Raalte, coördineerde het jeugd- en welzijnswerk en geef sinds 2020 "
                           "leiding aan het sociaal team. Ik ben direct, betrokken en durf knopen door te hakken.")]),
                   ("box", "Werkervaring", [("fjobs", sl)]),
                   ("box", "Opleiding",
                    [("pb", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                     ("p", "Saxion Hogeschool, Deventer, 2006 – 2010 — diploma behaald"),
                     ("pb", "Havo"), ("p", "Carmel College Salland, Raalte, 2001 – 2006 — diploma")]),
                   ("box", "Cursussen",
                    [("bl", ["Teamcoaching (2022)", "Leidinggeven in het sociaal domein (2020)",
                             "Signs of Safety (2017)"])]),
                   ("boxrow", [("Referenties",
                                [("ref", "Marjolein Oude Elferink", "afdelingsmanager Sociaal Domein, gemeente Raalte",
                                  "06-61729385"),
                                 ("ref", "Bert Klein Gunnewiek", "directeur, Stichting Welzijn Salland-West",
                                  "06-61729386")]),
                               ("Tarief en beschikbaarheid",
                                [("p", "Uurtarief: " + SL_RATE),
                                 ("p", "Per 1 januari 2026, 24 uur per week (ma, di, do)."),
                                 ("p", "In loondienst bij Sallandse Detachering.")])])]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=126, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 4 (85, EUR 86: after Ilse Boerrigter's 85 at EUR 83), not shortlisted. Every "
                     "section is a bordered, rounded box whose heading is drawn inside the box's top border "
                     "(<fieldset>/<legend>, Chromium); the referees and the rate in two boxes side by side; the title "
                     "left and the period right on one line. Teamleider Sociaal Team, Gemeente Raalte '01-2020 – "
                     "heden' = 2020-01..2025-11 = 71 + Coördinator Jeugd en Welzijn, Stichting Welzijn Salland-West "
                     "'06-2015 – 12-2019' = 55 -> 126 (jongerenwerker '09-2010 – 05-2015', 57, not leading). Bachelor "
                     "MWD diploma -> mwd. No example of turning policy into projects and results anywhere -> "
                     "criterion 6 = 0."))

# ------------------------------------------------------------------------- Tim Oosterwijk (pdf) period column right
TO6 = ("Voorbeeld beleid naar resultaat: de Dalfsense koers 'Dichtbij in de kernen' (2022) heb ik met het team vertaald "
       "naar een jaarwerkplan met drie concrete projecten; resultaat in 2024: een inloop in Nieuwleusen, Lemelerveld "
       "en Dalfsen en 30 % minder wachttijd bij de toegang.")
TO8 = ("Projectleider van de invoering van het wijkgericht werken (2022 – 2023), een verandertraject voor het hele "
       "wijkteam.")
to = [pos("augustus 2021 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Dalfsen",
          ["Coördineert het sociaal wijkteam (12 medewerkers Wmo, jeugd en welzijn): casusverdeling, werkoverleg en "
           "de jaargesprekken met de teamleider.",
           "Bewaakt de voortgang en het teambudget; stelt de kwartaalrapportage op.", TO6, TO8],
          ("2021-08", REF), 52, True),
      pos("september 2016 – juli 2021", "Teamleider Ouderenwerk", "Stichting Welzijn Vechtdal",
          ["Leiding aan zeven ouderenwerkers en de vrijwillige ouderenadviseurs.",
           "Werving en selectie, roosters en de jaarlijkse verantwoording van de subsidie."],
          ("2016-09", "2021-07"), 59, True),
      pos("januari 2011 – augustus 2016", "Consulent Wmo", "Gemeente Dalfsen",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen."],
          ("2011-01", "2016-08"), 68, False)]
TO_RATE = "Uurtarief: € 79,00 excl. btw"
cv(file="Tim Oosterwijk.pdf", fmt="pdf", layout="single",
   name="Tim Oosterwijk", email="tim.oosterwijk@example.com", phone="06-27485031", rate=TO_RATE,
   exp=to, crit_text={"6": TO6, "8": TO8}, refs=["Esther Wolbers", "Gerrit Jan Hofman"],
   body=[("title", "Tim Oosterwijk"),
         ("p", "Dalfsen  |  06-27485031  |  tim.oosterwijk@example.com"),
         ("h", "Profiel"),
         ("p", "Coördinator in het sociaal domein met ruim negen jaar leidinggevende ervaring, eerst in het "
               "ouderenwerk en nu in het sociaal wijkteam van Dalfsen. Ik houd overzicht, spreek mensen aan op "
               "afspraken en zorg dat inwoners snel de juiste hulp krijgen."),
         ("h", "Werkervaring"),
         ("xtable", [("Functie", "t"), ("Werkgever", "e"), ("Werkzaamheden", "tasks"), ("Periode", "d")], to,
          [3.2, 3.2, 7.6, 3.0]),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2006 – 2010, diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2021)", "Dementievriendelijk werken (2018)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Referenties"),
         ("p", "Esther Wolbers, teamleider Sociaal Domein, gemeente Dalfsen, 06-27485032"),
         ("p", "Gerrit Jan Hofman, directeur, Stichting Welzijn Vechtdal, 06-27485033"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", TO_RATE + "; beschikbaar per 1 januari 2026 voor 24 uur per week. In loondienst bij Vechtdal "
               "Detachering.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=111, refs=(2, False), zzp=False, hourly=79.0,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 5 (80, EUR 79). Experience table Functie | Werkgever | Werkzaamheden | Periode "
                     "with the narrow period column on the RIGHT: every period wraps onto two lines ('augustus 2021 –' "
                     "/ 'heden', 'september 2016 –' / 'juli 2021'). Coördinator Sociaal Wijkteam, Gemeente Dalfsen "
                     "'augustus 2021 – heden' = 2021-08..2025-11 = 52 + Teamleider Ouderenwerk, Stichting Welzijn "
                     "Vechtdal 'september 2016 – juli 2021' = 59 -> 111 (consulent Wmo '2011-01..2016-08', 68, not "
                     "leading). Neither position alone reaches 60: a lost period is a wrong ko 3 fail. Bachelor "
                     "Social Work diploma -> mwd. No partners in welfare or care named anywhere (no zorgaanbieders, "
                     "huisartsen, verzekeraar, PPS) -> criterion 7 = 0."))

# ------------------------------------------------------------------------- Wendy Grootenboer (pdf) landscape, 2 pages
WG6 = ("Voorbeeld beleid naar resultaat: de Lochemse visie 'Meedoen in je eigen kern' (2021) heb ik met het team "
       "vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2023: een ontmoetingsplek in "
       "Barchem, Laren en Gorssel en 60 nieuwe vrijwilligers.")
WG7 = ("Samenwerkingspartners: zorgaanbieders in begeleiding en wijkverpleging, huisartsen, de GGD Noord- en "
       "Oost-Gelderland, zorgverzekeraar Menzis en de publiek-private samenwerking (PPS) 'Lochem Vitaal'.")
WG8 = ("Projectleider van de invoering van DA Systems (2022) en van de reorganisatie van de toegang Wmo en jeugd "
       "(2023), een verandertraject voor het hele sociaal team.")
wg = [pos("juli 2020 – heden", "Coördinator Sociaal Team", "Gemeente Lochem",
          ["Coördineert het sociaal team Lochem (15 medewerkers Wmo, jeugd, participatie en welzijn): uren, "
           "casusverdeling, werkoverleg en jaargesprekken, met de teamleider.",
           "Bewaakt de voortgang van de opdrachten en het budget; rapporteert per kwartaal.", WG6, WG7, WG8],
          ("2020-07", REF), 65, True),
      pos("februari 2014 – juni 2020", "Consulent Sociaal Team", "Gemeente Lochem",
          ["Keukentafelgesprekken Wmo en jeugd, casusregie bij gezinnen met meerdere vragen."],
          ("2014-02", "2020-06"), 77, False),
      pos("september 2009 – januari 2014", "Ambulant begeleider", "Zorggroep Berkelland",
          ["Begeleiding van volwassenen met een licht verstandelijke beperking in hun eigen woning."],
          ("2009-09", "2014-01"), 53, False)]
WG_RATE = "Uurtarief € 77,00 (excl. btw)"
cv(file="Wendy Grootenboer.pdf", fmt="pdf", layout="single",
   name="Wendy Grootenboer", email="wendy.grootenboer@example.nl", phone="06-19384752", rate=WG_RATE,
   exp=wg, crit_text={"6": WG6, "7": WG7, "8": WG8}, refs=["Karin Ten Hove", "Johan Nijenhuis"],
   body=[("landscape", 1.6),
         ("title", "Wendy Grootenboer"),
         ("p", "Coördinator sociaal team  ·  Lochem  ·  06-19384752  ·  wendy.grootenboer@example.nl"),
         ("cells", [[("h", "Profiel"),
                     ("p", "Sinds juli 2020 coördineer ik het sociaal team van Lochem, waar ik daarvoor ruim zes jaar "
                           "consulent was. Ik ken het werk en de inwoners van binnenuit, houd van duidelijke "
                           "afspraken en zorg dat het team goed vindbaar is in de kernen.")],
                    [("h", "In het kort"),
                     ("p", "Beschikbaar per 1 januari 2026, 24 uur per week"),
                     ("p", WG_RATE),
                     ("p", "In loondienst bij Achterhoek Detachering")]],
          [16.5, 10.0]),
         ("h", "Werkervaring"),
         ("xtable", [("Periode", "d"), ("Functie en werkgever", "te"), ("Werkzaamheden en resultaten", "tasks")], wg,
          [5.2, 6.0, 15.3]),
         ("break",),
         ("cells", [[("h", "Opleiding"),
                     ("pb", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                     ("p", "Saxion Hogeschool, Deventer, 2005 – 2009, diploma behaald"),
                     ("pb", "Havo"),
                     ("p", "Staring College, Lochem, 2000 – 2005, diploma"),
                     ("h", "Cursussen"),
                     ("bl", ["Leidinggeven zonder hiërarchie (2021)", "Motiverende gespreksvoering (2016)",
                             "Meldcode huiselijk geweld (2015)"])],
                    [("h", "Talen"),
                     ("p", "Nederlands: moedertaal"), ("p", "Engels: goed"), ("p", "Duits: goed"),
                     ("h", "Competenties"),
                     ("bl", ["Verbindend en coachend", "Helder en besluitvaardig", "Oog voor inwoner en bestuur"])],
                    [("h", "Referenties"),
                     ("plines", ["Karin Ten Hove", "teamleider Sociaal Domein, gemeente Lochem", "06-19384753"]),
                     ("plines", ["Johan Nijenhuis", "afdelingsmanager Samenleving, gemeente Lochem",
                                 "06-19384754"])]],
          [8.8, 8.8, 8.9]),
         ("h", "Hobby's"),
         ("p", "Wandelen in de Achterhoek, zingen in een koor en vrijwilliger bij de plaatselijke voedselbank.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=65, refs=(2, False), zzp=False, hourly=77.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 6 (75, EUR 77). An A4 landscape CV of exactly two pages (LibreOffice PDF): a "
                     "wide experience table Periode | Functie en werkgever | Werkzaamheden en resultaten on page 1, "
                     "page 2 three side-by-side cells (Opleiding + Cursussen | Talen + Competenties | Referenties). "
                     "Only Coördinator Sociaal Team, Gemeente Lochem 'juli 2020 – heden' = 2020-07..2025-11 = 65 is "
                     "leading (consulent sociaal team and ambulant begeleider are not) -> 60 <= 65 < 72: knock-out 3 "
                     "pass, criterion 5 = 0. Both readings month-exact. Bachelor MWD diploma -> mwd."))


# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Rik Hoogeveen (docx) numbered list, ko 3
RH6 = ("Voorbeeld beleid naar resultaat: de Olst-Wijhese nota 'Sterk in de kernen' (2022) heb ik met het team vertaald "
       "naar een jaarwerkplan met drie concrete acties; resultaat in 2024: een spreekuur in elke kern en 20 % minder "
       "herhaalaanvragen.")
RH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Salland en de partners in de "
       "publiek-private samenwerking (PPS) 'Gezond Olst-Wijhe'.")
rh = [pos("2022 – heden", "Teamleider Sociaal Team", "Gemeente Olst-Wijhe",
          ["Leiding aan 11 medewerkers Wmo en jeugd: urenverdeling, werkoverleg en jaargesprekken.",
           "Bewaakt de voortgang en het teambudget, in afstemming met de afdelingsmanager.", RH6, RH7],
          ("2022-01", REF), 47, True, True),
      pos("2015 – 2021", "Senior consulent Wmo", "Gemeente Olst-Wijhe",
          ["Keukentafelgesprekken en indicaties; inhoudelijk aanspreekpunt voor nieuwe collega's."],
          ("2015-01", "2021-12"), 84, False, True),
      pos("2010 – 2014", "Medewerker Wmo-loket", "Gemeente Deventer",
          ["Informatie en advies aan inwoners aan de balie en de telefoon."],
          ("2010-01", "2014-12"), 60, False, True)]
RH_RATE = "€ 84,00 per uur excl. btw"
cv(file="Rik Hoogeveen.docx", fmt="docx", layout="single",
   name="Rik Hoogeveen", email="rik.hoogeveen@example.com", phone="06-70293846", rate=RH_RATE,
   exp=rh, crit_text={"6": RH6, "7": RH7}, refs=["Ingeborg Pasman", "Wouter Dijkhuis"],
   body=[("title", "Rik Hoogeveen"),
         ("p", "Wijhe  |  06-70293846  |  rik.hoogeveen@example.com"),
         ("h", "Profiel"),
         ("p", "Sinds 2022 ben ik teamleider van het sociaal team in Olst-Wijhe; daarvoor werkte ik twaalf jaar als "
               "consulent aan de balie en aan de keukentafel. Ik ken het werk van de consulenten door en door en "
               "zorg voor rust, duidelijke afspraken en goed werkoverleg."),
         ("h", "Werkervaring"),
         ("numpos", rh),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer, 2006 – 2010, diploma "
               "behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2022)", "Gespreksvoering aan de keukentafel (2016)"]),
         ("h", "Referenties"),
         ("p", "Ingeborg Pasman, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-70293847"),
         ("p", "Wouter Dijkhuis, teamleider Publiekszaken, gemeente Deventer, 06-70293848"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", RH_RATE + "; beschikbaar per 1 januari 2026 voor 24 uur per week. In loondienst bij Sallandse "
               "Inzet B.V.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=47, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 0),
               notes="NOT ELIGIBLE: knock-out 3. The positions are a Word numbered list (List Number: the '1.' is "
                     "Word's automatic number, not text) of lines 'period: title bij employer', the tasks as "
                     "second-level bullets. Only '2022 – heden: Teamleider Sociaal Team bij Gemeente Olst-Wijhe' is "
                     "leading: year-only, 2022-01..2025-11 = 47 (narrowest reading 2022-12..2025-11 = 36), both < 60 "
                     "-> fail, not review; criterion 5 = 0. Senior consulent Wmo (2015 – 2021, 84) and medewerker "
                     "Wmo-loket (2010 – 2014, 60) are not coordinator or manager roles. Bachelor MWD diploma. No "
                     "project-based work or change assignment anywhere -> criterion 8 = 0. Score 50."))

# ------------------------------------------------------------------------- Dewi Kortenhorst (pdf) colour band, ko 2
DK6 = ("Voorbeeld beleid naar resultaat: de welzijnsopdracht van de gemeente Zwartewaterland voor 2020 – 2023 heb ik "
       "vertaald naar een jaarwerkplan met vier concrete projecten; resultaat: een buurtkamer in Hasselt, Genemuiden "
       "en Zwartsluis, 70 nieuwe vrijwilligers en een eenzaamheidsaanpak die de gemeenteraad heeft overgenomen.")
DK7 = ("Samenwerkingspartners: zorgaanbieders in de thuiszorg en dagbesteding, huisartsen, zorgverzekeraar Zilveren "
       "Kruis, de patiëntenvereniging en de partners van de publiek-private samenwerking (PPS) 'Vitaal "
       "Zwartewaterland'.")
DK8 = ("Projectleider van de reorganisatie van het buurtwerk naar drie kernteams (2021), een verandertraject voor 20 "
       "medewerkers.")
dk = [pos("juni 2018 – heden", "Manager Welzijn", "Stichting Welzijn IJsseldelta",
          ["Eindverantwoordelijk voor het welzijnswerk in Zwartewaterland: 20 medewerkers en 300 vrijwilligers.",
           "Verantwoordelijk voor formatie, werving & selectie en een begroting van € 1,9 miljoen.", DK6, DK7, DK8],
          ("2018-06", REF), 90, True),
      pos("maart 2014 – mei 2018", "Coördinator Buurtwerk", "Gemeente Zwartewaterland",
          ["Coördinatie van zes buurtwerkers en de buurthuizen; werkverdeling en werkoverleg."],
          ("2014-03", "2018-05"), 51, True),
      pos("augustus 2010 – februari 2014", "Buurtwerker", "Gemeente Zwartewaterland",
          ["Activiteiten voor jong en oud in Genemuiden; begeleiding van vrijwilligers."],
          ("2010-08", "2014-02"), 43, False)]
DK_RATE = "€ 80,00 per uur excl. btw"
cv(file="Dewi Kortenhorst.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Dewi Kortenhorst", email="dewi.kortenhorst@example.nl", phone="06-85012736", rate=DK_RATE,
   exp=dk, crit_text={"6": DK6, "7": DK7, "8": DK8}, refs=["Hennie Schra", "Margreet Bosch"],
   must_have=["Associate degree Sociaal Werk"],
   html=dict(template="band",
             band=[("title", "Dewi Kortenhorst"), ("sub", "Manager welzijn"),
                   ("contact", "Genemuiden  ·  06-85012736  ·  dewi.kortenhorst@example.nl  ·  beschikbaar per "
                               "1 januari 2026")],
             body=[("h", "Profiel"),
                   ("p", "Ik ben een manager die welzijn zichtbaar maakt in de kernen. Na mijn start als buurtwerker "
                         "coördineerde ik het buurtwerk van de gemeente en sinds 2018 geef ik leiding aan het "
                         "welzijnswerk in Zwartewaterland. Ik ben verbindend, houd van heldere kaders en durf te "
                         "kiezen."),
                   ("h", "Werkervaring"),
                   ("jobs", dk),
                   ("h", "Opleiding"),
                   ("pb", "Associate degree Sociaal Werk"),
                   ("p", "Hogeschool Windesheim, Zwolle, 2008 – 2010 — diploma behaald"),
                   ("pb", "Mbo Sociaal Werk, niveau 4"),
                   ("p", "Deltion College, Zwolle, 2004 – 2008 — diploma"),
                   ("h", "Cursussen"),
                   ("bl", ["Leidinggeven aan professionals (2019)", "Vrijwilligersmanagement (2015)"]),
                   ("h", "Referenties"),
                   ("ref", "Hennie Schra", "voorzitter raad van toezicht, Stichting Welzijn IJsseldelta", "06-85012737"),
                   ("ref", "Margreet Bosch", "teamleider Samenleving, gemeente Zwartewaterland", "06-85012738"),
                   ("h", "Tarief"),
                   ("p", DK_RATE + "; 24 uur per week; in loondienst bij Stichting Welzijn IJsseldelta, inzet "
                                   "via detachering.")]),
   expect=dict(pages=1, edu=("ad", False, False), coord=141, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. A large coloured header band with the name, the role and the contact "
                     "line in white (Chromium). The highest completed education is 'Associate degree Sociaal Werk / "
                     "Hogeschool Windesheim, Zwolle, 2008 – 2010 — diploma behaald' (and an MBO Sociaal Werk niveau "
                     "4): an associate degree is no HBO bachelor -> level ad, ko 2 fail; not MWD -> criterion 4 = 0. "
                     "Manager Welzijn, Stichting Welzijn IJsseldelta 'juni 2018 – heden' = 90 + Coördinator "
                     "Buurtwerk, Gemeente Zwartewaterland 'maart 2014 – mei 2018' = 51 -> 141 (buurtwerker 43, not "
                     "leading). Would be 85 at EUR 80 (rank 3, shortlisted, pushing Ilse Boerrigter out) if passed "
                     "wrongly."))
