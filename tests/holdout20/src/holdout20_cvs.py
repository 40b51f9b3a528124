# -*- coding: utf-8 -*-
"""Holdout round 20 for zeef: a SECOND batch of CVs as secondment agencies and interim bureaus submit them,
in house styles round 14 did not use: a cover page with the agency's logo text and a "Kandidaatprofiel"
summary box before the CV; the candidate's details in a table with the agency's details in the page FOOTER;
a "Toelichting op de gunningscriteria" written in prose by the account manager that either only CLAIMS the
criteria ("Kandidaat heeft ruime ervaring met ...") or points to concrete positions that do show them; an
interim bureau that is the candidate's own one-person B.V. ("Interim Sociaal Domein B.V., directeur: ...");
a candidate on the agency's payroll ("via payrolling"); rates "all-in" vs "excl. reiskosten"; the agency's
own references ("Referenties bureau: gemeente X, gemeente Y" - organisations, not persons) vs real referees.
Written without looking at the pipeline's source or rules/, with hand-checked expectations.

Every person, agency, KvK number, phone number, e-mail address and reference here is made up. Employers are
real municipalities and fictional welfare foundations, hospitals, care providers and companies.

Same shape as tests/holdout14/src/holdout14_cvs.py (built and checked by tests/holdout2/src/build.py and
expected.py, see tests/holdout20/make-holdout20.sh); see tests/holdout2/src/cvset.py for the field list.
New here: the "footer" key (page-footer text), rendered by tests/holdout/src/layout.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


def box(rows):
    """The agency's 'Kandidaatprofiel' summary box on the cover page (a grid table)."""
    return ("table", ("Kandidaatprofiel", ""), rows)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Hester Kuipers (pdf)
# Cover page (logo text, Kandidaatprofiel box, agency contact) before the CV; Europass positions; full marks;
# two real referees plus the agency's own "Referenties bureau" (organisations); "€ 92,50 ... all-in".
HK6 = ("Voorbeeld beleid naar resultaat: de Hattemse beleidsnota 'Meedoen in Hattem' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een mantelzorgpunt, een wijkcoach per buurt, een aanpak "
       "eenzaamheid) met meetbare doelen en een halfjaarlijkse rapportage aan het college.")
HK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met de woningcorporatie en lokale werkgevers.")
HK8 = ("Projectleider van de reorganisatie van het Wmo-loket en het jeugdteam tot één sociaal team: projectplan, "
       "stuurgroep, implementatie en evaluatie.")
hk = [pos("01/2019 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (14 consulenten Wmo, jeugd en participatie); formatie, "
           "urenverdeling en budget.", HK6, HK7, HK8],
          ("2019-01", REF), 83, True),
      pos("03/2013 – 12/2018", "Teamleider Welzijn Ouderen", "Stichting Welzijn Zwolle",
          ["Leiding aan ouderenadviseurs en mantelzorgconsulenten (9 beroepskrachten)."],
          ("2013-03", "2018-12"), 70, True),
      pos("09/2008 – 02/2013", "Maatschappelijk werker", "Stichting Welzijn Zwolle",
          ["Kortdurende hulpverlening aan inwoners en gezinnen."],
          ("2008-09", "2013-02"), 54, False)]
HK_RATE = "€ 92,50 per uur all-in (excl. btw)"
cv(file="Hester Kuipers.pdf", fmt="pdf", layout="single",
   name="Hester Kuipers", email="h.kuipers@example.nl", phone="06-27384910", rate=HK_RATE,
   exp=hk, crit_text={"6": HK6, "7": HK7, "8": HK8}, refs=["Marjolein Teunissen", "Gerard Lubbers"],
   zzp_negated=["KvK 71234590"],
   must_have=["Referenties bureau: gemeente Zwolle, gemeente Kampen, gemeente Dronten"],
   body=[("title", "◆ SOCIAAL KOMPAS"),
         ("pb", "detachering in het sociaal domein"),
         ("h", "Aanbieding coördinator welzijn, gemeente Heerde"),
         box([("Kandidaat", "Hester Kuipers"),
              ("Functie", "Coördinator welzijn (24 uur per week)"),
              ("Beschikbaar", "per 1 december 2025 tot en met 30 juni 2026"),
              ("Ervaring", "ruim 12 jaar leidinggevende ervaring in welzijn en sociaal domein"),
              ("Opleiding", "HBO Maatschappelijk Werk en Dienstverlening"),
              ("Dienstverband", "in loondienst bij Sociaal Kompas Detachering B.V., gedetacheerd"),
              ("Tarief", HK_RATE)]),
         ("p", "Sociaal Kompas Detachering B.V. · Burgemeester Roelenweg 10, 8021 EV Zwolle · KvK 71234590 · "
               "contactpersoon Lieke Brouwers (accountmanager), 038-4217730, lieke@sociaalkompas.example.nl"),
         ("break",),
         ("title", "Curriculum vitae"),
         ("rows", [("Naam", ["Hester Kuipers"]), ("Woonplaats", ["Wapenveld"]), ("Telefoon", ["06-27384910"]),
                   ("E-mail", ["h.kuipers@example.nl"])]),
         ("h", "Profiel"),
         ("p", "Verbindende coördinator die welzijn en zorg van binnenuit kent en teams meeneemt in verandering. "
               "Woont in Wapenveld en kent Heerde en Stip goed."),
         ("h", "Werkervaring"),
         ("eu_pos", hk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2008"),
         ("h", "Cursussen"),
         ("bl", ["Werken met DA Systems — 2022", "Coachend leidinggeven — 2017"]),
         ("h", "Referenties"),
         ("p", "Marjolein Teunissen, afdelingsmanager Samenleving, gemeente Hattem, 038-4431220"),
         ("p", "Gerard Lubbers, directeur Stichting Welzijn Zwolle, 038-4520917"),
         ("p", "Referenties bureau: gemeente Zwolle, gemeente Kampen, gemeente Dronten (opdrachtgevers van "
               "Sociaal Kompas).")],
   expect=dict(pages=3, edu=("hbo", True, True), coord=153, refs=(2, False), zzp=False, hourly=92.5,
               crit=(15, 25, 15, 20, 25),
               notes="Cover page (logo text, Kandidaatprofiel box, agency contact), then the CV on pages 2-3. "
                     "Coördinator Sociaal Team, Gemeente Hattem '01/2019 – heden' = 2019-01..2025-11 (83) + "
                     "Teamleider Welzijn Ouderen, Stichting Welzijn Zwolle '03/2013 – 12/2018' (70), "
                     "contiguous -> 153. Maatschappelijk werker: not relevant. HBO MWD -> mwd. References: the two "
                     "named persons; the agency's 'Referenties bureau' (its client municipalities, where she did "
                     "not work) are no referees for her -> 2. Agency KvK, 'in loondienst ... gedetacheerd' -> zzp "
                     "false. Candidate contact from the CV's table, not the account manager's. 100 points, 92.5 "
                     "-> rank 1 (tie with Frank de Wit won on rate)."))

# ------------------------------------------------------------------------- Frank de Wit (pdf)
# Agency in the page header; the candidate is on the agency's payroll ("via payrolling") -> not zzp.
FW6 = ("Voorbeeld beleid naar resultaat: het Noordoostpolderse beleidsplan Sociaal Domein heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een sociaal loket in elk dorp, vroegsignalering schulden) en "
       "een kwartaalrapportage aan de wethouder.")
FW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Flevoland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie.")
FW8 = "Projectleider van het verandertraject 'Eén toegang Noordoostpolder': projectplan, stuurgroep en evaluatie."
fw = [pos("augustus 2018 – heden", "Manager Welzijn en Zorg", "Gemeente Noordoostpolder",
          ["Leiding aan de teams Wmo, jeugd en welzijn (22 medewerkers); formatie, werving & selectie en budget.",
           FW6, FW7, FW8],
          ("2018-08", REF), 88, True),
      pos("juni 2013 – juli 2018", "Coördinator Buurtteams", "Stichting Welzijn Noordoostpolder",
          ["Coördinatie van vier buurtteams (18 professionals); werkverdeling en kwaliteit."],
          ("2013-06", "2018-07"), 62, True),
      pos("2008 – 2013", "Opbouwwerker", "Stichting Welzijn Noordoostpolder",
          ["Bewonersinitiatieven en buurtnetwerken in Emmeloord."],
          ("2008-01", "2013-12"), 72, False, yearonly=True)]
FW_RATE = "€ 95,00 all-in (excl. btw)"
cv(file="Frank de Wit.pdf", fmt="pdf", layout="header",
   header="Detavast Sociaal B.V.  |  Industrieweg 14, 8304 AD Emmeloord  |  KvK 74561238  |  Accountmanager: "
          "Ellen Postma, 0527-691024, ellen@detavast.example.nl",
   name="Frank de Wit", email="frank.dewit@example.nl", phone="06-53817264", rate=FW_RATE,
   exp=fw, crit_text={"6": FW6, "7": FW7, "8": FW8}, refs=["Annet Hoekstra", "Sjoerd Bakema"],
   zzp_negated=["KvK 74561238"],
   must_have=["via payrolling in loondienst bij Detavast Sociaal B.V."],
   body=[("title", "Curriculum vitae Frank de Wit"),
         ("rows", [("Naam", ["Frank de Wit"]), ("Woonplaats", ["Emmeloord"]), ("Telefoon", ["06-53817264"]),
                   ("E-mail", ["frank.dewit@example.nl"]),
                   ("Dienstverband", ["via payrolling in loondienst bij Detavast Sociaal B.V."]),
                   ("Beschikbaarheid", ["per 1 december 2025, 24 uur per week"]), ("Tarief", [FW_RATE])]),
         ("h", "Profiel"),
         ("p", "Frank is een besluitvaardige manager die structuur brengt in teams en werkprocessen en graag in "
               "een kleine gemeente werkt."),
         ("h", "Werkervaring"),
         ("pos", "pipe", fw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Annet Hoekstra, gemeentesecretaris gemeente Noordoostpolder, 0527-633911"),
         ("p", "Sjoerd Bakema, directeur-bestuurder Stichting Welzijn Noordoostpolder, 0527-618240")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=150, refs=(2, False), zzp=False, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="Manager Welzijn en Zorg, Gemeente Noordoostpolder 'augustus 2018 – heden' = 2018-08..2025-11 "
                     "(88) + Coördinator Buurtteams, Stichting Welzijn Noordoostpolder 'juni 2013 – juli 2018' "
                     "(62), contiguous -> 150. Opbouwwerker: not relevant. HBO MWD -> mwd. 'via payrolling in "
                     "loondienst bij Detavast Sociaal B.V.': an employee of the payroll/agency B.V., not "
                     "self-employed -> zzp false, ko 1 pass. Candidate phone/e-mail from the table, not the "
                     "header's account manager. 100 points, 95 -> rank 2 (tie lost on rate)."))

# ------------------------------------------------------------------------- Dennis Hoogland (docx)
# Candidate details in a table, the agency (name with "Interim", KvK, account manager) in the page FOOTER;
# experience table + tasks; HBO Bestuurskunde (not MWD); "excl. reiskosten".
DH6 = ("Voorbeeld beleid naar resultaat: de Dalfsense visie Meedoen heb ik vertaald naar een uitvoeringsplan met "
       "concrete projecten (een participatiewerkplaats, een vast aanspreekpunt per kern) met meetbare resultaten.")
DH7 = ("Samenwerking met zorgaanbieders, huisartsen, het UWV, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met lokale werkgevers voor leerwerkplekken.")
DH8 = "Projectleider van de transitie van Wmo-loket en participatieteam naar één sociaal team, met projectplan."
dh = [pos("05-2017 – heden", "Teamleider Wmo en Participatie", "Gemeente Dalfsen",
          ["Leiding aan 15 consulenten Wmo en participatie; formatie, werving & selectie en budget.",
           DH6, DH7, DH8],
          ("2017-05", REF), 103, True),
      pos("02-2012 – 04-2017", "Consulent Wmo", "Gemeente Dalfsen",
          ["Keukentafelgesprekken en indicaties."],
          ("2012-02", "2017-04"), 63, False),
      pos("2007 – 2011", "Ambulant begeleider", "Begeleidingsdienst Salland B.V.",
          ["Begeleiding van jongvolwassenen thuis."],
          ("2007-01", "2011-12"), 60, False, yearonly=True)]
DH_RATE = "€ 88,- per uur (excl. btw en excl. reiskosten)"
BRUG = "Brugwerk Interim Professionals B.V."
cv(file="Dennis Hoogland.docx", fmt="docx", layout="single",
   footer=f"{BRUG} · Stationsweg 3, 8011 CZ Zwolle · KvK 69012347 · accountmanager Tim Hazeleger, 038-7501290, "
          "tim@brugwerk.example.nl",
   name="Dennis Hoogland", email="dennis.hoogland@example.nl", phone="06-70281934", rate=DH_RATE,
   exp=dh, crit_text={"6": DH6, "7": DH7, "8": DH8}, refs=["Wouter Smit", "Esther Klaassen"],
   zzp_negated=[BRUG, "KvK 69012347"],
   body=[("title", "Curriculum vitae"),
         ("rows", [("Naam", ["Dennis Hoogland"]), ("Woonplaats", ["Dalfsen"]), ("Geboortejaar", ["1982"]),
                   ("Telefoon", ["06-70281934"]), ("E-mail", ["dennis.hoogland@example.nl"]),
                   ("Beschikbaarheid", ["per 1 december 2025, 24 uur per week"]),
                   ("Uurtarief", [DH_RATE]),
                   ("Dienstverband", ["in loondienst bij " + BRUG + ", gedetacheerd"])]),
         ("h", "Profiel"),
         ("p", "Dennis is een nuchtere teamleider die een team richting geeft en medewerkers coacht."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), dh),
         ("h", "Taken en resultaten"),
         ("tasks", dh),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Hogeschool Deventer — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Wouter Smit, afdelingsmanager Sociaal Domein, gemeente Dalfsen, 0529-488120"),
         ("p", "Esther Klaassen, beleidsadviseur Wmo, gemeente Dalfsen, 0529-488177")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=103, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 15, 20, 25),
               notes="Teamleider Wmo en Participatie, Gemeente Dalfsen '05-2017 – heden' = 2017-05..2025-11 (103). "
                     "Consulent Wmo, ambulant begeleider: not relevant. HBO Bestuurskunde -> hbo, not MWD -> "
                     "criterion 4 = 0. The agency (its name contains 'Interim'), its KvK and the account manager "
                     "stand in the page footer; the CV says he is employed by it and seconded -> zzp false; the "
                     "account manager's phone/e-mail are not the candidate's. 'excl. btw en excl. reiskosten' -> "
                     "88. 85 points -> rank 3."))

# ------------------------------------------------------------------------- Joris van Dam (docx)
# Second cover-page style (DOCX, agency logo text in the page header); criterion 7 absent.
JD6 = ("Voorbeeld beleid naar resultaat: de Kamper nota Wijkgericht Werken heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een wijkspreekuur in elke wijk, een vaste contactpersoon voor mantelzorgers) en een "
       "halfjaarlijkse rapportage.")
JD8 = "Projectleider van de reorganisatie van drie wijkteams tot twee gebiedsteams, met projectplan en evaluatie."
jd = [pos("oktober 2016 – heden", "Teamleider Gebiedsteam", "Gemeente Kampen",
          ["Leiding aan het gebiedsteam Kampen-Zuid (12 consulenten); werkverdeling, formatie en budget.",
           JD6, JD8],
          ("2016-10", REF), 110, True),
      pos("2010 – 2016", "Consulent Wmo", "Gemeente Kampen",
          ["Keukentafelgesprekken, indicaties en herindicaties."],
          ("2010-01", "2016-12"), 84, False, yearonly=True)]
JD_RATE = "€ 89,- per uur all-in"
cv(file="Joris van Dam.docx", fmt="docx", layout="header",
   header="VECHTDAL DETACHERING  —  mensen voor het sociaal domein",
   name="Joris van Dam", email="joris.vandam@example.nl", phone="06-41928375", rate=JD_RATE,
   exp=jd, crit_text={"6": JD6, "8": JD8}, refs=["Ria Mulder", "Henk Jonker"],
   zzp_negated=["KvK 80917263"],
   body=[("title", "Vechtdal Detachering"),
         ("h", "Kandidaatprofiel"),
         box([("Kandidaat", "Joris van Dam, Kampen"),
              ("Opdracht", "Coördinator welzijn, gemeente Heerde"),
              ("Beschikbaarheid", "per 1 december 2025, 24 uur per week"),
              ("Kern", "teamleider gebiedsteam, ruim 9 jaar leidinggevende ervaring"),
              ("Tarief", JD_RATE),
              ("Dienstverband", "in vaste dienst bij Vechtdal Detachering B.V.")]),
         ("p", "Vechtdal Detachering B.V., Ommerweg 2, 7731 CA Ommen, KvK 80917263. Accountmanager: Bram "
               "Scholten, 0529-451870, bram@vechtdal.example.nl"),
         ("break",),
         ("title", "Curriculum vitae Joris van Dam"),
         ("rows", [("Telefoon", ["06-41928375"]), ("E-mail", ["joris.vandam@example.nl"]),
                   ("Woonplaats", ["Kampen"])]),
         ("h", "Werkervaring"),
         ("pos", "sample", jd),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Ria Mulder, afdelingshoofd Sociaal Domein, gemeente Kampen, 038-3392810"),
         ("p", "Henk Jonker, wethouder gemeente Kampen, 038-3392700")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=110, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 0, 25),
               notes="Cover page (logo text in the page header, Kandidaatprofiel box, agency contact), then the "
                     "CV. Teamleider Gebiedsteam, Gemeente Kampen 'oktober 2016 – heden' = 2016-10..2025-11 (110). "
                     "Consulent Wmo: not relevant. HBO MWD -> mwd. No work with care providers, insurers or other "
                     "welfare partners anywhere -> criterion 7 = 0. 'in vaste dienst' at the agency, agency KvK -> "
                     "zzp false. 80 points -> rank 4."))

# ------------------------------------------------------------------------- Nadia El Idrissi (pdf)
# Header agency; the Toelichting claims "ruim 9 jaar leidinggevende ervaring in zorg en welzijn" (wens 5), but
# 53 of those months are at a home-care B.V. -> 63 relevant months: ko 3 pass, criterion 5 = 0.
NE6 = ("Voorbeeld beleid naar resultaat: de Raalter mantelzorgnota heb ik vertaald naar concrete projecten (een "
       "respijtpool, een mantelzorgwaardering, een steunpunt in elke kern) met een jaarlijkse evaluatie.")
NE7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Salland en een "
       "publiek-private samenwerking (PPS) met lokale ondernemers voor vrijwilligersvervoer.")
NE8 = "Projectleider van de herinrichting van het steunpunt mantelzorg tot een wijkgericht netwerk."
ne = [pos("09/2020 – heden", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Raalte",
          ["Coördinatie van twee mantelzorgconsulenten en ruim 120 vrijwilligers; budget en verantwoording.",
           NE6, NE7, NE8],
          ("2020-09", REF), 63, True),
      pos("04/2016 – 08/2020", "Teamleider Thuiszorg", "Thuiszorg IJsselland B.V.",
          ["Leiding aan een team van 16 verzorgenden en helpenden."],
          ("2016-04", "2020-08"), 53, False),
      pos("2011 – 2016", "Maatschappelijk werker", "Stichting Welzijn Raalte",
          ["Kortdurende hulpverlening en schuldhulp."],
          ("2011-01", "2016-12"), 72, False, yearonly=True)]
NE_RATE = "€ 84,- per uur all-in"
cv(file="Nadia El Idrissi.pdf", fmt="pdf", layout="header",
   header="Talentbrug Sociaal Domein B.V.  ·  Kerkstraat 21, 8101 EG Raalte  ·  KvK 75290184  ·  "
          "accountmanager Sven Dijkhuis, 0572-370915, sven@talentbrug.example.nl",
   name="Nadia El Idrissi", email="nadia.elidrissi@example.nl", phone="06-18273645", rate=NE_RATE,
   exp=ne, crit_text={"6": NE6, "7": NE7, "8": NE8}, refs=["Petra Nijhof", "Bert Wessels"],
   zzp_negated=["KvK 75290184", "lokale ondernemers"],
   must_have=["ruim 9 jaar leidinggevende ervaring in zorg en welzijn"],
   body=[("title", "Nadia El Idrissi"),
         ("p", "Raalte · 06-18273645 · nadia.elidrissi@example.nl · in loondienst bij Talentbrug Sociaal Domein "
               "B.V. · Tarief " + NE_RATE + " (excl. btw)"),
         ("h", "Toelichting op de gunningscriteria"),
         ("p", "Nadia heeft ruim 9 jaar leidinggevende ervaring in zorg en welzijn en voldoet daarmee aan eis 3 "
               "en wens 5. Zij heeft de opleiding Social Work afgerond (wens 4). Kandidaat heeft ruime ervaring "
               "met het vertalen van beleid naar projecten, met samenwerkingspartners en met veranderopgaven "
               "(wensen 6, 7 en 8)."),
         ("h", "Werkervaring"),
         ("eu_pos", ne),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Petra Nijhof, directeur Stichting Welzijn Raalte, 0572-351200"),
         ("p", "Bert Wessels, regiomanager Thuiszorg IJsselland B.V., 0570-628410")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=63, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="The agency's Toelichting claims 'ruim 9 jaar leidinggevende ervaring in zorg en welzijn' "
                     "for wens 5; that adds Teamleider Thuiszorg at Thuiszorg IJsselland B.V. (a care provider "
                     "B.V., neither gemeente nor welzijnsstichting, 53). Relevant: only Coördinator Mantelzorg en "
                     "Vrijwilligers, Stichting Welzijn Raalte '09/2020 – heden' = 2020-09..2025-11 (63): >= 60 -> "
                     "ko 3 pass, < 72 -> criterion 5 = 0, all month-exact. Maatschappelijk werker: not relevant. "
                     "Bachelor Social Work -> mwd. 'in loondienst bij' the agency -> zzp false. 75 points -> "
                     "rank 5."))

# ====================================================================================== not eligible
# ------------------------------------------------------------------------- Rutger Alberts (docx)
# The Toelichting points to concrete positions that do show the criteria; but the only references are the
# agency's own ("Referenties bureau: gemeente ..."), organisations, no persons -> references fail.
RA6 = ("Voorbeeld beleid naar resultaat: de Raalter Koers Sociaal Domein heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een sociaal makelaar per kern, een preventieaanpak jeugd) met meetbare doelen.")
RA7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Salland en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie.")
RA8 = "Projectleider van de reorganisatie van de toegang tot één sociaal team, met projectplan en stuurgroep."
ra = [pos("februari 2019 – heden", "Manager Sociaal Domein", "Gemeente Raalte",
          ["Leiding aan de teams Wmo, jeugd en participatie (26 medewerkers); formatie en budget.",
           RA6, RA7, RA8],
          ("2019-02", REF), 82, True),
      pos("januari 2014 – januari 2019", "Coördinator Wijkteams", "Stichting Welzijn Ommen",
          ["Coördinatie van drie wijkteams; werkverdeling en kwaliteit."],
          ("2014-01", "2019-01"), 61, True),
      pos("2009 – 2013", "Wijkwerker", "Stichting Welzijn Ommen",
          ["Opbouwwerk en bewonersinitiatieven."],
          ("2009-01", "2013-12"), 60, False, yearonly=True)]
RA_RATE = "Uurtarief € 90,- excl. btw, excl. reiskosten (€ 0,23 per km)"
cv(file="Rutger Alberts.docx", fmt="docx", layout="single",
   name="Rutger Alberts", email="rutger.alberts@example.nl", phone="06-92817364", rate=RA_RATE,
   exp=ra, crit_text={"6": RA6, "7": RA7, "8": RA8}, refs=[],
   zzp_negated=["KvK 77340129"],
   must_have=["Referenties bureau: gemeente Zwolle, gemeente Kampen, gemeente Dronten"],
   body=[("p", "Aangeboden door Kernkracht Detachering B.V., Grote Markt 5, 8011 LV Zwolle, KvK 77340129; "
               "contactpersoon Youssef Amrani, 038-2041875, y.amrani@kernkracht.example.nl"),
         ("title", "Curriculum vitae Rutger Alberts"),
         ("p", "Ommen · 06-92817364 · rutger.alberts@example.nl · in vaste dienst bij Kernkracht Detachering B.V."),
         ("p", RA_RATE),
         ("h", "Toelichting op de gunningscriteria"),
         ("p", "Rutger heeft ruim elf jaar ervaring als leidinggevende in het sociaal domein: sinds februari 2019 "
               "als manager Sociaal Domein bij de gemeente Raalte en daarvoor vijf jaar als coördinator "
               "wijkteams bij Stichting Welzijn Ommen (zie werkervaring). Het voorbeeld voor wens 6, de "
               "samenwerkingspartners (wens 7) en de reorganisatie (wens 8) staan bij zijn huidige functie."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ra),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Referenties bureau: gemeente Zwolle, gemeente Kampen, gemeente Dronten (opdrachtgevers van "
               "Kernkracht Detachering).")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(0, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Manager Sociaal Domein, Gemeente Raalte 'februari 2019 – heden' = 2019-02..2025-11 (82) + "
                     "Coördinator Wijkteams, Stichting Welzijn Ommen 'januari 2014 – januari 2019' (61), "
                     "contiguous -> 143; the Toelichting points to exactly these positions, whose tasks hold the "
                     "criteria 6-8 passages. HBO MWD -> mwd. References: only the agency's own ('Referenties "
                     "bureau': three client municipalities where he never worked, no person) -> 0 referees, not "
                     "on request -> references fail (the tender asks for at least 2). 'excl. btw, excl. "
                     "reiskosten (€ 0,23 per km)' -> 90 (the km allowance is no hourly rate)."))

# ------------------------------------------------------------------------- Marloes Bosman (docx)
# The "interim bureau" is her own one-person B.V.: "Interim Sociaal Domein B.V., directeur: Marloes Bosman".
MB6 = ("Voorbeeld beleid naar resultaat: het Eper beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpsteam per kern, een aanpak wachtlijsten Wmo) met een "
       "halfjaarrapportage.")
MB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD, zorgverzekeraar Menzis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie.")
MB8 = "Projectleider van het verandertraject 'Dichtbij in Epe': van loketten naar dorpsteams."
mb = [pos("vanaf april 2020", "Coördinator Sociaal Domein", "Gemeente Epe",
          ["Coördinatie van de dorpsteams en het Wmo-team (16 professionals); budget en sturing op afspraken.",
           MB6, MB7, MB8],
          ("2020-04", REF), 68, True),
      pos("januari 2014 – maart 2020", "Teamleider Jeugd en Gezin", "Gemeente Apeldoorn",
          ["Leiding aan 11 jeugdconsulenten."],
          ("2014-01", "2020-03"), 75, True),
      pos("2009 – 2013", "Jeugdconsulent", "Gemeente Apeldoorn",
          ["Toegang tot jeugdhulp."],
          ("2009-01", "2013-12"), 60, False, yearonly=True)]
MB_RATE = "€ 97,- per uur all-in"
cv(file="Marloes Bosman.docx", fmt="docx", layout="sidebar",
   name="Marloes Bosman", email="marloes@isd-bosman.example.nl", phone="06-31728465", rate=MB_RATE,
   exp=mb, crit_text={"6": MB6, "7": MB7, "8": MB8}, refs=["Anja Roelofs", "Dirk Veldhuis"],
   must_have=["Interim Sociaal Domein B.V., directeur: Marloes Bosman"],
   left=[("h", "Kandidaat"), ("p", "Naam: Marloes Bosman"), ("p", "Woonplaats: Epe"),
         ("p", "Telefoon: 06-31728465"), ("p", "E-mail: marloes@isd-bosman.example.nl"),
         ("p", "Beschikbaar: per 1 december 2025, 24 uur"),
         ("h", "Tarief"), ("p", MB_RATE)],
   right=[("pb", "Interim Sociaal Domein B.V."),
          ("p", "Interim Sociaal Domein B.V., directeur: Marloes Bosman  ·  Epe  ·  KvK 85123764"),
          ("title", "Curriculum vitae Marloes Bosman"),
          ("h", "Profiel"),
          ("p", "Coördinator met twaalf jaar leidinggevende ervaring in jeugd en het sociaal domein van "
                "gemeenten op de Veluwe."),
          ("h", "Werkervaring"),
          ("pos", "next", mb),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Apeldoorn — diploma 2009"),
          ("h", "Referenties"),
          ("p", "Anja Roelofs, afdelingsmanager Samenleving, gemeente Epe, 0578-713411"),
          ("p", "Dirk Veldhuis, teammanager Jeugd, gemeente Apeldoorn, 055-5803120")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=97.0,
               crit=(15, 25, 15, 20, 25),
               notes="The offering 'interim bureau' is her own B.V.: 'Interim Sociaal Domein B.V., directeur: "
                     "Marloes Bosman', KvK, her own e-mail domain: the candidate works through her own company "
                     "(a DGA, self-employed in substance); whether that meets the tender's no-ZZP condition is "
                     "not decidable from the CV -> ZZP indication, ko 1 review. Coördinator Sociaal Domein, "
                     "Gemeente Epe 'vanaf april 2020' = 2020-04..2025-11 (68) + Teamleider Jeugd en Gezin, "
                     "Gemeente Apeldoorn 'januari 2014 – maart 2020' (75), contiguous -> 143. Jeugdconsulent: not "
                     "relevant. Bachelor Social Work -> mwd. 100 points."))

# ------------------------------------------------------------------------- Ilse Veenstra (pdf)
# The Toelichting only CLAIMS: "ruime ervaring als coördinator en manager binnen het sociaal domein bij
# gemeenten en welzijnsstichtingen" and "een hbo-opleiding in de richting van maatschappelijk werk". The
# positions: a hospital, a care B.V., a policy job at a gemeente; the diploma: HBO Verpleegkunde.
IV6 = ("Voorbeeld beleid naar resultaat: de Raalter Wmo-beleidsnota heb ik vertaald naar een uitvoeringsplan met "
       "concrete projecten (een mantelzorgpas, dagbesteding in de kernen) en een jaarlijkse monitor.")
IV7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) rond het transferpunt.")
IV8 = "Projectleider van de invoering van één transferpunt voor de regio, met projectplan en evaluatie."
iv = [pos("maart 2019 – heden", "Coördinator Transferpunt", "Ziekenhuis Sallandstad",
          ["Coördinatie van zes transferverpleegkundigen; nazorg na ontslag uit het ziekenhuis.", IV7, IV8],
          ("2019-03", REF), 81, False),
      pos("januari 2015 – februari 2019", "Teamleider Thuisbegeleiding", "Zorggroep Salland B.V.",
          ["Leiding aan 12 begeleiders thuiszorg."],
          ("2015-01", "2019-02"), 50, False),
      pos("2010 – 2014", "Beleidsmedewerker Wmo", "Gemeente Raalte",
          ["Beleid voor mantelzorg en dagbesteding.", IV6],
          ("2010-01", "2014-12"), 60, False, yearonly=True)]
IV_RATE = "€ 86,00 per uur all-in"
cv(file="Ilse Veenstra.pdf", fmt="pdf", layout="single",
   name="Ilse Veenstra", email="ilse.veenstra@example.nl", phone="06-64829173", rate=IV_RATE,
   exp=iv, crit_text={"6": IV6, "7": IV7, "8": IV8}, refs=["Mieke Haverkamp", "Jan Willem Brinkman"],
   zzp_negated=["KvK 68203157"],
   must_have=["Kandidaat heeft ruime ervaring als coördinator en manager binnen het sociaal domein"],
   body=[("pb", "Het Werkhuys Detachering B.V. — Spoorstraat 9, 7411 CD Deventer — KvK 68203157 — accountmanager "
                "Linda Evers, 0570-745102, linda@werkhuys.example.nl"),
         ("title", "Ilse Veenstra"),
         ("rows", [("Telefoon", ["06-64829173"]), ("E-mail", ["ilse.veenstra@example.nl"]),
                   ("Woonplaats", ["Raalte"]), ("Tarief", [IV_RATE + " (excl. btw)"]),
                   ("Dienstverband", ["in loondienst bij Het Werkhuys Detachering B.V."])]),
         ("h", "Toelichting op de gunningscriteria"),
         ("p", "Kandidaat heeft ruime ervaring als coördinator en manager binnen het sociaal domein bij "
               "gemeenten en welzijnsstichtingen en voldoet daarmee ruimschoots aan eis 3 en wens 5. Zij heeft "
               "een hbo-opleiding in de richting van maatschappelijk werk en dienstverlening afgerond (wens 4). "
               "Kandidaat heeft ruime ervaring met het omzetten van beleid naar concrete projecten, met "
               "samenwerkingspartners op het gebied van welzijn en met veranderopgaven."),
         ("h", "Werkervaring"),
         ("pos", "datebold", iv),
         ("h", "Opleiding"),
         ("p", "HBO Verpleegkunde, Hogeschool Windesheim Zwolle — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Mieke Haverkamp, manager Zorg, Ziekenhuis Sallandstad, 0570-531200"),
         ("p", "Jan Willem Brinkman, directeur Zorggroep Salland B.V., 0570-640180")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=0, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 0, 15, 20, 25),
               notes="The Toelichting claims coordinator/manager experience 'binnen het sociaal domein bij gemeenten "
                     "en welzijnsstichtingen' and an hbo MWD-direction diploma. The positions: Coördinator "
                     "Transferpunt at a hospital (81), Teamleider Thuisbegeleiding at Zorggroep Salland B.V. (50) "
                     "- neither a gemeente nor a welzijnsstichting - and Beleidsmedewerker Wmo at Gemeente Raalte "
                     "(no coordinator/manager role) -> 0 relevant months -> ko 3 fail, criterion 5 = 0. The "
                     "diploma is HBO Verpleegkunde -> hbo, ko 2 pass, not MWD -> criterion 4 = 0. Criteria 6-8 "
                     "from real passages in the positions. Employed by the agency -> zzp false."))
