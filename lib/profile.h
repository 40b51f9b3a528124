/*
 * profile.h — a tender profile: what one hiring request asks of a CV.
 *
 * A profile is a small INI-style text file under rules/ (see
 * rules/coordinator-welzijn-heerde.profile for the default tender and
 * docs/profile.md for the format).  It names:
 *
 *   [tender]        title, organisation, deadline (the reference date for
 *                   "heden"), shortlist size, tie-break, total points, and the
 *                   rule files (rules/NAME.rules) whose patterns it refers to;
 *   [cv]            the formal CV requirements: pages, language, references;
 *   [roles NAME]    a class of positions that count as experience: three rule
 *                   ids for the job title, the domain and the organisation;
 *   [knockout ID]   a knock-out criterion, by the request's own number;
 *   [criterion ID]  a weighted criterion with its points;
 *   [competencies]  the competencies tested at the interview, one per line.
 *
 * Knock-outs and criteria are built from a few general building blocks
 * (req_type below); nothing about one particular tender lives in C.  A
 * requirement the building blocks cannot express is written as type = manual:
 * the pipeline then answers "review" for it, it is never dropped.
 */
#ifndef ZEEF_PROFILE_H
#define ZEEF_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    EDU_NONE = 0,
    EDU_MBO,
    EDU_AD,     /* associate degree */
    EDU_HBO,    /* HBO bachelor */
    EDU_WO      /* university: bachelor or master */
} edu_level;

/* "none", "mbo", "ad", "hbo", "wo" and back; edu_level_parse returns -1 on junk. */
const char *edu_level_name(edu_level l);
int edu_level_parse(const char *s);

typedef enum {
    REQ_NO_SELF_EMPLOYED,   /* the bidder is no ZZP'er (knock-out) */
    REQ_EDUCATION,          /* a completed education of at least `level`, optionally a programme */
    REQ_EXPERIENCE,         /* at least `months` in positions of role class `roles` */
    REQ_EVIDENCE,           /* at least `min_hits` matches of rule id `terms` */
    REQ_MANUAL              /* cannot be judged automatically: always "review" */
} req_type;

const char *req_type_name(req_type t);

typedef struct {
    char *id;           /* the request's own number: "1", "4", ... */
    req_type type;
    char *text;         /* the requirement in the request's words */
    double points;      /* criteria: the maximum points; knock-outs: 0 */
    edu_level level;    /* REQ_EDUCATION */
    char *programme;    /* REQ_EDUCATION: rule id of the programme, or NULL */
    char *roles;        /* REQ_EXPERIENCE: name of a [roles NAME] section */
    int months;         /* REQ_EXPERIENCE: years * 12 (or months = N) */
    char *terms;        /* REQ_EVIDENCE: rule id */
    int min_hits;       /* REQ_EVIDENCE */
    int line;           /* line of the section header in the profile file */
} requirement;

typedef struct {
    char *name;
    char *text;
    char *role;          /* rule id: job titles that count */
    char *domain;        /* rule id: the domain (social domain, welfare...) */
    char *organisation;  /* rule id: the kind of employer */
    int line;
} role_class;

typedef struct {
    char *path;
    char *dir;                 /* directory of the profile: rule files are relative to it */
    char *sha256;              /* of the profile file's bytes */

    char *id, *title, *organisation, *deadline, *hours, *duration;
    int ref_y, ref_m, ref_d;   /* reference date for open-ended periods */
    int shortlist;
    bool tie_break_rate;       /* equal scores: lower hourly rate first */
    double total_points;

    char **rule_files;         /* as written, relative to dir */
    size_t nrule_files;

    int max_pages;             /* 0: no limit */
    char *language;            /* ISO 639-1, e.g. "nl" */
    double min_language_ratio;     /* at or above: pass */
    double review_language_ratio;  /* at or above (but below min): review; below: fail */
    int min_references;

    role_class *roles;
    size_t nroles;
    requirement *knockouts;
    size_t nknockouts;
    requirement *criteria;
    size_t ncriteria;
    char **competencies;
    size_t ncompetencies;
} profile;

/*
 * Loads and validates a profile.  On error returns NULL and sets *err
 * (malloc'd) to "FILE:LINE: what is wrong".  Rule ids are not checked here
 * (that needs the rule files): see rules_check_profile() in rules.h.
 */
profile *profile_load(const char *path, char **err);
void profile_free(profile *p);

const role_class *profile_roles(const profile *p, const char *name);

/* The first REQ_EXPERIENCE knock-out's role class: what the contract's
 * experience.coord_months counts.  NULL when the profile has none. */
const role_class *profile_main_roles(const profile *p);

/* The path of the default profile, relative to the zeef tree. */
#define PROFILE_DEFAULT "rules/coordinator-welzijn-heerde.profile"

#endif
