# -*- coding: utf-8 -*-
"""Render a holdout CV (see holdout_cvs.py) to a python-docx document.

Reuses the low-level helpers of samples/src/render.py (document setup, paragraphs, tables);
the layouts and block types here are new.

Blocks:
  ("title", text)            document title
  ("h", text)                section heading
  ("p", text) / ("pb", text) paragraph / bold paragraph
  ("bl", [texts])            bullet list
  ("pos", style, [pos])      positions as paragraphs; style: dateline | next | sample | datebold | pipe | inline
  ("eu_pos", [pos])          Europass: date cell | title, employer, tasks
  ("rows", [(left, [lines])]) two-column label/date table
  ("exptable", hdrs, [pos])  experience table: periode | functie | werkgever
  ("tasks", [pos])           the tasks of positions, under a bold title (after an exptable)
  ("table", hdrs, rows)      a small grid table
  ("break",)                 page break
"""
import os

from docx.shared import Cm

import importlib.util  # noqa: E402

_SR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "samples", "src", "render.py")
_spec = importlib.util.spec_from_file_location("samples_render", _SR)
_sr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sr)
bullet, clear_first, heading, new_doc = _sr.bullet, _sr.clear_first, _sr.heading, _sr.new_doc
page_break, para, set_col_widths = _sr.page_break, _sr.para, _sr.set_col_widths


def positions(box, style, ps):
    for p in ps:
        if style == "dateline":          # date, then "title, employer" on one line
            para(box, p["d"], bold=True)
            para(box, f"{p['t']}, {p['e']}")
        elif style == "next":            # title, employer on the next line, then the dates
            para(box, p["t"], bold=True)
            para(box, p["e"])
            para(box, p["d"], italic=True)
        elif style == "sample":          # "title – employer", dates below
            para(box, f"{p['t']} – {p['e']}", bold=True)
            para(box, p["d"], italic=True)
        elif style == "datebold":        # dates, then "title — employer"
            para(box, p["d"], bold=True)
            para(box, f"{p['t']} — {p['e']}", italic=True)
        elif style == "pipe":            # "title | employer", dates below
            para(box, f"{p['t']} | {p['e']}", bold=True)
            para(box, p["d"])
        elif style == "inline":          # "dates: title bij employer"
            para(box, f"{p['d']}: {p['t']} bij {p['e']}", bold=True)
        else:
            raise ValueError(style)
        for t in p["tasks"]:
            bullet(box, t)


def two_col(box, rows, widths=(Cm(4.0), Cm(13.0))):
    t = box.add_table(rows=0, cols=2)
    t.autofit = False
    for left, fill in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(left)
        fill(cells[1])
        clear_first(cells[1])
    set_col_widths(t, list(widths))
    return t


def blocks(doc, box, bs):
    for b in bs:
        k = b[0]
        if k == "title":
            para(box, b[1], style="Title")
        elif k == "h":
            heading(box, b[1])
        elif k == "p":
            para(box, b[1])
        elif k == "pb":
            para(box, b[1], bold=True)
        elif k == "bl":
            for t in b[1]:
                bullet(box, t)
        elif k == "pos":
            positions(box, b[1], b[2])
        elif k == "rows":
            two_col(box, [(left, (lambda ls: lambda c: [para(c, x) for x in ls])(lines)) for left, lines in b[1]])
        elif k == "eu_pos":
            def fill(p):
                def f(c):
                    para(c, p["t"], bold=True)
                    para(c, p["e"])
                    for t in p["tasks"]:
                        bullet(c, t)
                return f
            two_col(box, [(p["d"], fill(p)) for p in b[1]])
        elif k == "exptable":
            t = box.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, b[1]):
                cell.paragraphs[0].add_run(h).bold = True
            for p in b[2]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = p["d"], p["t"], p["e"]
            set_col_widths(t, [Cm(3.6), Cm(6.7), Cm(6.7)])
        elif k == "tasks":
            for p in b[1]:
                para(box, p["t"], bold=True)
                for x in p["tasks"]:
                    bullet(box, x)
        elif k == "table":
            t = box.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, b[1]):
                cell.paragraphs[0].add_run(h).bold = True
            for row in b[2]:
                for cell, v in zip(t.add_row().cells, row):
                    cell.text = v
        elif k == "break":
            page_break(doc)
        else:
            raise ValueError(k)


def render_docx(c, path):
    doc = new_doc(c["lang"])
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "zeef holdout"
    if c["layout"] == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        left, right = t.rows[0].cells
        blocks(doc, left, c["left"])
        blocks(doc, right, c["right"])
        clear_first(left)
        clear_first(right)
        set_col_widths(t, [Cm(5), Cm(12)])
    else:
        if c["layout"] == "header":
            doc.sections[0].header.paragraphs[0].text = c["header"]
        blocks(doc, doc, c["body"])
    if c.get("footer"):   # page-footer text, any layout (holdout 20: the agency's details)
        doc.sections[0].footer.paragraphs[0].text = c["footer"]
    doc.save(path)
