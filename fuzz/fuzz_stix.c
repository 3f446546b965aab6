/* fuzz_stix.c: libFuzzer target for the STIX 2.1 bundle reader
 * (src/ingest/stix.c) and the knowledge base storing what it reads.
 *
 * The input is a bundle. Invariants: vg_stix_read returns VIGIL_OK, or a
 * negative code with a message naming the bundle "fuzz"; every document it
 * hands over has an id, valid UTF-8 text, and every span of every fact
 * inside that text; every index (entity, mention, claim, place) in range;
 * storing it in an in-memory knowledge base succeeds (the reader's checks
 * leave the store nothing to refuse). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "ingest/ingest.h"
#include "kb/kb.h"

#include "fuzz.h"

static void check_span(const vg_doc *d, uint32_t start, uint32_t end)
{
    CHECK(start <= end && end <= d->len);
}

static void check_ent(const vg_doc *d, int32_t e, int none_ok)
{
    CHECK((none_ok && e == -1) || (e >= 0 && (size_t)e < d->ex->nents));
}

static int check_doc(vg_doc *d, void *arg)
{
    const vg_extract *ex = d->ex;
    CHECK(d->id && d->text && strlen(d->text) == d->len && ex);
    check_str(d->text);
    check_str(d->title);
    check_str(d->author);
    check_str(d->publisher);
    check_str(d->url);
    for (size_t e = 0; e < ex->nents; e++) {
        const vg_entity *en = &ex->ents[e];
        CHECK(en->name && en->type <= VG_ENT_FACILITY);
        CHECK(en->place == -1 || vg_extract_place(ex, en->place) != NULL);
        for (uint32_t k = 0; k < en->nmentions; k++) {
            CHECK(en->mentions[k] < ex->nmentions);
            const vg_mention *m = &ex->mentions[en->mentions[k]];
            CHECK(m->entity == e);
            check_span(d, m->start, m->end);
        }
    }
    for (size_t i = 0; i < ex->nclaims; i++) {
        const vg_claim *c = &ex->claims[i];
        check_span(d, c->start, c->end);
        check_span(d, c->holder_text.start, c->holder_text.end);
        check_ent(d, c->holder, 1);
        for (uint32_t k = 0; k < c->nabout; k++)
            check_ent(d, c->about[k], 0);
        for (uint32_t k = 0; k < c->nchain; k++) {
            CHECK(c->chain[k].role <= VG_ROLE_HOLDER);
            check_ent(d, c->chain[k].entity, 1);
        }
    }
    for (size_t i = 0; i < ex->nincs; i++) {
        const vg_incident *in = &ex->incs[i];
        check_ent(d, in->place, 1);
        CHECK(in->claim == -1 || (in->claim >= 0 && (size_t)in->claim < ex->nclaims));
        for (uint32_t k = 0; k < in->ngroups; k++)
            check_ent(d, in->groups[k], 0);
        const vg_span *sp[] = {in->perps, in->targets, in->victims, in->weapons, in->evidence};
        uint32_t n[] = {in->nperps, in->ntargets, in->nvictims, in->nweapons, in->nevidence};
        for (int r = 0; r < 5; r++)
            for (uint32_t k = 0; k < n[r]; k++)
                check_span(d, sp[r][k].start, sp[r][k].end);
        if (in->has_date)
            CHECK(vg_date_valid(in->date.value));
    }
    for (size_t i = 0; i < ex->nthreats; i++) {
        const vg_threat *t = &ex->threats[i];
        check_ent(d, t->actor, 1);
        for (uint32_t k = 0; k < t->nplaces; k++)
            check_ent(d, t->places[k], 0);
        for (uint32_t k = 0; k < t->ntargets; k++)
            check_span(d, t->targets[k].start, t->targets[k].end);
        CHECK(t->likelihood >= -1 && t->likelihood <= VG_BAND_ALMOST_CERTAIN);
    }
    vigil_kb *kb = arg;
    if (kb) {
        vigil_kb_put_result r;
        vigil_error err;
        CHECK(vigil_kb_put(kb, (const vigil_doc *)d, &r, &err) == VIGIL_OK);
    }
    return VIGIL_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static vigil_kb *kb;
    static int opened;
    vigil_error err;
    if (!opened) {
        opened = 1;
        if (vigil_kb_open(&kb, ":memory:", 0, &err) != VIGIL_OK)
            kb = NULL;
    }
    int rc = vg_stix_read((const char *)data, size, "fuzz", check_doc, kb, &err);
    CHECK(rc == VIGIL_OK || (rc < 0 && !strcmp(err.doc, "fuzz") && err.message[0]));
    return 0;
}
