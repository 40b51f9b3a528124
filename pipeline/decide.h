/*
 * decide.h — judge one requirement of the profile against a CV's facts.
 *
 * The check stage uses it for knock-outs, the score stage for criteria: the
 * building blocks (education, experience, evidence terms, self-employment,
 * manual) mean the same in both.  A decision is three-valued: pass, fail, or
 * review when the facts do not settle it (an education entry without any
 * sign of completion, months that fall between the pessimistic and the
 * optimistic count, ZZP indications, a manual requirement).
 */
#ifndef ZEEF_DECIDE_H
#define ZEEF_DECIDE_H

#include "json.h"
#include "profile.h"

typedef enum { VERDICT_PASS, VERDICT_FAIL, VERDICT_REVIEW } verdict;

const char *verdict_name(verdict v);

/*
 * Returns a new object {"decision", "reason", "evidence": [...]} for
 * requirement r, judged on the fields record rec.  reason is a Dutch
 * sentence an assessor can read out; evidence quotes the CV with pages.
 */
json *decide_requirement(const requirement *r, const json *rec);

/* The same for the formal CV checks: "pages", "dutch", "references". */
json *decide_check(const profile *p, const char *check, const json *rec);

#endif
