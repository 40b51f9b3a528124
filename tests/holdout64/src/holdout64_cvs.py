# -*- coding: utf-8 -*-
"""Holdout round 64 for zeef: an ordinary night's inbox, sixth series. 8 fictional CVs (4 PDF, 4 DOCX) as they
arrive for the Heerde request from two detacheerders, each with a house style of its own, and from candidates who
send their CV directly:

  - Hanzeschakel Detachering B.V. (Zutphen): a Word template whose PAGE HEADER is a table -- a teal band, then the
    candidate's name, phone, e-mail and place as labelled cells -- repeated on every page; section headings with a
    teal bar on the left; the agency (with its KvK number) in the footer (two CVs);
  - IJsselpoort Detachering B.V. (Zwolle): a cover page ("Kandidaatvoorstel") with the account manager's contact,
    the rate and the employment, then the CV, in which every position is a small two-column table "Periode |
    Functie" / "period | title" / "Werkgever | employer"; the agency (with its KvK number) in the footer (two CVs);
  - candidates sending directly: a Canva-like CV printed by Chromium (a photo placeholder box in a beige left
    column, the experience on a left timeline); a plain CV typed in Google Docs (Arial 11, bold headings, tabs
    before the dates); a CV whose experience runs from old to new (newest last); an application-form style CV with
    a "Van | Tot | Functie en werkgever | Werkzaamheden" table, the start and end of each period in cells of
    their own.

Five are eligible: 100, 85, 75, 75, 70. The two on 75 are ranked by rate (EUR 81 before EUR 84,50), which decides
the third shortlist place; the one on 70 states no rate. Not eligible, each for a plain reason: an HBO Social Work
left unfinished beside an MBO diploma (ko 2), 51 months as coordinator (ko 3); one honest review: a zzp'er with a
KvK number (ko 1).

Written without looking at the pipeline's source or rules/ and without running zeef, with hand-checked
expectations (months per position by hand; tests/holdout2/src/expected.py re-derives them from the printed dates).
Every person, agency, foundation, KvK number, phone number, e-mail address and referee here is made up. Employers
are real municipalities and fictional foundations; real hogescholen and ROCs appear as schools. See
tests/holdout2/src/cvset.py for the field list; the CV with producer="chromium" carries html=dict(template, ...) for
src/html64.py, the "Van | Tot" positions carry van= and tot= (their d is the two cells as the text reads them).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)

# ------------------------------------------------------------------ Hanzeschakel Detachering: header table
HZ_BAND = "HANZESCHAKEL DETACHERING  ·  CURRICULUM VITAE"
HZ_FOOTER = "Hanzeschakel Detachering B.V. · Houtmarkt 20, 7201 KL Zutphen · 0575-517400 · KvK 69120457"
HZ_WIDTHS = [4.2, 3.0, 5.8, 4.0]


def hz_header(name, phone, email, place):
    return ("hzhead", HZ_BAND, [("Kandidaat", name), ("Telefoon", phone), ("E-mail", email), ("Woonplaats", place)],
            HZ_WIDTHS)


# ------------------------------------------------------------------ IJsselpoort Detachering: cover page
IJ_FOOTER = "IJsselpoort Detachering B.V. · Zwolle · 038-4560200 · KvK 80912345 · Waadi-geregistreerd"
IJ_CONTACT = "Lotte Visscher, accountmanager, 038-4560210, lotte.visscher@ijsselpoort.example.nl"


def ij_cover(name, role, rate, available):
    return [("vspace", 40),
            ("coverp", "IJsselpoort Detachering", 20, True, "1F4E79", "l"),
            ("coverp", "mensen voor het sociaal domein", 11, False, "7C98AB", "l"),
            ("vspace", 60),
            ("coverp", "Kandidaatvoorstel", 28, True, "1F4E79", "l"),
            ("coverp", "Inhuuropdracht Coördinator welzijn — gemeente Heerde", 13, False, None, "l"),
            ("vspace", 30),
            ("coverp", name, 22, True, None, "l"),
            ("coverp", role, 13, False, "7C98AB", "l"),
            ("vspace", 24),
            ("rows", [("Beschikbaarheid", [available]),
                      ("Uurtarief", [rate]),
                      ("Dienstverband", ["In loondienst bij IJsselpoort Detachering B.V.; inzet op basis van "
                                         "detachering."]),
                      ("Contactpersoon", [IJ_CONTACT])]),
            ("vspace", 30),
            ("coverp", "Zwolle, 21 november 2025", 10, False, None, "l"),
            ("break",)]


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Annelies Hofsteenge (pdf) Hanzeschakel
AH6 = ("Voorbeeld beleid naar resultaat: de welzijnsvisie 'Zutphen doet mee' (2020) heb ik met de beleidsadviseurs "
       "vertaald naar een jaarwerkplan met vier concrete projecten: een ontmoetingsplek per wijk, een steunpunt "
       "mantelzorg, welzijn op recept en een vrijwilligersvacaturebank. Resultaat 2023: 520 inwoners bereikt en een "
       "evaluatie die in de raad is besproken.")
AH7 = ("Maakt werkafspraken met zorgaanbieders in de wijkverpleging, de huisartsen, zorgverzekeraar Menzis en de "
       "patiëntenvereniging; namens de gemeente lid van de stuurgroep van de publiek-private samenwerking (PPS) "
       "'Gezond Zutphen'.")
AH8 = ("Projectleider van de implementatie van DA Systems in het cluster welzijn (2022 – 2023) en trekker van het "
       "verandertraject 'Eén voordeur welzijn'.")
ah = [pos("sep. 2019 – heden", "Coördinator Welzijn en Preventie", "Gemeente Zutphen",
          ["Coördineert het cluster welzijn: 12 medewerkers (ouderenadviseurs, buurtwerkers, mantelzorgconsulenten "
           "en een jongerenwerker).",
           "Verdeelt uren en taken, voert de jaargesprekken en begeleidt nieuwe medewerkers; werving en selectie "
           "samen met HR.",
           "Bewaakt het welzijnsbudget van € 1,4 miljoen en rapporteert per kwartaal aan de afdelingsmanager.",
           AH6, AH7, AH8],
          ("2019-09", REF), 75, True),
      pos("mrt. 2014 – aug. 2019", "Teamleider Ouderenwerk en Mantelzorg", "Stichting Welzijn De Graafschap-Noord",
          ["Leiding aan negen ouderenadviseurs en mantelzorgconsulenten en 80 vrijwilligers.",
           "Opzet van de mantelzorgwaardering en de huiskamers voor ouderen in Eefde en Gorssel."],
          ("2014-03", "2019-08"), 66, True),
      pos("jan. 2009 – feb. 2014", "Opbouwwerker", "Stichting Welzijn De Graafschap-Noord",
          ["Bewonersinitiatieven en buurtactiviteiten in Lochem en Gorssel."],
          ("2009-01", "2014-02"), 62, False)]
AH_RATE = "€ 88,00 per uur excl. btw"
cv(file="Annelies Hofsteenge.pdf", fmt="pdf", layout="single", footer=HZ_FOOTER,
   name="Annelies Hofsteenge", email="a.hofsteenge@example.nl", phone="06-41772093", rate=AH_RATE,
   exp=ah, crit_text={"6": AH6, "7": AH7, "8": AH8}, refs=["Maaike Terpstra", "Henk Rouwmaat"],
   zzp_negated=[HZ_FOOTER],
   body=[hz_header("Annelies Hofsteenge", "06-41772093", "a.hofsteenge@example.nl", "Eefde"),
         ("barh", "Profiel"),
         ("p", "Annelies is een verbindende coördinator met ruim elf jaar leidinggevende ervaring in het welzijnswerk, "
               "eerst bij een welzijnsstichting en sinds 2019 bij de gemeente Zutphen. Zij brengt rust en richting in "
               "een team, houdt van heldere afspraken en zorgt dat beleid en praktijk elkaar vinden. Annelies is in "
               "loondienst bij Hanzeschakel Detachering en wordt op basis van detachering ingezet."),
         ("barh", "Inzet voor Heerde"),
         ("p", "Beschikbaar: per 1 januari 2026, 24 uur per week (ma, di, do)"),
         ("p", "Tarief: " + AH_RATE),
         ("barh", "Werkervaring"),
         ("pos", "datebold", ah),
         ("barh", "Opleiding"),
         ("p", "Hbo Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer, 2004 – 2008 — diploma "
               "behaald"),
         ("p", "Havo, Baudartius College, Zutphen, 1999 – 2004 — diploma"),
         ("barh", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals in het sociaal domein (2020)", "Werken met DA Systems, key-user "
                 "(2022)", "Oplossingsgericht coachen (2016)"]),
         ("barh", "Hobby's"),
         ("p", "Fietsen langs de IJssel, koorzang en vrijwilliger bij de voedselbank in Zutphen."),
         ("barh", "Referenties"),
         ("p", "Maaike Terpstra, afdelingsmanager Samenleving, gemeente Zutphen, 06-41772094"),
         ("p", "Henk Rouwmaat, directeur-bestuurder, Stichting Welzijn De Graafschap-Noord, 06-41772095")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88), shortlisted. Hanzeschakel house style: name, phone, e-mail "
                     "and place only in the page header's table (under the teal band), on every page. Coördinator "
                     "Welzijn en Preventie, Gemeente Zutphen 'sep. 2019 – heden' = 2019-09..2025-11 = 75 + "
                     "Teamleider Ouderenwerk en Mantelzorg, Stichting Welzijn De Graafschap-Noord 'mrt. 2014 – aug. "
                     "2019' = 66 -> 141 (contiguous; opbouwwerker 62 not leading). Hbo MWD 'diploma behaald' -> "
                     "hbo, mwd -> criterion 4 = 15. Criterion 6: the 'Voorbeeld beleid naar resultaat' bullet "
                     "(visie -> jaarwerkplan with four projects -> result); 7: zorgaanbieders, huisartsen, Menzis, "
                     "patiëntenvereniging, PPS; 8: projectleider implementatie DA Systems, verandertraject. In "
                     "loondienst bij the agency; the agency's KvK and phone in the footer are not hers and no zzp "
                     "indication. Two referees with function and phone. 'Tarief: € 88,00 per uur excl. btw'."))

# ------------------------------------------------------------------------- Sandra Kolkman (pdf) IJsselpoort
SK6 = ("Voorbeeld beleid naar resultaat: de Kamper nota 'Dichtbij en samen' (2019) heb ik vertaald naar een "
       "jaarwerkplan met drie concrete projecten: een inlooppunt in elke wijk, een vast schuldenspreekuur en het "
       "sociaal team op de scholen. Resultaat 2022: 35 % meer vroege meldingen en een wachttijd onder de vier weken.")
SK7 = ("Werkt samen met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en de "
       "woningcorporaties; lid van de stuurgroep van de publiek-private samenwerking (PPS) 'Kampen Vitaal'.")
SK8 = ("Projectleider van de reorganisatie van de toegang (2020 – 2021): van twee loketten naar één sociaal team, "
       "met projectplan, stuurgroep en evaluatie.")
sk = [pos("oktober 2018 tot op heden", "Teamleider Sociaal Team", "Gemeente Kampen",
          ["Leiding aan 18 medewerkers (Wmo, jeugd, schuldhulp en welzijn); werkverdeling, coaching en "
           "beoordelingsgesprekken.",
           "Toezicht op formatie, instroom en werving & selectie, in afstemming met HR.", SK6, SK7, SK8],
          ("2018-10", REF), 86, True),
      pos("februari 2013 – september 2018", "Coördinator Wijkteam Noord", "Gemeente Zwolle",
          ["Coördinatie van het wijkteam Zwolle-Noord (11 medewerkers); casusverdeling, werkoverleg en kwaliteit.",
           "Aanspreekpunt voor scholen, kerken en bewonersorganisaties in de wijk."],
          ("2013-02", "2018-09"), 68, True),
      pos("augustus 2007 – januari 2013", "Adviseur Personeel en Organisatie", "Gemeente Zwolle",
          ["Advies aan leidinggevenden van de sector Samenleving over werving, verzuim en formatie."],
          ("2007-08", "2013-01"), 66, False)]
SK_RATE = "€ 86,00 per uur excl. btw"
cv(file="Sandra Kolkman.pdf", fmt="pdf", layout="single", footer=IJ_FOOTER,
   name="Sandra Kolkman", email="sandra.kolkman@example.nl", phone="06-50318824", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7, "8": SK8}, refs=["Marjolein Dekker", "Erik Veldhuis"],
   zzp_negated=[IJ_FOOTER], must_have=[IJ_CONTACT, "Bachelor Human Resource Management"],
   body=ij_cover("Sandra Kolkman", "Teamleider sociaal domein", SK_RATE,
                 "Per 1 januari 2026, 24 uur per week (ma, di, wo)") + [
         ("h", "Personalia"),
         ("rows", [("Naam", ["Sandra Kolkman"]), ("Woonplaats", ["Kampen"]), ("Telefoon", ["06-50318824"]),
                   ("E-mail", ["sandra.kolkman@example.nl"]), ("Geboortejaar", ["1983"])]),
         ("h", "Profiel"),
         ("p", "Sandra is een energieke teamleider die al ruim twaalf jaar leidinggeeft in het sociaal domein van "
               "Zwolle en Kampen. Ze kent het werk van de werkvloer, weet wat medewerkers nodig hebben om hun werk "
               "goed te doen en stuurt op afspraken. Haar achtergrond in personeel en organisatie helpt bij "
               "formatie, werving en teamontwikkeling."),
         ("h", "Werkervaring"),
         ("ptab", sk),
         ("h", "Opleiding"),
         ("p", "Bachelor Human Resource Management, Hogeschool Windesheim, Zwolle, 2003 – 2007 — diploma behaald"),
         ("p", "Havo, Ichthus College, Kampen, 1998 – 2003 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Leidinggeven in het sociaal domein, Hogeschool Windesheim (2015) — certificaat",
                 "Motiverende gespreksvoering (2014)", "Werken met de meldcode (2019)"]),
         ("h", "Hobby's"),
         ("p", "Hardlopen langs de IJssel, lezen en koken."),
         ("h", "Referenties"),
         ("p", "Marjolein Dekker, afdelingshoofd Sociaal Domein, gemeente Kampen, 06-50318825"),
         ("p", "Erik Veldhuis, manager Wijkteams, gemeente Zwolle, 06-50318826")],
   expect=dict(pages=3, edu=("hbo", True, False), coord=154, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2 (85, EUR 86), shortlisted. IJsselpoort house style: a cover page "
                     "(Kandidaatvoorstel; the account manager Lotte Visscher's phone and e-mail, the rate, 'in "
                     "loondienst bij IJsselpoort Detachering B.V.'), then the CV with one small table per position "
                     "('Periode | Functie' / period | title / 'Werkgever | employer'). Teamleider Sociaal Team, "
                     "Gemeente Kampen 'oktober 2018 tot op heden' = 2018-10..2025-11 = 86 + Coördinator Wijkteam "
                     "Noord, Gemeente Zwolle 'februari 2013 – september 2018' = 68 -> 154; the adviser P&O years "
                     "(66) are not leading. Bachelor Human Resource Management, diploma -> hbo, not MWD or Social "
                     "Work -> criterion 4 = 0 (the Windesheim leergang is a course). Criteria 6, 7, 8 in the "
                     "Kampen position. Candidate phone and e-mail from Personalia (06-50318824, "
                     "sandra.kolkman@...), not the account manager's. The agency KvK in the footer is no zzp "
                     "indication. Cover + CV = 3 pages (limit 5)."))

# ------------------------------------------------------------------------- Fleur Brummelman (pdf) Canva, direct
FB6 = ("Voorbeeld beleid naar resultaat: het seniorenbeleid van de gemeente Epe (2021) heb ik met de "
       "beleidsadviseur vertaald naar drie concrete projecten: een huiskamer in elke kern, een belteam tegen "
       "eenzaamheid en valpreventie. Resultaat 2024: 260 ouderen doen mee en 40 nieuwe vrijwilligers.")
FB7 = ("Werkt samen met zorgaanbieders in de wijkverpleging, huisartsen, zorgverzekeraar Menzis en de partners van "
       "de publiek-private samenwerking (PPS) 'Vitaal ouder worden in Epe'.")
FB8 = ("Projectleider van de verhuizing van het ouderenwerk naar het nieuwe dorpshuis in Vaassen (2023) en van de "
       "veranderopgave 'Eén loket voor ouderen'.")
fb = [pos("06/2020 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijnswerk Noord-Veluwe Oost",
          ["Coördineert het ouderenwerk: zes ouderenadviseurs, twee mantelzorgconsulenten en 120 vrijwilligers.",
           "Werkverdeling, urenplanning, werkoverleg en jaargesprekken; bewaakt het budget.", FB6, FB7, FB8],
          ("2020-06", REF), 66, True),
      pos("01/2022 – 12/2022", "Waarnemend coördinator Mantelzorgsteunpunt", "Stichting Welzijnswerk Noord-Veluwe Oost",
          ["Naast mijn eigen functie, tijdens het verlof van een collega: 8 uur per week."],
          ("2022-01", "2022-12"), 12, True),
      pos("09/2014 – 05/2020", "Ouderenadviseur", "Stichting Welzijnswerk Noord-Veluwe Oost",
          ["Huisbezoeken bij ouderen, advies over wonen, welzijn en zorg; begeleiding van vrijwillige "
           "ouderenadviseurs."],
          ("2014-09", "2020-05"), 69, False),
      pos("02/2011 – 08/2014", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Apeldoorn",
          ["Hulp aan volwassenen en gezinnen bij geldzorgen, relatieproblemen en rouw."],
          ("2011-02", "2014-08"), 43, False)]
FB_RATE = "€ 81,00 per uur excl. btw"
cv(file="Fleur Brummelman.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Fleur Brummelman", email="f.brummelman@example.com", phone="06-33820175", rate=FB_RATE,
   exp=fb, crit_text={"6": FB6, "7": FB7, "8": FB8}, refs=["Nicole Bloemendaal", "Jeroen Habers"],
   must_have=["Naast mijn eigen functie, tijdens het verlof van een collega"],
   html=dict(template="canva",
             side=[("photo",),
                   ("h", "CONTACT"),
                   ("ci", "Telefoon", "06-33820175"), ("ci", "E-mail", "f.brummelman@example.com"),
                   ("ci", "Woonplaats", "Vaassen"),
                   ("h", "VAARDIGHEDEN"),
                   ("bl", ["Coachend leidinggeven", "Plannen en organiseren", "Werken met vrijwilligers",
                           "Registratie in DA Systems"]),
                   ("h", "TALEN"),
                   ("p", "Nederlands — moedertaal"), ("p", "Engels — goed"), ("p", "Duits — redelijk"),
                   ("h", "BESCHIKBAAR"),
                   ("p", "Per 1 januari 2026, 24 uur per week"),
                   ("h", "TARIEF"),
                   ("p", FB_RATE),
                   ("h", "HOBBY'S"),
                   ("p", "Tuinieren, hardlopen en aquarelleren.")],
             main=[("title", "Fleur Brummelman"), ("sub", "Coördinator welzijn ouderen"),
                   ("h", "PROFIEL"),
                   ("p", "Ik ben een warme, praktische coördinator die het beste haalt uit professionals en "
                         "vrijwilligers. Sinds 2020 coördineer ik het ouderenwerk in Epe en Vaassen; daarvoor was ik "
                         "ouderenadviseur en maatschappelijk werker. Ik houd van overzicht, duidelijke afspraken en "
                         "korte lijnen met inwoners."),
                   ("h", "WERKERVARING"),
                   ("tl", fb),
                   ("h", "OPLEIDING"),
                   ("tledu", [("2007 – 2011", "Bachelor Social Work", "Saxion, Deventer — diploma behaald"),
                              ("2002 – 2007", "Havo", "Veluws College Cortenbosch, Apeldoorn — diploma")]),
                   ("h", "CURSUSSEN"),
                   ("bl", ["Leidinggeven aan vrijwilligers, 2021", "Omgaan met dementie, 2018",
                           "Valpreventie In Balans, 2023"]),
                   ("h", "REFERENTIES"),
                   ("ref", "Nicole Bloemendaal", "directeur, Stichting Welzijnswerk Noord-Veluwe Oost", "06-33820176"),
                   ("ref", "Jeroen Habers", "beleidsadviseur ouderen, gemeente Epe", "06-33820177")]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=81.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (75, EUR 81; Jurgen Wassenberg also 75 at EUR 84,50 -> the lower rate "
                     "wins the third shortlist place), shortlisted. Sent directly; Canva-like (Chromium): a photo "
                     "placeholder box in a beige left column, the experience on a left timeline. Coördinator "
                     "Welzijn Ouderen, Stichting Welzijnswerk Noord-Veluwe Oost '06/2020 – heden' = "
                     "2020-06..2025-11 = 66; the 'Waarnemend coördinator Mantelzorgsteunpunt' '01/2022 – "
                     "12/2022' (12, relevant) lies inside it ('Naast mijn eigen functie') -> counted once: 66, not "
                     "78. Ouderenadviseur and maatschappelijk werker not leading. 66 >= 60 -> ko 3 pass "
                     "(month-exact, no review); 66 < 72 -> criterion 5 = 0. Bachelor Social Work, diploma behaald "
                     "-> mwd 15. Criteria 6, 7, 8 in the main position."))

# ------------------------------------------------------------------------- Jurgen Wassenberg (docx) Hanzeschakel
JW6 = ("Voorbeeld beleid naar resultaat: het beleidsplan sociaal domein 'Hattem naar elkaar' (2021) heb ik met het "
       "team vertaald naar een jaarwerkplan met concrete afspraken per wijk en per kern; resultaat in 2023: een "
       "wachttijd voor een keukentafelgesprek van twee in plaats van zes weken.")
JW7 = ("Vast overleg met zorgaanbieders, de huisartsen en hun praktijkondersteuners, zorgverzekeraar Zilveren Kruis "
       "en de cliëntenraad; namens de gemeente deelnemer aan de publiek-private samenwerking (PPS) 'Langer thuis "
       "in Hattem'.")
jw = [pos("01-2020 – heden", "Teamleider Wmo en Jeugd", "Gemeente Hattem",
          ["Leiding aan 14 consulenten Wmo en jeugd en twee administratief medewerkers; werkverdeling, coaching en "
           "jaargesprekken.",
           "Verantwoordelijk voor formatie, werving en selectie en de inzet van uren, in afstemming met HR.",
           "Bewaakt het budget voor maatwerkvoorzieningen en rapporteert maandelijks aan de manager.", JW6, JW7],
          ("2020-01", REF), 71, True),
      pos("04-2016 t/m 12-2019", "Coördinator Ouderenwerk en Mantelzorg", "Stichting Welzijnswerk Oldebroek",
          ["Coördinatie van vier ouderenadviseurs, de mantelzorgconsulent en 90 vrijwilligers.",
           "Organiseerde de mantelzorgwaardering en de maaltijdservice in Wezep en Oldebroek."],
          ("2016-04", "2019-12"), 45, True),
      pos("09-2010 t/m 03-2016", "Ouderenadviseur", "Stichting Welzijnswerk Oldebroek",
          ["Huisbezoeken bij ouderen, advies over wonen, welzijn en zorg."],
          ("2010-09", "2016-03"), 67, False)]
JW_RATE = "€ 84,50 per uur (excl. btw)"
cv(file="Jurgen Wassenberg.docx", fmt="docx", layout="single", footer=HZ_FOOTER,
   name="Jurgen Wassenberg", email="j.wassenberg@example.com", phone="06-28145530", rate=JW_RATE,
   exp=jw, crit_text={"6": JW6, "7": JW7}, refs=["Ingrid Schoemaker", "Dirk-Jan Bosman"],
   zzp_negated=[HZ_FOOTER],
   body=[hz_header("Jurgen Wassenberg", "06-28145530", "j.wassenberg@example.com", "Hattem"),
         ("barh", "Profiel"),
         ("p", "Jurgen is een nuchtere en betrokken teamleider uit Hattem. Hij werkt bijna tien jaar leidinggevend "
               "in zorg en welzijn: eerst bij een welzijnsstichting, nu bij de gemeente Hattem. Hij is sterk in het "
               "organiseren van het dagelijkse werk, bewaakt afspraken en geeft medewerkers vertrouwen. Jurgen is "
               "in loondienst bij Hanzeschakel Detachering en wordt op basis van detachering ingezet."),
         ("barh", "Inzet voor Heerde"),
         ("p", "Beschikbaar: per 1 januari 2026, 24 uur per week"),
         ("p", "Tarief: " + JW_RATE),
         ("barh", "Werkervaring"),
         ("pos", "datebold", jw),
         ("barh", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2006 – 2010 — diploma behaald"),
         ("p", "Havo, Greijdanus, Zwolle, 2001 – 2006 — diploma"),
         ("barh", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2021)", "Motiverende gespreksvoering (2017)", "Omgaan met dementie (2013)"]),
         ("barh", "Hobby's"),
         ("p", "Volleybal, fotografie en koken voor vrienden."),
         ("barh", "Referenties"),
         ("p", "Ingrid Schoemaker, manager Sociaal Domein, gemeente Hattem, 06-28145531"),
         ("p", "Dirk-Jan Bosman, directeur, Stichting Welzijnswerk Oldebroek, 06-28145532")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=116, refs=(2, False), zzp=False, hourly=84.5,
               crit=(15, 25, 15, 20, 0),
               notes="ELIGIBLE, rank 4 (75, EUR 84,50; loses the tie on 75 to Fleur Brummelman's EUR 81), not "
                     "shortlisted. Hanzeschakel house style (contact only in the page header's table). Teamleider "
                     "Wmo en Jeugd, Gemeente Hattem '01-2020 – heden' = 71 + Coördinator Ouderenwerk en "
                     "Mantelzorg, Stichting Welzijnswerk Oldebroek '04-2016 t/m 12-2019' = 45 -> 116 (ouderenadviseur "
                     "67 not leading). Bachelor Social Work, diploma -> mwd. Criterion 6: 'Voorbeeld beleid naar "
                     "resultaat' (beleidsplan -> jaarwerkplan with concrete afspraken -> wachttijd result); 7: "
                     "zorgaanbieders, huisartsen, Zilveren Kruis, PPS. Criterion 8 = 0: no project, change "
                     "assignment, reorganisation, transition or implementation anywhere (he organises the daily "
                     "work). In loondienst bij the agency; its KvK in the footer is no zzp indication."))

# ------------------------------------------------------------------------- Wendy Roeterink (docx) direct, newest last
WR7 = ("Maakt afspraken met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Voorst Vitaal'.")
WR8 = ("Projectleider van de transitie van de jeugdzorg en de nieuwe Wmo in Apeldoorn (2014 – 2015): inrichting "
       "van het Wmo-loket en de toegang.")
wr = [pos("1999 – 2004", "Groepsleider", "Stichting Jeugdhulp De Boog",
          ["Begeleiding van jongeren in een leefgroep; contact met ouders en scholen."],
          ("1999-01", "2004-12"), 72, False, yearonly=True),
      pos("jan. 2005 – jun. 2012", "Consulent Zorg en Welzijn", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en woningaanpassingen."],
          ("2005-01", "2012-06"), 90, False),
      pos("jul. 2012 – dec. 2017", "Teamleider Wmo-loket", "Gemeente Apeldoorn",
          ["Leiding aan 15 consulenten en twee administratief medewerkers; werkverdeling en coaching.", WR8],
          ("2012-07", "2017-12"), 66, True),
      pos("sinds januari 2018", "Manager Zorg en Welzijn", "Gemeente Voorst",
          ["Leiding aan drie teams (Wmo, jeugd en welzijn; 32 medewerkers) via twee teamleiders.",
           "Verantwoordelijk voor formatie, werving en selectie en een budget van € 9 miljoen.", WR7],
          ("2018-01", REF), 95, True)]
cv(file="Wendy Roeterink.docx", fmt="docx", layout="single",
   name="Wendy Roeterink", email="wendy.roeterink@example.nl", phone="06-17720348", rate=None,
   exp=wr, crit_text={"7": WR7, "8": WR8}, refs=["Anja Klein Gunnewiek", "Jos van Dalen"],
   body=[("title", "Curriculum vitae"),
         ("pb", "Wendy Roeterink"),
         ("p", "Twello  ·  06-17720348  ·  wendy.roeterink@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik werk ruim twintig jaar in zorg en welzijn, sinds 2012 leidinggevend bij gemeenten. Als manager "
               "zorg en welzijn in Voorst stuur ik drie teams aan. Ik houd van duidelijke afspraken, korte lijnen met "
               "inwoners en ruimte voor vakmanschap. Graag ga ik weer dichter bij het team werken, als coördinator "
               "welzijn in Heerde."),
         ("h", "Werkervaring (van oud naar nieuw)"),
         ("pos", "sample", wr),
         ("h", "Opleiding"),
         ("p", "Havo, Veluws College Walterbosch, Apeldoorn, 1990 – 1995 — diploma"),
         ("p", "Bachelor Pedagogiek, Hogeschool Windesheim, Zwolle, 1995 – 1999 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leiderschap in het sociaal domein, 2013", "Lean werken in de gemeente, 2016",
                 "Coachend leidinggeven, 2020"]),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week."),
         ("h", "Hobby's"),
         ("p", "Wandelen, tennis en de moestuin."),
         ("h", "Referenties"),
         ("p", "Anja Klein Gunnewiek, gemeentesecretaris, gemeente Voorst, 06-17720349"),
         ("p", "Jos van Dalen, manager Maatschappelijke Ontwikkeling, gemeente Apeldoorn, 06-17720350")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=161, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 5 (70, no rate stated), not shortlisted. Sent directly; experience listed "
                     "from old to new (newest last), 'title – employer' with the period under it. Teamleider "
                     "Wmo-loket, Gemeente Apeldoorn 'jul. 2012 – dec. 2017' = 66 + Manager Zorg en Welzijn, "
                     "Gemeente Voorst 'sinds januari 2018' = 2018-01..2025-11 = 95 -> 161 (groepsleider '1999 – "
                     "2004' and consulent not leading; the year-only period is not relevant, so no threshold "
                     "depends on it). Bachelor Pedagogiek, diploma -> hbo, not MWD -> criterion 4 = 0. Criterion "
                     "6 = 0: no example of policy turned into projects or results anywhere. 7: zorgaanbieders, "
                     "huisartsen, Menzis, PPS; 8: projectleider transitie jeugdzorg/Wmo."))

# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Gert Oltmans (docx) IJsselpoort, ko 2
GO6 = ("Voorbeeld beleid naar resultaat: het preventiebeleid 'Opgroeien in Staphorst' (2019) heb ik vertaald naar "
       "vier concrete projecten in het jaarwerkplan, waaronder een meidengroep en een aanpak tegen alcohol onder 16 "
       "jaar; resultaat: 30 % minder jongeren die alcohol drinken in de jeugdmonitor van 2023.")
GO7 = ("Werkt samen met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren "
       "Kruis en de partners van de publiek-private samenwerking (PPS) 'Gezond Opgroeien Staphorst'.")
GO8 = ("Projectleider van het veranderproject 'Jongerenwerk in de wijk' (2021 – 2022): van een jongerencentrum naar "
       "ambulant werken in vijf kernen.")
go = [pos("mei 2017 – heden", "Coördinator Jongerenwerk en Preventie", "Stichting Welzijnswerk Staphorst",
          ["Coördinatie van het team jongerenwerk en preventie (7 medewerkers) en 40 vrijwilligers.",
           "Planning, urenverdeling en budgetbewaking; rapportage aan de directeur en de gemeente.", GO6, GO7, GO8],
          ("2017-05", REF), 103, True),
      pos("januari 2012 – april 2017", "Teamleider Jeugd", "Gemeente Zwartewaterland",
          ["Leiding aan het jeugdteam (8 medewerkers); inrichting van de jeugdhulp na 2015."],
          ("2012-01", "2017-04"), 64, True),
      pos("sept. 2000 – dec. 2011", "Jongerenwerker", "Stichting Welzijnswerk Staphorst",
          ["Ambulant jongerenwerk en het jongerencentrum in Staphorst en IJhorst."],
          ("2000-09", "2011-12"), 136, False)]
GO_RATE = "€ 78,50 per uur excl. btw"
GO_HBO = "Hbo Social Work (deeltijd), Hogeschool Windesheim, Zwolle, 2011 – 2013 — niet afgerond"
cv(file="Gert Oltmans.docx", fmt="docx", layout="single", footer=IJ_FOOTER,
   name="Gert Oltmans", email="gert.oltmans@example.com", phone="06-21987639", rate=GO_RATE,
   exp=go, crit_text={"6": GO6, "7": GO7, "8": GO8}, refs=["Anneke Mulder", "Bert Kamphuis"],
   zzp_negated=[IJ_FOOTER], must_have=[IJ_CONTACT, GO_HBO, "MBO Sociaal Pedagogisch Werk (SPW) niveau 4"],
   body=ij_cover("Gert Oltmans", "Coördinator jongerenwerk en preventie", GO_RATE,
                 "Per 1 januari 2026, 24 uur per week (di, wo, do)") + [
         ("h", "Personalia"),
         ("rows", [("Naam", ["Gert Oltmans"]), ("Woonplaats", ["Staphorst"]), ("Telefoon", ["06-21987639"]),
                   ("E-mail", ["gert.oltmans@example.com"]), ("Geboortejaar", ["1978"])]),
         ("h", "Profiel"),
         ("p", "Gert is een ervaren coördinator in het jongerenwerk en de jeugd, met een groot netwerk in de kop van "
               "Overijssel. Hij is direct, betrouwbaar en weet jongeren, ouders en professionals te verbinden. Hij "
               "brengt structuur aan en laat zijn team groeien."),
         ("h", "Werkervaring"),
         ("ptab", go),
         ("h", "Opleiding"),
         ("p", GO_HBO),
         ("p", "MBO Sociaal Pedagogisch Werk (SPW) niveau 4, Landstede, Zwolle, 1996 – 2000 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Signaleren van huiselijk geweld (2018)", "Teamcoaching (2020)", "Omgaan met agressie (2009)"]),
         ("h", "Hobby's"),
         ("p", "Voetbaltrainer bij de jeugd van SC Staphorst en vissen."),
         ("h", "Referenties"),
         ("p", "Anneke Mulder, directeur, Stichting Welzijnswerk Staphorst, 06-21987640"),
         ("p", "Bert Kamphuis, manager Samenleving, gemeente Zwartewaterland, 06-21987641")],
   expect=dict(pages=3, edu=("mbo", False, False), coord=167, refs=(2, False), zzp=False, hourly=78.5,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Hbo Social Work (deeltijd), Hogeschool Windesheim, 2011 – 2013 — "
                     "niet afgerond' is no completed bachelor; the completed diploma is MBO SPW niveau 4 -> highest "
                     "level mbo, no hbo bachelor, not MWD -> criterion 4 = 0. IJsselpoort house style (cover page + "
                     "position tables). Otherwise strong: Coördinator Jongerenwerk en Preventie, Stichting "
                     "Welzijnswerk Staphorst 'mei 2017 – heden' = 103 + Teamleider Jeugd, Gemeente Zwartewaterland "
                     "'januari 2012 – april 2017' = 64 -> 167 (jongerenwerker 136 not leading); criteria 6, 7, 8 "
                     "present -> 85. A wrong pass would rank him second (85, EUR 78,50)."))

# ------------------------------------------------------------------------- Karin Nijhof (docx) direct, Van | Tot, ko 3
KN6 = ("Voorbeeld beleid naar resultaat: de wijkvisie 'Samen in De Hoven' van de gemeente Zutphen (2022) heb ik "
       "vertaald naar drie concrete projecten in ons jaarwerkplan: een buurtkamer, een klussendienst en een taalcafé. "
       "Resultaat 2024: 180 bewoners doen mee en 25 nieuwe vrijwilligers.")
KN7 = ("Werkt samen met zorgaanbieders, de huisartsen in de wijk, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Zutphen Gezond'.")
KN8 = "Projectleider van de verhuizing en herinrichting van het buurtcentrum De Hoven (2023)."


def vt(van, tot, t, e, tasks, span, m, rel):
    p = pos(f"{van} {tot}", t, e, tasks, span, m, rel)
    p["van"], p["tot"] = van, tot
    return p


kn = [vt("09-2021", "heden", "Coördinator Buurtwerk", "Stichting Welzijn Zutphen-Warnsveld",
         ["Coördinatie van zes buurtwerkers en 70 vrijwilligers in vier wijken; planning en werkoverleg.",
          KN6, KN7, KN8],
         ("2021-09", REF), 51, True),
      vt("02-2015", "08-2021", "Buurtwerker", "Stichting Welzijn Zutphen-Warnsveld",
         ["Bewonersinitiatieven, buurtkamers en de burenhulp in De Hoven en Warnsveld."],
         ("2015-02", "2021-08"), 79, False),
      vt("09-2012", "01-2015", "Medewerker Klantcontact", "Gemeente Zutphen",
         ["Telefonische en balievragen over zorg, werk en inkomen."],
         ("2012-09", "2015-01"), 29, False)]
KN_RATE = "€ 72,- per uur excl. btw"
cv(file="Karin Nijhof.docx", fmt="docx", layout="single",
   name="Karin Nijhof", email="karin.nijhof@example.nl", phone="06-38810461", rate=KN_RATE,
   exp=kn, crit_text={"6": KN6, "7": KN7, "8": KN8}, refs=["Hanneke Wullink", "Rob Eijsink"],
   body=[("title", "Curriculum Vitae"),
         ("rows", [("Naam", ["Karin Nijhof"]), ("Woonplaats", ["Zutphen"]), ("Telefoon", ["06-38810461"]),
                   ("E-mail", ["karin.nijhof@example.nl"]), ("Geboortejaar", ["1990"])]),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator buurtwerk in Zutphen en werk al meer dan tien jaar in de wijken van mijn eigen "
               "stad. Ik ben een aanpakker, kan goed luisteren en zorg dat bewoners, vrijwilligers en professionals "
               "elkaar vinden. Nu wil ik de stap maken naar een bredere coördinerende rol in het welzijnswerk."),
         ("h", "Werkervaring"),
         ("vantot", ["Van", "Tot", "Functie en werkgever", "Werkzaamheden"], kn),
         ("h", "Opleiding"),
         ("table", ["Van", "Tot", "Opleiding", "Diploma"],
          [["2008", "2012", "Bachelor Social Work, Saxion, Deventer", "ja, behaald in 2012"],
           ["2003", "2008", "Havo, Baudartius College, Zutphen", "ja"]]),
         ("h", "Cursussen"),
         ("bl", ["Vrijwilligersmanagement (2022)", "Signaleren van armoede (2019)"]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + KN_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Hobby's"),
         ("p", "Zingen in een popkoor, fietsen en puzzelen."),
         ("h", "Referenties"),
         ("p", "Hanneke Wullink, directeur, Stichting Welzijn Zutphen-Warnsveld, 06-38810462"),
         ("p", "Rob Eijsink, beleidsadviseur wijkgericht werken, gemeente Zutphen, 06-38810463")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=51, refs=(2, False), zzp=False, hourly=72.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Only Coördinator Buurtwerk, Stichting Welzijn Zutphen-Warnsveld "
                     "counts: 'Van 09-2021 | Tot heden' = 2021-09..2025-11 = 51 < 60, month-exact -> fail, not "
                     "review; criterion 5 = 0. Buurtwerker (79) and medewerker klantcontact (29) are not leading. "
                     "Sent directly; an application-form table 'Van | Tot | Functie | Werkgever' with the start and "
                     "the end of each period in cells of their own, the tasks in a fourth column 'Werkzaamheden'. "
                     "Bachelor Social Work, 'Diploma: ja, behaald in 2012' -> mwd. Criteria 6, 7, 8 present -> 75. "
                     "A wrong pass would take the third shortlist place (75 at EUR 72)."))

# ------------------------------------------------------------------------- Rutger Spijkerman (pdf) Google Docs, zzp
RS6 = ("Voorbeeld beleid naar resultaat: het uitvoeringsplan bij de beleidsnota 'Olst-Wijhe verbindt' (2023) heb ik "
       "vertaald naar vier concrete projecten in het jaarwerkplan 2024; resultaat: een vast spreekuur in alle kernen "
       "en een halvering van de wachtlijst Wmo.")
RS7 = ("Maakte afspraken met zorgaanbieders, huisartsen, zorgverzekeraar Salland en de cliëntenraad; namens "
       "Deventer lid van de publiek-private samenwerking (PPS) 'Deventer Vitaal'.")
RS8 = ("Projectleider van de reorganisatie van het sociaal team Olst-Wijhe (2024): nieuwe rollen, een nieuwe "
       "werkwijze en de invoering van DA Systems.")
rs = [pos("feb 2023 – heden", "Interim teamleider Sociaal Domein", "Gemeente Olst-Wijhe",
          ["Opdracht via mijn eigen bedrijf: leiding aan het sociaal team (12 medewerkers).", RS6, RS8],
          ("2023-02", REF), 34, True),
      pos("jun 2015 – jan 2023", "Teamleider Wmo en Jeugd", "Gemeente Deventer",
          ["Leiding aan 20 consulenten Wmo en jeugd; werkverdeling, coaching en jaargesprekken.", RS7],
          ("2015-06", "2023-01"), 92, True),
      pos("sep 2008 – mei 2015", "Wmo-consulent", "Gemeente Deventer",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."],
          ("2008-09", "2015-05"), 81, False)]
RS_RATE = "€ 97,50 per uur, excl. btw"
RS_ZZP = ("Sinds februari 2023 werk ik als zzp'er onder de naam Spijkerman Sociaal Management (KvK 93847561) en "
          "neem ik opdrachten aan bij gemeenten.")
cv(file="Rutger Spijkerman.pdf", fmt="pdf", layout="single",
   name="Rutger Spijkerman", email="rutger@spijkerman-sociaal.example.nl", phone="06-45019283", rate=RS_RATE,
   exp=rs, crit_text={"6": RS6, "7": RS7, "8": RS8}, refs=["Margreet Altena", "Wim Heijink"],
   must_have=[RS_ZZP],
   body=[("docfont", "Arial", 11),
         ("gdtitle", "Rutger Spijkerman"),
         ("p", "Olst  |  06-45019283  |  rutger@spijkerman-sociaal.example.nl"),
         ("gdh", "Profiel"),
         ("p", "Ik ben een ervaren leidinggevende in het sociaal domein met een nuchtere, open stijl. " + RS_ZZP +
               " Daarvoor was ik ruim zeven jaar teamleider Wmo en jeugd bij de gemeente Deventer."),
         ("gdh", "Werkervaring"),
         ("gdpos", rs),
         ("gdh", "Opleiding"),
         ("gdline", "HBO Maatschappelijk Werk en Dienstverlening – Saxion, Deventer", "2004 – 2008"),
         ("p", "Diploma behaald."),
         ("gdh", "Cursussen"),
         ("bl", ["Leidinggeven aan zelforganiserende teams (2019)", "Prince2 Foundation (2018)"]),
         ("gdh", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + RS_RATE + ". Beschikbaar vanaf 1 januari 2026 voor 24 uur per week."),
         ("gdh", "Hobby's"),
         ("p", "Schaatsen, zeilen op het Zwarte Water en lezen."),
         ("gdh", "Referenties"),
         ("p", "Margreet Altena, manager Sociaal Domein, gemeente Olst-Wijhe, 06-45019284"),
         ("p", "Wim Heijink, afdelingshoofd Zorg en Welzijn, gemeente Deventer, 06-45019285")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=126, refs=(2, False), zzp=True, hourly=97.5,
               crit=FULL,
               notes="REVIEW: knock-out 1. 'Sinds februari 2023 werk ik als zzp'er onder de naam Spijkerman "
                     "Sociaal Management (KvK 93847561)' and 'Opdracht via mijn eigen bedrijf' -> a ZZP indication "
                     "-> review (the request excludes a ZZP-er as inschrijver; a person decides), as samples' "
                     "Willem de Graaf. Sent directly, typed in Google Docs: Arial 11, bold headings, each position "
                     "'title – employer' then tabs, then the period. Otherwise full marks: Interim teamleider "
                     "Sociaal Domein, Gemeente Olst-Wijhe 'feb 2023 – heden' = 34 + Teamleider Wmo en Jeugd, "
                     "Gemeente Deventer 'jun 2015 – jan 2023' = 92 -> 126 (92 without the assignment: ko 3 and "
                     "criterion 5 do not depend on it); Wmo-consulent not leading. HBO MWD, diploma behaald -> "
                     "mwd. EUR 97,50."))
