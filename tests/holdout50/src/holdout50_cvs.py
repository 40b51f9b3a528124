# -*- coding: utf-8 -*-
"""Holdout round 50 for zeef: six eligible candidates a careless reader would fail. 6 fictional CVs (3 PDF, 3 DOCX),
written without looking at the pipeline's source or rules/. Every candidate passes all checks and knock-outs; each
CV is written in a way no earlier round (2-48) used that invites a wrong fail:

  - a completed HBO named only as "MWD-opleiding aan de Hogeschool Gelderland te Nijmegen" (an old school name, no
    "hbo", "bachelor" or the programme's full name);
  - experience told in prose, the decisive coordinator role in the past tense with its period in the LAST sentence
    of its paragraph (the next paragraph starts with "Daarvoor");
  - the only leading role at a welfare foundation named by its new merged name, the old one in brackets after
    "v/h" ("Kompas Oost-Veluwe (v/h Stichting Welzijn Vaassen)");
  - references as a table with initials only ("mw. J.M. Teunissen", "dhr. R.A.G. Wolters");
  - a Dutch CV whose profile paragraph is in English;
  - reverse chronological experience with two overlapping part-time jobs, each under 60 months alone (54, 35),
    67 months merged.

Every person, foundation, phone number, e-mail address and reference is made up. Employers are real municipalities
and fictional foundations; real (also former) hogescholen appear as schools. Built and checked by
tests/holdout2/src/build.py and expected.py (tests/holdout50/make-holdout50.sh); field list in
tests/holdout2/src/cvset.py.
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


# ------------------------------------------------------------------------- Margriet Hulshof (docx) sidebar
# Target: ko 2 / criterion 4 wrong fail. The only degree: "MWD-opleiding aan de Hogeschool Gelderland te Nijmegen,
# afgestudeerd in 1994". Hogeschool Gelderland was a Nijmegen hogeschool (now part of the HAN); MWD only ever existed
# as a four-year HBO programme (Maatschappelijk Werk en Dienstverlening).
MH6 = ("Beleid naar resultaat, een voorbeeld: de visie 'Samen in Berg en Dal' (2019) heb ik met het team "
       "uitgewerkt tot een jaarwerkplan met vijf concrete projecten; resultaat: een ontmoetingsplek in elke kern "
       "en 60 nieuwe vrijwilligers voor de boodschappendienst.")
MH7 = ("Overleg met zorgaanbieders, de huisartsen, de cliëntenraad, zorgverzekeraar VGZ en de partners van de "
       "publiek-private samenwerking (PPS) rond het zorgcentrum in Groesbeek.")
MH8 = ("Projectleider van de veranderopgave na de gemeentelijke herindeling van 2015: drie welzijnsteams "
       "samengebracht in één afdeling, met plan van aanpak en evaluatie.")
mh = [pos("januari 2017 – heden", "Manager Welzijn en Zorg", "Gemeente Berg en Dal",
          ["Leiding aan de afdeling welzijn en zorg (22 medewerkers); formatie, werving en budget.", MH6, MH7, MH8],
          ("2017-01", REF), 107, True),
      pos("mei 2008 – december 2016", "Teamleider Welzijn en Maatschappelijk Werk", "Stichting Welzijn Groesbeek",
          ["Leiding aan acht maatschappelijk werkers en de ouderenadviseurs."], ("2008-05", "2016-12"), 104, True),
      pos("september 1994 – april 2008", "Maatschappelijk werker", "Stichting Welzijn Groesbeek",
          ["Individuele hulpverlening en groepswerk."], ("1994-09", "2008-04"), 164, False)]
MH_RATE = "Uurtarief: € 86,00 excl. btw"
MH_EDU = "MWD-opleiding aan de Hogeschool Gelderland te Nijmegen, afgestudeerd in 1994"
cv(file="Margriet Hulshof.docx", fmt="docx", layout="sidebar",
   name="Margriet Hulshof", email="margriet.hulshof@example.nl", phone="06-38172645", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Bert Willemsen", "Hanneke Peters"],
   must_have=[MH_EDU],
   left=[("h", "Contact"),
         ("p", "Groesbeek"), ("p", "06-38172645"), ("p", "margriet.hulshof@example.nl"),
         ("h", "Opleiding"),
         ("p", MH_EDU),
         ("h", "Cursussen"),
         ("p", "Leidinggeven aan professionals (2009); Methodisch werken in de wijk (2018)"),
         ("h", "Tarief"),
         ("p", MH_RATE),
         ("h", "Referenties"),
         ("p", "Bert Willemsen, directeur Samenleving, gemeente Berg en Dal, 06-38172646"),
         ("p", "Hanneke Peters, oud-directeur Stichting Welzijn Groesbeek, 06-38172647")],
   right=[("title", "Margriet Hulshof"),
          ("h", "Profiel"),
          ("p", "Manager welzijn en zorg met een achtergrond in het maatschappelijk werk. Ik breng rust en "
                "richting in teams die veranderen en houd het perspectief van de inwoner voorop."),
          ("h", "Werkervaring"),
          ("pos", "next", mh)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=211, refs=(2, False), zzp=False, hourly=86.0,
               crit=FULL,
               notes="ELIGIBLE (target: ko 2 and criterion 4 wrong fail on an old school name). 'MWD-opleiding aan "
                     "de Hogeschool Gelderland te Nijmegen, afgestudeerd in 1994': MWD is Maatschappelijk Werk en "
                     "Dienstverlening, only ever an HBO bachelor programme; a hogeschool; 'afgestudeerd' = "
                     "completed -> hbo, hbo_bachelor_completed, mwd, criterion 4 = 15, although neither 'hbo', "
                     "'bachelor' nor the full programme name is printed. Months: Manager Welzijn en Zorg, Gemeente "
                     "Berg en Dal 2017-01..2025-11 = 107 + Teamleider Welzijn en Maatschappelijk Werk, Stichting "
                     "Welzijn Groesbeek 2008-05..2016-12 = 104 -> 211; maatschappelijk werker not leading. 100 "
                     "points, EUR 86."))

# ------------------------------------------------------------------------- Erwin Dijkslag (pdf) prose
# Target: ko 3 wrong fail. Experience in prose paragraphs; the decisive coordinator role (58 months) is told in the
# past tense and its period is the paragraph's LAST sentence; the next paragraph begins "Daarvoor". Without it: 33.
ED6 = ("Een voorbeeld van beleid naar resultaat: het mantelzorgbeleid van de raad heb ik omgezet in een "
       "jaarwerkplan met vier concrete projecten, met als resultaat een mantelzorgpunt in Wezep en 300 "
       "geregistreerde mantelzorgers meer.")
ED7 = ("Ik werk nauw samen met zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar Zilveren "
       "Kruis en de partners in de publiek-private samenwerking (PPS) 'Gezond Elburg'.")
ED8 = ("Daarnaast ben ik projectleider van de veranderopgave 'Eén toegang', de reorganisatie van Wmo-loket, "
       "jeugdteam en schuldhulp tot één toegangsteam.")
ED_P1 = ("Als Manager Sociaal Domein bij de gemeente Elburg geef ik leiding aan twintig medewerkers in Wmo, jeugd "
         "en participatie en ben ik verantwoordelijk voor formatie en budget. " + ED7 + " " + ED8 +
         " Ik werk hier sinds maart 2023.")
ED_P2 = ("Daarvoor werkte ik als beleidsadviseur Wmo bij de gemeente Nunspeet. Ik schreef de nota's voor de "
         "herijking van de Wmo en begeleidde de aanbesteding van huishoudelijke ondersteuning. Dat was van "
         "januari 2019 tot en met februari 2023.")
ED_P3 = ("Bij de gemeente Oldebroek was ik Coördinator Wmo en Mantelzorg. Ik stuurde een team van elf "
         "consulenten aan, verdeelde het werk, voerde de jaargesprekken en bewaakte het budget. " + ED6 +
         " Die functie vervulde ik van maart 2014 tot en met december 2018.")
ED_P4 = ("Daarvoor begon ik bij dezelfde gemeente als Wmo-consulent, van september 2008 tot en met februari 2014: "
         "keukentafelgesprekken, indicaties en huisbezoeken.")
ed = [pos("sinds maart 2023", "Manager Sociaal Domein", "gemeente Elburg", [], ("2023-03", REF), 33, True),
      pos("januari 2019 tot en met februari 2023", "beleidsadviseur Wmo", "gemeente Nunspeet", [],
          ("2019-01", "2023-02"), 50, False),
      pos("maart 2014 tot en met december 2018", "Coördinator Wmo en Mantelzorg", "gemeente Oldebroek", [],
          ("2014-03", "2018-12"), 58, True),
      pos("september 2008 tot en met februari 2014", "Wmo-consulent", "gemeente", [],
          ("2008-09", "2014-02"), 66, False)]
ED_RATE = "Uurtarief: € 87,50 excl. btw"
cv(file="Erwin Dijkslag.pdf", fmt="pdf", layout="single",
   name="Erwin Dijkslag", email="erwin.dijkslag@example.com", phone="06-52907314", rate=ED_RATE,
   exp=ed, crit_text={"6": ED6, "7": ED7, "8": ED8}, refs=["Lies van Dam", "Harm Schuiling"],
   must_have=[ED_P3, "Daarvoor begon ik bij dezelfde gemeente als Wmo-consulent"],
   body=[("title", "Erwin Dijkslag"),
         ("p", "Wezep  |  06-52907314  |  erwin.dijkslag@example.com"),
         ("pb", ED_RATE),
         ("h", "Profiel"),
         ("p", "Leidinggevende in het sociaal domein met een hart voor de uitvoering. In loondienst bij een "
               "detacheringsbureau."),
         ("h", "Loopbaan"),
         ("p", ED_P1), ("p", ED_P2), ("p", ED_P3), ("p", ED_P4),
         ("h", "Opleiding"),
         ("p", "HBO Personeel en Arbeid, Hogeschool Windesheim Zwolle — diploma 2008")]
   + refs_block("Lies van Dam, afdelingsmanager Samenleving, gemeente Elburg, 06-52907315",
                "Harm Schuiling, voormalig teamleider Wmo, gemeente Oldebroek, 06-52907316"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=91, refs=(2, False), zzp=False, hourly=87.5,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE (target: ko 3 wrong fail). Experience in prose. Manager Sociaal Domein, gemeente "
                     "Elburg 'sinds maart 2023' (last sentence of its paragraph) 2023-03..2025-11 = 33. The third "
                     "paragraph, in the past tense: 'Bij de gemeente Oldebroek was ik Coördinator Wmo en "
                     "Mantelzorg. ... Die functie vervulde ik van maart 2014 tot en met december 2018.' -> "
                     "2014-03..2018-12 = 58, relevant (coördinator, Wmo, gemeente). 33 + 58 = 91 >= 72 -> ko 3 "
                     "pass, criterion 5. Missing the past-tense role gives 33 (wrong fail); attaching its period "
                     "to the next paragraph ('Daarvoor begon ik ... als Wmo-consulent') also loses it. Beleidsadviseur "
                     "Wmo (Nunspeet, 50) and Wmo-consulent (Oldebroek 2008-09..2014-02, 66; employer printed as "
                     "'dezelfde gemeente') are not leading. HBO Personeel en Arbeid: hbo, not MWD -> criterion "
                     "4 = 0. 85 points, EUR 87,50."))

# ------------------------------------------------------------------------- Ank Vrielink (pdf) Europass
# Target: ko 3 wrong fail. The only leading role is at "Kompas Oost-Veluwe (v/h Stichting Welzijn Vaassen)": a
# merged foundation's new name says nothing; the old name after "v/h" (voorheen) says welzijnsstichting.
AV6 = ("Voorbeeld: het ouderenbeleid 'Oud worden in Epe' van de gemeente hebben wij vertaald naar een "
       "uitvoeringsplan met drie concrete projecten, met als resultaat 40 % meer huisbezoeken bij 75-plussers en "
       "een wekelijkse ontmoetingstafel in Vaassen.")
AV7 = ("Samenwerking met zorgaanbieders, de praktijkondersteuners van de huisartsen, zorgverzekeraar Menzis en de "
       "partners van de publiek-private samenwerking (PPS) 'Langer thuis in Epe'.")
AV8 = ("Projectmatig gewerkt aan de fusie van de twee welzijnsstichtingen: trekker van de werkgroep "
       "dienstverlening ouderen, met mijlpalen en een evaluatie na één jaar.")
av = [pos("februari 2017 – heden", "Teamleider Welzijn Ouderen",
          "Kompas Oost-Veluwe (v/h Stichting Welzijn Vaassen)",
          ["Leiding aan negen ouderenadviseurs en 120 vrijwilligers; roosters, budget en jaargesprekken.",
           AV6, AV7, AV8], ("2017-02", REF), 106, True),
      pos("maart 2011 – januari 2017", "Ouderenadviseur", "Stichting Zorggroep Apeldoorn",
          ["Huisbezoeken, advies over wonen en zorg, doorverwijzing naar de Wmo."], ("2011-03", "2017-01"), 71,
          False)]
AV_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Ank Vrielink.pdf", fmt="pdf", layout="single",
   name="Ank Vrielink", email="ank.vrielink@example.nl", phone="06-71539026", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Gert-Jan Mulder", "Yvonne Bos"],
   must_have=["(v/h Stichting Welzijn Vaassen)"],
   body=[("title", "Ank Vrielink"),
         ("rows", [("Woonplaats", ["Vaassen"]), ("Telefoon", ["06-71539026"]),
                   ("E-mail", ["ank.vrielink@example.nl"]), ("Tarief", [AV_RATE])]),
         ("h", "Profiel"),
         ("p", "Teamleider met ervaring in het ouderenwerk. Ik werk vanuit wat inwoners zelf kunnen en "
               "organiseer wat daarvoor nodig is."),
         ("h", "Werkervaring"),
         ("eu_pos", av),
         ("h", "Opleiding"),
         ("rows", [("2006 – 2010", ["Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2010"])])]
   + refs_block("Gert-Jan Mulder, directeur-bestuurder Kompas Oost-Veluwe, 06-71539027",
                "Yvonne Bos, beleidsadviseur Ouderen, gemeente Epe, 06-71539028"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=106, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="ELIGIBLE (target: ko 3 wrong fail). The only leading role: Teamleider Welzijn Ouderen at "
                     "'Kompas Oost-Veluwe (v/h Stichting Welzijn Vaassen)' 2017-02..2025-11 = 106. 'v/h' = "
                     "voorheen: the employer is a welfare foundation under a new (merged) name -> welzijnsstichting; "
                     "title teamleider, domain welzijn -> relevant. 106 >= 72 -> ko 3 pass, criterion 5. "
                     "Ouderenadviseur at Stichting Zorggroep Apeldoorn (71): not leading, and a care provider. "
                     "Bachelor Social Work with diploma -> criterion 4. 100 points, EUR 88,50."))

# ------------------------------------------------------------------------- Daan Lubbers (docx) header + exptable
# Target: references wrong fail. The referees are given in a table with initials only: "mw. J.M. Teunissen",
# "dhr. R.A.G. Wolters" (columns Referent | Functie | Organisatie | Telefoon) -> 2.
DL6 = ("Beleid omgezet in resultaat: de beleidsnota 'Brummen Verbindt' heb ik vertaald naar een jaarwerkplan met "
       "zes concrete projecten, met als resultaat een sociaal team in Eerbeek en een halvering van de "
       "wachttijd voor een eerste gesprek.")
DL7 = ("Afspraken en overleg met zorgaanbieders, huisartsen, GGD Noord- en Oost-Gelderland, zorgverzekeraar "
       "Menzis en de partners in de publiek-private samenwerking (PPS) 'Wijkgezondheid Eerbeek'.")
DL8 = "Projectleider van het verandertraject naar integraal werken (Wmo, jeugd en schulden in één team)."
dl = [pos("01-2016 – heden", "Coördinator Sociaal Team", "Gemeente Brummen",
          ["Coördinatie van het sociaal team (15 medewerkers); formatie, werving & selectie en budget.",
           DL6, DL7, DL8], ("2016-01", REF), 119, True),
      pos("04-2010 – 12-2015", "Teamleider Jeugd", "Gemeente Zutphen",
          ["Leiding aan tien jeugdconsulenten en het jeugdpreventieteam."], ("2010-04", "2015-12"), 69, True)]
DL_RATE = "Uurtarief: € 84,50 excl. btw"
cv(file="Daan Lubbers.docx", fmt="docx", layout="header",
   header="Daan Lubbers  |  Eerbeek  |  06-41827364  |  daan.lubbers@example.nl",
   name="Daan Lubbers", email="daan.lubbers@example.nl", phone="06-41827364", rate=DL_RATE,
   exp=dl, crit_text={"6": DL6, "7": DL7, "8": DL8}, refs=["J.M. Teunissen", "R.A.G. Wolters"],
   must_have=["mw. J.M. Teunissen", "dhr. R.A.G. Wolters"],
   body=[("title", "Daan Lubbers"),
         ("pb", DL_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator sociaal team in Brummen, eerder teamleider jeugd in Zutphen. Ik verbind beleid en "
               "uitvoering en help teams groeien in eigenaarschap."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), dl),
         ("tasks", dl),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("table", ("Referent", "Functie", "Organisatie", "Telefoon"),
          [("mw. J.M. Teunissen", "afdelingsmanager Sociaal Domein", "gemeente Brummen", "06-41827365"),
           ("dhr. R.A.G. Wolters", "voormalig teamleider", "gemeente Zutphen", "06-41827366")])],
   expect=dict(pages=1, edu=("hbo", True, True), coord=188, refs=(2, False), zzp=False, hourly=84.5,
               crit=FULL,
               notes="ELIGIBLE (target: references wrong fail). References as a table (Referent | Functie | "
                     "Organisatie | Telefoon) with initials and surname only: 'mw. J.M. Teunissen' (gemeente "
                     "Brummen) and 'dhr. R.A.G. Wolters' (gemeente Zutphen), each with a phone -> 2 named referees "
                     "-> pass. Months: Coördinator Sociaal Team, Gemeente Brummen 01-2016..heden = 119 + "
                     "Teamleider Jeugd, Gemeente Zutphen 04-2010..12-2015 = 69 -> 188. HBO MWD. 100 points, "
                     "EUR 84,50 -> rank 1."))

# ------------------------------------------------------------------------- Priya Raghoebar (pdf) English profile
# Target: Dutch-check wrong fail. A Dutch CV whose profile paragraph (about a fifth of the words) is English.
PR_EN = ("Experienced manager in the social domain with a background in social work. For the past nine years I "
         "have led the area teams of the municipality of Zwolle, and before that I coordinated the neighbourhood "
         "teams of a welfare foundation in Kampen. I am a calm and clear leader who builds trust, coaches "
         "professionals and keeps the resident at the centre of every decision.")
PR6 = ("Van beleid naar resultaat: de Zwolse koers 'Gewoon meedoen' heb ik vertaald naar een jaarwerkplan met "
       "vier concrete projecten, met als resultaat 25 % minder doorverwijzingen naar de tweede lijn in Holtenbroek.")
PR7 = ("Structureel overleg met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de cliëntenraad en de "
       "partners van de publiek-private samenwerking (PPS) 'Wijkgezondheidscentrum Stadshagen'.")
PR8 = "Projectleider van de transitie van acht wijkteams naar vier gebiedsteams, met plan van aanpak en evaluatie."
pr = [pos("juni 2016 – heden", "Manager Gebiedsteams", "Gemeente Zwolle",
          ["Leiding aan vier gebiedsteams (48 medewerkers); formatie, budget en kwaliteit.",
           "Opdrachtgever van de welzijnsorganisatie voor het preventieve werk in de wijken.", PR6, PR7, PR8],
          ("2016-06", REF), 114, True),
      pos("oktober 2011 – mei 2016", "Coördinator Welzijn en Wijkteams", "Stichting Welzijn Kampen",
          ["Coördinatie van drie wijkteams en het opbouwwerk."], ("2011-10", "2016-05"), 56, True)]
PR_RATE = "Uurtarief: € 91,00 excl. btw"
cv(file="Priya Raghoebar.pdf", fmt="pdf", layout="single",
   name="Priya Raghoebar", email="priya.raghoebar@example.com", phone="06-24681357", rate=PR_RATE,
   exp=pr, crit_text={"6": PR6, "7": PR7, "8": PR8}, refs=["Marco Tiemens", "Ellen Jonker"],
   must_have=[PR_EN],
   body=[("title", "Priya Raghoebar"),
         ("p", "Zwolle  |  06-24681357  |  priya.raghoebar@example.com"),
         ("pb", PR_RATE),
         ("h", "Profile"),
         ("p", PR_EN),
         ("h", "Werkervaring"),
         ("pos", "datebold", pr),
         ("h", "Opleiding"),
         ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2005"),
         ("h", "Cursussen"),
         ("p", "Leiderschap in het sociaal domein, VNG Academie (2019); Methodisch werken met DA Systems (2022)"),
         ("h", "Competenties"),
         ("bl", ["Verbindend en coachend leidinggeven, ook in tijden van verandering.",
                 "Heldere communicatie met bestuurders, medewerkers en inwoners.",
                 "Analytisch en besluitvaardig; ik durf knopen door te hakken.",
                 "Oog voor wensen van inwoners en van het college."]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (vloeiend), Sranantongo")]
   + refs_block("Marco Tiemens, directeur Sociaal Domein, gemeente Zwolle, 06-24681358",
                "Ellen Jonker, voormalig directeur Stichting Welzijn Kampen, 06-24681359"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=170, refs=(2, False), zzp=False, hourly=91.0,
               crit=FULL,
               notes="ELIGIBLE (target: Dutch check wrong fail). The profile paragraph under the heading 'Profile' "
                     "is English (about 60 of 290 words); the experience, education, references and everything else are "
                     "Dutch -> the CV is written in Dutch, dominant language nl -> pass. Months: Manager "
                     "Gebiedsteams, Gemeente Zwolle 2016-06..2025-11 = 114 + Coördinator Welzijn en Wijkteams, "
                     "Stichting Welzijn Kampen 2011-10..2016-05 = 56 -> 170. Bachelor MWD. 100 points, EUR 91."))

# ------------------------------------------------------------------------- Jorien Wentink (docx) part-time overlap
# Target: ko 3 wrong fail. Reverse chronological; two part-time leading jobs overlap (2021-06..2023-03). Each alone
# is under 60 (54, 35); merged 2020-05..2025-11 = 67 -> ko 3 pass, criterion 5 = 0 (summing gives 89: wrong 25).
JW6 = ("Voorbeeld beleid naar resultaat: de Lochemse nota 'Mantelzorg telt' heb ik vertaald naar een "
       "jaarwerkplan met drie concrete projecten; resultaat: 180 nieuwe mantelzorgers in beeld en een "
       "respijtpool met 35 vrijwilligers.")
JW7 = ("Vaste samenwerking met zorgaanbieders, de huisartsen, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Thuis in Lochem'.")
JW8 = "Projectleider van de invoering van de nieuwe werkwijze voor vrijwilligersmatching (veranderopgave, 2022)."
jw = [pos("juni 2021 – heden", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Lochem",
          ["Parttime, 20 uur per week; tot maart 2023 naast mijn functie bij de gemeente Bronckhorst.",
           "Coördinatie van vier consulenten en 210 vrijwilligers; budget en jaarplanning.", JW6, JW7, JW8],
          ("2021-06", REF), 54, True),
      pos("mei 2020 – maart 2023", "Teamleider Wmo", "Gemeente Bronckhorst",
          ["Parttime, 16 uur per week.", "Leiding aan acht Wmo-consulenten; werkverdeling en kwaliteit."],
          ("2020-05", "2023-03"), 35, True),
      pos("september 2014 – april 2020", "Wmo-consulent", "Gemeente Bronckhorst",
          ["Keukentafelgesprekken en indicaties."], ("2014-09", "2020-04"), 68, False)]
JW_RATE = "Uurtarief: € 82,00 excl. btw"
cv(file="Jorien Wentink.docx", fmt="docx", layout="single",
   name="Jorien Wentink", email="jorien.wentink@example.nl", phone="06-93158264", rate=JW_RATE,
   exp=jw, crit_text={"6": JW6, "7": JW7, "8": JW8}, refs=["Frank Hiddink", "Sandra Meulenbelt"],
   must_have=["Parttime, 20 uur per week", "Parttime, 16 uur per week."],
   body=[("title", "Jorien Wentink"),
         ("p", "Lochem  |  06-93158264  |  jorien.wentink@example.nl"),
         ("pb", JW_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in welzijn en Wmo. Ik combineerde jarenlang twee parttime functies en "
               "weet daardoor hoe gemeente en welzijnsorganisatie elkaar kunnen versterken."),
         ("h", "Werkervaring"),
         ("pos", "pipe", jw),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2014")]
   + refs_block("Frank Hiddink, directeur Stichting Welzijn Lochem, 06-93158265",
                "Sandra Meulenbelt, afdelingshoofd Samenleving, gemeente Bronckhorst, 06-93158266"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=67, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE (target: ko 3 wrong fail). Reverse chronological with overlapping part-time jobs: "
                     "Coördinator Vrijwilligerswerk en Mantelzorg, Stichting Welzijn Lochem (20 uur) "
                     "2021-06..2025-11 = 54; Teamleider Wmo, Gemeente Bronckhorst (16 uur) 2020-05..2023-03 = 35; "
                     "both relevant. Merged: 2020-05..2025-11 = 67 (overlap 2021-06..2023-03 counted once; "
                     "part-time is not pro-rated by the convention: months, not FTE) -> ko 3 pass. Only the "
                     "current job (54) or pro-rating would wrongly fail; summing (89) would wrongly give "
                     "criterion 5; 67 < 72 -> criterion 5 = 0. Wmo-consulent not leading. Bachelor Social Work "
                     "-> criterion 4. 75 points, EUR 82."))
