# -*- coding: utf-8 -*-
"""Holdout round 16 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout14/), written without looking at the pipeline's source or
rules/, with hand-checked expectations. This round aims at the NUMBERS and EDUCATION: relevant months
right at the thresholds (59/60/61 for knock-out 3, 71/72/73 for criterion 5) after merging a
municipality job with a welfare-foundation job held at the same time, a gap year, a position listed
twice (table and text), a contract end after the deadline, year-only periods that do and do not
decide a threshold; ties broken by "€ 87,50" / "87,5 euro" / no rate; an Ad followed by a bachelor, a
foreign degree with a Nuffic evaluation, a bachelor "afstuderen gepland juni 2026", a post-hbo MWD
course on top of a non-social bachelor, a WO master Pedagogiek; criteria 6-8 passages that only
half say it.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities, a real bank, and fictional foundations.

Same shape as tests/holdout13/src/holdout13_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout16/make-holdout16.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Roel Timmermans (pdf)
# TRAPS (wrong fail of criterion 5; wrong fail of knock-out 2 / criterion 4): exactly 72 relevant
# months, but only after merging: Teamleider Wmo, Gemeente Hattem "januari 2020 – heden" (71) and, one
# month earlier and partly at the same time, Coördinator Buurtwerk, Stichting Welzijn Hattem
# "december 2019 – juni 2021" (19) -> 2019-12..2025-11 = 72 -> criterion 5 = 25 (71 without the
# foundation job or with an off-by-one; 90 if summed, same answer). Education: the completed
# bachelor ("afgestudeerd in 2014", no "diploma") is listed above an "Associate degree … — diploma
# 2012" -> hbo, MWD. Criterion 6 only half said ("plannen … niet in de la", no example) -> 0.
RT7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met de woningcorporatie en lokale ondernemingen voor "
       "werkervaringsplaatsen.")
RT8 = "Projectleider van de herinrichting van de Wmo-toegang in Hattem, met projectplan, stuurgroep en evaluatie."
RT6_HALF = ("Ik zorg ervoor dat plannen van het college niet in de la blijven liggen en dat het team weet waar het "
            "aan werkt.")
RT_BACH = "Bachelor Social Work, Hogeschool Windesheim — afgestudeerd in 2014 (doorstroom na de Ad)"
RT_AD = "Associate degree Sociaal Werk, Hogeschool Windesheim — diploma 2012"
rt = [pos("januari 2020 – heden", "Teamleider Wmo", "Gemeente Hattem",
          ["Leiding aan het Wmo-team (11 consulenten); formatie, werving en selectie, budget.", RT7, RT8],
          ("2020-01", REF), 71, True),
      pos("december 2019 – juni 2021", "Coördinator Buurtwerk (parttime, naast de gemeente)",
          "Stichting Welzijn Hattem",
          ["Coördinatie van de buurtwerkers (4 medewerkers) en 40 vrijwilligers; overgedragen in juni 2021."],
          ("2019-12", "2021-06"), 19, True),
      pos("september 2011 – november 2019", "Maatschappelijk werker", "Stichting Welzijn Hattem",
          ["Ondersteuning van inwoners bij schulden, opvoeding en eenzaamheid."],
          ("2011-09", "2019-11"), 99, False)]
RT_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Roel Timmermans.pdf", fmt="pdf", layout="header",
   header="Roel Timmermans  |  Hattem  |  06-51847302  |  roel.timmermans@example.nl",
   name="Roel Timmermans", email="roel.timmermans@example.nl", phone="06-51847302", rate=RT_RATE,
   exp=rt, crit_text={"7": RT7, "8": RT8}, refs=["Ineke Bruggink", "Gert-Jan Mulder"],
   must_have=[RT6_HALF, RT_BACH, RT_AD],
   body=[("title", "Curriculum vitae"),
         ("pb", RT_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het Wmo-team van Hattem en coördineerde daarnaast anderhalf jaar het buurtwerk. "
               + RT6_HALF),
         ("h", "Werkervaring"),
         ("eu_pos", rt),
         ("h", "Opleiding"),
         ("p", RT_BACH),
         ("p", RT_AD),
         ("h", "Referenties"),
         ("p", "Ineke Bruggink, afdelingsmanager Samenleving, gemeente Hattem, 06-51847303"),
         ("p", "Gert-Jan Mulder, directeur Stichting Welzijn Hattem, 06-51847304")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=72, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 0, 20, 25),
               notes="Teamleider Wmo, Gemeente Hattem 2020-01..2025-11 = 71 and Coördinator Buurtwerk, Stichting "
                     "Welzijn Hattem 2019-12..2021-06 = 19, held partly at the same time: merged 2019-12..2025-11 = "
                     "72 -> knock-out 3 pass, criterion 5 = 25 (exactly 6 years; 71 without the foundation job). "
                     "Maatschappelijk werker: no leading role. Education: 'Bachelor Social Work, Hogeschool "
                     "Windesheim — afgestudeerd in 2014 (doorstroom na de Ad)' is a completed bachelor above the "
                     "'Associate degree Sociaal Werk — diploma 2012' -> hbo, MWD, criterion 4 = 15. Criterion 6: "
                     "'plannen van het college niet in de la' names no policy and no example (the tender asks for "
                     "one) -> 0. 'Uurtarief: € 87,50' -> 87.5; tie at 85 with Maarten de Ridder (89) won -> rank 1."))

# ------------------------------------------------------------------------- Maarten de Ridder (docx)
# TRAPS (wrong fail of knock-out 2; wrong fail of criterion 8): 73 relevant months after merging
# "februari 2021 – heden" Manager Welzijn, Stichting Welzijn Voorst (58) with "november 2019 – maart
# 2022" Coördinator Jeugd, Gemeente Voorst (29) -> 2019-11..2025-11 = 73, criterion 5 = 25. Only a
# "Master Pedagogiek (wo)" -> wo, a completed degree above hbo bachelor (knock-out 2 pass), no MWD.
# Criterion 8 is a merger of two foundations (a veranderopgave) without the words project, verander,
# reorganisatie, transitie -> 25.
MR6 = ("Voorbeeld van beleid naar resultaat: de Voorster nota 'Samen oud worden' heb ik vertaald naar een jaarwerkplan "
       "met concrete acties (een ontmoetingsplek in elke kern, een formulierenbrigade en huisbezoeken bij 75-plussers) "
       "met meetbare doelen.")
MR7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor een buurtbus.")
MR8 = ("Ik leidde de fusie van Stichting Welzijn Voorst en Stichting Ouderenwerk Twello tot één welzijnsorganisatie: "
       "plan van aanpak, fasering, stuurgroep, een nieuwe teamindeling en een evaluatie na een jaar.")
MR_EDU = "Master Pedagogiek (wo), Rijksuniversiteit Groningen — diploma 2009"
mr = [pos("februari 2021 – heden", "Manager Welzijn", "Stichting Welzijn Voorst",
          ["Leiding aan het welzijnswerk (22 medewerkers, 150 vrijwilligers); formatie, werving en budget.",
           MR6, MR7, MR8],
          ("2021-02", REF), 58, True),
      pos("november 2019 – maart 2022", "Coördinator Jeugd", "Gemeente Voorst",
          ["Coördinatie van de jeugdconsulenten (7 medewerkers); overgedragen in maart 2022."],
          ("2019-11", "2022-03"), 29, True),
      pos("september 2009 – oktober 2019", "Orthopedagoog", "Stichting Jeugdhulp Oost",
          ["Diagnostiek en behandeladvies voor gezinnen."],
          ("2009-09", "2019-10"), 122, False)]
MR_RATE = "Uurtarief: € 89,- excl. btw"
cv(file="Maarten de Ridder.docx", fmt="docx", layout="single",
   name="Maarten de Ridder", email="maarten.deridder@example.nl", phone="06-30418275", rate=MR_RATE,
   exp=mr, crit_text={"6": MR6, "7": MR7, "8": MR8}, refs=["Jacqueline Koster", "Henk Wiggers"],
   must_have=[MR_EDU],
   body=[("title", "Maarten de Ridder"),
         ("p", "Twello  |  06-30418275  |  maarten.deridder@example.nl"),
         ("pb", MR_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben manager welzijn in Voorst en was daarvoor coördinator jeugd bij de gemeente. Ik ben "
               "verbindend, helder en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "datebold", mr),
         ("h", "Opleiding"),
         ("p", MR_EDU),
         ("h", "Referenties"),
         ("p", "Jacqueline Koster, wethouder Sociaal Domein, gemeente Voorst, 06-30418276"),
         ("p", "Henk Wiggers, voorzitter Raad van Toezicht, Stichting Welzijn Voorst, 06-30418277")],
   expect=dict(pages=1, edu=("wo", True, False), coord=73, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Manager Welzijn, Stichting Welzijn Voorst 2021-02..2025-11 = 58 and Coördinator Jeugd, Gemeente "
                     "Voorst 2019-11..2022-03 = 29, overlapping 2021-02..2022-03: merged 2019-11..2025-11 = 73 -> "
                     "knock-out 3 pass, criterion 5 = 25 (87 if summed, same answer). Orthopedagoog: no leading "
                     "role. 'Master Pedagogiek (wo), Rijksuniversiteit Groningen — diploma 2009' -> wo, a completed "
                     "degree of at least hbo-bachelor level -> knock-out 2 pass; Pedagogiek is not MWD/Social Work "
                     "-> criterion 4 = 0. Criterion 8: 'de fusie van Stichting Welzijn Voorst en Stichting "
                     "Ouderenwerk Twello … plan van aanpak, fasering, stuurgroep' is a veranderopgave -> 25. 85 "
                     "points, rate 89 -> tie with Roel Timmermans (87.5) lost -> rank 2."))

# ------------------------------------------------------------------------- Agnieszka Kowalska (docx)
# TRAPS (wrong fail of knock-out 3; wrong fail of knock-out 2; wrong score of criterion 5): exactly
# 60 relevant months with a gap year: Coördinator Wijkteam, Gemeente Deventer 2015-01..2017-12 (36),
# sabbatical 2018, Coördinator Welzijn Ouderen, Stichting Welzijn Voorst 2019-01..2020-12 (24) -> 60
# -> knock-out 3 pass (58 with an off-by-one), criterion 5 = 0 (72 if first start to last end).
# Polish "Licencjat" in management with a Nuffic evaluation "gelijkwaardig aan een hbo-bachelor" ->
# hbo, knock-out 2 pass, no MWD. Criterion 7 names the partners (Carinova, Zilveren Kruis, Rabobank)
# instead of the tender's words -> 20. Rate "87,5 euro per uur" -> 87.5, ties at 60 with a CV without
# a rate.
AK6 = ("Voorbeeld van beleid naar resultaat: het Apeldoornse beleidskader 'Thuis in de wijk' heb ik vertaald naar "
       "een uitvoeringsplan met concrete projecten (een buurtkamer, een klussendienst en een "
       "valpreventiecursus) met meetbare doelen.")
AK7 = ("Vaste tafel met Carinova (wijkverpleging), de huisartsen en Zilveren Kruis over ouderen die langer thuis "
       "wonen; met de Rabobank en lokale ondernemingen een gezamenlijk fonds voor buurtinitiatieven.")
AK8 = "Projectleider van de invoering van wijkgericht werken in Deventer-Zuid, met projectplan en stuurgroep."
AK_GAP = "januari – december 2018: loopbaanonderbreking (sabbatical, reis door Zuid-Amerika)"
AK_DEG = "Licencjat Zarządzanie (Management), Wyższa Szkoła Bankowa, Poznań (Polen) — diploma 2010"
AK_NUF = "Diplomawaardering Nuffic (IDW), 2013: gelijkwaardig aan een hbo-bachelor in het Nederlandse hoger onderwijs."
ak_now = [pos("januari 2021 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Apeldoorn",
              ["Advies aan het college over ouderenbeleid en de Wmo.", AK6],
              ("2021-01", REF), 59, False),
          pos("januari 2019 – december 2020", "Coördinator Welzijn Ouderen", "Stichting Welzijn Voorst",
              ["Coördinatie van het ouderenwerk (6 medewerkers, 80 vrijwilligers); budget en urenverdeling.", AK7],
              ("2019-01", "2020-12"), 24, True)]
ak_old = [pos("januari 2015 – december 2017", "Coördinator Wijkteam", "Gemeente Deventer",
              ["Coördinatie van het wijkteam Deventer-Zuid (10 medewerkers, Wmo en jeugd).", AK8],
              ("2015-01", "2017-12"), 36, True)]
AK_RATE = "Tarief: 87,5 euro per uur, exclusief btw"
cv(file="Agnieszka Kowalska.docx", fmt="docx", layout="sidebar",
   name="Agnieszka Kowalska", email="a.kowalska@example.nl", phone="06-72910465", rate=AK_RATE,
   exp=ak_now + ak_old, crit_text={"6": AK6, "7": AK7, "8": AK8}, refs=["Wilma Hofstede", "Peter Rouwenhorst"],
   must_have=[AK_GAP, AK_DEG, AK_NUF],
   left=[("h", "Contact"), ("p", "a.kowalska@example.nl"), ("p", "06-72910465"), ("p", "Apeldoorn"),
         ("h", "Tarief"), ("p", AK_RATE),
         ("h", "Talen"), ("p", "Nederlands (Staatsexamen NT2-II), Pools (moedertaal)")],
   right=[("title", "Agnieszka Kowalska"),
          ("h", "Profiel"),
          ("p", "Ik ben geboren in Polen en woon sinds 2011 in Nederland. Ik coördineerde een wijkteam en het "
                "ouderenwerk en ben nu beleidsadviseur sociaal domein."),
          ("h", "Werkervaring"),
          ("pos", "pipe", ak_now),
          ("p", AK_GAP),
          ("pos", "pipe", ak_old),
          ("h", "Opleiding"),
          ("p", AK_DEG),
          ("p", AK_NUF),
          ("h", "Referenties"),
          ("p", "Wilma Hofstede, teammanager Wijkteams, gemeente Deventer, 06-72910466"),
          ("p", "Peter Rouwenhorst, directeur Stichting Welzijn Voorst, 06-72910467")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=60, refs=(2, False), zzp=False, hourly=87.5,
               crit=(0, 0, 15, 20, 25),
               notes="Coördinator Wijkteam, Gemeente Deventer 2015-01..2017-12 = 36; 2018 a sabbatical (no work); "
                     "Coördinator Welzijn Ouderen, Stichting Welzijn Voorst 2019-01..2020-12 = 24 -> 60 -> knock-out 3 "
                     "pass (exactly 5 years), criterion 5 = 0 (the gap year is not experience; first start to last "
                     "end would be 72). Beleidsadviseur Sociaal Domein: no leading role. Education: 'Licencjat "
                     "Zarządzanie (Management), Wyższa Szkoła Bankowa, Poznań (Polen) — diploma 2010' with "
                     "'Diplomawaardering Nuffic (IDW), 2013: gelijkwaardig aan een hbo-bachelor' -> hbo, completed, "
                     "knock-out 2 pass; management is not MWD -> criterion 4 = 0. Criterion 7: Carinova "
                     "(wijkverpleging = zorgaanbieder), huisartsen, Zilveren Kruis (zorgverzekeraar), a fund with "
                     "the Rabobank and local businesses (publiek-privaat) -> 20. 'Tarief: 87,5 euro per uur' -> "
                     "87.5. 60 points, tie with Bianca Scholten (no rate) won -> rank 3, shortlisted."))

# ------------------------------------------------------------------------- Bianca Scholten (docx)
# TRAPS (wrong score of criteria 4 and 5; wrong fail of criterion 6; wrong review of knock-out 3):
# Coördinator Sociaal Team, Gemeente Olst-Wijhe "januari 2020 – juni 2026" -> counted to the deadline,
# 2020-01..2025-11 = 71 (78 to the contract end) -> criterion 5 = 0. A year-only "2020 – 2021" job at
# a welfare foundation lies inside it: decides nothing (71 on every reading) -> knock-out 3 pass, not
# review. HBO Bedrijfskunde + a six-day "Post-hbo-cursus Basis MWD" certificate -> hbo, no MWD. Criterion
# 6 without the word "beleid": a raadsnota worked out into three neighbourhood initiatives -> 15. No
# rate.
BS6 = ("De raadsnota 'Thuis in Olst-Wijhe' (2021) heb ik uitgewerkt tot drie wijkinitiatieven – een buurtkamer in "
       "Wijhe, een maaltijdtafel in Olst en een mantelzorgspreekuur – elk met doelen, een planning en een "
       "halfjaarlijkse rapportage aan de wethouder.")
BS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
BS8 = "Projectleider van de herinrichting van het sociaal team, met projectplan, stuurgroep en evaluatie."
BS_END = "Mijn opdracht bij de gemeente loopt tot en met juni 2026."
BS_EDU1 = "HBO Bedrijfskunde, Saxion Deventer — diploma 2010"
BS_EDU2 = "Post-hbo-cursus Basis MWD (zes lesdagen), Hogeschool Windesheim — certificaat 2018"
bs = [pos("januari 2020 – juni 2026", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe",
          ["Coördinatie van het sociaal team (12 medewerkers, Wmo, jeugd en participatie). " + BS_END, BS6, BS7, BS8],
          ("2020-01", REF), 71, True),
      pos("2020 – 2021", "Coördinator Mantelzorgsteunpunt (4 uur per week)", "Stichting Welzijn Olst-Wijhe",
          ["Coördinatie van de mantelzorgconsulenten naast mijn werk bij de gemeente."],
          ("2020-01", "2021-12"), 24, True, yearonly=True),
      pos("maart 2011 – december 2019", "Accountmanager Zakelijk", "Rabobank Salland",
          ["Relatiebeheer voor het midden- en kleinbedrijf."],
          ("2011-03", "2019-12"), 106, False)]
cv(file="Bianca Scholten.docx", fmt="docx", layout="single",
   name="Bianca Scholten", email="bianca.scholten@example.nl", phone="06-84027361", rate=None,
   exp=bs, crit_text={"6": BS6, "7": BS7, "8": BS8}, refs=["Marian Wolters", "Evert Jan Haverkamp"],
   must_have=[BS_END, BS_EDU1, BS_EDU2],
   body=[("title", "Bianca Scholten"),
         ("p", "Wijhe  |  06-84027361  |  bianca.scholten@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik coördineer het sociaal team van Olst-Wijhe. Na tien jaar bij de bank koos ik bewust voor het "
               "sociaal domein."),
         ("h", "Werkervaring"),
         ("pos", "next", bs),
         ("h", "Opleiding"),
         ("p", BS_EDU1),
         ("p", BS_EDU2),
         ("h", "Referenties"),
         ("p", "Marian Wolters, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-84027362"),
         ("p", "Evert Jan Haverkamp, directeur Stichting Welzijn Olst-Wijhe, 06-84027363")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=71, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 0, 15, 20, 25),
               notes="Coördinator Sociaal Team, Gemeente Olst-Wijhe 'januari 2020 – juni 2026': experience counts "
                     "up to the deadline, 2020-01..2025-11 = 71 (not 78: June 2026 has not happened). Coördinator "
                     "Mantelzorgsteunpunt, Stichting Welzijn Olst-Wijhe '2020 – 2021' (24 by the convention, as little "
                     "as 2) lies inside that period -> 71 on every reading -> knock-out 3 pass (no review: the "
                     "year-only dates decide nothing), criterion 5 = 0. Accountmanager at a bank: not relevant. "
                     "Education: HBO Bedrijfskunde (completed hbo bachelor -> knock-out 2 pass) + 'Post-hbo-cursus "
                     "Basis MWD (zes lesdagen) — certificaat': a six-day course, no bachelor MWD -> criterion 4 = 0. "
                     "Criterion 6: 'De raadsnota … heb ik uitgewerkt tot drie wijkinitiatieven … met doelen, een "
                     "planning en een halfjaarlijkse rapportage' is policy turned into concrete results -> 15. No "
                     "rate. 60 points, tie with Agnieszka Kowalska (87.5) lost -> rank 4, not shortlisted."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Marloes Hendriks (pdf)
# TRAP (wrong pass, knock-out 3): Teamleider Sociaal Team, Gemeente Oldebroek "januari 2021 – heden"
# (59) and, at the same time, Coördinator Vrijwilligerswerk, Stichting Welzijn Oldebroek "maart 2021 –
# augustus 2023" (30, inside) -> merged 59 -> knock-out 3 fail (89 if summed; 71 if "heden" ran to the
# day of the run in November 2026).
MH6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse nota 'Meedoen in Oldebroek' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal loket in elke kern, een maatjesproject en een "
       "vrijwilligerscentrale) met meetbare doelen.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
MH8 = "Projectleider van de transitie naar één sociaal team voor Wmo en jeugd, met projectplan en stuurgroep."
mh = [pos("januari 2021 – heden", "Teamleider Sociaal Team", "Gemeente Oldebroek",
          ["Leiding aan het sociaal team (14 medewerkers); formatie, werving en budget.", MH6, MH7, MH8],
          ("2021-01", REF), 59, True),
      pos("maart 2021 – augustus 2023", "Coördinator Vrijwilligerswerk (8 uur per week, naast de gemeente)",
          "Stichting Welzijn Oldebroek",
          ["Coördinatie van de vrijwilligerscentrale (2 medewerkers, 120 vrijwilligers)."],
          ("2021-03", "2023-08"), 30, True),
      pos("september 2012 – december 2020", "Wmo-consulent", "Gemeente Oldebroek",
          ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."],
          ("2012-09", "2020-12"), 100, False)]
MH_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Marloes Hendriks.pdf", fmt="pdf", layout="single",
   name="Marloes Hendriks", email="marloes.hendriks@example.nl", phone="06-19384756", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Annet van Dalen", "Jurgen Bos"],
   body=[("title", "Marloes Hendriks"),
         ("p", "Oldebroek  |  06-19384756  |  marloes.hendriks@example.nl"),
         ("pb", MH_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het sociaal team van Oldebroek; daarnaast coördineerde ik tweeënhalf jaar de "
               "vrijwilligerscentrale. Ik ben verbindend en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "sample", mh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Annet van Dalen, afdelingsmanager Sociaal Domein, gemeente Oldebroek, 06-19384757"),
         ("p", "Jurgen Bos, directeur Stichting Welzijn Oldebroek, 06-19384758")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 0, 15, 20, 25),
               notes="Teamleider Sociaal Team, Gemeente Oldebroek 2021-01..2025-11 = 59; Coördinator "
                     "Vrijwilligerswerk, Stichting Welzijn Oldebroek 2021-03..2023-08 = 30 lies entirely inside it "
                     "(held at the same time, 8 hours a week) -> merged 59 -> one month short of 5 years -> "
                     "knock-out 3 fail (89 if the two jobs were summed; 71 if 'heden' ran to the day of the run). "
                     "Wmo-consulent: no leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Gerda Wijnberg (pdf)
# TRAP (wrong pass, knock-out 3): the only leading position is printed twice, in the experience table
# ("03/2020 – 02/2024 | Coördinator Mantelzorg | Stichting Welzijn Zwolle") and again in the
# explanation below it ("maart 2020 – februari 2024", with tasks) -> 48 once -> knock-out 3 fail (96
# if counted twice).
GW6 = ("Voorbeeld van beleid naar resultaat: de Zwolse mantelzorgnota heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een mantelzorgcafé en een steunpunt voor jonge "
       "mantelzorgers) met meetbare doelen.")
GW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor mantelzorgwoningen.")
GW8 = "Projectleider van de invoering van de digitale mantelzorgpas, met projectplan en stuurgroep."
gw_table = [pos("03/2024 – heden", "Adviseur Mantelzorg", "Gemeente Zwolle", [], ("2024-03", REF), 21, False),
            pos("03/2020 – 02/2024", "Coördinator Mantelzorg", "Stichting Welzijn Zwolle", [],
                ("2020-03", "2024-02"), 48, True),
            pos("01/2014 – 02/2020", "Mantelzorgconsulent", "Stichting Welzijn Zwolle", [],
                ("2014-01", "2020-02"), 74, False)]
gw_text = [pos("maart 2020 – februari 2024", "Coördinator Mantelzorg", "Stichting Welzijn Zwolle",
               ["Coördinatie van de mantelzorgconsulenten (6 medewerkers) en 90 vrijwilligers.", GW6, GW7, GW8],
               ("2020-03", "2024-02"), 48, True)]
GW_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Gerda Wijnberg.pdf", fmt="pdf", layout="single",
   name="Gerda Wijnberg", email="gerda.wijnberg@example.nl", phone="06-26354718", rate=GW_RATE,
   exp=gw_table + gw_text, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Karin Bloemendaal", "Theo Smit"],
   body=[("title", "Gerda Wijnberg"),
         ("p", "Zwolle  |  06-26354718  |  gerda.wijnberg@example.nl"),
         ("pb", GW_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk al ruim tien jaar in de mantelzorgondersteuning in Zwolle, vier jaar daarvan als "
               "coördinator."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), gw_table),
         ("h", "Toelichting op mijn leidinggevende ervaring"),
         ("pos", "datebold", gw_text),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Karin Bloemendaal, directeur Stichting Welzijn Zwolle, 06-26354719"),
         ("p", "Theo Smit, teammanager Zorg, gemeente Zwolle, 06-26354720")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=48, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Mantelzorg, Stichting Welzijn Zwolle appears twice: in the table as '03/2020 – "
                     "02/2024' and in the explanation below it as 'maart 2020 – februari 2024': one position, "
                     "2020-03..2024-02 = 48 -> knock-out 3 fail (96 if counted twice). Adviseur Mantelzorg, "
                     "Gemeente Zwolle and Mantelzorgconsulent: no leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Hans Kuipers (docx)
# TRAPS (wrong pass, knock-out 3; wrong score of criterion 8): Coördinator Welzijn, Stichting Welzijn
# Elburg "november 2022 – heden" (37) + Teamleider Jeugd, Gemeente Elburg "2016 – 2017" (24 by the
# convention, as little as 2) -> 61 by the convention, 39 on the narrowest reading: the year-only dates
# decide the threshold -> knock-out 3 review. Criterion 8 only half said ("planmatig", quarterly goals)
# -> 0.
HK6 = ("Voorbeeld van beleid naar resultaat: de Elburgse nota 'Welzijn dichtbij' heb ik vertaald naar een "
       "jaarwerkplan met drie concrete acties (een inloop in elke wijk, een vervoersdienst voor ouderen en een "
       "maatjesaanpak) met meetbare doelen.")
HK7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor een buurtbus.")
HK8_HALF = "Ik werk planmatig: elk kwartaal stel ik met het team doelen vast en evalueer ik wat er bereikt is."
hk = [pos("november 2022 – heden", "Coördinator Welzijn", "Stichting Welzijn Elburg",
          ["Coördinatie van het welzijnswerk (9 medewerkers, 70 vrijwilligers); budget en urenverdeling.",
           HK6, HK7, HK8_HALF],
          ("2022-11", REF), 37, True),
      pos("2018 – oktober 2022", "Jeugdconsulent", "Gemeente Nunspeet",
          ["Toegang tot jeugdhulp voor gezinnen."],
          ("2018-01", "2022-10"), 58, False, yearonly=True),
      pos("2016 – 2017", "Teamleider Jeugd", "Gemeente Elburg",
          ["Leiding aan het jeugdteam (6 medewerkers)."],
          ("2016-01", "2017-12"), 24, True, yearonly=True),
      pos("2010 – 2015", "Jongerenwerker", "Stichting Welzijn Elburg",
          ["Ambulant jongerenwerk en een jongerencentrum."],
          ("2010-01", "2015-12"), 72, False, yearonly=True)]
HK_RATE = "Uurtarief € 86,- excl. btw"
cv(file="Hans Kuipers.docx", fmt="docx", layout="header",
   header="Hans Kuipers  |  Elburg  |  06-93817260  |  hans.kuipers@example.nl",
   name="Hans Kuipers", email="hans.kuipers@example.nl", phone="06-93817260", rate=HK_RATE,
   exp=hk, crit_text={"6": HK6, "7": HK7}, refs=["Mirjam Boeve", "Klaas Hoekman"],
   must_have=[HK8_HALF],
   body=[("title", "Curriculum vitae"),
         ("pb", HK_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het welzijnswerk in Elburg; eerder gaf ik leiding aan het jeugdteam van de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "dateline", hk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Mirjam Boeve, directeur Stichting Welzijn Elburg, 06-93817261"),
         ("p", "Klaas Hoekman, afdelingshoofd Samenleving, gemeente Nunspeet, 06-93817262")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=61, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 0),
               notes="Coördinator Welzijn, Stichting Welzijn Elburg 2022-11..2025-11 = 37 + Teamleider Jeugd, Gemeente "
                     "Elburg '2016 – 2017' = 24 by the convention (January 2016 - December 2017) -> 61; on the "
                     "narrowest reading (December 2016 - January 2017) only 2 -> 39: the year-only dates decide "
                     "knock-out 3 -> review. Criterion 5 = 0 on every reading. Jeugdconsulent and Jongerenwerker: no "
                     "leading role. Criterion 8: 'Ik werk planmatig: elk kwartaal … doelen … evalueer' is no "
                     "project-based work and no change assignment -> 0. HBO MWD. 50 points, not eligible (review)."))

# ------------------------------------------------------------------------- Yvette Brouwers (pdf)
# TRAP (wrong pass, knock-out 2): "Bachelor Social Work (deeltijd), Saxion Deventer — afstuderen gepland
# juni 2026": not completed at the deadline; besides it only an MBO SMD diploma -> mbo, knock-out 2
# fail. Everything else is full marks with a low rate, so a wrong pass ranks her first.
YB6 = ("Voorbeeld van beleid naar resultaat: de Deventer wijkvisie 'Zorg om de hoek' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een wijkpunt, een opvoedspreekuur en een schuldhulpcafé) met "
       "meetbare doelen.")
YB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Salland, en een "
       "publiek-private samenwerking (PPS) met werkgevers voor leerbanen.")
YB8 = "Projectleider van de reorganisatie van de wijkteams naar drie stadsdelen, met projectplan en stuurgroep."
YB_EDU = "Bachelor Social Work (deeltijd), Saxion Deventer — afstuderen gepland juni 2026"
YB_MBO = "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4), ROC Aventus — diploma 2009"
yb = [pos("april 2017 – heden", "Teamleider Wijkteam", "Gemeente Deventer",
          ["Leiding aan het wijkteam Deventer-Oost (13 medewerkers); formatie, werving en budget.", YB6, YB7, YB8],
          ("2017-04", REF), 104, True),
      pos("september 2009 – maart 2017", "Consulent Wmo", "Gemeente Deventer",
          ["Keukentafelgesprekken en indicaties."],
          ("2009-09", "2017-03"), 91, False)]
YB_RATE = "Uurtarief: € 86,- excl. btw"
cv(file="Yvette Brouwers.pdf", fmt="pdf", layout="sidebar",
   name="Yvette Brouwers", email="yvette.brouwers@example.nl", phone="06-40628193", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=["Rianne Pots", "Bart Heijink"],
   must_have=[YB_EDU, YB_MBO],
   left=[("h", "Contact"), ("p", "yvette.brouwers@example.nl"), ("p", "06-40628193"), ("p", "Deventer"),
         ("h", "Tarief"), ("pb", YB_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Coachen", "Doorpakken"])],
   right=[("title", "Yvette Brouwers"),
          ("p", "Teamleider Wijkteam"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2017 leiding aan een wijkteam in Deventer. Naast mijn werk volg ik de deeltijdbachelor "
                "Social Work; mijn afstudeeronderzoek loopt nog."),
          ("h", "Werkervaring"),
          ("pos", "inline", yb),
          ("h", "Opleiding"),
          ("p", YB_EDU),
          ("p", YB_MBO),
          ("h", "Referenties"),
          ("p", "Rianne Pots, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-40628194"),
          ("p", "Bart Heijink, teammanager Wijkteams, gemeente Deventer, 06-40628195")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=104, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Bachelor Social Work (deeltijd), Saxion Deventer — afstuderen gepland juni 2026' "
                     "(and 'mijn afstudeeronderzoek loopt nog'): not completed at the deadline of 25 November 2025 -> "
                     "only 'MBO Sociaal Maatschappelijke Dienstverlening (niveau 4) — diploma 2009' -> mbo, "
                     "knock-out 2 fail, criterion 4 = 0. Teamleider Wijkteam, Gemeente Deventer 2017-04..2025-11 = "
                     "104. Consulent Wmo: no leading role. 85 points; with rate 86 a wrong pass would rank her 1."))
