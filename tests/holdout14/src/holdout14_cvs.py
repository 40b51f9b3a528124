# -*- coding: utf-8 -*-
"""Holdout round 14 for zeef: 8 CVs as detacheerders and interim agencies really submit them on a tender
platform (Negometrix / TenderNed / Flextender style): each in an agency's house style, with the agency's name,
address, KvK and BTW number and the account manager (name, phone, e-mail) on top or in the page header, a
"Kandidaat" block (woonplaats, beschikbaarheid, uren), the agency's tariff line, a "Motivatie" paragraph and a
"Match met de eisen en wensen" table that restates the knock-outs and criteria with "Ja – zie werkervaring"
claims. Those claims are the agency's own assessment, not evidence: the evidence is in the positions and the
education. Written without looking at the pipeline's source or rules/, with hand-checked expectations.

Every person, agency, KvK/BTW number, phone number, e-mail address and reference here is made up. Employers
are real municipalities and fictional welfare foundations, care providers and companies.

Same shape as tests/holdout12/src/holdout12_cvs.py (built and checked by tests/holdout2/src/build.py and
expected.py, see tests/holdout14/make-holdout14.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

# ------------------------------------------------------------------------------------------ agencies
FLEX = ("Flexpool Sociaal Domein B.V.", "Stationsplein 12, 3818 LE Amersfoort", "KvK 61234578",
        "BTW NL861234578B01", "Petra de Lange", "033-4617290", "p.delange@flexpool-sd.example.nl")
SWD = ("Sociaal Werkt Detachering B.V.", "Hanzeweg 8, 7418 AW Deventer", "KvK 70123456",
       "BTW NL858123456B01", "Marco Jansen", "0570-612348", "marco.jansen@sociaalwerkt.example.nl")
OVP = ("Overheidsprofs Interim & Detachering B.V.", "Europalaan 40, 3526 KS Utrecht", "KvK 58213467",
       "BTW NL853213467B01", "Sanne Oosterhuis", "030-2719405", "s.oosterhuis@overheidsprofs.example.nl")
KERN = ("De Kernploeg Detachering B.V.", "Koningstraat 3, 7311 AA Apeldoorn", "KvK 80346125",
        "BTW NL862034612B01", "Ruben Verbeek", "055-5218734", "ruben@kernploeg.example.nl")
VTD = ("Veluwe Talent Detachering B.V.", "Nijverheidsweg 21, 3881 LA Putten", "KvK 67451290",
       "BTW NL857451290B01", "Joyce Hendriksen", "0341-470215", "joyce.hendriksen@veluwetalent.example.nl")


def offered(a):
    """The agency's 'Aangeboden door' line (name, KvK, BTW, address, account manager)."""
    return (f"Aangeboden door: {a[0]}, {a[1]}, {a[2]}, {a[3]} — contactpersoon {a[4]} (accountmanager), "
            f"{a[5]}, {a[6]}")


def head(a):
    """The agency's page header."""
    return f"{a[0]}  |  {a[1]}  |  {a[2]}  |  {a[3]}  |  Accountmanager: {a[4]}, {a[5]}, {a[6]}"


def match(ko1, ko2="Ja – zie opleiding", ko3="Ja – zie werkervaring", c4="Ja – zie opleiding",
          c5="Ja – zie werkervaring", c6="Ja – zie werkervaring", c7="Ja – zie werkervaring",
          c8="Ja – zie werkervaring"):
    """The agency's 'Match met de eisen en wensen' table: claims only, not evidence."""
    return ("table", ("Eis / wens", "Voldoet", "Toelichting bureau"),
            [("KO 1 Uitvoeringsvoorwaarde (Wet DBA)", "Ja", ko1),
             ("KO 2 Afgeronde opleiding minimaal hbo-bachelor", "Ja", ko2),
             ("KO 3 Minimaal 5 jaar coördinator of manager sociaal domein", "Ja", ko3),
             ("Wens 4 Hbo-bachelor richting MWD", "Ja", c4),
             ("Wens 5 Minimaal 6 jaar coördinator of manager zorg, welzijn of gebiedsteams", "Ja", c5),
             ("Wens 6 Beleid omzetten naar concrete projecten", "Ja", c6),
             ("Wens 7 Samenwerkingspartners op het gebied van welzijn", "Ja", c7),
             ("Wens 8 Projectmatig werken of veranderopgaven", "Ja", c8)])


# =========================================================================================== eligible
# ------------------------------------------------------------------------- Bart Verhoef (docx)
# Strong candidate, 100 points, "uurtarief € 89,- (excl. btw, incl. reiskosten)": wins the tie at 100 on rate.
# Sidebar with the Kandidaat block; the agency states he is employed ("geen sprake van inzet als zzp'er").
BV6 = ("Voorbeeld beleid naar resultaat: de Olst-Wijhese Koers Sociaal Domein 2020-2024 heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal spreekuur in elke kern, een preventieaanpak schulden "
       "met de woningcorporatie) met meetbare doelen en een halfjaarlijkse rapportage aan het college.")
BV7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD IJsselland, zorgverzekeraar Salland en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en lokale werkgevers.")
BV8 = ("Projectleider van de reorganisatie van het Wmo-loket en het jeugdteam tot één sociaal team, een "
       "verandertraject met projectplan, stuurgroep en evaluatie.")
bv = [pos("vanaf september 2019", "Manager Sociaal Domein", "Gemeente Olst-Wijhe",
          ["Leiding aan de teams Wmo, jeugd en participatie (28 medewerkers); formatie, werving & selectie en "
           "budget.", BV6, BV7, BV8],
          ("2019-09", REF), 75, True),
      pos("oktober 2013 – augustus 2019", "Coördinator Wijkteams", "Stichting Welzijn Deventer",
          ["Coördinatie van drie wijkteams (15 wijkwerkers en maatschappelijk werkers); werkverdeling en "
           "kwaliteit."],
          ("2013-10", "2019-08"), 71, True),
      pos("2010 – 2013", "Wijkwerker", "Stichting Welzijn Deventer",
          ["Opbouwwerk en bewonersinitiatieven in de Rivierenwijk."],
          ("2010-01", "2013-12"), 48, False, yearonly=True),
      pos("2016 – heden", "Lid Wmo-adviesraad (vrijwillig)", "Gemeente Deventer",
          ["Gevraagd en ongevraagd advies aan het college over de Wmo."],
          ("2016-01", REF), 119, False, yearonly=True)]
BV_RATE = "uurtarief € 89,- (excl. btw, incl. reiskosten)"
cv(file="Bart Verhoef.docx", fmt="docx", layout="sidebar",
   name="Bart Verhoef", email="bart.verhoef@example.nl", phone="06-41752093", rate=BV_RATE,
   exp=bv, crit_text={"6": BV6, "7": BV7, "8": BV8}, refs=["Annelies Koster", "Gert-Jan Wiegman"],
   zzp_negated=["KvK 70123456", "geen sprake van inzet als zzp'er"],
   must_have=["Bart is in loondienst bij Sociaal Werkt Detachering B.V."],
   left=[("h", "Kandidaat"), ("p", "Naam: Bart Verhoef"), ("p", "Woonplaats: Deventer"),
         ("p", "Telefoon: 06-41752093"), ("p", "E-mail: bart.verhoef@example.nl"),
         ("p", "Beschikbaarheid: per 1 december 2025"), ("p", "Uren per week: 24"),
         ("h", "Tarief"), ("p", BV_RATE),
         ("h", "Competenties"), ("bl", ["Verbinden", "Coachen", "Besluitvaardig", "Analytisch"])],
   right=[("pb", "Sociaal Werkt Detachering B.V."),
          ("p", "Hanzeweg 8, 7418 AW Deventer  ·  KvK 70123456  ·  BTW NL858123456B01"),
          ("p", "Contactpersoon: Marco Jansen, accountmanager, 0570-612348, marco.jansen@sociaalwerkt.example.nl"),
          ("title", "Curriculum vitae Bart Verhoef"),
          ("h", "Motivatie"),
          ("p", "Bart is een ervaren manager sociaal domein die beleid en uitvoering verbindt en teams meeneemt in "
                "verandering. Hij kent de Veluwe en de IJsselvallei, werkt graag in een kleine gemeente en past "
                "uitstekend bij de opdracht in Heerde. Bart is in loondienst bij Sociaal Werkt Detachering B.V. "
                "en wordt gedetacheerd; er is geen sprake van inzet als zzp'er."),
          ("h", "Match met de eisen en wensen"),
          match("Ja – kandidaat is in loondienst en wordt gedetacheerd", c4="Ja – Bachelor Social Work"),
          ("h", "Werkervaring"),
          ("pos", "next", bv),
          ("h", "Opleiding"),
          ("p", "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2010"),
          ("h", "Cursussen"),
          ("bl", ["Prince2 Foundation — 2018", "Leiderschap in het sociaal domein, Movisie — 2020"]),
          ("h", "Referenties"),
          ("p", "Annelies Koster, gemeentesecretaris gemeente Olst-Wijhe, 0570-561820"),
          ("p", "Gert-Jan Wiegman, directeur-bestuurder Stichting Welzijn Deventer, 0570-693104")],
   expect=dict(pages=3, edu=("hbo", True, True), coord=146, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="Manager Sociaal Domein, Gemeente Olst-Wijhe 'vanaf september 2019' = 2019-09..2025-11 (75) + "
                     "Coördinator Wijkteams, Stichting Welzijn Deventer 'oktober 2013 – augustus 2019' (71), "
                     "contiguous -> 146. Wijkwerker, volunteer member of the Wmo-adviesraad: not relevant. Bachelor "
                     "Social Work -> mwd. The agency's KvK is the agency's; the CV says he is employed by it ('geen "
                     "sprake van inzet als zzp'er') -> zzp false. Candidate phone/e-mail from the Kandidaat block, "
                     "not the account manager's. 100 points, rate 89 -> rank 1 (tie with Sandra Mulder won on "
                     "rate)."))

# ------------------------------------------------------------------------- Sandra Mulder (pdf)
# Strong candidate, 100 points, "€ 94,50 all-in": loses the tie on rate. The agency in the page header; no
# candidate phone or e-mail at all (the agency keeps them); the current position is a secondment via the agency.
SM6 = ("Voorbeeld beleid naar resultaat: het Ermelose beleidsplan 'Samen redzaam' heb ik met het team vertaald naar "
       "een jaarwerkplan met concrete projecten (een mantelzorgsteunpunt, een wijkcoach per dorp, "
       "vroegsignalering van eenzaamheid) en een kwartaalrapportage aan de wethouder.")
SM7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis en "
       "een publiek-private samenwerking (PPS) met de woningcorporatie en de lokale ondernemersvereniging.")
SM8 = ("Projectleider van het verandertraject 'Eén sociaal team Ermelo': projectplan, stuurgroep, implementatie "
       "en evaluatie.")
SM_EMP = "Gemeente Ermelo (gedetacheerd via Flexpool Sociaal Domein B.V.)"
sm = [pos("januari 2021 – heden", "Teamleider Sociaal Team", SM_EMP,
          ["Leiding aan het sociaal team (13 consulenten Wmo, jeugd en participatie); formatie en budget.",
           SM6, SM7, SM8],
          ("2021-01", REF), 59, True),
      pos("maart 2014 – december 2020", "Coördinator Welzijn en Mantelzorg", "Stichting Welzijn Putten",
          ["Coördinatie van de ouderenadviseurs, de mantelzorgconsulenten en ruim 150 vrijwilligers.",
           "Subsidieverantwoording aan de gemeente en het jaarverslag."],
          ("2014-03", "2020-12"), 82, True),
      pos("september 2009 – februari 2014", "Maatschappelijk werker", "Stichting Welzijn Putten",
          ["Kortdurende hulpverlening aan inwoners en gezinnen."],
          ("2009-09", "2014-02"), 54, False),
      pos("2006 - 2009", "Woonbegeleider", "Zorginstelling De Wittenberg",
          ["Begeleiding van volwassenen met een verstandelijke beperking in een woonvorm."],
          ("2006-01", "2009-12"), 48, False, yearonly=True)]
SM_RATE = "€ 94,50 all-in"
cv(file="Sandra Mulder.pdf", fmt="pdf", layout="header", header=head(FLEX),
   name="Sandra Mulder", email=None, phone=None, rate=SM_RATE,
   exp=sm, crit_text={"6": SM6, "7": SM7, "8": SM8}, refs=["Hetty van Ommen", "Klaas Bouwmeester"],
   zzp_negated=["KvK 61234578", "lokale ondernemersvereniging"],
   body=[("title", "Kandidaatprofiel — Coördinator welzijn, gemeente Heerde"),
         ("h", "Kandidaat"),
         ("rows", [("Naam", ["Sandra Mulder"]), ("Woonplaats", ["Nunspeet"]),
                   ("Beschikbaarheid", ["per 1 december 2025, tot en met 30 juni 2026"]),
                   ("Uren per week", ["24"]),
                   ("Tarief", ["Uurtarief " + SM_RATE + " (excl. btw)"]),
                   ("Contact", ["uitsluitend via de accountmanager van Flexpool Sociaal Domein B.V."])]),
         ("h", "Motivatie"),
         ("p", "Sandra is een verbindende teamleider die welzijn en zorg van binnenuit kent. Zij werkt via "
               "Flexpool Sociaal Domein B.V., waar zij in vaste dienst is, bij de gemeente Ermelo en zoekt een "
               "nieuwe opdracht dichter bij huis."),
         ("h", "Match met de eisen en wensen"),
         match("Ja – kandidaat is in vaste dienst bij Flexpool Sociaal Domein B.V."),
         ("h", "Werkervaring"),
         ("pos", "sample", sm),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2006"),
         ("h", "Cursussen"),
         ("bl", ["Oplossingsgericht leidinggeven — 2016", "Werken met DA Systems — 2022"]),
         ("h", "Referenties"),
         ("p", "Hetty van Ommen, afdelingsmanager Samenleving, gemeente Ermelo, 0341-567210"),
         ("p", "Klaas Bouwmeester, directeur Stichting Welzijn Putten, 0341-352980")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=94.5,
               crit=(15, 25, 15, 20, 25),
               notes="Teamleider Sociaal Team at Gemeente Ermelo, seconded via the agency, 'januari 2021 – heden' "
                     "= 2021-01..2025-11 (59; the work is at the gemeente) + Coördinator Welzijn en Mantelzorg, "
                     "Stichting Welzijn Putten 'maart 2014 – december 2020' (82), contiguous -> 141. Maatschappelijk "
                     "werker, woonbegeleider: not relevant. HBO MWD -> mwd. No candidate phone or e-mail in the CV "
                     "(only the account manager's, in the page header) -> null. Agency KvK, 'in vaste dienst' -> "
                     "zzp false. '€ 94,50 all-in' -> 94.5. 100 points -> rank 2 (tie lost on rate)."))

# ------------------------------------------------------------------------- Esther Wolters (pdf)
# HBO Pedagogiek (hbo, not MWD) although the agency's match table claims the criterion 4 direction; the agency's
# name contains "Interim"; the candidate's e-mail but no phone (the header has the account manager's).
EW6 = ("Voorbeeld beleid naar resultaat: het Hattemse preventieplan Jeugd heb ik vertaald naar een uitvoeringsplan "
       "met concrete projecten (een jongerenwerker op school, opvoedspreekuren bij het consultatiebureau) met "
       "meetbare resultaten in de jaarlijkse monitor.")
EW7 = ("Samenwerking met zorgaanbieders in de jeugdhulp, huisartsen, het onderwijs, zorgverzekeraar Zilveren Kruis "
       "en een publiek-private samenwerking (PPS) met de woningcorporatie voor tienerwoningen.")
EW8 = "Projectleider van de transitie van het jeugdteam naar een integraal gebiedsteam, met projectplan en evaluatie."
ew = [pos("sinds 2020", "Coördinator Gebiedsteam", "Gemeente Hattem",
          ["Dagelijkse aansturing van het gebiedsteam (12 professionals); urenverdeling en budget.", EW6, EW7, EW8],
          ("2020-01", REF), 71, True, yearonly=True),
      pos("april 2016 – december 2019", "Teamleider Jeugd", "Gemeente Zwolle",
          ["Leiding aan tien jeugdconsulenten; casuïstiek en kwaliteit."],
          ("2016-04", "2019-12"), 45, True),
      pos("januari 2012 – maart 2016", "Jeugdconsulent", "Gemeente Zwolle",
          ["Toegang tot jeugdhulp, gesprekken met ouders en jongeren."],
          ("2012-01", "2016-03"), 51, False),
      pos("2008 – 2011", "Groepsleider", "Jeugdzorg De Bongerd",
          ["Groepswerk op een leefgroep voor jongeren."],
          ("2008-01", "2011-12"), 48, False, yearonly=True)]
EW_RATE = "Uurtarief: € 87,00 excl. btw"
cv(file="Esther Wolters.pdf", fmt="pdf", layout="header", header=head(OVP),
   name="Esther Wolters", email="e.wolters@example.nl", phone=None, rate=EW_RATE,
   exp=ew, crit_text={"6": EW6, "7": EW7, "8": EW8}, refs=["Marjolein Dekker", "Frank Ubbink"],
   zzp_negated=["Overheidsprofs Interim & Detachering B.V.", "KvK 58213467"],
   must_have=["Ja – hbo Pedagogiek, sociaal-agogische richting"],
   body=[("title", "Esther Wolters — Coördinator welzijn"),
         ("p", "Kandidaat: Esther Wolters  |  Woonplaats: Hattem  |  E-mail: e.wolters@example.nl"),
         ("p", "Beschikbaar: per 1 december 2025, 24 uur per week (ma t/m do)"),
         ("p", EW_RATE + ", inclusief reiskosten"),
         ("h", "Motivatie"),
         ("p", "Esther is in dienst van Overheidsprofs Interim & Detachering B.V. en wordt gedetacheerd. Zij is een "
               "nuchtere coördinator die het gebiedsteam van Hattem heeft opgebouwd en weet hoe je een klein team "
               "in een kleine gemeente laat groeien."),
         ("h", "Match met de eisen en wensen"),
         match("Ja – kandidaat is in dienst van het bureau", ko2="Ja – hbo Pedagogiek",
               c4="Ja – hbo Pedagogiek, sociaal-agogische richting"),
         ("h", "Werkervaring"),
         ("pos", "inline", ew),
         ("h", "Opleiding"),
         ("p", "HBO Pedagogiek, Hogeschool Windesheim Zwolle — diploma 2008"),
         ("h", "Cursussen"),
         ("bl", ["Signs of Safety — 2015", "Leidinggeven aan professionals — 2019"]),
         ("h", "Referenties"),
         ("p", "Marjolein Dekker, teammanager Samenleving, gemeente Hattem, 038-4431906"),
         ("p", "Frank Ubbink, afdelingshoofd Jeugd, gemeente Zwolle, 038-4982216")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=116, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 20, 25),
               notes="Coördinator Gebiedsteam, Gemeente Hattem 'sinds 2020' = 2020-01..2025-11 (71; narrowest "
                     "2020-12.., 60) + Teamleider Jeugd, Gemeente Zwolle 'april 2016 – december 2019' (45) -> 116 "
                     "(narrowest 105): both readings pass knock-out 3 and criterion 5. Jeugdconsulent, groepsleider: "
                     "not relevant. HBO Pedagogiek -> completed hbo bachelor, but not MWD or Social Work: the "
                     "agency's 'sociaal-agogische richting' claim does not make it one -> criterion 4 = 0. 'Interim' "
                     "is in the agency's name; she is employed by the agency -> zzp false. E-mail in the CV, no "
                     "candidate phone (the header's is the account manager's) -> phone null. 85 points -> rank 3."))

# =========================================================================================== not eligible
# ------------------------------------------------------------------------- Ingrid Boskamp (pdf)
# The match table claims "ruim 5 jaar" and "6 jaar"; the positions show 35 relevant months: the teamleider role
# was at a care provider (B.V.), not a gemeente or welzijnsstichting -> knock-out 3 fail.
IB6 = ("Voorbeeld beleid naar resultaat: de Oldebroekse visie op de sociale basis heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een inloop in elke kern, een buurtsportcoach voor ouderen) en "
       "meetbare doelen.")
IB7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie.")
IB8 = "Projectleider van de herinrichting van het sociaal wijkteam naar twee kernteams, met projectplan."
ib = [pos("01/2023 – heden", "Coördinator Sociaal Wijkteam", "Gemeente Oldebroek",
          ["Coördinatie van het sociaal wijkteam (9 generalisten); werkverdeling en casuïstiekoverleg.",
           IB6, IB7, IB8],
          ("2023-01", REF), 35, True),
      pos("03/2019 – 12/2022", "Teamleider Thuisbegeleiding", "Zorggroep Noord-Veluwe B.V.",
          ["Leiding aan twaalf ambulant begeleiders; roosters en productie."],
          ("2019-03", "2022-12"), 46, False),
      pos("06/2015 – 02/2019", "Wmo-consulent", "Gemeente Heerde",
          ["Keukentafelgesprekken en beschikkingen."],
          ("2015-06", "2019-02"), 45, False),
      pos("09/2011 – 05/2015", "Ambulant begeleider", "Zorggroep Noord-Veluwe B.V.",
          ["Begeleiding thuis van inwoners met psychische problemen."],
          ("2011-09", "2015-05"), 45, False)]
IB_RATE = "Tarief € 86,- per uur, excl. btw"
cv(file="Ingrid Boskamp.pdf", fmt="pdf", layout="single",
   name="Ingrid Boskamp", email="ingrid.boskamp@example.nl", phone="06-28451937", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Rianne Westerink", "Henk Kamphorst"],
   zzp_negated=["KvK 67451290"],
   must_have=["Ja – ruim 5 jaar als coördinator in het sociaal domein, zie werkervaring",
              "Ja – 6 jaar leidinggevende ervaring in zorg en welzijn"],
   body=[("p", offered(VTD)),
         ("title", "Europass Curriculum Vitae"),
         ("rows", [("Kandidaat", ["Ingrid Boskamp"]), ("Woonplaats", ["Wezep"]), ("Telefoon", ["06-28451937"]),
                   ("E-mail", ["ingrid.boskamp@example.nl"]),
                   ("Beschikbaarheid", ["per direct, 24 uur per week"]), ("Tarief", [IB_RATE])]),
         ("h", "Motivatie"),
         ("p", "Ingrid is in loondienst bij Veluwe Talent Detachering B.V. Zij combineert ervaring in zorg en "
               "welzijn met leidinggeven en kent Heerde uit haar tijd als Wmo-consulent."),
         ("h", "Match met de eisen en wensen"),
         match("Ja – in loondienst bij het bureau",
               ko3="Ja – ruim 5 jaar als coördinator in het sociaal domein, zie werkervaring",
               c4="Ja – Bachelor Social Work",
               c5="Ja – 6 jaar leidinggevende ervaring in zorg en welzijn"),
         ("break",),
         ("h", "Werkervaring"),
         ("eu_pos", ib),
         ("h", "Opleiding"),
         ("rows", [("2007 – 2011", ["Bachelor Social Work, Hogeschool Windesheim Zwolle, diploma"])]),
         ("h", "Referenties"),
         ("table", ("Naam", "Functie", "Telefoon"),
          [("Rianne Westerink", "teamleider Samenleving, gemeente Oldebroek", "0525-638217"),
           ("Henk Kamphorst", "regiomanager Zorggroep Noord-Veluwe", "0341-479902")])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=35, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 0, 15, 20, 25),
               notes="The agency's match table claims 'ruim 5 jaar' (knock-out 3) and '6 jaar' (criterion 5); the "
                     "positions show Coördinator Sociaal Wijkteam, Gemeente Oldebroek '01/2023 – heden' = "
                     "2023-01..2025-11 (35) as the only relevant one: Teamleider Thuisbegeleiding (46) was at a care "
                     "provider B.V., not a gemeente or welzijnsstichting; Wmo-consulent and ambulant begeleider are "
                     "no coordinator roles. 35 < 60 with month-exact dates -> knock-out 3 fail, criterion 5 = 0. "
                     "Bachelor Social Work -> mwd."))

# ------------------------------------------------------------------------- Mirjam de Haan (docx)
# The match table claims an "hbo-diploma Maatschappelijk Werk en Dienstverlening"; the education section has MBO
# only -> knock-out 2 fail. Long coordinator career at a welzijnsstichting (166).
MD6 = ("Voorbeeld beleid naar resultaat: het Epese ouderenbeleid 'Langer thuis in Epe' heb ik vertaald naar een "
       "jaarplan met concrete projecten (huiskamers in drie kernen, een boodschappenplusbus, een "
       "valpreventiecursus) met meetbare doelen.")
MD7 = ("Samenwerking met zorgaanbieders, huisartsen, de wijkverpleging, zorgverzekeraar Menzis en een "
       "publiek-private samenwerking (PPS) met de woningcorporatie en de supermarkten.")
MD8 = "Projectleider van de transitie van het ouderenwerk naar wijkgericht werken, met projectplan en evaluatie."
md = [pos("mei 2017 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Epe",
          ["Leiding aan acht beroepskrachten en circa 180 vrijwilligers; budget en verantwoording.", MD6, MD7, MD8],
          ("2017-05", REF), 103, True),
      pos("feb. 2012 – apr. 2017", "Teamleider Buurtwerk", "Stichting Welzijn Epe",
          ["Aansturing van vier buurtwerkers; activiteiten in de buurthuizen."],
          ("2012-02", "2017-04"), 63, True),
      pos("aug. 2004 – jan. 2012", "Ouderenadviseur", "Stichting Welzijn Epe",
          ["Huisbezoeken, ouderenadvies en mantelzorgondersteuning."],
          ("2004-08", "2012-01"), 90, False),
      pos("1999 - 2004", "Verzorgende", "Zorgcentrum De Vijverhof",
          ["Persoonlijke verzorging in een verzorgingshuis."],
          ("1999-01", "2004-12"), 72, False, yearonly=True)]
MD_RATE = "All-in uurtarief: € 82,75 excl. btw"
cv(file="Mirjam de Haan.docx", fmt="docx", layout="header", header=head(KERN),
   name="Mirjam de Haan", email=None, phone=None, rate=MD_RATE,
   exp=md, crit_text={"6": MD6, "7": MD7, "8": MD8}, refs=["Gerrit Pool", "Wilma Brouwer"],
   zzp_negated=["KvK 80346125"],
   must_have=["Ja – hbo-diploma Maatschappelijk Werk en Dienstverlening"],
   body=[("title", "Curriculum vitae"),
         ("h", "Kandidaat"),
         ("p", "Naam: Mirjam de Haan"),
         ("p", "Woonplaats: Epe"),
         ("p", "Beschikbaarheid: per 1 december 2025, 24 uur per week"),
         ("p", MD_RATE),
         ("h", "Motivatie"),
         ("p", "Mirjam werkt al twintig jaar in het welzijnswerk op de Veluwe en is via De Kernploeg in "
               "loondienst beschikbaar. Zij is een warme, praktische coördinator met oog voor vrijwilligers en "
               "professionals."),
         ("h", "Match met de eisen en wensen"),
         match("Ja – via De Kernploeg in loondienst",
               ko2="Ja – hbo-diploma Maatschappelijk Werk en Dienstverlening", c4="Ja – zie KO 2"),
         ("h", "Werkervaring"),
         ("pos", "datebold", md),
         ("h", "Opleiding"),
         ("p", "MBO Maatschappelijke Dienstverlening niveau 4, ROC Aventus Apeldoorn — diploma 2004"),
         ("p", "MBO Verzorgende niveau 3, ROC Aventus Apeldoorn — diploma 1999"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Coördinator Welzijn, Movisie — certificaat 2016", "Vrijwilligersmanagement — 2013"]),
         ("h", "Referenties"),
         ("p", "Gerrit Pool, directeur Stichting Welzijn Epe, 0578-612390"),
         ("p", "Wilma Brouwer, beleidsadviseur Wmo, gemeente Epe, 0578-713355")],
   expect=dict(pages=2, edu=("mbo", False, False), coord=166, refs=(2, False), zzp=False, hourly=82.75,
               crit=(0, 25, 15, 20, 25),
               notes="The match table claims 'hbo-diploma Maatschappelijk Werk en Dienstverlening'; the education "
                     "section lists only MBO Maatschappelijke Dienstverlening niveau 4 and MBO Verzorgende niveau 3 "
                     "(and a Movisie course): the claimed diploma is not demonstrated anywhere -> mbo, knock-out 2 "
                     "fail, criterion 4 = 0. Coördinator Welzijn Ouderen 'mei 2017 – heden' (103) + Teamleider "
                     "Buurtwerk 'feb. 2012 – apr. 2017' (63), both Stichting Welzijn Epe, contiguous -> 166. "
                     "Ouderenadviseur, verzorgende: not relevant. No candidate phone or e-mail (only the account "
                     "manager's in the header) -> null."))

# ------------------------------------------------------------------------- Kevin Ramdin (pdf)
# Full marks, but references only "op aanvraag bij de accountmanager" -> references review.
KR6 = ("Voorbeeld beleid naar resultaat: de Apeldoornse Koers Jeugd heb ik vertaald naar een uitvoeringsplan met "
       "concrete projecten (jongerenwerk op twee scholen, een wachtlijstaanpak jeugdhulp) met meetbare resultaten.")
KR7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD, zorgverzekeraar Menzis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie en het bedrijfsleven voor leerwerkplekken.")
KR8 = "Projectleider van de reorganisatie van het Wmo-team en het jeugdteam tot één team, met projectplan."
kr = [pos("04-2020 – heden", "Teamleider Wmo en Jeugd", "Gemeente Apeldoorn",
          ["Leiding aan 16 consulenten Wmo en jeugd; formatie, werving & selectie en budget.", KR6, KR7, KR8],
          ("2020-04", REF), 68, True),
      pos("01-2017 – 03-2020", "Coördinator Jongerenwerk", "Stichting Welzijn Apeldoorn-Zuid",
          ["Aansturing van zes jongerenwerkers; jaarplan en verantwoording."],
          ("2017-01", "2020-03"), 39, True),
      pos("09-2012 – 12-2016", "Jongerenwerker", "Stichting Welzijn Apeldoorn-Zuid",
          ["Ambulant jongerenwerk en de inloop in het jongerencentrum."],
          ("2012-09", "2016-12"), 52, False),
      pos("2009 – 2012", "Medewerker klantenservice (bijbaan)", "Energiebedrijf Gelderland",
          ["Telefonische klantvragen in de avonduren."],
          ("2009-01", "2012-12"), 48, False, yearonly=True)]
KR_RATE = "Tarief: € 91,00 per uur all-in (excl. btw)"
cv(file="Kevin Ramdin.pdf", fmt="pdf", layout="single",
   name="Kevin Ramdin", email=None, phone="06-59317264", rate=KR_RATE,
   exp=kr, crit_text={"6": KR6, "7": KR7, "8": KR8}, refs=[],
   zzp_negated=["KvK 61234578"],
   must_have=["Referenties zijn op aanvraag beschikbaar bij de accountmanager"],
   body=[("p", offered(FLEX)),
         ("title", "Kevin Ramdin"),
         ("rows", [("Kandidaat", ["Kevin Ramdin, Apeldoorn"]), ("Telefoon kandidaat", ["06-59317264"]),
                   ("Beschikbaarheid", ["per 1 januari 2026, 24 uur per week"]), ("Tarief", [KR_RATE])]),
         ("h", "Motivatie"),
         ("p", "Kevin is in vaste dienst bij Flexpool Sociaal Domein B.V. Hij is een energieke teamleider die "
               "graag bouwt aan een team en korte lijnen met inwoners en partners houdt."),
         ("h", "Match met de eisen en wensen"),
         match("Ja – in vaste dienst bij Flexpool", c4="Ja – HBO MWD"),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), kr),
         ("h", "Taken en resultaten"),
         ("tasks", kr),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool Windesheim — diploma 2012"),
         ("h", "Cursussen"),
         ("bl", ["Prince2 Foundation — 2021", "Motiverende gespreksvoering — 2018"]),
         ("h", "Referenties"),
         ("p", "Referenties zijn op aanvraag beschikbaar bij de accountmanager (Petra de Lange).")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=107, refs=(0, True), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 20, 25),
               notes="Teamleider Wmo en Jeugd, Gemeente Apeldoorn '04-2020 – heden' = 2020-04..2025-11 (68) + "
                     "Coördinator Jongerenwerk, Stichting Welzijn Apeldoorn-Zuid '01-2017 – 03-2020' (39), "
                     "contiguous -> 107. Jongerenwerker, klantenservice: not relevant. HBO MWD -> mwd. No named "
                     "reference: 'op aanvraag beschikbaar bij de accountmanager' -> references 0, on request -> "
                     "references review (the tender asks for at least 2 in the CV). Account manager Petra de Lange "
                     "is no referee. Phone of the candidate given, no e-mail (the agency's is the account "
                     "manager's) -> email null."))

# ------------------------------------------------------------------------- Yvonne Brink (docx)
# Full marks, but the agency's submission is 6 pages (cover letter, match table, CV, signature page).
YB6 = ("Voorbeeld beleid naar resultaat: het Voorster beleidsplan Sociaal Domein heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een sociaal makelaar per kern, een dementievriendelijke gemeente) en "
       "een halfjaarrapportage.")
YB7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD, zorgverzekeraar Zilveren Kruis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie.")
YB8 = "Projectleider van de herinrichting van het welzijnswerk in Voorst, een verandertraject van twee jaar."
yb = [pos("juni 2018 – heden", "Coördinator Sociaal Domein", "Gemeente Voorst",
          ["Coördinatie van de teams Wmo, jeugd en welzijn; formatie, budget en sturing op afspraken.",
           YB6, YB7, YB8],
          ("2018-06", REF), 90, True),
      pos("januari 2013 – mei 2018", "Teamleider Welzijn", "Stichting Welzijn Voorst",
          ["Leiding aan het team welzijn (7 beroepskrachten)."],
          ("2013-01", "2018-05"), 65, True),
      pos("2008 – 2012", "Opbouwwerker", "Stichting Welzijn Voorst",
          ["Bewonersondersteuning en buurtinitiatieven."],
          ("2008-01", "2012-12"), 60, False, yearonly=True),
      pos("2005 – 2008", "Medewerker Sociale Zaken", "Gemeente Apeldoorn",
          ["Uitkeringsaanvragen en herbeoordelingen."],
          ("2005-01", "2008-12"), 48, False, yearonly=True)]
YB_RATE = "€ 93,- per uur (excl. btw)"
cv(file="Yvonne Brink.docx", fmt="docx", layout="single",
   name="Yvonne Brink", email="y.brink@example.nl", phone="06-83920475", rate=YB_RATE,
   exp=yb, crit_text={"6": YB6, "7": YB7, "8": YB8}, refs=["Ellen Stegeman", "Jos Lubbers"],
   zzp_negated=["Overheidsprofs Interim & Detachering B.V.", "KvK 58213467"],
   body=[("title", "Curriculum vitae Yvonne Brink"),
         ("p", offered(OVP)),
         ("h", "Kandidaat"),
         ("rows", [("Naam", ["Yvonne Brink"]), ("Woonplaats", ["Twello"]), ("Telefoon", ["06-83920475"]),
                   ("E-mail", ["y.brink@example.nl"]), ("Beschikbaarheid", ["per 1 december 2025, 24 uur"]),
                   ("Tarief", [YB_RATE])]),
         ("h", "Motivatie"),
         ("p", "Yvonne is in dienst van ons bureau en wordt voor de duur van de opdracht gedetacheerd. Zij heeft "
               "ruim twaalf jaar leidinggegeven in welzijn en het sociaal domein van een plattelandsgemeente met "
               "kernen, precies zoals Heerde. Zij is verbindend, besluitvaardig en coachend, en zij heeft ervaring "
               "met het registratiesysteem en de sturing op budget."),
         ("break",),
         ("h", "Match met de eisen en wensen"),
         match("Ja – in dienst van het bureau", c4="Ja – HBO Social Work"),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "pipe", yb[:2]),
         ("break",),
         ("h", "Werkervaring (vervolg)"),
         ("pos", "pipe", yb[2:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Social Work, Saxion Hogeschool Deventer — diploma 2008"),
         ("h", "Cursussen"),
         ("bl", ["Leidinggeven in het sociaal domein — 2014", "Werken met DA Systems — 2021"]),
         ("break",),
         ("h", "Referenties"),
         ("p", "Ellen Stegeman, afdelingsmanager Samenleving, gemeente Voorst, 0571-279310"),
         ("p", "Jos Lubbers, voorzitter Raad van Toezicht, Stichting Welzijn Voorst, 0571-263847"),
         ("h", "Ondertekening"),
         ("p", "Kandidaat en bureau verklaren dat de gegevens in dit cv juist zijn. Twello / Utrecht, "
               "20 november 2025.")],
   expect=dict(pages=6, edu=("hbo", True, True), coord=155, refs=(2, False), zzp=False, hourly=93.0,
               crit=(15, 25, 15, 20, 25),
               notes="One CV document of 6 pages (title 'Curriculum vitae Yvonne Brink' on page 1; Kandidaat "
                     "block and motivatie, the agency's match table, werkervaring over two pages, opleiding, "
                     "referenties and signature, each on its own page); the tender allows at most 5 -> pages "
                     "check fail. Otherwise full marks: Coördinator Sociaal Domein, "
                     "Gemeente Voorst 'juni 2018 – heden' (90) + Teamleider Welzijn, Stichting Welzijn Voorst "
                     "'januari 2013 – mei 2018' (65), contiguous -> 155. Opbouwwerker, medewerker sociale zaken: not "
                     "relevant. HBO Social Work -> mwd."))

# ------------------------------------------------------------------------- Ronald Smeets (docx)
# Offered by the agency but working as a zzp'er through it ("Contractvorm: zzp'er, via ... bemiddeld") ->
# knock-out 1 review by the convention (ZZP indications).
RS6 = ("Voorbeeld beleid naar resultaat: het Nunspeetse uitvoeringsprogramma Sociaal Domein heb ik vertaald naar "
       "een jaarwerkplan met concrete projecten (een vast aanspreekpunt per wijk, een wachtlijstaanpak Wmo) met "
       "meetbare doelen.")
RS7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Zilveren Kruis en een publiek-private "
       "samenwerking (PPS) met de woningcorporatie rond langer thuis wonen.")
RS8 = "Projectleider van de reorganisatie van de wijkteams in Nunspeet, met projectplan en stuurgroep."
rs = [pos("maart 2021 – heden", "Coördinator Wijkteams (interim)", "Gemeente Nunspeet",
          ["Coördinatie van twee wijkteams (14 professionals); werkverdeling, kwaliteit en budget.", RS6, RS7, RS8],
          ("2021-03", REF), 57, True),
      pos("september 2016 – februari 2021", "Teamleider Sociaal Team", "Gemeente Elburg",
          ["Leiding aan het sociaal team (10 consulenten)."],
          ("2016-09", "2021-02"), 54, True),
      pos("april 2010 – augustus 2016", "Consulent Werk en Inkomen", "Gemeente Harderwijk",
          ["Begeleiding van bijstandsgerechtigden naar werk."],
          ("2010-04", "2016-08"), 77, False)]
RS_RATE = "Tarief € 96,00 per uur excl. btw"
cv(file="Ronald Smeets.docx", fmt="docx", layout="sidebar",
   name="Ronald Smeets", email="ronald@smeets-sociaal.example.nl", phone="06-17462938", rate=RS_RATE,
   exp=rs, crit_text={"6": RS6, "7": RS7, "8": RS8}, refs=["Jolanda Vos", "Arjen Mulderij"],
   must_have=["Contractvorm: zzp'er, bemiddeld via Sociaal Werkt Detachering B.V."],
   left=[("h", "Kandidaat"), ("p", "Naam: Ronald Smeets"), ("p", "Woonplaats: Elburg"),
         ("p", "Telefoon: 06-17462938"), ("p", "E-mail: ronald@smeets-sociaal.example.nl"),
         ("p", "Beschikbaarheid: per 1 december 2025"), ("p", "Uren per week: 24"),
         ("h", "Tarief"), ("p", RS_RATE),
         ("h", "Contractvorm"), ("p", "Contractvorm: zzp'er, bemiddeld via Sociaal Werkt Detachering B.V.")],
   right=[("pb", "Sociaal Werkt Detachering B.V."),
          ("p", "Hanzeweg 8, 7418 AW Deventer  ·  KvK 70123456  ·  BTW NL858123456B01"),
          ("p", "Contactpersoon: Marco Jansen, accountmanager, 0570-612348, marco.jansen@sociaalwerkt.example.nl"),
          ("title", "Curriculum vitae Ronald Smeets"),
          ("h", "Motivatie"),
          ("p", "Ronald is een ervaren coördinator die teams in beweging brengt. Hij werkt sinds 2021 als zzp'er "
                "en wordt voor deze opdracht door ons bemiddeld en gecontracteerd."),
          ("h", "Match met de eisen en wensen"),
          match("Ja – Sociaal Werkt Detachering B.V. is de inschrijver", ko2="Ja – HBO Bestuurskunde",
                c4="Ja – hbo-bachelor"),
          ("h", "Werkervaring"),
          ("pos", "dateline", rs),
          ("h", "Opleiding"),
          ("p", "HBO Bestuurskunde, Hogeschool Windesheim Zwolle — diploma 2009"),
          ("h", "Referenties"),
          ("p", "Jolanda Vos, teammanager Sociaal Domein, gemeente Nunspeet, 0341-259301"),
          ("p", "Arjen Mulderij, afdelingshoofd Samenleving, gemeente Elburg, 0525-688140")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=111, refs=(2, False), zzp=True, hourly=96.0,
               crit=(0, 25, 15, 20, 25),
               notes="The agency offers him, but the CV says 'Contractvorm: zzp'er, bemiddeld via Sociaal Werkt "
                     "Detachering B.V.' and 'werkt sinds 2021 als zzp'er': the tender excludes a ZZP-er and wants "
                     "no self-employed construction under direct supervision; whether the agency's contract with "
                     "him is acceptable is not decidable from the CV -> knock-out 1 review (ZZP indication). "
                     "Coördinator Wijkteams (interim), Gemeente Nunspeet 'maart 2021 – heden' (57) + Teamleider "
                     "Sociaal Team, Gemeente Elburg 'september 2016 – februari 2021' (54), contiguous -> 111. "
                     "Consulent Werk en Inkomen: not relevant. HBO Bestuurskunde -> hbo, not MWD -> criterion 4 = "
                     "0. 85 points."))
