# -*- coding: utf-8 -*-
"""Holdout round 29 for zeef: 11 fictional CVs of candidates who are ALL eligible (every check and knock-out
passes), each written in a style or with a detail earlier rounds did not use, to hunt WRONG FAILS and wrong
reviews of good candidates: experience told in prose paragraphs; periods in a right-hand column on the title's
line ("mrt '16 – heden", "'11 – '16"); dd-mm-yyyy periods ("1-3-2016 tot 1-1-2019") under a merged gemeente
(Giessenlanden -> Molenlanden); seasons ("voorjaar 2016 – najaar 2021"); quarters ("Q2 2017 – Q4 2022"); a
period with its duration ("mei 2016 – aug. 2021 (5 jaar en 4 maanden)", "2015 – 2019 (5 jaar)"); "2015/2019",
"2019/heden"; one employer with sub-periods per role in a table cell; degrees written as "Sociaal Werk
(bachelor, 2007)", "B Social Work", "HBO-MWD (afgestudeerd)", a Belgian "Bachelor in het sociaal werk",
"Maatschappelijk Werk & Dienstverlening — getuigschrift 2004"; references in a sentence, in a table, with only
e-mail addresses, on the last page after a page break; a Dutch CV with much English; exactly 5 pages; a terse
one-page CV; photo and QR-code captions; ☎ ✉ 📍 before contact lines; welfare foundations whose names do not
say "welzijn" (Stichting Wijkwerk Zwolle, Stichting Kruispunt Raalte, Stichting Sociaal Werk Heerenveen).
Written without looking at the pipeline's source or rules/.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations. Built by tests/holdout2/src/build.py (LibreOffice CVs) and src/html29.py (Chromium
CVs, tests/holdout23/src/html_pdf.py with two extra blocks), checked by src/expected29.py (the shared
tests/holdout2/src/expected.py with a date parser that also reads the notations above). See
tests/holdout2/src/cvset.py for the field list; extra field: producer ("chromium").

ZEEF_H29_ONLY=lo leaves only the LibreOffice CVs in CVS (for the shared build.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
NOMWD = (0, 25, 15, 20, 25)


# ------------------------------------------------------------------------- Marloes Hendriks (pdf, LibreOffice)
# Experience told in prose paragraphs; references and rate in one closing sentence each under "Tot slot".
MH6 = ("Een voorbeeld: de Hattemse beleidsnota 'Samen redzaam' heb ik met het team vertaald naar een "
       "jaarwerkplan met vier concrete projecten (een mantelzorgsalon, een ontmoetingsplek in Hattem-Zuid, "
       "vroegsignalering van eenzaamheid en een vrijwilligersacademie), met resultaten die we elk half jaar "
       "aan het college rapporteren.")
MH7 = ("Ik werk daarbij nauw samen met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de "
       "woningcorporatie, en met lokale werkgevers in een publiek-private samenwerking (PPS) rond "
       "werkervaringsplekken.")
MH8 = ("In Epe was ik projectleider van het verandertraject waarin het Wmo-loket en het jeugdteam samengingen "
       "in één sociaal team.")
mh = [pos("Sinds januari 2021", "Coördinator Welzijn en Mantelzorg", "gemeente Hattem", [],
          ("2021-01", REF), 59, True),
      pos("van maart 2014 tot eind 2020", "Teamleider Wmo", "gemeente Epe", [],
          ("2014-03", "2020-12"), 82, True),
      pos("september 2007 als maatschappelijk werker bij Stichting Maatschappelijk Werk Noord-Veluwe, waar ik "
          "bleef tot februari 2014", "maatschappelijk werker", "Stichting Maatschappelijk Werk Noord-Veluwe", [],
          ("2007-09", "2014-02"), 78, False)]
MH_RATE = "Mijn uurtarief bedraagt € 88,- exclusief btw."
cv(file="Marloes Hendriks.pdf", fmt="pdf", layout="single",
   name="Marloes Hendriks", email="marloes.hendriks@example.nl", phone="06-41827363", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Gerda Wessels", "Rob Tiemens"],
   body=[("title", "Marloes Hendriks"),
         ("p", "Wapenveld · 06-41827363 · marloes.hendriks@example.nl"),
         ("h", "Over mij"),
         ("p", "Ik ben een nuchtere, verbindende leidinggevende in het sociaal domein. Ik houd van korte lijnen, "
               "van teams die zelf verantwoordelijkheid nemen en van beleid dat je in de wijk terugziet."),
         ("h", "Mijn loopbaan"),
         ("p", "Sinds januari 2021 werk ik als Coördinator Welzijn en Mantelzorg bij de gemeente Hattem. Ik stuur "
               "een team van elf medewerkers aan (welzijn, mantelzorg, vrijwilligerswerk en preventie), bewaak "
               "het budget en verzorg de werving en selectie. " + MH6 + " " + MH7),
         ("p", "Daarvoor was ik van maart 2014 tot eind 2020 Teamleider Wmo bij de gemeente Epe. Ik gaf daar "
               "leiding aan negen consulenten en een administratief medewerker, en was verantwoordelijk voor "
               "de formatie, de planning en de kwaliteit van de keukentafelgesprekken. " + MH8),
         ("p", "Mijn loopbaan begon ik in september 2007 als maatschappelijk werker bij Stichting Maatschappelijk "
               "Werk Noord-Veluwe, waar ik bleef tot februari 2014. Daar leerde ik het vak in de praktijk: "
               "gesprekken met gezinnen, schulden, huiselijk geweld."),
         ("h", "Opleiding"),
         ("p", "Sociaal Werk (bachelor, 2007) – Hogeschool Windesheim, Zwolle"),
         ("p", "Cursus Coachend leidinggeven, NCOI, 2015"),
         ("h", "Tot slot"),
         ("p", "Als referenties kunt u contact opnemen met Gerda Wessels, afdelingsmanager Samenleving van de "
               "gemeente Hattem (06-41827364), en met Rob Tiemens, oud-wethouder Zorg van de gemeente Epe "
               "(06-41827365). " + MH_RATE + " Ik ben beschikbaar voor 24 uur per week.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="Experience as prose paragraphs, no list. 'Sinds januari 2021 werk ik als Coördinator Welzijn "
                     "en Mantelzorg bij de gemeente Hattem' 2021-01..2025-11 = 59 (coördinator, welzijn, gemeente) + "
                     "'van maart 2014 tot eind 2020 Teamleider Wmo bij de gemeente Epe' 2014-03..2020-12 = 82 "
                     "('eind 2020' = December 2020; the narrowest reading, January 2020, still gives 71 + 59 = 130) "
                     "-> contiguous, 141. Maatschappelijk werker 2007-09..2014-02: no leading role. 'Sociaal Werk "
                     "(bachelor, 2007) – Hogeschool Windesheim': the hbo bachelor Sociaal Werk (= Social Work, the "
                     "MWD line) -> hbo, mwd. References in one sentence under 'Tot slot': Gerda Wessels and Rob "
                     "Tiemens, with functions and phones -> 2. Rate in a sentence: 88. 100 points."))


# ------------------------------------------------------------------------- Sander Kuipers (pdf, Chromium)
# Period in a right-hand column on the title's line ("mrt '16 – heden", "'11 – '16"); ☎ ✉ 📍 contact lines.
SK6 = ("Voorbeeld: het Deventer beleidskader 'Iedereen doet mee' omgezet in een jaarwerkplan per gebied met "
       "concrete projecten (buurtcirkels, schuldhulp aan de keukentafel, een jongerenwerkplaats) en een "
       "dashboard met resultaten per kwartaal.")
SK7 = ("Samenwerkingspartners: zorgaanbieders, huisartsen, GGZ, zorgverzekeraar Salland en een "
       "publiek-private samenwerking (PPS) met bedrijven en de woningcorporatie voor leerwerkplekken.")
SK8 = "Projectleider van de transitie van zes wijkteams naar drie gebiedsteams (2018–2019)."
sk = [pos("mrt '16 – heden", "Coördinator Gebiedsteams", "Gemeente Deventer",
          ["Leiding aan drie gebiedsteams (32 professionals); formatie, werving en budget.", SK6, SK7, SK8],
          ("2016-03", REF), 117, True),
      pos("'11 – '16", "Teamleider Jeugd", "Gemeente Olst-Wijhe",
          ["Leiding aan het jeugdteam (7 jeugdconsulenten)."], ("2011-01", "2016-12"), 72, True, True),
      pos("'06 – '11", "Jeugdconsulent", "Gemeente Raalte",
          ["Toegang tot jeugdhulp, gesprekken met gezinnen."], ("2006-01", "2011-12"), 72, False, True)]
SK_RATE = "Tarief € 90 / uur (excl. btw)"
cv(file="Sander Kuipers.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Sander Kuipers", email="sander.kuipers@example.nl", phone="06-27384950", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7, "8": SK8}, refs=["Ineke Brouwers", "Martijn Scholten"],
   html=dict(style="single", body=[
       ("title", "Sander Kuipers"),
       ("p", "📍 Deventer"), ("p", "☎ 06-27384950"), ("p", "✉ sander.kuipers@example.nl"),
       ("p", SK_RATE),
       ("h", "Profiel"),
       ("p", "Leidinggevende in het sociaal domein, sinds 2011 bij gemeenten in Salland. Ik bouw teams die "
             "dicht bij inwoners werken en stuur op heldere afspraken."),
       ("h", "Werkervaring"),
       ("rpos", sk),
       ("h", "Opleiding"),
       ("rline", "B Social Work — Saxion Hogeschool, Deventer", "2006"),
       ("rline", "Leergang Leidinggeven in het sociaal domein — Sioo", "2017"),
       ("h", "Referenties"),
       ("p", "Ineke Brouwers, directeur Sociaal Domein, gemeente Deventer, 06-27384951"),
       ("p", "Martijn Scholten, gemeentesecretaris, gemeente Olst-Wijhe, 06-27384952")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=90.0,
               crit=FULL,
               notes="Each position on one line: 'Title — Employer' left, the period right-aligned in the same "
                     "line (CSS flex). \"mrt '16 – heden\" = 2016-03..2025-11 = 117 (coördinator, gebiedsteams, "
                     "gemeente); \"'11 – '16\" (two-digit years, year-only) = 2011-01..2016-12 = 72 (teamleider, "
                     "jeugd, gemeente); merged 2011-01..2025-11 = 179; the narrowest reading (2011-12..2016-01 and "
                     "2016-03..) still gives 50 + 117 = 167. Jeugdconsulent \"'06 – '11\": no leading role. 'B "
                     "Social Work — Saxion Hogeschool' = Bachelor Social Work -> hbo, mwd. Contact lines start with "
                     "📍 ☎ ✉. 2 references. Rate 90. 100 points."))


# ------------------------------------------------------------------------- Ilona de Wit (docx)
# A merger (gemeente Giessenlanden -> Molenlanden, 1 January 2019) and a promotion at the same employer;
# dd-mm-yyyy periods "1-3-2016 tot 1-1-2019"; references in a table.
IW6 = ("Beleid naar resultaat: het beleidsplan sociaal domein 'Molenlanden dichtbij' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een dorpsteam per kern, een mantelzorgregeling en een "
       "buurtbemiddelingsproject), met monitoring en een evaluatie per jaar.")
IW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar VGZ, de GGD Zuid-Holland Zuid en een "
       "publiek-private samenwerking (PPS) met lokale bedrijven voor dagbesteding.")
IW8 = ("Projectleider van de harmonisatie van de Wmo-uitvoering van Giessenlanden en Molenwaard bij de "
       "gemeentelijke herindeling (2018).")
iw = [pos("1-1-2019 tot heden", "Teamleider Sociaal Team", "Gemeente Molenlanden",
          ["Leiding aan het sociaal team (15 medewerkers: Wmo, jeugd, participatie); formatie en budget.",
           IW6, IW7], ("2019-01", REF), 83, True),
      pos("1-3-2016 tot 1-1-2019", "Coördinator Wmo en Jeugd", "gemeente Giessenlanden",
          ["Coördinatie van het Wmo-loket en het jeugdteam (8 medewerkers).", IW8],
          ("2016-03", "2019-01"), 35, True),
      pos("1-9-2010 tot 1-3-2016", "Wmo-consulent", "gemeente Gorinchem",
          ["Keukentafelgesprekken en indicaties."], ("2010-09", "2016-03"), 67, False)]
IW_RATE = "Uurtarief: € 86,50 excl. btw"
cv(file="Ilona de Wit.docx", fmt="docx", layout="single",
   name="Ilona de Wit", email="ilona.dewit@example.nl", phone="06-50918273", rate=IW_RATE,
   exp=iw, crit_text={"6": IW6, "7": IW7, "8": IW8}, refs=["Kees Verhoef", "Annet Blokland"],
   body=[("title", "Ilona de Wit"),
         ("p", "Giessenburg  |  06-50918273  |  ilona.dewit@example.nl"),
         ("p", IW_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein. Ik werk sinds 2016 voor dezelfde gemeente, die bij de "
               "herindeling van 1 januari 2019 van naam veranderde."),
         ("h", "Werkervaring"),
         ("pb", "Gemeente Molenlanden (tot de fusie op 1-1-2019: gemeente Giessenlanden)"),
         ("rows", [(p["d"], [p["t"] + (", " + p["e"] if i else "")] + p["tasks"]) for i, p in enumerate(iw[:2])]),
         ("pb", "Gemeente Gorinchem"),
         ("rows", [(iw[2]["d"], [iw[2]["t"] + ", " + iw[2]["e"]] + iw[2]["tasks"])]),
         ("h", "Opleiding"),
         ("p", "HBO-MWD (afgestudeerd) — Hogeschool Rotterdam, 2010"),
         ("h", "Referenties"),
         ("table", ["Naam", "Functie", "Organisatie", "Telefoon"],
          [("Kees Verhoef", "afdelingsmanager Samenleving", "gemeente Molenlanden", "06-50918274"),
           ("Annet Blokland", "wethouder Zorg (2014–2018)", "gemeente Giessenlanden", "06-50918275")])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=86.5,
               crit=FULL,
               notes="One employer that changed its name at the merger (Giessenlanden + Molenwaard -> Molenlanden, "
                     "1-1-2019) and a promotion there; dd-mm-yyyy periods in a date column. '1-1-2019 tot heden' "
                     "Teamleider Sociaal Team, Gemeente Molenlanden 2019-01..2025-11 = 83 + '1-3-2016 tot 1-1-2019' "
                     "Coördinator Wmo en Jeugd, gemeente Giessenlanden 2016-03..2019-01 (35; strictly until "
                     "2018-12, the merge is the same) -> 2016-03..2025-11 = 117. Wmo-consulent '1-9-2010 tot "
                     "1-3-2016': no leading role. 'HBO-MWD (afgestudeerd)' -> hbo, mwd. References in a table "
                     "(Naam | Functie | Organisatie | Telefoon): 2. Rate 86.50. 100 points."))


# ------------------------------------------------------------------------- Koen Verbeek (pdf, LibreOffice)
# Belgian bachelor; seasons "voorjaar 2016 – najaar 2021" at a welfare foundation named "Stichting Wijkwerk".
KV6 = ("Voorbeeld: de Kamper nota 'Welzijn in de wijk' heb ik vertaald naar een jaarwerkplan met concrete "
       "projecten (een wijksteunpunt in Brunnepe, een mantelzorgmakelaar en een preventieaanpak "
       "eenzaamheid), met doelen die we per kwartaal monitoren.")
KV7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de GGD IJsselland en een "
       "publiek-private samenwerking (PPS) met werkgevers voor maatschappelijke stages.")
KV8 = "Projectleider van de reorganisatie van het buurtwerk in Zwolle-Zuid naar wijkgerichte teams (2019)."
kv = [pos("december 2021 – heden", "Manager Welzijn en Zorg", "Gemeente Kampen",
          ["Leiding aan het cluster welzijn en zorg (3 teams, 28 medewerkers); budget en formatie.", KV6, KV7],
          ("2021-12", REF), 48, True),
      pos("voorjaar 2016 – najaar 2021", "Coördinator Buurtwerk en Mantelzorg", "Stichting Wijkwerk Zwolle",
          ["Stichting Wijkwerk Zwolle is de welzijnsorganisatie van Zwolle-Zuid: opbouwwerk, ouderenwerk, "
           "mantelzorgondersteuning en vrijwilligerswerk, in opdracht van de gemeente Zwolle.",
           "Leiding aan 12 opbouwwerkers en ouderenwerkers.", KV8], ("2016-03", "2021-11"), 69, True),
      pos("september 2008 – februari 2016", "Maatschappelijk werker", "CAW Oost-Vlaanderen (Gent, België)",
          ["Algemeen welzijnswerk: onthaal en begeleiding van gezinnen."], ("2008-09", "2016-02"), 90, False)]
KV_RATE = "€ 93 per uur excl. btw"
cv(file="Koen Verbeek.pdf", fmt="pdf", layout="single",
   name="Koen Verbeek", email="koen.verbeek@example.com", phone="06-83746152", rate=KV_RATE,
   exp=kv, crit_text={"6": KV6, "7": KV7, "8": KV8}, refs=["Jeroen Pelgrim", "Sylvia Rutgers"],
   body=[("title", "Koen Verbeek"),
         ("p", "Zwolle – 06-83746152 – koen.verbeek@example.com"),
         ("p", "Tarief: " + KV_RATE),
         ("h", "Profiel"),
         ("p", "Vlaming, sinds 2016 wonend en werkend in Overijssel. Leidinggevende in welzijn en zorg, eerst bij "
               "een welzijnsorganisatie, nu bij de gemeente Kampen."),
         ("h", "Werkervaring"),
         ("pos", "sample", kv),
         ("h", "Opleiding"),
         ("p", "Bachelor in het sociaal werk, Arteveldehogeschool Gent (België), 2008"),
         ("h", "Referenties"),
         ("p", "Jeroen Pelgrim, afdelingshoofd Samenleving, gemeente Kampen, 06-83746153"),
         ("p", "Sylvia Rutgers, directeur-bestuurder Stichting Wijkwerk Zwolle, 06-83746154")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=93.0,
               crit=FULL,
               notes="Seasons as dates. Manager Welzijn en Zorg, Gemeente Kampen 2021-12..2025-11 = 48 + "
                     "'voorjaar 2016 – najaar 2021' Coördinator Buurtwerk en Mantelzorg, Stichting Wijkwerk Zwolle "
                     "(the CV says it is the welzijnsorganisatie of Zwolle-Zuid: a welzijnsstichting) = 2016-03..2021-11 "
                     "= 69 (spring from March, autumn to November, the widest reading like year-only dates; the "
                     "narrowest, May..September, gives 65) -> contiguous, 117 (narrowest 113). Without the seasonal "
                     "position only 48 < 60 would remain: the trap. Maatschappelijk werker at CAW (Belgian general "
                     "welfare centre): no leading role. 'Bachelor in het sociaal werk, Arteveldehogeschool Gent': "
                     "the Flemish professional bachelor in social work, the equivalent of the Dutch hbo bachelor "
                     "Social Work -> hbo, mwd. CV in Netherlands Dutch. 2 references. Rate 93. 100 points."))


# ------------------------------------------------------------------------- Esther Nijland (docx)
# Quarters "Q2 2017 – Q4 2022"; "Maatschappelijk Werk & Dienstverlening — getuigschrift 2004"; photo and QR
# captions; a foundation whose name does not say "welzijn".
EN6 = ("Beleid naar resultaat: het Olst-Wijhese beleidsplan 'Meedoen in de kernen' heb ik omgezet in een "
       "jaarwerkplan met concrete projecten (een inloop in Wesepe, een taalmaatjesproject en een aanpak "
       "valpreventie), met halfjaarlijkse monitoring.")
EN7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Salland, de GGD IJsselland en een "
       "publiek-private samenwerking (PPS) met werkgevers en de woningcorporatie.")
EN8 = "Projectleider van de herinrichting van de toegang tot Wmo en jeugd in Raalte (2020–2021)."
en = [pos("januari 2023 – heden", "Manager Sociaal Domein", "Gemeente Olst-Wijhe",
          ["Leiding aan de teams Wmo, jeugd en participatie (24 medewerkers).", EN6, EN7],
          ("2023-01", REF), 35, True),
      pos("Q2 2017 – Q4 2022", "Coördinator Wijkteams", "Stichting Kruispunt Raalte",
          ["Stichting Kruispunt is de welzijnsorganisatie van de gemeente Raalte (wijkteams, ouderenwerk, "
           "jongerenwerk, mantelzorg).", "Coördinatie van vier wijkteams (19 medewerkers).", EN8],
          ("2017-04", "2022-12"), 69, True),
      pos("Q1 2012 – Q1 2017", "Ouderenadviseur", "Stichting Kruispunt Raalte",
          ["Huisbezoeken en advies aan ouderen."], ("2012-01", "2017-03"), 63, False)]
EN_RATE = "Uurtarief € 87,00 (excl. BTW)"
cv(file="Esther Nijland.docx", fmt="docx", layout="single",
   name="Esther Nijland", email="esther.nijland@example.nl", phone="06-19283746", rate=EN_RATE,
   exp=en, crit_text={"6": EN6, "7": EN7, "8": EN8}, refs=["Wilma Dijkhuis", "Frank Hekman"],
   body=[("title", "Esther Nijland"),
         ("p", "[Foto: Esther Nijland bij de opening van het wijkpunt Raalte-Noord, 2021]"),
         ("p", "Raalte · 06-19283746 · esther.nijland@example.nl"),
         ("p", EN_RATE),
         ("h", "Profiel"),
         ("p", "Verbinder tussen beleid en uitvoering, met ruim acht jaar leidinggevende ervaring in welzijn en "
               "in het sociaal domein van een gemeente."),
         ("h", "Werkervaring"),
         ("pos", "pipe", en),
         ("h", "Opleiding"),
         ("p", "Maatschappelijk Werk & Dienstverlening — getuigschrift 2004"),
         ("p", "Hogeschool Windesheim, Zwolle (voltijd, 2000 – 2004)"),
         ("h", "Referenties"),
         ("p", "Wilma Dijkhuis, gemeentesecretaris, gemeente Olst-Wijhe, 06-19283747"),
         ("p", "Frank Hekman, directeur, Stichting Kruispunt Raalte, 06-19283748"),
         ("p", "[QR-code] Scan de code voor mijn LinkedIn-profiel en een korte videopresentatie.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=104, refs=(2, False), zzp=False, hourly=87.0,
               crit=FULL,
               notes="Quarters as dates. Manager Sociaal Domein, Gemeente Olst-Wijhe 2023-01..2025-11 = 35 + 'Q2 2017 "
                     "– Q4 2022' Coördinator Wijkteams, Stichting Kruispunt Raalte (the CV says it is the "
                     "welzijnsorganisatie of the gemeente Raalte) = 2017-04..2022-12 = 69 (start of Q2, end of Q4; "
                     "the narrowest reading, June..October, gives 65) -> contiguous, 104 (narrowest 100). Without "
                     "the quarter position only 35 < 60: the trap. Ouderenadviseur 'Q1 2012 – Q1 2017': no leading "
                     "role. 'Maatschappelijk Werk & Dienstverlening — getuigschrift 2004' at Hogeschool Windesheim: "
                     "the hbo MWD diploma (getuigschrift = diploma) -> hbo, mwd. Photo and QR-code captions. 2 "
                     "references. Rate 87. 100 points."))


# ------------------------------------------------------------------------- Thijs Bouwman (pdf, Chromium)
# Much English: English job titles, an English summary paragraph, an English skills list; still mainly Dutch.
TB_EN1 = ("Summary (English): I am an experienced manager in the Dutch social domain who enjoys building teams "
          "that are close to residents. In Amersfoort and Leusden I have led neighbourhood teams and youth and "
          "family teams, turned policy into programmes with measurable results and worked with care providers, "
          "health insurers and local businesses. I am happy to be interviewed in English or in Dutch.")
TB_EN2 = ("Skills: stakeholder management, coaching leadership, change management, data-informed steering, "
          "budget control, recruitment and selection, public-private partnerships.")
TB6 = ("Voorbeeld beleid naar resultaat: de Leusdense jeugdnota 'Samen opgroeien' vertaald naar een jaarwerkplan "
       "met concrete projecten (een praktijkondersteuner jeugd bij de huisartsen, een scheidingsloket en een "
       "jongerenpunt), met kwartaalrapportages aan het college.")
TB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de GGD Regio Utrecht en "
       "een publiek-private samenwerking (PPS) met bedrijven voor stageplaatsen.")
TB8 = "Projectleider van de reorganisatie van de Amersfoortse wijkteams tot vijf gebiedsteams (2018–2019)."
tb = [pos("sep. 2021 – heden", "Team Manager Youth & Families", "Gemeente Leusden",
          ["Leiding aan het team jeugd en gezin (16 medewerkers); formatie, werving en budget.", TB6, TB7],
          ("2021-09", REF), 51, True),
      pos("mei 2016 – aug. 2021 (5 jaar en 4 maanden)", "Coordinator Neighbourhood Teams", "Gemeente Amersfoort",
          ["Coördinatie van de sociale wijkteams in Amersfoort-Noord (4 teams, 30 professionals).", TB8],
          ("2016-05", "2021-08"), 64, True),
      pos("feb. 2010 – apr. 2016", "Policy Advisor Wmo", "Gemeente Amersfoort",
          ["Beleidsadvies over de Wmo en de decentralisaties."], ("2010-02", "2016-04"), 75, False)]
TB_RATE = "Hourly rate / uurtarief: € 91 excl. btw"
cv(file="Thijs Bouwman.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Thijs Bouwman", email="thijs.bouwman@example.com", phone="+31 6 4729 1836", rate=TB_RATE,
   exp=tb, crit_text={"6": TB6, "7": TB7, "8": TB8}, refs=["Mirjam Overbeek", "Dennis Kloosterman"],
   english=[TB_EN1, TB_EN2],
   html=dict(style="single", body=[
       ("title", "Thijs Bouwman"),
       ("p", "Amersfoort · +31 6 4729 1836 · thijs.bouwman@example.com"),
       ("p", TB_RATE),
       ("h", "Profiel"),
       ("p", "Manager en coördinator in het sociaal domein, met bijna tien jaar leidinggevende ervaring bij de "
             "gemeenten Amersfoort en Leusden. Ik werk graag vanuit de bedoeling en met ruimte voor de "
             "professional."),
       ("p", TB_EN1),
       ("h", "Werkervaring"),
       ("pos", "datebold", tb),
       ("h", "Opleiding"),
       ("p", "Bachelor Toegepaste Psychologie (hbo), Hogeschool Utrecht — diploma 2009"),
       ("h", "Vaardigheden"),
       ("p", TB_EN2),
       ("h", "Referenties"),
       ("p", "Mirjam Overbeek, Head of Social Domain (afdelingsmanager Samenleving), gemeente Leusden, 06-47291837"),
       ("p", "Dennis Kloosterman, programmamanager Wijkteams, gemeente Amersfoort, 06-47291838")]),
   expect=dict(pages=1, edu=("hbo", True, False), coord=115, refs=(2, False), zzp=False, hourly=91.0,
               crit=NOMWD,
               notes="Dutch CV with much English (an English summary paragraph, an English skills list, English job "
                     "titles): the headings and most sentences are Dutch -> language nl. 'Team Manager Youth & "
                     "Families', Gemeente Leusden 2021-09..2025-11 = 51 (manager, jeugd, gemeente) + 'Coordinator "
                     "Neighbourhood Teams', Gemeente Amersfoort 'mei 2016 – aug. 2021 (5 jaar en 4 maanden)' "
                     "2016-05..2021-08 = 64 (coordinator, wijkteams, gemeente; the duration agrees) -> contiguous, "
                     "115. Policy Advisor Wmo: no leading role. Bachelor Toegepaste Psychologie (hbo): a completed "
                     "hbo bachelor, not MWD -> knock-out 2 pass, criterion 4 0. 2 references. Rate 91. 85 points."))


# ------------------------------------------------------------------------- Fenna Jacobs (pdf, LibreOffice)
# Exactly 5 pages (page breaks between sections); references on the last page.
FJ6 = ("Voorbeeld: het Oldebroekse beleidsplan 'Samen leven, samen doen' heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een dorpsteam in Wezep, een mantelzorgpas en een aanpak schulden bij jonge "
       "gezinnen), met een monitor die elk halfjaar aan de raad wordt gerapporteerd.")
FJ7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de GGD Noord- en "
       "Oost-Gelderland en een publiek-private samenwerking (PPS) met bedrijven voor werkervaringsplaatsen.")
FJ8 = "Projectleider van de transformatie van de jeugdhulp in Elburg (2015–2017), met projectplan en stuurgroep."
fj = [pos("augustus 2018 – heden", "Manager Sociaal Domein", "Gemeente Oldebroek",
          ["Leiding aan drie teamleiders en 45 medewerkers (Wmo, jeugd, participatie, welzijn).",
           "Verantwoordelijk voor een budget van € 38 miljoen en de formatie van de afdeling.", FJ6, FJ7,
           "Opdrachtgever van de welzijnsorganisatie en de sociale wijkteams.",
           "Lid van het managementteam; portefeuillehouder DA Systems en informatievoorziening."],
          ("2018-08", REF), 88, True),
      pos("februari 2012 – juli 2018", "Coördinator Jeugd en Gezin", "Gemeente Elburg",
          ["Coördinatie van het Centrum voor Jeugd en Gezin en het jeugdteam (11 medewerkers).", FJ8,
           "Inkoop jeugdhulp in regio Noord-Veluwe, samen met vijf gemeenten.",
           "Contractmanagement met zorgaanbieders en rapportage aan het college."],
          ("2012-02", "2018-07"), 78, True),
      pos("september 2005 – januari 2012", "Gezinscoach", "Stichting Jeugdhulp Noord-Veluwe",
          ["Begeleiding van gezinnen met meervoudige problematiek.", "Casusregie en gezinsplannen."],
          ("2005-09", "2012-01"), 77, False)]
FJ_RATE = "Uurtarief: € 95,00 per uur (exclusief btw)"
FJ_PROJ = [
    ("Dorpsteam Wezep (2019–2020)", "Opzet van een dorpsteam met huisarts, wijkverpleging, jongerenwerk en "
     "consulenten. Resultaat: kortere wachttijden en meer vroegsignalering; het model is daarna in de andere "
     "kernen van Oldebroek ingevoerd."),
    ("Mantelzorgpas Oldebroek (2021)", "Samen met de welzijnsorganisatie en lokale winkeliers een pas voor "
     "mantelzorgers ontwikkeld; inmiddels 1.400 deelnemers, jaarlijks geëvalueerd met de mantelzorgraad."),
    ("Aanpak schulden jonge gezinnen (2022–2024)", "Vroegsignalering met woningcorporatie, energieleverancier en "
     "zorgverzekeraar; preventieve huisbezoeken door budgetcoaches; de resultaten zijn opgenomen in het "
     "jaarverslag sociaal domein."),
    ("Transformatie jeugdhulp Elburg (2015–2017)", "Projectleider bij de decentralisatie van de jeugdhulp: "
     "projectplan, stuurgroep, communicatie met ouders en zorgaanbieders, evaluatie na twee jaar."),
    ("Regionale inkoop jeugd Noord-Veluwe (2016–2018)", "Lid van het regionale inkoopteam; opstellen van "
     "bestek en kwaliteitseisen, gesprekken met aanbieders."),
]
cv(file="Fenna Jacobs.pdf", fmt="pdf", layout="single",
   name="Fenna Jacobs", email="fenna.jacobs@example.nl", phone="06-36475869", rate=FJ_RATE,
   exp=fj, crit_text={"6": FJ6, "7": FJ7, "8": FJ8}, refs=["Margriet Veldhuizen", "Hans Lubbers"],
   body=[("title", "Fenna Jacobs"),
         ("p", "Curriculum vitae — Manager Sociaal Domein"),
         ("h", "Personalia"),
         ("p", "Woonplaats: Wezep"), ("p", "Telefoon: 06-36475869"), ("p", "E-mail: fenna.jacobs@example.nl"),
         ("p", "Beschikbaar: per 1 december 2025, 24 uur per week"),
         ("p", FJ_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een ervaren leidinggevende in het sociaal domein, met meer dan dertien jaar ervaring als "
               "coördinator en manager bij twee Veluwse gemeenten. Ik verbind beleid en uitvoering, geef "
               "teams vertrouwen en ruimte, en houd tegelijk scherp zicht op resultaten, budget en formatie."),
         ("p", "Mijn kracht is het vertalen van bestuurlijke ambities naar werk dat inwoners merken. Ik werk "
               "graag samen met partners in de wijk en in de regio, en ik ben nieuwsgierig naar wat werkt."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Verbindend en coachend leidinggeven", "Helder communiceren en besluitvaardig",
                 "Analytisch, oplossingsgericht", "Oog voor inwoners én bestuur"]),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", fj),
         ("break",),
         ("h", "Projecten")] + [x for t, d in FJ_PROJ for x in (("pb", t), ("p", d))] +
        [("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2005"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Strategisch leidinggeven in het sociaal domein, 2019",
                 "Prince2 Foundation, 2016",
                 "Methodisch werken met DA Systems, 2021"]),
         ("h", "Nevenfuncties"),
         ("bl", ["Bestuurslid van de Stichting Vrienden van de Bibliotheek Wezep (onbezoldigd)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("break",),
         ("h", "Referenties"),
         ("p", "Margriet Veldhuizen, gemeentesecretaris, gemeente Oldebroek, 06-36475870"),
         ("p", "Hans Lubbers, wethouder Jeugd (2014–2022), gemeente Elburg, 06-36475871")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=166, refs=(2, False), zzp=False, hourly=95.0,
               crit=FULL,
               notes="Exactly 5 pages (page breaks between the sections; references alone on page 5) -> pages pass "
                     "(maximum 5). Manager Sociaal Domein, Gemeente Oldebroek 2018-08..2025-11 = 88 + Coördinator "
                     "Jeugd en Gezin, Gemeente Elburg 2012-02..2018-07 = 78 -> contiguous, 166. Gezinscoach: no "
                     "leading role. HBO MWD. 2 references on the last page. Rate 95. 100 points."))


# ------------------------------------------------------------------------- Gijs Hoekman (docx)
# Terse one-page CV; "2015/2019", "2019/heden" with the slash.
GH6 = "Beleid → project: Wmo-beleidsplan Dalfsen vertaald in jaarwerkplan met concrete projecten en resultaten."
GH7 = "Samenwerking: zorgaanbieders, huisartsen, zorgverzekeraar, PPS met lokale bedrijven."
GH8 = "Projectleider verandertraject 'één toegang' (2020)."
gh = [pos("2019/heden", "Manager Zorg & Welzijn", "Gemeente Dalfsen", [], ("2019-01", REF), 83, True, True),
      pos("2015/2019", "Teamleider Wmo", "Gemeente Staphorst", [], ("2015-01", "2019-12"), 60, True, True),
      pos("2009/2015", "Consulent Wmo", "Gemeente Zwolle", [], ("2009-01", "2015-12"), 84, False, True)]
GH_RATE = "€ 89 p/u"
cv(file="Gijs Hoekman.docx", fmt="docx", layout="single",
   name="Gijs Hoekman", email="gijs.hoekman@example.nl", phone="06-92817364", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7, "8": GH8}, refs=["Arjen Kramer", "Bea de Jong"],
   body=[("title", "Gijs Hoekman"),
         ("p", "Dalfsen | 06-92817364 | gijs.hoekman@example.nl | " + GH_RATE),
         ("h", "Ervaring")] + [("p", f"{p['d']}   {p['t']} – {p['e']}") for p in gh] +
        [("bl", [GH6, GH7, GH8]),
         ("h", "Opleiding"),
         ("p", "2005   Bachelor MWD – Hogeschool Windesheim"),
         ("h", "Referenties"),
         ("p", "Arjen Kramer (gem. Dalfsen) 06-92817365 · Bea de Jong (gem. Staphorst) 06-92817366")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="Terse one-page CV, one line per position, year-only periods with a slash. '2019/heden' Manager "
                     "Zorg & Welzijn, Gemeente Dalfsen = 2019-01..2025-11 + '2015/2019' Teamleider Wmo, Gemeente "
                     "Staphorst = 2015-01..2019-12 -> merged 2015-01..2025-11 = 131 (narrowest reading 38 + 72 = "
                     "110). Consulent Wmo '2009/2015': no leading role. 'Bachelor MWD – Hogeschool Windesheim' -> "
                     "hbo, mwd. References on one line with 'gem.' for gemeente: 2. Rate '€ 89 p/u'. 100 points."))


# ------------------------------------------------------------------------- Anouk Smeets (pdf, Chromium)
# References with only e-mail addresses; "Stichting Sociaal Werk Heerenveen" (the name says sociaal werk,
# the CV says welzijnsorganisatie).
AS6 = ("Voorbeeld: de Heerenveense welzijnsvisie 'Meer mienskip' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een buurtkamer per wijk, een vrijwilligerscentrale en een aanpak tegen "
       "eenzaamheid), met resultaten die we twee keer per jaar aan de gemeente rapporteren.")
AS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar De Friesland, de GGD Fryslân en een "
       "publiek-private samenwerking (PPS) met bedrijven rond werkervaringsplekken.")
AS8 = "Projectleider van de reorganisatie van jongerenwerk en buurtwerk tot vier wijkteams (2018–2019)."
as_ = [pos("okt. 2017 – heden", "Manager Welzijn & Wijkteams", "Stichting Sociaal Werk Heerenveen",
           ["Stichting Sociaal Werk Heerenveen is de welzijnsorganisatie van de gemeente Heerenveen: buurtwerk, "
            "jongerenwerk, mantelzorg en vrijwilligerswerk.",
            "Leiding aan vier wijkteams (34 medewerkers) en 250 vrijwilligers; formatie en budget.", AS6, AS7, AS8],
           ("2017-10", REF), 98, True),
       pos("2012 – 2017", "Opbouwwerker", "Stichting Sociaal Werk Heerenveen",
           ["Bewonersinitiatieven en buurtwerk in Heerenveen-Noord."], ("2012-01", "2017-12"), 72, False, True)]
AS_RATE = "€92 per uur, all-in"
cv(file="Anouk Smeets.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Anouk Smeets", email="anouk.smeets@example.nl", phone="06-57382910", rate=AS_RATE,
   exp=as_, crit_text={"6": AS6, "7": AS7, "8": AS8}, refs=["Marjan Postma", "Wiebe Hoekstra"],
   html=dict(style="single", body=[
       ("title", "Anouk Smeets"),
       ("p", "Heerenveen · 06-57382910 · anouk.smeets@example.nl"),
       ("p", "Tarief: " + AS_RATE),
       ("h", "Profiel"),
       ("p", "Manager in het welzijnswerk, met acht jaar leidinggevende ervaring bij de welzijnsorganisatie van "
             "Heerenveen. Ik werk vanuit de wijk en houd van resultaat."),
       ("h", "Werkervaring"),
       ("pos", "dateline", as_),
       ("h", "Opleiding"),
       ("p", "Bachelor of Social Work (MWD), NHL Hogeschool, Leeuwarden — diploma 2011"),
       ("h", "Referenties"),
       ("p", "Marjan Postma – m.postma@example.nl"),
       ("p", "Wiebe Hoekstra – w.hoekstra@example.com")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=98, refs=(2, False), zzp=False, hourly=92.0,
               crit=FULL,
               notes="Manager Welzijn & Wijkteams, Stichting Sociaal Werk Heerenveen 2017-10..2025-11 = 98: the "
                     "foundation's name says 'Sociaal Werk', not 'welzijn', but the CV states it is the "
                     "welzijnsorganisatie of the gemeente Heerenveen -> welzijnsstichting; manager + welzijn + "
                     "wijkteams -> relevant. Opbouwwerker '2012 – 2017': no leading role. Bachelor of Social Work "
                     "(MWD) -> hbo, mwd. References: two names with only an e-mail address each -> 2 named "
                     "references (the tender asks for references, not for phone numbers). Rate '€92 per uur, "
                     "all-in' -> 92. 100 points."))


# ------------------------------------------------------------------------- Rachid Benali (docx)
# One employer with successive roles and their sub-periods in one table cell; the employer cell carries the
# overall period "2012 – heden".
RB6 = ("Beleid naar resultaat: de Zwolse nota 'Zorg dichtbij' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (wijkzorgpunten, een mantelzorgregeling en een inloop voor jonge mantelzorgers), "
       "met kwartaalmonitoring.")
RB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de GGD IJsselland en een "
       "publiek-private samenwerking (PPS) met bedrijven voor dagbesteding.")
RB8 = "Projectleider van het verandertraject 'Wmo in de wijk' (2017–2018): projectplan, stuurgroep, evaluatie."
rb = [pos("sinds juli 2020", "Manager Zorg en Welzijn", "Gemeente Zwolle",
          ["Leiding aan vier teamleiders en 52 medewerkers.", RB6, RB7], ("2020-07", REF), 65, True),
      pos("feb. 2015 – jun. 2020", "Teamleider Wmo", "Gemeente Zwolle",
          ["Leiding aan het Wmo-team Zwolle-Zuid (14 consulenten).", RB8], ("2015-02", "2020-06"), 65, True),
      pos("2012 – 2015", "Wmo-consulent", "Gemeente Zwolle", ["Keukentafelgesprekken."],
          ("2012-01", "2015-12"), 48, False, True),
      pos("2009 – 2012", "Cliëntondersteuner", "Stichting Cliëntondersteuning IJssel",
          ["Onafhankelijke cliëntondersteuning Wmo."], ("2009-01", "2012-12"), 48, False, True)]
RB_RATE = "€ 84,- per uur (excl. btw)"
cv(file="Rachid Benali.docx", fmt="docx", layout="single",
   name="Rachid Benali", email="rachid.benali@example.nl", phone="06-74829103", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7, "8": RB8}, refs=["Els Wijnberg", "Tom Rikkert"],
   body=[("title", "Rachid Benali"),
         ("p", "Zwolle  ·  06-74829103  ·  rachid.benali@example.nl  ·  " + RB_RATE),
         ("h", "Profiel"),
         ("p", "Dertien jaar bij de gemeente Zwolle, van consulent via teamleider tot manager. Ik ken de "
               "uitvoering van binnenuit en vertaal ambities naar werk dat inwoners merken."),
         ("h", "Werkervaring"),
         ("rows", [("Gemeente Zwolle\n2012 – heden",
                    [x for p in rb[:3] for x in [f"{p['t']} — {p['d']}"] + p["tasks"]]),
                   ("Stichting Cliëntondersteuning IJssel\n2009 – 2012",
                    [f"{rb[3]['t']}"] + rb[3]["tasks"])]),
         ("h", "Opleiding"),
         ("p", "Bachelor Pedagogiek (hbo), Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Els Wijnberg, directeur Sociaal Domein, gemeente Zwolle, 06-74829104"),
         ("p", "Tom Rikkert, afdelingsmanager Zorg, gemeente Zwolle, 06-74829105")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=130, refs=(2, False), zzp=False, hourly=84.0,
               crit=NOMWD,
               notes="One employer cell 'Gemeente Zwolle / 2012 – heden' on the left; the roles with their own "
                     "sub-periods in the right cell: 'Manager Zorg en Welzijn — sinds juli 2020' 2020-07..2025-11 = "
                     "65, 'Teamleider Wmo — feb. 2015 – jun. 2020' 2015-02..2020-06 = 65 -> contiguous, 130. "
                     "'Wmo-consulent — 2012 – 2015': no leading role. The overall '2012 – heden' is the employment, "
                     "not a leading role (counting it as such would give 167; both readings are >= 72). "
                     "Cliëntondersteuner: no leading role. Bachelor Pedagogiek (hbo): completed hbo bachelor, not "
                     "MWD -> criterion 4 0. 2 references. Rate 84. 85 points."))


# ------------------------------------------------------------------------- Lieke Oosterhuis (pdf, LibreOffice)
# Periods followed by their duration "(5 jaar)", "(bijna 6 jaar)"; references on page 2 after a page break.
LO6 = ("Voorbeeld: de Lelystadse welzijnsnota 'Lelystad verbindt' heb ik omgezet in een jaarwerkplan met "
       "concrete projecten (huiskamers in de wijk, een mantelzorgcafé en buurtsportcoaches voor ouderen), "
       "met een monitor per halfjaar.")
LO7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de GGD Flevoland en een "
       "publiek-private samenwerking (PPS) met bedrijven en sportverenigingen.")
LO8 = "Projectleider van de herinrichting van het sociaal team in Dronten (2017), met projectplan en evaluatie."
lo = [pos("2020 – heden (bijna 6 jaar)", "Coördinator Welzijn", "Gemeente Lelystad",
          ["Coördinatie van het cluster welzijn (13 medewerkers); jaarplanning, budget en werving.", LO6, LO7],
          ("2020-01", REF), 71, True, True),
      pos("2015 – 2019 (5 jaar)", "Teamleider Sociaal Team", "Gemeente Dronten",
          ["Leiding aan het sociaal team (10 medewerkers: Wmo, jeugd, schuldhulp).", LO8],
          ("2015-01", "2019-12"), 60, True, True),
      pos("2008 – 2014 (7 jaar)", "Schoolmaatschappelijk werker", "Stichting Maatschappelijk Werk Flevoland",
          ["Ondersteuning van leerlingen en ouders op vijf basisscholen."], ("2008-01", "2014-12"), 84, False, True)]
LO_RATE = "Uurtarief € 94,00"
cv(file="Lieke Oosterhuis.pdf", fmt="pdf", layout="single",
   name="Lieke Oosterhuis", email="lieke.oosterhuis@example.nl", phone="06-28374651", rate=LO_RATE,
   exp=lo, crit_text={"6": LO6, "7": LO7, "8": LO8}, refs=["Ronald Brink", "Saskia Meulenbelt"],
   body=[("title", "Lieke Oosterhuis"),
         ("p", "Lelystad · 06-28374651 · lieke.oosterhuis@example.nl · " + LO_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein van twee Flevolandse gemeenten, samen ruim tien "
               "jaar. Ik breng rust en structuur, en ik maak ruimte voor de professional."),
         ("h", "Werkervaring"),
         ("pos", "next", lo),
         ("h", "Opleiding"),
         ("p", "HBO MWD – diploma behaald in 2007, Hogeschool Windesheim Flevoland"),
         ("break",),
         ("h", "Referenties"),
         ("p", "Ronald Brink, afdelingsmanager Samenleving, gemeente Lelystad, 06-28374652"),
         ("p", "Saskia Meulenbelt, teammanager Sociaal Domein, gemeente Dronten, 06-28374653")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=94.0,
               crit=FULL,
               notes="Year-only periods followed by their duration. Coördinator Welzijn, Gemeente Lelystad '2020 – "
                     "heden (bijna 6 jaar)' = 2020-01..2025-11 = 71 + Teamleider Sociaal Team, Gemeente Dronten "
                     "'2015 – 2019 (5 jaar)' = 2015-01..2019-12 = 60 (the durations agree with the year-only "
                     "convention) -> contiguous, 131 (narrowest reading 60 + 38 = 98). Schoolmaatschappelijk "
                     "werker: no leading role. HBO MWD. References alone on page 2, after a page break: 2. Rate "
                     "94. 100 points."))


if os.environ.get("ZEEF_H29_ONLY") == "lo":
    CVS[:] = [c for c in CVS if c.get("producer") != "chromium"]
