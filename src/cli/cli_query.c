/*
 * cli_query.c - output shared by the query commands; see cli_query.h.
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "cli_query.h"

#define TEXT_MAX 160

int cliq_actor(const geokg_graph *g, const char *phrase, size_t *node)
{
	geokg_error err;

	if (geokg_query_actor(g, phrase, node, &err))
		return cli_report(&err);
	return CLI_OK;
}

void cliq_json_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* The text of s, at most TEXT_MAX bytes cut at a character boundary,
 * with "..." when cut; newlines and tabs become spaces. */
static void clipped(FILE *f, const char *s)
{
	size_t n = strlen(s), i;

	if (n > TEXT_MAX) {
		n = TEXT_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	for (i = 0; i < n; i++)
		fputc(s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i], f);
	if (n < strlen(s))
		fputs("...", f);
}

void cliq_edge_text(FILE *f, const geokg_graph *g, size_t e, size_t from,
                    const char *indent)
{
	const geokg_edge *x = geokg_graph_edge(g, e);
	const geokg_evidence *ev = geokg_edge_best_evidence(x);
	int along = x->source == from;
	size_t to = along ? x->target : x->source;
	const char *type = geokg_type_name(x->type);

	fprintf(f, "%s%s ", indent, geokg_graph_node(g, from)->name);
	if (x->type == GEOKG_TYPE_MEETS)
		fprintf(f, "-%s-", type);
	else if (along)
		fprintf(f, "-%s->", type);
	else
		fprintf(f, "<-%s-", type);
	fprintf(f, " %s  [%s, %zu document%s", geokg_graph_node(g, to)->name,
	        geokg_modality_name(x->modality), x->weight,
	        x->weight == 1 ? "" : "s");
	if (x->object)
		fprintf(f, ", %s", x->object);
	fputc(']', f);
	if (ev) {
		fputs("  ", f);
		if (ev->text) {
			fputc('"', f);
			clipped(f, ev->text);
			fputs("\" ", f);
		}
		fprintf(f, "(%s%s%s)", ev->doc, ev->date ? ", " : "",
		        ev->date ? ev->date : "");
	}
	fputc('\n', f);
}

void cliq_actor_json(FILE *f, const geokg_graph *g, size_t node)
{
	const geokg_node *n = geokg_graph_node(g, node);

	fputs("{\"id\":", f);
	cliq_json_str(f, n->id);
	fputs(",\"name\":", f);
	cliq_json_str(f, n->name);
	fputc('}', f);
}

void cliq_edge_json(FILE *f, const geokg_graph *g, size_t e, size_t from)
{
	const geokg_edge *x = geokg_graph_edge(g, e);
	const geokg_evidence *ev = geokg_edge_best_evidence(x);
	const char *dir = x->type == GEOKG_TYPE_MEETS ? "either" :
	                  x->source == from ? "along" : "against";

	fputs("{\"source\":", f);
	cliq_json_str(f, geokg_graph_node(g, x->source)->id);
	fputs(",\"target\":", f);
	cliq_json_str(f, geokg_graph_node(g, x->target)->id);
	fprintf(f, ",\"type\":\"%s\",\"modality\":\"%s\",\"direction\":\"%s\","
	        "\"weight\":%zu,\"evidence_count\":%zu",
	        geokg_type_name(x->type), geokg_modality_name(x->modality), dir,
	        x->weight, x->n_evidence);
	fputs(",\"object\":", f);
	cliq_json_str(f, x->object);
	fputs(",\"first_seen\":", f);
	cliq_json_str(f, x->first_seen);
	fputs(",\"last_seen\":", f);
	cliq_json_str(f, x->last_seen);
	fputs(",\"evidence\":", f);
	if (ev) {
		fputs("{\"doc\":", f);
		cliq_json_str(f, ev->doc);
		fputs(",\"date\":", f);
		cliq_json_str(f, ev->date);
		fprintf(f, ",\"sentence\":%ld,\"start\":%ld,\"end\":%ld,\"text\":",
		        ev->sentence, ev->start, ev->end);
		cliq_json_str(f, ev->text);
		fputc('}', f);
	} else {
		fputs("null", f);
	}
	fputc('}', f);
}
