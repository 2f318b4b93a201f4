/*
 * extract.c - from article text to typed edges.
 *
 * The extractor compiles a world graph into hash tables: every name,
 * alias, demonym and metonym as a sequence of folded-token hashes, keyed
 * by its first token; the people's roles as (role words, of, dates); the
 * word lists of extract_lex.c.  geokg_extract() then reads the article a
 * sentence at a time (text.c) and, per sentence:
 *
 *   mentions   longest-match names; titles ("Russian president", "Kremlin
 *              spokesman Dmitry Peskov") resolved by role and date or
 *              turned into new people; demonyms as actors where they head
 *              an agent ("Russian officials"); possessives; pronouns and
 *              "the two leaders" from the antecedents seen so far
 *   relations  each trigger word with its frame: subject to the left
 *              (relative clauses and coordination considered), arguments
 *              to the right by their prepositions, passives by "by"
 *   modality   cues in the trigger's clause
 *
 * All per-call state lives in an xdoc on the heap, so one extractor serves
 * many threads.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_impl.h"
#include "text.h"
#include "util.h"

#define MAXNT 8   /* tokens in a name */
#define MAXG 8    /* actors in one mention group */
#define MAXM 64   /* mentions in a sentence */
#define NTOK GEOKG__SENT_MAX_TOKENS

enum { MT_NAME, MT_ALIAS, MT_DEMONYM, MT_METONYM, MT_SURNAME };

typedef struct xname {
	uint32_t h[MAXNT];
	uint8_t n, mt, upper, amb;
	int32_t ref;   /* node number in the world copy */
	int32_t next;  /* next name in the bucket */
} xname;

typedef struct xrole {
	uint32_t h[4];
	uint8_t n;
	int32_t person;
	const char *of, *start, *end;
} xrole;

typedef struct xword {
	const char *key;
	uint32_t hash;
	uint64_t cls;
	int16_t trig;
} xword;

struct geokg_extractor {
	geokg_graph *world;
	xname *names;
	size_t nnames, capnames;
	uint32_t *bkey;   /* buckets: first-token hash -> first name */
	int32_t *bhead;
	size_t bcap;
	xrole *roles;
	size_t nroles, caproles;
	xword *words;
	size_t wcap;
};

/* ---- Building ------------------------------------------------------- */

typedef struct foldacc {
	uint32_t h[MAXNT];
	size_t n;
	int upper, lower_first;
} foldacc;

static void fold_cb(void *ctx, const char *fold, size_t flen, unsigned flags)
{
	foldacc *a = ctx;
	if (a->n == 0) {
		a->upper = (flags & (GEOKG__T_UPPER | GEOKG__T_DOT)) != 0 &&
		           !(flen > 4);
		a->lower_first = !(flags & GEOKG__T_CAP);
	}
	if (a->n < MAXNT)
		a->h[a->n] = geokg__fold_hash(fold, flen);
	a->n++;
}

static size_t bucket_slot(const geokg_extractor *x, uint32_t h)
{
	size_t i = (h * 2654435761u) & (x->bcap - 1);
	while (x->bhead[i] >= 0 && x->bkey[i] != h)
		i = (i + 1) & (x->bcap - 1);
	return i;
}

static int add_name(geokg_extractor *x, const char *s, int mt, int32_t ref,
                    int amb)
{
	foldacc a;
	xname *e;
	memset(&a, 0, sizeof a);
	if (!s || !*s)
		return 0;
	/* "the Kremlin", "the Philippines": the article is not needed */
	if (strncmp(s, "the ", 4) == 0 || strncmp(s, "The ", 4) == 0)
		s += 4;
	geokg__text_fold_phrase(s, MAXNT + 1, fold_cb, &a);
	if (a.n == 0 || a.n > MAXNT)
		return 0;
	if (geokg__grow(&x->names, &x->capnames, x->nnames + 1, sizeof *x->names))
		return GEOKG_ENOMEM;
	e = &x->names[x->nnames];
	memcpy(e->h, a.h, sizeof a.h);
	e->n = (uint8_t)a.n;
	e->mt = (uint8_t)mt;
	e->upper = (uint8_t)a.upper;
	e->amb = (uint8_t)amb;
	e->ref = ref;
	e->next = -1;
	x->nnames++;
	return 0;
}

static int in_strs(const char *const *l, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(l[i], s) == 0)
			return 1;
	return 0;
}

static int add_role_words(geokg_extractor *x, const geokg_role *r,
                          const char *words, int32_t person);

/* Index a role under its own words and the other words news uses for
 * it ("premier", "spokeswoman", "defense minister", "foreign
 * secretary"). */
static int add_role(geokg_extractor *x, const geokg_role *r, int32_t person)
{
	static const struct { const char *role, *alt; } syn[] = {
		{"prime minister", "premier"},
		{"spokesperson", "spokesman"},
		{"spokesperson", "spokeswoman"},
		{"foreign ministry spokesperson", "foreign ministry spokesman"},
		{"foreign ministry spokesperson", "foreign ministry spokeswoman"},
		{"defence minister", "defense minister"},
		{"defense minister", "defence minister"},
		{"defence minister", "defense secretary"},
		{"foreign minister", "foreign secretary"},
		{"foreign minister", "secretary of state"},
		{"leader", "supreme leader"},
		{NULL, NULL}};
	int rc;
	if (!r->role || !r->of)
		return 0;
	if ((rc = add_role_words(x, r, r->role, person)))
		return rc;
	for (size_t i = 0; syn[i].role; i++)
		if (strcmp(syn[i].role, r->role) == 0 &&
		    (rc = add_role_words(x, r, syn[i].alt, person)))
			return rc;
	return 0;
}

static int add_role_words(geokg_extractor *x, const geokg_role *r,
                          const char *words, int32_t person)
{
	foldacc a;
	xrole *e;
	memset(&a, 0, sizeof a);
	geokg__text_fold_phrase(words, 5, fold_cb, &a);
	if (a.n == 0 || a.n > 4)
		return 0;
	if (geokg__grow(&x->roles, &x->caproles, x->nroles + 1, sizeof *x->roles))
		return GEOKG_ENOMEM;
	e = &x->roles[x->nroles++];
	memset(e, 0, sizeof *e);
	memcpy(e->h, a.h, sizeof e->h);
	e->n = (uint8_t)a.n;
	e->person = person;
	e->of = r->of;
	e->start = r->start;
	e->end = r->end;
	return 0;
}

/* States whose people's names start with the family name. */
static int family_first(const char *c)
{
	static const char *const l[] = {"CHN", "PRK", "KOR", "TWN", "VNM",
	                                "SGP", "HKG", "MAC", "KHM", NULL};
	for (int i = 0; c && l[i]; i++)
		if (strcmp(c, l[i]) == 0)
			return 1;
	return 0;
}

/* Is the family name (first word) of person nd shared by no other
 * person of the world graph ("Kim", "Lee" are not)? */
static int family_unique(const geokg_graph *w, const geokg_node *nd)
{
	const char *sp = strchr(nd->name, ' ');
	size_t fl = sp ? (size_t)(sp - nd->name) : 0;
	if (!fl)
		return 0;
	for (size_t i = 0; i < geokg_graph_node_count(w); i++) {
		const geokg_node *o = geokg_graph_node(w, i);
		if (o == nd || o->kind != GEOKG_KIND_PERSON || !o->name)
			continue;
		if (strncmp(o->name, nd->name, fl) == 0 &&
		    (o->name[fl] == ' ' || o->name[fl] == 0))
			return 0;
	}
	return 1;
}

/* Index every name of node i. */
static int index_node(geokg_extractor *x, const geokg_node *nd, int32_t i)
{
	int r = 0;
	size_t k;
#define AMB(s) in_strs((const char *const *)nd->ambiguous, nd->n_ambiguous, (s))
	r |= add_name(x, nd->name, MT_NAME, i, AMB(nd->name));
	if (nd->kind != GEOKG_KIND_PERSON)
		r |= add_name(x, nd->id, MT_NAME, i, AMB(nd->id));
	for (k = 0; k < nd->n_aliases; k++)
		r |= add_name(x, nd->aliases[k],
		              nd->kind == GEOKG_KIND_PERSON ? MT_ALIAS : MT_NAME, i,
		              AMB(nd->aliases[k]));
	for (k = 0; k < nd->n_demonyms; k++)
		r |= add_name(x, nd->demonyms[k], MT_DEMONYM, i,
		              AMB(nd->demonyms[k]));
	for (k = 0; k < nd->n_metonyms; k++)
		r |= add_name(x, nd->metonyms[k], MT_METONYM, i,
		              AMB(nd->metonyms[k]));
	for (k = 0; k < nd->n_roles; k++)
		r |= add_role(x, &nd->roles[k], i);
	/* a person's surname alone ("Karzai"), unless an alias of one word
	 * already gives it */
	if (nd->kind == GEOKG_KIND_PERSON && nd->name) {
		const char *sp = strrchr(nd->name, ' ');
		int one = 0;
		for (k = 0; k < nd->n_aliases; k++)
			one |= strchr(nd->aliases[k], ' ') == NULL;
		if (sp && !one && strlen(sp + 1) >= 4 && !strchr(sp + 1, '.'))
			r |= add_name(x, sp + 1, MT_SURNAME, i, 1);
		/* "Xi Jinping", "Kim Jong Un", "Moon Jae-in": the family name
		 * comes first */
		if (sp && family_first(nd->country) && family_unique(x->world, nd)) {
			char fam[64];
			size_t fl = (size_t)(strchr(nd->name, ' ') - nd->name);
			if (fl >= 2 && fl < sizeof fam) {
				memcpy(fam, nd->name, fl);
				fam[fl] = 0;
				r |= add_name(x, fam, MT_SURNAME, i, 1);
			}
		}
	}
#undef AMB
	return r ? GEOKG_ENOMEM : 0;
}

static int build_buckets(geokg_extractor *x)
{
	size_t cap = 64;
	while (cap < x->nnames * 2 + 16)
		cap *= 2;
	x->bcap = cap;
	x->bkey = calloc(cap, sizeof *x->bkey);
	x->bhead = malloc(cap * sizeof *x->bhead);
	if (!x->bkey || !x->bhead)
		return GEOKG_ENOMEM;
	for (size_t i = 0; i < cap; i++)
		x->bhead[i] = -1;
	/* insert in reverse so that chains keep the original order */
	for (size_t j = x->nnames; j-- > 0;) {
		size_t s = bucket_slot(x, x->names[j].h[0]);
		x->bkey[s] = x->names[j].h[0];
		x->names[j].next = x->bhead[s];
		x->bhead[s] = (int32_t)j;
	}
	return 0;
}

static xword *word_slot(const geokg_extractor *x, const char *w, size_t n,
                        uint32_t h)
{
	size_t i = (h * 2654435761u) & (x->wcap - 1);
	while (x->words[i].key) {
		if (x->words[i].hash == h && strlen(x->words[i].key) == n &&
		    memcmp(x->words[i].key, w, n) == 0)
			break;
		i = (i + 1) & (x->wcap - 1);
	}
	return &x->words[i];
}

static int build_words(geokg_extractor *x)
{
	size_t n = 0, cap = 64;
	for (size_t i = 0; geokg__lex_words[i].word; i++)
		n++;
	for (size_t i = 0; geokg__lex_triggers[i].word; i++)
		n++;
	while (cap < n * 2 + 16)
		cap *= 2;
	x->wcap = cap;
	x->words = calloc(cap, sizeof *x->words);
	if (!x->words)
		return GEOKG_ENOMEM;
	for (size_t i = 0; geokg__lex_words[i].word; i++) {
		const char *w = geokg__lex_words[i].word;
		uint32_t h = geokg__fold_hash(w, strlen(w));
		xword *s = word_slot(x, w, strlen(w), h);
		if (!s->key) {
			s->key = w;
			s->hash = h;
			s->trig = -1;
		}
		s->cls |= geokg__lex_words[i].cls;
	}
	for (size_t i = 0; geokg__lex_triggers[i].word; i++) {
		const char *w = geokg__lex_triggers[i].word;
		uint32_t h = geokg__fold_hash(w, strlen(w));
		xword *s = word_slot(x, w, strlen(w), h);
		if (!s->key) {
			s->key = w;
			s->hash = h;
		}
		s->trig = (int16_t)i;
		s->cls |= W_TRIG;
	}
	return 0;
}

int geokg_extractor_new(geokg_extractor **out, const geokg_graph *world,
                        geokg_error *err)
{
	geokg_extractor *x;
	int rc = 0;
	*out = NULL;
	x = calloc(1, sizeof *x);
	if (!x)
		return geokg__nomem(err);
	if ((rc = geokg_graph_new(&x->world, err)) ||
	    (world && (rc = geokg_graph_merge(x->world, world, NULL, NULL, err))))
		goto done;
	for (size_t i = 0; i < geokg_graph_node_count(x->world); i++)
		if ((rc = index_node(x, geokg_graph_node(x->world, i), (int32_t)i)))
			goto nomem;
	if ((rc = build_buckets(x)) || (rc = build_words(x)))
		goto nomem;
	*out = x;
	return 0;
nomem:
	rc = geokg__nomem(err);
done:
	geokg_extractor_free(x);
	return rc;
}

void geokg_extractor_free(geokg_extractor *x)
{
	if (!x)
		return;
	geokg_graph_free(x->world);
	free(x->names);
	free(x->bkey);
	free(x->bhead);
	free(x->roles);
	free(x->words);
	free(x);
}

/* ---- Per-call state ------------------------------------------------- */

/* A mention: tokens [a, b) standing for one or more actors. */
enum { MK_ACTOR = 0, MK_WEAK, MK_DEAD };
enum { MF_POSS = 1, MF_PRON = 2, MF_DEMONYM = 4, MF_METONYM = 8,
       MF_PLURAL = 16, MF_CIVIL = 32, MF_ORIGIN = 64, MF_TITLE = 128,
       MF_VISITOR = 256 };

typedef struct xment {
	int a, b;
	int kind, flags;
	int n;
	int32_t ref[MAXG];
} xment;

/* An argument: a group of actors. */
typedef struct xarg {
	int n;
	int32_t ref[MAXG];
	int first, last; /* first and last mention */
} xarg;

typedef struct xlocal {
	char id[72];
	char name[96];
	const char *country;
} xlocal;

typedef struct xalias {
	uint32_t h;
	int32_t ref;
} xalias;

typedef struct xdoc {
	const geokg_extractor *x;
	const char *docid, *date;
	geokg_graph *g;
	geokg_extract_info info;
	xlocal *loc;
	size_t nloc, caploc;
	xalias *al;
	size_t nal, capal;
	/* antecedents, most recent first */
	int32_t lastp[4], lastc[4];
	size_t np, nc;
	size_t sent_p, sent_c; /* sentence of the last person / country */
	int32_t prk, kor;      /* the Koreas, once named ("the North") */
	int32_t subj;          /* the state a sentence opened with, or -1 */
	size_t subj_sent;      /* ... and that sentence */
	/* the sentence */
	const geokg__sent *s;
	xment m[MAXM];
	int nm;
	int mof[NTOK];       /* mention covering each token, or -1 */
	uint64_t cls[NTOK];
	int16_t trig[NTOK];
	int used[NTOK];      /* trigger consumed by another frame */
	int have_text;
	char text[16384];
	int allow_civil; /* sanctions reach "US firms", "Russian banks" */
	xarg last_sanc;  /* who imposed the last sanctions seen */
	int have_sanc;
	xarg last_sanc_dst;     /* ... on whom */
	size_t last_sanc_sent;  /* ... in which sentence */
	int headline;    /* the sentence is in title case */
	int give_frame;  /* "gave Ukraine weapons": two bare objects */
	/* who asks for the relation ("X urged Y to ...") */
	xarg rq;
	int have_rq, rq_at;
	int rq_np; /* the cue governs the relation noun ("pressed for U.N.
	            * sanctions on B") */
	/* last supplies of this sentence (for "in return") */
	int32_t last_src[MAXG];
	int nlast_src;
	int32_t last_dst[MAXG];
	int nlast_dst;
} xdoc;

static const char *tok_fold(const xdoc *d, int i)
{
	return d->s->buf + d->s->toks[i].fold;
}

static int tok_is(const xdoc *d, int i, const char *w)
{
	return i >= 0 && (size_t)i < d->s->n && strcmp(tok_fold(d, i), w) == 0;
}

static unsigned tflags(const xdoc *d, int i)
{
	return d->s->toks[i].flags;
}

static int is_punct(const xdoc *d, int i, char c)
{
	return i >= 0 && (size_t)i < d->s->n &&
	       (tflags(d, i) & GEOKG__T_PUNCT) && d->s->toks[i].punct == c;
}

/* ---- Actors --------------------------------------------------------- */

static const geokg_node *wnode(const xdoc *d, int32_t ref)
{
	return geokg_graph_node(d->x->world, (size_t)ref);
}

static geokg_kind ref_kind(const xdoc *d, int32_t ref)
{
	return ref < 0 ? GEOKG_KIND_PERSON : wnode(d, ref)->kind;
}

/* The state (or organisation) an actor stands for. */
static const char *ref_country(const xdoc *d, int32_t ref)
{
	const geokg_node *n;
	if (ref < 0)
		return d->loc[-ref - 1].country;
	n = wnode(d, ref);
	return n->kind == GEOKG_KIND_PERSON ? n->country : n->id;
}

static int32_t find_country(const xdoc *d, const char *id)
{
	long k;
	if (!id)
		return -1;
	k = geokg_graph_find(d->x->world, id);
	return k < 0 ? -1 : (int32_t)k;
}

/* Whether a role held from start to end covers the article's date. */
static int role_at(const xdoc *d, const char *start, const char *end)
{
	if (!d->date)
		return end == NULL;
	if (start && strcmp(start, d->date) > 0)
		return 0;
	if (end && strcmp(end, d->date) < 0)
		return 0;
	return 1;
}

/* Does person `ref` hold any role at the article's date? */
static int person_current(const xdoc *d, int32_t ref)
{
	const geokg_node *n;
	if (ref < 0)
		return 1;
	n = wnode(d, ref);
	for (size_t k = 0; k < n->n_roles; k++)
		if (role_at(d, n->roles[k].start, n->roles[k].end))
			return 1;
	return 0;
}

static const char *ref_id(const xdoc *d, int32_t ref)
{
	return ref < 0 ? d->loc[-ref - 1].id : wnode(d, ref)->id;
}

/* The node number of an actor in the output graph, adding it. */
static int out_node(xdoc *d, int32_t ref, size_t *idx, geokg_error *err)
{
	geokg_node nd;
	long k;
	if (ref >= 0) {
		const geokg_node *w = wnode(d, ref);
		k = geokg_graph_find(d->g, w->id);
		if (k >= 0) {
			*idx = (size_t)k;
			return 0;
		}
		memset(&nd, 0, sizeof nd);
		nd.id = w->id;
		nd.kind = w->kind;
		nd.name = w->name;
		nd.country = w->country;
		nd.n_aliases = w->n_aliases;
		nd.aliases = w->aliases;
		return geokg_graph_add_node(d->g, &nd, idx, err);
	}
	{
		const xlocal *l = &d->loc[-ref - 1];
		k = geokg_graph_find(d->g, l->id);
		if (k >= 0) {
			*idx = (size_t)k;
			return 0;
		}
		memset(&nd, 0, sizeof nd);
		nd.id = l->id;
		nd.kind = GEOKG_KIND_PERSON;
		nd.name = l->name;
		nd.country = l->country;
		return geokg_graph_add_node(d->g, &nd, idx, err);
	}
}

/* Cut a UTF-8 sequence that a length bound split at the end of s (n
 * bytes): the new length, s NUL-terminated there. */
static size_t utf8_cut(char *s, size_t n)
{
	size_t i = n, want;
	unsigned char lead;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && n - i < 3)
		i--;
	if (i == 0 || (unsigned char)s[i - 1] < 0xC0)
		return n; /* ends in ASCII or in a whole sequence */
	lead = (unsigned char)s[i - 1];
	want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
	if (n - (i - 1) < want) {
		n = i - 1;
		s[n] = '\0';
	}
	return n;
}

/* A new person met in the text ("Kremlin spokesman Dmitry Peskov"). */
static int32_t local_person(xdoc *d, int a, int b, const char *country)
{
	char name[96], id[72];
	size_t n = utf8_cut(name, geokg__sent_text(d->s, (size_t)a, (size_t)b,
	                                           name, sizeof name));
	size_t j = 0;
	int dash = 0;
	for (size_t i = 0; i < n && j + 2 < sizeof id; i++) {
		unsigned char c = (unsigned char)name[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
			id[j++] = (char)c;
			dash = 0;
		} else if (c >= 'A' && c <= 'Z') {
			id[j++] = (char)(c + 32);
			dash = 0;
		} else if (!dash && j > 0) {
			id[j++] = '-';
			dash = 1;
		}
	}
	id[j] = 0;
	j = utf8_cut(id, j); /* the bound on id may split a character */
	while (j > 0 && id[j - 1] == '-')
		j--;
	id[j] = 0;
	if (j == 0)
		return INT32_MIN;
	/* the same person again, or a world person of that id */
	for (size_t k = 0; k < d->nloc; k++)
		if (strcmp(d->loc[k].id, id) == 0)
			return -(int32_t)k - 1;
	{
		long w = geokg_graph_find(d->x->world, id);
		if (w >= 0 && wnode(d, (int32_t)w)->kind == GEOKG_KIND_PERSON)
			return (int32_t)w;
	}
	if (geokg__grow(&d->loc, &d->caploc, d->nloc + 1, sizeof *d->loc))
		return INT32_MIN;
	memcpy(d->loc[d->nloc].id, id, j + 1);
	memcpy(d->loc[d->nloc].name, name, n + 1);
	d->loc[d->nloc].country = country;
	d->nloc++;
	return -(int32_t)d->nloc;
}

/* Remember a surname ("Karzai") for later mentions in this document. */
static void add_surname(xdoc *d, uint32_t h, int32_t ref)
{
	for (size_t k = 0; k < d->nal; k++)
		if (d->al[k].h == h) {
			d->al[k].ref = ref;
			return;
		}
	if (geokg__grow(&d->al, &d->capal, d->nal + 1, sizeof *d->al))
		return;
	d->al[d->nal].h = h;
	d->al[d->nal].ref = ref;
	d->nal++;
}

static void push_ante(int32_t *l, size_t *n, int32_t ref)
{
	size_t i, k = *n;
	for (i = 0; i < k; i++)
		if (l[i] == ref)
			break;
	if (i == k && k < 4)
		(*n)++;
	if (i == k)
		i = k < 4 ? k : 3;
	memmove(l + 1, l, i * sizeof *l);
	l[0] = ref;
}

static void note_actor(xdoc *d, int32_t ref)
{
	if (ref >= 0 && wnode(d, ref)->kind == GEOKG_KIND_COUNTRY) {
		if (strcmp(wnode(d, ref)->id, "PRK") == 0)
			d->prk = ref + 1;
		else if (strcmp(wnode(d, ref)->id, "KOR") == 0)
			d->kor = ref + 1;
	}
	if (ref_kind(d, ref) == GEOKG_KIND_PERSON) {
		push_ante(d->lastp, &d->np, ref);
		d->sent_p = d->s->index;
	} else {
		push_ante(d->lastc, &d->nc, ref);
		d->sent_c = d->s->index;
	}
}

/* ---- Mentions ------------------------------------------------------- */

static int add_ment(xdoc *d, int a, int b, int kind, int flags, int32_t ref)
{
	if ((flags & MF_PRON) && b == a + 1 && (d->cls[a] & W_DET))
		flags |= MF_POSS;
	xment *m;
	if (d->nm >= MAXM)
		return -1;
	m = &d->m[d->nm];
	m->a = a;
	m->b = b;
	m->kind = kind;
	m->flags = flags;
	m->n = 1;
	m->ref[0] = ref;
	if (b < (int)d->s->n && (tflags(d, b) & GEOKG__T_POSS))
		m->flags |= MF_POSS;
	return d->nm++;
}

/* The longest name at token i: its length, and the chosen name. */
static int match_name(const xdoc *d, int i, const xname **best)
{
	const geokg_extractor *x = d->x;
	const geokg__tok *t = d->s->toks;
	int n = (int)d->s->n, bestn = 0, bestscore = -1;
	size_t slot = bucket_slot(x, t[i].hash);
	*best = NULL;
	for (int32_t j = x->bhead[slot]; j >= 0; j = x->names[j].next) {
		const xname *e = &x->names[j];
		int k, score;
		if (e->n < bestn || i + e->n > n)
			continue;
		for (k = 0; k < e->n; k++)
			if (t[i + k].hash != e->h[k] ||
			    (t[i + k].flags & GEOKG__T_DATELINE))
				break;
		if (k < e->n)
			continue;
		if (e->upper && !(t[i].flags & (GEOKG__T_UPPER | GEOKG__T_DOT)))
			continue;
		if (e->mt != MT_NAME && e->mt != MT_METONYM && e->n == 1 &&
		    (t[i].flags & GEOKG__T_UPPER) && t[i].flen <= 2)
			continue;
		/* prefer: longer, then a current person, then a name */
		score = 2 * ((e->mt == MT_NAME ? 4 : e->mt == MT_SURNAME ? 0 : 2) +
		             !e->amb) +
		        (wnode(d, e->ref)->kind == GEOKG_KIND_COUNTRY);
		if (x->names[j].ref >= 0 &&
		    wnode(d, e->ref)->kind == GEOKG_KIND_PERSON)
			score += person_current(d, e->ref) ? 16 : 0;
		if (e->n > bestn || score > bestscore) {
			bestn = e->n;
			bestscore = score;
			*best = e;
		}
	}
	return bestn;
}

/* Is token b a past-tense verb ("Turkey took delivery", "Jordan
 * condemned")? */
static int past_verb(const xdoc *d, int b)
{
	static const char *const irr[] = {
		"took", "made", "gave", "won", "held", "began", "became", "put",
		"struck", "lost", "kept", "brought", "sought", "chose", "drew", NULL};
	size_t n = d->s->toks[b].flen;
	const char *w = tok_fold(d, b);
	if (tflags(d, b) & (GEOKG__T_HYPH | GEOKG__T_NUM))
		return 0;
	if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd')
		return 1;
	for (int i = 0; irr[i]; i++)
		if (strcmp(w, irr[i]) == 0)
			return 1;
	return 0;
}

/* An ambiguous name ("Chad", "Jordan") needs a context: no capitalised
 * neighbour that would make it part of a longer name, not a sentence's
 * first word. */
static int ambiguous_ok(const xdoc *d, int a, int b, int person)
{
	int n = (int)d->s->n;
	const xname *e;
	/* in a title-case headline every word is capitalised: a capital
	 * says nothing there ("Karzai Visits Pakistan", "Blair, Bush Meet") */
	int verb_next = b < n && (tflags(d, b) & GEOKG__T_WORD) &&
	                (!(tflags(d, b) & GEOKG__T_CAP) || d->headline) &&
	                ((d->cls[b] & (W_SAY | W_AUX | W_EXP | W_POS | W_NEG |
	                               W_TRIG | W_COORD)) ||
	                 /* "Turkey took", "Jordan wants": states only; a
	                  * shared name of people needs the date */
	                 (!person && ((d->cls[b] & W_REQ) || past_verb(d, b))));
	if (a == 0 || (a > 0 && (tflags(d, a - 1) & GEOKG__T_DATELINE))) {
		/* "Turkey said", "Chad's army": a verb or possessive follows */
		if (b < n && ((tflags(d, b) & GEOKG__T_POSS) || verb_next ||
		              (d->headline && is_punct(d, b, ','))))
			return 1;
		return 0;
	}
	if (b < n && (tflags(d, b) & GEOKG__T_CAP) && d->mof[b] < 0 &&
	    !(tflags(d, b) & GEOKG__T_POSS) && !verb_next &&
	    !((tflags(d, b) & GEOKG__T_HYPH) && match_name(d, b, &e) > 0))
		return 0; /* (but "a Bush-Putin summit" is a pair) */
	if (b < n && (tflags(d, b) & GEOKG__T_NUM))
		return 0;
	if (a > 0 && (tflags(d, a - 1) & GEOKG__T_CAP) &&
	    (tflags(d, a - 1) & GEOKG__T_WORD) && d->mof[a - 1] < 0 &&
	    d->cls[a - 1] == 0)
		return 0;
	return 1;
}

/* Is e a listed name of a person ("Hariri", shared by two people)
 * that exactly one person holds an office under on the article's date
 * (the date tells who it is)?  Not a surname taken from a full name:
 * those are often plain words ("Sun", "Martin"). */
static int dated_alias(const xdoc *d, const xname *e, int i)
{
	const geokg_extractor *x = d->x;
	const geokg__tok *t = d->s->toks;
	int32_t who = -1;
	if (!d->date || (e->mt != MT_ALIAS && e->mt != MT_NAME) ||
	    wnode(d, e->ref)->kind != GEOKG_KIND_PERSON)
		return 0;
	for (int32_t j = x->bhead[bucket_slot(x, t[i].hash)]; j >= 0;
	     j = x->names[j].next) {
		const xname *o = &x->names[j];
		int k;
		if (o->n != e->n || i + o->n > (int)d->s->n)
			continue;
		for (k = 0; k < o->n && t[i + k].hash == o->h[k]; k++)
			;
		if (k < o->n || o->ref == who)
			continue;
		if (wnode(d, o->ref)->kind != GEOKG_KIND_PERSON)
			return 0;
		if (!person_current(d, o->ref))
			continue;
		if (who >= 0)
			return 0;
		who = o->ref;
	}
	return who == e->ref;
}

/* Does a name [a, b) open the sentence with a verb after it ("Hariri
 * resigns during Saudi visit", "Hariri Resigns")? */
static int sentence_subject(const xdoc *d, int a, int b)
{
	if (a > 0 && !(tflags(d, a - 1) & GEOKG__T_DATELINE))
		return 0;
	return b < (int)d->s->n && (tflags(d, b) & GEOKG__T_WORD) &&
	       !(tflags(d, b) & GEOKG__T_NUM) &&
	       (!(tflags(d, b) & GEOKG__T_CAP) || d->headline) &&
	       !(d->cls[b] & (W_PREP | W_DET | W_AGENT | W_TITLE | W_PEOPLE));
}

static void mark(xdoc *d, int k)
{
	for (int i = d->m[k].a; i < d->m[k].b; i++)
		d->mof[i] = k;
}

/* Step 1: names from the world graph and surnames met before. */
static void find_names(xdoc *d)
{
	int n = (int)d->s->n;
	for (int i = 0; i < n; i++) {
		const geokg__tok *t = &d->s->toks[i];
		const xname *e, *e2;
		int len, k;
		if (t->flags & GEOKG__T_DATELINE)
			continue;
		if (!(t->flags & (GEOKG__T_CAP | GEOKG__T_DOT)))
			continue;
		len = match_name(d, i, &e);
		if (len > 0) {
			int flags = e->mt == MT_DEMONYM ? MF_DEMONYM :
			            e->mt == MT_METONYM ? MF_METONYM : 0;
			if (e->amb &&
			    !ambiguous_ok(d, i, i + len,
			                  wnode(d, e->ref)->kind == GEOKG_KIND_PERSON) &&
			    !(dated_alias(d, e, i) && sentence_subject(d, i, i + len)))
				continue;
			/* "King Salman Air Base": a person's name inside a place's */
			if (e->ref >= 0 && wnode(d, e->ref)->kind == GEOKG_KIND_PERSON &&
			    i + len < n && !d->headline &&
			    (tflags(d, i + len) & GEOKG__T_CAP) &&
			    (tflags(d, i + len) & GEOKG__T_WORD) &&
			    !(tflags(d, i + len) & GEOKG__T_POSS) &&
			    d->cls[i + len] == 0 && match_name(d, i + len, &e2) == 0)
				continue;
			/* "Flynn Intel Group": a surname inside another name (not
			 * "the Blair-Putin summit") */
			if (len == 1 && e->mt != MT_NAME && e->mt != MT_DEMONYM &&
			    e->mt != MT_METONYM && i + 1 < n &&
			    (tflags(d, i + 1) & GEOKG__T_CAP) &&
			    (tflags(d, i + 1) & GEOKG__T_WORD) && !d->headline &&
			    !((tflags(d, i + 1) & GEOKG__T_HYPH) &&
			      match_name(d, i + 1, &e2) > 0))
				continue;
			/* "Chinese-made jets": where goods come from */
			if (i + len + 1 < n && (tflags(d, i + len) & GEOKG__T_HYPH) &&
			    (tok_is(d, i + len, "made") || tok_is(d, i + len, "built") ||
			     tok_is(d, i + len, "designed") ||
			     tok_is(d, i + len, "manufactured"))) {
				k = add_ment(d, i, i + len, MK_WEAK, MF_DEMONYM, e->ref);
				if (k < 0)
					return;
				mark(d, k);
				i += len;
				continue;
			}
			/* "one-China", "pro-Moscow", "U.S.-led": a modifier */
			if (((t->flags & GEOKG__T_HYPH) && i > 0 &&
			     !(tflags(d, i - 1) & GEOKG__T_CAP)) ||
			    (i + len < n && (tflags(d, i + len) & GEOKG__T_HYPH) &&
			     !(tflags(d, i + len) & GEOKG__T_CAP))) {
				i += len - 1;
				continue;
			}
			/* a demonym inside a name we do not know ("the Russian
			 * Orthodox Church") is still a demonym */
			k = add_ment(d, i, i + len, MK_ACTOR, flags, e->ref);
			if (k < 0)
				return;
			if (e->mt == MT_DEMONYM && d->s->buf[t->fold + t->flen - 1] == 's')
				d->m[k].flags |= MF_PLURAL;
			mark(d, k);
			/* the surname of a full name counts from now on */
			if (len >= 2 && ref_kind(d, e->ref) == GEOKG_KIND_PERSON) {
				add_surname(d, d->s->toks[i + len - 1].hash, e->ref);
				if (family_first(ref_country(d, e->ref)))
					add_surname(d, d->s->toks[i].hash, e->ref);
			}
			i += len - 1;
			continue;
		}
		for (size_t a = 0; a < d->nal; a++)
			if (d->al[a].h == t->hash && (t->flags & GEOKG__T_CAP) &&
			    (i + 1 >= n || !(tflags(d, i + 1) & GEOKG__T_CAP) ||
			     (tflags(d, i + 1) & GEOKG__T_POSS))) {
				k = add_ment(d, i, i + 1, MK_ACTOR, 0, d->al[a].ref);
				if (k >= 0)
					mark(d, k);
				break;
			}
	}
}

/* Is token i a word that may be part of a person's name? */
static int name_word(const xdoc *d, int i)
{
	unsigned f = tflags(d, i);
	/* "Moon Jae-in", "Kang Kyung-wha" */
	if ((f & GEOKG__T_HYPH) && (f & GEOKG__T_WORD) && !(f & GEOKG__T_NUM) &&
	    i > 0 && (tflags(d, i - 1) & GEOKG__T_CAP) && d->mof[i] < 0 &&
	    d->s->toks[i].flen <= 4)
		return 1;
	if (!(f & GEOKG__T_WORD) || !(f & GEOKG__T_CAP) || (f & GEOKG__T_NUM))
		return 0;
	if (f & GEOKG__T_DATELINE)
		return 0;
	if (d->cls[i] & (W_TITLE | W_TMOD | W_DET | W_PREP | W_BOUND | W_SAY |
	                 W_AUX | W_COORD | W_PRON_P | W_PRON_C | W_PRON_G |
	                 W_TRIG | W_AGENT | W_EXP | W_NEG | W_TIME))
		return 0;
	return d->mof[i] < 0;
}

/* The holder of a role phrase (tokens [a, b)) for country `of` at the
 * article's date, or -1. */
static int32_t role_holder(const xdoc *d, int a, int b, const char *of)
{
	const geokg_extractor *x = d->x;
	int32_t found = -1;
	for (int s = a; s < b; s++) {
		for (size_t r = 0; r < x->nroles; r++) {
			const xrole *e = &x->roles[r];
			int k;
			if (s + e->n != b || strcmp(e->of, of) != 0)
				continue;
			for (k = 0; k < e->n; k++)
				if (d->s->toks[s + k].hash != e->h[k])
					break;
			if (k < e->n)
				continue;
			if (!d->date) {
				/* no date: only a role one person ever held */
				if (found >= 0 && found != e->person)
					return -1;
				found = e->person;
				continue;
			}
			if (!role_at(d, e->start, e->end))
				continue;
			found = e->person;
			break;
		}
		if (found >= 0)
			return found;
	}
	return -1;
}

/* Is the title [a, b) a head of state, government or organisation? */
static int head_title(const xdoc *d, int a, int b)
{
	static const char *const heads[] = {
		"president", "premier", "leader", "chancellor", "king", "queen",
		"emir", "monarch", "secretary-general", "dictator", "ayatollah",
		"president-elect", NULL};
	const char *last = tok_fold(d, b - 1);
	if (tok_is(d, b - 1, "general") && b - 2 >= a && tok_is(d, b - 2, "secretary"))
		return 1; /* "Secretary-General" */
	if (tok_is(d, b - 1, "minister"))
		return b - 2 >= a && tok_is(d, b - 2, "prime");
	for (int i = 0; heads[i]; i++)
		if (strcmp(last, heads[i]) == 0)
			return !(b - 2 >= a && (tok_is(d, b - 2, "vice") ||
			                        tok_is(d, b - 2, "deputy")));
	return 0;
}

/* Kill mention k (absorbed into another). */
static void kill(xdoc *d, int k)
{
	for (int i = d->m[k].a; i < d->m[k].b; i++)
		if (d->mof[i] == k)
			d->mof[i] = -1;
	d->m[k].kind = MK_DEAD;
}

/* The country or organisation modifying a title that starts at token ta:
 * "Russian", "Russia's", "Kremlin", "the country's".  *ma receives the
 * first token of the modifier; returns the actor or -1. */
static int32_t title_modifier(xdoc *d, int ta, int *ma, int *mk)
{
	int j = ta - 1;
	*mk = -1;
	if (j >= 0 && (tflags(d, j) & GEOKG__T_POSS))
		j--;
	if (j < 0)
		return -1;
	if (d->mof[j] >= 0) {
		xment *m = &d->m[d->mof[j]];
		if (m->kind == MK_ACTOR && m->n == 1 &&
		    ref_kind(d, m->ref[0]) != GEOKG_KIND_PERSON &&
		    (j == ta - 1 || (m->flags & MF_POSS))) {
			*ma = m->a;
			*mk = d->mof[j];
			return m->ref[0];
		}
		/* "Trump's defense secretary": someone of Trump's state */
		if (m->kind == MK_ACTOR && m->n == 1 && (m->flags & MF_POSS) &&
		    ref_kind(d, m->ref[0]) == GEOKG_KIND_PERSON) {
			int32_t c = find_country(d, ref_country(d, m->ref[0]));
			if (c >= 0) {
				*ma = m->a;
				*mk = d->mof[j];
				return c;
			}
		}
		return -1;
	}
	/* "the country's", "the nation's" */
	if ((d->cls[j] & W_NATION1) && tok_is(d, j - 1, "the") && j < ta - 1) {
		/* the nearest country named before it in the sentence */
		for (int k = d->nm - 1; k >= 0; k--)
			if (d->m[k].kind != MK_DEAD && d->m[k].b <= j - 1 &&
			    ref_kind(d, d->m[k].ref[0]) == GEOKG_KIND_COUNTRY) {
				*ma = j - 1;
				return d->m[k].ref[0];
			}
		if (d->nc > 0 && d->s->index - d->sent_c <= 2 &&
		    ref_kind(d, d->lastc[0]) == GEOKG_KIND_COUNTRY) {
			*ma = j - 1;
			return d->lastc[0];
		}
	}
	return -1;
}

/* Step 2: titles.  "Afghan President Hamid Karzai" (absorbs the
 * demonym), "the Russian president" (by role and date, else the
 * country), "Kremlin spokesman Dmitry Peskov" (a new person). */
static void find_titles(xdoc *d)
{
	int n = (int)d->s->n;
	for (int i = 0; i < n; i++) {
		int ta, tb, ma, mk, k, plural;
		int32_t c, p;
		if (!(d->cls[i] & W_TITLE) || d->mof[i] >= 0 ||
		    (tflags(d, i) & GEOKG__T_DATELINE))
			continue;
		ta = i;
		while (ta > 0 && (d->cls[ta - 1] & (W_TMOD | W_TITLE)) &&
		       d->mof[ta - 1] < 0)
			ta--;
		tb = i + 1;
		while (tb < n && (d->cls[tb] & (W_TMOD | W_TITLE)) &&
		       d->mof[tb] < 0 && !(tflags(d, tb) & GEOKG__T_POSS))
			tb++;
		/* "secretary of state", "secretary of defense" */
		if (tb + 1 < n && tok_is(d, tb - 1, "secretary") && tok_is(d, tb, "of") &&
		    (tok_is(d, tb + 1, "state") || tok_is(d, tb + 1, "defense") ||
		     tok_is(d, tb + 1, "defence") || tok_is(d, tb + 1, "commerce")))
			tb += 2;
		plural = d->s->buf[d->s->toks[tb - 1].fold +
		                   d->s->toks[tb - 1].flen - 1] == 's' &&
		         !(d->cls[tb - 1] & W_TITLE && tok_is(d, tb - 1, "chiefs") == 0 &&
		           d->s->toks[tb - 1].flen > 3 && 0);
		ma = ta;
		c = title_modifier(d, ta, &ma, &mk);
		/* a known person after the title */
		if (tb < n && d->mof[tb] >= 0 &&
		    ref_kind(d, d->m[d->mof[tb]].ref[0]) == GEOKG_KIND_PERSON &&
		    d->m[d->mof[tb]].n == 1) {
			xment *m = &d->m[d->mof[tb]];
			if (mk >= 0)
				kill(d, mk);
			m->a = ma;
			mark(d, d->mof[tb]);
			i = m->b - 1;
			continue;
		}
		/* an unknown name: two to four capitalised words */
		k = tb;
		while (k < n && k - tb < 4 && name_word(d, k))
			k++;
		if (k - tb >= 2 || (k - tb == 1 && (tflags(d, tb) & GEOKG__T_HYPH))) {
			const char *cc = NULL;
			if (c >= 0)
				cc = ref_country(d, c);
			else if (k + 1 < n && tok_is(d, k, "of") && d->mof[k + 1] >= 0 &&
			         ref_kind(d, d->m[d->mof[k + 1]].ref[0]) !=
			             GEOKG_KIND_PERSON)
				cc = ref_country(d, d->m[d->mof[k + 1]].ref[0]);
			if (cc) {
				p = local_person(d, tb, k, cc);
				if (p != INT32_MIN) {
					int q;
					if (mk >= 0)
						kill(d, mk);
					q = add_ment(d, ma, k, MK_ACTOR, 0, p);
					if (q >= 0) {
						mark(d, q);
						add_surname(d, d->s->toks[k - 1].hash, p);
					}
				}
				i = k - 1;
				continue;
			}
		}
		/* no name: the office holder by date, else the state (or the
		 * organisation: "the EU's foreign policy chief") itself */
		if (c >= 0 && ref_kind(d, c) != GEOKG_KIND_PERSON) {
			int q;
			int office = 0; /* "State Department spokesman": one of many */
			for (int j = ma; j < tb; j++)
				if (tok_is(d, j, "department") || tok_is(d, j, "ministry") ||
				    tok_is(d, j, "office"))
					office = 1;
			/* heads of state and government are pointed to by their
			 * title ("the Russian president"); an unnamed minister or
			 * official stands for the state ("Italy's Interior
			 * Minister") */
			if (!head_title(d, ta, tb))
				office = 1;
			p = plural || office ? -1 : role_holder(d, ta, tb, ref_country(d, c));
			if (mk >= 0)
				kill(d, mk);
			q = add_ment(d, ma, tb, MK_ACTOR, MF_TITLE, p >= 0 ? p : c);
			if (q >= 0)
				mark(d, q);
			i = tb - 1;
		}
	}
}

/* Step 3: demonyms ("Russian officials" acts, "Russian fighters" does
 * not), possessives ("Russia's Lavrov"), and "Kim's people". */
static void find_demonyms(xdoc *d)
{
	int n = (int)d->s->n;
	for (int k = 0; k < d->nm; k++) {
		xment *m = &d->m[k];
		int j;
		if (m->kind != MK_ACTOR)
			continue;
		if (m->flags & MF_DEMONYM) {
			int agent = 0, noun = 0;
			for (j = m->b; j < n && j < m->b + 3; j++) {
				if (d->cls[j] & W_AGENT) {
					agent = 1;
					break;
				}
				if (!(d->cls[j] & (W_TMOD | W_DET)) || d->mof[j] >= 0)
					break;
			}
			if (!agent && j < n && (d->cls[j] & W_CIVIL))
				m->flags |= MF_CIVIL;
			if (!agent && m->b < n && (tflags(d, m->b) & GEOKG__T_WORD) &&
			    !(d->cls[m->b] & (W_PREP | W_COORD | W_AUX | W_SAY | W_BOUND |
			                      W_EXP | W_POS | W_NEG | W_REL | W_THAT)) &&
			    d->mof[m->b] < 0)
				noun = 1;
			if (agent) {
				m->b = j + 1;
				if (m->b < n && (tflags(d, m->b) & GEOKG__T_POSS))
					m->flags |= MF_POSS;
				mark(d, k);
			} else if ((m->flags & MF_PLURAL) && m->a > 0 &&
			           tok_is(d, m->a - 1, "the")) {
				/* "the Palestinians resumed talks": the people act */
			} else if (noun) {
				m->kind = MK_WEAK;
			} else if (!(m->flags & MF_PLURAL) &&
			           !(m->a > 0 && tok_is(d, m->a - 1, "the"))) {
				m->kind = MK_WEAK; /* "is Russian." */
			}
			continue;
		}
		/* "a U.S. request", "UN workers", "US firms": a modifier */
		if (ref_kind(d, m->ref[0]) != GEOKG_KIND_PERSON &&
		    !(m->flags & (MF_POSS | MF_TITLE))) {
			int q = m->a - 1, civil = 0;
			while (q >= 0 && (d->cls[q] & (W_TMOD)) && d->mof[q] < 0)
				q--;
			for (j = m->b; j < n && j < m->b + 3; j++) {
				if (d->cls[j] & W_CIVIL) {
					civil = 1;
					break;
				}
				if (d->mof[j] >= 0 || !(tflags(d, j) & GEOKG__T_WORD) ||
				    (tflags(d, j) & GEOKG__T_CAP) ||
				    (d->cls[j] & ~(uint64_t)(W_TMOD | W_DET)) || d->trig[j] >= 0)
					break;
			}
			/* ... but "a UN delegation", "an EU envoy" act */
			if (civil || (q >= 0 && (tok_is(d, q, "a") || tok_is(d, q, "an")) &&
			              !(j < n && j == m->b && d->mof[j] < 0 &&
			                (d->cls[j] & W_AGENT) && !(d->cls[j] & W_GOODS) &&
			                !(j + 1 < n && (tflags(d, j + 1) & GEOKG__T_WORD) &&
			                  !(tflags(d, j + 1) & GEOKG__T_CAP) &&
			                  (d->cls[j + 1] == 0 ||
			                   (d->cls[j + 1] & W_CIVIL)) &&
			                  d->trig[j + 1] < 0)))) {
				m->kind = MK_WEAK;
				m->flags |= civil ? MF_CIVIL : 0;
				continue;
			}
			/* "U.S. weapons", "Russian gas": where goods come from */
			if (m->b < n && (d->cls[m->b] & W_GOODS) && d->trig[m->b] < 0) {
				m->kind = MK_WEAK;
				m->flags |= MF_ORIGIN;
				continue;
			}
		}
		/* "Russia's Lavrov": the person speaks for the country */
		if ((m->flags & MF_POSS) && m->b + 1 < n && d->mof[m->b + 1] >= 0 &&
		    ref_kind(d, m->ref[0]) != GEOKG_KIND_PERSON) {
			xment *p = &d->m[d->mof[m->b + 1]];
			if (p->kind == MK_ACTOR && p->n == 1 &&
			    ref_kind(d, p->ref[0]) == GEOKG_KIND_PERSON) {
				p->a = m->a;
				kill(d, k);
				mark(d, (int)(p - d->m));
				continue;
			}
		}
		/* "Kim's people": the person's country */
		if ((m->flags & MF_POSS) && m->b + 1 < n &&
		    (d->cls[m->b + 1] & (W_PEOPLE | W_NATION1)) &&
		    ref_kind(d, m->ref[0]) == GEOKG_KIND_PERSON) {
			int32_t c = find_country(d, ref_country(d, m->ref[0]));
			if (c >= 0) {
				m->ref[0] = c;
				m->flags &= ~MF_POSS;
				m->b += 2;
				mark(d, k);
			}
		}
	}
}

/* "Mexican and American officials", "Chinese and U.S. diplomats": a
 * demonym coordinated with a state that heads an agent shares the
 * agent. */
static void coordinated_demonyms(xdoc *d)
{
	int n = (int)d->s->n;
	for (int k = 0; k < d->nm; k++) {
		xment *m = &d->m[k], *o;
		int j = m->b, q;
		if (m->kind != MK_WEAK || !(m->flags & MF_DEMONYM) || j + 1 >= n ||
		    (!(d->cls[j] & W_COORD) && !is_punct(d, j, ',')))
			continue;
		j++;
		if (j < n && (d->cls[j] & W_COORD))
			j++;
		if (j >= n || (q = d->mof[j]) < 0)
			continue;
		o = &d->m[q];
		if (o->kind == MK_ACTOR && o->a == j && o->n == 1 &&
		    ref_kind(d, o->ref[0]) == GEOKG_KIND_COUNTRY &&
		    (((o->flags & MF_DEMONYM) && o->b - o->a >= 2 &&
		      (d->cls[o->b - 1] & W_AGENT)) ||
		     (o->b < n && (d->cls[o->b] & W_AGENT))))
			m->kind = MK_ACTOR;
	}
}

/* Sort the live mentions by position and renumber. */
static void compact(xdoc *d)
{
	int j = 0;
	for (int k = 0; k < d->nm; k++)
		if (d->m[k].kind != MK_DEAD)
			d->m[j++] = d->m[k];
	d->nm = j;
	for (int a = 1; a < d->nm; a++) { /* insertion sort: few mentions */
		xment t = d->m[a];
		int b = a - 1;
		while (b >= 0 && d->m[b].a > t.a) {
			d->m[b + 1] = d->m[b];
			b--;
		}
		d->m[b + 1] = t;
	}
	for (int i = 0; i < (int)d->s->n; i++)
		d->mof[i] = -1;
	for (int k = 0; k < d->nm; k++)
		mark(d, k);
}

/* Is there a capitalised name we do not know between the last actor
 * and token i of this sentence ("The KRG says it")? */
static int unknown_before(const xdoc *d, int i)
{
	for (int j = i - 1; j > 0; j--) {
		if (d->mof[j] >= 0)
			return 0;
		if ((tflags(d, j) & GEOKG__T_CAP) && (tflags(d, j) & GEOKG__T_WORD) &&
		    d->cls[j] == 0 &&
		    !(tflags(d, j) & (GEOKG__T_DATELINE | GEOKG__T_HYPH)) &&
		    !(j + 1 < i && (tflags(d, j + 1) & GEOKG__T_HYPH)))
			return 1;
	}
	return 0;
}

static int hard_bound(const xdoc *d, int i);

/* A possessive pronoun ("its", "his") is an actor only as the possessor
 * of a relation noun ("its sanctions on", "his visit to"). */
static int possessor_ok(const xdoc *d, int i)
{
	int n = (int)d->s->n;
	if (!(d->cls[i] & W_DET))
		return 1;
	for (int j = i + 1; j < n && j <= i + 3; j++) {
		if (d->trig[j] >= 0)
			/* "its arrival" is often a ship's */
			return !(tok_is(d, i, "its") &&
			         geokg__lex_triggers[d->trig[j]].type == GEOKG_TYPE_MEETS);
		if (!(d->cls[j] & (W_DET | W_TMOD)) && (tflags(d, j) & GEOKG__T_WORD) &&
		    d->cls[j] != 0)
			return 0;
	}
	return 0;
}

/* Step 4: pronouns and anaphors, in order, with the antecedents updated
 * by the names as they come. */
/* "Kenya and Uganda ... the ministers of the two countries": the pair
 * of states coordinated before token `ma` in this sentence, into pick;
 * 2 if found, else 0. */
static int sentence_pair(const xdoc *d, int ma, int nm0, int32_t pick[2])
{
	for (int b = 0; b + 1 < nm0; b++)
		if (d->m[b].kind == MK_ACTOR && d->m[b + 1].kind == MK_ACTOR &&
		    d->m[b + 1].b <= ma && d->m[b].n == 1 && d->m[b + 1].n == 1 &&
		    ref_kind(d, d->m[b].ref[0]) == GEOKG_KIND_COUNTRY &&
		    ref_kind(d, d->m[b + 1].ref[0]) == GEOKG_KIND_COUNTRY &&
		    d->m[b + 1].a == d->m[b].b + 1 && tok_is(d, d->m[b].b, "and")) {
			pick[0] = d->m[b].ref[0];
			pick[1] = d->m[b + 1].ref[0];
			return 2;
		}
	return 0;
}

/* "their foreign ministers held talks", "their leaders met": "their"
 * before plural agents, with a meeting word just after, stands for a
 * pair of states: the pair coordinated before in this sentence, or the
 * two states last named in the sentence before ("Kenya and Uganda
 * disagreed. Their envoys met on Friday.").  Adds the mention over
 * [i, end of the agents); returns the token where the scan goes on. */
static int their_agents(xdoc *d, int i, int nm0)
{
	int n = (int)d->s->n, j = i + 1, q, ok = 0;
	int32_t pick[2];
	while (j < n && d->mof[j] < 0 && (d->cls[j] & W_TMOD) &&
	       !(d->cls[j] & (W_AGENT | W_LEADERS)))
		j++;
	if (j >= n || d->mof[j] >= 0 || !(d->cls[j] & (W_AGENT | W_LEADERS)) ||
	    d->s->toks[j].flen < 3 || tok_fold(d, j)[d->s->toks[j].flen - 1] != 's')
		return i;
	for (q = j + 1; q < n && q <= j + 4 && !ok; q++) {
		if (d->mof[q] >= 0 || hard_bound(d, q) || is_punct(d, q, ','))
			break;
		ok = d->trig[q] >= 0 &&
		     geokg__lex_triggers[d->trig[q]].type == GEOKG_TYPE_MEETS;
	}
	if (!ok)
		return i;
	if (sentence_pair(d, i, nm0, pick) < 2) {
		int np = 0;
		for (int b = 0; b < nm0; b++)
			if (d->m[b].a < i && d->m[b].kind == MK_ACTOR)
				return i; /* someone else of this sentence's */
		if (d->nc < 2 || d->s->index - d->sent_c > 1)
			return i;
		for (size_t a = 0; a < 2; a++)
			if (ref_kind(d, d->lastc[a]) == GEOKG_KIND_COUNTRY)
				pick[np++] = d->lastc[a];
		if (np < 2)
			return i;
	}
	q = add_ment(d, i, j + 1, MK_ACTOR, MF_PRON, pick[0]);
	if (q >= 0) {
		d->m[q].ref[1] = pick[1];
		d->m[q].n = 2;
		for (int k = i; k <= j; k++)
			d->mof[k] = q;
	}
	return j;
}

static void find_anaphors(xdoc *d)
{
	int n = (int)d->s->n, k = 0;
	int nm0 = d->nm, f = 0;
	/* "Sessions recused himself ...": someone we do not know is the
	 * topic now, so "he" is no longer the last person we knew */
	while (f < n && (tflags(d, f) & GEOKG__T_DATELINE))
		f++;
	if (f + 1 < n && d->mof[f] < 0 && (tflags(d, f) & GEOKG__T_CAP) &&
	    (tflags(d, f) & GEOKG__T_WORD) && d->cls[f] == 0 &&
	    (tflags(d, f + 1) & GEOKG__T_WORD) &&
	    !(tflags(d, f + 1) & (GEOKG__T_CAP | GEOKG__T_POSS)) &&
	    d->cls[f + 1] == 0)
		d->np = 0;
	for (int i = 0; i < n; i++) {
		uint64_t c = d->cls[i];
		while (k < nm0 && d->m[k].a <= i) {
			if (d->m[k].kind == MK_ACTOR && d->m[k].n == 1)
				note_actor(d, d->m[k].ref[0]);
			k++;
		}
		if (d->mof[i] >= 0 || !(tflags(d, i) & GEOKG__T_WORD))
			continue;
		/* "the North", "the South" in an article about the Koreas */
		if ((tok_is(d, i, "north") || tok_is(d, i, "south")) && i > 0 &&
		    (tflags(d, i) & GEOKG__T_CAP) && tok_is(d, i - 1, "the") &&
		    d->mof[i - 1] < 0 &&
		    !(i + 1 < n && (tflags(d, i + 1) & GEOKG__T_CAP) &&
		      (tflags(d, i + 1) & GEOKG__T_WORD)) &&
		    !(i + 1 < n && (tflags(d, i + 1) & GEOKG__T_HYPH))) {
			int32_t r = tok_is(d, i, "north") ? d->prk : d->kor;
			if (r > 0 && (d->prk > 0 || d->kor > 0)) {
				int q = add_ment(d, i - 1, i + 1, MK_ACTOR, 0, r - 1);
				if (q >= 0)
					d->mof[i - 1] = d->mof[i] = q;
			} else if (tok_is(d, i, "north") && d->kor > 0) {
				long w = geokg_graph_find(d->x->world, "PRK");
				int q = w >= 0 ? add_ment(d, i - 1, i + 1, MK_ACTOR, 0,
				                          (int32_t)w) : -1;
				if (q >= 0)
					d->mof[i - 1] = d->mof[i] = q;
			} else if (tok_is(d, i, "south") && d->prk > 0) {
				long w = geokg_graph_find(d->x->world, "KOR");
				int q = w >= 0 ? add_ment(d, i - 1, i + 1, MK_ACTOR, 0,
				                          (int32_t)w) : -1;
				if (q >= 0)
					d->mof[i - 1] = d->mof[i] = q;
			}
			continue;
		}
		/* "sent vaccines there", "flew there": the last state named */
		if (tok_is(d, i, "there") && !(i + 1 < n && (d->cls[i + 1] & W_AUX))) {
			int trig = 0;
			for (int j = i - 1; j >= 0 && j >= i - 4; j--)
				if (d->trig[j] >= 0 &&
				    (geokg__lex_triggers[d->trig[j]].type == GEOKG_TYPE_SUPPLIES ||
				     geokg__lex_triggers[d->trig[j]].vf == F_ARRIVE_V ||
				     geokg__lex_triggers[d->trig[j]].vf == F_VISIT_V))
					trig = 1;
			int cb = i - 1, same;
			while (cb > 0 && !is_punct(d, cb, ',') && !hard_bound(d, cb))
				cb--;
			for (size_t a = 0; trig && a < d->nc; a++) {
				/* not the clause's own subject ("Japan sent ... there") */
				same = 0;
				for (int b = 0; b < nm0; b++)
					if (d->m[b].a > cb && d->m[b].a < i &&
					    d->m[b].ref[0] == d->lastc[a])
						same = 1;
				if (!same && ref_kind(d, d->lastc[a]) == GEOKG_KIND_COUNTRY &&
				    d->s->index - d->sent_c <= 2) {
					int q = add_ment(d, i, i + 1, MK_ACTOR, MF_PRON,
					                 d->lastc[a]);
					if (q >= 0)
						d->mof[i] = q;
					break;
				}
			}
			continue;
		}
		if ((c & W_PRON_P) && !possessor_ok(d, i)) {
			/* "his remarks": not an actor */
		} else if (c & W_PRON_P) {
			if (d->np > 0 && d->s->index - d->sent_p <= 3) {
				int q = add_ment(d, i, i + 1, MK_ACTOR, MF_PRON, d->lastp[0]);
				if (q >= 0)
					d->mof[i] = q;
			}
		} else if ((c & W_PRON_C) && !possessor_ok(d, i)) {
			/* "its market": not an actor */
		} else if ((c & W_PRON_C) && unknown_before(d, i)) {
			/* "The KRG says it plans ...": not the last state */
		} else if (c & W_PRON_C) {
			/* "Japan will send troops to Iraq. It will also give ...":
			 * a sentence opening with "it" continues the state the
			 * sentence before opened with */
			int32_t ref = d->nc > 0 ? d->lastc[0] : -1;
			if (i == f && tok_is(d, i, "it") && d->subj >= 0 &&
			    d->subj_sent + 1 == d->s->index)
				ref = d->subj;
			if (ref >= 0 && d->s->index - d->sent_c <= 1) {
				int q = add_ment(d, i, i + 1, MK_ACTOR, MF_PRON, ref);
				if (q >= 0)
					d->mof[i] = q;
			}
		} else if ((c & W_NATION1) && i > 0 && tok_is(d, i - 1, "the") &&
		           d->mof[i - 1] < 0 && d->nc > 0 &&
		           d->s->index - d->sent_c <= 2 &&
		           ref_kind(d, d->lastc[0]) == GEOKG_KIND_COUNTRY) {
			int q = add_ment(d, i - 1, i + 1, MK_ACTOR, MF_PRON, d->lastc[0]);
			if (q >= 0)
				d->mof[i - 1] = d->mof[i] = q;
		} else if ((c & W_BOTH) && i + 1 < n) {
			/* "the two leaders", "both countries"; "when the two
			 * met": people if two were named lately */
			int j = i + 1, q;
			int bare = tok_is(d, i, "two") && i > 0 && tok_is(d, i - 1, "the") &&
			           d->mof[i - 1] < 0 && !(tflags(d, j) & GEOKG__T_CAP) &&
			           ((d->trig[j] >= 0 &&
			             geokg__lex_triggers[d->trig[j]].nf == F_NONE) ||
			            (d->cls[j] & W_AUX) || tok_is(d, j, "held"));
			int ma = bare ? i - 1 : i; /* the mention: "the two" */
			if (bare)
				j = i;
			if (((d->cls[j] & W_LEADERS) ||
			     (bare && d->s->index - d->sent_p <= 2)) && d->np >= 2) {
				/* the two most recent people not named in this
				 * sentence before ("Peskov said the two leaders") */
				int32_t pick[2];
				int np = 0;
				for (size_t a = 0; a < d->np && np < 2; a++) {
					int same = 0;
					for (int b = 0; b < nm0; b++)
						if (d->m[b].a < ma && d->m[b].kind == MK_ACTOR &&
						    d->m[b].ref[0] == d->lastp[a])
							same = 1;
					if (!same)
						pick[np++] = d->lastp[a];
				}
				if (np == 2) {
					q = add_ment(d, ma, j + 1, MK_ACTOR, MF_PRON, pick[0]);
					if (q >= 0) {
						d->m[q].ref[1] = pick[1];
						d->m[q].n = 2;
						d->mof[ma] = d->mof[i] = d->mof[j] = q;
					}
				}
				i = j;
			} else if (((d->cls[j] & W_NATIONS) ||
			            (bare && d->s->index - d->sent_c <= 2)) && d->nc >= 2) {
				/* the two most recent countries not named in this
				 * sentence before ("Washington sanctioned both
				 * countries") */
				int32_t pick[2];
				int np = 0;
				/* "Kenya and Uganda ... the defence ministers of the
				 * two countries": a pair named in this sentence */
				if (tok_is(d, i, "two"))
					np = sentence_pair(d, ma, nm0, pick);
				for (size_t a = 0; a < d->nc && np < 2; a++) {
					int same = 0;
					for (int b = 0; b < nm0; b++)
						if (d->m[b].a < ma && d->m[b].kind == MK_ACTOR &&
						    d->m[b].ref[0] == d->lastc[a])
							same = 1;
					if (!same)
						pick[np++] = d->lastc[a];
				}
				if (np == 2) {
					q = add_ment(d, ma, j + 1, MK_ACTOR, MF_PRON, pick[0]);
					if (q >= 0) {
						d->m[q].ref[1] = pick[1];
						d->m[q].n = 2;
						d->mof[ma] = d->mof[i] = d->mof[j] = q;
					}
				}
				i = j;
			}
		} else if ((c & W_PRON_G) && tok_is(d, i, "their")) {
			i = their_agents(d, i, nm0);
		} else if ((c & W_PRON_G) && tok_is(d, i, "they") && d->np >= 2 &&
		           d->s->index - d->sent_p <= 1 && d->sent_p == d->sent_c + 0 &&
		           0) {
			/* "they" stays unresolved: too often not the leaders */
		}
	}
	while (k < nm0) {
		if (d->m[k].kind == MK_ACTOR && d->m[k].n == 1)
			note_actor(d, d->m[k].ref[0]);
		k++;
	}
	compact(d);
	/* the state this sentence opens with, for an "it" opening the next */
	d->subj = -1;
	if (d->nm > 0 && d->m[0].a == f && d->m[0].kind == MK_ACTOR &&
	    d->m[0].n == 1 && ref_kind(d, d->m[0].ref[0]) != GEOKG_KIND_PERSON &&
	    !(d->m[0].flags & MF_POSS)) {
		d->subj = d->m[0].ref[0];
		d->subj_sent = d->s->index;
	} else if (d->nm > 0 && d->m[0].a == f && (d->m[0].flags & MF_PRON) &&
	           d->m[0].n == 1 &&
	           ref_kind(d, d->m[0].ref[0]) != GEOKG_KIND_PERSON) {
		d->subj = d->m[0].ref[0]; /* "It ... It ..." */
		d->subj_sent = d->s->index;
	}
}

/* The speaker of a quotation in this sentence: '"...," the French
 * president said', '"...," said X', 'X said: "..."'.  Sets [*qa, *qb)
 * to the quoted tokens; returns the speaker's mention or -1. */
static int quote_speaker(const xdoc *d, int *qa, int *qb)
{
	int n = (int)d->s->n, o = 0, c;
	while (o < n && (tflags(d, o) & GEOKG__T_DATELINE))
		o++;
	if (o < n && is_punct(d, o, '"')) {
		/* the quote opens the sentence: the speaker follows it */
		for (c = o + 1; c < n && !is_punct(d, c, '"'); c++)
			;
		if (c >= n)
			return -1;
		*qa = o + 1;
		*qb = c;
		for (int j = c + 1; j < n && j <= c + 8; j++) {
			int k = d->mof[j];
			if (k < 0)
				continue;
			if (d->m[k].kind == MK_ACTOR && d->m[k].n == 1 &&
			    ((d->m[k].b < n && (d->cls[d->m[k].b] & W_SAY)) ||
			     (d->cls[d->m[k].a - 1] & W_SAY)))
				return k;
			return -1;
		}
		return -1;
	}
	/* 'X said: "We ..."' */
	for (c = 1; c + 1 < n; c++)
		if (is_punct(d, c, '"') && (d->cls[c - 1] & W_SAY ||
		                            ((is_punct(d, c - 1, ':') ||
		                              is_punct(d, c - 1, ',')) &&
		                             c > 1 && (d->cls[c - 2] & W_SAY)))) {
			int v = (d->cls[c - 1] & W_SAY) ? c - 1 : c - 2, k;
			if (v < 1 || (k = d->mof[v - 1]) < 0 || d->m[k].kind != MK_ACTOR ||
			    d->m[k].n != 1)
				return -1;
			*qa = c + 1;
			for (*qb = c + 1; *qb < n && !is_punct(d, *qb, '"'); (*qb)++)
				;
			return k;
		}
	return -1;
}

/* Step 4b: "we", "us", "our", "I" in a quotation are its speaker ("we"
 * and "our" the speaker's state). */
static void find_quoted(xdoc *d)
{
	int qa = 0, qb = 0, k = quote_speaker(d, &qa, &qb), added = 0;
	int32_t who, state;
	if (k < 0)
		return;
	who = d->m[k].ref[0];
	state = ref_kind(d, who) == GEOKG_KIND_PERSON ?
	        find_country(d, ref_country(d, who)) : who;
	for (int i = qa; i < qb; i++) {
		int we, q;
		if (d->mof[i] >= 0 || !(tflags(d, i) & GEOKG__T_WORD))
			continue;
		we = tok_is(d, i, "we") || tok_is(d, i, "us") || tok_is(d, i, "our");
		if (!we && !(tok_is(d, i, "i") && (tflags(d, i) & GEOKG__T_CAP)))
			continue;
		if (we && state < 0)
			continue;
		if (tok_is(d, i, "our") && !possessor_ok(d, i))
			continue;
		q = add_ment(d, i, i + 1, MK_ACTOR, MF_PRON, we ? state : who);
		if (q < 0)
			break;
		d->mof[i] = q;
		added = 1;
	}
	if (added)
		compact(d);
}

static int apposed(const xdoc *d, int a, int b);

/* Is [a, b) two to four words of a name we do not know? */
static int unknown_name(const xdoc *d, int a, int b)
{
	if (b - a < 2 || b - a > 4)
		return 0;
	for (int i = a; i < b; i++)
		if (!name_word(d, i))
			return 0;
	return 1;
}

/* The state a title or a state's agent between commas stands for
 * ("Japan's foreign minister", "a senior Japanese diplomat"), or NULL. */
static const char *apposed_state(const xdoc *d, int k)
{
	const xment *m = &d->m[k];
	if (m->kind != MK_ACTOR || m->n != 1 || (m->flags & MF_PRON) ||
	    ref_kind(d, m->ref[0]) == GEOKG_KIND_PERSON ||
	    !(m->flags & (MF_TITLE | MF_DEMONYM)))
		return NULL;
	return ref_country(d, m->ref[0]);
}

/* Step 4c: a name we do not know in apposition to a title: "Kenji Sato,
 * a senior Japanese diplomat,", "Iran's top negotiator, Ali Larijani,"
 * is a person of the title's state. */
static void find_appositions(xdoc *d)
{
	int n = (int)d->s->n, added = 0;
	for (int c = 2; c + 2 < n; c++) {
		int a, c2, k;
		const char *st;
		if (!is_punct(d, c, ','))
			continue;
		for (c2 = c + 1; c2 < n && c2 < c + 9 && !is_punct(d, c2, ','); c2++)
			;
		if (c2 >= n || !is_punct(d, c2, ','))
			continue;
		/* "NAME, the TITLE," */
		a = c;
		while (a > 0 && c - a < 4 && name_word(d, a - 1))
			a--;
		if (unknown_name(d, a, c) &&
		    (a == 0 || is_punct(d, a - 1, ',') || hard_bound(d, a - 1) ||
		     (tflags(d, a - 1) & GEOKG__T_DATELINE)) &&
		    (k = apposed(d, c + 1, c2)) >= 0 && (st = apposed_state(d, k))) {
			int32_t p = local_person(d, a, c, st);
			int q = p == INT32_MIN ? -1 : add_ment(d, a, c, MK_ACTOR, 0, p);
			if (q >= 0) {
				mark(d, q);
				add_surname(d, d->s->toks[c - 1].hash, p);
				added = 1;
			}
			continue;
		}
		/* "the TITLE, NAME," */
		k = d->mof[c - 1];
		if (k >= 0 && (st = apposed_state(d, k)) && (d->m[k].flags & MF_TITLE) &&
		    unknown_name(d, c + 1, c2)) {
			int32_t p = local_person(d, c + 1, c2, st);
			int q = p == INT32_MIN ? -1 : add_ment(d, c + 1, c2, MK_ACTOR, 0, p);
			if (q >= 0) {
				mark(d, q);
				add_surname(d, d->s->toks[c2 - 1].hash, p);
				added = 1;
			}
		}
	}
	if (added)
		compact(d);
}

/* Step 5: "the visiting Chinese foreign minister", "a visiting U.N.
 * official", "Visiting US envoy X": "visiting" before a person, a title
 * or a state's agent is an adjective; the mention is a visitor. */
static void find_visitors(xdoc *d)
{
	int n = (int)d->s->n;
	for (int i = 0; i + 1 < n; i++) {
		xment *m;
		int j;
		if (!tok_is(d, i, "visiting") || d->mof[i] >= 0 || d->mof[i + 1] < 0)
			continue;
		m = &d->m[d->mof[i + 1]];
		j = m->b;
		if (m->kind != MK_ACTOR || m->a != i + 1 || (m->flags & MF_POSS) ||
		    (i > 0 && d->mof[i - 1] >= 0))
			continue;
		if (!(ref_kind(d, m->ref[0]) == GEOKG_KIND_PERSON ||
		      (m->flags & (MF_TITLE | MF_DEMONYM)) ||
		      (j < n && (d->cls[j] & (W_AGENT | W_TITLE)) &&
		       !(tflags(d, j) & GEOKG__T_CAP))))
			continue;
		m->flags |= MF_VISITOR;
		d->trig[i] = -1;
		d->cls[i] |= W_DET;
	}
}

/*
 * Scare quotes: a few words in double quotes inside a clause ('warned of
 * "serious consequences" for B', 'take "physical action" against B') are
 * no quotation, so their marks bound no argument scan.  Words only, one to
 * five, no saying verb, not opening the sentence.
 */
static void mark_scare_quotes(xdoc *d)
{
	int n = (int)d->s->n;
	for (int i = 1; i < n; i++) {
		int k, ok = 1;
		if (!is_punct(d, i, '"'))
			continue;
		for (k = i + 1; k < n && k <= i + 6 && !is_punct(d, k, '"'); k++)
			if (!(tflags(d, k) & GEOKG__T_WORD) || (d->cls[k] & W_SAY))
				ok = 0;
		if (k >= n || k > i + 6 || !is_punct(d, k, '"') || k == i + 1 || !ok)
			continue;
		d->cls[i] |= W_SCARE;
		d->cls[k] |= W_SCARE;
		i = k;
	}
}

static void find_mentions(xdoc *d)
{
	const geokg_extractor *x = d->x;
	int n = (int)d->s->n;
	d->nm = 0;
	for (int i = 0; i < n; i++) {
		const geokg__tok *t = &d->s->toks[i];
		d->mof[i] = -1;
		d->used[i] = 0;
		d->cls[i] = 0;
		d->trig[i] = -1;
		if (t->flags & (GEOKG__T_WORD | GEOKG__T_CLITIC | GEOKG__T_POSS) ||
		    (t->flags & GEOKG__T_PUNCT && t->punct == '&')) {
			const char *f = d->s->buf + t->fold;
			xword *w = word_slot(x, f, t->flen, t->hash);
			if (w->key) {
				d->cls[i] = w->cls;
				d->trig[i] = w->trig;
				/* "quake-hit areas": an adjective, not a strike */
				if ((t->flags & GEOKG__T_HYPH) && t->flen == 3 &&
				    memcmp(f, "hit", 3) == 0) {
					d->trig[i] = -1;
					d->cls[i] &= ~(uint64_t)W_TRIG;
				}
			}
		}
	}
	mark_scare_quotes(d);
	{
		/* a headline in title case: most words capitalised */
		int words = 0, caps = 0, small = 0;
		/* (small words stay in lower case: "Musharraf Arrives in
		 * Kabul for Talks"; a sentence ending in a full stop must be
		 * capitalised throughout, "The envoy flew into King Salman Air
		 * Base" is no headline) */
		for (int i = 0; i < n; i++)
			if ((d->s->toks[i].flags & GEOKG__T_WORD) &&
			    !(d->s->toks[i].flags & GEOKG__T_NUM)) {
				if (!(d->s->toks[i].flags & GEOKG__T_CAP) &&
				    (d->cls[i] & (W_PREP | W_COORD | W_DET)) &&
				    d->s->toks[i].flen <= 4) {
					small++;
					continue;
				}
				words++;
				caps += (d->s->toks[i].flags & GEOKG__T_CAP) != 0;
			}
		if (n > 0 && is_punct(d, n - 1, '.'))
			words += small;
		d->headline = n <= 24 && words >= 3 && caps * 10 >= words * 7;
	}
	find_names(d);
	find_titles(d);
	find_demonyms(d);
	coordinated_demonyms(d);
	compact(d);
	find_anaphors(d);
	find_appositions(d);
	find_quoted(d);
	find_visitors(d);
	d->info.mentions += (size_t)d->nm;
#ifdef GEOKG_EXTRACT_TRACE
	{
		char b[4096];
		geokg__sent_text(d->s, 0, d->s->n, b, sizeof b);
		fprintf(stderr, "S%zu: %s\n", d->s->index, b);
		for (int k = 0; k < d->nm; k++) {
			geokg__sent_text(d->s, (size_t)d->m[k].a, (size_t)d->m[k].b, b,
			                 sizeof b);
			fprintf(stderr, "   M[%d-%d] '%s' kind=%d fl=%x ->", d->m[k].a,
			        d->m[k].b, b, d->m[k].kind, d->m[k].flags);
			for (int j = 0; j < d->m[k].n; j++)
				fprintf(stderr, " %s", d->m[k].ref[j] >= 0 ?
				        wnode(d, d->m[k].ref[j])->id :
				        d->loc[-d->m[k].ref[j] - 1].id);
			fprintf(stderr, "\n");
		}
	}
#endif
}

/* ---- Relations ------------------------------------------------------ */


static void arg_add(xarg *g, const xment *m)
{
	for (int j = 0; j < m->n && g->n < MAXG; j++) {
		int dup = 0;
		for (int k = 0; k < g->n; k++)
			dup |= g->ref[k] == m->ref[j];
		if (!dup)
			g->ref[g->n++] = m->ref[j];
	}
}

static int modifier_noun(const xdoc *d, int j);

/* Does token i end a clause for the argument scans? */
static int hard_bound(const xdoc *d, int i)
{
	unsigned f = tflags(d, i);
	if (f & GEOKG__T_PUNCT) {
		char c = d->s->toks[i].punct;
		if (c == '"' && (d->cls[i] & W_SCARE))
			return 0;
		return c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
		       c == '.' || c == '?' || c == '!' || c == '[' || c == ']' ||
		       (c == '-' && (f & GEOKG__T_SPACE));
	}
	/* "has not yet returned": an adverb, no "yet" opening a clause */
	if (i > 0 && tok_is(d, i, "yet") &&
	    (d->cls[i - 1] & (W_NEG | W_AUX)) && !is_punct(d, i - 1, ','))
		return 0;
	return (d->cls[i] & (W_BOUND | W_REL)) != 0;
}

/* Skip words that may stand between a preposition and its noun: "the",
 * "five", "new", title words, adjectives... Returns the token before. */
static int skip_modifiers_left(const xdoc *d, int j, int lim)
{
	static const char *const hit[] = {
		"hit", "ravaged", "stricken", "torn", "battered", "affected",
		"wracked", "struck", "damaged", NULL};
	int plain = 0;
	while (j >= 0 && lim-- > 0) {
		unsigned f = tflags(d, j);
		if (d->mof[j] >= 0)
			break;
		/* "to tsunami-hit Indonesia", "war-torn Syria" */
		if (j > 0 && (f & GEOKG__T_HYPH) && (f & GEOKG__T_WORD) &&
		    d->mof[j - 1] < 0 && (tflags(d, j - 1) & GEOKG__T_WORD)) {
			int h = 0;
			for (int i = 0; hit[i]; i++)
				h |= tok_is(d, j, hit[i]);
			if (h) {
				j -= 2;
				continue;
			}
		}
		/* one adjective: "in eastern Ukraine", "to neighbouring Chad" */
		if (!plain && (f & GEOKG__T_WORD) && !(f & GEOKG__T_CAP) &&
		    d->cls[j] == 0 && d->trig[j] < 0 && j > 0 &&
		    (d->cls[j - 1] & (W_PREP | W_DET)) && !tok_is(d, j - 1, "to")) {
			plain = 1;
			j--;
			continue;
		}
		if ((d->cls[j] & (W_DET | W_TMOD)) || (f & GEOKG__T_NUM) ||
		    /* "with both A and B", "to either A or B" */
		    ((tok_is(d, j, "both") || tok_is(d, j, "either")) && j > 0 &&
		     (d->cls[j - 1] & W_PREP)) ||
		    ((f & GEOKG__T_WORD) && !(d->cls[j] & ~(uint64_t)(W_AGENT)) &&
		     d->trig[j] < 0 && !(f & GEOKG__T_CAP) && 0))
			j--;
		else
			break;
	}
	return j;
}

/*
 * The preposition governing mention k: its token index, or -1 when the
 * mention stands bare (subject or direct object).  "of" after a title or
 * an agent ("the leaders of Sudan", "members of the government") passes
 * the question on to the word before.
 */
static int in_list_middle(const xdoc *d, int k);

/* Is token j a noun for a part of a country ("areas", "parts", "the
 * north")? */
static int place_noun(const xdoc *d, int j)
{
	static const char *const w[] = {
		"area", "areas", "part", "parts", "region", "regions", "province",
		"provinces", "district", "districts", "towns", "villages", "cities",
		"zones", "zone", "coast", "north", "south", "east", "west",
		"northeast", "northwest", "southeast", "southwest", "interior",
		"countryside", "territory", NULL};
	if (tflags(d, j) & GEOKG__T_CAP)
		return 0;
	for (int i = 0; w[i]; i++)
		if (tok_is(d, j, w[i]))
			return 1;
	return 0;
}

static int gov_prep_x(const xdoc *d, int k, int through_of)
{
	int j = d->m[k].a - 1, guard = 0;
	/* a coordinated mention shares its list head's preposition */
	while (j >= 0 && guard++ < MAXG) {
		if ((d->cls[j] & W_COORD) ||
		    (is_punct(d, j, ',') && (guard > 1 || in_list_middle(d, k)))) {
			int h = j - 1;
			if (h >= 0 && is_punct(d, h, ','))
				h--;
			if (h >= 0 && d->mof[h] >= 0) {
				j = d->m[d->mof[h]].a - 1;
				continue;
			}
		}
		break;
	}
	for (int hop = 0; hop < 3; hop++) {
		j = skip_modifiers_left(d, j, 4);
		if (j < 0)
			return -1;
		if (!(d->cls[j] & W_PREP))
			return -1;
		if ((tok_is(d, j, "of") || (tok_is(d, j, "from") && j > 0 &&
		                             (d->cls[j - 1] & W_AGENT) &&
		                             !(d->cls[j - 1] & W_GOODS))) && j > 0 &&
		    (d->cls[j - 1] & (W_TITLE | W_AGENT | W_LEADERS | W_TMOD)) &&
		    d->mof[j - 1] < 0) {
			j = skip_modifiers_left(d, j - 2, 4);
			if (j < 0 || !(d->cls[j] & W_PREP))
				return -1;
			/* the title phrase itself is governed by j */
			if (tok_is(d, j, "of"))
				continue;
			return j;
		}
		/* "to flood-ravaged areas of X", "to parts of X", "to
		 * quake-hit towns in X": a part of a state stands for it */
		if (through_of && (tok_is(d, j, "of") || tok_is(d, j, "in")) &&
		    j > 0 && d->mof[j - 1] < 0 && place_noun(d, j - 1)) {
			int q = j - 2, words = 0;
			while (q >= 0 && words < 4 && d->mof[q] < 0 &&
			       (tflags(d, q) & GEOKG__T_WORD) &&
			       !(tflags(d, q) & GEOKG__T_CAP) && d->trig[q] < 0 &&
			       !(d->cls[q] & ~(uint64_t)(W_DET | W_TMOD))) {
				q--;
				words++;
			}
			return q >= 0 && (d->cls[q] & W_PREP) ? q : -1;
		}
		/* "against members of X": the noun before "of" is governed */
		if (through_of && tok_is(d, j, "of") && j > 0 && d->mof[j - 1] < 0 &&
		    (tflags(d, j - 1) & GEOKG__T_WORD) && d->cls[j - 1] == 0 &&
		    !(tflags(d, j - 1) & GEOKG__T_CAP)) {
			j = skip_modifiers_left(d, j - 2, 4);
			if (j < 0 || !(d->cls[j] & W_PREP))
				return -1;
			if (tok_is(d, j, "of"))
				continue;
			return j;
		}
		return j;
	}
	return j;
}

static int gov_prep(const xdoc *d, int k)
{
	return gov_prep_x(d, k, 0);
}

/* Does the chain of mentions from k, linked by commas, "and", "or",
 * reach an "and"/"or" link? */
static int list_has_and(const xdoc *d, int k)
{
	int n = (int)d->s->n;
	for (;; k++) {
		int j = d->m[k].b, nx = k + 1 < d->nm ? d->m[k + 1].a : n;
		if (j < n && is_punct(d, j, ','))
			j++;
		if (j < n && (d->cls[j] & W_COORD))
			return 1; /* "..., B and C" */
		if (j == d->m[k].b || k + 1 >= d->nm)
			return 0;
		if (j < nx && tok_is(d, j, "the"))
			j++;
		if (j != nx)
			return 0;
		/* "talks with U.S., Kabul": a list closing the sentence */
		{
			int e = d->m[k + 1].b;
			if (e >= n || ((tflags(d, e) & GEOKG__T_PUNCT) &&
			               d->s->toks[e].punct != ',' &&
			               d->s->toks[e].punct != '\''))
				return 1;
		}
	}
}

/* Is mention k followed by ", X" or "and X" (inside a list)? */
static int in_list_middle(const xdoc *d, int k)
{
	int j = d->m[k].b, n = (int)d->s->n;
	if (j < n && is_punct(d, j, ','))
		j++;
	/* "A, B and others", "A, B and other countries" */
	if (j + 1 < n && (d->cls[j] & W_COORD) &&
	    (tok_is(d, j + 1, "others") || tok_is(d, j + 1, "other") ||
	     tok_is(d, j + 1, "several") || tok_is(d, j + 1, "many")))
		return 1;
	if (k + 1 >= d->nm)
		return 0;
	if (j < n && (d->cls[j] & W_COORD))
		j++;
	if (j < (int)d->s->n && tok_is(d, j, "the"))
		j++;
	return j == d->m[k + 1].a && j > d->m[k].b;
}

/* Is token j a verb of a relation and nothing else ("sold", "met",
 * "threatened"; not "sanctions" or "talks", which are nouns too)? */
static int pure_verb_trigger(const xdoc *d, int j)
{
	const geokg__trigword *w;

	if (j < 0 || j >= (int)d->s->n || d->trig[j] < 0)
		return 0;
	w = &geokg__lex_triggers[d->trig[j]];
	return w->vf != F_NONE && w->nf == F_NONE;
}

/* Does mention k, after "and", open a clause of its own: "France" in
 * "Germany sold tanks to Poland and France bought jets"?  It does when a
 * verb of a relation follows it (an adverb such as "also" between) that
 * is no passive participle ("imposed by"), and another such verb stands
 * before the "and" in the same clause (back to a comma or a bound), so
 * that "Iran and Iraq met" keeps its pair. */
static int clause_opener(const xdoc *d, int k)
{
	int n = (int)d->s->n, j = d->m[k].b, c = d->m[k].a - 1, v;

	if (c >= 0 && tok_is(d, c, "the"))
		c--;
	if (c < 1 || !(d->cls[c] & W_COORD))
		return 0;
	while (j < n && (tok_is(d, j, "also") || tok_is(d, j, "then") ||
	                 tok_is(d, j, "later")))
		j++;
	if (j >= n || !pure_verb_trigger(d, j) || (j + 1 < n && tok_is(d, j + 1, "by")))
		return 0;
	v = c - 1;
	if (is_punct(d, v, ','))
		v--;
	for (; v >= 0 && !hard_bound(d, v) && !is_punct(d, v, ','); v--)
		if (pure_verb_trigger(d, v))
			return 1;
	return 0;
}

/* Is token j "his", "her", "its" or "their" (no mention itself)? */
static int poss_det(const xdoc *d, int j)
{
	return d->mof[j] < 0 && (tok_is(d, j, "his") || tok_is(d, j, "her") ||
	                         tok_is(d, j, "its") || tok_is(d, j, "their"));
}

/* Mentions k-1 and k are joined by ", and" (or ", or"): a list only
 * when k-1 itself follows a list comma ("A, B, and C"); else the comma
 * closes a clause ("Kenya visited Uganda, and Iran and Iraq met"). */
static int clause_comma_and(const xdoc *d, int k)
{
	int j = d->m[k].a - 1, p;
	if (k < 1)
		return 0;
	if (j >= 0 && tok_is(d, j, "the"))
		j--;
	if (j < 1 || !(d->cls[j] & W_COORD) || !is_punct(d, j - 1, ',') ||
	    j - 2 != d->m[k - 1].b - 1)
		return 0;
	p = d->m[k - 1].a - 1;
	if (p >= 0 && tok_is(d, p, "the"))
		p--;
	return !(p >= 1 && is_punct(d, p, ',') && k >= 2 &&
	         d->m[k - 2].b == p);
}

/* Extend a mention to its coordinated neighbours on the right. */
static int coord_right(const xdoc *d, int k, xarg *g)
{
	arg_add(g, &d->m[k]);
	g->last = k;
	/* "to Russia, the White House said": a bare comma continues a list
	 * only when the list ends "and X" */
	if (!list_has_and(d, k))
		return k;
	while (k + 1 < d->nm) {
		int j = d->m[k].b, nx = d->m[k + 1].a;
		int ok = 0;
		if (j < (int)d->s->n && (tflags(d, j) & GEOKG__T_POSS))
			break;
		/* ", X", "and X", ", and X", "& X", "or X" with "the" allowed */
		if (j < nx && is_punct(d, j, ','))
			j++;
		if (j < nx && (d->cls[j] & W_COORD))
			j++;
		if (j < nx && (tok_is(d, j, "the") ||
		               (poss_det(d, j) && (d->cls[j - 1] & W_COORD))))
			j++;
		ok = j == nx && j > d->m[k].b && d->m[k + 1].kind == MK_ACTOR &&
		     !((d->m[k + 1].flags & MF_POSS) && !(d->m[k + 1].flags & MF_PRON)) &&
		     !clause_opener(d, k + 1) &&
		     !clause_comma_and(d, k + 1);
		if (!ok)
			break;
		k++;
		arg_add(g, &d->m[k]);
		g->last = k;
	}
	/* ", including X (and Y)" */
	if (k + 1 < d->nm) {
		int j = d->m[k].b;
		while (j < d->m[k + 1].a && j < d->m[k].b + 6 &&
		       !tok_is(d, j, "including") && !hard_bound(d, j))
			j++;
		if (tok_is(d, j, "including")) {
			j++;
			while (j < d->m[k + 1].a && (d->cls[j] & (W_DET | W_TMOD)))
				j++;
			if (j == d->m[k + 1].a && d->m[k + 1].kind == MK_ACTOR) {
				xarg more;
				memset(&more, 0, sizeof more);
				k = coord_right(d, k + 1, &more);
				for (int q = 0; q < more.n && g->n < MAXG; q++)
					g->ref[g->n++] = more.ref[q];
				g->last = k;
			}
		}
	}
	return k;
}

/* In a sentence-case headline ("Japan, Kenya sign trade deal": no full
 * stop, short), is token j a lower-case word after the opening pair, such
 * as its verb? */
static int headline_verb(const xdoc *d, int j)
{
	int n = (int)d->s->n;
	if (n > 16 || j >= n || is_punct(d, n - 1, '.') || d->mof[j] >= 0)
		return 0;
	return (tflags(d, j) & GEOKG__T_WORD) && !(tflags(d, j) & GEOKG__T_CAP) &&
	       !(d->cls[j] & (W_PREP | W_DET | W_COORD | W_REL | W_THAT));
}

/* Extend a mention to its coordinated neighbours on the left. */
static void coord_left(const xdoc *d, int k, xarg *g)
{
	arg_add(g, &d->m[k]);
	g->first = k;
	g->last = k;
	while (k > 0) {
		int j = d->m[k].a - 1, pv = d->m[k - 1].b, coord = 0;
		if (j >= pv && (tok_is(d, j, "the") ||
		                (poss_det(d, j) && j > pv && (d->cls[j - 1] & W_COORD))))
			j--; /* "Putin and his Turkish counterpart" */
		if (j >= pv && (d->cls[j] & W_COORD)) {
			j--;
			coord = 1;
		}
		if (j >= pv && is_punct(d, j, ','))
			j--;
		if (j != pv - 1 || j == d->m[k].a - 1 || d->m[k - 1].kind != MK_ACTOR)
			break;
		/* a list ends "..., B and C": a bare comma before the last
		 * item is a clause break ("After the quake in Turkey, Japan") */
		if (!coord && g->n == 1 && !in_list_middle(d, k) &&
		    !((d->headline || tok_is(d, d->m[1].b, "to") ||
		       headline_verb(d, d->m[1].b)) && k == 1 &&
		      d->m[0].a == 0 && d->m[0].n == 1 && d->m[1].n == 1 &&
		      ref_kind(d, d->m[0].ref[0]) == ref_kind(d, d->m[1].ref[0])))
			break; /* but "Blair, Bush Meet" in a headline, "India,
			        * Pakistan to resume talks", are pairs */
		if ((d->m[k - 1].flags & MF_POSS) || (coord && clause_comma_and(d, k)))
			break;
		k--;
		arg_add(g, &d->m[k]);
		g->first = k;
	}
}

/*
 * The subject of the trigger at token t: the nearest bare mention to the
 * left in its clause.  Relative clauses ("Kim, who is expected to meet
 * Putin, ...") are looked through in both directions; "and" + verb
 * carries the subject of the verb before.  `near` limits the distance
 * (noun triggers take only a close subject).
 */
static int subject_at(const xdoc *d, int t, int near, xarg *g);

/* After a possessive ending at token h-1: is what is possessed a plain
 * thing ("Hernandez's rival", "Trump's presidential campaign"), not a
 * relation noun or an agent? */
static int possessed_thing(const xdoc *d, int h, int lim)
{
	/* "Turkey's membership talks": plain words up to the trigger at lim
	 * modify it */
	if (lim < (int)d->s->n && d->trig[lim] >= 0) {
		int j = h;
		while (j < lim && d->mof[j] < 0 && (tflags(d, j) & GEOKG__T_WORD) &&
		       !(d->cls[j] & ~(uint64_t)(W_DET | W_TMOD | W_TIME | W_GOODS)) &&
		       d->trig[j] < 0)
			j++;
		if (j == lim)
			return 0;
	}
	while (h < lim && (((d->cls[h] & (W_DET | W_TMOD | W_TIME)) &&
	                     d->trig[h] < 0 && !(d->cls[h] & (W_AGENT | W_TITLE))) ||
	                    (tflags(d, h) & GEOKG__T_NUM) ||
	                    ((tflags(d, h) & GEOKG__T_PUNCT) &&
	                     d->s->toks[h].punct == '-')))
		h++;
	if (h >= lim || !(tflags(d, h) & GEOKG__T_WORD) || d->mof[h] >= 0)
		return 0;
	if (d->trig[h] >= 0 || (d->cls[h] & (W_AGENT | W_TITLE | W_PEOPLE |
	                                     W_NATION1 | W_EXP | W_NEG | W_ACTN)))
		return 0;
	return 1;
}

/* "hours after Trump warned ...": a subordinator, not a preposition,
 * stands before mention k when a verb follows it. */
static int clause_subject(const xdoc *d, int k)
{
	int p = gov_prep(d, k), b = d->m[k].b, a = d->m[k].a;
	if (a > 0 && tok_is(d, a - 1, "the"))
		a--; /* "as the two countries concluded talks" */
	if (p < 0 || p != a - 1)
		return 0;
	if (!tok_is(d, p, "after") && !tok_is(d, p, "before") &&
	    !tok_is(d, p, "until") && !tok_is(d, p, "as") &&
	    !tok_is(d, p, "since"))
		return 0;
	/* (in a title-case headline the verb has a capital: "Attacks Hit
	 * Baghdad as Rumsfeld Visits Iraq") */
	return b < (int)d->s->n && (tflags(d, b) & GEOKG__T_WORD) &&
	       (!(tflags(d, b) & GEOKG__T_CAP) ||
	        (d->headline && d->trig[b] >= 0)) &&
	       (d->trig[b] >= 0 || (d->cls[b] & (W_AUX | W_EXP | W_POS | W_NEG)) ||
	        d->cls[b] == 0);
}

/* The one actor mention that fills tokens [a, b) but for an article
 * ("the Japanese foreign minister", "a senior Japanese diplomat",
 * "Nobutaka Machimura"), or -1. */
static int apposed(const xdoc *d, int a, int b)
{
	int k;
	while (a < b && d->mof[a] < 0 && (d->cls[a] & (W_DET | W_TMOD)) &&
	       !(d->cls[a] & (W_PRON_P | W_PRON_C | W_PRON_G)))
		a++;
	if (a >= b || (k = d->mof[a]) < 0 || d->m[k].a != a || d->m[k].b != b ||
	    d->m[k].kind != MK_ACTOR || d->m[k].n != 1 ||
	    (d->m[k].flags & MF_PRON))
		return -1;
	return k;
}

static int subject(const xdoc *d, int t, int near, xarg *g)
{
	int r = subject_at(d, t, near, g);
	return r > 0;
}

/* Is the comma at token j inside a list of adjectives of the noun at
 * token t ("trade, financial and travel sanctions")? */
static int adjective_comma(const xdoc *d, int j, int t)
{
	int coord = 0;
	const uint64_t adj = W_DET | W_TMOD | W_GOODS | W_TRIG;
	if (j < 1 || !(tflags(d, j - 1) & GEOKG__T_WORD) ||
	    (tflags(d, j - 1) & GEOKG__T_CAP) || d->mof[j - 1] >= 0 ||
	    (d->cls[j - 1] & ~adj))
		return 0;
	for (int v = j + 1; v < t; v++) {
		if (d->cls[v] & W_COORD) {
			coord = 1;
			continue;
		}
		if (d->mof[v] >= 0 || !(tflags(d, v) & GEOKG__T_WORD) ||
		    (tflags(d, v) & GEOKG__T_CAP) || (d->cls[v] & ~adj))
			return 0;
	}
	return coord && t - j <= 5;
}

/* Is token j a comma that opens a second verb phrase of the same
 * subject before token t ("Blair met Sharon, then flew to Cairo")? */
static int then_comma(const xdoc *d, int j, int t)
{
	int v = j + 1;
	if (!is_punct(d, j, ','))
		return 0;
	if (v < t && (d->cls[v] & W_COORD))
		v++;
	if (v + 1 > t || !tok_is(d, v, "then"))
		return 0;
	v++; /* the verb */
	return d->mof[v] < 0 && (tflags(d, v) & GEOKG__T_WORD) &&
	       !(tflags(d, v) & GEOKG__T_CAP);
}

/* The leftmost bare mention of the clause that ends before token t. */
static int clause_first(const xdoc *d, int t, xarg *g)
{
	int best = -1, crossed = 0;
	memset(g, 0, sizeof *g); /* like the other argument scans (valgrind) */
	for (int j = t - 1; j >= 0; j--) {
		/* ", choosing ... and warning": the main clause's subject */
		if (is_punct(d, j, ',') && !crossed && j + 1 < t &&
		    d->s->toks[j + 1].flen > 4 &&
		    strcmp(tok_fold(d, j + 1) + d->s->toks[j + 1].flen - 3, "ing") == 0) {
			crossed = 1;
			best = -1;
			continue;
		}
		if (d->mof[j] >= 0) {
			int k = d->mof[j], q;
			j = d->m[k].a;
			/* a subject opens its clause: only articles, adjectives,
			 * dates and coordinated names before it ("The EU on
			 * Thursday demanded"), not a verb ("met the U.N. envoy") */
			for (q = d->m[k].a - 1; q >= 0; q--) {
				if (d->mof[q] >= 0) {
					q = d->m[d->mof[q]].a;
					continue;
				}
				if ((d->cls[q] & (W_DET | W_TMOD | W_TIME | W_COORD | W_PREP)) ||
				    (tflags(d, q) & (GEOKG__T_NUM | GEOKG__T_DATELINE)) ||
				    is_punct(d, q, '"'))
					continue;
				break;
			}
			/* "as he ended a visit ... before flying to": the
			 * subject of a subordinate clause starts the clause */
			if (d->m[k].kind == MK_ACTOR && clause_subject(d, k)) {
				best = k;
				break;
			}
			if (q >= 0 && !is_punct(d, q, ',') && !hard_bound(d, q))
				continue;
			if (d->m[k].kind == MK_ACTOR &&
			    (gov_prep(d, k) < 0 || (d->m[k].flags & MF_POSS)))
				best = k;
			continue;
		}
		if (then_comma(d, j, t))
			continue; /* "met Sharon, then flew to Cairo for talks" */
		if ((tflags(d, j) & GEOKG__T_DATELINE) || hard_bound(d, j) ||
		    is_punct(d, j, ','))
			break;
	}
	if (best < 0)
		return 0;
	/* the leftmost mention heads its list: "Xi and Trump, meeting" */
	memset(g, 0, sizeof *g);
	g->first = best;
	coord_right(d, best, g);
	return 1;
}

/* "called on Russia to halt deliveries": the one called on acts. */
static int called_on(const xdoc *d, int k)
{
	int p = d->m[k].a - 1, b = d->m[k].b;
	if (p > 0 && tok_is(d, p, "the"))
		p--;
	return p > 0 && tok_is(d, p, "on") && b < (int)d->s->n &&
	       tok_is(d, b, "to") &&
	       (tok_is(d, p - 1, "called") || tok_is(d, p - 1, "calls") ||
	        tok_is(d, p - 1, "calling") || tok_is(d, p - 1, "call") ||
	        tok_is(d, p - 1, "prevailed"));
}

static int subject_at(const xdoc *d, int t, int near, xarg *g)
{
	int skip_to_verb = 0, dist = 0;
	memset(g, 0, sizeof *g);
	for (int j = t - 1; j >= 0; j--, dist++) {
		if (near && dist > near)
			return 0;
		if (skip_to_verb)
			return clause_first(d, j + 1, g);
		if (d->mof[j] >= 0) {
			int k = d->mof[j];
			const xment *m = &d->m[k];
			j = m->a;
			if (m->kind != MK_ACTOR)
				continue;
			/* "... to Poland and France bought": France alone */
			if (clause_opener(d, k)) {
				arg_add(g, m);
				g->first = g->last = k;
				return 1;
			}
			if (gov_prep(d, k) >= 0 && !(m->flags & MF_POSS) &&
			    !clause_subject(d, k) && !called_on(d, k))
				continue;
			/* "Hernandez's rival ... traveled": the rival travels */
			if ((m->flags & MF_POSS) && !(m->flags & MF_PRON) &&
			    possessed_thing(d, m->b + 1, t))
				continue;
			coord_left(d, k, g);
			return 1;
		}
		if (tflags(d, j) & GEOKG__T_DATELINE)
			return 0;
		if ((d->cls[j] & W_REL) && j > 0) {
			/* inside "X, who ...": the subject is X */
			int h = j - 1;
			if (is_punct(d, h, ','))
				h--;
			if (h >= 0 && d->mof[h] >= 0 &&
			    d->m[d->mof[h]].kind == MK_ACTOR) {
				coord_left(d, d->mof[h], g);
				return 1;
			}
			return 0;
		}
		if (then_comma(d, j, t))
			return clause_first(d, j, g);
		/* "imposed trade, financial and travel sanctions": a
		 * comma between adjectives of one noun */
		if (is_punct(d, j, ',') && adjective_comma(d, j, t))
			continue;
		if (is_punct(d, j, ',')) {
			/* after "X, who ... ,": jump back to X */
			int c2 = j - 1;
			while (c2 >= 0 && !is_punct(d, c2, ',') &&
			       (!hard_bound(d, c2) || (d->cls[c2] & W_REL)))
				c2--;
			/* "A, B and C, along with D, imposed": all of them */
			if (c2 > 0 && is_punct(d, c2, ',') && c2 + 2 < j &&
			    ((tok_is(d, c2 + 1, "along") || tok_is(d, c2 + 1, "together")) &&
			     tok_is(d, c2 + 2, "with")) &&
			    d->mof[c2 - 1] >= 0 && d->m[d->mof[c2 - 1]].kind == MK_ACTOR &&
			    d->mof[c2 + 3] >= 0 && d->m[d->mof[c2 + 3]].kind == MK_ACTOR &&
			    (!near || near >= 10)) {
				xarg more;
				memset(&more, 0, sizeof more);
				coord_right(d, d->mof[c2 + 3], &more);
				coord_left(d, d->mof[c2 - 1], g);
				for (int q = 0; q < more.n && g->n < MAXG; q++) {
					int dup = 0;
					for (int r = 0; r < g->n; r++)
						dup |= g->ref[r] == more.ref[q];
					if (!dup)
						g->ref[g->n++] = more.ref[q];
				}
				return 1;
			}
			if (c2 > 0 && is_punct(d, c2, ',') && c2 + 1 < j &&
			    (d->cls[c2 + 1] & W_REL) && d->mof[c2 - 1] >= 0 &&
			    d->m[d->mof[c2 - 1]].kind == MK_ACTOR &&
			    (!near || near >= 10)) {
				coord_left(d, d->mof[c2 - 1], g);
				return 1;
			}
			/* a participle or prepositional phrase after a name:
			 * "Putin, speaking at a news conference in Moscow,
			 * warned", "North Korea, in a statement, warned" */
			if (c2 > 0 && is_punct(d, c2, ',') && c2 + 1 < j &&
			    d->mof[c2 + 1] < 0 &&
			    ((d->s->toks[c2 + 1].flen > 4 &&
			      strcmp(tok_fold(d, c2 + 1) + d->s->toks[c2 + 1].flen - 3,
			             "ing") == 0) ||
			     ((d->cls[c2 + 1] & W_PREP) && !tok_is(d, c2 + 1, "of") &&
			      !tok_is(d, c2 + 1, "including") && !tok_is(d, c2 + 1, "like") &&
			      !tok_is(d, c2 + 1, "as"))) &&
			    d->mof[c2 - 1] >= 0 && d->m[d->mof[c2 - 1]].kind == MK_ACTOR &&
			    !(d->m[d->mof[c2 - 1]].flags & MF_POSS) &&
			    gov_prep(d, d->mof[c2 - 1]) < 0 &&
			    (!near || near >= 10)) {
				coord_left(d, d->mof[c2 - 1], g);
				return 1;
			}
			/* an appositive after a name: "Kadyrov, the Chechen leader," */
			if (c2 > 0 && is_punct(d, c2, ',') && c2 + 1 < j &&
			    tok_is(d, c2 + 1, "the") && d->mof[c2 - 1] >= 0 &&
			    d->m[d->mof[c2 - 1]].kind == MK_ACTOR && !near) {
				coord_left(d, d->mof[c2 - 1], g);
				return 1;
			}
			/* "Machimura, Japan's foreign minister, met", "Japan's
			 * foreign minister, Nobutaka Machimura, met": the person */
			if (c2 > 0 && is_punct(d, c2, ',') && (!near || near >= 10)) {
				int k2 = apposed(d, c2 + 1, j), k1 = d->mof[c2 - 1];
				if (k2 >= 0 && k1 >= 0 && d->m[k1].kind == MK_ACTOR &&
				    d->m[k1].n == 1) {
					int k = ref_kind(d, d->m[k1].ref[0]) != GEOKG_KIND_PERSON &&
					        ref_kind(d, d->m[k2].ref[0]) == GEOKG_KIND_PERSON
					        ? k2 : k1;
					memset(g, 0, sizeof *g);
					arg_add(g, &d->m[k]);
					g->first = g->last = k;
					return 1;
				}
			}
			return 0;
		}
		if (hard_bound(d, j))
			return 0;
		/* "prosecutors claim that the defendants supplied": the
		 * complement has its own subject */
		if ((d->cls[j] & W_THAT) && j + 1 < t && d->mof[j + 1] < 0 &&
		    (d->cls[j + 1] & W_DET))
			return 0;
		/* "U.S. firms that sell weapons": the antecedent, or no one */
		if ((d->cls[j] & W_THAT) && j + 1 == t && j > 0) {
			static const char *const acts[] = {
				"order", "bill", "law", "decree", "resolution", "measure",
				"legislation", "act", "package", "directive", "rule", NULL};
			int act = 0;
			for (int a = 0; acts[a]; a++)
				act |= tok_is(d, j - 1, acts[a]);
			if (d->mof[j - 1] >= 0 && d->m[d->mof[j - 1]].kind == MK_ACTOR) {
				coord_left(d, d->mof[j - 1], g);
				return 1;
			}
			/* "signed an order that prohibits ...": who signed it */
			if (!act)
				return 0;
		}
		if ((d->cls[j] & W_COORD) && j + 1 <= t) {
			/* "... and will give", "... and regularly threatens": the
			 * earlier subject */
			int v = j + 1;
			while (v < t && d->mof[v] < 0 &&
			       ((d->s->toks[v].flen > 3 &&
			         strcmp(tok_fold(d, v) + d->s->toks[v].flen - 2, "ly") == 0) ||
			        tok_is(d, v, "then") || (d->cls[v] & W_TIME)))
				v++; /* "... and then flew", "and later met" */
			/* (but "economic and travel sanctions": a noun before the
			 * noun, not a verb) */
			int noun_mod = v + 1 == t && d->trig[v] >= 0 &&
			               !(d->cls[v] & (W_AUX | W_EXP | W_POS | W_NEG)) &&
			               d->s->toks[v].flen > 2 &&
			               tok_fold(d, v)[d->s->toks[v].flen - 1] != 's' &&
			               strcmp(tok_fold(d, v) + d->s->toks[v].flen - 2, "ed") != 0;
			if (d->mof[v] < 0 && !noun_mod &&
			    (d->cls[v] & (W_AUX | W_EXP | W_POS | W_NEG | W_TRIG)))
				skip_to_verb = 1;
		}
	}
	return 0;
}

/* Is token i a clause end for the object scan? */
static int obj_bound(const xdoc *d, int i, int allow_that)
{
	if (is_punct(d, i, ','))
		return 1;
	if (!allow_that && (d->cls[i] & W_THAT))
		return 1;
	if (d->cls[i] & W_SAY)
		return 1;
	return hard_bound(d, i);
}

/* Preposition accepted by a frame: bit mask over these words. */
enum { P_DIRECT = 1, P_WITH = 2, P_TO = 4, P_FROM = 8, P_IN = 16,
       P_ON = 32, P_AGAINST = 64, P_BETWEEN = 128, P_BY = 256, P_FOR = 512,
       P_OF = 1024 };

static int prep_bit(const xdoc *d, int j)
{
	static const struct { const char *w; int bit; } tab[] = {
		{"with", P_WITH}, {"to", P_TO}, {"from", P_FROM}, {"in", P_IN},
		{"on", P_ON}, {"against", P_AGAINST}, {"between", P_BETWEEN},
		{"by", P_BY}, {"for", P_FOR}, {"of", P_OF}, {"targeting", P_AGAINST},
		{"into", P_IN}, {"at", P_IN}, {NULL, 0}};
	if (j < 0)
		return P_DIRECT;
	for (int i = 0; tab[i].w; i++)
		if (tok_is(d, j, tab[i].w))
			return tab[i].bit;
	return 0;
}

/*
 * The first mention right of token t (up to the clause end, within `lim`
 * tokens) governed by one of the prepositions in `mask`, with its
 * coordinated neighbours.  *prep receives the bit that matched.
 */
static int object(const xdoc *d, int t, int mask, int lim, xarg *g, int *prep)
{
	int n = (int)d->s->n;
	memset(g, 0, sizeof *g);
	for (int j = t + 1; j < n && j <= t + lim; j++) {
		if (d->mof[j] >= 0) {
			int k = d->mof[j], p, bit;
			if ((d->m[k].kind != MK_ACTOR &&
			     !(d->allow_civil && (d->m[k].flags & MF_CIVIL))) ||
			    ((d->m[k].flags & MF_POSS) && !(d->m[k].flags & MF_PRON) &&
			     !d->allow_civil && possessed_thing(d, d->m[k].b + 1, n))) {
				/* "welcomes Sudan's acceptance": not Sudan */
				j = d->m[k].b - 1;
				continue;
			}
			p = gov_prep_x(d, k, 1);
			if (p < t)   /* looked through "of" past the trigger */
				p = gov_prep_x(d, k, 0);
			bit = p < 0 ? P_DIRECT : prep_bit(d, p);
			if (p >= 0 && p < t)
				bit = P_DIRECT; /* nothing between: bare */
			if (bit == P_DIRECT && p < 0) {
				/* a bare mention must follow the trigger closely */
				int gap = d->m[k].a - t - 1;
				if (gap > 3)
					bit = 0;
			}
			/* "welcome new EU sanctions": a bare name before a noun
			 * modifies it */
			if (bit == P_DIRECT && d->m[k].b < n && !d->give_frame &&
			    !(d->allow_civil && (d->m[k].flags & MF_CIVIL)) &&
			    ref_kind(d, d->m[k].ref[0]) != GEOKG_KIND_PERSON &&
			    modifier_noun(d, d->m[k].b))
				bit = 0;
			if (bit & mask) {
				g->first = k;
				coord_right(d, k, g);
				if (prep)
					*prep = bit;
				return 1;
			}
			j = d->m[k].b - 1;
			continue;
		}
		if (obj_bound(d, j, 0))
			return 0;
		/* "... sanctions and to fight against B": a new verb phrase */
		if (j > t + 1 && (d->cls[j] & W_COORD) && j + 1 < n &&
		    d->mof[j + 1] < 0 &&
		    (tok_is(d, j + 1, "to") ||
		     (d->cls[j + 1] & (W_AUX | W_EXP | W_POS | W_NEG | W_SAY))))
			return 0;
		/* a new clause: "after it built", "if he comes" */
		if (j > t + 1 && (d->cls[j] & (W_PRON_P | W_PRON_C | W_PRON_G)) &&
		    !(d->cls[j] & W_DET))
			return 0;
		/* another relation word starts its own frame ("a trip that
		 * includes visits to B") */
		if (j > t + 1 && d->trig[j] >= 0 && !d->used[j] && d->trig[t] >= 0 &&
		    !(geokg__lex_triggers[d->trig[t]].vf == F_BAN_V &&
		      geokg__lex_triggers[d->trig[j]].type != GEOKG_TYPE_THREATENS) &&
		    (geokg__lex_triggers[d->trig[j]].type !=
		         geokg__lex_triggers[d->trig[t]].type ||
		     geokg__lex_triggers[d->trig[j]].nf == F_VISIT_N ||
		     geokg__lex_triggers[d->trig[j]].nf == F_MEET_N))
			return 0;
	}
	return 0;
}

/* Does token j, a word of no class, open a time adverbial ("around the
 * end of January", "sometime next year", "last week", "early next
 * month", "mid-May")? */
static int time_starter(const xdoc *d, int j)
{
	static const char *const w[] = {
		"around", "sometime", "last", "early", "late", "mid", "midweek",
		"shortly", "ahead", NULL};
	for (int i = 0; w[i]; i++)
		if (tok_is(d, j, w[i]))
			return 1;
	return 0;
}

/* Is token j a noun that a bare name before it would modify ("EU
 * sanctions", "Iran officials")? */
static int modifier_noun(const xdoc *d, int j)
{
	unsigned f = tflags(d, j);
	size_t n = d->s->toks[j].flen;
	const char *w = tok_fold(d, j);
	if (!(f & GEOKG__T_WORD) || (f & (GEOKG__T_CAP | GEOKG__T_POSS)))
		return 0;
	if (d->cls[j] & W_AGENT) {
		/* "warned Singapore officials": the officials act; but "a U.S.
		 * military base" */
		int k = j + 1;
		return k < (int)d->s->n && (tflags(d, k) & GEOKG__T_WORD) &&
		       !(tflags(d, k) & GEOKG__T_CAP) && d->cls[k] == 0 &&
		       d->trig[k] < 0;
	}
	if (d->trig[j] >= 0 || (d->cls[j] & W_CIVIL))
		return 1;
	if (d->cls[j] != 0)
		return 0;
	/* "visit China around Jan. 31", "visited Turkey last week": a time
	 * adverbial follows the object */
	if (time_starter(d, j))
		return 0;
	return !(n > 2 && w[n - 2] == 'l' && w[n - 1] == 'y');
}

/* "by" + mention after token t: the agent of a passive. */
static int agent_by(const xdoc *d, int t, xarg *g)
{
	int p;
	return object(d, t, P_BY, 10, g, &p);
}

/* A mention governed by "by" shortly before token t ("raised by Modi
 * at a joint press event with Macron"). */
static int by_agent_left(const xdoc *d, int t, int lim, xarg *g)
{
	memset(g, 0, sizeof *g);
	for (int j = t - 1; j >= 0 && j >= t - lim; j--) {
		if (hard_bound(d, j) || is_punct(d, j, ','))
			return 0;
		if (d->mof[j] >= 0) {
			int k = d->mof[j], p = gov_prep(d, k);
			if (d->m[k].kind == MK_ACTOR && p >= 0 && tok_is(d, p, "by")) {
				coord_left(d, k, g);
				return 1;
			}
			j = d->m[k].a;
		}
	}
	return 0;
}

/* Is the verb at t a passive participle ("was sanctioned", "were sold")? */
static int passive(const xdoc *d, int t)
{
	size_t n = d->s->toks[t].flen;
	if (n > 4 && strcmp(tok_fold(d, t) + n - 3, "ing") == 0)
		return 0;
	for (int j = t - 1; j >= 0 && j >= t - 3; j--) {
		if (d->cls[j] & W_BE)
			return !tok_is(d, j, "being") || 1;
		if (!(tflags(d, j) & GEOKG__T_WORD) || d->mof[j] >= 0)
			return 0;
		if (d->cls[j] & (W_NEG | W_POS))
			continue;
		if (!tok_is(d, j, "also") && !tok_is(d, j, "reportedly") &&
		    !tok_is(d, j, "allegedly") && !tok_is(d, j, "already"))
			return 0;
	}
	return 0;
}

/* "became the first French leader to visit Libya": an ordinal before
 * the mention that starts at token a; the visit happened. */
static int first_to(const xdoc *d, int a)
{
	for (int j = a - 1; j >= 0 && j >= a - 2; j--)
		if (tok_is(d, j, "first") || tok_is(d, j, "second") ||
		    tok_is(d, j, "last") || tok_is(d, j, "only"))
			return 1;
	return 0;
}

/* The modality of the trigger at t from the cues of its clause. */
static geokg_modality modality(const xdoc *d, int t, int inherent,
                               int *req_at, int noun)
{
	int neg = 0, cond = 0, req = inherent == GEOKG_MOD_REQUESTED, pos = 0,
	    exp = inherent == GEOKG_MOD_EXPECTED, n = (int)d->s->n;
	int dist = 0, shared = 0; /* after "... and VERB": modals only */
	int past_that = 0, circ = 0;
	/* "ahead of / before their (first face-to-face) talks": to come
	 * (a noun, whatever its reading; not "before meeting B") */
	if ((noun || !(d->s->toks[t].flen > 4 &&
	               strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0)) &&
	    d->trig[t] >= 0 &&
	    geokg__lex_triggers[d->trig[t]].type == GEOKG_TYPE_MEETS) {
		int j = t - 1;
		while (j >= 0 && j >= t - 6 &&
		       ((d->mof[j] < 0 && ((d->cls[j] & (W_DET | W_TMOD)) ||
		                           (tflags(d, j) & GEOKG__T_HYPH) ||
		                           (tflags(d, j + 1) & GEOKG__T_HYPH) ||
		                           d->cls[j] == 0)) ||
		        (d->mof[j] >= 0 && (d->m[d->mof[j]].flags & MF_POSS))) &&
		       !tok_is(d, j, "before") && !tok_is(d, j, "of"))
			j--;
		if (j >= 0 && (tok_is(d, j, "before") ||
		               (tok_is(d, j, "of") && j > 0 && tok_is(d, j - 1, "ahead"))))
			exp = 1;
	}
	for (int j = t - 1; j >= 0 && dist < 14; j--, dist++) {
		uint64_t c = d->cls[j];
		/* "is open to talks with B", "are open to renewed dialogue" */
		if (tok_is(d, j, "open") && tok_is(d, j + 1, "to") && j + 1 < t)
			c |= W_POS;
		/* "called for calm during a meeting with B": the meeting is
		 * a circumstance of another verb, which may be tensed but
		 * does not ask for it or deny it */
		if (noun && !circ && d->mof[j] < 0 &&
		    (tok_is(d, j, "during") || tok_is(d, j, "after") ||
		     tok_is(d, j, "under")))
			circ = 1;
		/* "ended a visit to Kenya before flying to Egypt": a
		 * subordinate -ing verb keeps the tense, not the negation */
		if (!noun && !circ && j == t - 1 &&
		    (tok_is(d, j, "before") || tok_is(d, j, "after") ||
		     tok_is(d, j, "since") || tok_is(d, j, "while")))
			circ = 1;
		if (circ)
			c &= ~(uint64_t)(W_REQ | W_NEG);
		if (((j > 0 && (tflags(d, j) & GEOKG__T_CAP) && !d->headline &&
		      !(tflags(d, j - 1) & GEOKG__T_DATELINE)) || d->mof[j] >= 0))
			c &= ~(uint64_t)(W_EXP | W_POS | W_REQ | W_NEG);
		if (tflags(d, j) & GEOKG__T_DATELINE)
			break;
		if (c & W_COND) {
			cond = 1;
			break;
		}
		if (hard_bound(d, j) && !(c & W_REL))
			break;
		/* "would not respond to Trump's visa ban": the noun
		 * phrase starts at its possessor */
		if (noun && ((tflags(d, j) & GEOKG__T_POSS) ||
		             (d->mof[j] >= 0 && (d->m[d->mof[j]].flags & MF_POSS)))) {
			int a = d->mof[j] >= 0 ? d->m[d->mof[j]].a : j - 1;
			if (a > 0 && d->mof[a - 1] < 0 && (d->cls[a - 1] & W_PREP))
				break;
		}
		/* "is to visit", "were to hold talks": planned */
		if (tok_is(d, j, "to") && j > 0 && (d->cls[j - 1] & W_BE) &&
		    j + 1 < n && (j + 1 == t || d->trig[j + 1] >= 0 ||
		                  ((tflags(d, j + 1) & GEOKG__T_WORD) &&
		                   !(tflags(d, j + 1) & GEOKG__T_CAP) &&
		                   d->mof[j + 1] < 0)))
			exp = 1;
		if (is_punct(d, j, ',')) {
			/* "X, who will visit Spain, met Y": skip the relative
			 * clause; else a comma ends the clause */
			int c2 = j - 1;
			while (c2 >= 0 && !is_punct(d, c2, ',') &&
			       (!hard_bound(d, c2) || (d->cls[c2] & W_REL)))
				c2--;
			if (c2 > 0 && c2 + 1 < j && (d->cls[c2 + 1] & W_REL)) {
				j = c2;
				continue;
			}
			if (dist > 2)
				break;
			/* "S, Iranian officials warned": S is another clause */
			for (int q = j + 1; q < t; q++)
				if (d->mof[q] >= 0)
					goto scanned;
		}
		if ((c & W_NEG) && d->s->toks[j].flen >= 4 &&
		    strncmp(tok_fold(d, j), "stop", 4) == 0 && j + 1 < n &&
		    (tok_is(d, j + 1, "off") || tok_is(d, j + 1, "over") ||
		     ((d->cls[j + 1] & W_PREP) && !tok_is(d, j + 1, "to"))))
			c &= ~(uint64_t)W_NEG; /* "stop off in Paris", "stopped in
			                        * Rome"; but "stopped gas deliveries" */
		if (shared)
			c &= ~(uint64_t)(W_NEG | W_REQ | W_COND);
		if (past_that)
			c &= ~(uint64_t)W_NEG;
		if (tok_is(d, j, "off") && j > 0 && (d->cls[j - 1] & W_NOTOFF))
			c &= ~(uint64_t)W_NEG; /* "kicked off a visit" */
		/* "ended a visit", "ending talks": the meeting took place */
		if ((c & W_NEG) && (noun || j >= t - 3) && d->trig[t] >= 0 &&
		    geokg__lex_triggers[d->trig[t]].type == GEOKG_TYPE_MEETS &&
		    (tok_is(d, j, "ended") || tok_is(d, j, "ending") ||
		     tok_is(d, j, "ends")))
			c &= ~(uint64_t)W_NEG;
		if (c & W_NEG) {
			/* "no" negates a noun next to it, or "no plans to" */
			if (!tok_is(d, j, "no") || dist <= 2 ||
			    tok_is(d, j + 1, "plans") || tok_is(d, j + 1, "plan") ||
			    tok_is(d, j + 1, "intention") || tok_is(d, j + 1, "intentions"))
				neg = 1;
		}
		if ((c & W_REQ) && d->s->toks[j].flen >= 4 &&
		    strncmp(tok_fold(d, j), "call", 4) == 0 &&
		    !(tok_is(d, j + 1, "for") || tok_is(d, j + 1, "on") ||
		      tok_is(d, j + 1, "upon")))
			c &= ~(uint64_t)W_REQ; /* "called the meeting encouraging" */
		/* "Asked about a visit to B, X said": a question, no request */
		if ((c & W_REQ) && d->s->toks[j].flen >= 3 &&
		    strncmp(tok_fold(d, j), "ask", 3) == 0 &&
		    (tok_is(d, j + 1, "about") || tok_is(d, j + 1, "whether") ||
		     tok_is(d, j + 1, "if")))
			c &= ~(uint64_t)W_REQ;
		if ((c & W_REQ) && !req) {
			req = 1;
			*req_at = j;
		}
		if (c & W_POS)
			pos = 1;
		if (c & W_EXP)
			exp = 1;
		if (c & W_REL)
			break;
		/* "not threatened by this notion that China is providing":
		 * the complement has its own modality, unless denied ("denied
		 * that it sold") */
		if ((c & W_THAT) && dist > 0 && !past_that) {
			if (j > 0 && (d->cls[j - 1] & W_NEG) && !tok_is(d, j - 1, "not") &&
			    !tok_is(d, j - 1, "no")) {
				neg = 1;
				break;
			}
			past_that = 1; /* a negation further left is not ours */
		}
		/* "... and will give": the new verb has its own modality;
		 * "will expel diplomats and freeze assets" shares the modal */
		if ((c & W_COORD) && j + 1 <= t &&
		    (d->cls[j + 1] & (W_AUX | W_EXP | W_POS)))
			break;
		if ((c & W_COORD) && j + 1 == t && !noun)
			shared = 1;
	}
scanned:
	/* "X to visit Y" in a headline: planned; "India, Pakistan to resume
	 * peace talks" too */
	if (t >= 2 && tok_is(d, t - 1, "to") && d->mof[t - 2] >= 0 &&
	    !first_to(d, d->m[d->mof[t - 2]].a))
		exp = 1;
	for (int j = t - 2; j >= 2 && j >= t - 4 && !exp; j--) {
		if (d->mof[j] >= 0 || !(tflags(d, j) & GEOKG__T_WORD))
			break;
		if (tok_is(d, j, "to") && d->mof[j - 1] >= 0 &&
		    d->m[d->mof[j - 1]].kind == MK_ACTOR && d->mof[j + 1] < 0 &&
		    !(d->cls[j + 1] & (W_DET | W_PREP)) &&
		    !first_to(d, d->m[d->mof[j - 1]].a))
			exp = 1;
	}
	/* "signed a deal to buy", "in talks to buy", "a bid to buy" */
	if (t >= 2 && tok_is(d, t - 1, "to") && d->mof[t - 2] < 0) {
		if (tok_is(d, t - 2, "deal") || tok_is(d, t - 2, "contract") ||
		    tok_is(d, t - 2, "agreement") || tok_is(d, t - 2, "accord") ||
		    tok_is(d, t - 2, "pact"))
			exp = 1;
		else if (tok_is(d, t - 2, "talks") || tok_is(d, t - 2, "negotiations") ||
		         tok_is(d, t - 2, "bid"))
			pos = 1;
	}
	/* "talks were cancelled", "sanctions will be lifted"; not the
	 * infinitive of a verb ("threatened to cut off aid") */
	for (int j = t + 1; j < n && j <= t + (noun ? 10 : 6); j++) {
		if (hard_bound(d, j) || is_punct(d, j, ',') ||
		    (d->cls[j] & (W_THAT | W_REL)) ||
		    (!noun && j == t + 1 && tok_is(d, j, "to")))
			break;
		/* a long noun phrase ("the visit by the Japanese foreign
		 * minister to China was cancelled"), but not into the next
		 * clause ("resumed after they had been suspended") */
		if (j > t + 6 && (d->trig[j] >= 0 || tok_is(d, j, "after") ||
		                  tok_is(d, j, "before") || tok_is(d, j, "since") ||
		                  tok_is(d, j, "as") || tok_is(d, j, "until")))
			break;
		if ((d->cls[j] & W_NEG) && !tok_is(d, j, "no") &&
		    (d->cls[j > 0 ? j - 1 : 0] & (W_BE | W_AUX | W_NEG)) &&
		    !(j > t + 6 && (tok_is(d, j, "not") || tok_is(d, j, "n't") ||
		                    tok_is(d, j, "never"))))
			neg = 1; /* (far off, only "was cancelled": "the visit to
			          * Cuba this month will not be affected") */
		if (tok_is(d, j, "off") && tok_is(d, j - 1, "called"))
			neg = 1; /* "the visit was called off" */
	}
	/* "a meeting - which never took place -", "talks that did not take
	 * place" */
	if (noun)
		for (int j = t + 1; j + 2 < n && j <= t + 8; j++) {
			if (hard_bound(d, j) && !(d->cls[j] & W_REL) &&
			    !(is_punct(d, j, '-')))
				break;
			if ((d->cls[j] & (W_REL | W_THAT)) &&
			    (tok_is(d, j + 1, "never") || tok_is(d, j + 1, "did")) &&
			    (tok_is(d, j + 2, "took") || tok_is(d, j + 2, "happened") ||
			     (tok_is(d, j + 2, "not") && j + 3 < n &&
			      (tok_is(d, j + 3, "take") || tok_is(d, j + 3, "happen"))))) {
				neg = 1;
				break;
			}
		}
	/* "will help Taiwan if it is attacked", "will not send tanks
	 * unless ..."; not for threats, whose content is the condition */
	if (!cond && (exp || pos || neg) && d->trig[t] >= 0 &&
	    geokg__lex_triggers[d->trig[t]].type != GEOKG_TYPE_THREATENS) {
		for (int j = t + 1; j < n && j <= t + 14; j++) {
			if ((d->cls[j] & W_COND) && (exp || pos || tok_is(d, j, "unless"))) {
				cond = 1;
				if (tok_is(d, j, "unless"))
					neg = 0;
				break;
			}
			if ((d->cls[j] & (W_SAY)) || is_punct(d, j, ';') ||
			    is_punct(d, j, '.'))
				break;
		}
	}
	/* "a meeting between the two leaders would be symbolic", "the
	 * visit is scheduled": a planned meeting named as a subject */
	if (noun && !neg && !cond && !req && !pos && !exp && d->trig[t] >= 0 &&
	    geokg__lex_triggers[d->trig[t]].type == GEOKG_TYPE_MEETS) {
		for (int j = t + 1; j < n && j <= t + 10; j++) {
			if (hard_bound(d, j) || is_punct(d, j, ',') ||
			    (d->cls[j] & (W_THAT | W_REL)))
				break;
			/* "between A and B would": a list goes on; "and agreed"
			 * is another verb */
			if ((d->cls[j] & W_COORD) && j + 1 < n && d->mof[j + 1] < 0 &&
			    !(tok_is(d, j + 1, "the") && j + 2 < n && d->mof[j + 2] >= 0))
				break;
			if ((d->cls[j] & W_POS) && !(tflags(d, j) & GEOKG__T_CAP)) {
				pos = 1;
				break;
			}
			if ((d->cls[j] & W_EXP) && !(tflags(d, j) & GEOKG__T_CAP) &&
			    (!(d->cls[j] & W_DET) || (d->cls[j - 1] & W_BE))) {
				exp = 1;
				break;
			}
			if (d->trig[j] >= 0)
				break;
		}
	}
	if (neg)
		return GEOKG_MOD_NEGATED;
	if (cond)
		return GEOKG_MOD_CONDITIONAL;
	if (req)
		return GEOKG_MOD_REQUESTED;
	if (pos)
		return GEOKG_MOD_POSSIBLE;
	if (exp)
		return GEOKG_MOD_EXPECTED;
	return GEOKG_MOD_ASSERTED;
}

/* How many tokens at a open a quantity before the thing supplied ("more
 * than 1,000 containers", "up to 600 marines", "nearly 40 tanks"): 0 when
 * none does.  Only a number may follow. */
static int quantity_lead(const xdoc *d, int a)
{
	static const char *const two[][2] = {
		{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"up", "to"},
		{"at", "least"}, {"at", "most"}};
	static const char *const one[] = {"nearly", "almost", "about", "around",
	                                  "roughly", "some", "over", "approximately"};
	int n = (int)d->s->n, k = 0;

	for (size_t i = 0; i < sizeof two / sizeof two[0] && !k; i++)
		if (a + 1 < n && tok_is(d, a, two[i][0]) && tok_is(d, a + 1, two[i][1]))
			k = 2;
	for (size_t i = 0; i < sizeof one / sizeof one[0] && !k; i++)
		if (tok_is(d, a, one[i]))
			k = 1;
	return k && a + k < n && (tflags(d, a + k) & GEOKG__T_NUM) ? k : 0;
}

/* Can token b be a word of the object phrase? */
static int object_word(const xdoc *d, int b)
{
	return (tflags(d, b) & GEOKG__T_WORD) && d->mof[b] < 0 &&
	       !(d->cls[b] & (W_PREP | W_BOUND | W_SAY | W_AUX | W_COORD | W_THAT |
	                      W_REL)) &&
	       !(tflags(d, b) & GEOKG__T_POSS);
}

/* The thing supplied: a noun phrase of at most 7 words after token j,
 * without its article or a quantity's lead words ("more than"); a
 * number's thousands stay with it ("1,000"), and "of" or "and" join two
 * plain words ("containers of ammunition", "food and fuel"). */
static void object_phrase(const xdoc *d, int j, char *out, size_t cap)
{
	int n = (int)d->s->n, a, b, words = 0;
	out[0] = 0;
	a = j;
	while (a < n && (tok_is(d, a, "the") || tok_is(d, a, "a") ||
	                 tok_is(d, a, "an") || tok_is(d, a, "in") ||
	                 tok_is(d, a, "return") || tok_is(d, a, "with") ||
	                 tok_is(d, a, "of")))
		a++;
	if (a < n)
		a += quantity_lead(d, a);
	for (b = a; b < n && words < 7; b++) {
		if (object_word(d, b)) {
			words++;
			continue;
		}
		/* "1,000": a comma between digits, no space around it */
		if (words && (tflags(d, b) & GEOKG__T_PUNCT) && d->s->toks[b].punct == ',' &&
		    b + 1 < n && (tflags(d, b - 1) & GEOKG__T_NUM) &&
		    (tflags(d, b + 1) & GEOKG__T_NUM) &&
		    !(tflags(d, b) & GEOKG__T_SPACE) && !(tflags(d, b + 1) & GEOKG__T_SPACE))
			continue;
		if (words && (tok_is(d, b, "of") || tok_is(d, b, "and")) && b + 1 < n &&
		    object_word(d, b + 1) && !(tflags(d, b + 1) & GEOKG__T_CAP) &&
		    d->trig[b + 1] < 0)
			continue;
		break;
	}
	if (b > a)
		geokg__sent_text(d->s, (size_t)a, (size_t)b, out, cap);
}

/* "in Vladivostok": a capitalised place after "in" / "at" that is not a
 * party. */
static void location_phrase(const xdoc *d, int t, char *out, size_t cap)
{
	int n = (int)d->s->n;
	out[0] = 0;
	for (int j = t + 1; j < n && j < t + 10; j++) {
		if (obj_bound(d, j, 0))
			return;
		if ((tok_is(d, j, "in") || tok_is(d, j, "at")) && j + 1 < n) {
			int a = j + 1, b;
			if (tok_is(d, a, "the"))
				a++;
			b = a;
			while (b < n && b - a < 4 && (tflags(d, b) & GEOKG__T_CAP) &&
			       (tflags(d, b) & GEOKG__T_WORD) &&
			       (d->mof[b] < 0 || (d->m[d->mof[b]].flags & MF_METONYM)))
				b++;
			if (b > a && (d->mof[a] < 0 || (d->m[d->mof[a]].flags & MF_METONYM)))
				geokg__sent_text(d->s, (size_t)a, (size_t)b, out, cap);
			return;
		}
	}
}

/* Record one edge per (source, target) pair of two groups. */
static int emit(xdoc *d, geokg_type type, const xarg *src, const xarg *dst,
                geokg_modality mod, const char *object, const char *location,
                geokg_error *err)
{
	geokg_evidence ev;
	int rc;
	if (!d->have_text) {
		geokg__sent_text(d->s, 0, d->s->n, d->text, sizeof d->text);
		d->have_text = 1;
	}
	ev.doc = d->docid;
	ev.date = d->date;
	ev.sentence = (long)d->s->index;
	ev.start = (long)d->s->start;
	ev.end = (long)d->s->end;
	ev.text = d->text;
	for (int i = 0; i < src->n; i++)
		for (int j = 0; j < dst->n; j++) {
			size_t a, b;
			int32_t s = src->ref[i], t = dst->ref[j];
			if (s == t)
				continue;
			/* a person and the state they speak for are one side */
			if (ref_kind(d, s) == GEOKG_KIND_PERSON ||
			    ref_kind(d, t) == GEOKG_KIND_PERSON) {
				const char *cs = ref_country(d, s), *ct = ref_country(d, t);
				if (cs && ct && strcmp(cs, ct) == 0)
					continue;
			}
			/* "meets" is symmetric: one direction, by id */
			if (type == GEOKG_TYPE_MEETS && strcmp(ref_id(d, s), ref_id(d, t)) > 0) {
				int32_t x = s;
				s = t;
				t = x;
			}
			if ((rc = out_node(d, s, &a, err)) || (rc = out_node(d, t, &b, err)))
				return rc;
			if (type == GEOKG_TYPE_SANCTIONS && mod != GEOKG_MOD_NEGATED &&
			    src->n > 0) {
				d->last_sanc = *src;
				d->have_sanc = 1;
				d->last_sanc_dst = *dst;
				d->last_sanc_sent = d->s->index;
			}
			if ((rc = geokg_graph_add_edge(d->g, a, b, type, mod,
			                               object && *object ? object : NULL,
			                               location && *location ? location
			                                                     : NULL,
			                               &ev, NULL, err)))
				return rc;
			d->info.relations++;
		}
	if (d->have_rq && src->n > 0 && src->last >= 0 &&
	    d->m[src->first].a > d->rq_at && type == GEOKG_TYPE_SANCTIONS &&
	    (tok_is(d, d->m[src->last].b, "to") || d->rq_np)) {
		xarg r = d->rq;
		d->have_rq = 0;
		return emit(d, type, &r, dst, mod, object, location, err);
	}
	return 0;
}

/* Every pair within one group ("Kim and Putin met"). */
static int emit_pairs(xdoc *d, const xarg *g, geokg_modality mod,
                      const char *loc, geokg_error *err)
{
	int rc;
	for (int i = 0; i < g->n; i++)
		for (int j = i + 1; j < g->n; j++) {
			xarg a, b;
			memset(&a, 0, sizeof a);
			memset(&b, 0, sizeof b);
			a.n = b.n = 1;
			a.ref[0] = g->ref[i];
			b.ref[0] = g->ref[j];
			if ((rc = emit(d, GEOKG_TYPE_MEETS, &a, &b, mod, NULL, loc, err)))
				return rc;
		}
	return 0;
}

/* Is the trigger at t read as a noun? */
static int noun_reading(const xdoc *d, int t, const geokg__trigword *w)
{
	int n = (int)d->s->n;
	if (w->nf == F_NONE)
		return 0;
	if (w->vf == F_NONE)
		return 1;
	if (t == 0) /* "Meeting in Moscow, A and B said": a participle */
		return !(d->s->toks[t].flen > 4 &&
		         strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0 &&
		         t + 1 < n && !(d->cls[t + 1] & W_PREP && tok_is(d, t + 1, "of")) &&
		         !(tflags(d, t) & GEOKG__T_PARA && d->headline));
	if (tok_is(d, t - 1, "to"))
		return 0; /* "to visit Beijing" */
	/* "Abe and Modi, meeting on the margins, agreed": a participle */
	if (is_punct(d, t - 1, ',') && d->s->toks[t].flen > 4 &&
	    strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0 &&
	    t + 1 < n && ((d->cls[t + 1] & W_PREP) || d->mof[t + 1] >= 0))
		return 0;
	if ((tok_is(d, t - 1, "after") || tok_is(d, t - 1, "before") ||
	     tok_is(d, t - 1, "while") || tok_is(d, t - 1, "when")) &&
	    d->s->toks[t].flen > 4 &&
	    strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0)
		return 0; /* "after meeting Putin" */
	if (d->cls[t - 1] & (W_DET | W_PREP | W_TMOD) ||
	    (tflags(d, t - 1) & (GEOKG__T_POSS | GEOKG__T_NUM)) ||
	    (tflags(d, t) & GEOKG__T_HYPH))
		return !(d->cls[t - 1] & (W_AUX | W_EXP)) || tok_is(d, t - 1, "to") == 0;
	if (d->mof[t - 1] >= 0) {
		/* "U.S. sanctions on Russia" vs "U.S. sanctions Russia",
		 * "Japan bans travel" */
		if (t + 1 < n && (d->cls[t + 1] & W_PREP))
			return 1;
		if (t + 1 < n && (d->mof[t + 1] >= 0 || (d->cls[t + 1] & W_DET)))
			return 0;
		/* "Japan bans travel to", "Iran sells drones to": a verb and
		 * its object; not "U.S. sanctions imposed on", "the Russia
		 * sanctions bill limiting" */
		if (t + 2 < n && (tflags(d, t + 1) & GEOKG__T_WORD) &&
		    !(tflags(d, t + 1) & GEOKG__T_CAP) &&
		    !(d->cls[t + 1] & (W_AUX | W_BE | W_COORD | W_SAY | W_EXP | W_POS |
		                       W_NEG | W_THAT | W_REL)) &&
		    !(d->s->toks[t + 1].flen > 3 &&
		      strcmp(tok_fold(d, t + 1) + d->s->toks[t + 1].flen - 2, "ed") == 0) &&
		    ((d->cls[t + 2] & W_PREP) || hard_bound(d, t + 2)))
			return 0;
		return 1;
	}
	/* "imposed sanctions on", "lifted sanctions on", "talks with" */
	if (t + 1 < n && (d->cls[t + 1] & W_PREP) && !tok_is(d, t + 1, "by") &&
	    !tok_is(d, t - 1, "to") && !(d->cls[t - 1] & (W_AUX | W_BE)))
		return 1;
	if (d->cls[t - 1] & (W_AUX | W_EXP | W_POS | W_NEG | W_REQ))
		return 0;
	if (tok_is(d, t - 1, "to"))
		return 0;
	/* "a stern warning": a determiner and an adjective (threats only) */
	if (w->type == GEOKG_TYPE_THREATENS && t >= 2 && (d->cls[t - 2] & W_DET) &&
	    d->mof[t - 1] < 0 && d->cls[t - 1] == 0 &&
	    !(tflags(d, t - 1) & GEOKG__T_CAP) && d->trig[t - 1] < 0)
		return 1;
	/* a noun after an adjective-like word, a verb after anything else */
	return !(tflags(d, t - 1) & GEOKG__T_WORD) ? 1 : 0;
}

/* Is there a meeting word ("summit", "talks") after t in the clause? */
static int meeting_after(const xdoc *d, int t)
{
	for (int j = t + 1; j < (int)d->s->n && j < t + 10; j++) {
		if (hard_bound(d, j) && !is_punct(d, j, '"'))
			return 0;
		if (d->trig[j] >= 0 && geokg__lex_triggers[d->trig[j]].nf == F_MEET_N)
			return 1;
	}
	return 0;
}

/* The closest actor mention just left of a noun trigger (a compound or a
 * possessive: "U.S. sanctions", "Russia's arms sales"). */
static int compound_left(const xdoc *d, int t, xarg *g)
{
	int weak_ok = d->trig[t] >= 0 &&
	              (geokg__lex_triggers[d->trig[t]].type == GEOKG_TYPE_SUPPLIES ||
	               geokg__lex_triggers[d->trig[t]].type == GEOKG_TYPE_SANCTIONS);
	int j = t - 1;
	memset(g, 0, sizeof *g);
	while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD)) && d->mof[j] < 0 &&
	       !tok_is(d, j, "the") && !tok_is(d, j, "a") && t - j < 4)
		j--;
	if (j >= 0 && (tflags(d, j) & GEOKG__T_POSS))
		j--;
	if (j >= 0 && d->mof[j] >= 0 &&
	    (d->m[d->mof[j]].kind == MK_ACTOR ||
	     (weak_ok && d->m[d->mof[j]].kind == MK_WEAK &&
	      (d->m[d->mof[j]].flags & (MF_DEMONYM | MF_ORIGIN))))) {
		coord_left(d, d->mof[j], g);
		return 1;
	}
	return 0;
}

/* The word before the actor compounded with noun trigger t, past
 * determiners and time words ("under" in "Iran remains under U.N.
 * sanctions"), with the actor in *g; -1 when no actor is compounded with
 * t or nothing stands before it. */
static int before_compound(const xdoc *d, int t, xarg *g)
{
	int h;

	if (!compound_left(d, t, g))
		return -1;
	h = d->m[g->first].a - 1;
	while (h >= 0 && (d->cls[h] & (W_DET | W_TMOD)) && d->mof[h] < 0)
		h--;
	return h;
}

/* A weak demonym mention in the sentence ("Russian MiG-29 fighters"):
 * the origin of goods a recipient is buying. */
static int weak_origin(const xdoc *d, int t, xarg *g)
{
	memset(g, 0, sizeof *g);
	for (int k = 0; k < d->nm; k++)
		if (d->m[k].kind == MK_WEAK &&
		    (d->m[k].flags & (MF_DEMONYM | MF_ORIGIN)) &&
		    d->m[k].a > t && d->m[k].a <= t + 16) {
			arg_add(g, &d->m[k]);
			return 1;
		}
	return 0;
}

static int relate_sanction(xdoc *d, int t, int frame, geokg_modality mod,
                           geokg_error *err);

/* Is what follows token b a short noun phrase of goods ("oil",
 * "seafood", "crude oil"), not a group or a body ("Lebanese Shi'ite
 * group", "Russian intelligence agency")? */
static int short_goods(const xdoc *d, int b)
{
	int n = (int)d->s->n, k = b, model = 0;
	/* a model name first: "Russian S-300 missiles", "U.S. F-16s" */
	if (k + 1 < n && d->mof[k] < 0 && (tflags(d, k) & GEOKG__T_CAP) &&
	    d->s->toks[k].flen <= 4 && (tflags(d, k + 1) & GEOKG__T_HYPH) &&
	    (tflags(d, k + 1) & GEOKG__T_NUM)) {
		k += 2;
		while (k < n && (tflags(d, k) & GEOKG__T_HYPH))
			k++;
		b = k;
		model = 1;
	}
	while (k < n && k < b + 2 && d->mof[k] < 0 &&
	       (tflags(d, k) & GEOKG__T_WORD) && !(tflags(d, k) & GEOKG__T_CAP) &&
	       !(d->cls[k] & ~(uint64_t)(W_GOODS | W_TMOD | W_DET)) &&
	       d->trig[k] < 0)
		k++;
	if (k == b && !model)
		return 0;
	return k >= n || !(tflags(d, k) & GEOKG__T_WORD) ||
	       (d->cls[k] & (W_PREP | W_COORD | W_BOUND | W_AUX | W_SAY | W_THAT |
	                     W_REL)) || d->trig[k] >= 0;
}

/* A state named as the origin of goods ("Japanese seafood", "Iranian
 * oil", "Russia's S-400 system") at most `lim` tokens after token a,
 * with only determiners and quantities before it. */
static int origin_after(const xdoc *d, int a, int lim, int poss, xarg *g)
{
	memset(g, 0, sizeof *g);
	for (int j = a; j < (int)d->s->n && j < a + lim; j++) {
		if (d->mof[j] >= 0) {
			const xment *m = &d->m[d->mof[j]];
			if (m->n != 1 || ref_kind(d, m->ref[0]) != GEOKG_KIND_COUNTRY)
				return 0;
			if ((m->kind == MK_WEAK && (m->flags & (MF_DEMONYM | MF_ORIGIN)) &&
			     short_goods(d, m->b)) ||
			    (poss && m->kind == MK_ACTOR && (m->flags & MF_POSS) &&
			     !(m->flags & MF_PRON))) {
				arg_add(g, m);
				g->first = g->last = d->mof[j];
				return 1;
			}
			return 0;
		}
		if (!(d->cls[j] & W_DET) && !(tflags(d, j) & GEOKG__T_NUM) &&
		    !is_punct(d, j, '$'))
			return 0;
	}
	return 0;
}

/* The sayer of the clause before token t ("X said, warning that ...",
 * "X said talks with Y ..."): the mention before a say-verb. */
static int sayer(const xdoc *d, int t, xarg *g)
{
	memset(g, 0, sizeof *g);
	for (int j = t - 1; j > 0 && j >= t - 14; j--) {
		if ((d->cls[j] & W_SAY) && d->mof[j - 1] >= 0 &&
		    d->m[d->mof[j - 1]].kind == MK_ACTOR) {
			coord_left(d, d->mof[j - 1], g);
			return 1;
		}
		if ((d->cls[j] & W_SAY) && j + 1 < t) {
			/* "Downing Street said all contacts with ..." */
			int k = d->mof[j - 1];
			(void)k;
			return subject(d, j, 0, g);
		}
		if (is_punct(d, j, ';') || is_punct(d, j, '.'))
			return 0;
	}
	return 0;
}

/* The subject of a verb trigger, with gerunds and participles: "North
 * Korea receiving aid" (the name just before), ", warning that ..." (the
 * main clause's subject), "that arming Kyiv would ..." (none). */
static int verb_subject(const xdoc *d, int t, xarg *g)
{
	size_t n = d->s->toks[t].flen;
	int j = t - 1;
	memset(g, 0, sizeof *g);
	if (!(n > 4 && strcmp(tok_fold(d, t) + n - 3, "ing") == 0))
		return subject(d, t, 0, g);
	while (j >= 0 && (d->cls[j] & (W_NEG | W_POS)) && d->mof[j] < 0)
		j--;
	if (j < 0)
		return 0;
	if (d->mof[j] >= 0) {
		if (d->m[d->mof[j]].kind != MK_ACTOR)
			return 0;
		coord_left(d, d->mof[j], g);
		return 1;
	}
	if (d->cls[j] & (W_BE | W_AUX))
		return subject(d, t, 0, g);
	/* "began delivering", "stopped buying", "continues arming": the
	 * subject of the aspect verb */
	{
		static const char *const asp[] = {
			"began", "begin", "begins", "started", "start", "starts",
			"continued", "continue", "continues", "resumed", "resume",
			"resumes", "stopped", "stop", "stops", "kept", "keep", "keeps",
			NULL};
		for (int i = 0; asp[i]; i++)
			if (tok_is(d, j, asp[i]))
				return subject(d, j, 0, g);
	}
	if (is_punct(d, j, ','))
		return sayer(d, j, g) || clause_first(d, j, g);
	if (tok_is(d, j, "and"))
		return subject(d, t, 0, g);
	/* "urged Russia to stop selling arms", "is committed to supplying"
	 * (supplies and threats only: "looked forward to meeting B" would
	 * need its own modality) */
	if (tok_is(d, j, "to") && d->trig[t] >= 0 &&
	    geokg__lex_triggers[d->trig[t]].type != GEOKG_TYPE_MEETS)
		return subject(d, t, 0, g);
	/* "Li told reporters after meeting Lavrov": the main clause's */
	if (tok_is(d, j, "after") || tok_is(d, j, "before") ||
	    tok_is(d, j, "while") || tok_is(d, j, "when") || tok_is(d, j, "since"))
		return clause_first(d, j, g) || sayer(d, j, g);
	return 0;
}

/* Verbs that supply only when goods are named ("give", "send"). */
static int generic_supply(const xdoc *d, int t)
{
	static const char *const v[] = {
		"give", "gives", "gave", "given", "giving", "provide", "provides",
		"provided", "providing", "send", "sends", "sent", "sending", "grant",
		"granted", "hand", "handed", "hands", "transfer", "transferred",
		"pledged", "pledges", "offer", "offered", "offers", "deliver", "delivered",
		"delivers", "delivering", "airlift", "airlifted", "airlifting",
		"dispatched", "dispatch", "rushed", "extended", "extends",
		"contributed", "contributes", "contribute", "promised", "promises",
		"gifted", "loaned", "lends", "lending", NULL};
	for (int i = 0; v[i]; i++)
		if (tok_is(d, t, v[i]))
			return 1;
	return 0;
}

/*
 * "The U.N. capped North Korean imports", "the EU banned Russian oil
 * imports": a state's trade curbed by another is a sanction on it.  Takes
 * the case (1, with *rc set) or leaves it (0).
 */
static int trade_curb(xdoc *d, int t, geokg_modality mod, geokg_error *err,
                      int *rc)
{
	static const char *const curb[] = {
		"capped", "caps", "cap", "limited", "limits", "restricted",
		"restricts", "curbed", "curbs", "banned", "bans", "ban", "banning",
		"barred", "halted", "suspended", "blocked", "embargoed", NULL};
	xarg c, s;
	int j, v = -1;
	if (!tok_is(d, t, "imports") && !tok_is(d, t, "exports"))
		return 0;
	if (!compound_left(d, t, &c)) {
		/* "restricted (oil) exports to B", "curbed imports from B" */
		int prep;
		j = t - 1;
		while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD | W_GOODS)) &&
		       d->mof[j] < 0)
			j--;
		for (int i = 0; j >= 0 && curb[i]; i++)
			if (tok_is(d, j, curb[i]) && d->trig[j] < 0)
				v = j; /* ("halted", "banned": frames of their own) */
		if (v < 0 || !object(d, t, tok_is(d, t, "exports") ? P_TO : P_FROM,
		                     3, &c, &prep) ||
		    !subject(d, v, 0, &s))
			return 0;
		*rc = emit(d, GEOKG_TYPE_SANCTIONS, &s, &c, mod, NULL, NULL, err);
		return 1;
	}
	j = d->m[c.first].a - 1;
	while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD)) && d->mof[j] < 0)
		j--;
	for (int i = 0; j >= 0 && curb[i]; i++)
		if (tok_is(d, j, curb[i]))
			v = j;
	if (v < 0 || !subject(d, v, 0, &s))
		return 0;
	(void)mod;
	*rc = emit(d, GEOKG_TYPE_SANCTIONS, &s, &c, GEOKG_MOD_ASSERTED, NULL, NULL,
	           err);
	return 1;
}

/* Is a goods word among the n tokens from j (within the clause)? */
static int goods_within(const xdoc *d, int j, int n)
{
	for (int k = j; k < (int)d->s->n && k < j + n; k++) {
		if (d->cls[k] & W_GOODS)
			return 1;
		if (hard_bound(d, k))
			return 0;
	}
	return 0;
}

/* Goods other than "support" (which may be political) among the n
 * tokens from j, in the clause. */
static int hard_goods(const xdoc *d, int j, int n)
{
	for (int k = j; k < (int)d->s->n && k < j + n; k++) {
		if ((d->cls[k] & W_GOODS) && !tok_is(d, k, "support"))
			return 1;
		if (hard_bound(d, k))
			return 0;
	}
	return 0;
}

/* Verbs of receiving that take goods only when goods are named. */
static int generic_receive(const xdoc *d, int t)
{
	static const char *const v[] = {
		"receive", "receives", "received", "receiving", "obtain", "obtained",
		"request", "requests", "requested", "seek", "seeks", "sought",
		"seeking", "get", "gets", "got", "getting", "secured", "secures",
		"won", "wins", "borrowed", "borrows", "borrow", "ordered", "orders",
		NULL};
	for (int i = 0; v[i]; i++)
		if (tok_is(d, t, v[i]))
			return 1;
	return 0;
}

/*
 * The supplier of goods named before a passive verb at t: "Russian-made
 * missiles were delivered", "U.S. weapons were sent", "Iran's drones
 * were shipped" (a state's name, demonym or possessive, then goods).
 */
static int goods_origin(const xdoc *d, int t, xarg *a)
{
	memset(a, 0, sizeof *a);
	for (int j = t - 1; j >= 0 && j >= t - 9; j--) {
		if (hard_bound(d, j) || is_punct(d, j, ','))
			return 0;
		if (d->mof[j] < 0)
			continue;
		const xment *m = &d->m[d->mof[j]];
		if ((m->flags & (MF_PRON | MF_CIVIL)) || m->kind == MK_DEAD ||
		    (m->kind == MK_WEAK && !(m->flags & (MF_DEMONYM | MF_ORIGIN))) ||
		    !goods_within(d, m->b, 5))
			return 0;
		for (int q = m->b; q < t; q++)
			if (d->mof[q] >= 0 || (d->cls[q] & (W_PREP | W_COORD)))
				return 0;
		arg_add(a, m);
		a->first = a->last = d->mof[j];
		return 1;
	}
	return 0;
}

/*
 * The subject of a supply verb whose subject stands elsewhere: "Iran is
 * believed to be supplying", "Iran was accused of supplying", "accused
 * Iran of supplying", "is said to have sold".
 */
static int raised_subject(const xdoc *d, int t, xarg *s)
{
	static const char *const said[] = {
		"believed", "said", "reported", "thought", "alleged", "suspected",
		"known", "understood", NULL};
	memset(s, 0, sizeof *s);
	if (t >= 3 && tok_is(d, t - 1, "of")) {
		int k = d->mof[t - 2];
		if (k >= 0 && d->m[k].kind == MK_ACTOR && d->m[k].a > 0 &&
		    !(d->m[k].flags & MF_POSS) &&
		    (tok_is(d, d->m[k].a - 1, "accused") ||
		     tok_is(d, d->m[k].a - 1, "accusing") ||
		     tok_is(d, d->m[k].a - 1, "accuses") ||
		     tok_is(d, d->m[k].a - 1, "suspected"))) {
			coord_right(d, k, s);
			s->first = k;
			return 1;
		}
		if ((tok_is(d, t - 2, "accused") || tok_is(d, t - 2, "suspected")) &&
		    (d->cls[t - 3] & W_BE))
			return subject(d, t - 3, 0, s);
		return 0;
	}
	if (t >= 4 && (tok_is(d, t - 1, "be") || tok_is(d, t - 1, "have")) &&
	    tok_is(d, t - 2, "to") && (d->cls[t - 4] & W_BE))
		for (int i = 0; said[i]; i++)
			if (tok_is(d, t - 3, said[i]))
				return subject(d, t - 4, 0, s);
	return 0;
}

/* ---- Threats: promises of force, conditions, accusations ---- */

/* Is token j a noun for a hostile act that someone commits ("any
 * aggression by B", "B's provocations", "a U.S. attack")? */
static int hostile_act(const xdoc *d, int j)
{
	static const char *const w[] = {
		"aggression", "attack", "attacks", "provocation", "provocations",
		"invasion", "incursion", "incursions", "strike", "strikes",
		"expulsion", "expulsions", "deployment", "tariffs", "sanctions",
		"aggressor", "intervention", "interference", NULL};
	if ((tflags(d, j) & GEOKG__T_CAP) && !d->headline)
		return 0;
	for (int i = 0; w[i]; i++)
		if (tok_is(d, j, w[i]))
			return 1;
	return 0;
}

/*
 * Whose hostile act follows token t (within lim tokens, in the clause):
 * "respond to Britain's expulsion of diplomats", "any aggression by the
 * United States", "a U.S. attack", "any Indian strike".  The actor is a
 * possessor, a state's name or demonym just before the act, or the agent
 * after it ("by", "from").
 */
static int act_target(const xdoc *d, int t, int lim, xarg *o)
{
	int n = (int)d->s->n;
	memset(o, 0, sizeof *o);
	for (int j = t + 1; j < n && j <= t + lim; j++) {
		if (obj_bound(d, j, 0))
			return 0;
		if (d->mof[j] >= 0 || !hostile_act(d, j))
			continue;
		int h = j - 1;
		while (h > t && d->mof[h] < 0 && (d->cls[h] & (W_DET | W_TMOD)))
			h--;
		if (h > t && d->mof[h] < 0 && (tflags(d, h) & GEOKG__T_POSS))
			h--;
		if (h > t && d->mof[h] >= 0 && d->m[d->mof[h]].kind != MK_DEAD &&
		    !(d->m[d->mof[h]].flags & (MF_PRON | MF_CIVIL))) {
			arg_add(o, &d->m[d->mof[h]]);
			o->first = o->last = d->mof[h];
			return 1;
		}
		if (j + 1 < n && (tok_is(d, j + 1, "by") || tok_is(d, j + 1, "from")) &&
		    object(d, j, P_BY | P_FROM, 4, o, NULL))
			return 1;
		return 0;
	}
	return 0;
}

/*
 * The party a conditional threat names: "warned it would retaliate if
 * Finland joined NATO", "threatened to close the strait if the United
 * States attacks".  A hostile word (or any content, when `any`) must
 * stand between t and "if"/"unless"; the target is the subject of the
 * condition, a state other than the threatener's.
 */
static int cond_target(const xdoc *d, int t, const xarg *s, int any, xarg *o)
{
	int n = (int)d->s->n, hostile = any;
	memset(o, 0, sizeof *o);
	for (int j = t + 1; j < n && j < t + 16; j++) {
		if (d->cls[j] & W_COND) {
			int k = j + 1;
			if (!hostile)
				return 0;
			while (k < n && k < j + 3 && d->mof[k] < 0 &&
			       (d->cls[k] & W_DET))
				k++;
			if (k >= n || d->mof[k] < 0 ||
			    d->m[d->mof[k]].kind != MK_ACTOR ||
			    (d->m[d->mof[k]].flags & MF_PRON))
				return 0;
			coord_right(d, d->mof[k], o);
			o->first = d->mof[k];
			/* not the threatener's own side */
			for (int a = 0; a < s->n; a++)
				for (int b = 0; b < o->n; b++) {
					const char *ca = ref_country(d, s->ref[a]),
					           *cb = ref_country(d, o->ref[b]);
					if (s->ref[a] == o->ref[b] ||
					    (ca && cb && strcmp(ca, cb) == 0))
						return 0;
				}
			return 1;
		}
		if ((hard_bound(d, j) && !(d->cls[j] & W_THAT)) ||
		    is_punct(d, j, ','))
			return 0;
		if (d->mof[j] >= 0 && d->m[d->mof[j]].kind == MK_ACTOR &&
		    !(d->m[d->mof[j]].flags & MF_PRON))
			return 0; /* someone else is named first */
		if ((d->cls[j] & W_HOSTILE) ||
		    (d->trig[j] >= 0 &&
		     geokg__lex_triggers[d->trig[j]].type == GEOKG_TYPE_THREATENS))
			hostile = 1;
	}
	return 0;
}

/*
 * Who says that the party whose mention starts at token a will face
 * consequences (the consequence word at t): the subject of a saying or
 * warning verb just before ("X said (that) B would ...") or the speaker
 * after (", X said", ", said X").
 */
static int threat_speaker(const xdoc *d, int a, int t, xarg *s)
{
	int j = a - 1, n = (int)d->s->n;
	memset(s, 0, sizeof *s);
	if (j >= 0 && (d->cls[j] & W_THAT))
		j--;
	if (j > 0 && ((d->cls[j] & W_SAY) || tok_is(d, j, "warned") ||
	              tok_is(d, j, "warns") || tok_is(d, j, "declared") ||
	              tok_is(d, j, "vowed")))
		return subject(d, j, 0, s);
	for (j = t + 1; j + 2 < n && j < t + 8; j++) {
		if (hard_bound(d, j) && !(d->cls[j] & W_SAY))
			return 0;
		if (!is_punct(d, j, ','))
			continue;
		if (d->mof[j + 1] >= 0 && d->m[d->mof[j + 1]].kind == MK_ACTOR) {
			int k = d->mof[j + 1], v = d->m[k].b;
			if (v < n && (d->cls[v] & W_SAY)) {
				coord_right(d, k, s);
				s->first = k;
				return 1;
			}
		}
		if ((d->cls[j + 1] & W_SAY) && d->mof[j + 2] >= 0 &&
		    d->m[d->mof[j + 2]].kind == MK_ACTOR) {
			coord_right(d, d->mof[j + 2], s);
			s->first = d->mof[j + 2];
			return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * The name a noun phrase from token a to the role noun at t stands in
 * apposition to: "Russia, Syria's main arms supplier," (before) or
 * "Syria's main arms supplier, Russia," (after, with "of" goods between).
 */
static int apposed_to(const xdoc *d, int a, int t, xarg *s)
{
	int n = (int)d->s->n, j = t + 1;
	memset(s, 0, sizeof *s);
	if (a >= 2 && is_punct(d, a - 1, ',') && d->mof[a - 2] >= 0 &&
	    d->m[d->mof[a - 2]].kind == MK_ACTOR &&
	    !(d->m[d->mof[a - 2]].flags & (MF_POSS | MF_PRON))) {
		coord_left(d, d->mof[a - 2], s);
		return 1;
	}
	if (j < n && tok_is(d, j, "of"))
		for (j++; j < n && j < t + 6 && d->mof[j] < 0 &&
		     !is_punct(d, j, ',') && !hard_bound(d, j); j++)
			;
	if (j + 1 < n && is_punct(d, j, ',') && d->mof[j + 1] >= 0 &&
	    d->m[d->mof[j + 1]].kind == MK_ACTOR &&
	    !(d->m[d->mof[j + 1]].flags & (MF_POSS | MF_PRON))) {
		int b = d->m[d->mof[j + 1]].b;
		if (b < n && (is_punct(d, b, ',') || hard_bound(d, b))) {
			arg_add(s, &d->m[d->mof[j + 1]]);
			s->first = s->last = d->mof[j + 1];
			return 1;
		}
	}
	return 0;
}

/*
 * "A told / ordered / urged B to withdraw or face consequences": the
 * teller threatens the told.  `c` is the "or".
 */
static int or_face(const xdoc *d, int c, xarg *s, xarg *o)
{
	static const char *const tell[] = {
		"told", "tells", "ordered", "orders", "urged", "urges", "warned",
		"warns", "demanded", "gave", "gives", "asked", "asks", NULL};
	memset(o, 0, sizeof *o);
	for (int j = c - 1; j > 0 && j > c - 14; j--) {
		if (hard_bound(d, j) && !(d->cls[j] & W_SAY))
			return 0;
		if (d->mof[j] < 0)
			continue;
		int k = d->mof[j], v = d->m[k].a - 1;
		if (d->m[k].kind != MK_ACTOR || (d->m[k].flags & MF_POSS) || v < 1)
			return 0;
		for (int i = 0; tell[i]; i++)
			if (tok_is(d, v, tell[i])) {
				coord_right(d, k, o);
				o->first = k;
				return verb_subject(d, v, s);
			}
		j = d->m[k].a;
	}
	return 0;
}

/*
 * A possessor right after the verb at t (determiners between): "threatened
 * Iran's nuclear sites", "would strike North Korea's missile bases".
 */
static int poss_after(const xdoc *d, int t, xarg *o)
{
	int j = t + 1, n = (int)d->s->n;
	memset(o, 0, sizeof *o);
	while (j < n && j < t + 3 && d->mof[j] < 0 && tok_is(d, j, "the"))
		j++;
	if (j >= n || d->mof[j] < 0)
		return 0;
	const xment *m = &d->m[d->mof[j]];
	if (m->kind != MK_ACTOR || !(m->flags & MF_POSS) || (m->flags & MF_PRON))
		return 0;
	arg_add(o, m);
	o->first = o->last = d->mof[j];
	return 1;
}

/*
 * "warned against an Israeli strike", "warned against U.S. interference":
 * the state whose act is warned against.
 */
static int against_whose(const xdoc *d, int t, xarg *o)
{
	int j = t + 1, n = (int)d->s->n;
	memset(o, 0, sizeof *o);
	if (j >= n || !tok_is(d, j, "against"))
		return 0;
	for (j++; j < n && j < t + 5 && d->mof[j] < 0 && (d->cls[j] & W_DET); j++)
		;
	if (j >= n || d->mof[j] < 0)
		return 0;
	const xment *m = &d->m[d->mof[j]];
	if ((m->flags & (MF_PRON | MF_CIVIL)) || m->kind == MK_DEAD ||
	    (m->kind == MK_WEAK && !(m->flags & MF_DEMONYM)) || m->b >= n ||
	    !(tflags(d, m->b) & GEOKG__T_WORD) || d->mof[m->b] >= 0 ||
	    ((tflags(d, m->b) & GEOKG__T_CAP) && !d->headline) ||
	    (d->cls[m->b] & (W_PREP | W_COORD | W_BOUND | W_AGENT | W_TITLE)) ||
	    (d->s->toks[m->b].flen > 4 &&
	     strcmp(tok_fold(d, m->b) + d->s->toks[m->b].flen - 3, "ing") == 0))
		return 0;
	arg_add(o, m);
	o->first = o->last = d->mof[j];
	return 1;
}

/*
 * "Iran accused Israel of sabotage and warned of a response": a threat
 * without an object, in a second verb phrase after an accusation, is
 * aimed at the accused.
 */
static int accused_target(const xdoc *d, int t, xarg *o, int *verb)
{
	static const char *const acc[] = {
		"accused", "accuses", "accusing", "blamed", "blames", "condemned",
		"condemns", "denounced", "denounces", "criticised", "criticized",
		"slammed", "slams", "blasted", "blasts", "lambasted", "rebuked",
		"chided", "scolded", NULL};
	int j = t - 1;
	memset(o, 0, sizeof *o);
	while (j >= 0 && d->mof[j] < 0 &&
	       ((d->cls[j] & (W_AUX | W_TIME)) || tok_is(d, j, "also") ||
	        tok_is(d, j, "then")))
		j--;
	/* (", warns" in a headline or after a comma) */
	if (j < 1 || !(tok_is(d, j, "and") || is_punct(d, j, ',')))
		return 0;
	for (j--; j >= 0; j--) {
		if (hard_bound(d, j) || (d->cls[j] & W_COORD) || is_punct(d, j, ','))
			return 0;
		for (int i = 0; acc[i]; i++)
			if (tok_is(d, j, acc[i])) {
				int k = j + 1;
				if (k < (int)d->s->n && tok_is(d, k, "the"))
					k++;
				if (k >= (int)d->s->n || d->mof[k] < 0 ||
				    d->m[d->mof[k]].kind != MK_ACTOR ||
				    (d->m[d->mof[k]].flags & MF_POSS))
					return 0;
				coord_right(d, d->mof[k], o);
				o->first = d->mof[k];
				if (verb)
					*verb = j;
				return 1;
			}
	}
	return 0;
}

static int forceful_after(const xdoc *d, int t);

/* Does "respond" at t end its clause, or respond to a hostile act
 * ("would respond", "would respond in kind", "respond to the
 * sanctions"), not to questions? */
static int retort_end(const xdoc *d, int t)
{
	int j = t + 1, n = (int)d->s->n;
	if (j >= n || hard_bound(d, j) || is_punct(d, j, ',') ||
	    forceful_after(d, t))
		return 1;
	if (!tok_is(d, j, "to"))
		return 0;
	for (j++; j < n && j < t + 5 && (d->cls[j] & W_DET) && d->mof[j] < 0; j++)
		;
	return j < n && d->mof[j] < 0 && hostile_act(d, j);
}

/*
 * "Washington imposed sanctions on Moscow. Russia vowed to retaliate.":
 * a retaliation without an object aims at whoever sanctioned the
 * subject in this sentence or the one before.
 */
static int sanctioner_of(const xdoc *d, const xarg *s, xarg *o)
{
	if (!d->have_sanc || d->s->index > d->last_sanc_sent + 1)
		return 0;
	for (int a = 0; a < s->n; a++)
		for (int b = 0; b < d->last_sanc_dst.n; b++) {
			const char *ca = ref_country(d, s->ref[a]),
			           *cb = ref_country(d, d->last_sanc_dst.ref[b]);
			if (s->ref[a] == d->last_sanc_dst.ref[b] ||
			    (ca && cb && strcmp(ca, cb) == 0)) {
				*o = d->last_sanc;
				return 1;
			}
		}
	return 0;
}

/* "would not hesitate to strike": a negated hesitation before "to" and
 * the verb at t is a promise, no negation. */
static int no_hesitation(const xdoc *d, int t)
{
	for (int j = t - 1; j > 0 && j >= t - 4; j--)
		if (tok_is(d, j, "hesitate") || tok_is(d, j, "hesitating")) {
			for (int q = j - 1; q >= 0 && q >= j - 3; q--)
				if (d->cls[q] & W_NEG)
					return 1;
			return 0;
		}
	return 0;
}

/*
 * Is a promise of force made before the hostile noun at t: "vowed
 * (to take) revenge", "would use force", "is ready to launch strikes",
 * "threatened retaliation"?  *ruleout is set for "did not rule out",
 * which asserts the threat.  Looks back through the clause (to a comma
 * or bound, at most 7 words).
 */
static int force_promised(const xdoc *d, int t, int *ruleout)
{
	*ruleout = 0;
	for (int j = t - 1; j >= 0 && j >= t - 7; j--) {
		if (hard_bound(d, j) || is_punct(d, j, ',') || d->mof[j] >= 0)
			return 0;
		if (tok_is(d, j, "out") && j > 0 &&
		    (tok_is(d, j - 1, "rule") || tok_is(d, j - 1, "ruled") ||
		     tok_is(d, j - 1, "ruling"))) {
			for (int q = j - 2; q >= 0 && q >= j - 5; q--)
				if ((d->cls[q] & W_NEG) || tok_is(d, q, "refused") ||
				    tok_is(d, q, "declined")) {
					*ruleout = 1;
					return 1;
				}
			return 0;
		}
		if ((d->cls[j] & W_EXP) && !(d->cls[j] & W_DET) &&
		    !(tflags(d, j) & GEOKG__T_CAP))
			return 1;
		if (tok_is(d, j, "hesitate")) {
			*ruleout = no_hesitation(d, j + 2);
			return 1;
		}
		if (tok_is(d, j, "ready") || tok_is(d, j, "vowed") ||
		    tok_is(d, j, "vows") || tok_is(d, j, "vowing") ||
		    tok_is(d, j, "threatened") || tok_is(d, j, "threatens") ||
		    tok_is(d, j, "threatening") || tok_is(d, j, "warned") ||
		    tok_is(d, j, "warns"))
			return 1;
	}
	return 0;
}

/* Words that make "respond" a threat: "respond militarily", "respond
 * with force", "respond in kind". */
static int forceful_after(const xdoc *d, int t)
{
	static const char *const w[] = {
		"militarily", "forcefully", "decisively", "harshly", "firmly",
		"force", "kind", "strikes", "retaliation", NULL};
	for (int j = t + 1; j < (int)d->s->n && j <= t + 4; j++) {
		if (obj_bound(d, j, 0) || d->mof[j] >= 0)
			return 0;
		for (int i = 0; w[i]; i++)
			if (tok_is(d, j, w[i]))
				return 1;
	}
	return 0;
}

/* Is the subject s a state's armed force ("U.S. troops arrived in
 * Iraq", "Russian warplanes flew to Syria")?  A deployment is no visit. */
static int military(const xdoc *d, const xarg *s)
{
	static const char *const w[] = {
		"troops", "forces", "soldiers", "warplanes", "jets", "navy", "army",
		"warships", "marines", "military", "planes", "aircraft", "ships",
		"vessels", "submarines", "bombers", "tanks", "units", "paratroopers",
		"peacekeepers", NULL};
	int b;
	if (s->n == 0 || s->last < 0)
		return 0;
	b = d->m[s->last].b;
	for (int i = 0; w[i]; i++)
		if (tok_is(d, b - 1, w[i]) || tok_is(d, b, w[i]))
			return 1;
	return 0;
}

/* ", speaking after talks with B,": the subject before the comma of
 * a participle phrase whose preposition is at token h. */
static int appositive_subject(const xdoc *d, int h, xarg *g)
{
	int j = h - 1;
	if (h < 0 || !(tok_is(d, h, "after") || tok_is(d, h, "before") ||
	               tok_is(d, h, "during") || tok_is(d, h, "in") ||
	               tok_is(d, h, "at")))
		return 0;
	if (j > 0 && d->mof[j] < 0 && d->s->toks[j].flen > 4 &&
	    strcmp(tok_fold(d, j) + d->s->toks[j].flen - 3, "ing") == 0)
		j--;
	return j > 0 && is_punct(d, j, ',') && clause_first(d, j, g);
}

/* Skip left over what may stand between a preposition and a visit
 * noun: "a", "his", "two-day", "first", "official state".  Returns the
 * token before. */
static int skip_visit_modifiers(const xdoc *d, int h)
{
	for (;;) {
		int j = h;
		while (h >= 0 && d->mof[h] < 0 &&
		       ((d->cls[h] & (W_DET | W_TMOD | W_EXP | W_POS)) ||
		        (tflags(d, h) & GEOKG__T_NUM) ||
		        ((tflags(d, h) & GEOKG__T_WORD) &&
		         !(tflags(d, h) & GEOKG__T_CAP) &&
		         ((tflags(d, h) & GEOKG__T_HYPH) ||
		          (tflags(d, h + 1) & GEOKG__T_HYPH)) && d->trig[h] < 0)))
			h--;
		/* "his latest trip", "a brief surprise visit": plain
		 * adjectives after a determiner */
		j = h;
		while (j >= 0 && j > h - 2 && d->mof[j] < 0 &&
		       (tflags(d, j) & GEOKG__T_WORD) && !(tflags(d, j) & GEOKG__T_CAP) &&
		       d->cls[j] == 0 && d->trig[j] < 0)
			j--;
		if (j == h || j < 0 || !(d->cls[j] & W_DET) ||
		    (d->mof[j] >= 0 && !(d->m[d->mof[j]].flags & MF_PRON)))
			return h;
		h = j;
		if (d->mof[h] >= 0)
			return h; /* "his" standing for the visitor */
	}
}

/* The visitor when a visit phrase opens the sentence: "During a visit
 * to Kenya, Macron signed", "Speaking on a visit to India, Abe said":
 * the bare actor just after the comma that closes the phrase. */
static int visit_opener(const xdoc *d, int h, int end, xarg *g)
{
	int n = (int)d->s->n, c;
	for (int j = 0; j < h; j++)
		if (d->mof[j] >= 0 || !(tflags(d, j) & GEOKG__T_WORD) ||
		    (!tok_is(d, j, "while") && !tok_is(d, j, "when") &&
		     !(d->s->toks[j].flen > 4 &&
		       strcmp(tok_fold(d, j) + d->s->toks[j].flen - 3, "ing") == 0)))
			return 0;
	for (c = end; c < n && c < end + 6 && !is_punct(d, c, ','); c++)
		if (hard_bound(d, c))
			return 0;
	c++;
	while (c < n && d->mof[c] < 0 && (d->cls[c] & (W_DET | W_TMOD)))
		c++;
	if (c >= n || d->mof[c] < 0 || d->m[d->mof[c]].kind != MK_ACTOR ||
	    d->m[d->mof[c]].a != c || gov_prep(d, d->mof[c]) >= 0 ||
	    (d->m[d->mof[c]].flags & MF_POSS))
		return 0;
	memset(g, 0, sizeof *g);
	coord_right(d, d->mof[c], g);
	return 1;
}

/* A visit noun without "to B": "during his Saudi visit", "Hariri's
 * Saudi visit" (the state before the noun is where the visit goes), "A
 * is in B on a state visit" (the state A is in).  h is the token before
 * the noun's modifiers, `on` whether it is "during" or "on". */
static int visit_noun_bare(xdoc *d, int t, int h, int on, geokg_modality mod,
                           geokg_error *err)
{
	xarg s, o;
	memset(&o, 0, sizeof o);
	if (h >= 0 && d->mof[h] >= 0) {
		const xment *m = &d->m[d->mof[h]];
		int v;
		if (m->b != h + 1 || m->kind == MK_DEAD || (m->flags & MF_POSS) ||
		    ref_kind(d, m->ref[0]) != GEOKG_KIND_COUNTRY || m->n != 1)
			return 0;
		arg_add(&o, m);
		v = skip_visit_modifiers(d, m->a - 1);
		if (v >= 0 && d->mof[v] >= 0 && d->m[d->mof[v]].kind == MK_ACTOR &&
		    (d->m[d->mof[v]].flags & MF_POSS)) {
			memset(&s, 0, sizeof s);
			coord_left(d, d->mof[v], &s);
		} else if (!(v >= 0 && (tok_is(d, v, "during") || tok_is(d, v, "on")) &&
		             clause_first(d, v, &s))) {
			return 0;
		}
		return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
	}
	if (!on || !clause_first(d, h, &s))
		return 0;
	for (int j = h - 1; j >= d->m[s.last].b; j--) {
		int k = d->mof[j], p;
		if (k < 0)
			continue;
		p = gov_prep(d, k);
		if (d->m[k].kind == MK_ACTOR && d->m[k].n == 1 && p >= 0 &&
		    tok_is(d, p, "in") &&
		    ref_kind(d, d->m[k].ref[0]) == GEOKG_KIND_COUNTRY) {
			arg_add(&o, &d->m[k]);
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		}
		j = d->m[k].a;
	}
	(void)t;
	return 0;
}

/*
 * "a visit to B by A", "A's trip to B", "A resigned during a visit to
 * B", "A, on a two-day visit to B, said", "During a visit to B, A
 * signed", "A is in B on a state visit", "during his Saudi visit".
 */
static int relate_visit_noun(xdoc *d, int t, geokg_modality mod,
                             geokg_error *err)
{
	xarg s, o;
	int prep = 0, found;
	int h = skip_visit_modifiers(d, t - 1), pron = -1;
	int on;
	/* "On his latest trip to Tokyo": the possessor is the visitor */
	if (h >= 0 && d->mof[h] >= 0 && (d->m[d->mof[h]].flags & MF_PRON) &&
	    (d->m[d->mof[h]].flags & MF_POSS) && d->m[d->mof[h]].kind == MK_ACTOR) {
		pron = d->mof[h];
		h = skip_visit_modifiers(d, h - 1);
	}
	on = h >= 0 && (tok_is(d, h, "during") || tok_is(d, h, "on"));
	/* "began a tour of China, Vietnam and Laos": the states toured */
	if (pron < 0 && (tok_is(d, t, "tour") || tok_is(d, t, "tours")) &&
	    tok_is(d, t + 1, "of")) {
		/* (a person or an official: "Australia's tour of India" is
		 * cricket) */
		if (!object(d, t, P_OF, 2, &o, &prep) ||
		    ref_kind(d, o.ref[0]) != GEOKG_KIND_COUNTRY ||
		    !(compound_left(d, t, &s) || subject(d, t, 14, &s)) ||
		    s.first < 0 || d->m[s.first].n != 1 ||
		    (ref_kind(d, d->m[s.first].ref[0]) != GEOKG_KIND_PERSON &&
		     !(d->m[s.first].flags & MF_TITLE)))
			return 0;
		return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
	}
	d->allow_civil = 1; /* "a visit to Congo displaced camp" */
	found = object(d, t, P_TO | P_IN, tok_is(d, t + 1, "of") ? 14 : 8, &o,
	               &prep);
	d->allow_civil = 0;
	if (!found)
		return pron >= 0 ? 0 : visit_noun_bare(d, t, h, on, mod, err);
	if (pron >= 0) {
		memset(&s, 0, sizeof s);
		arg_add(&s, &d->m[pron]);
		/* the person named after "On his trip to B," is "he" */
		if (on) {
			xarg named;
			if (visit_opener(d, h, d->m[o.last].b, &named))
				s = named;
		}
		return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
	}
	if (compound_left(d, t, &s) || object(d, t, P_BY, 10, &s, &prep) ||
	    (tok_is(d, t + 1, "of") && object(d, t, P_OF, 6, &s, &prep) &&
	     d->m[s.first].a < d->m[o.first].a) ||
	    (on && clause_first(d, h, &s)) ||
	    (on && h > 1 && is_punct(d, h - 1, ',') && clause_first(d, h - 1, &s)) ||
	    (on && visit_opener(d, h, d->m[o.last].b, &s)) ||
	    subject(d, t, 14, &s))
		return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
	return 0;
}

/* "A invited B to Paris": B is asked to visit the state of the place
 * (requested); "A invited B to visit Y" is left to the visit frame. */
static int relate_invite(xdoc *d, int t, const xarg *s, geokg_modality mod,
                         geokg_error *err)
{
	xarg o, pl;
	int prep = 0, j;
	(void)s;
	if (!object(d, t, P_DIRECT, 3, &o, &prep))
		return 0;
	j = d->m[o.last].b;
	if (!tok_is(d, j, "to") || !object(d, j - 1, P_TO, 3, &pl, &prep) ||
	    d->m[pl.first].a != j + 1 + tok_is(d, j + 1, "the") ||
	    ref_kind(d, pl.ref[0]) != GEOKG_KIND_COUNTRY)
		return 0;
	if (mod == GEOKG_MOD_ASSERTED)
		mod = GEOKG_MOD_REQUESTED;
	return emit(d, GEOKG_TYPE_MEETS, &o, &pl, mod, NULL, NULL, err);
}

/* The edges between mentions k1 and k2 (none when either is -1). */
static int emit_pair(xdoc *d, int k1, int k2, geokg_modality mod,
                     geokg_error *err)
{
	xarg pr;

	if (k1 < 0 || k2 < 0)
		return 0;
	memset(&pr, 0, sizeof pr);
	arg_add(&pr, &d->m[k1]);
	arg_add(&pr, &d->m[k2]);
	return emit_pairs(d, &pr, mod, NULL, err);
}

/* The actor mention that starts at token j and no preposition governs
 * (a possessor may: "Merkel's offer"), or -1. */
static int bare_actor_at(const xdoc *d, int j)
{
	int k = d->mof[j];

	if (k < 0 || d->m[k].kind != MK_ACTOR || d->m[k].a != j)
		return -1;
	if (gov_prep(d, k) >= 0 && !(d->m[k].flags & MF_POSS))
		return -1;
	return k;
}

/* "A told B ... in a phone call / during talks": the first two bare
 * actors of the clause before token t meet. */
static int clause_pair(xdoc *d, int t, geokg_modality mod, geokg_error *err)
{
	int k1 = -1, k2 = -1;
	for (int j = 0; j < t; j++) {
		int k = bare_actor_at(d, j);
		if ((hard_bound(d, j) && !(d->cls[j] & W_SAY)) || is_punct(d, j, ','))
			k1 = k2 = -1;
		if (k < 0)
			continue;
		if (k1 < 0)
			k1 = k;
		else if (k2 < 0 && !(d->m[k].flags & MF_POSS))
			k2 = k; /* the one told, not a possessor ("Merkel's offer") */
	}
	return emit_pair(d, k1, k2, mod, err);
}

/* "In a telephone call, A told B that ...": the first two bare actors
 * after the comma at token c, in one clause. */
static int clause_pair_after(xdoc *d, int c, geokg_modality mod,
                             geokg_error *err)
{
	int k1 = -1, k2 = -1, n = (int)d->s->n;
	for (int j = c + 1; j < n && k2 < 0; j++) {
		int k = bare_actor_at(d, j);
		if ((hard_bound(d, j) && !tok_is(d, j, "told")) || is_punct(d, j, ',') ||
		    (d->cls[j] & W_THAT))
			break;
		if (k < 0)
			continue;
		if (k1 < 0)
			k1 = k;
		else if (!(d->m[k].flags & MF_POSS))
			k2 = k;
	}
	return emit_pair(d, k1, k2, mod, err);
}

/* Handle the trigger at token t. */
/*
 * "Japanese relief supplies arrived in Kenya", "a Chinese aid shipment
 * reached B": relief goods of a state's origin (no agent named) arriving
 * in B are a supply; not warships or troops, which deploy.
 */
static int relief_arrived(xdoc *d, int t, geokg_modality mod,
                          geokg_error *err)
{
	static const char *const relief[] = {
		"aid", "supplies", "shipment", "shipments", "food", "medicine",
		"medicines", "vaccines", "wheat", "grain", "rice", "fuel", "relief",
		"consignment", NULL};
	xarg s, o;
	int prep, goods = 0, j = t - 1;
	if (!(tok_is(d, t, "arrived") || tok_is(d, t, "arrives") ||
	      tok_is(d, t, "arriving") || tok_is(d, t, "landed")))
		return 0;
	if (j >= 0 && (d->cls[j] & W_AUX) && d->mof[j] < 0)
		j--;
	for (; j >= 0 && j >= t - 5 && d->mof[j] < 0; j--) {
		for (int i = 0; relief[i]; i++)
			goods |= tok_is(d, j, relief[i]);
		if (!(d->cls[j] & (W_DET | W_TMOD | W_GOODS)) && d->trig[j] < 0 &&
		    !tok_is(d, j, "relief") && !tok_is(d, j, "consignment"))
			return 0;
	}
	if (!goods || j < 0 || d->mof[j] < 0 || d->m[d->mof[j]].kind != MK_WEAK ||
	    !(d->m[d->mof[j]].flags & (MF_DEMONYM | MF_ORIGIN)) ||
	    !object(d, t, P_IN, 3, &o, &prep))
		return 0;
	memset(&s, 0, sizeof s);
	arg_add(&s, &d->m[d->mof[j]]);
	/* the goods' nouns are no supplies of their own */
	for (int q = j + 1; q < t; q++)
		if (d->trig[q] >= 0)
			d->used[q] = 1;
	return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, NULL, NULL, err);
}

/*
 * "Abe called Putin on Monday": a phone call, when the one called is a
 * bare actor right after the verb and nothing names him something
 * ("called Putin a liar", "called Iran irresponsible"), and no "on" /
 * "for" makes it a request.
 */
static int relate_called(xdoc *d, int t, geokg_modality mod,
                         geokg_error *err)
{
	xarg s, o;
	int n = (int)d->s->n, k, b;
	if (t + 1 >= n || (k = d->mof[t + 1]) < 0 || d->m[k].a != t + 1 ||
	    d->m[k].kind != MK_ACTOR || (d->m[k].flags & (MF_POSS | MF_PRON)) ||
	    passive(d, t) || !verb_subject(d, t, &s))
		return 0;
	memset(&o, 0, sizeof o);
	o.first = k;
	coord_right(d, k, &o);
	b = d->m[o.last].b;
	if (b < n && !is_punct(d, b, '.') && !is_punct(d, b, ',') &&
	    !(d->cls[b] & (W_TIME | W_COORD | W_BOUND | W_SAY)) &&
	    !((d->cls[b] & W_PREP) && !tok_is(d, b, "as")) &&
	    !tok_is(d, b, "last") && !tok_is(d, b, "this"))
		return 0;
	return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
}

/*
 * "A returned (home) from B": A was in B; "A attended a summit / talks /
 * a conference in B": A is in B.  Both are a visit: meets(A, B's
 * state).  Armed forces coming home visit no one.
 */
static int relate_return_attend(xdoc *d, int t, geokg_modality mod,
                                geokg_error *err)
{
	xarg s, o;
	int prep, j = t + 1, n = (int)d->s->n;
	if (tok_fold(d, t)[1] == 'e') { /* return */
		if (tok_is(d, j, "home"))
			j++;
		if (!tok_is(d, j, "from"))
			return 0;
	} else { /* attend */
		while (j < n && d->mof[j] < 0 && (d->cls[j] & (W_DET | W_TMOD)))
			j++;
		if (j >= n || d->mof[j] >= 0 || d->trig[j] < 0 ||
		    geokg__lex_triggers[d->trig[j]].type != GEOKG_TYPE_MEETS ||
		    (geokg__lex_triggers[d->trig[j]].nf != F_MEET_N &&
		     !tok_is(d, j, "conference")) || !tok_is(d, j + 1, "in"))
			return 0;
		j++;
	}
	/* (not "Norway's favourite painter returned from Peru": the possessor) */
	if (!verb_subject(d, t, &s) || military(d, &s) ||
	    (d->m[s.last].flags & MF_POSS) ||
	    !object(d, j - 1, j < n && tok_is(d, j, "from") ? P_FROM : P_IN, 3,
	            &o, &prep))
		return 0;
	return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
}

static int relate(xdoc *d, int t, geokg_error *err)
{
	const geokg__trigword *w = &geokg__lex_triggers[d->trig[t]];
	int noun = noun_reading(d, t, w), frame = noun ? w->nf : w->vf;
	int req_at = -1;
	geokg_modality mod = modality(d, t, w->mod, &req_at, noun);
	xarg s, o, a;
	int prep = 0, rc = 0;
	char obj[96], loc[96];
	obj[0] = loc[0] = 0;
	/* "Spain wanted the EU to adopt measures against B": Spain asks */
	d->have_rq = 0;
	if (mod == GEOKG_MOD_REQUESTED && req_at > 0 &&
	    subject(d, req_at, 0, &d->rq)) {
		d->have_rq = 1;
		d->rq_at = req_at;
		d->rq_np = 1;
		for (int j = req_at + 1; j < t; j++)
			if (!(tok_is(d, j, "for") || (d->cls[j] & (W_DET | W_TMOD)) ||
			      d->mof[j] >= 0 || (tflags(d, j) & GEOKG__T_POSS)))
				d->rq_np = 0;
	}
#ifdef GEOKG_EXTRACT_TRACE
	fprintf(stderr, "   T[%d] %s noun=%d frame=%d mod=%d\n", t, w->word, noun,
	        frame, (int)mod);
#endif

	/* "shook hands with B", "A and B shook hands" */
	if (tok_is(d, t, "hands") && t > 0 &&
	    (tok_is(d, t - 1, "shook") || tok_is(d, t - 1, "shake") ||
	     tok_is(d, t - 1, "shakes") || tok_is(d, t - 1, "shaking"))) {
		if (!verb_subject(d, t - 1, &s))
			return 0;
		if (object(d, t, P_WITH, 3, &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		return s.n >= 2 ? emit_pairs(d, &s, mod, NULL, err) : 0;
	}
	/* "sat down with B", not "sat on the board" */
	if ((tok_is(d, t, "sat") || tok_is(d, t, "sit") || tok_is(d, t, "sits")) &&
	    !tok_is(d, t + 1, "down"))
		return 0;
	/* "bans travel to", "halts visits": the object of another verb */
	if (!noun && t > 0 && d->trig[t - 1] >= 0 && d->mof[t - 1] < 0 &&
	    geokg__lex_triggers[d->trig[t - 1]].vf != F_NONE &&
	    !(d->cls[t - 1] & (W_AUX | W_BE | W_GOODS)) && /* ("supplies
	                                                   * arrived") */
	    (geokg__lex_triggers[d->trig[t]].vf == F_ARRIVE_V ||
	     geokg__lex_triggers[d->trig[t]].vf == F_VISIT_V))
		return 0;
	/* "from travel", "for sale": a verb form used as a noun */
	if (!noun && t > 0 && (d->cls[t - 1] & W_PREP) && !tok_is(d, t - 1, "to") &&
	    !(d->s->toks[t].flen > 4 &&
	      strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0))
		return 0;

	switch (frame) {
	case F_MEET_V:
	case F_TALK_V:
		/* "Meeting in Moscow, Berlusconi and Putin said ..." */
		if (t == 0 || (t == 1 && (tok_is(d, 0, "after") || tok_is(d, 0, "before") ||
		                          tok_is(d, 0, "when")))) {
			int c = t + 1;
			while (c < (int)d->s->n && c < t + 12 && !is_punct(d, c, ','))
				c++;
			if (c + 1 < (int)d->s->n && is_punct(d, c, ',') &&
			    d->mof[c + 1] >= 0 && d->m[d->mof[c + 1]].kind == MK_ACTOR) {
				memset(&s, 0, sizeof s);
				coord_right(d, d->mof[c + 1], &s);
				if (object(d, t, P_DIRECT | P_WITH, c - t, &o, &prep))
					return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
					            err);
				if (s.n >= 2)
					return emit_pairs(d, &s, mod, NULL, err);
			}
			return 0;
		}
		if (!verb_subject(d, t, &s))
			return 0;
		if (passive(d, t) && agent_by(d, t, &o))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		location_phrase(d, t, loc, sizeof loc);
		if (frame == F_MEET_V) {
			/* "meets its obligations", "met the targets" */
			int j = t + 1;
			while (j < (int)d->s->n && (d->cls[j] & W_DET) && d->mof[j] < 0)
				j++;
			if (j < (int)d->s->n && j > t + 1 && d->mof[j] < 0 &&
			    (tflags(d, j) & GEOKG__T_WORD) && d->cls[j] == 0 &&
			    !(tflags(d, j) & GEOKG__T_CAP))
				return 0;
		}
		if (tok_is(d, t, "discussed")) {
			/* "discussed X with Y", but not past another verb ("the
			 * plan he discussed would be built with ...") */
			for (int j = t + 1; j < (int)d->s->n && j <= t + 12; j++) {
				if (tok_is(d, j, "with"))
					break;
				if ((d->cls[j] & (W_AUX | W_EXP | W_POS)) && d->mof[j] < 0)
					return 0;
			}
		}
		if (object(d, t, frame == F_MEET_V ? (P_DIRECT | P_WITH) : P_WITH, 12,
		           &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err);
		/* "spoke by phone to Kenya's president": to a person, not "to the
		 * General Assembly" */
		if ((strncmp(w->word, "spoke", 5) == 0 || strncmp(w->word, "speak", 5) == 0 ||
		     strncmp(w->word, "talk", 4) == 0) &&
		    object(d, t, P_TO, 6, &o, &prep) && o.n == 1 &&
		    ref_kind(d, o.ref[0]) == GEOKG_KIND_PERSON)
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err);
		if (s.n >= 2)
			return emit_pairs(d, &s, mod, loc, err);
		return 0;
	case F_HOST_V:
		if (tok_is(d, t, "called"))
			return relate_called(d, t, mod, err);
		if (!verb_subject(d, t, &s))
			return 0;
		if (strncmp(w->word, "invit", 5) == 0)
			return relate_invite(d, t, &s, mod, err);
		if (passive(d, t)) {
			if (agent_by(d, t, &o))
				return emit(d, GEOKG_TYPE_MEETS, &o, &s, mod, NULL, NULL, err);
			return 0;
		}
		{
			/* "Egypt will host a summit between A and B": the host
			 * meets each of them */
			int j = t + 1;
			while (j < (int)d->s->n && d->mof[j] < 0 &&
			       (d->cls[j] & (W_DET | W_TMOD)))
				j++;
			if (j < (int)d->s->n && d->trig[j] >= 0 && d->mof[j] < 0 &&
			    geokg__lex_triggers[d->trig[j]].nf == F_MEET_N &&
			    object(d, j, P_BETWEEN | P_WITH, 6, &o, &prep))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
				            err);
		}
		/* "A played host to B" */
		if (t > 0 && (tok_is(d, t - 1, "played") || tok_is(d, t - 1, "plays") ||
		              tok_is(d, t - 1, "play")) && tok_is(d, t + 1, "to") &&
		    object(d, t, P_TO, 4, &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		if (object(d, t, P_DIRECT, 8, &o, &prep)) {
			location_phrase(d, t, loc, sizeof loc);
			if ((rc = emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err)))
				return rc;
			/* "will host Lee at the White House": Lee visits the host's
			 * state */
			for (int j = d->m[o.last].b; j + 1 < (int)d->s->n &&
			     j < d->m[o.last].b + 4; j++)
				if ((tok_is(d, j, "at") || tok_is(d, j, "in")) &&
				    d->mof[j + 1 + tok_is(d, j + 1, "the")] >= 0) {
					const xment *pl = &d->m[d->mof[j + 1 + tok_is(d, j + 1, "the")]];
					const char *hc = ref_country(d, s.ref[0]);
					if (pl->kind == MK_ACTOR && hc &&
					    ref_kind(d, pl->ref[0]) == GEOKG_KIND_COUNTRY &&
					    strcmp(ref_country(d, pl->ref[0]), hc) == 0) {
						xarg h;
						memset(&h, 0, sizeof h);
						arg_add(&h, pl);
						return emit(d, GEOKG_TYPE_MEETS, &o, &h, mod, NULL,
						            NULL, err);
					}
					break;
				}
			return 0;
		}
		return 0;
	case F_VISIT_V:
		if (t > 0 && (tflags(d, t - 1) & GEOKG__T_POSS))
			return 0; /* "China's visiting military chief" */
		if (!verb_subject(d, t, &s) || military(d, &s))
			return 0;
		if (passive(d, t)) { /* "Iraq was visited by Blair" */
			if (agent_by(d, t, &o))
				return emit(d, GEOKG_TYPE_MEETS, &o, &s, mod, NULL, NULL, err);
			return 0;
		}
		if (object(d, t, P_DIRECT, 6, &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		return 0;
	case F_ARRIVE_V:
		if (strncmp(w->word, "return", 6) == 0 ||
		    strncmp(w->word, "attend", 6) == 0)
			return relate_return_attend(d, t, mod, err);
		/* "heads to Pyongyang", not "heads of state met in Brussels";
		 * "went / goes to China", a state only (not "went to the WTO",
		 * "goes to the polls") */
		if (strncmp(w->word, "head", 4) == 0 && !tok_is(d, t + 1, "to"))
			return 0;
		if (tok_is(d, t, "went") || tok_is(d, t, "goes")) {
			if (!tok_is(d, t + 1, "to") || !verb_subject(d, t, &s) ||
			    military(d, &s) || !object(d, t, P_TO, 2, &o, &prep) ||
			    ref_kind(d, o.ref[0]) != GEOKG_KIND_COUNTRY)
				return 0;
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		}
		/* "is flying the refugees to Greece": what is flown goes */
		if (t + 1 < (int)d->s->n && d->mof[t + 1] < 0 &&
		    ((d->cls[t + 1] & W_DET) || (tflags(d, t + 1) & GEOKG__T_NUM)))
			return 0;
		if (!(noun ? subject(d, t, 6, &s) : verb_subject(d, t, &s)))
			return relief_arrived(d, t, mod, err);
		if (military(d, &s))
			return 0;
		if (strncmp(w->word, "left", 4) == 0 ||
		    strncmp(w->word, "leave", 5) == 0 ||
		    strncmp(w->word, "depart", 6) == 0) {
			/* "left for Moscow", "left Riyadh for Paris": where the
			 * trip goes, not where it starts */
			int f = t + 1;
			if (f < (int)d->s->n && d->mof[f] >= 0)
				f = d->m[d->mof[f]].b;
			if (!tok_is(d, f, "for") ||
			    !object(d, f - 1, P_FOR, 3, &o, &prep))
				return 0;
			if (mod == GEOKG_MOD_ASSERTED && (tok_is(d, t, "leaves") ||
			                                  tok_is(d, t, "departs")))
				mod = GEOKG_MOD_EXPECTED; /* still to go; "left" went */
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		}
		/* "is due in Moscow on Monday": expected */
		if (tok_is(d, t, "due")) {
			if (!tok_is(d, t + 1, "in") || t == 0 || !(d->cls[t - 1] & W_BE))
				return 0;
			if (mod == GEOKG_MOD_ASSERTED)
				mod = GEOKG_MOD_EXPECTED;
		}
		if (object(d, t, P_IN | P_TO, 6, &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		return 0;
	case F_JOIN_V:
		if (!meeting_after(d, t) || !subject(d, t, 0, &s))
			return 0;
		if (object(d, t, P_DIRECT, 6, &o, &prep))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		return 0;
	case F_MEET_N: {
		int h = t - 1;
		/* "the peace process between A and B", not "the legal process" */
		if (tok_is(d, t, "process") && !(h >= 0 && tok_is(d, h, "peace")))
			return 0;
		location_phrase(d, t, loc, sizeof loc);
		if (object(d, t, P_BETWEEN, 6, &o, &prep)) {
			/* "talks between Japan, China resume" (a headline's
			 * comma for "and") */
			int c = d->m[o.last].b;
			if (o.n == 1 && is_punct(d, c, ',') && c + 1 < (int)d->s->n &&
			    d->mof[c + 1] >= 0 && d->m[d->mof[c + 1]].a == c + 1 &&
			    d->m[d->mof[c + 1]].kind == MK_ACTOR)
				arg_add(&o, &d->m[d->mof[c + 1]]);
			return o.n >= 2 ? emit_pairs(d, &o, mod, loc, err) : 0;
		}
		/* "a meeting of the Chinese and Japanese leaders" */
		if (tok_is(d, t + 1, "of") && object(d, t, P_OF, 6, &o, &prep) &&
		    o.n >= 2)
			return emit_pairs(d, &o, mod, loc, err);
		/* "the Russia-China summit" */
		if (h >= 1 && d->mof[h] >= 0 && d->mof[h - 1] >= 0 &&
		    (tflags(d, d->m[d->mof[h]].a) & GEOKG__T_HYPH)) {
			xarg pr;
			memset(&pr, 0, sizeof pr);
			arg_add(&pr, &d->m[d->mof[h - 1]]);
			arg_add(&pr, &d->m[d->mof[h]]);
			return emit_pairs(d, &pr, mod, loc, err);
		}
		if (object(d, t, P_WITH, 8, &o, &prep)) {
			int purpose = h >= 0 && (tok_is(d, h, "for") ||
			                         tok_is(d, h, "during"));
			/* "Abe has courted India since a summit with Modi" */
			int hh = h;
			while (hh >= 0 && d->mof[hh] < 0 && (d->cls[hh] & (W_DET | W_TMOD)))
				hh--;
			if (hh >= 0 && d->mof[hh] < 0 &&
			    (tok_is(d, hh, "since") || tok_is(d, hh, "after") ||
			     tok_is(d, hh, "before") || tok_is(d, hh, "at")) &&
			    !compound_left(d, t, &s) && clause_first(d, hh, &s))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err);
			/* "In his conversation with B, A urged": A, not the last
			 * person named before; "After his meeting with B, A
			 * said" (his of no one known yet) */
			if (h > 0 && ((d->mof[h] >= 0 && (d->m[d->mof[h]].flags & MF_PRON)) ||
			              (d->mof[h] < 0 && (tok_is(d, h, "his") ||
			                                 tok_is(d, h, "her")))) &&
			    (tok_is(d, h - 1, "in") || tok_is(d, h - 1, "during") ||
			     tok_is(d, h - 1, "after") || tok_is(d, h - 1, "before")) &&
			    visit_opener(d, h - 1, d->m[o.last].b, &s))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err);
			if (compound_left(d, t, &s) ||
			    (purpose && clause_first(d, t, &s)) ||
			    subject(d, t, 12, &s) || sayer(d, t, &s) ||
			    appositive_subject(d, h, &s) ||
			    (h >= 0 && (tok_is(d, h, "during") || tok_is(d, h, "in")) &&
			     visit_opener(d, h, d->m[o.last].b, &s)))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, loc, err);
			return 0;
		}
		/* "will employ both sanctions and dialogue": a means in a
		 * list of nouns, no meeting of the subjects */
		if (h >= 0 && (d->cls[h] & W_COORD) && d->mof[h] < 0 && h > 0 &&
		    d->mof[h - 1] < 0 && (tflags(d, h - 1) & GEOKG__T_WORD))
			return 0;
		if ((compound_left(d, t, &s) || subject(d, t, 8, &s)) && s.n >= 2) {
			/* "A and B held talks", not "hosts A and B in May for a
			 * summit" */
			for (int j = d->m[s.last].b; j < t; j++)
				if ((d->cls[j] & W_PREP) && !tok_is(d, j, "of") &&
				    !(tok_is(d, j, "to") && j + 1 < t && d->mof[j + 1] < 0 &&
				      !(d->cls[j + 1] & W_DET) &&
				      !(tflags(d, j + 1) & GEOKG__T_CAP)))
					return 0; /* ("are to hold a summit") */
			return emit_pairs(d, &s, mod, loc, err);
		}
		/* "Macron assured Modi on Friday during talks in Delhi": the
		 * two bare actors of the clause before */
		if (h >= 0 && tok_is(d, h, "during"))
			return clause_pair(d, t, mod, err);
		/* "Trudeau assured Modi at the start of their talks", "ahead
		 * of their first face-to-face talks" */
		{
			int q = t - 1;
			while (q >= 0 && q >= t - 6 && d->mof[q] < 0 &&
			       ((d->cls[q] & (W_DET | W_TMOD)) ||
			        (tflags(d, q) & GEOKG__T_HYPH) ||
			        ((tflags(d, q) & GEOKG__T_WORD) &&
			         !(tflags(d, q) & GEOKG__T_CAP) && d->cls[q] == 0 &&
			         d->trig[q] < 0) ||
			        (tok_is(d, q, "to") && (tflags(d, q + 1) & GEOKG__T_HYPH))) &&
			       !tok_is(d, q, "their"))
				q--;
			if (q >= 0 && tok_is(d, q, "their") && d->mof[q] < 0)
				return clause_pair(d, t, mod, err);
		}
		return 0;
	}
	case F_WITH_N:
		if (t > 0 && (tok_is(d, t - 1, "to") ||
		              (d->cls[t - 1] & (W_AUX | W_EXP | W_POS))) &&
		    !(tok_is(d, t - 1, "had") || tok_is(d, t - 1, "has") ||
		      tok_is(d, t - 1, "have")))
			return 0; /* "to deal with": a verb; "had dinner with" */
		{
			/* a deal someone reached, a joint conference, a phone call */
			int ok = 0;
			for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
				const char *f = tok_fold(d, j);
				if (!strcmp(f, "reached") || !strcmp(f, "signed") ||
				    !strcmp(f, "struck") || !strcmp(f, "sealed") ||
				    !strcmp(f, "clinched") || !strcmp(f, "negotiated") ||
				    !strcmp(f, "seal") || !strcmp(f, "seals") ||
				    !strcmp(f, "signs") || !strcmp(f, "inked") ||
				    !strcmp(f, "joint") || !strcmp(f, "phone") ||
				    !strcmp(f, "telephone") || !strcmp(f, "video") ||
				    !strcmp(f, "reach") || !strcmp(f, "sign") ||
				    !strcmp(f, "secured") ||
				    !strcmp(f, "held") || !strcmp(f, "hold") ||
				    (!strcmp(f, "under") && !tok_is(d, t, "call")))
					ok = 1; /* "under a deal with B" */
			}
			/* "a (separate) call with B" */
			if (tok_is(d, t, "call") && tok_is(d, t + 1, "with"))
				ok = 1;
			/* "had dinner with B", "hosted a lunch for B" */
			if (tok_is(d, t, "dinner") || tok_is(d, t, "lunch") ||
			    tok_is(d, t, "luncheon") || tok_is(d, t, "banquet") ||
			    tok_is(d, t, "breakfast")) {
				int host = 0;
				ok = 0;
				for (int j = t - 1; j >= 0 && j >= t - 3; j--) {
					if (j < t - 1 && !(d->cls[j + 1] & W_DET))
						break; /* "had described the dinner as" */
					ok |= tok_is(d, j, "had") || tok_is(d, j, "has") ||
					      tok_is(d, j, "have") || tok_is(d, j, "held") ||
					      tok_is(d, j, "hold") || tok_is(d, j, "over");
					host |= tok_is(d, j, "hosted") || tok_is(d, j, "hosts") ||
					        tok_is(d, j, "host") || tok_is(d, j, "gave") ||
					        tok_is(d, j, "threw");
				}
				if (host && (object(d, t, P_FOR | P_WITH, 4, &o, &prep)) &&
				    (compound_left(d, t, &s) || subject(d, t, 8, &s)))
					return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
					            err);
				if (ok && !tok_is(d, t + 1, "with") &&
				    (subject(d, t, 8, &s) && s.n >= 2))
					return emit_pairs(d, &s, mod, NULL, err);
			}
			/* "made a phone call to B (a person)" */
			if (tok_is(d, t, "call") && tok_is(d, t + 1, "to")) {
				int made = 0;
				for (int j = t - 1; j >= 0 && j >= t - 4; j--)
					made |= tok_is(d, j, "made") || tok_is(d, j, "makes") ||
					        tok_is(d, j, "placed");
				if (made && object(d, t, P_TO, 3, &o, &prep) && o.n == 1 &&
				    ref_kind(d, o.ref[0]) == GEOKG_KIND_PERSON &&
				    (compound_left(d, t, &s) || subject(d, t, 8, &s)))
					return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
					            err);
				/* "his congratulatory call to B", "Abe's call to B" */
				if (!made && object(d, t, P_TO, 3, &o, &prep) && o.n == 1 &&
				    ref_kind(d, o.ref[0]) == GEOKG_KIND_PERSON) {
					int h = t - 1;
					while (h >= 0 && h >= t - 4 && d->mof[h] < 0 &&
					       ((d->cls[h] & (W_DET | W_TMOD)) ||
					        tok_is(d, h, "phone") || tok_is(d, h, "telephone") ||
					        ((tflags(d, h) & GEOKG__T_WORD) &&
					         !(tflags(d, h) & GEOKG__T_CAP) && d->cls[h] == 0)))
						h--;
					if (h >= 1 && d->mof[h] < 0 && (tflags(d, h) & GEOKG__T_POSS))
						h--; /* ("Putin" "'s") */
					if (h >= 0 && d->mof[h] >= 0 &&
					    (d->m[d->mof[h]].flags & MF_POSS) &&
					    d->m[d->mof[h]].kind == MK_ACTOR) {
						memset(&s, 0, sizeof s);
						arg_add(&s, &d->m[d->mof[h]]);
						return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL,
						            NULL, err);
					}
				}
			}
			/* "paid a courtesy call on B" */
			if (tok_is(d, t, "call") && tok_is(d, t + 1, "on")) {
				int paid = 0;
				for (int j = t - 1; j >= 0 && j >= t - 4; j--)
					paid |= tok_is(d, j, "paid") || tok_is(d, j, "pays") ||
					        tok_is(d, j, "pay") || tok_is(d, j, "made");
				if (paid && object(d, t, P_ON, 4, &o, &prep) &&
				    (compound_left(d, t, &s) || subject(d, t, 8, &s)))
					return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
					            err);
			}
			if (!ok)
				return 0;
		}
		if (!object(d, t, P_WITH, 6, &o, &prep) && tok_is(d, t, "call")) {
			/* "took a congratulatory phone call from B" */
			if (tok_is(d, t + 1, "from") && object(d, t, P_FROM, 3, &o, &prep) &&
			    o.n == 1 && ref_kind(d, o.ref[0]) == GEOKG_KIND_PERSON &&
			    (compound_left(d, t, &s) || subject(d, t, 8, &s)))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
			/* "In a telephone call, A told B": the clause after */
			if (t + 1 < (int)d->s->n && is_punct(d, t + 1, ',')) {
				int h = t - 1;
				while (h >= 0 && d->mof[h] < 0 &&
				       ((d->cls[h] & (W_DET | W_TMOD)) || tok_is(d, h, "phone") ||
				        tok_is(d, h, "telephone")))
					h--;
				if (h >= 0 && (tok_is(d, h, "in") || tok_is(d, h, "during")) &&
				    visit_opener(d, h, t, &s))
					return clause_pair_after(d, t + 1, mod, err);
			}
			/* "A told B in a phone call": the two bare actors of the
			 * clause */
			return clause_pair(d, t, mod, err);
		} else if (!prep) {
			/* "Ethiopia and Eritrea signed a peace agreement" */
			/* (not "A and B attended a conference", but "held a video
			 * conference") */
			int remote = t > 0 && (tok_is(d, t - 1, "video") ||
			                       tok_is(d, t - 1, "phone") ||
			                       tok_is(d, t - 1, "telephone"));
			if (((!tok_is(d, t, "conference") && !tok_is(d, t, "call")) ||
			     remote) &&
			    subject(d, t, 8, &s) && s.n >= 2)
				return emit_pairs(d, &s, mod, NULL, err);
			return 0;
		}
		{
			/* "discussed NATO in a call with B": the clause's subject */
			int h = t - 1;
			while (h >= 0 && h > t - 5 && d->mof[h] < 0 &&
			       ((d->cls[h] & (W_DET | W_TMOD)) || tok_is(d, h, "phone") ||
			        tok_is(d, h, "telephone") ||
			        (d->cls[h] == 0 && (tflags(d, h) & GEOKG__T_WORD) &&
			         !(tflags(d, h) & GEOKG__T_CAP))))
				h--;
			/* "In a phone call with B, A said": after the comma */
			if (h >= 0 && (tok_is(d, h, "in") || tok_is(d, h, "during") ||
			               tok_is(d, h, "under")) &&
			    (clause_first(d, h, &s) ||
			     visit_opener(d, h, d->m[o.last].b, &s)))
				return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL,
				            err);
		}
		if (compound_left(d, t, &s) || subject(d, t, 10, &s) ||
		    by_agent_left(d, t, 10, &s))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		return 0;
	case F_VISIT_N:
		return relate_visit_noun(d, t, mod, err);
	case F_SUPPLY_V:
	case F_PLEDGE_V: {
		int have_s;
		/* "talks provided Turkey meets standards": a conjunction */
		if ((tok_is(d, t, "provided") || tok_is(d, t, "providing")) &&
		    t > 0 && d->mof[t - 1] < 0 &&
		    !(d->cls[t - 1] & (W_AUX | W_NEG | W_EXP | W_POS | W_REL |
		                       W_COORD | W_BE)) &&
		    !tok_is(d, t - 1, "also") && !tok_is(d, t - 1, "already"))
			return 0;
		/* "sent troops", "sent a message": not goods; "sent troops
		 * and relief supplies": goods too */
		{
			int notgoods = 0, goods = 0;
			for (int j = t + 1; j < (int)d->s->n && j <= t + 6; j++) {
				if (d->mof[j] >= 0 || (d->cls[j] & W_BOUND) ||
				    tok_is(d, j, "to") || tok_is(d, j, "with"))
					break;
				if (d->cls[j] & W_NOTGOODS)
					notgoods = 1;
				else if (d->cls[j] & W_GOODS)
					goods = 1;
			}
			if (notgoods && !goods)
				return 0;
		}
		/* "gave an assessment", "sent a signal": the generic verbs
		 * must carry goods */
		if (generic_supply(d, t)) {
			int goods = 0;
			/* "extended a credit line / loan to B", not "extended
			 * support" or "an invitation" */
			if (strncmp(w->word, "extend", 6) == 0) {
				int money = 0;
				for (int j = t + 1; j < (int)d->s->n && j <= t + 8 &&
				     !tok_is(d, j, "to"); j++)
					money |= tok_is(d, j, "credit") || tok_is(d, j, "loan") ||
					         tok_is(d, j, "loans") || tok_is(d, j, "aid") ||
					         tok_is(d, j, "assistance") || tok_is(d, j, "funds") ||
					         /* "extended financial support" */
					         (tok_is(d, j, "support") && j > 0 &&
					          (tok_is(d, j - 1, "financial") ||
					           tok_is(d, j - 1, "economic")));
				if (!money)
					return 0;
			}
			/* "Aid was sent to B by A": the goods are the subject */
			if (passive(d, t))
				for (int j = t - 1; j >= 0 && j >= t - 5; j--)
					if (d->cls[j] & W_GOODS)
						goods = 1;
			for (int j = t + 1; j < (int)d->s->n && j <= t + 10; j++) {
				/* "offered its support": backing, unless military
				 * or financial */
				if (strncmp(w->word, "offer", 5) == 0 &&
				    tok_is(d, j, "support") &&
				    !tok_is(d, j - 1, "military") &&
				    !tok_is(d, j - 1, "financial") &&
				    !tok_is(d, j - 1, "logistical"))
					continue;
				if ((d->cls[j] & W_GOODS) ||
				    ((tflags(d, j) & GEOKG__T_NUM) && j <= t + 3))
					goods = 1;
				if (hard_bound(d, j))
					break;
			}
			if (!goods)
				return 0;
		}
		/* "missiles supplied by Russia to Syria": a reduced passive
		 * after the goods, with both parties named */
		if (!passive(d, t) && t > 0 && (d->cls[t - 1] & W_GOODS) &&
		    d->mof[t - 1] < 0 && tok_is(d, t + 1, "by") &&
		    d->s->toks[t].flen > 3 &&
		    strcmp(tok_fold(d, t) + d->s->toks[t].flen - 2, "ed") == 0 &&
		    agent_by(d, t, &a) &&
		    tok_is(d, d->m[a.last].b, "to") &&
		    object(d, d->m[a.last].b - 1, P_TO, 4, &o, &prep))
			return emit(d, GEOKG_TYPE_SUPPLIES, &a, &o, mod, NULL, NULL, err);
		have_s = verb_subject(d, t, &s) || raised_subject(d, t, &s);
		if (passive(d, t)) {
			/* "Z was sold to B by A", "B was supplied with Z by A";
			 * "Russian-made missiles were delivered to B": the
			 * goods' maker */
			if (!agent_by(d, t, &a)) {
				if (goods_origin(d, t, &a) && object(d, t, P_TO, 8, &o, &prep))
					return emit(d, GEOKG_TYPE_SUPPLIES, &a, &o, mod, NULL, NULL,
					            err);
				return 0;
			}
			if (object(d, t, P_TO, 10, &o, &prep))
				return emit(d, GEOKG_TYPE_SUPPLIES, &a, &o, mod, NULL, NULL, err);
			if (have_s)
				return emit(d, GEOKG_TYPE_SUPPLIES, &a, &s, mod, NULL, NULL, err);
			return 0;
		}
		if (!have_s)
			return 0;
		d->give_frame = 1;
		have_s = object(d, t, P_DIRECT | P_TO, 16, &o, &prep);
		d->give_frame = 0;
		if (!have_s && t + 1 < (int)d->s->n && d->mof[t + 1] >= 0) {
			/* "gave Kenya food aid", "sent Syria weapons": a state's
			 * name right after the verb and before the goods is the
			 * recipient, not the goods' origin ("sold U.S. weapons to
			 * Taiwan" found its "to" above) */
			const xment *r = &d->m[d->mof[t + 1]];
			if (r->a == t + 1 && r->kind == MK_WEAK && r->n == 1 &&
			    (r->flags & MF_ORIGIN) && !(r->flags & MF_DEMONYM) &&
			    ref_kind(d, r->ref[0]) != GEOKG_KIND_PERSON) {
				/* ... but "gave U.S. weapons to the rebels", "sent
				 * U.S. arms back": the goods go elsewhere */
				int j = r->b;
				while (j < (int)d->s->n && !obj_bound(d, j, 0) &&
				       !tok_is(d, j, "to") && !tok_is(d, j, "for") &&
				       !tok_is(d, j, "back"))
					j++;
				have_s = j >= (int)d->s->n || obj_bound(d, j, 0);
			}
			if (have_s) {
				memset(&o, 0, sizeof o);
				arg_add(&o, r);
				o.first = o.last = d->mof[t + 1];
				prep = P_DIRECT;
			}
		}
		if (!have_s) {
			/* "will provide $10 million to help Kenya (fight ...)" */
			int j = t + 1;
			while (j < (int)d->s->n && j < t + 8 && d->mof[j] < 0 &&
			       !tok_is(d, j, "to") && !hard_bound(d, j) &&
			       !is_punct(d, j, ','))
				j++;
			if (j > t + 1 && tok_is(d, j, "to") && goods_within(d, t + 1, j - t - 1) &&
			    (tok_is(d, j + 1, "help") || tok_is(d, j + 1, "assist") ||
			     tok_is(d, j + 1, "support"))) {
				d->give_frame = 1; /* ("help Kenya fight": no modifier) */
				have_s = object(d, j + 1, P_DIRECT, 1, &o, &prep);
				d->give_frame = 0;
				prep = P_TO; /* the goods are before "to" */
			}
		}
		if (!have_s) {
			/* "will provide fuel for Iran('s reactor)": goods, then
			 * "for" */
			int j = t + 1;
			while (j < (int)d->s->n && j < t + 5 && d->mof[j] < 0 &&
			       !tok_is(d, j, "for") && !hard_bound(d, j))
				j++;
			if (tok_is(d, j, "for") && goods_within(d, t + 1, j - t - 1)) {
				d->allow_civil = 1;
				have_s = object(d, j - 1, P_FOR, 3, &o, &prep);
				d->allow_civil = 0;
				/* "aid for Afghan refugees": people, not the state */
				if (have_s && (d->m[o.last].flags & MF_DEMONYM) &&
				    d->m[o.last].b < (int)d->s->n &&
				    (d->cls[d->m[o.last].b] & (W_CIVIL | W_PEOPLE | W_NOTGOODS)))
					return 0;
			}
		}
		if (have_s && prep == P_DIRECT) {
			/* "sold Syria's troops ...", "gave the refugees", "gave
			 * B a 10-day deadline": check what follows the recipient
			 * too, up to the goods */
			for (int j = d->m[o.last].b; j < (int)d->s->n &&
			     j <= d->m[o.last].b + 5 && !(d->cls[j] & W_GOODS) &&
			     !hard_bound(d, j); j++)
				if (d->cls[j] & W_NOTGOODS)
					return 0;
		}
		if (have_s) {
			if (prep == P_DIRECT) {
				int j = d->m[o.last].b;
				object_phrase(d, j, obj, sizeof obj);
			} else {
				object_phrase(d, t + 1, obj, sizeof obj);
			}
			/* "to send aid to B": the goods' noun is no supply of its
			 * own (it would miss the verb's tense) */
			for (int j = t + 1; j < d->m[o.first].a; j++)
				if (d->trig[j] >= 0 && d->mof[j] < 0 &&
				    geokg__lex_triggers[d->trig[j]].type == GEOKG_TYPE_SUPPLIES)
					d->used[j] = 1;
			rc = emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, obj, NULL, err);
			return rc;
		}
		/* "Iran asked Russia to supply fuel": who asks receives */
		if (d->have_rq && d->rq_at >= 0 && tok_is(d, t - 1, "to") &&
		    (tok_is(d, d->rq_at, "asked") || tok_is(d, d->rq_at, "asks") ||
		     tok_is(d, d->rq_at, "ask") || tok_is(d, d->rq_at, "requested"))) {
			xarg r = d->rq;
			object_phrase(d, t + 1, obj, sizeof obj);
			d->have_rq = 0;
			return emit(d, GEOKG_TYPE_SUPPLIES, &s, &r, mod, obj, NULL, err);
		}
		/* "... and will give in return Z": back to whom it came from */
		if (t + 2 < (int)d->s->n && tok_is(d, t + 1, "in") &&
		    (d->cls[t + 2] & W_RETURN) && d->nlast_src > 0) {
			memset(&o, 0, sizeof o);
			o.n = d->nlast_src;
			memcpy(o.ref, d->last_src, sizeof o.ref);
			object_phrase(d, t + 1, obj, sizeof obj);
			return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, obj, NULL, err);
		}
		return 0;
	}
	case F_SUPPLIER_N:
		/* "Beijing is North Korea's main supplier of food" */
		memset(&o, 0, sizeof o);
		{
			int j = t - 1;
			/* "A is B's main source of food", not "a source said" */
			if ((tok_is(d, t, "source") || tok_is(d, t, "sources")) &&
			    !(tok_is(d, t + 1, "of") && goods_within(d, t + 2, 5)))
				return 0;
			/* ("B's largest arms supplier", "B's main aid donor") */
			while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD | W_GOODS)) &&
			       d->mof[j] < 0)
				j--;
			if (j > 0 && (tflags(d, j) & GEOKG__T_POSS) && d->mof[j - 1] >= 0)
				coord_left(d, d->mof[j - 1], &o);
			else if (object(d, t, P_TO | P_FOR, 8, &o, &prep))
				o.first = -1; /* the subject is looked for before t */
			else
				return 0;
			j = o.first >= 0 ? d->m[o.first].a : t;
			if (!subject(d, j, 6, &s) && !apposed_to(d, j, t, &s))
				return 0;
			object_phrase(d, t + 1, obj, sizeof obj);
			return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, obj, NULL, err);
		}
	case F_BUYER_N: {
		/* "China is North Korea's biggest customer", "India is the
		 * biggest buyer of Russian arms": supplies(seller, buyer) */
		int j = t - 1;
		while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD | W_GOODS)) &&
		       d->mof[j] < 0)
			j--;
		if (j > 0 && (tflags(d, j) & GEOKG__T_POSS) && d->mof[j - 1] >= 0 &&
		    d->m[d->mof[j - 1]].kind == MK_ACTOR) {
			memset(&s, 0, sizeof s);
			coord_left(d, d->mof[j - 1], &s);
			s.first = d->mof[j - 1];
			j = d->m[s.first].a;
		} else if ((tok_is(d, t + 1, "of") && origin_after(d, t + 2, 4, 1, &s)) ||
		           object(d, t, P_FROM, 8, &s, &prep)) {
			j = t;
		} else {
			return 0;
		}
		if (!subject(d, j, 6, &o))
			return 0;
		object_phrase(d, t + 1, obj, sizeof obj);
		return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, obj, NULL, err);
	}
	case F_RELY_V: {
		/* "B relies on A for fuel", "B's dependence on Russian gas" */
		int j;
		if (!tok_is(d, t + 1, "on") && !tok_is(d, t + 1, "upon"))
			return 0;
		if (!(noun ? compound_left(d, t, &o) : verb_subject(d, t, &o)))
			return 0;
		if (object(d, t, P_ON, 4, &s, &prep) &&
		    !(d->m[s.last].flags & MF_POSS)) {
			j = d->m[s.last].b;
			if (!tok_is(d, j, "for") || !goods_within(d, j + 1, 6))
				return 0;
			object_phrase(d, j + 1, obj, sizeof obj);
		} else if (!origin_after(d, t + 2, 3, 0, &s)) {
			return 0;
		}
		return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, obj[0] ? obj : NULL,
		            NULL, err);
	}
	case F_SUPPLY_N:
		if (trade_curb(d, t, mod, err, &rc))
			return rc;
		/* "B thanked A for its aid": A gave it */
		{
			int h = t - 1;
			while (h >= 0 && h >= t - 4 &&
			       ((d->mof[h] < 0 && (d->cls[h] & (W_DET | W_TMOD | W_GOODS))) ||
			        (d->mof[h] >= 0 && (d->m[d->mof[h]].flags & MF_PRON))))
				h--;
			if (h > 1 && tok_is(d, h, "for") && d->mof[h - 1] >= 0 &&
			    d->m[d->mof[h - 1]].kind == MK_ACTOR &&
			    d->m[d->mof[h - 1]].b == h) {
				int k = d->mof[h - 1], vb = d->m[k].a - 1;
				if (vb > 0 && (tok_is(d, vb, "thanked") || tok_is(d, vb, "thanks") ||
				               tok_is(d, vb, "thank") || tok_is(d, vb, "thanking")) &&
				    verb_subject(d, vb, &o)) {
					memset(&s, 0, sizeof s);
					coord_left(d, k, &s);
					return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, NULL, NULL,
					            err);
				}
			}
		}
		/* "an arms package for B", "a $2 billion aid package" (the
		 * goods word before it); not "a reform package" */
		if ((tok_is(d, t, "package") || tok_is(d, t, "packages")) &&
		    !(t > 0 && (d->cls[t - 1] & W_GOODS) && d->trig[t - 1] < 0))
			return 0;
		/* "B took delivery of Russian-made missiles (from A)" */
		if ((tok_is(d, t, "delivery") || tok_is(d, t, "deliveries")) &&
		    t > 0 && (tok_is(d, t - 1, "took") || tok_is(d, t - 1, "take") ||
		              tok_is(d, t - 1, "takes") || tok_is(d, t - 1, "taking") ||
		              tok_is(d, t - 1, "taken")) &&
		    tok_is(d, t + 1, "of")) {
			if (!verb_subject(d, t - 1, &s))
				return 0;
			if (object(d, t, P_FROM, 12, &o, &prep) || weak_origin(d, t, &o)) {
				object_phrase(d, t + 1, obj, sizeof obj);
				return emit(d, GEOKG_TYPE_SUPPLIES, &o, &s, mod, obj, NULL,
				            err);
			}
			return 0;
		}
		/* "U.S. aid cuts could hand influence to China" */
		if (t + 1 < (int)d->s->n && (d->cls[t + 1] & W_NEG) &&
		    !tok_is(d, t + 1, "to"))
			return 0;
		for (int j = t + 1; j < (int)d->s->n && j <= t + 8; j++) {
			if (tok_is(d, j, "to") || tok_is(d, j, "for"))
				break;
			if ((d->cls[j] & (W_AUX | W_EXP | W_POS)) && d->mof[j] < 0)
				return 0;
		}
		if (!object(d, t, P_TO | ((tok_is(d, t, "aid") || tok_is(d, t, "loan") ||
		                           tok_is(d, t, "loans") ||
		                           tok_is(d, t, "bailout") ||
		                           tok_is(d, t, "assistance") ||
		                           tok_is(d, t, "funding") || tok_is(d, t, "financing") ||
		                           tok_is(d, t, "grant") || tok_is(d, t, "grants") ||
		                           tok_is(d, t, "package") || tok_is(d, t, "packages")) &&
		                          (tok_is(d, t + 1, "for") ||
		                           ((tok_is(d, t + 1, "package") ||
		                             tok_is(d, t + 1, "packages")) &&
		                            tok_is(d, t + 2, "for")))
		                              ? P_FOR : 0), 8, &o, &prep))
			return 0;
		if (compound_left(d, t, &s) ||
		    /* "shipments of Russian weapons to Syria" */
		    (tok_is(d, t + 1, "of") && origin_after(d, t + 2, 4, 0, &s) &&
		     d->m[s.first].a < d->m[o.first].a) ||
		    subject(d, t, 10, &s) ||
		    object(d, t, P_FROM | P_BY, 10, &s, &prep))
			return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o, mod, NULL, NULL, err);
		return 0;
	case F_RECV_V:
	case F_RECV_N: {
		if (frame == F_RECV_N && trade_curb(d, t, mod, err, &rc))
			return rc;
		int gerund = d->s->toks[t].flen > 4 &&
		             strcmp(tok_fold(d, t) + d->s->toks[t].flen - 3, "ing") == 0;
		int have_s;
		if (gerund && t > 0 && d->mof[t - 1] >= 0 &&
		    d->m[d->mof[t - 1]].kind == MK_ACTOR) {
			memset(&s, 0, sizeof s);
			coord_left(d, d->mof[t - 1], &s);
			have_s = 1;
		} else if (frame == F_RECV_N) {
			/* "a tax on car imports from Mexico": not the taxer's
			 * imports */
			int h = t - 1;
			while (h >= 0 && d->mof[h] < 0 &&
			       ((d->cls[h] & (W_DET | W_TMOD | W_GOODS)) ||
			        (d->cls[h] == 0 && (tflags(d, h) & GEOKG__T_WORD) &&
			         !(tflags(d, h) & GEOKG__T_CAP))))
				h--;
			have_s = compound_left(d, t, &s) ||
			         ((!tok_is(d, t, "imports") || h < 0 ||
			           !(d->cls[h] & W_PREP)) &&
			          subject(d, t, 10, &s));
		} else {
			have_s = verb_subject(d, t, &s);
		}
		if (passive(d, t)) {
			/* "B was received by A (in the Kremlin)": a host */
			if (tok_is(d, t, "received") && have_s && tok_is(d, t + 1, "by") &&
			    !(d->m[s.last].flags & MF_POSS) && agent_by(d, t, &o))
				return emit(d, GEOKG_TYPE_MEETS, &o, &s, mod, NULL, NULL, err);
			return 0;
		}
		if (!have_s)
			return 0;
		object_phrase(d, t + 1, obj, sizeof obj);
		/* "received approval from", "a request from Peru to hand
		 * over the fugitives": receiving goods only */
		if (generic_receive(d, t)) {
			int goods = 0;
			for (int j = t + 1; j < (int)d->s->n && j <= t + 10; j++) {
				if (d->cls[j] & W_GOODS)
					goods = 1;
				if (hard_bound(d, j) || tok_is(d, j, "from"))
					break;
			}
			if (!goods) {
				/* "received a (phone) call from B", "a visit from B" */
				for (int j = t + 1; j > 0 && j < (int)d->s->n && j <= t + 4;
				     j++) {
					if (tok_is(d, j, "call") || tok_is(d, j, "calls") ||
					    tok_is(d, j, "visit") || tok_is(d, j, "visits")) {
						if (tok_is(d, j + 1, "from") &&
						    object(d, j, P_FROM, 3, &o, &prep))
							return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod,
							            NULL, NULL, err);
						break;
					}
					if (!(d->cls[j] & (W_DET | W_TMOD)) &&
					    !tok_is(d, j, "phone") && !tok_is(d, j, "telephone"))
						break;
				}
				if (frame == F_RECV_V && d->s->toks[t].flen >= 7 &&
				    strncmp(tok_fold(d, t), "receiv", 6) == 0 &&
				    object(d, t, P_DIRECT, 4, &o, &prep) &&
				    !(d->m[o.first].flags & MF_POSS))
					return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL,
					            NULL, err);
				return 0;
			}
		}
		if (object(d, t, P_FROM, 14, &o, &prep)) {
			d->nlast_src = o.n;
			memcpy(d->last_src, o.ref, sizeof o.ref);
			/* "China suspended coal imports from North Korea": a ban */
			if (mod == GEOKG_MOD_NEGATED && frame == F_RECV_N &&
			    tok_is(d, t, "imports"))
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o,
				            GEOKG_MOD_ASSERTED, NULL, NULL, err);
			return emit(d, GEOKG_TYPE_SUPPLIES, &o, &s, mod, obj, NULL, err);
		}
		/* "received the Sudanese army chief": a meeting */
		if (frame == F_RECV_V && d->s->toks[t].flen >= 7 &&
		    strncmp(tok_fold(d, t), "receiv", 6) == 0 &&
		    object(d, t, P_DIRECT, 4, &o, &prep) &&
		    !(d->m[o.first].flags & MF_POSS))
			return emit(d, GEOKG_TYPE_MEETS, &s, &o, mod, NULL, NULL, err);
		/* "B is looking to buy arms ... Russian fighters are among",
		 * "India's purchases of Russian oil" */
		if ((tok_is(d, t, "buy") || tok_is(d, t, "purchase") ||
		     tok_is(d, t, "purchases") || tok_is(d, t, "buying") ||
		     tok_is(d, t, "imports") || tok_is(d, t, "acquire") ||
		     tok_is(d, t, "received") || tok_is(d, t, "receive") ||
		     tok_is(d, t, "receiving") ||
		     tok_is(d, t, "importing") || tok_is(d, t, "import") ||
		     tok_is(d, t, "imported") ||
		     tok_is(d, t, "receives") || tok_is(d, t, "bought") ||
		     ((tok_is(d, t, "gets") || tok_is(d, t, "got") ||
		       tok_is(d, t, "getting")) && hard_goods(d, t + 1, 6))) &&
		    weak_origin(d, t, &o))
			return emit(d, GEOKG_TYPE_SUPPLIES, &o, &s, mod, obj, NULL, err);
		/* "Turkey bought Russia's S-400 system" */
		if (frame == F_RECV_V && !generic_receive(d, t) &&
		    origin_after(d, t + 1, 4, 1, &o) &&
		    goods_within(d, d->m[o.last].b + 1, 4))
			return emit(d, GEOKG_TYPE_SUPPLIES, &o, &s, mod, obj, NULL, err);
		return 0;
	}
	case F_ASK_V:
		if (!subject(d, t, 0, &s))
			return 0;
		/* (also "appealed to A for Z") */
		if (object(d, t, tok_is(d, t + 1, "to") ? P_TO : P_DIRECT, 4, &o,
		           &prep) &&
		    tok_is(d, d->m[o.last].b, "for") &&
		    goods_within(d, d->m[o.last].b + 1, 6)) {
			object_phrase(d, d->m[o.last].b + 1, obj, sizeof obj);
			return emit(d, GEOKG_TYPE_SUPPLIES, &o, &s, GEOKG_MOD_REQUESTED,
			            obj, NULL, err);
		}
		return 0;
	case F_THREAT_V:
		if (passive(d, t)) {
			/* "B was threatened with sanctions by A": the sanctions
			 * are the threat's content */
			if (tok_is(d, t + 1, "with"))
				for (int j = t + 2; j < (int)d->s->n && j < t + 6; j++)
					if (d->trig[j] >= 0)
						d->used[j] = 1;
			if (subject(d, t, 0, &o) && agent_by(d, t, &s))
				return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL,
				            err);
			return 0;
		}
		/* "threatened to sanction / ban ...": the sanction is the
		 * threat's content, no relation of its own */
		if (tok_is(d, t + 1, "to") && t + 2 < (int)d->s->n &&
		    d->trig[t + 2] >= 0 &&
		    geokg__lex_triggers[d->trig[t + 2]].type == GEOKG_TYPE_SANCTIONS) {
			/* ... nor what it bans ("to ban imports from B") */
			for (int j = t + 2; j < (int)d->s->n && j < t + 8 &&
			     d->mof[j] < 0 && !hard_bound(d, j); j++)
				if (d->trig[j] >= 0)
					d->used[j] = 1;
			if (!verb_subject(d, t, &s)) {
				int v;
				if (accused_target(d, t, &o, &v) && subject(d, v, 0, &s))
					return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL,
					            err);
				return 0;
			}
			if (!object(d, t + 2, P_DIRECT | P_TO | P_FROM | P_WITH | P_ON |
			                          P_AGAINST, 8, &o, &prep) &&
			    !accused_target(d, t, &o, NULL))
				return 0;
			return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
		}
		/* "Iran Accuses U.S. of Plotting, Warns of Response": the
		 * accuser */
		if (!verb_subject(d, t, &s)) {
			int v;
			if (accused_target(d, t, &o, &v) && subject(d, v, 0, &s))
				return emit(d, GEOKG_TYPE_THREATENS, &s, &o,
				            mod == GEOKG_MOD_NEGATED ? mod : GEOKG_MOD_ASSERTED,
				            NULL, NULL, err);
			return 0;
		}
		if (object(d, t, P_DIRECT, 5, &o, &prep) &&
		    !((d->m[o.first].flags & MF_PRON) && d->m[o.last].b < (int)d->s->n &&
		      (d->cls[d->m[o.last].b] & (W_AUX | W_EXP | W_POS)))) {
			/* "threatened B with sanctions": not a sanction too */
			if (tok_is(d, d->m[o.last].b, "with"))
				for (int j = d->m[o.last].b + 1; j < (int)d->s->n &&
				     j < d->m[o.last].b + 4; j++)
					if (d->trig[j] >= 0)
						d->used[j] = 1;
			return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
		}
		/* "warned (that) it would counter any U.S. move" */
		{
			/* "threatened new sanctions against B", "warned of
			 * sanctions on B" */
			for (int j = t + 1; j < (int)d->s->n && j <= t + 4; j++) {
				if (j == t + 1 && tok_is(d, j, "of"))
					continue;
				if (d->trig[j] >= 0 &&
				    geokg__lex_triggers[d->trig[j]].type ==
				        GEOKG_TYPE_SANCTIONS) {
					d->used[j] = 1;
					if (object(d, j, P_ON | P_AGAINST, 8, &o, &prep))
						return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
						            NULL, NULL, err);
					return 0;
				}
				if (!(d->cls[j] & (W_DET | W_TMOD)))
					break;
			}

			int hostile = 0;
			for (int j = t + 1; j < (int)d->s->n && j < t + 12; j++) {
				if (hard_bound(d, j) && !(d->cls[j] & W_THAT))
					break;
				/* "punish firms that sell ...": a relative clause */
				if ((d->cls[j] & W_THAT) && j > t + 1)
					break;
				if (d->cls[j] & W_HOSTILE)
					hostile = 1;
				if (hostile && d->mof[j] >= 0 &&
				    d->m[d->mof[j]].kind == MK_ACTOR &&
				    !(d->m[d->mof[j]].flags & MF_PRON)) {
					/* "warned it could impose sanctions on B": the
					 * sanctions are the threat, not a sanction */
					int modal = 0;
					for (int q = t + 1; q < j; q++) {
						/* ... and "threatened to impose sanctions on
						 * B": the infinitive is the threat's content */
						if (((d->cls[q] & (W_EXP | W_POS)) ||
						     (q == t + 1 && tok_is(d, q, "to"))) &&
						    d->mof[q] < 0)
							modal = 1;
						if (modal && d->trig[q] >= 0 &&
						    geokg__lex_triggers[d->trig[q]].type ==
						        GEOKG_TYPE_SANCTIONS)
							d->used[q] = 1;
					}
					memset(&o, 0, sizeof o);
					arg_add(&o, &d->m[d->mof[j]]);
					return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL,
					            NULL, err);
				}
				/* "warned that B would pay a heavy price / face
				 * consequences" */
				if (d->mof[j] >= 0 && d->m[d->mof[j]].kind == MK_ACTOR &&
				    !(d->m[d->mof[j]].flags & MF_PRON)) {
					int v = d->m[d->mof[j]].b, be = 0;
					/* (also "B would be 'totally destroyed'") */
					while (v < (int)d->s->n && v < d->m[d->mof[j]].b + 5 &&
					       d->mof[v] < 0 &&
					       ((d->cls[v] & (W_AUX | W_EXP | W_POS)) ||
					        (be && (is_punct(d, v, '\'') ||
					                (d->s->toks[v].flen > 4 &&
					                 strcmp(tok_fold(d, v) + d->s->toks[v].flen - 2,
					                        "ly") == 0))))) {
						be |= (d->cls[v] & W_BE) != 0;
						v++;
					}
					if (v > d->m[d->mof[j]].b && v < (int)d->s->n &&
					    (tok_is(d, v, "pay") || tok_is(d, v, "face") ||
					     tok_is(d, v, "suffer") || tok_is(d, v, "regret") ||
					     (be && (tok_is(d, v, "destroyed") || tok_is(d, v, "crushed") ||
					             tok_is(d, v, "annihilated") ||
					             tok_is(d, v, "obliterated") ||
					             tok_is(d, v, "punished") ||
					             tok_is(d, v, "attacked") ||
					             tok_is(d, v, "struck"))))) {
						memset(&o, 0, sizeof o);
						arg_add(&o, &d->m[d->mof[j]]);
						return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL,
						            NULL, err);
					}
				}
			}
			/* "Iran would retaliate if U.S. troops struck, Iranian
			 * officials warned." */
			if (t + 1 >= (int)d->s->n || hard_bound(d, t + 1) ||
			    is_punct(d, t + 1, ',')) {
				int c = s.first >= 0 ? d->m[s.first].a - 1 : -1;
				if (c > 0 && is_punct(d, c, ',')) {
					const char *sc = ref_country(d, s.ref[0]);
					int host = 0;
					for (int j = 0; j < c; j++) {
						if (d->cls[j] & W_HOSTILE)
							host = 1;
						if (host && d->mof[j] >= 0 &&
						    d->m[d->mof[j]].kind == MK_ACTOR &&
						    sc && ref_country(d, d->m[d->mof[j]].ref[0]) &&
						    strcmp(sc, ref_country(d, d->m[d->mof[j]].ref[0]))) {
							memset(&o, 0, sizeof o);
							arg_add(&o, &d->m[d->mof[j]]);
							return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
							            NULL, NULL, err);
						}
					}
				}
			}
			/* "threatened to impose sanctions on B" (also "threatened
			 * on Tuesday to", "threatened again to") */
			int to = t + 1;
			while (to + 1 < (int)d->s->n && to < t + 4 && d->mof[to] < 0 &&
			       ((d->cls[to] & W_TIME) || tok_is(d, to, "repeatedly") ||
			        (tok_is(d, to, "on") && (d->cls[to + 1] & W_TIME))))
				to++;
			if (to < (int)d->s->n && tok_is(d, to, "to")) {
				for (int j = to + 1; j < (int)d->s->n && j < to + 5; j++)
					if (d->trig[j] >= 0 &&
					    object(d, j, P_DIRECT | P_ON | P_AGAINST | P_TO |
					                     /* "to withhold aid from B" */
					                     ((d->cls[to + 1] & W_NEG) ? P_FROM : 0),
					           8, &o, &prep)) {
						/* what is threatened is no relation of its own
						 * ("to cut off aid to B") */
						for (int q = j; q < d->m[o.first].a; q++)
							if (d->trig[q] >= 0)
								d->used[q] = 1;
						return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
						            NULL, NULL, err);
					}
				/* "threatened to cut (off) ties with B", "to use force
				 * against B", "to impose tariffs on B" */
				for (int j = to + 1; j > 0 && j + 1 < (int)d->s->n && j < to + 7;
				     j++) {
					if (hard_bound(d, j) || is_punct(d, j, ','))
						break;
					if (d->mof[j] >= 0) {
						int p = gov_prep(d, d->mof[j]);
						/* "threatened on Tuesday to sink B" */
						if (d->m[d->mof[j]].kind == MK_ACTOR && j == to + 2 &&
						    to > t + 1 && p < 0 &&
						    !(d->m[d->mof[j]].flags & (MF_POSS | MF_PRON))) {
							memset(&o, 0, sizeof o);
							coord_right(d, d->mof[j], &o);
							o.first = d->mof[j];
							return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
							            NULL, NULL, err);
						}
						/* ("to launch missiles at B") */
						if (d->m[d->mof[j]].kind == MK_ACTOR && p > to + 1 &&
						    (tok_is(d, p, "against") || tok_is(d, p, "on") ||
						     tok_is(d, p, "at")) &&
						    object(d, p - 1, P_AGAINST | P_ON | P_IN, 4, &o, &prep))
							return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
							            NULL, NULL, err);
						break;
					}
					if ((tok_is(d, j, "ties") || tok_is(d, j, "relations") ||
					     tok_is(d, j, "trade")) &&
					    tok_is(d, j + 1, "with") &&
					    object(d, j, P_WITH, 3, &o, &prep))
						return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod,
						            NULL, NULL, err);
				}
			} else if (strncmp(w->word, "threat", 6) == 0 &&
			           object(d, t, P_AGAINST | P_ON, 7, &o, &prep)) {
				/* "threatened military action against B", "a
				 * nuclear strike on B" */
				return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL,
				            err);
			}
		}
		/* "warned it would retaliate if B ...", "threatened to close
		 * the strait if B attacks": the condition's subject; "accused
		 * B of ... and warned ...": the accused */
		if (cond_target(d, t, &s, strncmp(w->word, "threat", 6) == 0, &o) ||
		    accused_target(d, t, &o, NULL) || against_whose(d, t, &o) ||
		    poss_after(d, t, &o))
			return emit(d, GEOKG_TYPE_THREATENS, &s, &o,
			            mod == GEOKG_MOD_NEGATED ? mod : GEOKG_MOD_ASSERTED,
			            NULL, NULL, err);
		return 0;
	case F_RETAL_V: {
		/* a threat only when promised: "vowed to retaliate against B",
		 * "would destroy B", "threatened to strike B"; an attack that
		 * happened is no threat */
		int promised = 0;
		for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
			if (d->cls[j] & (W_EXP | W_POS)) {
				promised = 1;
				break;
			}
			if (tok_is(d, j, "vowed") || tok_is(d, j, "vows") ||
			    tok_is(d, j, "threatened") || tok_is(d, j, "threatens") ||
			    tok_is(d, j, "warned") || tok_is(d, j, "hesitate")) {
				promised = 1;
				break;
			}
			if (d->mof[j] >= 0 || hard_bound(d, j))
				break;
		}
		if (!promised || (t > 0 && (d->cls[t - 1] & (W_DET | W_PREP)) &&
		                  !tok_is(d, t - 1, "to")))
			return 0;
		/* (and "U.S. says will punish Syria" in a headline) */
		if (!verb_subject(d, t, &s) &&
		    !(t >= 2 && (d->cls[t - 1] & (W_AUX | W_EXP)) &&
		      (d->cls[t - 2] & W_SAY) && subject(d, t - 2, 0, &s)))
			return 0;
		if (strncmp(w->word, "respond", 7) == 0) {
			/* "respond militarily to B", "respond to B's
			 * provocations"; not "respond to questions" */
			int forceful = forceful_after(d, t);
			if (!((forceful && object(d, t, P_TO | P_AGAINST, 6, &o, &prep)) ||
			      act_target(d, t, 8, &o) ||
			      (forceful && cond_target(d, t, &s, 1, &o)) ||
			      (retort_end(d, t) && sanctioner_of(d, &s, &o))))
				return 0;
		} else if (!object(d, t, P_DIRECT | P_AGAINST |
		                             (tok_is(d, t + 1, "back") ? P_IN : 0), 6,
		                   &o, &prep) &&
		           /* "crush any aggression by B", "would retaliate if
		            * B attacked" */
		           !act_target(d, t, 6, &o) && !cond_target(d, t, &s, 1, &o) &&
		           !poss_after(d, t, &o) &&
		           !((tok_is(d, t, "retaliate") ||
		              (tok_is(d, t, "hit") && tok_is(d, t + 1, "back"))) &&
		             sanctioner_of(d, &s, &o)))
			return 0; /* (and "hit back at B") */
		if (mod == GEOKG_MOD_NEGATED && !no_hesitation(d, t))
			return 0; /* "would not dare attack Iran": no threat */
		/* the threat is made now, whatever its tense ("would not
		 * hesitate to strike" too) */
		if (mod == GEOKG_MOD_EXPECTED || mod == GEOKG_MOD_POSSIBLE ||
		    mod == GEOKG_MOD_CONDITIONAL || mod == GEOKG_MOD_NEGATED)
			mod = GEOKG_MOD_ASSERTED;
		/* "vowed to hit B with sanctions": the sanctions are the
		 * threat's content, as in "threatened B with sanctions" */
		if (tok_is(d, d->m[o.last].b, "with"))
			for (int j = d->m[o.last].b + 1; j < (int)d->s->n &&
			     j < d->m[o.last].b + 4; j++)
				if (d->trig[j] >= 0)
					d->used[j] = 1;
		return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
	}
	case F_HOSTILE_N: {
		/* a promise of force against B: "vowed revenge against B",
		 * "would use force against B", "did not rule out military
		 * action against B"; force used or named is no threat */
		int ruleout;
		if ((tok_is(d, t, "action") || tok_is(d, t, "actions")) &&
		    !(t > 0 && (tok_is(d, t - 1, "military") ||
		                tok_is(d, t - 1, "punitive"))))
			return 0;
		if (!force_promised(d, t, &ruleout))
			return 0;
		if (mod == GEOKG_MOD_NEGATED && !ruleout)
			return 0;
		/* ("a tough response to the new U.S. sanctions", "retaliation
		 * for B's expulsions") */
		if ((!object(d, t, P_AGAINST | P_ON, 5, &o, &prep) &&
		     !act_target(d, t, 8, &o)) ||
		    !subject(d, t, 0, &s))
			return 0;
		/* "retaliatory measures against B": a threat, not sanctions */
		if (tok_is(d, t, "retaliatory") && t + 1 < (int)d->s->n &&
		    d->trig[t + 1] >= 0)
			d->used[t + 1] = 1;
		if (mod != GEOKG_MOD_REQUESTED)
			mod = GEOKG_MOD_ASSERTED;
		return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
	}
	case F_CONSEQ_N: {
		/* "X said B would face consequences / pay a heavy price" */
		int v = t - 1;
		/* (and "B would be met with fire and fury") */
		while (v > 0 && v > t - 5 && d->mof[v] < 0 &&
		       (d->cls[v] & (W_DET | W_TMOD) || (d->cls[v] & W_SCARE) ||
		        (tok_is(d, v, "and") && tok_is(d, t, "fury")) ||
		        (d->cls[v] == 0 &&
		        (tflags(d, v) & GEOKG__T_WORD) &&
		        !(tflags(d, v) & GEOKG__T_CAP) && d->trig[v] < 0 &&
		        !tok_is(d, v, "face") && !tok_is(d, v, "pay"))))
			v--;
		if (v > 2 && tok_is(d, v, "with") && tok_is(d, v - 1, "met") &&
		    (d->cls[v - 2] & W_BE))
			v -= 2; /* "be met with": the subject is B */
		else if (v < 1 || !(tok_is(d, v, "face") || tok_is(d, v, "faces") ||
		                    tok_is(d, v, "facing") || tok_is(d, v, "pay") ||
		                    tok_is(d, v, "suffer") || tok_is(d, v, "incur")))
			return 0;
		if (tok_is(d, v - 1, "or")) {
			/* "told B to withdraw or face consequences" */
			if (!or_face(d, v - 1, &s, &o))
				return 0;
		} else if (!verb_subject(d, v, &o) || o.first < 0 ||
		           !(d->cls[v - 1] & (W_AUX | W_EXP | W_POS)) ||
		           !threat_speaker(d, d->m[o.first].a, t, &s)) {
			return 0;
		}
		if (mod == GEOKG_MOD_NEGATED)
			return 0;
		return emit(d, GEOKG_TYPE_THREATENS, &s, &o, GEOKG_MOD_ASSERTED, NULL,
		            NULL, err);
	}
	case F_NOTICE_N: {
		/* "put B on notice" */
		int v;
		if (t < 2 || !tok_is(d, t - 1, "on") || d->mof[t - 2] < 0 ||
		    d->m[d->mof[t - 2]].kind != MK_ACTOR)
			return 0;
		v = d->m[d->mof[t - 2]].a - 1;
		if (v < 0 || !(tok_is(d, v, "put") || tok_is(d, v, "puts") ||
		               tok_is(d, v, "putting") || tok_is(d, v, "placed")))
			return 0;
		if (!verb_subject(d, v, &s))
			return 0;
		memset(&o, 0, sizeof o);
		arg_add(&o, &d->m[d->mof[t - 2]]);
		return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
	}
	case F_THREAT_N:
		if (!object(d, t, P_AGAINST | P_TO, 6, &o, &prep)) {
			/* "gave B an ultimatum", "handed B a stern warning" */
			int h = t - 1, vb;
			/* (and plain adjectives: "a stern", "a final") */
			while (h >= 0 && h > t - 5 && d->mof[h] < 0 &&
			       ((d->cls[h] & (W_DET | W_TMOD)) ||
			        (d->cls[h] == 0 && (tflags(d, h) & GEOKG__T_WORD) &&
			         !(tflags(d, h) & GEOKG__T_CAP) && d->trig[h] < 0)))
				h--;
			if (h < 1 || d->mof[h] < 0 || d->m[d->mof[h]].kind != MK_ACTOR)
				return 0;
			memset(&o, 0, sizeof o);
			coord_left(d, d->mof[h], &o);
			vb = d->m[o.first].a - 1;
			if (vb < 1 || !(tok_is(d, vb, "gave") || tok_is(d, vb, "give") ||
			                tok_is(d, vb, "gives") || tok_is(d, vb, "handed") ||
			                tok_is(d, vb, "issued") || tok_is(d, vb, "sent") ||
			                tok_is(d, vb, "sends") || tok_is(d, vb, "delivered")) ||
			    !verb_subject(d, vb, &s))
				return 0;
			return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
		}
		if (compound_left(d, t, &s) || object(d, t, P_BY | P_FROM, 8, &s, &prep) ||
		    subject(d, t, 6, &s))
			return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL, err);
		/* "In a veiled threat to B, A said", "A, in a warning to B,
		 * sent ships" */
		{
			int h = t - 1;
			while (h > 0 && h > t - 5 && d->mof[h] < 0 &&
			       ((d->cls[h] & (W_DET | W_TMOD)) ||
			        (d->cls[h] == 0 && (tflags(d, h) & GEOKG__T_WORD) &&
			         !(tflags(d, h) & GEOKG__T_CAP) && d->trig[h] < 0)))
				h--;
			if (h >= 0 && (tok_is(d, h, "in") || tok_is(d, h, "as")) &&
			    (visit_opener(d, h, d->m[o.last].b, &s) ||
			     (h >= 2 && is_punct(d, h - 1, ',') && d->mof[h - 2] >= 0 &&
			      d->m[d->mof[h - 2]].kind == MK_ACTOR &&
			      !(d->m[d->mof[h - 2]].flags & (MF_POSS | MF_PRON)) &&
			      gov_prep(d, d->mof[h - 2]) < 0 &&
			      (coord_left(d, d->mof[h - 2], &s), 1))))
				return emit(d, GEOKG_TYPE_THREATENS, &s, &o, mod, NULL, NULL,
				            err);
		}
		return 0;
	case F_SANC_V:
	case F_BAN_V:
		d->allow_civil = 1;
		rc = relate_sanction(d, t, frame, mod, err);
		d->allow_civil = 0;
		return rc;
	case F_FREEZE_V:
	case F_SANC_N:
		d->allow_civil = 1;
		rc = relate_sanction(d, t, frame, mod, err);
		d->allow_civil = 0;
		return rc;
	}
	(void)a;
	return rc;
}

/* The frames of sanctions: verbs ("sanctioned B", "banned the sale of Z
 * to B") and nouns ("sanctions on B"). */
static int relate_sanction(xdoc *d, int t, int frame, geokg_modality mod,
                           geokg_error *err)
{
	xarg s, o;
	int prep = 0;
	switch (frame) {
	case F_FREEZE_V: {
		/* "froze the assets of B", "freeze Russian state assets",
		 * "asset freezes on B" */
		int assets = -1;
		for (int j = t + 1; j < (int)d->s->n && j <= t + 5; j++)
			if (tok_is(d, j, "assets") || tok_is(d, j, "funds") ||
			    tok_is(d, j, "accounts"))
				assets = j;
		if (t > 0 && tok_is(d, t - 1, "asset"))
			assets = t;
		if (assets < 0 || !(compound_left(d, t, &s) || subject(d, t, 10, &s)))
			return 0;
		for (int j = t + 1; j < assets; j++)
			if (d->mof[j] >= 0 && d->m[d->mof[j]].kind != MK_DEAD &&
			    ref_kind(d, d->m[d->mof[j]].ref[0]) != GEOKG_KIND_ORG) {
				memset(&o, 0, sizeof o);
				arg_add(&o, &d->m[d->mof[j]]);
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
				            NULL, err);
			}
		if (object(d, assets, P_OF | P_ON | P_AGAINST, 8, &o, &prep))
			return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
			            err);
		return 0;
	}
	case F_SANC_V:
	case F_BAN_V:
		if (passive(d, t)) {
			if (subject(d, t, 0, &o) && agent_by(d, t, &s))
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			return 0;
		}
		if (!subject(d, t, 0, &s)) {
			/* "The new sanctions blacklisted X": the sanctions named
			 * before */
			int j = t - 1;
			if (frame != F_SANC_V || !d->have_sanc || j < 0 ||
			    d->trig[j] < 0 ||
			    geokg__lex_triggers[d->trig[j]].type != GEOKG_TYPE_SANCTIONS)
				return 0;
			s = d->last_sanc;
			s.first = s.last = -1;
		}
		if (frame == F_SANC_V) {
			if (object(d, t, P_DIRECT, 5, &o, &prep))
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			return 0;
		}
		/* "banned the sale of oil to B", "imports from B", "business
		 * with B": a ban on trade with B */
		if (object(d, t, P_TO | P_FROM | P_WITH, 12, &o, &prep)) {
			int trade = 0;
			/* a curb ("suspended", "halted", "cut") is a ban only on
			 * trade or imports; halted supplies or aid are a negated
			 * supply (as the examples are annotated), talks a negated
			 * meeting */
			int curb = tok_is(d, t, "suspended") || tok_is(d, t, "suspends") ||
			           tok_is(d, t, "halted") || tok_is(d, t, "halts") ||
			           tok_is(d, t, "cut") || tok_is(d, t, "cuts");
			for (int j = t + 1; j < d->m[o.first].a; j++) {
				if (d->trig[j] >= 0 &&
				    geokg__lex_triggers[d->trig[j]].type ==
				        GEOKG_TYPE_SUPPLIES &&
				    (!curb || tok_is(d, j, "imports") ||
				     tok_is(d, j, "purchases"))) {
					trade = 1;
					d->used[j] = 1;
				}
				if (curb && !(tok_is(d, j, "trade") || tok_is(d, j, "business") ||
				              tok_is(d, j, "flights")))
					continue;
				if (tok_is(d, j, "business") || tok_is(d, j, "dealings") ||
				    tok_is(d, j, "trade") || tok_is(d, j, "transactions") ||
				    tok_is(d, j, "investment") || tok_is(d, j, "debt") ||
				    tok_is(d, j, "travel") || tok_is(d, j, "flights") ||
				    tok_is(d, j, "traveling") || tok_is(d, j, "travelling") ||
				    tok_is(d, j, "visas"))
					trade = 1;
			}
			/* "cut off oil supplies": "off" is the curb's, no negation */
			if (trade && curb && mod == GEOKG_MOD_NEGATED && tok_is(d, t + 1, "off")) {
				int pre = 0;
				for (int j = t - 1; j >= 0 && j >= t - 4; j--)
					pre |= (d->cls[j] & W_NEG) && d->mof[j] < 0;
				if (!pre)
					mod = GEOKG_MOD_ASSERTED;
			}
			if (trade)
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			/* "cut gas to B", "halted fuel to B": goods named without
			 * a supply word are a negated supply too */
			if (curb && prep == P_TO) {
				int goods = 0, strig = 0;
				for (int j = t + 1; j < d->m[o.first].a; j++) {
					goods |= (d->cls[j] & W_GOODS) != 0;
					strig |= d->trig[j] >= 0;
				}
				if (goods && !strig)
					return emit(d, GEOKG_TYPE_SUPPLIES, &s, &o,
					            GEOKG_MOD_NEGATED, NULL, NULL, err);
			}
		}
		/* "banned imports of Japanese seafood": the goods' state */
		for (int j = t + 1; j + 1 < (int)d->s->n && j <= t + 3; j++) {
			if (tok_is(d, j, "imports") || tok_is(d, j, "purchases")) {
				if (!tok_is(d, j + 1, "of") ||
				    !origin_after(d, j + 2, 4, 0, &o))
					return 0;
				d->used[j] = 1;
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			}
			if (!(d->cls[j] & (W_DET | W_TMOD)) || d->mof[j] >= 0)
				break;
		}
		return 0;
	case F_SANC_N:
		if (tok_is(d, t, "measures") &&
		    !(t > 0 && (tok_is(d, t - 1, "restrictive") ||
		                tok_is(d, t - 1, "punitive") ||
		                tok_is(d, t - 1, "economic"))) &&
		    !(d->have_sanc && t + 1 < (int)d->s->n &&
		      (tok_is(d, t + 1, "name") || tok_is(d, t + 1, "names") ||
		       tok_is(d, t + 1, "target") || tok_is(d, t + 1, "targets"))))
			return 0;
		if (!object(d, t, P_ON | P_AGAINST |
		                      (tok_is(d, t, "ban") ? P_WITH : 0), 10, &o, &prep)) {
			/* "the Canadian measures name Maduro", "the sanctions
			 * target X" */
			int v = t + 1, h = t - 1;
			/* "an embargo on Iranian oil" */
			if ((tok_is(d, v, "on") || tok_is(d, v, "against")) &&
			    origin_after(d, v + 1, 4, 0, &o) &&
			    (compound_left(d, t, &s) || subject(d, t, 10, &s)))
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			/* "B was hit with new sanctions by A" */
			while (h >= 0 && (d->cls[h] & (W_DET | W_TMOD)) && d->mof[h] < 0)
				h--;
			if (h > 0 && tok_is(d, h, "with") &&
			    (tok_is(d, h - 1, "hit") || tok_is(d, h - 1, "slapped")) &&
			    passive(d, h - 1) && subject(d, h - 1, 0, &o) &&
			    agent_by(d, t, &s))
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			/* "A hit / targeted / slapped B with new sanctions" */
			if (h > 1 && tok_is(d, h, "with") && d->mof[h - 1] >= 0 &&
			    d->m[d->mof[h - 1]].kind == MK_ACTOR) {
				int vb;
				static const char *const hitv[] = {
					"hit", "hits", "targeted", "targets", "slapped", "slaps",
					"punished", "punishes", NULL};
				memset(&o, 0, sizeof o);
				coord_left(d, d->mof[h - 1], &o);
				vb = d->m[o.first].a - 1;
				for (int i = 0; vb > 0 && hitv[i]; i++)
					if (tok_is(d, vb, hitv[i]) && !passive(d, vb) &&
					    verb_subject(d, vb, &s)) {
						return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
						            NULL, err);
					}
			}
			/* "Iran, which is under U.N. sanctions", "Iran remains
			 * under U.S. sanctions": the imposer named before the noun */
			if ((h = before_compound(d, t, &s)) >= 0) {
				if (h > 0 && tok_is(d, h, "under") && subject(d, h, 0, &o))
					return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
					            NULL, err);
				/* "B is subject to Japanese sanctions" */
				if (h > 1 && tok_is(d, h, "to") && tok_is(d, h - 1, "subject") &&
				    subject(d, h - 1, 0, &o))
					return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
					            NULL, err);
				/* "B, (already) under Japanese sanctions, fired" */
				if (h > 1 && tok_is(d, h, "under")) {
					int c = h - 1;
					while (c > 0 && d->mof[c] < 0 &&
					       (tok_is(d, c, "already") || tok_is(d, c, "still") ||
					        tok_is(d, c, "now") || tok_is(d, c, "long")))
						c--;
					if (c > 0 && is_punct(d, c, ',') && d->mof[c - 1] >= 0 &&
					    d->m[d->mof[c - 1]].kind == MK_ACTOR &&
					    d->m[d->mof[c - 1]].b == c) {
						memset(&o, 0, sizeof o);
						coord_left(d, d->mof[c - 1], &o);
						return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
						            NULL, err);
					}
				}
			}
			/* "A added B to its blacklist", "A put B on a blacklist" */
			if (tok_is(d, t, "blacklist") ||
			    (tok_is(d, t, "sanctions") && tok_is(d, t + 1, "list"))) {
				h = t - 1; /* ("put B on its sanctions list") */
				while (h >= 0 && (d->cls[h] & W_DET) &&
				       (d->mof[h] < 0 || (d->m[d->mof[h]].flags & MF_PRON)))
					h--;
				if (h > 1 && (tok_is(d, h, "to") || tok_is(d, h, "on")) &&
				    d->mof[h - 1] >= 0 && d->m[d->mof[h - 1]].kind == MK_ACTOR) {
					int vb = d->m[d->mof[h - 1]].a - 1;
					if (vb > 0 && (tok_is(d, vb, "added") || tok_is(d, vb, "adds") ||
					               tok_is(d, vb, "put") || tok_is(d, vb, "placed") ||
					               tok_is(d, vb, "puts")) &&
					    verb_subject(d, vb, &s)) {
						memset(&o, 0, sizeof o);
						arg_add(&o, &d->m[d->mof[h - 1]]);
						return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
						            NULL, err);
					}
				}
			}
			/* "Sudan faces U.N. sanctions": possible sanctions by the
			 * named imposer on the one who faces them */
			if ((h = before_compound(d, t, &s)) >= 0) {
				if (h > 0 && (tok_is(d, h, "faces") || tok_is(d, h, "face") ||
				              tok_is(d, h, "facing")) &&
				    verb_subject(d, h, &o)) {
					if (mod == GEOKG_MOD_ASSERTED || mod == GEOKG_MOD_EXPECTED)
						mod = GEOKG_MOD_POSSIBLE;
					return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL,
					            NULL, err);
				}
			}
			if (v >= (int)d->s->n || !(tok_is(d, v, "name") ||
			    tok_is(d, v, "names") || tok_is(d, v, "target") ||
			    tok_is(d, v, "targets") || tok_is(d, v, "hit") ||
			    tok_is(d, v, "include") || tok_is(d, v, "includes") ||
			    tok_is(d, v, "blacklist") || tok_is(d, v, "blacklisted")))
				return 0;
			d->used[v] = 1;
			if (!object(d, v, P_DIRECT, 4, &o, &prep))
				return 0;
			if (!compound_left(d, t, &s)) {
				if (!d->have_sanc)
					return 0;
				s = d->last_sanc;
			}
			return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL, err);
		}
		if (compound_left(d, t, &s) || object(d, t, P_BY, 10, &s, &prep))
			return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL, err);
		/* "the sanctions Japan imposed on B": a relative clause */
		if (t + 2 < (int)d->s->n && d->mof[t + 1] >= 0 &&
		    d->m[d->mof[t + 1]].a == t + 1 &&
		    d->m[d->mof[t + 1]].kind == MK_ACTOR &&
		    d->m[d->mof[t + 1]].b < d->m[o.first].a) {
			int v;
			memset(&s, 0, sizeof s);
			coord_right(d, d->mof[t + 1], &s);
			v = d->m[s.last].b;
			if (d->cls[v] & W_AUX)
				v++;
			if (tok_is(d, v, "imposed") || tok_is(d, v, "announced") ||
			    tok_is(d, v, "placed") || tok_is(d, v, "slapped") ||
			    tok_is(d, v, "levied") || tok_is(d, v, "put")) {
				return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL,
				            err);
			}
		}
		{
			/* "the WTO approves sanctions against B": who allows
			 * sanctions does not impose them */
			int j = t - 1;
			while (j >= 0 && (d->cls[j] & (W_DET | W_TMOD)) && d->mof[j] < 0)
				j--;
			if (j >= 0 && d->s->toks[j].flen >= 5 &&
			    (strncmp(tok_fold(d, j), "approv", 6) == 0 ||
			     strncmp(tok_fold(d, j), "authori", 7) == 0 ||
			     strncmp(tok_fold(d, j), "allow", 5) == 0 ||
			     strncmp(tok_fold(d, j), "support", 7) == 0 ||
			     strncmp(tok_fold(d, j), "welcom", 6) == 0 ||
			     strncmp(tok_fold(d, j), "oppos", 5) == 0 ||
			     strncmp(tok_fold(d, j), "criticiz", 8) == 0 ||
			     strncmp(tok_fold(d, j), "condemn", 7) == 0))
				return 0;
		}
		if (subject(d, t, 10, &s))
			return emit(d, GEOKG_TYPE_SANCTIONS, &s, &o, mod, NULL, NULL, err);
		return 0;
	}
	return 0;
}

/*
 * A visitor ("the visiting Chinese foreign minister") meets the other
 * party of its clause: as the object, the subject of the verb ("Iran
 * told a visiting U.N. official", "held talks with the visiting
 * envoy"); as the subject, the verb's object ("The visiting minister
 * told Putin") or else the state it is in ("Visiting US envoy X held
 * talks in Tokyo").
 */
static int relate_visitor(xdoc *d, int k, geokg_error *err)
{
	int n = (int)d->s->n, v = d->m[k].a - 1, r = -1, prep = 0;
	xarg s, o;
	memset(&o, 0, sizeof o);
	arg_add(&o, &d->m[k]);
	while (v >= 0 && d->mof[v] < 0 && (d->cls[v] & W_DET))
		v--; /* "a visiting", "the visiting" */
	if (v >= 0 && d->mof[v] < 0 && (tflags(d, v) & GEOKG__T_WORD) &&
	    !(tflags(d, v) & GEOKG__T_CAP) &&
	    (!hard_bound(d, v) || tok_is(d, v, "told")) &&
	    !(d->cls[v] & (W_COORD | W_THAT | W_AUX | W_EXP | W_POS | W_NEG))) {
		/* the object of a verb, or of "with", "to", "for" after one */
		if (d->cls[v] & W_PREP) {
			if (!tok_is(d, v, "with") && !tok_is(d, v, "to") &&
			    !tok_is(d, v, "for"))
				return 0;
			v--;
			while (v >= 0 && d->mof[v] < 0 && (d->cls[v] & (W_DET | W_TMOD)))
				v--;
			if (v < 0 || d->mof[v] >= 0 || !(tflags(d, v) & GEOKG__T_WORD) ||
			    (d->cls[v] & (W_PREP | W_BOUND | W_COORD | W_THAT)))
				return 0;
		}
		if (!verb_subject(d, v, &s))
			return 0;
		return emit(d, GEOKG_TYPE_MEETS, &s, &o,
		            modality(d, v, -1, &r, 0), NULL, NULL, err);
	}
	if (v >= 0 && !is_punct(d, v, ',') && !hard_bound(d, v) &&
	    !(tflags(d, v) & GEOKG__T_DATELINE))
		return 0;
	/* the subject: its verb follows */
	v = d->m[k].b;
	while (v < n && d->mof[v] < 0 && (d->cls[v] & (W_AUX | W_TIME)))
		v++;
	if (v >= n || d->mof[v] >= 0 || !(tflags(d, v) & GEOKG__T_WORD) ||
	    ((tflags(d, v) & GEOKG__T_CAP) && !d->headline) ||
	    (d->cls[v] & (W_PREP | W_COORD | W_THAT | W_REL)) ||
	    ((d->cls[v] & W_BOUND) && !tok_is(d, v, "told")))
		return 0;
	if (object(d, v, P_DIRECT | P_WITH | P_TO, 6, &s, &prep))
		return emit(d, GEOKG_TYPE_MEETS, &o, &s, modality(d, v, -1, &r, 0),
		            NULL, NULL, err);
	for (int j = v + 1; j < n && j < v + 10 && !obj_bound(d, j, 0); j++) {
		int q = d->mof[j], p;
		if (q < 0)
			continue;
		p = gov_prep(d, q);
		if (d->m[q].kind == MK_ACTOR && d->m[q].n == 1 && p >= 0 &&
		    (tok_is(d, p, "in") || tok_is(d, p, "to")) &&
		    ref_kind(d, d->m[q].ref[0]) == GEOKG_KIND_COUNTRY) {
			memset(&s, 0, sizeof s);
			arg_add(&s, &d->m[q]);
			return emit(d, GEOKG_TYPE_MEETS, &o, &s,
			            modality(d, v, -1, &r, 0), NULL, NULL, err);
		}
		j = d->m[q].b - 1;
	}
	return 0;
}

/* "Powell is in Beijing", "Kim will be in Singapore next week": a
 * person in another state visits it. */
static int relate_presence(xdoc *d, int k, geokg_error *err)
{
	int n = (int)d->s->n, j = d->m[k].b, be = 0, r = -1;
	xarg s, o;
	const char *pc;
	/* a person, or an official named by title ("Japan's foreign
	 * minister is in China"; not "U.S. troops are in Iraq") */
	if (d->m[k].kind != MK_ACTOR || d->m[k].n != 1 ||
	    (ref_kind(d, d->m[k].ref[0]) != GEOKG_KIND_PERSON &&
	     !(d->m[k].flags & MF_TITLE)) ||
	    (d->m[k].flags & MF_POSS) || gov_prep(d, k) >= 0 ||
	    tok_is(d, d->m[k].b - 1, "ambassador")) /* (posted there) */
		return 0;
	while (j < n && j < d->m[k].b + 3 && d->mof[j] < 0 &&
	       ((d->cls[j] & (W_AUX | W_EXP)) || tok_is(d, j, "now") ||
	        tok_is(d, j, "already") || tok_is(d, j, "currently"))) {
		be |= (d->cls[j] & W_BE) != 0;
		j++;
	}
	if (!be || j + 1 >= n || !tok_is(d, j, "in") || d->mof[j + 1] < 0)
		return 0;
	{
		const xment *c = &d->m[d->mof[j + 1]];
		if (c->kind != MK_ACTOR || c->n != 1 || c->a != j + 1 ||
		    ref_kind(d, c->ref[0]) != GEOKG_KIND_COUNTRY)
			return 0;
		pc = ref_country(d, d->m[k].ref[0]);
		if (pc && strcmp(pc, ref_country(d, c->ref[0])) == 0)
			return 0;
		memset(&s, 0, sizeof s);
		memset(&o, 0, sizeof o);
		arg_add(&s, &d->m[k]);
		arg_add(&o, c);
	}
	return emit(d, GEOKG_TYPE_MEETS, &s, &o, modality(d, j, -1, &r, 0), NULL,
	            NULL, err);
}

static int relate_sentence(xdoc *d, geokg_error *err)
{
	int rc;
	d->have_text = 0;
	d->nlast_src = 0;
	if (d->nm == 0)
		return 0;
	for (int t = 0; t < (int)d->s->n; t++) {
		if (d->trig[t] < 0 || d->used[t] || d->mof[t] >= 0 ||
		    (tflags(d, t) & GEOKG__T_DATELINE))
			continue;
		if ((rc = relate(d, t, err)))
			return rc;
	}
	for (int k = 0; k < d->nm; k++) {
		if ((d->m[k].flags & MF_VISITOR) && (rc = relate_visitor(d, k, err)))
			return rc;
		if ((rc = relate_presence(d, k, err)))
			return rc;
	}
	return 0;
}

/* ---- The driver ----------------------------------------------------- */

int geokg_extract(geokg_graph **out, const geokg_extractor *x,
                  const geokg_document *doc, geokg_extract_info *info,
                  geokg_error *err)
{
	xdoc *d = NULL;
	geokg__text *t = NULL;
	geokg__sent s;
	int rc, r;
	*out = NULL;
	if (info)
		memset(info, 0, sizeof *info);
	if (doc->date && !geokg_date_valid(doc->date))
		return geokg__fail(err, GEOKG_EINVAL, "bad date '%s' (want YYYY-MM-DD)",
		                   doc->date);
	if (doc->len > GEOKG_DOC_MAX)
		return geokg__fail(err, GEOKG_ELIMIT,
		                   "a document of %zu bytes, over the limit of %zu",
		                   doc->len, (size_t)GEOKG_DOC_MAX);
	if ((rc = geokg__text_open(&t, doc->text ? doc->text : "", doc->len, err)))
		return rc;
	d = calloc(1, sizeof *d);
	if (d)
		d->subj = -1;
	if (!d) {
		rc = geokg__nomem(err);
		goto done;
	}
	d->x = x;
	d->docid = doc->id ? doc->id : "-";
	d->date = doc->date;
	if ((rc = geokg_graph_new(&d->g, err)))
		goto done;
	while ((r = geokg__text_next(t, &s)) == 1) {
		d->s = &s;
		d->info.sentences++;
		d->info.tokens += s.n;
		find_mentions(d);
		if ((rc = relate_sentence(d, err)))
			goto done;
	}
	if (r < 0) {
		rc = geokg__nomem(err);
		goto done;
	}
	d->info.invalid_bytes = geokg__text_invalid(t);
	if (info)
		*info = d->info;
	*out = d->g;
	d->g = NULL;
done:
	if (d) {
		geokg_graph_free(d->g);
		free(d->loc);
		free(d->al);
		free(d);
	}
	geokg__text_close(t);
	return rc;
}
