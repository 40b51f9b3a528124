# -*- coding: utf-8 -*-
"""Holdout round 63 for zeef: must not pass, seventh series. 8 fictional CVs (4 PDF, 4 DOCX) for the Heerde
request, in ordinary clean layouts. Six look strong (75-100 points) and would pass a careless screener, but each
hides one plain-language detail that a careful assessor must not pass; two eligible controls look like them and
carry the same kind of words with the opposite answer:

  - Tamara Bolhuis: her only vocational diploma is "Sociaal Werk (deeltijd), ROC Aventus" -- the mbo programme that
    carries the same name as the hbo bachelor; nothing else says mbo (knock-out 2);
  - Ilona Voskamp: "Hbo Maatschappelijk Werk en Dienstverlening ... -- P-diploma behaald": a propedeuse diploma,
    beside an MBO SPW diploma (knock-out 2);
  - Jeroen Kleinjan: seven years as "Teamleider Jeugd en Gezin" at a stichting that is the gecertificeerde
    instelling voor jeugdbescherming (court-ordered child protection), neither a gemeente nor a welzijnsstichting;
    only 50 months at a gemeente (knock-out 3);
  - Femke Tempelman: "Teamleider Sociaal Domein" at a secondment agency, leading the consultants the agency seconds
    to gemeenten, but "zelf ben ik in deze functie niet bij een gemeente gedetacheerd"; 59 months at a gemeente
    (knock-out 3);
  - Roel Wassink: "Sinds februari 2023 ben ik vrijgevestigd, met een eigen praktijk in Wapenveld" -- no zzp, KvK or
    eenmanszaak word (knock-out 1: review);
  - Marleen Oosterink: her second referee is "de vrouw van mijn broer" (references: 1 -> fail);
  - Dineke Mulderink (control): in loondienst bij the same agency as Femke Tempelman and seconded *to* the gemeente
    Olst-Wijhe as teamleider (counts); "P-diploma in 2005" next to her completed Bachelor Social Work;
  - Evert Slotboom (control): "Hbo-bachelor Sociaal Werk, Hogeschool Windesheim -- diploma behaald" (the same
    programme name at a hogeschool: hbo, MWD); the gecertificeerde instelling voor jeugdbescherming only as a
    partner in criterion 7.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation,
agency, practice, phone number, e-mail address and referee here is made up. Employers are real municipalities and
fictional foundations and companies; real hogescholen and ROCs appear as schools. See tests/holdout2/src/cvset.py
for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
AGENCY = "IJsselland Sociaal Detacheren B.V."


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Dineke Mulderink (pdf) control
DM6 = ("Voorbeeld beleid naar resultaat: de nota 'Samen redzaam in Olst-Wijhe' (2021) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vier concrete projecten, waaronder een inloop in elke "
       "kern; resultaat in 2023: 30 % kortere wachttijd bij het sociaal team en 220 inwoners bereikt via de inlopen.")
DM7 = ("Werkt samen met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de patiëntenvereniging; namens de "
       "gemeente lid van de publiek-private samenwerking (PPS) 'Gezond Salland'.")
DM8 = ("Projectleider van de reorganisatie van de toegang (2022): van twee loketten naar één sociaal team, met plan "
       "van aanpak, stuurgroep en evaluatie.")
DM_SECONDED = (f"In loondienst bij {AGENCY}; sinds maart 2019 gedetacheerd bij de gemeente Olst-Wijhe, waar ik werk "
               "onder leiding van de afdelingsmanager Samenleving.")
dm = [pos("maart 2019 – heden", "Teamleider Sociaal Team", "Gemeente Olst-Wijhe",
          [DM_SECONDED,
           "Leiding aan 13 consulenten Wmo, jeugd en schuldhulp; werkverdeling, casuïstiekoverleg en jaargesprekken.",
           "Bewaakt formatie en teambudget, in afstemming met HR en de manager.", DM6, DM7, DM8],
          ("2019-03", REF), 81, True),
      pos("september 2013 – februari 2019", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Raalte",
          ["Coördinatie van vijf mantelzorgconsulenten en 140 vrijwilligers: werving, scholing en waardering."],
          ("2013-09", "2019-02"), 66, True),
      pos("augustus 2008 – augustus 2013", "Maatschappelijk werker", "Stichting Welzijn Raalte",
          ["Hulpverlening aan volwassenen en gezinnen; groepstrainingen voor ouders."],
          ("2008-08", "2013-08"), 61, False)]
DM_RATE = "€ 88,00 per uur excl. btw"
DM_EDU = "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2004 – 2008 — diploma behaald (P-diploma in 2005)"
cv(file="Dineke Mulderink.pdf", fmt="pdf", layout="single",
   name="Dineke Mulderink", email="dineke.mulderink@example.nl", phone="06-28417395", rate=DM_RATE,
   exp=dm, crit_text={"6": DM6, "7": DM7, "8": DM8}, refs=["Gerrit Stegeman", "Hennie Baarslag"],
   must_have=[DM_SECONDED, DM_EDU],
   body=[("title", "Dineke Mulderink"),
         ("h", "Personalia"),
         ("kv", [("Woonplaats", "Wijhe"), ("Telefoon", "06-28417395"), ("E-mail", "dineke.mulderink@example.nl"),
                 ("Beschikbaar", "per 1 januari 2026, 24 uur per week"), ("Tarief", DM_RATE),
                 ("Contractvorm", f"in loondienst bij {AGENCY}, dat mij voor deze opdracht aanbiedt")]),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die rust en richting brengt. Ruim twaalf jaar werk ik in het sociaal domein "
               "in Salland, eerst bij een welzijnsstichting en sinds 2019 bij de gemeente Olst-Wijhe. Ik houd van "
               "heldere afspraken, geef mijn team ruimte en durf knopen door te hakken."),
         ("h", "Werkervaring"),
         ("tpos", dm),
         ("h", "Opleiding"),
         ("p", DM_EDU),
         ("p", "Havo, Het Stedelijk Lyceum, Zutphen, 1998 – 2003 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2020)", "Werken met DA Systems (2023)",
                 "Motiverende gespreksvoering (2012)"]),
         ("h", "Hobby's"),
         ("p", "Hardlopen langs de IJssel, koken en zingen in een koor."),
         ("h", "Referenties"),
         ("p", "Gerrit Stegeman, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-28417396"),
         ("p", "Hennie Baarslag, directeur-bestuurder, Stichting Welzijn Raalte, 06-28417397")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88). Control, mirror of Femke Tempelman: employed by the same "
                     "agency, IJsselland Sociaal Detacheren B.V., but seconded TO the gemeente ('sinds maart 2019 "
                     "gedetacheerd bij de gemeente Olst-Wijhe, ... onder leiding van de afdelingsmanager "
                     "Samenleving'): the work is at a gemeente, so it counts. Teamleider Sociaal Team, Gemeente "
                     "Olst-Wijhe 'maart 2019 – heden' = 2019-03..2025-11 = 81 + Coördinator Mantelzorg en "
                     "Vrijwilligers, Stichting Welzijn Raalte 'september 2013 – februari 2019' = 66 -> 147 "
                     "(maatschappelijk werker not leading). Mirror of Ilona Voskamp: 'Bachelor Social Work ... "
                     "diploma behaald (P-diploma in 2005)': the propedeuse is named beside the completed bachelor "
                     "-> hbo, MWD. Employed, no ZZP word. Two referees. Criteria 6, 7, 8 in the Olst-Wijhe "
                     "position."))

# ------------------------------------------------------------------------- Evert Slotboom (docx) control
ES6 = ("Voorbeeld beleid naar resultaat: het preventieve jeugdbeleid van de gemeente Lochem (2019) heb ik met het team "
       "vertaald naar drie concrete projecten in het jaarplan: huiswerkbegeleiding, een ouderpunt en jongerenwerk op "
       "straat; resultaat in 2022: 18 % minder verwijzingen naar specialistische jeugdhulp.")
ES7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de gecertificeerde instelling voor "
       "jeugdbescherming in de regio, zorgverzekeraar Menzis en de partners van de publiek-private samenwerking (PPS) "
       "'Kansrijk Opgroeien Lochem'.")
ES8 = ("Projectleider van het verandertraject 'Eén jeugdteam Lochem' (2020 – 2021), waarin jongerenwerk, "
       "schoolmaatschappelijk werk en opvoedondersteuning zijn samengevoegd.")
es = [pos("januari 2018 – heden", "Coördinator Jeugd en Gezin", "Stichting Welzijn Lochem",
          ["Coördinatie van het team jeugd en gezin: elf jongerenwerkers, schoolmaatschappelijk werkers en "
           "opvoedcoaches; werkverdeling, urenverdeling en jaargesprekken.",
           "Beheer van het teambudget en verantwoording aan de gemeente Lochem.", ES6, ES7, ES8],
          ("2018-01", REF), 95, True),
      pos("april 2012 – december 2017", "Jongerenwerker", "Stichting Welzijn Lochem",
          ["Ambulant jongerenwerk, het jongerencentrum en de straathoek in Lochem en Barchem."],
          ("2012-04", "2017-12"), 69, False)]
ES_RATE = "€ 91,00 per uur excl. btw"
ES_EDU = "Hbo-bachelor Sociaal Werk (deeltijd), Hogeschool Windesheim, Zwolle, 2010 – 2014 — diploma behaald"
cv(file="Evert Slotboom.docx", fmt="docx", layout="sidebar",
   name="Evert Slotboom", email="e.slotboom@example.com", phone="06-51938274", rate=ES_RATE,
   exp=es, crit_text={"6": ES6, "7": ES7, "8": ES8}, refs=["Marjan Hulshof", "Bert Lenderink"],
   must_have=[ES_EDU],
   left=[("h", "Contact"), ("p", "Lochem"), ("p", "06-51938274"), ("p", "e.slotboom@example.com"),
         ("h", "Tarief"), ("p", ES_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur per week"),
         ("h", "Contractvorm"), ("p", "Detachering door mijn werkgever, Stichting Welzijn Lochem"),
         ("h", "Sterke punten"), ("bl", ["Verbinder", "Coachend leidinggeven", "Nuchter en besluitvaardig"])],
   right=[("title", "Evert Slotboom"),
          ("p", "Coördinator jeugd en gezin"),
          ("h", "Profiel"),
          ("p", "Ik ben een coördinator die graag dicht bij de jongeren en de gezinnen blijft. Ik begon als "
                "jongerenwerker en rondde naast mijn werk de hbo-opleiding af. Ik stuur op afspraken, ben "
                "benaderbaar en houd het overzicht als het druk wordt."),
          ("h", "Werkervaring"),
          ("pos", "pipe", es),
          ("h", "Opleiding"),
          ("p", ES_EDU),
          ("p", "Havo, Staring College, Lochem, 2003 – 2008 — diploma"),
          ("h", "Cursussen"),
          ("bl", ["Signaleren van kindermishandeling (2019)", "Leidinggeven in het sociaal domein (2018)"]),
          ("h", "Referenties"),
          ("p", "Marjan Hulshof, beleidsadviseur Jeugd, gemeente Lochem, 06-51938275"),
          ("p", "Bert Lenderink, directeur, Stichting Welzijn Lochem, 06-51938276")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=95, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 91 after Dineke Mulderink's EUR 88). Control, mirror of Tamara "
                     "Bolhuis: 'Hbo-bachelor Sociaal Werk (deeltijd), Hogeschool Windesheim ... diploma behaald' -- "
                     "the same programme name, at a hogeschool -> hbo, completed, Social Work = MWD (criterion 4 "
                     "= 15). Mirror of Jeroen Kleinjan: the gecertificeerde instelling voor jeugdbescherming occurs "
                     "only as a partner in the criterion-7 passage; his employer is a welzijnsstichting. Coördinator "
                     "Jeugd en Gezin, Stichting Welzijn Lochem 'januari 2018 – heden' = 2018-01..2025-11 = 95 "
                     "(jongerenwerker not leading) -> ko 3 pass, criterion 5 (>= 72). Seconded by his employer, no "
                     "ZZP word. Two referees."))


# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Tamara Bolhuis (docx) ROC "Sociaal Werk"
TB6 = ("Voorbeeld beleid naar resultaat: de welzijnsopdracht 'Voorst voor elkaar' (2019) heb ik samen met de "
       "gemeente vertaald naar een jaarwerkplan met vier concrete projecten; resultaat in 2021: een ontmoetingsplek "
       "in vijf kernen en 60 nieuwe vrijwilligers.")
TB7 = ("Samenwerking met zorgaanbieders in de thuiszorg, huisartsen, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Voorst Vitaal'; overleg met de patiëntenraad van het gezondheidscentrum.")
TB8 = "Projectleider van de reorganisatie van het welzijnswerk in 2020: van drie teams naar één wijkgericht team."
tb = [pos("oktober 2016 – heden", "Teamleider Welzijn", "Stichting Welzijn Voorst",
          ["Leiding aan twaalf opbouwwerkers, ouderenadviseurs en mantelzorgconsulenten; werkverdeling en coaching.",
           "Jaarplan, begroting en verantwoording aan de gemeente Voorst.", TB6, TB7, TB8],
          ("2016-10", REF), 110, True),
      pos("maart 2011 – september 2016", "Coördinator Buurtwerk", "Gemeente Apeldoorn",
          ["Coördinatie van het buurtwerk in Apeldoorn-Zuid: vier buurtwerkers en de buurthuizen."],
          ("2011-03", "2016-09"), 67, True),
      pos("september 2006 – februari 2011", "Activiteitenbegeleider", "Stichting Welzijn Voorst",
          ["Activiteiten voor ouderen in Twello en Klarenbeek."],
          ("2006-09", "2011-02"), 54, False)]
TB_RATE = "€ 81,00 per uur, exclusief btw"
TB_EDU = "Sociaal Werk (deeltijd), ROC Aventus, Apeldoorn, 2016 – 2018 — diploma behaald"
cv(file="Tamara Bolhuis.docx", fmt="docx", layout="single",
   name="Tamara Bolhuis", email="tamara.bolhuis@example.nl", phone="06-40291756", rate=TB_RATE,
   exp=tb, crit_text={"6": TB6, "7": TB7, "8": TB8}, refs=["Hetty Bruggink", "Ruben Meijerink"],
   must_have=[TB_EDU],
   body=[("title", "Tamara Bolhuis"),
         ("p", "Twello  ·  06-40291756  ·  tamara.bolhuis@example.nl"),
         ("h", "Profiel"),
         ("p", "Van huis uit ben ik sociaal werker: ik begon in het welzijnswerk als activiteitenbegeleider en heb "
               "naast mijn werk de opleiding Sociaal Werk afgerond. Ik ben een teamleider die mensen en organisaties "
               "verbindt en die resultaten zichtbaar maakt voor inwoners en bestuur."),
         ("h", "Werkervaring"),
         ("pos", "datebold", tb),
         ("h", "Opleiding"),
         ("p", TB_EDU),
         ("p", "Havo, Veluws College Walterbosch, Apeldoorn, 1999 – 2004 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Vrijwilligersmanagement (2017)", "Leidinggeven aan verandering (2020)"]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", TB_RATE + "; per 1 januari 2026 beschikbaar voor 24 uur per week, via detachering door mijn "
                         "werkgever Stichting Welzijn Voorst."),
         ("h", "Referenties"),
         ("p", "Hetty Bruggink, directeur, Stichting Welzijn Voorst, 06-40291757"),
         ("p", "Ruben Meijerink, manager Wijken, gemeente Apeldoorn, 06-40291758")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=177, refs=(2, False), zzp=False, hourly=81.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. Her only vocational diploma is 'Sociaal Werk (deeltijd), ROC "
                     "Aventus, Apeldoorn, 2016 – 2018 — diploma behaald'. An ROC (regionaal opleidingencentrum) "
                     "gives mbo diplomas; mbo 'Sociaal Werk' carries the same name as the hbo bachelor (Evert "
                     "Slotboom's 'Hbo-bachelor Sociaal Werk, Hogeschool Windesheim' is the mirror), and the profile "
                     "('Van huis uit ben ik sociaal werker ... de opleiding Sociaal Werk afgerond') never says mbo "
                     "or hbo. Besides it only havo. Highest completed level mbo, no hbo bachelor -> ko 2 fail; "
                     "MBO Sociaal Werk is not MWD (samples' conventions) -> criterion 4 = 0. Otherwise strong: "
                     "Teamleider Welzijn, Stichting Welzijn Voorst 'oktober 2016 – heden' = 110 + Coördinator "
                     "Buurtwerk, Gemeente Apeldoorn 'maart 2011 – september 2016' = 67 -> 177 (activiteiten"
                     "begeleider not leading). EUR 81 (a wrong pass would rank 2)."))

# ------------------------------------------------------------------------- Ilona Voskamp (pdf) P-diploma
IV6 = ("Voorbeeld beleid naar resultaat: de visie 'Dalfsen doet mee' (2019) heb ik vertaald naar een jaarwerkplan met "
       "vijf concrete projecten, waaronder een werkcafé voor statushouders; resultaat in 2022: 140 inwoners aan het "
       "werk of in vrijwilligerswerk en een dekkend netwerk van ontmoetingsplekken.")
IV7 = ("Afspraken met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de cliëntenraad; voorzitter van de "
       "publiek-private samenwerking (PPS) 'Vitaal Vechtdal'.")
IV8 = ("Projectleider van de transitie van de dagbesteding (2020 – 2021) en trekker van het verandertraject "
       "'Samen in de kern', met projectplan, mijlpalen en evaluatie.")
iv = [pos("mei 2018 – heden", "Manager Welzijn en Participatie", "Gemeente Dalfsen",
          ["Leiding aan 22 medewerkers welzijn, Wmo en participatie; formatie, werving & selectie en budget.",
           IV6, IV7, IV8],
          ("2018-05", REF), 91, True),
      pos("januari 2012 – april 2018", "Teamleider Ouderenwerk", "Stichting Welzijn Dalfsen",
          ["Leiding aan zeven ouderenadviseurs en 90 vrijwilligers; jaarplan en verantwoording aan de gemeente."],
          ("2012-01", "2018-04"), 76, True),
      pos("september 2001 – december 2011", "Ouderenadviseur", "Stichting Welzijn Dalfsen",
          ["Huisbezoeken en advies over wonen, welzijn en zorg."],
          ("2001-09", "2011-12"), 124, False)]
IV_RATE = "€ 80,00 per uur excl. btw"
IV_EDU = ("Hbo Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle, 1999 – 2001 — P-diploma "
          "behaald")
cv(file="Ilona Voskamp.pdf", fmt="pdf", layout="header",
   header="Ilona Voskamp  ·  Dalfsen  ·  06-73019584  ·  ilona.voskamp@example.nl",
   name="Ilona Voskamp", email="ilona.voskamp@example.nl", phone="06-73019584", rate=IV_RATE,
   exp=iv, crit_text={"6": IV6, "7": IV7, "8": IV8}, refs=["Jan-Willem Eshuis", "Gerda Koobs"],
   must_have=[IV_EDU],
   body=[("title", "Curriculum vitae"),
         ("pb", "Ilona Voskamp — manager welzijn en participatie"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week. Tarief: " + IV_RATE + ". In loondienst bij "
               "Vechtdal Detachering B.V., dat mij voor deze opdracht aanbiedt."),
         ("h", "Profiel"),
         ("p", "Ik ben een manager met een groot hart voor de kernen van het Vechtdal. Ik ken het welzijnswerk van "
               "binnenuit, weet hoe een gemeente werkt en breng beleid en uitvoering bij elkaar."),
         ("h", "Werkervaring"),
         ("eu_pos", iv),
         ("h", "Opleiding"),
         ("p", IV_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk (niveau 4), Deltion College, Zwolle, 1995 – 1999 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Strategisch leiderschap in het sociaal domein (2021)", "Financieel management (2019)"]),
         ("h", "Referenties"),
         ("p", "Jan-Willem Eshuis, gemeentesecretaris, gemeente Dalfsen, 06-73019585"),
         ("p", "Gerda Koobs, directeur, Stichting Welzijn Dalfsen, 06-73019586")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=167, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Hbo Maatschappelijk Werk en Dienstverlening, Hogeschool "
                     "Windesheim, 1999 – 2001 — P-diploma behaald': a P-diploma is the propedeuse diploma (after "
                     "the first year), not the bachelor; two years of a four-year programme and no bachelor diploma "
                     "anywhere. A propedeuse does not make the level hbo (samples' Femke Smit) -> highest completed "
                     "MBO Sociaal Pedagogisch Werk -> mbo, ko 2 fail; MWD not completed -> criterion 4 = 0. Dineke "
                     "Mulderink's 'diploma behaald (P-diploma in 2005)' is the mirror. Otherwise strong: Manager "
                     "Welzijn en Participatie, Gemeente Dalfsen 'mei 2018 – heden' = 91 + Teamleider Ouderenwerk, "
                     "Stichting Welzijn Dalfsen 'januari 2012 – april 2018' = 76 -> 167 (ouderenadviseur not "
                     "leading). Employed by an agency, no ZZP word. EUR 80 (a wrong pass would rank 2)."))

# ------------------------------------------------------------------------- Jeroen Kleinjan (pdf) youth-protection GI
JK_GI = ("Onze stichting is de gecertificeerde instelling voor jeugdbescherming en jeugdreclassering op de Oost-Veluwe: "
         "wij voeren de maatregelen uit die de kinderrechter oplegt, zoals de ondertoezichtstelling en de voogdij.")
JK6 = ("Voorbeeld beleid naar resultaat: het jeugdbeleidsplan 'Zutphen groeit op' (2014) heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat in 2016: een jeugdteam in elke wijk en 20 % kortere "
       "wachttijd voor jeugdhulp.")
JK7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, het onderwijs, zorgverzekeraar Menzis en de "
       "partners van de publiek-private samenwerking (PPS) 'Gezond Zutphen'.")
JK8 = ("Projectleider van de transitie jeugdzorg in Zutphen (2014 – 2015): inrichting van de lokale toegang en de "
       "wijkteams, met projectplan en mijlpalen.")
jk = [pos("03-2017 – heden", "Teamleider Jeugd en Gezin", "Stichting Beschermd Opgroeien Oost-Veluwe",
          [JK_GI, "Leiding aan twaalf jeugdbeschermers en twee gedragswetenschappers; casusoverleg en "
                  "kwaliteitsbewaking.", "Werkverdeling, verzuimbegeleiding en jaargesprekken."],
          ("2017-03", REF), 105, False),
      pos("01-2013 – 02-2017", "Coördinator Jeugd", "Gemeente Zutphen",
          ["Coördinatie van de jeugdconsulenten en het Centrum voor Jeugd en Gezin (9 medewerkers).", JK6, JK7, JK8],
          ("2013-01", "2017-02"), 50, True),
      pos("08-2007 – 12-2012", "Jeugdconsulent", "Gemeente Zutphen",
          ["Indicaties en toegang tot jeugdhulp; gesprekken met ouders en scholen."],
          ("2007-08", "2012-12"), 65, False)]
JK_RATE = "€ 83,50 per uur excl. btw"
cv(file="Jeroen Kleinjan.pdf", fmt="pdf", layout="single",
   name="Jeroen Kleinjan", email="j.kleinjan@example.com", phone="06-62830417", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Saskia Wolters", "Dirk-Jan Hoebink"],
   must_have=[JK_GI],
   body=[("title", "Jeroen Kleinjan"),
         ("p", "Zutphen  |  06-62830417  |  j.kleinjan@example.com"),
         ("p", "Tarief: " + JK_RATE + "  |  Beschikbaar per 1 januari 2026, 24 uur per week  |  Aangeboden door "
               "Gelre Sociaal Detacheren B.V. (in loondienst)"),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider in de jeugd die rust brengt in complexe situaties. Ik heb de lokale toegang "
               "in Zutphen mee opgebouwd en leid nu een team jeugd en gezin. Ik houd van korte lijnen en ben "
               "duidelijk over wat kan en wat niet kan."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], jk),
         ("tasks", jk),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2003 – 2007 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Risicotaxatie in de jeugdbescherming (2018)", "Oplossingsgericht leidinggeven (2016)"]),
         ("h", "Referenties"),
         ("p", "Saskia Wolters, afdelingshoofd Samenleving, gemeente Zutphen, 06-62830418"),
         ("p", "Dirk-Jan Hoebink, regiomanager, Stichting Beschermd Opgroeien Oost-Veluwe, 06-62830419")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=83.5,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Teamleider Jeugd en Gezin, Stichting Beschermd Opgroeien Oost-"
                     "Veluwe '03-2017 – heden' (105) does not count: the first task line says the stichting is "
                     "'de gecertificeerde instelling voor jeugdbescherming en jeugdreclassering' that carries out "
                     "the measures the kinderrechter imposes (ondertoezichtstelling, voogdij) -- a youth-protection "
                     "institution, neither a gemeente nor a welzijnsstichting (as the woningcorporatie of round 61 "
                     "and the GGD of earlier rounds: a stichting in or near the social domain is not a welfare "
                     "foundation). Only Coördinator Jeugd, Gemeente Zutphen '01-2013 – 02-2017' = "
                     "2013-01..2017-02 = 50 counts (jeugdconsulent not leading): 50 < 60, exact dates -> ko 3 fail; "
                     "criterion 5 = 0. Bachelor MWD diploma -> 15. Criteria 6, 7, 8 in the Zutphen position. "
                     "Evert Slotboom names the same kind of institution only as a partner. EUR 83,50."))

# ------------------------------------------------------------------------- Femke Tempelman (docx) agency's own teamleider
FT_AGENCY = ("Mijn werkplek is het kantoor van het bureau in Deventer; zelf ben ik in deze functie niet bij een "
             "gemeente gedetacheerd.")
FT6 = ("Voorbeeld beleid naar resultaat: de Deventer Wmo-verordening 2015 heb ik met het team vertaald naar drie "
       "concrete projecten: één intakeformulier, keukentafelgesprekken binnen twee weken en een vast spreekuur in elk "
       "stadsdeel; resultaat in 2017: de wachttijd halveerde.")
FT7 = ("Overleg met zorgaanbieders, huisartsen, de cliëntenraad, patiëntenvertegenwoordigers en zorgverzekeraar "
       "Salland; betrokken bij de publiek-private samenwerking (PPS) 'Langer thuis in Deventer'.")
FT8 = ("Projectleider van de herinrichting van het Wmo-loket bij de decentralisaties van 2015, een veranderopgave "
       "voor twintig medewerkers.")
ft = [pos("januari 2019 – heden", "Teamleider Sociaal Domein", AGENCY,
          ["Leiding aan 28 consulenten Wmo, jeugd en participatie die ons bureau detacheert bij gemeenten in Salland "
           "en de Stedendriehoek: werving en selectie, inwerken, jaargesprekken en de planning van hun inzet.",
           "Intake van nieuwe aanvragen van gemeenten en evaluatie van lopende detacheringen met de opdrachtgevers.",
           FT_AGENCY],
          ("2019-01", REF), 83, False),
      pos("februari 2014 – december 2018", "Coördinator Wmo-loket", "Gemeente Deventer",
          ["Coördinatie van het Wmo-loket: veertien consulenten en twee administratief medewerkers.", FT6, FT7, FT8],
          ("2014-02", "2018-12"), 59, True),
      pos("september 2009 – januari 2014", "Wmo-consulent", "Gemeente Deventer",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."],
          ("2009-09", "2014-01"), 53, False)]
FT_RATE = "€ 86,00 per uur excl. btw"
cv(file="Femke Tempelman.docx", fmt="docx", layout="single",
   name="Femke Tempelman", email="femke.tempelman@example.nl", phone="06-19472038", rate=FT_RATE,
   exp=ft, crit_text={"6": FT6, "7": FT7, "8": FT8}, refs=["Joost Velthuis", "Carla Wiegerinck"],
   must_have=[FT_AGENCY],
   body=[("title", "Femke Tempelman"),
         ("h", "Personalia"),
         ("kv", [("Woonplaats", "Deventer"), ("Telefoon", "06-19472038"), ("E-mail", "femke.tempelman@example.nl"),
                 ("Beschikbaar", "per 1 januari 2026, 24 uur per week"), ("Tarief", FT_RATE),
                 ("Contractvorm", f"in loondienst bij {AGENCY}; mijn werkgever biedt mij voor deze opdracht aan")]),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die het sociaal domein van twee kanten kent: van binnen de gemeente en vanuit "
               "een detacheringsbureau dat consulenten aan gemeenten levert. Ik wil nu weer zelf in een gemeente "
               "aan de slag, dicht bij het team en de inwoners."),
         ("h", "Werkervaring"),
         ("tpos", ft),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion, Deventer, 2005 – 2009 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2019)", "Wmo en jurisprudentie (2016)"]),
         ("h", "Referenties"),
         ("p", "Joost Velthuis, directeur, " + AGENCY + ", 06-19472039"),
         ("p", "Carla Wiegerinck, manager Zorg en Welzijn, gemeente Deventer, 06-19472040")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Teamleider Sociaal Domein, IJsselland Sociaal Detacheren B.V. "
                     "'januari 2019 – heden' (83) does not count: she leads the consultants the agency seconds to "
                     "gemeenten, and the CV says 'Mijn werkplek is het kantoor van het bureau in Deventer; zelf ben "
                     "ik in deze functie niet bij een gemeente gedetacheerd' -- the work is at a B.V., not at a "
                     "gemeente or welzijnsstichting (contrast Dineke Mulderink, employed by the same agency and "
                     "seconded to a gemeente: counts). Only Coördinator Wmo-loket, Gemeente Deventer 'februari 2014 "
                     "– december 2018' = 2014-02..2018-12 = 59 counts (Wmo-consulent not leading): 59 < 60 -> ko 3 "
                     "fail; criterion 5 = 0. Bachelor Social Work diploma -> 15. In loondienst, no ZZP word. "
                     "EUR 86."))

# ------------------------------------------------------------------------- Roel Wassink (docx) vrijgevestigd -> review
RW_ZZP = ("Sinds februari 2023 ben ik vrijgevestigd, met een eigen praktijk in Wapenveld, en werk ik als "
          "interim-coördinator welzijn voor de gemeente Hattem.")
RW6 = ("Voorbeeld beleid naar resultaat: het beleidsplan sociaal domein van Oldebroek (2018) heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat in 2020: één sociaal team voor Wezep en Oldebroek en een "
       "wachttijd van twee in plaats van zes weken.")
RW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de patiëntenvereniging; lid "
       "van de stuurgroep van de publiek-private samenwerking (PPS) 'Oldebroek Gezond'.")
RW8 = ("Projectleider van de reorganisatie van de toegang (2019 – 2020) en de invoering van DA Systems, met plan van "
       "aanpak, mijlpalen en evaluatie.")
rw = [pos("februari 2023 – heden", "Interim-coördinator Welzijn", "Gemeente Hattem",
          ["Opdracht vanuit mijn praktijk: coördinatie van het cluster welzijn (8 medewerkers), werkverdeling en "
           "de voortgang van het jaarwerkplan."],
          ("2023-02", REF), 34, True),
      pos("juni 2015 – januari 2023", "Teamleider Sociaal Team", "Gemeente Oldebroek",
          ["Leiding aan 15 medewerkers Wmo, jeugd en schulden; formatie, werving en selectie en het teambudget.",
           RW6, RW7, RW8],
          ("2015-06", "2023-01"), 92, True),
      pos("september 2009 – mei 2015", "Wmo-consulent", "Gemeente Oldebroek",
          ["Keukentafelgesprekken en indicaties."],
          ("2009-09", "2015-05"), 69, False)]
RW_RATE = "€ 85,00 per uur (excl. btw)"
cv(file="Roel Wassink.docx", fmt="docx", layout="single",
   name="Roel Wassink", email="roel.wassink@example.nl", phone="06-35820947", rate=RW_RATE,
   exp=rw, crit_text={"6": RW6, "7": RW7, "8": RW8}, refs=["Ina Schreurs", "Hendrik Mulder"],
   must_have=[RW_ZZP],
   body=[("title", "Roel Wassink"),
         ("p", "Wapenveld  ·  06-35820947  ·  roel.wassink@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator die teams in beweging brengt en beleid laat landen in de praktijk. Ruim "
               "dertien jaar werkte ik bij de gemeente Oldebroek, waarvan zeven jaar als teamleider van het sociaal "
               "team. " + RW_ZZP + " Ik ben per 1 januari 2026 beschikbaar voor 24 uur per week."),
         ("h", "Werkervaring"),
         ("pos", "next", rw),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle, 2005 – 2009 — "
               "diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan zelforganiserende teams (2017)", "Werken met DA Systems (2019)"]),
         ("h", "Tarief"),
         ("p", RW_RATE),
         ("h", "Referenties"),
         ("p", "Ina Schreurs, manager Samenleving, gemeente Hattem, 06-35820948"),
         ("p", "Hendrik Mulder, afdelingshoofd Sociaal Domein, gemeente Oldebroek, 06-35820949")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=126, refs=(2, False), zzp=True, hourly=85.0,
               crit=FULL,
               notes="REVIEW: knock-out 1. 'Sinds februari 2023 ben ik vrijgevestigd, met een eigen praktijk in "
                     "Wapenveld' and the Hattem task 'Opdracht vanuit mijn praktijk': vrijgevestigd means working "
                     "for one's own account in an own practice -- a ZZP indication, although no zzp, KvK, "
                     "eenmanszaak or onderneming word occurs (the only word of expected.py's ZZP list is 'interim' "
                     "in his title). The request excludes zzp'ers; by the samples' convention a ZZP indication is "
                     "a review: a person decides. Otherwise full marks: Interim-coördinator Welzijn, Gemeente "
                     "Hattem 'februari 2023 – heden' = 34 + Teamleider Sociaal Team, Gemeente Oldebroek 'juni 2015 "
                     "– januari 2023' = 92 -> 126 (92 alone passes ko 3 and criterion 5, so the decision does not "
                     "depend on the assignment); Bachelor MWD diploma. EUR 85 (a wrong pass would rank 2)."))

# ------------------------------------------------------------------------- Marleen Oosterink (pdf) sister-in-law referee
MO_FAMILY = ("Anouk Oosterink-Dijkman, teamleider Wmo, gemeente Apeldoorn — de vrouw van mijn broer; zij kent mij al "
             "twintig jaar, 06-81730265")
MO6 = ("Voorbeeld beleid naar resultaat: het Epese beleidskader 'Samen sterk in de kernen' (2019) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2022: 350 inwoners "
       "bereikt via het sociaal team in de kernen en 40 % minder herhaalaanvragen.")
MO7 = ("Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Zilveren Kruis en de "
       "partners van de publiek-private samenwerking (PPS) 'Epe Vitaal'.")
MO8 = ("Projectleider van het verandertraject 'Eén sociaal team Epe' (2020 – 2021) en van de implementatie van DA "
       "Systems in 2023.")
mo = [pos("april 2017 – heden", "Coördinator Sociaal Team", "Gemeente Epe",
          ["Coördinatie van het sociaal team: zestien medewerkers Wmo, jeugd en schulden; werkverdeling en "
           "casuïstiekoverleg.", "Formatie, instroom en het teambudget, in afstemming met HR en de manager.",
           MO6, MO7, MO8],
          ("2017-04", REF), 104, True),
      pos("oktober 2011 – maart 2017", "Teamleider Welzijn Ouderen", "Stichting Welzijn Epe",
          ["Leiding aan acht ouderenadviseurs en 120 vrijwilligers."],
          ("2011-10", "2017-03"), 66, True),
      pos("augustus 2006 – september 2011", "Ouderenadviseur", "Stichting Welzijn Epe",
          ["Huisbezoeken, voorlichting en de mantelzorgwaardering."],
          ("2006-08", "2011-09"), 62, False)]
MO_RATE = "€ 82,00 per uur excl. btw"
cv(file="Marleen Oosterink.pdf", fmt="pdf", layout="sidebar",
   name="Marleen Oosterink", email="m.oosterink@example.com", phone="06-81730264", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Wilma Kamphuis"],
   must_have=[MO_FAMILY],
   left=[("h", "Contact"), ("p", "Vaassen"), ("p", "06-81730264"), ("p", "m.oosterink@example.com"),
         ("h", "Tarief"), ("p", MO_RATE),
         ("h", "Beschikbaar"), ("p", "Per 1 januari 2026, 24 uur per week"),
         ("h", "Contractvorm"), ("p", "In loondienst bij Veluwse Inzet Detachering B.V., dat mij aanbiedt; sinds "
                                      "2017 gedetacheerd bij de gemeente Epe"),
         ("h", "Talen"), ("p", "Nederlands, Engels")],
   right=[("title", "Marleen Oosterink"),
          ("p", "Coördinator sociaal team"),
          ("h", "Profiel"),
          ("p", "Ik ben een coördinator die overzicht houdt en mensen in hun kracht zet. Ik werk bijna twintig jaar "
                "in het sociaal domein op de Veluwe en ken de kernen, de partners en de inwoners."),
          ("h", "Werkervaring"),
          ("pos", "sample", mo),
          ("h", "Opleiding"),
          ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2002 – 2006 — diploma behaald"),
          ("h", "Referenties"),
          ("p", "Wilma Kamphuis, afdelingsmanager Samenleving, gemeente Epe, 06-81730266"),
          ("p", MO_FAMILY)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=170, refs=(1, False), zzp=False, hourly=82.0,
               crit=FULL,
               notes="NOT ELIGIBLE: references. The second referee is 'Anouk Oosterink-Dijkman, teamleider Wmo, "
                     "gemeente Apeldoorn — de vrouw van mijn broer; zij kent mij al twintig jaar': her sister-in-law, "
                     "who knows her privately and never worked with her. A reference vouches for the candidate's "
                     "work; a family member is not independent (round 8's spouse, 47's business partner, 49's "
                     "client, 51's household employee: not counted). One referee who counts, nothing 'op "
                     "aanvraag' -> count 1 -> fail (samples' Mark Peters). Otherwise full marks: Coördinator "
                     "Sociaal Team, Gemeente Epe 'april 2017 – heden' = 104 + Teamleider Welzijn Ouderen, Stichting "
                     "Welzijn Epe 'oktober 2011 – maart 2017' = 66 -> 170 (ouderenadviseur not leading); Bachelor "
                     "MWD diploma. EUR 82 (a wrong pass would rank 1)."))
