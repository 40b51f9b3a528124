/*
 * fuzz_profile.c — libFuzzer harness: bytes as a tender profile ->
 * profile_load() (lib/profile.c).  The bytes go into a memfd; the loader
 * reads its /proc/self/fd path.  A profile that loads is walked field by
 * field (so a dangling or unterminated string shows up under ASan) and its
 * values are checked against what profile.h promises.  Rule files are not
 * loaded: that is fuzz_rules.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "profile.h"

static size_t touch(const char *s)
{
    return s ? strlen(s) : 0;
}

static size_t touch_req(const profile *p, const requirement *r)
{
    size_t n = touch(r->id) + touch(r->text) + touch(r->programme) + touch(r->roles) + touch(r->terms);
    FUZZ_CHECK(r->id != NULL);
    FUZZ_CHECK(req_type_name(r->type) != NULL);
    FUZZ_CHECK(r->line >= 1);
    if (r->type == REQ_EDUCATION)
        FUZZ_CHECK(edu_level_name(r->level) != NULL);
    if (r->type == REQ_EXPERIENCE && r->roles)
        (void)profile_roles(p, r->roles);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    int fd = fuzz_memfd(data, size, path, sizeof path);
    if (fd < 0)
        return 0;
    char *err = NULL;
    profile *p = profile_load(path, &err);
    close(fd);
    if (!p) {
        FUZZ_CHECK(err != NULL);
        free(err);
        return 0;
    }
    FUZZ_CHECK(err == NULL);
    size_t n = touch(p->path) + touch(p->dir) + touch(p->sha256) + touch(p->id) + touch(p->title) +
               touch(p->organisation) + touch(p->deadline) + touch(p->hours) + touch(p->duration) +
               touch(p->language);
    FUZZ_CHECK(p->ref_m >= 1 && p->ref_m <= 12);
    for (size_t i = 0; i < p->nrule_files; i++)
        n += touch(p->rule_files[i]);
    for (size_t i = 0; i < p->nroles; i++) {
        const role_class *r = &p->roles[i];
        n += touch(r->name) + touch(r->text) + touch(r->role) + touch(r->domain) + touch(r->organisation);
        FUZZ_CHECK(profile_roles(p, r->name) == r);
    }
    for (size_t i = 0; i < p->nknockouts; i++)
        n += touch_req(p, &p->knockouts[i]);
    for (size_t i = 0; i < p->ncriteria; i++)
        n += touch_req(p, &p->criteria[i]);
    for (size_t i = 0; i < p->ncompetencies; i++)
        n += touch(p->competencies[i]);
    (void)profile_main_roles(p);
    FUZZ_CHECK(n > 0);
    profile_free(p);
    return 0;
}
