# -*- coding: utf-8 -*-
"""Holdout round 47 for zeef: 8 fictional CVs (4 PDF, 4 DOCX), written without looking at the pipeline's source
or rules/. Two eligible controls (one mentions the colloquium doctum as her route into a completed HBO MWD, the
other a one-month notice period), six that look strong but must not pass, each for one new reason:

  - the only hbo line is a "Colloquium doctum Social Work (hbo-bachelor) ... geslaagd": an admission exam,
    not a degree (knock-out 2 fail);
  - the decisive coordinator role runs "september 2020 – heden", but since March 2025 the candidate is released
    from work for the rest of his notice period (vaststellingsovereenkomst): 54 worked months, 63 on paper
    (knock-out 3 fail);
  - the second referee is the candidate's business partner in a Bed & Breakfast: one professional referee
    (references fail);
  - 59 months as coördinator, plus a role that starts only on 1 January 2026 ("benoemd", future tense)
    (knock-out 3 fail);
  - the candidate's own firm (owner, KvK, btw number) only in the DOCX page footer (ZZP indication -> review);
  - "andere opdrachtgevers" and "het urencriterium voor de zelfstandigenaftrek" in the availability line
    (ZZP indication -> review).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout47/make-holdout47.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
NO5 = (15, 0, 15, 20, 25)


def crits(place, plan, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 47)."""
    c6 = (f"Voorbeeld van beleid naar resultaat: het beleidsplan '{plan}' van de gemeente {place} omgezet in een "
          f"jaarwerkplan met vier concrete projecten; resultaat: {result}.")
    c7 = (f"Samenwerking met zorgaanbieders, de patiëntenvereniging, zorgverzekeraar {insurer} en de partners van "
          f"de publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectleider van het verandertraject '{change}', van plan van aanpak tot evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Annika Veldhuizen (pdf) control
# Mirror of Hanneke Tijssen: the words "colloquium doctum" stand in her education line, but as the route into an
# HBO MWD programme she finished with a diploma -> hbo, completed, MWD.
AV6, AV7, AV8 = crits("Voorst", "Voorst voor elkaar", "een ontmoetingsplek in elke kern en 60 nieuwe "
                      "vrijwilligers", "Menzis", "Zorgzaam Twello", "de vorming van één sociaal team voor Voorst")
av = [pos("maart 2017 – heden", "Manager Welzijn en Zorg", "Gemeente Voorst",
          ["Leiding aan het cluster welzijn en zorg (17 medewerkers); formatie, werving en budget.",
           AV6, AV7, AV8], ("2017-03", REF), 105, True),
      pos("januari 2011 – februari 2017", "Teamleider Ouderenwerk", "Stichting Welzijn Twello",
          ["Leiding aan vijf ouderenadviseurs en de vrijwilligers van de maaltijdservice."],
          ("2011-01", "2017-02"), 74, True),
      pos("september 2006 – december 2010", "Ouderenadviseur", "Stichting Welzijn Twello",
          ["Huisbezoeken bij 75-plussers en voorlichting over langer thuis wonen."],
          ("2006-09", "2010-12"), 52, False)]
AV_RATE = "Uurtarief: € 87,50 excl. btw"
AV_EDU = ("HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006 "
          "(toegelaten via het colloquium doctum)")
cv(file="Annika Veldhuizen.pdf", fmt="pdf", layout="single",
   name="Annika Veldhuizen", email="annika.veldhuizen@example.nl", phone="06-41836275", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Ton Beekman", "Wilma Eijkelkamp"],
   must_have=[AV_EDU],
   body=[("title", "Annika Veldhuizen"),
         ("p", "Twello  |  06-41836275  |  annika.veldhuizen@example.nl"),
         ("pb", AV_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Manager welzijn en zorg bij de gemeente Voorst. Ik verbind beleid en uitvoering, geef teams "
               "richting in verandering en houd budget en formatie op orde."),
         ("h", "Werkervaring"),
         ("pos", "datebold", av),
         ("h", "Opleiding"),
         ("p", AV_EDU),
         ("p", "Training Coachend leidinggeven — 2018")]
   + refs_block("Ton Beekman, afdelingsmanager Samenleving, gemeente Voorst, 06-41836276",
                "Wilma Eijkelkamp, directeur Stichting Welzijn Twello, 06-41836277"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=87.5,
               crit=FULL,
               notes="CONTROL, eligible. Manager Welzijn en Zorg, Gemeente Voorst 2017-03..2025-11 = 105 + "
                     "Teamleider Ouderenwerk, Stichting Welzijn Twello 2011-01..2017-02 = 74 -> 179 (>= 72, "
                     "criterion 5). Ouderenadviseur: not leading. Education: 'HBO Maatschappelijk Werk en "
                     "Dienstverlening … diploma 2006 (toegelaten via het colloquium doctum)': the colloquium "
                     "doctum was only her admission route, the line has the diploma -> hbo, completed, MWD "
                     "(mirror of Hanneke Tijssen). Two referees. 100 points, EUR 87,50 -> rank 1."))

# ------------------------------------------------------------------------- Esther Pelgrim (docx) control, sidebar
# Mirror of Jorrit Kamphuis: the word "opzegtermijn" in her availability (one month at her current employer),
# while she is simply working there -> all months count.
EP6, EP7, EP8 = crits("Hattem", "Hattem doet het samen", "een sociaal team in de Hanzewijk en 35 % minder "
                      "wachttijd voor Wmo-meldingen", "Zilveren Kruis", "Gezond Hattem",
                      "de wijkgerichte herinrichting van het sociaal team")
ep = [pos("oktober 2018 – heden", "Teamleider Sociaal Team", "Gemeente Hattem",
          ["Leiding aan het sociaal team (13 medewerkers): Wmo, jeugd en schuldhulp; roosters, werving en budget.",
           EP6, EP7, EP8], ("2018-10", REF), 86, True),
      pos("april 2013 – september 2018", "Coördinator Vrijwilligerswerk", "Stichting Welzijn Hattem-Oost",
          ["Coördinatie van de vrijwilligerscentrale en de mantelzorgondersteuning."],
          ("2013-04", "2018-09"), 66, True)]
EP_RATE = "Tarief: € 89,- per uur (excl. btw)"
EP_AVAIL = "Per 1 december 2025; opzegtermijn bij mijn huidige werkgever: één maand"
cv(file="Esther Pelgrim.docx", fmt="docx", layout="sidebar",
   name="Esther Pelgrim", email="e.pelgrim@example.com", phone="06-52947138", rate=EP_RATE,
   exp=ep, crit_text={"6": EP6, "7": EP7, "8": EP8}, refs=["Hans Dijkslag", "Margreet Wolters"],
   must_have=[EP_AVAIL],
   left=[("h", "Contact"), ("p", "e.pelgrim@example.com"), ("p", "06-52947138"), ("p", "Hattem"),
         ("h", "Tarief"), ("p", EP_RATE),
         ("h", "Beschikbaarheid"), ("p", EP_AVAIL),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels"])],
   right=[("title", "Esther Pelgrim"),
          ("h", "Profiel"),
          ("p", "Teamleider sociaal team in Hattem, daarvoor coördinator vrijwilligerswerk bij een "
                "welzijnsstichting. Ik geef richting, spreek mensen aan en houd het inwonersperspectief voorop."),
          ("h", "Werkervaring"),
          ("pos", "pipe", ep),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2012"),
          ("h", "Referenties"),
          ("p", "Hans Dijkslag, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-52947139"),
          ("p", "Margreet Wolters, directeur Stichting Welzijn Hattem-Oost, 06-52947140")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=152, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL, eligible. Teamleider Sociaal Team, Gemeente Hattem 2018-10..2025-11 = 86 + "
                     "Coördinator Vrijwilligerswerk, Stichting Welzijn Hattem-Oost 2013-04..2018-09 = 66 -> 152. "
                     "Her 'opzegtermijn … één maand' is a notice period still to come, not time off work (mirror "
                     "of Jorrit Kamphuis). Bachelor Social Work (diploma) -> mwd. Two referees. 100 points, "
                     "EUR 89 -> rank 2 behind Annika Veldhuizen (EUR 87,50)."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Hanneke Tijssen (pdf), header layout
# TRAP (target: wrong pass of ko 2): the only hbo line is "Colloquium doctum Social Work (hbo-bachelor), Hogeschool
# Windesheim Zwolle — geslaagd 2010": the admission exam for candidates of 21+ without the required prior
# education. Passing it admits you to the programme; it is no degree. The only diploma: MBO niveau 3.
HT6, HT7, HT8 = crits("Raalte", "Raalte sociaal sterk", "een wijksteunpunt in elke kern en 25 % minder "
                      "jeugdhulp-verwijzingen", "Salland Zorgverzekeringen", "Vitaal Raalte",
                      "de invoering van het wijkgerichte sociaal team")
ht = [pos("februari 2016 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Raalte",
          ["Coördinatie van het sociaal wijkteam (14 medewerkers); werkverdeling, werving en budget.",
           HT6, HT7, HT8], ("2016-02", REF), 118, True),
      pos("mei 2011 – januari 2016", "Teamleider Jongerenwerk", "Stichting Welzijn Salland-West",
          ["Leiding aan zes jongerenwerkers en het jongerencentrum."], ("2011-05", "2016-01"), 57, True)]
HT_RATE = "Uurtarief: € 84,00 excl. btw"
HT_COLL = "Colloquium doctum Social Work (hbo-bachelor), Hogeschool Windesheim Zwolle — geslaagd 2010"
HT_MBO = "MBO Pedagogisch Medewerker Kinderopvang (niveau 3), ROC Deltion Zwolle — diploma 2003"
cv(file="Hanneke Tijssen.pdf", fmt="pdf", layout="header",
   header="Hanneke Tijssen  |  Heino  |  06-63058291  |  hanneke.tijssen@example.nl",
   name="Hanneke Tijssen", email="hanneke.tijssen@example.nl", phone="06-63058291", rate=HT_RATE,
   exp=ht, crit_text={"6": HT6, "7": HT7, "8": HT8}, refs=["Gert Nijkamp", "Ellen Stoffers"],
   must_have=[HT_COLL, HT_MBO],
   body=[("title", "Hanneke Tijssen"),
         ("pb", HT_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal wijkteam in Raalte, daarvoor teamleider jongerenwerk. Ik breng "
               "structuur aan, coach mijn teamleden en werk vanuit wat inwoners nodig hebben."),
         ("h", "Werkervaring"),
         ("eu_pos", ht),
         ("h", "Opleiding"),
         ("p", HT_COLL),
         ("p", HT_MBO),
         ("h", "Cursussen"),
         ("p", "Oplossingsgericht werken (2014); Methodisch werken met DA Systems (2021).")]
   + refs_block("Gert Nijkamp, afdelingsmanager Sociaal Domein, gemeente Raalte, 06-63058292",
                "Ellen Stoffers, directeur Stichting Welzijn Salland-West, 06-63058293"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=175, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: reading 'Colloquium doctum Social Work (hbo-"
                     "bachelor) … geslaagd 2010' as a completed degree). A colloquium doctum is the admission exam "
                     "for people of 21+ without the required prior education: passing it gives access to the "
                     "programme, no diploma; nothing says she then studied or graduated. Only diploma: MBO "
                     "Pedagogisch Medewerker Kinderopvang (niveau 3) -> mbo, no hbo bachelor, mwd false, "
                     "criterion 4 = 0. Months: Coördinator Sociaal Wijkteam, Gemeente Raalte 2016-02..2025-11 = "
                     "118 + Teamleider Jongerenwerk, Stichting Welzijn Salland-West 2011-05..2016-01 = 57 -> 175. "
                     "85 points."))

# ------------------------------------------------------------------------- Jorrit Kamphuis (docx), hand-made list
# TRAP (target: wrong pass of ko 3): one heading "september 2020 – heden / Coördinator Sociaal Team — Gemeente
# Olst-Wijhe" (63 months); its bullets: coordinator September 2020 – February 2025, and since March 2025 released
# from work (vaststellingsovereenkomst) until his employment ends on 31 December 2025 -> 54 worked months.
JK6, JK7, JK8 = crits("Olst-Wijhe", "Samen in Olst-Wijhe", "een inlooppunt in Wijhe en 40 nieuwe "
                      "mantelzorgers in beeld", "Zilveren Kruis", "Zorg dichtbij Olst",
                      "de overgang naar één toegang voor Wmo en jeugd")
JK_HEAD = "september 2020 – heden"
JK_WORK = ("september 2020 – februari 2025: coördinator van het sociaal team (15 medewerkers); werkverdeling, "
           "formatie en budget.")
JK_OFF = ("maart 2025 – heden: na de reorganisatie van het sociaal domein vrijgesteld van werkzaamheden op grond "
          "van een vaststellingsovereenkomst; mijn opzegtermijn loopt tot en met 31 december 2025. In deze "
          "periode verricht ik geen werkzaamheden en heb ik geen leidinggevende taken.")
jk = [pos("september 2020 – februari 2025", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe", [JK_WORK],
          ("2020-09", "2025-02"), 54, True),
      pos("maart 2025 – heden", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe", [JK_OFF],
          ("2025-03", REF), 9, False),
      pos("januari 2013 – augustus 2020", "Wmo-consulent", "Gemeente Olst-Wijhe",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."], ("2013-01", "2020-08"), 92, False)]
JK_RATE = "Uurtarief: € 85,50 excl. btw"
cv(file="Jorrit Kamphuis.docx", fmt="docx", layout="single",
   name="Jorrit Kamphuis", email="jorrit.kamphuis@example.nl", phone="06-74169302", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Karin Stegeman", "Bert Wesselink"],
   must_have=[JK_HEAD, JK_WORK, JK_OFF],
   body=[("title", "Jorrit Kamphuis"),
         ("p", "Wijhe  |  06-74169302  |  jorrit.kamphuis@example.nl"),
         ("pb", JK_RATE),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator sociaal team met een achtergrond als Wmo-consulent. Ik houd overzicht, stuur op "
               "afspraken en werk integraal en preventief."),
         ("h", "Werkervaring"),
         ("pb", JK_HEAD),
         ("p", "Coördinator Sociaal Team — Gemeente Olst-Wijhe"),
         ("bl", [JK_WORK, JK6, JK7, JK8, JK_OFF]),
         ("pos", "datebold", jk[2:]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2012")]
   + refs_block("Karin Stegeman, teammanager Sociaal Domein, gemeente Olst-Wijhe, 06-74169303",
                "Bert Wesselink, directeur Stichting Welzijn Olst-Wijhe, 06-74169304"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=54, refs=(2, False), zzp=False, hourly=85.5,
               crit=NO5,
               notes="TRAP, not eligible: ko 3 fail (target: counting the heading 'september 2020 – heden' = 63). "
                     "The bullets split it: 'september 2020 – februari 2025: coördinator …' = 2020-09..2025-02 = "
                     "54 months of work; 'maart 2025 – heden: … vrijgesteld van werkzaamheden … opzegtermijn loopt "
                     "tot en met 31 december 2025 … geen werkzaamheden en … geen leidinggevende taken' = 9 months "
                     "in which he is still employed but does no work: no 'aantoonbare werkervaring'. 54 < 60 -> "
                     "fail; < 72 -> criterion 5 = 0. Wmo-consulent 2013-01..2020-08: not leading. HBO MWD -> "
                     "criterion 4. 75 points."))

# ------------------------------------------------------------------------- Sanne Eekhof (pdf), sidebar
# TRAP (target: wrong pass of the references check): two lines under "Referenties"; the second is her business
# partner in a Bed & Breakfast she runs next to her job: he knows her as a co-owner of a B&B, not her work -> one
# referee. No "op aanvraag". (Not a ZZP indication: she is employed, the B&B is a private side business.)
SE6, SE7, SE8 = crits("Putten", "Putten zorgt voor elkaar", "een huiskamer voor ouderen in elke wijk en 80 "
                      "nieuwe maatjes", "CZ", "Langer thuis in Putten", "de samenvoeging van ouderenwerk en "
                      "mantelzorgondersteuning")
se = [pos("juni 2014 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Putten",
          ["Coördinatie van het ouderenwerk (9 medewerkers, 120 vrijwilligers); werving en budget.",
           SE6, SE7, SE8], ("2014-06", REF), 138, True),
      pos("maart 2008 – mei 2014", "Ouderenadviseur", "Stichting Welzijn Putten",
          ["Huisbezoeken, voorlichting en de ouderenbelangenraad."], ("2008-03", "2014-05"), 75, False)]
SE_RATE = "Uurtarief: € 83,50 excl. btw"
SE_R1 = "Marga Slot, afdelingsmanager Samenleving, gemeente Putten, 06-85271943"
SE_R2 = ("Dirk Hazeleger, mijn zakenpartner: samen runnen wij sinds 2019 Bed & Breakfast De Veldkamp in Putten, "
         "naast mijn baan, 06-85271944")
cv(file="Sanne Eekhof.pdf", fmt="pdf", layout="sidebar",
   name="Sanne Eekhof", email="sanne.eekhof@example.nl", phone="06-85271942", rate=SE_RATE,
   exp=se, crit_text={"6": SE6, "7": SE7, "8": SE8}, refs=["Marga Slot"],
   must_have=[SE_R2],
   left=[("h", "Contact"), ("p", "sanne.eekhof@example.nl"), ("p", "06-85271942"), ("p", "Putten"),
         ("h", "Tarief"), ("p", SE_RATE),
         ("h", "Dienstverband"), ("p", "In loondienst bij Stichting Welzijn Putten; gedetacheerd door mijn "
                                       "werkgever"),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Sanne Eekhof"),
          ("h", "Profiel"),
          ("p", "Coördinator welzijn ouderen met elf jaar leidinggevende ervaring. Ik verbind vrijwilligers, "
                "professionals en gemeente en maak van beleid iets wat inwoners merken."),
          ("h", "Werkervaring"),
          ("pos", "next", se),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2007"),
          ("h", "Referenties"),
          ("p", SE_R1),
          ("p", SE_R2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=138, refs=(1, False), zzp=False, hourly=83.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting two lines under 'Referenties'). The "
                     "second line is 'Dirk Hazeleger, mijn zakenpartner: samen runnen wij sinds 2019 Bed & "
                     "Breakfast De Veldkamp in Putten, naast mijn baan': a co-owner of her private side business, "
                     "who has an interest in her and has never seen her work; like a subordinate (holdout35 "
                     "Noortje Zwiers) he is no referee for her work -> 1 referee, no 'op aanvraag' -> fail. Not "
                     "zzp: 'In loondienst bij Stichting Welzijn Putten; gedetacheerd door mijn werkgever'. "
                     "Months: Coördinator Welzijn Ouderen, Stichting Welzijn Putten 2014-06..2025-11 = 138. "
                     "HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Niels Boerkamp (docx), header + Europass
# TRAP (target: wrong pass of ko 3): 59 months as Coördinator Sociaal Team, Gemeente Hattem ("januari 2021 –
# heden"), and at the top of the list a role that has not started: "vanaf 1 januari 2026 (benoemd)", Teamleider
# Wmo en Jeugd, Gemeente Oldebroek, tasks in the future tense. Any month for it makes 60.
NB6, NB7, NB8 = crits("Hattem", "Hattem naar elkaar", "een sociaal team met vaste wijkcontactpersonen en 20 % "
                      "minder maatwerkvoorzieningen", "Zilveren Kruis", "Gezondheidscentrum Hattem",
                      "de overgang naar wijkgericht werken")
NB_PLAN = dict(d="vanaf 1 januari 2026 (benoemd)", t="Teamleider Wmo en Jeugd (16 uur per week)",
               e="Gemeente Oldebroek",
               tasks=["Ik ga leiding geven aan twaalf Wmo- en jeugdconsulenten.",
                      "Ik ga de werkprocessen van de toegang opnieuw inrichten.",
                      "Arbeidsovereenkomst getekend op 6 oktober 2025; de functie start op 1 januari 2026."])
nb = [pos("januari 2021 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (11 medewerkers); werkverdeling, werving en budget.",
           NB6, NB7, NB8, "Mijn laatste werkdag in Hattem is 31 december 2025."], ("2021-01", REF), 59, True),
      pos("augustus 2014 – december 2020", "Jeugdconsulent", "Gemeente Zwolle",
          ["Casusregie bij gezinnen, jeugdhulpindicaties en overleg met scholen."], ("2014-08", "2020-12"), 77,
          False)]
NB_RATE = "Uurtarief: € 86,50 excl. btw"
NB_PROFILE = ("Coördinator van het sociaal team in Hattem. Per 1 januari 2026 word ik daarnaast teamleider Wmo en "
              "jeugd bij de gemeente Oldebroek (16 uur per week), zodat ik deze opdracht ernaast kan doen.")
cv(file="Niels Boerkamp.docx", fmt="docx", layout="header",
   header="Niels Boerkamp  ·  Hattem  ·  06-96302847  ·  niels.boerkamp@example.com",
   name="Niels Boerkamp", email="niels.boerkamp@example.com", phone="06-96302847", rate=NB_RATE,
   exp=nb, crit_text={"6": NB6, "7": NB7, "8": NB8}, refs=["Annet Hulshof", "Ronald Kroeze"],
   must_have=[NB_PLAN["d"], NB_PLAN["t"], NB_PROFILE] + NB_PLAN["tasks"],
   body=[("title", "Curriculum vitae"),
         ("pb", NB_RATE),
         ("h", "Profiel"),
         ("p", NB_PROFILE),
         ("h", "Werkervaring"),
         ("eu_pos", [NB_PLAN] + nb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2014")]
   + refs_block("Annet Hulshof, afdelingsmanager Samenleving, gemeente Hattem, 06-96302848",
                "Ronald Kroeze, teamleider Jeugd, gemeente Zwolle, 06-96302849"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=86.5,
               crit=NO5,
               notes="TRAP, not eligible: ko 3 fail (target: counting the planned role). Coördinator Sociaal Team, "
                     "Gemeente Hattem 'januari 2021 – heden' = 2021-01..2025-11 = 59. The first row, 'vanaf 1 "
                     "januari 2026 (benoemd)' Teamleider Wmo en Jeugd, Gemeente Oldebroek, starts after the "
                     "reference date (tasks 'Ik ga …', 'de functie start op 1 januari 2026'): 0 months of "
                     "experience, whatever an open 'vanaf' would suggest. 59 < 60 -> fail (any month for the "
                     "planned role gives 60 and a wrong pass); criterion 5 = 0. Jeugdconsulent: not leading. "
                     "Bachelor Social Work -> mwd. 75 points."))

# ------------------------------------------------------------------------- Marieke Lammertink (docx), page footer
# TRAP (target: wrong pass of ko 1): nothing in the body says how she works; the DOCX page footer (her
# letterhead) reads "Lammertink Sociaal Advies · eigenaar: Marieke Lammertink · KvK 83917265 · btw ..." -> her
# own firm -> ZZP indication -> review.
ML6, ML7, ML8 = crits("Brummen", "Brummen verbindt", "drie dorpsteams en 50 % minder wachttijd bij het Wmo-"
                      "loket", "Menzis", "Zorgcentrum Eerbeek", "de herinrichting van de toegang in Brummen en "
                      "Eerbeek")
ml = [pos("april 2023 – heden", "Coördinator Welzijn en Zorg", "Gemeente Brummen",
          ["Coördinatie van het cluster welzijn en zorg (10 medewerkers); werkverdeling en budget.",
           ML6, ML7, ML8], ("2023-04", REF), 32, True),
      pos("januari 2014 – maart 2023", "Teamleider Wmo", "Gemeente Zutphen",
          ["Leiding aan het Wmo-team (16 consulenten); formatie, werving en selectie."],
          ("2014-01", "2023-03"), 111, True),
      pos("september 2008 – december 2013", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties."], ("2008-09", "2013-12"), 64, False)]
ML_RATE = "Uurtarief: € 88,00 excl. btw"
ML_FOOT = ("Lammertink Sociaal Advies  ·  eigenaar: Marieke Lammertink  ·  KvK 83917265  ·  btw NL004417263B01")
cv(file="Marieke Lammertink.docx", fmt="docx", layout="single", footer=ML_FOOT,
   name="Marieke Lammertink", email="marieke.lammertink@example.nl", phone="06-17492630", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Jan-Willem Reinders", "Petra Hoenderboom"],
   must_have=[ML_FOOT],
   body=[("title", "Marieke Lammertink"),
         ("p", "Brummen  |  06-17492630  |  marieke.lammertink@example.nl"),
         ("pb", ML_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en zorg met twaalf jaar leidinggevende ervaring bij gemeenten. Helder, "
               "besluitvaardig en met oog voor inwoners en bestuur."),
         ("h", "Werkervaring"),
         ("pos", "pipe", ml),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Deventer — diploma 2008")]
   + refs_block("Jan-Willem Reinders, afdelingsmanager Sociaal Domein, gemeente Brummen, 06-17492631",
                "Petra Hoenderboom, teammanager Wmo en Jeugd, gemeente Zutphen, 06-17492632"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=88.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass because the body has no zzp word). The page "
                     "footer of every page (the DOCX footer part, her letterhead): 'Lammertink Sociaal Advies · "
                     "eigenaar: Marieke Lammertink · KvK 83917265 · btw NL…': she owns a firm registered with the "
                     "KvK and with its own VAT number -> ZZP indication -> review (a person decides), not fail. "
                     "Months: Coördinator Welzijn en Zorg, Gemeente Brummen 2023-04..2025-11 = 32 + Teamleider "
                     "Wmo, Gemeente Zutphen 2014-01..2023-03 = 111 -> 143 (work at a gemeente, whoever pays). "
                     "Bachelor Social Work. 100 points."))

# ------------------------------------------------------------------------- Wouter Scheppink (pdf)
# TRAP (target: wrong pass of ko 1): under "Beschikbaarheid": "Op donderdag en vrijdag werk ik voor mijn andere
# opdrachtgevers; daarmee haal ik ook het urencriterium voor de zelfstandigenaftrek." -> self-employed.
WS6, WS7, WS8 = crits("Nunspeet", "Nunspeet dichtbij", "vier wijkteams met een vast gezicht per wijk en 30 % "
                      "minder crisisplaatsingen", "CZ", "Gezond Nunspeet", "de overgang van drie losse teams "
                      "naar vier wijkteams")
ws = [pos("mei 2022 – heden", "Coördinator Wijkteams", "Gemeente Nunspeet",
          ["Coördinatie van vier wijkteams (22 medewerkers); werkverdeling, werving en budget.",
           WS6, WS7, WS8], ("2022-05", REF), 43, True),
      pos("maart 2015 – april 2022", "Teamleider Jeugd", "Gemeente Elburg",
          ["Leiding aan het jeugdteam (9 medewerkers) en de jeugdhulpbudgetten."], ("2015-03", "2022-04"), 86,
          True)]
WS_RATE = "Uurtarief: € 86,00 excl. btw"
WS_AVAIL = ("Beschikbaarheid: 24 uur per week, maandag tot en met woensdag. Op donderdag en vrijdag werk ik voor "
            "mijn andere opdrachtgevers; daarmee haal ik ook het urencriterium voor de zelfstandigenaftrek.")
cv(file="Wouter Scheppink.pdf", fmt="pdf", layout="single",
   name="Wouter Scheppink", email="wouter.scheppink@example.com", phone="06-28507314", rate=WS_RATE,
   exp=ws, crit_text={"6": WS6, "7": WS7, "8": WS8}, refs=["Greet Mulderij", "Hans Boeve"],
   must_have=[WS_AVAIL],
   body=[("title", "Wouter Scheppink"),
         ("p", "Elburg  |  06-28507314  |  wouter.scheppink@example.com"),
         ("h", "Profiel"),
         ("p", "Coördinator wijkteams in Nunspeet, daarvoor teamleider jeugd in Elburg. Ik zet beleid om in "
               "werk dat inwoners merken en neem teams mee in verandering."),
         ("h", "Werkervaring"),
         ("pos", "sample", ws),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006")]
   + refs_block("Greet Mulderij, afdelingsmanager Sociaal Domein, gemeente Nunspeet, 06-28507315",
                "Hans Boeve, gemeentesecretaris, gemeente Elburg, 06-28507316")
   + [("h", "Praktisch"), ("p", WS_RATE), ("p", WS_AVAIL)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=129, refs=(2, False), zzp=True, hourly=86.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass because no zzp, KvK, eenmanszaak or B.V. word "
                     "occurs). The last line: 'Op donderdag en vrijdag werk ik voor mijn andere opdrachtgevers; "
                     "daarmee haal ik ook het urencriterium voor de zelfstandigenaftrek': several clients and the "
                     "hours criterion of the self-employed person's tax deduction -> he works as a self-employed "
                     "person -> ZZP indication -> review. Months: Coördinator Wijkteams, Gemeente Nunspeet "
                     "2022-05..2025-11 = 43 + Teamleider Jeugd, Gemeente Elburg 2015-03..2022-04 = 86 -> 129. "
                     "HBO MWD. 100 points."))
