/* muc4.c: stage export, MUC-4 templates (--format muc4).
 *
 * Takes the templates vg_muc_run left on a document (extract/muc.c) and
 * writes one JSON line in the format of the MUC-4 scorer
 * (shared/tools/muc4-score): {"docid", "templates": [{"incident_type",
 * "PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}]}, each role a list
 * of entities, each entity one mention string. A document without
 * templates writes "templates": []. Keys are written in that order.
 */
#include <jansson.h>
#include <stdio.h>

#include "extract/extract.h"
#include "extract/muc.h"

static const char *const role_names[VG_MUC_ROLES] = {"PerpInd", "PerpOrg", "Target", "Victim",
                                                     "Weapon"};

/* json_object_set_new / json_array_append_new that remember a failure. */
static void put(json_t *o, const char *k, json_t *v, int *ok)
{
    if (!v || json_object_set_new(o, k, v) != 0)
        *ok = 0;
}

static void push(json_t *a, json_t *v, int *ok)
{
    if (!v || json_array_append_new(a, v) != 0)
        *ok = 0;
}

int vg_muc_write_json(const char *docid, const vg_muc_result *r, FILE *out)
{
    int ok = 1;
    json_t *o = json_object();
    json_t *tpls = json_array();
    if (!o || !tpls) {
        json_decref(o);
        json_decref(tpls);
        return VIGIL_ENOMEM;
    }
    put(o, "docid", json_string(docid ? docid : "unknown"), &ok);
    for (uint32_t t = 0; r && t < r->ntpl; t++) {
        const vg_muc_template *tp = &r->tpl[t];
        const char *type = vg_muc_type_str(tp->type);
        json_t *jt = json_object();
        if (!jt) {
            ok = 0;
            break;
        }
        put(jt, "incident_type", json_string(type ? type : "attack"), &ok);
        for (int k = 0; k < VG_MUC_ROLES; k++) {
            json_t *a = json_array();
            for (uint32_t e = 0; a && e < tp->nfill[k]; e++)
                push(a, json_string(tp->fill[k][e].text), &ok);
            put(jt, role_names[k], a, &ok);
        }
        push(tpls, jt, &ok);
    }
    put(o, "templates", tpls, &ok);
    int rc = VIGIL_OK;
    if (!ok)
        rc = VIGIL_ENOMEM;
    else if (json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0 || fputc('\n', out) == EOF)
        rc = VIGIL_EIO;
    json_decref(o);
    return rc;
}

int vg_export_muc4(const vg_doc *doc, FILE *out)
{
    return vg_muc_write_json(doc->id, vg_muc_result_get(doc), out);
}
