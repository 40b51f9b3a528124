# -*- coding: utf-8 -*-
"""Holdout round 58 for zeef: "the honest answer is review", second series. 8 fictional CVs (4 PDF, 4 DOCX), written
without looking at the pipeline's source or rules/. Six CVs leave exactly one gate honestly undecided -- an assessor
who must defend the decision to a rejected supplier can say neither pass nor fail from the CV -- and everything else
in them is clear; two controls use the same wording with the question settled (one eligible, one clearly not):

  - the page check: a CV of five full pages followed by a sixth page that is completely empty (a page break and an
    empty paragraph at the end of the document, as Word leaves them) (Mirjam Veldhorst);
  - the reference check: two referees, the second the account manager of the detacheerder that employs her and
    offers her for this very request (Jorinde Keuper);
  - knock-out 2, the LEVEL of a completed education: "Sociaal Werk (deeltijd), Hogeschool Inholland, Alkmaar --
    2016 - 2018, diploma behaald", without "bachelor" or "Associate degree": a two-year hogeschool diploma is an Ad or
    a shortened bachelor (Sabine Sprengers);
  - knock-out 2, an INTERMEDIATE EXAM of the old university system: "Kandidaatsexamen Andragologie, Universiteit van
    Amsterdam -- behaald 1980" as the only higher education (Bernadette Pleijsier);
  - knock-out 3, the DOMAIN: "Teamleider Leerplicht en RMC, Gemeente Zutphen" -- enforcement of the Leerplichtwet in
    the department Jeugd en Onderwijs: is school attendance "het Sociaal Domein"? (Thijs Vlietstra);
  - knock-out 3, an IMPOSSIBLE PERIOD: "september 2023 - januari 2023, Teamleider Wmo-loket, Gemeente Olst-Wijhe", a
    typing error whose obvious correction decides the 60 months (Ilse Harbrink);
  - controls: Carolien Grooters (eligible: five pages and no more, "Bachelor Social Work (verkort deeltijdtraject)
    ... 2016 - 2018, diploma behaald", the agency's account manager named as contact person, not as referee) and Lotte
    Zwanenburg (Sabine's line as "Associate degree Sociaal Werk": knock-out 2 fail).

How expectations are written for a review (the shared expected.py can express only year-only, ZZP, "op aanvraag" and
estimated-page reviews; ../src/expected58.py sets the one gate per CV and checks the reason first):
  - pages review: `pages` is the page count of the file (6, exact); the last page has no text at all;
  - references review: `references.count` holds the referees the CV certainly gives (1); the doubtful one is in
    must_have, not in refs;
  - knock-out 2 review: `education` holds what the CV shows as completed: Sabine "ad" (a two-year hogeschool
    diploma is at least an associate degree), Bernadette "none" (a gymnasium diploma and an intermediate exam);
    hbo_bachelor_completed false, mwd false, criterion 4 = 0;
  - knock-out 3 review, domain: the leerplicht position is marked uncertain and is not in coord_months (as round 53);
  - knock-out 3 review, impossible period: the position is not in `exp` (the shared date parser rightly refuses an
    end before the start) but in `typo_pos`, with the reading that corrects the start year; coord_months holds the
    months the CV demonstrates.
In each case the other reading is checked to lie on the other side of the threshold, and criterion 5 is the same on
both readings.

Every person, foundation, agency, phone number, e-mail address and reference is made up; employers are real
municipalities and fictional foundations and agencies; real hogescholen, ROCs and universities appear as schools.
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


def uncertain(p):
    """A position that may or may not count for knock-out 3 (not in coord_months; see expected58.py)."""
    p["uncertain"] = True
    return p


# ========================================================================= CONTROL, ELIGIBLE

# ------------------------------------------------------------------------- Carolien Grooters (pdf) five pages
CG6 = ("Voorbeeld van beleid naar resultaat: de Olst-Wijhese nota 'Meedoen in Olst-Wijhe' heb ik met het team "
       "vertaald naar een jaarwerkplan met vier concrete projecten; resultaat: een inloop in Boskamp en 70 nieuwe "
       "vrijwilligers.")
CG7 = ("Vast overleg met zorgaanbieders, huisartsen, zorgverzekeraar Salland, de cliëntenraad en de partners van de "
       "publiek-private samenwerking (PPS) 'Vitaal Wijhe'.")
CG8 = ("Projectleider van het verandertraject naar één toegang voor Wmo en jeugd, met plan van aanpak, mijlpalen en "
       "evaluatie.")
cg = [pos("april 2018 – heden", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe",
          ["Coördinatie van het sociaal team (14 medewerkers); werkverdeling, formatie, werving en budget.",
           CG6, CG7, CG8], ("2018-04", REF), 92, True),
      pos("januari 2012 – maart 2018", "Teamleider Jongerenwerk", "Stichting Welzijn Deventer",
          ["Leiding aan acht jongerenwerkers; werkverdeling, kwaliteit en jaargesprekken.",
           "Jongerenwerk in vijf wijken, de jongerencentra en de straathoekwerkers."],
          ("2012-01", "2018-03"), 75, True),
      pos("augustus 2007 – december 2011", "Jongerenwerker", "Stichting Welzijn Deventer",
          ["Ambulant jongerenwerk en activiteiten in de Rivierenwijk."], ("2007-08", "2011-12"), 53, False)]
CG_BSW = ("Bachelor Social Work (verkort deeltijdtraject), Saxion, Deventer — 2016 – 2018, diploma behaald")
CG_MBO = "MBO Sociaal Werk, niveau 4, ROC Aventus, Deventer — diploma 2007"
CG_CONTACT = ("Contactpersoon voor deze aanbieding: Egbert Morsink, accountmanager van IJsselland Inzet B.V., "
              "0570-648210.")
CG_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Carolien Grooters.pdf", fmt="pdf", layout="single",
   name="Carolien Grooters", email="carolien.grooters@example.nl", phone="06-41937260", rate=CG_RATE,
   exp=cg, crit_text={"6": CG6, "7": CG7, "8": CG8}, refs=["Marga Tempelman", "Henk Steggink"],
   must_have=[CG_BSW, CG_CONTACT],
   body=[("title", "Carolien Grooters"),
         ("p", "Wijhe  |  06-41937260  |  carolien.grooters@example.nl"),
         ("pb", CG_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Olst-Wijhe, opgegroeid in het jongerenwerk. Ik verbind beleid "
               "en uitvoering en houd van heldere afspraken. In loondienst bij detacheerder IJsselland Inzet B.V., "
               "die mij voor deze opdracht aanbiedt."),
         ("h", "Beschikbaarheid en contact"),
         ("p", "Beschikbaar per 1 december 2025, 24 uur per week (maandag tot en met donderdag)."),
         ("p", CG_CONTACT),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", cg),
         ("break",),
         ("h", "Opleiding"),
         ("p", CG_BSW),
         ("p", CG_MBO),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan professionals, Bestuursacademie Oost (2019)",
                 "Methodisch werken met DA Systems (2022)",
                 "Motiverende gespreksvoering (2010)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbinden: ik breng consulenten, wijkcoaches en beleid bij elkaar aan één tafel.",
                 "Coachen: ik help medewerkers hun vak te ontwikkelen en eigenaarschap te nemen.",
                 "Helder communiceren: ik spreek mensen aan op afspraken en neem knopen door.",
                 "Analyseren: ik gebruik cijfers uit het registratiesysteem om keuzes te onderbouwen."]),
         ("h", "Nevenactiviteiten"),
         ("p", "Bestuurslid van de speeltuinvereniging in Wijhe (sinds 2019)."),
         ("break",)]
   + refs_block("Marga Tempelman, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-41937261",
                "Henk Steggink, directeur-bestuurder Stichting Welzijn Deventer, 06-41937262"),
   expect=dict(pages=5, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="CONTROL, ELIGIBLE (targets: a wrong review or fail on pages, education or references; mirror "
                     "of Mirjam Veldhorst, Sabine Sprengers and Jorinde Keuper). Five pages, each section on its "
                     "own page, and nothing after page 5 -> 5 <= 5: pass. 'Bachelor Social Work (verkort "
                     "deeltijdtraject), Saxion, Deventer — 2016 – 2018, diploma behaald': two years, but it says "
                     "bachelor and diploma -> completed hbo bachelor, MWD/Social Work -> ko 2 pass, criterion 4. "
                     "Two referees under 'Referenties' (a gemeente manager and the foundation's director); the "
                     "account manager of the agency is named as 'Contactpersoon voor deze aanbieding' on page 1, "
                     "not as a referee -> count 2. In loondienst at a detacheerder. Coördinator Sociaal Team, "
                     "Gemeente Olst-Wijhe 2018-04..2025-11 = 92 + Teamleider Jongerenwerk, Stichting Welzijn "
                     "Deventer 2012-01..2018-03 = 75 -> 167; jongerenwerker not leading. 100 points, EUR 88,50 -> "
                     "rank 1."))

# ========================================================================= REVIEW

# ------------------------------------------------------------------------- Mirjam Veldhorst (pdf) pages: empty page 6
MV6 = ("Voorbeeld van beleid naar resultaat: de Hattemse nota 'Vitaal Hattem' heb ik met het team vertaald naar een "
       "jaarwerkplan met vijf concrete projecten; resultaat: een ontmoetingscentrum in de binnenstad en 90 nieuwe "
       "mantelzorgers in beeld.")
MV7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de patiëntenvereniging en de "
       "partners van de publiek-private samenwerking (PPS) 'Zorgzaam Hattem'.")
MV8 = ("Projectleider van het verandertraject naar één integraal sociaal team, met plan van aanpak, mijlpalen en "
       "evaluatie.")
mv = [pos("februari 2017 – heden", "Manager Welzijn en Zorg", "Gemeente Hattem",
          ["Leiding aan het cluster welzijn en zorg (18 medewerkers); formatie, werving en budget.",
           MV6, MV7, MV8], ("2017-02", REF), 106, True),
      pos("mei 2011 – januari 2017", "Teamleider Ouderenwerk", "Stichting Welzijn Epe",
          ["Leiding aan zeven ouderenadviseurs en de vrijwilligerscentrale; werkverdeling en jaargesprekken.",
           "Opzet van de ontmoetingsplekken in Epe, Vaassen en Oene."], ("2011-05", "2017-01"), 69, True),
      pos("september 2005 – april 2011", "Ouderenadviseur", "Stichting Welzijn Epe",
          ["Huisbezoeken, formulierenhulp en advies over wonen en zorg."], ("2005-09", "2011-04"), 68, False)]
MV_RATE = "Uurtarief: € 84,50 excl. btw"
cv(file="Mirjam Veldhorst.pdf", fmt="pdf", layout="single",
   name="Mirjam Veldhorst", email="mirjam.veldhorst@example.nl", phone="06-27506381", rate=MV_RATE,
   exp=mv, crit_text={"6": MV6, "7": MV7, "8": MV8}, refs=["Gerda Tabak", "Wim Roelink"],
   review=dict(gate="pages", kind="blank_last"),
   body=[("title", "Mirjam Veldhorst"),
         ("p", "Hattem  |  06-27506381  |  mirjam.veldhorst@example.nl"),
         ("pb", MV_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn en zorg bij de gemeente Hattem, met een achtergrond in het ouderenwerk. Ik breng "
               "rust en richting in een team en houd het inwonersperspectief voorop. In loondienst bij "
               "detacheerder Veluwe Inzet B.V., die mij voor deze opdracht aanbiedt."),
         ("h", "Beschikbaarheid"),
         ("p", "Beschikbaar per 1 december 2025, 24 uur per week (maandag tot en met donderdag)."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", mv),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle — diploma behaald in "
               "2005"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven in het sociaal domein, Bestuursacademie Oost (2013)",
                 "Methodisch werken met DA Systems (2021)",
                 "Mantelzorgvriendelijk werken (2009)"]),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (goed)"),
         ("break",),
         ("h", "Competenties"),
         ("bl", ["Verbinden: ik zoek de samenwerking tussen team, beleid en partners in de wijk.",
                 "Coachen: ik geef medewerkers ruimte en spreek ze aan op hun eigenaarschap.",
                 "Besluitvaardig: ik neem knopen door als dat nodig is en leg uit waarom.",
                 "Analyseren: ik maak keuzes op basis van cijfers en de verhalen van inwoners."]),
         ("h", "Nevenactiviteiten"),
         ("p", "Vrijwilliger bij de Voedselbank Hattem (sinds 2018)."),
         ("break",)]
   + refs_block("Gerda Tabak, gemeentesecretaris, gemeente Hattem, 06-27506382",
                "Wim Roelink, directeur Stichting Welzijn Epe, 06-27506383")
   + [("break",), ("p", "")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=175, refs=(2, False), zzp=False, hourly=84.5,
               crit=FULL,
               notes="REVIEW, page check (target: a wrong fail by counting 6 > 5, or a wrong pass by counting only "
                     "the pages with text). Carolien Grooters' layout: five sections, each on its own page, and "
                     "then a page break followed by an empty paragraph, as Word leaves them at the end of a "
                     "document: page 6 is completely empty (no text, no header or footer). The request says "
                     "'Maximaal 5 pagina's'. Fail: the submitted file has six pages, and the limit is a formal "
                     "requirement that every supplier had to meet. Pass: the sixth page adds nothing to read; the "
                     "CV itself is five pages, and rejecting a candidate over an empty page would be hard to defend "
                     "as proportionate. Neither can be defended with certainty -> a person decides: review. pages "
                     "= 6 (pdfinfo), exact. Everything else is clear: Manager Welzijn en Zorg, Gemeente Hattem "
                     "2017-02..2025-11 = 106 + Teamleider Ouderenwerk, Stichting Welzijn Epe 2011-05..2017-01 = 69 "
                     "-> 175; ouderenadviseur not leading; HBO MWD diploma; two referees; in loondienst at a "
                     "detacheerder. 100 points, EUR 84,50 (a wrong pass would rank first)."))

# ------------------------------------------------------------------------- Jorinde Keuper (docx) references: the agency
JK6 = ("Een voorbeeld van beleid naar resultaat: het Kamper beleidsplan 'Samen sterk in de wijk' heb ik vertaald naar "
       "een uitvoeringsagenda met zes concrete projecten; resultaat: twee nieuwe buurtpunten en een wachttijd voor "
       "de toegang onder de drie weken.")
JK7 = ("Overleg met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de partners van de publiek-private "
       "samenwerking (PPS) 'Gezond Kampen'.")
JK8 = ("Projectleider van de reorganisatie van de toegang: van drie loketten naar één sociaal team, met projectplan "
       "en evaluatie.")
JK_AGENCY = "Flexwerk Noordoost B.V."
jk = [pos("april 2019 – heden", "Coördinator Sociaal Team", "Gemeente Kampen",
          ["Gedetacheerd vanuit Flexwerk Noordoost; coördinatie van het sociaal team (15 medewerkers), formatie, "
           "werving en budget.", JK6, JK7, JK8], ("2019-04", REF), 80, True),
      pos("januari 2013 – maart 2019", "Teamleider Welzijn", "Stichting Welzijn Zwartewaterland",
          ["Leiding aan het welzijnswerk in Genemuiden en Zwartsluis (11 medewerkers); werkverdeling en "
           "jaargesprekken."], ("2013-01", "2019-03"), 75, True),
      pos("september 2007 – december 2012", "Sociaal werker", "Stichting Welzijn Zwartewaterland",
          ["Buurtwerk, vrijwilligerswerk en ouderenadvies."], ("2007-09", "2012-12"), 64, False)]
JK_EMPLOY = ("Ik ben in vaste dienst bij Flexwerk Noordoost B.V. in Zwolle; Flexwerk detacheert mij sinds 2019 en "
             "biedt mij voor deze opdracht aan.")
JK_REF1 = "Annet Wevers, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-38172645"
JK_REF2 = ("Ruud Hoeksema, accountmanager bij Flexwerk Noordoost B.V. (mijn werkgever); hij begeleidt en evalueert "
           "sinds 2019 mijn detacheringen, 06-38172646")
JK_RATE = "Uurtarief: € 85,00 excl. btw"
cv(file="Jorinde Keuper.docx", fmt="docx", layout="single",
   name="Jorinde Keuper", email="jorinde.keuper@example.com", phone="06-38172644", rate=JK_RATE,
   exp=jk, crit_text={"6": JK6, "7": JK7, "8": JK8}, refs=["Annet Wevers"],
   must_have=[JK_EMPLOY, JK_REF2],
   review=dict(gate="refs", kind="own_agency", line=JK_REF2, agency=JK_AGENCY),
   body=[("title", "Jorinde Keuper"),
         ("p", "Kampen  |  06-38172644  |  jorinde.keuper@example.com"),
         ("pb", JK_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Kampen, met ruim twaalf jaar leidinggevende ervaring bij de gemeente "
               "en een welzijnsstichting. " + JK_EMPLOY),
         ("h", "Werkervaring"),
         ("pos", "pipe", jk),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle — diploma behaald in "
               "2007")]
   + refs_block(JK_REF1, JK_REF2),
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(1, False), zzp=False, hourly=85.0,
               crit=FULL,
               notes="REVIEW, reference check (target: a wrong pass by counting two names, or a wrong fail). Under "
                     "'Referenties': 'Annet Wevers, afdelingsmanager Sociaal Domein, gemeente Kampen' (a referee "
                     "without doubt) and 'Ruud Hoeksema, accountmanager bij Flexwerk Noordoost B.V. (mijn "
                     "werkgever); hij begeleidt en evalueert sinds 2019 mijn detacheringen'. Flexwerk is her "
                     "employer and the supplier that offers her for this request ('biedt mij voor deze opdracht "
                     "aan'). Pass: an employer is the most ordinary referee, and he has followed her work for six "
                     "years. Fail: he speaks for the inschrijver itself, with a commercial stake in this bid -- "
                     "much like a candidate naming herself (round 15), and not a third party who can confirm her "
                     "work. Nothing in the CV settles which -> review. Unlike round 3 (an account manager as "
                     "'contactpersoon', not offered as referee) and round 14 (references 'op aanvraag bij de "
                     "accountmanager'), he is listed as the second referee. references.count = 1 (the referee the "
                     "CV certainly gives), on_request false. Everything else clear: Coördinator Sociaal Team, "
                     "Gemeente Kampen 2019-04..2025-11 = 80 + Teamleider Welzijn, Stichting Welzijn "
                     "Zwartewaterland 2013-01..2019-03 = 75 -> 155; HBO MWD; in vaste dienst at a detacheerder. "
                     "100 points, EUR 85."))

# ------------------------------------------------------------------------- Sabine Sprengers (docx) ko 2: Ad or bachelor
SS6 = ("Voorbeeld van beleid naar resultaat: de Heilooër visie 'Heiloo dichtbij' heb ik met het team omgezet in een "
       "jaarwerkplan met vier concrete projecten; resultaat: een wijksteunpunt in Zuiderloo en 40 % minder "
       "doorverwijzingen naar maatwerk.")
SS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar VGZ, de cliëntenraad en de partners van de "
       "publiek-private samenwerking (PPS) 'Heiloo Zorgt'.")
SS8 = "Projectleider van de transitie naar wijkgericht werken, met plan van aanpak, mijlpalen en evaluatie."
ss = [pos("mei 2018 – heden", "Teamleider Sociaal Team", "Gemeente Heiloo",
          ["Leiding aan het sociaal team (13 medewerkers); formatie, werving en budget.", SS6, SS7, SS8],
          ("2018-05", REF), 91, True),
      pos("februari 2012 – april 2018", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Castricum",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (4 medewerkers, 150 "
           "vrijwilligers)."], ("2012-02", "2018-04"), 75, True),
      pos("september 2005 – januari 2012", "Maatschappelijk werker", "Stichting Welzijn Castricum",
          ["Algemeen maatschappelijk werk voor volwassenen en gezinnen."], ("2005-09", "2012-01"), 77, False)]
SS_SW = "Sociaal Werk (deeltijd), Hogeschool Inholland, Alkmaar — 2016 – 2018, diploma behaald"
SS_MBO = "MBO Sociaal-Pedagogisch Werk, niveau 4, ROC Horizon College, Alkmaar — diploma 2005"
SS_RATE = "Uurtarief: € 83,00 excl. btw"
cv(file="Sabine Sprengers.docx", fmt="docx", layout="single",
   name="Sabine Sprengers", email="sabine.sprengers@example.nl", phone="06-59183024", rate=SS_RATE,
   exp=ss, crit_text={"6": SS6, "7": SS7, "8": SS8}, refs=["Joke Kruitbosch", "Frank Meulman"],
   must_have=[SS_SW, SS_MBO],
   review=dict(gate="ko2", kind="level", line=SS_SW),
   body=[("title", "Sabine Sprengers"),
         ("p", "Heiloo  |  06-59183024  |  sabine.sprengers@example.nl"),
         ("pb", SS_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider van het sociaal team in Heiloo, gegroeid vanuit het maatschappelijk werk. Na mijn "
               "mbo-opleiding SPW heb ik naast mijn werk Sociaal Werk gestudeerd aan Inholland. In loondienst bij "
               "detacheerder Kennemer Inzet B.V."),
         ("h", "Werkervaring"),
         ("pos", "next", ss),
         ("h", "Opleiding"),
         ("p", SS_SW),
         ("p", SS_MBO),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven aan een sociaal team, Bestuursacademie Noord-Holland (2019)",
                 "Oplossingsgericht werken (2014)"])]
   + refs_block("Joke Kruitbosch, afdelingsmanager Samenleving, gemeente Heiloo, 06-59183025",
                "Frank Meulman, directeur Stichting Welzijn Castricum, 06-59183026"),
   expect=dict(pages=1, edu=("ad", False, False), coord=166, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="REVIEW ko 2, the level (target: a wrong pass on 'Hogeschool ... diploma behaald', or a wrong "
                     "fail). The only higher education: 'Sociaal Werk (deeltijd), Hogeschool Inholland, Alkmaar — "
                     "2016 – 2018, diploma behaald', after MBO SPW 4. Completed, certainly -- but what? Two years "
                     "part-time at a hogeschool is exactly the Associate degree Sociaal Werk (120 EC, not enough: "
                     "samples' Nicole Dekker, round 35), and it is also a shortened bachelor route for people with "
                     "exemptions (round 17's verkort traject, round 3's bachelor after an Ad: enough). The line says "
                     "neither 'bachelor' nor 'Associate degree'. A pass assumes the bachelor, a fail assumes the Ad; "
                     "the diploma answers it -> review. Education as shown: at least an associate degree -> "
                     "highest_level 'ad', no hbo bachelor shown, mwd false, criterion 4 = 0. Everything else clear: "
                     "Teamleider Sociaal Team, Gemeente Heiloo 2018-05..2025-11 = 91 + Coördinator Mantelzorg en "
                     "Vrijwilligers, Stichting Welzijn Castricum 2012-02..2018-04 = 75 -> 166; maatschappelijk "
                     "werker not leading; two referees. 85 points. Mirrors: Lotte Zwanenburg (the same line as "
                     "'Associate degree Sociaal Werk' -> fail), Carolien Grooters ('Bachelor Social Work (verkort "
                     "deeltijdtraject) ... 2016 – 2018' -> pass)."))

# ------------------------------------------------------------------------- Bernadette Pleijsier (pdf) ko 2: kandidaats
BP6 = ("Van beleid naar resultaat, een voorbeeld: de Wierdense nota 'Oud worden in je eigen dorp' heb ik vertaald "
       "naar een jaarwerkplan met vijf concrete projecten; resultaat: ontmoetingsplekken in Enter en Hoge Hexel en "
       "120 nieuwe vrijwilligers.")
BP7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis, de ouderenbonden en de partners van de "
       "publiek-private samenwerking (PPS) 'Wierden Vitaal'.")
BP8 = ("Projectleider van het verandertraject waarin ouderenwerk, mantelzorg en buurtwerk één team werden, met plan "
       "van aanpak en evaluatie.")
bp = [pos("maart 2012 – heden", "Manager Welzijn en Mantelzorg", "Stichting Welzijnswerk Wierden",
          ["Leiding aan het welzijnswerk (17 medewerkers, 400 vrijwilligers); formatie, werving en budget.",
           BP6, BP7, BP8], ("2012-03", REF), 165, True),
      pos("september 2004 – februari 2012", "Coördinator Ouderenwerk", "Gemeente Hellendoorn",
          ["Coördinatie van het ouderenwerk en de ouderenadviseurs (6 medewerkers)."], ("2004-09", "2012-02"), 90,
          True),
      pos("september 1981 – augustus 2004", "Opbouwwerker", "Stichting Welzijnswerk Wierden",
          ["Opbouwwerk in Enter en Wierden; dorpshuizen, buurtcomités en bewonersinitiatieven."],
          ("1981-09", "2004-08"), 276, False)]
BP_KAND = "Kandidaatsexamen Andragologie, Universiteit van Amsterdam — behaald 1980"
BP_GYM = "Gymnasium, Stedelijk Gymnasium Deventer — diploma 1977"
BP_RATE = "€ 86,00 per uur excl. btw"
cv(file="Bernadette Pleijsier.pdf", fmt="pdf", layout="sidebar",
   name="Bernadette Pleijsier", email="b.pleijsier@example.com", phone="06-80426157", rate=BP_RATE,
   exp=bp, crit_text={"6": BP6, "7": BP7, "8": BP8}, refs=["Anneke Hengelman", "Jan Voortman"],
   must_have=[BP_KAND, BP_GYM],
   review=dict(gate="ko2", kind="intermediate", line=BP_KAND),
   left=[("h", "Contact"),
         ("p", "Enter"), ("p", "06-80426157"), ("p", "b.pleijsier@example.com"),
         ("h", "Tarief"),
         ("p", BP_RATE),
         ("h", "Sterk in"),
         ("bl", ["Mensen verbinden", "Rust in een team", "Sturen op afspraken"])],
   right=[("title", "Bernadette Pleijsier"),
          ("h", "Profiel"),
          ("p", "Manager welzijn met ruim veertig jaar ervaring in het welzijnswerk in Twente, van opbouwwerker tot "
                "manager. In loondienst bij detacheerder Twente Inzet B.V."),
          ("h", "Werkervaring"),
          ("pos", "pipe", bp),
          ("h", "Opleiding"),
          ("p", BP_KAND),
          ("p", BP_GYM),
          ("h", "Cursussen"),
          ("bl", ["Leergang Leidinggeven in welzijn, Stichting Kaderopleidingen Welzijn (2005)",
                  "Methodisch werken met DA Systems (2020)"])]
   + refs_block("Anneke Hengelman, voorzitter raad van toezicht Stichting Welzijnswerk Wierden, 06-80426158",
                "Jan Voortman, voormalig afdelingshoofd Samenleving, gemeente Hellendoorn, 06-80426159"),
   expect=dict(pages=2, edu=("none", False, False), coord=255, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="REVIEW ko 2, an intermediate exam (target: a wrong pass on 'Universiteit ... behaald', or a "
                     "wrong fail). The only higher education is 'Kandidaatsexamen Andragologie, Universiteit van "
                     "Amsterdam — behaald 1980', above 'Gymnasium ... diploma 1977'. In the university system "
                     "before the two-phase structure the kandidaatsexamen closed the first three years of a "
                     "university study; the doctoraal came after it. Pass: three years of university, completed "
                     "with an exam, is at least the level of an hbo bachelor. Fail: it is an intermediate exam "
                     "('tussenexamen'), like a propedeuse, and the study it belongs to was not completed; the "
                     "request asks for an 'afgeronde opleiding'. Nothing in the CV says how the kandidaats was "
                     "later valued -> review. Education as shown: no completed education at mbo level or higher "
                     "(gymnasium is secondary school) -> highest_level 'none', hbo_bachelor_completed false, mwd "
                     "false (andragologie is not MWD either way), criterion 4 = 0. Everything else clear: Manager "
                     "Welzijn en Mantelzorg, Stichting Welzijnswerk Wierden 2012-03..2025-11 = 165 + Coördinator "
                     "Ouderenwerk, Gemeente Hellendoorn 2004-09..2012-02 = 90 -> 255; opbouwwerker not leading; two "
                     "referees. 85 points."))

# ------------------------------------------------------------------------- Thijs Vlietstra (pdf) ko 3: the domain
TV6 = ("Van beleid naar resultaat: het Zutphense jeugdbeleid 'Kansrijk opgroeien' heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat: een vast jeugdpunt in De Hoven en een halvering van "
       "de wachttijd voor opvoedondersteuning.")
TV7 = ("Samenwerking met zorgaanbieders, huisartsen, de jeugd-ggz, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Gezond Zutphen'.")
TV8 = "Projectleider van de invoering van gezinscoaches in het wijkteam (verandertraject, 2023 – 2024)."
TV_LP_TASKS = ["Binnen de afdeling Jeugd en Onderwijs: leiding aan negen leerplichtambtenaren en twee "
               "RMC-trajectbegeleiders; formatie, werving en jaargesprekken.",
               "Handhaving van de Leerplichtwet en de kwalificatieplicht: verzuimmeldingen van scholen, "
               "verzuimgesprekken, processen-verbaal en Halt-verwijzingen.",
               "Overleg over thuiszitters met scholen en de samenwerkingsverbanden passend onderwijs."]
tv = [pos("december 2022 – heden", "Coördinator Jeugd en Gezin", "Gemeente Zutphen",
          ["Coördinatie van het jeugd- en gezinsteam (12 medewerkers); werkverdeling, formatie en budget.",
           TV6, TV7, TV8], ("2022-12", REF), 36, True),
      uncertain(pos("maart 2020 – november 2022", "Teamleider Leerplicht en RMC", "Gemeente Zutphen",
                    TV_LP_TASKS, ("2020-03", "2022-11"), 33, False)),
      pos("september 2012 – februari 2020", "Leerplichtambtenaar", "Gemeente Zutphen",
          ["Verzuimgesprekken met leerlingen en ouders; vrijstellingen en processen-verbaal."],
          ("2012-09", "2020-02"), 90, False)]
TV_RATE = "Tarief: € 82,00 per uur excl. btw"
cv(file="Thijs Vlietstra.pdf", fmt="pdf", layout="header",
   header="Thijs Vlietstra  ·  Zutphen  ·  06-73025816  ·  thijs.vlietstra@example.nl",
   name="Thijs Vlietstra", email="thijs.vlietstra@example.nl", phone="06-73025816", rate=TV_RATE,
   exp=tv, crit_text={"6": TV6, "7": TV7, "8": TV8}, refs=["Petra Jannink", "Erik Schotman"],
   must_have=["Teamleider Leerplicht en RMC"] + TV_LP_TASKS,
   review=dict(gate="ko3", kind="uncertain"),
   body=[("title", "Thijs Vlietstra"),
         ("pb", TV_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator jeugd en gezin bij de gemeente Zutphen; daarvoor ruim tien jaar in de leerplicht, "
               "waarvan bijna drie jaar als teamleider. In loondienst bij detacheerder Achterhoek Inzet B.V."),
         ("h", "Werkervaring"),
         ("eu_pos", tv),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion, Deventer — diploma behaald in 2011")]
   + refs_block("Petra Jannink, afdelingsmanager Sociaal Domein, gemeente Zutphen, 06-73025817",
                "Erik Schotman, voormalig afdelingshoofd Jeugd en Onderwijs, gemeente Zutphen, 06-73025818"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=36, refs=(2, False), zzp=False, hourly=82.0,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW ko 3, the domain (target: a wrong pass on 'Teamleider' + 'Gemeente' + 'Jeugd', or a "
                     "wrong fail). Certain: Coördinator Jeugd en Gezin, Gemeente Zutphen 2022-12..2025-11 = 36. "
                     "Uncertain: Teamleider Leerplicht en RMC, Gemeente Zutphen 2020-03..2022-11 = 33 -- a leading "
                     "role (nine leerplichtambtenaren, formatie, werving) at a gemeente, in the department Jeugd en "
                     "Onderwijs. Is leerplicht 'het Sociaal Domein'? It is the enforcement of an education law "
                     "(Leerplichtwet, processen-verbaal, Halt), which sits under onderwijs, not under the Wmo, "
                     "Jeugdwet or Participatiewet; many gemeenten place it with jeugd in their sociaal domein, and "
                     "thuiszitters are a social question. Rounds 10 (sport and culture), 6 and 19 (burgerzaken), 8 "
                     "(openbare ruimte), 39 (participatie under the Omgevingswet) and 56 (a safety wijkteam) were "
                     "clearly outside; round 48's Teamleider Jeugd en Onderwijs led jeugdconsulenten and leerplicht "
                     "together (inside). A team of leerplicht alone is neither -> review. 36 without, 69 with; "
                     "criterion 5 = 0 on both readings (< 72). coord_months = the demonstrated 36. "
                     "Leerplichtambtenaar not leading. HBO MWD diploma -> criterion 4. 75 points."))

# ------------------------------------------------------------------------- Ilse Harbrink (docx) ko 3: impossible period
IH6 = ("Voorbeeld van beleid naar resultaat: de Raalter nota 'Samen oud in Raalte' heb ik met het team vertaald naar "
       "een jaarwerkplan met vier concrete projecten; resultaat: drie nieuwe huiskamers en 60 nieuwe vrijwilligers.")
IH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Salland, de ouderenbonden en de partners van de "
       "publiek-private samenwerking (PPS) 'Vitaal Raalte'.")
IH8 = ("Projectleider van het verandertraject 'Welzijn op recept', met plan van aanpak, mijlpalen en evaluatie.")
ih = [pos("februari 2023 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Raalte",
          ["Coördinatie van het ouderenwerk (9 medewerkers, 200 vrijwilligers); werkverdeling, formatie en "
           "budget.", IH6, IH7, IH8], ("2023-02", REF), 34, True),
      pos("maart 2014 – augustus 2020", "Wmo-consulent", "Gemeente Olst-Wijhe",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."], ("2014-03", "2020-08"), 78, False)]
IH_TYPO = dict(d="september 2023 – januari 2023", t="Teamleider Wmo-loket", e="Gemeente Olst-Wijhe",
               tasks=["Leiding aan het Wmo-loket (acht consulenten en twee administratief medewerkers); "
                      "werkverdeling, formatie en jaargesprekken."],
               intended=("2020-09", "2023-01"), m=29)
IH_RATE = "Uurtarief: € 81,50 excl. btw"
cv(file="Ilse Harbrink.docx", fmt="docx", layout="single",
   name="Ilse Harbrink", email="ilse.harbrink@example.nl", phone="06-14860273", rate=IH_RATE,
   exp=ih, typo_pos=IH_TYPO, crit_text={"6": IH6, "7": IH7, "8": IH8}, refs=["Lenie Bruntink", "Gert Egberink"],
   must_have=[IH_TYPO["d"], f"{IH_TYPO['t']}, {IH_TYPO['e']}"] + IH_TYPO["tasks"],
   review=dict(gate="ko3", kind="typo"),
   body=[("title", "Ilse Harbrink"),
         ("p", "Raalte  |  06-14860273  |  ilse.harbrink@example.nl"),
         ("pb", IH_RATE),
         ("h", "Profiel"),
         ("p", "Leidinggevende in Wmo en welzijn, met een achtergrond als Wmo-consulent. Ik werk vanuit het "
               "perspectief van de inwoner. In loondienst bij detacheerder Salland Inzet B.V."),
         ("h", "Werkervaring"),
         ("pos", "dateline", [ih[0]]),
         ("pos", "dateline", [IH_TYPO]),
         ("pos", "dateline", [ih[1]]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion, Deventer — diploma behaald in 2013")]
   + refs_block("Lenie Bruntink, directeur Stichting Welzijn Raalte, 06-14860274",
                "Gert Egberink, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-14860275"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=34, refs=(2, False), zzp=False, hourly=81.5,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW ko 3, an impossible period (target: a wrong fail by dropping or shrinking the line, or "
                     "a wrong pass by correcting it silently). Certain: Coördinator Welzijn Ouderen, Stichting "
                     "Welzijn Raalte 2023-02..2025-11 = 34. The position between it and her Wmo-consulent years "
                     "(ending 'augustus 2020') is printed 'september 2023 – januari 2023 / Teamleider Wmo-loket, "
                     "Gemeente Olst-Wijhe': the end lies before the start. The obvious correction is a typing "
                     "error in the start year (2020, the month after the consulent job) -> 2020-09..2023-01 = 29 -> "
                     "63 (pass); other readings give a few months (a start in 2022: 5 -> 39, fail). Pass means "
                     "filling in the CV for the candidate; fail means rejecting her for a typing error that the "
                     "supplier can correct in one line. 'Aantoonbaar' needs the real period -> ask: review. "
                     "coord_months = the demonstrated 34; criterion 5 = 0 on every reading (< 72). Wmo-consulent "
                     "not leading. HBO MWD -> criterion 4. 75 points."))

# ========================================================================= CONTROL, NOT ELIGIBLE

# ------------------------------------------------------------------------- Lotte Zwanenburg (docx) ko 2 fail: Ad
LZ6 = ("Een voorbeeld van beleid naar resultaat: de Castricumse nota 'Iedereen doet mee' heb ik vertaald naar een "
       "uitvoeringsplan met vijf concrete projecten; resultaat: een buurtkamer in Bakkum en 50 nieuwe "
       "buurtvrijwilligers.")
LZ7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar VGZ en de partners van de publiek-private "
       "samenwerking (PPS) 'Castricum Gezond'.")
LZ8 = "Projectleider van de reorganisatie van het buurtwerk en de mantelzorgondersteuning tot één team."
lz = [pos("01-2019 – heden", "Coördinator Welzijn", "Gemeente Castricum",
          ["Coördinatie van het cluster welzijn (11 medewerkers); formatie, werving en budget.", LZ6, LZ7, LZ8],
          ("2019-01", REF), 83, True),
      pos("03-2013 – 12-2018", "Teamleider Buurtwerk", "Stichting Welzijn Heiloo",
          ["Leiding aan zes buurtwerkers en de vrijwilligerscentrale."], ("2013-03", "2018-12"), 70, True),
      pos("09-2006 – 02-2013", "Buurtwerker", "Stichting Welzijn Heiloo",
          ["Buurtwerk en activiteiten in Heiloo-Oost."], ("2006-09", "2013-02"), 78, False)]
LZ_AD = "Associate degree Sociaal Werk (deeltijd), Hogeschool Inholland, Alkmaar — 2016 – 2018, diploma behaald"
LZ_MBO = "MBO Sociaal-Pedagogisch Werk, niveau 4, ROC Horizon College, Alkmaar — diploma 2006"
LZ_RATE = "Uurtarief: € 80,00 excl. btw"
cv(file="Lotte Zwanenburg.docx", fmt="docx", layout="single",
   name="Lotte Zwanenburg", email="lotte.zwanenburg@example.com", phone="06-92047153", rate=LZ_RATE,
   exp=lz, crit_text={"6": LZ6, "7": LZ7, "8": LZ8}, refs=["Monique Paalman", "Dick Ribberink"],
   must_have=[LZ_AD, LZ_MBO],
   body=[("title", "Lotte Zwanenburg"),
         ("p", "Castricum  |  06-92047153  |  lotte.zwanenburg@example.com"),
         ("pb", LZ_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn bij de gemeente Castricum, met ruim twaalf jaar leidinggevende ervaring in het "
               "buurtwerk en bij de gemeente. In loondienst bij detacheerder Kennemer Inzet B.V."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], lz),
         ("tasks", lz),
         ("h", "Opleiding"),
         ("p", LZ_AD),
         ("p", LZ_MBO)]
   + refs_block("Monique Paalman, afdelingsmanager Samenleving, gemeente Castricum, 06-92047154",
                "Dick Ribberink, voormalig directeur Stichting Welzijn Heiloo, 06-92047155"),
   expect=dict(pages=1, edu=("ad", False, False), coord=153, refs=(2, False), zzp=False, hourly=80.0,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL, NOT ELIGIBLE: ko 2 fail (target: a wrong review or pass; mirror of Sabine "
                     "Sprengers). Sabine's line, now 'Associate degree Sociaal Werk (deeltijd), Hogeschool "
                     "Inholland, Alkmaar — 2016 – 2018, diploma behaald': the CV says which diploma it is. An Ad is "
                     "hbo level 5, not a bachelor (samples' Nicole Dekker) -> highest_level 'ad', no hbo bachelor, "
                     "ko 2 fail, criterion 4 = 0. Everything else clear: Coördinator Welzijn, Gemeente Castricum "
                     "2019-01..2025-11 = 83 + Teamleider Buurtwerk, Stichting Welzijn Heiloo 2013-03..2018-12 = 70 "
                     "-> 153; buurtwerker not leading; two referees. 85 points, EUR 80 (a wrong pass would rank "
                     "high)."))
