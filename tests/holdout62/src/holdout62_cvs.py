# -*- coding: utf-8 -*-
"""Holdout round 62 for zeef: eligible candidates in designer layouts. 8 fictional CVs (6 PDF, 2 DOCX) for the
Heerde request, each in a layout that CV builders and designers produce and that the earlier rounds did not use in
this form, so that the reading order is hard while the facts are plain to a careful human reader:

  - a Europass-2020-style CV (DOCX): label/value rows "Functie", "Werkgever", "Plaats", "Werkzaamheden", the period
    on a line of its own, right-aligned, in dd/mm/jjjj; capital headings; a CEFR language grid; referees as rows;
  - a two-page designer template (Chromium) with a dark sidebar on both pages; the experience runs on into page 2
    without a heading and page 2's sidebar holds the courses and the referees;
  - an experience table with merged cells (LibreOffice PDF): one employer cell spanning two role rows, each role
    with its own period ("05-2020 – heden");
  - a timeline CV (Chromium): a horizontal career strip (years above a line with dots, titles under it) and a
    vertical timeline with the periods left of the rule, wrapped in a narrow column ("okt. 2019 –" / "heden");
  - a page whose lower half is in two newspaper columns of unequal length (LibreOffice PDF); the referees begin at
    the foot of the left column and continue at the top of the short right column;
  - a CV whose experience section is split over a page break in the middle of a position (LibreOffice PDF): title
    and employer end page 1, the period and the tasks open page 2 under the running header;
  - an infographic CV (Chromium): a band with an initials circle, "kerncijfers" tiles, round icons before the
    headings, skill dots (●●●●○), bars and a pie chart;
  - a "modern" CV (DOCX): the period in small grey type right-aligned on the title's line (a right tab stop).

Six are eligible: 100, 85, 85, 80, 75, 75 (the 85-tie decided by the rate, EUR 82 before EUR 86; the 75-tie by a
stated rate before no rate). Each of criteria 4, 5, 6, 7 and 8 is absent from exactly one eligible CV. Two are not
eligible, each for one plain reason: 46 months as teamleider (ko 3) and an HBO MWD with only a propedeuse beside an
MBO diploma (ko 2). No CV is meant to be ambiguous.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation, agency,
phone number, e-mail address and referee here is made up. Employers are real municipalities and fictional
foundations; real hogescholen appear as schools. See tests/holdout2/src/cvset.py for the field list; the CVs with
producer="chromium" carry html=dict(template, ...) for src/html62.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Renske Oosterhof (docx) Europass 2020
RO6 = ("Voorbeeld beleid naar resultaat: de beleidsnota 'Samen sterk in Zutphen' (2019) heb ik met de "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vier concrete projecten (buurtkamers, een mantelzorgpunt, "
       "welzijn op recept en een vrijwilligersvacaturebank); resultaat in 2021: 520 inwoners bereikt en 60 nieuwe "
       "vrijwilligers.")
RO7 = ("Werkt met samenwerkingspartners in zorg en welzijn: zorgaanbieders in de wijkverpleging, huisartsen en "
       "praktijkondersteuners, de patiëntenraad en zorgverzekeraar Menzis; namens de gemeente lid van de "
       "publiek-private samenwerking (PPS) 'Gezond Zutphen'.")
RO8 = ("Projectleider van de implementatie van DA Systems in het sociaal team (2022 – 2023) en trekker van het "
       "verandertraject 'Welzijn in de wijk'.")
ro = [pos("01/03/2018 – heden", "Coördinator Welzijn", "Gemeente Zutphen",
          ["Coördineert het cluster welzijn van het sociaal team Zutphen: 12 medewerkers (ouderenadviseurs, "
           "opbouwwerkers, mantelzorgconsulenten en een vrijwilligerscoördinator).",
           "Verdeelt de uren, bewaakt de voortgang van de opdrachten en voert de jaargesprekken, in afstemming met de "
           "teamleider en HR.",
           "Beheert het welzijnsbudget van € 1,4 miljoen en rapporteert elk kwartaal aan de afdelingsmanager.",
           RO6, RO7, RO8],
          ("2018-03", REF), 93, True),
      pos("01/09/2013 – 28/02/2018", "Teamleider Mantelzorg en Vrijwilligers", "Stichting Welzijn Graafschap-Oost",
          ["Leiding aan zes mantelzorgconsulenten en de vrijwilligerscentrale (250 vrijwilligers).",
           "Opzet van respijtzorg en de jaarlijkse mantelzorgwaardering voor Lochem en Zutphen."],
          ("2013-09", "2018-02"), 54, True),
      pos("01/08/2008 – 31/08/2013", "Opbouwwerker", "Stichting Welzijn Graafschap-Oost",
          ["Buurtgericht werken in Lochem en Gorssel; bewonersinitiatieven en buurtpreventie."],
          ("2008-08", "2013-08"), 61, False)]
RO_RATE = "€ 88,00 per uur, exclusief btw"
cv(file="Renske Oosterhof.docx", fmt="docx", layout="single",
   name="Renske Oosterhof", email="renske.oosterhof@example.nl", phone="06-41873352", rate=RO_RATE,
   exp=ro, crit_text={"6": RO6, "7": RO7, "8": RO8}, refs=["Hester Wijnbergen", "Gijs Roeterdink"],
   must_have=["EQF-niveau 6 (hbo-bachelor) — diploma behaald"],
   body=[("pagefooter", "Europass-cv  ·  Renske Oosterhof", "slash"),
         ("title", "Renske Oosterhof"),
         ("eurows", [("Nationaliteit", "Nederlandse"), ("Telefoonnummer", "06-41873352"),
                     ("E-mailadres", "renske.oosterhof@example.nl"), ("Adres", "Warnsveld, Nederland (thuis)")]),
         ("euhead", "Over mijzelf"),
         ("p", "Coördinator welzijn met zeventien jaar ervaring in het sociaal domein van de Achterhoek en de "
               "Stedendriehoek, waarvan ruim twaalf jaar leidinggevend. Ik breng structuur aan, houd de voortgang "
               "bij en geef medewerkers de ruimte om eigenaar te zijn van hun werk."),
         ("euhead", "Werkervaring"),
         ("eupos", [(ro[0], "Zutphen, Nederland"), (ro[1], "Lochem, Nederland"), (ro[2], "Lochem, Nederland")]),
         ("euhead", "Onderwijs en opleiding"),
         ("euentry", "01/09/2000 – 30/06/2004",
          [("Opleiding", "Bachelor Maatschappelijk Werk en Dienstverlening"),
           ("Onderwijsinstelling", "Hogeschool Windesheim"), ("Plaats", "Zwolle, Nederland"),
           ("Niveau", "EQF-niveau 6 (hbo-bachelor) — diploma behaald")]),
         ("euentry", "01/08/1995 – 30/06/2000",
          [("Opleiding", "Havo"), ("Onderwijsinstelling", "Baudartius College"), ("Plaats", "Zutphen, Nederland")]),
         ("euhead", "Taalvaardigheden"),
         ("p", "Moedertaal/-talen: Nederlands"),
         ("table", ["Andere talen", "Luisteren", "Lezen", "Gesproken productie", "Gesproken interactie", "Schrijven"],
          [["Engels", "C1", "C1", "B2", "B2", "B2"], ["Duits", "B2", "B1", "B1", "B1", "A2"]]),
         ("euhead", "Cursussen en certificaten"),
         ("euentry", "2021", [("Certificaat", "Coachend leidinggeven, Schouten & Nelissen")]),
         ("euentry", "2016", [("Certificaat", "Methodisch werken met de Wmo, Movisie")]),
         ("euhead", "Referenties"),
         ("eurows", [("Naam", "Hester Wijnbergen"), ("Functie", "afdelingsmanager Sociaal Domein, gemeente Zutphen"),
                     ("Telefoon", "06-41873353")]),
         ("eurows", [("Naam", "Gijs Roeterdink"),
                     ("Functie", "directeur-bestuurder, Stichting Welzijn Graafschap-Oost"),
                     ("Telefoon", "06-41873354")]),
         ("euhead", "Aanvullende informatie"),
         ("eurows", [("Beschikbaarheid", "per 1 januari 2026, 24 uur per week (ma, di, wo)"),
                     ("Uurtarief", RO_RATE),
                     ("Contractvorm", "in loondienst bij Brugwerk Detachering B.V.; inzet op basis van "
                                      "detachering")])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88). Europass 2020 in Word: every entry as label/value rows "
                     "(Functie / Werkgever / Plaats / Werkzaamheden), the period on a line of its own, right-aligned, "
                     "in dd/mm/jjjj. Coördinator Welzijn, Gemeente Zutphen '01/03/2018 – heden' = 2018-03..2025-11 = "
                     "93 + Teamleider Mantelzorg en Vrijwilligers, Stichting Welzijn Graafschap-Oost '01/09/2013 – "
                     "28/02/2018' = 54 -> 147 (opbouwwerker '01/08/2008 – 31/08/2013', 61, not leading). Bachelor "
                     "Maatschappelijk Werk en Dienstverlening, 'EQF-niveau 6 (hbo-bachelor) — diploma behaald' -> "
                     "hbo, mwd. Two referees as Naam / Functie / Telefoon rows. In loondienst bij a detacheerder "
                     "-> no zzp. Criteria 6 (example: beleidsnota -> jaarwerkplan with four projects, results), 7 "
                     "(zorgaanbieders, huisartsen, patiëntenraad, zorgverzekeraar, PPS), 8 (projectleider, "
                     "verandertraject) in the Zutphen position."))

# ------------------------------------------------------------------------- Mirthe Lamberink (pdf) two-page sidebar
ML6 = ("Voorbeeld beleid naar resultaat: de Elburgse koers sociaal domein 'Dichtbij en samen' (2020) heb ik met het "
       "team vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2022: een vast inlooppunt in "
       "elke kern en 20 % minder doorverwijzingen naar maatwerk.")
ML7 = ("Vaste samenwerkingspartners: zorgaanbieders voor begeleiding en wijkverpleging, de huisartsen, "
       "zorgverzekeraar Zilveren Kruis en de partners in de publiek-private samenwerking (PPS) 'Vitaal Elburg'.")
ML8 = ("Projectleider van de reorganisatie van de toegang tot één sociaal team (2020 – 2021) en van de invoering van "
       "DA Systems (2023).")
ml = [pos("januari 2019 – heden", "Teamleider Sociaal Team", "Gemeente Elburg",
          ["Leiding aan 17 medewerkers: consulenten Wmo, jeugd en participatie en twee welzijnscoaches.",
           "Verantwoordelijk voor formatie, instroom en werving & selectie, in afstemming met HR.",
           "Bewaakt het teambudget en de verdeling van uren over de kernen.", ML6, ML7, ML8],
          ("2019-01", REF), 83, True),
      pos("maart 2015 – december 2018", "Coördinator Jeugd en Gezin", "Gemeente Kampen",
          ["Coördinatie van het jeugd- en gezinsteam (10 medewerkers); casusverdeling en werkoverleg.",
           "Overleg met scholen, kinderopvang en het consultatiebureau."],
          ("2015-03", "2018-12"), 46, True),
      pos("september 2010 – februari 2015", "Jeugdconsulent", "Gemeente Kampen",
          ["Toegang tot jeugdhulp: gesprekken met ouders en jongeren, beschikkingen."],
          ("2010-09", "2015-02"), 54, False)]
ML_RATE = "€ 82,00 per uur excl. btw"
cv(file="Mirthe Lamberink.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Mirthe Lamberink", email="mirthe.lamberink@example.com", phone="06-27394810", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Jacqueline Vos", "Harm Dijkslag"],
   must_have=["Bachelor Toegepaste Psychologie"],
   html=dict(template="twopage", pages=[
       dict(side=[("initials", "ML"),
                  ("h", "Contact"),
                  ("cicon", "phone", "06-27394810"), ("cicon", "mail", "mirthe.lamberink@example.com"),
                  ("cicon", "home", "Elburg"),
                  ("h", "Vaardigheden"),
                  ("bars", [("Coachend leidinggeven", 90), ("Sturen op resultaat", 80), ("Budgetbeheer", 70),
                            ("Registratiesystemen", 75)]),
                  ("h", "Talen"),
                  ("p", "Nederlands — moedertaal"), ("p", "Engels — goed"), ("p", "Duits — redelijk"),
                  ("h", "Beschikbaarheid"),
                  ("p", "Per 1 januari 2026, 24 uur per week (ma, di, do).")],
            main=[("title", "Mirthe Lamberink"), ("sub", "Teamleider sociaal domein"),
                  ("h", "Profiel"),
                  ("p", "Ik ben een teamleider die mensen meeneemt. In Elburg heb ik een sociaal team opgebouwd dat "
                        "dicht bij de inwoners staat en zelf verantwoordelijkheid neemt. Ik houd van overzicht, "
                        "korte lijnen en eerlijke gesprekken, en ik durf knopen door te hakken."),
                  ("h", "Werkervaring"),
                  ("pjobs", ml[:2])]),
       dict(side=[("h", "Cursussen"),
                  ("p", "Leiderschap in het sociaal domein, 2021"), ("p", "Oplossingsgericht coachen, 2019"),
                  ("p", "Werken met DA Systems, 2023"), ("p", "Meldcode huiselijk geweld, 2016"),
                  ("h", "Referenties"),
                  ("ref", "Jacqueline Vos", "afdelingsmanager Samenleving, gemeente Elburg", "06-27394811"),
                  ("ref", "Harm Dijkslag", "teammanager Jeugd, gemeente Kampen", "06-27394812")],
            main=[("pjobs", ml[2:]),
                  ("h", "Opleiding"),
                  ("pb", "Bachelor Toegepaste Psychologie"),
                  ("p", "Saxion Hogeschool, Deventer, 2005 – 2009 — diploma behaald"),
                  ("pb", "Havo"), ("p", "Ichthus College, Kampen, 2000 – 2005 — diploma"),
                  ("h", "Tarief"),
                  ("p", "Uurtarief: " + ML_RATE + "; in loondienst bij Veluwe Inzet Detachering."),
                  ("h", "Persoonlijk"),
                  ("p", "Zeilen op het Veluwemeer, lezen en koken voor vrienden.")])]),
   expect=dict(pages=2, edu=("hbo", True, False), coord=129, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2 (85, EUR 82; Erwin Kamphuis also 85 at EUR 86). Two-page designer template "
                     "(Chromium): a dark sidebar on both pages; the experience runs on into page 2 without a heading "
                     "(the jeugdconsulent position), page 2's sidebar holds the courses and the two referees. "
                     "Teamleider Sociaal Team, Gemeente Elburg 'januari 2019 – heden' = 83 + Coördinator Jeugd en "
                     "Gezin, Gemeente Kampen 'maart 2015 – december 2018' = 46 -> 129 (jeugdconsulent not leading). "
                     "Bachelor Toegepaste Psychologie, diploma -> hbo, not MWD -> criterion 4 = 0."))

# ------------------------------------------------------------------------- Erwin Kamphuis (pdf) merged-cell table
EK7 = ("Maakt afspraken met samenwerkingspartners: zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar "
       "Salland en de partners van de publiek-private samenwerking (PPS) 'Deventer Vitaal'.")
EK8 = ("Projectleider van de herinrichting van de wijkteams (2021 – 2022): een verandertraject van vier naar drie "
       "gebieden met een nieuwe teamindeling.")
ek = [pos("05-2020 – heden", "Manager Wijkteams", "Gemeente Deventer",
          ["Leiding aan vier wijkteams (38 medewerkers: Wmo, jeugd, participatie en welzijn) via twee teamleiders.",
           "Verantwoordelijk voor formatie, werving & selectie en een budget van € 3,1 miljoen.", EK7, EK8],
          ("2020-05", REF), 67, True),
      pos("02-2016 – 04-2020", "Coördinator Wijkteam Centrum", "Gemeente Deventer",
          ["Coördinatie van het wijkteam Centrum (11 medewerkers); casusverdeling, werkoverleg en coaching."],
          ("2016-02", "2020-04"), 51, True),
      pos("09-2011 – 01-2016", "Teamleider Jongerenwerk", "Stichting Welzijnswerk IJsselvallei",
          ["Leiding aan acht jongerenwerkers; het jongerencentrum en het ambulante werk in Deventer-Oost."],
          ("2011-09", "2016-01"), 53, True),
      pos("03-2007 – 08-2011", "Jongerenwerker", "Stichting Welzijnswerk IJsselvallei",
          ["Ambulant jongerenwerk en meidenwerk in Deventer-Oost."],
          ("2007-03", "2011-08"), 54, False)]
EK_RATE = "Uurtarief: € 86,00 (excl. btw)"
cv(file="Erwin Kamphuis.pdf", fmt="pdf", layout="single",
   name="Erwin Kamphuis", email="erwin.kamphuis@example.nl", phone="0570-612847", rate=EK_RATE,
   exp=ek, crit_text={"7": EK7, "8": EK8}, refs=["Anja Smeenk", "Robert ten Dam"],
   body=[("title", "Erwin Kamphuis"),
         ("p", "Deventer  |  0570-612847  |  erwin.kamphuis@example.nl"),
         ("h", "Profiel"),
         ("p", "Manager met een hart voor de wijk. Ik begon als jongerenwerker en geef nu leiding aan vier "
               "wijkteams in Deventer. Medewerkers kennen mij als rustig, duidelijk en benaderbaar; bestuurders als "
               "iemand die doet wat hij zegt."),
         ("h", "Werkervaring"),
         ("mtable", ["Werkgever", "Functie en taken", "Periode"],
          [("Gemeente Deventer", "Deventer", ek[:2]),
           ("Stichting Welzijnswerk IJsselvallei", "Deventer", ek[2:])]),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer, 2002 – 2006 — diploma "
               "behaald"),
         ("p", "Post-hbo Leidinggeven in het sociaal domein, Hogeschool Windesheim, 2017 — certificaat"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("h", "Referenties"),
         ("p", "Anja Smeenk, directeur Sociaal Domein, gemeente Deventer, 06-51239847"),
         ("p", "Robert ten Dam, bestuurder, Stichting Welzijnswerk IJsselvallei, 06-51239848"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", EK_RATE + "; beschikbaar per 1 januari 2026 voor 24 uur per week. In loondienst bij IJsselgroep "
               "Detachering.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=171, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 3 (85, EUR 86: after Mirthe Lamberink's 85 at EUR 82), shortlisted. Experience "
                     "table Werkgever | Functie en taken | Periode with the employer cell merged vertically over two "
                     "roles each (centred between them). Gemeente Deventer: Manager Wijkteams '05-2020 – heden' = 67 "
                     "+ Coördinator Wijkteam Centrum '02-2016 – 04-2020' = 51; Stichting Welzijnswerk IJsselvallei: "
                     "Teamleider Jongerenwerk '09-2011 – 01-2016' = 53 (jongerenwerker '03-2007 – 08-2011', 54, not "
                     "leading) -> 171. Bachelor MWD diploma -> mwd. No example of policy turned into projects and "
                     "results anywhere -> criterion 6 = 0."))

# ------------------------------------------------------------------------- Yvette Scholten (pdf) timelines
YS6 = ("Voorbeeld beleid naar resultaat: het Harderwijkse beleidsplan 'Meedoen in Harderwijk' (2020) heb ik met het "
       "team vertaald naar een jaarwerkplan met vier concrete projecten; resultaat na twee jaar: 140 inwoners met een "
       "bijstandsuitkering aan vrijwilligerswerk of een leerwerkplek en een taalcafé in drie wijken.")
YS8 = ("Projectleider van de transitie van het participatieteam naar het nieuwe team Welzijn en Participatie (2021): "
       "een veranderopgave met nieuwe rollen, een nieuw werkproces en de invoering van DA Systems.")
ys = [pos("okt. 2019 – heden", "Teamleider Welzijn en Participatie", "Gemeente Harderwijk",
          ["Leiding aan 18 medewerkers: participatiecoaches, opbouwwerkers en consulenten welzijn.",
           "Stuurt op formatie, werving & selectie en de verdeling van uren, met HR en de afdelingsmanager.",
           "Bewaakt het teambudget van € 2,2 miljoen.", YS6, YS8],
          ("2019-10", REF), 74, True),
      pos("jan. 2016 – sep. 2019", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Noord-Veluwe",
          ["Coördinatie van het steunpunt vrijwilligerswerk en het mantelzorgsteunpunt (5 medewerkers, 300 "
           "vrijwilligers).", "Opzet van de vrijwilligersacademie en de dag van de mantelzorg."],
          ("2016-01", "2019-09"), 45, True),
      pos("jun. 2010 – dec. 2015", "Sociaal werker", "Stichting Welzijn Noord-Veluwe",
          ["Buurtwerk en ouderenwerk in Harderwijk-Stadsdennen; begeleiding van vrijwilligers."],
          ("2010-06", "2015-12"), 67, False)]
YS_RATE = "Uurtarief € 79,50 excl. btw"
cv(file="Yvette Scholten.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Yvette Scholten", email="yvette.scholten@example.nl", phone="06-58203417", rate=YS_RATE,
   exp=ys, crit_text={"6": YS6, "8": YS8}, refs=["Marieke Haverkamp", "Dirk Jan Schouten"],
   html=dict(template="timeline",
             head=[("title", "Yvette Scholten"), ("sub", "Teamleider welzijn en participatie"),
                   ("iconrow", [("☎", "06-58203417"), ("✉", "yvette.scholten@example.nl"), ("⌂", "Harderwijk")])],
             body=[("h", "Profiel"),
                   ("p", "Ik ben een teamleider die van een groep professionals een team maakt. Ik begon in het "
                         "buurtwerk, coördineerde het vrijwilligerswerk en geef nu leiding aan het team Welzijn en "
                         "Participatie in Harderwijk. Ik ben nuchter, doelgericht en zorg dat afspraken worden "
                         "nagekomen."),
                   ("h", "Loopbaan in één oogopslag"),
                   ("strip", [("2010", "Sociaal werker"), ("2016", "Coördinator Vrijwilligerswerk en Mantelzorg"),
                              ("2019", "Teamleider Welzijn en Participatie")], "heden"),
                   ("h", "Werkervaring"),
                   ("vtl", ys),
                   ("h", "Opleiding"),
                   ("vtledu", [("2006 – 2010", "Bachelor Social Work",
                                "Hogeschool Windesheim, Zwolle — diploma behaald"),
                               ("2000 – 2006", "Vwo", "Christelijk College Nassau-Veluwe, Harderwijk — diploma")]),
                   ("cols2",
                    [("h", "Cursussen"),
                     ("bl", ["Teamcoaching, 2022", "Leidinggeven aan professionals, 2020",
                             "Vrijwilligersmanagement, 2017"]),
                     ("h", "Tarief en beschikbaarheid"),
                     ("p", YS_RATE + "; beschikbaar per 1 januari 2026, 24 uur per week. In loondienst bij "
                           "Noordveluwse Detachering.")],
                    [("h", "Referenties"),
                     ("ref", "Marieke Haverkamp", "afdelingsmanager Samenleving, gemeente Harderwijk", "06-58203418"),
                     ("ref", "Dirk Jan Schouten", "directeur, Stichting Welzijn Noord-Veluwe", "06-58203419")])]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=79.5,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 4 (80, EUR 79,50), not shortlisted. Timeline CV (Chromium): a horizontal strip "
                     "'Loopbaan in één oogopslag' (years 2010 / 2016 / 2019 / heden above a line, titles under it), "
                     "then a vertical timeline with the period left of the rule, wrapped in its narrow column. "
                     "Teamleider Welzijn en Participatie, Gemeente Harderwijk 'okt. 2019 – heden' = 74 + Coördinator "
                     "Vrijwilligerswerk en Mantelzorg, Stichting Welzijn Noord-Veluwe 'jan. 2016 – sep. 2019' = 45 "
                     "-> 119 (sociaal werker not leading; the strip's years agree with the periods). Bachelor Social "
                     "Work diploma -> mwd. No partners in welfare and care named anywhere (no zorgaanbieders, "
                     "huisartsen, verzekeraar, PPS) -> criterion 7 = 0."))

# ------------------------------------------------------------------------- Lieke Nijenhuis (pdf) newspaper columns
LN6 = ("Voorbeeld beleid naar resultaat: de Brummense visie 'Samen in de buurt' (2021) heb ik met het gebiedsteam "
       "vertaald naar een jaarwerkplan met drie concrete projecten; resultaat in 2023: een buurtsteunpunt in Eerbeek "
       "en in Brummen en 35 nieuwe vrijwillige buurtmaatjes.")
LN7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en de "
       "partners van de publiek-private samenwerking (PPS) 'Brummen Gezond'.")
LN8 = "Projectleider van de invoering van het gebiedsgericht werken (2021 – 2022), een veranderopgave voor het hele team."
ln = [pos("juni 2020 – heden", "Coördinator Gebiedsteam", "Gemeente Brummen",
          ["Coördineert het gebiedsteam Brummen-Eerbeek (13 medewerkers: Wmo, jeugd, schulden en welzijn).",
           "Verdeelt uren en casussen, bewaakt de voortgang en voert de jaargesprekken met de teamleider.",
           LN6, LN7, LN8],
          ("2020-06", REF), 66, True),
      pos("september 2014 – mei 2020", "Gebiedsteammedewerker", "Gemeente Brummen",
          ["Keukentafelgesprekken Wmo en jeugd; casusregie bij gezinnen met meerdere vragen."],
          ("2014-09", "2020-05"), 69, False),
      pos("augustus 2009 – augustus 2014", "Maatschappelijk werker", "Stichting Welzijn IJsselstreek",
          ["Algemeen maatschappelijk werk en groepstrainingen in Brummen en Voorst."],
          ("2009-08", "2014-08"), 61, False)]
cv(file="Lieke Nijenhuis.pdf", fmt="pdf", layout="single",
   name="Lieke Nijenhuis", email="lieke.nijenhuis@example.com", phone="06-93017265", rate=None,
   exp=ln, crit_text={"6": LN6, "7": LN7, "8": LN8}, refs=["Anke Roelofs", "Wim Harbers"],
   body=[("title", "Lieke Nijenhuis"),
         ("p", "Eerbeek  ·  06-93017265  ·  lieke.nijenhuis@example.com"),
         ("h", "Profiel"),
         ("p", "Sinds juni 2020 coördineer ik het gebiedsteam in Brummen, waar ik daarvoor bijna zes jaar zelf "
               "gebiedsteammedewerker was. Ik ken het werk van binnenuit, houd van duidelijke afspraken en zorg dat "
               "het team goed vindbaar is voor inwoners."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ln),
         ("ncols", 2),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen (HAN), "
               "2005 – 2009, diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven zonder hiërarchie (2021)", "Schuldhulpverlening in de wijk (2018)",
                 "Motiverende gespreksvoering (2015)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed)"),
         ("h", "Referenties"),
         ("p", "Anke Roelofs, teamleider Sociaal Domein, gemeente Brummen, 06-93017266"),
         ("colbreak",),
         ("p", "Wim Harbers, directeur, Stichting Welzijn IJsselstreek, 06-93017267"),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week (ma, di, do)."),
         ("h", "Hobby's"),
         ("p", "Tuinieren en koorzang.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=66, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 6 (75 without a stated rate: after Gerben Stoffers' 75 at EUR 85). The lower "
                     "half of the last page in two newspaper columns of unequal length: the left column ends with "
                     "the heading Referenties and the first referee, the second referee opens the short right column "
                     "(then Beschikbaarheid, Hobby's). Only Coördinator Gebiedsteam, Gemeente Brummen 'juni 2020 – "
                     "heden' = 2020-06..2025-11 = 66 counts (gebiedsteammedewerker and maatschappelijk werker not "
                     "leading) -> 60 <= 66 < 72: knock-out 3 pass, criterion 5 = 0. Bachelor MWD diploma. No rate "
                     "stated (the request does not ask for one)."))

# ------------------------------------------------------------------------- Gerben Stoffers (pdf) page break in a position
GS6 = ("Voorbeeld beleid naar resultaat: de welzijnsopdracht van de gemeente Apeldoorn tot en met 2023 heb ik "
       "vertaald naar een jaarwerkplan met vijf concrete acties per wijk; resultaat: 12 wijksteunpunten, 300 nieuwe "
       "vrijwilligers en een aanpak van eenzaamheid die de gemeenteraad heeft overgenomen.")
GS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis, de "
       "woningcorporaties en de partners in de publiek-private samenwerking (PPS) 'Apeldoorn Vitaal'.")
gs = [pos("feb. 2017 – heden", "Manager Welzijn", "Stichting Welzijn Oost-Veluwe",
          ["Eindverantwoordelijk voor het welzijnswerk in Apeldoorn-Noord en -Oost: 32 medewerkers en 450 "
           "vrijwilligers, via drie coördinatoren.",
           "Verantwoordelijk voor formatie, werving & selectie en de begroting van € 2,8 miljoen.",
           "Rapporteert aan de directeur-bestuurder en verantwoordt de subsidie aan de gemeente.",
           GS6, GS7],
          ("2017-02", REF), 106, True),
      pos("apr. 2012 – jan. 2017", "Coördinator Wmo-loket", "Gemeente Voorst",
          ["Coördinatie van het Wmo-loket en de consulenten (7 medewerkers); werkverdeling en kwaliteit.",
           "Werkoverleg, intervisie en de jaargesprekken, samen met de teamleider."],
          ("2012-04", "2017-01"), 58, True),
      pos("sep. 2006 – mrt. 2012", "Wmo-consulent", "Gemeente Voorst",
          ["Keukentafelgesprekken en indicaties voor hulp bij het huishouden en hulpmiddelen."],
          ("2006-09", "2012-03"), 67, False)]
gs[1]["break_before"] = "d"
GS_RATE = "Tarief: € 85,00 per uur exclusief btw"
cv(file="Gerben Stoffers.pdf", fmt="pdf", layout="header",
   header="Curriculum vitae  ·  Gerben Stoffers  ·  Manager welzijn",
   name="Gerben Stoffers", email="g.stoffers@example.com", phone="06-70418236", rate=GS_RATE,
   exp=gs, crit_text={"6": GS6, "7": GS7}, refs=["Ellen Brouwer", "Koos Wilbrink"],
   body=[("pagefooter", "Gerben Stoffers", "van"),
         ("title", "Gerben Stoffers"),
         ("p", "Twello  ·  06-70418236  ·  g.stoffers@example.com  ·  geboren 1979"),
         ("p", GS_RATE + "  ·  beschikbaar per 1 januari 2026, 24 uur per week  ·  in loondienst bij Stichting "
               "Welzijn Oost-Veluwe, inzet via detachering"),
         ("h", "Profiel"),
         ("p", "Ik ben een manager die het welzijnswerk zichtbaar maakt, voor inwoners en voor het bestuur. Ik begon "
               "als Wmo-consulent bij de gemeente Voorst, coördineerde daar het Wmo-loket en geef sinds 2017 "
               "leiding aan het welzijnswerk in het noorden en oosten van Apeldoorn. Ik werk vanuit vertrouwen en "
               "heldere kaders, spreek mensen aan als het nodig is en houd de financiën strak in de hand."),
         ("p", "Wat mij drijft: dat inwoners van de Veluwe langer mee kunnen doen in hun eigen buurt, en dat "
               "professionals en vrijwilligers daar samen trots op zijn."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Verbindend leiderschap: teams meenemen in ontwikkeling", "Sturen op resultaat en budget",
                 "Helder communiceren met bestuur, inwoners en medewerkers",
                 "Besluitvaardig, ook bij tegenstellingen"]),
         ("h", "Werkervaring"),
         ("npos", gs),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Christelijke Hogeschool Ede, 2002 – 2006, diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Financieel management voor non-profit (2019)", "Leidinggeven aan professionals (2015)"]),
         ("h", "Referenties"),
         ("p", "Ellen Brouwer, directeur-bestuurder, Stichting Welzijn Oost-Veluwe, 06-70418237"),
         ("p", "Koos Wilbrink, teamleider Wmo, gemeente Voorst, 06-70418238"),
         ("h", "Hobby's"),
         ("p", "Hardlopen, de Veluwe op de fiets en vrijwilliger bij de voedselbank.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=164, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 0),
               notes="ELIGIBLE, rank 5 (75, EUR 85; Lieke Nijenhuis also 75 without a rate). The experience is split "
                     "over the page break in the middle of a position: 'Coördinator Wmo-loket' / 'Gemeente Voorst' "
                     "end page 1, its period 'apr. 2012 – jan. 2017' and tasks open page 2 under the running header "
                     "'Curriculum vitae · Gerben Stoffers · Manager welzijn' (footer 'pagina 1 van 2'). Manager "
                     "Welzijn, Stichting Welzijn Oost-Veluwe 'feb. 2017 – heden' = 106 + Coördinator Wmo-loket, "
                     "Gemeente Voorst 'apr. 2012 – jan. 2017' = 58 -> 164 (Wmo-consulent not leading). Bachelor "
                     "Social Work diploma -> mwd. Employed by the stichting -> no zzp. No project-based work or "
                     "change assignment anywhere -> criterion 8 = 0."))


# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Naomi Hulshof (pdf) infographic, ko 3
NH6 = ("Voorbeeld beleid naar resultaat: de Zwolse koers 'Samen voor elkaar' (2022) heb ik met het team vertaald naar "
       "een jaarwerkplan met drie concrete projecten; resultaat in 2024: een wachttijd van drie in plaats van acht "
       "weken en een inloop in elke wijk.")
NH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Zilveren Kruis en de "
       "partners van de publiek-private samenwerking (PPS) 'Zwolle Gezond'.")
NH8 = "Projectleider van de reorganisatie van de wijkteams Zwolle-Zuid (2023), een verandertraject voor 22 medewerkers."
nh = [pos("feb. 2022 – heden", "Teamleider Sociaal Wijkteam", "Gemeente Zwolle",
          ["Leiding aan het sociaal wijkteam Zuid: 22 medewerkers Wmo, jeugd en welzijn.",
           "Verdeling van uren en casussen, jaargesprekken en werving & selectie.", NH6, NH7, NH8],
          ("2022-02", REF), 46, True),
      pos("mrt. 2012 – jan. 2022", "Wijkteammedewerker", "Gemeente Zwolle",
          ["Keukentafelgesprekken en hulp aan gezinnen in Zwolle-Zuid; aandachtsfunctionaris huiselijk geweld."],
          ("2012-03", "2022-01"), 119, False),
      pos("sep. 2008 – feb. 2012", "Maatschappelijk werker", "Stichting Welzijn Zwolle-Zuid",
          ["Algemeen maatschappelijk werk; spreekuren in twee buurthuizen."],
          ("2008-09", "2012-02"), 42, False)]
NH_RATE = "€ 78,00 per uur excl. btw"
cv(file="Naomi Hulshof.pdf", fmt="pdf", layout="single", producer="chromium",
   name="Naomi Hulshof", email="naomi.hulshof@example.nl", phone="06-31840592", rate=NH_RATE,
   exp=nh, crit_text={"6": NH6, "7": NH7, "8": NH8}, refs=["Sevda Yilmaz", "Gert Jan Meulman"],
   must_have=["17 jaar", "in het sociaal domein"],
   html=dict(template="infographic",
             band=[("initials", "NH"),
                   ("title", "Naomi Hulshof"), ("sub", "Teamleider sociaal wijkteam"),
                   ("iconrow", [("☎", "06-31840592"), ("✉", "naomi.hulshof@example.nl"), ("⌂", "Zwolle")])],
             stats=[("17 jaar", "in het sociaal domein"), ("22", "medewerkers in mijn team"),
                    ("3", "wijken in Zwolle-Zuid"), ("450", "inwoners per jaar geholpen")],
             main=[("hi", "✎", "Profiel"),
                   ("p", "Ik ben een warme en daadkrachtige teamleider. Na bijna tien jaar als wijkteammedewerker in "
                         "Zwolle-Zuid werd ik in februari 2022 teamleider van hetzelfde wijkteam. Ik ken de wijk, de "
                         "collega's en de inwoners, en ik weet wat er nodig is om het team sterk te houden."),
                   ("hi", "◆", "Werkervaring"),
                   ("ijobs", nh),
                   ("hi", "★", "Opleiding"),
                   ("pb", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                   ("p", "Hogeschool Windesheim, Zwolle, 2004 – 2008 — diploma behaald")],
             side=[("hi", "●", "Vaardigheden"),
                   ("dots", [("Coachen", 5), ("Plannen", 4), ("Budgetbeheer", 3), ("Rapporteren", 4)]),
                   ("hi", "▲", "Competenties"),
                   ("bars", [("Verbinden", 95), ("Besluitvaardig", 80), ("Analyseren", 75)]),
                   ("hi", "✦", "Talen"),
                   ("dots", [("Nederlands", 5), ("Engels", 4), ("Turks", 2)]),
                   ("hi", "◷", "Mijn werkweek"),
                   ("pie", [("Coachen en overleg", 40), ("Casuïstiek", 25), ("Netwerk", 20), ("Administratie", 15)]),
                   ("hi", "☎", "Referenties"),
                   ("ref", "Sevda Yilmaz", "manager Sociale Wijkteams, gemeente Zwolle", "06-31840593"),
                   ("ref", "Gert Jan Meulman", "teamleider Jeugd, gemeente Zwolle", "06-31840594"),
                   ("hi", "€", "Tarief"),
                   ("p", NH_RATE), ("small", "Beschikbaar per 1 januari 2026, 24 uur per week; in loondienst bij "
                                             "Sociaal Talent Detachering.")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=46, refs=(2, False), zzp=False, hourly=78.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. Infographic CV (Chromium): kerncijfers tiles, skill dots, bars, a "
                     "pie chart, round icons before the headings. Only Teamleider Sociaal Wijkteam, Gemeente Zwolle "
                     "'feb. 2022 – heden' = 2022-02..2025-11 = 46 months of leadership; wijkteammedewerker (119) and "
                     "maatschappelijk werker (42) are not coordinator or manager roles -> 46 < 60 -> fail; criterion "
                     "5 = 0. The tile '17 jaar in het sociaal domein' is true (since sep. 2008) but is not 17 years "
                     "as a leader. Bachelor MWD diploma, two referees, EUR 78."))

# ------------------------------------------------------------------------- Maarten Ebbers (docx) modern, ko 2
ME6 = ("Voorbeeld beleid naar resultaat: het ouderenbeleid 'Langer thuis in Hof van Twente' (2019) heb ik vertaald "
       "naar een jaarwerkplan met vier concrete projecten; resultaat in 2022: zeven huiskamers in de kernen, een "
       "valpreventiecursus voor 300 ouderen en minder wachttijd bij de ouderenadviseurs.")
ME7 = ("Samenwerking met zorgaanbieders in de thuiszorg, huisartsen, zorgverzekeraar Menzis, de patiëntenvereniging "
       "en de partners in de publiek-private samenwerking (PPS) 'Vitaal Hof van Twente'.")
ME8 = "Projectleider van de invoering van DA Systems (2022) en van het verandertraject 'Eén loket voor ouderen'."
me = [pos("aug. 2016 – heden", "Coördinator Welzijn Ouderen", "Gemeente Hof van Twente",
          ["Coördinatie van de ouderenadviseurs en het vrijwillige ouderenwerk (8 medewerkers, 120 vrijwilligers).",
           "Budget, urenverdeling en rapportage aan de teamleider Sociaal Domein.", ME6, ME7, ME8],
          ("2016-08", REF), 112, True),
      pos("jan. 2011 – jul. 2016", "Teamleider Buurtwerk", "Stichting Welzijn Twente-Midden",
          ["Leiding aan zes buurtwerkers en de buurthuizen in Goor en Delden."],
          ("2011-01", "2016-07"), 67, True),
      pos("sep. 2002 – dec. 2010", "Ouderenwerker", "Stichting Welzijn Twente-Midden",
          ["Huisbezoeken, ouderenactiviteiten en de boodschappendienst."],
          ("2002-09", "2010-12"), 100, False)]
ME_RATE = "€ 80,00 per uur excl. btw"
cv(file="Maarten Ebbers.docx", fmt="docx", layout="single",
   name="Maarten Ebbers", email="maarten.ebbers@example.com", phone="06-84027163", rate=ME_RATE,
   exp=me, crit_text={"6": ME6, "7": ME7, "8": ME8}, refs=["Ingrid Nijhof", "Bennie Hesselink"],
   must_have=["propedeuse behaald, opleiding niet afgerond"],
   body=[("title", "Maarten Ebbers"),
         ("p", "Coördinator welzijn ouderen  |  Goor  |  06-84027163  |  maarten.ebbers@example.com"),
         ("mhead", "Profiel"),
         ("p", "Ruim twintig jaar werk ik in het welzijnswerk in Twente, waarvan bijna vijftien jaar leidinggevend. Ik "
               "ben praktisch, betrokken en houd van een team dat zelf verantwoordelijkheid neemt."),
         ("mhead", "Werkervaring"),
         ("mpos", me),
         ("mhead", "Opleiding"),
         ("medu", [("Hbo Maatschappelijk Werk en Dienstverlening", "2000 – 2002",
                    "Saxion, Enschede — propedeuse behaald, opleiding niet afgerond"),
                   ("Mbo Sociaal-Maatschappelijke Dienstverlening, niveau 4", "1996 – 2000",
                    "ROC van Twente, Hengelo — diploma")]),
         ("mhead", "Cursussen"),
         ("medu", [("Leidinggeven in het sociaal domein", "2018", "Avans+ — certificaat"),
                   ("Vrijwilligersmanagement", "2012", "Movisie — certificaat")]),
         ("mhead", "Referenties"),
         ("p", "Ingrid Nijhof, teamleider Sociaal Domein, gemeente Hof van Twente, 06-84027164"),
         ("p", "Bennie Hesselink, directeur, Stichting Welzijn Twente-Midden, 06-84027165"),
         ("mhead", "Tarief en beschikbaarheid"),
         ("p", ME_RATE + "; beschikbaar per 1 januari 2026 voor 24 uur per week; in loondienst bij Twentse "
               "Inzet Detachering.")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=179, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. 'Hbo Maatschappelijk Werk en Dienstverlening 2000 – 2002 / Saxion, "
                     "Enschede — propedeuse behaald, opleiding niet afgerond': no completed HBO bachelor; the "
                     "completed diploma is the MBO SMD niveau 4 -> highest level mbo, not MWD (criterion 4 = 0). "
                     "Modern layout: the period small and grey at a right tab on the title's line (for the education "
                     "too). Coördinator Welzijn Ouderen, Gemeente Hof van Twente 'aug. 2016 – heden' = 112 + "
                     "Teamleider Buurtwerk, Stichting Welzijn Twente-Midden 'jan. 2011 – jul. 2016' = 67 -> 179 "
                     "(ouderenwerker not leading). Would be 85 at EUR 80 (rank 2) if passed wrongly."))
