# -*- coding: utf-8 -*-
"""Holdout round 43 for zeef: an ordinary night's inbox, second series. 10 fictional CVs (5 PDF, 5 DOCX) as
suppliers really send them for the Heerde request, from regions the earlier ordinary rounds hardly used
(Friesland, Zeeuws-Vlaanderen with a Flemish career, Brabant, Noord-Limburg, West-Friesland, Groningen, Drenthe,
Zuid-Holland, Utrecht), with ordinary career shapes: a municipal merger (Skarsterlan -> De Fryske Marren, Veghel ->
Meierijstad, Delfzijl -> Eemsdelta), a merger of welfare foundations, a Belgian municipality, two part-time jobs at
once, a career break, a long CV of exactly five pages made from a Word template.

Seven are eligible with scores 100, 85, 80, 80, 75, 70, 60: the two on 80 tie exactly and the hourly rate decides
the third shortlist place (EUR 81,25 "op basis van functieschaal 105" against 84 euro). Three are not eligible for
ordinary reasons: 58 months as coordinator, an associate degree with the bachelor still running, a zzp'er.
Layouts: single column, sidebar table, Europass (dates in a left-hand column), experience table, contact in the page
header -- each once as PDF and once as DOCX.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation, company,
KvK number, phone number, e-mail address and reference here is made up. Employers are real municipalities (Dutch
and one Belgian) and fictional foundations and companies. See tests/holdout2/src/cvset.py for the field list;
crit_not as in round 32 (right words that are no evidence).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Jildou Kingma (pdf) Europass, Friesland
# Europass with the dates in the left-hand column (MM/YYYY).
# A municipal merger: Teamleider Wmo at Gemeente Skarsterlan until 31/12/2013, then the same people in the new
# Gemeente De Fryske Marren. Frisian place names (Sint-Nyk, Jouwer), Frisian as a mother tongue. Full marks.
JK6 = ("Voorbeeld van beleid naar resultaat: het beleidsplan sociaal domein 'Mienskip foar elkoar' (2020) heb ik met "
       "de teamleiders uitgewerkt in een jaarwerkplan met zes projecten, waaronder dorpsloketten in Joure, Lemmer en "
       "Balk. Resultaat eind 2023: 1.100 inwoners meer bereikt en de wachttijd voor een eerste gesprek terug van "
       "vier weken naar één week.")
JK7 = ("Regie op de samenwerking met zorgaanbieders, huisartsen en praktijkondersteuners, GGD Fryslân en de "
       "zorgverzekeraar; mede-opsteller van het convenant 'Gezond Lemmer', een publiek-private samenwerking met de "
       "huisartsenpraktijk, de woningcorporatie en de winkeliersvereniging.")
JK8 = ("Projectleider van de herinrichting van de toegang na de herindeling: van drie gemeentelijke loketten naar "
       "vier gebiedsteams, met plan van aanpak, scholing van de teams en een evaluatie met de raad.")
jk = [pos("01/2019 – heden", "Coördinator Sociaal Domein", "Gemeente De Fryske Marren",
          ["Coördinatie van de vier gebiedsteams (34 professionals Wmo, jeugd, schuldhulp en welzijn) en van de "
           "opdrachten aan de welzijnsorganisatie.",
           "Formatie, instroom en werving & selectie met HR; verdeling van de uren over de teams; budgethouder van "
           "het teambudget en de welzijnssubsidies.",
           JK6, JK7,
           "Key-user en trekker bij de overstap van alle gebiedsteams naar DA Systems (2022)."],
          ("2019-01", REF), 83, True),
      pos("01/2014 – 12/2018", "Teamleider Gebiedsteam Joure", "Gemeente De Fryske Marren",
          ["Leiding aan het gebiedsteam Joure (12 medewerkers) in de eerste jaren van de nieuwe gemeente.", JK8],
          ("2014-01", "2018-12"), 60, True),
      pos("09/2011 – 12/2013", "Teamleider Wmo", "Gemeente Skarsterlân",
          ["Leiding aan de Wmo-consulenten en het zorgloket in Joure.",
           "Per 1 januari 2014 is Skarsterlân met Lemsterland en Gaasterlân-Sleat opgegaan in de gemeente De "
           "Fryske Marren; ik ging met mijn team mee over."],
          ("2011-09", "2013-12"), 28, True),
      pos("09/2006 – 08/2011", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Zuidwest-Friesland",
          ["Algemeen maatschappelijk werk in Sneek en Bolsward; groepstraining 'Grip op je geld'."],
          ("2006-09", "2011-08"), 60, False)]
JK_RATE = "€ 88,00 excl. btw"
cv(file="Jildou Kingma.pdf", fmt="pdf", layout="single",
   name="Jildou Kingma", email="jildou.kingma@example.nl", phone="06 3847 1295", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Sjoerd Terpstra", "Baukje Feenstra"],
   must_have=["Sint Nicolaasga (Sint-Nyk)", "Certificaat Frysk"],
   body=[("title", "Jildou Kingma"),
         ("p", "Europass-cv — coördinator sociaal domein"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Jildou Kingma"]),
                   ("Woonplaats", ["Sint Nicolaasga (Sint-Nyk), Friesland"]),
                   ("Mobiel", ["06 3847 1295"]),
                   ("E-mail", ["jildou.kingma@example.nl"]),
                   ("Uurtarief", [JK_RATE]),
                   ("Beschikbaar", ["per 1 december 2025 voor 24 uur per week"])]),
         ("h", "Functieprofiel"),
         ("p", "Ik coördineer sinds 2019 het sociaal domein van De Fryske Marren, een plattelandsgemeente met "
               "zo'n vijftig dorpen rond Joure en Lemmer. Daarvoor was ik teamleider, eerst in Skarsterlân en na "
               "de herindeling in de nieuwe gemeente. Ik weet hoe het is om een team door een verandering te "
               "loodsen en tegelijk het werk voor de inwoner door te laten gaan. Mijn stijl: rustig, helder en "
               "met oog voor de mienskip."),
         ("h", "Werkervaring"),
         ("eu_pos", jk),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("09/2002 – 06/2006", ["Bachelor Maatschappelijk Werk en Dienstverlening",
                                                "NHL Hogeschool, Leeuwarden — diploma behaald"]),
                   ("2016", ["Leergang Leidinggeven in het sociaal domein (6 dagen), certificaat"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands en Fries"]),
                   ("Andere talen", ["Engels (B2), Duits (B1); Certificaat Frysk C1 (schrijven)"]),
                   ("Digitale vaardigheden", ["DA Systems (key-user), Microsoft 365, Power BI"]),
                   ("Rijbewijs", ["B"])]),
         ("h", "Referenties"),
         ("p", "Sjoerd Terpstra, afdelingsmanager Samenleving, gemeente De Fryske Marren, 0513-48 92 10"),
         ("p", "Baukje Feenstra, oud-gemeentesecretaris van Skarsterlân, 06 2210 7745")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 1. Europass dates MM/YYYY in the left-hand column. Coördinator Sociaal Domein, Gemeente De Fryske "
                     "Marren '01/2019 – heden' = 2019-01..2025-11 = 83 + Teamleider Gebiedsteam Joure, same "
                     "gemeente '01/2014 – 12/2018' = 60 + Teamleider Wmo, Gemeente Skarsterlân (merged into "
                     "De Fryske Marren in 2014) '09/2011 – 12/2013' = 28 -> contiguous 2011-09..2025-11 = 171. "
                     "Maatschappelijk werker (60): no leading role. Bachelor MWD 'diploma behaald' -> mwd. Two "
                     "named referees. Criteria 6/7/8 in the bullets. The education row '09/2002 – 06/2006' is "
                     "a study, not work. 100 points, EUR 88."))

# ------------------------------------------------------------------------- Evelien Verstraeten (docx) sidebar
# Zeeuws-Vlaanderen with a Flemish career: Coördinator Sociaal Huis at the Belgian Gemeente Beveren (2013-2018),
# then Manager Welzijn at a Dutch welfare foundation that merged in 2021 (the old name in brackets: "tot 2021").
# Bachelor Culturele en Maatschappelijke Vorming (CMV): a completed HBO bachelor, not MWD/Social Work -> 85.
EV6 = ("Beleid vertaald naar resultaat: de welzijnsvisie 'Terneuzen Verbindt' van de gemeente heb ik samen met de "
       "beleidsadviseur omgezet in een uitvoeringsagenda met vier concrete projecten, waaronder een huiskamer in "
       "Sas van Gent en een mantelzorgpunt in Axel. Resultaat: 30 % meer bereik onder 75-plussers in twee jaar.")
EV7 = ("Vast aanspreekpunt voor zorgaanbieders, huisartsen, het ziekenhuis en de zorgverzekeraar in het netwerk "
       "'Gezond Zeeuws-Vlaanderen'; met twee supermarkten en de gemeente zetten we een publiek-private samenwerking "
       "op voor een boodschappenbus in de kleine kernen.")
EV8 = ("Trekker van het verandertraject 'Eén welzijnsorganisatie': de fusie van Welzijn Terneuzen en Welzijn Sluis "
       "tot Stichting Welzijn De Kanaalzone (personeel, huisvesting, één registratiesysteem).")
ev = [pos("sinds oktober 2018", "Manager Welzijn",
          "Stichting Welzijn De Kanaalzone (tot 2021: Stichting Welzijn Terneuzen)",
          ["Leiding aan 28 medewerkers welzijn (ouderenwerk, jongerenwerk, mantelzorg en de vrijwilligerscentrale) "
           "in Terneuzen en, sinds de fusie, in Sluis.",
           "Budget, formatie en werving & selectie; rapportage aan de gemeenten Terneuzen en Sluis over de "
           "subsidieafspraken.",
           EV6, EV7, EV8],
          ("2018-10", REF), 86, True),
      pos("mei 2013 – september 2018", "Coördinator Sociaal Huis", "Gemeente Beveren (België)",
          ["Coördinatie van het Sociaal Huis van gemeente en OCMW: onthaal, welzijnsloket, thuiszorgdienst en "
           "schuldbemiddeling (15 medewerkers).",
           "Aanspreekpunt voor de schepen van Sociale Zaken; opvolging van het lokaal sociaal beleidsplan."],
          ("2013-05", "2018-09"), 65, True),
      pos("september 2006 – april 2013", "Opbouwwerker", "Stichting Welzijn Hulst",
          ["Buurtwerk in Hulst, Clinge en Nieuw-Namen; bewonersinitiatieven in de grensdorpen."],
          ("2006-09", "2013-04"), 80, False)]
EV_RATE = "€ 86,50 per uur (excl. btw)"
cv(file="Evelien Verstraeten.docx", fmt="docx", layout="sidebar",
   name="Evelien Verstraeten", email="e.verstraeten@example.com", phone="06-29 18 45 73", rate=EV_RATE,
   exp=ev, crit_text={"6": EV6, "7": EV7, "8": EV8}, refs=["Marc Van Damme", "Jacqueline de Kraker"],
   must_have=["Bachelor Culturele en Maatschappelijke Vorming (CMV)", "(tot 2021: Stichting Welzijn Terneuzen)",
              "Postgraduaat Leidinggeven in de social profit"],
   left=[("h", "Contact"),
         ("p", "Hulst"), ("p", "06-29 18 45 73"), ("p", "e.verstraeten@example.com"),
         ("h", "Persoonlijk"),
         ("p", "Geboren in Sint-Niklaas (België), woont sinds 2004 in Zeeuws-Vlaanderen"),
         ("h", "Opleiding"),
         ("pb", "2002 – 2006"),
         ("p", "Bachelor Culturele en Maatschappelijke Vorming (CMV)"),
         ("p", "Hogeschool Zeeland, Vlissingen — diploma"),
         ("pb", "2016"),
         ("p", "Postgraduaat Leidinggeven in de social profit"),
         ("p", "Arteveldehogeschool Gent — getuigschrift"),
         ("h", "Tarief"),
         ("p", EV_RATE),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Frans (goed), Engels (goed)")],
   right=[("title", "Evelien Verstraeten"),
          ("p", "Manager welzijn  |  Zeeuws-Vlaanderen en het Waasland"),
          ("h", "Profiel"),
          ("p", "Ik werk al bijna twintig jaar aan beide kanten van de grens in het welzijnswerk. In Beveren leerde "
                "ik hoe een Sociaal Huis gemeente en OCMW onder één dak brengt; in Terneuzen heb ik een "
                "welzijnsorganisatie door een fusie geleid. Ik ben direct, zoek de verbinding en houd van "
                "resultaten die inwoners merken."),
          ("h", "Werkervaring"),
          ("pos", "next", ev),
          ("h", "Referenties"),
          ("p", "Marc Van Damme, oud-algemeen directeur gemeente en OCMW Beveren, +32 3 750 18 42"),
          ("p", "Jacqueline de Kraker, voorzitter raad van toezicht Stichting Welzijn De Kanaalzone, "
                "06-51 77 30 62")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=151, refs=(2, False), zzp=False, hourly=86.5,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2. Manager Welzijn, Stichting Welzijn De Kanaalzone 'sinds oktober 2018' = "
                     "2018-10..2025-11 = 86 (the employer line's '(tot 2021: Stichting Welzijn Terneuzen)' is the "
                     "foundation's old name, not an end date) + Coördinator Sociaal Huis, Gemeente Beveren (België) "
                     "'mei 2013 – september 2018' = 65 (a Belgian municipality is a gemeente; the Sociaal Huis is its "
                     "social service: onthaal, welzijnsloket, thuiszorg, schuldbemiddeling) -> contiguous "
                     "2013-05..2025-11 = 151. Opbouwwerker (80): no leading role. Bachelor CMV (diploma): completed "
                     "HBO bachelor -> ko 2 pass, but not MWD or Social Work -> criterion 4 = 0; the Flemish "
                     "'postgraduaat' (a short leadership course) changes nothing. 85 points, EUR 86,50."))

# ------------------------------------------------------------------------- Ties van Dinther (pdf) experience table
# Brabant: Coördinator Wmo-loket, Gemeente Veghel until 2016, then (after the merger into Meierijstad on 1 January
# 2017) Teamleider Zorg en Welzijn, Gemeente Meierijstad. Month abbreviations without dots ("mrt 2012"). No work with
# partners outside the gemeente shown -> criterion 7 = 0 -> 80. Rate "€ 81,25 ... (op basis van functieschaal 105)":
# wins the tie on 80 and the third shortlist place.
TV6 = ("Voorbeeld: de nota 'Meierijstad voor elkaar' (2019) heb ik met het team vertaald naar een jaarwerkplan: "
       "dorpsgerichte teams in alle dertien kernen, een vast spreekuur per kern en één registratie in DA Systems. "
       "Resultaat: 40 % minder doorverwijzingen naar maatwerkvoorzieningen in twee jaar.")
TV8 = ("Projectleider van de harmonisatie van de drie Wmo-loketten (Veghel, Schijndel en Sint-Oedenrode) naar één "
       "toegang na de herindeling: werkprocessen, formulieren, roosters en de verhuizing naar één locatie.")
tv = [pos("jan 2017 – heden", "Teamleider Zorg en Welzijn", "Gemeente Meierijstad",
          ["Leiding aan het team Zorg en Welzijn: 24 medewerkers (Wmo-consulenten, ouderenwerkers en de "
           "mantelzorgconsulent); aanstelling 32 uur per week.",
           "Formatie, werving & selectie en verzuim; budgethouder Wmo-maatwerk en welzijnssubsidies.",
           TV6, TV8],
          ("2017-01", REF), 107, True),
      pos("mrt 2012 – dec 2016", "Coördinator Wmo-loket", "Gemeente Veghel",
          ["Coördinatie van het Wmo-loket en de keukentafelgesprekken (9 consulenten).",
           "Veghel is per 1 januari 2017 met Schijndel en Sint-Oedenrode opgegaan in de gemeente Meierijstad; ik "
           "ben meegegaan naar de nieuwe organisatie."],
          ("2012-03", "2016-12"), 58, True),
      pos("sep 2007 – feb 2012", "Wmo-consulent", "Gemeente Uden",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
          ("2007-09", "2012-02"), 54, False)]
TV_RATE = "Tarief: € 81,25 per uur excl. btw (op basis van functieschaal 105)"
cv(file="Ties van Dinther.pdf", fmt="pdf", layout="single",
   name="Ties van Dinther", email="ties.vandinther@example.nl", phone="06-14927358", rate=TV_RATE,
   exp=tv, crit_text={"6": TV6, "8": TV8}, refs=["Anke Biemans", "Harrie van den Akker"],
   body=[("title", "Ties van Dinther"),
         ("p", "Teamleider Zorg en Welzijn  |  Veghel  |  06-14927358  |  ties.vandinther@example.nl"),
         ("pb", TV_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben een teamleider die graag dicht op het werk zit. Ik heb de herindeling van Veghel, Schijndel "
               "en Sint-Oedenrode van binnenuit meegemaakt en weet wat het vraagt om drie teams één manier van "
               "werken te geven. Ik stuur op heldere afspraken, ben zichtbaar voor mijn mensen en durf knopen door "
               "te hakken."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), tv),
         ("h", "Toelichting per functie"),
         ("tasks", tv),
         ("h", "Opleiding"),
         ("p", "Hbo-bachelor Social Work, Avans Hogeschool 's-Hertogenbosch, 2003 – 2007 — diploma"),
         ("p", "Havo, Zwijsen College Veghel — diploma 2003"),
         ("h", "Cursussen"),
         ("p", "Situationeel leidinggeven (2014); Gespreksvoering bij verzuim (2019); DA Systems voor "
               "teamleiders (2021)"),
         ("h", "Referenties"),
         ("table", ("Naam", "Functie", "Telefoon"),
          [("Anke Biemans", "afdelingsmanager Samenleving, gemeente Meierijstad", "0413-38 12 00"),
           ("Harrie van den Akker", "oud-wethouder Zorg, gemeente Veghel", "06-22 87 41 09")])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=165, refs=(2, False), zzp=False, hourly=81.25,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 3 (tie on 80 won on the rate). Teamleider Zorg en Welzijn, Gemeente Meierijstad "
                     "'jan 2017 – heden' = 2017-01..2025-11 = 107 + Coördinator Wmo-loket, Gemeente Veghel 'mrt 2012 "
                     "– dec 2016' = 58 -> contiguous 2012-03..2025-11 = 165. Wmo-consulent, Gemeente Uden (54): no "
                     "leading role. Hbo-bachelor Social Work (diploma) -> mwd. Criterion 7: no zorgaanbieders, "
                     "huisartsen, zorgverzekeraar or PPS anywhere -> 0. Rate EUR 81,25; 'functieschaal 105' is the "
                     "tender's salary scale, not the rate. 80 points, 81.25 < 84 -> before Mariëlle Houben."))

# ------------------------------------------------------------------------- Mariëlle Houben (docx) header, 5 pages
# Noord-Limburg. A long CV made from a Word template: contact only in the page header, exactly 5 pages (the limit).
# Dates written as an HR department does: "1 juni 2012 – 31 augustus 2019". A career break 2019-2022 (mantelzorg),
# listed as an entry. Criterion 7 not shown: "samenwerking" only inside the organisation (team, HR) -> 80; 84 euro
# loses the tie with Ties van Dinther (81,25).
MH6 = ("Voorbeeld: het beleidsplan 'Samen Peel en Maas 2023-2026' heb ik omgezet in een jaarwerkplan voor het "
       "cluster welzijn met vijf concrete acties per kern. Na een jaar had elke kern een vast inlooppunt en daalde "
       "het aantal aanvragen voor huishoudelijke hulp met 12 %.")
MH8 = ("Projectleider van de reorganisatie van het Wmo-loket naar vier wijkteams in Venlo: plan van aanpak, "
       "tijdpad, scholing van de consulenten en een evaluatie na een jaar.")
MH7_NOT = ["samenwerking binnen het team", "samenwerking met HR en de afdelingsmanager"]
mh = [pos("1 april 2022 – heden", "Coördinator Welzijn en Zorg", "Gemeente Peel en Maas",
          ["Coördinatie van het cluster welzijn en zorg: 14 medewerkers (Wmo-consulenten, ouderenwerk, "
           "mantelzorgondersteuning) verspreid over de kernen Panningen, Helden, Maasbree, Kessel en Baarlo.",
           "Formatie, instroom en werving & selectie in goede samenwerking met HR en de afdelingsmanager; "
           "verdeling van de uren over de kernen.",
           "Budgethouder van het teambudget en de subsidies voor dorpsdagvoorzieningen; kwartaalrapportage aan de "
           "portefeuillehouder.",
           MH6,
           "Ik zorg voor een ontspannen samenwerking binnen het team en spreek collega's aan als afspraken niet "
           "worden nagekomen.",
           "Key-user van het registratiesysteem; opstellen van werkinstructies voor de consulenten."],
          ("2022-04", REF), 44, True),
      pos("1 september 2019 – 31 maart 2022", "Loopbaanonderbreking",
          "mantelzorg voor mijn vader en zorg voor ons gezin",
          ["Bewuste keuze om twee en een half jaar niet in loondienst te werken. In deze periode was ik "
           "vrijwilliger bij de Zonnebloem in Blerick en volgde ik de leergang coachend leidinggeven."],
          ("2019-09", "2022-03"), 31, False),
      pos("1 juni 2012 – 31 augustus 2019", "Teamleider Wmo en Jeugd", "Gemeente Venlo",
          ["Leiding aan het team Wmo en jeugd (22 consulenten en twee jeugdverpleegkundigen).",
           "Roosters, inzet van uren, verzuimbegeleiding en werving.",
           "Budgetbewaking Wmo-maatwerk en jeugdhulp; maandelijkse managementrapportage.",
           MH8,
           "Aanspreekpunt voor de wethouder bij klachten en bezwaren."],
          ("2012-06", "2019-08"), 87, True),
      pos("1 januari 2008 – 31 mei 2012", "Coördinator Ouderenwerk", "Stichting Welzijn Venlo-Noord",
          ["Coördinatie van zes ouderenadviseurs en het vrijwilligerswerk voor ouderen in Blerick en Tegelen.",
           "Opzet van de huisbezoeken aan 75-plussers in alle wijken van Venlo-Noord.",
           "Werving en begeleiding van ruim 120 vrijwilligers."],
          ("2008-01", "2012-05"), 53, True),
      pos("2003 – 2007", "Ouderenadviseur", "Stichting Welzijn Venlo-Noord",
          ["Huisbezoeken, voorlichting over wonen en welzijn en formulierenhulp."],
          ("2003-01", "2007-12"), 60, False, yearonly=True)]
MH_RATE = "Uurtarief: 84 euro excl. BTW"
cv(file="Mariëlle Houben.docx", fmt="docx", layout="header",
   header="Mariëlle Houben  ·  Blerick (Venlo)  ·  06-47 20 83 15  ·  marielle.houben@example.com",
   name="Mariëlle Houben", email="marielle.houben@example.com", phone="06-47 20 83 15", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "8": MH8}, refs=["Anja Custers", "Frans Peeters"],
   crit_not={"7": MH7_NOT},
   must_have=["Loopbaanonderbreking"] + MH7_NOT,
   body=[("title", "Curriculum vitae"),
         ("p", "Coördinator welzijn en zorg — beschikbaar voor 24 uur per week vanaf 1 december 2025"),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator met ruim vijftien jaar leidinggevende ervaring in het sociaal domein van "
               "Noord-Limburg, bij een welzijnsstichting en bij twee gemeenten. Ik ben opgegroeid in Blerick en "
               "ken de dorpen en wijken van Venlo en Peel en Maas goed."),
         ("p", "Mijn kracht is structuur aanbrengen zonder de menselijke maat te verliezen. Ik maak afspraken "
               "concreet, zorg dat medewerkers weten waar ze aan toe zijn en geef ruimte aan eigen initiatief. Ik "
               "vind het belangrijk dat een team zelf eigenaar is van zijn werk en dat de leiding daar de "
               "randvoorwaarden voor regelt: budget, roosters, een werkend registratiesysteem en een plek in de "
               "kern waar inwoners binnen kunnen lopen."),
         ("p", "Tussen 2019 en 2022 heb ik bewust een pauze genomen om voor mijn vader te zorgen. Die periode heeft "
               "mij veel geleerd over wat inwoners en mantelzorgers van een gemeente nodig hebben. Sinds april "
               "2022 ben ik weer aan het werk, nu als coördinator in Peel en Maas."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbinden en coachen: een team meenemen in ontwikkeling",
                 "Helder communiceren en durven aanspreken",
                 "Kritisch kijken naar werkprocessen en ze verbeteren",
                 "Oog voor inwoners én bestuur",
                 "Besluitvaardig, ook als belangen botsen",
                 "Methodisch en cyclisch werken: plannen, doen, meten, bijstellen"]),
         ("h", "Wat ik meebreng voor Heerde"),
         ("p", "De opdracht in Heerde lijkt sterk op mijn werk in Peel en Maas: een cluster welzijn dat verder "
               "moet professionaliseren, medewerkers die ruimte en richting nodig hebben, en een team dat zichtbaar "
               "moet zijn in de kernen. Ik breng ervaring mee met formatie en werving, met budgetbewaking en met "
               "het invoeren van vaste werkinstructies in een registratiesysteem."),
         ("p", "Ik werk graag in een kleine organisatie met korte lijnen. Ik kan snel schakelen tussen de "
               "teamleiders, de beleidsadviseurs en de medewerkers op de werkvloer, en ik houd het overzicht als "
               "er veel tegelijk gebeurt."),
         ("break",),
         # page 2
         ("h", "Werkervaring"),
         ("pos", "datebold", mh[:2]),
         ("break",),
         # page 3
         ("pos", "datebold", mh[2:]),
         ("break",),
         # page 4
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Fontys Hogeschool Sociale Studies Eindhoven, "
               "1998 – 2002 — diploma behaald"),
         ("p", "Havo, Valuascollege Venlo — diploma 1998"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Leergang coachend leidinggeven (2021), certificaat",
                 "Verzuimgesprekken voeren voor leidinggevenden (2017)",
                 "Financieel sturen in het sociaal domein (2015)",
                 "Motiverende gespreksvoering (2009)",
                 "Omgaan met agressie aan het loket (2013)"]),
         ("h", "Nevenactiviteiten"),
         ("bl", ["Vrijwilliger bij de Zonnebloem, afdeling Blerick (sinds 2020)",
                 "Lid van de ouderraad van de basisschool van onze kinderen (2016 – 2020)",
                 "Penningmeester van de harmonie in Blerick (sinds 2018)"]),
         ("h", "Wat collega's over mij zeggen"),
         ("p", "'Mariëlle houdt overzicht als het druk is en weet iedereen bij de les te houden.' — uit mijn "
               "laatste beoordelingsgesprek in Venlo."),
         ("p", "'Je weet bij haar altijd waar je aan toe bent.' — een consulent uit het team in Peel en Maas."),
         ("break",),
         # page 5
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Limburgs (Venloos, moedertaal), Duits (goed), Engels (redelijk)"),
         ("h", "Digitale vaardigheden"),
         ("p", "Microsoft 365, het registratiesysteem van de gemeente (key-user), Excel voor budgetbewaking"),
         ("h", "Beschikbaarheid en tarief"),
         ("p", "Beschikbaar vanaf 1 december 2025 voor 24 uur per week, maandag tot en met donderdag."),
         ("p", MH_RATE),
         ("h", "Referenties"),
         ("p", "Anja Custers, afdelingsmanager Sociaal Domein, gemeente Peel en Maas, 077-306 66 66"),
         ("p", "Frans Peeters, voormalig afdelingshoofd Zorg en Welzijn, gemeente Venlo, 06-38 19 27 44")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=184, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 4 (tie on 80 lost on the rate). Coördinator Welzijn en Zorg, Gemeente Peel en "
                     "Maas '1 april 2022 – heden' = 2022-04..2025-11 = 44 + Teamleider Wmo en Jeugd, Gemeente Venlo "
                     "'1 juni 2012 – 31 augustus 2019' = 87 + Coördinator Ouderenwerk, Stichting Welzijn Venlo-Noord "
                     "'1 januari 2008 – 31 mei 2012' = 53 -> 2008-01..2019-08 (140) + 44 = 184. The career break "
                     "'1 september 2019 – 31 maart 2022' (31) and Ouderenadviseur 2003-2007 (60): not relevant. HBO "
                     "MWD diploma. Exactly 5 pages (DOCX <Pages> 5 from the rendering) -> pass. Criterion 7: the only "
                     "'samenwerking' is inside the organisation ('samenwerking binnen het team', 'samenwerking met "
                     "HR en de afdelingsmanager'): no zorgaanbieders, huisartsen, zorgverzekeraar or PPS -> 0. "
                     "'24 uur per week' is availability, the rate is 84 euro. 80 points -> after Ties van Dinther."))

# ------------------------------------------------------------------------- Rianne Schermerhorn (pdf) sidebar
# West-Friesland. Two part-time jobs at once since September 2022 (foundation 20 hours, gemeente 16 hours): summed
# 105 months, merged 66 -> ko 3 pass, criterion 5 = 0 -> 75.
RS6 = ("Voorbeeld: de mantelzorgnota van de gemeente Medemblik heb ik vertaald naar een werkplan met drie concrete "
       "acties: mantelzorgcafés in vier kernen, een pool voor respijtzorg en een jaarlijkse waardering. Resultaat "
       "2024: 640 geregistreerde mantelzorgers (2021: 310).")
RS7 = ("Vast overleg met zorgaanbieders, huisartsen en de wijkverpleging over kwetsbare inwoners; namens het "
       "sociaal team lid van het regionale netwerk met de zorgverzekeraar.")
RS8 = ("Projectleider van de invoering van één werkwijze voor het sociaal team Koggenland in 2023: casusregie, "
       "werkinstructies en een nieuw registratiesysteem.")
rs = [pos("mrt. 2021 – heden", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Westfriesland Noord",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (5 medewerkers, 300 "
           "vrijwilligers); aanstelling 20 uur per week.", RS6],
          ("2021-03", REF), 57, True),
      pos("sept. 2022 – heden", "Teamleider Sociaal Team", "Gemeente Koggenland",
          ["Leiding aan het sociaal team (11 professionals Wmo, jeugd en schuldhulp); aanstelling 16 uur per "
           "week, naast mijn functie bij de stichting.", RS7, RS8],
          ("2022-09", REF), 39, True),
      pos("juni 2020 – feb. 2021", "Teamleider Buurtwerk", "Stichting Welzijn Westfriesland Noord",
          ["Leiding aan zes buurtwerkers in de coronaperiode: boodschappenhulp, belrondes en buitenactiviteiten."],
          ("2020-06", "2021-02"), 9, True),
      pos("jan. 2012 – mei 2020", "Opbouwwerker", "Stichting Welzijn Westfriesland Noord",
          ["Opbouwwerk in Wognum, Medemblik en Andijk; begeleiding van dorpsraden."],
          ("2012-01", "2020-05"), 101, False)]
RS_RATE = "€ 83 per uur, exclusief btw"
cv(file="Rianne Schermerhorn.pdf", fmt="pdf", layout="sidebar",
   name="Rianne Schermerhorn", email="r.schermerhorn@example.nl", phone="06 1928 3746", rate=RS_RATE,
   exp=rs, crit_text={"6": RS6, "7": RS7, "8": RS8}, refs=["Kees Bakker", "Ellen Groot"],
   left=[("h", "Contact"),
         ("p", "Wognum"), ("p", "06 1928 3746"), ("p", "r.schermerhorn@example.nl"),
         ("h", "Opleiding"),
         ("p", "Social Work (bachelor)"),
         ("p", "Hogeschool Inholland Alkmaar"),
         ("p", "afgestudeerd juni 2011"),
         ("h", "Tarief"),
         ("p", RS_RATE),
         ("h", "Talen"),
         ("p", "Nederlands, Engels"),
         ("h", "Overig"),
         ("p", "Rijbewijs B, eigen auto")],
   right=[("title", "Rianne Schermerhorn"),
          ("p", "Coördinator en teamleider in het sociaal domein, West-Friesland"),
          ("h", "Profiel"),
          ("p", "Sinds 2022 combineer ik twee functies: coördinator mantelzorg en vrijwilligers bij de "
                "welzijnsstichting en teamleider van het sociaal team in Koggenland. Ik ken de dorpen en hun "
                "mensen, en ik weet hoe je een klein team laat groeien."),
          ("h", "Werkervaring"),
          ("pos", "datebold", rs),
          ("h", "Referenties"),
          ("p", "Kees Bakker, directeur Stichting Welzijn Westfriesland Noord, 0229-57 31 00"),
          ("p", "Ellen Groot, teammanager Samenleving, gemeente Koggenland, 0229-54 84 00")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 5. Coördinator Mantelzorg en Vrijwilligers, Stichting Welzijn Westfriesland "
                     "Noord 'mrt. 2021 – heden' = 2021-03..2025-11 = 57; Teamleider Sociaal Team, Gemeente "
                     "Koggenland 'sept. 2022 – heden' = 39 (at the same time, part-time: counted once); Teamleider "
                     "Buurtwerk, same foundation 'juni 2020 – feb. 2021' = 9 -> merged 2020-06..2025-11 = 66 (105 if "
                     "added up). 66 >= 60 -> ko 3 pass (month-exact, no review); 66 < 72 -> criterion 5 = 0. "
                     "Opbouwwerker (101): no leading role. Social Work (bachelor), afgestudeerd -> mwd. 75 points, "
                     "EUR 83."))

# ------------------------------------------------------------------------- Hindrik Oosting (docx) Europass, Groningen
# Europass (DOCX): Coördinator Sociaal Team, Gemeente Delfzijl, then Teamleider Gebiedsteam, Gemeente Eemsdelta
# (Appingedam, Delfzijl and Loppersum merged on 1 January 2021). Bachelor of Nursing (HBO-V): hbo, not MWD. No
# policy example -> 70. No rate: "Tarief: in overleg", with "24 uur per week" on the next row.
HO7 = ("Dagelijks contact met zorgaanbieders, huisartsen en praktijkondersteuners en de wijkverpleging; namens de "
       "gemeente aan tafel bij de zorgverzekeraar over de regionale zorgagenda.")
HO8 = ("Projectleider van het samenvoegen van de sociale teams van Appingedam, Delfzijl en Loppersum tot de "
       "gebiedsteams van Eemsdelta: plan van aanpak, één werkwijze en scholing van 40 medewerkers.")
ho = [pos("januari 2021 – heden", "Teamleider Gebiedsteam", "Gemeente Eemsdelta",
          ["Leiding aan het gebiedsteam Delfzijl-Noord (16 medewerkers Wmo, jeugd en maatschappelijk werk); "
           "roosters, inzet van uren en werving.",
           "Aanspreekpunt voor inwoners die vastlopen door de versterkingsoperatie na de aardbevingen.",
           HO7, HO8],
          ("2021-01", REF), 59, True),
      pos("april 2016 – december 2020", "Coördinator Sociaal Team", "Gemeente Delfzijl",
          ["Coördinatie van het sociaal team (9 medewerkers) en de verdeling van de casussen.",
           "Per 1 januari 2021 zijn Appingedam, Delfzijl en Loppersum samengegaan in de gemeente Eemsdelta."],
          ("2016-04", "2020-12"), 57, True),
      pos("september 2009 – maart 2016", "Wijkverpleegkundige", "Thuiszorg Ommelanden B.V.",
          ["Wijkverpleging en indicatiestelling in Delfzijl en Appingedam."],
          ("2009-09", "2016-03"), 79, False)]
cv(file="Hindrik Oosting.docx", fmt="docx", layout="single",
   name="Hindrik Oosting", email="hindrik.oosting@example.com", phone="06-53 81 29 40", rate=None,
   exp=ho, crit_text={"7": HO7, "8": HO8}, refs=["Jantina Bolt", "Geert Huisman"],
   must_have=["in overleg", "Bachelor of Nursing (HBO-V)"],
   body=[("title", "Hindrik Oosting"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Woonplaats", ["Appingedam"]),
                   ("Telefoon", ["06-53 81 29 40"]),
                   ("E-mail", ["hindrik.oosting@example.com"]),
                   ("Tarief", ["in overleg"]),
                   ("Beschikbaarheid", ["24 uur per week, per 1 december 2025"])]),
         ("h", "Gewenste functie"),
         ("p", "Coördinator welzijn"),
         ("h", "Werkervaring"),
         ("eu_pos", ho),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("2004 – 2008", ["Bachelor of Nursing (HBO-V)", "Hanzehogeschool Groningen — diploma behaald"]),
                   ("2017", ["Leergang Teamleiderschap in het sociaal domein, Hanze Academie — certificaat"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands (en Gronings)"]),
                   ("Andere talen", ["Duits (goed), Engels (goed)"]),
                   ("Organisatorische vaardigheden", ["Roosters en bezetting, verzuimbegeleiding, het voorzitten "
                                                      "van casusoverleg"])]),
         ("h", "Referenties"),
         ("p", "Jantina Bolt, manager Sociaal Domein, gemeente Eemsdelta, 0596-63 99 11"),
         ("p", "Geert Huisman, oud-teamleider wijkverpleging Thuiszorg Ommelanden, 06-12 40 98 33")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=116, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 6. Teamleider Gebiedsteam, Gemeente Eemsdelta 'januari 2021 – heden' = "
                     "2021-01..2025-11 = 59 + Coördinator Sociaal Team, Gemeente Delfzijl 'april 2016 – december "
                     "2020' = 57 -> contiguous 2016-04..2025-11 = 116. Wijkverpleegkundige at a thuiszorg company "
                     "(79): no leading role, no gemeente/welzijnsstichting. Bachelor of Nursing (HBO-V) diploma: "
                     "completed HBO bachelor -> ko 2 pass, not MWD -> criterion 4 = 0. No policy example anywhere -> "
                     "criterion 6 = 0. 'Tarief: in overleg' -> no rate (null); '24 uur per week' is availability. "
                     "70 points, the only candidate on 70."))

# ------------------------------------------------------------------------- Roelie Hadders (pdf) header, Drenthe
# Terse, contact in the page header, positions as "vanaf 2016: Coördinator ... bij ...". No policy example and no
# project or change work -> 60.
RH7 = ("Vaste contacten met huisartsen, de thuiszorg en de zorgverzekeraar over ouderen die langer thuis wonen.")
rh = [pos("vanaf 2016", "Coördinator Welzijn Ouderen", "Stichting Welzijnswerk Emmen-Zuid",
          ["Coördinatie van ouderenwerk, dagactiviteiten en 180 vrijwilligers in Emmen-Zuid en Nieuw-Amsterdam.",
           RH7],
          ("2016-01", REF), 119, True, yearonly=True),
      pos("2010 – 2015", "Teamleider Wmo", "Gemeente Coevorden",
          ["Leiding aan acht Wmo-consulenten; roosters, werving en de wachtlijst."],
          ("2010-01", "2015-12"), 72, True, yearonly=True),
      pos("2002 – 2009", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Drenthe",
          ["Hulp bij geldzorgen, opvoeding en relaties."],
          ("2002-01", "2009-12"), 96, False, yearonly=True)]
RH_RATE = "€ 79,50 per uur excl. btw"
cv(file="Roelie Hadders.pdf", fmt="pdf", layout="header",
   header="Roelie Hadders  |  Emmen  |  06-4127 3958  |  roelie.hadders@example.nl",
   name="Roelie Hadders", email="roelie.hadders@example.nl", phone="06-4127 3958", rate=RH_RATE,
   exp=rh, crit_text={"7": RH7}, refs=["Henk Lanting", "Wilma Schuiling"],
   body=[("title", "Cv Roelie Hadders"),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn ouderen met ruim twintig jaar ervaring in Zuidoost-Drenthe. Praktisch, rustig "
               "en altijd met overzicht."),
         ("h", "Werkervaring"),
         ("pos", "inline", rh),
         ("h", "Opleiding"),
         ("p", "Hbo Maatschappelijk Werk en Dienstverlening (MWD), Hanzehogeschool Groningen, afgestudeerd 2001"),
         ("h", "Tarief"),
         ("p", RH_RATE)]
   + refs_block("Henk Lanting, directeur Stichting Welzijnswerk Emmen-Zuid, 0591-61 22 40",
                "Wilma Schuiling, afdelingshoofd Samenleving, gemeente Coevorden, 0524-59 85 55"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=False, hourly=79.5,
               crit=(15, 25, 0, 20, 0),
               notes="ELIGIBLE, rank 7. Coördinator Welzijn Ouderen, Stichting Welzijnswerk Emmen-Zuid 'vanaf 2016' = "
                     "2016-01..2025-11 = 119 (narrowest 2016-12.. = 108) + Teamleider Wmo, Gemeente Coevorden "
                     "'2010 – 2015' = 72 (narrowest 2010-12..2015-01 = 50) -> 191 (narrowest 158; both >= 72). "
                     "Maatschappelijk werker: no leading role. Hbo MWD, afgestudeerd -> mwd. Criterion 7 in the "
                     "Emmen bullet; no policy example (6) and no project or change work (8) -> 0. 60 points."))

# ============================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Sietse Tammenga (docx) experience table
# Het Hogeland (Groningen). Coördinator Jongerenwerk since "1 februari 2021" = 58 months -> ko 3 fail (month-exact,
# no review). Jongerenwerker before that. Otherwise a good CV (75 points).
ST6 = ("Voorbeeld: het jeugdbeleid 'Jong in Het Hogeland' heb ik vertaald naar een jaarplan met vier projecten "
       "(een jongerenraad, straatcoaches in Uithuizen, een huiswerkklas en een zomerprogramma). Resultaat: 25 % "
       "minder meldingen van overlast in 2024.")
ST7 = ("Samenwerking met de jeugdzorgaanbieders, de huisartsen (POH-jeugd) en de GGD in het lokale preventieakkoord; "
       "met sportclubs en twee bedrijven een publiek-private samenwerking voor een werkplaats voor jongeren.")
ST8 = ("Projectleider van de overgang van vier lokale jongerenwerkteams naar één team voor heel Het Hogeland na de "
       "herindeling van 2019.")
st = [pos("1 februari 2021 – heden", "Coördinator Jongerenwerk", "Stichting Welzijn Wad en Hogeland",
          ["Leiding aan elf jongerenwerkers en twee stagiairs; roosters, werving en het teambudget.", ST6, ST7, ST8],
          ("2021-02", REF), 58, True),
      pos("aug 2016 – jan 2021", "Jongerenwerker", "Stichting Welzijn Wad en Hogeland",
          ["Ambulant jongerenwerk in Uithuizen en Warffum; de jongerensoos."],
          ("2016-08", "2021-01"), 54, False),
      pos("2014 – 2016", "Groepsleider", "Jeugdzorg Noorderland B.V.",
          ["Begeleiding van jongeren in een leefgroep."],
          ("2014-01", "2016-12"), 36, False, yearonly=True)]
ST_RATE = "€ 76,00 per uur (excl. btw)"
cv(file="Sietse Tammenga.docx", fmt="docx", layout="single",
   name="Sietse Tammenga", email="sietse.tammenga@example.com", phone="06 2847 1963", rate=ST_RATE,
   exp=st, crit_text={"6": ST6, "7": ST7, "8": ST8}, refs=["Annie Wierenga", "Jan Pieter Bos"],
   body=[("title", "Sietse Tammenga"),
         ("p", "Uithuizen  |  06 2847 1963  |  sietse.tammenga@example.com"),
         ("pb", ST_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben bijna vijf jaar coördinator jongerenwerk in Het Hogeland en daarvoor was ik zelf "
               "jongerenwerker. Ik weet wat jongeren op het Groninger platteland nodig hebben en hoe je een team "
               "van jonge professionals laat groeien."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Organisatie"), st),
         ("h", "Toelichting werkzaamheden"),
         ("tasks", st),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hanzehogeschool Groningen — diploma 2014")]
   + refs_block("Annie Wierenga, directeur Stichting Welzijn Wad en Hogeland, 0595-43 20 10",
                "Jan Pieter Bos, teamleider Jeugd, gemeente Het Hogeland, 0595-44 77 00"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=76.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: ko 3 fail. The only leading role: Coördinator Jongerenwerk, Stichting Welzijn Wad "
                     "en Hogeland '1 februari 2021 – heden' = 2021-02..2025-11 = 58 < 60 (month-exact, so fail, not "
                     "review); < 72 -> criterion 5 = 0. Jongerenwerker (54) and Groepsleider at a jeugdzorg company "
                     "(36): no leading role. The profile's 'bijna vijf jaar coördinator' agrees. Bachelor Social Work "
                     "diploma -> mwd. 75 points if he were eligible."))

# ------------------------------------------------------------------------- Shanti Jagesar (pdf) single, Zuid-Holland
# Full dates as HR departments write them ("01-03-2018 – heden", "01-09-2014 – 28-02-2018").
# Associate degree Sociaal Werk (diploma 2017) and the part-time Bachelor Social Work still running ("afstuderen
# verwacht in juni 2026") -> highest completed level ad -> ko 2 fail.
SJ6 = ("Voorbeeld: het uitvoeringsprogramma 'Zuidplas Zorgt' heb ik voor mijn wijkteam vertaald naar drie concrete "
       "projecten: een inloop in Moerkapelle, een vast spreekuur bij de huisarts en een buurtnetwerk voor "
       "mantelzorgers. Resultaat: de wachttijd voor een eerste gesprek ging van vijf naar twee weken.")
SJ7 = ("Ik werk dagelijks samen met zorgaanbieders, huisartsen, de GGZ en de zorgverzekeraar; ik zat namens de "
       "gemeente in de werkgroep van de publiek-private samenwerking 'Wonen met zorg' met een woningcorporatie en "
       "een zorgbouwer.")
SJ8 = "Projectleider van de transitie van drie kernteams naar één wijkteam Zevenhuizen-Moerkapelle."
sj = [pos("01-03-2018 – heden", "Coördinator Wijkteam", "Gemeente Zuidplas",
          ["Coördinatie van het wijkteam Zevenhuizen-Moerkapelle (10 professionals Wmo, jeugd en schuldhulp).",
           SJ6, SJ7, SJ8],
          ("2018-03", REF), 93, True),
      pos("01-09-2014 – 28-02-2018", "Sociaal werker", "Stichting Sociaal Werk Gouda",
          ["Sociaal werk in de wijken Korte Akkeren en Bloemendaal."],
          ("2014-09", "2018-02"), 42, False)]
SJ_RATE = "€ 78 per uur excl. btw"
SJ_EDU = "Bachelor Social Work (deeltijd), Hogeschool Inholland Rotterdam — vierde jaar, afstuderen verwacht in juni 2026"
cv(file="Shanti Jagesar.pdf", fmt="pdf", layout="single",
   name="Shanti Jagesar", email="shanti.jagesar@example.nl", phone="06-83 02 57 19", rate=SJ_RATE,
   exp=sj, crit_text={"6": SJ6, "7": SJ7, "8": SJ8}, refs=["Mohamed el Amrani", "Karin Verkerk"],
   must_have=[SJ_EDU, "Associate degree Sociaal Werk"],
   body=[("title", "Shanti Jagesar"),
         ("p", "Coördinator wijkteam"),
         ("p", "Gouda  ·  06-83 02 57 19  ·  shanti.jagesar@example.nl"),
         ("p", "Tarief: " + SJ_RATE),
         ("h", "Over mij"),
         ("p", "Ik coördineer sinds 2018 een wijkteam in Zuidplas. Ik houd van korte lijnen, ben nuchter en "
               "oplossingsgericht, en ik zorg dat inwoners niet van loket naar loket worden gestuurd."),
         ("h", "Werkervaring"),
         ("pos", "sample", sj),
         ("h", "Opleiding"),
         ("p", SJ_EDU),
         ("p", "Associate degree Sociaal Werk, Hogeschool Inholland Rotterdam — diploma 2017"),
         ("p", "MBO Sociaal Werk, niveau 4, Albeda Rotterdam — diploma 2014")]
   + refs_block("Mohamed el Amrani, teammanager Sociaal Domein, gemeente Zuidplas, 0180-33 03 00",
                "Karin Verkerk, directeur Stichting Sociaal Werk Gouda, 0182-58 44 10"),
   expect=dict(pages=1, edu=("ad", False, False), coord=93, refs=(2, False), zzp=False, hourly=78.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: ko 2 fail. Education: Bachelor Social Work (deeltijd) 'vierde jaar, afstuderen "
                     "verwacht in juni 2026' (not completed), Associate degree Sociaal Werk 'diploma 2017' (ad), MBO "
                     "Sociaal Werk niveau 4 -> highest completed level ad, no HBO bachelor -> ko 2 fail; no completed "
                     "MWD/Social Work bachelor -> criterion 4 = 0. Coördinator Wijkteam, Gemeente Zuidplas "
                     "'01-03-2018 – heden' = 2018-03..2025-11 = 93 -> ko 3 pass, criterion 5. Sociaal werker: no "
                     "leading role. 85 points if she were eligible."))

# ------------------------------------------------------------------------- Maarten Kooistra (docx) single, zzp
# Utrecht. Interim manager at a gemeente through his own sole proprietorship (zzp'er, KvK number) -> ko 1 review.
MK6 = ("Voorbeeld: de koers 'Sociaal Stichtse Vecht 2021-2024' heb ik omgezet in een uitvoeringsplan met zes "
       "projecten, elk met een trekker en een budget; resultaat: de wachttijd voor Wmo-meldingen ging van acht naar "
       "drie weken.")
MK7 = ("Opdrachtgever van de zorgaanbieders Wmo en jeugd in de regio; overleg met zorgverzekeraar en huisartsen over "
       "de wijkverpleging; namens de gemeente aan tafel in de publiek-private samenwerking 'Vitaal Maarssen'.")
MK8 = ("Kwartiermaker en projectleider van de reorganisatie van het sociaal domein: van zeven teams naar drie "
       "gebiedsteams.")
mk = [pos("jan. 2020 – heden", "Interim manager Sociaal Domein", "Gemeente Stichtse Vecht",
          ["Leiding aan drie teamleiders en 45 medewerkers Wmo, jeugd en participatie.", MK6, MK7, MK8],
          ("2020-01", REF), 71, True),
      pos("2013 – 2019", "Teamleider Wmo", "Gemeente Woerden",
          ["Leiding aan het Wmo-team (12 consulenten)."],
          ("2013-01", "2019-12"), 84, True, yearonly=True),
      pos("2007 – 2012", "Consulent Wmo", "Gemeente Woerden",
          ["Keukentafelgesprekken en indicaties."],
          ("2007-01", "2012-12"), 72, False, yearonly=True)]
MK_RATE = "Tarief: € 95,- per uur excl. btw"
MK_ZZP = ("Sinds januari 2020 werk ik als zzp'er onder de naam Kooistra Sociaal Advies (KvK 81736452) en neem ik "
          "interim-opdrachten aan in het sociaal domein.")
cv(file="Maarten Kooistra.docx", fmt="docx", layout="single",
   name="Maarten Kooistra", email="maarten.kooistra@example.nl", phone="06-41732985", rate=MK_RATE,
   exp=mk, crit_text={"6": MK6, "7": MK7, "8": MK8}, refs=["Petra van Schaik", "Rob Verweij"],
   must_have=[MK_ZZP],
   body=[("title", "Maarten Kooistra"),
         ("p", "Interim manager sociaal domein"),
         ("p", "Maarssen  |  06-41732985  |  maarten.kooistra@example.nl"),
         ("pb", MK_RATE),
         ("h", "Profiel"),
         ("p", MK_ZZP + " Ik ben een verbinder die teams door verandering heen helpt."),
         ("h", "Werkervaring"),
         ("pos", "pipe", mk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Utrecht — diploma 2006")]
   + refs_block("Petra van Schaik, gemeentesecretaris, gemeente Stichtse Vecht, 0346-25 40 00",
                "Rob Verweij, afdelingshoofd Samenleving, gemeente Woerden, 0348-42 89 11"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="REVIEW: ko 1 (zzp). 'Sinds januari 2020 werk ik als zzp'er onder de naam Kooistra Sociaal "
                     "Advies (KvK 81736452)': self-employed -> the tender's uitvoeringsvoorwaarde is not met by a "
                     "zzp'er; zeef's convention is review, a person decides. Interim manager Sociaal Domein, Gemeente "
                     "Stichtse Vecht 'jan. 2020 – heden' = 2020-01..2025-11 = 71 + Teamleider Wmo, Gemeente Woerden "
                     "'2013 – 2019' = 84 (narrowest 2013-12..2019-01 = 62) -> contiguous 155 (narrowest 133). "
                     "Consulent Wmo: no leading role. HBO MWD diploma. 100 points if he were eligible."))
