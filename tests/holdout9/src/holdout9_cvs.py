# -*- coding: utf-8 -*-
"""Holdout round 9 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout8/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations, training institutes and agencies.

Same shape as tests/holdout8/src/holdout8_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout9/make-holdout9.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Sanne Hofstra (docx)
# TRAPS: the rate is a DAY RATE: "Dagtarief: € 680,- excl. btw (werkdag van 8 uur)" -> 85 per hour
# (it decides the tie at 100 with Jelle Bouwmeester, 88: a reader that takes 680 as the hourly rate puts
# her second); the current leading role is a COMPOUND with "manager": "Clustermanager Welzijn | Gemeente
# Ede" (79; the tender itself speaks of the "cluster welzijn") -> relevant.
SH6 = ("Voorbeeld van beleid naar resultaat: de Edese Koers Welzijn heb ik vertaald naar een jaarwerkplan voor "
       "het cluster met concrete projecten (een welzijnspunt in elke wijk, preventieve huisbezoeken bij "
       "75-plussers en een maatjesproject voor eenzame jongeren) met meetbare doelen en een kwartaalrapportage.")
SH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden en zorgverzekeraar Menzis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en een supermarktketen voor buurtkamers.")
SH8 = ("Projectleider van het verandertraject 'Welzijn in de wijk': de herinrichting van drie teams tot één "
       "cluster welzijn, met projectplan, stuurgroep en evaluatie.")
SH_RATE = "Dagtarief: € 680,- excl. btw (werkdag van 8 uur)"
sh = [pos("mei 2019 – heden", "Clustermanager Welzijn", "Gemeente Ede",
          ["Leiding aan het cluster welzijn (16 medewerkers en 4 gedetacheerde welzijnswerkers); formatie, "
           "werving & selectie en het welzijnsbudget.", SH6, SH7, SH8],
          ("2019-05", REF), 79, True),
      pos("januari 2014 – april 2019", "Coördinator Buurtwerk", "Stichting Welzijn Ede",
          ["Coördinatie van zes buurtwerkers en de buurthuizen in Ede-Zuid en Veldhuizen."],
          ("2014-01", "2019-04"), 64, True),
      pos("augustus 2009 – december 2013", "Buurtwerker", "Stichting Welzijn Ede",
          ["Activiteiten en ondersteuning van bewonersinitiatieven."],
          ("2009-08", "2013-12"), 53, False)]
cv(file="Sanne Hofstra.docx", fmt="docx", layout="header",
   header="Sanne Hofstra  |  Ede  |  06-58203716  |  sanne.hofstra@example.nl",
   name="Sanne Hofstra", email="sanne.hofstra@example.nl", phone="06-58203716", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Marjan Vreugdenhil", "Gert-Jan Roseboom"],
   must_have=["Clustermanager Welzijn — Gemeente Ede", SH_RATE],
   body=[("title", "Sanne Hofstra"),
         ("pb", SH_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het cluster welzijn van de gemeente Ede en coördineerde daarvoor het buurtwerk "
               "van de welzijnsstichting. Ik verbind beleid en uitvoering en houd van een team dat eigenaarschap "
               "neemt."),
         ("h", "Werkervaring"),
         ("pos", "datebold", sh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Marjan Vreugdenhil, afdelingsmanager Samenleving, gemeente Ede, 06-58203717"),
         ("p", "Gert-Jan Roseboom, directeur Stichting Welzijn Ede, 06-58203718")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="Rate stated per DAY: 'Dagtarief: € 680,- excl. btw (werkdag van 8 uur)' -> 680 / 8 = 85 per "
                     "hour (hourly_rate is euro per hour; taking 680 as the hourly rate would rank her after Jelle "
                     "Bouwmeester at 88). 'Clustermanager Welzijn | Gemeente Ede' 2019-05..2025-11 (79): a manager "
                     "of the cluster welzijn at a gemeente (compound title) -> relevant; Coördinator Buurtwerk, "
                     "Stichting Welzijn Ede 2014-01..2019-04 (64), contiguous -> 143. Buurtwerker not relevant "
                     "(role). HBO MWD -> mwd. 100 points at 85 -> rank 1."))

# ------------------------------------------------------------------------- Jelle Bouwmeester (pdf)
# TRAP (wrong fail): the leading role names NO generic social-domain word: "Teamleider Toegang – Gemeente
# Elburg, afdeling Samenleving" with the task "Leiding aan de consulenten die de keukentafelgesprekken
# voeren en maatwerkvoorzieningen toekennen": the team Toegang of the afdeling Samenleving is the Wmo
# front door -> relevant (82: knock-out 3 pass and criterion 5). The criterion passages stand in a
# separate section, not under the position.
JB6 = ("Voorbeeld van beleid naar resultaat: het Elburgse beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het team met concrete projecten (een inloopspreekuur in Doornspijk, vroegsignalering "
       "van eenzaamheid en een mantelzorgcafé) met meetbare doelen.")
JB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een wijksteunpunt.")
JB8 = ("Projectleider van de reorganisatie van de toegang: van drie loketten naar één team, met projectplan, "
       "stuurgroep en evaluatie.")
JB_TASK = ("Leiding aan de consulenten die de keukentafelgesprekken voeren en maatwerkvoorzieningen toekennen "
           "(14 medewerkers); formatie, werving & selectie en budget.")
jb = [pos("februari 2019 – heden", "Teamleider Toegang", "Gemeente Elburg, afdeling Samenleving",
          [JB_TASK], ("2019-02", REF), 82, True),
      pos("september 2012 – januari 2019", "Consulent Wmo", "Gemeente Elburg",
          ["Huisbezoeken en indicaties voor hulpmiddelen en huishoudelijke hulp."],
          ("2012-09", "2019-01"), 77, False)]
JB_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Jelle Bouwmeester.pdf", fmt="pdf", layout="single",
   name="Jelle Bouwmeester", email="jelle.bouwmeester@example.nl", phone="06-71940285", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Hanneke Docter", "Wouter Slingerland"],
   must_have=["Teamleider Toegang – Gemeente Elburg, afdeling Samenleving", JB_TASK],
   body=[("title", "Jelle Bouwmeester"),
         ("p", "Elburg  |  06-71940285  |  jelle.bouwmeester@example.nl"),
         ("pb", JB_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider van het team Toegang in Elburg en werk al dertien jaar bij de gemeente. Ik ben "
               "rustig, duidelijk en houd van korte lijnen."),
         ("h", "Werkervaring"),
         ("pos", "sample", jb),
         ("h", "Toelichting op de selectiecriteria"),
         ("bl", [JB6, JB7, JB8]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Hanneke Docter, afdelingsmanager Samenleving, gemeente Elburg, 06-71940286"),
         ("p", "Wouter Slingerland, wethouder, gemeente Elburg, 06-71940287")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=82, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Teamleider Toegang – Gemeente Elburg, afdeling Samenleving' 2019-02..2025-11 (82): the title "
                     "and employer name no generic social-domain word (no sociaal, Wmo, zorg, welzijn, jeugd), but "
                     "the team Toegang of the afdeling Samenleving is the gemeente's front door for social support "
                     "and the task says so ('consulenten die de keukentafelgesprekken voeren en maatwerkvoorzieningen "
                     "toekennen': Wmo jargon) -> relevant: knock-out 3 pass, criterion 5 (82 >= 72). Consulent Wmo "
                     "not relevant (role). The criterion passages stand under 'Toelichting op de selectiecriteria'. "
                     "HBO MWD -> mwd. 100 points at 88 -> rank 2 (after Sanne Hofstra at 85 per hour)."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Mirthe Oosterink (pdf)
# TRAPS: two "manager" titles at gemeenten in the social domain that are no leading roles:
# "Accountmanager Werk en Participatie, Gemeente Apeldoorn" (66; werkgeversdienstverlening, a portfolio of
# employers) and "Klantmanager Werk en Inkomen, Gemeente Apeldoorn" (68; a caseload of benefit claimants).
# Only "Teamleider Participatie, Gemeente Epe" (57) counts -> knock-out 3 fail (191 if counted).
MO6 = ("Voorbeeld van beleid naar resultaat: het Eper beleidsplan Participatie heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een leerwerkplaats, taalcoaching en een banenmarkt per kern) met "
       "meetbare doelen.")
MO7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met werkgevers en een woningcorporatie.")
MO8 = "Projectleider van de invoering van de nieuwe werkwijze 'Iedereen doet mee' in het team Participatie."
MO_ACC = ("Werkgeversdienstverlening: bezoeken van werkgevers in de regio, vacatures ophalen en matchen met "
          "werkzoekenden uit de bijstand; eigen portefeuille van 120 werkgevers.")
MO_KM = "Begeleiding van een eigen caseload van 90 uitkeringsgerechtigden naar werk; rechtmatigheidstoetsen."
mo = [pos("maart 2021 – heden", "Teamleider Participatie", "Gemeente Epe",
          ["Leiding aan het team Participatie (10 medewerkers); formatie en budget.", MO6, MO7, MO8],
          ("2021-03", REF), 57, True),
      pos("september 2015 – februari 2021", "Accountmanager Werk en Participatie", "Gemeente Apeldoorn",
          [MO_ACC], ("2015-09", "2021-02"), 66, False),
      pos("januari 2010 – augustus 2015", "Klantmanager Werk en Inkomen", "Gemeente Apeldoorn",
          [MO_KM], ("2010-01", "2015-08"), 68, False)]
MO_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Mirthe Oosterink.pdf", fmt="pdf", layout="single",
   name="Mirthe Oosterink", email="mirthe.oosterink@example.nl", phone="06-29475103", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Ria Benjamins", "Hugo Terpstra"],
   must_have=["Accountmanager Werk en Participatie, Gemeente Apeldoorn",
              "Klantmanager Werk en Inkomen, Gemeente Apeldoorn", MO_ACC, MO_KM],
   body=[("title", "Mirthe Oosterink"),
         ("p", "Epe  |  06-29475103  |  mirthe.oosterink@example.nl"),
         ("pb", MO_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk ruim vijftien jaar in het sociaal domein bij gemeenten, waarvan bijna vijf jaar als "
               "teamleider. Ik ben resultaatgericht en houd van heldere afspraken."),
         ("h", "Werkervaring"),
         ("pos", "dateline", mo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Ria Benjamins, afdelingsmanager Samenleving, gemeente Epe, 06-29475104"),
         ("p", "Hugo Terpstra, teammanager Werk, gemeente Apeldoorn, 06-29475105")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Accountmanager Werk en Participatie, Gemeente Apeldoorn' 2015-09..2021-02 (66): an "
                     "accountmanager maintains relations with employers (a portfolio of 120 employers, matching "
                     "vacancies) - a sales/relationship role, no coordinator or manager of people or work. "
                     "'Klantmanager Werk en Inkomen, Gemeente Apeldoorn' 2010-01..2015-08 (68): a caseworker for "
                     "benefit claimants (own caseload). Both are not relevant although title, domain and employer "
                     "match keywords. Only 'Teamleider Participatie, Gemeente Epe' 2021-03..2025-11 = 57 -> knock-out "
                     "3 fail, criterion 5 = 0 (191, a wrong pass with criterion 5, if the manager titles count). "
                     "HBO MWD -> mwd."))

# ------------------------------------------------------------------------- Daan Rikkers (docx)
# TRAP: "Applicatiemanager Sociaal Domein, Gemeente Zwolle" (57): manager + sociaal domein + gemeente, and
# tasks full of Wmo, jeugd and participatie, but an application manager manages software (functioneel
# beheer), not people or welfare work -> not relevant. Only "Teamleider Jeugd, Gemeente Kampen" (47) ->
# knock-out 3 fail (104 if counted).
DR6 = ("Voorbeeld van beleid naar resultaat: het Kamper jeugdbeleid heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een jongerenpunt, een opvoedpoli bij de huisartsen en een aanpak voor thuiszitters) "
       "met meetbare doelen.")
DR7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een sportvereniging.")
DR8 = "Projectleider van de transformatie van de jeugdhulp naar een wijkgerichte aanpak, met projectplan en stuurgroep."
DR_APP = ("Applicatiebeheer van de systemen voor Wmo, jeugd en participatie (Suite4SociaalDomein): inrichting, "
          "releases, autorisaties, koppelingen met het berichtenverkeer en de regie op de leverancier.")
dr = [pos("januari 2022 – heden", "Teamleider Jeugd", "Gemeente Kampen",
          ["Leiding aan het jeugdteam (12 medewerkers); formatie en budget.", DR6, DR7, DR8],
          ("2022-01", REF), 47, True),
      pos("april 2017 – december 2021", "Applicatiemanager Sociaal Domein", "Gemeente Zwolle",
          [DR_APP], ("2017-04", "2021-12"), 57, False),
      pos("maart 2012 – maart 2017", "Functioneel beheerder", "Gemeente Zwolle",
          ["Beheer van de zaaksystemen en de gebruikersondersteuning."],
          ("2012-03", "2017-03"), 61, False)]
DR_RATE = "Uurtarief € 82,50 excl. btw"
cv(file="Daan Rikkers.docx", fmt="docx", layout="single",
   name="Daan Rikkers", email="daan.rikkers@example.nl", phone="06-84310962", rate=DR_RATE,
   exp=dr, crit_text={"6": DR6, "7": DR7, "8": DR8}, refs=["Ellen Wiggers", "Bas Kroon"],
   must_have=["Applicatiemanager Sociaal Domein", DR_APP],
   body=[("title", "Daan Rikkers"),
         ("p", "Kampen  |  06-84310962  |  daan.rikkers@example.nl"),
         ("pb", DR_RATE),
         ("h", "Profiel"),
         ("p", "Ik ken het sociaal domein van binnenuit: eerst de systemen, nu het jeugdteam van de gemeente "
               "Kampen. Ik ben analytisch en betrokken."),
         ("h", "Werkervaring"),
         ("eu_pos", dr),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim — diploma 2016"),
         ("h", "Referenties"),
         ("p", "Ellen Wiggers, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-84310963"),
         ("p", "Bas Kroon, teamleider Informatievoorziening, gemeente Zwolle, 06-84310964")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=47, refs=(2, False), zzp=False, hourly=82.5,
               crit=(15, 0, 15, 20, 25),
               notes="'Applicatiemanager Sociaal Domein, Gemeente Zwolle' 2017-04..2021-12 (57): an application "
                     "manager runs the functional management of the social-domain software (Suite4SociaalDomein: "
                     "set-up, releases, authorisations, interfaces, supplier) - an ICT role, no coordinator or "
                     "manager of people or of welfare work -> not relevant, although title, domain and employer all "
                     "match. Only 'Teamleider Jeugd, Gemeente Kampen' 2022-01..2025-11 = 47 -> knock-out 3 fail "
                     "(104, a wrong pass and criterion 5, if counted). Functioneel beheerder not relevant. HBO MWD "
                     "(deeltijd) -> mwd."))

# ------------------------------------------------------------------------- Ruben Stegeman (docx)
# TRAP: "Coördinator Buurtbemiddeling (vrijwilliger) | Stichting Welzijn Voorst", "september 2014 – heden"
# (135): unpaid VOLUNTEER work of about four hours a week next to his job -> no work experience as
# coordinator; only "Teamleider Wmo | Gemeente Voorst" (59) counts -> knock-out 3 fail (135 with the
# volunteer period merged in).
RS6 = ("Voorbeeld van beleid naar resultaat: het Voorster beleidsplan Wmo heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een mantelzorgsteunpunt, een inloop in Twello en valpreventie voor ouderen) met "
       "meetbare doelen.")
RS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor aanpassingen in huurwoningen.")
RS8 = "Projectleider van de reorganisatie van het Wmo-loket naar wijkgerichte teams, met projectplan en stuurgroep."
RS_VOL = ("Onbetaald vrijwilligerswerk naast mijn baan, ongeveer vier uur per week: ik plan de intakes van de "
          "buurtbemiddelaars en houd de vrijwilligerslijst bij.")
rs = [pos("januari 2021 – heden", "Teamleider Wmo", "Gemeente Voorst",
          ["Leiding aan het Wmo-team (9 consulenten); formatie en budget.", RS6, RS7, RS8],
          ("2021-01", REF), 59, True),
      pos("september 2014 – heden", "Coördinator Buurtbemiddeling (vrijwilliger)", "Stichting Welzijn Voorst",
          [RS_VOL], ("2014-09", REF), 135, False),
      pos("maart 2013 – december 2020", "Wmo-consulent", "Gemeente Voorst",
          ["Keukentafelgesprekken en indicaties."],
          ("2013-03", "2020-12"), 94, False)]
RS_RATE = "Uurtarief € 84,- excl. btw"
cv(file="Ruben Stegeman.docx", fmt="docx", layout="sidebar",
   name="Ruben Stegeman", email="r.stegeman@example.nl", phone="06-47320591", rate=RS_RATE,
   exp=rs, crit_text={"6": RS6, "7": RS7, "8": RS8}, refs=["Karin Bolkestein", "Evert Huisman"],
   must_have=["Coördinator Buurtbemiddeling (vrijwilliger) | Stichting Welzijn Voorst", RS_VOL],
   left=[("h", "Contact"), ("p", "r.stegeman@example.nl"), ("p", "06-47320591"), ("p", "Twello"),
         ("h", "Tarief"), ("pb", RS_RATE),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Structureren", "Luisteren"])],
   right=[("title", "Ruben Stegeman"),
          ("p", "Teamleider Wmo"),
          ("h", "Profiel"),
          ("p", "Ik ben teamleider Wmo bij de gemeente Voorst. Al elf jaar coördineer ik daarnaast als vrijwilliger "
                "de buurtbemiddeling in mijn dorp."),
          ("h", "Werkervaring"),
          ("pos", "pipe", rs),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Deventer — diploma 2012"),
          ("h", "Referenties"),
          ("p", "Karin Bolkestein, afdelingsmanager Samenleving, gemeente Voorst, 06-47320592"),
          ("p", "Evert Huisman, directeur Stichting Welzijn Voorst, 06-47320593")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Buurtbemiddeling (vrijwilliger) | Stichting Welzijn Voorst' 2014-09..2025-11 "
                     "(135): 'Onbetaald vrijwilligerswerk naast mijn baan, ongeveer vier uur per week' planning "
                     "intakes and keeping the volunteer list -> no work experience as coordinator (and it overlaps "
                     "his paid jobs) -> not relevant. Only 'Teamleider Wmo | Gemeente Voorst' 2021-01..2025-11 = 59 "
                     "-> knock-out 3 fail, criterion 5 = 0 (135, a wrong pass and criterion 5, if the volunteer "
                     "period is merged in). Wmo-consulent not relevant (role). Bachelor Social Work -> mwd."))

# ------------------------------------------------------------------------- Fenna Kloosterman (pdf)
# TRAP: the bachelor line has every keyword and a "diploma" with a date, but the date is AFTER the
# deadline: "Bachelor Social Work (deeltijd), Hogeschool Windesheim, 2021 – 2026 — diploma juni 2026" (no
# "verwacht", no "heden") -> not completed at the reference date 2025-11; highest completed level mbo ->
# knock-out 2 fail, criterion 4 = 0.
FK6 = ("Voorbeeld van beleid naar resultaat: de Eper visie op ouderenwelzijn heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een huiskamer in elke kern, een boodschappendienst en valpreventie) "
       "met meetbare doelen.")
FK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie en de plaatselijke bakker.")
FK8 = "Projectleider van het verandertraject 'Ouder worden in Epe', met projectplan, stuurgroep en evaluatie."
FK_EDU = "Bachelor Social Work (deeltijd), Hogeschool Windesheim, 2021 – 2026 — diploma juni 2026"
fk = [pos("juni 2017 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Epe",
          ["Coördinatie van het ouderenwerk (7 beroepskrachten en 120 vrijwilligers); urenverdeling en budget.",
           FK6, FK7, FK8],
          ("2017-06", REF), 102, True),
      pos("april 2009 – mei 2017", "Ouderenwerker", "Stichting Welzijn Epe",
          ["Huisbezoeken, activiteiten en ondersteuning van mantelzorgers."],
          ("2009-04", "2017-05"), 98, False)]
FK_RATE = "Uurtarief: € 79,- excl. btw"
cv(file="Fenna Kloosterman.pdf", fmt="pdf", layout="header",
   header="Fenna Kloosterman  ·  Epe  ·  06-93158204  ·  fenna.kloosterman@example.nl",
   name="Fenna Kloosterman", email="fenna.kloosterman@example.nl", phone="06-93158204", rate=FK_RATE,
   exp=fk, crit_text={"6": FK6, "7": FK7, "8": FK8}, refs=["Jannie Kremer", "Albert ten Have"],
   must_have=[FK_EDU],
   body=[("title", "Fenna Kloosterman"),
         ("pb", FK_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het ouderenwerk in Epe en ben begonnen als ouderenwerker. Naast mijn werk rond ik mijn "
               "bachelor af. Ik ben warm, praktisch en daadkrachtig."),
         ("h", "Werkervaring"),
         ("pos", "pipe", fk),
         ("h", "Opleiding"),
         ("p", FK_EDU),
         ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College Zwolle — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Jannie Kremer, directeur Stichting Welzijn Epe, 06-93158205"),
         ("p", "Albert ten Have, beleidsadviseur Ouderen, gemeente Epe, 06-93158206")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=102, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Bachelor Social Work (deeltijd), Hogeschool Windesheim, 2021 – 2026 — diploma juni 2026': the "
                     "diploma date lies after the deadline (25 November 2025) and the reference date 2025-11; the "
                     "profile says 'Naast mijn werk rond ik mijn bachelor af' -> not completed; highest completed "
                     "level MBO SMD -> knock-out 2 fail, criterion 4 = 0 (no 'verwacht' or 'heden' in the line: a "
                     "reader that takes 'diploma' + a date as completion gives a wrong pass). Coördinator Welzijn "
                     "Ouderen, Stichting Welzijn Epe 2017-06..2025-11 = 102 -> knock-out 3 pass, criterion 5."))

# ------------------------------------------------------------------------- Koen Wassink (docx)
# TRAP: "Bachelor Maatschappelijk Werk, Academie voor Hulpverlening en Welzijn, Utrecht — diploma 2013
# (particuliere opleiding, niet geaccrediteerd door de NVAO)": bachelor + MWD + diploma, but a private
# course without NVAO accreditation gives no (legally recognised) hbo bachelor degree -> highest level mbo
# (MBO SPW), knock-out 2 fail, criterion 4 = 0.
KW6 = ("Voorbeeld van beleid naar resultaat: het Nunspeetse jeugdbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een opvoedspreekuur op de scholen, een jongerenpunt en een aanpak voor "
       "thuiszitters) met meetbare doelen.")
KW7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Zilveren Kruis, en een publiek-private samenwerking (PPS) met een sportvereniging.")
KW8 = "Projectleider van de transformatie van het CJG naar een jeugd- en gezinsteam, met projectplan en stuurgroep."
KW_EDU = ("Bachelor Maatschappelijk Werk, Academie voor Hulpverlening en Welzijn, Utrecht — diploma 2013 "
          "(particuliere opleiding, niet geaccrediteerd door de NVAO)")
kw = [pos("februari 2016 – heden", "Coördinator Jeugd en Gezin", "Gemeente Nunspeet",
          ["Coördinatie van het jeugd- en gezinsteam (11 medewerkers); urenverdeling en budget.", KW6, KW7, KW8],
          ("2016-02", REF), 118, True),
      pos("september 2008 – januari 2016", "Jongerenwerker", "Stichting Welzijn Nunspeet",
          ["Ambulant jongerenwerk en het jongerencentrum."],
          ("2008-09", "2016-01"), 89, False)]
KW_RATE = "Uurtarief: € 86,- excl. btw"
cv(file="Koen Wassink.docx", fmt="docx", layout="single",
   name="Koen Wassink", email="koen.wassink@example.nl", phone="06-60274819", rate=KW_RATE,
   exp=kw, crit_text={"6": KW6, "7": KW7, "8": KW8}, refs=["Mariska Blom", "Herman Vos"],
   must_have=[KW_EDU],
   body=[("title", "Koen Wassink"),
         ("p", "Nunspeet  |  06-60274819  |  koen.wassink@example.nl"),
         ("pb", KW_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het jeugd- en gezinsteam van de gemeente Nunspeet. Daarvoor was ik jongerenwerker. "
               "Ik ben nuchter, benaderbaar en zoek altijd de samenwerking."),
         ("h", "Werkervaring"),
         ("pos", "next", kw),
         ("h", "Opleiding"),
         ("p", KW_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, Landstede Harderwijk — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Mariska Blom, afdelingsmanager Sociaal Domein, gemeente Nunspeet, 06-60274820"),
         ("p", "Herman Vos, directeur Stichting Welzijn Nunspeet, 06-60274821")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=118, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Bachelor Maatschappelijk Werk, Academie voor Hulpverlening en Welzijn, Utrecht — diploma 2013 "
                     "(particuliere opleiding, niet geaccrediteerd door de NVAO)': a private programme without NVAO "
                     "accreditation cannot award a bachelor's degree (WHW); the CV says so itself -> no completed "
                     "HBO bachelor; highest completed level MBO SPW -> knock-out 2 fail, criterion 4 = 0 (bachelor + "
                     "Maatschappelijk Werk + diploma: a keyword reader gives a wrong pass and criterion 4). "
                     "Coördinator Jeugd en Gezin, Gemeente Nunspeet 2016-02..2025-11 = 118 -> knock-out 3 pass, "
                     "criterion 5. Jongerenwerker not relevant (role)."))

# ------------------------------------------------------------------------- Anouk Brethouwer (pdf)
# TRAP: the zzp word is NEGATED, yet she is self-employed: "Ik ben geen zzp'er meer: sinds januari 2023 ben
# ik zelfstandig ondernemer met twee medewerkers in loondienst (Brethouwer Welzijnsadvies). Ik schrijf via
# mijn onderneming in op deze opdracht." -> the inschrijver is her own company (with staff, so not 'zonder
# personeel', but still self-employed and offering herself) -> zzp indication, knock-out 1 review. A
# reader that honours "geen zzp'er" and sees "in loondienst" gives a wrong pass (100 points, rank 3, shortlisted).
AB6 = ("Voorbeeld van beleid naar resultaat: de Elburgse Koers Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een welzijnsloket, preventieve huisbezoeken en een jongerenpunt) "
       "met meetbare doelen.")
AB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een wijksteunpunt.")
AB8 = "Projectleider van de reorganisatie van de wijkteams in Harderwijk, met projectplan en stuurgroep."
AB_ZZP = ("Ik ben geen zzp'er meer: sinds januari 2023 ben ik zelfstandig ondernemer met twee medewerkers in "
          "loondienst (Brethouwer Welzijnsadvies). Ik schrijf via mijn onderneming in op deze opdracht.")
ab = [pos("januari 2023 – heden", "Interim-manager Sociaal Domein", "Gemeente Elburg",
          ["Leiding aan de teams Wmo en Jeugd (20 medewerkers); formatie, werving & selectie en budget.", AB6, AB7],
          ("2023-01", REF), 35, True),
      pos("april 2014 – december 2022", "Teamleider Wijkteams", "Gemeente Harderwijk",
          ["Leiding aan drie wijkteams (24 medewerkers).", AB8],
          ("2014-04", "2022-12"), 105, True)]
AB_RATE = "Uurtarief € 94,- excl. btw"
cv(file="Anouk Brethouwer.pdf", fmt="pdf", layout="sidebar",
   name="Anouk Brethouwer", email="a.brethouwer@example.nl", phone="06-35810472", rate=AB_RATE,
   exp=ab, crit_text={"6": AB6, "7": AB7, "8": AB8}, refs=["Yvonne Terluin", "Kees Brinkhuis"],
   must_have=[AB_ZZP],
   left=[("h", "Contact"), ("p", "a.brethouwer@example.nl"), ("p", "06-35810472"), ("p", "Harderwijk"),
         ("h", "Tarief"), ("pb", AB_RATE),
         ("h", "Sterk in"), ("bl", ["Richting geven", "Verbinden", "Veranderen"])],
   right=[("title", "Anouk Brethouwer"),
          ("p", "Manager sociaal domein"),
          ("h", "Profiel"),
          ("p", "Ik geef al ruim elf jaar leiding in het sociaal domein van gemeenten op de Veluwe. " + AB_ZZP),
          ("h", "Werkervaring"),
          ("pos", "pipe", ab),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2007"),
          ("h", "Referenties"),
          ("p", "Yvonne Terluin, gemeentesecretaris, gemeente Elburg, 06-35810473"),
          ("p", "Kees Brinkhuis, afdelingsmanager Samenleving, gemeente Harderwijk, 06-35810474")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=140, refs=(2, False), zzp=True, hourly=94.0,
               crit=(15, 25, 15, 20, 25),
               notes="Profile: 'Ik ben geen zzp'er meer: sinds januari 2023 ben ik zelfstandig ondernemer met twee "
                     "medewerkers in loondienst (Brethouwer Welzijnsadvies). Ik schrijf via mijn onderneming in op "
                     "deze opdracht.' The 'geen zzp'er' only means she now has staff; she is self-employed, the bid "
                     "comes from her own business and she offers herself -> zzp indication, knock-out 1 review (as "
                     "the own bv of tests/holdout3 Yvonne Hendriks; 'in loondienst' are her employees, not her). "
                     "Interim-manager Sociaal Domein, Gemeente Elburg 2023-01..2025-11 (35) + Teamleider Wijkteams, "
                     "Gemeente Harderwijk 2014-04..2022-12 (105), contiguous -> 140. A wrong pass of knock-out 1 "
                     "makes her rank 3 and shortlisted (100 points at 94, after Sanne Hofstra 85 and Jelle "
                     "Bouwmeester 88)."))
