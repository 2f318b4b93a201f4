/*
 * filter.c - which edges a query or an export sees: types, modalities, a
 * date window and a minimum weight (geokg_filter in geokg.h).
 */
#include "config.h"

#include <string.h>

#include "util.h"

int geokg_filter_edge(const geokg_filter *f, const geokg_graph *g, size_t e)
{
	const geokg_edge *x = geokg_graph_edge(g, e);
	size_t i;

	if (!x)
		return 0;
	if (f->types && !(f->types & (1u << x->type)))
		return 0;
	if (f->modalities && !(f->modalities & (1u << x->modality)))
		return 0;
	if (x->weight < f->min_weight)
		return 0;
	if (!f->since && !f->until)
		return 1;
	for (i = 0; i < x->n_evidence; i++) {
		const char *d = x->evidence[i].date;

		if (d && (!f->since || strcmp(d, f->since) >= 0) &&
		    (!f->until || strcmp(d, f->until) <= 0))
			return 1;
	}
	return 0;
}

/* Parse a comma-separated list of names with `parse` into a bit set. */
static int parse_set(unsigned *out, const char *list, int (*parse)(const char *),
                     const char *what, geokg_error *err)
{
	char word[64];
	const char *p = list, *q;
	unsigned set = 0;
	size_t n;
	int v;

	for (;;) {
		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		for (q = p; *q && *q != ','; q++)
			;
		n = (size_t)(q - p);
		while (n && p[n - 1] == ' ')
			n--;
		if (n >= sizeof word)
			n = sizeof word - 1;
		memcpy(word, p, n);
		word[n] = '\0';
		if ((v = parse(word)) < 0)
			return geokg__fail(err, GEOKG_EINVAL, "unknown %s '%s'", what, word);
		set |= 1u << v;
		p = q;
	}
	if (!set)
		return geokg__fail(err, GEOKG_EINVAL, "empty list of %ss", what);
	*out = set;
	return 0;
}

int geokg_filter_set_types(geokg_filter *f, const char *list, geokg_error *err)
{
	return parse_set(&f->types, list, geokg_type_parse, "edge type", err);
}

int geokg_filter_set_modalities(geokg_filter *f, const char *list,
                                geokg_error *err)
{
	if (strcmp(list, "any") == 0) {
		f->modalities = 0;
		return 0;
	}
	return parse_set(&f->modalities, list, geokg_modality_parse, "modality", err);
}

int geokg_filter_set_date(const char **field, const char *date,
                          geokg_error *err)
{
	if (!geokg_date_valid(date))
		return geokg__fail(err, GEOKG_EINVAL,
		                   "'%s' is not a date (YYYY-MM-DD)", date);
	*field = date;
	return 0;
}
