/*
 * world.h - private helpers of the world module (src/world.c) shared with
 * the world graph generator (graphs/mkworld.c) and the tests.  The public
 * API is the "World: actors and roles" section of geokg.h.
 */
#ifndef GEOKG_WORLD_H
#define GEOKG_WORLD_H

#include "geokg.h"

/*
 * The lookup key of s (see geokg_name_key()), case folded when `fold` is
 * set, else with its case kept.  *out is malloc'd.  Returns 0,
 * GEOKG_ENOMEM, or GEOKG_EINVAL for invalid UTF-8.
 */
int geokg__key(const char *s, int fold, char **out);

/* Whether a name is a short all-capital acronym ("US", "U.N.", "WHO")
 * that must match case-sensitively. */
int geokg__is_acronym(const char *name);

/* Whether `role` is one of the canonical role words. */
int geokg__role_canonical(const char *role);

#endif
