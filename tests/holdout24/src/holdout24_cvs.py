# -*- coding: utf-8 -*-
"""Holdout round 24: DOCX files as Word and other editors really write them. The CV texts (as blocks of
inline WordprocessingML markup, see wordml.py) and the hand-checked expectations.

Fields as in tests/holdout2/src/cvset.py, plus:
  producer   word | minimal | lo-html          (how wordml.py writes the file)
  blocks     the body; ("title"|"h"|"p"|"bold", markup), ("num", markup, numId), ("table", widths, rows),
             ("textbox", [markup...]), ("sdt", alias, [markup...]), ("delp", text), ("insp", text);
             lo-html also ("ol"|"ul", [items]) and ("table", [[cells]])
  hdr / ftr  page header / footer paragraphs (markup)
  deleted    text that is in the file only as deleted (w:del) or moved-from text: a careful reader does
             not see it (expect24.py checks it is absent from the reading text and present in the XML)
  hidden     other text in the file that is no CV content (field instructions, the comment)
Reference date 2025-11.
"""
from cvset import REF, collector, pos

CVS = []
cv = collector(CVS)

C7 = ("Samenwerking met zorgaanbieders, huisartsen, de zorgverzekeraar en woningcorporaties, "
      "onder meer in een publiek-private samenwerking (PPS) voor de wijkgezondheidscentra.")

# 1 ---------------------------------------------------------------------------------------------------
cv(file="Anouk Verbeek.docx", fmt="docx", producer="word",
   name="Anouk Verbeek", email="anouk.verbeek@example.nl", phone="06-41237789", rate="€ 88,50",
   ftr=["Anouk Verbeek – cv – pagina {fld:PAGE|1}"],
   blocks=[
       ("title", "Anouk {|}Verbeek"),
       ("p", "E-mail: {fld:HYPERLINK \"mailto:anouk.verbeek@example.nl\"|anouk.verbeek@example.nl}{tab}"
             "Telefoon: 06{nbh}41237789{tab}Woonplaats: Vaassen"),
       ("h", "Profiel"),
       ("p", "Ervaren coör{|}{pe}dinator in het sociaal domein met ruim tien jaar leiding{shy}gevende "
             "ervaring bij gemeente en welzijns{shy}stichting. Ik verbind beleid en uitvoering en houd van "
             "korte lijnen met de wijk."),
       ("h", "Werkervaring"),
       ("bold", "januari 2015 – heden{tab}Coör{pe}dinator Wmo{br}Gemeen{bm}te Epe"),
       ("p", "Leiding aan het Wmo-team (16 medewerkers), formatie, budget en werving & selectie. "
             "Voorbeeld beleid naar resultaat: de nota ‘Samen Sterk in Epe’ omgezet in vier concrete "
             "projecten, vastgelegd in het jaarwerkplan, met halfjaarlijkse monitoring en rapportage aan het college."),
       ("p", C7),
       ("bold", "maart 2011 – december 2014{tab}Teamleider Welzijn{br}Stichting Welzijn{nbsp}Voorst"),
       ("p", "Projectleider van de reorganisatie van het welzijnswerk naar wijkteams (verandertraject van "
             "anderhalf jaar)."),
       ("bold", "2008 – 2011{tab}Wmo-consu{shy}lent{br}Gemeente Apeldoorn"),
       ("p", "Keukentafel{shy}gesprekken en indicaties voor huishoudelijke hulp."),
       ("h", "{lrpb}Opleiding"),
       ("p", "HBO Maatschap{shy}pelijk Werk en Dienst{shy}verlening (bachelor), Saxion Hogeschool Deventer, "
             "2004 – 2008, diploma behaald"),
       ("h", "Referenties"),
       ("p", "Mevrouw T. Hendriks, wethouder sociaal domein, gemeente Epe, 06{nbh}11223344"),
       ("p", "De heer P. de Lange, directeur Stichting Welzijn Voorst, 06{nbh}55667788"),
       ("h", "Tarief en beschikbaarheid"),
       ("p", "Uurtarief: €{nbsp}88,50 excl. btw; beschikbaar voor 24{nbsp}uur per week."),
   ],
   hidden=["HYPERLINK", "mailto:", "PAGE"],
   exp=[pos("januari 2015 – heden", "Coördinator Wmo", "Gemeente Epe", [], ("2015-01", REF), 131, True),
        pos("maart 2011 – december 2014", "Teamleider Welzijn", "Stichting Welzijn Voorst", [],
            ("2011-03", "2014-12"), 46, True),
        pos("2008 – 2011", "Wmo-consulent", "Gemeente Apeldoorn", [], ("2008-01", "2011-12"), 48, False,
            yearonly=True)],
   crit_text={"6": "omgezet in vier concrete projecten", "7": C7, "8": "Projectleider van de reorganisatie"},
   refs=["T. Hendriks", "P. de Lange"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=177, refs=(2, False), zzp=False, hourly=88.5,
               crit=(15, 25, 15, 20, 25),
               notes="Word run structure: 'Coör' + 'dinator' in two runs with a proofErr between, 'Gemeen' + "
                     "bookmark + 'te Epe', soft hyphens inside 'Maatschap-pelijk' / 'Dienst-verlening' / "
                     "'Wmo-consu-lent' (w:softHyphen: no character), phone with w:noBreakHyphen (06-41237789), "
                     "non-breaking spaces in 'Stichting Welzijn Voorst' and '€ 88,50', w:tab between period and "
                     "title and w:br between title and employer in one paragraph, the e-mail as a complex "
                     "HYPERLINK field (instruction 'HYPERLINK \"mailto:…\"' is no content, the result is), a PAGE "
                     "field in the footer, w:lastRenderedPageBreak. Months: Coördinator Wmo, Gemeente Epe "
                     "2015-01..2025-11 = 131; Teamleider Welzijn, Stichting Welzijn Voorst 2011-03..2014-12 = 46 "
                     "-> 177 (>= 72). Wmo-consulent: no leading role. HBO MWD diploma behaald -> ko 2 pass, "
                     "criterion 4. Criteria 6 (nota omgezet in concrete projecten, jaarwerkplan), 7 (zorgaanbieders, "
                     "zorgverzekeraar, PPS), 8 (projectleider reorganisatie, verandertraject). 100 points, "
                     "rate 88.50, 2 references."))

# 2 ---------------------------------------------------------------------------------------------------
cv(file="Hidde Schouten.docx", fmt="docx", producer="word",
   name="Hidde Schouten", email="h.schouten@example.com", phone="06-27384950", rate="€ 91,00",
   blocks=[
       ("title", "Hidde Schouten"),
       ("p", "{link:mailto:h.schouten@example.com|h.schouten@example.com} · 06-27384950 · Hattem"),
       ("h", "Profiel"),
       ("p", "{del:Ik werk als zzp'er vanuit mijn eigen onderneming (KvK 60123456) en }"
             "{ins:Ik ben in vaste dienst bij de gemeente Hattem en }ben een verbinder tussen beleid, "
             "uitvoering en de wijk. Teams in beweging brengen is mijn kracht."),
       ("h", "Werkervaring"),
       ("p", "{mfrom:september 2012 – maart 2017: Teamleider Jeugd en Wmo, Gemeente Oldebroek}"),
       ("bold", "april 2017 – heden: Coördinator Sociaal Team, Gemeente Hattem"),
       ("p", "Aansturing van het sociaal team (12 fte) en de voortgang van de opdrachten. Voorbeeld: het "
             "beleidskader preventie vertaald naar concrete projecten en resultaten in het jaarplan. "
             "Kwartiermaker en projectleider bij de transformatie van de jeugdhulp."),
       ("p", C7),
       ("bold", "{mto:september 2012 – maart 2017: Teamleider Jeugd en Wmo, Gemeente Oldebroek}"),
       ("p", "Leiding aan tien consulenten jeugd en Wmo."),
       ("delp", "2010 – 2012: Beleidsmedewerker Wmo, Gemeente Zwolle"),
       ("h", "Opleiding"),
       ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle, 2005 – 2009"
             "{del: (niet afgerond)}{ins:, diploma behaald}"),
       ("h", "Referenties"),
       ("p", "A. Kuipers, burgemeester gemeente Hattem"),
       ("p", "R. Bloemendaal, manager sociaal domein gemeente Oldebroek"),
       ("p", "Uurtarief € 91,00 (exclusief btw)"),
   ],
   deleted=["zzp'er", "eigen onderneming", "KvK 60123456", "(niet afgerond)", "Beleidsmedewerker Wmo, Gemeente Zwolle"],
   zzp_negated=[],
   exp=[pos("april 2017 – heden", "Coördinator Sociaal Team", "Gemeente Hattem", [], ("2017-04", REF), 104, True),
        pos("september 2012 – maart 2017", "Teamleider Jeugd en Wmo", "Gemeente Oldebroek", [],
            ("2012-09", "2017-03"), 55, True)],
   crit_text={"6": "vertaald naar concrete projecten en resultaten", "7": C7, "8": "projectleider bij de transformatie"},
   refs=["A. Kuipers", "R. Bloemendaal"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25),
               notes="Tracked changes left in the file by the supplier. Deleted (w:del/w:delText, not CV content): "
                     "'Ik werk als zzp'er vanuit mijn eigen onderneming (KvK 60123456) en', '(niet afgerond)' after "
                     "the MWD diploma, and a whole deleted paragraph 'Beleidsmedewerker Wmo, Gemeente Zwolle'. "
                     "Inserted (w:ins, counts): 'Ik ben in vaste dienst bij de gemeente Hattem en', ', diploma "
                     "behaald'. The Oldebroek position is moved with w:moveFrom (first line, text in w:t as Word "
                     "writes it: not content) / w:moveTo (after Hattem: content), so it is read once. The e-mail is "
                     "a w:hyperlink. Months: Coördinator Sociaal Team, Gemeente Hattem 2017-04..2025-11 = 104; "
                     "Teamleider Jeugd en Wmo, Gemeente Oldebroek 2012-09..2017-03 = 55 -> 159. zzp false (only "
                     "in deleted text) -> ko 1 pass; HBO MWD diploma behaald -> ko 2 pass, criterion 4. Reading "
                     "the deleted text would give a wrong ko 1 review and a 'niet afgerond' (wrong ko 2 fail). "
                     "Criteria 6, 7, 8 present. 100 points, rate 91 (ranks after Anouk Verbeek, 88.50)."))

# 3 ---------------------------------------------------------------------------------------------------
cv(file="Fatima Ouali.docx", fmt="docx", producer="word",
   name="Fatima Ouali", email="fatima.ouali@example.nl", phone="06-90817263", rate="€ 84,00",
   blocks=[
       ("title", "Fatima Ouali"),
       ("p", "Coördinator welzijn{tab}{link:mailto:fatima.ouali@example.nl|fatima.ouali@example.nl}{tab}06-90817263"),
       ("h", "Profiel"),
       ("p", "Verbindende coördinator met ruim elf jaar ervaring in het welzijnswerk in Wijchen."),
       ("h", "Werkervaring"),
       ("bold", "februari 2014 – heden{tab}Coördinator Welzijn{tab}Stichting Welzijn Wijchen"),
       ("p", "Coördinatie van buurtwerk, mantelzorgondersteuning en vrijwilligerswerk (9 medewerkers). "
             "Het gemeentelijk beleid Welzijn op Recept omgezet in concrete projecten en resultaten met een "
             "jaarwerkplan."),
       ("p", C7),
       ("p", "Projectleider van het verandertraject ‘Wijchen Wijkgericht’."),
       ("bold", "2008 – 2014{tab}Activiteitenbegeleider{tab}Stichting Welzijn Wijchen"),
       ("h", "Opleiding"),
       ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen, 2006 – 2009"
             "{del:, diploma behaald}{ins: (niet afgerond; gestopt na het derde jaar)}"),
       ("p", "MBO Sociaal Pedagogisch Werk, niveau 4, ROC Nijmegen, 2002 – 2006 (gediplomeerd)"),
       ("h", "Referenties"),
       ("p", "J. van Beek, directeur Stichting Welzijn Wijchen"),
       ("p", "S. Yilmaz, beleidsadviseur sociaal domein gemeente Wijchen"),
       ("p", "Uurtarief: € 84,00"),
   ],
   deleted=[", diploma behaald"],
   exp=[pos("februari 2014 – heden", "Coördinator Welzijn", "Stichting Welzijn Wijchen", [], ("2014-02", REF), 142, True),
        pos("2008 – 2014", "Activiteitenbegeleider", "Stichting Welzijn Wijchen", [], ("2008-01", "2014-12"), 84,
            False, yearonly=True)],
   crit_text={"6": "omgezet in concrete projecten en resultaten", "7": C7, "8": "Projectleider van het verandertraject"},
   refs=["J. van Beek", "S. Yilmaz"],
   must_have=["(niet afgerond; gestopt na het derde jaar)"],
   expect=dict(pages=1, edu=("mbo", False, False), coord=142, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="The supplier's tracked change on the MWD line: ', diploma behaald' deleted (w:del, not "
                     "content) and ' (niet afgerond; gestopt na het derde jaar)' inserted (w:ins: content, the "
                     "current text). The only 'niet afgerond' is in the inserted run; a reader that drops w:ins (or "
                     "reads w:delText) sees a completed HBO MWD -> wrong ko 2 pass. Highest completed: MBO SPW "
                     "niveau 4 -> mbo, ko 2 FAIL, criterion 4 0. Months: Coördinator Welzijn, Stichting Welzijn "
                     "Wijchen 2014-02..2025-11 = 142 (the year-only Activiteitenbegeleider is no leading role). "
                     "Criteria 6, 7, 8 present: 85 points, but not eligible."))

# 4 ---------------------------------------------------------------------------------------------------
cv(file="Ruben Kramer.docx", fmt="docx", producer="word",
   name="Ruben Kramer", email="ruben.kramer@example.nl", phone="06-73829104", rate="€ 87,00",
   blocks=[
       ("textbox", [("Contact", "Heading2", True),
                    "{link:mailto:ruben.kramer@example.nl|ruben.kramer@example.nl}",
                    "06-73829104",
                    "Raalte",
                    ("Tarief", "Heading2", True),
                    "Uurtarief € 87,00 excl. btw",
                    ("Referentie", "Heading2", True),
                    "M. Bosman, manager sociaal domein gemeente Raalte, 06-12121212"]),
       ("title", "Ruben Kramer"),
       ("p", "Teamleider sociaal domein"),
       ("h", "Profiel"),
       ("p", "Rustige, besluitvaardige teamleider die teams meeneemt in verandering."),
       ("h", "Werkervaring"),
       ("bold", "januari 2016 – heden"),
       ("p", "Teamleider Wmo en Jeugd, Gemeente Raalte"),
       ("p", "Leiding aan 18 consulenten; de visie Sociaal Domein omgezet in concrete projecten, vastgelegd in "
             "het jaarwerkplan, met kwartaalrapportages."),
       ("p", C7),
       ("p", "Projectleider bij de herinrichting van de toegang (reorganisatie)."),
       ("bold", "september 2011 – december 2015"),
       ("p", "Jeugdconsulent, Gemeente Deventer"),
       ("h", "Opleiding"),
       ("p", "Bachelor of Social Work, Saxion Hogeschool, 2007 – 2011, diploma behaald"),
   ],
   exp=[pos("januari 2016 – heden", "Teamleider Wmo en Jeugd", "Gemeente Raalte", [], ("2016-01", REF), 119, True),
        pos("september 2011 – december 2015", "Jeugdconsulent", "Gemeente Deventer", [], ("2011-09", "2015-12"),
            52, False)],
   crit_text={"6": "omgezet in concrete projecten", "7": C7, "8": "Projectleider bij de herinrichting"},
   refs=["M. Bosman"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(1, False), zzp=False, hourly=87.0,
               crit=(15, 25, 15, 20, 25),
               notes="Sidebar in a floating text box as Word writes it: mc:AlternateContent with the DrawingML "
                     "text box (mc:Choice, wps:txbx) and the same paragraphs again in the VML fallback "
                     "(mc:Fallback, v:textbox). The text box holds the e-mail (w:hyperlink), phone, rate and the "
                     "ONLY reference (M. Bosman). Read once, that is 1 reference -> references check FAIL (the "
                     "tender asks for at least 2). A reader that takes both Choice and Fallback sees 'M. Bosman' "
                     "twice and may count 2 -> wrong pass. Months: Teamleider Wmo en Jeugd, Gemeente Raalte "
                     "2016-01..2025-11 = 119; Jeugdconsulent no leading role. Bachelor of Social Work -> mwd. "
                     "Criteria 6, 7, 8 present: 100 points, rate 87, not eligible (references)."))

# 5 ---------------------------------------------------------------------------------------------------
cv(file="Esmee de Wit.docx", fmt="docx", producer="word",
   name="Esmée de Wit", email="esmee@dewit-sociaaladvies.example.nl", phone="06-51627384", rate="€ 95,00",
   blocks=[
       ("title", "Esmée de Wit"),
       ("p", "{sdt:E-mail|esmee@dewit-sociaaladvies.example.nl} | {sdt:Telefoon|06-51627384}"),
       ("h", "Profiel"),
       ("p", "Coördinator sociaal domein met ervaring bij gemeente en welzijnsstichting."),
       ("sdt", "Beschikbaarheid",
        ["Sinds juni 2019 werk ik als zelfstandig professional (zzp) vanuit mijn eenmanszaak De Wit Sociaal "
         "Advies, KvK 71234567. Beschikbaar per december 2025 voor 24 uur per week."]),
       ("h", "Werkervaring"),
       ("bold", "juni 2019 – heden{tab}Interim-coördinator Wmo, Gemeente Elburg"),
       ("p", "Opdracht via De Wit Sociaal Advies. Het beleidsplan Wmo omgezet in concrete projecten en "
             "resultaten, vastgelegd in het jaarwerkplan."),
       ("p", C7),
       ("bold", "januari 2013 – mei 2019{tab}Teamleider Welzijn, Stichting Welzijn Nunspeet"),
       ("p", "Projectleider van de transitie naar wijkgericht werken."),
       ("h", "Opleiding"),
       ("sdt", "Opleiding",
        ["Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, 2008 – 2012, diploma behaald"]),
       ("h", "Referenties"),
       ("num", "L. Mulder, teammanager sociaal domein gemeente Elburg", 1),
       ("num", "K. de Ruiter, directeur Stichting Welzijn Nunspeet", 1),
       ("p", "Uurtarief: {sdt:Uurtarief|€ 95,00} exclusief btw"),
   ],
   exp=[pos("juni 2019 – heden", "Interim-coördinator Wmo", "Gemeente Elburg", [], ("2019-06", REF), 78, True),
        pos("januari 2013 – mei 2019", "Teamleider Welzijn", "Stichting Welzijn Nunspeet", [], ("2013-01", "2019-05"),
            77, True)],
   crit_text={"6": "omgezet in concrete projecten", "7": C7, "8": "Projectleider van de transitie"},
   refs=["L. Mulder", "K. de Ruiter"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="Content controls (w:sdt / w:sdtContent): the block control 'Beschikbaarheid' holds the only "
                     "self-employment statement ('zelfstandig professional (zzp) vanuit mijn eenmanszaak …, KvK "
                     "71234567'), a block control holds the education, inline controls hold e-mail, phone and the "
                     "rate (€ 95,00). The zzp statement is CV content -> zzp true, ko 1 REVIEW (samples convention "
                     "for a zzp'er); a reader that skips w:sdt gives a wrong ko 1 pass, no education (wrong ko 2 "
                     "fail) and no rate. Also 'Opdracht via De Wit Sociaal Advies' and 'Interim-'. References as an "
                     "automatic numbered list (w:numPr; the numbers are no text). Months: Interim-coördinator Wmo, "
                     "Gemeente Elburg 2019-06..2025-11 = 78; Teamleider Welzijn, Stichting Welzijn Nunspeet "
                     "2013-01..2019-05 = 77 -> 155. Bachelor MWD -> criterion 4. 100 points; not eligible (ko 1 review)."))

# 6 ---------------------------------------------------------------------------------------------------
cv(file="Mirjam Hoogland.docx", fmt="docx", producer="word",
   name="Mirjam Hoogland", email="mirjam.hoogland@example.com", phone="06-38475612", rate="€ 86,00",
   hdr=["Mirjam Hoogland{tab}{tab}06-38475612"],
   ftr=["{fld:HYPERLINK \"mailto:mirjam.hoogland@example.com\"|mirjam.hoogland@example.com}{tab}"
        "Pagina {fld:PAGE|1} van {fld:NUMPAGES|1}"],
   blocks=[
       ("title", "Curriculum vitae"),
       ("h", "Profiel"),
       ("p", "Coördinator jeugd met een achtergrond als jeugdconsulent; ik breng rust en richting in teams."),
       ("h", "Werkervaring"),
       ("bold", "september 2020 – heden{tab}Coördinator Jeugd en Gezin, Gemeente Olst-Wijhe"),
       ("p", "Coördinatie van het jeugdteam (8 medewerkers). Het jeugdbeleid omgezet in concrete projecten en "
             "resultaten in het jaarwerkplan, met monitoring en rapportage."),
       ("p", C7),
       ("p", "Projectleider van de invoering van het nieuwe werkproces jeugd (veranderopgave)."),
       ("bold", "2014 – 2020{tab}Jeugdconsulent, Gemeente Deventer"),
       ("h", "Opleiding"),
       ("p", "{cm:Hbo-bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Utrecht, 2009 – 2013, diploma "
             "behaald|niet afgerond? Graag diplomakopie bij kandidaat opvragen.}"),
       ("h", "Referenties"),
       ("p", "E. Brouwer, manager sociaal domein gemeente Olst-Wijhe"),
       ("p", "D. Haverkamp, teamleider jeugd gemeente Deventer"),
       ("h", "Beschikbaarheid"),
       ("p", "Per januari 2026 voor 24 uur per week, tegen het uurtarief in de voetnoot.{fn:Uurtarief € 86,00 "
             "exclusief btw.}{en:VOG aanwezig (afgegeven in 2024).}"),
   ],
   hidden=["niet afgerond?", "NUMPAGES", "mailto:"],
   exp=[pos("september 2020 – heden", "Coördinator Jeugd en Gezin", "Gemeente Olst-Wijhe", [], ("2020-09", REF), 63, True),
        pos("2014 – 2020", "Jeugdconsulent", "Gemeente Deventer", [], ("2014-01", "2020-12"), 84, False, yearonly=True)],
   crit_text={"6": "omgezet in concrete projecten", "7": C7, "8": "Projectleider van de invoering"},
   refs=["E. Brouwer", "D. Haverkamp"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=63, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="Name and phone only in the page header (header1.xml), e-mail only in the footer as a "
                     "HYPERLINK field with 'Pagina PAGE van NUMPAGES' (field instructions are no content). The rate "
                     "is only in a footnote (footnotes.xml: 'Uurtarief € 86,00 exclusief btw', printed at the foot "
                     "of the page -> hourly 86); an endnote holds the VOG line. A reviewer's comment (comments.xml, "
                     "author Detavast Recruitment) on the education line says 'niet afgerond? Graag diplomakopie bij "
                     "kandidaat opvragen.' A comment is the supplier's internal question, not a statement of the "
                     "CV; the CV itself says 'diploma behaald', so a careful assessor decides ko 2 pass (and may ask "
                     "for the diploma at the interview, as the VOG is asked). Reading the comment as CV text would "
                     "be a wrong fail; a review would be cautious but not by the conventions. Months: Coördinator "
                     "Jeugd en Gezin, Gemeente Olst-Wijhe 2020-09..2025-11 = 63 -> ko 3 pass (>= 60), criterion 5 0 "
                     "(< 72). Jeugdconsulent (year-only) is no leading role. 75 points, rate 86."))

# 7 ---------------------------------------------------------------------------------------------------
W3 = [3000, 3000, 3638]
cv(file="Daan Mol.docx", fmt="docx", producer="word", post="nopages",
   name="Daan Mol", email="daan.mol@example.nl", phone="06-19283746", rate="€ 86,00",
   blocks=[
       ("title", "Daan Mol"),
       ("p", "daan.mol@example.nl – 06-19283746 – Kampen"),
       ("h", "Profiel"),
       ("p", "Manager sociaal domein met een lange loopbaan bij de gemeente Kampen."),
       ("table", W3, [
           [{"p": ["Werkervaring"], "span": 3, "bold": True, "shade": "D9E2F3"}],
           [{"p": ["Periode"], "bold": True}, {"p": ["Functie"], "bold": True}, {"p": ["Werkgever"], "bold": True}],
           ["10/2018 – heden", "Manager Sociaal Domein", {"p": ["Gemeente Kampen"], "vm": "restart"}],
           ["02/2013 – 09/2018", "Coördinator Wijkteams", {"vm": "cont"}],
           ["2009 – 2013", "Beleidsmedewerker Wmo", "Gemeente Zwolle"],
           [{"p": ["Resultaten: het beleidsprogramma Kampen Vitaal omgezet in concrete projecten en resultaten "
                   "(jaarwerkplan, monitoring). " + C7 + " Projectleider van de reorganisatie van de wijkteams."],
             "span": 3}],
       ]),
       ("h", "Opleiding"),
       ("table", [2100, 7538], [
           ["Hbo", {"p": [("table", [1500, 5900], [
               ["2005 – 2009", "HBO Bestuurskunde, Hogeschool Windesheim, diploma behaald"],
               ["2001 – 2005", "Havo, Almere College"]])]}],
       ]),
       ("h", "Referenties"),
       ("num", "K. Wolters, gemeentesecretaris Kampen", 1),
       ("num", "M. Visscher, wethouder Zorg en Welzijn Kampen", 1),
       ("p", "Uurtarief € 86,00"),
   ],
   exp=[pos("10/2018 – heden", "Manager Sociaal Domein", "Gemeente Kampen", [], ("2018-10", REF), 86, True),
        pos("02/2013 – 09/2018", "Coördinator Wijkteams", "Gemeente Kampen", [], ("2013-02", "2018-09"),
            68, True),
        pos("2009 – 2013", "Beleidsmedewerker Wmo", "Gemeente Zwolle", [], ("2009-01", "2013-12"), 60, False,
            yearonly=True)],
   crit_text={"6": "omgezet in concrete projecten en resultaten", "7": C7, "8": "Projectleider van de reorganisatie"},
   refs=["K. Wolters", "M. Visscher"],
   expect=dict(pages=1, pages_exact=False, edu=("hbo", True, False), coord=154, refs=(2, False), zzp=False,
               hourly=86.0, crit=(0, 25, 15, 20, 25),
               notes="Experience table with merged cells: a title row spanning the three columns (w:gridSpan=3), "
                     "the employer cell 'Gemeente Kampen' vertically merged over two rows (w:vMerge restart / "
                     "continue: the second row's employer cell is EMPTY in the XML; it is the same employer), a "
                     "results row spanning all columns. Education in a nested table inside a cell. References as an "
                     "automatic numbered list (w:numPr). docProps/app.xml without <Pages> -> pages estimated "
                     "(pages_exact false; rendered 1 page, far from 5 -> pass). Months: Manager Sociaal Domein, "
                     "Gemeente Kampen 2018-10..2025-11 = 86; Coördinator Wijkteams, Gemeente Kampen (merged cell) "
                     "2013-02..2018-09 = 68 -> 154; Beleidsmedewerker no leading role. HBO Bestuurskunde: completed "
                     "hbo, not MWD -> criterion 4 0. 85 points, rate 86 (wins the tie at 85 from Kim Veenstra, 89)."))

# 8 ---------------------------------------------------------------------------------------------------
cv(file="Sophie Brandsma.docx", fmt="docx", producer="lo-html",
   name="Sophie Brandsma", email="sophie.brandsma@example.nl", phone="06-47382910", rate="€ 90,00",
   blocks=[
       ("title", "Sophie Brandsma"),
       ("p", "E-mail: {link:mailto:sophie.brandsma@example.nl|sophie.brandsma@example.nl} | Telefoon: 06-47382910 | Ermelo"),
       ("h", "Profiel"),
       ("p", "Manager welzijn die graag bouwt aan een professioneel en lerend team."),
       ("h", "Werkervaring"),
       ("table", [["mei 2016 – heden", "Manager Welzijn", "Stichting Welzijn Ermelo"],
                  ["september 2012 – april 2016", "Opbouwwerker", "Stichting Welzijn Ermelo"]]),
       ("ul", ["Leiding aan 22 medewerkers in buurtwerk, jongerenwerk en mantelzorg.",
               "Het beleidskader welzijn van de gemeente omgezet in concrete projecten en resultaten, vastgelegd "
               "in het jaarwerkplan.",
               "Projectleider van de reorganisatie naar drie wijkteams (verandertraject)."]),
       ("h", "Opleiding"),
       ("p", "Bachelor Social Work, Hogeschool Windesheim, 2008 – 2012, diploma behaald"),
       ("h", "Referenties"),
       ("ol", ["W. Timmer, voorzitter raad van toezicht Stichting Welzijn Ermelo",
               "H. Bakker, wethouder gemeente Ermelo"]),
       ("p", "Uurtarief: € 90,00 excl. btw"),
   ],
   exp=[pos("mei 2016 – heden", "Manager Welzijn", "Stichting Welzijn Ermelo", [], ("2016-05", REF), 115, True),
        pos("september 2012 – april 2016", "Opbouwwerker", "Stichting Welzijn Ermelo", [], ("2012-09", "2016-04"),
            44, False)],
   crit_text={"6": "omgezet in concrete projecten en resultaten", "8": "Projectleider van de reorganisatie"},
   refs=["W. Timmer", "H. Bakker"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=115, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 0, 25),
               notes="Written by LibreOffice: an HTML page converted with soffice --convert-to docx (Writer's own "
                     "WordprocessingML: its table, list numbering from HTML <ol>/<ul>, hyperlink). <Pages> set "
                     "from the rendering. Months: Manager Welzijn, Stichting Welzijn Ermelo 2016-05..2025-11 = 115; "
                     "Opbouwwerker no leading role. Bachelor Social Work -> mwd. Criteria 6 and 8 present; no "
                     "partners in the field of welfare named -> criterion 7 0. 80 points, rate 90."))

# 9 ---------------------------------------------------------------------------------------------------
cv(file="Kim Veenstra.docx", fmt="docx", producer="minimal", post="nopages",
   name="Kim Veenstra", email="kim.veenstra@example.com", phone="06-62718293", rate="€ 89,00",
   blocks=[
       ("title", "Kim Veenstra"),
       ("p", "{fs:HYPERLINK \"mailto:kim.veenstra@example.com\"|kim.veenstra@example.com}{br}06{nbh}62718293{br}Nijkerk"),
       ("h", "Profiel"),
       ("p", "Teamleider in het sociaal domein; energiek, helder en besluitvaardig."),
       ("h", "Werkervaring"),
       ("bold", "maart 2018 – heden"),
       ("p", "Teamleider Gebiedsteam, Gemeente Nijkerk"),
       ("p", "Leiding aan het gebiedsteam (15 medewerkers). " + C7),
       ("bold", "januari 2012 – februari 2018"),
       ("p", "Coördinator Jeugd, Stichting Welzijn Barneveld"),
       ("p", "Projectleider bij de transitie van de jeugdhulp naar de gemeente."),
       ("h", "Opleiding"),
       ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede, 2007 – 2011, diploma behaald"),
       ("h", "Referenties"),
       ("p", "G. Hofman, afdelingsmanager Samenleving, gemeente Nijkerk"),
       ("p", "B. Schipper, directeur Stichting Welzijn Barneveld"),
       ("p", "Uurtarief € 89,00"),
   ],
   hidden=["HYPERLINK", "mailto:"],
   exp=[pos("maart 2018 – heden", "Teamleider Gebiedsteam", "Gemeente Nijkerk", [], ("2018-03", REF), 93, True),
        pos("januari 2012 – februari 2018", "Coördinator Jeugd", "Stichting Welzijn Barneveld", [], ("2012-01", "2018-02"),
            74, True)],
   crit_text={"7": C7, "8": "Projectleider bij de transitie"},
   refs=["G. Hofman", "B. Schipper"],
   expect=dict(pages=1, pages_exact=False, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False,
               hourly=89.0, crit=(15, 25, 0, 20, 25),
               notes="Minimal hand-written DOCX: only [Content_Types].xml, _rels/.rels and word/document.xml (no "
                     "styles, no numbering, no docProps: no <Pages> -> pages estimated, pages_exact false; 1 page "
                     "rendered, far from 5). E-mail as w:fldSimple HYPERLINK (instruction no content), w:br between "
                     "e-mail, phone and place, phone with w:noBreakHyphen. Months: Teamleider Gebiedsteam, Gemeente "
                     "Nijkerk 2018-03..2025-11 = 93; Coördinator Jeugd, Stichting Welzijn Barneveld 2012-01..2018-02 "
                     "= 74 -> 167. HBO MWD. No policy-to-results example -> criterion 6 0. 85 points, rate 89 "
                     "(loses the tie at 85 to Daan Mol, 86)."))

# 10 --------------------------------------------------------------------------------------------------
cv(file="Joris Lammers.docx", fmt="docx", producer="word",
   name="Joris Lammers", email="joris.lammers@example.nl", phone="06-84736251", rate="€ 85,00",
   blocks=[
       ("title", "Joris Lammers"),
       ("p", "{link:mailto:joris.lammers@example.nl|joris.lammers@example.nl} | 06-84736251 | Dalfsen"),
       ("h", "Profiel"),
       ("p", "Coördinator participatie met een brede achtergrond in Wmo en werk."),
       ("h", "Werkervaring"),
       ("bold", "maart 2022 – heden{tab}Coördinator Participatie, Gemeente Dalfsen"),
       ("p", "Het participatiebeleid omgezet in concrete projecten en resultaten (jaarwerkplan). " + C7),
       ("p", "Projectleider van de herinrichting van het werkgeversservicepunt (veranderopgave)."),
       ("bold", "januari 2014 – februari 2022{tab}{del:Teamleider Wmo}{ins:Wmo-consulent}, Gemeente Ommen"),
       ("p", "{del:Leiding aan het Wmo-team.}{ins:Keukentafelgesprekken en indicaties.}"),
       ("h", "Opleiding"),
       ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, 2009 – 2013, diploma behaald"),
       ("h", "Referenties"),
       ("p", "T. Wessels, teamleider participatie gemeente Dalfsen"),
       ("p", "N. Hulst, beleidsadviseur Wmo gemeente Ommen"),
       ("p", "Uurtarief € 85,00"),
   ],
   deleted=["Teamleider Wmo", "Leiding aan het Wmo-team."],
   exp=[pos("maart 2022 – heden", "Coördinator Participatie", "Gemeente Dalfsen", [], ("2022-03", REF), 45, True),
        pos("januari 2014 – februari 2022", "Wmo-consulent", "Gemeente Ommen", [], ("2014-01", "2022-02"), 98, False)],
   crit_text={"6": "omgezet in concrete projecten en resultaten", "7": C7, "8": "Projectleider van de herinrichting"},
   refs=["T. Wessels", "N. Hulst"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="The supplier corrected the Ommen title with tracked changes: 'Teamleider Wmo' deleted "
                     "(w:del), 'Wmo-consulent' inserted (w:ins); likewise 'Leiding aan het Wmo-team.' deleted, "
                     "'Keukentafelgesprekken en indicaties.' inserted. The current text is 'Wmo-consulent, Gemeente "
                     "Ommen' -> no leading role. Months: Coördinator Participatie, Gemeente Dalfsen "
                     "2022-03..2025-11 = 45 -> ko 3 FAIL (< 60), criterion 5 0. Reading the deleted title gives "
                     "2014-01..2022-02 = 98 more (143) -> wrong ko 3 pass. HBO MWD; criteria 6, 7, 8: 75 points, "
                     "not eligible."))
