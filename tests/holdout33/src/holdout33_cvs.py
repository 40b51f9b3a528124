# -*- coding: utf-8 -*-
"""Holdout round 33 for zeef: 12 fictional CVs (6 PDF, 6 DOCX) at the EDGES of the knock-outs, hunting wrong
passes and wrong fails. Five are eligible right at an edge; seven must not pass for a reason right at an edge.
Written without looking at the pipeline's source or rules/.

Eligible at an edge:
  exactly 60 relevant months after merging an overlap (sum 66); an hbo bachelor stated only as a
  "getuigschrift ... 240 studiepunten" of a hogeschool (no "hbo", "bachelor" or "diploma" word); a
  coordinator at a welfare foundation whose name has no "welzijn"/"stichting" but is described in a bullet,
  72 months "sinds december 2019" (criterion 5 at its edge); exactly two referees, one with only an e-mail
  address; a Dutch CV of exactly 5 pages.
Not eligible at an edge:
  59 months after merging two overlapping roles that sum to 69; a bachelor Social Work with "diploma januari
  2026" (after the deadline); a role "1 februari 2016 – 31 december 2020" (59); a manager at a gemeenten'
  werkbedrijf N.V.; one real referee plus the candidate's partner; a Dutch CV of exactly 6 pages; "zzp'er"
  and a KvK number only in the page footer.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout33/make-holdout33.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, nota, result, insurer, change):
    """The passages of criteria 6, 7 and 8 (new wording for this round)."""
    c6 = (f"Van beleid naar uitvoering (voorbeeld): de nota '{nota}' van de gemeente {place} vertaalde ik met "
          f"mijn team in een jaarwerkplan naar concrete projecten; resultaat: {result}.")
    c7 = (f"Vaste samenwerking met zorgaanbieders, wijkverpleging, zorgverzekeraar {insurer}, een "
          "patiëntenplatform en een publiek-private samenwerking (PPS) met woningcorporatie en lokale bedrijven.")
    c8 = f"Projectleider van het verandertraject '{change}', van plan van aanpak tot evaluatie."
    return c6, c7, c8


def refs_block(*lines):
    return [("h", "Referenties")] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE AT AN EDGE

# ------------------------------------------------------------------------- Fenna Kroeze (docx)
# EDGE (target: wrong fail of knock-out 3): two relevant roles overlap by six months; 48 + 18 = 66 summed,
# merged exactly 60 -> pass (criterion 5: 0).
FK6, FK7, FK8 = crits("Hattem", "Hattem doet mee", "een buurtkamer in de binnenstad en 40 % meer bereik van "
                      "mantelzorgers", "Zilveren Kruis", "één toegang voor Wmo en jeugd")
fk = [pos("januari 2024 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Hattem",
          ["Advies over de inkoop van jeugdhulp en de Wmo-verordening."], ("2024-01", REF), 23, False),
      pos("juli 2022 – december 2023", "Teamleider Jongerenwerk", "Stichting Welzijn Hattem-Heerde",
          ["Naast mijn laatste halfjaar bij de gemeente (16 uur per week): leiding aan zes jongerenwerkers; "
           "werkverdeling, werving en budget."], ("2022-07", "2023-12"), 18, True),
      pos("januari 2019 – december 2022", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Leiding aan het sociaal team (11 medewerkers: Wmo, jeugd, schulddienstverlening).", FK6, FK7, FK8],
          ("2019-01", "2022-12"), 48, True),
      pos("september 2011 – december 2018", "Wmo-consulent", "Gemeente Hattem",
          ["Keukentafelgesprekken en indicaties."], ("2011-09", "2018-12"), 88, False)]
FK_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Fenna Kroeze.docx", fmt="docx", layout="single",
   name="Fenna Kroeze", email="fenna.kroeze@example.nl", phone="06-51734028", rate=FK_RATE,
   exp=fk, crit_text={"6": FK6, "7": FK7, "8": FK8}, refs=["Gijs Hoeflaak", "Ria Stegeman"],
   body=[("title", "Fenna Kroeze"),
         ("p", "Hattem  |  06-51734028  |  fenna.kroeze@example.nl"),
         ("pb", FK_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein van Hattem; sinds 2024 beleidsadviseur. Ik wil "
               "weer een team aansturen. In loondienst bij een detacheerder."),
         ("h", "Werkervaring"),
         ("pos", "datebold", fk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2011")]
   + refs_block("Gijs Hoeflaak, afdelingsmanager Samenleving, gemeente Hattem, 06-51734029",
                "Ria Stegeman, directeur Stichting Welzijn Hattem-Heerde, 06-51734030"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=60, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="EDGE, eligible (target: a wrong FAIL of knock-out 3). Coördinator Sociaal Team, Gemeente "
                     "Hattem 2019-01..2022-12 = 48; Teamleider Jongerenwerk, Stichting Welzijn Hattem-Heerde "
                     "2022-07..2023-12 = 18; overlap 2022-07..2022-12 = 6 -> merged 2019-01..2023-12 = 60 "
                     "(summed 66). 60 >= 60 -> ko 3 pass; < 72 -> criterion 5 = 0. Beleidsadviseur and "
                     "Wmo-consulent: not leading. HBO MWD -> ko 2 pass, criterion 4. Detacheerder, no zzp. "
                     "75 points."))

# ------------------------------------------------------------------------- Pieter-Jan Smeenk (pdf)
# EDGE (target: wrong fail of knock-out 2): the only degree is a "Getuigschrift Sociaal-Pedagogische
# Hulpverlening (voltijd, vier jaar, 240 studiepunten)" of a hogeschool, no "hbo"/"bachelor"/"diploma" word.
PS6, PS7, PS8 = crits("Kampen", "Kansrijk opgroeien in Kampen", "een opvoedpunt in IJsselmuiden en de "
                      "wachtlijst jeugdhulp van 14 naar 5 weken", "Zilveren Kruis",
                      "de jeugdhulp dichter bij school")
ps = [pos("maart 2015 – heden", "Coördinator Jeugd en Gezin", "Gemeente Kampen",
          ["Leiding aan het team jeugd en gezin (13 jeugdconsulenten); formatie en budget.", PS6, PS7, PS8],
          ("2015-03", REF), 129, True),
      pos("augustus 2007 – februari 2015", "Gezinscoach", "Gemeente Kampen",
          ["Ambulante gezinsbegeleiding."], ("2007-08", "2015-02"), 91, False)]
PS_EDU = ("Getuigschrift Sociaal-Pedagogische Hulpverlening (voltijd, vier jaar, 240 studiepunten), "
          "Christelijke Hogeschool Windesheim, Zwolle — uitgereikt juni 2007")
PS_RATE = "Uurtarief: € 88,00 excl. btw"
cv(file="Pieter-Jan Smeenk.pdf", fmt="pdf", layout="single",
   name="Pieter-Jan Smeenk", email="pj.smeenk@example.nl", phone="06-28410957", rate=PS_RATE,
   exp=ps, crit_text={"6": PS6, "7": PS7, "8": PS8}, refs=["Hilde Brink", "Jacco de Weerd"],
   must_have=[PS_EDU],
   body=[("title", "Pieter-Jan Smeenk"),
         ("p", "IJsselmuiden  |  06-28410957  |  pj.smeenk@example.nl"),
         ("pb", PS_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator jeugd en gezin met tien jaar leidinggevende ervaring bij de gemeente Kampen."),
         ("h", "Werkervaring"),
         ("pos", "sample", ps),
         ("h", "Opleiding"),
         ("p", PS_EDU),
         ("p", "VWO, Ichthus College Kampen — 2003")]
   + refs_block("Hilde Brink, afdelingshoofd Sociaal Domein, gemeente Kampen, 06-28410958",
                "Jacco de Weerd, teamleider Jeugd, gemeente Zwolle, 06-28410959"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=129, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 15, 20, 25),
               notes="EDGE, eligible (target: a wrong FAIL or review of knock-out 2). 'Getuigschrift "
                     "Sociaal-Pedagogische Hulpverlening (voltijd, vier jaar, 240 studiepunten), Christelijke "
                     "Hogeschool Windesheim — uitgereikt juni 2007': a getuigschrift is the diploma of a completed "
                     "programme, 240 studiepunten at a hogeschool is a full hbo bachelor -> hbo, completed; SPH is "
                     "not MWD/Social Work (as holdout2) -> criterion 4 = 0. Coördinator Jeugd en Gezin, Gemeente "
                     "Kampen 2015-03..2025-11 = 129 (criterion 5). Gezinscoach: not leading. 85 points, EUR 88."))

# ------------------------------------------------------------------------- Marloes Tichelaar (pdf)
# EDGE (target: wrong fail of knock-out 3): the employer "Onder de Linde, Ermelo" has no "welzijn" or
# "stichting" in its name; the first bullet describes it as the welfare foundation of the gemeente. Also
# "sinds december 2019" = exactly 72 months: criterion 5 at its edge.
MT6, MT7, MT8 = crits("Ermelo", "Ermelo, samen zorgen", "een Omzieners-netwerk in elke wijk en 120 nieuwe "
                      "vrijwilligers", "VGZ", "de overgang van losse steunpunten naar drie buurthuizen")
MT_DESC = ("Onder de Linde is de stichting voor welzijnswerk in de gemeente Ermelo: buurtwerk, ouderenwerk en "
           "mantelzorgondersteuning, gesubsidieerd door de gemeente.")
mt = [pos("sinds december 2019", "Coördinator Buurtwerk en Mantelzorg", "Onder de Linde, Ermelo",
          [MT_DESC, "Leiding aan negen buurtwerkers en consulenten; roosters, werving en het teambudget.",
           MT6, MT7, MT8], ("2019-12", REF), 72, True),
      pos("januari 2013 – november 2019", "Ouderenadviseur", "Onder de Linde, Ermelo",
          ["Huisbezoeken en advies aan ouderen."], ("2013-01", "2019-11"), 83, False)]
MT_RATE = "Uurtarief: € 90,00 excl. btw"
cv(file="Marloes Tichelaar.pdf", fmt="pdf", layout="single",
   name="Marloes Tichelaar", email="marloes.tichelaar@example.nl", phone="06-39571824", rate=MT_RATE,
   exp=mt, crit_text={"6": MT6, "7": MT7, "8": MT8}, refs=["Anton Verweij", "Linda Hooijer"],
   must_have=[MT_DESC],
   body=[("title", "Marloes Tichelaar"),
         ("p", "Ermelo  |  06-39571824  |  marloes.tichelaar@example.nl"),
         ("pb", MT_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator buurtwerk en mantelzorg; ik verbind vrijwilligers, professionals en de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "datebold", mt),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Hogeschool Windesheim Zwolle — diploma 2012")]
   + refs_block("Anton Verweij, directeur-bestuurder Onder de Linde, 06-39571825",
                "Linda Hooijer, beleidsadviseur Welzijn, gemeente Ermelo, 06-39571826"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=72, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="EDGE, eligible (target: a wrong FAIL of knock-out 3 and a missed criterion 5). Coördinator "
                     "Buurtwerk en Mantelzorg at 'Onder de Linde, Ermelo', which the CV describes as 'de stichting "
                     "voor welzijnswerk in de gemeente Ermelo' -> a welzijnsstichting, relevant. 'sinds december "
                     "2019' = 2019-12..2025-11 = 72 -> ko 3 pass and criterion 5 (>= 72) exactly. Ouderenadviseur: "
                     "not leading. HBO Social Work -> mwd. 100 points, EUR 90."))

# ------------------------------------------------------------------------- Sevda Yilmaz (docx)
# EDGE (target: wrong fail of the references check): exactly two referees, the second with only an e-mail
# address (no phone).
SY6, SY7, SY8 = crits("Elburg", "Elburg zorgt", "een wijkteam per kern en de helft minder doorverwijzingen "
                      "naar specialistische jeugdhulp", "Zilveren Kruis", "het nieuwe werken met "
                      "één gezin, één plan")
sy = [pos("april 2017 – heden", "Teamleider Wmo en Jeugd", "Gemeente Elburg",
          ["Leiding aan 16 consulenten Wmo en jeugd; formatie, werving & selectie en budget.", SY6, SY7, SY8],
          ("2017-04", REF), 104, True),
      pos("februari 2010 – maart 2017", "Consulent Jeugd", "Gemeente Harderwijk",
          ["Toegang jeugdhulp en gezinsgesprekken."], ("2010-02", "2017-03"), 86, False)]
SY_RATE = "Tarief: € 86,- per uur (excl. btw)"
SY_REF2 = "Wendy Schaap, directeur Stichting Welzijn Elburg — w.schaap@example.nl"
cv(file="Sevda Yilmaz.docx", fmt="docx", layout="header",
   header="Sevda Yilmaz  |  Elburg  |  06-47102385  |  sevda.yilmaz@example.nl",
   name="Sevda Yilmaz", email="sevda.yilmaz@example.nl", phone="06-47102385", rate=SY_RATE,
   exp=sy, crit_text={"6": SY6, "7": SY7, "8": SY8}, refs=["Gerard Hulshof", "Wendy Schaap"],
   must_have=[SY_REF2],
   body=[("title", "Curriculum vitae"),
         ("pb", SY_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider Wmo en jeugd bij de gemeente Elburg, eerder consulent jeugd in Harderwijk."),
         ("h", "Werkervaring"),
         ("eu_pos", sy),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Windesheim Zwolle — diploma 2009")]
   + refs_block("Gerard Hulshof, afdelingsmanager Sociaal Domein, gemeente Elburg, 06-47102386", SY_REF2),
   expect=dict(pages=1, edu=("hbo", True, False), coord=104, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="EDGE, eligible (target: a wrong FAIL of the references check). Two named referees under "
                     "'Referenties': Gerard Hulshof (function, gemeente, phone) and Wendy Schaap (function, "
                     "organisation, e-mail only, no phone) -> 2 (the tender asks for two references, not for phone "
                     "numbers). Teamleider Wmo en Jeugd, Gemeente Elburg 2017-04..2025-11 = 104 (criterion 5). "
                     "HBO Bestuurskunde: hbo, not MWD. 85 points, EUR 86 (ahead of Pieter-Jan Smeenk, 85 at "
                     "EUR 88)."))

# ------------------------------------------------------------------------- Jorien Bakhuis (pdf, 5 pages)
# EDGE (target: wrong fail of the pages check): exactly 5 pages (each section starts on a new page).
JB6, JB7, JB8 = crits("Oldebroek", "Oldebroek verbindt", "vier dorpsteams en een daling van de wachttijd Wmo "
                      "naar drie weken", "Menzis", "de herindeling van het sociaal team in dorpsteams")
jb = [pos("januari 2016 – heden", "Manager Welzijn en Participatie", "Gemeente Oldebroek",
          ["Leiding aan twee teams (22 medewerkers); formatie, werving & selectie, budget en jaarwerkplan.",
           JB6, JB7, JB8], ("2016-01", REF), 119, True),
      pos("mei 2009 – december 2015", "Coördinator Wmo", "Gemeente Nunspeet",
          ["Leiding aan het Wmo-loket (acht consulenten)."], ("2009-05", "2015-12"), 80, True),
      pos("september 2004 – april 2009", "Maatschappelijk werker", "Stichting Welzijn Nunspeet",
          ["Algemeen maatschappelijk werk."], ("2004-09", "2009-04"), 56, False)]
JB_RATE = "Uurtarief: € 92,00 excl. btw"
COURSES = ["Leiderschap in het sociaal domein (2019, 4 dagen)", "Methodisch werken met de Zelfredzaamheid-"
           "Matrix (2017)", "Budgetbeheer voor leidinggevenden (2016)", "Oplossingsgericht coachen (2014)",
           "Motiverende gespreksvoering (2011)", "Privacy en de AVG in het sociaal domein (2018)"]
cv(file="Jorien Bakhuis.pdf", fmt="pdf", layout="single",
   name="Jorien Bakhuis", email="jorien.bakhuis@example.nl", phone="06-12983746", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Henk Vlieger", "Mirjam Posthuma"],
   body=[("title", "Jorien Bakhuis"),
         ("p", "Wezep  |  06-12983746  |  jorien.bakhuis@example.nl"),
         ("pb", JB_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn en participatie met zestien jaar leidinggevende ervaring bij twee Veluwse "
               "gemeenten. Ik geef richting, coach en houd overzicht."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", jb),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2004"),
         ("break",),
         ("h", "Cursussen"),
         ("bl", COURSES),
         ("break",)]
   + refs_block("Henk Vlieger, gemeentesecretaris, gemeente Oldebroek, 06-12983747",
                "Mirjam Posthuma, afdelingshoofd Samenleving, gemeente Nunspeet, 06-12983748"),
   expect=dict(pages=5, edu=("hbo", True, True), coord=199, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="EDGE, eligible (target: a wrong FAIL of the pages check). Exactly 5 pages (pdfinfo), the "
                     "maximum ('Maximaal 5 pagina's') -> pass. Manager Welzijn en Participatie, Gemeente Oldebroek "
                     "2016-01..2025-11 = 119 + Coördinator Wmo, Gemeente Nunspeet 2009-05..2015-12 = 80 -> 199 "
                     "(criterion 5). Maatschappelijk werker: not leading. HBO MWD. 100 points, EUR 92."))


# ========================================================================= NOT ELIGIBLE AT AN EDGE

# ------------------------------------------------------------------------- Hidde Brinkman (docx)
# EDGE (target: wrong pass of knock-out 3): 53 + 16 = 69 summed, overlap 10, merged 59.
HB6, HB7, HB8 = crits("Zwolle", "Zwolle, iedereen telt", "buurtteams in Holtenbroek en Aa-landen en een "
                      "vast spreekuur schulden", "Zilveren Kruis", "van zes loketten naar één wijkteam")
hb = [pos("01-2024 – heden", "Adviseur Sociaal Domein", "Gemeente Zwolle",
          ["Advies over wijkgericht werken."], ("2024-01", REF), 23, False),
      pos("09-2022 – 12-2023", "Teamleider Mantelzorg", "Stichting Wijkwelzijn Zwolle",
          ["Leiding aan vijf mantelzorgconsulenten (naast de gemeente, 12 uur per week)."],
          ("2022-09", "2023-12"), 16, True),
      pos("02-2019 – 06-2023", "Coördinator Wijkteam", "Gemeente Zwolle",
          ["Leiding aan het wijkteam Holtenbroek (12 medewerkers).", HB6, HB7, HB8],
          ("2019-02", "2023-06"), 53, True),
      pos("03-2012 – 01-2019", "Wijkcoach", "Gemeente Zwolle",
          ["Ondersteuning van inwoners met meervoudige vragen."], ("2012-03", "2019-01"), 83, False)]
HB_RATE = "Uurtarief € 84,50 excl. btw"
cv(file="Hidde Brinkman.docx", fmt="docx", layout="single",
   name="Hidde Brinkman", email="hidde.brinkman@example.nl", phone="06-83019476", rate=HB_RATE,
   exp=hb, crit_text={"6": HB6, "7": HB7, "8": HB8}, refs=["Mariska Dijkhuis", "Frank Lenters"],
   body=[("title", "Hidde Brinkman"),
         ("p", "Zwolle  |  06-83019476  |  hidde.brinkman@example.nl  |  " + HB_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren coördinator wijkteams en teamleider mantelzorg, nu adviseur bij de gemeente Zwolle."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), hb),
         ("h", "Taken"),
         ("tasks", hb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2011")]
   + refs_block("Mariska Dijkhuis, afdelingsmanager Wijken, gemeente Zwolle, 06-83019477",
                "Frank Lenters, bestuurder Stichting Wijkwelzijn Zwolle, 06-83019478"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=84.5,
               crit=(15, 0, 15, 20, 25),
               notes="EDGE, ko 3 fail (target: a wrong PASS from summing overlaps). Coördinator Wijkteam, Gemeente "
                     "Zwolle 02-2019..06-2023 = 53; Teamleider Mantelzorg, Stichting Wijkwelzijn Zwolle "
                     "09-2022..12-2023 = 16; summed 69, overlap 2022-09..2023-06 = 10 -> merged 2019-02..2023-12 "
                     "= 59 < 60 -> fail. Adviseur and Wijkcoach: not leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Naomi Kuipers (pdf)
# EDGE (target: wrong pass of knock-out 2): "Bachelor Social Work (deeltijd), Saxion Hogeschool Deventer —
# diploma januari 2026": dated after the deadline of 25 November 2025 -> not completed at the deadline.
NK6, NK7, NK8 = crits("Deventer", "Deventer voor elkaar", "drie buurtsteunpunten en een sluitende aanpak voor "
                      "jongeren zonder startkwalificatie", "Salland", "het samenvoegen van Wmo-loket en "
                      "jeugdteam")
nk = [pos("mei 2014 – heden", "Coördinator Sociaal Team", "Gemeente Deventer",
          ["Leiding aan het sociaal team Deventer-Oost (15 medewerkers); formatie en budget.", NK6, NK7, NK8],
          ("2014-05", REF), 139, True),
      pos("september 2009 – april 2014", "Medewerker Wmo-loket", "Gemeente Deventer",
          ["Intake en advies."], ("2009-09", "2014-04"), 56, False)]
NK_EDU = "Bachelor Social Work (deeltijd), Saxion Hogeschool Deventer — diploma januari 2026"
NK_RATE = "Uurtarief: € 83,00 excl. btw"
cv(file="Naomi Kuipers.pdf", fmt="pdf", layout="single",
   name="Naomi Kuipers", email="naomi.kuipers@example.nl", phone="06-20486137", rate=NK_RATE,
   exp=nk, crit_text={"6": NK6, "7": NK7, "8": NK8}, refs=["Joost Ebbers", "Sandra Wiggers"],
   must_have=[NK_EDU],
   body=[("title", "Naomi Kuipers"),
         ("p", "Deventer  |  06-20486137  |  naomi.kuipers@example.nl"),
         ("pb", NK_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator sociaal team met elf jaar ervaring in Deventer."),
         ("h", "Werkervaring"),
         ("pos", "datebold", nk),
         ("h", "Opleiding"),
         ("p", NK_EDU),
         ("p", "MBO Sociaal Werk, niveau 4, ROC Aventus Deventer — diploma 2009")]
   + refs_block("Joost Ebbers, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-20486138",
                "Sandra Wiggers, teamleider Jeugd, gemeente Deventer, 06-20486139"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=139, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="EDGE, ko 2 fail (target: a wrong PASS of knock-out 2 and criterion 4). 'Bachelor Social Work "
                     "(deeltijd), Saxion Hogeschool Deventer — diploma januari 2026': the diploma is dated after "
                     "the tender's deadline (2025-11-25), so at the deadline the bachelor is not 'aantoonbaar "
                     "afgerond' -> not completed; highest completed level MBO Sociaal Werk niveau 4 -> mbo, mwd "
                     "false, criterion 4 = 0. Coördinator Sociaal Team, Gemeente Deventer 2014-05..2025-11 = 139 "
                     "(criterion 5). 85 points."))

# ------------------------------------------------------------------------- Thijs Oosterhuis (pdf)
# EDGE (target: wrong pass of knock-out 3): the only relevant role "1 februari 2016 – 31 december 2020" = 59.
TO6, TO7, TO8 = crits("Apeldoorn", "Apeldoorn werkt", "200 extra plaatsingen op werk en een "
                      "participatieplein in Zevenhuizen", "Menzis", "de nieuwe werkgeversdienstverlening")
to = [pos("1 januari 2021 – heden", "Senior beleidsmedewerker Participatie", "Gemeente Apeldoorn",
          ["Beleid voor de Participatiewet en de inkoop van re-integratie."], ("2021-01", REF), 59, False),
      pos("1 februari 2016 – 31 december 2020", "Coördinator Participatie", "Gemeente Apeldoorn",
          ["Leiding aan het team participatie (14 klantmanagers en jobcoaches); formatie en budget.",
           TO6, TO7, TO8], ("2016-02", "2020-12"), 59, True),
      pos("1 september 2010 – 31 januari 2016", "Klantmanager Werk en Inkomen", "Gemeente Apeldoorn",
          ["Begeleiding van bijstandsgerechtigden naar werk."], ("2010-09", "2016-01"), 65, False)]
TO_RATE = "Uurtarief: € 87,00 excl. btw"
cv(file="Thijs Oosterhuis.pdf", fmt="pdf", layout="single",
   name="Thijs Oosterhuis", email="thijs.oosterhuis@example.nl", phone="06-57302918", rate=TO_RATE,
   exp=to, crit_text={"6": TO6, "7": TO7, "8": TO8}, refs=["Marjolein Bos", "Erwin Klein Gunnewiek"],
   body=[("title", "Thijs Oosterhuis"),
         ("p", "Apeldoorn  |  06-57302918  |  thijs.oosterhuis@example.nl"),
         ("pb", TO_RATE),
         ("h", "Profiel"),
         ("p", "Vijftien jaar werkzaam in het sociaal domein van Apeldoorn, waarvan ruim vier jaar als "
               "coördinator participatie."),
         ("h", "Werkervaring"),
         ("pos", "datebold", to),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2010")]
   + refs_block("Marjolein Bos, afdelingsmanager Werk en Inkomen, gemeente Apeldoorn, 06-57302919",
                "Erwin Klein Gunnewiek, directeur Participatie, gemeente Apeldoorn, 06-57302920"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="EDGE, ko 3 fail (target: a wrong PASS by counting 60). Coördinator Participatie, Gemeente "
                     "Apeldoorn '1 februari 2016 – 31 december 2020' = 2016-02..2020-12 = 11 + 48 = 59 (four "
                     "years and eleven months, day-exact as well) < 60 -> fail. Senior beleidsmedewerker and "
                     "Klantmanager: not leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Wouter Lammers (docx)
# EDGE (target: wrong pass of knock-out 3): "Manager Re-integratie en Participatie — Werkbedrijf Veluwe
# Noord N.V.", a company whose shares the gemeenten hold; by the conventions not a gemeente -> 50 relevant.
WL6, WL7, WL8 = crits("Nunspeet", "Iedereen doet mee in Nunspeet", "35 leerwerkplekken en een jobcafé",
                      "Menzis", "de overgang van de sociale werkvoorziening naar het werkbedrijf")
WL_NV = ("Werkbedrijf Veluwe Noord N.V. voert voor de gemeenten Elburg, Nunspeet en Oldebroek de "
         "Participatiewet uit; de drie gemeenten houden alle aandelen. Ik ben in dienst van de N.V.")
wl = [pos("maart 2019 – heden", "Manager Re-integratie en Participatie", "Werkbedrijf Veluwe Noord N.V.",
          [WL_NV, "Leiding aan 24 jobcoaches en werkconsulenten; formatie en budget.", WL8],
          ("2019-03", REF), 81, False),
      pos("januari 2015 – februari 2019", "Teamleider Participatie", "Gemeente Nunspeet",
          ["Leiding aan het team participatie (negen klantmanagers).", WL6, WL7],
          ("2015-01", "2019-02"), 50, True),
      pos("juni 2008 – december 2014", "Klantmanager", "Gemeente Nunspeet",
          ["Uitkeringen en re-integratie."], ("2008-06", "2014-12"), 79, False)]
WL_RATE = "Uurtarief: € 89,50 excl. btw"
cv(file="Wouter Lammers.docx", fmt="docx", layout="single",
   name="Wouter Lammers", email="wouter.lammers@example.nl", phone="06-74619203", rate=WL_RATE,
   exp=wl, crit_text={"6": WL6, "7": WL7, "8": WL8}, refs=["Bernadette Kok", "Hans Poppe"],
   must_have=[WL_NV],
   body=[("title", "Wouter Lammers"),
         ("p", "Nunspeet  |  06-74619203  |  wouter.lammers@example.nl"),
         ("pb", WL_RATE),
         ("h", "Profiel"),
         ("p", "Manager participatie met ruim tien jaar leidinggevende ervaring op de Noord-Veluwe."),
         ("h", "Werkervaring"),
         ("pos", "pipe", wl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2008")]
   + refs_block("Bernadette Kok, directeur Werkbedrijf Veluwe Noord N.V., 06-74619204",
                "Hans Poppe, afdelingshoofd Samenleving, gemeente Nunspeet, 06-74619205"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=89.5,
               crit=(15, 0, 15, 20, 25),
               notes="EDGE, ko 3 fail (target: a wrong PASS by counting a municipal company as a gemeente). "
                     "Manager Re-integratie en Participatie, Werkbedrijf Veluwe Noord N.V. 2019-03..2025-11 = 81: "
                     "manager, participatie (social domain), but the employer is a naamloze vennootschap; the CV "
                     "says so ('Ik ben in dienst van de N.V.') although the gemeenten hold the shares. The "
                     "knock-out names the employer kind ('bij een gemeente of welzijnsstichting'); a company is "
                     "neither (as the B.V.s of samples Erik van Leeuwen and holdout30 Sylvia Hendrix) -> not "
                     "relevant. Teamleider Participatie, Gemeente Nunspeet 2015-01..2019-02 = 50 -> 50 < 60 -> "
                     "fail (131 if the N.V. were counted). Klantmanager: not leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Annet Grootenboer (pdf)
# EDGE (target: wrong pass of the references check): two referees, the second is the candidate's partner.
AG6, AG7, AG8 = crits("Epe", "Epe, samen sterker", "een dorpshuis in Vaassen en een mantelzorgpas",
                      "Salland", "de inbesteding van het welzijnswerk")
ag = [pos("oktober 2015 – heden", "Manager Welzijn en Zorg", "Gemeente Epe",
          ["Leiding aan het cluster welzijn en zorg (19 medewerkers); formatie, werving en budget.",
           AG6, AG7, AG8], ("2015-10", REF), 122, True),
      pos("maart 2009 – september 2015", "Teamleider Ouderenwerk", "Stichting Welzijn Epe-Vaassen",
          ["Leiding aan acht ouderenadviseurs."], ("2009-03", "2015-09"), 79, True)]
AG_RATE = "Uurtarief: € 91,00 excl. btw"
AG_REF2 = ("Bram Oudshoorn, teamleider Zorg, gemeente Apeldoorn — mijn partner, met wie ik samenwoon — "
           "06-65038292")
cv(file="Annet Grootenboer.pdf", fmt="pdf", layout="single",
   name="Annet Grootenboer", email="annet.grootenboer@example.nl", phone="06-65038291", rate=AG_RATE,
   exp=ag, crit_text={"6": AG6, "7": AG7, "8": AG8}, refs=["Karel Mensink"],
   must_have=[AG_REF2],
   body=[("title", "Annet Grootenboer"),
         ("p", "Vaassen  |  06-65038291  |  annet.grootenboer@example.nl"),
         ("pb", AG_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn en zorg bij de gemeente Epe, daarvoor teamleider ouderenwerk."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ag),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008")]
   + refs_block("Karel Mensink, afdelingsmanager Samenleving, gemeente Epe, 06-65038290", AG_REF2),
   expect=dict(pages=1, edu=("hbo", True, True), coord=201, refs=(1, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="EDGE, references fail (target: a wrong PASS of the references check). Two names under "
                     "'Referenties', but the second, Bram Oudshoorn, is 'mijn partner, met wie ik samenwoon': a "
                     "life partner is no independent reference (as holdout26's 'mijn echtgenote', new wording "
                     "here: 'partner', 'samenwoon') -> 1 < 2 -> fail. Manager Welzijn en Zorg, Gemeente Epe "
                     "2015-10..2025-11 = 122 + Teamleider Ouderenwerk, Stichting Welzijn Epe-Vaassen "
                     "2009-03..2015-09 = 79 -> 201. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Geert Bosscher (pdf, 6 pages)
# EDGE (target: wrong pass of the pages check): a Dutch CV of exactly 6 pages.
GB6, GB7, GB8 = crits("Heerde", "Heerde verbindt", "een ontmoetingsplek in Wapenveld en een "
                      "vrijwilligersbank met 300 leden", "Salland", "de vorming van Stip als één loket")
gb = [pos("februari 2017 – heden", "Coördinator Welzijn", "Gemeente Heerde",
          ["Leiding aan het cluster welzijn (12 medewerkers); formatie, roosters en budget.", GB6, GB7, GB8],
          ("2017-02", REF), 106, True),
      pos("augustus 2010 – januari 2017", "Teamleider Jeugd", "Gemeente Hattem",
          ["Leiding aan zes jeugdconsulenten."], ("2010-08", "2017-01"), 78, True),
      pos("september 2005 – juli 2010", "Jeugdconsulent", "Gemeente Hattem",
          ["Toegang jeugdhulp."], ("2005-09", "2010-07"), 59, False)]
GB_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Geert Bosscher.pdf", fmt="pdf", layout="single",
   name="Geert Bosscher", email="geert.bosscher@example.nl", phone="06-93817420", rate=GB_RATE,
   exp=gb, crit_text={"6": GB6, "7": GB7, "8": GB8}, refs=["Ellen Timmer", "Rutger Brouwer"],
   body=[("title", "Geert Bosscher"),
         ("p", "Heerde  |  06-93817420  |  geert.bosscher@example.nl"),
         ("pb", GB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn bij de gemeente Heerde; eerder teamleider jeugd in Hattem."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", gb),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2005"),
         ("break",),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2020)", "Werken met DA Systems (2021)", "Financieel sturen in het "
                 "sociaal domein (2018)", "Jeugdwet in de praktijk (2015)"]),
         ("break",),
         ("h", "Nevenfuncties"),
         ("bl", ["Bestuurslid voedselbank Heerde (sinds 2019)", "Trainer jeugdvoetbal VV Heerde"]),
         ("break",)]
   + refs_block("Ellen Timmer, afdelingsmanager Sociaal Domein, gemeente Heerde, 06-93817421",
                "Rutger Brouwer, teamleider Jeugd, gemeente Hattem, 06-93817422"),
   expect=dict(pages=6, edu=("hbo", True, True), coord=184, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="EDGE, pages fail (target: a wrong PASS of the pages check). Exactly 6 pages (pdfinfo) > 5 "
                     "('Maximaal 5 pagina's') -> fail. Otherwise full marks: Coördinator Welzijn, Gemeente Heerde "
                     "2017-02..2025-11 = 106 + Teamleider Jeugd, Gemeente Hattem 2010-08..2017-01 = 78 -> 184. "
                     "Jeugdconsulent: not leading. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Karin Hofstede (docx)
# EDGE (target: wrong pass of knock-out 1): "zzp'er" and a KvK number only in the page footer (a signature
# line), nothing in the body.
KH6, KH7, KH8 = crits("Oldebroek", "Oldebroek, thuis in je dorp", "dorpsteams in Wezep en Hattemerbroek en "
                      "een valpreventieprogramma", "Menzis", "de vernieuwing van de dagbesteding")
kh = [pos("juni 2016 – heden", "Coördinator Wmo en Welzijn", "Gemeente Oldebroek",
          ["Leiding aan het Wmo-team (10 consulenten); formatie en budget.", KH6, KH7, KH8],
          ("2016-06", REF), 114, True),
      pos("januari 2011 – mei 2016", "Wmo-consulent", "Gemeente Oldebroek",
          ["Keukentafelgesprekken."], ("2011-01", "2016-05"), 65, False)]
KH_RATE = "Uurtarief: € 86,50 excl. btw"
KH_FOOT = "Karin Hofstede  ·  zzp'er sociaal domein  ·  KvK 81234567  ·  karin.hofstede@example.nl"
cv(file="Karin Hofstede.docx", fmt="docx", layout="single", footer=KH_FOOT,
   name="Karin Hofstede", email="karin.hofstede@example.nl", phone="06-31948207", rate=KH_RATE,
   exp=kh, crit_text={"6": KH6, "7": KH7, "8": KH8}, refs=["Wilma Huisman", "Jan-Willem Staal"],
   must_have=[KH_FOOT],
   body=[("title", "Karin Hofstede"),
         ("p", "Wezep  |  06-31948207  |  karin.hofstede@example.nl"),
         ("pb", KH_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator Wmo en welzijn met negen jaar leidinggevende ervaring bij de gemeente Oldebroek."),
         ("h", "Werkervaring"),
         ("pos", "datebold", kh),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Hogeschool Windesheim Zwolle — diploma 2010")]
   + refs_block("Wilma Huisman, afdelingsmanager Samenleving, gemeente Oldebroek, 06-31948208",
                "Jan-Willem Staal, teamleider Zorg, gemeente Oldebroek, 06-31948209"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=114, refs=(2, False), zzp=True, hourly=86.5,
               crit=FULL,
               notes="EDGE, ko 1 review (target: a wrong PASS of knock-out 1). The body says nothing about the "
                     "contract form; the page footer (a signature line on every page) reads 'Karin Hofstede · "
                     "zzp'er sociaal domein · KvK 81234567' -> the CV presents her as self-employed -> zzp, ko 1 "
                     "review (samples' Willem de Graaf). Coördinator Wmo en Welzijn, Gemeente Oldebroek "
                     "2016-06..2025-11 = 114. HBO Social Work. 100 points."))
