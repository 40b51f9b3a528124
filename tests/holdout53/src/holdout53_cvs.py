# -*- coding: utf-8 -*-
"""Holdout round 53 for zeef: "the honest answer is review". 8 fictional CVs (4 PDF, 4 DOCX), written without
looking at the pipeline's source or rules/. Six CVs leave exactly one gate honestly undecided -- an assessor who must
defend the decision to a rejected supplier can say neither pass nor fail from the CV -- and everything else in them is
clear; two controls mirror them with the same wording settled (one eligible, one clearly not):

  - knock-out 2: an HBO line with only a short period and no word about completion, where every other line says
    "diploma" (Jolien Brasjen); a bachelor "afstuderen gepland in juni 2025" in a CV read after June 2025
    (Femke Oosterwegel);
  - knock-out 3, one part of the knock-out each: the EMPLOYER -- a teamleider at an intergemeentelijke sociale dienst,
    a public body of gemeenten but not a gemeente (Herman Ekkelkamp); the PERIOD -- "maart 2020 – heden" in a CV
    "versie april 2024" (Petra Tijhof); the ROLE -- a "Coördinerend consulent Wmo" with work allocation but without
    staff, formation or budget (Evert Buitenhuis); each time the uncertain months decide the 60;
  - knock-out 1: in loondienst at a three-person B.V. of which she is one of the three owner-directors and which has no
    other staff (Marit Slotboom);
  - controls: Ilona Wassenberg (eligible: "Laatst bijgewerkt: november 2025", "diploma behaald"), Debby Lansink (the
    same HBO line as Jolien with "niet afgerond": knock-out 2 fail).

How expectations are written for a review (the shared expected.py can express only year-only and ZZP reviews; see
../src/expected53.py):
  - knock-out 2 review: education = the highest level the CV demonstrates as completed (mbo), hbo_bachelor_completed
    false, mwd false, criterion 4 = 0 ("aantoonbaar afgerond" is not shown), knock-out 2 "review";
  - knock-out 3 review on the employer or the role: a position that may or may not count is marked uncertain and is
    not in coord_months (the months the CV demonstrates); expected53.py checks that the certain months are < 60 and
    the months with the uncertain position >= 60, and that criterion 5 is the same on both readings;
  - knock-out 3 review on the period: coord_months follows the contract ("heden" runs to the reference date);
    expected53.py checks that the months cut at the CV's own date are < 60, that both readings give the same
    criterion 5, and that no date after the CV's own date is printed anywhere;
  - knock-out 1 review: the shared rule (zzp true -> review).

Every person, foundation, the ISD, phone number, e-mail address and reference is made up; employers are real
municipalities, fictional foundations and one fictional intergemeentelijke sociale dienst; real hogescholen and ROCs
appear as schools.
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
    """A position that may or may not count for knock-out 3 (not in coord_months; see expected53.py)."""
    p["uncertain"] = True
    return p


# ------------------------------------------------------------------------- Jolien Brasjen (docx) ko 2: silent HBO line
JB6 = ("Voorbeeld van beleid naar resultaat: de Olst-Wijhese nota 'Samen redzaam' heb ik met het team vertaald naar "
       "een jaarwerkplan met vier concrete projecten; resultaat: een ontmoetingsplek in Wesepe en 60 nieuwe "
       "mantelzorgers in beeld.")
JB7 = ("Vast overleg met zorgaanbieders, huisartsen, zorgverzekeraar Salland en de partners van de publiek-private "
       "samenwerking (PPS) 'Vitaal Olst-Wijhe'.")
JB8 = ("Projectleider van het verandertraject naar één sociaal team voor Wmo, jeugd en schulden, met plan van aanpak, "
       "mijlpalen en evaluatie.")
jb = [pos("april 2016 – heden", "Coördinator Welzijn", "Gemeente Olst-Wijhe",
          ["Coördinatie van het cluster welzijn (12 medewerkers); formatie, werving en budget.", JB6, JB7, JB8],
          ("2016-04", REF), 116, True),
      pos("oktober 2010 – maart 2016", "Teamleider Maatschappelijk Werk", "Stichting Welzijn Raalte",
          ["Leiding aan negen maatschappelijk werkers; werkverdeling, kwaliteit en jaargesprekken."],
          ("2010-10", "2016-03"), 66, True),
      pos("september 2003 – september 2010", "Sociaal werker ouderenwerk", "Stichting Welzijn Raalte",
          ["Huisbezoeken, formulierenhulp en ouderenadvies."], ("2003-09", "2010-09"), 85, False)]
JB_HBO = "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim, Zwolle — 2000 – 2003"
JB_MBO = "MBO Sociaal-Pedagogisch Werk, niveau 4, ROC Deltion, Zwolle — diploma 1999"
JB_HAVO = "Havo, Carolus Clusius College, Zwolle — diploma 1995"
JB_RATE = "Uurtarief: € 86,00 excl. btw"
cv(file="Jolien Brasjen.docx", fmt="docx", layout="single",
   name="Jolien Brasjen", email="jolien.brasjen@example.nl", phone="06-24817395", rate=JB_RATE,
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Gerda Smeenk", "Arend Kolkman"],
   must_have=[JB_HBO, JB_MBO, JB_HAVO],
   review=dict(gate="ko2", kind="silent", line=JB_HBO, others=[JB_MBO, JB_HAVO]),
   body=[("title", "Jolien Brasjen"),
         ("p", "Wijhe  |  06-24817395  |  jolien.brasjen@example.nl"),
         ("pb", JB_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn met vijftien jaar leidinggevende ervaring in het sociaal domein, bij een "
               "welzijnsstichting en bij de gemeente. Ik ben in loondienst bij detacheerder IJssel Inzet B.V."),
         ("h", "Werkervaring"),
         ("pos", "next", jb),
         ("h", "Opleiding"),
         ("p", JB_HBO),
         ("p", JB_MBO),
         ("p", JB_HAVO),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven in het sociaal domein, Bestuursacademie Oost (2012)",
                 "Methodisch werken met DA Systems (2021)"])]
   + refs_block("Gerda Smeenk, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-24817396",
                "Arend Kolkman, voormalig directeur Stichting Welzijn Raalte, 06-24817397"),
   expect=dict(pages=2, edu=("mbo", False, False), coord=182, refs=(2, False), zzp=False, hourly=86.0,
               crit=(0, 25, 15, 20, 25),
               notes="REVIEW ko 2 (target: wrong pass by assuming completion, or wrong fail by reading the silence "
                     "as 'not completed'). The only HBO line is 'HBO Maatschappelijk Werk en Dienstverlening "
                     "(deeltijd), Hogeschool Windesheim, Zwolle — 2000 – 2003': three years of a four-year "
                     "programme, no word about completion either way, while the MBO and havo lines directly under "
                     "it both say 'diploma'. A shortened part-time route after an SPW-4 diploma could end in three "
                     "years; so could a study given up. 'Aantoonbaar afgerond' is not shown (no pass), and nothing "
                     "says it was not completed (no fail) -> ask for the diploma: review. Highest level shown as "
                     "completed: mbo; MWD not shown -> criterion 4 = 0. Everything else is clear: Coördinator "
                     "Welzijn, Gemeente Olst-Wijhe 2016-04..2025-11 = 116 + Teamleider Maatschappelijk Werk, "
                     "Stichting Welzijn Raalte 2010-10..2016-03 = 66 -> 182; sociaal werker not leading; two "
                     "referees; in loondienst at a detacheerder. 85 points. Mirror: Debby Lansink (same line with "
                     "'niet afgerond' -> fail)."))

# ------------------------------------------------------------------------- Femke Oosterwegel (pdf) ko 2: planned date passed
FO6 = ("Een voorbeeld van beleid naar resultaat: het Deventer beleidsplan 'Iedereen telt mee' heb ik vertaald naar "
       "een uitvoeringsagenda met zes concrete projecten; resultaat: een wijkteam in Colmschate en wachttijden "
       "onder de vier weken.")
FO7 = ("Samenwerking met zorgaanbieders, huisartsen, GGD IJsselland, zorgverzekeraar Menzis en de partners van de "
       "publiek-private samenwerking (PPS) 'Gezond Deventer'.")
FO8 = ("Projectleider van de reorganisatie van zes wijkteams naar vier, met projectplan, stuurgroep en "
       "evaluatie.")
fo = [pos("juni 2016 – heden", "Coördinator Wijkteams", "Gemeente Deventer",
          ["Coördinatie van vier wijkteams (30 medewerkers); werkverdeling, formatie, werving en budget.",
           FO6, FO7, FO8], ("2016-06", REF), 114, True),
      pos("maart 2011 – mei 2016", "Wijkcoach", "Gemeente Deventer",
          ["Gesprekken met inwoners en gezinnen; toegang tot Wmo en jeugdhulp."], ("2011-03", "2016-05"), 63, False)]
FO_BSW = "Bachelor Social Work (deeltijd), Saxion, Deventer — 2021 – 2025, afstuderen gepland in juni 2025"
FO_MBO = "MBO Sociaal-Maatschappelijke Dienstverlening, niveau 4, ROC Aventus, Apeldoorn — diploma 2009"
FO_PROF = "In juni 2025 rond ik mijn deeltijdbachelor Social Work af."
FO_RATE = "€ 84,00 per uur excl. btw"
cv(file="Femke Oosterwegel.pdf", fmt="pdf", layout="sidebar",
   name="Femke Oosterwegel", email="femkeo@example.nl", phone="06-53190462", rate=FO_RATE,
   exp=fo, crit_text={"6": FO6, "7": FO7, "8": FO8}, refs=["Wim Groothuis", "Saskia Lubbers"],
   must_have=[FO_BSW, FO_MBO, FO_PROF],
   review=dict(gate="ko2", kind="planned", line=FO_BSW, planned="2025-06"),
   left=[("h", "Contact"),
         ("p", "Deventer"), ("p", "06-53190462"), ("p", "femkeo@example.nl"),
         ("h", "Tarief"),
         ("p", FO_RATE),
         ("h", "Sterk in"),
         ("bl", ["Verbinden van teams", "Sturen op afspraken", "Heldere taal"])],
   right=[("title", "Femke Oosterwegel"),
          ("h", "Profiel"),
          ("p", "Coördinator wijkteams bij de gemeente Deventer, in loondienst. " + FO_PROF),
          ("h", "Werkervaring"),
          ("pos", "pipe", fo),
          ("h", "Opleiding"),
          ("p", FO_BSW),
          ("p", FO_MBO)]
   + refs_block("Wim Groothuis, afdelingsmanager Sociaal Domein, gemeente Deventer, 06-53190463",
                "Saskia Lubbers, teamleider Wijkteams, gemeente Deventer, 06-53190464"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=114, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="REVIEW ko 2 (target: wrong fail by reading 'gepland' as 'not completed', or wrong pass). "
                     "'Bachelor Social Work (deeltijd), Saxion, Deventer — 2021 – 2025, afstuderen gepland in juni "
                     "2025' and in the profile 'In juni 2025 rond ik mijn deeltijdbachelor Social Work af.': the "
                     "CV was written before June 2025 and is read after the deadline of 25 November 2025. The "
                     "planned graduation lies five months before the deadline, so she may well hold the diploma, "
                     "or may not (a thesis can slip). Unlike 'gepland juni 2026' (round 16) or a diploma dated "
                     "after the deadline (round 33), nothing here makes completion impossible by the deadline, and "
                     "nothing shows it -> ask: review. Highest level shown as completed: mbo (SMD 4, diploma "
                     "2009); MWD not shown -> criterion 4 = 0. Months are clear on any reading: Coördinator "
                     "Wijkteams, Gemeente Deventer 2016-06..2025-11 = 114 (104 even if cut at January 2025); "
                     "wijkcoach not leading. 85 points."))

# ------------------------------------------------------------------------- Herman Ekkelkamp (pdf) ko 3: the employer
HE6 = ("Van beleid naar resultaat, een voorbeeld: de Oldebroekse visie 'Samen dichtbij' heb ik omgezet in een "
       "jaarwerkplan met vijf concrete projecten, met als resultaat een inloop in Wezep en 40 % minder "
       "doorverwijzingen naar maatwerk.")
HE7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de cliëntenraad en de "
       "partners van de publiek-private samenwerking (PPS) 'Oldebroek Vitaal'.")
HE8 = "Projectleider van de transitie van het Wmo-loket naar één sociaal team, met plan van aanpak en evaluatie."
HE_ISD = "Intergemeentelijke Sociale Dienst Randmeren, Elburg"
HE_ISD_TASK = ("De ISD voert voor de gemeenten Elburg, Nunspeet en Oldebroek de Participatiewet uit; ik was in "
               "dienst van de ISD.")
he = [pos("maart 2022 – heden", "Coördinator Sociaal Team", "Gemeente Oldebroek",
          ["Coördinatie van het sociaal team (14 medewerkers); formatie, werving en budget.", HE6, HE7, HE8],
          ("2022-03", REF), 45, True),
      uncertain(pos("mei 2020 – februari 2022", "Teamleider Participatie", HE_ISD,
                    ["Leiding aan acht klantmanagers participatie; werkverdeling, formatie en jaargesprekken.",
                     HE_ISD_TASK], ("2020-05", "2022-02"), 22, False)),
      pos("januari 2013 – april 2020", "Klantmanager Participatie", HE_ISD,
          ["Begeleiding van inwoners met een bijstandsuitkering naar werk."], ("2013-01", "2020-04"), 88, False)]
HE_RATE = "Uurtarief: € 85,50 excl. btw"
cv(file="Herman Ekkelkamp.pdf", fmt="pdf", layout="single",
   name="Herman Ekkelkamp", email="herman.ekkelkamp@example.nl", phone="06-71630284", rate=HE_RATE,
   exp=he, crit_text={"6": HE6, "7": HE7, "8": HE8}, refs=["Janny Rozendal", "Piet Wolbers"],
   must_have=["Teamleider Participatie — " + HE_ISD, HE_ISD_TASK],
   review=dict(gate="ko3", kind="uncertain"),
   body=[("title", "Herman Ekkelkamp"),
         ("p", "Wezep  |  06-71630284  |  herman.ekkelkamp@example.nl"),
         ("pb", HE_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team in Oldebroek, met een achtergrond in werk en inkomen. In "
               "loondienst bij detacheerder Veluwe Inzet B.V."),
         ("h", "Werkervaring"),
         ("pos", "datebold", he),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle — diploma behaald in "
               "2012")]
   + refs_block("Janny Rozendal, afdelingsmanager Samenleving, gemeente Oldebroek, 06-71630285",
                "Piet Wolbers, voormalig directeur ISD Randmeren, 06-71630286"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=45, refs=(2, False), zzp=False, hourly=85.5,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW ko 3, the employer (target: wrong pass by counting the ISD as a gemeente, or wrong "
                     "fail by reading it as a company). Certain: Coördinator Sociaal Team, Gemeente Oldebroek "
                     "2022-03..2025-11 = 45. Uncertain: Teamleider Participatie, Intergemeentelijke Sociale Dienst "
                     "Randmeren 2020-05..2022-02 = 22 -- a leading role in the social domain (participatie), at a "
                     "gemeenschappelijke regeling that carries out the Participatiewet for three gemeenten and "
                     "employs its own staff. 'Bij een gemeente of welzijnsstichting': an ISD is neither by its legal "
                     "form, yet it does the gemeenten's own social-domain work as their public body (unlike a GGD "
                     "with its own health task, round 4, or a werkbedrijf N.V., round 33); earlier rounds dropped "
                     "it as genuinely ambiguous. 45 without, 67 with -> the ISD months decide the 60 -> review. "
                     "coord_months = the demonstrated 45. Criterion 5 = 0 on both readings (< 72). Klantmanager "
                     "not leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Petra Tijhof (docx) ko 3: "heden" in a dated CV
PT6 = ("Voorbeeld van beleid naar resultaat: de Hattemse jeugdnota 'Opgroeien in Hattem' heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat: een jongerenpunt en 30 % kortere wachttijden voor "
       "jeugdhulp.")
PT7 = ("Samenwerking met zorgaanbieders, huisartsen, het onderwijs, zorgverzekeraar Zilveren Kruis en de partners "
       "van de publiek-private samenwerking (PPS) 'Kansrijk Hattem'.")
PT8 = ("Projectleider van de herinrichting van de toegang tot jeugdhulp: een verandertraject met plan van aanpak "
       "en evaluatie.")
PT_VERSION = "Curriculum vitae — versie april 2024"
pt = [pos("maart 2020 – heden", "Coördinator Jeugd en Gezin", "Gemeente Hattem",
          ["Coördinatie van het team jeugd en gezin (9 medewerkers); werkverdeling, formatie en budget.",
           PT6, PT7, PT8], ("2020-03", REF), 69, True),
      pos("februari 2014 – februari 2020", "Jeugdconsulent", "Gemeente Hattem",
          ["Gesprekken met gezinnen, beschikkingen jeugdhulp."], ("2014-02", "2020-02"), 73, False),
      pos("september 2010 – januari 2014", "Ambulant hulpverlener", "Stichting Jeugdhulp Salland",
          ["Begeleiding van gezinnen thuis."], ("2010-09", "2014-01"), 41, False)]
PT_RATE = "Tarief: € 83,00 per uur (excl. btw)"
cv(file="Petra Tijhof.docx", fmt="docx", layout="single",
   name="Petra Tijhof", email="petra.tijhof@example.nl", phone="06-38264719", rate=PT_RATE,
   exp=pt, crit_text={"6": PT6, "7": PT7, "8": PT8}, refs=["Bertine Hulst", "Ruud Kamphuis"],
   must_have=[PT_VERSION, "maart 2020 – heden"],
   review=dict(gate="ko3", kind="asof", asof="2024-04", phrase=PT_VERSION),
   body=[("title", "Petra Tijhof"),
         ("p", PT_VERSION),
         ("p", "Hattem  |  06-38264719  |  petra.tijhof@example.nl"),
         ("pb", PT_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator jeugd en gezin bij de gemeente Hattem. Ik verbind beleid en uitvoering en help "
               "consulenten groeien in hun vak."),
         ("h", "Werkervaring"),
         ("pos", "dateline", pt),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle — diploma behaald in 2010"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2021)", "Signalen van kindermishandeling, meldcode (2019)"])]
   + refs_block("Bertine Hulst, afdelingsmanager Samenleving, gemeente Hattem, 06-38264720",
                "Ruud Kamphuis, teamleider Jeugd, gemeente Hattem, 06-38264721"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=69, refs=(2, False), zzp=False, hourly=83.0,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW ko 3, the period (target: wrong pass by running 'heden' to the deadline without "
                     "looking at the CV's own date). The only leading role: Coördinator Jeugd en Gezin, Gemeente "
                     "Hattem, 'maart 2020 – heden', in a CV headed 'Curriculum vitae — versie april 2024'; no date "
                     "after April 2024 appears anywhere. By the contract ('heden' runs to the reference date) "
                     "2020-03..2025-11 = 69; what the CV demonstrates is up to its own date, 2020-03..2024-04 = 50. "
                     "Whether she is still coordinator after April 2024 is what decides the 60 -> review. "
                     "coord_months follows the contract: 69. Criterion 5 = 0 on both readings (< 72). Jeugdconsulent "
                     "and ambulant hulpverlener not leading. Bachelor Social Work, diploma -> criterion 4. 75 "
                     "points. Mirror: Ilona Wassenberg ('Laatst bijgewerkt: november 2025')."))

# ------------------------------------------------------------------------- Marit Slotboom (docx) ko 1: co-owner of the bidder
MS6 = ("Voorbeeld beleid naar resultaat: de Zwartewaterlandse nota 'Meedoen in Zwartewaterland' heb ik vertaald "
       "naar een jaarwerkplan met vijf concrete projecten; resultaat: een huiskamer in Genemuiden en 80 nieuwe "
       "vrijwilligers.")
MS7 = ("Overleg met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis, de patiëntenvereniging en de "
       "partners van de publiek-private samenwerking (PPS) 'Zorgzaam Zwartsluis'.")
MS8 = "Projectleider van het verandertraject 'Eén toegang' voor Wmo en jeugd, met plan van aanpak en evaluatie."
MS_DV = ("Dienstverband: ik ben in loondienst bij Drie Stromen Sociaal Interim B.V. in Zwolle, het bureau dat ik in "
         "2019 met twee oud-collega's heb opgericht. Wij zijn ieder voor een derde aandeelhouder en vormen samen de "
         "directie; Drie Stromen heeft geen andere medewerkers. Drie Stromen biedt mij voor deze opdracht aan.")
ms = [pos("maart 2019 – heden", "Coördinator Welzijn en Wmo", "Gemeente Zwartewaterland",
          ["Gedetacheerd vanuit Drie Stromen; coördinatie van het team welzijn en Wmo (13 medewerkers), formatie "
           "en budget.", MS6, MS7, MS8], ("2019-03", REF), 81, True),
      pos("juni 2012 – februari 2019", "Teamleider Wmo", "Gemeente Kampen",
          ["Leiding aan tien Wmo-consulenten; werkverdeling en jaargesprekken."], ("2012-06", "2019-02"), 81, True),
      pos("januari 2007 – mei 2012", "Wmo-consulent", "Gemeente Kampen",
          ["Keukentafelgesprekken en indicaties."], ("2007-01", "2012-05"), 65, False)]
MS_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Marit Slotboom.docx", fmt="docx", layout="header",
   header="Marit Slotboom  ·  Zwolle  ·  06-92735148  ·  marit.slotboom@example.com",
   name="Marit Slotboom", email="marit.slotboom@example.com", phone="06-92735148", rate=MS_RATE,
   exp=ms, crit_text={"6": MS6, "7": MS7, "8": MS8}, refs=["Hilde Bosscher", "Jan Kroeze"],
   must_have=[MS_DV],
   body=[("title", "Marit Slotboom"),
         ("pb", MS_RATE),
         ("p", MS_DV),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en Wmo met dertien jaar leidinggevende ervaring bij twee gemeenten."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ms),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle — diploma behaald in "
               "2006")]
   + refs_block("Hilde Bosscher, afdelingsmanager Sociaal Domein, gemeente Zwartewaterland, 06-92735149",
                "Jan Kroeze, voormalig manager Wmo, gemeente Kampen, 06-92735150"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=162, refs=(2, False), zzp=True, hourly=89.0,
               crit=FULL,
               notes="REVIEW ko 1 (target: wrong pass on 'in loondienst', or wrong fail on 'aandeelhouder'). "
                     "'In loondienst bij Drie Stromen Sociaal Interim B.V. ..., het bureau dat ik in 2019 met twee "
                     "oud-collega's heb opgericht. Wij zijn ieder voor een derde aandeelhouder en vormen samen de "
                     "directie; Drie Stromen heeft geen andere medewerkers. Drie Stromen biedt mij voor deze "
                     "opdracht aan.' The bidder is not her own one-person company (rounds 3, 20, 37, 45: review) "
                     "nor an agency owned by others (round 45's twin: pass): it is a B.V. of three owner-directors "
                     "who are its only workers, each placed as an interim professional. Whether that is employment "
                     "or a ZZP construction in a B.V. (the execution condition excludes a ZZP-er as inschrijver) "
                     "cannot be told from the CV: minority share (no control alone), but co-director and "
                     "co-owner of the firm that invoices her hours -> ZZP indication -> review. Everything else is "
                     "clear: Coördinator Welzijn en Wmo, Gemeente Zwartewaterland (gedetacheerd) 2019-03..2025-11 "
                     "= 81 + Teamleider Wmo, Gemeente Kampen 2012-06..2019-02 = 81 -> 162; HBO MWD; two referees. "
                     "100 points."))

# ------------------------------------------------------------------------- Evert Buitenhuis (pdf) ko 3: the role
EB6 = ("Van beleid naar resultaat: het Nunspeetse beleidsplan 'Thuis in Nunspeet' heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat: een vaste inloop in Hulshorst en een halvering van de "
       "wachtlijst voor het keukentafelgesprek.")
EB7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de partners van de "
       "publiek-private samenwerking (PPS) 'Langer Thuis Nunspeet'.")
EB8 = "Projectleider van de invoering van de nieuwe werkwijze Wmo en jeugd (verandertraject, 2023)."
EB_COORD_TASKS = ["Eerste aanspreekpunt voor het Wmo-team (zes consulenten): werkverdeling, weekplanning en "
                  "voorzitter van het casuïstiekoverleg.",
                  "Daarnaast een eigen caseload, ongeveer de helft van mijn uren.",
                  "Formatie, beoordelingsgesprekken en budget bleven bij de teamleider."]
eb = [pos("januari 2022 – heden", "Teamleider Wmo en Jeugd", "Gemeente Nunspeet",
          ["Leiding aan het team Wmo en jeugd (15 medewerkers); formatie, werving en budget.", EB6, EB7, EB8],
          ("2022-01", REF), 47, True),
      uncertain(pos("maart 2020 – december 2021", "Coördinerend consulent Wmo", "Gemeente Nunspeet",
                    EB_COORD_TASKS, ("2020-03", "2021-12"), 22, False)),
      pos("september 2012 – februari 2020", "Wmo-consulent", "Gemeente Nunspeet",
          ["Keukentafelgesprekken, indicaties en huisbezoeken."], ("2012-09", "2020-02"), 90, False)]
EB_RATE = "Uurtarief: € 86,50 excl. btw"
cv(file="Evert Buitenhuis.pdf", fmt="pdf", layout="single",
   name="Evert Buitenhuis", email="evert.buitenhuis@example.com", phone="06-15047382", rate=EB_RATE,
   exp=eb, crit_text={"6": EB6, "7": EB7, "8": EB8}, refs=["Marga Hoekstra", "Dirk van Lente"],
   must_have=["Coördinerend consulent Wmo"] + EB_COORD_TASKS,
   review=dict(gate="ko3", kind="uncertain"),
   body=[("title", "Evert Buitenhuis"),
         ("rows", [("Woonplaats", ["Nunspeet"]), ("Telefoon", ["06-15047382"]),
                   ("E-mail", ["evert.buitenhuis@example.com"]), ("Tarief", [EB_RATE])]),
         ("h", "Profiel"),
         ("p", "Teamleider Wmo en jeugd bij de gemeente Nunspeet, gegroeid vanuit de uitvoering. In loondienst bij "
               "detacheerder Noord-Veluwe Flex."),
         ("h", "Werkervaring"),
         ("eu_pos", eb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim, Zwolle — diploma 2012")]
   + refs_block("Marga Hoekstra, afdelingsmanager Sociaal Domein, gemeente Nunspeet, 06-15047383",
                "Dirk van Lente, voormalig teamleider Wmo, gemeente Nunspeet, 06-15047384"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=47, refs=(2, False), zzp=False, hourly=86.5,
               crit=(15, 0, 15, 20, 25),
               notes="REVIEW ko 3, the role (target: wrong pass on the word 'coördinerend', or wrong fail on "
                     "'consulent'). Certain: Teamleider Wmo en Jeugd, Gemeente Nunspeet 2022-01..2025-11 = 47. "
                     "Uncertain: 'Coördinerend consulent Wmo', Gemeente Nunspeet 2020-03..2021-12 = 22 -- first "
                     "point of contact, work allocation, weekly planning and chair of the case meeting for six "
                     "consultants, but half a caseload of his own, and 'Formatie, beoordelingsgesprekken en budget "
                     "bleven bij de teamleider'. The request's own coordinator also works next to teamleiders, so "
                     "coordination without line management may be 'werkervaring als coördinator'; a senior "
                     "consultant with coordinating tasks may not. Earlier rounds dropped 'Coördinerend "
                     "beleidsadviseur' as genuinely ambiguous. 47 without, 69 with -> review. coord_months = the "
                     "demonstrated 47. Criterion 5 = 0 on both readings (< 72). Wmo-consulent not leading. "
                     "Bachelor Social Work, diploma -> criterion 4. 75 points."))

# ------------------------------------------------------------------------- Ilona Wassenberg (pdf) control, eligible
IW6 = ("Voorbeeld van beleid naar resultaat: de Epese welzijnsvisie 'Niemand buitenspel' heb ik met het team "
       "omgezet in een jaarwerkplan met vijf concrete projecten; resultaat: een buurtkamer in Vaassen en 120 "
       "nieuwe vrijwilligers.")
IW7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis, de patiëntenraad en de partners van "
       "de publiek-private samenwerking (PPS) 'Gezond Epe'.")
IW8 = "Projectleider van het verandertraject naar wijkgericht werken, met plan van aanpak en evaluatie."
iw = [pos("mei 2018 – heden", "Coördinator Welzijn", "Stichting Welzijn Epe",
          ["Coördinatie van het welzijnswerk (16 medewerkers en 300 vrijwilligers); formatie, werving en budget.",
           IW6, IW7, IW8], ("2018-05", REF), 91, True),
      pos("januari 2013 – april 2018", "Teamleider Jeugd", "Gemeente Apeldoorn",
          ["Leiding aan elf jeugdconsulenten en het Centrum voor Jeugd en Gezin."], ("2013-01", "2018-04"), 64, True),
      pos("september 2008 – december 2012", "Jeugdconsulent", "Gemeente Apeldoorn",
          ["Gesprekken met gezinnen en indicaties."], ("2008-09", "2012-12"), 52, False)]
IW_VERSION = "Laatst bijgewerkt: november 2025"
IW_RATE = "Uurtarief: € 88,50 excl. btw"
cv(file="Ilona Wassenberg.pdf", fmt="pdf", layout="single",
   name="Ilona Wassenberg", email="ilona.wassenberg@example.nl", phone="06-47281930", rate=IW_RATE,
   exp=iw, crit_text={"6": IW6, "7": IW7, "8": IW8}, refs=["Anton Wijers", "Lies Heuvelink"],
   must_have=[IW_VERSION],
   body=[("title", "Ilona Wassenberg"),
         ("p", "Vaassen  |  06-47281930  |  ilona.wassenberg@example.nl"),
         ("p", IW_VERSION),
         ("pb", IW_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn die beleid en uitvoering bij elkaar brengt. In loondienst bij detacheerder "
               "Veluwe Inzet B.V."),
         ("h", "Werkervaring"),
         ("pos", "sample", iw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion, Deventer — diploma behaald in 2008")]
   + refs_block("Anton Wijers, directeur Stichting Welzijn Epe, 06-47281931",
                "Lies Heuvelink, voormalig afdelingsmanager Jeugd, gemeente Apeldoorn, 06-47281932"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=88.5,
               crit=FULL,
               notes="CONTROL, ELIGIBLE (target: a wrong review). Coördinator Welzijn, Stichting Welzijn Epe "
                     "2018-05..2025-11 = 91 ('heden' in a CV 'Laatst bijgewerkt: november 2025': the month of the "
                     "deadline, nothing to doubt) + Teamleider Jeugd, Gemeente Apeldoorn 2013-01..2018-04 = 64 -> "
                     "155. Jeugdconsulent not leading. HBO MWD 'diploma behaald in 2008'. Two referees, in "
                     "loondienst at a detacheerder. 100 points, EUR 88,50 -> rank 1."))

# ------------------------------------------------------------------------- Debby Lansink (docx) control, ko 2 fail
DL6 = ("Een voorbeeld van beleid naar resultaat: de Dalfsense nota 'Dichtbij en samen' heb ik vertaald naar een "
       "jaarwerkplan met vier concrete projecten; resultaat: een steunpunt mantelzorg in Nieuwleusen en 70 "
       "nieuwe vrijwilligers.")
DL7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en de partners van de "
       "publiek-private samenwerking (PPS) 'Gezond Dalfsen'.")
DL8 = "Projectleider van de reorganisatie van het ouderenwerk en de mantelzorgondersteuning tot één team."
dl = [pos("01-2017 – heden", "Manager Welzijn", "Stichting Welzijn Dalfsen",
          ["Leiding aan het welzijnswerk (18 medewerkers); formatie, werving en budget.", DL6, DL7, DL8],
          ("2017-01", REF), 107, True),
      pos("04-2011 – 12-2016", "Teamleider Wmo-loket", "Gemeente Dalfsen",
          ["Leiding aan acht consulenten van het Wmo-loket."], ("2011-04", "2016-12"), 69, True),
      pos("09-2003 – 03-2011", "Consulent Wmo", "Gemeente Dalfsen",
          ["Keukentafelgesprekken en indicaties."], ("2003-09", "2011-03"), 91, False)]
DL_HBO = ("HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Hogeschool Windesheim, Zwolle — 2000 – 2003, "
          "niet afgerond")
DL_RATE = "Uurtarief: € 87,00 excl. btw"
cv(file="Debby Lansink.docx", fmt="docx", layout="single",
   name="Debby Lansink", email="debby.lansink@example.com", phone="06-60394827", rate=DL_RATE,
   exp=dl, crit_text={"6": DL6, "7": DL7, "8": DL8}, refs=["Hans Mulderij", "Ria Klein Goldewijk"],
   must_have=[DL_HBO],
   body=[("title", "Debby Lansink"),
         ("p", "Nieuwleusen  |  06-60394827  |  debby.lansink@example.com"),
         ("pb", DL_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn met ruim veertien jaar leidinggevende ervaring bij de gemeente en een "
               "welzijnsstichting. In loondienst bij detacheerder Vecht Inzet B.V."),
         ("h", "Werkervaring"),
         ("exptable", ["Periode", "Functie", "Werkgever"], dl),
         ("tasks", dl),
         ("h", "Opleiding"),
         ("p", DL_HBO),
         ("p", "MBO Sociaal-Pedagogisch Werk, niveau 4, ROC Deltion, Zwolle — diploma 1999")]
   + refs_block("Hans Mulderij, bestuurder Stichting Welzijn Dalfsen, 06-60394828",
                "Ria Klein Goldewijk, voormalig afdelingsmanager Samenleving, gemeente Dalfsen, 06-60394829"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=176, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL, NOT ELIGIBLE: ko 2 fail (target: a wrong review; mirror of Jolien Brasjen). The same "
                     "HBO MWD line, 2000 – 2003, now ending 'niet afgerond': the CV itself settles it -> no "
                     "completed HBO bachelor, highest level mbo (SPW 4, diploma 1999) -> fail, not review; "
                     "criterion 4 = 0. Everything else clear: Manager Welzijn, Stichting Welzijn Dalfsen "
                     "2017-01..2025-11 = 107 + Teamleider Wmo-loket, Gemeente Dalfsen 2011-04..2016-12 = 69 -> "
                     "176. 85 points."))
