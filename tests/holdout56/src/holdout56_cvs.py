# -*- coding: utf-8 -*-
"""Holdout round 56 for zeef: 6 fictional CVs (3 PDF, 3 DOCX), written without looking at the pipeline's source
or rules/. One eligible control and five CVs that look strong but must not pass, each for one reason not used in
rounds 2-55 (must-not-pass, eighth series):

  - a duo offer: one CV for two professionals who would share the 24 hours ("Duo-aanbieding"); each has under five
    years as coordinator (48 and 57 months), only together do they reach it ("Samen brengen wij bijna negen jaar
    ervaring als coördinator ... mee"); the request asks for one professional (knock-out 3 fail);
  - a secondment out of the gemeente: "Teamleider Wijkgerichte Zorg | Gemeente Deventer", but the first task line
    says he has been fully seconded to a health insurer since 2020 and leads its purchasing team there, under the
    insurer's manager; only 56 months at the gemeente itself remain (knock-out 3 fail);
  - a volkshogeschool: the only line with "hogeschool" in the education is "Volkshogeschool Het Hoge Veld ... --
    jaaropleiding Sociaal-cultureel werk (vormingscentrum voor volwassenen, intern) -- getuigschrift 1996", adult
    education outside the hoger onderwijs; the highest completed education is MBO SPW 4 (knock-out 2 fail);
  - a secretary as the second "referee": under "Referenties" one referee and, on a line of its own with a name,
    a function, an employer and a phone number, his secretary, through whom he can be reached (references fail);
  - a wijkmanager: "Wijkmanager Apeldoorn-Zuid | Gemeente Apeldoorn", "een netwerkfunctie zonder medewerkers",
    chair of the "wijkteam Zuid" of wijkagent, handhavers, wijkbeheerder and woningcorporatie (openbare ruimte,
    overlast, veiligheid); "De zorg en het welzijn in de wijk liggen bij het sociaal wijkteam; daar heb ik geen rol
    in" (knock-out 3 fail).

The control (Hilde Wolterbeek) carries the harmless mirrors of three traps: a secondment INTO a gemeente, a
weekend course at the same volkshogeschool next to a real HBO diploma, and a referee reached through his secretary
next to a second, real referee.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations, agencies, schools and a fictional health insurer. Built by tests/holdout2/src/build.py and
checked by tests/holdout2/src/expected.py, both unchanged (see tests/holdout56/make-holdout56.sh and
tests/holdout2/src/cvset.py for the field list).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, nproj, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8."""
    c6 = (f"Voorbeeld van beleid naar resultaat: de beleidsnota '{plan}' ({place}) heb ik omgezet in een "
          f"jaarwerkplan met {nproj} concrete projecten; na een jaar: {result}.")
    c7 = (f"Samenwerking met zorgaanbieders, huisartsen, het patiëntenplatform, zorgverzekeraar {insurer} en de "
          f"publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectmatig werken: projectleider van het verandertraject '{change}', met projectplan en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Hilde Wolterbeek (pdf) control
# Mirrors, all harmless: (1) employed by an agency and seconded INTO the gemeente Voorst (the work is done at the
# gemeente: counts, as holdout13's Erik Zwart); (2) a weekend course at the volkshogeschool of Roelie Wiggerink's
# CV, next to a real HBO MWD diploma; (3) her second referee is reached through his secretary, whose line looks like
# a third referee (count 2).
HW6, HW7, HW8 = crits("Voorst", "Voorst doet mee", "vier", "een huiskamer in Twello en Wilp en 30 % meer "
                      "mantelzorgers met ondersteuning", "Menzis", "Gezond Voorst", "de vorming van één sociaal team")
HW_DET = ("In loondienst bij Veluwe Sociaal Detacheren; sinds maart 2018 gedetacheerd bij de gemeente Voorst. Ik "
          "werk in het gemeentehuis in Twello, onder leiding van de afdelingsmanager Samenleving.")
HW_VHS = "Weekend 'Verbindend leidinggeven', Volkshogeschool Het Hoge Veld, Barchem — 2019"
HW_SEC = ("Ineke Boom, secretaresse van de directeur-bestuurder, Stichting Welzijn Brummen, 0575-562108 (voor een "
          "afspraak met Jan Willem Kerkdijk)")
hw = [pos("maart 2018 – heden", "Coördinator Sociaal Team", "Gemeente Voorst",
          [HW_DET, "Coördinatie van het sociaal team (14 medewerkers): werkverdeling, werving en budget.",
           HW6, HW7, HW8], ("2018-03", REF), 93, True),
      pos("september 2011 – februari 2018", "Teamleider Ouderenwerk", "Stichting Welzijn Brummen",
          ["Leiding aan de ouderenadviseurs en de dagactiviteiten in Brummen en Eerbeek (9 medewerkers, 70 "
           "vrijwilligers)."], ("2011-09", "2018-02"), 78, True),
      pos("september 2006 – augustus 2011", "Ouderenadviseur", "Stichting Welzijn Brummen",
          ["Huisbezoeken en advies over wonen, zorg en geldzaken."], ("2006-09", "2011-08"), 60, False)]
HW_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Hilde Wolterbeek.pdf", fmt="pdf", layout="single",
   name="Hilde Wolterbeek", email="hilde.wolterbeek@example.nl", phone="06-48215937", rate=HW_RATE,
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Gerda Schuttenbeld", "Jan Willem Kerkdijk"],
   must_have=[HW_DET, HW_VHS, HW_SEC],
   body=[("title", "Hilde Wolterbeek"),
         ("p", "Eerbeek  |  06-48215937  |  hilde.wolterbeek@example.nl"),
         ("pb", HW_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Veluwe Sociaal Detacheren, dat "
               "mij aanbiedt."),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Voorst, daarvoor teamleider ouderenwerk in Brummen. Ik verbind "
               "beleid en uitvoering, geef mijn team ruimte en spreek mensen aan op afspraken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", hw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2006"),
         ("h", "Cursussen"),
         ("p", HW_VHS),
         ("p", "Leergang Leidinggeven in het sociaal domein, 2012")]
   + refs_block("Gerda Schuttenbeld, afdelingsmanager Samenleving, gemeente Voorst, 0571-279340",
                "Jan Willem Kerkdijk, directeur-bestuurder Stichting Welzijn Brummen (mijn leidinggevende 2011–2018)",
                HW_SEC),
   expect=dict(pages=2, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL, eligible. Coördinator Sociaal Team, Gemeente Voorst 2018-03..2025-11 = 93 + Teamleider "
                     "Ouderenwerk, Stichting Welzijn Brummen 2011-09..2018-02 = 78 -> 171 (>= 72); Ouderenadviseur "
                     "not leading. Mirrors: (1) 'In loondienst bij Veluwe Sociaal Detacheren; sinds maart 2018 "
                     "gedetacheerd bij de gemeente Voorst ... onder leiding van de afdelingsmanager Samenleving': the "
                     "work is done at the gemeente -> counts (holdout13's Erik Zwart), the opposite of Bart "
                     "Sprenkeling; (2) a weekend course at 'Volkshogeschool Het Hoge Veld' under Cursussen, next to "
                     "'HBO Maatschappelijk Werk en Dienstverlening ... diploma 2006' -> hbo, MWD (Roelie Wiggerink's "
                     "volkshogeschool is her only 'hogeschool'); (3) referees Gerda Schuttenbeld and Jan Willem "
                     "Kerkdijk; the third line 'Ineke Boom, secretaresse van de directeur-bestuurder ... (voor een "
                     "afspraak met Jan Willem Kerkdijk)' is the route to the second referee, not a referee -> 2 "
                     "(pass either way; Saskia Heemskerk has the same line next to only one referee). No ZZP. 100 "
                     "points, EUR 89 (every trap has a lower rate) -> rank 1."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Marloes Ekkelboom (pdf), duo offer
# TRAP (target: wrong pass of ko 3, and criterion 5): one CV for two professionals who share the assignment, each
# 12 hours a week. Marloes: 48 months as coordinator (2015-2018), Anja: 57 months (2021-now); merged over the two
# people 105 months. The request asks for one professional ("Benodigd aantal professionals 1"); knock-out 3 is about
# the person who does the work. The offer is filed under Marloes's name (the file name), so the record's fields are
# hers; Anja's positions are listed as not the candidate's (rel False).
ME6, ME7, ME8 = crits("Zutphen", "Zutphen zorgt voor elkaar", "vier", "drie nieuwe steunpunten en 25 % meer "
                      "mantelzorgers in beeld", "Menzis", "Samen Gezond Zutphen",
                      "de overgang naar wijkgerichte mantelzorgondersteuning")
ME_DUO = ("Wij vullen deze opdracht samen in, als duo: ieder 12 uur per week (Marloes maandag tot en met "
          "woensdagochtend, Anja woensdagmiddag tot en met vrijdag), met één overdracht per week en één vast "
          "aanspreekpunt per dag.")
ME_SUM = "Samen brengen wij bijna negen jaar ervaring als coördinator in het sociaal domein mee."
me = [pos("januari 2019 – heden", "Beleidsadviseur Wmo en Jeugd", "Gemeente Zutphen",
          ["Advies aan het college over Wmo, jeugd en mantelzorg.", ME6], ("2019-01", REF), 83, False),
      pos("januari 2015 – december 2018", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Zutphen",
          ["Leiding aan het steunpunt mantelzorg en de vrijwilligerscentrale (6 medewerkers, 150 vrijwilligers): "
           "werkverdeling, werving en budget.", ME7, ME8], ("2015-01", "2018-12"), 48, True),
      pos("september 2008 – december 2014", "Consulent Mantelzorg", "Stichting Welzijn Zutphen",
          ["Ondersteuning van mantelzorgers met advies, respijtzorg en lotgenotengroepen."],
          ("2008-09", "2014-12"), 76, False)]
ar = [pos("maart 2021 – heden", "Coördinator Sociaal Team", "Gemeente Zutphen",
          ["Coördinatie van het sociaal team Zutphen-Zuid (12 medewerkers): werkverdeling, werving en budget."],
          ("2021-03", REF), 57, False),
      pos("september 2012 – februari 2021", "Maatschappelijk werker", "Stichting Welzijn Zutphen",
          ["Algemeen maatschappelijk werk voor volwassenen en gezinnen."], ("2012-09", "2021-02"), 102, False)]
ME_RATE = "Uurtarief: € 84,00 excl. btw (voor ieder van ons)"
cv(file="Marloes Ekkelboom.pdf", fmt="pdf", layout="single",
   name="Marloes Ekkelboom", email="marloes.ekkelboom@example.nl", phone="06-30594817", rate=ME_RATE,
   exp=me + ar, crit_text={"6": ME6, "7": ME7, "8": ME8}, refs=["Henk Ossewaarde", "Ria Lenderink"],
   must_have=[ME_DUO, ME_SUM, "Duo-aanbieding", "Anja Reerink"],
   body=[("title", "Duo-aanbieding Coördinator welzijn"),
         ("pb", "Marloes Ekkelboom en Anja Reerink"),
         ("p", ME_DUO + " " + ME_SUM),
         ("p", "Wij zijn allebei in loondienst bij Detacheringsbureau De Berkel, dat ons samen aanbiedt. "
               "Beschikbaar per 1 januari 2026."),
         ("pb", ME_RATE),
         ("h", "Marloes Ekkelboom"),
         ("p", "Zutphen  |  06-30594817  |  marloes.ekkelboom@example.nl"),
         ("p", "Beleidsadviseur Wmo en jeugd bij de gemeente Zutphen; daarvoor vier jaar coördinator mantelzorg en "
               "vrijwilligers bij Stichting Welzijn Zutphen."),
         ("pos", "next", me),
         ("p", "Opleiding: Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2008"),
         ("h", "Anja Reerink"),
         ("p", "Brummen  |  06-30594818  |  anja.reerink@example.nl"),
         ("p", "Coördinator van het sociaal team Zutphen-Zuid; daarvoor maatschappelijk werker bij Stichting Welzijn "
               "Zutphen."),
         ("pos", "next", ar),
         ("p", "Opleiding: HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma "
               "2012")]
   + refs_block("Henk Ossewaarde, directeur Stichting Welzijn Zutphen (leidinggevende van ons allebei), "
                "06-30594819",
                "Ria Lenderink, afdelingsmanager Sociaal Domein, gemeente Zutphen (leidinggevende van Anja, "
                "collega van Marloes), 06-30594820"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=48, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: adding up two people). 'Duo-aanbieding Coördinator "
                     "welzijn / Marloes Ekkelboom en Anja Reerink': 'Wij vullen deze opdracht samen in, als duo: "
                     "ieder 12 uur per week ...' and 'Samen brengen wij bijna negen jaar ervaring als coördinator in "
                     "het sociaal domein mee.' The request asks for one professional ('Benodigd aantal "
                     "professionals 1'); knock-out 3 is about the person who does the work, and months of two "
                     "people do not add up to one person's experience. Marloes (the offer is filed under her name, "
                     "so the record's fields are hers): Coördinator Mantelzorg en Vrijwilligers, Stichting Welzijn "
                     "Zutphen 2015-01..2018-12 = 48; Beleidsadviseur and Consulent not leading -> 48 < 60 -> fail. "
                     "Anja alone: Coördinator Sociaal Team, Gemeente Zutphen 2021-03..2025-11 = 57 < 60 -> fail too, "
                     "so no reading of the offer passes (fail, not review); merged over the two people: 105 (a "
                     "wrong pass and criterion 5). Marloes: Bachelor Social Work -> hbo, mwd (Anja: HBO MWD too). "
                     "Two referees who know both. 75 points (100 with the added months), EUR 84."))

# ------------------------------------------------------------------------- Bart Sprenkeling (docx), sidebar
# TRAP (target: wrong pass of ko 3): "Teamleider Wijkgerichte Zorg | Gemeente Deventer | januari 2020 – heden" (71),
# but the first task line: employed by the gemeente, fully seconded since January 2020 to a health insurer
# (Hanzezorg Zorgverzekeringen, fictional), working in its office under its manager zorginkoop, leading its purchasing
# team for district nursing. The work is done at and for the insurer: not at a gemeente, not the gemeente's social
# domain. Certain: Teamleider Wmo, Gemeente Deventer 2015-05..2019-12 = 56.
BS6, BS7, BS8 = crits("Salland", "Zorg dichtbij", "drie", "vier wijkverpleegteams met een vaste huisarts en 15 % "
                      "minder ziekenhuisopnames bij ouderen", "Menzis", "Gezond Salland",
                      "de herinrichting van de Wmo-toegang")
BS_DET = ("In dienst van de gemeente Deventer, maar sinds januari 2020 volledig gedetacheerd bij Hanzezorg "
          "Zorgverzekeringen in Zwolle: ik werk op hun kantoor, onder leiding van hun manager zorginkoop.")
BS_TEAM = ("Leiding aan het inkoopteam wijkverpleging van Hanzezorg (6 zorginkopers): contractering van "
           "thuiszorgorganisaties, productieafspraken en declaratiecontrole in Salland en de Stedendriehoek.")
bs = [pos("januari 2020 – heden", "Teamleider Wijkgerichte Zorg", "Gemeente Deventer",
          [BS_DET, BS_TEAM, BS6, BS7], ("2020-01", REF), 71, False),
      pos("mei 2015 – december 2019", "Teamleider Wmo", "Gemeente Deventer",
          ["Leiding aan het Wmo-team (11 consulenten): werkverdeling, werving en budget.", BS8],
          ("2015-05", "2019-12"), 56, True),
      pos("september 2009 – april 2015", "Wmo-consulent", "Gemeente Deventer",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen."],
          ("2009-09", "2015-04"), 68, False)]
BS_RATE = "€ 85,50 per uur excl. btw"
cv(file="Bart Sprenkeling.docx", fmt="docx", layout="sidebar",
   name="Bart Sprenkeling", email="b.sprenkeling@example.com", phone="06-71842935", rate=BS_RATE,
   exp=bs, crit_text={"6": BS6, "7": BS7, "8": BS8}, refs=["Elly Tenniglo", "Frank Zwartjes"],
   must_have=[BS_DET, BS_TEAM],
   left=[("h", "Contact"), ("p", "b.sprenkeling@example.com"), ("p", "06-71842935"), ("p", "Deventer"),
         ("h", "Tarief"), ("p", BS_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Contractvorm"), ("p", "In loondienst bij Stedendriehoek Inzet, dat mij aanbiedt"),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Bart Sprenkeling"),
          ("h", "Profiel"),
          ("p", "Teamleider bij de gemeente Deventer met ruim tien jaar leidinggevende ervaring in zorg en welzijn. "
                "Ik stuur op resultaat, houd de inwoner voor ogen en verbind partijen die elkaar nodig hebben."),
          ("h", "Werkervaring"),
          ("pos", "pipe", bs),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2009")]
   + refs_block("Elly Tenniglo, afdelingsmanager Maatschappelijke Ondersteuning, gemeente Deventer, 06-71842936",
                "Frank Zwartjes, manager zorginkoop, Hanzezorg Zorgverzekeringen, 06-71842937"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=85.5,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Teamleider Wijkgerichte Zorg | Gemeente "
                     "Deventer | januari 2020 – heden', 71 months). Its first task line: 'In dienst van de gemeente "
                     "Deventer, maar sinds januari 2020 volledig gedetacheerd bij Hanzezorg Zorgverzekeringen in "
                     "Zwolle: ik werk op hun kantoor, onder leiding van hun manager zorginkoop', and he leads 'het "
                     "inkoopteam wijkverpleging van Hanzezorg' (contracting home-care providers). The experience was "
                     "gained at and for a health insurer, under the insurer's direction: not 'bij een gemeente', and "
                     "the purchase of district nursing under the Zvw is not the gemeente's social domain. The "
                     "earlier sets decide by where the work is done, not who pays: an agency employee seconded INTO "
                     "a gemeente counts (holdout13 Erik Zwart; this set's control), a wijkteam run by a B.V. does "
                     "not (holdout30 Sylvia Hendrix). Certain: Teamleider Wmo, Gemeente Deventer 2015-05..2019-12 = "
                     "56 < 60 -> fail (127 with the secondment); Wmo-consulent not leading. A review could be "
                     "argued from the formal employer; pass is wrong either way. Bachelor Social Work -> mwd. Two "
                     "referees. 75 points (100 with the secondment), EUR 85,50."))

# ------------------------------------------------------------------------- Roelie Wiggerink (pdf), page header
# TRAP (target: wrong pass of ko 2): the only "hogeschool" in her education is a volkshogeschool: adult education
# (residential courses, "vormingscentrum voor volwassenen"), not hoger onderwijs. "Jaaropleiding" and "getuigschrift"
# sound like a degree. Then MBO SPW 4 (diploma 1999) and havo (1995): highest completed level mbo.
RW6, RW7, RW8 = crits("Lochem", "Lochem, samen oud", "drie", "een ontmoetingsplek in Barchem en Laren en 40 "
                      "ouderen minder eenzaam volgens de jaarmeting", "Menzis", "Gezond Ouder in Lochem",
                      "de overgang naar wijkgerichte ouderenteams")
RW_VHS = ("Volkshogeschool Het Hoge Veld, Barchem — jaaropleiding Sociaal-cultureel werk (vormingscentrum voor "
          "volwassenen, intern) — getuigschrift 1996")
rw = [pos("april 2016 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Lochem",
          ["Coördinatie van het ouderenwerk, de dagactiviteiten en het steunpunt mantelzorg (10 medewerkers, 130 "
           "vrijwilligers): werkverdeling, werving en budget.", RW6, RW7, RW8], ("2016-04", REF), 116, True),
      pos("februari 2010 – maart 2016", "Teamleider Buurtwerk", "Gemeente Lochem",
          ["Leiding aan de buurtwerkers en het beheer van vier buurthuizen (7 medewerkers)."],
          ("2010-02", "2016-03"), 74, True),
      pos("september 1999 – januari 2010", "Sociaal-cultureel werker", "Stichting Welzijn Lochem",
          ["Activiteiten voor ouderen en buurtbewoners in Lochem en Gorssel."], ("1999-09", "2010-01"), 125, False)]
RW_RATE = "Tarief: € 83,50 per uur excl. btw"
cv(file="Roelie Wiggerink.pdf", fmt="pdf", layout="header",
   header="Roelie Wiggerink  |  Lochem  |  06-93027461  |  roelie.wiggerink@example.nl",
   name="Roelie Wiggerink", email="roelie.wiggerink@example.nl", phone="06-93027461", rate=RW_RATE,
   exp=rw, crit_text={"6": RW6, "7": RW7, "8": RW8}, refs=["Wim Bosschaart", "Marieke Koldenhof"],
   must_have=[RW_VHS],
   body=[("title", "Roelie Wiggerink"),
         ("pb", RW_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Achterhoek Sociaal Detacheren, "
               "dat mij aanbiedt."),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn ouderen in Lochem, daarvoor teamleider buurtwerk bij de gemeente. Ik ken de "
               "kernen, de vrijwilligers en de partners, en ik houd van een team dat zelf verantwoordelijkheid "
               "neemt."),
         ("h", "Werkervaring"),
         ("eu_pos", rw),
         ("h", "Opleiding"),
         ("p", RW_VHS),
         ("p", "MBO Sociaal-Pedagogisch Werk (niveau 4), ROC Aventus Deventer — diploma 1999"),
         ("p", "Havo, Staring College Lochem — diploma 1995")]
   + refs_block("Wim Bosschaart, directeur-bestuurder Stichting Welzijn Lochem, 06-93027462",
                "Marieke Koldenhof, afdelingsmanager Samenleving, gemeente Lochem, 06-93027463"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=190, refs=(2, False), zzp=False, hourly=83.5,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: pass on 'Volkshogeschool Het Hoge Veld, Barchem — "
                     "jaaropleiding Sociaal-cultureel werk (vormingscentrum voor volwassenen, intern) — "
                     "getuigschrift 1996'). A volkshogeschool is a residential centre for adult education (folk "
                     "high school), outside the hoger onderwijs: its name holds 'hogeschool', its 'jaaropleiding' "
                     "and 'getuigschrift' sound like a degree, but it gives no hbo diploma; the CV itself calls it "
                     "a 'vormingscentrum voor volwassenen', and the year comes between her havo (1995) and the MBO "
                     "she then took. Completed: MBO Sociaal-Pedagogisch Werk niveau 4 (1999) -> highest_level mbo, "
                     "no hbo bachelor, not MWD -> fail; criterion 4 = 0. (Holdout42's IB diploma and holdout54's "
                     "NT2 exam are kin: a non-hbo qualification with a higher-level word.) Months: Coördinator "
                     "Welzijn Ouderen, Stichting Welzijn Lochem 2016-04..2025-11 = 116 + Teamleider Buurtwerk, "
                     "Gemeente Lochem 2010-02..2016-03 = 74 -> 190; Sociaal-cultureel werker not leading. Two "
                     "referees. 85 points, EUR 83,50 (a wrong pass takes rank 2)."))

# ------------------------------------------------------------------------- Saskia Heemskerk (docx), dateline
# TRAP (target: wrong pass of the references check): under "Referenties" one referee, Harm Stroetinga, written
# without a number, and on the next line "Mirjam Brands, secretaresse van de gemeentesecretaris, gemeente Olst-Wijhe,
# 0570-563412 (voor een afspraak met Harm Stroetinga)": the route to the same referee -> 1 referee.
SH6, SH7, SH8 = crits("Olst-Wijhe", "Olst-Wijhe, een sterke samenleving", "vijf", "één toegang voor Wmo en jeugd en "
                      "20 % minder doorlooptijd van meldingen", "Zilveren Kruis", "Vitaal Olst-Wijhe",
                      "de reorganisatie van het sociaal domein")
SH_SEC = ("Mirjam Brands, secretaresse van de gemeentesecretaris, gemeente Olst-Wijhe, 0570-563412 (voor een "
          "afspraak met Harm Stroetinga)")
sh = [pos("april 2021 – heden", "Manager Sociaal Domein", "Gemeente Olst-Wijhe",
          ["Leiding aan de teams Wmo, jeugd en participatie (26 medewerkers, drie teamleiders): formatie, werving "
           "en budget.", SH6, SH7, SH8], ("2021-04", REF), 56, True),
      pos("januari 2014 – maart 2021", "Coördinator Wijkteams", "Stichting Welzijn Raalte",
          ["Coördinatie van de drie wijkteams in Raalte, Heino en Luttenberg (15 medewerkers)."],
          ("2014-01", "2021-03"), 87, True),
      pos("september 2008 – december 2013", "Opbouwwerker", "Stichting Welzijn Raalte",
          ["Bewonersinitiatieven en buurtactiviteiten in Raalte-Noord."], ("2008-09", "2013-12"), 64, False)]
SH_RATE = "Uurtarief: € 86,00 excl. btw"
cv(file="Saskia Heemskerk.docx", fmt="docx", layout="single",
   name="Saskia Heemskerk", email="saskia.heemskerk@example.com", phone="06-25813746", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Harm Stroetinga"],
   must_have=[SH_SEC],
   body=[("title", "Saskia Heemskerk"),
         ("p", "Raalte  |  06-25813746  |  saskia.heemskerk@example.com"),
         ("pb", SH_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Sallandse Detachering, dat mij "
               "aanbiedt."),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein in Olst-Wijhe, daarvoor coördinator van de wijkteams in Raalte. Ik breng "
               "structuur aan, coach mijn teamleiders en durf knopen door te hakken."),
         ("h", "Werkervaring"),
         ("pos", "dateline", sh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Enschede — diploma 2008")]
   + refs_block("Harm Stroetinga, gemeentesecretaris, gemeente Olst-Wijhe (mijn leidinggevende sinds 2021)",
                SH_SEC),
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(1, False), zzp=False, hourly=86.0,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting two referees). Under 'Referenties': "
                     "'Harm Stroetinga, gemeentesecretaris, gemeente Olst-Wijhe (mijn leidinggevende sinds 2021)' "
                     "and, on a line of its own, 'Mirjam Brands, secretaresse van de gemeentesecretaris, gemeente "
                     "Olst-Wijhe, 0570-563412 (voor een afspraak met Harm Stroetinga)'. The second line has a name, "
                     "a function, an employer and a phone number, but it says what it is: the way to reach the "
                     "first referee. She is not offered as someone who can speak about the candidate's work -> 1 "
                     "referee, nothing 'op aanvraag' -> fail (samples' Mark Peters). The control Hilde Wolterbeek "
                     "has the same kind of line next to two real referees. Months: Manager Sociaal Domein, Gemeente "
                     "Olst-Wijhe 2021-04..2025-11 = 56 + Coördinator Wijkteams, Stichting Welzijn Raalte "
                     "2014-01..2021-03 = 87 -> 143; Opbouwwerker not leading. HBO MWD -> mwd. 100 points, EUR 86 (a "
                     "wrong pass takes rank 2)."))

# ------------------------------------------------------------------------- Koen Ommering (docx), exptable + tasks
# TRAP (target: wrong pass of ko 3): "01/2017 – heden | Wijkmanager Apeldoorn-Zuid | Gemeente Apeldoorn" (107): a
# network role without staff, for openbare ruimte, verkeer, afval and veiligheid, chairing the "wijkteam Zuid" of the
# safety and maintenance kind (wijkagent, handhavers, wijkbeheerder, woningcorporatie); "De zorg en het welzijn in de
# wijk liggen bij het sociaal wijkteam; daar heb ik geen rol in." Certain: Coördinator Jongerenwerk 58.
KO6, KO7, KO8 = crits("Apeldoorn", "Jong in Apeldoorn", "vier", "twee jongerenplekken in Zuid en Zevenhuizen en 30 % "
                      "minder overlastmeldingen van jongeren", "Menzis", "Kansrijk Opgroeien Apeldoorn",
                      "de invoering van ambulant jongerenwerk")
KO_NET = ("Aanspreekpunt van de gemeente in Apeldoorn-Zuid voor bewoners, bedrijven en partners over openbare "
          "ruimte, verkeer, groen, afval en veiligheid; een netwerkfunctie zonder medewerkers.")
KO_TEAM = ("Voorzitter van het wijkteam Zuid: de wijkagent, de handhavers, de wijkbeheerder van de gemeente en de "
           "woningcorporatie. Samen pakken wij overlast, zwerfafval en onveilige plekken aan.")
KO_SOC = "De zorg en het welzijn in de wijk liggen bij het sociaal wijkteam; daar heb ik geen rol in."
ko = [pos("01/2017 – heden", "Wijkmanager Apeldoorn-Zuid", "Gemeente Apeldoorn",
          [KO_NET, KO_TEAM, KO_SOC], ("2017-01", REF), 107, False),
      pos("03/2012 – 12/2016", "Coördinator Jongerenwerk", "Stichting Welzijn Apeldoorn",
          ["Leiding aan het jongerenwerk in Apeldoorn-Zuid en Zevenhuizen (9 jongerenwerkers): werkverdeling, "
           "werving en budget.", KO6, KO7, KO8], ("2012-03", "2016-12"), 58, True),
      pos("09/2006 – 02/2012", "Jongerenwerker", "Stichting Welzijn Apeldoorn",
          ["Ambulant jongerenwerk en de jongerensoos in Apeldoorn-Zuid."], ("2006-09", "2012-02"), 66, False)]
KO_RATE = "Tarief: € 81,50 per uur excl. btw"
cv(file="Koen Ommering.docx", fmt="docx", layout="single",
   name="Koen Ommering", email="koen.ommering@example.nl", phone="06-58370214", rate=KO_RATE,
   exp=ko, crit_text={"6": KO6, "7": KO7, "8": KO8}, refs=["Diana Meekes", "Gijs Veldboer"],
   must_have=[KO_NET, KO_TEAM, KO_SOC],
   body=[("title", "Koen Ommering"),
         ("p", "Apeldoorn  |  06-58370214  |  koen.ommering@example.nl"),
         ("pb", KO_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Veluwe Inzet Detachering, dat "
               "mij aanbiedt."),
         ("h", "Profiel"),
         ("p", "Wijkmanager in Apeldoorn-Zuid, daarvoor coördinator jongerenwerk. Ik ken de wijk, de bewoners en "
               "de partners, en ik krijg dingen voor elkaar tussen gemeente, politie en corporatie."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], ko),
         ("tasks", ko),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Hogeschool Deventer — diploma 2006")]
   + refs_block("Diana Meekes, afdelingsmanager Wijken en Leefbaarheid, gemeente Apeldoorn, 06-58370215",
                "Gijs Veldboer, directeur Stichting Welzijn Apeldoorn, 06-58370216"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=58, refs=(2, False), zzp=False, hourly=81.5,
               crit=(0, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting '01/2017 – heden | Wijkmanager Apeldoorn-Zuid "
                     "| Gemeente Apeldoorn', 107 months). A title with 'manager' at a gemeente, a 'wijkteam' in "
                     "the tasks, 'zorg en het welzijn' in a task line, but the tasks say what the role is: 'een "
                     "netwerkfunctie zonder medewerkers' for 'openbare ruimte, verkeer, groen, afval en "
                     "veiligheid', chair of a 'wijkteam Zuid' of wijkagent, handhavers, wijkbeheerder and "
                     "woningcorporatie (overlast, zwerfafval, onveilige plekken), and 'De zorg en het welzijn in de "
                     "wijk liggen bij het sociaal wijkteam; daar heb ik geen rol in.' Neither a coordinator or "
                     "manager who leads anyone, nor the social domain -> not relevant. Certain: Coördinator "
                     "Jongerenwerk, Stichting Welzijn Apeldoorn 2012-03..2016-12 = 58 < 60 -> fail (165 with the "
                     "wijkmanager years); Jongerenwerker not leading. HBO Bestuurskunde -> hbo, not MWD: criterion 4 "
                     "= 0. Two referees. 60 points (85 with the wrong months), EUR 81,50."))
