# -*- coding: utf-8 -*-
"""Holdout round 52 for zeef: six eligible candidates in ordinary but varied CVs. 6 fictional CVs (3 PDF, 3 DOCX),
written without looking at the pipeline's source or rules/. Every candidate passes all checks and knock-outs; each
CV is written the way real people write, in a way rounds 2-50 did not:

  - roles under a "Loopbaan" heading with the years after the title in brackets
    ("Coördinator Welzijn, Gemeente Hattem (2018 – heden)");
  - titles and headings in capitals ("COÖRDINATOR WMO — GEMEENTE EPE", "BACHELOR SOCIAL WORK — ...");
  - two-digit years in a Europass date column ("'16 – '21", "'21 – heden");
  - employers abbreviated "gem. Brummen" and "St. Welzijn Voorst", each role alone decisive;
  - "Naam: / Functie: / Tel:" blocks for the candidate's own details and for both referees;
  - a Dutch CV whose headings are English ("Personal details", "Work experience", "Education", "References").

Criteria 6-8 evidence is in every CV. Every person, foundation, phone number, e-mail address and reference is made
up; employers are real municipalities and fictional foundations; real hogescholen appear as schools. Built by
tests/holdout2/src/build.py and checked by tests/holdout29/src/expected29.py (the shared tests/holdout2/src/expected.py
with two-digit years read as 20xx) via tests/holdout52/make-holdout52.sh.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


def loopbaan(ps):
    """'Title, Employer (period)' in bold, then the tasks as bullets."""
    out = []
    for p in ps:
        out.append(("pb", f"{p['t']}, {p['e']} ({p['d']})"))
        out.append(("bl", p["tasks"]))
    return out


def caps(ps):
    """'TITLE — EMPLOYER' in bold, the period on the next line, then the tasks."""
    out = []
    for p in ps:
        out.append(("pb", f"{p['t']} — {p['e']}"))
        out.append(("p", p["d"]))
        out.append(("bl", p["tasks"]))
    return out


# ------------------------------------------------------------------------- Wilma Stegeman (pdf) Loopbaan, brackets
WS6 = ("Voorbeeld van beleid naar resultaat: de Hattemse welzijnsvisie 'Samen Hattem' heb ik vertaald naar een "
       "jaarwerkplan met vijf concrete projecten, met als resultaat een buurtkamer in elke wijk en 90 nieuwe "
       "vrijwilligers.")
WS7 = ("Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Zilveren Kruis en de "
       "partners van de publiek-private samenwerking (PPS) 'Zorgzaam Hattem'.")
WS8 = ("Projectleider van het verandertraject naar één toegang voor Wmo, jeugd en schulden, met plan van aanpak, "
       "mijlpalen en evaluatie.")
ws = [pos("2018 – heden", "Coördinator Welzijn", "Gemeente Hattem",
          ["Coördinatie van het cluster welzijn (14 medewerkers); formatie, werving en budget.", WS6, WS7, WS8],
          ("2018-01", REF), 95, True, yearonly=True),
      pos("2011 – 2017", "Teamleider Wmo", "Gemeente Heerde",
          ["Leiding aan negen Wmo-consulenten; werkverdeling, kwaliteit en jaargesprekken."],
          ("2011-01", "2017-12"), 84, True, yearonly=True),
      pos("2006 – 2010", "Wmo-consulent", "Gemeente Heerde",
          ["Keukentafelgesprekken en indicaties huishoudelijke ondersteuning."], ("2006-01", "2010-12"), 60, False,
          yearonly=True)]
WS_RATE = "Tarief: € 86,50 per uur (excl. btw)"
cv(file="Wilma Stegeman.pdf", fmt="pdf", layout="single",
   name="Wilma Stegeman", email="wilma.stegeman@example.nl", phone="06-27384915", rate=WS_RATE,
   exp=ws, crit_text={"6": WS6, "7": WS7, "8": WS8}, refs=["Jan-Willem Kolkman", "Ria Veldhuis"],
   must_have=["Coördinator Welzijn, Gemeente Hattem (2018 – heden)", "Teamleider Wmo, Gemeente Heerde (2011 – 2017)"],
   body=[("title", "Wilma Stegeman"),
         ("p", "Wapenveld  |  06-27384915  |  wilma.stegeman@example.nl"),
         ("pb", WS_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn met ruim veertien jaar leidinggevende ervaring bij twee Veluwse gemeenten. "
               "In loondienst bij detacheerder Veluwe Inzet B.V."),
         ("h", "Loopbaan")]
   + loopbaan(ws)
   + [("h", "Opleiding"),
      ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2005"),
      ("h", "Cursussen"),
      ("p", "Leidinggeven in het sociaal domein (2012); Methodisch werken met DA Systems (2021)")]
   + refs_block("Jan-Willem Kolkman, afdelingsmanager Samenleving, gemeente Hattem, 06-27384916",
                "Ria Veldhuis, voormalig teamleider Sociaal Domein, gemeente Heerde, 06-27384917"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=86.5,
               crit=FULL,
               notes="ELIGIBLE (target: ko 3 wrong fail). Roles under 'Loopbaan' as 'Title, Employer (period)' with "
                     "year-only periods in brackets after the title: 'Coördinator Welzijn, Gemeente Hattem (2018 – "
                     "heden)' 2018-01..2025-11 = 95 and 'Teamleider Wmo, Gemeente Heerde (2011 – 2017)' "
                     "2011-01..2017-12 = 84, both relevant -> 2011-01..2025-11 = 179 (narrowest reading 84 + 62 = "
                     "146, no threshold depends on it). Wmo-consulent (2006 – 2010) not leading. 'In loondienst bij "
                     "detacheerder' -> no ZZP. HBO MWD with diploma -> criterion 4. 100 points, EUR 86,50."))

# ------------------------------------------------------------------------- Monique Roetgerink (docx) capitals
MR6 = ("Beleid naar resultaat, een voorbeeld: de Epese nota 'Meedoen in Epe' heb ik met het team omgezet in een "
       "jaarwerkplan met vier concrete projecten; resultaat: een mantelzorgsteunpunt in Vaassen en de helft minder "
       "wachttijd voor een keukentafelgesprek.")
MR7 = ("Vast overleg met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de partners van de publiek-private "
       "samenwerking (PPS) 'Langer Thuis Epe'.")
MR8 = "Projectleider van de reorganisatie van het Wmo-loket en het jeugdteam tot één sociaal team (2019-2020)."
mr = [pos("maart 2016 – heden", "COÖRDINATOR WMO", "GEMEENTE EPE",
          ["Coördinatie van het Wmo-team (16 medewerkers): werkverdeling, formatie, werving en budget.",
           MR6, MR7, MR8], ("2016-03", REF), 117, True),
      pos("september 2010 – februari 2016", "TEAMLEIDER JEUGD EN GEZIN", "GEMEENTE APELDOORN",
          ["Leiding aan twaalf jeugdconsulenten en het Centrum voor Jeugd en Gezin."], ("2010-09", "2016-02"), 66,
          True),
      pos("januari 2005 – augustus 2010", "WMO-CONSULENT", "GEMEENTE APELDOORN",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."], ("2005-01", "2010-08"), 68, False)]
MR_RATE = "Uurtarief: € 88,- ex. btw"
MR_EDU = "BACHELOR SOCIAL WORK — SAXION HOGESCHOOL DEVENTER"
cv(file="Monique Roetgerink.docx", fmt="docx", layout="single",
   name="Monique Roetgerink", email="monique.roetgerink@example.com", phone="06-81726354", rate=MR_RATE,
   exp=mr, crit_text={"6": MR6, "7": MR7, "8": MR8}, refs=["Arjan Wessels", "Mieke Dijkhuis"],
   must_have=["COÖRDINATOR WMO — GEMEENTE EPE", MR_EDU, "diploma behaald in 2004"],
   body=[("title", "Monique Roetgerink"),
         ("p", "Apeldoorn  |  06-81726354  |  monique.roetgerink@example.com"),
         ("pb", MR_RATE),
         ("h", "PROFIEL"),
         ("p", "Coördinator Wmo met een achtergrond in jeugd en gezin. Ik geef richting, coach medewerkers en "
               "houd de inwoner voorop."),
         ("h", "WERKERVARING")]
   + caps(mr)
   + [("h", "OPLEIDING"),
      ("pb", MR_EDU),
      ("p", "2000 – 2004, diploma behaald in 2004")]
   + refs_block("Arjan Wessels, afdelingshoofd Sociaal Domein, gemeente Epe, 06-81726355",
                "Mieke Dijkhuis, voormalig manager Jeugd, gemeente Apeldoorn, 06-81726356", head="REFERENTIES"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE (target: ko 3 / ko 2 wrong fail on capitals). Titles, employers, headings and the "
                     "degree in capitals. 'COÖRDINATOR WMO — GEMEENTE EPE', 'maart 2016 – heden' = 117; "
                     "'TEAMLEIDER JEUGD EN GEZIN — GEMEENTE APELDOORN', 'september 2010 – februari 2016' = 66; both "
                     "relevant -> 183. 'WMO-CONSULENT' not leading. 'BACHELOR SOCIAL WORK — SAXION HOGESCHOOL "
                     "DEVENTER', '2000 – 2004, diploma behaald in 2004' -> hbo, completed, mwd (Social Work) -> "
                     "criterion 4. 100 points, EUR 88."))

# ------------------------------------------------------------------------- Sjoerd Hellinga (pdf) Europass, '16 – '21
SH6 = ("Een voorbeeld: het Drontense beleidsplan 'Iedereen doet mee' heb ik vertaald naar een uitvoeringsagenda met "
       "zes concrete projecten; resultaat: 120 inwoners meer aan het werk en een gebiedsteam in Swifterbant.")
SH7 = ("Samenwerking met zorgaanbieders, huisartsen, GGD Flevoland, zorgverzekeraar Zilveren Kruis en de partners "
       "van de publiek-private samenwerking (PPS) 'Gezond Dronten'.")
SH8 = ("Trekker van het veranderproject 'Eén sociaal team Kampen': projectplan, stuurgroep, mijlpalen en "
       "evaluatie.")
sh = [pos("'21 – heden", "Manager Sociaal Domein", "Gemeente Dronten",
          ["Leiding aan twee teams (Wmo en participatie, 30 medewerkers); formatie, budget en kwaliteit.", SH6, SH7],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("'16 – '21", "Teamleider Sociaal Team", "Gemeente Kampen",
          ["Leiding aan het sociaal team (12 medewerkers); werkverdeling en coaching.", SH8],
          ("2016-01", "2021-12"), 72, True, yearonly=True),
      pos("'09 – '16", "Wmo-consulent", "Gemeente Kampen",
          ["Keukentafelgesprekken en indicaties."], ("2009-01", "2016-12"), 96, False, yearonly=True)]
SH_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Sjoerd Hellinga.pdf", fmt="pdf", layout="single",
   name="Sjoerd Hellinga", email="sjoerd.hellinga@example.nl", phone="06-15926374", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Hester de Boer", "Wouter Lenstra"],
   must_have=["'16 – '21", "'21 – heden"],
   body=[("title", "Sjoerd Hellinga"),
         ("rows", [("Woonplaats", ["Kampen"]), ("Telefoon", ["06-15926374"]),
                   ("E-mail", ["sjoerd.hellinga@example.nl"]), ("Tarief", [SH_RATE])]),
         ("h", "Profiel"),
         ("p", "Manager in het sociaal domein die teams helpt groeien in eigenaarschap. In loondienst bij "
               "detacheerder Flevo Talent."),
         ("h", "Werkervaring"),
         ("eu_pos", sh),
         ("h", "Opleiding"),
         ("rows", [("'04 – '08", ["HBO Bestuurskunde, Hogeschool Windesheim Zwolle — diploma behaald"])])]
   + refs_block("Hester de Boer, directeur Samenleving, gemeente Dronten, 06-15926375",
                "Wouter Lenstra, voormalig afdelingsmanager Sociaal Domein, gemeente Kampen, 06-15926376"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=119, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE (target: ko 3 wrong fail on two-digit years). Europass date column with two-digit "
                     "years: \"'21 – heden\" Manager Sociaal Domein, Gemeente Dronten 2021-01..2025-11 = 59; "
                     "\"'16 – '21\" Teamleider Sociaal Team, Gemeente Kampen 2016-01..2021-12 = 72; both relevant, "
                     "year-only, overlapping in 2021 (counted once) -> 2016-01..2025-11 = 119 (narrowest reading "
                     "50 + 48 = 98; both readings >= 72). \"'09 – '16\" Wmo-consulent not leading. HBO "
                     "Bestuurskunde, 'diploma behaald' -> hbo, completed, not MWD -> criterion 4 = 0. 85 points, "
                     "EUR 85."))

# ------------------------------------------------------------------------- Anouk Wassink (docx) sidebar, gem. / St.
AW6 = ("Beleid vertaald naar resultaat: het Brummense actieplan 'Sterk in de wijk' heb ik uitgewerkt tot een "
       "jaarwerkplan met drie concrete projecten; resultaat: een sociaal team in Eerbeek en 25 % minder "
       "doorverwijzingen.")
AW7 = ("Dagelijks contact met zorgaanbieders, huisartsen, de cliëntenraad, zorgverzekeraar Menzis en de partners "
       "van de publiek-private samenwerking (PPS) 'Wijkzorg Eerbeek'.")
AW8 = "Projectleider van de transitie van twee wijkteams naar één sociaal team, met plan van aanpak en evaluatie."
aw = [pos("maart 2021 – heden", "Teamleider Sociaal Team", "gem. Brummen",
          ["Leiding aan het sociaal team (11 medewerkers); formatie, werving en budget.", AW6, AW7, AW8],
          ("2021-03", REF), 57, True),
      pos("september 2015 – februari 2021", "Coördinator Welzijn Ouderen", "St. Welzijn Voorst",
          ["Coördinatie van zes ouderenadviseurs en 150 vrijwilligers; roosters, budget en jaarplan."],
          ("2015-09", "2021-02"), 66, True),
      pos("januari 2009 – augustus 2015", "Ouderenadviseur", "St. Welzijn Voorst",
          ["Huisbezoeken en advies over wonen, welzijn en zorg."], ("2009-01", "2015-08"), 80, False)]
AW_RATE = "Uurtarief: € 84,00 excl. btw"
cv(file="Anouk Wassink.docx", fmt="docx", layout="sidebar",
   name="Anouk Wassink", email="anouk.wassink@example.nl", phone="06-42518376", rate=AW_RATE,
   exp=aw, crit_text={"6": AW6, "7": AW7, "8": AW8}, refs=["Henk Schuurman", "Carla Wijnbergen"],
   must_have=["Teamleider Sociaal Team, gem. Brummen", "Coördinator Welzijn Ouderen, St. Welzijn Voorst"],
   left=[("h", "Contact"),
         ("p", "Twello"), ("p", "06-42518376"), ("p", "anouk.wassink@example.nl"),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen — diploma 2008"),
         ("h", "Tarief"),
         ("p", AW_RATE),
         ("h", "Referenties"),
         ("p", "Henk Schuurman, afdelingsmanager Sociaal Domein, gem. Brummen, 06-42518377"),
         ("p", "Carla Wijnbergen, directeur St. Welzijn Voorst, 06-42518378")],
   right=[("title", "Anouk Wassink"),
          ("h", "Profiel"),
          ("p", "Teamleider in het sociaal domein, eerder coördinator in het ouderenwerk. Ik breng structuur aan "
                "en houd het team in beweging."),
          ("h", "Werkervaring"),
          ("pos", "dateline", aw)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=123, refs=(2, False), zzp=False, hourly=84.0,
               crit=FULL,
               notes="ELIGIBLE (target: ko 3 / criterion 5 wrong fail on abbreviated employers). 'Teamleider "
                     "Sociaal Team, gem. Brummen' ('gem.' = gemeente) 2021-03..2025-11 = 57; 'Coördinator Welzijn "
                     "Ouderen, St. Welzijn Voorst' ('St.' = Stichting: a welzijnsstichting) 2015-09..2021-02 = 66; "
                     "both relevant -> 123 >= 72. Each role alone decides: without the St. role 57 < 60 (ko 3 "
                     "wrong fail), without the gem. role 66 < 72 (criterion 5 lost). Ouderenadviseur not leading. "
                     "HBO MWD -> criterion 4. 100 points, EUR 84 -> rank 1."))

# ------------------------------------------------------------------------- Marloes Ebbers (pdf) Naam:/Functie:/Tel:
ME6 = ("Van beleid naar resultaat: de Raalter koers 'Dichtbij in de kernen' heb ik omgezet in een jaarwerkplan met "
       "vier concrete projecten, met als resultaat een wijkteam in elke kern en een vast spreekuur in Heino.")
ME7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Salland, de patiëntenraad en de partners van "
       "de publiek-private samenwerking (PPS) 'Gezond Raalte'.")
ME8 = "Projectleider van het verandertraject 'Eén wijkteam per kern' (2023-2024)."
me = [pos("januari 2022 – heden", "Coördinator Wijkteams", "Gemeente Raalte",
          ["Coördinatie van vier wijkteams (26 medewerkers); werkverdeling, formatie en budget.", ME6, ME7, ME8],
          ("2022-01", REF), 47, True),
      pos("februari 2020 – december 2021", "Teamleider Jeugd", "Gemeente Dalfsen",
          ["Leiding aan acht jeugdconsulenten."], ("2020-02", "2021-12"), 23, True),
      pos("augustus 2013 – januari 2020", "Jeugdconsulent", "Gemeente Dalfsen",
          ["Gesprekken met gezinnen en indicaties jeugdhulp."], ("2013-08", "2020-01"), 78, False)]
ME_RATE = "Uurtarief: € 82,00 excl. btw"
cv(file="Marloes Ebbers.pdf", fmt="pdf", layout="single",
   name="Marloes Ebbers", email="marloes.ebbers@example.com", phone="06-63728190", rate=ME_RATE,
   exp=me, crit_text={"6": ME6, "7": ME7, "8": ME8}, refs=["Gerrit Haverkamp", "Ilse Nijenhuis"],
   must_have=["Naam: Gerrit Haverkamp", "Naam: Ilse Nijenhuis", "Naam: Marloes Ebbers"],
   body=[("title", "Curriculum Vitae"),
         ("h", "Personalia"),
         ("p", "Naam: Marloes Ebbers"),
         ("p", "Woonplaats: Heino"),
         ("p", "Tel: 06-63728190"),
         ("p", "E-mail: marloes.ebbers@example.com"),
         ("p", ME_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator wijkteams met een achtergrond in de jeugdhulp. Ik maak van beleid iets wat inwoners "
               "merken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", me),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2013"),
         ("h", "Referenties"),
         ("p", "Naam: Gerrit Haverkamp"),
         ("p", "Functie: afdelingsmanager Sociaal Domein, gemeente Raalte"),
         ("p", "Tel: 06-63728191"),
         ("p", "Naam: Ilse Nijenhuis"),
         ("p", "Functie: voormalig manager Jeugd, gemeente Dalfsen"),
         ("p", "Tel: 06-63728192")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=70, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE (target: references wrong fail; name). Title 'Curriculum Vitae'; the candidate's "
                     "name only as 'Naam: Marloes Ebbers' under Personalia. References as two blocks 'Naam: ... / "
                     "Functie: ... / Tel: ...' (Gerrit Haverkamp, gemeente Raalte; Ilse Nijenhuis, gemeente "
                     "Dalfsen) -> 2 named referees -> pass; the referees' 'Naam:' lines are not the candidate's "
                     "name. Months: Coördinator Wijkteams, Gemeente Raalte 2022-01..2025-11 = 47 + Teamleider "
                     "Jeugd, Gemeente Dalfsen 2020-02..2021-12 = 23 -> 70: ko 3 pass, < 72 -> criterion 5 = 0. "
                     "Jeugdconsulent not leading. Bachelor Social Work -> criterion 4. 75 points, EUR 82."))

# ------------------------------------------------------------------------- Thijs Kleinjan (docx) English headings
TK6 = ("Voorbeeld beleid naar resultaat: de Hardenbergse nota 'Thuis in de kern' heb ik vertaald naar een "
       "jaarwerkplan met vijf concrete projecten; resultaat: drie nieuwe ontmoetingsplekken en 200 extra "
       "vrijwilligers in de kernen.")
TK7 = ("Structureel overleg met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de partners in de "
       "publiek-private samenwerking (PPS) 'Vitaal Vechtdal'.")
TK8 = "Projectleider van de herinrichting van de toegang: verandertraject met plan van aanpak en evaluatie."
tk = [pos("april 2019 – heden", "Manager Zorg en Welzijn", "Gemeente Hardenberg",
          ["Leiding aan de afdeling zorg en welzijn (24 medewerkers); formatie, werving en budget.", TK6, TK7, TK8],
          ("2019-04", REF), 80, True),
      pos("januari 2014 – maart 2019", "Coördinator Wijkteams", "Stichting Welzijn Ommen",
          ["Coördinatie van drie wijkteams en het opbouwwerk; roosters en jaarplan."], ("2014-01", "2019-03"), 63,
          True)]
TK_RATE = "Tarief: € 87,00 per uur excl. btw"
cv(file="Thijs Kleinjan.docx", fmt="docx", layout="header",
   header="Thijs Kleinjan  |  Ommen  |  06-58213746  |  thijs.kleinjan@example.com",
   name="Thijs Kleinjan", email="thijs.kleinjan@example.com", phone="06-58213746", rate=TK_RATE,
   exp=tk, crit_text={"6": TK6, "7": TK7, "8": TK8}, refs=["Bert Slot", "Gea Zwiers"],
   must_have=["Work experience", "Education", "References"],
   body=[("title", "Thijs Kleinjan"),
         ("h", "Personal details"),
         ("p", "Woonplaats: Ommen; geboren 1979; rijbewijs B"),
         ("p", TK_RATE),
         ("h", "Profile"),
         ("p", "Manager zorg en welzijn die graag bouwt aan teams en verbindingen in de kernen. Ik ben in "
               "loondienst bij detacheerder Vechtdal Inzet."),
         ("h", "Work experience"),
         ("pos", "pipe", tk),
         ("h", "Education"),
         ("p", "Bachelor Toegepaste Psychologie, Hogeschool Windesheim Zwolle — diploma 2002"),
         ("h", "Skills"),
         ("bl", ["Verbindend en coachend leidinggeven", "Besluitvaardig, ook bij tegenstellingen",
                 "Heldere communicatie met bestuur en inwoners"]),
         ("h", "Languages"),
         ("p", "Nederlands (moedertaal), Engels en Duits (goed)")]
   + refs_block("Bert Slot, directeur Samenleving, gemeente Hardenberg, 06-58213747",
                "Gea Zwiers, voormalig directeur Stichting Welzijn Ommen, 06-58213748", head="References"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=143, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE (target: Dutch / references / experience wrong fail on English headings). A Dutch "
                     "CV whose headings are English: 'Personal details', 'Profile', 'Work experience', "
                     "'Education', 'Skills', 'Languages', 'References'; all content Dutch -> nl. Contact in the page "
                     "header. Months: Manager Zorg en Welzijn, Gemeente Hardenberg 2019-04..2025-11 = 80 + "
                     "Coördinator Wijkteams, Stichting Welzijn Ommen 2014-01..2019-03 = 63 -> 143. Two referees "
                     "under 'References' -> pass. Bachelor Toegepaste Psychologie: hbo, not MWD -> criterion 4 = "
                     "0. 85 points, EUR 87 (after Sjoerd Hellinga, EUR 85, on the tie)."))
