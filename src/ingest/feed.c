/* feed.c: ingest stage, RSS 2.0, RSS 1.0 and Atom feeds. Takes the bytes
 * of one feed and yields one document per item: its content as text (HTML
 * unwrapped by vg_html_fragment_text), title, url, id, date, author, and the
 * channel title as publisher.
 *
 *   RSS 2.0  <rss><channel><title/><item> title link guid pubDate dc:date
 *            description content:encoded author dc:creator source
 *   RSS 1.0  <rdf:RDF><channel/><item rdf:about> title link description
 *            dc:date dc:creator content:encoded
 *   Atom     <feed><title/><author/><entry> title link[@rel=alternate] id
 *            published updated content summary author/name
 *
 * Algorithm. The bytes become UTF-8 first: a BOM or the XML declaration's
 * encoding other than UTF-8 is converted with iconv (a bad byte becomes
 * U+FFFD), UTF-8 is validated and repaired. libxml2 then parses that with
 * its encoding forced (XML_PARSE_IGNORE_ENC), because libxml2 2.9 reports a
 * failed conversion on stderr through its global error channel. The parse is
 * strict (a malformed feed fails with line and column), without network,
 * DTD loading or entity substitution: an entity reference stays a reference
 * node, which every walk here skips, so "billion laughs" and external
 * entities (file:///etc/passwd) never expand; libxml2 itself refuses the
 * former ("entity reference loop"). libxml2 caps nesting at 256 elements.
 *
 * Invariants: walks are iterative; each document's text goes through
 * vg_doc_set_text; at most VG_FEED_MAX_ITEMS documents per feed; libxml2
 * never prints (a structured error handler on the context records the first
 * error). */
#include <errno.h>
#include <iconv.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/utf8.h"

#define META_MAX 4096 /* bytes kept of a title, date, author or id */

enum { FEED_RSS2, FEED_RSS1, FEED_ATOM };

struct vg_feed {
    xmlDocPtr xml;
    int kind;
    xmlNodePtr next;  /* where the search for the next item starts */
    const char *item; /* "item" or "entry" */
    char *name;       /* for messages */
    char *title;      /* channel title: each document's publisher */
    char *author;     /* Atom feed author, for entries without one */
    char *lang;       /* channel language */
    size_t count;     /* items returned */
    int over;         /* VG_FEED_MAX_ITEMS reported */
    char note[160];   /* a warning for the first document (bytes repaired) */
    long long note_offset;
};

/* ---- bytes to UTF-8 ---- */

/* "UTF-8", "utf8", "US-ASCII": read as UTF-8. */
static int utf8_name(const char *e)
{
    static const char *const names[] = {"utf-8", "utf8", "us-ascii", "ascii", NULL};
    for (size_t i = 0; names[i]; i++) {
        size_t k = 0;
        while (e[k] && names[i][k] && (e[k] | 0x20) == names[i][k])
            k++;
        if (!e[k] && !names[i][k])
            return 1;
    }
    return 0;
}

/* The encoding of <?xml version="1.0" encoding="windows-1252"?> into enc
 * ("" when none is declared). */
static void declared_encoding(const char *s, size_t n, char *enc, size_t size)
{
    enc[0] = '\0';
    if (n > 512)
        n = 512;
    if (n < 6 || memcmp(s, "<?xml", 5))
        return;
    size_t end = 5;
    while (end + 1 < n && !(s[end] == '?' && s[end + 1] == '>'))
        end++;
    for (size_t i = 5; i + 8 < end; i++) {
        if (memcmp(s + i, "encoding", 8))
            continue;
        size_t k = i + 8;
        while (k < end && (s[k] == ' ' || s[k] == '='))
            k++;
        if (k >= end || (s[k] != '"' && s[k] != '\''))
            return;
        char q = s[k++];
        size_t o = 0;
        while (k < end && s[k] != q && o + 1 < size)
            enc[o++] = s[k++];
        enc[o] = '\0';
        return;
    }
}

/* Converts in[0..n) from the encoding cd reads into out, U+FFFD for each
 * byte it cannot convert. */
static int transcode(iconv_t cd, const char *in, size_t n, vg_buf *out, size_t *nbad)
{
    char *ip = (char *)in; /* iconv's prototype is not const-correct */
    size_t left = n;
    while (left > 0) {
        if (left > (SIZE_MAX - 16) / 4 || vg_buf_reserve(out, left * 2 + 16) != VIGIL_OK)
            return VIGIL_ENOMEM;
        char *op = out->data + out->len;
        size_t room = out->cap - out->len - 1;
        size_t r = iconv(cd, &ip, &left, &op, &room);
        out->len = (size_t)(op - out->data);
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        if (vg_buf_append(out, "\xEF\xBF\xBD", 3) != VIGIL_OK)
            return VIGIL_ENOMEM;
        (*nbad)++;
        if (errno != EILSEQ && errno != EINVAL)
            break;
        ip++;
        left--;
    }
    return vg_buf_append(out, "", 0);
}

typedef struct first_bad {
    long long offset;
} first_bad;

static void on_bad(void *ud, size_t offset, size_t len)
{
    (void)len;
    first_bad *fb = ud;
    if (fb->offset < 0)
        fb->offset = (long long)offset;
}

/* The feed as UTF-8 without NUL: *s is raw itself (at *skip past a BOM) or
 * the data of conv. A note for the first document says what was done. */
static int feed_utf8(vg_feed *f, const char *raw, size_t n, vg_buf *conv, const char **s,
                     size_t *len, size_t *skip)
{
    const unsigned char *u = (const unsigned char *)raw;
    char decl[48];
    const char *enc = NULL;
    *skip = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        *skip = 3;
    else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        enc = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        *skip = 2;
    } else if (n >= 4 && !memcmp(raw, "<\0?\0", 4))
        enc = "UTF-16LE";
    else if (n >= 4 && !memcmp(raw, "\0<\0?", 4))
        enc = "UTF-16BE";
    else {
        declared_encoding(raw, n, decl, sizeof decl);
        if (decl[0] && !utf8_name(decl))
            enc = decl;
    }
    raw += *skip;
    n -= *skip;
    size_t nbad = 0;
    if (enc) {
        iconv_t cd = iconv_open("UTF-8", enc);
        if (cd != (iconv_t)-1) {
            int rc = transcode(cd, raw, n, conv, &nbad);
            iconv_close(cd);
            if (rc != VIGIL_OK)
                return rc;
            raw = conv->data;
            n = conv->len;
            if (nbad)
                snprintf(f->note, sizeof f->note,
                         "%zu byte%s not valid in the feed's encoding %s replaced by U+FFFD", nbad,
                         nbad == 1 ? "" : "s", enc);
        } else {
            snprintf(f->note, sizeof f->note, "unknown encoding \"%s\" read as utf-8", enc);
        }
    }
    *s = raw;
    *len = n;
    if (vg_utf8_valid_prefix(raw, n) == n)
        return VIGIL_OK;
    size_t size;
    if (vg_mul_size(n, 3, &size) < 0 || size == SIZE_MAX)
        return VIGIL_ENOMEM;
    char *fixed = vg_malloc(size + 1);
    if (!fixed)
        return VIGIL_ENOMEM;
    first_bad fb = {-1};
    *len = vg_utf8_repair(raw, n, fixed, &nbad, on_bad, &fb);
    if (!f->note[0]) {
        snprintf(f->note, sizeof f->note, "%zu invalid utf-8 byte%s in the feed replaced by U+FFFD",
                 nbad, nbad == 1 ? "" : "s");
        f->note_offset = raw == conv->data ? -1 : fb.offset + (long long)*skip;
    }
    vg_buf_reset(conv);
    int rc = vg_buf_append(conv, fixed, *len);
    vg_free(fixed);
    *s = conv->data;
    return rc;
}

/* ---- tree helpers ---- */

static int named(xmlNodePtr n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, local);
}

static xmlNodePtr child(xmlNodePtr n, const char *local)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (named(c, local))
            return c;
    return NULL;
}

/* An attribute's text by local name (any namespace), or NULL. Only its
 * first text child is read: an entity reference in it is not expanded. */
static const char *attr(xmlNodePtr n, const char *local)
{
    for (xmlAttrPtr a = n ? n->properties : NULL; a; a = a->next)
        if (a->name && !strcmp((const char *)a->name, local))
            for (xmlNodePtr c = a->children; c; c = c->next)
                if (c->type == XML_TEXT_NODE && c->content)
                    return (const char *)c->content;
    return NULL;
}

/* Appends the text below n (text and CDATA nodes, document order) to out,
 * at most max bytes. Iterative; entity references are not entered. */
static int node_text(xmlNodePtr n, vg_buf *out, size_t max)
{
    if (!n)
        return VIGIL_OK;
    size_t start = out->len;
    xmlNodePtr c = n->children;
    while (c) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            size_t k = c->content ? strlen((const char *)c->content) : 0;
            if (out->len - start + k > max) { /* cut on a character boundary */
                k = max - (out->len - start);
                while (k > 0 && (c->content[k] & 0xC0) == 0x80)
                    k--;
                max = out->len - start + k;
            }
            if (vg_buf_append(out, c->content, k) != VIGIL_OK)
                return VIGIL_ENOMEM;
            if (out->len - start >= max)
                return VIGIL_OK;
        } else if (c->type == XML_ELEMENT_NODE && c->children) {
            c = c->children;
            continue;
        }
        while (c != n && !c->next)
            c = c->parent;
        c = c == n ? NULL : c->next;
    }
    return VIGIL_OK;
}

/* The text of n, cleaned, in the document's arena (NULL when empty). */
static const char *doc_text_of(vg_doc *doc, xmlNodePtr n, vg_buf *tmp)
{
    vg_buf_reset(tmp);
    if (!n || node_text(n, tmp, META_MAX) != VIGIL_OK)
        return NULL;
    return vg_doc_strdup_clean(doc, tmp->data ? tmp->data : "", tmp->len);
}

/* The same on the heap, for the feed's own strings. */
static char *heap_text_of(xmlNodePtr n)
{
    vg_buf b;
    vg_buf_init(&b);
    if (!n || node_text(n, &b, META_MAX) != VIGIL_OK || b.len == 0) {
        vg_buf_fini(&b);
        return NULL;
    }
    size_t len;
    char *s = vg_buf_detach(&b, &len);
    /* squeeze and trim, as vg_doc_strdup_clean does */
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!ws || !space)
            s[o++] = ws ? ' ' : c;
        space = ws;
    }
    while (o > 0 && s[o - 1] == ' ')
        o--;
    s[o] = '\0';
    if (o == 0 || vg_utf8_valid_prefix(s, o) < o) {
        vg_free(s);
        return NULL;
    }
    return s;
}

/* ---- content ---- */

enum { CT_TEXT, CT_HTML, CT_XHTML, CT_NONE };

/* Atom's type attribute: absent or "text" plain, "html", "xhtml"; RSS
 * elements are HTML. */
static int content_type(const vg_feed *f, xmlNodePtr n)
{
    if (f->kind != FEED_ATOM)
        return CT_HTML;
    const char *t = attr(n, "type");
    if (!t || !strcmp(t, "text") || !strcmp(t, "text/plain"))
        return CT_TEXT;
    if (!strcmp(t, "html") || !strcmp(t, "text/html"))
        return CT_HTML;
    if (!strcmp(t, "xhtml") || !strcmp(t, "application/xhtml+xml"))
        return CT_XHTML;
    return CT_NONE; /* other media types, base64: not text */
}

/* Appends the text of a content, description or summary element to out. */
static int content_text(const vg_feed *f, xmlNodePtr n, vg_buf *out)
{
    int type = content_type(f, n);
    if (type == CT_NONE)
        return VIGIL_OK;
    if (type == CT_XHTML) {
        xmlBufferPtr xb = xmlBufferCreate();
        if (!xb)
            return VIGIL_ENOMEM;
        for (xmlNodePtr c = n->children; c; c = c->next)
            xmlNodeDump(xb, f->xml, c, 0, 0);
        int rc = vg_html_fragment_text((const char *)xmlBufferContent(xb),
                                       (size_t)xmlBufferLength(xb), out);
        xmlBufferFree(xb);
        return rc;
    }
    vg_buf raw;
    vg_buf_init(&raw);
    int rc = node_text(n, &raw, VIGIL_MAX_DOC_BYTES);
    if (rc == VIGIL_OK && raw.len > 0) {
        if (type == CT_HTML) {
            rc = vg_html_fragment_text(raw.data, raw.len, out);
        } else {
            size_t a = 0, b = raw.len;
            while (a < b && (raw.data[a] == ' ' || raw.data[a] == '\n' || raw.data[a] == '\t' ||
                             raw.data[a] == '\r'))
                a++;
            while (b > a && (raw.data[b - 1] == ' ' || raw.data[b - 1] == '\n' ||
                             raw.data[b - 1] == '\t' || raw.data[b - 1] == '\r'))
                b--;
            rc = vg_buf_append(out, raw.data + a, b - a);
        }
    }
    vg_buf_fini(&raw);
    return rc;
}

/* ---- open ---- */

typedef struct parse_note {
    int code, level, line, column, nomem;
    char message[200];
} parse_note;

/* Records the first error; prints nothing. */
static void on_parse_error(void *ud, xmlErrorPtr e)
{
    xmlParserCtxtPtr c = ud;
    parse_note *pn = c ? c->_private : NULL;
    if (!pn || !e || e->level < XML_ERR_ERROR)
        return;
    if (e->code == XML_ERR_NO_MEMORY)
        pn->nomem = 1;
    if (pn->code && (pn->level == XML_ERR_FATAL || e->level != XML_ERR_FATAL))
        return; /* keep the first error, or the first fatal one */
    pn->code = e->code;
    pn->level = e->level;
    pn->line = e->line;
    pn->column = e->int2;
    snprintf(pn->message, sizeof pn->message, "%s", e->message ? e->message : "unknown error");
    size_t k = strlen(pn->message);
    while (k > 0 && (pn->message[k - 1] == '\n' || pn->message[k - 1] == ' '))
        pn->message[--k] = '\0';
    for (char *p = pn->message; *p; p++)
        if (*p == '\n')
            *p = ' ';
    if (pn->message[0] >= 'A' && pn->message[0] <= 'Z')
        pn->message[0] = (char)(pn->message[0] + 32);
}

static void on_stray_error(void *ud, xmlErrorPtr e)
{
    if (e && e->code == XML_ERR_NO_MEMORY)
        *(int *)ud = 1;
}

/* Byte offset of line:column (column in characters, from 1) in s. */
static long long offset_of(const char *s, size_t n, int line, int column)
{
    if (line < 1)
        return -1;
    size_t i = 0;
    for (int l = 1; l < line && i < n; i++)
        if (s[i] == '\n')
            l++;
    for (int c = 1; c < column && i < n && s[i] != '\n'; c++) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return (long long)i;
}

static int parse_error(vigil_error *err, const char *name, const parse_note *pn, long long offset)
{
    if (pn->nomem)
        return vg_error_set(err, VIGIL_ENOMEM, "ingest", name, -1,
                            "out of memory parsing feed \"%s\"", name);
    int rc;
    if (offset >= 0)
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", name, offset,
                          "malformed xml at line %d, column %d (byte %lld) of feed \"%s\": %s",
                          pn->line, pn->column, offset, name, pn->message);
    else
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", name, -1,
                          "malformed xml at line %d, column %d of feed \"%s\": %s", pn->line,
                          pn->column, name, pn->message);
    if (err) {
        err->line = pn->line;
        err->column = pn->column;
    }
    return rc;
}

void vg_feed_free(vg_feed *f)
{
    if (!f)
        return;
    if (f->xml)
        xmlFreeDoc(f->xml);
    vg_free(f->name);
    vg_free(f->title);
    vg_free(f->author);
    vg_free(f->lang);
    vg_free(f);
}

/* Finds the channel and the items of a parsed feed. */
static int feed_shape(vg_feed *f, const char *name, vigil_error *err)
{
    xmlNodePtr root = xmlDocGetRootElement(f->xml);
    xmlNodePtr channel = NULL, items = NULL;
    if (named(root, "rss")) {
        f->kind = FEED_RSS2;
        channel = items = child(root, "channel");
        f->item = "item";
    } else if (named(root, "RDF")) {
        f->kind = FEED_RSS1;
        channel = child(root, "channel");
        items = root;
        f->item = "item";
    } else if (named(root, "feed")) {
        f->kind = FEED_ATOM;
        channel = items = root;
        f->item = "entry";
    } else {
        return vg_error_set(err, VIGIL_EPARSE, "ingest", name, -1,
                            "\"%s\" is not an rss or atom feed: its root element is <%s>", name,
                            root && root->name ? (const char *)root->name : "");
    }
    f->next = items ? items->children : NULL;
    f->title = heap_text_of(child(channel, "title"));
    if (f->kind == FEED_ATOM)
        f->author = heap_text_of(child(child(channel, "author"), "name"));
    f->lang = heap_text_of(child(channel, "language"));
    const char *xl = f->lang ? NULL : attr(root, "lang");
    if (xl && *xl && vg_utf8_valid_prefix(xl, strlen(xl)) == strlen(xl))
        f->lang = vg_strdup(xl);
    return VIGIL_OK;
}

int vg_feed_open(vg_feed **out, const char *raw, size_t n, const char *name, vigil_error *err)
{
    *out = NULL;
    if (!name)
        name = "";
    vg_feed *f = vg_calloc(1, sizeof *f);
    if (!f || !(f->name = vg_strdup(name))) {
        vg_free(f);
        return vg_error_set(err, VIGIL_ENOMEM, "ingest", name, -1, "out of memory");
    }
    f->note_offset = -1;
    vg_buf conv;
    vg_buf_init(&conv);
    const char *s;
    size_t len, skip;
    int rc = feed_utf8(f, raw, n, &conv, &s, &len, &skip);
    if (rc != VIGIL_OK) {
        vg_error_set(err, rc, "ingest", name, -1, "cannot read feed \"%s\": %s", name,
                     vigil_strerror(rc));
        goto fail;
    }
    if (len > INT_MAX) {
        rc = vg_error_set(err, VIGIL_ELIMIT, "ingest", name, -1, "feed \"%s\" is too large", name);
        goto fail;
    }
    xmlInitParser();
    parse_note pn;
    memset(&pn, 0, sizeof pn);
    /* errors raised without a context (out of memory creating it or a
     * buffer) go to libxml2's per-thread channel: silenced for this call */
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_ud = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&pn.nomem, on_stray_error);
    xmlParserCtxtPtr c = xmlNewParserCtxt();
    if (c) {
        c->_private = &pn;
        c->sax->serror = on_parse_error;
        c->sax->initialized = XML_SAX2_MAGIC; /* makes libxml2 use serror */
        /* no XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: see the header comment */
        f->xml = xmlCtxtReadMemory(c, s, (int)len, NULL, "UTF-8",
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                       XML_PARSE_IGNORE_ENC);
    }
    xmlSetStructuredErrorFunc(saved_ud, saved);
    if (!c) {
        rc = vg_error_set(err, VIGIL_ENOMEM, "ingest", name, -1, "out of memory");
        goto fail;
    }
    if (!f->xml && !pn.code) {
        xmlErrorPtr e = xmlCtxtGetLastError(c);
        pn.code = e ? e->code : -1;
        pn.line = e ? e->line : 0;
        pn.column = e ? e->int2 : 0;
        snprintf(pn.message, sizeof pn.message, "%s",
                 len ? "not well-formed" : "document is empty");
    }
    xmlFreeParserCtxt(c);
    if (pn.nomem && f->xml) { /* a tree missing what could not be allocated */
        xmlFreeDoc(f->xml);
        f->xml = NULL;
    }
    if (!f->xml) {
        long long off = s == raw + skip ? offset_of(s, len, pn.line, pn.column) : -1;
        rc = parse_error(err, name, &pn, off < 0 ? -1 : off + (long long)skip);
        goto fail;
    }
    rc = feed_shape(f, name, err);
    if (rc != VIGIL_OK)
        goto fail;
    vg_buf_fini(&conv);
    *out = f;
    return VIGIL_OK;
fail:
    vg_buf_fini(&conv);
    vg_feed_free(f);
    return rc;
}

/* ---- items ---- */

typedef struct item {
    xmlNodePtr title, link, guid, id, content, description, author, creator, source;
    xmlNodePtr date[4]; /* pubDate, dc:date, published, updated */
    const char *href;   /* Atom link: rel="alternate" (the default), else the first */
} item;

/* Is c in the feed's own vocabulary: no namespace, or Atom's in Atom, RSS
 * 1.0's in RSS 1.0? */
static int own_ns(const vg_feed *f, xmlNodePtr c)
{
    const char *href = c->ns ? (const char *)c->ns->href : NULL;
    if (!href)
        return 1;
    if (f->kind == FEED_ATOM)
        return !strcmp(href, "http://www.w3.org/2005/Atom");
    return f->kind == FEED_RSS1 && !strcmp(href, "http://purl.org/rss/1.0/");
}

static void item_fields(const vg_feed *f, xmlNodePtr it, item *x)
{
    memset(x, 0, sizeof *x);
    int href_alt = 0;
    for (xmlNodePtr c = it->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !c->name)
            continue;
        const char *nm = (const char *)c->name;
        xmlNodePtr *slot = NULL;
        if (!strcmp(nm, "encoded")) /* content:encoded */
            slot = &x->content;
        else if (!strcmp(nm, "creator")) /* dc:creator */
            slot = &x->creator;
        else if (!strcmp(nm, "date")) /* dc:date */
            slot = &x->date[1];
        else if (!own_ns(f, c))
            continue; /* <media:content>, <media:title> are not the item's own */
        else if (!strcmp(nm, "title"))
            slot = &x->title;
        else if (!strcmp(nm, "guid"))
            slot = &x->guid;
        else if (!strcmp(nm, "id"))
            slot = &x->id;
        else if (!strcmp(nm, "pubDate"))
            slot = &x->date[0];
        else if (!strcmp(nm, "published") || !strcmp(nm, "issued"))
            slot = &x->date[2];
        else if (!strcmp(nm, "updated") || !strcmp(nm, "modified"))
            slot = &x->date[3];
        else if (!strcmp(nm, "content"))
            slot = &x->content;
        else if (!strcmp(nm, "description") || !strcmp(nm, "summary"))
            slot = &x->description;
        else if (!strcmp(nm, "author"))
            slot = &x->author;
        else if (!strcmp(nm, "source"))
            slot = &x->source;
        else if (!strcmp(nm, "link")) {
            const char *href = attr(c, "href"), *rel = attr(c, "rel");
            if (f->kind != FEED_ATOM || !href)
                slot = &x->link;
            else if ((!rel || !strcmp(rel, "alternate")) && !href_alt) {
                x->href = href;
                href_alt = 1;
            } else if (!x->href) {
                x->href = href;
            }
        }
        if (slot && !*slot)
            *slot = c;
    }
    if (f->kind == FEED_ATOM) {
        x->author = child(x->author, "name");
        x->source = NULL; /* an Atom source is a whole feed */
    }
}

/* RSS <author>jane@example.com (Jane Doe)</author> -> "Jane Doe". */
static const char *author_name(vg_doc *doc, const char *a)
{
    const char *open = a ? strchr(a, '(') : NULL;
    const char *close = open ? strrchr(open, ')') : NULL;
    if (open && close && close > open + 1 && memchr(a, '@', (size_t)(open - a)))
        return vg_doc_strdup_clean(doc, open + 1, (size_t)(close - open - 1));
    return a;
}

static int item_doc(vg_feed *f, xmlNodePtr it, vg_doc *doc, vg_buf *tmp)
{
    item x;
    item_fields(f, it, &x);
    /* an HTML title ("Police &amp;amp; army" in RSS, type="html" in Atom) is
     * unwrapped when it holds markup; a plain one is taken as it is */
    doc->title = doc_text_of(doc, x.title, tmp);
    if (doc->title && content_type(f, x.title) != CT_TEXT && strpbrk(doc->title, "&<")) {
        vg_buf_reset(tmp);
        if (content_text(f, x.title, tmp) == VIGIL_OK)
            doc->title = vg_doc_strdup_clean(doc, tmp->data ? tmp->data : "", tmp->len);
    }
    doc->url =
        x.href ? vg_doc_strdup_clean(doc, x.href, strlen(x.href)) : doc_text_of(doc, x.link, tmp);
    const char *about = f->kind == FEED_RSS1 ? attr(it, "about") : NULL;
    doc->id = doc_text_of(doc, x.guid ? x.guid : x.id, tmp);
    if (!doc->id && about)
        doc->id = vg_doc_strdup_clean(doc, about, strlen(about));
    if (!doc->id)
        doc->id = doc->url;
    if (!doc->url && x.guid) {
        const char *perma = attr(x.guid, "isPermaLink");
        if ((!perma || strcmp(perma, "false")) && doc->id && strstr(doc->id, "://"))
            doc->url = doc->id;
    }
    for (int i = 0; i < 4 && doc->published.prec == VG_DATE_NONE; i++) {
        const char *d = doc_text_of(doc, x.date[i], tmp);
        vg_date date;
        if (d && vg_date_parse(d, strlen(d), &date) == 0)
            doc->published = date;
    }
    doc->author = author_name(doc, doc_text_of(doc, x.author ? x.author : x.creator, tmp));
    if (!doc->author && f->author)
        doc->author = vg_doc_strdup_clean(doc, f->author, strlen(f->author));
    doc->publisher = doc_text_of(doc, x.source, tmp);
    if (!doc->publisher && f->title)
        doc->publisher = vg_doc_strdup_clean(doc, f->title, strlen(f->title));
    if (f->lang)
        doc->lang = vg_doc_strdup_clean(doc, f->lang, strlen(f->lang));

    vg_buf_reset(tmp);
    int rc = x.content ? content_text(f, x.content, tmp) : VIGIL_OK;
    if (rc == VIGIL_OK && tmp->len == 0 && x.description)
        rc = content_text(f, x.description, tmp);
    if (rc == VIGIL_OK)
        rc = vg_doc_set_text(doc, tmp->data ? tmp->data : "", tmp->len);
    if (rc == VIGIL_OK && !doc->id && !(doc->id = vg_ingest_content_id(doc)))
        rc = VIGIL_ENOMEM;
    return rc;
}

int vg_feed_next(vg_feed *f, vg_doc *doc, vigil_error *err)
{
    xmlNodePtr it = f->next;
    while (it && !named(it, f->item))
        it = it->next;
    if (!it)
        return VIGIL_EOF;
    if (f->count >= VG_FEED_MAX_ITEMS) {
        if (f->over)
            return VIGIL_EOF;
        f->over = 1;
        return vg_error_set(err, VIGIL_ELIMIT, "ingest", f->name, -1,
                            "feed \"%s\" has more than %d items; the rest are skipped", f->name,
                            VG_FEED_MAX_ITEMS);
    }
    f->next = it->next;
    f->count++;
    if (f->count == 1 && f->note[0])
        vg_doc_diag(doc, 0, VIGIL_EUTF8, f->note_offset, "%s", f->note);
    vg_buf tmp;
    vg_buf_init(&tmp);
    int rc = item_doc(f, it, doc, &tmp);
    vg_buf_fini(&tmp);
    if (rc != VIGIL_OK)
        return vg_error_set(err, rc, "ingest", f->name, -1, "item %zu of feed \"%s\": %s", f->count,
                            f->name, vigil_strerror(rc));
    return VIGIL_OK;
}
