# -*- coding: utf-8 -*-
"""Holdout round 21 for zeef: 6 fictional CVs, each built around one *new* trap aimed at a WRONG PASS
(knock-out 1, 2, 3 or the references check), written without looking at the pipeline's source or
rules/, with hand-checked expectations: self-employment shown only by a Wet DBA "modelovereenkomst"
and the Handelsregister; a Portuguese two-year CTeSP that the IDW (Nuffic) values as an Associate
degree; a "Manager Sociaal Domein" at the Vereniging van Nederlandse Gemeenten; one referee listed
twice (same name, same phone, two functions); an MDGO-MW diploma (the old *middelbare* opleiding
Maatschappelijk Werk); one employment line "maart 2019 – heden" whose leading title ended in 2022.

Every person, phone number, e-mail address and reference here is made up. Employers are real
municipalities, the real VNG (as an employer name only) and fictional foundations.

Same shape as tests/holdout19/src/holdout19_cvs.py (built and checked by tests/holdout2/src/build.py
and expected.py); see tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


def crits(place, nota, projects, insurer):
    c6 = (f"Voorbeeld van beleid naar resultaat: de nota '{nota}' van {place} heb ik vertaald naar een "
          f"jaarwerkplan met concrete projecten ({projects}) met meetbare doelen.")
    c7 = (f"Samenwerking met zorgaanbieders, huisartsen, de GGD en zorgverzekeraar {insurer}, en een "
          "publiek-private samenwerking (PPS) met lokale ondernemingen voor werkervaringsplaatsen.")
    c8 = "Projectleider van de reorganisatie van de toegang tot Wmo en jeugd, met projectplan en stuurgroep."
    return c6, c7, c8


# ------------------------------------------------------------------------- Lotte Hermans (pdf)
# TRAP (wrong pass, knock-out 1): self-employed, said without zzp, KvK, eenmanszaak, freelance,
# "onderneming" or "zelfstandige": she works under a Wet DBA model contract of the Belastingdienst, is
# registered in the Handelsregister, is "voor de inkomstenbelasting ondernemer" and invoices in her own
# name -> zzp, knock-out 1 review.
LH6, LH7, LH8 = crits("Nunspeet", "Dichtbij en samen", "een dorpskamer in Elspeet, een mantelzorgpunt en "
                      "een formulierenspreekuur", "Zilveren Kruis")
LH_ZZP = ("Ik werk op basis van de modelovereenkomst 'geen werkgeversgezag' (Wet DBA) van de Belastingdienst, "
          "sta ingeschreven in het Handelsregister, ben voor de inkomstenbelasting ondernemer en factureer mijn "
          "uren zelf, op eigen naam. Zo bied ik mij ook voor deze opdracht aan.")
lh = [pos("februari 2017 – heden", "Coördinator Sociaal Team", "Gemeente Nunspeet",
          ["Leiding aan het sociaal team (14 medewerkers, Wmo, jeugd en participatie); formatie, werving en budget.",
           LH6, LH7, LH8], ("2017-02", REF), 106, True),
      pos("september 2010 – januari 2017", "Wmo-consulent", "Gemeente Nunspeet",
          ["Keukentafelgesprekken en indicaties voor Wmo-voorzieningen."], ("2010-09", "2017-01"), 77, False)]
LH_RATE = "Uurtarief: € 89,- excl. btw"
cv(file="Lotte Hermans.pdf", fmt="pdf", layout="single",
   name="Lotte Hermans", email="lotte.hermans@example.nl", phone="06-31857402", rate=LH_RATE,
   exp=lh, crit_text={"6": LH6, "7": LH7, "8": LH8}, refs=["Arjen Schuurman", "Dineke Boeve"],
   must_have=[LH_ZZP],
   body=[("title", "Lotte Hermans"),
         ("p", "Nunspeet  |  06-31857402  |  lotte.hermans@example.nl"),
         ("pb", LH_RATE),
         ("h", "Profiel"),
         ("p", "Ik coördineer sinds 2017 het sociaal team van Nunspeet. " + LH_ZZP),
         ("h", "Werkervaring"),
         ("pos", "datebold", lh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2010"),
         ("h", "Referenties"),
         ("p", "Arjen Schuurman, afdelingsmanager Samenleving, gemeente Nunspeet, 06-31857403"),
         ("p", "Dineke Boeve, wethouder Sociaal Domein, gemeente Nunspeet, 06-31857404")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=106, refs=(2, False), zzp=True, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="ZZP: 'Ik werk op basis van de modelovereenkomst geen werkgeversgezag (Wet DBA) van de "
                     "Belastingdienst, sta ingeschreven in het Handelsregister, ben voor de inkomstenbelasting "
                     "ondernemer en factureer mijn uren zelf, op eigen naam. Zo bied ik mij ook voor deze opdracht aan.' -> a self-employed bidder (a DBA model "
                     "contract exists only for opdrachtnemers without an employer), no agency named -> zzp, "
                     "knock-out 1 review (the convention's answer for a zzp indication, as Willem de Graaf). "
                     "Coördinator Sociaal Team, Gemeente Nunspeet 2017-02..2025-11 = 106. HBO MWD. 100 points; a "
                     "wrong pass would rank her 1."))

# ------------------------------------------------------------------------- Inês Carvalho (docx)
# TRAP (wrong pass, knock-out 2 / criterion 4): the only degree is a Portuguese two-year "Técnico
# Superior Profissional em Serviço Social (CTeSP)"; the IDW (Nuffic) valuation printed below it says
# "vergelijkbaar met een Associate degree (hbo, niveau 5), niet met een bachelor" -> ad, fail, not MWD.
IC6, IC7, IC8 = crits("Ermelo", "Meedoen in Ermelo", "een buurtkamer, een taalcafé en een klussendienst",
                      "Menzis")
IC_EDU = "Técnico Superior Profissional em Serviço Social (CTeSP, twee jaar), Instituto Politécnico de Leiria — diploma 2011"
IC_IDW = ("Diplomawaardering IDW (Nuffic), 2013: vergelijkbaar met een Associate degree (hbo, niveau 5), "
          "niet met een bachelor.")
ic = [pos("april 2016 – heden", "Teamleider Sociaal Wijkteam", "Gemeente Ermelo",
          ["Leiding aan het sociaal wijkteam (13 medewerkers, Wmo en jeugd); formatie, werving en budget.",
           IC6, IC7, IC8], ("2016-04", REF), 116, True),
      pos("januari 2013 – maart 2016", "Wijkcoach", "Stichting Welzijn Ermelo",
          ["Ondersteuning van inwoners met meervoudige vragen."], ("2013-01", "2016-03"), 39, False)]
IC_RATE = "Uurtarief: € 84,- excl. btw"
cv(file="Inês Carvalho.docx", fmt="docx", layout="sidebar",
   name="Inês Carvalho", email="ines.carvalho@example.nl", phone="06-48203951", rate=IC_RATE,
   exp=ic, crit_text={"6": IC6, "7": IC7, "8": IC8}, refs=["Bert van Norel", "Gonny Dijkhuizen"],
   must_have=[IC_EDU, IC_IDW],
   left=[("h", "Contact"), ("p", "ines.carvalho@example.nl"), ("p", "06-48203951"), ("p", "Ermelo"),
         ("h", "Tarief"), ("p", IC_RATE),
         ("h", "Talen"), ("bl", ["Nederlands", "Portugees", "Engels"])],
   right=[("title", "Inês Carvalho"),
          ("h", "Profiel"),
          ("p", "Ik geef sinds 2016 leiding aan het sociaal wijkteam van Ermelo. Mijn opleiding in het sociaal "
                "werk volgde ik in Portugal; sinds 2012 woon en werk ik in Nederland."),
          ("h", "Werkervaring"),
          ("pos", "sample", ic),
          ("h", "Opleiding"),
          ("p", IC_EDU), ("p", IC_IDW),
          ("h", "Referenties"),
          ("p", "Bert van Norel, afdelingsmanager Samenleving, gemeente Ermelo, 06-48203952"),
          ("p", "Gonny Dijkhuizen, wethouder Zorg, gemeente Ermelo, 06-48203953")],
   expect=dict(pages=1, edu=("ad", False, False), coord=116, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'Técnico Superior Profissional em Serviço Social (CTeSP, twee jaar) … diploma 2011' "
                     "with the IDW (Nuffic) valuation 'vergelijkbaar met een Associate degree (hbo, niveau 5), niet "
                     "met een bachelor' -> the Dutch equivalent is an Ad -> highest level ad, no hbo bachelor, "
                     "knock-out 2 fail, not MWD (criterion 4 = 0). Teamleider Sociaal Wijkteam, Gemeente Ermelo "
                     "2016-04..2025-11 = 116. Wijkcoach: no leading role. 85 points; a wrong pass would rank her "
                     "first among the 85s at € 84."))

# ------------------------------------------------------------------------- Sietse Hoogland (pdf)
# TRAP (wrong pass, knock-out 3): "Manager Sociaal Domein | Vereniging van Nederlandse Gemeenten (VNG)"
# (119): manager + sociaal domein + "Gemeenten" in the employer's name, but the VNG is the association of
# municipalities (a vereniging), not a gemeente or welzijnsstichting -> not relevant. Relevant only
# Teamleider Wmo, Gemeente Leidschendam-Voorburg 2011-06..2015-12 = 55 -> fail (174 if counted).
SH6, SH7, SH8 = crits("Leidschendam-Voorburg", "Samen sterk in de wijk",
                      "een wijkpunt in Prinsenhof, een mantelzorgcafé en een klussendienst", "DSW")
SH_VNG = ("Leiding aan het team Sociaal Domein van de VNG (14 adviseurs): belangenbehartiging voor en "
          "ondersteuning van de aangesloten gemeenten bij Wmo en jeugd.")
sh = [pos("januari 2016 – heden", "Manager Sociaal Domein", "Vereniging van Nederlandse Gemeenten (VNG), Den Haag",
          [SH_VNG], ("2016-01", REF), 119, False),
      pos("juni 2011 – december 2015", "Teamleider Wmo", "Gemeente Leidschendam-Voorburg",
          ["Leiding aan het Wmo-team (10 consulenten); formatie, werving en budget.", SH6, SH7, SH8],
          ("2011-06", "2015-12"), 55, True),
      pos("maart 2006 – mei 2011", "Beleidsmedewerker Wmo", "Gemeente Leidschendam-Voorburg",
          ["Voorbereiding van de Wmo-verordening."], ("2006-03", "2011-05"), 63, False)]
SH_RATE = "Uurtarief: € 91,- excl. btw"
cv(file="Sietse Hoogland.pdf", fmt="pdf", layout="single",
   name="Sietse Hoogland", email="sietse.hoogland@example.nl", phone="06-20573916", rate=SH_RATE,
   exp=sh, crit_text={"6": SH6, "7": SH7, "8": SH8}, refs=["Marijke Stolk", "Ton Verhagen"],
   must_have=[SH_VNG],
   body=[("title", "Sietse Hoogland"),
         ("p", "Den Haag  |  06-20573916  |  sietse.hoogland@example.nl"),
         ("pb", SH_RATE),
         ("h", "Profiel"),
         ("p", "Ruim tien jaar manager en teamleider in het sociaal domein, de laatste jaren landelijk voor "
               "alle gemeenten."),
         ("h", "Werkervaring"),
         ("pos", "pipe", sh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Haagse Hogeschool — diploma 2005"),
         ("h", "Referenties"),
         ("p", "Marijke Stolk, directeur Sociaal Domein, VNG, 06-20573917"),
         ("p", "Ton Verhagen, wethouder Zorg, gemeente Leidschendam-Voorburg, 06-20573918")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=55, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 0, 15, 20, 25),
               notes="Manager Sociaal Domein at the Vereniging van Nederlandse Gemeenten (VNG) 2016-01..2025-11 = "
                     "119: the association of municipalities (lobby and support for its members), not a gemeente "
                     "and not a welzijnsstichting -> not relevant (174 if counted: a wrong knock-out 3 pass). "
                     "Teamleider Wmo, Gemeente Leidschendam-Voorburg 2011-06..2015-12 = 55 -> knock-out 3 fail, "
                     "criterion 5 = 0. Beleidsmedewerker: no leading role. HBO MWD. 75 points, not eligible."))

# ------------------------------------------------------------------------- Femke Doornbos (docx)
# TRAP (wrong pass, references): two lines under "Referenties", both Gerrit Lubbers with the same phone
# number: once as directeur-bestuurder of Stichting Welzijn Ermelo (now), once as her former
# afdelingsmanager at the gemeente Harderwijk (then) -> one referee, references fail.
FD6, FD7, FD8 = crits("Harderwijk", "Iedereen doet mee", "een huiskamer in Drielanden, een mantelzorgpunt en "
                      "een schuldhulpspreekuur", "Zilveren Kruis")
FD_R1 = "Gerrit Lubbers, directeur-bestuurder Stichting Welzijn Ermelo, 06-57390214"
FD_R2 = "Gerrit Lubbers, mijn afdelingsmanager Samenleving bij de gemeente Harderwijk (2014 – 2019), 06-57390214"
fd = [pos("januari 2020 – heden", "Manager Welzijn", "Stichting Welzijn Ermelo",
          ["Leiding aan het welzijnswerk (22 medewerkers); formatie, werving en budget.", FD6, FD7, FD8],
          ("2020-01", REF), 71, True),
      pos("maart 2014 – december 2019", "Teamleider Jeugd", "Gemeente Harderwijk",
          ["Leiding aan het jeugdteam (9 jeugdconsulenten)."], ("2014-03", "2019-12"), 70, True)]
FD_RATE = "Uurtarief: € 88,- excl. btw"
cv(file="Femke Doornbos.docx", fmt="docx", layout="header",
   header="Femke Doornbos  |  Ermelo  |  06-57390213  |  femke.doornbos@example.nl",
   name="Femke Doornbos", email="femke.doornbos@example.nl", phone="06-57390213", rate=FD_RATE,
   exp=fd, crit_text={"6": FD6, "7": FD7, "8": FD8}, refs=["Gerrit Lubbers"],
   must_have=[FD_R1, FD_R2],
   body=[("title", "Curriculum vitae"),
         ("pb", FD_RATE),
         ("h", "Profiel"),
         ("p", "Manager Welzijn in Ermelo; daarvoor teamleider jeugd bij de gemeente Harderwijk."),
         ("h", "Werkervaring"),
         ("eu_pos", fd),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim — diploma 2008"),
         ("h", "Referenties"),
         ("p", FD_R1),
         ("p", FD_R2)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=141, refs=(1, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="References: both lines name Gerrit Lubbers with the same phone number 06-57390214 — once in "
                     "his present function (directeur-bestuurder Stichting Welzijn Ermelo), once as her former "
                     "afdelingsmanager at the gemeente Harderwijk -> one person, 1 reference, not on request -> "
                     "references check fail (2 if the lines are counted: a wrong pass). Manager Welzijn, Stichting "
                     "Welzijn Ermelo 2020-01..2025-11 = 71 + Teamleider Jeugd, Gemeente Harderwijk 2014-03..2019-12 "
                     "= 70 -> 141. Bachelor Social Work. 100 points, not eligible (references)."))

# ------------------------------------------------------------------------- Wessel Brink (docx)
# TRAP (wrong pass, knock-out 2 / criterion 4): the only diploma is "MDGO-MW … richting Maatschappelijk
# Werk … diploma 1995": the MDGO was the *middelbare* (secondary vocational) training, the predecessor
# of MBO SMD/SPW -> mbo, fail, not MWD, although it says "Maatschappelijk Werk" and "diploma".
WB6, WB7, WB8 = crits("Zwolle", "Zwolle doet mee", "een buurtkamer in Holtenbroek, een taalcafé en "
                      "maatjesprojecten", "Zilveren Kruis")
WB_EDU = ("MDGO-MW (Middelbaar Dienstverlenings- en Gezondheidszorgonderwijs, richting Maatschappelijk Werk), "
          "Deltion College Zwolle — diploma 1995")
wb = [pos("mei 2013 – heden", "Coördinator Welzijn", "Stichting Welzijn Zwolle",
          ["Leiding aan het team welzijn (18 medewerkers, ouderenwerk en buurtwerk); formatie, werving en budget.",
           WB6, WB7, WB8], ("2013-05", REF), 151, True),
      pos("augustus 1995 – april 2013", "Ouderenadviseur", "Stichting Welzijn Zwolle",
          ["Huisbezoeken en advies aan ouderen."], ("1995-08", "2013-04"), 213, False)]
WB_RATE = "Uurtarief: € 85,- excl. btw"
cv(file="Wessel Brink.docx", fmt="docx", layout="single",
   name="Wessel Brink", email="wessel.brink@example.nl", phone="06-70318264", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Hennie Klomp", "Anja Westerhof"],
   must_have=[WB_EDU],
   body=[("title", "Wessel Brink"),
         ("p", "Zwolle  |  06-70318264  |  wessel.brink@example.nl"),
         ("pb", WB_RATE),
         ("h", "Profiel"),
         ("p", "Al dertig jaar in het welzijnswerk in Zwolle, sinds 2013 als coördinator."),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), wb),
         ("h", "Taken per functie"),
         ("tasks", wb),
         ("h", "Opleiding"),
         ("p", WB_EDU),
         ("h", "Referenties"),
         ("p", "Hennie Klomp, directeur-bestuurder Stichting Welzijn Zwolle, 06-70318265"),
         ("p", "Anja Westerhof, wethouder Welzijn, gemeente Zwolle, 06-70318266")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=151, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Education: 'MDGO-MW (Middelbaar Dienstverlenings- en Gezondheidszorgonderwijs, richting "
                     "Maatschappelijk Werk) … diploma 1995' -> a middelbare beroepsopleiding (the predecessor of MBO "
                     "SMD), not the hbo MWD -> mbo, knock-out 2 fail, not MWD. Coördinator Welzijn, Stichting Welzijn "
                     "Zwolle 2013-05..2025-11 = 151. Ouderenadviseur: no leading role. 85 points, not eligible."))

# ------------------------------------------------------------------------- Ruud Hofstede (pdf)
# TRAP (wrong pass, knock-out 3): one employment line "maart 2019 – heden | Teamleider Wmo — Gemeente
# Harderwijk"; its bullets say he was teamleider only "maart 2019 – december 2022" and is beleidsadviseur
# (no leading tasks) since "januari 2023 – heden" -> 46 + Coördinator Mantelzorg, Stichting Welzijn
# Harderwijk 2018-05..2019-02 (10) = 56 -> fail (91 if the whole line is counted).
RH6, RH7, RH8 = crits("Harderwijk", "Thuis in Harderwijk", "een wijkpunt in Stadsdennen, een mantelzorgcafé "
                      "en een klussendienst", "Menzis")
RH_TL = ("maart 2019 – december 2022: teamleider van het Wmo-team (11 consulenten); formatie, werving en budget.")
RH_BA = ("januari 2023 – heden: op eigen verzoek Beleidsadviseur Wmo, zonder leidinggevende taken "
         "(verordening, inkoop en monitoring).")
rh = [pos("maart 2019 – december 2022", "Teamleider Wmo", "Gemeente Harderwijk", [RH_TL],
          ("2019-03", "2022-12"), 46, True),
      pos("januari 2023 – heden", "Beleidsadviseur Wmo", "Gemeente Harderwijk", [RH_BA],
          ("2023-01", REF), 35, False),
      pos("mei 2018 – februari 2019", "Coördinator Mantelzorg", "Stichting Welzijn Harderwijk",
          ["Leiding aan het mantelzorgsteunpunt (4 medewerkers, 60 vrijwilligers)."], ("2018-05", "2019-02"), 10, True),
      pos("september 2009 – april 2018", "Mantelzorgconsulent", "Stichting Welzijn Harderwijk",
          ["Ondersteuning van mantelzorgers."], ("2009-09", "2018-04"), 104, False)]
RH_RATE = "Uurtarief: € 87,- excl. btw"
RH_HEAD = "maart 2019 – heden"
cv(file="Ruud Hofstede.pdf", fmt="pdf", layout="single",
   name="Ruud Hofstede", email="ruud.hofstede@example.nl", phone="06-84026175", rate=RH_RATE,
   exp=rh, crit_text={"6": RH6, "7": RH7, "8": RH8}, refs=["Yvonne Jager", "Peter Smalbrugge"],
   must_have=[RH_HEAD, RH_TL, RH_BA],
   body=[("title", "Ruud Hofstede"),
         ("p", "Harderwijk  |  06-84026175  |  ruud.hofstede@example.nl"),
         ("pb", RH_RATE),
         ("h", "Profiel"),
         ("p", "Sinds 2019 werk ik bij de gemeente Harderwijk in de Wmo, eerst als teamleider en nu als "
               "beleidsadviseur."),
         ("h", "Werkervaring"),
         ("pb", RH_HEAD),
         ("p", "Teamleider Wmo — Gemeente Harderwijk"),
         ("bl", [RH_TL, RH_BA, RH6, RH7, RH8]),
         ("pos", "datebold", rh[2:]),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim — diploma 2009"),
         ("h", "Referenties"),
         ("p", "Yvonne Jager, afdelingsmanager Samenleving, gemeente Harderwijk, 06-84026176"),
         ("p", "Peter Smalbrugge, directeur Stichting Welzijn Harderwijk, 06-84026177")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=56, refs=(2, False), zzp=False, hourly=87.0,
               crit=(15, 0, 15, 20, 25),
               notes="One employment line 'maart 2019 – heden / Teamleider Wmo — Gemeente Harderwijk', whose "
                     "bullets say 'maart 2019 – december 2022: teamleider van het Wmo-team …' and 'januari 2023 – "
                     "heden: op eigen verzoek Beleidsadviseur Wmo, zonder leidinggevende taken' -> the leading role "
                     "is 2019-03..2022-12 = 46; + Coördinator Mantelzorg, Stichting Welzijn Harderwijk "
                     "2018-05..2019-02 = 10 -> 56, knock-out 3 fail, criterion 5 = 0 (91 if the line's 'heden' is "
                     "taken for the teamleider: a wrong pass). Mantelzorgconsulent: no leading role. HBO MWD. "
                     "75 points, not eligible."))
