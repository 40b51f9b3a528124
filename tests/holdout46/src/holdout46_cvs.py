# -*- coding: utf-8 -*-
"""Holdout round 46 for zeef: a second batch of hard layouts and file shapes, 8 fictional CVs (6 eligible, 2 not
eligible for a plain reason). Written without looking at the pipeline's source or rules/.

Each CV is laid out, or shaped as a file, in a way rounds 2-44 did not use:

  landscape3  (chromium) one A4 LANDSCAPE page in THREE columns (CSS grid): personalia, profile and education | the
              experience | what the candidate brings (criteria 6-8), referees, rate
  bullets     (word, fmt pdf) python-docx -> LibreOffice PDF: the experience as a BULLETED LIST (Word numbering) whose
              lines end with the period in brackets: "Teamleider Wmo, Gemeente Epe (2016 – 2021)", the tasks as
              second-level bullets; education and referees in the same style
  imgheads    (chromium) every section heading is an IMAGE (a canvas, printed as a bitmap): the words "Werkervaring",
              "Opleiding", "Referenties", "Uurtarief" are not in the text layer; the content under them is plain
  onecell     (word, fmt docx) the WHOLE CV in ONE TABLE CELL (a 1x1 table with a border and shading), which
              runs over the page break; positions as "period<tab>title" / "<tab>employer" with a hanging indent
  wordpdf     (pdfgen) a PDF written the way Word's "Opslaan als PDF" writes one (src/pdf46.py writes the PDF
              itself): Type0 / Identity-H fonts with a ToUnicode map, one text object per line, justified lines
              by TJ offsets, the fi / fl LIGATURE glyphs mapped to U+FB01 / U+FB02, and at a line broken at an
              optional hyphen the hyphen glyph mapped to U+00AD (SOFT HYPHEN): "Wel\u00ad" / "zijn",
              "Maatschap\u00ad" / "pelijk"
  canva       (pdfgen) a PDF as online design tools export one: every text element its own text object, written in
              the tool's LAYER order, not in reading order (background, headings, periods, employers, titles,
              tasks, sidebar, and the name last); the period right-aligned on the title's baseline
  multicol    (chromium) the body in CSS columns (column-count: 2, column-fill: auto) that run over TWO PAGES:
              page 1 left, page 1 right, then page 2 left; one position broken over the page break (its period
              and title end page 1's right column, its employer opens page 2)
  twocolsec   (word, fmt pdf) python-docx -> LibreOffice PDF with a continuous section in TWO COLUMNS (w:cols):
              "Opleiding" left, "Cursussen en certificaten" right, lines level, so "niet afgerond" stands beside
              "certificaat behaald"

Every person, phone number, e-mail address and referee is made up. Employers are real municipalities and fictional
foundations and companies. See tests/holdout2/src/cvset.py for the field list; extra fields here: producer
("chromium" | "word" | "pdfgen") and its source: html=dict(template, ...) for src/html46.py, word=dict(kind, ...)
for src/word46.py, pdf=dict(kind, ...) for src/pdf46.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
SHY = "\u00ad"


# ------------------------------------------------------------------------- Hiske Wanrooij (landscape3, Chromium PDF)
# One A4 landscape page, three columns (CSS grid 1fr 1.3fr 1fr): left the name, contact, profile, education,
# courses and languages; middle the experience (period line, title, employer, tasks); right "Wat ik meebreng voor
# Heerde" (criteria 6-8), the referees (name / role / phone), rate and availability.
HW6 = ("Voorbeeld beleid naar resultaat: de Raalter nota Welzijn Dichtbij heb ik met het team vertaald naar een "
       "jaarwerkplan met zes concrete projecten per kern; de resultaten rapporteren we elk halfjaar aan het college.")
HW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) Salland Vitaal.")
HW8 = ("Projectleider van de reorganisatie van het welzijnswerk in Raalte: van drie stichtingen naar één "
       "wijkgerichte organisatie.")
hw = [pos("mei 2018 – heden", "Manager Welzijn en Zorg", "Gemeente Raalte",
          ["Leiding aan het cluster welzijn en zorg (24 medewerkers): formatie, werving en selectie, budget.",
           "Opdrachtgever van de welzijnsorganisaties en de wijkteams in vijf kernen.",
           "Inrichting van het registratiesysteem en de jaarlijkse monitor welzijn."],
          ("2018-05", REF), 91, True),
      pos("september 2012 – april 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Sallandse Dorpen",
          ["Coördinatie van de ouderenadviseurs, de mantelzorgondersteuning en 180 vrijwilligers.",
           "Opzet van dagactiviteiten en een maaltijdservice in drie dorpen."],
          ("2012-09", "2018-04"), 68, True),
      pos("februari 2008 – augustus 2012", "Ouderenadviseur", "Stichting Welzijn Sallandse Dorpen",
          ["Huisbezoeken bij ouderen; advies over wonen, welzijn en zorg."],
          ("2008-02", "2012-08"), 55, False)]
HW_RATE = "€ 88,- per uur (excl. btw)"
cv(file="Hiske Wanrooij.pdf", fmt="pdf", producer="chromium",
   name="Hiske Wanrooij", email="hiske.wanrooij@example.nl", phone="06-41572983", rate=HW_RATE,
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Jeroen Aalderink", "Wilma Hesselink"],
   html=dict(template="landscape3",
             cols=[[("title", "Hiske Wanrooij"),
                    ("sub", "Manager welzijn en zorg"),
                    ("p", "Raalte"), ("p", "06-41572983"), ("p", "hiske.wanrooij@example.nl"),
                    ("h", "Profiel"),
                    ("p", "Manager in het sociaal domein met ruim dertien jaar leidinggevende ervaring bij een "
                          "gemeente en een welzijnsstichting in Salland. Ik verbind beleid en uitvoering en geef "
                          "teams ruimte en richting."),
                    ("h", "Opleiding"),
                    ("pb", "Bachelor Social Work"),
                    ("p", "Hogeschool Windesheim, Zwolle"),
                    ("p", "2003 – 2007, diploma behaald"),
                    ("h", "Cursussen"),
                    ("p", "Leergang Veranderkundig leidinggeven, Bestuursacademie Oost — certificaat 2016"),
                    ("p", "Training Methodisch werken met DA Systems — 2021"),
                    ("h", "Talen"),
                    ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)")],
                   [("h", "Werkervaring"),
                    ("jobs", hw)],
                   [("h", "Wat ik meebreng voor Heerde"),
                    ("bl", [HW6, HW7, HW8]),
                    ("h", "Referenties"),
                    ("pb", "Jeroen Aalderink"), ("p", "gemeentesecretaris, gemeente Raalte"), ("p", "06-53018274"),
                    ("pb", "Wilma Hesselink"), ("p", "directeur-bestuurder, Stichting Welzijn Sallandse Dorpen"),
                    ("p", "06-53018275"),
                    ("h", "Uurtarief"),
                    ("p", HW_RATE),
                    ("h", "Beschikbaarheid"),
                    ("p", "24 uur per week, per 1 december 2025")]]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="Chromium, one A4 landscape page in three columns. Middle column: Manager Welzijn en Zorg, "
                     "Gemeente Raalte 'mei 2018 – heden' = 2018-05..2025-11 = 91 (manager, welzijn/zorg, gemeente) "
                     "+ Coördinator Welzijn Ouderen, Stichting Welzijn Sallandse Dorpen 'september 2012 – april "
                     "2018' = 2012-09..2018-04 = 68 (coördinator, welzijn, welzijnsstichting), contiguous -> 159. "
                     "Ouderenadviseur 2008-02..2012-08 (55): no leading title. Left column: Bachelor Social Work, "
                     "Windesheim, '2003 – 2007, diploma behaald' -> hbo, MWD (crit 4); a course and a training are "
                     "no education level. Right column: crit 6 (nota -> jaarwerkplan with concrete projecten), crit "
                     "7 (zorgaanbieders, huisartsen, zorgverzekeraar, PPS), crit 8 (projectleider reorganisatie); "
                     "two referees as name / role / phone; € 88. 100 points."))


# ------------------------------------------------------------------------- Gijsbert Kempink (bullets, LibreOffice PDF)
# The experience as a Word bulleted list, one bullet per position: "Title, Employer (period)" with the period LAST
# in brackets, the tasks as level-2 bullets under it. Education and referees in the same bulleted style. No policy
# example anywhere (criterion 6 = 0).
GK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking (PPS) "
       "Hattem Vitaal.")
GK8 = "Projectleider van de herinrichting van de Wmo-toegang: één loket en één registratiesysteem."
gk = [pos("mrt. 2021 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (11 medewerkers): Wmo, jeugd, schuldhulp en welzijn.", GK7,
           "Toezicht op formatie, werving en selectie en de verdeling van uren in het team."],
          ("2021-03", REF), 57, True),
      pos("2016 – 2021", "Teamleider Wmo", "Gemeente Epe",
          ["Leiding aan 14 Wmo-consulenten en twee administratief medewerkers.", GK8,
           "Werkoverleg, casuïstiek en jaargesprekken."],
          ("2016-01", "2021-12"), 72, True, yearonly=True),
      pos("2011 – 2015", "Wmo-consulent", "Gemeente Epe",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
          ("2011-01", "2015-12"), 60, False, yearonly=True)]
GK_RATE = "€ 86,- per uur, exclusief btw"
cv(file="Gijsbert Kempink.pdf", fmt="pdf", producer="word",
   name="Gijsbert Kempink", email="gijsbert.kempink@example.nl", phone="06-29384751", rate=GK_RATE,
   exp=gk, crit_text={"7": GK7, "8": GK8}, refs=["Anita Brouwer", "Hans Vermeulen"],
   must_have=["Coördinator Sociaal Team, Gemeente Hattem (mrt. 2021 – heden)",
              "Teamleider Wmo, Gemeente Epe (2016 – 2021)"],
   word=dict(kind="bullets",
             body=[("title", "Gijsbert Kempink"),
                   ("p", "Epe  |  06-29384751  |  gijsbert.kempink@example.nl"),
                   ("h", "Profiel"),
                   ("p", "Coördinator en teamleider in het sociaal domein van de Noord-Veluwe. Ik bouw teams die "
                         "dicht bij inwoners werken, stuur op heldere afspraken en houd formatie en budget op orde."),
                   ("h", "Werkervaring"),
                   ("bjobs", gk),
                   ("h", "Opleiding"),
                   ("bl", ["Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer "
                           "(2006 – 2010), diploma behaald",
                           "Leergang Leidinggeven in het sociaal domein, Academie Noord-Veluwe (2017), certificaat"]),
                   ("h", "Referenties"),
                   ("bl", ["Anita Brouwer, teamleider Samenleving, gemeente Hattem (06-38291745)",
                           "Hans Vermeulen, afdelingsmanager Sociaal Domein, gemeente Epe (06-38291746)"]),
                   ("h", "Uurtarief en beschikbaarheid"),
                   ("bl", [GK_RATE, "24 uur per week, per direct"])]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="LibreOffice PDF of a DOCX whose experience is a bulleted list with the period last, in "
                     "brackets. 'Coördinator Sociaal Team, Gemeente Hattem (mrt. 2021 – heden)' = 2021-03..2025-11 "
                     "= 57 (coördinator, sociaal team, gemeente); 'Teamleider Wmo, Gemeente Epe (2016 – 2021)' "
                     "year-only = 2016-01..2021-12 = 72 (teamleider, Wmo, gemeente); they overlap in 2021-03..12: "
                     "merged 2016-01..2025-11 = 119. Narrowest reading (Epe 2016-12..2021-01 = 50, gap 2021-02, "
                     "Hattem 57) = 107: both >= 72, so ko 3 pass and crit 5 are not in doubt. 'Wmo-consulent, "
                     "Gemeente Epe (2011 – 2015)' (60): no leading title. Education bullet 'Bachelor Maatschappelijk "
                     "Werk en Dienstverlening, Saxion Hogeschool Deventer (2006 – 2010), diploma behaald' -> hbo, "
                     "MWD (crit 4); its bracketed years are no position. No policy-to-results example and none of "
                     "the crit 6 words (crit 6 = 0); crit 7 and 8 in the task bullets. Two referees, their phone "
                     "numbers in brackets. 85 points, € 86."))


# ------------------------------------------------------------------------- Anniek Vosselman (imgheads, Chromium PDF)
# A single column whose section headings are images (canvas bitmaps with the heading drawn in white on a coloured
# band): "Profiel", "Werkervaring", "Opleiding", "Referenties", "Uurtarief en beschikbaarheid" are NOT in the text.
# Name and contact are text. Positions as bold "title — employer", period line, tasks. Bachelor Bestuurskunde (not
# MWD: criterion 4 = 0).
AV6 = ("Voorbeeld beleid naar resultaat: de jeugdnota 'Opgroeien in Olst-Wijhe' heb ik omgezet in een jaarplan met "
       "concrete projecten per kern en meetbare resultaten, elk kwartaal gerapporteerd aan de wethouder.")
AV7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen (POH-jeugd), zorgverzekeraar Salland en de "
       "publiek-private samenwerking (PPS) Jong Salland Werkt.")
AV8 = ("Projectleider van de transitie van het jongerenwerk naar wijkgericht werken, met projectplan, pilot en "
       "evaluatie.")
av = [pos("januari 2019 – heden", "Coördinator Jeugd en Gezin", "Gemeente Olst-Wijhe",
          ["Coördinatie van het jeugd- en gezinsteam (13 medewerkers) en de toegang tot jeugdhulp.", AV6, AV7],
          ("2019-01", REF), 83, True),
      pos("maart 2014 – december 2018", "Teamleider Jeugd- en Jongerenwerk", "Stichting Welzijn Sallandse Heuvelrug",
          ["Leiding aan negen jongerenwerkers en de inloophuizen in Nijverdal en Hellendoorn.", AV8],
          ("2014-03", "2018-12"), 58, True),
      pos("augustus 2009 – februari 2014", "Jongerenwerker", "Stichting Welzijn Sallandse Heuvelrug",
          ["Ambulant jongerenwerk en groepsactiviteiten voor tieners."],
          ("2009-08", "2014-02"), 55, False)]
AV_RATE = "€ 90,- per uur, exclusief btw"
cv(file="Anniek Vosselman.pdf", fmt="pdf", producer="chromium",
   name="Anniek Vosselman", email="anniek.vosselman@example.com", phone="06-27519384", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Marjan Pelgrom", "Henk Bruggink"],
   html=dict(template="imgheads",
             body=[("title", "Anniek Vosselman"),
                   ("p", "Deventer  ·  06-27519384  ·  anniek.vosselman@example.com"),
                   ("h", "Profiel"),
                   ("p", "Coördinator in jeugd en welzijn met bijna twaalf jaar leidinggevende ervaring in Salland. "
                         "Ik maak van afspraken op papier werk dat in de wijk zichtbaar wordt."),
                   ("h", "Werkervaring"),
                   ("jobs2", av),
                   ("h", "Opleiding"),
                   ("pb", "Bachelor Bestuurskunde — Saxion Hogeschool, Deventer"),
                   ("p", "2004 – 2008, diploma behaald"),
                   ("pb", "Leergang Leidinggeven aan professionals — Bestuursacademie Oost"),
                   ("p", "certificaat 2015"),
                   ("h", "Referenties"),
                   ("p", "Marjan Pelgrom, teammanager Sociaal Domein, gemeente Olst-Wijhe — 06-27384910"),
                   ("p", "Henk Bruggink, directeur-bestuurder, Stichting Welzijn Sallandse Heuvelrug — 06-27384911"),
                   ("h", "Uurtarief en beschikbaarheid"),
                   ("p", AV_RATE),
                   ("p", "24 uur per week, beschikbaar per 1 december 2025")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=141, refs=(2, False), zzp=False, hourly=90.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium; every section heading is an image (canvas bitmap), so 'Werkervaring', 'Opleiding', "
                     "'Referenties' and 'Uurtarief' are not in the text layer; a reader of the page sees them. "
                     "Coördinator Jeugd en Gezin — Gemeente Olst-Wijhe 'januari 2019 – heden' = 2019-01..2025-11 = "
                     "83 (coördinator, jeugd, gemeente) + Teamleider Jeugd- en Jongerenwerk — Stichting Welzijn "
                     "Sallandse Heuvelrug 'maart 2014 – december 2018' = 2014-03..2018-12 = 58 (teamleider, jeugd / "
                     "welzijn, welzijnsstichting), contiguous -> 141. Jongerenwerker 2009-08..2014-02 (55): no "
                     "leading title. Bachelor Bestuurskunde, Saxion, '2004 – 2008, diploma behaald' -> hbo, not MWD "
                     "(crit 4 = 0); the leergang is a course. Under the image 'Referenties' two referees, one line "
                     "each with name, role and phone -> 2. Under the image 'Uurtarief en beschikbaarheid' the line "
                     "'€ 90,- per uur, exclusief btw' -> 90. 85 points, € 90."))


# ------------------------------------------------------------------------- Sytze Heuvelink (onecell, DOCX)
# The whole CV in ONE table cell: a 1x1 table with a border and a light shading, every paragraph of the CV inside
# it (name, contact, headings, positions with tab stops, bullets, education, referees, rate); the cell runs over
# the page break. No collaboration partners anywhere (criterion 7 = 0).
SH6 = ("Voorbeeld beleid naar resultaat: het beleidsplan Sociaal Domein Brummen vertaald naar een jaarwerkplan met "
       "concrete projecten, doelen per kwartaal en een rapportage aan de raad.")
SH8 = "Projectleider van de transformatie van de jeugdhulp: van losse loketten naar één toegang in het gemeentehuis."
sh = [pos("okt. 2017 – heden", "Manager Sociaal Domein", "Gemeente Brummen",
          ["Leiding aan drie teams (Wmo, jeugd, werk en inkomen; 38 medewerkers), formatie en budget.", SH6, SH8,
           "Verantwoordelijk voor werving en selectie en de verdeling van uren over de teams."],
          ("2017-10", REF), 98, True),
      pos("jan. 2012 – sep. 2017", "Coördinator Wmo en Participatie", "Gemeente Zutphen",
          ["Coördinatie van de Wmo-consulenten en de participatiecoaches (16 medewerkers).",
           "Kwaliteit en registratie van de keukentafelgesprekken op orde gebracht."],
          ("2012-01", "2017-09"), 69, True),
      pos("2006 – 2011", "Klantmanager Werk en Inkomen", "Gemeente Zutphen",
          ["Begeleiding van inwoners met een bijstandsuitkering naar werk."],
          ("2006-01", "2011-12"), 72, False, yearonly=True)]
SH_RATE = "€ 85,- per uur (exclusief btw)"
cv(file="Sytze Heuvelink.docx", fmt="docx", producer="word",
   name="Sytze Heuvelink", email="sytze.heuvelink@example.nl", phone="06-41928370", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "8": SH8}, refs=["Petra Grotenhuis", "Frank Lamers"],
   word=dict(kind="onecell",
             body=[("title", "Sytze Heuvelink"),
                   ("p", "Brummen  ·  06-41928370  ·  sytze.heuvelink@example.nl"),
                   ("h", "Profiel"),
                   ("p", "Manager in het sociaal domein van de IJsselstreek, met bijna veertien jaar leidinggevende "
                         "ervaring bij twee gemeenten. Rustig, duidelijk en gericht op resultaat; ik geef teams "
                         "vertrouwen en spreek aan waar dat nodig is."),
                   ("h", "Wat ik meebreng voor deze opdracht"),
                   ("bl", ["Bijna veertien jaar leidinggevende ervaring in het sociaal domein van de gemeenten "
                           "Brummen en Zutphen.",
                           "Een afgeronde hbo-opleiding Social Work.",
                           "Sturen op formatie, instroom, werving en selectie en de verdeling van uren.",
                           "Het bewaken van het budget en de financiële kaders van drie teams.",
                           "Methodisch en cyclisch werken: jaarwerkplan, monitoring, evaluatie en rapportage.",
                           "Heldere afspraken met organisaties die medewerkers aan de gemeente detacheren."]),
                   ("h", "Competenties"),
                   ("p", "Coachend leidinggeven, besluitvaardig en analytisch. Ik communiceer helder, hak knopen "
                         "door en leg uit waarom. Ik kijk kritisch naar werkprocessen en verbeter ze samen met het "
                         "team, met oog voor wat inwoners en bestuur vragen."),
                   ("h", "Werkervaring"),
                   ("tjobs", sh),
                   ("h", "Opleiding"),
                   ("tline", "2002 – 2006", "Bachelor Social Work, Hogeschool Saxion, Deventer — diploma behaald"),
                   ("tline", "2019", "Leergang Strategisch leidinggeven, Bestuursacademie Oost — certificaat"),
                   ("h", "Cursussen"),
                   ("tline", "2021", "Training Registratie en sturing met DA Systems — certificaat"),
                   ("tline", "2015", "Training Oplossingsgericht werken — certificaat"),
                   ("h", "Nevenfuncties"),
                   ("p", "Voorzitter van de ouderraad van basisschool De Bongerd in Brummen (vrijwillig)."),
                   ("h", "Referenties"),
                   ("p", "Petra Grotenhuis — wethouder Sociaal Domein, gemeente Brummen — 06-41928374"),
                   ("p", "Frank Lamers — afdelingshoofd Samenleving, gemeente Zutphen — 06-41928375"),
                   ("h", "Uurtarief"),
                   ("p", SH_RATE),
                   ("h", "Beschikbaarheid"),
                   ("p", "24 uur per week, per direct")]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 0, 25),
               notes="DOCX; the whole CV in one table cell (1x1 table), which LibreOffice breaks over two pages. "
                     "'okt. 2017 – heden⇥Manager Sociaal Domein' / '⇥Gemeente Brummen' = 2017-10..2025-11 = 98 "
                     "(manager, sociaal domein, gemeente) + 'jan. 2012 – sep. 2017⇥Coördinator Wmo en "
                     "Participatie' / '⇥Gemeente Zutphen' = 2012-01..2017-09 = 69 (coördinator, Wmo, gemeente), "
                     "contiguous -> 167. 'Klantmanager Werk en Inkomen' 2006 – 2011 (year-only, 72): no leading "
                     "title. Bachelor Social Work, Saxion, diploma behaald -> hbo, MWD (crit 4); 2019 a course. "
                     "Crit 6 and 8 in the Brummen tasks; no zorgaanbieders, huisartsen, verzekeraar, PPS or "
                     "partners anywhere (crit 7 = 0). Two referees. <Pages> from LibreOffice's rendering (2). "
                     "80 points, € 85."))


# ------------------------------------------------------------------------- Sofie Kloppenburg (wordpdf, own PDF)
# A PDF as Word's "Opslaan als PDF" writes it (src/pdf46.py): Liberation Serif (Times New Roman metrics) embedded as
# Type0 / Identity-H, ToUnicode; one text object per line; the text justified ("uitvullen") with TJ offsets after
# the spaces; standard ligatures on, so every "fi" and "fl" is one glyph that the ToUnicode map gives as U+FB01 /
# U+FB02 (also in the name and the e-mail address: "So\ufb01e", "so\ufb01e.kloppenburg@example.nl"); Word's
# optional hyphens where a line breaks inside a word, the hyphen glyph mapped to U+00AD. The employer of the second
# position breaks "Stichting Wel\u00ad" / "zijn Lemelerberg" (ko 3 depends on it: the Dalfsen role alone is 56 months),
# the MWD programme "Maatschap\u00ad" / "pelijk" (crit 4). No project or change work anywhere (criterion 8 = 0).
SK6 = ("Voorbeeld beleid naar resultaat: het Dalfser beleidsplan Sociaal Domein heb ik met het team vertaald naar een "
       "jaarwerkplan met concrete acties per kern en resultaten die we elk kwartaal aan de wethouder rapporteren.")
SK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Salland en de publiek-private samenwerking (PPS) "
       "Dalfsen Vitaal.")
sk = [pos("april 2021 – heden", "Teamleider Sociaal Domein", "Gemeente Dalfsen",
          ["Leiding aan het team Sociaal Domein (15 medewerkers): Wmo, jeugd en welzijn; formatie, werving en "
           "selectie en de bewaking van de financiële kaders.", SK6, SK7],
          ("2021-04", REF), 56, True),
      pos("juni 2013 – maart 2021", "Coördinator Mantelzorg en Vrijwilligerswerk", "Stichting Welzijn Lemelerberg",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale: vijf medewerkers en ruim 250 "
           "vrijwilligers; flexibele inzet bij ziekte en drukte.",
           "Opzet van respijtzorg en een maatjesaanbod voor ouderen in zes kernen."],
          ("2013-06", "2021-03"), 94, True),
      pos("sep. 2008 – mei 2013", "Consulent Mantelzorgondersteuning", "Stichting Welzijn Lemelerberg",
          ["Gesprekken met mantelzorgers, advies en doorverwijzing."],
          ("2008-09", "2013-05"), 57, False)]
SK_RATE = "€ 84,- per uur, exclusief btw"
cv(file="Sofie Kloppenburg.pdf", fmt="pdf", producer="pdfgen",
   name="Sofie Kloppenburg", email="sofie.kloppenburg@example.nl", phone="06-47219386", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7}, refs=["Gerard Wiegman", "Ria Kottink"],
   must_have=["Stichting Welzijn Lemelerberg (Ommen en Hardenberg)",
              "hbo-bacheloropleiding Maatschappelijk Werk en Dienstverlening"],
   pdf=dict(kind="wordpdf",
            # soft hyphens (U+00AD) are the optional hyphens the writer typed; a line may break there.
            # must_break: the line breaks the layout is about (checked in the PDF's text layer)
            must_break=["Wel" + SHY + "\nzijn Lemelerberg", "Maatschap" + SHY + "\npelijk"],
            body=[("title", "Sofie Kloppenburg"),
                  ("p", "Ommen  ·  06-47219386  ·  sofie.kloppenburg@example.nl"),
                  ("h", "Profiel"),
                  ("j", "Teamleider in het sociaal domein met ruim twaalf jaar leidinggevende ervaring in Ommen, "
                        "Hardenberg en Dalfsen. Ik werk flexibel, houd van heldere afspraken en zoek bij conflicten "
                        "naar een oplossing die voor inwoners werkt. Collega's kennen mij als iemand die rust brengt "
                        "en tegelijk durft te kiezen."),
                  ("h", "Werkervaring"),
                  ("tpos", sk[0]["d"], f"{sk[0]['t']}, {sk[0]['e']}", sk[0]["tasks"]),
                  ("tpos", sk[1]["d"],
                   f"{sk[1]['t']} (28 uur), Stichting Wel{SHY}zijn Lemelerberg (Ommen en Hardenberg)",
                   sk[1]["tasks"]),
                  ("tpos", sk[2]["d"], f"{sk[2]['t']}, {sk[2]['e']}", sk[2]["tasks"]),
                  ("h", "Opleiding"),
                  ("tpos", "2003 – 2007",
                   "Diploma van de vierjarige voltijdse hbo-bacheloropleiding Maatschap" + SHY + "pelijk Werk en Dienst" + SHY +
                   "verlening aan Hogeschool Windesheim in Zwolle, behaald in juni 2007, met een afstudeer" + SHY +
                   "onderzoek naar mantelzorg in kleine kernen.", []),
                  ("tpos", "2018", "Leergang Coachend leidinggeven, Bestuursacademie Oost; certificaat.", []),
                  ("h", "Referenties"),
                  ("p", "Gerard Wiegman, wethouder Sociaal Domein, gemeente Dalfsen, 06-51829374"),
                  ("p", "Ria Kottink, directeur-bestuurder, Stichting Welzijn Lemelerberg, 06-51829375"),
                  ("h", "Uurtarief en beschikbaarheid"),
                  ("p", SK_RATE),
                  ("p", "24 uur per week, beschikbaar per 1 december 2025")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=150, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 25, 15, 20, 0),
               notes="Own PDF in the style of Word's 'Opslaan als PDF': ligature glyphs fi / fl give U+FB01 / U+FB02 "
                     "in the text layer (name 'So\ufb01e', e-mail 'so\ufb01e.kloppenburg@example.nl', 'Pro\ufb01el', "
                     "'\ufb02exibel', 'con\ufb02icten', '\ufb01nanciële', 'certi\ufb01caat'); a line broken at an "
                     "optional hyphen ends in U+00AD. Teamleider Sociaal Domein, Gemeente Dalfsen 'april 2021 – "
                     "heden' = 2021-04..2025-11 = 56 (teamleider, sociaal domein, gemeente) + Coördinator Mantelzorg "
                     "en Vrijwilligerswerk (28 uur), 'Stichting Wel\u00ad' / 'zijn Lemelerberg (Ommen en Hardenberg)' 'juni "
                     "2013 – maart 2021' = 2013-06..2021-03 = 94 (coördinator, mantelzorg/welzijn, "
                     "welzijnsstichting), contiguous -> 150 (56 alone would fail ko 3). Consulent "
                     "Mantelzorgondersteuning 2008-09..2013-05 (57): no leading title. 'Diploma van de "
                     "vierjarige voltijdse hbo-bacheloropleiding Maatschap\u00ad' / 'pelijk Werk en Dienstverlening aan Hogeschool "
                     "Windesheim …, behaald in juni 2007' -> hbo, MWD (crit 4); 2018 a leergang. No project, change, "
                     "reorganisation or implementation anywhere (crit 8 = 0). Two referees. Name and e-mail as a "
                     "reader sees them: 'Sofie Kloppenburg', 'sofie.kloppenburg@example.nl'. 75 points, € 84."))


# ------------------------------------------------------------------------- Myrthe Hoogkamp (canva, own PDF)
# A one-page design-tool export: a dark sidebar on the left (contact, education, languages, rate, referees), the
# main column on the right; each position "title ........ period" (period right-aligned on the title's baseline),
# employer below, tasks. The content stream draws the elements in LAYER order: background, headings, periods,
# employers, titles, tasks, profile, sidebar, and the name last. 70 relevant months (criterion 5 = 0).
MH6 = ("Voorbeeld beleid naar resultaat: de visie 'Samen Hof van Twente' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten per kern en resultaten die we elk halfjaar aan de raad rapporteren.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking (PPS) "
       "Twente Gezond.")
MH8 = "Projectleider van de invoering van de wijkteams in Hof van Twente: projectplan, twee pilots en evaluatie."
mh = [pos("02/2020 – heden", "Coördinator Wijkteams", "Gemeente Hof van Twente",
          ["Coördinatie van vier wijkteams (26 medewerkers) in Goor, Delden, Markelo en Diepenheim.", MH6, MH7,
           "Toezicht op formatie, instroom en de verdeling van uren over de teams."],
          ("2020-02", REF), 70, True),
      pos("03/2014 – 01/2020", "Beleidsadviseur Sociaal Domein", "Gemeente Hof van Twente",
          [MH8, "Advies aan het college over Wmo, jeugd en participatie."],
          ("2014-03", "2020-01"), 71, False),
      pos("2009 – 2013", "Wijkcoach", "Stichting Welzijn Haaksbergen",
          ["Ondersteuning van bewonersinitiatieven en buurtbemiddeling."],
          ("2009-01", "2013-12"), 60, False, yearonly=True)]
MH_RATE = "€ 87,- per uur"
cv(file="Myrthe Hoogkamp.pdf", fmt="pdf", producer="pdfgen",
   name="Myrthe Hoogkamp", email="myrthe.hoogkamp@example.com", phone="06-52918374", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Lisette Nijhuis", "Gerben Wolterink"],
   pdf=dict(kind="canva",
            name="Myrthe Hoogkamp", role="Coördinator wijkteams",
            profile=("Coördinator in het sociaal domein van Twente. Ik houd vier wijkteams bij elkaar, vertaal wat "
                     "er in de kernen speelt naar afspraken en zorg dat het team de ruimte heeft om te doen wat "
                     "nodig is."),
            jobs=mh,
            side=[("h", "CONTACT"),
                  ("p", "Goor"), ("p", "06-52918374"), ("p", "myrthe.hoogkamp@example.com"),
                  ("h", "OPLEIDING"),
                  ("pb", "Bachelor Social Work"), ("p", "Saxion Hogeschool, Enschede"),
                  ("p", "2005 – 2009 · diploma behaald"),
                  ("h", "TALEN"),
                  ("p", "Nederlands · moedertaal"), ("p", "Engels · goed"), ("p", "Duits · goed"),
                  ("h", "UURTARIEF"),
                  ("p", MH_RATE),
                  ("h", "REFERENTIES"),
                  ("pb", "Lisette Nijhuis"), ("p", "teammanager Samenleving,"), ("p", "gemeente Hof van Twente"),
                  ("p", "06-52918370"),
                  ("pb", "Gerben Wolterink"), ("p", "wethouder Sociaal Domein,"), ("p", "gemeente Hof van Twente"),
                  ("p", "06-52918371")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=70, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="Own PDF as a design tool exports it: every element a separate text object in layer order "
                     "(periods before titles, the sidebar and the name last); the reading order is the page's. "
                     "Coördinator Wijkteams, Gemeente Hof van Twente '02/2020 – heden' = 2020-02..2025-11 = 70 "
                     "(coördinator, wijkteams, gemeente). Beleidsadviseur Sociaal Domein '03/2014 – 01/2020' (71) "
                     "and Wijkcoach, Stichting Welzijn Haaksbergen '2009 – 2013' (60): no leading title. 70 >= 60 "
                     "-> ko 3 pass, month-exact; 70 < 72 -> crit 5 = 0. Sidebar: Bachelor Social Work, Saxion, "
                     "'2005 – 2009 · diploma behaald' -> hbo, MWD (crit 4); € 87; two referees (name / role over "
                     "two lines / phone). Crit 6, 7 in the Hof van Twente tasks, crit 8 (projectleider invoering) "
                     "in the beleidsadviseur's. 75 points, € 87."))


# ------------------------------------------------------------------------- Jurre Klumper (multicol, Chromium PDF)
# Name and contact across the page; everything else in CSS columns (column-count: 2, a rule between them) that run
# over two pages. The third position is broken over the page break: its period and title end page 1's right
# column, its employer "Zorggroep Noord-Twente B.V." opens page 2's left column. NOT ELIGIBLE: only the current
# role counts (54 months); the Teamleider Thuiszorg was at a care company (B.V.), not a gemeente or
# welzijnsstichting.
JK6 = ("Voorbeeld beleid naar resultaat: de Wierdense koers 'Naar elkaar omzien' heb ik omgezet in een jaarplan met "
       "concrete acties per wijk en resultaten per kwartaal.")
JK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking (PPS) "
       "met werkgevers uit Enter en Wierden.")
JK8 = "Projectleider van de verandering naar wijkgericht werken in Enter en Wierden, met projectplan en evaluatie."
jk = [pos("juni 2021 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Wierden",
          ["Coördinatie van het sociaal wijkteam (12 medewerkers): Wmo, jeugd en schuldhulp.", JK6, JK7, JK8,
           "Werkverdeling, casusoverleg en de registratie in het cliëntsysteem."],
          ("2021-06", REF), 54, True),
      pos("januari 2016 – mei 2021", "Wijkteammedewerker Jeugd", "Gemeente Wierden",
          ["Gezinsbegeleiding en toeleiding naar jeugdhulp in Enter.",
           "Aandachtsfunctionaris huiselijk geweld voor het wijkteam."],
          ("2016-01", "2021-05"), 65, False),
      pos("september 2010 – december 2015", "Teamleider Thuiszorg", "Zorggroep Noord-Twente B.V.",
          ["Leiding aan twee thuiszorgteams (30 medewerkers) in Almelo en Tubbergen.",
           "Roosters, cliëntbesprekingen en het kwaliteitsregister."],
          ("2010-09", "2015-12"), 64, False)]
JK_RATE = "€ 83,- per uur (excl. btw)"
cv(file="Jurre Klumper.pdf", fmt="pdf", producer="chromium",
   name="Jurre Klumper", email="jurre.klumper@example.nl", phone="06-39182745", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Miranda Stokkers", "Bennie Olde Hengel"],
   html=dict(template="multicol",
             head=[("title", "Jurre Klumper"),
                   ("p", "Wierden  ·  06-39182745  ·  jurre.klumper@example.nl")],
             # fill: extra blocks before the experience so that the third position breaks over the page;
             # check: the text that must end page 1 and open page 2
             body=[("h", "Profiel"),
                   ("p", "Coördinator van een sociaal wijkteam in Twente. Daarvoor werkte ik als teamleider in de "
                         "thuiszorg en als jeugdprofessional in een wijkteam. Ik ken het werk in de wijk van binnenuit "
                         "en weet wat een team nodig heeft om goed te kunnen werken: duidelijke afspraken, ruimte "
                         "voor vakmanschap en een leidinggevende die zichtbaar is."),
                   ("h", "Wat ik meebreng voor deze opdracht"),
                   ("bl", ["Ruim vier jaar ervaring als coördinator van een sociaal wijkteam bij de gemeente Wierden.",
                           "Vijf jaar leidinggevende ervaring in de thuiszorg, met roosters, budget en kwaliteit.",
                           "Ervaring met het inrichten van een registratiesysteem en met methodisch werken.",
                           "Sturen op formatie, instroom en de verdeling van uren in een team.",
                           "Afspraken maken met organisaties die medewerkers detacheren.",
                           "Heldere verslaglegging voor wethouder, raad en management."]),
                   ("h", "Opleiding"),
                   ("pb", "Bachelor Pedagogiek"),
                   ("p", "Saxion Hogeschool, Enschede — 2006 – 2010, diploma behaald"),
                   ("h", "Cursussen"),
                   ("p", "Leergang Leidinggeven in het sociaal domein, Bestuursacademie Oost — certificaat 2019"),
                   ("p", "Training Oplossingsgericht coachen, Kenniscentrum Twente — 2017"),
                   ("p", "Aandachtsfunctionaris huiselijk geweld en kindermishandeling — 2016"),
                   ("h", "Talen"),
                   ("p", "Nederlands (moedertaal), Engels (goed), Duits (goed), Twents (verstaan)"),
                   ("h", "Nevenfuncties"),
                   ("p", "Penningmeester van voetbalvereniging SV Enter (vrijwillig)."),
                   ("p", "Lid van de klankbordgroep Jeugd van de Twentse gemeenten."),
                   ("h", "Kwaliteiten"),
                   ("bl", ["Verbindend: ik breng mensen met verschillende belangen aan één tafel.",
                           "Coachend: ik help collega's hun eigen oplossing te vinden.",
                           "Besluitvaardig, ook als de situatie onduidelijk is.",
                           "Analytisch: ik werk met cijfers uit de monitor en het cliëntsysteem.",
                           "Oog voor inwoners én bestuur."]),
                   ("h", "Hoe ik werk"),
                   ("p", "Ik begin bij de vraag van de inwoner en kijk daarna wat het team nodig heeft. In het "
                         "wijkteam houd ik wekelijks een kort overleg over de lopende gezinnen en de wachtlijst, en "
                         "eens per maand kijken we samen naar de cijfers: hoeveel aanmeldingen, hoe lang duurt het tot "
                         "een eerste gesprek, waar lopen we vast. Nieuwe collega's krijgen een maatje in het team. "
                         "Ik ben goed bereikbaar en zeg het als iets niet gaat zoals afgesproken."),
                   ("h", "Werkervaring"),
                   ("jobs", jk),
                   ("h", "Referenties"),
                   ("p", "Miranda Stokkers, teamleider Sociaal Domein, gemeente Wierden, 06-39182740"),
                   ("p", "Bennie Olde Hengel, manager Zorg, Zorggroep Noord-Twente B.V., 06-39182741"),
                   ("h", "Tarief en beschikbaarheid"),
                   ("p", JK_RATE),
                   ("p", "24 uur per week, per direct")],
             split=("Teamleider Thuiszorg", "Zorggroep Noord-Twente B.V.")),
   expect=dict(pages=2, edu=("hbo", True, False), coord=54, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 0, 15, 20, 25),
               notes="Chromium, CSS columns (column-count: 2) over two pages; the Teamleider Thuiszorg position "
                     "breaks over the page: period and title at the foot of page 1's right column, 'Zorggroep "
                     "Noord-Twente B.V.' at the top of page 2's left column. Coördinator Sociaal Wijkteam, Gemeente "
                     "Wierden 'juni 2021 – heden' = 2021-06..2025-11 = 54 (relevant). Wijkteammedewerker Jeugd "
                     "'januari 2016 – mei 2021' (65): no leading title. Teamleider Thuiszorg, Zorggroep Noord-Twente "
                     "B.V. 'september 2010 – december 2015' (64): leading title in care, but the employer is a care "
                     "company, not a gemeente or welzijnsstichting -> not relevant. 54 < 60, month-exact -> ko 3 "
                     "FAIL (with the B.V. years it would be 118). Bachelor Pedagogiek, Saxion, diploma behaald -> "
                     "hbo, not MWD (crit 4 = 0); 54 < 72 (crit 5 = 0). Crit 6/7/8 in the Wierden tasks. Two "
                     "referees. 60 points. Not eligible: knock-out 3."))


# ------------------------------------------------------------------------- Ineke Bekkering (twocolsec, LibreOffice PDF)
# Single column for the name, profile and experience; then a continuous section in two equal columns (w:cols,
# column break): "Opleiding" left, "Cursussen en certificaten" right, each entry three lines, so that the HBO
# entry's "niet afgerond (gestopt na het tweede jaar)" stands level with the course's "certificaat behaald";
# referees and rate in one column again. NOT ELIGIBLE: the HBO was not completed; the completed diploma is MBO.
IB6 = ("Voorbeeld beleid naar resultaat: de Kamper jeugdnota heb ik met het team vertaald naar een jaarwerkplan met "
       "concrete projecten per wijk en resultaten die we elk halfjaar aan de wethouder rapporteren.")
IB7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, zorgverzekeraar Zilveren Kruis en de "
       "publiek-private samenwerking (PPS) Kampen Kansrijk.")
IB8 = "Projectleider van de transformatie van de jeugdhulp in Kampen: één toegang via de wijkteams."
ib = [pos("maart 2015 – heden", "Coördinator Jeugd en Gezin", "Gemeente Kampen",
          ["Coördinatie van de jeugd- en gezinscoaches (15 medewerkers) in vier wijkteams.", IB6, IB7, IB8],
          ("2015-03", REF), 129, True),
      pos("september 2009 – februari 2015", "Teamleider Opvoedondersteuning", "Stichting Welzijn IJsselmonde-Kampen",
          ["Leiding aan zeven opvoedondersteuners en het inloopspreekuur in de wijken.",
           "Werving en begeleiding van vrijwilligers voor Home-Start."],
          ("2009-09", "2015-02"), 66, True),
      pos("2000 – 2009", "Pedagogisch medewerker", "Stichting Kinderopvang De Zwaluw",
          ["Groepsbegeleiding van peuters en kleuters."],
          ("2000-01", "2009-12"), 120, False, yearonly=True)]
IB_RATE = "€ 89,- per uur (excl. btw)"
cv(file="Ineke Bekkering.pdf", fmt="pdf", producer="word",
   name="Ineke Bekkering", email="ineke.bekkering@example.nl", phone="06-18392047", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Hendrika Mensink", "Gerrit Steenbergen"],
   must_have=["HBO Sociaal Pedagogische Hulpverlening", "niet afgerond (gestopt na het tweede jaar)",
              "MBO Sociaal Pedagogisch Werk, niveau 4", "certificaat behaald"],
   word=dict(kind="twocolsec",
             head=[("title", "Ineke Bekkering"),
                   ("sub", "Coördinator jeugd en gezin"),
                   ("p", "Kampen  ·  06-18392047  ·  ineke.bekkering@example.nl"),
                   ("h", "Profiel"),
                   ("p", "Coördinator in het jeugddomein met ruim zestien jaar leidinggevende ervaring bij de "
                         "gemeente Kampen en een welzijnsstichting. Ik zorg dat gezinnen snel de juiste hulp krijgen "
                         "en dat het team weet waar het aan werkt."),
                   ("h", "Werkervaring"),
                   ("jobs2", ib)],
             col1=[("h", "Opleiding"),
                   ("pb", "HBO Sociaal Pedagogische Hulpverlening"),
                   ("p", "Hogeschool Windesheim, Zwolle, 1998 – 2000"),
                   ("p", "niet afgerond (gestopt na het tweede jaar)"),
                   ("pb", "MBO Sociaal Pedagogisch Werk, niveau 4"),
                   ("p", "ROC Deltion, Zwolle, 1994 – 1998"),
                   ("p", "diploma behaald")],
             col2=[("h", "Cursussen en certificaten"),
                   ("pb", "Leergang Leidinggeven in zorg en welzijn"),
                   ("p", "Bestuursacademie Oost, Zwolle, 2012"),
                   ("p", "certificaat behaald"),
                   ("pb", "Training Motiverende gespreksvoering"),
                   ("p", "Kenniscentrum Jeugd Oost, Deventer, 2016"),
                   ("p", "certificaat behaald")],
             tail=[("h", "Referenties"),
                   ("p", "Hendrika Mensink — teammanager Sociaal Domein, gemeente Kampen — 06-18392040"),
                   ("p", "Gerrit Steenbergen — directeur, Stichting Welzijn IJsselmonde-Kampen — 06-18392041"),
                   ("h", "Uurtarief"),
                   ("p", IB_RATE)]),
   expect=dict(pages=1, edu=("mbo", False, False), coord=195, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="LibreOffice PDF of a DOCX with a two-column section: 'Opleiding' left, 'Cursussen en "
                     "certificaten' right, lines level: 'HBO Sociaal Pedagogische Hulpverlening' ‖ 'Leergang "
                     "Leidinggeven in zorg en welzijn', 'Hogeschool Windesheim, Zwolle, 1998 – 2000' ‖ "
                     "'Bestuursacademie Oost, Zwolle, 2012', 'niet afgerond (gestopt na het tweede jaar)' ‖ "
                     "'certificaat behaald'. The HBO is not completed; the MBO SPW niveau 4 'diploma behaald' is "
                     "the highest completed level -> mbo, ko 2 FAIL (the certificates are courses, no level). "
                     "Experience: Coördinator Jeugd en Gezin, Gemeente Kampen 'maart 2015 – heden' = "
                     "2015-03..2025-11 = 129 + Teamleider Opvoedondersteuning, Stichting Welzijn IJsselmonde-Kampen "
                     "'september 2009 – februari 2015' = 2009-09..2015-02 = 66, contiguous -> 195. Pedagogisch "
                     "medewerker, kinderopvang, 2000 – 2009: no leading title. Crit 4 = 0; crit 5-8 present. Two "
                     "referees. 85 points. Not eligible: knock-out 2."))
