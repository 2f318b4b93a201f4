/*
 * util.c - error reporting, allocation helpers, buffers, hash map and
 * intern pool used inside libgeokg.  See util.h for the contracts.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

void geokg__advise_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t b = ((uintptr_t)p + size) & ~(huge - 1);

	if (size >= 2 * huge && b > a)
		(void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
	(void)p;
	(void)size;
#endif
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
	geokg__advise_huge(n, ncap * size);
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
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL), w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	if (n) {
		w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	}
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h;
}

/* ---- arena --------------------------------------------------------- */

struct geokg_chunk {
	struct geokg_chunk *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_CHUNK 65536
#define ARENA_CHUNK_MAX ((size_t)8 << 20)

void *geokg__arena_alloc(geokg_arena *a, size_t n)
{
	struct geokg_chunk *c = a->chunks;
	size_t al = sizeof(max_align_t), need = (n + al - 1) / al * al;
	void *p;

	if (!c || c->size - c->used < need) {
		/* chunks grow fourfold with the arena, up to ARENA_CHUNK_MAX */
		size_t size = !c ? ARENA_CHUNK : c->size < ARENA_CHUNK_MAX ?
		              4 * c->size : ARENA_CHUNK_MAX;
		int alone = need > size; /* a block of its own */

		if (alone)
			size = need;
		if (n > SIZE_MAX / 2 || !(c = malloc(sizeof *c + size)))
			return NULL;
		geokg__advise_huge(c, sizeof *c + size);
		c->used = 0;
		c->size = size;
		if (a->chunks && alone) {
			/* keep the current chunk in front */
			c->next = a->chunks->next;
			a->chunks->next = c;
		} else {
			c->next = a->chunks;
			a->chunks = c;
		}
	}
	p = (char *)c->data + c->used;
	c->used += need;
	return p;
}

void geokg__arena_free(geokg_arena *a)
{
	struct geokg_chunk *c = a->chunks, *next;

	for (; c; c = next) {
		next = c->next;
		free(c);
	}
	a->chunks = NULL;
}

/* ---- map ----------------------------------------------------------- */

/* Whether n bytes at a and b are equal; keys are short, so no call. */
static int key_eq(const char *a, const void *bv, size_t n)
{
	const char *b = bv;
	uint64_t x, y;

	for (; n >= 8; a += 8, b += 8, n -= 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	for (; n; n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* Find the slot for a key: the slot holding it, or the empty slot where it
 * would go.  The map must have at least one empty slot. */
static size_t map_slot(const geokg_map *m, const void *key, size_t n,
                       uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);
	const geokg_map_slot *s;

	for (;;) {
		s = &m->slots[i];
		if (!s->key || (s->hash == h && s->klen == n && key_eq(s->key, key, n)))
			return i;
		i = (i + 1) & (m->cap - 1);
	}
}

int geokg__map_get(const geokg_map *m, const void *key, size_t n, size_t *val)
{
	size_t i;

	if (!m->cap)
		return 0;
	i = map_slot(m, key, n, geokg__hash(key, n));
	if (!m->slots[i].key)
		return 0;
	if (val)
		*val = m->slots[i].val;
	return 1;
}

/* A zeroed table of cap slots.  Big tables are probed at random, so they
 * ask for huge pages (fewer TLB misses), where the system has them. */
static geokg_map_slot *slots_new(size_t cap)
{
	size_t size = cap * sizeof(geokg_map_slot), huge = (size_t)2 << 20;
	void *p = NULL;

	if (size < huge)
		return calloc(cap, sizeof(geokg_map_slot));
	if (posix_memalign(&p, huge, size))
		return NULL;
#ifdef MADV_HUGEPAGE
	(void)madvise(p, size, MADV_HUGEPAGE);
#endif
	memset(p, 0, size);
	return p;
}

/* Double the table (or create it) and reinsert every key. */
static int map_resize(geokg_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 16, i;
	geokg_map_slot *slots = slots_new(cap), *old = m->slots;
	size_t oldcap = m->cap;

	if (!slots)
		return GEOKG_ENOMEM;
	m->slots = slots;
	m->cap = cap;
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			slots[map_slot(m, old[i].key, old[i].klen, old[i].hash)] = old[i];
	free(old);
	return 0;
}

int geokg__map_upsert(geokg_map *m, const void *key, size_t n, size_t val,
                      size_t *valp, const char **keyp)
{
	uint64_t h = geokg__hash(key, n);
	geokg_map_slot *s;
	char *k;
	int inserted = 0;

	if ((m->count + 1) * 4 >= m->cap * 3 && map_resize(m))
		return GEOKG_ENOMEM;
	s = &m->slots[map_slot(m, key, n, h)];
	if (!s->key) {
		if (!(k = geokg__arena_alloc(&m->arena, n + 1)))
			return GEOKG_ENOMEM;
		memcpy(k, key, n);
		k[n] = '\0';
		s->key = k;
		s->klen = n;
		s->val = val;
		s->hash = h;
		m->count++;
		inserted = 1;
	}
	if (valp)
		*valp = s->val;
	if (keyp)
		*keyp = s->key;
	return inserted;
}

int geokg__map_put(geokg_map *m, const void *key, size_t n, size_t val)
{
	geokg_map_slot *s;
	const char *k;
	int rc = geokg__map_upsert(m, key, n, val, NULL, &k);

	if (rc < 0)
		return rc;
	if (rc == 0) {
		/* There already: replace the value. */
		s = &m->slots[map_slot(m, key, n, geokg__hash(key, n))];
		s->val = val;
	}
	return 0;
}

void geokg__map_free(geokg_map *m)
{
	free(m->slots);
	geokg__arena_free(&m->arena);
	memset(m, 0, sizeof *m);
}

const char *geokg__intern_n(geokg_pool *p, const char *s, size_t n)
{
	const char *k;

	if (!s || geokg__map_upsert(&p->map, s, n, 0, NULL, &k) < 0)
		return NULL;
	return k;
}

const char *geokg__intern(geokg_pool *p, const char *s)
{
	return s ? geokg__intern_n(p, s, strlen(s)) : NULL;
}

void geokg__pool_free(geokg_pool *p)
{
	geokg__map_free(&p->map);
}


int geokg__utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (!p)
		return 1;
	while (*p) {
		unsigned c = *p, v;
		size_t n, i;

		if (c < 0x80) {
			p++;
			continue;
		}
		if (c < 0xC2 || c > 0xF4)
			return 0;
		n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		v = c & (0x3Fu >> (n - 1));
		for (i = 1; i < n; i++) {
			if ((p[i] & 0xC0) != 0x80) /* also stops at the NUL */
				return 0;
			v = (v << 6) | (p[i] & 0x3Fu);
		}
		if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) ||
		    v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		p += n;
	}
	return 1;
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

/* Write to a special file in place. */
static int write_in_place(const char *path, const char *data, size_t len,
                          geokg_error *err)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		return geokg__fail(err, GEOKG_EIO, "%s: %s", path, strerror(errno));
	if ((fwrite(data, 1, len, f) != len) | (fclose(f) != 0))
		return geokg__fail(err, GEOKG_EIO, "%s: write error: %s", path,
		                   strerror(errno));
	return 0;
}

/* Whether name is path's base name followed by ".tmp." and the six
 * characters mkstemp() chose: a temporary file of a writer of path. */
static int is_temp_of(const char *name, const char *base, size_t blen)
{
	return strlen(name) == blen + 11 && memcmp(name, base, blen) == 0 &&
	       memcmp(name + blen, ".tmp.", 5) == 0;
}

/* Remove the temporary files of path (path.tmp.XXXXXX) whose writer died
 * before renaming them: a writer holds an exclusive flock() on its
 * temporary file from creation until after the rename, so a file that can
 * be locked has no live writer.  The file is removed only when the name
 * still refers to the locked file.  Best effort: errors are ignored. */
static void remove_stale_temps(const char *path)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
	size_t dlen = slash ? (size_t)(slash - path) + 1 : 0, blen = strlen(base);
	char *dir = NULL, *full = NULL;
	struct dirent *e;
	struct stat a, b;
	DIR *d;
	int fd;

	if (!blen || !(dir = malloc(dlen + 2)) || !(full = malloc(dlen + blen + 12)))
		goto done;
	if (dlen)
		memcpy(dir, path, dlen);
	strcpy(dir + dlen, dlen ? "" : ".");
	if (!(d = opendir(dir)))
		goto done;
	while ((e = readdir(d))) {
		if (!is_temp_of(e->d_name, base, blen))
			continue;
		memcpy(full, path, dlen);
		strcpy(full + dlen, e->d_name);
		fd = open(full, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &a) == 0 &&
		    lstat(full, &b) == 0 && S_ISREG(a.st_mode) &&
		    a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			unlink(full);
		close(fd);
	}
	closedir(d);
done:
	free(dir);
	free(full);
}

/* Create path's temporary file path.tmp.XXXXXX (its name in tmp, which
 * has room for it) and lock it, which marks it as live for
 * remove_stale_temps().  A file that another process's clean-up removed
 * between creation and locking (it has no name left) is dropped and
 * another made.  Returns the descriptor, or -1 with errno set. */
static int create_temp(char *tmp, const char *path, size_t n)
{
	struct stat st;
	int fd, tries;

	for (tries = 0; tries < 100; tries++) {
		memcpy(tmp, path, n);
		memcpy(tmp + n, ".tmp.XXXXXX", 12);
		if ((fd = mkstemp(tmp)) < 0)
			return -1;
		if (flock(fd, LOCK_EX) == 0 && fstat(fd, &st) == 0 && st.st_nlink > 0)
			return fd;
		close(fd);
	}
	errno = EAGAIN;
	return -1;
}

/* Write data to a new temporary file next to path, flush it to disk and
 * rename it over path; the temporary file is removed on failure.  The
 * temporary files of writers of path that died are removed first.  The
 * temporary file stays locked until it has been renamed. */
static int write_atomic(const char *path, const char *data, size_t len,
                        mode_t mode, geokg_error *err)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 16);
	FILE *f = NULL;
	int fd, rc = 0;

	if (!tmp)
		return geokg__nomem(err);
	remove_stale_temps(path);
	if ((fd = create_temp(tmp, path, n)) < 0) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: cannot create a temporary file: %s",
		                 path, strerror(errno));
		goto done;
	}
	(void)fchmod(fd, mode);
	if (!(f = fdopen(fd, "wb"))) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: %s", tmp, strerror(errno));
		close(fd);
	} else if (fwrite(data, 1, len, f) != len || fflush(f) != 0 ||
	           fsync(fileno(f)) != 0) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: write error: %s", path,
		                 strerror(errno));
	} else if (rename(tmp, path) != 0) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: cannot replace: %s", path,
		                 strerror(errno));
	}
	if (rc)
		unlink(tmp);
	if (f)
		fclose(f); /* flushed and synced above: only unlocks and closes */
done:
	free(tmp);
	return rc;
}

int geokg__write_file(const char *path, const char *data, size_t len,
                      geokg_error *err)
{
	struct stat st;
	char *real = NULL;
	int rc;

	if (!*path)
		return geokg__fail(err, GEOKG_EINVAL, "empty file name");
	/* through a symbolic link to a file: replace the file, keep the link */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (real = realpath(path, NULL)))
		path = real;
	if (stat(path, &st) != 0)
		rc = write_atomic(path, data, len, 0644, err);
	else if (!S_ISREG(st.st_mode))
		rc = write_in_place(path, data, len, err);
	else
		rc = write_atomic(path, data, len, st.st_mode & 07777, err);
	free(real);
	return rc;
}
