# -*- coding: utf-8 -*-
"""Holdout round 49 for zeef: 6 fictional CVs (3 PDF, 3 DOCX), written without looking at the pipeline's source
or rules/. One eligible control (a gemeente coordinator whose tasks name a national programme of the ministry of
VWS), five that look strong but must not pass, each for one new reason:

  - the decisive management years are at a national body: "Afdelingsmanager Welzijn en Mantelzorg — Ministerie
    van Volksgezondheid, Welzijn en Sport" (policy "samen met gemeenten"); only 57 months at a gemeente
    (knock-out 3 fail);
  - the second referee is a client: "cliënt van het maatschappelijk werk van Stichting Welzijn Ermelo; ik was
    jarenlang zijn maatschappelijk werker" -> one referee (references fail);
  - the rate line hides the ZZP status: "zonder btw: ik val onder de kleineondernemersregeling (KOR)", a scheme
    only for entrepreneurs; no other word about how he works (knock-out 1 review);
  - an afstudeerstage written like a job ("Coördinator Buurtbemiddeling, Stichting Welzijn Zutphen, september
    2015 – juli 2016", no internship word in the experience list); only the education line says it was the
    graduation internship: 55 real months, 66 with it (knock-out 3 fail);
  - "Manager Sociaal Domein a.i., Gemeente Barneveld, januari 2020 – december 2021", whose task line says the
    stand-in was six weeks in those two years, beside her real job as senior beleidsadviseur: 47 months, 71 if the
    a.i. row counts (knock-out 3 fail); her bachelor is Godsdienst Pastoraal Werk (hbo, not MWD).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities, one real
ministry and fictional foundations. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout49/make-holdout49.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 49)."""
    c6 = (f"Voorbeeld beleid naar resultaat: de nota '{plan}' ({place}) vertaald in een jaarwerkplan met drie "
          f"concrete projecten; resultaat na een jaar: {result}.")
    c7 = (f"Samenwerkingspartners: zorgaanbieders, huisartsen en patiëntenvertegenwoordigers, zorgverzekeraar "
          f"{insurer} en de publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectmatig werken: projectleider van het verandertraject '{change}', met plan van aanpak en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Judith Hoogland (pdf) control
# Mirror of Ronald Westerveld: her tasks name "het ministerie van VWS" (a national programme she carried out),
# but her employers are a gemeente and a welzijnsstichting -> all months count.
JH6, JH7, JH8 = crits("Nijkerk", "Nijkerk verbindt", "twaalf nieuwe ontmoetingsgroepen en 30 % meer bereik bij "
                      "75-plussers", "Zilveren Kruis", "Vitaal Nijkerk", "de vorming van één sociaal team")
JH_VWS = ("Uitvoering in Nijkerk van het landelijke programma 'Eén tegen eenzaamheid' van het ministerie van VWS, "
          "met de lokale coalitie tegen eenzaamheid.")
jh = [pos("april 2018 – heden", "Teamleider Sociaal Team", "Gemeente Nijkerk",
          ["Leiding aan het sociaal team (14 medewerkers): Wmo, jeugd en welzijn; formatie, werving en budget.",
           JH_VWS, JH6, JH7, JH8], ("2018-04", REF), 92, True),
      pos("september 2011 – maart 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Barneveld",
          ["Coördinatie van de ouderenadviseurs, de mantelzorgondersteuning en 120 vrijwilligers."],
          ("2011-09", "2018-03"), 79, True)]
JH_RATE = "Uurtarief: € 88,00 excl. btw"
cv(file="Judith Hoogland.pdf", fmt="pdf", layout="single",
   name="Judith Hoogland", email="judith.hoogland@example.nl", phone="06-27481936", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Marleen Tiemens", "Jan-Willem Roeterdink"],
   must_have=[JH_VWS],
   body=[("title", "Judith Hoogland"),
         ("p", "Nijkerk  |  06-27481936  |  judith.hoogland@example.nl"),
         ("pb", JH_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij Detachering Veluwe Sociaal."),
         ("h", "Profiel"),
         ("p", "Teamleider van het sociaal team in Nijkerk, daarvoor coördinator welzijn ouderen. Ik verbind "
               "beleid en uitvoering, coach mijn team en houd formatie en budget op orde."),
         ("h", "Werkervaring"),
         ("pos", "datebold", jh),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Christelijke Hogeschool Ede — diploma 2011"),
         ("p", "Training Methodisch werken met DA Systems — 2022")]
   + refs_block("Marleen Tiemens, afdelingsmanager Samenleving, gemeente Nijkerk, 06-27481937",
                "Jan-Willem Roeterdink, directeur Stichting Welzijn Barneveld, 06-27481938"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="CONTROL, eligible. Teamleider Sociaal Team, Gemeente Nijkerk 2018-04..2025-11 = 92 + "
                     "Coördinator Welzijn Ouderen, Stichting Welzijn Barneveld 2011-09..2018-03 = 79 -> 171 (>= 72). "
                     "The task line names 'het landelijke programma … van het ministerie van VWS', but her "
                     "employer is the gemeente (mirror of Ronald Westerveld). Bachelor Social Work (diploma) -> "
                     "mwd. 'In loondienst bij Detachering Veluwe Sociaal': no ZZP. Two referees. 100 points, "
                     "EUR 88 -> rank 1."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Ronald Westerveld (docx), sidebar
# TRAP (target: wrong pass of ko 3): 93 months as "Afdelingsmanager Welzijn en Mantelzorg" at the Ministerie van
# Volksgezondheid, Welzijn en Sport (directie Maatschappelijke Ondersteuning): manager, welfare domain, "Welzijn"
# in the employer's name, tasks "samen met gemeenten" -- but a national ministry is neither a gemeente nor a
# welzijnsstichting. Only the Coördinator Wmo years at Gemeente Zoetermeer (57) count.
RW6, RW7, RW8 = crits("landelijk", "Samen sterk voor mantelzorgers", "respijtzorg in 40 gemeenten en een landelijk "
                      "steunpunt mantelzorg", "CZ", "Mantelzorg Werkt", "de herziening van de "
                      "mantelzorgondersteuning")
RW_MIN = "Ministerie van Volksgezondheid, Welzijn en Sport, directie Maatschappelijke Ondersteuning"
rw = [pos("maart 2018 – heden", "Afdelingsmanager Welzijn en Mantelzorg", RW_MIN,
          ["Leiding aan de afdeling (16 beleidsmedewerkers) die het landelijke beleid voor welzijn, mantelzorg en "
           "de Wmo maakt, samen met gemeenten en de VNG.", RW6, RW7, RW8], ("2018-03", REF), 93, False),
      pos("juni 2013 – februari 2018", "Coördinator Wmo", "Gemeente Zoetermeer",
          ["Coördinatie van het Wmo-loket en de keukentafelgesprekken; werkverdeling en werving."],
          ("2013-06", "2018-02"), 57, True),
      pos("september 2008 – mei 2013", "Wmo-consulent", "Gemeente Zoetermeer",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
          ("2008-09", "2013-05"), 57, False)]
RW_RATE = "€ 84,- per uur (excl. btw)"
cv(file="Ronald Westerveld.docx", fmt="docx", layout="sidebar",
   name="Ronald Westerveld", email="r.westerveld@example.com", phone="06-38150427", rate=RW_RATE,
   exp=rw, crit_text={"6": RW6, "7": RW7, "8": RW8}, refs=["Saskia Blom", "Frank Heijnen"],
   must_have=[RW_MIN],
   left=[("h", "Contact"), ("p", "r.westerveld@example.com"), ("p", "06-38150427"), ("p", "Voorschoten"),
         ("h", "Tarief"), ("p", RW_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels"])],
   right=[("title", "Ronald Westerveld"),
          ("h", "Profiel"),
          ("p", "Manager in het sociaal domein met ervaring aan de kant van beleid en van uitvoering. Ik breng "
                "mensen in beweging, stuur op afspraken en denk vanuit de inwoner."),
          ("h", "Werkervaring"),
          ("pos", "pipe", rw),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, De Haagse Hogeschool — diploma 2008"),
          ("h", "Referenties"),
          ("p", "Saskia Blom, directeur Maatschappelijke Ondersteuning, ministerie van VWS, 06-38150428"),
          ("p", "Frank Heijnen, afdelingshoofd Samenleving, gemeente Zoetermeer, 06-38150429")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Afdelingsmanager Welzijn en Mantelzorg — "
                     "Ministerie van Volksgezondheid, Welzijn en Sport', 2018-03..2025-11 = 93). A national "
                     "ministry is neither a gemeente nor a welzijnsstichting, whatever 'Welzijn' in its name and "
                     "'samen met gemeenten' in the tasks. Relevant: Coördinator Wmo, Gemeente Zoetermeer "
                     "2013-06..2018-02 = 57 -> 57 < 60, fail; criterion 5 = 0 (150 if the ministry counted). "
                     "Wmo-consulent: not leading. HBO MWD diploma -> mwd. Two referees. 75 points."))

# ------------------------------------------------------------------------- Miriam Oosterhuis (pdf), header layout
# TRAP (target: wrong pass of the references check): two named referees with function and phone, but the second
# is a client of the social work she did: "cliënt van het maatschappelijk werk van Stichting Welzijn Ermelo; ik was
# jarenlang zijn maatschappelijk werker". A client is not independent of her, cannot judge her work as a
# coordinator or manager, and (beroepscode) is no one a social worker asks to vouch for her -> 1 referee.
MO6, MO7, MO8 = crits("Ermelo", "Ermelo zorgt voor elkaar", "een buurtkamer in elke wijk en 20 % minder "
                      "maatwerkvoorzieningen huishoudelijke hulp", "Zilveren Kruis", "Gezond Ermelo",
                      "de invoering van de wijkgerichte toegang")
mo = [pos("januari 2019 – heden", "Manager Welzijn", "Gemeente Ermelo",
          ["Leiding aan het cluster welzijn (18 medewerkers); formatie, werving en selectie en budget.",
           MO6, MO7, MO8], ("2019-01", REF), 83, True),
      pos("oktober 2012 – december 2018", "Coördinator Maatschappelijk Werk", "Stichting Welzijn Ermelo",
          ["Coördinatie van het algemeen maatschappelijk werk (9 maatschappelijk werkers); intake en werkverdeling."],
          ("2012-10", "2018-12"), 75, True),
      pos("september 2005 – september 2012", "Maatschappelijk werker", "Stichting Welzijn Ermelo",
          ["Begeleiding van inwoners bij financiële, relationele en opvoedvragen."],
          ("2005-09", "2012-09"), 85, False)]
MO_RATE = "Uurtarief: € 83,50 excl. btw"
MO_CLIENT = ("Gerrit van Loon, cliënt van het maatschappelijk werk van Stichting Welzijn Ermelo; ik was jarenlang "
             "zijn maatschappelijk werker, 06-47203918")
cv(file="Miriam Oosterhuis.pdf", fmt="pdf", layout="header",
   header="Miriam Oosterhuis  |  Ermelo  |  06-47203916  |  miriam.oosterhuis@example.nl",
   name="Miriam Oosterhuis", email="miriam.oosterhuis@example.nl", phone="06-47203916", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Anke Veldman"],
   must_have=[MO_CLIENT],
   body=[("title", "Miriam Oosterhuis"),
         ("pb", MO_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Manager welzijn bij de gemeente Ermelo, opgeleid als maatschappelijk werker. Ik ken het werk van "
               "de keukentafel tot de raadsvergadering."),
         ("h", "Werkervaring"),
         ("eu_pos", mo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2005")]
   + refs_block("Anke Veldman, manager Sociaal Domein, gemeente Ermelo, 06-47203917", MO_CLIENT),
   expect=dict(pages=1, edu=("hbo", True, True), coord=158, refs=(1, False), zzp=False, hourly=83.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting the client as a second referee). "
                     "'Gerrit van Loon, cliënt van het maatschappelijk werk van Stichting Welzijn Ermelo; ik was "
                     "jarenlang zijn maatschappelijk werker' is a former client: dependent on her, never saw her "
                     "work as coordinator or manager -> not a referee (holdout8 spouse, holdout35 subordinate, "
                     "holdout47 business partner: a referee not independent of the candidate does not count). "
                     "1 referee, no 'op aanvraag' -> fail. Months: Manager Welzijn, Gemeente Ermelo "
                     "2019-01..2025-11 = 83 + Coördinator Maatschappelijk Werk, Stichting Welzijn Ermelo "
                     "2012-10..2018-12 = 75 -> 158. Maatschappelijk werker: not leading. HBO MWD -> mwd. "
                     "100 points, EUR 83,50 (a wrong pass would take rank 1)."))

# ------------------------------------------------------------------------- Bert Klaassen (docx), single column
# TRAP (target: wrong pass of ko 1): the rate line "zonder btw: ik val onder de kleineondernemersregeling (KOR)".
# The KOR is a btw exemption for small entrepreneurs: only someone who invoices as an ondernemer can use it, so he
# offers himself as a zzp'er. Nothing else in the CV says how he works (no zzp, KvK, eigen bedrijf, opdrachtgever).
BK6, BK7, BK8 = crits("Putten", "Putten doet mee", "een sociaal team met één toegang en 25 % kortere wachttijd "
                      "voor Wmo-meldingen", "Menzis", "Samen Gezond Putten", "de herinrichting van de toegang")
bk = [pos("februari 2017 – heden", "Coördinator Sociaal Team", "Gemeente Putten",
          ["Coördinatie van het sociaal team (12 medewerkers): Wmo, jeugd en schuldhulp; werkverdeling en budget.",
           BK6, BK7, BK8], ("2017-02", REF), 106, True),
      pos("mei 2010 – januari 2017", "Teamleider Jongerenwerk", "Stichting Welzijn Putten",
          ["Leiding aan zeven jongerenwerkers, het jongerencentrum en de straathoekwerkers."],
          ("2010-05", "2017-01"), 81, True)]
BK_RATE = "Uurtarief: € 82,00 — zonder btw: ik val onder de kleineondernemersregeling (KOR)"
cv(file="Bert Klaassen.docx", fmt="docx", layout="single",
   name="Bert Klaassen", email="bert.klaassen@example.nl", phone="06-59314072", rate=BK_RATE,
   exp=bk, crit_text={"6": BK6, "7": BK7, "8": BK8}, refs=["Hilde Mulderij", "Evert Bosgoed"],
   must_have=[BK_RATE],
   body=[("title", "Bert Klaassen"),
         ("p", "Putten  |  06-59314072  |  bert.klaassen@example.nl"),
         ("pb", BK_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Putten, daarvoor teamleider jongerenwerk. Ik geef richting, "
               "spreek mensen aan en houd het inwonersperspectief voorop."),
         ("h", "Werkervaring"),
         ("pos", "pipe", bk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2009")]
   + refs_block("Hilde Mulderij, afdelingsmanager Sociaal Domein, gemeente Putten, 06-59314073",
                "Evert Bosgoed, directeur Stichting Welzijn Putten, 06-59314074"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=187, refs=(2, False), zzp=True, hourly=82.0,
               crit=FULL,
               notes="TRAP, not eligible: ko 1 review (target: pass). The rate line 'zonder btw: ik val onder de "
                     "kleineondernemersregeling (KOR)': the KOR is a btw exemption for entrepreneurs with a small "
                     "turnover; an employee or an agency cannot use it, so he invoices as a zzp'er -> ZZP "
                     "indication, review (a person decides), not fail. No other ZZP word in the CV "
                     "('kleineondernemersregeling' holds the letters 'ondernemer' for expected.py). Months: "
                     "Coördinator Sociaal Team, Gemeente Putten 2017-02..2025-11 = 106 + Teamleider Jongerenwerk, "
                     "Stichting Welzijn Putten 2010-05..2017-01 = 81 -> 187. Bachelor Social Work -> mwd. "
                     "100 points, EUR 82 (a wrong pass would take rank 1)."))

# ------------------------------------------------------------------------- Lisanne Vrielink (pdf), single column
# TRAP (target: wrong pass of ko 3): the experience list has "Coördinator Buurtbemiddeling — Stichting Welzijn
# Zutphen, september 2015 – juli 2016" with job-like tasks and no internship word; the education line says this
# was her afstudeerstage ("afstudeerstage van september 2015 tot juli 2016 bij Stichting Welzijn Zutphen
# (coördinatie buurtbemiddeling)"). A student on a graduation internship is no employed coordinator -> 55, fail
# (66 if the internship counts).
LV6, LV7, LV8 = crits("Lochem", "Lochem samen sterk", "een wijkpunt in Laren en Gorssel en 40 nieuwe "
                      "mantelzorgers in beeld", "Menzis", "Zorgzaam Lochem", "de overgang naar één sociaal "
                      "wijkteam voor Wmo en jeugd")
lv = [pos("mei 2021 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Lochem",
          ["Coördinatie van het sociaal wijkteam (11 medewerkers); werkverdeling, werving en budget.",
           LV6, LV7, LV8], ("2021-05", REF), 55, True),
      pos("augustus 2016 – april 2021", "Wmo-consulent", "Gemeente Lochem",
          ["Keukentafelgesprekken, indicaties en casusoverleg in het sociaal wijkteam."],
          ("2016-08", "2021-04"), 57, False),
      pos("september 2015 – juli 2016", "Coördinator Buurtbemiddeling", "Stichting Welzijn Zutphen",
          ["Opzet en coördinatie van buurtbemiddeling in twee wijken, met 18 vrijwillige bemiddelaars."],
          ("2015-09", "2016-07"), 11, False)]
LV_RATE = "Uurtarief: € 85,00 excl. btw"
LV_EDU = ("Bachelor Social Work, Saxion Hogeschool Deventer — diploma juli 2016; afstudeerstage van september 2015 "
          "tot juli 2016 bij Stichting Welzijn Zutphen (coördinatie buurtbemiddeling)")
cv(file="Lisanne Vrielink.pdf", fmt="pdf", layout="single",
   name="Lisanne Vrielink", email="lisanne.vrielink@example.com", phone="06-70436285", rate=LV_RATE,
   exp=lv, crit_text={"6": LV6, "7": LV7, "8": LV8}, refs=["Peter Groot Wassink", "Ineke Lubbers"],
   must_have=[LV_EDU],
   body=[("title", "Lisanne Vrielink"),
         ("p", "Lochem  |  06-70436285  |  lisanne.vrielink@example.com"),
         ("pb", LV_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal wijkteam in Lochem. Ik werk oplossingsgericht, vanuit het perspectief "
               "van de inwoner, en haal het beste uit mijn team."),
         ("h", "Werkervaring"),
         ("pos", "next", lv),
         ("h", "Opleiding"),
         ("p", LV_EDU)]
   + refs_block("Peter Groot Wassink, afdelingsmanager Sociaal Domein, gemeente Lochem, 06-70436286",
                "Ineke Lubbers, teamleider Toegang, gemeente Lochem, 06-70436287"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Coördinator Buurtbemiddeling — Stichting "
                     "Welzijn Zutphen, september 2015 – juli 2016', 11 months). The education line says it was her "
                     "afstudeerstage (same employer, same months, same work), before her diploma of July 2016: a "
                     "student intern, not an employed coordinator (holdout5 meewerkstagiair, holdout46 "
                     "afstudeerstage inside a date line; here the experience list has no internship word). "
                     "Relevant: Coördinator Sociaal Wijkteam, Gemeente Lochem 2021-05..2025-11 = 55 -> fail "
                     "(66 with the internship: a wrong pass). Wmo-consulent: not leading. Criterion 5 = 0 either "
                     "way. Bachelor Social Work -> mwd. Two referees. 75 points."))

# ------------------------------------------------------------------------- Karin Brinkhuis (docx), experience table
# TRAP (target: wrong pass of ko 3): a table row "januari 2020 – december 2021 | Manager Sociaal Domein a.i. |
# Gemeente Barneveld"; its task line: the stand-in was six weeks in those two years, during the manager's sick
# leave, the rest of the time she was senior beleidsadviseur Wmo (an overlapping row). Only Teamleider Wmo
# (47) counts; with the a.i. row 71.
KB6, KB7, KB8 = crits("Barneveld", "Barneveld dichtbij", "een inlooppunt in elke kern en 35 nieuwe "
                      "vrijwilligers in de buurtzorg", "Menzis", "Gezond Barneveld", "de reorganisatie van het Wmo-loket")
KB_AI = ("Waarneming van de manager Sociaal Domein tijdens diens ziekteverlof: in deze twee jaar in totaal zes "
         "weken. De rest van de tijd werkte ik als senior beleidsadviseur Wmo.")
kb = [pos("januari 2022 – heden", "Teamleider Wmo", "Gemeente Barneveld",
          ["Leiding aan het Wmo-team (13 consulenten); werkverdeling, werving en budget.", KB6, KB7, KB8],
          ("2022-01", REF), 47, True),
      pos("januari 2020 – december 2021", "Manager Sociaal Domein a.i.", "Gemeente Barneveld", [KB_AI],
          ("2020-01", "2021-12"), 24, False),
      pos("maart 2015 – december 2021", "Senior beleidsadviseur Wmo", "Gemeente Barneveld",
          ["Advies aan het college over de Wmo-verordening en de inkoop van maatwerkvoorzieningen."],
          ("2015-03", "2021-12"), 82, False),
      pos("september 2011 – februari 2015", "Wmo-consulent", "Gemeente Ede",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden."], ("2011-09", "2015-02"), 42, False)]
KB_RATE = "Tarief: € 86,- per uur excl. btw"
KB_EDU = "Hbo-bachelor Godsdienst Pastoraal Werk, Christelijke Hogeschool Ede — diploma 2011"
cv(file="Karin Brinkhuis.docx", fmt="docx", layout="single",
   name="Karin Brinkhuis", email="k.brinkhuis@example.nl", phone="06-81529374", rate=KB_RATE,
   exp=kb, crit_text={"6": KB6, "7": KB7, "8": KB8}, refs=["Roel Hazeleger", "Martine van Dalen"],
   must_have=[KB_AI, KB_EDU],
   body=[("title", "Karin Brinkhuis"),
         ("p", "Barneveld  |  06-81529374  |  k.brinkhuis@example.nl"),
         ("pb", KB_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Teamleider Wmo in Barneveld, met een achtergrond in beleid. Ik ken de Wmo van verordening tot "
               "keukentafel en geef mijn team ruimte en richting."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], kb),
         ("tasks", kb),
         ("h", "Opleiding"),
         ("p", KB_EDU)]
   + refs_block("Roel Hazeleger, manager Sociaal Domein, gemeente Barneveld, 06-81529375",
                "Martine van Dalen, teamleider Jeugd, gemeente Barneveld, 06-81529376"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=47, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting the row 'januari 2020 – december 2021 | "
                     "Manager Sociaal Domein a.i. | Gemeente Barneveld', 24 months). Its task line: 'Waarneming "
                     "van de manager … tijdens diens ziekteverlof: in deze twee jaar in totaal zes weken. De rest "
                     "van de tijd werkte ik als senior beleidsadviseur Wmo.' Six weeks of stand-in (at most 2 "
                     "months) are no 24 months of management; the overlapping row Senior beleidsadviseur Wmo "
                     "2015-03..2021-12 is not leading. Relevant: Teamleider Wmo, Gemeente Barneveld "
                     "2022-01..2025-11 = 47 (49 even with the six weeks) -> fail; 71 with the whole a.i. row (a "
                     "wrong pass). Criterion 5 = 0 either way. Education: Hbo-bachelor Godsdienst Pastoraal Werk "
                     "(diploma) -> hbo, ko 2 pass, but not MWD/Social Work -> criterion 4 = 0. 60 points."))
