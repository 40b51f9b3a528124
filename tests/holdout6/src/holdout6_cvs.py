# -*- coding: utf-8 -*-
"""Holdout round 6 for zeef: 10 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout5/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations and public bodies.

Same shape as tests/holdout5/src/holdout5_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout6/make-holdout6.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Sanne Wolthuis (pdf)
# TRAPS: the MWD line names the propedeuse AND the diploma: "Bachelor Social Work, Saxion Deventer
# (propedeuse 2005, diploma 2008)" -> completed hbo, MWD (a reader that stops at "propedeuse" fails
# knock-out 2); the rate line carries another number first: "Tarief (21% btw niet inbegrepen): € 88 per
# uur" -> 88, not 21.
SW6 = ("Voorbeeld van beleid naar resultaat: de Raalter Koersnota Welzijn heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in elke kern, vroegsignalering van eenzaamheid "
       "en een vrijwilligerscentrale) met meetbare doelen en een halfjaarlijkse rapportage.")
SW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en de bibliotheek voor een "
       "buurtkamer in Heino.")
SW8 = ("Projectleider van het verandertraject 'Welzijn in de kern': de herinrichting van het welzijnswerk naar "
       "kernteams, met projectplan, stuurgroep en evaluatie.")
sw = [pos("april 2014 – heden", "Coördinator Welzijn", "Stichting Welzijn Raalte",
          ["Coördinatie van het welzijnsteam (14 beroepskrachten en 200 vrijwilligers).",
           "Verantwoordelijk voor formatie, werving & selectie, urenverdeling en het welzijnsbudget.",
           SW6, SW7, SW8],
          ("2014-04", REF), 140, True),
      pos("september 2008 – maart 2014", "Maatschappelijk werker", "Stichting Welzijn Raalte",
          ["Individuele hulpverlening en groepswerk voor mantelzorgers."],
          ("2008-09", "2014-03"), 67, False)]
SW_RATE = "Tarief (21% btw niet inbegrepen): € 88 per uur"
SW_EDU = "Bachelor Social Work, Saxion Deventer (propedeuse 2005, diploma 2008)"
cv(file="Sanne Wolthuis.pdf", fmt="pdf", layout="single",
   name="Sanne Wolthuis", email="sanne.wolthuis@example.nl", phone="06-21436587", rate=SW_RATE,
   exp=sw, crit_text={"6": SW6, "7": SW7, "8": SW8}, refs=["Herman Nijhof", "Carla Stegeman"],
   must_have=[SW_EDU],
   body=[("title", "Sanne Wolthuis"),
         ("p", "Raalte  |  06-21436587  |  sanne.wolthuis@example.nl"),
         ("pb", SW_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator welzijn in Raalte en werk al zeventien jaar in het welzijnswerk. Ik geef "
               "richting, houd overzicht en zorg dat collega's hun vak goed kunnen uitoefenen."),
         ("h", "Werkervaring"),
         ("pos", "sample", sw),
         ("h", "Opleiding"),
         ("p", SW_EDU),
         ("p", "Havo, Carmelcollege Salland, Raalte — diploma 2004"),
         ("h", "Referenties"),
         ("p", "Herman Nijhof, directeur-bestuurder Stichting Welzijn Raalte, 06-21436590"),
         ("p", "Carla Stegeman, beleidsadviseur Welzijn, gemeente Raalte, 06-21436591")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=140, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education 'Bachelor Social Work, Saxion Deventer (propedeuse 2005, diploma 2008)': the line "
                     "names the first-year certificate on the way AND the diploma -> completed HBO bachelor Social "
                     "Work -> hbo, knock-out 2 pass, mwd (criterion 4 = 15). A reader that takes 'propedeuse' as "
                     "the level (as for Femke Smit in samples/) fails knock-out 2 wrongly. Rate 'Tarief (21% btw "
                     "niet inbegrepen): € 88 per uur' -> 88 (21 is the VAT percentage). Coördinator Welzijn, "
                     "Stichting Welzijn Raalte 2014-04..2025-11 = 140; maatschappelijk werker not relevant (role)."))

# ------------------------------------------------------------------------- Jolien Kamps (docx)
# TRAPS: both employers are ABBREVIATED: "gem. Olst-Wijhe" (gemeente) and "Stg. Welzijn Twenterand"
# (stichting). 70 months at the gemeente + 45 at the welzijnsstichting = 115; a reader that needs the
# full word "gemeente" gets 45 (knock-out 3 fail), one that needs "stichting" gets 70 (criterion 5 lost).
JK6 = ("Voorbeeld van beleid naar resultaat: de jeugdnota 'Opgroeien in Olst-Wijhe' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een jeugdpunt in Olst en Wijhe, een aanpak voor thuiszitters en "
       "een opvoedspreekuur op scholen) met meetbare doelen.")
JK7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar "
       "Zilveren Kruis, en een publiek-private samenwerking (PPS) met een sportvereniging en een woningcorporatie.")
JK8 = "Projectleider van de transformatie van de jeugdhulp naar een lokaal jeugdteam, met een projectplan en stuurgroep."
jk = [pos("februari 2020 – heden", "Teamleider Jeugd", "gem. Olst-Wijhe",
          ["Leiding aan het jeugdteam (11 consulenten); formatie, werving & selectie en budget.", JK6, JK7, JK8],
          ("2020-02", REF), 70, True),
      pos("mei 2016 – januari 2020", "Coördinator Ouderenwerk", "Stg. Welzijn Twenterand",
          ["Coördinatie van de ouderenadviseurs en 90 vrijwilligers in Vroomshoop en Vriezenveen."],
          ("2016-05", "2020-01"), 45, True),
      pos("september 2009 – april 2016", "Ouderenadviseur", "Stg. Welzijn Twenterand",
          ["Huisbezoeken en advies aan ouderen en mantelzorgers."],
          ("2009-09", "2016-04"), 80, False)]
JK_RATE = "Uurtarief € 86,- (excl. btw)"
cv(file="Jolien Kamps.docx", fmt="docx", layout="header",
   header="Jolien Kamps  |  Olst  |  06-32547698  |  jolien.kamps@example.nl",
   name="Jolien Kamps", email="jolien.kamps@example.nl", phone="06-32547698", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Anton Rietman", "Gerda Lohuis"],
   must_have=["gem. Olst-Wijhe", "Stg. Welzijn Twenterand"],
   body=[("title", "Jolien Kamps"),
         ("p", "Teamleider jeugd  –  " + JK_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk sinds 2009 in het sociaal domein in Overijssel, eerst in het ouderenwerk en nu als "
               "teamleider van een jeugdteam. Ik ben nuchter, betrokken en houd van heldere afspraken."),
         ("h", "Werkervaring"),
         ("pos", "sample", jk),
         ("h", "Opleiding"),
         ("p", "HBO Sociaal Pedagogische Hulpverlening (SPH), Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Anton Rietman, afdelingsmanager Sociaal Domein, gem. Olst-Wijhe, 06-32547690"),
         ("p", "Gerda Lohuis, directeur Stg. Welzijn Twenterand, 06-32547691")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=115, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Employers abbreviated as Dutch CVs often do: 'Teamleider Jeugd – gem. Olst-Wijhe' "
                     "(gem. = gemeente) 2020-02..2025-11 = 70 and 'Coördinator Ouderenwerk – Stg. Welzijn "
                     "Twenterand' (Stg. = stichting, a welzijnsstichting) 2016-05..2020-01 = 45; contiguous -> "
                     "115: knock-out 3 pass, criterion 5 = 25. Without 'gem.' 45 (a wrong fail of knock-out 3); "
                     "without 'Stg.' 70 (criterion 5 wrongly lost). Ouderenadviseur not relevant (role). HBO SPH: "
                     "hbo, not MWD. Rate 86."))

# ------------------------------------------------------------------------- Lucía Fernández Vos (pdf)
# TRAPS: the only degree is Spanish, "Grado en Trabajo Social, Universidad de Granada", with an IDW
# (Nuffic) credential evaluation "gelijkwaardig aan een hbo-bachelordiploma Social Work" -> hbo,
# completed, MWD; Europass layout (dates in a left cell) with "mrt." / "okt." / "nov." abbreviations.
LF6 = ("Voorbeeld van beleid naar resultaat: het Deventer uitvoeringsprogramma Sociaal Domein heb ik vertaald "
       "naar een jaarwerkplan met concrete projecten (wijkhuiskamers, een aanpak voor laaggeletterdheid en "
       "een schuldhulpmaatje per wijk) met meetbare doelen.")
LF7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een wijkcentrum in Colmschate.")
LF8 = "Projectleider van de reorganisatie van de wijkteams en van de implementatie van een nieuw registratiesysteem."
lf = [pos("nov. 2018 – heden", "Manager Sociaal Domein", "Gemeente Deventer",
          ["Leiding aan de teams Wmo, jeugd en welzijn (32 medewerkers); budget en formatie.", LF6, LF7, LF8],
          ("2018-11", REF), 85, True),
      pos("mrt. 2014 – okt. 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Deventer",
          ["Coördinatie van het ouderenwerk (9 beroepskrachten en vrijwilligers)."],
          ("2014-03", "2018-10"), 56, True),
      pos("sept. 2010 – feb. 2014", "Ouderenwerker", "Stichting Welzijn Deventer",
          ["Huisbezoeken, groepsactiviteiten en advies."],
          ("2010-09", "2014-02"), 42, False)]
LF_RATE = "Uurtarief € 91,00"
LF_EDU1 = "Grado en Trabajo Social (vierjarige bachelor), Universidad de Granada, Spanje — 2008"
LF_EDU2 = "Diplomawaardering IDW (Nuffic), 2010: gelijkwaardig aan een hbo-bachelordiploma Social Work"
cv(file="Lucía Fernández Vos.pdf", fmt="pdf", layout="single",
   name="Lucía Fernández Vos", email="lucia.fernandez@example.nl", phone="06-43658709", rate=LF_RATE,
   exp=lf, crit_text={"6": LF6, "7": LF7, "8": LF8}, refs=["Bart Spijkerman", "Ellen Mensink"],
   must_have=[LF_EDU1, LF_EDU2],
   body=[("title", "Lucía Fernández Vos"),
         ("p", "Deventer  |  06-43658709  |  lucia.fernandez@example.nl  |  " + LF_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben in Spanje opgeleid tot sociaal werker en woon en werk sinds 2010 in Deventer. Als manager "
               "sociaal domein verbind ik beleid, uitvoering en inwoners."),
         ("h", "Werkervaring"),
         ("eu_pos", lf),
         ("h", "Opleiding"),
         ("p", LF_EDU1),
         ("p", LF_EDU2),
         ("p", "Staatsexamen Nederlands als tweede taal, programma II — 2010"),
         ("h", "Referenties"),
         ("p", "Bart Spijkerman, gemeentesecretaris, gemeente Deventer, 06-43658710"),
         ("p", "Ellen Mensink, directeur Stichting Welzijn Deventer, 06-43658711")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education: 'Grado en Trabajo Social (vierjarige bachelor), Universidad de Granada' with "
                     "'Diplomawaardering IDW (Nuffic), 2010: gelijkwaardig aan een hbo-bachelordiploma Social "
                     "Work' -> the Dutch credential evaluation says what it is: a completed HBO-bachelor level "
                     "Social Work -> hbo (not wo, despite 'Universidad'), knock-out 2 pass, mwd. Europass layout: "
                     "Manager Sociaal Domein Gemeente Deventer 'nov. 2018 – heden' = 85, Coördinator Welzijn "
                     "Ouderen Stichting Welzijn Deventer 'mrt. 2014 – okt. 2018' = 56, contiguous -> 141. "
                     "Ouderenwerker not relevant (role)."))

# ------------------------------------------------------------------------- Marloes ter Horst (docx)
# TRAPS: no "Referenties" section: each position ends with its own "Referent: …" line (2 referees,
# with function and phone) -> 2, pass; a task line "… onder wie drie gedetacheerde welzijnswerkers en
# twee zzp'ers" (people she manages) -> not zzp.
MH6 = ("Voorbeeld van beleid naar resultaat: het Kampense welzijnsbeleid 2020-2024 heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een mantelzorgsteunpunt, buurtsportcoaches voor ouderen en een "
       "taalcafé) met meetbare doelen per kwartaal.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een supermarktketen voor een buurtkamer in Brunnepe.")
MH8 = "Projectleider van het verandertraject 'Eén loket welzijn' en van de herinrichting van de toegang."
MH_ZZP = "onder wie drie gedetacheerde welzijnswerkers en twee zzp'ers"
MH_REF1 = "Referent: Jan Willem Hulsman, directeur Stichting Welzijn Kampen, 06-54769801"
MH_REF2 = "Referent: Miriam Oosterveen, afdelingsmanager Samenleving, gemeente Zwartewaterland, 06-54769802"
mh = [pos("augustus 2018 – heden", "Coördinator Welzijn", "Stichting Welzijn Kampen",
          ["Aansturing van het welzijnsteam (12 medewerkers, " + MH_ZZP + ").",
           "Verantwoordelijk voor de urenverdeling, werving & selectie en het welzijnsbudget.", MH6, MH7, MH8],
          ("2018-08", REF), 88, True),
      pos("januari 2013 – juli 2018", "Teamleider Wmo", "Gemeente Zwartewaterland",
          ["Leiding aan het Wmo-team (7 consulenten)."],
          ("2013-01", "2018-07"), 67, True)]
MH_RATE = "Tarief: € 85,- per uur"


def mh_blocks():
    out = []
    for p, ref in zip(mh, (MH_REF1, MH_REF2)):
        out += [("pb", f"{p['t']} | {p['e']}"), ("p", p["d"]), ("bl", p["tasks"]), ("p", ref)]
    return out


cv(file="Marloes ter Horst.docx", fmt="docx", layout="sidebar",
   name="Marloes ter Horst", email="marloes.terhorst@example.nl", phone="06-54769810", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Jan Willem Hulsman", "Miriam Oosterveen"],
   zzp_negated=[MH_ZZP], must_have=[MH_REF1, MH_REF2, MH_ZZP],
   left=[("h", "Contact"), ("p", "marloes.terhorst@example.nl"), ("p", "06-54769810"), ("p", "Kampen"),
         ("h", "Tarief"), ("pb", MH_RATE),
         ("h", "Beschikbaar"), ("p", "24 uur per week"),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Coachen", "Overzicht houden"])],
   right=[("title", "Marloes ter Horst"),
          ("p", "Coördinator welzijn"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2013 leiding in het sociaal domein, eerst bij de gemeente Zwartewaterland en nu bij "
                "Stichting Welzijn Kampen. Bij elke functie staat wie u over mijn werk kunt bellen."),
          ("h", "Werkervaring"),
          *mh_blocks(),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="No 'Referenties' heading: each position ends with a 'Referent: …' line (Jan Willem Hulsman, "
                     "directeur Stichting Welzijn Kampen, 06-…; Miriam Oosterveen, afdelingsmanager Samenleving, "
                     "gemeente Zwartewaterland, 06-…) -> two named, contactable referees -> 2, pass. 'Aansturing "
                     "van het welzijnsteam (12 medewerkers, onder wie drie gedetacheerde welzijnswerkers en twee "
                     "zzp'ers)': the zzp'ers are team members she manages, not her -> zzp false, knock-out 1 "
                     "pass. Coördinator Welzijn Stichting Welzijn Kampen 2018-08..2025-11 = 88, Teamleider Wmo "
                     "Gemeente Zwartewaterland 2013-01..2018-07 = 67, contiguous -> 155."))

# ------------------------------------------------------------------------- Anouk de Jong (pdf)
# TRAP: the references are a table and the first referee shares her surname: "Peter de Jong (geen
# familie)" -> still a referee, 2, pass (a reader that drops lines with the candidate's own name as her
# contact line counts 1 -> fail). (A Van | Tot column table was tried first, but pdftotext reads such a
# table column by column, so expected.py cannot check its date text; dropped.)
AJ6 = ("Voorbeeld van beleid naar resultaat: de Zwolse participatieagenda heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een werkleerbedrijf, taaltrajecten voor statushouders en een "
       "jobcoachpool) met meetbare doelen.")
AJ7 = ("Samenwerking met zorgaanbieders, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en werkgevers, en een "
       "publiek-private samenwerking (PPS) met het regionale bedrijfsleven voor 120 werkervaringsplekken.")
AJ8 = "Projectleider van de reorganisatie van Werk en Inkomen naar twee integrale participatieteams."
aj = [pos("09-2017 – heden", "Teamleider Participatie", "Gemeente Zwolle",
          ["Leiding aan een participatieteam (16 klantmanagers en jobcoaches); formatie en budget.", AJ6, AJ7, AJ8],
          ("2017-09", REF), 99, True),
      pos("03-2010 – 08-2017", "Klantmanager Werk en Inkomen", "Gemeente Zwolle",
          ["Begeleiding van inwoners met een bijstandsuitkering naar werk."],
          ("2010-03", "2017-08"), 90, False)]
AJ_RATE = "Uurtarief: € 89,-"
AJ_REFS = [["Peter de Jong (geen familie)", "wethouder Werk en Inkomen", "gemeente Zwolle", "06-65870912"],
           ["Fatima Amrani", "afdelingsmanager Participatie", "gemeente Zwolle", "06-65870913"]]
cv(file="Anouk de Jong.pdf", fmt="pdf", layout="single",
   name="Anouk de Jong", email="anouk.dejong@example.nl", phone="06-65870910", rate=AJ_RATE,
   exp=aj, crit_text={"6": AJ6, "7": AJ7, "8": AJ8}, refs=["Peter de Jong", "Fatima Amrani"],
   must_have=["Peter de Jong (geen familie)"],
   body=[("title", "Anouk de Jong"),
         ("p", "Zwolle  |  06-65870910  |  anouk.dejong@example.nl"),
         ("pb", AJ_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider participatie bij de gemeente Zwolle. Ik help inwoners en mijn team vooruit."),
         ("h", "Werkervaring"),
         ("pos", "dateline", aj),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("table", ["Naam", "Functie", "Organisatie", "Telefoon"], AJ_REFS)],
   expect=dict(pages=1, edu=("hbo", True, False), coord=99, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Teamleider Participatie, Gemeente Zwolle', '09-2017 – heden' = 2017-09..2025-11 = 99 (participatie is the social domain) "
                     "-> knock-out 3 pass, criterion 5; klantmanager not relevant (role). References table: "
                     "'Peter de Jong (geen familie), wethouder …, 06-…' and 'Fatima Amrani, …' -> 2, pass: a "
                     "referee who shares the candidate's (common) surname is not the candidate's own contact "
                     "line. HBO Bestuurskunde: hbo, not MWD. Rate 89."))

# ------------------------------------------------------------------------- Thijs Engberts (docx)
# TRAPS: current job starts in a SEASON, "najaar 2020 – heden" (after "januari 2017 – oktober 2020" at
# the gemeente): by the year-only convention 2020-01.., any reading of "najaar" gives 106-107 merged;
# without the season job 46 -> a wrong fail. Education: "Bachelor Social Work … diploma 2012" directly
# followed by "Master Social Work … niet afgerond" -> hbo, MWD (the "niet afgerond" is the master's).
TE6 = ("Voorbeeld van beleid naar resultaat: het Voorster welzijnsbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (dorpsondersteuners in Twello en Klarenbeek, een mantelzorgpunt en een "
       "vervoersdienst) met meetbare doelen.")
TE7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingscentrum.")
TE8 = "Projectleider van het verandertraject 'Voorst dichtbij' en van de invoering van dorpsondersteuners."
te = [pos("najaar 2020 – heden", "Manager Welzijn", "Stichting Welzijn Voorst",
          ["Leiding aan 18 beroepskrachten; formatie, werving & selectie en budget.", TE6, TE7, TE8],
          ("2020-01", REF), 71, True, yearonly=True),
      pos("januari 2017 – oktober 2020", "Coördinator Wijkteams", "Gemeente Apeldoorn",
          ["Coördinatie van vier wijkteams (30 medewerkers)."],
          ("2017-01", "2020-10"), 46, True),
      pos("september 2012 – december 2016", "Wijkteammedewerker", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken en ondersteuning van gezinnen."],
          ("2012-09", "2016-12"), 52, False)]
TE_RATE = "Uurtarief: € 87,-"
TE_BA = "Bachelor Social Work, Hogeschool Windesheim — diploma 2012"
TE_MA = "Master Social Work, Hogeschool Utrecht — niet afgerond (gestopt in 2019)"
cv(file="Thijs Engberts.docx", fmt="docx", layout="single",
   name="Thijs Engberts", email="thijs.engberts@example.nl", phone="06-76981023", rate=TE_RATE,
   exp=te, crit_text={"6": TE6, "7": TE7, "8": TE8}, refs=["Joke Hazelaar", "Roel Prinsen"],
   must_have=[TE_BA, TE_MA, "najaar 2020"],
   body=[("title", "Thijs Engberts"),
         ("p", "Twello  |  06-76981023  |  thijs.engberts@example.nl"),
         ("pb", TE_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben manager welzijn in Voorst. Daarvoor coördineerde ik de wijkteams in Apeldoorn."),
         ("h", "Werkervaring"),
         ("pos", "next", te),
         ("h", "Opleiding"),
         ("p", TE_BA),
         ("p", TE_MA),
         ("h", "Referenties"),
         ("p", "Joke Hazelaar, directeur-bestuurder Stichting Welzijn Voorst, 06-76981030"),
         ("p", "Roel Prinsen, afdelingsmanager Sociaal Domein, gemeente Apeldoorn, 06-76981031")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=107, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Manager Welzijn, Stichting Welzijn Voorst, najaar 2020 – heden': a season, no month. By the "
                     "year-only convention 2020-01..2025-11 (71); 'najaar' read as September-November gives the "
                     "same merged total, since 'Coördinator Wijkteams, Gemeente Apeldoorn, januari 2017 – oktober "
                     "2020' (46) runs up to it: 2017-01..2025-11 = 107 (106 if the season started in December). "
                     "Without the season job: 46 -> a wrong fail of knock-out 3. Wijkteammedewerker not relevant "
                     "(role). Education: 'Bachelor Social Work … diploma 2012' (completed, MWD) and on the next "
                     "line 'Master Social Work … niet afgerond' (only the master is unfinished) -> hbo, mwd."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Ruben Dijkhuis (pdf)
# TRAP: "Teamleider Burgerzaken, Gemeente Epe" (48 months): a leading role at a gemeente, but not the
# social domain (passports, BRP, elections) -> not relevant; the social-domain coordinator job at the same
# gemeente has 40 -> knock-out 3 fail (88 and a wrong pass if Burgerzaken counted).
RD6 = ("Voorbeeld van beleid naar resultaat: het Eper beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het sociaal team met concrete projecten (een inloop in elke kern en vroegsignalering "
       "van schulden) met meetbare doelen.")
RD7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie.")
RD8 = "Projectleider van de herinrichting van de toegang tot het sociaal team."
rd = [pos("augustus 2022 – heden", "Coördinator Sociaal Team", "Gemeente Epe",
          ["Coördinatie van het sociaal team (12 medewerkers): Wmo, jeugd en schulden.", RD6, RD7, RD8],
          ("2022-08", REF), 40, True),
      pos("september 2018 – juli 2022", "Senior medewerker Sociaal Team", "Gemeente Epe",
          ["Keukentafelgesprekken en casusregie bij complexe hulpvragen."],
          ("2018-09", "2022-07"), 47, False),
      pos("september 2014 – augustus 2018", "Teamleider Burgerzaken", "Gemeente Epe",
          ["Leiding aan het team Burgerzaken (9 medewerkers): paspoorten, rijbewijzen, de BRP en verkiezingen."],
          ("2014-09", "2018-08"), 48, False)]
RD_RATE = "Uurtarief € 84,-"
cv(file="Ruben Dijkhuis.pdf", fmt="pdf", layout="sidebar",
   name="Ruben Dijkhuis", email="ruben.dijkhuis@example.nl", phone="06-87092134", rate=RD_RATE,
   exp=rd, crit_text={"6": RD6, "7": RD7, "8": RD8}, refs=["Wilma Dorgelo", "Sander Eijkelkamp"],
   must_have=["Teamleider Burgerzaken"],
   left=[("h", "Contact"), ("p", "ruben.dijkhuis@example.nl"), ("p", "06-87092134"), ("p", "Epe"),
         ("h", "Tarief"), ("pb", RD_RATE),
         ("h", "Sterk in"), ("bl", ["Leidinggeven", "Organiseren", "Rust brengen"])],
   right=[("title", "Ruben Dijkhuis"),
          ("p", "Coördinator sociaal team"),
          ("h", "Profiel"),
          ("p", "Ik werk al elf jaar bij de gemeente Epe, waarvan ruim zeven jaar als leidinggevende. Sinds 2022 "
                "coördineer ik het sociaal team."),
          ("h", "Werkervaring"),
          ("pos", "pipe", rd),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2013"),
          ("h", "Referenties"),
          ("p", "Wilma Dorgelo, afdelingsmanager Samenleving, gemeente Epe, 06-87092140"),
          ("p", "Sander Eijkelkamp, afdelingsmanager Publiekszaken, gemeente Epe, 06-87092141")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=40, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Teamleider Burgerzaken, Gemeente Epe' 2014-09..2018-08 (48): a leading role at a gemeente, "
                     "but Burgerzaken (passports, driving licences, the BRP, elections) is not the social domain "
                     "-> not relevant. Senior medewerker Sociaal Team not relevant (role). Only 'Coördinator "
                     "Sociaal Team, Gemeente Epe' 2022-08..2025-11 = 40 -> knock-out 3 fail (counting "
                     "Burgerzaken: 88, a wrong pass and criterion 5). The profile's 'ruim zeven jaar als "
                     "leidinggevende' is true, but includes the Burgerzaken years."))

# ------------------------------------------------------------------------- Wietske Bosma (docx)
# TRAP: a ONE-MONTH overlap at a job change decides the threshold: "Teamleider Wmo, Gemeente Hattem,
# januari 2019 – juni 2021" (30) and "Coördinator Welzijn, Stichting Welzijn Hattem, juni 2021 – november
# 2023" (30): merged 59 -> knock-out 3 fail; summed 60 -> a wrong pass.
WB6 = ("Voorbeeld van beleid naar resultaat: het Hattemse welzijnsbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een ouderenbezoekdienst, een taalcafé en een jongerenpanel) met meetbare doelen.")
WB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer.")
WB8 = "Projectleider van het verandertraject 'Welzijn op recept' in Hattem."
wb = [pos("december 2023 – heden", "Beleidsadviseur Sociaal Domein", "Provincie Overijssel",
          ["Advies over het provinciale programma Sociale Kwaliteit."],
          ("2023-12", REF), 24, False),
      pos("juni 2021 – november 2023", "Coördinator Welzijn", "Stichting Welzijn Hattem",
          ["Coördinatie van het welzijnsteam (8 beroepskrachten).", WB6, WB7, WB8],
          ("2021-06", "2023-11"), 30, True),
      pos("januari 2019 – juni 2021", "Teamleider Wmo", "Gemeente Hattem",
          ["Leiding aan het Wmo-team (6 consulenten); formatie en werving & selectie."],
          ("2019-01", "2021-06"), 30, True),
      pos("januari 2012 – december 2018", "Opbouwwerker", "Stichting Welzijn Hattem",
          ["Buurtactiviteiten en bewonersinitiatieven."],
          ("2012-01", "2018-12"), 84, False)]
WB_RATE = "Uurtarief: € 83,50"
cv(file="Wietske Bosma.docx", fmt="docx", layout="single",
   name="Wietske Bosma", email="wietske.bosma@example.nl", phone="06-98103245", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Henk Wessels", "Marja Kolkman"],
   must_have=["juni 2021 – november 2023", "januari 2019 – juni 2021"],
   body=[("title", "Wietske Bosma"),
         ("p", "Zwolle  |  06-98103245  |  wietske.bosma@example.nl"),
         ("pb", WB_RATE),
         ("h", "Profiel"),
         ("p", "Ik heb leiding gegeven bij de gemeente Hattem en bij Stichting Welzijn Hattem en werk nu als "
               "adviseur bij de provincie. Ik wil graag terug naar de praktijk."),
         ("h", "Werkervaring"),
         ("pos", "next", wb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Henk Wessels, directeur Stichting Welzijn Hattem, 06-98103250"),
         ("p", "Marja Kolkman, afdelingsmanager Samenleving, gemeente Hattem, 06-98103251")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=83.5,
               crit=(15, 0, 15, 20, 25),
               notes="Teamleider Wmo Gemeente Hattem 2019-01..2021-06 (30) and Coördinator Welzijn Stichting Welzijn "
                     "Hattem 2021-06..2023-11 (30) share June 2021 (the month of the job change): merged "
                     "2019-01..2023-11 = 59 -> knock-out 3 fail, one month short. Summing the two gives 60 (a "
                     "wrong pass). Beleidsadviseur at the province and opbouwwerker not relevant (role; "
                     "employer)."))

# ------------------------------------------------------------------------- Bram Hofstede (docx)
# TRAPS: the only "bachelor Social Work" is a study that has NOT STARTED: "Toegelaten tot de verkorte
# deeltijdbachelor Social Work, Hogeschool Windesheim (start februari 2026)" next to an MBO SMD diploma ->
# mbo, knock-out 2 fail; dates as form fields on separate lines ("Van: 03-2016" / "Tot: heden").
BH6 = ("Voorbeeld van beleid naar resultaat: de Zwolse buurtaanpak heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een buurtkamer in Holtenbroek, huiswerkbegeleiding en een repaircafé) met meetbare "
       "doelen.")
BH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor twee buurthuizen.")
BH8 = "Projectleider van de reorganisatie van het buurtwerk naar drie wijkteams."
bh = [pos("Van: 03-2016 Tot: heden", "Coördinator Buurtwerk", "Stichting Welzijn Zwolle",
          ["Coördinatie van 10 buurtwerkers en 150 vrijwilligers.", BH6, BH7, BH8],
          ("2016-03", REF), 117, True),
      pos("Van: 09-2008 Tot: 02-2016", "Jongerenwerker", "Stichting Welzijn Zwolle",
          ["Ambulant jongerenwerk in Holtenbroek en Diezerpoort."],
          ("2008-09", "2016-02"), 90, False)]
BH_RATE = "Uurtarief: € 79,-"
BH_PLAN = ("Toegelaten tot de verkorte deeltijdbachelor Social Work, Hogeschool Windesheim (start februari 2026)")


def bh_blocks():
    out = []
    for p in bh:
        van, tot = p["d"].split(" Tot: ")
        out += [("pb", p["t"]), ("p", "Werkgever: " + p["e"]), ("p", van), ("p", "Tot: " + tot), ("bl", p["tasks"])]
    return out


cv(file="Bram Hofstede.docx", fmt="docx", layout="single",
   name="Bram Hofstede", email="bram.hofstede@example.nl", phone="06-10214356", rate=BH_RATE,
   exp=bh, crit_text={"6": BH6, "7": BH7, "8": BH8}, refs=["Karin Vos", "Ahmed Bouzid"],
   must_have=[BH_PLAN, "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College — diploma 2008"],
   body=[("title", "Bram Hofstede"),
         ("p", "Zwolle  |  06-10214356  |  bram.hofstede@example.nl"),
         ("pb", BH_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator buurtwerk in Zwolle en begin volgend jaar aan een hbo-opleiding."),
         ("h", "Werkervaring"),
         *bh_blocks(),
         ("h", "Opleiding"),
         ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College — diploma 2008"),
         ("p", BH_PLAN),
         ("h", "Referenties"),
         ("p", "Karin Vos, directeur Stichting Welzijn Zwolle, 06-10214360"),
         ("p", "Ahmed Bouzid, beleidsadviseur Wijken, gemeente Zwolle, 06-10214361")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=117, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'MBO Sociaal Maatschappelijke Dienstverlening niveau 4 … diploma 2008' and "
                     "'Toegelaten tot de verkorte deeltijdbachelor Social Work, Hogeschool Windesheim (start "
                     "februari 2026)': admitted, not yet started -> highest completed level mbo, knock-out 2 "
                     "fail, mwd false. Positions as form fields: 'Werkgever: …', 'Van: 03-2016', 'Tot: heden' on "
                     "separate lines: Coördinator Buurtwerk Stichting Welzijn Zwolle 2016-03..2025-11 = 117; "
                     "jongerenwerker not relevant (role)."))

# ------------------------------------------------------------------------- Ingrid Valk (pdf)
# TRAP: "Contractmanager Wmo en Jeugd, Gemeente Zutphen" (53 months): 'manager' in the title, Wmo and a
# gemeente, but a contract specialist "(geen leidinggevende taken)" -> not relevant; only 54 months as
# coordinator at Stichting Welzijn Brummen -> knock-out 3 fail (107 and a wrong pass if counted).
IV6 = ("Voorbeeld van beleid naar resultaat: de Brummense mantelzorgnota heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (respijtzorg, een mantelzorgcafé en jonge-mantelzorgersgroepen) met meetbare doelen.")
IV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met lokale bedrijven voor vrijwilligersvervoer.")
IV8 = "Projectleider van het verandertraject 'Mantelzorg telt' en de invoering van een mantelzorgregistratie."
IV_CM = "Inkoop en contractbeheer van zorgaanbieders Wmo en jeugdhulp (geen leidinggevende taken)."
iv = [pos("juni 2021 – heden", "Coördinator Mantelzorg", "Stichting Welzijn Brummen",
          ["Coördinatie van het mantelzorgteam (5 beroepskrachten en 60 vrijwilligers).", IV6, IV7, IV8],
          ("2021-06", REF), 54, True),
      pos("januari 2017 – mei 2021", "Contractmanager Wmo en Jeugd", "Gemeente Zutphen",
          [IV_CM, "Kwartaalgesprekken over productie, kwaliteit en declaraties."],
          ("2017-01", "2021-05"), 53, False),
      pos("september 2010 – december 2016", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties."],
          ("2010-09", "2016-12"), 76, False)]
IV_RATE = "Uurtarief € 82,- excl. btw"
cv(file="Ingrid Valk.pdf", fmt="pdf", layout="header",
   header="Ingrid Valk  ·  Brummen  ·  06-21325467  ·  ingrid.valk@example.nl",
   name="Ingrid Valk", email="ingrid.valk@example.nl", phone="06-21325467", rate=IV_RATE,
   exp=iv, crit_text={"6": IV6, "7": IV7, "8": IV8}, refs=["Hetty Grootenboer", "Wouter Lamers"],
   must_have=[IV_CM],
   body=[("title", "Ingrid Valk"),
         ("pb", IV_RATE),
         ("h", "Profiel"),
         ("p", "Ik ken de gemeentelijke kant van het sociaal domein en coördineer nu het mantelzorgwerk in "
               "Brummen."),
         ("h", "Werkervaring"),
         ("pos", "datebold", iv),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Hetty Grootenboer, directeur Stichting Welzijn Brummen, 06-21325470"),
         ("p", "Wouter Lamers, teamleider Inkoop Sociaal Domein, gemeente Zutphen, 06-21325471")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=54, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Contractmanager Wmo en Jeugd, Gemeente Zutphen' 2017-01..2021-05 (53): 'manager' is part of "
                     "the job name of a contract specialist ('Inkoop en contractbeheer …', 'geen leidinggevende "
                     "taken') -> not relevant, like the casemanager in tests/holdout. Wmo-consulent not relevant "
                     "(role). Coördinator Mantelzorg Stichting Welzijn Brummen 2021-06..2025-11 = 54 -> "
                     "knock-out 3 fail (counting the contractmanager: 107, a wrong pass and criterion 5)."))
