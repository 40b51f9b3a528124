# -*- coding: utf-8 -*-
"""Holdout CVs for zeef: 14 fictional CVs written independently of the pipeline's rules,
and their hand-checked expectations.

Every person, phone number, e-mail address and reference here is made up. Employers are
real Dutch municipalities and realistic (fictional) foundations and companies.

Each CV is a dict:
  file, fmt (pdf | docx), lang (nl | en)
  name, email, phone       exactly as printed (phone in the printed format)
  rate                     the rate text as printed (checked against the rendering), or None
  layout                   single | sidebar | header
  header                   page-header text (layout "header")
  body / left / right      a list of blocks (see render.py)
  exp                      every position printed in the CV: d (date text as printed), t (title),
                           e (employer), tasks, span (first, last month; open ends = REF),
                           rel (relevant by the default rules), yearonly (printed without months)
  crit_text                {"6"|"7"|"8": passage} the passage that earns the criterion (must be printed)
  refs                     names of the named references (checked against the rendering)
  zzp_negated              phrases that mention zzp only to deny it (removed before the ZZP word check)
  expect                   pages, edu=(highest_level, hbo_bachelor_completed, mwd), coord, refs=(count,
                           on_request), zzp, hourly, crit=(4,5,6,7,8 points), lang, notes
"""

REF = "2025-11"
CVS = []


def cv(**kw):
    kw.setdefault("lang", "nl")
    kw.setdefault("zzp_negated", [])
    kw.setdefault("header", None)
    CVS.append(kw)
    return kw


def pos(d, t, e, tasks, span, rel, yearonly=False):
    return dict(d=d, t=t, e=e, tasks=tasks, span=span, rel=rel, yearonly=yearonly)


# ============================================================================ eligible
# ---------------------------------------------------------------- Marloes Kuiper (pdf)
# single column, headings in capitals, title and employer on one line after the date,
# references in one line, "Uurtarief € 84,50 (excl. BTW)"
MK6 = ("Voorbeeld van beleid naar resultaat: de visie 'Samen leven in Epe' heb ik met het team vertaald "
       "naar een uitvoeringsagenda met vijf concrete projecten, waaronder Welzijn op Recept en een "
       "inloopspreekuur in iedere kern. Elk project heeft meetbare doelen; de resultaten rapporteer ik "
       "ieder kwartaal aan de portefeuillehouder.")
MK7 = ("Vaste samenwerking met zorgaanbieders, huisartsen en zorgverzekeraar Zilveren Kruis binnen het "
       "netwerk Ouderen Noord-Veluwe.")
MK8 = ("Projectleider bij de invoering van één integrale toegang voor Wmo en Jeugd: projectplan, "
       "stuurgroep, implementatie en evaluatie.")
mk = [pos("mei 2016 – heden", "Coördinator sociaal team", "gemeente Epe",
          ["Aansturing van het sociaal team (16 medewerkers: Wmo-consulenten, jeugdconsulenten en "
           "ouderenadviseurs).",
           "Verantwoordelijk voor formatie, werving & selectie en de verdeling van uren over de kernen.",
           "Bewaken van het teambudget; maandelijkse rapportage aan de afdelingsmanager.",
           MK6, MK7, MK8],
          ("2016-05", REF), True),
      pos("sep 2009 – apr 2016", "Wmo-consulent", "Gemeente Apeldoorn",
          ["Keukentafelgesprekken, onderzoek en advies over maatwerkvoorzieningen.",
           "Vast aanspreekpunt voor mantelzorgers in de wijk Zuid."],
          ("2009-09", "2016-04"), False)]
cv(file="Marloes Kuiper.pdf", fmt="pdf", layout="single",
   name="Marloes Kuiper", email="m.kuiper@example.nl", phone="06-21874410",
   rate="Uurtarief € 84,50 (excl. BTW)",
   exp=mk, crit_text={"6": MK6, "7": MK7, "8": MK8}, refs=["P. de Jong", "R. Scholten"],
   body=[("title", "Marloes Kuiper"),
         ("p", "Wapenveld  |  06-21874410  |  m.kuiper@example.nl"),
         ("pb", "Uurtarief € 84,50 (excl. BTW)"),
         ("h", "PROFIEL"),
         ("p", "Coördinator in het sociaal domein met bijna tien jaar leidinggevende ervaring bij de gemeente "
               "Epe. Ik ken de Veluwse gemeenten van binnenuit: korte lijnen, betrokken inwoners en een team "
               "dat elkaar goed moet kunnen vinden. Ik geef richting, coach op eigenaarschap en houd het "
               "overzicht over budget, formatie en voortgang."),
         ("p", "Wat ik meebreng voor Heerde: ervaring met het neerzetten van welzijn als volwaardig onderdeel "
               "van de gemeentelijke organisatie, en met methodisch en cyclisch werken in een team dat dicht "
               "bij de inwoner staat."),
         ("h", "LOOPBAAN"),
         ("pos", "dateline", mk),
         ("h", "OPLEIDINGEN EN CURSUSSEN"),
         ("p", "Bachelor of Social Work (HBO), Hogeschool Saxion — diploma 2009"),
         ("p", "Leergang Regie in het sociaal domein, Movisie — certificaat"),
         ("p", "Training Oplossingsgericht coachen"),
         ("p", "Havo, RSG Nassau Veluwe, Epe"),
         ("h", "VAARDIGHEDEN"),
         ("p", "Verbinden · Coachen · Besluitvaardig · Financieel bewust · Nederlands (moedertaal), Engels (goed)"),
         ("h", "REFERENTIES"),
         ("p", "Dhr. P. de Jong (teamleider, gemeente Epe), tel. 06-38120045; mw. R. Scholten "
               "(afdelingsmanager Samenleving, gemeente Apeldoorn), tel. 06-38120046")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=115, refs=(2, False), zzp=False, hourly=84.5,
               crit=(15, 25, 15, 20, 25),
               notes="Coördinator sociaal team, gemeente Epe, 'mei 2016 – heden' = 2016-05..2025-11 = 115 (relevant); "
                     "Wmo-consulent Apeldoorn not relevant (role). 'Bachelor of Social Work (HBO), Hogeschool "
                     "Saxion — diploma 2009' = completed Social Work bachelor -> MWD. Both references are in one "
                     "line ('Dhr. P. de Jong ...; mw. R. Scholten ...') -> 2. Rate 84,50."))

# ---------------------------------------------------------------- Rob Hendriksen (docx)
# sidebar table, "Arbeidsverleden" / "Genoten opleidingen" / "Referenten", employer on the
# line below the title, MWD without a completion word but with a finished period
RH6 = ("Voorbeeld beleid naar resultaat: het gemeentelijke beleid tegen eenzaamheid heb ik vertaald naar het "
       "uitvoeringsplan 'Niemand Alleen' met acht acties, een planning en meetbare doelen; na twee jaar was "
       "het aantal huisbezoeken aan alleenstaande ouderen verdubbeld.")
RH7 = ("Maandelijks overleg met zorgaanbieders, de huisartsencoöperatie, de woningcorporatie en "
       "zorgverzekeraar Menzis over valpreventie en mantelzorgondersteuning.")
rh = [pos("januari 2021 – heden", "Manager Welzijn & Participatie", "Stichting Mens en Welzijn",
          ["Integraal leidinggevende van drie teams (ouderenwerk, mantelzorg, buurtwerk): 28 medewerkers en "
           "ruim 200 vrijwilligers.", RH6, RH7,
           "Verantwoordelijk voor de begroting (€ 2,4 miljoen), de subsidieverantwoording en het jaarverslag."],
          ("2021-01", REF), True),
      pos("januari 2018 - december 2020", "Teammanager Wmo", "Gemeente Apeldoorn",
          ["Leidinggevende van 22 Wmo-consulenten en twee kwaliteitsmedewerkers.",
           "Sturen op doorlooptijden, kwaliteit van beschikkingen en werkplezier.",
           "Werving & selectie, jaargesprekken en verzuimbegeleiding."],
          ("2018-01", "2020-12"), True),
      pos("maart 2014 – december 2017", "Coördinator Mantelzorg", "Stichting Mens en Welzijn",
          ["Coördinatie van het Steunpunt Mantelzorg en de inzet van vrijwilligers.",
           "Organisatie van de Dag van de Mantelzorg en van lotgenotengroepen."],
          ("2014-03", "2017-12"), True),
      pos("2009 – 2014", "Casemanager dementie", "Zorggroep Noord-Veluwe B.V.",
          ["Begeleiding van thuiswonende mensen met dementie en hun naasten."],
          ("2009-01", "2014-12"), False, yearonly=True),
      pos("2005 – 2009", "Maatschappelijk werker", "Stichting Mens en Welzijn",
          ["Individuele hulpverlening en groepswerk."],
          ("2005-01", "2009-12"), False, yearonly=True)]
cv(file="Rob Hendriksen.docx", fmt="docx", layout="sidebar",
   name="Rob Hendriksen", email="rhendriksen@example.nl", phone="06 18 22 93 41",
   rate="€ 86,00 per uur, excl. btw",
   exp=rh, crit_text={"6": RH6, "7": RH7}, refs=["Karin Wolters", "Gerard Pots"],
   left=[("h", "Contact"), ("p", "rhendriksen@example.nl"), ("p", "06 18 22 93 41"), ("p", "Apeldoorn"),
         ("h", "Tarief"), ("pb", "€ 86,00 per uur, excl. btw"),
         ("h", "Kwaliteiten"), ("bl", ["Verbinder", "Coachend leidinggeven", "Helder en direct", "Budgetbewaking"]),
         ("h", "Talen"), ("p", "Nederlands"), ("p", "Engels"), ("p", "Duits (basis)"),
         ("h", "Rijbewijs"), ("p", "B")],
   right=[("title", "Rob Hendriksen"),
          ("p", "Manager welzijn"),
          ("h", "Profiel"),
          ("p", "Als manager welzijn breng ik rust en richting in teams die veel ballen tegelijk in de lucht "
                "houden. Ik ben van huis uit maatschappelijk werker en weet wat er op de werkvloer speelt. Mijn "
                "kracht: medewerkers meenemen, knopen doorhakken en zorgen dat de basis op orde is."),
          ("h", "Arbeidsverleden"),
          ("pos", "next", rh),
          ("h", "Genoten opleidingen"),
          ("p", "Maatschappelijk Werk en Dienstverlening, Hogeschool van Arnhem en Nijmegen (2001-2005)"),
          ("p", "Leergang Integraal Leidinggeven, NCOI"),
          ("p", "Havo, Veluws College Apeldoorn"),
          ("h", "Referenten"),
          ("p", "Karin Wolters, directeur-bestuurder Stichting Mens en Welzijn, telefoon 06-55123401"),
          ("p", "Gerard Pots, afdelingshoofd Maatschappelijke Ontwikkeling, Gemeente Apeldoorn, telefoon 06-55123402")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=141, refs=(2, False), zzp=False, hourly=86.0,
               crit=(15, 25, 15, 20, 0),
               notes="Coördinator Mantelzorg 2014-03..2017-12 (46) + Teammanager Wmo Gemeente Apeldoorn 'januari 2018 - "
                     "december 2020' (36) + Manager Welzijn & Participatie Stichting Mens en Welzijn 2021-01..2025-11 "
                     "(59) = contiguous 2014-03..2025-11 = 141. Casemanager at a Zorggroep B.V. and maatschappelijk "
                     "werker not relevant (role/employer). 'Maatschappelijk Werk en Dienstverlening, Hogeschool van "
                     "Arnhem en Nijmegen (2001-2005)' under 'Genoten opleidingen': no completion word, but a finished "
                     "four-year period listed as a genoten opleiding (and nothing says 'niet afgerond') -> completed "
                     "HBO MWD, as a human assessor reads a Dutch CV. No project/change wording -> criterion 8 = 0."))

# ---------------------------------------------------------------- Derya Aksoy (pdf)
# Europass date column, headings with a trailing colon, "okt 2019 – nu", "04-2013 – 09-2017",
# WO master, references as a small table, "Tarief: 89 euro per uur"
DA6 = ("Voorbeeld: het gemeentelijke beleidskader Vrijwillige Inzet omgezet in een jaarwerkplan met concrete "
       "projecten (maatjesproject, vrijwilligersvacaturebank, scholing) en meetbare resultaten; het aantal "
       "actieve vrijwilligers steeg in twee jaar met 30%.")
DA7 = ("Afspraken met zorgaanbieders, huisartsenpraktijken en zorgverzekeraar Zilveren Kruis over de inzet "
       "van vrijwilligers na ontslag uit het ziekenhuis.")
DA8 = ("Trekker van de veranderopgave van losse loketten naar één wijkteam per wijk, inclusief de "
       "herinrichting van de werkprocessen.")
da = [pos("okt 2019 – nu", "Coördinator vrijwilligerswerk", "Welzijnsorganisatie De Kern",
          ["Leiding aan het team vrijwilligerswerk (6 medewerkers) en de vrijwilligerscentrale met circa "
           "450 vrijwilligers.", DA6, DA7],
          ("2019-10", REF), True),
      pos("10-2017 – 09-2019", "Beleidsadviseur sociaal domein", "Gemeente Dalfsen",
          ["Advisering aan het college over Wmo, jeugd en participatie."],
          ("2017-10", "2019-09"), False),
      pos("04-2013 – 09-2017", "Leidinggevende wijkteam", "Sociaal Wijkteam Zwolle (gemeente Zwolle)",
          ["Dagelijkse leiding van het wijkteam Holtenbroek (12 generalisten).", DA8,
           "Casuïstiekoverleg, werkverdeling en kwaliteitsbewaking."],
          ("2013-04", "2017-09"), True),
      pos("09-2009 – 03-2013", "Opbouwwerker", "Welzijnsorganisatie De Kern",
          ["Ondersteuning van bewonersinitiatieven in Zwolle-Zuid."],
          ("2009-09", "2013-03"), False)]
cv(file="Derya Aksoy.pdf", fmt="pdf", layout="single",
   name="Derya Aksoy", email="derya.aksoy@example.nl", phone="+31 6 44712290",
   rate="Tarief: 89 euro per uur",
   exp=da, crit_text={"6": DA6, "7": DA7, "8": DA8}, refs=["Anton Berends", "Lieke Vos"],
   body=[("title", "Derya Aksoy"),
         ("h", "Persoonlijke gegevens:"),
         ("rows", [("Naam", ["Derya Aksoy"]), ("Woonplaats", ["Zwolle"]), ("Telefoon", ["+31 6 44712290"]),
                   ("E-mail", ["derya.aksoy@example.nl"]), ("Geboortejaar", ["1981"])]),
         ("h", "Profiel:"),
         ("p", "Verbindende leidinggevende met een sociologische achtergrond. Ik werk al meer dan twaalf jaar in "
               "Zwolle en omgeving, eerst in de wijk, daarna als leidinggevende van een wijkteam en nu als "
               "coördinator bij een welzijnsorganisatie. Ik houd van heldere afspraken en van teams die zelf "
               "verantwoordelijkheid nemen."),
         ("pb", "Tarief: 89 euro per uur"),
         ("h", "Werkervaring:"),
         ("eu_pos", da),
         ("h", "Opleiding & training:"),
         ("rows", [("2003 – 2008", ["Sociologie (WO), Universiteit Utrecht, master behaald"]),
                   ("1999 – 2003", ["MBO Sociaal Maatschappelijke Dienstverlening niveau 4, Deltion College "
                                    "Zwolle, diploma"]),
                   ("", ["Training Leidinggeven aan professionals"])]),
         ("h", "Talen:"),
         ("p", "Nederlands en Turks (moedertaal), Engels (goed)"),
         ("h", "Referenties:"),
         ("table", ("Naam", "Functie", "Telefoon"),
          [("Anton Berends", "directeur, Welzijnsorganisatie De Kern", "06-20981234"),
           ("Lieke Vos", "teamleider Sociaal Wijkteam, gemeente Zwolle", "06-20981235")])],
   expect=dict(pages=2, edu=("wo", True, False), coord=128, refs=(2, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Coördinator vrijwilligerswerk at Welzijnsorganisatie De Kern 'okt 2019 – nu' = 2019-10..2025-11 = 74 "
                     "(coordinator, welzijn, a welfare organisation) + Leidinggevende wijkteam at Sociaal Wijkteam Zwolle "
                     "(gemeente Zwolle) '04-2013 – 09-2017' = 54 -> 128. Beleidsadviseur and opbouwwerker not relevant "
                     "(role). 'Sociologie (WO), Universiteit Utrecht, master behaald' -> wo, degree, not MWD; the MBO SMD "
                     "diploma is not MWD either. References as a 3-column table -> 2. 'Tarief: 89 euro per uur'."))

# ---------------------------------------------------------------- Johan Veldhuis (docx)
# three pages with page breaks, contact only in the page header, no rate, references with e-mail
# and no phone, "sinds maart 2020", "1 september 2015 – 31 augustus 2019", "HBO-MWD, afgerond in 2003"
JV6 = ("In Oldebroek lag een vastgesteld beleidsplan Preventie en Welzijn, maar nog geen uitvoering. Ik heb "
       "het plan vertaald naar een jaarwerkplan met zes concrete projecten, elk met een trekker, een budget "
       "en indicatoren. Na één jaar liepen vijf projecten volgens planning; de tussenevaluatie is in de "
       "raad besproken.")
JV7 = "Samenwerkingspartners: zorgaanbieders, GGD, zorgverzekeraar en cliëntenraden in de regio Noord-Veluwe."
JV8 = ("Projectcoördinator voor de transformatie van de jeugdhulp na de decentralisatie: projectplan, planning, "
       "risicobeheer en rapportage aan de stuurgroep.")
jv = [pos("sinds maart 2020", "Coördinator sociaal domein", "Gemeente Oldebroek",
          ["Coördinatie van het cluster welzijn en preventie; aanspreekpunt voor 11 medewerkers en twee "
           "gedetacheerde ouderenadviseurs.",
           "Inrichting van het registratiesysteem en de managementinformatie.",
           "Afspraken met de welzijnsorganisatie over inzet en resultaten.",
           "Bewaken van budget en financiële kaders; kwartaalrapportage aan het MT."],
          ("2020-03", REF), True),
      pos("september 2019 – februari 2020", "Beleidsadviseur sociaal domein (tijdelijk)", "Gemeente Hattem",
          ["Opstellen van de kadernota Wmo en advisering aan de portefeuillehouder."],
          ("2019-09", "2020-02"), False),
      pos("1 september 2015 – 31 augustus 2019", "Projectcoördinator Jeugd", "Gemeente Hattem",
          [JV8, "Coördinatie van het Centrum voor Jeugd en Gezin en de inzet van de jeugdconsulenten.",
           "Contractafspraken met jeugdhulpaanbieders in de regio."],
          ("2015-09", "2019-08"), True)]
jv_other = [pos("maart 2006 – augustus 2015", "Ambulant hulpverlener jeugd", "Stichting Jeugdhulp Oost-Nederland",
                ["Gezinsbegeleiding en crisisinterventie."], ("2006-03", "2015-08"), False)]
cv(file="Johan Veldhuis.docx", fmt="docx", layout="header",
   name="Johan Veldhuis", email="jveldhuis@example.nl", phone="06-29384756", rate=None,
   header="Johan Veldhuis  ·  Hattem  ·  06-29384756  ·  jveldhuis@example.nl",
   exp=jv + jv_other, crit_text={"6": JV6, "7": JV7, "8": JV8}, refs=["A. Lammers", "H. Brink"],
   body=[("title", "Curriculum vitae"),
         ("h", "Profiel"),
         ("p", "Coördinator in het sociaal domein met een achtergrond in de jeugdhulp. Ik werk graag op het "
               "snijvlak van beleid en praktijk: ik zorg dat plannen landen bij de mensen die ze moeten "
               "uitvoeren, en dat signalen uit de praktijk terugkomen bij beleid en bestuur."),
         ("p", "Mijn stijl is rustig, duidelijk en betrokken. Ik ken de gemeenten op de Noord-Veluwe en in "
               "de IJsselvallei goed."),
         ("h", "Aansluiting op de uitvraag"),
         ("bl", ["Opleiding: hbo Maatschappelijk Werk en Dienstverlening, afgerond.",
                 "Bijna tien jaar ervaring als coördinator in het sociaal domein bij de gemeenten Hattem en Oldebroek.",
                 JV7,
                 "Projectmatig werken: projectcoördinator in de jeugdzorg; Prince2 Foundation."]),
         ("h", "Voorbeeld: van beleid naar resultaat"),
         ("p", JV6),
         ("break",),
         ("h", "Relevante werkervaring"),
         ("pos", "datebold", jv),
         ("h", "Overige werkervaring"),
         ("pos", "datebold", jv_other),
         ("break",),
         ("h", "Opleidingen"),
         ("p", "HBO-MWD, afgerond in 2003 (Hogeschool Windesheim, Zwolle)"),
         ("p", "Prince2 Foundation"),
         ("h", "Cursussen"),
         ("bl", ["Training Oplossingsgericht werken", "Cursus Jeugdwet voor leidinggevenden",
                 "Training Feedback geven en ontvangen"]),
         ("h", "Nevenactiviteiten"),
         ("p", "Penningmeester van de plaatselijke muziekvereniging."),
         ("h", "Referenties"),
         ("p", "Mevr. A. Lammers, afdelingsmanager Sociaal Domein, gemeente Oldebroek — a.lammers@example.nl"),
         ("p", "Dhr. H. Brink, teamleider Jeugd, gemeente Hattem — h.brink@example.nl")],
   expect=dict(pages=3, edu=("hbo", True, True), coord=117, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 25, 15, 20, 25),
               notes="Three pages (explicit page breaks); name, phone and e-mail only in the page header (the "
                     "references' e-mail addresses are in the body). Coördinator sociaal domein Oldebroek 'sinds maart "
                     "2020' = 2020-03..2025-11 = 69 + Projectcoördinator Jeugd Gemeente Hattem '1 september 2015 – 31 "
                     "augustus 2019' = 2015-09..2019-08 = 48 -> 117 (a coordinator role in jeugd at a gemeente); "
                     "Beleidsadviseur and hulpverlener not relevant. 'HBO-MWD, afgerond in 2003' -> MWD. References "
                     "with e-mail but no phone still count -> 2. No rate: ranks after the 100-point candidate with a rate."))

# ---------------------------------------------------------------- Ellen Timmermans (pdf)
# experience table (periode | functie | organisatie), English summary paragraph in a Dutch CV,
# year-only periods "2016 – heden", "2011 t/m 2015", "2008-2010", landline phone
ET6 = ("Voorbeeld beleid naar resultaat: het nieuwe beleid voor mantelzorgondersteuning heb ik vertaald naar "
       "een jaarplan met drie concrete projecten (respijtzorg, mantelzorgcompliment, lotgenotengroepen). "
       "Resultaat: het bereik onder mantelzorgers steeg binnen een jaar van 300 naar 520.")
ET8 = ("Leiding gegeven aan de reorganisatie van het team naar drie kernteams (Epe, Vaassen, Emst): een "
       "veranderopgave van anderhalf jaar, met een projectplan en tussentijdse evaluaties.")
et = [pos("2016 – heden", "Teamleider Welzijn en Zorg", "Gemeente Epe",
          ["Leiding aan het team Welzijn en Zorg (Wmo-consulenten, ouderenadviseurs, mantelzorgconsulent).",
           ET6, ET8],
          ("2016-01", REF), True, yearonly=True),
      pos("2011 t/m 2015", "Coördinator Welzijn Ouderen", "Stichting Welzijn Ouderen Heerde",
          ["Coördinatie van de ouderenadviseurs en de vrijwillige thuisadministratie.",
           "Werving en begeleiding van vrijwilligers; verantwoording van de subsidie."],
          ("2011-01", "2015-12"), True, yearonly=True),
      pos("2008-2010", "Teamleider thuiszorg", "Zorggroep Oost-Veluwe B.V.",
          ["Leiding aan twee wijkteams thuiszorg; roosters, kwaliteit en cliënttevredenheid."],
          ("2008-01", "2010-12"), False, yearonly=True)]
ET_SUMMARY = ("Summary: experienced team leader in welfare and care. I build teams that stay close to residents; "
              "colleagues describe my leadership as calm, clear and decisive. Happy to be interviewed in English "
              "or in Dutch.")
cv(file="Ellen Timmermans.pdf", fmt="pdf", layout="single",
   name="Ellen Timmermans", email="ellen.timmermans@example.nl", phone="0578-691234",
   rate="€ 87,00 per uur (excl. btw)",
   exp=et, crit_text={"6": ET6, "8": ET8}, refs=["Wilma Hagen", "Theo Brouwer"],
   english=ET_SUMMARY,
   body=[("title", "Ellen Timmermans"),
         ("p", "Heerde  ·  0578-691234  ·  ellen.timmermans@example.nl"),
         ("p", "Uurtarief: € 87,00 per uur (excl. btw)"),
         ("h", "Profiel"),
         ("p", "Teamleider welzijn en zorg met ruim veertien jaar leidinggevende ervaring op de Veluwe. Ik woon "
               "in Heerde, ken de sociale kaart en weet hoe belangrijk korte lijnen zijn in een kleine gemeente. "
               "Ik stuur op resultaat én op werkplezier, en ik geef medewerkers de ruimte om zelf oplossingen te "
               "bedenken."),
         ("p", ET_SUMMARY),
         ("h", "Werkervaring"),
         ("exptable", ("Periode", "Functie", "Organisatie"), et),
         ("h", "Toelichting"),
         ("tasks", et),
         ("h", "Opleiding"),
         ("p", "Bachelor Pedagogiek (hbo), Hogeschool Windesheim, 2003 – 2007, diploma behaald"),
         ("h", "Talen"),
         ("p", "Nederlands (moedertaal), Engels (zeer goed), Duits (redelijk)"),
         ("h", "Referenties"),
         ("p", "Wilma Hagen – afdelingsmanager Samenleving, gemeente Epe – 06-33445566"),
         ("p", "Theo Brouwer – voorzitter bestuur, Stichting Welzijn Ouderen Heerde – 06-33445567")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=179, refs=(2, False), zzp=False, hourly=87.0,
               crit=(0, 25, 15, 0, 25),
               notes="Dutch CV with one English summary paragraph -> still Dutch. Experience table with year-only "
                     "periods: Teamleider Welzijn en Zorg Gemeente Epe '2016 – heden' = 2016-01..2025-11 = 119 + "
                     "Coördinator Welzijn Ouderen Stichting Welzijn Ouderen Heerde '2011 t/m 2015' = 60 -> 179 (even "
                     "the narrowest reading, 108 + 38 = 146, is far above 72). Teamleider thuiszorg at a Zorggroep B.V. "
                     "'2008-2010' not relevant (commercial employer). Bachelor Pedagogiek: hbo degree, not MWD. No "
                     "partners named -> criterion 7 = 0."))

# ---------------------------------------------------------------- Wouter Brinkman (docx)
# employed by a secondment agency and says "geen zzp'er": not a ZZP indication
WB7 = ("Afstemming met zorgaanbieders, GGZ-instellingen, woningcorporaties en de zorgverzekeraar over "
       "complexe casuïstiek.")
WB8 = ("Projectleider van het verandertraject 'Eén gezin, één plan': nieuwe werkwijze ontworpen, "
       "medewerkers getraind en de invoering geëvalueerd.")
wb = [pos("sinds juli 2024", "Coördinator Wmo (gedetacheerd via Wijkwerk Detachering B.V.)", "Gemeente Hattem",
          ["Aansturing van 9 Wmo-consulenten; bewaking van werkvoorraad en doorlooptijden.",
           "Herinrichting van de werkverdeling en het werkoverleg."],
          ("2024-07", REF), True),
      pos("feb 2015 – jun 2024", "Teamleider Sociaal Team", "Gemeente Zwolle",
          ["Leidinggevende van het sociaal team Zwolle-Zuid (18 medewerkers).", WB8, WB7,
           "Formatie, werving & selectie en verzuimbegeleiding."],
          ("2015-02", "2024-06"), True),
      pos("sep 2008 – jan 2015", "Consulent Werk en Inkomen", "Gemeente Zwolle",
          ["Begeleiding van bijstandsgerechtigden naar werk."],
          ("2008-09", "2015-01"), False)]
cv(file="Wouter Brinkman.docx", fmt="docx", layout="single",
   name="Wouter Brinkman", email="w.brinkman@example.nl", phone="06-51234987",
   rate="Tarief € 79,95 per uur (excl. btw)",
   exp=wb, crit_text={"7": WB7, "8": WB8}, refs=["J. Klomp", "F. Dijkman"],
   zzp_negated=["geen zzp'er"],
   body=[("title", "Wouter Brinkman"),
         ("h", "Personalia"),
         ("rows", [("Woonplaats", ["Zwolle"]), ("Telefoon", ["06-51234987"]), ("E-mail", ["w.brinkman@example.nl"]),
                   ("Dienstverband", ["In vaste loondienst bij Wijkwerk Detachering B.V., dat mij voor deze "
                                      "opdracht aanbiedt (detachering). Ik ben geen zzp'er."]),
                   ("Beschikbaarheid", ["24 uur per week, per direct"]),
                   ("Tarief", ["Tarief € 79,95 per uur (excl. btw)"])]),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein met een nuchtere, coachende stijl. Ik zorg voor overzicht, "
               "spreek mensen aan op afspraken en geef ruimte aan vakmanschap. Sinds 2024 werk ik via "
               "detachering bij de gemeente Hattem; daarvoor ruim negen jaar als teamleider bij de gemeente Zwolle."),
         ("h", "Werkervaring"),
         ("pos", "pipe", wb),
         ("h", "Opleiding"),
         ("p", "Hbo Personeel & Arbeid, Hanzehogeschool Groningen, 2002 – 2006, getuigschrift behaald"),
         ("h", "Cursussen"),
         ("bl", ["Training Situationeel leidinggeven", "Cursus Wmo 2015 in de praktijk"]),
         ("h", "Referenties"),
         ("p", "Mevrouw J. Klomp, afdelingsmanager Sociaal Domein gemeente Zwolle, 06-47110022"),
         ("p", "De heer F. Dijkman, teamleider Wmo gemeente Hattem, 06-47110023")],
   expect=dict(pages=2, edu=("hbo", True, False), coord=130, refs=(2, False), zzp=False, hourly=79.95,
               crit=(0, 25, 0, 20, 25),
               notes="Employed (vaste loondienst) by a secondment agency that offers him, and says 'Ik ben geen "
                     "zzp'er': not presented as self-employed -> zzp false, knock-out 1 pass (an agency employee is "
                     "exactly what the uitvoeringsvoorwaarde asks for). Teamleider Sociaal Team Gemeente Zwolle "
                     "2015-02..2024-06 = 113 + Coördinator Wmo at Gemeente Hattem (seconded) 2024-07..2025-11 = 17 -> "
                     "130 (coordinator work at a gemeente; without it 113, no decision changes). Consulent not "
                     "relevant. Hbo Personeel & Arbeid 'getuigschrift behaald': hbo degree, not MWD. No policy-to-"
                     "results example -> criterion 6 = 0. 'Cursus Wmo 2015' is a course name, not a period."))

# ============================================================================ review
# ---------------------------------------------------------------- Anouk Schipper (pdf)
# ZZP: eenmanszaak, KvK, "zelfstandige" -> knock-out 1 review
AS6 = ("Voorbeeld: het jeugdbeleidsplan vertaald naar een jaarwerkplan met concrete projecten, waaronder een "
       "opvoedpoli in twee wijken; alle projecten zijn geëvalueerd en de resultaten zijn aan de raad gerapporteerd.")
AS7 = ("Regie op de samenwerking met zorgaanbieders, de zorgverzekeraar en cliëntenraden; opzet van een "
       "publiek-private samenwerking (PPS) rond valpreventie.")
AS8 = "Projectmatig werken als kwartiermaker en projectleider van de nieuwe welzijnsopdracht van de gemeente."
asx = [pos("2019 – heden", "Interim-coördinator Welzijn (opdracht via eigen eenmanszaak)", "Gemeente Olst-Wijhe",
           [AS7, AS8, "Aansturing van het team welzijn (8 medewerkers) en bewaking van het budget."],
           ("2019-01", REF), True, yearonly=True),
       pos("aug 2012 – dec 2018", "Coördinator Jeugd en Gezin", "Gemeente Deventer",
           ["Coördinatie van het CJG-team (10 medewerkers).", AS6],
           ("2012-08", "2018-12"), True),
       pos("2004 – 2012", "Maatschappelijk werker", "Stichting Maatschappelijk Werk Salland",
           ["Hulpverlening aan gezinnen en jongeren."], ("2004-01", "2012-12"), False, yearonly=True)]
cv(file="Anouk Schipper.pdf", fmt="pdf", layout="sidebar",
   name="Anouk Schipper", email="a.schipper@example.nl", phone="06-12983344",
   rate="€ 95,- per uur",
   exp=asx, crit_text={"6": AS6, "7": AS7, "8": AS8}, refs=["Erik Span", "Monique Lubbers"],
   left=[("h", "Contact"), ("p", "a.schipper@example.nl"), ("p", "06-12983344"), ("p", "Deventer"),
         ("h", "Tarief"), ("pb", "€ 95,- per uur"),
         ("h", "KvK"), ("p", "87654321"),
         ("h", "Competenties"), ("bl", ["Verbindend", "Koersvast", "Analytisch", "Coachend"]),
         ("h", "Talen"), ("p", "Nederlands, Engels")],
   right=[("title", "Anouk Schipper"),
          ("p", "Zelfstandig adviseur en interim-coördinator welzijn"),
          ("h", "Over mij"),
          ("p", "Sinds 2019 werk ik als zelfstandige vanuit mijn eenmanszaak Schipper Welzijnsadvies. Daarvoor "
                "was ik ruim zes jaar coördinator jeugd en gezin bij de gemeente Deventer. Ik help gemeenten om "
                "welzijn een stevige plek te geven in de organisatie."),
          ("h", "Loopbaan"),
          ("pos", "sample", asx),
          ("h", "Opleidingen"),
          ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hanzehogeschool Groningen (1999 – 2003), diploma behaald"),
          ("h", "Referenties"),
          ("p", "Erik Span, directeur Samenleving, gemeente Olst-Wijhe, 06-70012345"),
          ("p", "Monique Lubbers, teammanager Jeugd, gemeente Deventer, 06-70012346")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=160, refs=(2, False), zzp=True, hourly=95.0,
               crit=(15, 25, 15, 20, 25),
               notes="Self-employed: 'zelfstandige vanuit mijn eenmanszaak', KvK number, 'opdracht via eigen "
                     "eenmanszaak' -> zzp, knock-out 1 review. Interim-coördinator Welzijn Olst-Wijhe '2019 – heden' "
                     "= 2019-01..2025-11 = 83 + Coördinator Jeugd en Gezin Deventer 2012-08..2018-12 = 77 -> 160 "
                     "(narrowest reading 72 + 77 = 149). Maatschappelijk werker not relevant."))

# ---------------------------------------------------------------- Mirjam de Haan (docx)
# "Referenties worden op verzoek verstrekt" -> references review
MH6 = ("Voorbeeld: de beleidsnota Preventief Sociaal Domein omgezet in een jaarwerkplan met vier concrete "
       "projecten en resultaatafspraken per kwartaal; resultaat: een derde minder aanvragen voor huishoudelijke "
       "hulp door de inzet van algemene voorzieningen.")
MH8 = ("Projectleider van de overgang naar gebiedsgericht werken in drie kernen (projectplan, implementatie "
       "en evaluatie).")
mh = [pos("maart 2017 – heden", "Coördinator Sociaal Team", "Gemeente Elburg",
          ["Coördinatie van het sociaal team (Wmo, jeugd en schulddienstverlening; 12 medewerkers).", MH6, MH8,
           "Bewaking van de werkvoorraad, de doorlooptijden en het teambudget."],
          ("2017-03", REF), True),
      pos("sept 2012 – feb 2017", "Maatschappelijk werker", "Stichting Welzijn Noord-Veluwe",
          ["Hulpverlening aan volwassenen en gezinnen."], ("2012-09", "2017-02"), False)]
cv(file="Mirjam de Haan.docx", fmt="docx", layout="sidebar",
   name="Mirjam de Haan", email="mdehaan@example.nl", phone="06-24681357",
   rate="Uurtarief € 88,75",
   exp=mh, crit_text={"6": MH6, "8": MH8}, refs=[],
   left=[("h", "Personalia"), ("p", "mdehaan@example.nl"), ("p", "06-24681357"), ("p", "Elburg"),
         ("pb", "Uurtarief € 88,75"),
         ("h", "Sterke punten"), ("bl", ["Overzicht houden", "Mensen meenemen", "Doorpakken"]),
         ("h", "Talen"), ("p", "Nederlands"), ("p", "Engels")],
   right=[("title", "Mirjam de Haan"),
          ("h", "Profiel"),
          ("p", "Coördinator sociaal team met een achtergrond als maatschappelijk werker. Ik houd van "
                "duidelijkheid: heldere afspraken, een overzichtelijke werkvoorraad en een team dat weet waar het "
                "aan toe is."),
          ("h", "Werkervaring"),
          ("pos", "sample", mh),
          ("h", "Opleidingen en cursussen"),
          ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle, 2008 – 2012 (diploma)"),
          ("p", "Cursus Motiverende gespreksvoering"),
          ("h", "Referenties"),
          ("p", "Referenties worden op verzoek verstrekt.")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=105, refs=(0, True), zzp=False, hourly=88.75,
               crit=(15, 25, 15, 0, 25),
               notes="'Referenties worden op verzoek verstrekt.' and no named reference -> references review (on "
                     "request). Coördinator Sociaal Team Gemeente Elburg 2017-03..2025-11 = 105; maatschappelijk "
                     "werker not relevant. Bachelor Social Work '(diploma)' -> MWD. No partners named -> criterion 7 = 0."))

# ---------------------------------------------------------------- Henk Bosman (pdf)
# "2008-2012" (year-only, no spaces) decides knock-out 3 -> review
HB6 = ("Voorbeeld: het beleidsplan Jeugd vertaald naar een uitvoeringsagenda met concrete maatregelen en "
       "resultaten, zoals een praktijkondersteuner jeugd bij alle huisartsen; de verwijzingen naar "
       "specialistische jeugdhulp daalden met 15%.")
HB7 = "Contractafspraken en periodiek overleg met zorgaanbieders en de zorgverzekeraar over de praktijkondersteuning."
hb = [pos("jan 2013 – heden", "Beleidsadviseur sociaal domein", "Gemeente Oldebroek",
          [HB6, HB7, "Advisering aan college en raad over Wmo en Jeugdwet."],
          ("2013-01", REF), False),
      pos("2008-2012", "Coördinator Jeugd", "gemeente Hattem",
          ["Coördinatie van het Centrum voor Jeugd en Gezin.",
           "Aansturing van de jeugdconsulenten en het schoolmaatschappelijk werk."],
          ("2008-01", "2012-12"), True, yearonly=True),
      pos("2003-2007", "Jongerenwerker", "Stichting Welzijn Hattem",
          ["Ambulant jongerenwerk en het jongerencentrum."], ("2003-01", "2007-12"), False, yearonly=True)]
cv(file="Henk Bosman.pdf", fmt="pdf", layout="single",
   name="Henk Bosman", email="henk.bosman@example.nl", phone="06-19283746",
   rate=None,
   exp=hb, crit_text={"6": HB6, "7": HB7}, refs=["Jan Willem Smit", "Rita Hoekman"],
   body=[("title", "Henk Bosman"),
         ("p", "Oldebroek | 06-19283746 | henk.bosman@example.nl"),
         ("p", "Tarief: in overleg"),
         ("h", "Profiel"),
         ("p", "Beleidsadviseur sociaal domein en oud-coördinator jeugd. Ik wil graag terug naar een rol waarin "
               "ik een team aanstuur en dicht bij de inwoners sta."),
         ("h", "Werkervaring"),
         ("pos", "sample", hb),
         ("h", "Opleiding"),
         ("p", "Hbo Maatschappelijk Werk en Dienstverlening (MWD), Christelijke Hogeschool Windesheim, 1998-2002, diploma"),
         ("h", "Referenties"),
         ("p", "Jan Willem Smit, gemeentesecretaris Oldebroek, 06-11223300"),
         ("p", "Rita Hoekman, voormalig teamleider Jeugd gemeente Hattem, 06-11223301")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=60, refs=(2, False), zzp=False, hourly=None,
               crit=(15, 0, 15, 20, 0),
               notes="Only Coördinator Jeugd gemeente Hattem '2008-2012' is relevant: year-only, 60 months by the "
                     "January-December convention, but as few as 38 (2008-12..2012-01) -> exactly at the 60-month "
                     "threshold, knock-out 3 review. At most 60 < 72 -> criterion 5 = 0. Beleidsadviseur sociaal domein "
                     "(current job) and jongerenwerker not relevant (role). 'Tarief: in overleg' -> no rate."))

# ---------------------------------------------------------------- Ilse Vermeer (docx)
# Europass; one named reference plus "a second reference on request" -> references review
IV6 = ("Voorbeeld: het beleidskader Gezond Nunspeet vertaald naar concrete projecten en resultaten (onder "
       "meer buurtsportcoaches op alle basisscholen), vastgelegd in een jaarwerkplan met monitoring.")
IV7 = "Overleg met zorgaanbieders, de zorgverzekeraar en de patiëntenvereniging in het regionale zorgnetwerk."
IV8 = "Verandertraject 'Samen in de wijk': begeleiding van de reorganisatie naar twee gebiedsteams."
iv = [pos("september 2014 – heden", "Manager Zorg & Welzijn", "Gemeente Nunspeet",
          ["Leiding aan de afdeling Zorg & Welzijn (Wmo, jeugd, welzijnssubsidies; 25 fte).", IV6, IV7, IV8],
          ("2014-09", REF), True),
      pos("2009 – 2014", "Coördinator patiëntenzorg", "Ziekenhuis Noordwest-Veluwe",
          ["Coördinatie van de verpleegafdeling interne geneeskunde."], ("2009-01", "2014-12"), False, yearonly=True),
      pos("2005 – 2009", "Verpleegkundige", "Ziekenhuis Noordwest-Veluwe",
          ["Verpleegkundige zorg op de afdeling interne geneeskunde."], ("2005-01", "2009-12"), False, yearonly=True)]
cv(file="Ilse Vermeer.docx", fmt="docx", layout="single",
   name="Ilse Vermeer", email="ilse.vermeer@example.com", phone="06-31478520",
   rate="Uurtarief: € 91,00",
   exp=iv, crit_text={"6": IV6, "7": IV7, "8": IV8}, refs=["L. Mulder"],
   body=[("title", "Ilse Vermeer"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Ilse Vermeer"]), ("Woonplaats", ["Nunspeet"]), ("Telefoon", ["06-31478520"]),
                   ("E-mail", ["ilse.vermeer@example.com"]), ("Tarief", ["Uurtarief: € 91,00"])]),
         ("h", "Profiel"),
         ("p", "Manager zorg en welzijn met een verpleegkundige achtergrond. Ik combineer kennis van de zorg met "
               "ruime ervaring in de gemeentelijke organisatie en stuur graag op inhoud én op mensen."),
         ("h", "Werkervaring"),
         ("eu_pos", iv),
         ("h", "Opleiding & training"),
         ("rows", [("2001 – 2005", ["HBO-V (Verpleegkunde), Hogeschool Windesheim, diploma behaald"]),
                   ("", ["Leergang Leidinggeven in zorg en welzijn"])]),
         ("h", "Referenties"),
         ("p", "Drs. L. Mulder, gemeentesecretaris gemeente Nunspeet, 06-44120987"),
         ("p", "Een tweede referentie kan op verzoek worden verstrekt.")],
   expect=dict(pages=1, edu=("hbo", True, False), coord=135, refs=(1, True), zzp=False, hourly=91.0,
               crit=(0, 25, 15, 20, 25),
               notes="One named reference plus 'Een tweede referentie kan op verzoek worden verstrekt.' -> 1 named, "
                     "second on request -> references review (not fail: the second is offered). Manager Zorg & Welzijn "
                     "Gemeente Nunspeet 2014-09..2025-11 = 135; Coördinator patiëntenzorg at a hospital not relevant "
                     "(employer). HBO-V: hbo degree, not MWD."))

# ============================================================================ not eligible
# ---------------------------------------------------------------- Sophie van Rijn (pdf)
# English CV of a Dutch candidate -> language fails; everything else would pass
SR6 = ("Example: translated the municipal policy on loneliness into an implementation plan with six concrete "
       "projects and measurable results, reported to the council every year.")
SR7 = ("Worked closely with care providers, the health insurer and patient organisations in a regional "
       "public-private partnership.")
SR8 = "Led the change programme from one central intake desk to four neighbourhood teams."
sr = [pos("March 2015 – present", "Team Manager Social Domain", "Municipality of Zwolle (Gemeente Zwolle)",
          ["Line manager of 20 staff (social work, youth and Wmo consultants).", SR6, SR7, SR8],
          ("2015-03", REF), True),
      pos("Sep 2010 – Feb 2015", "Welfare Coordinator", "Stichting Welzijn Kampen",
          ["Coordinated the volunteer centre and the informal care support desk."],
          ("2010-09", "2015-02"), True)]
cv(file="Sophie van Rijn.pdf", fmt="pdf", layout="single", lang="en",
   name="Sophie van Rijn", email="sophie.vanrijn@example.com", phone="06-15975346",
   rate="Rate: EUR 88 per hour (excl. VAT)",
   exp=sr, crit_text={"6": SR6, "7": SR7, "8": SR8}, refs=["Karel Doornbos", "Jolanda Meijer"],
   body=[("title", "Sophie van Rijn"),
         ("p", "Email: sophie.vanrijn@example.com  |  Phone: 06-15975346  |  City: Zwolle"),
         ("pb", "Rate: EUR 88 per hour (excl. VAT)"),
         ("h", "Profile"),
         ("p", "Dutch-born manager in the social domain with more than fifteen years of experience in local "
               "government and welfare. I lead with clarity and warmth, and I am at my best when a team has to "
               "grow into a new way of working."),
         ("h", "Work experience"),
         ("pos", "sample", sr),
         ("h", "Education"),
         ("p", "Bachelor of Social Work, Windesheim University of Applied Sciences, Zwolle — graduated 2010"),
         ("h", "Languages"),
         ("p", "Dutch (native), English (fluent)"),
         ("h", "References"),
         ("p", "Karel Doornbos – Director Social Affairs, Municipality of Zwolle – 06-98765401"),
         ("p", "Jolanda Meijer – Director, Stichting Welzijn Kampen – 06-98765402")],
   expect=dict(pages=1, lang="en", edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="Written in English by a Dutch candidate -> Dutch check fails (the tender asks for a CV in "
                     "Dutch). Team Manager Social Domain, Gemeente Zwolle 2015-03..2025-11 = 129 + Welfare Coordinator "
                     "Stichting Welzijn Kampen 2010-09..2015-02 = 54 -> 183. Bachelor of Social Work graduated -> MWD. "
                     "The criteria are clearly present in English (policy into projects, care providers/health insurer, "
                     "change programme); a Dutch-only reader may miss them, but the CV fails on language anyway."))

# ---------------------------------------------------------------- Gerda Wissink (docx)
# propedeuse Social Work + HBO Toegepaste Psychologie not finished + MBO SMD -> knock-out 2 fails
GW6 = ("Voorbeeld: het gemeentelijke beleid voor ontmoeting omgezet in concrete resultaten: drie nieuwe "
       "ontmoetingsplekken en een vervoersdienst met vrijwillige chauffeurs.")
GW7 = "Samenwerking met zorgaanbieders en de zorgverzekeraar rond respijtzorg voor mantelzorgers."
gw = [pos("Januari 2015 – heden", "Coördinator vrijwilligerswerk en mantelzorg", "Stichting Welzijn Ouderen Heerde",
          ["Aansturing van 3 beroepskrachten en ruim 120 vrijwilligers.", GW6, GW7],
          ("2015-01", REF), True),
      pos("2010 – 2014", "Activiteitenbegeleider", "Stichting Welzijn Ouderen Heerde",
          ["Organisatie van activiteiten voor ouderen in Heerde en Wapenveld."],
          ("2010-01", "2014-12"), False, yearonly=True)]
cv(file="Gerda Wissink.docx", fmt="docx", layout="single",
   name="Gerda Wissink", email="gerda.wissink@example.nl", phone="06-36925814",
   rate="Uurtarief € 72,50",
   exp=gw, crit_text={"6": GW6, "7": GW7}, refs=["K. Veenstra", "T. Aalbers"],
   body=[("title", "Gerda Wissink"),
         ("p", "Heerde | gerda.wissink@example.nl | 06-36925814"),
         ("pb", "Uurtarief € 72,50"),
         ("h", "Profiel"),
         ("p", "Coördinator in het welzijnswerk voor ouderen, geboren en getogen in Heerde. Ik ken de dorpen, "
               "de verenigingen en de vrijwilligers, en ik weet hoe je mensen in beweging krijgt."),
         ("h", "Arbeidsverleden"),
         ("pos", "inline", gw),
         ("h", "Opleidingen"),
         ("p", "MBO Sociaal Maatschappelijke Dienstverlening niveau 4, ROC Aventus Apeldoorn — diploma 2007"),
         ("p", "Propedeuse Social Work, Hogeschool Saxion Deventer (2007 – 2008)"),
         ("p", "HBO Toegepaste Psychologie — 2 jaar gevolgd, niet afgerond (2008 – 2010)"),
         ("h", "Referenties"),
         ("p", "Dhr. K. Veenstra, directeur Stichting Welzijn Ouderen Heerde, 06-87654320"),
         ("p", "Mevr. T. Aalbers, beleidsadviseur Wmo gemeente Heerde, 06-87654321")],
   expect=dict(pages=1, edu=("mbo", False, False), coord=131, refs=(2, False), zzp=False, hourly=72.5,
               crit=(0, 25, 15, 20, 0),
               notes="Highest completed education is MBO SMD niveau 4: 'Propedeuse Social Work' is not a bachelor and "
                     "'HBO Toegepaste Psychologie — 2 jaar gevolgd, niet afgerond' is not completed -> knock-out 2 "
                     "fails, not MWD. Coördinator vrijwilligerswerk en mantelzorg Stichting Welzijn Ouderen Heerde "
                     "'Januari 2015 – heden' = 2015-01..2025-11 = 131 (printed inline as 'periode: functie bij "
                     "werkgever'); activiteitenbegeleider not relevant."))

# ---------------------------------------------------------------- Martijn Oosterhof (pdf)
# coordinator/teamleider roles, but at a commercial care company, a school and as casemanager
MO7 = ("Afstemming met huisartsen, andere zorgaanbieders en de zorgverzekeraar over de inzet van "
       "wijkverpleging.")
MO8 = "Projectleider invoering zelfroosteren: projectplan, pilot in twee teams en uitrol over de regio."
mo = [pos("feb 2018 – heden", "Teamleider thuiszorg", "Zorggroep Salland B.V.",
          ["Leiding aan drie thuiszorgteams (45 medewerkers).", MO7, MO8],
          ("2018-02", REF), False),
      pos("01-2014 – 01-2018", "Zorgcoördinator", "Christelijk College Groevenbeek, Ermelo",
          ["Coördinatie van de leerlingenzorg en het zorgadviesteam van de school."],
          ("2014-01", "2018-01"), False),
      pos("09-2010 – 12-2013", "Casemanager Wmo", "Gemeente Ermelo",
          ["Regie bij complexe hulpvragen van inwoners."], ("2010-09", "2013-12"), False)]
cv(file="Martijn Oosterhof.pdf", fmt="pdf", layout="single",
   name="Martijn Oosterhof", email="martijn.oosterhof@example.nl", phone="06-75395146",
   rate="Uurtarief: € 85,-",
   exp=mo, crit_text={"7": MO7, "8": MO8}, refs=["Hanneke Dijkhuis", "Peter Roelofs"],
   body=[("title", "Martijn Oosterhof"),
         ("p", "Ermelo  ·  06-75395146  ·  martijn.oosterhof@example.nl"),
         ("pb", "Uurtarief: € 85,-"),
         ("h", "Profiel"),
         ("p", "Leidinggevende in zorg en onderwijs met een achtergrond als maatschappelijk werker. Ik zorg voor "
               "rust, overzicht en duidelijke afspraken, en ik ben graag dicht bij de teams."),
         ("h", "Werkervaring"),
         ("pos", "sample", mo),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim, 2006 – 2010, diploma behaald"),
         ("h", "Referenties"),
         ("p", "Hanneke Dijkhuis – regiomanager, Zorggroep Salland B.V. – 06-10293847"),
         ("p", "Peter Roelofs – teamleider onderbouw, Christelijk College Groevenbeek – 06-10293848")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=0, refs=(2, False), zzp=False, hourly=85.0,
               crit=(15, 0, 0, 20, 25),
               notes="No relevant months: Teamleider thuiszorg at Zorggroep Salland B.V. (commercial care company), "
                     "Zorgcoördinator at a school, Casemanager Wmo at a gemeente (role is not coordinator/manager) -> "
                     "0 -> knock-out 3 fails. HBO MWD diploma behaald. No policy-to-results example -> criterion 6 = 0."))

# ---------------------------------------------------------------- Bram Koopman (docx)
# experience table; only one named reference, nothing on request -> references fail
BK6 = ("Voorbeeld: het beleidsplan Sociaal Domein vertaald naar een jaarwerkplan voor het gebiedsteam met "
       "concrete projecten en resultaten, zoals een wekelijks inloopspreekuur in de bibliotheek en een "
       "buurtcirkel voor kwetsbare ouderen.")
BK8 = "Trekker van de reorganisatie van de toegang: van één centraal loket naar drie gebiedsteams."
bk = [pos("jun 2019 – heden", "Coördinator Gebiedsteam Noord", "Gemeente Harderwijk",
          ["Coördinatie van het gebiedsteam (14 generalisten).", BK6, BK8],
          ("2019-06", REF), True),
      pos("jan 2016 – mei 2019", "Wmo-consulent", "Gemeente Harderwijk",
          ["Keukentafelgesprekken en beschikkingen."], ("2016-01", "2019-05"), False),
      pos("2012 – 2015", "Maatschappelijk werker", "Stichting Welzijn Harderwijk",
          ["Hulpverlening aan inwoners met schulden."], ("2012-01", "2015-12"), False, yearonly=True)]
cv(file="Bram Koopman.docx", fmt="docx", layout="single",
   name="Bram Koopman", email="bram.koopman@example.nl", phone="06-95175382",
   rate="Uurtarief: € 86,50",
   exp=bk, crit_text={"6": BK6, "8": BK8}, refs=["J. Mol"],
   body=[("title", "Bram Koopman"),
         ("p", "Harderwijk | 06-95175382 | bram.koopman@example.nl"),
         ("pb", "Uurtarief: € 86,50"),
         ("h", "Profiel"),
         ("p", "Coördinator gebiedsteam met hart voor de wijk. Ik ben praktisch ingesteld, houd van korte lijnen "
               "en zorg dat mijn team de ruimte krijgt om inwoners echt te helpen."),
         ("h", "Relevante werkervaring"),
         ("exptable", ("Periode", "Functie", "Werkgever"), bk),
         ("h", "Toelichting"),
         ("tasks", bk),
         ("h", "Opleiding"),
         ("p", "Bachelor Social Work, Hogeschool Windesheim Zwolle — diploma behaald 2012"),
         ("h", "Referentie"),
         ("p", "Dhr. J. Mol, teamleider Sociaal Domein, Gemeente Harderwijk, 06-71234560")],
   expect=dict(pages=1, edu=("hbo", True, True), coord=78, refs=(1, False), zzp=False, hourly=86.5,
               crit=(15, 25, 15, 0, 25),
               notes="Only one named reference and no offer of more -> references fail (minimum 2). Coördinator "
                     "Gebiedsteam Noord Gemeente Harderwijk 2019-06..2025-11 = 78 (>= 72); Wmo-consulent and "
                     "maatschappelijk werker not relevant. Bachelor Social Work diploma behaald -> MWD. No partners "
                     "named -> criterion 7 = 0."))
