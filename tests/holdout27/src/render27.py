# -*- coding: utf-8 -*-
"""Print the CVs of holdout round 27 as PDFs with four producers.

Usage: python3 render27.py HOLDOUT_DIR WORK_DIR CVS_PY

producer (a field of each CV in holdout27_cvs.py):
  chromium   html: a whole HTML document (CSS in it) -> headless Chromium --print-to-pdf
  pandoc     markdown + css: pandoc -s (smart quotes/dashes, lang nl) -> HTML -> headless Chromium
  groff      groff: an -ms document -> groff -k -ms -Tps -> ps2pdf; Dutch hyphenation points of its long
             words are prepended as .hw requests (groff has no Dutch patterns)
  lo-docx    docx: a list of paragraphs -> python-docx (nl-NL, automatic hyphenation on, justified, small caps,
             letter spacing, right tab stops with dot leaders) -> soffice --convert-to pdf (uses hyphen-nl)
The PDF is written to HOLDOUT_DIR/inbox/<file>.
"""
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlhyph import hyphenate  # noqa: E402


def chromium(src, dst, work):
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}", src.as_uri()],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"render27.py: no PDF for {dst.name}:\n{r.stdout}")


# A small ms-like macro set (groff-base has no ms): A4, a running header at the top of every page
# ('LH'CH'RH' by .tl, from page 2 on unless register H1 is 1), a page-end trap, .SH .LP .IP .B.
MACROS = r""".pl 29.7c
.po 2.2c
.ll 16.4c
.lt 16.4c
.nr H1 0
.ds LH
.ds CH
.ds RH
.de HD
'sp 1.2c
.if (\\n%>1):(\\n(H1=1) .tl '\\*(LH'\\*(CH'\\*(RH'
'sp |2.6c
..
.de FO
'bp
..
.wh 0 HD
.wh -2.2c FO
.de SH
.br
.sp 0.8v
.ne 3v
.ft B
..
.de LP
.br
.ft R
.in 0
.sp 0.4v
..
.de IP
.br
.in 1.5m
.ti -1.5m
\\$1\\h'|0'\\h'1.5m'\\c
..
.de B
\\fB\\$1\\fP
..
"""


def groff(c, dst, work):
    src = c["groff"]
    words = sorted({w for w in re.findall(r"\b[A-Za-z]{8,}\b", re.sub(r"^\..*$", "", src, flags=re.M))})
    hw = [hyphenate(w.lower(), "-") for w in words]
    hw = [w for w in hw if "-" in w]
    head = MACROS + "".join(".hw " + " ".join(hw[i:i + 8]) + "\n" for i in range(0, len(hw), 8))
    stem = Path(c["file"]).stem
    (work / f"{stem}.ms").write_text(head + src, encoding="utf-8")
    ps = work / f"{stem}.ps"
    with open(ps, "wb") as f:
        subprocess.run(["groff", "-k", "-Tps", "-P-pa4", str(work / f"{stem}.ms")], check=True, stdout=f)
    subprocess.run(["ps2pdf", "-dPDFSETTINGS=/prepress", str(ps), str(dst)], check=True)


def lo_docx(c, dst, work):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(c.get("margin", 2.2))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(11)
    rpr = st.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)
    settings = d.settings.element
    ah = OxmlElement("w:autoHyphenation")
    settings.append(ah)
    width = Cm(21) - 2 * Cm(c.get("margin", 2.2))
    for kind, *rest in c["docx"]:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(rest[0])
            r.font.size, r.font.small_caps, r.bold = Pt(20), True, True
        elif kind == "h":   # ALL CAPS by run property + letter spacing 4 pt
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            r = p.add_run(rest[0])
            r.bold, r.font.all_caps = True, True
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), "80")
            r._r.get_or_add_rPr().append(sp)
        elif kind == "p":   # justified body text
            p = d.add_paragraph(rest[0])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "lead":   # "title, employer<TAB>period" with a right tab stop and a dot leader
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(rest[0]).bold = True
            p.add_run("\t" + rest[1])
        elif kind == "li":
            p = d.add_paragraph(rest[0], style="List Bullet")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(kind)
    stem = Path(c["file"]).stem
    out = work / "lo"
    out.mkdir(exist_ok=True)
    d.save(out / f"{stem}.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(out / f"{stem}.docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(out / f"{stem}.pdf", dst)


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work.mkdir(parents=True, exist_ok=True)
    (holdout / "inbox").mkdir(exist_ok=True)
    only = sys.argv[4:] or None
    for c in mod.CVS:
        if only and c["file"] not in only:
            continue
        dst = holdout / "inbox" / c["file"]
        stem = Path(c["file"]).stem
        if c["producer"] == "chromium":
            src = work / f"{stem}.html"
            src.write_text(c["html"], encoding="utf-8")
            chromium(src, dst, work)
        elif c["producer"] == "pandoc":
            md, css = work / f"{stem}.md", work / f"{stem}.css"
            md.write_text(c["markdown"], encoding="utf-8")
            css.write_text(c["css"], encoding="utf-8")
            src = work / f"{stem}.html"
            subprocess.run(["pandoc", "-s", "-f", "markdown+smart", "-t", "html5", "--metadata", "lang=nl",
                            "--metadata", f"pagetitle={c['name']}", "--css", css.name, "-o", str(src), str(md)],
                           check=True, cwd=work)
            chromium(src, dst, work)
        elif c["producer"] == "groff":
            groff(c, dst, work)
        elif c["producer"] == "lo-docx":
            lo_docx(c, dst, work)
        else:
            raise ValueError(c["producer"])
        print(f"  {c['file']} ({c['producer']})")


if __name__ == "__main__":
    main()
