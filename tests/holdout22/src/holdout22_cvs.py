# -*- coding: utf-8 -*-
"""Holdout round 22 for zeef: 6 fictional, ORDINARY CVs of candidates who are all eligible (every check and
knock-out passes), each written in a style earlier rounds did not use, to find WRONG FAILS and wrong reviews
of good candidates: a terse bullet-only CV; a reverse-chronological table plus a narrative summary; English
section headings over Dutch text; year-only "2011 – 2017" / "2017 – nu" dates with abbreviated months; many
short interim assignments (via an employer, in loondienst) at six gemeenten that add up to 81 months; roles
grouped under one employer heading. Written without looking at the pipeline's source or rules/.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout22/make-holdout22.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ------------------------------------------------------------------------- Iris Rozendaal (pdf)
# Terse, bullet-only CV: every line is a bullet, position = "dates · title · employer" in one bullet.
IR6 = ("Beleid → resultaat: Wmo-nota 'Dichtbij in Steenwijkerland' vertaald naar jaarwerkplan 2022 met "
       "4 concrete projecten (inloop Vollenhove, mantelzorgpunt, valpreventie, buurtbemiddeling); "
       "halfjaarlijkse monitoring.")
IR7 = ("Samenwerking: zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis; PPS met woningcorporatie "
       "en lokale bedrijven (Ommeland-deal).")
IR8 = "Projectleider verandertraject 'één sociaal team' (2020–2021): projectplan, stuurgroep, evaluatie."
ir = [pos("03/2016 – heden", "Teamleider Sociaal Team", "Gemeente Steenwijkerland",
          ["Leiding 14 medewerkers (Wmo, jeugd, schuldhulp)", "Formatie, werving, budget € 1,2 mln",
           IR6, IR7, IR8], ("2016-03", REF), 117, True),
      pos("09/2011 – 02/2016", "Jeugdconsulent", "Gemeente Meppel",
          ["Gezinsgesprekken, indicaties jeugdhulp"], ("2011-09", "2016-02"), 54, False),
      pos("08/2008 – 08/2011", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Drenthe",
          ["Hulpverlening aan gezinnen"], ("2008-08", "2011-08"), 37, False)]
IR_RATE = "€ 89/uur excl. btw"
cv(file="Iris Rozendaal.pdf", fmt="pdf", layout="single",
   name="Iris Rozendaal", email="iris.rozendaal@example.nl", phone="06-38152947", rate=IR_RATE,
   exp=ir, crit_text={"6": IR6, "7": IR7, "8": IR8}, refs=["Hennie Boxem", "Wilma Jonker"],
   body=[("title", "Iris Rozendaal"),
         ("bl", ["Steenwijk", "06-38152947", "iris.rozendaal@example.nl", "Tarief: " + IR_RATE, "24 uur/week beschikbaar"]),
         ("h", "Werk"),
         ("bl", [f"{p['d']} · {p['t']} · {p['e']}" for p in ir[:1]]),
         ("bl", ir[0]["tasks"]),
         ("bl", [f"{p['d']} · {p['t']} · {p['e']}" for p in ir[1:]]),
         ("h", "Opleiding"),
         ("bl", ["HBO Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen, diploma 2008"]),
         ("h", "Referenties"),
         ("bl", ["Hennie Boxem, afdelingsmanager Samenleving, gemeente Steenwijkerland, 06-38152948",
                 "Wilma Jonker, wethouder Zorg, gemeente Steenwijkerland, 06-38152949"])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="Terse bullet-only CV. '03/2016 – heden · Teamleider Sociaal Team · Gemeente Steenwijkerland' "
                     "2016-03..2025-11 = 117 (teamleider, social domain, gemeente) -> relevant. Jeugdconsulent and "
                     "maatschappelijk werker: no leading role. HBO MWD diploma 2008. Two named references. Rate "
                     "'€ 89/uur excl. btw' -> 89. Criteria 6/7/8 as terse bullets under the current job. 100 points."))


# ------------------------------------------------------------------------- Bart Hofstede (docx)
# Reverse-chronological table (Periode | Functie | Werkgever | Omvang) AND a narrative summary that carries
# the criteria; tasks only in the narrative.
BH6 = ("Zo heb ik de Brummense welzijnsvisie 'Samen sterk in de kernen' vertaald naar een jaarwerkplan met "
       "concrete projecten – een dorpsteam in Eerbeek, een ontmoetingsplek in Hall en een mantelzorgcafé – "
       "waarover ik elk kwartaal aan het bestuur rapporteer.")
BH7 = ("Ik werk dagelijks samen met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en heb een publiek-private samenwerking (PPS) met bedrijven en de "
       "woningcorporatie opgezet voor werkervaringsplaatsen.")
BH8 = ("In Apeldoorn was ik projectleider van de reorganisatie van vier wijkteams naar twee gebiedsteams, "
       "met projectplan, stuurgroep en evaluatie.")
bh = [pos("oktober 2019 – heden", "Manager Welzijn en Zorg", "Stichting Welzijn Brummen", [],
          ("2019-10", REF), 74, True),
      pos("april 2015 – september 2019", "Coördinator Wijkteams", "Gemeente Apeldoorn", [],
          ("2015-04", "2019-09"), 54, True),
      pos("2010 – 2015", "Wijkcoach", "Gemeente Apeldoorn", [], ("2010-01", "2015-12"), 72, False, True),
      pos("2006 – 2009", "Opbouwwerker", "Stichting Welzijn Brummen", [], ("2006-01", "2009-12"), 48, False, True)]
BH_RATE = "Uurtarief € 92,00 (excl. btw)"
cv(file="Bart Hofstede.docx", fmt="docx", layout="single",
   name="Bart Hofstede", email="bart.hofstede@example.com", phone="06-12983476", rate=BH_RATE,
   exp=bh, crit_text={"6": BH6, "7": BH7, "8": BH8}, refs=["Geertje Wassink", "Roel Bosch"],
   body=[("title", "Bart Hofstede"),
         ("p", "Eerbeek · 06-12983476 · bart.hofstede@example.com"),
         ("h", "Samenvatting"),
         ("p", "Ik ben sinds 2019 manager welzijn en zorg bij Stichting Welzijn Brummen, met 23 medewerkers en "
               "ruim 200 vrijwilligers. Daarvoor coördineerde ik vier jaar de wijkteams van de gemeente Apeldoorn "
               "(Wmo, jeugd en participatie). Ik stuur op heldere afspraken, geef ruimte aan professionals en houd "
               "budget en formatie op orde. " + BH6),
         ("p", BH7 + " " + BH8),
         ("h", "Loopbaan"),
         ("table", ["Periode", "Functie", "Werkgever", "Omvang"],
          [(p["d"], p["t"], p["e"], om) for p, om in zip(bh, ["32 uur", "36 uur", "36 uur", "28 uur"])]),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde / Overheidsmanagement, Saxion Deventer — diploma 2006"),
         ("p", "Leergang Leidinggeven aan professionals, 2016"),
         ("h", "Tarief"),
         ("p", BH_RATE),
         ("h", "Referenties"),
         ("p", "Geertje Wassink, voorzitter raad van toezicht Stichting Welzijn Brummen, 06-12983477"),
         ("p", "Roel Bosch, programmamanager Sociaal Domein, gemeente Apeldoorn, 06-12983478")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=128, refs=(2, False), zzp=False, hourly=92.0,
               crit=(0, 25, 15, 20, 25),
               notes="Table in reverse order plus a narrative summary. Manager Welzijn en Zorg, Stichting Welzijn "
                     "Brummen 2019-10..2025-11 = 74 (manager, welzijn, welzijnsstichting) + Coördinator Wijkteams, "
                     "Gemeente Apeldoorn 2015-04..2019-09 = 54 (coördinator, wijkteams, gemeente) -> 128. Wijkcoach "
                     "and Opbouwwerker (year-only rows): no leading role, not counted. HBO Bestuurskunde: a completed "
                     "hbo bachelor, not MWD -> knock-out 2 pass, criterion 4 0. Criteria 6/7/8 in the narrative. "
                     "85 points, rate 92."))


# ------------------------------------------------------------------------- Nadia El Amrani (pdf)
# English section headings (Profile, Work Experience, Education, References, Hourly rate) over Dutch text.
NE6 = ("Voorbeeld: de nota 'Nunspeet doet mee' heb ik vertaald naar een jaarwerkplan met concrete projecten "
       "(een participatiecafé, een taalhuis en een maatjesproject) met doelen die we elk halfjaar meten.")
NE7 = ("Vaste samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar Zilveren Kruis; "
       "publiek-private samenwerking (PPS) met bedrijven voor leerwerkplekken.")
NE8 = "Projectleider van de transitie van de participatiewet-uitvoering naar een lokaal werkbedrijf."
ne = [pos("mei 2013 – heden", "Coördinator Welzijn en Participatie", "Gemeente Nunspeet",
          ["Leiding aan het team welzijn en participatie (10 medewerkers); formatie, werving en budget.",
           NE6, NE7, NE8], ("2013-05", REF), 151, True),
      pos("februari 2007 – april 2013", "Klantmanager Werk en Inkomen", "Gemeente Harderwijk",
          ["Begeleiding van bijstandsgerechtigden naar werk."], ("2007-02", "2013-04"), 75, False)]
NE_RATE = "€ 85,00 per uur, excl. btw"
cv(file="Nadia El Amrani.pdf", fmt="pdf", layout="single",
   name="Nadia El Amrani", email="n.elamrani@example.nl", phone="06-59017342", rate=NE_RATE,
   exp=ne, crit_text={"6": NE6, "7": NE7, "8": NE8}, refs=["Arjan Pol", "Trudy Schuurman"],
   body=[("title", "Nadia El Amrani"),
         ("p", "Nunspeet  |  06-59017342  |  n.elamrani@example.nl"),
         ("h", "Profile"),
         ("p", "Coördinator in het sociaal domein met ruim twaalf jaar ervaring bij de gemeente Nunspeet. Ik "
               "verbind beleid en uitvoering en help teams om methodisch en cyclisch te werken."),
         ("h", "Work Experience"),
         ("pos", "datebold", ne),
         ("h", "Education"),
         ("p", "Hbo-bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006"),
         ("h", "Skills"),
         ("p", "Coachend leidinggeven, verandermanagement, DA Systems, Suite4Sociaal Domein"),
         ("h", "Hourly rate"),
         ("p", NE_RATE),
         ("h", "References"),
         ("p", "Arjan Pol, afdelingshoofd Samenleving, gemeente Nunspeet, 06-59017343"),
         ("p", "Trudy Schuurman, wethouder Sociaal Domein, gemeente Nunspeet, 06-59017344")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=151, refs=(2, False), zzp=False, hourly=85.0,
               crit=FULL,
               notes="English section headings ('Profile', 'Work Experience', 'Education', 'Hourly rate', "
                     "'References'), every sentence Dutch -> language nl. Coördinator Welzijn en Participatie, "
                     "Gemeente Nunspeet 2013-05..2025-11 = 151. Klantmanager: no leading role. HBO MWD. References "
                     "under 'References': 2. Rate under 'Hourly rate': 85. 100 points."))


# ------------------------------------------------------------------------- Wouter Brink (docx)
# Sidebar (docx table); year-only "2011 – 2017" and "2017 – nu", abbreviated months "mrt. 2008 – dec. 2010".
WB6 = ("Beleid naar resultaat: de nota 'Harderwijk zorgt' heb ik omgezet in een jaarwerkplan met concrete "
       "projecten (wijkpunten, een mantelzorgregeling en een jongerenloket), met monitoring per kwartaal.")
WB7 = ("Samenwerking met zorgaanbieders, de huisartsencoöperatie, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met bedrijven rond leerbanen.")
WB8 = "Projectleider van het verandertraject 'Toegang in één hand' in 2019 en 2020."
wb = [pos("2017 – nu", "Coördinator Sociaal Domein", "Gemeente Harderwijk",
          ["Leiding aan de consulenten Wmo en jeugd (18 medewerkers); formatie en budget.", WB6, WB7, WB8],
          ("2017-01", REF), 107, True, True),
      pos("2011 – 2017", "Teamleider Wmo", "Gemeente Ermelo",
          ["Leiding aan het Wmo-loket (8 medewerkers)."], ("2011-01", "2017-12"), 84, True, True),
      pos("mrt. 2008 – dec. 2010", "Wmo-consulent", "Gemeente Ermelo",
          ["Keukentafelgesprekken en indicaties."], ("2008-03", "2010-12"), 34, False)]
WB_RATE = "Tarief: € 91 per uur (excl. btw)"
cv(file="Wouter Brink.docx", fmt="docx", layout="sidebar",
   name="Wouter Brink", email="wouter.brink@example.nl", phone="06-71204583", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Carla Mulder", "Dirk van Essen"],
   left=[("title", "Wouter Brink"),
         ("h", "Contact"),
         ("p", "Ermelo"), ("p", "06-71204583"), ("p", "wouter.brink@example.nl"),
         ("h", "Tarief"),
         ("p", WB_RATE),
         ("h", "Talen"),
         ("p", "Nederlands, Engels")],
   right=[("h", "Profiel"),
          ("p", "Coördinator en teamleider bij de gemeenten Harderwijk en Ermelo; nuchter, verbindend en "
                "resultaatgericht."),
          ("h", "Werkervaring"),
          ("pos", "dateline", wb),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2007"),
          ("h", "Referenties"),
          ("p", "Carla Mulder, afdelingsmanager Sociaal Domein, gemeente Harderwijk, 06-71204584"),
          ("p", "Dirk van Essen, gemeentesecretaris, gemeente Ermelo, 06-71204585")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="Year-only dates. Coördinator Sociaal Domein, Gemeente Harderwijk '2017 – nu' = 2017-01..2025-11 "
                     "and Teamleider Wmo, Gemeente Ermelo '2011 – 2017' = 2011-01..2017-12 overlap in 2017, merged "
                     "2011-01..2025-11 = 179 by the year-only convention; the narrowest reading (2011-12..2017-01 "
                     "and 2017-12..2025-11) still gives 62 + 96 = 158 -> knock-out 3 pass and criterion 5 not "
                     "ambiguous. Wmo-consulent 'mrt. 2008 – dec. 2010': no leading role. Bachelor Social Work. "
                     "Rate in the sidebar: 91. 100 points."))


# ------------------------------------------------------------------------- Petra Lubbers (pdf)
# Many short interim assignments at six gemeenten, contiguous, adding up to 81; all via her employer (in
# loondienst at a detacheerder) -> not a zzp'er.
PL_EMP = ("Sinds maart 2019 ben ik in loondienst bij Sallandse Detachering B.V.; alle opdrachten hieronder "
          "deed ik als gedetacheerde medewerker.")
PL6 = ("Voorbeeld: in Hellendoorn heb ik het beleidsplan sociaal domein vertaald naar een jaarwerkplan met "
       "concrete projecten (een wachtlijstaanpak Wmo, een jongerenpunt en een schuldhulproute) met meetbare doelen.")
PL7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Salland en een publiek-private "
       "samenwerking (PPS) met bedrijven voor werkervaringsplaatsen.")
PL8 = "Projectleider van de herinrichting van de toegang jeugd in Hardenberg, met projectplan en stuurgroep."
pl = [pos("september 2024 – heden", "Interim-teamleider Wmo", "Gemeente Dalfsen",
          ["Leiding aan het Wmo-team (9 consulenten) tijdens de werving van een vaste teamleider."],
          ("2024-09", REF), 15, True),
      pos("februari 2023 – augustus 2024", "Interim-coördinator Jeugd", "Gemeente Hardenberg",
          ["Coördinatie van het team jeugd (12 medewerkers).", PL8], ("2023-02", "2024-08"), 19, True),
      pos("juni 2022 – januari 2023", "Interim-teamleider Sociaal Team", "Gemeente Ommen",
          ["Leiding aan het sociaal team (8 medewerkers)."], ("2022-06", "2023-01"), 8, True),
      pos("oktober 2021 – mei 2022", "Interim-coördinator Participatie", "Gemeente Staphorst",
          ["Coördinatie van de consulenten participatie en de re-integratie.", PL7], ("2021-10", "2022-05"), 8, True),
      pos("januari 2020 – september 2021", "Interim-manager Sociaal Domein", "Gemeente Hellendoorn",
          ["Leiding aan de teams Wmo, jeugd en participatie (26 medewerkers).", PL6], ("2020-01", "2021-09"), 21, True),
      pos("maart 2019 – december 2019", "Interim-coördinator Wmo", "Gemeente Twenterand",
          ["Coördinatie van het Wmo-loket."], ("2019-03", "2019-12"), 10, True),
      pos("april 2013 – februari 2019", "Consulent Wmo", "Gemeente Zwolle",
          ["Keukentafelgesprekken en indicaties."], ("2013-04", "2019-02"), 71, False)]
PL_RATE = "Uurtarief: € 94,- excl. btw"
cv(file="Petra Lubbers.pdf", fmt="pdf", layout="single",
   name="Petra Lubbers", email="petra.lubbers@example.nl", phone="06-24587130", rate=PL_RATE,
   exp=pl, crit_text={"6": PL6, "7": PL7, "8": PL8}, refs=["Henk Slagman", "Marjolein Dubbink"],
   zzp_negated=[p["t"] for p in pl[:6]],
   must_have=[PL_EMP],
   body=[("title", "Petra Lubbers"),
         ("p", "Dalfsen  |  06-24587130  |  petra.lubbers@example.nl"),
         ("pb", PL_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2019 vervul ik tijdelijke leidinggevende opdrachten in het sociaal domein van gemeenten in "
               "Overijssel, meestal bij een vacature of een reorganisatie. " + PL_EMP),
         ("h", "Werkervaring"),
         ("eu_pos", pl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Henk Slagman, afdelingsmanager Samenleving, gemeente Hellendoorn, 06-24587131"),
         ("p", "Marjolein Dubbink, teammanager Jeugd, gemeente Hardenberg, 06-24587132")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=81, refs=(2, False), zzp=False, hourly=94.0,
               crit=FULL,
               notes="Six interim assignments at six gemeenten (Twenterand 10, Hellendoorn 21, Staphorst 8, Ommen 8, "
                     "Hardenberg 19, Dalfsen 15), each a teamleider / coördinator / manager in Wmo, jeugd, "
                     "participatie or the sociaal domein; contiguous 2019-03..2025-11 = 81 -> knock-out 3 pass, "
                     "criterion 5 (>= 72) 25. Consulent Wmo: no leading role. 'Interim' in the titles is the kind of "
                     "assignment; the CV states 'Sinds maart 2019 ben ik in loondienst bij Sallandse Detachering "
                     "B.V.; alle opdrachten hieronder deed ik als gedetacheerde medewerker' -> no zzp indication, "
                     "knock-out 1 pass. HBO MWD. 100 points, rate 94."))


# ------------------------------------------------------------------------- Jolien ter Horst (docx)
# Roles grouped under one employer heading ("Gemeente Zutphen"), contact in the page header; WO master.
JH6 = ("Voorbeeld van beleid naar resultaat: het Zutphense jeugdbeleid 'Opgroeien in Zutphen' heb ik vertaald "
       "naar een jaarwerkplan met concrete projecten (een praktijkondersteuner jeugd bij elke huisarts, een "
       "scheidingsloket en een jongerenwerkplaats) met meetbare doelen.")
JH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met bedrijven voor stageplekken.")
JH8 = "Projectleider van de reorganisatie van het sociaal domein tot één afdeling (2019)."
jh = [pos("januari 2019 – heden", "Manager Sociaal Domein", "Gemeente Zutphen",
          ["Leiding aan 4 teamleiders en 60 medewerkers (Wmo, jeugd, participatie).", JH6, JH7, JH8],
          ("2019-01", REF), 83, True),
      pos("april 2014 – december 2018", "Teamleider Jeugd en Gezin", "Gemeente Zutphen",
          ["Leiding aan het team jeugd en gezin (15 medewerkers)."], ("2014-04", "2018-12"), 57, True),
      pos("september 2008 – maart 2014", "Jeugdconsulent", "Gemeente Zutphen",
          ["Toegang tot jeugdhulp, gesprekken met gezinnen."], ("2008-09", "2014-03"), 67, False)]


def grouped(employer, ps):
    """Roles under one employer heading: the employer once, then per role a bold title, the dates, bullets."""
    out = [("pb", employer)]
    for p in ps:
        out += [("p", f"{p['t']} ({p['d']})"), ("bl", p["tasks"])]
    return out


JH_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Jolien ter Horst.docx", fmt="docx", layout="header",
   header="Jolien ter Horst  ·  Zutphen  ·  06-83049216  ·  jolien.terhorst@example.nl",
   name="Jolien ter Horst", email="jolien.terhorst@example.nl", phone="06-83049216", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Gerard Wiggers", "Hanna Kuiper"],
   body=[("title", "Curriculum vitae"),
         ("pb", JH_RATE),
         ("h", "Profiel"),
         ("p", "Ruim zeventien jaar werkzaam bij de gemeente Zutphen, de laatste elf jaar leidinggevend in jeugd, "
               "Wmo en participatie."),
         ("h", "Werkervaring")] + grouped("Gemeente Zutphen", jh) +
        [("h", "Opleiding"),
         ("p", "Master Pedagogische Wetenschappen, Universiteit Utrecht — diploma 2008"),
         ("p", "Bachelor Pedagogische Wetenschappen, Universiteit Utrecht — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Gerard Wiggers, gemeentesecretaris, gemeente Zutphen, 06-83049217"),
         ("p", "Hanna Kuiper, wethouder Jeugd, gemeente Zutphen, 06-83049218")],
   expect=dict(pages=1, edu=("wo", True, False), coord=140, refs=(2, False), zzp=False, hourly=87.5,
               crit=(0, 25, 15, 20, 25),
               notes="Three roles under one bold employer heading 'Gemeente Zutphen' (the employer is printed once); "
                     "each role as 'Title (dates)'. Manager Sociaal Domein 2019-01..2025-11 = 83 + Teamleider Jeugd "
                     "en Gezin 2014-04..2018-12 = 57 -> 140. Jeugdconsulent: no leading role. WO master (and "
                     "bachelor) Pedagogische Wetenschappen: at least hbo bachelor level -> knock-out 2 pass; not MWD "
                     "-> criterion 4 0. Contact only in the page header. 85 points, rate 87.50."))
