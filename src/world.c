/*
 * world.c - the world graph and the actor index: finding world.json,
 * normalising names and role words, resolving a phrase ("Moscow", "the
 * Russian president") to the nodes it can mean on a date, and suggesting
 * close names for an unknown one.
 *
 * The index works on any geokg_graph; it never copies the graph's strings,
 * only points into them (the graph is borrowed, see geokg.h).
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "util.h"
#include "world.h"

#ifndef GEOKG_PKGDATADIR
#define GEOKG_PKGDATADIR "/usr/local/share/geokg"
#endif

#define NONE SIZE_MAX

/* ------------------------------------------------------------------ */
/* Role vocabulary                                                    */
/* ------------------------------------------------------------------ */

/* The canonical role words; the second field says whether one person at
 * a time holds the role of a given state or organisation. */
static const struct {
	const char *role;
	int single;
} roles[] = {
	{"president", 1}, {"vice president", 1}, {"acting president", 1},
	{"prime minister", 1}, {"deputy prime minister", 0},
	{"chancellor", 1}, {"leader", 1}, {"supreme leader", 1},
	{"king", 1}, {"queen", 1}, {"emir", 1}, {"sultan", 1},
	{"crown prince", 1}, {"pope", 1},
	{"foreign minister", 1}, {"defence minister", 1},
	{"finance minister", 1},
	{"national security adviser", 1}, {"security council secretary", 1},
	{"chief of staff", 1}, {"army chief", 1}, {"speaker", 0},
	{"spokesperson", 1}, {"foreign ministry spokesperson", 0},
	{"ambassador to the UN", 1}, {"chief negotiator", 0},
	{"regional leader", 0},
	{"secretary-general", 1}, {"director-general", 1},
	{"managing director", 1}, {"high representative", 1},
	{"council president", 1}, {"chairperson", 1},
	{"executive secretary", 1}, {"prosecutor", 1},
	{NULL, 0}};

/*
 * What news writes -> the canonical role.  The left side is written as
 * a role key: geokg__key() folded, with every "the" removed.
 */
static const struct {
	const char *words, *role;
} synonyms[] = {
	{"president", "president"}, {"pres", "president"},
	{"head of state", "president"},
	{"vice president", "vice president"}, {"vp", "vice president"},
	{"veep", "vice president"},
	{"acting president", "acting president"},
	{"interim president", "acting president"},
	{"prime minister", "prime minister"}, {"premier", "prime minister"},
	{"pm", "prime minister"}, {"head of government", "prime minister"},
	{"deputy prime minister", "deputy prime minister"},
	{"deputy premier", "deputy prime minister"},
	{"vice premier", "deputy prime minister"},
	{"chancellor", "chancellor"},
	{"leader", "leader"}, {"head", "leader"}, {"chief", "leader"},
	{"ruler", "leader"}, {"strongman", "leader"},
	{"military leader", "leader"}, {"junta leader", "leader"},
	{"supreme leader", "supreme leader"},
	{"spiritual leader", "supreme leader"},
	{"king", "king"}, {"monarch", "king"}, {"queen", "queen"},
	{"emir", "emir"}, {"amir", "emir"}, {"sultan", "sultan"},
	{"crown prince", "crown prince"}, {"pope", "pope"},
	{"pontiff", "pope"},
	{"foreign minister", "foreign minister"},
	{"foreign secretary", "foreign minister"},
	{"secretary of state", "foreign minister"},
	{"foreign affairs minister", "foreign minister"},
	{"minister of foreign affairs", "foreign minister"},
	{"minister for foreign affairs", "foreign minister"},
	{"external affairs minister", "foreign minister"},
	{"minister of external affairs", "foreign minister"},
	{"top diplomat", "foreign minister"},
	{"chief diplomat", "foreign minister"},
	{"defence minister", "defence minister"},
	{"defense minister", "defence minister"},
	{"defence secretary", "defence minister"},
	{"defense secretary", "defence minister"},
	{"secretary of defense", "defence minister"},
	{"secretary of defence", "defence minister"},
	{"minister of defence", "defence minister"},
	{"minister of defense", "defence minister"},
	{"minister for defence", "defence minister"},
	{"secretary of war", "defence minister"},
	{"war secretary", "defence minister"},
	{"finance minister", "finance minister"},
	{"treasury secretary", "finance minister"},
	{"secretary of treasury", "finance minister"},
	{"minister of finance", "finance minister"},
	{"finance secretary", "finance minister"},
	{"national security adviser", "national security adviser"},
	{"national security advisor", "national security adviser"},
	{"security council secretary", "security council secretary"},
	{"chief of staff", "chief of staff"},
	{"army chief", "army chief"}, {"army chief of staff", "army chief"},
	{"chief of army staff", "army chief"},
	{"speaker", "speaker"}, {"parliament speaker", "speaker"},
	{"speaker of parliament", "speaker"},
	{"spokesperson", "spokesperson"}, {"spokesman", "spokesperson"},
	{"spokeswoman", "spokesperson"}, {"press secretary", "spokesperson"},
	{"chief spokesman", "spokesperson"},
	{"chief spokesperson", "spokesperson"},
	{"government spokesman", "spokesperson"},
	{"government spokesperson", "spokesperson"},
	{"presidential spokesman", "spokesperson"},
	{"presidential spokesperson", "spokesperson"},
	{"chief cabinet secretary", "spokesperson"},
	{"foreign ministry spokesperson", "foreign ministry spokesperson"},
	{"foreign ministry spokesman", "foreign ministry spokesperson"},
	{"foreign ministry spokeswoman", "foreign ministry spokesperson"},
	{"state department spokesperson", "foreign ministry spokesperson"},
	{"state department spokesman", "foreign ministry spokesperson"},
	{"state department spokeswoman", "foreign ministry spokesperson"},
	{"foreign office spokesman", "foreign ministry spokesperson"},
	{"foreign office spokesperson", "foreign ministry spokesperson"},
	{"ambassador to un", "ambassador to the UN"},
	{"ambassador to united nations", "ambassador to the UN"},
	{"un ambassador", "ambassador to the UN"},
	{"united nations ambassador", "ambassador to the UN"},
	{"envoy to un", "ambassador to the UN"},
	{"envoy to united nations", "ambassador to the UN"},
	{"un envoy", "ambassador to the UN"},
	{"permanent representative to un", "ambassador to the UN"},
	{"permanent representative to united nations", "ambassador to the UN"},
	{"chief negotiator", "chief negotiator"},
	{"nuclear negotiator", "chief negotiator"},
	{"regional leader", "regional leader"},
	{"secretary general", "secretary-general"},
	{"sec gen", "secretary-general"},
	{"director general", "director-general"},
	{"managing director", "managing director"},
	{"high representative", "high representative"},
	{"foreign policy chief", "high representative"},
	{"council president", "council president"},
	{"chairperson", "chairperson"}, {"chairman", "chairperson"},
	{"chairwoman", "chairperson"}, {"chair", "chairperson"},
	{"commission chairperson", "chairperson"},
	{"executive secretary", "executive secretary"},
	{"prosecutor", "prosecutor"}, {"chief prosecutor", "prosecutor"},
	{NULL, NULL}};

int geokg__role_canonical(const char *role)
{
	size_t i;

	for (i = 0; role && roles[i].role; i++)
		if (strcmp(roles[i].role, role) == 0)
			return 1;
	return 0;
}

int geokg_role_single(const char *role)
{
	size_t i;

	for (i = 0; role && roles[i].role; i++)
		if (strcmp(roles[i].role, role) == 0)
			return roles[i].single;
	return 0;
}

int geokg_role_active(const geokg_role *r, const char *date)
{
	if (!date)
		return 1;
	if (r->start && strcmp(date, r->start) < 0)
		return 0;
	if (r->end && strcmp(date, r->end) >= 0)
		return 0;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Keys                                                               */
/* ------------------------------------------------------------------ */

/* Classify the UTF-8 sequence at s: 0 a separator, 1 a token byte run of
 * len bytes, 2 dropped (dots, apostrophes).  *len is its length. */
static int char_class(const unsigned char *s, size_t *len)
{
	*len = 1;
	if (s[0] >= 0x80) {
		*len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
		if (s[0] == 0xE2 && s[1] == 0x80) {    /* general punctuation */
			if (s[2] == 0x98 || s[2] == 0x99)
				return 2;              /* curly apostrophes */
			return 0;                      /* dashes, quotes, spaces */
		}
		if (s[0] == 0xC2 && (s[1] < 0xC0 && s[1] != 0xB5))
			return 0;                      /* Latin-1 punctuation */
		return 1;
	}
	if ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') ||
	    (s[0] >= '0' && s[0] <= '9') || s[0] == '+' || s[0] == '&')
		return 1;
	if (s[0] == '.' || s[0] == '\'')
		return 2;
	return 0;
}

/* Whether an apostrophe at s starts a possessive 's that ends a word. */
static int possessive(const unsigned char *s)
{
	size_t len, at;

	if (s[0] == '\'')
		at = 1;
	else if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99))
		at = 3;
	else
		return 0;
	if (s[at] != 's' && s[at] != 'S')
		return 0;
	return s[at + 1] == '\0' || char_class(s + at + 1, &len) == 0;
}

/* Tokens of the mapped string m into b, single-spaced. */
static int tokenize(const unsigned char *m, geokg_buf *b)
{
	size_t len;
	int pending = 0, cls;

	while (*m) {
		if (possessive(m)) {
			m += (*m == '\'' ? 2 : 4);
			continue;
		}
		cls = char_class(m, &len);
		if (cls == 1) {
			if (pending && b->len && geokg__buf_put(b, " ", 1))
				return GEOKG_ENOMEM;
			pending = 0;
			if (geokg__buf_put(b, (const char *)m, len))
				return GEOKG_ENOMEM;
		} else if (cls == 0) {
			pending = 1;
		}
		while (len > 1 && m[1] == '\0')   /* truncated sequence */
			len--;
		m += len;
	}
	return 0;
}

int geokg__key(const char *s, int fold, char **out)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t r;
	geokg_buf b = {0};
	int rc;

	*out = NULL;
	r = utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
	                 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	                 UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
	                 (fold ? UTF8PROC_CASEFOLD : 0));
	if (r < 0)
		return r == UTF8PROC_ERROR_NOMEM ? GEOKG_ENOMEM : GEOKG_EINVAL;
	rc = tokenize(m, &b);
	free(m);
	if (rc == 0 && geokg__buf_put(&b, "", 0))
		rc = GEOKG_ENOMEM;
	if (rc) {
		geokg__buf_free(&b);
		return rc;
	}
	/* a leading "the" is optional, unless it is the whole name */
	if (b.len > 4 && strncasecmp(b.data, "the ", 4) == 0)
		memmove(b.data, b.data + 4, b.len - 3);
	*out = b.data;
	return 0;
}

int geokg_name_key(const char *name, char **out, geokg_error *err)
{
	int rc = geokg__key(name, 1, out);

	if (rc == GEOKG_EINVAL)
		return geokg__fail(err, rc, "'%s': invalid UTF-8", name);
	if (rc)
		return geokg__nomem(err);
	return 0;
}

int geokg__is_acronym(const char *name)
{
	char *k;
	size_t i, n;
	int ok;

	if (geokg__key(name, 0, &k))
		return 0;
	n = strlen(k);
	ok = n >= 2 && n <= 3;
	for (i = 0; ok && i < n; i++)
		ok = k[i] >= 'A' && k[i] <= 'Z';
	free(k);
	return ok;
}

/* The role key of words: the folded key with every "the" dropped. */
static int role_key(const char *words, char **out)
{
	char *k, *r, *w, *save = NULL;
	size_t n = 0;
	int rc;

	if ((rc = geokg__key(words, 1, &k)))
		return rc;
	if (!(r = malloc(strlen(k) + 1))) {
		free(k);
		return GEOKG_ENOMEM;
	}
	for (w = strtok_r(k, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		if (strcmp(w, "the") == 0)
			continue;
		n += (size_t)sprintf(r + n, "%s%s", n ? " " : "", w);
	}
	r[n] = '\0';
	free(k);
	*out = r;
	return 0;
}

/* The canonical role of a role key, or NULL. */
static const char *role_of_key(const char *key)
{
	size_t i;

	for (i = 0; synonyms[i].words; i++)
		if (strcmp(synonyms[i].words, key) == 0)
			return synonyms[i].role;
	return NULL;
}

const char *geokg_role_normalize(const char *words)
{
	const char *role;
	size_t i;
	char *k;

	if (!words)
		return NULL;
	for (i = 0; roles[i].role; i++)
		if (strcmp(roles[i].role, words) == 0)
			return roles[i].role;
	if (role_key(words, &k))
		return NULL;
	role = role_of_key(k);
	free(k);
	return role;
}

/* ------------------------------------------------------------------ */
/* Finding the world graph                                            */
/* ------------------------------------------------------------------ */

/* Append candidate path p to the list of tried paths; 1 if readable. */
static int try_path(const char *p, geokg_buf *tried)
{
	if (access(p, R_OK) == 0)
		return 1;
	geokg__buf_printf(tried, "%s%s", tried->len ? ", " : "", p);
	return 0;
}

/* The directory of the running program in buf, or 0 when unknown. */
static int exe_dir(char *buf, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 1);
	char *slash;

	if (n <= 0 || (size_t)n >= size - 1)
		return 0;
	buf[n] = '\0';
	if (!(slash = strrchr(buf, '/')))
		return 0;
	*slash = '\0';
	return 1;
}

int geokg_world_locate(const char *path, char **out, geokg_error *err)
{
	static const char *const rel[] = {"/../graphs/world.json",
	                                  "/../../graphs/world.json", NULL};
	char dir[PATH_MAX], cand[PATH_MAX + 64];
	const char *env = getenv("GEOKG_WORLD");
	geokg_buf tried = {0};
	const char *found = NULL;
	size_t i;
	int rc = 0;

	*out = NULL;
	if (path && *path)
		found = path;          /* an explicit file is used as given */
	else if (env && *env)
		found = env;
	for (i = 0; !found && rel[i] && exe_dir(dir, sizeof dir); i++) {
		snprintf(cand, sizeof cand, "%s%s", dir, rel[i]);
		if (try_path(cand, &tried))
			found = cand;
	}
	if (!found && try_path(GEOKG_PKGDATADIR "/world.json", &tried))
		found = GEOKG_PKGDATADIR "/world.json";
	if (!found)
		rc = geokg__fail(err, GEOKG_ENOTFOUND,
		                 "no world graph found (tried %s; set GEOKG_WORLD or "
		                 "use --world FILE)", tried.len ? tried.data : "nothing");
	else if (!(*out = strdup(found)))
		rc = geokg__nomem(err);
	geokg__buf_free(&tried);
	return rc;
}

int geokg_world_load(geokg_graph **out, const char *path, geokg_error *err)
{
	char *p;
	int rc;

	*out = NULL;
	if ((rc = geokg_world_locate(path, &p, err)))
		return rc;
	rc = geokg_graph_load(out, p, err);
	free(p);
	return rc;
}

/* ------------------------------------------------------------------ */
/* The index                                                          */
/* ------------------------------------------------------------------ */

/* One (name key, node) pair; postings of a key are chained by `next`. */
typedef struct posting {
	size_t node, next;
	const char *form;
	unsigned char how, amb;
} posting;

/* One role record of a person, chained per (role, of). */
typedef struct role_post {
	size_t node, next;
	const geokg_role *role;
} role_post;

/* A distinct folded key with the first name that gave it. */
typedef struct sugg {
	char *key;
	const char *form;
} sugg;

struct geokg_actors {
	const geokg_graph *g;
	geokg_map names;   /* key (acronyms: "\1" + capitals) -> first posting */
	geokg_map surnames;/* a person name's last word -> first posting */
	posting *posts;
	size_t n_posts, cap_posts;
	geokg_map roles;   /* "role\37of" -> first role_post */
	role_post *rposts;
	size_t n_rposts, cap_rposts;
	geokg_map seen;    /* folded key -> index in suggs */
	sugg *suggs;
	size_t n_suggs, cap_suggs;
};

const char *geokg_how_name(geokg_how how)
{
	static const char *const names[] = {"id", "name", "alias", "demonym",
	                                    "metonym", "role", "title", "surname"};

	return (unsigned)how < sizeof names / sizeof names[0] ? names[how] : "?";
}

/* Remember a folded key for suggestions (once). */
static int sugg_add(geokg_actors *ix, const char *key, const char *form)
{
	size_t v, n = strlen(key);

	if (geokg__map_get(&ix->seen, key, n, &v))
		return 0;
	if (geokg__grow(&ix->suggs, &ix->cap_suggs, ix->n_suggs + 1,
	                sizeof *ix->suggs) ||
	    geokg__map_put(&ix->seen, key, n, ix->n_suggs))
		return GEOKG_ENOMEM;
	if (!(ix->suggs[ix->n_suggs].key = strdup(key)))
		return GEOKG_ENOMEM;
	ix->suggs[ix->n_suggs++].form = form;
	return 0;
}

/* Add posting (key, node); a node already under the key keeps the best
 * `how` and is ambiguous if either name is. */
static int post_to(geokg_actors *ix, geokg_map *map, const char *key,
                   size_t node, geokg_how how, int amb, const char *form)
{
	size_t n = strlen(key), head = NONE, p;

	if (!*key)
		return 0;
	geokg__map_get(map, key, n, &head);
	for (p = head; p != NONE; p = ix->posts[p].next) {
		if (ix->posts[p].node != node)
			continue;
		if (how == GEOKG_HOW_ID)
			return 0;          /* the name already says it */
		if (how < ix->posts[p].how) {
			ix->posts[p].how = (unsigned char)how;
			ix->posts[p].form = form;
		}
		ix->posts[p].amb |= (unsigned char)amb;
		return 0;
	}
	if (geokg__grow(&ix->posts, &ix->cap_posts, ix->n_posts + 1,
	                sizeof *ix->posts))
		return GEOKG_ENOMEM;
	ix->posts[ix->n_posts] = (posting){node, head, form, (unsigned char)how,
	                                   (unsigned char)amb};
	return geokg__map_put(map, key, n, ix->n_posts++);
}

static int post_add(geokg_actors *ix, const char *key, size_t node,
                    geokg_how how, int amb, const char *form)
{
	return post_to(ix, &ix->names, key, node, how, amb, form);
}

/* Whether a word is a suffix rather than a surname: Jr, Sr, III, XIV. */
static int name_suffix(const char *w)
{
	if (strcmp(w, "jr") == 0 || strcmp(w, "sr") == 0)
		return 1;
	for (; *w; w++)
		if (!strchr("ivxl", *w))
			return 0;
	return 1;
}

/* Whether a state writes the family name first (Kim Jong Un, Xi Jinping). */
static int family_name_first(const char *country)
{
	static const char *const c[] = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK",
	                                NULL};
	size_t i;

	for (i = 0; country && c[i]; i++)
		if (strcmp(country, c[i]) == 0)
			return 1;
	return 0;
}

/*
 * Index the surname of a person ("putin" for Vladimir Putin), for one-word
 * phrases that match nothing else: the last word of the name, but for
 * states that write the family name first the first word, and the last
 * only when longer than two letters (Kim Jong Un is not "Un").
 */
static int add_surname(geokg_actors *ix, size_t node, const geokg_node *nd)
{
	char *k, *w, *first, *last = NULL, *save = NULL;
	int rc, east = family_name_first(nd->country);

	if ((rc = geokg__key(nd->name, 1, &k)))
		return rc == GEOKG_EINVAL ? 0 : rc;
	first = strtok_r(k, " ", &save);
	for (w = first; w; w = strtok_r(NULL, " ", &save))
		if (!name_suffix(w))
			last = w;
	rc = 0;
	if (east && first && last && last != first)
		rc = post_to(ix, &ix->surnames, first, node, GEOKG_HOW_SURNAME, 0,
		             nd->name);
	/* a one-word name is indexed as a name already */
	if (!rc && last && last != first && (!east || strlen(last) > 2))
		rc = post_to(ix, &ix->surnames, last, node, GEOKG_HOW_SURNAME, 0,
		             nd->name);
	free(k);
	return rc;
}

/* Whether folded key k is one of the node's ambiguous names. */
static int is_ambiguous(const geokg_node *nd, const char *k)
{
	size_t i;
	char *a;
	int same;

	for (i = 0; i < nd->n_ambiguous; i++) {
		if (geokg__key(nd->ambiguous[i], 1, &a))
			continue;
		same = strcmp(a, k) == 0;
		free(a);
		if (same)
			return 1;
	}
	return 0;
}

/* Index one name of node `node`. */
static int add_name(geokg_actors *ix, size_t node, const char *name,
                    geokg_how how)
{
	const geokg_node *nd = geokg_graph_node(ix->g, node);
	char *folded = NULL, *kept = NULL, *key = NULL;
	int rc, amb;

	if ((rc = geokg__key(name, 1, &folded)))
		return rc == GEOKG_EINVAL ? 0 : rc;   /* graphs hold valid UTF-8 */
	amb = is_ambiguous(nd, folded);
	/* suggest names, not codes: "Putn" is closer to AUT than to Putin */
	if (how != GEOKG_HOW_ID && (rc = sugg_add(ix, folded, name)))
		goto done;
	if (how != GEOKG_HOW_ID && geokg__is_acronym(name)) {
		if ((rc = geokg__key(name, 0, &kept)))
			goto done;
		if (!(key = malloc(strlen(kept) + 2))) {
			rc = GEOKG_ENOMEM;
			goto done;
		}
		key[0] = '\1';
		strcpy(key + 1, kept);
		rc = post_add(ix, key, node, how, amb, name);
	} else if (how == GEOKG_HOW_ID && nd->kind != GEOKG_KIND_PERSON &&
	           strlen(name) <= 3) {
		/* short country and org codes match in capitals only */
		if (!(key = malloc(strlen(name) + 2))) {
			rc = GEOKG_ENOMEM;
			goto done;
		}
		key[0] = '\1';
		strcpy(key + 1, name);
		rc = post_add(ix, key, node, how, amb, name);
	} else {
		rc = post_add(ix, folded, node, how, amb, name);
	}
done:
	free(folded);
	free(kept);
	free(key);
	return rc;
}

/* Index the roles of a person. */
static int add_roles(geokg_actors *ix, size_t node)
{
	const geokg_node *nd = geokg_graph_node(ix->g, node);
	char key[512];
	size_t i, head, n;

	for (i = 0; i < nd->n_roles; i++) {
		const geokg_role *r = &nd->roles[i];

		if (!r->role || !r->of)
			continue;
		n = (size_t)snprintf(key, sizeof key, "%s\37%s", r->role, r->of);
		if (n >= sizeof key)
			continue;
		head = NONE;
		geokg__map_get(&ix->roles, key, n, &head);
		if (geokg__grow(&ix->rposts, &ix->cap_rposts, ix->n_rposts + 1,
		                sizeof *ix->rposts))
			return GEOKG_ENOMEM;
		ix->rposts[ix->n_rposts] = (role_post){node, head, r};
		if (geokg__map_put(&ix->roles, key, n, ix->n_rposts++))
			return GEOKG_ENOMEM;
	}
	return 0;
}

/* Index every name and role of node i. */
static int add_node(geokg_actors *ix, size_t i)
{
	const geokg_node *nd = geokg_graph_node(ix->g, i);
	size_t j;
	int rc = 0;

	/* a code first ("EU" is its id before an alias's key); a person's id
	 * last, as it is usually its name's key */
	if (nd->kind != GEOKG_KIND_PERSON)
		rc = add_name(ix, i, nd->id, GEOKG_HOW_ID);
	if (!rc)
		rc = add_name(ix, i, nd->name, GEOKG_HOW_NAME);
	for (j = 0; !rc && j < nd->n_aliases; j++)
		rc = add_name(ix, i, nd->aliases[j], GEOKG_HOW_ALIAS);
	for (j = 0; !rc && j < nd->n_demonyms; j++)
		rc = add_name(ix, i, nd->demonyms[j], GEOKG_HOW_DEMONYM);
	for (j = 0; !rc && j < nd->n_metonyms; j++)
		rc = add_name(ix, i, nd->metonyms[j], GEOKG_HOW_METONYM);
	if (!rc && nd->kind == GEOKG_KIND_PERSON)
		rc = add_name(ix, i, nd->id, GEOKG_HOW_ID);
	if (!rc && nd->kind == GEOKG_KIND_PERSON)
		rc = add_surname(ix, i, nd);
	if (!rc)
		rc = add_roles(ix, i);
	return rc;
}

int geokg_actors_new(geokg_actors **out, const geokg_graph *g,
                     geokg_error *err)
{
	geokg_actors *ix;
	size_t i, n = geokg_graph_node_count(g);
	int rc = 0;

	*out = NULL;
	if (!(ix = calloc(1, sizeof *ix)))
		return geokg__nomem(err);
	ix->g = g;
	for (i = 0; !rc && i < n; i++)
		rc = add_node(ix, i);
	if (rc) {
		geokg_actors_free(ix);
		return geokg__nomem(err);
	}
	*out = ix;
	return 0;
}

void geokg_actors_free(geokg_actors *ix)
{
	size_t i;

	if (!ix)
		return;
	geokg__map_free(&ix->names);
	geokg__map_free(&ix->surnames);
	geokg__map_free(&ix->roles);
	geokg__map_free(&ix->seen);
	for (i = 0; i < ix->n_suggs; i++)
		free(ix->suggs[i].key);
	free(ix->suggs);
	free(ix->posts);
	free(ix->rposts);
	free(ix);
}

/* ------------------------------------------------------------------ */
/* Resolving                                                          */
/* ------------------------------------------------------------------ */

/* A growing list of matches. */
typedef struct mlist {
	geokg_match *m;
	size_t n, cap;
	const char *date;
	const geokg_graph *g;
} mlist;

/* Whether node is a person holding some role on date. */
static int person_active(const geokg_node *nd, const char *date)
{
	size_t i;

	if (!date || nd->kind != GEOKG_KIND_PERSON)
		return 0;
	for (i = 0; i < nd->n_roles; i++)
		if (geokg_role_active(&nd->roles[i], date))
			return 1;
	return 0;
}

/* Add a match, once per node: the better `how` wins. */
static int ml_add(mlist *l, size_t node, geokg_how how, int amb,
                  const char *form, const geokg_role *role)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->m[i].node != node)
			continue;
		if (how < l->m[i].how ||
		    (how == l->m[i].how && role && l->m[i].role && role->start &&
		     geokg__strcmp0(role->start, l->m[i].role->start) > 0)) {
			l->m[i].how = how;
			l->m[i].form = form;
			l->m[i].role = role;
			l->m[i].ambiguous = amb;
		}
		return 0;
	}
	if (geokg__grow(&l->m, &l->cap, l->n + 1, sizeof *l->m))
		return GEOKG_ENOMEM;
	l->m[l->n++] = (geokg_match){node, how, amb,
	                             how == GEOKG_HOW_ROLE ||
	                             person_active(geokg_graph_node(l->g, node), l->date),
	                             form, role};
	if (how == GEOKG_HOW_ROLE && !l->date)
		l->m[l->n - 1].active = 0;
	return 0;
}

/* The postings of a phrase given as folded and case-kept token ranges
 * (each a space-separated string): the folded key, then "\1" + kept. */
static size_t lookup(const geokg_actors *ix, const char *folded,
                     const char *kept, size_t *second)
{
	size_t head = NONE, n = strlen(kept);
	char buf[256];

	*second = NONE;
	geokg__map_get(&ix->names, folded, strlen(folded), &head);
	if (n + 1 < sizeof buf) {
		buf[0] = '\1';
		memcpy(buf + 1, kept, n + 1);
		geokg__map_get(&ix->names, buf, n + 1, second);
	}
	return head;
}

/* Add every node posted under the phrase (kinds: a bit set of
 * 1 << GEOKG_KIND_*); returns how many were posted. */
static size_t add_postings(const geokg_actors *ix, mlist *l, const char *folded,
                           const char *kept, unsigned kinds, int *rc)
{
	size_t heads[2], p, found = 0;
	int k;

	heads[0] = lookup(ix, folded, kept, &heads[1]);
	for (k = 0; k < 2; k++) {
		for (p = heads[k]; p != NONE; p = ix->posts[p].next) {
			const posting *ps = &ix->posts[p];

			if (!(kinds & (1u << geokg_graph_node(ix->g, ps->node)->kind)))
				continue;
			found++;
			if (l && !*rc)
				*rc = ml_add(l, ps->node, (geokg_how)ps->how, ps->amb,
				             ps->form, NULL);
		}
	}
	return found;
}

/* A phrase split into tokens, folded and as written. */
typedef struct toks {
	char *fkey, *kkey;       /* the whole phrase's keys */
	char *fbuf, *kbuf;       /* copies, cut into the tokens f and k */
	char *f[64], *k[64];
	size_t n;
} toks;

static int split(char *s, char **t, size_t max)
{
	size_t n = 0;
	char *save = NULL, *w;

	for (w = strtok_r(s, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		if (n == max)
			return -1;
		t[n++] = w;
	}
	return (int)n;
}

/* Join tokens [a, b) of t into buf (size >= total), dropping a leading
 * "the" and, for role keys, every "the". */
static void join(char *const *t, size_t a, size_t b, int all_the, char *buf)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = a; i < b; i++) {
		if (strcasecmp(t[i], "the") == 0 && (all_the || (i == a && b - a > 1)))
			continue;
		n += (size_t)sprintf(buf + n, "%s%s", n ? " " : "", t[i]);
	}
}

/* Holders of canonical `role` of node `of` on l->date, added as `how`. */
static int add_holders(const geokg_actors *ix, mlist *l, const char *role,
                       size_t of, geokg_how how)
{
	const char *of_id = geokg_graph_node(ix->g, of)->id;
	char key[512];
	size_t n, p = NONE;
	int rc = 0;

	n = (size_t)snprintf(key, sizeof key, "%s\37%s", role, of_id);
	if (n >= sizeof key || !geokg__map_get(&ix->roles, key, n, &p))
		return 0;
	for (; !rc && p != NONE; p = ix->rposts[p].next) {
		const role_post *rp = &ix->rposts[p];

		if (geokg_role_active(rp->role, l->date))
			rc = ml_add(l, rp->node, how, 0, rp->role->role, rp->role);
	}
	return rc;
}

/* The country and organisation nodes tokens [a, b) can name, as a list
 * (without dates). */
static int refs(const geokg_actors *ix, const toks *t, size_t a, size_t b,
                mlist *out)
{
	char fb[512], kb[512];
	int rc = 0;

	join(t->f, a, b, 0, fb);
	join(t->k, a, b, 0, kb);
	add_postings(ix, out, fb, kb,
	             (1u << GEOKG_KIND_COUNTRY) | (1u << GEOKG_KIND_ORG), &rc);
	return rc;
}

/* Role key of tokens [a, b): the canonical role or NULL. */
static const char *role_at(const toks *t, size_t a, size_t b)
{
	char buf[512];

	join(t->f, a, b, 1, buf);
	return role_of_key(buf);
}

/*
 * The holders of `role` of each state or organisation in r.  A state
 * without a spokesperson of its own speaks through its foreign ministry's
 * ("the Chinese spokesman").
 */
static int refs_holders(const geokg_actors *ix, mlist *l, const char *role,
                        const mlist *r)
{
	size_t j;
	int rc = 0;

	for (j = 0; !rc && j < r->n; j++)
		rc = add_holders(ix, l, role, r->m[j].node, GEOKG_HOW_ROLE);
	if (!rc && l->n == 0 && strcmp(role, "spokesperson") == 0)
		for (j = 0; !rc && j < r->n; j++)
			rc = add_holders(ix, l, "foreign ministry spokesperson",
			                 r->m[j].node, GEOKG_HOW_ROLE);
	return rc;
}

/* The states and organisations named by tokens [0, i) or, when those
 * name none (or i is 0), by the shortest longer prefix [0, j), j < t->n:
 * a role word may start with the name of its own state ("State
 * Department spokeswoman" is the foreign ministry spokesperson of USA). */
static int role_refs(const geokg_actors *ix, const toks *t, size_t i, mlist *r)
{
	size_t j;
	int rc = i ? refs(ix, t, 0, i, r) : 0;

	for (j = i + 1; !rc && r->n == 0 && j < t->n; j++)
		rc = refs(ix, t, 0, j, r);
	return rc;
}

/* "<ref> <role>" and "<role> of <ref>": the holders. */
static int role_phrase(const geokg_actors *ix, const toks *t, mlist *l)
{
	mlist r = {0};
	const char *role;
	size_t i;
	int rc = 0;

	r.g = ix->g;
	for (i = 0; !rc && l->n == 0 && i < t->n; i++) {
		r.n = 0;
		if ((role = role_at(t, i, t->n)) && !(rc = role_refs(ix, t, i, &r)))
			rc = refs_holders(ix, l, role, &r);
	}
	for (i = 1; !rc && l->n == 0 && i + 1 < t->n; i++) {
		r.n = 0;
		if (strcmp(t->f[i], "of") == 0 && (role = role_at(t, 0, i)) &&
		    !(rc = refs(ix, t, i + 1, t->n, &r)))
			rc = refs_holders(ix, l, role, &r);
	}
	free(r.m);
	return rc;
}

/* The role record of person `node` for `role`, active on date if one is,
 * else its latest; NULL when it never held the role. */
static const geokg_role *person_role(const geokg_node *nd, const char *role,
                                     const char *date)
{
	const geokg_role *best = NULL;
	size_t i;

	for (i = 0; i < nd->n_roles; i++) {
		const geokg_role *r = &nd->roles[i];

		if (strcmp(r->role, role))
			continue;
		if (date && geokg_role_active(r, date))
			return r;
		if (!best || geokg__strcmp0(r->start, best->start) > 0)
			best = r;
	}
	return best;
}

/* "[<ref>] <title> <name>": "President Putin", "Russian Foreign Minister
 * Sergei Lavrov"; the persons the name can mean. */
static int title_phrase(const geokg_actors *ix, const toks *t, mlist *l)
{
	char fb[512], kb[512];
	mlist names = {0};
	const char *role;
	size_t a, b, j;
	int rc = 0;

	names.g = ix->g;

	for (a = 0; !rc && l->n == 0 && a + 1 < t->n; a++) {
		for (b = t->n - 1; !rc && l->n == 0 && b > a; b--) {
			if (!(role = role_at(t, a, b)))
				continue;
			join(t->f, b, t->n, 0, fb);
			join(t->k, b, t->n, 0, kb);
			names.n = 0;
			add_postings(ix, &names, fb, kb, 1u << GEOKG_KIND_PERSON, &rc);
			for (j = 0; !rc && j < names.n; j++)
				rc = ml_add(l, names.m[j].node, GEOKG_HOW_TITLE,
				            names.m[j].ambiguous, names.m[j].form,
				            person_role(geokg_graph_node(ix->g, names.m[j].node),
				                        role, l->date));
		}
	}
	free(names.m);
	return rc;
}

/* One word that names no actor: the persons whose name ends with it,
 * ambiguous when there are several. */
static int surname(const geokg_actors *ix, const char *key, mlist *l)
{
	size_t p = NONE, i;
	int rc = 0;

	geokg__map_get(&ix->surnames, key, strlen(key), &p);
	for (; !rc && p != NONE; p = ix->posts[p].next)
		rc = ml_add(l, ix->posts[p].node, GEOKG_HOW_SURNAME, 0,
		            ix->posts[p].form, NULL);
	for (i = 0; l->n > 1 && i < l->n; i++)
		l->m[i].ambiguous = 1;
	return rc;
}

static int toks_init(toks *t, const char *phrase)
{
	int nf, nk, rc;

	memset(t, 0, sizeof *t);
	if ((rc = geokg__key(phrase, 1, &t->fkey)) ||
	    (rc = geokg__key(phrase, 0, &t->kkey)))
		return rc;
	if (!(t->fbuf = strdup(t->fkey)) || !(t->kbuf = strdup(t->kkey)))
		return GEOKG_ENOMEM;
	if (strlen(t->fkey) >= 500 || strlen(t->kkey) >= 500)
		return GEOKG_ELIMIT;
	nf = split(t->fbuf, t->f, 64);
	nk = split(t->kbuf, t->k, 64);
	if (nf < 0 || nk < 0)
		return GEOKG_ELIMIT;
	if (nf != nk)            /* folding changed the tokens: use folded */
		memcpy(t->k, t->f, sizeof t->f);
	t->n = (size_t)nf;
	return 0;
}

static void toks_free(toks *t)
{
	free(t->fkey);
	free(t->kkey);
	free(t->fbuf);
	free(t->kbuf);
}

/*
 * Sort matches best first: by how, then persons holding a role on the
 * date, then by the role's start, then by id.  An insertion sort, because
 * the lists are short and qsort has no context argument for the graph (a
 * global would not be thread-safe).
 */
static void sort_matches(const geokg_graph *g, geokg_match *m, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		geokg_match cur = m[i];
		const geokg_node *cn = geokg_graph_node(g, cur.node);

		for (j = i; j > 0; j--) {
			const geokg_match *p = &m[j - 1];
			int c;

			if (p->how != cur.how)
				c = p->how < cur.how ? -1 : 1;
			else if (p->active != cur.active)
				c = p->active ? -1 : 1;
			else if (p->role && cur.role &&
			         geokg__strcmp0(p->role->start, cur.role->start))
				c = geokg__strcmp0(p->role->start, cur.role->start);
			else
				c = strcmp(geokg_graph_node(g, p->node)->id, cn->id);
			if (c <= 0)
				break;
			m[j] = m[j - 1];
		}
		m[j] = cur;
	}
}

static int check_date(const char *date, geokg_error *err)
{
	if (date && !geokg_date_valid(date))
		return geokg__fail(err, GEOKG_EINVAL,
		                   "bad date '%s' (expected YYYY-MM-DD)", date);
	return 0;
}

int geokg_actors_resolve(const geokg_actors *ix, const char *phrase,
                         const char *date, geokg_match **out, size_t *n,
                         geokg_error *err)
{
	mlist l = {0};
	toks t;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = check_date(date, err)))
		return rc;
	l.date = date;
	l.g = ix->g;
	if ((rc = toks_init(&t, phrase)))
		goto done;
	add_postings(ix, &l, t.fkey, t.kkey, ~0u, &rc);
	if (!rc && l.n == 0)
		rc = role_phrase(ix, &t, &l);
	if (!rc && l.n == 0)
		rc = title_phrase(ix, &t, &l);

done:
	toks_free(&t);
	if (rc) {
		free(l.m);
		if (rc == GEOKG_EINVAL)
			return geokg__fail(err, rc, "'%s': invalid UTF-8", phrase);
		if (rc == GEOKG_ELIMIT)
			return geokg__fail(err, rc, "phrase too long: '%.40s...'", phrase);
		return geokg__nomem(err);
	}
	sort_matches(ix->g, l.m, l.n);
	*out = l.m;
	*n = l.n;
	return 0;
}

int geokg_actors_surname(const geokg_actors *ix, const char *word,
                         const char *date, geokg_match **out, size_t *n,
                         geokg_error *err)
{
	mlist l = {0};
	char *k = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = check_date(date, err)) || (rc = geokg_name_key(word, &k, err)))
		return rc;
	l.date = date;
	l.g = ix->g;
	if (!strchr(k, ' ') && (rc = surname(ix, k, &l))) {
		free(k);
		free(l.m);
		return geokg__nomem(err);
	}
	free(k);
	sort_matches(ix->g, l.m, l.n);
	*out = l.m;
	*n = l.n;
	return 0;
}

int geokg_actors_holders(const geokg_actors *ix, const char *role,
                         const char *of, const char *date,
                         geokg_match **out, size_t *n, geokg_error *err)
{
	const char *canon = geokg_role_normalize(role);
	mlist l = {0};
	long node;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = check_date(date, err)))
		return rc;
	if (!canon)
		return geokg__fail(err, GEOKG_EINVAL, "unknown role '%s'", role);
	if ((node = geokg_graph_find(ix->g, of)) < 0)
		return geokg__fail(err, GEOKG_ENOTFOUND, "unknown actor '%s'", of);
	l.date = date;
	l.g = ix->g;
	if ((rc = add_holders(ix, &l, canon, (size_t)node, GEOKG_HOW_ROLE))) {
		free(l.m);
		return geokg__nomem(err);
	}
	sort_matches(ix->g, l.m, l.n);
	*out = l.m;
	*n = l.n;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Suggestions                                                        */
/* ------------------------------------------------------------------ */

/* Levenshtein distance of a and b, or limit + 1 when it exceeds limit. */
static size_t edit_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), i, j, best;
	size_t row[130];

	if (la > 128 || lb > 128)
		return limit + 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++) {
			size_t up = row[j], v = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb];
}

typedef struct scored {
	size_t dist;
	const char *form;
} scored;

int geokg_actors_suggest(const geokg_actors *ix, const char *phrase,
                         size_t max, const char ***out, size_t *n,
                         geokg_error *err)
{
	scored *best = NULL;
	size_t i, j, m = 0, limit;
	char *k;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = geokg_name_key(phrase, &k, err)))
		return rc;
	limit = strlen(k) / 3 > 2 ? strlen(k) / 3 : 2;
	if (max && !(best = malloc(max * sizeof *best))) {
		free(k);
		return geokg__nomem(err);
	}
	for (i = 0; max && i < ix->n_suggs; i++) {
		size_t d = edit_distance(k, ix->suggs[i].key, limit);

		if (d > limit || (m == max && d >= best[m - 1].dist))
			continue;
		for (j = m < max ? m++ : m - 1; j > 0 && best[j - 1].dist > d; j--)
			best[j] = best[j - 1];
		best[j] = (scored){d, ix->suggs[i].form};
	}
	free(k);
	if (m && !(*out = malloc(m * sizeof **out))) {
		free(best);
		return geokg__nomem(err);
	}
	for (i = 0; i < m; i++)
		(*out)[i] = best[i].form;
	*n = m;
	free(best);
	return 0;
}
