# -*- coding: utf-8 -*-
"""Holdout round 36 for zeef: 8 fictional CVs (4 PDF, 4 DOCX) as they would arrive for the Heerde tender.
Four eligible candidates in ordinary but varied styles (experience table, Europass, sidebar, contact in the page
header; one of them with an HBO bachelor Pedagogiek, hbo but not MWD) and four that must not pass for one
realistic reason each: a coordinator of a Centrum voor Jeugd en Gezin employed by a GGD; 58 relevant months
because two coordinator roles overlap (68 if summed); an English CV with a Dutch summary; a candidate on a
payroll company's books who calls himself a freelancer. Written without looking at the pipeline's source or rules/.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout36/make-holdout36.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, result, insurer, change):
    """The passages of criteria 6, 7 and 8 (wording for this round)."""
    c6 = (f"Voorbeeld: het beleidskader '{plan}' van de gemeente {place} heb ik samen met de beleidsadviseurs "
          f"uitgewerkt tot een jaarwerkplan met concrete projecten en meetbare doelen; resultaat: {result}.")
    c7 = (f"Vaste samenwerkingspartners: zorgaanbieders, huisartsen en POH-GGZ, de cliëntenraad (patiënten"
          f"perspectief), zorgverzekeraar {insurer} en een publiek-private samenwerking (PPS) met het lokale bedrijfsleven.")
    c8 = f"Projectleider van de veranderopgave '{change}', van plan van aanpak tot evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Gijs Scholtens (pdf) Europass
GS6, GS7, GS8 = crits("Elburg", "Elburg doet mee", "een participatiewerkplaats voor 40 inwoners en een "
                      "buurtbus naar Doornspijk", "Zilveren Kruis", "de samenvoeging van Wmo-loket en welzijnswerk")
gs = [pos("09/2019 – heden", "Manager Welzijn en Participatie", "Gemeente Elburg",
          ["Leiding aan het team welzijn en participatie (18 medewerkers); formatie, werving & selectie, budget.",
           GS6, GS7, GS8], ("2019-09", REF), 75, True),
      pos("02/2014 – 08/2019", "Coördinator Buurtwerk", "Stichting Welzijnswerk Noord-Veluwe",
          ["Aansturing van zes buurtwerkers en de vrijwilligerscentrale."], ("2014-02", "2019-08"), 67, True),
      pos("09/2009 – 01/2014", "Opbouwwerker", "Stichting Welzijnswerk Noord-Veluwe",
          ["Buurtnetwerken en bewonersinitiatieven in Nunspeet."], ("2009-09", "2014-01"), 53, False)]
GS_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Gijs Scholtens.pdf", fmt="pdf", layout="single",
   name="Gijs Scholtens", email="gijs.scholtens@example.nl", phone="06-52817340", rate=GS_RATE,
   exp=gs, crit_text={"6": GS6, "7": GS7, "8": GS8}, refs=["Anja Bredewold", "Kees-Jan Mulderij"],
   body=[("title", "Europass Curriculum Vitae"),
         ("rows", [("Naam", ["Gijs Scholtens"]), ("Woonplaats", ["Nunspeet"]),
                   ("Telefoon", ["06-52817340"]), ("E-mail", ["gijs.scholtens@example.nl"])]),
         ("pb", GS_RATE),
         ("h", "Werkervaring"),
         ("eu_pos", gs),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("2005 – 2009", ["HBO Maatschappelijk Werk en Dienstverlening",
                                     "Christelijke Hogeschool Ede — diploma behaald"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("p", "Moedertaal: Nederlands. Andere talen: Engels (B2), Duits (B1).")]
   + refs_block("Anja Bredewold, wethouder Sociaal Domein, gemeente Elburg, 06-52817341",
                "Kees-Jan Mulderij, directeur Stichting Welzijnswerk Noord-Veluwe, 06-52817342"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=142, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="Eligible, Europass layout (label | value rows, dates cell | position cell). Manager Welzijn en "
                     "Participatie, Gemeente Elburg 2019-09..2025-11 = 75 + Coördinator Buurtwerk, Stichting "
                     "Welzijnswerk Noord-Veluwe 2014-02..2019-08 = 67 -> 142 (>= 72). Opbouwwerker: not leading. "
                     "HBO MWD, diploma behaald -> criterion 4. Two named referees. Employed, no zzp. 100 points, "
                     "EUR 89 -> rank 1 (tie with Merel Tjoelker at 100 won on rate)."))

# ------------------------------------------------------------------------- Merel Tjoelker (pdf) sidebar
MT6, MT7, MT8 = crits("Ermelo", "Ermelo voor elkaar", "vier wijkpunten en een wachttijd van hooguit drie weken "
                      "voor een keukentafelgesprek", "Menzis", "de vorming van één gebiedsteam per kern")
mt = [pos("juni 2016 – heden", "Teamleider Gebiedsteam", "Gemeente Ermelo",
          ["Leiding aan het gebiedsteam (14 professionals); formatie, werving en de verdeling van uren.",
           MT6, MT7, MT8], ("2016-06", REF), 114, True),
      pos("januari 2012 – mei 2016", "Medewerker Gebiedsteam", "Gemeente Ermelo",
          ["Keukentafelgesprekken en casusregie."], ("2012-01", "2016-05"), 53, False)]
MT_RATE = "Tarief € 91,- per uur excl. btw"
cv(file="Merel Tjoelker.pdf", fmt="pdf", layout="sidebar",
   name="Merel Tjoelker", email="merel.tjoelker@example.nl", phone="06-73920418", rate=MT_RATE,
   exp=mt, crit_text={"6": MT6, "7": MT7, "8": MT8}, refs=["Jolanda Hesselink", "Bart van Oordt"],
   left=[("h", "Contact"), ("p", "merel.tjoelker@example.nl"), ("p", "06-73920418"), ("p", "Ermelo"),
         ("h", "Tarief"), ("p", MT_RATE),
         ("h", "Kwaliteiten"), ("p", "Verbinden"), ("p", "Coachen"), ("p", "Besluitvaardig")],
   right=[("title", "Merel Tjoelker"),
          ("h", "Profiel"),
          ("p", "Teamleider van het gebiedsteam in Ermelo sinds 2016, met de voeten in de wijk en oog voor de "
                "medewerker. In loondienst bij een detacheringsbureau."),
          ("h", "Werkervaring"),
          ("pos", "sample", mt),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2011")]
   + refs_block("Jolanda Hesselink, afdelingshoofd Samenleving, gemeente Ermelo, 06-73920419",
                "Bart van Oordt, teamleider Jeugd, gemeente Putten, 06-73920420"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=114, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="Eligible, sidebar layout (contact and rate in the left column). Teamleider Gebiedsteam, "
                     "Gemeente Ermelo 2016-06..2025-11 = 114 (>= 72). Medewerker Gebiedsteam: not leading. "
                     "Bachelor Social Work (completed) -> mwd. Two named referees. Detacheerder, no zzp. 100 points, "
                     "EUR 91 -> rank 2 (tie at 100 with Gijs Scholtens, lost on rate)."))

# ------------------------------------------------------------------------- Froukje Haarsma (docx) table, Pedagogiek
FH6, FH7, FH8 = crits("Hattem", "Hattem heeft hart", "een inloophuis voor mantelzorgers en 30 % minder "
                      "wachtenden bij het sociaal team", "CZ", "het samengaan van sociaal team en jeugdteam")
FH_EDU = "Bachelor Pedagogiek (hbo), Hogeschool Windesheim Zwolle — diploma 2010"
fh = [pos("april 2018 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Leiding aan het sociaal team (9 medewerkers); formatie, instroom en budget.", FH6, FH7, FH8],
          ("2018-04", REF), 92, True),
      pos("januari 2013 – maart 2018", "Teamleider Wmo", "Gemeente Zwartewaterland",
          ["Aansturing van acht Wmo-consulenten."], ("2013-01", "2018-03"), 63, True),
      pos("september 2010 – december 2012", "Gezinscoach", "Gemeente Zwartewaterland",
          ["Gezinsbegeleiding in Genemuiden en Hasselt."], ("2010-09", "2012-12"), 28, False)]
FH_RATE = "Uurtarief € 86,00 (exclusief btw)"
cv(file="Froukje Haarsma.docx", fmt="docx", layout="single",
   name="Froukje Haarsma", email="froukje.haarsma@example.nl", phone="06-61038274", rate=FH_RATE,
   exp=fh, crit_text={"6": FH6, "7": FH7, "8": FH8}, refs=["Roelof Zandbergen", "Ineke Spoelstra"],
   must_have=[FH_EDU],
   body=[("title", "Froukje Haarsma"),
         ("p", "Hattem  ·  06-61038274  ·  froukje.haarsma@example.nl"),
         ("pb", FH_RATE),
         ("h", "Profiel"),
         ("p", "Pedagoog en coördinator van het sociaal team in Hattem; eerder teamleider Wmo in Zwartewaterland."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), fh),
         ("h", "Toelichting"),
         ("tasks", fh),
         ("h", "Opleiding"),
         ("p", FH_EDU)]
   + refs_block("Roelof Zandbergen, manager Samenleving, gemeente Hattem, 06-61038275",
                "Ineke Spoelstra, beleidsadviseur Wmo, gemeente Zwartewaterland, 06-61038276"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=155, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Eligible, experience as a table (Periode | Functie | Werkgever) with the tasks below. "
                     "Coördinator Sociaal Team, Gemeente Hattem 2018-04..2025-11 = 92 + Teamleider Wmo, Gemeente "
                     "Zwartewaterland 2013-01..2018-03 = 63 -> 155. Gezinscoach: not leading. Bachelor Pedagogiek "
                     "is a completed HBO bachelor (knock-out 2 pass) but not MWD/Social Work -> mwd false, "
                     "criterion 4 = 0. 85 points -> rank 3, shortlisted."))

# ------------------------------------------------------------------------- Wouter Bolhuis (docx) header
WB6 = ("Voorbeeld: de beleidsnota 'Dronten zorgt' heb ik omgezet in een jaarwerkplan met concrete acties en "
       "resultaten: een Wmo-loket in elke kern en een halvering van de wachtlijst huishoudelijke hulp.")
WB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de Wmo-raad "
       "(patiënten- en cliëntenperspectief) en een publiek-private samenwerking (PPS) met de woningcorporatie.")
wb = [pos("oktober 2015 – heden", "Coördinator Wmo en Participatie", "Gemeente Dronten",
          ["Leiding aan twaalf Wmo-consulenten en twee participatiecoaches; formatie en budget.", WB6, WB7],
          ("2015-10", REF), 122, True),
      pos("maart 2010 – september 2015", "Wmo-consulent", "Gemeente Lelystad",
          ["Indicatiestelling en keukentafelgesprekken."], ("2010-03", "2015-09"), 67, False)]
WB_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Wouter Bolhuis.docx", fmt="docx", layout="header",
   header="Wouter Bolhuis  —  Dronten  —  06-48271930  —  wouter.bolhuis@example.nl",
   name="Wouter Bolhuis", email="wouter.bolhuis@example.nl", phone="06-48271930", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7}, refs=["Marloes Eilander", "Freek Tamminga"],
   body=[("title", "Curriculum vitae"),
         ("pb", WB_RATE),
         ("h", "Over mij"),
         ("p", "Coördinator Wmo en participatie bij de gemeente Dronten, daarvoor Wmo-consulent in Lelystad. "
               "In dienst van een detacheerder."),
         ("h", "Werkervaring"),
         ("pos", "dateline", wb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Flevoland — diploma 2009")]
   + refs_block("Marloes Eilander, afdelingsmanager Sociaal Domein, gemeente Dronten, 06-48271931",
                "Freek Tamminga, teamleider Wmo, gemeente Lelystad, 06-48271932"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=122, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 0),
               notes="Eligible, single column with name, phone and e-mail only in the page header. Coördinator Wmo "
                     "en Participatie, Gemeente Dronten 2015-10..2025-11 = 122. Wmo-consulent: not leading. HBO MWD "
                     "-> criterion 4. No project work or change assignment anywhere (criterion 8 = 0; the "
                     "criterion 6 example says 'concrete acties', not projects). 75 points -> rank 4, not shortlisted."))

# ========================================================================= MUST NOT PASS

# ------------------------------------------------------------------------- Annegreet Kroeze (pdf) CJG at a GGD
AK6, AK7, AK8 = crits("Zwolle", "Opgroeien in Zwolle", "een inloopspreekuur voor ouders in zes wijken en 500 "
                      "extra huisbezoeken per jaar", "Zilveren Kruis", "de overgang van het consultatiebureau naar "
                      "het CJG-model")
AK_CJG = "Coördinator Centrum voor Jeugd en Gezin Zwolle"
ak = [pos("maart 2017 – heden", AK_CJG, "GGD IJsselland",
          ["Leiding aan de jeugdverpleegkundigen, jeugdartsen en pedagogen van het CJG (22 medewerkers).",
           AK6, AK7, AK8], ("2017-03", REF), 105, False),
      pos("januari 2014 – februari 2017", "Teamleider Jeugd en Onderwijs", "Gemeente Staphorst",
          ["Aansturing van het jeugdteam (6 medewerkers)."], ("2014-01", "2017-02"), 38, True),
      pos("augustus 2008 – december 2013", "Jeugdmaatschappelijk werker", "Gemeente Staphorst",
          ["Ambulante begeleiding van gezinnen."], ("2008-08", "2013-12"), 65, False)]
AK_RATE = "Uurtarief € 88,- excl. btw"
cv(file="Annegreet Kroeze.pdf", fmt="pdf", layout="single",
   name="Annegreet Kroeze", email="annegreet.kroeze@example.nl", phone="06-39402718", rate=AK_RATE,
   exp=ak, crit_text={"6": AK6, "7": AK7, "8": AK8}, refs=["Hester Wijnands", "Derk Slomp"],
   must_have=[AK_CJG, "GGD IJsselland"],
   body=[("title", "Annegreet Kroeze"),
         ("p", "Zwolle  |  06-39402718  |  annegreet.kroeze@example.nl"),
         ("pb", AK_RATE),
         ("h", "Profiel"),
         ("p", "Ruim acht jaar coördinator van het Centrum voor Jeugd en Gezin in Zwolle, daarvoor teamleider "
               "jeugd bij de gemeente Staphorst."),
         ("h", "Werkervaring"),
         ("pos", "pipe", ak),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2008")]
   + refs_block("Hester Wijnands, sectormanager Jeugdgezondheidszorg, GGD IJsselland, 06-39402719",
                "Derk Slomp, wethouder Jeugd, gemeente Staphorst, 06-39402720"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=38, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE, knock-out 3. 'Coördinator Centrum voor Jeugd en Gezin Zwolle | GGD IJsselland' "
                     "2017-03..2025-11 (105) has a coordinator title and a youth domain, but the employer is a GGD "
                     "(a regional public health service, a joint arrangement of municipalities), neither a gemeente "
                     "nor a welzijnsstichting -> not relevant by the convention. Only Teamleider Jeugd en Onderwijs, "
                     "Gemeente Staphorst 2014-01..2017-02 = 38 counts (143 if the GGD role were counted). "
                     "Jeugdmaatschappelijk werker: not leading. 38 < 60 -> knock-out 3 fail, criterion 5 = 0. "
                     "HBO MWD. 75 points if it counted."))

# ------------------------------------------------------------------------- Ids Rozendal (docx) overlap -> 58
IR6, IR7, IR8 = crits("Kampen", "Kampen Inclusief", "een vrijwilligersvacaturebank en 120 gematchte "
                      "vrijwilligers", "Zilveren Kruis", "de bundeling van mantelzorg- en vrijwilligerssteunpunt")
ir = [pos("november 2023 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Kampen",
          ["Beleid voor vrijwilligers, mantelzorg en inclusie.", IR6, IR7], ("2023-11", REF), 25, False),
      pos("september 2022 – oktober 2023", "Coördinator Mantelzorgondersteuning (8 uur per week)",
          "Gemeente Oldebroek",
          ["Aansturing van twee mantelzorgconsulenten, naast mijn functie in Wezep.", IR8],
          ("2022-09", "2023-10"), 14, True),
      pos("januari 2019 – juni 2023", "Coördinator Vrijwilligerswerk", "Stichting Welzijn Wezep",
          ["Leiding aan het vrijwilligerssteunpunt (3 medewerkers, 150 vrijwilligers)."],
          ("2019-01", "2023-06"), 54, True),
      pos("maart 2014 – december 2018", "Welzijnswerker", "Stichting Welzijn Wezep",
          ["Ouderenwerk en buurtactiviteiten."], ("2014-03", "2018-12"), 58, False)]
IR_RATE = "Uurtarief: € 84,00 excl. btw"
cv(file="Ids Rozendal.docx", fmt="docx", layout="single",
   name="Ids Rozendal", email="ids.rozendal@example.nl", phone="06-27183920", rate=IR_RATE,
   exp=ir, crit_text={"6": IR6, "7": IR7, "8": IR8}, refs=["Gea Brinkhuis", "Harmen Kok"],
   body=[("title", "Ids Rozendal"),
         ("p", "Wezep  |  06-27183920  |  ids.rozendal@example.nl"),
         ("pb", IR_RATE),
         ("h", "Profiel"),
         ("p", "Beleidsadviseur sociaal domein in Kampen met coördinerende ervaring in welzijn en mantelzorg."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ir),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2013")]
   + refs_block("Gea Brinkhuis, teamleider Beleid, gemeente Kampen, 06-27183921",
                "Harmen Kok, directeur Stichting Welzijn Wezep, 06-27183922"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE, knock-out 3 by overlap. Coördinator Vrijwilligerswerk, Stichting Welzijn Wezep "
                     "2019-01..2023-06 = 54 and Coördinator Mantelzorgondersteuning, Gemeente Oldebroek "
                     "2022-09..2023-10 = 14 overlap for 10 months (2022-09..2023-06); counted once: 2019-01..2023-10 "
                     "= 58 (68 if summed). Beleidsadviseur (current) and Welzijnswerker: not leading. All dates "
                     "have months, no year-only reading -> 58 < 60, knock-out 3 fail (not review); criterion 5 = 0. "
                     "HBO MWD. 75 points if it counted."))

# ------------------------------------------------------------------------- Caitlin Oosterhof (pdf) English, Dutch summary
CO_SUM = ("Samenvatting: ervaren teamleider welzijn en zorg bij de gemeente Deventer, met een achtergrond in het "
          "buurtwerk. Mijn cv is in het Engels omdat ik de afgelopen jaren veel internationaal heb gepresenteerd; "
          "het gesprek voer ik graag in het Nederlands.")
CO6 = ("Policy into results: I translated the municipal policy framework 'Deventer Dichtbij' into an annual work "
       "plan with concrete projects, which led to a neighbourhood living room in each district and a waiting time "
       "of at most two weeks.")
CO7 = ("I work with care providers, general practitioners, the patient council, the health insurer Salland and a "
       "public-private partnership (PPS) with the housing association.")
CO8 = "Project leader of the change programme that merged the care and wellbeing teams into one social team."
co = [pos("February 2018 – Present", "Team Lead Wellbeing and Care", "Gemeente Deventer",
          ["I lead a team of 15 social workers and I am responsible for the staffing and the budget.",
           CO6, CO7, CO8], ("2018-02", REF), 94, True),
      pos("May 2013 – January 2018", "Coordinator Community Work", "Stichting Wijkwelzijn Deventer",
          ["I coordinated five community workers and the volunteers in the east of the town."],
          ("2013-05", "2018-01"), 57, True)]
CO_RATE = "Hourly rate: € 88"
cv(file="Caitlin Oosterhof.pdf", fmt="pdf", layout="single", lang="en",
   name="Caitlin Oosterhof", email="caitlin.oosterhof@example.com", phone="06-84019273", rate=CO_RATE,
   exp=co, crit_text={"6": CO6, "7": CO7, "8": CO8}, refs=["Wendela Poort", "Ruben Holtkamp"],
   must_have=[CO_SUM],
   body=[("title", "Caitlin Oosterhof"),
         ("p", "Deventer  |  06-84019273  |  caitlin.oosterhof@example.com"),
         ("pb", CO_RATE),
         ("p", CO_SUM),
         ("h", "Profile"),
         ("p", "I am a team lead in the social domain with a passion for the wellbeing of residents. I am known as "
               "a calm and clear leader who is at her best when a team is in the middle of a change, and I like to "
               "work close to the neighbourhoods and the people who live in them."),
         ("h", "Work experience"),
         ("pos", "pipe", co),
         ("h", "Education"),
         ("p", "Bachelor of Social Work (HBO), Saxion University of Applied Sciences, Deventer — graduated 2012"),
         ("h", "References"),
         ("p", "Wendela Poort, head of the social domain department, gemeente Deventer, 06-84019274"),
         ("p", "Ruben Holtkamp, director of Stichting Wijkwelzijn Deventer, 06-84019275")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=151, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL, lang="en",
               notes="NOT ELIGIBLE, language. An English CV (headings, tasks, profile, education and references "
                     "in English) with one Dutch paragraph at the top ('Samenvatting: ...'); the tender asks for a "
                     "CV 'opgesteld in het Nederlands' -> language en, Dutch check fail. The other fields are the "
                     "truth (samples convention for foreign-language CVs): Team Lead Wellbeing and Care, Gemeente "
                     "Deventer 2018-02..2025-11 = 94 + Coordinator Community Work, Stichting Wijkwelzijn Deventer "
                     "2013-05..2018-01 = 57 -> 151; Bachelor of Social Work (HBO) -> mwd; 2 named referees; 100 "
                     "points if it were eligible."))

# ------------------------------------------------------------------------- Tjeerd Nieboer (docx) payroll + freelancer
TN6, TN7, TN8 = crits("Hardenberg", "Hardenberg Samen Sterk", "drie dorpsteams en een daling van de "
                      "doorlooptijd Wmo naar vijf weken", "Salland", "de herindeling van de gebiedsteams")
TN_ZZP = ("Ik werk als freelancer in het sociaal domein. Voor deze opdracht ben ik in dienst van payrollbedrijf "
          "Loonwerk Payroll Services B.V., dat ook mijn uren factureert.")
tn = [pos("april 2016 – heden", "Coördinator Gebiedsteam", "Gemeente Hardenberg",
          ["Leiding aan twee gebiedsteams (20 medewerkers); formatie, werving & selectie en budget.",
           TN6, TN7, TN8], ("2016-04", REF), 116, True),
      pos("februari 2011 – maart 2016", "Schuldhulpverlener", "Gemeente Coevorden",
          ["Schuldhulpverlening en budgetcoaching."], ("2011-02", "2016-03"), 62, False)]
TN_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Tjeerd Nieboer.docx", fmt="docx", layout="single",
   name="Tjeerd Nieboer", email="tjeerd.nieboer@example.nl", phone="06-15293847", rate=TN_RATE,
   exp=tn, crit_text={"6": TN6, "7": TN7, "8": TN8}, refs=["Aaltje Reinders", "Jan-Willem Kleine"],
   must_have=[TN_ZZP],
   body=[("title", "Tjeerd Nieboer"),
         ("p", "Hardenberg  |  06-15293847  |  tjeerd.nieboer@example.nl"),
         ("pb", TN_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van de gebiedsteams in Hardenberg. " + TN_ZZP),
         ("h", "Werkervaring"),
         ("pos", "sample", tn),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, NHL Stenden Hogeschool Leeuwarden — diploma 2010")]
   + refs_block("Aaltje Reinders, manager Sociaal Domein, gemeente Hardenberg, 06-15293848",
                "Jan-Willem Kleine, teamleider Werk en Inkomen, gemeente Coevorden, 06-15293849"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=116, refs=(2, False), zzp=True, hourly=85.0,
               crit=FULL,
               notes="NOT ELIGIBLE (review), knock-out 1. The profile says 'Ik werk als freelancer in het sociaal "
                     "domein' and then that for this assignment he is employed by a payroll company that invoices "
                     "his hours. A payroll employment would meet the execution condition, but the candidate presents "
                     "himself as a freelancer (a self-employed indication, as 'zzp'er' does in the samples); a reader "
                     "cannot pass knock-out 1 without asking -> review, not pass. Otherwise full marks: Coördinator "
                     "Gebiedsteam, Gemeente Hardenberg 2016-04..2025-11 = 116; Schuldhulpverlener: not leading; "
                     "HBO Social Work -> mwd; 100 points, EUR 85 (would be rank 1 if passed)."))
