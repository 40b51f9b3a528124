# -*- coding: utf-8 -*-
"""Render a CV dict (see cvs.py) to a python-docx document or a flat ODT text."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

LABELS = {
    "nl": dict(profile="Profiel", exp="Werkervaring", edu="Opleiding", skills="Vaardigheden",
               langs="Talen", refs="Referenties", email="E-mail", phone="Telefoon", city="Woonplaats",
               contact="Contactgegevens", personal="Persoonlijke informatie", name="Naam",
               rate="Tarief", cv="Curriculum vitae", period="Periode", title="Functie",
               employer="Werkgever", notes="Toelichting werkzaamheden"),
    "en": dict(profile="Profile", exp="Work experience", edu="Education", skills="Skills",
               langs="Languages", refs="References", email="Email", phone="Phone", city="City",
               contact="Contact", personal="Personal information", name="Name", rate="Rate",
               cv="Curriculum vitae", period="Period", title="Position", employer="Employer",
               notes="Duties"),
    "de": dict(profile="Profil", exp="Berufserfahrung", edu="Ausbildung", skills="Kenntnisse",
               langs="Sprachen", refs="Referenzen", email="E-Mail", phone="Telefon", city="Wohnort",
               contact="Kontakt", personal="Persönliche Angaben", name="Name", rate="Honorar",
               cv="Lebenslauf", period="Zeitraum", title="Funktion", employer="Arbeitgeber",
               notes="Aufgaben"),
    "af": dict(profile="Profiel", exp="Werkservaring", edu="Opleiding", skills="Vaardighede",
               langs="Tale", refs="Verwysings", email="E-pos", phone="Telefoon", city="Woonplek",
               contact="Kontakbesonderhede", personal="Persoonlike inligting", name="Naam",
               rate="Tarief", cv="Curriculum vitae", period="Tydperk", title="Pos",
               employer="Werkgewer", notes="Pligte"),
}


def contact_line(c, L):
    return f"{L['email']}: {c['email']}  |  {L['phone']}: {c['phone']}  |  {L['city']}: {c['city']}"


# ------------------------------------------------------------------ python-docx
def new_doc(lang="nl"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    # fixed core properties, so python-docx does not stamp "now"
    import datetime
    cp = doc.core_properties
    cp.author = "zeef samples"
    cp.created = cp.modified = datetime.datetime(2025, 11, 1, 9, 0, 0)
    cp.last_modified_by = "zeef samples"
    cp.revision = 1
    cp.language = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "af": "af-ZA"}[lang]
    cp.comments = ""
    return doc


def para(box, text="", bold=False, italic=False, style=None, size=None):
    p = box.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def bullet(box, text):
    return para(box, text, style="List Bullet")


def heading(box, text, level=2):
    return para(box, text, style=f"Heading {level}")


def sec_profile(box, c, L):
    heading(box, L["profile"])
    for t in c["profile"]:
        para(box, t)


def position_block(box, p):
    para(box, f"{p['t']} – {p['e']}", bold=True)
    para(box, p["d"], italic=True)
    for t in p["tasks"]:
        bullet(box, t)


def sec_exp(box, c, L):
    heading(box, L["exp"])
    for p in c["exp"]:
        position_block(box, p)


def sec_edu(box, c, L):
    heading(box, L["edu"])
    for d, t in c["edu"]:
        para(box, f"{d}   {t}")


def sec_extra(box, c):
    for h, paras in c["extra"]:
        heading(box, h)
        for t in paras:
            para(box, t)


def sec_skills_langs(box, c, L):
    heading(box, L["skills"])
    para(box, ", ".join(c["skills"]))
    heading(box, L["langs"])
    para(box, ", ".join(c["languages"]))


def sec_refs(box, c, L):
    heading(box, L["refs"])
    if isinstance(c["refs"], str):
        para(box, c["refs"])
    else:
        for r in c["refs"]:
            para(box, r)


def top(box, c, L):
    para(box, c["name"], style="Title")
    para(box, contact_line(c, L))
    if c["rate"]:
        para(box, c["rate"], bold=True)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_col_widths(table, widths):
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    for col, w in zip(table.columns, widths):
        col.width = w


def clear_first(cell):
    """A new cell has one empty paragraph; drop it after content was added."""
    p = cell.paragraphs[0]
    if not p.text and len(cell.paragraphs) > 1:
        p._element.getparent().remove(p._element)


def render_single(c):
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    top(doc, c, L)
    sec_profile(doc, c, L)
    sec_exp(doc, c, L)
    sec_edu(doc, c, L)
    sec_extra(doc, c)
    sec_skills_langs(doc, c, L)
    sec_refs(doc, c, L)
    return doc


def render_header(c):
    """Name, e-mail and phone only in the page header."""
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = f"{c['name']}  |  {c['email']}  |  {c['phone']}"
    para(doc, L["cv"], style="Title")
    if c["rate"]:
        para(doc, c["rate"], bold=True)
    sec_profile(doc, c, L)
    sec_exp(doc, c, L)
    sec_edu(doc, c, L)
    sec_extra(doc, c)
    sec_skills_langs(doc, c, L)
    sec_refs(doc, c, L)
    return doc


def render_sidebar(c):
    """One-row, two-column table: contact/skills left, main text right."""
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.rows[0].cells
    heading(left, L["contact"])
    para(left, c["email"])
    para(left, c["phone"])
    para(left, c["city"])
    if c["rate"]:
        para(left, c["rate"], bold=True)
    heading(left, L["skills"])
    for s in c["skills"]:
        bullet(left, s)
    heading(left, L["langs"])
    for s in c["languages"]:
        para(left, s)
    clear_first(left)
    para(right, c["name"], style="Title")
    sec_profile(right, c, L)
    sec_exp(right, c, L)
    sec_edu(right, c, L)
    sec_extra(right, c)
    sec_refs(right, c, L)
    clear_first(right)
    set_col_widths(t, [Cm(5), Cm(12)])
    return doc


def two_col_rows(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.autofit = False
    for left, fill in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(left)
        fill(cells[1])
        clear_first(cells[1])
    set_col_widths(t, [Cm(4.2), Cm(12.8)])
    return t


def render_europass(c):
    """Europass style: a left-hand column with labels and dates."""
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    para(doc, c["name"], style="Title")
    heading(doc, L["personal"])
    rows = [(L["name"], lambda b: para(b, c["name"])),
            (L["email"], lambda b: para(b, c["email"])),
            (L["phone"], lambda b: para(b, c["phone"])),
            (L["city"], lambda b: para(b, c["city"]))]
    if c["rate"]:
        rows.append((L["rate"], lambda b: para(b, c["rate"])))
    two_col_rows(doc, rows)
    sec_profile(doc, c, L)
    heading(doc, L["exp"])

    def pos_fill(p):
        def f(b):
            para(b, p["t"], bold=True)
            para(b, p["e"])
            for t in p["tasks"]:
                bullet(b, t)
        return f
    two_col_rows(doc, [(p["d"], pos_fill(p)) for p in c["exp"]])
    heading(doc, L["edu"])
    two_col_rows(doc, [(d, (lambda t: lambda b: para(b, t))(t)) for d, t in c["edu"]])
    sec_extra(doc, c)
    sec_skills_langs(doc, c, L)
    sec_refs(doc, c, L)
    return doc


def render_exptable(c):
    """Work experience as a table: periode | functie | werkgever."""
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    top(doc, c, L)
    sec_profile(doc, c, L)
    heading(doc, L["exp"])
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, (L["period"], L["title"], L["employer"])):
        cell.paragraphs[0].add_run(h).bold = True
    for p in c["exp"]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = p["d"], p["t"], p["e"]
    set_col_widths(t, [Cm(4.2), Cm(6.4), Cm(6.4)])
    heading(doc, L["notes"])
    for p in c["exp"]:
        para(doc, p["t"], bold=True)
        for x in p["tasks"]:
            bullet(doc, x)
    sec_edu(doc, c, L)
    sec_extra(doc, c)
    sec_skills_langs(doc, c, L)
    sec_refs(doc, c, L)
    return doc


LONG_PROJECTS = [
    "Wijkgerichte aanpak eenzaamheid: met vrijwilligers, huisartsen en de bibliotheek een netwerk opgezet "
    "waarin signalen van eenzaamheid snel worden opgepakt. Resultaat: een vast aanspreekpunt in elke wijk.",
    "Herinrichting van de toegang Wmo: de route van melding tot beschikking vereenvoudigd; de doorlooptijd "
    "is teruggebracht en inwoners krijgen sneller duidelijkheid.",
    "Mantelzorgondersteuning: een vast aanbod van respijtzorg en lotgenotencontact ingericht, samen met "
    "de welzijnsorganisatie en vrijwilligers.",
    "Schuldhulpverlening en vroegsignalering: afspraken gemaakt met woningcorporaties en energieleveranciers "
    "over het tijdig doorgeven van betalingsachterstanden.",
    "Digitaal registratiesysteem: invoering van een nieuw registratiesysteem voor het team, inclusief "
    "werkinstructies, training en een gebruikersgroep.",
    "Preventieakkoord: uitwerking van het lokale preventieakkoord in acties op het gebied van bewegen, "
    "voeding en alcoholgebruik onder jongeren.",
]
LONG_COMPETENCES = [
    ("Verbinden", "Ik breng mensen en organisaties bij elkaar en zorg dat afspraken worden nagekomen."),
    ("Coachen", "Ik help medewerkers hun eigen kracht te benutten en stimuleer eigenaarschap."),
    ("Besluitvaardigheid", "Ik durf knopen door te hakken, ook als belangen tegenstrijdig zijn."),
    ("Analyseren", "Ik kijk kritisch naar processen en cijfers en vertaal die naar verbeteringen."),
    ("Communiceren", "Ik communiceer helder en spreek anderen aan als dat nodig is."),
    ("Innovatief", "Ik zoek naar nieuwe werkwijzen en probeer die in de praktijk uit."),
]
LONG_COURSES = [
    "Leergang Leidinggeven in het sociaal domein", "Training Motiverende gespreksvoering",
    "Cursus Wmo en Jeugdwet: actuele jurisprudentie", "Training Oplossingsgericht coachen",
    "Cursus Financiële sturing voor leidinggevenden", "Training Omgaan met agressie",
    "Cursus Privacy en AVG in het sociaal domein", "Leergang Methodisch werken",
]


def render_long6(c):
    """Six pages: each part starts on a new page."""
    L = LABELS[c["lang"]]
    doc = new_doc(c["lang"])
    top(doc, c, L)
    sec_profile(doc, c, L)
    for t in ["Mijn drijfveer is dat inwoners prettig thuis kunnen wonen en meedoen in hun wijk.",
              "In mijn werk combineer ik inhoudelijke kennis van de Wmo met aandacht voor de mensen in het team."]:
        para(doc, t)
    page_break(doc)
    sec_exp(doc, c, L)
    page_break(doc)
    heading(doc, "Projecten en resultaten")
    for t in LONG_PROJECTS:
        para(doc, t)
        para(doc, "")
    page_break(doc)
    sec_edu(doc, c, L)
    heading(doc, "Cursussen en trainingen")
    for t in LONG_COURSES:
        bullet(doc, t)
    page_break(doc)
    heading(doc, "Competenties")
    for h, t in LONG_COMPETENCES:
        para(doc, h, bold=True)
        para(doc, t)
    page_break(doc)
    sec_skills_langs(doc, c, L)
    sec_refs(doc, c, L)
    return doc


RENDERERS = dict(single=render_single, header=render_header, sidebar=render_sidebar,
                 europass=render_europass, exptable=render_exptable, long6=render_long6)


def render_docx(c, path):
    RENDERERS[c["layout"]](c).save(path)


# ------------------------------------------------------------------ flat ODT
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>zeef samples</meta:initial-creator><dc:title>Curriculum vitae</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Main" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="6.2cm"/>
 </style:style>
 <style:style style:name="MainTitle" style:family="paragraph" style:parent-style-name="Main">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="MainHeading" style:family="paragraph" style:parent-style-name="Main">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="MainBold" style:family="paragraph" style:parent-style-name="Main">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="MainItalic" style:family="paragraph" style:parent-style-name="Main">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="MainBullet" style:family="paragraph" style:parent-style-name="Main">
  <style:paragraph-properties fo:margin-left="6.7cm" fo:text-indent="-0.4cm"/>
 </style:style>
 <style:style style:name="Side" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="SideHeading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page"
   style:horizontal-pos="from-left" style:horizontal-rel="page" fo:background-color="#e8eef4"
   fo:padding="0.25cm" fo:border="none" style:run-through="foreground"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body>
<office:text>
"""
FODT_TAIL = """</office:text>
</office:body>
</office:document>
"""


def _p(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>\n'


def render_fodt(c, path):
    """Main text on the right; contact, skills and languages in a text frame on the left."""
    L = LABELS[c["lang"]]
    side = [_p("SideHeading", L["contact"]), _p("Side", c["email"]), _p("Side", c["phone"]),
            _p("Side", c["city"])]
    if c["rate"]:
        side.append(_p("Side", c["rate"]))
    side.append(_p("SideHeading", L["skills"]))
    side += [_p("Side", "• " + s) for s in c["skills"]]
    side.append(_p("SideHeading", L["langs"]))
    side += [_p("Side", s) for s in c["languages"]]
    frame = ('<draw:frame draw:style-name="fr1" draw:name="Zijbalk" text:anchor-type="paragraph" '
             'svg:x="1.5cm" svg:y="1.5cm" svg:width="5.2cm" draw:z-index="0">'
             '<draw:text-box fo:min-height="14cm">\n' + "".join(side) + '</draw:text-box></draw:frame>')
    body = [f'<text:p text:style-name="MainTitle">{frame}{escape(c["name"])}</text:p>\n']
    body.append(_p("MainHeading", L["profile"]))
    body += [_p("Main", t) for t in c["profile"]]
    body.append(_p("MainHeading", L["exp"]))
    for p in c["exp"]:
        body.append(_p("MainBold", f"{p['t']} – {p['e']}"))
        body.append(_p("MainItalic", p["d"]))
        body += [_p("MainBullet", "• " + t) for t in p["tasks"]]
    body.append(_p("MainHeading", L["edu"]))
    body += [_p("Main", f"{d}   {t}") for d, t in c["edu"]]
    body.append(_p("MainHeading", L["refs"]))
    if isinstance(c["refs"], str):
        body.append(_p("Main", c["refs"]))
    else:
        body += [_p("Main", r) for r in c["refs"]]
    with open(path, "w", encoding="utf-8") as f:
        f.write(FODT_HEAD + "".join(body) + FODT_TAIL)
