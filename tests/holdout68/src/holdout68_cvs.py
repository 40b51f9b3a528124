# -*- coding: utf-8 -*-
"""Holdout round 68 for zeef: DOCX as Word templates make them. 8 fictional CVs (6 DOCX, 2 PDF exported by
LibreOffice) sent directly for the Heerde request, each in a layout of a common Dutch Word CV template that the
earlier rounds (24, 61 and the ordinary rounds) did not use:

  - a two-column table, the period in a narrow left cell and title, employer and tasks in ONE paragraph of the right
    cell, separated by line breaks (w:br) instead of paragraphs (Marloes Tiemens, DOCX; Petra Scheper, PDF);
  - section headings in the left page margin as floating TEXT BOXES anchored to the section's first line (Lieke
    Hoornstra, DOCX; Dennis Rikkers, PDF);
  - positions as "title – employer", a right tab stop with a DOT LEADER, then the period (Johan Brinkhuis, DOCX);
  - name and contact details only in the PAGE HEADER, the referees only in the FOOTER of the last page (a second
    section with a footer of its own) (Erik Hulshof, DOCX);
  - personal details in a 2 x 2 table and a "Vaardigheden" table with ratings (Yvonne Kamphorst, DOCX);
  - Word's built-in NUMBERED HEADINGS: sections "1 Profiel", "2 Werkervaring", positions "2.1 Teamleider ..." as
    Heading 2, the numbers automatic (Nienke Scholten, DOCX).

Six are eligible: 100, 100, 85, 85, 75, 75. Both ties are decided by the rate: EUR 88 before EUR 92 at 100; EUR 85
before EUR 87 at 85 (which decides the third shortlist place); EUR 80 before EUR 83 at 75. Not eligible, each for a
plain reason: 50 months as coordinator (ko 3), an HBO MWD "niet afgerond" beside an MBO diploma (ko 2).

Written without looking at the pipeline's source or rules/ and without running zeef, with hand-checked
expectations (months per position by hand; tests/holdout2/src/expected.py re-derives them from the printed dates).
Every person, foundation, phone number, e-mail address and referee here is made up. Employers are real
municipalities and fictional foundations; real hogescholen appear as schools. See tests/holdout2/src/cvset.py for
the field list and src/layout68.py for the blocks.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def br_rows(ps):
    """Positions as rows of the w:br table: period left; title, employer, '• task' lines right."""
    return [(p["d"], [(p["t"], "b"), (p["e"], "i")] + [("• " + x, "") for x in p["tasks"]]) for p in ps]


def numbered(ps):
    """Positions under Word's numbered headings: 'title, employer' as Heading 2, the period, the tasks."""
    out = []
    for p in ps:
        out += [("h2n", f"{p['t']}, {p['e']}"), ("p", p["d"]), ("bl", p["tasks"])]
    return out


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Marloes Tiemens (docx) w:br table
MT6 = ("Voorbeeld beleid naar resultaat: de nota 'Elburg zorgt voor elkaar' (2020) heb ik met de beleidsadviseurs "
       "vertaald naar een jaarwerkplan met vier concrete projecten: een huiskamer in elke kern, een mantelzorgcafé, "
       "welzijn op recept en een vrijwilligerscentrale. Resultaat 2024: 430 inwoners bereikt; de evaluatie is in de "
       "raad besproken.")
MT7 = ("Maakt afspraken met zorgaanbieders, de huisartsen, zorgverzekeraar Zilveren Kruis en de "
       "patiëntenvereniging; lid van de stuurgroep van de publiek-private samenwerking (PPS) 'Vitaal Elburg'.")
MT8 = ("Projectleider van de implementatie van DA Systems in het cluster welzijn (2022) en trekker van het "
       "verandertraject 'Eén loket welzijn' (2023).")
mt = [pos("09-2019 – heden", "Coördinator Welzijn", "Gemeente Elburg",
          ["Coördineert het cluster welzijn: tien medewerkers (ouderenadviseurs, buurtwerkers en "
           "mantelzorgconsulenten).",
           "Verdeelt uren en taken, voert de jaargesprekken en bewaakt het welzijnsbudget.", MT6, MT7, MT8],
          ("2019-09", REF), 75, True),
      pos("02-2014 – 08-2019", "Teamleider Mantelzorg en Vrijwilligers", "Stichting Welzijn Oost-Veluwe",
          ["Leiding aan zeven consulenten en 110 vrijwilligers; werkverdeling en coaching.",
           "Opzet van de mantelzorgwaardering in Elburg en Oldebroek."],
          ("2014-02", "2019-08"), 67, True),
      pos("03-2010 – 01-2014", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Veluwe",
          ["Hulp aan volwassenen en gezinnen bij geldzorgen en opvoedvragen."],
          ("2010-03", "2014-01"), 47, False)]
MT_RATE = "€ 88,00 per uur excl. btw"
cv(file="Marloes Tiemens.docx", fmt="docx", layout="single",
   name="Marloes Tiemens", email="marloes.tiemens@example.nl", phone="06-24817735", rate=MT_RATE,
   exp=mt, crit_text={"6": MT6, "7": MT7, "8": MT8}, refs=["Janine Hogenkamp", "Wouter Bredewold"],
   must_have=["Hbo Maatschappelijk Werk en Dienstverlening", "Diploma behaald"],
   body=[("title", "Marloes Tiemens"),
         ("p", "Elburg  ·  06-24817735  ·  marloes.tiemens@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een verbindende coördinator met ruim elf jaar leidinggevende ervaring in het welzijnswerk: "
               "eerst bij een welzijnsstichting, sinds 2019 bij de gemeente Elburg. Ik breng rust en richting in een "
               "team en zorg dat afspraken worden nagekomen."),
         ("h", "Werkervaring"),
         ("brtab", br_rows(mt)),
         ("h", "Opleiding"),
         ("brtab", [("2005 – 2009", [("Hbo Maatschappelijk Werk en Dienstverlening", "b"),
                                     ("Saxion Hogeschool, Deventer", "i"), ("Diploma behaald", "")]),
                    ("2000 – 2005", [("Havo", "b"), ("Christelijk College Nassau-Veluwe, Harderwijk", "i"),
                                     ("Diploma", "")])]),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals in het sociaal domein (2020)", "Werken met DA Systems (2022)"]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + MT_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Referenties"),
         ("p", "Janine Hogenkamp, afdelingsmanager Samenleving, gemeente Elburg, 06-24817736"),
         ("p", "Wouter Bredewold, directeur, Stichting Welzijn Oost-Veluwe, 06-24817737")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=142, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88; Erik Hulshof also 100 at EUR 92), shortlisted. Word template: "
                     "a borderless table, the period in a narrow left cell, title, employer and tasks in ONE "
                     "paragraph of the right cell separated by w:br. Coördinator Welzijn, Gemeente Elburg "
                     "'09-2019 – heden' = 2019-09..2025-11 = 75 + Teamleider Mantelzorg en Vrijwilligers, Stichting "
                     "Welzijn Oost-Veluwe '02-2014 – 08-2019' = 67 -> 142 (contiguous; maatschappelijk werker 47 not "
                     "leading). Hbo MWD, 'Diploma behaald' (education in the same table) -> mwd 15. Criteria 6 "
                     "(nota -> jaarwerkplan with four projects -> result), 7 (zorgaanbieders, huisartsen, Zilveren "
                     "Kruis, PPS), 8 (projectleider implementatie, verandertraject) as '•' lines of the Elburg "
                     "cell. Two referees with function and phone."))

# ------------------------------------------------------------------------- Erik Hulshof (docx) header + last footer
EH6 = ("Voorbeeld beleid naar resultaat: het beleidsplan 'Epe dichtbij' (2021) heb ik samen met de beleidsadviseurs "
       "vertaald naar een jaarwerkplan met drie concrete projecten: een inloop in elk dorp, een vast schuldenspreekuur "
       "en een welzijnsteam op de basisscholen. Resultaat 2024: 40 % meer vroege meldingen.")
EH7 = ("Overlegt structureel met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis "
       "en de cliëntenraad; namens de gemeente lid van de publiek-private samenwerking (PPS) 'Gezond Epe'.")
EH8 = ("Projectleider van de reorganisatie van de toegang (2019 – 2020): van drie loketten naar één sociaal team, met "
       "projectplan, stuurgroep en evaluatie.")
eh = [pos("januari 2018 – heden", "Teamleider Sociaal Domein", "Gemeente Epe",
          ["Leiding aan 16 medewerkers (Wmo, jeugd, welzijn en schuldhulp); werkverdeling, coaching en "
           "jaargesprekken.",
           "Toezicht op formatie, instroom en werving en selectie, in afstemming met HR.", EH6, EH7, EH8],
          ("2018-01", REF), 95, True),
      pos("mei 2012 – december 2017", "Coördinator Wijkteam Zuidoost", "Gemeente Apeldoorn",
          ["Coördinatie van het wijkteam (12 medewerkers); casusverdeling, werkoverleg en kwaliteit."],
          ("2012-05", "2017-12"), 68, True),
      pos("september 2006 – april 2012", "Wijkteamconsulent", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken en ondersteuning van gezinnen in Apeldoorn-Zuid."],
          ("2006-09", "2012-04"), 68, False)]
EH_RATE = "€ 92,00 per uur excl. btw"
EH_REF1 = "Gerda Mensink, manager Sociaal Domein, gemeente Epe, 06-19283747"
EH_REF2 = "Hans Timmerman, afdelingshoofd Wijkteams, gemeente Apeldoorn, 06-19283748"
cv(file="Erik Hulshof.docx", fmt="docx", layout="single",
   name="Erik Hulshof", email="erik.hulshof@example.nl", phone="06-19283746", rate=EH_RATE,
   exp=eh, crit_text={"6": EH6, "7": EH7, "8": EH8}, refs=["Gerda Mensink", "Hans Timmerman"],
   must_have=[EH_REF1, EH_REF2, "Bachelor Social Work"],
   body=[("hdr", [("Erik Hulshof", 16, True),
                  ("Wapenveld  ·  06-19283746  ·  erik.hulshof@example.nl", 9.5, False)]),
         ("title", "Curriculum vitae"),
         ("h", "Profiel"),
         ("p", "Ik ben een open en besluitvaardige teamleider met dertien jaar leidinggevende ervaring in de wijkteams "
               "van Apeldoorn en het sociaal domein van Epe. Ik geef richting, laat medewerkers groeien en houd "
               "overzicht over budget en formatie."),
         ("h", "Werkervaring"),
         ("pos", "sample", eh),
         ("lastsec", [("Referenties", True), (EH_REF1, False), (EH_REF2, False)]),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2002 – 2006 — diploma behaald"),
         ("p", "Havo, Carolus Clusius College, Zwolle, 1997 – 2002 — diploma"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2019)", "Financieel sturen in het sociaal domein (2021)"]),
         ("h", "Beschikbaarheid en tarief"),
         ("p", "Beschikbaar per 1 januari 2026, 24 uur per week. Tarief: " + EH_RATE + "."),
         ("h", "Hobby's"),
         ("p", "Wielrennen op de Veluwe en koken.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=163, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 92; loses the tie on 100 to Marloes Tiemens' EUR 88), shortlisted. "
                     "Word template: name, place, phone and e-mail ONLY in the page header (every page); the CV has "
                     "two sections, the second (page 2) with a footer of its own holding the ONLY 'Referenties' (two "
                     "referees with function and phone); the first section's footer is empty. Teamleider Sociaal "
                     "Domein, Gemeente Epe 'januari 2018 – heden' = 2018-01..2025-11 = 95 + Coördinator Wijkteam "
                     "Zuidoost, Gemeente Apeldoorn 'mei 2012 – december 2017' = 68 -> 163 (wijkteamconsulent 68 not "
                     "leading). Bachelor Social Work, diploma behaald -> mwd. Criteria 6, 7, 8 in the Epe position."))

# ------------------------------------------------------------------------- Nienke Scholten (docx) numbered headings
NS6 = ("Voorbeeld beleid naar resultaat: de Oldebroekse nota 'Meedoen in Oldebroek' (2020) heb ik vertaald naar een "
       "jaarwerkplan met drie concrete projecten: een sociaal team in elke kern, een vast spreekuur schuldhulp en een "
       "maatjesproject voor statushouders. Resultaat 2023: de wachttijd voor een keukentafelgesprek daalde van zes "
       "naar twee weken.")
NS7 = ("Werkt samen met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de woningcorporatie; namens de "
       "gemeente lid van de publiek-private samenwerking (PPS) 'Oldebroek Vitaal'.")
NS8 = "Projectleider van de transitie naar één sociaal team (2018 – 2019) en van de implementatie van DA Systems (2022)."
ns = [pos("april 2017 – heden", "Teamleider Sociaal Team", "Gemeente Oldebroek",
          ["Leiding aan 15 consulenten Wmo, jeugd en welzijn; werkverdeling, coaching en jaargesprekken.",
           NS6, NS7, NS8],
          ("2017-04", REF), 104, True),
      pos("september 2013 – maart 2017", "Coördinator Wmo-loket", "Gemeente Dalfsen",
          ["Coördinatie van zes Wmo-consulenten en de baliemedewerkers; planning en kwaliteit."],
          ("2013-09", "2017-03"), 43, True),
      pos("2008 – 2012", "Beleidsmedewerker Wmo", "Gemeente Dalfsen",
          ["Voorbereiding van de Wmo-verordening en de inkoop van hulp bij het huishouden."],
          ("2008-01", "2012-12"), 60, False, yearonly=True)]
NS_RATE = "€ 85,00 per uur exclusief btw"
cv(file="Nienke Scholten.docx", fmt="docx", layout="single",
   name="Nienke Scholten", email="n.scholten@example.com", phone="06-52207318", rate=NS_RATE,
   exp=ns, crit_text={"6": NS6, "7": NS7, "8": NS8}, refs=["Marian Slot", "Gerrit Jan Koers"],
   must_have=["Bachelor Bestuurskunde/Overheidsmanagement", "2.1", "2.2"],
   body=[("numheadings",),
         ("title", "Nienke Scholten"),
         ("p", "Dalfsen  ·  06-52207318  ·  n.scholten@example.com"),
         ("h1n", "Profiel"),
         ("p", "Ik ben een teamleider die structuur brengt en mensen meeneemt. Na vijf jaar als beleidsmedewerker "
               "koos ik voor leidinggeven: eerst aan het Wmo-loket in Dalfsen, sinds 2017 aan het sociaal team van "
               "Oldebroek."),
         ("h1n", "Werkervaring")] + numbered(ns) + [
         ("h1n", "Opleiding"),
         ("h2n", "Bachelor Bestuurskunde/Overheidsmanagement"),
         ("p", "Saxion, Enschede, 2003 – 2007 — diploma behaald"),
         ("h1n", "Cursussen"),
         ("bl", ["Leidinggeven in het sociaal domein (2014)", "Motiverende gespreksvoering (2018)"]),
         ("h1n", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + NS_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h1n", "Referenties"),
         ("p", "Marian Slot, manager Samenleving, gemeente Oldebroek, 06-52207319"),
         ("p", "Gerrit Jan Koers, afdelingshoofd Sociaal Domein, gemeente Dalfsen, 06-52207320")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=147, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85, EUR 85; Johan Brinkhuis also 85 at EUR 87 -> the lower rate wins the "
                     "third shortlist place), shortlisted. Word's built-in numbered headings: Heading 1 linked to a "
                     "multilevel list ('1 Profiel', '2 Werkervaring', ...), each position a Heading 2 'title, "
                     "employer' ('2.1', '2.2', '2.3', numbers automatic), the period in the paragraph under it. "
                     "Teamleider Sociaal Team, Gemeente Oldebroek 'april 2017 – heden' = 2017-04..2025-11 = 104 + "
                     "Coördinator Wmo-loket, Gemeente Dalfsen 'september 2013 – maart 2017' = 43 -> 147; "
                     "beleidsmedewerker '2008 – 2012' (year-only) not leading, so no threshold depends on it. "
                     "Bachelor Bestuurskunde/Overheidsmanagement, diploma -> hbo, not MWD -> criterion 4 = 0 (its "
                     "heading '3.1' is a Heading 2 like the positions, but it is a degree, no position)."))

# ------------------------------------------------------------------------- Johan Brinkhuis (docx) dot leaders
JB7 = ("Vaste afspraken met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de patiëntenraad; namens de "
       "stichting partner in de publiek-private samenwerking (PPS) 'Samen Gezond Harderwijk'.")
JB8 = ("Projectleider van de fusie van twee ontmoetingscentra (2021) en van het verandertraject 'Wijkgericht werken' "
       "(2023 – 2024).")
jb = [pos("jan. 2019 – heden", "Manager Welzijn en Ontmoeting", "Stichting Welzijn Ermelo-Harderwijk",
          ["Leiding aan drie teams (ouderenwerk, buurtwerk en de vrijwilligerscentrale; 26 medewerkers) via twee "
           "coördinatoren.",
           "Verantwoordelijk voor formatie, werving en selectie en een budget van € 2,1 miljoen.", JB7, JB8],
          ("2019-01", REF), 83, True),
      pos("mrt. 2014 – dec. 2018", "Teamleider Welzijn Ouderen", "Gemeente Putten",
          ["Leiding aan acht ouderenadviseurs; werkverdeling, coaching en jaargesprekken."],
          ("2014-03", "2018-12"), 58, True),
      pos("sep. 2009 – feb. 2014", "Ouderenconsulent", "Stichting Welzijn Ermelo-Harderwijk",
          ["Huisbezoeken bij ouderen en advies over wonen, welzijn en zorg."],
          ("2009-09", "2014-02"), 54, False)]
JB_RATE = "€ 87,00 per uur excl. btw"
cv(file="Johan Brinkhuis.docx", fmt="docx", layout="single",
   name="Johan Brinkhuis", email="johan.brinkhuis@example.nl", phone="06-47730912", rate=JB_RATE,
   exp=jb, crit_text={"7": JB7, "8": JB8}, refs=["Anita Veldkamp", "Piet Schuiling"],
   must_have=["Bachelor Maatschappelijk Werk en Dienstverlening", "Diploma behaald."],
   body=[("title", "Johan Brinkhuis"),
         ("p", "Ermelo  ·  06-47730912  ·  johan.brinkhuis@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een nuchtere manager in het welzijnswerk met bijna twaalf jaar leidinggevende ervaring, bij "
               "de gemeente Putten en bij een welzijnsstichting. Ik houd van duidelijke afspraken, korte lijnen en "
               "een team dat zelf verantwoordelijkheid neemt."),
         ("h", "Werkervaring"),
         ("ldpos", jb),
         ("h", "Opleiding"),
         ("ldline", "Bachelor Maatschappelijk Werk en Dienstverlening – Hogeschool Windesheim, Zwolle", "2005 – 2009"),
         ("p", "Diploma behaald."),
         ("ldline", "Havo – Christelijk College Groevenbeek, Ermelo", "2000 – 2005"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2016)", "Financieel management voor welzijnsorganisaties (2020)"]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + JB_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Referenties"),
         ("p", "Anita Veldkamp, directeur-bestuurder, Stichting Welzijn Ermelo-Harderwijk, 06-47730913"),
         ("p", "Piet Schuiling, afdelingshoofd Samenleving, gemeente Putten, 06-47730914")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 4 (85, EUR 87; loses the tie on 85 to Nienke Scholten's EUR 85), not "
                     "shortlisted. Word template: each position one line 'title – employer', a right tab stop at "
                     "the right margin with a DOT LEADER, then the period; tasks as bullets; education the same. "
                     "Manager Welzijn en Ontmoeting, Stichting Welzijn Ermelo-Harderwijk 'jan. 2019 – heden' = "
                     "2019-01..2025-11 = 83 + Teamleider Welzijn Ouderen, Gemeente Putten 'mrt. 2014 – dec. 2018' "
                     "= 58 -> 141 (ouderenconsulent 54 not leading). Bachelor MWD, 'Diploma behaald.' -> mwd. "
                     "Criterion 6 = 0: no policy turned into projects or results anywhere (no 'beleid', no example); "
                     "criteria 7 and 8 in the Ermelo-Harderwijk position."))

# ------------------------------------------------------------------------- Lieke Hoornstra (docx) margin text boxes
LH6 = ("Voorbeeld beleid naar resultaat: het jeugdbeleid 'Nunspeet groeit op' (2021) heb ik met de beleidsadviseur "
       "vertaald naar een jaarwerkplan met drie concrete projecten: een jeugdpunt op elke basisschool, "
       "opvoedspreekuren op het consultatiebureau en een ouderpanel. Resultaat 2024: 30 % minder verwijzingen naar "
       "specialistische jeugdhulp.")
LH7 = ("Vast overleg met zorgaanbieders in de jeugdhulp, huisartsen en hun praktijkondersteuners jeugd, "
       "zorgverzekeraar Menzis en de GGD; lid van de publiek-private samenwerking (PPS) 'Gezond Opgroeien "
       "Noord-Veluwe'.")
LH8 = ("Projectleider van de herinrichting van de toegang jeugd (2022 – 2023) en van de invoering van DA Systems in "
       "het team.")
lh = [pos("jun. 2020 – heden", "Coördinator Jeugd en Gezin", "Gemeente Nunspeet",
          ["Coördineert het team jeugd en gezin (11 medewerkers); casusverdeling, werkoverleg en coaching.",
           LH6, LH7, LH8],
          ("2020-06", REF), 66, True),
      pos("okt. 2014 – mei 2020", "Jeugdconsulent", "Gemeente Nunspeet",
          ["Gesprekken met gezinnen, toegang tot jeugdhulp en regie op de hulp."],
          ("2014-10", "2020-05"), 68, False),
      pos("sep. 2011 – sep. 2014", "Ambulant hulpverlener", "Stichting Jeugdhulp Veluwe",
          ["Begeleiding van gezinnen thuis bij opvoedvragen."],
          ("2011-09", "2014-09"), 37, False)]
LH_RATE = "€ 80,00 per uur excl. btw"
cv(file="Lieke Hoornstra.docx", fmt="docx", layout="single",
   name="Lieke Hoornstra", email="lieke.hoornstra@example.nl", phone="06-31146620", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Esther Pluim", "Ronald Vos"],
   must_have=["Bachelor Social Work"],
   body=[("margins", 5.5, 2.0),
         ("title", "Lieke Hoornstra"),
         ("p", "Nunspeet  ·  06-31146620  ·  lieke.hoornstra@example.nl"),
         ("mh", "Profiel"),
         ("p", "Ik ben een betrokken coördinator jeugd en gezin. Ik ken het werk van de consulenten van binnenuit en "
               "weet wat een team nodig heeft om goed werk te leveren voor gezinnen."),
         ("mh", "Werkervaring"),
         ("pos", "pipe", lh),
         ("mh", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2007 – 2011 — diploma behaald"),
         ("p", "Havo, Nuborgh College Oostenlicht, Elburg, 2002 – 2007 — diploma"),
         ("mh", "Cursussen"),
         ("bl", ["Werken met de meldcode (2019)", "Coachend leidinggeven (2021)"]),
         ("mh", "Tarief"),
         ("p", LH_RATE + "; beschikbaar per 1 januari 2026, 24 uur per week."),
         ("mh", "Referenties"),
         ("p", "Esther Pluim, afdelingsmanager Sociaal Domein, gemeente Nunspeet, 06-31146621"),
         ("p", "Ronald Vos, teamleider Jeugd, gemeente Elburg, 06-31146622")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=80.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 5 (75, EUR 80; Petra Scheper also 75 at EUR 83), not shortlisted. Word "
                     "template with a wide left margin: every section heading ('Profiel', 'Werkervaring', "
                     "'Opleiding', 'Cursussen', 'Tarief', 'Referenties') is a floating TEXT BOX in the page margin, "
                     "anchored to the section's first paragraph; there are no heading paragraphs in the body. "
                     "Coördinator Jeugd en Gezin, Gemeente Nunspeet 'jun. 2020 – heden' = 2020-06..2025-11 = 66 "
                     "(jeugdconsulent 68 and ambulant hulpverlener 37 not leading) -> ko 3 pass (>= 60, "
                     "month-exact), criterion 5 = 0 (< 72). Bachelor Social Work, diploma -> mwd. Criteria 6, 7, 8 in "
                     "the Nunspeet position. Two referees under the 'Referenties' text box."))

# ------------------------------------------------------------------------- Petra Scheper (pdf) w:br table
PS6 = ("Voorbeeld beleid naar resultaat: de Zwolse nota 'Mantelzorg telt' (2019) heb ik vertaald naar een "
       "jaarwerkplan met vijf concrete acties, waaronder een respijtregeling en een mantelzorgpas. Resultaat 2023: "
       "1.100 geregistreerde mantelzorgers, twee keer zoveel als in 2018.")
PS7 = ("Overlegt maandelijks met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de cliëntenraad; "
       "namens de gemeente lid van de publiek-private samenwerking (PPS) 'Zwolle Gezonde Stad'.")
ps = [pos("03-2016 – heden", "Teamleider Wmo", "Gemeente Zwolle",
          ["Leiding aan 19 Wmo-consulenten en twee administratief medewerkers; werkverdeling, coaching en "
           "jaargesprekken.",
           "Bewaakt het budget voor maatwerkvoorzieningen en rapporteert per kwartaal aan de manager.", PS6, PS7],
          ("2016-03", REF), 117, True),
      pos("01-2012 – 02-2016", "Coördinator Mantelzorgsteunpunt", "Stichting Welzijn Zwolle-Zuid",
          ["Coördinatie van vier mantelzorgconsulenten en 60 vrijwilligers."],
          ("2012-01", "2016-02"), 50, True),
      pos("08-2007 – 12-2011", "Mantelzorgconsulent", "Stichting Welzijn Zwolle-Zuid",
          ["Huisbezoeken en ondersteuning van mantelzorgers."],
          ("2007-08", "2011-12"), 53, False)]
PS_RATE = "€ 83,00 per uur excl. btw"
cv(file="Petra Scheper.pdf", fmt="pdf", layout="single",
   name="Petra Scheper", email="petra.scheper@example.com", phone="06-58840127", rate=PS_RATE,
   exp=ps, crit_text={"6": PS6, "7": PS7}, refs=["Karin Dijkslag", "Bas Hofman"],
   must_have=["Bachelor Social Work", "Diploma behaald"],
   body=[("title", "Petra Scheper"),
         ("p", "Zwolle  ·  06-58840127  ·  petra.scheper@example.com"),
         ("h", "Profiel"),
         ("p", "Ik ben een rustige, daadkrachtige teamleider met bijna veertien jaar leidinggevende ervaring in Zwolle, "
               "eerst bij het mantelzorgsteunpunt en sinds 2016 bij de gemeente. Ik houd van overzicht en heldere "
               "afspraken en geef medewerkers vertrouwen."),
         ("h", "Werkervaring"),
         ("brtab", br_rows(ps)),
         ("h", "Opleiding"),
         ("brtab", [("2003 – 2007", [("Bachelor Social Work", "b"), ("Hogeschool Windesheim, Zwolle", "i"),
                                     ("Diploma behaald", "")]),
                    ("1998 – 2003", [("Havo", "b"), ("Thorbecke Scholengemeenschap, Zwolle", "i"),
                                     ("Diploma", "")])]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + PS_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Referenties"),
         ("p", "Karin Dijkslag, manager Zorg en Welzijn, gemeente Zwolle, 06-58840128"),
         ("p", "Bas Hofman, directeur, Stichting Welzijn Zwolle-Zuid, 06-58840129")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 25, 15, 20, 0),
               notes="ELIGIBLE, rank 6 (75, EUR 83; loses the tie on 75 to Lieke Hoornstra's EUR 80), not "
                     "shortlisted. The w:br table template as a PDF (LibreOffice): period in the narrow left cell, "
                     "title, employer and '•' tasks as lines of one paragraph in the right cell. Teamleider Wmo, "
                     "Gemeente Zwolle '03-2016 – heden' = 2016-03..2025-11 = 117 + Coördinator Mantelzorgsteunpunt, "
                     "Stichting Welzijn Zwolle-Zuid '01-2012 – 02-2016' = 50 -> 167 (mantelzorgconsulent 53 not "
                     "leading). Bachelor Social Work, diploma -> mwd. Criterion 6: nota -> jaarwerkplan with five "
                     "concrete actions -> result; 7: zorgaanbieders, huisartsen, Zilveren Kruis, PPS. Criterion 8 = "
                     "0: no project, change assignment, reorganisation, transition or implementation anywhere."))

# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Yvonne Kamphorst (docx) 2x2 + ratings, ko 3
YK6 = ("Voorbeeld beleid naar resultaat: de nota 'Oldebroek voor elkaar' (2022) heb ik vertaald naar een "
       "jaarwerkplan met drie concrete projecten: een vrijwilligersvacaturebank, mantelzorgcafés in Wezep en "
       "Oosterwolde en een klussendienst. Resultaat 2024: 95 nieuwe vrijwilligers.")
YK7 = ("Werkt samen met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de partners van de "
       "publiek-private samenwerking (PPS) 'Samen Oldebroek'.")
YK8 = "Projectleider van de verhuizing van het steunpunt mantelzorg naar het nieuwe kulturhus in Wezep (2023)."
yk = [pos("10-2021 – heden", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Wezep-Oosterwolde",
          ["Coördinatie van vier consulenten en 150 vrijwilligers; planning en werkoverleg.", YK6, YK7, YK8],
          ("2021-10", REF), 50, True),
      pos("09-2015 – 09-2021", "Opbouwwerker", "Stichting Welzijn Wezep-Oosterwolde",
          ["Bewonersinitiatieven en buurtactiviteiten in Wezep."],
          ("2015-09", "2021-09"), 73, False),
      pos("08-2012 – 08-2015", "Activiteitenbegeleider", "Zorgcentrum De Bongerd",
          ["Dagbesteding voor ouderen met geheugenproblemen."],
          ("2012-08", "2015-08"), 37, False)]
YK_RATE = "€ 76,00 per uur excl. btw"
cv(file="Yvonne Kamphorst.docx", fmt="docx", layout="single",
   name="Yvonne Kamphorst", email="yvonne.kamphorst@example.nl", phone="06-27719084", rate=YK_RATE,
   exp=yk, crit_text={"6": YK6, "7": YK7, "8": YK8}, refs=["Ria Wolbers", "Gijs Ravenhorst"],
   must_have=["Bachelor Social Work", "●●●●○"],
   body=[("title", "Curriculum vitae"),
         ("pers2x2", [("Naam", "Yvonne Kamphorst"), ("Telefoon", "06-27719084"),
                      ("Woonplaats", "Wezep"), ("E-mail", "yvonne.kamphorst@example.nl")]),
         ("h", "Profiel"),
         ("p", "Ik ben een enthousiaste coördinator die vrijwilligers en professionals met elkaar verbindt. Na jaren "
               "als opbouwwerker in Wezep coördineer ik sinds 2021 het vrijwilligerswerk en de mantelzorg."),
         ("h", "Werkervaring"),
         ("pos", "datebold", yk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle, 2008 – 2012 — diploma behaald"),
         ("h", "Vaardigheden"),
         ("ratings", [("Coachend leidinggeven", 4), ("Plannen en organiseren", 5), ("Werken met vrijwilligers", 5),
                      ("Registratie in DA Systems", 3), ("Nederlands", 5), ("Engels", 3)]),
         ("h", "Tarief en beschikbaarheid"),
         ("p", "Tarief: " + YK_RATE + ". Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Referenties"),
         ("p", "Ria Wolbers, directeur, Stichting Welzijn Wezep-Oosterwolde, 06-27719085"),
         ("p", "Gijs Ravenhorst, beleidsadviseur Welzijn, gemeente Oldebroek, 06-27719086")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=76.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Only Coördinator Vrijwilligerswerk en Mantelzorg, Stichting Welzijn "
                     "Wezep-Oosterwolde counts: '10-2021 – heden' = 2021-10..2025-11 = 50 < 60, month-exact -> "
                     "fail, not review; criterion 5 = 0. Opbouwwerker (73) and activiteitenbegeleider (37) are not "
                     "leading. Word template: personal details in a 2 x 2 table (label above value: Naam, Telefoon, "
                     "Woonplaats, E-mail), a 'Vaardigheden' table with ratings as filled/empty circles. Bachelor "
                     "Social Work, diploma -> mwd. Criteria 6, 7, 8 present -> 75. A wrong pass would rank her "
                     "between the two on 75 and the rest (75 at EUR 76 -> rank 5)."))

# ------------------------------------------------------------------------- Dennis Rikkers (pdf) margin text boxes, ko 2
DR6 = ("Voorbeeld beleid naar resultaat: de Harderwijkse jeugdnota 'Kansrijk opgroeien' (2019) heb ik vertaald naar "
       "een jaarwerkplan met vier concrete projecten, waaronder een jongerenwerker op elke middelbare school. "
       "Resultaat 2023: de wachtlijst jeugdhulp halveerde.")
DR7 = ("Vast overleg met zorgaanbieders in de jeugdhulp, huisartsen, de GGD, zorgverzekeraar Menzis en het onderwijs; "
       "lid van de publiek-private samenwerking (PPS) 'Harderwijk Sportief en Gezond'.")
DR8 = "Projectleider van de reorganisatie van het jeugdteam (2020) en van de invoering van DA Systems (2022)."
DR_HBO = ("Hbo Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim, Zwolle, 2009 – 2011 — "
          "niet afgerond")
DR_MBO = "MBO Sociaal Pedagogisch Werk niveau 4, Landstede, Harderwijk, 2003 – 2007 — diploma behaald"
dr = [pos("feb. 2018 – heden", "Teamleider Jeugd", "Gemeente Harderwijk",
          ["Leiding aan 14 jeugdconsulenten; werkverdeling, coaching en jaargesprekken.", DR6, DR7, DR8],
          ("2018-02", REF), 94, True),
      pos("sep. 2013 – jan. 2018", "Coördinator Jongerenwerk", "Stichting Welzijn Randmeerkust",
          ["Coördinatie van zes jongerenwerkers in Harderwijk en Hierden."],
          ("2013-09", "2018-01"), 53, True),
      pos("aug. 2007 – aug. 2013", "Jongerenwerker", "Stichting Welzijn Randmeerkust",
          ["Ambulant jongerenwerk en het jongerencentrum in Drielanden."],
          ("2007-08", "2013-08"), 73, False)]
DR_RATE = "€ 79,00 per uur excl. btw"
cv(file="Dennis Rikkers.pdf", fmt="pdf", layout="single",
   name="Dennis Rikkers", email="d.rikkers@example.com", phone="06-13375082", rate=DR_RATE,
   exp=dr, crit_text={"6": DR6, "7": DR7, "8": DR8}, refs=["Mirjam Hulst", "Kees van Wijhe"],
   must_have=[DR_HBO, DR_MBO],
   body=[("margins", 5.5, 2.0),
         ("title", "Dennis Rikkers"),
         ("p", "Harderwijk  ·  06-13375082  ·  d.rikkers@example.com"),
         ("mh", "Profiel"),
         ("p", "Ik ben een energieke teamleider jeugd die jongeren, ouders en professionals weet te verbinden. Ik "
               "breng structuur aan en laat mijn team groeien."),
         ("mh", "Werkervaring"),
         ("pos", "pipe", dr),
         ("mh", "Opleiding"),
         ("p", DR_HBO),
         ("p", DR_MBO),
         ("mh", "Cursussen"),
         ("bl", ["Signaleren van huiselijk geweld (2018)", "Teamcoaching (2020)"]),
         ("mh", "Tarief"),
         ("p", DR_RATE + "; beschikbaar per 1 januari 2026, 24 uur per week."),
         ("mh", "Referenties"),
         ("p", "Mirjam Hulst, manager Sociaal Domein, gemeente Harderwijk, 06-13375083"),
         ("p", "Kees van Wijhe, directeur, Stichting Welzijn Randmeerkust, 06-13375084")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=147, refs=(2, False), zzp=False, hourly=79.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Hbo Maatschappelijk Werk en Dienstverlening (deeltijd), "
                     "Hogeschool Windesheim, Zwolle, 2009 – 2011 — niet afgerond' is no completed bachelor; the "
                     "completed diploma is MBO Sociaal Pedagogisch Werk niveau 4 -> highest level mbo, not MWD -> "
                     "criterion 4 = 0. The margin-text-box template as a PDF (LibreOffice): section headings in the "
                     "left margin beside the first line of each section. Teamleider Jeugd, Gemeente Harderwijk "
                     "'feb. 2018 – heden' = 2018-02..2025-11 = 94 + Coördinator Jongerenwerk, Stichting Welzijn "
                     "Randmeerkust 'sep. 2013 – jan. 2018' = 53 -> 147 (jongerenwerker 73 not leading); criteria 6, "
                     "7, 8 present -> 85. A wrong pass would rank him third (85 at EUR 79), taking Nienke "
                     "Scholten's shortlist place."))
