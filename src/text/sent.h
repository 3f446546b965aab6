/* sent.h: sentence splitting over tokens. */
#ifndef VG_SENT_H
#define VG_SENT_H
#include <stdint.h>

enum {
    VG_SF_BULLET = 1 << 0,   /* starts with a list marker */
    VG_SF_HEADLINE = 1 << 1, /* a line standing alone without final punctuation */
    VG_SF_PARA = 1 << 2      /* starts a paragraph */
};

typedef struct vg_sent {
    uint32_t start, end;         /* bytes [start,end), trimmed */
    uint32_t tok_start, tok_end; /* token indices, end exclusive */
    uint32_t flags;              /* VG_SF_* */
    uint32_t para;               /* paragraph / bullet item number, from 0 */
} vg_sent;

struct vg_doc;

/* Splits doc->toks into doc->sents (arena): every token in exactly one
 * sentence, in order. Returns VIGIL_OK, or VIGIL_ENOMEM / VIGIL_ELIMIT
 * (then doc holds the sentences made so far and a diagnostic). A sentence
 * longer than VG_SENT_MAX_TOKENS (512, sent.c) is split there, with one
 * warning per document. */
int vg_sent_run(struct vg_doc *doc);

#endif
