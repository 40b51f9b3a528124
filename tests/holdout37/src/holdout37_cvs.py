# -*- coding: utf-8 -*-
"""Holdout round 37 for zeef: 8 fictional CVs (4 PDF, 4 DOCX), written without looking at the pipeline's source
or rules/. Two eligible controls (one repeats its two referees on page 1 and page 3: still 2), six that look strong
but must not pass, each for one new reason:

  - a Teamleider Sociaal Team at a gemeente "2023 – heden" while the profile claims "ruim 10 jaar" (only the list
    counts);
  - a coördinator whose employer is a woningcorporatie;
  - HBO Maatschappelijk Werk 1991-1995 "(vrijstellingen, geen diploma)";
  - the candidate's own "BV in oprichting" with a KvK number (ZZP indication -> knock-out 1 review);
  - one referee listed twice, with a mobile and an office number (count 1);
  - the experience list written in English, so that Dutch is under half of the text (language fail).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout37/make-holdout37.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)
NO5 = (15, 0, 15, 20, 25)


def crits(place, plan, result, insurer, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 37)."""
    c6 = (f"Uitgewerkt voorbeeld: de nota '{plan}' van de gemeente {place} vertaald naar een jaarwerkplan met "
          f"vijf concrete projecten, met als resultaat {result}.")
    c7 = (f"Vast aanspreekpunt voor zorgaanbieders, de patiëntenraad, zorgverzekeraar {insurer} en de partners "
          f"in een publiek-private samenwerking (PPS) rond het gezondheidscentrum.")
    c8 = f"Projectleider van het verandertraject '{change}', van startnotitie tot evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Maaike Kolkman (pdf) control, 3 pages
# Control with a twist that must NOT cost her: the same two referees appear in the page-1 summary and again in
# the page-3 references section -> count 2 (not 4, not 1).
MK6, MK7, MK8 = crits("Ermelo", "Ermelo doet mee", "een dorpshuis-ontmoetingspunt en 45 nieuwe mantelzorgers in "
                      "beeld", "CZ", "de samenvoeging van Wmo-loket en jeugdteam")
mk = [pos("april 2016 – heden", "Coördinator Welzijn", "Gemeente Ermelo",
          ["Coördinatie van het cluster welzijn (12 medewerkers); formatie, werving & selectie en budget.",
           MK6, MK7, MK8], ("2016-04", REF), 116, True),
      pos("januari 2011 – maart 2016", "Teamleider Buurtwerk", "Stichting Welzijn Harderwijk",
          ["Leiding aan zes buurtwerkers en een vrijwilligerspool."], ("2011-01", "2016-03"), 63, True),
      pos("augustus 2005 – december 2010", "Buurtwerker", "Stichting Welzijn Harderwijk",
          ["Activiteiten voor ouderen en jongeren in Stadsdennen."], ("2005-08", "2010-12"), 65, False)]
MK_RATE = "Uurtarief: € 86,50 excl. btw"
MK_R1 = "Henk Schuurman, afdelingsmanager Samenleving, gemeente Ermelo, 06-51730481"
MK_R2 = "Gerda Hulst, directeur-bestuurder Stichting Welzijn Harderwijk, 06-51730482"
cv(file="Maaike Kolkman.pdf", fmt="pdf", layout="single",
   name="Maaike Kolkman", email="maaike.kolkman@example.nl", phone="06-51730480", rate=MK_RATE,
   exp=mk, crit_text={"6": MK6, "7": MK7, "8": MK8}, refs=["Henk Schuurman", "Gerda Hulst"],
   must_have=["Referenties (zie ook pagina 3): Henk Schuurman en Gerda Hulst"],
   body=[("title", "Maaike Kolkman"),
         ("p", "Ermelo  |  06-51730480  |  maaike.kolkman@example.nl"),
         ("pb", MK_RATE),
         ("h", "In het kort"),
         ("bl", ["Coördinator welzijn bij de gemeente Ermelo sinds 2016.",
                 "Daarvoor teamleider buurtwerk bij een welzijnsstichting.",
                 "HBO Maatschappelijk Werk en Dienstverlening.",
                 "Referenties (zie ook pagina 3): Henk Schuurman en Gerda Hulst."]),
         ("h", "Profiel"),
         ("p", "Verbinder tussen beleid en uitvoering. Ik geef richting aan teams in verandering, houd de "
               "randvoorwaarden op orde en werk vanuit het perspectief van de inwoner. In loondienst bij een "
               "detacheringsbureau."),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", mk),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2005"),
         ("h", "Cursussen"),
         ("p", "Methodisch werken met DA Systems (2022); Coachend leidinggeven (2019).")]
   + refs_block(MK_R1, MK_R2),
   expect=dict(pages=3, edu=("hbo", True, True), coord=179, refs=(2, False), zzp=False, hourly=86.5,
               crit=FULL,
               notes="CONTROL, eligible. Coördinator Welzijn, Gemeente Ermelo 2016-04..2025-11 = 116 + Teamleider "
                     "Buurtwerk, Stichting Welzijn Harderwijk 2011-01..2016-03 = 63 -> 179 (>= 72, criterion 5). "
                     "Buurtwerker: not leading. HBO MWD with diploma -> ko 2 pass, criterion 4. References: the "
                     "same two people (Henk Schuurman, Gerda Hulst) are named in the page-1 summary and listed "
                     "in full on page 3 -> count 2 (a person is counted once) -> pass. 3 pages. Detacheringsbureau, "
                     "no zzp. 100 points, EUR 86,50 -> rank 1."))

# ------------------------------------------------------------------------- Rutger Bosman (docx) control
RB6, RB7, RB8 = crits("Oldebroek", "Samen sterk in Oldebroek", "drie wijksteunpunten en een halvering van de "
                      "wachtlijst schuldhulp", "Zilveren Kruis", "de inrichting van één toegang sociaal domein")
rb = [pos("september 2018 – heden", "Manager Welzijn en Participatie", "Gemeente Oldebroek",
          ["Leiding aan het team welzijn en participatie (18 medewerkers); formatie en budget.", RB6, RB7, RB8],
          ("2018-09", REF), 87, True),
      pos("februari 2013 – augustus 2018", "Coördinator Wmo", "Gemeente Hattem",
          ["Coördinatie van de Wmo-consulenten en de keukentafelgesprekken."], ("2013-02", "2018-08"), 67, True)]
RB_RATE = "Tarief: € 89,- per uur (excl. btw)"
cv(file="Rutger Bosman.docx", fmt="docx", layout="single",
   name="Rutger Bosman", email="rutger.bosman@example.com", phone="06-62840157", rate=RB_RATE,
   exp=rb, crit_text={"6": RB6, "7": RB7, "8": RB8}, refs=["Anja Mulderij", "Frank Dijkhuis"],
   body=[("title", "Rutger Bosman"),
         ("p", "Wezep  |  06-62840157  |  rutger.bosman@example.com"),
         ("pb", RB_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn en participatie in Oldebroek, eerder coördinator Wmo in Hattem."),
         ("h", "Werkervaring"),
         ("pos", "pipe", rb),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2012")]
   + refs_block("Anja Mulderij, gemeentesecretaris, gemeente Oldebroek, 06-62840158",
                "Frank Dijkhuis, afdelingshoofd Samenleving, gemeente Hattem, 06-62840159"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=154, refs=(2, False), zzp=False, hourly=89.0,
               crit=FULL,
               notes="CONTROL, eligible. Manager Welzijn en Participatie, Gemeente Oldebroek 2018-09..2025-11 = 87 + "
                     "Coördinator Wmo, Gemeente Hattem 2013-02..2018-08 = 67 -> 154. Bachelor Social Work "
                     "(diploma) -> mwd. Two referees. 100 points, EUR 89 -> rank 2 behind Maaike Kolkman (EUR 86,50)."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Wendy Schipper (pdf)
# TRAP (target: wrong pass of ko 3): profile "ruim 10 jaar leidinggevende ervaring"; the only leading role in the
# list is "Teamleider Sociaal Team, Gemeente Nunspeet, 2023 – heden"; before that consulent roles.
WS6, WS7, WS8 = crits("Nunspeet", "Nunspeet voor elkaar", "een wijkgericht sociaal team en 30 % minder "
                      "doorverwijzingen naar tweedelijnszorg", "Menzis", "de wijkgerichte herinrichting van het "
                      "sociaal team")
ws = [pos("2023 – heden", "Teamleider Sociaal Team", "Gemeente Nunspeet",
          ["Leiding aan het sociaal team (14 medewerkers); werving, roosters en budget.", WS6, WS7, WS8],
          ("2023-01", REF), 35, True, yearonly=True),
      pos("2014 – 2022", "Senior consulent Wmo en jeugd", "Gemeente Nunspeet",
          ["Keukentafelgesprekken, indicaties en casusregie; inwerken van nieuwe consulenten."],
          ("2014-01", "2022-12"), 108, False, yearonly=True),
      pos("2010 – 2013", "Consulent Wmo", "Gemeente Elburg",
          ["Aanvragen Wmo-voorzieningen en huisbezoeken."], ("2010-01", "2013-12"), 48, False, yearonly=True)]
WS_RATE = "Uurtarief: € 85,00 excl. btw"
WS_PROFILE = ("Leidinggevende in het sociaal domein met ruim 10 jaar ervaring in het aansturen van "
              "professionals in Wmo en jeugd bij de gemeente.")
cv(file="Wendy Schipper.pdf", fmt="pdf", layout="single",
   name="Wendy Schipper", email="wendy.schipper@example.nl", phone="06-73951204", rate=WS_RATE,
   exp=ws, crit_text={"6": WS6, "7": WS7, "8": WS8}, refs=["Jolanda Brouwer", "Marco Teunissen"],
   must_have=[WS_PROFILE],
   body=[("title", "Wendy Schipper"),
         ("p", "Nunspeet  |  06-73951204  |  wendy.schipper@example.nl"),
         ("pb", WS_RATE),
         ("h", "Profiel"),
         ("p", WS_PROFILE),
         ("h", "Werkervaring"),
         ("pos", "datebold", ws),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2009")]
   + refs_block("Jolanda Brouwer, afdelingsmanager Sociaal Domein, gemeente Nunspeet, 06-73951205",
                "Marco Teunissen, teamleider Wmo, gemeente Elburg, 06-73951206"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=35, refs=(2, False), zzp=False, hourly=85.0,
               crit=NO5,
               notes="TRAP, not eligible: ko 3 fail (target: a wrong pass from the profile's 'ruim 10 jaar'). "
                     "Only the list counts: Teamleider Sociaal Team, Gemeente Nunspeet '2023 – heden' = "
                     "2023-01..2025-11 = 35 months (narrowest year-only reading 2023-12..2025-11 = 24); both < 60 "
                     "-> fail, not review; < 72 -> criterion 5 = 0. The 'Senior consulent Wmo en jeugd' (2014-2022, "
                     "inwerken of colleagues) and 'Consulent Wmo' roles are not coordinator/manager/teamleider "
                     "titles. 'Ruim 10 jaar' would need the consulent years to count as leadership: they are not "
                     "'aantoonbaar' in the list. HBO MWD -> criterion 4. 75 points."))

# ------------------------------------------------------------------------- Bart Hendriksen (docx)
# TRAP (target: wrong pass of ko 3): "Coördinator Leefbaarheid en Sociaal Beheer" at a woningcorporatie
# (a housing association, neither a gemeente nor a welzijnsstichting), working with the gemeente's wijkteams.
BH6, BH7, BH8 = crits("Harderwijk", "Wonen en zorg in de wijk", "twaalf buurtbemiddelaars en 40 % minder "
                      "woonoverlastmeldingen", "CZ", "de overgang naar wijkgericht sociaal beheer")
bh = [pos("mei 2015 – heden", "Coördinator Leefbaarheid en Sociaal Beheer", "Woningcorporatie Triada Wonen",
          ["Leiding aan zeven wijkconsulenten; aanpak woonoverlast, kwetsbare huurders en achter-de-voordeur-"
           "bezoeken samen met de wijkteams van de gemeente Harderwijk.", BH6, BH7, BH8],
          ("2015-05", REF), 127, False),
      pos("maart 2011 – april 2015", "Coördinator Buurtwerk", "Stichting Welzijn Harderwijk",
          ["Coördinatie van buurtwerk en vrijwilligers in Drielanden."], ("2011-03", "2015-04"), 50, True),
      pos("september 2007 – februari 2011", "Buurtwerker", "Stichting Welzijn Harderwijk",
          ["Activiteiten in buurthuizen."], ("2007-09", "2011-02"), 42, False)]
BH_RATE = "Uurtarief: € 84,50 excl. btw"
cv(file="Bart Hendriksen.docx", fmt="docx", layout="header",
   header="Bart Hendriksen  |  Harderwijk  |  06-84062315  |  bart.hendriksen@example.nl",
   name="Bart Hendriksen", email="bart.hendriksen@example.nl", phone="06-84062315", rate=BH_RATE,
   exp=bh, crit_text={"6": BH6, "7": BH7, "8": BH8}, refs=["Mirjam Lankhorst", "Rob Verhoef"],
   must_have=["Woningcorporatie Triada Wonen"],
   body=[("title", "Curriculum vitae"),
         ("pb", BH_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator met ruim vijftien jaar ervaring in welzijn en leefbaarheid in Harderwijk, dicht "
               "op de wijkteams en het sociaal domein."),
         ("h", "Werkervaring"),
         ("eu_pos", bh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2007")]
   + refs_block("Mirjam Lankhorst, manager Wonen, Woningcorporatie Triada Wonen, 06-84062316",
                "Rob Verhoef, teamleider wijkteams, gemeente Harderwijk, 06-84062317"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=50, refs=(2, False), zzp=False, hourly=84.5,
               crit=NO5,
               notes="TRAP, not eligible: ko 3 fail (target: counting the woningcorporatie). Coördinator "
                     "Leefbaarheid en Sociaal Beheer at Woningcorporatie Triada Wonen 2015-05..2025-11 = 127: a "
                     "housing association is neither a gemeente nor a welzijnsstichting (working alongside the "
                     "gemeente's wijkteams does not make it the employer) -> not relevant. Coördinator Buurtwerk, "
                     "Stichting Welzijn Harderwijk 2011-03..2015-04 = 50 relevant -> 50 < 60 -> fail; criterion 5 = "
                     "0. Buurtwerker: not leading. HBO MWD -> criterion 4. 75 points. 177 months if the "
                     "corporation counted."))

# ------------------------------------------------------------------------- Jolien Wassink (pdf)
# TRAP (target: wrong pass of ko 2): "HBO Maatschappelijk Werk en Dienstverlening ... 1991 – 1995 (vrijstellingen,
# geen diploma)"; the only diploma is MBO.
JW6, JW7, JW8 = crits("Epe", "Epe zorgt", "een mantelzorgpunt in Vaassen en 50 extra respijtplekken",
                      "Zilveren Kruis", "de invoering van wijkgerichte teams in Epe en Vaassen")
jw = [pos("januari 2014 – heden", "Coördinator Sociaal Team", "Gemeente Epe",
          ["Coördinatie van het sociaal team (16 medewerkers); formatie en budget.", JW6, JW7, JW8],
          ("2014-01", REF), 143, True),
      pos("juni 2007 – december 2013", "Teamleider Mantelzorg", "Stichting Welzijn Heerde",
          ["Leiding aan vier consulenten mantelzorg."], ("2007-06", "2013-12"), 79, True)]
JW_RATE = "Uurtarief: € 83,00 excl. btw"
JW_EDU = ("HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle, 1991 – 1995 "
          "(vrijstellingen, geen diploma)")
cv(file="Jolien Wassink.pdf", fmt="pdf", layout="single",
   name="Jolien Wassink", email="jolien.wassink@example.nl", phone="06-95173826", rate=JW_RATE,
   exp=jw, crit_text={"6": JW6, "7": JW7, "8": JW8}, refs=["Peter Mensink", "Ria Kamphuis"],
   must_have=[JW_EDU],
   body=[("title", "Jolien Wassink"),
         ("p", "Vaassen  |  06-95173826  |  jolien.wassink@example.nl"),
         ("pb", JW_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren coördinator sociaal team met een achtergrond in het maatschappelijk werk."),
         ("h", "Werkervaring"),
         ("pos", "sample", jw),
         ("h", "Opleiding"),
         ("p", JW_EDU),
         ("p", "MBO Sociaal Pedagogisch Werk, ROC Aventus Apeldoorn — diploma 1991")]
   + refs_block("Peter Mensink, afdelingsmanager Samenleving, gemeente Epe, 06-95173827",
                "Ria Kamphuis, voormalig directeur Stichting Welzijn Heerde, 06-95173828"),
   expect=dict(pages=1, edu=("mbo", False, False), coord=222, refs=(2, False), zzp=False, hourly=83.0,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: reading 'HBO Maatschappelijk Werk en Dienstverlening "
                     "... 1991 – 1995' as a completed degree). The line itself says '(vrijstellingen, geen "
                     "diploma)': exemptions, no diploma -> not completed (like 'niet afgerond'). Highest completed: "
                     "MBO Sociaal Pedagogisch Werk 1991 -> mbo, no hbo bachelor, mwd false, criterion 4 = 0. "
                     "Months: Coördinator Sociaal Team, Gemeente Epe 2014-01..2025-11 = 143 + Teamleider "
                     "Mantelzorg, Stichting Welzijn Heerde 2007-06..2013-12 = 79 -> 222. 85 points."))

# ------------------------------------------------------------------------- Sander ten Brinke (docx)
# TRAP (target: wrong pass of ko 1): offered through his own "BV in oprichting" with a KvK number, in a small
# "Contractvorm" line; no "zzp" word anywhere.
SB6, SB7, SB8 = crits("Hattem", "Hattem heeft hart", "een buurtcirkel in elke wijk en 35 % meer bereik onder "
                      "mantelzorgers", "Menzis", "de reorganisatie van het sociaal domein")
sb = [pos("oktober 2016 – heden", "Coördinator Welzijn en Zorg", "Gemeente Hattem",
          ["Coördinatie van het cluster welzijn en zorg (11 medewerkers); formatie en budget.", SB6, SB7, SB8],
          ("2016-10", REF), 110, True),
      pos("maart 2012 – september 2016", "Teamleider Jeugd", "Gemeente Zwolle",
          ["Leiding aan negen jeugdconsulenten."], ("2012-03", "2016-09"), 55, True)]
SB_RATE = "Uurtarief: € 87,00 excl. btw"
SB_KVK = ("Contractvorm: via Ten Brinke Sociaal Advies BV in oprichting, KvK-nummer 96214738 "
          "(ik ben enig bestuurder en aandeelhouder)")
cv(file="Sander ten Brinke.docx", fmt="docx", layout="single",
   name="Sander ten Brinke", email="sander.tenbrinke@example.nl", phone="06-20418357", rate=SB_RATE,
   exp=sb, crit_text={"6": SB6, "7": SB7, "8": SB8}, refs=["Ellen Wagenvoort", "Kees Bosch"],
   must_have=[SB_KVK],
   body=[("title", "Sander ten Brinke"),
         ("p", "Hattem  |  06-20418357  |  sander.tenbrinke@example.nl"),
         ("pb", SB_RATE),
         ("p", SB_KVK),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en zorg bij de gemeente Hattem, eerder teamleider jeugd in Zwolle."),
         ("h", "Werkervaring"),
         ("pos", "dateline", sb),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2011")]
   + refs_block("Ellen Wagenvoort, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-20418358",
                "Kees Bosch, manager Jeugd, gemeente Zwolle, 06-20418359"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=165, refs=(2, False), zzp=True, hourly=87.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass because no 'zzp' word occurs). 'Contractvorm: via "
                     "Ten Brinke Sociaal Advies BV in oprichting, KvK-nummer 96214738 (ik ben enig bestuurder en "
                     "aandeelhouder)': he offers himself through his own one-person company with a KvK number "
                     "-> a ZZP indication (the tender: no arbeidsrelatie, a ZZP-er does not meet the "
                     "uitvoeringsvoorwaarde) -> ko 1 review, like samples' Willem de Graaf (KvK). Months: "
                     "Coördinator Welzijn en Zorg, Gemeente Hattem 2016-10..2025-11 = 110 + Teamleider Jeugd, "
                     "Gemeente Zwolle 2012-03..2016-09 = 55 -> 165. HBO MWD. 100 points, EUR 87."))

# ------------------------------------------------------------------------- Ilse Groothuis (pdf)
# TRAP (target: wrong pass of the references check): one referee listed twice, once with her mobile number and
# once with her office number -> count 1, no "op aanvraag" -> fail.
IG6, IG7, IG8 = crits("Apeldoorn", "Apeldoorn voor iedereen", "vier buurtkamers en 20 % minder eenzaamheid "
                      "onder 75-plussers (gezondheidsmonitor)", "Salland", "de transitie naar "
                      "wijkgerichte welzijnsteams")
ig = [pos("juli 2015 – heden", "Manager Welzijn", "Stichting Welzijn Apeldoorn-Zuid",
          ["Leiding aan drie teams (28 medewerkers); begroting en subsidierelatie met de gemeente.",
           IG6, IG7, IG8], ("2015-07", REF), 125, True),
      pos("februari 2010 – juni 2015", "Coördinator Ouderenwerk", "Gemeente Voorst",
          ["Coördinatie van de ouderenadviseurs en de dagbesteding."], ("2010-02", "2015-06"), 65, True)]
IG_RATE = "Uurtarief: € 84,00 excl. btw"
IG_R1 = "Karin Lohuis, directeur-bestuurder Stichting Welzijn Apeldoorn-Zuid — mobiel 06-31729485"
IG_R2 = "Karin Lohuis (bereikbaar op kantoor) — 055-7219384"
cv(file="Ilse Groothuis.pdf", fmt="pdf", layout="single",
   name="Ilse Groothuis", email="ilse.groothuis@example.nl", phone="06-31729480", rate=IG_RATE,
   exp=ig, crit_text={"6": IG6, "7": IG7, "8": IG8}, refs=["Karin Lohuis"],
   must_have=[IG_R1, IG_R2],
   body=[("title", "Ilse Groothuis"),
         ("p", "Apeldoorn  |  06-31729480  |  ilse.groothuis@example.nl"),
         ("pb", IG_RATE),
         ("h", "Profiel"),
         ("p", "Manager welzijn met brede ervaring bij een welzijnsstichting en een gemeente."),
         ("h", "Werkervaring"),
         ("pos", "datebold", ig),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Apeldoorn — diploma 2009")]
   + refs_block(IG_R1, IG_R2),
   expect=dict(pages=1, edu=("hbo", True, True), coord=190, refs=(1, False), zzp=False, hourly=84.0,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting two reference lines). Both lines name "
                     "the same person, Karin Lohuis (once with her mobile number, once 'bereikbaar op kantoor' "
                     "with an office number) -> 1 referee; the tender asks for at least 2; no 'op aanvraag' -> "
                     "fail (samples' Mark Peters). Months: Manager Welzijn, Stichting Welzijn Apeldoorn-Zuid "
                     "2015-07..2025-11 = 125 + Coördinator Ouderenwerk, Gemeente Voorst 2010-02..2015-06 = 65 -> "
                     "190. HBO MWD. 100 points, EUR 84 (would be rank 1 if passed)."))

# ------------------------------------------------------------------------- Tessa Roelofs (docx)
# TRAP (target: wrong pass of the Dutch check): a Dutch header, profile and education, but the experience list
# (most of the words) is in English -> the CV is not "opgesteld in het Nederlands".
TR6 = ("Policy to results: I translated the municipal policy note 'Elburg in balance' into an annual work plan "
       "with five concrete projects, which led to a community hub in Doornspijk and a waiting list for home "
       "support that was cut in half.")
TR7 = ("I am the contact person for care providers, the patient council, the health insurer Zilveren Kruis and "
       "the partners in a public-private partnership (PPS) for the new health centre.")
TR8 = ("I was the project lead of the change programme 'one front door for the social domain', from the first "
       "plan to the final evaluation.")
tr = [pos("March 2015 – Present", "Coordinator Welfare and Care", "Municipality of Elburg",
          ["I lead the welfare and care cluster of the municipality, a team of 14 professionals, and I am "
           "responsible for the budget, the staffing and the recruitment of new colleagues.",
           "I work closely with the team leaders and the policy advisers of the municipality and I report on "
           "the progress of the annual plan to the manager and to the council.", TR6, TR7, TR8],
          ("2015-03", REF), 129, True),
      pos("September 2009 – February 2015", "Team Lead Youth and Families", "Municipality of Harderwijk",
          ["I was the team lead of eight youth workers in the area teams of the town and I was in charge of the "
           "planning, the coaching and the quality of the casework.",
           "I set up a weekly case meeting with the schools and the family doctors in the area."],
          ("2009-09", "2015-02"), 66, True),
      pos("August 2006 – August 2009", "Social Worker", "Welfare Foundation Nunspeet",
          ["I supported families and older residents at home and in the community centre."],
          ("2006-08", "2009-08"), 37, False)]
TR_RATE = "Uurtarief: € 85,50 excl. btw"
cv(file="Tessa Roelofs.docx", fmt="docx", layout="single",
   name="Tessa Roelofs", email="tessa.roelofs@example.com", phone="06-47291638", rate=TR_RATE,
   exp=tr, crit_text={"6": TR6, "7": TR7, "8": TR8}, refs=["Wim Hoogland", "Linda Vos"],
   body=[("title", "Tessa Roelofs"),
         ("p", "Elburg  |  06-47291638  |  tessa.roelofs@example.com"),
         ("pb", TR_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator welzijn en zorg bij de gemeente Elburg."),
         ("h", "Work experience"),
         ("pos", "datebold", tr),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006")]
   + refs_block("Wim Hoogland, afdelingsmanager Sociaal Domein, gemeente Elburg, 06-47291639",
                "Linda Vos, teamleider Jeugd, gemeente Harderwijk, 06-47291640"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=195, refs=(2, False), zzp=False, hourly=85.5,
               crit=FULL, lang="en",
               notes="TRAP, not eligible: Dutch check fail (target: a pass because the header, profile, "
                     "education and references are Dutch). The experience list, the bulk of the text, is in "
                     "English (heading 'Work experience'), so under half of the words are Dutch and the dominant "
                     "language is English; the tender demands a CV 'opgesteld in het Nederlands' -> fail (like "
                     "samples' Lotte Willems). Other fields are the truth: Coordinator Welfare and Care, "
                     "Municipality of Elburg 2015-03..2025-11 = 129 + Team Lead Youth and Families, Municipality "
                     "of Harderwijk 2009-09..2015-02 = 66 -> 195; Social Worker not leading. HBO MWD. The English "
                     "passages earn criteria 6, 7, 8 -> 100 points."))
