#!/bin/sh
# Regenerate tests/producer/: the DOCX CVs of samples/ and tests/holdout*/ as
# PDFs from another producer than LibreOffice.  Each DOCX goes through pandoc
# to HTML and headless Chromium to PDF (Skia's text layer: blank lines between
# paragraphs, other line wraps, no Word page layout), and its expected results
# are copied with the page-dependent fields left out (pages, the page check,
# eligibility, rank, shortlist): the same CV must get the same decisions
# whatever program printed it.  tests/e2e-producer.t compares a run with them.
#
#   tests/producer/make-producer.sh
#
# Needs (Debian 12): pandoc chromium python3.  The generated files are kept,
# because CI has neither.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
for tool in pandoc chromium python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-producer.sh: $tool not found" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zeef-producer.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
rm -rf "$HERE/inbox" "$HERE/expected"
mkdir -p "$HERE/inbox" "$HERE/expected"
# table cells top-aligned, as Word and CV builders set them (HTML's default is middle)
printf '<style>td, th { vertical-align: top; }</style>\n' > "$WORK/style.html"

for set in samples tests/holdout tests/holdout2 tests/holdout3 tests/holdout4 tests/holdout5 tests/holdout6 tests/holdout7 tests/holdout8 tests/holdout9 tests/holdout10 tests/holdout11 tests/holdout12 tests/holdout13 tests/holdout14 tests/holdout15 tests/holdout16 tests/holdout17 tests/holdout18 tests/holdout19 tests/holdout20 tests/holdout21 tests/holdout22 tests/holdout23 tests/holdout24 tests/holdout25 tests/holdout26 tests/holdout28 tests/holdout29 tests/holdout30 tests/holdout31 tests/holdout32 tests/holdout33 tests/holdout34 tests/holdout35 tests/holdout36 tests/holdout37 tests/holdout38 tests/holdout39 tests/holdout40 tests/holdout41 tests/holdout42 tests/holdout43 tests/holdout44 tests/holdout45 tests/holdout46 tests/holdout47 tests/holdout48 tests/holdout49 tests/holdout50 tests/holdout51 tests/holdout52 tests/holdout53 tests/holdout54 tests/holdout55 tests/holdout56 tests/holdout57 tests/holdout58 tests/holdout59 tests/holdout60 tests/holdout61 tests/holdout62 tests/holdout63 tests/holdout64 tests/holdout65 tests/holdout66 tests/holdout67 tests/holdout68; do
    tag=$(basename "$set" | sed 's/^samples$/s/; s/^holdout$/h1/; s/^holdout/h/')
    for docx in "$ROOT/$set/inbox/"*.docx; do
        [ -f "$docx" ] || continue
        # only real DOCX (a zip) with expected results: not the renamed or broken files
        [ -f "$ROOT/$set/expected/$(basename "$docx").json" ] || continue
        [ "$(head -c 2 "$docx")" = PK ] || continue
        name="$tag-$(basename "$docx" .docx)"
        pandoc -s "$docx" -o "$WORK/$name.html" --metadata pagetitle="$name" -H "$WORK/style.html" 2>/dev/null
        chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$HERE/inbox/$name.pdf" "file://$WORK/$name.html" >/dev/null 2>&1
        [ -s "$HERE/inbox/$name.pdf" ] || { echo "make-producer.sh: no PDF for $docx" >&2; exit 1; }
        python3 - "$ROOT/$set/expected/$(basename "$docx").json" "$HERE/expected/$name.pdf.json" \
            "tests/producer/inbox/$name.pdf" "$WORK/$name.html" <<'PY'
import html, json, re, sys
src, dst, path, page = sys.argv[1:5]
e = json.load(open(src, encoding="utf-8"))
# pandoc drops a DOCX's page header and footer: contact details that stood only
# there are not in the PDF, so nothing can be expected of them
body = re.sub(r"(?s)<head>.*?</head>", " ", open(page, encoding="utf-8").read())
text = html.unescape(re.sub(r"<[^>]+>", " ", body))
for k, v in list(e.get("candidate", {}).items()):
    if isinstance(v, str) and v not in text:
        del e["candidate"][k]
# (and a rate that stood in a text frame, which pandoc drops too)
rate = e.get("hourly_rate")
if isinstance(rate, (int, float)) and f"{rate:g}".replace(".", ",") not in text and f"{rate:g}" not in text:
    del e["hourly_rate"]
e["file"] = path
e["format"] = "pdf"
e["pages_exact"] = True
for k in ("pages", "eligible", "rank", "shortlisted"):
    e.pop(k, None)
e.get("checks", {}).pop("pages", None)
with open(dst, "w", encoding="utf-8") as f:
    json.dump(e, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
        echo "$name.pdf"
    done
done
