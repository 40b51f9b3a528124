# -*- coding: utf-8 -*-
"""Dutch hyphenation points with the patterns LibreOffice uses (hyphen-nl: /usr/share/hyphen/hyph_nl_NL.dic,
Liang's algorithm). Headless Chromium ships no Dutch hyphenation dictionary, so `hyphens: auto` breaks nothing
there; render27.py inserts soft hyphens (U+00AD) at these points instead and Chromium breaks justified lines at
them exactly as `hyphens: auto` would. groff gets the same points as `.hw` exceptions.
"""
import re

DIC = "/usr/share/hyphen/hyph_nl_NL.dic"
_PAT = None


def _load():
    global _PAT
    if _PAT is None:
        _PAT = {}
        with open(DIC, encoding="iso-8859-1") as f:
            next(f)
            for line in f:
                line = line.strip()
                if not line or "/" in line or line.isupper() or line.startswith(("LEFT", "RIGHT", "COMPOUND", "NOHYPHEN", "%")):
                    continue
                key = re.sub(r"\d", "", line)
                vals = [0] * (len(key) + 1)
                i = 0
                for ch in line:
                    if ch.isdigit():
                        vals[i] = int(ch)
                    else:
                        i += 1
                _PAT[key] = vals
    return _PAT


def points(word, left=2, right=2):
    """Indices i where word may break before word[i]."""
    pat = _load()
    w = "." + word.lower() + "."
    v = [0] * (len(w) + 1)
    for i in range(len(w)):
        for j in range(i + 1, len(w) + 1):
            p = pat.get(w[i:j])
            if p:
                for k, x in enumerate(p):
                    v[i + k] = max(v[i + k], x)
    return [i - 1 for i in range(len(w)) if v[i] % 2 and left <= i - 1 <= len(word) - right]


def hyphenate(word, sep="\u00ad"):
    pts = points(word)
    out, last = [], 0
    for p in pts:
        out.append(word[last:p])
        last = p
    out.append(word[last:])
    return sep.join(out)


def hy(text, minlen=7):
    """Soft hyphens in every word of at least minlen letters (not in e-mail addresses or numbers)."""
    return re.sub(r"(?<![@\w.])[A-Za-zÀ-ÿ]{%d,}(?![@\w])" % minlen, lambda m: hyphenate(m.group(0)), text)


if __name__ == "__main__":
    for w in ("Maatschappelijk", "coördinator", "gemeente", "welzijnsstichting", "afgerond", "Dienstverlening",
              "samenwerkingspartners"):
        print(hyphenate(w, "-"))
