/*
 * check_export.c - views (focus, path, top, filters), escaping for
 * Graphviz, XML, CSV and URLs, and the export formats: DOT read back by
 * cgraph, SVG/PNG/PDF rendered in-process, GraphML, CSV, JSON.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "export.h"

static geokg_graph *g;

static const char *data(const char *name)
{
	static char path[4096];
	const char *dir = getenv("srcdir");

	snprintf(path, sizeof path, "%s/tests/data/%s", dir ? dir : ".", name);
	return path;
}

static void setup_small(void)
{
	geokg_error err;

	ck_assert_msg(geokg_graph_load(&g, data("small.json"), &err) == 0, "%s",
	              err.message);
}

static void teardown(void)
{
	geokg_graph_free(g);
	g = NULL;
}

/* The text of buffer b after appending with one of the escapers. */
static geokg_buf esc;
static const char *gv(const char *s, size_t max, int mode)
{
	esc.len = 0;
	ck_assert_int_eq(geokg__gv_text(&esc, s, max, mode), 0);
	ck_assert_int_eq(geokg__buf_put(&esc, "", 0), 0);
	return esc.data;
}

static const char *url(const char *s)
{
	esc.len = 0;
	ck_assert_int_eq(geokg__url_encode(&esc, s), 0);
	ck_assert_int_eq(geokg__buf_put(&esc, "", 0), 0);
	return esc.data;
}

static const char *xml(const char *s)
{
	esc.len = 0;
	ck_assert_int_eq(geokg__xml_text(&esc, s), 0);
	ck_assert_int_eq(geokg__buf_put(&esc, "", 0), 0);
	return esc.data;
}

static const char *csv(const char *s)
{
	esc.len = 0;
	ck_assert_int_eq(geokg__csv_field(&esc, s), 0);
	ck_assert_int_eq(geokg__buf_put(&esc, "", 0), 0);
	return esc.data;
}

/* ---- names and escaping ------------------------------------------- */

START_TEST(test_names)
{
	int i;

	for (i = 0; i < GEOKG_FORMAT_COUNT; i++)
		ck_assert_int_eq(geokg_format_parse(geokg_format_name((geokg_format)i)), i);
	for (i = 0; i < GEOKG_LAYOUT_COUNT; i++)
		ck_assert_int_eq(geokg_layout_parse(geokg_layout_name((geokg_layout)i)), i);
	ck_assert_int_eq(geokg_format_parse("gexf"), -1);
	ck_assert_int_eq(geokg_layout_parse("DOT"), -1);
	ck_assert_int_eq(geokg_format_parse("csv-edges"), GEOKG_FORMAT_CSV_EDGES);
}
END_TEST

START_TEST(test_gv_text)
{
	ck_assert_str_eq(gv("C:\\new\\table\\", 0, GEOKG_GV_LABEL),
	                 "C:\\\\new\\\\table\\\\");
	ck_assert_str_eq(gv("q\\\"x", 0, GEOKG_GV_LABEL), "q\\\\\"x");
	ck_assert_str_eq(gv("AT&amp;T &nbsp;", 0, GEOKG_GV_LABEL),
	                 "AT&amp;amp;T &amp;nbsp;");
	ck_assert_str_eq(gv("a\nb\tc\x01", 0, GEOKG_GV_LABEL), "a b c ");
	ck_assert_str_eq(gv("a\nb\tc", 0, GEOKG_GV_TOOLTIP), "a\nb c");
	ck_assert_str_eq(gv("<b>x</b>", 0, GEOKG_GV_LABEL), "<b>x</b>");
	/* cut at a character boundary: "é" is two bytes */
	ck_assert_str_eq(gv("abcé", 4, GEOKG_GV_LABEL), "abc\xe2\x80\xa6");
	ck_assert_str_eq(gv("abcé", 5, GEOKG_GV_LABEL), "abcé");
	/* invalid UTF-8 and non-characters become U+FFFD */
	ck_assert_str_eq(gv("a\xff" "b\xef\xbf\xbf", 0, GEOKG_GV_LABEL),
	                 "a\xef\xbf\xbd" "b\xef\xbf\xbd");
}
END_TEST

START_TEST(test_url_encode)
{
	ck_assert_str_eq(url("https://ex.org/a b?q=\"<x>\"&r='1'"),
	                 "https://ex.org/a%20b?q=%22%3Cx%3E%22&amp;r=%271%27");
	ck_assert_str_eq(url("http://x/%41%zz\\N"), "http://x/%41%25zz%5CN");
	ck_assert_str_eq(url("http://x/é"), "http://x/%C3%A9");
}
END_TEST

START_TEST(test_xml_and_csv)
{
	ck_assert_str_eq(xml("<a href=\"x\">'&'</a>\r\x02"),
	                 "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#13;\xef\xbf\xbd");
	ck_assert_str_eq(xml("line\nnext\ttab"), "line\nnext\ttab");
	ck_assert_str_eq(csv("plain"), "plain");
	ck_assert_str_eq(csv("a,b"), "\"a,b\"");
	ck_assert_str_eq(csv("say \"hi\"\n"), "\"say \"\"hi\"\"\n\"");
	ck_assert_str_eq(csv(" pad"), "\" pad\"");
	ck_assert_str_eq(csv(""), "");
}
END_TEST

/* ---- views --------------------------------------------------------- */

/* The ids in a selection, space-separated, in node order. */
static const char *ids_in(const geokg__selection *s, int marked_only)
{
	static char buf[1024];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < s->n_nodes; i++)
		if (s->node_in[i] && (!marked_only || s->node_in[i] == 2)) {
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, geokg_graph_node(g, i)->id);
		}
	return buf;
}

static const char *select_ids(const geokg_view *v, int marked_only)
{
	geokg__selection s;
	geokg_error err;
	const char *r;

	ck_assert_msg(geokg__select(&s, g, v, &err) == 0, "%s", err.message);
	r = ids_in(&s, marked_only);
	geokg__selection_free(&s);
	return r;
}

START_TEST(test_short_labels)
{
	static const char *aliases[] = {"the Atlantic alliance", "Congo-K", "DRC",
	                                "x"};
	geokg_node n = {0};
	geokg_export_options o = {0};
	char *dot;
	size_t len;

	n.kind = GEOKG_KIND_ORG;
	n.id = "NATO";
	n.name = "North Atlantic Treaty Organization";
	n.aliases = aliases;
	n.n_aliases = 1;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = "COD";
	n.name = "Democratic Republic of the Congo";
	n.n_aliases = 4;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_export_dump(g, &o, &dot, &len, NULL), 0);
	ck_assert_msg(strstr(dot, "label=NATO,"), "%s", dot);
	ck_assert_msg(strstr(dot, "label=DRC,"), "%s", dot);
	free(dot);
}
END_TEST

/* Parallel edges of one type make one line: A supplies B (asserted, 2
 * documents, and expected), A meets B and B meets A; B supplies A apart. */
START_TEST(test_bundles)
{
	geokg_evidence e1 = {"d1", NULL, 0, 0, 1, "one"}, e2 = {"d2", NULL, 0, 0, 1, "two"};
	geokg_export_options o = {0};
	geokg_node n = {0};
	Agraph_t *ag;
	Agedge_t *ae;
	char *dot;
	size_t len;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = n.name = "A";
	geokg_graph_add_node(g, &n, NULL, NULL);
	n.id = n.name = "B";
	geokg_graph_add_node(g, &n, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_EXPECTED, NULL, NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_ASSERTED, "oil", NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_ASSERTED, NULL, NULL, &e2, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL, NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 1, 0, GEOKG_TYPE_MEETS, GEOKG_MOD_POSSIBLE, NULL, NULL, &e2, NULL, NULL);
	geokg_graph_add_edge(g, 1, 0, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_ASSERTED, NULL, NULL, &e2, NULL, NULL);
	o.flags = GEOKG_EXPORT_NO_LEGEND;
	ck_assert_int_eq(geokg_export_dump(g, &o, &dot, &len, NULL), 0);
	ck_assert_ptr_nonnull(ag = agmemread(dot));
	ck_assert_int_eq(agnedges(ag), 3);
	ae = agedge(ag, agnode(ag, "A", 0), agnode(ag, "B", 0), "supplies", 0);
	ck_assert_ptr_nonnull(ae);
	ck_assert_str_eq(agget(ae, "modality"), "asserted,expected");
	ck_assert_str_eq(agget(ae, "style"), "solid");
	ck_assert_str_eq(agget(ae, "penwidth"), "2"); /* 3 documents */
	ck_assert_str_eq(agget(ae, "xlabel"), "oil");
	ck_assert_ptr_nonnull(strstr(agget(ae, "tooltip"), "(expected;"));
	ck_assert_ptr_nonnull(strstr(agget(ae, "tooltip"), "(asserted;"));
	ae = agedge(ag, agnode(ag, "A", 0), agnode(ag, "B", 0), "meets", 0);
	ck_assert_ptr_nonnull(ae);
	ck_assert_str_eq(agget(ae, "modality"), "asserted,possible");
	agclose(ag);
	free(dot);
}
END_TEST

START_TEST(test_view_all_and_filter)
{
	geokg_view v = {0};

	ck_assert_str_eq(select_ids(&v, 0),
	                 "PRK RUS UN USA kim-jong-un vladimir-putin");
	ck_assert_int_eq(geokg_filter_set_types(&v.filter, "meets", NULL), 0);
	/* actors left without an edge go */
	ck_assert_str_eq(select_ids(&v, 0), "kim-jong-un vladimir-putin");
}
END_TEST

START_TEST(test_view_focus)
{
	geokg_view v = {0};
	geokg_error err;
	geokg__selection s;

	v.focus = "PRK";
	v.depth = 1;
	ck_assert_str_eq(select_ids(&v, 0), "PRK RUS USA");
	ck_assert_str_eq(select_ids(&v, 1), "PRK");
	v.depth = 0;
	ck_assert_str_eq(select_ids(&v, 0), "PRK");
	v.focus = "UN"; /* no edges */
	v.depth = 2;
	ck_assert_str_eq(select_ids(&v, 0), "UN");
	v.focus = "dprk"; /* an alias, any case */
	v.depth = 5;
	ck_assert_str_eq(select_ids(&v, 0), "PRK RUS USA");
	v.focus = "north korea";
	ck_assert_str_eq(select_ids(&v, 0), "PRK RUS USA");
	/* the filter applies to the walk */
	ck_assert_int_eq(geokg_filter_set_modalities(&v.filter, "asserted", NULL), 0);
	ck_assert_str_eq(select_ids(&v, 0), "PRK USA");
	v.focus = "Atlantis";
	ck_assert_int_eq(geokg__select(&s, g, &v, &err), GEOKG_ENOTFOUND);
	ck_assert_msg(strncmp(err.message, "no actor 'Atlantis'", 19) == 0, "%s",
	              err.message);
	geokg__selection_free(&s);
}
END_TEST

START_TEST(test_view_ambiguous)
{
	geokg_node n = {0};
	geokg_view v = {0};
	geokg__selection s;
	geokg_error err;
	const char *alias[] = {"Korea"};

	n.kind = GEOKG_KIND_COUNTRY;
	n.id = "KOR";
	n.name = "South Korea";
	n.aliases = alias;
	n.n_aliases = 1;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.id = "XKR";
	n.name = "Other Korea";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	v.focus = "korea";
	ck_assert_int_eq(geokg__select(&s, g, &v, &err), GEOKG_EAMBIGUOUS);
	ck_assert_msg(strstr(err.message, "(KOR)") && strstr(err.message, "(XKR)"),
	              "%s", err.message);
	geokg__selection_free(&s);
}
END_TEST

START_TEST(test_view_path)
{
	geokg_view v = {0};
	geokg__selection s;
	geokg_error err;
	size_t e, marked = 0;

	v.from = "United States";
	v.to = "RUS";
	ck_assert_str_eq(select_ids(&v, 1), "PRK RUS USA");
	ck_assert_str_eq(select_ids(&v, 0), "PRK RUS USA");
	ck_assert_int_eq(geokg__select(&s, g, &v, &err), 0);
	for (e = 0; e < s.n_edges; e++)
		marked += s.edge_in[e] == 2;
	ck_assert_uint_eq(marked, 2);
	ck_assert_uint_eq(s.n_roots, 1);
	ck_assert_str_eq(geokg_graph_node(g, s.roots[0])->id, "USA");
	geokg__selection_free(&s);
	v.to = "kim-jong-un";
	ck_assert_int_eq(geokg__select(&s, g, &v, &err), GEOKG_ENOTFOUND);
	ck_assert_msg(strstr(err.message, "no path from 'United States' to 'kim-jong-un'"),
	              "%s", err.message);
	geokg__selection_free(&s);
	v.from = NULL;
	ck_assert_int_eq(geokg__select(&s, g, &v, &err), GEOKG_EINVAL);
	geokg__selection_free(&s);
}
END_TEST

START_TEST(test_view_top)
{
	geokg_view v = {0};
	geokg_graph *h;
	geokg_error err;

	v.top = 2; /* PRK has 2 edges; then ties by id: RUS */
	ck_assert_str_eq(select_ids(&v, 0), "PRK RUS");
	v.top = 1;
	v.focus = "kim-jong-un";
	v.depth = 1;
	ck_assert_str_eq(select_ids(&v, 0), "kim-jong-un vladimir-putin");
	/* the copy of a view is a graph of its own */
	v.top = 2;
	v.focus = NULL;
	ck_assert_msg(geokg_view_select(&h, g, &v, &err) == 0, "%s", err.message);
	ck_assert_uint_eq(geokg_graph_node_count(h), 2);
	ck_assert_uint_eq(geokg_graph_edge_count(h), 1);
	ck_assert_str_eq(geokg_graph_edge(h, 0)->object, "weapons");
	ck_assert_uint_eq(geokg_graph_edge(h, 0)->n_evidence, 1);
	geokg_graph_free(h);
}
END_TEST

/* ---- formats -------------------------------------------------------- */

static char *export(geokg_format f, const geokg_view *v, size_t *len)
{
	geokg_export_options o = {0};
	geokg_error err;
	char *out;

	o.format = f;
	if (v)
		o.view = *v;
	ck_assert_msg(geokg_export_dump(g, &o, &out, len, &err) == 0, "%s: %s",
	              geokg_format_name(f), err.message);
	return out;
}

/* A graph whose every string tries to break out of its quoting. */
static void setup_nasty(void)
{
	static char big[10001];
	static const char *aliases[] = {"<script>alert(1)</script>", "x\"]; evil=\"1"};
	geokg_node n = {0};
	geokg_evidence ev = {"https://news.example/a?b=1&c=\"<2>\"", "2024-01-02",
	                     3, 10, 20, NULL};
	geokg_evidence ev2 = {"doc\\2", NULL, 0, 0, 5, "\\N ends in \\"};

	memset(big, 'w', sizeof big - 1);
	memcpy(big, "<script>", 8);
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = "A\"B";
	n.name = "C:\\new\\table\\";
	n.aliases = aliases;
	n.n_aliases = 2;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.id = "node";
	n.name = "<b>bold</b> & \"quoted\"\nnext line -->";
	n.n_aliases = 0;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.kind = GEOKG_KIND_PERSON;
	n.id = "p";
	n.name = big;
	n.country = "A\"B";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ev.text = big;
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES,
	                                      GEOKG_MOD_POSSIBLE, "q\\\"x", NULL,
	                                      &ev, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_edge(g, 2, 1, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, "&nbsp;",
	                                      &ev2, NULL, NULL), 0);
}

START_TEST(test_dot_reads_back)
{
	size_t len;
	char *dot = export(GEOKG_FORMAT_DOT, NULL, &len);
	Agraph_t *ag = agmemread(dot);
	Agnode_t *a, *p;
	const char *label;

	ck_assert_msg(ag != NULL, "cgraph cannot read back:\n%.2000s", dot);
	ck_assert_int_eq(agnnodes(ag), 4); /* three actors and the legend */
	ck_assert_int_eq(agnedges(ag), 2);
	ck_assert_ptr_nonnull(a = agnode(ag, "A\"B", 0));
	ck_assert_ptr_nonnull(agnode(ag, "node", 0));
	ck_assert_ptr_nonnull(p = agnode(ag, "p", 0));
	/* backslashes reach Graphviz doubled, entities neutralised */
	ck_assert_str_eq(agget(a, "label"), "C:\\\\new\\\\table\\\\");
	label = agget(agnode(ag, "node", 0), "label");
	ck_assert_str_eq(label, "<b>bold</b> &amp; \"quoted\" next \xe2\x80\xa6");
	/* the 10,000-character name is cut for the label */
	ck_assert_uint_lt(strlen(agget(p, "label")), 40);
	ck_assert_ptr_nonnull(strstr(agget(p, "tooltip"), "wwwwww"));
	ck_assert_uint_lt(strlen(agget(p, "tooltip")), 2000);
	/* person p is in the cluster of its country */
	ck_assert_ptr_nonnull(agsubg(ag, "cluster_A\"B", 0));
	ck_assert_ptr_nonnull(agnode(agsubg(ag, "cluster_A\"B", 0), "p", 0));
	agclose(ag);
	free(dot);
}
END_TEST

START_TEST(test_svg_escapes)
{
	size_t len;
	char *svg = export(GEOKG_FORMAT_SVG, NULL, &len);

	ck_assert_uint_eq(strlen(svg), len);
	ck_assert_msg(strncmp(svg, "<?xml", 5) == 0, "%.200s", svg);
	ck_assert_ptr_null(strstr(svg, "<script"));
	ck_assert_ptr_null(strstr(svg, "<b>"));
	ck_assert_ptr_null(strstr(svg, "evil=\""));
	ck_assert_ptr_nonnull(strstr(svg, "&lt;b&gt;bold&lt;/b&gt;"));
	ck_assert_ptr_nonnull(strstr(svg, "C:\\new\\table\\"));
	ck_assert_ptr_nonnull(strstr(svg, "\\N ends in \\"));
	ck_assert_ptr_nonnull(strstr(svg,
	    "xlink:href=\"https://news.example/a?b=1&amp;c=%22%3C2%3E%22\""));
	ck_assert_ptr_nonnull(strstr(svg, "&amp;nbsp;"));
	free(svg);
}
END_TEST

START_TEST(test_png_pdf)
{
	size_t len;
	char *png = export(GEOKG_FORMAT_PNG, NULL, &len);
	char *pdf = export(GEOKG_FORMAT_PDF, NULL, &len);

	ck_assert(memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0);
	ck_assert(memcmp(pdf, "%PDF-", 5) == 0);
	free(png);
	free(pdf);
}
END_TEST

START_TEST(test_graphml_and_csv_escape)
{
	size_t len;
	char *x = export(GEOKG_FORMAT_GRAPHML, NULL, &len);
	char *n = export(GEOKG_FORMAT_CSV_NODES, NULL, &len);
	char *e = export(GEOKG_FORMAT_CSV_EDGES, NULL, &len);

	ck_assert_ptr_null(strstr(x, "<script"));
	ck_assert_ptr_null(strstr(x, "<b>"));
	ck_assert_ptr_nonnull(strstr(x, "<node id=\"A&quot;B\">"));
	ck_assert_ptr_nonnull(strstr(x, "&lt;script&gt;wwww"));
	ck_assert_ptr_nonnull(strstr(n, "\"A\"\"B\",C:\\new\\table\\,country,"));
	ck_assert_msg(strncmp(e, "Source,Target,Type,", 19) == 0, "%.100s", e);
	ck_assert_ptr_nonnull(strstr(e, "\"A\"\"B\",node,Directed,e0,supplies,1,"
	                                "supplies,possible,"));
	free(x);
	free(n);
	free(e);
}
END_TEST

START_TEST(test_dot_layout_choice)
{
	geokg_export_options o = {0};
	geokg_error err;
	char *dot;
	size_t len;

	o.format = GEOKG_FORMAT_DOT;
	ck_assert_int_eq(geokg_export_dump(g, &o, &dot, &len, &err), 0);
	ck_assert_ptr_nonnull(strstr(dot, "layout=dot"));
	ck_assert_ptr_nonnull(strstr(dot, "nslimit="));
	free(dot);
	o.layout = GEOKG_LAYOUT_SFDP;
	ck_assert_int_eq(geokg_export_dump(g, &o, &dot, &len, &err), 0);
	ck_assert_ptr_nonnull(strstr(dot, "layout=sfdp"));
	ck_assert_ptr_nonnull(strstr(dot, "overlap=prism"));
	ck_assert_ptr_null(strstr(dot, "cluster_"));
	free(dot);
	o.format = GEOKG_FORMAT_CSV;
	ck_assert_int_eq(geokg_export_dump(g, &o, &dot, &len, &err), GEOKG_EINVAL);
	ck_assert_ptr_null(dot);
}
END_TEST

START_TEST(test_json_view)
{
	geokg_view v = {0};
	geokg_graph *h;
	size_t len;
	char *all = export(GEOKG_FORMAT_JSON, NULL, &len), *canon;

	/* the whole graph: the canonical bytes */
	ck_assert_int_eq(geokg_graph_dump(g, 0, &canon, &len, NULL), 0);
	ck_assert_str_eq(all, canon);
	free(all);
	free(canon);
	v.focus = "RUS";
	v.depth = 1;
	all = export(GEOKG_FORMAT_JSON, &v, &len);
	ck_assert_int_eq(geokg_graph_load_buffer(&h, all, len, "view", NULL), 0);
	ck_assert_uint_eq(geokg_graph_node_count(h), 2);
	ck_assert_int_ge(geokg_graph_find(h, "PRK"), 0);
	geokg_graph_free(h);
	free(all);
}
END_TEST

/* A ring of n countries with chords: cyclic, like news graphs. */
static void setup_ring(size_t n)
{
	geokg_node x = {0};
	geokg_evidence ev = {"d", "2024-01-01", 0, 0, 1, "s"};
	char id[32];
	size_t i;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	x.kind = GEOKG_KIND_COUNTRY;
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "C%zu", i);
		x.id = x.name = id;
		ck_assert_int_eq(geokg_graph_add_node(g, &x, NULL, NULL), 0);
	}
	for (i = 0; i < n; i++) {
		geokg_graph_add_edge(g, i, (i + 1) % n, GEOKG_TYPE_MEETS,
		                     GEOKG_MOD_ASSERTED, NULL, NULL, &ev, NULL, NULL);
		geokg_graph_add_edge(g, i, (i * 7 + 3) % n, GEOKG_TYPE_SUPPLIES,
		                     GEOKG_MOD_ASSERTED, NULL, NULL, &ev, NULL, NULL);
	}
}

START_TEST(test_large_view_uses_sfdp)
{
	geokg_export_options o = {0};
	geokg_error err;
	char *svg;
	size_t len;

	setup_ring(GEOKG_EXPORT_DOT_MAX + 50);
	o.format = GEOKG_FORMAT_SVG;
	ck_assert_msg(geokg_export_dump(g, &o, &svg, &len, &err) == 0, "%s",
	              err.message);
	ck_assert_ptr_nonnull(strstr(svg, "<title>C199</title>"));
	free(svg);
	/* a focus on it is small again, and drawn by dot with clusters off */
	o.format = GEOKG_FORMAT_DOT;
	o.view.focus = "C0";
	o.view.depth = 2;
	ck_assert_int_eq(geokg_export_dump(g, &o, &svg, &len, &err), 0);
	ck_assert_ptr_nonnull(strstr(svg, "layout=dot"));
	ck_assert_ptr_nonnull(strstr(svg, "constraint=false"));
	free(svg);
}
END_TEST

/* Regression: with plain edge labels, dot in Graphviz 2.42 freed memory
 * twice in gvFreeLayout() on this graph (found by shrinking random ones:
 * cycles, labelled edges, persons in clusters); edge labels are xlabels
 * now. */
START_TEST(test_dot_cyclic_labelled)
{
	geokg_export_options o = {0};
	geokg_error err;
	char *svg;
	size_t len;

	ck_assert_msg(geokg_graph_load(&g, data("export-cyclic.json"), &err) == 0,
	              "%s", err.message);
	o.format = GEOKG_FORMAT_SVG;
	o.layout = GEOKG_LAYOUT_DOT;
	ck_assert_msg(geokg_export_dump(g, &o, &svg, &len, &err) == 0, "%s",
	              err.message);
	ck_assert_ptr_nonnull(strstr(svg, "<title>C0</title>"));
	ck_assert_ptr_nonnull(strstr(svg, ">arms<"));
	free(svg);
}
END_TEST

static Suite *suite_export(void)
{
	Suite *s = suite_create("export");
	TCase *t = tcase_create("escaping");

	tcase_add_test(t, test_names);
	tcase_add_test(t, test_gv_text);
	tcase_add_test(t, test_url_encode);
	tcase_add_test(t, test_xml_and_csv);
	tcase_add_checked_fixture(t, NULL, teardown);
	suite_add_tcase(s, t);

	t = tcase_create("views");
	tcase_add_checked_fixture(t, setup_small, teardown);
	tcase_add_test(t, test_view_all_and_filter);
	tcase_add_test(t, test_short_labels);
	tcase_add_test(t, test_view_focus);
	tcase_add_test(t, test_view_ambiguous);
	tcase_add_test(t, test_view_path);
	tcase_add_test(t, test_view_top);
	tcase_add_test(t, test_dot_layout_choice);
	tcase_add_test(t, test_json_view);
	suite_add_tcase(s, t);

	t = tcase_create("formats");
	tcase_set_timeout(t, 60);
	tcase_add_checked_fixture(t, setup_nasty, teardown);
	tcase_add_test(t, test_dot_reads_back);
	tcase_add_test(t, test_svg_escapes);
	tcase_add_test(t, test_png_pdf);
	tcase_add_test(t, test_graphml_and_csv_escape);
	suite_add_tcase(s, t);

	t = tcase_create("size");
	tcase_set_timeout(t, 60);
	tcase_add_checked_fixture(t, NULL, teardown);
	tcase_add_test(t, test_large_view_uses_sfdp);
	tcase_add_test(t, test_dot_cyclic_labelled);
	tcase_add_test(t, test_bundles);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_export());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	geokg__buf_free(&esc);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
