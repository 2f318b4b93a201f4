/*
 * cli_query.h - output shared by the query commands (path, neighbors,
 * edges, match, rank): actors, edges with their strongest evidence, in
 * text or JSON.  Uses only the public header.
 */
#ifndef GEOKG_CLI_QUERY_H
#define GEOKG_CLI_QUERY_H

#include <stdio.h>

#include "geokg.h"

/* Resolve an actor phrase, printing the error; CLI_OK or the status. */
int cliq_actor(const geokg_graph *g, const char *phrase, size_t *node);

/* A JSON string (quoted, escaped); NULL prints null. */
void cliq_json_str(FILE *f, const char *s);

/*
 * One edge on a line (after `indent`), walked from node `from` (pass the
 * edge's source for its own direction):
 *   Kim Jong Un -meets- Vladimir Putin  [expected, 3 documents]  "..." (doc, date)
 */
void cliq_edge_text(FILE *f, const geokg_graph *g, size_t e, size_t from,
                    const char *indent);

/* One edge as a JSON object, walked from `from`, with its strongest
 * evidence record. */
void cliq_edge_json(FILE *f, const geokg_graph *g, size_t e, size_t from);

/* An actor as {"id":...,"name":...}. */
void cliq_actor_json(FILE *f, const geokg_graph *g, size_t node);

#endif
