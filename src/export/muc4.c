/* muc4.c: stage export, MUC-4 templates (--format muc4).
 *
 * Takes the templates vg_muc_run left on a document (extract/muc.c) and
 * writes one JSON line in the format of the MUC-4 scorer
 * (shared/tools/muc4-score): {"docid", "templates": [{"incident_type",
 * "PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}]}, each role a list
 * of entities, each entity one mention string. A document without
 * templates writes "templates": []. Keys are written in that order.
 */
#include <stdio.h>

#include "export/jsonw.h"
#include "extract/extract.h"
#include "extract/muc.h"
#include "util/alloc.h"

static const char *const role_names[VG_MUC_ROLES] = {"PerpInd", "PerpOrg", "Target", "Victim",
                                                     "Weapon"};

int vg_muc_write_json(const char *docid, const vg_muc_result *r, FILE *out)
{
    vg_jw *w = vg_malloc(sizeof *w);
    if (!w)
        return VIGIL_ENOMEM;
    vg_jw_init(w, out, 0);
    vg_jw_object_begin(w);
    vg_jw_key(w, "docid");
    vg_jw_str(w, docid ? docid : "unknown");
    vg_jw_key(w, "templates");
    vg_jw_array_begin(w);
    for (uint32_t t = 0; r && t < r->ntpl; t++) {
        const vg_muc_template *tp = &r->tpl[t];
        const char *type = vg_muc_type_str(tp->type);
        vg_jw_object_begin(w);
        vg_jw_key(w, "incident_type");
        vg_jw_str(w, type ? type : "attack");
        for (int k = 0; k < VG_MUC_ROLES; k++) {
            vg_jw_key(w, role_names[k]);
            vg_jw_array_begin(w);
            for (uint32_t e = 0; e < tp->nfill[k]; e++)
                vg_jw_str(w, tp->fill[k][e].text);
            vg_jw_array_end(w);
        }
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
    vg_jw_object_end(w);
    vg_jw_raw(w, "\n", 1);
    int rc = vg_jw_flush(w);
    vg_free(w);
    return rc;
}

int vg_export_muc4(const vg_doc *doc, FILE *out)
{
    return vg_muc_write_json(doc->id, vg_muc_result_get(doc), out);
}
