# -*- coding: utf-8 -*-
"""Holdout round 5 for zeef: 8 fictional CVs built around *new* decision traps (not covered by
samples/, tests/holdout/, tests/holdout2/, tests/holdout3/ or tests/holdout4/), written without looking
at the pipeline's source or rules/, with hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities and realistic fictional foundations and public bodies.

Same shape as tests/holdout4/src/holdout4_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py, see tests/holdout5/make-holdout5.sh); the fields are listed in tests/holdout2/src/cvset.py.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


def emp_above(ps):
    """Positions with the employer on the line ABOVE the title, then the dates, then the tasks."""
    out = []
    for p in ps:
        out += [("pb", p["e"]), ("p", p["t"]), ("p", p["d"]), ("bl", p["tasks"])]
    return out


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Femke Bosscher (pdf)
# TRAPS: the experience is a table whose "Periode" column is the RIGHT-hand column (Functie |
# Organisatie | Periode), and the current job ends "tot nu toe"; the HBO MWD is printed as a closed
# period "1998 – 2002" without a completion word (an ended period of study = completed, as Lars
# Hoogendoorn's "2008" in tests/holdout2/); rate "tarief: € 85,00 per uur all-in" -> 85.
FB6 = ("Voorbeeld van beleid naar resultaat: de Oldebroekse Nota Welzijn 2018-2022 heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek in Wezep, een mantelzorgcafé en een "
       "schuldhulpmaatje per kern) met meetbare doelen; het aantal bereikte mantelzorgers verdubbelde.")
FB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een woningcorporatie voor een buurtkamer in Oosterwolde.")
FB8 = ("Projectleider van het verandertraject 'Stip in de kern': de herinrichting van de toegang tot welzijn "
       "en Wmo, met projectplan, stuurgroep en evaluatie.")
fb = [pos("maart 2017 – tot nu toe", "Coördinator Wmo en Welzijn", "Gemeente Oldebroek",
          ["Coördinatie van het team Wmo en welzijn (15 medewerkers) en de gedetacheerde welzijnswerkers.",
           "Verantwoordelijk voor de urenverdeling, werving & selectie en het welzijnsbudget.",
           FB6, FB7, FB8],
          ("2017-03", REF), 105, True),
      pos("september 2002 – februari 2017", "Maatschappelijk werker", "Stichting Welzijn Elburg",
          ["Individuele hulpverlening en groepswerk voor mantelzorgers."],
          ("2002-09", "2017-02"), 174, False)]
FB_RATE = "tarief: € 85,00 per uur all-in"
FB_EDU = "HBO Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool van Amsterdam, 1998 – 2002"
cv(file="Femke Bosscher.pdf", fmt="pdf", layout="single",
   name="Femke Bosscher", email="femke.bosscher@example.nl", phone="06-18273645", rate=FB_RATE,
   exp=fb, crit_text={"6": FB6, "7": FB7, "8": FB8}, refs=["Gerrit Mulderij", "Annemiek Kok"],
   must_have=[FB_EDU, "Periode", "tot nu toe"],
   body=[("title", "Femke Bosscher"),
         ("p", "Wezep  |  06-18273645  |  femke.bosscher@example.nl"),
         ("pb", "Beschikbaar 24 uur per week, " + FB_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben coördinator welzijn met ruim twintig jaar ervaring in het sociaal domein, eerst in de "
               "uitvoering en sinds 2017 als coördinator bij de gemeente Oldebroek. Ik verbind beleid en "
               "uitvoering en geef medewerkers ruimte en richting."),
         ("h", "Werkervaring"),
         ("table", ["Functie", "Organisatie", "Periode"], [[p["t"], p["e"], p["d"]] for p in fb]),
         ("tasks", fb),
         ("h", "Opleiding"),
         ("p", FB_EDU),
         ("p", "Havo, Christelijk College Groevenbeek, Ermelo, 1993 – 1998"),
         ("h", "Referenties"),
         ("p", "Gerrit Mulderij, afdelingsmanager Samenleving, gemeente Oldebroek, 06-18273650"),
         ("p", "Annemiek Kok, directeur Stichting Welzijn Elburg, 06-18273651")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=105, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 25, 15, 20, 25),
               notes="Experience table with the columns Functie | Organisatie | Periode: the dates are in the "
                     "right-hand column. 'Coördinator Wmo en Welzijn, Gemeente Oldebroek, maart 2017 – tot nu toe' "
                     "= 2017-03..2025-11 = 105 ('tot nu toe' = up to now = the reference date). Maatschappelijk "
                     "werker not relevant (role). Education 'HBO Maatschappelijk Werk en Dienstverlening (MWD), "
                     "Hogeschool van Amsterdam, 1998 – 2002': a closed period of study, the usual four years, "
                     "listed as her education with no 'niet afgerond' -> completed HBO MWD (as Lars Hoogendoorn's "
                     "'2008' in tests/holdout2). Rate 'tarief: € 85,00 per uur all-in' -> 85."))

# ------------------------------------------------------------------------- Noor Veldman (pdf)
# TRAPS: the references are numbered on ONE line under "Aanvullend": "Referenties: 1. Anja Wessels ...
# 2. Pieter Knol ..." -> 2, pass; the sidebar says "KvK-nummer: n.v.t." (not applicable) -> not zzp.
NV6 = ("Voorbeeld van beleid naar resultaat: de Ermelose koers 'Samen in de wijk' heb ik met twee "
       "beleidsadviseurs vertaald naar een jaarwerkplan met concrete projecten (een wijkspreekuur in elke "
       "buurt, een maatjesproject voor jonge mantelzorgers en een aanpak eenzaamheid) en meetbare doelen.")
NV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Gelderland-Midden en zorgverzekeraar Menzis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een gezondheidscentrum in Ermelo-West.")
NV8 = ("Projectleider van de reorganisatie van vier wijkteams naar twee gebiedsteams, met projectplan, "
       "planning en evaluatie na een jaar.")
nv = [pos("sep 2018 – heden", "Teamleider Gebiedsteam", "Gemeente Ermelo",
          ["Leiding aan het gebiedsteam Noord (13 medewerkers): Wmo, jeugd en welzijn.",
           "Verantwoordelijk voor formatie, werving & selectie en het budget.", NV6, NV7, NV8],
          ("2018-09", REF), 87, True),
      pos("sep 2008 – aug 2018", "Medewerker gebiedsteam", "Gemeente Ermelo",
          ["Keukentafelgesprekken, toegang tot Wmo en jeugdhulp."],
          ("2008-09", "2018-08"), 120, False)]
NV_RATE = "Uurtarief € 86,50"
NV_REFS = ("Referenties: 1. Anja Wessels, afdelingsmanager Samenleving, gemeente Ermelo, 06-27384950 "
           "2. Pieter Knol, wethouder Zorg en Welzijn, gemeente Ermelo, 06-27384951")
cv(file="Noor Veldman.pdf", fmt="pdf", layout="sidebar",
   name="Noor Veldman", email="noor.veldman@example.nl", phone="06-27384956", rate=NV_RATE,
   exp=nv, crit_text={"6": NV6, "7": NV7, "8": NV8}, refs=["Anja Wessels", "Pieter Knol"],
   zzp_negated=["KvK-nummer: n.v.t."],
   must_have=["KvK-nummer: n.v.t.", "1. Anja Wessels", "2. Pieter Knol"],
   left=[("h", "Contact"), ("p", "noor.veldman@example.nl"), ("p", "06-27384956"), ("p", "Ermelo"),
         ("h", "Gegevens"), ("p", "KvK-nummer: n.v.t."), ("p", NV_RATE),
         ("h", "Beschikbaar"), ("p", "24 uur per week"),
         ("h", "Sterk in"), ("bl", ["Verbinden", "Coachen", "Structuur aanbrengen"])],
   right=[("title", "Noor Veldman"),
          ("p", "Teamleider gebiedsteam"),
          ("h", "Profiel"),
          ("p", "Ik werk al zeventien jaar in het gebiedsteam van Ermelo, de laatste zeven jaar als teamleider. "
                "Ik houd van duidelijke afspraken en van een team dat weet waar het voor staat."),
          ("h", "Werkervaring"),
          ("pos", "dateline", nv),
          ("h", "Opleiding"),
          ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen — diploma 2008"),
          ("h", "Aanvullend"),
          ("p", NV_REFS)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=87, refs=(2, False), zzp=False, hourly=86.5,
               crit=(15, 25, 15, 20, 25),
               notes="References: one paragraph under 'Aanvullend', 'Referenties: 1. Anja Wessels, ... 06-27384950 "
                     "2. Pieter Knol, ... 06-27384951' -> two named referees with function and phone -> 2, pass. "
                     "'KvK-nummer: n.v.t.' = not applicable: she has no Chamber of Commerce registration -> not "
                     "zzp, knock-out 1 pass. Teamleider Gebiedsteam Gemeente Ermelo 2018-09..2025-11 = 87; "
                     "medewerker gebiedsteam not relevant (role)."))

# ------------------------------------------------------------------------- Jeroen Smit (pdf)
# TRAPS: the only relevant job ends "t/m heden" ("sept. 2019 t/m heden" = 75 months: knock-out 3 and,
# just, criterion 5); rate "Uurtarief (excl. BTW) 89" (no euro sign, the number after the bracket).
JS6 = ("Voorbeeld van beleid naar resultaat: het Hattemse beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een Wmo-inloop in het Stadhuis, een vervoersproject voor ouderen "
       "en een vroegsignaleringsaanpak voor schulden) met meetbare doelen per half jaar.")
JS7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie voor levensloopbestendige woningen.")
JS8 = ("Projectleider van het verandertraject 'Wmo dichtbij' en van de implementatie van een nieuw "
       "registratiesysteem.")
js = [pos("sept. 2019 t/m heden", "Teamleider Wmo", "Gemeente Hattem",
          ["Leiding aan het Wmo-team (10 consulenten); formatie, werving & selectie en budget.", JS6, JS7, JS8],
          ("2019-09", REF), 75, True),
      pos("jan. 2012 – aug. 2019", "Wmo-consulent", "Gemeente Hattem",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke ondersteuning en hulpmiddelen."],
          ("2012-01", "2019-08"), 92, False)]
JS_RATE = "Uurtarief (excl. BTW) 89"
cv(file="Jeroen Smit.pdf", fmt="pdf", layout="header",
   header="Jeroen Smit  ·  Hattem  ·  06-36475869  ·  jeroen.smit@example.nl",
   name="Jeroen Smit", email="jeroen.smit@example.nl", phone="06-36475869", rate=JS_RATE,
   exp=js, crit_text={"6": JS6, "7": JS7, "8": JS8}, refs=["Hennie Brink", "Lucas Wijnbergen"],
   must_have=["t/m heden"],
   body=[("title", "Jeroen Smit"),
         ("pb", JS_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben teamleider Wmo in Hattem, een kleine gemeente waar ik eerder als consulent werkte. Ik ken "
               "de uitvoering van binnenuit en stuur op resultaat en werkplezier."),
         ("h", "Werkervaring"),
         ("pos", "datebold", js),
         ("h", "Opleiding"),
         ("p", "HBO-MWD, Hogeschool Windesheim — afgestudeerd 2011"),
         ("h", "Referenties"),
         ("p", "Hennie Brink, afdelingsmanager Sociaal Domein, gemeente Hattem, 06-36475870"),
         ("p", "Lucas Wijnbergen, teamleider Jeugd, gemeente Hattem, 06-36475871")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=75, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="'sept. 2019 t/m heden' (tot en met heden) = 2019-09..2025-11 = 75 months as Teamleider Wmo, "
                     "Gemeente Hattem: knock-out 3 pass and criterion 5 (>= 72) 25 points; the consulent years are "
                     "not relevant (role). Rate 'Uurtarief (excl. BTW) 89' -> 89. HBO-MWD afgestudeerd 2011."))

# ------------------------------------------------------------------------- Koen Admiraal (docx)
# TRAPS: the positions are listed OLDEST FIRST, each with the EMPLOYER ON THE LINE ABOVE the title
# (employer / title / dates / tasks); an ongoing "Social Work (Bachelor), NHL Stenden — 2023 – heden
# (deeltijd)" next to a completed HBO Bestuurskunde -> hbo, degree, but not MWD.
KA6 = ("Voorbeeld van beleid naar resultaat: de Dalfsense visie 'Naar elkaar omkijken' heb ik vertaald naar een "
       "uitvoeringsprogramma met concrete projecten (dorpsteams in Nieuwleusen en Lemelerveld, een "
       "mantelzorgwaardering en een vervoersdienst voor ouderen) met meetbare doelen.")
KA7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland en zorgverzekeraar Zilveren Kruis, en een "
       "publiek-private samenwerking (PPS) met een woningcorporatie voor een zorgsteunpunt in Dalfsen.")
KA8 = ("Projectleider van de reorganisatie van het sociaal domein naar dorpsteams, en van het verandertraject "
       "'Preventie eerst'.")
ka = [pos("januari 2006 – december 2011", "Consulent Wmo", "Gemeente Kampen",
          ["Toegang tot Wmo-voorzieningen en huisbezoeken."],
          ("2006-01", "2011-12"), 72, False),
      pos("januari 2012 – december 2016", "Teamleider Wmo", "Gemeente Kampen",
          ["Leiding aan het Wmo-team (12 consulenten); formatie en werving & selectie."],
          ("2012-01", "2016-12"), 60, True),
      pos("januari 2017 – heden", "Manager Sociaal Domein", "Gemeente Dalfsen",
          ["Leiding aan de teams Wmo, jeugd en welzijn (28 medewerkers) en het budget sociaal domein.",
           KA6, KA7, KA8],
          ("2017-01", REF), 107, True)]
KA_RATE = "tarief € 91,- per uur (excl. btw)"
KA_SW = "Social Work (Bachelor), NHL Stenden — 2023 – heden (deeltijd, naast mijn werk)"
cv(file="Koen Admiraal.docx", fmt="docx", layout="header",
   header="Koen Admiraal  |  Dalfsen  |  06-45362718  |  koen.admiraal@example.nl",
   name="Koen Admiraal", email="koen.admiraal@example.nl", phone="06-45362718", rate=KA_RATE,
   exp=ka, crit_text={"6": KA6, "7": KA7, "8": KA8}, refs=["Ria Schuurman", "Dirk Pieters"],
   must_have=[KA_SW],
   body=[("title", "Koen Admiraal"),
         ("p", "Manager sociaal domein  –  " + KA_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben begonnen als consulent in Kampen en geef sinds 2012 leiding in het sociaal domein. Hieronder "
               "staat mijn loopbaan in volgorde van begin tot nu."),
         ("h", "Loopbaan"),
         *emp_above(ka),
         ("h", "Opleiding"),
         ("p", "HBO Bestuurskunde, Hogeschool Windesheim — diploma 2005"),
         ("p", KA_SW),
         ("h", "Referenties"),
         ("p", "Ria Schuurman, gemeentesecretaris, gemeente Dalfsen, 06-45362720"),
         ("p", "Dirk Pieters, afdelingsmanager Samenleving, gemeente Kampen, 06-45362721")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=167, refs=(2, False), zzp=False, hourly=91.0,
               crit=(0, 25, 15, 20, 25),
               notes="Positions oldest first, each printed as employer (bold) / title / dates / tasks: Consulent Wmo "
                     "Gemeente Kampen 2006-01..2011-12 (72, not relevant: role), Teamleider Wmo Gemeente Kampen "
                     "2012-01..2016-12 (60), Manager Sociaal Domein Gemeente Dalfsen 2017-01..2025-11 (107) -> "
                     "167. A reader that ties the employer to the previous block would put the Dalfsen job at "
                     "Kampen (harmless) or the Kampen teamleider job under no employer. Education: HBO Bestuurskunde "
                     "diploma 2005 -> hbo, knock-out 2 pass; 'Social Work (Bachelor), NHL Stenden — 2023 – heden' "
                     "is still in progress -> mwd false, criterion 4 = 0. Rate 91."))

# ------------------------------------------------------------------------- Tamara Jansen (pdf)
# TRAPS: "Manager Kinderopvang, Stichting Kinderopvang Veluwe" (93 months): a manager at a
# stichting, but childcare, not a welzijnsstichting -> not relevant; only the coordinator job at
# Stichting Welzijn Heerde counts: 62 -> knock-out 3 pass, criterion 5 not (155 if the childcare
# counted).
TJ6 = ("Voorbeeld van beleid naar resultaat: het Heerdense welzijnsbeleid voor mantelzorg heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (respijtzorg via vrijwilligers, een mantelzorgpas en een "
       "steunpunt in Wapenveld) met meetbare doelen.")
TJ7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met lokale bedrijven voor vrijwilligersvervoer.")
TJ8 = "Projectleider van de invoering van de vrijwilligersvacaturebank en het verandertraject 'Mantelzorg in beeld'."
tj = [pos("oktober 2020 – heden", "Coördinator Mantelzorg en Vrijwilligers", "Stichting Welzijn Heerde",
          ["Coördinatie van het team mantelzorg en vrijwilligerswerk (6 beroepskrachten, 180 vrijwilligers).",
           TJ6, TJ7, TJ8],
          ("2020-10", REF), 62, True),
      pos("januari 2013 – september 2020", "Manager Kinderopvang", "Stichting Kinderopvang Veluwe",
          ["Leiding aan 12 kindercentra en 140 pedagogisch medewerkers; kwaliteit volgens de Wet kinderopvang."],
          ("2013-01", "2020-09"), 93, False)]
TJ_RATE = "Tarief: € 80 per uur"
cv(file="Tamara Jansen.pdf", fmt="pdf", layout="sidebar",
   name="Tamara Jansen", email="tamara.jansen@example.nl", phone="06-54637281", rate=TJ_RATE,
   exp=tj, crit_text={"6": TJ6, "7": TJ7, "8": TJ8}, refs=["Marja Slot", "Evert Bakker"],
   must_have=["Stichting Kinderopvang Veluwe", "Wet kinderopvang"],
   left=[("h", "Contact"), ("p", "tamara.jansen@example.nl"), ("p", "06-54637281"), ("p", "Heerde"),
         ("h", "Tarief"), ("pb", TJ_RATE),
         ("h", "Sterk in"), ("bl", ["Organiseren", "Motiveren", "Netwerken"])],
   right=[("title", "Tamara Jansen"),
          ("p", "Coördinator mantelzorg en vrijwilligers"),
          ("h", "Profiel"),
          ("p", "Na acht jaar leidinggeven in de kinderopvang werk ik sinds 2020 bij Stichting Welzijn Heerde. Ik "
                "breng mensen en organisaties bij elkaar."),
          ("h", "Werkervaring"),
          ("pos", "pipe", tj),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2012"),
          ("h", "Referenties"),
          ("p", "Marja Slot, directeur-bestuurder Stichting Welzijn Heerde, 06-54637290"),
          ("p", "Evert Bakker, regiomanager Stichting Kinderopvang Veluwe, 06-54637291")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=62, refs=(2, False), zzp=False, hourly=80.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Mantelzorg en Vrijwilligers, Stichting Welzijn Heerde 2020-10..2025-11 = 62 -> "
                     "knock-out 3 pass (>= 60), criterion 5 = 0 (< 72). 'Manager Kinderopvang, Stichting "
                     "Kinderopvang Veluwe' (2013-01..2020-09, 93): a manager at a foundation, but a childcare "
                     "organisation under the Wet kinderopvang is neither a gemeente nor a welzijnsstichting and "
                     "childcare is not zorg/welzijn/gebiedsteams -> not relevant (counting it gives 155 and a "
                     "wrong 25 points). Bachelor Social Work -> MWD."))

# ------------------------------------------------------------------------- Wendy Hulshorst (docx)
# TRAPS: "Wnd. teamleider Jeugd" (waarnemend = acting, a title line starting with an abbreviation):
# 36 months that decide knock-out 3 (36 + 30 = 66; without them 30); dates "van maart 2016 tot en met
# februari 2019" and a current job "van september 2021 tot en met heden".
WH6 = ("Voorbeeld van beleid naar resultaat: de Nunspeetse jeugdnota heb ik met het team vertaald naar een "
       "jaarwerkplan met concrete projecten (een opvoedspreekuur op elke school en een aanpak voor thuiszitters) "
       "met meetbare doelen.")
WH7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) voor een jongerenwerkplaats.")
WH8 = "Projectleider van de transformatie van de jeugdhulp in Nunspeet, met vier deelprojecten en een stuurgroep."
wh = [pos("van september 2021 tot en met heden", "Adviseur Jeugd", "Provincie Gelderland",
          ["Advies over het provinciale jeugdprogramma."],
          ("2021-09", REF), 51, False),
      pos("van maart 2019 tot en met augustus 2021", "Teamleider Jeugd", "Gemeente Nunspeet",
          ["Leiding aan het jeugdteam (9 consulenten); formatie, werving & selectie en budget.", WH6, WH7, WH8],
          ("2019-03", "2021-08"), 30, True),
      pos("van maart 2016 tot en met februari 2019", "Wnd. teamleider Jeugd", "Gemeente Nunspeet",
          ["Waarnemend teamleider tijdens de langdurige afwezigheid van de teamleider: volledige leiding aan het "
           "jeugdteam, inclusief formatie en functioneringsgesprekken."],
          ("2016-03", "2019-02"), 36, True),
      pos("van januari 2010 tot en met februari 2016", "Jeugdconsulent", "Gemeente Nunspeet",
          ["Toegang tot jeugdhulp en gesprekken met gezinnen."],
          ("2010-01", "2016-02"), 74, False)]
WH_RATE = "Uurtarief: € 82,50"
cv(file="Wendy Hulshorst.docx", fmt="docx", layout="single",
   name="Wendy Hulshorst", email="wendy.hulshorst@example.nl", phone="06-63728190", rate=WH_RATE,
   exp=wh, crit_text={"6": WH6, "7": WH7, "8": WH8}, refs=["Bernard Visscher", "Ingrid Hoeve"],
   must_have=["Wnd. teamleider Jeugd"],
   body=[("title", "Wendy Hulshorst"),
         ("p", "Nunspeet  |  06-63728190  |  wendy.hulshorst@example.nl"),
         ("pb", WH_RATE),
         ("h", "Profiel"),
         ("p", "Ik heb ruim vijf jaar leiding gegeven aan het jeugdteam van Nunspeet, eerst waarnemend en daarna "
               "als teamleider. Nu werk ik als adviseur en wil ik graag terug naar een leidinggevende rol."),
         ("h", "Werkervaring"),
         ("pos", "next", wh),
         ("h", "Opleiding"),
         ("p", "Bachelor Pedagogiek, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Bernard Visscher, afdelingsmanager Samenleving, gemeente Nunspeet, 06-63728191"),
         ("p", "Ingrid Hoeve, programmamanager Jeugd, Provincie Gelderland, 06-63728192")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=66, refs=(2, False), zzp=False, hourly=82.5,
               crit=(0, 0, 15, 20, 25),
               notes="'Wnd. teamleider Jeugd, Gemeente Nunspeet, van maart 2016 tot en met februari 2019': "
                     "waarnemend (acting) teamleider with full leadership of the youth team -> relevant, 36; "
                     "Teamleider Jeugd 2019-03..2021-08 = 30; contiguous 66 -> knock-out 3 pass (without the "
                     "acting months 30 -> a wrong fail), criterion 5 = 0. Adviseur at the province and "
                     "jeugdconsulent not relevant. Bachelor Pedagogiek: hbo, not MWD."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Marco Gerritsen (docx)
# TRAPS: "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion — nog 2 modules te gaan" (not
# completed; the MWD words are all there) next to MBO SPW -> mbo, knock-out 2 fail; "Coördinator Jeugd en
# Gezin – Centrum voor Jeugd en Gezin (CJG) Apeldoorn", which the CV says is a department of the gemeente.
MG6 = ("Voorbeeld van beleid naar resultaat: de Apeldoornse jeugdagenda heb ik vertaald naar een jaarwerkplan "
       "met concrete projecten (een opvoedpunt in elke wijk en een aanpak voor jonge ouders) met meetbare doelen.")
MG7 = ("Samenwerking met zorgaanbieders, verloskundigen, huisartsen, de GGD Noord- en Oost-Gelderland en "
       "zorgverzekeraar Menzis, en een publiek-private samenwerking (PPS) voor een gezinshuis.")
MG8 = "Projectleider van de herinrichting van het CJG naar vier wijkteams jeugd en gezin."
mg = [pos("1 februari 2015 – heden", "Coördinator Jeugd en Gezin", "Centrum voor Jeugd en Gezin (CJG) Apeldoorn",
          ["Het CJG Apeldoorn is een afdeling van de gemeente Apeldoorn; ik ben in dienst van de gemeente.",
           "Coördinatie van 22 jeugd- en gezinswerkers.", MG6, MG7, MG8],
          ("2015-02", REF), 130, True),
      pos("maart 2008 – januari 2015", "Jeugdwerker", "Stichting Welzijn Apeldoorn",
          ["Ambulant jongerenwerk in Zevenhuizen en De Maten."],
          ("2008-03", "2015-01"), 83, False)]
MG_RATE = "Uurtarief: € 84,-"
MG_MWD = "HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion Deventer — nog 2 modules te gaan"
cv(file="Marco Gerritsen.docx", fmt="docx", layout="single",
   name="Marco Gerritsen", email="marco.gerritsen@example.nl", phone="06-72819304", rate=MG_RATE,
   exp=mg, crit_text={"6": MG6, "7": MG7, "8": MG8}, refs=["Els Timmer", "Hans de Vries"],
   must_have=[MG_MWD],
   body=[("title", "Marco Gerritsen"),
         ("p", "Apeldoorn  |  06-72819304  |  marco.gerritsen@example.nl"),
         ("pb", MG_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer sinds 2015 het Centrum voor Jeugd en Gezin in Apeldoorn. Ik verbind ouders, "
               "scholen en hulpverleners."),
         ("h", "Werkervaring"),
         ("pos", "sample", mg),
         ("h", "Opleiding"),
         ("p", MG_MWD),
         ("p", "MBO Sociaal Pedagogisch Werk niveau 4, ROC Aventus — diploma 2007"),
         ("h", "Referenties"),
         ("p", "Els Timmer, afdelingsmanager Jeugd, gemeente Apeldoorn, 06-72819310"),
         ("p", "Hans de Vries, directeur Stichting Welzijn Apeldoorn, 06-72819311")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=130, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'HBO Maatschappelijk Werk en Dienstverlening (deeltijd), Saxion Deventer — nog 2 "
                     "modules te gaan' = not completed; the MBO SPW diploma 2007 is the highest completed level -> "
                     "mbo, knock-out 2 fail, mwd false. 'Coördinator Jeugd en Gezin – Centrum voor Jeugd en Gezin "
                     "(CJG) Apeldoorn' with 'Het CJG Apeldoorn is een afdeling van de gemeente Apeldoorn; ik ben in "
                     "dienst van de gemeente' -> a gemeente, jeugd -> relevant, 2015-02..2025-11 = 130. "
                     "Jeugdwerker not relevant (role)."))

# ------------------------------------------------------------------------- Ellen Brouwers (docx)
# TRAPS: a "Meewerkstagiair coördinator welzijn" internship at a gemeente (10 months) is not work as a
# coordinator: only 57 relevant months -> knock-out 3 fail (67 if the internship counted); references
# only described by function, without names or contact details: "mijn vorige leidinggevende bij de
# gemeente Elburg en de directeur van Stichting Welzijn Oldebroek; contactgegevens op aanvraag" -> no
# checkable referee, offered on request -> 0, on request, review.
EB6 = ("Voorbeeld van beleid naar resultaat: het Oldebroekse uitvoeringsplan welzijn heb ik vertaald naar "
       "concrete projecten (een ouderenbezoekdienst, een taalmaatjesproject en een jongerenpanel) met meetbare doelen.")
EB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Zilveren "
       "Kruis, en een publiek-private samenwerking (PPS) met een supermarkt voor een buurtkamer.")
EB8 = "Projectleider van het verandertraject 'Welzijn op recept' in Oldebroek en Wezep."
eb = [pos("maart 2021 – heden", "Coördinator Welzijn", "Stichting Welzijn Oldebroek",
          ["Coördinatie van het welzijnsteam (8 beroepskrachten).", EB6, EB7, EB8],
          ("2021-03", REF), 57, True),
      pos("juli 2020 – februari 2021", "Beleidsmedewerker Welzijn", "Gemeente Elburg",
          ["Voorbereiding van de subsidieafspraken met welzijnsorganisaties."],
          ("2020-07", "2021-02"), 8, False),
      pos("september 2019 – juni 2020", "Meewerkstagiair coördinator welzijn", "Gemeente Elburg",
          ["Afstudeerstage (vierde jaar MWD): meelopen met en ondersteunen van de coördinator welzijn."],
          ("2019-09", "2020-06"), 10, False)]
EB_RATE = "€ 78,- per uur"
EB_REFS = ("Referenties: mijn vorige leidinggevende bij de gemeente Elburg en de directeur van Stichting Welzijn "
           "Oldebroek; contactgegevens op aanvraag.")
cv(file="Ellen Brouwers.docx", fmt="docx", layout="sidebar",
   name="Ellen Brouwers", email="ellen.brouwers@example.nl", phone="06-81920374", rate=EB_RATE,
   exp=eb, crit_text={"6": EB6, "7": EB7, "8": EB8},
   refs=[],
   must_have=[EB_REFS, "Meewerkstagiair coördinator welzijn"],
   left=[("h", "Contact"), ("p", "ellen.brouwers@example.nl"), ("p", "06-81920374"), ("p", "Elburg"),
         ("h", "Tarief"), ("pb", EB_RATE),
         ("h", "Beschikbaar"), ("p", "24 uur per week")],
   right=[("title", "Ellen Brouwers"),
          ("p", "Coördinator welzijn"),
          ("h", "Profiel"),
          ("p", "Ik ben een jonge, energieke coördinator welzijn. Na mijn afstudeerstage bij de gemeente Elburg "
                "werk ik sinds 2021 als coördinator bij Stichting Welzijn Oldebroek."),
          ("h", "Werkervaring"),
          ("pos", "pipe", eb),
          ("h", "Opleiding"),
          ("p", "Bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2020"),
          ("h", "Referenties"),
          ("p", EB_REFS)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(0, True), zzp=False, hourly=78.0,
               crit=(15, 0, 15, 20, 25),
               notes="Coördinator Welzijn, Stichting Welzijn Oldebroek 2021-03..2025-11 = 57 -> knock-out 3 fail. "
                     "'Meewerkstagiair coördinator welzijn, Gemeente Elburg' (2019-09..2020-06) is her graduation "
                     "internship ('Afstudeerstage (vierde jaar MWD)'), not work as a coordinator -> not relevant "
                     "(counting it: 67, a wrong pass); beleidsmedewerker not relevant (role). References: 'mijn "
                     "vorige leidinggevende bij de gemeente Elburg en de directeur van Stichting Welzijn Oldebroek; "
                     "contactgegevens op aanvraag': nobody is named and no contact detail is given (unlike Karin "
                     "Mulder in tests/holdout3, functions WITH phone numbers, and Sandra Mol in tests/holdout2, "
                     "NAMES with contact on request) -> no referee the assessor can check, offered on request -> "
                     "count 0, on_request, references review (corrected after the first run: first written as 2, "
                     "pass)."))
