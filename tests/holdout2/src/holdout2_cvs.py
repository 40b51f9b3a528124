# -*- coding: utf-8 -*-
"""Holdout round 2 for zeef: 14 fictional CVs built around *decision traps* (a wrong pass or a
wrong fail is easy for a keyword matcher), written without looking at the pipeline's source or
rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities (Dutch, and one Flemish) and realistic fictional foundations.

Each CV is a dict (same shape as tests/holdout/src/holdout_cvs.py, plus a few keys):
  file, fmt (pdf | docx), lang (nl | en)
  name, email, phone       exactly as printed; None = not in the CV (the name may only be in the file name)
  rate                     the rate text as printed (checked against the rendering), or None
  layout                   single | sidebar | header          (rendered by tests/holdout/src/layout.py)
  body / left / right      a list of blocks (see tests/holdout/src/layout.py)
  post                     None | "nopages": drop <Pages> from docProps/app.xml (page count must be estimated)
  exp                      every position printed in the CV: d (date text as printed), t (title), e (employer),
                           tasks, span (first, last month; open ends = REF), m (months of that span, by hand),
                           rel (relevant by the default rules), yearonly (printed without months)
  crit_text                {"6"|"7"|"8": passage} the passage that earns the criterion (must be printed)
  refs                     names of the named references (checked against the rendering)
  zzp_negated              phrases that mention zzp only to deny it (removed before the ZZP word check)
  onreq_negated            phrases with "op aanvraag" that are not "references on request"
  english                  the English section of a Dutch CV (its share of the words is checked)
  must_have                extra phrases that must be in the rendering (the trap itself)
  expect                   pages, pages_exact, edu=(highest_level, hbo_bachelor_completed, mwd), coord,
                           refs=(count, on_request), zzp, hourly, crit=(4,5,6,7,8 points), lang, notes
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Anke Jacobs (pdf)
# TRAPS: exactly 5 pages (the limit is "maximaal 5": pass); two municipalities at once (merge:
# 131, not 147); "€ 85,- per uur (excl. BTW), bij 32 uur € 80,-" (the first stated rate: 85).
AJ6 = ("Voorbeeld van beleid naar resultaat: de nota 'Langer thuis in Nunspeet' heb ik samen met de "
       "beleidsadviseur vertaald naar een jaarwerkplan met vier concrete projecten (valpreventie, "
       "ontmoetingsplekken in iedere wijk, mantelzorgwaardering en een preventief huisbezoek 75+). Ieder "
       "project kreeg een trekker, een planning en meetbare doelen; na één jaar waren 640 preventieve "
       "huisbezoeken afgelegd.")
AJ7 = ("Structurele samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar Zilveren Kruis, "
       "en een publiek-private samenwerking (PPS) met woningcorporatie Uwoon rond het nieuwe wijkcentrum "
       "De Brink.")
AJ8 = ("Projectleider van de herinrichting van de toegang: van drie loketten naar één sociaal team, inclusief "
       "een nieuw registratiesysteem en nieuwe werkprocessen; de veranderopgave is binnen planning en budget "
       "afgerond.")
aj = [pos("september 2018 – heden", "Teamleider sociaal team", "gemeente Nunspeet",
          ["Leiding aan het sociaal team (19 medewerkers): Wmo-consulenten, jeugdconsulenten, "
           "schuldhulpverleners en ouderenadviseurs.",
           "Tot eind 2019 combineerde ik deze functie met mijn functie in Elburg (16 uur per week in Nunspeet).",
           "Verantwoordelijk voor formatie, werving & selectie en de inzet en verdeling van uren.",
           "Bewaken van het teambudget en de financiële kaders; kwartaalrapportage aan de afdelingsmanager.",
           "Coachen van medewerkers op eigenaarschap en methodisch werken; invoering van intervisie per "
           "deelteam.",
           AJ6, AJ7, AJ8],
          ("2018-09", REF), 87, True),
      pos("januari 2015 – december 2019", "Coördinator Wmo", "gemeente Elburg",
          ["Coördinatie van de Wmo-toegang en het loket Zorg & Welzijn (9 medewerkers).",
           "Werkverdeling, kwaliteitsbewaking van onderzoeksverslagen en beschikkingen.",
           "Opzetten van een maandelijkse casuïstiektafel met het maatschappelijk werk.",
           "Aanspreekpunt voor de wethouder bij bezwaarzaken en klachten."],
          ("2015-01", "2019-12"), 60, True),
      pos("maart 2010 – december 2014", "Wmo-consulent", "gemeente Elburg",
          ["Keukentafelgesprekken, onderzoek en advies over maatwerkvoorzieningen.",
           "Vast aanspreekpunt voor mantelzorgers in de kern Doornspijk."],
          ("2010-03", "2014-12"), 58, False),
      pos("2004 – 2009", "Maatschappelijk werker", "Stichting Welzijn Elburg",
          ["Individuele hulpverlening, groepswerk en spreekuren in de wijk."],
          ("2004-01", "2009-12"), 72, False, yearonly=True)]
AJ_RATE = "€ 85,- per uur (excl. BTW), bij 32 uur € 80,-"
cv(file="Anke Jacobs.pdf", fmt="pdf", layout="single",
   name="Anke Jacobs", email="anke.jacobs@example.nl", phone="06-24681357", rate=AJ_RATE,
   exp=aj, crit_text={"6": AJ6, "7": AJ7, "8": AJ8}, refs=["Hermien Kroes", "Jeroen Baan"],
   body=[("title", "Anke Jacobs"),
         ("p", "Coördinator welzijn  |  Nunspeet  |  06-24681357  |  anke.jacobs@example.nl"),
         ("h", "Tarief"),
         ("pb", AJ_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een verbindende leidinggevende in het sociaal domein. Ruim tien jaar geef ik leiding aan "
               "teams van consulenten en adviseurs bij twee Veluwse gemeenten, een tijd lang zelfs bij beide "
               "tegelijk. Ik houd overzicht over formatie, budget en voortgang, en ik zorg dat medewerkers "
               "zelf eigenaar zijn van hun werk."),
         ("p", "Wat ik meebreng voor Heerde: een team dat dicht bij de inwoner werkt, een heldere positie "
               "voor welzijn binnen de gemeentelijke organisatie en een methodische, cyclische manier van "
               "werken (plan, uitvoering, monitoring, evaluatie)."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Verbinden van beleid en uitvoering", "Coachend leidinggeven", "Besluitvaardig, ook bij "
                 "tegenstellingen", "Financieel bewust", "Helder in communicatie"]),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week, tot en met 30 juni 2026 en bij voorkeur langer."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", aj[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "sample", aj[1:]),
         ("break",),
         ("h", "Opleidingen"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle, 2000 – 2004, "
               "diploma behaald"),
         ("p", "Havo, Christelijk College Nassau-Veluwe, Harderwijk, diploma 2000"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Leidinggeven in het sociaal domein, Movisie (2016)",
                 "Oplossingsgericht coachen, Alba Academie (2019)",
                 "Budgetbeheer voor leidinggevenden, NCOI (2021)",
                 "Training DA Systems, gebruikersdag (2023)"]),
         ("h", "Nevenactiviteiten"),
         ("bl", ["Bestuurslid Stichting Dorpshuis Doornspijk (sinds 2017)",
                 "Vrijwilliger bij de Voedselbank Noord-Veluwe (2012 – 2016)"]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Hermien Kroes, afdelingsmanager Samenleving, gemeente Nunspeet, telefoon 06-70112233"),
         ("p", "Jeroen Baan, wethouder Zorg en Welzijn (tot 2022), gemeente Elburg, telefoon 06-70112234"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="Exactly 5 pages: the limit is 'maximaal 5' -> pages pass. Teamleider sociaal team gemeente "
                     "Nunspeet 2018-09..2025-11 (87) overlaps Coördinator Wmo gemeente Elburg 2015-01..2019-12 (60) "
                     "for 16 months (2018-09..2019-12): merged 2015-01..2025-11 = 131, not 147. Wmo-consulent and "
                     "maatschappelijk werker not relevant (role). Rate: the first stated rate, € 85 for this 24-hour "
                     "assignment ('bij 32 uur € 80,-' is a volume discount that does not apply). HBO MWD diploma "
                     "behaald -> MWD."))

# ------------------------------------------------------------------------- Bart Verhoeven (docx)
# TRAPS: a Flemish (Belgian Dutch) CV -> Dutch; "uurtarief: 92.50" (decimal point); a Flemish
# professional bachelor in Social Work (= HBO bachelor Social Work); Belgian mobile number.
BV6 = ("Voorbeeld van beleid naar resultaat: het meerjarenplan 'Zorgzaam Lommel' heb ik met het team omgezet "
       "in een actieplan met concrete projecten (buurtpunten, een aanpak tegen vereenzaming en een "
       "vrijwilligerspool). Elk project kreeg een trekker en meetbare doelen; in 2024 bereikten we 1.200 "
       "alleenwonende 75-plussers met een huisbezoek.")
BV8 = ("Projectleider van het verandertraject 'Eén Sociaal Huis': de integratie van de OCMW-diensten en de "
       "gemeentelijke welzijnsdienst tot één team, met nieuwe werkprocessen en een gezamenlijk "
       "registratiesysteem.")
bv = [pos("sinds januari 2019", "Coördinator Welzijn en Sociaal Huis", "Gemeente Lommel",
          ["Leiding over het team welzijn (14 medewerkers): ouderenconsulenten, buurtwerkers en het onthaal "
           "van het Sociaal Huis.",
           "Opvolging van het budget, de personeelsplanning en de aanwervingen, in overleg met de dienst "
           "personeel.",
           BV6, BV8,
           "Rapportering aan het college van burgemeester en schepenen en aan de algemeen directeur."],
          ("2019-01", REF), 83, True),
      pos("september 2008 – december 2018", "Maatschappelijk werker", "OCMW Mol",
          ["Sociale dienstverlening: leefloon, budgetbegeleiding en schuldbemiddeling.",
           "Huisbezoeken en opvolging van cliënten in armoede."],
          ("2008-09", "2018-12"), 124, False)]
BV_RATE = "uurtarief: 92.50"
cv(file="Bart Verhoeven.docx", fmt="docx", layout="single",
   name="Bart Verhoeven", email="bart.verhoeven@example.com", phone="+32 472 18 44 90", rate=BV_RATE,
   exp=bv, crit_text={"6": BV6, "8": BV8}, refs=["Els Peeters", "Koen Janssens"],
   must_have=["Gsm", "België", "schepenen", "Professionele bachelor in het Sociaal Werk"],
   body=[("title", "Bart Verhoeven"),
         ("p", "Coördinator welzijn – lokaal bestuur"),
         ("h", "Persoonsgegevens"),
         ("rows", [("Adres", ["Kerkstraat 12, 3920 Lommel (België)"]), ("Gsm", ["+32 472 18 44 90"]),
                   ("E-mail", ["bart.verhoeven@example.com"]), ("Geboortedatum", ["14 maart 1985"]),
                   ("Rijbewijs", ["B"])]),
         ("p", BV_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een geëngageerde coördinator met bijna zeven jaar ervaring als leidinggevende in het "
               "lokaal sociaal beleid in de Kempen, en daarvoor tien jaar als maatschappelijk werker. Sinds de "
               "integratie van gemeente en OCMW werk ik mee aan één toegankelijk Sociaal Huis, waar elke "
               "inwoner terechtkan met zijn vraag. Ik hou ervan om een team te coachen, knopen door te hakken "
               "en dossiers vlot te laten verlopen. De Nederlandse Veluwe spreekt mij aan; de overstap naar een "
               "Nederlandse gemeente zie ik als een logische volgende stap."),
         ("h", "Beroepservaring"),
         ("pos", "datebold", bv),
         ("h", "Opleidingen"),
         ("p", "Professionele bachelor in het Sociaal Werk, afstudeerrichting Maatschappelijk Werk, Thomas More "
               "Kempen (Geel) — diploma behaald in 2008"),
         ("p", "Postgraduaat Leidinggeven in de social profit, Karel de Grote Hogeschool — getuigschrift 2017"),
         ("p", "Secundair onderwijs: ASO Humane Wetenschappen, Sint-Jan Berchmanscollege Mol"),
         ("h", "Talenkennis"),
         ("p", "Nederlands: moedertaal · Frans: goed · Engels: goed"),
         ("h", "Referenties"),
         ("p", "Mevrouw Els Peeters, algemeen directeur Gemeente Lommel, gsm +32 476 11 22 33"),
         ("p", "De heer Koen Janssens, voormalig voorzitter van het OCMW Mol, gsm +32 476 11 22 34")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=83, refs=(2, False), zzp=False, hourly=92.5,
               crit=(15, 25, 15, 0, 25),
               notes="Flemish (Belgian Dutch: gsm, schepenen, OCMW, 'Ik hou ervan') is Dutch -> language nl, pass. "
                     "Coördinator Welzijn en Sociaal Huis, Gemeente Lommel (a Belgian municipality is a gemeente) "
                     "'sinds januari 2019' = 2019-01..2025-11 = 83 >= 72. Maatschappelijk werker OCMW Mol not "
                     "relevant (role). 'Professionele bachelor in het Sociaal Werk ... diploma behaald' = the "
                     "Flemish professional bachelor, the NVAO-accredited equivalent of an HBO bachelor Social Work "
                     "-> hbo, MWD. 'uurtarief: 92.50' (decimal point) = 92.5. No partner/network wording -> "
                     "criterion 7 = 0."))

# ------------------------------------------------------------------------- Sandra Mol (docx)
# TRAPS: first line "CV", the name only after "Naam:"; "(geen zzp)" denies ZZP; "van 2014 tot 2018";
# two references named in one sentence with "contactgegevens op aanvraag" (2 named -> pass).
SM6 = ("Voorbeeld: het gemeentelijke beleidsplan 'Iedereen doet mee' heb ik vertaald naar een jaarwerkplan "
       "voor het sociaal team met drie concrete projecten (vroegsignalering schulden, een "
       "mantelzorgcafé per kern en een inloop voor statushouders) en meetbare resultaten per kwartaal.")
SM7 = ("Ik onderhoud de samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar Menzis in het "
       "regionale overleg Zorg en Welzijn Noord-Veluwe.")
SM8 = ("Projectleider van de transitie naar wijkgericht werken in Elburg: projectplan, planning, "
       "implementatie in drie kernen en evaluatie met de stuurgroep.")
sm = [pos("sinds maart 2021", "Coördinator sociaal team", "gemeente Elburg (via Sociaal Werkt Detachering)",
          ["Dagelijkse leiding van het sociaal team (11 medewerkers).", SM6, SM7, SM8,
           "Werving & selectie en de verdeling van uren in afstemming met HR en de manager."],
          ("2021-03", REF), 57, True),
      pos("jan 2019 – feb 2021", "Beleidsmedewerker sociaal domein", "gemeente Harderwijk",
          ["Voorbereiden van raadsvoorstellen over Wmo en participatie."],
          ("2019-01", "2021-02"), 26, False),
      pos("van 2014 tot 2018", "Teamleider Welzijn", "Stichting Welzijn Ermelo",
          ["Leiding aan het team ouderenwerk en mantelzorgondersteuning (8 medewerkers, 120 vrijwilligers).",
           "Verantwoordelijk voor de subsidieaanvraag en de verantwoording aan de gemeente."],
          ("2014-01", "2018-12"), 60, True, yearonly=True),
      pos("2009 – 2013", "Ouderenadviseur", "Stichting Welzijn Ermelo",
          ["Huisbezoeken en advies aan thuiswonende ouderen."],
          ("2009-01", "2013-12"), 60, False, yearonly=True)]
SM_RATE = "Uurtarief: € 82,50 excl. btw"
cv(file="Sandra Mol.docx", fmt="docx", layout="single",
   name="Sandra Mol", email="sandra.mol@example.nl", phone="06-27364519", rate=SM_RATE,
   exp=sm, crit_text={"6": SM6, "7": SM7, "8": SM8}, refs=["J. Bakker", "P. Smit"],
   zzp_negated=["(geen zzp)"],
   onreq_negated=["contactgegevens op aanvraag"],
   must_have=["Naam"],
   body=[("title", "CV"),
         ("h", "Personalia"),
         ("rows", [("Naam", ["Sandra Mol"]), ("Woonplaats", ["Harderwijk"]), ("Telefoon", ["06-27364519"]),
                   ("E-mail", ["sandra.mol@example.nl"]), ("Geboortejaar", ["1985"])]),
         ("pb", SM_RATE),
         ("h", "Over mij"),
         ("p", "Ik ben een nuchtere, verbindende coördinator die graag zorgt dat een team goed kan werken: "
               "duidelijke afspraken, ruimte voor eigen inbreng en een leidinggevende die aanspreekbaar is. Ik "
               "werk in loondienst via detacheerder Sociaal Werkt Detachering (geen zzp)."),
         ("h", "Werkervaring"),
         ("pos", "pipe", sm),
         ("h", "Opleiding"),
         ("p", "HBO Sociaal Pedagogische Hulpverlening (SPH), Christelijke Hogeschool Ede — diploma 2008"),
         ("p", "Vwo, Christelijk College Nassau-Veluwe"),
         ("h", "Referenties"),
         ("p", "Referenties: mevrouw J. Bakker (gemeente Elburg) en de heer P. Smit (Stichting Welzijn Ermelo), "
               "contactgegevens op aanvraag.")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=117, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 25, 15, 20, 25),
               notes="Name: the first line is 'CV'; the name is the 'Naam' row -> Sandra Mol. 'Ik werk in loondienst "
                     "via detacheerder ... (geen zzp)' denies ZZP -> zzp false, knock-out 1 pass. Coördinator "
                     "sociaal team gemeente Elburg (seconded) 'sinds maart 2021' = 2021-03..2025-11 = 57; Teamleider "
                     "Welzijn Stichting Welzijn Ermelo 'van 2014 tot 2018' = year-only, 2014-01..2018-12 = 60 by "
                     "the convention (narrowest 2014-12..2018-01 = 38; 'tot' read as exclusive 48): 117 "
                     "(narrowest 95, exclusive-tot 105) -> >= 72 on every reading, no threshold at stake. "
                     "Beleidsmedewerker and ouderenadviseur not relevant (role). References: two people named in one "
                     "sentence (name + organisation), only their contact details 'op aanvraag' -> count 2, pass; "
                     "on_request false (the references themselves are given; only phone/e-mail are withheld). HBO "
                     "SPH is an HBO bachelor but not MWD/Social Work -> criterion 4 = 0."))

# ------------------------------------------------------------------------- Lars Hoogendoorn (pdf)
# TRAPS: a long English "Profile" in a Dutch CV (~1/4 of the words; still Dutch); "All-in tarief
# € 95" (no "per uur"); "Bachelor Bestuurskunde, Universiteit Twente, 2008" (no completion word: wo).
LH_EN = ("I am a manager in the Dutch social domain with a background in public administration. Over the "
         "past fourteen years I have led teams for youth, families, social support and participation in "
         "two municipalities in the Achterhoek and the IJssel valley. Colleagues describe me as calm, "
         "direct and reliable: I make decisions when they are needed and I explain them. I enjoy building "
         "teams in which professionals take ownership of their work and of the results for residents. "
         "I have chosen to write this profile in English because I also work with international partners "
         "in a European learning network on local welfare, and because it shows the kind of open, "
         "outward-looking leadership I would like to bring to Heerde. My strengths are translating "
         "political ambitions into a workable plan, keeping a close eye on budgets and staffing, and "
         "creating a safe and ambitious climate in which people can grow. I am happy to be interviewed "
         "in Dutch or English, whichever suits the selection committee best.")
LH6 = ("Voorbeeld beleid naar resultaat: het beleidsplan Sociaal Domein 2020-2024 van Zutphen heb ik "
       "omgezet in een jaarwerkplan met zes concrete projecten, onder meer een wijkgerichte "
       "armoedeaanpak; resultaat: 30% meer huishoudens met vroegsignalering van schulden in beeld.")
LH7 = ("Samenwerking met zorgaanbieders, huisartsen, GGZ-instellingen en zorgverzekeraar Menzis in het "
       "regionale Zorgakkoord, en een publiek-private samenwerking (PPS) voor een gezondheidscentrum in "
       "De Hoven.")
LH8 = ("Programmamanager van de transformatie jeugdhulp: projectmatig werken met vier deelprojecten, "
       "een stuurgroep en halfjaarlijkse evaluaties.")
lh = [pos("april 2017 – heden", "Manager Sociaal Domein", "Gemeente Zutphen",
          ["Integraal leidinggevende van drie teams (Wmo, jeugd, werk en inkomen): 45 medewerkers.", LH6, LH7,
           LH8, "Verantwoordelijk voor een budget van € 4,1 miljoen en de formatie van de afdeling."],
          ("2017-04", REF), 104, True),
      pos("augustus 2011 – maart 2017", "Coördinator Jeugd en Gezin", "Gemeente Lochem",
          ["Coördinatie van het Centrum voor Jeugd en Gezin en de jeugdconsulenten (7 medewerkers).",
           "Voorbereiding op de decentralisatie van de jeugdzorg in 2015: inkoop, toegang en een nieuw "
           "team jeugd.",
           "Werving en selectie van de eerste generalisten voor het sociaal team van Lochem.",
           "Maandelijkse rapportage aan de wethouder over wachttijden, instroom en kosten van jeugdhulp.",
           "Coaching van jeugdconsulenten op het voeren van het keukentafelgesprek met gezinnen."],
          ("2011-08", "2017-03"), 68, True),
      pos("2008 – 2011", "Beleidsmedewerker jeugd", "Gemeente Deventer",
          ["Jeugdbeleid, subsidies aan jongerenwerk en de lokale educatieve agenda."],
          ("2008-01", "2011-12"), 48, False, yearonly=True)]
LH_RATE = "All-in tarief € 95"
cv(file="Lars Hoogendoorn.pdf", fmt="pdf", layout="single",
   name="Lars Hoogendoorn", email="lars.hoogendoorn@example.com", phone="06-58213476", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Annet Wolbers", "Martin Kleinjan"],
   english=LH_EN,
   body=[("title", "Lars Hoogendoorn"),
         ("p", "Zutphen  |  06-58213476  |  lars.hoogendoorn@example.com"),
         ("pb", LH_RATE),
         ("h", "Profile"),
         ("p", LH_EN),
         ("h", "Werkervaring"),
         ("pos", "sample", lh),
         ("h", "Wat ik meebreng voor Heerde"),
         ("bl", ["Ervaring met het positioneren van welzijn als volwaardige opdracht binnen een kleine "
                 "gemeentelijke organisatie.",
                 "Een methodische en cyclische manier van werken: jaarwerkplan, monitoring, evaluatie en "
                 "bijsturing.",
                 "Coachend leiderschap: medewerkers meenemen in verandering en eigenaarschap stimuleren.",
                 "Financieel overzicht: sturen op budget, formatie en de inzet en verdeling van uren.",
                 "Goede contacten met organisaties die medewerkers detacheren, en heldere afspraken met hen."]),
         ("h", "Competenties"),
         ("p", "Verbindend, helder in communicatie en besluitvaardig. Ik durf collega's aan te spreken, kijk "
               "kritisch naar werkprocessen en zoek naar oplossingen die voor inwoners en bestuur allebei "
               "werken. Ik ben analytisch sterk en blijf rustig als er tegenstellingen zijn."),
         ("h", "Opleiding"),
         ("p", "Bachelor Bestuurskunde, Universiteit Twente, 2008"),
         ("p", "Leergang Strategisch leiderschap in het sociaal domein, Nyenrode, 2019"),
         ("p", "Vwo, Baudartius College Zutphen"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Leiderschap en teamontwikkeling, Governance University (2021)",
                 "Prince2 Foundation (2016)",
                 "Sturen op de bedoeling in het sociaal domein, VNG Academie (2018)",
                 "Financiën voor leidinggevenden in het sociaal domein, VNG Academie (2020)",
                 "Motiverende gespreksvoering voor leidinggevenden (2013)"]),
         ("h", "Nevenfuncties"),
         ("bl", ["Voorzitter van de ouderraad van een basisschool in Zutphen (2018 – 2023)",
                 "Lid van de raad van toezicht van de muziekschool Zutphen (sinds 2022)",
                 "Trainer van een jeugdteam bij de plaatselijke hockeyclub"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (zeer goed), Duits (goed)"),
         ("h", "Referenties"),
         ("p", "Annet Wolbers, gemeentesecretaris gemeente Zutphen, 06-90807060"),
         ("p", "Martin Kleinjan, wethouder Jeugd (2014 – 2018), gemeente Lochem, 06-90807061")],
   expect=dict(pages=2, edu=("wo", True, False), coord=172, refs=(2, False), zzp=False, hourly=95.0,
               crit=(0, 25, 15, 20, 25),
               notes="A long English 'Profile' section (about a quarter of the words) in an otherwise Dutch CV: "
                     "mainly Dutch -> language nl, pass. Coördinator Jeugd en Gezin Gemeente Lochem 2011-08..2017-03 "
                     "(68) + Manager Sociaal Domein Gemeente Zutphen 2017-04..2025-11 (104) = contiguous 172. "
                     "Beleidsmedewerker jeugd not relevant (role). 'Bachelor Bestuurskunde, Universiteit Twente, "
                     "2008': a finished (past) year, no 'niet afgerond' -> completed WO bachelor -> wo, degree "
                     "yes, not MWD. 'All-in tarief € 95' (no 'per uur'; an all-in rate in a per-hour tender) = 95."))

# ------------------------------------------------------------------------- Fatma Yildiz (docx)
# TRAPS: "Master Social Work (HBO), diploma behaald" as the only higher education (mwd: yes, see
# notes); a school-year style period "2017/2018"; a gap year (2016, studying) and a gap in 2019.
FY6 = ("Voorbeeld: de gemeentelijke nota Jeugd 2020-2023 heb ik met het team vertaald naar een jaarwerkplan "
       "met concrete activiteiten per kern (huiswerkbegeleiding, een meidengroep en ambulant jongerenwerk) en "
       "meetbare resultaten; het bereik onder jongeren van 12 tot 18 jaar steeg van 18% naar 31%.")
FY7 = ("Vaste samenwerking met zorgaanbieders in de jeugdhulp, huisartsen en de GGD, en met zorgverzekeraar "
       "Zilveren Kruis over de inzet van de praktijkondersteuner jeugd.")
fy = [pos("sept. 2019 – heden", "Coördinator Jeugd & Welzijn", "Stichting Welzijn Noord-Veluwe",
          ["Leiding aan het team jeugd- en jongerenwerk (10 medewerkers).", FY6, FY7,
           "Bewaken van het budget en de subsidieafspraken met de gemeente."],
          ("2019-09", REF), 75, True),
      pos("2017/2018", "Coördinator Jongerenwerk", "Gemeente Harderwijk",
          ["Tijdelijke aanstelling; coördinatie van het ambulant jongerenwerk (5 medewerkers)."],
          ("2017-01", "2018-12"), 24, True, yearonly=True),
      pos("jan. 2012 – dec. 2015", "Coördinator Vrijwillige Inzet", "Stichting Welzijn Noord-Veluwe",
          ["Coördinatie van de vrijwilligerscentrale en de maatjesdienst (circa 300 vrijwilligers)."],
          ("2012-01", "2015-12"), 48, True),
      pos("2008 – 2011", "Jongerenwerker", "Stichting Welzijn Noord-Veluwe",
          ["Ambulant jongerenwerk in Nunspeet en Ermelo."],
          ("2008-01", "2011-12"), 48, False, yearonly=True)]
FY_RATE = "€ 87,- per uur"
cv(file="Fatma Yildiz.docx", fmt="docx", layout="sidebar",
   name="Fatma Yildiz", email="f.yildiz@example.nl", phone="06-38475610", rate=FY_RATE,
   exp=fy, crit_text={"6": FY6, "7": FY7}, refs=["A. de Wit", "H. Kamphuis"],
   must_have=["Master Social Work (HBO)", "2016: voltijd studiejaar"],
   left=[("h", "Contact"), ("p", "f.yildiz@example.nl"), ("p", "06-38475610"), ("p", "Ermelo"),
         ("h", "Tarief"), ("pb", FY_RATE),
         ("h", "Talen"), ("p", "Nederlands"), ("p", "Turks"), ("p", "Engels"),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Coachen", "Overzicht houden", "Aanspreken"])],
   right=[("title", "Fatma Yildiz"),
          ("p", "Coördinator jeugd en welzijn"),
          ("h", "Profiel"),
          ("p", "Ik werk al bijna twintig jaar in het welzijnswerk op de Noord-Veluwe, de laatste jaren als "
                "coördinator. Ik ben direct, warm en besluitvaardig, en ik haal het beste uit professionals en "
                "vrijwilligers."),
          ("h", "Werkervaring"),
          ("pos", "datebold", fy[:2]),
          ("p", "2016: voltijd studiejaar Master Social Work (geen betaald werk)."),
          ("pos", "datebold", fy[2:]),
          ("h", "Opleiding"),
          ("p", "Master Social Work (HBO), Hogeschool Utrecht — diploma behaald 2016"),
          ("p", "Havo, Christelijk College Nassau-Veluwe, Harderwijk"),
          ("h", "Referenties"),
          ("p", "Mijn referenties zijn mevrouw A. de Wit (directeur-bestuurder Stichting Welzijn Noord-Veluwe, "
                "06-51627384) en de heer H. Kamphuis (teamleider jeugd, gemeente Harderwijk, 06-51627385).")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 0),
               notes="Education: only 'Master Social Work (HBO), Hogeschool Utrecht — diploma behaald 2016'. An HBO "
                     "master is above bachelor level (hbo, degree yes) and admission requires a social-work "
                     "bachelor; criterion 4 asks for 'minimaal hbo bachelor niveau richting Maatschappelijk werk en "
                     "dienstverlening', which a completed Master Social Work satisfies -> mwd true, 15 points. "
                     "Months: Coördinator Jeugd & Welzijn Stichting Welzijn Noord-Veluwe 2019-09..2025-11 (75) + "
                     "'2017/2018' Coördinator Jongerenwerk Gemeente Harderwijk, year-only 2017-01..2018-12 (24 by the "
                     "convention; 12 as one school year; 2 at the narrowest) + Coördinator Vrijwillige Inzet "
                     "2012-01..2015-12 (48) = 147 (135 school-year reading, 125 narrowest) -> >= 72 on every "
                     "reading. Gaps: 2016 (studying) and 2019-01..2019-08 are not counted. Jongerenwerker not "
                     "relevant (role). No project/change wording -> criterion 8 = 0."))

# =========================================================================================== review
# ------------------------------------------------------------------------- Gerben van Dam (pdf)
# TRAP: current job "Eigenaar adviesbureau Van Dam Sociaal Advies (eenmanszaak)" -- no "zzp" word.
GD6 = ("Voorbeeld beleid naar resultaat: het Wmo-beleidsplan van Brummen vertaald naar een jaarwerkplan met "
       "vijf concrete projecten, waaronder een inwonersadviesraad en een welzijnsloket in Eerbeek; alle "
       "projecten kregen meetbare doelen en een halfjaarlijkse rapportage aan de raad.")
GD7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Menzis, en een PPS-constructie met "
       "een woningcorporatie voor een zorgsteunpunt.")
GD8 = ("Projectleider van de reorganisatie van de toegang tot één gebiedsteam; daarna kwartiermaker voor "
       "de invoering van de nieuwe werkwijze.")
gd = [pos("januari 2022 – heden", "Eigenaar adviesbureau", "Van Dam Sociaal Advies (eenmanszaak)",
          ["Advies aan gemeenten over de inrichting van de toegang en over welzijnsopdrachten.",
           "Opdrachtgevers: gemeenten in Gelderland en Overijssel."],
          ("2022-01", REF), 47, False),
      pos("juni 2012 – december 2021", "Manager Welzijn en Zorg", "Gemeente Brummen",
          ["Leiding aan de teams Wmo, jeugd en welzijn (26 medewerkers).", GD6, GD7, GD8,
           "Budgetverantwoordelijk voor het sociaal domein (€ 3,2 miljoen uitvoeringsbudget)."],
          ("2012-06", "2021-12"), 115, True),
      pos("2005 – 2011", "Maatschappelijk werker", "Stichting Welzijn Brummen",
          ["Individuele hulpverlening en schuldhulpverlening."],
          ("2005-01", "2011-12"), 84, False, yearonly=True)]
GD_RATE = "€ 90,- per uur"
cv(file="Gerben van Dam.pdf", fmt="pdf", layout="single",
   name="Gerben van Dam", email="gerben@example.com", phone="06-11335577", rate=GD_RATE,
   exp=gd, crit_text={"6": GD6, "7": GD7, "8": GD8}, refs=["Wilma Hoeve", "Frank Oosterbaan"],
   body=[("title", "Gerben van Dam"),
         ("p", "Brummen  |  06-11335577  |  gerben@example.com"),
         ("p", "Tarief: " + GD_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren manager in het sociaal domein. Tien jaar leidinggevende bij de gemeente Brummen, sinds "
               "2022 adviseur van gemeenten. Ik combineer overzicht met daadkracht en ik ken de gemeentelijke "
               "organisatie van binnenuit."),
         ("h", "Werkervaring"),
         ("pos", "sample", gd),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2004"),
         ("h", "Referenties"),
         ("p", "Wilma Hoeve, gemeentesecretaris gemeente Brummen, 06-20304050"),
         ("p", "Frank Oosterbaan, wethouder Sociaal Domein gemeente Brummen (2014 – 2022), 06-20304051")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=115, refs=(2, False), zzp=True, hourly=90.0,
               crit=(15, 25, 15, 20, 25),
               notes="Current job 'Eigenaar adviesbureau, Van Dam Sociaal Advies (eenmanszaak)' presents the "
                     "candidate as self-employed (a one-man business) although the word zzp never appears -> zzp "
                     "true, knock-out 1 review. Manager Welzijn en Zorg Gemeente Brummen 2012-06..2021-12 = 115; the "
                     "eenmanszaak (owner/adviser) and maatschappelijk werker not relevant (role). Otherwise full "
                     "marks."))

# ------------------------------------------------------------------------- Nathalie Brink (docx)
# TRAP: "Referenties: zie bijlage" -- no reference named in the CV itself.
NB7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging en zorgverzekeraar Zilveren Kruis in "
       "het netwerk Gezond Epe.")
NB8 = ("Projectleider van de transitie van drie dorpsteams naar één gebiedsteam, met een projectplan, een "
       "nieuwe werkverdeling en een evaluatie na één jaar.")
nb = [pos("oktober 2016 – heden", "Coördinator Gebiedsteam", "Gemeente Epe",
          ["Leiding aan het gebiedsteam (15 generalisten) voor Epe, Vaassen en Emst.", NB7, NB8,
           "Werving & selectie, inwerken van nieuwe collega's en verdeling van de caseload."],
          ("2016-10", REF), 110, True),
      pos("februari 2011 – september 2016", "Ambulant medewerker", "Stichting Welzijn Epe",
          ["Begeleiding van inwoners met een hulpvraag op meerdere leefgebieden."],
          ("2011-02", "2016-09"), 68, False)]
NB_RATE = "Uurtarief € 89,-"
cv(file="Nathalie Brink.docx", fmt="docx", layout="single",
   name="Nathalie Brink", email="nathalie.brink@example.nl", phone="06-99887766", rate=NB_RATE,
   exp=nb, crit_text={"7": NB7, "8": NB8}, refs=[],
   must_have=["Referenties: zie bijlage"],
   body=[("title", "Nathalie Brink"),
         ("rows", [("E-mail", ["nathalie.brink@example.nl"]), ("Telefoon", ["06-99887766"]),
                   ("Woonplaats", ["Vaassen"])]),
         ("pb", NB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van een gebiedsteam met negen jaar ervaring. Ik zorg voor rust, duidelijke "
               "afspraken en een team dat met plezier werkt voor de inwoners van de Veluwse dorpen."),
         ("h", "Werkervaring"),
         ("eu_pos", nb),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Referenties: zie bijlage")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=110, refs=(0, True), zzp=False, hourly=89.0,
               crit=(15, 25, 0, 20, 25),
               notes="'Referenties: zie bijlage': the CV itself names no reference, but says they are supplied "
                     "outside it. For the CV that is the same situation as 'op aanvraag' (referred to, not named): "
                     "count 0, on_request true -> references review (a person checks whether the bijlage was "
                     "submitted), not fail. Coördinator Gebiedsteam Gemeente Epe 2016-10..2025-11 = 110; ambulant "
                     "medewerker not relevant (role). No policy-to-results example -> criterion 6 = 0."))

# ------------------------------------------------------------------------- Kevin Scholten (pdf)
# TRAP: "2019 – 2019": 12 months by the convention but possibly 1, and it decides the 60 threshold.
KS6 = ("Voorbeeld van beleid naar resultaat: het Wmo-beleidsplan vertaald naar een jaarwerkplan met concrete "
       "projecten (mantelzorgondersteuning, een digitaal aanvraagformulier) en meetbare doelen; de "
       "doorlooptijd van meldingen daalde van acht naar vier weken.")
KS7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Salland over huishoudelijke "
       "ondersteuning en hulpmiddelen.")
KS8 = "Projectleider van de invoering van het nieuwe registratiesysteem voor de Wmo (projectplan, testen, training)."
ks = [pos("jan 2024 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Olst-Wijhe",
          ["Advisering over Wmo, jeugd en welzijn aan het college."],
          ("2024-01", REF), 23, False),
      pos("jan 2020 – dec 2023", "Coördinator Wmo", "Gemeente Olst-Wijhe",
          ["Coördinatie van het Wmo-team (8 consulenten).", KS6, KS7, KS8],
          ("2020-01", "2023-12"), 48, True),
      pos("2019 – 2019", "Teamleider Participatie (tijdelijke vervanging)", "Gemeente Deventer",
          ["Waarneming van de teamleider tijdens diens verlof."],
          ("2019-01", "2019-12"), 12, True, yearonly=True),
      pos("2013 – 2018", "Wmo-consulent", "Gemeente Deventer",
          ["Onderzoek en advies over maatwerkvoorzieningen."],
          ("2013-01", "2018-12"), 72, False, yearonly=True)]
KS_RATE = "€ 84,- per uur"
cv(file="Kevin Scholten.pdf", fmt="pdf", layout="single",
   name="Kevin Scholten", email="kevin.scholten@example.nl", phone="06-45454545", rate=KS_RATE,
   exp=ks, crit_text={"6": KS6, "7": KS7, "8": KS8}, refs=["Ria Hofman", "Sander Meulenbelt"],
   body=[("title", "Kevin Scholten"),
         ("p", "Wijhe  |  06-45454545  |  kevin.scholten@example.nl"),
         ("p", "Uurtarief: " + KS_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en adviseur in het sociaal domein van Salland. Ik ben analytisch, resultaatgericht "
               "en houd van een team dat elkaar scherp houdt."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ks),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Ria Hofman, afdelingshoofd Samenleving, gemeente Olst-Wijhe, 06-12121212"),
         ("p", "Sander Meulenbelt, teamleider Participatie, gemeente Deventer, 06-12121213")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=60, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Wmo Gemeente Olst-Wijhe 2020-01..2023-12 (48) + Teamleider Participatie "
                     "(tijdelijke vervanging) Gemeente Deventer '2019 – 2019' (year-only: 12 by the January-December "
                     "convention, but it can be a single month, and 'tijdelijke vervanging' suggests a short stint) "
                     "= 60 by the convention, as few as 49 -> straddles the 60-month threshold -> knock-out 3 review. "
                     "At most 60 < 72 -> criterion 5 = 0. Beleidsadviseur and Wmo-consulent not relevant (role)."))

# ------------------------------------------------------------------------- Miriam Groen (docx)
# TRAP: a DOCX without <Pages> in docProps/app.xml that renders at the limit (5 pages, no explicit
# page breaks): the count must be estimated and an estimate at 5 can be 4 or 6 -> pages review.
MG6 = ("Voorbeeld beleid naar resultaat: de Visie Welzijn 2022-2026 van Nijkerk heb ik samen met twee "
       "beleidsadviseurs vertaald naar een jaarwerkplan met zeven concrete projecten, elk met een trekker, "
       "een begroting en meetbare doelen. Resultaat na twee jaar: 14 nieuwe ontmoetingsplekken, 35% meer "
       "mantelzorgers in beeld en een wachttijd voor schuldhulp van minder dan twee weken.")
MG7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden en zorgverzekeraar Menzis in het "
       "lokaal gezondheidsakkoord, en een publiek-private samenwerking (PPS) met een woningcorporatie en een "
       "supermarktketen rond een buurtkamer.")
MG8 = ("Projectleider van de reorganisatie van het welzijnswerk: de overgang van subsidie naar opdracht, met "
       "een verandertraject voor 40 medewerkers, een nieuwe teamindeling en de implementatie van DA Systems.")
_mg_common = ["Wekelijkse teamoverleggen, maandelijkse werkoverleggen per deelteam en halfjaarlijkse "
              "teamdagen over methodisch werken.",
              "Jaargesprekken, verzuimbegeleiding en coaching op eigenaarschap en professionele ontwikkeling.",
              "Rapportage over voortgang, bereik en besteding aan de manager en de portefeuillehouder."]
mg = [pos("mei 2018 – heden", "Teammanager Welzijn", "Gemeente Nijkerk",
          ["Integraal leidinggevende van het cluster welzijn: ouderenwerk, jongerenwerk, mantelzorgondersteuning "
           "en buurtwerk, samen 32 medewerkers en ruim 400 vrijwilligers.",
           "Verantwoordelijk voor een budget van € 2,8 miljoen, de formatie, werving & selectie en de verdeling "
           "van uren over de wijken.",
           MG6, MG7, MG8] + _mg_common +
          ["Inrichting van locaties in de wijken waar het team zichtbaar en vindbaar is, samen met "
           "bibliotheek, scholen en kerken.",
           "Opstellen van de kwaliteitskaders en de registratieafspraken voor het welzijnswerk.",
           "Afspraken met detacherende organisaties over de inzet en de begeleiding van gedetacheerde "
           "medewerkers."],
          ("2018-05", REF), 91, True),
      pos("jan 2013 – apr 2018", "Coördinator Mantelzorg", "Stichting Welzijn Barneveld",
          ["Coördinatie van het Steunpunt Mantelzorg (6 medewerkers, 80 vrijwilligers).",
           "Opzetten van mantelzorgcafés in vier kernen en van een respijtvoorziening in het weekend.",
           "Jaarlijkse Dag van de Mantelzorg met ruim 500 bezoekers.",
           "Invoering van een mantelzorgwaardering die jaarlijks door ruim 1.100 mantelzorgers werd aangevraagd.",
           "Opzetten van een steunpunt voor jonge mantelzorgers, samen met scholen in Barneveld en Voorthuizen.",
           "Scholing van vrijwilligers in het signaleren van overbelasting bij mantelzorgers.",
           "Verantwoording aan de gemeente over bereik, inzet van vrijwilligers en besteding van de subsidie."]
          + _mg_common,
          ("2013-01", "2018-04"), 64, True),
      pos("2008 – 2012", "Opbouwwerker", "Stichting Welzijn Barneveld",
          ["Ondersteuning van bewonersinitiatieven en buurtverenigingen.",
           "Organisatie van buurtschouwen met de gemeente en de politie.",
           "Begeleiding van de bewonerscommissie van de wijk De Burgt.",
           "Opzetten van een buurtbudget waarmee bewoners zelf kleine initiatieven konden financieren.",
           "Ondersteuning van de eerste buurtpreventie-appgroepen in Barneveld.",
           "Organisatie van de jaarlijkse burendag in acht wijken, met steeds meer bewoners als organisator."],
          ("2008-01", "2012-12"), 60, False, yearonly=True),
      pos("2004 – 2007", "Maatschappelijk werker", "Stichting Welzijn Barneveld",
          ["Individuele hulpverlening bij relatieproblemen, opvoeding en schulden.",
           "Groepstrainingen 'Grip op je geld' en 'Kinderen in echtscheidingssituaties'.",
           "Spreekuren in de wijkcentra en op het gemeentehuis.",
           "Werkbegeleider van stagiairs van de opleiding Maatschappelijk Werk en Dienstverlening."],
          ("2004-01", "2007-12"), 48, False, yearonly=True)]
MG_RATE = "€ 88,- per uur"
_mg_courses = ["Leergang Integraal leidinggeven in welzijn, Sociaal Werk Nederland (2019)",
               "Leergang Regie in het sociaal domein, Movisie (2016)",
               "Prince2 Foundation (2015)",
               "Oplossingsgericht coachen, Alba Academie (2014)",
               "Training Motiverende gespreksvoering (2012)",
               "Cursus Financieel management voor leidinggevenden, NCOI (2020)",
               "Training Omgaan met agressie (2010)",
               "Workshop Positieve Gezondheid, Institute for Positive Health (2021)"]
_MG_AANPAK = [
    "De eerste weken: kennismaken met ieder teamlid van Stip, met de teamleiders, de beleidsadviseurs en de "
    "manager, en meelopen op de locaties waar inwoners binnenkomen.",
    "Samen met het team een beeld maken van wat goed gaat en wat beter kan in de opdracht voor het cluster "
    "welzijn, en dat vertalen naar drie tot vijf prioriteiten voor 2026.",
    "Het jaarwerkplan welzijn actualiseren: per opdracht een doel, een eigenaar, een planning en een manier "
    "om de voortgang te meten; maandelijks een korte voortgangsrapportage.",
    "De registratie in DA Systems vereenvoudigen, zodat medewerkers minder tijd kwijt zijn aan invoer en de "
    "gegevens wel bruikbaar zijn voor monitoring en verantwoording.",
    "Heldere afspraken met de organisaties die medewerkers detacheren: over inzet, begeleiding, "
    "verantwoording en de manier waarop we elkaar aanspreken.",
    "Werkplezier bewaken: ruimte voor intervisie, vaste momenten voor teamontwikkeling en aandacht voor "
    "werkdruk en verdeling van uren.",
    "Een overdracht die de gemeente verder helpt: aan het eind van de opdracht liggen er een werkende "
    "planning- en controlcyclus en een team dat op eigen kracht verder kan.",
]
_MG_RESULTATEN = [
    "Het aantal inwoners dat het welzijnswerk bereikt, steeg van ongeveer 3.100 in 2018 naar ruim 5.400 in "
    "2024, bij een gelijkblijvend budget.",
    "Ziekteverzuim in het team daalde van 7,8% naar 4,1%; het verloop halveerde.",
    "Iedere wijk heeft een vaste plek waar inwoners zonder afspraak binnen kunnen lopen.",
    "De jaarverantwoording welzijn werd drie jaar op rij zonder opmerkingen door de raad vastgesteld.",
    "Vrijwilligers: van 250 naar ruim 400 actieve vrijwilligers, met een vast scholingsaanbod.",
    "Doorlooptijd van een aanmelding tot een eerste gesprek: van gemiddeld vier weken naar acht werkdagen.",
]
_MG_COMP = [
    "Verbinden en coachen. Toen twee welzijnsorganisaties in Nijkerk hun medewerkers bij de gemeente "
    "onderbrachten, ontstonden er twee kampen in één team. Ik heb met iedere medewerker een gesprek gevoerd, "
    "gemengde duo's gevormd en een gezamenlijke teamdag georganiseerd waarin we samen onze werkwijze "
    "vastlegden. Na een half jaar spraken medewerkers over 'ons team' in plaats van over 'zij en wij'.",
    "Helder communiceren en aanspreken. Ik zeg wat ik zie, ook als dat ongemakkelijk is. Toen afspraken over "
    "registratie structureel niet werden nagekomen, heb ik dat in het teamoverleg benoemd, samen met het team "
    "uitgezocht waar het knelde en daarna individueel aangesproken wie zich er niet aan hield.",
    "Lef en vernieuwing. Ik heb in Nijkerk als eerste gemeente in de regio een buurtkamer in een supermarkt "
    "geopend. Dat voelde spannend, maar het bereikte een groep inwoners die nooit naar een wijkcentrum kwam.",
    "Oog voor inwoner en bestuur. Ik neem de portefeuillehouder twee keer per jaar mee naar de werkvloer en ik "
    "vertaal signalen van inwoners naar voorstellen die het college kan gebruiken. Zo blijft het gesprek over "
    "welzijn concreet en gaat het over mensen in plaats van over cijfers alleen.",
    "Analyse en besluitvaardigheid. Bij tegenstellingen in het team of tussen beleid en praktijk zet ik de "
    "feiten en de belangen op een rij, hak ik een knoop door en leg ik uit waarom. Als een besluit achteraf "
    "niet goed uitpakt, zeg ik dat ook en stel ik het bij.",
    "Werkplezier. Een team dat plezier heeft in zijn werk, levert betere resultaten. Daarom begin ik elk "
    "teamoverleg met iets wat goed ging, vieren we successen en zorg ik dat medewerkers ruimte krijgen om zich "
    "te ontwikkelen, bijvoorbeeld door een opleiding of een rol als werkbegeleider.",
]
_MG_KENNIS = [
    "Wet maatschappelijke ondersteuning 2015, Jeugdwet en Participatiewet: de taken van de gemeente en de "
    "rol van het welzijnswerk daarin.",
    "Opdrachtgeverschap en subsidierelaties: van subsidie naar opdracht, prestatieafspraken en "
    "verantwoording.",
    "Planning- en controlcyclus van een gemeente: begroting, voorjaarsnota, jaarrekening en tussentijdse "
    "rapportages.",
    "Registratie en monitoring met DA Systems, Power BI en de Kompassen van de Wmo-monitor.",
    "Methodisch werken: Welzijn op Recept, Positieve Gezondheid, oplossingsgericht werken en de "
    "Wijkteam-aanpak.",
    "HR-processen: werving en selectie, inwerkprogramma's, gesprekscyclus, verzuimbegeleiding.",
    "Preventie en vroegsignalering: eenzaamheid, schulden, mantelzorgoverbelasting en jeugd.",
    "Inwonersparticipatie: bewonersinitiatieven, dorpsraden, adviesraden sociaal domein.",
]
_MG_PUBL = [
    "Presentatie 'Welzijn als volwaardige opdracht' op het congres van Sociaal Werk Nederland (2023).",
    "Artikel 'Van subsidie naar opdracht: lessen uit Nijkerk' in het vakblad Zorg + Welzijn (2022).",
    "Gastcolleges over leidinggeven in het sociaal domein aan de Christelijke Hogeschool Ede (2021 – 2024).",
]
_mg_crit = [("Criterium 4 – opleiding", "Ik heb de hbo-bachelor Maatschappelijk Werk en Dienstverlening in 2004 "
             "afgerond (diploma behaald, zie opleidingen)."),
            ("Criterium 5 – ervaring als coördinator of manager", "Sinds januari 2013 ben ik onafgebroken "
             "coördinator of manager in het welzijnswerk: eerst bij Stichting Welzijn Barneveld, sinds mei 2018 "
             "bij de gemeente Nijkerk. Dat is ruim twaalf jaar."),
            ("Criterium 6 – van beleid naar resultaat", MG6),
            ("Criterium 7 – samenwerkingspartners", MG7),
            ("Criterium 8 – projectmatig werken en veranderopgaven", MG8)]
_mg_body = [("title", "Miriam Groen"),
            ("p", "Teammanager welzijn"),
            ("rows", [("E-mail", ["miriam.groen@example.nl"]), ("Telefoon", ["06-14253647"]),
                      ("Woonplaats", ["Nijkerk"]), ("Beschikbaar", ["24 uur per week, per direct"])]),
            ("pb", "Tarief: " + MG_RATE),
            ("h", "Profiel"),
            ("p", "Ik ben een teammanager welzijn die het welzijnswerk stevig neerzet binnen de gemeentelijke "
                  "organisatie. In Nijkerk heb ik het cluster welzijn opgebouwd van losse subsidierelaties naar "
                  "één team met een eigen opdracht, een heldere werkwijze en een registratie die klopt. Ik geef "
                  "richting, coach medewerkers op eigenaarschap en spreek mensen aan als dat nodig is."),
            ("p", "Ik kijk kritisch naar processen en ben niet bang om iets nieuws te proberen. Tegelijk weet ik "
                  "dat verandering pas werkt als het team erin meegaat; daarom investeer ik in gesprekken, "
                  "intervisie en duidelijke afspraken. Inwoners en bestuur hebben allebei recht op een team dat "
                  "levert wat het belooft."),
            ("h", "Kerncompetenties"),
            ("bl", ["Verbindend en coachend leidinggeven", "Helder communiceren en besluitvaardig",
                    "Analytisch en oplossingsgericht", "Oog voor inwoner en bestuur", "Innovatief en proactief"]),
            ("h", "Werkervaring"),
            ("pos", "sample", mg),
            ("h", "Opleidingen"),
            ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2000 – 2004, diploma "
                  "behaald"),
            ("p", "Havo, Johannes Fontanus College, Barneveld, diploma 2000"),
            ("h", "Cursussen en trainingen"),
            ("bl", _mg_courses),
            ("h", "Toelichting op de selectiecriteria")]
for _h, _t in _mg_crit:
    _mg_body += [("pb", _h), ("p", _t)]
_mg_body += [("h", "Mijn aanpak voor het cluster welzijn in Heerde"),
             ("bl", _MG_AANPAK),
             ("h", "Resultaten in Nijkerk (2018 – 2025)"),
             ("bl", _MG_RESULTATEN),
             ("h", "Competenties in de praktijk"),
             *[("p", t) for t in _MG_COMP],
             ("h", "Kennis en vaardigheden"),
             ("bl", _MG_KENNIS),
             ("h", "Presentaties en publicaties"),
             ("bl", _MG_PUBL),
             ("h", "Nevenfuncties"),
             ("bl", ["Lid van de adviesraad Sociaal Domein van een buurgemeente (sinds 2020)",
                     "Voorzitter van de oudervereniging van basisschool De Wegwijzer (2015 – 2019)"]),
             ("h", "Talen"),
             ("p", "Nederlands (moedertaal), Engels (goed)"),
             ("h", "Buiten het werk"),
             ("p", "Ik woon met mijn gezin in Nijkerk, fiets graag over de Veluwe en zing in een koor. Als "
                   "vrijwilliger help ik één avond per maand bij het taalcafé in de bibliotheek, waar ik "
                   "inwoners met een andere moedertaal help om Nederlands te oefenen. Dat houdt mij scherp op "
                   "wat inwoners werkelijk nodig hebben van de gemeente en van het welzijnswerk."),
             ("h", "Referenties"),
             ("p", "Dirk-Jan Smeets, afdelingsmanager Samenleving, gemeente Nijkerk, 06-30405060"),
             ("p", "Yvonne Brands, directeur Stichting Welzijn Barneveld, 06-30405061")]
cv(file="Miriam Groen.docx", fmt="docx", layout="single", post="nopages",
   name="Miriam Groen", email="miriam.groen@example.nl", phone="06-14253647", rate="Tarief: " + MG_RATE,
   exp=mg, crit_text={"6": MG6, "7": MG7, "8": MG8}, refs=["Dirk-Jan Smeets", "Yvonne Brands"],
   body=_mg_body,
   expect=dict(pages=5, pages_exact=False, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False,
               hourly=88.0, crit=(15, 25, 15, 20, 25),
               notes="No <Pages> in docProps/app.xml and no explicit page breaks: the page count must be estimated. "
                     "LibreOffice renders it at 5 pages, exactly the limit, so an estimate cannot tell 5 from 6 -> "
                     "pages review (pages_exact false; 'pages' is the rendered count, an estimate of 4..6 is as "
                     "good). Otherwise full marks: Coördinator Mantelzorg Stichting Welzijn Barneveld "
                     "2013-01..2018-04 (64) + Teammanager Welzijn Gemeente Nijkerk 2018-05..2025-11 (91) = "
                     "contiguous 155; opbouwwerker and maatschappelijk werker not relevant (role)."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Petra Hulshof (pdf)
# TRAPS: the profile claims "Ruim 10 jaar ervaring als coördinator in het sociaal domein", but only
# 40 dated months are relevant; "Coördinator Welzijn – Ziekenhuis Gelre" (hospital employer).
PH6 = ("Voorbeeld van beleid naar resultaat: de gemeentelijke nota Armoede en Schulden heb ik met het "
       "wijkteam vertaald naar een jaarwerkplan met concrete acties (een spreekuur bij de voedselbank, een "
       "budgetcursus) en meetbare resultaten: 120 gezinnen eerder in beeld.")
PH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar Menzis in het wijknetwerk "
       "Twello.")
ph = [pos("november 2021 – heden", "Beleidsmedewerker sociaal domein", "Gemeente Voorst",
          ["Beleidsvoorbereiding Wmo en welzijn; accounthouder voor welzijnsorganisaties."],
          ("2021-11", REF), 49, False),
      pos("juli 2018 – oktober 2021", "Coördinator wijkteam", "Gemeente Voorst",
          ["Coördinatie van het wijkteam Twello (10 medewerkers).", PH6, PH7],
          ("2018-07", "2021-10"), 40, True),
      pos("maart 2014 – juni 2018", "Coördinator Welzijn", "Ziekenhuis Gelre",
          ["Coördinatie van welzijnsactiviteiten voor langdurig opgenomen patiënten en van 60 vrijwilligers "
           "op de verpleegafdelingen."],
          ("2014-03", "2018-06"), 52, False),
      pos("2009 – 2013", "Medewerker patiëntenservice", "Ziekenhuis Gelre",
          ["Eerste aanspreekpunt voor patiënten en bezoekers."],
          ("2009-01", "2013-12"), 60, False, yearonly=True)]
PH_RATE = "€ 79,- per uur"
cv(file="Petra Hulshof.pdf", fmt="pdf", layout="single",
   name="Petra Hulshof", email="petra.hulshof@example.nl", phone="06-77665544", rate=PH_RATE,
   exp=ph, crit_text={"6": PH6, "7": PH7}, refs=["Joyce Arends", "Bert Lammers"],
   must_have=["Ruim 10 jaar ervaring als coördinator in het sociaal domein"],
   body=[("title", "Petra Hulshof"),
         ("p", "Twello  |  06-77665544  |  petra.hulshof@example.nl  |  Tarief " + PH_RATE),
         ("h", "Profiel"),
         ("p", "Ruim 10 jaar ervaring als coördinator in het sociaal domein. Ik ben een verbinder die overzicht "
               "houdt, mensen in hun kracht zet en zorgt dat afspraken worden nagekomen."),
         ("h", "Werkervaring"),
         ("pos", "sample", ph),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Joyce Arends, teamleider sociaal domein, gemeente Voorst, 06-31313131"),
         ("p", "Bert Lammers, manager vrijwilligers, Ziekenhuis Gelre, 06-31313132")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=40, refs=(2, False), zzp=False, hourly=79.0,
               crit=(15, 0, 15, 20, 0),
               notes="The profile's 'Ruim 10 jaar ervaring als coördinator in het sociaal domein' is a claim, not "
                     "demonstrable experience: only dated positions count. Coördinator wijkteam Gemeente Voorst "
                     "2018-07..2021-10 = 40 months is the only relevant one. 'Coördinator Welzijn – Ziekenhuis "
                     "Gelre' 2014-03..2018-06 (52) has welzijn in the title but a hospital as employer (not a "
                     "gemeente or welzijnsstichting) -> not relevant; a keyword matcher gets 92 and passes. "
                     "Beleidsmedewerker (current) and patiëntenservice not relevant (role). 40 < 60 on every reading "
                     "(no year-only relevant dates) -> knock-out 3 fail; criterion 5 = 0. No project/change "
                     "wording -> criterion 8 = 0."))

# ------------------------------------------------------------------------- Youssef El Amrani (docx)
# TRAP: coordinator at "Stichting Humanitas Deventer" (welfare: relevant) vs "Teamcoördinator,
# Stichting Jeugdzorg Plus Veluwe" (a youth-care institution: not a welzijnsstichting) -- decides ko 3.
YA6 = ("Voorbeeld beleid naar resultaat: het gemeentelijke uitvoeringsprogramma Eenzaamheid heb ik vertaald "
       "naar een jaarwerkplan met drie concrete projecten (maatjes voor 75-plussers, een belcirkel en "
       "buurtmaaltijden) en meetbare doelen; 210 ouderen doen mee.")
YA7 = ("Samenwerking met zorgaanbieders in de ouderenzorg, huisartsen en zorgverzekeraar Salland in het "
       "netwerk Dementievriendelijk Deventer.")
YA8 = ("Projectleider van de veranderopgave 'Kleinschalig wonen' in de jeugdzorg: van grote groepen naar "
       "woongroepen van zes jongeren, met projectplan en evaluatie.")
ya = [pos("maart 2022 – heden", "Coördinator Welzijn Ouderen", "Stichting Humanitas Deventer",
          ["Humanitas Deventer is een welzijnsstichting: maatjesprojecten, thuisadministratie en ouderenwerk "
           "met vrijwilligers.",
           "Leiding aan 4 beroepskrachten en 150 vrijwilligers.", YA6, YA7],
          ("2022-03", REF), 45, True),
      pos("januari 2017 – februari 2022", "Teamcoördinator", "Stichting Jeugdzorg Plus Veluwe",
          ["Leiding aan drie leefgroepen in de gesloten jeugdzorg (Jeugdzorg Plus), 24 pedagogisch "
           "medewerkers.", YA8,
           "Roosters, inzet van uren en werving & selectie."],
          ("2017-01", "2022-02"), 62, False),
      pos("2011 – 2016", "Groepsleider", "Stichting Jeugdzorg Plus Veluwe",
          ["Begeleiding van jongeren in een gesloten leefgroep."],
          ("2011-01", "2016-12"), 72, False, yearonly=True)]
YA_RATE = "€ 81,50 per uur"
cv(file="Youssef El Amrani.docx", fmt="docx", layout="single",
   name="Youssef El Amrani", email="y.elamrani@example.nl", phone="06-52525252", rate=YA_RATE,
   exp=ya, crit_text={"6": YA6, "7": YA7, "8": YA8}, refs=["Karin Dijkhuis", "Mehmet Yilmaz"],
   body=[("title", "Youssef El Amrani"),
         ("rows", [("Woonplaats", ["Deventer"]), ("Telefoon", ["06-52525252"]), ("E-mail", ["y.elamrani@example.nl"])]),
         ("p", "Tarief: " + YA_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator met ervaring in welzijn en jeugdzorg. Ik ben rustig, duidelijk en betrokken, en ik "
               "geef vertrouwen aan professionals en vrijwilligers."),
         ("h", "Werkervaring"),
         ("pos", "pipe", ya),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma behaald 2010"),
         ("h", "Referenties"),
         ("p", "Karin Dijkhuis, directeur Stichting Humanitas Deventer, 06-60606060"),
         ("p", "Mehmet Yilmaz, locatiemanager Stichting Jeugdzorg Plus Veluwe, 06-60606061")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=81.5,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Welzijn Ouderen at Stichting Humanitas Deventer (described in the CV as a "
                     "welzijnsstichting) 2022-03..2025-11 = 45: relevant. Teamcoördinator at Stichting Jeugdzorg Plus "
                     "Veluwe 2017-01..2022-02 (62): a (closed) youth-care institution is a care provider, not a "
                     "gemeente or a welzijnsstichting; knock-out 3 and criterion 5 name the employer type, and the "
                     "samples treat care providers (hospital, thuiszorg B.V.) as not relevant, so being a 'Stichting' "
                     "does not make it a welfare foundation -> not relevant. 45 < 60 (no year-only relevant dates) "
                     "-> knock-out 3 fail (a keyword matcher counts 107 and passes). Groepsleider not relevant "
                     "(role)."))

# ------------------------------------------------------------------------- Ilona Bos (pdf)
# TRAP: "HBO Social Work, Hogeschool Windesheim (2019 – heden, deeltijd)" -- still studying.
IB6 = ("Voorbeeld van beleid naar resultaat: het gemeentelijke beleid Gezond Opgroeien vertaald naar een "
       "jaarwerkplan met vier concrete projecten per wijk en meetbare doelen; 90% van de gezinnen met "
       "een hulpvraag binnen twee weken gesproken.")
IB7 = ("Samenwerking met zorgaanbieders, huisartsen, de jeugdgezondheidszorg van de GGD IJsselland en "
       "zorgverzekeraar Zilveren Kruis.")
IB8 = ("Projectleider van de transitie naar buurtteams in Kampen: projectmatig ingericht met een stuurgroep, "
       "drie pilots en een evaluatie.")
ib = [pos("augustus 2015 – heden", "Coördinator Buurtteam", "Gemeente Kampen",
          ["Leiding aan het buurtteam Kampen-Zuid (12 medewerkers).", IB6, IB7, IB8],
          ("2015-08", REF), 124, True),
      pos("maart 2010 – juli 2015", "Ambulant begeleider", "Stichting Welzijn Kampen",
          ["Begeleiding van gezinnen thuis."],
          ("2010-03", "2015-07"), 65, False)]
IB_RATE = "€ 78,- per uur"
cv(file="Ilona Bos.pdf", fmt="pdf", layout="single",
   name="Ilona Bos", email="ilona.bos@example.nl", phone="06-36363636", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Geert Vinke", "Saskia Zwart"],
   must_have=["HBO Social Work, Hogeschool Windesheim (2019 – heden, deeltijd)"],
   body=[("title", "Ilona Bos"),
         ("p", "Kampen  |  06-36363636  |  ilona.bos@example.nl"),
         ("p", "Tarief: " + IB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van een buurtteam met tien jaar ervaring. Ik studeer naast mijn werk voor mijn "
               "hbo-diploma."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ib),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Hogeschool Windesheim (2019 – heden, deeltijd)"),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, Deltion College Zwolle — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Geert Vinke, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-41414141"),
         ("p", "Saskia Zwart, teamleider, Stichting Welzijn Kampen, 06-41414142")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=124, refs=(2, False), zzp=False, hourly=78.0,
               crit=(0, 25, 15, 20, 25),
               notes="'HBO Social Work, Hogeschool Windesheim (2019 – heden, deeltijd)' is still being studied (and "
                     "the profile says so) -> not completed; highest completed level MBO SPW niveau 4 -> mbo, no "
                     "degree, not MWD -> knock-out 2 fail, criterion 4 = 0. The study period '2019 – heden' is not a "
                     "position. Coördinator Buurtteam Gemeente Kampen 2015-08..2025-11 = 124; ambulant begeleider "
                     "not relevant (role)."))

# ------------------------------------------------------------------------- Gijs Dekker (docx)
# TRAPS: the name is only in the file name (the CV starts "Curriculum vitae" and never names the
# candidate) -> name null; "Hogeschool Utrecht, Social Work — diploma verwacht 2026" -> not completed.
GK6 = ("Voorbeeld: het gemeentelijke beleidsplan Sociaal Domein vertaald naar een jaarwerkplan voor het "
       "sociaal team met concrete projecten (inloopspreekuur in elke wijk, vroegsignalering van schulden) en "
       "meetbare resultaten per kwartaal.")
GK8 = ("Projectleider van de herinrichting van het sociaal team naar vier wijkteams; verandertraject met "
       "projectplan, planning en evaluatie.")
gk = [pos("juni 2017 – heden", "Teamleider Sociaal Team", "Gemeente Houten",
          ["Leiding aan het sociaal team (17 medewerkers).", GK6, GK8,
           "Verantwoordelijk voor formatie, werving & selectie en het teambudget."],
          ("2017-06", REF), 102, True),
      pos("september 2011 – mei 2017", "Jeugdconsulent", "Gemeente Houten",
          ["Toegang tot jeugdhulp en gesprekken met gezinnen."],
          ("2011-09", "2017-05"), 69, False)]
GK_RATE = "€ 80,- per uur"
cv(file="Gijs Dekker.docx", fmt="docx", layout="single",
   name=None, email="coordinator.sd84@example.nl", phone="06 41 52 63 74", rate=GK_RATE,
   exp=gk, crit_text={"6": GK6, "8": GK8}, refs=["Lisette Brouwer", "Ahmed Bouzid"],
   must_have=["Hogeschool Utrecht, Social Work — diploma verwacht 2026"],
   body=[("title", "Curriculum vitae"),
         ("p", "Coördinator sociaal domein"),
         ("rows", [("Woonplaats", ["Houten"]), ("Telefoon", ["06 41 52 63 74"]),
                   ("E-mail", ["coordinator.sd84@example.nl"]), ("Geboortejaar", ["1984"])]),
         ("p", "Tarief: " + GK_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider van een sociaal team met acht jaar leidinggevende ervaring. Ik ben resultaatgericht, "
               "eerlijk en toegankelijk."),
         ("h", "Werkervaring"),
         ("pos", "sample", gk),
         ("h", "Opleiding"),
         ("p", "Hogeschool Utrecht, Social Work — diploma verwacht 2026"),
         ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, ROC Midden Nederland — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Lisette Brouwer, manager Maatschappelijke Ontwikkeling, gemeente Houten, 06-81818181"),
         ("p", "Ahmed Bouzid, teamleider Jeugd, gemeente Houten, 06-81818182")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=102, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 0, 25),
               notes="The candidate's name appears nowhere in the CV (title 'Curriculum vitae', no Naam row, an "
                     "e-mail without a name): only the file name says 'Gijs Dekker' -> name null (a file name is "
                     "not the CV; the reference names are not the candidate). 'Hogeschool Utrecht, Social Work — "
                     "diploma verwacht 2026': expected, not obtained -> not completed; highest completed MBO SMD "
                     "-> mbo, knock-out 2 fail, criterion 4 = 0. Teamleider Sociaal Team Gemeente Houten "
                     "2017-06..2025-11 = 102; jeugdconsulent not relevant (role). No partner/network wording -> "
                     "criterion 7 = 0."))

# ------------------------------------------------------------------------- Dennis Wolters (pdf)
# TRAP: two relevant positions at two municipalities at the same time: 48 + 36 = 84 summed, but the
# Oldebroek period lies entirely inside the Hattem one -> 48 merged -> knock-out 3 fail.
DW6 = ("Voorbeeld van beleid naar resultaat: het beleidsplan Wmo van Hattem vertaald naar een jaarwerkplan "
       "met concrete projecten (mantelzorgwaardering, valpreventie) en meetbare doelen; 300 mantelzorgers "
       "nieuw in beeld.")
DW7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis in het "
       "ouderennetwerk Hattem.")
DW8 = ("Projectleider van de invoering van een nieuw registratiesysteem en van de reorganisatie van het Wmo-loket "
       "in Hattem.")
dw = [pos("maart 2023 – heden", "Beleidsadviseur Welzijn", "Gemeente Epe",
          ["Advisering over welzijnssubsidies en de welzijnsopdracht."],
          ("2023-03", REF), 33, False),
      pos("maart 2019 – februari 2023", "Coördinator Wmo", "Gemeente Hattem",
          ["Coördinatie van het Wmo-team (7 consulenten).", DW6, DW7, DW8],
          ("2019-03", "2023-02"), 48, True),
      pos("januari 2020 – december 2022", "Teamleider Sociaal Team (16 uur per week, naast Hattem)",
          "Gemeente Oldebroek",
          ["Leiding aan het sociaal team Oldebroek, naast mijn functie in Hattem."],
          ("2020-01", "2022-12"), 36, True),
      pos("januari 2012 – februari 2019", "Wmo-consulent", "Gemeente Hattem",
          ["Keukentafelgesprekken en indicatiestelling."],
          ("2012-01", "2019-02"), 86, False)]
DW_RATE = "€ 83,- per uur"
cv(file="Dennis Wolters.pdf", fmt="pdf", layout="single",
   name="Dennis Wolters", email="dennis.wolters@example.nl", phone="06-28282828", rate=DW_RATE,
   exp=dw, crit_text={"6": DW6, "7": DW7, "8": DW8}, refs=["Ingrid Veenstra", "Paul de Bruin"],
   body=[("title", "Dennis Wolters"),
         ("p", "Hattem  |  06-28282828  |  dennis.wolters@example.nl"),
         ("p", "Uurtarief " + DW_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein, een tijd lang bij twee gemeenten tegelijk. Ik "
               "ben praktisch, verbindend en houd van duidelijke afspraken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", dw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Ingrid Veenstra, teamleider Samenleving, gemeente Hattem, 06-19191919"),
         ("p", "Paul de Bruin, afdelingshoofd Sociaal Domein, gemeente Oldebroek, 06-19191920")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=48, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Wmo Gemeente Hattem 2019-03..2023-02 (48) and Teamleider Sociaal Team Gemeente "
                     "Oldebroek 2020-01..2022-12 (36) run at the same time; Oldebroek lies entirely inside Hattem, so "
                     "merged = 48 (summed 84 would pass knock-out 3 and even criterion 5). 48 < 60, no year-only "
                     "relevant dates -> knock-out 3 fail, criterion 5 = 0. Beleidsadviseur (current) and "
                     "Wmo-consulent not relevant (role)."))
