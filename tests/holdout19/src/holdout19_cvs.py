# -*- coding: utf-8 -*-
"""Holdout round 19 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout18/), written without looking at the pipeline's source or
rules/, with hand-checked expectations. This round aims mainly at WRONG PASSES: a long career printed
twice (a "Loopbaan in het kort" table above the detailed positions) whose relevant months all lie
before 2010 and sum to 58; a title-only "Coördinator" at a gemeente whose tasks are Burgerzaken; an
experience section split over two pages where the repeated page header ("… | Coördinator Sociaal
Domein | …") lands right above a beleidsmedewerker's dates; an "hbo-diploma Social Work" in the
profile that is still to be obtained while the education section lists only MBO; a "Bachelor MWD"
with "(niet afgerond)" on the next line under a post-hbo certificate. And at WRONG FAILS / a wrong
review: a relevant job whose employer is written only in the task line ("In dienst van de gemeente
Epe") with the second referee under a later "Overige informatie" heading; a title-only "Coördinator"
at a gemeente whose tasks are Wmo and jeugd; a zzp past that ended in 2024 ("sinds 1 januari 2025 in
loondienst") with a rate given only as a range.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations and companies.

Same shape as tests/holdout17/src/holdout17_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout19/make-holdout19.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Anouk Hartgers (pdf)
# TRAPS (wrong fail, knock-out 3 and references): each position is printed as a bold title, a date line
# and bullets; the employer is written only in the first task line ("In dienst van de gemeente Epe; …").
# Coördinator Sociaal Team at the gemeente Epe = 111 -> relevant, pass. The "Coördinator Vrijwilligers"
# is "In dienst van Zorgcentrum De Bongerd (verpleeghuis)" -> not relevant (a care home). One referee
# under "Referenties", the second under a later "Overige informatie" heading ("Tweede referent: …")
# -> 2 references, pass.
AH6 = ("Voorbeeld van beleid naar resultaat: de Epese nota 'Samen redzaam' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een inloop in Vaassen, een buurtcirkel in Oene en een "
       "schuldhulpspreekuur in het gemeentehuis) met meetbare doelen.")
AH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
AH8 = "Projectleider van de herinrichting van de toegang tot Wmo en jeugd, met projectplan en stuurgroep."
AH_EPE = ("In dienst van de gemeente Epe; leiding aan het sociaal team (12 medewerkers, Wmo, jeugd en "
          "participatie); formatie, werving en budget.")
AH_BONG = ("In dienst van Zorgcentrum De Bongerd (verpleeghuis) in Epe; inzet en begeleiding van 80 vrijwilligers "
           "op de afdelingen.")
AH_REF2 = "Tweede referent: Kees Brouwer, wethouder Sociaal Domein, gemeente Epe, 06-27049316"
ah = [pos("september 2016 – heden", "Coördinator Sociaal Team", "gemeente Epe",
          [AH_EPE, AH6, AH7, AH8], ("2016-09", REF), 111, True),
      pos("januari 2012 – augustus 2016", "Coördinator Vrijwilligers", "Zorgcentrum De Bongerd",
          [AH_BONG], ("2012-01", "2016-08"), 56, False),
      pos("maart 2007 – december 2011", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Veluwe",
          ["In dienst van Stichting Maatschappelijk Werk Veluwe; hulp aan gezinnen bij opvoeding en schulden."],
          ("2007-03", "2011-12"), 58, False)]


def titled(ps):
    """Positions as a bold title, a date line and bullets (no employer on the title line)."""
    out = []
    for p in ps:
        out += [("pb", p["t"]), ("p", p["d"]), ("bl", p["tasks"])]
    return out


AH_RATE = "Uurtarief: € 86,- excl. btw"
cv(file="Anouk Hartgers.pdf", fmt="pdf", layout="single",
   name="Anouk Hartgers", email="anouk.hartgers@example.nl", phone="06-27049315", rate=AH_RATE,
   exp=ah, crit_text={"6": AH6, "7": AH7, "8": AH8}, refs=["Mirjam Veldhuis", "Kees Brouwer"],
   must_have=[AH_EPE, AH_BONG, AH_REF2],
   body=[("title", "Anouk Hartgers"),
         ("p", "Epe  |  06-27049315  |  anouk.hartgers@example.nl"),
         ("pb", AH_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer sinds 2016 het sociaal team van Epe. Daarvoor werkte ik met vrijwilligers in de "
               "ouderenzorg en als maatschappelijk werker."),
         ("h", "Werkervaring")] + titled(ah) +
        [("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Mirjam Veldhuis, teammanager Samenleving, gemeente Epe, 06-27049317"),
         ("h", "Cursussen"),
         ("p", "Oplossingsgericht coachen, 2019; Motiverende gespreksvoering, 2014"),
         ("h", "Overige informatie"),
         ("p", "Rijbewijs B. Een recente VOG kan ik direct overleggen."),
         ("p", AH_REF2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=111, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator Sociaal Team 2016-09..2025-11 = 111: the title line names no employer, the first "
                     "task says 'In dienst van de gemeente Epe; leiding aan het sociaal team …' -> a coordinator in "
                     "the social domain at a gemeente -> relevant (0 if the employer is missed: a wrong knock-out 3 "
                     "fail). Coördinator Vrijwilligers 'In dienst van Zorgcentrum De Bongerd (verpleeghuis)': a "
                     "care home, neither gemeente nor welzijnsstichting -> not relevant (167 if counted). "
                     "Maatschappelijk werker: no leading role. References: Mirjam Veldhuis under 'Referenties', "
                     "Kees Brouwer as 'Tweede referent' under 'Overige informatie' -> 2, pass. HBO MWD. 100 points, "
                     "rate 86 -> rank 1."))

# ------------------------------------------------------------------------- Ruben Kuipers (docx)
# TRAPS (wrong fail, knock-out 3 / criterion 5; wrong months): two title-only "Coördinator" positions at
# gemeenten (Europass cells). At Oldebroek the tasks are Wmo and jeugd (a team of consulenten) ->
# relevant, 93; at Elburg the tasks are the buitendienst (groen, wegen, gemeentewerf) -> not relevant.
RK6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse nota 'Meedoen dichtbij' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpsteam in Wezep, een mantelzorgpunt en een "
       "formulierenspreekuur) met meetbare doelen.")
RK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met lokale ondernemingen voor leerbanen.")
RK8 = "Projectleider van de reorganisatie van de Wmo-toegang naar dorpsteams, met projectplan en stuurgroep."
RK_OLD = ("Coördinatie van het team Wmo en jeugd (16 consulenten) binnen de afdeling Samenleving; formatie, werving "
          "en budget.")
RK_ELB = ("Coördinatie van de buitendienst: groenonderhoud, wegen en de gemeentewerf; leiding aan 14 "
          "medewerkers.")
rk = [pos("maart 2018 – heden", "Coördinator", "Gemeente Oldebroek", [RK_OLD, RK6, RK7, RK8],
          ("2018-03", REF), 93, True),
      pos("januari 2011 – februari 2018", "Coördinator", "Gemeente Elburg", [RK_ELB],
          ("2011-01", "2018-02"), 86, False),
      pos("augustus 2009 – december 2010", "Consulent Wmo", "Gemeente Elburg",
          ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."],
          ("2009-08", "2010-12"), 17, False)]
RK_RATE = "Uurtarief: € 90,- excl. btw"
cv(file="Ruben Kuipers.docx", fmt="docx", layout="header",
   header="Ruben Kuipers  |  Wezep  |  06-51830274  |  ruben.kuipers@example.nl",
   name="Ruben Kuipers", email="ruben.kuipers@example.nl", phone="06-51830274", rate=RK_RATE,
   exp=rk, crit_text={"6": RK6, "7": RK7, "8": RK8}, refs=["Gert-Jan Hulst", "Monique Stam"],
   must_have=[RK_OLD, RK_ELB],
   body=[("title", "Curriculum vitae"),
         ("pb", RK_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator bij de gemeente Oldebroek en werk al vijftien jaar voor gemeenten op de "
               "Noord-Veluwe."),
         ("h", "Werkervaring"),
         ("eu_pos", rk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Gert-Jan Hulst, afdelingsmanager Samenleving, gemeente Oldebroek, 06-51830275"),
         ("p", "Monique Stam, wethouder Zorg, gemeente Oldebroek, 06-51830276")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=93, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator, Gemeente Oldebroek 2018-03..2025-11 = 93: the title has no domain word, the "
                     "tasks do ('Coördinatie van het team Wmo en jeugd (16 consulenten) binnen de afdeling "
                     "Samenleving; formatie, werving en budget') -> relevant (0 if the domain is read from the "
                     "title only: a wrong knock-out 3 fail). Coördinator, Gemeente Elburg (86): buitendienst, "
                     "groen, wegen, gemeentewerf -> not the social domain, not relevant (179 if counted). Consulent "
                     "Wmo: no leading role. Bachelor Social Work. 100 points, rate 90 -> rank 2."))

# ------------------------------------------------------------------------- Marloes Smits (docx)
# TRAPS (wrong review, knock-out 1; rate): she worked as a zzp'er from 2019 to 2024 (KvK registration
# ended 31 December 2024) and is "sinds 1 januari 2025 in loondienst" at a secondment agency that offers
# her -> not self-employed now, zzp false, knock-out 1 pass. The rate is only a range "€ 88 – € 96" ->
# 96 (the upper end: the most the gemeente may be charged).
MS_ZZP1 = ("Van januari 2019 tot en met december 2024 werkte ik als zzp'er; mijn KvK-inschrijving is per 31 "
           "december 2024 beëindigd.")
MS_ZZP2 = ("Sinds 1 januari 2025 ben ik in loondienst bij Sociaal Werkt Detachering B.V., die mij voor deze "
           "opdracht aanbiedt.")
MS_T_ZZP = "Interim-manager Wmo en Jeugd (zzp)"
MS6 = ("Voorbeeld van beleid naar resultaat: de Raalter nota 'Iedereen telt mee' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal loket in elke kern, een jongerenpunt en een "
       "maatjesproject voor statushouders) met meetbare doelen.")
MS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
MS8 = "Projectleider van de transitie naar integrale kernteams voor Wmo en jeugd, met projectplan en stuurgroep."
ms = [pos("januari 2025 – heden", "Manager Sociaal Domein (gedetacheerd)", "Gemeente Olst-Wijhe",
          ["Leiding aan de teams Wmo, jeugd en participatie (22 medewerkers); formatie en budget.", MS6],
          ("2025-01", REF), 11, True),
      pos("januari 2019 – december 2024", MS_T_ZZP, "Gemeente Raalte",
          ["Leiding aan de teams Wmo en jeugd (18 medewerkers) in opdracht van de gemeente.", MS7, MS8],
          ("2019-01", "2024-12"), 72, True),
      pos("maart 2014 – december 2018", "Teamleider Wijkteam", "Gemeente Deventer",
          ["Leiding aan het wijkteam Colmschate (11 medewerkers)."],
          ("2014-03", "2018-12"), 58, True)]
MS_RATE = "Uurtarief: € 88 – € 96 excl. btw, afhankelijk van het aantal uren per week"
cv(file="Marloes Smits.docx", fmt="docx", layout="single",
   name="Marloes Smits", email="marloes.smits@example.nl", phone="06-40271958", rate=MS_RATE,
   exp=ms, crit_text={"6": MS6, "7": MS7, "8": MS8}, refs=["Harm Wolbers", "Ineke Grootenhuis"],
   zzp_negated=[MS_ZZP1, MS_T_ZZP],
   must_have=[MS_ZZP1, MS_ZZP2],
   body=[("title", "Marloes Smits"),
         ("p", "Raalte  |  06-40271958  |  marloes.smits@example.nl"),
         ("pb", MS_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef al ruim elf jaar leiding in het sociaal domein van gemeenten in Salland. " + MS_ZZP1 +
               " " + MS_ZZP2),
         ("h", "Werkervaring"),
         ("pos", "pipe", ms),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Harm Wolbers, gemeentesecretaris, gemeente Raalte, 06-40271959"),
         ("p", "Ineke Grootenhuis, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-40271960")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=96.0,
               crit=(15, 25, 15, 20, 25),
               notes="ZZP: 'Van januari 2019 tot en met december 2024 werkte ik als zzp'er; mijn KvK-inschrijving is "
                     "per 31 december 2024 beëindigd. Sinds 1 januari 2025 ben ik in loondienst bij Sociaal Werkt "
                     "Detachering B.V., die mij voor deze opdracht aanbiedt.' -> the zzp is past, the bidder is an "
                     "employer -> zzp false, knock-out 1 pass (review would be a wrong review). Rate: only a range "
                     "'€ 88 – € 96' -> 96, the upper end (what the gemeente may be charged; 88 would put her at "
                     "rank 2 before Ruben Kuipers at 90). Months: Manager Sociaal Domein (gedetacheerd), Gemeente "
                     "Olst-Wijhe 2025-01..2025-11 = 11 + Interim-manager Wmo en Jeugd (zzp), Gemeente Raalte "
                     "2019-01..2024-12 = 72 (a manager in the social domain at a gemeente, as a contractor: still "
                     "experience) + Teamleider Wijkteam, Gemeente Deventer 2014-03..2018-12 = 58 -> 141. HBO MWD. "
                     "100 points, rate 96 -> rank 3, shortlisted."))


# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Gerda Wolters (pdf)
# TRAP (wrong pass, knock-out 3): a long career printed twice — a "Loopbaan in het kort" table and then
# the detailed positions. The relevant ones are all before 2010: Coördinator Ouderenwerk, Stichting
# Welzijn Ouderen Zwolle 2003-03..2006-12 (46) + Teamleider Wmo, Gemeente Kampen 2008 (12) = 58 ->
# knock-out 3 fail (116 if both copies are summed). Manager Zorg at Zorggroep Noordoost B.V. (107, a
# company) and Beleidsadviseur Sociaal Domein at the Provincie Overijssel (96) are not relevant.
GW6 = ("Voorbeeld van beleid naar resultaat: de provinciale nota 'Vitaal platteland' heb ik vertaald naar een "
       "uitvoeringsprogramma met concrete projecten (dorpsondersteuners in Salland, een regiotaxi-pilot en "
       "mantelzorgcafés) met meetbare doelen.")
GW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) voor zorgwoningen in kleine kernen.")
GW8 = "Projectleider van de invoering van de Wmo in Kampen, met projectplan en stuurgroep."
gw_list = [
    ("januari 2017 – heden", "Manager Zorg", "Zorggroep Noordoost B.V.",
     ["Leiding aan drie thuiszorgteams (45 medewerkers) van een particuliere zorgorganisatie."],
     ("2017-01", REF), 107, False),
    ("januari 2009 – december 2016", "Beleidsadviseur Sociaal Domein", "Provincie Overijssel",
     ["Provinciaal beleid voor leefbaarheid en zorg in kleine kernen.", GW6, GW7],
     ("2009-01", "2016-12"), 96, False),
    ("januari 2008 – december 2008", "Teamleider Wmo", "Gemeente Kampen",
     ["Leiding aan het nieuwe Wmo-loket (7 medewerkers).", GW8],
     ("2008-01", "2008-12"), 12, True),
    ("januari 2007 – december 2007", "Beleidsmedewerker Wmo", "Gemeente Kampen",
     ["Voorbereiding van de Wmo-verordening."],
     ("2007-01", "2007-12"), 12, False),
    ("maart 2003 – december 2006", "Coördinator Ouderenwerk", "Stichting Welzijn Ouderen Zwolle",
     ["Leiding aan de ouderenadviseurs (6 medewerkers) en 90 vrijwilligers."],
     ("2003-03", "2006-12"), 46, True),
    ("september 1996 – februari 2003", "Ouderenadviseur", "Stichting Welzijn Ouderen Zwolle",
     ["Huisbezoeken en advies aan ouderen."],
     ("1996-09", "2003-02"), 78, False)]
gw_detail = [pos(d, t, e, tasks, span, m, rel) for d, t, e, tasks, span, m, rel in gw_list]
gw_short = [pos(d, t, e, [], span, m, rel) for d, t, e, tasks, span, m, rel in gw_list]
GW_RATE = "Uurtarief: € 87,- excl. btw"
cv(file="Gerda Wolters.pdf", fmt="pdf", layout="single",
   name="Gerda Wolters", email="gerda.wolters@example.nl", phone="06-73920481", rate=GW_RATE,
   exp=gw_short + gw_detail, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Jannie Mulderij", "Evert Knol"],
   body=[("title", "Gerda Wolters"),
         ("p", "Zwolle  |  06-73920481  |  gerda.wolters@example.nl"),
         ("pb", GW_RATE),
         ("h", "Profiel"),
         ("p", "Bijna dertig jaar ervaring in welzijn en zorg: bij een welzijnsstichting, een gemeente, de provincie "
               "en een zorgorganisatie."),
         ("h", "Loopbaan in het kort"),
         ("rows", [(p["d"], [f"{p['t']}, {p['e']}"]) for p in gw_short]),
         ("h", "Werkervaring"),
         ("pos", "dateline", gw_detail),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 1996"),
         ("h", "Referenties"),
         ("p", "Jannie Mulderij, directeur Zorggroep Noordoost B.V., 06-73920482"),
         ("p", "Evert Knol, programmamanager Sociaal Domein, Provincie Overijssel, 06-73920483")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="Every position is printed twice (the 'Loopbaan in het kort' table and the detailed list); "
                     "each counts once. Relevant: Coördinator Ouderenwerk, Stichting Welzijn Ouderen Zwolle "
                     "2003-03..2006-12 = 46 + Teamleider Wmo, Gemeente Kampen 2008-01..2008-12 = 12 -> 58 -> "
                     "knock-out 3 fail (the tender sets no recency limit, so old months count, but there are only "
                     "58; 116 if both copies are summed). Manager Zorg, Zorggroep Noordoost B.V. (107): a private "
                     "care company, not a gemeente or welzijnsstichting. Beleidsadviseur Sociaal Domein, Provincie "
                     "Overijssel (96): no leading role, and a province is no gemeente. Beleidsmedewerker Wmo and "
                     "Ouderenadviseur: no leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Ilse Timmer (docx)
# TRAP (wrong pass, knock-out 3): the experience table's current row is "01/2015 – heden | Coördinator |
# Gemeente Hattem" (131); the tasks below the table say it is Burgerzaken (verkiezingen, paspoorten,
# BRP) -> not the social domain. Only Teamleider Wmo, Gemeente Heerde 09/2010 – 12/2014 (52) counts ->
# knock-out 3 fail (183 if the coordinator row counted). The profile says "coördinator en teamleider
# bij gemeenten".
IT6 = ("Voorbeeld van beleid naar resultaat: de Heerder Wmo-nota 'Thuis in Heerde' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in Wapenveld, een boodschappenservice en "
       "huisbezoeken bij 80-plussers) met meetbare doelen.")
IT7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met de lokale supermarkten voor de boodschappenservice.")
IT8 = "Projectleider van de invoering van het keukentafelgesprek in Heerde, met projectplan en stuurgroep."
IT_BZ = ("Coördinatie van Burgerzaken: verkiezingen, paspoorten, rijbewijzen en de basisregistratie personen "
         "(BRP); leiding aan 8 medewerkers van de publieksbalie.")
it = [pos("01/2015 – heden", "Coördinator", "Gemeente Hattem", [IT_BZ], ("2015-01", REF), 131, False),
      pos("09/2010 – 12/2014", "Teamleider Wmo", "Gemeente Heerde",
          ["Leiding aan het Wmo-team (9 consulenten).", IT6, IT7, IT8], ("2010-09", "2014-12"), 52, True),
      pos("02/2006 – 08/2010", "Consulent Welzijn", "Gemeente Heerde",
          ["Aanvragen voor huishoudelijke hulp en woningaanpassingen."], ("2006-02", "2010-08"), 55, False)]
IT_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Ilse Timmer.docx", fmt="docx", layout="single",
   name="Ilse Timmer", email="ilse.timmer@example.nl", phone="06-38204716", rate=IT_RATE,
   exp=it, crit_text={"6": IT6, "7": IT7, "8": IT8}, refs=["Bert Schuurman", "Anja van Olst"],
   must_have=[IT_BZ],
   body=[("title", "Ilse Timmer"),
         ("p", "Hattem  |  06-38204716  |  ilse.timmer@example.nl"),
         ("pb", IT_RATE),
         ("h", "Profiel"),
         ("p", "Ruim vijftien jaar coördinator en teamleider bij gemeenten op de Veluwe; ik houd van korte lijnen "
               "en duidelijke afspraken."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), it),
         ("h", "Taken per functie"),
         ("tasks", it),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Bert Schuurman, afdelingshoofd Dienstverlening, gemeente Hattem, 06-38204717"),
         ("p", "Anja van Olst, teammanager Sociaal Domein, gemeente Heerde, 06-38204718")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=52, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator, Gemeente Hattem 2015-01..2025-11 (131): a leading role at a gemeente, but the "
                     "tasks say Burgerzaken (verkiezingen, paspoorten, rijbewijzen, BRP, publieksbalie) -> not the "
                     "social domain, not relevant. Teamleider Wmo, Gemeente Heerde 2010-09..2014-12 = 52 -> "
                     "knock-out 3 fail (183 if the coordinator row counted). Consulent Welzijn: no leading role. "
                     "HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Jeroen Wessels (pdf)
# TRAP (wrong pass, knock-out 3): the experience section runs over two pages; the page header
# "Jeroen Wessels | Coördinator Sociaal Domein | …" is repeated at the top of page 2, right above the
# date line of "Beleidsmedewerker Sociaal Domein — Gemeente Epe" (132). Relevant: Coördinator Sociaal
# Domein, Gemeente Epe 2023-01..2025-11 (35) + Teamleider Jeugd, Gemeente Heerde 2010-05..2011-12 (20)
# = 55 -> knock-out 3 fail (187 if the header's title is attached to the beleidsmedewerker).
JW6 = ("Voorbeeld van beleid naar resultaat: de Epese nota 'Gezond opgroeien' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (jongerenwerk op de scholen, een opvoedspreekuur en een "
       "sportcoach per kern) met meetbare doelen.")
JW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met sportclubs en bedrijven voor stageplekken.")
JW8 = "Projectleider van de reorganisatie van de toegang tot jeugdhulp, met projectplan en stuurgroep."
JW_HEADER = "Jeroen Wessels  |  Coördinator Sociaal Domein  |  06-95127384  |  jeroen.wessels@example.nl"
jw1 = [pos("januari 2023 – heden", "Coördinator Sociaal Domein", "Gemeente Epe",
           ["Coördinatie van de teams Wmo en jeugd (14 medewerkers); formatie en budget.", JW6, JW7],
           ("2023-01", REF), 35, True)]
jw2 = [pos("januari 2012 – december 2022", "Beleidsmedewerker Sociaal Domein", "Gemeente Epe",
           ["Beleid voor jeugd en onderwijs; subsidies aan het jongerenwerk.", JW8],
           ("2012-01", "2022-12"), 132, False),
       pos("mei 2010 – december 2011", "Teamleider Jeugd", "Gemeente Heerde",
           ["Leiding aan het team jeugd (6 medewerkers)."], ("2010-05", "2011-12"), 20, True),
       pos("september 2004 – april 2010", "Jongerenwerker", "Stichting Welzijn Epe",
           ["Ambulant jongerenwerk in Vaassen en Epe."], ("2004-09", "2010-04"), 68, False)]
JW_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Jeroen Wessels.pdf", fmt="pdf", layout="header", header=JW_HEADER,
   name="Jeroen Wessels", email="jeroen.wessels@example.nl", phone="06-95127384", rate=JW_RATE,
   exp=jw1 + jw2, crit_text={"6": JW6, "7": JW7, "8": JW8}, refs=["Wilma Korteweg", "Dennis Pluim"],
   body=[("title", "Curriculum vitae"),
         ("pb", JW_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2023 coördineer ik de teams Wmo en jeugd van de gemeente Epe. Ik ken de gemeente van "
               "binnenuit: als jongerenwerker, als teamleider in Heerde en elf jaar als beleidsmedewerker."),
         ("h", "Werkervaring"),
         ("pos", "datebold", jw1),
         ("break",),
         ("pos", "datebold", jw2),
         ("h", "Opleiding"),
         ("p", "HBO Culturele en Maatschappelijke Vorming, Saxion Deventer — diploma 2004"),
         ("h", "Referenties"),
         ("p", "Wilma Korteweg, afdelingsmanager Samenleving, gemeente Epe, 06-95127385"),
         ("p", "Dennis Pluim, wethouder Jeugd, gemeente Epe, 06-95127386")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=55, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 0, 15, 20, 25),
               notes="The experience runs over two pages; page 2 starts with the repeated page header 'Jeroen "
                     "Wessels | Coördinator Sociaal Domein | …' directly above 'januari 2012 – december 2022 / "
                     "Beleidsmedewerker Sociaal Domein — Gemeente Epe'. Relevant: Coördinator Sociaal Domein, "
                     "Gemeente Epe 2023-01..2025-11 = 35 + Teamleider Jeugd, Gemeente Heerde 2010-05..2011-12 = 20 "
                     "-> 55 -> knock-out 3 fail (187 if the header title is taken for the beleidsmedewerker's "
                     "title). Beleidsmedewerker and Jongerenwerker: no leading role. HBO CMV: hbo, not MWD. "
                     "60 points, not eligible."))

# ------------------------------------------------------------------------- Yara Bosman (docx)
# TRAP (wrong pass, knock-out 2 / criterion 4): the profile names an "hbo-diploma Social Work" — still to be
# obtained ("verwacht juni 2026"); the education section lists only an MBO diploma -> mbo, fail, not MWD.
YB_PROF = ("Mijn hbo-diploma Social Work rond ik af in de deeltijdopleiding van Hogeschool Windesheim "
           "(verwacht juni 2026).")
YB_MBO = "MBO Sociaal Werk (niveau 4), ROC Aventus — diploma 2004"
YB6 = ("Voorbeeld van beleid naar resultaat: de Voorster nota 'Naar elkaar omkijken' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een wijkpunt in Twello, een buurtbemiddelaar en een "
       "mantelzorgcafé) met meetbare doelen.")
YB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met de woningcorporatie voor buurtbemiddeling.")
YB8 = "Projectleider van de transitie van vier wijkteams naar één sociaal wijkteam, met projectplan en stuurgroep."
yb = [pos("oktober 2015 – heden", "Teamleider Sociaal Wijkteam", "Gemeente Voorst",
          ["Leiding aan het sociaal wijkteam (15 medewerkers, Wmo en jeugd); formatie, werving en budget.",
           YB6, YB7, YB8],
          ("2015-10", REF), 122, True),
      pos("januari 2008 – september 2015", "Wijkcoach", "Gemeente Voorst",
          ["Ondersteuning van inwoners met meervoudige vragen."], ("2008-01", "2015-09"), 93, False)]
YB_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Yara Bosman.docx", fmt="docx", layout="sidebar",
   name="Yara Bosman", email="yara.bosman@example.nl", phone="06-62049137", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=["Frank Hulshof", "Saskia Rensink"],
   must_have=[YB_PROF, YB_MBO],
   left=[("h", "Contact"), ("p", "yara.bosman@example.nl"), ("p", "06-62049137"), ("p", "Twello"),
         ("h", "Tarief"), ("p", YB_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Coachen", "Helder communiceren"])],
   right=[("title", "Yara Bosman"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2015 leiding aan het sociaal wijkteam van Voorst. " + YB_PROF),
          ("h", "Werkervaring"),
          ("pos", "sample", yb),
          ("h", "Opleiding"),
          ("p", YB_MBO),
          ("h", "Referenties"),
          ("p", "Frank Hulshof, afdelingsmanager Samenleving, gemeente Voorst, 06-62049138"),
          ("p", "Saskia Rensink, wethouder Zorg, gemeente Voorst, 06-62049139")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=122, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: the profile says 'Mijn hbo-diploma Social Work rond ik af in de deeltijdopleiding "
                     "van Hogeschool Windesheim (verwacht juni 2026)' -> not yet obtained; the education section lists "
                     "only 'MBO Sociaal Werk (niveau 4), ROC Aventus — diploma 2004' -> mbo, knock-out 2 fail, "
                     "criterion 4 = 0. Teamleider Sociaal Wijkteam, Gemeente Voorst 2015-10..2025-11 = 122. Wijkcoach: "
                     "no leading role. 85 points, not eligible (a wrong pass would rank her 1 at € 83)."))

# ------------------------------------------------------------------------- Hans Dijkstra (pdf)
# TRAP (wrong pass, knock-out 2 / criterion 4): the education section (main column) starts with a post-hbo certificate,
# then "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer, 2004 – 2008" with "(niet
# afgerond)" on the next line, then the MBO diploma -> mbo, fail, not MWD.
HD_POST = "Post-hbo Leidinggeven in het Sociaal Domein, Hogeschool Utrecht — certificaat 2015"
HD_BACH = "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer, 2004 – 2008"
HD_NA = "(niet afgerond)"
HD_MBO = "MBO Sociaal-Pedagogisch Werk (niveau 4), ROC Friese Poort — diploma 2003"
HD6 = ("Voorbeeld van beleid naar resultaat: de Deventer nota 'Sterke buurten' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een buurtkamer in de Rivierenwijk, een klussendienst en "
       "taalmaatjes) met meetbare doelen.")
HD7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor de klussendienst.")
HD8 = "Projectleider van de reorganisatie van het opbouwwerk naar buurtteams, met projectplan en stuurgroep."
hd = [pos("juni 2014 – heden", "Manager Welzijn", "Stichting Welzijn Deventer",
          ["Leiding aan het welzijnswerk (24 medewerkers); formatie, werving en budget.", HD6, HD7, HD8],
          ("2014-06", REF), 138, True),
      pos("september 2008 – mei 2014", "Opbouwwerker", "Stichting Welzijn Deventer",
          ["Bewonersinitiatieven in de Rivierenwijk."], ("2008-09", "2014-05"), 69, False)]
HD_RATE = "Uurtarief: € 82,- excl. btw"
cv(file="Hans Dijkstra.pdf", fmt="pdf", layout="sidebar",
   name="Hans Dijkstra", email="hans.dijkstra@example.nl", phone="06-18462037", rate=HD_RATE,
   exp=hd, crit_text={"6": HD6, "7": HD7, "8": HD8}, refs=["Petra Kolkman", "Wim Oosterveld"],
   must_have=[HD_POST, HD_BACH, HD_NA, HD_MBO],
   left=[("h", "Contact"), ("p", "hans.dijkstra@example.nl"), ("p", "06-18462037"), ("p", "Deventer"),
         ("h", "Tarief"), ("pb", HD_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Besluitvaardig", "Coachen"])],
   right=[("title", "Hans Dijkstra"),
          ("p", "Manager Welzijn"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2014 leiding aan het welzijnswerk in Deventer, met veel ruimte voor bewoners en "
                "vrijwilligers."),
          ("h", "Werkervaring"),
          ("pos", "inline", hd),
          ("h", "Opleiding"), ("p", HD_POST), ("p", HD_BACH), ("p", HD_NA), ("p", HD_MBO),
          ("h", "Referenties"),
          ("p", "Petra Kolkman, directeur-bestuurder Stichting Welzijn Deventer, 06-18462038"),
          ("p", "Wim Oosterveld, wethouder Welzijn, gemeente Deventer, 06-18462039")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=138, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Post-hbo Leidinggeven in het Sociaal Domein … — certificaat 2015' is a course "
                     "certificate, not a degree; 'Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer, "
                     "2004 – 2008' is followed on the next line by '(niet afgerond)' -> not completed; 'MBO "
                     "Sociaal-Pedagogisch Werk (niveau 4) — diploma 2003' -> mbo, knock-out 2 fail, criterion 4 = 0. "
                     "Manager Welzijn, Stichting Welzijn Deventer 2014-06..2025-11 = 138. Opbouwwerker: no leading "
                     "role. 85 points, not eligible (a wrong pass would rank him 1 at € 82)."))
