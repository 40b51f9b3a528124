# -*- coding: utf-8 -*-
"""Holdout round 15 for zeef: 8 fictional CVs built around the *formal* CV requirements of the tender
("Maximaal 5 pagina's, opgesteld in het Nederlands, minimaal 2 referenties"), written without looking at
the pipeline's source or rules/, with hand-checked expectations: Flemish, Afrikaans, German, an English
CV with a Dutch profile, a bilingual CV, a Dutch CV with a long English project list; a PDF of exactly 5
and one of 6 pages, a DOCX whose page count has to be estimated; references on one line, in a table,
named without contact details, and one "referee" who is the candidate.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities (Dutch, one Flemish) and fictional foundations.

Same shape as tests/holdout13/src/holdout13_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout15/make-holdout15.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Jeroen Peeters (docx)
# TRAPS (wrong fail, language): a Flemish (Belgian Dutch) CV: gsm, schepen, OCMW, Sociaal Huis, lokaal
# bestuur -> Dutch, pass. (wrong fail, references): both referees on ONE line, "Referenties: Mevr. A. De
# Wit (0478 21 43 65) en Dhr. P. Bos (0479 56 78 12)" -> 2, pass. (wrong fail, knock-out 3): the employer
# is printed as "Lokaal Bestuur Lommel", the Flemish name of the municipality (gemeente + OCMW) -> relevant.
JP6 = ("Voorbeeld van beleid naar resultaat: het meerjarenplan Welzijn van het lokaal bestuur heb ik vertaald naar "
       "een jaaractieplan met concrete projecten (een buurtpunt in elke deelgemeente, een aanpak tegen "
       "eenzaamheid bij ouderen en vroegdetectie van schulden) met meetbare doelstellingen.")
JP7 = ("Samenwerking met zorgaanbieders, huisartsen, het CAW, de ziekenfondsen (CM en Solidaris) als "
       "zorgverzekeraars en een publiek-private samenwerking (PPS) met een sociale huisvestingsmaatschappij.")
JP8 = ("Projectleider van de integratie van OCMW en gemeente in één Sociaal Huis (verandertraject), met "
       "projectplan en stuurgroep.")
JP_REFS = "Referenties: Mevr. A. De Wit (0478 21 43 65) en Dhr. P. Bos (0479 56 78 12)"
jp = [pos("sinds september 2018", "Coördinator Sociaal Huis", "Lokaal Bestuur Lommel",
          ["Het Sociaal Huis is het welzijnsloket van de gemeente Lommel; sinds de integratie van OCMW en "
           "gemeente valt het onder het lokaal bestuur. Leiding aan 14 medewerkers (maatschappelijk werk, "
           "thuiszorgcoördinatie, vrijetijdsparticipatie); personeelsplanning, aanwervingen en budget.",
           JP6, JP7, JP8],
          ("2018-09", REF), 87, True),
      pos("januari 2011 – augustus 2018", "Maatschappelijk werker", "OCMW Lommel",
          ["Begeleiding van cliënten met een leefloon; budgetbeheer en dossieropvolging."],
          ("2011-01", "2018-08"), 92, False)]
JP_RATE = "Uurtarief: € 90 excl. btw"
cv(file="Jeroen Peeters.docx", fmt="docx", layout="header",
   header="Jeroen Peeters  |  Lommel (België)  |  gsm +32 478 36 91 20  |  jeroen.peeters@example.com",
   name="Jeroen Peeters", email="jeroen.peeters@example.com", phone="+32 478 36 91 20", rate=JP_RATE,
   exp=jp, crit_text={"6": JP6, "7": JP7, "8": JP8}, refs=["A. De Wit", "P. Bos"],
   must_have=[JP_REFS, "schepen van Welzijn", "gsm"],
   body=[("title", "Curriculum vitae"),
         ("pb", JP_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator van het Sociaal Huis in Lommel en werk al veertien jaar in het lokale "
               "welzijnswerk, eerst als maatschappelijk werker bij het OCMW. Ik rapporteer aan de algemeen "
               "directeur en de schepen van Welzijn. Ik woon op tien minuten van de Nederlandse grens, ben "
               "gewoon om met Nederlandse partners te werken en kan op korte termijn starten."),
         ("h", "Beroepservaring"),
         ("pos", "datebold", jp),
         ("h", "Opleiding"),
         ("p", "Professionele bachelor in het sociaal werk, Hogeschool PXL Hasselt — diploma behaald in 2010"),
         ("h", "Talen en rijbewijs"),
         ("p", "Nederlands (moedertaal), Frans en Engels (goed); rijbewijs B"),
         ("h", "Referenties"),
         ("p", JP_REFS + ", beiden van het lokaal bestuur Lommel.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=87, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Language: Flemish (Belgian Dutch: gsm, schepen, OCMW, Sociaal Huis, lokaal bestuur) is Dutch "
                     "-> pass. References: 'Referenties: Mevr. A. De Wit (0478 21 43 65) en Dhr. P. Bos (0479 56 78 "
                     "12)' on one line = two named referees with a phone each -> 2, pass. Knock-out 3: 'Coördinator "
                     "Sociaal Huis', employer 'Lokaal Bestuur Lommel' (the Flemish municipality, gemeente + OCMW; the "
                     "task line says 'het welzijnsloket van de gemeente Lommel') 2018-09..2025-11 = 87 -> relevant, "
                     "pass, criterion 5 = 25. Maatschappelijk werker at the OCMW: no leading role. Professionele "
                     "bachelor in het sociaal werk = HBO Social Work -> MWD. 100 points, rate 90."))

# ------------------------------------------------------------------------- Lisa Verbeek (pdf)
# TRAPS (wrong fail, language): a Dutch CV with English job titles and a long English project list
# (about a third of the words) -> still Dutch. (wrong fail, pages): exactly 5 pages -> pass. (wrong fail,
# references): the second referee is "Jan Smit, mijn vorige leidinggevende bij Stichting Welzijn Dalfsen"
# without phone or e-mail: a named referee, identified by function and employer -> 2, pass.
LV6 = ("Voorbeeld van beleid naar resultaat: het Zwolse beleidskader 'Gezond en Wel' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek per wijk, een valpreventieaanpak en een "
       "mantelzorgpunt) met meetbare doelen en een jaarlijkse rapportage aan het college.")
LV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en werkgevers.")
LV8 = "Projectleider van de transformatie van de toegang tot het sociaal domein, met projectplan en stuurgroep."
LV_EN = [
    "Project Healthy Neighbourhoods (2024 – 2025). Goal: fewer lonely older residents in Zwolle-Zuid. Role: "
    "programme lead, chair of the steering group with care providers and the housing corporation. Result: three "
    "meeting places, a volunteer network of 120 people, loneliness score down eleven per cent.",
    "Project Early Debt Signals (2022 – 2023). Goal: reach households with payment arrears early. Role: sponsor "
    "and budget holder; housing corporations, water company and energy suppliers at one table. Result: 640 "
    "households reached in year one, 70 per cent accepted help.",
    "Project Carers Point (2021 – 2022). Goal: one place for informal carers: support, respite care, advice. "
    "Role: project owner; business case, hiring the coordinator. Result: now part of the regular welfare "
    "budget, some 900 carers a year.",
    "Project Access Redesign (2020 – 2021). Goal: one front door for social support, youth and income. Role: "
    "lead of the redesign team and change plan for 60 staff. Result: waiting times down from seven to three "
    "weeks, hand-offs between teams halved.",
]
lv = [pos("september 2019 – heden", "Programme Manager Social Domain", "Gemeente Zwolle",
          ["Leiding aan het programmateam sociaal domein (12 medewerkers: Wmo, jeugd en participatie); "
           "formatie, werving en budget.", LV6, LV7, LV8],
          ("2019-09", REF), 75, True),
      pos("januari 2013 – augustus 2019", "Team Lead Community Work", "Stichting Welzijn Dalfsen",
          ["Leiding aan het team opbouwwerk en jongerenwerk (9 medewerkers); urenverdeling en budget."],
          ("2013-01", "2019-08"), 80, True),
      pos("september 2008 – december 2012", "Maatschappelijk werker", "Stichting Welzijn Dalfsen",
          ["Hulpverlening aan gezinnen en volwassenen."],
          ("2008-09", "2012-12"), 52, False)]
LV_RATE = "Uurtarief: € 94,- excl. btw"
LV_SMIT = "Jan Smit, mijn vorige leidinggevende bij Stichting Welzijn Dalfsen"
cv(file="Lisa Verbeek.pdf", fmt="pdf", layout="single",
   name="Lisa Verbeek", email="lisa.verbeek@example.nl", phone="06-47219385", rate=LV_RATE,
   exp=lv, crit_text={"6": LV6, "7": LV7, "8": LV8}, refs=["Ingrid Pauw", "Jan Smit"],
   english=LV_EN, must_have=[LV_SMIT],
   body=[("title", "Lisa Verbeek"),
         ("p", "Zwolle  |  06-47219385  |  lisa.verbeek@example.nl"),
         ("pb", LV_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben programmamanager sociaal domein bij de gemeente Zwolle en was daarvoor teamleider bij "
               "Stichting Welzijn Dalfsen. Mijn functietitels zijn Engels, omdat Zwolle die in het programma "
               "gebruikt; mijn projectoverzicht schreef ik voor een Europese uitwisseling en houd ik daarom "
               "Engels. Ik ben verbindend, helder en besluitvaardig. Medewerkers noemen mij rustig en duidelijk: "
               "ik luister eerst, maak daarna keuzes en spreek mensen aan op afspraken. Bestuurders waarderen "
               "dat ik problemen vroeg meld en altijd met een voorstel kom."),
         ("h", "Kerncompetenties"),
         ("bl", ["Teams meenemen in verandering: van losse loketten naar één toegang, met aandacht voor de "
                 "mensen die het werk doen.",
                 "Sturen op resultaat: jaarwerkplannen met meetbare doelen, kwartaalrapportages en evaluaties.",
                 "Financiële kaders bewaken: budgethouder van ruim vier miljoen euro per jaar.",
                 "Verbinden van beleid en uitvoering: wekelijks overleg met beleidsadviseurs en teamleiders."]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", lv),
         ("break",),
         ("h", "Projects (selection)"),
         ("bl", LV_EN[:2]),
         ("break",),
         ("h", "Projects (continued)"),
         ("bl", LV_EN[2:]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2008"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals, Schouten & Nelissen (2020)",
                 "Methodisch werken met de Kanteling, Movisie (2014)",
                 "Oplossingsgericht coachen, RINO Groep (2011)"]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Ingrid Pauw, wethouder Zorg en Welzijn, gemeente Zwolle, 06-47219386"),
         ("p", LV_SMIT + "."),
         ("p", "Nederlands (moedertaal), Engels (vloeiend).")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=94.0,
               crit=(15, 25, 15, 20, 25),
               notes="Language: a Dutch CV (profile, experience, education, references in Dutch) with English job "
                     "titles and an English project list of about a third of the words -> Dutch, pass. Pages: "
                     "exactly 5 (pdfinfo) -> 'Maximaal 5 pagina's': pass. References: 'Ingrid Pauw, wethouder …, "
                     "06-…' and 'Jan Smit, mijn vorige leidinggevende bij Stichting Welzijn Dalfsen' (named, "
                     "identified by function and employer, no phone) -> 2 named referees, pass. Programme Manager "
                     "Social Domain, Gemeente Zwolle 2019-09..2025-11 = 75 + Team Lead Community Work, Stichting "
                     "Welzijn Dalfsen 2013-01..2019-08 = 80 -> 155. HBO MWD. 100 points, rate 94."))

# ------------------------------------------------------------------------- Sophie Janssen (docx)
# TRAPS (wrong fail, language): a bilingual CV, every section in Dutch and then in English -> the whole
# CV is available in Dutch: Dutch, pass. (pages): a DOCX without <Pages>, rendered at 3 pages -> an
# estimate, but three pages from the limit: pass. (wrong fail, knock-out 2): the degree is printed by its
# English name, "Bachelor of Social Work (HBO), Saxion" -> hbo, MWD.
SJ6 = ("Voorbeeld van beleid naar resultaat: de Oldenzaalse welzijnsnota heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een huiskamer in elke wijk, een maatjesproject en een vrijwilligerscentrale) met "
       "meetbare doelen.")
SJ7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Twente, zorgverzekeraar Menzis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie en werkgevers.")
SJ8 = "Projectleider van de reorganisatie van het welzijnswerk tot één wijkteam, met projectplan en stuurgroep."
sj = [pos("04/2017 – heden", "Teamleider Welzijn (Team Lead Welfare)", "Gemeente Oldenzaal",
          ["Leiding aan het team welzijn (11 medewerkers); formatie, werving en budget.",
           "Team welfare: 11 staff; staffing, recruitment, budget.",
           SJ6, "Policy to results: welfare memorandum turned into annual work plan, concrete projects "
                "(living room per neighbourhood, buddy project, volunteer centre), measurable targets.",
           SJ7, "Partners: care providers, GPs, GGD Twente, health insurer Menzis, public-private partnership "
                "(PPS) with housing corporation, employers.",
           SJ8, "Project lead, reorganisation of welfare work into one neighbourhood team; project plan, "
                "steering group."],
          ("2017-04", REF), 104, True),
      pos("01/2012 – 03/2017", "Coördinator Mantelzorg (Coordinator Informal Care)", "Stichting Welzijn Losser",
          ["Coördinatie van de mantelzorgconsulenten (4 medewerkers) en 50 vrijwilligers.",
           "Coordination: 4 carer consultants, 50 volunteers."],
          ("2012-01", "2017-03"), 63, True),
      pos("09/2011 – 12/2011", "Maatschappelijk werker (Social Worker)", "Stichting Welzijn Losser",
          ["Hulpverlening aan volwassenen.", "Support, adult clients."],
          ("2011-09", "2011-12"), 4, False)]
SJ_RATE = "Uurtarief / Hourly rate: € 86,- excl. btw / VAT"
cv(file="Sophie Janssen.docx", fmt="docx", layout="single", post="nopages",
   name="Sophie Janssen", email="sophie.janssen@example.nl", phone="06-35027419", rate=SJ_RATE,
   exp=sj, crit_text={"6": SJ6, "7": SJ7, "8": SJ8}, refs=["Hanneke Wolters", "Erik Nijhuis"],
   must_have=["Werkervaring / Work experience", "Bachelor of Social Work (HBO)"],
   body=[("title", "Sophie Janssen"),
         ("p", "Oldenzaal  |  06-35027419  |  sophie.janssen@example.nl"),
         ("pb", SJ_RATE),
         ("h", "Profiel / Profile"),
         ("p", "Ik geef leiding aan het team welzijn van de gemeente Oldenzaal en coördineerde daarvoor de "
               "mantelzorgondersteuning bij Stichting Welzijn Losser. Ik ben verbindend, nuchter en "
               "besluitvaardig, en ik werk graag met inwoners, partners en bestuur aan zichtbaar resultaat."),
         ("p", "Team lead welfare, municipality of Oldenzaal; previously coordinator informal care, welfare "
               "foundation Losser. Connecting, down-to-earth, decisive; results for residents, partners, board."),
         ("h", "Werkervaring / Work experience"),
         ("pos", "datebold", sj),
         ("h", "Opleiding / Education"),
         ("p", "Bachelor of Social Work (HBO), Saxion Hogeschool Enschede — diploma behaald 2011 / degree "
               "awarded 2011"),
         ("p", "Cursus Leidinggeven aan professionals (2018) / Course: leading professionals (2018)"),
         ("h", "Vaardigheden / Skills"),
         ("bl", ["Coachen en motiveren van teams / coaching, motivating teams",
                 "Budgetbeheer / budget control",
                 "Nederlands (moedertaal), Engels (vloeiend), Duits (goed) / Dutch (native), English (fluent), "
                 "German (good)"]),
         ("h", "Referenties / References"),
         ("p", "Hanneke Wolters, afdelingsmanager Samenleving / head of department, gemeente Oldenzaal, "
               "06-35027420"),
         ("p", "Erik Nijhuis, directeur / director, Stichting Welzijn Losser, 06-35027421")],
   expect=dict(pages=2, pages_exact=False, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False,
               hourly=86.0, crit=(15, 25, 15, 20, 25),
               notes="Language: bilingual, every section first in Dutch and then in English (headings 'Profiel / "
                     "Profile', 'Werkervaring / Work experience', …); the complete CV is drawn up in Dutch, the "
                     "English is an added translation -> Dutch, pass. Pages: no <Pages> in docProps/app.xml; the "
                     "rendering is the estimate, far below the limit -> pass, pages_exact false. Bachelor of "
                     "Social Work (HBO), Saxion, 'diploma behaald 2011' -> hbo, MWD. Teamleider Welzijn, Gemeente "
                     "Oldenzaal 2017-04..2025-11 = 104 + Coördinator Mantelzorg, Stichting Welzijn Losser "
                     "2012-01..2017-03 = 63 -> 167. 100 points, rate 86."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Annika van der Merwe (pdf)
# TRAP (wrong pass, language): Afrikaans, close to Dutch and full of Dutch names (Gemeente Deventer, Wmo,
# GGD, "Referenties"-like "Verwysings") -> not Dutch: language fail. Everything else would pass.
AM6 = ("Voorbeeld van beleid na resultaat: die Deventerse welsynsbeleid het ek vertaal in 'n jaarwerkplan met "
       "konkrete projekte ('n ontmoetingsplek in elke wyk, 'n maatjiesprojek en 'n vrywilligerssentrum) met "
       "meetbare doelwitte.")
AM7 = ("Samewerking met sorgverskaffers, huisdokters, die GGD IJsselland, die mediese fonds Zilveren Kruis en 'n "
       "publiek-private vennootskap (PPS) met werkgewers.")
AM8 = "Projekleier van die herorganisasie van die wyksteams, met 'n projekplan en 'n stuurgroep."
am = [pos("03/2016 – 10/2025", "Koördineerder Welsyn en Wyksteams", "Gemeente Deventer",
          ["Leiding aan die span welsyn (13 personeellede: Wmo, jeug en deelname); personeelbeplanning, werwing "
           "en begroting.", AM6, AM7, AM8],
          ("2016-03", "2025-10"), 116, True),
      pos("01/2009 – 12/2015", "Maatskaplike werker", "Departement van Maatskaplike Ontwikkeling, Kaapstad",
          ["Gesinsorg en kinderbeskerming."],
          ("2009-01", "2015-12"), 84, False)]
AM_RATE = "Uurtarief: € 90 eksklusief BTW"
cv(file="Annika van der Merwe.pdf", fmt="pdf", layout="single", lang="af",
   name="Annika van der Merwe", email="annika.vdmerwe@example.com", phone="06-28410375", rate=AM_RATE,
   exp=am, crit_text={"6": AM6, "7": AM7, "8": AM8}, refs=["Marieke Scholten", "Johan Botha"],
   must_have=["Verwysings", "Werkservaring"],
   body=[("title", "Annika van der Merwe"),
         ("p", "Deventer  |  06-28410375  |  annika.vdmerwe@example.com"),
         ("pb", AM_RATE),
         ("h", "Profiel"),
         ("p", "Ek is 'n ervare koördineerder in die welsynsdomein. Sedert 2016 woon en werk ek in Nederland, "
               "waar ek die welsynspan van die gemeente Deventer gelei het. Ek is verbindend, helder en "
               "besluitvaardig, en ek hou daarvan om spanne deur verandering te lei."),
         ("h", "Werkservaring"),
         ("pos", "sample", am),
         ("h", "Opleiding"),
         ("p", "Baccalaureus in Maatskaplike Werk (BMW), Universiteit van Stellenbosch — voltooi in 2008"),
         ("h", "Tale"),
         ("p", "Afrikaans (moedertaal), Engels (vlot), Nederlands (goeie leesvaardigheid)"),
         ("h", "Verwysings"),
         ("p", "Marieke Scholten, afdelingshoof Samelewing, gemeente Deventer, 06-28410376"),
         ("p", "Johan Botha, direkteur, Departement van Maatskaplike Ontwikkeling, +27 21 483 1234")],
   expect=dict(pages=1, edu=("wo", True, True), coord=116, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25), lang="af",
               notes="Language: Afrikaans ('Ek is 'n ervare koördineerder …', 'Werkservaring', 'Verwysings', "
                     "'Opleiding: … voltooi in 2008'), close to Dutch but another language -> 'opgesteld in het "
                     "Nederlands': fail (as samples' Annelie du Plessis). Other fields are the truth: Koördineerder "
                     "Welsyn en Wyksteams, Gemeente Deventer 2016-03..2025-10 = 116 (relevant: coordinator, welfare, "
                     "gemeente); BMW (Baccalaureus in Maatskaplike Werk = social work) at Stellenbosch = a university bachelor -> wo, and MWD: 'minimaal hbo bachelor niveau richting MWD' is met by a completed university degree in social work; two "
                     "named referees. Not eligible on language only."))

# ------------------------------------------------------------------------- Daniel Hughes (docx)
# TRAP (wrong pass, language): an English CV whose profile paragraph is in Dutch, with Dutch employer
# names -> written in English: language fail.
DH6 = ("Example of policy into results: translated the Apeldoorn social domain policy framework into an annual work "
       "plan with concrete projects (a neighbourhood hub, a loneliness programme and early debt signals) with "
       "measurable targets.")
DH7 = ("Cooperation with care providers, GPs, GGD Noord- en Oost-Gelderland, health insurer Menzis and a public-"
       "private partnership (PPS) with local employers.")
DH8 = "Project lead for the reorganisation of the neighbourhood teams, with a project plan and a steering group."
DH_NL = ("Ik ben een ervaren teamleider in het sociaal domein van de gemeente Apeldoorn. Ik woon sinds 2012 in "
         "Nederland, spreek en schrijf Nederlands op C1-niveau en werk dagelijks met Nederlandse collega's, "
         "inwoners en bestuurders. Ik breng rust, richting en structuur in teams die veranderen.")
dh = [pos("Jan 2017 – Present", "Team Leader Social Domain", "Gemeente Apeldoorn",
          ["Leading the social support and youth team of 16 staff; staffing, recruitment and budget.",
           DH6, DH7, DH8],
          ("2017-01", REF), 107, True),
      pos("Sep 2012 – Dec 2016", "Youth Worker", "Gemeente Apeldoorn",
          ["Street-based youth work in two neighbourhoods."],
          ("2012-09", "2016-12"), 52, False)]
DH_RATE = "Hourly rate: € 91 excl. VAT"
cv(file="Daniel Hughes.docx", fmt="docx", layout="sidebar", lang="en",
   name="Daniel Hughes", email="d.hughes@example.com", phone="06-71930284", rate=DH_RATE,
   exp=dh, crit_text={"6": DH6, "7": DH7, "8": DH8}, refs=["Marjolein Ten Hove", "Gareth Price"],
   must_have=[DH_NL],
   left=[("h", "Contact"), ("p", "d.hughes@example.com"), ("p", "06-71930284"), ("p", "Apeldoorn"),
         ("h", "Rate"), ("pb", DH_RATE),
         ("h", "Languages"), ("bl", ["English (native)", "Dutch (C1)"])],
   right=[("title", "Daniel Hughes"),
          ("p", "Team Leader Social Domain"),
          ("h", "Profiel"),
          ("p", DH_NL),
          ("h", "Work experience"),
          ("pos", "pipe", dh),
          ("h", "Education"),
          ("p", "BA (Hons) Social Work, University of Leeds — graduated 2011"),
          ("h", "References"),
          ("p", "Marjolein Ten Hove, head of the social domain department, Gemeente Apeldoorn, 06-71930285"),
          ("p", "Gareth Price, former manager at Leeds City Council, +44 113 496 0123")],
   expect=dict(pages=1, edu=("wo", True, True), coord=107, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25), lang="en",
               notes="Language: the CV is written in English (work experience, education, references, headings); "
                     "only the profile paragraph is Dutch -> not 'opgesteld in het Nederlands': fail (as samples' "
                     "Lotte Willems; a Dutch paragraph does not make it a Dutch CV). Other fields are the truth: Team "
                     "Leader Social Domain, Gemeente Apeldoorn 2017-01..2025-11 = 107 (relevant); BA (Hons) Social "
                     "Work, University of Leeds = a university bachelor -> wo, and MWD ('minimaal hbo bachelor niveau richting "
                     "MWD': a completed university degree in social work is at least that); two named "
                     "referees. Not eligible on language only."))

# ------------------------------------------------------------------------- Klaus Hoffmann (pdf)
# TRAP (wrong pass, language): a German candidate from Kleve who worked at a Dutch municipality across the
# border. Job titles, employer, the Dutch policy names are Dutch; the CV itself is German -> language fail.
KH6 = ("Beispiel von Politik zu Ergebnis: den Beleidsplan Sociaal Domein der Gemeente Montferland habe ich in einen "
       "Jahresarbeitsplan mit konkreten Projekten (ein Treffpunkt in jedem Dorf, ein Mantelzorg-Punkt und eine "
       "Schuldenprävention) mit messbaren Zielen umgesetzt.")
KH7 = ("Zusammenarbeit mit Pflegeanbietern, Hausärzten, der regionalen GGD, der Krankenkasse Menzis "
       "und einer öffentlich-privaten Partnerschaft (PPS) mit Arbeitgebern der Region.")
KH8 = "Projektleiter der Reorganisation der Wijkteams, mit Projektplan und Lenkungsausschuss."
kh = [pos("04/2016 – 10/2025", "Coördinator Sociaal Wijkteam", "Gemeente Montferland",
          ["Leitung des sozialen Wijkteams in 's-Heerenberg (12 Mitarbeitende: Wmo, Jugend und Teilhabe); "
           "Personalplanung, Einstellungen und Budget.", KH6, KH7, KH8],
          ("2016-04", "2025-10"), 115, True),
      pos("09/2010 – 03/2016", "Sozialarbeiter", "Caritasverband Kleve",
          ["Beratung von Familien und Senioren."],
          ("2010-09", "2016-03"), 67, False)]
KH_RATE = "Stundensatz: 88 € zzgl. MwSt."
cv(file="Klaus Hoffmann.pdf", fmt="pdf", layout="sidebar", lang="de",
   name="Klaus Hoffmann", email="k.hoffmann@example.com", phone="+49 170 5518243", rate=KH_RATE,
   exp=kh, crit_text={"6": KH6, "7": KH7, "8": KH8}, refs=["Anja Gerritsen", "Bernd Tebbe"],
   must_have=["Berufserfahrung", "Referenzen"],
   left=[("h", "Kontakt"), ("p", "k.hoffmann@example.com"), ("p", "+49 170 5518243"), ("p", "Kleve"),
         ("h", "Stundensatz"), ("pb", KH_RATE),
         ("h", "Sprachen"), ("bl", ["Deutsch (Muttersprache)", "Niederländisch (B2)"])],
   right=[("title", "Klaus Hoffmann"),
          ("p", "Coördinator Sociaal Wijkteam"),
          ("h", "Profil"),
          ("p", "Ich wohne in Kleve und arbeite seit 2016 auf der anderen Seite der Grenze für die Gemeente "
                "Montferland. Ich verbinde Menschen, spreche Probleme offen an und treffe klare Entscheidungen."),
          ("h", "Berufserfahrung"),
          ("pos", "dateline", kh),
          ("h", "Ausbildung"),
          ("p", "Master of Arts Soziale Arbeit, Universität Duisburg-Essen — Abschluss 2010"),
          ("h", "Referenzen"),
          ("p", "Anja Gerritsen, afdelingsmanager Samenleving, Gemeente Montferland, 06-40918273"),
          ("p", "Bernd Tebbe, Geschäftsführer, Caritasverband Kleve, +49 2821 720 100")],
   expect=dict(pages=1, edu=("wo", True, True), coord=115, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25), lang="de",
               notes="Language: German ('Berufserfahrung', 'Ausbildung', 'Referenzen', all sentences), although the "
                     "job title 'Coördinator Sociaal Wijkteam', the employer 'Gemeente Montferland' and Dutch policy "
                     "names are printed in Dutch -> fail. Other fields are the truth: Coördinator Sociaal Wijkteam, "
                     "Gemeente Montferland 2016-04..2025-10 = 115 (relevant); Master Soziale Arbeit, "
                     "Universität Duisburg-Essen -> wo, and MWD (a completed university degree in social work meets "
                     "'minimaal hbo bachelor niveau richting MWD'); two named referees; rate 88. Not eligible "
                     "on language only."))

# ------------------------------------------------------------------------- Marloes Hendriks (pdf)
# TRAP (wrong pass, pages): a PDF of 6 pages whose sixth page is headed "Bijlage: referenties" (the
# referees in a table) -> the CV as submitted has 6 pages: pages fail. The references table itself
# holds two referees -> 2, pass.
MH6 = ("Voorbeeld van beleid naar resultaat: de Hattemse nota 'Meedoen in Hattem' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpshuiskamer, een formulierenbrigade en een jongerenpunt) met "
       "meetbare doelen.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met werkgevers voor leerwerkplekken.")
MH8 = "Projectleider van de herinrichting van de toegang tot één sociaal team, met projectplan en stuurgroep."
mh = [pos("januari 2016 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (10 medewerkers: Wmo, jeugd en schuldhulp); formatie en budget.",
           MH6, MH7, MH8],
          ("2016-01", REF), 119, True),
      pos("juni 2009 – december 2015", "Wmo-consulent", "Gemeente Heerde",
          ["Keukentafelgesprekken en maatwerkvoorzieningen."],
          ("2009-06", "2015-12"), 79, False)]
MH_RATE = "Uurtarief: € 87,- excl. btw"
cv(file="Marloes Hendriks.pdf", fmt="pdf", layout="single",
   name="Marloes Hendriks", email="marloes.hendriks@example.nl", phone="06-19283746", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Gerda Mulderij", "Henk Stoffelen"],
   must_have=["Bijlage: referenties"],
   body=[("title", "Marloes Hendriks"),
         ("p", "Hattem  |  06-19283746  |  marloes.hendriks@example.nl"),
         ("pb", MH_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het sociaal team van Hattem en ken de gemeente Heerde uit mijn tijd als "
               "Wmo-consulent. Ik ben verbindend, helder en besluitvaardig."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", mh[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "sample", mh[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009"),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbinden en coachen", "Helder communiceren", "Besluitvaardig"]),
         ("break",),
         ("h", "Bijlage: referenties"),
         ("table", ["Naam", "Functie", "Telefoon"],
          [["Gerda Mulderij", "afdelingsmanager Samenleving, gemeente Hattem", "06-19283747"],
           ["Henk Stoffelen", "teamleider Wmo, gemeente Heerde", "06-19283748"]])],
   expect=dict(pages=6, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 25),
               notes="Pages: the PDF has 6 pages (pdfinfo); the sixth, headed 'Bijlage: referenties', is part of the "
                     "submitted CV -> more than 'Maximaal 5 pagina's': fail. References: a table (Naam | Functie | "
                     "Telefoon) with Gerda Mulderij and Henk Stoffelen -> 2, pass. Coördinator Sociaal Team, Gemeente "
                     "Hattem 2016-01..2025-11 = 119. HBO MWD. 100 points; not eligible on pages only."))

# ------------------------------------------------------------------------- Ruben de Graaf (docx)
# TRAP (wrong pass, references): two entries under "Referenties", but the second is the candidate himself
# (his own name, current function, phone and e-mail) -> 1 referee: references fail.
RG6 = ("Voorbeeld van beleid naar resultaat: het Osse beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een wijkpunt in Oss-Oost, een aanpak voor laaggeletterdheid en een "
       "mantelzorgloket) met meetbare doelen.")
RG7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Hart voor Brabant, zorgverzekeraar CZ en een "
       "publiek-private samenwerking (PPS) met werkgevers.")
RG8 = "Projectleider van de transitie van drie wijkteams naar één sociaal team, met projectplan en stuurgroep."
RG_SELF = "Ruben de Graaf, coördinator Sociaal Team, gemeente Oss, 06-52840193, ruben.degraaf@example.nl"
rg = [pos("mei 2018 – heden", "Coördinator Sociaal Team", "Gemeente Oss",
          ["Coördinatie van het sociaal team (15 medewerkers: Wmo, jeugd en participatie); formatie en budget.",
           RG6, RG7, RG8],
          ("2018-05", REF), 91, True),
      pos("maart 2010 – april 2018", "Jeugdconsulent", "Gemeente Oss",
          ["Toegang tot jeugdhulp voor gezinnen."],
          ("2010-03", "2018-04"), 98, False)]
RG_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Ruben de Graaf.docx", fmt="docx", layout="single",
   name="Ruben de Graaf", email="ruben.degraaf@example.nl", phone="06-52840193", rate=RG_RATE,
   exp=rg, crit_text={"6": RG6, "7": RG7, "8": RG8}, refs=["Wilma Hoekstra"],
   must_have=[RG_SELF],
   body=[("title", "Ruben de Graaf"),
         ("p", "Oss  |  06-52840193  |  ruben.degraaf@example.nl"),
         ("pb", RG_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het sociaal team van de gemeente Oss en werkte daarvoor acht jaar als "
               "jeugdconsulent. Ik ben betrokken, helder en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "pipe", rg),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, HAN Nijmegen — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Wilma Hoekstra, afdelingsmanager Sociaal Domein, gemeente Oss, 06-52840194"),
         ("p", RG_SELF)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=91, refs=(1, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: two entries, but the second, 'Ruben de Graaf, coördinator Sociaal Team, gemeente "
                     "Oss, 06-52840193, ruben.degraaf@example.nl', is the candidate himself (his name, his current "
                     "function, his own phone and e-mail from the CV's header) -> one referee (Wilma Hoekstra) -> "
                     "references fail. Coördinator Sociaal Team, Gemeente Oss 2018-05..2025-11 = 91. Jeugdconsulent: "
                     "no leading role. HBO Social Work -> MWD. 100 points; not eligible on references only."))
