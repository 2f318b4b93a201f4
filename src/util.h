/*
 * util.h - private helpers shared by the library's modules: error
 * reporting, checked allocation, growable buffers, a string-keyed hash map
 * and a string intern pool.  Nothing here is exported.
 */
#ifndef GEOKG_UTIL_H
#define GEOKG_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "geokg.h"

#if defined(__GNUC__)
#define GEOKG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define GEOKG_PRINTF(a, b)
#endif

/* Set err (may be NULL) to code and the formatted message; returns code. */
int geokg__fail(geokg_error *err, int code, const char *fmt, ...)
	GEOKG_PRINTF(3, 4);
int geokg__vfail(geokg_error *err, int code, const char *fmt, va_list ap);
/* Shorthand for an allocation failure. */
int geokg__nomem(geokg_error *err);

/* Write len bytes of data to path.  A regular file (or a new one) is
 * replaced atomically: the bytes go to a temporary file PATH.tmp.XXXXXX in
 * the same directory, flushed to disk and renamed over path, so that
 * readers see the old file or the new one, never a part; the temporary
 * file is removed on failure and an existing file's mode is kept.  The
 * writer holds an exclusive flock() on its temporary file until the rename,
 * and first removes the temporary files of path that no live writer holds
 * (left by a killed run).  A symbolic link to a file is kept and the file
 * it names replaced.  A special file (/dev/null, a FIFO, a terminal) is
 * written in place, never replaced (as root, a rename would replace the
 * device node). */
int geokg__write_file(const char *path, const char *data, size_t len,
                      geokg_error *err);

/* Ask for huge pages (fewer page faults and TLB misses) for the 2 MB
 * pages inside a block of 4 MB or more; a hint, ignored where the system
 * has none. */
void geokg__advise_huge(void *p, size_t size);

/* Grow *arr (element size `size`) so that it holds at least `need`
 * elements; *cap is updated.  Returns 0 or GEOKG_ENOMEM. */
int geokg__grow(void *arr, size_t *cap, size_t need, size_t size);

/* A growable byte buffer, always NUL-terminated when len > 0. */
typedef struct geokg_buf {
	char *data;
	size_t len, cap;
} geokg_buf;
int geokg__buf_put(geokg_buf *b, const char *s, size_t n);
int geokg__buf_puts(geokg_buf *b, const char *s);
int geokg__buf_printf(geokg_buf *b, const char *fmt, ...) GEOKG_PRINTF(2, 3);
void geokg__buf_free(geokg_buf *b);

/* A 64-bit hash of n bytes (8 bytes at a time; not cryptographic). */
uint64_t geokg__hash(const void *p, size_t n);

/*
 * A bump allocator: many small blocks freed all at once.  Blocks never
 * move.  A zeroed arena is empty.
 */
typedef struct geokg_arena {
	struct geokg_chunk *chunks;
} geokg_arena;
/* n bytes (aligned for any scalar), or NULL when out of memory. */
void *geokg__arena_alloc(geokg_arena *a, size_t n);
void geokg__arena_free(geokg_arena *a);

/*
 * A hash map from byte-string keys to size_t values.  Keys are copied
 * (NUL-terminated) into the map's arena.  Open addressing with linear
 * probing; never shrinks, never deletes.  A zeroed map is empty.
 */
typedef struct geokg_map_slot {
	uint64_t hash;
	const char *key; /* NULL: empty slot */
	size_t klen, val;
} geokg_map_slot;
typedef struct geokg_map {
	geokg_map_slot *slots;
	size_t cap, count;
	geokg_arena arena;
} geokg_map;
/* Look a key up: 1 and *val (may be NULL) when found, 0 when not. */
int geokg__map_get(const geokg_map *m, const void *key, size_t n, size_t *val);
/* Insert or replace.  Returns 0 or GEOKG_ENOMEM. */
int geokg__map_put(geokg_map *m, const void *key, size_t n, size_t val);
/*
 * Find a key, or insert it with value val: returns 1 when inserted, 0 when
 * it was there, GEOKG_ENOMEM.  *valp (may be NULL) receives the stored
 * value and *keyp (may be NULL) the map's NUL-terminated copy of the key.
 */
int geokg__map_upsert(geokg_map *m, const void *key, size_t n, size_t val,
                      size_t *valp, const char **keyp);
void geokg__map_free(geokg_map *m);

/*
 * An intern pool: one copy of each distinct string, owned by the pool,
 * so that equal strings are equal pointers.  NULL interns to NULL.
 */
typedef struct geokg_pool {
	geokg_map map;
} geokg_pool;
/* The pool's copy of s, or NULL on allocation failure (or s == NULL).
 * geokg__intern_n takes n bytes, which need not be NUL-terminated. */
const char *geokg__intern(geokg_pool *p, const char *s);
const char *geokg__intern_n(geokg_pool *p, const char *s, size_t n);
void geokg__pool_free(geokg_pool *p);

/* Whether the NUL-terminated s (NULL counts as valid) is well-formed
 * UTF-8: no overlong forms, surrogates or code points above U+10FFFF. */
int geokg__utf8_valid(const char *s);

/* strcmp that orders NULL before every string. */
int geokg__strcmp0(const char *a, const char *b);

#endif
