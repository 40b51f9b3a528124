# -*- coding: utf-8 -*-
"""The fictional CVs of the sample inbox, and their hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up.
Employers are real Dutch municipalities and realistic foundation names.

Each CV is a dict:
  file      inbox file name (with extension; the extension is what the
            submitter chose, "fmt" is what is really inside)
  fmt       "pdf" | "docx" | "doc"
  layout    single | sidebar | europass | exptable | header | textbox | long6
  lang      nl | en | de | af (headings and labels)
  name, email, phone, city, rate (the rate line exactly as printed, or None)
  profile   paragraphs
  exp       positions: d (date text as printed), t (title), e (employer),
            tasks, span (first, last month "YYYY-MM"; hand-entered, None end
            never used: open ends are written as "2025-11"), rel (relevant
            for knock-out 3 / criterion 5 by the default rules), yearonly
            (True when the printed dates have no months)
  edu       (dates, text)
  extra     [(heading, [paragraphs])]
  skills, languages
  refs      list of reference lines, or a string (e.g. "Referenties op aanvraag.")
  post      encrypt | scan | doc | nopages | pdf_as_docx (post-processing)
  expect    the hand-checked expectation (see expected.py for the full record)
"""

REF = "2025-11"

# ---------------------------------------------------------------- phrases
# Criterion 6: policy turned into concrete projects and results.
C6 = ("Voorbeeld beleid naar resultaat: vastgesteld beleid vertaald naar concrete projecten "
      "en resultaten, vastgelegd in een jaarwerkplan met heldere monitoring, evaluatie en rapportage.")
# Criterion 7: collaboration partners in welfare.
C7 = ("Structureel overleg met samenwerkingspartners in het welzijnsveld: zorgaanbieders, de "
      "zorgverzekeraar en patiëntenorganisaties; betrokken bij een publiek-private samenwerking (PPS).")
# Criterion 8: project-based work / change programmes.
C8 = ("Projectleider van een verandertraject: projectmatig werken volgens Prince2, inclusief de "
      "reorganisatie van het team.")

NEUTRAL = [
    "Dagelijkse aansturing en coördinatie van het team.",
    "Verantwoordelijk voor formatie, werving en selectie en de verdeling van uren.",
    "Bewaking van het budget en de financiële kaders; kwartaalrapportages aan de afdelingsmanager.",
    "Coaching van medewerkers op eigenaarschap, methodisch en oplossingsgericht werken.",
    "Inrichting en beheer van het registratiesysteem.",
    "Overleg met wethouder en afdelingsmanager over de koers van het team.",
]

# Neutral extra sections (no criterion keywords, no dates) to give some CVs a second page.
EXTRA_NL = [
    ("Cursussen en trainingen", ["Leergang Leidinggeven in het sociaal domein",
                                 "Training Motiverende gespreksvoering",
                                 "Cursus Financiële sturing voor leidinggevenden",
                                 "Training Oplossingsgericht coachen"]),
    ("Nevenactiviteiten", ["Bestuurslid van de plaatselijke voetbalvereniging.",
                           "Vrijwilliger bij de voedselbank in de regio."]),
    ("Competenties", ["Verbindend: ik breng mensen en organisaties bij elkaar en zorg dat afspraken "
                      "worden nagekomen.",
                      "Coachend: ik help medewerkers hun eigen kracht te benutten en stimuleer eigenaarschap.",
                      "Besluitvaardig: ik durf knopen door te hakken, ook als belangen tegenstrijdig zijn.",
                      "Analytisch: ik kijk kritisch naar werkprocessen en cijfers en zoek naar verbeteringen."]),
]


CVS = []


def cv(**kw):
    kw.setdefault("lang", "nl")
    kw.setdefault("extra", [])
    kw.setdefault("post", None)
    kw.setdefault("city", "Zwolle")
    CVS.append(kw)
    return kw


# =================================================================== eligible
cv(file="Jan de Vries.pdf", fmt="pdf", layout="single",
   name="Jan de Vries", email="jan.devries@example.nl", phone="06-12340001", city="Zwolle",
   rate="Uurtarief: € 87,50",
   profile=["Ervaren coördinator in het sociaal domein met ruim tien jaar ervaring bij de gemeente "
            "Zwolle. Ik verbind beleid en praktijk, coach medewerkers en stuur op resultaat.",
            C6, C7],
   exp=[dict(d="2015 – heden", t="Coördinator Wmo en Jeugd", e="Gemeente Zwolle",
             tasks=NEUTRAL[:3] + [C8], span=("2015-01", REF), rel=True, yearonly=True),
        dict(d="jan. 2018 – dec. 2020", t="Coördinator Gebiedsteam Zuid (naast hoofdfunctie, 8 uur)",
             e="Gemeente Zwolle", tasks=["Coördinatie van het gebiedsteam Zuid."],
             span=("2018-01", "2020-12"), rel=True),
        dict(d="2009 - 2014", t="Beleidsmedewerker Wmo", e="Gemeente Deventer",
             tasks=["Opstellen van beleidsnota's en raadsvoorstellen Wmo."],
             span=("2009-01", "2014-12"), rel=False, yearonly=True)],
   edu=[("2004 – 2008", "HBO Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool Windesheim, Zwolle – diploma behaald"),
        ("1998 – 2004", "VWO, Thorbecke Scholengemeenschap, Zwolle")],
   skills=["Verbinden", "Coachen", "Besluitvaardig", "Analytisch"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Anouk Hendriks – teammanager Sociaal Domein, Gemeente Zwolle – 06-12349901",
         "Rob Kramer – afdelingsmanager Samenleving, Gemeente Zwolle – 06-12349902"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator Wmo en Jeugd Gemeente Zwolle 2015-01..2025-11 = 131 (relevant); the side job "
                     "Coördinator Gebiedsteam 2018-01..2020-12 (36) lies inside it and counts once; "
                     "Beleidsmedewerker Deventer 2009-2014 not relevant (role). MWD diploma behaald."))

cv(file="Pieter Jansen.pdf", fmt="pdf", layout="europass",
   name="Pieter Jansen", email="pieter.jansen@example.nl", phone="06-12340002", city="Deventer",
   rate="Uurtarief: € 89,00",
   profile=["Teamleider met een bestuurskundige achtergrond en ruime ervaring in participatie en "
            "jeugd bij gemeenten in Overijssel."],
   exp=[dict(d="2019 - nu", t="Teamleider Participatie", e="Gemeente Deventer",
             tasks=NEUTRAL[:2] + [C6, C7], span=("2019-01", REF), rel=True, yearonly=True),
        dict(d="jan. 2012 – dec. 2018", t="Coördinator Jeugd en Gezin", e="Gemeente Raalte",
             tasks=NEUTRAL[3:5] + [C8], span=("2012-01", "2018-12"), rel=True),
        dict(d="sept. 2008 – dec. 2011", t="Beleidsmedewerker Jeugd", e="Gemeente Raalte",
             tasks=["Voorbereiden van nota's over jeugdhulp."], span=("2008-09", "2011-12"), rel=False)],
   edu=[("2006 – 2008", "WO Master Bestuurskunde, Radboud Universiteit Nijmegen – afgestudeerd"),
        ("2002 – 2006", "WO Bachelor Bestuurskunde, Radboud Universiteit Nijmegen – afgestudeerd")],
   skills=["Leiderschap", "Stakeholdermanagement", "Resultaatgericht"],
   languages=["Nederlands (moedertaal)", "Engels (vloeiend)", "Duits (redelijk)"],
   refs=["Marloes Boersma – afdelingsmanager Sociaal Domein, Gemeente Deventer – 06-12349903",
         "Henk Wolters – wethouder Jeugd, Gemeente Raalte – 06-12349904",
         "Sevda Yilmaz – teamleider Jeugd, Gemeente Raalte – 06-12349905"],
   expect=dict(pages=2, edu=("wo", True, False), coord=167, refs=(3, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Teamleider Participatie Deventer 2019-01..2025-11 = 83 + Coördinator Jeugd en Gezin Raalte "
                     "2012-01..2018-12 = 84 -> 167; Beleidsmedewerker not relevant. WO master Bestuurskunde: "
                     "degree yes, MWD no."))

cv(file="Kees Mulder.docx", extra=EXTRA_NL, fmt="docx", layout="header",
   name="Kees Mulder", email="kees.mulder@example.nl", phone="06-12340003", city="Olst",
   rate="Uurtarief: € 88,- excl. btw",
   profile=["Manager sociaal domein die teams in beweging brengt en dicht bij inwoners en "
            "medewerkers staat. " + C6.replace("Voorbeeld beleid naar resultaat: v", "V"),
            "Voorbeeld: het vastgestelde beleid voor preventie en welzijn heb ik vertaald naar concrete "
            "projecten en resultaten in het jaarwerkplan 2023 (zes wijkinitiatieven, alle geëvalueerd)."],
   exp=[dict(d="oktober 2014 – heden", t="Manager Sociaal Domein", e="Gemeente Olst-Wijhe",
             tasks=NEUTRAL[:4] + [C7], span=("2014-10", REF), rel=True),
        dict(d="september 2010 tot en met augustus 2014", t="Coördinator Welzijn en Buurtwerk",
             e="Stichting Welzijn Raalte", tasks=NEUTRAL[4:6], span=("2010-09", "2014-08"), rel=True),
        dict(d="jan. 2006 – aug. 2010", t="Jongerenwerker", e="Stichting Welzijn Raalte",
             tasks=["Ambulant jongerenwerk in de kernen."], span=("2006-01", "2010-08"), rel=False)],
   edu=[("2001 – 2005", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer – diploma behaald")],
   skills=["Coachend leiderschap", "Financiële sturing", "Heldere communicatie"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Ilse Brinkman – gemeentesecretaris, Gemeente Olst-Wijhe – 06-12349906",
         "Gert-Jan Hofman – directeur, Stichting Welzijn Raalte – 06-12349907"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=182, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 0),
               notes="Contact details only in the page header. Manager Sociaal Domein Olst-Wijhe 2014-10..2025-11 = 134 "
                     "+ Coördinator Welzijn Stichting Welzijn Raalte 2010-09..2014-08 = 48 -> 182; jongerenwerker not "
                     "relevant. No project/change wording (criterion 8 = 0). Ties with Sanne van Dijk-Öztürk at 75; "
                     "lower rate (88 < 92) ranks him 3rd."))

cv(file="Sanne van Dijk-Öztürk.docx", extra=EXTRA_NL, fmt="docx", layout="sidebar",
   name="Sanne van Dijk-Öztürk", email="sanne.vandijk@example.com", phone="06-12340004", city="Epe",
   rate="tarief € 92,- per uur excl. btw",
   profile=["Manager welzijn met een achtergrond in social work. Ik werk vanuit het perspectief van "
            "de inwoner en breng structuur in werkprocessen.", C6],
   exp=[dict(d="vanaf mei 2020", t="Manager Welzijn", e="Stichting Welzijn Epe",
             tasks=NEUTRAL[:3] + [C7, C8], span=("2020-05", REF), rel=True),
        dict(d="maart 2016 - juni 2019", t="Beleidsmedewerker Welzijn", e="Gemeente Apeldoorn",
             tasks=["Schrijven van beleidsnotities over welzijn en preventie."],
             span=("2016-03", "2019-06"), rel=False),
        dict(d="aug. 2011 – feb. 2016", t="Maatschappelijk werker", e="Stichting Welzijn Epe",
             tasks=["Individuele hulpverlening aan inwoners."], span=("2011-08", "2016-02"), rel=False)],
   edu=[("2007 – 2011", "Bachelor Social Work (hbo), Saxion Hogeschool, Deventer – diploma behaald")],
   skills=["Verbinder", "Procesmatig", "Coachend", "Financieel bewust"],
   languages=["Nederlands (moedertaal)", "Turks (goed)", "Engels (goed)"],
   refs=["Carla Timmer – bestuurder, Stichting Welzijn Epe – 06-12349908",
         "Jeroen Span – teamleider Welzijn, Gemeente Apeldoorn – 06-12349909",
         "Fatima el Amrani – coördinator Wijkteams, Stichting Welzijn Epe – 06-12349910"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=67, refs=(3, False), zzp=False, hourly=92.0,
               crit=(15, 0, 15, 20, 25),
               notes="Only Manager Welzijn Stichting Welzijn Epe 2020-05..2025-11 = 67 is relevant (>= 60, < 72, so "
                     "criterion 5 = 0); Beleidsmedewerker and maatschappelijk werker not relevant (role). Ties with "
                     "Kees Mulder at 75; higher rate (92) ranks her 4th, not shortlisted."))

cv(file="Linda de Boer.docx", fmt="docx", layout="textbox",
   name="Linda de Boer", email="linda.deboer@example.nl", phone="06-1234 0005", city="Ommen",
   rate="Uurtarief: € 95,00",
   profile=["Teamleider gebiedsteam met een warme, heldere stijl van leidinggeven. Ik geef richting, "
            "durf keuzes te maken en zorg dat medewerkers met vertrouwen hun werk doen."],
   exp=[dict(d="09/2014 – heden", t="Teamleider Gebiedsteam", e="Gemeente Ommen",
             tasks=NEUTRAL[:3] + [C8], span=("2014-09", REF), rel=True),
        dict(d="09/2010 – 08/2014", t="Coördinator Jeugd", e="Gemeente Hardenberg",
             tasks=NEUTRAL[3:5], span=("2010-09", "2014-08"), rel=True),
        dict(d="02/2006 – 08/2010", t="Jeugdconsulent", e="Gemeente Hardenberg",
             tasks=["Toegang jeugdhulp en gezinsgesprekken."], span=("2006-02", "2010-08"), rel=False)],
   edu=[("2001 – 2005", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim – diploma behaald")],
   skills=["Leidinggeven", "Coachen", "Organiseren", "Budgetbeheer"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Yvonne Dijkstra – afdelingsmanager, Gemeente Ommen – 06-12349911",
         "Martin Scholten – teamleider Jeugd, Gemeente Hardenberg – 06-12349912"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=95.0,
               crit=(15, 25, 0, 0, 25),
               notes="Contact, skills and languages sit in a text frame (sidebar). Teamleider Gebiedsteam Ommen "
                     "2014-09..2025-11 = 135 + Coördinator Jeugd Hardenberg 2010-09..2014-08 = 48 -> 183; "
                     "jeugdconsulent not relevant. No policy-to-results example, no partners named."))

cv(file="Marieke Visser.docx", extra=EXTRA_NL, fmt="docx", layout="exptable",
   name="Marieke Visser", email="marieke.visser@example.nl", phone="06-12340006", city="Kampen",
   rate="Uurtarief € 85,00 (excl. btw)",
   profile=["Bestuurskundige en coördinator welzijn. Sterk in de verbinding van beleid naar uitvoering "
            "en in het professionaliseren van teams.", C6, C7],
   exp=[dict(d="sinds 2021", t="Coördinator Welzijn", e="Stichting Welzijn Kampen",
             tasks=NEUTRAL[:2], span=("2021-01", REF), rel=True, yearonly=True),
        dict(d="06-2018 t/m 12-2020", t="Coördinator Gebiedsteams", e="Gemeente Kampen",
             tasks=NEUTRAL[2:4], span=("2018-06", "2020-12"), rel=True),
        dict(d="01-2012 t/m 12-2018", t="Teamleider Wmo", e="Gemeente Kampen",
             tasks=NEUTRAL[4:6], span=("2012-01", "2018-12"), rel=True),
        dict(d="09-2008 t/m 12-2011", t="Wmo-consulent", e="Gemeente Kampen",
             tasks=["Keukentafelgesprekken en indicaties."], span=("2008-09", "2011-12"), rel=False)],
   edu=[("2004 – 2008", "HBO Bestuurskunde / Overheidsmanagement, Hogeschool Windesheim – diploma behaald")],
   skills=["Analytisch", "Verbindend", "Structuur aanbrengen"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Hans Veenstra – directeur, Stichting Welzijn Kampen – 06-12349913",
         "Petra Bos – teammanager Sociaal Domein, Gemeente Kampen – 06-12349914"],
   expect=dict(pages=2, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 0),
               notes="Experience is a table (periode | functie | werkgever). Teamleider Wmo 2012-01..2018-12 (84) and "
                     "Coördinator Gebiedsteams 2018-06..2020-12 (31) overlap 7 months; with Coördinator Welzijn "
                     "2021-01..2025-11 (59) the merged span is 2012-01..2025-11 = 167 (not 174). HBO Bestuurskunde is "
                     "not MWD."))

cv(file="Thomas Bakker.pdf", fmt="pdf", layout="single",
   name="Thomas Bakker", email="thomas.bakker@example.nl", phone="+31 6 12340007", city="Dalfsen",
   rate=None,
   profile=["Leidinggevende in het sociaal domein met een nuchtere en open stijl. Ik werk graag in "
            "een kleine gemeente met korte lijnen en help teams helder te krijgen wat er van hen wordt verwacht."],
   exp=[dict(d="mrt. 2017 – heden", t="Team Lead Social Domain", e="Gemeente Zwolle",
             tasks=NEUTRAL[:3], span=("2017-03", REF), rel=True),
        dict(d="jan. 2014 – feb. 2017", t="Programme Manager Jeugd & Wmo", e="Gemeente Dalfsen",
             tasks=["Projectleider voor de invoering van de nieuwe werkwijze jeugdhulp; projectmatig werken "
                    "met een vaste planning, mijlpalen en voortgangsrapportages."] + NEUTRAL[3:4],
             span=("2014-01", "2017-02"), rel=True),
        dict(d="2010 - 2013", t="Consulent Wmo", e="Gemeente Dalfsen",
             tasks=["Gesprekken met inwoners over ondersteuning."], span=("2010-01", "2013-12"), rel=False,
             yearonly=True)],
   edu=[("2005 – 2009", "HBO Bestuurskunde, Saxion Hogeschool – diploma behaald"),
        ("2002 – 2005", "MBO Sociaal Werk (niveau 4), Deltion College Zwolle – diploma behaald")],
   skills=["Leidinggeven", "Communicatie", "Planning en organisatie"],
   languages=["Nederlands (moedertaal)", "Engels (uitstekend)"],
   refs=["Esmee Koning – directeur Samenleving, Gemeente Zwolle – 06-12349915",
         "Bart Lammers – gemeentesecretaris, Gemeente Dalfsen – 06-12349916"],
   expect=dict(pages=1, edu=("hbo", True, False), coord=143, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 25, 0, 0, 25),
               notes="Dutch CV with English job titles. Team Lead Social Domain Zwolle 2017-03..2025-11 = 105 + "
                     "Programme Manager Jeugd & Wmo Dalfsen 2014-01..2017-02 = 38 -> 143; consulent not relevant. "
                     "MBO Sociaal Werk is MBO, not MWD; HBO Bestuurskunde gives the degree. No hourly rate."))

# ========================================================== not eligible (Dutch)
cv(file="Femke Smit.pdf", fmt="pdf", layout="sidebar",
   name="Femke Smit", email="femke.smit@example.nl", phone="06-12340008", city="Dalfsen",
   rate="Uurtarief: € 78,50",
   profile=["Coördinator welzijn ouderen met een groot netwerk in Dalfsen en omgeving.", C6, C7],
   exp=[dict(d="feb. 2013 – heden", t="Coördinator Welzijn Ouderen", e="Stichting Welzijn Dalfsen",
             tasks=NEUTRAL[:4], span=("2013-02", REF), rel=True),
        dict(d="mrt. 2003 – jan. 2013", t="Ouderenwerker", e="Stichting Welzijn Dalfsen",
             tasks=["Huisbezoeken en activiteiten voor ouderen."], span=("2003-03", "2013-01"), rel=False)],
   edu=[("2002 – 2003", "Propedeuse HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim"),
        ("1998 – 2002", "MBO Sociaal-Pedagogisch Werk (niveau 4), Deltion College – diploma behaald")],
   skills=["Netwerken", "Organiseren", "Empathie"],
   languages=["Nederlands (moedertaal)"],
   refs=["Gerda Mensink – directeur, Stichting Welzijn Dalfsen – 06-12349917",
         "Johan Pieters – beleidsadviseur Wmo, Gemeente Dalfsen – 06-12349918"],
   expect=dict(pages=1, edu=("mbo", False, False), coord=154, refs=(2, False), zzp=False, hourly=78.5,
               crit=(0, 25, 15, 20, 0),
               notes="Only a propedeuse HBO MWD (not a completed bachelor) -> knock-out 2 fails. Coördinator Welzijn "
                     "Ouderen Stichting Welzijn Dalfsen 2013-02..2025-11 = 154."))

cv(file="Bas Meijer.docx", fmt="docx", layout="single", post="nopages",
   name="Bas Meijer", email="bas.meijer@example.nl", phone="06-12340009", city="Hengelo",
   rate="Uurtarief: € 80,00",
   profile=["Teamleider jeugd met hart voor gezinnen en medewerkers."],
   exp=[dict(d="juni 2014 – heden", t="Teamleider Jeugd", e="Gemeente Hengelo",
             tasks=NEUTRAL[:2] + [C8], span=("2014-06", REF), rel=True),
        dict(d="aug. 2008 – mei 2014", t="Jeugdconsulent", e="Gemeente Hengelo",
             tasks=["Toegang jeugdhulp."], span=("2008-08", "2014-05"), rel=False)],
   edu=[("2009 – 2011", "HBO Social Work, Saxion Hogeschool – niet afgerond"),
        ("2005 – 2008", "MBO Maatschappelijke Zorg (niveau 4), ROC van Twente – diploma behaald")],
   skills=["Leidinggeven", "Daadkrachtig"],
   languages=["Nederlands (moedertaal)", "Engels (redelijk)"],
   refs=["Wim Oude Elferink – afdelingsmanager, Gemeente Hengelo – 06-12349919",
         "Sylvia Jansen – teamleider Wmo, Gemeente Hengelo – 06-12349920"],
   expect=dict(pages=1, pages_exact=False, edu=("mbo", False, False), coord=138, refs=(2, False), zzp=False,
               hourly=80.0, crit=(0, 25, 0, 0, 25),
               notes="DOCX without <Pages> in docProps/app.xml: page count must be estimated (renders as 1 page). "
                     "HBO Social Work niet afgerond -> knock-out 2 fails. Teamleider Jeugd Hengelo 2014-06..2025-11 = 138."))

cv(file="Ingrid Hoekstra.pdf", fmt="pdf", layout="exptable",
   name="Ingrid Hoekstra", email="ingrid.hoekstra@example.nl", phone="06-12340010", city="Hardenberg",
   rate="Uurtarief: € 95,-",
   profile=["Manager zorg en welzijn met brede ervaring in de gemeentelijke organisatie.", C6, C7],
   exp=[dict(d="apr. 2012 – heden", t="Manager Zorg en Welzijn", e="Gemeente Hardenberg",
             tasks=NEUTRAL[:3] + [C8], span=("2012-04", REF), rel=True),
        dict(d="sept. 2005 – mrt. 2012", t="Medewerker Wmo-loket", e="Gemeente Hardenberg",
             tasks=["Informatie en advies aan inwoners."], span=("2005-09", "2012-03"), rel=False)],
   edu=[("2002 – 2005", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool van Amsterdam – gestopt in 2005"),
        ("1998 – 2001", "MBO Sociaal Cultureel Werk (niveau 4), ROC Amsterdam – diploma behaald")],
   skills=["Sturen op resultaat", "Budgetbeheer", "Verbinden"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Koen Nijboer – directeur, Gemeente Hardenberg – 06-12349921",
         "Anja Wessels – wethouder Zorg, Gemeente Hardenberg – 06-12349922"],
   expect=dict(pages=1, edu=("mbo", False, False), coord=164, refs=(2, False), zzp=False, hourly=95.0,
               crit=(0, 25, 15, 20, 25),
               notes="HBO MWD gestopt in 2005 -> no completed HBO, knock-out 2 fails. Manager Zorg en Welzijn "
                     "Hardenberg 2012-04..2025-11 = 164; Wmo-loket not relevant."))

cv(file="Ruud Vermeulen.docx", fmt="docx", layout="europass",
   name="Ruud Vermeulen", email="ruud.vermeulen@example.nl", phone="06-12340011", city="Epe",
   rate="Uurtarief: € 82,50",
   profile=["Coördinator participatie met hbo werk- en denkniveau en een lange staat van dienst bij de "
            "gemeente Epe.", C7],
   exp=[dict(d="jan. 2011 – heden", t="Coördinator Participatie", e="Gemeente Epe",
             tasks=NEUTRAL[:4], span=("2011-01", REF), rel=True),
        dict(d="mei 2004 – dec. 2010", t="Werkcoach Participatie", e="Gemeente Epe",
             tasks=["Begeleiding van inwoners naar werk."], span=("2004-05", "2010-12"), rel=False)],
   edu=[("2000 – 2004", "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4), ROC Aventus, Apeldoorn – diploma behaald")],
   skills=["Hbo werk- en denkniveau", "Klantgericht", "Coachend"],
   languages=["Nederlands (moedertaal)"],
   refs=["Dirk van Essen – teamleider Werk en Inkomen, Gemeente Epe – 06-12349923",
         "Monique Harms – afdelingsmanager, Gemeente Epe – 06-12349924"],
   expect=dict(pages=1, edu=("mbo", False, False), coord=179, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 25, 0, 20, 0),
               notes="Claims only 'hbo werk- en denkniveau'; the diploma is MBO -> knock-out 2 fails. Coördinator "
                     "Participatie Epe 2011-01..2025-11 = 179; werkcoach not relevant."))

cv(file="Nicole Dekker.pdf", fmt="pdf", layout="single",
   name="Nicole Dekker", email="nicole.dekker@example.nl", phone="06-12340012", city="Hattem",
   rate="Uurtarief: € 75,00",
   profile=["Coördinator welzijn en mantelzorg. Ik houd overzicht en zorg voor rust in het team.", C6],
   exp=[dict(d="sept. 2017 – heden", t="Coördinator Welzijn en Mantelzorg", e="Stichting Welzijn Hattem",
             tasks=NEUTRAL[:4], span=("2017-09", REF), rel=True),
        dict(d="jan. 2012 – aug. 2017", t="Mantelzorgconsulent", e="Stichting Welzijn Hattem",
             tasks=["Ondersteuning van mantelzorgers."], span=("2012-01", "2017-08"), rel=False)],
   edu=[("2014 – 2016", "Associate degree Sociaal Werk, Hogeschool Windesheim – diploma behaald"),
        ("2008 – 2011", "MBO Maatschappelijke Zorg (niveau 4), Landstede – diploma behaald")],
   skills=["Overzicht", "Rust", "Plannen"],
   languages=["Nederlands (moedertaal)", "Engels (redelijk)"],
   refs=["Lies Broekman – directeur, Stichting Welzijn Hattem – 06-12349925",
         "Tom de Jong – beleidsadviseur, Gemeente Hattem – 06-12349926"],
   expect=dict(pages=1, edu=("ad", False, False), coord=99, refs=(2, False), zzp=False, hourly=75.0,
               crit=(0, 25, 15, 0, 0),
               notes="Associate degree (Ad) Sociaal Werk is below HBO bachelor -> knock-out 2 fails, not MWD. "
                     "Coördinator Welzijn en Mantelzorg Stichting Welzijn Hattem 2017-09..2025-11 = 99."))

cv(file="Willem de Graaf.docx", extra=EXTRA_NL, fmt="docx", layout="single",
   name="Willem de Graaf", email="willem.degraaf@example.nl", phone="06-12340013", city="Hattem",
   rate="Tarief: € 110,- per uur excl. btw",
   profile=["Zelfstandig interim-manager (zzp'er) in het sociaal domein. Ik werk vanuit mijn eigen "
            "onderneming De Graaf Sociaal Advies, KvK-nummer 12345678.", C6, C7],
   exp=[dict(d="2019 - nu", t="Interim-manager Sociaal Domein (via eigen onderneming)", e="Gemeente Hattem",
             tasks=NEUTRAL[:3] + [C8], span=("2019-01", REF), rel=True, yearonly=True),
        dict(d="jan. 2010 – dec. 2018", t="Teamleider Wmo", e="Gemeente Deventer",
             tasks=NEUTRAL[3:6], span=("2010-01", "2018-12"), rel=True)],
   edu=[("2003 – 2007", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool – afgestudeerd")],
   skills=["Interim-management", "Sturen", "Verbinden"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Arjen Vos – directeur Sociaal Domein, Gemeente Hattem – 06-12349927",
         "Nelleke Smits – afdelingsmanager, Gemeente Deventer – 06-12349928"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=True, hourly=110.0,
               crit=(15, 25, 15, 20, 25),
               notes="Presents himself as zzp'er with eigen onderneming and KvK-nummer -> knock-out 1 review. "
                     "Interim-manager Hattem 2019-01..2025-11 = 83 + Teamleider Wmo Deventer 2010-01..2018-12 = 108 -> 191."))

cv(file="Esther Kok.docx", fmt="docx", layout="single",
   name="Esther Kok", email="esther.kok@example.nl", phone="06-12340014", city="Kampen",
   rate="Uurtarief: € 91,00",
   profile=["Coördinator gebiedsteam die graag ontwikkelt en organiseert.", C7],
   exp=[dict(d="okt. 2016 – heden", t="Coördinator Gebiedsteam", e="Gemeente Kampen",
             tasks=NEUTRAL[:3] + [C8], span=("2016-10", REF), rel=True),
        dict(d="sept. 2012 – sept. 2016", t="Maatschappelijk werker", e="Stichting Welzijn Kampen",
             tasks=["Hulpverlening aan gezinnen."], span=("2012-09", "2016-09"), rel=False)],
   edu=[("2008 – 2012", "Bachelor Social Work, Hogeschool Windesheim – diploma behaald")],
   skills=["Organiseren", "Coachen", "Doorzetten"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs="Referenties op aanvraag.",
   expect=dict(pages=1, edu=("hbo", True, True), coord=110, refs=(0, True), zzp=False, hourly=91.0,
               crit=(15, 25, 0, 20, 25),
               notes="'Referenties op aanvraag' and no named reference -> references review. Coördinator Gebiedsteam "
                     "Kampen 2016-10..2025-11 = 110."))

cv(file="Mark Peters.docx", fmt="pdf", layout="single", post="pdf_as_docx",
   name="Mark Peters", email="mark.peters@example.nl", phone="06-12340015", city="Ommen",
   rate="Uurtarief: € 86,00",
   profile=["Manager welzijn met oog voor inwoners en medewerkers.", C6],
   exp=[dict(d="nov. 2015 – heden", t="Manager Welzijn", e="Stichting Welzijn Ommen",
             tasks=NEUTRAL[:4], span=("2015-11", REF), rel=True),
        dict(d="feb. 2010 – okt. 2015", t="Opbouwwerker", e="Stichting Welzijn Ommen",
             tasks=["Ondersteunen van bewonersinitiatieven."], span=("2010-02", "2015-10"), rel=False)],
   edu=[("2005 – 2009", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim – diploma behaald")],
   skills=["Inwonersperspectief", "Leidinggeven"],
   languages=["Nederlands (moedertaal)", "Duits (goed)"],
   refs=["Rianne Gerritsen – bestuurder, Stichting Welzijn Ommen – 06-12349929"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=121, refs=(1, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 0, 0),
               notes="A PDF saved under a .docx name: read as PDF. Only one named reference -> references fail. "
                     "Manager Welzijn Stichting Welzijn Ommen 2015-11..2025-11 = 121."))

cv(file="Annemiek Vos.pdf", fmt="pdf", layout="long6",
   name="Annemiek Vos", email="annemiek.vos@example.nl", phone="06-12340016", city="Zutphen",
   rate="Uurtarief: € 94,00",
   profile=["Coördinator Wmo met ruim twaalf jaar ervaring bij de gemeente Zutphen.", C6, C7],
   exp=[dict(d="aug. 2013 – heden", t="Coördinator Wmo", e="Gemeente Zutphen",
             tasks=NEUTRAL + [C8], span=("2013-08", REF), rel=True),
        dict(d="jan. 2008 – jul. 2013", t="Wmo-consulent", e="Gemeente Zutphen",
             tasks=["Keukentafelgesprekken en beschikkingen."], span=("2008-01", "2013-07"), rel=False)],
   edu=[("2003 – 2007", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim – diploma behaald")],
   skills=["Verbinden", "Organiseren", "Analyseren", "Coachen"],
   languages=["Nederlands (moedertaal)", "Engels (goed)", "Duits (redelijk)"],
   refs=["Frank Berends – afdelingsmanager, Gemeente Zutphen – 06-12349930",
         "Loes Hendriksen – teamleider Wmo, Gemeente Zutphen – 06-12349931"],
   expect=dict(pages=6, edu=("hbo", True, True), coord=148, refs=(2, False), zzp=False, hourly=94.0,
               crit=(15, 25, 15, 20, 25),
               notes="Six pages -> pages check fails (max 5); otherwise a full-score CV. Coördinator Wmo Zutphen "
                     "2013-08..2025-11 = 148."))

cv(file="Hanneke Brouwer.pdf", fmt="pdf", layout="single",
   name="Hanneke Brouwer", email="hanneke.brouwer@example.nl", phone="06-12340017", city="Oldebroek",
   rate="Uurtarief: € 84,00",
   profile=["Beleidsadviseur en voormalig coördinator welzijn.", C6, C7],
   exp=[dict(d="feb. 2021 – heden", t="Beleidsadviseur Sociaal Domein", e="Gemeente Oldebroek",
             tasks=["Advisering over welzijn en preventie."], span=("2021-02", REF), rel=False),
        dict(d="jan. 2020 – jan. 2021", t="Coördinator Wmo", e="Gemeente Oldebroek",
             tasks=NEUTRAL[:3], span=("2020-01", "2021-01"), rel=True),
        dict(d="2016 - 2019", t="Coördinator Welzijn", e="Stichting Welzijn Epe",
             tasks=NEUTRAL[3:6], span=("2016-01", "2019-12"), rel=True, yearonly=True),
        dict(d="2010 - 2015", t="Maatschappelijk werker", e="Stichting Welzijn Epe",
             tasks=["Hulpverlening aan inwoners."], span=("2010-01", "2015-12"), rel=False, yearonly=True)],
   edu=[("2005 – 2009", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool – diploma behaald")],
   skills=["Analytisch", "Verbindend"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Sandra Veldkamp – teamleider, Gemeente Oldebroek – 06-12349932",
         "Erwin Klein – directeur, Stichting Welzijn Epe – 06-12349933"],
   expect=dict(pages=2, edu=("hbo", True, True), coord=61, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 0, 15, 20, 0),
               notes="Coördinator Welzijn '2016 - 2019' (year-only: 48 by convention, as little as 26 if the years "
                     "were partial) + Coördinator Wmo 2020-01..2021-01 = 13 -> 61, just above 60 but possibly 39 -> "
                     "knock-out 3 review. At most 61 < 72, so criterion 5 = 0. Beleidsadviseur not relevant."))

cv(file="Erik van Leeuwen.docx", extra=EXTRA_NL, fmt="docx", layout="single",
   name="Erik van Leeuwen", email="erik.vanleeuwen@example.nl", phone="06-12340018", city="Zwolle",
   rate="Uurtarief: € 88,00",
   profile=["Coördinator en beleidsmedewerker met ervaring in ziekenhuis, thuiszorg en gemeente.", C6],
   exp=[dict(d="2019 - nu", t="Coördinator Zorglogistiek", e="Ziekenhuis De Vechtstreek",
             tasks=NEUTRAL[:2] + [C8], span=("2019-01", REF), rel=False, yearonly=True),
        dict(d="jan. 2014 – dec. 2018", t="Beleidsmedewerker Wmo", e="Gemeente Zwolle",
             tasks=["Opstellen van de beleidsnota Wmo."], span=("2014-01", "2018-12"), rel=False),
        dict(d="apr. 2011 – dec. 2013", t="Teamleider Jeugd", e="Gemeente Zwolle",
             tasks=NEUTRAL[2:4], span=("2011-04", "2013-12"), rel=True),
        dict(d="jan. 2008 – mrt. 2011", t="Manager Thuiszorg", e="CareFlex B.V.",
             tasks=NEUTRAL[4:5], span=("2008-01", "2011-03"), rel=False)],
   edu=[("2003 – 2007", "WO Master Gezondheidswetenschappen, Universiteit Maastricht – afgestudeerd")],
   skills=["Logistiek", "Analyseren", "Plannen"],
   languages=["Nederlands (moedertaal)", "Engels (goed)"],
   refs=["Judith Hoeve – manager Bedrijfsvoering, Ziekenhuis De Vechtstreek – 06-12349934",
         "Stefan Rouwenhorst – teamleider Wmo, Gemeente Zwolle – 06-12349935"],
   expect=dict(pages=2, edu=("wo", True, False), coord=33, refs=(2, False), zzp=False, hourly=88.0,
               crit=(0, 0, 15, 0, 25),
               notes="Only Teamleider Jeugd Zwolle 2011-04..2013-12 = 33 is relevant -> knock-out 3 fails. Coördinator "
                     "at a hospital and Manager at a B.V. do not count (employer); Beleidsmedewerker at the gemeente "
                     "does not count (role)."))

# ============================================================ other languages
cv(file="Lotte Willems.pdf", fmt="pdf", layout="single", lang="en",
   name="Lotte Willems", email="lotte.willems@example.com", phone="06-12340019", city="Zwolle",
   rate="Hourly rate: € 90 (excl. VAT)",
   profile=["Experienced coordinator in the Dutch social domain. I lead teams with clarity and care, "
            "and I like to keep things simple for residents and staff alike."],
   exp=[dict(d="Jan 2012 – Present", t="Coordinator Wmo and Youth", e="Gemeente Zwolle",
             tasks=["Day-to-day management of a team of twelve.",
                    "Responsible for staffing, recruitment and the allocation of hours.",
                    "Prince2 certified project manager for the new intake procedure."],
             span=("2012-01", REF), rel=True),
        dict(d="Sep 2008 – Dec 2011", t="Policy Officer Youth", e="Gemeente Zwolle",
             tasks=["Drafted council proposals on youth care."], span=("2008-09", "2011-12"), rel=False)],
   edu=[("2004 – 2008", "Bachelor Social Work (HBO), Saxion University of Applied Sciences – graduated")],
   skills=["Leadership", "Coaching", "Budget control"],
   languages=["Dutch (native)", "English (fluent)"],
   refs=["Maaike Dam – head of Social Affairs, Gemeente Zwolle – 06-12349936",
         "Olaf Reinders – team manager Youth, Gemeente Zwolle – 06-12349937"],
   expect=dict(pages=1, lang="en", edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 0, 0, 25),
               notes="Written entirely in English -> Dutch check fails. Coordinator Wmo and Youth Gemeente Zwolle "
                     "2012-01..2025-11 = 167; Policy Officer not relevant. Prince2 gives criterion 8."))

cv(file="Katrin Schulte.docx", fmt="docx", layout="single", lang="de",
   name="Katrin Schulte", email="katrin.schulte@example.com", phone="06-12340020", city="Enschede",
   rate="Stundensatz: € 85,00",
   profile=["Erfahrene Sozialarbeiterin mit einem Masterabschluss in Erziehungswissenschaft. Ich arbeite "
            "gern mit Familien und Jugendlichen und suche eine neue Herausforderung in den Niederlanden.",
            "Ich bin zuverlässig, strukturiert und behalte auch in schwierigen Situationen die Ruhe. "
            "Seit einigen Jahren wohne ich in Enschede und spreche inzwischen gut Niederländisch."],
   exp=[dict(d="04/2014 – 10/2025", t="Sozialarbeiterin", e="Stadt Münster, Jugendamt",
             tasks=["Beratung und Begleitung von Familien.", "Fallführung im Kinderschutz."],
             span=("2014-04", "2025-10"), rel=False),
        dict(d="09/2010 – 03/2014", t="Sozialarbeiterin", e="Diakonie Münster",
             tasks=["Beratung von Jugendlichen und jungen Erwachsenen."], span=("2010-09", "2014-03"), rel=False)],
   edu=[("2008 – 2010", "Master of Arts Erziehungswissenschaft, Universität Münster – abgeschlossen"),
        ("2005 – 2008", "Bachelor of Arts Erziehungswissenschaft, Universität Münster – abgeschlossen")],
   skills=["Gesprächsführung", "Kinderschutz", "Teamarbeit"],
   languages=["Deutsch (Muttersprache)", "Niederländisch (gut)", "Englisch (gut)"],
   refs=["Andrea Köhler – Abteilungsleiterin, Stadt Münster – 06-12349938",
         "Michael Brandt – Teamleiter, Diakonie Münster – 06-12349939"],
   expect=dict(pages=1, lang="de", edu=("wo", True, False), coord=0, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 0, 0, 0, 0),
               notes="Written in German -> Dutch check fails. Both positions are social work, not coordinator/"
                     "manager, and not at a Dutch gemeente or welzijnsstichting -> 0 months, knock-out 3 fails. "
                     "University master -> degree yes."))

cv(file="Annelie du Plessis.pdf", fmt="pdf", layout="single", lang="af",
   name="Annelie du Plessis", email="annelie.duplessis@example.com", phone="06-12340021", city="Apeldoorn",
   rate="Uurtarief: € 80,00",
   profile=["Ek is 'n ervare maatskaplike werker met meer as twaalf jaar ondervinding in gemeenskapsontwikkeling "
            "in die Wes-Kaap. Ek het onlangs na Nederland verhuis en soek nou 'n nuwe uitdaging.",
            "Ek glo dat elke mens die reg het om deel te wees van sy of haar gemeenskap. In my werk luister "
            "ek eers goed, en dan soek ek saam met die gesin na 'n oplossing wat by hulle pas. Ek is nie "
            "bang vir moeilike gesprekke nie en ek hou daarvan om met ander kollegas kennis te deel.",
            "My sterk punte is geduld, deursettingsvermoë en 'n goeie sin vir humor. Ek praat Afrikaans, "
            "Engels en redelik goeie Nederlands, en ek leer elke dag meer."],
   exp=[dict(d="Januarie 2013 – Oktober 2025", t="Maatskaplike werker",
             e="Departement van Maatskaplike Ontwikkeling, Wes-Kaap",
             tasks=["Ondersteuning van gesinne en kinders in nood.", "Gemeenskapsgesprekke en huisbesoeke."],
             span=("2013-01", "2025-10"), rel=False),
        dict(d="Februarie 2010 – Desember 2012", t="Maatskaplike werker", e="Gemeenskapsdienste Paarl",
             tasks=["Berading van jongmense en hul ouers."], span=("2010-02", "2012-12"), rel=False)],
   edu=[("2007 – 2009", "BA Sielkunde, Universiteit Stellenbosch – graad verwerf")],
   skills=["Luister", "Berading", "Spanwerk"],
   languages=["Afrikaans (moedertaal)", "Engels (vlot)", "Nederlands (goed)"],
   refs=["Marietjie van Wyk – bestuurder, Gemeenskapsdienste Paarl – 06-12349940",
         "Johan Botha – hoof maatskaplike werk, Departement van Maatskaplike Ontwikkeling – 06-12349941"],
   expect=dict(pages=1, lang="af", edu=("wo", True, False), coord=0, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 0, 0, 0, 0),
               notes="Written in Afrikaans (close to Dutch, but not Dutch) -> Dutch check fails. Social worker "
                     "positions in South Africa, not coordinator at a gemeente/welzijnsstichting -> 0 months."))

# ========================================================== unreadable files
cv(file="Gerrit Postma.pdf", fmt="pdf", layout="single", post="encrypt",
   name="Gerrit Postma", email="gerrit.postma@example.nl", phone="06-12340022", city="Heerde",
   rate="Uurtarief: € 90,00",
   profile=["Coördinator welzijn.", C6],
   exp=[dict(d="2015 – heden", t="Coördinator Welzijn", e="Stichting Welzijn Epe",
             tasks=NEUTRAL[:2], span=("2015-01", REF), rel=True, yearonly=True)],
   edu=[("2005 – 2009", "HBO Maatschappelijk Werk en Dienstverlening – diploma behaald")],
   skills=["Verbinden"], languages=["Nederlands (moedertaal)"],
   refs=["Bert Lubbers – directeur, Stichting Welzijn Epe – 06-12349942",
         "Ria Hulst – teamleider, Gemeente Epe – 06-12349943"],
   expect=dict(error=("pdf", "encrypted"),
               notes="Password-protected PDF (qpdf AES-256, user password set) -> error record 'encrypted'."))

cv(file="Joost van der Linden.pdf", fmt="pdf", layout="single", post="scan",
   name="Joost van der Linden", email="joost.vanderlinden@example.nl", phone="06-12340023", city="Wezep",
   rate="Uurtarief: € 85,00",
   profile=["Teamleider sociaal domein.", C7],
   exp=[dict(d="2016 – heden", t="Teamleider Sociaal Domein", e="Gemeente Oldebroek",
             tasks=NEUTRAL[:2], span=("2016-01", REF), rel=True, yearonly=True)],
   edu=[("2004 – 2008", "HBO Social Work – diploma behaald")],
   skills=["Leidinggeven"], languages=["Nederlands (moedertaal)"],
   refs=["Kim Smeenk – directeur, Gemeente Oldebroek – 06-12349944",
         "Paul Baas – teamleider, Gemeente Oldebroek – 06-12349945"],
   expect=dict(error=("pdf", "no_text"),
               notes="Scanned CV: page images only, no text layer -> error record 'no_text'."))

cv(file="Wendy Koster.doc", fmt="doc", layout="single", post="doc",
   name="Wendy Koster", email="wendy.koster@example.nl", phone="06-12340024", city="Epe",
   rate="Uurtarief: € 83,00",
   profile=["Coördinator wijkteam.", C8],
   exp=[dict(d="2017 – heden", t="Coördinator Wijkteam", e="Gemeente Epe",
             tasks=NEUTRAL[:2], span=("2017-01", REF), rel=True, yearonly=True)],
   edu=[("2006 – 2010", "HBO Maatschappelijk Werk en Dienstverlening – diploma behaald")],
   skills=["Organiseren"], languages=["Nederlands (moedertaal)"],
   refs=["Lisa Kuipers – teamleider, Gemeente Epe – 06-12349946",
         "Harm Jonker – manager, Gemeente Epe – 06-12349947"],
   expect=dict(error=(None, "unsupported_format"),
               notes="Legacy Word 97-2003 .doc (OLE2 compound file): neither PDF nor DOCX -> 'unsupported_format'."))
