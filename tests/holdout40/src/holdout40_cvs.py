# -*- coding: utf-8 -*-
"""Holdout round 40 for zeef: must-not-fail. 8 fictional CVs (4 PDF, 4 DOCX), written without looking at the
pipeline's source or rules/. Every candidate is eligible; each CV gives a careless reader reasons to fail it, in
wording no earlier round used:

  - dates: "april 2016 – thans", "sedert januari 2021", dotted "03.2019 – heden", an open end "mei 2019 –",
    ISO-like "2009-09 – 2015-05", separate "Van" and "Tot" table columns, "tot op heden";
  - employers: a gemeente by its official name with commas ("Gemeente Nuenen, Gerwen en Nederwetten"),
    "Gemeente 's-Hertogenbosch", "Gemeente Súdwest-Fryslân", a renamed welfare foundation named by its current
    name with "(destijds Stichting Welzijn Veere)", a shared service of three gemeenten run by a centrumgemeente,
    a "Welzijnsstichting" written as one word;
  - roles: "Coördinatrice", "Welzijnscoördinator", "Teamleider/coördinator", "Unitmanager", "Coördinator Sociale
    Basis", "Coördinator Beschermd Wonen en Maatschappelijke Opvang";
  - degrees: a propedeuse "vrijstelling" in the diploma line, "bul met de titel baccalaureus (bc.)", an education
    table whose "Diploma" column says "ja", "judicium cum laude" without the word diploma, "Sociaal Werk" at a
    hogeschool without "hbo" or "bachelor";
  - references: side by side in a two-column table, "Achternaam, Voornaam", a label before the name;
  - criteria 6-8 in unusual but fair words (a raadsbesluit, a zorgkantoor, a pilot in phases, sprints, IPMA).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations. Built by tests/holdout2/src/build.py (through src/build40.py, which adds the "vantot"
experience table of src/layout40.py), checked by src/expected40.py (the shared
tests/holdout2/src/expected.py with its date parser taught "thans", "sedert", "03.2019", "2009-09" and an open
end "mei 2019 –"); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ------------------------------------------------------------------------- A  Hanneke Verschuur (pdf)
# Traps: "april 2016 – thans"; "Gemeente Nuenen, Gerwen en Nederwetten" (the official name, commas inside);
# the diploma line starts with "propedeuse: vrijstelling"; referees side by side in a two-column table;
# criterion 7 via a zorgkantoor and a cliëntenraad, criterion 8 as a pilot in phases (no "project" word).
HV6 = ("Van raadsbesluit naar resultaat: het raadsbesluit 'Gezond Samen Geldrop-Mierlo' (2021) heb ik uitgewerkt "
       "tot een uitvoeringsagenda met zes wijkacties; de opbrengst na twee jaar: een buurtsportcoach in elke wijk "
       "en een kwart minder verwijzingen naar specialistische jeugdhulp.")
HV7 = ("Aan tafel met huisartsen en wijkverpleging, het zorgkantoor van VGZ, de cliëntenraad en, in een "
       "publiek-private samenwerking, een woningcorporatie en een bouwbedrijf voor de 'Zorgzame Buurt' in "
       "Mierlo-Hout.")
HV8 = ("Trekker van de pilot 'Welzijn op Recept' in drie fasen (proef, opschaling, borging), met een plan van "
       "aanpak, een stuurgroep en een tussentijdse evaluatie na elke fase.")
hv = [pos("april 2016 – thans", "Manager Zorg en Welzijn", "Gemeente Geldrop-Mierlo",
          ["Leiding aan het cluster zorg en welzijn (16 medewerkers): formatie, werving en selectie, budget.",
           HV6, HV7, HV8], ("2016-04", REF), 116, True),
      pos("januari 2011 – maart 2016", "Teamleider Wmo en Jeugd", "Gemeente Nuenen, Gerwen en Nederwetten",
          ["Leiding aan tien consulenten Wmo en jeugd; keukentafelgesprekken, toegang en budgetbewaking."],
          ("2011-01", "2016-03"), 63, True),
      pos("september 2006 – december 2010", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Eindhoven",
          ["Hulpverlening aan gezinnen met schulden en opvoedvragen."], ("2006-09", "2010-12"), 52, False)]
HV_RATE = "Uurtarief: € 88,50 (exclusief btw)"
HV_EDU = ("HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Fontys Hogeschool Eindhoven — propedeuse: "
          "vrijstelling op grond van mijn mbo-diploma SPW; diploma 2006")
cv(file="Hanneke Verschuur.pdf", fmt="pdf", layout="single",
   name="Hanneke Verschuur", email="hanneke.verschuur@example.nl", phone="06-48203917", rate=HV_RATE,
   exp=hv, crit_text={"6": HV6, "7": HV7, "8": HV8}, refs=["Monique van Asten", "Peter Swinkels"],
   must_have=["april 2016 – thans", "Gemeente Nuenen, Gerwen en Nederwetten", HV_EDU, "Referent 1", "Referent 2"],
   body=[("title", "Hanneke Verschuur"),
         ("p", "Geldrop  |  06-48203917  |  hanneke.verschuur@example.nl"),
         ("pb", HV_RATE),
         ("h", "Profiel"),
         ("p", "Manager zorg en welzijn met een achtergrond in het maatschappelijk werk. Ik houd van korte lijnen "
               "tussen raad, college en de mensen in de wijk, en van teams die zelf verantwoordelijkheid nemen."),
         ("h", "Werkervaring"),
         ("pos", "datebold", hv),
         ("h", "Opleiding"),
         ("p", HV_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk, ROC Eindhoven — diploma 2001"),
         ("h", "Referenties"),
         ("table", ("Referent 1", "Referent 2"),
          [("Monique van Asten", "Peter Swinkels"),
           ("afdelingsmanager Sociaal Domein", "oud-afdelingshoofd Samenleving"),
           ("gemeente Geldrop-Mierlo", "gemeente Nuenen, Gerwen en Nederwetten"),
           ("06-48203918", "06-48203919")])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="Eligible (must not fail). Manager Zorg en Welzijn, Gemeente Geldrop-Mierlo 'april 2016 – "
                     "thans' ('thans' = now, an open end) = 2016-04..2025-11 = 9 + 96 + 11 = 116 + Teamleider Wmo "
                     "en Jeugd, Gemeente Nuenen, Gerwen en Nederwetten (the official name of the gemeente Nuenen: "
                     "the commas belong to the name) 2011-01..2016-03 = 60 + 3 = 63; no overlap -> 179 (>= 60 ko 3, "
                     ">= 72 criterion 5). Without 'thans' 63 (criterion 5 lost); without the Nuenen employer 116. "
                     "Maatschappelijk werker: not leading. Education: 'HBO Maatschappelijk Werk en Dienstverlening "
                     "... — propedeuse: vrijstelling op grond van mijn mbo-diploma SPW; diploma 2006': the "
                     "propedeuse was exempted, the diploma obtained -> completed hbo, MWD (ko 2 pass, criterion 4). "
                     "References: a two-column table, Referent 1 | Referent 2, each column one person (name, "
                     "function, organisation, phone) -> 2. Criterion 6: raadsbesluit -> uitvoeringsagenda -> "
                     "results; 7: huisartsen and wijkverpleging (care providers), the zorgkantoor of insurer VGZ, "
                     "the cliëntenraad, a publiek-private samenwerking; 8: a pilot in three phases with a plan van "
                     "aanpak, stuurgroep and evaluations (project-based work without the word 'project'). 100 "
                     "points, EUR 88,50 -> rank 1."))

# ------------------------------------------------------------------------- B  Ria Hoogstraten (docx)
# Traps: "bc." after the name; the degree only as "bul met de titel baccalaureus (bc.)" (no hbo / bachelor /
# diploma word); "sedert januari 2021"; the coordinator years at a welfare foundation named by its current name
# "Walcherse Kracht (destijds Stichting Welzijn Veere)"; references as "Achternaam, Voornaam".
RH6 = ("Beleid dat landt: de Vlissingse 'Koers Sociaal Domein 2021–2024' heb ik per wijk uitgewerkt tot concrete "
       "afspraken; resultaat: een inloopspreekuur in elk wijkcentrum en 30 % meer bereik onder kwetsbare ouderen.")
RH7 = ("Overleg en afspraken met zorgaanbieders (thuiszorg, GGZ), de Zeeuwse patiëntenfederatie, zorgverzekeraar CZ "
       "en de partners van de publiek-private samenwerking 'Zorgcampus Vlissingen'.")
rh = [pos("sedert januari 2021", "Teamleider Wijkteams", "Gemeente Vlissingen",
          ["Leiding aan drie wijkteams (24 medewerkers): formatie, werving, roosters en budget.", RH6, RH7],
          ("2021-01", REF), 59, True),
      pos("januari 2018 – december 2020", "Adviseur Sociaal Domein", "Gemeente Vlissingen",
          ["Advies aan het college over de Wmo en de jeugdhulp; geen leidinggevende taken."],
          ("2018-01", "2020-12"), 36, False),
      pos("09/2012 – 12/2017", "Coördinator Ouderenwerk", "Walcherse Kracht (destijds Stichting Welzijn Veere)",
          ["Aansturing van zes ouderenadviseurs en 80 vrijwilligers; de ouderensociëteiten in de kernen van Veere."],
          ("2012-09", "2017-12"), 64, True),
      pos("09/2006 – 08/2012", "Ouderenadviseur", "Walcherse Kracht (destijds Stichting Welzijn Veere)",
          ["Huisbezoeken en advies aan ouderen in Domburg, Westkapelle en Serooskerke."],
          ("2006-09", "2012-08"), 72, False),
      pos("september 1996 – augustus 2006", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Walcheren",
          ["Individuele hulpverlening aan volwassenen en gezinnen."], ("1996-09", "2006-08"), 120, False)]
RH_RATE = "Tarief € 84,- per uur, excl. btw"
RH_EDU = ("Maatschappelijk Werk en Dienstverlening, Hogeschool Zeeland, Vlissingen, 1992 – 1996 — bul met de titel "
          "baccalaureus (bc.)")
cv(file="Ria Hoogstraten.docx", fmt="docx", layout="single",
   name="Ria Hoogstraten", email="ria.hoogstraten@example.nl", phone="06-27481930", rate=RH_RATE,
   exp=rh, crit_text={"6": RH6, "7": RH7}, refs=["Dekker, Marijke", "Van den Broeke, Jos"],
   must_have=["Ria Hoogstraten bc.", RH_EDU, "sedert januari 2021"],
   body=[("title", "Ria Hoogstraten bc."),
         ("p", "Middelburg  ·  06-27481930  ·  ria.hoogstraten@example.nl"),
         ("pb", RH_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider wijkteams bij de gemeente Vlissingen, daarvoor jaren in het ouderenwerk op Walcheren. "
               "Ik zoek de verbinding tussen inwoners, professionals en bestuur."),
         ("h", "Werkervaring"),
         ("pos", "dateline", rh),
         ("h", "Opleiding"),
         ("p", RH_EDU),
         ("h", "Referenties"),
         ("p", "Dekker, Marijke — directeur-bestuurder Walcherse Kracht, 06-27481931"),
         ("p", "Van den Broeke, Jos — afdelingshoofd Samenleving, gemeente Vlissingen, 06-27481932")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=123, refs=(2, False), zzp=False, hourly=84.0,
               crit=(15, 25, 15, 20, 0),
               notes="Eligible (must not fail). Teamleider Wijkteams, Gemeente Vlissingen 'sedert januari 2021' "
                     "(sedert = sinds, open end) = 2021-01..2025-11 = 48 + 11 = 59 + Coördinator Ouderenwerk, "
                     "'Walcherse Kracht (destijds Stichting Welzijn Veere)' 09/2012..12/2017 = 4 + 60 = 64 -> 123. "
                     "The foundation was called Stichting Welzijn Veere when she worked there (the CV says so on "
                     "the employer line); it is the same welfare foundation under its later name -> relevant. "
                     "Without it 59 < 60 (a wrong ko 3 fail); without 'sedert' 64 (criterion 5 lost). Adviseur "
                     "Sociaal Domein ('geen leidinggevende taken'), Ouderenadviseur, Maatschappelijk werker: not "
                     "leading. Education: 'Maatschappelijk Werk en Dienstverlening, Hogeschool Zeeland, 1992 – "
                     "1996 — bul met de titel baccalaureus (bc.)': the bul is the diploma, bc. the title of an hbo "
                     "graduate before 2002 (also after her name) -> completed hbo, MWD. Name 'Ria Hoogstraten' "
                     "(bc. is a title, not part of the name). References 'Dekker, Marijke — …' and 'Van den "
                     "Broeke, Jos — …': surname first, two people -> 2. No project or change work anywhere -> "
                     "criterion 8 = 0. 75 points, EUR 84 -> rank 8 (tie at 75 with Yvonne Kampstra, lost on "
                     "rate)."))

# ------------------------------------------------------------------------- C  Gerrit-Jan Hoftijzer (pdf)
# Traps: dotted dates "03.2019 – heden", "09.2013 – 02.2019"; the current employer is a shared service of three
# gemeenten ("Sociaal Team Oost-Achterhoek"), its staff employed by the centrumgemeente Winterswijk (said in the
# first bullet); the degree in an education table whose "Diploma" column says "ja".
GH6 = ("Uit de nota, de wijk in: de regiovisie 'Jeugd in de Achterhoek' heb ik voor het sociaal team omgezet in een "
       "jaarwerkplan met vier concrete projecten; resultaat: de wachttijd voor jeugdhulp ging van veertien naar zes "
       "weken.")
GH7 = ("Partners: jeugdhulpaanbieders, de huisartsencoöperatie, ouder- en cliëntvertegenwoordigers, zorgverzekeraar "
       "Menzis en de PPS van het Kindcentrum Winterswijk (gemeente, schoolbestuur en een particuliere kinderopvang).")
GH8 = ("Veranderopgave: van drie gemeentelijke teams naar één regionale dienst, met mij als trekker; fasering, "
       "mijlpalen en een stuurgroep van de drie wethouders.")
gh = [pos("03.2019 – heden", "Teamleider Sociaal Team",
          "Sociaal Team Oost-Achterhoek (gezamenlijke dienst van de gemeenten Berkelland, Oost Gelre en Winterswijk)",
          ["In dienst van de gemeente Winterswijk, die als centrumgemeente het sociaal team voor de drie gemeenten "
           "uitvoert; leiding aan 22 medewerkers Wmo, jeugd en participatie.", GH6, GH7, GH8],
          ("2019-03", REF), 81, True),
      pos("09.2013 – 02.2019", "Coördinator Jeugd en Gezin", "Gemeente Oost Gelre",
          ["Coördinatie van het jeugd- en gezinsteam (8 medewerkers) en de casusoverleggen met scholen."],
          ("2013-09", "2019-02"), 66, True),
      pos("08.2007 – 08.2013", "Jeugdconsulent", "Gemeente Winterswijk",
          ["Gesprekken met gezinnen, indicaties en begeleiding."], ("2007-08", "2013-08"), 73, False)]
GH_RATE = "€ 91,00 per uur (excl. btw)"
cv(file="Gerrit-Jan Hoftijzer.pdf", fmt="pdf", layout="single",
   name="Gerrit-Jan Hoftijzer", email="gj.hoftijzer@example.nl", phone="06-51938270", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7, "8": GH8}, refs=["Henk Wolsink", "Ellen Tjoonk"],
   must_have=["03.2019 – heden", "centrumgemeente", "Diploma"],
   body=[("title", "Gerrit-Jan Hoftijzer"),
         ("rows", [("Woonplaats", ["Lichtenvoorde"]), ("Telefoon", ["06-51938270"]),
                   ("E-mail", ["gj.hoftijzer@example.nl"]), ("Uurtarief", [GH_RATE])]),
         ("h", "Profiel"),
         ("p", "Teamleider van een sociaal team dat drie Achterhoekse gemeenten samen hebben ingericht. Ik werk "
               "vanuit het perspectief van de inwoner en breng rust en richting in een team dat groeit."),
         ("h", "Werkervaring"),
         ("eu_pos", gh),
         ("h", "Opleiding"),
         ("table", ("Opleiding", "Instelling", "Periode", "Diploma"),
          [("Bachelor Social Work", "Saxion Hogeschool, Enschede", "2003 – 2007", "ja"),
           ("MBO Sociaal-Agogisch Werk", "ROC Oost-Nederland, Doetinchem", "1999 – 2003", "ja")])]
   + refs_block("Henk Wolsink, afdelingsmanager Sociaal Domein, gemeente Winterswijk, 06-51938271",
                "Ellen Tjoonk, wethouder Jeugd, gemeente Oost Gelre, 06-51938272"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="Eligible (must not fail). Dotted month.year dates. Teamleider Sociaal Team, 'Sociaal Team "
                     "Oost-Achterhoek (gezamenlijke dienst van de gemeenten Berkelland, Oost Gelre en "
                     "Winterswijk)' '03.2019 – heden' = 2019-03..2025-11 = 10 + 60 + 11 = 81: a shared service of "
                     "three gemeenten; the first bullet says he is 'in dienst van de gemeente Winterswijk, die als "
                     "centrumgemeente het sociaal team ... uitvoert' -> employer a gemeente, social domain, "
                     "leading -> relevant. Coördinator Jeugd en Gezin, Gemeente Oost Gelre '09.2013 – 02.2019' = "
                     "2013-09..2019-02 = 4 + 60 + 2 = 66. Sum 147 (no overlap). Without the shared service 66 "
                     "(criterion 5 lost); read as year-only dates it would be 155. Jeugdconsulent: not leading. "
                     "Education table: 'Bachelor Social Work | Saxion Hogeschool | 2003 – 2007 | ja' under the "
                     "column 'Diploma' -> completed, MWD line -> ko 2 pass, criterion 4. 100 points, EUR 91 -> "
                     "rank 2."))

# ------------------------------------------------------------------------- D  Anouk Stavenuiter (docx) sidebar
# Traps: an open end written as a bare dash, "mei 2019 –"; "Gemeente 's-Hertogenbosch"; "Coördinatrice"; the
# degree as "2005 – 2009 — judicium cum laude" (no diploma word); criterion 8 as sprints (scrum).
AS7 = ("Netwerk: huisartsen en praktijkondersteuners, jeugdhulpaanbieders, de patiëntenvereniging, "
       "zorgverzekeraar CZ en de publiek-private samenwerking rond het Gezondheidshuis Vught.")
AS8 = ("Wendbaar werken: de vernieuwing van de toegang jeugd heb ik in zes sprints van vier weken begeleid "
       "(backlog, sprintreviews, retrospectives), als scrum master van het kernteam.")
ast = [pos("mei 2019 –", "Teamleider Jeugd en Gezin", "Gemeente 's-Hertogenbosch",
           ["Leiding aan twee jeugd- en gezinsteams (19 medewerkers); formatie, werving en budget.", AS7, AS8],
           ("2019-05", REF), 79, True),
       pos("januari 2014 – april 2019", "Coördinatrice Mantelzorg en Vrijwilligers",
           "Stichting Welzijnswerk Vught-Cromvoirt",
           ["Aansturing van vier consulenten en 150 vrijwilligers; het steunpunt mantelzorg."],
           ("2014-01", "2019-04"), 64, True),
       pos("september 2009 – december 2013", "Mantelzorgconsulent", "Stichting Welzijnswerk Vught-Cromvoirt",
           ["Ondersteuning van mantelzorgers thuis en in groepen."], ("2009-09", "2013-12"), 52, False)]
AS_RATE = "Tarief: € 86,- per uur excl. btw"
AS_EDU = "Social Work (hbo-bachelor), Avans Hogeschool 's-Hertogenbosch, 2005 – 2009 — judicium cum laude"
cv(file="Anouk Stavenuiter.docx", fmt="docx", layout="sidebar",
   name="Anouk Stavenuiter", email="a.stavenuiter@example.nl", phone="06-39182746", rate=AS_RATE,
   exp=ast, crit_text={"7": AS7, "8": AS8}, refs=["Sandra Verhoeven", "Ton van Gils"],
   must_have=["mei 2019 –", "Gemeente 's-Hertogenbosch", AS_EDU],
   left=[("h", "Contact"), ("p", "Vught"), ("p", "06-39182746"), ("p", "a.stavenuiter@example.nl"),
         ("h", "Tarief"), ("p", AS_RATE),
         ("h", "Talen"), ("p", "Nederlands (moedertaal)"), ("p", "Engels (goed)"),
         ("h", "Sterk in"), ("p", "Verbinden"), ("p", "Coachen"), ("p", "Knopen doorhakken")],
   right=[("title", "Anouk Stavenuiter"),
          ("h", "Profiel"),
          ("p", "Teamleider jeugd en gezin in 's-Hertogenbosch. Ik geef teams ruimte en houd de koers vast, met "
                "de gezinnen in de wijk als maatstaf."),
          ("h", "Werkervaring"),
          ("pos", "sample", ast),
          ("h", "Opleiding"),
          ("p", AS_EDU)]
   + refs_block("Sandra Verhoeven, sectorhoofd Jeugd, gemeente 's-Hertogenbosch, 06-39182747",
                "Ton van Gils, directeur Stichting Welzijnswerk Vught-Cromvoirt, 06-39182748"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="Eligible (must not fail). Teamleider Jeugd en Gezin, Gemeente 's-Hertogenbosch 'mei 2019 –' "
                     "(a dash with nothing after it: an open end, which the contract counts to the reference "
                     "date) = 2019-05..2025-11 = 8 + 60 + 11 = 79 + Coördinatrice (the female form of "
                     "coördinator) Mantelzorg en Vrijwilligers, Stichting Welzijnswerk Vught-Cromvoirt "
                     "2014-01..2019-04 = 60 + 4 = 64 -> 143. Without the open end 64 (criterion 5 lost); without "
                     "the coördinatrice 79. Mantelzorgconsulent: not leading. Education: 'Social Work "
                     "(hbo-bachelor), Avans Hogeschool 's-Hertogenbosch, 2005 – 2009 — judicium cum laude': a "
                     "judicium is given at graduation (cum laude = with distinction) -> completed, MWD. Criterion "
                     "8: the vernieuwing of the toegang jeugd in six sprints as scrum master (a change task in "
                     "project form). No policy-to-results example anywhere -> criterion 6 = 0. 85 points, EUR 86 "
                     "-> rank 5 (tie at 85 with Bram Oosterwijk, lost on rate)."))

# ------------------------------------------------------------------------- E  Bram Oosterwijk (pdf)
# Traps: experience as a Word table with separate "Van" and "Tot" columns, a merged row with the tasks under each
# position (block "vantot", src/layout40.py); "Coördinator Sociale Basis" (no welzijn /
# zorg / Wmo word in the title); "Gemeente Súdwest-Fryslân". HBO Bestuurskunde: not MWD (criterion 4 = 0).
BO6 = ("Beleid met resultaat: het beleidskader 'Mienskip en Meedoen' (2018) vertaald naar een werkplan met acht "
       "dorpsprojecten; resultaat: twaalf nieuwe dorpsteams van vrijwilligers en een ontmoetingsplek in elke kern "
       "boven de 1.000 inwoners.")
BO7 = ("Zorgaanbieders (thuiszorg, GGZ Friesland), de patiëntenraad van het ziekenhuis in Sneek, zorgverzekeraar De "
       "Friesland en de PPS 'Zorgdorp Workum' (gemeente, zorgaanbieder en een projectontwikkelaar).")
BO8 = ("Projectmatig volgens IPMA: ik leidde de samenvoeging van de welzijnstaken van de voormalige gemeenten na de "
       "herindeling van 2018, in vier fasen met een stuurgroep.")
bo = [pos("04-2017 heden", "Coördinator Sociale Basis", "Gemeente Súdwest-Fryslân",
          ["Coördinatie van het welzijnswerk in de sociale basis: buurtwerk, ouderenwerk, mantelzorg- en "
           "vrijwilligersondersteuning in 40 dorpen; leiding aan elf dorpencoaches.", BO6, BO7, BO8],
          ("2017-04", REF), 104, True),
      pos("01-2012 03-2017", "Teamleider Buurtwerk", "Stichting Welzijn Sneek en Omstreken",
          ["Leiding aan zeven buurtwerkers en de buurthuizen in Sneek-Noord."], ("2012-01", "2017-03"), 63, True),
      pos("09-2005 12-2011", "Opbouwwerker", "Stichting Welzijn Sneek en Omstreken",
          ["Bewonersinitiatieven en dorpsbelangen ondersteunen."], ("2005-09", "2011-12"), 76, False)]
BO_RATE = "Uurtarief € 82,50 excl. btw"
cv(file="Bram Oosterwijk.pdf", fmt="pdf", layout="single",
   name="Bram Oosterwijk", email="bram.oosterwijk@example.com", phone="06-72815093", rate=BO_RATE,
   exp=bo, crit_text={"6": BO6, "7": BO7, "8": BO8}, refs=["Sietske Hoekstra", "Jan Willem Bosma"],
   must_have=["Van", "Tot", "Gemeente Súdwest-Fryslân", "Coördinator Sociale Basis"],
   body=[("title", "Bram Oosterwijk"),
         ("p", "Sneek  |  06-72815093  |  bram.oosterwijk@example.com"),
         ("pb", BO_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van de sociale basis in een plattelandsgemeente met veertig dorpen. Ik werk het "
               "liefst dicht bij de dorpen, met vrijwilligers en professionals samen."),
         ("h", "Werkervaring"),
         ("vantot", bo),
         ("h", "Opleiding"),
         ("p", "Bachelor Bestuurskunde (Overheidsmanagement), NHL Hogeschool Leeuwarden — diploma 2005")]
   + refs_block("Sietske Hoekstra, teamleider Sociaal Domein, gemeente Súdwest-Fryslân, 06-72815094",
                "Jan Willem Bosma, directeur Stichting Welzijn Sneek en Omstreken, 06-72815095"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 25, 15, 20, 25),
               notes="Eligible (must not fail). Experience table 'Van | Tot | Functie | Werkgever' (start and end in "
                     "separate cells). '04-2017 | heden | Coördinator Sociale Basis | Gemeente Súdwest-Fryslân' = "
                     "2017-04..2025-11 = 9 + 84 + 11 = 104: the sociale basis is the welfare part of the social "
                     "domain (the task line: welzijnswerk, buurtwerk, ouderenwerk, mantelzorg; leiding aan elf "
                     "dorpencoaches) at a gemeente -> relevant. '01-2012 | 03-2017 | Teamleider Buurtwerk | "
                     "Stichting Welzijn Sneek en Omstreken' = 60 + 3 = 63 -> 167. Without the first row 63 "
                     "(criterion 5 lost). Opbouwwerker: not leading. Bachelor Bestuurskunde (diploma): completed "
                     "hbo, not MWD -> ko 2 pass, criterion 4 = 0. 85 points, EUR 82,50 -> rank 4."))

# ------------------------------------------------------------------------- F  Yvonne Kampstra (docx)
# Traps: the only leading role as one compound word, "Welzijnscoördinator", with "tot op heden"; "Sociaal Werk
# (deeltijd), Hanzehogeschool Groningen" without "hbo" or "bachelor" next to an MBO line. 63 months: ko 3 hangs
# on this one position.
YK6 = ("Voorbeeld beleid → praktijk: het armoedebeleid 'Meedoen in Opsterland' omgezet in drie concrete projecten "
       "(zwemles voor elk kind, een kledingbank, een schuldhulpmaatje per dorp); resultaat: 40 % meer kinderen uit "
       "gezinnen met een laag inkomen sporten bij een vereniging.")
YK7 = ("Werkt samen met zorgaanbieders, huisartsen, de cliëntenraad Wmo, zorgverzekeraar De Friesland en een "
       "publiek-private samenwerking voor het dorpshuis met zorgsteunpunt in Gorredijk.")
YK8 = ("Veranderopgave 'Dorpen aan zet': de omslag van aanbodgericht naar vraaggericht welzijnswerk geleid, met een "
       "projectplan, drie werkgroepen en een evaluatie na een jaar.")
yk = [pos("september 2020 tot op heden", "Welzijnscoördinator", "Gemeente Opsterland",
          ["Leiding aan het welzijnsteam van de gemeente (7 medewerkers) en regie op de welzijnsopdracht aan de "
           "stichting.", YK6, YK7, YK8], ("2020-09", REF), 63, True),
      pos("maart 2012 – augustus 2020", "Opbouwwerker", "Stichting Welzijn Opsterland",
          ["Dorpsbelangen, bewonersinitiatieven en jongerenwerk in Gorredijk en Beetsterzwaag."],
          ("2012-03", "2020-08"), 102, False),
      pos("juni 2004 – februari 2012", "Activiteitenbegeleider", "Woonzorgcentrum De Hoeve, Gorredijk",
          ["Dagbesteding voor ouderen."], ("2004-06", "2012-02"), 93, False)]
YK_RATE = "Uurtarief: € 79,50 (excl. btw)"
YK_EDU = "Sociaal Werk (deeltijd), Hanzehogeschool Groningen — diploma 2016"
cv(file="Yvonne Kampstra.docx", fmt="docx", layout="single",
   name="Yvonne Kampstra", email="yvonne.kampstra@example.nl", phone="06-20573816", rate=YK_RATE,
   exp=yk, crit_text={"6": YK6, "7": YK7, "8": YK8}, refs=["Tjitske de Haan", "Gerard Postma"],
   must_have=[YK_EDU, "Welzijnscoördinator | Gemeente Opsterland", "september 2020 tot op heden"],
   body=[("title", "Yvonne Kampstra"),
         ("p", "Gorredijk  |  06-20573816  |  yvonne.kampstra@example.nl"),
         ("pb", YK_RATE),
         ("h", "Profiel"),
         ("p", "Welzijnscoördinator bij de gemeente Opsterland. Eerst jaren opbouwwerker in de dorpen, daarna "
               "naast mijn werk de hbo-opleiding gedaan en de stap naar leidinggeven gezet."),
         ("h", "Werkervaring"),
         ("pos", "pipe", yk),
         ("h", "Opleiding"),
         ("p", YK_EDU),
         ("p", "MBO Sociaal-Cultureel Werk (niveau 4), Friesland College — diploma 2004")]
   + refs_block("Tjitske de Haan, afdelingshoofd Mens en Maatschappij, gemeente Opsterland, 06-20573817",
                "Gerard Postma, directeur Stichting Welzijn Opsterland, 06-20573818"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=63, refs=(2, False), zzp=False, hourly=79.5,
               crit=(15, 0, 15, 20, 25),
               notes="Eligible (must not fail). The only leading role: 'Welzijnscoördinator | Gemeente Opsterland', "
                     "'september 2020 tot op heden' = 2020-09..2025-11 = 4 + 48 + 11 = 63 (>= 60: ko 3 pass; < 72: "
                     "criterion 5 = 0). Welzijnscoördinator is coördinator + welzijn in one word; the task line: "
                     "leiding aan het welzijnsteam (7 medewerkers). Without it 0 months -> a wrong ko 3 fail. "
                     "Opbouwwerker, Activiteitenbegeleider: not leading. Education: 'Sociaal Werk (deeltijd), "
                     "Hanzehogeschool Groningen — diploma 2016': the hbo bachelor Sociaal Werk (Social Work, the "
                     "MWD line) at a hogeschool (the profile: 'de hbo-opleiding'), not the MBO Sociaal Werk -> "
                     "completed hbo, MWD -> ko 2 pass, criterion 4. 75 points, EUR 79,50 -> rank 7 (tie at 75 "
                     "with Ria Hoogstraten, won on rate)."))

# ------------------------------------------------------------------------- G  Mirjam Dolleman (pdf)
# Traps: a slash title "Teamleider/coördinator Wmo-loket"; ISO-like periods "2009-09 – 2015-05"; the welfare
# foundation as one word, "Welzijnsstichting De Wering"; referees with a label before the name.
MD6 = ("Beleidsdoel → resultaat (voorbeeld): het Wmo-beleidsplan 'Schagen Samen Sterk' vertaald naar een jaarplan "
       "voor het Wmo-loket; resultaat: een keukentafelgesprek binnen twee weken bij 95 % van de meldingen (was "
       "60 %).")
MD7 = ("Zorgaanbieders in de regio, huisartsen, de Wmo-adviesraad en cliëntvertegenwoordigers, zorgverzekeraar VGZ "
       "en de PPS 'Zorgpunt Schagen' (gemeente, woningcorporatie en een private zorgaanbieder).")
MD8 = ("Projectleider 'Eén loket': de invoering van één digitaal en fysiek Wmo-loket in 2019 en 2020, met "
       "projectplan, begroting, planning en de overdracht aan de lijn.")
md = [pos("juni 2015 – heden", "Teamleider/coördinator Wmo-loket", "Gemeente Schagen",
          ["Leiding aan twaalf Wmo-consulenten en drie administratief medewerkers; formatie en budget.",
           MD6, MD7, MD8], ("2015-06", REF), 126, True),
      pos("2009-09 – 2015-05", "Coördinator Buurtwerk", "Welzijnsstichting De Wering, Den Helder",
          ["Aansturing van vijf buurtwerkers en de vrijwilligers in drie buurthuizen."],
          ("2009-09", "2015-05"), 69, True),
      pos("2004-08 – 2009-08", "Buurtwerker", "Welzijnsstichting De Wering, Den Helder",
          ["Activiteiten voor jongeren en ouderen in Nieuw-Den Helder."], ("2004-08", "2009-08"), 61, False)]
MD_RATE = "Tarief: € 93,00 per uur (excl. btw)"
cv(file="Mirjam Dolleman.pdf", fmt="pdf", layout="single",
   name="Mirjam Dolleman", email="mirjam.dolleman@example.nl", phone="06-84620193", rate=MD_RATE,
   exp=md, crit_text={"6": MD6, "7": MD7, "8": MD8}, refs=["Kees Bakker", "Fatma Özdemir-Kuipers"],
   must_have=["Teamleider/coördinator Wmo-loket", "2009-09 – 2015-05", "Welzijnsstichting De Wering"],
   body=[("title", "Mirjam Dolleman"),
         ("p", "Schagen  |  06-84620193  |  mirjam.dolleman@example.nl"),
         ("pb", MD_RATE),
         ("h", "Profiel"),
         ("p", "Leidinggevende van het Wmo-loket in Schagen, met het buurtwerk als basis. Ik maak van regels "
               "iets wat inwoners begrijpen en van een team een geheel."),
         ("h", "Werkervaring"),
         ("pos", "next", md),
         ("h", "Opleiding"),
         ("p", "Hbo-bachelor Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool Inholland Alkmaar — "
               "diploma 2004")]
   + refs_block("Huidige leidinggevende: Kees Bakker, afdelingsmanager Samenleving, gemeente Schagen, 06-84620194",
                "Oud-directeur: Fatma Özdemir-Kuipers, Welzijnsstichting De Wering, 06-84620195"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=195, refs=(2, False), zzp=False, hourly=93.0,
               crit=FULL,
               notes="Eligible (must not fail). 'Teamleider/coördinator Wmo-loket', Gemeente Schagen 'juni 2015 – "
                     "heden' = 2015-06..2025-11 = 7 + 108 + 11 = 126 + Coördinator Buurtwerk, 'Welzijnsstichting "
                     "De Wering, Den Helder' (welzijnsstichting in one word) '2009-09 – 2015-05' (year-month) = "
                     "2009-09..2015-05 = 4 + 60 + 5 = 69 -> 195. Without the slash title 69 (criterion 5 lost); "
                     "without the ISO-like period 126. Buurtwerker: not leading. Hbo-bachelor MWD, diploma 2004. "
                     "References: 'Huidige leidinggevende: Kees Bakker, …' and 'Oud-directeur: Fatma "
                     "Özdemir-Kuipers, …' -> 2 people. 100 points, EUR 93 -> rank 3 (tie at 100, highest rate)."))

# ------------------------------------------------------------------------- H  Kevin Draaisma (docx) header
# Traps: "Coördinator Beschermd Wonen en Maatschappelijke Opvang" (Wmo tasks without the words welzijn / zorg /
# sociaal in the title); "Unitmanager Ouderen en Mantelzorg"; 64 + 70: each position alone is under 72.
# Contact only in the page header. No criterion 7 evidence anywhere.
KD6 = ("Van beleid naar resultaat: de regionale 'Koers Beschermd Thuis' omgezet in een uitvoeringsplan met vijf "
       "concrete projecten; resultaat: 35 bewoners van een beschermd-wonenvoorziening wonen nu zelf, met "
       "begeleiding aan huis.")
KD8 = ("Projectleider van de overgang van beschermd wonen naar 'beschermd thuis', van startnotitie tot evaluatie.")
kd = [pos("augustus 2020 – heden", "Coördinator Beschermd Wonen en Maatschappelijke Opvang", "Gemeente Apeldoorn",
          ["Leiding aan het team van negen consulenten dat voor zes gemeenten de Wmo-toegang tot beschermd wonen "
           "en maatschappelijke opvang verzorgt; plaatsingen, budget en formatie.", KD6, KD8],
          ("2020-08", REF), 64, True),
      pos("oktober 2014 – juli 2020", "Unitmanager Ouderen en Mantelzorg", "Stichting Welzijn Apeldoorn-Noord",
          ["Leiding aan de unit ouderenwerk en mantelzorg (14 medewerkers, 200 vrijwilligers) en haar begroting."],
          ("2014-10", "2020-07"), 70, True),
      pos("januari 2009 – september 2014", "Ouderenadviseur", "Stichting Welzijn Apeldoorn-Noord",
          ["Huisbezoeken en advies aan ouderen en hun mantelzorgers."], ("2009-01", "2014-09"), 69, False)]
KD_RATE = "€ 89,- per gewerkt uur (excl. btw)"
cv(file="Kevin Draaisma.docx", fmt="docx", layout="header",
   header="Kevin Draaisma  |  Apeldoorn  |  06-61739254  |  kevin.draaisma@example.com",
   name="Kevin Draaisma", email="kevin.draaisma@example.com", phone="06-61739254", rate=KD_RATE,
   exp=kd, crit_text={"6": KD6, "8": KD8}, refs=["Marga ten Hove", "Ruud Kerkhof"],
   must_have=["Unitmanager Ouderen en Mantelzorg"],
   body=[("title", "Curriculum vitae"),
         ("pb", KD_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator beschermd wonen en maatschappelijke opvang bij de gemeente Apeldoorn, daarvoor "
               "unitmanager in het ouderenwerk. Ik zoek naar wat inwoners zelf kunnen en organiseer de rest."),
         ("h", "Werkervaring"),
         ("pos", "inline", kd),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work (HBO), Saxion Hogeschool Deventer — diploma 2008")]
   + refs_block("Marga ten Hove, afdelingsmanager Maatschappelijke Ontwikkeling, gemeente Apeldoorn, 06-61739255",
                "Ruud Kerkhof, directeur Stichting Welzijn Apeldoorn-Noord, 06-61739256"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=134, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 0, 25),
               notes="Eligible (must not fail). Coördinator Beschermd Wonen en Maatschappelijke Opvang, Gemeente "
                     "Apeldoorn 'augustus 2020 – heden' = 2020-08..2025-11 = 5 + 48 + 11 = 64: beschermd wonen and "
                     "maatschappelijke opvang are Wmo tasks (the task line says 'Wmo-toegang'), leading a team of "
                     "nine -> relevant. Unitmanager Ouderen en Mantelzorg, Stichting Welzijn Apeldoorn-Noord "
                     "2014-10..2020-07 = 3 + 60 + 7 = 70 (a unit manager is a manager) -> 134. Each alone is under "
                     "72 (criterion 5 needs both). Ouderenadviseur: not leading. Bachelor Social Work (HBO), "
                     "diploma -> MWD. No partners in care or welfare named anywhere -> criterion 7 = 0. 80 points, "
                     "EUR 89 -> rank 6."))
