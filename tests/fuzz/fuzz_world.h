/*
 * fuzz_world.h - a small world graph for the fuzz targets that need one
 * (extraction, patterns, GDELT import), compiled in so that the targets
 * run the same under libFuzzer and in the replay programs, whatever the
 * working directory.  A few states, organisations and people with aliases,
 * demonyms, capitals, dated roles, and some edges for patterns to match.
 */
#ifndef GEOKG_FUZZ_WORLD_H
#define GEOKG_FUZZ_WORLD_H

#include <stdlib.h>
#include <string.h>

#include "geokg.h"

static const char fuzz_world_json[] =
	"{\"format\":\"geokg\",\"version\":1,\"nodes\":[\n"
	"{\"id\":\"CHN\",\"kind\":\"country\",\"name\":\"China\",\"demonyms\":[\"Chinese\"],\"metonyms\":[\"Beijing\"]},\n"
	"{\"id\":\"DEU\",\"kind\":\"country\",\"name\":\"Germany\",\"demonyms\":[\"German\"],\"metonyms\":[\"Berlin\"]},\n"
	"{\"id\":\"EU\",\"kind\":\"org\",\"name\":\"European Union\",\"aliases\":[\"EU\"],\"metonyms\":[\"Brussels\"]},\n"
	"{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\",\"demonyms\":[\"Iranian\"],\"metonyms\":[\"Tehran\"]},\n"
	"{\"id\":\"NATO\",\"kind\":\"org\",\"name\":\"NATO\",\"aliases\":[\"North Atlantic Treaty Organization\"]},\n"
	"{\"id\":\"PRK\",\"kind\":\"country\",\"name\":\"North Korea\",\"aliases\":[\"DPRK\"],\"demonyms\":[\"North Korean\"],\"metonyms\":[\"Pyongyang\"]},\n"
	"{\"id\":\"RUS\",\"kind\":\"country\",\"name\":\"Russia\",\"aliases\":[\"Russian Federation\"],\"demonyms\":[\"Russian\"],\"metonyms\":[\"Moscow\",\"the Kremlin\"]},\n"
	"{\"id\":\"UKR\",\"kind\":\"country\",\"name\":\"Ukraine\",\"demonyms\":[\"Ukrainian\"],\"metonyms\":[\"Kyiv\"]},\n"
	"{\"id\":\"USA\",\"kind\":\"country\",\"name\":\"United States\",\"aliases\":[\"US\",\"U.S.\",\"America\"],\"demonyms\":[\"American\"],\"metonyms\":[\"Washington\",\"the White House\"],\"ambiguous\":[\"Washington\"]},\n"
	"{\"id\":\"joe-biden\",\"kind\":\"person\",\"name\":\"Joe Biden\",\"country\":\"USA\",\"aliases\":[\"Biden\"],\"roles\":[{\"role\":\"president\",\"of\":\"USA\",\"start\":\"2021-01-20\",\"end\":\"2025-01-20\",\"note\":null}]},\n"
	"{\"id\":\"kim-jong-un\",\"kind\":\"person\",\"name\":\"Kim Jong Un\",\"country\":\"PRK\",\"aliases\":[\"Kim\"],\"roles\":[{\"role\":\"leader\",\"of\":\"PRK\",\"start\":\"2011-12-17\",\"end\":null,\"note\":null}]},\n"
	"{\"id\":\"sergei-lavrov\",\"kind\":\"person\",\"name\":\"Sergei Lavrov\",\"country\":\"RUS\",\"aliases\":[\"Lavrov\"],\"roles\":[{\"role\":\"foreign minister\",\"of\":\"RUS\",\"start\":\"2004-03-09\",\"end\":null,\"note\":null}]},\n"
	"{\"id\":\"vladimir-putin\",\"kind\":\"person\",\"name\":\"Vladimir Putin\",\"country\":\"RUS\",\"aliases\":[\"Putin\"],\"roles\":[{\"role\":\"president\",\"of\":\"RUS\",\"start\":\"2012-05-07\",\"end\":null,\"note\":null}]},\n"
	"{\"id\":\"xi-jinping\",\"kind\":\"person\",\"name\":\"Xi Jinping\",\"country\":\"CHN\",\"aliases\":[\"Xi\"]}\n"
	"],\"edges\":[\n"
	"{\"source\":\"IRN\",\"target\":\"RUS\",\"type\":\"supplies\",\"modality\":\"asserted\",\"object\":\"drones\",\"weight\":1,\"evidence\":[{\"doc\":\"a\",\"date\":\"2022-10-18\",\"sentence\":0,\"start\":0,\"end\":30,\"text\":\"Iran sent drones to Russia.\"}]},\n"
	"{\"source\":\"PRK\",\"target\":\"RUS\",\"type\":\"supplies\",\"modality\":\"expected\",\"weight\":1,\"evidence\":[{\"doc\":\"b\",\"date\":\"2023-09-12\",\"sentence\":1,\"start\":40,\"end\":90,\"text\":\"North Korea will send shells to Russia.\"}]},\n"
	"{\"source\":\"RUS\",\"target\":\"UKR\",\"type\":\"threatens\",\"modality\":\"asserted\",\"weight\":1,\"evidence\":[{\"doc\":\"c\",\"date\":\"2022-02-20\",\"sentence\":2,\"start\":0,\"end\":20,\"text\":\"Moscow warned Kyiv.\"}]},\n"
	"{\"source\":\"USA\",\"target\":\"RUS\",\"type\":\"sanctions\",\"modality\":\"asserted\",\"weight\":2,\"evidence\":[{\"doc\":\"d\",\"date\":\"2022-02-24\",\"sentence\":0,\"start\":0,\"end\":40,\"text\":\"Washington sanctioned Russian banks.\"},{\"doc\":\"e\",\"date\":\"2023-02-24\",\"sentence\":3,\"start\":50,\"end\":80,\"text\":\"The US added sanctions on Russia.\"}]},\n"
	"{\"source\":\"EU\",\"target\":\"IRN\",\"type\":\"sanctions\",\"modality\":\"possible\",\"weight\":1,\"evidence\":[{\"doc\":\"f\",\"date\":\"2023-01-10\",\"sentence\":0,\"start\":0,\"end\":40,\"text\":\"The EU may sanction Iran.\"}]},\n"
	"{\"source\":\"kim-jong-un\",\"target\":\"vladimir-putin\",\"type\":\"meets\",\"modality\":\"asserted\",\"weight\":1,\"evidence\":[{\"doc\":\"g\",\"date\":\"2023-09-13\",\"sentence\":0,\"start\":0,\"end\":30,\"text\":\"Kim met Putin.\"}]},\n"
	"{\"source\":\"xi-jinping\",\"target\":\"vladimir-putin\",\"type\":\"meets\",\"modality\":\"asserted\",\"weight\":1},\n"
	"{\"source\":\"USA\",\"target\":\"UKR\",\"type\":\"supplies\",\"modality\":\"asserted\",\"weight\":1},\n"
	"{\"source\":\"UKR\",\"target\":\"RUS\",\"type\":\"threatens\",\"modality\":\"conditional\",\"weight\":1},\n"
	"{\"source\":\"CHN\",\"target\":\"RUS\",\"type\":\"supplies\",\"modality\":\"negated\",\"weight\":1},\n"
	"{\"source\":\"DEU\",\"target\":\"UKR\",\"type\":\"supplies\",\"modality\":\"requested\",\"weight\":1},\n"
	"{\"source\":\"RUS\",\"target\":\"RUS\",\"type\":\"meets\",\"modality\":\"asserted\",\"weight\":1}\n"
	"]}\n";

/* The world graph, loaded on first use and kept for the process (the
 * fuzzer calls the target millions of times).  Aborts if it does not
 * load: that is a bug in this file. */
static inline const geokg_graph *fuzz_world(void)
{
	static geokg_graph *w;

	if (!w && geokg_graph_load_buffer(&w, fuzz_world_json,
	                                  sizeof fuzz_world_json - 1, "world",
	                                  NULL))
		abort();
	return w;
}

/* Whether a message is one line, not empty, and NUL-terminated within
 * the error buffer. */
static inline int fuzz_one_line(const char *m)
{
	size_t n = strnlen(m, GEOKG_ERROR_MAX);

	return n > 0 && n < GEOKG_ERROR_MAX && !memchr(m, '\n', n);
}

#endif
