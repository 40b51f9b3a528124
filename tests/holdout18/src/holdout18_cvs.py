# -*- coding: utf-8 -*-
"""Holdout round 18 for zeef: 8 realistic, ordinary CVs in styles round 12 did not use: a compact one-page CV
with a table of positions, a long narrative CV with paragraphs instead of bullets, 25 years and 10 positions
(five of them at one gemeente under changing titles), a recent graduate, a return after a career break, two
parallel part-time jobs now, numbered capital headings ("1. PERSONALIA"), and education first with "Loopbaan"
and "Nevenfuncties". No planted traps; written without looking at the pipeline's source or rules/, with
hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations, care providers and companies.

Same shape as tests/holdout12/src/holdout12_cvs.py (built and checked by tests/holdout2/src/build.py and
expected.py, see tests/holdout18/make-holdout18.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Margriet Oosterhuis (docx)
# The long narrative CV: a bold line "title bij employer (period)" per position, then paragraphs (no bullets).
# Bachelor Social Work; coördinator sociaal team at a gemeente since February 2017 (106); the earlier jobs at a
# welzijnsstichting and maatschappelijk werk are not leading roles. Five pages.
MO6 = ("Een voorbeeld van hoe ik beleid omzet in resultaten: de gemeenteraad stelde in 2019 de nota 'Oldebroek "
       "doet mee' vast. Ik heb die nota met het team en de beleidsadviseurs vertaald naar een jaarwerkplan met vier "
       "concrete projecten: een dorpsspreekuur in Wezep, Oosterwolde en Hattemerbroek, een aanpak voor "
       "vroegsignalering van schulden samen met de woningcorporatie, een mantelzorgcafé en een vast "
       "aanspreekpunt voor statushouders. Elk project kreeg meetbare doelen, en het college ontving twee keer per "
       "jaar een rapportage over de voortgang.")
MO7 = ("In mijn werk is samenwerking met partners vanzelfsprekend. Ik voer het overleg met de zorgaanbieders die "
       "begeleiding en hulp bij het huishouden leveren, met de huisartsen en praktijkondersteuners, met de GGD en "
       "met zorgverzekeraar Zilveren Kruis over de regionale preventieagenda. Samen met de woningcorporatie en "
       "de lokale winkeliersvereniging zetten we een publiek-private samenwerking (PPS) op voor een "
       "ontmoetingsplek in het centrum van Wezep.")
MO8 = ("Ook projectmatig werken en veranderopgaven liggen mij goed. Ik was projectleider van de reorganisatie "
       "waarin het Wmo-loket, het jeugdteam en het team werk en inkomen samengingen tot een sociaal team: ik "
       "schreef het projectplan, zat de werkgroep voor, rapporteerde aan de stuurgroep en verzorgde de "
       "implementatie en de evaluatie na een jaar.")
mo = [pos("februari 2017 – heden", "Coördinator Sociaal Team", "Gemeente Oldebroek", [],
          ("2017-02", REF), 106, True),
      pos("augustus 2012 – januari 2017", "Opbouwwerker", "Stichting Welzijn Noord-Veluwe", [],
          ("2012-08", "2017-01"), 54, False),
      pos("september 2008 – juli 2012", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Veluwe", [],
          ("2008-09", "2012-07"), 47, False),
      pos("2005 – 2008", "Ambulant begeleider", "Zorginstelling Het Baken", [],
          ("2005-01", "2008-12"), 48, False, yearonly=True)]
MO_RATE = "€ 91,25 per uur"


def mo_pos(p, paras):
    return [("pb", f"{p['t']} bij {p['e']} ({p['d']})")] + [("p", x) for x in paras]


cv(file="Margriet Oosterhuis.docx", fmt="docx", layout="single",
   name="Margriet Oosterhuis", email="margriet.oosterhuis@example.nl", phone="06-41752093", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Jannie Brouwer", "Kees Mulderij"],
   body=[("title", "Margriet Oosterhuis"),
         ("p", "Wezep · 06-41752093 · margriet.oosterhuis@example.nl"),
         ("h", "Over mij"),
         ("p", "Mijn naam is Margriet Oosterhuis en ik werk al bijna twintig jaar in het sociaal domein van de "
               "Noord-Veluwe. Ik begon als ambulant begeleider, werd daarna maatschappelijk werker en opbouwwerker, "
               "en geef sinds 2017 leiding aan het sociaal team van de gemeente Oldebroek. In al die jaren heb ik "
               "geleerd dat goede ondersteuning van inwoners begint bij een team dat elkaar kent, vertrouwt en "
               "aanspreekt. Ik ben iemand die rust brengt, verbindt en tegelijk helder is over wat er moet "
               "gebeuren."),
         ("p", "Wat mij drijft is de vraag wat een inwoner echt nodig heeft om zijn leven zelf weer op de rit te "
               "krijgen. Vaak is dat geen voorziening, maar een buurvrouw, een maatje, een plek om koffie te drinken "
               "of iemand die even meekijkt naar de post. Ik geloof in de kracht van de sociale basis en in "
               "preventie, en ik vind dat een gemeente die kracht moet ondersteunen in plaats van overnemen. Dat "
               "uitgangspunt probeer ik in mijn team ook waar te maken: medewerkers krijgen de ruimte om hun vak "
               "uit te oefenen en dragen daar ook de verantwoordelijkheid voor."),
         ("p", "Mijn collega's zouden mij omschrijven als betrokken, nuchter en vasthoudend. Ik houd van overzicht "
               "en structuur, maar ik ben niet star: als een aanpak niet werkt, bespreken we dat en passen we hem "
               "aan. Ik heb een goed gevoel voor verhoudingen in een organisatie en weet hoe ik bestuurders, "
               "beleidsadviseurs en uitvoerende collega's met elkaar in gesprek breng. Hieronder beschrijf ik mijn "
               "loopbaan in mijn eigen woorden."),
         ("h", "Werkervaring"),
         *mo_pos(mo[0], [
             "Sinds februari 2017 ben ik coördinator van het sociaal team van de gemeente Oldebroek. Het team "
             "telt inmiddels achttien medewerkers: consulenten Wmo en jeugd, klantmanagers werk en inkomen, twee "
             "schuldhulpverleners en een administratief medewerker. Ik verdeel het werk, bewaak de doorlooptijden, "
             "leid het casuïstiekoverleg en ben het eerste aanspreekpunt voor de medewerkers. Samen met de "
             "teamleider en de afdelingsmanager ben ik verantwoordelijk voor de formatie, de werving en selectie van "
             "nieuwe collega's en de verdeling van de uren over de dorpen.",
             "Een belangrijk deel van mijn werk is het bewaken van het budget van het team en het inrichten van de "
             "registratie. Toen de gemeente in 2021 overstapte op een nieuw registratiesysteem heb ik de werkprocessen "
             "opnieuw beschreven, de medewerkers getraind en de eerste maanden wekelijks met de leverancier "
             "afgestemd. Sindsdien zijn de dossiers completer en kunnen we per kwartaal laten zien wat het team doet.",
             MO6, MO7, MO8,
             "Daarnaast investeer ik veel in de ontwikkeling van de medewerkers. Ieder jaar voeren we "
             "ontwikkelgesprekken, ik organiseer intervisie en ik heb met de opleidingscoördinator een leerlijn "
             "methodisch werken opgezet. Het ziekteverzuim in het team daalde in drie jaar van ruim acht naar minder "
             "dan vier procent, en nieuwe collega's blijven langer dan vroeger."]),
         *mo_pos(mo[1], [
             "Als opbouwwerker bij Stichting Welzijn Noord-Veluwe werkte ik in de wijken van Elburg en Oldebroek. "
             "Ik ondersteunde bewonersgroepen die iets wilden verbeteren in hun buurt, van een speeltuin tot een "
             "wekelijkse maaltijd voor ouderen. Ik leerde daar hoe je inwoners zelf de regie laat houden en hoe je "
             "als professional een stap terug doet op het moment dat het loopt.",
             "In 2014 en 2015 nam ik daarnaast een half jaar de dagelijkse gang van zaken in het wijkteam waar "
             "tijdens het verlof van de teamleider. Dat was mijn eerste ervaring met het aansturen van collega's, en "
             "het heeft mij doen besluiten die richting verder op te gaan.",
             "Verder was ik contactpersoon voor de vrijwilligers van het buurthuis in Elburg en begeleidde ik "
             "stagiaires van de hogeschool. Ik schreef mee aan het jaarverslag van de stichting en verzorgde de "
             "verantwoording van de subsidie voor het opbouwwerk."]),
         *mo_pos(mo[2], [
             "Bij Stichting Maatschappelijk Werk Veluwe bood ik kortdurende hulp aan inwoners met vragen over "
             "relaties, opvoeding, geld en rouw. Ik had een eigen caseload van ongeveer veertig cliënten en hield "
             "spreekuur in het gezondheidscentrum. In deze jaren volgde ik de training oplossingsgericht werken en "
             "werd ik aandachtsfunctionaris huiselijk geweld voor ons team.",
             "Ik leerde in deze functie hoe belangrijk het is om snel te schakelen tussen hulpverleners en hoe "
             "frustrerend het voor een inwoner is om zijn verhaal drie keer te moeten vertellen. Die ervaring neem "
             "ik nog elke dag mee in mijn werk als coördinator."]),
         *mo_pos(mo[3], [
             "Direct na mijn studie werkte ik als ambulant begeleider bij Zorginstelling Het Baken. Ik begeleidde "
             "jongvolwassenen met een licht verstandelijke beperking die op zichzelf gingen wonen, hielp hen met "
             "hun administratie, hun dagbesteding en hun contacten met instanties. Het was leerzaam werk, met veel "
             "verantwoordelijkheid en weinig ruggespraak.",
             "Ik werkte in een klein team van vijf begeleiders en had zelf een caseload van zes cliënten. "
             "Elke week bespraken we de voortgang met de gedragsdeskundige, en twee keer per jaar stelden we met "
             "de cliënt en zijn familie een nieuw ondersteuningsplan op. Ik leerde er hoe belangrijk het is om "
             "doelen klein en haalbaar te maken.",
             "Deze baan leerde mij geduld en een praktische houding. Veel van wat ik nu weet over wat inwoners "
             "nodig hebben om het zelf te kunnen, heb ik in deze jaren geleerd."]),
         ("h", "Competenties"),
         ("p", "Verbinden is voor mij de kern van het vak. Ik zoek mensen op, ook als ze het niet met mij eens zijn, "
               "en ik probeer te begrijpen waar hun bezwaren vandaan komen. Dat helpt om in een klein team, waar "
               "iedereen elkaar dagelijks ziet, spanningen vroeg te bespreken in plaats van ze te laten oplopen."),
         ("p", "Coachen doe ik door vragen te stellen in plaats van antwoorden te geven. Een medewerker die zelf "
               "een oplossing bedenkt, voert die ook beter uit. Waar nodig ben ik wel directief, bijvoorbeeld als de "
               "veiligheid van een inwoner in het geding is of als een afspraak herhaaldelijk niet wordt nagekomen."),
         ("p", "Ik communiceer helder, op papier en in gesprek. Ik schrijf korte notities voor de manager en het "
               "college, en ik kan een ingewikkeld onderwerp uitleggen aan een inwoner zonder jargon. Collega's "
               "weten wat ze aan mij hebben, omdat ik doe wat ik zeg en zeg wat ik doe."),
         ("p", "Ik durf te vernieuwen. Het dorpsspreekuur en het mantelzorgcafé begonnen als kleine proeven, met "
               "weinig geld en veel twijfel. Door klein te beginnen, snel te leren en pas daarna op te schalen, "
               "konden we laten zien dat het werkte voordat er grote besluiten nodig waren."),
         ("p", "Ten slotte heb ik oog voor zowel inwoners als bestuur. Ik weet wat een wethouder nodig heeft om een "
               "besluit te kunnen nemen, en ik weet wat een inwoner nodig heeft om zich gehoord te voelen. Die twee "
               "werelden bij elkaar brengen is misschien wel het mooiste deel van mijn werk."),
         ("h", "Nevenactiviteiten"),
         ("p", "Naast mijn werk ben ik sinds een aantal jaren actief in het bestuur van de plaatselijke "
               "muziekvereniging, waar ik de ledenadministratie en de contacten met de dorpsvereniging verzorg. "
               "Verder geef ik af en toe een gastles aan studenten Social Work over het werken in een kleine "
               "gemeente, en ben ik lid van een intervisiegroep van coördinatoren uit de regio die elkaar "
               "iedere zes weken treft om lastige vraagstukken uit de praktijk te bespreken."),
         ("p", "Die intervisiegroep is voor mij van grote waarde. We komen uit verschillende gemeenten en "
               "organisaties, en juist daardoor zien we hoe verschillend dezelfde wet in de praktijk kan uitpakken. "
               "Ik heb er geleerd om minder snel te oordelen over de keuzes van anderen en om mijn eigen "
               "vanzelfsprekendheden vaker ter discussie te stellen."),
         ("h", "Enkele resultaten op een rij"),
         ("p", "Omdat een verhalend cv soms lastig te scannen is, zet ik hieronder nog enkele resultaten van de "
               "afgelopen jaren op een rij. In Oldebroek daalde de gemiddelde wachttijd voor een eerste gesprek "
               "met het sociaal team van zeven naar twee weken. Het aantal inwoners dat via het dorpsspreekuur "
               "werd bereikt, verdubbelde in twee jaar. Het mantelzorgcafé trekt iedere maand tussen de twintig "
               "en dertig bezoekers, van wie een derde nooit eerder contact had met de gemeente."),
         ("p", "Daarnaast heeft het team een duidelijke plek gekregen in de organisatie. Waar het sociaal team "
               "eerst vooral werd gezien als loket, wordt het nu betrokken bij de voorbereiding van nieuw beleid. "
               "De beleidsadviseurs schuiven maandelijks aan bij het teamoverleg, en omgekeerd brengen "
               "medewerkers signalen uit de praktijk in bij de beleidsontwikkeling. Die korte lijn is een van de "
               "dingen waar ik het meest trots op ben."),
         ("p", "Ook op financieel gebied heeft het team stappen gezet. Het budget voor welzijnsactiviteiten werd "
               "eerder in de loop van het jaar vaak overschreden of juist niet benut. Met een eenvoudige "
               "maandelijkse budgetrapportage en vaste afspraken over wie welke uitgaven mag doen, sluiten we nu al "
               "vier jaar op rij binnen een marge van twee procent af. Dat geeft rust bij de medewerkers en "
               "vertrouwen bij de afdelingsmanager en de wethouder."),
         ("p", "Tot slot is de registratie sterk verbeterd. Toen ik begon, werd ongeveer de helft van de contacten "
               "vastgelegd, vaak achteraf en onvolledig. Na de invoering van het nieuwe registratiesysteem en een "
               "reeks korte trainingen legt het team vrijwel alle contacten dezelfde dag vast. Daardoor kunnen we "
               "de gemeenteraad laten zien welke vragen inwoners hebben, in welke dorpen de druk het hoogst is en "
               "waar we ons aanbod moeten aanpassen."),
         ("h", "Opleiding"),
         ("p", "Ik studeerde van 2001 tot 2005 Social Work aan de Hogeschool Windesheim in Zwolle en rondde die "
               "studie af met het diploma Bachelor Social Work (2005). Mijn afstudeeronderzoek ging over de rol "
               "van vrijwilligers in de ondersteuning van mantelzorgers. Daarvoor haalde ik mijn havodiploma aan "
               "het Van Kinsbergen College in Elburg (2001)."),
         ("h", "Cursussen en trainingen"),
         ("p", "Door de jaren heen volgde ik onder meer de leergang Leidinggeven aan professionals (2018), de "
               "training Motiverende gespreksvoering (2013), de basiscursus Prince2 Foundation (2019) en de "
               "training Werken met DA Systems (2022). In 2023 volgde ik de masterclass Sociale basis van "
               "Movisie."),
         ("h", "Mijn visie op welzijn"),
         ("p", "Welzijn is in veel gemeenten lang het sluitstuk van het sociaal domein geweest: er was geld voor "
               "als de maatwerkvoorzieningen betaald waren. Ik denk dat het andersom moet. Een sterke sociale basis, "
               "met buurthuizen, vrijwilligers, mantelzorgondersteuning en laagdrempelige spreekuren, voorkomt dat "
               "inwoners later zwaardere hulp nodig hebben. Dat vraagt om een welzijnsteam dat zichtbaar is in de "
               "dorpen en wijken, dat inwoners kent en dat weet wat er speelt voordat het misgaat."),
         ("p", "Zo'n team bouw je niet in een paar maanden. Het vraagt om duidelijke afspraken over wat welzijn "
               "wel en niet doet, om een registratie die laat zien wat het werk oplevert en om medewerkers die "
               "zich eigenaar voelen van hun wijk. Als coördinator zie ik het als mijn taak om die randvoorwaarden "
               "te regelen, zodat de medewerkers hun werk kunnen doen. Ik stel mij daarbij dienend op, maar ik "
               "spreek mensen ook aan als afspraken niet worden nagekomen."),
         ("p", "Tegelijk vind ik dat welzijn zich moet kunnen verantwoorden. Bestuurders en raadsleden willen "
               "weten wat het geld oplevert, en dat is een terechte vraag. Ik werk daarom graag met een beperkt "
               "aantal heldere indicatoren, aangevuld met verhalen van inwoners. Een cijfer zegt iets over bereik, "
               "een verhaal laat zien wat het verschil is dat we maken. Beide horen in een goede rapportage."),
         ("p", "Tot slot geloof ik in leren van elkaar. In Oldebroek organiseer ik twee keer per jaar een "
               "leerbijeenkomst met de collega's van de welzijnsstichting, de wijkverpleging en de "
               "jongerenwerkers, waarin we casussen bespreken die niet goed zijn gelopen. Juist die gesprekken "
               "leveren de beste verbeteringen op, omdat iedereen zijn eigen aandeel leert zien."),
         ("h", "Hoe ik leidinggeef"),
         ("p", "Ik geef leiding vanuit vertrouwen. Medewerkers in het sociaal domein zijn professionals die hun vak "
               "verstaan; mijn rol is ze ruimte te geven, te ondersteunen waar het nodig is en scherp te houden op "
               "de afspraken die we samen maken. Ik ben veel op de werkvloer, loop mee met huisbezoeken en zit "
               "regelmatig aan bij het spreekuur. Zo weet ik wat er speelt en kan ik snel bijsturen."),
         ("p", "Bij moeilijke beslissingen betrek ik het team, maar ik neem uiteindelijk zelf de knoop door. Toen we "
               "in 2022 door een krappe begroting moesten kiezen welke activiteiten we zouden stoppen, heb ik met "
               "het team criteria opgesteld, de keuzes voorgelegd aan de manager en daarna eerlijk uitgelegd wat "
               "wel en niet doorging. Dat was geen prettig proces, maar het team bleef er als geheel achter staan."),
         ("p", "Ik vind het belangrijk dat nieuwe medewerkers goed landen. Iedere nieuwe collega krijgt bij ons een "
               "maatje, een inwerkprogramma van zes weken en na drie maanden een gesprek met mij over hoe het gaat. "
               "Ook zorg ik ervoor dat ervaren medewerkers tijd krijgen om hun kennis over te dragen. In een klein "
               "team is het verlies van een ervaren collega snel voelbaar, en dat wil ik zoveel mogelijk voorkomen."),
         ("p", "Ten slotte let ik op de balans tussen werk en privé. Het werk in het sociaal domein is zwaar en "
               "houdt nooit op; er is altijd nog een inwoner die hulp nodig heeft. Ik bespreek met medewerkers "
               "hoe ze hun grenzen bewaken, en ik probeer daar zelf het goede voorbeeld in te geven."),
         ("h", "Wat ik voor Heerde kan betekenen"),
         ("p", "De opdracht in Heerde lijkt in veel opzichten op wat ik de afgelopen jaren in Oldebroek heb gedaan: "
               "een klein, betrokken team in een kleine gemeente, dat moet groeien naar een stevige, methodische "
               "manier van werken zonder zijn menselijke maat te verliezen. Ik ken de regio, de welzijnsorganisaties "
               "en veel van de zorgaanbieders op de Noord-Veluwe. Ik kan snel beginnen en weet hoe ik een team "
               "meeneem in een verandering."),
         ("p", "Ik ben beschikbaar voor 24 uur per week, op maandag, dinsdag en donderdag. Mijn tarief bedraagt "
               + MO_RATE + ", exclusief btw, en ik word aangeboden via Noord-Veluwe Detachering B.V."),
         ("h", "Persoonlijk"),
         ("p", "Ik woon met mijn partner en onze twee dochters in Wezep. In mijn vrije tijd wandel ik graag, zing "
               "ik in een koor en ben ik vrijwilliger bij de jaarlijkse dorpsfeesten. Ik lees veel, vooral "
               "romans en af en toe een boek over organisaties en leiderschap."),
         ("h", "Referenties"),
         ("p", "Mevrouw Jannie Brouwer, afdelingsmanager Samenleving van de gemeente Oldebroek, is bereid over "
               "mijn werk als coördinator te vertellen (telefoon 038-3761204). Over mijn jaren bij de "
               "welzijnsstichting kunt u contact opnemen met de heer Kees Mulderij, oud-directeur van Stichting "
               "Welzijn Noord-Veluwe (telefoon 06-27381945).")],
   expect=dict(pages=5, edu=("hbo", True, True), coord=106, refs=(2, False), zzp=False, hourly=91.25,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator Sociaal Team, Gemeente Oldebroek 'februari 2017 – heden' = 2017-02..2025-11 (106). "
                     "Opbouwwerker (welzijnsstichting), maatschappelijk werker, ambulant begeleider: no leading "
                     "title -> not relevant; the undated half year as stand-in for the teamleider in 2014-2015 is "
                     "not demonstrable months. Bachelor Social Work (2005) -> hbo, mwd. All criteria (narrative "
                     "paragraphs). 5 pages (the limit, pass). 100 points, rate 91.25."))

# ------------------------------------------------------------------------- Henk Lubbers (docx)
# 25+ years, 10 positions: five at Gemeente Zwolle under changing titles (consulent, senior consulent,
# teamleider, coördinator wijkteams, afdelingsmanager), then manager at a welzijnsstichting; a supervisory-board
# seat and a volunteer chair on the side. HBO MWD (1997). Contact in the page header.
HL6 = ("Voorbeeld beleid naar resultaat: het Zwolse beleidskader 'Wijkgericht werken' heb ik vertaald naar een "
       "uitvoeringsprogramma met concrete projecten per wijk (wijkteams in twaalf wijken, een "
       "wijkbudget voor bewonersinitiatieven) en resultaatafspraken die jaarlijks aan de raad werden gerapporteerd.")
HL7 = ("Samenwerking met zorgaanbieders, huisartsen, GGZ en zorgverzekeraar Zilveren Kruis (Zorgakkoord IJsseldelta) "
       "en een publiek-private samenwerking (PPS) met twee woningcorporaties en een bouwbedrijf voor "
       "woonzorgcomplex De Hanzehof.")
HL8 = ("Programmamanager van de transitie van de jeugdzorg en de AWBZ-begeleiding naar de gemeente (2015): "
       "projectstructuur, implementatie van de nieuwe toegang en de reorganisatie van het klantcontact.")
hl = [pos("jul. 2019 – heden", "Manager Welzijn en Mantelzorg", "Stichting Welzijn IJsseldelta",
          ["Leiding aan 34 beroepskrachten (ouderenwerk, mantelzorgondersteuning, jongerenwerk) en ruim 400 "
           "vrijwilligers; begroting van € 3,1 miljoen.",
           "Subsidieafspraken en verantwoording aan de gemeenten Kampen en Zwartewaterland.", HL7],
          ("2019-07", REF), 77, True),
      pos("mrt. 2021 – heden", "Lid Raad van Toezicht (nevenfunctie)", "Stichting Welzijn Hattem",
          ["Portefeuille kwaliteit en veiligheid; vier vergaderingen per jaar."],
          ("2021-03", REF), 57, False),
      pos("jan. 2015 – jun. 2019", "Afdelingsmanager Zorg en Welzijn", "Gemeente Zwolle",
          ["Leiding aan vier teamleiders en circa 70 medewerkers Wmo, jeugd en welzijn.", HL8],
          ("2015-01", "2019-06"), 54, True),
      pos("sep. 2011 – dec. 2014", "Coördinator Wijkteams", "Gemeente Zwolle",
          ["Opzet en aansturing van de eerste wijkteams; werkverdeling en casuïstiekoverleg.", HL6],
          ("2011-09", "2014-12"), 40, True),
      pos("2009 – 2013", "Voorzitter (vrijwillig)", "Buurthuis De Kroon, Zwolle-Zuid",
          ["Bestuur en fondsenwerving van het buurthuis."],
          ("2009-01", "2013-12"), 60, False, yearonly=True),
      pos("jan. 2007 – aug. 2011", "Teamleider Wmo-loket", "Gemeente Zwolle",
          ["Invoering van de Wmo in 2007: inrichting van het loket, werving van twaalf consulenten, "
           "werkinstructies."],
          ("2007-01", "2011-08"), 56, True),
      pos("apr. 2003 – dec. 2006", "Senior consulent WVG", "Gemeente Zwolle",
          ["Indicaties voor woningaanpassingen en vervoersvoorzieningen; inwerken van nieuwe consulenten."],
          ("2003-04", "2006-12"), 45, False),
      pos("jan. 2000 – mrt. 2003", "Consulent Welzijnsvoorzieningen", "Gemeente Zwolle",
          ["Aanvragen voor voorzieningen gehandicapten; huisbezoeken."],
          ("2000-01", "2003-03"), 39, False),
      pos("sep. 1997 – dec. 1999", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Salland",
          ["Algemeen maatschappelijk werk in Raalte en Dalfsen."],
          ("1997-09", "1999-12"), 28, False),
      pos("1995 – 1997", "Groepsleider (bijbaan tijdens de studie)", "Jeugdzorginstelling De Ambelt",
          ["Avond- en weekenddiensten op een leefgroep."],
          ("1995-01", "1997-12"), 36, False, yearonly=True)]
HL_RATE = "Uurtarief (excl. btw): € 97"
cv(file="Henk Lubbers.docx", fmt="docx", layout="header",
   header="H.J. (Henk) Lubbers  –  Dalfsen  –  06-18374652  –  hj.lubbers@example.nl",
   name="Henk Lubbers", email="hj.lubbers@example.nl", phone="06-18374652", rate=HL_RATE,
   exp=hl, crit_text={"6": HL6, "7": HL7, "8": HL8}, refs=["Gert Jan Nijboer", "Mirjam Bosch", "Wim Reinders"],
   body=[("title", "Curriculum vitae Henk Lubbers"),
         ("p", "Geboren 12 maart 1974  ·  aangeboden door Salland Flex B.V.  ·  " + HL_RATE),
         ("h", "Profiel"),
         ("p", "Manager en coördinator in het sociaal domein met ruim 25 jaar ervaring, waarvan bijna twintig jaar "
               "in een leidinggevende rol bij de gemeente Zwolle en een welzijnsstichting. Ik heb de Wmo zien komen, "
               "de decentralisaties van 2015 mee uitgevoerd en weet hoe gemeente en welzijn elkaar versterken. "
               "Rustig, koersvast en met gevoel voor bestuurlijke verhoudingen."),
         ("h", "Werkervaring"),
         ("pos", "sample", hl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle, 1993 – 1997 — "
               "diploma behaald"),
         ("p", "Leergang Strategisch leidinggeven in het publieke domein, Nyenrode — certificaat 2016"),
         ("h", "Referenties"),
         ("bl", ["Gert Jan Nijboer, directeur Samenleving, gemeente Zwolle — 06-18374653",
                 "Mirjam Bosch, bestuurder Stichting Welzijn IJsseldelta — 06-18374654",
                 "Wim Reinders, wethouder Zorg (2014–2018), gemeente Zwolle — 06-18374655"])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=227, refs=(3, False), zzp=False, hourly=97.0,
               crit=(15, 25, 15, 20, 25),
               notes="Relevant, contiguous: Teamleider Wmo-loket 'jan. 2007 – aug. 2011' (56), Coördinator Wijkteams "
                     "'sep. 2011 – dec. 2014' (40), Afdelingsmanager Zorg en Welzijn 'jan. 2015 – jun. 2019' (54), "
                     "all Gemeente Zwolle, + Manager Welzijn en Mantelzorg, Stichting Welzijn IJsseldelta 'jul. "
                     "2019 – heden' (77) -> 2007-01..2025-11 = 227. Consulent and senior consulent at the same "
                     "gemeente, maatschappelijk werker, groepsleider at a jeugdzorginstelling (a care worker, not "
                     "a manager, at a care provider), the supervisory-board seat and the volunteer chair: not "
                     "relevant. HBO MWD -> mwd. 3 references. 100 points, rate 97."))

# ------------------------------------------------------------------------- Anouk Verbeek (pdf)
# Education first, then "Loopbaan" and "Nevenfuncties". Bachelor Social Work + an hbo master (still hbo).
# Year-only periods: 59 + 48 = 107 by the convention, narrowest 48 + 26 = 74: both >= 72, no review.
AV6 = ("Voorbeeld: de Edese Koersnota Sociaal Domein 2022-2026 heb ik met mijn teams vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in elke wijk, de aanpak 'Eén gezin, één plan', "
       "een wachttijdnorm van vier weken) en een halfjaarlijkse monitor voor het college.")
AV7 = ("Samenwerking met zorgaanbieders en huisartsen in de Wmo-regio Food Valley, met zorgverzekeraar Menzis "
       "(preventieakkoord) en een publiek-private samenwerking (PPS) met een woningcorporatie en een "
       "supermarktketen voor buurthuiskamers.")
AV8 = ("Projectleider van de reorganisatie van de Wmo-toegang naar wijkgerichte teams en van de implementatie "
       "van DA Systems als registratiesysteem.")
av = [pos("2021 - heden", "Manager Maatschappelijke Ondersteuning", "Gemeente Ede",
          ["Leiding aan drie teams (Wmo-consulenten, mantelzorgondersteuning en de sociale basis), 41 fte.",
           AV6, AV7, AV8],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("2017 - 2020", "Coördinator Welzijn", "Stichting Welzijn Barneveld",
          ["Coördinatie van het ouderenwerk, de vrijwilligerscentrale en de buurtsportcoaches (9 medewerkers)."],
          ("2017-01", "2020-12"), 48, True, yearonly=True),
      pos("2011 - 2016", "Jongerenwerker", "Stichting Welzijn Barneveld",
          ["Ambulant jongerenwerk en het jongerencentrum in Voorthuizen."],
          ("2011-01", "2016-12"), 72, False, yearonly=True),
      pos("2022 – heden", "Lid Raad van Toezicht", "Stichting Welzijn Wageningen", [],
          ("2022-01", REF), 47, False, yearonly=True),
      pos("2019 – 2023", "Coördinator (vrijwillig)", "Repair Café Ede", [],
          ("2019-01", "2023-12"), 60, False, yearonly=True)]
AV_RATE = "Tarief: 93 euro/uur ex. btw"
cv(file="Anouk Verbeek.pdf", fmt="pdf", layout="header",
   header="Anouk Verbeek  |  Ede  |  06-55203817  |  anouk.verbeek@example.com",
   name="Anouk Verbeek", email="anouk.verbeek@example.com", phone="06-55203817", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Saskia Hendrikse", "Rob van Aalst"],
   onreq_negated=[],
   body=[("title", "Anouk Verbeek"),
         ("p", "Manager sociaal domein  ·  beschikbaar vanaf januari 2026  ·  " + AV_RATE),
         ("h", "Opleidingen"),
         ("p", "Master Social Work (hbo-master), Hogeschool Utrecht, 2014 – 2016 — diploma"),
         ("p", "Bachelor Social Work, Hogeschool Utrecht, 2007 – 2011 — diploma"),
         ("p", "Vwo, Het Streek Ede — diploma 2007"),
         ("h", "Profiel"),
         ("p", "Ik ben een energieke leidinggevende die graag bouwt aan teams in het sociaal domein. Na mijn start "
               "als jongerenwerker groeide ik door naar coördinator bij de welzijnsstichting en manager bij de "
               "gemeente. Ik verbind beleid en uitvoering en houd van resultaten die inwoners merken."),
         ("h", "Loopbaan"),
         ("pos", "datebold", av[:3]),
         ("h", "Nevenfuncties"),
         ("pos", "inline", av[3:]),
         ("h", "Referenties"),
         ("p", "Saskia Hendrikse — directeur Maatschappelijke Ontwikkeling, gemeente Ede — "
               "s.hendrikse@example.nl"),
         ("p", "Rob van Aalst — bestuurder Stichting Welzijn Barneveld — 0342-418293"),
         ("p", "Aanvullende referenties op aanvraag.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=107, refs=(2, True), zzp=False, hourly=93.0,
               crit=(15, 25, 15, 20, 25),
               notes="Manager Maatschappelijke Ondersteuning (= Wmo), Gemeente Ede '2021 - heden' (59; narrowest "
                     "2021-12.., 48) + Coördinator Welzijn, Stichting Welzijn Barneveld '2017 - 2020' (48; narrowest "
                     "2017-12..2020-01, 26) -> 107, narrowest 74: knock-out 3 pass and criterion 5 on both readings. "
                     "Jongerenwerker (no leading title), Lid Raad van Toezicht (supervisory board, not a "
                     "coordinator or manager), Coördinator (vrijwillig) at a Repair Café (volunteer, not a gemeente "
                     "or welzijnsstichting): not relevant. Master Social Work at a hogeschool is an hbo master -> "
                     "highest level hbo; Bachelor Social Work -> mwd. Two named references plus 'op aanvraag' -> "
                     "count 2, on_request true, check pass. 100 points, rate 93."))

# ------------------------------------------------------------------------- Ilse van Rooij (docx)
# Back after a career break (2019-2024, care for her family): teamleider sociaal wijkteam at a gemeente (68)
# before the break, coördinator welzijn ouderen at a welzijnsstichting since March 2024 (21) -> 89.
# WO master Pedagogische Wetenschappen (not MWD).
IR6 = ("Voorbeeld: het Apeldoornse beleidsplan Jeugd en Gezin heb ik vertaald naar een uitvoeringsagenda voor het "
       "wijkteam met concrete projecten (een inloopspreekuur op alle basisscholen, een vaste contactpersoon per "
       "huisartsenpraktijk) en afspraken over doorlooptijden die elk kwartaal werden gerapporteerd.")
IR7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis; nu ook met de woningcorporatie in een publiek-private samenwerking (PPS) voor "
       "een seniorenhof in Twello.")
IR8 = ("Projectleider van de transitie jeugdzorg in de wijk Zuidoost (2014-2015): projectplan, werving van het "
       "nieuwe wijkteam en de implementatie van de werkwijze één gezin, één plan.")
ir = [pos("maart 2024 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Voorst",
          ["Coördinatie van vijf ouderenadviseurs en de vrijwillige thuisadministratie.", IR7],
          ("2024-03", REF), 21, True),
      pos("januari 2019 – februari 2024", "Loopbaanonderbreking", "zorg voor ons gezin en mijn moeder",
          ["Bewuste keuze om een aantal jaren thuis te zijn; in deze periode bijgehouden via vakliteratuur en "
           "twee cursussen (zie hieronder)."],
          ("2019-01", "2024-02"), 62, False),
      pos("sept. 2020 – dec. 2023", "Taalcoach (vrijwillig)", "VluchtelingenWerk Oost Nederland",
          ["Eén middag per week taalles aan een statushoudersgezin."],
          ("2020-09", "2023-12"), 40, False),
      pos("mei 2013 – december 2018", "Teamleider Sociaal Wijkteam", "Gemeente Apeldoorn",
          ["Leiding aan het wijkteam Zuidoost (15 professionals jeugd, Wmo en schuldhulp).", IR6, IR8],
          ("2013-05", "2018-12"), 68, True),
      pos("aug. 2008 – apr. 2013", "Jeugdconsulent", "Gemeente Deventer",
          ["Toegang tot jeugdhulp, gesprekken met ouders en scholen."],
          ("2008-08", "2013-04"), 57, False)]
IR_RATE = "85 EUR per uur, excl. btw"
cv(file="Ilse van Rooij.docx", fmt="docx", layout="single",
   name="Ilse van Rooij", email="ilsevanrooij@example.com", phone="0571-274918", rate=IR_RATE,
   exp=ir, crit_text={"6": IR6, "7": IR7, "8": IR8}, refs=["Marjolein Kuiper", "Tom Westerveld"],
   body=[("title", "Ilse van Rooij"),
         ("p", "Twello  ·  0571-274918  ·  ilsevanrooij@example.com"),
         ("p", "Tarief: " + IR_RATE + "  ·  24 uur per week beschikbaar"),
         ("h", "Profiel"),
         ("p", "Na vijf jaar als teamleider van een sociaal wijkteam heb ik bewust een aantal jaren voor mijn gezin "
               "gekozen. Sinds voorjaar 2024 ben ik terug in het werkveld als coördinator bij de "
               "welzijnsstichting, met frisse energie en dezelfde passie voor inwoners en teams. Ik ben "
               "analytisch, warm en duidelijk."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ir),
         ("h", "Opleiding"),
         ("p", "Master Pedagogische Wetenschappen, Universiteit Utrecht — diploma 2008"),
         ("p", "Bachelor Pedagogische Wetenschappen, Universiteit Utrecht — diploma 2007"),
         ("h", "Bijscholing"),
         ("bl", ["Herregistratie SKJ — 2024", "Leidinggeven in het sociaal domein, NCOI — 2023",
                 "Dementievriendelijke gemeente, Alzheimer Nederland — 2022"]),
         ("h", "Referenties"),
         ("p", "Referent 1: Marjolein Kuiper, manager Stichting Welzijn Voorst, telefoon 0571-274900"),
         ("p", "Referent 2: Tom Westerveld, voormalig afdelingshoofd Jeugd, gemeente Apeldoorn, "
               "t.westerveld@example.nl")],
   expect=dict(pages=2, edu=("wo", True, False), coord=89, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Teamleider Sociaal Wijkteam, Gemeente Apeldoorn 'mei 2013 – december 2018' (68) + Coördinator "
                     "Welzijn Ouderen, Stichting Welzijn Voorst 'maart 2024 – heden' (21) -> 89. The career break "
                     "'januari 2019 – februari 2024', the volunteer taalcoach and the jeugdconsulent: not relevant. "
                     "WO master Pedagogische Wetenschappen -> wo, degree, not MWD -> criterion 4 = 0. 85 points, "
                     "rate 85."))

# ------------------------------------------------------------------------- Petra Hoogendoorn (docx)
# Numbered capital headings. Coördinator gebiedsteam (71) + teamleider jeugd en gezin (48) at gemeenten = 119;
# 'Manager Zorg' at a care group does not count (employer). HBO SJD (hbo, not MWD).
PH6 = ("Voorbeeld van beleid naar resultaat: het Zwolse uitvoeringsprogramma Gezondheid heb ik voor het "
       "gebiedsteam Stadshagen vertaald naar concrete projecten (een buurtgezondheidscentrum met "
       "spreekuur van het gebiedsteam, een valpreventieaanpak voor ouderen) met doelen en een jaarrapportage.")
PH7 = ("Samenwerking met zorgaanbieders, huisartsen en wijkverpleging, zorgverzekeraar Zilveren Kruis en de "
       "woningcorporatie; deelname aan de publiek-private samenwerking (PPS) 'Gezond Stadshagen'.")
PH8 = ("Projectleider van de verandering van specialistische teams naar generalistische gebiedsteams "
       "(2020-2022), met een projectplan, werksessies en evaluatie.")
ph = [pos("jan 2020 – heden", "Coördinator Gebiedsteam", "Gemeente Zwolle",
          ["Aansturing van gebiedsteam Stadshagen (19 medewerkers); werkverdeling, kwaliteit en budget.",
           PH6, PH7, PH8],
          ("2020-01", REF), 71, True),
      pos("01-2016 t/m 12-2019", "Teamleider Jeugd en Gezin", "Gemeente Kampen",
          ["Leiding aan het jeugd- en gezinsteam (8 fte), casuïstiek en werving en selectie."],
          ("2016-01", "2019-12"), 48, True),
      pos("2011 – 2015", "Manager Zorg", "Zorggroep IJsselland",
          ["Leiding aan drie thuiszorgteams (wijkverpleging en huishoudelijke hulp)."],
          ("2011-01", "2015-12"), 60, False, yearonly=True),
      pos("2006 – 2010", "Sociaal raadslid", "Stichting Sociaal Raadslieden Zwolle",
          ["Hulp bij formulieren, toeslagen en bezwaarschriften."],
          ("2006-01", "2010-12"), 60, False, yearonly=True)]
PH_RATE = "Uurtarief: 87,50 euro (exclusief btw)"
cv(file="Petra Hoogendoorn.docx", fmt="docx", layout="single",
   name="Petra Hoogendoorn", email="p.hoogendoorn@example.nl", phone="06-30948571", rate=PH_RATE,
   exp=ph, crit_text={"6": PH6, "7": PH7, "8": PH8}, refs=["Erik Dijkhuizen", "Annet Schuurman"],
   body=[("title", "CURRICULUM VITAE"),
         ("h", "1. PERSONALIA"),
         ("rows", [("Naam", ["Petra Hoogendoorn"]), ("Woonplaats", ["Hattem"]), ("Telefoon", ["06-30948571"]),
                   ("E-mail", ["p.hoogendoorn@example.nl"]), ("Beschikbaarheid", ["24 uur per week"]),
                   ("Tarief", [PH_RATE])]),
         ("h", "2. PROFIEL"),
         ("p", "Ervaren coördinator in het sociaal domein met een achtergrond in de zorg. Ik stuur op resultaat en "
               "op plezier in het werk, en ben goed in het verbinden van teams, beleid en de wijk."),
         ("h", "3. WERKERVARING"),
         ("pos", "pipe", ph),
         ("h", "4. OPLEIDING"),
         ("p", "HBO Sociaal Juridische Dienstverlening (SJD), Hogeschool Windesheim Zwolle — diploma 2006"),
         ("p", "Havo, Greijdanus College Zwolle — diploma 2002"),
         ("h", "5. CURSUSSEN"),
         ("bl", ["Lean Green Belt — 2018", "Coachend leidinggeven — 2021"]),
         ("h", "6. REFERENTIES"),
         ("table", ("Naam", "Functie", "Contact"),
          [("Erik Dijkhuizen", "manager Wijkgericht Werken, gemeente Zwolle", "06-30948572"),
           ("Annet Schuurman", "afdelingshoofd Samenleving, gemeente Kampen", "038-3392110")])],
   expect=dict(pages=2, edu=("hbo", True, False), coord=119, refs=(2, False), zzp=False, hourly=87.5,
               crit=(0, 25, 15, 20, 25),
               notes="Coördinator Gebiedsteam, Gemeente Zwolle 'jan 2020 – heden' (71) + Teamleider Jeugd en Gezin, "
                     "Gemeente Kampen '01-2016 t/m 12-2019' (48) -> 119. Manager Zorg at Zorggroep IJsselland (a "
                     "care provider, not a gemeente or welzijnsstichting) and sociaal raadslid: not relevant. HBO "
                     "SJD -> hbo bachelor, not MWD -> criterion 4 = 0. 85 points, rate 87.50."))

# ------------------------------------------------------------------------- Gerben Zwart (pdf)
# Very compact, one page: a table of positions without tasks, a few key points, a reference table.
# Teamleider Wmo en Jeugd (87) + Coördinator Mantelzorgondersteuning (55) = 142. HBO MWD. Criterion 7 not shown.
GZ6 = "Wmo-beleidsplan vertaald naar jaarwerkplan met concrete projecten (dorpsspreekuur, mantelzorgwaardering)."
GZ8 = "Projectleider reorganisatie Wmo-loket naar integraal sociaal team."
gz = [pos("09/2018 – heden", "Teamleider Wmo en Jeugd", "Gemeente Hattem", [], ("2018-09", REF), 87, True),
      pos("02/2014 – 08/2018", "Coördinator Mantelzorgondersteuning", "Stichting Welzijn Hattem", [],
          ("2014-02", "2018-08"), 55, True),
      pos("01/2009 – 01/2014", "Maatschappelijk werker", "Stichting Welzijn Hattem", [],
          ("2009-01", "2014-01"), 61, False),
      pos("06/2006 – 12/2008", "Woonbegeleider", "Zorginstelling De Hoprank", [],
          ("2006-06", "2008-12"), 31, False)]
GZ_RATE = "€ 89/uur"
cv(file="Gerben Zwart.pdf", fmt="pdf", layout="single",
   name="Gerben Zwart", email="gerben@zwart.example.nl", phone="06-12039485", rate=GZ_RATE,
   exp=gz, crit_text={"6": GZ6, "8": GZ8}, refs=["L. Kremer", "J. Hofman"],
   body=[("title", "Gerben Zwart"),
         ("p", "Hattem · 06-12039485 · gerben@zwart.example.nl · " + GZ_RATE + " excl. btw"),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), gz),
         ("h", "Kernpunten"),
         ("bl", ["Leiding aan 11 consulenten Wmo en jeugd; formatie en teambudget.", GZ6, GZ8]),
         ("h", "Opleiding"),
         ("p", "2002 – 2006  HBO Maatschappelijk Werk en Dienstverlening, Windesheim Zwolle (diploma)"),
         ("h", "Referenties"),
         ("table", ("Naam", "Functie", "Telefoon"),
          [("L. Kremer", "afdelingshoofd, gemeente Hattem", "038-4431120"),
           ("J. Hofman", "directeur Stichting Welzijn Hattem", "038-4431760")])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=142, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 0, 25),
               notes="Teamleider Wmo en Jeugd, Gemeente Hattem '09/2018 – heden' (87) + Coördinator "
                     "Mantelzorgondersteuning, Stichting Welzijn Hattem '02/2014 – 08/2018' (55) -> 142. "
                     "Maatschappelijk werker, woonbegeleider: not relevant. HBO MWD -> mwd. Criterion 7 (partners) "
                     "not shown anywhere in this compact CV -> 0. References by initial and surname (a table). "
                     "80 points, rate 89."))

# ------------------------------------------------------------------------- Youssef Amrani (pdf)
# Two parallel part-time jobs now, both relevant: manager welzijn at a welzijnsstichting since October 2020 (62)
# and coördinator sociaal team at a gemeente since April 2022 (44): 106 summed, 62 merged -> knock-out 3 pass,
# criterion 5 = 0. Europass layout.
YA6 = ("Voorbeeld: de Olst-Wijhese nota 'Iedereen doet mee' vertaald naar een jaarwerkplan met concrete projecten "
       "(een vast aanspreekpunt per kern, een armoedepact met de scholen) en een rapportage per half jaar.")
YA7 = ("Samenwerking met zorgaanbieders, huisartsen, GGD IJsselland, zorgverzekeraar Salland en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en de lokale Rabobank voor een buurtkamer.")
YA8 = ("Projectleider van de herinrichting van het sociaal team (van drie loketten naar één toegang), een "
       "verandertraject met projectplan en evaluatie.")
ya = [pos("oktober 2020 – heden", "Manager Welzijn (20 uur)", "Stichting Welzijn Raalte",
          ["Leiding aan het welzijnswerk (ouderenwerk, jongerenwerk, mantelzorg): 14 medewerkers.", YA7],
          ("2020-10", REF), 62, True),
      pos("april 2022 – heden", "Coördinator Sociaal Team (16 uur)", "Gemeente Olst-Wijhe",
          ["Dagelijkse coördinatie van het sociaal team (9 consulenten); werkverdeling en kwaliteit.", YA6, YA8],
          ("2022-04", REF), 44, True),
      pos("jan. 2017 – sep. 2020", "Wijkcoach", "Stichting Welzijn Raalte",
          ["Ondersteuning van bewonersinitiatieven en kwetsbare inwoners in Raalte-Noord."],
          ("2017-01", "2020-09"), 45, False),
      pos("2012 – 2016", "Maatschappelijk werker", "Stichting Maatschappelijke Dienstverlening Deventer",
          ["Kortdurende hulpverlening, spreekuren in twee wijken."],
          ("2012-01", "2016-12"), 60, False, yearonly=True)]
YA_RATE = "tarief per uur: €82 (ex btw)"
cv(file="Youssef Amrani.pdf", fmt="pdf", layout="single",
   name="Youssef Amrani", email="y.amrani@example.nl", phone="+31 6 48207391", rate=YA_RATE,
   exp=ya, crit_text={"6": YA6, "7": YA7, "8": YA8}, refs=["Hilde Groothuis", "Bart Wolters"],
   body=[("title", "Youssef Amrani"),
         ("rows", [("Woonplaats", ["Deventer"]), ("Telefoon", ["+31 6 48207391"]), ("E-mail", ["y.amrani@example.nl"]),
                   ("Tarief", [YA_RATE])]),
         ("h", "Profiel"),
         ("p", "Ik combineer twee deeltijdfuncties: manager welzijn bij de welzijnsstichting in Raalte en "
               "coördinator van het sociaal team van de gemeente Olst-Wijhe. Daardoor ken ik beide kanten van de "
               "tafel: opdrachtgever en uitvoerder. Ik ben verbindend, direct en houd van een team dat eigenaarschap "
               "neemt."),
         ("h", "Werkervaring"),
         ("eu_pos", ya),
         ("h", "Opleiding"),
         ("rows", [("2008 – 2012", ["Hbo-bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer, "
                                    "diploma behaald"]),
                   ("2003 – 2008", ["Havo, Etty Hillesum Lyceum Deventer, diploma"])]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Arabisch en Engels (goed)"),
         ("h", "Referenties"),
         ("rows", [("Referent", ["Hilde Groothuis, bestuurder Stichting Welzijn Raalte, 0572-351870"]),
                   ("Referent", ["Bart Wolters, manager Sociaal Domein, gemeente Olst-Wijhe, 0570-568300"])])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=62, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="Manager Welzijn (20 uur), Stichting Welzijn Raalte 'oktober 2020 – heden' = 2020-10..2025-11 "
                     "(62) and Coördinator Sociaal Team (16 uur), Gemeente Olst-Wijhe 'april 2022 – heden' (44) run "
                     "side by side: merged 62 (not 106). Month-exact dates: knock-out 3 pass (62 >= 60), criterion "
                     "5 = 0 (62 < 72). Wijkcoach and maatschappelijk werker: no leading title. Hbo-bachelor MWD -> "
                     "mwd. 75 points, rate 82."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Sophie Kramer (pdf)
# Recent graduate: Bachelor Social Work 2022, coördinator jongerenwerk at a welzijnsstichting since September
# 2022 (39) -> knock-out 3 fail. Criterion 7 not shown.
SK6 = ("Voorbeeld: het gemeentelijke jeugdbeleid 'Zeewolde Jong' heb ik vertaald naar drie concrete projecten "
       "(een meidengroep, een jongerenraad en een zomerprogramma) met doelen en een jaarverslag aan de "
       "wethouder.")
SK8 = ("Projectleider van de verhuizing en herinrichting van het jongerencentrum (2024), van projectplan tot "
       "opening.")
sk = [pos("sinds september 2022", "Coördinator Jongerenwerk", "Stichting Welzijn Zeewolde",
          ["Coördinatie van drie jongerenwerkers en twaalf vrijwilligers; planning en budget van het "
           "jongerencentrum.", SK6, SK8],
          ("2022-09", REF), 39, True),
      pos("feb. 2021 – jul. 2022", "Afstudeerstage jongerenwerk", "Gemeente Almere",
          ["Onderzoek naar het bereik van jongeren in Almere Haven; meelopen met het jongerenwerk."],
          ("2021-02", "2022-07"), 18, False),
      pos("2018 – 2022", "Caissière en vakkenvuller (bijbaan)", "Albert Heijn Zeewolde",
          ["Weekenddiensten naast de studie."],
          ("2018-01", "2022-12"), 60, False, yearonly=True)]
SK_RATE = "€ 68,50 per uur"
cv(file="Sophie Kramer.pdf", fmt="pdf", layout="sidebar",
   name="Sophie Kramer", email="s.kramer@example.com", phone="06-87123049", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "8": SK8}, refs=["Ellen de Wit", "Ahmed El Amrani"],
   left=[("h", "Contact"), ("p", "06-87123049"), ("p", "s.kramer@example.com"), ("p", "Zeewolde"),
         ("h", "Tarief"), ("p", SK_RATE), ("p", "(exclusief btw)"),
         ("h", "Vaardigheden"), ("bl", ["Enthousiasmeren", "Organiseren", "Coachen van vrijwilligers"]),
         ("h", "Hobby's"), ("p", "Dansen, festivals, reizen")],
   right=[("title", "Sophie Kramer"),
          ("p", "Coördinator Jongerenwerk"),
          ("h", "Profiel"),
          ("p", "Jonge, gedreven coördinator met een frisse blik. Sinds mijn afstuderen in 2022 coördineer ik het "
                "jongerenwerk in Zeewolde. Ik ben creatief, snel en goed in het enthousiasmeren van jongeren en "
                "collega's."),
          ("h", "Werkervaring"),
          ("pos", "next", sk),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim Almere, 2018 – 2022 — diploma behaald (juni 2022)"),
          ("p", "Havo, Levant College Zeewolde — diploma 2018"),
          ("h", "Referenties"),
          ("p", "Ellen de Wit, directeur Stichting Welzijn Zeewolde — ellen.dewit@example.nl"),
          ("p", "Ahmed El Amrani, stagebegeleider gemeente Almere — a.elamrani@example.nl")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=39, refs=(2, False), zzp=False, hourly=68.5,
               crit=(15, 0, 15, 0, 25),
               notes="Coördinator Jongerenwerk, Stichting Welzijn Zeewolde 'sinds september 2022' = 2022-09..2025-11 "
                     "(39) -> knock-out 3 fail (far below 60). The graduation internship at the gemeente and the "
                     "supermarket job: not relevant. Bachelor Social Work 2022 -> hbo, mwd. Criterion 7 not shown. "
                     "55 points; not eligible."))
