/*
 * util.c - error reporting, allocation helpers, buffers, hash map and
 * intern pool used inside libgeokg.  See util.h for the contracts.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Make a message one printable line: control characters (a newline in a
 * quoted name, say) become '?', and a UTF-8 sequence cut by truncation is
 * dropped. */
static void message_clean(char *m)
{
	size_t n = strlen(m), i = n;

	for (i = 0; i < n; i++)
		if ((unsigned char)m[i] < 0x20 || m[i] == 0x7f)
			m[i] = '?';
	if (n + 1 < GEOKG_ERROR_MAX)
		return;
	/* truncated: cut back to the start of the last, maybe partial,
	 * sequence if it is incomplete */
	i = n;
	while (i > 0 && ((unsigned char)m[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && (unsigned char)m[i - 1] >= 0xC0) {
		unsigned char lead = (unsigned char)m[i - 1];
		size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;

		if (n - (i - 1) < want)
			m[i - 1] = '\0';
	}
}

int geokg__vfail(geokg_error *err, int code, const char *fmt, va_list ap)
{
	if (err) {
		err->code = code;
		vsnprintf(err->message, sizeof err->message, fmt, ap);
		message_clean(err->message);
	}
	return code;
}

int geokg__fail(geokg_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	geokg__vfail(err, code, fmt, ap);
	va_end(ap);
	return code;
}

int geokg__nomem(geokg_error *err)
{
	return geokg__fail(err, GEOKG_ENOMEM, "out of memory");
}

int geokg__grow(void *arr, size_t *cap, size_t need, size_t size)
{
	void **p = arr;
	size_t ncap;
	void *n;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / size)
			return GEOKG_ENOMEM;
		ncap *= 2;
	}
	n = realloc(*p, ncap * size);
	if (!n)
		return GEOKG_ENOMEM;
	*p = n;
	*cap = ncap;
	return 0;
}

int geokg__buf_put(geokg_buf *b, const char *s, size_t n)
{
	if (geokg__grow(&b->data, &b->cap, b->len + n + 1, 1))
		return GEOKG_ENOMEM;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int geokg__buf_puts(geokg_buf *b, const char *s)
{
	return geokg__buf_put(b, s, strlen(s));
}

int geokg__buf_printf(geokg_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || geokg__grow(&b->data, &b->cap, b->len + (size_t)n + 1, 1))
		return GEOKG_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void geokg__buf_free(geokg_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

uint64_t geokg__hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;

	while (n--) {
		h ^= *s++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Find the slot for a key: the slot holding it, or the empty slot where it
 * would go.  The map must have at least one empty slot. */
static size_t map_slot(const geokg_map *m, const void *key, size_t n,
                       uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);

	while (m->keys[i]) {
		if (m->hashes[i] == h && m->klen[i] == n &&
		    memcmp(m->keys[i], key, n) == 0)
			return i;
		i = (i + 1) & (m->cap - 1);
	}
	return i;
}

int geokg__map_get(const geokg_map *m, const void *key, size_t n, size_t *val)
{
	size_t i;

	if (!m->cap)
		return 0;
	i = map_slot(m, key, n, geokg__hash(key, n));
	if (!m->keys[i])
		return 0;
	if (val)
		*val = m->vals[i];
	return 1;
}

/* Double the table (or create it) and reinsert every key. */
static int map_resize(geokg_map *m)
{
	geokg_map n = {0};
	size_t i;

	n.cap = m->cap ? m->cap * 2 : 16;
	n.keys = calloc(n.cap, sizeof *n.keys);
	n.klen = malloc(n.cap * sizeof *n.klen);
	n.vals = malloc(n.cap * sizeof *n.vals);
	n.hashes = malloc(n.cap * sizeof *n.hashes);
	if (!n.keys || !n.klen || !n.vals || !n.hashes) {
		free(n.keys);
		free(n.klen);
		free(n.vals);
		free(n.hashes);
		return GEOKG_ENOMEM;
	}
	for (i = 0; i < m->cap; i++) {
		size_t j;

		if (!m->keys[i])
			continue;
		j = map_slot(&n, m->keys[i], m->klen[i], m->hashes[i]);
		n.keys[j] = m->keys[i];
		n.klen[j] = m->klen[i];
		n.vals[j] = m->vals[i];
		n.hashes[j] = m->hashes[i];
	}
	n.count = m->count;
	free(m->keys);
	free(m->klen);
	free(m->vals);
	free(m->hashes);
	*m = n;
	return 0;
}

int geokg__map_put(geokg_map *m, const void *key, size_t n, size_t val)
{
	uint64_t h = geokg__hash(key, n);
	size_t i;
	char *k;

	if ((m->count + 1) * 4 >= m->cap * 3 && map_resize(m))
		return GEOKG_ENOMEM;
	i = map_slot(m, key, n, h);
	if (m->keys[i]) {
		m->vals[i] = val;
		return 0;
	}
	k = malloc(n + 1);
	if (!k)
		return GEOKG_ENOMEM;
	memcpy(k, key, n);
	k[n] = '\0';
	m->keys[i] = k;
	m->klen[i] = n;
	m->vals[i] = val;
	m->hashes[i] = h;
	m->count++;
	return 0;
}

void geokg__map_free(geokg_map *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->klen);
	free(m->vals);
	free(m->hashes);
	memset(m, 0, sizeof *m);
}

const char *geokg__intern_n(geokg_pool *p, const char *s, size_t n)
{
	size_t idx;

	if (!s)
		return NULL;
	if (geokg__map_get(&p->map, s, n, &idx))
		return p->strs[idx];
	if (geokg__grow(&p->strs, &p->cap, p->n + 1, sizeof *p->strs))
		return NULL;
	if (geokg__map_put(&p->map, s, n, p->n))
		return NULL;
	/* The map owns a NUL-terminated copy of the key; share it. */
	p->strs[p->n] = p->map.keys[map_slot(&p->map, s, n, geokg__hash(s, n))];
	return p->strs[p->n++];
}

const char *geokg__intern(geokg_pool *p, const char *s)
{
	return s ? geokg__intern_n(p, s, strlen(s)) : NULL;
}

void geokg__pool_free(geokg_pool *p)
{
	geokg__map_free(&p->map);
	free(p->strs);
	memset(p, 0, sizeof *p);
}

int geokg__strcmp0(const char *a, const char *b)
{
	if (a == b)
		return 0;
	if (!a)
		return -1;
	if (!b)
		return 1;
	return strcmp(a, b);
}
