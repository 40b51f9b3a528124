# -*- coding: utf-8 -*-
"""Holdout round 30 for zeef: 13 fictional CVs (7 PDF, 6 DOCX) that hunt WRONG PASSES with traps rounds 2-29
did not use. Eleven candidates look strong (75 to 100 points) but must not pass, each for exactly one reason;
two ordinary eligible candidates are the controls (one of them decides a part-time question). Written without
looking at the pipeline's source or rules/.

The eleven traps:
  knock-out 3 - a header period "2019 – 2024" whose own text says she left the gemeente in 2021; twelve
                two- and three-month "a.i." assignments at twelve gemeenten under one umbrella line "2018 –
                heden"; a "Manager Sociale Agenda" at a provincie; a wijkteam leader whose employer line starts
                with "Gemeente Deventer" but who is employed by the B.V. the wijkteams were outsourced to; a
                wethouder (political office) for Zorg, Welzijn en Jeugd;
  knock-out 2 - an "hbo-getuigschrift" for one 15-EC module; a "Bachelor" that is a post-mbo programme at
                mbo-4 level (EQF 4);
  knock-out 1 - "Inschrijving KvK: aangevraagd, nummer volgt"; a "lid-ondernemer" of a coöperatie of
                professionals that contracts and invoices for her;
  references  - one referee printed twice, once in Dutch and once in English (other phone format);
  Dutch       - a CV with Dutch headings and positions whose long English project portfolio is most of it.

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
provinces and fictional foundations, companies and cooperatives. Built and checked by
tests/holdout2/src/build.py and expected.py (see tests/holdout30/make-holdout30.sh); see
tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, nota, projects, insurer, change):
    """The passages of criteria 6, 7 and 8 (wording varied per CV by its arguments)."""
    c6 = (f"Voorbeeld beleid naar resultaat: het beleidsplan '{nota}' van de gemeente {place} heb ik samen met "
          f"het team omgezet in een jaarwerkplan met concrete projecten ({projects}); per project meetbare "
          "doelen, een kwartaalmonitor en een evaluatie voor de raad.")
    c7 = (f"Samenwerkingspartners: zorgaanbieders, huisartsen, de GGD, zorgverzekeraar {insurer}, "
          "patiëntenvertegenwoordigers en een publiek-private samenwerking (PPS) met woningcorporatie en "
          "lokale ondernemingen.")
    c8 = f"Projectleider van {change}: plan van aanpak, stuurgroep, implementatie en evaluatie."
    return c6, c7, c8


# ========================================================================= ELIGIBLE CONTROLS

# ------------------------------------------------------------------------- Mirjam Oudejans (pdf)
# Control 1: an ordinary strong CV. Eligible, 100 points, rank 1.
MO6, MO7, MO8 = crits("Olst-Wijhe", "Samen sterk in Olst-Wijhe", "een huiskamer in Wesepe, een "
                      "mantelzorgcafé en een klussenteam", "Salland", "de herinrichting van de sociale toegang")
mo = [pos("oktober 2016 – heden", "Coördinator Sociaal Team", "Gemeente Olst-Wijhe",
          ["Leiding aan het sociaal team (14 medewerkers: Wmo, jeugd en participatie); formatie, werving en "
           "selectie en het teambudget.", MO6, MO7, MO8], ("2016-10", REF), 110, True),
      pos("maart 2011 – september 2016", "Teamleider Welzijn Ouderen", "Stichting Welzijn Deventer",
          ["Leiding aan zeven ouderenadviseurs en 80 vrijwilligers."], ("2011-03", "2016-09"), 67, True),
      pos("augustus 2006 – februari 2011", "Ouderenadviseur", "Stichting Welzijn Deventer",
          ["Huisbezoeken en advies aan ouderen en mantelzorgers."], ("2006-08", "2011-02"), 55, False)]
MO_RATE = "Uurtarief: € 89,00 excl. btw"
cv(file="Mirjam Oudejans.pdf", fmt="pdf", layout="single",
   name="Mirjam Oudejans", email="mirjam.oudejans@example.nl", phone="06-24817365", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Hendrik Nijhof", "Saskia Brouwer"],
   body=[("title", "Mirjam Oudejans"),
         ("p", "Wijhe  |  06-24817365  |  mirjam.oudejans@example.nl"),
         ("pb", MO_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator in het sociaal domein met veertien jaar leidinggevende ervaring bij een gemeente en "
               "een welzijnsstichting. Ik houd van een team dat weet waarvoor het werkt."),
         ("h", "Werkervaring"),
         ("pos", "datebold", mo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2006"),
         ("h", "Referenties"),
         ("p", "Hendrik Nijhof, afdelingsmanager Samenleving, gemeente Olst-Wijhe, 06-24817366"),
         ("p", "Saskia Brouwer, directeur-bestuurder Stichting Welzijn Deventer, 06-24817367")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=177, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL (eligible). Coördinator Sociaal Team, Gemeente Olst-Wijhe 2016-10..2025-11 = 110 + "
                     "Teamleider Welzijn Ouderen, Stichting Welzijn Deventer 2011-03..2016-09 = 67 -> 177 (>= 72: "
                     "criterion 5). Ouderenadviseur: not leading. HBO MWD diploma -> ko 2 pass, criterion 4. No "
                     "zzp indication. Two named referees. 100 points at EUR 89 -> rank 1."))

# ------------------------------------------------------------------------- Tobias Wiegman (docx)
# Control 2: the only relevant role is part-time, "(in deeltijd, 16 uur per week)", next to a non-leading
# job. The conventions count calendar months, not hours: a part-time coordinator is a coordinator. Eligible.
TW6, TW7, TW8 = crits("Steenwijkerland", "Meedoen in Steenwijkerland", "een mantelzorgpas, een "
                      "vrijwilligersvacaturebank en respijtzorg in Giethoorn", "Zilveren Kruis",
                      "de overgang van de vrijwilligerscentrale naar een digitaal platform")
tw = [pos("april 2019 – heden", "Coördinator Mantelzorg en Vrijwilligers (in deeltijd, 16 uur per week)",
          "Stichting Welzijn Steenwijkerland",
          ["Leiding aan vier mantelzorgconsulenten en de vrijwilligerscentrale; werkverdeling, werving en "
           "budget.", TW6, TW7, TW8], ("2019-04", REF), 80, True),
      pos("april 2019 – heden", "Wmo-consulent (20 uur per week)", "Gemeente Steenwijkerland",
          ["Keukentafelgesprekken en beschikkingen Wmo."], ("2019-04", REF), 80, False),
      pos("september 2012 – maart 2019", "Jeugdwerker", "Stichting Welzijn Steenwijkerland",
          ["Ambulant jongerenwerk in Steenwijk en Vollenhove."], ("2012-09", "2019-03"), 79, False)]
TW_RATE = "Uurtarief: € 84,00 (excl. btw)"
cv(file="Tobias Wiegman.docx", fmt="docx", layout="header",
   header="Tobias Wiegman  |  Steenwijk  |  06-61820473  |  tobias.wiegman@example.nl",
   name="Tobias Wiegman", email="tobias.wiegman@example.nl", phone="06-61820473", rate=TW_RATE,
   exp=tw, crit_text={"6": TW6, "7": TW7, "8": TW8}, refs=["Annemarie Kloosterboer", "Dick Haverkort"],
   body=[("title", "Curriculum vitae"),
         ("pb", TW_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator mantelzorg en vrijwilligers, daarnaast Wmo-consulent bij de gemeente. Ik ben in "
               "loondienst bij Kop van Overijssel Detachering B.V., die mij voor deze opdracht aanbiedt."),
         ("h", "Werkervaring"),
         ("eu_pos", tw),
         ("h", "Opleiding"),
         ("p", "HBO Pedagogiek, Hogeschool Windesheim Zwolle — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Annemarie Kloosterboer, directeur Stichting Welzijn Steenwijkerland, 06-61820474"),
         ("p", "Dick Haverkort, teamleider Wmo, gemeente Steenwijkerland, 06-61820475")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=80, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL (eligible; target: a wrong FAIL or review of knock-out 3 for part-time work). "
                     "Coördinator Mantelzorg en Vrijwilligers (in deeltijd, 16 uur per week), Stichting Welzijn "
                     "Steenwijkerland 2019-04..2025-11 = 80: the conventions count calendar months, not FTE "
                     "(samples/README.md: title + domain + employer; holdout11's part-time coordinators count in "
                     "full) -> relevant, 80 (>= 72: criterion 5). The parallel Wmo-consulent job at the gemeente "
                     "is not leading; Jeugdwerker not leading. HBO Pedagogiek: completed hbo bachelor, not MWD -> "
                     "ko 2 pass, criterion 4 = 0. In loondienst at an agency -> no zzp. 85 points -> rank 2."))


# ========================================================================= TRAPS (must not pass)

# ------------------------------------------------------------------------- Carolien Meppelink (pdf)
# TRAP (wrong pass, knock-out 3): the position header says "2019 – 2024"; its own bullets say she was
# coordinator "2019 – 2021" and left the gemeente in 2021 (afterwards only on an on-call pool list).
CM6, CM7, CM8 = crits("Zwolle", "Zwolle, iedereen doet mee", "buurtkamers in Holtenbroek en Stadshagen en een "
                      "schuldhulpspreekuur", "Zilveren Kruis", "de vorming van vier wijkteams uit zes loketten")
CM_REAL = ("Feitelijk coördinator van 2019 – 2021: leiding aan vier wijkteams (28 medewerkers), formatie en "
           "werkverdeling.")
CM_LEFT = ("In 2021 ben ik bij de gemeente Zwolle vertrokken; tot en met 2024 stond ik nog op de lijst van de "
           "piekpool Wmo-indicaties (op afroep, enkele uren per maand, zonder leidinggevende rol).")
cm = [pos("2019 – 2024", "Coördinator Wijkteams", "Gemeente Zwolle", [], ("2019-01", "2024-12"), 72, False,
          yearonly=True),
      pos("2019 – 2021", "Coördinator Wijkteams", "Gemeente Zwolle", [CM_REAL, CM_LEFT, CM6, CM7, CM8],
          ("2019-01", "2021-12"), 36, True, yearonly=True),
      pos("januari 2022 – heden", "Senior adviseur Sociaal Domein", "Adviesbureau Zorg & Samenleving B.V.",
          ["Advies aan gemeenten over de inrichting van de toegang."], ("2022-01", REF), 47, False),
      pos("september 2017 – december 2018", "Teamleider Wmo", "Gemeente Dalfsen",
          ["Leiding aan zes Wmo-consulenten."], ("2017-09", "2018-12"), 16, True),
      pos("maart 2012 – augustus 2017", "Wmo-consulent", "Gemeente Dalfsen",
          ["Keukentafelgesprekken en indicaties."], ("2012-03", "2017-08"), 66, False)]
CM_RATE = "Uurtarief: € 86,50 excl. btw"
cv(file="Carolien Meppelink.pdf", fmt="pdf", layout="single",
   name="Carolien Meppelink", email="carolien.meppelink@example.nl", phone="06-47120938", rate=CM_RATE,
   exp=cm, crit_text={"6": CM6, "7": CM7, "8": CM8}, refs=["Wim Schutte", "Gerda Kamphuis"],
   must_have=[CM_REAL, CM_LEFT],
   body=[("title", "Carolien Meppelink"),
         ("p", "Dalfsen  |  06-47120938  |  carolien.meppelink@example.nl"),
         ("pb", CM_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator en teamleider in het sociaal domein bij twee Overijsselse gemeenten; nu adviseur. "
               "Ik wil weer een team aansturen."),
         ("h", "Werkervaring"),
         ("pb", "2019 – 2024"),
         ("p", "Coördinator Wijkteams — Gemeente Zwolle"),
         ("bl", [CM_REAL, CM_LEFT, CM6, CM7, CM8]),
         ("pos", "datebold", [cm[2], cm[3], cm[4]]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2012"),
         ("h", "Referenties"),
         ("p", "Wim Schutte, afdelingsmanager Sociaal Domein, gemeente Zwolle, 06-47120939"),
         ("p", "Gerda Kamphuis, teamleider Wmo, gemeente Dalfsen, 06-47120940")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=52, refs=(2, False), zzp=False, hourly=86.5,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and criterion 5). The "
                     "position header reads '2019 – 2024 / Coördinator Wijkteams — Gemeente Zwolle', but its own "
                     "bullets say 'Feitelijk coördinator van 2019 – 2021' and 'In 2021 ben ik bij de gemeente "
                     "Zwolle vertrokken; tot en met 2024 stond ik nog op de lijst van de piekpool … (op afroep, "
                     "zonder leidinggevende rol)' -> the coordinator period is 2019 – 2021 = 2019-01..2021-12 = 36 "
                     "by the year-only convention (2022 onwards she is adviser at a B.V.). + Teamleider Wmo, "
                     "Gemeente Dalfsen 2017-09..2018-12 = 16 -> 52 (narrowest reading 30): fail either way. Taken "
                     "at the header, 16 + 72 = 88: a wrong pass and criterion 5. Senior adviseur (B.V.) and "
                     "Wmo-consulent: not relevant. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Danielle Ros (docx)
# TRAP (wrong pass, knock-out 3): umbrella line "2018 – heden | Coördinator en teamleider a.i. in het sociaal
# domein | diverse gemeenten in Overijssel" (95 months), under it twelve dated assignments of 2-3 months
# (31 months together) with gaps "zonder plaatsing". Relevant: the assignments (employed by a secondment
# agency, convention: Bert Lubbers, holdout4) + an earlier teamleider role (24) = 55 -> fail.
DR6, DR7, DR8 = crits("Raalte", "Raalte voor elkaar", "een dorpsteam in Heino, een mantelzorgwaardering en een "
                      "taalhuis", "Salland", "de samenvoeging van het Wmo-loket en het jeugdteam in Ommen")
DR_ASSIGN = [
    ("februari 2018 – april 2018", "Coördinator Wmo a.i.", "Gemeente Hellendoorn", ("2018-02", "2018-04"), 3),
    ("september 2018 – oktober 2018", "Teamleider Jeugd a.i.", "Gemeente Rijssen-Holten", ("2018-09", "2018-10"), 2),
    ("maart 2019 – mei 2019", "Coördinator Sociaal Team a.i.", "Gemeente Wierden", ("2019-03", "2019-05"), 3),
    ("november 2019 – december 2019", "Teamleider Wmo a.i.", "Gemeente Twenterand", ("2019-11", "2019-12"), 2),
    ("juni 2020 – augustus 2020", "Coördinator Wijkteams a.i.", "Gemeente Ommen", ("2020-06", "2020-08"), 3),
    ("februari 2021 – maart 2021", "Teamleider Participatie a.i.", "Gemeente Hardenberg", ("2021-02", "2021-03"), 2),
    ("september 2021 – november 2021", "Coördinator Sociaal Team a.i.", "Gemeente Dalfsen", ("2021-09", "2021-11"), 3),
    ("april 2022 – mei 2022", "Teamleider Jeugd a.i.", "Gemeente Staphorst", ("2022-04", "2022-05"), 2),
    ("januari 2023 – maart 2023", "Coördinator Welzijn a.i.", "Gemeente Raalte", ("2023-01", "2023-03"), 3),
    ("september 2023 – oktober 2023", "Teamleider Wmo a.i.", "Gemeente Olst-Wijhe", ("2023-09", "2023-10"), 2),
    ("april 2024 – juni 2024", "Coördinator Sociaal Team a.i.", "Gemeente Hof van Twente", ("2024-04", "2024-06"), 3),
    ("januari 2025 – maart 2025", "Teamleider Wijkteam a.i.", "Gemeente Haaksbergen", ("2025-01", "2025-03"), 3),
]
DR_UMB_T, DR_UMB_E = "Coördinator en teamleider a.i. in het sociaal domein", "diverse gemeenten in Overijssel"
DR_EMP = ("In loondienst bij Sociaal Domein Flex B.V. (Hengelo), die mij steeds voor korte opdrachten bij "
          "gemeenten plaatst. Tussen de opdrachten door had ik geen plaatsing.")
dr = ([pos("2018 – heden", DR_UMB_T, DR_UMB_E, [], ("2018-01", REF), 95, False, yearonly=True)]
      + [pos(d, t, e, [], span, m, True) for d, t, e, span, m in DR_ASSIGN]
      + [pos("januari 2016 – december 2017", "Beleidsmedewerker Wmo", "Gemeente Almelo",
             ["Verordening en beleidsregels Wmo."], ("2016-01", "2017-12"), 24, False),
         pos("januari 2014 – december 2015", "Teamleider Wmo", "Gemeente Almelo",
             ["Leiding aan negen Wmo-consulenten."], ("2014-01", "2015-12"), 24, True)])
DR_RATE = "Tarief: € 88,- per uur exclusief btw"
cv(file="Danielle Ros.docx", fmt="docx", layout="single",
   name="Danielle Ros", email="danielle.ros@example.nl", phone="06-30918264", rate=DR_RATE,
   exp=dr, crit_text={"6": DR6, "7": DR7, "8": DR8}, refs=["Bert Nijenhuis", "Yvonne Slot"],
   must_have=[DR_EMP],
   body=[("title", "Danielle Ros"),
         ("p", "Hengelo  |  06-30918264  |  danielle.ros@example.nl"),
         ("pb", DR_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2018 vlieg ik in als coördinator of teamleider bij Overijsselse gemeenten: een team "
               "overnemen, rust brengen en het overdragen. Twaalf gemeenten gingen mij voor."),
         ("h", "Werkervaring"),
         ("pb", f"2018 – heden | {DR_UMB_T} | {DR_UMB_E}"),
         ("p", DR_EMP),
         ("bl", [f"{d}: {t}, {e}" for d, t, e, _, _ in DR_ASSIGN] + [DR6, DR7, DR8]),
         ("pos", "pipe", dr[13:]),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Enschede — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Bert Nijenhuis, afdelingsmanager Samenleving, gemeente Raalte, 06-30918265"),
         ("p", "Yvonne Slot, accountmanager Sociaal Domein Flex B.V., 06-30918266")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and criterion 5). The "
                     "umbrella line '2018 – heden | Coördinator en teamleider a.i. in het sociaal domein | "
                     "diverse gemeenten in Overijssel' spans 2018-01..2025-11 = 95, but under it the CV dates "
                     "twelve assignments of 2 or 3 months each (Hellendoorn 3, Rijssen-Holten 2, Wierden 3, "
                     "Twenterand 2, Ommen 3, Hardenberg 2, Dalfsen 3, Staphorst 2, Raalte 3, Olst-Wijhe 2, Hof van "
                     "Twente 3, Haaksbergen 3 = 31) and says 'Tussen de opdrachten door had ik geen plaatsing'. "
                     "The assignments count (a.i. at a gemeente, in loondienst at a secondment agency, as "
                     "holdout4's Bert Lubbers); the gaps do not. + Teamleider Wmo, Gemeente Almelo 2014-01..2015-12 "
                     "= 24 -> 55: fail. Umbrella taken whole: 95 + 24 = 119 (wrong pass). Beleidsmedewerker: not "
                     "relevant. In loondienst -> no zzp. Bachelor Social Work. 75 points."))

# ------------------------------------------------------------------------- Gertjan Alberts (pdf)
# TRAP (wrong pass, knock-out 3): "Manager Sociale Agenda – Provincie Overijssel" (105): a manager in the
# social domain, but at a province, not a gemeente or welzijnsstichting. Relevant only 50 at Zwolle.
GA6, GA7, GA8 = crits("Zwolle", "Zwolle kindvriendelijk", "een gezinscoach per wijk, een opvoedsteunpunt en "
                      "een zomerschool", "Zilveren Kruis", "de transitie jeugdzorg in Zwolle (2015)")
GA_PROV = ("Leiding aan het programmateam Sociale Agenda (9 medewerkers): provinciale regelingen voor welzijn, "
           "mantelzorg en jeugd, en ondersteuning van de 25 Overijsselse gemeenten bij hun sociaal domein.")
ga = [pos("maart 2017 – heden", "Manager Sociale Agenda", "Provincie Overijssel", [GA_PROV], ("2017-03", REF),
          105, False),
      pos("januari 2013 – februari 2017", "Coördinator Jeugd en Gezin", "Gemeente Zwolle",
          ["Leiding aan het team jeugd en gezin (12 medewerkers).", GA6, GA7, GA8], ("2013-01", "2017-02"), 50,
          True),
      pos("september 2007 – december 2012", "Jeugdconsulent", "Gemeente Zwolle",
          ["Casusregie en indicaties jeugdhulp."], ("2007-09", "2012-12"), 64, False)]
GA_RATE = "Uurtarief: € 92,- excl. btw"
cv(file="Gertjan Alberts.pdf", fmt="pdf", layout="single",
   name="Gertjan Alberts", email="gertjan.alberts@example.nl", phone="06-85392041", rate=GA_RATE,
   exp=ga, crit_text={"6": GA6, "7": GA7, "8": GA8}, refs=["Ria Dommerholt", "Kees Wigboldus"],
   must_have=[GA_PROV],
   body=[("title", "Gertjan Alberts"),
         ("p", "Zwolle  |  06-85392041  |  gertjan.alberts@example.nl"),
         ("pb", GA_RATE),
         ("h", "Profiel"),
         ("p", "Manager in het sociaal domein met ruim dertien jaar leidinggevende ervaring, bij de gemeente "
               "Zwolle en bij de provincie. Ik ken de gemeentelijke praktijk van binnen en van boven."),
         ("h", "Werkervaring"),
         ("pos", "sample", ga),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Ria Dommerholt, directeur Sociaal Domein, Provincie Overijssel, 06-85392042"),
         ("p", "Kees Wigboldus, afdelingsmanager Jeugd, gemeente Zwolle, 06-85392043")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=92.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and criterion 5). "
                     "'Manager Sociale Agenda – Provincie Overijssel' 2017-03..2025-11 = 105: manager and social "
                     "domain, but a provincie is neither a gemeente nor a welzijnsstichting (the knock-out names "
                     "the employer kind) -> not relevant. Relevant only Coördinator Jeugd en Gezin, Gemeente "
                     "Zwolle 2013-01..2017-02 = 50 -> fail (155 if the province counted). Jeugdconsulent: not "
                     "leading. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Sylvia Hendrix (docx)
# TRAP (wrong pass, knock-out 3): employer line "Gemeente Deventer (werkgever: Wijkzorg Oost B.V.)": the
# gemeente outsourced its wijkteams; she is employed by the commercial contractor, not seconded to the
# gemeente. Relevant only 53 at a welzijnsstichting.
SY6, SY7, SY8 = crits("Raalte", "Jong in Raalte", "een jongerenpunt in Heino, straatcoaches en een "
                      "meidenclub", "Salland", "de verhuizing van het jongerenwerk naar de brede scholen")
SY_OUT = ("De gemeente Deventer heeft de uitvoering van de wijkteams in 2019 aanbesteed; Wijkzorg Oost B.V. "
          "won de opdracht en is de werkgever van het hele wijkteam, ook van mij. De gemeente is onze "
          "opdrachtgever en stuurt op de prestatieafspraken.")
sy = [pos("februari 2019 – heden", "Teamleider Wijkteam Deventer-Zuid",
          "Gemeente Deventer (werkgever: Wijkzorg Oost B.V.)",
          [SY_OUT, "Leiding aan 16 wijkteammedewerkers (Wmo, jeugd, schulden); roosters, kwaliteit en "
           "productieafspraken."], ("2019-02", REF), 82, False),
      pos("september 2014 – januari 2019", "Coördinator Jongerenwerk", "Stichting Welzijn Raalte",
          ["Leiding aan vijf jongerenwerkers.", SY6, SY7, SY8], ("2014-09", "2019-01"), 53, True),
      pos("augustus 2009 – augustus 2014", "Jongerenwerker", "Stichting Welzijn Raalte",
          ["Ambulant jongerenwerk."], ("2009-08", "2014-08"), 61, False)]
SY_RATE = "€ 87,- per uur excl. btw"
cv(file="Sylvia Hendrix.docx", fmt="docx", layout="sidebar",
   name="Sylvia Hendrix", email="sylvia.hendrix@example.nl", phone="06-19283746", rate=SY_RATE,
   exp=sy, crit_text={"6": SY6, "7": SY7, "8": SY8}, refs=["Marco Bleumink", "Ellen ter Haar"],
   must_have=[SY_OUT],
   left=[("h", "Contact"), ("p", "sylvia.hendrix@example.nl"), ("p", "06-19283746"), ("p", "Deventer"),
         ("h", "Tarief"), ("p", SY_RATE),
         ("h", "Kwaliteiten"), ("bl", ["Verbinden", "Resultaatgericht", "Coachend"])],
   right=[("title", "Sylvia Hendrix"),
          ("h", "Profiel"),
          ("p", "Teamleider en coördinator in het sociaal domein, sinds 2019 in de Deventer wijkteams. Ik "
                "stuur op kwaliteit en op een team dat zich gesteund voelt."),
          ("h", "Werkervaring"),
          ("pos", "sample", sy),
          ("h", "Opleiding"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2009"),
          ("h", "Referenties"),
          ("p", "Marco Bleumink, directeur Wijkzorg Oost B.V., 06-19283747"),
          ("p", "Ellen ter Haar, directeur Stichting Welzijn Raalte, 06-19283748")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=53, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and criterion 5). "
                     "'Teamleider Wijkteam Deventer-Zuid – Gemeente Deventer (werkgever: Wijkzorg Oost B.V.)' "
                     "2019-02..2025-11 = 82: the employer line opens with the gemeente, but the first bullet says "
                     "the gemeente outsourced the wijkteams after a tender and Wijkzorg Oost B.V. is the employer "
                     "of the whole team; the gemeente is the client. Not a secondment into the gemeente (contrast "
                     "holdout14's 'gedetacheerd via'): the work is done in a commercial company's organisation -> "
                     "not at a gemeente, not relevant. Relevant only Coördinator Jongerenwerk, Stichting Welzijn "
                     "Raalte 2014-09..2019-01 = 53 -> fail (135 if counted). Jongerenwerker: not leading. HBO "
                     "MWD. 75 points."))

# ------------------------------------------------------------------------- Maarten Lok (pdf)
# TRAP (wrong pass, knock-out 3): "Wethouder Zorg, Welzijn en Jeugd – Gemeente Oldebroek" (47) described
# as "bestuurlijk eindverantwoordelijk" for the social domain: a political office, not work as a coordinator
# or manager. Relevant only 52 as coordinator at a welzijnsstichting.
ML6, ML7, ML8 = crits("Oldebroek", "Oud worden in Oldebroek", "een seniorenkamer in Wezep, een "
                      "valpreventieproject en een boodschappendienst", "Zilveren Kruis",
                      "de herinrichting van het ouderenwerk in drie kernen")
ML_WETH = ("Portefeuillehouder Wmo, jeugdhulp, participatie en welzijn; bestuurlijk eindverantwoordelijk voor "
           "het sociaal domein en de sturing van de ambtelijke organisatie Samenleving (40 fte).")
ml = [pos("april 2022 – heden", "Senior adviseur Sociaal Domein", "Rijnland Advies B.V.",
          ["Advies aan gemeenten over jeugdhulp en Wmo."], ("2022-04", REF), 44, False),
      pos("mei 2018 – maart 2022", "Wethouder Zorg, Welzijn en Jeugd", "Gemeente Oldebroek", [ML_WETH],
          ("2018-05", "2022-03"), 47, False),
      pos("januari 2014 – april 2018", "Coördinator Welzijn Ouderen", "Stichting Welzijn Oldebroek",
          ["Leiding aan zes ouderenadviseurs en 70 vrijwilligers.", ML6, ML7, ML8], ("2014-01", "2018-04"), 52,
          True),
      pos("september 2008 – december 2013", "Ouderenadviseur", "Stichting Welzijn Oldebroek",
          ["Huisbezoeken en advies."], ("2008-09", "2013-12"), 64, False)]
ML_RATE = "Uurtarief: € 95,- excl. btw"
cv(file="Maarten Lok.pdf", fmt="pdf", layout="single",
   name="Maarten Lok", email="maarten.lok@example.nl", phone="06-72019384", rate=ML_RATE,
   exp=ml, crit_text={"6": ML6, "7": ML7, "8": ML8}, refs=["Jan Willem Post", "Aaltje de Ruiter"],
   must_have=[ML_WETH],
   body=[("title", "Maarten Lok"),
         ("p", "Wezep  |  06-72019384  |  maarten.lok@example.nl"),
         ("pb", ML_RATE),
         ("h", "Profiel"),
         ("p", "Bijna twaalf jaar leiding in het sociaal domein van Oldebroek: als coördinator in het "
               "welzijnswerk en als wethouder Zorg, Welzijn en Jeugd. Nu adviseur, straks graag weer dichtbij "
               "een team."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ml),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede — diploma 2008"),
         ("h", "Referenties"),
         ("p", "Jan Willem Post, gemeentesecretaris, gemeente Oldebroek, 06-72019385"),
         ("p", "Aaltje de Ruiter, directeur Stichting Welzijn Oldebroek, 06-72019386")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=52, refs=(2, False), zzp=False, hourly=95.0,
               crit=(15, 0, 15, 20, 25),
               notes="ONE REASON: knock-out 3 fail (target: a wrong PASS of knock-out 3 and criterion 5). "
                     "'Wethouder Zorg, Welzijn en Jeugd — Gemeente Oldebroek' 2018-05..2022-03 = 47, described as "
                     "'bestuurlijk eindverantwoordelijk voor het sociaal domein en de sturing van de ambtelijke "
                     "organisatie': a wethouder is an elected administrator (bestuurder), not an employee working "
                     "as coordinator or manager -> not relevant. Relevant only Coördinator Welzijn Ouderen, "
                     "Stichting Welzijn Oldebroek 2014-01..2018-04 = 52 -> fail (99 if the wethouder term "
                     "counted). Senior adviseur (B.V.), Ouderenadviseur: not relevant. HBO MWD. 75 points."))

# ------------------------------------------------------------------------- Ingeborg Plas (docx)
# TRAP (wrong pass, knock-out 2): "HBO-getuigschrift module 'Methodisch leidinggeven in het sociaal domein'
# (15 EC)" — the word of a hbo diploma for a single module; the only diploma is MBO SMD -> mbo.
IP6, IP7, IP8 = crits("Wierden", "Wierden zorgt", "een inloop in Enter, een maatjesproject en een "
                      "mantelzorgdag", "Menzis", "de reorganisatie van het sociaal team naar twee wijkteams")
IP_MOD = ("HBO-getuigschrift module 'Methodisch leidinggeven in het sociaal domein' (15 EC), Hogeschool "
          "Saxion — 2019")
ip = [pos("juni 2016 – heden", "Teamleider Sociaal Team", "Gemeente Wierden",
          ["Leiding aan het sociaal team (11 medewerkers); formatie, werving en budget.", IP6, IP7, IP8],
          ("2016-06", REF), 114, True),
      pos("februari 2006 – mei 2016", "Wmo-consulent", "Gemeente Wierden",
          ["Keukentafelgesprekken en beschikkingen."], ("2006-02", "2016-05"), 124, False)]
IP_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Ingeborg Plas.docx", fmt="docx", layout="header",
   header="Ingeborg Plas  |  Enter  |  06-50382917  |  ingeborg.plas@example.nl",
   name="Ingeborg Plas", email="ingeborg.plas@example.nl", phone="06-50382917", rate=IP_RATE,
   exp=ip, crit_text={"6": IP6, "7": IP7, "8": IP8}, refs=["Gerrit Jan Oude Luttikhuis", "Monique Tijhuis"],
   must_have=[IP_MOD],
   body=[("title", "Curriculum vitae"),
         ("pb", IP_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider van het sociaal team van Wierden, daarvoor tien jaar consulent. Ik leid met "
               "vertrouwen en heldere afspraken."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ip),
         ("h", "Opleiding"),
         ("p", IP_MOD),
         ("p", "MBO Sociaal Maatschappelijke Dienstverlening (niveau 4), ROC van Twente — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Gerrit Jan Oude Luttikhuis, afdelingsmanager Samenleving, gemeente Wierden, 06-50382918"),
         ("p", "Monique Tijhuis, beleidsadviseur Wmo, gemeente Wierden, 06-50382919")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=114, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail (target: a wrong PASS of knock-out 2 and criterion 4). The "
                     "hbo line is 'HBO-getuigschrift module 'Methodisch leidinggeven in het sociaal domein' "
                     "(15 EC), Hogeschool Saxion — 2019': one module of 15 EC (a bachelor is 240 EC); 'getuigschrift' "
                     "is the word of a hbo diploma, stretched to a module certificate -> not a bachelor. The only "
                     "diploma is MBO SMD niveau 4 -> mbo, no degree, not MWD. Teamleider Sociaal Team, Gemeente "
                     "Wierden 2016-06..2025-11 = 114 -> ko 3 pass, criterion 5. 85 points; a wrong pass would give "
                     "100."))

# ------------------------------------------------------------------------- Priya Ramsaran (pdf)
# TRAP (wrong pass, knock-out 2): "Bachelor Zorg en Welzijn (post-mbo vervolgopleiding op mbo-4-niveau,
# EQF 4), Zorgacademie Oost — diploma behaald 2012": the name says Bachelor, the level is mbo.
PR6, PR7, PR8 = crits("Lochem", "Lochem, samen gezond", "een beweegmaatje, een dorpsondersteuner in Laren en "
                      "een mantelzorgpunt", "Menzis", "de invoering van dorpsondersteuners in vier kernen")
PR_BACH = ("Bachelor Zorg en Welzijn (post-mbo vervolgopleiding op mbo-4-niveau, EQF 4), Zorgacademie Oost, "
           "Apeldoorn — diploma behaald 2012")
pr = [pos("augustus 2015 – heden", "Manager Welzijn", "Stichting Welzijn Lochem",
          ["Leiding aan 18 beroepskrachten en 250 vrijwilligers; formatie, werving en een budget van € 1,4 "
           "miljoen.", PR6, PR7, PR8], ("2015-08", REF), 124, True),
      pos("maart 2010 – juli 2015", "Opbouwwerker", "Stichting Welzijn Lochem",
          ["Buurtwerk en bewonersinitiatieven."], ("2010-03", "2015-07"), 65, False)]
PR_RATE = "Uurtarief € 90,- (excl. btw)"
cv(file="Priya Ramsaran.pdf", fmt="pdf", layout="sidebar",
   name="Priya Ramsaran", email="priya.ramsaran@example.nl", phone="06-83920174", rate=PR_RATE,
   exp=pr, crit_text={"6": PR6, "7": PR7, "8": PR8}, refs=["Harm Wiggers", "Femke Baakman"],
   must_have=[PR_BACH],
   left=[("h", "Contact"), ("p", "priya.ramsaran@example.nl"), ("p", "06-83920174"), ("p", "Lochem"),
         ("h", "Tarief"), ("p", PR_RATE),
         ("h", "Opleiding"), ("p", PR_BACH),
         ("p", "MBO Maatschappelijke Zorg (niveau 4), ROC Rijn IJssel — diploma 2010")],
   right=[("title", "Priya Ramsaran"),
          ("h", "Profiel"),
          ("p", "Manager welzijn met tien jaar leidinggevende ervaring bij Stichting Welzijn Lochem. Ik bouw "
                "aan een organisatie waarin vrijwilligers en beroepskrachten elkaar versterken."),
          ("h", "Werkervaring"),
          ("pos", "sample", pr),
          ("h", "Referenties"),
          ("p", "Harm Wiggers, voorzitter Raad van Toezicht Stichting Welzijn Lochem, 06-83920175"),
          ("p", "Femke Baakman, beleidsadviseur Welzijn, gemeente Lochem, 06-83920176")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=124, refs=(2, False), zzp=False, hourly=90.0,
               crit=(0, 25, 15, 20, 25),
               notes="ONE REASON: knock-out 2 fail (target: a wrong PASS of knock-out 2 and criterion 4). "
                     "'Bachelor Zorg en Welzijn (post-mbo vervolgopleiding op mbo-4-niveau, EQF 4), Zorgacademie "
                     "Oost — diploma behaald 2012': a completed programme called 'Bachelor', but the CV itself "
                     "gives its level as mbo 4 (EQF 4; a hbo bachelor is EQF 6) -> mbo; with MBO Maatschappelijke "
                     "Zorg niveau 4 -> mbo, no degree, not MWD. Manager Welzijn, Stichting Welzijn Lochem "
                     "2015-08..2025-11 = 124 -> ko 3 pass, criterion 5. Opbouwwerker: not leading. 85 points."))

# ------------------------------------------------------------------------- Hanneke Zijlstra (docx)
# TRAP (wrong pass, knock-out 1): she is employed by the gemeente until 31 December and says "Inschrijving
# KvK: aangevraagd, nummer volgt" under Beschikbaarheid: she is registering a business of her own to take the
# assignment -> zzp indication -> review.
HZ6, HZ7, HZ8 = crits("Kampen", "Kampen verbindt", "een buurtkamer in Brunnepe, een jongerenloket en een "
                      "mantelzorgroute", "Zilveren Kruis", "het verandertraject 'Eén gezin, één plan'")
HZ_KVK = "Inschrijving KvK: aangevraagd, nummer volgt."
hz = [pos("sinds januari 2017", "Teamleider Wmo en Jeugd", "Gemeente Kampen",
          ["Leiding aan 15 consulenten Wmo en jeugd; formatie, werving en budget.", HZ6, HZ7, HZ8],
          ("2017-01", REF), 107, True),
      pos("maart 2012 – december 2016", "Coördinator Mantelzorg", "Stichting Welzijn IJsselmuiden",
          ["Leiding aan vier mantelzorgconsulenten."], ("2012-03", "2016-12"), 58, True)]
HZ_RATE = "Tarief: € 93,- per uur, exclusief btw"
cv(file="Hanneke Zijlstra.docx", fmt="docx", layout="single",
   name="Hanneke Zijlstra", email="hanneke.zijlstra@example.nl", phone="06-29184750", rate=HZ_RATE,
   exp=hz, crit_text={"6": HZ6, "7": HZ7, "8": HZ8}, refs=["Jolanda Brouwer", "Piet Mulderij"],
   must_have=[HZ_KVK],
   body=[("title", "Hanneke Zijlstra"),
         ("p", "Kampen  |  06-29184750  |  hanneke.zijlstra@example.nl"),
         ("h", "Profiel"),
         ("p", "Teamleider en coördinator in het sociaal domein sinds 2012. Mijn dienstverband bij de gemeente "
               "Kampen eindigt op 31 december 2025; daarna wil ik als coördinator welzijn aan de slag in Heerde."),
         ("h", "Werkervaring"),
         ("pos", "pipe", hz),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2011"),
         ("h", "Referenties"),
         ("p", "Jolanda Brouwer, afdelingsmanager Sociaal Domein, gemeente Kampen, 06-29184751"),
         ("p", "Piet Mulderij, directeur Stichting Welzijn IJsselmuiden, 06-29184752"),
         ("h", "Beschikbaarheid"),
         ("p", "Per 1 januari 2026, 24 uur per week (maandag tot en met donderdag)."),
         ("p", HZ_KVK),
         ("pb", HZ_RATE)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=165, refs=(2, False), zzp=True, hourly=93.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review (target: a wrong PASS of knock-out 1). No agency is named; "
                     "her employment at the gemeente ends on 31 December 2025 and under 'Beschikbaarheid' she "
                     "writes 'Inschrijving KvK: aangevraagd, nummer volgt.' -> she is registering a business of "
                     "her own to take this assignment: a zzp indication -> review (not pass; the opposite of "
                     "holdout5's 'KvK-nummer: n.v.t.'). Teamleider Wmo en Jeugd, Gemeente Kampen 2017-01..2025-11 "
                     "= 107 + Coördinator Mantelzorg, Stichting Welzijn IJsselmuiden 2012-03..2016-12 = 58 -> 165. "
                     "Bachelor Social Work. 100 points; a wrong pass would rank her 1 or 2."))

# ------------------------------------------------------------------------- Robert Fokkema (pdf)
# TRAP (wrong pass, knock-out 1): "lid-ondernemer van Coöperatie Sociaal Werkt U.A.": a cooperative of
# independent professionals contracts and invoices for him; he gets his share of the turnover -> zzp, review.
RF6, RF7, RF8 = crits("Hattem", "Hattem zorgt voor elkaar", "een dorpskamer, een steunpunt mantelzorg en een "
                      "formulierenbrigade", "Zilveren Kruis", "de herinrichting van de toegang tot Wmo en jeugd")
RF_COOP = ("Sinds september 2021 ben ik lid-ondernemer van Coöperatie Sociaal Werkt U.A. in Apeldoorn. De "
           "coöperatie sluit de overeenkomst met de opdrachtgever en factureert; ik ontvang mijn deel van de "
           "omzet na aftrek van de ledenbijdrage. Ook deze opdracht voer ik uit via de coöperatie.")
rf = [pos("september 2021 – heden", "Coördinator Sociaal Team", "Gemeente Hattem",
          ["Leiding aan het sociaal team (10 medewerkers); werkverdeling, formatie en budget.", RF6, RF7, RF8],
          ("2021-09", REF), 51, True),
      pos("januari 2014 – augustus 2021", "Teamleider Wmo", "Gemeente Epe",
          ["Leiding aan 12 Wmo-consulenten."], ("2014-01", "2021-08"), 92, True)]
RF_RATE = "Uurtarief: € 91,- excl. btw"
cv(file="Robert Fokkema.pdf", fmt="pdf", layout="single",
   name="Robert Fokkema", email="robert.fokkema@example.nl", phone="06-38501927", rate=RF_RATE,
   exp=rf, crit_text={"6": RF6, "7": RF7, "8": RF8}, refs=["Alie Kamphorst", "Dennis Leusink"],
   must_have=[RF_COOP],
   body=[("title", "Robert Fokkema"),
         ("p", "Epe  |  06-38501927  |  robert.fokkema@example.nl"),
         ("pb", RF_RATE),
         ("h", "Profiel"),
         ("p", "Ruim elf jaar leidinggevende in het sociaal domein van twee Veluwse gemeenten."),
         ("p", RF_COOP),
         ("h", "Werkervaring"),
         ("pos", "next", rf),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Alie Kamphorst, afdelingsmanager Samenleving, gemeente Hattem, 06-38501928"),
         ("p", "Dennis Leusink, manager Zorg, gemeente Epe, 06-38501929")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=True, hourly=91.0,
               crit=FULL,
               notes="ONE REASON: knock-out 1 review (target: a wrong PASS of knock-out 1). 'lid-ondernemer van "
                     "Coöperatie Sociaal Werkt U.A. … De coöperatie sluit de overeenkomst met de opdrachtgever en "
                     "factureert; ik ontvang mijn deel van de omzet na aftrek van de ledenbijdrage. Ook deze "
                     "opdracht voer ik uit via de coöperatie.' -> he is an entrepreneur-member of a cooperative of "
                     "professionals, paid a share of turnover, not a salary: no employment, a zzp indication -> "
                     "review (a person must check whether the coöperatie employs him). Coördinator Sociaal Team, "
                     "Gemeente Hattem 2021-09..2025-11 = 51 + Teamleider Wmo, Gemeente Epe 2014-01..2021-08 = 92 "
                     "-> 143. HBO MWD. 100 points."))

# ------------------------------------------------------------------------- Loes Wijnands (docx)
# TRAP (wrong pass, references): heading "Referenties / References", a Dutch line and an English line for
# the same person (Marja Visser), the English one with the phone in international format and an e-mail
# -> one referee -> fail.
LW6, LW7, LW8 = crits("Ommen", "Ommen, dichtbij", "een dorpsteam in Lemelerveld, een vrijwilligersbank en "
                      "een jongerenwerkplaats", "Zilveren Kruis", "de transformatie van de toegang tot jeugdhulp")
LW_R1 = "Marja Visser, afdelingsmanager Samenleving, gemeente Ommen, 06-41729385"
LW_R2 = ("Marja Visser, Head of the Community Department, Municipality of Ommen, +31 6 4172 9385, "
         "m.visser@example.nl")
lw = [pos("april 2018 – heden", "Manager Sociaal Domein", "Gemeente Ommen",
          ["Leiding aan de teams Wmo, jeugd en participatie (26 medewerkers); formatie, werving en budget.",
           LW6, LW7, LW8], ("2018-04", REF), 92, True),
      pos("januari 2013 – maart 2018", "Teamleider Jeugd", "Gemeente Hardenberg",
          ["Leiding aan tien jeugdconsulenten."], ("2013-01", "2018-03"), 63, True)]
LW_RATE = "Uurtarief: € 94,- excl. btw"
cv(file="Loes Wijnands.docx", fmt="docx", layout="single",
   name="Loes Wijnands", email="loes.wijnands@example.nl", phone="06-41729380", rate=LW_RATE,
   exp=lw, crit_text={"6": LW6, "7": LW7, "8": LW8}, refs=["Marja Visser"],
   must_have=[LW_R1, LW_R2],
   body=[("title", "Loes Wijnands"),
         ("p", "Ommen  |  06-41729380  |  loes.wijnands@example.nl"),
         ("pb", LW_RATE),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein met twaalf jaar leidinggevende ervaring bij twee Overijsselse "
               "gemeenten. Ik breng beleid en uitvoering bij elkaar."),
         ("h", "Werkervaring"),
         ("pos", "datebold", lw),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2008"),
         ("h", "Referenties / References"),
         ("p", LW_R1),
         ("p", LW_R2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=155, refs=(1, False), zzp=False, hourly=94.0,
               crit=FULL,
               notes="ONE REASON: references fail (target: a wrong PASS of the references check). Under "
                     "'Referenties / References' the same person twice: 'Marja Visser, afdelingsmanager "
                     "Samenleving, gemeente Ommen, 06-41729385' and its English version 'Marja Visser, Head of "
                     "the Community Department, Municipality of Ommen, +31 6 4172 9385, m.visser@example.nl' "
                     "(same name, same number in international format) -> 1 referee, nothing on request -> fail. "
                     "Manager Sociaal Domein, Gemeente Ommen 2018-04..2025-11 = 92 + Teamleider Jeugd, Gemeente "
                     "Hardenberg 2013-01..2018-03 = 63 -> 155. Bachelor Social Work. 100 points; a wrong pass "
                     "would rank her 1 or 2."))

# ------------------------------------------------------------------------- Bart Kleinjan (pdf)
# TRAP (wrong pass, Dutch check): Dutch headings, profile, positions and education, but a long English
# "Project portfolio" that is most of the CV -> dominant language English -> fail.
BK6, BK7, BK8 = crits("Deventer", "Deventer doet het samen", "wijkkamers in Colmschate en Keizerslanden en een "
                      "schuldhulpmaatje", "Salland", "de herinrichting van de wijkteams")
BK_EN = [
    "Project portfolio (in English, as used for my European network)",
    "Neighbourhood Hubs Deventer (2016 – 2018). I was the lead for the opening of six neighbourhood hubs in the "
    "east of the city. In each hub the social workers of the team, the district nurse and the volunteers of the "
    "local library share a room and a phone number. I wrote the business case for the council, I negotiated "
    "the rent with the housing association and I set up the monitoring of the number of visitors and of the "
    "questions that were solved on the spot. After two years the hubs had more than 9,000 visits a year and the "
    "number of formal referrals to the team went down by a fifth.",
    "Debt Help Buddies (2018 – 2020). Together with the food bank and the credit union of the region I started a "
    "programme in which trained volunteers support households with debts for a year. My part was the design of "
    "the training, the recruitment of the first forty buddies and the agreement with the debt counselling "
    "service of the municipality. The programme is now part of the standard offer and it is run by the "
    "volunteer centre of the city.",
    "Youth at Risk Pilot (2020 – 2022). In a pilot with the police, the schools and the youth care providers of "
    "the region we made one plan for each young person at risk of dropping out. I chaired the steering group, "
    "I kept the budget of the pilot and I reported to the alderman twice a year. The evaluation by the "
    "university of applied sciences showed that two thirds of the young people were still at school or at work "
    "after a year.",
    "Care and Wellbeing Agreement (2022 – 2024). For the regional agreement between the municipalities, the "
    "health insurer and the care providers I was the lead on prevention. I wrote the chapter on loneliness and "
    "on informal carers, I set up the working group of the partners and I made the plan for the use of the "
    "extra funds that the region received from the national government.",
    "Digital Case Files (2024 – now). At the moment I am the business owner of the new system for the case files "
    "of the teams. I am responsible for the choice of the supplier, for the training of the staff and for the "
    "link with the data of the other partners in the region.",
]
bk = [pos("mei 2015 – heden", "Manager Zorg en Welzijn", "Gemeente Deventer",
          ["Leiding aan de teams Wmo, jeugd en welzijn (32 medewerkers); formatie, werving en budget.",
           BK6, BK7, BK8], ("2015-05", REF), 127, True),
      pos("september 2009 – april 2015", "Beleidsadviseur Wmo", "Gemeente Deventer",
          ["Wmo-verordening en nota's."], ("2009-09", "2015-04"), 68, False)]
BK_RATE = "Uurtarief: € 96,- excl. btw"
cv(file="Bart Kleinjan.pdf", fmt="pdf", layout="single",
   name="Bart Kleinjan", email="bart.kleinjan@example.nl", phone="06-92740163", rate=BK_RATE,
   exp=bk, crit_text={"6": BK6, "7": BK7, "8": BK8}, refs=["Geert Scholten", "Ans Wolbers"],
   must_have=BK_EN[1:3],
   body=[("title", "Bart Kleinjan"),
         ("p", "Deventer  |  06-92740163  |  bart.kleinjan@example.nl"),
         ("pb", BK_RATE),
         ("h", "Profiel"),
         ("p", "Manager zorg en welzijn bij de gemeente Deventer."),
         ("h", "Werkervaring"),
         ("pos", "datebold", bk),
         ("h", BK_EN[0])] + [("p", x) for x in BK_EN[1:]] + [
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Geert Scholten, directeur Sociaal Domein, gemeente Deventer, 06-92740164"),
         ("p", "Ans Wolbers, wethouder Zorg, gemeente Deventer, 06-92740165")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=127, refs=(2, False), zzp=False, hourly=96.0,
               crit=FULL, lang="en",
               notes="ONE REASON: Dutch check fail (target: a wrong PASS of the language check). Headings, "
                     "profile, positions, education and references are Dutch, but the English 'Project "
                     "portfolio' (five long project descriptions) is most of the words of the CV (expected.py: "
                     "English function words above 15 % of all words) -> dominant language English, not "
                     "'opgesteld in het Nederlands' -> fail. Contrast holdout15's Lisa Verbeek (an English project "
                     "list of about a third: still Dutch). The other fields are the truth: Manager Zorg en "
                     "Welzijn, Gemeente Deventer 2015-05..2025-11 = 127; Beleidsadviseur: not leading; HBO MWD; 2 "
                     "referees. 100 points; a wrong pass would rank him 1."))
