# -*- coding: utf-8 -*-
"""Holdout round 55 for zeef: an ordinary night's inbox, fourth series. 10 fictional CVs (5 PDF, 5 DOCX) as they
arrive for the Heerde request from three kinds of suppliers, each in its own style:

  - a detacheerder with a house style (Veldwerk Detachering B.V.): a shaded title band, a "Kerngegevens" grid, a
    table "Toelichting op de eisen en wensen", every position as a small grid table (period | title, Organisatie,
    Werkzaamheden, Resultaat), education, courses and referees as grid tables, the agency in the page header and
    footer (three CVs: one with the candidate's phone and e-mail, one with only the account manager's, one whose
    own five-page CV is attached behind the profile sheet, six pages in all);
  - an interim agency (Publiek Kwartier): tabbed label lines "Opdrachtgever: / Periode: / Rol: / Opdracht: /
    Resultaat:" per assignment, assignments that overlap (two CVs: one employed through the agency's payroll, one
    who works through his own B.V.);
  - candidates who send their CV directly: a LinkedIn profile export (sidebar "Contactgegevens / Belangrijkste
    vaardigheden / Talen / Certificeringen", roles grouped under the employer with LinkedIn's durations); a Europass
    CV from the online editor ("[ 01/06/2020 – Huidig ]", "Stad: Ede | Land: Nederland", "Niveau in EKK:
    EKK-niveau 6", the language grid); a Word CV with the years right-aligned on the title line by a tab stop; a
    Word CV with shaded Normal-paragraph headings in capitals and hanging-indent periods; a functional CV (what the
    candidate brings first, a career overview table at the end).

Four are eligible: 100, 85, 85, 85. The three on 85 are ranked by rate (EUR 86, EUR 92) and the one without a
stated rate comes last of them (rank 4, not shortlisted). Not eligible, each for an ordinary reason: a CV of six
pages; a zzp'er through his own B.V. (review); a LinkedIn export without referees; year-only periods that reach 60
months only when read generously (review); an MBO diploma with a post-hbo course; a policy adviser with 32 months
as teamleider.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position
by hand; tests/holdout2/src/expected.py, through src/expected55.py, re-derives them from the printed dates). Every
person, foundation, agency, company, KvK number, phone number, e-mail address and reference here is made up.
Employers are real municipalities and fictional foundations; real hogescholen and universities appear as schools.
See tests/holdout2/src/cvset.py for the field list; the extra key "res" of a position is its "Resultaat" row in the
house style (src/layout55.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)

# ------------------------------------------------------------------ the detacheerder's house style (Veldwerk)
VW_HEADER = "Veldwerk Detachering  |  Kandidaatprofiel  |  Coördinator welzijn, gemeente Heerde"
VW_FOOTER = ("Veldwerk Detachering B.V.  ·  Postbus 1077, 7300 BL Apeldoorn  ·  055-5213300  ·  "
             "Waadi-geregistreerd  ·  vertrouwelijk")
VW_EMPLOYED = "Vast dienstverband bij Veldwerk Detachering B.V.; inzet op basis van detachering"


def vw_refs(rows):
    return [("h", "Referenties"), ("grid", ["Naam", "Functie", "Organisatie", "Telefoon"], rows,
                                   [3.4, 5.0, 5.4, 3.2])]


# ------------------------------------------------------------------ the interim agency's house style
PK_FOOTER = "Publiek Kwartier  ·  tijdelijke professionals voor het sociaal domein  ·  Arnhem  ·  026-3704410"


def pk_assignments(items):
    """Per assignment: Opdrachtgever / Periode / Rol / Opdracht as tabbed label lines, the tasks as bullets,
    then Resultaat."""
    out = []
    for p, opdracht, res in items:
        out.append(("labels", [("Opdrachtgever:", p["e"]), ("Periode:", p["d"]), ("Rol:", p["t"]),
                               ("Opdracht:", opdracht)]))
        out.append(("bl", p["tasks"]))
        out.append(("labels", [("Resultaat:", res)]))
        out.append(("p", ""))
    return out


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Marieke Hulshof (pdf) detacheerder
# The agency's house style, complete: the candidate's phone and e-mail in the Kerngegevens grid, the agency's
# phone in the footer of every page. A strong, ordinary candidate: Coördinator Welzijn en Mantelzorg at Gemeente
# Lochem (80) + Teamleider Sociaal Team at Gemeente Zutphen (67); HBO MWD with "Ja, 2005" in the Diploma column.
MH6 = ("Voorbeeld beleid naar resultaat: de Lochemse nota 'Samen Lochem, iedereen doet mee' (2021) heb ik met twee "
       "beleidsadviseurs vertaald naar een jaarwerkplan met vier concrete projecten. Resultaat in 2023: een steunpunt "
       "mantelzorg in elke kern, 60 nieuwe vrijwilligers en 30 % kortere wachttijd bij de ouderenadviseurs.")
MH7 = ("Samenwerking met zorgaanbieders (thuiszorg en GGZ), huisartsen, de patiëntenvereniging en zorgverzekeraar "
       "Menzis; trekker van de publiek-private samenwerking (PPS) 'Lochem Zorgt' met de woningcorporatie, twee "
       "supermarkten en de zorgaanbieders.")
MH8 = ("Projectleider van het veranderproject 'Welzijn op recept' en van de implementatie van DA Systems in het "
       "cluster welzijn (2022), met plan van aanpak, mijlpalen en evaluatie.")
mh = [pos("04-2019 – heden", "Coördinator Welzijn en Mantelzorg", "Gemeente Lochem",
          ["Coördinatie van het cluster welzijn (12 medewerkers: ouderenadviseurs, mantelzorgconsulenten en "
           "opbouwwerkers); werkverdeling, urenverdeling en werkoverleg.",
           "Toezicht op formatie, instroom en werving & selectie, in afstemming met HR en de afdelingsmanager.",
           "Beheer van het welzijnsbudget (€ 1,4 miljoen); kwartaalrapportages aan de manager en het college.",
           MH6, MH7, MH8],
          ("2019-04", REF), 80, True),
      pos("09-2013 – 03-2019", "Teamleider Sociaal Team", "Gemeente Zutphen",
          ["Leiding aan het sociaal team (15 professionals Wmo, jeugd en schuldhulp); coaching en jaargesprekken.",
           "Integraal werken vanuit het perspectief van de inwoner: casuïstiekoverleg en intervisie ingevoerd.",
           "Afspraken met de organisaties die medewerkers aan het team detacheerden."],
          ("2013-09", "2019-03"), 67, True),
      pos("02-2008 – 08-2013", "Ouderenadviseur", "Stichting Welzijn De Berkelstroom",
          ["Huisbezoeken bij 75-plussers; advies over wonen, welzijn en zorg; begeleiding van vrijwillige "
           "ouderenadviseurs."],
          ("2008-02", "2013-08"), 67, False),
      pos("09-2005 – 01-2008", "Maatschappelijk werker", "Stichting Maatschappelijke Dienstverlening Achterhoek",
          ["Kortdurende hulpverlening aan volwassenen en gezinnen; groepstraining 'Omgaan met geldzorgen'."],
          ("2005-09", "2008-01"), 29, False)]
mh[0]["res"] = ("Het cluster werkt sinds 2023 met één werkplan, één registratie in DA Systems en vaste "
                "evaluatiemomenten per kwartaal.")
mh[1]["res"] = "Eén sociaal team voor de hele gemeente; de doorlooptijd van een melding daalde van zes naar drie weken."
MH_RATE = "€ 88,50 per uur excl. btw"
cv(file="Marieke Hulshof.pdf", fmt="pdf", layout="header", header=VW_HEADER, footer=VW_FOOTER,
   name="Marieke Hulshof", email="marieke.hulshof@example.nl", phone="06-41829376", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Hennie Schoemaker", "Gijs van Dalen"],
   must_have=["Ja, 2005", "Waadi-geregistreerd"],
   body=[("band", ["Marieke Hulshof",
                   "Kandidaatprofiel voor de inhuuropdracht Coördinator welzijn (24 uur), gemeente Heerde"]),
         ("h", "Kerngegevens"),
         ("kv", [("Naam", ["Marieke Hulshof"]), ("Woonplaats", ["Eefde"]), ("Telefoon", ["06-41829376"]),
                 ("E-mail", ["marieke.hulshof@example.nl"]),
                 ("Beschikbaar", ["Per 1 januari 2026, 24 uur per week (ma, di, do)"]),
                 ("Uurtarief", [MH_RATE]), ("Dienstverband", [VW_EMPLOYED])]),
         ("h", "Toelichting op de eisen en wensen"),
         ("kv", [("Eis 1", ["Marieke is in vaste dienst bij Veldwerk Detachering B.V. en wordt gedetacheerd; er "
                            "ontstaat geen arbeidsrelatie met de gemeente Heerde."]),
                 ("Eis 2", ["Bachelor Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool (diploma 2005)."]),
                 ("Eis 3 en wens 5", ["Ruim twaalf jaar leidinggevend in het sociaal domein bij twee gemeenten: "
                                      "teamleider sociaal team (Zutphen) en coördinator welzijn (Lochem)."]),
                 ("Wens 6, 7 en 8", ["Zie de werkervaring bij de gemeente Lochem: het voorbeeld beleid naar "
                                     "resultaat, de samenwerkingspartners en de projecten."])]),
         ("h", "Profiel"),
         ("p", "Marieke is een verbindende coördinator die rust en richting brengt. Ze werkt al ruim twaalf jaar "
               "leidinggevend in het sociaal domein van Achterhoekse en Gelderse gemeenten en kent het welzijnswerk "
               "ook van binnenuit, als ouderenadviseur en maatschappelijk werker. Ze stuurt op afspraken, houdt "
               "het budget in de gaten en geeft medewerkers ruimte en vertrouwen."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbindend en coachend leidinggeven", "Helder en besluitvaardig, ook bij tegenstellingen",
                 "Analytisch: stuurt op cijfers uit de registratie", "Oog voor inwoner én bestuur"]),
         ("break",),
         ("h", "Werkervaring"),
         ("hspos", mh),
         ("h", "Opleidingen"),
         ("grid", ["Periode", "Opleiding", "Instituut", "Diploma"],
          [["2001 – 2005", "Maatschappelijk Werk en Dienstverlening (hbo-bachelor)", "Saxion Hogeschool, Deventer",
            "Ja, 2005"],
           ["2014", "Post-hbo Leidinggeven aan professionals", "Hogeschool Windesheim, Zwolle", "Certificaat"]],
          [2.6, 6.6, 5.0, 2.8]),
         ("h", "Cursussen en trainingen"),
         ("grid", ["Jaar", "Cursus", "Aanbieder"],
          [["2022", "Werken met DA Systems (key-user)", "DA Systems"],
           ["2019", "Oplossingsgericht coachen", "Academie Oplossingsgericht Werken"],
           ["2016", "Methodisch werken in het sociaal domein", "Kenniscentrum Sociaal Werk (in-company)"]],
          [2.0, 8.5, 6.5]),
         ("h", "Nevenactiviteiten en hobby's"),
         ("p", "Bestuurslid van de Oranjevereniging Eefde (sinds 2017). Hobby's: hardlopen, zingen in een popkoor "
               "en tuinieren.")]
   + vw_refs([["Hennie Schoemaker", "afdelingsmanager Samenleving", "gemeente Lochem", "06-41829377"],
              ["Gijs van Dalen", "voormalig afdelingshoofd Maatschappelijke Ontwikkeling", "gemeente Zutphen",
               "06-41829378"]]),
   expect=dict(pages=3, edu=("hbo", True, True), coord=147, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 88,50). Detacheerder house style: each position a grid table "
                     "'period | title', 'Organisatie', 'Werkzaamheden', 'Resultaat'. Coördinator Welzijn en "
                     "Mantelzorg, Gemeente Lochem '04-2019 – heden' = 2019-04..2025-11 = 80 + Teamleider Sociaal "
                     "Team, Gemeente Zutphen '09-2013 – 03-2019' = 67 -> 147. Ouderenadviseur (Stichting Welzijn De "
                     "Berkelstroom) and maatschappelijk werker: no leading role. Diploma column 'Ja, 2005' for "
                     "Maatschappelijk Werk en Dienstverlening (hbo-bachelor) -> hbo, completed, mwd; the post-hbo "
                     "course is a certificate. 'Vast dienstverband bij Veldwerk Detachering B.V.' -> no zzp. Two "
                     "referees in a grid table. The agency's phone 055-5213300 in the footer is not the "
                     "candidate's. Criteria 6, 7, 8 in the Lochem position."))

# ------------------------------------------------------------------------- Rob Wentink (docx) detacheerder, no contact
# The same house style, but the agency gives only its account manager as contact: the candidate's own phone and
# e-mail are not in the CV (None). Manager Welzijn at a welfare foundation + Teamleider Wmo en Jeugd at a gemeente.
# No policy-to-results example anywhere (criterion 6 = 0): the eisen-en-wensen table skips wens 6.
RW7 = ("Vaste gesprekspartner van zorgaanbieders, huisartsen, de cliëntenraad, zorgverzekeraar Zilveren Kruis en de "
       "partners in de publiek-private samenwerking (PPS) 'Wijhe Vitaal'.")
RW8 = ("Projectleider van de fusie van twee welzijnsorganisaties tot Stichting Welzijn IJsselkant (2020 – 2021): "
       "verandertraject met nieuwe functieprofielen, één registratiesysteem en één werkwijze.")
rw = [pos("01-2020 – heden", "Manager Welzijn", "Stichting Welzijn IJsselkant",
          ["Leiding aan 22 medewerkers: opbouwwerk, ouderenwerk, jongerenwerk en de vrijwilligerscentrale.",
           "Verantwoordelijk voor het budget (€ 2,1 miljoen), formatie en werving & selectie; rapportage aan de raad "
           "van toezicht.",
           "Subsidieafspraken en kwartaalgesprekken met de gemeenten Olst-Wijhe en Deventer.", RW7, RW8],
          ("2020-01", REF), 71, True),
      pos("03-2014 – 12-2019", "Teamleider Wmo en Jeugd", "Gemeente Olst-Wijhe",
          ["Leiding aan twaalf consulenten Wmo en jeugd; werkverdeling, kwaliteit en coaching.",
           "Inrichting van de toegang na de decentralisaties van 2015; casuïstiekoverleg met het onderwijs."],
          ("2014-03", "2019-12"), 70, True),
      pos("06-2009 – 02-2014", "Consulent Wmo", "Gemeente Deventer",
          ["Keukentafelgesprekken en indicaties voor hulpmiddelen en woningaanpassingen."],
          ("2009-06", "2014-02"), 57, False)]
rw[0]["res"] = "Eén organisatie met één registratiesysteem; het ziekteverzuim daalde van 8 % naar 4,5 %."
rw[1]["res"] = "Wachtlijst voor een eerste gesprek weggewerkt binnen een half jaar."
RW_RATE = "€ 86,00 per uur excl. btw"
cv(file="Rob Wentink.docx", fmt="docx", layout="header", header=VW_HEADER, footer=VW_FOOTER,
   name="Rob Wentink", email=None, phone=None, rate=RW_RATE,
   exp=rw, crit_text={"7": RW7, "8": RW8}, refs=["Ankie Vos", "Jeroen Kampman"],
   must_have=["Sandra Lubbers, accountmanager", "sandra.lubbers@example.com", "055-5213344"],
   body=[("band", ["Kandidaatprofiel", "Coördinator welzijn (24 uur) — gemeente Heerde"]),
         ("h", "Kerngegevens"),
         ("kv", [("Naam kandidaat", ["Rob Wentink"]), ("Woonplaats", ["Wijhe"]),
                 ("Beschikbaar", ["Per 5 januari 2026, 24 uur per week"]), ("Uurtarief", [RW_RATE]),
                 ("Dienstverband", [VW_EMPLOYED]),
                 ("Contact over deze kandidaat", ["Sandra Lubbers, accountmanager", "055-5213344",
                                                  "sandra.lubbers@example.com"])]),
         ("h", "Toelichting op de eisen en wensen"),
         ("kv", [("Eis 1", ["Rob is in vaste dienst bij Veldwerk Detachering B.V. en wordt gedetacheerd."]),
                 ("Eis 2 en wens 4", ["Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim "
                                      "(diploma 2009)."]),
                 ("Eis 3 en wens 5", ["Bijna twaalf jaar leidinggevend: teamleider bij de gemeente Olst-Wijhe en "
                                      "manager bij Stichting Welzijn IJsselkant."]),
                 ("Wens 7", ["Dagelijks contact met zorgaanbieders, huisartsen en de zorgverzekeraar; PPS 'Wijhe "
                             "Vitaal'."]),
                 ("Wens 8", ["Projectleider van de fusie tot Stichting Welzijn IJsselkant."])]),
         ("h", "Profiel"),
         ("p", "Rob is een nuchtere, verbindende leidinggevende met een warm hart voor het welzijnswerk. Hij houdt "
               "van duidelijke afspraken, is goed bereikbaar voor zijn mensen en spreekt ze aan als dat nodig is. "
               "Collega's noemen hem rustig, eerlijk en besluitvaardig."),
         ("h", "Kerncompetenties"),
         ("bl", ["Coachend leidinggeven en teamontwikkeling", "Financieel bewust: budget en formatie",
                 "Netwerker in de regio", "Duidelijk in communicatie"]),
         ("h", "Werkervaring"),
         ("hspos", rw),
         ("h", "Opleidingen"),
         ("grid", ["Periode", "Opleiding", "Instituut", "Diploma"],
          [["2005 – 2009", "Maatschappelijk Werk en Dienstverlening (bachelor)", "Hogeschool Windesheim, Zwolle",
            "Ja"]],
          [2.6, 6.6, 5.0, 2.8]),
         ("h", "Cursussen en trainingen"),
         ("grid", ["Jaar", "Cursus", "Aanbieder"],
          [["2021", "Leidinggeven aan verandering", "Nederlandse School voor Openbaar Bestuur (open programma)"],
           ["2017", "Lean Green Belt", "Lean Instituut Oost"],
           ["2015", "Motiverende gespreksvoering", "Trainingsbureau Salland"]],
          [2.0, 8.5, 6.5]),
         ("h", "Nevenactiviteiten en hobby's"),
         ("p", "Trainer van een jeugdteam bij de voetbalvereniging in Wijhe (sinds 2016). Hobby's: fietsen, klussen "
               "aan een oude boerderij en lezen over geschiedenis.")]
   + vw_refs([["Ankie Vos", "voorzitter raad van toezicht", "Stichting Welzijn IJsselkant", "06-53817264"],
              ["Jeroen Kampman", "afdelingsmanager Sociaal Domein", "gemeente Olst-Wijhe", "06-53817265"]]),
   expect=dict(pages=2, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 2 (85, EUR 86 beats EUR 92 and no rate). House style of the detacheerder, "
                     "without the candidate's phone or e-mail: the only contact is the account manager (Sandra "
                     "Lubbers, 055-5213344, sandra.lubbers@example.com) and the agency's footer; the referees' "
                     "phones are theirs -> candidate email and phone null. Manager Welzijn, Stichting Welzijn "
                     "IJsselkant '01-2020 – heden' = 2020-01..2025-11 = 71 + Teamleider Wmo en Jeugd, Gemeente "
                     "Olst-Wijhe '03-2014 – 12-2019' = 70 -> 141. Consulent Wmo not leading. Bachelor MWD, "
                     "Diploma 'Ja' -> mwd. No example of policy turned into projects (no wens 6 row, no such "
                     "words) -> criterion 6 = 0. 85 points."))

# ------------------------------------------------------------------------- Marco Tiemessen (pdf) interim, payroll
# The interim agency's style: tabbed labels per assignment. Employed through the agency's payroll ("wordt niet als
# zzp'er ingezet"); interim roles at four gemeenten, one of them (Doesburg, 8 hours) inside another (Oude
# IJsselstreek): counted once. Master Sociologie (wo, not MWD).
MT6 = ("Voorbeeld van beleid naar resultaat: de nota 'Iedereen doet mee in Montferland' heb ik in 2024 omgezet in "
       "een jaarwerkplan met vijf concrete projecten, waaronder een sociaal makelaar per kern; resultaat na een "
       "jaar: 35 % meer inwoners bereikt met vroegsignalering van schulden.")
MT7 = ("Overleg en afspraken met zorgaanbieders, huisartsen, GGD Gelderland-Zuid, zorgverzekeraar Menzis en de "
       "partners in de publiek-private samenwerking (PPS) 'Langer thuis in de Liemers'.")
MT8 = ("Veranderopgave: herinrichting van de toegang van Wmo en welzijn tot één team, met projectplan, "
       "stuurgroep en evaluatie.")
mt = [pos("1 maart 2024 – heden", "Interim manager Sociaal Domein (24 uur per week)", "Gemeente Montferland",
          ["Leiding aan drie teams (Wmo, jeugd, welzijn; 28 medewerkers); formatie, werving en budget.", MT6, MT7],
          ("2024-03", REF), 21, True),
      pos("1 januari 2022 – 29 februari 2024", "Interim teamleider Wmo en Welzijn", "Gemeente Oude IJsselstreek",
          ["Leiding aan 14 consulenten en twee opbouwwerkers; werkverdeling en coaching.", MT8],
          ("2022-01", "2024-02"), 26, True),
      pos("1 september 2023 – 31 januari 2024", "Interim coördinator Jeugd (8 uur per week)", "Gemeente Doesburg",
          ["Coördinatie van het jeugdteam tijdens het zwangerschapsverlof van de vaste coördinator."],
          ("2023-09", "2024-01"), 5, True),
      pos("1 april 2019 – 31 december 2021", "Interim coördinator Participatie en Welzijn", "Gemeente Duiven",
          ["Coördinatie van de consulenten participatie en de welzijnsopdracht; sturing op de prestatieafspraken "
           "met de welzijnsorganisatie."],
          ("2019-04", "2021-12"), 33, True),
      pos("jan. 2012 – mrt. 2019", "Teamleider Jeugd", "Gemeente Arnhem",
          ["Leiding aan een wijkteam jeugd (11 medewerkers) in Arnhem-Zuid; aanspreekpunt voor scholen en "
           "jeugdhulpaanbieders."],
          ("2012-01", "2019-03"), 87, True),
      pos("sep. 2004 – dec. 2011", "Gezinscoach", "Stichting Jeugdhulp Veluwezoom",
          ["Ambulante begeleiding van gezinnen met opvoedvragen."],
          ("2004-09", "2011-12"), 88, False)]
MT_RATE = "€ 92,00 per uur excl. btw"
MT_PAYROLL = "Marco is in loondienst bij Publiek Kwartier (payroll) en wordt niet als zzp'er ingezet."
cv(file="Marco Tiemessen.pdf", fmt="pdf", layout="single", footer=PK_FOOTER,
   name="Marco Tiemessen", email="marco.tiemessen@example.nl", phone="06-19273645", rate=MT_RATE,
   exp=mt, crit_text={"6": MT6, "7": MT7, "8": MT8}, refs=["Wendy Arentsen", "Harold Menting"],
   zzp_negated=["wordt niet als zzp'er ingezet",
                "interim manager sociaal domein", "interim teamleider wmo en welzijn", "interim coördinator jeugd",
                "interim coördinator participatie en welzijn"],
   must_have=[MT_PAYROLL, "Opdrachtgever:", "Resultaat:"],
   body=[("title", "Marco Tiemessen"),
         ("p", "Profiel opgesteld door Publiek Kwartier voor de inhuuropdracht Coördinator welzijn, gemeente Heerde"),
         ("labels", [("Woonplaats:", "Velp"), ("Telefoon:", "06-19273645"),
                     ("E-mail:", "marco.tiemessen@example.nl"),
                     ("Beschikbaar:", "per 1 januari 2026, 24 uur per week"), ("Tarief:", MT_RATE),
                     ("Contractvorm:", MT_PAYROLL)]),
         ("h", "Profiel"),
         ("p", "Sinds 2019 werk ik in tijdelijke leidinggevende opdrachten bij gemeenten in de Liemers en de "
               "Achterhoek, daarvoor zeven jaar als teamleider jeugd bij de gemeente Arnhem. Ik kom vaak binnen "
               "als er iets moet veranderen: een team dat opnieuw moet worden ingericht of een opdracht die "
               "vastloopt. Ik luister eerst, maak dan keuzes en zorg dat het team het daarna zelf kan."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Verbinden van beleid en uitvoering", "Teams in beweging brengen", "Sturen op budget en formatie",
                 "Heldere communicatie met bestuur en inwoners"]),
         ("h", "Opdrachten via Publiek Kwartier")]
   + pk_assignments([(mt[0], "De drie teams van de afdeling Samenleving samen laten werken vanuit één "
                             "werkplan.",
                      "Eén werkplan voor de afdeling; verzuim terug van 9 % naar 5 %."),
                     (mt[1], "Het Wmo-team en het welzijnswerk samenvoegen tot één team.",
                      "Eén team met één werkwijze; wachttijd voor een keukentafelgesprek van acht naar drie "
                      "weken."),
                     (mt[2], "Waarneming van de coördinator jeugd, naast de opdracht in Oude IJsselstreek.",
                      "Alle lopende trajecten overgedragen zonder wachtlijst."),
                     (mt[3], "De participatieconsulenten en het welzijnswerk één koers laten varen.",
                      "Prestatieafspraken met de welzijnsorganisatie herzien en gehaald in 2021.")])
   + [("h", "Eerdere functies"),
      ("pos", "pipe", mt[4:]),
      ("h", "Opleiding"),
      ("p", "Master Sociologie (wo), Radboud Universiteit Nijmegen, 2000 – 2004 — diploma behaald"),
      ("h", "Cursussen"),
      ("bl", ["Prince2 Foundation (2020)", "Leidinggeven in politiek-bestuurlijke omgeving (2016)",
              "Signs of Safety (2013)"]),
      ("h", "Hobby's"),
      ("p", "Mountainbiken op de Posbank, koken voor vrienden en vrijwilliger bij de voedselbank Rheden."),
      ("h", "Referenties"),
      ("p", "Wendy Arentsen, afdelingsmanager Samenleving, gemeente Montferland, 06-19273646"),
      ("p", "Harold Menting, directeur Sociaal Domein, gemeente Oude IJsselstreek, 06-19273647")],
   expect=dict(pages=2, edu=("wo", True, False), coord=167, refs=(2, False), zzp=False, hourly=92.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85, EUR 92: after Rob Wentink's EUR 86, before Yvonne Geurtsen without a "
                     "rate). Interim agency's labels 'Opdrachtgever: / Periode: / Rol: / Opdracht: / Resultaat:'. "
                     "In loondienst bij the agency via payroll, 'wordt niet als zzp'er ingezet' -> no zzp "
                     "(interim is his role, not his contract form). Interim manager Sociaal Domein, Montferland "
                     "2024-03..2025-11 = 21; Interim teamleider Wmo en Welzijn, Oude IJsselstreek 2022-01..2024-02 "
                     "= 26; Interim coördinator Jeugd, Doesburg 2023-09..2024-01 = 5, inside the previous one "
                     "(counted once); Interim coördinator Participatie en Welzijn, Duiven 2019-04..2021-12 = 33; "
                     "Teamleider Jeugd, Gemeente Arnhem 'jan. 2012 – mrt. 2019' = 87 -> 2012-01..2025-11 "
                     "= 167 (summed 172). Gezinscoach at a jeugdhulp foundation not leading. Master Sociologie "
                     "(wo, diploma) -> hbo bachelor or higher, not MWD -> criterion 4 = 0. 85 points."))

# ------------------------------------------------------------------------- Yvonne Geurtsen (pdf) Europass 2020, no rate
# A Europass CV from the online editor, sent directly: "[ 01/06/2020 – Huidig ]" ("Huidig" is Europass' "heden"),
# "Stad: Ede | Land: Nederland", "Niveau in EKK: EKK-niveau 6", the language grid, date of birth dd/mm/yyyy.
# No hourly rate anywhere in the CV -> ranks after the candidates on 85 who state one.
YG6 = ("Voorbeeld beleid naar resultaat: de Edese visie 'Welzijn dichtbij' (2021) heb ik samen met de "
       "beleidsadviseur vertaald naar een jaarwerkplan met vier concrete projecten; resultaat: drie nieuwe "
       "buurtkamers en 40 % meer mantelzorgers in beeld.")
YG7 = ("Regie op de samenwerking met zorgaanbieders, huisartsen, de patiëntenraad, zorgverzekeraar Menzis en de "
       "publiek-private samenwerking (PPS) 'Ede Gezond Thuis'.")
YG8 = ("Projectleider van het verandertraject 'Eén welzijnsloket Ede-Zuid' (2022 – 2023): projectplan, stuurgroep "
       "en evaluatie.")
yg = [pos("01/06/2020 – Huidig", "Teamleider Welzijn en Zorg", "Gemeente Ede",
          ["Leiding aan het team welzijn en zorg (17 medewerkers); formatie, werving en het teambudget.",
           YG6, YG7, YG8],
          ("2020-06", REF), 66, True),
      pos("01/01/2015 – 31/05/2020", "Coördinator Buurtwerk", "Stichting Welzijn Valleipoort",
          ["Coördinatie van vijf buurtwerkers en 120 vrijwilligers in Scherpenzeel en Woudenberg; roosters, "
           "activiteitenbudget en verantwoording aan de gemeenten."],
          ("2015-01", "2020-05"), 65, True),
      pos("01/09/2008 – 31/12/2014", "Opbouwwerker", "Stichting Welzijn Valleipoort",
          ["Buurtinitiatieven ondersteunen, bewonerscommissies begeleiden."],
          ("2008-09", "2014-12"), 76, False)]
cv(file="Yvonne Geurtsen.pdf", fmt="pdf", layout="single",
   name="Yvonne Geurtsen", email="yvonne.geurtsen@example.nl", phone="(+31) 651847293", rate=None,
   exp=yg, crit_text={"6": YG6, "7": YG7, "8": YG8}, refs=["Marten Vink", "Carolien de Wit"],
   must_have=["Niveau in EKK: EKK-niveau 6", "Stad: Ede | Land: Nederland", "Geboortedatum: 14/02/1977"],
   body=[("title", "Yvonne Geurtsen"),
         ("p", "Nationaliteit: Nederlandse"),
         ("p", "Geboortedatum: 14/02/1977"),
         ("p", "Geslacht: Vrouwelijk"),
         ("p", "Telefoonnummer: (+31) 651847293 (Mobiel)"),
         ("p", "E-mailadres: yvonne.geurtsen@example.nl"),
         ("p", "Adres: Boslaan 14, 6741 XK Lunteren (Nederland)"),
         ("h", "OVER MIJ"),
         ("p", "Ik ben teamleider welzijn en zorg bij de gemeente Ede en heb daarvoor jarenlang in het buurtwerk "
               "gewerkt. Ik geloof in de kracht van buurten en in professionals die de ruimte krijgen. Ik ben "
               "nieuwsgierig, direct en houd van een goed georganiseerd team."),
         ("h", "WERKERVARING"),
         ("eppos", yg[:1], "Ede"),
         ("eppos", yg[1:], "Scherpenzeel"),
         ("h", "ONDERWIJS EN OPLEIDING"),
         ("p", "[ 01/09/2004 – 30/06/2008 ]  Bachelor Pedagogiek"),
         ("p", "Christelijke Hogeschool Ede"),
         ("p", "Adres: Ede (Nederland)"),
         ("p", "Niveau in EKK: EKK-niveau 6"),
         ("p", "Getuigschrift behaald op 30 juni 2008."),
         ("p", "[ 01/09/2021 – 30/06/2022 ]  Leergang Leidinggeven in het sociaal domein"),
         ("p", "Hogeschool Utrecht, Centrum voor Professionele Ontwikkeling"),
         ("h", "TAALVAARDIGHEDEN"),
         ("p", "Moedertaal/-talen: NEDERLANDS"),
         ("p", "Andere talen:"),
         ("grid", ["", "Luisteren", "Lezen", "Productie", "Interactie", "Schrijven"],
          [["ENGELS", "C1", "C1", "B2", "B2", "B2"], ["DUITS", "B1", "B1", "A2", "A2", "A2"]],
          [3.0, 2.8, 2.8, 2.8, 2.8, 2.8]),
         ("p", "Niveaus: A1 en A2: basisgebruiker; B1 en B2: onafhankelijke gebruiker; C1 en C2: vaardige "
               "gebruiker"),
         ("h", "DIGITALE VAARDIGHEDEN"),
         ("p", "Microsoft Office (Word, Excel, PowerPoint) | Suite4Sociaal Domein | DA Systems | Microsoft Teams"),
         ("h", "RIJBEWIJS"),
         ("p", "Rijbewijs: B"),
         ("h", "HOBBY'S EN INTERESSES"),
         ("p", "Wandelen op de Veluwe | Fotografie | Lezen (vooral Scandinavische thrillers)"),
         ("h", "REFERENTIES"),
         ("p", "Marten Vink, directeur-bestuurder, Stichting Welzijn Valleipoort, (+31) 651847294"),
         ("p", "Carolien de Wit, afdelingsmanager Maatschappelijke Ontwikkeling, Gemeente Ede, (+31) 651847295")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=131, refs=(2, False), zzp=False, hourly=None,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 4 (85 without a stated rate: after the two candidates on 85 with a rate; "
                     "not shortlisted). Europass 2020: '[ 01/06/2020 – Huidig ]' Teamleider Welzijn en Zorg, "
                     "Gemeente Ede = 2020-06..2025-11 = 66 ('Huidig' = heden) + '[ 01/01/2015 – 31/05/2020 ]' "
                     "Coördinator Buurtwerk, Stichting Welzijn Valleipoort = 65 -> 131. Opbouwwerker not leading. "
                     "Bachelor Pedagogiek, 'Niveau in EKK: EKK-niveau 6', 'Getuigschrift behaald' -> hbo, "
                     "completed, not MWD -> criterion 4 = 0; the Leergang has no degree. Phone as printed after "
                     "'Telefoonnummer:' without '(Mobiel)'. Date of birth 14/02/1977 is no period. 85 points, "
                     "hourly null."))

# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Janneke Bosgoed (docx) 6 pages
# The detacheerder puts its one-page profile sheet in front of the candidate's own CV of five pages: six pages in
# all, over the limit of five. Otherwise a top candidate (100, EUR 84: a wrong pass would rank first).
JB6 = ("Voorbeeld van beleid naar resultaat: het Berkellandse beleidsplan 'Samen sterk in Berkelland' (2019) heb ik "
       "met het team vertaald naar een jaarwerkplan met zes concrete projecten. Resultaat: in 2022 een "
       "dorpsondersteuner in alle zes kernen en een daling van 15 % in de maatwerkvoorzieningen Wmo.")
JB7 = ("Samenwerking met zorgaanbieders, huisartsen, GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en de "
       "partners van de publiek-private samenwerking (PPS) 'Vitaal Eibergen' (woningcorporatie, sportclubs, "
       "winkeliers).")
JB8 = ("Projectleider van de transitie van drie dorpsteams naar één sociaal team Berkelland (2020 – 2021) en van de "
       "invoering van DA Systems (2023).")
jb = [pos("mei 2018 – heden", "Coördinator Sociaal Domein", "Gemeente Berkelland",
          ["Coördinatie van het sociaal team (26 professionals Wmo, jeugd, welzijn en schuldhulp) en van de "
           "opdrachten aan de welzijnsorganisaties.",
           "Toezicht op formatie, instroom en werving & selectie, samen met HR en de afdelingsmanager.",
           "Budgetbeheer van het teambudget en de welzijnssubsidies (samen € 3,2 miljoen).",
           "Voorzitter van het casusoverleg en van het kwartaaloverleg met de detacherende organisaties.",
           JB6, JB7, JB8,
           "Jaarlijkse monitor sociaal domein voor college en raad; evaluatie van alle projecten."],
          ("2018-05", REF), 91, True),
      pos("januari 2012 – april 2018", "Teamleider Welzijn", "Stichting Welzijn Berkelland-Oost",
          ["Leiding aan 14 medewerkers: ouderenwerk, jongerenwerk, opbouwwerk en de vrijwilligerscentrale.",
           "Verantwoordelijk voor de begroting, de subsidieaanvraag bij de gemeente en de verantwoording.",
           "Aansturing van de mantelzorgondersteuning en de respijtzorg met 80 vrijwilligers.",
           "Invoering van resultaatgericht werken met de methode Welzijn Nieuwe Stijl."],
          ("2012-01", "2018-04"), 76, True),
      pos("2007 – 2011", "Opbouwwerker", "Stichting Welzijn Berkelland-Oost",
          ["Ondersteuning van dorpsraden en bewonersinitiatieven in Eibergen, Rekken en Beltrum.",
           "Opzet van een buurtbus en een repair café met vrijwilligers."],
          ("2007-01", "2011-12"), 60, False, yearonly=True),
      pos("2003 – 2006", "Jongerenwerker", "Stichting Jongerenwerk Eibergen",
          ["Ambulant jongerenwerk en het jongerencentrum; voorlichting over alcohol en drugs op scholen."],
          ("2003-01", "2006-12"), 48, False, yearonly=True)]
JB_RATE = "€ 84,00 per uur excl. btw"
cv(file="Janneke Bosgoed.docx", fmt="docx", layout="header", header=VW_HEADER, footer=VW_FOOTER,
   name="Janneke Bosgoed", email="janneke.bosgoed@example.nl", phone="06-72910384", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Gerwin Lammers", "Truus Wolterink"],
   must_have=["Curriculum vitae Janneke Bosgoed"],
   body=[("band", ["Kandidaatprofiel", "Coördinator welzijn (24 uur) — gemeente Heerde"]),
         ("h", "Kerngegevens"),
         ("kv", [("Naam kandidaat", ["Janneke Bosgoed"]), ("Woonplaats", ["Eibergen"]),
                 ("Telefoon", ["06-72910384"]), ("E-mail", ["janneke.bosgoed@example.nl"]),
                 ("Beschikbaar", ["Per 1 januari 2026, 24 uur per week"]), ("Uurtarief", [JB_RATE]),
                 ("Dienstverband", [VW_EMPLOYED])]),
         ("h", "Toelichting op de eisen en wensen"),
         ("kv", [("Eis 1", ["Janneke is in vaste dienst bij Veldwerk Detachering B.V. en wordt gedetacheerd."]),
                 ("Eis 2 en wens 4", ["Bachelor Social Work, Saxion Hogeschool Enschede (diploma 2003)."]),
                 ("Eis 3 en wens 5", ["Bijna veertien jaar: teamleider welzijn bij een welzijnsstichting en "
                                      "coördinator sociaal domein bij de gemeente Berkelland."]),
                 ("Wens 6, 7 en 8", ["Zie het cv van Janneke hierna, functie bij de gemeente Berkelland."])]),
         ("p", "Op de volgende pagina's vindt u het cv dat Janneke zelf heeft opgesteld."),
         ("break",),
         ("title", "Curriculum vitae Janneke Bosgoed"),
         ("h", "Personalia"),
         ("rows", [("Naam", ["Janneke Bosgoed"]), ("Woonplaats", ["Eibergen"]), ("Telefoon", ["06-72910384"]),
                   ("E-mail", ["janneke.bosgoed@example.nl"]), ("Rijbewijs", ["B"])]),
         ("h", "Profiel"),
         ("p", "Ik ben een coördinator met een lange staat van dienst in het welzijnswerk en het sociaal domein "
               "van de Achterhoek. Ik begon als jongerenwerker in Eibergen, werd opbouwwerker en teamleider bij de "
               "welzijnsstichting en coördineer sinds 2018 het sociaal team van de gemeente Berkelland. Ik weet "
               "daardoor hoe het is om in de wijk te werken én hoe een gemeente keuzes maakt."),
         ("p", "Mijn kracht is verbinden: tussen beleid en praktijk, tussen de gemeente en haar partners, en "
               "tussen collega's met heel verschillende achtergronden. Ik stuur op afspraken, maar ik doe dat "
               "met aandacht voor de mensen die het werk doen. Ik ben nieuwsgierig naar nieuwe werkwijzen en "
               "niet bang om knopen door te hakken."),
         ("p", "Buiten het werk ben ik actief in het dorp: in de toneelvereniging, als vrijwilliger bij de "
               "voedselbank en als moeder van twee pubers op het voetbalveld."),
         ("h", "Kerncompetenties"),
         ("bl", ["Verbinden en coachen: ik breng mensen en organisaties bij elkaar en help collega's groeien.",
                 "Helder communiceren: ik zeg wat ik denk, ook als dat lastig is, en ik luister goed.",
                 "Besluitvaardig: ik neem beslissingen en leg uit waarom.",
                 "Innovatief: ik zoek steeds naar betere werkwijzen en durf iets nieuws te proberen.",
                 "Analytisch: ik stuur op cijfers uit de registratie en de monitor, zonder het verhaal achter de "
                 "cijfers te vergeten.",
                 "Oog voor inwoner en bestuur: ik vertaal wat inwoners nodig hebben naar voorstellen die het "
                 "college kan gebruiken."]),
         ("h", "Wat ik meebreng voor Heerde"),
         ("p", "Heerde lijkt in veel opzichten op Berkelland: een kleine organisatie met korte lijnen, dorpen met "
               "een sterke eigen identiteit en een welzijnsopdracht die verder moet worden geprofessionaliseerd. "
               "Ik heb in Berkelland laten zien dat een team dat uit verschillende organisaties komt één manier van "
               "werken kan ontwikkelen, met een jaarwerkplan, heldere afspraken en een registratie die klopt. Dat "
               "wil ik ook in Heerde doen, samen met het team van Stip, de teamleiders en de beleidsadviseurs."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "sample", jb),
         ("h", "Projecten (selectie)"),
         ("grid", ["Jaar", "Project", "Rol", "Resultaat"],
          [["2023", "Invoering DA Systems in het sociaal team", "projectleider",
            "Alle 26 professionals werken in één registratie."],
           ["2020 – 2021", "Van drie dorpsteams naar één sociaal team", "projectleider",
            "Eén team, één werkwijze, één telefoonnummer voor inwoners."],
           ["2019", "Jaarwerkplan 'Samen sterk in Berkelland'", "opsteller en trekker",
            "Zes projecten, elk jaar geëvalueerd met de raad."],
           ["2017", "Respijthuis Eibergen", "lid stuurgroep", "Logeerhuis voor mantelzorgers geopend."],
           ["2016", "Welzijn Nieuwe Stijl", "trekker bij de stichting", "Resultaatgericht werken ingevoerd."],
           ["2014", "Buurtbus Rekken-Eibergen", "initiatiefnemer",
            "Dagelijkse buurtbus met 30 vrijwillige chauffeurs."],
           ["2011", "Repair café Eibergen", "opbouwwerker", "Elke maand een repair café met 20 vrijwilligers."]],
          [2.4, 5.6, 3.4, 5.6]),
         ("h", "Presentaties"),
         ("bl", ["'Van drie dorpsteams naar één sociaal team', regionale dag sociaal domein Achterhoek (2022).",
                 "'Vrijwilligers en professionals: wie doet wat?', studiedag welzijnswerk Oost-Nederland (2016)."]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work (uitstroomprofiel Maatschappelijk Werk en Dienstverlening), Saxion Hogeschool "
               "Enschede, 1999 – 2003 — diploma behaald"),
         ("p", "Havo, Assink Lyceum Eibergen, 1994 – 1999 — diploma behaald"),
         ("h", "Cursussen en trainingen"),
         ("grid", ["Jaar", "Cursus", "Aanbieder"],
          [["2023", "DA Systems voor key-users", "DA Systems"],
           ["2021", "Leiderschap in het sociaal domein", "Hogeschool Windesheim"],
           ["2019", "Resultaatgericht werken met de monitor sociaal domein", "Kenniscentrum Sociaal Werk"],
           ["2017", "Coachend leidinggeven", "Trainingsbureau De Berkel"],
           ["2015", "Werken met vrijwilligers", "Vrijwilligersacademie Achterhoek"],
           ["2013", "Motiverende gespreksvoering", "Trainingsbureau De Berkel"],
           ["2010", "Presentatievaardigheden", "Trainingsbureau De Berkel"]],
          [2.0, 8.5, 6.5]),
         ("break",),
         ("h", "Nevenfuncties"),
         ("bl", ["Bestuurslid van toneelvereniging De Berkelspelers (sinds 2014).",
                 "Vrijwilliger bij de voedselbank Eibergen (sinds 2019)."]),
         ("h", "Hobby's"),
         ("p", "Toneelspelen, wandelen langs de Berkel, lezen en koken voor grote groepen."),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (goed: ik woon vlak bij de grens)."),
         ("h", "Referenties"),
         ("p", "Gerwin Lammers, afdelingsmanager Sociaal Domein, gemeente Berkelland, 06-72910385"),
         ("p", "Truus Wolterink, voormalig directeur Stichting Welzijn Berkelland-Oost, 06-72910386")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=84.0,
               crit=FULL,
               notes="NOT ELIGIBLE: pages (6 > 5). The detacheerder's one-page profile sheet in front of the "
                     "candidate's own five-page CV (page breaks between its sections): six pages in all; "
                     "docProps/app.xml <Pages>6</Pages> from the rendering -> exact -> fail. Otherwise full "
                     "marks: Coördinator Sociaal Domein, Gemeente Berkelland 'mei 2018 – heden' = 2018-05..2025-11 "
                     "= 91 + Teamleider Welzijn, Stichting Welzijn Berkelland-Oost 'januari 2012 – april 2018' = "
                     "76 -> 167. Opbouwwerker (2007 – 2011) and jongerenwerker (2003 – 2006) not leading. Bachelor "
                     "Social Work, diploma -> mwd. 100 points, EUR 84 (a wrong pass would rank first)."))

# ------------------------------------------------------------------------- Gert-Jan ten Have (docx) interim, own B.V.
# The interim agency's style again, but this candidate works through his own B.V. as a self-employed interim
# manager; the agency only mediates. A ZZP indication -> knock-out 1 review. Otherwise full marks at EUR 82.
GH6 = ("Voorbeeld van beleid naar resultaat: het Wageningse beleidskader 'Samen voor Wageningen' heb ik in 2024 "
       "omgezet in een jaarwerkplan met vier concrete projecten; resultaat: een wijkpunt in elke wijk en 25 % "
       "minder instroom in de maatwerkvoorzieningen.")
GH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis, de patiëntenvereniging en de partners "
       "van de publiek-private samenwerking (PPS) 'Wageningen Vitaal'.")
GH8 = ("Projectleider van de reorganisatie van de toegang in Renkum: van drie loketten naar één sociaal team, met "
       "projectplan en evaluatie.")
gh = [pos("1 oktober 2023 – heden", "Interim manager Welzijn en Zorg", "Gemeente Wageningen",
          ["Leiding aan het team welzijn en zorg (19 medewerkers); formatie, werving en budget.", GH6, GH7],
          ("2023-10", REF), 26, True),
      pos("1 februari 2021 – 30 september 2023", "Interim teamleider Sociaal Team", "Gemeente Renkum",
          ["Leiding aan het sociaal team (16 medewerkers).", GH8],
          ("2021-02", "2023-09"), 32, True),
      pos("1 mei 2019 – 31 januari 2021", "Interim coördinator Wmo", "Gemeente Rheden",
          ["Coördinatie van de Wmo-consulenten; wachtlijst weggewerkt."],
          ("2019-05", "2021-01"), 21, True),
      pos("jan. 2010 – apr. 2019", "Manager Welzijn", "Stichting Welzijn Veluwezoom-Zuid",
          ["Leiding aan 25 medewerkers in het ouderenwerk, jongerenwerk en opbouwwerk; budget en "
           "subsidieverantwoording."],
          ("2010-01", "2019-04"), 112, True),
      pos("sep. 2000 – dec. 2009", "Opbouwwerker", "Stichting Welzijn Veluwezoom-Zuid",
          ["Ondersteuning van bewonersgroepen in Oosterbeek en Doorwerth."],
          ("2000-09", "2009-12"), 112, False)]
GH_RATE = "€ 82,00 per uur excl. btw"
GH_CONTRACT = ("Gert-Jan werkt als zelfstandig interimmanager vanuit Ten Have Interim & Advies B.V. (KvK 71946283); "
               "Publiek Kwartier bemiddelt en factureert.")
cv(file="Gert-Jan ten Have.docx", fmt="docx", layout="single", footer=PK_FOOTER,
   name="Gert-Jan ten Have", email="gj.tenhave@example.com", phone="06-48263917", rate=GH_RATE,
   exp=gh, crit_text={"6": GH6, "7": GH7, "8": GH8}, refs=["Miriam Hofstede", "Erik Jan Wesselink"],
   must_have=[GH_CONTRACT],
   body=[("title", "Gert-Jan ten Have"),
         ("p", "Profiel opgesteld door Publiek Kwartier voor de inhuuropdracht Coördinator welzijn, gemeente Heerde"),
         ("labels", [("Woonplaats:", "Oosterbeek"), ("Telefoon:", "06-48263917"),
                     ("E-mail:", "gj.tenhave@example.com"),
                     ("Beschikbaar:", "per 1 januari 2026, 24 uur per week"), ("Tarief:", GH_RATE),
                     ("Contractvorm:", GH_CONTRACT)]),
         ("h", "Profiel"),
         ("p", "Ervaren leidinggevende in het welzijnswerk en het sociaal domein. Negen jaar manager bij een "
               "welzijnsstichting, daarna tijdelijke opdrachten bij gemeenten rond Arnhem. Ik breng rust, "
               "overzicht en een duidelijke koers, en ik vind het belangrijk dat een team na mijn vertrek zelf "
               "verder kan."),
         ("h", "Kernkwaliteiten"),
         ("bl", ["Koersvast en verbindend", "Resultaatgericht", "Coachend", "Bestuurlijk sensitief"]),
         ("h", "Opdrachten via Publiek Kwartier")]
   + pk_assignments([(gh[0], "Het team welzijn en zorg opnieuw inrichten na het vertrek van de manager.",
                      "Nieuwe teamstructuur, vacatures vervuld, verzuim gehalveerd."),
                     (gh[1], "Het sociaal team door de reorganisatie leiden.",
                      "Eén sociaal team met één werkwijze."),
                     (gh[2], "De wachtlijst Wmo wegwerken.", "Wachtlijst van 240 naar 0 in negen maanden.")])
   + [("h", "Eerdere functies"),
      ("pos", "pipe", gh[3:]),
      ("h", "Opleiding"),
      ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen, 1996 – 2000 — "
            "diploma behaald"),
      ("h", "Hobby's"),
      ("p", "Zeilen op het IJsselmeer, jazz en wandelen met de hond."),
      ("h", "Referenties"),
      ("p", "Miriam Hofstede, afdelingsmanager Samenleving, gemeente Wageningen, 06-48263918"),
      ("p", "Erik Jan Wesselink, voormalig directeur Sociaal Domein, gemeente Renkum, 06-48263919")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=191, refs=(2, False), zzp=True, hourly=82.0,
               crit=FULL,
               notes="REVIEW: knock-out 1. 'Gert-Jan werkt als zelfstandig interimmanager vanuit Ten Have Interim & "
                     "Advies B.V. (KvK 71946283); Publiek Kwartier bemiddelt en factureert.' -> self-employed "
                     "through his own B.V. with a KvK number: a ZZP indication -> review (the agency does not "
                     "employ him). Months: Wageningen 2023-10..2025-11 = 26 + Renkum 2021-02..2023-09 = 32 + Rheden "
                     "2019-05..2021-01 = 21 + Manager Welzijn, Stichting Welzijn Veluwezoom-Zuid 'jan. 2010 – apr. "
                     "2019' = 112 -> 191. Opbouwwerker not leading. HBO MWD diploma. 100 points, EUR 82 (a wrong "
                     "pass would rank first)."))

# ------------------------------------------------------------------------- Linda Roelofsen (pdf) LinkedIn export
# Sent directly as a LinkedIn profile export: sidebar "Contactgegevens / Belangrijkste vaardigheden / Talen /
# Certificeringen", experience grouped under the employer with LinkedIn's total and per-role durations. A LinkedIn
# export has no referees and no rate. References 0 -> fail. Otherwise full marks.
LR6 = ("Voorbeeld van beleid naar resultaat: het Zutphense koersdocument 'Zutphen voor elkaar' hebben we vertaald "
       "naar een jaarwerkplan met vijf concrete projecten; resultaat: in elke wijk een vast aanspreekpunt en 20 % "
       "minder doorverwijzingen naar specialistische hulp.")
LR7 = ("Vaste partner voor zorgaanbieders, huisartsen, GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en de "
       "publiek-private samenwerking (PPS) 'Gezond Zutphen'.")
LR8 = "Projectleider van het verandertraject naar één sociaal team voor Wmo, jeugd en schulden."
lr = [pos("juli 2019 - heden (6 jaar 5 maanden)", "Teamleider Sociaal Team", "Gemeente Zutphen",
          ["Leiding aan 18 professionals Wmo, jeugd en schuldhulp; formatie, werving en teambudget.", LR6, LR7, LR8],
          ("2019-07", REF), 77, True),
      pos("augustus 2017 - juni 2019 (1 jaar 11 maanden)", "Coördinator Wmo-loket", "Gemeente Zutphen",
          ["Coördinatie van het Wmo-loket (8 consulenten en 2 administratief medewerkers)."],
          ("2017-08", "2019-06"), 23, True),
      pos("januari 2013 - juli 2017 (4 jaar 7 maanden)", "Coördinator Ouderenwerk", "Stichting Welzijn Lochem-Gorssel",
          ["Coördinatie van het ouderenwerk: vier ouderenadviseurs, dagactiviteiten en 90 vrijwilligers."],
          ("2013-01", "2017-07"), 55, True),
      pos("september 2009 - december 2012 (3 jaar 4 maanden)", "Activiteitenbegeleider", "Zorgcentrum De Bongerd",
          ["Dagbesteding voor ouderen met dementie."],
          ("2009-09", "2012-12"), 40, False)]
cv(file="Linda Roelofsen.pdf", fmt="pdf", layout="sidebar",
   name="Linda Roelofsen", email="l.roelofsen@example.com", phone="06 29384756", rate=None,
   exp=lr, crit_text={"6": LR6, "7": LR7, "8": LR8}, refs=[],
   must_have=["8 jaar 4 maanden", "Bachelor, Maatschappelijk Werk en Dienstverlening · (2005 - 2009)",
              "In 2009 ben ik afgestudeerd"],
   left=[("h", "Contactgegevens"),
         ("p", "06 29384756 (Mobiel)"),
         ("p", "l.roelofsen@example.com"),
         ("p", "www.linkedin.com/in/linda-roelofsen-example (LinkedIn)"),
         ("h", "Belangrijkste vaardigheden"),
         ("p", "Sociaal domein"), ("p", "Leidinggeven"), ("p", "Verandermanagement"),
         ("h", "Talen"),
         ("p", "Nederlands (Moedertaal of tweetalig)"),
         ("p", "Engels (Professionele werkvaardigheid)"),
         ("p", "Duits (Beperkte werkvaardigheid)"),
         ("h", "Certificeringen"),
         ("p", "PRINCE2 Foundation"),
         ("p", "Leiderschap in het sociaal domein")],
   right=[("title", "Linda Roelofsen"),
          ("p", "Teamleider Sociaal Team bij Gemeente Zutphen"),
          ("p", "Zutphen, Gelderland, Nederland"),
          ("h", "Samenvatting"),
          ("p", "Teamleider met hart voor het sociaal domein. In 2009 ben ik afgestudeerd in Maatschappelijk Werk "
                "en Dienstverlening aan Saxion; sindsdien werk ik in het welzijnswerk en bij de gemeente Zutphen, "
                "de laatste twaalf jaar als coördinator en teamleider. Ik haal energie uit teams die samen "
                "verantwoordelijkheid nemen en uit inwoners die weer verder kunnen."),
          ("h", "Ervaring"),
          ("ligroup", "Gemeente Zutphen", "8 jaar 4 maanden", "Zutphen, Gelderland, Nederland", lr[:2]),
          ("ligroup", "Stichting Welzijn Lochem-Gorssel", "4 jaar 7 maanden", "Lochem, Gelderland, Nederland",
           lr[2:3]),
          ("ligroup", "Zorgcentrum De Bongerd", "3 jaar 4 maanden", "Deventer, Overijssel, Nederland", lr[3:]),
          ("h", "Opleiding"),
          ("pb", "Saxion"),
          ("p", "Bachelor, Maatschappelijk Werk en Dienstverlening · (2005 - 2009)"),
          ("pb", "Graafschap College"),
          ("p", "MBO, Sociaal Pedagogisch Werk · (2001 - 2005)")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=155, refs=(0, False), zzp=False, hourly=None,
               crit=FULL,
               notes="NOT ELIGIBLE: references (none: a LinkedIn profile export lists no referees, nothing offered "
                     "on request) -> fail. LinkedIn layout: employer first with its total ('8 jaar 4 maanden'), "
                     "then each role with 'juli 2019 - heden (6 jaar 5 maanden)'. Teamleider Sociaal Team "
                     "2019-07..2025-11 = 77 + Coördinator Wmo-loket 2017-08..2019-06 = 23 (both Gemeente Zutphen) + "
                     "Coördinator Ouderenwerk, Stichting Welzijn Lochem-Gorssel 2013-01..2017-07 = 55 -> 155. "
                     "Activiteitenbegeleider at a care home not relevant. Education 'Bachelor, Maatschappelijk Werk "
                     "en Dienstverlening · (2005 - 2009)' and 'In 2009 ben ik afgestudeerd in Maatschappelijk Werk "
                     "en Dienstverlening aan Saxion' -> hbo, completed, mwd. No rate. 100 points."))

# ------------------------------------------------------------------------- Dennis Kamphuis (docx) right tabs, years
# A Word CV with "title — employer<right tab>years" lines: every period in years only. The two leading roles reach
# 60 months only when the years are read generously: review of knock-out 3.
DK6 = ("Voorbeeld beleid naar resultaat: de visie 'Neder-Betuwe naar elkaar' heb ik met het team omgezet in een "
       "jaarwerkplan met drie concrete projecten; resultaat: een inlooppunt in Opheusden en Kesteren en een "
       "verdubbeling van het aantal vrijwillige maatjes.")
DK7 = ("Samenwerking met zorgaanbieders, huisartsen, GGD Gelderland-Zuid, zorgverzekeraar VGZ en de publiek-private "
       "samenwerking (PPS) 'Zorgzaam Dodewaard'.")
DK8 = "Projectleider van de herinrichting van het sociaal team, met plan van aanpak en evaluatie."
dk = [pos("2023 – heden", "Teamleider Sociaal Team", "Gemeente Neder-Betuwe",
          ["Leiding aan het sociaal team (12 medewerkers); werkverdeling, formatie en teambudget.", DK6, DK7, DK8],
          ("2023-01", REF), 35, True, yearonly=True),
      pos("2020 – 2022", "Beleidsmedewerker Sociaal Domein", "Gemeente Neder-Betuwe",
          ["Wmo- en jeugdbeleid, subsidies welzijn."],
          ("2020-01", "2022-12"), 36, False, yearonly=True),
      pos("2017 – 2019", "Coördinator Mantelzorg en Vrijwilligerswerk", "Stichting Welzijn De Betuwse Waard",
          ["Coördinatie van twee mantelzorgconsulenten en de vrijwilligerscentrale (200 vrijwilligers)."],
          ("2017-01", "2019-12"), 36, True, yearonly=True),
      pos("2012 – 2016", "Mantelzorgconsulent", "Stichting Welzijn De Betuwse Waard",
          ["Ondersteuning van mantelzorgers; respijtzorg regelen."],
          ("2012-01", "2016-12"), 60, False, yearonly=True),
      pos("2009 – 2011", "Medewerker cliëntondersteuning", "Stichting Cliëntondersteuning Betuwe",
          ["Onafhankelijke cliëntondersteuning bij Wmo-aanvragen."],
          ("2009-01", "2011-12"), 36, False, yearonly=True)]
DK_RATE = "Tarief: € 79,- per uur excl. btw"
cv(file="Dennis Kamphuis.docx", fmt="docx", layout="single",
   name="Dennis Kamphuis", email="dennis.kamphuis@example.com", phone="06-83920475", rate=DK_RATE,
   exp=dk, crit_text={"6": DK6, "7": DK7, "8": DK8}, refs=["Joke van Wijk", "Ruben Verhoef"],
   must_have=["Teamleider Sociaal Team — Gemeente Neder-Betuwe"],
   body=[("title", "Dennis Kamphuis"),
         ("p", "Kesteren  ·  06-83920475  ·  dennis.kamphuis@example.com  ·  rijbewijs B"),
         ("pb", DK_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein met een achtergrond in de mantelzorgondersteuning. Ik ben een "
               "praktische leidinggevende: ik zorg dat de randvoorwaarden op orde zijn, zodat mijn collega's hun "
               "werk goed kunnen doen. Ik werk graag in een kleine gemeente, dicht bij de inwoners."),
         ("h", "Werkervaring"),
         ("tabpos", dk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool van Arnhem en Nijmegen (2004 – 2008), diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals (2023)", "Oplossingsgericht werken (2018)",
                 "Basiscursus DA Systems (2021)"]),
         ("h", "Competenties"),
         ("bl", ["Verbindend", "Praktisch en oplossingsgericht", "Besluitvaardig", "Goed in plannen en "
                 "organiseren"]),
         ("h", "Hobby's"),
         ("p", "Hardlopen, fruittelen in de achtertuin en spelen in de plaatselijke harmonie (trompet)."),
         ("h", "Referenties"),
         ("p", "Joke van Wijk, afdelingsmanager Sociaal Domein, gemeente Neder-Betuwe, 06-83920476"),
         ("p", "Ruben Verhoef, directeur Stichting Welzijn De Betuwse Waard, 06-83920477")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=71, refs=(2, False), zzp=False, hourly=79.0,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW: knock-out 3. Every period in years, right-aligned by a tab stop. Teamleider Sociaal "
                     "Team, Gemeente Neder-Betuwe '2023 – heden' = 2023-01..2025-11 = 35 (at least 2023-12..2025-11 "
                     "= 24) + Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn De Betuwse Waard '2017 – "
                     "2019' = 36 (at least 2017-12..2019-01 = 14) -> 71 by the convention, 38 at the narrowest: "
                     "60 is reached only when the years are read generously -> review. Criterion 5: both readings "
                     "< 72 -> 0. Beleidsmedewerker, mantelzorgconsulent, cliëntondersteuning not leading. Bachelor "
                     "Social Work diploma -> mwd. 75 points, EUR 79."))

# ------------------------------------------------------------------------- Petra Lensink (docx) shaded headings, MBO
# A Word CV with shaded Normal-paragraph headings in capitals, tabbed personalia and hanging-indent periods. A long
# coordinator career, but only an MBO diploma and a post-hbo course ("Ik werk op hbo-niveau") -> knock-out 2 fail.
PL6 = ("Voorbeeld beleid naar resultaat: het Bronckhorster ouderenbeleid 'Oud worden in je eigen dorp' heb ik "
       "vertaald naar een jaarwerkplan met vier concrete projecten; resultaat: in elk dorp een ontmoetingsplek en "
       "een daling van het aantal eenzame ouderen in de monitor van 2024.")
PL7 = ("Samenwerking met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Menzis en de "
       "publiek-private samenwerking (PPS) 'Zelhem Zorgt'.")
PL8 = "Projectleider van het veranderproject 'Dorpsondersteuners' (plan van aanpak, pilot en evaluatie)."
pl = [pos("mrt 2016 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Zelhem-Hummelo",
          ["Coördinatie van zes ouderenadviseurs, de dagactiviteiten en 150 vrijwilligers.",
           "Budget, roosters en verantwoording aan de gemeente Bronckhorst.", PL6, PL7, PL8],
          ("2016-03", REF), 117, True),
      pos("jan 2010 – feb 2016", "Teamleider Wmo-loket", "Gemeente Bronckhorst",
          ["Leiding aan tien consulenten en het loket; werkverdeling en kwaliteit."],
          ("2010-01", "2016-02"), 74, True),
      pos("aug 2001 – dec 2009", "Consulent WVG/Wmo", "Gemeente Doetinchem",
          ["Indicaties voor voorzieningen; huisbezoeken."],
          ("2001-08", "2009-12"), 101, False)]
PL_RATE = "€ 78,00 per uur excl. btw"
cv(file="Petra Lensink.docx", fmt="docx", layout="single",
   name="Petra Lensink", email="petra.lensink@example.nl", phone="0314-627381", rate=PL_RATE,
   exp=pl, crit_text={"6": PL6, "7": PL7, "8": PL8}, refs=["Bertus Wenting", "Anja Hoftijzer"],
   must_have=["MBO Sociaal Pedagogisch Werk niveau 4", "Post-hbo Leergang Leidinggeven in Zorg en Welzijn",
              "Ik werk op hbo-niveau"],
   body=[("title", "Petra Lensink"),
         ("shdh", "PERSONALIA"),
         ("labels", [("Naam:", "Petra Lensink"), ("Adres:", "Kerkstraat 8, 7021 XZ Zelhem"),
                     ("Telefoon:", "0314-627381"), ("E-mail:", "petra.lensink@example.nl"),
                     ("Geboortedatum:", "3 mei 1980"), ("Rijbewijs:", "B"), ("Tarief:", PL_RATE)]),
         ("shdh", "PROFIEL"),
         ("p", "Ik ben een ervaren coördinator in het welzijnswerk met een groot netwerk in de Achterhoek. Ik "
               "begon als consulent bij de gemeente, werd teamleider van het Wmo-loket en coördineer nu het "
               "ouderenwerk. Ik werk op hbo-niveau: door mijn ervaring en de post-hbo leergang leidinggeven. Ik "
               "ben betrokken, nuchter en ik maak graag plannen die ook echt worden uitgevoerd."),
         ("shdh", "WERKERVARING"),
         ("hang", pl),
         ("shdh", "OPLEIDINGEN"),
         ("labels", [("2011", "Post-hbo Leergang Leidinggeven in Zorg en Welzijn, Hogeschool van Arnhem en "
                              "Nijmegen — certificaat"),
                     ("1997 – 2001", "MBO Sociaal Pedagogisch Werk niveau 4, Graafschap College Doetinchem — "
                                     "diploma")]),
         ("shdh", "CURSUSSEN"),
         ("labels", [("2022", "Timemanagement voor leidinggevenden"), ("2018", "Omgaan met agressie"),
                     ("2014", "Wmo-wetgeving voor teamleiders")]),
         ("shdh", "COMPETENTIES"),
         ("grid", ["Competentie", "Zo zet ik die in"],
          [["Verbinden", "Ik breng vrijwilligers, professionals en de gemeente aan één tafel."],
           ["Besluitvaardig", "Ik hak knopen door als het team vastloopt."],
           ["Inlevingsvermogen", "Ik kijk vanuit de oudere en zijn mantelzorger."]],
          [4.0, 13.0]),
         ("shdh", "HOBBY'S"),
         ("p", "Paardrijden, quilten en fietsen door de Achterhoek."),
         ("shdh", "REFERENTIES"),
         ("p", "Bertus Wenting, directeur Stichting Welzijn Zelhem-Hummelo, 06-51627384"),
         ("p", "Anja Hoftijzer, voormalig afdelingshoofd Zorg, gemeente Bronckhorst, 06-51627385")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=191, refs=(2, False), zzp=False, hourly=78.0,
               crit=(0, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 2. Education: 'MBO Sociaal Pedagogisch Werk niveau 4 ... diploma' "
                     "and 'Post-hbo Leergang Leidinggeven in Zorg en Welzijn ... certificaat' (a course, no "
                     "degree); 'Ik werk op hbo-niveau' is a claim, not a diploma -> highest completed level mbo, "
                     "no hbo bachelor -> fail. Months: Coördinator Welzijn Ouderen, Stichting Welzijn "
                     "Zelhem-Hummelo 'mrt 2016 – heden' = 117 + Teamleider Wmo-loket, Gemeente Bronckhorst 'jan "
                     "2010 – feb 2016' = 74 -> 191; Consulent not leading. 85 points, EUR 78 (a wrong pass would "
                     "rank second)."))

# ------------------------------------------------------------------------- Bram Oosterbroek (pdf) functional CV
# A functional CV: what the candidate brings first (policy to results, partners, projects, leading), then a
# career overview table at the end. Mostly policy and project roles; only 32 months as teamleider -> ko 3 fail.
BO6 = ("Van beleid naar resultaat — voorbeeld: het Doetinchemse uitvoeringsprogramma 'Iedereen doet mee' heb ik "
       "vertaald naar een jaarwerkplan met zes concrete projecten, waaronder een werkgeversservicepunt en "
       "taalcafés; resultaat: 140 inwoners met een bijstandsuitkering aan het werk in twee jaar.")
BO7 = ("Samenwerken met partners: ik overleg structureel met zorgaanbieders, huisartsen, zorgverzekeraar Menzis, "
       "GGD Noord- en Oost-Gelderland en de partners van de publiek-private samenwerking (PPS) 'Achterhoek Werkt'.")
BO8 = ("Projecten en veranderopgaven: projectleider van de transformatie jeugd in Doetinchem (2015 – 2019) en van "
       "de herinrichting van het team participatie (2020).")
bo = [pos("sep. 2022 – heden", "Senior beleidsadviseur Sociaal Domein", "Gemeente Doetinchem",
          [], ("2022-09", REF), 39, False),
      pos("jan. 2020 – aug. 2022", "Teamleider Participatie", "Gemeente Doetinchem",
          [], ("2020-01", "2022-08"), 32, True),
      pos("mrt. 2015 – dec. 2019", "Projectleider Transformatie Jeugd", "Gemeente Doetinchem",
          [], ("2015-03", "2019-12"), 58, False),
      pos("sep. 2010 – feb. 2015", "Beleidsmedewerker Wmo", "Gemeente Oost Gelre",
          [], ("2010-09", "2015-02"), 54, False),
      pos("sep. 2008 – aug. 2010", "Trainee", "Gemeente Apeldoorn",
          [], ("2008-09", "2010-08"), 24, False)]
BO_RATE = "Uurtarief: € 85,- (exclusief btw)"
cv(file="Bram Oosterbroek.pdf", fmt="pdf", layout="single",
   name="Bram Oosterbroek", email="bram.oosterbroek@example.com", phone="06-27461938", rate=BO_RATE,
   exp=bo, crit_text={"6": BO6, "7": BO7, "8": BO8}, refs=["Ilona Ruesink", "Maarten Ebbers"],
   must_have=["Loopbaanoverzicht", "Wat ik meebreng"],
   body=[("title", "Bram Oosterbroek"),
         ("p", "Doetinchem  |  06-27461938  |  bram.oosterbroek@example.com"),
         ("pb", BO_RATE),
         ("h", "Profiel"),
         ("p", "Ik werk al vijftien jaar in het sociaal domein van gemeenten, vooral aan de kant van beleid en "
               "projecten, en de laatste jaren ook als leidinggevende. Ik ben goed in het vertalen van plannen "
               "naar wat er in de praktijk moet gebeuren, en ik wil die ervaring nu inzetten als coördinator."),
         ("h", "Wat ik meebreng"),
         ("pb", "Van beleid naar resultaat"),
         ("p", BO6),
         ("pb", "Samenwerken met partners"),
         ("p", BO7),
         ("pb", "Projecten en veranderopgaven"),
         ("p", BO8),
         ("pb", "Leidinggeven"),
         ("p", "Als teamleider participatie gaf ik leiding aan 14 klantmanagers en jobcoaches: werkverdeling, "
               "coaching en het teambudget. Ik hield de formatie op orde en voerde de jaargesprekken."),
         ("h", "Loopbaanoverzicht"),
         ("exptable", ["Periode", "Functie", "Organisatie"], bo),
         ("h", "Opleiding"),
         ("p", "Master Bestuurskunde, Radboud Universiteit Nijmegen, 2006 – 2008 — diploma behaald"),
         ("p", "Bachelor Social Work, Hogeschool van Arnhem en Nijmegen, 2002 – 2006 — diploma behaald"),
         ("h", "Cursussen en certificaten"),
         ("bl", ["Prince2 Practitioner (2016)", "Leidinggeven aan professionals (2020)",
                 "Schrijven voor bestuurders (2012)"]),
         ("h", "Nevenfuncties"),
         ("p", "Penningmeester van tennisvereniging De Huet (sinds 2018)."),
         ("h", "Hobby's"),
         ("p", "Tennis, koken en reizen met de camper."),
         ("h", "Referenties"),
         ("p", "Ilona Ruesink, afdelingsmanager Werk en Inkomen, gemeente Doetinchem, 06-27461939"),
         ("p", "Maarten Ebbers, programmamanager Sociaal Domein, gemeente Doetinchem, 06-27461940")],
   expect=dict(pages=2, edu=("wo", True, True), coord=32, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: knock-out 3. A functional CV; the career overview table at the end is the only "
                     "place with periods. Only Teamleider Participatie, Gemeente Doetinchem 'jan. 2020 – aug. 2022' "
                     "= 32 is a coordinator/manager role; senior beleidsadviseur (39), projectleider transformatie "
                     "jeugd (58), beleidsmedewerker (54) and trainee (24) are not -> 32 < 60 -> fail (the 'Leidinggeven' "
                     "paragraph is about the same teamleider role). Master Bestuurskunde (wo) + Bachelor Social Work "
                     "(diploma) -> wo, mwd. 75 points."))
