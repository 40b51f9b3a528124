# -*- coding: utf-8 -*-
"""Holdout round 8 for zeef: 10 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout7/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations, care homes and training institutes.

Same shape as tests/holdout7/src/holdout7_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout8/make-holdout8.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Harm Wesselink (pdf)
# TRAP: the only degree is an HSAO "getuigschrift" (Hoger Sociaal-Agogisch Onderwijs, the HBO sector for
# social work before the hogeschool mergers), printed only with its abbreviation and the old word for a
# diploma: "HSAO Maatschappelijk Werk, De Horst, Driebergen — getuigschrift 1991" -> hbo, completed, MWD
# (a reader that looks for "hbo", "bachelor", "hogeschool" or "diploma" gives a wrong fail of knock-out 2).
HW6 = ("Voorbeeld van beleid naar resultaat: de Olst-Wijhese Koersnota Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een mantelzorgsteunpunt, huiskamers in Olst en Wijhe en een "
       "vrijwillige thuisadministratie) met meetbare doelen en een halfjaarlijkse rapportage.")
HW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en de plaatselijke supermarkt voor een "
       "buurtkamer in Wesepe.")
HW8 = ("Projectleider van het verandertraject 'Welzijn op recept': de invoering in alle huisartsenpraktijken, met "
       "projectplan, stuurgroep en evaluatie.")
HW_EDU = "HSAO Maatschappelijk Werk, De Horst, Driebergen — getuigschrift 1991"
hw = [pos("maart 2014 – heden", "Manager Welzijn en Mantelzorg", "Stichting Welzijn Olst-Wijhe",
          ["Leiding aan het welzijnswerk (18 beroepskrachten en 260 vrijwilligers); formatie, werving & selectie "
           "en het welzijnsbudget.", HW6, HW7, HW8],
          ("2014-03", REF), 141, True),
      pos("september 1991 – februari 2014", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Salland",
          ["Individuele hulpverlening, groepswerk en crisisinterventie."],
          ("1991-09", "2014-02"), 270, False)]
HW_RATE = "Uurtarief: € 91,- excl. btw"
cv(file="Harm Wesselink.pdf", fmt="pdf", layout="single",
   name="Harm Wesselink", email="harm.wesselink@example.nl", phone="06-31864207", rate=HW_RATE,
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Gerdien Schuurman", "Jan-Willem Pots"],
   must_have=[HW_EDU],
   body=[("title", "Harm Wesselink"),
         ("p", "Wijhe  |  06-31864207  |  harm.wesselink@example.nl"),
         ("pb", HW_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk sinds 1991 in het sociaal werk in Salland, eerst als maatschappelijk werker en nu als "
               "manager welzijn en mantelzorg. Ik ben nuchter, betrokken en houd van heldere afspraken."),
         ("h", "Werkervaring"),
         ("pos", "dateline", hw),
         ("h", "Opleiding"),
         ("p", HW_EDU),
         ("p", "Leergang Leidinggeven in Welzijn, Movisie — certificaat 2015"),
         ("h", "Referenties"),
         ("p", "Gerdien Schuurman, directeur-bestuurder Stichting Welzijn Olst-Wijhe, 06-31864208"),
         ("p", "Jan-Willem Pots, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-31864209")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education 'HSAO Maatschappelijk Werk, De Horst, Driebergen — getuigschrift 1991': HSAO (Hoger "
                     "Sociaal-Agogisch Onderwijs) was the HBO sector for social work before the hogeschool mergers; "
                     "De Horst was one of its schools; 'getuigschrift' is the (old and still legal) word for the "
                     "diploma; an HBO getuigschrift carries the bachelor title -> hbo, completed, mwd (criterion 4 = "
                     "15), although neither 'hbo', 'bachelor', 'hogeschool' nor 'diploma' is printed. Manager Welzijn "
                     "en Mantelzorg, Stichting Welzijn Olst-Wijhe 2014-03..2025-11 = 141 -> knock-out 3 pass, "
                     "criterion 5; maatschappelijk werker not relevant (role). Rate 91: after Noor Hamersma (100, "
                     "86) -> rank 2."))

# ------------------------------------------------------------------------- Noor Hamersma (docx)
# TRAPS: the MWD degree is written only in English: "Bachelor of Social Work, Hanze University of Applied
# Sciences, Groningen — graduated 2010" -> a university of applied sciences is a hogeschool: hbo (not wo),
# completed, MWD; the "Referenties" heading is the last line of page 1 and both referees stand on page 2
# after a page break.
NH6 = ("Voorbeeld van beleid naar resultaat: de Zwolse visie 'Zwolle Sociaal' heb ik vertaald naar een "
       "jaarwerkplan voor de wijkteams met concrete projecten (een inloopspreekuur in elke wijk, een aanpak voor "
       "jonge mantelzorgers en schuldhulp aan de keukentafel) met meetbare doelen.")
NH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met woningcorporaties en een energieleverancier voor "
       "vroegsignalering van betalingsachterstanden.")
NH8 = "Projectleider van de reorganisatie van acht buurtteams naar vier wijkteams, met projectplan en stuurgroep."
NH_EDU = "Bachelor of Social Work, Hanze University of Applied Sciences, Groningen — graduated 2010"
nh = [pos("februari 2018 – heden", "Teamleider Wijkteams", "Gemeente Zwolle",
          ["Leiding aan twee wijkteams (26 medewerkers): Wmo, jeugd en schulden; formatie, werving & selectie en "
           "budget.", NH6, NH7, NH8],
          ("2018-02", REF), 94, True),
      pos("juni 2012 – januari 2018", "Coördinator Jongerenwerk", "Stichting Welzijn Haren",
          ["Coördinatie van vijf jongerenwerkers en het jongerencentrum."],
          ("2012-06", "2018-01"), 68, True),
      pos("september 2010 – mei 2012", "Jongerenwerker", "Stichting Welzijn Haren",
          ["Ambulant jongerenwerk in Haren en Glimmen."],
          ("2010-09", "2012-05"), 21, False)]
NH_RATE = "Uurtarief € 86,- excl. btw"
cv(file="Noor Hamersma.docx", fmt="docx", layout="single",
   name="Noor Hamersma", email="noor.hamersma@example.nl", phone="06-42975318", rate=NH_RATE,
   exp=nh, crit_text={"6": NH6, "7": NH7, "8": NH8}, refs=["Wieteke Brouwer", "Sietse Bakker"],
   must_have=[NH_EDU],
   body=[("title", "Noor Hamersma"),
         ("p", "Zwolle  |  06-42975318  |  noor.hamersma@example.nl"),
         ("pb", NH_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan de wijkteams van de gemeente Zwolle. Daarvoor coördineerde ik het jongerenwerk "
               "in Haren. Ik ben een verbinder die ook knopen doorhakt."),
         ("h", "Werkervaring"),
         ("pos", "datebold", nh),
         ("h", "Opleiding"),
         ("p", NH_EDU),
         ("p", "Havo, Maartenscollege Haren — diploma 2006"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed)"),
         ("h", "Referenties"),
         ("break",),
         ("p", "Wieteke Brouwer, afdelingsmanager Sociaal Domein, gemeente Zwolle, 06-42975319"),
         ("p", "Sietse Bakker, directeur Stichting Welzijn Haren, 06-42975320")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=162, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education only in English: 'Bachelor of Social Work, Hanze University of Applied Sciences, "
                     "Groningen — graduated 2010': a university of applied sciences is the English name of a "
                     "hogeschool (Hanzehogeschool) -> hbo (not wo), completed ('graduated'), mwd. Teamleider "
                     "Wijkteams Gemeente Zwolle 2018-02..2025-11 (94) + Coördinator Jongerenwerk Stichting Welzijn "
                     "Haren 2012-06..2018-01 (68), contiguous -> 162; jongerenwerker not relevant (role). The heading "
                     "'Referenties' is the last line of page 1; the two referees follow a page break on page 2 -> 2. "
                     "Rate 86: 100 points at the lowest rate -> rank 1."))

# ------------------------------------------------------------------------- Lieke Mensink (docx)
# TRAP: both leading roles are Dutch COMPOUND titles, with no separate word coördinator/teamleider:
# "Wijkteamleider | Gemeente Hardenberg" (50) and "Jeugdcoördinator | Stichting Welzijn Hardenberg" (41)
# -> 91, knock-out 3 pass, criterion 5 (a matcher that looks for the whole word gives 0: a wrong fail).
LM6 = ("Voorbeeld van beleid naar resultaat: het Hardenbergse jeugdbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een jongerenpunt in Dedemsvaart, een opvoedspreekuur op scholen en een aanpak "
       "voor thuiszitters) met meetbare doelen.")
LM7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een sportvereniging en een woningcorporatie.")
LM8 = "Projectleider van de transformatie van de jeugdhulp naar wijkgerichte teams, met projectplan en stuurgroep."
lm = [pos("oktober 2021 – heden", "Wijkteamleider", "Gemeente Hardenberg",
          ["Leiding aan het wijkteam Hardenberg-Baalder (11 medewerkers); formatie en budget.", LM6, LM7, LM8],
          ("2021-10", REF), 50, True),
      pos("mei 2018 – september 2021", "Jeugdcoördinator", "Stichting Welzijn Hardenberg",
          ["Coördinatie van het jongerenwerk en de jeugdactiviteiten (6 jongerenwerkers)."],
          ("2018-05", "2021-09"), 41, True),
      pos("augustus 2013 – april 2018", "Jeugdwerker", "Stichting Welzijn Hardenberg",
          ["Ambulant jongerenwerk en activiteiten in de kernen."],
          ("2013-08", "2018-04"), 57, False)]
LM_RATE = "Uurtarief: € 88,-"
cv(file="Lieke Mensink.docx", fmt="docx", layout="header",
   header="Lieke Mensink  |  Hardenberg  |  06-53086429  |  lieke.mensink@example.nl",
   name="Lieke Mensink", email="lieke.mensink@example.nl", phone="06-53086429", rate=LM_RATE,
   exp=lm, crit_text={"6": LM6, "7": LM7, "8": LM8}, refs=["Gonnie Schepers", "Hendrik Jan Mulder"],
   must_have=["Wijkteamleider | Gemeente Hardenberg", "Jeugdcoördinator | Stichting Welzijn Hardenberg"],
   body=[("title", "Lieke Mensink"),
         ("pb", LM_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk al twaalf jaar met en voor jongeren en gezinnen in Hardenberg, de laatste jaren als "
               "leidinggevende. Ik ben open, duidelijk en houd van een team dat elkaar scherp houdt."),
         ("h", "Werkervaring"),
         ("pos", "pipe", lm),
         ("h", "Opleiding"),
         ("p", "HBO Toegepaste Psychologie, Saxion Deventer — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Gonnie Schepers, afdelingsmanager Sociaal Domein, gemeente Hardenberg, 06-53086430"),
         ("p", "Hendrik Jan Mulder, directeur Stichting Welzijn Hardenberg, 06-53086431")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=91, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 15, 20, 25),
               notes="Leading roles written as Dutch compounds: 'Wijkteamleider | Gemeente Hardenberg' 2021-10..2025-11 "
                     "(50; teamleider of a wijkteam) and 'Jeugdcoördinator | Stichting Welzijn Hardenberg' "
                     "2018-05..2021-09 (41; coördinator of the youth work), contiguous -> 91 -> knock-out 3 pass, "
                     "criterion 5 (a matcher needing the separate word 'teamleider' or 'coördinator' gets 0: a wrong "
                     "fail). Jeugdwerker not relevant (role). HBO Toegepaste Psychologie: hbo, not MWD -> criterion "
                     "4 = 0. Rate 88 -> rank 3 (85 points), shortlisted."))

# ------------------------------------------------------------------------- Sabine Evers (pdf)
# TRAP: "Coördinator Facilitaire Zaken, Stichting Welzijn Dalfsen" (54): coordinator AND welzijnsstichting
# in one line, but the job is facilities (buildings, cleaning, purchasing, IT workplaces) -> not coordinator
# experience in the social domain. Only "Teamleider Welzijn, Gemeente Dalfsen" (65) counts -> knock-out 3
# pass, criterion 5 = 0 (119 and a wrong criterion 5, rank 1 instead of 4, if counted).
SE6 = ("Voorbeeld van beleid naar resultaat: de Dalfser Koers Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het team welzijn met concrete projecten (dorpsondersteuners in Nieuwleusen en Lemelerveld, "
       "een mantelzorgwaardering en een beweegaanbod voor ouderen) met meetbare doelen.")
SE7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en lokale winkeliers voor een dorpshuiskamer.")
SE8 = "Projectleider van het verandertraject 'Dichtbij in de dorpen' en van de invoering van een nieuw registratiesysteem."
SE_FAC = "Coördinator Facilitaire Zaken, Stichting Welzijn Dalfsen"
se = [pos("juli 2020 – heden", "Teamleider Welzijn", "Gemeente Dalfsen",
          ["Leiding aan het team welzijn (9 medewerkers) binnen de afdeling Samenleving; formatie en budget.",
           SE6, SE7, SE8],
          ("2020-07", REF), 65, True),
      pos("januari 2016 – juni 2020", "Coördinator Facilitaire Zaken", "Stichting Welzijn Dalfsen",
          ["Coördinatie van huisvesting, schoonmaak, inkoop en ICT-werkplekken voor de vier wijkcentra van de "
           "stichting; aansturing van de gebouwbeheerders en de receptie."],
          ("2016-01", "2020-06"), 54, False),
      pos("maart 2010 – december 2015", "Medewerker Facilitaire Dienst", "Gemeente Zwolle",
          ["Huisvesting en inkoop voor het stadskantoor."],
          ("2010-03", "2015-12"), 70, False)]
SE_RATE = "Uurtarief € 84,- excl. btw"
cv(file="Sabine Evers.pdf", fmt="pdf", layout="sidebar",
   name="Sabine Evers", email="sabine.evers@example.nl", phone="06-64197530", rate=SE_RATE,
   exp=se, crit_text={"6": SE6, "7": SE7, "8": SE8}, refs=["Marianne Kamphuis", "Roelof Dunnewind"],
   must_have=[SE_FAC],
   left=[("h", "Contact"), ("p", "sabine.evers@example.nl"), ("p", "06-64197530"), ("p", "Dalfsen"),
         ("h", "Tarief"), ("pb", SE_RATE),
         ("h", "Sterk in"), ("bl", ["Organiseren", "Verbinden", "Overzicht houden"])],
   right=[("title", "Sabine Evers"),
          ("p", "Teamleider welzijn"),
          ("h", "Profiel"),
          ("p", "Ik ben teamleider welzijn bij de gemeente Dalfsen. Ik ken het welzijnswerk ook van binnenuit: "
                "ik zorgde jarenlang dat de wijkcentra van de stichting goed draaiden."),
          ("h", "Werkervaring"),
          ("pos", "dateline", se),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim — diploma 2019"),
          ("p", "HBO Facility Management, Saxion Deventer — diploma 2010"),
          ("h", "Referenties"),
          ("p", "Marianne Kamphuis, afdelingsmanager Samenleving, gemeente Dalfsen, 06-64197531"),
          ("p", "Roelof Dunnewind, directeur Stichting Welzijn Dalfsen, 06-64197532")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=65, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Facilitaire Zaken, Stichting Welzijn Dalfsen' 2016-01..2020-06 (54): the employer "
                     "is a welzijnsstichting and the title says coördinator, but the job is facilities (housing, "
                     "cleaning, purchasing, IT workplaces of the community centres) -> not coordinator experience in "
                     "the social domain -> not relevant. Only 'Teamleider Welzijn, Gemeente Dalfsen' 2020-07..2025-11 "
                     "= 65 -> knock-out 3 pass, criterion 5 = 0 (65 < 72). Counting the facilities job gives 119 "
                     "(criterion 5 = 25, 100 points, rank 1 at the lowest rate: a wrong criterion 5). Medewerker "
                     "Facilitaire Dienst not relevant. HBO MWD (deeltijd) diploma 2019 -> mwd. 75 points, rate 84 "
                     "-> rank 4, not shortlisted."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Dennis Vrielink (pdf)
# TRAP: the only line with "hbo" is a POST-HBO course: "Post-hbo opleiding Leidinggeven in het Sociaal
# Domein, Academie Sociaal Leiderschap — diploma behaald 2020", next to "MBO Sociaal Maatschappelijke
# Dienstverlening niveau 4 — diploma 2005": a post-hbo course is continuing education, no bachelor
# degree -> highest completed level mbo, knock-out 2 fail (a reader that sees "hbo", "Sociaal" and "diploma
# behaald" gives a wrong pass and rank 1).
DV6 = ("Voorbeeld van beleid naar resultaat: het Epese beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal makelaar in elke kern, een mantelzorgcafé en een "
       "taalhuis) met meetbare doelen.")
DV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer in Vaassen.")
DV8 = "Projectleider van de reorganisatie van het sociaal team naar drie gebiedsteams."
DV_EDU = ("Post-hbo opleiding Leidinggeven in het Sociaal Domein, Academie Sociaal Leiderschap Utrecht — diploma "
          "behaald 2020")
DV_MBO = "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College Zwolle — diploma 2005"
dv = [pos("april 2016 – heden", "Coördinator Sociaal Team", "Gemeente Epe",
          ["Coördinatie van het sociaal team (15 medewerkers): Wmo, jeugd en participatie; urenverdeling en "
           "budget.", DV6, DV7, DV8],
          ("2016-04", REF), 116, True),
      pos("september 2005 – maart 2016", "Consulent Wmo", "Gemeente Epe",
          ["Keukentafelgesprekken en indicaties."],
          ("2005-09", "2016-03"), 127, False)]
DV_RATE = "Uurtarief € 79,-"
cv(file="Dennis Vrielink.pdf", fmt="pdf", layout="single",
   name="Dennis Vrielink", email="dennis.vrielink@example.nl", phone="06-75208641", rate=DV_RATE,
   exp=dv, crit_text={"6": DV6, "7": DV7, "8": DV8}, refs=["Anja Ter Beek", "Willem Hazeleger"],
   must_have=[DV_EDU, DV_MBO],
   body=[("title", "Dennis Vrielink"),
         ("p", "Epe  |  06-75208641  |  dennis.vrielink@example.nl  |  " + DV_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het sociaal team van de gemeente Epe. Na mijn mbo-opleiding ben ik via de praktijk "
               "en een post-hbo opleiding doorgegroeid naar een leidinggevende rol."),
         ("h", "Werkervaring"),
         ("eu_pos", dv),
         ("h", "Opleiding"),
         ("p", DV_EDU),
         ("p", DV_MBO),
         ("h", "Referenties"),
         ("p", "Anja Ter Beek, afdelingsmanager Samenleving, gemeente Epe, 06-75208642"),
         ("p", "Willem Hazeleger, wethouder Zorg, gemeente Epe, 06-75208643")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=116, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Post-hbo opleiding Leidinggeven in het Sociaal Domein, Academie Sociaal Leiderschap "
                     "Utrecht — diploma behaald 2020' and 'MBO Sociaal Maatschappelijke Dienstverlening niveau 4 … "
                     "diploma 2005'. A post-hbo course is continuing education for professionals (admission on "
                     "experience or hbo werk- en denkniveau); its 'diploma' is a course certificate, not a bachelor "
                     "degree, and the CV shows no HBO bachelor -> highest completed level mbo, knock-out 2 fail, mwd "
                     "false (a reader that sees 'hbo' and 'diploma behaald' gives a wrong pass: 85 points at the "
                     "lowest rate, 79: rank 3, shortlisted). Europass: Coördinator Sociaal Team Gemeente Epe 2016-04..2025-11 = 116; "
                     "consulent Wmo not relevant (role)."))

# ------------------------------------------------------------------------- Ans Hulsebos (docx)
# TRAP: the long gemeente job is "Wmo-consulent en plaatsvervangend teamleider" (75): a consultant who
# stands in for the teamleider during holidays and illness ("ca. zes weken per jaar") -> not a leading role;
# only "Teamleider Wmo" since April 2021 counts (56) -> knock-out 3 fail (131, a wrong pass and criterion
# 5, if the deputy title is counted).
AH6 = ("Voorbeeld van beleid naar resultaat: de Heerder beleidsregels Wmo heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een vernieuwde aanvraagroute, een mantelzorgpas en algemene voorzieningen voor "
       "huishoudelijke hulp) met meetbare doelen.")
AH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor woningaanpassingen.")
AH8 = "Projectleider van de herinrichting van de Wmo-toegang en de invoering van het nieuwe registratiesysteem."
AH_DEP = "Wmo-consulent en plaatsvervangend teamleider"
AH_TASK = ("Vervanging van de teamleider bij vakantie en ziekte (ca. zes weken per jaar); de rest van de tijd "
           "keukentafelgesprekken en indicaties als Wmo-consulent.")
ah = [pos("april 2021 – heden", "Teamleider Wmo", "Gemeente Heerde",
          ["Leiding aan het team Wmo (10 medewerkers); formatie, werving & selectie en budget.", AH6, AH7, AH8],
          ("2021-04", REF), 56, True),
      pos("januari 2015 – maart 2021", AH_DEP, "Gemeente Heerde",
          [AH_TASK],
          ("2015-01", "2021-03"), 75, False),
      pos("september 2009 – december 2014", "Maatschappelijk werker", "Stichting Welzijn Heerde",
          ["Algemeen maatschappelijk werk en schuldhulp."],
          ("2009-09", "2014-12"), 64, False)]
AH_RATE = "Uurtarief € 83,- excl. btw"
cv(file="Ans Hulsebos.docx", fmt="docx", layout="single",
   name="Ans Hulsebos", email="ans.hulsebos@example.nl", phone="06-86319752", rate=AH_RATE,
   exp=ah, crit_text={"6": AH6, "7": AH7, "8": AH8}, refs=["Tineke Rozendaal", "Gert Overbeek"],
   must_have=[AH_DEP, AH_TASK],
   body=[("title", "Ans Hulsebos"),
         ("p", "Heerde  |  06-86319752  |  ans.hulsebos@example.nl"),
         ("pb", AH_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk al tien jaar in de Wmo bij de gemeente Heerde en geef sinds 2021 leiding aan het team Wmo. "
               "Ik ken Stip, de inwoners en de partners van binnenuit."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ah),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Tineke Rozendaal, afdelingsmanager Sociaal Domein, gemeente Heerde, 06-86319753"),
         ("p", "Gert Overbeek, directeur Stichting Welzijn Heerde, 06-86319754")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Wmo-consulent en plaatsvervangend teamleider, Gemeente Heerde' 2015-01..2021-03 (75): the job "
                     "is Wmo-consulent; the deputy role is standing in for the teamleider 'bij vakantie en ziekte "
                     "(ca. zes weken per jaar)' -> not coordinator/manager experience -> not relevant (unlike the "
                     "waarnemend teamleider with full leadership in tests/holdout5). Only 'Teamleider Wmo, Gemeente "
                     "Heerde' 2021-04..2025-11 = 56 -> knock-out 3 fail, criterion 5 = 0. Counting the deputy years "
                     "gives 131 (a wrong pass and criterion 5); the stand-in weeks added up are about nine months, "
                     "scattered holiday and sick cover, not coordinator experience. Maatschappelijk werker not relevant (role)."))

# ------------------------------------------------------------------------- Ronald Koopmans (pdf)
# TRAPS: "Coördinator Uitvoering – Gemeente Kampen" (88): coordinator at a gemeente, but the tasks say the
# afdeling Openbare Ruimte (green maintenance, street cleaning, gritting) -> not the social domain; only 51
# at Stichting Welzijn Kampen -> knock-out 3 fail (139 if counted). One referee is his WIFE ("mijn
# echtgenote") -> not an independent reference -> 1 -> references fail.
RK6 = ("Voorbeeld van beleid naar resultaat: het Kamper beleidsplan Mantelzorg heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (respijtzorg in de wijk, een mantelzorgcafé en ondersteuning van "
       "jonge mantelzorgers op scholen) met meetbare doelen.")
RK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en lokale winkeliers voor een "
       "mantelzorgpas.")
RK8 = "Projectleider van het verandertraject 'Mantelzorg dichtbij' en van de invoering van een mantelzorgregister."
RK_OR = ("Coördinatie van de buitendienst van de afdeling Openbare Ruimte (32 medewerkers): groenonderhoud, "
         "straatreiniging en gladheidsbestrijding; planning, materieel en werkbudget.")
RK_REF = ("Petra Koopmans (mijn echtgenote), beleidsadviseur Sociaal Domein, gemeente Zwolle, 06-97420863")
rk = [pos("september 2021 – heden", "Coördinator Mantelzorg", "Stichting Welzijn Kampen",
          ["Coördinatie van de mantelzorgondersteuning (5 consulenten en 60 vrijwilligers).", RK6, RK7, RK8],
          ("2021-09", REF), 51, True),
      pos("mei 2014 – augustus 2021", "Coördinator Uitvoering", "Gemeente Kampen",
          [RK_OR],
          ("2014-05", "2021-08"), 88, False)]
RK_RATE = "Uurtarief € 81,-"
cv(file="Ronald Koopmans.pdf", fmt="pdf", layout="header",
   header="Ronald Koopmans  ·  Kampen  ·  06-97420862  ·  ronald.koopmans@example.nl",
   name="Ronald Koopmans", email="ronald.koopmans@example.nl", phone="06-97420862", rate=RK_RATE,
   exp=rk, crit_text={"6": RK6, "7": RK7, "8": RK8}, refs=["Hilde van Wijk"],
   must_have=[RK_OR, RK_REF, "Coördinator Uitvoering – Gemeente Kampen"],
   body=[("title", "Ronald Koopmans"),
         ("pb", RK_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben ruim elf jaar coördinator, waarvan zeven jaar bij de gemeente Kampen en sinds 2021 bij de "
               "welzijnsstichting. Ik breng rust, structuur en overzicht."),
         ("h", "Werkervaring"),
         ("pos", "sample", rk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Hilde van Wijk, directeur Stichting Welzijn Kampen, 06-97420864"),
         ("p", RK_REF)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=51, refs=(1, False), zzp=False, hourly=81.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Uitvoering – Gemeente Kampen' 2014-05..2021-08 (88): a coordinator at a gemeente, "
                     "but the only task line says 'de buitendienst van de afdeling Openbare Ruimte … groenonderhoud, "
                     "straatreiniging en gladheidsbestrijding' -> not the social domain -> not relevant (the profile's "
                     "'ruim elf jaar coördinator' is true but not relevant experience). Only 'Coördinator Mantelzorg, "
                     "Stichting Welzijn Kampen' 2021-09..2025-11 = 51 -> knock-out 3 fail (139, a wrong pass and "
                     "criterion 5, if counted). References: Hilde van Wijk (directeur of his employer) and 'Petra "
                     "Koopmans (mijn echtgenote)': a spouse is not an independent referee -> 1 -> references fail "
                     "(see the judgement calls)."))

# ------------------------------------------------------------------------- Femke Lugtenberg (docx)
# TRAP: one job, one date line "september 2020 – heden" (63), whose remark splits it: "(september 2020 –
# februari 2021 afstudeerstage; maart 2021 – heden in dienst)": the graduation internship is no
# coordinator experience -> 57 -> knock-out 3 fail (63, a wrong pass, if the whole line is counted).
FL6 = ("Voorbeeld van beleid naar resultaat: het Raalter mantelzorgbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een mantelzorgcafé in elke kern, respijtzorg met vrijwilligers en een "
       "mantelzorgwaardering) met meetbare doelen.")
FL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor logeerplekken voor respijtzorg.")
FL8 = "Projectleider van de invoering van een digitaal mantelzorgplatform in de gemeente Raalte."
FL_LINE = "september 2020 – heden"
FL_SPLIT = "(september 2020 – februari 2021 afstudeerstage; maart 2021 – heden in dienst)"
fl_int = pos("september 2020 – februari 2021", "Coördinator Mantelzorgondersteuning", "Stichting Welzijn Raalte",
             [], ("2020-09", "2021-02"), 6, False)
fl_job = pos("maart 2021 – heden", "Coördinator Mantelzorgondersteuning", "Stichting Welzijn Raalte",
             [], ("2021-03", REF), 57, True)
fl_old = pos("augustus 2014 – augustus 2020", "Activiteitenbegeleider", "Zorgcentrum De Vijverhof",
             ["Dagbesteding en activiteiten voor ouderen met dementie."],
             ("2014-08", "2020-08"), 73, False)
FL_RATE = "Uurtarief € 78,- excl. btw"
cv(file="Femke Lugtenberg.docx", fmt="docx", layout="sidebar",
   name="Femke Lugtenberg", email="f.lugtenberg@example.nl", phone="06-08531974", rate=FL_RATE,
   exp=[fl_int, fl_job, fl_old], crit_text={"6": FL6, "7": FL7, "8": FL8},
   refs=["Marloes Kiekebos", "Bernard Sloot"], must_have=[FL_LINE, FL_SPLIT],
   left=[("h", "Contact"), ("p", "f.lugtenberg@example.nl"), ("p", "06-08531974"), ("p", "Raalte"),
         ("h", "Tarief"), ("pb", FL_RATE),
         ("h", "Sterk in"), ("bl", ["Organiseren", "Verbinden", "Enthousiasmeren"])],
   right=[("title", "Femke Lugtenberg"),
          ("p", "Coördinator mantelzorgondersteuning"),
          ("h", "Profiel"),
          ("p", "Ik coördineer de mantelzorgondersteuning in Raalte, waar ik ben begonnen met mijn afstudeeropdracht. "
                "Daarvoor werkte ik zes jaar in de ouderenzorg."),
          ("h", "Werkervaring"),
          ("pb", "Coördinator Mantelzorgondersteuning | Stichting Welzijn Raalte"),
          ("p", FL_LINE + " " + FL_SPLIT),
          ("bl", ["Coördinatie van vier mantelzorgconsulenten en 90 vrijwilligers.", FL6, FL7, FL8]),
          ("pb", "Activiteitenbegeleider | Zorgcentrum De Vijverhof"),
          ("p", fl_old["d"]),
          ("bl", fl_old["tasks"]),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work (deeltijd), Saxion Deventer — diploma 2021"),
          ("p", "MBO Sociaal Werk niveau 4, Deltion College — diploma 2014"),
          ("h", "Referenties"),
          ("p", "Marloes Kiekebos, directeur Stichting Welzijn Raalte, 06-08531975"),
          ("p", "Bernard Sloot, beleidsadviseur Mantelzorg, gemeente Raalte, 06-08531976")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=78.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Mantelzorgondersteuning | Stichting Welzijn Raalte', date line 'september 2020 – "
                     "heden (september 2020 – februari 2021 afstudeerstage; maart 2021 – heden in dienst)': the first "
                     "six months were her graduation internship (she graduated in 2021), no coordinator experience; "
                     "employed as coordinator 2021-03..2025-11 = 57 -> knock-out 3 fail, criterion 5 = 0. Counting the "
                     "whole line gives 63 (a wrong pass: 75 points at rate 78: rank 4, before Sabine Evers). "
                     "Activiteitenbegeleider in a care home not relevant (role, employer). Bachelor Social Work 2021 "
                     "-> mwd."))

# ------------------------------------------------------------------------- Bart Nijland (pdf)
# TRAP: the only relevant job starts in a YEAR WITHOUT A MONTH: "2021 – heden". Even the widest reading
# (January 2021) gives 59 months at the deadline -> knock-out 3 fail; a reader that counts the calendar
# years 2021, 2022, 2023, 2024, 2025 as "vijf jaar" (the profile says "al vijf jaar") gives a wrong pass.
BN6 = ("Voorbeeld van beleid naar resultaat: het Olst-Wijhese beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het sociaal team met concrete projecten (een inloop in Olst en Wijhe, vroegsignalering "
       "van schulden en een maatjesproject) met meetbare doelen.")
BN7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor vroegsignalering.")
BN8 = "Projectleider van de reorganisatie van de toegang: één sociaal team voor Wmo, jeugd en participatie."
bn = [pos("2021 – heden", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe",
          ["Coördinatie van het sociaal team (12 medewerkers); urenverdeling en budget.", BN6, BN7, BN8],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("2013 – 2020", "Consulent Jeugd", "Gemeente Olst-Wijhe",
          ["Gesprekken met gezinnen en toegang tot jeugdhulp."],
          ("2013-01", "2020-12"), 96, False, yearonly=True)]
BN_RATE = "Uurtarief: € 85,-"
cv(file="Bart Nijland.pdf", fmt="pdf", layout="single",
   name="Bart Nijland", email="bart.nijland@example.nl", phone="06-19642085", rate=BN_RATE,
   exp=bn, crit_text={"6": BN6, "7": BN7, "8": BN8}, refs=["Ria Wigman", "Dirk Jan Holterman"],
   must_have=["al vijf jaar coördinator"],
   body=[("title", "Bart Nijland"),
         ("p", "Olst  |  06-19642085  |  bart.nijland@example.nl"),
         ("pb", BN_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben al vijf jaar coördinator van het sociaal team van de gemeente Olst-Wijhe en werk daar sinds "
               "2013. Ik houd van korte lijnen en een team dat zelf verantwoordelijkheid neemt."),
         ("h", "Werkervaring"),
         ("pos", "pipe", bn),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Ria Wigman, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-19642086"),
         ("p", "Dirk Jan Holterman, wethouder Sociaal Domein, gemeente Olst-Wijhe, 06-19642087")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Sociaal Team | Gemeente Olst-Wijhe', '2021 – heden': a year without a month; by the "
                     "convention it starts in January, the widest reading: 2021-01..2025-11 = 59 (the narrowest, "
                     "December 2021, 48) -> below 60 on every reading -> knock-out 3 fail, not review. The profile's "
                     "'al vijf jaar coördinator' counts the calendar years 2021-2025; 59 months is not 'minimaal 5 "
                     "jaar' at the deadline of 25 November 2025. Consulent Jeugd ('2013 – 2020') not relevant (role)."))

# ------------------------------------------------------------------------- Ilse Brink (docx)
# TRAP: the CV reads as employment throughout ("Manager Sociaal Domein, Gemeente Hattem"); only the
# closing line under the references shows that she bids through her own company: "Aangeboden door: Brink
# Sociaal Interim B.V. — Ilse Brink, directeur-eigenaar" -> her own one-person BV is the inschrijver ->
# zzp indication, knock-out 1 review (a wrong pass puts her at rank 1: 100 points).
IB6 = ("Voorbeeld van beleid naar resultaat: de Hattemse Koers Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een welzijnsloket in het centrum, preventieve huisbezoeken bij "
       "75-plussers en een jongerenpunt) met meetbare doelen.")
IB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een wijksteunpunt.")
IB8 = "Projectleider van het verandertraject 'Eén toegang' en van de herinrichting van het team Zorg en Welzijn."
IB_SIG = "Aangeboden door: Brink Sociaal Interim B.V. — Ilse Brink, directeur-eigenaar"
ib = [pos("maart 2022 – heden", "Manager Sociaal Domein", "Gemeente Hattem",
          ["Leiding aan het team Zorg en Welzijn (14 medewerkers); formatie, werving & selectie en budget.",
           IB6, IB7, IB8],
          ("2022-03", REF), 45, True),
      pos("februari 2015 – februari 2022", "Coördinator Welzijn", "Stichting Welzijn Oldebroek",
          ["Coördinatie van het welzijnswerk (10 beroepskrachten en 150 vrijwilligers)."],
          ("2015-02", "2022-02"), 85, True)]
IB_RATE = "Uurtarief: € 89,- excl. btw"
cv(file="Ilse Brink.docx", fmt="docx", layout="single",
   name="Ilse Brink", email="ilse.brink@example.nl", phone="06-20753196", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Anke Hoogeveen", "Johan Dekker"],
   must_have=[IB_SIG],
   body=[("title", "Ilse Brink"),
         ("p", "Hattem  |  06-20753196  |  ilse.brink@example.nl"),
         ("pb", IB_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het team Zorg en Welzijn in Hattem en coördineerde daarvoor zeven jaar het "
               "welzijnswerk in Oldebroek. Ik verbind beleid en uitvoering."),
         ("h", "Werkervaring"),
         ("pos", "next", ib),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Anke Hoogeveen, gemeentesecretaris, gemeente Hattem, 06-20753197"),
         ("p", "Johan Dekker, directeur Stichting Welzijn Oldebroek, 06-20753198"),
         ("p", IB_SIG)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=130, refs=(2, False), zzp=True, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="Closing line under the references: 'Aangeboden door: Brink Sociaal Interim B.V. — Ilse Brink, "
                     "directeur-eigenaar': the bid comes from a BV that carries her name and that she owns and "
                     "directs -> the inschrijver is her own (one-person) company -> zzp indication, knock-out 1 review "
                     "(as the own bv of tests/holdout3 Yvonne Hendriks, here only in the signature; nothing else in the "
                     "CV hints at it). Manager Sociaal Domein Gemeente Hattem 2022-03..2025-11 (45) + Coördinator "
                     "Welzijn Stichting Welzijn Oldebroek 2015-02..2022-02 (85), contiguous -> 130. Otherwise full "
                     "marks: a wrong pass makes her rank 2 (100 points, rate 89, after Noor Hamersma at 86)."))
