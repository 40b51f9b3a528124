# -*- coding: utf-8 -*-
"""Holdout round 4 for zeef: 12 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/, tests/holdout2/ or tests/holdout3/), written without looking at the
pipeline's source or rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations, agencies and public bodies.

Same shape as tests/holdout3/src/holdout3_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout4/make-holdout4.sh); the fields are listed in tests/holdout2/src/cvset.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Lisanne Hofman (pdf)
# TRAPS: the only mention of her HBO MWD diploma is a sentence in the profile ("Na mijn opleiding
# Maatschappelijk Werk en Dienstverlening aan de Hogeschool Utrecht (diploma 2009) ..."); the section
# below is "Cursussen en trainingen" (no diploma there) -> hbo, MWD. The rate is printed as
# "24 uur per week à € 87,50 (excl. btw)": no "tarief", no "per uur" -> 87.50 (not 24).
LH6 = ("Voorbeeld van beleid naar resultaat: de Nijkerkse Koersnota Welzijn heb ik samen met twee "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vijf concrete projecten (een huiskamer in elke kern, "
       "vroegsignalering van eenzaamheid, een mantelzorgpunt, een taalcafé en een vrijwilligersvacaturebank), "
       "elk met een trekker, een budget en meetbare doelen; na anderhalf jaar waren vier van de vijf doelen "
       "gehaald.")
LH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden en zorgverzekeraar Menzis in het "
       "lokaal preventieakkoord, en een publiek-private samenwerking (PPS) met een woningcorporatie en een "
       "bouwbedrijf voor een ontmoetingscentrum in Hoevelaken.")
LH8 = ("Projectleider van de reorganisatie van het welzijnswerk: van vier losse subsidies naar één "
       "welzijnsopdracht, met een projectplan, een stuurgroep en de implementatie van een nieuw "
       "registratiesysteem.")
lh = [pos("mei 2015 – heden", "Manager Welzijn", "Gemeente Nijkerk",
          ["Leiding aan het cluster welzijn (17 medewerkers en gedetacheerde welzijnswerkers).",
           "Verantwoordelijk voor formatie, werving & selectie en de verdeling van uren over de kernen.",
           "Bewaken van het welzijnsbudget en rapportage aan de portefeuillehouder.",
           LH6, LH7, LH8],
          ("2015-05", REF), 127, True),
      pos("september 2009 – april 2015", "Maatschappelijk werker", "Stichting Welzijn Barneveld",
          ["Individuele hulpverlening, groepswerk voor mantelzorgers en spreekuren in de wijk."],
          ("2009-09", "2015-04"), 68, False)]
LH_RATE = "€ 87,50 (excl. btw)"
LH_EDU = ("Na mijn opleiding Maatschappelijk Werk en Dienstverlening aan de Hogeschool Utrecht (diploma 2009) ben "
          "ik begonnen als maatschappelijk werker")
cv(file="Lisanne Hofman.pdf", fmt="pdf", layout="single",
   name="Lisanne Hofman", email="lisanne.hofman@example.nl", phone="06-20314253", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Marloes Heijkoop", "Gerard Brands"],
   must_have=[LH_EDU, "Inzet: 24 uur per week à € 87,50 (excl. btw)", "Cursussen en trainingen"],
   body=[("title", "Lisanne Hofman"),
         ("p", "Nijkerk  |  06-20314253  |  lisanne.hofman@example.nl"),
         ("pb", "Inzet: 24 uur per week à € 87,50 (excl. btw)"),
         ("h", "Profiel"),
         ("p", LH_EDU + " in Barneveld. Sinds 2015 ben ik manager welzijn bij de gemeente Nijkerk. Ik ben "
               "verbindend en coachend, ik geef richting en ik durf knopen door te hakken. Ik ken beide kanten "
               "van de welzijnsopdracht: de uitvoering in de wijk en de sturing vanuit de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "sample", lh),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Leergang Leidinggeven aan professionals, NCOI (2016)",
                 "Resultaatgericht sturen op welzijn, VNG Academie (2019)",
                 "Training Oplossingsgericht coachen (2022)"]),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend", "Besluitvaardig", "Analytisch", "Oog voor inwoners en bestuur"]),
         ("h", "Referenties"),
         ("p", "Marloes Heijkoop, afdelingsmanager Samenleving, gemeente Nijkerk, 06-20314260"),
         ("p", "Gerard Brands, directeur Stichting Welzijn Barneveld, 06-20314261")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=127, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 25),
               notes="Education: the CV has no 'Opleiding' section (only 'Cursussen en trainingen'); the diploma "
                     "is stated in the profile: 'Na mijn opleiding Maatschappelijk Werk en Dienstverlening aan de "
                     "Hogeschool Utrecht (diploma 2009)' -> a completed HBO bachelor MWD -> hbo, degree, MWD, "
                     "knock-out 2 pass, criterion 4 = 15. Rate: 'Inzet: 24 uur per week à € 87,50 (excl. btw)' -- "
                     "'à' is the price per unit (hour); no 'tarief'/'per uur' words -> 87.5 (24 is the hours per "
                     "week). Manager Welzijn Gemeente Nijkerk 2015-05..2025-11 = 127; maatschappelijk werker not "
                     "relevant (role)."))

# ------------------------------------------------------------------------- Daan Kroeze (pdf)
# TRAPS: a date range written with a slash, "04-2016 / 03-2020", and exactly 72 relevant months
# (04-2016 .. 03-2022, two contiguous positions): criterion 5 asks "minimaal 6 jaar" -> 25 points.
# The current job (beleidsadviseur at a province) is not relevant.
DK6 = ("Voorbeeld van beleid naar resultaat: de Deventer wijkvisie heb ik met de beleidsadviseur vertaald naar "
       "een jaarwerkplan per wijkteam met concrete projecten (een spreekuur in elke basisschool, een "
       "schuldenaanpak voor jonge gezinnen en een buurtmaaltijd voor ouderen) en meetbare doelen per kwartaal.")
DK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een wijkcentrum in de Rivierenwijk.")
DK8 = ("Projectleider van de transitie van de Olst-Wijhese toegang naar één team Zorg en Welzijn, met "
       "projectplan, nieuwe werkprocessen en een evaluatie na een jaar.")
dk = [pos("04/2022 – heden", "Beleidsadviseur Sociaal Domein", "Provincie Overijssel",
          ["Advisering over het provinciale programma sociale kwaliteit en leefbaarheid in kleine kernen."],
          ("2022-04", REF), 44, False),
      pos("04/2020 – 03/2022", "Manager Zorg en Welzijn", "Gemeente Olst-Wijhe",
          ["Leiding aan het team Zorg en Welzijn (14 medewerkers): Wmo, jeugd en welzijn.",
           "Verantwoordelijk voor budget, formatie en werving & selectie.", DK8],
          ("2020-04", "2022-03"), 24, True),
      pos("04-2016 / 03-2020", "Coördinator Wijkteams", "Gemeente Deventer",
          ["Coördinatie van drie wijkteams (27 generalisten) in Deventer-Oost.", DK6, DK7],
          ("2016-04", "2020-03"), 48, True),
      pos("01/2010 – 03/2016", "Wijkwerker", "Stichting Welzijn Deventer",
          ["Ondersteuning van bewoners en vrijwilligers in de Rivierenwijk."],
          ("2010-01", "2016-03"), 75, False)]
DK_RATE = "Uurtarief: € 90,-"
cv(file="Daan Kroeze.pdf", fmt="pdf", layout="header",
   header="Daan Kroeze  ·  Deventer  ·  06-31425364  ·  daan.kroeze@example.com",
   name="Daan Kroeze", email="daan.kroeze@example.com", phone="06-31425364", rate=DK_RATE,
   exp=dk, crit_text={"6": DK6, "7": DK7, "8": DK8}, refs=["Ilona Brethouwer", "Sander Wigman"],
   must_have=["04-2016 / 03-2020"],
   body=[("title", "Daan Kroeze"),
         ("p", DK_RATE),
         ("h", "Profiel"),
         ("p", "Ik heb zes jaar leiding gegeven in het sociaal domein, eerst aan de wijkteams in Deventer en "
               "daarna aan het team Zorg en Welzijn van Olst-Wijhe. Sinds 2022 werk ik als beleidsadviseur bij "
               "de provincie; ik mis het werken met een team en wil graag terug naar een coördinerende rol bij "
               "een gemeente."),
         ("h", "Werkervaring"),
         ("pos", "datebold", dk),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Ilona Brethouwer, gemeentesecretaris, gemeente Olst-Wijhe, 06-31425370"),
         ("p", "Sander Wigman, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-31425371")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=72, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator Wijkteams Gemeente Deventer '04-2016 / 03-2020' (a slash between the two dates) "
                     "= 2016-04..2020-03 = 48, and Manager Zorg en Welzijn Gemeente Olst-Wijhe '04/2020 – 03/2022' "
                     "= 24: contiguous, exactly 72 months = six full years. Criterion 5 asks 'minimaal 6 jaar' -> "
                     "25 points (an end-minus-start count gives 70 and loses 25 points and two ranks). Beleidsadviseur "
                     "at the Provincie Overijssel (role and employer) and wijkwerker (role) not relevant."))

# ------------------------------------------------------------------------- Rutger Verbeek (docx)
# TRAPS: the two relevant titles carry no coordinator/manager/teamleider word: "Hoofd afdeling Welzijn
# en Zorg" (gemeente Brummen, 59 months) and "Directeur" of a welzijnsstichting (64 months). Each is
# management in the social domain at a gemeente or welzijnsstichting: 123 months.
RV6 = ("Voorbeeld van beleid naar resultaat: het Brummense beleidsplan 'Samen sterk in Brummen en Eerbeek' heb ik "
       "vertaald naar een uitvoeringsagenda met zes concrete projecten (onder meer een dorpsteam in Eerbeek, "
       "een schuldenpreventieteam en een mantelzorgwaardering), met een budget en meetbare doelen per project; "
       "de wachttijd voor een keukentafelgesprek daalde van zes naar twee weken.")
RV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een zorgsteunpunt in Brummen.")
RV8 = ("Projectleider van het verandertraject 'Welzijn op recept' en van de reorganisatie van de afdeling naar "
       "drie teams.")
rv = [pos("januari 2021 – heden", "Hoofd afdeling Welzijn en Zorg", "Gemeente Brummen",
          ["Integraal leidinggevende van de afdeling (31 medewerkers in drie teams: Wmo, jeugd en welzijn).",
           "Verantwoordelijk voor het budget van het sociaal domein, formatie en werving & selectie.",
           RV6, RV7, RV8],
          ("2021-01", REF), 59, True),
      pos("september 2015 – december 2020", "Directeur", "Stichting Welzijn Voorst",
          ["Leiding aan de welzijnsstichting (24 beroepskrachten, 300 vrijwilligers): ouderenwerk, jongerenwerk, "
           "mantelzorgondersteuning en opbouwwerk.",
           "Verantwoording van de subsidie en de prestatieafspraken aan de gemeente Voorst."],
          ("2015-09", "2020-12"), 64, True),
      pos("maart 2008 – augustus 2015", "Opbouwwerker", "Stichting Welzijn Voorst",
          ["Ondersteuning van dorpsbelangen en bewonersinitiatieven in Twello en Terwolde."],
          ("2008-03", "2015-08"), 90, False)]
RV_RATE = "€ 94,- per uur"
cv(file="Rutger Verbeek.docx", fmt="docx", layout="sidebar",
   name="Rutger Verbeek", email="rutger.verbeek@example.nl", phone="06-42536475", rate=RV_RATE,
   exp=rv, crit_text={"6": RV6, "7": RV7, "8": RV8}, refs=["Hester Lubbinge", "Koen Dijkhuis"],
   must_have=["Hoofd afdeling Welzijn en Zorg"],
   left=[("h", "Contact"), ("p", "rutger.verbeek@example.nl"), ("p", "06-42536475"), ("p", "Twello"),
         ("h", "Tarief"), ("pb", RV_RATE),
         ("h", "Beschikbaar"), ("p", "24 uur per week, per direct"),
         ("h", "Sterk in"), ("bl", ["Richting geven", "Coachen", "Besluiten nemen", "Bestuurlijke sensitiviteit"])],
   right=[("title", "Rutger Verbeek"),
          ("p", "Leidinggevende sociaal domein"),
          ("h", "Profiel"),
          ("p", "Ik geef al ruim tien jaar leiding in het welzijnswerk en het sociaal domein: vijf jaar als "
                "directeur van een welzijnsstichting en daarna als hoofd van de afdeling Welzijn en Zorg van een "
                "kleine gemeente. Ik geef richting, houd het budget scherp in de gaten en geef medewerkers de "
                "ruimte om eigenaar te zijn van hun werk."),
          ("h", "Werkervaring"),
          ("pos", "pipe", rv),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2007"),
          ("h", "Referenties"),
          ("p", "Hester Lubbinge, gemeentesecretaris, gemeente Brummen, 06-42536480"),
          ("p", "Koen Dijkhuis, voorzitter raad van toezicht, Stichting Welzijn Voorst, 06-42536481")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=123, refs=(2, False), zzp=False, hourly=94.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Hoofd afdeling Welzijn en Zorg, Gemeente Brummen' 2021-01..2025-11 (59): head of the welfare "
                     "and care department, integral manager of 31 staff -> manager in the social domain at a "
                     "gemeente, relevant. 'Directeur, Stichting Welzijn Voorst' 2015-09..2020-12 (64): the director "
                     "of a welzijnsstichting is its top manager -> relevant. Contiguous: 123 months (only the head "
                     "of department: 59 -> a wrong knock-out 3 fail; only the director: 64 -> criterion 5 lost). "
                     "Opbouwwerker not relevant (role)."))

# ------------------------------------------------------------------------- Marjolein Zandstra (pdf)
# TRAPS: the university degree is a pre-Bologna "Doctoraal Sociologie" (doctoraaldiploma 1996: a WO
# master, no "master"/"WO" word), next to a "Propedeuse HBO Toegepaste Psychologie" (not completed):
# highest completed level wo, degree, not MWD.
MZ6 = ("Voorbeeld van beleid naar resultaat: de Eper visie 'Iedereen doet mee' heb ik met het team vertaald "
       "naar een jaarwerkplan met concrete projecten (een dorpsteam in Vaassen, een ontmoetingsplek in Emst en "
       "vroegsignalering van armoede via de scholen) met meetbare doelen; het bereik onder gezinnen in armoede "
       "verdubbelde in twee jaar.")
MZ7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een woonzorgzone in Epe.")
MZ8 = ("Projectleider van de reorganisatie van het sociaal domein van Epe naar drie dorpsteams, met projectplan, "
       "planning en evaluatie.")
mz = [pos("februari 2014 – heden", "Manager Sociaal Domein", "Gemeente Epe",
          ["Leiding aan de teams Wmo, jeugd en welzijn (26 medewerkers).",
           "Verantwoordelijk voor formatie, werving & selectie en het budget van het sociaal domein.",
           MZ6, MZ7, MZ8],
          ("2014-02", REF), 142, True),
      pos("1997 – 2013", "Onderzoeker sociaal beleid", "Onderzoeksbureau Veluwe Sociaal B.V.",
          ["Onderzoek naar leefbaarheid, armoede en maatschappelijke ondersteuning voor gemeenten."],
          ("1997-01", "2013-12"), 204, False, yearonly=True)]
MZ_RATE = "Uurtarief € 88,-"
cv(file="Marjolein Zandstra.pdf", fmt="pdf", layout="header",
   header="Marjolein Zandstra  |  Epe  |  06-53647586  |  marjolein.zandstra@example.nl",
   name="Marjolein Zandstra", email="marjolein.zandstra@example.nl", phone="06-53647586", rate=MZ_RATE,
   exp=mz, crit_text={"6": MZ6, "7": MZ7, "8": MZ8}, refs=["Albert Nijhof", "Trudy Veldkamp"],
   must_have=["Doctoraal Sociologie", "doctoraaldiploma 1996", "Propedeuse HBO Toegepaste Psychologie"],
   body=[("title", "Marjolein Zandstra"),
         ("p", "Manager sociaal domein"),
         ("pb", MZ_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben socioloog en manager. Na zestien jaar onderzoek naar sociaal beleid ben ik in 2014 de "
               "overstap gemaakt naar het leidinggeven in het sociaal domein van Epe. Ik combineer analytisch "
               "denken met aandacht voor mensen, en ik zorg dat plannen ook echt worden uitgevoerd."),
         ("h", "Werkervaring"),
         ("pos", "next", mz),
         ("h", "Opleiding"),
         ("p", "Doctoraal Sociologie, Rijksuniversiteit Groningen — doctoraaldiploma 1996"),
         ("p", "Propedeuse HBO Toegepaste Psychologie, Hanzehogeschool Groningen — 1991, daarna overgestapt naar "
               "de universiteit"),
         ("p", "Vwo, Stedelijk Gymnasium Leeuwarden — diploma 1990"),
         ("h", "Referenties"),
         ("p", "Albert Nijhof, gemeentesecretaris, gemeente Epe, 06-53647590"),
         ("p", "Trudy Veldkamp, wethouder Sociaal Domein (2018 – 2022), gemeente Epe, 06-53647591")],
   expect=dict(pages=1, edu=("wo", True, False), coord=142, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Doctoraal Sociologie, Rijksuniversiteit Groningen — doctoraaldiploma 1996' is the "
                     "pre-Bologna university degree (equivalent to a WO master) -> wo, at least HBO bachelor level, "
                     "knock-out 2 pass. The 'Propedeuse HBO Toegepaste Psychologie' (first year only) is not a "
                     "bachelor and does not lower the completed WO level. Sociology is not Maatschappelijk Werk en "
                     "Dienstverlening -> mwd false, criterion 4 = 0. Manager Sociaal Domein Gemeente Epe "
                     "2014-02..2025-11 = 142; the researcher years at a B.V. not relevant (role, employer)."))

# ------------------------------------------------------------------------- Ingeborg Smeets (docx)
# TRAPS: her only degree is the "Pabo" (teacher training for primary schools: an HBO bachelor, without
# the words HBO or bachelor) -> hbo, degree, not MWD; the hourly rate is only stated in the cover letter
# at the very end ("Mijn uurtarief voor deze opdracht bedraagt € 91,25 exclusief btw"), after a budget
# amount in the work experience. Decides her place in the tie at 85.
IS6 = ("Voorbeeld van beleid naar resultaat: de Hengelose Jeugdagenda heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een jeugdconsulent per schoolcluster, een opvoedspreekuur in de wijkcentra en een "
       "aanpak thuiszitters) met meetbare doelen; het aantal thuiszitters halveerde in drie jaar.")
IS7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de jeugdgezondheidszorg van de GGD Twente "
       "en zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) voor een jongerencentrum met een sporthal.")
IS8 = ("Projectleider van de transformatie van de jeugdhulp in Hengelo: vier deelprojecten, een stuurgroep en "
       "halfjaarlijkse evaluaties.")
is_ = [pos("april 2013 – heden", "Coördinator Jeugd", "Gemeente Hengelo",
           ["Coördinatie van het team Jeugd (16 jeugdconsulenten) en van het onderwijs-zorgoverleg.",
            "Verantwoordelijk voor een budget van € 1,8 miljoen voor preventie en lichte ondersteuning.",
            IS6, IS7, IS8],
           ("2013-04", REF), 152, True),
       pos("augustus 1998 – maart 2013", "Leerkracht en intern begeleider", "Openbare Basisschool De Wilgen, Hengelo",
           ["Groepsleerkracht en later intern begeleider: zorgstructuur en contact met ouders en jeugdhulp."],
           ("1998-08", "2013-03"), 176, False)]
IS_RATE = "Mijn uurtarief voor deze opdracht bedraagt € 91,25 exclusief btw."
cv(file="Ingeborg Smeets.docx", fmt="docx", layout="sidebar",
   name="Ingeborg Smeets", email="i.smeets@example.nl", phone="06-64758697", rate=IS_RATE,
   exp=is_, crit_text={"6": IS6, "7": IS7, "8": IS8}, refs=["Wouter Rensink", "Carla Oude Luttikhuis"],
   must_have=["Pabo (leraar basisonderwijs)", "Begeleidende brief"],
   left=[("h", "Contact"), ("p", "i.smeets@example.nl"), ("p", "06-64758697"), ("p", "Hengelo (Ov)"),
         ("h", "Beschikbaar"), ("p", "24 uur per week, vanaf 1 januari 2026"),
         ("h", "Talen"), ("p", "Nederlands"), ("p", "Engels"),
         ("h", "Sterk in"), ("bl", ["Overzicht", "Verbinden", "Onderwijs en jeugd", "Doorpakken"])],
   right=[("title", "Ingeborg Smeets"),
          ("p", "Coördinator jeugd"),
          ("h", "Profiel"),
          ("p", "Na vijftien jaar in het basisonderwijs ben ik in 2013 overgestapt naar de gemeente Hengelo, waar "
                "ik het team Jeugd coördineer. Ik weet hoe scholen, ouders en hulpverleners naar een kind kijken, "
                "en ik breng die werelden bij elkaar."),
          ("h", "Werkervaring"),
          ("pos", "dateline", is_),
          ("h", "Opleiding"),
          ("p", "Pabo (leraar basisonderwijs), Hogeschool Edith Stein, Hengelo — diploma 1998"),
          ("p", "Post-hbo Intern begeleider, Fontys — certificaat 2006"),
          ("h", "Referenties"),
          ("p", "Wouter Rensink, afdelingsmanager Maatschappelijke Ontwikkeling, gemeente Hengelo, 06-64758690"),
          ("p", "Carla Oude Luttikhuis, directeur Openbare Basisschool De Wilgen, 06-64758691"),
          ("h", "Begeleidende brief"),
          ("p", "Geachte heer, mevrouw,"),
          ("p", "Met veel plezier bied ik mij aan voor de opdracht Coördinator welzijn bij de gemeente Heerde. De "
                "combinatie van verbinden, coachen en sturen op resultaat past bij wat ik in Hengelo doe. " + IS_RATE),
          ("p", "Met vriendelijke groet, Ingeborg Smeets")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=152, refs=(2, False), zzp=False, hourly=91.25,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Pabo (leraar basisonderwijs), Hogeschool Edith Stein — diploma 1998': the Pabo is "
                     "the HBO bachelor programme for primary-school teachers -> hbo, degree, knock-out 2 pass; it is "
                     "not Maatschappelijk Werk en Dienstverlening -> mwd false, criterion 4 = 0. The post-hbo course "
                     "is a certificate, not a degree. Rate: stated only in the cover letter at the end, 'Mijn "
                     "uurtarief voor deze opdracht bedraagt € 91,25 exclusief btw' -> 91.25 (the '€ 1,8 miljoen' "
                     "budget is not a rate); it places her between Marjolein Zandstra (88) and Bert Lubbers (92) in "
                     "the tie at 85. Coördinator Jeugd Gemeente Hengelo 2013-04..2025-11 = 152; teacher not relevant."))

# ------------------------------------------------------------------------- Bert Lubbers (pdf)
# TRAPS: current title "Interim-manager Welzijn" at a gemeente, while he is employed (loondienst) by the
# secondment agency that offers him: "interim" is no ZZP indication -> knock-out 1 pass; the interim
# months count (39 + 68 = 107; without them 68 < 72 loses criterion 5). Dates as dd-mm-yyyy.
BL6 = ("Voorbeeld van beleid naar resultaat: de Zutphense welzijnsvisie heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een welzijnspunt in de Hanzehof, een maatjesproject voor statushouders en "
       "valpreventie in De Hoven) en meetbare doelen; binnen een jaar bereikte het welzijnspunt 1.200 inwoners.")
BL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie en een supermarkt voor een buurtkamer.")
BL8 = ("Projectleider van het verandertraject 'Welzijn in de wijk' in Zutphen en eerder van de transitie "
       "jeugdhulp in Lochem (2015).")
BL_IN = "In vaste dienst (loondienst) bij Achterhoek Detachering B.V., die mij voor deze opdracht aanbiedt."
bl = [pos("01-09-2022 – heden", "Interim-manager Welzijn", "Gemeente Zutphen",
          ["Gedetacheerd door mijn werkgever Achterhoek Detachering B.V.",
           "Leiding aan het cluster welzijn (12 medewerkers) na het vertrek van de vorige manager.",
           BL6, BL7, BL8],
          ("2022-09", REF), 39, True),
      pos("01-01-2017 – 31-08-2022", "Teamleider Jeugd", "Gemeente Lochem",
          ["Leiding aan het jeugdteam (11 jeugdconsulenten); formatie, werving & selectie en budget."],
          ("2017-01", "2022-08"), 68, True),
      pos("01-03-2010 – 31-12-2016", "Jeugdconsulent", "Gemeente Lochem",
          ["Toegang tot jeugdhulp, gesprekken met gezinnen en scholen."],
          ("2010-03", "2016-12"), 82, False)]
BL_RATE = "Tarief: € 92,- per uur (excl. btw)"
cv(file="Bert Lubbers.pdf", fmt="pdf", layout="single",
   name="Bert Lubbers", email="bert.lubbers@example.com", phone="06-75869708", rate=BL_RATE,
   exp=bl, crit_text={"6": BL6, "7": BL7, "8": BL8}, refs=["Maaike Wolbrink", "Henk-Jan Temmink"],
   zzp_negated=["Interim-manager Welzijn"],
   must_have=[BL_IN],
   body=[("title", "Bert Lubbers"),
         ("p", "Zutphen  |  06-75869708  |  bert.lubbers@example.com"),
         ("p", BL_IN),
         ("pb", BL_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een ervaren leidinggevende in jeugd en welzijn. Ik stap graag in waar een team richting "
               "nodig heeft, breng rust en structuur, en draag het werk daarna goed over."),
         ("h", "Werkervaring"),
         ("pos", "sample", bl),
         ("h", "Opleiding"),
         ("p", "Bachelor Bestuurskunde (HBO), Saxion Enschede — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Maaike Wolbrink, afdelingsmanager Samenleving, gemeente Zutphen, 06-75869710"),
         ("p", "Henk-Jan Temmink, manager Sociaal Domein, gemeente Lochem, 06-75869711")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=107, refs=(2, False), zzp=False, hourly=92.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Interim-manager Welzijn, Gemeente Zutphen' (01-09-2022 – heden) while 'In vaste dienst "
                     "(loondienst) bij Achterhoek Detachering B.V., die mij voor deze opdracht aanbiedt': interim "
                     "is the kind of assignment, not self-employment -> zzp false, knock-out 1 pass. The interim "
                     "job is manager in welzijn at a gemeente -> relevant: 2022-09..2025-11 (39) + Teamleider Jeugd "
                     "Gemeente Lochem 2017-01..2022-08 (68) = contiguous 107 (without the interim months 68 < 72 "
                     "and criterion 5 is lost). Dates dd-mm-yyyy: '01-01-2017 – 31-08-2022' is January 2017 to "
                     "August 2022. Jeugdconsulent not relevant. Bachelor Bestuurskunde (HBO): hbo, not MWD."))

# ------------------------------------------------------------------------- Sjoerd Hoekstra (docx)
# TRAPS: the profile is written in Frisian (about a quarter of the words) in an otherwise Dutch CV
# (still "opgesteld in het Nederlands"); the relevant job is "Teamleider Sociaal Team" at "Sociaal Team
# Leeuwarden" -- no "gemeente" in the employer line, but the CV says it is the municipality's team
# and that he is employed by the gemeente -> relevant (81 months).
SH_FY = ("Ik bin in teamlieder dy't graach mei minsken wurket. Ik wurkje al mear as tweintich jier yn it sosjale wurk, earst as "
         "maatskiplik wurker en sûnt 2019 as teamlieder. Ik fyn it wichtich dat ynwenners sels de regy hâlde oer "
         "harren libben, en dat in team wit wêr't it foar stiet. Ik bin dúdlik oer ôfspraken, ik harkje goed en "
         "ik doar besluten te nimmen as dat nedich is. Myn memmetaal is it Frysk; dêrom stiet myn profyl yn it "
         "Frysk, de rest fan myn cv is yn it Nederlânsk.")
SH6 = ("Voorbeeld van beleid naar resultaat: de Leeuwarder koers 'Dichtbij en eenvoudig' heb ik met het team "
       "vertaald naar een jaarwerkplan met concrete projecten (een inloopspreekuur in elke wijk, een vaste "
       "contactpersoon per gezin en een snelle route voor schulden) en meetbare doelen; de doorlooptijd van "
       "een melding daalde van acht naar drie weken.")
SH8 = ("Projectleider van de reorganisatie van vier wijkteams naar één Sociaal Team met drie gebieden, met "
       "projectplan, planning en evaluatie.")
SH_GEM = ("Het Sociaal Team Leeuwarden is het team van de gemeente Leeuwarden voor zorg, jeugd en ondersteuning; ik "
          "ben in dienst van de gemeente.")
sh = [pos("maart 2019 – heden", "Teamleider Sociaal Team", "Sociaal Team Leeuwarden",
          [SH_GEM,
           "Leiding aan 22 medewerkers in het gebied Noord: Wmo, jeugd, schulden en welzijn.",
           "Verantwoordelijk voor formatie, werving & selectie en de verdeling van uren.",
           SH6, SH8],
          ("2019-03", REF), 81, True),
      pos("september 2004 – februari 2019", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Fryslân",
          ["Individuele hulpverlening aan gezinnen en alleenstaanden in Leeuwarden en omgeving."],
          ("2004-09", "2019-02"), 174, False)]
SH_RATE = "Tarief: € 86 per uur, exclusief btw"
cv(file="Sjoerd Hoekstra.docx", fmt="docx", layout="single",
   name="Sjoerd Hoekstra", email="sjoerd.hoekstra@example.nl", phone="06-86970819", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "8": SH8}, refs=["Baukje Terpstra", "Jelle Dijkstra"],
   must_have=[SH_FY, SH_GEM],
   body=[("title", "Sjoerd Hoekstra"),
         ("rows", [("Woonplaats", ["Grou"]), ("Telefoon", ["06-86970819"]),
                   ("E-mail", ["sjoerd.hoekstra@example.nl"])]),
         ("pb", SH_RATE),
         ("h", "Profyl"),
         ("p", SH_FY),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Duidelijk in afspraken en besluitvaardig", "Coachend: ik laat medewerkers zelf oplossingen vinden",
                 "Oog voor de inwoner achter de melding", "Rustig en benaderbaar, ook als het spannend wordt"]),
         ("h", "Beschikbaarheid"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week. Ik ben bereid om drie dagen per week naar "
               "Heerde te reizen en werk de overige uren graag op locatie bij het team."),
         ("h", "Werkervaring"),
         ("pos", "dateline", sh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden — diploma 2004"),
         ("p", "Leergang Leidinggeven in het sociaal domein, VNG Academie — 2020"),
         ("h", "Talen"),
         ("p", "Fries (moedertaal), Nederlands (moedertaal), Engels (goed)"),
         ("h", "Referenties"),
         ("p", "Baukje Terpstra, afdelingsmanager Sociaal Domein, gemeente Leeuwarden, 06-86970820"),
         ("p", "Jelle Dijkstra, teamleider Jeugd, gemeente Leeuwarden, 06-86970821")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=81, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 0, 25),
               notes="Language: only the profile ('Profyl', about a quarter of the words) is Frisian and says so "
                     "('de rest fan myn cv is yn it Nederlânsk'); work experience, education, references and the "
                     "criteria passages are Dutch -> language nl, dutch check pass. 'Teamleider Sociaal Team, "
                     "Sociaal Team Leeuwarden' (maart 2019 – heden): the employer line lacks 'gemeente', but the "
                     "first task line says 'Het Sociaal Team Leeuwarden is het team van de gemeente Leeuwarden ... "
                     "ik ben in dienst van de gemeente' -> teamleider in the social domain at a gemeente, relevant: "
                     "2019-03..2025-11 = 81 (not counted: 0 and a wrong knock-out 3 fail). Maatschappelijk werker "
                     "not relevant (role). No partner/network wording -> criterion 7 = 0."))

# ------------------------------------------------------------------------- Gertjan Hulst (pdf)
# TRAPS: "Bachelor Sociaal Werk (deeltijd) ... diploma behaald 2020" -- the Dutch name of the HBO
# bachelor Social Work (MWD's successor), next to an MBO SPW diploma -> hbo, MWD; a German section
# about an internship in Germany (about a fifth of the words) in a Dutch CV -> still nl.
GH_DE = ("Im Rahmen meiner MBO-Ausbildung habe ich fünf Monate im Jugendzentrum der Stadt Gronau (Westfalen) "
         "gearbeitet. Zu meinen Aufgaben gehörten die offene Kinder- und Jugendarbeit, die Betreuung von "
         "Hausaufgabengruppen und die Vorbereitung von Ferienfreizeiten für Kinder aus der Innenstadt. Dort habe "
         "ich gelernt, wie die Jugendhilfe in Deutschland aufgebaut ist und wie eng Schule, Jugendamt und Vereine "
         "miteinander verbunden sind.")
GH6 = ("Voorbeeld van beleid naar resultaat: de Winterswijkse nota 'Opgroeien in de Achterhoek' heb ik met het "
       "team vertaald naar een jaarwerkplan met vier concrete acties (een jongerenwerker per kern, een "
       "opvoedspreekuur, een aanpak voor schoolverzuim en een ouderavond per school) en meetbare doelen; het "
       "schoolverzuim daalde in twee jaar met een derde.")
GH7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) met een sportclub en een "
       "woningcorporatie voor een jongerenplek in Winterswijk.")
gh = [pos("januari 2014 – heden", "Coördinator Jeugd en Gezin", "Gemeente Winterswijk",
          ["Coördinatie van het team Jeugd en Gezin (12 medewerkers): toegang, jongerenwerk en opvoedondersteuning.",
           "Werkverdeling, werving & selectie en het bewaken van het teambudget.",
           GH6, GH7],
          ("2014-01", REF), 143, True),
      pos("augustus 2004 – december 2013", "Jongerenwerker", "Stichting Welzijn Winterswijk",
          ["Ambulant jongerenwerk en activiteiten in de jongerensoos."],
          ("2004-08", "2013-12"), 113, False)]
GH_RATE = "Uurtarief € 84,- excl. btw"
cv(file="Gertjan Hulst.pdf", fmt="pdf", layout="single",
   name="Gertjan Hulst", email="gertjan.hulst@example.com", phone="06-97081920", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7}, refs=["Anneke ter Haar", "Roelof Wansink"],
   must_have=["Bachelor Sociaal Werk (deeltijd)", "diploma behaald 2020", GH_DE, "Praktikum in Deutschland"],
   body=[("title", "Gertjan Hulst"),
         ("p", "Winterswijk  |  06-97081920  |  gertjan.hulst@example.com"),
         ("p", GH_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer al bijna twaalf jaar het team Jeugd en Gezin van de gemeente Winterswijk. Ik ben "
               "nuchter, benaderbaar en ik houd overzicht. Naast mijn werk heb ik in deeltijd mijn bachelor "
               "gehaald, omdat ik mijn praktijkervaring een stevige basis wilde geven."),
         ("h", "Werkervaring"),
         ("pos", "sample", gh),
         ("h", "Praktikum in Deutschland (2003)"),
         ("p", GH_DE),
         ("h", "Opleiding"),
         ("p", "Bachelor Sociaal Werk (deeltijd), Hogeschool Saxion Enschede — diploma behaald 2020"),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, Graafschap College Doetinchem — diploma 2004"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Duits (zeer goed), Engels (goed)"),
         ("h", "Referenties"),
         ("p", "Anneke ter Haar, afdelingsmanager Samenleving, gemeente Winterswijk, 06-97081930"),
         ("p", "Roelof Wansink, directeur Stichting Welzijn Winterswijk, 06-97081931")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 25, 15, 20, 0),
               notes="Education: 'Bachelor Sociaal Werk (deeltijd), Hogeschool Saxion Enschede — diploma behaald "
                     "2020' is the HBO bachelor Social Work (Sociaal Werk is its Dutch name; it replaced MWD) -> "
                     "hbo, degree, MWD, criterion 4 = 15 (unlike MBO or Associate degree Sociaal Werk). The MBO SPW "
                     "diploma is lower. Language: the German 'Praktikum in Deutschland' section is about a fifth "
                     "of the words; everything else is Dutch -> nl, pass. Coördinator Jeugd en Gezin Gemeente "
                     "Winterswijk 2014-01..2025-11 = 143; jongerenwerker not relevant (role). No project or change "
                     "wording -> criterion 8 = 0."))

# ------------------------------------------------------------------------- Wilma Overbeek (docx)
# TRAPS: "Uurtarief: n.o.t.k." (no rate) printed next to numbers of hours ("24 uur per week ... 32 uur")
# -> null, so she sorts after Gertjan Hulst (84) in the tie at 75; "Teamleider Wmo a.i." (ad interim,
# a temporary replacement while employed by the gemeente) is relevant and decides knock-out 3
# (12 + 54 = 66; without it 54 -> fail).
WO6 = ("Voorbeeld van beleid naar resultaat: het Voorster beleidsplan Wmo heb ik met het team vertaald naar een "
       "jaarwerkplan met concrete projecten (huisbezoeken aan 75-plussers, een mantelzorgpunt in Twello en een "
       "digitaal meldformulier) en meetbare doelen; 400 mantelzorgers kwamen nieuw in beeld.")
WO7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging en zorgverzekeraar Menzis over "
       "huishoudelijke ondersteuning, en een publiek-private samenwerking (PPS) voor een dorpshuis in Wilp.")
WO8 = "Projectleider van de invoering van een nieuw Wmo-registratiesysteem en van het verandertraject 'Eén toegang'."
WO_AI = ("Tijdelijke waarneming (ad interim) van de vacante functie van teamleider, in dienst van de gemeente "
         "Voorst.")
wo = [pos("juni 2021 – heden", "Coördinator Wmo en Welzijn", "Gemeente Voorst",
          ["Dagelijkse leiding van het team Wmo en Welzijn (11 medewerkers).", WO6, WO7, WO8],
          ("2021-06", REF), 54, True),
      pos("juni 2020 – mei 2021", "Teamleider Wmo a.i.", "Gemeente Voorst",
          [WO_AI, "Leiding aan het Wmo-team (9 consulenten); werkverdeling en werving & selectie."],
          ("2020-06", "2021-05"), 12, True),
      pos("januari 2012 – mei 2020", "Wmo-consulent", "Gemeente Voorst",
          ["Keukentafelgesprekken en maatwerkvoorzieningen."],
          ("2012-01", "2020-05"), 101, False)]
cv(file="Wilma Overbeek.docx", fmt="docx", layout="header",
   header="Wilma Overbeek  ·  Twello  ·  06-19203142  ·  wilma.overbeek@example.nl",
   name="Wilma Overbeek", email="wilma.overbeek@example.nl", phone="06-19203142", rate=None,
   exp=wo, crit_text={"6": WO6, "7": WO7, "8": WO8}, refs=["Mirjam Haverkort", "Frits Rouwenhorst"],
   zzp_negated=[WO_AI],
   must_have=["Uurtarief: n.o.t.k.", "Teamleider Wmo a.i.", WO_AI],
   body=[("title", "Wilma Overbeek"),
         ("p", "Coördinator Wmo en welzijn"),
         ("h", "Beschikbaarheid en tarief"),
         ("p", "Beschikbaar per 1 januari 2026 voor 24 uur per week; uitbreiding naar 32 uur is bespreekbaar."),
         ("pb", "Uurtarief: n.o.t.k."),
         ("h", "Profiel"),
         ("p", "Ik werk al bijna veertien jaar in de Wmo van de gemeente Voorst, de laatste jaren als "
               "leidinggevende. Ik ben praktisch, warm en duidelijk, en ik zorg dat inwoners niet tussen wal en "
               "schip vallen."),
         ("h", "Werkervaring"),
         ("pos", "next", wo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Mirjam Haverkort, afdelingsmanager Samenleving, gemeente Voorst, 06-19203150"),
         ("p", "Frits Rouwenhorst, teamleider Jeugd, gemeente Voorst, 06-19203151")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 0, 15, 20, 25),
               notes="Rate: 'Uurtarief: n.o.t.k.' (nader overeen te komen: to be agreed) -> no rate, null; the "
                     "numbers nearby are hours per week (24, 32). With no rate she sorts after Gertjan Hulst (84) "
                     "in the tie at 75. 'Teamleider Wmo a.i.' (juni 2020 – mei 2021) is an ad-interim "
                     "replacement while employed by the gemeente Voorst -> a teamleider in the social domain at a "
                     "gemeente, relevant (12), and not a ZZP indication. With Coördinator Wmo en Welzijn "
                     "2021-06..2025-11 (54): contiguous 66 -> knock-out 3 pass (without the a.i. months 54 -> a "
                     "wrong fail); 66 < 72 -> criterion 5 = 0. Wmo-consulent not relevant."))

# =========================================================================================== review
# ------------------------------------------------------------------------- Hanna de Groot (docx)
# TRAP: "Sinds 2020 werk ik als zelfstandige zonder personeel" -- ZZP spelled out, no "zzp"/"KvK"/
# "eenmanszaak"/"eigen bv" word -- plus a btw-identificatienummer: self-employed -> knock-out 1 review.
HG6 = ("Voorbeeld van beleid naar resultaat: de Hattemse nota 'Samen voor elkaar' heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten (een ontmoetingsplek in de bibliotheek, een klussendienst, "
       "vroegsignalering van schulden en een maatjesproject) met meetbare doelen per kwartaal.")
HG7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer.")
HG8 = ("Projectleider van de reorganisatie van het sociaal team van Hattem: projectplan, nieuwe werkverdeling en "
       "evaluatie.")
HG_ZZP = ("Sinds 2020 werk ik als zelfstandige zonder personeel; ik voer opdrachten uit op basis van een "
          "overeenkomst van opdracht en factureer zelf.")
hg = [pos("maart 2020 – heden", "Coördinator Sociaal Team (opdracht)", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (10 medewerkers) op basis van een overeenkomst van opdracht.",
           HG6, HG7, HG8],
          ("2020-03", REF), 69, True),
      pos("februari 2013 – februari 2020", "Teamleider Welzijn", "Stichting Welzijn Hattem",
          ["Leiding aan het ouderenwerk en het vrijwilligerswerk (8 beroepskrachten)."],
          ("2013-02", "2020-02"), 85, True),
      pos("2007 – 2012", "Ouderenadviseur", "Stichting Welzijn Hattem",
          ["Huisbezoeken en advies aan thuiswonende ouderen."],
          ("2007-01", "2012-12"), 72, False, yearonly=True)]
HG_RATE = "Uurtarief: € 97,- excl. btw"
cv(file="Hanna de Groot.docx", fmt="docx", layout="header",
   header="Hanna de Groot  ·  Hattem  ·  06-21324354  ·  hanna.degroot@example.com",
   name="Hanna de Groot", email="hanna.degroot@example.com", phone="06-21324354", rate=HG_RATE,
   exp=hg, crit_text={"6": HG6, "7": HG7, "8": HG8}, refs=["Lies Boeve", "Anton van Hierden"],
   must_have=[HG_ZZP, "Btw-identificatienummer: NL001234567B01"],
   body=[("title", "Hanna de Groot"),
         ("p", "Coördinator sociaal domein"),
         ("p", HG_RATE),
         ("p", "Btw-identificatienummer: NL001234567B01"),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator met ruim twaalf jaar leidinggevende ervaring in welzijn en het sociaal "
               "domein. " + HG_ZZP + " Ik breng structuur, verbind beleid en uitvoering en coach medewerkers "
               "op eigenaarschap."),
         ("h", "Werkervaring"),
         ("pos", "datebold", hg),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Lies Boeve, afdelingsmanager Samenleving, gemeente Hattem, 06-21324360"),
         ("p", "Anton van Hierden, directeur Stichting Welzijn Hattem, 06-21324361")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=154, refs=(2, False), zzp=True, hourly=97.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds 2020 werk ik als zelfstandige zonder personeel; ik voer opdrachten uit op basis van "
                     "een overeenkomst van opdracht en factureer zelf', plus a btw-identificatienummer: she is "
                     "self-employed now -- 'zzp' spelled out in full, no 'zzp'/'KvK'/'eenmanszaak' word -> zzp "
                     "true, knock-out 1 review (the samples' convention for ZZP indications). Coördinator Sociaal "
                     "Team Gemeente Hattem (on assignment) 2020-03..2025-11 (69) + Teamleider Welzijn Stichting "
                     "Welzijn Hattem 2013-02..2020-02 (85) = contiguous 154; ouderenadviseur not relevant. "
                     "Otherwise full marks (a missed indication is a wrong pass at rank 1)."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Petra Wolters (pdf)
# TRAP: "Coördinator Jeugdgezondheidszorg" at the "GGD Gelderland-Zuid (Gemeentelijke
# Gezondheidsdienst)": the name says "Gemeentelijke", but a GGD is a public health service run by a
# joint arrangement of municipalities, not a gemeente or welzijnsstichting -> not relevant (72 months);
# the only relevant job is 45 months -> knock-out 3 fail. Referees with "Ir." and "Dr." titles.
PW6 = ("Voorbeeld van beleid naar resultaat: het Zaltbommelse beleidsplan Wmo heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een mantelzorgpunt, huisbezoeken aan 80-plussers en een "
       "hulpmiddelendepot) en meetbare doelen per kwartaal.")
PW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Zuid en zorgverzekeraar CZ, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een steunpunt in Zaltbommel.")
PW8 = "Projectleider van de invoering van het nieuwe Wmo-loket en van de herinrichting van de werkprocessen."
PW_GGD = ("De GGD voert voor de vijftien gemeenten in de regio de publieke gezondheidszorg uit, op basis van een "
          "gemeenschappelijke regeling.")
pw = [pos("maart 2022 – heden", "Teamleider Wmo", "Gemeente Zaltbommel",
          ["Leiding aan het Wmo-team (10 consulenten).", PW6, PW7, PW8],
          ("2022-03", REF), 45, True),
      pos("januari 2015 – december 2020", "Coördinator Jeugdgezondheidszorg",
          "GGD Gelderland-Zuid (Gemeentelijke Gezondheidsdienst)",
          [PW_GGD,
           "Coördinatie van de jeugdartsen en jeugdverpleegkundigen in de Bommelerwaard (15 medewerkers)."],
          ("2015-01", "2020-12"), 72, False),
      pos("januari 2021 – februari 2022", "Beleidsmedewerker Gezondheid", "Gemeente Zaltbommel",
          ["Lokaal gezondheidsbeleid en preventieakkoord."],
          ("2021-01", "2022-02"), 14, False),
      pos("2008 – 2014", "Jeugdverpleegkundige", "GGD Gelderland-Zuid",
          ["Consultatiebureau en onderzoeken op scholen."],
          ("2008-01", "2014-12"), 84, False, yearonly=True)]
PW_RATE = "€ 83,50 per uur"
cv(file="Petra Wolters.pdf", fmt="pdf", layout="sidebar",
   name="Petra Wolters", email="petra.wolters@example.nl", phone="06-32435465", rate=PW_RATE,
   exp=pw, crit_text={"6": PW6, "7": PW7, "8": PW8}, refs=["Ir. J.W. van Beek", "Dr. A. Kamps"],
   must_have=["Gemeentelijke Gezondheidsdienst", PW_GGD],
   left=[("h", "Contact"), ("p", "petra.wolters@example.nl"), ("p", "06-32435465"), ("p", "Zaltbommel"),
         ("h", "Tarief"), ("pb", PW_RATE),
         ("h", "Sterk in"), ("bl", ["Structuur", "Gezondheid en preventie", "Verbinden", "Rust"])],
   right=[("title", "Petra Wolters"),
          ("p", "Teamleider Wmo"),
          ("h", "Profiel"),
          ("p", "Ik kom uit de jeugdgezondheidszorg en werk sinds 2021 bij de gemeente Zaltbommel, sinds 2022 als "
                "teamleider Wmo. Ik verbind zorg en welzijn en houd van een team dat zelf verantwoordelijkheid "
                "neemt."),
          ("h", "Werkervaring"),
          ("pos", "pipe", pw),
          ("h", "Opleiding"),
          ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, HAN Nijmegen — diploma 2013 (deeltijd)"),
          ("p", "HBO Verpleegkunde, HAN Nijmegen — diploma 2007"),
          ("h", "Referenties"),
          ("p", "Ir. J.W. van Beek, directeur publieke gezondheid, GGD Gelderland-Zuid, 06-32435470"),
          ("p", "Dr. A. Kamps, afdelingsmanager Samenleving, gemeente Zaltbommel, 06-32435471")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=83.5,
               crit=(15, 0, 15, 20, 25),
               notes="'Coördinator Jeugdgezondheidszorg, GGD Gelderland-Zuid (Gemeentelijke Gezondheidsdienst)' "
                     "2015-01..2020-12 (72): the CV itself says the GGD works for fifteen municipalities 'op basis "
                     "van een gemeenschappelijke regeling' -- a joint public body, not a gemeente (the word "
                     "'Gemeentelijke' in its name does not make it one) and not a welzijnsstichting -> not relevant "
                     "(counted: 117 and a wrong pass, even criterion 5). Only Teamleider Wmo Gemeente Zaltbommel "
                     "2022-03..2025-11 = 45 -> knock-out 3 fail. Beleidsmedewerker and jeugdverpleegkundige not "
                     "relevant (role). Two named referees with academic titles ('Ir.', 'Dr.') -> 2."))

# ------------------------------------------------------------------------- Yasmina Bouali (docx)
# TRAPS: under the heading "Referenties" one referee, printed over four lines (name / function and
# organisation / phone / e-mail) -> count 1, references fail; "zelfstandigheid" and "zelfstandig thuis
# wonen" of elderly residents are no ZZP indication -> knock-out 1 pass.
YB6 = ("Voorbeeld van beleid naar resultaat: de Nunspeetse ouderennota heb ik vertaald naar een jaarwerkplan met "
       "vier concrete projecten (een seniorenconsulent per kern, valpreventie, een boodschappendienst en "
       "digitale hulp) met meetbare doelen; na twee jaar woonden 60 ouderen langer thuis dan voorzien.")
YB7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor levensloopbestendige woningen.")
YB8 = "Projectleider van het verandertraject 'Langer thuis in Nunspeet' met projectplan en evaluatie."
YB_Z1 = "de zelfstandigheid van ouderen"
YB_Z2 = "zelfstandig thuis wonen"
yb = [pos("oktober 2016 – heden", "Coördinator Ouderen en Mantelzorg", "Gemeente Nunspeet",
          ["Leiding aan de ouderenconsulenten en het mantelzorgsteunpunt (9 medewerkers).",
           "Inwoners die " + YB_Z2 + " willen, krijgen snel hulp bij huishouden, vervoer en eenzaamheid.",
           YB6, YB7, YB8],
          ("2016-10", REF), 110, True),
      pos("januari 2010 – september 2016", "Ouderenadviseur", "Stichting Welzijn Nunspeet",
          ["Huisbezoeken en advies aan thuiswonende ouderen."],
          ("2010-01", "2016-09"), 81, False)]
YB_RATE = "€ 85,- per uur"
cv(file="Yasmina Bouali.docx", fmt="docx", layout="single",
   name="Yasmina Bouali", email="yasmina.bouali@example.nl", phone="06-43546576", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=["Anton Kuipers"],
   zzp_negated=[YB_Z1, YB_Z2],
   must_have=["Referenties", "Manager Sociaal Domein, gemeente Nunspeet", "anton.kuipers@example.nl"],
   body=[("title", "Yasmina Bouali"),
         ("p", "Nunspeet  |  06-43546576  |  yasmina.bouali@example.nl"),
         ("p", "Uurtarief: " + YB_RATE),
         ("h", "Profiel"),
         ("p", "Ik zet mij al vijftien jaar in voor " + YB_Z1 + ". Als coördinator zorg ik dat ouderen en "
               "mantelzorgers snel de juiste hulp vinden, en dat mijn team daar de ruimte en de middelen voor "
               "heeft. Ik ben warm, duidelijk en resultaatgericht."),
         ("h", "Werkervaring"),
         ("pos", "sample", yb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Anton Kuipers"),
         ("p", "Manager Sociaal Domein, gemeente Nunspeet"),
         ("p", "06-43546580"),
         ("p", "anton.kuipers@example.nl")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=110, refs=(1, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: the heading is plural, but only one referee is given, over four lines (name; "
                     "'Manager Sociaal Domein, gemeente Nunspeet'; telephone; e-mail); nothing on request -> "
                     "count 1, references fail, not eligible (counting lines gives 2-4 and a wrong pass at full "
                     "marks). ZZP: 'de zelfstandigheid van ouderen' and 'zelfstandig thuis wonen' describe the "
                     "residents she serves, not her own status -> zzp false, knock-out 1 pass. Coördinator Ouderen "
                     "en Mantelzorg Gemeente Nunspeet 2016-10..2025-11 = 110; ouderenadviseur not relevant."))
