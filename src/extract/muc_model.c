/* muc_model.c: stage extract (MUC-4), the model file.
 *
 * Takes the bytes of data/model/muc4.model and produces an immutable
 * vg_muc_model (sparse linear models, gazetteer, parameters); the trainer
 * (tools/muc4) builds one in memory and saves it with the same code.
 *
 * File format, all integers little-endian, floats IEEE-754 binary32:
 *   "vigil-muc4-model 1\n"                      magic and version line
 *   then sections, each: tag[4] u32 len payload[len]
 *     "PARM": u32 n, f32 param[n]
 *     "GAZT": u32 n, then n x (u64 key, u8 info[5])
 *     "LIN0".."LIN5": u32 nlabels, nfeat, npairs, nextra,
 *             u64 keys[nfeat], u32 start[nfeat + 1], u8 lab[npairs],
 *             f32 wt[npairs], f32 extra[nextra]
 * Every section must appear once. Our own files are untrusted too: every
 * count is bounded, offsets are checked to be monotone and within npairs,
 * labels below nlabels, keys nonzero and distinct, floats finite, and each
 * section must be consumed exactly.
 *
 * Lookups are open addressing with linear probing on the key's low bits;
 * the table is at most half full.
 */
#include "extract/muc_model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "util/alloc.h"
#include "util/error.h"

uint64_t vg_muc_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return vg_muc_mix(h, n);
}

static uint32_t table_cap(uint32_t n)
{
    uint32_t cap = 16;
    while (cap < 2u * n + 2u)
        cap <<= 1;
    return cap;
}

void vg_muc_linear_add(const vg_muc_linear *m, uint64_t key, float *scores)
{
    if (!m->cap)
        return;
    uint32_t mask = m->cap - 1;
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        const vg_muc_slot *sl = &m->slots[s];
        if (sl->key == key) {
            const vg_muc_pair *p = &m->pairs[sl->start];
            for (uint32_t j = 0; j < sl->count; j++)
                scores[p[j].lab] += p[j].w;
            return;
        }
        if (!sl->key)
            return;
    }
}

void vg_muc_linear_score(const vg_muc_linear *m, const uint64_t *keys, size_t n, float *scores)
{
    for (uint32_t l = 0; l < m->nlabels; l++)
        scores[l] = 0;
    for (size_t i = 0; i < n; i++)
        vg_muc_linear_add(m, keys[i], scores);
}

void vg_muc_linear_fini(vg_muc_linear *m)
{
    vg_free(m->slots);
    vg_free(m->pairs);
    vg_free(m->extra);
    memset(m, 0, sizeof *m);
}

/* Allocates m's arrays for the given counts (zeroed). */
static int linear_alloc(vg_muc_linear *m, uint32_t nlabels, uint32_t nfeat, uint32_t npairs,
                        uint32_t nextra)
{
    memset(m, 0, sizeof *m);
    m->nlabels = nlabels;
    m->nfeat = nfeat;
    m->npairs = npairs;
    m->nextra = nextra;
    m->cap = table_cap(nfeat);
    m->slots = vg_calloc(m->cap, sizeof *m->slots);
    m->pairs = vg_calloc(npairs ? npairs : 1, sizeof *m->pairs);
    m->extra = vg_calloc(nextra ? nextra : 1, sizeof *m->extra);
    if (!m->slots || !m->pairs || !m->extra) {
        vg_muc_linear_fini(m);
        return VIGIL_ENOMEM;
    }
    return VIGIL_OK;
}

/* Inserts key with its row [start, start + count); -1 when the key is 0
 * or already present. */
static int linear_insert(vg_muc_linear *m, uint64_t key, uint32_t start, uint32_t count)
{
    if (!key)
        return -1;
    uint32_t mask = m->cap - 1;
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        vg_muc_slot *sl = &m->slots[s];
        if (sl->key == key)
            return -1;
        if (!sl->key) {
            sl->key = key;
            sl->start = start;
            sl->count = count;
            return 0;
        }
    }
}

int vg_muc_linear_build(vg_muc_linear *m, uint32_t nlabels, uint32_t nfeat, const uint64_t *keys,
                        const uint32_t *start, const uint8_t *lab, const float *wt,
                        uint32_t nextra, const float *extra)
{
    uint32_t npairs = start[nfeat];
    if (nlabels == 0 || nlabels > VG_MUC_MAX_LABELS || nfeat > VG_MUC_MAX_FEATS ||
        npairs > VG_MUC_MAX_PAIRS || nextra > VG_MUC_MAX_EXTRA)
        return VIGIL_EUSAGE;
    int rc = linear_alloc(m, nlabels, nfeat, npairs, nextra);
    if (rc != VIGIL_OK)
        return rc;
    for (uint32_t j = 0; j < npairs; j++) {
        if (lab[j] >= nlabels) {
            vg_muc_linear_fini(m);
            return VIGIL_EUSAGE;
        }
        m->pairs[j].lab = lab[j];
        m->pairs[j].w = wt[j];
    }
    if (nextra)
        memcpy(m->extra, extra, nextra * sizeof *extra);
    for (uint32_t r = 0; r < nfeat; r++) {
        if (start[r] > start[r + 1] || start[r + 1] > npairs ||
            linear_insert(m, keys[r], start[r], start[r + 1] - start[r]) < 0) {
            vg_muc_linear_fini(m);
            return VIGIL_EUSAGE;
        }
    }
    return VIGIL_OK;
}

const uint8_t *vg_muc_gaz_get(const vg_muc_gaz *g, uint64_t key)
{
    if (!g->cap)
        return NULL;
    uint32_t mask = g->cap - 1;
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        if (g->keys[s] == key)
            return &g->info[(size_t)s * VG_MUC_NROLES];
        if (!g->keys[s])
            return NULL;
    }
}

int vg_muc_gaz_init(vg_muc_gaz *g, uint32_t expect)
{
    memset(g, 0, sizeof *g);
    if (expect > VG_MUC_MAX_GAZ)
        return VIGIL_EUSAGE;
    g->cap = table_cap(expect);
    g->keys = vg_calloc(g->cap, sizeof *g->keys);
    g->info = vg_calloc(g->cap, VG_MUC_NROLES);
    if (!g->keys || !g->info) {
        vg_muc_gaz_fini(g);
        return VIGIL_ENOMEM;
    }
    return VIGIL_OK;
}

/* Adds or overwrites a phrase; the table must have room (init's expect). */
int vg_muc_gaz_put(vg_muc_gaz *g, uint64_t key, const uint8_t info[VG_MUC_NROLES])
{
    if (!key || !g->cap || 2u * (g->n + 1) > g->cap)
        return VIGIL_EUSAGE;
    uint32_t mask = g->cap - 1;
    for (uint32_t s = (uint32_t)key & mask;; s = (s + 1) & mask) {
        if (g->keys[s] == key || !g->keys[s]) {
            if (!g->keys[s])
                g->n++;
            g->keys[s] = key;
            memcpy(&g->info[(size_t)s * VG_MUC_NROLES], info, VG_MUC_NROLES);
            return VIGIL_OK;
        }
    }
}

void vg_muc_gaz_fini(vg_muc_gaz *g)
{
    vg_free(g->keys);
    vg_free(g->info);
    memset(g, 0, sizeof *g);
}

int vg_muc_model_new(vg_muc_model **out)
{
    *out = vg_calloc(1, sizeof **out);
    return *out ? VIGIL_OK : VIGIL_ENOMEM;
}

void vg_muc_model_free(vg_muc_model *m)
{
    if (!m)
        return;
    for (int i = 0; i < VG_MUC_NLIN; i++)
        vg_muc_linear_fini(&m->lin[i]);
    vg_muc_gaz_fini(&m->gaz);
    vg_free(m);
}

/* ---- writing ---- */

static void put_u32(FILE *f, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

static void put_u64(FILE *f, uint64_t v)
{
    put_u32(f, (uint32_t)v);
    put_u32(f, (uint32_t)(v >> 32));
}

static void put_f32(FILE *f, float x)
{
    uint32_t v;
    memcpy(&v, &x, 4);
    put_u32(f, v);
}

static int cmp_slot_start(const void *a, const void *b)
{
    const vg_muc_slot *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->count != y->count) /* empty rows first */
        return x->count < y->count ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

static void put_linear(FILE *f, int idx, const vg_muc_linear *m)
{
    char tag[4] = {'L', 'I', 'N', (char)('0' + idx)};
    uint64_t len = 16 + 8ull * m->nfeat + 4ull * (m->nfeat + 1) + 5ull * m->npairs + 4ull * m->nextra;
    fwrite(tag, 1, 4, f);
    put_u32(f, (uint32_t)len);
    put_u32(f, m->nlabels);
    put_u32(f, m->nfeat);
    put_u32(f, m->npairs);
    put_u32(f, m->nextra);
    /* rows in the order of their pairs, as they were read or built */
    vg_muc_slot *rows = vg_calloc(m->nfeat ? m->nfeat : 1, sizeof *rows);
    if (!rows)
        return;
    uint32_t nr = 0;
    for (uint32_t s = 0; s < m->cap; s++)
        if (m->slots[s].key && nr < m->nfeat)
            rows[nr++] = m->slots[s];
    qsort(rows, nr, sizeof *rows, cmp_slot_start);
    for (uint32_t r = 0; r < nr; r++)
        put_u64(f, rows[r].key);
    for (uint32_t r = 0; r < nr; r++)
        put_u32(f, rows[r].start);
    put_u32(f, m->npairs);
    vg_free(rows);
    for (uint32_t j = 0; j < m->npairs; j++)
        fputc((int)m->pairs[j].lab, f);
    for (uint32_t j = 0; j < m->npairs; j++)
        put_f32(f, m->pairs[j].w);
    for (uint32_t j = 0; j < m->nextra; j++)
        put_f32(f, m->extra[j]);
}

int vg_muc_model_save(const vg_muc_model *m, FILE *f)
{
    fprintf(f, "%s %d\n", VG_MUC_MAGIC, VG_MUC_VERSION);
    fwrite("PARM", 1, 4, f);
    put_u32(f, 4 + 4 * VG_MUC_NPARAMS);
    put_u32(f, VG_MUC_NPARAMS);
    for (int i = 0; i < VG_MUC_NPARAMS; i++)
        put_f32(f, m->param[i]);
    /* gazetteer rows in slot order, so the file is reproducible */
    fwrite("GAZT", 1, 4, f);
    put_u32(f, 4 + (uint32_t)(13 * m->gaz.n));
    put_u32(f, m->gaz.n);
    for (uint32_t s = 0; s < m->gaz.cap; s++) {
        if (!m->gaz.keys[s])
            continue;
        put_u64(f, m->gaz.keys[s]);
        fwrite(&m->gaz.info[(size_t)s * VG_MUC_NROLES], 1, VG_MUC_NROLES, f);
    }
    for (int i = 0; i < VG_MUC_NLIN; i++)
        put_linear(f, i, &m->lin[i]);
    return ferror(f) ? VIGIL_EIO : VIGIL_OK;
}

/* ---- reading ---- */

typedef struct reader {
    const unsigned char *p;
    size_t n, off;
} reader;

static int get_u32(reader *r, uint32_t *v)
{
    if (r->n - r->off < 4)
        return -1;
    const unsigned char *b = r->p + r->off;
    *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    r->off += 4;
    return 0;
}

static int get_u64(reader *r, uint64_t *v)
{
    uint32_t lo, hi;
    if (get_u32(r, &lo) || get_u32(r, &hi))
        return -1;
    *v = (uint64_t)hi << 32 | lo;
    return 0;
}

static int get_f32(reader *r, float *x)
{
    uint32_t v;
    if (get_u32(r, &v))
        return -1;
    memcpy(x, &v, 4);
    return isfinite(*x) ? 0 : -1;
}

static const char *parse_linear(reader *r, vg_muc_linear *m)
{
    uint32_t nlabels, nfeat, npairs, nextra;
    if (get_u32(r, &nlabels) || get_u32(r, &nfeat) || get_u32(r, &npairs) || get_u32(r, &nextra))
        return "truncated linear model header";
    if (nlabels == 0 || nlabels > VG_MUC_MAX_LABELS || nfeat > VG_MUC_MAX_FEATS ||
        npairs > VG_MUC_MAX_PAIRS || nextra > VG_MUC_MAX_EXTRA)
        return "linear model counts out of range";
    uint64_t need = 8ull * nfeat + 4ull * (nfeat + 1) + 5ull * npairs + 4ull * nextra;
    if (need != r->n - r->off)
        return "linear model size does not match its counts";
    if (linear_alloc(m, nlabels, nfeat, npairs, nextra) != VIGIL_OK)
        return NULL; /* out of memory */
    size_t keys_off = r->off;
    r->off += 8ull * nfeat;
    uint32_t prev = 0, cur;
    if (get_u32(r, &prev) || prev != 0)
        return "row offsets do not start at 0";
    for (uint32_t i = 0; i < nfeat; i++) {
        if (get_u32(r, &cur))
            return "truncated row offsets";
        if (cur < prev || cur > npairs)
            return "row offsets not monotone";
        reader kr = {r->p, r->n, keys_off + 8ull * i};
        uint64_t key;
        if (get_u64(&kr, &key) || linear_insert(m, key, prev, cur - prev) < 0)
            return "zero or repeated feature key";
        prev = cur;
    }
    if (prev != npairs)
        return "row offsets do not end at the pair count";
    for (uint32_t j = 0; j < npairs; j++) {
        m->pairs[j].lab = r->p[r->off + j];
        if (m->pairs[j].lab >= nlabels)
            return "label out of range";
    }
    r->off += npairs;
    for (uint32_t j = 0; j < npairs; j++)
        if (get_f32(r, &m->pairs[j].w))
            return "weight not finite";
    for (uint32_t j = 0; j < nextra; j++)
        if (get_f32(r, &m->extra[j]))
            return "extra weight not finite";
    return "";
}

static const char *parse_gaz(reader *r, vg_muc_gaz *g)
{
    uint32_t n;
    if (get_u32(r, &n))
        return "truncated gazetteer";
    if (n > VG_MUC_MAX_GAZ || 13ull * n != r->n - r->off)
        return "gazetteer size does not match its count";
    if (vg_muc_gaz_init(g, n) != VIGIL_OK)
        return NULL;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t key;
        if (get_u64(r, &key) || !key || vg_muc_gaz_get(g, key))
            return "zero or repeated gazetteer key";
        const unsigned char *info = r->p + r->off;
        for (int k = 0; k < VG_MUC_NROLES; k++)
            if (info[k] > 15)
                return "gazetteer bucket out of range";
        if (vg_muc_gaz_put(g, key, info) != VIGIL_OK)
            return "gazetteer overfull";
        r->off += VG_MUC_NROLES;
    }
    return "";
}

int vg_muc_model_parse(vg_muc_model **out, const unsigned char *p, size_t n, vigil_error *err)
{
    *out = NULL;
    char magic[64];
    int mlen = snprintf(magic, sizeof magic, "%s %d\n", VG_MUC_MAGIC, VG_MUC_VERSION);
    if (n < (size_t)mlen || memcmp(p, magic, (size_t)mlen) != 0)
        return vg_error_set(err, VIGIL_EPARSE, "muc4", NULL, 0,
                            "muc4 model: not a %s file of version %d", VG_MUC_MAGIC,
                            VG_MUC_VERSION);
    vg_muc_model *m;
    if (vg_muc_model_new(&m) != VIGIL_OK)
        return vg_error_set(err, VIGIL_ENOMEM, "muc4", NULL, -1, "out of memory");
    unsigned seen = 0;
    size_t off = (size_t)mlen;
    const char *why = "";
    while (off < n) {
        if (n - off < 8) {
            why = "truncated section header";
            break;
        }
        char tag[5] = {(char)p[off], (char)p[off + 1], (char)p[off + 2], (char)p[off + 3], 0};
        reader h = {p + off + 4, 4, 0};
        uint32_t len;
        (void)get_u32(&h, &len);
        off += 8;
        if (len > n - off) {
            why = "section longer than the file";
            break;
        }
        reader r = {p + off, len, 0};
        int bit;
        if (!strcmp(tag, "PARM")) {
            bit = 0;
            uint32_t np;
            if (get_u32(&r, &np) || np > VG_MUC_MAX_PARAMS || 4ull * np != len - 4u) {
                why = "bad parameter section";
                break;
            }
            for (uint32_t i = 0; i < np && !why[0]; i++) {
                float x;
                if (get_f32(&r, &x))
                    why = "parameter not finite";
                else if (i < VG_MUC_NPARAMS)
                    m->param[i] = x;
            }
        } else if (!strcmp(tag, "GAZT")) {
            bit = 1;
            if (seen & 2u) {
                why = "repeated section";
                break;
            }
            why = parse_gaz(&r, &m->gaz);
        } else if (tag[0] == 'L' && tag[1] == 'I' && tag[2] == 'N' && tag[3] >= '0' &&
                   tag[3] < '0' + VG_MUC_NLIN) {
            bit = 2 + (tag[3] - '0');
            if (seen & (1u << bit)) {
                why = "repeated section";
                break;
            }
            why = parse_linear(&r, &m->lin[tag[3] - '0']);
        } else {
            why = "unknown section";
            break;
        }
        if (!why) {
            vg_muc_model_free(m);
            return vg_error_set(err, VIGIL_ENOMEM, "muc4", NULL, -1, "out of memory");
        }
        if (why[0])
            break;
        if (r.off != r.n) {
            why = "section has trailing bytes";
            break;
        }
        seen |= 1u << bit;
        off += len;
    }
    if (!why[0] && seen != (1u << (2 + VG_MUC_NLIN)) - 1)
        why = "missing section";
    if (!why[0] && (m->lin[VG_MUC_LIN_TAG].nlabels != VG_MUC_NTAGS ||
                    m->lin[VG_MUC_LIN_TAG].nextra != (VG_MUC_NTAGS + 1) * VG_MUC_NTAGS ||
                    m->lin[VG_MUC_LIN_REL].nlabels != 1 || m->lin[VG_MUC_LIN_ENT].nlabels != 1 ||
                    m->lin[VG_MUC_LIN_SENT].nlabels != 1 ||
                    m->lin[VG_MUC_LIN_SPAN].nlabels != 1 + VG_MUC_NROLES ||
                    m->lin[VG_MUC_LIN_TYPE].nlabels != VG_MUC_FORCED_WORK_STOPPAGE))
        why = "model shapes do not match this version";
    if (why[0]) {
        vg_muc_model_free(m);
        return vg_error_set(err, VIGIL_EPARSE, "muc4", NULL, (long long)off, "muc4 model: %s",
                            why);
    }
    *out = m;
    return VIGIL_OK;
}

int vg_muc_model_load(vg_muc_model **out, const char *path, vigil_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return VIGIL_OK; /* no model: rules only */
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = VIGIL_OK;
    for (;;) {
        if (cap - len < 65536) {
            size_t ncap = cap ? cap * 2 : 1u << 20;
            if (ncap > ((size_t)1 << 30)) {
                rc = vg_error_set(err, VIGIL_EPARSE, "muc4", NULL, -1,
                                  "muc4 model %s: larger than 1 GiB", path);
                goto done;
            }
            unsigned char *nb = vg_realloc(buf, ncap);
            if (!nb) {
                rc = vg_error_set(err, VIGIL_ENOMEM, "muc4", NULL, -1, "out of memory");
                goto done;
            }
            buf = nb;
            cap = ncap;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        rc = vg_error_set(err, VIGIL_EIO, "muc4", NULL, -1, "cannot read muc4 model %s", path);
        goto done;
    }
    rc = vg_muc_model_parse(out, buf, len, err);
done:
    vg_free(buf);
    fclose(f);
    return rc;
}
