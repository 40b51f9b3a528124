# -*- coding: utf-8 -*-
"""Fictional CVs for the four test tenders in tests/tenders/*.txt, with their
hand-checked expected outcomes.  Every person, phone number, e-mail address
and reference is made up; employers are real Dutch municipalities and
realistic organisation names.

TENDERS maps a tender (the request file's name without .txt) to its CVs.  A CV
is a dict in the format of samples/src/cvs.py (rendered by
samples/src/render.py), plus:
  expect  (checks, knockouts, score, outcome, rank)
          checks     pages/dutch/references as p(ass) f(ail) r(eview)
          knockouts  one letter per knock-out in the request's order
          score      the criteria points (also for candidates that are not
                     eligible: the pipeline scores everyone)
          outcome    eligible | review | not eligible
          rank       the rank among the eligible, or None
Months are counted to the tender's deadline (its reference date).
"""

REFS2 = ["Petra Smit – teammanager, Gemeente Hardenberg – 06-11110001",
         "Gerrit Mulder – afdelingshoofd, Gemeente Ommen – 06-11110002"]


def cv(file, name, exp, edu, profile, refs=REFS2, fmt=None, lang="nl", rate=None, extra=None,
       skills=("Analytisch", "Verbindend"), languages=("Nederlands (moedertaal)", "Engels (goed)"), **expect):
    return dict(file=file, fmt=fmt or file.rsplit(".", 1)[1], layout="single", lang=lang, name=name,
                email=name.lower().replace(" ", ".") + "@example.nl", phone="06-2222" + str(sum(map(ord, name)) % 10000).zfill(4),
                city="Zwolle", rate=rate, profile=profile, exp=exp, edu=edu, extra=extra or [],
                skills=list(skills), languages=list(languages), refs=refs, post=None, expect=expect["expect"])


def pos(d, t, e, *tasks):
    return dict(d=d, t=t, e=e, tasks=list(tasks))


TENDERS = {}

# ------------------------------------------------ beleidsadviseur Wmo (ref 2026-01)
TENDERS["beleidsadviseur-wmo-zwartewaterland"] = [
    cv("Ellen Post.pdf", "Ellen Post", rate="Uurtarief: € 95,00",
       profile=["Beleidsadviseur met ruime ervaring in het sociaal domein van middelgrote gemeenten."],
       exp=[pos("maart 2017 – heden", "Beleidsadviseur Wmo", "Gemeente Kampen",
                "Opstellen van de Wmo-verordening en de beleidsregels maatwerkvoorzieningen.",
                "Inkoop en contractmanagement van Wmo-voorzieningen samen met de regiogemeenten.",
                "Advisering van college en raad.")],
       edu=[("2010 – 2016", "WO Master Bestuurskunde, Universiteit Twente – afgestudeerd")],
       expect=("ppp", "ppp", 100, "eligible", 1)),
    cv("Hamid Amrani.pdf", "Hamid Amrani", rate="Uurtarief: € 88,00",
       profile=["Beleidsmedewerker die graag dicht op de uitvoering werkt."],
       exp=[pos("januari 2021 – heden", "Beleidsmedewerker Wmo", "Gemeente Zwolle",
                "Herziening van de verordening maatschappelijke ondersteuning.",
                "Advisering over mantelzorgondersteuning en beschermd wonen.")],
       edu=[("2013 – 2019", "WO Master Sociologie, Universiteit Utrecht – afgestudeerd")],
       expect=("ppp", "ppp", 25, "eligible", 2)),
    cv("Sanne Wolters.docx", "Sanne Wolters",
       profile=["Ervaren beleidsadviseur in het sociaal domein."],
       exp=[pos("2014 – heden", "Beleidsadviseur Wmo", "Gemeente Deventer",
                "Opstellen van verordeningen en beleidsregels voor de Wmo.",
                "Advisering van het college.")],
       edu=[("2009 – 2013", "HBO Bestuurskunde, Saxion Hogeschool – diploma behaald")],
       expect=("ppp", "pfp", 55, "not eligible", None)),
    cv("Joris Hendriks.pdf", "Joris Hendriks",
       profile=["Adviseur op het snijvlak van zorg en ondersteuning."],
       exp=[pos("2015 – heden", "Beleidsadviseur Wmo en zorginkoop", "Zilveren Kruis Zorgverzekeraar",
                "Zorginkoop voor de regio Zwolle.", "Overleg met zorgaanbieders.")],
       edu=[("2008 – 2014", "WO Master Gezondheidswetenschappen, Vrije Universiteit Amsterdam – afgestudeerd")],
       expect=("ppp", "ppf", 25, "not eligible", None)),
]

# ------------------------------------------------ jeugdconsulent (ref 2026-02)
TENDERS["jeugdconsulent-olst-wijhe"] = [
    cv("Fatima el Idrissi.pdf", "Fatima el Idrissi", rate="Uurtarief: € 78,00",
       profile=["Jeugdconsulent met hart voor gezinnen en oog voor wat nodig is."],
       exp=[pos("september 2017 – heden", "Jeugdconsulent", "Gemeente Deventer",
                "Opstellen van ondersteuningsplannen met ouders en jongeren op basis van de Jeugdwet.",
                "Inzet van passende jeugdhulp en afstemming met het wijkteam.")],
       edu=[("2012 – 2016", "HBO Pedagogiek, Hogeschool Windesheim – diploma behaald")],
       expect=("ppp", "ppp", 65, "eligible", 1)),
    cv("Tom Brinkman.docx", "Tom Brinkman", rate="Uurtarief: € 74,00",
       profile=["Jeugdhulpverlener met ervaring in ambulante hulp."],
       exp=[pos("maart 2021 – heden", "Jeugdhulpverlener", "Stichting Jeugdzorg IJsselland",
                "Ambulante begeleiding van gezinnen binnen de kaders van de Jeugdwet.",
                "Overleg met huisartsen en scholen.")],
       edu=[("2016 – 2020", "HBO Social Work, Saxion Hogeschool – diploma behaald")],
       expect=("ppp", "ppp", 40, "eligible", 2)),
    cv("Lisa Veenstra.pdf", "Lisa Veenstra",
       profile=["Startende jeugdconsulent met een pedagogische achtergrond."],
       exp=[pos("januari 2024 – heden", "Jeugdconsulent", "Gemeente Raalte",
                "Keukentafelgesprekken met ouders.", "Afstemming met scholen."),
            pos("2018 – 2023", "Pedagogisch medewerker", "Kinderopvang Zonnetje",
                "Begeleiding van een groep peuters.")],
       edu=[("2014 – 2018", "HBO Pedagogiek, Hogeschool Windesheim – diploma behaald")],
       expect=("ppp", "ppf", 20, "not eligible", None)),
    cv("Ahmed Yilmaz.pdf", "Ahmed Yilmaz",
       profile=["Jeugdconsulent met brede ervaring in gemeentelijke toegang."],
       exp=[pos("2016 – heden", "Jeugdconsulent", "Gemeente Zwolle",
                "Toegang tot jeugdhulp volgens de Jeugdwet.", "Coaching van nieuwe collega's.")],
       edu=[("2010 – 2014", "HBO Social Work, Hogeschool Windesheim – diploma behaald")],
       refs="Referenties op aanvraag.",
       expect=("ppr", "ppp", 65, "review", None)),
]

# ------------------------------------------------ projectleider Omgevingswet (ref 2026-01)
TENDERS["projectleider-omgevingswet-hof-van-twente"] = [
    cv("Bart Nijhuis.pdf", "Bart Nijhuis", rate="Uurtarief: € 105,00",
       profile=["Projectleider in het fysieke domein met een planologische achtergrond."],
       exp=[pos("2017 – heden", "Projectleider Omgevingswet", "Gemeente Enschede",
                "Implementatie van de Omgevingswet: omgevingsvisie en omgevingsplan.",
                "Participatietrajecten met inwoners en ondernemers.",
                "Projectmatig werken volgens Prince2.")],
       edu=[("2006 – 2012", "WO Master Planologie, Radboud Universiteit Nijmegen – afgestudeerd")],
       expect=("ppp", "ppp", 100, "eligible", 1)),
    cv("Ilse Kamphuis.docx", "Ilse Kamphuis", rate="Uurtarief: € 98,00",
       profile=["Programmamanager met ervaring bij provincie en omgevingsdienst."],
       exp=[pos("januari 2022 – heden", "Projectleider VTH", "Omgevingsdienst Twente",
                "Projectmatig werken volgens Prince2 bij de invoering van nieuwe werkprocessen."),
            pos("januari 2014 – december 2021", "Programmamanager fysieke leefomgeving", "Provincie Overijssel",
                "Sturing op het provinciale programma ruimtelijke ontwikkeling.")],
       edu=[("2009 – 2013", "HBO Ruimtelijke Ordening en Planologie, Saxion Hogeschool – diploma behaald")],
       expect=("ppp", "ppp", 20, "eligible", 2)),
    cv("Rik Boerman.pdf", "Rik Boerman",
       profile=["Projectleider in de infrastructuur."],
       exp=[pos("2012 – heden", "Projectleider infrastructuur", "Ingenieursbureau Oost B.V.",
                "Leiding over wegenprojecten volgens Prince2.")],
       edu=[("2007 – 2011", "HBO Civiele Techniek, Saxion Hogeschool – diploma behaald")],
       expect=("ppp", "ppf", 20, "not eligible", None)),
    cv("Emma Clarke.pdf", "Emma Clarke", lang="en",
       profile=["Project manager with ten years of experience in spatial planning for Dutch municipalities."],
       exp=[pos("Jan 2015 – Present", "Project manager spatial planning", "Municipality of Hengelo",
                "Implementation of the Environment and Planning Act and spatial planning.",
                "Public participation with residents and local businesses.")],
       edu=[("2008 – 2013", "MSc Urban Planning, University of Amsterdam – graduated")],
       languages=("English (native)", "Dutch (basic)"),
       refs=["Karen Bos – head of planning, Municipality of Hengelo – 06-11110003",
             "Mark de Wit – programme director, Municipality of Hengelo – 06-11110004"],
       expect=("pfp", "ppp", 100, "not eligible", None)),
]

# ------------------------------------------------ teamleider Burgerzaken (ref 2026-01)
TENDERS["teamleider-burgerzaken-sudwest-fryslan"] = [
    cv("Wytske de Jong.pdf", "Wytske de Jong", rate="Uurtarief: € 82,00",
       profile=["Teamleider Burgerzaken die dienstverlening en wettelijke taken in balans houdt."],
       exp=[pos("2018 – heden", "Teamleider Burgerzaken", "Gemeente Leeuwarden",
                "Verantwoordelijk voor BRP, reisdocumenten en burgerlijke stand.",
                "Digitalisering van de dienstverlening aan inwoners.")],
       edu=[("2008 – 2012", "HBO Bestuurskunde, NHL Stenden Hogeschool – diploma behaald")],
       expect=("ppp", "ppp", 50, "eligible", 1)),
    cv("Sjoerd Hoekstra.pdf", "Sjoerd Hoekstra", rate="Uurtarief: € 70,00",
       profile=["Coördinator met jarenlange ervaring aan de balie."],
       exp=[pos("maart 2022 – heden", "Coördinator Publiekszaken", "Gemeente Smallingerland",
                "Dagelijkse aansturing van de baliemedewerkers; kwaliteit van de BRP."),
            pos("2012 – 2022", "Medewerker Burgerzaken", "Gemeente Smallingerland",
                "Aanvragen van paspoorten en rijbewijzen.")],
       edu=[("2008 – 2011", "MBO 4 Juridisch Medewerker, Friesland College – diploma behaald")],
       expect=("ppp", "ppp", 10, "eligible", 2)),
    cv("Marco Veldman.docx", "Marco Veldman",
       profile=["Zelfstandig interim-teamleider (zzp'er) in de publieke dienstverlening.",
                "Eigen onderneming: Veldman Interim, KvK-nummer 87654321."],
       exp=[pos("2015 – heden", "Teamleider Burgerzaken (interim)", "Gemeente Heerenveen",
                "Aansturing van het team Burgerzaken.")],
       edu=[("2005 – 2009", "HBO Bestuurskunde, NHL Hogeschool – diploma behaald")],
       expect=("ppp", "rpp", 25, "review", None)),
    cv("Anouk Bakker.pdf", "Anouk Bakker",
       profile=["Leidinggevende met hbo werk- en denkniveau."],
       exp=[pos("2016 – heden", "Teamleider Burgerzaken", "Gemeente Harlingen",
                "Aansturing van het team Burgerzaken.")],
       edu=[("1998 – 2003", "HAVO, Bogerman College, Sneek – diploma behaald")],
       expect=("ppp", "pfp", 15, "not eligible", None)),
]
