# -*- coding: utf-8 -*-
"""Holdout round 61 for zeef: an ordinary night's inbox, fifth series. 8 fictional CVs (4 PDF, 4 DOCX) as they
arrive for the Heerde request from two detacheerders, each with a house style of its own, and from candidates who
send their CV directly:

  - Kompas Detachering Sociaal Domein B.V.: the whole CV is one borderless two-column table, the section heading
    in a narrow left cell, the content right; positions as "title" and "employer  ·  period" on one grey line; the
    agency in the page header and footer (two CVs);
  - Sterk in Welzijn Detachering: a one-column cover block (name, role, key data), then the body in two newspaper
    columns (Word "Kolommen"); positions with the period small and coloured above the title; the agency's footer
    with its phone and e-mail (two CVs);
  - candidates sending directly: a career grouped by employer (the employer as a ruled line, roles under it as
    "title (period)"); positions in a borderless table with the period in a right-hand column; headings in small
    capitals with a bottom border; positions on one line "period | title | employer".

Four are eligible: 100, 85, 85, 80. The two on 85 are ranked by rate: EUR 84 against no stated rate (the one
without a rate comes after). Not eligible, each for an ordinary reason: one named referee only; a Bachelor Social
Work still running (MBO diploma); a zzp'er (review: the one ambiguous CV); a teamleider at a housing corporation
with only 30 months at a gemeente.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation,
agency, company, KvK number, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations; real hogescholen appear as schools. See tests/holdout2/src/cvset.py for
the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)

# ------------------------------------------------------------------ Kompas Detachering: left-hand headings
KP_HEADER = "KOMPAS Detachering Sociaal Domein  —  Kandidaatvoorstel inhuuropdracht Coördinator welzijn, gemeente Heerde"
KP_FOOTER = "Kompas Detachering Sociaal Domein B.V.  |  Stationsweg 14, 8011 CZ Zwolle  |  038-4217700"
KP_EMPLOYED = "In vaste dienst bij Kompas Detachering Sociaal Domein B.V.; inzet op basis van detachering."

# ------------------------------------------------------------------ Sterk in Welzijn: newspaper columns
SW_FOOTER = "Sterk in Welzijn Detachering  ·  Apeldoorn  ·  055-7601230  ·  planning@sterkinwelzijn.example.nl"


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Ilse Brinkman (pdf) Kompas house style
IB6 = ("Voorbeeld beleid naar resultaat: het beleidskader 'Epe zorgt voor elkaar' (2020) heb ik samen met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met drie concrete projecten: een ontmoetingsplek in elke "
       "kern, een mantelzorgpunt en een vast spreekuur welzijn op recept. Resultaat eind 2022: 410 inwoners "
       "bereikt, 45 nieuwe vrijwilligers en een evaluatie die de raad heeft besproken.")
IB7 = ("Werkt dagelijks met samenwerkingspartners in welzijn en zorg: zorgaanbieders in de thuiszorg, de "
       "huisartsen, de patiëntenvereniging en zorgverzekeraar Zilveren Kruis; namens de gemeente lid van de "
       "stuurgroep van de publiek-private samenwerking (PPS) 'Langer thuis in Epe'.")
IB8 = ("Projectleider van de implementatie van DA Systems in het cluster welzijn (2023) en trekker van het "
       "verandertraject 'Eén loket welzijn', met plan van aanpak, mijlpalen en evaluatie.")
ib = [pos("jun. 2018 – heden", "Coördinator Welzijn", "Gemeente Epe",
          ["Coördinatie van het cluster welzijn: 11 medewerkers (ouderenadviseurs, opbouwwerkers, "
           "mantelzorgconsulenten); werkverdeling, urenverdeling en werkoverleg.",
           "Toezicht op formatie, instroom en werving & selectie, in afstemming met HR en de afdelingsmanager.",
           "Bewaakt het welzijnsbudget (€ 1,2 miljoen) en rapporteert per kwartaal.", IB6, IB7, IB8],
          ("2018-06", REF), 90, True),
      pos("sep. 2013 – mei 2018", "Teamleider Ouderen en Mantelzorg", "Stichting Welzijn De Noorderheide",
          ["Leiding aan acht ouderenadviseurs en mantelzorgconsulenten en 60 vrijwilligers.",
           "Opzet van de mantelzorgwaardering en de jaarlijkse dag van de mantelzorg."],
          ("2013-09", "2018-05"), 57, True),
      pos("jan. 2009 – aug. 2013", "Ouderenconsulent", "Stichting Welzijn De Noorderheide",
          ["Huisbezoeken bij ouderen; advies over wonen, welzijn en zorg."],
          ("2009-01", "2013-08"), 56, False)]
IB_RATE = "€ 87,50 per uur (excl. btw)"
cv(file="Ilse Brinkman.pdf", fmt="pdf", layout="header", header=KP_HEADER, footer=KP_FOOTER,
   name="Ilse Brinkman", email="ilse.brinkman@example.nl", phone="06-52731946", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Karin Mulderij", "Ton van Essen"],
   must_have=[KP_EMPLOYED, "038-4217700"],
   body=[("title", "Ilse Brinkman"),
         ("lefthead", [
             ("Personalia", [("p", "Woonplaats: Vaassen"), ("p", "Telefoon: 06-52731946"),
                             ("p", "E-mail: ilse.brinkman@example.nl"),
                             ("p", "Beschikbaar: per 1 januari 2026, 24 uur per week (ma, di, do)"),
                             ("p", "Tarief: " + IB_RATE), ("p", "Contractvorm: " + KP_EMPLOYED)]),
             ("Profiel", [("p", "Ilse is een warme en daadkrachtige coördinator die beleid en uitvoering bij elkaar "
                                "brengt. Zij werkt ruim twaalf jaar leidinggevend in het welzijnswerk, eerst bij een "
                                "welzijnsstichting en sinds 2018 bij de gemeente Epe. Ze kent de Veluwse dorpen, "
                                "houdt van heldere afspraken en geeft haar team ruimte om eigenaar te zijn.")]),
             ("Kwaliteiten", [("bl", ["Verbindend en coachend", "Besluitvaardig, ook als het schuurt",
                                      "Sterk in structuur en planning", "Oog voor inwoners en bestuur"])]),
             ("Werkervaring", [("kpos", ib)]),
             ("Opleiding", [("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2004 – 2008 — diploma "
                                  "behaald"),
                            ("p", "Havo, Veluws College, Apeldoorn, 1998 – 2003 — diploma")]),
             ("Cursussen", [("bl", ["Oplossingsgericht leidinggeven (2021)", "Werken met DA Systems, key-user (2023)",
                                    "Methodisch werken met de Wmo (2015)"])]),
             ("Hobby's", [("p", "Wandelen op de Veluwe, pianospelen en vrijwilliger bij de kledingbank in "
                                "Vaassen.")]),
             ("Referenties", [("p", "Karin Mulderij, afdelingsmanager Samenleving, gemeente Epe, 06-52731947"),
                              ("p", "Ton van Essen, directeur, Stichting Welzijn De Noorderheide, 06-52731948")]),
         ])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100). Kompas house style: headings in the left cell of a borderless "
                     "table, positions as 'title' / 'employer · period'. Coördinator Welzijn, Gemeente Epe "
                     "'jun. 2018 – heden' = 2018-06..2025-11 = 90 + Teamleider Ouderen en Mantelzorg, Stichting "
                     "Welzijn De Noorderheide 'sep. 2013 – mei 2018' = 57 -> 147 (ouderenconsulent not leading). "
                     "Bachelor Social Work 'diploma behaald' -> hbo, mwd. Employed by the agency -> no zzp. Two "
                     "referees with a phone. The agency's phone in the footer is not hers. Criteria 6 (an example "
                     "of policy turned into projects and results), 7 (zorgaanbieders, huisartsen, patiënten, "
                     "zorgverzekeraar, PPS), 8 (projectleider, verandertraject) in the Epe position. EUR 87,50."))

# ------------------------------------------------------------------------- Frank Hoogendoorn (docx) Kompas house style
FH6 = ("Voorbeeld van beleid naar uitvoering: de nieuwe beleidsnota sociaal domein (2021) heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten, waaronder één toegang voor Wmo en jeugd; resultaat: de "
       "doorlooptijd van een aanvraag daalde van acht naar vier weken.")
FH7 = ("Maakt afspraken met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis en overlegt met de "
       "cliëntenraad; betrokken bij de publiek-private samenwerking (PPS) 'Oldebroek Vitaal'.")
FH8 = ("Projectleider van de reorganisatie van de toegang (2021 – 2022): van drie loketten naar één sociaal team, "
       "met projectplan, stuurgroep en evaluatie.")
fh = [pos("mrt. 2020 – heden", "Teamleider Sociaal Domein", "Gemeente Oldebroek",
          ["Leiding aan 16 consulenten Wmo, jeugd en participatie; werkverdeling en coaching.",
           "Verantwoordelijk voor formatie, werving en selectie en het teambudget.", FH6, FH7, FH8],
          ("2020-03", REF), 69, True),
      pos("okt. 2017 – feb. 2020", "Coördinator Jeugd en Gezin", "Gemeente Harderwijk",
          ["Coördinatie van het jeugd- en gezinsteam (9 medewerkers); casuïstiekoverleg met scholen."],
          ("2017-10", "2020-02"), 29, True),
      pos("jan. 2012 – sep. 2017", "Beleidsmedewerker Wmo", "Gemeente Harderwijk",
          ["Voorbereiding van de Wmo 2015 en de verordening; raadsvoorstellen en rapportages."],
          ("2012-01", "2017-09"), 69, False)]
FH_RATE = "Uurtarief: € 84,00 excl. btw"
cv(file="Frank Hoogendoorn.docx", fmt="docx", layout="header", header=KP_HEADER, footer=KP_FOOTER,
   name="Frank Hoogendoorn", email="f.hoogendoorn@example.com", phone="06-30418825", rate=FH_RATE,
   exp=fh, crit_text={"6": FH6, "7": FH7, "8": FH8}, refs=["Esther Bosch", "Wim Prins"],
   must_have=[KP_EMPLOYED],
   body=[("title", "Frank Hoogendoorn"),
         ("lefthead", [
             ("Personalia", [("p", "Woonplaats: Wezep"), ("p", "Telefoon: 06-30418825"),
                             ("p", "E-mail: f.hoogendoorn@example.com"),
                             ("p", "Beschikbaar: per 1 januari 2026, 24 uur"), ("p", FH_RATE),
                             ("p", "Contractvorm: " + KP_EMPLOYED)]),
             ("Profiel", [("p", "Frank is een rustige, analytische teamleider die weet hoe een gemeente werkt. "
                                "Hij begon als beleidsmedewerker en stapte over naar de uitvoering, omdat hij het "
                                "verschil wil maken waar inwoners het merken. Hij stuurt op afspraken, is "
                                "benaderbaar en neemt besluiten als dat nodig is.")]),
             ("Werkervaring", [("kpos", fh)]),
             ("Opleiding", [("p", "Bachelor Bestuurskunde / Overheidsmanagement, Saxion Hogeschool, Deventer, "
                                  "2007 – 2011 — diploma behaald")]),
             ("Cursussen", [("bl", ["Leiding geven aan professionals (2019)", "Lean in de publieke sector (2016)"])]),
             ("Hobby's", [("p", "Zeilen op het Veluwemeer, koken en voorzitter van de tennisclub in Wezep.")]),
             ("Referenties", [("p", "Esther Bosch, afdelingshoofd Samenleving, gemeente Oldebroek, 06-30418826"),
                              ("p", "Wim Prins, manager Maatschappelijke Ontwikkeling, gemeente Harderwijk, "
                                    "06-30418827")]),
         ])],
   expect=dict(pages=2, edu=("hbo", True, False), coord=98, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2 (85, EUR 84; Anouk Verhoef also 85 but without a rate). Kompas house "
                     "style. Teamleider Sociaal Domein, Gemeente Oldebroek 'mrt. 2020 – heden' = 69 + "
                     "Coördinator Jeugd en Gezin, Gemeente Harderwijk 'okt. 2017 – feb. 2020' = 29 -> 98 "
                     "(beleidsmedewerker not leading). Bachelor Bestuurskunde, diploma -> hbo, not MWD -> "
                     "criterion 4 = 0."))

# ------------------------------------------------------------------------- Nadia El Idrissi (docx) Sterk in Welzijn
NE6 = ("Voorbeeld beleid naar resultaat: het Apeldoornse beleidsplan 'Wijkgericht werken' heb ik in 2021 met het "
       "team vertaald naar een jaarwerkplan met drie concrete projecten per wijk; resultaat in 2023: 25 % minder "
       "doorverwijzingen naar specialistische hulp en vaste wijkspreekuren in vijf wijken.")
NE8 = ("Projectleider van de herinrichting van het sociaal wijkteam Zuid (2022): veranderopgave met nieuwe rollen, "
       "een nieuwe werkwijze en de invoering van DA Systems.")
ne = [pos("april 2019 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Apeldoorn",
          ["Coördineert het sociaal wijkteam Zuid (14 medewerkers: Wmo, jeugd, schulden, welzijn).",
           "Verdeelt uren en casussen, bewaakt de kwaliteit en voert de jaargesprekken.",
           "Beheert het teambudget en rapporteert per kwartaal aan de manager.", NE6, NE8],
          ("2019-04", REF), 80, True),
      pos("maart 2016 – maart 2019", "Teamleider Welzijn", "Stichting Welzijn De Veluwse Poort",
          ["Leiding aan het team opbouwwerk en jongerenwerk (10 medewerkers) en de vrijwilligers.",
           "Jaarplan, begroting en verantwoording aan de gemeente."],
          ("2016-03", "2019-03"), 37, True),
      pos("september 2010 – februari 2016", "Maatschappelijk werker", "Stichting Welzijn De Veluwse Poort",
          ["Hulp aan gezinnen en volwassenen; groepstrainingen voor ouders."],
          ("2010-09", "2016-02"), 66, False)]
NE_RATE = "€ 79,50 per uur, exclusief btw"
cv(file="Nadia El Idrissi.docx", fmt="docx", layout="single", footer=SW_FOOTER,
   name="Nadia El Idrissi", email="nadia.elidrissi@example.nl", phone="06-71829304", rate=NE_RATE,
   exp=ne, crit_text={"6": NE6, "8": NE8}, refs=["Loes Hendriksen", "Ahmed Bouzid"],
   body=[("title", "Nadia El Idrissi"),
         ("p", "Coördinator sociaal wijkteam  —  voorgesteld door Sterk in Welzijn Detachering"),
         ("p", "Telefoon 06-71829304  ·  nadia.elidrissi@example.nl  ·  Apeldoorn"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week. Tarief: " + NE_RATE + ". Nadia is in "
               "loondienst bij Sterk in Welzijn."),
         ("cols", 2),
         ("h", "Profiel"),
         ("p", "Nadia is een energieke coördinator met een scherp oog voor wat inwoners nodig hebben. Ze groeide "
               "op in Apeldoorn-Zuid en kent de wijken. Ze brengt rust en structuur in een team, viert successen en "
               "spreekt collega's aan als afspraken niet worden nagekomen."),
         ("h", "Werkervaring"),
         ("scpos", ne),
         ("h", "Opleiding"),
         ("p", "Hbo Maatschappelijk Werk en Dienstverlening, Hogeschool Utrecht, 2006 – 2010 (diploma)"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2020)", "Meldcode huiselijk geweld en kindermishandeling (2018)",
                 "Motiverende gespreksvoering (2012)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Arabisch (goed), Engels (goed)"),
         ("h", "Hobby's"),
         ("p", "Hardlopen, lezen en koken met vriendinnen."),
         ("h", "Referenties"),
         ("p", "Loes Hendriksen, manager Sociale Wijkteams, gemeente Apeldoorn, 06-71829305"),
         ("p", "Ahmed Bouzid, directeur, Stichting Welzijn De Veluwse Poort, 06-71829306")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=79.5,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 4 (80, EUR 79,50). Sterk in Welzijn house style: a cover block, then two "
                     "newspaper columns; the period small and coloured above the title. Coördinator Sociaal "
                     "Wijkteam, Gemeente Apeldoorn 'april 2019 – heden' = 80 + Teamleider Welzijn, Stichting "
                     "Welzijn De Veluwse Poort 'maart 2016 – maart 2019' = 37 -> 117. Hbo MWD '(diploma)' -> mwd. "
                     "No partners in welfare and care named anywhere (no zorgaanbieders, huisartsen, verzekeraar, "
                     "PPS) -> criterion 7 = 0. The agency's e-mail and phone in the footer are not hers."))

# ------------------------------------------------------------------------- Anouk Verhoef (pdf) direct, grouped by employer
AV6 = ("Voorbeeld beleid naar resultaat: het uitvoeringsprogramma bij de beleidsnota 'Samen Nunspeet' (2022) heb "
       "ik vertaald naar concrete projecten in het jaarwerkplan 2023; resultaat: een steunpunt mantelzorg in "
       "Hulshorst en Vierhouten en 30 % meer vroegtijdige meldingen van schulden.")
AV7 = ("Korte lijnen met zorgaanbieders, huisartsen en de praktijkondersteuners, de zorgverzekeraar en de "
       "cliëntenraad; namens de gemeente deelnemer aan de publiek-private samenwerking (PPS) 'Zorg dichtbij "
       "Nunspeet'.")
AV8 = ("Trekker van de transitie van het Wmo-loket naar het sociaal team (2020 – 2021) en projectleider van het "
       "veranderproject 'Eén gezin, één plan'.")
av = [pos("jan. 2021 – heden", "Teamleider Sociaal Team", "Gemeente Nunspeet",
          ["Leiding aan 13 medewerkers (Wmo, jeugd, welzijn); werkverdeling, coaching en jaargesprekken.",
           "Bewaakt het budget en de formatie van het team.", AV6, AV7],
          ("2021-01", REF), 59, True),
      pos("sep. 2017 – dec. 2020", "Coördinator Wmo-loket", "Gemeente Nunspeet",
          ["Coördinatie van het Wmo-loket en de vrijwillige ouderenadviseurs.", AV8],
          ("2017-09", "2020-12"), 40, True),
      pos("mrt. 2014 – aug. 2017", "Consulent Wmo", "Gemeente Nunspeet",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden."],
          ("2014-03", "2017-08"), 42, False),
      pos("aug. 2008 – feb. 2014", "Opbouwwerker", "Stichting Welzijn Zuiderzeekust",
          ["Bewonersinitiatieven in Elburg en Nunspeet; buurtkamers en de burenhulpcentrale."],
          ("2008-08", "2014-02"), 67, False)]
cv(file="Anouk Verhoef.pdf", fmt="pdf", layout="single",
   name="Anouk Verhoef", email="anouk.verhoef@example.com", phone="06-28374651", rate=None,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Gerda Schuiling", "Peter Lamberts"],
   body=[("title", "Anouk Verhoef"),
         ("p", "Nunspeet  ·  06-28374651  ·  anouk.verhoef@example.com  ·  geboren 1984"),
         ("h", "Over mij"),
         ("p", "Ik ben teamleider van het sociaal team in Nunspeet en ben op zoek naar een nieuwe uitdaging in de "
               "regio. Ik werk al zeventien jaar in het sociaal domein: als opbouwwerker, als consulent en de "
               "laatste acht jaar leidinggevend. Ik houd van teams die zelf verantwoordelijkheid nemen en zorg "
               "voor duidelijke kaders, zodat zij dat ook kunnen."),
         ("h", "Werkervaring"),
         ("empgroup", "Gemeente Nunspeet", "Nunspeet", av[:3]),
         ("empgroup", "Stichting Welzijn Zuiderzeekust", "Elburg", av[3:]),
         ("h", "Opleiding"),
         ("p", "Hbo Sociaal Pedagogische Hulpverlening (SPH), Hogeschool Windesheim, Zwolle, 2004 – 2008; diploma "
               "behaald"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Teamcoaching (2022)", "Prince2 Foundation (2019)", "Gespreksvoering aan de keukentafel (2014)"]),
         ("h", "Nevenactiviteiten"),
         ("p", "Bestuurslid van de ouderraad van basisschool De Wegwijzer (sinds 2019)."),
         ("h", "Hobby's"),
         ("p", "Paardrijden, fotografie en wandelen met de hond."),
         ("h", "Referenties"),
         ("p", "Gerda Schuiling, manager Samenleving, gemeente Nunspeet, 06-28374652"),
         ("p", "Peter Lamberts, directeur, Stichting Welzijn Zuiderzeekust, 06-28374653")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=99, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85 without a stated rate: after Frank Hoogendoorn's 85 at EUR 84), "
                     "shortlisted. Sent directly; the career grouped by employer, each role 'title (period)'. "
                     "Teamleider Sociaal Team 'jan. 2021 – heden' = 59 + Coördinator Wmo-loket 'sep. 2017 – dec. "
                     "2020' = 40, both Gemeente Nunspeet -> 99; consulent and opbouwwerker not leading. Hbo SPH, "
                     "diploma -> hbo, not MWD or Social Work -> criterion 4 = 0. No rate."))

# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Wouter Klaassen (pdf) Sterk in Welzijn, 1 referee
WK6 = ("Voorbeeld beleid naar resultaat: de welzijnsopdracht van de gemeenten Ermelo en Putten (2019) heb ik "
       "vertaald naar een jaarwerkplan met vijf concrete projecten; resultaat: 120 nieuwe vrijwilligers en een "
       "ontmoetingsplek in elke wijk.")
WK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden, zorgverzekeraar Menzis en de "
       "partners in de publiek-private samenwerking (PPS) 'Putten Vitaal'.")
WK8 = "Projectleider van de fusie van twee welzijnsorganisaties (2017 – 2018), een verandertraject voor 40 medewerkers."
wk = [pos("januari 2017 – heden", "Manager Welzijn", "Stichting Welzijn Ermelo en Putten",
          ["Leiding aan 35 medewerkers en 400 vrijwilligers; budget € 3 miljoen.", WK6, WK7, WK8],
          ("2017-01", REF), 107, True),
      pos("augustus 2011 – december 2016", "Teamleider Jeugd", "Gemeente Nijkerk",
          ["Leiding aan het jeugdteam (8 medewerkers); inrichting van de jeugdhulp na 2015."],
          ("2011-08", "2016-12"), 65, True),
      pos("september 2005 – juli 2011", "Jongerenwerker", "Stichting Welzijn Ermelo en Putten",
          ["Ambulant jongerenwerk en het jongerencentrum in Putten."],
          ("2005-09", "2011-07"), 71, False)]
WK_RATE = "€ 91,00 per uur excl. btw"
cv(file="Wouter Klaassen.pdf", fmt="pdf", layout="single", footer=SW_FOOTER,
   name="Wouter Klaassen", email="wouter.klaassen@example.com", phone="06-44109287", rate=WK_RATE,
   exp=wk, crit_text={"6": WK6, "7": WK7, "8": WK8}, refs=["Marjan Pots"],
   body=[("title", "Wouter Klaassen"),
         ("p", "Manager welzijn  —  voorgesteld door Sterk in Welzijn Detachering"),
         ("p", "Telefoon 06-44109287  ·  wouter.klaassen@example.com  ·  Putten"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week. Tarief: " + WK_RATE + ". Wouter is in "
               "loondienst bij Sterk in Welzijn."),
         ("cols", 2),
         ("h", "Profiel"),
         ("p", "Wouter is een ervaren manager met een groot netwerk op de Noord-Veluwe. Hij combineert zakelijkheid "
               "met betrokkenheid, houdt van korte lijnen en durft te kiezen. Medewerkers waarderen zijn humor en "
               "zijn duidelijkheid."),
         ("h", "Werkervaring"),
         ("scpos", wk),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2001 – 2005, diploma "
               "behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan verandering (2018)", "Financieel management voor non-profit (2016)"]),
         ("h", "Hobby's"),
         ("p", "Voetbaltrainer bij de jeugd, klussen en mountainbiken."),
         ("h", "Referentie"),
         ("p", "Marjan Pots, voorzitter raad van toezicht, Stichting Welzijn Ermelo en Putten, 06-44109288")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=172, refs=(1, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="NOT ELIGIBLE: references (1 of the 2 required; nothing offered on request -> fail, not "
                     "review). Sterk in Welzijn house style (two newspaper columns). Otherwise full marks: Manager "
                     "Welzijn, Stichting Welzijn Ermelo en Putten 'januari 2017 – heden' = 107 + Teamleider Jeugd, "
                     "Gemeente Nijkerk 'augustus 2011 – december 2016' = 65 -> 172; Bachelor MWD diploma. The "
                     "agency's footer (phone, e-mail) is no referee."))

# ------------------------------------------------------------------------- Bert Lubbers (docx) direct, periods right
BL6 = ("Voorbeeld beleid naar resultaat: het ouderenbeleid 'Goed oud worden in Raalte' (2020) heb ik vertaald naar "
       "vier concrete projecten in ons jaarplan; resultaat: 14 huiskamers in de kernen en 35 % minder eenzame "
       "ouderen in de gezondheidsmonitor van 2024.")
BL7 = ("Samenwerking met zorgaanbieders in de thuiszorg, huisartsen, zorgverzekeraar Salland en de partners in de "
       "publiek-private samenwerking (PPS) 'Langer thuis in Salland'.")
BL8 = "Projectleider van het project 'Huiskamers in de kernen' (2021 – 2023), van plan tot evaluatie."
bl = [pos("01-2015 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Salland-Midden",
          ["Coördinatie van het ouderenwerk: zes ouderenadviseurs en 150 vrijwilligers.",
           "Planning, urenverdeling en budget; rapportage aan de directeur.", BL6, BL7, BL8],
          ("2015-01", REF), 131, True),
      pos("03-2008 – 12-2014", "Ouderenwerker", "Stichting Welzijn Salland-Midden",
          ["Huisbezoeken, activiteiten en de maaltijdservice."],
          ("2008-03", "2014-12"), 82, False)]
BL_RATE = "Mijn tarief: € 74 per uur excl. btw"
cv(file="Bert Lubbers.docx", fmt="docx", layout="single",
   name="Bert Lubbers", email="bert.lubbers@example.nl", phone="0572-381946", rate=BL_RATE,
   exp=bl, crit_text={"6": BL6, "7": BL7, "8": BL8}, refs=["Jolanda Brinks", "Henk Wessels"],
   must_have=["afstuderen verwacht in juni 2026"],
   body=[("title", "Curriculum vitae — Bert Lubbers"),
         ("table", ["Adres", "Telefoon", "E-mail"], [["Raalte", "0572-381946", "bert.lubbers@example.nl"]]),
         ("h", "Profiel"),
         ("p", "Al tien jaar coördineer ik het ouderenwerk in Raalte. Ik ben een doener en een verbinder, ken de "
               "dorpen en de mensen, en werk graag met vrijwilligers. Naast mijn werk rond ik mijn hbo-opleiding "
               "af."),
         ("h", "Werkervaring"),
         ("rdates", bl),
         ("h", "Opleidingen"),
         ("p", "Bachelor Social Work (deeltijd), Saxion, Deventer, 2022 – heden; afstuderen verwacht in juni 2026"),
         ("p", "MBO Maatschappelijke Zorg niveau 4, Deltion College, Zwolle, 1999 – 2002; diploma"),
         ("h", "Cursussen"),
         ("bl", ["Omgaan met dementie (2019)", "Vrijwilligersmanagement (2016)"]),
         ("h", "Hobby's"),
         ("p", "Zingen in het mannenkoor, fietsen en de moestuin."),
         ("h", "Referenties"),
         ("p", "Jolanda Brinks, directeur Stichting Welzijn Salland-Midden, 06-38194620"),
         ("p", "Henk Wessels, beleidsadviseur ouderen, gemeente Raalte, 06-38194621"),
         ("p", BL_RATE)],
   expect=dict(pages=1, edu=("mbo", False, False), coord=131, refs=(2, False), zzp=False, hourly=74.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Bachelor Social Work (deeltijd), Saxion, 2022 – heden; "
                     "afstuderen verwacht in juni 2026' is still running -> not completed; the completed diploma "
                     "is MBO Maatschappelijke Zorg niveau 4 -> highest level mbo, no bachelor, not MWD (criterion "
                     "4 = 0). Positions in a borderless table with the period right-aligned in a column of its "
                     "own: Coördinator Welzijn Ouderen, Stichting Welzijn Salland-Midden '01-2015 – heden' = 131."))

# ------------------------------------------------------------------------- Sophie Dijkhuis (pdf) direct, zzp -> review
SD6 = ("Voorbeeld beleid naar resultaat: in Brummen heb ik de welzijnsvisie 2023 vertaald naar een jaarwerkplan "
       "met vier concrete projecten; resultaat na een jaar: een ontmoetingscentrum in Eerbeek en een wachttijd "
       "van twee in plaats van zes weken bij het sociaal team.")
SD7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "de partners van de publiek-private samenwerking (PPS) 'Gezond Voorst'.")
SD8 = ("Projectleider van de reorganisatie van het sociaal team Voorst (2019) en kwartiermaker van het "
       "verandertraject welzijn in Brummen.")
sd = [pos("jan. 2023 – heden", "Interim coördinator Welzijn", "Gemeente Brummen",
          ["Opdracht via mijn eigen onderneming: coördinatie van het cluster welzijn (9 medewerkers).", SD6],
          ("2023-01", REF), 35, True),
      pos("mei 2016 – dec. 2022", "Teamleider Sociaal Team", "Gemeente Voorst",
          ["Leiding aan 15 medewerkers Wmo, jeugd en schulden.", SD7, SD8],
          ("2016-05", "2022-12"), 80, True),
      pos("sep. 2008 – apr. 2016", "Consulent Jeugd", "Gemeente Deventer",
          ["Toegang jeugdhulp; gesprekken met ouders en scholen."],
          ("2008-09", "2016-04"), 92, False)]
SD_RATE = "€ 95,00 per uur excl. btw"
SD_ZZP = ("Sinds januari 2023 werk ik als zelfstandig professional vanuit mijn eigen onderneming, Dijkhuis "
          "Sociaal Advies (KvK 80123456).")
cv(file="Sophie Dijkhuis.pdf", fmt="pdf", layout="single",
   name="Sophie Dijkhuis", email="sophie@dijkhuis-advies.example.nl", phone="06-19384756", rate=SD_RATE,
   exp=sd, crit_text={"6": SD6, "7": SD7, "8": SD8}, refs=["Marloes Geerdink", "Johan ter Beek"],
   must_have=[SD_ZZP],
   body=[("title", "Sophie Dijkhuis"),
         ("p", "Twello  |  06-19384756  |  sophie@dijkhuis-advies.example.nl"),
         ("ruleh", "Profiel"),
         ("p", "Ik ben een coördinator die teams in beweging brengt en zorgt dat het welzijnswerk zichtbaar wordt "
               "in de gemeente. " + SD_ZZP + " Daarvoor was ik ruim zes jaar teamleider van het sociaal team in "
               "Voorst."),
         ("ruleh", "Werkervaring"),
         ("pos", "datebold", sd),
         ("ruleh", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2003 – 2007 — diploma behaald"),
         ("ruleh", "Cursussen"),
         ("bl", ["Systemisch werken (2020)", "Leiderschap in het sociaal domein (2017)"]),
         ("ruleh", "Tarief en beschikbaarheid"),
         ("p", SD_RATE + "; beschikbaar per 1 januari 2026, 24 uur per week."),
         ("ruleh", "Hobby's"),
         ("p", "Tuinieren, yoga en lezen."),
         ("ruleh", "Referenties"),
         ("p", "Marloes Geerdink, manager Sociaal Domein, gemeente Brummen, 06-19384757"),
         ("p", "Johan ter Beek, afdelingshoofd Samenleving, gemeente Voorst, 06-19384758")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=115, refs=(2, False), zzp=True, hourly=95.0,
               crit=FULL,
               notes="REVIEW: knock-out 1. 'Sinds januari 2023 werk ik als zelfstandig professional vanuit mijn "
                     "eigen onderneming, Dijkhuis Sociaal Advies (KvK 80123456)' and the Brummen assignment 'via "
                     "mijn eigen onderneming' -> ZZP indication -> review (the request excludes ZZP'ers; a person "
                     "decides). Headings in small capitals with a bottom border. Otherwise full marks: Interim "
                     "coördinator Welzijn, Gemeente Brummen 'jan. 2023 – heden' = 35 + Teamleider Sociaal Team, "
                     "Gemeente Voorst 'mei 2016 – dec. 2022' = 80 -> 115 (80 without the assignment: ko 3 and "
                     "criterion 5 do not depend on it); Bachelor MWD diploma; EUR 95."))

# ------------------------------------------------------------------------- Hanneke Rouwenhorst (docx) housing corporation
HR6 = ("Voorbeeld beleid naar resultaat: het leefbaarheidsbeleid van Veluwonen en de gemeente Ede (2021) heb ik "
       "vertaald naar een jaarplan met drie concrete projecten; resultaat: 40 % minder burenoverlastmeldingen in "
       "Ede-Veldhuizen.")
HR7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden, de wijkagent en de gemeente; "
       "deelnemer aan de publiek-private samenwerking (PPS) 'Veilig wonen in Ede'.")
HR8 = "Projectleider van het verandertraject 'Wijkbeheer nieuwe stijl' (2020 – 2022)."
hr = [pos("mrt. 2019 – heden", "Teamleider Leefbaarheid", "Woonstichting Veluwonen",
          ["Leiding aan tien wijkconsulenten van de woningcorporatie (4.200 huurwoningen).",
           "Aanpak van overlast, vervuiling en verwarde huurders.", HR6, HR7, HR8],
          ("2019-03", REF), 81, False),
      pos("sep. 2015 – feb. 2019", "Coördinator Wijkteam", "Gemeente Ede",
          ["Coördinatie van het wijkteam Veldhuizen (8 medewerkers)."],
          ("2015-09", "2019-02"), 42, True),
      pos("jan. 2011 – aug. 2015", "Wijkcoach", "Gemeente Ede",
          ["Ondersteuning van inwoners bij vragen over wonen, zorg en inkomen."],
          ("2011-01", "2015-08"), 56, False)]
HR_RATE = "82 euro per uur excl. btw"
cv(file="Hanneke Rouwenhorst.docx", fmt="docx", layout="single",
   name="Hanneke Rouwenhorst", email="h.rouwenhorst@example.com", phone="06-47201938", rate=HR_RATE,
   exp=hr, crit_text={"6": HR6, "7": HR7, "8": HR8}, refs=["Sandra Kok", "Bas Hermsen"],
   body=[("title", "Hanneke Rouwenhorst"),
         ("p", "Ede  ·  06-47201938  ·  h.rouwenhorst@example.com"),
         ("h", "Profiel"),
         ("p", "Ik ben een praktische teamleider met hart voor de wijk. Bij de woningcorporatie en daarvoor bij "
               "de gemeente Ede werk ik op het snijvlak van wonen, zorg en welzijn. Ik zoek nu een rol in het "
               "welzijnsdomein van een gemeente."),
         ("h", "Loopbaan"),
         ("oneline", hr),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2006 – 2010, "
               "diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Omgaan met verward gedrag (2021)", "Mediation in de wijk (2017)"]),
         ("h", "Tarief"),
         ("p", HR_RATE),
         ("h", "Hobby's"),
         ("p", "Roeien, tekenen en koken."),
         ("h", "Referenties"),
         ("p", "Sandra Kok, manager Wonen, Woonstichting Veluwonen, 06-47201939"),
         ("p", "Bas Hermsen, teammanager Wijkteams, gemeente Ede, 06-47201940")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=42, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Only Coördinator Wijkteam, Gemeente Ede 'sep. 2015 – feb. "
                     "2019' = 42 counts. Teamleider Leefbaarheid at Woonstichting Veluwonen '(woningcorporatie, "
                     "4.200 huurwoningen)' (81): a housing corporation, not a gemeente or welfare foundation, "
                     "although a 'stichting' -> not relevant; wijkcoach not leading. 42 < 60 -> fail; criterion "
                     "5 = 0. Positions as one line 'period | title | employer'. Bachelor MWD diploma."))
