# -*- coding: utf-8 -*-
"""Holdout round 59 for zeef: must-not-fail, third series. 7 fictional ELIGIBLE candidates (4 PDF, 3 DOCX), each
CV in a template real Dutch job seekers use and earlier rounds did not:

  - the werk.nl (UWV) CV: blue section bars, label | value rows per entry ("Beroep" from UWV's occupation list
    beside the "Functienaam", "Werkgever", "Plaats", "Periode: januari 2018 - heden", "Niveau: HBO",
    "Diploma: Ja"), referees typed into "Overige informatie", no rate;
  - a gemeente's HR application form ("sollicitatieformulier") filled in as the CV: numbered form sections, field
    boxes, tick boxes ("☒ ja   ☐ nee", "☒ in loondienst   ☐ zelfstandige zonder personeel (zzp)"), the career as a
    form table with separate "Van" and "Tot" columns and "nog in dienst", the name only as "Roepnaam" + "Achternaam"
    and under the signature;
  - a detacheerder's one-page kandidaatprofiel in LANDSCAPE (three columns: kandidaat, match met de eisen, match
    met de wensen; the account manager's phone and e-mail) before the candidate's own portrait CV;
  - a horizontal timeline: one column per position, the periods on a coloured line, title and employer under it;
    the positions described below it without dates;
  - Dutch and English side by side: a two-column table, every Dutch paragraph with its English translation to
    the right (periods, titles, employers and referees in both languages);
  - experience grouped by competence, not by job: the periods only inside the competence paragraphs ("Sinds
    oktober 2022 ben ik Teamleider Wmo bij de gemeente Overbetuwe", "van januari 2019 tot en met juni 2021");
  - the periods in the right-hand margin, 8 pt grey, in Word frames beside each title.

All seven pass every gate on a careful reading. Scores 100, 100, 85, 85, 80, 75, 75: both ties are decided by the
rate, one of them against a CV without a rate. Each of criteria 4, 5, 6, 7 and 8 is absent from exactly one CV.

Written without looking at the pipeline's source or rules/, with hand-checked expectations (months per position by
hand; tests/holdout2/src/expected.py, through src/expected59.py, re-derives them from the printed dates). Every
person, foundation, agency, phone number, e-mail address and reference here is made up. Employers are real
municipalities and fictional foundations; real hogescholen and universities appear as schools. See
tests/holdout2/src/cvset.py for the field list; this round adds "dparts" (a period printed in two form fields),
"crop_left" and "en_must" (the bilingual CV: checks on its Dutch column, English phrases in the rendering).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

FULL = (15, 25, 15, 20, 25)


def dpos(van, tot, t, e, tasks, span, m, rel):
    """A position whose period is printed in two form fields ("Van" | "Tot")."""
    p = pos(f"{van} – {tot}", t, e, tasks, span, m, rel)
    p["dparts"] = [van, tot]
    return p


# ================================================================ Anja Borgerink (docx): sollicitatieformulier
# The gemeente's standard application form filled in as the CV. What a careless reader can get wrong: the name is
# only "Roepnaam: Anja" + "Achternaam: Borgerink" and "Naam: Anja Borgerink" under the signature; the degree's
# completion is a tick box "☒ ja   ☐ nee" (the word "nee" is printed too); the form offers "☐ zelfstandige zonder
# personeel (zzp)" unticked next to "☒ in loondienst"; the career is a form table with "Van" and "Tot" in separate
# columns and "nog in dienst" as the open end; the tasks are in a separate section 6; the referees' consent is
# another "☒ ja   ☐ nee".
AB6 = ("Voorbeeld van beleid naar resultaat: het Epese beleidskader 'Welzijn dichtbij' heb ik samen met twee "
       "beleidsadviseurs vertaald naar een jaarwerkplan met zes concrete projecten, waaronder een ontmoetingsplek "
       "in elke kern en een steunpunt mantelzorg. Resultaat eind 2023: 14 % meer bereikte mantelzorgers; "
       "voortgang per kwartaal gerapporteerd aan het college.")
AB7 = ("Samenwerking met zorgaanbieders (thuiszorg, GGZ), de huisartsen, de cliëntenraad, zorgverzekeraar Menzis en "
       "de woningcorporatie; namens de gemeente trekker van de publiek-private samenwerking (PPS) 'Epe Zorgt Samen' "
       "met lokale bedrijven en zorgaanbieders.")
AB8 = ("Projectleider van het verandertraject 'Eén loket welzijn': de invoering van DA Systems in het cluster "
       "welzijn, met projectplan, stuurgroep, planning en evaluatie.")
ab = [dpos("04-2018", "nog in dienst", "Coördinator Welzijn en Mantelzorg", "Gemeente Epe",
           ["Coördinatie van het cluster welzijn: twaalf medewerkers (ouderenadviseurs, mantelzorgconsulenten, "
            "opbouwwerkers); werkverdeling, urenverdeling en werkoverleg.",
            "Toezicht op formatie, instroom en werving & selectie, in afstemming met HR en de afdelingsmanager.",
            "Beheer van het welzijnsbudget van € 1,2 miljoen en de subsidieafspraken met de welzijnsorganisaties.",
            AB6, AB7, AB8],
           ("2018-04", REF), 92, True),
      dpos("09-2012", "03-2018", "Teamleider Ouderenwerk", "Stichting Welzijnswerk De Zuiderzee",
           ["Leiding aan negen ouderenadviseurs en de coördinatoren van 140 vrijwilligers in Elburg en Oldebroek.",
            "Jaargesprekken, coaching en intervisie; ziekteverzuim teruggebracht van 7 % naar 4 %.",
            "Opzet van de vrijwillige thuisadministratie samen met het maatschappelijk werk."],
           ("2012-09", "2018-03"), 67, True),
      dpos("01-2007", "08-2012", "Wmo-consulent", "Gemeente Harderwijk",
           ["Keukentafelgesprekken, indicaties voor hulp bij het huishouden en woningaanpassingen."],
           ("2007-01", "2012-08"), 68, False),
      dpos("08-2000", "12-2006", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Noord-Veluwe",
           ["Kortdurende hulpverlening aan volwassenen en gezinnen; groepstraining 'Grip op geld'."],
           ("2000-08", "2006-12"), 77, False)]
AB_RATE = "€ 87,00 per uur excl. btw"
AB_ZZPBOX = "☐ zelfstandige zonder personeel (zzp)"
cv(file="Anja Borgerink.docx", fmt="docx", layout="single",
   footer="Gemeente Heerde · Sollicitatieformulier (versie 2024) · vertrouwelijk",
   name="Anja Borgerink", email="anja.borgerink@example.nl", phone="06-23918475", rate=AB_RATE,
   exp=ab, crit_text={"6": AB6, "7": AB7, "8": AB8}, refs=["Marjan Kloosterboer", "Evert Lubbinge"],
   zzp_negated=[AB_ZZPBOX],
   must_have=["Roepnaam", "Achternaam", "☒ ja", "☐ nee", "☒ in loondienst", AB_ZZPBOX, "Uit dienst per"],
   body=[("form_head", ["Sollicitatieformulier",
                        "Gemeente Heerde · Team Personeel en Organisatie",
                        "Vacature / opdracht: Coördinator welzijn (inhuur, 24 uur per week)",
                        "Vul alle velden in. Gebruik zo nodig extra regels. Het formulier wordt vertrouwelijk "
                        "behandeld."]),
         ("form_h", "1. Persoonlijke gegevens"),
         ("form_kv", [("Achternaam", "Borgerink"), ("Voorletters", "A.M."), ("Roepnaam", "Anja"),
                      ("Adres", "Dorpsstraat 41"), ("Postcode en woonplaats", "8161 BK Epe"),
                      ("Telefoon (mobiel)", "06-23918475"), ("E-mailadres", "anja.borgerink@example.nl"),
                      ("Rijbewijs", "☒ ja   ☐ nee")]),
         ("form_h", "2. Huidige situatie en beschikbaarheid"),
         ("form_kv", [("Huidige arbeidssituatie", ["☒ in loondienst   " + AB_ZZPBOX, "☐ werkzoekend   ☐ anders"]),
                      ("Wijze van inzet", "Via payrollorganisatie Loonzorg Oost B.V.: ik kom voor de duur van de "
                                          "opdracht bij Loonzorg Oost in dienst."),
                      ("Beschikbaar per", "5 januari 2026, 24 uur per week (ma, di, do)"),
                      ("Uurtarief", AB_RATE + " (tarief van Loonzorg Oost)"),
                      ("Hoe kent u deze vacature?", "☐ krant   ☐ website gemeente   ☒ Flextender   ☐ anders")]),
         ("form_h", "3. Opleidingen (begin met de hoogst afgeronde opleiding)"),
         ("form_grid", ["Opleiding en richting", "Instituut en plaats", "Van – tot", "Diploma behaald",
                        "Jaar diploma"],
          [["Maatschappelijk Werk en Dienstverlening (hbo-bachelor)", "Christelijke Hogeschool Windesheim, Zwolle",
            "1996 – 2000", "☒ ja   ☐ nee", "2000"],
           ["Havo", "Christelijk Lyceum Veluwe, Harderwijk", "1990 – 1996", "☒ ja   ☐ nee", "1996"]],
          [5.0, 4.4, 2.2, 2.9, 2.5]),
         ("form_h", "4. Cursussen en trainingen"),
         ("form_grid", ["Cursus of training", "Aanbieder", "Jaar", "Certificaat"],
          [["Leidinggeven aan professionals in het sociaal domein (post-hbo)", "Hogeschool Windesheim", "2016",
            "☒ ja   ☐ nee"],
           ["Oplossingsgericht werken", "Instituut voor Oplossingsgericht Werken", "2014", "☒ ja   ☐ nee"],
           ["DA Systems voor key-users", "DA Systems", "2021", "deelnamebewijs"]],
          [7.4, 5.4, 1.6, 2.6]),
         ("form_h", "5. Werkervaring (begin met de huidige of laatste werkgever)"),
         ("form_grid", ["Naam en plaats werkgever", "Functie", "In dienst per", "Uit dienst per", "Uren p/w",
                        "Reden van vertrek"],
          [["Gemeente Epe, Epe", ab[0]["t"], "04-2018", "nog in dienst", "32", "n.v.t."],
           ["Stichting Welzijnswerk De Zuiderzee, Elburg", ab[1]["t"], "09-2012", "03-2018", "32",
            "overstap naar de gemeente"],
           ["Gemeente Harderwijk, Harderwijk", ab[2]["t"], "01-2007", "08-2012", "36",
            "doorgroei naar een leidinggevende functie"],
           ["Stichting Maatschappelijk Werk Noord-Veluwe, Harderwijk", ab[3]["t"], "08-2000", "12-2006", "32",
            "wens om bij de gemeente te werken"]],
          [4.2, 3.6, 1.9, 2.0, 1.3, 4.0]),
         ("form_h", "6. Toelichting op uw werkervaring (taken, verantwoordelijkheden en resultaten)")]
   + [b for p in ab for b in (("pb", f"{p['t']} — {p['e']}"), ("bl", p["tasks"]))]
   + [("form_h", "7. Referenties (minimaal twee)"),
      ("form_grid", ["Naam referent", "Functie en organisatie", "Telefoon", "Relatie tot u"],
       [["Marjan Kloosterboer", "afdelingsmanager Samenleving, gemeente Epe", "0578-713560",
         "huidig leidinggevende"],
        ["Evert Lubbinge", "directeur-bestuurder, Stichting Welzijnswerk De Zuiderzee", "0525-683240",
         "vorig leidinggevende"]],
       [3.6, 7.0, 2.6, 3.8]),
      ("form_kv", [("Mogen wij de referenten benaderen?", "☒ ja   ☐ nee")]),
      ("form_h", "8. Motivatie"),
      ("p", "Ik werk ruim dertien jaar leidinggevend in het welzijnswerk: eerst als teamleider ouderenwerk bij een "
            "welzijnsstichting, nu als coördinator welzijn bij de gemeente Epe. Ik ken beide kanten van de "
            "opdracht in Heerde: de professionals die het werk doen en de gemeente die stuurt. Ik breng rust en "
            "structuur, stuur op afspraken en geef medewerkers ruimte om eigenaar te zijn van hun werk. De manier "
            "van werken van Stip, integraal en dichtbij de inwoner, spreekt mij erg aan."),
      ("form_h", "9. Ondertekening"),
      ("p", "Ondergetekende verklaart dit formulier volledig en naar waarheid te hebben ingevuld."),
      ("form_kv", [("Naam", "Anja Borgerink"), ("Plaats en datum", "Epe, 17 november 2025"),
                   ("Handtekening", "A.M. Borgerink")])],
   expect=dict(pages=2, edu=("hbo", True, True), coord=159, refs=(2, False), zzp=False, hourly=87.0, crit=FULL,
               notes="ELIGIBLE, rank 1 (100, EUR 87: the 100-point tie with Ruud Tempelman won on the rate). "
                     "A gemeente's sollicitatieformulier filled in as the CV. Career table with 'In dienst per' and "
                     "'Uit dienst per' in separate columns: Coördinator Welzijn en Mantelzorg, Gemeente Epe "
                     "'04-2018' / 'nog in dienst' (= heden) = 2018-04..2025-11 = 92 + Teamleider Ouderenwerk, "
                     "Stichting Welzijnswerk De Zuiderzee '09-2012' / '03-2018' = 67 -> 159 (Wmo-consulent and "
                     "maatschappelijk werker: not leading). Education row 'Maatschappelijk Werk en Dienstverlening "
                     "(hbo-bachelor)' with 'Diploma behaald: ☒ ja ☐ nee' and 'Jaar diploma: 2000' -> hbo, "
                     "completed, mwd (the printed 'nee' is the unticked box). 'Huidige arbeidssituatie: ☒ in "
                     "loondienst ☐ zelfstandige zonder personeel (zzp)' and inzet via payroll -> no zzp (the zzp "
                     "box is an unticked option of the form). Name: Roepnaam Anja + Achternaam Borgerink, and "
                     "'Naam: Anja Borgerink' under the signature. Two referees in the form's table. Criteria 6, 7, "
                     "8 in section 6 (Epe)."))

# ================================================================ Ruud Tempelman (docx): landscape kandidaatprofiel
# A detacheerder's one-page kandidaatprofiel in landscape (three borderless columns: kandidaat, match met de eisen,
# match met de wensen; the account manager's name, phone and e-mail on top; the agency in the footer), then a new
# section in portrait with the candidate's own CV (his own phone and e-mail, another footer).
RT6 = ("Voorbeeld beleid naar resultaat: de Raalter welzijnsnota 'Iedereen doet mee' heb ik met de gemeente vertaald "
       "naar een jaarplan met vijf concrete projecten (onder meer een huiskamer in elke kern en een maatjesproject "
       "voor statushouders); resultaat 2023: 35 % meer bezoekers van de huiskamers en 80 gekoppelde maatjes.")
RT7 = ("Vaste samenwerking met zorgaanbieders, de huisartsen en de POH-GGZ, zorgverzekeraar Salland, de "
       "patiëntenvereniging en het bedrijfsleven in de publiek-private samenwerking (PPS) 'Raalte Vitaal'.")
RT8 = ("Projectleider van de reorganisatie van de stichting naar drie gebiedsteams (2021): projectplan, "
       "veranderaanpak met de medewerkers, nieuwe functieprofielen en evaluatie na een jaar.")
rt = [pos("januari 2020 – heden", "Manager Welzijn", "Stichting Welzijnswerk Raalte-Heino",
          ["Leiding aan 24 medewerkers (opbouwwerk, ouderenwerk, jongerenwerk, vrijwilligerscentrale) en drie "
           "coördinatoren.",
           "Verantwoordelijk voor budget (€ 2,3 miljoen), formatie en werving & selectie; rapportage aan de "
           "directeur-bestuurder en de gemeente.", RT6, RT7, RT8],
          ("2020-01", REF), 71, True),
      pos("maart 2014 – december 2019", "Teamleider Sociaal Wijkteam", "Gemeente Deventer",
          ["Leiding aan het sociaal wijkteam Deventer-Oost (16 professionals Wmo, jeugd en werk en inkomen).",
           "Integraal casuïstiekoverleg, intervisie en een vaste werkwijze voor de eerste gesprekken ingevoerd."],
          ("2014-03", "2019-12"), 70, True),
      pos("september 2009 – februari 2014", "Beleidsmedewerker Wmo", "Gemeente Olst-Wijhe",
          ["Voorbereiding van de Wmo-verordening en de subsidieregels voor welzijn."],
          ("2009-09", "2014-02"), 54, False),
      pos("augustus 2006 – augustus 2009", "Jongerenwerker", "Stichting Welzijnswerk Raalte-Heino",
          ["Ambulant jongerenwerk en een jongerenraad in Heino."],
          ("2006-08", "2009-08"), 37, False)]
RT_RATE = "€ 89,00 per uur, excl. btw, all-in"
RT_AGENCY_FOOTER = ("IJsselbrug Detachering B.V. · Keizerstraat 18, 7411 HG Deventer · 0570-745120 · detachering "
                    "in het sociaal domein")
cv(file="Ruud Tempelman.docx", fmt="docx", layout="single",
   name="Ruud Tempelman", email="ruud.tempelman@example.nl", phone="06-38291047", rate=RT_RATE,
   exp=rt, crit_text={"6": RT6, "7": RT7, "8": RT8}, refs=["Henk Jan Brouwers", "Mirjam de Waal"],
   must_have=["KANDIDAATPROFIEL", "Linda Harmsen, accountmanager", "06-51234870", "linda.harmsen@example.com",
              "Match met de eisen", "Match met de wensen", "0570-745120"],
   body=[("landscape", RT_AGENCY_FOOTER),
         ("lead", "KANDIDAATPROFIEL — Coördinator welzijn, gemeente Heerde", True, 16),
         ("p", "Aangeboden door IJsselbrug Detachering B.V. · contactpersoon: Linda Harmsen, accountmanager, "
               "06-51234870, linda.harmsen@example.com"),
         ("cols", [8.0, 8.9, 9.1],
          [[("h", "Kandidaat"),
            ("pb", "Ruud Tempelman"),
            ("p", "Woonplaats: Deventer"),
            ("p", "Beschikbaar: per 1 januari 2026, 24 uur per week"),
            ("p", "Tarief: " + RT_RATE),
            ("p", "Dienstverband: in vaste dienst bij IJsselbrug Detachering B.V.; inzet op basis van "
                  "detachering"),
            ("h", "Kernkwaliteiten"),
            ("bl", ["Verbindend en coachend leidinggevende", "Helder en besluitvaardig",
                    "Brengt structuur in werkprocessen"])],
           [("h", "Match met de eisen"),
            ("bl", ["Eis 1 (uitvoeringsvoorwaarde): Ruud is in vaste dienst bij IJsselbrug Detachering B.V.; er "
                    "ontstaat geen arbeidsrelatie met de gemeente Heerde.",
                    "Eis 2 (hbo-bachelor): Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, diploma "
                    "2006.",
                    "Eis 3 (vijf jaar coördinator/manager): bijna twaalf jaar leidinggevend in het sociaal domein, "
                    "bij de gemeente Deventer en bij een welzijnsstichting."])],
           [("h", "Match met de wensen"),
            ("bl", ["Wens 4: bachelor Maatschappelijk Werk en Dienstverlening.",
                    "Wens 5: bijna twaalf jaar als teamleider en manager.",
                    "Wens 6, 7 en 8: zie het voorbeeld, de samenwerkingspartners en de projecten bij Stichting "
                    "Welzijnswerk Raalte-Heino in het cv."])]]),
         ("h", "Waarom Ruud?"),
         ("p", "Ruud kent het welzijnswerk van binnenuit: hij begon als jongerenwerker, schreef als "
               "beleidsmedewerker mee aan de Wmo-verordening, gaf leiding aan een sociaal wijkteam van de gemeente "
               "Deventer en is nu manager van een welzijnsstichting. Hij weet wat professionals nodig hebben om hun "
               "werk goed te doen en wat een gemeente als opdrachtgever van welzijn verwacht. Hij is beschikbaar "
               "voor de volledige looptijd van de opdracht, tot en met 30 juni 2026."),
         ("portrait", "Curriculum vitae Ruud Tempelman · aangeboden door IJsselbrug Detachering B.V."),
         ("title", "Curriculum vitae"),
         ("pb", "Ruud Tempelman"),
         ("p", "Deventer · 06-38291047 · ruud.tempelman@example.nl"),
         ("h", "Profiel"),
         ("p", "Ik ben een verbinder die graag bouwt aan teams en organisaties in het welzijnswerk. Als manager bij "
               "een welzijnsstichting en eerder als teamleider van een sociaal wijkteam leerde ik sturen op "
               "afspraken en resultaten, met ruimte voor de professional en oog voor de inwoner."),
         ("h", "Werkervaring"),
         ("pos", "datebold", rt),
         ("h", "Opleiding"),
         ("p", "2002 – 2006   HBO Maatschappelijk Werk en Dienstverlening (bachelor), Saxion Hogeschool, Deventer "
               "— diploma behaald"),
         ("p", "1997 – 2002   Havo, Alfrink College, Zoetermeer"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Leidinggeven in het sociaal domein, Saxion (2015)",
                 "Oplossingsgericht coachen (2018)"]),
         ("h", "Referenties"),
         ("p", "Henk Jan Brouwers — directeur-bestuurder, Stichting Welzijnswerk Raalte-Heino — 0572-348210"),
         ("p", "Mirjam de Waal — voormalig afdelingsmanager Sociaal Domein, gemeente Deventer — 0570-693114")],
   expect=dict(pages=3, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=89.0, crit=FULL,
               notes="ELIGIBLE, rank 2 (100, EUR 89; the tie with Anja Borgerink, EUR 87, lost on the rate). "
                     "Page 1 a landscape kandidaatprofiel of the detacheerder (three columns; the account "
                     "manager's name, phone 06-51234870 and e-mail in the lead line; the agency's phone in the "
                     "footer), then a portrait section with his own CV. Manager Welzijn, Stichting Welzijnswerk "
                     "Raalte-Heino 'januari 2020 – heden' = 2020-01..2025-11 = 71 + Teamleider Sociaal Wijkteam, "
                     "Gemeente Deventer 'maart 2014 – december 2019' = 70 -> 141 (beleidsmedewerker and "
                     "jongerenwerker: not leading). HBO MWD 'diploma behaald'. 'In vaste dienst bij IJsselbrug "
                     "Detachering B.V.; inzet op basis van detachering' -> no zzp. Candidate's own phone and "
                     "e-mail are those of the CV part (the account manager's are not his). Criteria 6, 7, 8 in "
                     "the Raalte-Heino position."))

# ================================================================ Hannah Kelly-Brouwer (pdf): Dutch | English
# A CV in two languages side by side: a two-column table, Dutch left, English right, one row per paragraph. The
# Dutch column is a complete CV by itself (expected59.py checks it alone on the left half of each page); the English
# column repeats everything. About half of the words are English: a reader that counts words overall sees a CV that
# is half English. The request asks for a CV "opgesteld in het Nederlands": this one is, entirely, with a
# translation beside it. Master Sociologie (wo), not MWD: criterion 4 = 0.
HK6 = ("Voorbeeld beleid naar resultaat: het Kamper beleidsplan sociaal domein heb ik vertaald naar een jaarwerkplan "
       "met zes concrete projecten, waaronder de wijkcentra als vaste ontmoetingsplek; resultaat in 2023: 25 % "
       "meer vroegsignalering en een kortere wachttijd bij de toegang.")
HK6_EN = ("Policy into results: I translated Kampen's social policy plan into an annual work plan with six concrete "
          "projects, including the community centres as fixed meeting places; result in 2023: 25 % more early "
          "detection and shorter waiting times at the front door.")
HK7 = ("Samenwerking met zorgaanbieders, de huisartsen, zorgverzekeraar Zilveren Kruis en de patiëntenraad; "
       "opdrachtgever van de publiek-private samenwerking (PPS) 'Kampen Gezond' met woningcorporaties en bedrijven.")
HK7_EN = ("Working with care providers, GPs, health insurer Zilveren Kruis and the patients' council; commissioning "
          "the public-private partnership (PPP) 'Kampen Gezond' with housing associations and businesses.")
HK8 = ("Programmamanager van de transformatie jeugdhulp in Kampen (2020 – 2022): projectplan, drie "
       "verandertrajecten in de wijken en de evaluatie.")
HK8_EN = ("Programme manager of the youth care transformation in Kampen (2020 – 2022): project plan, three change "
          "projects in the neighbourhoods and the evaluation.")
hk = [pos("maart 2019 – heden", "Manager Sociaal Domein", "Gemeente Kampen",
          ["Leiding aan drie teamleiders en 45 medewerkers (toegang Wmo, jeugd, werk en inkomen).",
           "Verantwoordelijk voor budget, formatie en de uitvoeringsagenda; rapportage aan de wethouders.",
           HK6, HK7, HK8],
          ("2019-03", REF), 81, True),
      pos("juni 2014 – februari 2019", "Coördinator Buurtteams", "Gemeente Zwolle",
          ["Coördinatie van vier buurtteams (Wmo en jeugd, 30 professionals); werkverdeling en casusregie.",
           "Afspraken met de organisaties die medewerkers aan de buurtteams detacheerden."],
          ("2014-06", "2019-02"), 57, True),
      pos("september 2008 – mei 2014", "Onderzoeker", "Stichting Sociaal Onderzoek Oost",
          ["Onderzoek naar eenzaamheid en participatie voor gemeenten in Overijssel."],
          ("2008-09", "2014-05"), 69, False)]
HK_EN_POS = [("March 2019 – present", "Manager Social Domain", "Municipality of Kampen",
              ["Leading three team leaders and 45 staff (social support, youth, work and income).",
               "Responsible for budget, staffing and the implementation agenda; reporting to the aldermen.",
               HK6_EN, HK7_EN, HK8_EN]),
             ("June 2014 – February 2019", "Coordinator Neighbourhood Teams", "Municipality of Zwolle",
              ["Coordinating four neighbourhood teams (social support and youth, 30 professionals); allocation of "
               "work and case management.",
               "Agreements with the organisations that seconded staff to the neighbourhood teams."]),
             ("September 2008 – May 2014", "Researcher", "Foundation for Social Research East",
              ["Research into loneliness and participation for municipalities in Overijssel."])]
HK_RATE = "€ 84,00 per uur excl. btw"


def _hk_rows():
    rows = [("h", "Persoonlijke gegevens", "Personal details"),
            ("p", "Woonplaats: Zwolle", "Place of residence: Zwolle"),
            ("p", "Telefoon: 06-47192835", "Phone: 06-47192835"),
            ("p", "E-mail: hannah.kellybrouwer@example.nl", "Email: hannah.kellybrouwer@example.nl"),
            ("p", "Uurtarief: " + HK_RATE + ", via Payroll Select Zwolle B.V.",
             "Hourly rate: € 84.00 excl. VAT, through Payroll Select Zwolle B.V."),
            ("p", "Beschikbaar: per januari 2026, 24 uur per week", "Available: from January 2026, 24 hours a week"),
            ("h", "Profiel", "Profile"),
            ("p", "Ik ben een resultaatgerichte manager in het sociaal domein met een achtergrond in de sociologie. "
                  "Ik ben tweetalig opgegroeid (Nederlands en Engels) en schrijf mijn cv daarom in beide talen. Ik "
                  "verbind teams, bestuur en partners en maak van plannen werk dat inwoners merken.",
             "I am a results-driven manager in the social domain with a background in sociology. I was raised "
             "bilingual (Dutch and English) and therefore write my CV in both languages. I connect teams, the "
             "board and partners and turn plans into work that residents notice."),
            ("h", "Werkervaring", "Work experience")]
    for p, (d_en, t_en, e_en, tasks_en) in zip(hk, HK_EN_POS):
        rows.append(("pi", p["d"], d_en))
        rows.append(("pb", f"{p['t']} — {p['e']}", f"{t_en} — {e_en}"))
        rows.extend(("b", a, b) for a, b in zip(p["tasks"], tasks_en))
    rows += [("h", "Opleiding", "Education"),
             ("pb", "Master Sociologie (MSc)", "Master of Science in Sociology"),
             ("p", "Rijksuniversiteit Groningen, 2006 – 2008, diploma behaald",
              "University of Groningen, 2006 – 2008, degree obtained"),
             ("pb", "Bachelor Sociologie (BSc)", "Bachelor of Science in Sociology"),
             ("p", "Rijksuniversiteit Groningen, 2003 – 2006, diploma behaald",
              "University of Groningen, 2003 – 2006, degree obtained"),
             ("h", "Cursussen", "Courses"),
             ("p", "Leergang Strategisch leidinggeven in het sociaal domein (2021)",
              "Course in strategic leadership in the social domain (2021)"),
             ("h", "Talen", "Languages"),
             ("p", "Nederlands en Engels: moedertaal", "Dutch and English: native"),
             ("h", "Referenties", "References"),
             ("p", "Jolanda Schuttenbelt, gemeentesecretaris, gemeente Kampen, 038-3398120",
              "Jolanda Schuttenbelt, municipal secretary, Municipality of Kampen, 038-3398120"),
             ("p", "Frank Overweg, voormalig afdelingshoofd Maatschappelijke Ontwikkeling, gemeente Zwolle, "
                   "038-4982455",
              "Frank Overweg, former head of Social Development, Municipality of Zwolle, 038-4982455")]
    return rows


cv(file="Hannah Kelly-Brouwer.pdf", fmt="pdf", layout="single", crop_left=True,
   name="Hannah Kelly-Brouwer", email="hannah.kellybrouwer@example.nl", phone="06-47192835", rate=HK_RATE,
   exp=hk, crit_text={"6": HK6, "7": HK7, "8": HK8}, refs=["Jolanda Schuttenbelt", "Frank Overweg"],
   en_must=["Work experience", "March 2019 – present", "Manager Social Domain", "Municipality of Kampen",
            "June 2014 – February 2019", "Coordinator Neighbourhood Teams", "Municipality of Zwolle", "References",
            "Master of Science in Sociology", "municipal secretary"],
   body=[("lead", "Hannah Kelly-Brouwer", True, 18),
         ("p", "Curriculum vitae · Nederlands | English"),
         ("biling", _hk_rows())],
   expect=dict(pages=2, edu=("wo", True, False), coord=138, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="ELIGIBLE, rank 3 (85, EUR 84; the 85-point tie with Sander Oudeboon, EUR 86, won on the "
                     "rate), shortlisted. Dutch and English side by side (two-column table, a row per "
                     "paragraph). Dutch check: the Dutch column is a complete CV (checked alone on the left half "
                     "of each page); the English column translates it; about half the words are English, but the "
                     "CV is drawn up in Dutch -> pass, language nl. Manager Sociaal Domein, Gemeente Kampen "
                     "'maart 2019 – heden' = 2019-03..2025-11 = 81 + Coördinator Buurtteams, Gemeente Zwolle "
                     "'juni 2014 – februari 2019' = 57 -> 138; the English rows give the same periods (merged, "
                     "not added). Onderzoeker: not leading. Master Sociologie + Bachelor Sociologie, RUG, "
                     "'diploma behaald' -> wo, completed, not MWD (criterion 4 = 0). The two referees are printed "
                     "twice (Dutch and English rows): 2 persons. Rate printed twice (EUR 84,00 / EUR 84.00)."))

# ================================================================ Sander Oudeboon (pdf): horizontal timeline
# The career as a horizontal timeline: one column per position (oldest left), in the first row "● period" on a
# thick coloured line, under it the title and the employer. A reader going line by line gets all four periods on
# one line, then all four titles. The positions are described below without dates. Neither relevant position alone
# reaches 72 months (criterion 5 needs both); no policy-to-results example (criterion 6 = 0).
SO7 = ("Samenwerking met zorgaanbieders in de jeugdhulp en de Wmo, de huisartsen, de GGD, zorgverzekeraar Menzis en "
       "de publiek-private samenwerking (PPS) 'Voorst Beweegt' met sportverenigingen en bedrijven.")
SO8 = ("Projectleider van de verandering van drie losse teams naar één gebiedsteam per dorp (2021): projectplan, "
       "stuurgroep, scholing van de medewerkers en evaluatie na een jaar.")
so = [pos("sep 2004 – jun 2010", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Oost-Veluwe",
          ["Kortdurende hulp aan volwassenen en gezinnen; groepstraining 'Sterker in je schoenen'."],
          ("2004-09", "2010-06"), 70, False),
      pos("jul 2010 – mrt 2016", "Wmo-consulent", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken en indicaties; vaste consulent voor de dorpen Beekbergen en Loenen."],
          ("2010-07", "2016-03"), 69, False),
      pos("apr 2016 – mei 2020", "Coördinator Jeugd- en Jongerenwerk", "Stichting Welzijn Twello-Terwolde",
          ["Coördinatie van zes jongerenwerkers en het preventieteam; werkverdeling, roosters en werkoverleg.",
           "Opzet van de jongerenraad en van het inloophuis in Twello, samen met de scholen."],
          ("2016-04", "2020-05"), 50, True),
      pos("jun 2020 – heden", "Teamleider Gebiedsteam", "Gemeente Voorst",
          ["Leiding aan het gebiedsteam Voorst (18 professionals: Wmo, jeugd, schuldhulp en welzijn).",
           "Verantwoordelijk voor formatie, werving & selectie en de verdeling van de uren in het team.",
           SO7, SO8],
          ("2020-06", REF), 66, True)]
SO_RATE = "€ 86,00 per uur (excl. btw)"
cv(file="Sander Oudeboon.pdf", fmt="pdf", layout="single",
   name="Sander Oudeboon", email="sander.oudeboon@example.com", phone="06-84019273", rate=SO_RATE,
   exp=so, crit_text={"7": SO7, "8": SO8}, refs=["Wilma Heijink", "Bart Scholten"],
   body=[("lead", "Sander Oudeboon", True, 20),
         ("p", "Teamleider in het sociaal domein · Twello · 06-84019273 · sander.oudeboon@example.com"),
         ("p", "Tarief " + SO_RATE + " via Veluwse Inzet B.V.; beschikbaar per 1 januari 2026"),
         ("h", "Profiel"),
         ("p", "Ik werk al twintig jaar in het sociaal domein van de Oost-Veluwe: eerst als maatschappelijk werker "
               "en consulent, sinds 2016 als leidinggevende. Ik houd van teams die zelf verantwoordelijkheid "
               "nemen, van korte lijnen en van heldere afspraken met inwoners en organisaties."),
         ("h", "Mijn loopbaan in één oogopslag"),
         ("timeline", so),
         ("h", "Wat ik deed")]
   + [b for p in reversed(so) for b in (("pb", f"{p['t']} — {p['e']}"), ("bl", p["tasks"]))]
   + [("h", "Opleiding"),
      ("p", "2000 – 2004   HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer — diploma "
            "behaald"),
      ("h", "Cursussen"),
      ("bl", ["Teamleider in het sociaal domein, Hogeschool Windesheim (2017)", "Motiverende gespreksvoering (2012)"]),
      ("h", "Referenties"),
      ("p", "Wilma Heijink, afdelingsmanager Samenleving, gemeente Voorst, 0571-279100"),
      ("p", "Bart Scholten, directeur, Stichting Welzijn Twello-Terwolde, 0571-274455")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=116, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 0, 20, 25),
               notes="ELIGIBLE, rank 4 (85, EUR 86; the tie with Hannah Kelly-Brouwer, EUR 84, lost on the rate). "
                     "Horizontal timeline, one column per position: "
                     "Coördinator Jeugd- en Jongerenwerk, Stichting Welzijn Twello-Terwolde 'apr 2016 – mei "
                     "2020' = 50 + Teamleider Gebiedsteam, Gemeente Voorst 'jun 2020 – heden' = 2020-06..2025-11 "
                     "= 66 -> 116 (maatschappelijk werker, Wmo-consulent: not leading). Ko 3 passes on Voorst "
                     "alone (66); criterion 5 needs both (>= 72). HBO MWD 'diploma behaald'. No policy-to-results "
                     "example (criterion 6 = 0). The detail section repeats title and employer without dates."))

# ================================================================ Ingrid Hakvoort (pdf): the werk.nl CV
# The CV as UWV's werk.nl makes it: "Curriculum Vitae" over the name, blue section bars in capitals, every entry as
# label | value rows: "Beroep" (the occupation from werk.nl's list) beside "Functienaam" (the title at the
# employer), "Werkgever", "Plaats", "Periode: januari 2018 - heden"; the education as "Opleiding / Niveau: HBO /
# Onderwijsinstelling / Periode / Diploma: Ja"; "Gewenst werk" with the occupations she looks for; the referees in
# "Overige informatie" (werk.nl has no field for them); no rate. No project or change work (criterion 8 = 0).
IH6 = ("Het Brummense beleidsplan 'Samen sterk in Brummen' heb ik met de beleidsadviseur vertaald naar een "
       "jaarwerkplan voor de wijkteams met vijf concrete acties, zoals een vast inloopspreekuur in elke kern; "
       "resultaat in 2023: 20 % meer vroegsignalering van schulden, halfjaarlijks gerapporteerd aan de wethouder.")
IH7 = ("Vaste samenwerking met zorgaanbieders, huisartsen en de POH-GGZ, zorgverzekeraar Menzis, de "
       "woningcorporatie en de publiek-private samenwerking (PPS) 'Eerbeek Vitaal' met het bedrijfsleven.")
ih = [pos("januari 2018 - heden", "Teamleider Wijkteams", "Gemeente Brummen",
          ["Leiding aan twee wijkteams (14 professionals Wmo, jeugd en schuldhulp)",
           "Werkverdeling, urenverdeling, jaargesprekken en werving & selectie, met HR en de afdelingsmanager",
           "Bewaken van het teambudget en de afspraken over de inzet van gedetacheerde medewerkers",
           IH6, IH7],
          ("2018-01", REF), 95, True),
      pos("maart 2013 - december 2017", "Coördinator Vrijwilligerswerk en Mantelzorg", "Stichting Welzijn Hall-Eerbeek",
          ["Coördinatie van drie mantelzorgconsulenten en 160 vrijwilligers",
           "Vrijwilligersvacaturebank, scholing van vrijwilligers en de jaarlijkse mantelzorgwaardering"],
          ("2013-03", "2017-12"), 58, True),
      pos("september 2003 - februari 2013", "Maatschappelijk werker", "Stichting Maatschappelijke Dienstverlening De Graafschap",
          ["Hulpverlening aan volwassenen en gezinnen; schuldhulp en opvoedingsvragen"],
          ("2003-09", "2013-02"), 114, False)]
BEROEP = {0: "Leidinggevende maatschappelijke dienstverlening", 1: "Coördinator welzijnswerk",
          2: "Maatschappelijk werker"}
PLAATS = {0: "Brummen", 1: "Eerbeek", 2: "Zutphen"}


def _ih_exp():
    out = []
    for i, p in enumerate(ih):
        rows = [("Beroep", BEROEP[i]), ("Functienaam", p["t"]), ("Werkgever", p["e"]), ("Plaats", PLAATS[i]),
                ("Periode", p["d"])]
        if i == 0:
            rows.append(("Huidige baan", "Ja"))
        rows.append(("Werkzaamheden", p["tasks"]))
        out.append(("wnl_kv", rows))
    return out


cv(file="Ingrid Hakvoort.pdf", fmt="pdf", layout="single",
   footer="werk.nl · Curriculum Vitae van Ingrid Hakvoort",
   name="Ingrid Hakvoort", email="ingrid.hakvoort@example.nl", phone="06-19384725", rate=None,
   exp=ih, crit_text={"6": IH6, "7": IH7}, refs=["Gerda Wolters", "Hans Tijhof"],
   must_have=["Beroep", "Functienaam", "Niveau", "Diploma", "GEWENST WERK", "werk.nl"],
   body=[("wnl_head", "Ingrid Hakvoort", "Curriculum Vitae aangemaakt op werk.nl"),
         ("wnl_h", "Persoonsgegevens"),
         ("wnl_kv", [("Naam", "Ingrid Hakvoort"), ("Adres", "Lindelaan 7"), ("Postcode en woonplaats", "6961 GB Eerbeek"),
                     ("Telefoonnummer", "06-19384725"), ("E-mailadres", "ingrid.hakvoort@example.nl"),
                     ("Rijbewijs", "B")]),
         ("wnl_h", "Over mij"),
         ("p", "Ervaren teamleider in het sociaal domein. Ik zorg voor rust, overzicht en duidelijke afspraken, "
               "zodat professionals hun werk goed kunnen doen. Ik werk graag dicht bij de inwoner en heb oog voor "
               "wat het bestuur nodig heeft. Collega's noemen mij betrokken, nuchter en besluitvaardig."),
         ("wnl_h", "Gewenst werk"),
         ("wnl_kv", [("Beroepen", ["Coördinator welzijnswerk", "Leidinggevende maatschappelijke dienstverlening"]),
                     ("Uren per week", "24 tot 32"), ("Regio", "Gelderland"),
                     ("Soort dienstverband", "Tijdelijk, detachering")]),
         ("wnl_h", "Werkervaring")]
   + _ih_exp()
   + [("wnl_h", "Opleidingen"),
      ("wnl_kv", [("Opleiding", "Maatschappelijk Werk en Dienstverlening"), ("Niveau", "HBO"),
                  ("Onderwijsinstelling", "Hogeschool Windesheim, Zwolle"), ("Periode", "1998 - 2002"),
                  ("Diploma", "Ja")]),
      ("wnl_kv", [("Opleiding", "Sociaal Pedagogisch Werk"), ("Niveau", "MBO niveau 4"),
                  ("Onderwijsinstelling", "ROC Aventus, Apeldoorn"), ("Periode", "1994 - 1998"),
                  ("Diploma", "Ja")]),
      ("wnl_h", "Cursussen"),
      ("wnl_kv", [("Cursus", "Oplossingsgericht coachen"), ("Jaar", "2019"), ("Certificaat", "Ja")]),
      ("wnl_kv", [("Cursus", "Leidinggeven aan professionals"), ("Jaar", "2015"), ("Certificaat", "Ja")]),
      ("wnl_h", "Vaardigheden"),
      ("wnl_kv", [("Vaardigheden", ["Leidinggeven", "Coachen van medewerkers", "Plannen en organiseren",
                                    "Budgetbeheer", "Gespreksvoering"])]),
      ("wnl_h", "Talen"),
      ("wnl_kv", [("Nederlands", "Moedertaal"), ("Engels", "Goed"), ("Duits", "Redelijk")]),
      ("wnl_h", "Overige informatie"),
      ("p", "Referenties:"),
      ("p", "Gerda Wolters, afdelingsmanager Samenleving, gemeente Brummen, 0575-568310"),
      ("p", "Hans Tijhof, directeur, Stichting Welzijn Hall-Eerbeek, 0313-654290")],
   expect=dict(pages=3, edu=("hbo", True, True), coord=153, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 25, 15, 20, 0),
               notes="ELIGIBLE, rank 7 (75, no rate: after Yvette Hulsegge, 75 with a rate). werk.nl CV: label | "
                     "value rows per entry. Functienaam Teamleider Wijkteams (Beroep 'Leidinggevende "
                     "maatschappelijke dienstverlening'), Werkgever Gemeente Brummen, 'januari 2018 - heden' = "
                     "2018-01..2025-11 = 95 + Coördinator Vrijwilligerswerk en Mantelzorg (Beroep 'Coördinator "
                     "welzijnswerk'), Stichting Welzijn Hall-Eerbeek, 'maart 2013 - december 2017' = 58 -> 153 "
                     "(maatschappelijk werker: not leading). 'Gewenst werk: Beroepen' lists occupations she looks "
                     "for, not positions. Opleiding 'Maatschappelijk Werk en Dienstverlening', Niveau 'HBO', "
                     "Diploma 'Ja' -> hbo, completed, mwd. Two referees under 'Overige informatie'. No rate "
                     "(null). No project or change work (criterion 8 = 0)."))

# ================================================================ Yvette Hulsegge (docx): grouped by competence
# A competence-based CV: the experience is told under four competences, not per job; each period stands inside a
# sentence ("Sinds oktober 2022 ben ik Teamleider Wmo bij de gemeente Overbetuwe", "van januari 2019 tot en met
# juni 2021 Coördinator ... bij Stichting Welzijn Rivierenland-Oost"), some roles twice in two competences. Neither
# leading role alone reaches 60 months: 38 + 30 = 68 (ko 3 pass only with both; criterion 5 = 0).
YH6 = ("Als teamleider heb ik die nota vertaald naar een jaarwerkplan voor het Wmo-team met vier concrete projecten, "
       "waaronder een vaste Wmo-inloop in elk dorp en een mantelzorgpas; resultaat na een jaar: 30 % kortere "
       "wachttijd voor een keukentafelgesprek en 450 uitgegeven mantelzorgpassen.")
YH7 = ("Als teamleider overleg ik maandelijks met de zorgaanbieders in de Wmo en de jeugdhulp, de huisartsen en de "
       "POH-GGZ, zorgverzekeraar VGZ en de cliëntenraad; met de woningcorporatie en twee werkgevers zette ik de "
       "publiek-private samenwerking (PPS) 'Overbetuwe Woont en Werkt' op.")
YH8 = ("In mijn huidige functie ben ik daarnaast projectleider van de herinrichting van de Wmo-toegang: van drie loketten naar één team, met "
       "projectplan, stuurgroep, nieuwe werkprocessen en de invoering van een nieuw registratiesysteem.")
YT, YC = "Teamleider Wmo", "Coördinator Mantelzorg en Vrijwilligerswerk"
YG, YS = "gemeente Overbetuwe", "Stichting Welzijn Rivierenland-Oost"
yh = [pos("Sinds oktober 2022", YT, YG, [], ("2022-10", REF), 38, True),
      pos("van januari 2019 tot en met juni 2021", YC, YS, [], ("2019-01", "2021-06"), 30, True),
      pos("september 2012 – december 2018", "wijkwerker", YS, [], ("2012-09", "2018-12"), 76, False),
      pos("oktober 2022 – heden", YT, YG, [], ("2022-10", REF), 38, True),
      pos("juli 2021 – september 2022", "beleidsmedewerker sociaal domein", YG, [], ("2021-07", "2022-09"), 15,
          False),
      pos("januari 2019 – juni 2021", YC, YS, [], ("2019-01", "2021-06"), 30, True)]
YH_RATE = "€ 82,50 per uur excl. btw"
cv(file="Yvette Hulsegge.docx", fmt="docx", layout="single",
   name="Yvette Hulsegge", email="yvette.hulsegge@example.nl", phone="06-52817364", rate=YH_RATE,
   exp=yh, crit_text={"6": YH6, "7": YH7, "8": YH8}, refs=["Karin Wensveen", "Theo van Gelder"],
   must_have=["Ervaring per competentie", "Leidinggeven en coachen", "Verbinden en samenwerken",
              "Beleid vertalen naar resultaat", "Veranderen en vernieuwen"],
   body=[("title", "Yvette Hulsegge"),
         ("p", "Elst (Gld.) · 06-52817364 · yvette.hulsegge@example.nl"),
         ("p", "Competentiegericht cv voor de opdracht Coördinator welzijn, gemeente Heerde"),
         ("h", "Profiel"),
         ("p", "Leidinggevende in het sociaal domein met wortels in het welzijnswerk. Ik laat in dit cv zien wat ik "
               "kan aan de hand van de competenties uit het profiel; bij elk voorbeeld staat waar en wanneer ik het "
               "deed."),
         ("h", "Ervaring per competentie"),
         ("pb", "1. Leidinggeven en coachen"),
         ("p", f"Sinds oktober 2022 ben ik {YT} bij de {YG}. Ik geef leiding aan elf Wmo-consulenten en twee "
               "administratief medewerkers: werkverdeling, urenverdeling, jaargesprekken en coaching in de "
               "praktijk. Ik ben verantwoordelijk voor de formatie, de werving en selectie en het teambudget."),
         ("p", f"Daarvoor was ik van januari 2019 tot en met juni 2021 {YC} bij {YS}, met een team van vier "
               "mantelzorgconsulenten en ruim 200 vrijwilligers. Ik voerde de jaargesprekken en bouwde een vaste "
               "intervisiestructuur op."),
         ("pb", "2. Verbinden en samenwerken"),
         ("p", f"Als wijkwerker bij {YS} (september 2012 – december 2018) leerde ik de dorpen van de Overbetuwe "
               "kennen: de kerken, de sportclubs, de dorpshuizen en de mensen die er het verschil maken."),
         ("p", f"In mijn huidige rol als {YT} (oktober 2022 – heden) breng ik dat netwerk samen. " + YH7),
         ("pb", "3. Beleid vertalen naar resultaat"),
         ("p", f"Als beleidsmedewerker sociaal domein bij de {YG} (juli 2021 – september 2022) schreef ik mee aan de "
               "nota 'Samen Overbetuwe'. " + YH6),
         ("pb", "4. Veranderen en vernieuwen"),
         ("p", f"Bij {YS} (januari 2019 – juni 2021) bracht ik als {YC} de mantelzorgondersteuning en het "
               "vrijwilligerswerk samen in één steunpunt, met één telefoonnummer en één intake."),
         ("p", YH8),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen (HAN), Nijmegen, "
               "2008 – 2012 — diploma behaald"),
         ("h", "Cursussen"),
         ("bl", ["Leergang Leidinggeven in het sociaal domein (2023)", "Motiverende gespreksvoering (2016)"]),
         ("h", "Referenties"),
         ("p", "Karin Wensveen, afdelingsmanager Maatschappelijke Ontwikkeling, gemeente Overbetuwe, 0481-362100"),
         ("p", "Theo van Gelder, directeur, Stichting Welzijn Rivierenland-Oost, 0488-412900"),
         ("h", "Beschikbaarheid en tarief"),
         ("p", f"24 uur per week, per januari 2026. Uurtarief {YH_RATE}, via detacheerder Betuwe Inzet B.V.")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=68, refs=(2, False), zzp=False, hourly=82.5,
               crit=(15, 0, 15, 20, 25),
               notes="ELIGIBLE, rank 6 (75, EUR 82,50; ahead of Ingrid Hakvoort, 75 without a rate). Experience "
                     "grouped by competence; the periods are inside the sentences. Teamleider Wmo, gemeente "
                     "Overbetuwe 'Sinds oktober 2022' / '(oktober 2022 – heden)' = 2022-10..2025-11 = 38 + "
                     "Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Rivierenland-Oost 'van "
                     "januari 2019 tot en met juni 2021' / '(januari 2019 – juni 2021)' = 30 -> 68 (each role "
                     "printed twice, counted once). Each alone < 60: ko 3 passes only with both; 68 < 72 -> "
                     "criterion 5 = 0. Wijkwerker (2012-09..2018-12) and beleidsmedewerker (2021-07..2022-09): "
                     "not leading. HBO MWD 'diploma behaald'. 'Via detacheerder Betuwe Inzet B.V.' -> no zzp."))

# ================================================================ Wim Roozendaal (pdf): periods in the right margin
# A classic Word CV with a 5 cm right margin; the periods, the education years and the course years stand in that
# margin, in 8 pt grey, in Word frames (w:framePr, horizontally anchored to the page, vertically to the title's
# paragraph). The body column holds title, employer, tasks. No collaboration partners in welfare anywhere
# (criterion 7 = 0).
WR6 = ("Voorbeeld beleid naar resultaat: de Hardenbergse visie 'Sterk in de kernen' heb ik met de beleidsadviseurs "
       "vertaald naar een jaarwerkplan met zeven concrete projecten; resultaat eind 2023: in elke kern een "
       "ontmoetingspunt en 25 % minder inwoners op de wachtlijst voor maatschappelijke ondersteuning.")
WR8 = ("Projectleider van de reorganisatie van de afdeling naar vier gebiedsteams (2019 – 2020) en van de "
       "implementatie van DA Systems (2022): projectplan, stuurgroep, scholing en evaluatie.")
wr = [pos("mei 2017 – heden", "Manager Welzijn en Zorg", "Gemeente Hardenberg",
          ["Leiding aan drie teamleiders en 38 medewerkers (Wmo-toegang, jeugd, welzijn en mantelzorg).",
           "Verantwoordelijk voor budget, formatie, werving & selectie en de jaarplanning van de afdeling.",
           WR6, WR8],
          ("2017-05", REF), 103, True),
      pos("feb. 2011 – apr. 2017", "Teamleider Ouderenwerk en Mantelzorg", "Stichting Welzijn Hardenberg-Oost",
          ["Leiding aan acht ouderenadviseurs en mantelzorgconsulenten en 120 vrijwilligers.",
           "Opzet van de mantelzorgwaardering en een vaste inloop voor ouderen in vijf kernen."],
          ("2011-02", "2017-04"), 75, True),
      pos("sep. 2006 – jan. 2011", "Ouderenadviseur", "Stichting Welzijn Hardenberg-Oost",
          ["Huisbezoeken bij 75-plussers; advies over wonen, welzijn en voorzieningen."],
          ("2006-09", "2011-01"), 53, False),
      pos("aug. 2001 – aug. 2006", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Coevorden-Hardenberg",
          ["Kortdurende hulp aan volwassenen en gezinnen."],
          ("2001-08", "2006-08"), 61, False)]
WR_RATE = "€ 91,00 excl. btw"
cv(file="Wim Roozendaal.pdf", fmt="pdf", layout="single",
   name="Wim Roozendaal", email="wim.roozendaal@example.nl", phone="06-73829104", rate=WR_RATE,
   exp=wr, crit_text={"6": WR6, "8": WR8}, refs=["Albert Mulderij", "Gea Timmerman"],
   body=[("margin_setup", 5.0),
         ("title", "Wim Roozendaal"),
         ("p", "Hardenberg · 06-73829104 · wim.roozendaal@example.nl"),
         ("p", "Uurtarief " + WR_RATE + ", via Vechtstroom Detachering B.V. · beschikbaar per 1 januari 2026, 24 "
               "uur per week"),
         ("h", "Profiel"),
         ("p", "Manager in het sociaal domein met een lange loopbaan in het welzijnswerk. Ik stuur op heldere "
               "afspraken, geef professionals ruimte en vertrouwen en houd het budget en de cijfers scherp in het "
               "oog. Rustig, besluitvaardig en met humor."),
         ("h", "Werkervaring"),
         ("mpos", wr),
         ("h", "Opleiding"),
         ("mline", "1997 – 2001", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, Zwolle — "
                                  "diploma behaald", True),
         ("h", "Cursussen"),
         ("mline", "2022", "Prince2 Foundation"),
         ("mline", "2019", "Leergang Leidinggeven in het sociaal domein, Hogeschool Windesheim"),
         ("mline", "2014", "Oplossingsgericht coachen"),
         ("h", "Referenties"),
         ("p", "Albert Mulderij, gemeentesecretaris, gemeente Hardenberg, 0523-289111"),
         ("p", "Gea Timmerman, directeur-bestuurder, Stichting Welzijn Hardenberg-Oost, 0523-614870")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=178, refs=(2, False), zzp=False, hourly=91.0,
               crit=(15, 25, 15, 0, 25),
               notes="ELIGIBLE, rank 5 (80, EUR 91). The periods stand in the right-hand margin in 8 pt grey (Word "
                     "frames beside each title). Manager Welzijn en Zorg, Gemeente Hardenberg 'mei 2017 – heden' = "
                     "2017-05..2025-11 = 103 + Teamleider Ouderenwerk en Mantelzorg, Stichting Welzijn "
                     "Hardenberg-Oost 'feb. 2011 – apr. 2017' = 75 -> 178 (ouderenadviseur, maatschappelijk "
                     "werker: not leading). HBO MWD 'diploma behaald' with '1997 – 2001' in the margin. No "
                     "collaboration partners in welfare (criterion 7 = 0). 'Via Vechtstroom Detachering B.V.' -> "
                     "no zzp."))
