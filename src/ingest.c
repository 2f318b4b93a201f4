/*
 * ingest.c - extract whole collections into one corpus graph: files,
 * directories, JSON Lines and CSV documents, with worker threads, the
 * record of known documents (GRAPH.docs) and atomic saving.
 *
 * The main thread walks the inputs and cuts them into documents; a
 * document already known (same id, same content hash) is skipped there.
 * The others go through a bounded queue to N workers, each of which
 * extracts a document and merges its graph into the worker's own
 * accumulator.  At the end the accumulators are merged into the corpus
 * graph.  Merging is commutative and associative, so the result does not
 * depend on which worker took which document, nor on N.
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "csv.h"
#include "util.h"

/* ---- content hashes ------------------------------------------------ */

#define HASH_HEX 33 /* 32 hex digits and a NUL */

/* 128-bit FNV-1a of the parts, written as 32 hex digits. */
static void hash128(const char *const *parts, const size_t *lens, size_t n,
                    char out[HASH_HEX])
{
	static const unsigned __int128 prime =
		((unsigned __int128)0x0000000001000000ULL << 64) | 0x000000000000013BULL;
	unsigned __int128 h = ((unsigned __int128)0x6C62272E07BB0142ULL << 64) |
	                      0x62B821756295C58DULL;
	size_t i, k;

	for (k = 0; k < n; k++)
		for (i = 0; i < lens[k]; i++) {
			h ^= (unsigned char)parts[k][i];
			h *= prime;
		}
	snprintf(out, HASH_HEX, "%016llx%016llx", (unsigned long long)(h >> 64),
	         (unsigned long long)h);
}

/* The content hash of a document: its date and text. */
static void doc_hash(const char *date, const char *text, size_t len,
                     char out[HASH_HEX])
{
	const char *parts[3] = {date ? date : "", "\n", text};
	size_t lens[3] = {date ? strlen(date) : 0, 1, len};

	hash128(parts, lens, 3, out);
}

/* ---- known documents ----------------------------------------------- */

typedef struct doc_rec {
	char *id;
	char hash[HASH_HEX];
	unsigned char gone;   /* 1: removed (a failed document) */
} doc_rec;

struct geokg_docset {
	geokg_map index;      /* id -> record number */
	doc_rec *recs;
	size_t n, cap, live;
};

int geokg_docset_new(geokg_docset **out, geokg_error *err)
{
	*out = calloc(1, sizeof **out);
	return *out ? 0 : geokg__nomem(err);
}

void geokg_docset_free(geokg_docset *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->n; i++)
		free(d->recs[i].id);
	free(d->recs);
	geokg__map_free(&d->index);
	free(d);
}

size_t geokg_docset_count(const geokg_docset *d)
{
	return d->live;
}

/* The hash recorded for id, or NULL. */
static const char *docset_get(const geokg_docset *d, const char *id)
{
	size_t at;

	if (!geokg__map_get(&d->index, id, strlen(id), &at) || d->recs[at].gone)
		return NULL;
	return d->recs[at].hash;
}

/* Record (id, hash), replacing what id had.  0 or GEOKG_ENOMEM. */
static int docset_put(geokg_docset *d, const char *id, const char *hash)
{
	doc_rec *r;
	size_t at;

	if (geokg__map_get(&d->index, id, strlen(id), &at)) {
		r = &d->recs[at];
		d->live += r->gone;
		r->gone = 0;
		memcpy(r->hash, hash, HASH_HEX);
		return 0;
	}
	if (geokg__grow(&d->recs, &d->cap, d->n + 1, sizeof *d->recs))
		return GEOKG_ENOMEM;
	r = &d->recs[d->n];
	if (!(r->id = strdup(id)) ||
	    geokg__map_put(&d->index, id, strlen(id), d->n)) {
		free(r->id);
		return GEOKG_ENOMEM;
	}
	memcpy(r->hash, hash, HASH_HEX);
	r->gone = 0;
	d->n++;
	d->live++;
	return 0;
}

static void docset_remove(geokg_docset *d, const char *id)
{
	size_t at;

	if (geokg__map_get(&d->index, id, strlen(id), &at) && !d->recs[at].gone) {
		d->recs[at].gone = 1;
		d->live--;
	}
}

/* ---- the GRAPH.docs file ------------------------------------------- */

/* Append id to b with \\, \t, \n, \r escaped. */
static int put_escaped(geokg_buf *b, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, "\\\t\n\r");
		const char *e = s[n] == '\\' ? "\\\\" : s[n] == '\t' ? "\\t" :
		                s[n] == '\n' ? "\\n" : s[n] == '\r' ? "\\r" : "";

		if (geokg__buf_put(b, s, n) || geokg__buf_puts(b, e))
			return GEOKG_ENOMEM;
		s += n + (s[n] != '\0');
	}
	return 0;
}

/* Undo put_escaped in place. */
static void unescape(char *s)
{
	char *o = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

static int rec_cmp(const void *a, const void *b)
{
	return strcmp((*(doc_rec *const *)a)->id, (*(doc_rec *const *)b)->id);
}

/* The text of GRAPH.docs: a header naming the graph file's hash, then
 * "HASH<TAB>ID" lines sorted by id. */
static int docs_text(const geokg_docset *d, const char *graph_hash,
                     geokg_buf *b)
{
	doc_rec **order = malloc((d->n ? d->n : 1) * sizeof *order);
	size_t i, k = 0;
	int rc = 0;

	if (!order)
		return GEOKG_ENOMEM;
	for (i = 0; i < d->n; i++)
		if (!d->recs[i].gone)
			order[k++] = &d->recs[i];
	qsort(order, k, sizeof *order, rec_cmp);
	rc = geokg__buf_printf(b, "geokg-docs 1 %s\n", graph_hash);
	for (i = 0; !rc && i < k; i++) {
		rc = geokg__buf_put(b, order[i]->hash, HASH_HEX - 1);
		if (!rc)
			rc = geokg__buf_put(b, "\t", 1);
		if (!rc)
			rc = put_escaped(b, order[i]->id);
		if (!rc)
			rc = geokg__buf_puts(b, "\n");
	}
	free(order);
	return rc;
}

/* Read GRAPH.docs into d unless it was written for another graph file. */
static int docs_read(geokg_docset *d, const char *path, const char *graph_hash,
                     geokg_error *err)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, want[64];
	size_t cap = 0;
	ssize_t n;
	int rc = 0;

	if (!f)
		return errno == ENOENT ? 0 : geokg__fail(err, GEOKG_EIO, "%s: %s",
		                                          path, strerror(errno));
	snprintf(want, sizeof want, "geokg-docs 1 %s\n", graph_hash);
	if ((n = getline(&line, &cap, f)) < 0 || strcmp(line, want) != 0)
		goto done; /* stale or foreign: start afresh */
	while (!rc && (n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (n < HASH_HEX + 1 || line[HASH_HEX - 1] != '\t')
			continue;
		line[HASH_HEX - 1] = '\0';
		unescape(line + HASH_HEX);
		if (docset_put(d, line + HASH_HEX, line))
			rc = geokg__nomem(err);
	}
done:
	free(line);
	fclose(f);
	return rc;
}

/* ---- files --------------------------------------------------------- */

/* A file's bytes, mapped (or empty). */
typedef struct mapped {
	const char *data;
	size_t len;
	void *map;
} mapped;

static int map_file(mapped *m, const char *path, geokg_error *err)
{
	struct stat st;
	int fd;

	memset(m, 0, sizeof *m);
	m->data = "";
	if ((fd = open(path, O_RDONLY)) < 0)
		return geokg__fail(err, errno == ENOENT ? GEOKG_ENOTFOUND : GEOKG_EIO,
		                   "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
		close(fd);
		return geokg__fail(err, GEOKG_EIO, "%s: %s", path,
		                   S_ISDIR(st.st_mode) ? "is a directory" : strerror(errno));
	}
	if (st.st_size > 0) {
		m->map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m->map == MAP_FAILED) {
			m->map = NULL;
			close(fd);
			return geokg__fail(err, GEOKG_EIO, "%s: %s", path, strerror(errno));
		}
		m->data = m->map;
		m->len = (size_t)st.st_size;
	}
	close(fd);
	return 0;
}

static void unmap_file(mapped *m)
{
	if (m->map)
		munmap(m->map, m->len);
	memset(m, 0, sizeof *m);
}

static char *docs_path(const char *path)
{
	char *p = malloc(strlen(path) + 6);

	if (p)
		sprintf(p, "%s.docs", path);
	return p;
}

int geokg_corpus_open(geokg_graph **g, geokg_docset **docs, const char *path,
                      geokg_error *err)
{
	char hash[HASH_HEX], *dp = NULL;
	mapped m;
	int rc;

	*g = NULL;
	*docs = NULL;
	if ((rc = geokg_docset_new(docs, err)))
		return rc;
	if ((rc = map_file(&m, path, err))) {
		if (rc != GEOKG_ENOTFOUND)
			goto fail;
		return geokg_graph_new(g, err); /* a new corpus */
	}
	{
		const char *parts[1] = {m.data};
		size_t lens[1] = {m.len};

		hash128(parts, lens, 1, hash);
	}
	rc = geokg_graph_load_buffer(g, m.data, m.len, path, err);
	unmap_file(&m);
	if (rc)
		goto fail;
	if (!(dp = docs_path(path))) {
		rc = geokg__nomem(err);
		goto fail;
	}
	rc = docs_read(*docs, dp, hash, err);
	free(dp);
	if (!rc)
		return 0;
fail:
	geokg_graph_free(*g);
	geokg_docset_free(*docs);
	*g = NULL;
	*docs = NULL;
	return rc;
}

int geokg_corpus_save(const geokg_graph *g, const geokg_docset *docs,
                      const char *path, geokg_error *err)
{
	char hash[HASH_HEX], *text = NULL, *dp = NULL;
	geokg_buf b = {0};
	size_t len;
	int rc;

	if ((rc = geokg_graph_dump(g, 0, &text, &len, err)))
		return rc;
	{
		const char *parts[1] = {text};
		size_t lens[1] = {len};

		hash128(parts, lens, 1, hash);
	}
	if ((rc = geokg__write_file(path, text, len, err)))
		goto done;
	if (!(dp = docs_path(path)) || docs_text(docs, hash, &b)) {
		rc = geokg__nomem(err);
		goto done;
	}
	rc = geokg__write_file(dp, b.data, b.len, err);
done:
	geokg__buf_free(&b);
	free(dp);
	free(text);
	return rc;
}

/* ---- the run ------------------------------------------------------- */

typedef enum ftype { F_TEXT, F_JSONL, F_CSV, F_TSV } ftype;

/* A document in a batch: offsets of its NUL-terminated id, date (NONE:
 * no date) and text in the batch's buffer. */
#define NONE ((size_t)-1)
typedef struct job {
	size_t id, date, text, len, bytes;
} job;

/* The unit of hand-over: documents copied into one buffer.  Handing
 * documents over one by one costs more than extracting a short one, and
 * a buffer per batch (recycled) spares the workers freeing the main
 * thread's allocations, which contend for malloc's lock. */
typedef struct batch {
	geokg_buf buf;
	job *jobs;
	size_t n, cap;
	struct batch *next;
} batch;

typedef struct worker worker;

typedef struct run {
	const geokg_ingest_options *opt;
	geokg_docset *docs;
	geokg_error *err;
	/* the queue of batches, and the spare batches, under lock */
	pthread_mutex_t lock;
	pthread_cond_t not_empty, not_full;
	batch *head, *tail, *spare;
	size_t queued, max_queued;
	int closed;
	/* the batch being filled (main thread only) */
	batch *filling;
	worker *inline_worker; /* one thread: the main thread extracts */
	/* progress and messages, under out_lock */
	pthread_mutex_t out_lock;
	geokg_ingest_progress prog;
	struct timespec last;
	char **failed;
	size_t n_failed, cap_failed;
	int nomem;
	/* the files */
	char **paths;
	ftype *types;
	size_t n_files, cap_files, cap_types;
	geokg_map dirs; /* directories walked, by (device, inode) */
} run;

static void batch_free(batch *b)
{
	if (!b)
		return;
	geokg__buf_free(&b->buf);
	free(b->jobs);
	free(b);
}

/* Report a problem (under out_lock). */
static void warn_locked(run *r, const char *fmt, ...) GEOKG_PRINTF(2, 3);
static void warn_locked(run *r, const char *fmt, ...)
{
	char msg[GEOKG_ERROR_MAX];
	va_list ap;

	if (!r->opt->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->opt->warn(r->opt->warn_ctx, msg);
}

/* Tell the progress callback, at most every 100 ms unless `force`
 * (under out_lock). */
static void progress_locked(run *r, int force)
{
	struct timespec now;

	if (!r->opt->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!force && (now.tv_sec - r->last.tv_sec) * 1000000000L +
	                      (now.tv_nsec - r->last.tv_nsec) < 100000000L)
		return;
	r->last = now;
	r->opt->progress(r->opt->progress_ctx, &r->prog);
}

/* Count documents extracted and bytes done, and tell the progress
 * callback. */
static void count_done(run *r, size_t docs, size_t bytes)
{
	pthread_mutex_lock(&r->out_lock);
	r->prog.docs += docs;
	r->prog.bytes_done += bytes;
	progress_locked(r, 0);
	pthread_mutex_unlock(&r->out_lock);
}

/* A failed document: reported, counted, and forgotten by the docset at
 * the end so that a later run tries it again. */
static void doc_failed(run *r, const char *id, const char *msg)
{
	char *copy = strdup(id);

	pthread_mutex_lock(&r->out_lock);
	r->prog.failed++;
	warn_locked(r, "%s: %s; document skipped", id, msg);
	if (!copy || geokg__grow(&r->failed, &r->cap_failed, r->n_failed + 1,
	                         sizeof *r->failed)) {
		free(copy);
		r->nomem = 1;
	} else {
		r->failed[r->n_failed++] = copy;
	}
	pthread_mutex_unlock(&r->out_lock);
}

/* Give back `done` (a worker's last batch, or NULL) as a spare and take
 * the next batch of the queue; NULL when the queue is closed and empty. */
static batch *queue_pop(run *r, batch *done)
{
	batch *b;

	pthread_mutex_lock(&r->lock);
	if (done) {
		done->n = done->buf.len = 0;
		done->next = r->spare;
		r->spare = done;
	}
	while (!r->head && !r->closed)
		pthread_cond_wait(&r->not_empty, &r->lock);
	if ((b = r->head)) {
		r->head = b->next;
		if (!r->head)
			r->tail = NULL;
		__atomic_sub_fetch(&r->queued, 1, __ATOMIC_RELAXED);
		pthread_cond_signal(&r->not_full);
	}
	pthread_mutex_unlock(&r->lock);
	return b;
}

/* Queue b (waiting while the queue is full); returns a spare batch to
 * fill next, or NULL when there is none. */
static batch *queue_push(run *r, batch *b)
{
	batch *s;

	pthread_mutex_lock(&r->lock);
	while (r->queued >= r->max_queued)
		pthread_cond_wait(&r->not_full, &r->lock);
	b->next = NULL;
	if (r->tail)
		r->tail->next = b;
	else
		r->head = b;
	r->tail = b;
	__atomic_add_fetch(&r->queued, 1, __ATOMIC_RELAXED);
	pthread_cond_signal(&r->not_empty);
	if ((s = r->spare))
		r->spare = s->next;
	pthread_mutex_unlock(&r->lock);
	return s;
}

static void queue_close(run *r)
{
	pthread_mutex_lock(&r->lock);
	r->closed = 1;
	pthread_cond_broadcast(&r->not_empty);
	pthread_mutex_unlock(&r->lock);
}

struct worker {
	run *r;
	geokg_graph *acc; /* this worker's share of the corpus */
	pthread_t thread;
	int started;
};

/* Extract one document into w->acc; 0, or -1 when it failed (reported). */
static int extract_one(worker *w, const char *id, const char *date,
                       const char *text, size_t len)
{
	run *r = w->r;
	geokg_graph *dg = NULL;
	geokg_error e;
	int rc;

	e.message[0] = '\0';
	rc = r->opt->extract(r->opt->extract_ctx, id, date, text, len, &dg, &e);
	if (!rc)
		rc = geokg_graph_merge(w->acc, dg, NULL, NULL, &e);
	geokg_graph_free(dg);
	if (rc)
		doc_failed(r, id, e.message[0] ? e.message : geokg_strerror(rc));
	return rc ? -1 : 0;
}

/* Extract the batches of the queue into w->acc until it closes. */
static void *work(void *arg)
{
	worker *w = arg;
	batch *b = NULL;
	size_t i, docs, bytes;

	while ((b = queue_pop(w->r, b))) {
		docs = bytes = 0;
		for (i = 0; i < b->n; i++) {
			const job *j = &b->jobs[i];
			const char *s = b->buf.data;

			docs += extract_one(w, s + j->id, j->date == NONE ? NULL : s + j->date,
			                    s + j->text, j->len) == 0;
			bytes += j->bytes;
		}
		count_done(w->r, docs, bytes);
	}
	return NULL;
}

/* Hand the batch being filled to the workers. */
static void flush_batch(run *r)
{
	if (r->filling && r->filling->n)
		r->filling = queue_push(r, r->filling);
}

/* Append s (n bytes and a NUL) to b's buffer; its offset in *at. */
static int batch_put(batch *b, const char *s, size_t n, size_t *at)
{
	*at = b->buf.len;
	if (geokg__buf_put(&b->buf, s, n))
		return GEOKG_ENOMEM;
	b->buf.len++; /* keep the NUL that ends s */
	return 0;
}

/* Add a document to the batch being filled, which goes to the workers
 * when it holds 64 documents or 256 kB, or at once when the queue is
 * empty (the workers would wait).  0 or GEOKG_ENOMEM. */
static int enqueue(run *r, const char *id, const char *date, const char *text,
                   size_t len, size_t bytes)
{
	batch *b = r->filling;
	job *j;

	if (!b && !(b = r->filling = calloc(1, sizeof *b)))
		return GEOKG_ENOMEM;
	if (geokg__grow(&b->jobs, &b->cap, b->n + 1, sizeof *b->jobs))
		return GEOKG_ENOMEM;
	j = &b->jobs[b->n];
	j->date = NONE;
	j->len = len;
	j->bytes = bytes;
	if (batch_put(b, id, strlen(id), &j->id) ||
	    (date && batch_put(b, date, strlen(date), &j->date)) ||
	    batch_put(b, text, len, &j->text))
		return GEOKG_ENOMEM;
	if (++b->n >= 64 || b->buf.len >= 256 * 1024 ||
	    __atomic_load_n(&r->queued, __ATOMIC_RELAXED) == 0)
		flush_batch(r);
	return 0;
}

/* Extract a document unless it is known: here with one thread, else in
 * a worker.  Takes ownership of id, date and text (malloc'd). */
static int submit(run *r, char *id, char *date, char *text, size_t len,
                  size_t bytes)
{
	char hash[HASH_HEX];
	const char *had;
	int rc = 0;

	doc_hash(date, text, len, hash);
	if ((had = docset_get(r->docs, id)) && strcmp(had, hash) == 0) {
		pthread_mutex_lock(&r->out_lock);
		r->prog.known++;
		r->prog.bytes_done += bytes;
		progress_locked(r, 0);
		pthread_mutex_unlock(&r->out_lock);
	} else if (docset_put(r->docs, id, hash)) {
		rc = GEOKG_ENOMEM;
	} else if (r->inline_worker) {
		count_done(r, extract_one(r->inline_worker, id, date, text, len) == 0,
		           bytes);
	} else {
		rc = enqueue(r, id, date, text, len, bytes);
	}
	free(id);
	free(date);
	free(text);
	return rc ? geokg__nomem(r->err) : 0;
}

static char *dup_n(const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

/* A document's date as given: NULL when empty, the normalised date when
 * it parses, or *bad = 1. */
static char *norm_date(const char *s, int *bad)
{
	char d[11];

	*bad = 0;
	if (!s || !*s)
		return NULL;
	if (geokg__date_parse(s, d)) {
		*bad = 1;
		return NULL;
	}
	return strdup(d);
}

/* A skipped document that never reached the workers. */
static void bad_doc(run *r, const char *where, size_t line, const char *what,
                    size_t bytes)
{
	char id[GEOKG_ERROR_MAX];

	snprintf(id, sizeof id, "%s:%zu", where, line);
	doc_failed(r, id, what);
	pthread_mutex_lock(&r->out_lock);
	r->prog.bytes_done += bytes;
	pthread_mutex_unlock(&r->out_lock);
}

/* ---- producers ----------------------------------------------------- */

static int produce_text(run *r, const char *path, const mapped *m)
{
	char *id = strdup(path), *text = dup_n(m->data, m->len);

	if (!id || !text) {
		free(id);
		free(text);
		return geokg__nomem(r->err);
	}
	return submit(r, id, NULL, text, m->len, m->len);
}

/* One JSON Lines document: {"id": ..., "date": ..., "text": ...}. */
static int produce_json_line(run *r, const char *path, size_t lineno,
                             const char *s, size_t n)
{
	json_error_t je;
	json_t *o = json_loadb(s, n, 0, &je), *id, *date, *text;
	char where[64], *d = NULL, *t = NULL, *i = NULL;
	size_t tlen;
	int bad = 0;

	if (!o || !json_is_object(o)) {
		bad_doc(r, path, lineno, o ? "not a JSON object" : je.text, n);
		json_decref(o);
		return 0;
	}
	id = json_object_get(o, "id");
	date = json_object_get(o, "date");
	text = json_object_get(o, "text");
	if (!json_is_string(text) ||
	    (id && !json_is_null(id) && !json_is_string(id) && !json_is_integer(id)) ||
	    (date && !json_is_null(date) && !json_is_string(date))) {
		bad_doc(r, path, lineno, "needs a string \"text\" (and string \"id\", \"date\")", n);
		json_decref(o);
		return 0;
	}
	d = norm_date(json_string_value(date), &bad);
	if (bad) {
		bad_doc(r, path, lineno, "bad date", n);
		json_decref(o);
		return 0;
	}
	snprintf(where, sizeof where, ":%zu", lineno);
	if (json_is_string(id) && *json_string_value(id))
		i = strdup(json_string_value(id));
	else if (json_is_integer(id) && (i = malloc(32)))
		snprintf(i, 32, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
	else if ((i = malloc(strlen(path) + strlen(where) + 1)))
		sprintf(i, "%s%s", path, where);
	tlen = json_string_length(text);
	t = dup_n(json_string_value(text), tlen);
	json_decref(o);
	if (!i || !t) {
		free(i);
		free(t);
		free(d);
		return geokg__nomem(r->err);
	}
	return submit(r, i, d, t, tlen, n);
}

static int produce_jsonl(run *r, const char *path, const mapped *m)
{
	size_t pos = 0, lineno = 0;
	int rc = 0;

	while (!rc && pos < m->len) {
		const char *nl = memchr(m->data + pos, '\n', m->len - pos);
		size_t end = nl ? (size_t)(nl - m->data) : m->len, b = pos;

		lineno++;
		pos = nl ? end + 1 : end;
		while (b < end && isspace((unsigned char)m->data[b]))
			b++;
		if (b < end)
			rc = produce_json_line(r, path, lineno, m->data + b, end - b);
	}
	return rc;
}

/* The columns of a CSV file's documents. */
typedef struct columns {
	long text[16];
	size_t n_text;
	long id, date;
} columns;

/* Find one column: by header name, or by number (from 1) without a
 * header or when no header cell has that name. */
static int find_column(const geokg_csv *c, const char *name, size_t len,
                       int no_header, long *out, geokg_error *err)
{
	char want[256];
	geokg_buf cols = {0};
	size_t i;
	int rc;

	snprintf(want, sizeof want, "%.*s", (int)len, name);
	if (!no_header && (*out = geokg__csv_find(c, want)) >= 0)
		return 0;
	if (*want && strspn(want, "0123456789") == strlen(want) && atol(want) >= 1 &&
	    (size_t)atol(want) <= c->n) {
		*out = atol(want) - 1;
		return 0;
	}
	for (i = 0; i < c->n && i < 12; i++)
		geokg__buf_printf(&cols, "%s'%s'", i ? ", " : "", c->fields[i]);
	if (c->n > 12)
		geokg__buf_puts(&cols, ", ...");
	if (no_header)
		rc = geokg__fail(err, GEOKG_EINVAL, "%s: no column %s (rows have %zu)",
		                 c->name, want, c->n);
	else
		rc = geokg__fail(err, GEOKG_EINVAL, "%s:%zu: no column '%s' (columns: %s)",
		                 c->name, c->line, want, cols.data ? cols.data : "none");
	geokg__buf_free(&cols);
	return rc;
}

/* Resolve the columns named by the options against the first record. */
static int csv_columns(const geokg_ingest_options *o, const geokg_csv *c,
                       columns *col, geokg_error *err)
{
	const char *s = o->text_column;
	int rc;

	memset(col, 0, sizeof *col);
	col->id = col->date = -1;
	if (!s || !*s)
		return geokg__fail(err, GEOKG_EINVAL,
		                   "%s: CSV documents need --text-column", c->name);
	while (*s) {
		size_t n = strcspn(s, ",");

		if (col->n_text == sizeof col->text / sizeof *col->text)
			return geokg__fail(err, GEOKG_EINVAL, "too many text columns");
		if ((rc = find_column(c, s, n, o->no_header, &col->text[col->n_text++], err)))
			return rc;
		s += n + (s[n] == ',');
	}
	if (o->id_column &&
	    (rc = find_column(c, o->id_column, strlen(o->id_column), o->no_header,
	                      &col->id, err)))
		return rc;
	if (o->date_column &&
	    (rc = find_column(c, o->date_column, strlen(o->date_column), o->no_header,
	                      &col->date, err)))
		return rc;
	return 0;
}

/* Open a CSV reader on m and resolve the columns from its first record;
 * returns 1 when there is a first record, 0 for an empty file. */
static int csv_open(run *r, const char *path, const mapped *m, ftype t,
                    geokg_csv *c, columns *col)
{
	int rc;

	geokg__csv_init(c, m->data, m->len, path, t == F_TSV ? '\t' : ',', t == F_CSV);
	if ((rc = geokg__csv_next(c, r->err)) <= 0)
		return rc;
	if ((rc = csv_columns(r->opt, c, col, r->err)))
		return rc;
	return 1;
}

/* The document of the current CSV row. */
static int produce_row(run *r, const char *path, const geokg_csv *c,
                       const columns *col, size_t row, size_t bytes)
{
	geokg_buf text = {0};
	char *id = NULL, *date = NULL;
	size_t i;
	int bad = 0;

	for (i = 0; i < col->n_text; i++) {
		const char *f = (size_t)col->text[i] < c->n ? c->fields[col->text[i]] : "";

		if (*f && ((text.len && geokg__buf_puts(&text, "\n\n")) ||
		           geokg__buf_puts(&text, f)))
			goto nomem;
	}
	if (!text.len) {
		bad_doc(r, path, c->line, "no text", bytes);
		return 0;
	}
	if (col->date >= 0 && (size_t)col->date < c->n)
		date = norm_date(c->fields[col->date], &bad);
	if (bad) {
		bad_doc(r, path, c->line, "bad date", bytes);
		geokg__buf_free(&text);
		return 0;
	}
	if (col->id >= 0 && (size_t)col->id < c->n && *c->fields[col->id])
		id = strdup(c->fields[col->id]);
	else if ((id = malloc(strlen(path) + 24)))
		sprintf(id, "%s:%zu", path, row);
	if (!id)
		goto nomem;
	return submit(r, id, date, text.data, text.len, bytes);
nomem:
	free(date);
	geokg__buf_free(&text);
	return geokg__nomem(r->err);
}

/* The documents of a CSV file.  A malformed record (an unclosed quote)
 * ends the file with a report; the documents before it stay. */
static int produce_csv(run *r, const char *path, const mapped *m, ftype t)
{
	geokg_csv c;
	geokg_error e;
	columns col;
	size_t row = 0, at;
	int rc;

	if ((rc = csv_open(r, path, m, t, &c, &col)) <= 0)
		goto done;
	if (r->opt->no_header && (rc = produce_row(r, path, &c, &col, ++row, c.pos)))
		goto done;
	for (at = c.pos; (rc = geokg__csv_next(&c, &e)) == 1; at = c.pos) {
		if (c.n == 1 && !*c.fields[0])
			continue; /* a blank line */
		if ((rc = produce_row(r, path, &c, &col, ++row, c.pos - at)))
			break;
	}
	if (rc == GEOKG_EINVAL) {
		pthread_mutex_lock(&r->out_lock);
		r->prog.bytes_done += m->len - at;
		warn_locked(r, "%s; the rest of the file skipped", e.message);
		pthread_mutex_unlock(&r->out_lock);
		rc = 0;
	} else if (rc == GEOKG_ENOMEM) {
		geokg__nomem(r->err);
	}
done:
	geokg__csv_free(&c);
	return rc < 0 ? rc : 0;
}

/* ---- the inputs ---------------------------------------------------- */

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The kind of a file by its name; *known is 0 for other names. */
static ftype type_of(const char *path, int *known)
{
	*known = 1;
	if (ends_with(path, ".jsonl"))
		return F_JSONL;
	if (ends_with(path, ".csv"))
		return F_CSV;
	if (ends_with(path, ".tsv"))
		return F_TSV;
	*known = ends_with(path, ".txt");
	return F_TEXT;
}

static int add_file(run *r, const char *path, ftype t, size_t size)
{
	char *p = strdup(path);

	if (!p || geokg__grow(&r->paths, &r->cap_files, r->n_files + 1, sizeof *r->paths)) {
		free(p);
		return geokg__nomem(r->err);
	}
	if (geokg__grow(&r->types, &r->cap_types, r->n_files + 1, sizeof *r->types)) {
		free(p);
		return geokg__nomem(r->err);
	}
	r->paths[r->n_files] = p;
	r->types[r->n_files++] = t;
	r->prog.files++;
	r->prog.bytes_total += size;
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void bad_path(run *r, const char *path, const char *why)
{
	pthread_mutex_lock(&r->out_lock);
	r->prog.bad_paths++;
	warn_locked(r, "%s: %s; skipped", path, why);
	pthread_mutex_unlock(&r->out_lock);
}

static int walk(run *r, const char *path, int named);

/* The entries of a directory, sorted, hidden ones left out.  A directory
 * is walked once: one reached again through a symbolic link (a loop, or
 * a second link to it) is reported and skipped. */
static int walk_dir(run *r, const char *path, const struct stat *st)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	unsigned long long key[2];
	int rc = 0;

	key[0] = (unsigned long long)st->st_dev;
	key[1] = (unsigned long long)st->st_ino;
	if (geokg__map_get(&r->dirs, key, sizeof key, NULL)) {
		bad_path(r, path, "a directory already walked (a symbolic link "
		         "loop or a second link)");
		return 0;
	}
	if (geokg__map_put(&r->dirs, key, sizeof key, 0))
		return geokg__nomem(r->err);
	if (!(d = opendir(path))) {
		bad_path(r, path, strerror(errno));
		return 0;
	}
	while ((e = readdir(d))) {
		char *full;

		if (e->d_name[0] == '.')
			continue;
		if (!(full = malloc(strlen(path) + strlen(e->d_name) + 2)) ||
		    geokg__grow(&names, &cap, n + 1, sizeof *names)) {
			free(full);
			rc = geokg__nomem(r->err);
			break;
		}
		sprintf(full, "%s%s%s", path, ends_with(path, "/") ? "" : "/", e->d_name);
		names[n++] = full;
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (i = 0; i < n; i++) {
		if (!rc)
			rc = walk(r, names[i], 0);
		free(names[i]);
	}
	free(names);
	return rc;
}

/* Add a path: a file (named ones of any name, found ones by extension)
 * or a directory, recursively. */
static int walk(run *r, const char *path, int named)
{
	struct stat st;
	int known;
	ftype t;

	if (strcmp(path, "-") == 0)
		return add_file(r, "-", F_JSONL, 0); /* JSON Lines on stdin */
	if (stat(path, &st) != 0) {
		bad_path(r, path, strerror(errno));
		return 0;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(r, path, &st);
	t = type_of(path, &known);
	if (!S_ISREG(st.st_mode)) {
		if (named)
			bad_path(r, path, "not a regular file");
		return 0;
	}
	if (!known && !named)
		return 0;
	return add_file(r, path, t, (size_t)st.st_size);
}

/* Check every CSV file's columns before extracting anything. */
static int check_csv_files(run *r)
{
	size_t i;
	int rc = 0;

	for (i = 0; !rc && i < r->n_files; i++) {
		geokg_csv c;
		columns col;
		mapped m;

		if (r->types[i] != F_CSV && r->types[i] != F_TSV)
			continue;
		if (map_file(&m, r->paths[i], NULL))
			continue; /* reported when it is read */
		rc = csv_open(r, r->paths[i], &m, r->types[i], &c, &col);
		geokg__csv_free(&c);
		unmap_file(&m);
	}
	return rc < 0 ? rc : 0;
}

/* JSON Lines documents on standard input, read whole. */
static int produce_stdin(run *r)
{
	geokg_buf b = {0};
	char chunk[65536];
	mapped m;
	size_t n;
	int rc;

	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		if (geokg__buf_put(&b, chunk, n)) {
			geokg__buf_free(&b);
			return geokg__nomem(r->err);
		}
	if (ferror(stdin)) {
		bad_path(r, "<stdin>", strerror(errno));
		geokg__buf_free(&b);
		return 0;
	}
	memset(&m, 0, sizeof m);
	m.data = b.data ? b.data : "";
	m.len = b.len;
	pthread_mutex_lock(&r->out_lock);
	r->prog.bytes_total += b.len;
	pthread_mutex_unlock(&r->out_lock);
	rc = produce_jsonl(r, "<stdin>", &m);
	geokg__buf_free(&b);
	return rc;
}

/* Cut one file into documents for the workers. */
static int produce(run *r, size_t i)
{
	const char *path = r->paths[i];
	geokg_error e;
	mapped m;
	int rc;

	if (strcmp(path, "-") == 0)
		return produce_stdin(r);
	if (map_file(&m, path, &e)) {
		/* the message starts with the path */
		const char *why = strncmp(e.message, path, strlen(path)) == 0 ?
		                  e.message + strlen(path) + 2 : e.message;

		bad_path(r, path, why);
		return 0;
	}
	switch (r->types[i]) {
	case F_JSONL: rc = produce_jsonl(r, path, &m); break;
	case F_CSV:
	case F_TSV: rc = produce_csv(r, path, &m, r->types[i]); break;
	default: rc = produce_text(r, path, &m); break;
	}
	unmap_file(&m);
	return rc;
}

/* ---- the whole ----------------------------------------------------- */

static unsigned default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 256 ? 256 : (unsigned)n;
}

/* Start the workers (none for one thread: then the main thread extracts
 * as it reads), feed them every file, wait for them; their graphs in
 * ws[i].acc. */
static int run_workers(run *r, worker *ws, unsigned n)
{
	size_t i;
	unsigned k;
	int rc = 0;

	for (k = 0; k < n; k++) {
		ws[k].r = r;
		if ((rc = geokg_graph_new(&ws[k].acc, r->err)))
			break;
		if (n == 1) {
			r->inline_worker = &ws[k]; /* no thread: this one works */
			break;
		}
		if (pthread_create(&ws[k].thread, NULL, work, &ws[k]) != 0) {
			rc = geokg__fail(r->err, GEOKG_EINTERNAL, "cannot start a thread");
			break;
		}
		ws[k].started = 1;
	}
	for (i = 0; !rc && i < r->n_files; i++)
		rc = produce(r, i);
	flush_batch(r);
	queue_close(r);
	for (k = 0; k < n; k++)
		if (ws[k].started)
			pthread_join(ws[k].thread, NULL);
	return rc;
}

/* Free what a run holds. */
static void run_free(run *r)
{
	batch *b;
	size_t i;

	batch_free(r->filling);
	while ((b = r->spare)) {
		r->spare = b->next;
		batch_free(b);
	}
	for (i = 0; i < r->n_files; i++)
		free(r->paths[i]);
	free(r->paths);
	free(r->types);
	geokg__map_free(&r->dirs);
	for (i = 0; i < r->n_failed; i++)
		free(r->failed[i]);
	free(r->failed);
	pthread_mutex_destroy(&r->lock);
	pthread_mutex_destroy(&r->out_lock);
	pthread_cond_destroy(&r->not_empty);
	pthread_cond_destroy(&r->not_full);
}

int geokg_ingest(geokg_graph *g, geokg_docset *docs,
                 const char *const *paths, size_t n_paths,
                 const geokg_ingest_options *opt,
                 geokg_ingest_progress *summary, geokg_error *err)
{
	unsigned n = opt->threads ? opt->threads : default_threads(), k;
	worker *ws = NULL;
	run r;
	size_t i;
	int rc = 0;

	if (!opt->extract)
		return geokg__fail(err, GEOKG_EINVAL, "ingest without an extractor");
	memset(&r, 0, sizeof r);
	r.opt = opt;
	r.docs = docs;
	r.err = err;
	r.max_queued = 4 * (size_t)n + 4;
	pthread_mutex_init(&r.lock, NULL);
	pthread_mutex_init(&r.out_lock, NULL);
	pthread_cond_init(&r.not_empty, NULL);
	pthread_cond_init(&r.not_full, NULL);
	for (i = 0; !rc && i < n_paths; i++)
		rc = walk(&r, paths[i], 1);
	if (!rc)
		rc = check_csv_files(&r);
	if (!rc && !(ws = calloc(n, sizeof *ws)))
		rc = geokg__nomem(err);
	if (!rc)
		rc = run_workers(&r, ws, n);
	if (!rc && r.nomem)
		rc = geokg__nomem(err);
	for (k = 0; ws && k < n; k++) {
		if (!rc)
			rc = geokg_graph_merge(g, ws[k].acc, NULL, NULL, err);
		geokg_graph_free(ws[k].acc);
	}
	free(ws);
	for (i = 0; i < r.n_failed; i++)
		docset_remove(docs, r.failed[i]);
	if (opt->progress)
		opt->progress(opt->progress_ctx, &r.prog);
	if (summary)
		*summary = r.prog;
	run_free(&r);
	return rc;
}
