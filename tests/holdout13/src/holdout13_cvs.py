# -*- coding: utf-8 -*-
"""Holdout round 13 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/ ... tests/holdout12/), written without looking at the pipeline's source or
rules/, with hand-checked expectations. This round aims at the areas earlier rounds touched least:
knock-out 1 (a maatschap, a vof, an agency's KvK number), references (another heading, a second
referee "op aanvraag", a manager named only in a job line), the page limit of a DOCX and knock-out 3
at foundations recognisable only by what they do.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations, agencies and partnerships.

Same shape as tests/holdout11/src/holdout11_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout13/make-holdout13.sh); see tests/holdout2/src/cvset.py for the
field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Erik Zwart (pdf)
# TRAPS (wrong review of knock-out 1; wrong fail of knock-out 3): employed by a detacheerder. The CV
# prints the agency's KvK number and "B.V." ("Aanbieder: Sociaal Flex Detachering B.V., KvK 61234567,
# ingeschreven als uitlener (Waadi)"), and an old zzp period ("Tot en met 2015 was ik zzp'er", a
# "Freelance trainer" position 2012 - 2015) -> not zzp now: knock-out 1 pass. Both leading positions
# name the agency B.V. as employer, "(gedetacheerd bij de gemeente Zwolle / Kampen)": the work was done
# at a gemeente -> relevant, 119 -> knock-out 3 pass, criterion 5.
EZ6 = ("Voorbeeld van beleid naar resultaat: de Zwolse Jeugdvisie 'Thuis in de wijk' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een jeugdpunt in elke wijk, een opvoedspreekuur bij de "
       "huisarts en een aanpak tegen thuiszitten) met meetbare doelen en een halfjaarlijkse rapportage.")
EZ7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met werkgevers voor stageplekken.")
EZ8 = "Projectleider van de transformatie van de jeugdteams naar wijkgerichte teams, met projectplan en stuurgroep."
EZ_ZZP = ("Tot en met 2015 was ik zzp'er; sinds januari 2016 ben ik in vaste dienst (loondienst) bij Sociaal Flex "
          "Detachering B.V., die mij voor deze opdracht aanbiedt.")
EZ_AGENCY = "Aanbieder: Sociaal Flex Detachering B.V., KvK 61234567, ingeschreven als uitlener (Waadi)"
ez = [pos("maart 2018 – heden", "Teamleider Jeugd en Gezin",
          "Sociaal Flex Detachering B.V. (gedetacheerd bij de gemeente Zwolle)",
          ["Leiding aan twee jeugd- en gezinsteams van de gemeente Zwolle (16 medewerkers); formatie, "
           "werving en budget.", EZ6, EZ7, EZ8],
          ("2018-03", REF), 93, True),
      pos("januari 2016 – februari 2018", "Coördinator Wijkteam",
          "Sociaal Flex Detachering B.V. (gedetacheerd bij de gemeente Kampen)",
          ["Coördinatie van het wijkteam Kampen-Zuid (9 medewerkers, Wmo en jeugd); werkverdeling en overleg."],
          ("2016-01", "2018-02"), 26, True),
      pos("2012 – 2015", "Freelance trainer sociale vaardigheden", "diverse scholen in Overijssel",
          ["Trainingen voor leerlingen in het voortgezet onderwijs."],
          ("2012-01", "2015-12"), 48, False, yearonly=True)]
EZ_RATE = "Uurtarief: € 87,- excl. btw"
cv(file="Erik Zwart.pdf", fmt="pdf", layout="single",
   name="Erik Zwart", email="erik.zwart@example.nl", phone="06-52318740", rate=EZ_RATE,
   exp=ez, crit_text={"6": EZ6, "7": EZ7, "8": EZ8}, refs=["Monique ter Beek", "Harm Lubberding"],
   zzp_negated=[EZ_ZZP, EZ_AGENCY, "Freelance trainer sociale vaardigheden"],
   must_have=[EZ_ZZP, EZ_AGENCY],
   body=[("title", "Erik Zwart"),
         ("p", "Zwolle  |  06-52318740  |  erik.zwart@example.nl"),
         ("pb", EZ_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan jeugd- en gezinsteams en ben gedetacheerd bij gemeenten. " + EZ_ZZP),
         ("h", "Werkervaring"),
         ("pos", "inline", ez),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Monique ter Beek, afdelingsmanager Jeugd, gemeente Zwolle, 06-52318741"),
         ("p", "Harm Lubberding, teammanager Wijkteams, gemeente Kampen, 06-52318742"),
         ("p", EZ_AGENCY)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 25),
               notes="Knock-out 1: employed (loondienst) by the detacheerder since January 2016; the KvK number and "
                     "'B.V.' printed are the agency's ('Aanbieder: Sociaal Flex Detachering B.V., KvK 61234567, "
                     "ingeschreven als uitlener (Waadi)'), and the zzp period ended in 2015 -> not zzp, knock-out 1 "
                     "pass. Knock-out 3: both leading positions name the agency as employer but say where the work "
                     "was done: 'gedetacheerd bij de gemeente Zwolle' (Teamleider Jeugd en Gezin 2018-03..2025-11 = "
                     "93) and 'gedetacheerd bij de gemeente Kampen' (Coördinator Wijkteam 2016-01..2018-02 = 26): "
                     "experience at a gemeente in the social domain -> 119 -> knock-out 3 pass, criterion 5 = 25. "
                     "Freelance trainer 2012-2015: not relevant. Bachelor Social Work -> MWD. 100 points, rate 87 "
                     "-> rank 1 (tie at 100 with Johan Brinkman, 89)."))

# ------------------------------------------------------------------------- Johan Brinkman (docx)
# TRAP (wrong fail, pages check): a DOCX of exactly 5 pages (each section on its own page, <Pages>5</Pages>
# from the rendering) -> "Maximaal 5 pagina's": pages pass.
JB6 = ("Voorbeeld van beleid naar resultaat: de Elburgse Koersnota Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal spreekuur in elke kern, een aanpak tegen eenzaamheid en "
       "een schuldenpreventieteam) met meetbare doelen.")
JB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie voor een ontmoetingscentrum.")
JB8 = "Projectleider van de reorganisatie van de toegang tot één sociaal team, met projectplan en stuurgroep."
jb = [pos("07/2019 – heden", "Manager Sociaal Domein", "Gemeente Elburg",
          ["Leiding aan het team Sociaal Domein (22 medewerkers: Wmo, jeugd en participatie); formatie, werving & "
           "selectie en budget.", JB6, JB7, JB8],
          ("2019-07", REF), 77, True),
      pos("01/2014 – 06/2019", "Beleidsadviseur Wmo", "Gemeente Elburg",
          ["Advies aan het college over de Wmo-verordening en de inkoop van begeleiding."],
          ("2014-01", "2019-06"), 66, False),
      pos("09/2008 – 12/2013", "Maatschappelijk werker", "Stichting Welzijn Oldebroek",
          ["Hulpverlening aan gezinnen en volwassenen."],
          ("2008-09", "2013-12"), 64, False)]
JB_RATE = "Uurtarief: € 89,- excl. btw"
cv(file="Johan Brinkman.docx", fmt="docx", layout="single",
   name="Johan Brinkman", email="johan.brinkman@example.nl", phone="06-81427305", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Anneke Wolbers", "Gert-Jan Hoeve"],
   body=[("title", "Johan Brinkman"),
         ("p", "Elburg  |  06-81427305  |  johan.brinkman@example.nl"),
         ("pb", JB_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben manager van het sociaal domein in Elburg. Daarvoor was ik beleidsadviseur Wmo en "
               "maatschappelijk werker. Ik ben verbindend, helder en besluitvaardig."),
         ("break",),
         ("h", "Werkervaring"),
         ("eu_pos", jb[:1]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("eu_pos", jb[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2008"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2020)", "Motiverende gespreksvoering (2016)"]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Anneke Wolbers, gemeentesecretaris, gemeente Elburg, 06-81427306"),
         ("p", "Gert-Jan Hoeve, directeur Stichting Welzijn Oldebroek, 06-81427307")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=77, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="A DOCX of exactly 5 pages (page breaks; <Pages>5</Pages> written from the LibreOffice "
                     "rendering) -> 'Maximaal 5 pagina's': pages pass, exact. Manager Sociaal Domein, Gemeente "
                     "Elburg 2019-07..2025-11 = 77 -> knock-out 3 pass, criterion 5 = 25. Beleidsadviseur and "
                     "maatschappelijk werker: no leading role. HBO MWD -> MWD. 100 points, rate 89 -> rank 2."))

# ------------------------------------------------------------------------- Mariska Veenstra (docx)
# TRAP (wrong fail, references): no "Referenties" heading. The two referees stand in the sidebar under
# "Contactpersonen", introduced as "Over mijn functioneren kunt u bellen met:" -> 2 named referees, pass.
MV6 = ("Voorbeeld van beleid naar resultaat: de Harderwijkse nota 'Samen sterk in de wijk' heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een wijkpunt in Stadsdennen, een mantelzorgcafé en een "
       "vroegsignaleringsaanpak voor schulden) met meetbare doelen.")
MV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie en de Rabobank voor een buurtfonds.")
MV8 = "Projectleider van de herinrichting van drie sociale teams tot één team, met projectplan en stuurgroep."
mv = [pos("april 2019 – heden", "Teamleider Sociaal Team", "Gemeente Harderwijk",
          ["Leiding aan het sociaal team (15 medewerkers: Wmo, jeugd en schuldhulp); formatie en budget.",
           MV6, MV7, MV8],
          ("2019-04", REF), 80, True),
      pos("september 2012 – maart 2019", "Wmo-consulent", "Gemeente Harderwijk",
          ["Keukentafelgesprekken en het toekennen van maatwerkvoorzieningen."],
          ("2012-09", "2019-03"), 79, False)]
MV_RATE = "Tarief: € 86,- per uur excl. btw"
cv(file="Mariska Veenstra.docx", fmt="docx", layout="sidebar",
   name="Mariska Veenstra", email="m.veenstra@example.nl", phone="06-29384756", rate=MV_RATE,
   exp=mv, crit_text={"6": MV6, "7": MV7, "8": MV8}, refs=["Bert Ruitenberg", "Inge Vlieger"],
   must_have=["Contactpersonen", "Over mijn functioneren kunt u bellen met:"],
   left=[("h", "Contact"), ("p", "m.veenstra@example.nl"), ("p", "06-29384756"), ("p", "Harderwijk"),
         ("h", "Tarief"), ("pb", MV_RATE),
         ("h", "Contactpersonen"),
         ("p", "Over mijn functioneren kunt u bellen met:"),
         ("p", "Bert Ruitenberg, afdelingsmanager Samenleving, gemeente Harderwijk, 06-29384757"),
         ("p", "Inge Vlieger, wethouder Zorg en Welzijn, gemeente Harderwijk, 06-29384758")],
   right=[("title", "Mariska Veenstra"),
          ("p", "Teamleider Sociaal Team"),
          ("h", "Profiel"),
          ("p", "Ik geef leiding aan het sociaal team van Harderwijk en werkte daarvoor als Wmo-consulent. "
                "Ik ben nuchter, betrokken en besluitvaardig."),
          ("h", "Werkervaring"),
          ("pos", "pipe", mv),
          ("h", "Opleiding"),
          ("p", "HBO Pedagogiek, Hogeschool Windesheim — diploma 2012")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=80, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="References: no 'Referenties' heading; the sidebar block 'Contactpersonen' says 'Over mijn "
                     "functioneren kunt u bellen met:' and names two people with function and phone (Bert "
                     "Ruitenberg, Inge Vlieger) -> 2 named referees, references pass. Teamleider Sociaal Team, "
                     "Gemeente Harderwijk 2019-04..2025-11 = 80 -> knock-out 3 pass, criterion 5 = 25. "
                     "Wmo-consulent: no leading role. HBO Pedagogiek -> hbo, not MWD. 85 points -> rank 3."))

# ------------------------------------------------------------------------- Wendy Aalbers (docx)
# TRAP (wrong fail, knock-out 3): the only leading role is at a foundation whose name has neither
# "welzijn" nor a social-domain word: "Coördinator Opbouwwerk, Stichting Sterk in de Wijk Zutphen" (69);
# its task line says what it is: "de stichting voor welzijnswerk in Zutphen (opbouwwerk, ouderenwerk en
# mantelzorgondersteuning), gesubsidieerd door de gemeente" -> welzijnsstichting, relevant -> 69 ->
# knock-out 3 pass (criterion 5 = 0). Her current job (beleidsadviseur) is not relevant.
WA6 = ("Voorbeeld van beleid naar resultaat: de Zutphense Visie Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (buurtkamers in drie wijken, een taalhuis en een aanpak voor "
       "eenzame ouderen) met meetbare doelen.")
WA7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie voor buurtkamers.")
WA8 = "Projectleider van de invoering van buurtgericht werken, met projectplan en stuurgroep."
WA_DESC = ("Sterk in de Wijk is de stichting voor welzijnswerk in Zutphen (opbouwwerk, ouderenwerk en "
           "mantelzorgondersteuning), gesubsidieerd door de gemeente.")
wa = [pos("01-2022 – heden", "Beleidsadviseur Sociaal Domein", "Gemeente Zutphen",
          ["Beleidsadvies over wijkgericht werken en de subsidies voor het welzijnswerk.", WA6, WA7, WA8],
          ("2022-01", REF), 47, False),
      pos("04-2016 – 12-2021", "Coördinator Opbouwwerk", "Stichting Sterk in de Wijk Zutphen",
          [WA_DESC, "Coördinatie van de opbouwwerkers (7 medewerkers); werkverdeling, urenverdeling en budget."],
          ("2016-04", "2021-12"), 69, True),
      pos("09-2010 – 03-2016", "Opbouwwerker", "Stichting Sterk in de Wijk Zutphen",
          ["Bewonersondersteuning in De Hoven en Waterkwartier."],
          ("2010-09", "2016-03"), 67, False)]
WA_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Wendy Aalbers.docx", fmt="docx", layout="single",
   name="Wendy Aalbers", email="wendy.aalbers@example.nl", phone="06-47102938", rate=WA_RATE,
   exp=wa, crit_text={"6": WA6, "7": WA7, "8": WA8}, refs=["Frank Hulshoff", "Marjan Spekschoor"],
   must_have=[WA_DESC],
   body=[("title", "Wendy Aalbers"),
         ("p", "Zutphen  |  06-47102938  |  wendy.aalbers@example.nl"),
         ("pb", WA_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben beleidsadviseur sociaal domein in Zutphen; daarvoor coördineerde ik het opbouwwerk. "
               "Ik ben verbindend, analytisch en besluitvaardig."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), wa),
         ("tasks", wa),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Frank Hulshoff, directeur Stichting Sterk in de Wijk Zutphen, 06-47102939"),
         ("p", "Marjan Spekschoor, afdelingshoofd Samenleving, gemeente Zutphen, 06-47102940")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=69, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Opbouwwerk, Stichting Sterk in de Wijk Zutphen 2016-04..2021-12 = 69: the "
                     "foundation's name has no 'welzijn', but its task line says 'de stichting voor welzijnswerk in "
                     "Zutphen (opbouwwerk, ouderenwerk en mantelzorgondersteuning), gesubsidieerd door de gemeente' "
                     "-> a welzijnsstichting; coordinator of the opbouwwerk (welzijnswerk) -> relevant -> 69 -> "
                     "knock-out 3 pass, criterion 5 = 0 (< 72). Beleidsadviseur Sociaal Domein and Opbouwwerker: no "
                     "leading role. HBO MWD -> MWD. 75 points -> rank 4."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Sanne Lindeboom (docx)
# TRAP (wrong pass, knock-out 1): no zzp, KvK, eenmanszaak or B.V.; she works "vanuit mijn eigen praktijk
# binnen de Maatschap Sociaal Werk Veluwe", is "maat (vennoot)" with "twee zelfstandige collega's", and
# "de maatschap biedt mij voor deze opdracht aan en factureert de uren" -> self-employed partner: zzp
# indication, knock-out 1 review.
SL6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse Welzijnsvisie heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een welzijnsloket in elke kern, een jongerenwerkplaats en een "
       "mantelzorgcompliment) met meetbare doelen.")
SL7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
SL8 = "Projectleider van het verandertraject 'Welzijn op recept', met projectplan, stuurgroep en evaluatie."
SL_ZZP = ("Sinds maart 2021 werk ik vanuit mijn eigen praktijk binnen de Maatschap Sociaal Werk Veluwe, die ik met "
          "twee zelfstandige collega's heb opgericht. Ik ben maat (vennoot) in de maatschap; de maatschap biedt mij "
          "voor deze opdracht aan en factureert de uren.")
sl = [pos("maart 2021 – heden", "Coördinator Welzijn (opdracht via de maatschap)", "Gemeente Oldebroek",
          ["Coördinatie van het cluster welzijn (10 medewerkers) in opdracht van de gemeente.", SL6, SL7, SL8],
          ("2021-03", REF), 57, True),
      pos("januari 2013 – februari 2021", "Teamleider Wmo", "Gemeente Hattem",
          ["Leiding aan het Wmo-team (8 consulenten); formatie en budget."],
          ("2013-01", "2021-02"), 98, True)]
SL_RATE = "Uurtarief € 92,- excl. btw"
cv(file="Sanne Lindeboom.docx", fmt="docx", layout="header",
   header="Sanne Lindeboom  |  Hattem  |  06-63018247  |  sanne.lindeboom@example.nl",
   name="Sanne Lindeboom", email="sanne.lindeboom@example.nl", phone="06-63018247", rate=SL_RATE,
   exp=sl, crit_text={"6": SL6, "7": SL7, "8": SL8}, refs=["Greet Schuurman", "Dirk van Lohuizen"],
   must_have=[SL_ZZP],
   body=[("title", "Curriculum vitae"),
         ("pb", SL_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer het welzijnswerk in Oldebroek en was eerder teamleider Wmo in Hattem. " + SL_ZZP),
         ("h", "Werkervaring"),
         ("pos", "datebold", sl),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Greet Schuurman, afdelingsmanager Samenleving, gemeente Oldebroek, 06-63018248"),
         ("p", "Dirk van Lohuizen, gemeentesecretaris, gemeente Hattem, 06-63018249")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=True, hourly=92.0,
               crit=(15, 25, 15, 20, 25),
               notes="Knock-out 1: 'Sinds maart 2021 werk ik vanuit mijn eigen praktijk binnen de Maatschap Sociaal "
                     "Werk Veluwe, die ik met twee zelfstandige collega's heb opgericht. Ik ben maat (vennoot) in de "
                     "maatschap; de maatschap biedt mij voor deze opdracht aan en factureert de uren.' -> she is a "
                     "self-employed partner offered through her own partnership, no employee of an agency: zzp "
                     "indication -> knock-out 1 review (not a pass: no zzp/KvK/eenmanszaak word, but the same "
                     "thing). Coördinator Welzijn, Gemeente Oldebroek 2021-03..2025-11 = 57 + Teamleider Wmo, "
                     "Gemeente Hattem 2013-01..2021-02 = 98 -> 155. Bachelor Social Work -> MWD. 100 points."))

# ------------------------------------------------------------------------- Karin Bosveld (pdf)
# TRAPS (wrong pass, knock-out 1; wrong pass, references): she is offered through "Bosveld & Bosveld
# Sociaal Advies v.o.f., de vennootschap onder firma die ik met mijn man heb" as an "interim-coördinator"
# -> zzp indication, review. Only one referee under "Referentie"; a second name, her client's manager,
# stands only in the job line "(opdrachtgever: Marcel Hendriksen, afdelingsmanager Samenleving)" -> 1,
# references fail.
KB6 = ("Voorbeeld van beleid naar resultaat: de Epese nota 'Iedereen doet mee' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpsteam in Vaassen, een ontmoetingsplek in Emst en een "
       "vrijwilligersvacaturebank) met meetbare doelen.")
KB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met supermarkten voor een buurtbus.")
KB8 = "Projectleider van de reorganisatie van het ouderenwerk naar dorpsteams, met projectplan en stuurgroep."
KB_ZZP = ("Sinds januari 2023 werk ik als interim-coördinator vanuit Bosveld & Bosveld Sociaal Advies v.o.f., de "
          "vennootschap onder firma die ik met mijn man heb; de vof biedt mij voor deze opdracht aan.")
KB_MGR = "Opdrachtgever: Marcel Hendriksen, afdelingsmanager Samenleving."
kb = [pos("januari 2023 – heden", "Interim-coördinator Welzijn", "Gemeente Epe",
          ["Coördinatie van het cluster welzijn (9 medewerkers). " + KB_MGR, KB6, KB7],
          ("2023-01", REF), 35, True),
      pos("maart 2015 – december 2022", "Coördinator Ouderenwerk", "Stichting Welzijn Epe",
          ["Coördinatie van het ouderenwerk (6 beroepskrachten, 90 vrijwilligers); urenverdeling en budget.", KB8],
          ("2015-03", "2022-12"), 94, True)]
KB_RATE = "Uurtarief: € 95,- excl. btw"
cv(file="Karin Bosveld.pdf", fmt="pdf", layout="sidebar",
   name="Karin Bosveld", email="karin.bosveld@example.nl", phone="06-70215938", rate=KB_RATE,
   exp=kb, crit_text={"6": KB6, "7": KB7, "8": KB8}, refs=["Tineke Wolters"],
   must_have=[KB_ZZP, KB_MGR],
   left=[("h", "Contact"), ("p", "karin.bosveld@example.nl"), ("p", "06-70215938"), ("p", "Epe"),
         ("h", "Tarief"), ("pb", KB_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Organiseren", "Doorpakken"])],
   right=[("title", "Karin Bosveld"),
          ("p", "Coördinator Welzijn"),
          ("h", "Profiel"),
          ("p", "Ik coördineer al tien jaar welzijnswerk in Epe. " + KB_ZZP),
          ("h", "Werkervaring"),
          ("pos", "dateline", kb),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2005"),
          ("h", "Referentie"),
          ("p", "Tineke Wolters, directeur Stichting Welzijn Epe, 06-70215939")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=129, refs=(1, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="Knock-out 1: 'Sinds januari 2023 werk ik als interim-coördinator vanuit Bosveld & Bosveld "
                     "Sociaal Advies v.o.f., de vennootschap onder firma die ik met mijn man heb; de vof biedt mij "
                     "voor deze opdracht aan.' -> self-employed through her own partnership: zzp indication -> "
                     "knock-out 1 review. References: only one referee under the heading 'Referentie' (Tineke "
                     "Wolters); 'Opdrachtgever: Marcel Hendriksen, afdelingsmanager Samenleving.' in a job's task "
                     "line names her client, not a referee (no contact details, not offered as one) -> 1 -> "
                     "references fail. Interim-coördinator Welzijn, Gemeente Epe 2023-01..2025-11 = 35 + Coördinator "
                     "Ouderenwerk, Stichting Welzijn Epe 2015-03..2022-12 = 94 -> 129. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Ahmed Yilmaz (pdf)
# TRAP (wrong pass, references): the references list is numbered 1 and 2, but number 2 is no person:
# "2. Tweede referentie: op aanvraag beschikbaar (mijn huidige leidinggevende; ik stem dit eerst met haar
# af)" -> 1 named referee + on request -> references review.
AY6 = ("Voorbeeld van beleid naar resultaat: het Nunspeetse Jeugdbeleidsplan heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een jongerenpunt, praktijkondersteuning jeugd bij alle huisartsen en "
       "een scheidingsaanpak) met meetbare doelen.")
AY7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met werkgevers voor leerbanen.")
AY8 = "Projectleider van de transitie van de jeugdhulp naar het lokale team, met projectplan en stuurgroep."
AY_REF2 = ("2. Tweede referentie: op aanvraag beschikbaar (mijn huidige leidinggevende; ik stem dit eerst met "
           "haar af)")
ay = [pos("oktober 2017 – heden", "Teamleider Wmo en Jeugd", "Gemeente Nunspeet",
          ["Leiding aan het team Wmo en Jeugd (17 medewerkers); formatie, werving en budget.", AY6, AY7, AY8],
          ("2017-10", REF), 98, True),
      pos("februari 2011 – september 2017", "Jeugdconsulent", "Gemeente Ermelo",
          ["Toegang tot jeugdhulp voor gezinnen."],
          ("2011-02", "2017-09"), 80, False)]
AY_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Ahmed Yilmaz.pdf", fmt="pdf", layout="header",
   header="Ahmed Yilmaz  |  Nunspeet  |  06-38571046  |  ahmed.yilmaz@example.nl",
   name="Ahmed Yilmaz", email="ahmed.yilmaz@example.nl", phone="06-38571046", rate=AY_RATE,
   exp=ay, crit_text={"6": AY6, "7": AY7, "8": AY8}, refs=["Jolanda Smeenk"],
   must_have=[AY_REF2],
   body=[("title", "Curriculum vitae"),
         ("pb", AY_RATE),
         ("h", "Profiel"),
         ("p", "Ik geef leiding aan het team Wmo en Jeugd van Nunspeet. Ik ben rustig, helder en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "next", ay),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2010"),
         ("h", "Referenties"),
         ("p", "1. Jolanda Smeenk, afdelingsmanager Sociaal Domein, gemeente Ermelo, 06-38571047"),
         ("p", AY_REF2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=98, refs=(1, True), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: '1. Jolanda Smeenk, afdelingsmanager Sociaal Domein, gemeente Ermelo, …' and '2. "
                     "Tweede referentie: op aanvraag beschikbaar (mijn huidige leidinggevende; ik stem dit eerst met "
                     "haar af)' -> one named referee, the second only on request -> count 1, on_request -> "
                     "references review (as samples' Esther Kok, 'op aanvraag'). Teamleider Wmo en Jeugd, Gemeente "
                     "Nunspeet 2017-10..2025-11 = 98. Jeugdconsulent: no leading role. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Petra Dijkman (pdf)
# TRAP (wrong pass, knock-out 3): "Manager Welzijn – Stichting Dierenwelzijn Veluwe" (96): manager +
# "welzijn" + stichting (and "afspraken met zes gemeenten"), but it is an animal shelter (dierenasiel,
# dierenambulance) -> not relevant. Only Coördinator Mantelzorg, Stichting Welzijn Putten (45) ->
# knock-out 3 fail (141 if counted).
PD6 = ("Voorbeeld van beleid naar resultaat: de Puttense mantelzorgnota heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (respijtzorg in het weekend, een mantelzorgcafé en een steunpunt voor jonge "
       "mantelzorgers) met meetbare doelen.")
PD7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, en "
       "een publiek-private samenwerking (PPS) met een woningcorporatie voor mantelzorgwoningen.")
PD8 = "Projectleider van de invoering van een digitale mantelzorgkaart, met projectplan en stuurgroep."
PD_ANIMAL = ("Leiding aan het dierenasiel, de dierenambulance en het voorlichtingswerk (14 medewerkers, 70 "
             "vrijwilligers); budget, fondsenwerving en afspraken met zes gemeenten over de opvang van zwerfdieren.")
pd = [pos("maart 2022 – heden", "Coördinator Mantelzorg", "Stichting Welzijn Putten",
          ["Coördinatie van de mantelzorgconsulenten (5 medewerkers) en 60 vrijwilligers.", PD6, PD7, PD8],
          ("2022-03", REF), 45, True),
      pos("januari 2014 – december 2021", "Manager Welzijn", "Stichting Dierenwelzijn Veluwe",
          [PD_ANIMAL], ("2014-01", "2021-12"), 96, False),
      pos("augustus 2008 – december 2013", "Dierenartsassistent", "Dierenkliniek Putten",
          ["Assistentie bij spreekuren en operaties."],
          ("2008-08", "2013-12"), 65, False)]
PD_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Petra Dijkman.pdf", fmt="pdf", layout="single",
   name="Petra Dijkman", email="petra.dijkman@example.nl", phone="06-91736204", rate=PD_RATE,
   exp=pd, crit_text={"6": PD6, "7": PD7, "8": PD8}, refs=["Lenie Kamphorst", "Wouter van de Pol"],
   must_have=[PD_ANIMAL],
   body=[("title", "Petra Dijkman"),
         ("p", "Putten  |  06-91736204  |  petra.dijkman@example.nl"),
         ("pb", PD_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer de mantelzorgondersteuning in Putten. Daarvoor was ik acht jaar manager van een "
               "stichting. Ik ben praktisch, warm en besluitvaardig."),
         ("h", "Werkervaring"),
         ("pos", "sample", pd),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Saxion Deventer — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Lenie Kamphorst, directeur Stichting Welzijn Putten, 06-91736205"),
         ("p", "Wouter van de Pol, voorzitter Stichting Dierenwelzijn Veluwe, 06-91736206")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=45, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 0, 15, 20, 25),
               notes="'Manager Welzijn – Stichting Dierenwelzijn Veluwe' 2014-01..2021-12 (96): a manager with "
                     "'Welzijn' in the title at a stichting, but the task is 'Leiding aan het dierenasiel, de "
                     "dierenambulance en het voorlichtingswerk …; afspraken met zes gemeenten over de opvang van "
                     "zwerfdieren': animal welfare, not a welzijnsstichting of the social domain -> not relevant. "
                     "Only Coördinator Mantelzorg, Stichting Welzijn Putten 2022-03..2025-11 = 45 -> knock-out 3 "
                     "fail, criterion 5 = 0 (141 and a pass if the animal shelter counted). HBO Bestuurskunde -> "
                     "hbo, not MWD. 60 points if it were eligible."))
