# -*- coding: utf-8 -*-
"""Build a holdout inbox (tests/holdout2/inbox from holdout2_cvs.py by default): python-docx ->
LibreOffice -> PDF or DOCX.

Usage: python3 build.py HOLDOUT_DIR WORK_DIR [CVS]

CVS is the module with the CV texts: a module name next to this script or a path to a .py file
(default: $ZEEF_HOLDOUT_CVS, else holdout2_cvs). tests/holdout3/make-holdout3.sh passes its own.

Same pipeline as tests/holdout/src/build.py (whose layouts it reuses, via tests/holdout/src/layout.py):
LibreOffice's headless DOCX export copies stale statistics, so they are dropped and <Pages> is set
from a LibreOffice PDF rendering of the final DOCX (kept in WORK/docx-pdf for expected.py). A CV
with post="nopages" keeps no <Pages> at all (the page count has to be estimated).
"""
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_cvs(arg):
    """The CV module: a name next to this script or a path to a .py file (default holdout2_cvs)."""
    arg = arg or os.environ.get("ZEEF_HOLDOUT_CVS") or "holdout2_cvs"
    if arg.endswith(".py") or os.sep in arg:
        path = os.path.abspath(arg)
        sys.path.insert(0, os.path.dirname(path))
        return _load(Path(path).stem, path)
    return _load(arg, os.path.join(HERE, arg + ".py"))


holdout2_cvs = load_cvs(sys.argv[3] if len(sys.argv) > 3 else None)

layout = _load("holdout_layout", os.path.join(HERE, "..", "..", "holdout", "src", "layout.py"))

HOLDOUT = Path(sys.argv[1]).resolve()
WORK = Path(sys.argv[2]).resolve()
INBOX = HOLDOUT / "inbox"
PROFILE = WORK / "lo-profile"
FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)


def run(*cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"build.py: {' '.join(cmd)} failed:\n{r.stdout}")


def soffice(target, outdir, files):
    outdir.mkdir(parents=True, exist_ok=True)
    if not files:       # soffice without a file to convert waits for ever
        return
    run("soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--norestore",
        "--convert-to", target, "--outdir", str(outdir), *map(str, files))


def rezip(src, dst, pages):
    """Rewrite a DOCX with fixed timestamps, no stale statistics and the given <Pages> (None: none)."""
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"<(Pages|Words|Characters|CharactersWithSpaces|Paragraphs|Lines)>\d*</\1>",
                              b"", data)
                if pages is not None:
                    data = data.replace(b"</Properties>", b"<Pages>%d</Pages></Properties>" % pages)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def main():
    if WORK.exists():
        shutil.rmtree(WORK)
    stage = WORK / "stage"
    stage.mkdir(parents=True)
    if INBOX.exists():
        shutil.rmtree(INBOX)
    INBOX.mkdir(parents=True)

    for c in holdout2_cvs.CVS:
        layout.render_docx(c, stage / f"{Path(c['file']).stem}.docx")
    soffice("pdf", WORK / "pdf",
            [stage / f"{Path(c['file']).stem}.docx" for c in holdout2_cvs.CVS if c["fmt"] == "pdf"])
    soffice("docx:MS Word 2007 XML", WORK / "docx",
            [stage / f"{Path(c['file']).stem}.docx" for c in holdout2_cvs.CVS if c["fmt"] == "docx"])
    (WORK / "docx-final").mkdir()
    for c in holdout2_cvs.CVS:
        if c["fmt"] == "docx":
            stem = Path(c["file"]).stem
            rezip(WORK / "docx" / f"{stem}.docx", WORK / "docx-final" / f"{stem}.docx", None)
    soffice("pdf", WORK / "docx-pdf", sorted((WORK / "docx-final").glob("*.docx")))

    for c in holdout2_cvs.CVS:
        stem = Path(c["file"]).stem
        dst = INBOX / c["file"]
        if c["fmt"] == "pdf":
            shutil.copyfile(WORK / "pdf" / f"{stem}.pdf", dst)
        else:
            n = None if c["post"] == "nopages" else pdf_pages(WORK / "docx-pdf" / f"{stem}.pdf")
            rezip(WORK / "docx-final" / f"{stem}.docx", dst, n)
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
