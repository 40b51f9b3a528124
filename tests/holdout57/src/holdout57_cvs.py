# -*- coding: utf-8 -*-
"""Holdout round 57 for zeef: CVs as other real producers write them. 8 fictional CVs (6 eligible, 2 not eligible
for a plain reason), each made by a producer or route that rounds 2-55 did not use:

  latex     pdflatex (Debian's texlive) with the moderncv class, style "classic": the periods in moderncv's
            left "hints" column, "title, employer." on one line, fontawesome5 icons before phone and e-mail,
            Dutch hyphenation (babel), T1 Latin Modern Sans with its fi / fl ligatures
  gdocs     a DOCX written the way Google Docs exports one (src/gdocs57.py writes the package by hand): borderless
            tables for columns, table styles called "Table1", "Table2", ..., rsid attributes of zeros and <w:rtl w:val="0"/>
            on every run, "_heading=h...." bookmarks in the headings, bullets from numbering.xml with "●" / "○",
            e-mail as a w:hyperlink, a soft line break (w:br) between title and employer, and NO docProps at all
            (Google Docs writes none), so the page count is an estimate
  odt       a Writer document (.odt, written as flat XML by src/odt57.py) whose periods stand in small FRAMES anchored
            to each title paragraph, left of the text, and whose contact block is a frame anchored to the page;
            saved as DOCX by LibreOffice (mc:AlternateContent: wps text box + VML fallback)
  canva     a one-page design-tool export (src/pdf57.py): every WORD its own text object placed by absolute
            coordinates (BT /F Tf Tm [<glyphs>] TJ ET), no space characters at all, letter-spaced headings by Tc,
            a coloured sidebar; written in reading order
  ocr       a scanned CV made searchable the way OCR tools do (src/pdf57.py): each page a JPEG image, over it an
            INVISIBLE text layer (text render mode 3), one text object per line, every word placed and stretched
            (Tz) over its box on the image
  weasy     HTML + CSS printed by WeasyPrint (what many web CV builders use): flex rows "period | content", the
            header as a flex row with the contact right-aligned
  pandoc    Markdown converted by pandoc's DOCX writer: YAML title block (Title, Subtitle, Date styles),
            definition lists (period -> title, employer, tasks), a pipe table for the education, pandoc's
            reference.docx statistics in docProps/app.xml (<Pages>1</Pages> whatever the length)
  abiword   a python-docx document printed to PDF by AbiWord (cairo): one column for the name and profile, then a
            CONTINUOUS section in TWO columns; Word shows it starting under the profile, AbiWord starts it on a
            new page (page 2 in two newspaper columns, a referee split over the column break)

Every person, phone number, e-mail address and referee is made up. Employers are real municipalities and
fictional foundations; real hogescholen appear as schools. See tests/holdout2/src/cvset.py for the shared field
list; the extra key "doc" holds the CV's content in a producer-neutral form (every producer lays out the same
fields its own way) and "producer" says which producer writes the file.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
_cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def cv(doc, **kw):
    """A CV from its producer-neutral content: the shared fields follow from doc."""
    kw.setdefault("name", doc["name"])
    kw.setdefault("email", doc["email"])
    kw.setdefault("phone", doc["phone"])
    kw.setdefault("rate", doc["rate"])
    kw.setdefault("exp", doc["jobs"])
    kw.setdefault("refs", [r[0] for r in doc["refs"]])
    return _cv(doc=doc, **kw)


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Marloes Hengeveld (pdflatex, moderncv)
MH6 = ("Voorbeeld beleid naar resultaat: de nota Welzijn in de Wijk heb ik met het team vertaald naar een "
       "jaarwerkplan met vijf concrete projecten; monitoring en rapportage aan het college elk halfjaar.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking "
       "(PPS) Zutphen Gezond.")
MH8 = ("Projectleider van het verandertraject Samen in de Buurt: van losse welzijnsactiviteiten naar één "
       "wijkgerichte werkwijze voor drie buurtteams.")
MH = dict(
    name="Marloes Hengeveld", role="Manager welzijn en zorg",
    city="Zutphen", phone="06-41827356", email="marloes.hengeveld@example.nl",
    profile=["Manager in het sociaal domein met ruim dertien jaar leidinggevende ervaring bij een gemeente en een "
             "welzijnsstichting in de Stedendriehoek. Ik verbind beleid en uitvoering, geef teams richting en "
             "ruimte en werk methodisch en cyclisch. Collega's kennen mij als flexibel, besluitvaardig en financieel "
             "scherp."],
    jobs=[pos("mei 2018 – heden", "Manager Welzijn en Zorg", "Gemeente Zutphen",
              ["Leiding aan het cluster welzijn en zorg (22 medewerkers): formatie, werving en selectie, inzet van "
               "uren en budget.", MH6, MH7],
              ("2018-05", REF), 91, True),
          pos("sep. 2012 – apr. 2018", "Coördinator Buurtteams", "Stichting Welzijn Eefde-Gorssel",
              ["Coördinatie van drie buurtteams en 140 vrijwilligers; werkplanning en kwaliteitszorg.", MH8],
              ("2012-09", "2018-04"), 68, True),
          pos("jan. 2008 – aug. 2012", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Zutphen",
              ["Individuele hulpverlening aan gezinnen en ouderen; groepswerk voor mantelzorgers."],
              ("2008-01", "2012-08"), 56, False)],
    edu=[dict(d="2003 – 2007", t="Bachelor Maatschappelijk Werk en Dienstverlening", s="Saxion Hogeschool",
              place="Deventer", st="diploma behaald"),
         dict(d="1997 – 2003", t="Atheneum", s="Baudartius College", place="Zutphen", st="diploma behaald")],
    courses=[("2016", "Leergang Leidinggeven in het sociaal domein, Bestuursacademie Nederland"),
             ("2021", "Training Methodisch werken met DA Systems")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "goed"), ("Duits", "redelijk")],
    refs=[("Gerard Wolbrink", "gemeentesecretaris, gemeente Zutphen", "06-52817364"),
          ("Ilse Vreman", "directeur-bestuurder, Stichting Welzijn Eefde-Gorssel", "06-52817365")],
    rate="€ 89,50 per uur, exclusief btw",
    avail="24 uur per week, per 1 december 2025",
)
cv(MH, file="Marloes Hengeveld.pdf", fmt="pdf", producer="latex",
   crit_text={"6": MH6, "7": MH7, "8": MH8},
   must_have=["Manager Welzijn en Zorg, Gemeente Zutphen",
              "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer, diploma behaald"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=False, hourly=89.5, crit=FULL,
               notes="pdflatex + moderncv (classic): periods in the left hints column. Manager Welzijn en Zorg, "
                     "Gemeente Zutphen 'mei 2018 – heden' = 2018-05..2025-11 = 91 (manager, welzijn/zorg, "
                     "gemeente) + Coördinator Buurtteams, Stichting Welzijn Eefde-Gorssel 'sep. 2012 – apr. 2018' = "
                     "2012-09..2018-04 = 68 (coördinator, buurtteams = social-domain neighbourhood teams, a "
                     "welzijnsstichting) -> 159. Maatschappelijk werker (56) has no leading title. Education "
                     "'2003 – 2007' in the same hints column as the periods, under 'Opleiding': Bachelor MWD, "
                     "Saxion, 'diploma behaald' -> hbo, MWD (crit 4); it is no position. Crit 6 (nota -> "
                     "jaarwerkplan with concrete projecten), 7 (zorgaanbieders, huisartsen, zorgverzekeraar, PPS), "
                     "8 (projectleider verandertraject). Two referees with phone. € 89,50 -> 89.5. 100 points. "
                     "The fontawesome icons before phone and e-mail are glyphs of their own; the ligatures in "
                     "'flexibel', 'financieel' are in the profile only."))


# ------------------------------------------------------------------------- Sanne Wolbers (Canva-like, word runs)
SW6 = ("Voorbeeld beleid naar resultaat: het beleidsplan Sociaal Domein heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten per kern, met monitoring en een halfjaarlijkse rapportage.")
SW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking "
       "(PPS) Achterhoek Vitaal.")
SW8 = "Projectleider van de reorganisatie van de toegang: één loket voor Wmo, jeugd en welzijn."
SW = dict(
    name="Sanne Wolbers", role="Manager sociaal domein",
    city="Eibergen", phone="06-51938274", email="sanne.wolbers@example.nl",
    profile=["Verbindend manager in het sociaal domein. Ik geef teams richting, maak afspraken concreet en houd "
             "het perspectief van de inwoner voorop."],
    jobs=[pos("jun. 2020 – heden", "Manager Sociaal Domein", "Gemeente Berkelland",
              ["Leiding aan de teams Wmo, jeugd en welzijn (26 medewerkers): formatie, werving en selectie, budget.",
               SW6, SW8],
              ("2020-06", REF), 66, True),
          pos("mrt. 2014 – mei 2020", "Coördinator Wijkteams", "Gemeente Oost Gelre",
              ["Coördinatie van vier wijkteams; werkverdeling en casusoverleg.", SW7],
              ("2014-03", "2020-05"), 75, True),
          pos("sep. 2009 – feb. 2014", "Wijkcoach", "Stichting Welzijn Oost Gelre",
              ["Ondersteuning van bewoners en vrijwilligers in Groenlo en Lichtenvoorde."],
              ("2009-09", "2014-02"), 54, False)],
    edu=[dict(d="2005 – 2009", t="Bachelor Maatschappelijk Werk en Dienstverlening", s="HAN Hogeschool",
              place="Nijmegen", st="diploma behaald")],
    courses=[("2018", "Leergang Leiderschap in het sociaal domein")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "goed")],
    refs=[("Hanneke Rouwmaat", "wethouder Sociaal Domein, gemeente Berkelland", "06-28374610"),
          ("Bart Wopereis", "teammanager, gemeente Oost Gelre", "06-28374611")],
    rate="€ 91,- per uur",
    avail="24 uur per week",
)
cv(SW, file="Sanne Wolbers.pdf", fmt="pdf", producer="canva",
   crit_text={"6": SW6, "7": SW7, "8": SW8},
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=91.0, crit=FULL,
               notes="Design-tool export, every word its own text object placed by coordinates (no space "
                     "characters). Manager Sociaal Domein, Gemeente Berkelland 'jun. 2020 – heden' = "
                     "2020-06..2025-11 = 66 + Coördinator Wijkteams, Gemeente Oost Gelre 'mrt. 2014 – mei 2020' = "
                     "2014-03..2020-05 = 75 -> 141 (both leading, social domain, gemeente). Wijkcoach (54) has no "
                     "leading title. Sidebar: Bachelor MWD, HAN, '2005 – 2009, diploma behaald' -> hbo, MWD. "
                     "Crit 6, 7, 8 in the tasks. Two referees with phone in the main column. € 91,- -> 91. 100 "
                     "points; behind Marloes (100, € 89,50) on the rate."))


# ------------------------------------------------------------------------- Joost Ravenhorst (Google Docs DOCX)
JR6 = ("Voorbeeld beleid naar resultaat: het beleidsplan Sociaal Domein vertaald naar een jaarwerkplan met concrete "
       "projecten per kern, met monitoring en een halfjaarlijkse rapportage aan het college.")
JR7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar CZ en de publiek-private samenwerking (PPS) "
       "Epe Vitaal.")
JR8 = "Projectleider van de implementatie van een nieuw registratiesysteem voor Wmo en jeugd."
JR = dict(
    name="Joost Ravenhorst", role="Teamleider sociaal domein",
    city="Apeldoorn", phone="06-38291746", email="joost.ravenhorst@example.com",
    profile=["Teamleider met ruim twaalf jaar leidinggevende ervaring in het sociaal domein, bij een gemeente en "
             "bij een welzijnsstichting op de Veluwe. Ik breng rust en richting in teams en houd de inwoner "
             "centraal."],
    jobs=[pos("maart 2019 – heden", "Teamleider Sociaal Domein", "Gemeente Epe",
              ["Leiding aan het team Wmo, jeugd en welzijn (18 medewerkers): formatie, werving en selectie, "
               "urenverdeling en budget.", JR6, JR8],
              ("2019-03", REF), 81, True),
          pos("januari 2013 – februari 2019", "Coördinator Vrijwilligerswerk en Mantelzorg",
              "Stichting Welzijnswerk Veluwe-Oost",
              ["Coördinatie van het steunpunt mantelzorg en 220 vrijwilligers.", JR7],
              ("2013-01", "2019-02"), 74, True),
          pos("september 2008 – december 2012", "Wmo-consulent", "Gemeente Apeldoorn",
              ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
              ("2008-09", "2012-12"), 52, False)],
    edu=[dict(d="2002 – 2006", t="Bachelor Pedagogiek", s="Hogeschool Windesheim", place="Zwolle",
              st="diploma behaald")],
    courses=[("2020", "Training Oplossingsgericht leidinggeven")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "goed")],
    refs=[("Marianne Kuiper", "teammanager Sociaal Domein, gemeente Epe", "06-29384712"),
          ("Dirk Hoogendoorn", "directeur, Stichting Welzijnswerk Veluwe-Oost", "06-29384713")],
    rate="€ 87,- per uur excl. btw",
    avail="24 uur per week",
)
cv(JR, file="Joost Ravenhorst.docx", fmt="docx", producer="gdocs", post="nopages",
   crit_text={"6": JR6, "7": JR7, "8": JR8},
   expect=dict(pages=2, pages_exact=False, edu=("hbo", True, False), coord=155, refs=(2, False), zzp=False,
               hourly=87.0, crit=(0, 25, 15, 20, 25),
               notes="Google Docs export: no docProps at all, so the page count is an estimate (2 in LibreOffice's "
                     "rendering, 3 away from the limit -> pages pass). Experience in a borderless two-column table: "
                     "period | title, soft line break, employer, bullets. Teamleider Sociaal Domein, Gemeente Epe "
                     "'maart 2019 – heden' = 2019-03..2025-11 = 81 + Coördinator Vrijwilligerswerk en Mantelzorg, "
                     "Stichting Welzijnswerk Veluwe-Oost 'januari 2013 – februari 2019' = 2013-01..2019-02 = 74 "
                     "(vrijwilligerswerk and mantelzorg are welzijn tasks, a welzijnsstichting) -> 155. "
                     "Wmo-consulent has no leading title. Bachelor Pedagogiek, Windesheim, diploma behaald: a "
                     "completed hbo bachelor, not MWD / Social Work -> ko 2 pass, crit 4 = 0. Crit 6, 7, 8 in the "
                     "tasks. Two referees. € 87,- -> 87. 85 points."))


# ------------------------------------------------------------------------- Anke Lubbers (Writer frames -> DOCX)
AL6 = ("Voorbeeld beleid naar resultaat: de Hattemse nota Samen Sterk heb ik vertaald naar een jaarwerkplan met "
       "concrete afspraken per wijk; de resultaten rapporteer ik elk kwartaal aan de wethouder.")
AL7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) Hattem Gezond.")
AL8 = "Projectleider van de herinrichting van de Wmo-toegang: één loket en één werkproces."
AL = dict(
    name="Anke Lubbers", role="Coördinator sociaal team",
    city="Hattem", phone="06-47281935", email="anke.lubbers@example.nl",
    profile=["Coördinator met hart voor het sociaal domein. Ik werk sinds ruim vijf jaar als coördinator van het "
             "sociaal team van Hattem en ken de uitvoering van de Wmo van binnenuit."],
    jobs=[pos("jun. 2020 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
              ["Coördinatie van het sociaal team (12 medewerkers): werkverdeling, casusoverleg, werving en "
               "selectie.", AL6, AL7],
              ("2020-06", REF), 66, True),
          pos("mrt. 2014 – mei 2020", "Wmo-consulent", "Gemeente Hattem",
              ["Keukentafelgesprekken en indicaties voor de Wmo.", AL8],
              ("2014-03", "2020-05"), 75, False),
          pos("aug. 2009 – feb. 2014", "Maatschappelijk werker", "Stichting Welzijn Oldebroek",
              ["Hulpverlening aan gezinnen en ouderen."],
              ("2009-08", "2014-02"), 55, False)],
    edu=[dict(d="2005 – 2009", t="HBO Maatschappelijk Werk en Dienstverlening", s="Hogeschool Windesheim",
              place="Zwolle", st="diploma behaald")],
    courses=[("2019", "Training Motiverende gespreksvoering")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "redelijk")],
    refs=[("Carla Bosch", "teamleider Sociaal Domein, gemeente Hattem", "06-37281940"),
          ("Evert Mulder", "wethouder, gemeente Hattem", "06-37281941")],
    rate="€ 84,50 per uur (excl. btw)",
    avail="24 uur per week",
)
cv(AL, file="Anke Lubbers.docx", fmt="docx", producer="odt",
   crit_text={"6": AL6, "7": AL7, "8": AL8},
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=84.5,
               crit=(15, 0, 15, 20, 25),
               notes="Writer document with the periods in frames anchored to the title paragraphs, saved as DOCX "
                     "by LibreOffice. Only Coördinator Sociaal Team, Gemeente Hattem 'jun. 2020 – heden' = "
                     "2020-06..2025-11 = 66 counts (coordinator, social domain, gemeente); Wmo-consulent (75) and "
                     "Maatschappelijk werker (55) have no leading title. 66 is month-exact: >= 60 -> ko 3 pass, "
                     "< 72 -> crit 5 = 0. The profile's 'sinds ruim vijf jaar' is prose without a period. HBO MWD "
                     "Windesheim, diploma behaald -> hbo, MWD. Crit 6, 7 in the coordinator's tasks, crit 8 "
                     "(projectleider herinrichting Wmo-toegang) in the consulent's. Two referees. € 84,50. 75 "
                     "points; ties with Wim Stoltenborg (75, € 86,00) and wins on the rate."))


# ------------------------------------------------------------------------- Wim Stoltenborg (OCR: image + Tr 3)
WS6 = ("Voorbeeld beleid naar resultaat: het gemeentelijke ouderenbeleid heb ik vertaald naar een jaarwerkplan met "
       "concrete activiteiten per wijk; we volgen de resultaten met een monitor en rapporteren twee keer per jaar.")
WS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) Apeldoorn Vitaal.")
WS = dict(
    name="Wim Stoltenborg", role="Coördinator welzijn ouderen",
    city="Apeldoorn", phone="06-23948571", email="wim.stoltenborg@example.nl",
    profile=["Ervaren coördinator in het welzijnswerk voor ouderen. Ik stuur een team van ouderenadviseurs en "
             "vrijwilligers aan en zorg dat het werk aansluit bij wat inwoners nodig hebben."],
    jobs=[pos("april 2015 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Apeldoorn-Zuid",
              ["Coördinatie van acht ouderenadviseurs, de mantelzorgondersteuning en 160 vrijwilligers; "
               "werkverdeling, werving en selectie en budget.", WS6, WS7],
              ("2015-04", REF), 128, True),
          pos("februari 2010 – maart 2015", "Ouderenadviseur", "Stichting Welzijn Apeldoorn-Zuid",
              ["Huisbezoeken en advies over wonen, welzijn en zorg."],
              ("2010-02", "2015-03"), 62, False)],
    edu=[dict(d="2000 – 2004", t="HBO Maatschappelijk Werk en Dienstverlening", s="Saxion Hogeschool",
              place="Deventer", st="diploma behaald")],
    courses=[("2017", "Cursus Dementievriendelijk werken")],
    langs=[("Nederlands", "moedertaal"), ("Duits", "redelijk")],
    refs=[("Annet Scholten", "directeur, Stichting Welzijn Apeldoorn-Zuid", "06-41928374"),
          ("Henk Pieterse", "beleidsadviseur ouderen, gemeente Apeldoorn", "06-41928375")],
    rate="€ 86,00 per uur",
    avail="24 uur per week",
)
cv(WS, file="Wim Stoltenborg.pdf", fmt="pdf", producer="ocr",
   crit_text={"6": WS6, "7": WS7},
   expect=dict(pages=1, edu=("hbo", True, True), coord=128, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 0),
               notes="A scanned CV made searchable: the page is a JPEG image, the text an invisible layer (render "
                     "mode 3) with every word placed over its box. Coördinator Welzijn Ouderen, Stichting Welzijn "
                     "Apeldoorn-Zuid 'april 2015 – heden' = 2015-04..2025-11 = 128 (coördinator, welzijn, a "
                     "welzijnsstichting); Ouderenadviseur (62) has no leading title. HBO MWD Saxion, diploma "
                     "behaald -> hbo, MWD. Crit 6 and 7 in the tasks; no project or change work anywhere -> crit "
                     "8 = 0 (checked against the broad word list). Two referees. € 86,00 -> 86. 75 points; ties "
                     "with Anke Lubbers (€ 84,50) and loses on the rate."))


# ------------------------------------------------------------------------- Femke Harbers (AbiWord, 2-col section)
FH7 = ("Samenwerking met zorgaanbieders, huisartsen, jeugdhulpaanbieders, zorgverzekeraar Menzis en de "
       "publiek-private samenwerking (PPS) Voorst Gezond.")
FH8 = ("Projectleider van de transformatie jeugdhulp in Voorst: één toegang, een praktijkondersteuner jeugd bij "
       "elke huisarts.")
FH = dict(
    name="Femke Harbers", role="Coördinator jeugd en welzijn",
    city="Twello", phone="06-19283746", email="femke.harbers@example.nl",
    profile=["Ik ben coördinator jeugd en welzijn bij de gemeente Voorst en was daarvoor teamleider Wmo in Lochem. "
             "Ik werk graag in een kleine gemeente, waar de lijnen kort zijn en je samen met collega's en "
             "inwoners resultaat boekt.",
             "Mijn kracht: teams meenemen in verandering, helder communiceren en knopen doorhakken als dat nodig "
             "is. Ik ben nieuwsgierig, nuchter en werk graag met cijfers: wat werkt, houden we vast, wat niet "
             "werkt, stoppen we.",
             "Naast mijn werk ben ik voorzitter van de ouderraad van de basisschool van mijn kinderen en loop ik "
             "hard bij de atletiekvereniging in Twello."],
    jobs=[pos("augustus 2017 – heden", "Coördinator Jeugd en Welzijn", "Gemeente Voorst",
              ["Coördinatie van het team jeugd en welzijn (15 medewerkers): werkverdeling, werving en selectie, "
               "budget.", FH7, FH8],
              ("2017-08", REF), 100, True),
          pos("oktober 2011 – juli 2017", "Teamleider Wmo", "Gemeente Lochem",
              ["Leiding aan twaalf Wmo-consulenten; werkoverleg, casuïstiek en jaargesprekken.",
               "Inrichting van het registratiesysteem en de kwartaalcijfers voor het college."],
              ("2011-10", "2017-07"), 70, True),
          pos("maart 2006 – september 2011", "Jeugdconsulent", "Gemeente Lochem",
              ["Gesprekken met gezinnen en indicaties voor jeugdhulp."],
              ("2006-03", "2011-09"), 67, False)],
    edu=[dict(d="2001 – 2005", t="Bachelor Bestuurskunde/Overheidsmanagement", s="Saxion Hogeschool",
              place="Enschede", st="diploma behaald")],
    courses=[("2014", "Leergang Teamleiderschap, Bestuursacademie Nederland"),
             ("2020", "Training Methodisch werken met DA Systems")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "goed"), ("Duits", "redelijk")],
    refs=[("Jolanda Brinkhorst", "teammanager Samenleving, gemeente Voorst", "06-50283746"),
          ("Ruud Oplaat", "afdelingshoofd Sociaal Domein, gemeente Lochem", "06-50283747")],
    rate="€ 85,- per uur",
    avail="24 uur per week, per 1 december 2025",
)
cv(FH, file="Femke Harbers.pdf", fmt="pdf", producer="abiword",
   crit_text={"7": FH7, "8": FH8},
   expect=dict(pages=2, edu=("hbo", True, False), coord=170, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 0, 20, 25),
               notes="python-docx document printed by AbiWord: name and profile in one column, then a continuous "
                     "section in two columns, which AbiWord starts on a new page: page 1 is the profile alone, "
                     "page 2 two columns (the left one from the experience to the name of the second referee, "
                     "the right one from that referee's role and phone to the rate). Coördinator Jeugd en Welzijn, Gemeente Voorst "
                     "'augustus 2017 – heden' = 2017-08..2025-11 = 100 + Teamleider Wmo, Gemeente Lochem "
                     "'oktober 2011 – juli 2017' = 2011-10..2017-07 = 70 -> 170. Jeugdconsulent (67) has no leading "
                     "title. Bachelor Bestuurskunde/Overheidsmanagement, diploma behaald: hbo, not MWD -> crit 4 = "
                     "0. No policy-to-results example (no 'beleid', 'uitvoering', 'jaarwerkplan', ... anywhere) "
                     "-> crit 6 = 0. Crit 7 and 8 in the Voorst tasks. Two referees. € 85,- -> 85. 70 points."))


# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Ingrid Wesselink (WeasyPrint): ko 3
IW6 = ("Voorbeeld beleid naar resultaat: de nota Doesburg Doet Mee vertaald naar een jaarwerkplan met concrete "
       "projecten en een halfjaarlijkse rapportage aan de raad.")
IW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking "
       "(PPS) Liemers Vitaal.")
IW8 = "Projectleider van de reorganisatie van het welzijnswerk in Doesburg."
IW = dict(
    name="Ingrid Wesselink", role="Teamleider welzijn",
    city="Doesburg", phone="06-30492817", email="ingrid.wesselink@example.nl",
    profile=["Teamleider welzijn bij de gemeente Doesburg, daarvoor zeven jaar beleidsadviseur in het sociaal "
             "domein van dezelfde gemeente. Ik ken beleid en uitvoering allebei van dichtbij."],
    jobs=[pos("april 2021 – heden", "Teamleider Welzijn", "Gemeente Doesburg",
              ["Leiding aan het team welzijn (9 medewerkers): formatie, werving en selectie, budget.", IW7, IW8],
              ("2021-04", REF), 56, True),
          pos("januari 2014 – maart 2021", "Beleidsadviseur Sociaal Domein", "Gemeente Doesburg",
              ["Advies aan het college over Wmo, jeugd en welzijn.", IW6],
              ("2014-01", "2021-03"), 87, False),
          pos("september 2008 – december 2013", "Jongerenwerker", "Stichting Jongerenwerk De Liemers",
              ["Ambulant jongerenwerk in Doesburg en Zevenaar."],
              ("2008-09", "2013-12"), 64, False)],
    edu=[dict(d="2004 – 2008", t="HBO Maatschappelijk Werk en Dienstverlening", s="Hogeschool Arnhem en Nijmegen",
              place="Nijmegen", st="diploma behaald")],
    courses=[("2021", "Leergang Leidinggeven aan professionals")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "goed")],
    refs=[("Monique Gerritsen", "afdelingsmanager Samenleving, gemeente Doesburg", "06-48203917"),
          ("Johan Berendsen", "wethouder Sociaal Domein, gemeente Doesburg", "06-48203918")],
    rate="€ 83,- per uur",
    avail="24 uur per week",
)
cv(IW, file="Ingrid Wesselink.pdf", fmt="pdf", producer="weasy",
   crit_text={"6": IW6, "7": IW7, "8": IW8},
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="WeasyPrint, flex rows 'period | content'. Only Teamleider Welzijn, Gemeente Doesburg 'april "
                     "2021 – heden' = 2021-04..2025-11 = 56 counts; Beleidsadviseur Sociaal Domein (87) and "
                     "Jongerenwerker (64) have no leading title. 56 is month-exact, < 60 -> ko 3 fail (not review), "
                     "crit 5 = 0. Otherwise complete: HBO MWD, crit 6 (in the adviser's tasks: experience with "
                     "policy to projects counts whatever the title), 7, 8, two referees, € 83. 75 points, not "
                     "eligible."))


# ------------------------------------------------------------------------- Bert Kloosterman (pandoc DOCX): ko 2
BK6 = ("Voorbeeld beleid naar resultaat: de Brummense nota Iedereen Doet Mee vertaald naar een jaarwerkplan met "
       "concrete projecten per kern; monitoring en rapportage aan de raad.")
BK7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de publiek-private samenwerking "
       "(PPS) Brummen Vitaal.")
BK8 = "Projectleider van de transitie van het welzijnswerk naar één brede welzijnsorganisatie."
BK = dict(
    name="Bert Kloosterman", role="Coördinator welzijn en participatie",
    city="Eerbeek", phone="06-58203947", email="bert.kloosterman@example.nl",
    profile=["Coördinator in het sociaal domein met ruim elf jaar ervaring bij de gemeente Brummen."],
    jobs=[pos("januari 2014 – heden", "Coördinator Welzijn en Participatie", "Gemeente Brummen",
              ["Coördinatie van het team welzijn en participatie (11 medewerkers).", BK6, BK7, BK8],
              ("2014-01", REF), 143, True),
          pos("augustus 2008 – december 2013", "Opbouwwerker", "Stichting Welzijn Brummen-Eerbeek",
              ["Buurtwerk en bewonersinitiatieven in Eerbeek."],
              ("2008-08", "2013-12"), 65, False)],
    edu=[dict(d="1998 – 2001", t="HBO Maatschappelijk Werk en Dienstverlening", s="Hogeschool Windesheim",
              place="Zwolle", st="nee, niet afgerond"),
         dict(d="1994 – 1998", t="MBO Sociaal Pedagogisch Werk, niveau 4", s="ROC Aventus", place="Apeldoorn",
              st="ja")],
    courses=[("2015", "Training Coachend leidinggeven")],
    langs=[("Nederlands", "moedertaal"), ("Engels", "redelijk")],
    refs=[("Gerda Lammers", "teammanager Samenleving, gemeente Brummen", "06-39201847"),
          ("Peter Wessels", "directeur, Stichting Welzijn Brummen-Eerbeek", "06-39201848")],
    rate="€ 80,- per uur",
    avail="24 uur per week",
)
cv(BK, file="Bert Kloosterman.docx", fmt="docx", producer="pandoc",
   crit_text={"6": BK6, "7": BK7, "8": BK8},
   must_have=["nee, niet afgerond"],
   expect=dict(pages=1, edu=("mbo", False, False), coord=143, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="pandoc's DOCX writer (Markdown: definition lists for the positions, a pipe table Periode | "
                     "Opleiding | Instelling | Diploma for the education). The HBO MWD row says 'nee, niet "
                     "afgerond' in the Diploma column; the MBO SPW niveau 4 row 'ja' -> highest completed level "
                     "mbo -> ko 2 fail, crit 4 = 0. Coördinator Welzijn en Participatie, Gemeente Brummen 'januari "
                     "2014 – heden' = 2014-01..2025-11 = 143; Opbouwwerker (65) has no leading title. Crit 6, 7, 8 "
                     "in the tasks; two referees; € 80,- -> 80. 85 points, not eligible (a wrong pass would rank "
                     "him third, before Joost Ravenhorst's 85 at € 87). pandoc writes its reference.docx's "
                     "docProps/app.xml, <Pages>1</Pages>; the CV is one page in LibreOffice's rendering, so the "
                     "statistic happens to be right."))
