# -*- coding: utf-8 -*-
"""Holdout round 7 for zeef: 10 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout6/), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities (and a real province) and realistic fictional foundations, clubs, care providers and
agencies.

Same shape as tests/holdout6/src/holdout6_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout7/make-holdout7.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Gerda Nijenhuis (pdf)
# TRAPS: the only degree is from a SOCIALE ACADEMIE (the pre-1988 HBO school for social work), with no
# "hbo" or "bachelor" word: "Sociale Academie Twente, Hengelo — richting Maatschappelijk Werk, diploma
# 1986" -> hbo, completed, MWD; every section has a CREATIVE HEADING: "Wat ik heb gedaan" (experience),
# "Waar ik heb geleerd" (education), "Wie u over mij kunt bellen" (references).
GN6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse Nota Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in Wezep, een mantelzorgcafé en een "
       "vrijwilligersvacaturebank) met meetbare doelen en een halfjaarlijkse rapportage aan de gemeente.")
GN7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar "
       "Zilveren Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie en de lokale "
       "supermarkt voor een buurtkamer in Oosterwolde.")
GN8 = ("Projectleider van het verandertraject 'Samen in de kern': de herinrichting van het welzijnswerk naar "
       "kernteams, met projectplan, stuurgroep en evaluatie.")
gn = [pos("juni 2017 – heden", "Manager Welzijn", "Stichting Welzijn Oldebroek",
          ["Leiding aan het welzijnswerk (16 beroepskrachten en 220 vrijwilligers); formatie, werving & "
           "selectie en het welzijnsbudget.", GN6, GN7, GN8],
          ("2017-06", REF), 102, True),
      pos("september 1986 – mei 2017", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Noord-Veluwe",
          ["Individuele hulpverlening, groepswerk en crisisinterventie."],
          ("1986-09", "2017-05"), 369, False)]
GN_RATE = "Uurtarief: € 88,- excl. btw"
GN_EDU = "Sociale Academie Twente, Hengelo — richting Maatschappelijk Werk, diploma 1986"
cv(file="Gerda Nijenhuis.pdf", fmt="pdf", layout="single",
   name="Gerda Nijenhuis", email="gerda.nijenhuis@example.nl", phone="06-13572468", rate=GN_RATE,
   exp=gn, crit_text={"6": GN6, "7": GN7, "8": GN8}, refs=["Hennie Bouwhuis", "Marten Kok"],
   must_have=[GN_EDU, "Wat ik heb gedaan", "Waar ik heb geleerd", "Wie u over mij kunt bellen"],
   body=[("title", "Gerda Nijenhuis"),
         ("p", "Wezep  |  06-13572468  |  gerda.nijenhuis@example.nl"),
         ("pb", GN_RATE),
         ("h", "Over mij"),
         ("p", "Ik werk mijn hele loopbaan in het sociaal werk op de Noord-Veluwe, eerst als maatschappelijk "
               "werker en nu als manager welzijn. Ik ben rustig, direct en houd van mensen die het verschil "
               "maken in hun dorp."),
         ("h", "Wat ik heb gedaan"),
         ("pos", "dateline", gn),
         ("h", "Waar ik heb geleerd"),
         ("p", GN_EDU),
         ("p", "Leergang Leidinggeven in Welzijn, Windesheim Academie — certificaat 2018"),
         ("h", "Wie u over mij kunt bellen"),
         ("p", "Hennie Bouwhuis, voorzitter Raad van Toezicht Stichting Welzijn Oldebroek, 06-13572470"),
         ("p", "Marten Kok, afdelingsmanager Samenleving, gemeente Oldebroek, 06-13572471")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=102, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="Education 'Sociale Academie Twente, Hengelo — richting Maatschappelijk Werk, diploma 1986': "
                     "the Sociale Academies were the HBO schools for social work before they merged into the "
                     "hogescholen (an old HBO diploma carries the bachelor title), the direction is Maatschappelijk "
                     "Werk -> hbo, completed, mwd (criterion 4 = 15), although neither 'hbo' nor 'bachelor' is "
                     "printed. Sections under creative headings: 'Wat ik heb gedaan' (experience), 'Waar ik heb "
                     "geleerd' (education), 'Wie u over mij kunt bellen' (2 referees with function and phone). "
                     "Manager Welzijn, Stichting Welzijn Oldebroek 2017-06..2025-11 = 102 -> knock-out 3 pass, "
                     "criterion 5; maatschappelijk werker not relevant (role). Rate 88."))

# ------------------------------------------------------------------------- Rachid Amezian (docx)
# TRAPS: the decisive job title has no generic social-domain word: "Teamleider Schuldhulpverlening,
# Gemeente Apeldoorn" (81) -> debt relief is a municipal social-domain task -> relevant (without it: 0,
# a wrong fail); a task sentence about the team's Tozo/Bbz work for "zelfstandig ondernemers" and
# "startende ondernemers" (the residents the team serves) -> not zzp.
RA6 = ("Voorbeeld van beleid naar resultaat: het Apeldoornse beleidsplan schuldhulpverlening heb ik vertaald "
       "naar een jaarwerkplan met concrete projecten (vroegsignalering met woningcorporaties, een schuldenwijzer "
       "voor jongeren en een geldspreekuur in de bibliotheek) met meetbare doelen.")
RA7 = ("Samenwerking met zorgaanbieders, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis "
       "(premieachterstanden) en het maatschappelijk werk, en een publiek-private samenwerking (PPS) met "
       "werkgevers en een energieleverancier voor vroegsignalering van betalingsachterstanden.")
RA8 = ("Projectleider van de reorganisatie van de intake en van de invoering van vroegsignalering van "
       "schulden in alle wijken.")
RA_ZZP = ("In de coronacrisis voerde mijn team de Tozo uit voor ruim 2.000 zelfstandig ondernemers; daarnaast "
          "begeleiden we startende ondernemers met een Bbz-uitkering.")
ra = [pos("maart 2019 – heden", "Teamleider Schuldhulpverlening", "Gemeente Apeldoorn",
          ["Leiding aan het team Schuldhulpverlening (14 schuldhulpverleners en budgetcoaches); formatie, "
           "werving & selectie en budget.", RA_ZZP, RA6, RA7, RA8],
          ("2019-03", REF), 81, True),
      pos("september 2010 – februari 2019", "Schuldhulpverlener", "Gemeente Apeldoorn",
          ["Intake, schuldregelingen en budgetbeheer voor inwoners met problematische schulden."],
          ("2010-09", "2019-02"), 102, False)]
RA_RATE = "Uurtarief € 84,- excl. btw"
cv(file="Rachid Amezian.docx", fmt="docx", layout="header",
   header="Rachid Amezian  |  Apeldoorn  |  06-24681357  |  rachid.amezian@example.nl",
   name="Rachid Amezian", email="rachid.amezian@example.nl", phone="06-24681357", rate=RA_RATE,
   exp=ra, crit_text={"6": RA6, "7": RA7, "8": RA8}, refs=["Ineke Dolfing", "Bart Hulsbos"],
   zzp_negated=[RA_ZZP], must_have=[RA_ZZP, "Teamleider Schuldhulpverlening"],
   body=[("title", "Rachid Amezian"),
         ("pb", RA_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider schuldhulpverlening bij de gemeente Apeldoorn. Ik weet hoe geldzorgen samenhangen "
               "met gezondheid, wonen en opvoeden, en ik stuur mijn team op snelle, integrale hulp."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ra),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Deventer — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Ineke Dolfing, afdelingsmanager Inkomen en Schulden, gemeente Apeldoorn, 06-24681360"),
         ("p", "Bart Hulsbos, directeur Stichting Welzijn Apeldoorn-Zuid, 06-24681361")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=81, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="'Teamleider Schuldhulpverlening, Gemeente Apeldoorn' 2019-03..2025-11 = 81: a leading role at "
                     "a gemeente in schuldhulpverlening, a municipal social-domain task (Wet gemeentelijke "
                     "schuldhulpverlening, next to Wmo, jeugd and participatie) -> relevant, knock-out 3 pass, "
                     "criterion 5 (a reader that needs 'sociaal', 'Wmo', 'jeugd' or 'welzijn' in the title gets 0, "
                     "a wrong fail). Schuldhulpverlener not relevant (role). 'In de coronacrisis voerde mijn team de "
                     "Tozo uit voor ruim 2.000 zelfstandig ondernemers; daarnaast begeleiden we startende "
                     "ondernemers met een Bbz-uitkering': the entrepreneurs are the residents his team serves -> "
                     "zzp false, knock-out 1 pass. HBO Bestuurskunde: hbo, not MWD. Rate 84."))

# ------------------------------------------------------------------------- Esther Wiersma (docx)
# TRAPS: a Dutch CV with ENGLISH SECTION HEADINGS ("Profile", "Work experience", "Education",
# "References", "Skills", "Languages") -> still Dutch, the sections still count; the employer is
# "Stichting Sociaal Werk Noordoost-Veluwe" (a welfare foundation under its current sector name, no
# "welzijn" in it); the rate line carries the VAT-inclusive amount too: "Uurtarief € 87,50 excl. btw
# (€ 105,88 incl. btw)" -> 87.5 (decides the tie at 75 with Peter van Essen, € 90).
EW6 = ("Voorbeeld van beleid naar resultaat: de Nunspeetse welzijnsvisie heb ik vertaald naar een jaarwerkplan "
       "met concrete acties (een steunpunt mantelzorg, huiskamers in drie dorpen en een vrijwilligersvacaturebank) "
       "met meetbare doelen en een kwartaalrapportage.")
EW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie en lokale winkeliers voor een "
       "buurtkamer.")
ew = [pos("september 2017 – heden", "Manager Sociaal Werk", "Stichting Sociaal Werk Noordoost-Veluwe",
          ["Leiding aan het welzijnswerk in Nunspeet en Elburg (22 beroepskrachten en 300 vrijwilligers); formatie, "
           "werving & selectie en budget.", EW6, EW7],
          ("2017-09", REF), 99, True),
      pos("februari 2011 – augustus 2017", "Opbouwwerker", "Stichting Sociaal Werk Noordoost-Veluwe",
          ["Buurtactiviteiten en bewonersinitiatieven in Nunspeet."],
          ("2011-02", "2017-08"), 79, False)]
EW_RATE = "Uurtarief € 87,50 excl. btw (€ 105,88 incl. btw)"
cv(file="Esther Wiersma.docx", fmt="docx", layout="sidebar",
   name="Esther Wiersma", email="esther.wiersma@example.nl", phone="06-35792468", rate=EW_RATE,
   exp=ew, crit_text={"6": EW6, "7": EW7}, refs=["Joost Dijkman", "Aaltje Kroes"],
   must_have=["Work experience", "References", "Stichting Sociaal Werk Noordoost-Veluwe"],
   left=[("h", "Contact"), ("p", "esther.wiersma@example.nl"), ("p", "06-35792468"), ("p", "Nunspeet"),
         ("h", "Rate"), ("pb", EW_RATE),
         ("h", "Skills"), ("bl", ["Verbinden", "Coachen", "Overzicht houden"]),
         ("h", "Languages"), ("bl", ["Nederlands (moedertaal)", "Duits (redelijk)"])],
   right=[("title", "Esther Wiersma"),
          ("p", "Manager sociaal werk"),
          ("h", "Profile"),
          ("p", "Ik geef leiding aan het welzijnswerk op de Noordoost-Veluwe. Mijn kracht is verbinden: tussen "
                "inwoners, vrijwilligers, professionals en de gemeente."),
          ("h", "Work experience"),
          ("pos", "pipe", ew),
          ("h", "Education"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2010"),
          ("h", "References"),
          ("p", "Joost Dijkman, directeur-bestuurder Stichting Sociaal Werk Noordoost-Veluwe, 06-35792470"),
          ("p", "Aaltje Kroes, beleidsadviseur Sociaal Domein, gemeente Nunspeet, 06-35792471")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=99, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 0),
               notes="Dutch body text under English section headings ('Profile', 'Work experience', 'Education', "
                     "'References', 'Skills', 'Languages', 'Rate'): the CV is written in Dutch -> dutch pass; the "
                     "positions under 'Work experience' and the 2 referees under 'References' count. 'Manager Sociaal "
                     "Werk, Stichting Sociaal Werk Noordoost-Veluwe' 2017-09..2025-11 = 99: a sociaal-werkorganisatie "
                     "is a welzijnsstichting by its current sector name (the tasks say 'het welzijnswerk') -> relevant, "
                     "knock-out 3 pass, criterion 5. Opbouwwerker not relevant (role). Bachelor Social Work -> mwd. No "
                     "project or change work -> criterion 8 = 0. Rate 'Uurtarief € 87,50 excl. btw (€ 105,88 incl. "
                     "btw)' -> 87.5 (the excl. amount, as every other rate), which puts her before Peter van Essen "
                     "(75, € 90) and on the shortlist."))

# ------------------------------------------------------------------------- Peter van Essen (pdf)
# TRAP: ONE POSITION WITH TWO PERIODS on one date line: "Coördinator Welzijn | Gemeente Oldebroek",
# "januari 2016 – december 2017 en april 2022 – heden" (he returned after four years at the province):
# 24 + 44 = 68 -> knock-out 3 pass, criterion 5 = 0. First-to-last reading: 119 (a wrong criterion 5);
# only one of the two periods: 24 or 44 (a wrong fail).
PE6 = ("Voorbeeld van beleid naar resultaat: het Oldebroekse uitvoeringsprogramma Welzijn heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een dorpsteam in Wezep, een jongerenpunt en een "
       "vrijwilligersacademie) met meetbare doelen.")
PE7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingscentrum.")
PE8 = "Projectleider van het verandertraject 'Welzijn dichtbij' en van de invoering van een nieuw registratiesysteem."
PE_DATES = "januari 2016 – december 2017 en april 2022 – heden"
pe_c1 = pos("januari 2016 – december 2017", "Coördinator Welzijn", "Gemeente Oldebroek", [],
            ("2016-01", "2017-12"), 24, True)
pe_c2 = pos("april 2022 – heden", "Coördinator Welzijn", "Gemeente Oldebroek", [],
            ("2022-04", REF), 44, True)
pe_prov = pos("januari 2018 – maart 2022", "Beleidsadviseur Sociaal Domein", "Provincie Gelderland",
              ["Advies over het provinciale programma Sociale Kracht en de regionale samenwerking."],
              ("2018-01", "2022-03"), 51, False)
pe_wmo = pos("september 2009 – december 2015", "Wmo-consulent", "Gemeente Oldebroek",
             ["Keukentafelgesprekken en indicaties."],
             ("2009-09", "2015-12"), 76, False)
PE_RATE = "Uurtarief: € 90,-"
cv(file="Peter van Essen.pdf", fmt="pdf", layout="single",
   name="Peter van Essen", email="peter.vanessen@example.nl", phone="06-46813579", rate=PE_RATE,
   exp=[pe_c1, pe_c2, pe_prov, pe_wmo], crit_text={"6": PE6, "7": PE7, "8": PE8},
   refs=["Dorien Mulderij", "Klaas Bosch"], must_have=[PE_DATES],
   body=[("title", "Peter van Essen"),
         ("p", "Wezep  |  06-46813579  |  peter.vanessen@example.nl"),
         ("pb", PE_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator welzijn bij de gemeente Oldebroek, waar ik na vier jaar bij de provincie ben "
               "teruggekeerd. Ik ken de dorpen, de partners en de inwoners."),
         ("h", "Werkervaring"),
         ("pb", "Coördinator Welzijn | Gemeente Oldebroek"),
         ("p", PE_DATES + " (twee perioden, daartussen bij de provincie)"),
         ("bl", ["Coördinatie van het cluster welzijn (9 medewerkers en gedetacheerde welzijnswerkers); urenverdeling "
                 "en budget.", PE6, PE7, PE8]),
         ("pb", "Beleidsadviseur Sociaal Domein | Provincie Gelderland"),
         ("p", pe_prov["d"]),
         ("bl", pe_prov["tasks"]),
         ("pb", "Wmo-consulent | Gemeente Oldebroek"),
         ("p", pe_wmo["d"]),
         ("bl", pe_wmo["tasks"]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Dorien Mulderij, afdelingsmanager Samenleving, gemeente Oldebroek, 06-46813580"),
         ("p", "Klaas Bosch, programmamanager Sociale Kracht, provincie Gelderland, 06-46813581")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=68, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 0, 15, 20, 25),
               notes="One position, two periods on one date line: 'Coördinator Welzijn | Gemeente Oldebroek', "
                     "'januari 2016 – december 2017 en april 2022 – heden (twee perioden, daartussen bij de "
                     "provincie)': 2016-01..2017-12 (24) + 2022-04..2025-11 (44) = 68 -> knock-out 3 pass, "
                     "criterion 5 = 0 (68 < 72). Reading the line first-to-last gives 2016-01..2025-11 = 119 (a wrong "
                     "criterion 5); reading only one period gives 24 or 44 (a wrong fail of knock-out 3). "
                     "Beleidsadviseur at the province (employer, role) and Wmo-consulent (role) not relevant. HBO "
                     "MWD -> mwd. Rate 90: after Esther Wiersma (75, 87.5) -> rank 4, not shortlisted."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Monique Lubach (pdf)
# TRAP: "Teamleider Wmo-begeleiding – Zorgbureau Jansen BV (in opdracht van de gemeente Hattem)" (50): a
# leading Wmo role whose employer LINE names a gemeente, but the employer is a private care provider
# contracted by it -> not relevant; only 38 as coordinator at Stichting Welzijn Hattem -> ko 3 fail
# (88 and a wrong pass, plus criterion 5, if counted).
ML6 = ("Voorbeeld van beleid naar resultaat: het Hattemse ouderenbeleid heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een ouderenbezoekdienst, valpreventie in de buurt en een digitaal spreekuur) met "
       "meetbare doelen.")
ML7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een seniorencafé.")
ML8 = "Projectleider van het verandertraject 'Oud worden in Hattem' en van de invoering van een ouderenkompas."
ML_BV = "Zorgbureau Jansen BV (in opdracht van de gemeente Hattem)"
ml = [pos("oktober 2022 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Hattem",
          ["Coördinatie van het ouderenwerk (6 beroepskrachten en 80 vrijwilligers).", ML6, ML7, ML8],
          ("2022-10", REF), 38, True),
      pos("augustus 2018 – september 2022", "Teamleider Wmo-begeleiding", ML_BV,
          ["Leiding aan 12 ambulant begeleiders die Wmo-begeleiding bieden aan inwoners van Hattem; het zorgbureau "
           "is door de gemeente gecontracteerd."],
          ("2018-08", "2022-09"), 50, False),
      pos("maart 2012 – juli 2018", "Ambulant begeleider", "Zorgbureau Jansen BV",
          ["Begeleiding thuis van ouderen en mensen met een beperking."],
          ("2012-03", "2018-07"), 77, False)]
ML_RATE = "Uurtarief € 86,-"
cv(file="Monique Lubach.pdf", fmt="pdf", layout="header",
   header="Monique Lubach  ·  Hattem  ·  06-57913468  ·  monique.lubach@example.nl",
   name="Monique Lubach", email="monique.lubach@example.nl", phone="06-57913468", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Jacqueline Voskamp", "Gert-Jan Hoekman"],
   must_have=[ML_BV],
   body=[("title", "Monique Lubach"),
         ("pb", ML_RATE),
         ("h", "Profiel"),
         ("p", "Ik ken de Wmo van de kant van de zorgaanbieder en coördineer nu het ouderenwerk in Hattem."),
         ("h", "Werkervaring"),
         ("pos", "sample", ml),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Jacqueline Voskamp, directeur Stichting Welzijn Hattem, 06-57913470"),
         ("p", "Gert-Jan Hoekman, directeur Zorgbureau Jansen BV, 06-57913471")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=38, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Teamleider Wmo-begeleiding – Zorgbureau Jansen BV (in opdracht van de gemeente Hattem)' "
                     "2018-08..2022-09 (50): a leading Wmo role, but the employer is a private care provider that the "
                     "gemeente contracts ('het zorgbureau is door de gemeente gecontracteerd') -> not a gemeente, not a "
                     "welzijnsstichting -> not relevant. Ambulant begeleider not relevant. Only 'Coördinator Welzijn "
                     "Ouderen, Stichting Welzijn Hattem' 2022-10..2025-11 = 38 -> knock-out 3 fail (counting the "
                     "zorgbureau: 88, a wrong pass and criterion 5). The BV is her former employer, not her own -> "
                     "not zzp."))

# ------------------------------------------------------------------------- Wilco Brands (docx)
# TRAPS: two leading roles with 'welzijn'-like cues at the wrong employer type: "Manager Welzijn en
# Dagbesteding, Woonzorgcentrum De Brink (Stichting Zorggroep Noord-Veluwe)" (40: a care home) and
# "Coördinator Vrijwilligers, Voetbalvereniging VV Epe" (47: a sports club). Only 31 at Stichting
# Welzijn Epe -> ko 3 fail; counting the care home gives 71 (wrong pass), the club 78 (wrong pass and
# criterion 5).
WB6 = ("Voorbeeld van beleid naar resultaat: het Eper welzijnsbeleid heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een maaltijdproject in Vaassen, een klussendienst en een beweegaanbod voor ouderen) "
       "met meetbare doelen.")
WB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie en lokale winkeliers.")
WB8 = "Projectleider van het verandertraject 'Eén welzijnsloket' in Epe en Vaassen."
WB_ZC = "Woonzorgcentrum De Brink (Stichting Zorggroep Noord-Veluwe)"
wb = [pos("mei 2023 – heden", "Coördinator Welzijn", "Stichting Welzijn Epe",
          ["Coördinatie van het welzijnsteam (7 beroepskrachten en 120 vrijwilligers).", WB6, WB7, WB8],
          ("2023-05", REF), 31, True),
      pos("januari 2020 – april 2023", "Manager Welzijn en Dagbesteding", WB_ZC,
          ["Leiding aan de activiteitenbegeleiders en de dagbesteding voor 90 bewoners van het verpleeghuis."],
          ("2020-01", "2023-04"), 40, False),
      pos("februari 2016 – december 2019", "Coördinator Vrijwilligers", "Voetbalvereniging VV Epe",
          ["Coördinatie van 250 vrijwilligers (trainers, scheidsrechters, kantine); 16 uur per week in dienst van "
           "de vereniging."],
          ("2016-02", "2019-12"), 47, False)]
WB_RATE = "Uurtarief: € 82,-"
cv(file="Wilco Brands.docx", fmt="docx", layout="single",
   name="Wilco Brands", email="wilco.brands@example.nl", phone="06-68024579", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Marieke Schoonhoven", "Evert Jan Dijk"],
   must_have=[WB_ZC, "Voetbalvereniging VV Epe"],
   body=[("title", "Wilco Brands"),
         ("p", "Vaassen  |  06-68024579  |  wilco.brands@example.nl"),
         ("pb", WB_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef al bijna tien jaar leiding aan mensen die zich inzetten voor anderen: vrijwilligers bij "
               "de club, medewerkers in de ouderenzorg en nu het welzijnsteam in Epe."),
         ("h", "Werkervaring"),
         ("pos", "next", wb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Deventer — diploma 2015"),
         ("h", "Referenties"),
         ("p", "Marieke Schoonhoven, directeur Stichting Welzijn Epe, 06-68024580"),
         ("p", "Evert Jan Dijk, locatiemanager Woonzorgcentrum De Brink, 06-68024581")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=31, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="'Manager Welzijn en Dagbesteding, Woonzorgcentrum De Brink (Stichting Zorggroep Noord-Veluwe)' "
                     "2020-01..2023-04 (40): 'welzijn' is the activities department of a nursing home; the employer "
                     "is a care institution, not a gemeente or welzijnsstichting -> not relevant. 'Coördinator "
                     "Vrijwilligers, Voetbalvereniging VV Epe' 2016-02..2019-12 (47): a sports club (a vereniging) -> "
                     "not relevant. Only 'Coördinator Welzijn, Stichting Welzijn Epe' 2023-05..2025-11 = 31 -> "
                     "knock-out 3 fail. Counting the care home: 71 (a wrong pass); the club: 78 (a wrong pass and "
                     "criterion 5); both: 118. The profile's 'bijna tien jaar leiding' is true but not relevant "
                     "experience."))

# ------------------------------------------------------------------------- Saskia Veldkamp (docx)
# TRAP: "Referenties: zie mijn LinkedIn-profiel …" with nobody named and nothing offered on request ->
# 0 references -> check fail (an otherwise perfect CV, 100 points and the lowest rate: a wrong pass puts
# her at rank 1).
SV6 = ("Voorbeeld van beleid naar resultaat: het Elburgse beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan voor het sociaal team met concrete projecten (een inloop in elke kern, vroegsignalering van "
       "eenzaamheid en een jongerenwerkplaats) met meetbare doelen.")
SV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie en de ondernemersvereniging "
       "voor een jongerenwerkplaats.")
SV8 = "Projectleider van de reorganisatie van het sociaal team naar twee gebiedsteams."
SV_REF = ("Zie mijn LinkedIn-profiel: linkedin.com/in/saskia-veldkamp-example (aanbevelingen van collega's en "
          "leidinggevenden).")
sv = [pos("januari 2018 – heden", "Teamleider Sociaal Team", "Gemeente Elburg",
          ["Leiding aan het sociaal team (13 medewerkers): Wmo, jeugd en welzijn; formatie en budget.", SV6, SV7, SV8],
          ("2018-01", REF), 95, True),
      pos("april 2013 – december 2017", "Coördinator Jongerenwerk", "Stichting Welzijn Elburg",
          ["Coördinatie van de jongerenwerkers en het jongerencentrum."],
          ("2013-04", "2017-12"), 57, True)]
SV_RATE = "Uurtarief € 80,- excl. btw"
cv(file="Saskia Veldkamp.docx", fmt="docx", layout="sidebar",
   name="Saskia Veldkamp", email="s.veldkamp@example.nl", phone="06-79135680", rate=SV_RATE,
   exp=sv, crit_text={"6": SV6, "7": SV7, "8": SV8}, refs=[],
   zzp_negated=["de ondernemersvereniging"], must_have=[SV_REF],
   left=[("h", "Contact"), ("p", "s.veldkamp@example.nl"), ("p", "06-79135680"), ("p", "Elburg"),
         ("h", "Tarief"), ("pb", SV_RATE),
         ("h", "Sterk in"), ("bl", ["Leidinggeven", "Verbinden", "Resultaatgericht werken"])],
   right=[("title", "Saskia Veldkamp"),
          ("p", "Teamleider sociaal team"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2013 leiding in het sociaal domein in Elburg, eerst in het jongerenwerk en nu aan het "
                "sociaal team van de gemeente."),
          ("h", "Werkervaring"),
          ("pos", "dateline", sv),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2012"),
          ("h", "Referenties"),
          ("p", SV_REF)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=152, refs=(0, False), zzp=False, hourly=80.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: 'Zie mijn LinkedIn-profiel: linkedin.com/in/… (aanbevelingen van collega's en "
                     "leidinggevenden)' and nothing else: nobody named, no contact, nothing offered on request -> "
                     "count 0, on_request false -> references fail ('minimaal 2 referenties' in the CV; public "
                     "recommendations are not referees who can be called). Everything else is full marks: Teamleider "
                     "Sociaal Team Gemeente Elburg 2018-01..2025-11 (95) + Coördinator Jongerenwerk Stichting Welzijn "
                     "Elburg 2013-04..2017-12 (57), contiguous -> 152; HBO MWD; 100 points at the lowest rate (80), "
                     "so a wrong pass of the check makes her rank 1. 'de ondernemersvereniging' is a PPS partner, not "
                     "her -> not zzp."))

# ------------------------------------------------------------------------- Jorrit Lammertink (pdf)
# TRAP: the only HBO line is an EVC certificate: "EVC-procedure Social Work (hbo-niveau), Hogeschool
# Windesheim — ervaringscertificaat behaald 2019" next to an MBO diploma -> an Ervaringscertificaat
# (recognition of prior learning) is no diploma -> mbo, knock-out 2 fail (a reader that sees "Social
# Work", "hbo" and "behaald" gives a wrong pass, MWD and 100 points).
JL6 = ("Voorbeeld van beleid naar resultaat: de Harderwijkse wijkvisie heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een wijkpunt in Drielanden, een opvoedsteunpunt en een buurtbemiddelingsteam) met "
       "meetbare doelen.")
JL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor twee wijkpunten.")
JL8 = "Projectleider van de transformatie van de wijkteams naar integrale gebiedsteams, met projectplan en stuurgroep."
JL_EVC = ("EVC-procedure Social Work (hbo-niveau), Hogeschool Windesheim — ervaringscertificaat behaald 2019 "
          "(vrijstellingen voor de deeltijdbachelor; de opleiding zelf heb ik niet gevolgd)")
jl = [pos("juli 2015 – heden", "Coördinator Wijkteams", "Gemeente Harderwijk",
          ["Coördinatie van drie wijkteams (24 medewerkers); formatie, werving & selectie en budget.", JL6, JL7, JL8],
          ("2015-07", REF), 125, True),
      pos("september 2006 – juni 2015", "Wijkwerker", "Stichting Welzijn Harderwijk",
          ["Wijkgericht werken met bewoners en vrijwilligers."],
          ("2006-09", "2015-06"), 106, False)]
JL_RATE = "Uurtarief € 85,-"
cv(file="Jorrit Lammertink.pdf", fmt="pdf", layout="sidebar",
   name="Jorrit Lammertink", email="jorrit.lammertink@example.nl", phone="06-80246791", rate=JL_RATE,
   exp=jl, crit_text={"6": JL6, "7": JL7, "8": JL8}, refs=["Yvonne Brinkhuis", "Rik Vlieger"],
   must_have=[JL_EVC, "MBO Sociaal Werk niveau 4, Landstede Harderwijk — diploma 2006"],
   left=[("h", "Contact"), ("p", "jorrit.lammertink@example.nl"), ("p", "06-80246791"), ("p", "Harderwijk"),
         ("h", "Tarief"), ("pb", JL_RATE),
         ("h", "Sterk in"), ("bl", ["Organiseren", "Coachen", "Doorpakken"])],
   right=[("title", "Jorrit Lammertink"),
          ("p", "Coördinator wijkteams"),
          ("h", "Profiel"),
          ("p", "Ik coördineer sinds 2015 de wijkteams van Harderwijk. Mijn vak heb ik vooral in de praktijk geleerd."),
          ("h", "Werkervaring"),
          ("pos", "pipe", jl),
          ("h", "Opleiding"),
          ("p", "MBO Sociaal Werk niveau 4, Landstede Harderwijk — diploma 2006"),
          ("p", JL_EVC),
          ("h", "Referenties"),
          ("p", "Yvonne Brinkhuis, afdelingsmanager Samenleving, gemeente Harderwijk, 06-80246792"),
          ("p", "Rik Vlieger, directeur Stichting Welzijn Harderwijk, 06-80246793")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=125, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'MBO Sociaal Werk niveau 4 … diploma 2006' and 'EVC-procedure Social Work "
                     "(hbo-niveau), Hogeschool Windesheim — ervaringscertificaat behaald 2019 (vrijstellingen voor "
                     "de deeltijdbachelor; de opleiding zelf heb ik niet gevolgd)': an Ervaringscertificaat records "
                     "competences (recognition of prior learning) and gives exemptions; it is not a completed "
                     "education -> highest completed level mbo, knock-out 2 fail, mwd false. Coördinator Wijkteams "
                     "Gemeente Harderwijk 2015-07..2025-11 = 125; wijkwerker not relevant (role)."))

# ------------------------------------------------------------------------- Annemarie Stoffelen (pdf)
# TRAP: "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede (2004 – 2008) — alle vakken behaald
# op de afstudeerscriptie na": a closed period AND the word "behaald", but the thesis (and so the
# diploma) is missing -> not completed -> mbo, knock-out 2 fail. Europass layout (date cells).
AS6 = ("Voorbeeld van beleid naar resultaat: de Ermelose jeugdnota heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een jeugdpunt, een opvoedspreekuur op scholen en een aanpak voor thuiszitters) met "
       "meetbare doelen.")
AS7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) met een sportvereniging en een "
       "woningcorporatie.")
AS8 = "Projectleider van de transformatie van de jeugdhulp naar een lokaal team Jeugd en Gezin."
AS_EDU = ("HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede (2004 – 2008) — alle vakken behaald op de "
          "afstudeerscriptie na")
as_ = [pos("februari 2017 – heden", "Coördinator Jeugd en Gezin", "Gemeente Ermelo",
           ["Coördinatie van het team Jeugd en Gezin (10 medewerkers); urenverdeling en budget.", AS6, AS7, AS8],
           ("2017-02", REF), 106, True),
       pos("september 2008 – januari 2017", "Jeugd- en gezinswerker", "Gemeente Ermelo",
           ["Gezinsbegeleiding en opvoedondersteuning."],
           ("2008-09", "2017-01"), 101, False)]
AS_RATE = "Uurtarief € 87,-"
cv(file="Annemarie Stoffelen.pdf", fmt="pdf", layout="single",
   name="Annemarie Stoffelen", email="annemarie.stoffelen@example.nl", phone="06-91357802", rate=AS_RATE,
   exp=as_, crit_text={"6": AS6, "7": AS7, "8": AS8}, refs=["Lidwien Smeenk", "Johan Ravenhorst"],
   must_have=[AS_EDU, "MBO Sociaal Pedagogisch Werk niveau 4, Deltion College — diploma 2004"],
   body=[("title", "Annemarie Stoffelen"),
         ("p", "Ermelo  |  06-91357802  |  annemarie.stoffelen@example.nl  |  " + AS_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het team Jeugd en Gezin van de gemeente Ermelo en werk al zeventien jaar met "
               "gezinnen, scholen en zorgaanbieders."),
         ("h", "Werkervaring"),
         ("eu_pos", as_),
         ("h", "Opleiding"),
         ("p", AS_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, Deltion College — diploma 2004"),
         ("h", "Referenties"),
         ("p", "Lidwien Smeenk, afdelingsmanager Sociaal Domein, gemeente Ermelo, 06-91357803"),
         ("p", "Johan Ravenhorst, wethouder Jeugd, gemeente Ermelo, 06-91357804")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=106, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede (2004 – 2008) — alle "
                     "vakken behaald op de afstudeerscriptie na': a closed period and the word 'behaald', but 'op de "
                     "afstudeerscriptie na' says the thesis, and so the diploma, is missing -> not completed; "
                     "highest completed level mbo (MBO SPW niveau 4, diploma 2004) -> knock-out 2 fail, mwd false. "
                     "Europass: Coördinator Jeugd en Gezin Gemeente Ermelo 2017-02..2025-11 = 106; jeugd- en "
                     "gezinswerker not relevant (role)."))

# ------------------------------------------------------------------------- Frank Oudeman (docx)
# TRAP: self-employed without the words zzp, KvK or eenmanszaak: "Freelance coördinator welzijn" and
# "Sinds maart 2021 werk ik als freelancer op basis van overeenkomsten van opdracht en factureer ik
# maandelijks. Voor deze opdracht schrijf ik in via bemiddelingsbureau Veluwe Talent." -> an agency that
# brokers, not an employer -> zzp, knock-out 1 review.
FO6 = ("Voorbeeld van beleid naar resultaat: het Nunspeetse welzijnsbeleid heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een ontmoetingsplek in Hulshorst, een mantelzorgpunt en een taalcafé) met "
       "meetbare doelen.")
FO7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer.")
FO8 = "Projectleider van het verandertraject 'Welzijn op recept' en van de herinrichting van de toegang."
FO_FREE = ("Sinds maart 2021 werk ik als freelancer op basis van overeenkomsten van opdracht en factureer ik "
           "maandelijks. Voor deze opdracht schrijf ik in via bemiddelingsbureau Veluwe Talent.")
fo = [pos("maart 2021 – heden", "Freelance coördinator welzijn", "Gemeente Nunspeet",
          ["Coördinatie van het cluster welzijn (8 medewerkers) in opdracht van de gemeente.", FO6, FO7, FO8],
          ("2021-03", REF), 57, True),
      pos("januari 2014 – februari 2021", "Coördinator Welzijn", "Stichting Welzijn Nunspeet",
          ["Coördinatie van het welzijnswerk (10 beroepskrachten en vrijwilligers)."],
          ("2014-01", "2021-02"), 86, True)]
FO_RATE = "Uurtarief: € 92,- excl. btw"
cv(file="Frank Oudeman.docx", fmt="docx", layout="header",
   header="Frank Oudeman  |  Nunspeet  |  06-02468135  |  frank.oudeman@example.nl",
   name="Frank Oudeman", email="frank.oudeman@example.nl", phone="06-02468135", rate=FO_RATE,
   exp=fo, crit_text={"6": FO6, "7": FO7, "8": FO8}, refs=["Anneke Wolbers", "Theo Bremer"],
   must_have=[FO_FREE],
   body=[("title", "Frank Oudeman"),
         ("pb", FO_RATE),
         ("h", "Profiel"),
         ("p", FO_FREE),
         ("p", "Ik coördineer al ruim elf jaar het welzijnswerk in Nunspeet, eerst bij de stichting en nu in "
               "opdracht van de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "sample", fo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Anneke Wolbers, afdelingsmanager Samenleving, gemeente Nunspeet, 06-02468136"),
         ("p", "Theo Bremer, directeur Stichting Welzijn Nunspeet, 06-02468137")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=92.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds maart 2021 werk ik als freelancer op basis van overeenkomsten van opdracht en factureer "
                     "ik maandelijks. Voor deze opdracht schrijf ik in via bemiddelingsbureau Veluwe Talent.' and the "
                     "title 'Freelance coördinator welzijn': self-employed (contracts for services, own invoices); the "
                     "bureau brokers the bid but does not employ him -> zzp true, knock-out 1 review (the convention "
                     "for ZZP indications). Months: the freelance coordinator assignment at the gemeente counts as "
                     "experience there (as in tests/holdout and tests/holdout4): 2021-03..2025-11 (57) + Coördinator "
                     "Welzijn Stichting Welzijn Nunspeet 2014-01..2021-02 (86), contiguous -> 143."))
