# -*- coding: utf-8 -*-
"""Holdout round 25 for zeef: 14 fictional CVs (7 PDF, 7 DOCX) of the kinds named in the issue, in the
shape of the owner's blind evaluation: every layout (single column, a sidebar table, Europass with the dates
in a left-hand column, experience as a table, contact only in the page header), every date style the issue
lists, the education cases ("diploma behaald", a propedeuse, "niet afgerond", "gestopt", "hbo werk- en
denkniveau", MWD and Social Work, MBO Sociaal Werk niveau 4), relevance (coordinator / manager / teamleider /
leidinggevende in the social domain, welfare, care, area teams at a gemeente or a welzijnsstichting; a
B.V. that is not; overlapping positions merged), references ("op aanvraag"), ZZP indications, the hourly
rate and a tie on score broken by the lower rate, language (Dutch with English job titles; Afrikaans,
German, English) and a 6-page CV. Six candidates are eligible; the other eight fail or need review for
exactly one reason each. Written without looking at the pipeline's source or rules/.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout25/make-holdout25.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ========================================================================= ELIGIBLE CANDIDATES

# ------------------------------------------------------------------------- Anouk Verbeek (pdf)
# Single column. "2015 – heden" at a welzijnsstichting, overlapping a teamleider role at a gemeente
# (merged once); an earlier year-only non-leading role; HBO MWD "diploma behaald"; rate "€ 87,50".
AV6 = ("Voorbeeld: de Epese beleidsnota 'Iedereen doet mee' heb ik samen met het team vertaald naar een "
       "jaarwerkplan met vier concrete projecten – een buurtkamer in Vaassen, een maatjesproject tegen "
       "eenzaamheid, een steunpunt voor jonge mantelzorgers en een klussendienst – met doelen die we twee keer "
       "per jaar meten en aan de gemeente rapporteren.")
AV7 = ("Ik werk nauw samen met zorgaanbieders, huisartsen, de GGD, zorgverzekeraar Menzis en woningcorporaties; "
       "met lokale bedrijven en de gemeente zette ik een publiek-private samenwerking (PPS) op voor vervoer "
       "van ouderen naar de dagbesteding.")
AV8 = ("Projectleider van het verandertraject waarin drie losse welzijnsteams zijn samengegaan tot één team "
       "(2019–2020): projectplan, klankbordgroep met medewerkers en evaluatie na een jaar.")
av = [pos("2015 – heden", "Coördinator Welzijn en Mantelzorg", "Stichting Samen Welzijn Oost-Veluwe",
          ["Aansturing van 11 beroepskrachten en circa 150 vrijwilligers in Epe, Vaassen en Emst.",
           "Verantwoordelijk voor formatie, werving en het jaarbudget van € 1,4 miljoen.",
           AV6, AV7, AV8],
          ("2015-01", REF), 131, True, True),
      pos("maart 2013 – juni 2016", "Teamleider Wmo-loket", "Gemeente Hattem",
          ["Leiding aan zes Wmo-consulenten; tot medio 2016 combineerde ik deze functie (16 uur) met de "
           "opbouw van het coördinatorschap bij de stichting."],
          ("2013-03", "2016-06"), 40, True),
      pos("2008 – 2013", "Maatschappelijk werker", "Stichting Samen Welzijn Oost-Veluwe",
          ["Hulp bij financiële en relationele problemen, huisbezoeken."],
          ("2008-01", "2013-12"), 72, False, True)]
AV_RATE = "€ 87,50 per uur (exclusief btw)"
cv(file="Anouk Verbeek.pdf", fmt="pdf", layout="single",
   name="Anouk Verbeek", email="anouk.verbeek@example.nl", phone="06-41729035", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Jeroen Lubbers", "Hester van Dam"],
   body=[("title", "Anouk Verbeek"),
         ("p", "Emst  ·  06-41729035  ·  anouk.verbeek@example.nl"),
         ("p", "Uurtarief: " + AV_RATE + "  ·  beschikbaar 24 uur per week"),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn met ruim tien jaar leidinggevende ervaring bij een welzijnsstichting en een "
               "gemeente op de Veluwe. Ik houd van korte lijnen, zoek de verbinding tussen beleidsadviseurs en "
               "de mensen die het werk doen en zorg dat afspraken ook echt landen in de wijk."),
         ("h", "Werkervaring"),
         ("pos", "sample", av),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer (2004 – 2008), "
               "diploma behaald in juni 2008"),
         ("p", "Leergang Coachend Leidinggeven, 2014"),
         ("h", "Referenties"),
         ("p", "Jeroen Lubbers, directeur-bestuurder Stichting Samen Welzijn Oost-Veluwe, 06-41729036"),
         ("p", "Hester van Dam, afdelingsmanager Samenleving, gemeente Hattem, 06-41729037")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=153, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="Single column. Coördinator Welzijn en Mantelzorg, Stichting Samen Welzijn Oost-Veluwe "
                     "'2015 – heden' = 2015-01..2025-11 (131; coordinator + welzijn + welzijnsstichting) and "
                     "Teamleider Wmo-loket, Gemeente Hattem 'maart 2013 – juni 2016' = 40 (teamleider + Wmo + "
                     "gemeente) overlap 2015-01..2016-06 (18 months) -> merged 2013-03..2025-11 = 153, not 171. "
                     "The narrowest reading of '2015' does not change the merged span (the Hattem role covers "
                     "2015). Maatschappelijk werker '2008 – 2013': no leading role. HBO MWD 'diploma behaald' -> "
                     "hbo, mwd, criterion 4. Criteria 6/7/8 under the current role. Two named references. Rate "
                     "'€ 87,50 per uur' -> 87.5. 100 points."))


# ------------------------------------------------------------------------- Bram Veldkamp (docx)
# Contact ONLY in the page header; "september 2010 tot en met augustus 2014"; the title "Leidinggevende".
BV6 = ("Beleid naar resultaat: het Voorster beleidsplan sociaal domein 2020–2024 heb ik omgezet in een "
       "jaarwerkplan per gebiedsteam, met concrete projecten (een vroegsignaleringsaanpak schulden, een "
       "ontmoetingsplek in Twello en een jongerenwerkplaats) en een kwartaalrapportage aan het college.")
BV7 = ("Samenwerkingspartners: zorgaanbieders in de Wmo en jeugd, huisartsen en praktijkondersteuners, "
       "zorgverzekeraar Menzis, de GGD Noord- en Oost-Gelderland en een publiek-private samenwerking (PPS) met "
       "winkeliersvereniging en woningcorporatie voor werkervaringsplekken.")
BV8 = ("Projectmatig: kwartiermaker en projectleider van de reorganisatie van vier wijkteams naar twee "
       "gebiedsteams (2015–2016).")
bv = [pos("september 2014 – heden", "Leidinggevende Gebiedsteams Zorg en Welzijn", "Gemeente Voorst",
          ["Leiding aan twee gebiedsteams (28 medewerkers): Wmo, jeugd, schuldhulp en participatie.",
           "Formatie, werving en selectie, verdeling van uren en bewaking van het teambudget.",
           BV6, BV7, BV8],
          ("2014-09", REF), 135, True),
      pos("september 2010 tot en met augustus 2014", "Teamleider Jeugd en Gezin", "Gemeente Brummen",
          ["Opbouw en leiding van het Centrum voor Jeugd en Gezin (9 medewerkers)."],
          ("2010-09", "2014-08"), 48, True),
      pos("februari 2006 – augustus 2010", "Jeugdconsulent", "Gemeente Brummen",
          ["Vraagverheldering met ouders en jongeren, toeleiding naar jeugdhulp."],
          ("2006-02", "2010-08"), 55, False)]
BV_RATE = "Uurtarief: € 92,- (excl. btw)"
cv(file="Bram Veldkamp.docx", fmt="docx", layout="header",
   header="Bram Veldkamp  |  Twello  |  06-27518390  |  bram.veldkamp@example.com",
   name="Bram Veldkamp", email="bram.veldkamp@example.com", phone="06-27518390", rate=BV_RATE,
   exp=bv, crit_text={"6": BV6, "7": BV7, "8": BV8}, refs=["Marianne Scholten", "Erik Tijssen"],
   body=[("title", "Curriculum vitae"),
         ("pb", BV_RATE),
         ("h", "Over mij"),
         ("p", "Al vijftien jaar geef ik leiding in het sociaal domein van twee Gelderse gemeenten. Ik ben "
               "rustig, duidelijk en durf knopen door te hakken; medewerkers noemen me een verbinder die ook "
               "de cijfers op orde houdt."),
         ("h", "Loopbaan"),
         ("pos", "pipe", bv),
         ("h", "Opleidingen"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen, 2001 – 2005, "
               "diploma behaald"),
         ("p", "Post-hbo Leidinggeven in het sociaal domein, 2012"),
         ("h", "Referenties"),
         ("p", "Marianne Scholten, afdelingsmanager Maatschappij, gemeente Voorst, 06-27518391"),
         ("p", "Erik Tijssen, wethouder Jeugd en Zorg, gemeente Brummen, 06-27518392")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="Name, place, phone and e-mail only in the page header (the body title is 'Curriculum "
                     "vitae'). Leidinggevende Gebiedsteams Zorg en Welzijn, Gemeente Voorst 2014-09..2025-11 = "
                     "135 (leidinggevende + gebiedsteams/zorg/welzijn + gemeente) + Teamleider Jeugd en Gezin, "
                     "Gemeente Brummen 'september 2010 tot en met augustus 2014' = 48 -> contiguous 183. "
                     "Jeugdconsulent: no leading role. HBO MWD 'diploma behaald'. Rate € 92. 100 points."))


# ------------------------------------------------------------------------- Maaike Brinkhuis (docx)
# Experience as a table (Periode | Functie | Werkgever); "01-2012 t/m 12-2018" and "sinds 2021"; a
# propedeuse HBO Social Work before a WO master Sociologie (the propedeuse is no MWD). Tie at 85 with
# Harm Wolters, won on the lower rate (€ 86,50 < € 89).
MB6 = ("Beleid omzetten in resultaat: de Raalter nota 'Samen redzaam' heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (dorpsteams in Heino en Luttenberg, een mantelzorgwaardering en een "
       "vrijwilligersvacaturebank) met meetbare doelen en een halfjaarlijkse evaluatie.")
MB7 = ("Vaste samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis "
       "en een publiek-private samenwerking (PPS) met de Rabobank en lokale bedrijven rond "
       "buurtvervoer.")
MB8 = ("Projectleider van de invoering van het nieuwe registratiesysteem voor de welzijnsteams (2022) en van "
       "de reorganisatie van het Wmo-loket naar een integrale toegang (2016–2017).")
mb = [pos("sinds 2021", "Coördinator Welzijn", "Stichting Welzijn Salland Midden",
          ["Coördinatie van drie welzijnsteams (15 medewerkers) in Raalte en Heino; formatie en budget.",
           MB6, MB7],
          ("2021-01", REF), 59, True, True),
      pos("01-2019 t/m 12-2020", "Beleidsadviseur Sociaal Domein", "Gemeente Raalte",
          ["Advisering over de Wmo-verordening en subsidies voor welzijn."],
          ("2019-01", "2020-12"), 24, False),
      pos("01-2012 t/m 12-2018", "Teamleider Wmo en Participatie", "Gemeente Raalte",
          ["Leiding aan 12 consulenten Wmo en participatie.", MB8],
          ("2012-01", "2018-12"), 84, True)]
MB_RATE = "Tarief: € 86,50 per uur excl. btw"
cv(file="Maaike Brinkhuis.docx", fmt="docx", layout="single",
   name="Maaike Brinkhuis", email="m.brinkhuis@example.nl", phone="06-15830264", rate=MB_RATE,
   exp=mb, crit_text={"6": MB6, "7": MB7, "8": MB8}, refs=["Gerrit Hulsebos", "Ans Wigman"],
   body=[("title", "Maaike Brinkhuis"),
         ("p", "Heino  ·  06-15830264  ·  m.brinkhuis@example.nl  ·  " + MB_RATE),
         ("h", "Profiel"),
         ("p", "Sociologe met ruim dertien jaar ervaring als teamleider en coördinator in het sociaal domein "
               "in Salland. Ik werk graag methodisch en cyclisch en houd van teams die zelf verantwoordelijkheid "
               "nemen."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], mb),
         ("h", "Taken en resultaten"),
         ("tasks", mb),
         ("h", "Opleiding"),
         ("p", "Master Sociologie, Rijksuniversiteit Groningen (2000 – 2005) — diploma behaald"),
         ("p", "Propedeuse HBO Social Work, Hanzehogeschool Groningen (1999 – 2000); daarna overgestapt naar de "
               "universiteit"),
         ("h", "Referenties"),
         ("p", "Gerrit Hulsebos, directeur Stichting Welzijn Salland Midden, 06-15830265"),
         ("p", "Ans Wigman, teammanager Samenleving, gemeente Raalte, 06-15830266")],
   expect=dict(pages=1, edu=("wo", True, False), coord=143, refs=(2, False), zzp=False, hourly=86.5,
               crit=(0, 25, 15, 20, 25),
               notes="Experience as a 3-column table, newest first. Coördinator Welzijn, Stichting Welzijn Salland "
                     "Midden 'sinds 2021' = 2021-01..2025-11 = 59 (narrowest 2021-12.. = 48) + Teamleider Wmo en "
                     "Participatie, Gemeente Raalte '01-2012 t/m 12-2018' = 84 -> 143 (narrowest 132). "
                     "Beleidsadviseur 01-2019 t/m 12-2020: no leading role. Master Sociologie 'diploma behaald' -> "
                     "wo, knock-out 2 pass; the HBO Social Work ended after the propedeuse -> NOT mwd, criterion 4 "
                     "0. 85 points, rate 86.50: ties with Harm Wolters (85, € 89) and ranks above him on the "
                     "lower rate."))


# ------------------------------------------------------------------------- Harm Wolters (pdf)
# Europass: dates in the left-hand column, personal details as label rows; "jan. 2012 – dec. 2018" and
# "2019 - nu"; HBO Bestuurskunde "diploma behaald" + a WO master "niet afgerond" -> highest completed hbo.
HW6 = ("Voorbeeld: het regionale beleidskader 'Wonen, welzijn en zorg Noord-Veluwe' heb ik vertaald naar "
       "een jaarwerkplan voor de wijkteams met concrete projecten – een valpreventieprogramma, "
       "wijkspreekuren in Wezep en 't Harde en een mantelzorgcafé – inclusief monitoring en evaluatie.")
HW7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie en een supermarktketen rond "
       "buurtontmoeting.")
HW8 = ("Projectleider van de transitie van de jeugdzorg naar de gemeente Oldebroek (2014–2015) en van de "
       "verandering van losse loketten naar één sociaal team.")
hw = [pos("2019 - nu", "Coördinator Wijkteams", "Stichting Welzijn De Brink",
          ["Coördinatie van vier wijkteams in Oldebroek, Wezep en 't Harde (20 medewerkers).", HW6, HW7],
          ("2019-01", REF), 83, True, True),
      pos("jan. 2012 – dec. 2018", "Manager Zorg en Welzijn", "Gemeente Oldebroek",
          ["Leiding aan de teams Wmo, jeugd en welzijn (31 medewerkers); formatie en budget.", HW8],
          ("2012-01", "2018-12"), 84, True),
      pos("sep. 2006 – dec. 2011", "Beleidsmedewerker Welzijn", "Gemeente Elburg",
          ["Subsidies en prestatieafspraken met welzijnsorganisaties."],
          ("2006-09", "2011-12"), 64, False)]
HW_RATE = "€ 89,00 per uur, excl. btw"
cv(file="Harm Wolters.pdf", fmt="pdf", layout="single",
   name="Harm Wolters", email="harm.wolters@example.com", phone="06-93057128", rate=HW_RATE,
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Ellen Brouwer", "Kees Rikkert"],
   body=[("title", "Curriculum vitae Europass"),
         ("rows", [("Naam", ["Harm Wolters"]), ("Woonplaats", ["Wezep"]), ("Telefoon", ["06-93057128"]),
                   ("E-mail", ["harm.wolters@example.com"]), ("Uurtarief", [HW_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", hw),
         ("h", "Opleiding en training"),
         ("rows", [("2008 – 2011", ["Master Public Administration, Universiteit Twente", "niet afgerond"]),
                   ("2001 – 2005", ["HBO Bestuurskunde / Overheidsmanagement, Hogeschool Windesheim",
                                    "diploma behaald"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Talen", ["Nederlands (moedertaal), Engels (goed), Duits (redelijk)"]),
                   ("Sterk in", ["Verbinden, structureren, knopen doorhakken"])]),
         ("h", "Referenties"),
         ("rows", [("Ellen Brouwer", ["bestuurder Stichting Welzijn De Brink, 06-93057129"]),
                   ("Kees Rikkert", ["gemeentesecretaris, gemeente Oldebroek, 06-93057130"])])],
   expect=dict(pages=2, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Europass with dates in a left-hand column. Coördinator Wijkteams, Stichting Welzijn De Brink "
                     "'2019 - nu' = 2019-01..2025-11 = 83 (narrowest 2019-12.. = 72) + Manager Zorg en Welzijn, "
                     "Gemeente Oldebroek 'jan. 2012 – dec. 2018' = 84 -> contiguous 167 (narrowest 156). "
                     "Beleidsmedewerker: no leading role. Education rows: Master Public Administration 'niet "
                     "afgerond' does not count; HBO Bestuurskunde 'diploma behaald' -> highest completed level hbo, "
                     "knock-out 2 pass, not MWD -> criterion 4 0. References as name | function rows: 2. 85 "
                     "points, rate 89: ties with Maaike Brinkhuis (85, € 86,50) and ranks below her."))


# ------------------------------------------------------------------------- Esra Kaya (docx)
# Sidebar table (contact, rate, languages left). "vanaf mei 2020" (67, between 60 and 72) and "maart 2016 -
# juni 2019" as teamleider at a home-care B.V. (not a gemeente or welzijnsstichting).
EK6 = ("Beleid naar resultaat: het Apeldoornse programma 'Gezond in de wijk' heb ik voor Noord vertaald naar "
       "een jaarwerkplan met concrete projecten (een beweegcoach voor ouderen, een buurtloket schulden en "
       "huiskamers in drie wijken) met doelen per kwartaal.")
EK7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met woningcorporatie De Woonmensen en het bedrijfsleven.")
EK8 = "Projectleider van het verandertraject 'Eén gebiedsteam Noord' in 2021 en 2022, met projectplan, stuurgroep en evaluatie."
ek = [pos("vanaf mei 2020", "Coördinator Gebiedsteam Noord", "Gemeente Apeldoorn",
          ["Coördinatie van het gebiedsteam (16 professionals Wmo, jeugd en welzijn); formatie, werving en budget.",
           EK6, EK7, EK8],
          ("2020-05", REF), 67, True),
      pos("juli 2019 – april 2020", "Consulent Wmo", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken en indicaties."],
          ("2019-07", "2020-04"), 10, False),
      pos("maart 2016 - juni 2019", "Teamleider Wijkverpleging", "Zorggroep Veluwezoom B.V.",
          ["Leiding aan een team van 14 wijkverpleegkundigen en verzorgenden."],
          ("2016-03", "2019-06"), 40, False)]
EK_RATE = "€ 86,00 / uur excl. btw"
cv(file="Esra Kaya.docx", fmt="docx", layout="sidebar",
   name="Esra Kaya", email="esra.kaya@example.nl", phone="06-50284917", rate=EK_RATE,
   exp=ek, crit_text={"6": EK6, "7": EK7, "8": EK8}, refs=["Sander Wiltink", "Ilona de Graaf"],
   left=[("title", "Esra Kaya"),
         ("h", "Contact"),
         ("p", "Apeldoorn"), ("p", "06-50284917"), ("p", "esra.kaya@example.nl"),
         ("h", "Tarief"),
         ("p", EK_RATE),
         ("h", "Talen"),
         ("p", "Nederlands, Turks, Engels"),
         ("h", "Beschikbaar"),
         ("p", "24 uur per week, per direct")],
   right=[("h", "Profiel"),
          ("p", "Coördinator van een gebiedsteam in Apeldoorn met een achtergrond in de wijkverpleging en de Wmo. "
                "Ik ben nieuwsgierig, direct en zorg dat mijn team weet waar het aan toe is."),
          ("h", "Werkervaring"),
          ("pos", "datebold", ek),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Enschede, 2011 – 2015 — diploma behaald"),
          ("p", "MBO Verpleegkunde (niveau 4), 2007 – 2011 — diploma behaald"),
          ("h", "Referenties"),
          ("p", "Sander Wiltink, teammanager Sociaal Domein, gemeente Apeldoorn, 06-50284918"),
          ("p", "Ilona de Graaf, regiomanager Zorggroep Veluwezoom B.V., 06-50284919")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=67, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="Sidebar table (contact, rate, languages left). Coördinator Gebiedsteam Noord, Gemeente "
                     "Apeldoorn 'vanaf mei 2020' = 2020-05..2025-11 = 67 (coordinator + gebiedsteam + gemeente). "
                     "Teamleider Wijkverpleging at Zorggroep Veluwezoom B.V. 'maart 2016 - juni 2019' (40): a leading "
                     "role in care, but at a care company, not a gemeente or welzijnsstichting -> not relevant. "
                     "Consulent Wmo: no leading role. 67 >= 60 -> knock-out 3 pass; 67 < 72 -> criterion 5 0 "
                     "(counting the B.V. would give 107 and 25 points). Bachelor Social Work 'diploma behaald' -> "
                     "mwd. 75 points, rate 86."))


# ------------------------------------------------------------------------- Koen Dijkema (pdf)
# A Dutch CV with English job titles ("Area Manager Care & Welfare", "Team Lead Youth & Families"):
# language nl. MBO Sociaal Werk (niveau 4) + HBO Toegepaste Psychologie: hbo, not MWD. No criterion-8 work.
KD6 = ("Het gemeentelijke beleidsplan 'Gezond en veilig opgroeien' heb ik vertaald naar een jaarwerkplan met "
       "concrete resultaten: een inlooppunt voor jongeren, een vast aanspreekpunt jeugd op elke basisschool "
       "en wachttijden onder de zes weken.")
KD7 = ("Ik werk samen met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en "
       "in een publiek-private samenwerking (PPS) met sportclubs en bedrijven.")
kd = [pos("09/2014 – heden", "Area Manager Care & Welfare", "Gemeente Deventer",
          ["Leiding aan drie wijkteams Zorg en Welzijn (35 medewerkers) in Colmschate, Keizerslanden en "
           "Rivierenwijk; formatie, werving en budget.", KD6, KD7],
          ("2014-09", REF), 135, True),
      pos("09/2010 – 08/2014", "Team Lead Youth & Families", "Gemeente Olst-Wijhe",
          ["Leiding aan het jeugdteam (8 medewerkers); casusoverleg en kwaliteit."],
          ("2010-09", "2014-08"), 48, True),
      pos("08/2005 – 08/2010", "Ambulant hulpverlener", "Stichting Jeugdhulp Salland",
          ["Begeleiding van gezinnen thuis."],
          ("2005-08", "2010-08"), 61, False)]
KD_RATE = "Uurtarief € 83,- excl. btw"
cv(file="Koen Dijkema.pdf", fmt="pdf", layout="single",
   name="Koen Dijkema", email="koen.dijkema@example.com", phone="06-62019483", rate=KD_RATE,
   exp=kd, crit_text={"6": KD6, "7": KD7}, refs=["Lisette Nijhof", "Wim Bakhuis"],
   body=[("title", "Koen Dijkema"),
         ("p", "Deventer  |  06-62019483  |  koen.dijkema@example.com  |  " + KD_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef al vijftien jaar leiding aan teams in jeugd, zorg en welzijn bij twee gemeenten in "
               "Salland. Mijn functietitels zijn Engels, omdat Deventer die sinds 2014 gebruikt; het werk is "
               "gewoon Nederlands: teams aansturen, inwoners helpen en de wijk kennen."),
         ("h", "Werkervaring"),
         ("pos", "datebold", kd),
         ("h", "Opleiding"),
         ("p", "HBO Toegepaste Psychologie, Saxion Hogeschool Deventer, 2005 – 2009, diploma behaald"),
         ("p", "MBO Sociaal Werk (niveau 4), ROC Aventus, 2001 – 2005, diploma behaald"),
         ("h", "Referenties"),
         ("p", "Lisette Nijhof, directeur Samenleving, gemeente Deventer, 06-62019484"),
         ("p", "Wim Bakhuis, gemeentesecretaris, gemeente Olst-Wijhe, 06-62019485")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=183, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 0),
               notes="Dutch CV with English job titles -> language nl (every sentence Dutch). Area Manager Care & "
                     "Welfare, Gemeente Deventer 2014-09..2025-11 = 135 (manager + care/welfare + gemeente) + Team "
                     "Lead Youth & Families, Gemeente Olst-Wijhe 2010-09..2014-08 = 48 (team lead + youth + "
                     "gemeente) -> 183. Ambulant hulpverlener: no leading role. HBO Toegepaste Psychologie "
                     "'diploma behaald' -> hbo, knock-out 2 pass; MBO Sociaal Werk (niveau 4) is MBO, not the HBO "
                     "Social Work -> not mwd, criterion 4 0. No project or change work anywhere -> criterion 8 0. "
                     "60 points, rate 83."))


# ========================================================================= NOT ELIGIBLE / REVIEW (one reason each)

# ------------------------------------------------------------------------- Wendy Scholten (pdf)
# ONE REASON: knock-out 2 fail. HBO MWD "gestopt na het tweede jaar", written in a sidebar; MBO diploma only.
WS6 = ("Voorbeeld: de Lochemse visie op het sociaal domein heb ik vertaald naar een jaarwerkplan met concrete "
       "projecten (een dorpsteam in Barchem, een ontmoetingsplek voor statushouders en vroegsignalering van "
       "schulden) die elk halfjaar worden geëvalueerd.")
WS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met bedrijven voor leerwerkplekken.")
WS8 = "Projectleider van de reorganisatie van het Wmo-loket en het CJG tot één toegang (2017–2018)."
ws = [pos("februari 2011 – heden", "Coördinator Wijkteams", "Gemeente Lochem",
          ["Coördinatie van de wijkteams Lochem, Gorssel en Eefde (22 medewerkers); formatie en budget.",
           WS6, WS7, WS8],
          ("2011-02", REF), 178, True),
      pos("augustus 2004 – januari 2011", "Medewerker Wmo-loket", "Gemeente Lochem",
          ["Informatie en advies aan inwoners."],
          ("2004-08", "2011-01"), 78, False)]
WS_RATE = "Uurtarief € 84 excl. btw"
cv(file="Wendy Scholten.pdf", fmt="pdf", layout="sidebar",
   name="Wendy Scholten", email="wendy.scholten@example.nl", phone="06-38261704", rate=WS_RATE,
   exp=ws, crit_text={"6": WS6, "7": WS7, "8": WS8}, refs=["Rob Hesselink", "Joke Zwiers"],
   must_have=["gestopt na het tweede jaar"],
   left=[("title", "Wendy Scholten"),
         ("h", "Contact"),
         ("p", "Lochem"), ("p", "06-38261704"), ("p", "wendy.scholten@example.nl"),
         ("h", "Tarief"), ("p", WS_RATE),
         ("h", "Opleiding"),
         ("p", "2002 – 2004"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer, gestopt na het tweede jaar"),
         ("p", "1998 – 2002"),
         ("p", "MBO Sociaal Pedagogisch Werk, ROC Aventus, diploma behaald")],
   right=[("h", "Profiel"),
          ("p", "Ervaren coördinator van de wijkteams in Lochem: praktisch, benaderbaar en goed in het "
                "bij elkaar brengen van mensen."),
          ("h", "Werkervaring"),
          ("pos", "dateline", ws),
          ("h", "Referenties"),
          ("p", "Rob Hesselink, teammanager Sociaal Domein, gemeente Lochem, 06-38261705"),
          ("p", "Joke Zwiers, wethouder Zorg, gemeente Lochem, 06-38261706")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=178, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail. The sidebar says the HBO MWD was 'gestopt na het tweede jaar' "
                     "(not completed); the only diploma is MBO Sociaal Pedagogisch Werk -> highest completed mbo, "
                     "no hbo bachelor -> knock-out 2 fail, not mwd. Everything else passes: Coördinator Wijkteams, "
                     "Gemeente Lochem 2011-02..2025-11 = 178; Medewerker Wmo-loket not leading; two references; rate "
                     "84. Score 85 (criteria are scored, but not eligible)."))


# ------------------------------------------------------------------------- Ronald Kuipers (docx)
# ONE REASON: knock-out 2 fail. MBO "Sociaal Werk" niveau 4 plus "hbo werk- en denkniveau".
RK6 = ("Beleid naar praktijk: de Kamper ouderennota heb ik vertaald naar een jaarwerkplan met concrete "
       "projecten (huisbezoeken aan alle 75-plussers, een digicafé en een boodschappendienst) met "
       "resultaten per kwartaal.")
RK7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met supermarkten en de woningcorporatie.")
RK8 = "Projectleider van de verhuizing en herinrichting van drie buurthuizen tot één wijkcentrum (2019)."
rk = [pos("okt. 2013 – heden", "Teamleider Welzijn Ouderen", "Stichting Welzijn Kampen-IJsseldelta",
          ["Leiding aan 9 ouderenadviseurs en 120 vrijwilligers; rooster, werving en budget.", RK6, RK7, RK8],
          ("2013-10", REF), 146, True),
      pos("jan. 2006 – sep. 2013", "Ouderenadviseur", "Stichting Welzijn Kampen-IJsseldelta",
          ["Huisbezoeken, advies over wonen en zorg."],
          ("2006-01", "2013-09"), 93, False)]
RK_RATE = "Tarief: € 82,50 per uur (excl. btw)"
cv(file="Ronald Kuipers.docx", fmt="docx", layout="single",
   name="Ronald Kuipers", email="ronald.kuipers@example.nl", phone="06-74102938", rate=RK_RATE,
   exp=rk, crit_text={"6": RK6, "7": RK7, "8": RK8}, refs=["Gerda Hofman", "Mustafa Yilmaz"],
   must_have=["hbo werk- en denkniveau", "MBO Sociaal Werk (niveau 4)"],
   body=[("title", "Ronald Kuipers"),
         ("p", "Kampen  ·  06-74102938  ·  ronald.kuipers@example.nl"),
         ("p", RK_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider in het ouderenwerk met twintig jaar ervaring bij dezelfde welzijnsstichting. Ik heb "
               "hbo werk- en denkniveau en leer het liefst in de praktijk."),
         ("h", "Werkervaring"),
         ("pos", "next", rk),
         ("h", "Opleiding"),
         ("p", "MBO Sociaal Werk (niveau 4), Deltion College Zwolle, 2002 – 2005, diploma behaald"),
         ("p", "Training Situationeel Leidinggeven, 2014 (certificaat)"),
         ("h", "Referenties"),
         ("p", "Gerda Hofman, directeur Stichting Welzijn Kampen-IJsseldelta, 06-74102939"),
         ("p", "Mustafa Yilmaz, beleidsadviseur Ouderen, gemeente Kampen, 06-74102940")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=146, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail. The only diploma is MBO Sociaal Werk (niveau 4) – an MBO, not the "
                     "HBO bachelor Social Work – and 'hbo werk- en denkniveau' is no diploma -> highest completed "
                     "mbo, knock-out 2 fail, not mwd. Everything else passes: Teamleider Welzijn Ouderen, Stichting "
                     "Welzijn Kampen-IJsseldelta 2013-10..2025-11 = 146 (teamleider + welzijn + welzijnsstichting); "
                     "Ouderenadviseur not leading; two references; rate 82.50. Score 85."))


# ------------------------------------------------------------------------- Ingrid Haverkamp (docx)
# ONE REASON: references check review ("Referenties worden op aanvraag verstrekt", no named referee).
# Europass; "2016 - 2019" (year-only, far from the thresholds).
IH6 = ("Voorbeeld: de Edese welzijnsvisie heb ik vertaald naar een jaarwerkplan met concrete projecten "
       "(een mantelzorgpas, respijtzorg in het weekend en een vrijwilligersacademie) waarover ik elk "
       "kwartaal rapporteer.")
IH7 = ("Samenwerking met zorgaanbieders, huisartsen, het ziekenhuis Gelderse Vallei, zorgverzekeraar Menzis "
       "en een publiek-private samenwerking (PPS) met werkgevers rond mantelzorgvriendelijk werken.")
IH8 = "Projectleider van de fusie van twee vrijwilligerscentrales tot één organisatie (2021)."
ih = [pos("januari 2020 – heden", "Manager Welzijn", "Stichting Wijkkracht Ede",
          ["Eindverantwoordelijk voor mantelzorg, vrijwilligerswerk en buurtwerk (19 medewerkers).",
           IH6, IH7, IH8],
          ("2020-01", REF), 71, True),
      pos("2016 - 2019", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Wijkkracht Ede",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale."],
          ("2016-01", "2019-12"), 48, True, True),
      pos("2009 - 2015", "Consulent Mantelzorg", "Gemeente Ede",
          ["Ondersteuning van mantelzorgers."],
          ("2009-01", "2015-12"), 84, False, True)]
IH_RATE = "€ 88,- per uur exclusief btw"
cv(file="Ingrid Haverkamp.docx", fmt="docx", layout="single",
   name="Ingrid Haverkamp", email="ingrid.haverkamp@example.com", phone="06-29473816", rate=IH_RATE,
   exp=ih, crit_text={"6": IH6, "7": IH7, "8": IH8}, refs=[],
   must_have=["Referenties worden op aanvraag verstrekt."],
   body=[("title", "Ingrid Haverkamp"),
         ("rows", [("Adres", ["Bennekom"]), ("Telefoon", ["06-29473816"]),
                   ("E-mail", ["ingrid.haverkamp@example.com"]), ("Uurtarief", [IH_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", ih),
         ("h", "Opleiding"),
         ("rows", [("2004 – 2008", ["HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede",
                                    "diploma behaald"])]),
         ("h", "Referenties"),
         ("p", "Referenties worden op aanvraag verstrekt.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(0, True), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ONE REASON: references check review. Under 'Referenties' only 'Referenties worden op aanvraag "
                     "verstrekt.' – no named referee (0), on request -> 'minimaal 2 referenties' cannot be checked: "
                     "review, not eligible. Everything else passes: Europass; Manager Welzijn, Stichting Wijkkracht "
                     "Ede 2020-01..2025-11 = 71 + Coördinator Mantelzorg en Vrijwilligers, same stichting '2016 - "
                     "2019' = 2016-01..2019-12 = 48 -> contiguous 119 (narrowest 2016-12..2019-01 = 26 -> 97, "
                     "still >= 72). Consulent Mantelzorg '2009 - 2015': not leading. HBO MWD. 100 points."))


# ------------------------------------------------------------------------- Jeroen Mensink (pdf)
# ONE REASON: knock-out 1 review (zzp'er with an eigen onderneming and a KvK-nummer).
JM_ZZP = ("Sinds april 2019 werk ik als zzp'er vanuit mijn eigen onderneming Mensink Sociaal Advies "
          "(KvK-nummer 74418263).")
JM6 = ("Voorbeeld: het Nijkerkse uitvoeringsplan sociaal domein heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een jongerenloket, een wachtlijstaanpak Wmo en buurtcoaches) met meetbare "
       "resultaten.")
JM7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met lokale werkgevers.")
JM8 = "Projectleider van de reorganisatie van het sociaal team Nijkerk naar drie kernteams (2020–2021)."
jm = [pos("april 2019 – heden", "Interim-coördinator Sociaal Team", "Gemeente Nijkerk",
          ["Opdracht via mijn eigen onderneming; coördinatie van het sociaal team (18 medewerkers).",
           JM6, JM7, JM8],
          ("2019-04", REF), 80, True),
      pos("oktober 2012 – maart 2019", "Teamleider Jeugd", "Gemeente Barneveld",
          ["Leiding aan het jeugdteam (11 medewerkers)."],
          ("2012-10", "2019-03"), 78, True)]
JM_RATE = "Uurtarief: € 95,- excl. btw"
cv(file="Jeroen Mensink.pdf", fmt="pdf", layout="single",
   name="Jeroen Mensink", email="jeroen@mensinksociaaladvies.example.nl", phone="06-81936250", rate=JM_RATE,
   exp=jm, crit_text={"6": JM6, "7": JM7, "8": JM8}, refs=["Monique Bosch", "Herman Vlastuin"],
   must_have=[JM_ZZP],
   body=[("title", "Jeroen Mensink"),
         ("p", "Nijkerk  ·  06-81936250  ·  jeroen@mensinksociaaladvies.example.nl"),
         ("p", JM_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein met dertien jaar ervaring. " + JM_ZZP),
         ("h", "Werkervaring"),
         ("pos", "sample", jm),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Utrecht, 2004 – 2008, diploma behaald"),
         ("h", "Referenties"),
         ("p", "Monique Bosch, afdelingsmanager Samenleving, gemeente Nijkerk, 06-81936251"),
         ("p", "Herman Vlastuin, teammanager Jeugd, gemeente Barneveld, 06-81936252")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=158, refs=(2, False), zzp=True, hourly=95.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review. 'Sinds april 2019 werk ik als zzp'er vanuit mijn eigen "
                     "onderneming Mensink Sociaal Advies (KvK-nummer 74418263)' -> ZZP indications (zzp, eigen "
                     "onderneming, KvK-nummer); the tender excludes a zzp'er as inschrijver -> review (samples "
                     "convention, as Willem de Graaf). Everything else passes: Interim-coördinator Sociaal Team, "
                     "Gemeente Nijkerk 2019-04..2025-11 = 80 + Teamleider Jeugd, Gemeente Barneveld 2012-10..2019-03 "
                     "= 78 -> 158; HBO MWD; two references; rate 95. 100 points."))


# ------------------------------------------------------------------------- Marthinus Steyn (pdf)
# ONE REASON: language fail (Afrikaans). Job title and employer in Dutch-like Afrikaans.
MS6 = ("Voorbeeld: die welsynsbeleid van die gemeente Putten het ek vertaal na 'n jaarwerkplan met konkrete "
       "projekte ('n ontmoetingsplek vir ouer mense, 'n maatjiesprojek en 'n jeugpunt) met meetbare doelwitte.")
MS7 = ("Samewerking met sorgverskaffers, huisdokters, die GGD, die mediese fonds Menzis en 'n publiek-private "
       "vennootskap (PPS) met plaaslike werkgewers.")
MS8 = "Projekleier van die herorganisasie van die welsynspan in 2022, met 'n projekplan en 'n stuurgroep."
ms = [pos("03/2015 – 10/2025", "Koördineerder Welsyn", "Stichting Welzijn Putten-Ermelo",
          ["Leiding aan die welsynspan (10 personeellede) en die vrywilligers; begroting en werwing.",
           MS6, MS7, MS8],
          ("2015-03", "2025-10"), 128, True),
      pos("01/2008 – 12/2014", "Maatskaplike werker", "Departement van Maatskaplike Ontwikkeling, Pretoria",
          ["Gesinsorg en berading."],
          ("2008-01", "2014-12"), 84, False)]
MS_RATE = "Tarief: € 86,00 per uur, BTW uitgesluit"
cv(file="Marthinus Steyn.pdf", fmt="pdf", layout="single", lang="af",
   name="Marthinus Steyn", email="marthinus.steyn@example.com", phone="06-47120395", rate=MS_RATE,
   exp=ms, crit_text={"6": MS6, "7": MS7, "8": MS8}, refs=["Wilma van Dijk", "Pieter Botha"],
   must_have=["Werkservaring", "Verwysings"],
   body=[("title", "Marthinus Steyn"),
         ("p", "Putten  ·  06-47120395  ·  marthinus.steyn@example.com"),
         ("pb", MS_RATE),
         ("h", "Oor my"),
         ("p", "Ek is 'n koördineerder in die welsynsektor en woon sedert 2015 in Nederland. Ek bou graag spanne "
               "op, hou van duidelike afsprake en werk nou saam met die gemeente en met vrywilligers."),
         ("h", "Werkservaring"),
         ("pos", "dateline", ms),
         ("h", "Opleiding"),
         ("p", "BA Sielkunde, Universiteit van Pretoria — voltooi in 2007"),
         ("h", "Tale"),
         ("p", "Afrikaans (moedertaal), Engels (vlot), Nederlands (goed)"),
         ("h", "Verwysings"),
         ("p", "Wilma van Dijk, direkteur Stichting Welzijn Putten-Ermelo, 06-47120396"),
         ("p", "Pieter Botha, hoof Maatskaplike Dienste, Pretoria, +27 12 555 0198")],
   expect=dict(pages=1, edu=("wo", True, False), coord=128, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25), lang="af",
               notes="ONE REASON: language fail. The CV is Afrikaans ('Ek is 'n koördineerder …', 'Werkservaring', "
                     "'Verwysings', 'voltooi in 2007'), close to Dutch but not Dutch -> 'opgesteld in het "
                     "Nederlands': fail. Other fields are the truth: Koördineerder Welsyn, Stichting Welzijn "
                     "Putten-Ermelo 2015-03..2025-10 = 128 (coordinator + welfare + welzijnsstichting); maatskaplike "
                     "werker not leading; BA Sielkunde (psychology), Universiteit van Pretoria -> wo, not MWD; two "
                     "named referees; rate 86. Score 85, not eligible on language only."))


# ------------------------------------------------------------------------- Sabine Krämer (docx)
# ONE REASON: language fail (German). Sidebar table.
SK6 = ("Beispiel: das Welzijnsbeleid der Gemeente Kerkrade habe ich in einen Jahresarbeitsplan mit konkreten "
       "Projekten (ein Nachbarschaftstreff, ein Besuchsdienst für Senioren und eine Schuldnerberatung im "
       "Quartier) mit messbaren Zielen übersetzt.")
SK7 = ("Zusammenarbeit mit Pflegeanbietern, Hausärzten, der GGD Zuid Limburg, der Krankenkasse CZ und einer "
       "öffentlich-privaten Partnerschaft (PPS) mit Unternehmen aus Kerkrade und Herzogenrath.")
SK8 = "Projektleiterin der Zusammenlegung zweier Quartiersteams (2020), mit Projektplan und Lenkungsgruppe."
sk = [pos("04/2017 – 10/2025", "Coördinator Wijkteam", "Gemeente Kerkrade",
          ["Leitung des Wijkteams Kerkrade-West (13 Mitarbeitende); Personalplanung und Budget.",
           SK6, SK7, SK8],
          ("2017-04", "2025-10"), 103, True),
      pos("09/2009 – 03/2017", "Sozialpädagogin", "Diakonie Aachen",
          ["Familienhilfe und Beratung."],
          ("2009-09", "2017-03"), 91, False)]
SK_RATE = "Stundensatz: 90,00 € (zzgl. MwSt.)"
cv(file="Sabine Krämer.docx", fmt="docx", layout="sidebar", lang="de",
   name="Sabine Krämer", email="s.kraemer@example.com", phone="+49 160 4418275", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7, "8": SK8}, refs=["Ralf Schmitz", "Yvonne Lemmens"],
   must_have=["Berufserfahrung", "Referenzen"],
   left=[("title", "Sabine Krämer"),
         ("h", "Kontakt"), ("p", "Herzogenrath"), ("p", "+49 160 4418275"), ("p", "s.kraemer@example.com"),
         ("h", "Stundensatz"), ("p", SK_RATE),
         ("h", "Sprachen"), ("p", "Deutsch (Muttersprache), Niederländisch (B2), Englisch (B2)")],
   right=[("h", "Profil"),
          ("p", "Ich bin Koordinatorin eines Wijkteams in Kerkrade und wohne auf der deutschen Seite der Grenze. "
                "Ich arbeite strukturiert, bringe Menschen zusammen und treffe klare Entscheidungen."),
          ("h", "Berufserfahrung"),
          ("pos", "dateline", sk),
          ("h", "Ausbildung"),
          ("p", "Bachelor of Arts Erziehungswissenschaft, Universität zu Köln — Abschluss 2009"),
          ("h", "Referenzen"),
          ("p", "Ralf Schmitz, Leiter Diakonie Aachen, +49 241 555 0147"),
          ("p", "Yvonne Lemmens, teammanager Sociaal Domein, Gemeente Kerkrade, 06-31872054")],
   expect=dict(pages=1, edu=("wo", True, False), coord=103, refs=(2, False), zzp=False, hourly=90.0,
               crit=(0, 25, 15, 20, 25), lang="de",
               notes="ONE REASON: language fail. German CV ('Profil', 'Berufserfahrung', 'Ausbildung', 'Referenzen', "
                     "every sentence) although the job title 'Coördinator Wijkteam' and employer 'Gemeente "
                     "Kerkrade' are Dutch -> fail. Other fields are the truth: Coördinator Wijkteam, Gemeente "
                     "Kerkrade 2017-04..2025-10 = 103 (relevant); Sozialpädagogin not leading; BA "
                     "Erziehungswissenschaft, Universität zu Köln -> wo, not MWD; two named referees; rate 90. Score "
                     "85, not eligible on language only."))


# ------------------------------------------------------------------------- Olivia Grant (docx)
# ONE REASON: language fail (English). "Jan 2012 – Present".
OG6 = ("Example: I translated the Amersfoort policy on loneliness into an annual work plan with concrete "
       "projects (a neighbourhood living room, a buddy scheme and home visits to everyone over 75) and "
       "measurable targets.")
OG7 = ("Cooperation with care providers, GPs, the GGD, health insurer Zilveren Kruis and a public-private "
       "partnership (PPS) with local businesses.")
OG8 = "Project lead for the reorganisation of the neighbourhood teams in 2018, with a project plan and a steering group."
og = [pos("Jan 2012 – Present", "Coordinator Wellbeing and Neighbourhood Teams", "Gemeente Amersfoort",
          ["Leading three neighbourhood teams (24 staff); staffing, recruitment and budget.", OG6, OG7, OG8],
          ("2012-01", REF), 167, True),
      pos("Sep 2009 – Dec 2011", "Social Worker", "Stichting Maatschappelijk Werk Eemland",
          ["Casework with families and older people."],
          ("2009-09", "2011-12"), 28, False)]
OG_RATE = "Rate: € 92.50 per hour excl. VAT"
cv(file="Olivia Grant.docx", fmt="docx", layout="single", lang="en",
   name="Olivia Grant", email="olivia.grant@example.com", phone="06-18364027", rate=OG_RATE,
   exp=og, crit_text={"6": OG6, "7": OG7, "8": OG8}, refs=["Bas Wolters", "Fiona McLeod"],
   body=[("title", "Olivia Grant"),
         ("p", "Amersfoort  |  06-18364027  |  olivia.grant@example.com"),
         ("pb", OG_RATE),
         ("h", "Profile"),
         ("p", "I am a coordinator in the social domain and have lived in the Netherlands since 2009. I lead "
               "teams with a clear focus on residents and I enjoy building bridges between policy and practice."),
         ("h", "Work experience"),
         ("pos", "pipe", og),
         ("h", "Education"),
         ("p", "Bachelor of Social Work, Hanze University of Applied Sciences Groningen — graduated 2009"),
         ("h", "References"),
         ("p", "Bas Wolters, head of the social domain department, Gemeente Amersfoort, 06-18364028"),
         ("p", "Fiona McLeod, former team manager, Stichting Maatschappelijk Werk Eemland, 06-18364029")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=92.5,
               crit=FULL, lang="en",
               notes="ONE REASON: language fail. The whole CV is English -> not 'opgesteld in het Nederlands'. Other "
                     "fields are the truth: Coordinator Wellbeing and Neighbourhood Teams, Gemeente Amersfoort "
                     "'Jan 2012 – Present' = 2012-01..2025-11 = 167 (relevant); Social Worker not leading; Bachelor "
                     "of Social Work at a Dutch hogeschool (Hanze) -> hbo, mwd; two named referees; rate 92.50. "
                     "100 points, not eligible on language only."))


# ------------------------------------------------------------------------- Gerda Wolthuis (pdf)
# ONE REASON: pages fail. A thorough CV of 6 pages (profile and match, experience, education, competences,
# references each on its own page).
GW6 = ("Voorbeeld beleid naar resultaat: de nota 'Welzijn op recept in Zwolle-Zuid' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (welzijnscoaches in vier huisartsenpraktijken, een wandelgroep en "
       "een taalcafé) en een halfjaarlijkse rapportage aan het college.")
GW7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en winkeliers in de wijk.")
GW8 = "Projectleider van het verandertraject 'Wijkteams 2.0' (2019–2020), met projectplan, stuurgroep en evaluatie."
gw = [pos("juni 2014 – heden", "Coördinator Wijkteams Zuid", "Gemeente Zwolle",
          ["Coördinatie van drie wijkteams (27 medewerkers) in Zwolle-Zuid.",
           "Formatie, werving en selectie en de verdeling van uren in afstemming met HR.",
           "Bewaking van het budget en de financiële kaders.", GW6, GW7, GW8],
          ("2014-06", REF), 138, True),
      pos("augustus 2009 – mei 2014", "Teamleider Welzijn", "Stichting Welzijn Zwolle-Zuid",
          ["Leiding aan opbouwwerkers en jongerenwerkers (12 medewerkers).",
           "Opzet van buurtteams in Assendorp en Kamperpoort."],
          ("2009-08", "2014-05"), 58, True),
      pos("september 2003 – juli 2009", "Opbouwwerker", "Stichting Welzijn Zwolle-Zuid",
          ["Bewonersparticipatie en buurtinitiatieven."],
          ("2003-09", "2009-07"), 71, False)]
GW_RATE = "Uurtarief: € 90,- excl. btw"
cv(file="Gerda Wolthuis.pdf", fmt="pdf", layout="single",
   name="Gerda Wolthuis", email="gerda.wolthuis@example.nl", phone="06-52930174", rate=GW_RATE,
   exp=gw, crit_text={"6": GW6, "7": GW7, "8": GW8}, refs=["Frank Heerink", "Saskia Oosterhof"],
   body=[("title", "Gerda Wolthuis"),
         ("p", "Zwolle  ·  06-52930174  ·  gerda.wolthuis@example.nl"),
         ("pb", GW_RATE),
         ("h", "Profiel"),
         ("p", "Ruim zestien jaar geef ik leiding in het welzijnswerk en de wijkteams van Zwolle, eerst bij de "
               "welzijnsstichting en sinds 2014 bij de gemeente. Ik breng rust en structuur, spreek mensen aan "
               "als het nodig is en houd het perspectief van de inwoner voorop."),
         ("h", "Aansluiting op de uitvraag"),
         ("bl", ["Afgeronde hbo-opleiding MWD (zie Opleiding).",
                 "Ruim zestien jaar leidinggevend in welzijn en wijkteams bij gemeente en welzijnsstichting.",
                 "Voorbeelden van beleid naar resultaat, samenwerking en veranderopgaven: zie Werkervaring."]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", gw[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "sample", gw[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, 1999 – 2003 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Teamleider in het sociaal domein (2015)", "Oplossingsgericht coachen (2018)",
                 "Werken met DA Systems (2023)"]),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend: ik neem een team mee in ontwikkeling.",
                 "Helder en besluitvaardig, ook bij tegenstellingen.",
                 "Kritisch op werkprocessen en gericht op verbetering.",
                 "Oog voor inwoners en bestuur."]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("break",),
         ("h", "Referenties"),
         ("p", "Frank Heerink, afdelingsmanager Wijkteams, gemeente Zwolle, 06-52930175"),
         ("p", "Saskia Oosterhof, directeur Stichting Welzijn Zwolle-Zuid, 06-52930176")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=196, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="ONE REASON: pages fail. The PDF has 6 pages (pdfinfo); the tender allows 'Maximaal 5 pagina's' "
                     "-> fail, not eligible. Everything else passes: Coördinator Wijkteams Zuid, Gemeente Zwolle "
                     "2014-06..2025-11 = 138 + Teamleider Welzijn, Stichting Welzijn Zwolle-Zuid 2009-08..2014-05 = "
                     "58 -> contiguous 196; Opbouwwerker not leading; HBO MWD; two references (page 6); rate 90. "
                     "100 points."))
