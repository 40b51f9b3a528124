# -*- coding: utf-8 -*-
"""The part every holdout set's CV module shares (tests/holdoutN/src/holdoutN_cvs.py): the
reference date and the helpers that build its CVS list.

    CVS = []
    cv = collector(CVS)
    cv(file="Jan Jansen.pdf", ..., positions=[pos("2015 – heden", "Coördinator", "Gemeente Epe", [...],
                                                  ("2015-01", REF), 131, True)])

cv() fills in the fields most CVs leave at their default (see tests/holdout4/src/holdout4_cvs.py
for the field list); pos() is one position: its period as printed (d), title (t), employer (e),
tasks, the span the expectations count, the months and whether it is relevant.
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
