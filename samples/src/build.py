# -*- coding: utf-8 -*-
"""Build samples/inbox from cvs.py: python-docx / flat ODT -> LibreOffice -> PDF or DOCX.

Usage: python3 build.py SAMPLES_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cvs  # noqa: E402
import render  # noqa: E402

SAMPLES = Path(sys.argv[1]).resolve()
WORK = Path(sys.argv[2]).resolve()
INBOX = SAMPLES / "inbox"
PROFILE = WORK / "lo-profile"
FIXED_ZIP_TIME = (2025, 11, 1, 9, 0, 0)


def run(*cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode:
        sys.exit(f"build.py: {' '.join(cmd)} failed:\n{r.stdout}")


def soffice(target, outdir, files):
    outdir.mkdir(parents=True, exist_ok=True)
    run("soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--norestore",
        "--convert-to", target, "--outdir", str(outdir), *map(str, files))


def rezip(src, dst, pages):
    """Rewrite a DOCX with fixed timestamps and member order, and the given <Pages> (None: no page info).

    LibreOffice's headless conversion does not recount the statistics: it copies them from the
    input (python-docx's template says Pages 1, Words 0) or leaves them out (flat ODT input).
    So the statistics are dropped and <Pages> is set from a LibreOffice PDF rendering of the file.
    """
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
                # LibreOffice stamps the conversion time; pin it so re-runs differ less
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
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

    staged = {}
    for c in cvs.CVS:
        stem = Path(c["file"]).stem
        if c["layout"] == "textbox":
            p = stage / f"{stem}.fodt"
            render.render_fodt(c, p)
        else:
            p = stage / f"{stem}.docx"
            render.render_docx(c, p)
        staged[c["file"]] = p

    pdf_src = [staged[c["file"]] for c in cvs.CVS if c["fmt"] == "pdf"]
    docx_src = [staged[c["file"]] for c in cvs.CVS if c["fmt"] == "docx"]
    doc_src = [staged[c["file"]] for c in cvs.CVS if c["fmt"] == "doc"]
    soffice("pdf", WORK / "pdf", pdf_src)
    soffice("docx:MS Word 2007 XML", WORK / "docx", docx_src)
    soffice("doc:MS Word 97", WORK / "doc", doc_src)
    # DOCX: strip the copied statistics, render to PDF, then record the real page count
    (WORK / "docx-final").mkdir()
    for c in cvs.CVS:
        if c["fmt"] == "docx":
            stem = Path(c["file"]).stem
            rezip(WORK / "docx" / f"{stem}.docx", WORK / "docx-final" / f"{stem}.docx", None)
    soffice("pdf", WORK / "docx-pdf", sorted((WORK / "docx-final").glob("*.docx")))

    for c in cvs.CVS:
        stem = Path(c["file"]).stem
        dst = INBOX / c["file"]
        post = c["post"]
        if c["fmt"] == "pdf":
            pdf = WORK / "pdf" / f"{stem}.pdf"
            if post == "encrypt":
                run("qpdf", "--encrypt", "zeef-user", "zeef-owner", "256", "--",
                    str(pdf), str(dst))
            elif post == "scan":
                scan = WORK / "scan"
                scan.mkdir(exist_ok=True)
                run("pdftoppm", "-r", "110", "-gray", "-png", str(pdf), str(scan / "page"))
                pages = sorted(scan.glob("page*.png"))
                run("img2pdf", "--nodate", "--pagesize", "A4", "-o", str(dst), *map(str, pages))
            else:  # plain PDF, or a PDF under a .docx name
                shutil.copyfile(pdf, dst)
        elif c["fmt"] == "docx":
            n = pdf_pages(WORK / "docx-pdf" / f"{stem}.pdf")
            rezip(WORK / "docx-final" / f"{stem}.docx", dst, None if post == "nopages" else n)
        elif c["fmt"] == "doc":
            shutil.copyfile(WORK / "doc" / f"{stem}.doc", dst)
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
