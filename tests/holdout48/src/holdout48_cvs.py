# -*- coding: utf-8 -*-
"""Holdout round 48 for zeef: an ordinary night's inbox, third series. 10 fictional CVs (5 PDF, 5 DOCX) as
suppliers really send them for the Heerde request, in the layouts the request invites (single column, sidebar
table, Europass, experience table, contact in the page header -- each once as PDF and once as DOCX), from people
of very different backgrounds:

  - a career switcher from education (a teacher with a Pabo who became coordinator of a brede school at a welfare
    foundation, then teamleider at a gemeente) -- criterion 5 depends on the brede-school years;
  - a nurse who became a teamleider in the social domain, with two degrees: HBO-V (completed) and a shortened
    Bachelor Social Work that she did NOT finish -- so no criterion 4;
  - someone back after nine years in Flanders (Belgian employers with Flemish titles: "Teamverantwoordelijke",
    "Diensthoofd", at OCMW / Gemeente en OCMW Lommel) -- knock-out 3 depends on those years;
  - a long career of many short interim assignments at several municipalities at once, all as an employee of a
    detacheerder (overlaps count once; "interim" is no ZZP here), and an unfinished master;
  - a young manager with exactly 60 months (knock-out 3 passes by the month; criterion 5 = 0).

Seven are eligible with scores 100, 100, 85, 85, 80, 75, 55: the two on 85 tie exactly and the hourly rate decides
the third shortlist place (EUR 83,50 against 84); the two on 100 also tie (EUR 86 against 89). Three are not
eligible for ordinary reasons: a teamleider at a care group (Stichting Zorggroep, not a welfare foundation) with
57 months at a gemeente; an eenmanszaak with a KvK number (review); a CV of six pages.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position by
hand; tests/holdout2/src/expected.py re-derives them from the printed dates). Every person, foundation, company,
KvK number, phone number, e-mail address and reference here is made up. Employers are real municipalities (Dutch,
and Lommel in Belgium) and fictional foundations and companies. See tests/holdout2/src/cvset.py for the field list.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)


def refs_block(*lines, head="Referenties"):
    return [("h", head)] + [("p", x) for x in lines]


# ================================================================================================ ELIGIBLE

# ------------------------------------------------------------------------- Sanne Verhaag (pdf) header, Flanders
# Back after nine years in Belgium. Contact only in the page header. The Belgian years carry Flemish titles:
# "Teamverantwoordelijke Thuiszorg en Welzijn, OCMW Lommel (België)" and "Diensthoofd Sociale Dienst, Gemeente en
# OCMW Lommel (België)" (the OCMW merged into the gemeente in 2019). Back in NL since September 2022: 39 months,
# so knock-out 3 depends on the Belgian years (target: a wrong fail).
SV6 = ("Voorbeeld van beleid naar resultaat: het beleidskader 'Bergeijk dichtbij' (2023) heb ik samen met de "
       "beleidsadviseur uitgewerkt tot een jaarwerkplan voor de wijkteams met drie concrete projecten: een inloop "
       "in elke kern, een vaste contactpersoon per huisartsenpraktijk en een budgetcoach. Resultaat: de wachttijd "
       "voor een eerste gesprek ging van vijf naar twee weken.")
SV7 = ("Goede contacten met zorgaanbieders, huisartsen en zorgverzekeraar CZ over de wijkverpleging; in Lommel "
       "bouwde ik mee aan een publiek-private samenwerking met een woonzorgcentrum en een lokale supermarkt voor "
       "een boodschappendienst aan huis.")
SV8 = ("Trekker van het veranderproject bij de integratie van OCMW en gemeente (2019): één sociaal loket, nieuwe "
       "functieprofielen en één manier van werken voor 26 medewerkers.")
sv = [pos("sept. 2022 – heden", "Coördinator Wijkteams", "Gemeente Bergeijk",
          ["Coördinatie van twee wijkteams (15 professionals Wmo, jeugd en welzijn); formatie, roosters en "
           "werving in afstemming met HR.", SV6, SV7],
          ("2022-09", REF), 39, True),
      pos("januari 2019 – juni 2022", "Diensthoofd Sociale Dienst", "Gemeente en OCMW Lommel (België)",
          ["Leidinggevende van 26 medewerkers: maatschappelijk werkers, de thuiszorgdienst en het sociaal loket.",
           "Budgetverantwoordelijke; rapportage aan de schepen van Welzijn en het vast bureau.", SV8],
          ("2019-01", "2022-06"), 42, True),
      pos("september 2013 – december 2018", "Teamverantwoordelijke Thuiszorg en Welzijn", "OCMW Lommel (België)",
          ["Leiding aan het team thuiszorg en welzijn (12 medewerkers: gezinszorg, poetshulp, dienstencentrum).",
           "Opvolging van de zorgplanning en van de vrijwilligers in het lokaal dienstencentrum."],
          ("2013-09", "2018-12"), 64, True),
      pos("2008 – 2013", "Maatschappelijk werker", "CAW De Kempen (België)",
          ["Algemeen welzijnswerk in Mol en Lommel: schuldbemiddeling, crisisopvang en begeleiding van gezinnen."],
          ("2008-01", "2013-12"), 72, False, yearonly=True)]
SV_RATE = "Uurtarief: € 86,- excl. btw"
cv(file="Sanne Verhaag.pdf", fmt="pdf", layout="header",
   header="Sanne Verhaag  ·  Westerhoven  ·  06-38 27 19 46  ·  sanne.verhaag@example.nl",
   name="Sanne Verhaag", email="sanne.verhaag@example.nl", phone="06-38 27 19 46", rate=SV_RATE,
   exp=sv, crit_text={"6": SV6, "7": SV7, "8": SV8}, refs=["Tine Peeters", "Ruud van Asten"],
   must_have=["Teamverantwoordelijke Thuiszorg en Welzijn", "Diensthoofd Sociale Dienst"],
   body=[("title", "Curriculum vitae"),
         ("p", "Coördinator wijkteams  —  beschikbaar per 1 januari 2026, 24 uur per week"),
         ("pb", SV_RATE),
         ("h", "Profiel"),
         ("p", "Na mijn studie in Eindhoven ben ik in 2008 met mijn partner over de grens gaan wonen en heb ik "
               "veertien jaar in Vlaanderen gewerkt, de laatste negen jaar als leidinggevende bij het OCMW en de "
               "gemeente Lommel. Sinds 2022 woon ik weer in Nederland en coördineer ik de wijkteams van Bergeijk. "
               "Ik ken twee manieren om het sociaal domein te organiseren en neem uit beide het beste mee."),
         ("p", "In Vlaanderen heet een teamleider 'teamverantwoordelijke' en een afdelingshoofd 'diensthoofd'; "
               "het OCMW is het openbaar centrum voor maatschappelijk welzijn van de gemeente."),
         ("h", "Werkervaring"),
         ("pos", "datebold", sv),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Fontys Hogeschool Mens en Maatschappij, Eindhoven — diploma 2007"),
         ("p", "Getuigschrift Leidinggeven in lokale besturen, Vlaamse Vereniging voor Steden en Gemeenten, 2016"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Frans (goed), Engels (goed)")]
   + refs_block("Tine Peeters, algemeen directeur Gemeente en OCMW Lommel, +32 11 39 92 10",
                "Ruud van Asten, teamleider Samenleving, gemeente Bergeijk, 06-51 90 37 28"),
   expect=dict(pages=2, edu=("hbo", True, True), coord=145, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 1 (tie on 100 won on the rate, EUR 86 < 89). Coördinator Wijkteams, Gemeente "
                     "Bergeijk 'sept. 2022 – heden' = 2022-09..2025-11 = 39 + Diensthoofd Sociale Dienst, Gemeente "
                     "en OCMW Lommel (België) 'januari 2019 – juni 2022' = 42 + Teamverantwoordelijke Thuiszorg en "
                     "Welzijn, OCMW Lommel (België) 'september 2013 – december 2018' = 64 -> 2013-09..2022-06 = 106 "
                     "+ 39 = 145. The Flemish titles are a team leader ('teamverantwoordelijke', 'leiding aan het "
                     "team') and a head of department ('diensthoofd', 'leidinggevende van 26 medewerkers'); the "
                     "OCMW is the municipality's public social-welfare centre (merged into the gemeente in 2019) "
                     "-> both relevant. Without them 39 < 60 -> that would be a wrong fail of ko 3. Maatschappelijk "
                     "werker at CAW (72, year-only): no leading role. Bachelor Social Work (diploma) -> mwd. Two "
                     "named referees. 100 points, EUR 86."))

# ------------------------------------------------------------------------- Roos Eijkelkamp (docx) sidebar, control
# An ordinary strong CV: Manager Sociaal Domein, Gemeente Hof van Twente + Teamleider Wmo, Gemeente Rijssen-Holten.
RE6 = ("Concreet voorbeeld: de visie 'Samen Hof van Twente' (2020) heb ik met de teams omgezet in een jaarwerkplan "
       "met zes projecten. Resultaat: een dorpsondersteuner in alle kernen en 8 % lagere Wmo-uitgaven in 2023.")
RE7 = ("Gesprekspartner van zorgaanbieders, de patiëntenvereniging, zorgverzekeraar Menzis en de partners in de "
       "PPS rond het Gezondheidshuis Goor.")
RE8 = ("Verandertraject: leiding aan de herinrichting van de toegang naar één sociaal team (2021 – 2022); Prince2 "
       "Foundation gecertificeerd.")
re_ = [pos("november 2019 – heden", "Manager Sociaal Domein", "Gemeente Hof van Twente",
           ["Leiding aan drie teams (Wmo, jeugd, welzijn; 31 medewerkers); formatie, werving & selectie en "
            "budget.", RE6, RE7, RE8],
           ("2019-11", REF), 73, True),
       pos("april 2013 – oktober 2019", "Teamleider Wmo", "Gemeente Rijssen-Holten",
           ["Leiding aan 14 Wmo-consulenten; keukentafelgesprekken, kwaliteit en verzuim."],
           ("2013-04", "2019-10"), 79, True),
       pos("2008 – 2012", "Wmo-consulent", "Gemeente Rijssen-Holten",
           ["Indicaties voor huishoudelijke hulp, hulpmiddelen en woningaanpassingen."],
           ("2008-01", "2012-12"), 60, False, yearonly=True)]
RE_RATE = "€ 89,00 per uur excl. btw"
cv(file="Roos Eijkelkamp.docx", fmt="docx", layout="sidebar",
   name="Roos Eijkelkamp", email="r.eijkelkamp@example.com", phone="06 4172 8390", rate=RE_RATE,
   exp=re_, crit_text={"6": RE6, "7": RE7, "8": RE8}, refs=["Gerard Nijhuis", "Hanneke Kolthof"],
   left=[("h", "Contact"),
         ("p", "Goor"), ("p", "06 4172 8390"), ("p", "r.eijkelkamp@example.com"),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening"),
         ("p", "Saxion Enschede, 2003 – 2007, diploma"),
         ("h", "Tarief"),
         ("p", RE_RATE),
         ("h", "Beschikbaar"),
         ("p", "24 uur per week, per 1 januari 2026")],
   right=[("title", "Roos Eijkelkamp"),
          ("p", "Manager sociaal domein"),
          ("h", "Profiel"),
          ("p", "Manager met ruim twaalf jaar leidinggevende ervaring in Twente. Ik geef richting, houd de "
                "randvoorwaarden op orde en geef medewerkers ruimte voor eigen initiatief."),
          ("h", "Werkervaring"),
          ("pos", "next", re_),
          ("h", "Referenties"),
          ("p", "Gerard Nijhuis, gemeentesecretaris Hof van Twente, 06 4172 8391"),
          ("p", "Hanneke Kolthof, afdelingshoofd Samenleving, gemeente Rijssen-Holten, 06 4172 8392")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=152, refs=(2, False), zzp=False, hourly=89.0,
               crit=(15, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 2 (tie on 100 lost on the rate). Manager Sociaal Domein, Gemeente Hof van "
                     "Twente 'november 2019 – heden' = 2019-11..2025-11 = 73 + Teamleider Wmo, Gemeente "
                     "Rijssen-Holten 'april 2013 – oktober 2019' = 79 -> 152. Wmo-consulent 2008 – 2012 (60): no "
                     "leading role. HBO MWD (diploma) in the sidebar. 100 points, EUR 89."))

# ------------------------------------------------------------------------- Wilma Brinkhorst (pdf) single, teacher
# Career switcher from education: eleven years a teacher (Pabo), then coördinator of a brede school at a welfare
# foundation, since 2020 teamleider at the gemeente. Gemeente alone 64 (>= 60, < 72): criterion 5 depends on the
# brede-school years at the Stichting Welzijn (55). Pabo = completed HBO bachelor, not MWD -> 85; ties with Yvonne
# Lankhorst on 85 and wins on the rate (EUR 83,50 < 84) -> third shortlist place.
WB6 = ("Wat ik met beleid heb bereikt: de jeugdnota 'Opgroeien in Deventer' hebben we in 2022 omgezet in een "
       "uitvoeringsplan met vier projecten, waaronder een jongerenwerker op elke middelbare school. Na twee jaar "
       "waren er 25 % minder verwijzingen naar de jeugdhulp.")
WB7 = ("Ik overleg wekelijks met zorgaanbieders in de jeugdhulp, de jeugdarts van de GGD en de huisartsen; bij de "
       "brede school werkten we in een publiek-private samenwerking met de kinderopvang en een sportvereniging.")
WB8 = ("Projectleider 'Kindcentrum Oost' (2018 – 2020): twee scholen, de kinderopvang en het welzijnswerk onder "
       "één dak, van plan van aanpak tot de opening.")
wb = [pos("aug 2020 – heden", "Teamleider Jeugd en Onderwijs", "Gemeente Deventer",
          ["Leiding aan 13 medewerkers: jeugdconsulenten, leerplicht en de schoolmaatschappelijk werkers.",
           "Formatie en werving in overleg met HR; verdeling van de uren over de wijken.", WB6, WB7],
          ("2020-08", REF), 64, True),
      pos("januari 2016 – juli 2020", "Coördinator Brede School", "Stichting Welzijn Deventer-Oost",
          ["Coördinatie van de brede school in Deventer-Oost: naschoolse activiteiten, opvoedondersteuning en de "
           "inloop voor ouders; aansturing van vier jongerenwerkers en 40 vrijwilligers.", WB8],
          ("2016-01", "2020-07"), 55, True),
      pos("aug 2004 – dec 2015", "Leerkracht groep 6 tot en met 8", "OBS De Boomgaard, Deventer",
          ["Lesgeven, oudergesprekken en de overdracht naar het voortgezet onderwijs; bouwcoördinator "
           "bovenbouw (2011 – 2015)."],
          ("2004-08", "2015-12"), 137, False)]
WB_RATE = "Uurtarief: € 83,50 (excl. btw)"
cv(file="Wilma Brinkhorst.pdf", fmt="pdf", layout="single",
   name="Wilma Brinkhorst", email="wilma.brinkhorst@example.nl", phone="0570-62 14 83", rate=WB_RATE,
   exp=wb, crit_text={"6": WB6, "7": WB7, "8": WB8}, refs=["Marja Schutte", "Henk-Jan Beltman"],
   must_have=["Pabo (leraar basisonderwijs)"],
   body=[("title", "Wilma Brinkhorst"),
         ("p", "Deventer  |  0570-62 14 83  |  wilma.brinkhorst@example.nl"),
         ("h", "Over mij"),
         ("p", "Ik ben begonnen als juf. Na elf jaar voor de klas wilde ik niet alleen de kinderen, maar ook hun "
               "ouders en de wijk bereiken; zo kwam ik bij het welzijnswerk en later bij de gemeente terecht. Ik "
               "kijk vanuit het kind en het gezin, en ik weet hoe een school van binnen werkt."),
         ("h", "Werkervaring"),
         ("pos", "sample", wb),
         ("h", "Opleiding"),
         ("p", "Pabo (leraar basisonderwijs), Saxion Hogeschool Deventer — diploma 2004"),
         ("p", "Post-hbo Jeugd en Gezin, Hogeschool Windesheim Zwolle, 2016 — certificaat"),
         ("h", "Tarief en beschikbaarheid"),
         ("p", WB_RATE),
         ("p", "Beschikbaar per 1 december 2025, 24 uur per week.")]
   + refs_block("Marja Schutte, afdelingsmanager Sociaal Domein, gemeente Deventer, 0570-69 39 11",
                "Henk-Jan Beltman, directeur Stichting Welzijn Deventer-Oost, 06-23 81 47 09"),
   expect=dict(pages=1, edu=("hbo", True, False), coord=119, refs=(2, False), zzp=False, hourly=83.5,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3, shortlisted (tie on 85 won on the rate: EUR 83,50 < 84). Teamleider Jeugd en "
                     "Onderwijs, Gemeente Deventer 'aug 2020 – heden' = 2020-08..2025-11 = 64 + Coördinator Brede "
                     "School, Stichting Welzijn Deventer-Oost 'januari 2016 – juli 2020' = 55 -> contiguous "
                     "2016-01..2025-11 = 119. The brede school is welfare work for children and parents at a "
                     "welzijnsstichting, she coordinated it -> relevant; it decides criterion 5 (64 alone < 72). "
                     "Leerkracht (137, with 'bouwcoördinator bovenbouw' at a school): a school is neither a gemeente "
                     "nor a welzijnsstichting -> not relevant. Pabo (diploma 2004): a completed HBO bachelor, not "
                     "MWD/Social Work -> ko 2 pass, criterion 4 = 0; post-hbo certificate is a course. 85 points."))

# ------------------------------------------------------------------------- Yvonne Lankhorst (docx) Europass, nurse
# Nurse turned teamleider: HBO-V (completed) and a shortened part-time Bachelor Social Work "niet afgerond" (stopped
# at the graduation assignment). mwd false -> criterion 4 = 0 -> 85; loses the tie on 85 to Wilma (84 > 83,50).
YL6 = ("Beleid naar praktijk: de nota 'Raalte zorgt voor elkaar' heb ik met het team vertaald in concrete "
       "afspraken en projecten, zoals valpreventie met de fysiotherapeuten. Resultaat: 18 % minder valincidenten "
       "bij 75-plussers in 2023.")
YL7 = ("Korte lijnen met zorgaanbieders, de wijkverpleging, huisartsen en zorgverzekeraar Salland; namens de "
       "gemeente in het regionale overleg 'Gezond Salland' (publiek-private samenwerking van gemeente, "
       "zorgverzekeraar en zorgaanbieders).")
YL8 = ("Veranderopgave: in 2019 heb ik het sociaal team door de reorganisatie naar wijkgericht werken geleid (drie "
       "wijkteams, nieuwe werkprocessen, scholing).")
yl = [pos("01/2018 – heden", "Teamleider Sociaal Team", "Gemeente Raalte",
          ["Leiding aan het sociaal team (18 medewerkers); formatie, inzet van uren en werving.", YL6, YL7, YL8],
          ("2018-01", REF), 95, True),
      pos("03/2011 – 12/2017", "Coördinator Zorg en Welzijn", "Gemeente Olst-Wijhe",
          ["Coördinatie van de Wmo-consulenten en de ouderenadviseurs (9 medewerkers)."],
          ("2011-03", "2017-12"), 82, True),
      pos("09/2001 – 02/2011", "Wijkverpleegkundige", "Sallandzorg Thuiszorg B.V.",
          ["Verpleegkundige zorg thuis, indicatiestelling en coördinatie van de zorg rond kwetsbare ouderen."],
          ("2001-09", "2011-02"), 114, False)]
YL_RATE = "tarief 84,- euro per uur ex btw"
YL_SW = "Bachelor Social Work (verkort deeltijdtraject)"
cv(file="Yvonne Lankhorst.docx", fmt="docx", layout="single",
   name="Yvonne Lankhorst", email="y.lankhorst@example.nl", phone="06-19 44 27 58", rate=YL_RATE,
   exp=yl, crit_text={"6": YL6, "7": YL7, "8": YL8}, refs=["Bert Wolters", "Ineke Scholten"],
   must_have=[YL_SW, "niet afgerond"],
   body=[("title", "Yvonne Lankhorst"),
         ("p", "Europass-cv"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Yvonne Lankhorst"]),
                   ("Woonplaats", ["Heino"]),
                   ("Telefoon", ["06-19 44 27 58"]),
                   ("E-mail", ["y.lankhorst@example.nl"]),
                   ("Tarief", [YL_RATE])]),
         ("h", "Functieprofiel"),
         ("p", "Van wijkverpleegkundige naar leidinggevende in het sociaal domein: ik weet wat zorg thuis vraagt "
               "en hoe je een team daar omheen organiseert."),
         ("h", "Werkervaring"),
         ("eu_pos", yl),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("1997 – 2001", ["HBO-Verpleegkunde (HBO-V)", "Saxion Hogeschool Deventer — diploma behaald"]),
                   ("2017 – 2019", [YL_SW, "Hogeschool Windesheim Zwolle — niet afgerond (gestopt tijdens de "
                                           "afstudeeropdracht)"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands"]),
                   ("Andere talen", ["Engels (B1), Duits (B1)"]),
                   ("Rijbewijs", ["B"])])]
   + refs_block("Bert Wolters, afdelingsmanager Samenleving, gemeente Raalte, 0572-34 77 00",
                "Ineke Scholten, voormalig teamleider Zorg, gemeente Olst-Wijhe, 06-19 44 27 59"),
   expect=dict(pages=2, edu=("hbo", True, False), coord=177, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 4 (tie on 85 lost on the rate: 84 > 83,50). Teamleider Sociaal Team, Gemeente "
                     "Raalte '01/2018 – heden' = 2018-01..2025-11 = 95 + Coördinator Zorg en Welzijn, Gemeente "
                     "Olst-Wijhe '03/2011 – 12/2017' = 82 -> contiguous 2011-03..2025-11 = 177. Wijkverpleegkundige "
                     "at a thuiszorg B.V. (114): no leading title, no gemeente/welzijnsstichting. Education: HBO-V "
                     "'diploma behaald' -> hbo, completed -> ko 2 pass; Bachelor Social Work 2017 – 2019 'niet "
                     "afgerond (gestopt tijdens de afstudeeropdracht)' -> not completed -> mwd false, criterion "
                     "4 = 0. 85 points."))

# ------------------------------------------------------------------------- Theo Wentink (docx) experience table
# A long career of short interim assignments at several municipalities at once, all seconded from his permanent
# job at a detacheerder (so "interim" is no ZZP: ko 1 pass). Overlaps count once: summed 128, merged 114. A
# projectleider assignment in between is no coordinator role. HBO MWD + a master "niet afgerond" -> hbo. No
# partners outside the gemeente -> criterion 7 = 0 -> 80.
TW6 = ("Voorbeeld (Elburg): het beleidsplan sociaal domein 2021 – 2024 heb ik vertaald naar een jaarplan voor het "
       "sociaal team met vijf concrete acties; na een jaar was de wachtlijst weggewerkt en werkten alle "
       "consulenten volgens één werkwijze.")
TW8 = ("Kwartiermaker en projectleider bij verschillende verandertrajecten: de transformatie jeugd in Zutphen, de "
       "herinrichting van het Wmo-loket in Voorst en de invoering van DA Systems in Hattem.")
TW_DIENST = ("Sinds september 2015 ben ik in vaste dienst bij Inzet Overijssel Detachering B.V. in Deventer; alle "
             "interimopdrachten hieronder zijn detacheringen vanuit dat dienstverband.")
tw = [pos("jan 2023 – heden", "Interim-coördinator Wmo", "Gemeente Hattem",
          ["16 uur per week: coördinatie van de Wmo-consulenten en de invoering van DA Systems."],
          ("2023-01", REF), 35, True),
      pos("sep 2023 – jun 2024", "Interim-teamleider Jeugd", "Gemeente Oldebroek",
          ["12 uur per week, naast Hattem: leiding aan het jeugdteam tijdens ziekte van de vaste teamleider."],
          ("2023-09", "2024-06"), 10, True),
      pos("mrt 2021 – dec 2022", "Interim-coördinator Sociaal Team", "Gemeente Elburg",
          ["Coördinatie van het sociaal team (11 medewerkers).", TW6],
          ("2021-03", "2022-12"), 22, True),
      pos("okt 2020 – jun 2021", "Interim-manager Participatie", "Gemeente Epe",
          ["Leiding aan het team werk en inkomen na het vertrek van de manager; werving van een opvolger."],
          ("2020-10", "2021-06"), 9, True),
      pos("feb 2019 – sep 2020", "Interim-teamleider Wmo-loket", "Gemeente Voorst",
          ["Leiding aan het Wmo-loket; nieuwe werkprocessen en een nieuw loket in Twello."],
          ("2019-02", "2020-09"), 20, True),
      pos("mei 2018 – jan 2019", "Projectleider Transformatie Jeugd", "Gemeente Zutphen",
          ["Plan van aanpak en begeleiding van de transformatie jeugd.", TW8],
          ("2018-05", "2019-01"), 9, False),
      pos("sep 2015 – apr 2018", "Interim-coördinator Jeugd en Gezin", "Gemeente Brummen",
          ["Coördinatie van het Centrum voor Jeugd en Gezin (8 medewerkers)."],
          ("2015-09", "2018-04"), 32, True),
      pos("jan 2006 – aug 2015", "Consulent Wmo en schuldhulp", "Gemeente Deventer",
          ["Keukentafelgesprekken, schuldhulptrajecten en budgetbeheer."],
          ("2006-01", "2015-08"), 116, False)]
TW_RATE = "Uurtarief (via de detacheerder): € 92,00 excl. btw"
TW_NEG = ["interim-coördinator", "interim-teamleider", "interim-manager", "interimopdrachten"]
cv(file="Theo Wentink.docx", fmt="docx", layout="single",
   name="Theo Wentink", email="theo.wentink@example.com", phone="06-72 58 10 36", rate=TW_RATE,
   exp=tw, crit_text={"6": TW6, "8": TW8}, refs=["Annet Kamphuis", "Willem Dekker"],
   must_have=[TW_DIENST, "Master Public Management"], zzp_negated=TW_NEG,
   body=[("title", "Theo Wentink"),
         ("p", "Apeldoorn  —  06-72 58 10 36  —  theo.wentink@example.com"),
         ("pb", TW_RATE),
         ("h", "Profiel"),
         ("p", "Ik ben al tien jaar de man die komt als een team even geen leidinggevende heeft, of als het anders "
               "moet. Vaak werk ik voor twee gemeenten tegelijk. Ik stel snel orde op zaken, zorg dat het team weer "
               "rust heeft en draag netjes over."),
         ("p", TW_DIENST),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Opdrachtgever"), tw),
         ("h", "Toelichting"),
         ("tasks", tw),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer, 2001 – 2005 — diploma"),
         ("p", "Master Public Management (deeltijd), 2012 – 2014 — niet afgerond"),
         ("h", "Referenties")]
   + [("p", "Annet Kamphuis, afdelingsmanager Sociaal Domein, gemeente Hattem, 038-443 16 16"),
      ("p", "Willem Dekker, accountmanager Inzet Overijssel Detachering B.V., 06-72 58 10 37")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=114, refs=(2, False), zzp=False, hourly=92.0,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 5. Employed by a detacheerder since 2015 ('vaste dienst', every interim "
                     "assignment 'detacheringen vanuit dat dienstverband') -> not self-employed, ko 1 pass (the word "
                     "'interim' is a kind of assignment, not a ZZP indication). Relevant months, overlaps once: "
                     "Hattem 'jan 2023 – heden' 2023-01..2025-11 = 35 (Oldebroek 'sep 2023 – jun 2024' = 10 lies "
                     "inside it), Elburg 2021-03..2022-12 = 22, Epe 2020-10..2021-06 = 9 (overlaps Elburg from "
                     "2021-03), Voorst 2019-02..2020-09 = 20 -> 2019-02..2025-11 = 82; Brummen 2015-09..2018-04 = 32 "
                     "-> 114 (summed 128). Projectleider Transformatie Jeugd, Zutphen (9): not a coordinator/"
                     "manager title -> not relevant (with it 123). Consulent (116): not leading. HBO MWD (diploma) "
                     "-> mwd; the Master Public Management is 'niet afgerond' -> level stays hbo. Criterion 7: no "
                     "zorgaanbieders, huisartsen, zorgverzekeraar or PPS anywhere -> 0. 80 points."))

# ------------------------------------------------------------------------- Jesse Pouwels (pdf) sidebar, young
# A young manager with exactly 60 months: Coördinator Jongerenwerk 'dec 2020 – feb 2023' (27) + Manager Jeugd en
# Welzijn 'mrt 2023 – heden' (33), both at a welfare foundation. 60 -> ko 3 pass (month-exact), criterion 5 = 0.
JP6 = ("Voorbeeld: het gemeentelijk beleid 'Jong in Kampen' heb ik met de beleidsadviseur uitgewerkt in drie "
       "concrete projecten (een jongerenpanel, straatcoaches en een jongerencentrum in Brunnepe). Resultaat: 40 % "
       "minder overlastmeldingen in 2024.")
JP7 = ("Samenwerking met zorgaanbieders in de jeugd-ggz, de huisartsen en de zorgverzekeraar; met de "
       "winkeliersvereniging en de gemeente een publiek-private samenwerking voor stageplekken opgezet.")
JP8 = ("Projectleider van de fusie van twee jongerencentra (2023), van plan van aanpak tot de opening; daarna de "
       "verandering naar ambulant jongerenwerk in alle wijken begeleid.")
jp = [pos("mrt 2023 – heden", "Manager Jeugd en Welzijn", "Stichting Welzijn IJsseldelta",
          ["Leiding aan 16 medewerkers (jongerenwerk, schoolmaatschappelijk werk, opbouwwerk); budget en "
           "formatie.", JP6, JP7, JP8],
          ("2023-03", REF), 33, True),
      pos("dec 2020 – feb 2023", "Coördinator Jongerenwerk", "Stichting Welzijn IJsseldelta",
          ["Coördinatie van zes jongerenwerkers en het jongerencentrum."],
          ("2020-12", "2023-02"), 27, True),
      pos("aug 2018 – nov 2020", "Jongerenwerker", "Stichting Welzijn IJsseldelta",
          ["Ambulant jongerenwerk in Kampen-Zuid en IJsselmuiden."],
          ("2018-08", "2020-11"), 28, False)]
JP_RATE = "€ 79,50/uur excl. btw"
cv(file="Jesse Pouwels.pdf", fmt="pdf", layout="sidebar",
   name="Jesse Pouwels", email="j.pouwels@example.nl", phone="06 3391 0482", rate=JP_RATE,
   exp=jp, crit_text={"6": JP6, "7": JP7, "8": JP8}, refs=["Mirjam Bosch", "Arno Klein"],
   left=[("h", "Contact"),
         ("p", "Kampen"), ("p", "06 3391 0482"), ("p", "j.pouwels@example.nl"),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work"),
         ("p", "Hogeschool Windesheim Zwolle"),
         ("p", "diploma juni 2018"),
         ("h", "Tarief"),
         ("p", JP_RATE),
         ("h", "Referenties"),
         ("p", "Mirjam Bosch, directeur-bestuurder Stichting Welzijn IJsseldelta, 06 3391 0483"),
         ("p", "Arno Klein, beleidsadviseur jeugd, gemeente Kampen, 06 3391 0484")],
   right=[("title", "Jesse Pouwels"),
          ("p", "Manager jeugd en welzijn  ·  29 jaar"),
          ("h", "Profiel"),
          ("p", "Jong, maar niet onervaren: ik werk sinds mijn afstuderen in het welzijnswerk in Kampen en geef "
                "nu leiding aan een team dat gemiddeld tien jaar ouder is dan ik. Ik ben nieuwsgierig, direct en "
                "ik maak afspraken waar ik op aanspreekbaar ben."),
          ("h", "Werkervaring"),
          ("pos", "pipe", jp)],
   expect=dict(pages=1, edu=("hbo", True, True), coord=60, refs=(2, False), zzp=False, hourly=79.5,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 6. Exactly enough: Manager Jeugd en Welzijn 'mrt 2023 – heden' = 2023-03..2025-11 "
                     "= 33 + Coördinator Jongerenwerk 'dec 2020 – feb 2023' = 2020-12..2023-02 = 27 -> contiguous "
                     "2020-12..2025-11 = 60 (months inclusive; counting end minus start would give 59, a wrong "
                     "fail) -> ko 3 pass, month-exact so no review; 60 < 72 -> criterion 5 = 0. Jongerenwerker (28): "
                     "not leading. Bachelor Social Work 'diploma juni 2018' -> mwd. 75 points, EUR 79,50."))

# ------------------------------------------------------------------------- Karel Stoffers (pdf) Europass
# An ordinary, terse CV of a long-serving welfare manager: a policy example, but no partners outside the foundation
# and no project or change work -> 55.
KS6 = ("Voorbeeld van beleid naar resultaat: het ouderenbeleid 'Langer thuis in Hardenberg' van de gemeente heb ik "
       "vertaald naar een jaarwerkplan met drie concrete acties; resultaat: 450 huisbezoeken per jaar aan "
       "80-plussers en geen wachtlijst meer bij de dagbesteding.")
ks = [pos("01/2017 – heden", "Manager Welzijn Ouderen", "Stichting Welzijn Vechtdal",
          ["Leiding aan het ouderenwerk en de dagbesteding (22 medewerkers, 150 vrijwilligers); begroting en "
           "verantwoording aan de gemeente.", KS6],
          ("2017-01", REF), 107, True),
      pos("05/2010 – 12/2016", "Coördinator Ouderenwerk", "Stichting Welzijn Vechtdal",
          ["Coördinatie van de ouderenadviseurs en de vrijwillige thuishulp."],
          ("2010-05", "2016-12"), 80, True),
      pos("09/2002 – 04/2010", "Ouderenadviseur", "Gemeente Hardenberg",
          ["Huisbezoeken, voorlichting en hulp bij formulieren."],
          ("2002-09", "2010-04"), 92, False)]
KS_RATE = "€ 80,00 per uur (excl. btw)"
cv(file="Karel Stoffers.pdf", fmt="pdf", layout="single",
   name="Karel Stoffers", email="karel.stoffers@example.com", phone="0523-27 40 18", rate=KS_RATE,
   exp=ks, crit_text={"6": KS6}, refs=["Jannie Mulder", "Gert Lubbers"],
   body=[("title", "Karel Stoffers"),
         ("p", "Europass-cv — manager welzijn ouderen"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Karel Stoffers"]),
                   ("Woonplaats", ["Hardenberg"]),
                   ("Telefoon", ["0523-27 40 18"]),
                   ("E-mail", ["karel.stoffers@example.com"]),
                   ("Uurtarief", [KS_RATE])]),
         ("h", "Werkervaring"),
         ("eu_pos", ks),
         ("h", "Onderwijs en opleiding"),
         ("rows", [("1998 – 2002", ["Bachelor Maatschappelijk Werk en Dienstverlening",
                                    "Hogeschool Windesheim Zwolle — diploma"])]),
         ("h", "Persoonlijke vaardigheden"),
         ("rows", [("Moedertaal", ["Nederlands"]),
                   ("Andere talen", ["Duits (goed), Engels (redelijk)"])])]
   + refs_block("Jannie Mulder, directeur Stichting Welzijn Vechtdal, 0523-27 40 19",
                "Gert Lubbers, wethouder Zorg, gemeente Hardenberg, 06-40 17 22 85"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=187, refs=(2, False), zzp=False, hourly=80.0,
               crit=(15, 25, 15, 0, 0),
               notes="ELIGIBLE, rank 7. Manager Welzijn Ouderen '01/2017 – heden' = 2017-01..2025-11 = 107 + "
                     "Coördinator Ouderenwerk '05/2010 – 12/2016' = 80, both Stichting Welzijn Vechtdal -> "
                     "contiguous 2010-05..2025-11 = 187. Ouderenadviseur at the gemeente (92): not leading. Bachelor "
                     "MWD (diploma). Criterion 6 from the policy example. Criterion 7: no zorgaanbieders, "
                     "huisartsen, zorgverzekeraar, PPS -> 0. Criterion 8: no project or change work -> 0. 55 points."))

# ================================================================================================ NOT ELIGIBLE

# ------------------------------------------------------------------------- Petra Ribbers (docx) header, care group
# Ten years Teamleider Wijkverpleging at "Stichting Zorggroep Sallandse Hoven" (a care provider: neither a gemeente
# nor a welzijnsstichting), with the criteria evidence there; before that Coördinator Mantelzorg, Gemeente Dalfsen
# 'mei 2011 – januari 2016' = 57. Target: a wrong pass of ko 3 (175 if the care group counted).
PR6 = ("Beleid in de praktijk: het regionale programma 'Langer thuis in Salland' heb ik voor de wijkteams vertaald "
       "in een jaarplan met vier concrete projecten; resultaat: 60 cliënten per jaar langer thuis.")
PR7 = ("Dagelijks contact met huisartsen, zorgverzekeraar Salland en andere zorgaanbieders; mede-oprichter van de "
       "publiek-private samenwerking 'Zorgzaam Dalfsen' met de gemeente en de woningcorporatie.")
PR8 = "Projectleider van de reorganisatie van de wijkverpleging naar zelforganiserende teams (2019 – 2020)."
pr = [pos("februari 2016 – heden", "Teamleider Wijkverpleging", "Stichting Zorggroep Sallandse Hoven",
          ["Leiding aan drie wijkverpleegteams (38 medewerkers) in Dalfsen en Nieuwleusen; roosters, budget en "
           "werving.", PR6, PR7, PR8],
          ("2016-02", REF), 118, False),
      pos("mei 2011 – januari 2016", "Coördinator Mantelzorg", "Gemeente Dalfsen",
          ["Coördinatie van de mantelzorgondersteuning en de respijtzorg (5 medewerkers)."],
          ("2011-05", "2016-01"), 57, True),
      pos("september 2006 – april 2011", "Mantelzorgconsulent", "Stichting Welzijn Dalfsen",
          ["Ondersteuning van mantelzorgers, lotgenotengroepen."],
          ("2006-09", "2011-04"), 56, False)]
PR_RATE = "Uurtarief € 85,00 exclusief btw"
cv(file="Petra Ribbers.docx", fmt="docx", layout="header",
   header="Petra Ribbers  |  Nieuwleusen  |  06-27 30 91 64  |  petra.ribbers@example.nl",
   name="Petra Ribbers", email="petra.ribbers@example.nl", phone="06-27 30 91 64", rate=PR_RATE,
   exp=pr, crit_text={"6": PR6, "7": PR7, "8": PR8}, refs=["Wim Rouwenhorst", "Gea Slot"],
   must_have=["Stichting Zorggroep Sallandse Hoven"],
   body=[("title", "Curriculum vitae"),
         ("pb", PR_RATE),
         ("h", "Profiel"),
         ("p", "Leidinggevende met bijna vijftien jaar ervaring in zorg en welzijn in Salland, eerst bij de "
               "gemeente Dalfsen en nu bij een zorggroep. Ik verbind wijkverpleging, mantelzorg en het sociaal "
               "domein."),
         ("h", "Werkervaring"),
         ("pos", "dateline", pr),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma 2006")]
   + refs_block("Wim Rouwenhorst, bestuurder Stichting Zorggroep Sallandse Hoven, 0529-43 21 00",
                "Gea Slot, teamleider Zorg, gemeente Dalfsen, 06-27 30 91 65"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=57, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 15, 20, 25),
               notes="NOT ELIGIBLE: ko 3 fail (target: counting the care group). Teamleider Wijkverpleging at "
                     "Stichting Zorggroep Sallandse Hoven 2016-02..2025-11 = 118: a care provider (wijkverpleging), "
                     "neither a gemeente nor a welzijnsstichting, although it is a 'Stichting' -> not relevant. "
                     "Coördinator Mantelzorg, Gemeente Dalfsen 'mei 2011 – januari 2016' = 2011-05..2016-01 = 57 < 60 "
                     "-> fail, month-exact; criterion 5 = 0. Mantelzorgconsulent (56): not leading. Bachelor Social "
                     "Work -> mwd. Criteria 6-8 from the care-group bullets (work experience, no employer rule). "
                     "75 points. 175 months if the care group counted."))

# ------------------------------------------------------------------------- Mark Oude Lenferink (pdf) exptable, zzp
# Self-employed: "vanuit mijn eenmanszaak ... (KvK ...)" -> ko 1 review. Otherwise 100.
MO6 = ("Voorbeeld: het beleidsplan 'Berkelland zorgt' heb ik met twee teamleiders omgezet in een jaarwerkplan met "
       "zeven concrete projecten; in 2024 daalde het aantal jeugdhulptrajecten met 11 %.")
MO7 = ("Vaste gesprekspartner van zorgaanbieders, huisartsen en zorgverzekeraar Menzis; regie op de "
       "publiek-private samenwerking rond het gezondheidscentrum in Borculo.")
MO8 = "Programmamanager van de transformatie jeugd in de Achterhoek (2019 – 2022), Prince2 Practitioner."
mo = [pos("apr 2023 – heden", "Interim-manager Sociaal Domein", "Gemeente Berkelland",
          ["Leiding aan de teams Wmo, jeugd en welzijn (40 medewerkers).", MO6, MO7],
          ("2023-04", REF), 32, True),
      pos("jan 2019 – mrt 2023", "Interim-coördinator Jeugd", "Gemeente Oost Gelre",
          ["Coördinatie van het jeugdteam.", MO8],
          ("2019-01", "2023-03"), 51, True),
      pos("aug 2011 – dec 2018", "Teamleider Wmo", "Gemeente Winterswijk",
          ["Leiding aan het Wmo-team (12 medewerkers)."],
          ("2011-08", "2018-12"), 89, True)]
MO_RATE = "Tarief: € 95,- per uur, excl. btw"
MO_ZZP = ("Sinds januari 2019 werk ik vanuit mijn eenmanszaak Oude Lenferink Sociaal Advies (KvK 84120937); ik "
          "factureer per maand.")
cv(file="Mark Oude Lenferink.pdf", fmt="pdf", layout="single",
   name="Mark Oude Lenferink", email="mark.oudelenferink@example.nl", phone="06-58 02 73 19", rate=MO_RATE,
   exp=mo, crit_text={"6": MO6, "7": MO7, "8": MO8}, refs=["Sandra Geurink", "Bennie Wolterink"],
   must_have=[MO_ZZP],
   body=[("title", "Mark Oude Lenferink"),
         ("p", "Eibergen  |  06-58 02 73 19  |  mark.oudelenferink@example.nl"),
         ("pb", MO_RATE),
         ("h", "Profiel"),
         ("p", "Ervaren leidinggevende in het sociaal domein van de Achterhoek. " + MO_ZZP),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Gemeente"), mo),
         ("h", "Toelichting"),
         ("tasks", mo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Enschede — diploma 2010")]
   + refs_block("Sandra Geurink, gemeentesecretaris Berkelland, 0545-25 02 50",
                "Bennie Wolterink, oud-wethouder gemeente Winterswijk, 06-58 02 73 20"),
   expect=dict(pages=1, edu=("hbo", True, True), coord=172, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="REVIEW on ko 1: 'vanuit mijn eenmanszaak Oude Lenferink Sociaal Advies (KvK 84120937); ik "
                     "factureer per maand' -> self-employed (the tender: a ZZP-er does not meet the "
                     "uitvoeringsvoorwaarde) -> review, as in the samples. Months: Berkelland 'apr 2023 – heden' = "
                     "32 + Oost Gelre 'jan 2019 – mrt 2023' = 51 + Winterswijk 'aug 2011 – dec 2018' = 89 -> "
                     "contiguous 2011-08..2025-11 = 172. HBO MWD. 100 points, EUR 95."))

# ------------------------------------------------------------------------- Carola Hilbrink (docx) single, 6 pages
# An otherwise complete CV that runs to six pages (references on page 6). The request: "Maximaal 5 pagina's".
CH6 = ("Voorbeeld beleid → resultaat: het beleidsplan 'Lochem doet mee' (2019) heb ik vertaald naar een "
       "jaarwerkplan met vijf concrete projecten; resultaat: een steunpunt in elke kern en 300 nieuwe vrijwilligers.")
CH7 = ("Samenwerking met zorgaanbieders, huisartsen, zorgverzekeraar Menzis en de partners van de PPS "
       "'Gezond Gorssel'.")
CH8 = "Projectleider van de reorganisatie van het sociaal team naar drie gebiedsteams (2020 – 2021)."
ch = [pos("1 maart 2017 – heden", "Coördinator Sociaal Team", "Gemeente Lochem",
          ["Coördinatie van het sociaal team (20 medewerkers); formatie en budget.", CH6, CH7, CH8],
          ("2017-03", REF), 105, True),
      pos("1 juni 2012 – 28 februari 2017", "Teamleider Welzijn", "Stichting Welzijn Lochem",
          ["Leiding aan het welzijnswerk in Lochem en Gorssel (9 medewerkers)."],
          ("2012-06", "2017-02"), 57, True),
      pos("1 september 2004 – 31 mei 2012", "Opbouwwerker", "Stichting Welzijn Lochem",
          ["Opbouwwerk in de kernen Barchem, Laren en Epse."],
          ("2004-09", "2012-05"), 93, False)]
CH_RATE = "Uurtarief: € 87,50 excl. btw"
CH_LONG = ("In deze opdracht heb ik geleerd dat een team pas goed werkt als de randvoorwaarden op orde zijn: een "
           "helder rooster, een werkend registratiesysteem, een plek waar inwoners binnen kunnen lopen en een "
           "leidinggevende die bereikbaar is. Ik heb daarom eerst tijd gestoken in de basis en pas daarna in de "
           "vernieuwing. Collega's noemen mij rustig, duidelijk en betrokken. ")
cv(file="Carola Hilbrink.docx", fmt="docx", layout="single",
   name="Carola Hilbrink", email="carola.hilbrink@example.com", phone="0573-25 61 40", rate=CH_RATE,
   exp=ch, crit_text={"6": CH6, "7": CH7, "8": CH8}, refs=["Joop Harmsen", "Els Brouwer"],
   body=[("title", "Carola Hilbrink"),
         ("p", "Lochem  |  0573-25 61 40  |  carola.hilbrink@example.com"),
         ("pb", CH_RATE),
         ("h", "Profiel"),
         ("p", "Coördinator sociaal team met ruim dertien jaar leidinggevende ervaring in Lochem."),
         ("p", CH_LONG),
         ("break",),
         ("h", "Werkervaring"),
         ("pos", "datebold", ch[:1]),
         ("p", CH_LONG),
         ("break",),
         ("pos", "datebold", ch[1:]),
         ("break",),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Deventer — diploma 2004"),
         ("h", "Cursussen"),
         ("bl", ["Coachend leidinggeven (2015)", "Methodisch werken in het sociaal domein (2018)"]),
         ("break",),
         ("h", "Wat ik meebreng voor Heerde"),
         ("p", CH_LONG),
         ("h", "Nevenactiviteiten"),
         ("bl", ["Voorzitter van de dorpsraad Barchem (sinds 2016)", "Vrijwilliger bij de voedselbank Lochem"]),
         ("break",)]
   + refs_block("Joop Harmsen, afdelingsmanager Samenleving, gemeente Lochem, 0573-28 92 22",
                "Els Brouwer, directeur Stichting Welzijn Lochem, 06-35 18 20 47"),
   expect=dict(pages=6, edu=("hbo", True, True), coord=162, refs=(2, False), zzp=False, hourly=87.5,
               crit=(15, 25, 15, 20, 25),
               notes="NOT ELIGIBLE: pages fail. The CV renders as 6 pages (references alone on page 6); the request "
                     "allows 'maximaal 5 pagina's' -> fail (DOCX <Pages> 6 from the rendering, exact). Otherwise "
                     "complete: Coördinator Sociaal Team, Gemeente Lochem '1 maart 2017 – heden' = 2017-03..2025-11 "
                     "= 105 + Teamleider Welzijn, Stichting Welzijn Lochem '1 juni 2012 – 28 februari 2017' = 57 "
                     "-> 162. Opbouwwerker (93): not leading. HBO MWD. 100 points, EUR 87,50."))
