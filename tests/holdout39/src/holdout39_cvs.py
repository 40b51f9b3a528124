# -*- coding: utf-8 -*-
"""Holdout round 39 for zeef: 8 fictional CVs (4 PDF, 4 DOCX), written without looking at the pipeline's source
or rules/. Two eligible controls and six CVs that look strong but must not pass, one for each of the tender's
gates (knock-outs 1, 2, 3 and the CV requirements pages, Dutch, references), each for a reason not used in rounds
2-37:

  - references: the second "referee" is the agency template's unfilled placeholder line
    ("Referent 2: Voornaam Achternaam, functie, organisatie, 06-00000000") -> count 1 -> fail;
  - knock-out 3: "Teamleider Participatie" at a gemeente where participatie is citizen participation in spatial
    plans under the Omgevingswet, not the social domain -> only 49 relevant months -> fail;
  - knock-out 2: the only hbo Maatschappelijk Werk en Dienstverlening line, under the heading "Opleiding en
    onderwijs", is the candidate's job as a lecturer at that programme; her own diploma is MBO -> fail;
  - knock-out 1: no zzp / KvK / eenmanszaak word; her "Praktische gegevens" list business liability insurance on
    her own name and an "AOV voor ondernemers" (disability insurance for entrepreneurs) -> ZZP indication -> review;
  - pages: a DOCX from an agency's CV generator whose docProps/app.xml still says <Pages>2</Pages> (the template's
    statistics) while the document has six hard page breaks and renders at 7 pages -> fail (added by
    src/post39.py after the shared build);
  - Dutch: an English CV that carries a full Dutch copy of itself as hidden text (w:vanish: not displayed, not
    printed) -> the CV a reader sees is English -> fail (added by src/post39.py after the shared build).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies (and two real hogescholen as schools). Built and checked by
tests/holdout2/src/build.py and expected.py, then src/post39.py (see tests/holdout39/make-holdout39.sh); see
tests/holdout2/src/cvset.py for the field list. Extra fields read only by src/post39.py:
  stale_app   docProps/app.xml statistics to write into the final DOCX (the CV is built with post="nopages")
  hidden_nl   paragraphs to append to the final DOCX's body as hidden text (w:vanish on run and paragraph mark)
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, result, insurer, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 39)."""
    c6 = (f"Van beleid naar resultaat: het beleidskader '{plan}' van de gemeente {place} heb ik omgezet in een "
          f"jaarplan met vier concrete projecten; resultaat: {result}.")
    c7 = (f"Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar {insurer} en "
          f"de partners van een publiek-private samenwerking (PPS) voor een buurtgezondheidscentrum.")
    c8 = f"Projectleider van de veranderopgave '{change}', van plan van aanpak tot evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Ellen Veenhoven (pdf) control
# Control, and the mirror of Jeroen Altena's trap: "Teamleider Participatie en Inkomen" at a gemeente where
# participatie IS the social domain (Participatiewet, re-integratie, beschut werk, bijstand) -> relevant.
EV6, EV7, EV8 = crits("Zutphen", "Iedereen doet mee", "62 inwoners met een bijstandsuitkering aan betaald werk "
                      "en een taalhuis in de bibliotheek", "Menzis", "de samenvoeging van het werkplein en het "
                      "sociaal team")
ev = [pos("maart 2017 – heden", "Teamleider Participatie en Inkomen", "Gemeente Zutphen",
          ["Leiding aan twaalf klantmanagers en jobcoaches: uitvoering van de Participatiewet, re-integratie, "
           "beschut werk en de bijstand; formatie, werving en budget.", EV6, EV7, EV8],
          ("2017-03", REF), 105, True),
      pos("januari 2012 – februari 2017", "Coördinator Ouderenwerk", "Stichting Welzijn Lochem",
          ["Coördinatie van de ouderenadviseurs, de dagactiviteiten en 80 vrijwilligers."],
          ("2012-01", "2017-02"), 62, True),
      pos("2008 – 2011", "Ouderenadviseur", "Stichting Welzijn Lochem",
          ["Huisbezoeken, informatie en advies aan ouderen en mantelzorgers."],
          ("2008-01", "2011-12"), 48, False, yearonly=True)]
EV_RATE = "Uurtarief: € 88,00 excl. btw"
cv(file="Ellen Veenhoven.pdf", fmt="pdf", layout="single",
   name="Ellen Veenhoven", email="ellen.veenhoven@example.nl", phone="06-41837265", rate=EV_RATE,
   exp=ev, crit_text={"6": EV6, "7": EV7, "8": EV8}, refs=["Marjon Geerdink", "Henk Rouwmaat"],
   must_have=["uitvoering van de Participatiewet, re-integratie, beschut werk en de bijstand"],
   body=[("title", "Ellen Veenhoven"),
         ("p", "Zutphen  |  06-41837265  |  ellen.veenhoven@example.nl"),
         ("pb", EV_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein met een achtergrond in het ouderenwerk. Ik werk vanuit het "
               "perspectief van de inwoner, geef richting in verandering en houd de randvoorwaarden op orde. "
               "In vaste dienst bij Gelre Detachering B.V., dat mij voor deze opdracht aanbiedt."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ev),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma behaald 2007"),
         ("h", "Cursussen"),
         ("p", "Leidinggeven aan professionals (2018); Methodisch werken met DA Systems (2022).")]
   + refs_block("Marjon Geerdink, afdelingsmanager Samenleving, gemeente Zutphen, 06-41837266",
                "Henk Rouwmaat, directeur-bestuurder Stichting Welzijn Lochem, 06-41837267"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="CONTROL, eligible (mirror of Jeroen Altena: here 'Participatie' is the social domain). "
                     "Teamleider Participatie en Inkomen, Gemeente Zutphen 'maart 2017 – heden' = 2017-03..2025-11 "
                     "= 105 (tasks: Participatiewet, re-integratie, beschut werk, bijstand = social domain) + "
                     "Coördinator Ouderenwerk, Stichting Welzijn Lochem 'januari 2012 – februari 2017' = 62 -> "
                     "contiguous, 167 (>= 72, criterion 5). Ouderenadviseur 2008 – 2011 (48) is not a leading "
                     "title. 'Bachelor Maatschappelijk Werk en Dienstverlening … diploma behaald 2007' -> hbo, "
                     "MWD. Two named referees with phone numbers. In vaste dienst bij een detacheerder: no zzp. "
                     "100 points, EUR 88 -> rank 1."))

# ------------------------------------------------------------------------- Joost Harmsen (docx) control, 3 pages
# Control, and the mirror of two traps: a DOCX with hard page breaks whose <Pages> (3) is right (Nienke Bruinsma's
# is stale), and references written "Referent 1: … / Referent 2: …" with both filled in (Anouk Rensink's second
# is the template placeholder).
JH6, JH7, JH8 = crits("Raalte", "Raalte verbindt", "drie dorpsteams en een wachttijd voor de Wmo-toegang van "
                      "twee weken in plaats van zes", "Zilveren Kruis", "de herinrichting van de toegang "
                      "sociaal domein")
jh = [pos("oktober 2019 – heden", "Manager Sociaal Domein", "Gemeente Raalte",
          ["Leiding aan de teams Wmo, jeugd en welzijn (34 medewerkers); formatie, budget en het "
           "registratiesysteem.", JH6, JH7, JH8], ("2019-10", REF), 74, True),
      pos("april 2013 – september 2019", "Coördinator Wijkteams", "Stichting Welzijn Ommen",
          ["Coördinatie van vier wijkteams en de inloopspreekuren in de dorpen."], ("2013-04", "2019-09"), 78, True),
      pos("september 2008 – maart 2013", "Wijkwerker", "Stichting Welzijn Ommen",
          ["Buurtactiviteiten en individuele ondersteuning in Ommen-Oost."], ("2008-09", "2013-03"), 55, False)]
JH_RATE = "Tarief: € 91,- per uur (excl. btw)"
JH_R1 = "Referent 1: Annet Hulsbos, gemeentesecretaris, gemeente Raalte, 06-57209314"
JH_R2 = "Referent 2: Dirk Kamphuis, directeur Stichting Welzijn Ommen, 06-57209315"
cv(file="Joost Harmsen.docx", fmt="docx", layout="single",
   name="Joost Harmsen", email="joost.harmsen@example.com", phone="06-57209313", rate=JH_RATE,
   exp=jh, crit_text={"6": JH6, "7": JH7, "8": JH8}, refs=["Annet Hulsbos", "Dirk Kamphuis"],
   must_have=[JH_R1, JH_R2],
   body=[("title", "Joost Harmsen"),
         ("p", "Raalte  |  06-57209313  |  joost.harmsen@example.com"),
         ("pb", JH_RATE),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein die teams meeneemt in ontwikkeling. Eerder coördinator van de wijkteams "
               "van een welzijnsstichting. Ik ben in loondienst bij Salland Detachering B.V."),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend leidinggeven", "Besluitvaardig bij tegenstellingen",
                 "Oog voor inwoners en bestuur"]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "next", jh),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Hogeschool Windesheim Zwolle — diploma 2008"),
         ("h", "Referenties"),
         ("p", JH_R1),
         ("p", JH_R2)],
   expect=dict(pages=3, edu=("hbo", True, True), coord=152, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="CONTROL, eligible. 3 pages (two hard page breaks; <Pages>3</Pages> from the rendering, "
                     "right). Manager Sociaal Domein, Gemeente Raalte 'oktober 2019 – heden' = 2019-10..2025-11 = "
                     "74 + Coördinator Wijkteams, Stichting Welzijn Ommen 'april 2013 – september 2019' = 78 -> "
                     "contiguous, 152 (>= 72). Wijkwerker (55) not leading. HBO Social Work, diploma -> MWD. "
                     "'Referent 1: Annet Hulsbos …' and 'Referent 2: Dirk Kamphuis …' are two real people -> 2. "
                     "In loondienst: no zzp. 100 points, EUR 91 -> rank 2 behind Ellen Veenhoven (EUR 88)."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Anouk Rensink (pdf)
# TRAP (target: wrong pass of the references check): the second referee line is the agency template's placeholder,
# never filled in: "Referent 2: Voornaam Achternaam, functie, organisatie, 06-00000000". It looks like a referee to
# a pattern (two capitalised words, a function, an organisation, a mobile number); it names nobody.
AR6, AR7, AR8 = crits("Doesburg", "Doesburg dichtbij", "een huiskamer in elke wijk en 25 % minder "
                      "doorverwijzingen naar specialistische jeugdhulp", "CZ", "de overgang van losse "
                      "loketten naar één wijkteam")
ar = [pos("juni 2016 – heden", "Coördinator Wijkteams", "Gemeente Doesburg",
          ["Coördinatie van twee wijkteams (15 medewerkers) voor Wmo, jeugd en schulden; formatie en budget.",
           AR6, AR7, AR8], ("2016-06", REF), 114, True),
      pos("september 2010 – mei 2016", "Teamleider Jongerenwerk", "Stichting Welzijn Rheden",
          ["Leiding aan zes jongerenwerkers en het jongerencentrum in Dieren."], ("2010-09", "2016-05"), 69, True)]
AR_RATE = "Uurtarief: € 84,50 excl. btw"
AR_R1 = "Referent 1: Gerard Pelgrim, afdelingsmanager Samenleving, gemeente Doesburg, 06-18273645"
AR_R2 = "Referent 2: Voornaam Achternaam, functie, organisatie, 06-00000000"
cv(file="Anouk Rensink.pdf", fmt="pdf", layout="single",
   name="Anouk Rensink", email="anouk.rensink@example.nl", phone="06-18273640", rate=AR_RATE,
   exp=ar, crit_text={"6": AR6, "7": AR7, "8": AR8}, refs=["Gerard Pelgrim"],
   must_have=[AR_R1, AR_R2],
   body=[("title", "Anouk Rensink"),
         ("p", "Doesburg  |  06-18273640  |  anouk.rensink@example.nl"),
         ("pb", AR_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator wijkteams bij de gemeente Doesburg, eerder teamleider jongerenwerk bij een "
               "welzijnsstichting. In dienst van Achterhoek Detacheert B.V."),
         ("h", "Werkervaring"),
         ("pos", "pipe", ar),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen — diploma 2010")]
   + refs_block(AR_R1, AR_R2),
   expect=dict(pages=1, edu=("hbo", True, True), coord=183, refs=(1, False), zzp=False, hourly=84.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting the placeholder as a second referee). "
                     "'Referent 2: Voornaam Achternaam, functie, organisatie, 06-00000000' is the agency template's "
                     "example line left unfilled: 'Voornaam Achternaam' is Dutch for 'First name Last name', "
                     "'functie, organisatie' are the field labels and 06-00000000 is no number. It names nobody "
                     "-> 1 referee (Gerard Pelgrim); the tender asks for at least 2; nothing 'op aanvraag' -> "
                     "fail (samples' Mark Peters). Months: Coördinator Wijkteams, Gemeente Doesburg "
                     "2016-06..2025-11 = 114 + Teamleider Jongerenwerk, Stichting Welzijn Rheden 2010-09..2016-05 "
                     "= 69 -> 183. HBO MWD. 100 points at EUR 84,50: a wrong pass would rank her first."))

# ------------------------------------------------------------------------- Jeroen Altena (pdf)
# TRAP (target: wrong pass of knock-out 3): "Teamleider Participatie | Gemeente Deventer" (117 months): a leading
# title, a gemeente, and "participatie" -- a social-domain word in the samples' conventions. Here it is the other
# participatie: involving residents and companies in spatial plans under the Omgevingswet (bouwplannen,
# infrastructuur, omgevingsgesprekken). Not the social domain -> only 49 months at a welzijnsstichting.
JA6, JA7, JA8 = crits("Deventer", "Samen in de wijk", "een buurtkamer in Rivierenwijk en 120 nieuwe vrijwilligers "
                      "in de mantelzorgondersteuning", "Salland", "de overgang van buurtwerk naar wijkgericht "
                      "welzijnswerk")
JA_PART = ("Leiding aan zeven participatieadviseurs die bewoners en bedrijven betrekken bij ruimtelijke plannen "
           "onder de Omgevingswet: omgevingsgesprekken, inloopavonden en participatieverslagen bij "
           "bouwplannen, herinrichting van straten en de aanleg van de Zuidelijke Rondweg.")
ja = [pos("maart 2016 – heden", "Teamleider Participatie", "Gemeente Deventer",
          [JA_PART, "Opstellen van de participatieparagraaf in het omgevingsplan en advies aan het college bij "
                    "vergunningaanvragen voor grote bouwprojecten."],
          ("2016-03", REF), 117, False),
      pos("februari 2012 – februari 2016", "Coördinator Buurtwerk", "Stichting Wijkwelzijn Deventer",
          ["Coördinatie van vijf buurtwerkers en de mantelzorgondersteuning in drie wijken.", JA6, JA7, JA8],
          ("2012-02", "2016-02"), 49, True),
      pos("2008 – 2011", "Opbouwwerker", "Stichting Wijkwelzijn Deventer",
          ["Bewonersinitiatieven en buurtbudgetten in Voorstad."], ("2008-01", "2011-12"), 48, False, yearonly=True)]
JA_RATE = "€ 86,- per uur excl. btw"
cv(file="Jeroen Altena.pdf", fmt="pdf", layout="sidebar",
   name="Jeroen Altena", email="jeroen.altena@example.com", phone="06-30571948", rate=JA_RATE,
   exp=ja, crit_text={"6": JA6, "7": JA7, "8": JA8}, refs=["Saskia Nijhof", "Bert Lamberink"],
   must_have=[JA_PART],
   left=[("h", "Contact"),
         ("p", "Deventer"),
         ("p", "06-30571948"),
         ("p", "jeroen.altena@example.com"),
         ("h", "Tarief"),
         ("p", JA_RATE),
         ("h", "Talen"),
         ("p", "Nederlands, Engels")],
   right=[("title", "Jeroen Altena"),
          ("h", "Profiel"),
          ("p", "Teamleider bij de gemeente Deventer en daarvoor coördinator buurtwerk. Ik breng inwoners, "
                "gemeente en partners bij elkaar en ben in loondienst bij Deventer Detachering B.V."),
          ("h", "Werkervaring"),
          ("pos", "pipe", ja),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Deventer — diploma 2007")]
   + refs_block("Saskia Nijhof, afdelingshoofd Ruimtelijke Ontwikkeling, gemeente Deventer, 06-30571949",
                "Bert Lamberink, directeur Stichting Wijkwelzijn Deventer, 06-30571950"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=49, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: reading 'Teamleider Participatie | Gemeente Deventer' "
                     "as social domain). Its tasks are citizen participation in spatial planning under the "
                     "Omgevingswet (bouwplannen, herinrichting van straten, een rondweg, the participatieparagraaf "
                     "of the omgevingsplan, building permits): the physical domain, not the social domain (not "
                     "the Participatiewet) -> not relevant, whatever the word. 2016-03..2025-11 = 117 not "
                     "counted. Relevant: Coördinator Buurtwerk, Stichting Wijkwelzijn Deventer 'februari 2012 – "
                     "februari 2016' = 2012-02..2016-02 = 49 -> 49 < 60 -> fail (no year-only date in a relevant "
                     "position: not review); criterion 5 = 0. Opbouwwerker 2008 – 2011 not leading. 166 months "
                     "if the participatie team counted. Bachelor Social Work -> MWD. 75 points. Mirror: Ellen "
                     "Veenhoven's Participatie en Inkomen (Participatiewet) counts."))

# ------------------------------------------------------------------------- Willemijn Baars (pdf)
# TRAP (target: wrong pass of knock-out 2): under the heading "Opleiding en onderwijs" the only hbo Maatschappelijk
# Werk en Dienstverlening line is her job as a lecturer at that programme ("… 2014 – 2020: docent gespreksvoering en
# afstudeerbegeleider (0,2 fte, naast mijn baan)"); her own diploma is MBO Sociaal Pedagogisch Werk.
WB6, WB7, WB8 = crits("Smallingerland", "Meedoen in Smallingerland", "een sociaal team per dorp en 40 % meer "
                      "bereik onder jonge mantelzorgers", "De Friesland", "de invoering van dorpsgerichte "
                      "sociale teams")
WB_DOC = ("Hbo-opleiding Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden, 2014 – 2020: "
          "docent gespreksvoering en afstudeerbegeleider (0,2 fte, naast mijn baan)")
wb = [pos("januari 2013 – heden", "Coördinator Sociaal Team", "Gemeente Smallingerland",
          ["Coördinatie van het sociaal team Drachten-Noord (18 medewerkers); formatie, werving en budget.",
           WB6, WB7, WB8], ("2013-01", REF), 155, True),
      pos("mei 2005 – december 2012", "Teamleider Welzijn Ouderen", "Stichting Welzijn Opsterland",
          ["Leiding aan acht ouderenwerkers en de vrijwilligers van de maaltijdservice."],
          ("2005-05", "2012-12"), 92, True),
      pos("1999 – 2004", "Groepsbegeleider", "Stichting Zorggroep Friesland-Oost",
          ["Begeleiding van bewoners met een verstandelijke beperking."], ("1999-01", "2004-12"), 72, False,
          yearonly=True),
      # the lecturer's job, printed inside the education section
      pos("2014 – 2020", "docent gespreksvoering en afstudeerbegeleider", "NHL Hogeschool Leeuwarden",
          [], ("2014-01", "2020-12"), 84, False, yearonly=True)]
WB_RATE = "Uurtarief: € 83,- excl. btw"
cv(file="Willemijn Baars.pdf", fmt="pdf", layout="single",
   name="Willemijn Baars", email="willemijn.baars@example.nl", phone="06-92736184", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Sjoerd Wiersma", "Hennie de Vries"],
   must_have=[WB_DOC, "MBO Sociaal Pedagogisch Werk (niveau 4), ROC Friese Poort, Drachten — diploma 1999"],
   body=[("title", "Willemijn Baars"),
         ("p", "Drachten  |  06-92736184  |  willemijn.baars@example.nl"),
         ("pb", WB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Drachten met twintig jaar leidinggevende ervaring in "
               "welzijn. Ik verbind praktijk en onderwijs: zes jaar gaf ik les aan toekomstige "
               "maatschappelijk werkers. In loondienst bij Noord Detachering B.V."),
         ("h", "Werkervaring"),
         ("pos", "dateline", wb[:3]),
         ("h", "Opleiding en onderwijs"),
         ("p", WB_DOC),
         ("p", "MBO Sociaal Pedagogisch Werk (niveau 4), ROC Friese Poort, Drachten — diploma 1999"),
         ("p", "Cursus Motiverende gespreksvoering (2016)")]
   + refs_block("Sjoerd Wiersma, afdelingsmanager Sociaal Domein, gemeente Smallingerland, 06-92736185",
                "Hennie de Vries, voormalig directeur Stichting Welzijn Opsterland, 06-92736186"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=247, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: reading the hbo MWD line under 'Opleiding en "
                     "onderwijs' as her degree). The line is 'Hbo-opleiding Maatschappelijk Werk en "
                     "Dienstverlening, NHL Hogeschool Leeuwarden, 2014 – 2020: docent gespreksvoering en "
                     "afstudeerbegeleider (0,2 fte, naast mijn baan)' -- she taught at the programme (the profile "
                     "says so too: 'zes jaar gaf ik les aan toekomstige maatschappelijk werkers'); teaching is no "
                     "education. Her own education: MBO Sociaal Pedagogisch Werk (niveau 4) — diploma 1999 -> "
                     "highest completed mbo, no hbo bachelor, mwd false, criterion 4 = 0. Months: Coördinator "
                     "Sociaal Team, Gemeente Smallingerland 2013-01..2025-11 = 155 + Teamleider Welzijn Ouderen, "
                     "Stichting Welzijn Opsterland 2005-05..2012-12 = 92 -> 247 (the lecturer's job 2014 – 2020 "
                     "and the Groepsbegeleider years are not leading roles and not counted). 85 points."))

# ------------------------------------------------------------------------- Carla Wijnbergen (docx)
# TRAP (target: wrong pass of knock-out 1): offered through an intermediary, no zzp / KvK / eenmanszaak / B.V. of her
# own; the self-employment shows only in "Praktische gegevens": business liability insurance on her own name and an
# arbeidsongeschiktheidsverzekering "voor ondernemers".
CW6, CW7, CW8 = crits("Nunspeet", "Nunspeet naar elkaar", "een mantelzorgcafé in elke kern en een Wmo-wachtlijst "
                      "die van 140 naar 20 aanvragen ging", "Zilveren Kruis", "de reorganisatie van de Wmo- en "
                      "jeugdtoegang")
CW_INS = ("Verzekeringen: beroeps- en bedrijfsaansprakelijkheidsverzekering op eigen naam; "
          "arbeidsongeschiktheidsverzekering (AOV) voor ondernemers")
cw = [pos("februari 2018 – heden", "Coördinator Wmo en Jeugd", "Gemeente Nunspeet",
          ["Coördinatie van de Wmo- en jeugdconsulenten (14 medewerkers); planning, kwaliteit en budget.",
           CW6, CW7, CW8], ("2018-02", REF), 94, True),
      pos("juni 2012 – januari 2018", "Teamleider Mantelzorg", "Stichting Welzijn Ermelo",
          ["Leiding aan het mantelzorgsteunpunt: vijf consulenten en 60 vrijwilligers."],
          ("2012-06", "2018-01"), 68, True)]
CW_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Carla Wijnbergen.docx", fmt="docx", layout="header",
   header="Carla Wijnbergen  |  Ermelo  |  06-65038127  |  carla.wijnbergen@example.nl",
   name="Carla Wijnbergen", email="carla.wijnbergen@example.nl", phone="06-65038127", rate=CW_RATE,
   exp=cw, crit_text={"6": CW6, "7": CW7, "8": CW8}, refs=["Jan-Willem Brouwer", "Gonnie Veldhuizen"],
   must_have=[CW_INS, "Inschrijving via: Veluwe Inhuur B.V."],
   body=[("title", "Curriculum vitae"),
         ("h", "Profiel"),
         ("p", "Coördinator Wmo en jeugd met ruim dertien jaar leidinggevende ervaring bij een gemeente en een "
               "welzijnsstichting. Ik houd van heldere afspraken en een team dat zelf verantwoordelijkheid neemt."),
         ("h", "Werkervaring"),
         ("eu_pos", cw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Jan-Willem Brouwer, afdelingsmanager Samenleving, gemeente Nunspeet, 06-65038128"),
         ("p", "Gonnie Veldhuizen, directeur Stichting Welzijn Ermelo, 06-65038129"),
         ("h", "Praktische gegevens"),
         ("p", "Inschrijving via: Veluwe Inhuur B.V."),
         ("p", "Beschikbaarheid: per 1 december 2025, 24 uur per week"),
         ("p", "VOG: aanwezig (afgegeven in 2025)"),
         ("p", CW_INS),
         ("p", CW_RATE)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=162, refs=(2, False), zzp=True, hourly=89.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass: no zzp, KvK, eenmanszaak or own B.V. anywhere, "
                     "and she is offered 'via Veluwe Inhuur B.V.'). 'Verzekeringen: beroeps- en "
                     "bedrijfsaansprakelijkheidsverzekering op eigen naam; arbeidsongeschiktheidsverzekering (AOV) "
                     "voor ondernemers': an employee or a seconded worker is insured by the employer; business "
                     "liability insurance on her own name and disability insurance for entrepreneurs mean she "
                     "works as a self-employed person, and an intermediary (not an employer) offers her -> a ZZP "
                     "indication; the tender excludes ZZP-ers -> ko 1 review (a person asks), like samples' Willem "
                     "de Graaf. Months: Coördinator Wmo en Jeugd, Gemeente Nunspeet 2018-02..2025-11 = 94 + "
                     "Teamleider Mantelzorg, Stichting Welzijn Ermelo 2012-06..2018-01 = 68 -> 162. HBO MWD. "
                     "100 points, EUR 89."))

# ------------------------------------------------------------------------- Nienke Bruinsma (docx), 7 pages
# TRAP (target: wrong pass of the page check): the agency's CV generator filled a two-page template and left its
# statistics in docProps/app.xml: <Pages>2</Pages>. The document itself has six hard page breaks (every section on
# a page of its own) and renders at 7 pages. Built without <Pages> (post="nopages", so expected.py checks the
# 7-page rendering), then src/post39.py writes the stale statistics.
NB6, NB7, NB8 = crits("Heerenveen", "Heerenveen voor elkaar", "een ontmoetingsplek in elke wijk en 300 "
                      "huishoudens die eerder hulp bij schulden kregen", "De Friesland", "de fusie van twee "
                      "welzijnsorganisaties tot één wijkteamorganisatie")
nb = [pos("januari 2020 – heden", "Manager Welzijn", "Stichting Welzijn Heerenveen",
          ["Leiding aan het welzijnswerk in Heerenveen (32 medewerkers, 5 teams); begroting en subsidierelatie "
           "met de gemeente.", "Lid van het managementteam; portefeuille wijkteams en mantelzorg."],
          ("2020-01", REF), 71, True),
      pos("maart 2014 – december 2019", "Coördinator Jeugd en Gezin", "Gemeente Heerenveen",
          ["Coördinatie van het jeugd- en gezinsteam (11 medewerkers).",
           "Werkafspraken met scholen en de jeugdgezondheidszorg."], ("2014-03", "2019-12"), 70, True)]
NB_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Nienke Bruinsma.docx", fmt="docx", layout="single", post="nopages",
   stale_app={"Pages": 2, "Words": 612, "Characters": 4087, "Lines": 38, "Paragraphs": 27},
   name="Nienke Bruinsma", email="nienke.bruinsma@example.nl", phone="06-13958274", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Atze Hoekstra", "Grietje Postma"],
   body=[("title", "Nienke Bruinsma"),
         ("p", "Heerenveen  |  06-13958274  |  nienke.bruinsma@example.nl"),
         ("pb", NB_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn en eerder coördinator jeugd en gezin bij de gemeente. Ik geef richting aan "
               "teams in verandering en werk vanuit het perspectief van de inwoner. In loondienst bij Fryslân "
               "Detachering B.V."),
         ("break",),
         ("h", "Werkervaring (1/2)"),
         ("pos", "datebold", nb[:1]),
         ("break",),
         ("h", "Werkervaring (2/2)"),
         ("pos", "datebold", nb[1:]),
         ("break",),
         ("h", "Voorbeelden uit de praktijk"),
         ("p", NB6),
         ("p", NB7),
         ("p", NB8),
         ("break",),
         ("h", "Opleiding en cursussen"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden — diploma 2013"),
         ("p", "Cursus Leidinggeven aan professionals (2019)"),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend", "Helder en besluitvaardig", "Oog voor inwoners en bestuur",
                 "Analytisch en oplossingsgericht"]),
         ("break",)]
   + refs_block("Atze Hoekstra, wethouder Sociaal Domein, gemeente Heerenveen, 06-13958275",
                "Grietje Postma, voorzitter Raad van Toezicht Stichting Welzijn Heerenveen, 06-13958276"),
   expect=dict(pages=7, pages_exact=False, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False,
               hourly=87.5, crit=FULL,
               notes="TRAP, not eligible: pages fail (target: a pass from the stale docProps/app.xml). The DOCX's "
                     "app.xml says <Pages>2</Pages> (with Words 612, Paragraphs 27: an agency template's "
                     "statistics that its CV generator did not recount), but the document has six hard page "
                     "breaks -- every section starts a new page -- so it has at least 7 pages whatever the "
                     "renderer; LibreOffice renders 7. The tender allows 5 -> fail. pages_exact false: the "
                     "stored count contradicts the document, so the count is the rendering (or a lower bound "
                     "from the breaks), not the metadata; an estimate of 7 is two pages over the limit -> fail "
                     "either way, not review. Months: Manager Welzijn, Stichting Welzijn Heerenveen "
                     "2020-01..2025-11 = 71 + Coördinator Jeugd en Gezin, Gemeente Heerenveen 2014-03..2019-12 = "
                     "70 -> 141. HBO MWD. 100 points, EUR 87,50 (a wrong pass would rank her 2nd)."))

# ------------------------------------------------------------------------- Floor Meijerink (docx), English
# TRAP (target: wrong pass of the Dutch check): the CV a reader sees (screen and print) is English. After the
# shared build, src/post39.py appends a full Dutch version of it as hidden text (w:vanish on every run and
# paragraph mark): keyword stuffing for screening software. The Dutch copy has the same facts (same employers,
# titles and dates), no referees.
FM6 = ("Policy into results: I translated the municipal policy framework 'Apeldoorn cares' into an annual plan "
       "with four concrete projects; the result was a neighbourhood health hub in Zevenhuizen and a waiting time "
       "for support that went down from eight to three weeks.")
FM7 = ("I work with care providers, general practitioners, the patient association, the health insurer Menzis "
       "and the partners of a public-private partnership (PPS) for a community health centre.")
FM8 = ("I was the project lead of the change programme 'one front door for the social domain', from the plan of "
       "approach to the evaluation.")
fm = [pos("January 2017 – Present", "Manager Social Domain", "Municipality of Apeldoorn",
          ["I lead the teams for social support, youth and welfare of the municipality (38 staff) and I am "
           "responsible for the budget, the staffing and the recruitment of new colleagues.", FM6, FM7, FM8],
          ("2017-01", REF), 107, True),
      pos("May 2011 – December 2016", "Coordinator Neighbourhood Teams", "Stichting Welzijn Apeldoorn",
          ["I coordinated three neighbourhood teams of the welfare foundation and the walk-in hours in the "
           "community centres."], ("2011-05", "2016-12"), 68, True)]
FM_RATE = "Hourly rate: € 90 excl. VAT"
FM_HIDDEN = [
    "Profiel",
    "Ervaren manager in het sociaal domein. Ik verbind beleid en uitvoering, neem teams mee in verandering en "
    "houd het perspectief van de inwoner centraal. Ik ben in loondienst bij een detacheringsbureau.",
    "Werkervaring",
    "januari 2017 – heden: Manager Sociaal Domein, Gemeente Apeldoorn",
    "Ik geef leiding aan de teams Wmo, jeugd en welzijn van de gemeente (38 medewerkers) en ben "
    "verantwoordelijk voor het budget, de formatie en de werving van nieuwe collega's.",
    "Van beleid naar resultaat: het beleidskader 'Apeldoorn zorgt' heb ik omgezet in een jaarplan met vier "
    "concrete projecten; resultaat: een buurtgezondheidspunt in Zevenhuizen en een wachttijd voor "
    "ondersteuning die van acht naar drie weken ging.",
    "Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Menzis en de "
    "partners van een publiek-private samenwerking (PPS) voor een gezondheidscentrum in de wijk.",
    "Projectleider van de veranderopgave 'één toegang voor het sociaal domein', van plan van aanpak tot "
    "evaluatie.",
    "mei 2011 – december 2016: Coördinator Wijkteams, Stichting Welzijn Apeldoorn",
    "Ik coördineerde drie wijkteams van de welzijnsstichting en de inloopspreekuren in de buurthuizen.",
    "Opleiding",
    "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2010",
    "Toelichting op het profiel",
    "Ik heb ruim veertien jaar ervaring als coördinator en manager binnen het sociaal domein, bij een "
    "gemeente en bij een welzijnsstichting. Ik ben een verbinder tussen beleid en uitvoering en tussen "
    "beleidsadviseurs en medewerkers. Ik ondersteun medewerkers in hun professionele ontwikkeling, stimuleer "
    "eigenaarschap en breng structuur aan in werkprocessen. Ik stuur op afspraken, bewaak de voortgang van "
    "het jaarwerkplan en zorg voor monitoring, evaluatie en rapportage. Ik ben verantwoordelijk geweest voor "
    "formatie, instroom, werving en selectie en de inzet van uren binnen het team, in afstemming met HR en de "
    "manager. Ik werk integraal en oplossingsgericht, vanuit het perspectief van de inwoner en preventief. Ik "
    "communiceer helder, durf anderen aan te spreken, ben besluitvaardig en kijk kritisch naar processen. Ik "
    "heb oog voor de wensen en behoeften van zowel inwoners als bestuur en kan goed omgaan met "
    "tegenstellingen, dynamiek en veranderopgaven.",
]
cv(file="Floor Meijerink.docx", fmt="docx", layout="single", lang="en",
   hidden_nl=FM_HIDDEN,
   name="Floor Meijerink", email="floor.meijerink@example.com", phone="06-28417359", rate=FM_RATE,
   exp=fm, crit_text={"6": FM6, "7": FM7, "8": FM8}, refs=["Ruud Hazeleger", "Tineke Pol"],
   body=[("title", "Floor Meijerink"),
         ("p", "Apeldoorn  |  06-28417359  |  floor.meijerink@example.com"),
         ("pb", FM_RATE),
         ("h", "Profile"),
         ("p", "Experienced manager in the social domain. I connect policy and practice, I lead teams through "
               "change and I keep the perspective of the residents at the centre of my work. I am employed by a "
               "secondment agency."),
         ("h", "Work experience"),
         ("pos", "pipe", fm),
         ("h", "Education"),
         ("p", "Bachelor of Social Work (Maatschappelijk Werk en Dienstverlening), Saxion University of Applied "
               "Sciences, Deventer — graduated in 2010"),
         ("h", "Languages"),
         ("p", "Dutch (native), English (fluent), German (good)")]
   + refs_block("Ruud Hazeleger, director of the social domain, Municipality of Apeldoorn, 06-28417360",
                "Tineke Pol, director, Stichting Welzijn Apeldoorn, 06-28417361", head="References"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=175, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL, lang="en",
               notes="TRAP, not eligible: Dutch check fail (target: a pass because of the hidden Dutch text). "
                     "Everything a reader sees on screen or on paper is English (Profile, Work experience, "
                     "Education, References); the DOCX also holds a complete Dutch version of the CV plus a "
                     "Dutch 'Toelichting op het profiel' as hidden text (w:vanish), written for screening "
                     "software: Word does not show or print it, LibreOffice does not render it. The CV as "
                     "submitted to the assessor is not 'opgesteld in het Nederlands' -> language en, fail (like "
                     "samples' Lotte Willems). Other fields are the truth and the same in both versions: Manager "
                     "Social Domain, Municipality of Apeldoorn 2017-01..2025-11 = 107 + Coordinator Neighbourhood "
                     "Teams, Stichting Welzijn Apeldoorn 2011-05..2016-12 = 68 -> 175; Bachelor of Social Work "
                     "(MWD), graduated 2010 -> hbo, MWD; two referees (only in the visible English part). The "
                     "English passages earn criteria 6, 7, 8 -> 100 points, EUR 90."))
