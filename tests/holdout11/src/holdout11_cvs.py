# -*- coding: utf-8 -*-
"""Holdout round 11 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout10/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities, realistic fictional foundations, a fictional school board and a fictional foreign
institute.

Same shape as tests/holdout10/src/holdout10_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout11/make-holdout11.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Ilse Doornbos (pdf)
# TRAP (wrong fail, knock-out 2): the bachelor line itself carries "gestopt", but about a minor she
# swapped: "Bachelor Social Work, Hogeschool Utrecht — diploma 2010 (gestopt met de minor
# Verslavingszorg, overgestapt naar de minor Jeugd)". The diploma is obtained -> hbo, MWD, ko 2 pass.
ID6 = ("Voorbeeld van beleid naar resultaat: de Amersfoortse koers 'Sterke wijken' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ouderspreekuur op elke basisschool, een wijkpunt voor "
       "schulden en een buurtgezinnenaanpak) met meetbare doelen en een halfjaarlijkse rapportage.")
ID7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Regio Utrecht en zorgverzekeraar Zilveren Kruis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie en werkgevers voor de buurtbanen.")
ID8 = "Projectleider van de reorganisatie van vier wijkteams naar twee gebiedsteams, met projectplan en stuurgroep."
ID_EDU = ("Bachelor Social Work, Hogeschool Utrecht — diploma 2010 (gestopt met de minor Verslavingszorg, "
          "overgestapt naar de minor Jeugd)")
idb = [pos("maart 2018 – heden", "Teamleider Wijkteams", "Gemeente Amersfoort",
           ["Leiding aan twee wijkteams (18 medewerkers); formatie, werving & selectie en budget.", ID6, ID7, ID8],
           ("2018-03", REF), 93, True),
       pos("september 2010 – februari 2018", "Maatschappelijk werker", "Stichting Welzijn Amersfoort",
           ["Hulpverlening aan gezinnen en volwassenen in de wijk Vathorst."],
           ("2010-09", "2018-02"), 90, False)]
ID_RATE = "Uurtarief: € 89,- excl. btw"
cv(file="Ilse Doornbos.pdf", fmt="pdf", layout="sidebar",
   name="Ilse Doornbos", email="ilse.doornbos@example.nl", phone="06-31864027", rate=ID_RATE,
   exp=idb, crit_text={"6": ID6, "7": ID7, "8": ID8}, refs=["Wilma Kosters", "Berend Huisman"],
   must_have=[ID_EDU],
   left=[("h", "Contact"), ("p", "ilse.doornbos@example.nl"), ("p", "06-31864027"), ("p", "Amersfoort"),
         ("h", "Tarief"), ("pb", ID_RATE),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Coachen", "Structuur aanbrengen"])],
   right=[("title", "Ilse Doornbos"),
          ("p", "Teamleider Wijkteams"),
          ("h", "Profiel"),
          ("p", "Ik geef leiding aan twee wijkteams in Amersfoort en werkte daarvoor als maatschappelijk werker. "
                "Ik ben helder, betrokken en besluitvaardig."),
          ("h", "Werkervaring"),
          ("pos", "sample", idb),
          ("h", "Opleiding"),
          ("p", ID_EDU),
          ("p", "MBO Sociaal Pedagogisch Werk, ROC Midden Nederland — diploma 2006"),
          ("h", "Referenties"),
          ("p", "Wilma Kosters, afdelingsmanager Sociaal Domein, gemeente Amersfoort, 06-31864028"),
          ("p", "Berend Huisman, directeur Stichting Welzijn Amersfoort, 06-31864029")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=93, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education line 'Bachelor Social Work, Hogeschool Utrecht — diploma 2010 (gestopt met de minor "
                     "Verslavingszorg, overgestapt naar de minor Jeugd)': 'gestopt' is about one minor she swapped for "
                     "another; the bachelor diploma is obtained (2010) -> hbo, completed, MWD: knock-out 2 pass, "
                     "criterion 4 = 15. Teamleider Wijkteams, Gemeente Amersfoort 2018-03..2025-11 = 93 -> ko 3 pass, "
                     "criterion 5 = 25. Maatschappelijk werker: no leading role. 100 points -> rank 1."))

# ------------------------------------------------------------------------- Marco Bruggink (docx)
# TRAP (wrong fail, knock-out 3): the decisive position has a year-only period in an experience table:
# "2015 – 2020" Coördinator Buurtwerk, Stichting Welzijn Nunspeet = 72 by the convention (50 at the
# narrowest reading). The current position alone is 59 (< 60): a reader that drops or mis-reads the
# year-only period knocks him out. HBO Verpleegkunde: hbo, not MWD.
MB6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse Koersnota Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal spreekuur in elke kern, een valpreventieaanpak en een "
       "jongerenwerkplaats) met meetbare doelen.")
MB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met de lokale middenstand voor werkervaringsplaatsen.")
MB8 = "Projectleider van de herinrichting van de toegang tot één sociaal team, met projectplan en stuurgroep."
mb = [pos("01-2021 – heden", "Teamleider Sociaal Team", "Gemeente Oldebroek",
          ["Leiding aan het sociaal team (14 consulenten Wmo, jeugd en participatie); formatie en budget.",
           MB6, MB7, MB8],
          ("2021-01", REF), 59, True),
      pos("2015 – 2020", "Coördinator Buurtwerk", "Stichting Welzijn Nunspeet",
          ["Coördinatie van de buurtwerkers (6 medewerkers) en 80 vrijwilligers in drie buurthuizen; "
           "urenverdeling en budget."],
          ("2015-01", "2020-12"), 72, True, yearonly=True),
      pos("2009 – 2014", "Wijkverpleegkundige", "Zorggroep Noord-Veluwe",
          ["Wijkverpleging en indicatiestelling in Nunspeet-Oost."],
          ("2009-01", "2014-12"), 72, False, yearonly=True)]
MB_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Marco Bruggink.docx", fmt="docx", layout="single",
   name="Marco Bruggink", email="marco.bruggink@example.nl", phone="06-72940518", rate=MB_RATE,
   exp=mb, crit_text={"6": MB6, "7": MB7, "8": MB8}, refs=["Gerda Wassink", "Johan Mulder"],
   must_have=["2015 – 2020"],
   body=[("title", "Marco Bruggink"),
         ("p", "Nunspeet  |  06-72940518  |  marco.bruggink@example.nl"),
         ("pb", MB_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het sociaal team van Oldebroek; daarvoor coördineerde ik het buurtwerk in "
               "Nunspeet. Als oud-wijkverpleegkundige ken ik de zorg van dichtbij."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), mb),
         ("tasks", mb),
         ("h", "Opleiding"),
         ("p", "HBO Verpleegkunde, Hogeschool Windesheim — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Gerda Wassink, afdelingsmanager Samenleving, gemeente Oldebroek, 06-72940519"),
         ("p", "Johan Mulder, directeur-bestuurder Stichting Welzijn Nunspeet, 06-72940520")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=131, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="'2015 – 2020' Coördinator Buurtwerk, Stichting Welzijn Nunspeet: a year without a month runs "
                     "January-December (samples convention) -> 2015-01..2020-12 = 72, relevant; Teamleider Sociaal "
                     "Team, Gemeente Oldebroek 2021-01..2025-11 = 59 -> 131 (contiguous). Even the narrowest reading "
                     "of the years (2015-12..2020-01 = 50) gives 109: knock-out 3 pass and criterion 5 = 25 either "
                     "way. Only a reader that drops the year-only period (59) knocks him out. Wijkverpleegkundige at "
                     "a zorggroep: no leading role, no gemeente/welzijnsstichting. HBO Verpleegkunde -> hbo, not MWD "
                     "(criterion 4 = 0). 85 points -> "
                     "rank 2."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Abena Mensah (pdf)
# TRAP (wrong pass, knock-out 2): the only degree is a foreign "Bachelor of Social Work" whose Dutch
# credential evaluation, printed on the next line, rates it at associate-degree level:
# "Diplomawaardering Nuffic (IDW), 2013: vergelijkbaar met een associate degree (Ad), niet met een
# hbo-bachelor" -> ad, no HBO bachelor, not MWD -> knock-out 2 fail.
AM6 = ("Voorbeeld van beleid naar resultaat: het Apeldoornse ouderenbeleid 'Langer thuis' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een huiskamer per wijk, een klussendienst en een "
       "eenzaamheidsaanpak) met meetbare doelen.")
AM7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingscentrum.")
AM8 = "Projectleider van de transitie van het ouderenwerk naar wijkgerichte teams, met projectplan en stuurgroep."
AM_DEG = "Bachelor of Social Work, Regional Institute of Social Studies, Accra (Ghana) — diploma 2004"
AM_IDW = ("Diplomawaardering Nuffic (IDW), 2013: vergelijkbaar met een associate degree (Ad) in het Nederlandse "
          "hoger onderwijs, niet met een hbo-bachelor")
am = [pos("mei 2016 – heden", "Coördinator Ouderenwelzijn", "Stichting Welzijn Apeldoorn",
          ["Coördinatie van het ouderenwerk (8 beroepskrachten en 120 vrijwilligers); urenverdeling en budget.",
           AM6, AM7, AM8],
          ("2016-05", REF), 115, True),
      pos("februari 2013 – april 2016", "Ouderenadviseur", "Stichting Welzijn Apeldoorn",
          ["Huisbezoeken en advies aan ouderen over wonen, zorg en welzijn."],
          ("2013-02", "2016-04"), 39, False)]
AM_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Abena Mensah.pdf", fmt="pdf", layout="sidebar",
   name="Abena Mensah", email="abena.mensah@example.nl", phone="06-48205163", rate=AM_RATE,
   exp=am, crit_text={"6": AM6, "7": AM7, "8": AM8}, refs=["Corrie Timmerman", "Evert Jan Brouwer"],
   must_have=[AM_DEG, AM_IDW],
   left=[("h", "Contact"), ("p", "abena.mensah@example.nl"), ("p", "06-48205163"), ("p", "Apeldoorn"),
         ("h", "Tarief"), ("pb", AM_RATE),
         ("h", "Talen"), ("bl", ["Nederlands (NT2-diploma II)", "Engels", "Twi"])],
   right=[("title", "Abena Mensah"),
          ("p", "Coördinator Ouderenwelzijn"),
          ("h", "Profiel"),
          ("p", "Ik coördineer het ouderenwerk van de welzijnsstichting in Apeldoorn. Ik ben warm, georganiseerd en "
                "houd van korte lijnen."),
          ("h", "Werkervaring"),
          ("pos", "dateline", am),
          ("h", "Opleiding"),
          ("p", AM_DEG),
          ("p", AM_IDW),
          ("h", "Referenties"),
          ("p", "Corrie Timmerman, directeur Stichting Welzijn Apeldoorn, 06-48205164"),
          ("p", "Evert Jan Brouwer, beleidsadviseur Ouderen, gemeente Apeldoorn, 06-48205165")],
   expect=dict(pages=1, edu=("ad", False, False), coord=115, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="Only degree 'Bachelor of Social Work, Regional Institute of Social Studies, Accra (Ghana) — "
                     "diploma 2004', with its Dutch credential evaluation on the next line: 'Diplomawaardering Nuffic "
                     "(IDW), 2013: vergelijkbaar met een associate degree (Ad) in het Nederlandse hoger onderwijs, "
                     "niet met een hbo-bachelor' -> highest level ad, no HBO bachelor, not MWD (an Ad is not a "
                     "bachelor; samples: Nicole Dekker) -> knock-out 2 fail, criterion 4 = 0. The tender asks for an "
                     "'aantoonbaar' completed HBO bachelor; the CV's own evaluation says it is not one. Coördinator "
                     "Ouderenwelzijn, Stichting Welzijn Apeldoorn 2016-05..2025-11 = 115. 85 points if it were "
                     "eligible."))

# ------------------------------------------------------------------------- Hester Bloemendaal (docx)
# TRAP (wrong pass, knock-out 3): "Manager HRM, Gemeente Deventer" (101): manager + gemeente, and the tasks
# are full of social-sounding words - "sociaal plan", "welzijn" (of the staff), "participatiebanen"
# (the gemeente as employer) - but it is internal personnel management, not the social domain. Only
# "Teamleider Jongerenwerk, Stichting Welzijn Olst-Wijhe" (42) counts -> knock-out 3 fail.
HB6 = ("Voorbeeld van beleid naar resultaat: de jeugdnota van Olst-Wijhe heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een jongerenraad, ambulant jongerenwerk in de avond en een aanpak tegen "
       "schooluitval) met meetbare doelen.")
HB7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met sportclubs en werkgevers voor stageplekken.")
HB8 = "Projectleider van het verandertraject 'Jongerenwerk in de wijk', met projectplan, stuurgroep en evaluatie."
HB_HR = ("Leiding aan het team HRM (14 adviseurs) van de gemeente Deventer: het sociaal plan bij de nieuwe "
         "organisatiestructuur, het verzuimbeleid, het programma 'Welzijn op het werk' voor de 1.100 medewerkers en "
         "de participatiebanen (banenafspraak) binnen de eigen organisatie.")
hb = [pos("juni 2022 – heden", "Teamleider Jongerenwerk", "Stichting Welzijn Olst-Wijhe",
          ["Leiding aan het jongerenwerk (7 jongerenwerkers); urenverdeling en budget.", HB6, HB7, HB8],
          ("2022-06", REF), 42, True),
      pos("januari 2014 – mei 2022", "Manager HRM", "Gemeente Deventer",
          [HB_HR], ("2014-01", "2022-05"), 101, False),
      pos("september 2008 – december 2013", "HR-adviseur", "Gemeente Deventer",
          ["Advies aan leidinggevenden over formatie, werving en verzuim."],
          ("2008-09", "2013-12"), 64, False)]
HB_RATE = "Uurtarief € 88,- excl. btw"
cv(file="Hester Bloemendaal.docx", fmt="docx", layout="single",
   name="Hester Bloemendaal", email="hester.bloemendaal@example.nl", phone="06-15093742", rate=HB_RATE,
   exp=hb, crit_text={"6": HB6, "7": HB7, "8": HB8}, refs=["Marga Nieuwenhuis", "Theo Klein Gunnewiek"],
   must_have=[HB_HR],
   body=[("title", "Hester Bloemendaal"),
         ("p", "Deventer  |  06-15093742  |  hester.bloemendaal@example.nl"),
         ("pb", HB_RATE),
         ("h", "Profiel"),
         ("p", "Na vijftien jaar personeelswerk bij de gemeente Deventer geef ik nu leiding aan het jongerenwerk in "
               "Olst-Wijhe. Ik ben verbindend, nuchter en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "next", hb),
         ("h", "Opleiding"),
         ("p", "HBO Personeel en Arbeid, Saxion Deventer — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Marga Nieuwenhuis, directeur Stichting Welzijn Olst-Wijhe, 06-15093743"),
         ("p", "Theo Klein Gunnewiek, concerndirecteur, gemeente Deventer, 06-15093744")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=42, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 0, 15, 20, 25),
               notes="'Manager HRM, Gemeente Deventer' 2014-01..2022-05 (101): a manager at a gemeente, and the task "
                     "names 'sociaal plan', 'Welzijn op het werk' and 'participatiebanen (banenafspraak)', but all "
                     "of it concerns the gemeente's own 1,100 staff: internal HR, not the sociaal domein (Wmo, jeugd, "
                     "participatie of inwoners) -> not relevant. Only Teamleider Jongerenwerk, Stichting Welzijn "
                     "Olst-Wijhe 2022-06..2025-11 = 42 -> knock-out 3 fail, criterion 5 = 0 (143 and 25 points if "
                     "the HR role counted). HR-adviseur: no leading role. HBO Personeel en Arbeid -> hbo, not MWD."))

# ------------------------------------------------------------------------- Ruud Tijhuis (pdf)
# TRAP (wrong pass, knock-out 3): two part-time leading jobs held side by side over the same months:
# "maart 2021 – heden: Coördinator Wmo (16 uur per week) bij Gemeente Raalte" and "maart 2021 – heden:
# Coördinator Mantelzorg (20 uur per week) bij Stichting Welzijn Raalte" -> 57 months of experience, not
# 114 -> knock-out 3 fail (summed: pass and criterion 5).
RT6 = ("Voorbeeld van beleid naar resultaat: de Raaltse mantelzorgvisie heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een mantelzorgcafé en een steunpunt voor jonge "
       "mantelzorgers) met meetbare doelen.")
RT7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor mantelzorgwoningen.")
RT8 = "Projectleider van de invoering van één Wmo-loket voor mantelzorgers, met projectplan en stuurgroep."
rt = [pos("maart 2021 – heden", "Coördinator Wmo (16 uur per week)", "Gemeente Raalte",
          ["Coördinatie van de Wmo-consulenten (6 medewerkers); werkverdeling en kwaliteit.", RT6, RT8],
          ("2021-03", REF), 57, True),
      pos("maart 2021 – heden", "Coördinator Mantelzorg (20 uur per week)", "Stichting Welzijn Raalte",
          ["Coördinatie van de mantelzorgconsulenten (4 medewerkers) en 40 vrijwilligers.", RT7],
          ("2021-03", REF), 57, True),
      pos("september 2011 – februari 2021", "Wmo-consulent", "Gemeente Raalte",
          ["Keukentafelgesprekken en het toekennen van maatwerkvoorzieningen."],
          ("2011-09", "2021-02"), 114, False)]
RT_RATE = "Uurtarief: € 81,- excl. btw"
cv(file="Ruud Tijhuis.pdf", fmt="pdf", layout="header",
   header="Ruud Tijhuis  |  Raalte  |  06-26471985  |  ruud.tijhuis@example.nl",
   name="Ruud Tijhuis", email="ruud.tijhuis@example.nl", phone="06-26471985", rate=RT_RATE,
   exp=rt, crit_text={"6": RT6, "7": RT7, "8": RT8}, refs=["Janny Wolterink", "Herman Pieters"],
   must_have=["Coördinator Wmo (16 uur per week) bij Gemeente Raalte",
              "Coördinator Mantelzorg (20 uur per week) bij Stichting Welzijn Raalte"],
   body=[("title", "Ruud Tijhuis"),
         ("pb", RT_RATE),
         ("h", "Profiel"),
         ("p", "Sinds maart 2021 combineer ik twee deeltijdbanen: coördinator Wmo bij de gemeente Raalte en "
               "coördinator mantelzorg bij de welzijnsstichting. Daarvoor was ik Wmo-consulent."),
         ("h", "Werkervaring"),
         ("pos", "inline", rt),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Janny Wolterink, teamleider Sociaal Domein, gemeente Raalte, 06-26471986"),
         ("p", "Herman Pieters, directeur Stichting Welzijn Raalte, 06-26471987")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=81.0,
               crit=(15, 0, 15, 20, 25),
               notes="Two relevant part-time jobs over the same months: Coördinator Wmo (16 uur), Gemeente Raalte and "
                     "Coördinator Mantelzorg (20 uur), Stichting Welzijn Raalte, both 2021-03..2025-11 (57 each). "
                     "Overlapping periods count once (RESULTS.md): 57 months = 4 years 9 months of experience, not "
                     "114 -> knock-out 3 fail, criterion 5 = 0. Wmo-consulent: no leading role. HBO MWD -> mwd. "
                     "Summing the two jobs gives 114: a wrong pass with 100 points."))

# ------------------------------------------------------------------------- Karlijn Overdijk (docx)
# TRAP (wrong pass, knock-out 1): her zzp period has an end date, but it ends AFTER the deadline:
# "Ik werk sinds januari 2019 als zzp'er ... Mijn KvK-inschrijving stop ik per 31 december 2025; per 1
# januari 2026 treed ik in loondienst bij ..." -> at the deadline (and at the start of the assignment)
# she is self-employed -> zzp, knock-out 1 review. Contrast: holdout3's Dirk-Jan Lammers (zzp 2009 -
# 2013, long ended).
KO6 = ("Voorbeeld van beleid naar resultaat: de Olst-Wijhese nota 'Samen redzaam' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpsondersteuner per kern, een wijkpunt en een "
       "vrijwilligersvacaturebank) met meetbare doelen.")
KO7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingsplek.")
KO8 = "Projectleider van de herinrichting van de dorpsteams, met projectplan, stuurgroep en evaluatie."
KO_ZZP = ("Ik werk sinds januari 2019 als zzp'er (KvK 74125896). Mijn KvK-inschrijving stop ik per 31 december "
          "2025; per 1 januari 2026 treed ik in loondienst bij Salland Detachering B.V.")
ko = [pos("januari 2019 – december 2025", "Coördinator Welzijn (opdracht als zzp'er)", "Gemeente Olst-Wijhe",
          ["Coördinatie van de dorpsteams (9 medewerkers) in het sociaal domein; werkverdeling en budget.",
           KO6, KO7, KO8],
          ("2019-01", REF), 83, True),
      pos("april 2012 – december 2018", "Teamleider Wmo", "Gemeente Deventer",
          ["Leiding aan het Wmo-team (10 consulenten); formatie en budget."],
          ("2012-04", "2018-12"), 81, True)]
KO_RATE = "Uurtarief: € 92,- excl. btw"
cv(file="Karlijn Overdijk.docx", fmt="docx", layout="header",
   header="Karlijn Overdijk  ·  Wijhe  ·  06-59317264  ·  karlijn.overdijk@example.nl",
   name="Karlijn Overdijk", email="karlijn.overdijk@example.nl", phone="06-59317264", rate=KO_RATE,
   exp=ko, crit_text={"6": KO6, "7": KO7, "8": KO8}, refs=["Anneke Boerman", "Wouter Schuurman"],
   must_have=[KO_ZZP],
   body=[("title", "Karlijn Overdijk"),
         ("pb", KO_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het welzijnswerk in de dorpen van Olst-Wijhe en gaf daarvoor leiding aan het "
               "Wmo-team van Deventer. " + KO_ZZP),
         ("h", "Werkervaring"),
         ("pos", "datebold", ko),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Anneke Boerman, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-59317265"),
         ("p", "Wouter Schuurman, teamleider Sociaal Domein, gemeente Deventer, 06-59317266")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=164, refs=(2, False), zzp=True, hourly=92.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Ik werk sinds januari 2019 als zzp'er (KvK 74125896). Mijn KvK-inschrijving stop ik per 31 "
                     "december 2025; per 1 januari 2026 treed ik in loondienst bij Salland Detachering B.V.': the "
                     "zzp period has an end date, but it lies after the deadline (2025-11-25) and after the start of "
                     "the assignment; at the reference date she is a zzp'er (the current position says 'opdracht als "
                     "zzp'er') -> zzp true -> knock-out 1 review (the convention for zzp indications; who bids for "
                     "December has to be asked). Months: Coördinator Welzijn, Gemeente Olst-Wijhe 2019-01..2025-11 "
                     "(the printed end 'december 2025' is cut at the reference date) = 83 + Teamleider Wmo, Gemeente "
                     "Deventer 2012-04..2018-12 = 81 -> 164; experience as a zzp'er is still experience. HBO MWD. "
                     "100 points; a reader that takes the end date as a past zzp period makes her rank 1."))

# ------------------------------------------------------------------------- Sophie Kamminga (pdf)
# TRAP (wrong pass, Dutch check): every heading, job title, employer and degree is Dutch, but every
# sentence is English -> the CV is not "opgesteld in het Nederlands" -> dutch fail.
SK6 = ("Example of policy to results: I translated the Harderwijk policy plan for the social domain into an annual "
       "work plan with concrete projects (a family support desk in every school, a debt advice walk-in and a youth "
       "hub), each with measurable goals and a quarterly report to the alderman.")
SK7 = ("I work closely with care providers, general practitioners, the regional public health service and the health "
       "insurer Zilveren Kruis, and I set up a public-private partnership (PPS) with a housing association and local "
       "employers.")
SK8 = ("Project leader of the reorganisation of the youth and family teams into one social team, with a project plan, "
       "a steering group and an evaluation.")
sk = [pos("april 2017 – heden", "Teamleider Sociaal Domein", "Gemeente Harderwijk",
          ["I lead a team of 16 social workers and consultants and I am responsible for the staffing, the budget and "
           "the quality of the work.", SK6, SK7, SK8],
          ("2017-04", REF), 104, True),
      pos("september 2012 – maart 2017", "Coördinator Jeugd", "Stichting Welzijn Ermelo",
          ["I coordinated the youth workers and the volunteers of the two youth centres in the town."],
          ("2012-09", "2017-03"), 55, True)]
SK_RATE = "Uurtarief: € 90,- excl. btw"
SK_PROFILE = ("I am an experienced team leader in the social domain. I grew up in Groningen, but I worked in London "
              "for many years, and I am still most at ease writing in English. I enjoy building teams that are "
              "close to the residents, and I am happy to be interviewed in Dutch.")
cv(file="Sophie Kamminga.pdf", fmt="pdf", layout="single", lang="en",
   name="Sophie Kamminga", email="sophie.kamminga@example.nl", phone="06-83520947", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7, "8": SK8}, refs=["Frouke Sieders", "Gert Jan Pasman"],
   must_have=[SK_PROFILE],
   body=[("title", "Sophie Kamminga"),
         ("p", "Harderwijk  |  06-83520947  |  sophie.kamminga@example.nl"),
         ("pb", SK_RATE),
         ("h", "Profiel"),
         ("p", SK_PROFILE),
         ("h", "Werkervaring"),
         ("pos", "pipe", sk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen — diploma 2008"),
         ("p", "I also took a course in leadership at the London School of Social Care in 2011."),
         ("h", "Referenties"),
         ("p", "Frouke Sieders, head of the social domain department, gemeente Harderwijk, 06-83520948"),
         ("p", "Gert Jan Pasman, director of Stichting Welzijn Ermelo, 06-83520949")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25), lang="en",
               notes="Headings ('Profiel', 'Werkervaring', 'Opleiding', 'Referenties'), job titles, employers and the "
                     "degree are Dutch, but every sentence of the CV (profile, tasks, criterion examples, course, "
                     "referee functions) is English; the profile even says she is 'most at ease writing in English'. "
                     "The tender asks for a CV 'opgesteld in het Nederlands' -> language en, Dutch check fail. The "
                     "other fields are the truth (samples convention for foreign-language CVs): Teamleider Sociaal "
                     "Domein, Gemeente Harderwijk 2017-04..2025-11 = 104 + Coördinator Jeugd, Stichting Welzijn Ermelo "
                     "2012-09..2017-03 = 55 -> 159; HBO MWD; 2 named referees; 100 points if it were eligible."))

# ------------------------------------------------------------------------- Jeroen Veldhuizen (docx)
# TRAP (wrong pass, knock-out 3): "Zorgcoördinator, Stichting Openbaar Primair Onderwijs Noord-Veluwe"
# (84): coordinator + "zorg" + jeugd/wijkteam words + a "Stichting" - but it is a school board (pupil
# care across eight primary schools), not a gemeente or welzijnsstichting -> not relevant. Only
# "Teamleider Jeugd, Gemeente Ermelo" (52) -> knock-out 3 fail.
JV6 = ("Voorbeeld van beleid naar resultaat: het Ermelose jeugdbeleid 'Kansrijk opgroeien' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een opvoedpunt, schoolmaatschappelijk werk op elke school en een "
       "aanpak voor thuiszitters) met meetbare doelen.")
JV7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) met de sportverenigingen.")
JV8 = "Projectleider van de transformatie van de jeugdhulp naar één jeugdteam per kern, met projectplan en stuurgroep."
JV_SCHOOL = ("Coördinatie van de leerlingenzorg op acht basisscholen: aansturing van de intern begeleiders, "
             "zorgoverleg met het wijkteam, jeugdhulp op school en het welzijn van leerlingen.")
jv = [pos("augustus 2021 – heden", "Teamleider Jeugd", "Gemeente Ermelo",
          ["Leiding aan het jeugdteam (11 jeugdconsulenten); formatie, werving & selectie en budget.",
           JV6, JV7, JV8],
          ("2021-08", REF), 52, True),
      pos("augustus 2014 – juli 2021", "Zorgcoördinator", "Stichting Openbaar Primair Onderwijs Noord-Veluwe",
          [JV_SCHOOL], ("2014-08", "2021-07"), 84, False),
      pos("augustus 2006 – juli 2014", "Leerkracht en intern begeleider", "Openbare Basisschool De Wegwijzer, Ermelo",
          ["Lesgeven in groep 7 en 8; leerlingbegeleiding."],
          ("2006-08", "2014-07"), 96, False)]
JV_RATE = "Uurtarief € 86,50 excl. btw"
cv(file="Jeroen Veldhuizen.docx", fmt="docx", layout="single",
   name="Jeroen Veldhuizen", email="jeroen.veldhuizen@example.nl", phone="06-40628195", rate=JV_RATE,
   exp=jv, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["Hennie Bouwhuis", "Liesbeth van Ark"],
   must_have=["Stichting Openbaar Primair Onderwijs Noord-Veluwe", JV_SCHOOL],
   body=[("title", "Jeroen Veldhuizen"),
         ("p", "Ermelo  |  06-40628195  |  jeroen.veldhuizen@example.nl"),
         ("pb", JV_RATE),
         ("h", "Profiel"),
         ("p", "Van de klas via de leerlingenzorg naar het jeugdteam van de gemeente: ik ken de jeugd van Ermelo. "
               "Ik ben rustig, duidelijk en verbindend."),
         ("h", "Werkervaring"),
         ("eu_pos", jv),
         ("h", "Opleiding"),
         ("p", "Pabo, Christelijke Hogeschool Ede — diploma 2006"),
         ("p", "Master Special Educational Needs, Hogeschool Windesheim — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Hennie Bouwhuis, afdelingsmanager Maatschappelijke Ontwikkeling, gemeente Ermelo, 06-40628196"),
         ("p", "Liesbeth van Ark, bestuurder Stichting Openbaar Primair Onderwijs Noord-Veluwe, 06-40628197")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=52, refs=(2, False), zzp=False, hourly=86.5,
               crit=(0, 0, 15, 20, 25),
               notes="'Zorgcoördinator, Stichting Openbaar Primair Onderwijs Noord-Veluwe' 2014-08..2021-07 (84): a "
                     "coordinator title with 'zorg', tasks with 'wijkteam', 'jeugdhulp' and 'welzijn van leerlingen', "
                     "at a 'Stichting' - but the employer is a school board (eight primary schools) and the job is "
                     "pupil care in education: neither a gemeente nor a welzijnsstichting -> not relevant. Only "
                     "Teamleider Jeugd, Gemeente Ermelo 2021-08..2025-11 = 52 -> knock-out 3 fail, criterion 5 = 0 "
                     "(136 and 25 points if the school role counted). Pabo + hbo Master SEN -> hbo, not MWD."))
