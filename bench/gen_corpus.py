# -*- coding: utf-8 -*-
"""Generate the benchmark corpus: distinct fictional CVs as PDF and DOCX.

    /usr/bin/python3 bench/gen_corpus.py OUTDIR [N_PDF [N_DOCX [SEED]]]

Writes OUTDIR/pdf/*.pdf (N_PDF, default 300), OUTDIR/docx/*.docx (N_DOCX,
default 300), OUTDIR/big/500-pages.pdf (a real 500-page LibreOffice PDF)
and OUTDIR/MANIFEST (file, layout, language, pages).

The CVs are random but reproducible (SEED, default 7): names, towns,
employers, periods in every date style of the samples, positions, tasks,
education, references, rates.  They are laid out by the samples' own
renderers (samples/src/render.py) in the samples' mix of layouts (single
column, sidebar table, Europass, experience table, contact in the page
header, text-frame sidebar, six-page CV), with between one and six pages of
content.  Every person, phone number and e-mail address is made up.

LibreOffice runs twice, each time once for all files: the sources to PDF
(the PDF set, the DOCX set, so that the DOCX files can carry their real page
count in docProps/app.xml, as Word writes it, and the 500-page document),
and the DOCX set to DOCX (what samples/src/build.py does too).

Needs: /usr/bin/python3 with python-docx, soffice (LibreOffice), pdfinfo.
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "samples" / "src"))
import render  # noqa: E402  (the samples' layouts)
from docx.enum.text import WD_BREAK  # noqa: E402

FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)

# ------------------------------------------------------------------ pools
FIRST = ("Jan Pieter Kees Sanne Linda Marieke Thomas Femke Bas Ingrid Ruud Nicole Willem Esther Annemiek "
         "Hanneke Erik Lotte Gerrit Joost Wendy Anouk Rob Marloes Henk Sevda Ilse Gert-Jan Carla Jeroen "
         "Fatima Yvonne Martin Hans Petra Esmee Bart Gerda Johan Wim Sylvia Koen Anja Dirk Monique Lies "
         "Tom Arjen Nelleke Rianne Frank Loes Sandra Judith Stefan Maaike Olaf Mohamed Ayşe Priya Daan "
         "Noor Sem Fleur Ruben Iris Lars Eva Tim Julia Niels Sophie Milan Emma Luuk Zoë Hamza Yara "
         "Bram Roos Thijs Lieke Stijn Naomi Jesse Amira Wouter Merel Kevin Chantal Rik Ellen").split()
LAST = ("de Vries|Jansen|Mulder|van Dijk|de Boer|Visser|Bakker|Smit|Meijer|Hoekstra|Vermeulen|Dekker|"
        "de Graaf|Kok|Vos|Brouwer|van Leeuwen|Willems|Postma|van der Linden|Koster|Hendriks|Kramer|"
        "Boersma|Wolters|Yilmaz|Brinkman|Hofman|Timmer|Span|el Amrani|Dijkstra|Scholten|Veenstra|Bos|"
        "Koning|Lammers|Mensink|Pieters|Oude Elferink|Nijboer|Wessels|van Essen|Harms|Broekman|de Jong|"
        "Smits|Gerritsen|Berends|Hendriksen|Veldkamp|Klein|Hoeve|Rouwenhorst|Dam|Reinders|Bouali|"
        "Kaya|Ramdin|van den Berg|Peters|Huisman|Prins|Post|Kuipers|Wiersma|Jonker|Schouten|Evers|"
        "van Beek|Haverkamp|Nieuwenhuis|ter Horst|Bosch|Groen|Sanders|Mol|Tol").split("|")
CITIES = ("Zwolle Deventer Olst Epe Ommen Kampen Dalfsen Hengelo Hardenberg Hattem Zutphen Oldebroek Raalte "
          "Apeldoorn Heerde Wezep Enschede Almelo Meppel Steenwijk Harderwijk Elburg Nijverdal Rijssen "
          "Wijhe Hellendoorn Twenterand Staphorst Lochem Voorst").split()
GEMEENTEN = ["Gemeente " + c for c in CITIES] + ["Gemeente Olst-Wijhe", "Gemeente Zwartewaterland"]
STICHTINGEN = ["Stichting Welzijn " + c for c in CITIES[:18]] + [
    "Stichting Sociaal Werk Noord-Veluwe", "Welzijnsorganisatie De Kern", "Stichting Wijkracht"]
OTHER = ["Ziekenhuis De Vechtstreek", "CareFlex B.V.", "Thuiszorg Salland", "Woningcorporatie De Veste",
         "GGD IJsselland", "Jeugdzorg Oost B.V.", "Zorggroep Het Noorden"]
COORD_TITLES = ["Coördinator Wmo", "Coördinator Welzijn", "Teamleider Sociaal Domein", "Manager Welzijn",
                "Coördinator Gebiedsteam", "Teamleider Jeugd", "Coördinator Participatie",
                "Manager Sociaal Domein", "Coördinator Wijkteam", "Teamleider Wmo en Jeugd",
                "Coördinator Mantelzorg", "Manager Zorg en Welzijn"]
OTHER_TITLES = ["Beleidsmedewerker Wmo", "Wmo-consulent", "Jeugdconsulent", "Maatschappelijk werker",
                "Opbouwwerker", "Jongerenwerker", "Beleidsadviseur Sociaal Domein", "Ouderenwerker",
                "Medewerker Wmo-loket", "Werkcoach Participatie", "Mantelzorgconsulent"]
NEUTRAL = [
    "Dagelijkse aansturing en coördinatie van het team.",
    "Verantwoordelijk voor formatie, werving en selectie en de verdeling van uren.",
    "Bewaking van het budget en de financiële kaders; kwartaalrapportages aan de afdelingsmanager.",
    "Coaching van medewerkers op eigenaarschap, methodisch en oplossingsgericht werken.",
    "Inrichting en beheer van het registratiesysteem.",
    "Overleg met wethouder en afdelingsmanager over de koers van het team.",
    "Keukentafelgesprekken en indicaties.",
    "Opstellen van beleidsnota's en raadsvoorstellen.",
    "Ondersteunen van bewonersinitiatieven in de wijk.",
    "Voorzitter van het casuïstiekoverleg met de huisartsen.",
    "Contractmanagement van de maatwerkvoorzieningen.",
    "Werkbegeleiding van stagiaires en nieuwe collega's.",
    "Opzetten van een vrijwilligerspool voor vervoer en boodschappen.",
    "Afstemming met het wijkteam, de huisarts en de wijkverpleging.",
]
C6 = ("Voorbeeld beleid naar resultaat: vastgesteld beleid vertaald naar concrete projecten "
      "en resultaten, vastgelegd in een jaarwerkplan met heldere monitoring, evaluatie en rapportage.")
C7 = ("Structureel overleg met samenwerkingspartners in het welzijnsveld: zorgaanbieders, de "
      "zorgverzekeraar en patiëntenorganisaties; betrokken bij een publiek-private samenwerking (PPS).")
C8 = ("Projectleider van een verandertraject: projectmatig werken volgens Prince2, inclusief de "
      "reorganisatie van het team.")
PROFILE = [
    "Ervaren coördinator in het sociaal domein. Ik verbind beleid en praktijk, coach medewerkers en stuur op resultaat.",
    "Teamleider met een bestuurskundige achtergrond en ruime ervaring in participatie en jeugd.",
    "Manager sociaal domein die teams in beweging brengt en dicht bij inwoners en medewerkers staat.",
    "Ik werk vanuit het perspectief van de inwoner en breng structuur in werkprocessen.",
    "Leidinggevende met een nuchtere en open stijl; ik houd van korte lijnen.",
    "Coördinator welzijn met een groot netwerk in de regio en oog voor kwetsbare inwoners.",
    "Ik geef richting, durf keuzes te maken en zorg dat medewerkers met vertrouwen hun werk doen.",
]
MONTHS = ["jan.", "feb.", "mrt.", "apr.", "mei", "juni", "juli", "aug.", "sept.", "okt.", "nov.", "dec."]
MONTHS_LONG = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"]
SKILLS = ["Verbinden", "Coachen", "Besluitvaardig", "Analytisch", "Leidinggeven", "Organiseren",
          "Budgetbeheer", "Stakeholdermanagement", "Resultaatgericht", "Procesmatig", "Communicatie",
          "Plannen", "Empathie", "Netwerken", "Financiële sturing", "Klantgericht"]
EDU = [
    "HBO Maatschappelijk Werk en Dienstverlening (MWD), Hogeschool Windesheim, Zwolle – diploma behaald",
    "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool, Deventer – diploma behaald",
    "Bachelor Social Work (hbo), Saxion Hogeschool, Deventer – diploma behaald",
    "WO Master Bestuurskunde, Radboud Universiteit Nijmegen – afgestudeerd",
    "HBO Bestuurskunde / Overheidsmanagement, Hogeschool Windesheim – diploma behaald",
    "MBO Sociaal Werk (niveau 4), Deltion College Zwolle – diploma behaald",
    "Propedeuse HBO Maatschappelijk Werk en Dienstverlening, Hogeschool Windesheim",
    "HBO Social Work, Saxion Hogeschool – niet afgerond",
    "Associate degree Sociaal Werk, Hogeschool Windesheim – diploma behaald",
    "VWO, Thorbecke Scholengemeenschap, Zwolle",
    "HAVO, Carmel College, Raalte",
]
ROLES = ["teammanager Sociaal Domein", "afdelingsmanager", "directeur", "wethouder", "bestuurder",
         "teamleider Wmo", "gemeentesecretaris", "beleidsadviseur Wmo"]
COURSES = ["Leergang Leidinggeven in het sociaal domein", "Training Motiverende gespreksvoering",
           "Cursus Wmo en Jeugdwet: actuele jurisprudentie", "Training Oplossingsgericht coachen",
           "Cursus Financiële sturing voor leidinggevenden", "Training Omgaan met agressie",
           "Cursus Privacy en AVG in het sociaal domein", "Leergang Methodisch werken",
           "Training Lean in de publieke sector", "Cursus Projectmatig creëren"]
SIDE = ["Bestuurslid van de plaatselijke voetbalvereniging.", "Vrijwilliger bij de voedselbank in de regio.",
        "Lid van de cliëntenraad van de thuiszorg.", "Penningmeester van de buurtvereniging.",
        "Mentor bij een taalproject voor nieuwkomers."]
COMPETENCES = [
    "Verbindend: ik breng mensen en organisaties bij elkaar en zorg dat afspraken worden nagekomen.",
    "Coachend: ik help medewerkers hun eigen kracht te benutten en stimuleer eigenaarschap.",
    "Besluitvaardig: ik durf knopen door te hakken, ook als belangen tegenstrijdig zijn.",
    "Analytisch: ik kijk kritisch naar werkprocessen en cijfers en zoek naar verbeteringen.",
    "Communicatief: ik communiceer helder en spreek anderen aan als dat nodig is.",
    "Innovatief: ik zoek naar nieuwe werkwijzen en probeer die in de praktijk uit.",
]
PROJECTS = [
    "Wijkgerichte aanpak eenzaamheid: met vrijwilligers, huisartsen en de bibliotheek een netwerk opgezet "
    "waarin signalen van eenzaamheid snel worden opgepakt.",
    "Herinrichting van de toegang Wmo: de route van melding tot beschikking vereenvoudigd; de doorlooptijd "
    "is teruggebracht en inwoners krijgen sneller duidelijkheid.",
    "Mantelzorgondersteuning: een vast aanbod van respijtzorg en lotgenotencontact ingericht.",
    "Schuldhulpverlening en vroegsignalering: afspraken met woningcorporaties en energieleveranciers.",
    "Preventieakkoord: uitwerking van het lokale preventieakkoord in acties rond bewegen en voeding.",
]
EN = dict(
    titles=["Coordinator Social Support", "Team Lead Social Domain", "Programme Manager Youth", "Policy Officer"],
    tasks=["Day-to-day management of a team of twelve.", "Responsible for staffing and recruitment.",
           "Prince2 certified project manager for the new intake procedure.", "Drafted council proposals."],
    profile=["Experienced coordinator in the Dutch social domain. I lead teams with clarity and care."],
    edu=["Bachelor Social Work (HBO), Saxion University of Applied Sciences – graduated"],
    langs=["Dutch (native)", "English (fluent)"], months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                          "Aug", "Sep", "Oct", "Nov", "Dec"], now="Present",
    rate="Hourly rate: € {} (excl. VAT)")
DE = dict(
    titles=["Sozialarbeiterin", "Teamleiterin Jugendhilfe", "Koordinatorin Quartiersarbeit"],
    tasks=["Beratung und Begleitung von Familien.", "Fallführung im Kinderschutz.",
           "Leitung eines Teams von acht Mitarbeitenden."],
    profile=["Erfahrene Sozialarbeiterin mit einem Masterabschluss in Erziehungswissenschaft."],
    edu=["Master of Arts Erziehungswissenschaft, Universität Münster – abgeschlossen"],
    langs=["Deutsch (Muttersprache)", "Niederländisch (gut)"], months=None, now="heute",
    rate="Stundensatz: € {}")

# The samples' mix: 14 single column, 2 Europass, 2 sidebar table, 2 experience table,
# 1 contact in the header, 1 text-frame sidebar, 1 six-page CV (of 23 readable ones).
LAYOUTS = ["single"] * 14 + ["europass"] * 2 + ["sidebar"] * 2 + ["exptable"] * 2 + ["header", "textbox", "long6"]


def period(r, lang, start, end):
    """Date text in one of the samples' styles; end None = open ("heden")."""
    (y0, m0), end_ym = start, end
    if lang == "en":
        mo = EN["months"]
        e = EN["now"] if end_ym is None else f"{mo[end_ym[1] - 1]} {end_ym[0]}"
        return f"{mo[m0 - 1]} {y0} – {e}"
    if lang == "de":
        e = DE["now"] if end_ym is None else f"{end_ym[1]:02d}/{end_ym[0]}"
        return f"{m0:02d}/{y0} – {e}"
    style = r.randrange(7)
    now = r.choice(["heden", "nu", "heden"])
    if end_ym is None:
        if style == 5:
            return f"sinds {y0}"
        if style == 6:
            return f"vanaf {MONTHS_LONG[m0 - 1]} {y0}"
    ye, me = end_ym if end_ym else (None, None)
    if style in (0, 5, 6):
        return f"{MONTHS[m0 - 1]} {y0} – " + (now if ye is None else f"{MONTHS[me - 1]} {ye}")
    if style == 1:
        return f"{y0} - " + (now if ye is None else f"{ye}")
    if style == 2:
        return f"{m0:02d}/{y0} – " + (now if ye is None else f"{me:02d}/{ye}")
    if style == 3:
        return f"{m0:02d}-{y0} t/m " + (now if ye is None else f"{me:02d}-{ye}")
    return f"{MONTHS_LONG[m0 - 1]} {y0} tot en met " + (now if ye is None else f"{MONTHS_LONG[me - 1]} {ye}")


def person(r, used):
    while True:
        first, last = r.choice(FIRST), r.choice(LAST)
        name = f"{first} {last}"
        if name not in used:
            used.add(name)
            return first, last, name


def make_cv(r, idx, fmt, layout, used):
    lang = "nl"
    if layout in ("single", "europass") and r.random() < 0.1:
        lang = r.choice(["en", "de"])
    first, last, name = person(r, used)
    slug = re.sub(r"[^a-z]", "", (first + "." + last).lower().replace(" ", "")) or "cv"
    city = r.choice(CITIES)
    pages_target = r.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6])
    npos = max(1, min(7, pages_target + r.randrange(0, 3)))
    ntasks = 2 + pages_target // 2
    # positions, newest first, back from 2025-11
    exp, y, m = [], 2025, 11
    for i in range(npos):
        length = r.randrange(14, 110)
        end = None if i == 0 else (y, m)
        ys, ms = divmod((y * 12 + m - 1) - length, 12)
        start = (ys, ms + 1)
        if lang == "en":
            t, tasks = r.choice(EN["titles"]), r.sample(EN["tasks"], min(3, ntasks))
        elif lang == "de":
            t, tasks = r.choice(DE["titles"]), r.sample(DE["tasks"], min(3, ntasks))
        else:
            t = r.choice(COORD_TITLES if r.random() < 0.6 else OTHER_TITLES)
            tasks = r.sample(NEUTRAL, min(len(NEUTRAL), ntasks)) + r.sample([C6, C7, C8], r.randrange(0, 3))
        e = r.choice(GEMEENTEN if r.random() < 0.55 else (STICHTINGEN if r.random() < 0.8 else OTHER))
        exp.append(dict(d=period(r, lang, start, end), t=t, e=e, tasks=tasks))
        gap = r.randrange(0, 4)
        y, m = divmod(ys * 12 + ms - gap, 12)
        m += 1
    ey = y - r.randrange(0, 3)
    if lang == "en":
        edu = [(f"{ey - 4} – {ey}", EN["edu"][0])]
    elif lang == "de":
        edu = [(f"{ey - 2} – {ey}", DE["edu"][0])]
    else:
        edu = [(f"{ey - 4} – {ey}", r.choice(EDU[:6]))]
        if r.random() < 0.5:
            edu.append((f"{ey - 8} – {ey - 4}", r.choice(EDU[5:])))
    extra = []
    if lang == "nl" and pages_target >= 2:
        extra.append(("Cursussen en trainingen", r.sample(COURSES, r.randrange(3, 8))))
        extra.append(("Nevenactiviteiten", r.sample(SIDE, r.randrange(1, 4))))
        extra.append(("Competenties", r.sample(COMPETENCES, r.randrange(3, 7))))
        for k in range(max(0, pages_target - 2)):
            # about a page of text each
            extra.append((f"Projecten en resultaten ({k + 1})",
                          [f"{r.choice(PROJECTS)} {r.choice(COMPETENCES)}" for _ in range(r.randrange(7, 11))]))
    rate_val = r.randrange(70, 115)
    if lang == "en":
        rate = EN["rate"].format(rate_val)
    elif lang == "de":
        rate = DE["rate"].format(f"{rate_val},00")
    else:
        rate = r.choice([f"Uurtarief: € {rate_val},00", f"Uurtarief € {rate_val},- excl. btw",
                         f"tarief € {rate_val},- per uur excl. btw", None])
    refs = []
    for _ in range(r.choice([0, 1, 2, 2, 2, 3])):
        rf, rl, rn = person(r, set())
        refs.append(f"{rn} – {r.choice(ROLES)}, {r.choice(GEMEENTEN + STICHTINGEN)} – 06-{r.randrange(10000000, 99999999)}")
    if not refs:
        refs = "Referenties op aanvraag."
    profile = r.sample(EN["profile"] if lang == "en" else DE["profile"] if lang == "de" else PROFILE,
                       1 if lang != "nl" else r.randrange(1, 4))
    if lang == "nl" and r.random() < 0.5:
        profile.append(r.choice([C6, C7]))
    stem = f"{name} {idx:03d}"
    return dict(file=stem, fmt=fmt, layout=layout, lang=lang, name=name,
                email=f"{slug}{idx}@example.nl", phone=f"06-{r.randrange(10000000, 99999999)}", city=city,
                rate=rate, profile=profile, exp=exp, edu=edu, extra=extra,
                skills=r.sample(SKILLS, r.randrange(3, 7)),
                languages=EN["langs"] if lang == "en" else DE["langs"] if lang == "de"
                else ["Nederlands (moedertaal)", r.choice(["Engels (goed)", "Engels (redelijk)", "Duits (goed)"])],
                refs=refs, pages_target=pages_target)


def render_big(path, pages):
    """A long document: the same CV text on `pages` pages, each ended by a page break."""
    doc = render.new_doc("nl")
    render.para(doc, "Portfolio en projectverslagen", style="Title")
    for i in range(pages):
        render.heading(doc, f"Projectverslag {i + 1}")
        for t in PROJECTS + NEUTRAL[:6]:
            render.para(doc, t)
        if i < pages - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)


def soffice(profile, target, outdir, files):
    """Convert files in as few LibreOffice runs as it takes: one, unless it stops early.

    A headless soffice given several hundred files often ends (status 0) before the last
    ones; whatever is missing is converted again, as long as each run makes progress."""
    outdir.mkdir(parents=True, exist_ok=True)
    ext = target.split(":")[0]
    todo = list(files)
    while True:
        before = len(todo)
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", target, "--outdir", str(outdir), *map(str, todo)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        todo = [f for f in todo if not (outdir / f"{Path(f).stem}.{ext}").exists()]
        if not todo:
            return
        if len(todo) == before:
            break
        print(f"gen_corpus.py: soffice (status {r.returncode}) left {len(todo)} files; again", file=sys.stderr)
    sys.exit(f"gen_corpus.py: soffice could not convert {len(todo)} files, e.g. {todo[0]}:\n{r.stdout[-2000:]}")


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def rezip(src, dst, pages):
    """As samples/src/build.py: fixed times, LibreOffice's copied statistics out, the real <Pages> in."""
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>",
                              b"", data)
                data = data.replace(b"</Properties>", b"<Pages>%d</Pages></Properties>" % pages)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    out = Path(sys.argv[1]).resolve()
    n_pdf = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    n_docx = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    r = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="zeef-bench-gen."))
    try:
        stage_pdf, stage_docx = work / "src-pdf", work / "src-docx"
        stage_pdf.mkdir()
        stage_docx.mkdir()
        used, cvs = set(), []
        # a few more than asked: the ones that come out longer than six pages are left out
        extra_pdf, extra_docx = n_pdf // 10 + 2, n_docx // 10 + 2
        for i in range(n_pdf + extra_pdf + n_docx + extra_docx):
            fmt = "pdf" if i < n_pdf + extra_pdf else "docx"
            c = make_cv(r, i, fmt, LAYOUTS[r.randrange(len(LAYOUTS))], used)
            d = stage_pdf if fmt == "pdf" else stage_docx
            if c["layout"] == "textbox":
                render.render_fodt(c, d / f"{c['file']}.fodt")
            else:
                render.render_docx(c, d / f"{c['file']}.docx")
            cvs.append(c)
        render_big(work / "500-pages.docx", 500)
        lo = work / "lo-profile"
        srcs = lambda d: sorted(d.iterdir())  # noqa: E731
        # 1: everything to PDF in one call (PDF set, DOCX set for its page counts, the long one)
        soffice(lo, "pdf", work / "pdf", srcs(stage_pdf) + srcs(stage_docx) + [work / "500-pages.docx"])
        # 2: the DOCX set to DOCX in one call
        soffice(lo, "docx:MS Word 2007 XML", work / "docx", srcs(stage_docx))

        tmp_out = Path(str(out) + ".tmp")
        if tmp_out.exists():
            shutil.rmtree(tmp_out)
        for sub in ("pdf", "docx", "big"):
            (tmp_out / sub).mkdir(parents=True)
        manifest = []
        want = {"pdf": n_pdf, "docx": n_docx}
        for c in cvs:
            pdf = work / "pdf" / f"{c['file']}.pdf"
            pages = pdf_pages(pdf)
            if not 1 <= pages <= 6 or want[c["fmt"]] == 0:
                continue
            want[c["fmt"]] -= 1
            if c["fmt"] == "pdf":
                shutil.copyfile(pdf, tmp_out / "pdf" / f"{c['file']}.pdf")
            else:
                rezip(work / "docx" / f"{c['file']}.docx", tmp_out / "docx" / f"{c['file']}.docx", pages)
            manifest.append(f"{c['fmt']}/{c['file']}.{c['fmt']}\t{c['layout']}\t{c['lang']}\t{pages}")
        if any(want.values()):
            sys.exit(f"gen_corpus.py: too few CVs of one to six pages: {want} missing")
        big = work / "pdf" / "500-pages.pdf"
        shutil.copyfile(big, tmp_out / "big" / "500-pages.pdf")
        manifest.append(f"big/500-pages.pdf\tlong\tnl\t{pdf_pages(big)}")
        (tmp_out / "MANIFEST").write_text("\n".join(manifest) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        tmp_out.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
