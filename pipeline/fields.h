/*
 * fields.h — the parts of the fields stage, one file each.  Each takes the
 * record being built, the CV's lines and the rules, and adds its members.
 */
#ifndef ZEEF_FIELDS_H
#define ZEEF_FIELDS_H

#include "cvdoc.h"
#include "json.h"
#include "profile.h"
#include "rules.h"

/* candidate: {name, email, phone} (fields_contact.c) */
void fields_contact(json *rec, const cvdoc *d, ruleset *rs);
/* Does s[0..n) look like a person's name: two to six words of letters,
 * capitalised apart from particles ("Ruud Oplaat", "Anja van der Berg")? */
bool fields_name_like(const char *s, size_t n);
/* education: {highest_level, hbo_bachelor_completed, mwd, entries} (fields_education.c) */
void fields_education(json *rec, const cvdoc *d, ruleset *rs, const profile *p);
/* experience: {coord_months, positions, roles} (fields_experience.c) */
void fields_experience(json *rec, const cvdoc *d, ruleset *rs, const profile *p);
/* references, zzp, hourly_rate, terms (fields_screening.c) */
void fields_screening(json *rec, const cvdoc *d, ruleset *rs, const profile *p);

/* Shared helpers (fields_screening.c). */
/* Pushes evidence for every match of rule id into arr (at most max), skipping
 * lines in the sections of the mask skip (SECTION(CV_SEC_REFERENCES) | ...);
 * returns the count. */
#define SECTION(s) (1u << (s))
#define SKIPPED(mask, s) (((mask) >> (s)) & 1u)
int fields_collect(json *arr, const cvdoc *d, ruleset *rs, const char *id, unsigned skip, int max);
/* The same, counting only the matches m on lines i for which keep(d, i, &m, ctx)
 * (m's offsets are within line i's normalised text). */
int fields_collect_if(json *arr, const cvdoc *d, ruleset *rs, const char *id, unsigned skip, int max,
                      bool (*keep)(const cvdoc *d, size_t i, const rule_match *m, void *ctx), void *ctx);

#endif
