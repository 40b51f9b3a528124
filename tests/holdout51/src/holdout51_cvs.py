# -*- coding: utf-8 -*-
"""Holdout round 51 for zeef: 6 fictional CVs (3 PDF, 3 DOCX), written without looking at the pipeline's source
or rules/. One eligible control and five CVs that look strong but must not pass, each for one new reason:

  - the longest "coordinator" years are at a culture centre whose only link to welfare is its motto: "Stichting
    Cultuurcentrum De Klinker, Epe", motto "Samen werken aan welzijn door cultuur" (theatre programming); 58 months
    at a gemeente remain (knock-out 3 fail);
  - self-employment stated only in English, in the line under the name: "Sole trader since 2021 · freelance
    consultant via my own company" (knock-out 1 review);
  - the second referee is the candidate's own household employee: "onze oppas; sinds 2019 bij mij in dienst via de
    regeling dienstverlening aan huis" -> one referee (references fail);
  - the only ZZP cue is membership of a broodfonds (a sick-pay circle open to self-employed people only), no zzp,
    KvK or ondernemer word (knock-out 1 review);
  - the whole CV is written in Nedersaksisch (Sallands), a recognised regional language, not Dutch; names of
    employers, job titles and the degree are in Dutch (Dutch check fail).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout51/make-holdout51.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8."""
    c6 = (f"Van beleid naar resultaat: het beleidskader '{plan}' ({place}) omgezet in een jaarwerkplan met vier "
          f"concrete projecten; na een jaar: {result}.")
    c7 = (f"Vaste samenwerkingspartners: zorgaanbieders, huisartsen, een patiëntenplatform, zorgverzekeraar "
          f"{insurer} en de publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectmatig werken: projectleider van het verandertraject '{change}', met projectplan en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Marjolein Dragt (pdf) control
# Mirror of Roelof Brinkman: a culture foundation with a welfare motto appears in a task of her gemeente job
# (a partner), not as her employer. Employed, two independent referees, Dutch.
MD6, MD7, MD8 = crits("Hattem", "Hattem voor elkaar", "drie buurtkamers en 25 % meer mantelzorgers in beeld",
                      "Zilveren Kruis", "Gezond Hattem", "de vorming van één sociaal team")
MD_CULT = ("Met Stichting Cultuurhuis Hattem (motto 'Cultuur voor ieders welzijn') een wekelijks "
           "ontmoetingsprogramma voor alleenstaande ouderen opgezet.")
md = [pos("maart 2017 – heden", "Manager Welzijn", "Gemeente Hattem",
          ["Leiding aan het cluster welzijn (16 medewerkers): formatie, werving en selectie en budget.",
           MD_CULT, MD6, MD7, MD8], ("2017-03", REF), 105, True),
      pos("juni 2010 – februari 2017", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Epe",
          ["Coördinatie van de mantelzorgondersteuning en het steunpunt vrijwilligerswerk (6 medewerkers)."],
          ("2010-06", "2017-02"), 81, True)]
MD_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Marjolein Dragt.pdf", fmt="pdf", layout="single",
   name="Marjolein Dragt", email="marjolein.dragt@example.nl", phone="06-41735290", rate=MD_RATE,
   exp=md, crit_text={"6": MD6, "7": MD7, "8": MD8}, refs=["Theo Brouwer", "Anneke Pluim"],
   must_have=[MD_CULT],
   body=[("title", "Marjolein Dragt"),
         ("p", "Hattem  |  06-41735290  |  marjolein.dragt@example.nl"),
         ("pb", MD_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Gemeente Hattem, "
               "gedetacheerd via Detachering Oost Sociaal."),
         ("h", "Profiel"),
         ("p", "Manager welzijn in Hattem, daarvoor coördinator mantelzorg en vrijwilligers in Epe. Ik verbind "
               "beleid en uitvoering, coach mijn team en houd formatie en budget op orde."),
         ("h", "Werkervaring"),
         ("pos", "datebold", md),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2010")]
   + refs_block("Theo Brouwer, afdelingsmanager Samenleving, gemeente Hattem, 06-41735291",
                "Anneke Pluim, directeur Stichting Welzijn Epe, 06-41735292"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=186, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL, eligible. Manager Welzijn, Gemeente Hattem 2017-03..2025-11 = 105 + Coördinator "
                     "Mantelzorg en Vrijwilligers, Stichting Welzijn Epe 2010-06..2017-02 = 81 -> 186 (>= 72). "
                     "A task names Stichting Cultuurhuis Hattem (motto 'Cultuur voor ieders welzijn') as a "
                     "partner: harmless (mirror of Roelof Brinkman). In loondienst, seconded: no ZZP. Bachelor "
                     "Social Work -> mwd. Two referees (her manager, a director). 100 points, EUR 89 -> rank 1."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Roelof Brinkman (docx), sidebar
# TRAP (target: wrong pass of ko 3): "Coördinator Programmering en Publiek | Stichting Cultuurcentrum De Klinker,
# Epe", 83 months: coordinator, a stichting, "welzijn" in its motto ("Samen werken aan welzijn door cultuur") and
# volunteers in the tasks -- but a theatre/culture centre is no welzijnsstichting and programming shows is not the
# social domain. Only Coördinator Wmo-loket, Gemeente Oldebroek counts: 58.
RB6, RB7, RB8 = crits("Oldebroek", "Oldebroek zorgt", "één Wmo-loket in Wezep en 30 % minder doorlooptijd van "
                      "meldingen", "Zilveren Kruis", "Vitaal Oldebroek", "de herinrichting van het Wmo-loket")
RB_MOTTO = "Het motto van De Klinker: 'Samen werken aan welzijn door cultuur'."
rb = [pos("januari 2019 – heden", "Coördinator Programmering en Publiek", "Stichting Cultuurcentrum De Klinker, Epe",
          [RB_MOTTO,
           "Programmering van 120 theatervoorstellingen, concerten en exposities per seizoen; kaartverkoop en de "
           "foyer; leiding aan 5 medewerkers en 60 vrijwillige zaalmedewerkers."],
          ("2019-01", REF), 83, False),
      pos("maart 2014 – december 2018", "Coördinator Wmo-loket", "Gemeente Oldebroek",
          ["Coördinatie van het Wmo-loket (9 consulenten): werkverdeling, werving en budget.", RB6, RB7, RB8],
          ("2014-03", "2018-12"), 58, True),
      pos("september 2009 – februari 2014", "Wmo-consulent", "Gemeente Oldebroek",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen."],
          ("2009-09", "2014-02"), 54, False)]
RB_RATE = "€ 84,- per uur (excl. btw)"
cv(file="Roelof Brinkman.docx", fmt="docx", layout="sidebar",
   name="Roelof Brinkman", email="r.brinkman@example.com", phone="06-52907314", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7, "8": RB8}, refs=["Jolien Mensink", "Gert-Jan Hulst"],
   must_have=[RB_MOTTO],
   left=[("h", "Contact"), ("p", "r.brinkman@example.com"), ("p", "06-52907314"), ("p", "Epe"),
         ("h", "Tarief"), ("p", RB_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels"])],
   right=[("title", "Roelof Brinkman"),
          ("h", "Profiel"),
          ("p", "Coördinator met hart voor ontmoeting en meedoen. Ik breng mensen samen, stuur op afspraken en "
                "denk vanuit de inwoner."),
          ("h", "Werkervaring"),
          ("pos", "pipe", rb),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2009")]
   + refs_block("Jolien Mensink, teamleider Wmo, gemeente Oldebroek, 06-52907315",
                "Gert-Jan Hulst, directeur Stichting Cultuurcentrum De Klinker, 06-52907316"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Coördinator Programmering en Publiek | "
                     "Stichting Cultuurcentrum De Klinker, Epe', 2019-01..2025-11 = 83). A culture centre "
                     "(theatre, concerts, exhibitions) is no welzijnsstichting and its work is not the social "
                     "domain; 'welzijn' only in its motto, volunteers as ushers. Relevant: Coördinator Wmo-loket, "
                     "Gemeente Oldebroek 2014-03..2018-12 = 58 -> fail (141 with the culture centre: a wrong "
                     "pass). Wmo-consulent not leading. Criterion 5 = 0. Bachelor Social Work -> mwd. Two "
                     "referees. 75 points."))

# ------------------------------------------------------------------------- Anouk Hazenberg (pdf), single column
# TRAP (target: wrong pass of ko 1): the line under her name, in English: "Sole trader since 2021 · freelance
# consultant via my own company". Nothing else says how she works; the rest of the CV is Dutch.
AH6, AH7, AH8 = crits("Apeldoorn", "Apeldoorn dichtbij", "een wijkpunt in vier wijken en 20 % minder "
                      "wachttijd voor de eerste afspraak", "Menzis", "Samen Gezond Apeldoorn",
                      "de overgang naar wijkgerichte sociale teams")
AH_EN = "Sole trader since 2021 · freelance consultant via my own company"
ah = [pos("februari 2021 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Apeldoorn",
          ["Coördinatie van twee sociale wijkteams (17 medewerkers): werkverdeling, werving en budget.",
           AH6, AH7, AH8], ("2021-02", REF), 58, True),
      pos("mei 2013 – januari 2021", "Teamleider Welzijn", "Stichting Welzijn Voorst",
          ["Leiding aan het team opbouwwerk en ouderenwerk (10 medewerkers) in Twello en de kernen."],
          ("2013-05", "2021-01"), 93, True)]
AH_RATE = "Uurtarief: € 83,00 excl. btw"
cv(file="Anouk Hazenberg.pdf", fmt="pdf", layout="single",
   name="Anouk Hazenberg", email="anouk.hazenberg@example.nl", phone="06-63018427", rate=AH_RATE,
   exp=ah, crit_text={"6": AH6, "7": AH7, "8": AH8}, refs=["Ria Wessels", "Bart Lenselink"],
   must_have=[AH_EN],
   body=[("title", "Anouk Hazenberg"),
         ("pb", AH_EN),
         ("p", "Apeldoorn  |  06-63018427  |  anouk.hazenberg@example.nl"),
         ("pb", AH_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator van sociale wijkteams in Apeldoorn, daarvoor teamleider welzijn in Voorst. Ik geef "
               "richting, spreek mensen aan en houd het inwonersperspectief voorop."),
         ("h", "Werkervaring"),
         ("pos", "next", ah),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2012")]
   + refs_block("Ria Wessels, afdelingsmanager Sociaal Domein, gemeente Apeldoorn, 06-63018428",
                "Bart Lenselink, directeur Stichting Welzijn Voorst, 06-63018429"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=151, refs=(2, False), zzp=True, hourly=83.0,
               crit=FULL,
               notes="TRAP, not eligible: ko 1 review (target: pass). The line under the name, in English: 'Sole "
                     "trader since 2021 · freelance consultant via my own company' = eenmanszaak, zzp'er with "
                     "her own company since 2021, i.e. now -> ZZP indication -> review (a person decides), not "
                     "fail. No Dutch ZZP word anywhere. Months: Coördinator Sociaal Wijkteam, Gemeente Apeldoorn "
                     "2021-02..2025-11 = 58 + Teamleider Welzijn, Stichting Welzijn Voorst 2013-05..2021-01 = 93 "
                     "-> 151. HBO MWD -> mwd. Two referees. 100 points, EUR 83 (a wrong pass would take rank 2)."))

# ------------------------------------------------------------------------- Sietske Wolbers (docx), experience table
# TRAP (target: wrong pass of the references check): the second referee is her own household employee, "onze
# oppas; sinds 2019 bij mij in dienst via de regeling dienstverlening aan huis": dependent on her (she pays her)
# and knows her only at home, never at work -> 1 referee.
SW6, SW7, SW8 = crits("Elburg", "Elburg doet mee", "een jongerenpunt in de binnenstad en 15 % minder "
                      "jeugdhulpverwijzingen", "Zilveren Kruis", "Gezond Opgroeien Elburg",
                      "de reorganisatie van de toegang jeugd")
SW_OPPAS = ("Dewi Lammers, onze oppas; sinds 2019 bij mij in dienst via de regeling dienstverlening aan huis, "
            "06-74120583")
sw = [pos("09/2018 – heden", "Manager Sociaal Domein", "Gemeente Elburg",
          ["Leiding aan de teams Wmo, jeugd en welzijn (22 medewerkers); formatie, werving en budget.",
           SW6, SW7, SW8], ("2018-09", REF), 87, True),
      pos("01/2011 – 08/2018", "Coördinator Jongerenwerk", "Stichting Welzijn Elburg",
          ["Coördinatie van zes jongerenwerkers en het jongerencentrum; straathoekwerk."],
          ("2011-01", "2018-08"), 92, True)]
SW_RATE = "Tarief: € 82,50 per uur excl. btw"
cv(file="Sietske Wolbers.docx", fmt="docx", layout="single",
   name="Sietske Wolbers", email="s.wolbers@example.nl", phone="06-74120581", rate=SW_RATE,
   exp=sw, crit_text={"6": SW6, "7": SW7, "8": SW8}, refs=["Harm Kolkman"],
   must_have=[SW_OPPAS],
   body=[("title", "Sietske Wolbers"),
         ("p", "Elburg  |  06-74120581  |  s.wolbers@example.nl"),
         ("pb", SW_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein in Elburg, daarvoor coördinator jongerenwerk. Ik ben besluitvaardig, "
               "coach mijn teamleiders en houd het budget op orde."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], sw),
         ("tasks", sw),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Christelijke Hogeschool Windesheim Zwolle — diploma 2010")]
   + refs_block("Harm Kolkman, afdelingsmanager Samenleving, gemeente Elburg, 06-74120582", SW_OPPAS),
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(1, False), zzp=False, hourly=82.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting the babysitter as a second referee). "
                     "'Dewi Lammers, onze oppas; sinds 2019 bij mij in dienst via de regeling dienstverlening aan "
                     "huis' is the candidate's own employee at home: dependent on her and never saw her work -> "
                     "not a referee (holdout35 subordinate, holdout47 business partner, holdout49 client: a "
                     "referee not independent of the candidate, or who cannot judge her work, does not count). "
                     "1 referee, no 'op aanvraag' -> fail. Being a private employer under the regeling "
                     "dienstverlening aan huis is no ZZP indication. Months: Manager Sociaal Domein, Gemeente "
                     "Elburg 2018-09..2025-11 = 87 + Coördinator Jongerenwerk, Stichting Welzijn Elburg "
                     "2011-01..2018-08 = 92 -> 179. Bachelor Social Work -> mwd. 100 points, EUR 82,50 (a wrong "
                     "pass would take rank 1)."))

# ------------------------------------------------------------------------- Gerdien Schuurman (docx), page header
# TRAP (target: wrong pass of ko 1): under "Overig": "Lid van Broodfonds De Veluwse Kring (sinds 2020): bij ziekte
# vangen de deelnemers elkaars inkomen op." A broodfonds is a sick-pay circle of self-employed people (only
# zelfstandig ondernemers can join: employees have sick pay from their employer). Since 2020 = her current
# coordinator job. No zzp/KvK/ondernemer word; the one word on expected.py's ZZP list is "interim" in a referee's
# function (not about her).
GS6, GS7, GS8 = crits("Nunspeet", "Nunspeet verbindt", "een steunpunt mantelzorg in Hulshorst en Elspeet en 50 "
                      "nieuwe mantelzorgers in beeld", "Menzis", "Vitaal Nunspeet",
                      "de invoering van de integrale toegang")
GS_BROOD = ("Lid van Broodfonds De Veluwse Kring (sinds 2020): bij ziekte vangen de deelnemers elkaars inkomen "
            "op.")
gs = [pos("juni 2020 – heden", "Coördinator Sociaal Team", "Gemeente Nunspeet",
          ["Coördinatie van het sociaal team (14 medewerkers): werkverdeling, werving en budget.",
           GS6, GS7, GS8], ("2020-06", REF), 66, True),
      pos("april 2012 – mei 2020", "Teamleider Ouderenwerk", "Stichting Welzijn Nunspeet",
          ["Leiding aan de ouderenadviseurs, de dagactiviteiten en 90 vrijwilligers."],
          ("2012-04", "2020-05"), 98, True)]
GS_RATE = "€ 85,- per uur (excl. btw)"
cv(file="Gerdien Schuurman.docx", fmt="docx", layout="header",
   header="Gerdien Schuurman  |  Nunspeet  |  06-85247136  |  gerdien.schuurman@example.com",
   name="Gerdien Schuurman", email="gerdien.schuurman@example.com", phone="06-85247136", rate=GS_RATE,
   exp=gs, crit_text={"6": GS6, "7": GS7, "8": GS8}, refs=["Karel Smit", "Ellen van 't Hul"],
   must_have=[GS_BROOD],
   body=[("title", "Gerdien Schuurman"),
         ("pb", "Tarief: " + GS_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Nunspeet, daarvoor teamleider ouderenwerk. Ik verbind, "
               "stel heldere doelen en durf knopen door te hakken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", gs),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2011"),
         ("h", "Overig"),
         ("p", GS_BROOD)]
   + refs_block("Karel Smit, interim-manager Sociaal Domein, gemeente Nunspeet, 06-85247137",
                "Ellen van 't Hul, directeur Stichting Welzijn Nunspeet, 06-85247138"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=164, refs=(2, False), zzp=True, hourly=85.0,
               crit=FULL,
               notes="TRAP, not eligible: ko 1 review (target: pass). 'Lid van Broodfonds De Veluwse Kring (sinds "
                     "2020)': a broodfonds is a sick-pay circle that only self-employed people can join (employees "
                     "are paid by their employer when ill); since 2020, the start of her current job -> ZZP "
                     "indication -> review, not fail. No zzp/KvK/ondernemer word; 'interim' (expected.py's list) "
                     "occurs only in the referee Karel Smit's function, not about her. Months: Coördinator Sociaal "
                     "Team, Gemeente Nunspeet 2020-06..2025-11 = 66 + Teamleider Ouderenwerk, Stichting Welzijn "
                     "Nunspeet 2012-04..2020-05 = 98 -> 164. HBO MWD -> mwd. Two referees. 100 points, EUR 85 "
                     "(a wrong pass would take rank 3 or better)."))

# ------------------------------------------------------------------------- Hendrikje Nijhof (pdf), single column
# TRAP (target: wrong pass of the Dutch check): the whole CV in Nedersaksisch (Sallands), which she says herself
# ("Ik schrieve dit cv in mien eigen streektaal, t Sallands"). Titles, employers, the degree, Wmo and the headings
# are (near-)Dutch, so a word-share reader may take it for Dutch. Language: nds (no ISO 639-1 code).
HN6 = ("Veurbeeld van beleid naor resultaot: t beleidskader 'Raalte doet mee' hebbe wi'j umezet in een "
       "jaorwarkplan met vier concrete projecten; noa een joar wazzen d'r vief nieje huuskamers in de karkdörpen.")
HN7 = ("Ik wark geregeld samen met zorgaanbieders, huusartsen en t patiëntenplatform, met zorgverzekeraar Menzis "
       "en in de publiek-private samenwarking (PPS) Gezond Raalte.")
HN8 = ("Ik was projectleider van t veranderproject 'Eén toegang' en hebbe de herinrichting van t sociaal team "
       "projectmaotig an-estuurd.")
HN_LANG = "Ik schrieve dit cv in mien eigen streektaal, t Sallands."
hn = [pos("augustus 2016 – heden", "Teamleider Sociaal Team", "Gemeente Raalte",
          ["Ik geef leiding an t sociaal team van vieftien medewarkers: Wmo, jeugd en schuldhulp. Ik regel de "
           "formatie, de warving en t budget.", HN6, HN7, HN8], ("2016-08", REF), 112, True),
      pos("februari 2009 – juli 2016", "Coördinator Ouderenwerk", "Stichting Welzijn Salland",
          ["Ik coördineerde t ouderenwark in vief karkdörpen: de ouderenadviseurs, de maoltiedservice en zo'n "
           "honderd vrijwilligers."], ("2009-02", "2016-07"), 90, True)]
HN_RATE = "Uurtarief: € 80,00 excl. btw"
cv(file="Hendrikje Nijhof.pdf", fmt="pdf", layout="single",
   name="Hendrikje Nijhof", email="hendrikje.nijhof@example.nl", phone="06-96302841", rate=HN_RATE,
   exp=hn, crit_text={"6": HN6, "7": HN7, "8": HN8}, refs=["Wim ter Haar", "Gerda Nijkamp"],
   must_have=[HN_LANG],
   body=[("title", "Hendrikje Nijhof"),
         ("p", "Heino  |  06-96302841  |  hendrikje.nijhof@example.nl"),
         ("pb", HN_RATE),
         ("p", "Beschikbaor vanof 1 januari 2026, 24 uur in de weke. Ik bin in loondienst bi'j de gemeente."),
         ("h", "Profiel"),
         ("p", "Ik bin Hendrikje, geboren en getogen in Heino. Al mear as vieftien joar wark ik in t sociaal "
               "domein, eerst bi'j t welzienswark en noe bi'j de gemeente Raalte. Ik hol d'r van um luu bi'j "
               "mekare te brengen: inwoners, vrijwilligers en de vakmensen. Ik zegge waor t op steet en ik gao "
               "d'r veur as t spannend wördt. " + HN_LANG),
         ("h", "Warkervaring"),
         ("pos", "datebold", hn),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2008")]
   + refs_block("Wim ter Haar, afdelingsmanager Samenleving, gemeente Raalte, 06-96302842",
                "Gerda Nijkamp, directeur Stichting Welzijn Salland, 06-96302843"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=202, refs=(2, False), zzp=False, hourly=80.0,
               crit=FULL, lang="nds",
               notes="TRAP, not eligible: Dutch check fail (target: pass). The whole running text is Nedersaksisch "
                     "(Sallands: 'Ik bin', 'wark', 'bi'j', 'joar', 'luu', 'mekare', 'warkervaring'), as the CV "
                     "itself says ('Ik schrieve dit cv in mien eigen streektaal, t Sallands'). Nedersaksisch is a "
                     "recognised regional language (European Charter, part II), not Dutch, like Frisian "
                     "(holdout26) -> not 'opgesteld in het Nederlands' -> fail. language.code: nds (no ISO 639-1 "
                     "code exists; any non-nl code is right in substance). Other fields are the truth: Teamleider "
                     "Sociaal Team, Gemeente Raalte 2016-08..2025-11 = 112 + Coördinator Ouderenwerk, Stichting "
                     "Welzijn Salland 2009-02..2016-07 = 90 -> 202; HBO MWD; two referees; criteria 6-8 in dialect "
                     "-> 100 points, EUR 80 (a wrong pass would take rank 1)."))
