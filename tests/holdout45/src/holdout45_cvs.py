# -*- coding: utf-8 -*-
"""Holdout round 45 for zeef: 10 fictional CVs (6 PDF, 4 DOCX), written without looking at the pipeline's source
or rules/. Five pairs of nearly identical CVs: in each pair one detail decides, one CV must pass and its twin must
not (fail, or review where the conventions say so). The details were chosen against the trap columns of rounds
2-44:

  P1 (pdf, single/datebold)  a word that limits a role: "Manager Welzijn en Zorg — Gemeente Zutphen" against
                             "Assistent van de manager Welzijn en Zorg — Gemeente Zutphen" (same dates, same
                             tasks) -> 130 against 55 months (ko 3 pass / fail);
  P2 (docx, header/eu_pos)   a date that moves the total across 60: the period line says "september 2020 – heden"
                             in both; the "Beschikbaarheid" note says the contract "loopt ... tot 31 december 2025"
                             (63 at the reference date) against "liep ... tot 30 juni 2025 en is niet verlengd"
                             (58) (ko 3 pass / fail);
  P3 (pdf, sidebar)          a diploma line that is or is not completed: "Bachelor Social Work ... 2000 – 2004 —
                             afgestudeerd in het vierde studiejaar (2004)" against "2000 – 2003 — uitgeschreven in
                             het derde studiejaar (2003)" (ko 2 pass / fail);
  P4 (docx, single/pipe)     a self-employment hint that is or is not the candidate's own: both "in loondienst" as
                             interim-coördinator at Wegwijzer Sociaal B.V., "het bureau dat Gert Hofstede in 2021
                             heeft opgericht en waarvan hij de enige aandeelhouder is" against "het bureau dat ik
                             in 2021 heb opgericht en waarvan ik de enige aandeelhouder ben" (ko 1 pass / review);
  P5 (pdf, single/exptable)  a referee who does or does not count: the second referee "sinds 2024 met pensioen,
                             maar nog steeds als referent beschikbaar: 06-..." against "sinds 2024 met pensioen en
                             niet meer als referent beschikbaar" (references pass / fail).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout45/make-holdout45.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
NO5 = (15, 0, 15, 20, 25)
NO4 = (0, 25, 15, 20, 25)


def crits(place, plan, n, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 45); both CVs of a pair share them."""
    c6 = (f"Voorbeeld van beleid naar uitvoering: de beleidsnota '{plan}' van de gemeente {place} heb ik met het "
          f"team vertaald naar {n} concrete projecten in het jaarwerkplan; resultaat: {result}.")
    c7 = (f"Ik werk samen met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar {insurer} en de "
          f"partners van een publiek-private samenwerking (PPS) met {pps}.")
    c8 = (f"Projectleider van de veranderopgave '{change}': plan van aanpak, stuurgroep, implementatie en "
          f"evaluatie.")
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= PAIR 1: a word that limits a role
# Same dates, same tasks, same employer; the second position's title is "Manager Welzijn en Zorg" in one CV and
# "Assistent van de manager Welzijn en Zorg" in the other. The current coordinator role alone is 55 months.
P1_6, P1_7, P1_8 = crits("Brummen", "Brummen naar elkaar toe", "vier", "een ontmoetingspunt in Eerbeek en 40 "
                         "nieuwe vrijwillige thuisbezoekers", "Menzis", "de woningcorporatie en de lokale "
                         "supermarkten rond eenzaamheid onder ouderen", "de vorming van één toegang voor Wmo en "
                         "jeugd")
P1_NOW_TASKS = ["Coördinatie van het team welzijn (11 medewerkers); jaarplan, formatie en budget.", P1_6, P1_7, P1_8]
P1_ZUT_TASKS = ["Cluster welzijn en zorg (15 medewerkers): planning, formatie- en budgetoverzichten, werving en "
                "selectie en de stukken voor het managementteam."]
P1_OLD = ("september 2008 – januari 2015", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden."])


def p1_positions(zutphen_title, zutphen_rel):
    return [pos("mei 2021 – heden", "Coördinator Welzijn", "Gemeente Brummen", P1_NOW_TASKS,
                ("2021-05", REF), 55, True),
            pos("februari 2015 – april 2021", zutphen_title, "Gemeente Zutphen", P1_ZUT_TASKS,
                ("2015-02", "2021-04"), 75, zutphen_rel),
            pos(*P1_OLD, ("2008-09", "2015-01"), 77, False)]


def p1_body(name, contact, rate, profile, ps, refs):
    return ([("title", name),
             ("p", contact),
             ("pb", rate),
             ("h", "Profiel"),
             ("p", profile),
             ("h", "Werkervaring"),
             ("pos", "datebold", ps),
             ("h", "Opleiding"),
             ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008")]
            + refs_block(*refs))


# ------------------------------------------------------------------------- Liesbeth Oortwijn (pdf) PASS
lo = p1_positions("Manager Welzijn en Zorg", True)
LO_RATE = "Uurtarief: € 88,00 excl. btw"
LO_REFS = ("Paul Ruesink, afdelingsmanager Samenleving, gemeente Brummen, 06-41827305",
           "Marieke Wentink, gemeentesecretaris, gemeente Zutphen, 06-41827306")
cv(file="Liesbeth Oortwijn.pdf", fmt="pdf", layout="single",
   name="Liesbeth Oortwijn", email="liesbeth.oortwijn@example.nl", phone="06-41827304", rate=LO_RATE,
   exp=lo, crit_text={"6": P1_6, "7": P1_7, "8": P1_8}, refs=["Paul Ruesink", "Marieke Wentink"],
   must_have=["Manager Welzijn en Zorg — Gemeente Zutphen"],
   body=p1_body("Liesbeth Oortwijn", "Eerbeek  |  06-41827304  |  liesbeth.oortwijn@example.nl", LO_RATE,
                "Coördinator welzijn bij de gemeente Brummen; daarvoor manager welzijn en zorg bij de gemeente "
                "Zutphen. In loondienst bij een detacheringsbureau.", lo, LO_REFS),
   expect=dict(pages=1, edu=("hbo", True, True), coord=130, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="PAIR 1, must pass (twin: Marjolein Temmink). Coördinator Welzijn, Gemeente Brummen "
                     "2021-05..2025-11 = 55 + Manager Welzijn en Zorg, Gemeente Zutphen 2015-02..2021-04 = 75 -> "
                     "130 (contiguous 2015-02..2025-11), >= 60 ko 3 pass, >= 72 criterion 5. Wmo-consulent "
                     "2008-09..2015-01 (77): not leading. HBO MWD diploma -> ko 2, criterion 4. Two referees. "
                     "Employed by an agency, no zzp. 100 points, EUR 88 -> rank 2."))

# ------------------------------------------------------------------------- Marjolein Temmink (pdf) FAIL ko 3
# TRAP (target: wrong pass of ko 3): the same CV, but the Zutphen title is "Assistent van de manager Welzijn en
# Zorg": the words manager, welzijn, zorg and gemeente are all in the line, the role is the manager's assistant.
mt = p1_positions("Assistent van de manager Welzijn en Zorg", False)
MT_RATE = "Uurtarief: € 86,00 excl. btw"
MT_REFS = ("Jolanda Lubbers, afdelingsmanager Samenleving, gemeente Brummen, 06-52938416",
           "Theo Klein Gunnewiek, manager Welzijn en Zorg, gemeente Zutphen, 06-52938417")
cv(file="Marjolein Temmink.pdf", fmt="pdf", layout="single",
   name="Marjolein Temmink", email="marjolein.temmink@example.nl", phone="06-52938415", rate=MT_RATE,
   exp=mt, crit_text={"6": P1_6, "7": P1_7, "8": P1_8}, refs=["Jolanda Lubbers", "Theo Klein Gunnewiek"],
   must_have=["Assistent van de manager Welzijn en Zorg — Gemeente Zutphen"],
   body=p1_body("Marjolein Temmink", "Eerbeek  |  06-52938415  |  marjolein.temmink@example.nl", MT_RATE,
                "Coördinator welzijn bij de gemeente Brummen; daarvoor assistent van de manager welzijn en zorg "
                "bij de gemeente Zutphen. In loondienst bij een detacheringsbureau.", mt, MT_REFS),
   expect=dict(pages=1, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=86.0,
               crit=NO5,
               notes="PAIR 1, must NOT pass: ko 3 fail (target: counting 'Assistent van de manager Welzijn en Zorg "
                     "— Gemeente Zutphen' 2015-02..2021-04 = 75 as a manager role, which would give 130). An "
                     "assistant to the manager is not a coördinator, manager or teamleider: the head noun of the "
                     "title is 'Assistent'; 'manager' names the person she assisted (her referee Theo Klein "
                     "Gunnewiek is that manager). Same tasks as her twin, which describe the cluster she "
                     "supported. Only Coördinator Welzijn, Gemeente Brummen 2021-05..2025-11 = 55 counts -> < 60 "
                     "-> fail (no year-only date, not review); criterion 5 = 0. Wmo-consulent: not leading. HBO "
                     "MWD -> criterion 4. 75 points (100 and rank 1 at EUR 86 if the assistant years counted)."))


# ========================================================================= PAIR 2: a date that moves the total
# Both CVs print "september 2020 – heden | Coördinator Sociaal Team | Gemeente Epe". Under "Beschikbaarheid" one
# says the contract runs until 31 December 2025 (counted to the reference date: 63), the other that it ran until
# 30 June 2025 and was not renewed (58): the "heden" on the period line is stale.
P2_6, P2_7, P2_8 = crits("Epe", "Samen sterk in Epe", "drie", "een dorpsteam in Oene en een halvering van de "
                         "wachttijd voor schuldhulp", "Zilveren Kruis", "de woningcorporatie en de bibliotheek "
                         "rond digitale inclusie", "de overgang naar dorpsgerichte sociale teams")
P2_NOW = ("september 2020 – heden", "Coördinator Sociaal Team", "Gemeente Epe",
          ["Coördinatie van het sociaal team (13 medewerkers): Wmo, jeugd en schuldhulp; formatie en budget.",
           P2_6, P2_7, P2_8])
P2_OLD = [pos("maart 2013 – augustus 2020", "Consulent Wmo en jeugd", "Gemeente Epe",
              ["Keukentafelgesprekken, indicaties en casusregie."], ("2013-03", "2020-08"), 90, False),
          pos("augustus 2008 – februari 2013", "Maatschappelijk werker", "Stichting Welzijn Epe",
              ["Algemeen maatschappelijk werk en budgetbegeleiding."], ("2008-08", "2013-02"), 55, False)]
P2_AVAIL_PASS = ("Mijn contract bij de gemeente Epe loopt van september 2020 tot 31 december 2025 en wordt niet "
                 "verlengd; ik ben beschikbaar per 1 januari 2026, 24 uur per week.")
P2_AVAIL_FAIL = ("Mijn contract bij de gemeente Epe liep van september 2020 tot 30 juni 2025 en is niet "
                 "verlengd; ik ben per direct beschikbaar, 24 uur per week.")


def p2_body(name, rate, printed, avail, refs):
    return ([("title", name),
             ("pb", rate),
             ("h", "Profiel"),
             ("p", "Coördinator van het sociaal team in Epe, daarvoor consulent Wmo en jeugd en maatschappelijk "
                   "werker. Ik breng rust, overzicht en richting in een team."),
             ("h", "Werkervaring"),
             ("eu_pos", printed),
             ("h", "Opleiding"),
             ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008"),
             ("h", "Beschikbaarheid"),
             ("p", avail)]
            + refs_block(*refs))


# ------------------------------------------------------------------------- Pieter Wolbrink (docx) PASS
pw_now = pos(*P2_NOW, ("2020-09", REF), 63, True)
pw_note = pos("september 2020 tot 31 december 2025", "Coördinator Sociaal Team", "Gemeente Epe", [],
              ("2020-09", REF), 63, True)
PW_RATE = "Tarief: € 85,00 per uur (excl. btw)"
cv(file="Pieter Wolbrink.docx", fmt="docx", layout="header",
   header="Pieter Wolbrink  |  Epe  |  06-63049527  |  pieter.wolbrink@example.nl",
   name="Pieter Wolbrink", email="pieter.wolbrink@example.nl", phone="06-63049527", rate=PW_RATE,
   exp=[pw_now, pw_note] + P2_OLD, crit_text={"6": P2_6, "7": P2_7, "8": P2_8},
   refs=["Willem Hietbrink", "Sandra Oosterwijk"], must_have=[P2_AVAIL_PASS],
   body=p2_body("Pieter Wolbrink", PW_RATE, [pw_now] + P2_OLD, P2_AVAIL_PASS,
                ("Willem Hietbrink, afdelingsmanager Sociaal Domein, gemeente Epe, 06-63049528",
                 "Sandra Oosterwijk, directeur Stichting Welzijn Epe, 06-63049529")),
   expect=dict(pages=1, edu=("hbo", True, True), coord=63, refs=(2, False), zzp=False, hourly=85.0,
               crit=NO5,
               notes="PAIR 2, must pass (twin: Arjan Nijhof). Coördinator Sociaal Team, Gemeente Epe 'september "
                     "2020 – heden'; the availability note confirms the contract runs 'van september 2020 tot 31 "
                     "december 2025' -> counted to the reference date: 2020-09..2025-11 = 63 (the months after "
                     "the deadline are not yet experience) -> >= 60 ko 3 pass; < 72 -> criterion 5 = 0 (64 even "
                     "if December were counted). exp lists the period line and the note (same span, merged once). "
                     "Consulent Wmo en jeugd (90) and Maatschappelijk werker (55): not leading. HBO MWD. Two "
                     "referees. 75 points -> rank 5."))

# ------------------------------------------------------------------------- Arjan Nijhof (docx) FAIL ko 3
# TRAP (target: wrong pass of ko 3 by the stale "heden"): the note says the contract ran until 30 June 2025 and
# was not renewed -> 2020-09..2025-06 = 58.
an_now = pos(*P2_NOW, ("2020-09", REF), 63, False)
an_note = pos("september 2020 tot 30 juni 2025", "Coördinator Sociaal Team", "Gemeente Epe", [],
              ("2020-09", "2025-06"), 58, True)
AN_RATE = "Tarief: € 83,00 per uur (excl. btw)"
cv(file="Arjan Nijhof.docx", fmt="docx", layout="header",
   header="Arjan Nijhof  |  Epe  |  06-74150638  |  arjan.nijhof@example.nl",
   name="Arjan Nijhof", email="arjan.nijhof@example.nl", phone="06-74150638", rate=AN_RATE,
   exp=[an_now, an_note] + P2_OLD, crit_text={"6": P2_6, "7": P2_7, "8": P2_8},
   refs=["Gerrie Kolkman", "Bert Hoekstra"], must_have=[P2_AVAIL_FAIL],
   body=p2_body("Arjan Nijhof", AN_RATE, [an_now] + P2_OLD, P2_AVAIL_FAIL,
                ("Gerrie Kolkman, teamleider Wmo, gemeente Epe, 06-74150639",
                 "Bert Hoekstra, directeur Stichting Welzijn Epe, 06-74150640")),
   expect=dict(pages=1, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=83.0,
               crit=NO5,
               notes="PAIR 2, must NOT pass: ko 3 fail (target: counting the stale 'september 2020 – heden' to the "
                     "reference date = 63). Under 'Beschikbaarheid' the CV says: 'Mijn contract bij de gemeente "
                     "Epe liep van september 2020 tot 30 juni 2025 en is niet verlengd; ik ben per direct "
                     "beschikbaar' -> the role ended in June 2025: 2020-09..2025-06 = 58 -> < 60 -> fail (exact "
                     "months, no year-only reading: not review); criterion 5 = 0. exp lists the period line as "
                     "printed (not counted) and the note's period (counted). Consulent Wmo en jeugd, "
                     "Maatschappelijk werker: not leading. HBO MWD. 75 points (eligible at EUR 83 if 63 were "
                     "taken)."))


# ========================================================================= PAIR 3: a diploma line
# The same Bachelor Social Work line, once "2000 – 2004 — afgestudeerd in het vierde studiejaar (2004)", once
# "2000 – 2003 — uitgeschreven in het derde studiejaar (2003)"; both above an MBO SPW diploma.
P3_6, P3_7, P3_8 = crits("Deventer", "Deventer, stad van samen", "vijf", "drie buurtkamers en 25 % minder "
                         "doorverwijzingen naar specialistische jeugdhulp", "Salland", "de woningcorporatie en "
                         "lokale werkgevers rond werk en wonen", "de wijkgerichte herinrichting van de "
                         "wijkteams")
P3_MBO = "MBO Sociaal-Pedagogisch Werk (niveau 4), ROC Aventus Deventer — diploma 2000"
P3_EDU_PASS = ("Bachelor Social Work (voltijd), Saxion Hogeschool Deventer, 2000 – 2004 — afgestudeerd in het "
               "vierde studiejaar (2004)")
P3_EDU_FAIL = ("Bachelor Social Work (voltijd), Saxion Hogeschool Deventer, 2000 – 2003 — uitgeschreven in het "
               "derde studiejaar (2003)")


def p3_positions():
    return [pos("januari 2017 – heden", "Teamleider Wijkteam", "Gemeente Deventer",
                ["Leiding aan het wijkteam Colmschate (14 medewerkers); werving, formatie en budget.",
                 P3_6, P3_7, P3_8], ("2017-01", REF), 107, True),
            pos("februari 2011 – december 2016", "Coördinator Vrijwilligerswerk", "Stichting Welzijn Deventer",
                ["Coördinatie van de vrijwilligerscentrale en 300 vrijwilligers."], ("2011-02", "2016-12"), 71,
                True),
            pos("augustus 2004 – januari 2011", "Jongerenwerker", "Stichting Welzijn Deventer",
                ["Ambulant jongerenwerk in de Rivierenwijk."], ("2004-08", "2011-01"), 78, False)]


def p3_left(email, phone, rate):
    return [("h", "Contact"), ("p", email), ("p", phone), ("p", "Deventer"),
            ("h", "Tarief"), ("p", rate),
            ("h", "Talen"), ("bl", ["Nederlands", "Engels"])]


def p3_right(name, ps, edu, refs):
    return ([("title", name),
             ("h", "Profiel"),
             ("p", "Teamleider van een wijkteam in Deventer, daarvoor coördinator vrijwilligerswerk. Ik werk "
                   "dicht bij de wijk en houd het team scherp op wat inwoners nodig hebben."),
             ("h", "Werkervaring"),
             ("pos", "pipe", ps),
             ("h", "Opleiding"),
             ("p", edu),
             ("p", P3_MBO)]
            + refs_block(*refs))


# ------------------------------------------------------------------------- Romy Tuinstra (pdf) PASS
rt = p3_positions()
RT_RATE = "€ 89,50 per uur excl. btw"
cv(file="Romy Tuinstra.pdf", fmt="pdf", layout="sidebar",
   name="Romy Tuinstra", email="romy.tuinstra@example.nl", phone="06-85261749", rate=RT_RATE,
   exp=rt, crit_text={"6": P3_6, "7": P3_7, "8": P3_8}, refs=["Karin Wolters", "Jan-Willem Bakker"],
   must_have=[P3_EDU_PASS, P3_MBO],
   left=p3_left("romy.tuinstra@example.nl", "06-85261749", RT_RATE),
   right=p3_right("Romy Tuinstra", rt, P3_EDU_PASS,
                  ("Karin Wolters, afdelingsmanager Wijkteams, gemeente Deventer, 06-85261750",
                   "Jan-Willem Bakker, directeur Stichting Welzijn Deventer, 06-85261751")),
   expect=dict(pages=1, edu=("hbo", True, True), coord=178, refs=(2, False), zzp=False, hourly=89.5,
               crit=FULL,
               notes="PAIR 3, must pass (twin: Lotte Brinkers). 'Bachelor Social Work (voltijd), Saxion Hogeschool "
                     "Deventer, 2000 – 2004 — afgestudeerd in het vierde studiejaar (2004)': afgestudeerd = "
                     "graduated, in the fourth (last) year of the four-year programme -> completed hbo bachelor, "
                     "Social Work -> MWD; ko 2 pass, criterion 4. The words 'vierde studiejaar' say when, not that "
                     "she is still studying. Months: Teamleider Wijkteam, Gemeente Deventer 2017-01..2025-11 = 107 "
                     "+ Coördinator Vrijwilligerswerk, Stichting Welzijn Deventer 2011-02..2016-12 = 71 -> 178. "
                     "Jongerenwerker: not leading. Two referees. 100 points, EUR 89,50 -> rank 3."))

# ------------------------------------------------------------------------- Lotte Brinkers (pdf) FAIL ko 2
# TRAP (target: wrong pass of ko 2): "uitgeschreven in het derde studiejaar (2003)" -> deregistered during the
# third year, no diploma; none of niet afgerond / gestopt / geen diploma / propedeuse.
lb = p3_positions()
LB_RATE = "€ 84,50 per uur excl. btw"
cv(file="Lotte Brinkers.pdf", fmt="pdf", layout="sidebar",
   name="Lotte Brinkers", email="lotte.brinkers@example.nl", phone="06-96372850", rate=LB_RATE,
   exp=lb, crit_text={"6": P3_6, "7": P3_7, "8": P3_8}, refs=["Ans Jansen", "Rik Hendriksen"],
   must_have=[P3_EDU_FAIL, P3_MBO],
   left=p3_left("lotte.brinkers@example.nl", "06-96372850", LB_RATE),
   right=p3_right("Lotte Brinkers", lb, P3_EDU_FAIL,
                  ("Ans Jansen, afdelingsmanager Wijkteams, gemeente Deventer, 06-96372851",
                   "Rik Hendriksen, directeur Stichting Welzijn Deventer, 06-96372852")),
   expect=dict(pages=1, edu=("mbo", False, False), coord=178, refs=(2, False), zzp=False, hourly=84.5,
               crit=NO4,
               notes="PAIR 3, must NOT pass: ko 2 fail (target: reading the bachelor line as a degree). 'Bachelor "
                     "Social Work (voltijd), Saxion Hogeschool Deventer, 2000 – 2003 — uitgeschreven in het derde "
                     "studiejaar (2003)': uitgeschreven = deregistered, during the third year of a four-year "
                     "programme -> she left without the diploma; not completed (a sign of non-completion, so fail, "
                     "not the review of an entry without any sign). Highest completed: MBO Sociaal-Pedagogisch Werk "
                     "(niveau 4) 2000 -> mbo, no hbo bachelor, MWD false, criterion 4 = 0. Months as her twin: "
                     "107 + 71 = 178. 85 points (100 and rank 1 at EUR 84,50 if the bachelor counted)."))


# ========================================================================= PAIR 4: whose company
# Both: "in loondienst" as interim-coördinator at Wegwijzer Sociaal B.V., which offers them. In one CV the bureau
# was founded by Gert Hofstede, its only shareholder; in the other by the candidate herself, its only shareholder.
P4_6, P4_7, P4_8 = crits("Hattem", "Hattem voor elkaar", "vier", "een mantelzorgpunt in het Kulturhus en 30 % "
                         "meer jongeren in beeld bij het jongerenwerk", "Zilveren Kruis", "de woningcorporatie "
                         "rond wonen met zorg", "de invoering van één sociaal team voor Wmo en jeugd")
P4_DIENST_PASS = ("Dienstverband: sinds maart 2021 ben ik als interim-coördinator in loondienst bij Wegwijzer "
                  "Sociaal B.V. in Epe, het bureau dat Gert Hofstede in 2021 heeft opgericht en waarvan hij de "
                  "enige aandeelhouder is. Wegwijzer Sociaal biedt mij voor deze opdracht aan.")
P4_DIENST_REVIEW = ("Dienstverband: sinds maart 2021 ben ik als interim-coördinator in loondienst bij Wegwijzer "
                    "Sociaal B.V. in Epe, het bureau dat ik in 2021 heb opgericht en waarvan ik de enige "
                    "aandeelhouder ben. Wegwijzer Sociaal biedt mij voor deze opdracht aan.")


def p4_positions():
    return [pos("maart 2021 – heden", "Coördinator Sociaal Domein", "Gemeente Hattem",
                ["Gedetacheerd vanuit Wegwijzer Sociaal B.V.; coördinatie van het sociaal team (12 medewerkers), "
                 "formatie en budget.", P4_6, P4_7, P4_8], ("2021-03", REF), 57, True),
            pos("oktober 2014 – februari 2021", "Teamleider Jeugd en Gezin", "Gemeente Zwolle",
                ["Leiding aan elf jeugdconsulenten in Zwolle-Zuid."], ("2014-10", "2021-02"), 77, True),
            pos("september 2008 – september 2014", "Jeugdconsulent", "Gemeente Zwolle",
                ["Vraagverheldering en toeleiding naar jeugdhulp."], ("2008-09", "2014-09"), 73, False)]


def p4_body(name, contact, rate, dienst, ps, refs):
    return ([("title", name),
             ("p", contact),
             ("pb", rate),
             ("p", dienst),
             ("h", "Profiel"),
             ("p", "Coördinator sociaal domein in Hattem, daarvoor teamleider jeugd en gezin in Zwolle. Ik "
                   "verbind beleid en uitvoering en geef een team richting in verandering."),
             ("h", "Werkervaring"),
             ("pos", "pipe", ps),
             ("h", "Opleiding"),
             ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2008")]
            + refs_block(*refs))


# ------------------------------------------------------------------------- Hanna Wiggers (docx) PASS
hw = p4_positions()
HW_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Hanna Wiggers.docx", fmt="docx", layout="single",
   name="Hanna Wiggers", email="hanna.wiggers@example.com", phone="06-17483926", rate=HW_RATE,
   exp=hw, crit_text={"6": P4_6, "7": P4_7, "8": P4_8}, refs=["Ingrid Schuurman", "Frank Visscher"],
   must_have=[P4_DIENST_PASS], zzp_negated=[P4_DIENST_PASS],
   body=p4_body("Hanna Wiggers", "Hattem  |  06-17483926  |  hanna.wiggers@example.com", HW_RATE,
                P4_DIENST_PASS, hw,
                ("Ingrid Schuurman, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-17483927",
                 "Frank Visscher, manager Jeugd, gemeente Zwolle, 06-17483928")),
   expect=dict(pages=1, edu=("hbo", True, True), coord=134, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="PAIR 4, must pass (twin: Inge Koerselman). 'in loondienst bij Wegwijzer Sociaal B.V. ..., "
                     "het bureau dat Gert Hofstede in 2021 heeft opgericht en waarvan hij de enige aandeelhouder "
                     "is': she is an employee of an agency owned by someone else, which offers her (a "
                     "secondment, like samples' agency CVs); 'interim-coördinator' is her job, not her legal form "
                     "-> no ZZP indication, ko 1 pass. Months: Coördinator Sociaal Domein, Gemeente Hattem "
                     "2021-03..2025-11 = 57 + Teamleider Jeugd en Gezin, Gemeente Zwolle 2014-10..2021-02 = 77 -> "
                     "134. Jeugdconsulent: not leading. Bachelor MWD. Two referees. 100 points, EUR 87,50 -> "
                     "rank 1."))

# ------------------------------------------------------------------------- Inge Koerselman (docx) REVIEW ko 1
# TRAP (target: wrong pass of ko 1 because of "in loondienst"): the B.V. that employs and offers her is her own
# (founded by her, she is the only shareholder): a director-shareholder of a one-person B.V.
ik = p4_positions()
IK_RATE = "Uurtarief: € 84,00 excl. btw"
cv(file="Inge Koerselman.docx", fmt="docx", layout="single",
   name="Inge Koerselman", email="inge.koerselman@example.com", phone="06-28594037", rate=IK_RATE,
   exp=ik, crit_text={"6": P4_6, "7": P4_7, "8": P4_8}, refs=["Renate Dijkman", "Harm Stoffers"],
   must_have=[P4_DIENST_REVIEW],
   body=p4_body("Inge Koerselman", "Hattem  |  06-28594037  |  inge.koerselman@example.com", IK_RATE,
                P4_DIENST_REVIEW, ik,
                ("Renate Dijkman, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-28594038",
                 "Harm Stoffers, manager Jeugd, gemeente Zwolle, 06-28594039")),
   expect=dict(pages=1, edu=("hbo", True, True), coord=134, refs=(2, False), zzp=True, hourly=84.0,
               crit=FULL,
               notes="PAIR 4, must NOT pass: ko 1 review (target: a wrong pass because she writes 'in loondienst'). "
                     "'in loondienst bij Wegwijzer Sociaal B.V. ..., het bureau dat ik in 2021 heb opgericht en "
                     "waarvan ik de enige aandeelhouder ben. Wegwijzer Sociaal biedt mij voor deze opdracht aan.': "
                     "the employer that offers her is her own one-person B.V. (she founded it, she holds all "
                     "shares: a directeur-grootaandeelhouder). Being on the payroll of one's own B.V. is "
                     "self-employment in substance (holdout3's Yvonne Hendriks, holdout37's Sander ten Brinke) -> "
                     "ZZP indication -> ko 1 review (a person decides; samples' Willem de Graaf), not fail. "
                     "Interim months at a gemeente count as experience: 57 + 77 = 134 as her twin. Bachelor MWD. "
                     "100 points, EUR 84 (rank 1 if passed)."))


# ========================================================================= PAIR 5: a referee who does or does not
# count. Same first referee; the second is the retired former director, "maar nog steeds als referent
# beschikbaar: 06-..." in one CV and "en niet meer als referent beschikbaar" in the other.
P5_6, P5_7, P5_8 = crits("Oldebroek", "Oldebroek zorgt", "drie", "een steunpunt mantelzorg in Wezep en 120 "
                         "mantelzorgers meer in beeld", "Menzis", "de woningcorporatie rond "
                         "mantelzorgwoningen", "de fusie van het ouderenwerk en de mantelzorgondersteuning")


def p5_positions():
    return [pos("juni 2016 – heden", "Manager Welzijn", "Stichting Welzijn Oldebroek",
                ["Leiding aan drie teams (26 medewerkers); begroting en subsidierelatie met de gemeente.",
                 P5_6, P5_7, P5_8], ("2016-06", REF), 114, True),
            pos("januari 2010 – mei 2016", "Coördinator Mantelzorg", "Stichting Welzijn Oldebroek",
                ["Coördinatie van de mantelzorgconsulenten en de respijtzorg."], ("2010-01", "2016-05"), 77, True),
            pos("augustus 2004 – december 2009", "Consulent mantelzorg", "Stichting Welzijn Elburg",
                ["Ondersteuning van mantelzorgers in Elburg en Doornspijk."], ("2004-08", "2009-12"), 65, False)]


def p5_body(name, contact, rate, ps, refs):
    return ([("title", name),
             ("p", contact),
             ("pb", rate),
             ("h", "Profiel"),
             ("p", "Manager welzijn bij Stichting Welzijn Oldebroek, daarvoor coördinator mantelzorg. Ik stuur op "
                   "resultaat en houd oog voor de mensen in het team."),
             ("h", "Werkervaring"),
             ("exptable", ["Periode", "Functie", "Werkgever"], ps),
             ("tasks", ps),
             ("h", "Opleiding"),
             ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2004")]
            + refs_block(*refs))


# ------------------------------------------------------------------------- Monique Stegehuis (pdf) PASS
ms = p5_positions()
MS_RATE = "Uurtarief: € 90,00 (excl. btw)"
MS_R2 = ("Henk Mensink, oud-directeur Stichting Welzijn Oldebroek en mijn leidinggevende bij de stichting (sinds "
         "2024 met pensioen, maar nog steeds als referent beschikbaar: 06-30716284)")
cv(file="Monique Stegehuis.pdf", fmt="pdf", layout="single",
   name="Monique Stegehuis", email="monique.stegehuis@example.nl", phone="06-30716282", rate=MS_RATE,
   exp=ms, crit_text={"6": P5_6, "7": P5_7, "8": P5_8}, refs=["Ellen Brouwer", "Henk Mensink"],
   must_have=[MS_R2],
   body=p5_body("Monique Stegehuis", "Wezep  |  06-30716282  |  monique.stegehuis@example.nl", MS_RATE, ms,
                ("Ellen Brouwer, afdelingsmanager Samenleving, gemeente Oldebroek, 06-30716283", MS_R2)),
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="PAIR 5, must pass (twin: Yvonne Tijink). Referees: Ellen Brouwer (gemeente Oldebroek) and "
                     "Henk Mensink, her former director, 'sinds 2024 met pensioen, maar nog steeds als referent "
                     "beschikbaar: 06-30716284' -> retired but available, with a number -> 2 referees -> pass. "
                     "Months: Manager Welzijn, Stichting Welzijn Oldebroek 2016-06..2025-11 = 114 + Coördinator "
                     "Mantelzorg, same foundation 2010-01..2016-05 = 77 -> 191. Consulent mantelzorg: not "
                     "leading. HBO MWD. 100 points, EUR 90 -> rank 4."))

# ------------------------------------------------------------------------- Yvonne Tijink (pdf) FAIL references
# TRAP (target: wrong pass of the references check): the second referee is named in full with his function, but
# "sinds 2024 met pensioen en niet meer als referent beschikbaar" -> 1 referee who can be asked.
yt = p5_positions()
YT_RATE = "Uurtarief: € 85,50 (excl. btw)"
YT_R2 = ("Henk Mensink, oud-directeur Stichting Welzijn Oldebroek en mijn leidinggevende bij de stichting (sinds "
         "2024 met pensioen en niet meer als referent beschikbaar)")
cv(file="Yvonne Tijink.pdf", fmt="pdf", layout="single",
   name="Yvonne Tijink", email="yvonne.tijink@example.nl", phone="06-41827395", rate=YT_RATE,
   exp=yt, crit_text={"6": P5_6, "7": P5_7, "8": P5_8}, refs=["Ellen Brouwer"],
   must_have=[YT_R2],
   body=p5_body("Yvonne Tijink", "Wezep  |  06-41827395  |  yvonne.tijink@example.nl", YT_RATE, yt,
                ("Ellen Brouwer, afdelingsmanager Samenleving, gemeente Oldebroek, 06-41827396", YT_R2)),
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(1, False), zzp=False, hourly=85.5,
               crit=FULL,
               notes="PAIR 5, must NOT pass: references fail (target: counting two named entries). The second "
                     "entry names Henk Mensink, former director, 'sinds 2024 met pensioen en niet meer als "
                     "referent beschikbaar': the CV itself says he is no longer available as a referee, so the "
                     "buyer cannot ask him (holdout42's principle: a reference is someone the buyer can ask). One "
                     "referee (Ellen Brouwer), nothing 'op aanvraag' -> count 1 -> fail (samples' Mark Peters). "
                     "Months as her twin: 114 + 77 = 191. HBO MWD. 100 points, EUR 85,50 (rank 1 if passed)."))
