# -*- coding: utf-8 -*-
"""Holdout round 34 for zeef: the kinds of CVs named in the issue once more, with fresh people and wording.
14 fictional CVs for the Heerde tender: every layout (single column, a two-column sidebar table, Europass with
the dates in a left-hand column, experience as a table, contact details only in the page header), every date
style of the issue, the education cases (diploma behaald; propedeuse / gestopt / hbo werk- en denkniveau;
"niet afgerond" next to a completed HBO; MWD and Social Work; MBO Sociaal Werk niveau 4), overlapping positions,
references counted and on request, a zzp'er with an own company and KvK number, rates ("€ 87,50"), a tie on
80 decided by the lower rate, Dutch / Dutch with English job titles / German / Afrikaans / English, and a
six-page CV. 7 PDF (4 LibreOffice, 3 Chromium) and 7 DOCX; seven eligible with varying scores, seven that fall
out or need review for one clear reason each. Written without looking at the pipeline's source or rules/.

Every person, phone number, e-mail address, KvK number and reference here is made up. Employers are real
municipalities and fictional welfare foundations, hospitals and companies. See tests/holdout2/src/cvset.py for
the field list; Chromium CVs carry producer="chromium" and html=dict(...) (tests/holdout23/src/html_pdf.py).

ZEEF_H34_ONLY=lo leaves only the LibreOffice CVs in CVS (for tests/holdout2/src/build.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Marloes Kamphuis (pdf, LibreOffice)
# Single column; "2015 – heden"; an overlapping side job counted once; HBO MWD "diploma behaald"; "€ 87,50". 100.
MK6 = ("Voorbeeld van beleid naar resultaat: de Epese nota 'Vitaal ouder worden' heb ik met het team omgezet in "
       "een jaarwerkplan met drie concrete projecten (een seniorenloket in Vaassen, een valpreventiecursus in elke "
       "kern en een belcirkel voor alleenstaanden), elk met een trekker en meetbare doelen. Na twee jaar bereikten "
       "we ruim 600 ouderen meer.")
MK7 = ("Vaste overleggen met zorgaanbieders in de ouderenzorg, huisartsen en praktijkondersteuners, zorgverzekeraar "
       "Zilveren Kruis en een publiek-private samenwerking (PPS) met de woningcorporatie en twee supermarkten voor "
       "een boodschappendienst.")
MK8 = ("Projectleider van de invoering van DA Systems als registratiesysteem en trekker van het verandertraject "
       "naar wijkgericht werken in 2021 en 2022.")
mk = [pos("2015 – heden", "Coördinator Welzijn", "Gemeente Epe",
          ["Coördinatie van het cluster welzijn: 14 medewerkers (Wmo-consulenten, ouderenadviseurs, "
           "buurtsportcoaches), werkverdeling, formatie en het teambudget.", MK6, MK7, MK8],
          ("2015-01", REF), 131, True, yearonly=True),
      pos("maart 2017 – februari 2019", "Coördinator Mantelzorgsteunpunt (bijbaan, 8 uur per week)",
          "Stichting Welzijn Hattem",
          ["Coördinatie van 40 vrijwillige mantelzorgmaatjes naast mijn baan in Epe."],
          ("2017-03", "2019-02"), 24, True),
      pos("augustus 2010 – december 2014", "Ouderenadviseur", "Stichting Welzijn Hattem",
          ["Huisbezoeken, formulierenhulp en voorlichting aan ouderen."],
          ("2010-08", "2014-12"), 53, False)]
MK_RATE = "€ 87,50"
cv(file="Marloes Kamphuis.pdf", fmt="pdf", layout="single",
   name="Marloes Kamphuis", email="marloes.kamphuis@example.nl", phone="06-41837290", rate=MK_RATE,
   exp=mk, crit_text={"6": MK6, "7": MK7, "8": MK8}, refs=["Henk Roodbergen", "Carla Wijnbeek"],
   body=[("title", "Marloes Kamphuis"),
         ("p", "Wapenveld  ·  06-41837290  ·  marloes.kamphuis@example.nl"),
         ("p", "Uurtarief: " + MK_RATE + " (exclusief btw)  ·  beschikbaar 24 uur per week"),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn die graag tussen beleid en team in staat. Ik breng rust en structuur, "
               "spreek collega's aan op afspraken en zorg dat het team weet waar het naartoe werkt."),
         ("h", "Werkervaring"),
         ("pos", "sample", mk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle (2006 – 2010), "
               "diploma behaald"),
         ("p", "HAVO, Christelijk College Groevenbeek, Ermelo — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Henk Roodbergen, afdelingsmanager Samenleving, gemeente Epe, 0578-713100"),
         ("p", "Carla Wijnbeek, directeur Stichting Welzijn Hattem, 038-4441920")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=131, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 25),
               notes="Single column. Coördinator Welzijn, Gemeente Epe '2015 – heden' = 2015-01..2025-11 = 131 "
                     "(year-only start; narrowest 2015-12.. = 120, both >= 72). The side job Coördinator "
                     "Mantelzorgsteunpunt, Stichting Welzijn Hattem 'maart 2017 – februari 2019' (24) is relevant "
                     "but lies inside the Epe period -> counted once, still 131 (not 155). Ouderenadviseur: no "
                     "leading role. HBO MWD 'diploma behaald' -> mwd. Criteria 6/7/8 in the Epe tasks. 100 points, "
                     "rate 87.50 -> rank 1."))

# ------------------------------------------------------------------------- Inge Lubbers (docx, page header)
# Name, phone, e-mail only in the page header; "september 2010 tot en met augustus 2014"; HBO Toegepaste
# Psychologie (not MWD) -> 85; three named references.
IL6 = ("Voorbeeld: het Olst-Wijhese beleidskader 'Gewoon meedoen' (2020) heb ik samen met twee beleidsadviseurs "
       "vertaald naar een uitvoeringsagenda met concrete projecten: een sociaal makelaar in Wijhe, een "
       "schuldenpreventiespreekuur en een vaste jeugdprofessional op elke basisschool. De resultaten rapporteer "
       "ik twee keer per jaar aan de portefeuillehouder.")
IL7 = ("Ik onderhoud de contacten met zorgaanbieders in Wmo en jeugdhulp, de huisartsen, GGD IJsselland, "
       "zorgverzekeraar Zilveren Kruis en de publiek-private samenwerking (PPS) 'Salland Gezond' met "
       "sportclubs en de woningcorporatie.")
IL8 = ("Trekker van de reorganisatie van de afdeling naar twee gebiedsteams (projectplan, medezeggenschap, nieuwe "
       "werkwijze en evaluatie na een jaar).")
il = [pos("september 2014 – heden", "Manager Zorg en Welzijn", "Gemeente Olst-Wijhe",
          ["Manager van de teams Wmo, jeugd en welzijn (31 medewerkers); formatie, werving en budget.",
           IL6, IL7, IL8],
          ("2014-09", REF), 135, True),
      pos("september 2010 tot en met augustus 2014", "Coördinator Jeugd en Gezin", "Gemeente Raalte",
          ["Coördinatie van het centrum voor jeugd en gezin (9 medewerkers) en het casusoverleg."],
          ("2010-09", "2014-08"), 48, True),
      pos("januari 2006 – juni 2010", "Psychologisch medewerker", "Jeugdzorg Salland",
          ["Diagnostiek en kortdurende behandeling van jongeren."],
          ("2006-01", "2010-06"), 54, False)]
IL_RATE = "Uurtarief: 91 euro"
cv(file="Inge Lubbers.docx", fmt="docx", layout="header",
   header="Inge Lubbers  |  Olst  |  06-27718345  |  inge.lubbers@example.com",
   name="Inge Lubbers", email="inge.lubbers@example.com", phone="06-27718345", rate=IL_RATE,
   exp=il, crit_text={"6": IL6, "7": IL7, "8": IL8},
   refs=["Wouter Harbers", "Ans Koopman-Vos", "Dirk-Jan Meulenbelt"],
   body=[("title", "Curriculum Vitae"),
         ("p", "Manager zorg en welzijn  ·  " + IL_RATE + " (excl. btw)  ·  beschikbaar vanaf januari 2026"),
         ("h", "Over mij"),
         ("p", "Ik ben een manager die het team ruimte geeft en tegelijk helder is over wat we afspreken. Ik "
               "denk in oplossingen en kijk kritisch naar onze eigen werkprocessen."),
         ("h", "Loopbaan"),
         ("pos", "datebold", il),
         ("h", "Opleiding"),
         ("p", "HBO Toegepaste Psychologie, Saxion Hogeschool Deventer — diploma behaald 2005"),
         ("h", "Referenties"),
         ("p", "Wouter Harbers, gemeentesecretaris, gemeente Olst-Wijhe, 0570-568000"),
         ("p", "Ans Koopman-Vos, wethouder sociaal domein 2018-2022, gemeente Olst-Wijhe, 06-27718399"),
         ("p", "Dirk-Jan Meulenbelt, afdelingshoofd Samenleving, gemeente Raalte, 0572-347799")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=183, refs=(3, False), zzp=False, hourly=91.0,
               crit=(0, 25, 15, 20, 25),
               notes="Name, phone and e-mail only in the page header (the body title is 'Curriculum Vitae'). "
                     "Manager Zorg en Welzijn, Gemeente Olst-Wijhe 'september 2014 – heden' = 2014-09..2025-11 "
                     "(135) + Coördinator Jeugd en Gezin, Gemeente Raalte 'september 2010 tot en met augustus "
                     "2014' (48), contiguous -> 183. Psychologisch medewerker at a youth-care organisation: not "
                     "leading, no gemeente. HBO Toegepaste Psychologie diploma -> hbo, not MWD -> 0 for 4. Three "
                     "named references -> count 3. 85 points, rate 91 -> rank 2."))

# ------------------------------------------------------------------------- Tjitske Hofstra (docx, sidebar table)
# Two-column table, sidebar left; "vanaf mei 2020" + "maart 2016 - juni 2019"; Bachelor Social Work; no
# criterion 7 -> 80, ties with Ramon Eelderink (80) and wins on the rate (86 < 88).
TH6 = ("Voorbeeld: de Ooststellingwerfse nota 'Elk dorp telt' heb ik met de beleidsadviseur vertaald naar een "
       "jaarplan voor het gebiedsteam met concrete projecten (een dorpsconsulent per dorp, een inloopspreekuur voor "
       "jonge mantelzorgers) en resultaten die we elk halfjaar aan het college rapporteren.")
TH8 = ("Veranderopgave: in 2021 heb ik het gebiedsteam omgebouwd van drie losse loketten naar één integrale "
       "toegang, met een verandertraject van teamsessies, nieuwe werkafspraken en scholing.")
th = [pos("vanaf mei 2020", "Teamleider Gebiedsteam", "Gemeente Ooststellingwerf",
          ["Leiding aan 16 consulenten Wmo, jeugd en schuldhulp; werving, inwerken en de verdeling van uren.",
           TH6, TH8],
          ("2020-05", REF), 67, True),
      pos("juli 2019 – april 2020", "Senior consulent Wmo", "Gemeente Opsterland",
          ["Keukentafelgesprekken en complexe aanvragen."],
          ("2019-07", "2020-04"), 10, False),
      pos("maart 2016 - juni 2019", "Coördinator Jeugd en Welzijn", "Stichting Welzijn Weststellingwerf",
          ["Coördinatie van het jongerenwerk en de buurtsportcoaches (7 medewerkers)."],
          ("2016-03", "2019-06"), 40, True),
      pos("september 2012 – februari 2016", "Jongerenwerker", "Stichting Welzijn Weststellingwerf",
          ["Ambulant jongerenwerk in Wolvega."],
          ("2012-09", "2016-02"), 42, False)]
TH_RATE = "€ 86,- per uur"
cv(file="Tjitske Hofstra.docx", fmt="docx", layout="sidebar",
   name="Tjitske Hofstra", email="tjitske.hofstra@example.nl", phone="06-52290417", rate=TH_RATE,
   exp=th, crit_text={"6": TH6, "8": TH8}, refs=["Jelle Bouma", "Grietje van der Veen"],
   left=[("h", "Contact"), ("p", "Tjitske Hofstra"), ("p", "Oosterwolde"), ("p", "06-52290417"),
         ("p", "tjitske.hofstra@example.nl"),
         ("h", "Opleiding"), ("pb", "Bachelor Social Work"), ("p", "NHL Stenden Hogeschool, Leeuwarden"),
         ("p", "2008 – 2012, diploma behaald"),
         ("h", "Tarief"), ("p", TH_RATE), ("p", "excl. btw"),
         ("h", "Talen"), ("p", "Nederlands, Fries, Engels")],
   right=[("title", "Tjitske Hofstra"),
          ("p", "Teamleider in het sociaal domein. Ik houd van een team dat elkaar scherp houdt en van "
                "afspraken die we ook nakomen."),
          ("h", "Werkervaring"),
          ("pos", "pipe", th),
          ("h", "Referenties"),
          ("p", "Jelle Bouma, afdelingsmanager Sociaal Domein, gemeente Ooststellingwerf, 0516-566222"),
          ("p", "Grietje van der Veen, directeur Stichting Welzijn Weststellingwerf, 0561-612000")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=107, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 0, 25),
               notes="Two-column table, sidebar left (contact, education, rate). Teamleider Gebiedsteam, Gemeente "
                     "Ooststellingwerf 'vanaf mei 2020' = 2020-05..2025-11 (67) + Coördinator Jeugd en Welzijn, "
                     "Stichting Welzijn Weststellingwerf 'maart 2016 - juni 2019' (40) -> 107. Senior consulent "
                     "and jongerenwerker: not leading. Bachelor Social Work diploma -> mwd. No care providers, "
                     "insurer or PPS anywhere -> 0 for 7. 80 points, rate 86 -> ties with Ramon Eelderink (80, "
                     "rate 88) and wins on the rate -> rank 3, shortlisted."))

# ------------------------------------------------------------------------- Ramon Eelderink (pdf, Chromium Europass)
# Europass grid with the dates in the left column; "2019 - nu" and "2016 - 2019" (overlapping in 2019, counted
# once); Bachelor MWD; no criterion 7 -> 80, loses the tie on the rate.
RE6 = ("Voorbeeld: het Voorster beleid 'Iedereen telt mee' heb ik vertaald naar een jaarplan van de stichting met "
       "concrete projecten (een ontmoetingsplek in Twello, een klussendienst voor ouderen, een aanpak tegen "
       "eenzaamheid onder jongeren) en een kwartaalrapportage over de resultaten aan de gemeente.")
RE8 = ("Projectleider van de fusie van twee welzijnsorganisaties tot één stichting: nieuwe teams, één werkwijze "
       "en één registratiesysteem.")
re_ = [pos("2019 - nu", "Manager Welzijn", "Stichting Welzijn Voorst",
           ["Manager van 19 beroepskrachten en 300 vrijwilligers; budget en subsidieverantwoording.", RE6, RE8],
           ("2019-01", REF), 83, True, yearonly=True),
       pos("2016 - 2019", "Coördinator Buurtteams", "Gemeente Deventer",
           ["Coördinatie van twee buurtteams (17 professionals), casusregie en kwaliteit."],
           ("2016-01", "2019-12"), 48, True, yearonly=True),
       pos("sep. 2009 – dec. 2015", "Maatschappelijk werker", "Stichting Welzijn Voorst",
           ["Hulpverlening aan gezinnen en alleenstaanden."],
           ("2009-09", "2015-12"), 76, False)]
RE_RATE = "€ 88,00 per uur"
cv(file="Ramon Eelderink.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Ramon Eelderink", email="r.eelderink@example.nl", phone="0570-631854", rate=RE_RATE,
   exp=re_, crit_text={"6": RE6, "8": RE8}, refs=["Marjolein Stegeman", "Bart Jan Hulshof"],
   html=dict(style="single",
             body=[("title", "Ramon Eelderink"),
                   ("eu", [("Woonplaats", ["Twello"]), ("Telefoon", ["0570-631854"]),
                           ("E-mail", ["r.eelderink@example.nl"]), ("Tarief", [RE_RATE + " (excl. btw)"])]),
                   ("h", "Werkervaring"),
                   ("eu", [(p["d"], [("b", p["t"]), p["e"]] + [("li", t) for t in p["tasks"]]) for p in re_]),
                   ("h", "Opleiding"),
                   ("eu", [("2005 – 2009", [("b", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                                            "Saxion Hogeschool, Deventer — diploma behaald"])]),
                   ("h", "Referenties"),
                   ("eu", [("1", ["Marjolein Stegeman, voorzitter raad van toezicht, Stichting Welzijn Voorst, "
                                  "06-21844570"]),
                           ("2", ["Bart Jan Hulshof, teammanager Sociaal Domein, gemeente Deventer, "
                                  "0570-693311"])])]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=119, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 0, 25),
               notes="Chromium PDF, Europass grid with the dates in the left column. Manager Welzijn, Stichting "
                     "Welzijn Voorst '2019 - nu' = 2019-01..2025-11 (83) + Coördinator Buurtteams, Gemeente "
                     "Deventer '2016 - 2019' = 2016-01..2019-12 (48); 2019 lies in both -> merged 2016-01..2025-11 "
                     "= 119 (not 131). Narrowest reading 2016-12..2019-01 (26) + 2019-12..2025-11 (72) = 98: >= 72 "
                     "either way. Maatschappelijk werker: not leading. Bachelor MWD -> mwd. No care providers, "
                     "insurer or PPS -> 0 for 7. 80 points, rate 88 -> loses the tie with Tjitske Hofstra -> "
                     "rank 4, not shortlisted."))

# ------------------------------------------------------------------------- Yasmina El Idrissi (pdf, LibreOffice)
# Dutch CV with English job titles ("Programme Manager Sociaal Domein", "Team Lead Social Domain");
# "09/2010 – 08/2014"; HBO Bestuurskunde + a master "niet afgerond"; no example of policy -> 70.
YE7 = ("Structureel overleg met zorgaanbieders in de jeugdhulp, huisartsen, zorgverzekeraar CZ en de "
       "publiek-private samenwerking (PPS) 'Apeldoorn Werkt' met werkgevers uit de regio.")
YE8 = ("Programmaleider van de transformatie van de jeugdhulp: inkoop, nieuwe toegang en de scholing van 60 "
       "professionals, in drie jaar en binnen budget.")
ye = [pos("09/2014 – heden", "Programme Manager Sociaal Domein", "Gemeente Apeldoorn",
          ["Aansturing van vier teamleiders en 55 medewerkers in Wmo, jeugd en participatie.", YE7, YE8],
          ("2014-09", REF), 135, True),
      pos("09/2010 – 08/2014", "Team Lead Social Domain", "Gemeente Voorst",
          ["Leiding aan het Wmo-team (8 consulenten) en het loket wonen, welzijn en zorg."],
          ("2010-09", "2014-08"), 48, True),
      pos("01/2007 – 08/2010", "Wmo Consultant", "Gemeente Apeldoorn",
          ["Indicatiestelling en huisbezoeken."],
          ("2007-01", "2010-08"), 44, False)]
YE_RATE = "EUR 94 per uur"
cv(file="Yasmina El Idrissi.pdf", fmt="pdf", layout="single",
   name="Yasmina El Idrissi", email="y.elidrissi@example.com", phone="06-38820516", rate=YE_RATE,
   exp=ye, crit_text={"7": YE7, "8": YE8}, refs=["Joost Wiegerinck", "Martine Oosterbroek"],
   body=[("title", "Yasmina El Idrissi"),
         ("p", "Apeldoorn | 06-38820516 | y.elidrissi@example.com | " + YE_RATE + " excl. btw"),
         ("h", "Profiel"),
         ("p", "Ervaren leidinggevende in het sociaal domein. Mijn functietitels zijn Engels, mijn werk is "
               "Nederlands: ik stuur teams aan, maak keuzes en houd het overzicht als het spannend wordt."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ye),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Saxion, Deventer — diploma 2006"),
         ("p", "Master Public Administration (deeltijd), Universiteit Twente, 2012 – 2014 — niet afgerond"),
         ("h", "Referenties"),
         ("p", "Joost Wiegerinck, directeur Maatschappelijke Ontwikkeling, gemeente Apeldoorn, 055-5802000"),
         ("p", "Martine Oosterbroek, gemeentesecretaris, gemeente Voorst, 0571-279911")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=183, refs=(2, False), zzp=False, hourly=94.0,
               crit=(0, 25, 0, 20, 25),
               notes="Dutch CV with English job titles (language nl). Programme Manager Sociaal Domein, Gemeente "
                     "Apeldoorn '09/2014 – heden' = 2014-09..2025-11 (135) + Team Lead Social Domain, Gemeente "
                     "Voorst '09/2010 – 08/2014' (48), contiguous -> 183; a team lead and a programme manager are "
                     "leading roles. Wmo Consultant: not leading. HBO Bestuurskunde diploma -> hbo; the master "
                     "'niet afgerond' adds nothing and takes nothing away -> hbo, not MWD -> 0 for 4. No example "
                     "of turning policy into projects anywhere -> 0 for 6. 70 points, rate 94 -> rank 5."))

# ------------------------------------------------------------------------- Sander Ketelaar (docx, experience table)
# Experience as a table (periode | functie | werkgever) + tasks; "01-2012 t/m 12-2018", "sinds 2021"; a 7-month
# overlap merged; HBO SPH (not MWD); no criterion 7 -> 65.
SK6 = ("Voorbeeld: het Zwartewaterlandse beleidsplan Sociaal Domein 2022-2025 heb ik met de teamleiders vertaald "
       "naar een jaarwerkplan met concrete projecten (één loket voor Wmo en jeugd in Genemuiden, vroegsignalering "
       "van schulden) en een halfjaarlijkse monitor van de resultaten voor de raad.")
SK8 = ("Projectleider van de reorganisatie van de toegang in Kampen: van vier loketten naar één jeugdteam, "
       "afgerond in 2019.")
sk = [pos("sinds 2021", "Manager Sociaal Domein", "Gemeente Zwartewaterland",
          ["Manager van de teams toegang en welzijn (27 medewerkers).", SK6],
          ("2021-01", REF), 59, True, yearonly=True),
      pos("06-2018 t/m 12-2020", "Teamleider Jeugd", "Gemeente Kampen",
          ["Leiding aan het jeugdteam (12 jeugdconsulenten).", SK8],
          ("2018-06", "2020-12"), 31, True),
      pos("01-2012 t/m 12-2018", "Coördinator Wijkteam", "Gemeente Zwolle",
          ["Coördinatie van het wijkteam Holtenbroek (10 professionals); tot eind 2018 naast de baan in Kampen."],
          ("2012-01", "2018-12"), 84, True),
      pos("09-2007 t/m 12-2011", "Jeugdconsulent", "Gemeente Zwolle",
          ["Gezinsgesprekken en toegang tot jeugdhulp."],
          ("2007-09", "2011-12"), 52, False)]
SK_RATE = "tarief € 83,25 per uur"
cv(file="Sander Ketelaar.docx", fmt="docx", layout="single",
   name="Sander Ketelaar", email="sander.ketelaar@example.nl", phone="038-4218870", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "8": SK8}, refs=["Hendrikje Mulder", "Bert Westerink"],
   body=[("title", "Sander Ketelaar"),
         ("p", "Genemuiden  ·  038-4218870  ·  sander.ketelaar@example.nl  ·  " + SK_RATE + " (excl. btw)"),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein met een praktische inslag. Ik stuur op heldere afspraken en geef "
               "teamleiders het vertrouwen om hun eigen koers te varen."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), sk),
         ("h", "Taken en resultaten"),
         ("tasks", sk),
         ("h", "Opleiding"),
         ("p", "HBO Sociaal Pedagogische Hulpverlening, Hogeschool Windesheim — diploma behaald 2007"),
         ("h", "Referenties"),
         ("p", "Hendrikje Mulder, gemeentesecretaris gemeente Zwartewaterland, 038-3851111"),
         ("p", "Bert Westerink, afdelingsmanager Samenleving, gemeente Kampen, 038-3392999")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=83.25,
               crit=(0, 25, 15, 0, 25),
               notes="Experience table Periode | Functie | Werkgever, tasks below. Coördinator Wijkteam, Gemeente "
                     "Zwolle '01-2012 t/m 12-2018' (84) and Teamleider Jeugd, Gemeente Kampen '06-2018 t/m "
                     "12-2020' (31) overlap 7 months (06..12-2018) -> 2012-01..2020-12 = 108 (not 115); Manager "
                     "Sociaal Domein, Gemeente Zwartewaterland 'sinds 2021' = 2021-01..2025-11 (59, year-only) -> "
                     "167 (narrowest 108 + 48 = 156). Jeugdconsulent: not leading. HBO SPH -> hbo, not MWD -> 0 "
                     "for 4. No care providers, insurer or PPS -> 0 for 7. 65 points, rate 83.25 -> rank 6."))

# ------------------------------------------------------------------------- Wietske Nauta (pdf, Chromium grid)
# CSS-grid sidebar; a coordinator at a hospital (not relevant) before 71 relevant months (60 <= 71 < 72):
# ko 3 pass, criterion 5 = 0; no project or change work -> 50.
WN6 = ("Voorbeeld: de Harderwijkse nota 'Oud en actief' heb ik vertaald naar een jaarwerkplan met concrete "
       "acties (wekelijkse ontmoetingsochtenden in vier wijken, huisbezoeken bij alle 80-plussers) en meetbare "
       "resultaten: het aantal bereikte ouderen steeg in 2023 met 40 procent.")
WN7 = ("Samenwerking met zorgaanbieders (wijkverpleging en dagbesteding), huisartsen, zorgverzekeraar Zilveren "
       "Kruis en een publiek-private samenwerking (PPS) met de woningcorporatie voor een buurtkamer.")
wn = [pos("januari 2020 – heden", "Coördinator Welzijn Ouderen", "Gemeente Harderwijk",
          ["Coördinatie van de ouderenadviseurs en de vrijwillige thuisbezoekers (6 beroepskrachten).", WN6, WN7],
          ("2020-01", REF), 71, True),
      pos("jan. 2019 – dec. 2019", "Wmo-consulent", "Gemeente Harderwijk",
          ["Keukentafelgesprekken."], ("2019-01", "2019-12"), 12, False),
      pos("jan. 2012 – dec. 2018", "Coördinator Zorgbemiddeling", "Ziekenhuis De IJsselvallei",
          ["Coördinatie van de transferverpleegkundigen; ontslag van patiënten naar huis of verpleeghuis."],
          ("2012-01", "2018-12"), 84, False)]
WN_RATE = "€ 79,- p/u"
cv(file="Wietske Nauta.pdf", fmt="pdf", layout="html", producer="chromium",
   name="Wietske Nauta", email="wietske.nauta@example.com", phone="0341-728406", rate=WN_RATE,
   exp=wn, crit_text={"6": WN6, "7": WN7}, refs=["Anton Brouwer", "Ria Schipper"],
   html=dict(style="grid",
             left=[("h", "Contact"), ("p", "Hierden"), ("p", "0341-728406"), ("p", "wietske.nauta@example.com"),
                   ("h", "Opleiding"), ("pb", "2007 – 2011"),
                   ("p", "Bachelor Maatschappelijk Werk en Dienstverlening"),
                   ("p", "Christelijke Hogeschool Ede, diploma behaald"),
                   ("h", "Tarief"), ("p", WN_RATE + " excl. btw")],
             right=[("title", "Wietske Nauta"),
                    ("p", "Coördinator welzijn ouderen. Warm, nuchter en goed georganiseerd."),
                    ("h", "Werkervaring"),
                    ("pos", "dateline", wn),
                    ("h", "Referenties"),
                    ("p", "Anton Brouwer, teammanager Samenleving, gemeente Harderwijk, 0341-411911"),
                    ("p", "Ria Schipper, hoofd zorgbemiddeling, Ziekenhuis De IJsselvallei, 0341-463300")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=71, refs=(2, False), zzp=False, hourly=79.0,
               crit=(15, 0, 15, 20, 0),
               notes="Chromium PDF, CSS-grid sidebar. Relevant: Coördinator Welzijn Ouderen, Gemeente Harderwijk "
                     "'januari 2020 – heden' = 2020-01..2025-11 = 71 -> >= 60 -> ko 3 pass, < 72 -> criterion 5 = "
                     "0. Coördinator Zorgbemiddeling at a hospital 'jan. 2012 – dec. 2018' (84): a coordinator, "
                     "but not at a gemeente or welzijnsstichting -> not relevant (counting it would give 155 and "
                     "criterion 5). Wmo-consulent: not leading. Bachelor MWD -> mwd. No project or change work -> "
                     "0 for 8. 50 points, rate 79 -> rank 7."))


# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Demi Schuurman (docx)
# MBO Sociaal Werk niveau 4 diploma; HBO MWD: propedeuse, then gestopt; "hbo werk- en denkniveau" -> ko 2 fail.
DS6 = ("Voorbeeld: het Nunspeetse beleidsplan 'Samen redzaam' heb ik met het wijkteam vertaald naar een jaarplan "
       "met concrete projecten (een dorpsspreekuur in Hulshorst en Vierhouten, een maatjesproject voor "
       "statushouders) en resultaten in de jaarrapportage.")
DS7 = ("Samenwerking met zorgaanbieders, de huisartsen, zorgverzekeraar VGZ en de publiek-private samenwerking "
       "(PPS) 'Nunspeet Beweegt' met sportverenigingen.")
DS8 = "Projectleider van de herinrichting van het wijkteam na de komst van de nieuwe jeugdwet."
ds = [pos("oktober 2015 – heden", "Coördinator Wijkteam", "Gemeente Nunspeet",
          ["Coördinatie van het wijkteam (11 medewerkers): werkverdeling, casusoverleg en kwaliteit.",
           DS6, DS7, DS8],
          ("2015-10", REF), 122, True),
      pos("2009 – 2015", "Medewerker Wmo-loket", "Gemeente Elburg",
          ["Eerste contact met inwoners, aanvragen Wmo."], ("2009-01", "2015-12"), 84, False, yearonly=True)]
DS_RATE = "€ 76,00 per uur"
cv(file="Demi Schuurman.docx", fmt="docx", layout="single",
   name="Demi Schuurman", email="demi.schuurman@example.nl", phone="06-19463028", rate=DS_RATE,
   exp=ds, crit_text={"6": DS6, "7": DS7, "8": DS8}, refs=["Corrie van de Pol", "Gerard Hendriksen"],
   body=[("title", "Demi Schuurman"),
         ("p", "Nunspeet  ·  06-19463028  ·  demi.schuurman@example.nl"),
         ("p", "Tarief: " + DS_RATE + " (excl. btw)"),
         ("h", "Profiel"),
         ("p", "Coördinator wijkteam met tien jaar ervaring. Ik werk op hbo werk- en denkniveau en heb de "
               "praktijk als leerschool gehad."),
         ("h", "Werkervaring"),
         ("pos", "dateline", ds),
         ("h", "Opleidingen"),
         ("p", "MBO Sociaal Werk niveau 4, Landstede Harderwijk — diploma 2006"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim (2006 – 2008): propedeuse "
               "behaald, daarna gestopt"),
         ("h", "Referenties"),
         ("p", "Corrie van de Pol, teamleider Sociaal Domein, gemeente Nunspeet, 0341-259911"),
         ("p", "Gerard Hendriksen, afdelingsmanager, gemeente Nunspeet, 0341-259922")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=122, refs=(2, False), zzp=False, hourly=76.0,
               crit=(0, 25, 15, 20, 25),
               notes="MBO Sociaal Werk niveau 4 diploma; HBO MWD only 'propedeuse behaald, daarna gestopt'; "
                     "'hbo werk- en denkniveau' is no diploma -> highest completed level mbo, no hbo bachelor -> "
                     "ko 2 fail, not MWD (an MBO Sociaal Werk is not MWD). Coördinator Wijkteam, Gemeente Nunspeet "
                     "'oktober 2015 – heden' = 2015-10..2025-11 = 122. Medewerker Wmo-loket: not leading. 85 points, "
                     "not eligible."))

# ------------------------------------------------------------------------- Frank Oosterhuis (pdf, LibreOffice Europass)
# Europass (dates cell | position cell); zzp'er, eigen onderneming, KvK-nummer -> ko 1 review.
FO6 = ("Voorbeeld: het Oldebroekse beleidsplan Wmo en jeugd heb ik omgezet in een werkplan met concrete projecten "
       "(een vaste contactpersoon per kern, een wachtlijstaanpak) en elk halfjaar een resultatenrapportage voor "
       "het college.")
FO7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de publiek-private "
       "samenwerking (PPS) 'Zorg dichtbij' met de woningcorporatie.")
FO8 = "Projectleider van de reorganisatie van het welzijnswerk in Oldebroek naar drie kernteams."
fo = [pos("02/2019 – heden", "Manager Sociaal Domein (opdracht)", "Gemeente Oldebroek",
          ["Aansturing van de teams Wmo, jeugd en welzijn (24 medewerkers).", FO6, FO7],
          ("2019-02", REF), 82, True),
      pos("05/2011 – 01/2019", "Coördinator Welzijn", "Stichting Welzijn Oldebroek",
          ["Coördinatie van het ouderenwerk en het opbouwwerk.", FO8],
          ("2011-05", "2019-01"), 93, True)]
FO_RATE = "Tarief € 97,50 per uur excl. btw"
cv(file="Frank Oosterhuis.pdf", fmt="pdf", layout="single",
   name="Frank Oosterhuis", email="frank@oosterhuissociaaladvies.example.nl", phone="06-70315528", rate=FO_RATE,
   exp=fo, crit_text={"6": FO6, "7": FO7, "8": FO8}, refs=["Jolanda Ruiter", "Wim van Essen"],
   body=[("title", "Frank Oosterhuis"),
         ("rows", [("Woonplaats", ["Wezep"]), ("Telefoon", ["06-70315528"]),
                   ("E-mail", ["frank@oosterhuissociaaladvies.example.nl"]), ("Tarief", [FO_RATE])]),
         ("p", "Sinds februari 2019 ben ik zzp'er met mijn eigen onderneming Oosterhuis Sociaal Advies "
               "(KvK-nummer 80914472)."),
         ("h", "Werkervaring"),
         ("eu_pos", fo),
         ("h", "Opleiding"),
         ("rows", [("2003 – 2007", ["HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, "
                                    "diploma behaald"])]),
         ("h", "Referenties"),
         ("p", "Jolanda Ruiter, afdelingshoofd Samenleving, gemeente Oldebroek, 0525-638200"),
         ("p", "Wim van Essen, bestuurder Stichting Welzijn Oldebroek, 0525-631100")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=175, refs=(2, False), zzp=True, hourly=97.5,
               crit=(15, 25, 15, 20, 25),
               notes="'Sinds februari 2019 ben ik zzp'er met mijn eigen onderneming ... (KvK-nummer 80914472)' -> "
                     "zzp -> ko 1 review (the tender excludes a zzp'er as inschrijver; convention: review). "
                     "Europass. Manager Sociaal Domein (opdracht), Gemeente Oldebroek '02/2019 – heden' (82) + "
                     "Coördinator Welzijn, Stichting Welzijn Oldebroek '05/2011 – 01/2019' (93), contiguous -> "
                     "175. HBO MWD diploma behaald. 100 points, not eligible (review)."))

# ------------------------------------------------------------------------- Yvette Brandsma (docx)
# "Referenties zijn op aanvraag beschikbaar", no named referee -> references review.
YB6 = ("Voorbeeld: het Heerenveense beleidsplan 'Thuis in de wijk' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een buurtcoach in elke wijk, een ontmoetingsplek in de bibliotheek) en resultaten "
       "die we elk jaar meten.")
YB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar De Friesland en een publiek-private "
       "samenwerking (PPS) met de woningcorporaties.")
YB8 = "Projectleider van de transitie van de jeugdhulp naar het sociaal team in 2015."
yb = [pos("april 2013 – heden", "Coördinator Sociaal Team", "Gemeente Heerenveen",
          ["Coördinatie van 15 professionals in Wmo, jeugd en schuldhulp.", YB6, YB7, YB8],
          ("2013-04", REF), 152, True),
      pos("augustus 2009 – maart 2013", "Maatschappelijk werker", "Stichting Welzijn Heerenveen",
          ["Kortdurende hulpverlening."], ("2009-08", "2013-03"), 44, False)]
YB_RATE = "€ 89 per uur"
cv(file="Yvette Brandsma.docx", fmt="docx", layout="single",
   name="Yvette Brandsma", email="yvette.brandsma@example.nl", phone="0513-794162", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=[],
   body=[("title", "Yvette Brandsma"),
         ("p", "Heerenveen · 0513-794162 · yvette.brandsma@example.nl · " + YB_RATE + " excl. btw"),
         ("h", "Ervaring"),
         ("pos", "next", yb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hanzehogeschool Groningen — diploma behaald 2009"),
         ("h", "Referenties"),
         ("p", "Referenties zijn op aanvraag beschikbaar.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=152, refs=(0, True), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="'Referenties zijn op aanvraag beschikbaar.' and no named referee -> count 0, on_request -> "
                     "references review (the tender asks for at least 2). Coördinator Sociaal Team, Gemeente "
                     "Heerenveen 'april 2013 – heden' = 2013-04..2025-11 = 152. Maatschappelijk werker: not "
                     "leading. Bachelor Social Work -> mwd. 100 points, not eligible (review)."))

# ------------------------------------------------------------------------- Ulrike Hammerschmidt (docx, German)
# German CV of a team lead at a Dutch gemeente (lives across the border): language fail.
UH6 = ("Beispiel: Die Strategie 'Samen Sterk' der Gemeinde habe ich in einen Jahresarbeitsplan mit konkreten "
       "Projekten umgesetzt (ein Sozialberater in jedem Dorf, eine Schuldenprävention für Familien) und die "
       "Ergebnisse halbjährlich an den Gemeinderat berichtet.")
UH7 = ("Zusammenarbeit mit Pflegeanbietern, Hausärzten, der Krankenversicherung VGZ und einer öffentlich-privaten "
       "Partnerschaft (PPS) mit der Wohnungsbaugesellschaft.")
UH8 = "Projektleiterin der Reorganisation des Sozialteams zu zwei Gebietsteams."
uh = [pos("10/2013 – 09/2025", "Teamleiterin Sozialteam (Teamleider Sociaal Team)", "Gemeente Berg en Dal",
          ["Leitung von 14 Mitarbeitenden in Wmo, Jugend und Schuldnerberatung.", UH6, UH7, UH8],
          ("2013-10", "2025-09"), 144, True),
      pos("04/2008 – 09/2013", "Sozialarbeiterin", "Caritas-Beratungsstelle Kleve",
          ["Einzelfallhilfe für Familien."], ("2008-04", "2013-09"), 66, False)]
UH_RATE = "Stundensatz: € 88,00"
cv(file="Ulrike Hammerschmidt.docx", fmt="docx", layout="single", lang="de",
   name="Ulrike Hammerschmidt", email="u.hammerschmidt@example.com", phone="+49 2821 774019", rate=UH_RATE,
   exp=uh, crit_text={"6": UH6, "7": UH7, "8": UH8}, refs=["Jeroen Hermsen", "Petra Arts"],
   body=[("title", "Ulrike Hammerschmidt"),
         ("p", "Kleve (Deutschland) · +49 2821 774019 · u.hammerschmidt@example.com · " + UH_RATE + " zzgl. MwSt."),
         ("h", "Profil"),
         ("p", "Erfahrene Teamleiterin im sozialen Bereich einer niederländischen Gemeinde. Ich führe mit "
               "Klarheit, Vertrauen und einem offenen Ohr für die Bürgerinnen und Bürger."),
         ("h", "Berufserfahrung"),
         ("pos", "datebold", uh),
         ("h", "Ausbildung"),
         ("p", "Bachelor Social Work, Hogeschool van Arnhem en Nijmegen (HAN) — Abschluss 2008"),
         ("h", "Referenzen"),
         ("p", "Jeroen Hermsen, Abteilungsleiter Soziales, Gemeente Berg en Dal, +31 24 6843000"),
         ("p", "Petra Arts, Beigeordnete für Soziales, Gemeente Berg en Dal, +31 6 11839204")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=144, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25), lang="de",
               notes="Written in German -> Dutch check fails (the tender asks for a CV 'opgesteld in het "
                     "Nederlands'). The other fields are the truth: Teamleiterin Sozialteam (Teamleider Sociaal "
                     "Team), Gemeente Berg en Dal '10/2013 – 09/2025' = 144 (she left in September 2025); "
                     "Sozialarbeiterin at Caritas: not leading, no gemeente. Dutch Bachelor Social Work (HAN) -> "
                     "hbo, mwd. Criteria 6/7/8 in German. 100 points, not eligible."))

# ------------------------------------------------------------------------- Riana van Wyk (pdf, LibreOffice, Afrikaans)
# Afrikaans CV of a South African who coordinates welfare at a Dutch gemeente: language fail.
RW6 = ("Voorbeeld: die gemeente se beleid 'Ermelo Zorgt' het ek omgeskakel in 'n jaarwerkplan met konkrete "
       "projekte ('n besoekdiens vir eensame ouer mense, 'n mantelsorg-kafee) en die resultate elke jaar aan die "
       "raad gerapporteer.")
RW7 = ("Samewerking met sorgverskaffers, huisdokters, die mediese versekeraar Menzis en 'n publiek-private "
       "vennootskap (PPS) met die behuisingskorporasie.")
RW8 = "Projekleier van die reorganisasie van die welsynspan na twee buurtspanne."
rw = [pos("Februarie 2017 – Oktober 2025", "Koördineerder Welsyn en Mantelsorg", "Gemeente Ermelo",
          ["Koördinering van 'n span van 9 welsynswerkers en 120 vrywilligers.", RW6, RW7, RW8],
          ("2017-02", "2025-10"), 105, True),
      pos("Maart 2008 – November 2015", "Maatskaplike werker", "Welsynsorganisasie Paarl-Vallei",
          ["Gesinsberading en groepswerk."], ("2008-03", "2015-11"), 93, False)]
RW_RATE = "Uurtarief: € 85,00"
cv(file="Riana van Wyk.pdf", fmt="pdf", layout="single", lang="af",
   name="Riana van Wyk", email="riana.vanwyk@example.com", phone="06-84127735", rate=RW_RATE,
   exp=rw, crit_text={"6": RW6, "7": RW7, "8": RW8}, refs=["Elsabé Nel", "Hans Hoogendoorn"],
   body=[("title", "Riana van Wyk"),
         ("p", "Ermelo · 06-84127735 · riana.vanwyk@example.com · " + RW_RATE + " (BTW uitgesluit)"),
         ("h", "Profiel"),
         ("p", "Ek is 'n ervare koördineerder in die welsynsektor. Ek bou spanne, luister na inwoners en sorg "
               "dat afsprake nagekom word. Sedert 2016 woon en werk ek in Nederland."),
         ("h", "Werkervaring"),
         ("pos", "sample", rw),
         ("h", "Opleiding"),
         ("p", "BA Sielkunde, Universiteit van Pretoria — gegradueer 2007"),
         ("h", "Verwysings"),
         ("p", "Elsabé Nel, direkteur, Welsynsorganisasie Paarl-Vallei, +27 21 8724410"),
         ("p", "Hans Hoogendoorn, afdelingshoof Samelewing, Gemeente Ermelo, 0341-567777")],
   expect=dict(pages=1, edu=("wo", True, False), coord=105, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25), lang="af",
               notes="Written in Afrikaans (close to Dutch, not Dutch) -> Dutch check fails. The other fields are "
                     "the truth: Koördineerder Welsyn en Mantelsorg, Gemeente Ermelo 'Februarie 2017 – Oktober "
                     "2025' = 2017-02..2025-10 = 105 (a coordinator of welfare at a Dutch gemeente); the social "
                     "worker post in South Africa is not leading. BA Sielkunde (university bachelor, psychology) "
                     "-> wo, not MWD -> 0 for 4. 85 points, not eligible."))

# ------------------------------------------------------------------------- Hannah Whitcombe (pdf, Chromium, English)
# English CV of a strong candidate: language fail. "Jan 2012 – Present".
HW6 = ("Example: I turned the municipal policy 'Zwolle Together' into an annual work plan with concrete projects "
       "(a neighbourhood host in every district, a debt advice desk in the library) and reported the results to "
       "the council twice a year.")
HW7 = ("Cooperation with care providers, general practitioners, the health insurer Zilveren Kruis and a "
       "public-private partnership (PPS) with the housing corporation.")
HW8 = "Project lead of the reorganisation of the district teams into one access point for residents."
hw = [pos("Jan 2012 – Present", "Manager Community Support", "Municipality of Zwolle",
          ["Managing three district teams (34 staff) in social support and youth.", HW6, HW7, HW8],
          ("2012-01", REF), 167, True),
      pos("Sep 2006 – Dec 2011", "Social worker", "Stichting Welzijn Zwolle-Zuid",
          ["Casework with families."], ("2006-09", "2011-12"), 64, False)]
HW_RATE = "Hourly rate: € 90"
cv(file="Hannah Whitcombe.pdf", fmt="pdf", layout="html", producer="chromium", lang="en",
   name="Hannah Whitcombe", email="hannah.whitcombe@example.com", phone="+31 6 29573841", rate=HW_RATE,
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Rick Mensink", "Anouk Pieterse"],
   html=dict(style="single",
             body=[("title", "Hannah Whitcombe"),
                   ("p", "Zwolle · +31 6 29573841 · hannah.whitcombe@example.com · " + HW_RATE + " (excl. VAT)"),
                   ("h", "Profile"),
                   ("p", "I am an experienced manager in the social domain who enjoys building strong teams and "
                         "keeping the residents of a town at the centre of the work."),
                   ("h", "Work experience"),
                   ("pos", "dateline", hw),
                   ("h", "Education"),
                   ("p", "Bachelor of Social Work (Maatschappelijk Werk en Dienstverlening), Windesheim University "
                         "of Applied Sciences, Zwolle, 2006"),
                   ("h", "References"),
                   ("p", "Rick Mensink, head of the social department, Municipality of Zwolle, 038-4982000"),
                   ("p", "Anouk Pieterse, alderman for care and welfare (2018–2022), Zwolle, 06-29573899")]),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=90.0,
               crit=(15, 25, 15, 20, 25), lang="en",
               notes="English CV -> Dutch check fails. The rest is the truth: Manager Community Support, "
                     "Municipality of Zwolle 'Jan 2012 – Present' = 2012-01..2025-11 = 167 (a municipality is a "
                     "gemeente); social worker: not leading. Bachelor of Social Work (MWD) -> mwd. 100 points, not "
                     "eligible."))

# ------------------------------------------------------------------------- Gerben Tiemersma (docx, 6 pages)
# A strong CV spread over six pages with page breaks: 6 > 5 -> pages fail.
GT6 = ("Voorbeeld: de Smallingerlandse nota 'Meedoen in Drachten' heb ik vertaald naar een jaarwerkplan met "
       "concrete projecten (een wijkcentrum als huiskamer, een maatjesaanpak voor jongeren) en resultaten in een "
       "jaarlijkse effectmeting.")
GT7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar De Friesland en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie voor wijkbeheer.")
GT8 = "Projectleider van de reorganisatie van het welzijnswerk tot één stichting in 2016."
gt = [pos("juni 2012 – heden", "Manager Welzijn", "Stichting Welzijn Smallingerland",
          ["Manager van 23 beroepskrachten en 350 vrijwilligers.", GT6, GT7, GT8],
          ("2012-06", REF), 162, True),
      pos("januari 2005 – mei 2012", "Opbouwwerker", "Stichting Welzijn Smallingerland",
          ["Buurtwerk in Drachten-Noord."], ("2005-01", "2012-05"), 89, False)]
GT_RATE = "€ 92,50 per uur"
cv(file="Gerben Tiemersma.docx", fmt="docx", layout="single",
   name="Gerben Tiemersma", email="gerben.tiemersma@example.nl", phone="0512-376049", rate=GT_RATE,
   exp=gt, crit_text={"6": GT6, "7": GT7, "8": GT8}, refs=["Sietse Dijkstra", "Hiltje Zandstra"],
   body=[("title", "Gerben Tiemersma"),
         ("p", "Drachten · 0512-376049 · gerben.tiemersma@example.nl"),
         ("p", "Tarief: " + GT_RATE + " (excl. btw)"),
         ("h", "Profiel"),
         ("p", "Manager welzijn die teams meeneemt en de inwoner voorop zet."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", gt[:1]),
         ("break",),
         ("pos", "sample", gt[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, NHL Hogeschool Leeuwarden — diploma behaald 2004"),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend leiderschap", "Heldere communicatie", "Analytisch en besluitvaardig"]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Sietse Dijkstra, wethouder welzijn, gemeente Smallingerland, 0512-581234"),
         ("p", "Hiltje Zandstra, voorzitter raad van toezicht, Stichting Welzijn Smallingerland, 06-37604911")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=162, refs=(2, False), zzp=False, hourly=92.5,
               crit=(15, 25, 15, 20, 25),
               notes="Six pages (page breaks between the sections) > 5 -> pages fail. Manager Welzijn, Stichting "
                     "Welzijn Smallingerland 'juni 2012 – heden' = 2012-06..2025-11 = 162. Opbouwwerker: not "
                     "leading. HBO MWD. 100 points, not eligible."))


if os.environ.get("ZEEF_H34_ONLY") == "lo":
    CVS[:] = [c for c in CVS if c.get("producer") != "chromium"]
