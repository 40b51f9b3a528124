# -*- coding: utf-8 -*-
"""Holdout round 27 for zeef: 10 fictional CVs whose difficulty is PDF TEXT AS PRODUCERS AND TYPESETTING LAY IT OUT:
automatic (Dutch) hyphenation in narrow justified columns, wide word spacing, letter-spaced ALL CAPS / small-caps
headings, running headers and footers repeated on every page, a page break inside a position and inside the
references list, ligatures (fi, fl), typographic quotes and dashes, non-breaking spaces, "2016–heden" /
"2016 —heden" / "t/m", a two-column (column-count) experience section that flows from the bottom of the left
column to the top of the right one, and position lists with the period right-aligned after a dot leader.
Producers: headless Chromium (HTML + CSS), pandoc -> HTML -> Chromium, groff -ms -> PostScript -> ps2pdf,
python-docx -> LibreOffice. Seven candidates are eligible (a misreading shows as a wrong fail); three must fail
for a reason that sits in the typeset text (an HBO MWD "niet af-/gerond" hyphenated across a line; 57 relevant
months when the long coordinator role on the dot-leader line is at a B.V.; one reference, with the agency's
contact person in the running header of every page). Written without looking at the pipeline's source or rules/.

Every person, address, phone number, e-mail address and reference is made up. Employers are real municipalities
and fictional foundations and companies. See tests/holdout2/src/cvset.py for the field list; extra fields here:
producer (chromium | pandoc | groff | lo-docx) and its source (html | markdown + css | groff | docx), see
src/render27.py.
"""

import html as _html
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(_HERE, "..", "..", "holdout2", "src"))
sys.path.insert(0, _HERE)
from cvset import REF, collector, pos  # noqa: E402
from nlhyph import hy  # noqa: E402

CVS = []
cv = collector(CVS)
FULL = (15, 25, 15, 20, 25)


def e(t):
    return _html.escape(t, quote=False)


def eh(t):
    """escaped and hyphenated (soft hyphens at the Dutch hyphenation points)"""
    return e(hy(t))


def c678(place, nota, projects, partners, project8):
    return (f"Voorbeeld beleid naar resultaat: de nota “{nota}” van {place} heb ik vertaald naar een jaarwerkplan "
            f"met concrete projecten ({projects}), met halfjaarlijkse monitoring en rapportage.",
            f"Samenwerking met zorgaanbieders, huisartsen, {partners} en een publiek-private samenwerking (PPS) "
            f"met lokale bedrijven.",
            project8)


def doc(css, body, title="cv"):
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(title)}</title>"
            f"<style>@page {{ size: A4; margin: 16mm; }} body {{ margin: 0; color: #222; }} {css}</style></head>"
            f"<body>{body}</body></html>")


# ---------------------------------------------------------------- A: Anouk Verhoef (Chromium, narrow justified, hyphenated)
AV6, AV7, AV8 = c678("Oldebroek", "Oldebroek doet mee", "een huiskamer in Wezep, een mantelzorgpunt en een "
                     "maatjesproject", "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van het verandertraject ‘Welzijn dichtbij’ (2021–2022): projectplan, stuurgroep "
                     "en evaluatie.")
av = [pos("mei 2014 – heden", "Coördinator Welzijn en Participatie", "Gemeente Oldebroek",
          ["Leiding aan het cluster welzijn en participatie (13 medewerkers); formatie, werving en selectie, budget.",
           AV6, AV7, AV8], ("2014-05", REF), 139, True),
      pos("2008 – 2014", "Opbouwwerker", "Stichting Welzijn Oldebroek",
          ["Buurtgericht werken in Wezep en Hattemerbroek."], ("2008-01", "2014-12"), 84, False, True)]
AV_RATE = "€ 86,00 per uur"
AV_CSS = """
body { font-family: 'Liberation Serif', serif; font-size: 12pt; }
main { width: 5.6cm; text-align: justify; hyphens: manual; word-spacing: 0.12em; }
h1 { font-size: 19pt; margin: 0 0 4pt 0; text-align: left; }
h2 { font-size: 11.5pt; margin: 12pt 0 3pt 0; font-variant: small-caps; letter-spacing: 0.08em; }
p { margin: 0 0 4pt 0; }
aside { position: absolute; left: 8.6cm; top: 0; width: 8.6cm; font-size: 10pt; color: #555; }
"""
AV_BODY = f"""<aside><p>{e('Wezep · 06-19283746 · anouk.verhoef@example.nl')}</p></aside>
<main><h1>Anouk Verhoef</h1>
<h2>Profiel</h2>
<p>{eh('Coördinator welzijn en participatie bij de gemeente Oldebroek, met een achtergrond in het opbouwwerk bij de '
       'welzijnsstichting. Ik verbind beleid en uitvoering, stuur op afspraken en geef medewerkers ruimte voor '
       'professionele ontwikkeling.')}</p>
<h2>Werkervaring</h2>
<p><b>{e(av[0]['d'])}</b></p>
<p>{eh(av[0]['t'] + ', ' + av[0]['e'])}</p>
{''.join(f'<p>{eh(t)}</p>' for t in av[0]['tasks'])}
<p><b>{e(av[1]['d'])}</b></p>
<p>{eh(av[1]['t'] + ', ' + av[1]['e'])}</p>
<p>{eh(av[1]['tasks'][0])}</p>
<h2>Opleiding</h2>
<p>{eh('2003 – 2007: HBO Maatschappelijk Werk en Dienstverlening aan Hogeschool Windesheim in Zwolle, diploma behaald.')}</p>
<h2>Tarief</h2>
<p>{e(AV_RATE)}</p>
<h2>Referenties</h2>
<p>{eh('Gert-Jan Dijkhuis, afdelingsmanager Samenleving, gemeente Oldebroek, 06-19283747')}</p>
<p>{eh('Hester Mulder, directeur-bestuurder, Stichting Welzijn Oldebroek, 06-19283748')}</p>
</main>"""
cv(file="Anouk Verhoef.pdf", fmt="pdf", producer="chromium", html=doc(AV_CSS, AV_BODY, "Anouk Verhoef"),
   name="Anouk Verhoef", email="anouk.verhoef@example.nl", phone="06-19283746", rate=AV_RATE,
   exp=av, crit_text={"6": AV6, "7": AV7, "8": AV8}, refs=["Gert-Jan Dijkhuis", "Hester Mulder"],
   must_have=[],
   expect=dict(pages=2, edu=("hbo", True, True), coord=139, refs=(2, False), zzp=False, hourly=86.0, crit=FULL,
               notes="Chromium, one narrow (5.6 cm) justified column in Liberation Serif with Dutch hyphenation (soft hyphens at the "
                     "hyphen-nl points), wide word spacing, small-caps headings; contact in a grey line beside the name. "
                     "Lines break inside words such as 'Maat-/schappelijk', 'Coör-/dinator', 'welzijns-/stichting' (see "
                     "README for the breaks pdftotext shows). Coördinator Welzijn en Participatie, Gemeente Oldebroek "
                     "2014-05..2025-11 = 139 (coördinator + welzijn/participatie + gemeente) -> relevant. Opbouwwerker "
                     "at the welzijnsstichting: no leading role (84 months, year-only, decides nothing). HBO MWD, diploma "
                     "behaald -> hbo, mwd. Two named references. Rate € 86. 100 points."))


# ---------------------------------------------------------------- B: Sander Koopman (Chromium, caps, running header, breaks)
SK6, SK7, SK8 = c678("Elburg", "Elburg zorgt samen", "een jongerenpunt, een wijkgericht mantelzorgcafé en een "
                     "schuldhulproute", "zorgverzekeraar Menzis",
                     "Projectleider van de reorganisatie van de toegang Wmo en jeugd tot één sociaal team (2020–2021).")
sk = [pos("januari 2019 – heden", "Manager Sociaal Domein", "Gemeente Elburg",
          ["Leiding aan de teams Wmo, jeugd, werk en inkomen (31 medewerkers) en aan drie teamleiders.",
           "Verantwoordelijk voor formatie, werving en selectie, budget en financiële kaders van de afdeling.",
           SK6, SK7, SK8,
           "Implementatie van een nieuw registratiesysteem en werkprocessen voor het sociaal team.",
           "Opdrachtgever voor de inkoop jeugdhulp in de regio Noord-Veluwe; regionaal overleg met zes gemeenten.",
           "Lid van het managementteam; advies aan college en raad over de inrichting van het sociaal domein."],
          ("2019-01", REF), 83, True),
      pos("maart 2012 – december 2018", "Teamleider Jeugd en Gezin", "Gemeente Harderwijk",
          ["Leiding aan 14 jeugdconsulenten en het CJG-team; casusregie, kwaliteit en werkverdeling.",
           "Invoering van de Jeugdwet in 2015 voor het team: werkprocessen, scholing en dossiervorming."],
          ("2012-03", "2018-12"), 82, True),
      pos("2006 – 2012", "Jeugdconsulent", "Gemeente Harderwijk",
          ["Indicatiestelling en begeleiding van gezinnen."], ("2006-01", "2012-12"), 84, False, True)]
SK_RATE = "Uurtarief: € 89 (excl. btw)"
SK_CSS = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; }
table.frame { width: 100%; border-collapse: collapse; } table.frame > * > tr > td { padding: 0; }
.run { font-size: 8.5pt; color: #666; }
.top { border-bottom: 0.5pt solid #999; margin-bottom: 6mm; }
.bottom { border-top: 0.5pt solid #999; text-align: center; margin-top: 6mm; }
.name { font-size: 22pt; font-variant: small-caps; letter-spacing: 0.05em; margin: 4mm 0 2pt 0; }
h2 { text-transform: uppercase; letter-spacing: 0.45em; font-size: 10.5pt; margin: 14pt 0 5pt 0; color: #7a1f2b; }
p { margin: 0 0 3pt 0; } ul { margin: 0 0 6pt 0; padding-left: 14pt; }
.d { color: #7a1f2b; font-weight: bold; }
.pb { break-before: page; }
"""
SK_BODY = f"""<table class='frame'><thead><tr><td><div class='run top'>Sander Koopman · curriculum vitae · Coördinator welzijn, gemeente Heerde</div></td></tr></thead>
<tfoot><tr><td><div class='run bottom'>Aangeboden door Noord-Veluwe Detachering B.V. · vertrouwelijk</div></td></tr></tfoot>
<tbody><tr><td>
<div class='name'>Sander Koopman</div>
<p>Nunspeet · 06-57382910 · s.koopman@example.com</p>
<h2>Profiel</h2>
<p>Manager sociaal domein met ruim dertien jaar leidinggevende ervaring bij twee Veluwse gemeenten. Ik ben in
loondienst bij Noord-Veluwe Detachering B.V. en word via hen gedetacheerd.</p>
<h2>Werkervaring</h2>
<p class='d'>{e(sk[0]['d'])}</p><p><b>{e(sk[0]['t'])}</b> — {e(sk[0]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sk[0]['tasks'])}</ul>
<p class='d'>{e(sk[1]['d'])}</p>
<div class='pb'></div>
<p><b>{e(sk[1]['t'])}</b> — {e(sk[1]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sk[1]['tasks'])}</ul>
<p class='d'>{e(sk[2]['d'])}</p><p><b>{e(sk[2]['t'])}</b> — {e(sk[2]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sk[2]['tasks'])}</ul>
<h2>Opleiding</h2>
<p>2002 – 2005 · Master Bestuurskunde (MSc), Universiteit Twente — diploma</p>
<p>1998 – 2002 · HBO Personeel en Arbeid, Hogeschool Utrecht — diploma</p>
<h2>Tarief</h2>
<p>{e(SK_RATE)}</p>
<h2>Referenties</h2>
<p>1. Jolanda Brink, gemeentesecretaris, gemeente Elburg, 06-57382911</p>
<p>2. Ruben Tuinstra, wethouder Sociaal Domein, gemeente Elburg, 06-57382912</p>
<div class='pb'></div>
<p>3. Marjolein Veenstra, afdelingshoofd Samenleving, gemeente Harderwijk, 06-57382913</p>
</td></tr></tbody></table>"""
cv(file="Sander Koopman.pdf", fmt="pdf", producer="chromium", html=doc(SK_CSS, SK_BODY, "Sander Koopman"),
   name="Sander Koopman", email="s.koopman@example.com", phone="06-57382910", rate=SK_RATE,
   exp=sk, crit_text={"6": SK6, "7": SK7, "8": SK8},
   refs=["Jolanda Brink", "Ruben Tuinstra", "Marjolein Veenstra"],
   must_have=["Aangeboden door Noord-Veluwe Detachering B.V."],
   expect=dict(pages=3, edu=("wo", True, False), coord=165, refs=(3, False), zzp=False, hourly=89.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium; headings in CSS text-transform: uppercase with letter-spacing 0.45em ('W E R K E R V A R "
                     "I N G' on the page), the name in small caps; a running header (name, 'curriculum vitae', the "
                     "tender) and footer (the detacheerder) repeated on every page as the thead/tfoot of a page-wide table. Page 1 ends with "
                     "the period 'maart 2012 – december 2018'; its title 'Teamleider Jeugd en Gezin — Gemeente "
                     "Harderwijk' opens page 2 under the running header. Manager Sociaal Domein, Gemeente Elburg "
                     "2019-01..2025-11 = 83 + Teamleider Jeugd en Gezin, Gemeente Harderwijk 2012-03..2018-12 = 82, "
                     "contiguous -> 165. Jeugdconsulent: no leading role. Master Bestuurskunde (WO) -> wo, degree, not "
                     "MWD -> criterion 4 0. 'in loondienst bij ... gedetacheerd', agency in the footer: no zzp. The "
                     "references list is split by a page break after the second of three numbered referees. Rate € 89. "
                     "85 points."))


# ---------------------------------------------------------------- C: Femke Rijnders (Chromium, dot leaders)
FR6, FR7, FR8 = c678("Apeldoorn", "Apeldoorn, stad van wijken", "vijf wijkagenda’s, een buurtteam-app en een "
                     "preventieprogramma eenzaamheid", "de GGD Noord- en Oost-Gelderland, zorgverzekeraar Menzis",
                     "Projectleider van de transitie van twaalf wijkteams naar vijf gebiedsteams (2020–2022).")
fr = [pos("2019 – heden", "Coördinator Gebiedsteams", "Gemeente Apeldoorn",
          ["Leiding aan vijf gebiedsteams (46 medewerkers); formatie, budget, werkprocessen.", FR6, FR7, FR8],
          ("2019-01", REF), 83, True, True),
      pos("2014 – 2019", "Teamleider Wmo", "Gemeente Epe",
          ["Leiding aan het Wmo-team (12 consulenten); invoering van de Wmo 2015 voor het team."],
          ("2014-01", "2019-12"), 72, True, True),
      pos("2009 – 2014", "Wmo-consulent", "Gemeente Epe", ["Keukentafelgesprekken en indicatiestelling."],
          ("2009-01", "2014-12"), 72, False, True)]
FR_RATE = "Tarief: € 91 per uur, exclusief btw"
FR_CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; }
h2 { font-size: 12pt; margin: 12pt 0 5pt 0; border-bottom: 1pt solid #333; }
.row { display: flex; white-space: nowrap; margin: 0 0 3pt 0; }
.row .t { flex: 0 0 auto; }
.row .dots { flex: 1 1 auto; overflow: hidden; margin: 0 3pt; }
.row .dots::before { content: ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ."; }
.row .d { flex: 0 0 auto; text-align: right; }
p { margin: 0 0 3pt 0; } ul { margin: 0 0 6pt 0; padding-left: 14pt; }
"""


def leader(left, right):
    return f"<div class='row'><span class='t'>{e(left)}</span><span class='dots'></span><span class='d'>{e(right)}</span></div>"


FR_BODY = f"""<h1>Femke Rijnders</h1>
<p>Apeldoorn · 06-84736251 · femke.rijnders@example.nl</p>
<h2>Loopbaan in het kort</h2>
{''.join(leader(p['t'] + ', ' + p['e'], p['d']) for p in fr)}
<h2>Opleiding</h2>
{leader('Bachelor Social Work, Saxion Hogeschool Deventer (diploma)', '2005 – 2009')}
{leader('Leergang Leidinggeven in het sociaal domein, Movisie', '2016')}
<h2>Toelichting per functie</h2>
<p><b>Coördinator Gebiedsteams</b> (Apeldoorn)</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in fr[0]['tasks'])}</ul>
<p><b>Teamleider Wmo</b> (Epe)</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in fr[1]['tasks'])}</ul>
<p><b>Wmo-consulent</b> (Epe)</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in fr[2]['tasks'])}</ul>
<h2>Tarief</h2><p>{e(FR_RATE)}</p>
<h2>Referenties</h2>
{leader('Annet Wolters, directeur Maatschappelijke Ontwikkeling, gemeente Apeldoorn', '06-84736252')}
{leader('Kees van Ommen, afdelingsmanager Samenleving, gemeente Epe', '06-84736253')}
"""
cv(file="Femke Rijnders.pdf", fmt="pdf", producer="chromium", html=doc(FR_CSS, FR_BODY, "Femke Rijnders"),
   name="Femke Rijnders", email="femke.rijnders@example.nl", phone="06-84736251", rate=FR_RATE,
   exp=fr, crit_text={"6": FR6, "7": FR7, "8": FR8}, refs=["Annet Wolters", "Kees van Ommen"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=143, refs=(2, False), zzp=False, hourly=91.0, crit=FULL,
               notes="Chromium; 'Loopbaan in het kort' as dot-leader lines 'title, employer . . . . period' with the "
                     "period right-aligned (flex row, the dots are real text clipped by overflow: hidden, so the text "
                     "layer holds more dots than the page shows); education and references in the same leader style; "
                     "tasks under 'Toelichting per functie' by title and place only. Coördinator Gebiedsteams, Gemeente "
                     "Apeldoorn '2019 – heden' = 2019-01..2025-11 (83) + Teamleider Wmo, Gemeente Epe '2014 – 2019' = "
                     "2014-01..2019-12 (72), overlapping in 2019, merged 2014-01..2025-11 = 143 (year-only; narrowest "
                     "reading 2014-12..2019-01 + 2019-12..2025-11 = 122: decides nothing). Wmo-consulent: no leading "
                     "role. Bachelor Social Work (diploma) -> hbo, mwd. Rate € 91. 100 points."))


# ---------------------------------------------------------------- D: Hans Wolters (groff -ms, tabs, ligatures, header)
HW6, HW7, HW8 = c678("Kampen", "Kampen, fijn om oud te worden", "een flexibel ontmoetingsnetwerk, officiële "
                     "buurtsteunpunten en een fietsmaatjesproject", "zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de reorganisatie van het welzijnswerk tot één integraal team (2018–2019).")
hw = [pos("2016–heden", "Manager Welzijn en Zorg", "Stichting Welzijn Kampen",
          ["Leiding aan 28 professionals en 300 vrijwilligers; financiële verantwoording en profielen.", HW6, HW7, HW8],
          ("2016-01", REF), 119, True, True),
      pos("sep. 2010 t/m dec. 2015", "Coördinator Wijkteams", "Gemeente Zwolle",
          ["Coördinatie van drie wijkteams in Zwolle-Zuid; fijnmazige samenwerking met huisartsen."],
          ("2010-09", "2015-12"), 64, True),
      pos("2004–2010", "Maatschappelijk werker", "Stichting Welzijn Kampen",
          ["Hulpverlening aan gezinnen en ouderen."], ("2004-01", "2010-12"), 84, False, True)]
HW_RATE = "€\u00a093 per uur"


def g(s):
    """groff text: typographic quotes and dashes as groff glyphs"""
    return (s.replace("“", "\\[lq]").replace("”", "\\[rq]").replace("‘", "\\[oq]").replace("’", "\\[cq]")
            .replace("–", "\\[en]").replace("—", "\\[em]").replace("\u00a0", "\\~"))


HW_GROFF = r""".ps 11
.vs 14
.nr H1 1
.ds LH Hans Wolters
.ds CH curriculum vitae
.ds RH Pagina %
.ad b
.hy 14
.LP
.ps 20
\fBHans Wolters\fP
.ps 11
.LP
Kampen \(en 06-38291047 \(en hans.wolters@example.nl
.SH
Profiel
.LP
Manager welzijn met een brede achtergrond: eerst maatschappelijk werker, daarna co\[:o]rdinator van wijkteams bij de
gemeente Zwolle en sinds 2016 manager van de welzijnsstichting in Kampen. Ik denk in oplossingen, ben flexibel
en geef medewerkers de ruimte om \[lq]eigenaar\[rq] te zijn van hun werk; financi\[:e]le kaders bewaak ik nauwkeurig.
.SH
Werkervaring
.LP
.ta 16.4cR
""" + "".join(
    f"\\fB{g(p['t'])}\\fP, {g(p['e'])}\t{g(p['d'])}\n.br\n" +
    "".join(f".IP \\(bu 2\n{g(t)}\n" for t in p["tasks"]) + ".LP\n" for p in hw) + r""".SH
Opleiding
.LP
.ta 16.4cR
HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim (diploma)	1999\[en]2003
.br
Leergang Integraal management, Avans+	2014
.SH
Tarief
.LP
""" + g(HW_RATE) + r"""
.SH
Referenties
.LP
Ellen Kosters, voorzitter Raad van Toezicht, Stichting Welzijn Kampen, 06-38291048
.br
Frits van Dam, afdelingsmanager Sociaal Domein, gemeente Zwolle, 06-38291049
"""
cv(file="Hans Wolters.pdf", fmt="pdf", producer="groff", groff=HW_GROFF,
   name="Hans Wolters", email="hans.wolters@example.nl", phone="06-38291047", rate="93 per uur",
   exp=hw, crit_text={"6": HW6, "7": HW7, "8": HW8}, refs=["Ellen Kosters", "Frits van Dam"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=183, refs=(2, False), zzp=False, hourly=93.0, crit=FULL,
               notes="groff (ms-like macros of src/render27.py) -> PostScript -> ps2pdf (Times, real fi/fl ligatures: 'flexibel', 'officiële', "
                     "'fijn', 'financiële'); running header 'Hans Wolters  curriculum vitae  Pagina 1' (a .tl "
                     "title line from a page trap) above the name; justified with Dutch hyphenation points as .hw; each "
                     "position on one line 'Title, Employer<right tab>period' with tight en dashes '2016–heden', "
                     "'2004–2010' and 'sep. 2010 t/m dec. 2015'; typographic quotes; a non-breaking space in the rate. "
                     "Manager Welzijn en Zorg, Stichting Welzijn Kampen '2016–heden' = 2016-01..2025-11 (119) + "
                     "Coördinator Wijkteams, Gemeente Zwolle 2010-09..2015-12 (64), contiguous -> 2010-09..2025-11 = "
                     "183 (narrowest reading of the year-only start 172: decides nothing). Maatschappelijk werker: no "
                     "leading role. HBO MWD diploma -> hbo, mwd. Rate € 93. 100 points."))


# ---------------------------------------------------------------- E: Yvonne Smeets (LibreOffice, hyphenation, caps)
YS6, YS7, YS8 = c678("Ermelo", "Ermelo, samen sterk", "een steunpunt mantelzorg, een ontmoetingsplek in "
                     "Horst en een preventieaanpak schulden", "de GGD Noord- en Oost-Gelderland",
                     "Projectleider van de herinrichting van de toegang tot één sociaal team (2019–2020).")
ys = [pos("april 2016 —heden", "Coördinator Sociaal Team", "Gemeente Ermelo",
          ["Leiding aan het sociaal team (17 medewerkers); werving en selectie, inzet van uren, budget.",
           YS6, YS7, YS8], ("2016-04", REF), 116, True),
      pos("2010 — maart 2016", "Beleidsmedewerker Wmo", "Gemeente Ermelo",
          ["Beleidsvoorbereiding Wmo en mantelzorg; advisering aan de wethouder."], ("2010-01", "2016-03"), 75,
          False, True)]
YS_RATE = "Uurtarief € 84,- exclusief btw"
cv(file="Yvonne Smeets.pdf", fmt="pdf", producer="lo-docx", margin=5.5,
   docx=[("title", "Yvonne Smeets"),
         ("p", "Harderwijk · 06-73920184 · yvonne.smeets@example.com"),
         ("h", "Profiel"),
         ("p", "Coördinator van het sociaal team van de gemeente Ermelo. Daarvoor beleidsmedewerker Wmo bij dezelfde "
               "gemeente. Ik breng structuur aan in werkprocessen, borg methodisch werken en verbind "
               "samenwerkingspartners rond de inwoner."),
         ("h", "Werkervaring"),
         ("b", ys[0]["d"]),
         ("p", f"{ys[0]['t']}, {ys[0]['e']}"),
         *[("li", t) for t in ys[0]["tasks"]],
         ("b", ys[1]["d"]),
         ("p", f"{ys[1]['t']}, {ys[1]['e']}"),
         *[("li", t) for t in ys[1]["tasks"]],
         ("h", "Opleiding"),
         ("p", "2004 — 2008: HBO Bestuurskunde/Overheidsmanagement, Hogeschool Windesheim, diploma behaald."),
         ("h", "Tarief"),
         ("p", YS_RATE),
         ("h", "Referenties"),
         ("p", "Marleen Hofstra, afdelingsmanager Samenleving, gemeente Ermelo, 06-73920185"),
         ("p", "Theo Beumer, wethouder Zorg en Welzijn, gemeente Ermelo, 06-73920186")],
   name="Yvonne Smeets", email="yvonne.smeets@example.com", phone="06-73920184", rate=YS_RATE,
   exp=ys, crit_text={"6": YS6, "7": YS7, "8": YS8}, refs=["Marleen Hofstra", "Theo Beumer"],
   expect=dict(pages=2, edu=("hbo", True, False), coord=116, refs=(2, False), zzp=False, hourly=84.0,
               crit=(0, 25, 15, 20, 25),
               notes="python-docx -> LibreOffice PDF; narrow text block (5.5 cm margins), justified, language nl-NL "
                     "with automatic hyphenation on (LibreOffice's hyphen-nl); headings ALL CAPS by run property with "
                     "4 pt letter spacing, the name in small caps. Em-dash periods 'april 2016 —heden' (no space "
                     "before heden) and '2010 — maart 2016'. Coördinator Sociaal Team, Gemeente Ermelo 2016-04..2025-11 "
                     "= 116 -> relevant. Beleidsmedewerker Wmo: no leading role. HBO Bestuurskunde/Overheidsmanagement "
                     "diploma -> hbo, not MWD -> criterion 4 0. Rate € 84. 85 points."))


# ---------------------------------------------------------------- F: Joris Bakker (pandoc -> HTML -> Chromium)
JB6, JB7, JB8 = c678("Lochem", "Lochem doet het samen", "een werkleerbedrijf, een taalhuis en een "
                     "vrijwilligersvacaturebank", "zorgverzekeraar Menzis, het UWV",
                     "Projectleider van het verandertraject ‘Participatie dichtbij’ (2019–2021): projectplan en evaluatie.")
jb = [pos("oktober 2017 – heden", "Teamleider Participatie en Werk", "Gemeente Lochem",
          ["Leiding aan 11 klantmanagers en jobcoaches; formatie, werving en selectie, budget.", JB6, JB7, JB8],
          ("2017-10", REF), 98, True),
      pos("januari 2012 t/m september 2017", "Coördinator Mantelzorg en Vrijwilligerswerk", "Stichting Welzijn Lochem",
          ["Coördinatie van het steunpunt mantelzorg en de vrijwilligerscentrale (6 medewerkers)."],
          ("2012-01", "2017-09"), 69, True)]
JB_RATE = "Uurtarief € 87,50"
JB_MD = """<div class="head">**Joris Bakker** · Lochem · 06-29384756 · joris.bakker@example.nl</div>

# Joris Bakker

*Teamleider participatie met een welzijnsachtergrond; verbinder tussen beleid en uitvoering.*

## Werkervaring

**oktober 2017 -- heden** \\
Teamleider Participatie en Werk, Gemeente Lochem

""" + "".join(f"- {t}\n" for t in jb[0]["tasks"]) + """
**januari 2012 t/m september 2017** \\
Coördinator Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Lochem

""" + "".join(f"- {t}\n" for t in jb[1]["tasks"]) + """
## Opleiding

| Periode | Opleiding | Resultaat |
|:--|:--|--:|
| 2004 -- 2008 | Hbo-bachelor Maatschappelijk Werk en Dienstverlening, Hogeschool Arnhem en Nijmegen | diploma |
| 2016 | Leergang Coachend leidinggeven | certificaat |

## Tarief

Uurtarief €&nbsp;87,50 (excl.&nbsp;btw), beschikbaar 24&nbsp;uur per week.

## Referenties

1. Wilma Scholten, afdelingsmanager Samenleving, gemeente Lochem, 06-29384757
2. Dirk Jan Haverkamp, directeur, Stichting Welzijn Lochem, 06-29384758
"""
JB_CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'C059', serif; font-size: 11pt; text-align: justify; word-spacing: 0.25em; margin: 0;
       max-width: none; padding: 0; line-height: 1.35; }
header#title-block-header { display: none; }
.head { font-size: 8.5pt; color: #555; text-align: right; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; font-variant: small-caps; letter-spacing: 0.2em; border-bottom: 0.5pt solid #444; margin: 12pt 0 4pt 0; }
table { border-collapse: collapse; width: 100%; } td, th { padding: 2pt 4pt; vertical-align: top; }
ul, ol { margin: 0 0 6pt 0; }
"""
cv(file="Joris Bakker.pdf", fmt="pdf", producer="pandoc", markdown=JB_MD, css=JB_CSS,
   name="Joris Bakker", email="joris.bakker@example.nl", phone="06-29384756", rate="87,50",
   exp=jb, crit_text={"6": JB6, "7": JB7, "8": JB8}, refs=["Wilma Scholten", "Dirk Jan Haverkamp"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=167, refs=(2, False), zzp=False, hourly=87.5, crit=FULL,
               notes="Markdown -> pandoc (smart: '--' becomes an en dash, quotes typographic) -> HTML -> Chromium; "
                     "justified C059 with word-spacing 0.25em; small-caps letter-spaced headings; a right-aligned contact line "
                     "above the name; non-breaking spaces in '€ 87,50', 'excl. btw', "
                     "'24 uur'; education as a pandoc pipe table with a right-aligned result column; references as an "
                     "ordered list. Teamleider Participatie en Werk, Gemeente Lochem 2017-10..2025-11 (98) + Coördinator "
                     "Mantelzorg en Vrijwilligerswerk, Stichting Welzijn Lochem 'januari 2012 t/m september 2017' "
                     "(69), contiguous -> 2012-01..2025-11 = 167 (teamleider + participatie + gemeente; coördinator + "
                     "mantelzorg/welzijn + welzijnsstichting). Hbo-bachelor MWD diploma -> hbo, mwd. Rate € 87,50. 100 "
                     "points."))


# ---------------------------------------------------------------- G: Sofie de Lange (Chromium, column-count: 2)
SL6, SL7, SL8 = c678("Deventer", "Deventer, wijk voor wijk", "vijf wijkplannen, een jongerenwerkplaats en een "
                     "valpreventieaanpak", "de GGD IJsselland, zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de reorganisatie van negen wijkteams naar vier (2021–2022).")
sl = [pos("augustus 2020 – heden", "Manager Wijkteams", "Gemeente Deventer",
          ["Leiding aan vier wijkteams en vier coördinatoren (52 medewerkers); formatie, budget, werving.",
           SL6, SL7, SL8],
          ("2020-08", REF), 64, True),
      pos("februari 2015 – juli 2020", "Coördinator Jeugd en Gezin", "Stichting Welzijn Deventer",
          ["Coördinatie van het jongerenwerk en de opvoedondersteuning (14 medewerkers).",
           "Afstemming met scholen, wijkagenten en het CJG."],
          ("2015-02", "2020-07"), 66, True),
      pos("2009 – 2015", "Jongerenwerker", "Stichting Welzijn Deventer",
          ["Ambulant jongerenwerk in de Rivierenwijk."], ("2009-01", "2015-12"), 84, False, True)]
SL_RATE = "€ 95 per uur (excl. btw)"
SL_CSS = """
body { font-family: 'Liberation Serif', serif; font-size: 11pt; }
h1 { font-size: 21pt; margin: 0; }
h2 { font-size: 12pt; text-transform: uppercase; letter-spacing: 0.3em; margin: 12pt 0 5pt 0; column-span: all; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #aaa; text-align: justify; hyphens: manual; height: 114mm; column-fill: auto; }
p { margin: 0 0 3pt 0; } ul { margin: 0 0 6pt 0; padding-left: 12pt; }
.d { font-weight: bold; }
.intro { height: 118mm; }
"""
SL_BODY = f"""<h1>Sofie de Lange</h1>
<p>Deventer · 06-48291736 · sofie.delange@example.com</p>
<h2>Werkervaring</h2>
<div class='cols'>
<p>{e('Ik ben manager van de wijkteams in Deventer en werkte daarvoor ruim vijf jaar als coördinator bij de '
       'welzijnsstichting. Mijn kracht: teams meenemen in verandering, helder communiceren en besluitvaardig zijn.')}</p>
<p class='d'>{e(sl[0]['d'])}</p><p><i>{e(sl[0]['t'])}</i>, {e(sl[0]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sl[0]['tasks'])}</ul>
<p class='d'>{e(sl[1]['d'])}</p><p><i>{e(sl[1]['t'])}</i>,</p>
<p>{e(sl[1]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sl[1]['tasks'])}</ul>
<p class='d'>{e(sl[2]['d'])}</p><p><i>{e(sl[2]['t'])}</i>, {e(sl[2]['e'])}</p>
<ul>{''.join(f'<li>{e(t)}</li>' for t in sl[2]['tasks'])}</ul>
<p><b>Opleiding</b></p>
<p>{e('2005 – 2009 Bachelor Social Work, Saxion Hogeschool, Deventer — diploma behaald.')}</p>
<p><b>Tarief</b></p><p>{e(SL_RATE)}</p>
<p><b>Referenties</b></p>
<p>{e('Hanneke Oosterhuis, directeur Sociaal Domein, gemeente Deventer, 06-48291737')}</p>
<p>{e('Bram Nijland, directeur-bestuurder, Stichting Welzijn Deventer, 06-48291738')}</p>
</div>"""
cv(file="Sofie de Lange.pdf", fmt="pdf", producer="chromium", html=doc(SL_CSS, SL_BODY, "Sofie de Lange"),
   name="Sofie de Lange", email="sofie.delange@example.com", phone="06-48291736", rate=SL_RATE,
   exp=sl, crit_text={"6": SL6, "7": SL7, "8": SL8}, refs=["Hanneke Oosterhuis", "Bram Nijland"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=130, refs=(2, False), zzp=False, hourly=95.0, crit=FULL,
               notes="Chromium; the experience section (and education, rate, references under it) in CSS "
                     "column-count: 2, justified with Dutch hyphenation; the second position runs from the bottom of "
                     "the left column (period and title) to the top of the right column (employer, tasks); headings "
                     "uppercase with letter spacing. Manager Wijkteams, Gemeente Deventer 2020-08..2025-11 (64) + "
                     "Coördinator Jeugd en Gezin, Stichting Welzijn Deventer 2015-02..2020-07 (66), contiguous -> "
                     "2015-02..2025-11 = 130. Jongerenwerker: no leading role. Bachelor Social Work diploma -> hbo, mwd. "
                     "Rate € 95. 100 points."))


# ---------------------------------------------------------------- H: Ilse Hendriks (Chromium, "niet af-/gerond") FAIL ko 2
IH6, IH7, IH8 = c678("Putten", "Putten verbindt", "een dorpshuiskamer, een mantelzorgpunt en een vrijwilligers"
                     "vacaturebank", "zorgverzekeraar Menzis",
                     "Projectleider van de transformatie van het welzijnswerk naar een integraal sociaal team (2019).")
ih = [pos("2013 – heden", "Manager Welzijn", "Gemeente Putten",
          ["Leiding aan het team welzijn en de buurtcoaches (19 medewerkers); budget en formatie.", IH6, IH7, IH8],
          ("2013-01", REF), 155, True, True),
      pos("2005 – 2012", "Ouderenwerker", "Stichting Welzijn Putten", ["Huisbezoeken en groepsactiviteiten."],
          ("2005-01", "2012-12"), 96, False, True)]
IH_RATE = "€ 85 per uur"
IH_CSS = AV_CSS.replace("width: 5.6cm", "width: 5.0cm")
IH_EDU = ("2000 – 2003: HBO Maatschappelijk Werk en Dienstverlening aan de Christelijke Hogeschool Ede, "
          "niet afgerond (gestopt na het tweede jaar). 1996 – 2000: MBO Sociaal-Pedagogisch Werk niveau 4, ROC A12 "
          "Ede, diploma.")
IH_BODY = f"""<aside><p>{e('Putten · 06-91827364 · ilse.hendriks@example.nl')}</p></aside>
<main><h1>Ilse Hendriks</h1>
<h2>Profiel</h2>
<p>{eh('Manager welzijn bij de gemeente Putten. Ik geef richting, neem medewerkers mee in verandering en zorg dat '
       'het welzijnswerk zichtbaar en vindbaar is in de dorpen.')}</p>
<h2>Werkervaring</h2>
<p><b>{e(ih[0]['d'])}</b></p>
<p>{eh(ih[0]['t'] + ', ' + ih[0]['e'])}</p>
{''.join(f'<p>{eh(t)}</p>' for t in ih[0]['tasks'])}
<p><b>{e(ih[1]['d'])}</b></p>
<p>{eh(ih[1]['t'] + ', ' + ih[1]['e'])}</p>
<p>{eh(ih[1]['tasks'][0])}</p>
<h2>Opleiding</h2>
<p>{eh(IH_EDU)}</p>
<h2>Tarief</h2>
<p>{e(IH_RATE)}</p>
<h2>Referenties</h2>
<p>{eh('Anja Timmer, directeur, gemeente Putten, 06-91827365')}</p>
<p>{eh('Gerrit Vos, voorzitter, Stichting Welzijn Putten, 06-91827366')}</p>
</main>"""
cv(file="Ilse Hendriks.pdf", fmt="pdf", producer="chromium", html=doc(IH_CSS, IH_BODY, "Ilse Hendriks"),
   name="Ilse Hendriks", email="ilse.hendriks@example.nl", phone="06-91827364", rate=IH_RATE,
   exp=ih, crit_text={"6": IH6, "7": IH7, "8": IH8}, refs=["Anja Timmer", "Gerrit Vos"],
   must_have=[IH_EDU],
   expect=dict(pages=2, edu=("mbo", False, False), coord=155, refs=(2, False), zzp=False, hourly=85.0,
               crit=(0, 25, 15, 20, 25),
               notes="Chromium, the narrow justified hyphenated column of Anouk Verhoef, 5.0 cm wide. Education: HBO MWD "
                     "2000 – 2003 'niet afgerond (gestopt na het tweede jaar)', the status word hyphenated across a line "
                     "end ('niet af-' / 'gerond'); MBO SPW niveau 4 diploma -> highest completed level mbo, no hbo "
                     "bachelor, not MWD -> knock-out 2 FAIL, criterion 4 0. Manager Welzijn, Gemeente Putten '2013 – "
                     "heden' = 2013-01..2025-11 = 155 (narrowest 144) -> relevant. Ouderenwerker: no leading role. "
                     "Score 85 but not eligible (knock-out 2). A reader that loses 'niet afgerond' in the hyphenation "
                     "gives a wrong pass."))


# ---------------------------------------------------------------- I: Marco van Dalen (LibreOffice, tab + dot leader) FAIL ko 3
MD6, MD7, MD8 = c678("Nijkerk", "Nijkerk voor elkaar", "een sociaal wijkteam in Hoevelaken, een "
                     "mantelzorgwaardering en een budgetcafé", "thuiszorgorganisaties, zorgverzekeraar Zilveren Kruis",
                     "Projectleider van de herinrichting van de wijkverpleging in Nijkerk (2016–2017).")
md = [pos("mrt. 2021 – heden", "Teamleider Sociaal Team", "Gemeente Nijkerk",
          ["Leiding aan het sociaal team (15 medewerkers); formatie, werving en selectie.", MD6, MD7],
          ("2021-03", REF), 57, True),
      pos("2011 – 2021", "Coördinator Thuiszorg", "Thuiszorg Noord-Veluwe B.V.",
          ["Coördinatie van drie wijkverpleegkundige teams (38 medewerkers), roosters en budget.", MD8],
          ("2011-01", "2021-12"), 132, False, True),
      pos("2005 – 2011", "Wijkverpleegkundige", "Thuiszorg Noord-Veluwe B.V.", ["Zorg aan huis."],
          ("2005-01", "2011-12"), 84, False, True)]
MD_RATE = "Uurtarief: € 82 excl. btw"
cv(file="Marco van Dalen.pdf", fmt="pdf", producer="lo-docx", margin=2.2,
   docx=[("title", "Marco van Dalen"),
         ("p", "Nijkerk · 06-65748392 · marco.vandalen@example.nl"),
         ("h", "Profiel"),
         ("p", "Teamleider van het sociaal team in Nijkerk met een lange achtergrond in de thuiszorg. Ik ken de zorg "
               "van binnenuit en verbind zorgaanbieders, huisartsen en gemeente."),
         ("h", "Werkervaring"),
         *[x for p in md for x in [("lead", f"{p['t']}, {p['e']}", p["d"])] + [("li", t) for t in p["tasks"]]],
         ("h", "Opleiding"),
         ("lead", "HBO Verpleegkunde, Hogeschool Windesheim (diploma)", "2001 – 2005"),
         ("h", "Tarief"),
         ("p", MD_RATE),
         ("h", "Referenties"),
         ("p", "Anneke Pluim, afdelingsmanager Samenleving, gemeente Nijkerk, 06-65748393"),
         ("p", "Johan de Ruiter, bestuurder, Thuiszorg Noord-Veluwe B.V., 06-65748394")],
   name="Marco van Dalen", email="marco.vandalen@example.nl", phone="06-65748392", rate=MD_RATE,
   exp=md, crit_text={"6": MD6, "7": MD7, "8": MD8}, refs=["Anneke Pluim", "Johan de Ruiter"],
   expect=dict(pages=1, edu=("hbo", True, False), coord=57, refs=(2, False), zzp=False, hourly=82.0,
               crit=(0, 0, 15, 20, 25),
               notes="python-docx -> LibreOffice PDF; every position on one line 'Title, Employer' + a right-aligned "
                     "tab stop with a dot leader + the period ('Coördinator Thuiszorg, Thuiszorg Noord-Veluwe B.V. "
                     "........ 2011 – 2021'), tasks as bullets; ALL CAPS letter-spaced headings. Relevant: only "
                     "Teamleider Sociaal Team, Gemeente Nijkerk 2021-03..2025-11 = 57. Coördinator Thuiszorg at a "
                     "B.V. (thuiszorg, neither a gemeente nor a welzijnsstichting) -> not relevant, though coördinator "
                     "+ zorg; Wijkverpleegkundige: no leading role. 57 < 60 -> knock-out 3 FAIL, criterion 5 0 (no "
                     "year-only date on the relevant role). HBO Verpleegkunde diploma -> hbo, not MWD. Criteria 6, 7, "
                     "8 present (8 in the thuiszorg role). Score 60, not eligible. Reading the thuiszorg line as relevant "
                     "would be a wrong pass."))


# ---------------------------------------------------------------- J: Nadine Post (groff, agency header) FAIL references
NP6, NP7, NP8 = c678("Barneveld", "Barneveld, vitaal ouder worden", "een ontmoetingscentrum, valpreventie en een "
                     "mantelzorgcafé", "zorgverzekeraar Menzis",
                     "Projectleider van het verandertraject ‘Langer thuis’ (2022–2023): projectplan, stuurgroep en "
                     "evaluatie.")
np_ = [pos("juni 2015 – heden", "Coördinator Welzijn Ouderen", "Gemeente Barneveld",
           ["Leiding aan het team ouderenwerk en de consulenten Wmo (12 medewerkers); formatie en budget.",
            NP6, NP7, NP8,
            "Regie op de inkoop van dagbesteding; contractgesprekken met vier zorgaanbieders.",
            "Werving en selectie, inwerken en coaching van nieuwe medewerkers."],
           ("2015-06", REF), 126, True),
       pos("2009 – mei 2015", "Ouderenadviseur", "Stichting Welzijn Barneveld",
           ["Huisbezoeken, cliëntondersteuning en voorlichting aan ouderen en mantelzorgers."],
           ("2009-01", "2015-05"), 77, False, True)]
NP_RATE = "€\u00a088 per uur"
NP_GROFF = r""".ps 11
.vs 14
.ds LH Gelderse Detachering B.V.
.ds CH contactpersoon: Marloes Jansen, 055-5550199
.ds RH Pagina %
.ad b
.hy 14
.nr H1 1
.LP
.ps 20
\fBNadine Post\fP
.ps 11
.LP
Barneveld \(en 06-74839201 \(en nadine.post@example.nl
.SH
Profiel
.LP
Co\[:o]rdinator welzijn ouderen bij de gemeente Barneveld. Aangeboden via Gelderse Detachering B.V., waar ik in
loondienst ben. Ik werk planmatig, ben flexibel en bewaak de financi\[:e]le kaders; medewerkers ervaren mij als
\[lq]rustig en duidelijk\[rq].
.SH
Werkervaring
.LP
""" + "".join(
    f".B \"{g(p['d'])}\"\n.br\n{g(p['t'])}, {g(p['e'])}\n" +
    "".join(f".IP \\(bu 2\n{g(t)}\n" for t in p["tasks"]) + ".LP\n" for p in np_) + r""".SH
Opleiding
.LP
1999\[en]2003: HBO Maatschappelijk Werk en Dienstverlening, Christelijke Hogeschool Ede (diploma behaald).
.SH
Tarief
.LP
""" + g(NP_RATE) + r"""
.SH
Referentie
.LP
Henk van Schaik, afdelingshoofd Maatschappelijke Ontwikkeling, gemeente Barneveld, 06-74839202
"""
cv(file="Nadine Post.pdf", fmt="pdf", producer="groff", groff=NP_GROFF,
   name="Nadine Post", email="nadine.post@example.nl", phone="06-74839201", rate="88 per uur",
   exp=np_, crit_text={"6": NP6, "7": NP7, "8": NP8}, refs=["Henk van Schaik"],
   must_have=["contactpersoon: Marloes Jansen, 055-5550199"],
   expect=dict(pages=1, edu=("hbo", True, True), coord=126, refs=(1, False), zzp=False, hourly=88.0, crit=FULL,
               notes="groff -> ps2pdf (1 page) with the page-trap header line on page 1 above the name: 'Gelderse "
                     "Detachering B.V.  contactpersoon: Marloes Jansen, 055-5550199  Pagina N' — the agency's contact "
                     "person, printed like a referee. The CV names ONE reference (Henk van Schaik) under 'Referentie' at "
                     "the end -> references 1, not on request -> references check FAIL, not eligible. Coördinator "
                     "Welzijn Ouderen, Gemeente Barneveld 2015-06..2025-11 = 126 -> relevant; Ouderenadviseur: no "
                     "leading role. 'in loondienst' at the detacheerder: no zzp. HBO MWD diploma -> hbo, mwd. Rate € 88. "
                     "100 points. Counting the header's contact person as a second referee would be a wrong pass."))
