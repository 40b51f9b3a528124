# -*- coding: utf-8 -*-
"""Holdout round 17 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout16/), written without looking at the pipeline's source or
rules/, with hand-checked expectations. This round aims at WRONG PASSES of the knock-outs in forms the
earlier rounds did not use: a coordinator at a gemeente in a non-social department described only by
its tasks (permits for "zorgboerderijen" and "woonzorgcomplexen"), a welfare foundation's "Coördinator
Huisvesting" (buildings), a "Coördinator Welzijn" at a commercial "Welzijn Plus B.V.", a "Senior
consulent" and a "Casusregisseur" who "coördineren zorg" with a three-month "Teamleider a.i." inside,
offering through "Jansen Sociaal Advies (mijn onderneming)", a "Master class" at a university above an
hbo propedeuse, a private "Bachelor Coaching (HBO-niveau, instituutsdiploma)"; and at two wrong
fails: a German municipality (Stadt Gronau) as the gemeente, a bachelor reached by a shortened route
after an EVC procedure; and one wrong review: "ondernemers" in a hobby line.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities (Dutch and one German), a real university, and fictional foundations and companies.

Same shape as tests/holdout16/src/holdout16_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout17/make-holdout17.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Birgit Oltmanns (pdf)
# TRAP (wrong fail, knock-out 3): 69 of her 116 relevant months are as "Teamleider Sociale Dienst
# (Teamleiterin Sozialer Dienst)" at "Stadt Gronau (Duitse gemeente)": a municipality, abroad, in the
# social domain -> relevant (like holdout15's Flemish Lokaal Bestuur Lommel). Without it only 47 (the
# current Coördinator Wijkteams, Gemeente Losser) -> a wrong knock-out 3 fail of the best candidate.
BO6 = ("Voorbeeld van beleid naar resultaat: de Losserse nota 'Dichtbij en samen' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een buurtpunt in Overdinkel, een grensoverschrijdend "
       "mantelzorgspreekuur en een schuldhulpmaatje per kern) met meetbare doelen.")
BO7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Twente en zorgverzekeraar Menzis, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
BO8 = "Projectleider van de reorganisatie van drie wijkteams naar één toegang, met projectplan en stuurgroep."
BO_GRONAU = ("Gronau is een Duitse gemeente (Stadt, 49.000 inwoners) net over de grens bij Enschede; de Sozialer "
             "Dienst is haar sociale dienst voor schuldhulp, jeugdhulp en ouderen.")
bo = [pos("januari 2022 – heden", "Coördinator Wijkteams", "Gemeente Losser",
          ["Coördinatie van de twee wijkteams (15 medewerkers, Wmo en jeugd); formatie, werving en budget.",
           BO6, BO7, BO8],
          ("2022-01", REF), 47, True),
      pos("januari 2018 – december 2021", "Beleidsmedewerker Wmo", "Gemeente Losser",
          ["Beleid voor mantelzorg en dagbesteding."],
          ("2018-01", "2021-12"), 48, False),
      pos("april 2012 – december 2017", "Teamleider Sociale Dienst (Teamleiterin Sozialer Dienst)",
          "Stadt Gronau (Duitse gemeente)",
          ["Leiding aan het team van de sociale dienst (11 medewerkers); formatie, werving en budget. " + BO_GRONAU],
          ("2012-04", "2017-12"), 69, True),
      pos("september 2006 – maart 2012", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Enschede",
          ["Hulp aan gezinnen bij opvoeding, schulden en relaties."],
          ("2006-09", "2012-03"), 67, False)]
BO_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Birgit Oltmanns.pdf", fmt="pdf", layout="single",
   name="Birgit Oltmanns", email="birgit.oltmanns@example.nl", phone="06-58203741", rate=BO_RATE,
   exp=bo, crit_text={"6": BO6, "7": BO7, "8": BO8}, refs=["Anja Wiggers", "Matthias Brinkmann"],
   must_have=[BO_GRONAU],
   body=[("title", "Birgit Oltmanns"),
         ("p", "Losser  |  06-58203741  |  birgit.oltmanns@example.nl"),
         ("pb", BO_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben opgegroeid in Gronau en werk sinds 2018 in Losser. Ik gaf zes jaar leiding aan de sociale "
               "dienst van de Stadt Gronau en coördineer nu de wijkteams van Losser. Ik spreek vloeiend Nederlands "
               "en Duits."),
         ("h", "Werkervaring"),
         ("pos", "sample", bo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Anja Wiggers, afdelingsmanager Sociaal Domein, gemeente Losser, 06-58203742"),
         ("p", "Matthias Brinkmann, Fachbereichsleiter Soziales, Stadt Gronau, +49 2562 123456")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=116, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator Wijkteams, Gemeente Losser 2022-01..2025-11 = 47 + Teamleider Sociale Dienst "
                     "(Teamleiterin Sozialer Dienst), Stadt Gronau (Duitse gemeente) 2012-04..2017-12 = 69 -> 116: a "
                     "German municipality is a gemeente, its Sozialer Dienst is the social domain, the role leads a "
                     "team -> relevant (47 without it: a wrong knock-out 3 fail). Beleidsmedewerker Wmo and "
                     "Maatschappelijk werker: no leading role. HBO MWD. 100 points, rate 88 -> rank 1."))

# ------------------------------------------------------------------------- Wouter Lammers (docx)
# TRAPS (wrong fail, knock-out 2 / criterion 4; wrong review, knock-out 1): the bachelor was reached by a
# shortened part-time route after an EVC procedure, and the CV says the getuigschrift was obtained ->
# hbo, completed, MWD (holdout15's EVC candidate had only the experience certificate). The hobby line
# "biografieën van ondernemers" does not present him as self-employed -> zzp false, knock-out 1 pass.
# No project/change wording anywhere -> criterion 8 = 0.
WL6 = ("Voorbeeld van beleid naar resultaat: de Rijssen-Holtense nota 'Samen sterk in de wijk' heb ik vertaald "
       "naar een jaarwerkplan met concrete acties (een inloop in elke kern, een maatjesaanpak voor statushouders "
       "en een spreekuur voor mantelzorgers) met meetbare doelen.")
WL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Twente en zorgverzekeraar Menzis, en een "
       "publiek-private samenwerking (PPS) met werkgevers uit de regio voor leerbanen.")
WL_EDU = ("Bachelor Social Work (verkort deeltijdtraject na een EVC-procedure), Hogeschool Windesheim — "
          "getuigschrift behaald 2019")
WL_MBO = "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4), ROC van Twente — diploma 2006"
WL_HOBBY = "Hobby's: lezen (vooral biografieën van ondernemers), wielrennen en koken voor vrienden."
wl = [pos("maart 2017 – heden", "Teamleider Sociaal Team", "Gemeente Rijssen-Holten",
          ["Leiding aan het sociaal team (13 medewerkers, Wmo, jeugd en participatie); formatie, werving en "
           "budget.", WL6, WL7],
          ("2017-03", REF), 105, True),
      pos("oktober 2009 – februari 2017", "Consulent Wmo", "Gemeente Rijssen-Holten",
          ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."],
          ("2009-10", "2017-02"), 89, False)]
WL_RATE = "Tarief: € 86,- per uur excl. btw"
cv(file="Wouter Lammers.docx", fmt="docx", layout="sidebar",
   name="Wouter Lammers", email="wouter.lammers@example.nl", phone="06-31749026", rate=WL_RATE,
   exp=wl, crit_text={"6": WL6, "7": WL7}, refs=["Gerrit Nijkamp", "Loes ter Haar"],
   zzp_negated=["biografieën van ondernemers"],
   must_have=[WL_EDU, WL_MBO, WL_HOBBY],
   left=[("h", "Contact"), ("p", "wouter.lammers@example.nl"), ("p", "06-31749026"), ("p", "Holten"),
         ("h", "Tarief"), ("p", WL_RATE),
         ("h", "Vrije tijd"), ("p", WL_HOBBY)],
   right=[("title", "Wouter Lammers"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2017 leiding aan het sociaal team van Rijssen-Holten. Mijn bachelor Social Work "
                "heb ik naast mijn werk gehaald, in een verkort traject."),
          ("h", "Werkervaring"),
          ("pos", "dateline", wl),
          ("h", "Opleiding"),
          ("p", WL_EDU),
          ("p", WL_MBO),
          ("h", "Referenties"),
          ("p", "Gerrit Nijkamp, afdelingsmanager Samenleving, gemeente Rijssen-Holten, 06-31749027"),
          ("p", "Loes ter Haar, wethouder Zorg en Welzijn, gemeente Rijssen-Holten, 06-31749028")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=105, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 0),
               notes="Teamleider Sociaal Team, Gemeente Rijssen-Holten 2017-03..2025-11 = 105. Consulent Wmo: no "
                     "leading role. Education: 'Bachelor Social Work (verkort deeltijdtraject na een EVC-procedure), "
                     "Hogeschool Windesheim — getuigschrift behaald 2019': the EVC procedure shortened the route, the "
                     "bachelor itself was obtained -> hbo, completed, MWD, criterion 4 = 15. Hobby line "
                     "'biografieën van ondernemers' is reading, not being self-employed -> zzp false, knock-out 1 "
                     "pass. Nothing on projects or change -> criterion 8 = 0. 75 points, rate 86 -> rank 2."))


# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Hendrik Schuurman (pdf)
# TRAPS (wrong pass, knock-out 3, twice): "Coördinator Vergunningen, Gemeente Olst-Wijhe" (95) leads a
# team with formatie, werving and budget, and its permits are for "zorgboerderijen, woonzorgcomplexen
# en kinderopvanglocaties" -> a permits department, not the social domain; "Coördinator Huisvesting,
# Stichting Welzijn Olst-Wijhe" (34) runs the foundation's buildings -> not social-domain coordination.
# Only the Teamleider Sociaal Team, Gemeente Deventer (46) counts -> knock-out 3 fail (80 with the
# housing job, 141 with the permits job).
HS6 = ("Voorbeeld van beleid naar resultaat: de Deventer nota 'Iedereen doet mee' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal loket in elke wijk, een maatjesproject en een "
       "schuldhulpspreekuur) met meetbare doelen.")
HS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
HS8 = "Projectleider van de transitie naar één sociaal team voor Wmo en jeugd, met projectplan en stuurgroep."
HS_VERG = ("Omgevingsvergunningen, evenementenvergunningen en horecavergunningen, ook voor zorgboerderijen, "
           "woonzorgcomplexen en kinderopvanglocaties.")
hs = [pos("januari 2018 – heden", "Coördinator Vergunningen", "Gemeente Olst-Wijhe",
          ["Leiding aan het team Vergunningen (9 medewerkers); formatie, werving en selectie en een budget van "
           "€ 1,2 miljoen.", HS_VERG],
          ("2018-01", REF), 95, False),
      pos("maart 2015 – december 2017", "Coördinator Huisvesting", "Stichting Welzijn Olst-Wijhe",
          ["Beheer van de zeven buurthuizen en het kantoor van de stichting: huur, onderhoud, schoonmaak en "
           "verhuizingen; leiding aan de beheerders (4 medewerkers)."],
          ("2015-03", "2017-12"), 34, False),
      pos("mei 2011 – februari 2015", "Teamleider Sociaal Team", "Gemeente Deventer",
          ["Leiding aan het sociaal team Deventer-Noord (10 medewerkers).", HS6, HS7, HS8],
          ("2011-05", "2015-02"), 46, True),
      pos("september 2005 – april 2011", "Beleidsmedewerker Wonen", "Gemeente Deventer",
          ["Woonvisie, prestatieafspraken met de corporaties."],
          ("2005-09", "2011-04"), 68, False)]
HS_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Hendrik Schuurman.pdf", fmt="pdf", layout="header",
   header="Hendrik Schuurman  |  Deventer  |  06-47301958  |  hendrik.schuurman@example.nl",
   name="Hendrik Schuurman", email="hendrik.schuurman@example.nl", phone="06-47301958", rate=HS_RATE,
   exp=hs, crit_text={"6": HS6, "7": HS7, "8": HS8}, refs=["Marijke Pelgrim", "Ton Haverkate"],
   must_have=[HS_VERG],
   body=[("title", "Curriculum vitae"),
         ("pb", HS_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben al vijftien jaar leidinggevende bij gemeenten en een welzijnsstichting; ik stuur op "
               "resultaat en geef teams ruimte."),
         ("h", "Werkervaring"),
         ("eu_pos", hs),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Deventer — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Marijke Pelgrim, afdelingsmanager Ruimte, gemeente Olst-Wijhe, 06-47301959"),
         ("p", "Ton Haverkate, teammanager Sociaal Domein, gemeente Deventer, 06-47301960")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=46, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 0, 15, 20, 25),
               notes="Teamleider Sociaal Team, Gemeente Deventer 2011-05..2015-02 = 46 is the only relevant position "
                     "-> knock-out 3 fail. Coördinator Vergunningen, Gemeente Olst-Wijhe (95): a leading role at a "
                     "gemeente, but the department issues permits; 'zorgboerderijen, woonzorgcomplexen en "
                     "kinderopvanglocaties' are the objects of the permits, not the social domain -> not relevant. "
                     "Coördinator Huisvesting, Stichting Welzijn Olst-Wijhe (34): buildings, rent, maintenance, "
                     "cleaning of the foundation's community centres -> not social-domain coordination. "
                     "Beleidsmedewerker Wonen: no leading role. HBO Bestuurskunde: hbo, not MWD. 60 points."))

# ------------------------------------------------------------------------- Joke Brinkhuis (docx)
# TRAP (wrong pass, knock-out 3): "Coördinator Welzijn | Welzijn Plus B.V." (95): the title is the
# tender's own, the employer's name says Welzijn, but it is a commercial company (a B.V. of a care
# holding), neither a gemeente nor a welfare foundation -> not relevant. Only the Teamleider Wijkteam,
# Gemeente Apeldoorn (46) counts -> knock-out 3 fail (141 if counted). Otherwise 100 points.
JB6 = ("Voorbeeld van beleid naar resultaat: de Apeldoornse nota 'Thuis in de wijk' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een buurtkamer, een klussendienst en een valpreventiecursus) met "
       "meetbare doelen.")
JB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor een buurtbus.")
JB8 = "Projectleider van de herinrichting van de wijkteams in Apeldoorn-Zuid, met projectplan en stuurgroep."
JB_BV = ("Welzijn Plus B.V. is een commerciële aanbieder van dagbesteding en thuisbegeleiding (onderdeel van "
         "Zorgholding Oost B.V.); ik coördineer de begeleiders (12 medewerkers) en de planning.")
jb = [pos("januari 2018 – heden", "Coördinator Welzijn", "Welzijn Plus B.V.",
          [JB_BV], ("2018-01", REF), 95, False),
      pos("maart 2014 – december 2017", "Teamleider Wijkteam", "Gemeente Apeldoorn",
          ["Leiding aan het wijkteam Apeldoorn-Zuid (12 medewerkers); formatie, werving en budget.", JB6, JB7, JB8],
          ("2014-03", "2017-12"), 46, True),
      pos("september 2007 – februari 2014", "Maatschappelijk werker", "Stichting Welzijn Apeldoorn",
          ["Hulp aan inwoners bij schulden, opvoeding en eenzaamheid."],
          ("2007-09", "2014-02"), 78, False)]
JB_RATE = "Uurtarief: € 87,- excl. btw"
cv(file="Joke Brinkhuis.docx", fmt="docx", layout="sidebar",
   name="Joke Brinkhuis", email="joke.brinkhuis@example.nl", phone="06-20574913", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Ellen Mulderij", "Frank Veldhoen"],
   must_have=[JB_BV],
   left=[("h", "Contact"), ("p", "joke.brinkhuis@example.nl"), ("p", "06-20574913"), ("p", "Apeldoorn"),
         ("h", "Tarief"), ("pb", JB_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Structureren", "Coachen"])],
   right=[("title", "Joke Brinkhuis"),
          ("p", "Coördinator Welzijn"),
          ("h", "Profiel"),
          ("p", "Ik werk al bijna twintig jaar in het welzijnswerk in Apeldoorn, de laatste acht jaar als "
                "coördinator welzijn."),
          ("h", "Werkervaring"),
          ("pos", "pipe", jb),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2007"),
          ("h", "Referenties"),
          ("p", "Ellen Mulderij, directeur Welzijn Plus B.V., 06-20574914"),
          ("p", "Frank Veldhoen, teammanager Wijkteams, gemeente Apeldoorn, 06-20574915")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=46, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="Teamleider Wijkteam, Gemeente Apeldoorn 2014-03..2017-12 = 46 is the only relevant position -> "
                     "knock-out 3 fail. Coördinator Welzijn, Welzijn Plus B.V. (95): the CV itself calls it a "
                     "commercial provider of day care and home support, part of a care holding B.V.: not a gemeente "
                     "and not a welfare foundation -> not relevant (141 if counted). Maatschappelijk werker: no "
                     "leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Sevda Yilmaz (pdf)
# TRAPS (wrong pass, knock-out 3): "Senior consulent Wmo, Gemeente Zutphen" (119) "coördineren van zorg
# en ondersteuning" and "Casusregisseur Sociaal Domein, Gemeente Brummen" (52) "regie op de zorg": no
# leading role; inside the consulent years a three-month "Teamleider Wmo a.i. (waarneming, drie
# maanden)" (3) counts as 3, not as years. Relevant: 3 + Coördinator Mantelzorg, Stichting Welzijn
# Brummen (44) = 47 -> knock-out 3 fail (218 if every position at a gemeente counted).
SY6 = ("Voorbeeld van beleid naar resultaat: de Brummense mantelzorgnota heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een mantelzorgcafé en een steunpunt voor jonge "
       "mantelzorgers) met meetbare doelen.")
SY7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie voor mantelzorgwoningen.")
SY8 = "Projectleider van de invoering van de mantelzorgwaardering in Brummen, met projectplan en stuurgroep."
SY_CONS = ("Coördineren van zorg en ondersteuning rond huishoudens met meervoudige problemen; vast aanspreekpunt "
           "voor het team en inwerken van nieuwe consulenten.")
SY_REG = ("Regie op de zorg rond multiprobleemgezinnen: coördinatie tussen jeugdhulp, schuldhulp en "
          "wijkverpleging; voorzitter van het casusoverleg.")
SY_AI = "Waarneming tijdens het zwangerschapsverlof van de teamleider (drie maanden)."
sy = [pos("01/2016 – heden", "Senior consulent Wmo", "Gemeente Zutphen", [SY_CONS], ("2016-01", REF), 119, False),
      pos("03/2021 – 05/2021", "Teamleider Wmo a.i. (waarneming, drie maanden)", "Gemeente Zutphen", [SY_AI],
          ("2021-03", "2021-05"), 3, True),
      pos("09/2011 – 12/2015", "Casusregisseur Sociaal Domein", "Gemeente Brummen", [SY_REG],
          ("2011-09", "2015-12"), 52, False),
      pos("01/2008 – 08/2011", "Coördinator Mantelzorg", "Stichting Welzijn Brummen",
          ["Coördinatie van de mantelzorgconsulenten (5 medewerkers) en 60 vrijwilligers.", SY6, SY7, SY8],
          ("2008-01", "2011-08"), 44, True)]
SY_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Sevda Yilmaz.pdf", fmt="pdf", layout="single",
   name="Sevda Yilmaz", email="sevda.yilmaz@example.nl", phone="06-64819302", rate=SY_RATE,
   exp=sy, crit_text={"6": SY6, "7": SY7, "8": SY8}, refs=["Hanneke Stegink", "Paul Wesselink"],
   must_have=[SY_CONS, SY_REG, SY_AI],
   body=[("title", "Sevda Yilmaz"),
         ("p", "Zutphen  |  06-64819302  |  sevda.yilmaz@example.nl"),
         ("pb", SY_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer al bijna vijftien jaar de zorg rond kwetsbare huishoudens in Brummen en Zutphen en "
               "ben het vaste aanspreekpunt van mijn team."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), sy),
         ("h", "Toelichting"),
         ("tasks", sy),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Arnhem en Nijmegen — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Hanneke Stegink, teamleider Wmo, gemeente Zutphen, 06-64819303"),
         ("p", "Paul Wesselink, directeur Stichting Welzijn Brummen, 06-64819304")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=47, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="Relevant: Teamleider Wmo a.i., Gemeente Zutphen 2021-03..2021-05 = 3 (a full stand-in for "
                     "three months, inside the consulent years) + Coördinator Mantelzorg, Stichting Welzijn Brummen "
                     "2008-01..2011-08 = 44 -> 47 -> knock-out 3 fail. Senior consulent Wmo (119) 'coördineren van "
                     "zorg en ondersteuning rond huishoudens … aanspreekpunt voor het team' and Casusregisseur "
                     "Sociaal Domein (52) 'regie op de zorg … voorzitter van het casusoverleg' coordinate care for "
                     "clients, they lead no team -> not relevant (218 if counted). Bachelor Social Work. 75 points."))

# ------------------------------------------------------------------------- Miranda Jansen (docx)
# TRAP (wrong pass, knock-out 1): no zzp, KvK, eenmanszaak or "eigen onderneming": she takes interim
# assignments "vanuit Jansen Sociaal Advies (mijn onderneming)" and would do this one from there too ->
# the candidate bids as a business owner -> zzp, knock-out 1 review. Otherwise 100 points at € 92.
MJ_ZZP = ("Sinds maart 2022 neem ik interimopdrachten aan vanuit Jansen Sociaal Advies (mijn onderneming); ook "
          "deze opdracht zou ik vanuit Jansen Sociaal Advies uitvoeren.")
MJ6 = ("Voorbeeld van beleid naar resultaat: de Lochemse nota 'Meedoen in Lochem' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal loket in elke kern, een maatjesproject en een "
       "vrijwilligerscentrale) met meetbare doelen.")
MJ7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
MJ8 = "Projectleider van de reorganisatie van de Wmo-toegang in Lochem, met projectplan en stuurgroep."
mj = [pos("maart 2022 – heden", "Coördinator Sociaal Domein (opdracht vanuit Jansen Sociaal Advies)",
          "Gemeente Lochem",
          ["Coördinatie van de teams Wmo, jeugd en participatie (20 medewerkers); formatie en budget.", MJ6, MJ7],
          ("2022-03", REF), 45, True),
      pos("januari 2014 – februari 2022", "Teamleider Wmo", "Gemeente Lochem",
          ["Leiding aan het Wmo-team (12 consulenten); werving en selectie.", MJ8],
          ("2014-01", "2022-02"), 98, True),
      pos("september 2008 – december 2013", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties."],
          ("2008-09", "2013-12"), 64, False)]
MJ_RATE = "Uurtarief: € 92,- excl. btw"
cv(file="Miranda Jansen.docx", fmt="docx", layout="single",
   name="Miranda Jansen", email="miranda.jansen@example.nl", phone="06-85302147", rate=MJ_RATE,
   exp=mj, crit_text={"6": MJ6, "7": MJ7, "8": MJ8}, refs=["Jolanda Kamphuis", "Rutger Sloot"],
   must_have=[MJ_ZZP],
   body=[("title", "Miranda Jansen"),
         ("p", "Lochem  |  06-85302147  |  miranda.jansen@example.nl"),
         ("pb", MJ_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk ruim elf jaar als leidinggevende in het sociaal domein van Lochem. " + MJ_ZZP),
         ("h", "Werkervaring"),
         ("pos", "datebold", mj),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Jolanda Kamphuis, afdelingsmanager Sociaal Domein, gemeente Lochem, 06-85302148"),
         ("p", "Rutger Sloot, wethouder Zorg, gemeente Lochem, 06-85302149")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=92.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds maart 2022 neem ik interimopdrachten aan vanuit Jansen Sociaal Advies (mijn "
                     "onderneming); ook deze opdracht zou ik vanuit Jansen Sociaal Advies uitvoeren.' -> she bids "
                     "through her own business: zzp indication -> knock-out 1 review (the tender excludes zzp'ers; "
                     "whether the business has staff is for a person to check). Coördinator Sociaal Domein, Gemeente "
                     "Lochem 2022-03..2025-11 = 45 + Teamleider Wmo, Gemeente Lochem 2014-01..2022-02 = 98 -> 143. "
                     "Wmo-consulent: no leading role. HBO MWD. 100 points; a wrong pass would rank her 1."))

# ------------------------------------------------------------------------- Dirk Veenhuis (pdf)
# TRAP (wrong pass, knock-out 2): the top education line is "Master class Leiderschap, Universiteit
# Twente — deelnamecertificaat 2021 (vijf dagdelen)": a five-half-day course, not a master; below it a
# propedeuse hbo MWD and an MBO diploma -> mbo, knock-out 2 fail, not MWD.
DV6 = ("Voorbeeld van beleid naar resultaat: de Hardenbergse jeugdnota 'Opgroeien in Hardenberg' heb ik vertaald "
       "naar een jaarwerkplan met concrete projecten (een opvoedpunt in elke kern, jongerenwerk op de "
       "scholen en een gezinscoach bij de huisarts) met meetbare doelen.")
DV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor stageplekken.")
DV8 = "Projectleider van de transitie van de jeugdhulp naar de gemeente, met projectplan en stuurgroep."
DV_MC = "Master class Leiderschap, Universiteit Twente — deelnamecertificaat 2021 (vijf dagdelen)"
DV_PROP = "Propedeuse hbo Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — behaald 2004"
DV_MBO = "MBO Sociaal-Pedagogisch Werk (niveau 4), ROC Deltion — diploma 2003"
dv = [pos("januari 2015 – heden", "Teamleider Jeugd", "Gemeente Hardenberg",
          ["Leiding aan het jeugdteam (14 medewerkers); formatie, werving en budget.", DV6, DV7, DV8],
          ("2015-01", REF), 131, True),
      pos("augustus 2005 – december 2014", "Jeugdconsulent", "Gemeente Hardenberg",
          ["Toegang tot jeugdhulp voor gezinnen."],
          ("2005-08", "2014-12"), 113, False)]
DV_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Dirk Veenhuis.pdf", fmt="pdf", layout="sidebar",
   name="Dirk Veenhuis", email="dirk.veenhuis@example.nl", phone="06-92038174", rate=DV_RATE,
   exp=dv, crit_text={"6": DV6, "7": DV7, "8": DV8}, refs=["Sandra Boerrigter", "Henk Lubbers"],
   must_have=[DV_MC, DV_PROP, DV_MBO],
   left=[("h", "Contact"), ("p", "dirk.veenhuis@example.nl"), ("p", "06-92038174"), ("p", "Hardenberg"),
         ("h", "Tarief"), ("pb", DV_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Besluitvaardig", "Coachen"])],
   right=[("title", "Dirk Veenhuis"),
          ("p", "Teamleider Jeugd"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2015 leiding aan het jeugdteam van Hardenberg. Leiderschap ontwikkel ik door: in "
                "2021 volgde ik een master class aan de universiteit."),
          ("h", "Werkervaring"),
          ("pos", "inline", dv),
          ("h", "Opleiding"),
          ("p", DV_MC),
          ("p", DV_PROP),
          ("p", DV_MBO),
          ("h", "Referenties"),
          ("p", "Sandra Boerrigter, afdelingsmanager Samenleving, gemeente Hardenberg, 06-92038175"),
          ("p", "Henk Lubbers, wethouder Jeugd, gemeente Hardenberg, 06-92038176")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=131, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Master class Leiderschap, Universiteit Twente — deelnamecertificaat 2021 (vijf "
                     "dagdelen)' is a short course with a certificate of attendance, not a master degree; "
                     "'Propedeuse hbo MWD … behaald 2004' is the first year only; the only diploma is 'MBO "
                     "Sociaal-Pedagogisch Werk (niveau 4) — diploma 2003' -> mbo, knock-out 2 fail, criterion 4 = 0. "
                     "Teamleider Jeugd, Gemeente Hardenberg 2015-01..2025-11 = 131. Jeugdconsulent: no leading role. "
                     "85 points, not eligible."))

# ------------------------------------------------------------------------- Natasja Kroeze (docx)
# TRAP (wrong pass, knock-out 2): "Bachelor Coaching (HBO-niveau, instituutsdiploma), Academie voor
# Coaching (particulier), Amersfoort — 2014" and "Leergang Systemisch Coachen … — HBO-niveau
# (certificaat) 2016": a private academy's own diploma and certificate, no accredited bachelor; the only
# recognised diploma is MBO SMD -> mbo, knock-out 2 fail, not MWD.
NK6 = ("Voorbeeld van beleid naar resultaat: de Ommer nota 'Samen voor elkaar' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in elke kern, een formulierenbrigade en "
       "huisbezoeken bij 75-plussers) met meetbare doelen.")
NK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor een buurtbus.")
NK8 = "Projectleider van de reorganisatie van het ouderenwerk naar drie kernteams, met projectplan en stuurgroep."
NK_BACH = "Bachelor Coaching (HBO-niveau, instituutsdiploma), Academie voor Coaching (particulier), Amersfoort — 2014"
NK_LEER = "Leergang Systemisch Coachen, Academie voor Coaching (particulier) — HBO-niveau (certificaat) 2016"
NK_MBO = "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4), ROC Midden Nederland — diploma 2004"
nk = [pos("april 2016 – heden", "Manager Welzijn", "Stichting Welzijn Ommen",
          ["Leiding aan het welzijnswerk (18 medewerkers, 120 vrijwilligers); formatie, werving en budget.",
           NK6, NK7, NK8],
          ("2016-04", REF), 116, True),
      pos("februari 2008 – maart 2016", "Ouderenadviseur", "Stichting Welzijn Ommen",
          ["Huisbezoeken en advies aan ouderen."],
          ("2008-02", "2016-03"), 98, False)]
NK_RATE = "Uurtarief: € 89,50 excl. btw"
cv(file="Natasja Kroeze.docx", fmt="docx", layout="header",
   header="Natasja Kroeze  |  Ommen  |  06-13928460  |  natasja.kroeze@example.nl",
   name="Natasja Kroeze", email="natasja.kroeze@example.nl", phone="06-13928460", rate=NK_RATE,
   exp=nk, crit_text={"6": NK6, "7": NK7, "8": NK8}, refs=["Wilma Schuiling", "Gerard Nijboer"],
   must_have=[NK_BACH, NK_LEER, NK_MBO],
   body=[("title", "Curriculum vitae"),
         ("pb", NK_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben manager welzijn in Ommen en coach mijn medewerkers vanuit mijn opleiding als coach."),
         ("h", "Werkervaring"),
         ("pos", "next", nk),
         ("h", "Opleiding"),
         ("p", NK_BACH),
         ("p", NK_LEER),
         ("p", NK_MBO),
         ("h", "Referenties"),
         ("p", "Wilma Schuiling, voorzitter Raad van Toezicht, Stichting Welzijn Ommen, 06-13928461"),
         ("p", "Gerard Nijboer, wethouder Sociaal Domein, gemeente Ommen, 06-13928462")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=116, refs=(2, False), zzp=False, hourly=89.5,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Bachelor Coaching (HBO-niveau, instituutsdiploma), Academie voor Coaching "
                     "(particulier)': an instituutsdiploma of a private academy is not an accredited bachelor "
                     "degree (only NVAO-accredited programmes may award the grade bachelor); 'Leergang Systemisch "
                     "Coachen … — HBO-niveau (certificaat)' is a certificate course -> the only recognised diploma "
                     "is MBO SMD -> mbo, knock-out 2 fail, criterion 4 = 0. Manager Welzijn, Stichting Welzijn "
                     "Ommen 2016-04..2025-11 = 116. Ouderenadviseur: no leading role. 85 points, not eligible."))
