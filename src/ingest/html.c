/* html.c: ingest stage, HTML pages and fragments. Takes the bytes of a page
 * (UTF-8: vg_doc_set_text validates them first, replacing and recording
 * invalid bytes, so libxml2 always reads valid UTF-8) and produces one
 * document: the main text with the page furniture dropped, plus title,
 * author, date, publisher, url and language from the page.
 *
 * Algorithm. libxml2's HTML parser (recovering, silent, no network, encoding
 * forced to UTF-8) builds a tree. Every walk over it is iterative (walk()
 * follows parent/next pointers), so nesting depth costs no stack; libxml2
 * itself stops a page at VG_HTML_MAX_DEPTH open elements, and we keep the
 * part before that with a diagnostic. Walks:
 *   1. facts, bottom up: does an element hold an <article>, <main> or
 *      [itemprop=articleBody] (then it is never dropped, so a page wrapped in
 *      <form> or a "page-header" div survives), how many <p> are below it;
 *   2. furniture and measure, top down skipping furniture (tag names, and id
 *      or class tokens, roles and aria-label words naming page furniture):
 *      visible text bytes and link text bytes per element; each <p> adds its
 *      non-link text to its parent's score and half of it to its
 *      grandparent's (readability);
 *   3. the container: the largest [itemprop=articleBody], else the largest
 *      <article>, else the only <main>, else the best score times
 *      (1 - link density) with its good siblings, else <body>. Its text is
 *      written out without the furniture: blocks on their own lines,
 *      paragraphs and headings apart by a blank line, list items as "• "
 *      lines, inline whitespace squeezed, <pre> kept as is.
 * Metadata comes from one more walk over the whole page (meta tags, JSON-LD
 * read with jansson, <title>, <h1>, bylines, <time>); each field takes the
 * first source in a fixed priority order.
 *
 * Invariants: doc->text is set only through vg_doc_set_text (valid UTF-8, no
 * NUL, len == strlen). libxml2 never prints: the parser context carries a
 * structured error handler that only notes what it needs, and the few errors
 * raised without a context go to a silent per-thread handler installed for
 * the parse and restored after it. node->_private points into one node_info
 * array for the duration of a call. */
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <limits.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/utf8.h"

/* libxml2 2.9's xmlParserMaxDepth: without XML_PARSE_HUGE (which we do not
 * set) the HTML parser stops at this many open elements. */
#define VG_HTML_MAX_DEPTH 256
#define META_MAX 4096     /* bytes of element text read for one metadata field */
#define BYLINE_MAX 120    /* a longer "author" element is a bio, not a name */
#define LD_MAX_OBJECTS 64 /* JSON-LD objects examined per script */

enum { WALK_SKIP = 0, WALK_INTO = 1, WALK_STOP = 2 };

typedef struct node_info {
    xmlNodePtr node;
    size_t text;           /* visible non-space text bytes below, furniture excluded */
    size_t links;          /* of which inside <a> */
    size_t paras;          /* <p> elements below */
    double score;          /* readability score from <p> children and grandchildren */
    unsigned char keep;    /* is or holds the article: never dropped */
    unsigned char dropped; /* furniture: skipped with its subtree */
} node_info;

typedef struct page {
    xmlDocPtr xml;
    xmlNodePtr root, body;
    node_info *infos;
    size_t ninfos;
    xmlNodePtr best_ab, best_article, main, first_time;
    size_t best_ab_text, best_article_text;
    int nmain, in_link;
    int nomem, depth_hit;
    long depth_line, depth_col;
} page;

/* ---- small helpers ---- */

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* s[0..n) equals w, ASCII case-insensitively. */
static int ieqn(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n && w[i]; i++)
        if (lower((unsigned char)s[i]) != lower((unsigned char)w[i]))
            return 0;
    return i == n && w[i] == '\0';
}

static int ieq(const char *s, const char *w)
{
    return s && ieqn(s, strlen(s), w);
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int is_el(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

static node_info *info(xmlNodePtr n)
{
    return n ? (node_info *)n->_private : NULL;
}

/* The value of attribute name (the parser lower-cases names), "" for a bare
 * attribute, NULL when absent. */
static const char *attr(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (a->name && !strcmp((const char *)a->name, name))
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

/* Does fn hold for any whitespace-separated token of s (s may be NULL)? */
typedef int (*token_fn)(const char *s, size_t n);
static int any_token(const char *s, token_fn fn)
{
    while (s && *s) {
        while (is_space((unsigned char)*s))
            s++;
        const char *t = s;
        while (*s && !is_space((unsigned char)*s))
            s++;
        if (s > t && fn(t, (size_t)(s - t)))
            return 1;
    }
    return 0;
}

/* Iterative walk over root's subtree in document order. enter returns
 * WALK_INTO to visit the node's children, WALK_SKIP not to, WALK_STOP to end
 * the walk; leave (may be NULL) runs after a node's children. */
typedef int (*enter_fn)(void *ud, xmlNodePtr n);
typedef void (*leave_fn)(void *ud, xmlNodePtr n);
static void walk(xmlNodePtr root, enter_fn enter, leave_fn leave, void *ud)
{
    xmlNodePtr n = root;
    while (n) {
        int how = enter(ud, n);
        if (how == WALK_STOP)
            return;
        if (how == WALK_INTO && n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (leave)
                leave(ud, n);
            if (n == root)
                return;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

/* ---- parsing ---- */

/* libxml2 reports every problem here and nowhere else (NOERROR/NOWARNING
 * remove the printing channels): we note out-of-memory and the depth cut,
 * whose message is "Excessive depth in document: 256 use XML_PARSE_HUGE". */
static void on_parse_error(void *ud, xmlErrorPtr e)
{
    xmlParserCtxtPtr c = ud;
    page *pg = c ? c->_private : NULL;
    if (!pg || !e)
        return;
    if (e->code == XML_ERR_NO_MEMORY)
        pg->nomem = 1;
    else if (e->code == XML_ERR_INTERNAL_ERROR && e->message && strstr(e->message, "depth") &&
             !pg->depth_hit) {
        pg->depth_hit = 1;
        pg->depth_line = e->line;
        pg->depth_col = e->int2;
    }
}

/* Errors libxml2 raises without a parser context (out of memory while it
 * creates the context or a buffer) go to its per-thread structured channel,
 * which page_parse points here for the duration of the parse only. */
static void on_stray_error(void *ud, xmlErrorPtr e)
{
    if (e && e->code == XML_ERR_NO_MEMORY)
        *(int *)ud = 1;
}

static int count_enter(void *ud, xmlNodePtr n)
{
    page *pg = ud;
    if (n->type == XML_ELEMENT_NODE) {
        n->_private = &pg->infos[pg->ninfos];
        pg->infos[pg->ninfos].node = n;
        pg->ninfos++;
        return WALK_INTO;
    }
    return WALK_SKIP;
}

static int count_only(void *ud, xmlNodePtr n)
{
    if (n->type == XML_ELEMENT_NODE)
        (*(size_t *)ud)++;
    return WALK_INTO;
}

static void page_fini(page *pg)
{
    if (pg->xml)
        xmlFreeDoc(pg->xml);
    vg_free(pg->infos);
    memset(pg, 0, sizeof *pg);
}

/* Parses utf8[0..n) into pg->xml and gives each element a node_info.
 * Returns VIGIL_OK (an empty tree for empty input), VIGIL_ENOMEM or
 * VIGIL_ELIMIT. */
static int page_parse(page *pg, const char *utf8, size_t n)
{
    memset(pg, 0, sizeof *pg);
    if (n > INT_MAX)
        return VIGIL_ELIMIT;
    if (n == 0)
        return VIGIL_OK;
    xmlInitParser();
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_ud = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&pg->nomem, on_stray_error);
    htmlParserCtxtPtr c = htmlNewParserCtxt();
    if (c) {
        c->_private = pg;
        c->sax->serror = on_parse_error;
        c->sax->initialized = XML_SAX2_MAGIC; /* makes libxml2 use serror */
        pg->xml =
            htmlCtxtReadMemory(c, utf8, (int)n, NULL, "UTF-8",
                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
        htmlFreeParserCtxt(c);
    }
    xmlSetStructuredErrorFunc(saved_ud, saved);
    if (!c)
        return VIGIL_ENOMEM;
    if (pg->nomem) /* the tree lacks what could not be allocated */
        return VIGIL_ENOMEM;
    if (!pg->xml)
        return VIGIL_OK;
    pg->root = xmlDocGetRootElement(pg->xml);
    if (!pg->root)
        return VIGIL_OK;
    size_t count = 0;
    walk(pg->root, count_only, NULL, &count);
    pg->infos = vg_calloc(count, sizeof *pg->infos);
    if (!pg->infos)
        return VIGIL_ENOMEM;
    walk(pg->root, count_enter, NULL, pg);
    for (xmlNodePtr ch = pg->root->children; ch; ch = ch->next)
        if (is_el(ch, "body"))
            pg->body = ch;
    return VIGIL_OK;
}

/* ---- furniture ---- */

/* Words naming page furniture, matched as a whole token, plural, or a token
 * prefix before '-' or '_': "comments", "nav-main", "cookie_banner",
 * "share-tools"; never inside a token, so "has-comments" and
 * "page-header-fixed" stay. */
/* clang-format off */
static const char *const furniture_words[] = {
    "nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "cookie", "consent",
    "gdpr", "banner", "comment", "share", "sharing", "social", "related", "recommend",
    "recommended", "recommendation", "advert", "advertisement", "promo", "newsletter",
    "subscribe", "subscription", "breadcrumb", "popup", "modal", "masthead", "toolbar",
    "skip-link", "skiplink", NULL};
/* Whole tokens only: "ad", "sr-only" (screen-reader text: "Skip to content"). */
static const char *const furniture_whole[] = {"ad", "ads", "sr-only", "visually-hidden",
                                              "screen-reader-text", NULL};
/* Scopes before a word: "site-footer", "main-nav", "global-header". */
static const char *const furniture_scopes[] = {"site", "main", "global", "top", "primary", NULL};
static const char *const furniture_roles[] = {"navigation", "banner", "contentinfo",
    "complementary", "menu", "menubar", "dialog", "alertdialog", "search", NULL};
static const char *const furniture_tags[] = {
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "nav",
    "header", "footer", "aside", "head", "object", "embed", "canvas", "audio", "video", "map",
    "dialog", "textarea", "input", "option", "math", NULL};
/* clang-format on */

static int in_list(const char *s, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (ieqn(s, n, list[i]))
            return 1;
    return 0;
}

/* "comments" / "comment-list" / "nav_main" against one furniture word. */
static int word_match(const char *s, size_t n, int prefix_ok)
{
    for (size_t i = 0; furniture_words[i]; i++) {
        size_t wl = strlen(furniture_words[i]);
        if (n < wl || !ieqn(s, wl, furniture_words[i]))
            continue;
        if (n == wl || (n == wl + 1 && lower((unsigned char)s[wl]) == 's'))
            return 1;
        if (prefix_ok && (s[wl] == '-' || s[wl] == '_'))
            return 1;
    }
    return 0;
}

/* One id or class token: "comments", "cookie-banner", "site-footer",
 * "ad-slot", "sr-only". */
static int furniture_token(const char *s, size_t n)
{
    if (n >= 3 && lower((unsigned char)s[0]) == 'a' && lower((unsigned char)s[1]) == 'd' &&
        (s[2] == '-' || s[2] == '_'))
        return 1;
    if (in_list(s, n, furniture_whole) || word_match(s, n, 1))
        return 1;
    for (size_t i = 0; furniture_scopes[i]; i++) {
        size_t sl = strlen(furniture_scopes[i]);
        if (n > sl + 1 && ieqn(s, sl, furniture_scopes[i]) && (s[sl] == '-' || s[sl] == '_'))
            return word_match(s + sl + 1, n - sl - 1, 1);
    }
    return 0;
}

/* aria-label="Share this article" / "Cookie consent": any word. */
static int furniture_label(const char *s)
{
    while (*s) {
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
            s++;
        const char *t = s;
        while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
            s++;
        if (s > t && word_match(t, (size_t)(s - t), 0))
            return 1;
    }
    return 0;
}

/* Does an element's id, class, role or aria-label name furniture? */
static int furniture_attrs(xmlNodePtr n)
{
    const char *v;
    if ((v = attr(n, "class")) && any_token(v, furniture_token))
        return 1;
    if ((v = attr(n, "id")) && any_token(v, furniture_token))
        return 1;
    if ((v = attr(n, "role")) && in_list(v, strlen(v), furniture_roles))
        return 1;
    if ((v = attr(n, "aria-label")) && furniture_label(v))
        return 1;
    return 0;
}

static int article_body_token(const char *s, size_t n)
{
    return ieqn(s, n, "articleBody");
}

/* <article>, <main>, <div itemprop="articleBody">. */
static int is_container(xmlNodePtr n)
{
    return is_el(n, "article") || is_el(n, "main") ||
           any_token(attr(n, "itemprop"), article_body_token);
}

static int is_furniture(xmlNodePtr n)
{
    node_info *ni = info(n);
    if (ni->keep || is_el(n, "html") || is_el(n, "body"))
        return 0;
    if (is_el(n, "form"))
        return ni->paras == 0; /* ASP.NET wraps whole pages in a form */
    if (in_list((const char *)n->name, strlen((const char *)n->name), furniture_tags))
        return 1;
    const char *v = attr(n, "aria-hidden");
    if (attr(n, "hidden") || (v && ieq(v, "true")))
        return 1;
    return furniture_attrs(n);
}

/* Walk 1, bottom up: keep and paras. A container named like furniture
 * (<article class="comment-body">) is a comment, not the article. */
static void facts_leave(void *ud, xmlNodePtr n)
{
    (void)ud;
    node_info *ni = info(n);
    if (!ni)
        return;
    if (is_container(n) && !furniture_attrs(n))
        ni->keep = 1;
    node_info *up = n->parent && n->parent->type == XML_ELEMENT_NODE ? info(n->parent) : NULL;
    if (up) {
        up->keep |= ni->keep;
        up->paras += ni->paras + (is_el(n, "p") ? 1u : 0u);
    }
}

static int facts_enter(void *ud, xmlNodePtr n)
{
    (void)ud;
    return n->type == XML_ELEMENT_NODE ? WALK_INTO : WALK_SKIP;
}

/* Non-space bytes of a text node. */
static size_t visible_len(const xmlChar *s)
{
    size_t k = 0;
    for (; s && *s; s++)
        k += !is_space(*s);
    return k;
}

/* Walk 2, top down: furniture marks, text measure, candidates. */
static int measure_enter(void *ud, xmlNodePtr n)
{
    page *pg = ud;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        node_info *up = info(n->parent);
        if (up && n->parent->type == XML_ELEMENT_NODE) {
            size_t k = visible_len(n->content);
            up->text += k;
            if (pg->in_link)
                up->links += k;
        }
        return WALK_SKIP;
    }
    if (n->type != XML_ELEMENT_NODE)
        return WALK_SKIP;
    node_info *ni = info(n);
    if (is_furniture(n)) {
        ni->dropped = 1;
        return WALK_SKIP;
    }
    if (is_el(n, "a"))
        pg->in_link++;
    if (is_el(n, "time") && !pg->first_time && attr(n, "datetime"))
        pg->first_time = n;
    return WALK_INTO;
}

static void measure_leave(void *ud, xmlNodePtr n)
{
    page *pg = ud;
    node_info *ni = info(n);
    if (n->type != XML_ELEMENT_NODE || !ni || ni->dropped)
        return;
    if (is_el(n, "a"))
        pg->in_link--;
    xmlNodePtr parent = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
    if (is_el(n, "p") && parent) {
        double c = (double)(ni->text - ni->links);
        info(parent)->score += c;
        if (parent->parent && parent->parent->type == XML_ELEMENT_NODE)
            info(parent->parent)->score += c / 2;
    }
    if (ni->keep && ni->text > 0) {
        if (any_token(attr(n, "itemprop"), article_body_token) && ni->text > pg->best_ab_text) {
            pg->best_ab = n;
            pg->best_ab_text = ni->text;
        }
        if (is_el(n, "article") && ni->text > pg->best_article_text) {
            pg->best_article = n;
            pg->best_article_text = ni->text;
        }
        if (is_el(n, "main")) {
            pg->main = n;
            pg->nmain++;
        }
    }
    if (parent) {
        info(parent)->text += ni->text;
        info(parent)->links += ni->links;
    }
}

static double link_density(const node_info *ni)
{
    return ni->text ? (double)ni->links / (double)ni->text : 1.0;
}

/* A story split over sibling blocks (around an ad slot, or a lead in its own
 * div): the parent becomes the container, and each sibling stays when it
 * scores at least a fifth of the best or holds 80 bytes of text that is
 * mostly not links; the others are dropped like furniture. */
static xmlNodePtr with_siblings(xmlNodePtr best, double best_score)
{
    xmlNodePtr parent = best->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE || is_el(parent, "html") || is_el(best, "body"))
        return best;
    for (xmlNodePtr s = parent->children; s; s = s->next) {
        node_info *si = s->type == XML_ELEMENT_NODE ? info(s) : NULL;
        if (!si || s == best || si->dropped)
            continue;
        double score = si->score * (1.0 - link_density(si));
        if (!(score > 0 && score >= best_score / 5) && !(si->text >= 80 && link_density(si) < 0.25))
            si->dropped = 1;
    }
    return parent;
}

/* Walks 1 and 2. */
static void page_mark(page *pg)
{
    if (!pg->root)
        return;
    walk(pg->root, facts_enter, facts_leave, pg);
    walk(pg->root, measure_enter, measure_leave, pg);
}

/* Marks furniture and picks the container of the main text (NULL for an
 * empty page). */
static xmlNodePtr page_container(page *pg)
{
    if (!pg->root)
        return NULL;
    page_mark(pg);
    if (pg->best_ab)
        return pg->best_ab;
    if (pg->best_article)
        return pg->best_article;
    if (pg->nmain == 1)
        return pg->main;
    xmlNodePtr best = NULL;
    double best_score = 0;
    for (size_t i = 0; i < pg->ninfos; i++) {
        node_info *ni = &pg->infos[i];
        if (ni->dropped || ni->score <= 0 || ni->text == 0)
            continue;
        double s = ni->score * (1.0 - link_density(ni));
        if (s > best_score) {
            best_score = s;
            best = ni->node;
        }
    }
    if (!best)
        return pg->body ? pg->body : pg->root;
    return with_siblings(best, best_score);
}

/* ---- text output ---- */

typedef struct emitter {
    vg_buf *out;
    size_t start; /* out->len before we wrote */
    int brk;      /* pending break: 1 newline, 2 blank line */
    int space;    /* pending space */
    int bullet;   /* pending "• " */
    int pre, li;  /* depth inside <pre>, <li> */
    int rc;
    size_t max; /* stop past this many bytes (0: no limit) */
} emitter;

/* Block elements: a blank line around the first kind, a newline around the
 * second ("<li>", "<br>", "<td>" are handled on their own). */
static const char blank_blocks[] =
    " p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figure section article hr address details ";
static const char line_blocks[] = " div tr dd dt figcaption caption main center fieldset legend "
                                  "summary body form header footer nav aside title menu ";

static int block_level(const char *name)
{
    char key[16];
    size_t n = strlen(name);
    if (n + 3 > sizeof key)
        return 0;
    key[0] = ' ';
    memcpy(key + 1, name, n);
    key[n + 1] = ' ';
    key[n + 2] = '\0';
    return strstr(blank_blocks, key) ? 2 : strstr(line_blocks, key) ? 1 : 0;
}

static void put(emitter *e, const char *s, size_t n)
{
    if (e->rc == VIGIL_OK)
        e->rc = vg_buf_append(e->out, s, n);
}

static void request(emitter *e, int level)
{
    if (e->li > 0 && level > 1)
        level = 1;
    if (level > e->brk)
        e->brk = level;
}

/* Writes what is pending before the next visible character. */
static void flush(emitter *e)
{
    vg_buf *b = e->out;
    if (b->len > e->start && e->brk) {
        int have = 0;
        while (have < e->brk && b->len - (size_t)have > e->start &&
               b->data[b->len - 1 - (size_t)have] == '\n')
            have++;
        for (; have < e->brk; have++)
            put(e, "\n", 1);
    }
    int line_start = b->len == e->start || b->data[b->len - 1] == '\n';
    if (e->bullet)
        put(e, "\xE2\x80\xA2 ", 4);
    else if (e->space && !line_start)
        put(e, " ", 1);
    e->brk = e->space = e->bullet = 0;
}

/* Whitespace at s[i]: ASCII or U+00A0 (from &nbsp;); its byte length. */
static size_t space_at(const unsigned char *s, size_t i)
{
    if (is_space(s[i]))
        return 1;
    return s[i] == 0xC2 && s[i + 1] == 0xA0 ? 2 : 0;
}

static void emit_text(emitter *e, const xmlChar *t)
{
    if (!t)
        return;
    size_t n = strlen((const char *)t);
    if (e->pre) {
        if (n)
            flush(e);
        for (size_t i = 0; i < n; i++)
            if (t[i] != '\r')
                put(e, (const char *)t + i, 1);
        return;
    }
    size_t i = 0;
    while (i < n) {
        size_t w = space_at(t, i);
        if (w) {
            e->space = 1;
            i += w;
            continue;
        }
        size_t j = i;
        while (j < n && !space_at(t, j))
            j++;
        flush(e);
        put(e, (const char *)t + i, j - i);
        i = j;
    }
}

/* An element's start (entering) or end: breaks, bullets, <pre>. */
static void emit_tag(emitter *e, const char *name, int entering)
{
    if (!strcmp(name, "br")) {
        if (entering)
            e->brk = e->brk >= 1 ? 2 : 1; /* "<br><br>" is a paragraph break */
    } else if (!strcmp(name, "li")) {
        e->li += entering ? 1 : -1;
        e->bullet = entering;
        request(e, 1);
    } else if (!strcmp(name, "td") || !strcmp(name, "th")) {
        e->space = 1;
    } else {
        int level = block_level(name);
        if (level)
            request(e, level);
        if (!strcmp(name, "pre"))
            e->pre += entering ? 1 : -1;
    }
}

static int emit_enter(void *ud, xmlNodePtr n)
{
    emitter *e = ud;
    if (e->rc != VIGIL_OK || (e->max && e->out->len - e->start > e->max))
        return WALK_STOP;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        emit_text(e, n->content);
    if (n->type != XML_ELEMENT_NODE || info(n)->dropped)
        return WALK_SKIP;
    emit_tag(e, (const char *)n->name, 1);
    return WALK_INTO;
}

static void emit_leave(void *ud, xmlNodePtr n)
{
    if (n->type == XML_ELEMENT_NODE && !info(n)->dropped)
        emit_tag(ud, (const char *)n->name, 0);
}

/* Appends the visible text of container (furniture skipped) to out. */
static int emit(xmlNodePtr container, vg_buf *out)
{
    emitter e = {out, out->len, 0, 0, 0, 0, 0, VIGIL_OK, 0};
    if (container)
        walk(container, emit_enter, emit_leave, &e);
    return e.rc;
}

int vg_html_fragment_text(const char *html, size_t n, vg_buf *out)
{
    char *fixed = NULL;
    if (vg_utf8_valid_prefix(html, n) < n) {
        size_t size;
        if (vg_mul_size(n, 3, &size) < 0 || !(fixed = vg_malloc(size + 1)))
            return VIGIL_ENOMEM;
        n = vg_utf8_repair(html, n, fixed, NULL, NULL, NULL);
        html = fixed;
    }
    page pg;
    int rc = page_parse(&pg, html, n);
    if (rc == VIGIL_OK) {
        page_mark(&pg);
        rc = emit(pg.body ? pg.body : pg.root, out);
    }
    page_fini(&pg);
    vg_free(fixed);
    return rc;
}

/* ---- metadata ---- */

/* Date sources, most trusted first. */
enum {
    D_ARTICLE,  /* <meta property="article:published_time"> */
    D_OG,       /* og:published_time */
    D_NAME,     /* <meta name="date"> */
    D_PUBDATE,  /* pubdate */
    D_DC,       /* DC.date.issued */
    D_DCTERMS,  /* dcterms.created */
    D_ITEMPROP, /* itemprop="datePublished" */
    D_OTHER,    /* publish-date, parsely-pub-date, sailthru.date, dc.date */
    D_JSONLD,   /* "datePublished" */
    D_TIME,     /* <time datetime> */
    D_N
};

/* Metadata fields, each filled from its first source. */
/* clang-format off */
enum {
    F_OG_TITLE, F_TW_TITLE, F_TITLE, F_H1, F_LD_HEADLINE,             /* title, in order */
    F_SITE, F_LD_PUBLISHER,                                           /* publisher */
    F_AUTHOR, F_ARTICLE_AUTHOR, F_LD_AUTHOR, F_REL_AUTHOR, F_BYLINE, /* author */
    F_CANONICAL, F_OG_URL, F_LANG, F_CONTENT_LANG,
    F_DATE, /* D_N date sources follow */
    F_N = F_DATE + D_N
};

/* <meta> names, properties and itemprops, any case. */
static const struct {
    const char *key;
    int field;
} meta_keys[] = {
    {"og:title", F_OG_TITLE}, {"twitter:title", F_TW_TITLE}, {"og:site_name", F_SITE},
    {"og:url", F_OG_URL}, {"author", F_AUTHOR}, {"article:author", F_ARTICLE_AUTHOR},
    {"content-language", F_CONTENT_LANG},
    {"article:published_time", F_DATE + D_ARTICLE}, {"og:published_time", F_DATE + D_OG},
    {"date", F_DATE + D_NAME}, {"pubdate", F_DATE + D_PUBDATE},
    {"dc.date.issued", F_DATE + D_DC}, {"dcterms.created", F_DATE + D_DCTERMS},
    {"datepublished", F_DATE + D_ITEMPROP}, {"publish-date", F_DATE + D_OTHER},
    {"publishdate", F_DATE + D_OTHER}, {"parsely-pub-date", F_DATE + D_OTHER},
    {"sailthru.date", F_DATE + D_OTHER}, {"dc.date", F_DATE + D_OTHER},
    {"dcterms.issued", F_DATE + D_OTHER},
};
/* clang-format on */

typedef struct meta {
    vg_doc *doc;
    vg_buf tmp;
    const char *f[F_N]; /* libxml2's strings or the arena's, until the tree is freed */
} meta;

static void set(meta *m, int field, const char *v)
{
    if (!m->f[field] && v && *v)
        m->f[field] = v;
}

/* The visible text of n (at most max bytes, else NULL), cleaned, in the
 * arena. */
static const char *element_text(meta *m, xmlNodePtr n, size_t max)
{
    vg_buf_reset(&m->tmp);
    emitter e = {&m->tmp, 0, 0, 0, 0, 0, 0, VIGIL_OK, max};
    unsigned char dropped = info(n)->dropped; /* <div class="author social"> still names */
    info(n)->dropped = 0;
    walk(n, emit_enter, emit_leave, &e);
    info(n)->dropped = dropped;
    if (e.rc != VIGIL_OK || m->tmp.len > max)
        return NULL;
    return vg_doc_strdup_clean(m->doc, m->tmp.data ? m->tmp.data : "", m->tmp.len);
}

static int canonical_token(const char *s, size_t n)
{
    return ieqn(s, n, "canonical");
}
static int author_token(const char *s, size_t n)
{
    return ieqn(s, n, "author");
}
static int date_published_token(const char *s, size_t n)
{
    return ieqn(s, n, "datePublished");
}

/* class="byline", "author", "byline__name", "post-author", "author-name". */
static int byline_token(const char *s, size_t n)
{
    if (ieqn(s, n, "author") || ieqn(s, n, "author-name") || (n >= 6 && ieqn(s, 6, "byline")))
        return 1;
    return n > 7 && (s[n - 7] == '-' || s[n - 7] == '_') && ieqn(s + n - 6, 6, "author");
}

static void read_meta(meta *m, xmlNodePtr n)
{
    const char *content = attr(n, "content");
    if (!content)
        return;
    const char *keys[4] = {attr(n, "property"), attr(n, "name"), attr(n, "itemprop"),
                           attr(n, "http-equiv")};
    for (size_t k = 0; k < 4; k++) {
        if (!keys[k])
            continue;
        for (size_t i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
            if (ieq(keys[k], meta_keys[i].key))
                set(m, meta_keys[i].field, content);
    }
}

/* ---- JSON-LD: <script type="application/ld+json"> ---- */

/* "NewsArticle", "ReportageNewsArticle", "BlogPosting", ... */
static int ld_type_ok(json_t *t)
{
    if (!json_is_string(t))
        return 0;
    const char *s = json_string_value(t);
    size_t n = strlen(s);
    return (n >= 7 && !strcmp(s + n - 7, "Article")) || strstr(s, "BlogPosting") ||
           !strcmp(s, "Report");
}

static int ld_is_article(json_t *o)
{
    json_t *t = json_object_get(o, "@type"), *v;
    size_t i;
    if (json_is_array(t)) {
        json_array_foreach(t, i, v) if (ld_type_ok(v)) return 1;
        return 0;
    }
    return ld_type_ok(t);
}

/* A name: "Jane Doe", {"name": "Jane Doe"}, or {"@id": ...} naming another
 * object of the block (Yoast's @graph). */
static const char *ld_name(json_t *v, json_t *const *objs, size_t nobj)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (!json_is_object(v))
        return NULL;
    json_t *name = json_object_get(v, "name");
    if (json_is_string(name))
        return json_string_value(name);
    json_t *id = json_object_get(v, "@id");
    if (!json_is_string(id))
        return NULL;
    for (size_t i = 0; i < nobj; i++) {
        json_t *oid = json_object_get(objs[i], "@id");
        name = json_object_get(objs[i], "name");
        if (objs[i] != v && json_is_string(oid) && json_is_string(name) && json_equal(oid, id))
            return json_string_value(name);
    }
    return NULL;
}

static void ld_add(json_t *v, json_t **objs, size_t *nobj)
{
    if (json_is_object(v) && *nobj < LD_MAX_OBJECTS)
        objs[(*nobj)++] = v;
}

/* The objects of a block: itself, the elements of a top-level array, and the
 * members of each one's @graph. */
static size_t ld_objects(json_t *root, json_t **objs)
{
    size_t n = 0, i, j;
    json_t *v, *w;
    if (json_is_array(root)) {
        json_array_foreach(root, i, v) ld_add(v, objs, &n);
    } else {
        ld_add(root, objs, &n);
    }
    size_t top = n;
    for (i = 0; i < top; i++) {
        json_t *graph = json_object_get(objs[i], "@graph");
        if (json_is_array(graph))
            json_array_foreach(graph, j, w) ld_add(w, objs, &n);
    }
    return n;
}

static void read_jsonld(meta *m, const char *s, size_t len)
{
    json_error_t je;
    json_t *root = json_loadb(s, len, 0, &je);
    if (!root)
        return;
    json_t *objs[LD_MAX_OBJECTS];
    size_t nobj = ld_objects(root, objs);
    vg_doc *doc = m->doc;
    for (size_t i = 0; i < nobj; i++) {
        json_t *o = objs[i];
        if (!ld_is_article(o))
            continue;
        json_t *v = json_object_get(o, "headline");
        if (json_is_string(v))
            set(m, F_LD_HEADLINE,
                vg_doc_strdup_clean(doc, json_string_value(v), json_string_length(v)));
        v = json_object_get(o, "datePublished");
        if (json_is_string(v))
            set(m, F_DATE + D_JSONLD,
                vg_doc_strdup_clean(doc, json_string_value(v), json_string_length(v)));
        const char *pub = ld_name(json_object_get(o, "publisher"), objs, nobj);
        if (pub)
            set(m, F_LD_PUBLISHER, vg_doc_strdup_clean(doc, pub, strlen(pub)));
        /* "author": one name or a list: "Jane Doe, John Roe" */
        v = json_object_get(o, "author");
        char names[512];
        size_t nl = 0, count = json_is_array(v) ? json_array_size(v) : 1;
        for (size_t k = 0; k < count; k++) {
            const char *nm = ld_name(json_is_array(v) ? json_array_get(v, k) : v, objs, nobj);
            size_t l = nm ? strlen(nm) : 0;
            if (l > 0 && nl + l + 2 < sizeof names)
                nl += (size_t)snprintf(names + nl, sizeof names - nl, "%s%s", nl ? ", " : "", nm);
        }
        if (nl)
            set(m, F_LD_AUTHOR, vg_doc_strdup_clean(doc, names, nl));
    }
    json_decref(root);
}

/* Walk 4, the whole page. */
static int meta_enter(void *ud, xmlNodePtr n)
{
    meta *m = ud;
    if (n->type != XML_ELEMENT_NODE)
        return WALK_SKIP;
    const char *name = (const char *)n->name;
    const char *v;
    if (!strcmp(name, "html")) {
        set(m, F_LANG, attr(n, "lang"));
        set(m, F_LANG, attr(n, "xml:lang"));
    } else if (!strcmp(name, "meta")) {
        read_meta(m, n);
    } else if (!strcmp(name, "title")) {
        if (!m->f[F_TITLE])
            set(m, F_TITLE, element_text(m, n, META_MAX));
        return WALK_SKIP;
    } else if (!strcmp(name, "link")) {
        if (any_token(attr(n, "rel"), canonical_token))
            set(m, F_CANONICAL, attr(n, "href"));
    } else if (!strcmp(name, "script")) {
        if ((v = attr(n, "type")) && ieq(v, "application/ld+json")) {
            vg_buf_reset(&m->tmp);
            for (xmlNodePtr c = n->children; c; c = c->next)
                if (c->content && vg_buf_puts(&m->tmp, (const char *)c->content) != VIGIL_OK)
                    return WALK_STOP;
            read_jsonld(m, m->tmp.data ? m->tmp.data : "", m->tmp.len);
        }
        return WALK_SKIP;
    } else if (!strcmp(name, "style")) {
        return WALK_SKIP;
    } else if (!strcmp(name, "h1") && !m->f[F_H1]) {
        set(m, F_H1, element_text(m, n, META_MAX));
    } else if (!strcmp(name, "a") && !m->f[F_REL_AUTHOR] &&
               any_token(attr(n, "rel"), author_token)) {
        set(m, F_REL_AUTHOR, element_text(m, n, BYLINE_MAX));
    }
    if (!m->f[F_DATE + D_ITEMPROP] && any_token(attr(n, "itemprop"), date_published_token)) {
        v = attr(n, "datetime");
        set(m, F_DATE + D_ITEMPROP, v ? v : element_text(m, n, META_MAX));
    }
    if (!m->f[F_BYLINE] && strcmp(name, "meta") &&
        (any_token(attr(n, "class"), byline_token) || any_token(attr(n, "itemprop"), author_token)))
        set(m, F_BYLINE, element_text(m, n, BYLINE_MAX));
    return WALK_INTO;
}

static int time_enter(void *ud, xmlNodePtr n)
{
    if (n->type != XML_ELEMENT_NODE)
        return WALK_SKIP;
    if (is_el(n, "time") && attr(n, "datetime")) {
        *(xmlNodePtr *)ud = n;
        return WALK_STOP;
    }
    return WALK_INTO;
}

/* The first <time datetime> of the article (its header too, though that is
 * furniture for the text), else the first outside the furniture. */
static const char *time_date(page *pg, xmlNodePtr container)
{
    xmlNodePtr scope = container, found = NULL;
    for (xmlNodePtr a = container; a && a->type == XML_ELEMENT_NODE; a = a->parent)
        if (is_el(a, "article")) {
            scope = a;
            break;
        }
    if (scope && scope != pg->body && scope != pg->root)
        walk(scope, time_enter, NULL, &found);
    if (!found)
        found = pg->first_time;
    return found ? attr(found, "datetime") : NULL;
}

/* "Suspects held after raid | Daily Planet" -> "Suspects held after raid"
 * when the site is "Daily Planet"; also "Daily Planet - Suspects ...". */
static const char *strip_site(vg_doc *doc, const char *t, const char *site)
{
    static const char *const seps[] = {
        "|", "-", "\xE2\x80\x93", "\xE2\x80\x94", ":", "\xC2\xB7", "\xC2\xBB", "::", NULL};
    size_t n = strlen(t), sl = site ? strlen(site) : 0;
    if (!sl || n <= sl + 3)
        return t;
    for (size_t i = 0; seps[i]; i++) {
        size_t k = strlen(seps[i]);
        /* suffix: title + " " + sep + " " + site */
        if (ieqn(t + n - sl, sl, site) && n >= sl + k + 3) {
            const char *p = t + n - sl - 1 - k - 1;
            if (p[0] == ' ' && !memcmp(p + 1, seps[i], k) && p[1 + k] == ' ')
                return vg_doc_strdup_clean(doc, t, (size_t)(p - t));
        }
        /* prefix: site + " " + sep + " " + title */
        if (ieqn(t, sl, site) && n >= sl + k + 3 && t[sl] == ' ' &&
            !memcmp(t + sl + 1, seps[i], k) && t[sl + 1 + k] == ' ')
            return vg_doc_strdup_clean(doc, t + sl + k + 2, n - sl - k - 2);
    }
    return t;
}

/* "By Jane Doe" -> "Jane Doe". */
static const char *clean_author(vg_doc *doc, const char *a)
{
    if (!a)
        return NULL;
    while (is_space((unsigned char)*a))
        a++;
    if (ieqn(a, 11, "written by "))
        a += 11;
    else if (ieqn(a, 3, "by "))
        a += 3;
    return vg_doc_strdup_clean(doc, a, strlen(a));
}

static int is_url(const char *s)
{
    return s && (strstr(s, "://") || ieqn(s, 4, "www."));
}

static void page_metadata(page *pg, xmlNodePtr container, vg_doc *doc)
{
    meta m;
    memset(&m, 0, sizeof m);
    m.doc = doc;
    vg_buf_init(&m.tmp);
    if (pg->root)
        walk(pg->root, meta_enter, NULL, &m);
    set(&m, F_DATE + D_TIME, time_date(pg, container));

    const char *site = m.f[F_SITE] ? m.f[F_SITE] : m.f[F_LD_PUBLISHER];
    site = site ? vg_doc_strdup_clean(doc, site, strlen(site)) : NULL;
    doc->publisher = site;
    for (int f = F_OG_TITLE; f <= F_LD_HEADLINE && !doc->title; f++) {
        const char *t = m.f[f] ? vg_doc_strdup_clean(doc, m.f[f], strlen(m.f[f])) : NULL;
        doc->title = t ? strip_site(doc, t, site) : NULL;
    }
    if (is_url(m.f[F_ARTICLE_AUTHOR]))
        m.f[F_ARTICLE_AUTHOR] = NULL;
    vg_date byline_day = {0};
    for (int f = F_AUTHOR; f <= F_BYLINE && !doc->author; f++) {
        doc->author = clean_author(doc, m.f[f]);
        /* "By Lina Haddad | 25 November 2026": the name, and the day */
        const char *name;
        size_t nlen;
        if (f == F_BYLINE && doc->author &&
            vg_ingest_byline(doc->author, strlen(doc->author), 0, &name, &nlen, &byline_day))
            doc->author = vg_doc_strdup_clean(doc, name, nlen);
    }
    for (int d = 0; d < D_N; d++) {
        const char *s = m.f[F_DATE + d];
        vg_date date;
        if (s && vg_date_parse(s, strlen(s), &date) == 0) {
            doc->published = date;
            break;
        }
    }
    if (doc->published.prec == VG_DATE_NONE && byline_day.prec != VG_DATE_NONE)
        doc->published = byline_day;
    const char *u = m.f[F_CANONICAL] ? m.f[F_CANONICAL] : m.f[F_OG_URL];
    doc->url = u ? vg_doc_strdup_clean(doc, u, strlen(u)) : NULL;
    const char *l = m.f[F_LANG] ? m.f[F_LANG] : m.f[F_CONTENT_LANG];
    doc->lang = l ? vg_doc_strdup_clean(doc, l, strlen(l)) : NULL;
    vg_buf_fini(&m.tmp);
}

int vg_ingest_html(vg_doc *doc, const char *raw, size_t n, const char *name, vigil_error *err)
{
    if (!name)
        name = "";
    /* validate and repair first: diagnostics get offsets into raw, and
     * libxml2 reads only valid UTF-8 */
    int rc = vg_doc_set_text(doc, raw, n);
    if (rc == VIGIL_EUTF8)
        return vg_error_set(err, rc, "ingest", name, -1,
                            "binary content (NUL or invalid utf-8 bytes) in \"%s\"", name);
    if (rc != VIGIL_OK)
        return vg_error_set(err, rc, "ingest", name, -1, "cannot take the text of \"%s\": %s", name,
                            vigil_strerror(rc));
    page pg;
    vg_buf out;
    vg_buf_init(&out);
    rc = page_parse(&pg, doc->text, doc->len);
    if (rc != VIGIL_OK) {
        vg_error_set(err, rc, "ingest", name, -1, "cannot parse the html of \"%s\": %s", name,
                     vigil_strerror(rc));
        goto done;
    }
    if (pg.depth_hit)
        vg_doc_diag(doc, 1, VIGIL_ELIMIT, -1,
                    "html nested deeper than %d elements at line %ld, column %ld: the rest of "
                    "the page is ignored",
                    VG_HTML_MAX_DEPTH, pg.depth_line, pg.depth_col);
    xmlNodePtr container = page_container(&pg);
    page_metadata(&pg, container, doc);
    rc = emit(container, &out);
    if (rc == VIGIL_OK)
        rc = vg_doc_set_text(doc, out.data ? out.data : "", out.len);
    if (rc != VIGIL_OK)
        vg_error_set(err, rc, "ingest", name, -1, "cannot take the text of \"%s\": %s", name,
                     vigil_strerror(rc));
done:
    if (rc != VIGIL_OK) {
        doc->text = "";
        doc->len = 0;
    }
    vg_buf_fini(&out);
    page_fini(&pg);
    return rc;
}
