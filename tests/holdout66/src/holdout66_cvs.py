# -*- coding: utf-8 -*-
"""Holdout round 66 for zeef: must not pass, eighth series. 8 fictional CVs (4 PDF, 4 DOCX) for the Heerde
request, in ordinary clean layouts. Six look strong (75-100 points) and would pass a careless screener, but each
hides one plain-language detail that a careful assessor must not pass; two eligible controls look like them and
carry the same kind of words with the opposite answer:

  - Ria Gosselink: seven years as "Managementondersteuner Sociaal Domein" at the gemeente Apeldoorn -- she supported
    the management team ("geen eigen team"); only 53 months as a coordinator (knock-out 3);
  - Martijn Roskam: "Unitmanager Wonen en Welzijn" at the COA (Centraal Orgaan opvang asielzoekers), the national
    reception agency -- neither a gemeente nor a welzijnsstichting; only 57 months at a gemeente (knock-out 3);
  - Sandra Hilberink: "Teamleider Implementatie Sociaal Domein" at a software company that sells its registration
    system to gemeenten and welzijnsstichtingen; only 54 months at a welzijnsstichting (knock-out 3);
  - Kim Wolbert: "Bachelor Social Work (deeltijd) ... -- studie gepauzeerd sinds september 2022": not completed,
    besides it an MBO diploma (knock-out 2);
  - Frank Heijerman: "Sinds mei 2022 werk ik voor eigen rekening en risico" -- no zzp, KvK or onderneming word
    (knock-out 1: review);
  - Gerda Ottenhof: five pages of CV and a sixth page "Voorbeeld beleid naar resultaat (separaat, zoals gevraagd in
    de uitvraag)" in the same file: 6 pages (pages check);
  - Inge Klaver (control): leads a team that includes "een managementondersteuner", names the COA as a partner, and
    her "Bachelor Social Work ... -- diploma behaald in 2012 (de studie heb ik in 2010 - 2011 een jaar gepauzeerd)";
  - Bart Eilers (control): the software supplier only as a partner of his project, and the criterion-6 example
    "separaat" in a frame inside a 1-page CV.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation,
company, agency, phone number, e-mail address and referee here is made up. Employers are real municipalities, one
real national agency (the COA) and fictional foundations and companies; real hogescholen and ROCs appear as
schools. See tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Inge Klaver (pdf) control
IK6 = ("Voorbeeld beleid naar resultaat: de Zutphense visie 'Iedereen doet mee' (2019) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vijf concrete projecten, waaronder een wekelijks "
       "spreekuur in elke wijk; resultaat in 2022: 25 % minder doorverwijzingen naar maatwerk en 300 inwoners "
       "bereikt via de spreekuren.")
IK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de patiëntenvereniging; namens de "
       "gemeente lid van de publiek-private samenwerking (PPS) 'Gezond Zutphen'.")
IK8 = ("Projectleider van de reorganisatie van de toegang (2021 – 2022): van drie loketten naar één sociaal team, "
       "met plan van aanpak, stuurgroep en evaluatie.")
IK_COA = ("Huisvesting en begeleiding van statushouders uit het asielzoekerscentrum, samen met het COA en "
          "VluchtelingenWerk.")
IK_EDU = ("Bachelor Social Work (deeltijd), Hogeschool Windesheim, Zwolle, 2007 – 2012 — diploma behaald in 2012 "
          "(de studie heb ik in 2010 – 2011 een jaar gepauzeerd)")
ik = [pos("juni 2018 – heden", "Teamleider Sociaal Team", "Gemeente Zutphen",
          ["Leiding aan veertien consulenten Wmo, jeugd en schuldhulp en een managementondersteuner; werkverdeling, "
           "casuïstiekoverleg en jaargesprekken.",
           "Bewaakt formatie en teambudget, in afstemming met HR en de afdelingsmanager.", IK_COA, IK6, IK7, IK8],
          ("2018-06", REF), 90, True),
      pos("oktober 2012 – mei 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Warnsveld",
          ["Coördinatie van zes ouderenadviseurs en 110 vrijwilligers; jaarplan en verantwoording aan de gemeente."],
          ("2012-10", "2018-05"), 68, True),
      pos("september 2008 – september 2012", "Ouderenadviseur", "Stichting Welzijn Warnsveld",
          ["Huisbezoeken en advies over wonen, welzijn en zorg."],
          ("2008-09", "2012-09"), 49, False)]
IK_RATE = "€ 88,00 per uur excl. btw"
cv(file="Inge Klaver.pdf", fmt="pdf", layout="single",
   name="Inge Klaver", email="inge.klaver@example.nl", phone="06-41739258", rate=IK_RATE,
   exp=ik, crit_text={"6": IK6, "7": IK7, "8": IK8}, refs=["Wim Stegink", "Lidy Eppink"],
   must_have=[IK_EDU, IK_COA],
   body=[("title", "Inge Klaver"),
         ("p", "Zutphen  ·  06-41739258  ·  inge.klaver@example.nl"),
         ("p", "Tarief: " + IK_RATE + "  ·  Beschikbaar per 1 januari 2026, 24 uur per week"),
         ("p", "In loondienst bij Achterhoek Sociaal Werkt B.V., dat mij voor deze opdracht aanbiedt; sinds juni "
               "2018 ben ik door mijn werkgever gedetacheerd bij de gemeente Zutphen."),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die overzicht houdt en mensen laat groeien. Ruim zeventien jaar werk ik in het "
               "welzijnswerk en het sociaal domein in de Stedendriehoek, eerst bij een welzijnsstichting en sinds "
               "2018 bij de gemeente Zutphen. Ik ben nuchter, benaderbaar en besluitvaardig."),
         ("h", "Werkervaring"),
         ("tabpos", ik),
         ("h", "Opleiding"),
         ("p", IK_EDU),
         ("p", "Havo, Baudartius College, Zutphen, 2001 – 2006 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2019)", "Werken met DA Systems (2023)"]),
         ("h", "Referenties"),
         ("p", "Wim Stegink, afdelingsmanager Samenleving, gemeente Zutphen, 06-41739259"),
         ("p", "Lidy Eppink, directeur, Stichting Welzijn Warnsveld, 06-41739260")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=158, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88). Control, mirror of Kim Wolbert: 'Bachelor Social Work "
                     "(deeltijd), Hogeschool Windesheim ... diploma behaald in 2012 (de studie heb ik in 2010 – "
                     "2011 een jaar gepauzeerd)': the pause lies before the diploma -> hbo, completed, MWD. Mirror "
                     "of Martijn Roskam: the COA only as a partner in a task of her gemeente job. Mirror of Ria "
                     "Gosselink: she leads a team that includes 'een managementondersteuner'. Teamleider Sociaal "
                     "Team, Gemeente Zutphen 'juni 2018 – heden' = 2018-06..2025-11 = 90 (seconded by her "
                     "employer to the gemeente: the work is at a gemeente) + Coördinator Welzijn Ouderen, "
                     "Stichting Welzijn Warnsveld 'oktober 2012 – mei 2018' = 68 -> 158 (ouderenadviseur not "
                     "leading). In loondienst, no ZZP word. Two referees. Criteria 6, 7, 8 in the Zutphen "
                     "position."))

# ------------------------------------------------------------------------- Bart Eilers (docx) control
BE6 = ("Het welzijnsbeleid 'Wezep voor elkaar' (2020) van de gemeente Oldebroek heb ik met het team vertaald naar "
       "een jaarwerkplan met vier concrete projecten: een huiskamer in elke wijk, een maatjesproject, een "
       "jongerenraad en een mantelzorgcafé. Resultaat in 2023: 180 inwoners namen deel, 45 nieuwe vrijwilligers en "
       "een vast overleg met de huisartsen.")
BE_BOX = "Voorbeeld beleid naar resultaat (separaat, zoals gevraagd in de uitvraag)"
BE7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de patiëntenraad van het "
       "gezondheidscentrum; partner in de publiek-private samenwerking (PPS) 'Vitaal Wezep'.")
BE8 = ("Projectleider van de invoering van een nieuw registratiesysteem (2022 – 2023), samen met de "
       "softwareleverancier: plan van aanpak, werkprocessen opnieuw beschreven, training van 25 medewerkers en "
       "evaluatie na een half jaar.")
be = [pos("februari 2017 – heden", "Coördinator Welzijn", "Stichting Welzijn Wezep",
          ["Coördinatie van twaalf opbouwwerkers, ouderenadviseurs en jongerenwerkers; werkverdeling, coaching "
           "en jaargesprekken.", "Jaarplan, teambudget en verantwoording aan de gemeente Oldebroek.", BE7, BE8],
          ("2017-02", REF), 106, True),
      pos("augustus 2011 – januari 2017", "Opbouwwerker", "Stichting Welzijn Wezep",
          ["Buurtgericht werken met bewonersgroepen in Wezep en 't Harde."],
          ("2011-08", "2017-01"), 66, False)]
BE_RATE = "€ 90,00 per uur excl. btw"
cv(file="Bart Eilers.docx", fmt="docx", layout="single",
   name="Bart Eilers", email="bart.eilers@example.com", phone="06-57382916", rate=BE_RATE,
   exp=be, crit_text={"6": BE6, "7": BE7, "8": BE8}, refs=["Mieke Wijnbergen", "Hans Heutink"],
   must_have=[BE_BOX],
   body=[("title", "Bart Eilers"),
         ("p", "Coördinator welzijn"),
         ("p", "Wezep  |  06-57382916  |  bart.eilers@example.com"),
         ("p", "Tarief: " + BE_RATE + "  |  Beschikbaar per 1 januari 2026, 24 uur per week  |  In loondienst bij "
               "Stichting Welzijn Wezep, die mij voor deze opdracht detacheert"),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator die beleid laat landen in de wijk. Ik begon als opbouwwerker en coördineer "
               "sinds 2017 het welzijnswerk in Wezep. Ik stuur op afspraken, geef ruimte en houd het overzicht."),
         ("box", BE_BOX, [BE6]),
         ("h", "Werkervaring"),
         ("pos", "next", be),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2007 – 2011 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2018)", "Methodisch werken in het sociaal domein (2021)"]),
         ("h", "Referenties"),
         ("p", "Mieke Wijnbergen, beleidsadviseur Welzijn, gemeente Oldebroek, 06-57382917"),
         ("p", "Hans Heutink, directeur-bestuurder, Stichting Welzijn Wezep, 06-57382918")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=106, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 90 after Inge Klaver's EUR 88). Control, mirror of Gerda "
                     "Ottenhof: the criterion-6 example stands 'separaat' in a frame titled 'Voorbeeld beleid naar "
                     "resultaat (separaat, zoals gevraagd in de uitvraag)' inside a CV of 1 page -> pages pass. "
                     "Mirror of Sandra Hilberink: the software supplier is only his partner in the project that "
                     "earns criterion 8; his employer is a welzijnsstichting. Coördinator Welzijn, Stichting "
                     "Welzijn Wezep 'februari 2017 – heden' = 2017-02..2025-11 = 106 (opbouwwerker not leading) "
                     "-> ko 3 pass, criterion 5 (>= 72). Bachelor MWD diploma -> 15. Seconded by his employer, no "
                     "ZZP word. Two referees."))


# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Ria Gosselink (pdf) managementondersteuner
RG_MO = ("Ondersteuning van het managementteam Sociaal Domein (de afdelingsmanager en vier teamleiders): agenda, "
         "voorbereiding en verslag van het MT-overleg en bewaking van de actielijst. Ik had geen eigen team.")
RG6 = ("Voorbeeld beleid naar resultaat: het Brummense beleidsplan 'Samen redzaam' (2021) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2024: een "
       "inloopspreekuur in Eerbeek en Brummen en 20 % kortere wachttijd bij het sociaal team.")
RG7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de patiëntenvereniging; lid van de "
       "publiek-private samenwerking (PPS) 'Gezond Brummen'.")
RG8 = ("Projectleider van het verandertraject 'Eén sociaal team Brummen' (2022 – 2023), met plan van aanpak, "
       "mijlpalen en evaluatie.")
rg = [pos("juli 2021 – heden", "Coördinator Sociaal Team", "Gemeente Brummen",
          ["Coördinatie van het sociaal team: elf consulenten Wmo, jeugd en participatie; werkverdeling en "
           "casuïstiekoverleg.", RG6, RG7, RG8],
          ("2021-07", REF), 53, True),
      pos("maart 2014 – juni 2021", "Managementondersteuner Sociaal Domein", "Gemeente Apeldoorn",
          [RG_MO,
           "Formatie-, verlof- en budgetoverzichten bijhouden voor de teamleiders; planning van werving en "
           "selectie."],
          ("2014-03", "2021-06"), 88, False),
      pos("januari 2009 – februari 2014", "Medewerker Secretariaat Sociaal Domein", "Gemeente Apeldoorn",
          ["Post, agenda's en de ondersteuning van de Wmo-consulenten."],
          ("2009-01", "2014-02"), 62, False)]
RG_RATE = "€ 84,00 per uur excl. btw"
cv(file="Ria Gosselink.pdf", fmt="pdf", layout="single",
   name="Ria Gosselink", email="ria.gosselink@example.nl", phone="06-23918475", rate=RG_RATE,
   exp=rg, crit_text={"6": RG6, "7": RG7, "8": RG8}, refs=["Jolanda Wissink", "Gert-Jan Hofman"],
   must_have=[RG_MO],
   body=[("title", "Ria Gosselink"),
         ("p", "Apeldoorn  ·  06-23918475  ·  ria.gosselink@example.nl"),
         ("p", "Tarief: " + RG_RATE + "  ·  Beschikbaar per 1 januari 2026, 24 uur per week  ·  In loondienst bij "
               "Veluwe Sociaal Detacheren B.V., dat mij voor deze opdracht aanbiedt"),
         ("h", "Profiel"),
         ("p", "Ruim zestien jaar werk ik bij gemeenten in het sociaal domein: eerst op het secretariaat, daarna "
               "zeven jaar direct naast het managementteam Sociaal Domein van de gemeente Apeldoorn en sinds 2021 "
               "als coördinator van het sociaal team in Brummen. Ik ken de keuken van een gemeente, houd van "
               "structuur en breng rust in een team."),
         ("h", "Werkervaring"),
         ("tabpos", rg),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion, Deventer, 2011 – 2015 — "
               "diploma behaald"),
         ("p", "MBO Secretaresse (niveau 4), ROC Aventus, Apeldoorn, 2005 – 2008 — diploma"),
         ("h", "Referenties"),
         ("p", "Jolanda Wissink, afdelingsmanager Sociaal Domein, gemeente Brummen, 06-23918476"),
         ("p", "Gert-Jan Hofman, teamleider Wmo, gemeente Apeldoorn, 06-23918477")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=53, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. 'Managementondersteuner Sociaal Domein', Gemeente Apeldoorn "
                     "'maart 2014 – juni 2021' (88) does not count: a managementondersteuner supports the "
                     "management team (agenda, MT-verslag, overzichten) and the CV says 'Ik had geen eigen team' -- "
                     "not a coördinator, manager or teamleider (samples' title rule), whatever 'management', "
                     "'Sociaal Domein' and 'gemeente' suggest. Only Coördinator Sociaal Team, Gemeente Brummen "
                     "'juli 2021 – heden' = 2021-07..2025-11 = 53 counts (secretariaat not leading): 53 < 60 with "
                     "exact months -> ko 3 fail; criterion 5 = 0. Bachelor MWD diploma -> 15. Criteria 6, 7, 8 in "
                     "the Brummen position. In loondienst, no ZZP word. EUR 84."))

# ------------------------------------------------------------------------- Martijn Roskam (docx) COA
MR_COA = ("Het COA is de landelijke uitvoeringsorganisatie die in opdracht van het ministerie van Justitie en "
          "Veiligheid asielzoekers opvangt; ik ben in dienst van het COA.")
MR6 = ("Voorbeeld beleid naar resultaat: de Wmo-verordening 2015 van Bronckhorst heb ik met het team vertaald naar "
       "drie concrete projecten: één intakeformulier, keukentafelgesprekken binnen twee weken en een spreekuur in "
       "elke kern; resultaat in 2017: de wachttijd halveerde.")
MR7 = ("Overleg met zorgaanbieders, huisartsen, de cliëntenraad, patiëntenvertegenwoordigers en zorgverzekeraar "
       "Menzis; betrokken bij de publiek-private samenwerking (PPS) 'Langer thuis in Bronckhorst'.")
MR8 = ("Projectleider van de herinrichting van het Wmo-loket bij de decentralisaties van 2015, een veranderopgave "
       "voor achttien medewerkers.")
mr = [pos("maart 2018 – heden", "Unitmanager Wonen en Welzijn", "Centraal Orgaan opvang asielzoekers (COA)",
          ["Leiding aan zestien woonbegeleiders en casemanagers op een asielzoekerscentrum met 450 bewoners: "
           "begeleiding, leefbaarheid, welzijn en veiligheid op de locatie.", MR_COA,
           "Overleg met de gemeente over de huisvesting van statushouders."],
          ("2018-03", REF), 93, False),
      pos("juni 2013 – februari 2018", "Coördinator Wmo-loket", "Gemeente Bronckhorst",
          ["Coördinatie van het Wmo-loket: twaalf consulenten en twee administratief medewerkers.", MR6, MR7, MR8],
          ("2013-06", "2018-02"), 57, True),
      pos("september 2008 – mei 2013", "Wmo-consulent", "Gemeente Bronckhorst",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."],
          ("2008-09", "2013-05"), 57, False)]
MR_RATE = "€ 83,00 per uur excl. btw"
cv(file="Martijn Roskam.docx", fmt="docx", layout="sidebar",
   name="Martijn Roskam", email="m.roskam@example.nl", phone="06-84027351", rate=MR_RATE,
   exp=mr, crit_text={"6": MR6, "7": MR7, "8": MR8}, refs=["Erna Bloemendaal", "Koen Vreeman"],
   must_have=[MR_COA],
   left=[("h", "Contact"), ("p", "Hengelo (Gld)"), ("p", "06-84027351"), ("p", "m.roskam@example.nl"),
         ("h", "Tarief"), ("p", MR_RATE),
         ("h", "Beschikbaar"), ("p", "Per 1 januari 2026, 24 uur per week"),
         ("h", "Contractvorm"), ("p", "Detachering via Gelre Inzet B.V., bij wie ik per 1 januari 2026 in "
                                      "loondienst treed"),
         ("h", "Talen"), ("p", "Nederlands, Engels, Duits")],
   right=[("title", "Martijn Roskam"),
          ("p", "Unitmanager wonen en welzijn"),
          ("h", "Profiel"),
          ("p", "Ik ben een leidinggevende die rust brengt waar veel tegelijk gebeurt. Zeventien jaar werk ik met "
                "mensen in een kwetsbare positie: eerst bij de gemeente Bronckhorst, nu op een "
                "asielzoekerscentrum. Ik ben duidelijk, benaderbaar en houd van samenwerken."),
          ("h", "Werkervaring"),
          ("pos", "pipe", mr),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool van Arnhem en Nijmegen, Nijmegen, 2004 – 2008 — diploma behaald"),
          ("h", "Referenties"),
          ("p", "Erna Bloemendaal, locatiemanager, COA, 06-84027352"),
          ("p", "Koen Vreeman, hoofd Samenleving, gemeente Bronckhorst, 06-84027353")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. 'Unitmanager Wonen en Welzijn', Centraal Orgaan opvang "
                     "asielzoekers (COA) 'maart 2018 – heden' (93) does not count: the CV itself says 'Het COA is "
                     "de landelijke uitvoeringsorganisatie die in opdracht van het ministerie van Justitie en "
                     "Veiligheid asielzoekers opvangt; ik ben in dienst van het COA' -- a national agency, neither "
                     "a gemeente nor a welzijnsstichting (as round 49's ministry), whatever 'welzijn' in the title "
                     "and the overleg with the gemeente suggest. Only Coördinator Wmo-loket, Gemeente Bronckhorst "
                     "'juni 2013 – februari 2018' = 2013-06..2018-02 = 57 counts (Wmo-consulent not leading): 57 "
                     "< 60 with exact months -> ko 3 fail; criterion 5 = 0. Bachelor Social Work diploma -> 15. "
                     "Will be employed by the agency, no ZZP word. Inge Klaver names the COA only as a partner. "
                     "EUR 83."))

# ------------------------------------------------------------------------- Sandra Hilberink (docx) software company
SH_SW = ("Wijkwijzer is een softwarebedrijf: wij verkopen licenties op ons registratiesysteem en rekenen de "
         "implementatie per consultantsdag af bij de klant.")
SH6 = ("Voorbeeld beleid naar resultaat: de nota 'Holten zorgt voor elkaar' (2022) heb ik met de "
       "beleidsadviseurs van Rijssen-Holten vertaald naar een jaarwerkplan met vier concrete projecten; resultaat "
       "in 2024: een ontmoetingsplek in elke buurt en 70 nieuwe vrijwilligers.")
SH7 = ("Samenwerking met zorgaanbieders in de thuiszorg, huisartsen, zorgverzekeraar Menzis en de "
       "patiëntenvereniging; partner in de publiek-private samenwerking (PPS) 'Vitaal Holten'.")
SH8 = "Projectleider van de reorganisatie van het welzijnswerk in 2023: van drie teams naar één wijkgericht team."
sh = [pos("06-2021 – heden", "Coördinator Welzijn", "Stichting Welzijn Holten",
          ["Coördinatie van tien opbouwwerkers, ouderenadviseurs en mantelzorgconsulenten; werkverdeling en "
           "coaching.", "Jaarplan, begroting en verantwoording aan de gemeente Rijssen-Holten.", SH6, SH7, SH8],
          ("2021-06", REF), 54, True),
      pos("04-2016 – 05-2021", "Teamleider Implementatie Sociaal Domein", "Wijkwijzer Software B.V.",
          ["Leiding aan negen implementatieconsultants die ons registratiesysteem voor wijkteams en welzijnswerk "
           "invoeren bij gemeenten en welzijnsstichtingen in Oost-Nederland.", SH_SW],
          ("2016-04", "2021-05"), 62, False),
      pos("09-2009 – 03-2016", "Wmo-consulent", "Gemeente Deventer",
          ["Keukentafelgesprekken, indicaties en registratie in het cliëntvolgsysteem."],
          ("2009-09", "2016-03"), 79, False)]
SH_RATE = "€ 82,00 per uur excl. btw"
cv(file="Sandra Hilberink.docx", fmt="docx", layout="header",
   header="Sandra Hilberink  ·  Holten  ·  06-70294861  ·  sandra.hilberink@example.nl",
   name="Sandra Hilberink", email="sandra.hilberink@example.nl", phone="06-70294861", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Anita Brunninkhuis", "Reinier Schutte"],
   must_have=[SH_SW],
   body=[("title", "Curriculum vitae"),
         ("pb", "Sandra Hilberink — coördinator welzijn"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week. Tarief: " + SH_RATE + ". In loondienst bij "
               "Stichting Welzijn Holten, die mij voor deze opdracht detacheert."),
         ("h", "Profiel"),
         ("p", "Ik ken het sociaal domein van drie kanten: als consulent bij een gemeente, als teamleider die "
               "gemeenten en welzijnsstichtingen hielp met hun registratie, en nu als coördinator welzijn in "
               "Holten. Ik breng structuur aan en laat systemen werken voor mensen."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], sh),
         ("tasks", sh),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2005 – 2009 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Prince2 Foundation (2017)", "Coachend leidinggeven (2021)"]),
         ("h", "Referenties"),
         ("p", "Anita Brunninkhuis, directeur, Stichting Welzijn Holten, 06-70294862"),
         ("p", "Reinier Schutte, beleidsadviseur Sociaal Domein, gemeente Rijssen-Holten, 06-70294863")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=54, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. 'Teamleider Implementatie Sociaal Domein', Wijkwijzer Software "
                     "B.V. '04-2016 – 05-2021' (62) does not count: she led consultants who introduce the "
                     "company's registration system at gemeenten and welzijnsstichtingen, and the CV says "
                     "'Wijkwijzer is een softwarebedrijf: wij verkopen licenties op ons registratiesysteem en "
                     "rekenen de implementatie per consultantsdag af bij de klant' -- the employer is a software "
                     "company, the gemeenten and stichtingen are its customers. Only Coördinator Welzijn, "
                     "Stichting Welzijn Holten '06-2021 – heden' = 2021-06..2025-11 = 54 counts (Wmo-consulent not "
                     "leading): 54 < 60 with exact months -> ko 3 fail; criterion 5 = 0. Bachelor MWD diploma -> "
                     "15. Seconded by her employer, no ZZP word. Bart Eilers names a software supplier only as a "
                     "partner. EUR 82."))

# ------------------------------------------------------------------------- Kim Wolbert (pdf) studie gepauzeerd
KW_EDU = ("Bachelor Social Work (deeltijd), Hogeschool Windesheim, Zwolle, 2018 – 2022 — studie gepauzeerd sinds "
          "september 2022")
KW6 = ("Voorbeeld beleid naar resultaat: het Kamper jeugdbeleid 'Opgroeien in Kampen' (2019) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vier concrete projecten; resultaat in 2022: een "
       "jeugdpunt in elke wijk en 15 % minder verwijzingen naar specialistische jeugdhulp.")
KW7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, zorgverzekeraar Zilveren Kruis en de "
       "patiëntenvereniging; lid van de publiek-private samenwerking (PPS) 'Kansrijk Kampen'.")
KW8 = ("Projectleider van de transitie naar wijkteams (2018 – 2019): van vier losse teams naar drie wijkteams, met "
       "projectplan, mijlpalen en evaluatie.")
kw = [pos("maart 2017 – heden", "Teamleider Wijkteam", "Gemeente Kampen",
          ["Leiding aan zestien medewerkers Wmo, jeugd en schulden; formatie, werving en selectie en het "
           "teambudget.", KW6, KW7, KW8],
          ("2017-03", REF), 105, True),
      pos("september 2011 – februari 2017", "Coördinator Jongerenwerk", "Stichting Welzijn IJsselmuiden",
          ["Coördinatie van zeven jongerenwerkers en het jongerencentrum; jaarplan en verantwoording aan de "
           "gemeente Kampen."],
          ("2011-09", "2017-02"), 66, True),
      pos("augustus 2007 – augustus 2011", "Jongerenwerker", "Stichting Welzijn IJsselmuiden",
          ["Ambulant jongerenwerk en activiteiten in het jongerencentrum."],
          ("2007-08", "2011-08"), 49, False)]
KW_RATE = "€ 81,00 per uur excl. btw"
cv(file="Kim Wolbert.pdf", fmt="pdf", layout="single",
   name="Kim Wolbert", email="kim.wolbert@example.com", phone="06-16482937", rate=KW_RATE,
   exp=kw, crit_text={"6": KW6, "7": KW7, "8": KW8}, refs=["Marco Westerhof", "Dianne Kloosterman"],
   must_have=[KW_EDU],
   body=[("title", "Kim Wolbert"),
         ("p", "Kampen  |  06-16482937  |  kim.wolbert@example.com"),
         ("p", "Tarief: " + KW_RATE + "  |  Beschikbaar per 1 januari 2026, 24 uur per week  |  Aangeboden door "
               "IJsseldelta Detachering B.V. (in loondienst)"),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die dicht bij de wijk staat. Ik begon als jongerenwerker, coördineerde het "
               "jongerenwerk in IJsselmuiden en geef sinds 2017 leiding aan een wijkteam van de gemeente Kampen. "
               "Naast mijn werk volgde ik de deeltijdopleiding Social Work."),
         ("h", "Werkervaring"),
         ("pos", "datebold", kw),
         ("h", "Opleiding"),
         ("p", KW_EDU),
         ("p", "MBO Sociaal Cultureel Werk (niveau 4), Landstede, Zwolle, 2003 – 2007 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Oplossingsgericht leidinggeven (2018)", "Signaleren van huiselijk geweld (2020)"]),
         ("h", "Referenties"),
         ("p", "Marco Westerhof, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-16482938"),
         ("p", "Dianne Kloosterman, directeur, Stichting Welzijn IJsselmuiden, 06-16482939")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=171, refs=(2, False), zzp=False, hourly=81.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Bachelor Social Work (deeltijd), Hogeschool Windesheim, Zwolle, "
                     "2018 – 2022 — studie gepauzeerd sinds september 2022': a paused study is not completed (no "
                     "diploma, 'gepauzeerd' like the samples' 'niet afgerond'/'gestopt'); the tender asks for an "
                     "'aantoonbaar afgeronde' bachelor. Highest completed: MBO Sociaal Cultureel Werk (niveau 4) "
                     "-> mbo, ko 2 fail; MWD not completed -> criterion 4 = 0. Inge Klaver's pause before her "
                     "diploma is the mirror. Otherwise strong: Teamleider Wijkteam, Gemeente Kampen 'maart 2017 – "
                     "heden' = 105 + Coördinator Jongerenwerk, Stichting Welzijn IJsselmuiden 'september 2011 – "
                     "februari 2017' = 66 -> 171 (jongerenwerker not leading). Employed by an agency, no ZZP word. "
                     "EUR 81 (a wrong pass would rank 3)."))

# ------------------------------------------------------------------------- Frank Heijerman (docx) eigen rekening en risico
FH_ZZP = "Sinds mei 2022 werk ik voor eigen rekening en risico."
FH6 = ("Voorbeeld beleid naar resultaat: het beleidsplan sociaal domein van Harderwijk (2017) heb ik vertaald naar "
       "een jaarwerkplan met vier concrete projecten; resultaat in 2019: één sociaal team voor Harderwijk en "
       "Hierden en een wachttijd van twee in plaats van zes weken.")
FH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de patiëntenvereniging; lid "
       "van de stuurgroep van de publiek-private samenwerking (PPS) 'Harderwijk Gezond'.")
FH8 = ("Projectleider van de reorganisatie van de toegang (2018 – 2019) en de invoering van DA Systems, met plan van "
       "aanpak, mijlpalen en evaluatie.")
fh = [pos("mei 2022 – heden", "Interim-teamleider Wmo en Jeugd", "Gemeente Nunspeet",
          ["Leiding aan elf consulenten Wmo en jeugd; werkverdeling, casuïstiekoverleg en de voortgang van het "
           "jaarwerkplan."],
          ("2022-05", REF), 43, True),
      pos("februari 2015 – april 2022", "Teamleider Sociaal Team", "Gemeente Harderwijk",
          ["Leiding aan vijftien medewerkers Wmo, jeugd en schulden; formatie, werving en selectie en het "
           "teambudget.", FH6, FH7, FH8],
          ("2015-02", "2022-04"), 87, True),
      pos("september 2009 – januari 2015", "Wmo-consulent", "Gemeente Harderwijk",
          ["Keukentafelgesprekken en indicaties."],
          ("2009-09", "2015-01"), 65, False)]
FH_RATE = "€ 85,00 per uur (excl. btw)"
cv(file="Frank Heijerman.docx", fmt="docx", layout="single",
   name="Frank Heijerman", email="frank.heijerman@example.nl", phone="06-38159264", rate=FH_RATE,
   exp=fh, crit_text={"6": FH6, "7": FH7, "8": FH8}, refs=["Yvonne Blankvoort", "Dick Veldhorst"],
   must_have=[FH_ZZP],
   body=[("title", "Frank Heijerman"),
         ("p", "Harderwijk  ·  06-38159264  ·  frank.heijerman@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die teams in beweging brengt en beleid laat landen in de praktijk. Dertien "
               "jaar werkte ik bij de gemeente Harderwijk, waarvan zeven jaar als teamleider van het sociaal team. "
               + FH_ZZP + " Voor deze opdracht word ik aangeboden via Veluwe Inhuurdesk B.V.; ik ben per 1 januari "
               "2026 beschikbaar voor 24 uur per week."),
         ("h", "Werkervaring"),
         ("pos", "next", fh),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Christelijke Hogeschool Ede, Ede, 2005 – 2009 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan zelforganiserende teams (2016)", "Werken met DA Systems (2019)"]),
         ("h", "Tarief"),
         ("p", FH_RATE),
         ("h", "Referenties"),
         ("p", "Yvonne Blankvoort, manager Samenleving, gemeente Nunspeet, 06-38159265"),
         ("p", "Dick Veldhorst, afdelingshoofd Sociaal Domein, gemeente Harderwijk, 06-38159266")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=130, refs=(2, False), zzp=True, hourly=85.0,
               crit=FULL,
               notes="REVIEW: knock-out 1. 'Sinds mei 2022 werk ik voor eigen rekening en risico': working for "
                     "one's own account and risk is what sets an entrepreneur apart from an employee -- a ZZP "
                     "indication, although no zzp, KvK, eenmanszaak or onderneming word occurs and an intermediary "
                     "('aangeboden via Veluwe Inhuurdesk B.V.') offers him; nothing says he is employed by anyone "
                     "(the only word of expected.py's ZZP list is 'interim' in his title, which alone is no "
                     "indication: round 45's interim in loondienst). The request excludes zzp'ers; by the samples' "
                     "convention a ZZP indication is a review (Willem de Graaf): a person decides. Otherwise full "
                     "marks: Interim-teamleider Wmo en Jeugd, Gemeente Nunspeet 'mei 2022 – heden' = 43 + "
                     "Teamleider Sociaal Team, Gemeente Harderwijk 'februari 2015 – april 2022' = 87 -> 130 (87 "
                     "alone passes ko 3 and criterion 5, so the decision does not depend on the interim months); "
                     "Bachelor Social Work diploma. EUR 85 (a wrong pass would rank 1)."))

# ------------------------------------------------------------------------- Gerda Ottenhof (pdf) 6 pages
GO6 = ("Het Lochemse beleidskader 'Samen sterk in de kernen' (2019) heb ik met de beleidsadviseurs vertaald naar een "
       "jaarwerkplan met vier concrete projecten: een sociaal team per kern, een inloop in de bibliotheek, "
       "vroegsignalering van schulden en een vrijwilligerscentrale. Resultaat in 2022: 400 inwoners bereikt via de "
       "kernteams, 35 % minder herhaalaanvragen en een wachttijd van gemiddeld twaalf dagen.")
GO_PAGE6 = "Voorbeeld beleid naar resultaat (separaat, zoals gevraagd in de uitvraag)"
GO7 = ("Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Menzis en de partners "
       "van de publiek-private samenwerking (PPS) 'Lochem Vitaal'.")
GO8 = ("Projectleider van het verandertraject 'Eén toegang Lochem' (2020 – 2021) en van de implementatie van DA "
       "Systems in 2023.")
go = [pos("januari 2019 – heden", "Manager Sociaal Domein", "Gemeente Lochem",
          ["Leiding aan drie teamleiders en 42 medewerkers Wmo, jeugd, participatie en schuldhulp.",
           "Verantwoordelijk voor formatie, werving en selectie en de inzet van uren, in afstemming met HR.",
           "Bewaakt de budgetten van het sociaal domein en rapporteert per kwartaal aan de directie en de "
           "wethouder.",
           "Brengt structuur aan in de werkprocessen en borgt methodisch werken.",
           "Voorzitter van het managementoverleg sociaal domein en lid van het afdelingsoverleg Samenleving.",
           "Stuurt op de afspraken in het jaarwerkplan en borgt monitoring, evaluatie en rapportage.", GO7, GO8],
          ("2019-01", REF), 83, True),
      pos("april 2013 – december 2018", "Coördinator Buurtteams", "Stichting Welzijn Gorssel",
          ["Coördinatie van vier buurtteams met 22 opbouwwerkers, ouderenadviseurs en jongerenwerkers.",
           "Jaarplan, begroting en verantwoording aan de gemeente Lochem.",
           "Inrichting van de samenwerking met het maatschappelijk werk en de wijkverpleging.",
           "Werving, selectie en inwerken van nieuwe medewerkers; coaching van de teamcoördinatoren.",
           "Overleg met de gemeente over de subsidieafspraken en de jaarlijkse prestatieverantwoording."],
          ("2013-04", "2018-12"), 69, True),
      pos("september 2008 – maart 2013", "Buurtwerker", "Stichting Welzijn Gorssel",
          ["Buurtgericht werken met bewonersgroepen in Gorssel, Eefde en Epse.",
           "Opzet van een buurthuiskamer en een klussendienst met vrijwilligers.",
           "Ondersteuning van dorpsraden en bewonerscommissies bij hun plannen en activiteiten."],
          ("2008-09", "2013-03"), 55, False)]
GO_RATE = "€ 80,00 per uur excl. btw"
cv(file="Gerda Ottenhof.pdf", fmt="pdf", layout="single",
   footer="Gerda Ottenhof — curriculum vitae",
   name="Gerda Ottenhof", email="gerda.ottenhof@example.nl", phone="06-92714035", rate=GO_RATE,
   exp=go, crit_text={"6": GO6, "7": GO7, "8": GO8}, refs=["Henriëtte Klein Gunnewiek", "Wouter Nijhuis"],
   must_have=[GO_PAGE6],
   body=[("title", "Gerda Ottenhof"),
         ("p", "Manager sociaal domein"),
         ("h", "Personalia"),
         ("rows", [("Woonplaats", ["Lochem"]), ("Telefoon", ["06-92714035"]),
                   ("E-mail", ["gerda.ottenhof@example.nl"]), ("Beschikbaar", ["per 1 januari 2026, 24 uur per week"]),
                   ("Tarief", [GO_RATE]),
                   ("Contractvorm", ["in loondienst bij Berkelland Sociaal Detacheren B.V., dat mij aanbiedt"])]),
         ("h", "Profiel"),
         ("p", "Ik ben een manager die het sociaal domein van de grond af kent. Ik begon als buurtwerker in "
               "Gorssel, coördineerde daarna de buurtteams en geef sinds 2019 leiding aan het sociaal domein van de "
               "gemeente Lochem. Ik breng structuur aan, geef vertrouwen en ben helder over wat ik verwacht."),
         ("p", "Ik werk graag in een kleine gemeente, waar de lijnen kort zijn en je de inwoners en de partners "
               "kent. Mijn kracht is verbinden: tussen beleid en uitvoering, tussen teams en tussen de gemeente "
               "en haar partners."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbindend en coachend leidinggeven", "Helder communiceren en besluitvaardig",
                 "Analytisch en oplossingsgericht", "Oog voor inwoners en bestuur"]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", go[:1]),
         ("break",),
         ("pos", "sample", go[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2004 – 2008 — diploma behaald"),
         ("p", "Havo, Staring College, Lochem, 1999 – 2004 — diploma"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Leidinggeven aan leidinggevenden (2020)", "Financieel management in het sociaal domein (2019)",
                 "Werken met DA Systems (2023)", "Motiverende gespreksvoering (2011)"]),
         ("h", "Nevenactiviteiten"),
         ("bl", ["Bestuurslid van de muziekvereniging in Eefde (sinds 2016)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Digitale vaardigheden"),
         ("p", "Microsoft 365, DA Systems, Suite4Sociaal Domein, Power BI (rapportages)"),
         ("break",),
         ("h", "Competenties toegelicht"),
         ("p", "Verbinden en coachen: ik zet medewerkers in hun kracht, voer regelmatig ontwikkelgesprekken en "
               "geef teamleiders de ruimte om hun eigen weg te vinden."),
         ("p", "Helder en besluitvaardig: ik zeg wat ik doe en doe wat ik zeg; lastige boodschappen breng ik "
               "tijdig en persoonlijk."),
         ("p", "Innovatief: ik kijk kritisch naar werkprocessen en probeer nieuwe werkwijzen eerst klein uit, "
               "samen met de mensen die ermee moeten werken."),
         ("p", "Inwoners en bestuur: ik vertaal wat ik in de wijken hoor naar adviezen voor het college en leg "
               "besluiten van het college uit aan teams en partners."),
         ("h", "Referenties"),
         ("p", "Henriëtte Klein Gunnewiek, gemeentesecretaris, gemeente Lochem, 06-92714036"),
         ("p", "Wouter Nijhuis, directeur-bestuurder, Stichting Welzijn Gorssel, 06-92714037"),
         ("break",),
         ("h", GO_PAGE6),
         ("p", GO6)],
   expect=dict(pages=6, edu=("hbo", True, True), coord=152, refs=(2, False), zzp=False, hourly=80.0,
               crit=FULL,
               notes="NOT ELIGIBLE: pages. The file holds five pages of CV and a sixth page headed 'Voorbeeld "
                     "beleid naar resultaat (separaat, zoals gevraagd in de uitvraag)': criterion 6 asks to name "
                     "the example 'separaat en beknopt ... in het cv', i.e. set apart inside the CV, and the CV "
                     "requirement is 'Maximaal 5 pagina's' -> 6 pages (pdfinfo, exact) -> fail, not review (as "
                     "round 15's 'Bijlage: referenties' page). The criterion-6 passage on page 6 is real evidence "
                     "(criterion 6 = 15: the file is what was submitted). Bart Eilers's frame inside a 1-page CV "
                     "is the mirror. Otherwise full marks: Manager Sociaal Domein, Gemeente Lochem 'januari 2019 – "
                     "heden' = 83 + Coördinator Buurtteams, Stichting Welzijn Gorssel 'april 2013 – december 2018' "
                     "= 69 -> 152 (buurtwerker not leading); Bachelor MWD diploma; in loondienst, no ZZP word; two "
                     "referees. EUR 80 (a wrong pass would rank 1)."))
