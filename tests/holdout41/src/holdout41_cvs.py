# -*- coding: utf-8 -*-
"""Holdout round 41 for zeef: 8 fictional CVs from producers earlier rounds used little. Written without looking
at the pipeline's source or rules/.

  builder  PDFs printed by headless Chromium from HTML + CSS the way online CV builders make them
           (src/builder_pdf.py): a right-hand sidebar in a CSS grid with small-caps headings and icons as text;
           a colour band with an icon row and a timeline whose dates stand in a narrow right-hand column; a
           dark flex sidebar with initials, CSS ::before icons and star ratings, dates floated to the right
  pandoc   Markdown -> pandoc -s -> HTML -> headless Chromium (src/builder_pdf.py): pandoc's own template with
           --toc --number-sections, definition lists, a line block and a footnote; and a builder-like
           stylesheet with a title block (author, date) and a pipe table with the period in the right column
  word     DOCX written with python-docx plus the WordprocessingML python-docx cannot write
           (src/word_docx.py): sections with w:cols (two columns, a column break) and the contact only in
           the first section's footer with PAGE / NUMPAGES fields; text boxes (mc:AlternateContent, DrawingML
           + VML fallback) in the page header and beside the body; a layout table with nested tables and a
           table in the page header

Five candidates are eligible (a misreading shows as a wrong fail or wrong points), three must not pass, each for
a plain reason (52 relevant months; only an MBO diploma; one referee).

Every person, phone number, e-mail address and referee is made up. Employers are real municipalities and
fictional foundations. See tests/holdout2/src/cvset.py for the field list; extra fields here: producer
("builder" | "pandoc" | "word") and its source: html=dict(template, main, side | band, body) for builder,
markdown (+ pandoc_args, css) for pandoc, word=dict(kind, ...) for word.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Evelien Tolkamp (builder: right sidebar)
# CSS grid 1fr | 6.4 cm with the sidebar on the RIGHT, full-bleed; small-caps headings (font-variant); contact
# lines with icon characters; education with years, courses with years, skill bars, language dots, the rate and
# both referees (name / role / phone on three lines) all in the right-hand sidebar.
ET6 = ("Voorbeeld beleid naar resultaat: het beleidskader Ermelo Vitaal heb ik vertaald naar een jaarwerkplan met "
       "vier concrete projecten (een dorpshuiskamer, valpreventie, een mantelzorgcafé en een maatjesproject), met "
       "halfjaarlijkse monitoring en rapportage aan het college.")
ET7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking "
       "(PPS) met het lokale bedrijfsleven voor de dorpshuiskamer.")
ET8 = ("Projectleider van het verandertraject Stip Ermelo: een nieuwe werkwijze voor de toegang, met projectplan, "
       "stuurgroep en evaluatie.")
et = [pos("maart 2018 – heden", "Coördinator Welzijn en Preventie", "Gemeente Ermelo",
          ["Leiding aan het cluster welzijn en preventie (14 medewerkers): formatie, werving en selectie, inzet "
           "van uren en budget.", ET6, ET7, ET8],
          ("2018-03", REF), 93, True),
      pos("januari 2013 – februari 2018", "Teamleider Wmo-loket", "Gemeente Harderwijk",
          ["Leiding aan 9 Wmo-consulenten; werkprocessen en registratie op orde gebracht."],
          ("2013-01", "2018-02"), 62, True),
      pos("2009 – 2012", "Wmo-consulent", "Gemeente Harderwijk",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
          ("2009-01", "2012-12"), 48, False, yearonly=True)]
ET_RATE = "€ 88,50 per uur"
cv(file="Evelien Tolkamp.pdf", fmt="pdf", producer="builder",
   name="Evelien Tolkamp", email="evelien.tolkamp@example.nl", phone="06-48213370", rate=ET_RATE,
   exp=et, crit_text={"6": ET6, "7": ET7, "8": ET8}, refs=["Jolanda Hekman", "Rik van Dorsten"],
   html=dict(template="rightbar",
             main=[("title", "Evelien Tolkamp"),
                   ("sub", "Coördinator welzijn en preventie"),
                   ("h", "Profiel"),
                   ("p", "Ruim twaalf jaar leidinggevende ervaring in het sociaal domein bij de gemeenten Ermelo en "
                         "Harderwijk. Ik verbind beleid en uitvoering, coach teams op eigenaarschap en houd budget "
                         "en formatie scherp in beeld."),
                   ("h", "Werkervaring"),
                   ("jobs", et)],
             side=[("h", "Contact"),
                   ("icon", "✉", "evelien.tolkamp@example.nl"),
                   ("icon", "☎", "06-48213370"),
                   ("icon", "⌂", "Ermelo"),
                   ("icon", "in", "linkedin.com/in/evelien-tolkamp"),
                   ("h", "Opleiding"),
                   ("pb", "2004 – 2008"),
                   ("p", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                   ("small", "Hogeschool Windesheim, Zwolle — diploma behaald"),
                   ("h", "Cursussen"),
                   ("pb", "2016"), ("p", "Leergang Coachend leiderschap"),
                   ("pb", "2020"), ("p", "Prince2 Foundation"),
                   ("h", "Vaardigheden"),
                   ("bars", [("Coachen", 90), ("Procesregie", 80), ("Budgetbeheer", 70)]),
                   ("h", "Talen"),
                   ("dots", [("Nederlands", 5), ("Engels", 4), ("Duits", 2)]),
                   ("h", "Tarief"),
                   ("p", ET_RATE),
                   ("h", "Referenties"),
                   ("pb", "Jolanda Hekman"), ("small", "wethouder Sociaal Domein, gemeente Ermelo"),
                   ("small", "06-20573318"),
                   ("pb", "Rik van Dorsten"), ("small", "afdelingsmanager Samenleving, gemeente Harderwijk"),
                   ("small", "06-20573319")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="Chromium, CV-builder template with the sidebar on the right (CSS grid 1fr | 6.4 cm), small-caps "
                     "headings, icon characters before the contact lines. Main column: Coördinator Welzijn en "
                     "Preventie, Gemeente Ermelo 'maart 2018 – heden' = 2018-03..2025-11 = 93 (coördinator, welzijn, "
                     "gemeente) + Teamleider Wmo-loket, Gemeente Harderwijk 'januari 2013 – februari 2018' = "
                     "2013-01..2018-02 = 62 (teamleider, Wmo, gemeente), contiguous -> 155 (>= 72, month-exact). "
                     "Wmo-consulent '2009 – 2012': no leading title -> not counted. Right sidebar: '2004 – 2008' "
                     "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim 'diploma behaald' -> "
                     "hbo, MWD (crit 4); course years 2016 / 2020 are no experience; rate € 88,50; two referees, "
                     "each as name / role / phone on three sidebar lines -> 2. Criteria 6/7/8 in the Ermelo bullets. "
                     "100 points, € 88,50."))


# ------------------------------------------------------------------------- Jelmer Vossebeld (builder: band + timeline)
# Full-width colour band with name, role and an icon row (☏ ✉ ⌂); headings preceded by an icon character; the
# work experience and education as a timeline (a vertical line with dots) whose period stands in a narrow RIGHT
# column (2.6 cm), so "september 2019 –" / "heden" wrap onto two lines beside the title.
JV6 = ("Voorbeeld: de Puttense nota Samen Sterk in de Wijk heb ik met het team vertaald naar concrete projecten en "
       "resultaten in een jaarwerkplan (wijkontmoetingen, een buurtcoach per kern, vroegsignalering van schulden), "
       "met een kwartaalrapportage aan de wethouder.")
JV7 = ("Samenwerking met zorgaanbieders, de huisartsen in Putten, zorgverzekeraar Zilveren Kruis en de "
       "publiek-private samenwerking (PPS) Putten Werkt.")
JV8 = "Projectleider van de reorganisatie van de toegang: van drie loketten naar één sociaal team."
jv = [pos("september 2019 – heden", "Manager Sociaal Domein", "Gemeente Putten",
          ["Leiding aan de teams Wmo, jeugd en welzijn (26 medewerkers); formatie, instroom en budget.",
           JV6, JV7, JV8],
          ("2019-09", REF), 75, True),
      pos("februari 2014 – augustus 2019", "Coördinator Gebiedsteam", "Stichting Welzijn Nijkerk",
          ["Coördinatie van het gebiedsteam Nijkerk-Oost (10 medewerkers) en de inzet van vrijwilligers."],
          ("2014-02", "2019-08"), 67, True),
      pos("2008 – januari 2014", "Maatschappelijk werker", "Stichting Welzijn Nijkerk",
          ["Hulpverlening aan gezinnen en ouderen."],
          ("2008-01", "2014-01"), 73, False, yearonly=True)]
JV_RATE = "€ 86,- per uur"
cv(file="Jelmer Vossebeld.pdf", fmt="pdf", producer="builder",
   name="Jelmer Vossebeld", email="jelmer.vossebeld@example.com", phone="06-27140938", rate=JV_RATE,
   exp=jv, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["Marieke Ooms", "Bert Kamphuis"],
   html=dict(template="band",
             band=[("title", "Jelmer Vossebeld"),
                   ("sub", "Manager sociaal domein"),
                   ("iconrow", [("☏", "06-27140938"), ("✉", "jelmer.vossebeld@example.com"), ("⌂", "Putten")])],
             body=[("hi", "✎", "Profiel"),
                   ("p", "Ruim elf jaar leidinggevende ervaring in het sociaal domein, eerst bij een "
                         "welzijnsstichting en nu bij de gemeente Putten. Nuchter, benaderbaar en resultaatgericht."),
                   ("hi", "◆", "Werkervaring"),
                   ("timeline", jv),
                   ("hi", "★", "Opleiding"),
                   ("timeline", [dict(d="2003 – 2007", t="HBO Bestuurskunde",
                                      e="Saxion Hogeschool Deventer — diploma behaald", tasks=[]),
                                 dict(d="2016", t="Leergang Regie in het sociaal domein",
                                      e="Bestuursacademie Oost, certificaat", tasks=[])]),
                   ("hi", "☰", "Referenties"),
                   ("p", "Marieke Ooms — gemeentesecretaris, gemeente Putten — 06-39025811"),
                   ("p", "Bert Kamphuis — directeur-bestuurder, Stichting Welzijn Nijkerk — 06-39025812"),
                   ("hi", "€", "Tarief"),
                   ("p", JV_RATE)]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=142, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium, CV-builder template: colour band, icon row, timeline with the periods in a narrow "
                     "right-hand column (they wrap: 'september 2019 –' / 'heden'). Manager Sociaal Domein, Gemeente "
                     "Putten 'september 2019 – heden' = 2019-09..2025-11 = 75 (manager, sociaal domein, gemeente) + "
                     "Coördinator Gebiedsteam, Stichting Welzijn Nijkerk 'februari 2014 – augustus 2019' = "
                     "2014-02..2019-08 = 67 (coördinator, gebiedsteam, welzijnsstichting), contiguous -> 142. "
                     "Maatschappelijk werker '2008 – januari 2014': no leading title. Education in the same timeline: "
                     "'2003 – 2007' HBO Bestuurskunde, Saxion, diploma behaald -> hbo, not MWD (crit 4 = 0); '2016' "
                     "a course. Two referees. 85 points, € 86."))


# ------------------------------------------------------------------------- Annemiek Egberts (pandoc default, toc)
# pandoc -s --toc --number-sections with pandoc's own HTML template and styles, printed by Chromium: a title block,
# a table of contents at the top that names every section (also "Referenties"), numbered headings ("5 Referenties"),
# contact as a line block, positions and education as definition lists, referees as a definition list, the rate
# with a footnote marker (the note at the end of the document).
AE6 = ("Voorbeeld beleid naar resultaat: het beleidsplan sociaal domein van Oldebroek heb ik vertaald naar een "
       "jaarwerkplan met concrete doelen en acties (een ontmoetingsplek in elke kern, een vast aanspreekpunt voor "
       "mantelzorgers, een vacaturebank voor vrijwilligers) en resultaten die ik elk halfjaar aan het college "
       "rapporteer.")
AE7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie en lokale bedrijven.")
ae = [pos("oktober 2018 – heden", "Coördinator Welzijn", "Gemeente Oldebroek",
          ["Coördinatie van het cluster welzijn (12 medewerkers): formatie, werving en selectie, inzet van uren.",
           AE6, AE7],
          ("2018-10", REF), 86, True),
      pos("januari 2012 – september 2018", "Coördinator Mantelzorg en Vrijwilligerswerk",
          "Stichting Welzijn Oldebroek",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (6 medewerkers, 140 vrijwilligers)."],
          ("2012-01", "2018-09"), 81, True),
      pos("2009 – 2011", "Ouderenwerker", "Stichting Welzijn Oldebroek",
          ["Huisbezoeken, ouderenadvies en activiteiten in Wezep."],
          ("2009-01", "2011-12"), 36, False, yearonly=True)]
AE_RATE = "€ 87,- per uur"


def _deflist_positions(ps):
    out = []
    for p in ps:
        out.append(f"**{p['t']}**, {p['e']}\n:   {p['d']}\n\n")
        out.append("".join(f"    - {t}\n" for t in p["tasks"]))
        out.append("\n")
    return "".join(out)


AE_MD = f"""---
title: Annemiek Egberts
subtitle: Coördinator welzijn
lang: nl
---

# Contact

| Wezep
| 06-19283746
| annemiek.egberts@example.nl

# Profiel

Coördinator in het sociaal domein van Oldebroek, eerst bij de welzijnsstichting en sinds ruim zeven jaar bij de
gemeente. Ik zorg dat een team weet wat er van hen verwacht wordt en dat inwoners merken wat we doen.

# Werkervaring

{_deflist_positions(ae)}
# Opleiding

**Bachelor Social Work**, Hogeschool Windesheim Zwolle
:   2005 – 2009, diploma behaald

**Leergang Coachend leidinggeven**, Academie Sociaal Leiderschap
:   2015, certificaat

# Referenties

Gerdien Mulder
:   wethouder Zorg en Welzijn, gemeente Oldebroek, 06-51749320

Hans Bloemert
:   directeur, Stichting Welzijn Oldebroek, 06-51749321

# Uurtarief

{AE_RATE}[^1]

[^1]: Exclusief btw; reistijd binnen de regio Noord-Veluwe breng ik niet in rekening.
"""
cv(file="Annemiek Egberts.pdf", fmt="pdf", producer="pandoc",
   name="Annemiek Egberts", email="annemiek.egberts@example.nl", phone="06-19283746", rate=AE_RATE,
   exp=ae, crit_text={"6": AE6, "7": AE7}, refs=["Gerdien Mulder", "Hans Bloemert"],
   markdown=AE_MD, pandoc_args=["--toc", "--number-sections"], css=None,
   expect=dict(pages=3, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 0),
               notes="pandoc -s --toc --number-sections (pandoc's own template and styles) -> Chromium. The table of "
                     "contents at the top lists '5 Referenties' before any content; the headings are numbered. "
                     "Coördinator Welzijn, Gemeente Oldebroek 'oktober 2018 – heden' = 2018-10..2025-11 = 86 + "
                     "Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Oldebroek 'januari 2012 – "
                     "september 2018' = 2012-01..2018-09 = 81 (coördinator, mantelzorg/welzijn, welzijnsstichting), "
                     "contiguous -> 167. Ouderenwerker '2009 – 2011': no leading title. 'sinds ruim zeven jaar' in "
                     "the profile is prose, no period. Bachelor Social Work, Windesheim, 'diploma behaald' -> hbo, "
                     "MWD. Two referees as a definition list (name, then role and phone). Rate '€ 87,- per uur' with "
                     "a footnote marker (superscript 1) right after it. No project or change work anywhere -> "
                     "criterion 8 = 0. 75 points, € 87."))


# ------------------------------------------------------------------------- Gerwin Harmelink (word: w:cols, footer)
# Three continuous sections: one column (name), two columns with a separator line (profile, education, courses |
# column break | languages, rate, referees), one column (experience). Phone and e-mail ONLY in the footer of the
# first section (the later sections inherit it), with PAGE / NUMPAGES fields.
GH6 = ("Voorbeeld: het jeugdbeleid Kansrijk Nijkerk heb ik vertaald naar een jaarwerkplan met concrete projecten en "
       "resultaten (een opvoedpunt in elke wijk, kortere wachttijden, minder verwijzingen naar specialistische "
       "jeugdhulp), gemonitord per kwartaal.")
GH8 = ("Projectleider van de transformatie jeugd in Nijkerk: een nieuwe toegang, scholing van het team en de "
       "evaluatie na een jaar.")
gh = [pos("jan 2016 – heden", "Teamleider Jeugd en Gezin", "Gemeente Nijkerk",
          ["Leiding aan 12 jeugdconsulenten en gezinscoaches: formatie, werving en selectie, budget.", GH6, GH8],
          ("2016-01", REF), 119, True),
      pos("mei 2011 – dec 2015", "Coördinator Buurtteam", "Stichting Welzijn Barneveld",
          ["Coördinatie van het buurtteam Barneveld-Centrum (8 medewerkers) en de vrijwilligers."],
          ("2011-05", "2015-12"), 56, True),
      pos("2006 – april 2011", "Jeugdhulpverlener", "Stichting Jeugdhulp Gelderse Vallei",
          ["Ambulante begeleiding van gezinnen met opvoedvragen."],
          ("2006-01", "2011-04"), 64, False, yearonly=True)]
GH_RATE = "€ 90,- per uur, excl. btw"
cv(file="Gerwin Harmelink.docx", fmt="docx", producer="word",
   name="Gerwin Harmelink", email="gerwin.harmelink@example.nl", phone="06-30418862", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "8": GH8}, refs=["Carla Brouwer", "Dick Verhoef"],
   word=dict(kind="cols",
             head=[("title", "Gerwin Harmelink"), ("p", "Teamleider jeugd en gezin  ·  Nijkerk")],
             col1=[("h", "Profiel"),
                   ("p", "Teamleider met vijftien jaar ervaring in jeugd en welzijn op de Veluwe. Ik geef richting, "
                         "coach op eigenaarschap en stuur op resultaat en budget."),
                   ("h", "Opleiding"),
                   ("pb", "2002 – 2006"),
                   ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
                   ("p", "Christelijke Hogeschool Ede — diploma behaald"),
                   ("h", "Cursussen"),
                   ("p", "2019 — Leergang Methodisch werken in de jeugdhulp")],
             col2=[("h", "Talen"),
                   ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
                   ("h", "Uurtarief"),
                   ("p", GH_RATE),
                   ("h", "Referenties"),
                   ("p", "Carla Brouwer, afdelingshoofd Maatschappij, gemeente Nijkerk, 06-71204458"),
                   ("p", "Dick Verhoef, directeur, Stichting Welzijn Barneveld, 06-71204459")],
             tail=[("h", "Werkervaring"), ("jobs", gh)],
             footer="Gerwin Harmelink  ·  06-30418862  ·  gerwin.harmelink@example.nl  ·  pagina {PAGE} van "
                    "{NUMPAGES}"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=175, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 0, 25),
               notes="python-docx DOCX, three continuous sections (1 column | 2 columns with a separator and a column "
                     "break before 'Talen' | 1 column); phone and e-mail only in the first section's footer "
                     "(inherited by the others), with PAGE / NUMPAGES fields. Teamleider Jeugd en Gezin, Gemeente "
                     "Nijkerk 'jan 2016 – heden' = 2016-01..2025-11 = 119 (teamleider, jeugd, gemeente) + "
                     "Coördinator Buurtteam, Stichting Welzijn Barneveld 'mei 2011 – dec 2015' = 2011-05..2015-12 "
                     "= 56 (coördinator, buurtteam = the social domain's neighbourhood team, welzijnsstichting), "
                     "contiguous -> 175. Jeugdhulpverlener '2006 – april 2011' at a jeugdhulp foundation: no leading "
                     "title. HBO MWD '2002 – 2006', Christelijke Hogeschool Ede, diploma behaald -> hbo, MWD. No "
                     "collaboration partners named anywhere -> criterion 7 = 0. 80 points, € 90."))


# ------------------------------------------------------------------------- Lotte Sietsma (word: text boxes)
# The page header holds a text box (name, role, phone, e-mail); beside the body a floating text box on the right
# holds the ONLY education (Bachelor Social Work, diploma), the rate and the languages. Both as Word writes them:
# mc:AlternateContent with a DrawingML wps:txbx (Choice) and a VML v:textbox (Fallback).
LS6 = ("Voorbeeld beleid naar resultaat: de visie Voorst Voor Elkaar heb ik vertaald naar concrete projecten en "
       "resultaten (een wijkpunt in Twello, een budgetcoach, preventieve huisbezoeken bij ouderen), vastgelegd in "
       "het jaarwerkplan en gemonitord per kwartaal.")
LS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en een publiek-private samenwerking "
       "(PPS) met werkgevers voor leerwerkplekken.")
LS8 = "Projectleider van de herinrichting van de toegang tot het sociaal team, met projectplan en stuurgroep."
ls = [pos("2019 – heden", "Coördinator Sociaal Team", "Gemeente Voorst",
          ["Leiding aan het sociaal team Twello (15 medewerkers): formatie, uren en budget.", LS6, LS7, LS8],
          ("2019-01", REF), 83, True, yearonly=True),
      pos("09/2014 – 12/2018", "Teamleider Participatie", "Gemeente Deventer",
          ["Leiding aan het team participatie en re-integratie (11 medewerkers)."],
          ("2014-09", "2018-12"), 52, True),
      pos("09/2008 – 08/2014", "Consulent Werk en Inkomen", "Gemeente Deventer",
          ["Begeleiding van werkzoekenden naar werk."],
          ("2008-09", "2014-08"), 72, False)]
LS_RATE = "€ 84,- per uur"
cv(file="Lotte Sietsma.docx", fmt="docx", producer="word",
   name="Lotte Sietsma", email="lotte.sietsma@example.com", phone="06-52918374", rate=LS_RATE,
   exp=ls, crit_text={"6": LS6, "7": LS7, "8": LS8}, refs=["Tamara Groen", "Jeroen Wassink"],
   word=dict(kind="textbox",
             headbox=[("title", "Lotte Sietsma"),
                      ("p", "Coördinator sociaal team  ·  Twello"),
                      ("p", "06-52918374  ·  lotte.sietsma@example.com")],
             sidebox=[("h", "Opleiding"),
                      ("pb", "2001 – 2005"),
                      ("p", "Bachelor Social Work"),
                      ("p", "Saxion Hogeschool Deventer"),
                      ("p", "diploma behaald"),
                      ("h", "Uurtarief"),
                      ("p", LS_RATE),
                      ("h", "Talen"),
                      ("p", "Nederlands, Fries, Engels")],
             body=[("h", "Profiel"),
                   ("p", "Coördinator van het sociaal team in Voorst, daarvoor teamleider in Deventer. Ik breng rust "
                         "en richting in een team en houd de inwoner in beeld."),
                   ("h", "Werkervaring"),
                   ("jobs", ls),
                   ("h", "Referenties"),
                   ("p", "Tamara Groen, manager Sociaal Domein, gemeente Voorst, 06-44817206"),
                   ("p", "Jeroen Wassink, teamleider Participatie, gemeente Deventer, 06-44817207")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=135, refs=(2, False), zzp=False, hourly=84.0,
               crit=FULL,
               notes="python-docx DOCX with two text boxes (mc:AlternateContent: wps Choice + VML Fallback): one in "
                     "the page header (name, role, phone, e-mail), one floating right of the body with the only "
                     "education ('2001 – 2005' Bachelor Social Work, Saxion, diploma behaald -> hbo, MWD), the rate "
                     "and languages. Coördinator Sociaal Team, Gemeente Voorst '2019 – heden' = 2019-01..2025-11 = 83 "
                     "(narrowest 2019-12.. = 72) + Teamleider Participatie, Gemeente Deventer '09/2014 – 12/2018' = "
                     "2014-09..2018-12 = 52 (teamleider, participatie, gemeente) -> 135 (narrowest 124; both >= 72). "
                     "Consulent Werk en Inkomen: no leading title. Two referees. 100 points, € 84."))


# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Koen Brinkerink (builder: dark flex sidebar)
# Flex row: a dark sidebar on the left (initials "KB" in a circle instead of a photo, contact lines whose icons are
# CSS ::before content, education with years, star ratings, rate); the periods float right of each title.
# Plain reason: 52 relevant months (Teamleider Wijkteam 01/2021 – 04/2025), now a beleidsadviseur.
KB6 = ("Voorbeeld: de nota Zeewolde Zorgt heb ik vertaald naar concrete projecten en resultaten voor het wijkteam "
       "(een vast team per buurt, een inloopspreekuur, een wachttijd onder vier weken).")
KB7 = ("Samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis; een publiek-private "
       "samenwerking (PPS) voor dagbesteding.")
KB8 = "Projectleider van de reorganisatie van twee wijkteams naar één team per buurt."
kb = [pos("05/2025 – heden", "Senior beleidsadviseur Sociaal Domein", "Gemeente Zeewolde",
          ["Advies aan het college over Wmo en jeugd."],
          ("2025-05", REF), 7, False),
      pos("01/2021 – 04/2025", "Teamleider Wijkteam", "Gemeente Zeewolde",
          ["Leiding aan het wijkteam (12 medewerkers).", KB6, KB7, KB8],
          ("2021-01", "2025-04"), 52, True),
      pos("2015 – 2020", "Wijkteammedewerker", "Gemeente Zeewolde",
          ["Ondersteuning van inwoners en gezinnen bij vragen over zorg, werk en inkomen."],
          ("2015-01", "2020-12"), 72, False, yearonly=True)]
KB_RATE = "€ 82,- /uur"
cv(file="Koen Brinkerink.pdf", fmt="pdf", producer="builder",
   name="Koen Brinkerink", email="koen.brinkerink@example.com", phone="06-59302817", rate=KB_RATE,
   exp=kb, crit_text={"6": KB6, "7": KB7, "8": KB8}, refs=["Sandra Maas", "Peter Stam"],
   html=dict(template="darkflex",
             side=[("initials", "KB"),
                   ("h", "Contact"),
                   ("cicon", "phone", "06-59302817"),
                   ("cicon", "mail", "koen.brinkerink@example.com"),
                   ("cicon", "home", "Zeewolde"),
                   ("h", "Opleiding"),
                   ("pb", "2009 – 2013"),
                   ("p", "HBO Sociaal Pedagogische Hulpverlening"),
                   ("small", "Hogeschool Windesheim Almere — diploma"),
                   ("h", "Competenties"),
                   ("stars", [("Verbinden", 5), ("Coachen", 4), ("Analyseren", 4)]),
                   ("h", "Tarief"),
                   ("p", KB_RATE)],
             main=[("title", "Koen Brinkerink"),
                   ("sub", "Teamleider wijkteam  ·  beleidsadviseur sociaal domein"),
                   ("h", "Profiel"),
                   ("p", "Teamleider en beleidsadviseur in Zeewolde. Ik werk vanuit de bedoeling en houd van korte "
                         "lijnen met inwoners en collega's."),
                   ("h", "Werkervaring"),
                   ("fjobs", kb),
                   ("h", "Referenties"),
                   ("p", "Sandra Maas, afdelingsmanager Sociaal Domein, gemeente Zeewolde, 06-33710284"),
                   ("p", "Peter Stam, wethouder Zorg en Jeugd, gemeente Zeewolde, 06-33710285")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=52, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 0, 15, 20, 25),
               notes="Chromium, CV-builder template: dark flex sidebar left (initials circle, ::before icons, stars), "
                     "periods floated right of each title. Only Teamleider Wijkteam, Gemeente Zeewolde '01/2021 – "
                     "04/2025' = 2021-01..2025-04 = 52 is a leading role in the social domain at a gemeente. Senior "
                     "beleidsadviseur Sociaal Domein '05/2025 – heden' (7) and Wijkteammedewerker '2015 – 2020' have "
                     "no leading title. 52 < 60, month-exact -> knock-out 3 fail (not review); criterion 5 = 0. The "
                     "sidebar years '2009 – 2013' are the HBO SPH (diploma) -> hbo, not MWD. Not eligible (60 "
                     "points)."))


# ------------------------------------------------------------------------- Hester Bakkenes (pandoc + builder css)
# pandoc -s with a builder-like stylesheet (--css): a title block with author (used as a subtitle) and date, the
# work experience as a pipe table Functie | Werkgever | Periode (periods right-aligned in the last column), tasks
# below. Plain reason: the only diploma is MBO Sociaal Werk niveau 4 (plus a certificate course).
HB6 = ("Voorbeeld: de Wmo-nota Elburg Dichtbij heb ik vertaald naar een jaarwerkplan met concrete projecten en "
       "resultaten (een keukentafelgesprek binnen tien werkdagen, een dorpsloket in Doornspijk, een "
       "mantelzorgwaardering).")
HB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) Elburg Vitaal.")
HB8 = "Projectleider van de invoering van een nieuw registratiesysteem voor de Wmo-toegang."
hb = [pos("mei 2015 – heden", "Coördinator Wmo en Participatie", "Gemeente Elburg",
          ["Coördinatie van 9 Wmo-consulenten en de participatiecoaches.", HB6, HB7, HB8],
          ("2015-05", REF), 127, True),
      pos("2009 – april 2015", "Wmo-consulent", "Gemeente Elburg",
          ["Keukentafelgesprekken en indicaties."],
          ("2009-01", "2015-04"), 76, False, yearonly=True),
      pos("2005 – 2008", "Medewerker thuisbegeleiding", "Stichting Thuiszorg Noord-Veluwe",
          ["Begeleiding van cliënten thuis."],
          ("2005-01", "2008-12"), 48, False, yearonly=True)]
HB_RATE = "€ 85,- per uur"


def _table_positions(ps):
    rows = "".join(f"| {p['t']} | {p['e']} | {p['d']} |\n" for p in ps)
    return "| Functie | Werkgever | Periode |\n|:--------|:----------|--------:|\n" + rows


HB_MD = f"""---
title: Hester Bakkenes
author: Coördinator Wmo en participatie · Elburg
date: 20 november 2025
lang: nl
---

06-84736251 · hester.bakkenes@example.nl · Elburg

## Profiel

Coördinator Wmo met tien jaar ervaring in Elburg. Praktisch, betrokken en altijd met de inwoner voor ogen.

## Werkervaring

{_table_positions(hb)}
### Taken en resultaten als coördinator

{"".join(f"- {t}{chr(10)}" for t in hb[0]["tasks"])}
## Opleiding

- MBO Sociaal Werk, niveau 4 — ROC Aventus Apeldoorn, diploma 2005
- Leergang Leidinggeven in het sociaal domein — Academie Vitaal Leiderschap, certificaat 2017

## Referenties

Anja Mulderij, teammanager Wmo, gemeente Elburg, 06-92817364

Karel Vos, wethouder Sociaal Domein, gemeente Elburg, 06-92817365

## Uurtarief

{HB_RATE}
"""
HB_CSS = """
@page { size: A4; margin: 16mm 18mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1f2933; max-width: none;
       margin: 0; padding: 0; line-height: 1.4; }
header#title-block-header { border-bottom: 3px solid #0b7285; margin-bottom: 10pt; padding-bottom: 6pt; }
h1.title { font-size: 24pt; margin: 0; color: #0b7285; text-align: left; }
p.author { font-size: 12pt; margin: 2pt 0 0 0; color: #495057; }
p.date { font-size: 8pt; color: #868e96; margin: 2pt 0 0 0; }
h2 { font-variant: small-caps; font-size: 13pt; color: #0b7285; margin: 12pt 0 4pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th { text-align: left; border-bottom: 1px solid #0b7285; color: #0b7285; }
td, th { padding: 3pt 4pt; vertical-align: top; }
td:last-child, th:last-child { text-align: right; white-space: nowrap; color: #495057; }
ul { padding-left: 14pt; margin: 2pt 0; }
"""
cv(file="Hester Bakkenes.pdf", fmt="pdf", producer="pandoc",
   name="Hester Bakkenes", email="hester.bakkenes@example.nl", phone="06-84736251", rate=HB_RATE,
   exp=hb, crit_text={"6": HB6, "7": HB7, "8": HB8}, refs=["Anja Mulderij", "Karel Vos"],
   markdown=HB_MD, pandoc_args=[], css=HB_CSS,
   expect=dict(pages=1, edu=("mbo", False, False), coord=127, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="pandoc -s --css (builder-like stylesheet) -> Chromium. Title block: name, author line as a "
                     "subtitle, date '20 november 2025' (the date of the CV, no experience). Experience as a pipe "
                     "table Functie | Werkgever | Periode. Coördinator Wmo en Participatie, Gemeente Elburg 'mei 2015 "
                     "– heden' = 2015-05..2025-11 = 127 (relevant); Wmo-consulent and thuisbegeleiding: no leading "
                     "title. Education: only 'MBO Sociaal Werk, niveau 4 — ROC Aventus Apeldoorn, diploma 2005' and "
                     "a certificate course -> highest level mbo, no HBO bachelor -> knock-out 2 fail. Not eligible "
                     "(85 points)."))


# ------------------------------------------------------------------------- Wilco Sikkema (word: nested tables)
# The page header is a table (name | phone · e-mail); the body one layout table (5 cm | 12 cm) whose cells hold
# nested tables: personal details and education (label | value) on the left, one nested table per position
# (Periode / Functie / Werkgever / Taken) on the right, and under "Referentie" ONE referee.
WS6 = ("Voorbeeld: het beleidsplan Samen Noordoostpolder heb ik vertaald naar een jaarwerkplan met concrete "
       "projecten en resultaten (buurtkamers in Emmeloord, een vrijwilligerspunt, een ouderenadviseur per dorp).")
WS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar De Friesland en een publiek-private "
       "samenwerking (PPS) met lokale bedrijven.")
WS8 = "Projectleider van het verandertraject Welzijn op Recept, met projectplan en stuurgroep."
ws = [pos("april 2014 – heden", "Manager Welzijn", "Stichting Welzijnswerk Noordoostpolder",
          ["Leiding aan 38 medewerkers in vier teams: formatie, werving en selectie, budget.", WS6, WS7, WS8],
          ("2014-04", REF), 140, True),
      pos("2009 – maart 2014", "Coördinator Ouderenwerk", "Stichting Welzijnswerk Noordoostpolder",
          ["Coördinatie van de ouderenadviseurs en de vrijwilligers."],
          ("2009-01", "2014-03"), 63, True, yearonly=True),
      pos("2004 – 2008", "Ouderenadviseur", "Stichting Welzijnswerk Noordoostpolder",
          ["Huisbezoeken en advies aan ouderen."],
          ("2004-01", "2008-12"), 60, False, yearonly=True)]
WS_RATE = "€ 89,-"
cv(file="Wilco Sikkema.docx", fmt="docx", producer="word",
   name="Wilco Sikkema", email="wilco.sikkema@example.nl", phone="06-71628394", rate=WS_RATE,
   exp=ws, crit_text={"6": WS6, "7": WS7, "8": WS8}, refs=["Fenna Hoogeboom"],
   word=dict(kind="nested",
             header=("Wilco Sikkema", "06-71628394  ·  wilco.sikkema@example.nl"),
             title="Curriculum vitae",
             left=[("h", "Persoonlijk"),
                   ("rows", [("Woonplaats", "Emmeloord"), ("Rijbewijs", "B"), ("Uurtarief", WS_RATE)]),
                   ("h", "Opleiding"),
                   ("rows", [("2000 – 2004", "HBO Sociaal Pedagogische Hulpverlening, Hogeschool Windesheim "
                                             "Zwolle, diploma behaald")]),
                   ("h", "Talen"),
                   ("rows", [("Nederlands", "moedertaal"), ("Engels", "goed")])],
             right=[("h", "Profiel"),
                    ("p", "Manager welzijn in de Noordoostpolder met twintig jaar ervaring in het welzijnswerk, "
                          "waarvan ruim zestien jaar leidinggevend."),
                    ("h", "Werkervaring"),
                    ("jobtables", ws),
                    ("h", "Referentie"),
                    ("p", "Fenna Hoogeboom, voorzitter raad van toezicht, Stichting Welzijnswerk Noordoostpolder, "
                          "06-26391847")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=203, refs=(1, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="python-docx DOCX: a table in the page header (name | phone · e-mail), a layout table with "
                     "nested tables (personal details, education, languages; one table per position). Manager "
                     "Welzijn, Stichting Welzijnswerk Noordoostpolder 'april 2014 – heden' = 2014-04..2025-11 = 140 "
                     "+ Coördinator Ouderenwerk, same foundation, '2009 – maart 2014' = 2009-01..2014-03 = 63 -> "
                     "203 (narrowest 2009-12.. -> 192). Ouderenadviseur: no leading title. HBO SPH, diploma -> hbo, "
                     "not MWD. Under 'Referentie' ONE referee (Fenna Hoogeboom), no 'op aanvraag' -> count 1 -> "
                     "references check fail. The candidate's own name and phone in the header table are no "
                     "referee. Not eligible (85 points)."))
