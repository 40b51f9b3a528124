# -*- coding: utf-8 -*-
"""Holdout round 38 for zeef: an ordinary night's inbox, 10 fictional CVs (5 PDF, 5 DOCX), as three kinds of
supplier really send them for the Heerde request:

  - a detacheerder, Hanze Inzet Publiek B.V. (Marieke Tuinman: a front sheet and a CV of exactly 5 pages;
    Ruud Oldenhave and Linda Vrieling: the agency in the page footer);
  - a recruitment bureau, Talentwerk Werving & Selectie B.V. (Hatice Demir, Stefan Haarhuis, Fatima Ouazzani:
    the bureau in the footer or the page header, once with the candidate's contact details kept back, once with
    the referees kept back);
  - candidates applying themselves (Joost Mulderink, Esther Wagelaar, Gerda Meulenbelt with a cover letter,
    Paul Stegeman).

Six are eligible with scores 100, 85, 75, 75, 70, 60: the two on 75 tie exactly and the hourly rate decides the
third shortlist place (EUR 84.75, written with a decimal point, against 85 euro). Four are not eligible for
ordinary reasons: too few months as coordinator, an HBO left after two years, a self-employed adviser, referees
only on request. Layouts: single column, sidebar table, Europass, experience table, contact in the page header.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, agency, bureau, KvK
number, phone number, e-mail address and reference here is made up. Employers are real municipalities and
fictional welfare foundations. See tests/holdout2/src/cvset.py for the field list; extra field: footer.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

AGENCY = "Hanze Inzet Publiek B.V."
AGENCY_KVK = "KvK 82746193"
BUREAU = "Talentwerk Werving & Selectie B.V."
BUREAU_KVK = "KvK 61029384"


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Marieke Tuinman (pdf) agency, 5 pages
# The detacheerder's front sheet (page 1: table with the rate, "niet als zzp'er ingezet", the agency's KvK, the
# account manager's phone and e-mail, "VOG ... kopie op verzoek beschikbaar"), then a long CV on pages 2-5.
# Exactly 5 pages: the limit, still a pass. Full marks.
MT6 = ("Voorbeeld beleid → resultaat: het beleidsplan 'Kampen, samen sterker' (2020) heb ik met de "
       "beleidsadviseurs uitgewerkt tot een jaarwerkplan met vijf projecten, elk met een trekker uit het team en "
       "meetbare doelen. Resultaat na twee jaar: een mantelzorgcafé in IJsselmuiden, 120 nieuwe vrijwilligers en "
       "de helft minder wachttijd voor een keukentafelgesprek.")
MT7 = ("Ik overleg structureel met zorgaanbieders (thuiszorg, GGZ, de VVT-instellingen), huisartsen en "
       "praktijkondersteuners, de cliëntenraad Wmo en zorgverzekeraar Zilveren Kruis; met de woningcorporatie en "
       "de Rabobank zette ik een publiek-private samenwerking op voor een wijkfonds.")
MT8 = ("Projectleider van de herinrichting van de toegang: van drie loketten naar één sociaal team, met een "
       "projectplan, een klankbordgroep uit het team en een evaluatie na een jaar.")
mt = [pos("2015 – heden", "Coördinator Welzijn en Zorg", "Gemeente Kampen",
          ["Coördinatie van het cluster welzijn en zorg: 19 professionals (ouderenwerk, mantelzorg, vrijwilligers"
           "werk, maatschappelijk werk) en de inzet van twee gedetacheerde jongerenwerkers.",
           "Formatie, instroom en werving & selectie in afstemming met HR en de afdelingsmanager; verdeling van de "
           "uren over de kernen.",
           "Budgethouder welzijnssubsidies en het eigen teambudget; kwartaalrapportage aan de portefeuillehouder.",
           "Inrichting en beheer van het registratiesysteem; ik was key-user bij de overgang naar DA Systems.",
           MT6, MT7, MT8,
           "Afspraken met de organisaties die medewerkers aan het team detacheren (twee welzijnsorganisaties en "
           "een GGZ-aanbieder)."],
          ("2015-01", REF), 131, True, yearonly=True),
      pos("jan. 2012 – dec. 2014", "Teamleider Wmo-loket", "Gemeente Dalfsen",
          ["Leiding aan zeven Wmo-consulenten en twee administratief medewerkers.",
           "Invoering van het keukentafelgesprek en de werkinstructies die daarbij horen.",
           "Overleg met de Wmo-raad over klachten en de jaarlijkse klanttevredenheid."],
          ("2012-01", "2014-12"), 36, True),
      pos("09/2008 – 12/2011", "Maatschappelijk werker", "Stichting Welzijn Vechtdal",
          ["Kortdurende hulp aan gezinnen en ouderen; groepstrainingen 'Omgaan met geld'."],
          ("2008-09", "2011-12"), 40, False),
      pos("2004 – 2008", "Ambulant begeleider", "Stichting Begeleid Wonen Salland",
          ["Begeleiding van jongvolwassenen met een licht verstandelijke beperking in hun eigen woning."],
          ("2004-01", "2008-12"), 60, False, yearonly=True)]
MT_RATE = "€ 89,75 per uur, excl. btw"
MT_DBA = "zij wordt niet als zzp'er ingezet"
MT_VOG = "kopie op verzoek beschikbaar"
cv(file="Marieke Tuinman.pdf", fmt="pdf", layout="single",
   name="Marieke Tuinman", email="marieke.tuinman@example.nl", phone="06-41278359", rate=MT_RATE,
   exp=mt, crit_text={"6": MT6, "7": MT7, "8": MT8}, refs=["Anja Koster", "Henk Pluim"],
   zzp_negated=[AGENCY_KVK, MT_DBA], onreq_negated=[MT_VOG],
   must_have=["Erik Veldman", "038-4607722", "e.veldman@hanzeinzet.example.com"],
   body=[("title", AGENCY),
         ("p", "Kandidaatvoorstel — Coördinator welzijn, gemeente Heerde (Flextender, sluiting 25 november 2025)"),
         ("table", ("Onderdeel", "Toelichting"),
          [("Kandidaat", "Marieke Tuinman"),
           ("Functie", "Coördinator welzijn, 24 uur per week"),
           ("Beschikbaar", "per 1 december 2025 tot en met 30 juni 2026"),
           ("Tarief", MT_RATE),
           ("Contractvorm", "detachering; Marieke is in vaste dienst bij " + AGENCY),
           ("Uitvoeringsvoorwaarde (Wet DBA)", "voldaan: " + MT_DBA),
           ("VOG en integriteitsverklaring", "VOG aanwezig (juni 2025), " + MT_VOG)]),
         ("h", "Waarom Marieke?"),
         ("p", "Marieke coördineert al ruim tien jaar het cluster welzijn en zorg van de gemeente Kampen, een "
               "gemeente die qua opbouw veel op Heerde lijkt: een kern met dorpen eromheen, korte lijnen en een "
               "sociaal team dat dicht bij de inwoner staat. Zij is gewend om tussen beleidsadviseurs en "
               "uitvoerders te staan en om een team mee te nemen in een nieuwe manier van werken."),
         ("p", "Uw contactpersoon: Erik Veldman, accountmanager publieke sector — 038-4607722 — "
               "e.veldman@hanzeinzet.example.com"),
         ("p", AGENCY + " · Oosterlaan 21, 8011 GC Zwolle · " + AGENCY_KVK + " · ingeschreven conform de Waadi"),
         ("break",),
         # page 2
         ("title", "Marieke Tuinman"),
         ("p", "Kampen  |  06-41278359  |  marieke.tuinman@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator die het liefst midden in het team staat. Mijn kracht is overzicht houden: "
               "wie doet wat, waar lopen we tegenaan en wat is er nodig om het werk goed te kunnen doen. Ik spreek "
               "mensen aan als dat moet en geef ruimte waar het kan."),
         ("p", "In Kampen heb ik het cluster welzijn en zorg opgebouwd van een verzameling losse functies tot een "
               "team met een eigen werkplan, een eigen budget en een duidelijke plek in de organisatie. Daarvoor "
               "was ik teamleider van het Wmo-loket in Dalfsen, in de jaren dat de gemeente er veel nieuwe taken "
               "bij kreeg."),
         ("p", "Collega's omschrijven mij als nuchter, betrokken en besluitvaardig. Ik houd van cijfers als ze "
               "iets zeggen over inwoners, en van korte overleggen."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbinden en coachen: teams meenemen in ontwikkeling",
                 "Helder communiceren, ook als het schuurt",
                 "Methodisch en cyclisch werken (plan, uitvoering, evaluatie)",
                 "Oog voor inwoners én bestuur",
                 "Analytisch en besluitvaardig bij tegenstellingen"]),
         ("h", "Wat ik meebreng voor Heerde"),
         ("p", "De opdracht vraagt iemand die het cluster welzijn verder professionaliseert, de randvoorwaarden op "
               "orde brengt en de verbinding legt tussen opdrachtgevers en medewerkers. Dat is precies het werk "
               "dat ik de afgelopen jaren in Kampen heb gedaan. Ik ken DA Systems en de werkwijze van een "
               "integraal team als Stip."),
         ("break",),
         # page 3
         ("h", "Werkervaring"),
         ("pos", "datebold", mt[:1]),
         ("break",),
         # page 4
         ("pos", "datebold", mt[1:]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle, 2000 – 2004 — "
               "diploma behaald"),
         ("p", "HAVO, Ichthus College Kampen — diploma 2000"),
         ("h", "Cursussen en trainingen"),
         ("bl", ["Coachend leidinggeven, Movisie — 2019",
                 "Methodisch werken met DA Systems — 2023",
                 "Financieel sturen in het sociaal domein, VNG Academie — 2021",
                 "Motiverende gespreksvoering — 2010"]),
         ("break",),
         # page 5
         ("h", "Nevenactiviteiten"),
         ("bl", ["Bestuurslid van de speeltuinvereniging in IJsselmuiden (sinds 2018)",
                 "Vrijwilliger bij de voedselbank Kampen, eens per maand"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Digitale vaardigheden"),
         ("p", "DA Systems (key-user), Microsoft 365, Power BI (dashboards lezen en bespreken)")]
   + refs_block("Anja Koster, afdelingsmanager Samenleving, gemeente Kampen, 038-3392847",
                "Henk Pluim, voormalig teamleider Wmo, gemeente Dalfsen, 06-51823940"),
   expect=dict(pages=5, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=89.75,
               crit=(15, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 1. Agency front sheet (page 1) + CV (pages 2-5) = exactly 5 pages -> pages pass "
                     "(limit 5). Coördinator Welzijn en Zorg, Gemeente Kampen '2015 – heden' = 2015-01..2025-11 = "
                     "131 (narrowest year-only reading 2015-12..2025-11 = 120) + Teamleider Wmo-loket, Gemeente "
                     "Dalfsen 'jan. 2012 – dec. 2014' = 36 -> 167 (narrowest 156; both >= 72). Maatschappelijk "
                     "werker (40) and Ambulant begeleider (60): no leading role. HBO MWD 'diploma behaald' -> mwd. "
                     "The front sheet is the agency's: 'in vaste dienst bij Hanze Inzet Publiek B.V.', 'zij wordt "
                     "niet als zzp'er ingezet' (a denial, not an indication) and the agency's own KvK -> zzp false, "
                     "ko 1 pass. 'VOG ... kopie op verzoek beschikbaar' is about the VOG, not the references: two "
                     "named referees on page 5 -> count 2, on_request false. Candidate phone/e-mail from page 2, not "
                     "the account manager's (Erik Veldman, 038-4607722). Rate on the front sheet EUR 89,75. "
                     "Criteria 6/7/8 in the Kampen bullets. 100 points."))

# ------------------------------------------------------------------------- Hatice Demir (docx) bureau, sidebar
# Recruitment bureau (footer with its phone and KvK). Sidebar with contact, date of birth, education, courses, rate.
# Bachelor Toegepaste Gerontologie: a completed HBO bachelor, not MWD -> 85.
HD6 = ("Het raadsprogramma 'Langer thuis in Barneveld' heb ik samen met twee beleidsmedewerkers vertaald naar een "
       "uitvoeringsagenda met vier concrete projecten (dementievriendelijke gemeente, een woonzorgloket, "
       "valpreventie en een boodschappendienst). Resultaat in 2019: 22 % minder aanvragen voor een "
       "Wmo-maatwerkvoorziening bij 75-plussers.")
HD7 = ("Vaste overleggen met de thuiszorgorganisaties, huisartsen en praktijkondersteuners, de cliëntenraad en "
       "zorgverzekeraar Menzis; samen met de woningcorporatie en een lokaal bouwbedrijf een publiek-private "
       "samenwerking (PPS) voor zes mantelzorgwoningen.")
HD8 = ("Trekker van het veranderproject 'Samen Oud in Nijkerk': de ouderenadviseurs, het mantelzorgsteunpunt en "
       "de dagbesteding gaan op in één wijkgericht team; projectplan, stuurgroep en tussenevaluatie liggen bij mij.")
hd = [pos("vanaf mei 2020", "Coördinator Ouderenwerk en Mantelzorg", "Stichting WelzijnsPunt Nijkerk",
          ["Coördinatie van zes ouderenadviseurs, het mantelzorgsteunpunt en ruim 150 vrijwilligers.",
           HD7, HD8],
          ("2020-05", REF), 67, True),
      pos("maart 2014 - april 2020", "Teamleider Wonen, Welzijn en Zorg", "Gemeente Barneveld",
          ["Leiding aan elf Wmo-consulenten en twee ouderenwerkers; formatie, roosters en verzuim.", HD6],
          ("2014-03", "2020-04"), 74, True),
      pos("2008 – 2014", "Ouderenadviseur", "Stichting WelzijnsPunt Nijkerk",
          ["Huisbezoeken, formulierenhulp en voorlichting over wonen en zorg."],
          ("2008-01", "2014-12"), 84, False, yearonly=True)]
HD_RATE = "€ 84,25 per uur excl. btw"
HD_FOOT = f"Voorgedragen door {BUREAU} · Arnhemseweg 12, Amersfoort · 033-2098765 · {BUREAU_KVK}"
cv(file="Hatice Demir.docx", fmt="docx", layout="sidebar", footer=HD_FOOT,
   name="Hatice Demir", email="hatice.demir@example.com", phone="06-28471936", rate=HD_RATE,
   exp=hd, crit_text={"6": HD6, "7": HD7, "8": HD8}, refs=["Gerrit van de Kamp", "Ellen Schouten"],
   zzp_negated=[BUREAU_KVK],
   must_have=["Bachelor Toegepaste Gerontologie", "Geboortedatum: 14-03-1979"],
   left=[("h", "Contact"),
         ("p", "Nijkerk"), ("p", "06-28471936"), ("p", "hatice.demir@example.com"),
         ("h", "Persoonlijk"),
         ("p", "Geboortedatum: 14-03-1979"), ("p", "Rijbewijs B, eigen auto"),
         ("h", "Opleiding"),
         ("pb", "2003 – 2007"),
         ("p", "Bachelor Toegepaste Gerontologie"),
         ("p", "Hogeschool Windesheim Zwolle — diploma"),
         ("pb", "1998 – 2003"),
         ("p", "HAVO, Corderius College Amersfoort"),
         ("h", "Cursussen"),
         ("p", "Leidinggeven aan professionals (2016)"),
         ("p", "Methodisch werken met DA Systems (2023)"),
         ("h", "Tarief"),
         ("p", HD_RATE),
         ("h", "Talen"),
         ("p", "Nederlands, Turks, Engels")],
   right=[("title", "Hatice Demir"),
          ("p", "Coördinator ouderenwerk en mantelzorg — inzet via Talentwerk (payroll, in loondienst)"),
          ("h", "Profiel"),
          ("p", "Ik werk al bijna twintig jaar met en voor ouderen en hun mantelzorgers, eerst als adviseur en "
                "sinds 2014 als leidinggevende. Ik breng rust in een team, houd van heldere afspraken en zoek "
                "altijd naar wat een inwoner zelf nog kan."),
          ("h", "Werkervaring"),
          ("pos", "dateline", hd),
          ("h", "Referenties"),
          ("p", "Gerrit van de Kamp, directeur Stichting WelzijnsPunt Nijkerk, 033-2451870"),
          ("p", "Ellen Schouten, afdelingshoofd Sociaal Domein, gemeente Barneveld, 0342-491733")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=141, refs=(2, False), zzp=False, hourly=84.25,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2. Coördinator Ouderenwerk en Mantelzorg, Stichting WelzijnsPunt Nijkerk 'vanaf "
                     "mei 2020' = 2020-05..2025-11 = 67 + Teamleider Wonen, Welzijn en Zorg, Gemeente Barneveld "
                     "'maart 2014 - april 2020' = 74 -> 141 (contiguous). Ouderenadviseur 2008-2014: no leading "
                     "role. Bachelor Toegepaste Gerontologie (diploma) is a completed HBO bachelor -> ko 2 pass, but "
                     "not MWD or Social Work -> criterion 4 = 0. The bureau's footer (phone, KvK) is not the "
                     "candidate's; 'inzet via Talentwerk (payroll, in loondienst)' -> zzp false. 'Geboortedatum: "
                     "14-03-1979' is no period. 85 points, EUR 84,25."))

# ------------------------------------------------------------------------- Joost Mulderink (docx) direct, header
# Contact only in the page header. 66 month-exact relevant months (60 <= 66 < 72): ko 3 pass, criterion 5 = 0.
# Now a beleidsadviseur (not relevant). 75 points, 85 euro: loses the tie with Esther Wagelaar (84.75).
JM6 = ("Voorbeeld: het beleidskader 'Hengelo Gezond en Wel 2023-2026' heb ik mee geschreven en daarna samen met "
       "de wijkteams omgezet in een uitvoeringsplan met zes projecten. Eerste resultaten uit de monitor van 2024: "
       "valpreventie in drie wijken, 60 % meer deelnemers aan het beweegaanbod voor ouderen.")
JM7 = ("Accounthouder voor de zorgaanbieders Wmo en jeugd; overleg met zorgverzekeraar Menzis en de GGD over het "
       "lokale preventieakkoord; lid van de stuurgroep van de publiek-private samenwerking 'Hengelo Vitaal' met "
       "werkgevers en sportclubs.")
JM8 = ("Projectleider van de overgang van drie losse wijkteams naar één sociaal team Wierden-Enter (2019): plan "
       "van aanpak, scholing van de teamleden en evaluatie met de gemeenteraad.")
jm = [pos("sinds 2022", "Senior beleidsadviseur Sociaal Domein", "Gemeente Hengelo",
          ["Beleid voor gezondheid, preventie en welzijn; opdrachtgever van de welzijnsorganisaties.", JM6, JM7],
          ("2022-01", REF), 47, False, yearonly=True),
      pos("01-2016 t/m 06-2021", "Coördinator Wijkteams", "Gemeente Wierden",
          ["Dagelijkse leiding aan drie wijkteams (21 professionals Wmo, jeugd en schuldhulp).",
           "Roosters, inzet van uren en de verdeling van casussen; werving van nieuwe teamleden.", JM8],
          ("2016-01", "2021-06"), 66, True),
      pos("09/2010 – 12/2015", "Wijkcoach", "Stichting Welzijn Wierden-Enter",
          ["Ondersteuning van inwoners bij vragen over wonen, zorg en geld; opbouwwerk in de wijk Het Lageveld."],
          ("2010-09", "2015-12"), 64, False)]
JM_RATE = "Tarief: 85 euro per uur (excl. btw)"
cv(file="Joost Mulderink.docx", fmt="docx", layout="header",
   header="Joost Mulderink  ·  Wierden  ·  06 19 38 47 26  ·  joost.mulderink@example.com",
   name="Joost Mulderink", email="joost.mulderink@example.com", phone="06 19 38 47 26", rate=JM_RATE,
   exp=jm, crit_text={"6": JM6, "7": JM7, "8": JM8}, refs=["Marloes Eshuis", "Dirk-Jan Kolkman"],
   body=[("title", "Curriculum vitae"),
         ("h", "Profiel"),
         ("p", "Ik heb zes jaar de wijkteams van Wierden aangestuurd en werk nu aan de beleidskant in Hengelo. Ik "
               "mis het werken met een team: ik wil terug naar de coördinatie, met mijn kennis van hoe een "
               "gemeente beleid maakt. In de tweede helft van 2021 heb ik een half jaar gereisd."),
         ("h", "Werkervaring"),
         ("pos", "pipe", jm),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Enschede, 2006 – 2010 — diploma"),
         ("h", "Cursussen"),
         ("p", "Leiderschap in het sociaal domein, Saxion Academie (2017); Prince2 Foundation (2018)"),
         ("h", "Beschikbaarheid en tarief"),
         ("p", "24 uur per week vanaf 1 januari 2026. " + JM_RATE + ".")]
   + refs_block("Marloes Eshuis, afdelingsmanager Samenleving, gemeente Wierden, 0546-580412",
                "Dirk-Jan Kolkman, teammanager Beleid Sociaal Domein, gemeente Hengelo, 074-2459310"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 4 (tie on 75 lost on the rate). Only Coördinator Wijkteams, Gemeente Wierden "
                     "'01-2016 t/m 06-2021' = 2016-01..2021-06 = 66 is relevant (month-exact, no year-only "
                     "reading): 66 >= 60 -> ko 3 pass; 66 < 72 -> criterion 5 = 0. Senior beleidsadviseur, Gemeente "
                     "Hengelo 'sinds 2022' (47) and Wijkcoach (64): no coordinator/manager title. HBO MWD diploma. "
                     "Contact only in the page header. Criteria 6 and 7 in the Hengelo bullets (adviser work is "
                     "work experience too), 8 at Wierden. 75 points, 85 euro -> after Esther Wagelaar (75, EUR "
                     "84.75)."))

# ------------------------------------------------------------------------- Esther Wagelaar (pdf) direct, Europass
# Europass with the dates in the left-hand column, English job titles in a Dutch CV ("Teamlead Social Support",
# "Coordinator Community Care"), "Bachelor Social Work (uitstroomprofiel ...)". No project or change work -> 75,
# rate "€ 84.75" (decimal point): wins the tie on 75 and the third shortlist place.
EW6 = ("Voorbeeld beleid naar resultaat: de Wmo-nota 'Thuis in Hof van Twente' heb ik met het team omgezet in een "
       "werkplan met drie concrete acties: een inloopspreekuur in elke kern, jaarlijkse huisbezoeken bij "
       "80-plussers en een mantelzorgpas. Resultaat (2024): de wachttijd voor een keukentafelgesprek ging van zes "
       "naar twee weken.")
EW7 = ("Maandelijks overleg met de zorgaanbieders in de Wmo, de wijkverpleging en de huisartsen; afspraken met "
       "zorgverzekeraar Menzis over de wijkverpleging en met de cliëntenraad over de kwaliteit van de "
       "ondersteuning.")
ew = [pos("03/2016 – heden", "Teamlead Social Support", "Gemeente Hof van Twente",
          ["Leiding aan het team Wmo en welzijn (16 consulenten en 2 ouderenwerkers); formatie, inzet van uren "
           "en werving.",
           "Budgethouder Wmo-maatwerk en welzijnssubsidies (€ 6,1 mln).", EW6, EW7],
          ("2016-03", REF), 117, True),
      pos("09/2010 – 02/2016", "Coordinator Community Care", "Stichting Welzijnswerk Goor",
          ["Coördinatie van de buurtcoaches, het ouderenwerk en 140 vrijwilligers in Goor en Markelo."],
          ("2010-09", "2016-02"), 66, True),
      pos("01/2007 – 08/2010", "Community Worker", "Stichting Welzijnswerk Goor",
          ["Opbouwwerk in de wijken Goor-Noord en De Whee; bewonersinitiatieven."],
          ("2007-01", "2010-08"), 44, False)]
EW_RATE = "€ 84.75 (excl. BTW)"
cv(file="Esther Wagelaar.pdf", fmt="pdf", layout="single",
   name="Esther Wagelaar", email="esther.wagelaar@example.nl", phone="06-53920418", rate=EW_RATE,
   exp=ew, crit_text={"6": EW6, "7": EW7}, refs=["Bert Wolterink", "Janneke Hesselink"],
   must_have=["Teamlead Social Support", "Bachelor Social Work (uitstroomprofiel Welzijn & Samenleving)"],
   body=[("title", "Europass Curriculum Vitae"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Esther Wagelaar"]),
                   ("Woonplaats", ["Goor"]),
                   ("Telefoon", ["06-53920418"]),
                   ("E-mail", ["esther.wagelaar@example.nl"]),
                   ("Uurtarief", [EW_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", ew),
         ("h", "Opleiding en training"),
         ("rows", [("2012 – 2016", ["Bachelor Social Work (uitstroomprofiel Welzijn & Samenleving), deeltijd",
                                    "Saxion Enschede — diploma behaald"]),
                   ("2003 – 2006", ["MBO Sociaal Maatschappelijke Dienstverlening, niveau 4",
                                    "ROC van Twente — diploma"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands"]),
                   ("Andere talen", ["Engels (C1), Duits (B1)"]),
                   ("Digitale vaardigheden", ["DA Systems (key-user), Microsoft 365, Power BI-dashboards"])]),
         ("h", "Referenties"),
         ("rows", [("Referent 1", ["Bert Wolterink, afdelingsmanager Sociaal Domein, gemeente Hof van Twente, "
                                   "0547-858311"]),
                   ("Referent 2", ["Janneke Hesselink, directeur Stichting Welzijnswerk Goor, 0547-261904"])])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=84.75,
               crit=(15, 25, 15, 20, 0),
               notes="ELIGIBLE, rank 3 (tie on 75 won on the rate). Teamlead Social Support, Gemeente Hof van Twente "
                     "'03/2016 – heden' = 2016-03..2025-11 = 117 (team lead + Wmo/welzijn + gemeente) + Coordinator "
                     "Community Care, Stichting Welzijnswerk Goor '09/2010 – 02/2016' = 66 (coordinator + welzijn "
                     "(buurtcoaches, ouderenwerk) + welzijnsstichting) -> 183 (contiguous). Community Worker "
                     "(opbouwwerker): no leading role. English titles in a Dutch CV: the CV is Dutch. 'Bachelor "
                     "Social Work (uitstroomprofiel Welzijn & Samenleving) ... diploma behaald' -> mwd. Criterion 6: "
                     "policy note -> work plan with three concrete actions and a measured result (an example, as "
                     "asked). Criterion 8: no project or change work anywhere -> 0. Rate 'EUR 84.75' with a "
                     "decimal point = 84.75. 75 points, 84.75 < 85 -> before Joost Mulderink."))

# ------------------------------------------------------------------------- Ruud Oldenhave (docx) agency, table
# Experience as a table (Periode | Functie | Werkgever) with the tasks below; agency in the footer. Master
# Bestuurskunde (wo, not MWD); no policy example -> 70. The two gemeente jobs share February 2019.
RO7 = ("Ik werk nauw samen met zorgaanbieders, de huisartsen, zorgverzekeraar Menzis en de cliëntenraad; "
       "initiatiefnemer van de publiek-private samenwerking 'Twenterand Werkt' met lokale werkgevers.")
RO8 = ("Projectleider van de reorganisatie naar één sociaal team: van vier loketten naar één toegang, met een "
       "projectplan, een stuurgroep en een evaluatie na achttien maanden.")
ro = [pos("02-2019 t/m heden", "Manager Sociaal Domein", "Gemeente Twenterand",
          ["Leiding aan vier teamleiders en 52 medewerkers in de teams Wmo, jeugd, participatie en "
           "schuldhulpverlening.",
           "Eindverantwoordelijk voor een budget van € 41 mln en de inkoop van jeugdhulp en Wmo in de regio "
           "Twente.", RO7, RO8],
          ("2019-02", REF), 82, True),
      pos("01-2012 t/m 02-2019", "Coördinator Participatie en Werk", "Gemeente Almelo",
          ["Coördinatie van twaalf klantmanagers participatie en de re-integratietrajecten.",
           "Opzet van een werkgeversservicepunt met de buurgemeenten en het UWV."],
          ("2012-01", "2019-02"), 86, True),
      pos("09-2006 t/m 12-2011", "Consulent Werk en Inkomen", "Gemeente Almelo",
          ["Intake en begeleiding van bijstandsgerechtigden."],
          ("2006-09", "2011-12"), 64, False)]
RO_RATE = "Tarief: € 82,- per uur, excl. btw"
cv(file="Ruud Oldenhave.docx", fmt="docx", layout="single",
   footer=f"{AGENCY} · detachering in het sociaal domein · {AGENCY_KVK}",
   name="Ruud Oldenhave", email="ruud.oldenhave@example.nl", phone="06-47103958", rate=RO_RATE,
   exp=ro, crit_text={"7": RO7, "8": RO8}, refs=["Wilma Haverkate", "Gerard Nijenhuis"],
   zzp_negated=[AGENCY_KVK],
   must_have=["Master Bestuurskunde"],
   body=[("title", "Ruud Oldenhave"),
         ("p", "Almelo  |  06-47103958  |  ruud.oldenhave@example.nl"),
         ("p", "Aangeboden door " + AGENCY + ", waar Ruud in loondienst is."),
         ("pb", RO_RATE),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein met een achtergrond in participatie en werk. Ik stuur op resultaat, houd de "
               "teams dicht bij de inwoner en zoek de verbinding met partners in de regio."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), ro),
         ("h", "Toelichting werkzaamheden"),
         ("tasks", ro),
         ("h", "Opleiding"),
         ("p", "Master Bestuurskunde, Universiteit Twente — diploma 2006"),
         ("p", "VWO, Pius X College Almelo — diploma 2001")]
   + refs_block("Wilma Haverkate, gemeentesecretaris, gemeente Twenterand, 0546-840210",
                "Gerard Nijenhuis, afdelingshoofd Werk en Inkomen, gemeente Almelo, 0546-541180"),
   expect=dict(pages=1, edu=("wo", True, False), coord=167, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 5. Manager Sociaal Domein, Gemeente Twenterand '02-2019 t/m heden' = "
                     "2019-02..2025-11 = 82 + Coördinator Participatie en Werk, Gemeente Almelo '01-2012 t/m "
                     "02-2019' = 86; February 2019 is in both -> merged 2012-01..2025-11 = 167 (168 if added up). "
                     "Consulent Werk en Inkomen: no leading role. Master Bestuurskunde (diploma) -> wo, degree, not "
                     "MWD -> criterion 4 = 0. No example of policy turned into projects -> criterion 6 = 0. Agency "
                     "in the footer with its KvK; 'in loondienst' -> zzp false. 70 points."))

# ------------------------------------------------------------------------- Linda Vrieling (pdf) agency, terse
# One page, terse, agency in the footer. "2019 - nu", "jan. 2012 – dec. 2018". No policy example, no project or
# change work -> 60.
LV7 = ("Samenwerking met zorgaanbieders (thuiszorg, GGZ), huisartsen, de patiëntenvereniging en zorgverzekeraar "
       "Salland rond de ondersteuning van kwetsbare ouderen.")
lv = [pos("2019 - nu", "Coördinator Welzijn", "Stichting Welzijnswerk Rijssen",
          ["Coördinatie van ouderenwerk, mantelzorgondersteuning en vrijwilligerswerk (12 medewerkers, 200 "
           "vrijwilligers).", LV7],
          ("2019-01", REF), 83, True, yearonly=True),
      pos("jan. 2012 – dec. 2018", "Teamleider Jeugd", "Gemeente Hellendoorn",
          ["Leiding aan acht jeugdconsulenten; toegang tot jeugdhulp en casusregie."],
          ("2012-01", "2018-12"), 84, True),
      pos("aug. 2007 – dec. 2011", "Jeugdconsulent", "Gemeente Hellendoorn",
          ["Gesprekken met gezinnen en de toegang tot jeugdhulp."],
          ("2007-08", "2011-12"), 53, False)]
LV_RATE = "€ 79,- per uur excl. btw"
cv(file="Linda Vrieling.pdf", fmt="pdf", layout="single",
   footer=f"{AGENCY} · {AGENCY_KVK} · Linda is in loondienst bij {AGENCY}",
   name="Linda Vrieling", email="linda.vrieling@example.com", phone="06-20573841", rate=LV_RATE,
   exp=lv, crit_text={"7": LV7}, refs=["Harry Kleinjan", "Monique Smelt"],
   zzp_negated=[AGENCY_KVK],
   body=[("title", "Linda Vrieling"),
         ("p", "Nijverdal · 06-20573841 · linda.vrieling@example.com"),
         ("p", "Tarief: " + LV_RATE + " · beschikbaar 24 uur per week"),
         ("h", "Werkervaring"),
         ("pos", "datebold", lv),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2007")]
   + refs_block("Harry Kleinjan, directeur Stichting Welzijnswerk Rijssen, 0548-512760",
                "Monique Smelt, afdelingsmanager Samenleving, gemeente Hellendoorn, 0548-630204"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=79.0,
               crit=(15, 25, 0, 20, 0),
               notes="ELIGIBLE, rank 6. Coördinator Welzijn, Stichting Welzijnswerk Rijssen '2019 - nu' = "
                     "2019-01..2025-11 = 83 (narrowest 2019-12.. = 72) + Teamleider Jeugd, Gemeente Hellendoorn "
                     "'jan. 2012 – dec. 2018' = 84 -> 167 (narrowest 156). Jeugdconsulent: no leading role. "
                     "Bachelor MWD. Criterion 7 in the Rijssen bullet; no policy example (6) and no project or "
                     "change work (8) anywhere -> 0. Agency footer with KvK; in loondienst -> zzp false. "
                     "60 points."))

# ============================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Stefan Haarhuis (pdf) bureau, header
# The bureau's consultant in the page header; the candidate's phone and e-mail kept back ("Contact: uitsluitend
# via Talentwerk"). The bureau's intro: "ruim acht jaar ervaring in het welzijnswerk"; coordinator only
# "sinds 2022" -> ko 3 fail.
SH6 = ("Voorbeeld: de jeugdnota 'Deventer, stad van kansen' heeft ons team vertaald naar drie concrete projecten "
       "(een meidenwerkplaats, straatcoaches en een huiswerkklas); resultaat: 35 % minder overlastmeldingen in "
       "Colmschate in 2024.")
SH7 = ("Samenwerking met zorgaanbieders in de jeugd-GGZ, de huisartsen (POH jeugd), zorgverzekeraar Salland en de "
       "PPS 'Sportief Deventer' met sportclubs en bedrijven.")
SH8 = "Projectleider van de verandering van ambulant jongerenwerk naar wijkgericht werken (2023)."
sh = [pos("sinds 2022", "Coördinator Jongerenwerk", "Stichting Welzijn Colmschate",
          ["Leiding aan negen jongerenwerkers en twee stagiairs; roosters, werving en het teambudget.",
           SH6, SH7, SH8],
          ("2022-01", REF), 47, True, yearonly=True),
      pos("2016 – 2021", "Jongerenwerker", "Stichting Welzijn Colmschate",
          ["Ambulant jongerenwerk, de jongerensoos en activiteiten in de zomer."],
          ("2016-01", "2021-12"), 72, False, yearonly=True),
      pos("09/2013 – 12/2015", "Buurtsportcoach", "Gemeente Deventer",
          ["Sport en bewegen voor jongeren in Colmschate en Keizerslanden."],
          ("2013-09", "2015-12"), 28, False)]
SH_RATE = "€ 78,50 per uur excl. btw"
SH_INTRO = ("Stefan is een energieke coördinator met ruim acht jaar ervaring in het welzijnswerk in Deventer. Hij "
            "kent het jongerenwerk door en door en stuurt sinds enkele jaren een team van jongerenwerkers aan.")
cv(file="Stefan Haarhuis.pdf", fmt="pdf", layout="header",
   header="Talentwerk Werving & Selectie  ·  Sanne de Wit, consultant  ·  033-2098765  ·  "
          "sanne.dewit@talentwerk.example.com",
   name="Stefan Haarhuis", email=None, phone=None, rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Marco Huls", "Ilse Brink"],
   must_have=[SH_INTRO, "uitsluitend via Talentwerk"],
   body=[("title", "Kandidaatprofiel"),
         ("rows", [("Naam", ["Stefan Haarhuis"]),
                   ("Woonplaats", ["Deventer"]),
                   ("Beschikbaar", ["per 1 december 2025, 24 uur per week"]),
                   ("Tarief", [SH_RATE + " (inclusief bemiddelingsvergoeding)"]),
                   ("Contractvorm", ["payroll via Talentwerk (loondienst)"]),
                   ("Contact", ["uitsluitend via Talentwerk"])]),
         ("h", "Toelichting Talentwerk"),
         ("p", SH_INTRO),
         ("h", "Werkervaring"),
         ("pos", "sample", sh),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer, 2009 – 2013 — diploma")]
   + refs_block("Marco Huls, directeur Stichting Welzijn Colmschate, 0570-612345",
                "Ilse Brink, teamleider Sport en Bewegen, gemeente Deventer, 0570-693822"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=47, refs=(2, False), zzp=False, hourly=78.5,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: ko 3 fail. The only leading role: Coördinator Jongerenwerk, Stichting Welzijn "
                     "Colmschate 'sinds 2022' = 2022-01..2025-11 = 47 (narrowest 2022-12..2025-11 = 36); both < 60 "
                     "-> fail, not review; < 72 -> criterion 5 = 0. Jongerenwerker 2016-2021 and Buurtsportcoach: "
                     "no leading role. The bureau's 'ruim acht jaar ervaring in het welzijnswerk' is welfare work "
                     "in general, not coordination. Candidate phone and e-mail are not in the CV ('Contact: "
                     "uitsluitend via Talentwerk'): the header's 033-2098765 and sanne.dewit@... are the "
                     "consultant's -> null. Payroll via the bureau, no zzp. Bachelor MWD. 75 points."))

# ------------------------------------------------------------------------- Gerda Meulenbelt (docx) direct, letter
# A cover letter on page 1 (rate in the letter), the CV from page 2. Education: MBO SPW diploma and "HBO Sociaal
# Pedagogische Hulpverlening (deeltijd) ... eerste twee jaar afgerond" -> no HBO bachelor -> ko 2 fail.
GM6 = ("Een voorbeeld van beleid naar resultaat: de gemeentelijke nota 'Mantelzorg telt' (2019) heb ik omgezet in "
       "een jaarplan met vier concrete projecten: respijtzorg door vrijwilligers, een mantelzorgwaardering, een "
       "groep voor jonge mantelzorgers en een spreekuur bij de huisarts. Resultaat: het aantal bij ons bekende "
       "mantelzorgers steeg van 380 naar 910.")
GM7 = ("Ik werk dagelijks samen met zorgaanbieders (wijkverpleging, dagbesteding, casemanagers dementie), huisartsen "
       "en zorgverzekeraar Zilveren Kruis (respijtzorg), en ben namens de stichting partner in de publiek-private "
       "samenwerking 'Zorgzaam Salland'.")
GM8 = ("Projectleider bij de invoering van DA Systems in 2022 en bij het samengaan van twee steunpunten tot één "
       "Steunpunt Mantelzorg en Vrijwilligers.")
gm = [pos("okt. 2013 – heden", "Coördinator Mantelzorg en Vrijwilligerswerk", "Stichting Welzijn Salland-Oost",
          ["Coördinatie van vier consulenten mantelzorg, een vrijwilligerscoördinator en ruim 300 vrijwilligers.",
           GM6, GM7, GM8],
          ("2013-10", REF), 146, True),
      pos("2007 – 2013", "Ouderenadviseur", "Stichting Welzijn Salland-Oost",
          ["Huisbezoeken bij ouderen, voorlichting en formulierenhulp."],
          ("2007-01", "2013-12"), 84, False, yearonly=True),
      pos("2001 – 2007", "Groepsleider", "Woonzorgcentrum De Hazelaar",
          ["Begeleiding van bewoners met dementie op een kleinschalige woongroep."],
          ("2001-01", "2007-12"), 84, False, yearonly=True)]
GM_RATE = "€ 86,00 exclusief btw"
GM_EDU = ("HBO Sociaal Pedagogische Hulpverlening (deeltijd), Hogeschool Windesheim Zwolle, 2004 – 2007, eerste "
          "twee jaar afgerond")
cv(file="Gerda Meulenbelt.docx", fmt="docx", layout="single",
   name="Gerda Meulenbelt", email="gerda.meulenbelt@example.nl", phone="06-37492815", rate=GM_RATE,
   exp=gm, crit_text={"6": GM6, "7": GM7, "8": GM8}, refs=["Wim Scholten", "Trijntje Dekker"],
   must_have=[GM_EDU, "Heerde, 21 november 2025"],
   body=[("p", "Gerda Meulenbelt"),
         ("p", "Molenstraat 22, 8181 KM Heerde"),
         ("p", "06-37492815  |  gerda.meulenbelt@example.nl"),
         ("p", "Aan: Flextender, t.a.v. de beoordelaar van de inhuuropdracht Coördinator welzijn (gemeente Heerde)"),
         ("p", "Heerde, 21 november 2025"),
         ("pb", "Betreft: motivatie Coördinator welzijn gemeente Heerde"),
         ("p", "Geachte heer, mevrouw,"),
         ("p", "Met veel plezier reageer ik op de opdracht Coördinator welzijn bij de gemeente Heerde. Ik woon al "
               "twintig jaar in Heerde en ken Stip als de plek waar inwoners met hun vragen terecht kunnen."),
         ("p", "Sinds oktober 2013 ben ik coördinator mantelzorg en vrijwilligerswerk bij Stichting Welzijn "
               "Salland-Oost. Ik stuur een klein team aan, houd het budget bij en zorg dat vrijwilligers en "
               "professionals elkaar weten te vinden. Wat mij in deze opdracht aanspreekt, is de rol als verbinder "
               "tussen beleid en uitvoering: dat is wat ik in Salland elke dag doe."),
         ("p", "Mijn uurtarief voor deze opdracht is " + GM_RATE + ". Ik ben beschikbaar vanaf 1 januari 2026, "
               "24 uur per week, verdeeld over vier dagen."),
         ("p", "Ik licht mijn ervaring graag toe in een gesprek."),
         ("p", "Met vriendelijke groet,"),
         ("p", "Gerda Meulenbelt"),
         ("break",),
         ("title", "Curriculum vitae"),
         ("p", "Gerda Meulenbelt  ·  Heerde  ·  06-37492815  ·  gerda.meulenbelt@example.nl"),
         ("h", "Werkervaring"),
         ("pos", "next", gm),
         ("h", "Opleiding"),
         ("p", GM_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk (niveau 4), ROC Deltion Zwolle — diploma 2001"),
         ("h", "Cursussen"),
         ("p", "Coachend leidinggeven (2016); Vrijwilligersmanagement, Movisie (2014)")]
   + refs_block("Wim Scholten, directeur-bestuurder Stichting Welzijn Salland-Oost, 0572-381920",
                "Trijntje Dekker, beleidsadviseur Mantelzorg, gemeente Olst-Wijhe, 0570-567143"),
   expect=dict(pages=2, edu=("mbo", False, False), coord=146, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: ko 2 fail. 'HBO Sociaal Pedagogische Hulpverlening (deeltijd) ... 2004 – 2007, "
                     "eerste twee jaar afgerond': only the first two years of the programme were finished, no "
                     "diploma -> not completed (the word 'afgerond' is about the years, not the degree). Highest "
                     "completed: MBO Sociaal Pedagogisch Werk niveau 4 -> mbo, no hbo bachelor, not MWD. Months: "
                     "Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Salland-Oost 'okt. 2013 – "
                     "heden' = 2013-10..2025-11 = 146 (the letter's 'Sinds oktober 2013' is the same job). "
                     "Ouderenadviseur, Groepsleider: no leading role. Cover letter on page 1 with the rate "
                     "(EUR 86,00), CV on page 2 -> 2 pages. 85 points."))

# ------------------------------------------------------------------------- Paul Stegeman (pdf) direct, sidebar
# Self-employed since 2022 (eenmanszaak, KvK and btw-id in the sidebar). Before that 10 years coordinator at a
# gemeente -> everything else passes; ko 1 review.
PS6 = ("Het Ommer beleidsplan 'Samen voor Ommen' (2016) vertaalde ik met het team naar een jaarwerkplan met "
       "concrete projecten, zoals een inloophuis in Lemele en een vrijwilligersvervoer; resultaat: 25 % minder "
       "eenzame ouderen in de gezondheidsmonitor van 2020.")
PS7 = ("Samenwerking met de zorgaanbieders in de Wmo, de huisartsen, zorgverzekeraar Zilveren Kruis en de "
       "publiek-private samenwerking 'Vitaal Vechtdal'.")
PS8 = "Projectleider van de transitie jeugdzorg in Ommen (2014-2015) en van de vorming van het sociaal team."
ps = [pos("sinds 2022", "Eigenaar en adviseur sociaal domein", "Stegeman Sociaal Advies",
          ["Opdrachten voor gemeenten in Overijssel: procesbegeleiding van sociale teams en "
           "trainingen gespreksvoering."],
          ("2022-01", REF), 47, False, yearonly=True),
      pos("2012 – 2021", "Coördinator Welzijn en Zorg", "Gemeente Ommen",
          ["Coördinatie van de Wmo-consulenten, het ouderenwerk en de mantelzorgondersteuning (15 "
           "medewerkers).", PS6, PS7, PS8],
          ("2012-01", "2021-12"), 120, True, yearonly=True),
      pos("2006 – 2011", "Consulent zorg en welzijn", "Gemeente Ommen",
          ["Aanvragen voor voorzieningen en huisbezoeken."],
          ("2006-01", "2011-12"), 72, False, yearonly=True)]
PS_RATE = "€ 95,- per uur excl. btw"
PS_FIRM = "Stegeman Sociaal Advies (eenmanszaak)"
cv(file="Paul Stegeman.pdf", fmt="pdf", layout="sidebar",
   name="Paul Stegeman", email="paul.stegeman@example.nl", phone="06-84920375", rate=PS_RATE,
   exp=ps, crit_text={"6": PS6, "7": PS7, "8": PS8}, refs=["Annie Bosscher", "Hendrik Pierik"],
   must_have=[PS_FIRM, "KvK 91827364"],
   left=[("h", "Contact"),
         ("p", "Ommen"), ("p", "06-84920375"), ("p", "paul.stegeman@example.nl"),
         ("h", "Bedrijfsgegevens"),
         ("p", PS_FIRM),
         ("p", "KvK 91827364"),
         ("p", "Btw-id NL004512873B29"),
         ("h", "Tarief"),
         ("p", PS_RATE),
         ("h", "Opleiding"),
         ("pb", "2001 – 2005"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
         ("p", "Hogeschool Windesheim, diploma"),
         ("h", "Talen"),
         ("p", "Nederlands, Engels, Duits")],
   right=[("title", "Paul Stegeman"),
          ("p", "Adviseur en coördinator sociaal domein"),
          ("h", "Profiel"),
          ("p", "Sinds 2022 werk ik als zelfstandig adviseur vanuit mijn eigen bedrijf. Daarvoor was ik tien jaar "
                "coördinator welzijn en zorg bij de gemeente Ommen. Ik zoek een opdracht waarin ik weer een team "
                "kan aansturen."),
          ("h", "Werkervaring"),
          ("pos", "sample", ps),
          ("h", "Referenties"),
          ("p", "Annie Bosscher, afdelingsmanager Samenleving, gemeente Ommen, 0529-459120"),
          ("p", "Hendrik Pierik, oud-wethouder sociaal domein, gemeente Ommen, 06-84920376")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=120, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="REVIEW on ko 1 (not eligible). He offers himself as a self-employed adviser: 'eenmanszaak', "
                     "'KvK 91827364', a btw-id, 'zelfstandig adviseur vanuit mijn eigen bedrijf' -> ZZP "
                     "indication; the tender excludes a ZZP-er as inschrijver -> review (a person decides). "
                     "Months: Coördinator Welzijn en Zorg, Gemeente Ommen '2012 – 2021' = 2012-01..2021-12 = 120 "
                     "(narrowest 2012-12..2021-01 = 98, both >= 72). 'Eigenaar en adviseur' of his own firm and "
                     "Consulent: not relevant. HBO MWD. 100 points, EUR 95."))

# ------------------------------------------------------------------------- Fatima Ouazzani (docx) bureau, Europass
# Europass DOCX from the recruitment bureau, English month names ("Apr 2017 – Present"); the referees are kept by
# the bureau: "Twee referenten ... worden op verzoek verstrekt" -> 0 named, on request -> references review.
FO6 = ("Het beleidskader 'Liemers Inclusief' is onder mijn leiding vertaald naar een jaarwerkplan met vijf "
       "concrete projecten; resultaat in 2023: drie nieuwe buurtkamers en 140 statushouders met een maatje.")
FO7 = ("Samenwerking met zorgaanbieders, huisartsen, de cliëntenraad, zorgverzekeraar Menzis en de "
       "publiek-private samenwerking 'Gezond Zevenaar'.")
FO8 = ("Projectleider van de fusie van twee welzijnsorganisaties tot Stichting Welzijn Liemers-Zuid (2018-2019): "
       "projectplan, nieuwe teams en een gezamenlijke werkwijze.")
fo = [pos("Apr 2017 – Present", "Manager Welzijn en Participatie", "Stichting Welzijn Liemers-Zuid",
          ["Leiding aan drie teams (34 medewerkers) en ruim 400 vrijwilligers; begroting en subsidierelatie met "
           "de gemeenten Zevenaar en Duiven.", FO6, FO7, FO8],
          ("2017-04", REF), 104, True),
      pos("Sep 2010 – Mar 2017", "Coördinator Jeugd en Gezin", "Gemeente Duiven",
          ["Coördinatie van het Centrum voor Jeugd en Gezin en het jeugdteam (9 medewerkers)."],
          ("2010-09", "2017-03"), 79, True),
      pos("Aug 2004 – Aug 2010", "Maatschappelijk werker", "Stichting Welzijn Liemers-Zuid",
          ["Algemeen maatschappelijk werk voor gezinnen en jongeren."],
          ("2004-08", "2010-08"), 73, False)]
FO_RATE = "€ 91,- per uur excl. btw"
FO_REFS = ("Twee referenten (mijn huidige en mijn vorige leidinggevende) zijn bekend bij Talentwerk en worden op "
           "verzoek verstrekt.")
cv(file="Fatima Ouazzani.docx", fmt="docx", layout="single",
   footer=f"Voorgedragen door {BUREAU} · 033-2098765 · {BUREAU_KVK}",
   name="Fatima Ouazzani", email="fatima.ouazzani@example.com", phone="06-71830462", rate=FO_RATE,
   exp=fo, crit_text={"6": FO6, "7": FO7, "8": FO8}, refs=[],
   zzp_negated=[BUREAU_KVK],
   must_have=[FO_REFS],
   body=[("title", "Curriculum vitae"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Fatima Ouazzani"]),
                   ("Woonplaats", ["Zevenaar"]),
                   ("Telefoon", ["06-71830462"]),
                   ("E-mail", ["fatima.ouazzani@example.com"]),
                   ("Beschikbaarheid", ["24 uur per week, per 1 december 2025"]),
                   ("Uurtarief", [FO_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", fo),
         ("h", "Opleiding"),
         ("rows", [("2000 – 2004", ["Bachelor Maatschappelijk Werk en Dienstverlening",
                                    "Hogeschool van Arnhem en Nijmegen — diploma"])]),
         ("h", "Talen"),
         ("rows", [("Nederlands", ["moedertaal"]), ("Arabisch", ["goed"]), ("Engels", ["goed"])]),
         ("h", "Referenties"),
         ("p", FO_REFS)],
   expect=dict(pages=2, edu=("hbo", True, True), coord=183, refs=(0, True), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25),
               notes="REVIEW on the references check (not eligible). No referee is named: 'Twee referenten ... zijn "
                     "bekend bij Talentwerk en worden op verzoek verstrekt' -> count 0, on request -> review (the "
                     "tender asks for at least 2 references in the CV; 'twee' is a number, not two names). Months: "
                     "Manager Welzijn en Participatie, Stichting Welzijn Liemers-Zuid 'Apr 2017 – Present' = "
                     "2017-04..2025-11 = 104 + Coördinator Jeugd en Gezin, Gemeente Duiven 'Sep 2010 – Mar 2017' = "
                     "79 -> 183 (contiguous). Maatschappelijk werker: no leading role. Bachelor MWD. Bureau footer "
                     "with KvK -> zzp false. 100 points, EUR 91."))
