# -*- coding: utf-8 -*-
"""Holdout round 65 for zeef: must not fail, third series (after rounds 40 and 50). 8 fictional CVs (4 PDF,
4 DOCX) for the Heerde request, in ordinary clean layouts. Six candidates are eligible -- they pass every check
and knock-out -- but each CV words one decisive thing in a way that earlier rounds did not use and that a rigid
screener could read as a fail:

  - Thijs Oudeman: both leading roles dated as full numeric dates with days and "t/m" ("01-03-2016 t/m
    31-05-2021", "01-06-2021 t/m heden"); the referees inside one sentence that begins "Referenties kunnen
    worden opgevraagd bij ..." (named, with phones: not references on request);
  - Marloes Kampman: the degree only as "Social Work (B SW), deeltijd — Saxion, Deventer, 2016 – 2020" and the
    completion in a sentence of its own ("Afgestudeerd in juni 2020."): no "hbo", "bachelor" or "diploma" -- the
    only "diploma" is on her MBO line; her current and decisive role is "Operationeel manager Welzijn";
  - Jeroen Haverkamp: the employer of his only leading role printed as an abbreviation, "SWVR, Harderwijk",
    explained once in the profile: "SWVR (Stichting Welzijn Veluwerand), de welzijnsstichting voor Ermelo en
    Harderwijk";
  - Ilona Bruins: informal headings ("Wat ik doe", "Waar ik werkte", "Wat ik leerde", "Wie je kunt bellen") and
    her rate inside a sentence right after "24 uur per week" ("... voor 24 uur per week, tegen een uurtarief van
    € 86,50 exclusief btw"): tied at 85 with Jeroen (EUR 84), she ranks 4th; read as 24 she would take his
    shortlist place;
  - Sanne Veldhuis: her decisive role spelled "Team leider Sociaal Wijkteam" (two words, as many CVs do);
  - Fenna Huisman: exactly 5 pages (the maximum, so a pass), the last two pages "Bijlage 1" (the policy example)
    and "Bijlage 2" (the referees); her only leading role is "Teamleider Voorliggend Veld" at a gemeente, the
    domain only in the words "voorliggend veld" and in the tasks (welzijnswerk, mantelzorg, vrijwilligers).

Two controls fail for a plain reason: 50 months as coordinator (knock-out 3) and an MBO diploma only
(knock-out 2).

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation, phone
number, e-mail address and reference here is made up. Employers are real municipalities and fictional
foundations; real hogescholen appear as schools. See tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Thijs Oudeman (pdf) numeric day dates
TO6 = ("Voorbeeld van beleid naar resultaat: de Hattemse nota 'Samen redzaam' (2022) heb ik met twee "
       "beleidsadviseurs omgezet in een jaarwerkplan met vier concrete projecten, waaronder een inloop voor "
       "mantelzorgers en een vast welzijnsspreekuur in de bibliotheek; resultaat in 2024: 320 inwoners bereikt en "
       "30 % minder aanvragen voor individuele begeleiding.")
TO7 = ("Onderhoudt de contacten met de samenwerkingspartners: zorgaanbieders in thuiszorg en begeleiding, de "
       "huisartsen, de cliëntenraad en zorgverzekeraar Menzis; vertegenwoordigt de gemeente in de publiek-private "
       "samenwerking (PPS) 'Gezond Hattem'.")
TO8 = ("Projectleider van de reorganisatie van de toegang: het Wmo-loket en het jeugdteam samengevoegd tot één "
       "sociaal team, met projectplan, stuurgroep en evaluatie.")
TO_REFS = ("Referenties kunnen worden opgevraagd bij mijn huidige leidinggevende, Gerda Stoffelsen "
           "(afdelingsmanager Samenleving, gemeente Hattem, 06-21453870), en bij Wim Brouwer (teamleider Wmo bij "
           "de gemeente Elburg in mijn loketjaren, 06-21453871).")
to = [pos("01-06-2021 t/m heden", "Teamleider Sociaal Domein", "Gemeente Hattem",
          ["Leiding aan het sociaal team: 14 consulenten Wmo, jeugd en schulddienstverlening.",
           "Werkverdeling, urenverdeling en jaargesprekken; toezicht op formatie en werving, met HR.",
           "Bewaakt het teambudget en de financiële kaders; kwartaalrapportage aan de afdelingsmanager.",
           TO6, TO7, TO8],
          ("2021-06", REF), 54, True),
      pos("01-03-2016 t/m 31-05-2021", "Coördinator Wmo-loket", "Gemeente Elburg",
          ["Coördinatie van het Wmo-loket (7 consulenten en 2 administratief medewerkers).",
           "Dagelijkse planning, casuïstiekoverleg en kwaliteitsbewaking van de beschikkingen."],
          ("2016-03", "2021-05"), 63, True),
      pos("01-09-2009 t/m 29-02-2016", "Wmo-consulent", "Gemeente Elburg",
          ["Keukentafelgesprekken, indicaties voor hulp bij het huishouden en woningaanpassingen."],
          ("2009-09", "2016-02"), 78, False)]
TO_RATE = "€ 87,50 per uur excl. btw"
cv(file="Thijs Oudeman.pdf", fmt="pdf", layout="single",
   name="Thijs Oudeman", email="thijs.oudeman@example.nl", phone="06-21453869", rate=TO_RATE,
   exp=to, crit_text={"6": TO6, "7": TO7, "8": TO8}, refs=["Gerda Stoffelsen", "Wim Brouwer"],
   must_have=[TO_REFS],
   body=[("title", "Thijs Oudeman"),
         ("p", "Wezep  |  06-21453869  |  thijs.oudeman@example.nl"),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein met ruim negen jaar leidinggevende ervaring bij twee Veluwse "
               "gemeenten. Ik houd van een team dat zelf verantwoordelijkheid neemt, van heldere afspraken met "
               "opdrachtgevers en van werk dat inwoners echt verder helpt. Rustig, benaderbaar en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "datebold", to),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle, 2005 – 2009 — "
               "diploma behaald"),
         ("p", "Havo, Noordik, Almelo, 2000 – 2005 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Situationeel leidinggeven (2017)", "Werken met de Wmo en de Jeugdwet, verdieping (2019)",
                 "Financieel sturen in het sociaal domein (2022)"]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", TO_RATE + "; beschikbaar per 1 januari 2026, 24 uur per week. Ik word aangeboden via "
               "Veluwe Inzet Detachering, waar ik in loondienst ben."),
         ("h", "Hobby's"),
         ("p", "Hardlopen, koken voor vrienden en penningmeester van de muziekvereniging in Wezep."),
         ("h", "Referenties"),
         ("p", TO_REFS)],
   expect=dict(pages=2, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 87,50 against Marloes Kampman's EUR 89). Both leading roles are "
                     "dated as full numeric dates with days and 't/m': Teamleider Sociaal Domein, Gemeente Hattem "
                     "'01-06-2021 t/m heden' = 2021-06..2025-11 = 54 + Coördinator Wmo-loket, Gemeente Elburg "
                     "'01-03-2016 t/m 31-05-2021' = 2016-03..2021-05 = 63 -> adjoining, 117 (the days only name the "
                     "first and last day of whole months; Wmo-consulent '01-09-2009 t/m 29-02-2016' = 78 is not "
                     "leading). The Hattem role alone is 54 < 60: knock-out 3 needs the Elburg dates read. "
                     "References: one sentence 'Referenties kunnen worden opgevraagd bij mijn huidige "
                     "leidinggevende, Gerda Stoffelsen (…, 06-21453870), en bij Wim Brouwer (…, 06-21453871)' names "
                     "two referees with function and phone -> count 2, not 'on request' (nothing is withheld; "
                     "'opgevraagd bij' says whom to ask) -> pass. In loondienst at an agency -> no zzp. Bachelor "
                     "MWD diploma -> hbo, mwd. Criteria 6 (policy note -> jaarwerkplan with four projects -> "
                     "results), 7 (zorgaanbieders, huisartsen, cliëntenraad, zorgverzekeraar, PPS), 8 "
                     "(projectleider, reorganisatie) in the Hattem position."))

# ------------------------------------------------------------------------- Marloes Kampman (pdf) "B SW", "Afgestudeerd."
MK6 = ("Voorbeeld beleid naar resultaat: het gemeentelijke beleidskader 'Vitaal ouder worden in Raalte' (2020) heb "
       "ik vertaald naar een jaarwerkplan met drie concrete projecten: huiskamers in vijf kernen, een "
       "mantelzorgcafé en valpreventie thuis; resultaat eind 2023: 540 deelnemers, 70 nieuwe vrijwilligers en een "
       "evaluatie die de gemeenteraad heeft besproken.")
MK7 = ("Werkt samen met zorgaanbieders in thuiszorg en dagbesteding, de huisartsen en praktijkondersteuners, de "
       "patiëntenvereniging, zorgverzekeraar Zilveren Kruis en de partners van de publiek-private samenwerking "
       "(PPS) 'Langer thuis in Salland'.")
MK8 = ("Projectleider van het verandertraject 'Eén stichting, één werkwijze': drie teams samengevoegd, nieuwe "
       "werkprocessen en de invoering van een nieuw registratiesysteem.")
MK_EDU = "Social Work (B SW), deeltijd — Saxion, Deventer, 2016 – 2020"
MK_DONE = "Afgestudeerd in juni 2020."
mk = [pos("april 2019 – heden", "Operationeel manager Welzijn", "Stichting Welzijn Sallandse Kernen",
          ["Leiding aan drie teamleiders en 34 medewerkers (ouderenwerk, opbouwwerk, mantelzorgondersteuning).",
           "Verantwoordelijk voor formatie, werving en selectie, roosters en de inzet van uren.",
           "Beheert het operationele budget (€ 2,1 miljoen) en rapporteert aan de directeur-bestuurder.",
           MK6, MK7, MK8],
          ("2019-04", REF), 80, True),
      pos("september 2014 – maart 2019", "Coördinator Ouderenwerk", "Stichting Welzijn Sallandse Kernen",
          ["Coördinatie van zes ouderenadviseurs en 90 vrijwilligers in vijf kernen."],
          ("2014-09", "2019-03"), 55, True),
      pos("augustus 2011 – augustus 2014", "Ouderenadviseur", "Stichting Welzijn Sallandse Kernen",
          ["Huisbezoeken bij 75-plussers; advies over wonen, welzijn en mantelzorg."],
          ("2011-08", "2014-08"), 37, False)]
MK_RATE = "€ 89,00 per uur (exclusief btw)"
cv(file="Marloes Kampman.pdf", fmt="pdf", layout="sidebar",
   name="Marloes Kampman", email="m.kampman@example.com", phone="06-58012734", rate=MK_RATE,
   exp=mk, crit_text={"6": MK6, "7": MK7, "8": MK8}, refs=["Ellen Wolterink", "Bart Nijhuis"],
   must_have=[MK_EDU, MK_DONE],
   left=[("h", "Contact"),
         ("p", "Raalte"), ("p", "06-58012734"), ("p", "m.kampman@example.com"),
         ("h", "Beschikbaar"),
         ("p", "Per 1 januari 2026, 24 uur per week"),
         ("h", "Tarief"),
         ("p", MK_RATE),
         ("h", "Dienstverband"),
         ("p", "In loondienst bij Salland Flex Detachering, die mij voor deze opdracht aanbiedt."),
         ("h", "Sterk in"),
         ("bl", ["Verbinden en coachen", "Structuur en overzicht", "Besluitvaardig", "Humor"])],
   right=[("title", "Marloes Kampman"),
          ("h", "Profiel"),
          ("p", "Operationeel manager in het welzijnswerk, opgegroeid in Salland en al veertien jaar werkzaam bij "
                "dezelfde welzijnsstichting: als ouderenadviseur, coördinator en nu als manager van drie teams. "
                "Ik breng beleid en praktijk bij elkaar en laat medewerkers groeien in hun vak."),
          ("h", "Werkervaring"),
          ("pos", "sample", mk),
          ("h", "Opleiding"),
          ("p", MK_EDU),
          ("p", MK_DONE),
          ("p", "MBO Maatschappelijke Zorg, niveau 4 — Deltion College, Zwolle, 2008 – 2011, diploma"),
          ("h", "Cursussen"),
          ("bl", ["Leidinggeven aan leidinggevenden (2020)", "Lean Six Sigma Yellow Belt (2022)"]),
          ("h", "Referenties"),
          ("p", "Ellen Wolterink, directeur-bestuurder, Stichting Welzijn Sallandse Kernen, 06-58012735"),
          ("p", "Bart Nijhuis, beleidsadviseur ouderen, gemeente Raalte, 06-58012736")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=135, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 89; Thijs Oudeman also 100 at EUR 87,50). Education: 'Social Work "
                     "(B SW), deeltijd — Saxion, Deventer, 2016 – 2020' and, as a sentence of its own on the next "
                     "line, 'Afgestudeerd in juni 2020.' -- no 'hbo', 'bachelor', 'hogeschool' or 'diploma'; the "
                     "only 'diploma' is on the line 'MBO Maatschappelijke Zorg, niveau 4 — Deltion College, "
                     "2008 – 2011, diploma'. B SW is the degree 'Bachelor of Social Work' that the hbo Social Work "
                     "programme awards; Saxion is a hogeschool; 'afgestudeerd' is completion (June 2020, before "
                     "the deadline) -> highest completed level hbo, mwd (Social Work) -> knock-out 2 pass, "
                     "criterion 4 = 15 (studied part-time while working; the request does not ask when). Operationeel manager Welzijn, Stichting Welzijn Sallandse Kernen 'april "
                     "2019 – heden' = 2019-04..2025-11 = 80 (a manager leading three teamleiders) + Coördinator "
                     "Ouderenwerk, same foundation, 'september 2014 – maart 2019' = 55 -> adjoining, 135. The "
                     "coordinator years alone are 55 < 60: knock-out 3 needs the 'Operationeel manager' title "
                     "read as a manager. Ouderenadviseur (37) not leading. In loondienst at an agency -> no zzp."))

# ------------------------------------------------------------------------- Jeroen Haverkamp (docx) "SWVR"
JH6 = ("Voorbeeld beleid naar resultaat: de mantelzorgnota van de gemeente Harderwijk (2019) heb ik met het team "
       "vertaald naar een jaarplan met vier concrete projecten, zoals respijtzorg op zaterdag en een mantelzorgpas; "
       "resultaat in 2022: 280 nieuw bereikte mantelzorgers en een 8,1 in het tevredenheidsonderzoek.")
JH7 = ("Samenwerking met zorgaanbieders, huisartsen en wijkverpleging, de patiëntenvereniging, zorgverzekeraar CZ "
       "en de partners van de publiek-private samenwerking (PPS) 'Harderwijk zorgt'.")
JH8 = ("Projectleider van de invoering van het vrijwilligersplatform 'Doe mee Veluwerand' en trekker van het "
       "verandertraject naar wijkgericht werken binnen SWVR.")
JH_PROFILE = ("Sinds 2012 werk ik bij SWVR (Stichting Welzijn Veluwerand), de welzijnsstichting voor Ermelo en "
              "Harderwijk, de laatste acht jaar als coördinator.")
jh = [pos("september 2017 – heden", "Coördinator Mantelzorg en Vrijwilligers", "SWVR, Harderwijk",
          ["Leiding aan het team mantelzorg en vrijwilligerswerk (8 medewerkers) en 240 vrijwilligers.",
           "Urenverdeling, werving en selectie en de jaargesprekken; beheer van het teambudget.",
           JH6, JH7, JH8],
          ("2017-09", REF), 99, True),
      pos("februari 2012 – augustus 2017", "Opbouwwerker", "SWVR, Harderwijk",
          ["Bewonersinitiatieven en buurtactiviteiten in Stadsdennen en Drielanden."],
          ("2012-02", "2017-08"), 67, False)]
JH_RATE = "Uurtarief: € 84,00 excl. btw"
JH_HEADER = "Jeroen Haverkamp  ·  Harderwijk  ·  06-47730915  ·  j.haverkamp@example.com"
cv(file="Jeroen Haverkamp.docx", fmt="docx", layout="header", header=JH_HEADER,
   name="Jeroen Haverkamp", email="j.haverkamp@example.com", phone="06-47730915", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Marianne Stoel", "Peter Lindeboom"],
   must_have=[JH_PROFILE],
   body=[("title", "Jeroen Haverkamp"),
         ("h", "Profiel"),
         ("p", JH_PROFILE + " Ik ben een bruggenbouwer: tussen mantelzorgers en professionals, tussen vrijwilligers "
               "en de gemeente. Ik houd van plannen die werken en van een team dat elkaar scherp houdt."),
         ("h", "Werkervaring"),
         ("pos", "next", jh),
         ("h", "Opleiding"),
         ("p", "Bachelor Pedagogiek, Hogeschool Windesheim, Zwolle, 2007 – 2011 — diploma behaald"),
         ("p", "Vwo, Christelijk College Nassau-Veluwe, Harderwijk, 2001 – 2007 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Vrijwilligersmanagement, post-hbo (2016)", "Coachend leidinggeven (2019)"]),
         ("h", "Beschikbaarheid en tarief"),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week. " + JH_RATE + ". In loondienst bij Noord-Veluwe "
               "Professionals B.V., die mij detacheert."),
         ("h", "Referenties"),
         ("p", "Marianne Stoel, directeur-bestuurder SWVR, 06-47730916"),
         ("p", "Peter Lindeboom, beleidsadviseur Wmo, gemeente Harderwijk, 06-47730917")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=99, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85 at EUR 84; Ilona Bruins also 85 at EUR 86,50), shortlisted. His only "
                     "leading role, Coördinator Mantelzorg en Vrijwilligers 'september 2017 – heden' = "
                     "2017-09..2025-11 = 99, has the employer printed as 'SWVR, Harderwijk'; the profile explains "
                     "it: 'SWVR (Stichting Welzijn Veluwerand), de welzijnsstichting voor Ermelo en Harderwijk' -> "
                     "a welfare foundation -> relevant -> knock-out 3 pass, criterion 5 = 25. Without reading the "
                     "abbreviation he has 0 relevant months. Opbouwwerker (67) not leading. Bachelor Pedagogiek, "
                     "diploma -> hbo, not MWD -> criterion 4 = 0. In loondienst at a B.V. that detaches him -> no "
                     "zzp. Contact details in the page header."))

# ------------------------------------------------------------------------- Ilona Bruins (docx) informal headings, rate
IB7 = ("Maakt afspraken met jeugdhulpaanbieders en andere zorgaanbieders, de huisartsen en praktijkondersteuners "
       "jeugd, zorgverzekeraar Menzis (over de ggz voor jongeren) en is lid van de stuurgroep van de "
       "publiek-private samenwerking (PPS) 'Sterk in Putten'.")
IB8 = ("Projectleider van de herinrichting van het jeugd- en gezinsteam: een veranderopgave met nieuwe rollen, een "
       "nieuwe werkwijze en een evaluatie na een jaar.")
IB_RATE = "tegen een uurtarief van € 86,50 exclusief btw"
IB_AVAIL = ("Ik ben beschikbaar vanaf 5 januari 2026 voor 24 uur per week, " + IB_RATE + ". Ik werk via "
            "Gelre Flexpool, waar ik in loondienst ben.")
ib = [pos("juni 2018 – heden", "Teamleider Jeugd en Gezin", "Gemeente Putten",
          ["Leiding aan het jeugd- en gezinsteam: 11 jeugdconsulenten en 2 gezinscoaches.",
           "Casusverdeling, urenverdeling, werving en selectie, jaargesprekken.",
           "Bewaakt het budget voor jeugdhulp van het team en rapporteert per kwartaal.", IB7, IB8],
          ("2018-06", REF), 90, True),
      pos("januari 2013 – mei 2018", "Coördinator Jongerenwerk", "Stichting Welzijn De Bolderik",
          ["Coördinatie van vijf jongerenwerkers en het jongerencentrum in Putten.",
           "Roosters, begroting en verantwoording aan de directeur."],
          ("2013-01", "2018-05"), 65, True),
      pos("september 2009 – december 2012", "Jongerenwerker", "Stichting Welzijn De Bolderik",
          ["Ambulant jongerenwerk en het meidenwerk."],
          ("2009-09", "2012-12"), 40, False)]
cv(file="Ilona Bruins.docx", fmt="docx", layout="single",
   name="Ilona Bruins", email="ilona.bruins@example.nl", phone="06-33920476", rate=IB_RATE,
   exp=ib, crit_text={"7": IB7, "8": IB8}, refs=["Dirk-Jan Mulder", "Femke Ravenhorst"],
   must_have=[IB_AVAIL, "Wat ik doe", "Waar ik werkte", "Wat ik leerde", "Wie je kunt bellen"],
   body=[("title", "Ilona Bruins"),
         ("p", "Putten  ·  06-33920476  ·  ilona.bruins@example.nl"),
         ("h", "Wat ik doe"),
         ("p", "Ik leid teams die werken met gezinnen en jongeren. Ik ben direct, warm en nieuwsgierig, en ik "
               "houd van een team dat zelf met oplossingen komt. Na zeven jaar bij de gemeente Putten zoek ik een "
               "nieuwe opdracht in het welzijnsdomein."),
         ("p", IB_AVAIL),
         ("h", "Waar ik werkte"),
         ("pos", "pipe", ib),
         ("h", "Wat ik leerde"),
         ("p", "Bachelor Social Work, Hogeschool Utrecht, 2005 – 2009 — diploma behaald"),
         ("p", "Oplossingsgericht coachen (2016) en Leiderschap in het sociaal domein (2021)"),
         ("h", "Wat ik naast mijn werk doe"),
         ("p", "Trainer van een meidenvoetbalteam, zingen in een popkoor en lange fietstochten."),
         ("h", "Wie je kunt bellen"),
         ("p", "Dirk-Jan Mulder, afdelingsmanager Samenleving, gemeente Putten, 06-33920477"),
         ("p", "Femke Ravenhorst, directeur, Stichting Welzijn De Bolderik, 06-33920478")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=86.5,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 4 (85 at EUR 86,50, after Jeroen Haverkamp's 85 at EUR 84), not shortlisted. "
                     "Informal headings: 'Wat ik doe' (profile), 'Waar ik werkte' (experience), 'Wat ik leerde' "
                     "(education), 'Wie je kunt bellen' (two named referees with function and phone -> references "
                     "2, pass). Rate in a sentence after the hours: 'beschikbaar vanaf 5 januari 2026 voor 24 uur "
                     "per week, tegen een uurtarief van € 86,50 exclusief btw' -> 86.5 (24 is hours per week). "
                     "Teamleider Jeugd en Gezin, Gemeente Putten 'juni 2018 – heden' = 2018-06..2025-11 = 90 + "
                     "Coördinator Jongerenwerk, Stichting Welzijn De Bolderik 'januari 2013 – mei 2018' = 65 -> "
                     "adjoining, 155 (jongerenwerker 40 not leading). Bachelor Social Work diploma -> hbo, mwd. No "
                     "example of policy turned into projects anywhere -> criterion 6 = 0. In loondienst at a "
                     "flexpool -> no zzp."))

# ------------------------------------------------------------------------- Sanne Veldhuis (docx) "Team leider"
SV6 = ("Voorbeeld beleid naar resultaat: de Deventer wijkaanpak voor Zandweerd (2021) heb ik met het team omgezet in "
       "een jaarwerkplan met drie concrete projecten; resultaat na twee jaar: een wachttijd van drie in plaats van "
       "acht weken en een vaste inloop in elke buurt.")
SV8 = ("Projectleider van de reorganisatie van drie wijkteams naar twee, met plan van aanpak, stuurgroep en "
       "evaluatie.")
sv = [pos("03/2020 – heden", "Team leider Sociaal Wijkteam", "Gemeente Deventer",
          ["Leiding aan het sociaal wijkteam Noord: 16 medewerkers Wmo, jeugd, schulden en welzijn.",
           "Werkverdeling, urenverdeling, werving en selectie en de jaargesprekken.",
           "Bewaakt het teambudget en rapporteert maandelijks aan de manager.", SV6, SV8],
          ("2020-03", REF), 69, True),
      pos("10/2016 – 02/2020", "Coördinator Wijkwerk", "Stichting Welzijn De Hanzeborg",
          ["Coördinatie van vier opbouwwerkers en de buurthuizen in Deventer-Noord."],
          ("2016-10", "2020-02"), 41, True),
      pos("08/2010 – 09/2016", "Maatschappelijk werker", "Stichting Welzijn De Hanzeborg",
          ["Hulpverlening aan volwassenen en gezinnen; groepstrainingen."],
          ("2010-08", "2016-09"), 74, False)]
SV_RATE = "Tarief: € 82 per uur, excl. btw"
cv(file="Sanne Veldhuis.docx", fmt="docx", layout="single",
   name="Sanne Veldhuis", email="sanne.veldhuis@example.com", phone="06-12873340", rate=SV_RATE,
   exp=sv, crit_text={"6": SV6, "8": SV8}, refs=["Hilde Jansman", "Ruud Kamphuis"],
   body=[("title", "Sanne Veldhuis"),
         ("p", "Deventer  |  06-12873340  |  sanne.veldhuis@example.com"),
         ("h", "Profiel"),
         ("p", "Team leider van een sociaal wijkteam, met een achtergrond als maatschappelijk werker. Ik geef "
               "richting zonder het werk over te nemen, spreek mensen aan als het nodig is en houd het overzicht "
               "als het druk wordt."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], sv),
         ("h", "Taken en resultaten"),
         ("tasks", sv),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion, Deventer, 2006 – 2010 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven in het sociaal domein (2020)", "Motiverende gespreksvoering (2014)"]),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week; in loondienst bij IJssel Detachering. " + SV_RATE + "."),
         ("h", "Referenties"),
         ("p", "Hilde Jansman, manager Sociale Wijkteams, gemeente Deventer, 06-12873341"),
         ("p", "Ruud Kamphuis, directeur, Stichting Welzijn De Hanzeborg, 06-12873342")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=110, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 5 (80). Her current role is spelled 'Team leider Sociaal Wijkteam' (two "
                     "words, the profile too): a teamleider -> Gemeente Deventer '03/2020 – heden' = "
                     "2020-03..2025-11 = 69 + Coördinator Wijkwerk, Stichting Welzijn De Hanzeborg '10/2016 – "
                     "02/2020' = 41 -> adjoining, 110 -> knock-out 3 pass, criterion 5 = 25. Without the "
                     "'Team leider' role she has 41 < 60 (a wrong fail). Maatschappelijk werker (74) not leading. "
                     "Experience as a table Periode | Functie | Werkgever, the tasks under the titles. Bachelor MWD "
                     "diploma -> hbo, mwd. No welfare partners (zorgaanbieders, huisartsen, patiënten, verzekeraar, "
                     "PPS) named anywhere -> criterion 7 = 0. In loondienst at an agency -> no zzp."))

# ------------------------------------------------------------------------- Fenna Huisman (pdf) 5 pages, voorliggend veld
FH6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse welzijnsvisie 'Samen sterk in de kernen' (2021) heb ik "
       "met de beleidsadviseurs omgezet in een jaarwerkplan met vijf concrete projecten: een ontmoetingsplek in "
       "Wezep, Oldebroek en Hattemerbroek, een mantelzorgsteunpunt, een vrijwilligersvacaturebank, valpreventie en "
       "een buurtsportaanbod voor ouderen. Resultaat eind 2023: 610 deelnemers, 85 nieuwe vrijwilligers, 15 % "
       "minder aanvragen voor begeleiding uit de Wmo en een evaluatie die de raad in 2024 heeft besproken.")
FH7 = ("Werkt samen met zorgaanbieders, huisartsen en wijkverpleegkundigen, de patiëntenraad van het "
       "gezondheidscentrum, zorgverzekeraar Zilveren Kruis en de partners van de publiek-private samenwerking "
       "(PPS) 'Vitaal Oldebroek'.")
FH8 = ("Kwartiermaker en projectleider van de transitie van het welzijnswerk van een externe organisatie naar het "
       "eigen team voorliggend veld, met projectplan, mijlpalen en evaluatie.")
FH_TASK = ("Leiding aan het team voorliggend veld (12 medewerkers): welzijnswerk, mantelzorgondersteuning, "
           "vrijwilligerswerk en de buurtsportcoaches.")
fh = [pos("januari 2020 – heden", "Teamleider Voorliggend Veld", "Gemeente Oldebroek",
          [FH_TASK,
           "Werkverdeling, urenverdeling, werving en selectie en de jaargesprekken; afspraken met HR.",
           "Bewaakt het budget van het team en stuurt op de afspraken in het jaarwerkplan.", FH7, FH8],
          ("2020-01", REF), 71, True),
      pos("maart 2014 – december 2019", "Beleidsmedewerker Welzijn", "Gemeente Oldebroek",
          ["Welzijnsbeleid, subsidies aan welzijnsorganisaties en de verantwoording daarvan; geen "
           "leidinggevende taken.",
           "Voorbereiding van raadsvoorstellen over mantelzorg en vrijwilligerswerk."],
          ("2014-03", "2019-12"), 70, False),
      pos("september 2008 – februari 2014", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Noord-Veluwe",
          ["Individuele hulpverlening, schuldhulp en groepstrainingen."],
          ("2008-09", "2014-02"), 66, False)]
FH_FOOT = "Curriculum vitae Fenna Huisman"
cv(file="Fenna Huisman.pdf", fmt="pdf", layout="single",
   name="Fenna Huisman", email="fenna.huisman@example.nl", phone="06-60418257", rate=None,
   exp=fh, crit_text={"6": FH6, "7": FH7, "8": FH8}, refs=["Anita Brinkhuis", "Gerard Tempelman"],
   must_have=[FH_TASK, "Bijlage 1", "Bijlage 2"],
   body=[("pagefooter", FH_FOOT),
         ("title", "Fenna Huisman"),
         ("p", "Wezep  ·  06-60418257  ·  fenna.huisman@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider van het voorliggend veld bij de gemeente Oldebroek: het welzijnswerk, de "
               "mantelzorgondersteuning, het vrijwilligerswerk en de buurtsport, dichtbij inwoners en vóór de "
               "zwaardere zorg. Sinds de gemeente het welzijnswerk in 2020 zelf ging uitvoeren, bouw ik dat team "
               "op en uit."),
         ("p", "Ik ken het sociaal domein van drie kanten: als maatschappelijk werker, als beleidsmedewerker en als "
               "leidinggevende. Daardoor kan ik beleid en praktijk bij elkaar brengen, en weet ik wat een "
               "medewerker nodig heeft om het werk goed te doen."),
         ("p", "Collega's noemen mij rustig, helder en vasthoudend. Ik stel vragen voordat ik iets vind, maar neem "
               "een besluit als het moet."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbinden van beleid, uitvoering en inwoners",
                 "Coachend leidinggeven en eigenaarschap stimuleren",
                 "Structuur aanbrengen in werkprocessen en registratie",
                 "Sturen op budget en afspraken",
                 "Helder communiceren met bestuur en raad"]),
         ("h", "Wat ik zoek"),
         ("p", "Een opdracht van 24 uur per week waarin ik een welzijnsteam verder kan professionaliseren, met "
               "korte lijnen naar beleid en bestuur. Beschikbaar per 1 januari 2026."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "dateline", fh),
         ("break",),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2004 – 2008 — "
               "diploma behaald"),
         ("p", "Havo, Noorderhaven, Harderwijk, 1999 – 2004 — diploma"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Leidinggeven aan professionals, 6 dagen (2020)",
                 "Werken met DA Systems, key-user (2021)",
                 "Methodisch werken in het voorliggend veld (2022)",
                 "Financieel management voor teamleiders (2023)"]),
         ("h", "Nevenfuncties"),
         ("bl", ["Bestuurslid van de speeltuinvereniging in Wezep (sinds 2017)",
                 "Vrijwilliger bij het Oranjecomité"]),
         ("h", "Talen en computervaardigheden"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk). Microsoft 365, DA Systems, Power BI "
               "(basis)."),
         ("h", "Hobby's"),
         ("p", "Wandelen op de Veluwe, tuinieren en lezen."),
         ("break",),
         ("h", "Bijlage 1 — Voorbeeld: van beleid naar resultaat"),
         ("p", FH6),
         ("p", "Mijn rol: ik vertaalde de visie samen met het team in vijf projecten, wees per project een trekker "
               "aan en besprak elk kwartaal de voortgang met de beleidsadviseurs en de wethouder. De monitoring "
               "liep via DA Systems."),
         ("break",),
         ("h", "Bijlage 2 — Referenties"),
         ("p", "Anita Brinkhuis, afdelingsmanager Samenleving, gemeente Oldebroek, 06-60418258"),
         ("p", "Gerard Tempelman, wethouder sociaal domein (2018 – 2022), gemeente Oldebroek, 06-60418259")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=71, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 6 (75, no rate). Exactly 5 pages (pdfinfo; the footer says 'pagina N van 5'): "
                     "the request allows 'maximaal 5 pagina's' -> pages pass. The referees are on page 5 ('Bijlage "
                     "2 — Referenties', two named with phone) and the policy example on page 4 ('Bijlage 1'). Her "
                     "only leading role is Teamleider Voorliggend Veld, Gemeente Oldebroek 'januari 2020 – heden' = "
                     "2020-01..2025-11 = 71: 'voorliggend veld' is the welfare field of the sociaal domein, and the "
                     "first task says it: 'welzijnswerk, mantelzorgondersteuning, vrijwilligerswerk en de "
                     "buurtsportcoaches' -> relevant -> knock-out 3 pass (71 >= 60), criterion 5 = 0 (71 < 72). "
                     "Beleidsmedewerker Welzijn (70, 'geen leidinggevende taken') and maatschappelijk werker (66) "
                     "are not leading. The referee's 'wethouder sociaal domein (2018 – 2022)' is no position of "
                     "hers. Bachelor MWD diploma -> hbo, mwd. No rate stated -> hourly_rate null."))


# ================================================================================================ CONTROLS

# ------------------------------------------------------------------------- Karin Dijkman (pdf) 50 months
KD6 = ("Voorbeeld beleid naar resultaat: de Ermelose welzijnsagenda 2022 heb ik vertaald naar een jaarwerkplan met "
       "drie concrete projecten; resultaat in 2024: een mantelzorgcafé in elke wijk en 120 nieuwe vrijwilligers.")
KD7 = ("Samenwerking met zorgaanbieders, huisartsen, de cliëntenraad, zorgverzekeraar Menzis en de partners in de "
       "publiek-private samenwerking (PPS) 'Ermelo Vitaal'.")
KD8 = "Projectleider van de invoering van één welzijnsloket, een veranderopgave voor drie organisaties."
kd = [pos("oktober 2021 – heden", "Coördinator Welzijn", "Gemeente Ermelo",
          ["Coördinatie van het cluster welzijn (9 medewerkers) en de gesubsidieerde welzijnsinstellingen.",
           KD6, KD7, KD8],
          ("2021-10", REF), 50, True),
      pos("mei 2015 – sep. 2021", "Beleidsadviseur Welzijn", "Gemeente Ermelo",
          ["Welzijnsbeleid, subsidies en raadsvoorstellen; geen leidinggevende taken."],
          ("2015-05", "2021-09"), 77, False)]
KD_RATE = "€ 83,00 per uur excl. btw"
cv(file="Karin Dijkman.pdf", fmt="pdf", layout="single",
   name="Karin Dijkman", email="karin.dijkman@example.com", phone="06-29504168", rate=KD_RATE,
   exp=kd, crit_text={"6": KD6, "7": KD7, "8": KD8}, refs=["Joost Meindertsma", "Ans Brethouwer"],
   body=[("title", "Karin Dijkman"),
         ("p", "Ermelo  |  06-29504168  |  karin.dijkman@example.com"),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn met een achtergrond in beleid. Ik zorg voor overzicht, maak afspraken die "
               "gehaald worden en houd het belang van inwoners voorop."),
         ("h", "Werkervaring"),
         ("eu_pos", kd),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Utrecht, 2009 – 2013 — diploma "
               "behaald"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", KD_RATE + "; per 1 januari 2026, 24 uur per week; in loondienst bij Veluwse Detacheringen."),
         ("h", "Referenties"),
         ("p", "Joost Meindertsma, afdelingshoofd Samenleving, gemeente Ermelo, 06-29504169"),
         ("p", "Ans Brethouwer, directeur, Stichting Welzijn Ermelo-Centrum, 06-29504170")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="CONTROL, NOT ELIGIBLE: knock-out 3. Her only leading role is Coördinator Welzijn, Gemeente "
                     "Ermelo 'oktober 2021 – heden' = 2021-10..2025-11 = 50 < 60 -> fail (exact months, no "
                     "review); criterion 5 = 0. Beleidsadviseur Welzijn (77) says 'geen leidinggevende taken' -> "
                     "not leading. Everything else in order (MWD diploma, 2 referees, EUR 83). A wrong pass would "
                     "rank her 6th (75, ahead of Fenna Huisman's 75 without a rate)."))

# ------------------------------------------------------------------------- Gert-Jan Veenstra (docx) MBO only
GV6 = ("Voorbeeld beleid naar resultaat: het buurtenbeleid van de gemeente Epe (2020) heb ik vertaald naar een "
       "jaarplan met vier concrete projecten; resultaat: vier buurtkamers en 60 nieuwe vrijwilligers in twee jaar.")
GV7 = ("Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Zilveren Kruis en de "
       "partners in de publiek-private samenwerking (PPS) 'Epe Samen'.")
GV8 = "Projectleider van het verandertraject 'Buurtwerk nieuwe stijl', met plan van aanpak en evaluatie."
gv = [pos("januari 2012 – heden", "Coördinator Buurtwerk", "Stichting Welzijn Noordoost-Veluwe",
          ["Coördinatie van zeven buurtwerkers en 150 vrijwilligers in Epe, Vaassen en Emst.", GV6, GV7, GV8],
          ("2012-01", REF), 167, True),
      pos("maart 2004 – december 2011", "Buurtwerker", "Stichting Welzijn Noordoost-Veluwe",
          ["Activiteiten in buurthuizen en bewonersinitiatieven."],
          ("2004-03", "2011-12"), 94, False)]
GV_RATE = "€ 79,00 per uur excl. btw"
cv(file="Gert-Jan Veenstra.docx", fmt="docx", layout="single",
   name="Gert-Jan Veenstra", email="gj.veenstra@example.nl", phone="06-74019325", rate=GV_RATE,
   exp=gv, crit_text={"6": GV6, "7": GV7, "8": GV8}, refs=["Monique Oortwijn", "Henk Slijkhuis"],
   body=[("title", "Gert-Jan Veenstra"),
         ("p", "Vaassen  |  06-74019325  |  gj.veenstra@example.nl"),
         ("h", "Profiel"),
         ("p", "Al dertien jaar coördinator buurtwerk op de Noordoost-Veluwe. Praktisch, betrokken en goed in het "
               "mobiliseren van vrijwilligers."),
         ("h", "Werkervaring"),
         ("pos", "next", gv),
         ("h", "Opleiding"),
         ("p", "MBO Sociaal Werk, niveau 4, Landstede, Harderwijk, 2000 – 2003 — diploma"),
         ("p", "Vmbo, Ichthus College, Veenendaal, 1996 – 2000 — diploma"),
         ("h", "Tarief"),
         ("p", GV_RATE + "; in loondienst bij Veluwe Werkt Detachering."),
         ("h", "Referenties"),
         ("p", "Monique Oortwijn, directeur, Stichting Welzijn Noordoost-Veluwe, 06-74019326"),
         ("p", "Henk Slijkhuis, beleidsadviseur welzijn, gemeente Epe, 06-74019327")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=167, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL, NOT ELIGIBLE: knock-out 2. The only completed education above vmbo is 'MBO Sociaal "
                     "Werk, niveau 4, Landstede … diploma' -> highest level mbo, no hbo bachelor -> fail; MBO "
                     "Sociaal Werk is not the hbo Social Work -> mwd false, criterion 4 = 0. Otherwise strong: "
                     "Coördinator Buurtwerk, Stichting Welzijn Noordoost-Veluwe 'januari 2012 – heden' = "
                     "2012-01..2025-11 = 167 (buurtwerker 94 not leading). A wrong pass would rank him 3rd (85 at "
                     "EUR 79, ahead of Jeroen Haverkamp) and put him on the shortlist."))
