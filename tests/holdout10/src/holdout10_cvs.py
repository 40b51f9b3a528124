# -*- coding: utf-8 -*-
"""Holdout round 10 for zeef: 6 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout9/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities, realistic fictional foundations and a real-sounding ROC.

Same shape as tests/holdout9/src/holdout9_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout10/make-holdout10.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Pieter-Jan Hommes (docx)
# TRAP (wrong fail): the only leading role is "Coördinator Inburgering – Gemeente Apeldoorn" (66): no
# generic social-domain word (sociaal, Wmo, zorg, welzijn, jeugd, participatie) in title, employer or task,
# but the Wet inburgering 2021 is a task of the gemeente's sociaal domein (statushouders, brede intake,
# leerroutes) -> relevant, 66: knock-out 3 pass, criterion 5 = 0 (66 < 72). The criterion passages stand in
# a separate section, not under the position.
PH6 = ("Voorbeeld van beleid naar resultaat: het Apeldoornse uitvoeringsplan Inburgering heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een taalhuis in elke wijk, een buddy voor elk gezin en "
       "werkervaringsplaatsen bij de gemeente) met meetbare doelen en een kwartaalrapportage.")
PH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met werkgevers en een woningcorporatie voor taalstages.")
PH8 = ("Projectleider van de invoering van de Wet inburgering 2021 in Apeldoorn: een verandertraject van "
       "regie bij het Rijk naar regie bij de gemeente, met projectplan, stuurgroep en evaluatie.")
PH_TASK = ("Leiding aan het team van negen regisseurs inburgering: de uitvoering van de Wet inburgering 2021 voor "
           "statushouders en gezinsmigranten — brede intake, het inburgeringsplan, de leerroutes (B1-route, "
           "onderwijsroute, Z-route) en de financiële begeleiding in het eerste halfjaar.")
ph = [pos("juni 2020 – heden", "Coördinator Inburgering", "Gemeente Apeldoorn",
          [PH_TASK, "Formatie, werving & selectie en het budget van het team."],
          ("2020-06", REF), 66, True),
      pos("augustus 2013 – mei 2020", "Docent Nederlands als tweede taal", "ROC Aventus Apeldoorn",
          ["Lessen NT2 op niveau A2 tot B1 voor volwassen nieuwkomers."],
          ("2013-08", "2020-05"), 82, False)]
PH_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Pieter-Jan Hommes.docx", fmt="docx", layout="single",
   name="Pieter-Jan Hommes", email="pj.hommes@example.nl", phone="06-41752983", rate=PH_RATE,
   exp=ph, crit_text={"6": PH6, "7": PH7, "8": PH8}, refs=["Gonnie Berendsen", "Tjeerd Hoogeveen"],
   must_have=["Coördinator Inburgering – Gemeente Apeldoorn", PH_TASK],
   body=[("title", "Pieter-Jan Hommes"),
         ("p", "Apeldoorn  |  06-41752983  |  pj.hommes@example.nl"),
         ("pb", PH_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer de inburgering van nieuwkomers in Apeldoorn en was daarvoor docent NT2. Ik ben "
               "geduldig, helder en zoek altijd de verbinding tussen inwoner en organisatie."),
         ("h", "Werkervaring"),
         ("pos", "sample", ph),
         ("h", "Toelichting op de selectiecriteria"),
         ("bl", [PH6, PH7, PH8]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Gonnie Berendsen, afdelingsmanager Samenleving, gemeente Apeldoorn, 06-41752984"),
         ("p", "Tjeerd Hoogeveen, teamleider NT2, ROC Aventus Apeldoorn, 06-41752985")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Inburgering – Gemeente Apeldoorn' 2020-06..2025-11 (66): the title, employer and "
                     "task name no generic social-domain word, but the Wet inburgering 2021 (statushouders, brede "
                     "intake, inburgeringsplan, leerroutes, financiële begeleiding) is a gemeente task of the sociaal "
                     "domein, and he leads the team -> relevant: knock-out 3 pass (66 >= 60), criterion 5 = 0 "
                     "(66 < 72). Docent NT2 at an ROC not relevant. The criterion passages stand under 'Toelichting "
                     "op de selectiecriteria'. HBO MWD -> mwd. 75 points, the only eligible CV -> rank 1."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Lotte Kraaijenbrink (pdf)
# TRAP: "Coördinator Sport en Cultuur – Gemeente Oldebroek, afdeling Samenleving" (72): coordinator +
# gemeente + the social department's name, but the tasks are sport clubs, the cultuurhuis, swimming pool and
# events -> not the social domain, not relevant. Only "Coördinator Welzijn Ouderen – Stichting Welzijn
# Oldebroek" (47) counts -> knock-out 3 fail (119 and criterion 5 if the sport role counts).
LK6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse visie op ouderenwelzijn heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een huiskamer in elke kern, een boodschappendienst en valpreventie) "
       "met meetbare doelen.")
LK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingsruimte.")
LK8 = "Projectleider van het verandertraject 'Oud en thuis in Oldebroek', met projectplan, stuurgroep en evaluatie."
LK_SPORT = ("Coördinatie van vier sportconsulenten en de cultuurregisseur: subsidies voor sportverenigingen en het "
            "cultuurhuis, het beheer van de sportaccommodaties en het zwembad, en de evenementenkalender.")
lk = [pos("januari 2022 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Oldebroek",
          ["Coördinatie van het ouderenwerk (6 beroepskrachten en 90 vrijwilligers); urenverdeling en budget.",
           LK6, LK7, LK8],
          ("2022-01", REF), 47, True),
      pos("januari 2016 – december 2021", "Coördinator Sport en Cultuur", "Gemeente Oldebroek, afdeling Samenleving",
          [LK_SPORT], ("2016-01", "2021-12"), 72, False),
      pos("september 2010 – december 2015", "Medewerker Sportstimulering", "Gemeente Oldebroek",
          ["Organisatie van schoolsporttoernooien en de sportweek."],
          ("2010-09", "2015-12"), 64, False)]
LK_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Lotte Kraaijenbrink.pdf", fmt="pdf", layout="single",
   name="Lotte Kraaijenbrink", email="lotte.kraaijenbrink@example.nl", phone="06-27349105", rate=LK_RATE,
   exp=lk, crit_text={"6": LK6, "7": LK7, "8": LK8}, refs=["Berdien Mulderij", "Henk van Tongeren"],
   must_have=["Coördinator Sport en Cultuur – Gemeente Oldebroek, afdeling Samenleving", LK_SPORT],
   body=[("title", "Lotte Kraaijenbrink"),
         ("p", "Wezep  |  06-27349105  |  lotte.kraaijenbrink@example.nl"),
         ("pb", LK_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer sinds 2016 bij de gemeente en de welzijnsstichting in Oldebroek. Ik ben energiek, "
               "praktisch en breng mensen bij elkaar."),
         ("h", "Werkervaring"),
         ("pos", "sample", lk),
         ("h", "Opleiding"),
         ("p", "HBO Sportkunde, Hogeschool Windesheim — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Berdien Mulderij, directeur Stichting Welzijn Oldebroek, 06-27349106"),
         ("p", "Henk van Tongeren, afdelingsmanager Samenleving, gemeente Oldebroek, 06-27349107")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=47, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 0, 15, 20, 25),
               notes="'Coördinator Sport en Cultuur – Gemeente Oldebroek, afdeling Samenleving' 2016-01..2021-12 (72): "
                     "a coordinator at a gemeente in the department that also holds the social domain, but the "
                     "tasks are sport clubs, the cultuurhuis, sports accommodation, the swimming pool and events -> "
                     "not social domain / zorg / welzijn -> not relevant. Only 'Coördinator Welzijn Ouderen – "
                     "Stichting Welzijn Oldebroek' 2022-01..2025-11 = 47 -> knock-out 3 fail, criterion 5 = 0 (119, "
                     "a wrong pass with criterion 5, if the sport role counts). Medewerker Sportstimulering not "
                     "relevant. HBO Sportkunde -> hbo, not MWD."))

# ------------------------------------------------------------------------- Gijs Wolbers (docx)
# TRAP: "Teamleider Belastingen | Gemeente Zwolle" (87): teamleider + gemeente, and the social-domain
# keywords occur only as ordinary words: "Ik zorg voor een tijdige aanslagoplegging ..." (zorg, the verb)
# and "Sociaal vaardig" (a competence). Taxes are no social domain -> not relevant. Only "Coördinator
# Mantelzorgondersteuning | Stichting Welzijn Hattem" (44) -> knock-out 3 fail (131 if counted).
GW6 = ("Voorbeeld van beleid naar resultaat: de Hattemse mantelzorgvisie heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een mantelzorgcafé en een jonge-mantelzorgersgroep) met "
       "meetbare doelen.")
GW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie en de lokale middenstand.")
GW8 = "Projectleider van de reorganisatie van het mantelzorgsteunpunt naar drie wijkpunten, met projectplan en stuurgroep."
GW_TAX = ("Leiding aan het team Heffingen en Invordering (15 medewerkers). Ik zorg voor een tijdige aanslagoplegging "
          "van de OZB, de rioolheffing en de afvalstoffenheffing en voor een correcte invordering.")
gw = [pos("april 2022 – heden", "Coördinator Mantelzorgondersteuning", "Stichting Welzijn Hattem",
          ["Coördinatie van de mantelzorgconsulenten (5 medewerkers); urenverdeling en budget.", GW6, GW7, GW8],
          ("2022-04", REF), 44, True),
      pos("januari 2015 – maart 2022", "Teamleider Belastingen", "Gemeente Zwolle",
          [GW_TAX], ("2015-01", "2022-03"), 87, False),
      pos("september 2010 – december 2014", "Medewerker Heffingen", "Gemeente Zwolle",
          ["Behandeling van bezwaarschriften tegen de WOZ-waarde."],
          ("2010-09", "2014-12"), 52, False)]
GW_RATE = "Uurtarief € 82,50 excl. btw"
cv(file="Gijs Wolbers.docx", fmt="docx", layout="single",
   name="Gijs Wolbers", email="gijs.wolbers@example.nl", phone="06-85027416", rate=GW_RATE,
   exp=gw, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Marijke Hooijer", "Arend Scholten"],
   must_have=["Teamleider Belastingen | Gemeente Zwolle", GW_TAX, "Sociaal vaardig"],
   body=[("title", "Gijs Wolbers"),
         ("p", "Hattem  |  06-85027416  |  gijs.wolbers@example.nl"),
         ("pb", GW_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider geweest bij de gemeente Zwolle en coördineer nu de mantelzorgondersteuning in "
               "Hattem. Sociaal vaardig, nauwkeurig en resultaatgericht."),
         ("h", "Werkervaring"),
         ("pos", "pipe", gw),
         ("h", "Opleiding"),
         ("p", "HBO Fiscaal Recht en Economie, Saxion Deventer — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Marijke Hooijer, directeur Stichting Welzijn Hattem, 06-85027417"),
         ("p", "Arend Scholten, afdelingshoofd Belastingen, gemeente Zwolle, 06-85027418")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=44, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 0, 15, 20, 25),
               notes="'Teamleider Belastingen | Gemeente Zwolle' 2015-01..2022-03 (87): a leading role at a gemeente, "
                     "but in local taxes (OZB, rioolheffing, afvalstoffenheffing); 'zorg' occurs only as the verb "
                     "('Ik zorg voor een tijdige aanslagoplegging') and 'sociaal' only as 'Sociaal vaardig' -> not "
                     "relevant. Only 'Coördinator Mantelzorgondersteuning | Stichting Welzijn Hattem' "
                     "2022-04..2025-11 = 44 -> knock-out 3 fail, criterion 5 = 0 (131, a wrong pass with criterion 5, "
                     "if the tax role counts). HBO Fiscaal Recht en Economie -> hbo, not MWD."))

# ------------------------------------------------------------------------- Marleen Groothuis (pdf)
# TRAP: two reference lines that are ONE person: "Henriëtte Bosch, afdelingsmanager Sociaal Domein, gemeente
# Hattem, 06-..." and "H.M. Bosch-Lubbers ... (dezelfde referent als hierboven: zij was tot 2017 directeur
# van Stichting Welzijn Hattem)" -> 1 reference, check fail (an otherwise perfect CV, 100 points).
MG6 = ("Voorbeeld van beleid naar resultaat: het Hattemse beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het team met concrete projecten (een inloopspreekuur, vroegsignalering van "
       "eenzaamheid en een mantelzorgcafé) met meetbare doelen.")
MG7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een wijksteunpunt.")
MG8 = "Projectleider van de reorganisatie van het Wmo-loket naar één sociaal team, met projectplan en stuurgroep."
MG_REF1 = "Henriëtte Bosch, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-50318642"
MG_REF2 = ("H.M. Bosch-Lubbers, h.bosch@example.nl (dezelfde referent als hierboven: zij was tot 2017 directeur van "
           "Stichting Welzijn Hattem en daar ook mijn leidinggevende)")
mg = [pos("maart 2017 – heden", "Teamleider Wmo", "Gemeente Hattem",
          ["Leiding aan het Wmo-team (11 consulenten); formatie, werving & selectie en budget.", MG6, MG7, MG8],
          ("2017-03", REF), 105, True),
      pos("juni 2011 – februari 2017", "Coördinator Ouderenwerk", "Stichting Welzijn Hattem",
          ["Coördinatie van het ouderenwerk (5 beroepskrachten en 70 vrijwilligers)."],
          ("2011-06", "2017-02"), 69, True)]
MG_RATE = "Uurtarief: € 86,- excl. btw"
cv(file="Marleen Groothuis.pdf", fmt="pdf", layout="single",
   name="Marleen Groothuis", email="marleen.groothuis@example.nl", phone="06-50318641", rate=MG_RATE,
   exp=mg, crit_text={"6": MG6, "7": MG7, "8": MG8}, refs=["Henriëtte Bosch"],
   must_have=[MG_REF1, MG_REF2],
   body=[("title", "Marleen Groothuis"),
         ("p", "Hattem  |  06-50318641  |  marleen.groothuis@example.nl"),
         ("pb", MG_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het Wmo-team van de gemeente Hattem en coördineerde daarvoor het ouderenwerk "
               "van de welzijnsstichting. Ik ben verbindend, duidelijk en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "datebold", mg),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", MG_REF1),
         ("p", MG_REF2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=174, refs=(1, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 25),
               notes="Two reference lines, one referee: 'Henriëtte Bosch, afdelingsmanager Sociaal Domein, gemeente "
                     "Hattem' and 'H.M. Bosch-Lubbers, h.bosch@example.nl (dezelfde referent als hierboven: zij was "
                     "tot 2017 directeur van Stichting Welzijn Hattem ...)' - the CV itself says the second line is "
                     "the same person -> count 1 -> references check fail (the tender asks for at least 2). "
                     "Teamleider Wmo, Gemeente Hattem 2017-03..2025-11 (105) + Coördinator Ouderenwerk, Stichting "
                     "Welzijn Hattem 2011-06..2017-02 (69), contiguous -> 174. HBO MWD -> mwd. 100 points; a reader "
                     "that counts two lines makes her rank 1."))

# ------------------------------------------------------------------------- Erwin Stoelhorst (docx)
# TRAP: the only hbo line is a two-day course under "Cursussen": "Hbo-module Sociaal Werk 'Methodisch werken
# met gezinnen' (twee lesdagen), Hogeschool Windesheim — certificaat behaald 2021"; the only diploma is
# MBO SMD -> mbo, knock-out 2 fail, criterion 4 = 0.
ES6 = ("Voorbeeld van beleid naar resultaat: het Kamper jeugdbeleid heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een opvoedspreekuur op de scholen, een jongerenpunt en een aanpak voor thuiszitters) "
       "met meetbare doelen.")
ES7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een sportvereniging.")
ES8 = "Projectleider van de transformatie van het CJG naar een jeugd- en gezinsteam, met projectplan en stuurgroep."
ES_COURSE = ("Hbo-module Sociaal Werk 'Methodisch werken met gezinnen' (twee lesdagen), Hogeschool Windesheim — "
             "certificaat behaald 2021")
es = [pos("september 2016 – heden", "Coördinator Jeugd en Gezin", "Gemeente Kampen",
          ["Coördinatie van het jeugd- en gezinsteam (10 medewerkers); urenverdeling en budget.", ES6, ES7, ES8],
          ("2016-09", REF), 111, True),
      pos("februari 2008 – augustus 2016", "Jeugdconsulent", "Gemeente Kampen",
          ["Gesprekken met gezinnen en toekenning van jeugdhulp."],
          ("2008-02", "2016-08"), 103, False)]
ES_RATE = "Uurtarief € 80,- excl. btw"
cv(file="Erwin Stoelhorst.docx", fmt="docx", layout="sidebar",
   name="Erwin Stoelhorst", email="e.stoelhorst@example.nl", phone="06-13962758", rate=ES_RATE,
   exp=es, crit_text={"6": ES6, "7": ES7, "8": ES8}, refs=["Annet Brinkman", "Rik Folkerts"],
   must_have=[ES_COURSE],
   left=[("h", "Contact"), ("p", "e.stoelhorst@example.nl"), ("p", "06-13962758"), ("p", "Kampen"),
         ("h", "Tarief"), ("pb", ES_RATE),
         ("h", "Sterk in"), ("bl", ["Coachen", "Organiseren", "Verbinden"])],
   right=[("title", "Erwin Stoelhorst"),
          ("p", "Coördinator Jeugd en Gezin"),
          ("h", "Profiel"),
          ("p", "Ik coördineer het jeugd- en gezinsteam van de gemeente Kampen en werkte daarvoor acht jaar als "
                "jeugdconsulent. Ik blijf mezelf ontwikkelen, onder meer met modules op hbo-niveau."),
          ("h", "Werkervaring"),
          ("pos", "pipe", es),
          ("h", "Opleiding"),
          ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College Zwolle — diploma 2007"),
          ("h", "Cursussen"),
          ("p", ES_COURSE),
          ("p", "Training Motiverende gespreksvoering, Movisie — 2019"),
          ("h", "Referenties"),
          ("p", "Annet Brinkman, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-13962759"),
          ("p", "Rik Folkerts, beleidsadviseur Jeugd, gemeente Kampen, 06-13962760")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=111, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Hbo-module Sociaal Werk 'Methodisch werken met gezinnen' (twee lesdagen), Hogeschool Windesheim "
                     "— certificaat behaald 2021' under 'Cursussen': a two-day module of a hogeschool, completed, but "
                     "no bachelor programme; the only diploma is MBO SMD -> highest completed level mbo -> knock-out "
                     "2 fail, criterion 4 = 0 (hbo + Sociaal Werk + behaald + Hogeschool: a keyword reader gives a "
                     "wrong pass and MWD). Coördinator Jeugd en Gezin, Gemeente Kampen 2016-09..2025-11 = 111 -> "
                     "knock-out 3 pass, criterion 5. Jeugdconsulent not relevant (role)."))

# ------------------------------------------------------------------------- Nadia Bouzid (pdf)
# TRAP: the years are claimed only in the profile: "Al ruim tien jaar ben ik coördinator in het sociaal
# domein van de gemeente Kampen", but the positions show 45 months as "Coördinator Wijkteams" (maart 2022 –
# heden); before that "Wijkteammedewerker" (casusregie for households, no leading role) -> 45, knock-out 3
# fail (the profile claim would give 120+).
NB6 = ("Voorbeeld van beleid naar resultaat: de Kamper koers voor de wijkteams heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een wijkspreekuur in elke kern, vroegsignalering van schulden en een "
       "mantelzorgcafé) met meetbare doelen.")
NB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer.")
NB8 = "Projectleider van de herinrichting van vier wijkteams tot twee gebiedsteams, met projectplan en stuurgroep."
NB_CLAIM = "Al ruim tien jaar ben ik coördinator in het sociaal domein van de gemeente Kampen."
nb = [pos("maart 2022 – heden", "Coördinator Wijkteams", "Gemeente Kampen",
          ["Coördinatie van twee wijkteams (18 medewerkers); urenverdeling en budget.", NB6, NB7, NB8],
          ("2022-03", REF), 45, True),
      pos("januari 2012 – februari 2022", "Wijkteammedewerker", "Gemeente Kampen",
          ["Ondersteuning van inwoners met vragen over zorg, werk en inkomen; casusregie bij huishoudens met "
           "meerdere hulpverleners."],
          ("2012-01", "2022-02"), 122, False)]
NB_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Nadia Bouzid.pdf", fmt="pdf", layout="header",
   header="Nadia Bouzid  ·  Kampen  ·  06-72914638  ·  nadia.bouzid@example.nl",
   name="Nadia Bouzid", email="nadia.bouzid@example.nl", phone="06-72914638", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Wilma Schuurman", "Jacco de Ruiter"],
   must_have=[NB_CLAIM],
   body=[("title", "Nadia Bouzid"),
         ("pb", NB_RATE),
         ("h", "Profiel"),
         ("p", NB_CLAIM + " Ik houd overzicht, verbind professionals en durf knopen door te hakken."),
         ("h", "Werkervaring"),
         ("pos", "dateline", nb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Wilma Schuurman, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-72914639"),
         ("p", "Jacco de Ruiter, teamleider Zorg, gemeente Kampen, 06-72914640")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="Profile: 'Al ruim tien jaar ben ik coördinator in het sociaal domein van de gemeente Kampen.' "
                     "The positions show 'Coördinator Wijkteams, Gemeente Kampen' 2022-03..2025-11 = 45 only; "
                     "'Wijkteammedewerker, Gemeente Kampen' 2012-01..2022-02 (122) is casework ('casusregie bij "
                     "huishoudens') without a leading role -> not relevant. The tender asks for 'aantoonbare' "
                     "experience: the dated positions are the evidence, the unsupported profile sentence is not -> "
                     "45 -> knock-out 3 fail, criterion 5 = 0. Bachelor Social Work -> mwd."))
