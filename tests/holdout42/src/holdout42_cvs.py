# -*- coding: utf-8 -*-
"""Holdout round 42 for zeef: 8 fictional CVs (4 PDF, 4 DOCX), written without looking at the pipeline's source
or rules/. Must-not-pass traps, second series: six CVs that look strong (85-100 points) but must not pass, each
for one reason rounds 2-41 did not use, and two eligible controls that mirror two of the traps:

  - ko 1: the candidate is offered by her own one-person stichting ("de stichting die ik in 2021 heb opgericht en
    waarvan ik enig bestuurder ben"); no zzp, KvK, eenmanszaak, B.V. or "onderneming" word -> review;
  - ko 1: a Flemish candidate whose "Statuut" is "zelfstandige in hoofdberoep" with a Belgian ondernemingsnummer
    (KBO) instead of a KvK number -> review;
  - ko 2: the only diploma above MBO is an "International Baccalaureate" (IB Diploma): a secondary-school
    diploma whose name sounds like a bachelor -> mbo, fail;
  - ko 3: one position "januari 2017 – heden" at a welzijnsstichting, but until a transfer on 1 January 2021 the
    employer was a care company (a B.V.); only the 59 months since the transfer count -> fail;
  - references: the second referee is named in full, but "in 2024 overleden" -> 1 referee -> fail;
  - pages: a long DOCX (8 pages in LibreOffice) without page statistics (<Pages>) and without a single hard page
    break, so the count has to be estimated from the text -> pages fail.

Controls: an IB diploma next to a completed Bachelor Social Work (must stay hbo, MWD); a welzijnsstichting that
was a department of the gemeente until its verzelfstandiging in 2022 (all 117 months count; only 47 if the
months before the change were dropped as in the transfer trap).

Every person, phone number, e-mail address and reference is made up. Employers are real municipalities and
fictional foundations and companies. Built and checked by tests/holdout2/src/build.py and expected.py (see
tests/holdout42/make-holdout42.sh); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def crits(place, plan, n, result, insurer, pps, change):
    """The passages of criteria 6, 7 and 8 (wording new in round 42)."""
    c6 = (f"Van beleid naar resultaat: het beleidskader '{plan}' van de gemeente {place} heb ik omgezet in {n} "
          f"concrete projecten, met als resultaat {result}.")
    c7 = (f"Samenwerkingspartners: zorgaanbieders, huisartsen, de patiëntenvereniging, zorgverzekeraar {insurer} en "
          f"een publiek-private samenwerking (PPS) met {pps}.")
    c8 = f"Verandertraject: projectleider van '{change}', met plan van aanpak, stuurgroep en evaluatie."
    return c6, c7, c8


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ========================================================================= ELIGIBLE

# ------------------------------------------------------------------------- Mirre Hulsbergen (pdf) control
# Mirror of the IB trap: "International Baccalaureate (IB Diploma)" AND a completed Bachelor Social Work -> hbo,
# MWD. The IB line must not hide, replace or downgrade the bachelor.
MH6, MH7, MH8 = crits("Raalte", "Raalte naar elkaar toe", "vier", "een ontmoetingsplek in elke kern en 25 % "
                      "minder wachttijd bij de toegang", "Salland", "de woningcorporatie en een lokale bank rond "
                      "wonen met zorg", "de vorming van één sociaal team voor Wmo, jeugd en participatie")
mh = [pos("september 2017 – heden", "Teamleider Sociaal Team", "Gemeente Raalte",
          ["Leiding aan het sociaal team (15 medewerkers); werving, formatie en budget.", MH6, MH7, MH8],
          ("2017-09", REF), 99, True),
      pos("januari 2012 – augustus 2017", "Coördinator Jeugd en Gezin", "Stichting Welzijn Salland",
          ["Coördinatie van de jongerenwerkers en het gezinsteam in Heino en Raalte."], ("2012-01", "2017-08"), 68,
          True),
      pos("2006 – 2011", "Jongerenwerker", "Stichting Welzijn Salland",
          ["Ambulant jongerenwerk en de jongerensoos in Raalte."], ("2006-01", "2011-12"), 72, False,
          yearonly=True)]
MH_RATE = "Uurtarief: € 88,00 excl. btw"
MH_IB = "International Baccalaureate (IB Diploma), Internationale School Eerde, Ommen — diploma 2001"
MH_BA = "Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2005"
cv(file="Mirre Hulsbergen.pdf", fmt="pdf", layout="header",
   header="Mirre Hulsbergen  |  Raalte  |  06-28164093  |  mirre.hulsbergen@example.nl",
   name="Mirre Hulsbergen", email="mirre.hulsbergen@example.nl", phone="06-28164093", rate=MH_RATE,
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Jeroen Koster", "Hanneke Dijkhof"],
   must_have=[MH_IB, MH_BA],
   body=[("title", "Curriculum vitae"),
         ("pb", MH_RATE),
         ("h", "Profiel"),
         ("p", "Teamleider van het sociaal team in Raalte. Ik geef richting, houd het overzicht over budget en "
               "formatie en zorg dat medewerkers met vertrouwen hun werk doen. In loondienst bij een "
               "detacheringsbureau."),
         ("h", "Werkervaring"),
         ("eu_pos", mh),
         ("h", "Opleiding"),
         ("p", MH_BA),
         ("p", MH_IB)]
   + refs_block("Jeroen Koster, afdelingsmanager Samenleving, gemeente Raalte, 06-28164094",
                "Hanneke Dijkhof, directeur Stichting Welzijn Salland, 06-28164095"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=88.0,
               crit=FULL,
               notes="CONTROL, eligible (mirror of Floor Kempenaar's IB trap). Teamleider Sociaal Team, Gemeente "
                     "Raalte 2017-09..2025-11 = 99 + Coördinator Jeugd en Gezin, Stichting Welzijn Salland "
                     "2012-01..2017-08 = 68 -> 167 (>= 72, criterion 5). Jongerenwerker (2006 – 2011): not "
                     "leading. Education: 'Bachelor Social Work, Saxion Hogeschool Deventer — diploma 2005' -> "
                     "completed hbo bachelor, MWD (criterion 4); the 'International Baccalaureate (IB Diploma)' of "
                     "2001 is her secondary-school diploma and changes nothing. Two referees. In loondienst, no "
                     "zzp. 100 points, EUR 88 -> rank 1."))

# ------------------------------------------------------------------------- Gerben Nijenkamp (docx) control
# Mirror of the transfer trap: the welzijnsstichting was a department of the gemeente until 1 January 2022; both
# employers qualify, so the whole position counts (117). Dropping the months before the change gives 47 (fail).
GN6, GN7, GN8 = crits("Oost Gelre", "Oud worden in Oost Gelre", "drie", "een steunpunt mantelzorg in Lichtenvoorde "
                      "en 60 nieuwe vrijwillige ouderenadviseurs", "Menzis", "de woningcorporatie rond "
                      "levensloopbestendig wonen", "de verzelfstandiging van het ouderenwerk")
GN_MOVE = ("Tot 1 januari 2022 was het ouderenwerk een afdeling van de gemeente Oost Gelre en was ik daar in "
           "dienst; per die datum is de afdeling verzelfstandigd tot Stichting Welzijn Oost Gelre en ben ik met "
           "het hele team overgegaan.")
gn = [pos("maart 2016 – heden", "Coördinator Ouderenwerk en Mantelzorg", "Stichting Welzijn Oost Gelre",
          [GN_MOVE, "Leiding aan negen ouderenadviseurs en mantelzorgconsulenten; jaarplan, formatie en budget.",
           GN6, GN7, GN8], ("2016-03", REF), 117, True),
      pos("oktober 2008 – februari 2016", "Wmo-consulent", "Gemeente Zutphen",
          ["Keukentafelgesprekken en indicaties voor huishoudelijke hulp en hulpmiddelen."],
          ("2008-10", "2016-02"), 89, False)]
GN_RATE = "Tarief: € 84,50 per uur (excl. btw)"
cv(file="Gerben Nijenkamp.docx", fmt="docx", layout="single",
   name="Gerben Nijenkamp", email="gerben.nijenkamp@example.com", phone="06-71390542", rate=GN_RATE,
   exp=gn, crit_text={"6": GN6, "7": GN7, "8": GN8}, refs=["Ellen Roerdink", "Bart ter Haar"],
   must_have=[GN_MOVE],
   zzp_negated=["verzelfstandigd", "verzelfstandiging"],
   body=[("title", "Gerben Nijenkamp"),
         ("p", "Lichtenvoorde  |  06-71390542  |  gerben.nijenkamp@example.com"),
         ("pb", GN_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator ouderenwerk en mantelzorg in de Achterhoek. Ik houd van korte lijnen met de "
               "gemeente en van een team dat zelf verbeteringen bedenkt."),
         ("h", "Werkervaring"),
         ("pos", "next", gn),
         ("h", "Opleiding"),
         ("p", "Bachelor Toegepaste Psychologie, Hogeschool Windesheim Zwolle — diploma 2008")]
   + refs_block("Ellen Roerdink, directeur-bestuurder Stichting Welzijn Oost Gelre, 06-71390543",
                "Bart ter Haar, wethouder Zorg en Welzijn, gemeente Oost Gelre, 06-71390544"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=117, refs=(2, False), zzp=False, hourly=84.5,
               crit=(0, 25, 15, 20, 25),
               notes="CONTROL, eligible (mirror of Ingrid Brookhuis's transfer trap). Coördinator Ouderenwerk en "
                     "Mantelzorg, Stichting Welzijn Oost Gelre 'maart 2016 – heden' = 2016-03..2025-11 = 117. The "
                     "first bullet says that until 1 January 2022 the ouderenwerk was a department of the gemeente "
                     "Oost Gelre and he was employed by the gemeente; since then by the verzelfstandigde "
                     "welzijnsstichting. Both are qualifying employers (gemeente, welzijnsstichting), same role, "
                     "same domain -> all 117 months count (>= 72: criterion 5). Counting only from the change "
                     "(2022-01..2025-11 = 47) would be a wrong fail. Wmo-consulent: not leading. Bachelor "
                     "Toegepaste Psychologie: completed hbo, not MWD -> ko 2 pass, criterion 4 = 0. 85 points, "
                     "EUR 84,50 -> rank 2."))

# ========================================================================= NOT ELIGIBLE

# ------------------------------------------------------------------------- Wietske Ottens (docx)
# TRAP (target: wrong pass of ko 1): she is offered by her own one-person stichting. No zzp, KvK, eenmanszaak,
# B.V., btw, "onderneming", "factureer" or "opdracht" word; the only word from the usual list is "interim".
WO_OFFER = "Aangeboden door: Stichting Nabij Salland, Raalte"
WO_OWN = ("Sinds 2021 werk ik als interim-coördinator in het sociaal domein vanuit Stichting Nabij Salland, de "
          "stichting die ik in 2021 heb opgericht en waarvan ik enig bestuurder ben. De stichting heeft verder geen "
          "medewerkers en biedt mij voor deze opdracht aan.")
WO6, WO7, WO8 = crits("Raalte", "Iedereen doet mee in Raalte", "vijf", "een buurtkamer in elke kern en 40 % "
                      "meer bereik onder mantelzorgers", "Zilveren Kruis", "de woningcorporatie rond de "
                      "huisvesting van statushouders", "de herinrichting van de toegang sociaal domein")
wo = [pos("juni 2023 – heden", "Coördinator Sociaal Team a.i.", "Gemeente Raalte",
          ["Coördinatie van het sociaal team (13 medewerkers) tijdens de werving van een vaste coördinator.",
           WO6, WO7, WO8], ("2023-06", REF), 30, True),
      pos("maart 2021 – mei 2023", "Teamleider Wmo a.i.", "Gemeente Hellendoorn",
          ["Leiding aan tien Wmo-consulenten; wachtlijst weggewerkt."], ("2021-03", "2023-05"), 27, True),
      pos("september 2012 – februari 2021", "Manager Welzijn", "Stichting Welzijn Olst-Wijhe",
          ["Leiding aan het welzijnswerk (22 medewerkers); subsidierelatie met de gemeente."],
          ("2012-09", "2021-02"), 102, True),
      pos("januari 2005 – augustus 2012", "Opbouwwerker", "Stichting Welzijn Olst-Wijhe",
          ["Buurtwerk en bewonersinitiatieven in Wijhe."], ("2005-01", "2012-08"), 92, False)]
WO_RATE = "Tarief: € 86,- per uur, excl. btw"
cv(file="Wietske Ottens.docx", fmt="docx", layout="sidebar",
   name="Wietske Ottens", email="wietske.ottens@example.nl", phone="06-45820731", rate=WO_RATE,
   exp=wo, crit_text={"6": WO6, "7": WO7, "8": WO8}, refs=["Anton Schuurman", "Greetje Lubbers"],
   must_have=[WO_OFFER, WO_OWN],
   left=[("h", "Contact"), ("p", "wietske.ottens@example.nl"), ("p", "06-45820731"), ("p", "Raalte"),
         ("h", "Tarief"), ("p", WO_RATE),
         ("h", "Aanbieding"), ("p", WO_OFFER),
         ("h", "Kwaliteiten"), ("bl", ["Rust en richting", "Verbinden", "Resultaatgericht"])],
   right=[("title", "Wietske Ottens"),
          ("h", "Profiel"),
          ("p", WO_OWN),
          ("p", "Daarvoor was ik ruim acht jaar manager welzijn bij Stichting Welzijn Olst-Wijhe."),
          ("h", "Werkervaring"),
          ("pos", "pipe", wo),
          ("h", "Opleiding"),
          ("p", "Hbo-bachelor Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2004"),
          ("h", "Referenties"),
          ("p", "Anton Schuurman, afdelingsmanager Sociaal Domein, gemeente Raalte, 06-45820732"),
          ("p", "Greetje Lubbers, directeur Stichting Welzijn Olst-Wijhe, 06-45820733")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=True, hourly=86.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass because no zzp, KvK, eenmanszaak or B.V. word "
                     "occurs). 'Aangeboden door: Stichting Nabij Salland' and the profile: 'vanuit Stichting Nabij "
                     "Salland, de stichting die ik in 2021 heb opgericht en waarvan ik enig bestuurder ben. De "
                     "stichting heeft verder geen medewerkers en biedt mij voor deze opdracht aan.' Her own "
                     "one-person legal entity bids for her, like an own B.V. (holdout3's Yvonne Hendriks, "
                     "directeur-grootaandeelhouder) -> she is in substance self-employed: ZZP indication -> ko 1 "
                     "review (a person decides; samples' Willem de Graaf). Months: Coördinator Sociaal Team a.i., "
                     "Gemeente Raalte 2023-06..2025-11 = 30 + Teamleider Wmo a.i., Gemeente Hellendoorn "
                     "2021-03..2023-05 = 27 + Manager Welzijn, Stichting Welzijn Olst-Wijhe 2012-09..2021-02 = 102 "
                     "-> 159 (contiguous 2012-09..2025-11; interim work at a gemeente counts, as in holdout12's "
                     "Hans Veldkamp). Opbouwwerker: not leading. HBO MWD. 100 points, EUR 86 -> a wrong pass "
                     "ranks her 1st."))

# ------------------------------------------------------------------------- Joris Vanderhaegen (pdf)
# TRAP (target: wrong pass of ko 1): a Flemish candidate working across the border; his "Statuut" is the Belgian
# self-employed status "zelfstandige in hoofdberoep" with a Belgian ondernemingsnummer (KBO), no KvK.
JV_STATUS = "zelfstandige in hoofdberoep — ondernemingsnummer BE 0745.612.389 (KBO)"
JV6, JV7, JV8 = crits("Cranendonck", "Samen zorgen in Cranendonck", "drie", "een dorpsteam in Budel-Schoot en "
                      "een halvering van de wachttijd voor schuldhulp", "CZ", "de woningcorporatie en de "
                      "huisartsenpraktijken rond kwetsbare ouderen", "de overgang naar dorpsgerichte teams")
jv = [pos("september 2021 – heden", "Teamleider Sociaal Team", "Gemeente Cranendonck",
          ["Leiding aan het sociaal team (11 medewerkers): Wmo, jeugd en schuldhulp.", JV6, JV7, JV8],
          ("2021-09", REF), 51, True),
      pos("maart 2013 – augustus 2021", "Coördinator Wmo en Jeugd", "Gemeente Bergeijk",
          ["Coördinatie van de consulenten Wmo en jeugd; kwaliteit en werkverdeling."], ("2013-03", "2021-08"), 102,
          True),
      pos("2006 – 2012", "Maatschappelijk werker", "OCMW Hamont-Achel (België)",
          ["Algemeen maatschappelijk werk en budgetbegeleiding."], ("2006-01", "2012-12"), 84, False,
          yearonly=True)]
JV_RATE = "€ 92,- per uur, excl. btw"
cv(file="Joris Vanderhaegen.pdf", fmt="pdf", layout="single",
   name="Joris Vanderhaegen", email="joris.vanderhaegen@example.com", phone="0478 62 19 35", rate=JV_RATE,
   exp=jv, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["Marleen Swinkels", "Toon van Asten"],
   must_have=[JV_STATUS],
   body=[("title", "Joris Vanderhaegen"),
         ("rows", [("Woonplaats", ["Hamont-Achel (België)"]),
                   ("Gsm", ["0478 62 19 35"]),
                   ("E-mail", ["joris.vanderhaegen@example.com"]),
                   ("Statuut", [JV_STATUS]),
                   ("Uurtarief", [JV_RATE])]),
         ("h", "Profiel"),
         ("p", "Ik ben een ervaren teamleider met een hart voor het sociaal werk. Ik woon in Hamont-Achel en werk "
               "sinds 2013 over de grens, bij Nederlandse gemeenten in de Kempen."),
         ("h", "Beroepservaring"),
         ("pos", "datebold", jv),
         ("h", "Opleiding"),
         ("p", "Professionele bachelor in het sociaal werk, Hogeschool PXL, Hasselt — diploma 2005")]
   + refs_block("Marleen Swinkels, afdelingshoofd Samenleving, gemeente Cranendonck, 06-39517284",
                "Toon van Asten, wethouder Zorg en Welzijn, gemeente Bergeijk, 06-39517285"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=153, refs=(2, False), zzp=True, hourly=92.0,
               crit=FULL,
               notes="TRAP, review on ko 1 (target: a wrong pass because the self-employment is in Belgian terms: "
                     "no zzp, KvK, eenmanszaak or B.V.). 'Statuut: zelfstandige in hoofdberoep — "
                     "ondernemingsnummer BE 0745.612.389 (KBO)': the Belgian status of a self-employed person with "
                     "a company number in the Kruispuntbank van Ondernemingen (the Belgian KvK) -> he is a "
                     "ZZP-er in substance -> ko 1 review (samples' Willem de Graaf). The CV is Flemish Dutch (gsm, "
                     "beroepservaring, statuut) -> Dutch, pass (holdout15's Jeroen Peeters). Months: Teamleider "
                     "Sociaal Team, Gemeente Cranendonck 2021-09..2025-11 = 51 + Coördinator Wmo en Jeugd, "
                     "Gemeente Bergeijk 2013-03..2021-08 = 102 -> 153. Maatschappelijk werker at the OCMW: not "
                     "leading. 'Professionele bachelor in het sociaal werk' = hbo Social Work (holdout2's Bart "
                     "Verhoeven) -> MWD. 100 points, EUR 92."))

# ------------------------------------------------------------------------- Floor Kempenaar (pdf)
# TRAP (target: wrong pass of ko 2): above the MBO diploma only an "International Baccalaureate (IB Diploma)":
# the international secondary-school diploma (pre-university, vwo level), not a bachelor.
FK_IB = "International Baccalaureate (IB Diploma), Internationale School Eerde, Ommen — diploma 1998"
FK6, FK7, FK8 = crits("Olst-Wijhe", "Thuis in Olst-Wijhe", "vier", "twee wijkteams met één aanspreekpunt en 30 % "
                      "minder doorverwijzingen naar specialistische jeugdhulp", "Salland", "de bibliotheek en "
                      "lokale bedrijven rond taal en werk", "de reorganisatie van de wijkteams")
fk = [pos("februari 2016 – heden", "Coördinator Wijkteams", "Gemeente Olst-Wijhe",
          ["Coördinatie van twee wijkteams (18 medewerkers); formatie, werving en budget.", FK6, FK7, FK8],
          ("2016-02", REF), 118, True),
      pos("augustus 2010 – januari 2016", "Teamleider Jongerenwerk", "Stichting Welzijn Raalte",
          ["Leiding aan zeven jongerenwerkers."], ("2010-08", "2016-01"), 66, True),
      pos("september 2001 – juli 2010", "Jongerenwerker", "Stichting Welzijn Raalte",
          ["Jongerenwerk in Raalte en Heino."], ("2001-09", "2010-07"), 107, False)]
FK_RATE = "Uurtarief € 83,50 excl. btw"
cv(file="Floor Kempenaar.pdf", fmt="pdf", layout="sidebar",
   name="Floor Kempenaar", email="floor.kempenaar@example.nl", phone="06-57203846", rate=FK_RATE,
   exp=fk, crit_text={"6": FK6, "7": FK7, "8": FK8}, refs=["Ria Stoevelaar", "Dennis Oosterhof"],
   must_have=[FK_IB],
   left=[("h", "Contact"), ("p", "floor.kempenaar@example.nl"), ("p", "06-57203846"), ("p", "Wijhe"),
         ("h", "Tarief"), ("p", FK_RATE),
         ("h", "Talen"), ("bl", ["Nederlands", "Engels", "Duits"])],
   right=[("title", "Floor Kempenaar"),
          ("h", "Profiel"),
          ("p", "Coördinator wijkteams in Olst-Wijhe, daarvoor teamleider jongerenwerk. Ik ben opgegroeid in "
                "een internationaal gezin en breng rust, structuur en humor in teams."),
          ("h", "Werkervaring"),
          ("pos", "sample", fk),
          ("h", "Opleiding"),
          ("p", FK_IB),
          ("p", "MBO Sociaal-Pedagogisch Werk (niveau 4), ROC Aventus Deventer — diploma 2001"),
          ("p", "Training Motiverende gespreksvoering — 2014"),
          ("h", "Referenties"),
          ("p", "Ria Stoevelaar, afdelingsmanager Sociaal Domein, gemeente Olst-Wijhe, 06-57203847"),
          ("p", "Dennis Oosterhof, directeur Stichting Welzijn Raalte, 06-57203848")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=184, refs=(2, False), zzp=False, hourly=83.5,
               crit=(0, 25, 15, 20, 25),
               notes="TRAP, not eligible: ko 2 fail (target: reading 'International Baccalaureate (IB Diploma) … "
                     "diploma 1998' as a bachelor; 'baccalaureus' is the old title of an hbo graduate, holdout40). "
                     "The IB Diploma is the international school-leaving diploma at the end of secondary school "
                     "(pre-university, vwo level), no higher education at all. Her only vocational diploma is MBO "
                     "Sociaal-Pedagogisch Werk (niveau 4) 2001; the training is a course -> highest completed level "
                     "mbo, no hbo bachelor, MWD false, criterion 4 = 0. Months: Coördinator Wijkteams, Gemeente "
                     "Olst-Wijhe 2016-02..2025-11 = 118 + Teamleider Jongerenwerk, Stichting Welzijn Raalte "
                     "2010-08..2016-01 = 66 -> 184. Jongerenwerker: not leading. 85 points, EUR 83,50 (a wrong pass "
                     "would put her 2nd)."))

# ------------------------------------------------------------------------- Ingrid Brookhuis (docx)
# TRAP (target: wrong pass of ko 3): the table row says "januari 2017 – heden | Coördinator Welzijn Ouderen |
# Stichting Welzijn Hellendoorn"; the first task line says that until the transfer of the welfare work she was
# employed by Zorggroep Hellendoorn B.V. (a care company) and only "sinds 1 januari 2021" by the stichting.
IB_MOVE = ("Tot de overdracht van het ouderenwerk was ik in dienst van Zorggroep Hellendoorn B.V. (thuiszorg en "
           "verpleeghuizen), waar het welzijnswerk voor ouderen toen een afdeling van was; sinds 1 januari 2021 "
           "ben ik in dienst van Stichting Welzijn Hellendoorn, die dat welzijnswerk met alle medewerkers heeft "
           "overgenomen.")
IB6, IB7, IB8 = crits("Hellendoorn", "Langer thuis in Hellendoorn", "drie", "een ontmoetingscentrum in Nijverdal "
                      "en 35 % meer mantelzorgers in beeld", "Salland", "de woningcorporatie rond "
                      "seniorenwoningen", "de opbouw van wijkgerichte ouderenteams")
ib_head = pos("januari 2017 – heden", "Coördinator Welzijn Ouderen", "Stichting Welzijn Hellendoorn",
              [IB_MOVE, "Leiding aan acht ouderenadviseurs en de vrijwillige thuisbezoekers; jaarplan en budget.",
               IB6, IB7, IB8], ("2017-01", REF), 107, False)
ib_now = pos("sinds 1 januari 2021", "Coördinator Welzijn Ouderen", "Stichting Welzijn Hellendoorn",
             [], ("2021-01", REF), 59, True)
ib_old = pos("2009 – 2016", "Ouderenadviseur", "Zorggroep Hellendoorn B.V.",
             ["Huisbezoeken en advies aan ouderen in Nijverdal."], ("2009-01", "2016-12"), 96, False, yearonly=True)
ib = [ib_head, ib_now, ib_old]
IB_RATE = "Uurtarief: € 89,- (excl. btw)"
cv(file="Ingrid Brookhuis.docx", fmt="docx", layout="header",
   header="Ingrid Brookhuis  ·  Nijverdal  ·  06-62907315  ·  ingrid.brookhuis@example.nl",
   name="Ingrid Brookhuis", email="ingrid.brookhuis@example.nl", phone="06-62907315", rate=IB_RATE,
   exp=ib, crit_text={"6": IB6, "7": IB7, "8": IB8}, refs=["Henk Nijhuis", "Marian Scholten"],
   must_have=[IB_MOVE],
   body=[("title", "Ingrid Brookhuis"),
         ("pb", IB_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2017 coördineer ik het welzijnswerk voor ouderen in Hellendoorn. Ik ken de ouderen, de "
               "mantelzorgers en de partners in de dorpen en wijken als geen ander."),
         ("h", "Werkervaring"),
         ("table", ["Periode", "Functie", "Werkgever"],
          [[ib_head["d"], ib_head["t"], ib_head["e"]], [ib_old["d"], ib_old["t"], ib_old["e"]]]),
         ("pb", ib_head["t"]),
         ("bl", ib_head["tasks"]),
         ("pb", ib_old["t"]),
         ("bl", ib_old["tasks"]),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Saxion Hogeschool Enschede — diploma 2008")]
   + refs_block("Henk Nijhuis, directeur-bestuurder Stichting Welzijn Hellendoorn, 06-62907316",
                "Marian Scholten, wethouder Zorg en Welzijn, gemeente Hellendoorn, 06-62907317"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=59, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 0, 15, 20, 25),
               notes="TRAP, not eligible: ko 3 fail (target: counting the whole row 'januari 2017 – heden | "
                     "Coördinator Welzijn Ouderen | Stichting Welzijn Hellendoorn' = 2017-01..2025-11 = 107). Its "
                     "first task line: until the transfer she was employed by Zorggroep Hellendoorn B.V. "
                     "(thuiszorg en verpleeghuizen), of which the welfare work was then a department; 'sinds 1 "
                     "januari 2021' by Stichting Welzijn Hellendoorn, which took the welfare work over with all "
                     "staff. A care company (B.V.) is neither a gemeente nor a welzijnsstichting (holdout23's "
                     "Zorggroep Noord-Veluwe B.V., holdout17's Welzijn Plus B.V.) -> only 2021-01..2025-11 = 59 "
                     "months count -> < 60 -> fail; criterion 5 = 0. (exp lists the row, marked not relevant, and "
                     "the part 'sinds 1 januari 2021', relevant.) Ouderenadviseur (2009 – 2016): not leading, and "
                     "at the B.V. Bachelor Social Work -> MWD. 75 points; 100 and a wrong pass at 107 months."))

# ------------------------------------------------------------------------- Hendrik Pasveer (pdf)
# TRAP (target: wrong pass of the references check): two entries under "Referenties", both with name and
# function, but the second referee "is in 2024 overleden" -> one referee who can be asked.
HP_R1 = "Anneke Wiersma, gemeentesecretaris, gemeente Oldebroek, 06-39284716"
HP_R2 = ("Gerrit Brinkman, oud-directeur Stichting Welzijn Elburg, van 2009 tot 2015 mijn leidinggevende "
         "(in 2024 overleden)")
HP6, HP7, HP8 = crits("Oldebroek", "Oldebroek zorgt voor elkaar", "zes", "een dorpshuiskamer in Wezep en 20 % "
                      "minder inwoners op de wachtlijst jeugdhulp", "Zilveren Kruis", "de woningcorporatie en "
                      "de lokale middenstand rond een buurtfonds", "de inrichting van één toegang voor het "
                      "sociaal domein")
hp = [pos("oktober 2015 – heden", "Manager Sociaal Domein", "Gemeente Oldebroek",
          ["Leiding aan de teams Wmo, jeugd en participatie (34 medewerkers); begroting en formatie.",
           HP6, HP7, HP8], ("2015-10", REF), 122, True),
      pos("mei 2009 – september 2015", "Coördinator Jeugd en Gezin", "Stichting Welzijn Elburg",
          ["Coördinatie van het jongerenwerk en de opvoedondersteuning."], ("2009-05", "2015-09"), 77, True)]
HP_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Hendrik Pasveer.pdf", fmt="pdf", layout="single",
   name="Hendrik Pasveer", email="hendrik.pasveer@example.nl", phone="06-39284715", rate=HP_RATE,
   exp=hp, crit_text={"6": HP6, "7": HP7, "8": HP8}, refs=["Anneke Wiersma"],
   must_have=[HP_R1, HP_R2],
   body=[("title", "Hendrik Pasveer"),
         ("p", "Wezep  |  06-39284715  |  hendrik.pasveer@example.nl"),
         ("pb", HP_RATE),
         ("h", "Profiel"),
         ("p", "Manager sociaal domein bij de gemeente Oldebroek, daarvoor coördinator jeugd en gezin bij een "
               "welzijnsstichting. Ik stuur op resultaat en geef mijn teams ruimte."),
         ("h", "Werkervaring"),
         ("pos", "dateline", hp),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim Zwolle — diploma 2008")]
   + refs_block(HP_R1, HP_R2),
   expect=dict(pages=1, edu=("hbo", True, True), coord=199, refs=(1, False), zzp=False, hourly=85.0,
               crit=FULL,
               notes="TRAP, not eligible: references fail (target: counting two named entries). The second "
                     "entry, 'Gerrit Brinkman, oud-directeur Stichting Welzijn Elburg, van 2009 tot 2015 mijn "
                     "leidinggevende (in 2024 overleden)', names a person who died in 2024: he cannot be asked "
                     "for a reference, so the CV offers one referee (Anneke Wiersma). No 'op aanvraag' or "
                     "replacement -> count 1 -> fail (samples' Mark Peters). Months: Manager Sociaal Domein, "
                     "Gemeente Oldebroek 2015-10..2025-11 = 122 + Coördinator Jeugd en Gezin, Stichting Welzijn "
                     "Elburg 2009-05..2015-09 = 77 -> 199. HBO MWD. 100 points, EUR 85 -> a wrong pass ranks him "
                     "1st."))


# ------------------------------------------------------------------------- Annemarie Sprokkereef (docx)
# TRAP (target: wrong pass of the page check): a long CV, 8 pages in LibreOffice, in one flow: no hard page
# break, no section break and no <Pages> in docProps/app.xml (post="nopages"). The page count has to come from
# the amount of text; 8 is three pages over the limit, so fail (not the review of an estimate near 5).
AS6, AS7, AS8 = crits("Hof van Twente", "Samen Hof van Twente", "zeven", "een sociaal team per kern, een "
                      "mantelzorgcafé in Goor en 30 % minder aanvragen voor maatwerk", "Menzis", "de "
                      "woningcorporatie en een lokale bank rond wonen met zorg", "de transformatie van het sociaal "
                      "domein in Hof van Twente")


def long_tasks(topics):
    """Several task lines per position: long, ordinary CV prose (the CV must run to 8 pages)."""
    return [f"{what}: {how}." for what, how in topics]


AS_HOF = long_tasks([
    ("Leiding", "integraal leidinggevende van de teams Wmo, jeugd, participatie en welzijn, samen 46 medewerkers "
     "verdeeld over drie locaties in Goor, Delden en Markelo, met vier coördinatoren als eerste aanspreekpunt"),
    ("Formatie en werving", "opstellen van het formatieplan, werving en selectie van nieuwe consulenten en "
     "coördinatoren, het inwerkprogramma en de jaargesprekken met alle coördinatoren en stafmedewerkers"),
    ("Budget", "verantwoordelijk voor een budget van 14 miljoen euro voor maatwerkvoorzieningen en 3,2 miljoen "
     "euro voor de eigen organisatie, met een kwartaalrapportage aan de directie en de portefeuillehouders"),
    ("Kwaliteit", "invoering van casuïstiekbesprekingen per kern, intervisie voor consulenten en een jaarlijkse "
     "klanttevredenheidsmeting waarvan de uitkomsten met het team worden vertaald naar verbeterpunten"),
    ("Registratie", "inrichting van het registratiesysteem voor de toegang, afspraken over dossiervorming en "
     "privacy, en de koppeling met de monitor sociaal domein die elk halfjaar aan de raad wordt gestuurd"),
    ("Samenwerking in de organisatie", "afstemming met de beleidsadviseurs, de afdeling financiën en HR over de "
     "inzet van uren, de verdeling van het werk en de voortgang van de jaarwerkplannen van de teams"),
], )
AS_HOF[0:0] = [AS6, AS7, AS8]
AS_HEN = long_tasks([
    ("Leiding", "teamleider van vier wijkteams in Hengelo-Noord en Hengelo-Zuid met in totaal 32 generalisten, "
     "jeugdconsulenten en schuldhulpverleners, allen in dienst van de gemeente"),
    ("Werkverdeling", "dagelijkse sturing op instroom, doorlooptijden en werkverdeling, met een weekstart per "
     "wijkteam en een maandelijkse teamdag voor scholing en afstemming"),
    ("Methodisch werken", "invoering van één gezin, één plan, één regisseur in alle wijkteams, inclusief de "
     "training van alle medewerkers en het borgen van de werkwijze in de werkprocessen"),
    ("Ontwikkeling van medewerkers", "coachende gesprekken, persoonlijke ontwikkelplannen en het opleidingsplan "
     "van de wijkteams; drie medewerkers zijn doorgegroeid naar een coördinerende rol"),
    ("Wijkgericht werken", "vaste wijktafels met scholen, wijkagenten, het maatschappelijk werk en de "
     "bewonersorganisaties, met een gezamenlijke wijkagenda per stadsdeel"),
])
AS_BOR = long_tasks([
    ("Vrijwilligerscentrale", "coördinatie van de vrijwilligerscentrale van Borne met twee consulenten en ruim "
     "zeshonderd ingeschreven vrijwilligers, van werving en matching tot waardering"),
    ("Mantelzorg", "opzet van het steunpunt mantelzorg met een spreekuur, een lotgenotengroep en respijtzorg "
     "door vrijwilligers, in afstemming met de gemeente Borne"),
    ("Maatschappelijke stages", "organisatie van de maatschappelijke stage voor twee middelbare scholen, met "
     "ieder jaar meer dan driehonderd leerlingen bij veertig organisaties"),
    ("Deskundigheid", "scholing van vrijwilligers in gespreksvoering, signaleren en grenzen stellen, samen met "
     "het maatschappelijk werk en de bibliotheek"),
])
AS_BOR += long_tasks([
    ("Ouderenwerk", "samen met de ouderenadviseurs een aanbod van huisbezoeken aan alle 75-plussers in Borne, "
     "uitgevoerd door getrainde vrijwilligers, met een terugkoppeling aan de huisartsen als dat nodig was"),
    ("Netwerk", "vaste contacten met de kerken, de sportverenigingen, de scholen en de bewonersorganisaties, "
     "zodat vrijwilligers en hulpvragen elkaar sneller vonden"),
    ("Verantwoording", "een jaarverslag met cijfers over vrijwilligers, mantelzorgers en activiteiten, "
     "besproken met de directie en de ambtenaren van de gemeente Borne"),
])
AS_OPB = long_tasks([
    ("Buurtwerk", "ondersteuning van bewonersgroepen in Borne-Noord bij het opzetten van activiteiten voor "
     "jong en oud"),
    ("Buurthuis", "programmering van het buurthuis met cursussen, een koffieochtend en een huiswerkklas"),
    ("Signalering", "huisbezoeken bij geïsoleerde bewoners en doorverwijzing naar het maatschappelijk werk"),
])
AS_MW = long_tasks([
    ("Hulpverlening", "kortdurende hulp aan individuen en gezinnen bij relatieproblemen, rouw en schulden"),
    ("Groepswerk", "begeleiding van lotgenotengroepen voor alleenstaande ouders"),
])
AS_HOF += long_tasks([
    ("Bestuurlijke advisering", "voorbereiden van collegeadviezen en raadsinformatiebrieven over de toegang, de "
     "wachttijden en de uitgaven, en het begeleiden van de portefeuillehouders bij raadsvergaderingen"),
    ("Cluster welzijn", "opdrachtgever van de welzijnsorganisatie voor opbouwwerk, ouderenwerk en "
     "mantelzorgondersteuning, met jaarlijkse prestatieafspraken en een halfjaarlijks voortgangsgesprek"),
    ("Detachering en inhuur", "afspraken met de organisaties die medewerkers aan de gemeente detacheren over "
     "inzet, begeleiding, kwaliteit en evaluatie, en het bewaken van de kosten van inhuur"),
    ("Jaarwerkplan", "opstellen van het jaarwerkplan van de afdeling met doelen per team, een planning per "
     "kwartaal en heldere indicatoren, en de evaluatie daarvan met de teams en de directie"),
    ("Huisvesting", "zorg voor zichtbare en vindbare werkplekken van de teams in de kernen: in de "
     "bibliotheek, het gezondheidscentrum en twee dorpshuizen, met vaste spreekuren"),
    ("Crisis en continuïteit", "leiding aan de uitvoering tijdens de coronaperiode: telefonische spreekuren, "
     "voorrang voor kwetsbare inwoners en een dagelijkse afstemming met de partners in de zorg"),
])
AS_HEN += long_tasks([
    ("Instroom en doorlooptijden", "een wekelijkse rapportage van meldingen, lopende trajecten en "
     "doorlooptijden per wijkteam, besproken in het teamoverleg en gebruikt voor de werkverdeling"),
    ("Kwaliteitszorg", "dossiercontroles, collegiale toetsing en een klachtenprocedure die binnen twee weken "
     "tot een gesprek met de inwoner leidt"),
    ("Samenwerking met de jeugdhulp", "afspraken met de aanbieders van jeugdhulp over verwijzing, terugkoppeling "
     "en afschaling naar het wijkteam, vastgelegd in een convenant"),
    ("Personeelszaken", "verzuimbegeleiding samen met de bedrijfsarts, re-integratie van medewerkers na ziekte "
     "en het voeren van de beoordelingsgesprekken"),
])
AS_BOR += long_tasks([
    ("Subsidies", "aanvragen van subsidies bij de gemeente en fondsen voor nieuwe activiteiten, met een "
     "verantwoording per project aan het eind van het jaar"),
    ("Communicatie", "een vrijwilligersvacaturebank op de website, een nieuwsbrief voor vrijwilligers en een "
     "jaarlijkse vrijwilligersmarkt in het centrum van Borne"),
    ("Leiding", "aansturing van twee consulenten en een administratief medewerker, met een wekelijks "
     "werkoverleg en jaargesprekken"),
])
asp = [pos("januari 2018 – heden", "Manager Zorg en Welzijn", "Gemeente Hof van Twente", AS_HOF,
           ("2018-01", REF), 95, True),
       pos("april 2011 – december 2017", "Teamleider Wijkteams", "Gemeente Hengelo", AS_HEN,
           ("2011-04", "2017-12"), 81, True),
       pos("september 2006 – maart 2011", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Borne",
           AS_BOR, ("2006-09", "2011-03"), 55, True),
       pos("februari 2001 – augustus 2006", "Opbouwwerker", "Stichting Welzijn Borne", AS_OPB,
           ("2001-02", "2006-08"), 67, False),
       pos("1996 – 2000", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Twente", AS_MW,
           ("1996-01", "2000-12"), 60, False, yearonly=True)]

AS_PROJECTS = [
    ("Eén toegang sociaal domein (2019 – 2021)", "Projectleider van de samenvoeging van het Wmo-loket, het "
     "jeugdteam en het team participatie tot één toegang per kern. Plan van aanpak, stuurgroep met twee "
     "wethouders, drie werkgroepen met medewerkers en een evaluatie na een jaar. De doorlooptijd van een melding "
     "tot een plan daalde van negen naar vijf weken."),
    ("Mantelzorgondersteuning in de kernen (2020)", "Opzet van een mantelzorgcafé in Goor en een "
     "mantelzorgspreekuur in Delden en Markelo, samen met de welzijnsorganisatie en de huisartsen. Binnen een "
     "jaar waren ruim vierhonderd mantelzorgers in beeld die de gemeente daarvoor niet kende."),
    ("Wonen met zorg (2021 – 2023)", "Met de woningcorporatie, twee zorgaanbieders en een lokale bank een aanpak "
     "voor ouderen die langer thuis willen wonen: woningaanpassing, een buurtsteunpunt en vrijwillige "
     "klussenhulp. Zestig woningen zijn levensloopbestendig gemaakt."),
    ("Preventief jeugdbeleid (2022)", "Uitwerking van het jeugdbeleid in drie concrete projecten: een "
     "jongerenwerker op elke middelbare school, een oudercursus en een vaste tafel met de huisartsen over "
     "jeugdigen met psychische klachten. Het aantal verwijzingen naar specialistische hulp daalde met een "
     "vijfde."),
    ("Registratie en monitoring (2023)", "Vervanging van het registratiesysteem van de toegang, inclusief "
     "werkinstructies, scholing van zestig gebruikers en een nieuwe halfjaarlijkse monitor voor de raad."),
    ("Schuldhulp dichtbij (2015 – 2016)", "In Hengelo een vroegsignaleringsaanpak met de woningcorporaties "
     "en de energieleveranciers opgezet, zodat betalingsachterstanden eerder bij het wijkteam bekend waren. "
     "Het aantal huisuitzettingen halveerde."),
    ("Wijkteams in beweging (2013 – 2014)", "Projectleider van de overgang van losse loketten naar vier "
     "wijkteams in Hengelo, inclusief de huisvesting van de teams in de wijken en de afspraken met de "
     "maatschappelijke partners over doorverwijzing."),
    ("Vrijwilligers in de zorg (2009 – 2010)", "In Borne een project waarin vrijwilligers ouderen na een "
     "ziekenhuisopname thuis bezochten, samen met de thuiszorg en het ziekenhuis. Ruim honderd ouderen kregen "
     "in het eerste jaar bezoek."),
]
AS_PROJECTS += [
    ("Dorpsgericht werken in Markelo (2019)", "Met de dorpsraad, de school, de huisarts en de kerken een "
     "dorpsagenda opgesteld voor jong en oud. Daaruit kwamen een ontmoetingsplek in het dorpshuis, een "
     "vervoersdienst met vrijwilligers en een vast spreekuur van het sociaal team in de bibliotheek."),
    ("Inkoop Wmo-begeleiding (2018 – 2019)", "Namens de uitvoering lid van het regionale inkoopteam voor "
     "begeleiding en dagbesteding. Ik zorgde dat de ervaringen van de consulenten in de nieuwe contracten "
     "terechtkwamen, onder meer over resultaatgericht indiceren en over de administratieve lasten."),
    ("Cliëntervaring in beeld (2021)", "Samen met de adviesraad sociaal domein een nieuwe manier van "
     "cliëntervaringsonderzoek ontwikkeld: gesprekken aan de keukentafel in plaats van een vragenlijst. De "
     "uitkomsten leidden tot kortere brieven, een vast contactpersoon en een terugbelbelofte binnen twee "
     "werkdagen."),
    ("Beschut werk en participatie (2020 – 2021)", "Met het werkbedrijf en werkgevers in de regio een aanpak "
     "voor inwoners met een grote afstand tot werk: werkervaringsplekken, jobcoaching en afspraken over "
     "beschut werk. Veertig inwoners vonden een plek."),
    ("Huiselijk geweld en kindermishandeling (2016 – 2017)", "In Hengelo de samenwerking tussen de wijkteams "
     "en Veilig Thuis verbeterd met een vaste contactpersoon per team, een gezamenlijke scholing en een "
     "werkafspraak over de overdracht van meldingen."),
    ("Digitale toegang (2024)", "Een digitaal aanmeldformulier voor de Wmo en jeugdhulp ingevoerd, met "
     "aandacht voor inwoners die niet digitaal vaardig zijn: hulp bij het invullen in de bibliotheek en door "
     "vrijwilligers van de welzijnsorganisatie."),
]
AS_PROJECTS += [
    ("Eenzaamheid onder ouderen (2022 – 2023)", "Met de welzijnsorganisatie, de kerken en de "
     "sportverenigingen een aanpak tegen eenzaamheid: een vaste koffietafel in elke kern, bezoekjes door "
     "vrijwilligers en een training voor medewerkers van winkels en apotheken om eenzaamheid te herkennen. "
     "Het aantal deelnemers aan activiteiten voor ouderen steeg met een derde."),
    ("Armoede en meedoen (2019 – 2020)", "Herziening van de regelingen voor inwoners met een laag inkomen: "
     "één aanvraag voor alle regelingen, een meedoenpas voor kinderen en een spreekuur met de "
     "schuldhulpverlening in de bibliotheek. Het gebruik van de regelingen nam toe van 45 naar 70 procent."),
    ("Mantelzorgwaardering (2012)", "In Hengelo de jaarlijkse mantelzorgwaardering vernieuwd, van een "
     "cadeaubon naar een keuze uit ontspanning, respijt en ondersteuning, samen met de mantelzorgers zelf "
     "bedacht."),
    ("Vrijwillige thuisadministratie (2010 – 2011)", "In Borne een dienst opgezet waarin vrijwilligers "
     "inwoners helpen met hun post en administratie, met scholing door het maatschappelijk werk en een "
     "doorverwijzing naar de schuldhulp als dat nodig is."),
]
AS_PROJECTS += [
    ("Jongeren en werk (2017)", "In Hengelo met het jongerenwerk, het werkbedrijf en twee scholen voor "
     "praktijkonderwijs een route naar werk voor jongeren zonder startkwalificatie: een vast aanspreekpunt, "
     "stages bij bedrijven in de wijk en begeleiding tot een half jaar na de start van een baan. In het "
     "eerste jaar vonden dertig jongeren werk of een opleiding."),
    ("Schulden en gezondheid (2023 – 2024)", "Met de huisartsen, de schuldhulp en de welzijnsorganisatie een "
     "vaste route voor patiënten met stress door geldzorgen: de huisarts verwijst via een eenvoudig formulier, "
     "de schuldhulp belt binnen drie werkdagen en de welzijnsorganisatie biedt een maatje. Ruim honderd "
     "inwoners gebruikten de route in het eerste jaar."),
    ("Vrijwilligers in het sociaal team (2018)", "In Hof van Twente vrijwilligers een vaste plek gegeven in het "
     "sociaal team, als maatje, klusser of administratief helper, met een eigen coördinator, scholing en een "
     "vrijwilligersvergoeding. De consulenten konden zo vaker een lichte oplossing bieden in plaats van een "
     "maatwerkvoorziening."),
    ("Kwaliteitskader toegang (2020)", "Een kwaliteitskader voor de toegang opgesteld met de consulenten en de "
     "adviesraad: normen voor bereikbaarheid, doorlooptijden, de kwaliteit van gesprekken en plannen en de "
     "manier van klachtafhandeling, met een jaarlijkse meting."),
]
AS_COMPETENCES = [
    ("Verbinden en coachen", "Ik geloof dat een team pas goed werkt als medewerkers zelf eigenaar zijn van hun "
     "werk. Daarom begin ik elke verandering met de vraag wat medewerkers nodig hebben, en ik maak ruimte voor "
     "hun ideeën. In Hof van Twente hebben de teams zelf de nieuwe werkwijze van de toegang uitgewerkt; ik "
     "bewaakte de kaders en de planning. Medewerkers die willen groeien, geef ik taken waarin zij kunnen "
     "leren, en ik bespreek hun ontwikkeling in elk gesprek."),
    ("Helder communiceren en besluiten", "Ik zeg wat ik zie en ik spreek mensen aan als afspraken niet worden "
     "nagekomen, altijd met respect en met aandacht voor de reden. Als er een besluit nodig is, neem ik het, "
     "ook als niet iedereen het ermee eens is, en ik leg uit waarom. Zo houden teams vertrouwen, ook als de "
     "keuzes lastig zijn."),
    ("Innoveren en verbeteren", "Ik kijk kritisch naar werkprocessen: wat levert een stap de inwoner op? In "
     "Hengelo schrapten we drie formulieren en een overleg, waardoor consulenten een halve dag per week meer "
     "tijd hadden voor huisbezoeken. Ik probeer nieuwe werkwijzen eerst klein uit, meet het effect en breid "
     "uit wat werkt."),
    ("Inwoners en bestuur", "Ik ben vaak in de kernen te vinden, bij spreekuren, dorpsraden en activiteiten, "
     "zodat ik weet wat er speelt. Tegelijk ken ik de taal van het bestuur: ik schrijf collegeadviezen, bereid "
     "raadsinformatiebijeenkomsten voor en zorg dat wethouders op tijd weten wat er in de uitvoering gebeurt."),
    ("Analyseren en omgaan met tegenstellingen", "Bij tegenstrijdige belangen, bijvoorbeeld tussen budget en "
     "zorgvraag, breng ik eerst de feiten in beeld en daarna de keuzes. Ik organiseer het gesprek tussen "
     "beleid, financiën en uitvoering en zoek een oplossing die uitlegbaar is aan inwoners en raad."),
]
AS_COURSES = [
    "Leergang Strategisch leidinggeven in het sociaal domein, Academie Publiek Leiderschap — 2019",
    "Projectmatig werken (Prince2 Foundation) — 2014",
    "Coachend leidinggeven, Academie voor Leiderschap — 2012",
    "Motiverende gespreksvoering — 2010",
    "Oplossingsgericht werken met gezinnen — 2008",
    "Financieel management voor leidinggevenden in de publieke sector — 2016",
    "Privacy en gegevensdeling in het sociaal domein — 2021",
    "Positieve gezondheid in de praktijk — 2022",
]
AS_PUB = [
    "Artikel 'Eén toegang, drie kernen: lessen uit Hof van Twente' in het vakblad Sociaal Bestek, 2022",
    "Presentatie 'Wijkteams die werken' op het congres van de Vereniging van Nederlandse Gemeenten, 2015",
    "Workshop 'Mantelzorgers vinden voordat ze vastlopen' op de Dag van de Mantelzorg in Overijssel, 2020",
    "Gastcolleges over leidinggeven in het sociaal domein aan de deeltijdopleiding Social Work van Saxion, "
    "2017 tot en met 2023",
]
AS_RATE = "Uurtarief: € 87,50 excl. btw"
body = [("title", "Annemarie Sprokkereef"),
        ("p", "Goor  |  06-83910257  |  annemarie.sprokkereef@example.nl"),
        ("pb", AS_RATE),
        ("h", "Profiel"),
        ("p", "Ik ben een ervaren leidinggevende in het sociaal domein van Twentse gemeenten. In bijna twintig "
              "jaar heb ik teams opgebouwd, wijkteams ingericht en de toegang tot zorg en ondersteuning "
              "eenvoudiger gemaakt. Ik werk vanuit het perspectief van de inwoner, preventief en integraal, en ik "
              "zorg dat medewerkers de ruimte krijgen om hun vak goed uit te oefenen."),
        ("p", "Mijn kracht is het verbinden van beleid en uitvoering. Ik vertaal plannen van het bestuur naar wat "
              "er nodig is in de teams, en ik breng signalen uit de praktijk terug naar de beleidsadviseurs en de "
              "wethouders. Collega's omschrijven mij als rustig, helder en vasthoudend."),
        ("p", "In deze opdracht wil ik het cluster welzijn van Heerde helpen groeien naar een stevige, "
              "methodische en cyclische manier van werken, met aandacht voor de medewerkers en de partners."),
        ("h", "Visie op welzijn"),
        ("p", "Welzijn is het fundament onder het sociaal domein. Goede ontmoetingsplekken, sterke "
              "vrijwilligers en mantelzorgers die weten waar ze terechtkunnen, voorkomen dat inwoners later "
              "zware zorg nodig hebben. Daarom wil ik dat welzijn een eigen, herkenbare plek heeft in de "
              "gemeentelijke organisatie, met duidelijke opdrachten, een vaste cyclus van plannen, uitvoeren, "
              "meten en bijstellen, en medewerkers die trots zijn op hun vak."),
        ("p", "Dat vraagt om leiderschap dat dicht bij de teams staat. Ik ben aanwezig, ik luister, en ik maak "
              "keuzes over wat wel en niet kan binnen de middelen die er zijn. Ik zorg dat de randvoorwaarden "
              "op orde zijn: een registratiesysteem dat werkt, een helder budget, werkplekken waar inwoners de "
              "teams kunnen vinden en afspraken met partners die worden nagekomen."),
        ("p", "Voor Heerde zie ik drie opgaven: de positie van welzijn binnen Stip verder versterken, de "
              "werkwijze methodisch en cyclisch verankeren met DA Systems als ondersteuning, en de samenwerking "
              "met de organisaties die medewerkers detacheren zo inrichten dat iedereen weet wat er van hem of "
              "haar wordt verwacht."),
        ("p", "Ik heb geleerd dat verandering in het sociaal domein tijd kost en dat medewerkers, partners en "
              "bestuur ieder hun eigen tempo hebben. Mijn rol is om richting te geven, het tempo te bewaken en "
              "tegelijk te zorgen dat het dagelijkse werk voor inwoners gewoon doorgaat. Dat doe ik met een "
              "duidelijke planning, korte lijnen en regelmatige momenten om samen terug te kijken: wat ging goed, "
              "wat kan beter en wat spreken we af voor de volgende periode. Die werkwijze wil ik ook in Heerde "
              "toepassen, samen met de teamleiders, de beleidsadviseurs en de manager van de afdeling."),
        ("p", "Naast mijn werk blijf ik mij ontwikkelen. Ik lees vakliteratuur over welzijn en preventie, ik "
              "neem deel aan een intervisiegroep van leidinggevenden uit Twentse gemeenten en ik bezoek elk jaar "
              "een paar congressen over het sociaal domein. Wat ik daar leer, deel ik met mijn teams."),
        ("h", "Aanpak in de eerste maanden"),
        ("bl", ["Kennismaken met alle medewerkers van het cluster welzijn, de teamleiders, de beleidsadviseurs "
                "en de manager, en met de belangrijkste partners in de kernen.",
                "In kaart brengen van de opdrachten, de voortgang, de formatie, het budget en de knelpunten in "
                "de registratie.",
                "Samen met het team een jaarwerkplan opstellen met doelen, planning en indicatoren, en dit "
                "afstemmen met de opdrachtgevers.",
                "Afspraken maken met de detacherende organisaties over inzet, begeleiding en evaluatie.",
                "Een vaste cyclus van voortgangsgesprekken en rapportages inrichten, zodat bestuur en team weten "
                "waar we staan."]),
        ("h", "Kerncompetenties"),
        ("bl", ["Verbindend en coachend leidinggeven aan teams in ontwikkeling",
                "Helder communiceren, aanspreken en besluiten nemen",
                "Procesverbetering en methodisch werken",
                "Oog voor inwoners en bestuur",
                "Analytisch sterk, ook onder tijdsdruk en bij tegenstellingen"]),
        ("h", "Werkervaring"),
        ("pos", "sample", asp),
        ("h", "Projecten en veranderopgaven"),
        ]
for name_, text_ in AS_PROJECTS:
    body += [("pb", name_), ("p", text_)]
body += [("h", "Toelichting op de eisen en wensen")]
for name_, text_ in [
    ("Opleiding", "Ik ben in 1995 afgestudeerd in de hbo-opleiding Maatschappelijk Werk en Dienstverlening aan "
     "Saxion Hogeschool Enschede. Sindsdien heb ik mij bijgeschoold in leidinggeven, projectmatig werken, "
     "financieel management en privacy in het sociaal domein; de cursussen staan hieronder."),
    ("Ervaring als leidinggevende", "Sinds september 2006 ben ik onafgebroken leidinggevende in het sociaal "
     "domein: eerst als coördinator bij Stichting Welzijn Borne, daarna als teamleider van de wijkteams bij de "
     "gemeente Hengelo en nu als manager zorg en welzijn bij de gemeente Hof van Twente. In al deze functies "
     "had ik de verantwoordelijkheid voor medewerkers, werkverdeling, kwaliteit en budget."),
    ("Beleid omzetten in resultaten", "Bij de gemeente Hof van Twente vertaal ik het beleid van de raad en het "
     "college elk jaar naar een jaarwerkplan met concrete projecten. Bij elk project horen een doel, een "
     "eigenaar in het team, een planning en een meetbaar resultaat, en ik rapporteer elk halfjaar over de "
     "voortgang. Voorbeelden staan hieronder bij de projecten."),
    ("Samenwerkingspartners", "Ik werk dagelijks samen met zorgaanbieders, huisartsen, de wijkverpleging, de "
     "welzijnsorganisatie, de woningcorporatie, de zorgverzekeraar, de adviesraad sociaal domein en de "
     "patiëntenvereniging. Met een aantal van hen heb ik vaste overleggen en schriftelijke afspraken over "
     "doorverwijzing, informatie-uitwisseling en gezamenlijke projecten."),
    ("Projectmatig werken en veranderopgaven", "Ik heb meerdere grote veranderingen geleid: de overgang naar "
     "wijkteams in Hengelo, de samenvoeging van de toegang in Hof van Twente en de vervanging van het "
     "registratiesysteem. Ik werk daarbij met een plan van aanpak, een stuurgroep, werkgroepen met "
     "medewerkers, een risicoanalyse en een evaluatie, en ik heb een Prince2-certificaat."),
]:
    body += [("pb", name_), ("p", text_)]
body += [("h", "Toelichting op de competenties")]
for name_, text_ in AS_COMPETENCES:
    body += [("pb", name_), ("p", text_)]
body += [("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Enschede — diploma 1995"),
         ("h", "Cursussen en trainingen"),
         ("bl", AS_COURSES),
         ("h", "Publicaties en presentaties"),
         ("bl", AS_PUB),
         ("h", "Nevenfuncties"),
         ("bl", ["Lid van de adviesraad van de bibliotheek Hof van Twente (onbezoldigd), sinds 2020",
                 "Penningmeester van de tennisvereniging in Goor, 2012 tot en met 2018"]),
         ("h", "Talen"),
         ("bl", ["Nederlands: moedertaal", "Engels: goed", "Duits: redelijk"]),
         ("h", "Hobby's"),
         ("p", "Wandelen in het Twentse landschap, koken voor vrienden en lezen over de geschiedenis van de "
               "streek."),
         ("h", "Referenties"),
         ("p", "Willemijn Brinkhorst, directeur Samenleving, gemeente Hof van Twente, 06-83910258"),
         ("p", "Herman Oude Nijhuis, voormalig afdelingsmanager Wijkteams, gemeente Hengelo, 06-83910259")]
cv(file="Annemarie Sprokkereef.docx", fmt="docx", layout="single", post="nopages",
   name="Annemarie Sprokkereef", email="annemarie.sprokkereef@example.nl", phone="06-83910257", rate=AS_RATE,
   exp=asp, crit_text={"6": AS6, "7": AS7, "8": AS8}, refs=["Willemijn Brinkhorst", "Herman Oude Nijhuis"],
   body=body,
   expect=dict(pages=8, pages_exact=False, edu=("hbo", True, True), coord=231, refs=(2, False), zzp=False,
               hourly=87.5, crit=FULL,
               notes="TRAP, not eligible: pages fail (target: a pass because nothing in the file says how many "
                     "pages it has). The DOCX has no <Pages> in docProps/app.xml, no hard page break and no "
                     "section break: one flow of text (profile, competences, five positions with long task "
                     "lines, eight projects, courses, publications, side functions, languages, hobbies, referees) "
                     "that LibreOffice renders at 8 pages. The count must be estimated (pages_exact false); 8 is "
                     "three over 'maximaal 5 pagina's', far from the limit -> fail, not the review of an estimate "
                     "near 5 (holdout2's Miriam Groen, 5 pages, was the review case; holdout39's Nienke Bruinsma "
                     "had six hard page breaks to count). Months: Manager Zorg en Welzijn, Gemeente Hof van Twente "
                     "2018-01..2025-11 = 95 + Teamleider Wijkteams, Gemeente Hengelo 2011-04..2017-12 = 81 + "
                     "Coördinator Vrijwilligerswerk en Mantelzorg, Stichting Welzijn Borne 2006-09..2011-03 = 55 "
                     "-> 231 (contiguous). Opbouwwerker, maatschappelijk werker: not leading. HBO MWD. 100 points, "
                     "EUR 87,50 -> a wrong pass ranks her 1st."))
