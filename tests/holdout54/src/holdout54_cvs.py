# -*- coding: utf-8 -*-
"""Holdout round 54 for zeef: 6 fictional CVs (3 PDF, 3 DOCX), written without looking at the pipeline's source
or rules/. One eligible control and five CVs that look strong but must not pass, each for one reason not used in
rounds 2-52:

  - the candidate will be taken on by the gemeente Heerde itself: "Voor deze opdracht kom ik graag rechtstreeks bij
    de gemeente Heerde in dienst, met een aanstelling voor bepaalde tijd tot en met 30 juni 2026" -- exactly the
    arbeidsrelatie/dienstbetrekking the uitvoeringsvoorwaarde forbids; no self-employment anywhere (knock-out 1
    review);
  - the employer of the decisive years is withheld: "Teamleider Welzijn Ouderen en Mantelzorg / Werkgever
    vertrouwelijk (zie noot ...)", the note: "een organisatie voor welzijn en zorg in de Achterhoek"; without it 55
    months at a gemeente remain (knock-out 3 review);
  - the "Coördinator Zomerprogramma Jeugd, Gemeente Zutphen" row reads "07/2016 – 08/2023" (86 months) but the
    task line says it was summer contracts, each year from July to August, next to a teaching job: 16 months
    (knock-out 3 fail);
  - the only line with "hbo" in the education is "Staatsexamen Nederlands als tweede taal (NT2), programma II --
    diploma 2012 (taalniveau B2: het niveau voor een hbo- of universitaire opleiding)", a language exam; the highest
    completed education is MBO 4 (knock-out 2 fail);
  - the second referee is "mijn supervisor": the supervisor of a supervisietraject that the candidate followed and
    paid for herself -- not a manager, bound to confidentiality about the sessions, never saw her work -> one
    referee (references fail).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations, schools and agencies. Built by tests/holdout2/src/build.py (unchanged) and checked by
src/expected54.py (the shared tests/holdout2/src/expected.py plus two CV fields, see there): see
tests/holdout54/make-holdout54.sh and tests/holdout2/src/cvset.py for the field list. The two extra fields:

  ko_override   (in expect) {"1"|"2"|"3": "review"}: a knock-out that a careful reader leaves to a person although no field that
                expected.py knows says so (zzp false with a ko 1 review; a withheld employer with a ko 3 review). It
                can only turn a knock-out into "review", never into "pass".
  seasonal      (a CV field) months worked inside a longer printed period, re-read by expected54.py from the printed sentence
                "van <month> tot en met <month> (<year> tot en met <year>)": each year from the first month to the
                last; "m" is the hand count.
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
    c6 = (f"Voorbeeld van beleid naar resultaat: het beleidskader '{plan}' ({place}) heb ik omgezet in een "
          f"jaarwerkplan met {nproj} concrete projecten; na een jaar: {result}.")
    c7 = (f"Samenwerking met zorgaanbieders, huisartsen, het patiëntenplatform, zorgverzekeraar {insurer} en de "
          f"publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectmatig werken: projectleider van het verandertraject '{change}', met projectplan en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Rianne Bekhuis (pdf) control
# Mirror of Wendelien Harkema: she *was* employed by the gemeente Heerde (Teamleider Wmo, 2012-2017) and says that
# no dienstverband with the gemeente Heerde will come about now; she is employed by the agency that offers her.
RB6, RB7, RB8 = crits("Hattem", "Hattem voor elkaar", "vier", "drie buurtkamers en 25 % meer mantelzorgers in beeld",
                      "Zilveren Kruis", "Gezond Hattem", "de vorming van één sociaal team")
RB_CONTRACT = ("Contractvorm: in vaste dienst bij Detachering Oost-Veluwe B.V., die mij aanbiedt; met de gemeente "
               "Heerde ga ik geen dienstverband aan.")
rb = [pos("maart 2017 – heden", "Manager Welzijn en Zorg", "Gemeente Hattem",
          ["Leiding aan het cluster welzijn en zorg (18 medewerkers): formatie, werving en selectie, inzet van uren "
           "en budget.", RB6, RB7, RB8], ("2017-03", REF), 105, True),
      pos("januari 2012 – februari 2017", "Teamleider Wmo", "Gemeente Heerde",
          ["Leiding aan de Wmo-consulenten en het loket in het gemeentehuis (9 medewerkers)."],
          ("2012-01", "2017-02"), 62, True),
      pos("september 2005 – december 2011", "Maatschappelijk werker", "Stichting Welzijn Epe",
          ["Algemeen maatschappelijk werk voor volwassenen en gezinnen in Epe en Vaassen."],
          ("2005-09", "2011-12"), 76, False)]
RB_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Rianne Bekhuis.pdf", fmt="pdf", layout="single",
   name="Rianne Bekhuis", email="rianne.bekhuis@example.nl", phone="06-38164027", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7, "8": RB8}, refs=["Jacqueline Scholing", "Henk Smeenge"],
   must_have=[RB_CONTRACT],
   body=[("title", "Rianne Bekhuis"),
         ("p", "Wezep  |  06-38164027  |  rianne.bekhuis@example.nl"),
         ("pb", RB_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week. " + RB_CONTRACT),
         ("h", "Profiel"),
         ("p", "Manager welzijn en zorg in Hattem; daarvoor teamleider Wmo bij de gemeente Heerde, dus ik ken de "
               "kernen Heerde, Wapenveld en Veessen goed. Ik verbind beleid en uitvoering, coach mijn teamleiders "
               "en houd formatie en budget op orde."),
         ("h", "Werkervaring"),
         ("pos", "datebold", rb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2005")]
   + refs_block("Jacqueline Scholing, gemeentesecretaris, gemeente Hattem, 06-38164028",
                "Henk Smeenge, afdelingsmanager Samenleving, gemeente Heerde (tot 2020), 06-38164029"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="CONTROL, eligible. Manager Welzijn en Zorg, Gemeente Hattem 2017-03..2025-11 = 105 + Teamleider "
                     "Wmo, Gemeente Heerde 2012-01..2017-02 = 62 -> 167 (>= 72); Maatschappelijk werker not "
                     "leading. Mirror of Wendelien Harkema: a past job at the gemeente Heerde and the sentence 'met "
                     "de gemeente Heerde ga ik geen dienstverband aan' (she is employed by the agency that offers "
                     "her) -> no arbeidsrelatie with Heerde, no ZZP, ko 1 pass. HBO MWD -> mwd. Two referees. 100 "
                     "points, EUR 88,50 (every trap has a lower rate) -> rank 1."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Wendelien Harkema (docx), sidebar
# TRAP (target: wrong pass of ko 1): no self-employment at all, but she will be appointed by the gemeente Heerde
# itself for the duration of the assignment; the agency only recruits. The uitvoeringsvoorwaarde: "Met het
# verstrekken van de opdracht ... en de gemeente Heerde mag géén arbeidsrelatie/dienstbetrekking tot stand komen."
WH6, WH7, WH8 = crits("Elburg", "Elburg doet mee", "vijf", "een jongerenpunt in de binnenstad en 15 % minder "
                      "jeugdhulpverwijzingen", "Menzis", "Gezond Opgroeien Elburg", "de herinrichting van de toegang")
WH_SIDE = "Aanstelling voor bepaalde tijd bij de gemeente Heerde, voor de duur van de opdracht"
WH_HEERDE = ("Mijn aanstelling bij de gemeente Elburg eindigt op 31 december 2025. Voor deze opdracht kom ik graag "
             "rechtstreeks bij de gemeente Heerde in dienst, met een aanstelling voor bepaalde tijd tot en met 30 "
             "juni 2026. Flexwerving Noord-Veluwe heeft mij voorgedragen en bemiddelt alleen: ik kom niet bij hen "
             "in dienst.")
wh = [pos("februari 2019 – heden", "Coördinator Sociaal Team", "Gemeente Elburg",
          ["Coördinatie van het sociaal team (15 medewerkers): werkverdeling, werving en budget.", WH6, WH7, WH8],
          ("2019-02", REF), 82, True),
      pos("mei 2012 – januari 2019", "Teamleider Ouderenwerk", "Stichting Welzijn Oldebroek",
          ["Leiding aan de ouderenadviseurs, de dagactiviteiten en 80 vrijwilligers in Wezep en Oldebroek."],
          ("2012-05", "2019-01"), 81, True),
      pos("september 2007 – april 2012", "Ouderenadviseur", "Stichting Welzijn Oldebroek",
          ["Huisbezoeken, advies over wonen, zorg en geldzaken."], ("2007-09", "2012-04"), 56, False)]
WH_RATE = "€ 84,00 per uur (all-in)"
cv(file="Wendelien Harkema.docx", fmt="docx", layout="sidebar",
   name="Wendelien Harkema", email="w.harkema@example.com", phone="06-52178304", rate=WH_RATE,
   exp=wh, crit_text={"6": WH6, "7": WH7, "8": WH8}, refs=["Albert Wijnholds", "Corrie Hulsebosch"],
   must_have=[WH_SIDE, WH_HEERDE],
   left=[("h", "Contact"), ("p", "w.harkema@example.com"), ("p", "06-52178304"), ("p", "Elburg"),
         ("h", "Tarief"), ("p", WH_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Contractvorm"), ("p", WH_SIDE),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Wendelien Harkema"),
          ("h", "Profiel"),
          ("p", "Coördinator van het sociaal team in Elburg, daarvoor teamleider ouderenwerk in Oldebroek. Ik "
                "breng structuur aan, spreek mensen aan en houd het inwonersperspectief voorop. " + WH_HEERDE),
          ("h", "Werkervaring"),
          ("pos", "pipe", wh),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2007")]
   + refs_block("Albert Wijnholds, afdelingsmanager Sociaal Domein, gemeente Elburg, 06-52178305",
                "Corrie Hulsebosch, directeur Stichting Welzijn Oldebroek, 06-52178306"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=163, refs=(2, False), zzp=False, hourly=84.0,
               crit=FULL, ko_override={"1": "review"},
               notes="TRAP, not eligible: ko 1 review (target: pass). No self-employment anywhere (zzp false), but "
                     "the sidebar 'Contractvorm: Aanstelling voor bepaalde tijd bij de gemeente Heerde, voor de duur "
                     "van de opdracht' and the profile 'Voor deze opdracht kom ik graag rechtstreeks bij de gemeente "
                     "Heerde in dienst, met een aanstelling voor bepaalde tijd tot en met 30 juni 2026. Flexwerving "
                     "Noord-Veluwe ... bemiddelt alleen: ik kom niet bij hen in dienst.' That is the "
                     "arbeidsrelatie/dienstbetrekking with the gemeente Heerde that the uitvoeringsvoorwaarde "
                     "(knock-out 1) forbids. Review, not fail, as every ko 1 indication in these sets: the condition "
                     "is on the inschrijver's construction, which a person checks (a fail would also be defensible; "
                     "pass is wrong). Months: Coördinator Sociaal Team, Gemeente Elburg 2019-02..2025-11 = 82 (her "
                     "appointment ends 2025-12-31, after the deadline: counted to 2025-11) + Teamleider Ouderenwerk, "
                     "Stichting Welzijn Oldebroek 2012-05..2019-01 = 81 -> 163; Ouderenadviseur not leading. "
                     "Bachelor Social Work -> mwd. Two referees. 100 points, EUR 84 (a wrong pass takes rank 1)."))

# ------------------------------------------------------------------------- Joyce Meulenkamp (pdf), single column
# TRAP (target: wrong pass of ko 3): the decisive years (80 months as teamleider) are at an employer she does not
# name: "Werkgever vertrouwelijk (zie noot onder de werkervaring)"; the note: her employer does not know she is
# applying; "een organisatie voor welzijn en zorg in de Achterhoek met ruim twintig locaties" -- a welfare
# foundation or a care organisation, the CV does not say. Certain: 55 months at the gemeente Lochem.
JM6, JM7, JM8 = crits("de Achterhoek", "Samen oud in de Achterhoek", "drie", "twee nieuwe ontmoetingsplekken en 30 % "
                      "meer mantelzorgers met respijtzorg", "Menzis", "Zorgzame Achterhoek",
                      "de overgang naar wijkgerichte ouderenteams")
JM_NOTE = ("Noot: mijn huidige werkgever weet nog niet dat ik solliciteer. De naam van de organisatie noem ik daarom "
           "pas in een gesprek; het is een organisatie voor welzijn en zorg in de Achterhoek met ruim twintig "
           "locaties.")
jm = [pos("april 2019 – heden", "Teamleider Welzijn Ouderen en Mantelzorg",
          "Werkgever vertrouwelijk (zie noot onder de werkervaring)",
          ["Leiding aan de ouderenadviseurs, het steunpunt mantelzorg en de dagbesteding (14 medewerkers en 120 "
           "vrijwilligers): formatie, werving en budget.", JM6, JM7, JM8], ("2019-04", REF), 80, False),
      pos("september 2014 – maart 2019", "Coördinator Wmo-loket", "Gemeente Lochem",
          ["Coördinatie van het Wmo-loket (7 consulenten): werkverdeling, werving en budget."],
          ("2014-09", "2019-03"), 55, True),
      pos("februari 2009 – augustus 2014", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen."],
          ("2009-02", "2014-08"), 67, False)]
JM_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Joyce Meulenkamp.pdf", fmt="pdf", layout="single",
   name="Joyce Meulenkamp", email="joyce.meulenkamp@example.nl", phone="06-71930462", rate=JM_RATE,
   exp=jm, crit_text={"6": JM6, "7": JM7, "8": JM8}, refs=["Gerard Oostendorp", "Marja Heuvink"],
   must_have=[JM_NOTE],
   body=[("title", "Joyce Meulenkamp"),
         ("p", "Lochem  |  06-71930462  |  joyce.meulenkamp@example.nl"),
         ("pb", JM_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week. Voor deze opdracht kom ik in loondienst bij "
               "Achterhoek Inzet Detachering, die mij aanbiedt."),
         ("h", "Profiel"),
         ("p", "Teamleider welzijn ouderen en mantelzorg in de Achterhoek, daarvoor coördinator van het Wmo-loket "
               "in Lochem. Ik stuur op afspraken, geef teams ruimte en houd de inwoner voor ogen."),
         ("h", "Werkervaring"),
         ("pos", "next", jm),
         ("p", JM_NOTE),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Enschede — diploma 2008")]
   + refs_block("Gerard Oostendorp, afdelingsmanager Samenleving, gemeente Lochem, 06-71930463",
                "Marja Heuvink, mijn leidinggevende van 2019 tot 2023 bij mijn huidige werkgever (nu elders "
                "werkzaam), 06-71930464"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25), ko_override={"3": "review"},
               notes="TRAP, not eligible: ko 3 review (target: pass). 'Teamleider Welzijn Ouderen en Mantelzorg / "
                     "Werkgever vertrouwelijk (zie noot onder de werkervaring) / april 2019 – heden' (80 months); the "
                     "note: her employer does not know she is applying, the name follows in an interview, 'een "
                     "organisatie voor welzijn en zorg in de Achterhoek met ruim twintig locaties'. That can be a "
                     "welzijnsstichting or a care organisation (thuiszorg, verpleeghuizen): the CV does not settle "
                     "the employer that knock-out 3 names ('bij een gemeente of welzijnsstichting'). Like the "
                     "samples' rule for a foundation that does not say it works in welfare -> review, not pass "
                     "(and not fail: the candidate offers to name it). Certain: Coördinator Wmo-loket, Gemeente "
                     "Lochem 2014-09..2019-03 = 55 (< 60; 135 with the withheld employer); Wmo-consulent not "
                     "leading. coord_months = the certain 55; criterion 5 = 0 (not shown at a gemeente or "
                     "welzijnsstichting). HBO MWD -> mwd. Two referees (her former manager at the withheld "
                     "employer is a person who can be called). 75 points; a wrong pass reads 135 months and 100 "
                     "points at EUR 85 (rank 2)."))

# ------------------------------------------------------------------------- Stijn Lubberink (docx), exptable
# TRAP (target: wrong pass of ko 3): the table row "07/2016 – 08/2023 | Coördinator Zomerprogramma Jeugd | Gemeente
# Zutphen" (86 months) next to "08/2010 – 08/2023 | Docent maatschappijleer"; the task line below the table says
# they were summer contracts, each year from July to August: 8 x 2 = 16 months. With the current 27 months: 43.
SL6, SL7, SL8 = crits("Zutphen", "Zutphen groeit op", "vier", "een jongerenpunt in De Hoven en 20 % minder "
                      "wachttijd voor jeugdhulp", "Menzis", "Kansrijk Opgroeien Zutphen",
                      "de invoering van wijkgerichte jeugdteams")
SL_SEASON = ("Zomercontracten bij de gemeente, elk jaar van juli tot en met augustus (2016 tot en met 2023): leiding "
             "aan 12 jongerenwerkers en 40 vrijwilligers van het zomerprogramma voor jongeren van 10 tot 18 jaar.")
sl = [pos("09/2023 – heden", "Teamleider Jeugd en Gezin", "Gemeente Zutphen",
          ["Leiding aan het team jeugd en gezin (11 jeugdconsulenten): werkverdeling, werving en budget.",
           SL6, SL7, SL8], ("2023-09", REF), 27, True),
      pos("07/2016 – 08/2023", "Coördinator Zomerprogramma Jeugd", "Gemeente Zutphen",
          [SL_SEASON, "De rest van het jaar was ik docent maatschappijleer (zie hieronder)."],
          ("2016-07", "2023-08"), 86, False),
      pos("08/2010 – 08/2023", "Docent maatschappijleer", "Scholengemeenschap De IJsselborgh, Zutphen",
          ["Lessen maatschappijleer en burgerschap in havo en vwo (0,8 fte); mentor van de bovenbouw."],
          ("2010-08", "2023-08"), 157, False)]
SL_RATE = "Tarief: € 82,00 per uur excl. btw"
cv(file="Stijn Lubberink.docx", fmt="docx", layout="single",
   name="Stijn Lubberink", email="stijn.lubberink@example.nl", phone="06-24680137", rate=SL_RATE,
   exp=sl, crit_text={"6": SL6, "7": SL7, "8": SL8}, refs=["Anouk Hilferink", "Jeroen Koning"],
   must_have=[SL_SEASON],
   seasonal=dict(text=SL_SEASON, m=16),
   body=[("title", "Stijn Lubberink"),
         ("p", "Zutphen  |  06-24680137  |  stijn.lubberink@example.nl"),
         ("pb", SL_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Detachering Stedendriehoek."),
         ("h", "Profiel"),
         ("p", "Teamleider jeugd en gezin in Zutphen. Daarvoor was ik docent en coördineerde ik acht zomers lang "
               "het zomerprogramma jeugd van de gemeente: ik ken de jongeren, de ouders en de partners in de stad."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], sl),
         ("tasks", sl),
         ("h", "Opleiding"),
         ("p", "Lerarenopleiding Maatschappijleer (tweedegraads, hbo-bachelor), Hogeschool Windesheim Zwolle — "
               "diploma 2010")]
   + refs_block("Anouk Hilferink, afdelingsmanager Samenleving, gemeente Zutphen, 06-24680138",
                "Jeroen Koning, rector, Scholengemeenschap De IJsselborgh, 06-24680139"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=43, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting the table row '07/2016 – 08/2023 | "
                     "Coördinator Zomerprogramma Jeugd | Gemeente Zutphen' as 86 months). Its task line: "
                     "'Zomercontracten bij de gemeente, elk jaar van juli tot en met augustus (2016 tot en met "
                     "2023)' and 'De rest van het jaar was ik docent maatschappijleer'; the teaching row 08/2010 – "
                     "08/2023 runs through it and the profile says 'acht zomers lang'. A coordinator of a youth "
                     "programme at a gemeente (leading 12 youth workers) is relevant, but only in the months "
                     "worked: 8 summers x 2 = 16. + Teamleider Jeugd en Gezin, Gemeente Zutphen 2023-09..2025-11 = "
                     "27 -> 43 < 60 -> fail, not review (exact months; no reading reaches 60). A whole-row reading "
                     "gives 86 + 27 = 113: a wrong pass and criterion 5. Lerarenopleiding Maatschappijleer "
                     "(hbo-bachelor) -> hbo, not MWD: criterion 4 = 0. Two referees. 60 points (85 with the wrong "
                     "months), EUR 82."))

# ------------------------------------------------------------------------- Rasha Alhamwi (pdf), sidebar
# TRAP (target: wrong pass of ko 2): her education: "Staatsexamen Nederlands als tweede taal (NT2), programma II --
# diploma 2012 (taalniveau B2: het niveau voor een hbo- of universitaire opleiding)", "MBO Maatschappelijke Zorg,
# niveau 4 -- diploma 2014", a Syrian secondary-school diploma. NT2 programma II is a language exam (the Dutch
# needed to *enter* hbo or university), not an education at bachelor level -> highest completed: mbo.
RA6, RA7, RA8 = crits("Rheden", "Iedereen doet mee in Rheden", "drie", "een taalcafé in Velp en Dieren en 40 "
                      "statushouders aan het werk of in een opleiding", "Menzis", "Gezond Rheden",
                      "de invoering van de nieuwe Wet inburgering")
RA_NT2 = ("Staatsexamen Nederlands als tweede taal (NT2), programma II — diploma 2012 (taalniveau B2: het niveau "
          "voor een hbo- of universitaire opleiding)")
ra = [pos("maart 2018 – heden", "Coördinator Welzijn Nieuwkomers", "Stichting Welzijn Dieren",
          ["Coördinatie van het team maatschappelijke begeleiding en het taalcafé (9 medewerkers, 60 "
           "vrijwilligers): werkverdeling, werving en budget.", RA6, RA7, RA8], ("2018-03", REF), 93, True),
      pos("september 2014 – februari 2018", "Maatschappelijk begeleider statushouders", "Gemeente Arnhem",
          ["Begeleiding van statushouders bij huisvesting, inkomen, zorg en inburgering."],
          ("2014-09", "2018-02"), 42, False)]
RA_RATE = "€ 83,00 per uur excl. btw"
cv(file="Rasha Alhamwi.pdf", fmt="pdf", layout="sidebar",
   name="Rasha Alhamwi", email="rasha.alhamwi@example.nl", phone="06-19573846", rate=RA_RATE,
   exp=ra, crit_text={"6": RA6, "7": RA7, "8": RA8}, refs=["Karin Brummelhuis", "Yusuf Demirci"],
   must_have=[RA_NT2],
   left=[("h", "Contact"), ("p", "rasha.alhamwi@example.nl"), ("p", "06-19573846"), ("p", "Arnhem"),
         ("h", "Tarief"), ("p", RA_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Talen"), ("bl", ["Nederlands (Staatsexamen NT2-II)", "Arabisch (moedertaal)", "Engels"])],
   right=[("title", "Rasha Alhamwi"),
          ("h", "Profiel"),
          ("p", "Coördinator welzijn nieuwkomers bij Stichting Welzijn Dieren. Ik kwam in 2009 naar Nederland, haalde "
                "het Staatsexamen NT2 en daarna mijn mbo-diploma. Sinds 2014 werk ik met nieuwkomers, eerst als "
                "begeleider en sinds 2018 als coördinator. Voor deze opdracht kom ik in loondienst bij Gelders "
                "Sociaal Detacheren, die mij aanbiedt."),
          ("h", "Werkervaring"),
          ("pos", "pipe", ra),
          ("h", "Opleiding"),
          ("p", RA_NT2),
          ("p", "MBO Maatschappelijke Zorg, niveau 4, ROC Rijn IJssel Arnhem — diploma 2014"),
          ("p", "Diploma voortgezet onderwijs, Homs (Syrië) — 2006")]
   + refs_block("Karin Brummelhuis, directeur-bestuurder Stichting Welzijn Dieren, 06-19573847",
                "Yusuf Demirci, teamleider Inburgering, gemeente Arnhem, 06-19573848"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=93, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: pass on 'Staatsexamen Nederlands als tweede taal (NT2), "
                     "programma II — diploma 2012 (taalniveau B2: het niveau voor een hbo- of universitaire "
                     "opleiding)'). The Staatsexamen NT2 programma II is a language exam: it shows the Dutch needed "
                     "to enter hbo or university, it is no education at hbo bachelor level (the IB diploma of "
                     "holdout42 and the colloquium doctum of holdout47 are kin: a secondary/admission level with a "
                     "higher-level word). Her completed education: MBO Maatschappelijke Zorg niveau 4 (2014) and a "
                     "Syrian secondary-school diploma -> highest_level mbo, no hbo bachelor, not MWD -> fail; "
                     "criterion 4 = 0. Months: Coördinator Welzijn Nieuwkomers, Stichting Welzijn Dieren "
                     "2018-03..2025-11 = 93 (>= 72); maatschappelijk begeleider not leading. Two referees. 85 "
                     "points, EUR 83 (a wrong pass takes rank 2)."))

# ------------------------------------------------------------------------- Geertje Stoffelsen (docx), page header
# TRAP (target: wrong pass of the references check): second referee "Trees Wolterink, mijn supervisor — bij haar
# volgde ik in 2023 op eigen kosten een supervisietraject ...". In social work a supervisor is the professional who
# guides a supervisee's reflection in paid sessions (LVSC), not a manager: the candidate hired and paid her, she
# knows the work only from the candidate's own accounts and the sessions are confidential -> 1 referee.
GS6, GS7, GS8 = crits("Oldebroek", "Oldebroek zorgt", "vijf", "één toegang voor Wmo en jeugd in Wezep en 25 % minder "
                      "doorlooptijd van meldingen", "Zilveren Kruis", "Vitaal Oldebroek",
                      "de reorganisatie van het sociaal domein")
GS_SUP = ("Trees Wolterink, mijn supervisor — bij haar volgde ik in 2023 op eigen kosten een supervisietraject van "
          "twaalf bijeenkomsten voor mijn herregistratie als sociaal werker, 06-83640297")
gs = [pos("juni 2018 – heden", "Manager Sociaal Domein", "Gemeente Oldebroek",
          ["Leiding aan de teams Wmo, jeugd en welzijn (24 medewerkers, drie teamleiders); formatie, werving en "
           "budget.", GS6, GS7, GS8], ("2018-06", REF), 90, True),
      pos("maart 2012 – mei 2018", "Coördinator Jeugd en Gezin", "Stichting Welzijn IJsselmuiden, Kampen",
          ["Coördinatie van het jongerenwerk en de opvoedondersteuning (8 medewerkers)."],
          ("2012-03", "2018-05"), 75, True),
      pos("september 2006 – februari 2012", "Jongerenwerker", "Stichting Welzijn IJsselmuiden, Kampen",
          ["Ambulant jongerenwerk en de jongerensoos in Brunnepe."], ("2006-09", "2012-02"), 66, False)]
GS_RATE = "Tarief: € 86,50 per uur (excl. btw)"
cv(file="Geertje Stoffelsen.docx", fmt="docx", layout="header",
   header="Geertje Stoffelsen  |  Kampen  |  06-83640295  |  geertje.stoffelsen@example.com",
   name="Geertje Stoffelsen", email="geertje.stoffelsen@example.com", phone="06-83640295", rate=GS_RATE,
   exp=gs, crit_text={"6": GS6, "7": GS7, "8": GS8}, refs=["Harmen Stoker"],
   must_have=[GS_SUP],
   body=[("title", "Geertje Stoffelsen"),
         ("pb", GS_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij IJsselland Detachering, die mij "
               "aanbiedt."),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein in Oldebroek, daarvoor coördinator jeugd en gezin in Kampen. Ik geef richting, "
               "coach mijn teamleiders en durf knopen door te hakken."),
         ("h", "Werkervaring"),
         ("eu_pos", gs),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Windesheim Zwolle — diploma "
               "2006"),
         ("h", "Cursussen"),
         ("p", "Supervisietraject (twaalf bijeenkomsten), 2023"),
         ("p", "Leergang Leidinggeven in het sociaal domein, 2019")]
   + refs_block("Harmen Stoker, gemeentesecretaris, gemeente Oldebroek, 06-83640296", GS_SUP),
   expect=dict(pages=1, edu=("hbo", True, True), coord=165, refs=(1, False), zzp=False, hourly=86.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting the supervisor as a second referee). "
                     "'Trees Wolterink, mijn supervisor — bij haar volgde ik in 2023 op eigen kosten een "
                     "supervisietraject van twaalf bijeenkomsten voor mijn herregistratie als sociaal werker': a "
                     "supervisor in social work guides the supervisee's reflection in paid sessions (the "
                     "'Supervisietraject' under Cursussen), she is no manager. She was hired and paid by the "
                     "candidate, knows the work only from the candidate's own accounts, and the sessions are "
                     "confidential -> no referee for her work (principle of holdout49's client and holdout51's "
                     "household employee: a referee not independent of the candidate or who cannot judge her "
                     "work). 1 referee, no 'op aanvraag' -> fail. Months: Manager Sociaal Domein, Gemeente "
                     "Oldebroek 2018-06..2025-11 = 90 + Coördinator Jeugd en Gezin, Stichting Welzijn IJsselmuiden "
                     "2012-03..2018-05 = 75 -> 165; jongerenwerker not leading. HBO MWD -> mwd. 100 points, EUR "
                     "86,50 (a wrong pass takes rank 2)."))
