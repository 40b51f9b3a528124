# -*- coding: utf-8 -*-
"""Holdout round 60 for zeef: 6 fictional CVs (3 PDF, 3 DOCX), written without looking at the pipeline's source
or rules/. One eligible control and five CVs that look strong but must not pass, each for one reason not used in
rounds 2-59 (must-not-pass, ninth series):

  - one long page: the whole CV is ONE PDF page, A4 wide and 1.8 m high (a web CV saved with a browser's
    "Exporteer als pdf"); pdfinfo says 1 page, but on A4 the same document takes more than five pages: the
    request's "Maximaal 5 pagina's" is not met (pages check fail);
  - a pension fund: "Manager Werkgeversservice Zorg en Welzijn | Stichting Pensioenfonds Welzijn en Maatschappelijke
    Dienstverlening": manager, "Stichting", "Welzijn", "Zorg", even "welzijnsstichtingen" in the tasks, but a
    pension fund is no welzijnsstichting and pension administration is not the social domain; only 58 months at
    the gemeente itself remain (knock-out 3 fail);
  - a council seat: "Coördinator Sociaal Domein (raadsfractie) | Gemeenteraad Epe, fractie Gemeentebelangen Epe":
    an elected councillor who speaks for her party group on the social domain, a few hours a month beside her job;
    no employment at a gemeente and no coordinator's work; only 56 months at a welzijnsstichting remain (knock-out 3
    fail);
  - a candidate who bids for herself: "Ik schrijf zelf in, via mijn eigen account bij Flextender. Er staat geen
    bureau tussen mij en de gemeente Heerde." and "Sinds 1 september 2025 ben ik bij niemand in dienst": none of the
    usual ZZP words, but nobody employs and offers her, so she either works for her own account (a ZZP-er) or would
    enter a dienstbetrekking with Heerde; the uitvoeringsvoorwaarde excludes both (knock-out 1 fail);
  - reference projects: under "Referenties" two "Referentieopdracht" entries (an assignment and the organisation
    that gave it, no person) and one referee (references fail: 1).

The control (Annemiek Scholtenhuis) carries the harmless mirrors: two ordinary A4 pages; a past seat as burgerraadslid
under "Nevenfuncties", not claimed as work; a "Referentieopdracht" line next to two real referees; and a sentence that
her employer, a detacheerder, offers her.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations, agencies and a fictional pension fund. Built by tests/holdout2/src/build.py (through
src/build60.py, which only sets one CV's page size) and checked by tests/holdout2/src/expected.py (through
src/expected60.py, which adds two checked decisions); see tests/holdout60/make-holdout60.sh and
tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, nproj, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8."""
    c6 = (f"Voorbeeld van beleid naar resultaat: de beleidsnota '{plan}' ({place}) heb ik omgezet in een "
          f"jaarwerkplan met {nproj} concrete projecten; na een jaar: {result}.")
    c7 = (f"Samenwerking met zorgaanbieders, huisartsen, het patiëntenplatform, zorgverzekeraar {insurer} en de "
          f"publiek-private samenwerking (PPS) {pps}.")
    c8 = f"Projectmatig werken: projectleider van het verandertraject '{change}', met projectplan en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Annemiek Scholtenhuis (pdf) control
# Mirrors, all harmless: (1) two ordinary A4 pages (Yvette Kampherbeek's CV is one page of 1.8 m); (2) a past seat
# as burgerraadslid under "Nevenfuncties", unpaid, not listed as work (Ellen Boschloo lists her council seat as a
# coordinator's position); (3) "Referentieopdracht" next to two real referees (Jos Tijhuis has only one referee);
# (4) "In loondienst bij Sallands Sociaal Detacheren B.V., dat mij voor deze opdracht aanbiedt" (Mieke Lansbergen
# has no employer who offers her).
AS6, AS7, AS8 = crits("Raalte", "Raalte, samen sterk", "vijf", "drie nieuwe ontmoetingsplekken en 20 % meer "
                      "inwoners met een vrijwilliger als maatje", "Menzis", "Gezond Salland",
                      "de overgang naar wijkgericht welzijnswerk")
AS_NEVEN = ("Burgerraadslid (commissie Samenleving) voor Lokaal Belang, gemeenteraad Olst-Wijhe, 2019 – 2022: "
            "onbezoldigd, naast mijn werk; geen werkervaring en hier ook niet zo bedoeld.")
AS_REFOPD = ("Referentieopdracht: de overgang naar wijkgericht welzijnswerk in Raalte (2020 – 2022), opdrachtgever "
             "Stichting Welzijn Raalte.")
AS_EMP = "In loondienst bij Sallands Sociaal Detacheren B.V., dat mij voor deze opdracht aanbiedt."
a_s = [pos("april 2017 – heden", "Manager Welzijn", "Stichting Welzijn Raalte",
           ["Leiding aan 22 medewerkers in ouderenwerk, jongerenwerk, mantelzorgondersteuning en het vrijwilligers"
            "steunpunt: werkverdeling, werving en selectie, formatie en budget (1,9 miljoen euro).",
            AS6, AS7, AS8,
            "Registratie en rapportage in DA Systems; kwartaalrapportages aan de gemeente Raalte."],
           ("2017-04", REF), 104, True),
       pos("februari 2011 – maart 2017", "Teamleider Sociaal Team", "Gemeente Olst-Wijhe",
           ["Leiding aan het sociaal team (12 medewerkers): Wmo, jeugd en schuldhulp aan één tafel.",
            "Werkoverleg, casuïstiekbesprekingen en de jaargesprekken van de teamleden."],
           ("2011-02", "2017-03"), 74, True),
       pos("september 2005 – januari 2011", "Maatschappelijk werker", "Stichting Welzijn Raalte",
           ["Algemeen maatschappelijk werk voor volwassenen en gezinnen; spreekuren in Heino en Raalte."],
           ("2005-09", "2011-01"), 65, False)]
AS_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Annemiek Scholtenhuis.pdf", fmt="pdf", layout="single",
   name="Annemiek Scholtenhuis", email="annemiek.scholtenhuis@example.nl", phone="06-41728395", rate=AS_RATE,
   exp=a_s, crit_text={"6": AS6, "7": AS7, "8": AS8}, refs=["Bert Nijland", "Hester Brinkman"],
   must_have=[AS_NEVEN, AS_REFOPD, AS_EMP],
   body=[("title", "Annemiek Scholtenhuis"),
         ("p", "Raalte  |  06-41728395  |  annemiek.scholtenhuis@example.nl"),
         ("pb", AS_RATE),
         ("p", AS_EMP + " Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Manager welzijn in Raalte, daarvoor teamleider van het sociaal team van Olst-Wijhe. Ik verbind "
               "beleid en uitvoering, coach mijn teamleiders en stuur op afspraken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", a_s),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2005"),
         ("h", "Nevenfuncties"),
         ("p", AS_NEVEN)]
   + refs_block(AS_REFOPD,
                "Bert Nijland, directeur-bestuurder Stichting Welzijn Raalte, 06-41728396",
                "Hester Brinkman, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 0570-568312"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=178, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL, eligible. Manager Welzijn, Stichting Welzijn Raalte 2017-04..2025-11 = 104 + "
                     "Teamleider Sociaal Team, Gemeente Olst-Wijhe 2011-02..2017-03 = 74 -> 178 (>= 72); "
                     "Maatschappelijk werker not leading. Mirrors: (1) two ordinary A4 pages; (2) a past seat as "
                     "burgerraadslid under 'Nevenfuncties', unpaid, 'geen werkervaring en hier ook niet zo bedoeld' "
                     "-> no position; (3) 'Referentieopdracht: ... opdrachtgever Stichting Welzijn Raalte' under "
                     "Referenties next to two referees (Bert Nijland, Hester Brinkman) -> 2; (4) 'In loondienst bij "
                     "Sallands Sociaal Detacheren B.V., dat mij voor deze opdracht aanbiedt' -> no ZZP, an employer "
                     "offers her. HBO MWD. 100 points, EUR 89 (every trap has a lower rate) -> rank 1."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Yvette Kampherbeek (pdf), one long page
# TRAP (target: wrong pass of the pages check): everything else is a full-marks CV. The whole CV is one PDF page of
# 210 x 1800 mm (a web CV saved with a browser's "Exporteer als pdf", which makes one page of the whole web page).
# pdfinfo: 1 page. The same document on A4 is more than five pages (expected60.py renders it to prove it).
YK6, YK7, YK8 = crits("Deventer", "Deventer doet het samen", "zes", "vier buurtkamers en 35 % minder wachttijd "
                      "bij de wijkteams", "Menzis", "Gezond Deventer", "de vorming van acht wijkteams")
YK_WEB = ("Dit cv is mijn online cv (yvettekampherbeek.example.nl), met mijn browser opgeslagen als pdf: één "
          "doorlopende pagina.")


def yk_projects():
    """A long CV: the projects, each described at length (that is what makes the web page long)."""
    ps = [("Buurtkamers Deventer-Noord (2023 – 2024)",
           "Vier buurtkamers opgezet in leegstaande winkelpanden, samen met de woningcorporatie en 40 vrijwilligers. "
           "Ik schreef het projectplan, regelde de huur en de inrichting, wierf de gastvrouwen en gastheren en "
           "stelde een maandelijks programma op met spreekuren van de wijkteams, de ouderenadviseur en de "
           "schuldhulp. Na een jaar kwamen er wekelijks gemiddeld 160 bezoekers."),
          ("Eén wijkteam, één plan (2022)",
           "Gezinnen met hulp van meer partijen kregen één plan en één regisseur. Ik leidde de werkgroep met de "
           "wijkteams, jeugdhulpaanbieders en het onderwijs, schreef de werkafspraken en trainde 60 medewerkers. "
           "Het aantal gezinnen met meer dan drie hulpverleners halveerde binnen anderhalf jaar."),
          ("Wachttijden wijkteams (2021 – 2022)",
           "De wachttijd voor een eerste gesprek liep op tot zeven weken. Met een instroomteam, een vaste "
           "triagedag en wekelijkse sturing op de werkvoorraad bracht ik die terug tot vier weken; de "
           "tevredenheid van inwoners over de bereikbaarheid steeg van 6,4 naar 7,6."),
          ("Registratie in DA Systems (2020 – 2021)",
           "Met de functioneel beheerder en twee sleutelgebruikers per team richtten wij de registratie opnieuw "
           "in: minder velden, vaste doelen per traject en een maandrapportage per wijk. De rapportage aan het "
           "college komt sindsdien rechtstreeks uit het systeem."),
          ("Mantelzorg in beeld (2019)",
           "Met de welzijnsorganisatie en de huisartsen brachten wij in kaart welke mantelzorgers overbelast "
           "raakten. Resultaat: een vaste verwijsroute van de praktijkondersteuner naar de mantelzorgconsulent en "
           "250 nieuwe mantelzorgers met ondersteuning."),
          ("Jongeren aan het werk (2015 – 2016)",
           "Bij Stichting Welzijnswerk Deventer zette ik met het werkgeversservicepunt een traject op voor "
           "jongeren zonder startkwalificatie: 45 jongeren kregen een werkervaringsplaats, 28 stroomden door naar "
           "een opleiding of baan."),
          ("Sport in de wijk (2013 – 2014)",
           "Samen met de buurtsportcoaches en drie sportverenigingen organiseerde mijn team wekelijkse "
           "sportactiviteiten op pleinen waar overlast was. De meldingen van jeugdoverlast daalden in een jaar met "
           "een derde."),
          ("Vrijwilligerscentrale (2011 – 2012)",
           "Ik bracht de vrijwilligersvacaturebank van vier organisaties samen in één centrale, met één "
           "telefoonnummer, één website en een gezamenlijke training voor nieuwe vrijwilligers. Het aantal "
           "bemiddelingen verdubbelde.")]
    ps += [("Huiskamers voor ouderen (2018)",
            "In drie wijken openden wij een huiskamer voor ouderen die alleen wonen, met koffie, een warme maaltijd "
            "op dinsdag en een vast aanspreekpunt van het wijkteam. De huiskamers draaien op vrijwilligers; het "
            "wijkteam is er elke week een ochtend. Na een jaar kwamen er 90 ouderen vast."),
           ("Schulden vroeg in beeld (2020)",
            "Met de woningcorporaties, het waterbedrijf en de energieleveranciers maakten wij afspraken over "
            "signalen van betalingsachterstanden. Binnen twee weken na een signaal belt het wijkteam aan. In het "
            "eerste jaar kwamen 420 huishoudens vroeg in beeld, de helft daarvan was nog niet bekend."),
           ("Inwerkprogramma wijkteams (2017)",
            "Nieuwe medewerkers van zes organisaties kregen één inwerkprogramma: twee weken meelopen, een maatje uit "
            "een ander team, vaste scholingsdagen en een gesprek na drie maanden. Het verloop in het eerste jaar "
            "daalde van 18 naar 9 procent."),
           ("Cliëntervaringsonderzoek (2019 – 2024)",
            "Ik zette een jaarlijks onderzoek op onder inwoners die hulp kregen van de wijkteams, met de "
            "cliëntenraad als meelezer. De uitkomsten bespreken wij per team en de verbeterpunten staan in het "
            "jaarwerkplan van het volgende jaar.")]
    out = [("h", "Projecten en resultaten")]
    for head, text in ps:
        out += [("pb", head), ("p", text),
                ("p", "Wat ik ervan leerde: begin klein, spreek vooraf af wanneer iets geslaagd is, betrek de "
                      "medewerkers die het werk doen bij het ontwerp en rapporteer eerlijk, ook als iets tegenvalt. "
                      "Zo blijft het draagvlak bij teams, beleid en bestuur.")]
    out += [("h", "Visie op welzijn"),
            ("p", "Welzijn is het fundament onder het sociaal domein. Wie vroeg een buurvrouw, een huiskamer of een "
                  "vrijwilliger vindt, heeft later minder zware hulp nodig. Daarom wil ik dat welzijnswerkers "
                  "zichtbaar en vindbaar zijn in de wijk, en dat zij dezelfde taal spreken als de consulenten en de "
                  "beleidsadviseurs."),
            ("p", "Een welzijnsteam heeft een heldere opdracht nodig, een vaste manier van werken en ruimte om zelf "
                  "oplossingen te bedenken. Mijn rol is de randvoorwaarden te regelen: budget, registratie, locaties "
                  "en afspraken met partners, zodat de medewerkers hun werk kunnen doen."),
            ("p", "Cijfers helpen, maar verhalen van inwoners vertellen wat cijfers niet laten zien. Ik gebruik "
                  "beide: de registratie voor de sturing, de gesprekken voor de richting."),
            ("h", "Mijn eerste honderd dagen bij Stip"),
            ("bl", ["Week 1 tot en met 3: kennismaken met ieder teamlid apart, met de teamleiders, de manager van de "
                    "afdeling en de beleidsadviseurs; meelopen met het welzijnswerk op de locatie van Stip en in de "
                    "kernen Heerde, Wapenveld en Veessen.",
                    "Week 2 tot en met 6: de opdracht van het cluster welzijn op papier zetten zoals de "
                    "beleidsadviseurs haar zien, en naast wat de teamleden feitelijk doen leggen; de verschillen "
                    "bespreek ik in het team.",
                    "Week 4 tot en met 8: de randvoorwaarden nalopen: budget, uren per medewerker, de inrichting van "
                    "DA Systems, de locaties waar de teamleden zichtbaar en vindbaar zijn, en de afspraken met de "
                    "organisaties die medewerkers detacheren.",
                    "Week 6 tot en met 10: met het team een jaarwerkplan opstellen voor 2026, met per onderdeel een "
                    "resultaat, een eigenaar en een moment van evaluatie; bespreken met de beleidsadviseurs.",
                    "Week 8 tot en met 12: een vast ritme invoeren van werkoverleg, casuïstiek, kwartaalrapportage "
                    "en een jaarlijkse evaluatie met de samenwerkingspartners.",
                    "Week 10 tot en met 14: met HR en de manager de formatie, de instroom en de werving en selectie "
                    "voor de tweede helft van 2026 voorbereiden, zodat de opvolging na 30 juni geregeld is.",
                    "Doorlopend: ontwikkelgesprekken met ieder teamlid, intervisie in kleine groepen en een "
                    "scholingsplan voor het team; elke maand een dagdeel meelopen in de uitvoering.",
                    "Doorlopend: advies aan de manager over de toekomstige inrichting van welzijn binnen de gemeente, "
                    "op basis van wat het team en de partners in de eerste maanden laten zien."]),
            ("h", "Hoe ik leidinggeef"),
            ("p", "Ik leid door richting te geven en daarna ruimte te laten. Teamleden weten wat er van hen verwacht "
                  "wordt, welke resultaten we samen nastreven en waar ze terechtkunnen als het vastloopt. Ik stuur "
                  "op afspraken en spreek mensen aan als afspraken niet worden nagekomen, op een manier die het "
                  "gesprek open houdt."),
            ("p", "In een team met medewerkers van verschillende werkgevers, zoals bij Stip, is dat extra belangrijk: "
                  "iedereen moet zich deel van één team voelen, ook als het contract elders ligt. In Deventer werkten "
                  "in de wijkteams medewerkers van zes organisaties; ik organiseerde één teamdag per kwartaal, één "
                  "manier van registreren en één overleg met alle detacherende organisaties samen."),
            ("p", "Ik vind ontwikkeling van medewerkers belangrijk. In mijn teams heeft iedereen een eigen "
                  "ontwikkeldoel, dat we twee keer per jaar bespreken. Vier medewerkers uit mijn teams zijn "
                  "doorgegroeid naar een rol als teamleider of senior."),
            ("h", "Presentaties en publicaties"),
            ("bl", ["'Eén plan per gezin in de praktijk', regionale dag sociaal domein, Zwolle, 2023",
                    "'Buurtkamers als voordeur van de wijk', landelijk congres welzijn, Utrecht, 2024",
                    "Artikel over de triagedag in een vakblad voor sociaal werkers, 2022",
                    "Gastles over coördinatie van wijkteams, Saxion Hogeschool Deventer, 2021 en 2023"])]
    return out


yk = [pos("juni 2016 – heden", "Coördinator Wijkteams", "Gemeente Deventer",
          ["Coördinatie van acht wijkteams (64 medewerkers, zes teamleiders): werkverdeling, formatie, werving en "
           "selectie en de verdeling van de uren over de wijken, in afstemming met HR en de afdelingsmanager.",
           "Bewaking van het budget van de wijkteams (5,2 miljoen euro) en de kwartaalrapportage aan het college.",
           YK6, YK7, YK8,
           "Ontwikkeling van de werkwijze: integraal, oplossingsgericht en vanuit het perspectief van de inwoner; "
           "elk team werkt met één plan per huishouden.",
           "Afspraken met de organisaties die medewerkers aan de wijkteams detacheren: inzet, uren, kwaliteit en "
           "de jaarlijkse evaluatie.",
           "Aanspreekpunt voor beleidsadviseurs Wmo, jeugd en participatie: ik vertaal hun opdrachten naar wat er "
           "in de teams nodig is en koppel de resultaten terug.",
           "Begeleiding van teamleiders in hun eigen ontwikkeling: intervisie, coaching en een leiderschapstraject "
           "van een jaar.",
           "Inrichting van de registratie in DA Systems en de maandrapportage per wijk.",
           "Lid van het managementoverleg van de afdeling Maatschappelijke Ondersteuning."],
          ("2016-06", REF), 114, True),
      pos("januari 2010 – mei 2016", "Teamleider Jongerenwerk", "Stichting Welzijnswerk Deventer",
          ["Leiding aan het jongerenwerk in vier wijken (11 jongerenwerkers, 2 stagiairs, 30 vrijwilligers).",
           "Werving en selectie, jaargesprekken, roosters en het budget van het jongerenwerk.",
           "Overleg met politie, scholen, het buurtteam en de woningcorporatie over jongeren in de wijk.",
           "Opzet van ambulant jongerenwerk op straat en online, met vaste avonden per wijk.",
           "Jaarverslag en verantwoording aan de gemeente Deventer over de subsidie voor het jongerenwerk."],
          ("2010-01", "2016-05"), 77, True),
      pos("september 2004 – december 2009", "Jongerenwerker", "Stichting Welzijnswerk Deventer",
          ["Jongerenwerk in Deventer-Noord: inloop, activiteiten, individuele begeleiding.",
           "Contact met ouders, scholen en de leerplichtambtenaar."],
          ("2004-09", "2009-12"), 64, False)]
YK_RATE = "Uurtarief: € 86,50 excl. btw"
YK_COMP = [("Verbinden en coachen",
            "Ik geef teamleiders ruimte en houd ze aan hun afspraken. In mijn teams werken we met intervisie en "
            "collegiale consultatie; nieuwe medewerkers krijgen een maatje uit een ander team. Bij de vorming van de "
            "wijkteams kwamen medewerkers van zes organisaties samen; ik heb ze eerst laten kennismaken met elkaars "
            "werk en pas daarna de taken verdeeld."),
           ("Helder communiceren en besluiten",
            "Ik zeg wat ik zie, ook als dat ongemakkelijk is, en ik neem een besluit als het overleg niets meer "
            "oplevert. Ik leg mijn besluiten uit aan het team en aan de beleidsadviseurs, en ik kom erop terug als "
            "de feiten anders blijken."),
           ("Lef en vernieuwing",
            "De triagedag, de buurtkamers en het ene plan per gezin begonnen als proef. Ik kies voor een kleine "
            "proef met een duidelijke evaluatie en schaal op wat werkt."),
           ("Oog voor inwoners en bestuur",
            "Ik ga elke maand een dagdeel mee met een wijkteam en spreek inwoners in de buurtkamers. Wat ik hoor "
            "neem ik mee naar het overleg met de wethouder en de beleidsadviseurs."),
           ("Analyse en veranderopgaven",
            "Ik stuur op cijfers uit de registratie, maar kijk ook naar wat erachter zit: waarom een wijk meer "
            "aanmeldingen heeft, waarom een team langer over trajecten doet. Veranderingen breng ik stap voor stap "
            "in, met de teams en niet over hun hoofden heen.")]
yk_body = [("title", "Yvette Kampherbeek"),
           ("p", "Deventer  |  06-58203746  |  yvette.kampherbeek@example.nl"),
           ("pb", YK_RATE),
           ("p", "In loondienst bij IJssel Sociaal Detacheren, dat mij voor deze opdracht aanbiedt. Beschikbaar per "
                 "1 januari 2026, 24 uur per week."),
           ("p", YK_WEB),
           ("h", "Profiel"),
           ("p", "Coördinator van acht wijkteams in Deventer, daarvoor zes jaar teamleider jongerenwerk. Ik ben de "
                 "schakel tussen beleid en uitvoering: ik vertaal opdrachten van beleidsadviseurs naar wat teams "
                 "nodig hebben, en breng wat de teams zien terug naar het beleid. Ik werk planmatig, met een "
                 "jaarwerkplan, monitoring en evaluatie, en ik houd de inwoner voor ogen."),
           ("h", "Werkervaring"),
           ("pos", "datebold", yk)] + yk_projects() + [("h", "Competenties")]
for _h, _t in YK_COMP:
    yk_body += [("pb", _h), ("p", _t)]
yk_body += [("h", "Opleiding"),
            ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2004"),
            ("p", "Havo, Etty Hillesum Lyceum Deventer — diploma 2000"),
            ("h", "Cursussen en trainingen"),
            ("bl", ["Leergang Leidinggeven in het sociaal domein, 2017",
                    "Coachend leidinggeven, 2018",
                    "Oplossingsgericht werken, 2014",
                    "Training DA Systems voor sleutelgebruikers, 2020",
                    "Projectmatig werken, 2012",
                    "Meldcode huiselijk geweld en kindermishandeling, 2019 (herhaling 2023)",
                    "Motiverende gespreksvoering, 2009",
                    "Financiën voor niet-financials, 2021"]),
            ("h", "Talen"),
            ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
            ("h", "Nevenactiviteiten"),
            ("bl", ["Voorzitter van de ouderraad van basisschool De Boomgaard, Deventer (2018 – 2023)",
                    "Trainer van een meisjesteam bij de volleybalvereniging in Deventer"]),
            ("h", "Wat ik de gemeente Heerde bied"),
            ("p", "Heerde vraagt een verbinder tussen beleid en uitvoering die het cluster welzijn verder "
                  "professionaliseert. Dat doe ik in Deventer op een grotere schaal: ik breng structuur aan, borg "
                  "methodisch werken en houd de teams en de beleidsadviseurs bij elkaar. Ik ken DA Systems als "
                  "sleutelgebruiker en heb de registratie van acht teams ingericht."),
            ("p", "Voor Stip betekent dat: een jaarwerkplan met heldere resultaten, een ritme van monitoring en "
                  "evaluatie, duidelijke afspraken met de organisaties die medewerkers detacheren, en aandacht voor "
                  "de ontwikkeling van iedere medewerker. Ik ben 24 uur per week beschikbaar, verdeeld over vier "
                  "dagen, en werk zowel op de locatie van Stip als thuis.")]
yk_body += refs_block("Ruud Holterman, afdelingsmanager Maatschappelijke Ondersteuning, gemeente Deventer, "
                      "06-58203747",
                      "Ina Wijnbergen, directeur Stichting Welzijnswerk Deventer (mijn leidinggevende 2010–2016), "
                      "0570-613820")
cv(file="Yvette Kampherbeek.pdf", fmt="pdf", layout="single", page_mm=(210, 1800),
   name="Yvette Kampherbeek", email="yvette.kampherbeek@example.nl", phone="06-58203746", rate=YK_RATE,
   exp=yk, crit_text={"6": YK6, "7": YK7, "8": YK8}, refs=["Ruud Holterman", "Ina Wijnbergen"],
   must_have=[YK_WEB],
   override=dict(gate="pages", kind="long_page"),
   body=yk_body,
   expect=dict(pages=1, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=False, hourly=86.5,
               crit=FULL,
               notes="TRAP, not eligible: pages check fail (target: a wrong pass on the page count). The whole CV is "
                     "ONE PDF page, 210 x 1800 mm (A4 is 297 mm high): a web CV saved as pdf ('met mijn browser "
                     "opgeslagen als pdf: één doorlopende pagina'). pdfinfo says 1 page, so `pages` is 1 (exact); but "
                     "the request's 'Maximaal 5 pagina's' means pages a reader reads or prints, and the same "
                     "document laid out on A4 takes more than five pages (expected60.py renders it on A4 and checks "
                     "it). A page six times the height of A4 does not make a long CV short: fail, not review (no "
                     "reading of a page limit allows pages of any height; the A4 count is not near the limit). "
                     "Everything else is full marks: Coördinator Wijkteams, Gemeente Deventer 2016-06..2025-11 = "
                     "114 + Teamleider Jongerenwerk, Stichting Welzijnswerk Deventer 2010-01..2016-05 = 77 -> 191; "
                     "Jongerenwerker not leading; Bachelor Social Work -> mwd; two referees; 100 points, EUR 86,50."))

# ------------------------------------------------------------------------- Harold Meengs (docx), pension fund
# TRAP (target: wrong pass of ko 3 and criterion 5): "Manager Werkgeversservice Zorg en Welzijn | Stichting
# Pensioenfonds Welzijn en Maatschappelijke Dienstverlening" (119): a leading title, "Stichting", "Welzijn" and
# "Zorg" on the line, "welzijnsstichtingen" in the tasks; but a pension fund is no welzijnsstichting and pension
# administration for employers is not the social domain. Certain: Teamleider Wmo, Gemeente Zwolle (58).
HM6, HM7, HM8 = crits("Zwolle", "Zwolle voor elkaar", "vier", "een Wmo-loket in elke wijk en 25 % minder "
                      "bezwaarschriften", "Zilveren Kruis", "Gezond Zwolle", "de herinrichting van de Wmo-toegang")
HM_EMP = "Stichting Pensioenfonds Welzijn en Maatschappelijke Dienstverlening"
HM_TASK = ("Leiding aan het team werkgeversservice (14 medewerkers) dat de pensioenregeling uitvoert voor ruim 600 "
           "aangesloten werkgevers in zorg en welzijn: welzijnsstichtingen, kinderopvang en thuiszorg.")
HM_TASK2 = ("Aansluiting van nieuwe werkgevers, premie-inning, waardeoverdrachten en de jaarlijkse pensioenoverzichten "
            "(UPO) van 48.000 deelnemers; rapportage aan het bestuur van het fonds.")
hm = [pos("januari 2016 – heden", "Manager Werkgeversservice Zorg en Welzijn", HM_EMP,
          [HM_TASK, HM_TASK2, "Vernieuwing van het werkgeversportaal en de klantenservice: de tevredenheid van "
           "werkgevers steeg van 6,8 naar 7,9."], ("2016-01", REF), 119, False),
      pos("maart 2011 – december 2015", "Teamleider Wmo", "Gemeente Zwolle",
          ["Leiding aan het Wmo-team (13 consulenten): werkverdeling, werving en budget.", HM6, HM7, HM8],
          ("2011-03", "2015-12"), 58, True),
      pos("september 2004 – februari 2011", "Consulent Maatschappelijke Ondersteuning", "Gemeente Zwolle",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden, woningaanpassingen en vervoer."],
          ("2004-09", "2011-02"), 78, False)]
HM_RATE = "€ 85,00 per uur excl. btw"
cv(file="Harold Meengs.docx", fmt="docx", layout="sidebar",
   name="Harold Meengs", email="h.meengs@example.com", phone="06-29174856", rate=HM_RATE,
   exp=hm, crit_text={"6": HM6, "7": HM7, "8": HM8}, refs=["Wilma Kroeze", "Dick Spijkerman"],
   must_have=[HM_TASK, HM_TASK2],
   left=[("h", "Contact"), ("p", "h.meengs@example.com"), ("p", "06-29174856"), ("p", "Zwolle"),
         ("h", "Tarief"), ("p", HM_RATE),
         ("h", "Beschikbaarheid"), ("p", "Per 1 januari 2026, 24 uur"),
         ("h", "Contractvorm"), ("p", "In loondienst bij Vechtdal Detachering, dat mij aanbiedt"),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Harold Meengs"),
          ("h", "Profiel"),
          ("p", "Ruim vijftien jaar leidinggevende ervaring in zorg en welzijn, waarvan bijna tien jaar bij een "
                "stichting in de welzijnssector en vijf jaar als teamleider Wmo bij de gemeente Zwolle. Ik stuur "
                "op resultaat en houd de mensen voor ogen voor wie we het doen."),
          ("h", "Werkervaring"),
          ("pos", "pipe", hm),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2004")]
   + refs_block("Wilma Kroeze, afdelingsmanager Maatschappelijke Ondersteuning, gemeente Zwolle, 038-4982215",
                "Dick Spijkerman, directeur Deelnemers en Werkgevers, " + HM_EMP + ", 06-29174857"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=58, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Manager Werkgeversservice Zorg en Welzijn | "
                     "Stichting Pensioenfonds Welzijn en Maatschappelijke Dienstverlening | januari 2016 – heden', "
                     "119 months). A leading title, and 'Stichting', 'Welzijn', 'Zorg' and even "
                     "'welzijnsstichtingen' on the lines, but the employer is a pension fund: it runs the pension "
                     "scheme for the employers of a sector (premiums, transfers, pension statements). A pension fund "
                     "is no welzijnsstichting, and pension administration is not the social domain; the "
                     "welzijnsstichtingen are its customers. Certain: Teamleider Wmo, Gemeente Zwolle "
                     "2011-03..2015-12 = 58 < 60 -> fail (177 with the fund); Consulent not leading. The profile's "
                     "'bijna tien jaar bij een stichting in de welzijnssector' counts the fund. HBO MWD -> mwd. Two "
                     "referees. 75 points (100 with the fund), EUR 85."))

# ------------------------------------------------------------------------- Ellen Boschloo (pdf), council seat
# TRAP (target: wrong pass of ko 3 and criterion 5): "Coördinator Sociaal Domein (raadsfractie) | Gemeenteraad Epe,
# fractie Gemeentebelangen Epe" (93): a coordinator's title, the social domain, "Gemeente" in the employer's line;
# but it is an elected council seat, a few hours a month beside her job, paid by the raadsvergoeding: no employment
# at a gemeente and no coordination of staff or work. Certain: Coördinator Jongerenwerk, Stichting Welzijn Epe (56).
EB6, EB7, EB8 = crits("Epe", "Jong in Epe", "drie", "een jongerencentrum in Vaassen en 30 % minder meldingen van "
                      "overlast", "Menzis", "Gezond Epe", "de overgang naar ambulant jongerenwerk")
EB_RAAD = ("Gekozen gemeenteraadslid voor Gemeentebelangen Epe (2018, herkozen 2022), ongeveer 16 uur per maand naast "
           "mijn baan, met de raadsvergoeding; binnen de fractie van vijf raadsleden coördineer ik het sociaal "
           "domein: ik bereid de standpunten over Wmo, jeugd en participatie voor en voer het woord in de "
           "commissie Samenleving.")
EB_CTRL = ("Als raadslid controleer ik het college; in de ambtelijke organisatie van de gemeente heb ik geen rol.")
eb = [pos("maart 2018 – heden", "Coördinator Sociaal Domein (raadsfractie)",
          "Gemeenteraad Epe, fractie Gemeentebelangen Epe",
          [EB_RAAD, EB_CTRL, "Initiatiefvoorstel 'Mantelzorg telt' (2021), door de raad aangenomen."],
          ("2018-03", REF), 93, False),
      pos("januari 2014 – september 2025", "Beleidsadviseur Jeugd en Onderwijs", "Gemeente Apeldoorn",
          ["Beleid voor jeugdhulp, passend onderwijs en preventie; advies aan het college.",
           "Inkoop van jeugdhulp samen met de regiogemeenten."],
          ("2014-01", "2025-09"), 141, False),
      pos("mei 2009 – december 2013", "Coördinator Jongerenwerk", "Stichting Welzijn Epe",
          ["Leiding aan het jongerenwerk in Epe, Vaassen en Heerde-Oost (7 jongerenwerkers, 25 vrijwilligers): "
           "werkverdeling, werving en budget.", EB6, EB7, EB8],
          ("2009-05", "2013-12"), 56, True),
      pos("september 2004 – april 2009", "Jongerenwerker", "Stichting Welzijn Epe",
          ["Inloop, activiteiten en individuele begeleiding van jongeren in Vaassen."],
          ("2004-09", "2009-04"), 56, False)]
EB_RATE = "Uurtarief: € 83,50 excl. btw"
cv(file="Ellen Boschloo.pdf", fmt="pdf", layout="single",
   name="Ellen Boschloo", email="ellen.boschloo@example.nl", phone="06-73518264", rate=EB_RATE,
   exp=eb, crit_text={"6": EB6, "7": EB7, "8": EB8}, refs=["Gerrit Veldhuizen", "Anouk Stapelbroek"],
   must_have=[EB_RAAD, EB_CTRL],
   body=[("title", "Ellen Boschloo"),
         ("p", "Vaassen  |  06-73518264  |  ellen.boschloo@example.nl"),
         ("pb", EB_RATE),
         ("p", "Sinds oktober 2025 in loondienst bij Detachering Oost-Veluwe, dat mij voor deze opdracht aanbiedt. "
               "Beschikbaar per 1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Ik ken het sociaal domein van drie kanten: als coördinator in het welzijnswerk, als "
               "beleidsadviseur bij een gemeente en sinds 2018 als coördinator sociaal domein in de gemeenteraad "
               "van Epe. Ik verbind beleid, uitvoering en bestuur."),
         ("h", "Werkervaring"),
         ("pos", "next", eb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2004")]
   + refs_block("Gerrit Veldhuizen, directeur Stichting Welzijn Epe (mijn leidinggevende 2009–2013), 0578-612044",
                "Anouk Stapelbroek, teammanager Jeugd, gemeente Apeldoorn, 055-5801932"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=83.5,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting 'Coördinator Sociaal Domein (raadsfractie) | "
                     "Gemeenteraad Epe, fractie Gemeentebelangen Epe | maart 2018 – heden', 93 months). Its task "
                     "lines: 'Gekozen gemeenteraadslid ... ongeveer 16 uur per maand naast mijn baan, met de "
                     "raadsvergoeding; binnen de fractie ... coördineer ik het sociaal domein: ik bereid de "
                     "standpunten ... voor en voer het woord in de commissie' and 'in de ambtelijke organisatie van "
                     "de gemeente heb ik geen rol'. A councillor is an elected representative, not an employee of the "
                     "gemeente; coordinating a party group's positions is no coordinator's or manager's work in the "
                     "social domain. Certain: Coördinator Jongerenwerk, Stichting Welzijn Epe 2009-05..2013-12 = 56 < "
                     "60 -> fail (149 with the seat); Beleidsadviseur and Jongerenwerker not leading. Bachelor "
                     "Social Work -> mwd. Two referees. 75 points (100 with the seat), EUR 83,50."))

# ------------------------------------------------------------------------- Mieke Lansbergen (docx), bids herself
# TRAP (target: wrong pass of ko 1): no ZZP word at all (no zzp, KvK, freelance, zelfstandig, onderneming, interim,
# factuur), but the CV says she submits the bid herself ("Ik schrijf zelf in, via mijn eigen account bij
# Flextender"), that no agency stands between her and the gemeente, and that she has been nobody's employee since
# her contract at Hattem ended. Either she works for her own account (a ZZP-er: excluded) or she would become the
# gemeente Heerde's employee (forbidden): knock-out 1 fail, zzp true (expected60.py, after checking the phrases).
ML6, ML7, ML8 = crits("Hattem", "Hattem, samen thuis", "vier", "een ontmoetingsplek in elke wijk en 30 % meer "
                      "mantelzorgers met ondersteuning", "Zilveren Kruis", "Gezond Hattem",
                      "de vorming van één sociaal team")
ML_SELF = "Ik schrijf zelf in, via mijn eigen account bij Flextender."
ML_NOB = "Er staat geen bureau tussen mij en de gemeente Heerde."
ML_NONE = ("Sinds 1 september 2025 ben ik bij niemand in dienst: mijn tijdelijke aanstelling bij de gemeente Hattem "
           "liep op 31 augustus 2025 af.")
ML_OFFER = "Ik bied mijzelf aan voor 24 uur per week, van 1 januari tot en met 30 juni 2026."
ml = [pos("september 2018 – augustus 2025", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Coördinatie van het sociaal team (11 medewerkers): werkverdeling, werving en selectie en budget.",
           ML6, ML7, ML8], ("2018-09", "2025-08"), 84, True),
      pos("januari 2012 – augustus 2018", "Teamleider Ouderenwerk", "Stichting Welzijn Oldebroek",
          ["Leiding aan de ouderenadviseurs en de dagactiviteiten in Oldebroek en Wezep (8 medewerkers, 60 "
           "vrijwilligers)."], ("2012-01", "2018-08"), 80, True),
      pos("september 2006 – december 2011", "Ouderenadviseur", "Stichting Welzijn Oldebroek",
          ["Huisbezoeken en advies over wonen, zorg en geldzaken."], ("2006-09", "2011-12"), 64, False)]
ML_RATE = "Uurtarief: € 84,00"
cv(file="Mieke Lansbergen.docx", fmt="docx", layout="sidebar",
   name="Mieke Lansbergen", email="m.lansbergen@example.nl", phone="06-84630172", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Jolanda Bekkering", "Wim Hafkamp"],
   must_have=[ML_SELF, ML_NOB, ML_NONE, ML_OFFER],
   override=dict(gate="ko1", kind="self_bid", phrases=[ML_SELF, ML_NOB, ML_NONE]),
   left=[("h", "Contact"), ("p", "m.lansbergen@example.nl"), ("p", "06-84630172"), ("p", "Hattem"),
         ("h", "Tarief"), ("p", ML_RATE),
         ("h", "Aanbieding"), ("p", ML_SELF), ("p", ML_NOB),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels"])],
   right=[("title", "Mieke Lansbergen"),
          ("h", "Profiel"),
          ("p", "Coördinator van het sociaal team in Hattem, daarvoor teamleider ouderenwerk in Oldebroek. Ik breng "
                "rust en structuur in een team, verbind beleid en uitvoering en spreek mensen aan op afspraken."),
          ("p", ML_NONE + " " + ML_OFFER),
          ("h", "Werkervaring"),
          ("pos", "pipe", ml),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2006")]
   + refs_block("Jolanda Bekkering, afdelingsmanager Samenleving, gemeente Hattem, 038-4431822",
                "Wim Hafkamp, directeur Stichting Welzijn Oldebroek (mijn leidinggevende 2012–2018), 0525-631540"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=164, refs=(2, False), zzp=False, hourly=84.0,
               crit=FULL,
               notes="TRAP, not eligible: ko 1 fail (target: a wrong pass, no ZZP word in the CV). 'Ik schrijf zelf "
                     "in, via mijn eigen account bij Flextender.' 'Er staat geen bureau tussen mij en de gemeente "
                     "Heerde.' 'Sinds 1 september 2025 ben ik bij niemand in dienst ...' 'Ik bied mijzelf aan voor "
                     "24 uur per week ...'. The candidate is the inschrijver and nobody's employee. Then either she "
                     "works for her own account (a ZZP-er; 'aan de uitvoeringsvoorwaarde [wordt] niet voldaan als de "
                     "inschrijver een ZZP-er is') or the assignment would make her the gemeente Heerde's employee "
                     "('mag géén arbeidsrelatie/dienstbetrekking tot stand komen'). No reading meets the condition, "
                     "so fail, not review; zzp true (she offers her own work, for her own account, without an "
                     "employer). The shared expected.py proves that none of its ZZP words occurs (record zzp false "
                     "before expected60.py sets it). Otherwise full marks: Coördinator Sociaal Team, Gemeente "
                     "Hattem 2018-09..2025-08 = 84 + Teamleider Ouderenwerk, Stichting Welzijn Oldebroek "
                     "2012-01..2018-08 = 80 -> 164; Bachelor Social Work -> mwd; two referees; 100 points, EUR 84."))

# ------------------------------------------------------------------------- Jos Tijhuis (docx), reference projects
# TRAP (target: wrong pass of the references check): under "Referenties" two "Referentieopdracht" entries (an
# assignment, its years and the organisation that gave it; no person, no contact) and one referee -> 1.
JT6, JT7, JT8 = crits("Brummen", "Brummen doet mee", "vier", "een huiskamer in Eerbeek en Brummen en 30 % meer "
                      "ouderen met een vrijwilliger", "Menzis", "Gezond Brummen", "de invoering van DA Systems")
JT_R1 = ("Referentieopdracht 1 — Opzet van vier sociale teams in Twello, Wilp, Terwolde en Klarenbeek (2014 – 2015), "
         "opdrachtgever: gemeente Voorst.")
JT_R2 = ("Referentieopdracht 2 — Invoering van DA Systems bij Stichting Welzijn Brummen (2022 – 2023), "
         "opdrachtgever: Stichting Welzijn Brummen.")
JT_R3 = "Referent: Marga Huls, afdelingsmanager Samenleving, gemeente Voorst, 06-31947285"
jt = [pos("maart 2016 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Brummen",
          ["Coördinatie van het ouderenwerk (9 medewerkers, 90 vrijwilligers): werkverdeling, werving, budget.",
           JT6, JT7, JT8], ("2016-03", REF), 117, True),
      pos("juni 2010 – februari 2016", "Teamleider Wmo", "Gemeente Voorst",
          ["Leiding aan het Wmo-team (10 consulenten) en de opbouw van de sociale teams."],
          ("2010-06", "2016-02"), 69, True),
      pos("september 2004 – mei 2010", "Consulent Wvg en Wmo", "Gemeente Voorst",
          ["Indicaties voor voorzieningen en huishoudelijke hulp."], ("2004-09", "2010-05"), 69, False)]
JT_RATE = "Uurtarief: € 82,50 excl. btw"
cv(file="Jos Tijhuis.docx", fmt="docx", layout="single",
   name="Jos Tijhuis", email="jos.tijhuis@example.com", phone="06-31947284", rate=JT_RATE,
   exp=jt, crit_text={"6": JT6, "7": JT7, "8": JT8}, refs=["Marga Huls"],
   must_have=[JT_R1, JT_R2, JT_R3],
   body=[("title", "Jos Tijhuis"),
         ("p", "Eerbeek  |  06-31947284  |  jos.tijhuis@example.com"),
         ("pb", JT_RATE),
         ("p", "In loondienst bij Veluwe Welzijn Detachering, dat mij voor deze opdracht aanbiedt. Beschikbaar per "
               "1 januari 2026, 24 uur per week."),
         ("h", "Profiel"),
         ("p", "Coördinator ouderenwerk in Brummen, daarvoor teamleider Wmo in Voorst. Ik ben een verbinder die "
               "structuur brengt en teams meeneemt in verandering."),
         ("h", "Werkervaring"),
         ("pos", "dateline", jt),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2004")]
   + refs_block(JT_R1, JT_R2, JT_R3),
   expect=dict(pages=1, edu=("hbo", True, True), coord=186, refs=(1, False), zzp=False, hourly=82.5,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting three entries under 'Referenties'). "
                     "'Referentieopdracht 1 — Opzet van vier sociale teams ... opdrachtgever: gemeente Voorst.' and "
                     "'Referentieopdracht 2 — Invoering van DA Systems ... opdrachtgever: Stichting Welzijn "
                     "Brummen.' are reference assignments (in tenders a 'referentie' is also a past assignment), "
                     "naming an organisation, no person and no way to ask anyone; the CV-eis 'minimaal 2 "
                     "referenties' asks for referees. One referee: 'Referent: Marga Huls, afdelingsmanager "
                     "Samenleving, gemeente Voorst, 06-31947285' -> 1, nothing 'op aanvraag' -> fail (samples' Mark "
                     "Peters). An organisation without a person does not count (holdout26's switchboard). Otherwise "
                     "full marks: Coördinator Welzijn Ouderen, Stichting Welzijn Brummen 2016-03..2025-11 = 117 + "
                     "Teamleider Wmo, Gemeente Voorst 2010-06..2016-02 = 69 -> 186; Consulent not leading; HBO MWD; "
                     "100 points, EUR 82,50."))
