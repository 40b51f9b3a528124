# -*- coding: utf-8 -*-
"""Holdout round 35 for zeef: 14 fictional CVs (7 PDF, 7 DOCX) hunting WRONG PASSES with traps that combine two
weak signals or hide the decisive fact where a reader does not look first. Two eligible controls, one eligible
CV with a scoring trap (HBO-V), eleven that must not pass. Written without looking at the pipeline's source or
rules/.

Traps: a profile that claims six years of leadership while the list shows only a 3-month "a.i." role; an
experience-table row whose title cell names a gemeente project while the Werkgever cell is a B.V.; an education
table whose Status cell says "lopend" under a finished-looking period; "Bachelor ... (Ad), 120 EC"; HBO-V with a
minor Maatschappelijke Zorg (not MWD); a coordinator Welzijn op Recept at a huisartsenpraktijk; a manager at a
sport foundation; a teamleider at a youth-care foundation (jeugdzorg provider); self-employment only in a cover
letter page; self-employment only in the hourly-rate paragraph; a referee who is "medewerker in mijn team";
a 5-page CV plus a 1-page appendix with the references (6 pages).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout35/make-holdout35.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, result, insurer, change):
    """The passages of criteria 6, 7 and 8 (new wording for this round)."""
    c6 = (f"Voorbeeld beleid naar resultaat: het beleidsplan '{plan}' van de gemeente {place} heb ik omgezet in "
          f"een jaarwerkplan met concrete projecten; opbrengst: {result}.")
    c7 = (f"Structureel overleg met zorgaanbieders, huisartsen, patiëntenvertegenwoordiging, zorgverzekeraar "
          f"{insurer} en een publiek-private samenwerking (PPS) met winkeliersvereniging en woningcorporatie.")
    c8 = f"Projectmatig gewerkt als projectleider van de veranderopgave '{change}' (plan, uitvoering, evaluatie)."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Ilona Stegink (pdf) control
IS6, IS7, IS8 = crits("Brummen", "Samen leven in Brummen", "een huiskamer in Eerbeek en 60 nieuwe "
                      "maatjes voor eenzame ouderen", "Menzis", "de herinrichting van de toegang Wmo")
is_ = [pos("maart 2017 – heden", "Coördinator Welzijn en Zorg", "Gemeente Brummen",
           ["Leiding aan het cluster welzijn en zorg (13 medewerkers); formatie, werving en budget.",
            IS6, IS7, IS8], ("2017-03", REF), 105, True),
       pos("september 2011 – februari 2017", "Teamleider Ouderenwerk", "Stichting Welzijn Zutphen",
           ["Leiding aan zeven ouderenadviseurs en 40 vrijwilligers."], ("2011-09", "2017-02"), 66, True),
       pos("juli 2006 – augustus 2011", "Ouderenadviseur", "Stichting Welzijn Zutphen",
           ["Huisbezoeken en advies."], ("2006-07", "2011-08"), 62, False)]
IS_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Ilona Stegink.pdf", fmt="pdf", layout="single",
   name="Ilona Stegink", email="ilona.stegink@example.nl", phone="06-18273645", rate=IS_RATE,
   exp=is_, crit_text={"6": IS6, "7": IS7, "8": IS8}, refs=["Margriet Haverkamp", "Tom Ensink"],
   body=[("title", "Ilona Stegink"),
         ("p", "Eerbeek  |  06-18273645  |  ilona.stegink@example.nl"),
         ("pb", IS_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en zorg bij de gemeente Brummen, daarvoor teamleider ouderenwerk in Zutphen. "
               "In loondienst bij een detacheerder."),
         ("h", "Werkervaring"),
         ("pos", "datebold", is_),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2006")]
   + refs_block("Margriet Haverkamp, afdelingsmanager Sociaal Domein, gemeente Brummen, 06-18273646",
                "Tom Ensink, directeur Stichting Welzijn Zutphen, 06-18273647"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="CONTROL, eligible. Coördinator Welzijn en Zorg, Gemeente Brummen 2017-03..2025-11 = 105 + "
                     "Teamleider Ouderenwerk, Stichting Welzijn Zutphen 2011-09..2017-02 = 66 -> 171 (>= 72, "
                     "criterion 5). Ouderenadviseur: not leading. HBO MWD -> criterion 4. Two referees. Detacheerder, "
                     "no zzp. 100 points, EUR 88,50."))

# ------------------------------------------------------------------------- Jeroen Hofman (docx) control
JH6, JH7, JH8 = crits("Voorst", "Voorst voor elkaar", "drie dorpsteams en een daling van de wachttijd jeugd "
                      "naar vier weken", "Zilveren Kruis", "de vorming van één sociaal team")
jh = [pos("januari 2018 – heden", "Manager Sociaal Domein", "Gemeente Voorst",
          ["Leiding aan twee teams (25 medewerkers); formatie, werving & selectie en budget.", JH6, JH7, JH8],
          ("2018-01", REF), 95, True),
      pos("mei 2012 – december 2017", "Coördinator Jeugd", "Gemeente Lochem",
          ["Leiding aan acht jeugdconsulenten."], ("2012-05", "2017-12"), 68, True)]
JH_RATE = "Tarief: € 90,- per uur (excl. btw)"
cv(file="Jeroen Hofman.docx", fmt="docx", layout="header",
   header="Jeroen Hofman  |  Twello  |  06-29384756  |  jeroen.hofman@example.nl",
   name="Jeroen Hofman", email="jeroen.hofman@example.nl", phone="06-29384756", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Saskia Veldkamp", "Hein Wolters"],
   body=[("title", "Curriculum vitae"),
         ("pb", JH_RATE),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein in Voorst, eerder coördinator jeugd in Lochem."),
         ("h", "Werkervaring"),
         ("eu_pos", jh),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Saxion Deventer — diploma 2011")]
   + refs_block("Saskia Veldkamp, gemeentesecretaris, gemeente Voorst, 06-29384757",
                "Hein Wolters, afdelingshoofd Samenleving, gemeente Lochem, 06-29384758"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=163, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="CONTROL, eligible. Manager Sociaal Domein, Gemeente Voorst 2018-01..2025-11 = 95 + "
                     "Coördinator Jeugd, Gemeente Lochem 2012-05..2017-12 = 68 -> 163. HBO Social Work -> mwd. "
                     "100 points, EUR 90 (behind Ilona Stegink at EUR 88,50)."))

# ------------------------------------------------------------------------- Anouk Westerveld (pdf) HBO-V
# TRAP (target: a wrong criterion 4 -> wrong first place): HBO-V with a minor "Maatschappelijke Zorg".
AW6, AW7, AW8 = crits("Olst-Wijhe", "Gezond en wel in Olst-Wijhe", "een valpreventieprogramma en 25 % minder "
                      "spoedopnames van ouderen", "Salland", "de integratie van wijkverpleging en sociaal team")
AW_EDU = ("HBO-V (Hogere Beroepsopleiding Verpleegkunde), minor Maatschappelijke Zorg, Saxion Deventer — "
          "diploma 2008")
aw = [pos("februari 2016 – heden", "Coördinator Zorg en Welzijn", "Gemeente Olst-Wijhe",
          ["Leiding aan het team zorg en welzijn (10 medewerkers); formatie en budget.", AW6, AW7, AW8],
          ("2016-02", REF), 118, True),
      pos("september 2008 – januari 2016", "Wijkverpleegkundige", "Carinova Thuiszorg",
          ["Wijkverpleging in Deventer-Oost."], ("2008-09", "2016-01"), 89, False)]
AW_RATE = "Uurtarief: € 84,00 excl. btw"
cv(file="Anouk Westerveld.pdf", fmt="pdf", layout="single",
   name="Anouk Westerveld", email="anouk.westerveld@example.nl", phone="06-37465829", rate=AW_RATE,
   exp=aw, crit_text={"6": AW6, "7": AW7, "8": AW8}, refs=["Gerrit Nijland", "Yvonne Kappert"],
   must_have=[AW_EDU],
   body=[("title", "Anouk Westerveld"),
         ("p", "Wijhe  |  06-37465829  |  anouk.westerveld@example.nl"),
         ("pb", AW_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator zorg en welzijn bij de gemeente Olst-Wijhe, met een achtergrond in de wijkverpleging "
               "en de maatschappelijke zorg."),
         ("h", "Werkervaring"),
         ("pos", "datebold", aw),
         ("h", "Opleiding"),
         ("p", AW_EDU)]
   + refs_block("Gerrit Nijland, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-37465830",
                "Yvonne Kappert, teamleider Wmo, gemeente Deventer, 06-37465831"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=118, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, eligible (target: a wrong criterion 4, which with the lowest rate would put her first). "
                     "'HBO-V (Hogere Beroepsopleiding Verpleegkunde), minor Maatschappelijke Zorg': a completed "
                     "hbo bachelor (ko 2 pass) in nursing; a minor is no MWD/Social Work degree -> mwd false, "
                     "criterion 4 = 0. Coördinator Zorg en Welzijn, Gemeente Olst-Wijhe 2016-02..2025-11 = 118. "
                     "Wijkverpleegkundige at a thuiszorg organisation: not leading. 85 points, rank 3."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Ramon Kuiper (docx)
# TRAP (target: wrong pass of ko 3 and criterion 5): profile "ruim zes jaar leidinggevende ervaring"; the list
# shows only "Teamleider Wmo a.i." for three months, the rest consulent roles.
RK6, RK7, RK8 = crits("Raalte", "Raalte zorgt voor elkaar", "een cliëntondersteuningspunt in elke kern",
                      "Salland", "de overgang naar resultaatgerichte indicaties in de Wmo")
RK_PROF = ("Coördinator sociaal domein met ruim zes jaar leidinggevende ervaring bij de gemeente Raalte; ik stuur "
           "teams aan op resultaat en werkplezier.")
rk = [pos("juni 2022 – heden", "Senior consulent Wmo", "Gemeente Raalte",
          ["Complexe casuïstiek en inwerken van nieuwe consulenten.", RK6, RK7, RK8],
          ("2022-06", REF), 42, False),
      pos("maart 2022 – mei 2022", "Teamleider Wmo a.i.", "Gemeente Raalte",
          ["Waarneming tijdens het ziekteverlof van de teamleider."], ("2022-03", "2022-05"), 3, True),
      pos("januari 2016 – februari 2022", "Consulent Wmo", "Gemeente Raalte",
          ["Keukentafelgesprekken en indicaties."], ("2016-01", "2022-02"), 74, False)]
RK_RATE = "Uurtarief: € 82,00 excl. btw"
cv(file="Ramon Kuiper.docx", fmt="docx", layout="single",
   name="Ramon Kuiper", email="ramon.kuiper@example.nl", phone="06-46572839", rate=RK_RATE,
   exp=rk, crit_text={"6": RK6, "7": RK7, "8": RK8}, refs=["Ellen Rouwmaat", "Bart Kamphuis"],
   must_have=[RK_PROF],
   body=[("title", "Ramon Kuiper"),
         ("p", "Raalte  |  06-46572839  |  ramon.kuiper@example.nl"),
         ("pb", RK_RATE),
         ("h", "Profiel"),
         ("p", RK_PROF),
         ("h", "Werkervaring"),
         ("pos", "pipe", rk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2015")]
   + refs_block("Ellen Rouwmaat, teamleider Wmo, gemeente Raalte, 06-46572840",
                "Bart Kamphuis, afdelingsmanager Sociaal Domein, gemeente Raalte, 06-46572841"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=3, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, ko 3 fail (target: a wrong PASS of ko 3 and criterion 5 from the profile). The profile "
                     "claims 'ruim zes jaar leidinggevende ervaring', but 'aantoonbaar' means the experience list: "
                     "the only leading role is 'Teamleider Wmo a.i.', Gemeente Raalte 2022-03..2022-05 = 3 (a "
                     "real, relevant stand-in, counted); Senior consulent Wmo (42) and Consulent Wmo (74) are not "
                     "leading -> 3 < 60 -> fail, criterion 5 = 0. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Esmee Brink (docx)
# TRAP (target: wrong pass of ko 3): experience table; the title cell names a gemeente project, the Werkgever
# cell is a B.V.
EB6, EB7, EB8 = crits("Dalfsen", "Dalfsen dichtbij", "een wijkpunt in Nieuwleusen en 30 % minder "
                      "maatwerkvoorzieningen", "Zilveren Kruis", "de start van wijkgericht werken")
eb = [pos("01-2021 – heden", "Coördinator Wijkteam Nieuwleusen (project gemeente Dalfsen)",
          "Wijkkracht Sociaal Domein B.V.",
          ["Leiding aan het wijkteam Nieuwleusen (9 medewerkers), dat Wijkkracht sinds 2021 voor de gemeente "
           "Dalfsen uitvoert.", EB6, EB7, EB8], ("2021-01", REF), 59, False),
      pos("04-2017 – 12-2020", "Teamleider Mantelzorg", "Stichting Welzijn Dalfsen",
          ["Leiding aan vijf mantelzorgconsulenten."], ("2017-04", "2020-12"), 45, True),
      pos("09-2010 – 03-2017", "Mantelzorgconsulent", "Stichting Welzijn Dalfsen",
          ["Ondersteuning van mantelzorgers."], ("2010-09", "2017-03"), 79, False)]
EB_RATE = "Uurtarief: € 86,00 excl. btw"
cv(file="Esmee Brink.docx", fmt="docx", layout="single",
   name="Esmee Brink", email="esmee.brink@example.nl", phone="06-55683941", rate=EB_RATE,
   exp=eb, crit_text={"6": EB6, "7": EB7, "8": EB8}, refs=["Johan Weitkamp", "Marloes Nijboer"],
   body=[("title", "Esmee Brink"),
         ("p", "Nieuwleusen  |  06-55683941  |  esmee.brink@example.nl"),
         ("pb", EB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator wijkteam in Nieuwleusen; daarvoor teamleider mantelzorg."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), eb),
         ("tasks", eb),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Hogeschool Windesheim Zwolle — diploma 2010")]
   + refs_block("Johan Weitkamp, directeur Wijkkracht Sociaal Domein B.V., 06-55683942",
                "Marloes Nijboer, beleidsadviseur Sociaal Domein, gemeente Dalfsen, 06-55683943"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, ko 3 fail (target: a wrong PASS by reading the title cell's 'project gemeente "
                     "Dalfsen' as the employer). Row 1: 'Coördinator Wijkteam Nieuwleusen (project gemeente "
                     "Dalfsen)' | Werkgever 'Wijkkracht Sociaal Domein B.V.' 2021-01..2025-11 = 59: the employer "
                     "is a company that carries out the wijkteam for the gemeente -> not relevant (as samples' "
                     "Erik van Leeuwen, holdout30 Sylvia Hendrix). Teamleider Mantelzorg, Stichting Welzijn "
                     "Dalfsen 2017-04..2020-12 = 45 -> 45 < 60 -> fail (104 and criterion 5 if the B.V. "
                     "counted). Mantelzorgconsulent: not leading. HBO Social Work. 75 points."))

# ------------------------------------------------------------------------- Thirza Mulderij (pdf)
# TRAP (target: wrong pass of ko 2): education table; "Bachelor Social Work" over a finished-looking period
# "2020 – 2024", Status cell "lopend (scriptie nog niet afgerond)".
TM6, TM7, TM8 = crits("Zwolle", "Zwolle groeit op", "een gezinspunt in Stadshagen en de helft minder "
                      "uithuisplaatsingen", "Zilveren Kruis", "de herinrichting van de jeugdteams")
TM_ROW = ("2020 – 2024", "Bachelor Social Work (deeltijd)", "Hogeschool Windesheim, Zwolle",
          "lopend (scriptie nog niet afgerond)")
tm = [pos("juni 2015 – heden", "Coördinator Jeugd en Gezin", "Gemeente Zwolle",
          ["Leiding aan het team jeugd en gezin (15 medewerkers); formatie en budget.", TM6, TM7, TM8],
          ("2015-06", REF), 126, True),
      pos("augustus 2009 – mei 2015", "Jeugd- en gezinswerker", "Gemeente Zwolle",
          ["Ambulante begeleiding van gezinnen."], ("2009-08", "2015-05"), 70, False)]
TM_RATE = "Uurtarief: € 83,50 excl. btw"
cv(file="Thirza Mulderij.pdf", fmt="pdf", layout="single",
   name="Thirza Mulderij", email="thirza.mulderij@example.nl", phone="06-64791052", rate=TM_RATE,
   exp=tm, crit_text={"6": TM6, "7": TM7, "8": TM8}, refs=["Wim Dijkhuis", "Carla Bouwmeester"],
   must_have=["lopend (scriptie nog niet afgerond)", "Bachelor Social Work (deeltijd)"],
   body=[("title", "Thirza Mulderij"),
         ("p", "Zwolle  |  06-64791052  |  thirza.mulderij@example.nl"),
         ("pb", TM_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator jeugd en gezin bij de gemeente Zwolle, tien jaar leidinggevend."),
         ("h", "Werkervaring"),
         ("pos", "datebold", tm),
         ("h", "Opleiding"),
         ("table", ("Periode", "Opleiding", "Instelling", "Status"),
          [TM_ROW, ("2006 – 2009", "MBO Sociaal Werk, niveau 4", "Landstede, Zwolle", "diploma")])]
   + refs_block("Wim Dijkhuis, afdelingsmanager Jeugd, gemeente Zwolle, 06-64791053",
                "Carla Bouwmeester, teamleider Wijkteams, gemeente Zwolle, 06-64791054"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=126, refs=(2, False), zzp=False, hourly=83.5,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, ko 2 fail (target: a wrong PASS of ko 2 and criterion 4 from the period '2020 – 2024', "
                     "which looks finished). Education table row: 2020 – 2024 | Bachelor Social Work (deeltijd) | "
                     "Hogeschool Windesheim | Status 'lopend (scriptie nog niet afgerond)' -> not completed; the "
                     "other row MBO Sociaal Werk niveau 4, diploma -> highest completed mbo, mwd false, criterion "
                     "4 = 0. Coördinator Jeugd en Gezin, Gemeente Zwolle 2015-06..2025-11 = 126 (criterion 5). "
                     "85 points."))

# ------------------------------------------------------------------------- Lisanne Oude Elferink (docx)
# TRAP (target: wrong pass of ko 2): "Bachelor Sociaal Werk (Ad) ... 120 EC".
LO6, LO7, LO8 = crits("Dalfsen", "Iedereen telt mee in Dalfsen", "een ontmoetingsplek in Lemelerveld en "
                      "twee nieuwe mantelzorgroutes", "Salland", "de nieuwe werkwijze van de Wmo-toegang")
LO_EDU = "Bachelor Sociaal Werk (Ad), Hogeschool Windesheim Flevoland, Almere — 120 EC, diploma 2015"
lo = [pos("oktober 2016 – heden", "Teamleider Wmo", "Gemeente Dalfsen",
          ["Leiding aan 11 Wmo-consulenten; werving, formatie en budget.", LO6, LO7, LO8],
          ("2016-10", REF), 110, True),
      pos("september 2013 – september 2016", "Wmo-consulent", "Gemeente Ommen",
          ["Keukentafelgesprekken."], ("2013-09", "2016-09"), 37, False)]
LO_RATE = "Uurtarief: € 81,00 excl. btw"
cv(file="Lisanne Oude Elferink.docx", fmt="docx", layout="single",
   name="Lisanne Oude Elferink", email="lisanne.oudeelferink@example.nl", phone="06-73810294", rate=LO_RATE,
   exp=lo, crit_text={"6": LO6, "7": LO7, "8": LO8}, refs=["Frank Holtslag", "Ineke Rientjes"],
   must_have=[LO_EDU],
   body=[("title", "Lisanne Oude Elferink"),
         ("p", "Lemelerveld  |  06-73810294  |  lisanne.oudeelferink@example.nl"),
         ("pb", LO_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider Wmo in Dalfsen met een bachelor in het sociaal werk."),
         ("h", "Werkervaring"),
         ("pos", "datebold", lo),
         ("h", "Opleiding"),
         ("p", LO_EDU),
         ("p", "MBO Maatschappelijke Zorg, niveau 4, Deltion College Zwolle — diploma 2013")]
   + refs_block("Frank Holtslag, afdelingsmanager Samenleving, gemeente Dalfsen, 06-73810295",
                "Ineke Rientjes, teamleider Wmo, gemeente Ommen, 06-73810296"),
   expect=dict(pages=1, edu=("ad", False, False), coord=110, refs=(2, False), zzp=False, hourly=81.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, ko 2 fail (target: a wrong PASS of ko 2 on the word 'Bachelor', also claimed in the "
                     "profile). 'Bachelor Sociaal Werk (Ad), Hogeschool Windesheim Flevoland — 120 EC, diploma "
                     "2015': '(Ad)' and 120 EC (an hbo bachelor is 240) make it an associate degree -> ad (samples' "
                     "Nicole Dekker), no bachelor, mwd false, criterion 4 = 0. Teamleider Wmo, Gemeente Dalfsen "
                     "2016-10..2025-11 = 110 (criterion 5). 85 points."))

# ------------------------------------------------------------------------- Marjan Luttikhuis (pdf)
# TRAP (target: wrong pass of ko 3): "Coördinator Welzijn op Recept" at a huisartsenpraktijk; a bullet names the
# gemeente's welfare activities.
ML6, ML7, ML8 = crits("Ommen", "Ommen vitaal", "een wekelijkse wandelgroep per kern en 150 verwijzingen per jaar",
                      "Salland", "de invoering van Welzijn op Recept in de regio")
ml = [pos("augustus 2021 – heden", "Coördinator Welzijn op Recept", "Huisartsenpraktijk Het Veldhuis, Ommen",
          ["Ik coördineer Welzijn op Recept voor de vier huisartsen van de praktijk en leid twee welzijnscoaches; "
           "patiënten gaan naar de welzijnsactiviteiten die de gemeente Ommen subsidieert.", ML6, ML7, ML8],
          ("2021-08", REF), 52, False),
      pos("januari 2018 – juli 2021", "Teamleider Ouderenwerk", "Stichting Welzijn Ommen",
          ["Leiding aan zes ouderenadviseurs."], ("2018-01", "2021-07"), 43, True),
      pos("maart 2011 – december 2017", "Ouderenadviseur", "Stichting Welzijn Ommen",
          ["Huisbezoeken en advies."], ("2011-03", "2017-12"), 82, False)]
ML_RATE = "Uurtarief: € 85,50 excl. btw"
cv(file="Marjan Luttikhuis.pdf", fmt="pdf", layout="single",
   name="Marjan Luttikhuis", email="marjan.luttikhuis@example.nl", phone="06-82910374", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Dr. Paul Eshuis", "Gonny Schuurman"],
   body=[("title", "Marjan Luttikhuis"),
         ("p", "Ommen  |  06-82910374  |  marjan.luttikhuis@example.nl"),
         ("pb", ML_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn met ruim acht jaar leidinggevende ervaring in het welzijnswerk in Ommen."),
         ("h", "Werkervaring"),
         ("pos", "sample", ml),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2010")]
   + refs_block("Dr. Paul Eshuis, huisarts, Huisartsenpraktijk Het Veldhuis, 06-82910375",
                "Gonny Schuurman, directeur Stichting Welzijn Ommen, 06-82910376"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=43, refs=(2, False), zzp=False, hourly=85.5,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, ko 3 fail (target: a wrong PASS: coordinator + 'welzijn' in the title + the gemeente in "
                     "the bullet). Coördinator Welzijn op Recept, Huisartsenpraktijk Het Veldhuis 2021-08..2025-11 "
                     "= 52: the employer is a GP practice, neither a gemeente nor a welzijnsstichting (the gemeente "
                     "only subsidises the activities patients are sent to) -> not relevant. Teamleider Ouderenwerk, "
                     "Stichting Welzijn Ommen 2018-01..2021-07 = 43 -> 43 < 60 -> fail (95 and criterion 5 if the "
                     "practice counted). The profile's 'ruim acht jaar' counts both. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Dennis Vrielink (docx)
# TRAP (target: wrong pass of ko 3): manager at a sport foundation ("Stichting").
DV6, DV7, DV8 = crits("Hellendoorn", "Hellendoorn doet mee", "een loket voor mantelzorgers en een buurtteam in "
                      "Nijverdal-Zuid", "Salland", "de nieuwe toegang tot de Wmo")
DV_SPORT = ("Exploitatie van drie sporthallen en zwembad De Elsen, roosters voor 40 sportverenigingen, "
            "sportevenementen en het beheer van de kunstgrasvelden.")
dv = [pos("april 2019 – heden", "Manager Sport en Bewegen", "Stichting Sportbedrijf Hellendoorn",
          [DV_SPORT, "Leiding aan 28 medewerkers (badmeesters, beheerders, sportcoördinatoren)."],
          ("2019-04", REF), 80, False),
      pos("januari 2015 – maart 2019", "Coördinator Wmo", "Gemeente Hellendoorn",
          ["Leiding aan het Wmo-team (acht consulenten).", DV6, DV7, DV8], ("2015-01", "2019-03"), 51, True),
      pos("september 2009 – december 2014", "Wmo-consulent", "Gemeente Hellendoorn",
          ["Keukentafelgesprekken."], ("2009-09", "2014-12"), 64, False)]
DV_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Dennis Vrielink.docx", fmt="docx", layout="single",
   name="Dennis Vrielink", email="dennis.vrielink@example.nl", phone="06-91028364", rate=DV_RATE,
   exp=dv, crit_text={"6": DV6, "7": DV7, "8": DV8}, refs=["Arjen Wolbers", "Monique Ter Horst"],
   must_have=[DV_SPORT],
   body=[("title", "Dennis Vrielink"),
         ("p", "Nijverdal  |  06-91028364  |  dennis.vrielink@example.nl"),
         ("pb", DV_RATE),
         ("h", "Profiel"),
         ("p", "Manager bij een stichting en eerder coördinator Wmo; ruim tien jaar leidinggevende ervaring."),
         ("h", "Werkervaring"),
         ("pos", "datebold", dv),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Saxion Enschede — diploma 2009")]
   + refs_block("Arjen Wolbers, directeur Stichting Sportbedrijf Hellendoorn, 06-91028365",
                "Monique Ter Horst, afdelingsmanager Sociaal Domein, gemeente Hellendoorn, 06-91028366"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=51, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, ko 3 fail (target: a wrong PASS on manager + 'Stichting'). Manager Sport en Bewegen, "
                     "Stichting Sportbedrijf Hellendoorn 2019-04..2025-11 = 80: a foundation, but for sport "
                     "(sporthallen, zwembad, verenigingen), not a welzijnsstichting, and sport is not the social "
                     "domain -> not relevant. Coördinator Wmo, Gemeente Hellendoorn 2015-01..2019-03 = 51 -> 51 < "
                     "60 -> fail (131 if the sport role counted). Wmo-consulent: not leading. HBO Social Work. "
                     "75 points."))

# ------------------------------------------------------------------------- Yvette Brinkerink (pdf)
# TRAP (target: wrong pass of ko 3): teamleider at a youth-care foundation (jeugdzorg provider), 69 months alone.
YB6, YB7, YB8 = crits("Almelo", "Almelo kansrijk", "een jeugdpunt op elke basisschool en 20 % minder "
                      "verwijzingen", "Menzis", "de invoering van de praktijkondersteuner jeugd")
YB_DESC = ("Horizon Oost is een aanbieder van jeugdzorg (ambulante hulp, pleegzorg en verblijf), gecontracteerd "
           "door de Twentse gemeenten.")
yb = [pos("maart 2020 – heden", "Teamleider Jeugd en Gezin", "Stichting Jeugdzorg Horizon Oost",
          [YB_DESC, "Leiding aan twee ambulante teams (18 gezinshulpverleners)."], ("2020-03", REF), 69, False),
      pos("september 2016 – februari 2020", "Coördinator Jeugd", "Gemeente Almelo",
          ["Leiding aan zes jeugdconsulenten.", YB6, YB7, YB8], ("2016-09", "2020-02"), 42, True),
      pos("januari 2010 – augustus 2016", "Jeugdconsulent", "Gemeente Almelo",
          ["Toegang jeugdhulp."], ("2010-01", "2016-08"), 80, False)]
YB_RATE = "Uurtarief: € 86,50 excl. btw"
cv(file="Yvette Brinkerink.pdf", fmt="pdf", layout="single",
   name="Yvette Brinkerink", email="yvette.brinkerink@example.nl", phone="06-20394857", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=["Ruud Kolkman", "Anja Wessels"],
   must_have=[YB_DESC],
   body=[("title", "Yvette Brinkerink"),
         ("p", "Almelo  |  06-20394857  |  yvette.brinkerink@example.nl"),
         ("pb", YB_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider jeugd en gezin; ik ken de jeugdhulp van binnenuit, bij de gemeente en bij een stichting."),
         ("h", "Werkervaring"),
         ("pos", "pipe", yb),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Saxion Enschede — diploma 2009")]
   + refs_block("Ruud Kolkman, regiomanager, Stichting Jeugdzorg Horizon Oost, 06-20394858",
                "Anja Wessels, afdelingsmanager Jeugd, gemeente Almelo, 06-20394859"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=42, refs=(2, False), zzp=False, hourly=86.5,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, ko 3 fail (target: a wrong PASS on teamleider + jeugd + 'Stichting'). Teamleider Jeugd "
                     "en Gezin, Stichting Jeugdzorg Horizon Oost 2020-03..2025-11 = 69: a youth-care provider "
                     "(zorgaanbieder, contracted by the gemeenten), not a welzijnsstichting or gemeente -> not "
                     "relevant (like samples' hospital coordinator). Coördinator Jeugd, Gemeente Almelo "
                     "2016-09..2020-02 = 42 -> 42 < 60 -> fail (111 if the provider counted; 69 alone would pass). "
                     "Jeugdconsulent: not leading. HBO Social Work. 75 points."))

# ------------------------------------------------------------------------- Wilma Rouwenhorst (docx, 2 pages)
# TRAP (target: wrong pass of ko 1): self-employment only on the cover-letter page (page 1).
WR6, WR7, WR8 = crits("Twenterand", "Twenterand verbindt", "een welzijnsloket in Vriezenveen en 90 nieuwe "
                      "vrijwilligers", "Menzis", "de vorming van het cluster welzijn")
WR_ZZP = ("Sinds januari 2024 werk ik als zelfstandig ondernemer: u ontvangt maandelijks een factuur van mijn "
          "bedrijf, Rouwenhorst Sociaal Advies, btw-verlegd is niet van toepassing.")
wr = [pos("januari 2024 – heden", "Coördinator Welzijn", "Gemeente Twenterand",
          ["Coördinatie van het cluster welzijn (9 medewerkers).", WR6, WR7, WR8], ("2024-01", REF), 23, True),
      pos("mei 2015 – december 2023", "Coördinator Sociaal Team", "Gemeente Wierden",
          ["Leiding aan het sociaal team (12 medewerkers)."], ("2015-05", "2023-12"), 104, True)]
WR_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Wilma Rouwenhorst.docx", fmt="docx", layout="single",
   name="Wilma Rouwenhorst", email="wilma.rouwenhorst@example.nl", phone="06-38475610", rate=WR_RATE,
   exp=wr, crit_text={"6": WR6, "7": WR7, "8": WR8}, refs=["Koen Schreurs", "Astrid Pieper"],
   must_have=[WR_ZZP],
   body=[("title", "Motivatie"),
         ("p", "Geachte heer, mevrouw,"),
         ("p", "Met veel plezier reageer ik op de opdracht Coördinator welzijn bij de gemeente Heerde. Het cluster "
               "welzijn verder brengen, met een team dat eigenaarschap voelt: dat is precies wat ik de afgelopen "
               "jaren in Wierden en Twenterand heb gedaan."),
         ("p", WR_ZZP),
         ("p", "Met vriendelijke groet, Wilma Rouwenhorst"),
         ("break",),
         ("title", "Wilma Rouwenhorst"),
         ("p", "Vriezenveen  |  06-38475610  |  wilma.rouwenhorst@example.nl"),
         ("pb", WR_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en sociaal team met tien jaar leidinggevende ervaring in Twente."),
         ("h", "Werkervaring"),
         ("pos", "datebold", wr),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2007")]
   + refs_block("Koen Schreurs, afdelingsmanager Samenleving, gemeente Twenterand, 06-38475611",
                "Astrid Pieper, afdelingshoofd Sociaal Domein, gemeente Wierden, 06-38475612"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=127, refs=(2, False), zzp=True, hourly=89.0,
               crit=FULL,
               notes="TRAP, ko 1 review (target: a wrong PASS of ko 1). The CV pages say nothing about the "
                     "contract form; the cover letter on page 1 says 'Sinds januari 2024 werk ik als zelfstandig "
                     "ondernemer: u ontvangt maandelijks een factuur van mijn bedrijf' -> the candidate offers "
                     "herself as self-employed -> zzp, ko 1 review (samples' Willem de Graaf). Coördinator Welzijn, "
                     "Gemeente Twenterand 2024-01..2025-11 = 23 + Coördinator Sociaal Team, Gemeente Wierden "
                     "2015-05..2023-12 = 104 -> 127. HBO MWD. 2 pages. 100 points."))

# ------------------------------------------------------------------------- Gerben Wessels (pdf)
# TRAP (target: wrong pass of ko 1): self-employment only in the rate paragraph at the very end.
GW6, GW7, GW8 = crits("Rijssen-Holten", "Rijssen-Holten helpt", "een ontmoetingscentrum in Holten en een "
                      "mantelzorgwaardering voor 600 inwoners", "Salland", "de doorontwikkeling van het sociaal team")
GW_RATE_P = ("Uurtarief: € 87,00 excl. btw, op factuur van mijn eenmanszaak; betaling binnen 30 dagen. "
             "Beschikbaar vanaf 1 januari 2026, 24 uur per week.")
gw = [pos("juni 2017 – heden", "Manager Welzijn", "Gemeente Rijssen-Holten",
          ["Leiding aan het team welzijn (14 medewerkers); formatie, werving en budget.", GW6, GW7, GW8],
          ("2017-06", REF), 102, True),
      pos("februari 2011 – mei 2017", "Opbouwwerker", "Stichting Welzijn Rijssen",
          ["Buurtwerk en bewonersinitiatieven."], ("2011-02", "2017-05"), 76, False)]
cv(file="Gerben Wessels.pdf", fmt="pdf", layout="single",
   name="Gerben Wessels", email="gerben.wessels@example.nl", phone="06-47586920", rate="Uurtarief: € 87,00 excl. btw",
   exp=gw, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Liesbeth Nijkamp", "Erik Stoffers"],
   must_have=[GW_RATE_P],
   body=[("title", "Gerben Wessels"),
         ("p", "Holten  |  06-47586920  |  gerben.wessels@example.nl"),
         ("h", "Profiel"),
         ("p", "Manager welzijn bij de gemeente Rijssen-Holten; verbinder tussen beleid en uitvoering."),
         ("h", "Werkervaring"),
         ("pos", "datebold", gw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2010")]
   + refs_block("Liesbeth Nijkamp, afdelingsmanager Samenleving, gemeente Rijssen-Holten, 06-47586921",
                "Erik Stoffers, directeur Stichting Welzijn Rijssen, 06-47586922")
   + [("h", "Tarief en beschikbaarheid"), ("p", GW_RATE_P)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=102, refs=(2, False), zzp=True, hourly=87.0,
               crit=FULL,
               notes="TRAP, ko 1 review (target: a wrong PASS of ko 1). The only sign of self-employment is in the "
                     "last paragraph, under 'Tarief en beschikbaarheid', after the references: 'Uurtarief: € 87,00 "
                     "excl. btw, op factuur van mijn eenmanszaak' -> zzp, ko 1 review. Manager Welzijn, Gemeente "
                     "Rijssen-Holten 2017-06..2025-11 = 102. Opbouwwerker: not leading. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Noortje Zwiers (docx)
# TRAP (target: wrong pass of the references check): the second referee is "medewerker in mijn team";
# "Meer referenties op aanvraag" -> 1 counted + on request -> review.
NZ6, NZ7, NZ8 = crits("Enschede", "Enschede groeit op", "vijf jeugdpunten in de wijken en een kortere "
                      "wachttijd voor jeugdhulp", "Menzis", "de transformatie van de jeugdhulp")
NZ_REF2 = ("Demi Hulshof, jeugdconsulent, gemeente Enschede — medewerker in mijn team sinds 2019 — 06-56019384")
nz = [pos("februari 2019 – heden", "Teamleider Jeugd", "Gemeente Enschede",
          ["Leiding aan het jeugdteam Enschede-Zuid (14 jeugdconsulenten); formatie en budget.", NZ6, NZ7, NZ8],
          ("2019-02", REF), 82, True),
      pos("april 2012 – januari 2019", "Jeugdconsulent", "Gemeente Enschede",
          ["Toegang jeugdhulp."], ("2012-04", "2019-01"), 82, False)]
NZ_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Noortje Zwiers.docx", fmt="docx", layout="header",
   header="Noortje Zwiers  |  Enschede  |  06-56019382  |  noortje.zwiers@example.nl",
   name="Noortje Zwiers", email="noortje.zwiers@example.nl", phone="06-56019382", rate=NZ_RATE,
   exp=nz, crit_text={"6": NZ6, "7": NZ7, "8": NZ8}, refs=["Harm Lubbers"],
   must_have=[NZ_REF2],
   body=[("title", "Curriculum vitae"),
         ("pb", NZ_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider jeugd bij de gemeente Enschede; eerder jeugdconsulent."),
         ("h", "Werkervaring"),
         ("eu_pos", nz),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Saxion Enschede — diploma 2012")]
   + refs_block("Harm Lubbers, afdelingsmanager Jeugd, gemeente Enschede, 06-56019383", NZ_REF2,
                "Meer referenties op aanvraag."),
   expect=dict(pages=1, edu=("hbo", True, True), coord=82, refs=(1, True), zzp=False, hourly=85.0,
               crit=FULL,
               notes="TRAP, references review (target: a wrong PASS of the references check). Two names, but the "
                     "second, Demi Hulshof, is 'medewerker in mijn team sinds 2019': a subordinate whose work the "
                     "candidate directs and appraises is no independent reference (like holdout33's partner) -> 1 "
                     "named reference; 'Meer referenties op aanvraag' -> on request -> review (samples' Esther "
                     "Kok), not fail: a reader may also accept the team member, so a person should look. "
                     "Teamleider Jeugd, Gemeente Enschede 2019-02..2025-11 = 82 (criterion 5). HBO Social Work. "
                     "100 points."))

# ------------------------------------------------------------------------- Hendrik-Jan Pothof (pdf, 6 pages)
# TRAP (target: wrong pass of the pages check): 5 CV pages + a 1-page "Bijlage: referenties" = 6 pages.
HP6, HP7, HP8 = crits("Borne", "Borne voor iedereen", "een inlooppunt in Hertme en 35 % meer bereik van "
                      "jongeren", "Menzis", "de reorganisatie van het sociaal domein")
HP_NOTE = "Dit cv telt vijf pagina's; mijn referenties staan in de bijlage op de laatste pagina."
hp = [pos("oktober 2014 – heden", "Coördinator Sociaal Domein", "Gemeente Borne",
          ["Leiding aan het sociaal team (16 medewerkers); formatie, werving & selectie en budget.",
           HP6, HP7, HP8], ("2014-10", REF), 134, True),
      pos("januari 2008 – september 2014", "Beleidsmedewerker Wmo", "Gemeente Hengelo",
          ["Verordening en inkoop Wmo."], ("2008-01", "2014-09"), 81, False)]
HP_RATE = "Uurtarief: € 86,00 excl. btw"
cv(file="Hendrik-Jan Pothof.pdf", fmt="pdf", layout="single",
   name="Hendrik-Jan Pothof", email="hj.pothof@example.nl", phone="06-65728391", rate=HP_RATE,
   exp=hp, crit_text={"6": HP6, "7": HP7, "8": HP8}, refs=["Corinne Bosch", "Wim Ten Dam"],
   must_have=[HP_NOTE],
   body=[("title", "Hendrik-Jan Pothof"),
         ("p", "Borne  |  06-65728391  |  hj.pothof@example.nl"),
         ("pb", HP_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator sociaal domein bij de gemeente Borne, daarvoor beleidsmedewerker in Hengelo."),
         ("p", HP_NOTE),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", hp),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2007"),
         ("break",),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2016)", "Omgaan met budgetten in het sociaal domein (2019)",
                 "Gespreksvoering met inwoners (2012)"]),
         ("break",),
         ("h", "Nevenfuncties"),
         ("bl", ["Voorzitter buurtvereniging Hertme (sinds 2018)", "Vrijwilliger bij de Voedselbank Borne"]),
         ("break",)]
   + refs_block("Corinne Bosch, afdelingsmanager Samenleving, gemeente Borne, 06-65728392",
                "Wim Ten Dam, teamleider Wmo, gemeente Hengelo, 06-65728393", head="Bijlage: referenties"),
   expect=dict(pages=6, edu=("hbo", True, True), coord=134, refs=(2, False), zzp=False, hourly=86.0,
               crit=FULL,
               notes="TRAP, pages fail (target: a wrong PASS of the pages check by leaving out the appendix, as the "
                     "CV itself invites: 'Dit cv telt vijf pagina's'). The submitted document has 6 pages "
                     "(pdfinfo): five CV pages and 'Bijlage: referenties' -> 6 > 5 -> fail. Either way not "
                     "eligible: without the appendix the CV has no references (references fail). Coördinator "
                     "Sociaal Domein, Gemeente Borne 2014-10..2025-11 = 134. Beleidsmedewerker: not leading. HBO "
                     "MWD. 100 points."))
