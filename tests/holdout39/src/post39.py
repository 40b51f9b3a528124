# -*- coding: utf-8 -*-
"""Round 39's own step after the shared build (tests/holdout2/make-set.sh has written inbox/ and expected/):
two DOCX get what an agency's tools leave in a file, without changing what a reader sees.

Usage: python3 post39.py HOLDOUT_DIR CVS_PY

  stale_app={"Pages": 2, ...}  docProps/app.xml gets these statistics (the CV was built with post="nopages", so
                               expected.py checked the real rendering: pages and pages_exact false);
  hidden_nl=[paragraph, ...]   the paragraphs are appended to word/document.xml's body as hidden text: w:vanish on
                               every run and on the paragraph mark (Word neither shows nor prints them).

Cross-checks, any failure stops: the file renders (LibreOffice) to exactly the same text and number of pages
before and after; the rendering has the expected number of pages; a stale <Pages> is not the real count and the
document has at least (real pages - 1) hard page breaks; no hidden paragraph appears in the rendering, and each
is in document.xml. Zip entries keep their order and get the fixed timestamp of tests/holdout2/src/build.py.
"""
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)


def load(path):
    path = Path(path).resolve()
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fail(msg):
    sys.exit(f"post39.py: {msg}")


def render(docx, work, tag):
    """LibreOffice rendering of docx -> (flattened text, pages)."""
    out = work / tag
    out.mkdir(parents=True, exist_ok=True)
    src = out / docx.name
    shutil.copyfile(docx, src)
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pdf = out / (docx.stem + ".pdf")
    if r.returncode or not pdf.exists():
        fail(f"LibreOffice could not render {docx.name}:\n{r.stdout}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", text).strip(), int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def rewrite(path, change):
    """Rewrite the zip at path, entry by entry, with change(name, data) -> data."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, change(name, data))
    tmp.replace(path)


def read(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def stale_app(path, stats):
    def change(name, data):
        if name != "docProps/app.xml":
            return data
        if re.search(rb"<(Pages|Words|Characters|Lines|Paragraphs)>", data):
            fail(f"{path.name}: app.xml already has statistics (build with post='nopages')")
        add = "".join(f"<{k}>{v}</{k}>" for k, v in stats.items()).encode()
        return data.replace(b"</Properties>", add + b"</Properties>")
    rewrite(path, change)


def hidden_paragraphs(paras):
    vanish = "<w:rPr><w:vanish/></w:rPr>"
    return "".join(f'<w:p><w:pPr>{vanish}</w:pPr><w:r>{vanish}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
                   f"</w:p>" for t in paras).encode("utf-8")


def add_hidden(path, paras):
    def change(name, data):
        if name != "word/document.xml":
            return data
        at = data.rfind(b"<w:sectPr")          # the body's own section properties close the body
        if at < 0 or b"</w:body>" not in data[at:]:
            fail(f"{path.name}: no body-level w:sectPr in document.xml")
        return data[:at] + hidden_paragraphs(paras) + data[at:]
    rewrite(path, change)


def main():
    holdout = Path(sys.argv[1]).resolve()
    cvs = load(holdout / sys.argv[2] if not Path(sys.argv[2]).is_absolute() else sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="zeef-post39."))
    try:
        for c in cvs.CVS:
            if not (c.get("stale_app") or c.get("hidden_nl")):
                continue
            path = holdout / "inbox" / c["file"]
            want = c["expect"]["pages"]
            before, n0 = render(path, work, "before-" + path.stem.replace(" ", "_"))
            if c.get("stale_app"):
                stale_app(path, c["stale_app"])
                stored = int(re.search(rb"<Pages>(\d+)</Pages>", read(path, "docProps/app.xml")).group(1))
                doc = read(path, "word/document.xml")
                breaks = len(re.findall(rb'<w:br w:type="page"/>', doc)) + len(re.findall(rb"<w:pageBreakBefore", doc))
                if stored == want or breaks < want - 1:
                    fail(f"{c['file']}: stored <Pages>{stored}, {breaks} page breaks, {want} pages expected")
                print(f"  {c['file']}: app.xml <Pages>{stored}</Pages>; {breaks} hard page breaks; renders {want}")
            if c.get("hidden_nl"):
                add_hidden(path, c["hidden_nl"])
                doc = read(path, "word/document.xml").decode("utf-8")
                for t in c["hidden_nl"]:
                    if escape(t) not in doc:
                        fail(f"{c['file']}: hidden paragraph missing from document.xml: {t[:40]!r}")
                words = sum(len(t.split()) for t in c["hidden_nl"])
                print(f"  {c['file']}: {len(c['hidden_nl'])} hidden paragraphs ({words} words) appended")
            after, n1 = render(path, work, "after-" + path.stem.replace(" ", "_"))
            if (after, n1) != (before, n0) or n1 != want:
                fail(f"{c['file']}: rendering changed ({n0} -> {n1} pages, want {want}; same text: {after == before})")
            for t in c.get("hidden_nl", []):
                if re.sub(r"\s+", " ", t)[:60] in after:
                    fail(f"{c['file']}: hidden text is rendered: {t[:40]!r}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
