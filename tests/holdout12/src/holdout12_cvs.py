# -*- coding: utf-8 -*-
"""Holdout round 12 for zeef: 8 realistic, ordinary CVs as detacheerders and interim agencies submit them to a
Dutch gemeente (long-winded: 6-7 positions each, non-relevant jobs, overlapping side jobs, courses, hobbies, a
profile full of social-domain words, references with phone numbers, rates in varied notation). No contrived
traps; written without looking at the pipeline's source or rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations, care providers and companies.

Same shape as tests/holdout10/src/holdout10_cvs.py (built and checked by tests/holdout2/src/build.py and
expected.py, see tests/holdout12/make-holdout12.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Annemarie Wessels (pdf)
# The realistic top candidate: HBO MWD, teamleider sociaal team at a gemeente + coördinator at a welzijns-
# stichting (167), all criteria, two references. Side jobs (treasurer of the food bank, guest lecturer) overlap.
AW6 = ("Voorbeeld van beleid naar resultaat: de Epese koers 'Samen sterk in de wijk' heb ik met het team vertaald "
       "naar een jaarwerkplan met concrete projecten (een inloopspreekuur in elk dorp, vroegsignalering van "
       "schulden met de woningcorporatie, een mantelzorgcafé) met meetbare doelen en een halfjaarrapportage aan "
       "de wethouder.")
AW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis "
       "(regionale preventieagenda), en een publiek-private samenwerking (PPS) met de woningcorporatie en twee "
       "supermarkten voor het project 'Niemand eet alleen'.")
AW8 = ("Projectleider van de reorganisatie van drie losse loketten (Wmo, jeugd, werk en inkomen) naar één sociaal "
       "team: projectplan, stuurgroep, implementatie en evaluatie na een jaar.")
aw = [pos("2019 - nu", "Teamleider Sociaal Team", "Gemeente Epe",
          ["Leiding aan het sociaal team (14 consulenten Wmo, jeugd en participatie) en de frontoffice.",
           "Formatie, werving & selectie, urenverdeling en het teambudget; afstemming met beleidsadviseurs en de "
           "afdelingsmanager.",
           AW6, AW7, AW8],
          ("2019-01", REF), 83, True, yearonly=True),
      pos("vanaf mei 2020", "Penningmeester (vrijwilligerswerk)", "Voedselbank Epe",
          ["Financiële administratie en jaarverslag, ongeveer twee uur per week."],
          ("2020-05", REF), 67, False),
      pos("sinds 2021", "Gastdocent", "Saxion Hogeschool Deventer",
          ["Enkele gastcolleges per jaar over leidinggeven in de wijk."],
          ("2021-01", REF), 59, False, yearonly=True),
      pos("jan. 2012 – dec. 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Veluwe-Noord",
          ["Coördinatie van de ouderenadviseurs (6 beroepskrachten) en circa 120 vrijwilligers.",
           "Werving en begeleiding van vrijwilligers, verantwoording van de subsidie aan de gemeente."],
          ("2012-01", "2018-12"), 84, True),
      pos("maart 2008 – december 2011", "Maatschappelijk werker", "Stichting Welzijn Veluwe-Noord",
          ["Kortdurende hulp aan inwoners bij relatieproblemen, schulden en opvoedvragen."],
          ("2008-03", "2011-12"), 46, False),
      pos("2004 - 2008", "Consulent Werk en Inkomen", "Gemeente Apeldoorn",
          ["Intake en begeleiding van bijstandsgerechtigden naar werk."],
          ("2004-01", "2008-12"), 60, False, yearonly=True),
      pos("2001 - 2004", "Begeleider woongroep (bijbaan tijdens de studie)", "Zorginstelling De Lindenhof",
          ["Avond- en weekenddiensten op een woongroep voor volwassenen met een verstandelijke beperking."],
          ("2001-01", "2004-12"), 48, False, yearonly=True)]
AW_RATE = "€ 92,- per uur excl. btw"
cv(file="Annemarie Wessels.pdf", fmt="pdf", layout="single",
   name="Annemarie Wessels", email="a.wessels@example.nl", phone="06-38125947", rate=AW_RATE,
   exp=aw, crit_text={"6": AW6, "7": AW7, "8": AW8}, refs=["Gerda Hulshof", "Ben Scholten"],
   body=[("title", "Annemarie Wessels"),
         ("p", "Teamleider Sociaal Domein  |  Vaassen  |  06-38125947  |  a.wessels@example.nl"),
         ("p", "Aangeboden door Veluwe Detachering B.V. — tarief " + AW_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren en verbindende leidinggevende in het sociaal domein met ruim twintig jaar ervaring in "
               "welzijn, zorg, Wmo, jeugd en participatie. Ik geef al ruim dertien jaar leiding aan teams bij de "
               "gemeente en de welzijnsstichting en weet als geen ander hoe je beleid en uitvoering verbindt. "
               "Inwoners en hun zelf- en samenredzaamheid staan voor mij centraal; ik coach medewerkers op "
               "eigenaarschap en methodisch werken en houd tegelijk het budget en de planning scherp in beeld."),
         ("h", "Werkervaring"),
         ("pos", "sample", aw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer, 2000 – 2004 — diploma "
               "behaald"),
         ("p", "Havo, Veluws College Apeldoorn — diploma 2000"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Prince2 Foundation — 2017", "Leergang Leidinggeven aan professionals, Movisie — 2013",
                 "Training Oplossingsgericht coachen — 2015", "Werken met DA Systems (registratie) — 2020"]),
         ("h", "Hobby's"),
         ("p", "Wandelen op de Veluwe, koken voor vrienden en zingen in een popkoor."),
         ("h", "Referenties"),
         ("p", "Gerda Hulshof, afdelingsmanager Sociaal Domein, gemeente Epe, 06-38125948"),
         ("p", "Ben Scholten, directeur-bestuurder Stichting Welzijn Veluwe-Noord, 06-38125949")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=92.0,
               crit=(15, 25, 15, 20, 25),
               notes="Teamleider Sociaal Team, Gemeente Epe '2019 - nu' = 2019-01..2025-11 (83; narrowest 72) + "
                     "Coördinator Welzijn Ouderen, Stichting Welzijn Veluwe-Noord 'jan. 2012 – dec. 2018' (84), "
                     "contiguous -> 167 (narrowest 156). Penningmeester Voedselbank (volunteer), gastdocent, "
                     "maatschappelijk werker, consulent Werk en Inkomen, begeleider woongroep: not relevant (role "
                     "or employer); the side jobs overlap. HBO MWD diploma -> mwd. All criteria; 100 points, "
                     "rate 92 -> rank 1."))

# ------------------------------------------------------------------------- Jeroen Hofstede (docx)
# Eligible, HBO Pedagogiek (hbo, not MWD): coördinator gebiedsteam 'sinds 2021' + teamleider jeugd at the
# same gemeente; the year-only start does not matter (93..104, both >= 72).
JH6 = ("Voorbeeld: de Brummense Visie op Jeugd heb ik vertaald naar een uitvoeringsplan met concrete projecten "
       "(een praktijkondersteuner jeugd bij elke huisarts, een jongerenwerker op het Baudartius College) en "
       "meetbare resultaten, die het college elk jaar in de monitor terugziet.")
JH7 = ("Samenwerking met zorgaanbieders in de jeugdhulp en de Wmo, huisartsen, het onderwijs en zorgverzekeraar "
       "Menzis; met de woningcorporatie en een lokale bouwer een publiek-private samenwerking (PPS) voor "
       "tijdelijke woonruimte voor jongeren.")
JH8 = ("Projectleider van de herinrichting van het jeugdteam en het Wmo-team tot één gebiedsteam, een "
       "verandertraject van anderhalf jaar met projectplan en stuurgroep.")
jh = [pos("sinds 2021", "Coördinator Gebiedsteam", "Gemeente Brummen",
          ["Dagelijkse aansturing van het gebiedsteam (16 professionals Wmo, jeugd en maatschappelijk werk).",
           "Formatie en urenverdeling, inwerken van nieuwe collega's, budgetbewaking.", JH8],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("april 2017 – december 2020", "Teamleider Jeugd", "Gemeente Brummen",
          ["Leiding aan het jeugdteam (9 jeugdconsulenten); casuïstiekoverleg en kwaliteit.", JH6, JH7],
          ("2017-04", "2020-12"), 45, True),
      pos("september 2014 – maart 2017", "Jeugd- en gezinscoach", "Stichting Jeugdhulp Oost-Gelderland",
          ["Ambulante begeleiding van gezinnen met opvoedvragen."],
          ("2014-09", "2017-03"), 31, False),
      pos("september 2010 tot en met augustus 2014", "Jeugdconsulent", "Gemeente Apeldoorn",
          ["Gesprekken met ouders en jongeren, toegang tot jeugdhulp."],
          ("2010-09", "2014-08"), 48, False),
      pos("2007 - 2010", "Pedagogisch medewerker (bijbaan)", "Kinderopvang De Speelhoeve",
          ["Buitenschoolse opvang, twee middagen per week."],
          ("2007-01", "2010-12"), 48, False, yearonly=True),
      pos("2019 - nu", "Trainer jeugdvoetbal (vrijwillig)", "VV Brummen",
          ["Training en begeleiding van de JO13-1."],
          ("2019-01", REF), 83, False, yearonly=True)]
JH_RATE = "Uurtarief: EUR 86,00"
cv(file="Jeroen Hofstede.docx", fmt="docx", layout="single",
   name="Jeroen Hofstede", email="jeroen.hofstede@example.nl", phone="06-71640283", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Ilse Kamphuis", "Dirk-Jan Oosterveld"],
   body=[("title", "Jeroen Hofstede"),
         ("p", "Eerbeek  |  06-71640283  |  jeroen.hofstede@example.nl  |  geboren 1986"),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week. " + JH_RATE + " (excl. btw)"),
         ("h", "Profiel"),
         ("p", "Betrokken coördinator in het sociaal domein met een achtergrond in jeugd en gezin. Ik werk "
               "al vijftien jaar bij de gemeente en in de jeugdhulp, eerst als consulent en coach, daarna als "
               "teamleider jeugd en nu als coördinator van het gebiedsteam Wmo en jeugd. Ik ben nuchter, "
               "benaderbaar en koers op wat inwoners echt nodig hebben; preventie en de sociale basis vind ik "
               "minstens zo belangrijk als de maatwerkvoorziening."),
         ("h", "Werkervaring"),
         ("pos", "pipe", jh),
         ("h", "Opleiding"),
         ("p", "HBO Pedagogiek, Hogeschool van Arnhem en Nijmegen (HAN) — diploma 2010"),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, Rijn IJssel Arnhem — diploma 2006"),
         ("h", "Cursussen"),
         ("bl", ["Signs of Safety, basistraining — 2016", "Leidinggeven aan zelforganiserende teams — 2019"]),
         ("h", "Hobby's"),
         ("p", "Voetbal (trainer en zelf nog veteranen), mountainbiken, lezen."),
         ("h", "Referenties"),
         ("p", "Ilse Kamphuis, afdelingsmanager Samenleving, gemeente Brummen, 06-71640284"),
         ("p", "Dirk-Jan Oosterveld, beleidsadviseur Jeugd, gemeente Brummen, 06-71640285")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=104, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Coördinator Gebiedsteam, Gemeente Brummen 'sinds 2021' = 2021-01..2025-11 (59; narrowest "
                     "2021-12.., 48) + Teamleider Jeugd, Gemeente Brummen 'april 2017 – december 2020' (45) -> "
                     "104 (narrowest 93): knock-out 3 pass, criterion 5 either way. Jeugd- en gezinscoach, "
                     "jeugdconsulent, pedagogisch medewerker, voetbaltrainer: not relevant. HBO Pedagogiek -> hbo, "
                     "not MWD -> criterion 4 = 0. 85 points, rate 86 -> rank 2 (ties with Thijs van Wijk on 85, "
                     "wins on rate)."))

# ------------------------------------------------------------------------- Thijs van Wijk (docx)
# Mid-career, HBO Bedrijfskunde (hbo, not social) + a post-hbo course in the social domain; teamleider Wmo en
# jeugd 'vanaf mei 2020' + coördinator vrijwilligerswerk 'maart 2016 - juni 2019' = 107; an intermezzo as
# casemanager and a volunteer chair '2015 – heden' do not count.
TW6 = ("Voorbeeld beleid naar resultaat: het beleidsplan Sociaal Domein 2021-2024 van Nunspeet heb ik vertaald "
       "naar een jaarwerkplan voor het team met concrete projecten (een vaste Wmo-consulent per dorp, een "
       "wachtlijstaanpak, keukentafelgesprekken binnen twee weken) en een kwartaalrapportage.")
TW7 = ("Samenwerking met zorgaanbieders (contractoverleg hulp bij het huishouden en begeleiding), huisartsen, "
       "de patiëntenvereniging, zorgverzekeraar Zilveren Kruis en een publiek-private samenwerking (PPS) met "
       "de woningcorporatie rond langer thuis wonen.")
TW8 = ("Projectmatig werken: projectleider van de transitie naar resultaatgericht indiceren in de Wmo en van de "
       "implementatie van een nieuw registratiesysteem.")
tw = [pos("vanaf mei 2020", "Teamleider Wmo en Jeugd", "Gemeente Nunspeet",
          ["Leiding aan 12 consulenten Wmo en jeugd; formatie, werving & selectie en het teambudget.",
           TW6, TW7, TW8],
          ("2020-05", REF), 67, True),
      pos("juli 2019 – april 2020", "Casemanager Schuldhulpverlening", "Gemeente Ermelo",
          ["Intake en schuldregelingen voor inwoners met problematische schulden."],
          ("2019-07", "2020-04"), 10, False),
      pos("maart 2016 - juni 2019", "Coördinator Vrijwilligerswerk", "Stichting Welzijn Nunspeet",
          ["Coördinatie van de vrijwilligerscentrale en drie beroepskrachten; matching van ruim 300 "
           "vrijwilligers.", "Opzet van de maatjesprojecten voor eenzame ouderen."],
          ("2016-03", "2019-06"), 40, True),
      pos("2015 – heden", "Voorzitter (vrijwillig)", "Stichting Dorpshuis 't Trefpunt, Hulshorst",
          ["Bestuur van het dorpshuis, vijf bestuursvergaderingen per jaar."],
          ("2015-01", REF), 131, False, yearonly=True),
      pos("2011 - 2016", "Accountmanager zakelijke markt", "Regiobank Veluwe",
          ["Relatiebeheer voor het midden- en kleinbedrijf."],
          ("2011-01", "2016-12"), 72, False, yearonly=True),
      pos("september 2009 – december 2010", "Medewerker Klantcontactcentrum (bijbaan)", "Gemeente Zwolle",
          ["Telefonische vragen van inwoners over afval, paspoorten en parkeren."],
          ("2009-09", "2010-12"), 16, False)]
TW_RATE = "Tarief: € 88,50 per uur (exclusief btw)"
cv(file="Thijs van Wijk.docx", fmt="docx", layout="sidebar",
   name="Thijs van Wijk", email="thijs.vanwijk@example.nl", phone="06-24958316", rate=TW_RATE,
   exp=tw, crit_text={"6": TW6, "7": TW7, "8": TW8}, refs=["Monique Bos", "Harm Jan Veenstra"],
   left=[("h", "Contact"), ("p", "thijs.vanwijk@example.nl"), ("p", "06-24958316"), ("p", "Hulshorst"),
         ("h", "Tarief"), ("p", TW_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Coachen", "Analytisch", "Resultaatgericht"]),
         ("h", "Talen"), ("p", "Nederlands, Engels, Duits (redelijk)"),
         ("h", "Hobby's"), ("p", "Hardlopen, zeilen op het Veluwemeer, bordspellen")],
   right=[("title", "Thijs van Wijk"),
          ("p", "Teamleider Wmo en Jeugd"),
          ("h", "Profiel"),
          ("p", "Ik ben een bedrijfskundige die zijn hart in het sociaal domein heeft gevonden. Na een paar jaar "
                "bij de bank koos ik voor welzijn en zorg: eerst bij de welzijnsstichting, nu als teamleider "
                "Wmo en jeugd bij de gemeente Nunspeet. Ik combineer zakelijkheid met oog voor inwoners en "
                "medewerkers, en ik houd van heldere afspraken en een team dat zelf verantwoordelijkheid neemt."),
          ("h", "Werkervaring"),
          ("pos", "next", tw),
          ("h", "Opleiding"),
          ("p", "HBO Bedrijfskunde, Hogeschool Windesheim Zwolle, 2007 – 2011 — diploma behaald"),
          ("p", "Post-hbo opleiding Regisseur Sociaal Domein, Hogeschool Utrecht — certificaat 2018"),
          ("h", "Cursussen"),
          ("bl", ["Motiverende gespreksvoering — 2017", "Budgetbeheer voor leidinggevenden — 2021"]),
          ("h", "Referenties"),
          ("p", "Monique Bos, afdelingsmanager Maatschappij, gemeente Nunspeet, 06-24958317"),
          ("p", "Harm Jan Veenstra, directeur Stichting Welzijn Nunspeet, 06-24958318")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=107, refs=(2, False), zzp=False, hourly=88.5,
               crit=(0, 25, 15, 20, 25),
               notes="Teamleider Wmo en Jeugd, Gemeente Nunspeet 'vanaf mei 2020' = 2020-05..2025-11 (67) + "
                     "Coördinator Vrijwilligerswerk, Stichting Welzijn Nunspeet 'maart 2016 - juni 2019' (40) -> "
                     "107. Casemanager schuldhulpverlening (no leading role), voorzitter of a dorpshuis (volunteer "
                     "board), accountmanager at a bank, klantcontactcentrum: not relevant. HBO Bedrijfskunde "
                     "completed -> hbo bachelor (knock-out 2 pass), but not MWD; the post-hbo course 'Regisseur "
                     "Sociaal Domein' is no bachelor -> criterion 4 = 0. 85 points, rate 88.50 -> rank 3."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Ricardo Pinas (docx)
# Just under 60 once overlaps are merged: coördinator sociaal wijkteam (gemeente, 03-2019 t/m 08-2022, 42) and,
# part-time next to it, coördinator mantelzorgondersteuning (welzijnsstichting, 01-2021 t/m 12-2023, 36):
# 42 + 36 = 78, merged 2019-03..2023-12 = 58 -> knock-out 3 fail. Now beleidsadviseur (not relevant).
RP6 = ("Voorbeeld beleid naar resultaat: de Dalfser mantelzorgvisie heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een steunpunt jonge mantelzorgers) met meetbare doelen.")
RP7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie voor mantelzorgwoningen.")
RP8 = ("Projectleider van de reorganisatie van twee wijkteams tot één sociaal wijkteam voor de hele gemeente, "
       "met projectplan en stuurgroep.")
rp = [pos("vanaf januari 2024", "Beleidsadviseur Sociaal Domein", "Gemeente Zwolle",
          ["Advisering aan het college over mantelzorg, respijtzorg en de sociale basis."],
          ("2024-01", REF), 23, False),
      pos("01-2021 t/m 12-2023", "Coördinator Mantelzorgondersteuning (16 uur)", "Stichting Welzijn Dalfsen",
          ["Coördinatie van vier mantelzorgconsulenten en de vrijwillige respijthulp.", RP6, RP7],
          ("2021-01", "2023-12"), 36, True),
      pos("03-2019 t/m 08-2022", "Coördinator Sociaal Wijkteam", "Gemeente Dalfsen",
          ["Aansturing van het sociaal wijkteam (11 generalisten), casuïstiekoverleg en werkverdeling.", RP8],
          ("2019-03", "2022-08"), 42, True),
      pos("09-2014 t/m 02-2019", "Wmo-consulent", "Gemeente Zwolle",
          ["Keukentafelgesprekken, onderzoeksverslagen en beschikkingen."],
          ("2014-09", "2019-02"), 54, False),
      pos("09/2010 – 08/2014", "Casemanager dementie", "Zorggroep De Vechtstreek B.V.",
          ["Begeleiding van thuiswonende mensen met dementie en hun mantelzorgers."],
          ("2010-09", "2014-08"), 48, False),
      pos("2007 - 2010", "Medewerker klantenservice (bijbaan)", "Telecomwinkel Zwolle",
          ["Verkoop en klantvragen op zaterdag."],
          ("2007-01", "2010-12"), 48, False, yearonly=True)]
RP_RATE = "uurtarief: 85 euro"
cv(file="Ricardo Pinas.docx", fmt="docx", layout="single",
   name="Ricardo Pinas", email="r.pinas@example.nl", phone="06-53081724", rate=RP_RATE,
   exp=rp, crit_text={"6": RP6, "7": RP7, "8": RP8}, refs=["Femke Haverkamp", "Johan Brink"],
   body=[("title", "Curriculum vitae — Ricardo Pinas"),
         ("rows", [("Woonplaats", ["Zwolle"]), ("Telefoon", ["06-53081724"]), ("E-mail", ["r.pinas@example.nl"]),
                   ("Beschikbaar", ["per direct, 24-32 uur"]), ("Tarief", [RP_RATE + " (excl. btw)"])]),
         ("h", "Profiel"),
         ("p", "Energieke coördinator met hart voor het sociaal domein, mantelzorg en de wijk. Ik heb ervaring "
               "in de zorg, bij de welzijnsstichting en bij de gemeente, als consulent, coördinator en nu als "
               "beleidsadviseur. Ik ben een verbinder die overzicht houdt, snel schakelt tussen inwoners, "
               "professionals en bestuur en de taal van zorg en welzijn allebei spreekt."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), rp),
         ("h", "Taken en resultaten"),
         ("tasks", rp),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2010"),
         ("h", "Cursussen"),
         ("bl", ["Mantelzorg in beeld, Movisie — 2021", "Persoonlijk leiderschap — 2020"]),
         ("h", "Hobby's"),
         ("p", "Koken (Surinaams en Italiaans), basketbal, muziek maken."),
         ("h", "Referenties"),
         ("p", "Femke Haverkamp, directeur Stichting Welzijn Dalfsen, 06-53081725"),
         ("p", "Johan Brink, teammanager Sociaal Domein, gemeente Dalfsen, 06-53081726")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="Two relevant positions that overlap: Coördinator Sociaal Wijkteam, Gemeente Dalfsen "
                     "'03-2019 t/m 08-2022' (42) and Coördinator Mantelzorgondersteuning (16 uur), Stichting "
                     "Welzijn Dalfsen '01-2021 t/m 12-2023' (36); summed 78, merged 2019-03..2023-12 = 58 -> "
                     "knock-out 3 fail (month-exact dates, so no review), criterion 5 = 0. Beleidsadviseur, "
                     "Wmo-consulent, casemanager at a care provider, klantenservice: not relevant. Bachelor Social "
                     "Work -> mwd."))

# ------------------------------------------------------------------------- Marloes ter Horst (pdf)
# Year-only dates decide knock-out 3: coördinator welzijn 'oktober 2024 – heden' (14) + coördinator
# jongerenwerk '2016 - 2019' (48 by the convention, 26 at the narrowest) = 62 (40) -> review.
MH6 = ("Voorbeeld: het Raalter beleidskader Jeugd heb ik als coördinator jongerenwerk vertaald naar een "
       "jaarplan met concrete projecten (een jongerenraad, een meidengroep en straathoekwerk in de zomer) met "
       "meetbare resultaten.")
MH7 = ("Samenwerking met zorgaanbieders, de huisartsen, GGD IJsselland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met sportverenigingen en het bedrijfsleven voor stageplekken.")
MH8 = ("Projectmatig werken: projectleider van het verandertraject 'Welzijn op recept' en van de herinrichting "
       "van het welzijnswerk in de kernen.")
mh = [pos("oktober 2024 – heden", "Coördinator Welzijn", "Gemeente Raalte",
          ["Coördinatie van de welzijnsopdracht en het team welzijn (8 medewerkers); urenverdeling en budget.",
           MH8],
          ("2024-10", REF), 14, True),
      pos("januari 2020 – september 2024", "Beleidsmedewerker Wmo", "Gemeente Raalte",
          ["Beleidsvoorbereiding Wmo en inkoop van begeleiding, raadsvoorstellen."],
          ("2020-01", "2024-09"), 57, False),
      pos("2016 - 2019", "Coördinator Jongerenwerk", "Stichting Welzijn Salland",
          ["Aansturing van vijf jongerenwerkers in Raalte, Heino en Lierderholt.", MH6, MH7],
          ("2016-01", "2019-12"), 48, True, yearonly=True),
      pos("2012 - 2016", "Jongerenwerker", "Stichting Welzijn Salland",
          ["Ambulant jongerenwerk en de inloop in het jongerencentrum."],
          ("2012-01", "2016-12"), 60, False, yearonly=True),
      pos("2009 - 2012", "Ambulant begeleider", "Zorgaanbieder Begeleid Wonen Salland",
          ["Begeleiding van jongvolwassenen naar zelfstandig wonen."],
          ("2009-01", "2012-12"), 48, False, yearonly=True),
      pos("09/2006 – 06/2009", "Huishoudelijke hulp (bijbaan)", "Thuiszorg De Zorgzame Hand",
          ["Huishoudelijke hulp bij ouderen, twee ochtenden per week."],
          ("2006-09", "2009-06"), 34, False)]
MH_RATE = "€ 84 p/u excl. BTW"
cv(file="Marloes ter Horst.pdf", fmt="pdf", layout="sidebar",
   name="Marloes ter Horst", email="marloes.terhorst@example.nl", phone="06-46210387", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Paul Nijland", "Anita Haarman"],
   zzp_negated=["begeleiding van jongvolwassenen naar zelfstandig wonen"],
   left=[("h", "Persoonlijk"), ("p", "Marloes ter Horst"), ("p", "Raalte"), ("p", "06-46210387"),
         ("p", "marloes.terhorst@example.nl"),
         ("h", "Tarief"), ("p", MH_RATE),
         ("h", "Vaardigheden"), ("bl", ["Teamcoaching", "Netwerken", "Procesbegeleiding"]),
         ("h", "Vrije tijd"), ("p", "Paardrijden, tuinieren en vrijwilliger bij de Zonnebloem.")],
   right=[("title", "Marloes ter Horst"),
          ("p", "Coördinator Welzijn"),
          ("h", "Profiel"),
          ("p", "Gedreven coördinator welzijn met een lange staat van dienst in het jongerenwerk, de Wmo en het "
                "sociaal domein van Salland. Ik ken het werkveld van welzijn en zorg van binnenuit, van de "
                "jongeren op straat tot de raadsvoorstellen. Ik breng mensen samen en zorg dat het team weet "
                "waar het aan toe is."),
          ("h", "Werkervaring"),
          ("pos", "datebold", mh),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2009"),
          ("h", "Cursussen"),
          ("bl", ["Leidinggeven zonder hiërarchie — 2017", "Welzijn op recept, train-de-trainer — 2023"]),
          ("h", "Referenties"),
          ("p", "Paul Nijland, afdelingshoofd Samenleving, gemeente Raalte, 06-46210388"),
          ("p", "Anita Haarman, voormalig directeur Stichting Welzijn Salland, 06-46210389")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=62, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Welzijn, Gemeente Raalte 'oktober 2024 – heden' = 2024-10..2025-11 (14) + "
                     "Coördinator Jongerenwerk, Stichting Welzijn Salland '2016 - 2019' (year-only: 48 by the "
                     "convention, 26 at the narrowest reading 2016-12..2019-01) -> 62, narrowest 40: the threshold of "
                     "60 depends on the unknown months -> knock-out 3 review (like samples' Hanneke Brouwer); "
                     "criterion 5 = 0 either way. Beleidsmedewerker Wmo, jongerenwerker, ambulant begeleider, "
                     "huishoudelijke hulp: not relevant. 'zelfstandig wonen' is no ZZP word. Bachelor Social Work "
                     "-> mwd."))

# ------------------------------------------------------------------------- Wilma Kuipers (pdf)
# MBO only, long coordinator career (183 months) -> knock-out 2 fail.
WK6 = ("Voorbeeld van beleid naar resultaat: het Ermelose beleid 'Langer thuis' heb ik vertaald naar concrete "
       "projecten (een mantelzorgsteunpunt, de boodschappenbus, huiskamers in drie wijken) met een jaarplan en "
       "meetbare doelen.")
WK7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en de plaatselijke supermarkt.")
WK8 = "Projectleider van de transitie van het ouderenwerk naar wijkgericht werken, met projectplan en evaluatie."
wk = [pos("09/2014 – heden", "Coördinator Buurtwerk en Mantelzorg", "Stichting Welzijn Ermelo",
          ["Leiding aan zes beroepskrachten en circa 200 vrijwilligers; roosters, budget en verantwoording.",
           WK6, WK7, WK8],
          ("2014-09", REF), 135, True),
      pos("03/2020 – 12/2021", "Coördinator Hulplijn Corona (naast vaste baan, 8 uur)", "Gemeente Ermelo",
          ["Coördinatie van de hulplijn voor kwetsbare inwoners en de inzet van vrijwilligers (boodschappen, "
           "belcirkels)."],
          ("2020-03", "2021-12"), 22, True),
      pos("01/2018 – heden", "Lid Adviesraad Sociaal Domein (vrijwillig)", "Gemeente Ermelo",
          ["Gevraagd en ongevraagd advies aan het college."],
          ("2018-01", REF), 95, False),
      pos("09/2010 – 08/2014", "Coördinator Vrijwilligerscentrale", "Gemeente Harderwijk",
          ["Coördinatie van de vrijwilligerscentrale en twee medewerkers; matching en deskundigheidsbevordering."],
          ("2010-09", "2014-08"), 48, True),
      pos("05/2002 – 08/2010", "Ouderenwerker", "Stichting Welzijn Ermelo",
          ["Huisbezoeken, ouderenadvies en activiteiten in het dienstencentrum."],
          ("2002-05", "2010-08"), 100, False),
      pos("01/1996 – 04/2002", "Verzorgende IG", "Zorgcentrum Het Baken",
          ["Persoonlijke verzorging van bewoners van een verzorgingshuis."],
          ("1996-01", "2002-04"), 76, False)]
WK_RATE = "Uurtarief € 79,- (excl. btw)"
cv(file="Wilma Kuipers.pdf", fmt="pdf", layout="single",
   name="Wilma Kuipers", email="wilma.kuipers@example.nl", phone="0341-562917", rate=WK_RATE,
   exp=wk, crit_text={"6": WK6, "7": WK7, "8": WK8}, refs=["Jannie Hoogendoorn", "Wim van Lohuizen"],
   body=[("title", "Europass Curriculum Vitae"),
         ("rows", [("Naam", ["Wilma Kuipers"]), ("Woonplaats", ["Ermelo"]), ("Telefoon", ["0341-562917"]),
                   ("E-mail", ["wilma.kuipers@example.nl"]), ("Tarief", [WK_RATE])]),
         ("h", "Profiel"),
         ("p", "Praktische en warme coördinator welzijn met meer dan twintig jaar ervaring in ouderenwerk, "
               "mantelzorg, vrijwilligerswerk en zorg. Ik ken Ermelo en Harderwijk als mijn broekzak, werk "
               "graag met vrijwilligers en professionals samen en houd van aanpakken."),
         ("h", "Werkervaring"),
         ("eu_pos", wk),
         ("h", "Opleiding en training"),
         ("rows", [("1993 – 1995", ["MBO Sociaal Pedagogisch Werk niveau 4, ROC Landstede Harderwijk, diploma"]),
                   ("1991 – 1993", ["MBO Verzorgende niveau 3, ROC Landstede Harderwijk, diploma"]),
                   ("2015", ["Leergang Coördinator Welzijn (Movisie), certificaat"]),
                   ("2019", ["Training Vrijwilligersmanagement"])]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (redelijk)"),
         ("h", "Hobby's"),
         ("p", "Fietsen, breien voor het goede doel, kleinkinderen."),
         ("h", "Referenties"),
         ("table", ("Naam", "Functie", "Telefoon"),
          [("Jannie Hoogendoorn", "directeur Stichting Welzijn Ermelo", "0341-562918"),
           ("Wim van Lohuizen", "wethouder Sociaal Domein, gemeente Ermelo (2018-2022)", "0341-562919")])],
   expect=dict(pages=2, edu=("mbo", False, False), coord=183, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="Europass (dates in the left column). Coördinator Buurtwerk en Mantelzorg, Stichting Welzijn "
                     "Ermelo '09/2014 – heden' (135) + Coördinator Vrijwilligerscentrale, Gemeente Harderwijk "
                     "'09/2010 – 08/2014' (48), contiguous -> 183; Coördinator Hulplijn Corona, Gemeente Ermelo "
                     "(22) is relevant but lies inside. Lid Adviesraad (volunteer), ouderenwerker, verzorgende: not "
                     "relevant. Only MBO diplomas (SPW 4, Verzorgende 3) and a Movisie course -> mbo -> knock-out 2 "
                     "fail, criterion 4 = 0."))

# ------------------------------------------------------------------------- Laura Hendriks (pdf)
# A good candidate whose CV is in English -> Dutch check fails. Contact details in the page header.
LH6 = ("Example of policy into results: I translated the council's social domain policy into an annual plan "
       "with concrete projects (a neighbourhood help desk in each district, early debt signalling with the "
       "housing association) and measurable results that are reported to the council twice a year.")
LH7 = ("I work closely with care providers, general practitioners, patient organisations, the health insurer "
       "Menzis and a public-private partnership (PPS) with the housing association and local employers.")
LH8 = ("Project leader of the reorganisation of the social teams from six districts to three, a change programme "
       "with a project plan, a steering group and an evaluation.")
lh = [pos("Jan 2012 – Present", "Manager Social Domain", "Gemeente Deventer",
          ["I am the line manager of the social teams (25 staff in Wmo, youth and income support) and I am "
           "responsible for the budget, the recruitment and the quality of the work.", LH6, LH7, LH8],
          ("2012-01", REF), 167, True),
      pos("since 2019", "Board member (volunteer)", "Food Bank Deventer",
          ["I help with the annual report and with the fundraising of the food bank."],
          ("2019-01", REF), 83, False, yearonly=True),
      pos("Oct 2014 – Jun 2015", "Programme Manager Youth Care Transition (part-time secondment)",
          "Gemeente Olst-Wijhe",
          ["I led the preparation of the municipality for the new Youth Act of 2015."],
          ("2014-10", "2015-06"), 9, True),
      pos("Sep 2008 – Dec 2011", "Welfare Coordinator", "Stichting Welzijn Olst-Wijhe",
          ["I coordinated the volunteer centre and the support for informal carers, with a team of five."],
          ("2008-09", "2011-12"), 40, True),
      pos("Mar 2005 – Aug 2008", "Youth Worker", "Stichting Welzijn Olst-Wijhe",
          ["I ran the youth centre and worked with young people on the street."],
          ("2005-03", "2008-08"), 42, False),
      pos("2003 - 2005", "Care Assistant", "Zorgcentrum De Wije Weide",
          ["I helped the residents of a nursing home with their daily care."],
          ("2003-01", "2005-12"), 36, False, yearonly=True)]
LH_RATE = "Hourly rate: € 90 excl. VAT"
cv(file="Laura Hendriks.pdf", fmt="pdf", layout="header", lang="en",
   header="Laura Hendriks  ·  Deventer  ·  +31 6 19283746  ·  laura.hendriks@example.com",
   name="Laura Hendriks", email="laura.hendriks@example.com", phone="+31 6 19283746", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Erik Wolters", "Sandra Kleinjan"],
   body=[("title", "Laura Hendriks"),
         ("p", "Manager Social Domain — available from January 2026 for 24 hours a week. " + LH_RATE),
         ("h", "Profile"),
         ("p", "I am an experienced manager in the social domain with a background in social work, welfare and "
               "youth care. For more than thirteen years I have led the social teams of the municipality of "
               "Deventer, and before that I was a coordinator at a welfare foundation. I am known as a calm and "
               "clear leader who brings the team, the residents and the partners together, and who is not afraid "
               "to take a decision."),
         ("h", "Work experience"),
         ("pos", "sample", lh),
         ("h", "Education"),
         ("p", "Bachelor of Social Work (MWD), Saxion University of Applied Sciences, Deventer — graduated 2005"),
         ("h", "Courses"),
         ("bl", ["Prince2 Foundation — 2016", "Leadership in the public sector, a course of six days — 2019"]),
         ("h", "Hobbies"),
         ("p", "Running, the piano and travelling with my family."),
         ("h", "References"),
         ("p", "Erik Wolters – Head of Social Affairs, Municipality of Deventer – 06-19283747"),
         ("p", "Sandra Kleinjan – former Director, Stichting Welzijn Olst-Wijhe – 06-19283748")],
   expect=dict(pages=2, lang="en", edu=("hbo", True, True), coord=207, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Written in English -> Dutch check fails (the tender asks for a CV 'opgesteld in het "
                     "Nederlands'); everything else would qualify. Manager Social Domain, Gemeente Deventer "
                     "'Jan 2012 – Present' (167) + Welfare Coordinator, Stichting Welzijn Olst-Wijhe 'Sep 2008 – "
                     "Dec 2011' (40) -> 207; the secondment Programme Manager Youth Care Transition, Gemeente "
                     "Olst-Wijhe (9, relevant) lies inside. Board member of the food bank, youth worker, care "
                     "assistant: not relevant. Bachelor of Social Work (MWD) -> mwd. Contact details in the page "
                     "header."))

# ------------------------------------------------------------------------- Hans Veldkamp (docx)
# A zzp'er (own company, KvK) offered through an agency -> knock-out 1 review; otherwise 100 points.
HV6 = ("Voorbeeld van beleid naar resultaat: in Oldebroek heb ik het nieuwe beleidsplan Sociaal Domein vertaald "
       "naar een uitvoeringsagenda met concrete projecten (een vaste contactpersoon per huishouden, een "
       "wachtlijstaanpak jeugd) en een jaarwerkplan met meetbare resultaten.")
HV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en werkgevers rond beschut werk.")
HV8 = ("Veranderopgaven: projectleider van de reorganisatie van het sociaal domein in Oldebroek en van de "
       "transitie jeugd in Harderwijk.")
hv = [pos("vanaf februari 2025", "Interim-teamleider Wmo", "Gemeente Elburg",
          ["Tijdelijke leiding aan het Wmo-team (9 consulenten) tijdens een vacature."],
          ("2025-02", REF), 10, True),
      pos("mrt. 2022 – jan. 2025", "Interim-manager Sociaal Domein", "Gemeente Oldebroek",
          ["Leiding aan de teams Wmo, jeugd en werk en inkomen (35 medewerkers).", HV6, HV7],
          ("2022-03", "2025-01"), 35, True),
      pos("sep. 2018 – feb. 2022", "Interim-coördinator Wijkteams", "Gemeente Hattem",
          ["Coördinatie van twee wijkteams; werkverdeling, kwaliteit en budget."],
          ("2018-09", "2022-02"), 42, True),
      pos("jan. 2011 – aug. 2018", "Manager Maatschappelijke Ondersteuning", "Gemeente Harderwijk",
          ["Leiding aan de afdeling Wmo en jeugd (40 medewerkers).", HV8],
          ("2011-01", "2018-08"), 92, True),
      pos("2005 - 2010", "Beleidsmedewerker Welzijn", "Gemeente Harderwijk",
          ["Subsidies aan welzijnsorganisaties, nota ouderenbeleid."],
          ("2005-01", "2010-12"), 72, False, yearonly=True),
      pos("1999 - 2005", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Noord-Veluwe",
          ["Hulpverlening aan individuen en gezinnen."],
          ("1999-01", "2005-12"), 84, False, yearonly=True)]
HV_RATE = "Tarief 95 euro per uur ex btw"
cv(file="Hans Veldkamp.docx", fmt="docx", layout="header",
   header="Hans Veldkamp  |  Elburg  |  06-90817263  |  hans@veldkamp-advies.example.nl",
   name="Hans Veldkamp", email="hans@veldkamp-advies.example.nl", phone="06-90817263", rate=HV_RATE,
   exp=hv, crit_text={"6": HV6, "7": HV7, "8": HV8}, refs=["Carla Mensink", "Rob Timmer"],
   must_have=["Veldkamp Advies (eenmanszaak, KvK 81234567)"],
   body=[("title", "Hans Veldkamp"),
         ("p", "Interim-manager Sociaal Domein — via Veldkamp Advies (eenmanszaak, KvK 81234567). " + HV_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2018 werk ik als interim-manager en coördinator in het sociaal domein van gemeenten op de "
               "Veluwe. Daarvoor was ik ruim zeven jaar manager maatschappelijke ondersteuning in Harderwijk. "
               "Ik ben thuis in de Wmo, jeugd, participatie en welzijn, en ik breng rust en richting in teams "
               "die onder druk staan."),
         ("h", "Opdrachten en werkervaring"),
         ("pos", "datebold", hv),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 1999"),
         ("p", "Leergang Management in het Sociaal Domein, Movisie — 2012"),
         ("h", "Hobby's"),
         ("p", "Zeilen, geschiedenis, vrijwilliger bij de plaatselijke historische vereniging."),
         ("h", "Referenties"),
         ("p", "Carla Mensink, gemeentesecretaris gemeente Oldebroek, 06-90817264"),
         ("p", "Rob Timmer, afdelingshoofd Samenleving, gemeente Hattem, 06-90817265")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="Offered as a zzp'er: 'via Veldkamp Advies (eenmanszaak, KvK 81234567)', interim assignments "
                     "-> knock-out 1 review (the tender excludes a ZZP-er as inschrijver; whether the agency employs "
                     "him is not in the CV). Interim-teamleider Wmo Elburg 'vanaf februari 2025' (10), "
                     "Interim-manager Sociaal Domein Oldebroek 'mrt. 2022 – jan. 2025' (35), Interim-coördinator "
                     "Wijkteams Hattem 'sep. 2018 – feb. 2022' (42), Manager Maatschappelijke Ondersteuning "
                     "Harderwijk 'jan. 2011 – aug. 2018' (92), contiguous -> 179. Beleidsmedewerker, maatschappelijk "
                     "werker: not relevant. HBO MWD -> mwd. 100 points."))
