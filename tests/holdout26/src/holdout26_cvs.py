# -*- coding: utf-8 -*-
"""Holdout round 26 for zeef: 12 fictional CVs (6 PDF, 6 DOCX) that hunt WRONG PASSES. Ten candidates look
strong (most would score 85 or 100) but must not pass, each for exactly one reason, in wording rounds 2-25
did not use; two ordinary eligible candidates are the controls. Written without looking at the pipeline's
source or rules/.

The ten traps:
  knock-out 1 - self-employment shown only by a "Zakelijke gegevens" block (trade name, btw-nummer,
                payment term for invoices); an agency that bids while the CV says the candidate works "op
                eigen titel" and invoices the agency;
  knock-out 2 - a Flemish "Graduaat in het Sociaal Werk (HBO5)"; a bachelor with "180 van de 240
                studiepunten (EC)"; a part-time bachelor in an education table whose status column says
                "lopend";
  knock-out 3 - one leading position "maart 2020 – heden (met een onderbreking van 14 maanden)" whose
                months are only enough with the unpaid leave counted; a "Medewerker Coördinatiepunt
                Vrijwillige Inzet" (the unit's name, not the role); a "Manager Kinderopvang" at a
                welzijnsstichting (its childcare branch);
  references  - the second "referee" is a municipality's switchboard number ("vraag naar het team ...");
  Dutch       - a CV written in Frisian (Frysk), not Dutch.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout26/make-holdout26.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, nota, projects, insurer, change):
    """The passages of criteria 6, 7 and 8 (wording varied per CV by its arguments)."""
    c6 = (f"Van beleid naar resultaat: de nota '{nota}' van de gemeente {place} heb ik met het team vertaald "
          f"naar een jaarwerkplan met concrete projecten ({projects}), elk met meetbare doelen en een "
          "halfjaarlijkse rapportage aan de beleidsadviseur.")
    c7 = (f"Vaste samenwerkingspartners: zorgaanbieders, huisartsen en praktijkondersteuners, de GGD, "
          f"zorgverzekeraar {insurer} en een publiek-private samenwerking (PPS) met lokale ondernemingen.")
    c8 = f"Projectleider van {change}: projectplan, stuurgroep, implementatie en evaluatie."
    return c6, c7, c8


# ========================================================================= ELIGIBLE CONTROLS

# ------------------------------------------------------------------------- Anneloes ter Beek (pdf)
# Control 1: an ordinary strong CV, single column (datebold). Eligible, 100 points, rank 1.
AB6, AB7, AB8 = crits("Hattem", "Hattem zorgt voor elkaar", "een dorpskamer, een steunpunt mantelzorg en een "
                      "formulierenbrigade", "Zilveren Kruis", "de herinrichting van de toegang tot Wmo en jeugd")
ab = [pos("september 2016 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Leiding aan het sociaal team (12 medewerkers: Wmo, jeugd en participatie); formatie, werving en "
           "selectie en het teambudget.", AB6, AB7, AB8], ("2016-09", REF), 111, True),
      pos("februari 2012 – augustus 2016", "Teamleider Welzijn Ouderen", "Stichting Welzijn Zwolle",
          ["Leiding aan acht ouderenadviseurs en 90 vrijwilligers."], ("2012-02", "2016-08"), 55, True),
      pos("september 2006 – januari 2012", "Ouderenadviseur", "Stichting Welzijn Zwolle",
          ["Huisbezoeken en advies aan ouderen en mantelzorgers."], ("2006-09", "2012-01"), 65, False)]
AB_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Anneloes ter Beek.pdf", fmt="pdf", layout="single",
   name="Anneloes ter Beek", email="anneloes.terbeek@example.nl", phone="06-38192740", rate=AB_RATE,
   exp=ab, crit_text={"6": AB6, "7": AB7, "8": AB8}, refs=["Gerard Wolters", "Ineke Brands"],
   body=[("title", "Anneloes ter Beek"),
         ("p", "Hattem  |  06-38192740  |  anneloes.terbeek@example.nl"),
         ("pb", AB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator in het sociaal domein met bijna veertien jaar leidinggevende ervaring bij een "
               "gemeente en een welzijnsstichting. Ik verbind beleid en uitvoering en zorg dat een team weet "
               "waar het aan werkt."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ab),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Gerard Wolters, afdelingsmanager Samenleving, gemeente Hattem, 06-38192741"),
         ("p", "Ineke Brands, directeur-bestuurder Stichting Welzijn Zwolle, 06-38192742")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=166, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="CONTROL (eligible). Coördinator Sociaal Team, Gemeente Hattem 2016-09..2025-11 = 111 + "
                     "Teamleider Welzijn Ouderen, Stichting Welzijn Zwolle 2012-02..2016-08 = 55 -> 166 (>= 72: "
                     "criterion 5). Ouderenadviseur: no leading role. HBO MWD diploma -> ko 2 pass, criterion 4. "
                     "No zzp indication. Two named referees. "
                     "100 points at EUR 88,50 -> rank 1."))

# ------------------------------------------------------------------------- Bas Roelofsen (docx)
# Control 2: Europass layout, contact in the page header; HBO Bestuurskunde (not MWD). Eligible, 85, rank 2.
BR6, BR7, BR8 = crits("Voorst", "Samen leven in Voorst", "een huiskamer in Twello, maatjescontacten tegen "
                      "eenzaamheid en een klussendienst", "Menzis", "de fusie van twee welzijnsteams tot één team")
br = [pos("maart 2019 – heden", "Manager Welzijn en Mantelzorg", "Stichting Welzijn Voorst",
          ["Leiding aan 16 beroepskrachten en ruim 200 vrijwilligers; formatie, werving en een budget van "
           "€ 1,6 miljoen.", BR6, BR7, BR8], ("2019-03", REF), 81, True),
      pos("januari 2015 – februari 2019", "Teamleider Wmo", "Gemeente Brummen",
          ["Leiding aan tien Wmo-consulenten; werkverdeling, kwaliteit van de beschikkingen."],
          ("2015-01", "2019-02"), 50, True),
      pos("augustus 2009 – december 2014", "Beleidsmedewerker Wmo", "Gemeente Brummen",
          ["Verordening en nota's voor de gemeenteraad."], ("2009-08", "2014-12"), 65, False)]
BR_RATE = "Uurtarief: € 86,00 (excl. btw)"
cv(file="Bas Roelofsen.docx", fmt="docx", layout="header",
   header="Bas Roelofsen  |  Twello  |  06-27451983  |  bas.roelofsen@example.nl",
   name="Bas Roelofsen", email="bas.roelofsen@example.nl", phone="06-27451983", rate=BR_RATE,
   exp=br, crit_text={"6": BR6, "7": BR7, "8": BR8}, refs=["Wilma Hesselink", "Frits Oosterveld"],
   body=[("title", "Curriculum vitae"),
         ("pb", BR_RATE),
         ("h", "Profiel"),
         ("p", "Manager in het welzijnswerk met een achtergrond als teamleider Wmo bij de gemeente. Ik ben in "
               "loondienst bij Veluwe Sociaal Detachering B.V., die mij voor deze opdracht aanbiedt."),
         ("h", "Werkervaring"),
         ("eu_pos", br),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Wilma Hesselink, directeur-bestuurder Stichting Welzijn Voorst, 06-27451984"),
         ("p", "Frits Oosterveld, afdelingsmanager Sociaal Domein, gemeente Brummen, 06-27451985")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=131, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL (eligible). Manager Welzijn en Mantelzorg, Stichting Welzijn Voorst 2019-03..2025-11 "
                     "= 81 + Teamleider Wmo, Gemeente Brummen 2015-01..2019-02 = 50 -> 131. Beleidsmedewerker: no "
                     "leading role. HBO Bestuurskunde: a completed hbo bachelor, not MWD -> ko 2 pass, criterion 4 "
                     "= 0. In loondienst at an agency -> no zzp. 85 points -> rank 2."))


# ========================================================================= TRAPS (must not pass)

# ------------------------------------------------------------------------- Marieke van Os (pdf)
# TRAP (wrong pass, knock-out 1): nothing in the story says self-employed; the sidebar has a block
# "Zakelijke gegevens" with a trade name, a btw-nummer and a payment term for her invoices -> she is an
# entrepreneur bidding herself -> zzp, knock-out 1 review.
MO6, MO7, MO8 = crits("Epe", "Epe, een sterke samenleving", "een buurtkamer in Vaassen, een maatjesproject en "
                      "een mantelzorgsteunpunt", "Menzis", "de samenvoeging van het Wmo-loket en het jeugdteam")
MO_BLOCK = ["Handelsnaam: Van Os Interim Sociaal Domein", "Btw-nummer: NL003871264B51",
            "Facturen: maandelijks achteraf, betalingstermijn 14 dagen"]
mo = [pos("april 2020 – heden", "Coördinator Sociaal Team (opdracht)", "Gemeente Epe",
          ["Leiding aan het sociaal team (13 medewerkers, Wmo, jeugd en participatie); werkverdeling, "
           "formatie en budget.", MO6, MO7, MO8], ("2020-04", REF), 68, True),
      pos("januari 2013 – maart 2020", "Teamleider Wmo", "Gemeente Apeldoorn",
          ["Leiding aan 15 Wmo-consulenten in het stadsdeel Zuid."], ("2013-01", "2020-03"), 87, True)]
MO_RATE = "Uurtarief: € 94,- excl. btw"
cv(file="Marieke van Os.pdf", fmt="pdf", layout="sidebar",
   name="Marieke van Os", email="marieke.vanos@example.nl", phone="06-51938274", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Henk Veldhuis", "Carla Postma"],
   must_have=MO_BLOCK,
   left=[("h", "Contact"), ("p", "marieke.vanos@example.nl"), ("p", "06-51938274"), ("p", "Epe"),
         ("h", "Tarief"), ("p", MO_RATE),
         ("h", "Zakelijke gegevens")] + [("p", x) for x in MO_BLOCK] + [
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Marieke van Os"),
          ("h", "Profiel"),
          ("p", "Ruim twaalf jaar leidinggevende in het sociaal domein van Veluwse gemeenten. Sinds 2020 "
                "vervul ik opdrachten als coördinator; ik breng rust, overzicht en een heldere werkwijze."),
          ("h", "Werkervaring"),
          ("pos", "sample", mo),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2005"),
          ("h", "Referenties"),
          ("p", "Henk Veldhuis, afdelingsmanager Samenleving, gemeente Epe, 06-51938275"),
          ("p", "Carla Postma, manager Zorg, gemeente Apeldoorn, 06-51938276")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=True, hourly=94.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review (target: a wrong PASS of knock-out 1). The sidebar block "
                     "'Zakelijke gegevens' gives a trade name ('Handelsnaam: Van Os Interim Sociaal Domein'), a "
                     "btw-nummer and 'Facturen: maandelijks achteraf, betalingstermijn 14 dagen'; the current "
                     "position is an '(opdracht)'; no agency is named -> she invoices as an entrepreneur and bids "
                     "herself: zzp indication -> review (convention: Willem de Graaf). Coördinator Sociaal Team, "
                     "Gemeente Epe 2020-04..2025-11 = 68 + Teamleider Wmo, Gemeente Apeldoorn 2013-01..2020-03 = "
                     "87 -> 155. HBO MWD. 100 points; a wrong pass would rank her 1 or 2."))

# ------------------------------------------------------------------------- Rianne Bosch (docx)
# TRAP (wrong pass, knock-out 1): an agency "biedt aan", which reads like a secondment; the last section
# says she works "op eigen titel" and invoices her hours to the agency -> zzp behind an agency, review.
RB6, RB7, RB8 = crits("Oldebroek", "Oldebroek doet mee", "een dorpshuiskamer in Wezep, een taalcafé en een "
                      "schuldhulpspreekuur", "Zilveren Kruis", "het verandertraject 'Eén toegang' (Wmo, jeugd "
                      "en participatie in één team)")
RB_AGENCY = "Aangeboden door: Talentbrug Detachering B.V., Apeldoorn"
RB_ZZP = ("Opdrachtvorm: ik werk als interim-professional op eigen titel. Talentbrug bemiddelt en schrijft in; "
          "ik sluit met Talentbrug een overeenkomst van opdracht en factureer mijn uren maandelijks aan "
          "Talentbrug.")
rb = [pos("juni 2021 – heden", "Coördinator Welzijn", "Gemeente Oldebroek",
          ["Coördinatie van het cluster welzijn (9 medewerkers en gedetacheerde welzijnswerkers); jaarplan, "
           "budget en werving.", RB6, RB7, RB8], ("2021-06", REF), 54, True),
      pos("september 2014 – mei 2021", "Teamleider Jeugd en Gezin", "Gemeente Kampen",
          ["Leiding aan het team jeugd en gezin (11 jeugdconsulenten)."], ("2014-09", "2021-05"), 81, True)]
RB_RATE = "Tarief: € 91,- per uur, exclusief btw"
cv(file="Rianne Bosch.docx", fmt="docx", layout="single",
   name="Rianne Bosch", email="rianne.bosch@example.nl", phone="06-73018452", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7, "8": RB8}, refs=["Jacqueline Mulder", "Evert de Kleine"],
   must_have=[RB_AGENCY, RB_ZZP],
   body=[("title", "Rianne Bosch"),
         ("p", "Wezep  |  06-73018452  |  rianne.bosch@example.nl"),
         ("p", RB_AGENCY),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein sinds 2014. Ik houd van korte lijnen, van "
               "een team dat elkaar aanspreekt en van beleid dat in de wijk zichtbaar wordt."),
         ("h", "Werkervaring"),
         ("pos", "pipe", rb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Jacqueline Mulder, afdelingsmanager Sociaal Domein, gemeente Oldebroek, 06-73018453"),
         ("p", "Evert de Kleine, wethouder Jeugd, gemeente Kampen, 06-73018454"),
         ("h", "Beschikbaarheid en voorwaarden"),
         ("p", "Beschikbaar per 1 december 2025, 24 uur per week."),
         ("p", RB_ZZP),
         ("pb", RB_RATE)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=135, refs=(2, False), zzp=True, hourly=91.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review (target: a wrong PASS of knock-out 1). 'Aangeboden door: "
                     "Talentbrug Detachering B.V.' at the top reads like a secondment, but the last section says "
                     "'ik werk als interim-professional op eigen titel … sluit met Talentbrug een overeenkomst van "
                     "opdracht en factureer mijn uren maandelijks aan Talentbrug' -> she is self-employed, the "
                     "agency only mediates -> zzp indication -> review (like holdout14's 'zzp'er, bemiddeld via'). "
                     "Coördinator Welzijn, Gemeente Oldebroek 2021-06..2025-11 = 54 + Teamleider Jeugd en Gezin, "
                     "Gemeente Kampen 2014-09..2021-05 = 81 -> 135. Bachelor Social Work. 100 points."))

# ------------------------------------------------------------------------- Lies Vandenberghe (pdf)
# TRAP (wrong pass, knock-out 2 / criterion 4): the only higher education is a Flemish "Graduaat in het
# Sociaal Werk (HBO5)": it says HBO, diploma and Sociaal Werk, but HBO5 is the Flemish graduaat (short
# cycle, the level of the Dutch associate degree), not a bachelor -> ad, fail, not MWD.
LV6, LV7, LV8 = crits("Tiel", "Tiel voor elkaar", "een wijkkamer in Tiel-Oost, een budgetcafé en "
                      "buurtsportcoaches voor ouderen", "VGZ", "de overgang van vier wijkteams naar twee "
                      "gebiedsteams")
LV_EDU = "Graduaat in het Sociaal Werk (HBO5), CVO Antwerpen — diploma 2011"
lv = [pos("oktober 2014 – heden", "Teamleider Sociaal Wijkteam", "Gemeente Tiel",
          ["Leiding aan het sociaal wijkteam (14 medewerkers: Wmo, jeugd en schuldhulp); formatie, werving "
           "en budget.", LV6, LV7, LV8], ("2014-10", REF), 134, True),
      pos("januari 2012 – september 2014", "Wijkwerker", "Stichting Welzijn Tiel",
          ["Huisbezoeken, buurtactiviteiten en doorverwijzing."], ("2012-01", "2014-09"), 33, False)]
LV_RATE = "Uurtarief € 87,- (excl. btw)"
cv(file="Lies Vandenberghe.pdf", fmt="pdf", layout="single",
   name="Lies Vandenberghe", email="lies.vandenberghe@example.nl", phone="06-19274036", rate=LV_RATE,
   exp=lv, crit_text={"6": LV6, "7": LV7, "8": LV8}, refs=["Roel van Wijk", "Marjan Hoefnagels"],
   must_have=[LV_EDU],
   body=[("title", "Lies Vandenberghe"),
         ("p", "Tiel  |  06-19274036  |  lies.vandenberghe@example.nl"),
         ("pb", LV_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben opgegroeid en opgeleid in Antwerpen en werk sinds 2012 in Nederland. Al ruim elf jaar "
               "geef ik leiding aan het sociaal wijkteam van Tiel; ik zoek een nieuwe uitdaging als "
               "coördinator welzijn."),
         ("h", "Werkervaring"),
         ("pos", "datebold", lv),
         ("h", "Opleiding"),
         ("p", LV_EDU),
         ("p", "Secundair onderwijs (ASO, humane wetenschappen), Sint-Lievenscollege Antwerpen — 2008"),
         ("h", "Referenties"),
         ("p", "Roel van Wijk, afdelingsmanager Samenleving, gemeente Tiel, 06-19274037"),
         ("p", "Marjan Hoefnagels, wethouder Zorg en Welzijn, gemeente Tiel, 06-19274038")],
   expect=dict(pages=1, edu=("ad", False, False), coord=134, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail (target: a wrong PASS of knock-out 2, and a wrong criterion "
                     "4). 'Graduaat in het Sociaal Werk (HBO5), CVO Antwerpen — diploma 2011': in Flanders HBO5 "
                     "is the graduaat, a short-cycle programme of 90-120 credits at the level of the Dutch "
                     "associate degree; the Flemish bachelor is the 'professionele bachelor'. So the words HBO, "
                     "diploma and Sociaal Werk do not make a bachelor -> highest level ad, no hbo bachelor, not "
                     "MWD. Teamleider Sociaal Wijkteam, Gemeente Tiel 2014-10..2025-11 = 134. Wijkwerker: not "
                     "leading. 85 points; a wrong pass would rank her 2."))

# ------------------------------------------------------------------------- Gert Hazelaar (docx)
# TRAP (wrong pass, knock-out 2 / criterion 4): "Bachelor Social Work … 2004 – 2008 — 180 van de 240
# studiepunten (EC) behaald": no "niet afgerond", "propedeuse" or "gestopt", but three quarters of a
# bachelor is no bachelor -> mbo (MBO SPW diploma), fail, not MWD.
GH6, GH7, GH8 = crits("Dalfsen", "Dalfsen, samen sterk", "een ontmoetingsplek in Nieuwleusen, een "
                      "vrijwilligersvacaturebank en een preventieproject schulden", "Zilveren Kruis",
                      "de transitie van de jeugdhulp naar de gemeente")
GH_EDU = ("Bachelor Social Work (voltijd), Hogeschool Windesheim, 2004 – 2008 — 180 van de 240 studiepunten "
          "(EC) behaald")
gh = [pos("mei 2015 – heden", "Manager Zorg en Welzijn", "Gemeente Dalfsen",
          ["Leiding aan de teams Wmo, jeugd en welzijn (26 medewerkers, drie teamleiders); formatie en een "
           "budget van € 2,1 miljoen.", GH6, GH7, GH8], ("2015-05", REF), 127, True),
      pos("augustus 2008 – april 2015", "Coördinator Ouderenwerk", "Stichting Welzijn Dalfsen",
          ["Leiding aan zes ouderenadviseurs en 80 vrijwilligers."], ("2008-08", "2015-04"), 81, True)]
GH_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Gert Hazelaar.docx", fmt="docx", layout="header",
   header="Gert Hazelaar  ·  Dalfsen  ·  06-84027153  ·  gert.hazelaar@example.nl",
   name="Gert Hazelaar", email="gert.hazelaar@example.nl", phone="06-84027153", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7, "8": GH8}, refs=["Anja Koers", "Bert Nijenhuis"],
   must_have=[GH_EDU],
   body=[("title", "Curriculum vitae Gert Hazelaar"),
         ("pb", GH_RATE),
         ("h", "Profiel"),
         ("p", "Manager zorg en welzijn bij de gemeente Dalfsen; daarvoor zeven jaar coördinator ouderenwerk. "
               "Ik stuur op resultaat en houd het gesprek met inwoners en partners gaande."),
         ("h", "Werkervaring"),
         ("pos", "datebold", gh),
         ("h", "Opleiding"),
         ("p", GH_EDU),
         ("p", "MBO Sociaal-Pedagogisch Werk (niveau 4), Landstede Zwolle — diploma 2004"),
         ("h", "Referenties"),
         ("p", "Anja Koers, gemeentesecretaris, gemeente Dalfsen, 06-84027154"),
         ("p", "Bert Nijenhuis, directeur Stichting Welzijn Dalfsen, 06-84027155")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=208, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail (target: a wrong PASS of knock-out 2, and a wrong criterion "
                     "4). 'Bachelor Social Work (voltijd), Hogeschool Windesheim, 2004 – 2008 — 180 van de 240 "
                     "studiepunten (EC) behaald': a Dutch hbo bachelor is 240 EC; 180 is three of four years, no "
                     "diploma -> not completed; the highest completed level is the MBO SPW diploma -> mbo, "
                     "ko 2 fail, not MWD. Manager Zorg en Welzijn, Gemeente Dalfsen 2015-05..2025-11 = 127 + "
                     "Coördinator Ouderenwerk, Stichting Welzijn Dalfsen 2008-08..2015-04 = 81 -> 208. "
                     "85 points; a wrong pass would rank him 2."))

# ------------------------------------------------------------------------- Samira Chaouch (pdf)
# TRAP (wrong pass, knock-out 2 / criterion 4): the education is a table Periode | Opleiding | Instelling |
# Status; the bachelor row reads "2021 – heden | Bachelor Social Work (deeltijd) | … | lopend, 4e studiejaar"
# -> still studying; only an MBO SMD diploma -> mbo, fail, not MWD.
SC6, SC7, SC8 = crits("Deventer", "Deventer Dichtbij", "een buurtkamer in de Rivierenwijk, een "
                      "opvoedspreekuur en een schuldhulpmaatje-project", "Menzis", "de herinrichting van de "
                      "buurtteams naar vier gebiedsteams")
sc = [pos("01-2017 – heden", "Coördinator Buurtteams", "Gemeente Deventer",
          ["Leiding aan drie buurtteams (21 medewerkers); werkverdeling, formatie, werving en budget.",
           SC6, SC7, SC8], ("2017-01", REF), 107, True),
      pos("03-2010 – 12-2016", "Buurtteammedewerker", "Gemeente Deventer",
          ["Ondersteuning van huishoudens met meervoudige vragen."], ("2010-03", "2016-12"), 82, False)]
SC_ROWS = [("2021 – heden", "Bachelor Social Work (deeltijd)", "Hogeschool Saxion, Deventer",
            "lopend, 4e studiejaar"),
           ("2005 – 2009", "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4)", "ROC Aventus, Deventer",
            "diploma")]
SC_RATE = "Uurtarief € 85,- excl. btw"
cv(file="Samira Chaouch.pdf", fmt="pdf", layout="single",
   name="Samira Chaouch", email="samira.chaouch@example.nl", phone="06-62093817", rate=SC_RATE,
   exp=sc, crit_text={"6": SC6, "7": SC7, "8": SC8}, refs=["Thijs Brandsma", "Yvonne Krol"],
   must_have=["lopend, 4e studiejaar"],
   body=[("title", "Samira Chaouch"),
         ("p", "Deventer  |  06-62093817  |  samira.chaouch@example.nl"),
         ("pb", SC_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van de Deventer buurtteams, met vijftien jaar ervaring in de wijk. Ik combineer "
               "mijn werk met de deeltijdopleiding Social Work."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), sc),
         ("h", "Toelichting per functie"),
         ("tasks", sc),
         ("h", "Opleidingen"),
         ("table", ("Periode", "Opleiding", "Instelling", "Status"), SC_ROWS),
         ("h", "Referenties"),
         ("p", "Thijs Brandsma, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-62093818"),
         ("p", "Yvonne Krol, wethouder Zorg, gemeente Deventer, 06-62093819")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=107, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail (target: a wrong PASS of knock-out 2, and a wrong criterion "
                     "4). Education table row '2021 – heden | Bachelor Social Work (deeltijd) | Hogeschool Saxion "
                     "| lopend, 4e studiejaar' (the profile: she combines work with the part-time programme) -> "
                     "not completed; the only diploma is MBO SMD niveau 4 -> mbo, ko 2 fail, not MWD. "
                     "Coördinator Buurtteams, Gemeente Deventer 2017-01..2025-11 = 107. Buurtteammedewerker: not "
                     "leading. 85 points at EUR 85: a wrong pass would rank her 2."))

# ------------------------------------------------------------------------- Jolanda Pasman (docx)
# TRAP (wrong pass, knock-out 3): one position "maart 2020 – heden (met een onderbreking van 14
# maanden)"; its first bullet dates the two stretches in office, with 14 months of unpaid leave between
# them -> 27 + 28 = 55 -> fail (69 if the whole line is counted).
JP6, JP7, JP8 = crits("Nunspeet", "Nunspeet, samen thuis", "een dorpskamer in Elspeet, een mantelzorgpunt en "
                      "een formulierenspreekuur", "Zilveren Kruis", "de reorganisatie van de toegang tot één "
                      "sociaal team")
JP_HEAD = "maart 2020 – heden (met een onderbreking van 14 maanden)"
JP_SPLIT = ("In functie van maart 2020 – mei 2022 en van augustus 2023 – heden; daartussen veertien maanden "
            "onbetaald verlof (juni 2022 tot en met juli 2023) voor een wereldreis met ons gezin.")
JP_TASKS = ["Leiding aan het sociaal team (12 medewerkers: Wmo, jeugd, participatie); formatie, werving en "
            "budget.", JP6, JP7, JP8]
jp = [pos("maart 2020 – mei 2022", "Coördinator Sociaal Team", "Gemeente Nunspeet", JP_TASKS,
          ("2020-03", "2022-05"), 27, True),
      pos("augustus 2023 – heden", "Coördinator Sociaal Team", "Gemeente Nunspeet", [],
          ("2023-08", REF), 28, True),
      pos("september 2012 – februari 2020", "Wmo-consulent", "Gemeente Nunspeet",
          ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."], ("2012-09", "2020-02"), 90, False)]
JP_RATE = "Uurtarief: € 84,50 excl. btw"
cv(file="Jolanda Pasman.docx", fmt="docx", layout="single",
   name="Jolanda Pasman", email="jolanda.pasman@example.nl", phone="06-40817263", rate=JP_RATE,
   exp=jp, crit_text={"6": JP6, "7": JP7, "8": JP8}, refs=["Wim Schuurman", "Gea Boeve"],
   must_have=[JP_HEAD, JP_SPLIT],
   body=[("title", "Jolanda Pasman"),
         ("p", "Nunspeet  |  06-40817263  |  jolanda.pasman@example.nl"),
         ("pb", JP_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team van Nunspeet en daarvoor ruim zeven jaar Wmo-consulent in "
               "dezelfde gemeente. Ik ken de inwoners, de partners en de regels."),
         ("h", "Werkervaring"),
         ("pb", JP_HEAD),
         ("p", "Coördinator Sociaal Team — Gemeente Nunspeet"),
         ("bl", [JP_SPLIT] + JP_TASKS),
         ("pb", "september 2012 – februari 2020"),
         ("p", "Wmo-consulent — Gemeente Nunspeet"),
         ("bl", ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Wim Schuurman, afdelingsmanager Samenleving, gemeente Nunspeet, 06-40817264"),
         ("p", "Gea Boeve, wethouder Sociaal Domein, gemeente Nunspeet, 06-40817265")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=84.5,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3, and a wrong criterion "
                     "5 would follow only at 72). The position line reads 'maart 2020 – heden (met een "
                     "onderbreking van 14 maanden)'; its first bullet dates the stretches in office: 'maart 2020 – "
                     "mei 2022' (2020-03..2022-05 = 27) and 'augustus 2023 – heden' (2023-08..2025-11 = 28), with "
                     "'veertien maanden onbetaald verlof (juni 2022 tot en met juli 2023)' between them -> 55 "
                     "months of experience as coordinator (69 if the leave were counted: a wrong pass). "
                     "Wmo-consulent 2012-09..2020-02: no leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Wouter Kamminga (pdf)
# TRAP (wrong pass, knock-out 3): "Medewerker Coördinatiepunt Vrijwillige Inzet | Stichting Welzijn
# Barneveld" (87): "Coördinatiepunt" is the name of the unit he worked in, his role is medewerker ("geen
# leidinggevende taken") -> not relevant. Only Coördinator Mantelzorg en Vrijwilligers (56) -> fail.
WK6, WK7, WK8 = crits("Barneveld", "Barneveld zorgt", "een respijtpool voor mantelzorgers, een "
                      "vrijwilligersacademie en een maatjesproject", "CZ", "het verandertraject naar één "
                      "informele-zorgloket")
WK_MED = ("Matchen van vrijwilligers en hulpvragen, intakegesprekken, de vacaturebank en de "
          "vrijwilligersverzekering. Geen leidinggevende taken: het coördinatiepunt viel onder de teamleider "
          "Informele Zorg.")
wk = [pos("april 2021 – heden", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Barneveld",
          ["Leiding aan vijf consulenten mantelzorg en vrijwillige inzet; werkverdeling, werving en budget.",
           WK6, WK7, WK8], ("2021-04", REF), 56, True),
      pos("januari 2014 – maart 2021", "Medewerker Coördinatiepunt Vrijwillige Inzet", "Stichting Welzijn Barneveld",
          [WK_MED], ("2014-01", "2021-03"), 87, False)]
WK_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Wouter Kamminga.pdf", fmt="pdf", layout="single",
   name="Wouter Kamminga", email="wouter.kamminga@example.nl", phone="06-25710384", rate=WK_RATE,
   exp=wk, crit_text={"6": WK6, "7": WK7, "8": WK8}, refs=["Dineke Hop", "Arie van de Weerd"],
   must_have=[WK_MED],
   body=[("title", "Wouter Kamminga"),
         ("p", "Barneveld  |  06-25710384  |  wouter.kamminga@example.nl"),
         ("pb", WK_RATE),
         ("h", "Profiel"),
         ("p", "Bijna twaalf jaar werkzaam bij Stichting Welzijn Barneveld, eerst bij het coördinatiepunt "
               "vrijwillige inzet en sinds 2021 als coördinator mantelzorg en vrijwilligers."),
         ("h", "Werkervaring"),
         ("pos", "pipe", wk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Christelijke Hogeschool Ede — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Dineke Hop, directeur Stichting Welzijn Barneveld, 06-25710385"),
         ("p", "Arie van de Weerd, beleidsadviseur Wmo, gemeente Barneveld, 06-25710386")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and of criterion 5). "
                     "'Medewerker Coördinatiepunt Vrijwillige Inzet | Stichting Welzijn Barneveld' 2014-01.."
                     "2021-03 = 87: 'Coördinatiepunt' is the unit's name; the role is medewerker (matching "
                     "volunteers, intakes) and the CV says 'Geen leidinggevende taken' -> not relevant. Relevant "
                     "only Coördinator Mantelzorg en Vrijwilligers, Stichting Welzijn Barneveld 2021-04..2025-11 "
                     "= 56 -> fail (143 if counted: pass and criterion 5). Bachelor Social Work. 75 points."))

# ------------------------------------------------------------------------- Petra Hulsink (docx)
# TRAP (wrong pass, knock-out 3): "Manager Kinderopvang – Stichting Welzijn Nijkerk" (100): a manager at
# a welzijnsstichting, but of its childcare branch (day-care centres and after-school care paid by parents
# and the kinderopvangtoeslag) -> not the social domain. Relevant only Coördinator Welzijn Ouderen (43).
PH6, PH7, PH8 = crits("Nijkerk", "Nijkerk, iedereen telt mee", "een seniorenkamer in Hoevelaken, een "
                      "valpreventieproject en een boodschappendienst", "VGZ", "de herinrichting van het "
                      "ouderenwerk in drie kernen")
PH_KO = ("Leiding aan de kinderopvangtak van de stichting: drie kinderdagverblijven en twee bso's, 45 "
         "pedagogisch medewerkers. Exploitatie uit ouderbijdragen en kinderopvangtoeslag, registratie in het "
         "Landelijk Register Kinderopvang, inspecties en het pedagogisch beleidsplan.")
ph = [pos("augustus 2017 – heden", "Manager Kinderopvang", "Stichting Welzijn Nijkerk", [PH_KO],
          ("2017-08", REF), 100, False),
      pos("januari 2014 – juli 2017", "Coördinator Welzijn Ouderen", "Stichting Welzijn Nijkerk",
          ["Leiding aan vijf ouderenadviseurs en 60 vrijwilligers; budget en werving.", PH6, PH7, PH8],
          ("2014-01", "2017-07"), 43, True),
      pos("september 2008 – december 2013", "Ouderenadviseur", "Stichting Welzijn Nijkerk",
          ["Huisbezoeken en advies aan ouderen."], ("2008-09", "2013-12"), 64, False)]
PH_RATE = "€ 86,- per uur excl. btw"
cv(file="Petra Hulsink.docx", fmt="docx", layout="sidebar",
   name="Petra Hulsink", email="petra.hulsink@example.nl", phone="06-93027418", rate=PH_RATE,
   exp=ph, crit_text={"6": PH6, "7": PH7, "8": PH8}, refs=["Hans Verweij", "Tineke Bos"],
   must_have=[PH_KO],
   left=[("h", "Contact"), ("p", "petra.hulsink@example.nl"), ("p", "06-93027418"), ("p", "Nijkerk"),
         ("h", "Tarief"), ("p", PH_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Sturen op resultaat", "Coachend leidinggeven"])],
   right=[("title", "Petra Hulsink"),
          ("h", "Profiel"),
          ("p", "Ruim elf jaar leidinggevende bij Stichting Welzijn Nijkerk, eerst in het ouderenwerk en nu als "
                "manager. Ik houd van bouwen aan een organisatie waar medewerkers graag werken."),
          ("h", "Werkervaring"),
          ("pos", "sample", ph),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2008"),
          ("h", "Referenties"),
          ("p", "Hans Verweij, directeur-bestuurder Stichting Welzijn Nijkerk, 06-93027419"),
          ("p", "Tineke Bos, wethouder Welzijn, gemeente Nijkerk, 06-93027420")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=43, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and of criterion 5). "
                     "'Manager Kinderopvang – Stichting Welzijn Nijkerk' 2017-08..2025-11 = 100: a manager at a "
                     "welzijnsstichting, but of its childcare branch (kinderdagverblijven, bso's, ouderbijdragen, "
                     "kinderopvangtoeslag, Landelijk Register Kinderopvang): childcare under the Wet kinderopvang "
                     "is not the sociaal domein (Wmo, jeugdhulp, participatie, welzijn) -> not relevant. Relevant "
                     "only Coördinator Welzijn Ouderen, Stichting Welzijn Nijkerk 2014-01..2017-07 = 43 -> fail "
                     "(143 if counted). Ouderenadviseur: not leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Harmen Dijkstra (pdf)
# TRAP (wrong pass, references): two lines under "Referenties"; the second names no person, only the
# gemeente's switchboard ("algemeen nummer 14 0516, vraag naar het team Maatschappelijke Ondersteuning")
# -> 1 referee, not on request -> references fail.
HD6, HD7, HD8 = crits("Opsterland", "Mienskip in Opsterland", "dorpsteams in Beetsterzwaag en Gorredijk, een "
                      "mantelzorgwaardering en een taalhuis", "De Friesland", "de invoering van dorpsteams")
HD_R1 = "Annet Zwart, afdelingsmanager Samenleving, gemeente Opsterland, 06-30582917"
HD_R2 = ("Gemeente Heerenveen, algemeen nummer 14 0513 — vraag naar het team Maatschappelijke "
         "Ondersteuning")
hd = [pos("mei 2016 – heden", "Teamleider Maatschappelijke Ondersteuning", "Gemeente Opsterland",
          ["Leiding aan het Wmo-team en de dorpsteams (17 medewerkers); formatie, werving en budget.",
           HD6, HD7, HD8], ("2016-05", REF), 115, True),
      pos("februari 2011 – april 2016", "Coördinator Wmo-loket", "Gemeente Heerenveen",
          ["Leiding aan het Wmo-loket (7 consulenten)."], ("2011-02", "2016-04"), 63, True)]
HD_RATE = "Uurtarief: € 87,- excl. btw"
cv(file="Harmen Dijkstra.pdf", fmt="pdf", layout="single",
   name="Harmen Dijkstra", email="harmen.dijkstra@example.nl", phone="06-30582916", rate=HD_RATE,
   exp=hd, crit_text={"6": HD6, "7": HD7, "8": HD8}, refs=["Annet Zwart"],
   must_have=[HD_R1, HD_R2],
   body=[("title", "Harmen Dijkstra"),
         ("p", "Gorredijk  |  06-30582916  |  harmen.dijkstra@example.nl"),
         ("pb", HD_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein in Friesland, met veertien jaar leidinggevende ervaring bij "
               "twee gemeenten."),
         ("h", "Werkervaring"),
         ("pos", "next", hd),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden — diploma 2004"),
         ("h", "Referenties"),
         ("p", HD_R1),
         ("p", HD_R2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=178, refs=(1, False), zzp=False, hourly=87.0,
               crit=FULL,
               notes="ONE REASON: references fail (target: a wrong PASS of the references check). Two lines under "
                     "'Referenties': 'Annet Zwart, afdelingsmanager Samenleving, gemeente Opsterland, 06-…' (a "
                     "referee) and 'Gemeente Heerenveen, algemeen nummer 14 0513 — vraag naar het team "
                     "Maatschappelijke Ondersteuning': an organisation's switchboard, no named person and no "
                     "function of one -> 1 reference, nothing offered on request -> fail. Teamleider "
                     "Maatschappelijke Ondersteuning, Gemeente Opsterland 2016-05..2025-11 = 115 + Coördinator "
                     "Wmo-loket, Gemeente Heerenveen 2011-02..2016-04 = 63 -> 178. HBO MWD. 100 points; a wrong "
                     "pass would rank him 1 or 2."))

# ------------------------------------------------------------------------- Sjoukje Hoekstra (docx)
# TRAP (wrong pass, Dutch check): the CV is written in Frisian (Frysk), the second official language of the
# Netherlands; names of employers, Wmo and the like are Dutch. Not "opgesteld in het Nederlands" -> fy,
# fail. Otherwise strong (Teamlieder Sosjaal Team, Gemeente Smellingerlân, 130; Bachelor Social Work).
SH6 = ("Foarbyld fan belied nei resultaat: de nota 'Mei-inoar yn Smellingerlân' haw ik mei it team "
       "omset nei in jierwurkplan mei konkrete projekten (in doarpskeamer yn Boelenslaan, in "
       "mantelsoarchpunt en in formulierenspreekoere), elk mei mjitbere doelen.")
SH7 = ("Ik wurkje gear mei soarchoanbieders, húsdokters, de GGD, soarchfersekerder De Friesland en in "
       "publyk-privee gearwurking (PPS) mei pleatslike bedriuwen foar wurkûnderfiningsplakken.")
SH8 = ("Projektlieder fan de reorganisaasje fan de tagong ta Wmo en jeugd: projektplan, stjoergroep en "
       "evaluaasje.")
sh = [pos("jannewaris 2015 – oktober 2025", "Teamlieder Sosjaal Team", "Gemeente Smellingerlân",
          ["Lieding oan it sosjaal team (15 meiwurkers: Wmo, jeugd en partisipaasje); formaasje, "
           "wervingen en budzjet.", SH6, SH7, SH8], ("2015-01", "2025-10"), 130, True),
      pos("augustus 2008 – novimber 2014", "Wykwurker", "Stichting Welzijn De Wâlden",
          ["Húsbesites, buertaktiviteiten en trochferwizing."], ("2008-08", "2014-11"), 76, False)]
SH_RATE = "Oeretaryf: € 86,- eksklusyf btw"
cv(file="Sjoukje Hoekstra.docx", fmt="docx", layout="single",
   name="Sjoukje Hoekstra", email="sjoukje.hoekstra@example.nl", phone="06-58204719", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Durk Wiersma", "Baukje Hettinga"],
   must_have=["Dit cv haw ik bewust yn it Frysk skreaun"],
   body=[("title", "Sjoukje Hoekstra"),
         ("p", "Drachten  |  06-58204719  |  sjoukje.hoekstra@example.nl"),
         ("pb", SH_RATE),
         ("h", "Profyl"),
         ("p", "Ik bin in betûfte teamlieder yn it sosjaal domein. Tsien jier lang haw ik lieding jûn oan it "
               "sosjaal team fan de gemeente Smellingerlân; sûnt novimber bin ik beskikber foar in nije "
               "opdracht. Ik ferbyn belied en útfiering, coach meiwurkers en doar knopen troch te hakjen. "
               "Dit cv haw ik bewust yn it Frysk skreaun: it is myn memmetaal en de taal fan myn wurk."),
         ("h", "Wurkûnderfining"),
         ("pos", "datebold", sh),
         ("h", "Oplieding"),
         ("p", "Bachelor Social Work, NHL Hegeskoalle Ljouwert — diploma 2008"),
         ("h", "Talen"),
         ("p", "Frysk (memmetaal), Nederlânsk (goed), Ingelsk (redlik)"),
         ("h", "Referinsjes"),
         ("p", "Durk Wiersma, ôfdielingsmanager Mienskip, gemeente Smellingerlân, 06-58204720"),
         ("p", "Baukje Hettinga, wethâlder Soarch en Wolwêzen, gemeente Smellingerlân, 06-58204721")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=130, refs=(2, False), zzp=False, hourly=86.0,
               crit=FULL, lang="fy",
               notes="ONE REASON: Dutch check fail (target: a wrong PASS of the language check). The whole CV is "
                     "Frisian (Frysk: 'Ik bin in betûfte teamlieder', 'Wurkûnderfining', 'Oplieding', "
                     "'Referinsjes', 'Dit cv haw ik bewust yn it Frysk skreaun'); only proper names (Gemeente "
                     "Smellingerlân, Stichting Welzijn De Wâlden), Wmo, GGD, PPS and the degree are Dutch. Frisian "
                     "is a language of its own (the second official language of the Netherlands), so the CV is "
                     "not 'opgesteld in het Nederlands' -> language fy, fail. The other fields are the truth "
                     "(convention for foreign-language CVs): Teamlieder Sosjaal Team, Gemeente Smellingerlân "
                     "2015-01..2025-10 = 130 (closed: she left in October and is available now); Wykwurker: not "
                     "leading; Bachelor Social Work -> MWD; 2 'Referinsjes'; 'Oeretaryf: € 86,-'. 100 points."))
