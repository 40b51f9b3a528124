# -*- coding: utf-8 -*-
"""Holdout round 3 for zeef: 12 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ or tests/holdout2/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations, housing corporations and agencies.

Same shape as tests/holdout2/src/holdout2_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout3/make-holdout3.sh); the fields are listed in tests/holdout2/src/cvset.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Karin Mulder (pdf)
# TRAPS: the references are given by function, organisation and telephone, without names (two
# contactable referees: count 2, pass); "Reiskosten: € 0,23 per kilometer" is printed before the
# hourly rate (the rate is 86, not 0.23).
KM6 = ("Voorbeeld van beleid naar resultaat: de Hattemse Visie Sociaal Domein heb ik samen met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met zes concrete projecten (een wijksteunpunt in "
       "Hattem-Zuid, vroegsignalering van schulden, een mantelzorgpunt, valpreventie, een maatjesregeling "
       "en een jongerenraad), elk met een trekker, een budget en meetbare doelen; na twee jaar had 80% van "
       "de projecten zijn doel gehaald.")
KM7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar "
       "Zilveren Kruis in het lokaal gezondheidsakkoord, en een publiek-private samenwerking (PPS) met een "
       "woningcorporatie en een zorgaanbieder voor een woonzorgcentrum met buurtfunctie.")
KM8 = ("Projectleider van de reorganisatie van de toegang: van twee loketten naar één sociaal team, met "
       "een projectplan, nieuwe werkprocessen en de implementatie van DA Systems.")
km = [pos("maart 2018 – heden", "Manager Sociaal Domein", "Gemeente Hattem",
          ["Integraal leidinggevende van de teams Wmo, jeugd en welzijn (28 medewerkers).",
           "Verantwoordelijk voor formatie, werving & selectie en de inzet en verdeling van uren.",
           "Bewaken van het budget van het sociaal domein en de financiële kaders; rapportage aan de "
           "gemeentesecretaris en de portefeuillehouder.",
           KM6, KM7, KM8],
          ("2018-03", REF), 93, True),
      pos("januari 2012 – februari 2018", "Coördinator Welzijn", "Stichting Welzijn Oldebroek",
          ["Coördinatie van het ouderenwerk, de mantelzorgondersteuning en het vrijwilligerspunt "
           "(9 beroepskrachten, 250 vrijwilligers).",
           "Opstellen van het jaarplan en de verantwoording van de subsidie aan de gemeente Oldebroek."],
          ("2012-01", "2018-02"), 74, True),
      pos("2005 – 2011", "Opbouwwerker", "Stichting Welzijn Oldebroek",
          ["Ondersteuning van bewonersinitiatieven en dorpsraden in Wezep en Oosterwolde."],
          ("2005-01", "2011-12"), 84, False, yearonly=True)]
KM_RATE = "Uurtarief: € 86,- (excl. btw)"
KM_REF1 = "afdelingsmanager Samenleving van de gemeente Hattem"
KM_REF2 = "directeur-bestuurder van Stichting Welzijn Oldebroek"
cv(file="Karin Mulder.pdf", fmt="pdf", layout="header",
   header="Karin Mulder  |  Hattem  |  06-11992288  |  karin.mulder@example.com",
   name="Karin Mulder", email="karin.mulder@example.com", phone="06-11992288", rate=KM_RATE,
   exp=km, crit_text={"6": KM6, "7": KM7, "8": KM8}, refs=[KM_REF1, KM_REF2],
   must_have=["Reiskosten: € 0,23 per kilometer"],
   body=[("title", "Karin Mulder"),
         ("p", "Manager sociaal domein"),
         ("h", "Tarief en voorwaarden"),
         ("p", "Reiskosten: € 0,23 per kilometer (woon-werkverkeer Hattem – Heerde)"),
         ("pb", KM_RATE),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week, verdeeld over vier dagen."),
         ("h", "Profiel"),
         ("p", "Ik ben een verbindende manager met bijna veertien jaar leidinggevende ervaring in welzijn en "
               "het sociaal domein op de Veluwe: eerst als coördinator bij een welzijnsstichting, nu als "
               "manager bij een kleine gemeente. Ik weet hoe een welzijnsopdracht vanuit de gemeente wordt "
               "aangestuurd en hoe het voelt om die opdracht uit te voeren. Ik geef richting, coach "
               "medewerkers op eigenaarschap en ben besluitvaardig als dat nodig is."),
         ("h", "Werkervaring"),
         ("pos", "next", km),
         ("h", "Opleiding"),
         ("p", "Getuigschrift Bachelor of Social Work, Hogeschool Windesheim, 2005"),
         ("p", "Leergang Leidinggeven in het sociaal domein, VNG Academie, 2019"),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend", "Helder en besluitvaardig", "Analytisch en oplossingsgericht",
                 "Oog voor inwoners en bestuur"]),
         ("h", "Referenties"),
         ("p", "Mijn huidige leidinggevende: de " + KM_REF1 + ", telefoon 038-4431200."),
         ("p", "Mijn leidinggevende in de jaren bij de stichting: de " + KM_REF2 + ", telefoon 0525-631400.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: two referees given by function and organisation with a direct telephone number "
                     "(her current manager at the gemeente Hattem and her former manager at Stichting Welzijn "
                     "Oldebroek). The request asks for 'minimaal 2 referenties', not for names; each is an "
                     "identifiable, contactable person -> count 2, pass, on_request false. Rate: 'Reiskosten: "
                     "€ 0,23 per kilometer' is a travel allowance, the hourly rate is 'Uurtarief: € 86,-' -> 86. "
                     "Coördinator Welzijn Stichting Welzijn Oldebroek 2012-01..2018-02 (74) + Manager Sociaal "
                     "Domein Gemeente Hattem 2018-03..2025-11 (93) = contiguous 167; opbouwwerker not relevant "
                     "(role). 'Getuigschrift Bachelor of Social Work' -> hbo, MWD."))

# ------------------------------------------------------------------------- Dirk-Jan Lammers (pdf)
# TRAPS: a zzp period long ago (2009 - 2013) while he has been employed by a secondment agency since
# 2014 and is offered by that employer (not self-employed now: knock-out 1 pass); a rate range
# "€ 80 – € 90" that itself says which rate applies to this assignment (€ 90): decides a tie at 100.
DL6 = ("Voorbeeld van beleid naar resultaat: het Oldebroekse beleidsplan 'Samen redzaam' heb ik vertaald naar "
       "een jaarwerkplan met vijf concrete projecten (een sociaal makelaar per kern, een "
       "mantelzorgcafé, schuldhulp aan huis, een jongerenwerkplaats en valpreventie) met meetbare doelen; "
       "binnen een jaar was het aantal inwoners dat de toegang wist te vinden met 30% gestegen.")
DL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar Zilveren Kruis in het "
       "regionale zorgakkoord, en een publiek-private samenwerking (PPS) met een woningcorporatie en een "
       "supermarkt voor een buurtkamer in Wezep.")
DL8 = ("Projectleider van het verandertraject 'Eén toegang': de samenvoeging van het Wmo-loket en het "
       "jeugdteam tot één sociaal team, met projectplan, stuurgroep en evaluatie.")
DL_ZZP = "Van 2009 tot en met 2013 had ik een eigen adviespraktijk als zzp'er"
dl = [pos("april 2019 – heden", "Manager Welzijn en Zorg",
          "Gemeente Oldebroek (gedetacheerd door Veluwe Inzet Detachering)",
          ["Leiding aan het cluster welzijn en zorg (22 medewerkers): Wmo, jeugd, welzijn en mantelzorg.",
           "Verantwoordelijk voor het budget, de formatie en de verdeling van uren over de teams.",
           DL6, DL7, DL8],
          ("2019-04", REF), 80, True),
      pos("januari 2014 – maart 2019", "Coördinator Jeugd",
          "Gemeente Elburg (gedetacheerd door Veluwe Inzet Detachering)",
          ["Coördinatie van het jeugdteam (8 jeugdconsulenten) vanaf de decentralisatie in 2015.",
           "Werkverdeling, casuïstiekoverleg en kwaliteitsbewaking van beschikkingen."],
          ("2014-01", "2019-03"), 63, True),
      pos("2009 – 2013", "Zelfstandig adviseur sociaal domein (zzp)", "Lammers Advies",
          ["Adviesopdrachten voor gemeenten en welzijnsorganisaties over de Wmo."],
          ("2009-01", "2013-12"), 60, False, yearonly=True),
      pos("2003 – 2008", "Maatschappelijk werker", "Stichting Welzijn Kampen",
          ["Individuele hulpverlening en groepswerk."],
          ("2003-01", "2008-12"), 72, False, yearonly=True)]
DL_RATE = ("Uurtarief: € 80 – € 90, afhankelijk van de omvang van de opdracht; voor deze opdracht van "
           "24 uur per week: € 90")
cv(file="Dirk-Jan Lammers.pdf", fmt="pdf", layout="single",
   name="Dirk-Jan Lammers", email="dirkjan.lammers@example.nl", phone="06-81726354", rate=DL_RATE,
   exp=dl, crit_text={"6": DL6, "7": DL7, "8": DL8}, refs=["Wendela Smeenk", "Arjan Timmer"],
   zzp_negated=[DL_ZZP, "Zelfstandig adviseur sociaal domein (zzp)"],
   must_have=["in vaste dienst (loondienst) bij Veluwe Inzet Detachering B.V."],
   body=[("title", "Dirk-Jan Lammers"),
         ("p", "Oldebroek  |  06-81726354  |  dirkjan.lammers@example.nl"),
         ("h", "Aanbieding"),
         ("p", "Ik ben sinds januari 2014 in vaste dienst (loondienst) bij Veluwe Inzet Detachering B.V., die "
               "mij voor deze opdracht aanbiedt."),
         ("pb", DL_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een ervaren manager in het sociaal domein met een hart voor welzijn. " + DL_ZZP + "; "
               "sinds 2014 werk ik weer in loondienst en ben ik gedetacheerd bij Veluwse gemeenten. Ik breng "
               "rust, structuur en richting, en ik zorg dat beleid ook echt bij de inwoner aankomt."),
         ("h", "Werkervaring"),
         ("pos", "sample", dl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — afgestudeerd in 2003"),
         ("p", "Leergang Integraal leidinggeven, NCOI, 2016"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Referenties"),
         ("p", "Wendela Smeenk, afdelingshoofd Samenleving, gemeente Oldebroek, 06-47586970"),
         ("p", "Arjan Timmer, manager Jeugd, gemeente Elburg, 06-47586971")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="ZZP: he was a zzp'er from 2009 to 2013, but since January 2014 he is 'in vaste dienst "
                     "(loondienst)' at Veluwe Inzet Detachering B.V., which offers him for this assignment. The "
                     "uitvoeringsvoorwaarde concerns the inschrijver now (not a ZZP-er): the bidder is the "
                     "employing agency, so the CV does not present him as self-employed -> zzp false, knock-out 1 "
                     "pass (a 'review' would be cautious, but the CV answers the question itself). Rate: "
                     "'€ 80 – € 90, ... voor deze opdracht van 24 uur per week: € 90' states the rate for this "
                     "assignment -> 90 (the first number, 80, would wrongly win the tie at 100 against Karin "
                     "Mulder's 86). Months: Coördinator Jeugd Gemeente Elburg 2014-01..2019-03 (63) + Manager "
                     "Welzijn en Zorg Gemeente Oldebroek 2019-04..2025-11 (80), both seconded -> count at the "
                     "gemeente = contiguous 143. The zzp adviser period and maatschappelijk werker not relevant "
                     "(role). 'afgestudeerd in 2003' = completed HBO MWD."))

# ------------------------------------------------------------------------- Renske Kuipers (pdf)
# TRAPS: exactly 60 relevant months in one closed period "januari 2019 – december 2023" (five full
# years: knock-out 3 needs "minimaal 5 jaar" -> pass; an exclusive count gives 59); education
# "Associate degree Sociaal Werk" followed by the completed "Bachelor Social Work" (hbo, MWD).
RK6 = ("Voorbeeld van beleid naar resultaat: de Raalter nota 'Welzijn dichtbij' heb ik omgezet in een "
       "jaarwerkplan met vier concrete projecten (ontmoetingsplekken in de kernen, een mantelzorgpunt, "
       "valpreventie en een vrijwilligersacademie), elk met een trekker en meetbare doelen; na twee jaar "
       "waren er elf nieuwe ontmoetingsplekken.")
RK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis in het "
       "netwerk Gezond Raalte, en een publiek-private samenwerking (PPS) met een woningcorporatie en een "
       "zorgaanbieder rond een inloophuis in Heino.")
RK8 = ("Projectleider van de invoering van het nieuwe Wmo-registratiesysteem en van het verandertraject "
       "'Van loket naar kern'.")
rk = [pos("januari 2024 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Raalte",
          ["Advisering aan het college over Wmo, welzijn en mantelzorg.",
           "Opstellen van de nieuwe welzijnsopdracht en de subsidieregels."],
          ("2024-01", REF), 23, False),
      pos("januari 2019 – december 2023", "Coördinator Wmo en Welzijn", "Gemeente Raalte",
          ["Dagelijkse leiding van het team Wmo en Welzijn (12 medewerkers).",
           "Werkverdeling, werving & selectie en de inzet van uren in afstemming met de teamleider.",
           RK6, RK7, RK8],
          ("2019-01", "2023-12"), 60, True),
      pos("september 2014 – december 2018", "Wmo-consulent", "Gemeente Raalte",
          ["Keukentafelgesprekken, onderzoek en advies over maatwerkvoorzieningen."],
          ("2014-09", "2018-12"), 52, False)]
RK_RATE = "Uurtarief: € 84,- (excl. btw)"
cv(file="Renske Kuipers.pdf", fmt="pdf", layout="single",
   name="Renske Kuipers", email="renske.kuipers@example.nl", phone="06-33445566", rate=RK_RATE,
   exp=rk, crit_text={"6": RK6, "7": RK7, "8": RK8}, refs=["Marianne Olthof", "Erwin Nijkamp"],
   must_have=["Associate degree Sociaal Werk", "Bachelor Social Work"],
   body=[("title", "Renske Kuipers"),
         ("p", "Raalte  |  06-33445566  |  renske.kuipers@example.nl"),
         ("p", RK_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een praktische, verbindende coördinator. Vijf jaar lang heb ik het team Wmo en Welzijn "
               "van de gemeente Raalte aangestuurd; sinds 2024 werk ik als beleidsadviseur, maar ik wil graag "
               "terug naar een coördinerende rol dicht bij de uitvoering. Ik houd van duidelijke afspraken, "
               "een team dat elkaar aanspreekt en een methodische, cyclische manier van werken."),
         ("h", "Werkervaring"),
         ("pos", "sample", rk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Deventer — verkort traject na de Associate degree, diploma behaald "
               "2014"),
         ("p", "Associate degree Sociaal Werk, Saxion Deventer — diploma 2012"),
         ("p", "Havo, Carmelcollege Salland, Raalte — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Marianne Olthof, afdelingsmanager Samenleving, gemeente Raalte, 06-17283940"),
         ("p", "Erwin Nijkamp, wethouder Sociaal Domein (2018 – 2022), gemeente Raalte, 06-17283941")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=60, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Wmo en Welzijn Gemeente Raalte 'januari 2019 – december 2023' = 2019-01..2023-12 "
                     "= 60 months, five full calendar years, the only relevant position (beleidsadviseur and "
                     "Wmo-consulent: role). Knock-out 3 asks 'minimaal 5 jaar' -> exactly 60 passes (inclusive "
                     "months; an end-minus-start count gives 59 and a wrong fail). 60 < 72 -> criterion 5 = 0. "
                     "Education: 'Bachelor Social Work ... verkort traject na de Associate degree, diploma behaald "
                     "2014' is a completed HBO bachelor Social Work; the Associate degree before it does not lower "
                     "the level -> hbo, degree, MWD."))

# ------------------------------------------------------------------------- Hilde Ruiter (docx)
# TRAPS: her current job is printed twice, in a sidebar "Loopbaan in het kort" ("03/2020 – heden") and
# in the detailed list ("maart 2020 – heden"): 69 months once, not 138 (138 would give criterion 5);
# HBO "Culturele en Maatschappelijke Vorming (CMV)": an HBO bachelor, not MWD.
HR6 = ("Voorbeeld van beleid naar resultaat: het Zwolse beleidskader 'Zorg dichtbij' heb ik met het team "
       "omgezet in een jaarwerkplan met drie concrete projecten (een digitaal meldformulier, huisbezoeken "
       "binnen twee weken en een mantelzorgconsulent per stadsdeel) en meetbare doelen; de wachttijd daalde "
       "van tien naar drie weken.")
HR7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging en zorgverzekeraar Zilveren Kruis in "
       "het stedelijk overleg Zorg en Welzijn.")
HR8 = ("Projectleider van de reorganisatie van het Wmo-team naar vier stadsdeelteams, met projectplan, "
       "planning en evaluatie.")
hr_sum = [pos("03/2020 – heden", "Teamleider Wmo", "gemeente Zwolle", [], ("2020-03", REF), 69, True),
          pos("09/2013 – 02/2020", "Wmo-consulent", "gemeente Zwolle", [], ("2013-09", "2020-02"), 78, False),
          pos("09/2009 – 08/2013", "Opbouwwerker", "Stichting Welzijn Zwolle-Zuid", [],
              ("2009-09", "2013-08"), 48, False)]
hr = [pos("maart 2020 – heden", "Teamleider Wmo", "Gemeente Zwolle",
          ["Leiding aan het Wmo-team (16 consulenten en 2 administratief medewerkers).",
           "Verantwoordelijk voor formatie, werving & selectie en de verdeling van de caseload.",
           HR6, HR7, HR8],
          ("2020-03", REF), 69, True),
      pos("september 2013 – februari 2020", "Wmo-consulent", "Gemeente Zwolle",
          ["Keukentafelgesprekken en maatwerkvoorzieningen; werkbegeleider van nieuwe consulenten."],
          ("2013-09", "2020-02"), 78, False),
      pos("september 2009 – augustus 2013", "Opbouwwerker", "Stichting Welzijn Zwolle-Zuid",
          ["Ondersteuning van bewonersgroepen in Zwolle-Zuid."],
          ("2009-09", "2013-08"), 48, False)]
HR_RATE = "tarief: 87 euro"
_hr_side = []
for _p in hr_sum:
    _hr_side += [("p", _p["d"]), ("pb", f"{_p['t']}, {_p['e']}")]
cv(file="Hilde Ruiter.docx", fmt="docx", layout="sidebar",
   name="Hilde Ruiter", email="hilde.ruiter@example.nl", phone="06-71829304", rate=HR_RATE,
   exp=hr_sum + hr, crit_text={"6": HR6, "7": HR7, "8": HR8}, refs=["Ellen Brinkhuis", "Thijs Oldenkamp"],
   must_have=["Loopbaan in het kort", "Culturele en Maatschappelijke Vorming (CMV)"],
   left=[("h", "Contact"), ("p", "hilde.ruiter@example.nl"), ("p", "06-71829304"), ("p", "Zwolle"),
         ("h", "Tarief"), ("pb", HR_RATE),
         ("h", "Loopbaan in het kort")] + _hr_side +
        [("h", "Talen"), ("p", "Nederlands"), ("p", "Engels"),
         ("h", "Sterk in"), ("bl", ["Structuur", "Coachen", "Aanspreken", "Overzicht"])],
   right=[("title", "Hilde Ruiter"),
          ("p", "Teamleider Wmo"),
          ("h", "Profiel"),
          ("p", "Ik ben een teamleider die rust en richting geeft. Ik ken het Wmo-werk van binnenuit, omdat "
                "ik zelf jaren consulent was, en ik weet wat consulenten nodig hebben om goed werk te leveren. "
                "Ik stuur op afspraken, maar geef ruimte aan vakmanschap."),
          ("h", "Werkervaring"),
          ("pos", "datebold", hr),
          ("h", "Opleiding"),
          ("p", "Bachelor Culturele en Maatschappelijke Vorming (CMV), Hogeschool Windesheim — diploma 2009"),
          ("h", "Referenties"),
          ("p", "Ellen Brinkhuis, afdelingsmanager Zorg, gemeente Zwolle, 06-84736251"),
          ("p", "Thijs Oldenkamp, teamleider Jeugd, gemeente Zwolle, 06-84736252")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=69, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 0, 15, 20, 25),
               notes="The current job is printed twice: in the sidebar 'Loopbaan in het kort' (03/2020 – heden, "
                     "Teamleider Wmo, gemeente Zwolle) and in the detailed Werkervaring (maart 2020 – heden). "
                     "It is one job: 2020-03..2025-11 = 69 months, counted once (138 if counted twice, which would "
                     "wrongly give criterion 5). 69 >= 60 -> knock-out 3 pass; 69 < 72 -> criterion 5 = 0. "
                     "Wmo-consulent and opbouwwerker not relevant (role). 'Bachelor Culturele en Maatschappelijke "
                     "Vorming (CMV)': a completed HBO bachelor, but CMV is not Maatschappelijk Werk en "
                     "Dienstverlening ('Maatschappelijke' is not MWD) -> hbo, degree, mwd false, criterion 4 = 0. "
                     "'tarief: 87 euro' = 87."))

# =========================================================================================== review
# ------------------------------------------------------------------------- Yvonne Hendriks (docx)
# TRAP: "Sinds 2021 werk ik via mijn eigen bv ... (directeur-grootaandeelhouder)" -- self-employed via
# a one-person BV; no "zzp", "KvK" or "eenmanszaak" word.
YH6 = ("Voorbeeld van beleid naar resultaat: het Apeldoornse beleidsplan Wmo heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten (wijkgerichte toegang, een mantelzorgpas, snellere "
       "hulpmiddelen en een inloop voor ouderen) en meetbare doelen; de doorlooptijd van meldingen halveerde.")
YH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een zorgsteunpunt.")
YH8 = ("Projectleider van de transitie van de Wmo-toegang naar vijf wijkteams: projectplan, implementatie "
       "en evaluatie.")
yh = [pos("januari 2021 – heden", "Eigenaar en adviseur", "Hendriks Sociaal Management B.V.",
          ["Adviesopdrachten voor gemeenten over de inrichting van de toegang en de welzijnsopdracht."],
          ("2021-01", REF), 59, False),
      pos("februari 2012 – december 2020", "Teamleider Wmo", "Gemeente Apeldoorn",
          ["Leiding aan het Wmo-team (24 medewerkers) en aan het loket Zorg en Welzijn.",
           YH6, YH7, YH8,
           "Verantwoordelijk voor het teambudget, de formatie en werving & selectie."],
          ("2012-02", "2020-12"), 107, True),
      pos("2007 – 2011", "Consulent maatschappelijke ondersteuning", "Gemeente Apeldoorn",
          ["Onderzoek en advies over voorzieningen."],
          ("2007-01", "2011-12"), 60, False, yearonly=True)]
YH_RATE = "Tarief: € 95,- per uur (excl. btw)"
cv(file="Yvonne Hendriks.docx", fmt="docx", layout="single",
   name="Yvonne Hendriks", email="yvonne.hendriks@example.com", phone="06-93847560", rate=YH_RATE,
   exp=yh, crit_text={"6": YH6, "7": YH7, "8": YH8}, refs=["Fenna Bakhuis", "Joost Harmsen"],
   must_have=["via mijn eigen bv", "directeur-grootaandeelhouder"],
   body=[("title", "Yvonne Hendriks"),
         ("rows", [("Woonplaats", ["Apeldoorn"]), ("Telefoon", ["06-93847560"]),
                   ("E-mail", ["yvonne.hendriks@example.com"])]),
         ("pb", YH_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren leidinggevende in het sociaal domein. Sinds 2021 werk ik via mijn eigen bv, Hendriks "
               "Sociaal Management B.V., waarvan ik directeur-grootaandeelhouder ben; ook deze opdracht zou ik "
               "via de bv uitvoeren. Ik ben resultaatgericht, verbindend en ik houd van een team dat zelf "
               "verantwoordelijkheid neemt."),
         ("h", "Werkervaring"),
         ("pos", "next", yh),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Fenna Bakhuis, manager Sociaal Domein, gemeente Apeldoorn, 06-93847561"),
         ("p", "Joost Harmsen, wethouder Zorg (2014 – 2022), gemeente Apeldoorn, 06-93847562")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=107, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds 2021 werk ik via mijn eigen bv, Hendriks Sociaal Management B.V., waarvan ik "
                     "directeur-grootaandeelhouder ben; ook deze opdracht zou ik via de bv uitvoeren': she is "
                     "self-employed through a one-person BV and the BV would be the contractor -- the situation the "
                     "uitvoeringsvoorwaarde excludes, although no 'zzp', 'KvK' or 'eenmanszaak' word appears -> zzp "
                     "true, knock-out 1 review (the samples' convention for ZZP indications). Teamleider Wmo "
                     "Gemeente Apeldoorn 2012-02..2020-12 = 107; the adviser role in her own bv and the consulent "
                     "role are not relevant (role). Otherwise full marks."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Martin Heijink (docx)
# TRAP: current secondment printed "januari 2021 – december 2025" (the contract ends after the
# deadline): by the reference date 2025-11 that is 59 months, one short of five years -> fail.
MH6 = ("Voorbeeld van beleid naar resultaat: de Hattemse nota 'Iedereen telt mee' heb ik met het team vertaald "
       "naar een jaarwerkplan met concrete projecten (een inloopspreekuur in de bibliotheek, vroegsignalering "
       "van schulden en een maatjesproject voor statushouders) en meetbare doelen per kwartaal.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis, en een publiek-private "
       "samenwerking (PPS) met een woningcorporatie rond een buurtkamer.")
MH8 = ("Projectleider van de invoering van een nieuwe werkwijze voor het sociaal team (één gezin, één plan), met "
       "projectplan en evaluatie.")
mh = [pos("januari 2021 – december 2025", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Gedetacheerd vanuit Sociaal Domein Detachering Oost B.V.; de detachering heeft een vaste einddatum en "
           "loopt af op 31 december 2025.",
           "Dagelijkse leiding van het sociaal team (10 medewerkers), werkverdeling en casuïstiekoverleg.",
           MH6, MH7, MH8],
          ("2021-01", REF), 59, True),
      pos("maart 2013 – december 2020", "Wmo-consulent", "Gemeente Heerde",
          ["Keukentafelgesprekken en maatwerkvoorzieningen in Heerde, Wapenveld en Veessen."],
          ("2013-03", "2020-12"), 94, False),
      pos("2008 – 2012", "Maatschappelijk werker", "Stichting Welzijn Epe",
          ["Individuele hulpverlening en spreekuren in de dorpen."],
          ("2008-01", "2012-12"), 60, False, yearonly=True)]
MH_RATE = "Tarief: € 92,50 per uur incl. reiskosten"
cv(file="Martin Heijink.docx", fmt="docx", layout="header",
   header="Martin Heijink  ·  Coördinator sociaal domein  ·  06-50607080  ·  m.heijink@example.com",
   name="Martin Heijink", email="m.heijink@example.com", phone="06-50607080", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Gea Mensink", "Rik Oosterveld"],
   must_have=["loopt af op 31 december 2025"],
   body=[("title", "Curriculum vitae"),
         ("rows", [("Naam", ["Martin Heijink"]), ("Woonplaats", ["Wapenveld"]), ("Telefoon", ["06-50607080"]),
                   ("E-mail", ["m.heijink@example.com"])]),
         ("pb", MH_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Hattem en daarvoor bijna acht jaar Wmo-consulent in Heerde: ik "
               "ken de gemeente, de inwoners en de organisaties in het dorp. Ik ben nuchter, verbindend en "
               "besluitvaardig, en ik houd overzicht als het druk wordt."),
         ("h", "Werkervaring"),
         ("pos", "dateline", mh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Gea Mensink, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-22446688"),
         ("p", "Rik Oosterveld, teamleider Wmo, gemeente Heerde, 06-22446689")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=92.5,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Sociaal Team Gemeente Hattem 'januari 2021 – december 2025': the secondment ends "
                     "after the submission deadline ('loopt af op 31 december 2025'). Experience counts up to the "
                     "reference date (2025-11, the deadline): 2021-01..2025-11 = 59 months; December 2025 is not yet "
                     "demonstrable experience. Wmo-consulent and maatschappelijk werker not relevant (role). 59 < 60 "
                     "-> knock-out 3 fail (counting the printed end date gives exactly 60 and a wrong pass). 'Tarief: "
                     "€ 92,50 per uur incl. reiskosten' = 92.5."))

# ------------------------------------------------------------------------- Wim Kamphuis (pdf)
# TRAPS: a former employer is the Kamer van Koophandel (not a KvK registration: no ZZP indication);
# "Teamleider Wonen en Welzijn" at "Woonstichting Veluwse Poort", a housing corporation (not a
# welzijnsstichting despite "Stichting" and "Welzijn") -- it decides knock-out 3.
WK6 = ("Voorbeeld van beleid naar resultaat: de gemeentelijke nota 'Oud worden in Oldebroek' heb ik vertaald naar "
       "een jaarwerkplan met concrete activiteiten (een ouderenbezoekdienst, drie ontmoetingsplekken en een "
       "valpreventiecursus) en meetbare doelen; in 2024 bereikten we 420 thuiswonende 75-plussers.")
WK7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging en zorgverzekeraar Menzis in het "
       "ouderennetwerk Oldebroek, en een publiek-private samenwerking (PPS) met een supermarkt en de "
       "woningcorporatie voor een buurtkamer in 't Loo.")
wk = [pos("oktober 2021 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Ouderen Oldebroek",
          ["Leiding aan 5 ouderenadviseurs en 140 vrijwilligers.", WK6, WK7,
           "Verantwoording van de subsidie aan de gemeente Oldebroek."],
          ("2021-10", REF), 50, True),
      pos("juni 2018 – september 2021", "Teamleider Wonen en Welzijn", "Woonstichting Veluwse Poort",
          ["Woonstichting Veluwse Poort is een woningcorporatie met 7.500 huurwoningen in Harderwijk en Ermelo.",
           "Leiding aan zes wijkconsulenten: huurachterstanden, overlast, leefbaarheid en woningtoewijzing met "
           "urgentie.",
           "Overleg met het sociaal team van de gemeente over huurders met een zorgvraag."],
          ("2018-06", "2021-09"), 40, False),
      pos("januari 2010 – mei 2018", "Wijkconsulent", "Woonstichting Veluwse Poort",
          ["Aanspreekpunt voor huurders in de wijk Stadsdennen."],
          ("2010-01", "2018-05"), 101, False),
      pos("2005 – 2009", "Accountmanager", "Kamer van Koophandel Centraal Gelderland",
          ["Voorlichting aan starters over de inschrijving in het handelsregister en over vergunningen."],
          ("2005-01", "2009-12"), 60, False, yearonly=True)]
WK_RATE = "€ 83,- per uur"
cv(file="Wim Kamphuis.pdf", fmt="pdf", layout="sidebar",
   name="Wim Kamphuis", email="wim.kamphuis@example.nl", phone="06-14253647", rate=WK_RATE,
   exp=wk, crit_text={"6": WK6, "7": WK7}, refs=["Gerda Mulderij", "Hans Ploeg"],
   must_have=["Kamer van Koophandel", "is een woningcorporatie"],
   left=[("h", "Contact"), ("p", "wim.kamphuis@example.nl"), ("p", "06-14253647"), ("p", "Harderwijk"),
         ("h", "Tarief"), ("pb", WK_RATE),
         ("h", "Talen"), ("p", "Nederlands"), ("p", "Engels"), ("p", "Duits"),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Luisteren", "Overzicht", "Doorpakken"])],
   right=[("title", "Wim Kamphuis"),
          ("p", "Coördinator welzijn ouderen"),
          ("h", "Profiel"),
          ("p", "Na jaren bij een woningcorporatie werk ik sinds 2021 in het welzijnswerk voor ouderen. Ik ken "
                "de wijken en de huurders, en ik weet hoe wonen, zorg en welzijn elkaar raken. Ik ben "
                "praktisch, benaderbaar en ik houd van resultaat."),
          ("h", "Werkervaring"),
          ("pos", "pipe", wk),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009 (deeltijd)"),
          ("h", "Referenties"),
          ("p", "Gerda Mulderij, directeur Stichting Welzijn Ouderen Oldebroek, 06-25364758"),
          ("p", "Hans Ploeg, manager Wonen, Woonstichting Veluwse Poort, 06-25364759")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 0),
               notes="Coördinator Welzijn Ouderen at Stichting Welzijn Ouderen Oldebroek 2021-10..2025-11 = 50: "
                     "relevant. 'Teamleider Wonen en Welzijn' at Woonstichting Veluwse Poort 2018-06..2021-09 (40), "
                     "which the CV itself calls 'een woningcorporatie': a housing corporation is not a gemeente or "
                     "a welzijnsstichting, whatever its legal form and job title -> not relevant (counted, it "
                     "would give 90 and a wrong pass, even criterion 5). 50 < 60 -> knock-out 3 fail. "
                     "'Accountmanager, Kamer van Koophandel Centraal Gelderland' (2005 – 2009) is a former employer, "
                     "not a registration of his own business -> zzp false, knock-out 1 pass. No project or change "
                     "wording -> criterion 8 = 0."))

# ------------------------------------------------------------------------- Priscilla Baars (docx)
# TRAPS: "Coördinator Diaconaal Ouderenwerk" at "Protestantse Gemeente Heerde" (a church congregation,
# not a municipality) and "Coördinator Bevolkingszorg" at a Veiligheidsregio (crisis management for
# the municipalities, not a gemeente, not the social domain): each one, counted, would pass ko 3.
PB6 = ("Voorbeeld van beleid naar resultaat: het Wmo-beleidsplan van Epe heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een mantelzorgpunt in Vaassen, huisbezoeken aan 80-plussers en een "
       "digitaal meldformulier) en meetbare doelen; 350 mantelzorgers kwamen nieuw in beeld.")
PB7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis over huishoudelijke "
       "ondersteuning, en een publiek-private samenwerking (PPS) voor een dorpssteunpunt in Emst.")
PB8 = "Projectleider van de reorganisatie van het Wmo-loket tot één toegang voor Wmo en jeugd."
pb = [pos("februari 2022 – heden", "Coördinator Bevolkingszorg", "Veiligheidsregio Noord- en Oost-Gelderland",
          ["De veiligheidsregio is de gemeenschappelijke regeling van 22 gemeenten voor brandweer, GHOR en "
           "crisisbeheersing.",
           "Coördinatie van de gemeentelijke crisisorganisatie (bevolkingszorg): opvang en verzorging, "
           "evacuatie, crisiscommunicatie en nafase.",
           "Opleiden, trainen en oefenen van gemeentelijke crisisfunctionarissen."],
          ("2022-02", REF), 46, False),
      pos("september 2018 – januari 2022", "Teamleider Wmo", "Gemeente Epe",
          ["Leiding aan het Wmo-team (9 consulenten).", PB6, PB7, PB8],
          ("2018-09", "2022-01"), 41, True),
      pos("januari 2015 – augustus 2018", "Coördinator Diaconaal Ouderenwerk", "Protestantse Gemeente Heerde",
          ["Coördinatie van het ouderenbezoekwerk van de diaconie van deze kerkelijke gemeente: 70 vrijwillige "
           "bezoekers.",
           "Organisatie van vakantieweken en ontmoetingsmiddagen voor ouderen uit de kerk."],
          ("2015-01", "2018-08"), 44, False),
      pos("2010 – 2014", "Ouderenadviseur", "Stichting Welzijn Epe",
          ["Huisbezoeken en advies aan thuiswonende ouderen."],
          ("2010-01", "2014-12"), 60, False, yearonly=True)]
PB_RATE = "€ 86,- per uur"
cv(file="Priscilla Baars.docx", fmt="docx", layout="single",
   name="Priscilla Baars", email="priscilla.baars@example.nl", phone="06-63524149", rate=PB_RATE,
   exp=pb, crit_text={"6": PB6, "7": PB7, "8": PB8}, refs=["Ria Wassink", "Marco Brink"],
   must_have=["Protestantse Gemeente Heerde", "kerkelijke gemeente", "Veiligheidsregio"],
   body=[("title", "Priscilla Baars"),
         ("p", "Heerde  |  06-63524149  |  priscilla.baars@example.nl"),
         ("p", "Uurtarief: " + PB_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator met brede ervaring: in de Wmo, in de crisisorganisatie van de gemeenten en "
               "in het ouderenwerk van de kerk. Ik houd het hoofd koel, ik verbind mensen en ik zorg dat "
               "afspraken worden nagekomen."),
         ("h", "Werkervaring"),
         ("pos", "datebold", pb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Ria Wassink, afdelingsmanager Samenleving, gemeente Epe, 06-63524150"),
         ("p", "Marco Brink, hoofd Crisisbeheersing, Veiligheidsregio Noord- en Oost-Gelderland, 06-63524151")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=41, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="Only Teamleider Wmo Gemeente Epe 2018-09..2022-01 (41) is relevant. 'Coördinator Bevolkingszorg, "
                     "Veiligheidsregio Noord- en Oost-Gelderland' 2022-02..2025-11 (46): a veiligheidsregio is a "
                     "joint body of 22 municipalities (not a gemeente) and bevolkingszorg is crisis management "
                     "(evacuation, shelter), not the social domain -> not relevant. 'Coördinator Diaconaal "
                     "Ouderenwerk, Protestantse Gemeente Heerde' 2015-01..2018-08 (44): a church congregation "
                     "('kerkelijke gemeente'), not a municipality or welzijnsstichting -> not relevant. Either one "
                     "counted gives 87 or 85 (both: 131) and a wrong pass. 41 < 60 -> knock-out 3 fail. "
                     "Ouderenadviseur not relevant (role)."))

# ------------------------------------------------------------------------- Jolanda Veenstra (pdf)
# TRAP: an English CV that opens with a Dutch "Samenvatting" (the only Dutch part, ~15 % of the words):
# not "opgesteld in het Nederlands" -> language check fail.
JV_NL = ("Ik ben een ervaren manager in het sociaal domein met ruim veertien jaar leidinggevende ervaring bij de "
         "gemeenten Kampen en Zwolle. Ik verbind beleid en uitvoering, coach teams op eigenaarschap en houd "
         "overzicht over budget en formatie. Mijn cv is verder in het Engels opgesteld, omdat ik de afgelopen "
         "jaren in een internationaal netwerk van Europese gemeenten heb gewerkt. Graag licht ik mijn ervaring "
         "toe in een gesprek.")
JV6 = ("Example of policy into results: I translated the Kampen policy plan 'Stronger Together' into an annual "
       "work plan with five concrete projects, each with an owner, a budget and measurable goals; after two "
       "years 25% more residents found their way to the neighbourhood teams.")
JV7 = ("Cooperation with care providers, GPs, the regional public health service (GGD) and health insurer "
       "Zilveren Kruis, and a public-private partnership (PPS) for a health centre in Brunnepe.")
JV8 = ("Project leader of the reorganisation of the social domain into four neighbourhood teams: project plan, "
       "change programme and evaluation.")
jv = [pos("May 2017 – present", "Manager Social Domain", "Municipality of Kampen",
          ["Integral manager of three teams (social support, youth, work and income): 38 staff.",
           "Responsible for a budget of € 3.6 million and for staffing, recruitment and selection.",
           JV6, JV7, JV8],
          ("2017-05", REF), 103, True),
      pos("Sept 2011 – April 2017", "Coordinator Youth and Family", "Municipality of Zwolle",
          ["Coordinated the Centre for Youth and Family and a team of seven youth consultants.",
           "Prepared the team for the decentralisation of youth care in 2015."],
          ("2011-09", "2017-04"), 68, True),
      pos("2006 – 2010", "Social worker", "Stichting Welzijn IJsseldelta",
          ["Individual support and group work for families."],
          ("2006-01", "2010-12"), 60, False, yearonly=True)]
JV_RATE = "Hourly rate: € 88 (excl. VAT)"
cv(file="Jolanda Veenstra.pdf", fmt="pdf", layout="single", lang="en",
   name="Jolanda Veenstra", email="jolanda.veenstra@example.com", phone="+31 6 4455 6677", rate=JV_RATE,
   exp=jv, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["Peter Hogenkamp", "Anouk Lemstra"],
   must_have=["Samenvatting", JV_NL],
   body=[("title", "Jolanda Veenstra"),
         ("p", "Kampen  |  +31 6 4455 6677  |  jolanda.veenstra@example.com"),
         ("h", "Samenvatting"),
         ("p", JV_NL),
         ("h", "Profile"),
         ("p", "I am a manager in the Dutch social domain who enjoys building teams in which professionals take "
               "ownership of their work. I am calm, direct and reliable, and I make decisions when they are "
               "needed. In the past years I have worked with municipalities from five European countries on "
               "local welfare, which is why I have written this CV in English. I am used to translating "
               "political ambitions into a workable plan and to keeping a close eye on budgets and staffing."),
         ("h", "Work experience"),
         ("pos", "sample", jv),
         ("h", "Education"),
         ("p", "Bachelor of Social Work (HBO), Hanze University of Applied Sciences Groningen — degree obtained "
               "2006"),
         ("p", "Leadership in the Social Domain, VNG Academy, 2018"),
         ("h", "Languages"),
         ("p", "Dutch (native), English (fluent), German (good)"),
         ("h", "Rate"),
         ("p", JV_RATE),
         ("h", "References"),
         ("p", "Mr Peter Hogenkamp, municipal secretary, Municipality of Kampen, +31 6 1122 3344"),
         ("p", "Ms Anouk Lemstra, director Social Domain, Municipality of Zwolle, +31 6 1122 3345")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25), lang="en",
               notes="Only the opening 'Samenvatting' is Dutch (and it says 'Mijn cv is verder in het Engels "
                     "opgesteld'); profile, work experience, education, references are English -> language en, "
                     "the CV is not 'opgesteld in het Nederlands' -> dutch check fail, not eligible. Other fields "
                     "(the samples' convention for foreign-language CVs): Coordinator Youth and Family Municipality "
                     "of Zwolle 2011-09..2017-04 (68) + Manager Social Domain Municipality of Kampen "
                     "2017-05..2025-11 (103) = contiguous 171; 'Bachelor of Social Work (HBO) ... degree obtained' "
                     "-> hbo, MWD; two named references; 'Hourly rate: € 88' = 88; criteria 6-8 stated in English."))

# ------------------------------------------------------------------------- Esmee de Wit (docx)
# TRAPS: a DOCX of six pages whose docProps/app.xml says <Pages>6</Pages> (exact: fail, not an
# estimate); "HBO Sociaal-Juridische Dienstverlening (SJD)" -- an HBO bachelor with "Dienstverlening"
# in its name, but not MWD.
EW6 = ("Voorbeeld van beleid naar resultaat: de Apeldoornse koers 'Sociaal domein in de wijk' heb ik samen met "
       "de beleidsadviseur vertaald naar een jaarwerkplan met vijf concrete projecten (een wijkspreekuur, "
       "vroegsignalering van huurachterstanden, een budgetcafé, een jongerenloket en een mantelzorgpunt) en "
       "meetbare doelen; het aantal inwoners met schulden dat binnen vier weken hulp kreeg, steeg van 40% "
       "naar 75%.")
EW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie en een energiebedrijf tegen "
       "energiearmoede.")
EW8 = ("Projectleider van de transitie van drie wijkloketten naar één gebiedsteam Apeldoorn-Zuid, met "
       "projectplan, nieuwe werkprocessen en een evaluatie na een jaar.")
ew = [pos("augustus 2016 – heden", "Coördinator Gebiedsteam", "Gemeente Apeldoorn",
          ["Leiding aan het gebiedsteam Apeldoorn-Zuid (18 generalisten).",
           "Verantwoordelijk voor formatie, werving & selectie, de inzet van uren en het teambudget.",
           EW6, EW7, EW8,
           "Coaching van medewerkers op methodisch werken en eigenaarschap; intervisie per deelteam.",
           "Rapportage over bereik, wachttijden en budget aan de afdelingsmanager."],
          ("2016-08", REF), 112, True),
      pos("september 2011 – juli 2016", "Schuldhulpverlener", "Gemeente Apeldoorn",
          ["Intake, budgetplannen en schuldregelingen.",
           "Voorlichting over geldzaken op scholen en in wijkcentra."],
          ("2011-09", "2016-07"), 59, False),
      pos("2008 – 2011", "Medewerker juridisch spreekuur (bijbaan)", "Stichting Rechtswinkel Apeldoorn",
          ["Eerste hulp bij brieven van instanties, huurrecht en toeslagen."],
          ("2008-01", "2011-12"), 48, False, yearonly=True)]
EW_RATE = "Uurtarief: € 89,- (excl. btw)"
_ew_motivation = [
    "De gemeente Heerde zoekt een coördinator die welzijn een heldere plek geeft binnen de gemeentelijke "
    "organisatie en die het team van Stip meeneemt in een methodische en cyclische manier van werken. Dat is "
    "precies wat ik de afgelopen jaren in Apeldoorn-Zuid heb gedaan.",
    "In een kleine gemeente zijn de lijnen kort. Dat spreekt mij aan: ik werk graag dicht bij de inwoners, de "
    "medewerkers en het bestuur, en ik schakel snel met beleidsadviseurs en teamleiders.",
    "Ik zie mijn rol als die van verbinder tussen opdrachtgevers en medewerkers. Ik vertaal de vraag van de "
    "beleidsadviseurs naar wat het team nodig heeft, en ik laat de beleidsadviseurs zien wat er in de wijk "
    "speelt.",
    "Ik vind het belangrijk dat medewerkers eigenaar zijn van hun werk. Ik geef vertrouwen, maak heldere "
    "afspraken en spreek mensen aan als afspraken niet worden nagekomen.",
    "Tot slot breng ik ervaring mee met registratiesystemen: in Apeldoorn heb ik de overgang naar een nieuw "
    "cliëntvolgsysteem begeleid, en ik heb meegedacht over de inrichting van DA Systems in de regio."]
cv(file="Esmee de Wit.docx", fmt="docx", layout="single",
   name="Esmee de Wit", email="esmee.dewit@example.nl", phone="06-27384950", rate=EW_RATE,
   exp=ew, crit_text={"6": EW6, "7": EW7, "8": EW8}, refs=["Monique Harbers", "Ronald Jansen"],
   must_have=["HBO Sociaal-Juridische Dienstverlening (SJD)"],
   body=[("title", "Esmee de Wit"),
         ("p", "Coördinator gebiedsteam"),
         ("rows", [("Woonplaats", ["Apeldoorn"]), ("Telefoon", ["06-27384950"]),
                   ("E-mail", ["esmee.dewit@example.nl"]), ("Geboortejaar", ["1988"])]),
         ("pb", EW_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator van een gebiedsteam in Apeldoorn en heb ruim negen jaar leidinggevende ervaring "
               "in het sociaal domein. Ik begon als schuldhulpverlener en weet daardoor hoe belangrijk snelle en "
               "praktische hulp is. Als coördinator zorg ik voor een team dat zichtbaar en vindbaar is in de wijk, "
               "en voor afspraken die worden nagekomen."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Verbinder tussen beleid en uitvoering", "Coachend en duidelijk", "Financieel bewust",
                 "Besluitvaardig"]),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", ew[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "sample", ew[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Sociaal-Juridische Dienstverlening (SJD), Saxion Deventer — diploma 2011"),
         ("p", "Havo, Veluws College Walterbosch, Apeldoorn — diploma 2007"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals, NCOI (2017)", "Oplossingsgericht werken, Alba Academie (2019)",
                 "Financieel management in het sociaal domein, VNG Academie (2021)",
                 "Gebruikersdag DA Systems (2024)"]),
         ("break",),
         ("h", "Motivatie"),
         ] + [("p", t) for t in _ew_motivation] + [
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend", "Helder in communicatie", "Analytisch", "Innovatief en proactief"]),
         ("break",),
         ("h", "Nevenactiviteiten"),
         ("bl", ["Penningmeester van de buurtvereniging Apeldoorn-Zuid (sinds 2019)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed)"),
         ("h", "Referenties"),
         ("p", "Monique Harbers, afdelingsmanager Samenleving, gemeente Apeldoorn, 06-45362718"),
         ("p", "Ronald Jansen, teamleider Schuldhulpverlening, gemeente Apeldoorn, 06-45362719")],
   expect=dict(pages=6, edu=("hbo", True, False), coord=112, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Six pages (docProps/app.xml <Pages>6</Pages>, equal to the rendering): over 'maximaal 5 "
                     "pagina's' -> pages fail (an exact count, not an estimate). 'HBO Sociaal-Juridische "
                     "Dienstverlening (SJD)': a completed HBO bachelor, but a different programme than "
                     "Maatschappelijk Werk en Dienstverlening -> hbo, degree, mwd false, criterion 4 = 0. "
                     "Coördinator Gebiedsteam Gemeente Apeldoorn 2016-08..2025-11 = 112; schuldhulpverlener and the "
                     "student job not relevant (role)."))

# ------------------------------------------------------------------------- Tim Roelofs (pdf)
# TRAPS: an education table whose "Diploma" column says "nee" for HBO Social Work (not completed:
# knock-out 2 fail) and "ja" for MBO; a long English publications list (~30 % of the words) in a
# Dutch CV (still Dutch).
TR6 = ("Voorbeeld van beleid naar resultaat: de Deventer Jeugdagenda heb ik met het team vertaald naar een "
       "jaarwerkplan met concrete projecten (een jeugdconsulent op elke basisschool, een ouderpunt in de "
       "Rivierenwijk en snellere toegang tot jeugdhulp) en meetbare doelen; de wachttijd daalde van acht naar "
       "drie weken.")
TR7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de jeugdgezondheidszorg van de GGD en "
       "zorgverzekeraar Salland, en een publiek-private samenwerking (PPS) voor een sportief jongerencentrum.")
TR8 = ("Projectleider van de transformatie van de jeugdhulp in Deventer: projectmatig werken met vier "
       "deelprojecten, een stuurgroep en halfjaarlijkse evaluaties.")
TR_PUBS = [
    "Roelofs, T. (2024). Youth work in the neighbourhood: what Dutch municipalities learned from ten years of "
    "decentralised youth care. Paper presented at the European Social Services Conference, Lisbon.",
    "Roelofs, T. and Mensink, A. (2023). From policy to practice: how a medium-sized city organises access to "
    "youth care and family support. Journal of Local Social Policy, 12(3), 45-61.",
    "Roelofs, T. (2022). Waiting lists are a design problem: lessons from a Dutch youth team. Keynote at the "
    "Nordic Youth Care Days, Aarhus.",
    "Roelofs, T. (2021). Working with general practitioners in youth care: a practical guide for team "
    "leaders. Utrecht: Netherlands Youth Institute, practice series no. 7.",
    "Roelofs, T. (2020). Parents as partners: a short evaluation of a parent support point in an area with "
    "many families in poverty. Report for the municipality of Deventer.",
    "Roelofs, T. (2019). What schools and youth teams can learn from each other. Workshop at the International "
    "Conference on School Social Work, Amsterdam.",
]
tr = [pos("januari 2017 – heden", "Teamleider Jeugd en Gezin", "Gemeente Deventer",
          ["Leiding aan het team Jeugd en Gezin (21 jeugdconsulenten en gezinscoaches).",
           "Verantwoordelijk voor formatie, werving & selectie en het teambudget.",
           TR6, TR7, TR8],
          ("2017-01", REF), 107, True),
      pos("augustus 2009 – december 2016", "Jeugdconsulent", "Gemeente Deventer",
          ["Toegang tot jeugdhulp, gesprekken met gezinnen en scholen."],
          ("2009-08", "2016-12"), 89, False)]
TR_RATE = "Tarief: € 85 per uur"
cv(file="Tim Roelofs.pdf", fmt="pdf", layout="header",
   header="Tim Roelofs  ·  Deventer  ·  06-90817263  ·  tim.roelofs@example.nl",
   name="Tim Roelofs", email="tim.roelofs@example.nl", phone="06-90817263", rate=TR_RATE,
   exp=tr, crit_text={"6": TR6, "7": TR7, "8": TR8}, refs=["Noortje Hesselink", "Bram ter Beek"],
   english=TR_PUBS,
   must_have=["Diploma", "HBO Social Work", "nee"],
   body=[("title", "Curriculum vitae"),
         ("p", TR_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider jeugd en gezin met bijna negen jaar leidinggevende ervaring in Deventer. Ik schrijf en "
               "spreek graag over wat gemeenten van elkaar kunnen leren, ook internationaal. Ik ben "
               "resultaatgericht, eerlijk en toegankelijk."),
         ("h", "Werkervaring"),
         ("pos", "inline", tr),
         ("h", "Opleiding"),
         ("table", ["Opleiding", "Instelling", "Periode", "Diploma"],
          [["HBO Social Work (voltijd)", "Hogeschool Windesheim, Zwolle", "2005 – 2009", "nee"],
           ["MBO Sociaal Pedagogisch Werk, niveau 4", "Deltion College, Zwolle", "2001 – 2005", "ja"]]),
         ("p", "Cursussen: Leiderschap in het sociaal domein (VNG Academie, 2018), Motiverende gespreksvoering "
               "(2014)."),
         ("h", "Publicaties en presentaties"),
         ("bl", TR_PUBS),
         ("h", "Referenties"),
         ("p", "Noortje Hesselink, afdelingsmanager Jeugd, gemeente Deventer, 06-13243546"),
         ("p", "Bram ter Beek, wethouder Jeugd (2018 – 2022), gemeente Deventer, 06-13243547")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=107, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education table (Opleiding | Instelling | Periode | Diploma): 'HBO Social Work (voltijd), "
                     "Hogeschool Windesheim, 2005 – 2009, Diploma: nee' -> attended, not completed; 'MBO Sociaal "
                     "Pedagogisch Werk, niveau 4 ... ja' -> highest completed level mbo, no degree, not MWD -> "
                     "knock-out 2 fail, criterion 4 = 0 (reading 'HBO Social Work' without the diploma column "
                     "gives a wrong pass). The English publications list (six entries, about 30 % of the words) "
                     "does not make the CV English: everything else is Dutch -> language nl, pass. Teamleider Jeugd "
                     "en Gezin Gemeente Deventer 2017-01..2025-11 = 107; jeugdconsulent not relevant (role)."))

# ------------------------------------------------------------------------- Anita Grootveld (docx)
# TRAPS: "Leergang Coördinator Sociaal Domein (hbo-niveau) ... certificaat behaald" next to an MBO
# diploma (a course at HBO level is not an HBO bachelor: knock-out 2 fail); one named reference plus
# the agency's contact person for the offer (not a reference: count 1 -> fail).
AG6 = ("Voorbeeld van beleid naar resultaat: het beleidsplan Sociaal Domein van Ermelo heb ik met het team "
       "vertaald naar een jaarwerkplan met concrete projecten (een inloopspreekuur in elke wijk, vroegsignalering "
       "van schulden) en meetbare resultaten per kwartaal.")
AG8 = ("Projectleider van de herinrichting van het sociaal team naar twee wijkteams: projectplan, planning, "
       "nieuwe werkverdeling en evaluatie.")
ag = [pos("juni 2016 – heden", "Coördinator Sociaal Team", "Gemeente Ermelo",
          ["In loondienst bij Flexwerk Sociaal Domein B.V., gedetacheerd bij de gemeente Ermelo.",
           "Dagelijkse leiding van het sociaal team (13 medewerkers).", AG6, AG8,
           "Werving & selectie en de verdeling van uren in afstemming met de teamleider."],
          ("2016-06", REF), 114, True),
      pos("september 2008 – mei 2016", "Ambulant begeleider", "Stichting Welzijn Ermelo",
          ["Begeleiding van inwoners thuis bij geldzaken, opvoeding en dagbesteding."],
          ("2008-09", "2016-05"), 93, False)]
AG_RATE = "€ 79,- per uur"
cv(file="Anita Grootveld.docx", fmt="docx", layout="sidebar",
   name="Anita Grootveld", email="anita.grootveld@example.nl", phone="06-58697041", rate=AG_RATE,
   exp=ag, crit_text={"6": AG6, "8": AG8}, refs=["Ans Kolk"],
   must_have=["(hbo-niveau)", "certificaat behaald 2019", "Contactpersoon voor deze aanbieding: Marco Vis"],
   left=[("h", "Contact"), ("p", "anita.grootveld@example.nl"), ("p", "06-58697041"), ("p", "Ermelo"),
         ("h", "Tarief"), ("pb", AG_RATE),
         ("h", "Sterk in"), ("bl", ["Structuur", "Verbinden", "Doorzetten", "Humor"])],
   right=[("title", "Anita Grootveld"),
          ("p", "Coördinator sociaal team"),
          ("h", "Profiel"),
          ("p", "Ik coördineer al ruim negen jaar het sociaal team van Ermelo. Ik ben direct, warm en "
                "georganiseerd, en ik zorg dat inwoners snel de juiste hulp krijgen."),
          ("h", "Werkervaring"),
          ("pos", "pipe", ag),
          ("h", "Opleiding"),
          ("p", "Leergang Coördinator Sociaal Domein (hbo-niveau), Windesheim Academie — certificaat behaald 2019"),
          ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, ROC Landstede Harderwijk — diploma 2008"),
          ("h", "Referentie"),
          ("p", "Ans Kolk, teamleider Samenleving, gemeente Ermelo, 06-36475869"),
          ("h", "Aanbieding"),
          ("p", "Ik word aangeboden door mijn werkgever Flexwerk Sociaal Domein B.V. Contactpersoon voor deze "
                "aanbieding: Marco Vis, accountmanager, 06-36475870.")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=114, refs=(1, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 0, 25),
               notes="Education: 'Leergang Coördinator Sociaal Domein (hbo-niveau), Windesheim Academie — "
                     "certificaat behaald 2019' is a course at HBO level with a certificate, not an HBO bachelor "
                     "diploma; the only diploma is MBO SMD niveau 4 -> mbo, no degree, not MWD -> knock-out 2 "
                     "fail, criterion 4 = 0 (a hogeschool name + 'hbo' + 'behaald' gives a wrong pass). "
                     "References: one named reference (Ans Kolk, under the heading 'Referentie'); 'Contactpersoon "
                     "voor deze aanbieding: Marco Vis, accountmanager' is the agency's account manager for the "
                     "offer, not a referee; nothing on request -> count 1, references fail. Coördinator Sociaal "
                     "Team Gemeente Ermelo (seconded) 2016-06..2025-11 = 114; ambulant begeleider not relevant. "
                     "Employed by the agency (loondienst) -> zzp false. No partner/network wording -> criterion "
                     "7 = 0."))
