# -*- coding: utf-8 -*-
"""The part every holdout set's CV module shares (tests/holdoutN/src/holdoutN_cvs.py): the
reference date and the helpers that build its CVS list.

    CVS = []
    cv = collector(CVS)
    cv(file="Jan Jansen.pdf", ..., positions=[pos("2015 – heden", "Coördinator", "Gemeente Epe", [...],
                                                  ("2015-01", REF), 131, True)])

cv() fills in the fields most CVs leave at their default; pos() is one position: its period as
printed (d), title (t), employer (e), tasks, the span the expectations count, the months and whether
it is relevant.  A CV's fields (build.py lays them out, expected.py checks and writes them):
  file, fmt (pdf | docx), lang (nl | en)
  name, email, phone       exactly as printed; None = not in the CV
  rate                     the rate text as printed (checked against the rendering), or None
  layout                   single | sidebar | header          (rendered by tests/holdout/src/layout.py)
  header                   page-header text (layout "header")
  body / left / right      a list of blocks (see tests/holdout/src/layout.py)
  post                     None | "nopages"
  exp                      every position printed in the CV (a position printed twice is listed twice):
                           d (date text as printed), t (title), e (employer), tasks, span (first, last
                           month; open ends = REF, ends after REF are cut at REF), m (months of that
                           span, by hand), rel (relevant by the default rules), yearonly
  crit_text                {"6"|"7"|"8": passage} the passage that earns the criterion (must be printed)
  refs                     the references as printed (a name, or a function where no name is given)
  zzp_negated              phrases with ZZP words that do not present the candidate as self-employed now
  onreq_negated            phrases with "op aanvraag" that are not "references on request"
  english                  English passage(s) of a Dutch CV (their share of the words is checked)
  must_have                extra phrases that must be in the rendering (the trap itself)
  expect                   pages, pages_exact, edu=(highest_level, hbo_bachelor_completed, mwd), coord,
                           refs=(count, on_request), zzp, hourly, crit=(4,5,6,7,8 points), lang, notes
"""

REF = "2025-11"


def collector(cvs):
    """A cv() that fills in the defaults and appends each CV to the list cvs."""
    def cv(**kw):
        kw.setdefault("lang", "nl")
        kw.setdefault("zzp_negated", [])
        kw.setdefault("onreq_negated", [])
        kw.setdefault("must_have", [])
        kw.setdefault("english", None)
        kw.setdefault("post", None)
        kw.setdefault("header", None)
        cvs.append(kw)
        return kw
    return cv


def pos(d, t, e, tasks, span, m, rel, yearonly=False):
    return dict(d=d, t=t, e=e, tasks=tasks, span=span, m=m, rel=rel, yearonly=yearonly)
