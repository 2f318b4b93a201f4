/*
 * text.h - private: the text front end of extraction.
 *
 * Reads raw article bytes and hands out sentences one at a time, each a
 * run of tokens.  Along the way it checks UTF-8 (invalid bytes become
 * U+FFFD and are counted), decodes HTML entities and the debris of news
 * feeds ("#39;", " quot;", "&lt;b&gt;", a backslash for a line break),
 * maps typographic quotes, dashes and non-breaking spaces to ASCII, and
 * marks datelines ("WASHINGTON (Reuters) - ").  Every token keeps the byte
 * span it came from in the ORIGINAL input, so evidence can point into it.
 *
 * Memory is bounded: a sentence holds at most GEOKG__SENT_MAX_TOKENS
 * tokens (longer runs are cut), a token's text at most GEOKG__TOK_MAX
 * bytes.  Time is linear in the input.  No regular expressions.
 */
#ifndef GEOKG_TEXT_H
#define GEOKG_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "geokg.h"

#define GEOKG__SENT_MAX_TOKENS 160
#define GEOKG__TOK_MAX 64

/* Token flags. */
enum {
	GEOKG__T_WORD = 1 << 0,    /* letters or digits */
	GEOKG__T_PUNCT = 1 << 1,   /* one punctuation mark (see `punct`) */
	GEOKG__T_CAP = 1 << 2,     /* first letter upper case */
	GEOKG__T_UPPER = 1 << 3,   /* every letter upper case, two or more */
	GEOKG__T_NUM = 1 << 4,     /* starts with a digit */
	GEOKG__T_HYPH = 1 << 5,    /* joined to the previous token by '-' */
	GEOKG__T_SPACE = 1 << 6,   /* white space before it */
	GEOKG__T_PARA = 1 << 7,    /* first token of a paragraph */
	GEOKG__T_DOT = 1 << 8,     /* abbreviation with its period: U.S. Mr. W. */
	GEOKG__T_POSS = 1 << 9,    /* the possessive 's or a lone ' after -s */
	GEOKG__T_DATELINE = 1 << 10, /* part of a dateline */
	GEOKG__T_CLITIC = 1 << 11  /* n't 'll 're 've 'd 'm */
};

typedef struct geokg__tok {
	uint64_t start, end;  /* byte span in the original input */
	uint32_t text, len;   /* cleaned text (original case) in the sentence's `buf` */
	uint32_t fold, flen;  /* folded form (lower case, no accents, no dots) in `buf` */
	uint32_t hash;        /* geokg__fold_hash of the folded form */
	uint16_t flags;
	char punct;           /* for GEOKG__T_PUNCT: the mark ('.', ',', '"', '-'...) */
} geokg__tok;

/* One sentence: borrowed from the reader, valid until the next call. */
typedef struct geokg__sent {
	uint64_t start, end;   /* byte span in the original input */
	size_t index;          /* sentence number from 0 */
	const geokg__tok *toks;
	size_t n;
	const char *buf;       /* strings of the tokens */
} geokg__sent;

typedef struct geokg__text geokg__text;

/*
 * Start reading `len` bytes at `buf` (borrowed; must outlive the reader).
 * Fails with GEOKG_EINVAL "not text" when the input holds a NUL byte.
 */
int geokg__text_open(geokg__text **out, const char *buf, size_t len,
                     geokg_error *err);
/* The next sentence in *s: 1, or 0 at the end, or GEOKG_ENOMEM. */
int geokg__text_next(geokg__text *t, geokg__sent *s);
/* Invalid UTF-8 bytes replaced so far. */
size_t geokg__text_invalid(const geokg__text *t);
void geokg__text_close(geokg__text *t);

/*
 * The cleaned text of tokens [a, b) of a sentence, single spaces where the
 * input had white space, into dst (at most cap-1 bytes, NUL-terminated).
 * Returns the length written.
 */
size_t geokg__sent_text(const geokg__sent *s, size_t a, size_t b, char *dst,
                        size_t cap);

/* The hash used for folded forms (32-bit FNV-1a). */
static inline uint32_t geokg__fold_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Fold a phrase (a name from the world graph, a word list entry) into
 * tokens the way the reader does: calls fn(ctx, fold, flen, flags) for
 * each token.  Returns the number of tokens (at most `max`).
 */
typedef void (*geokg__fold_fn)(void *ctx, const char *fold, size_t flen,
                               unsigned flags);
size_t geokg__text_fold_phrase(const char *s, size_t max, geokg__fold_fn fn,
                               void *ctx);

#endif
