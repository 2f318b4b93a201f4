/*
 * text.c - UTF-8 checking, normalisation, tokens and sentences.
 *
 * Three layers, each a small loop over the input with no backtracking
 * beyond a bounded look-ahead:
 *
 *   cp_at()     one normalised code point at a byte position: UTF-8
 *               decoding, entities and feed debris, quotes and dashes
 *   read_tok()  one token: a word (with its folded form), a clitic or a
 *               punctuation mark, with its byte span in the input
 *   text_next() tokens up to a sentence end, abbreviations and
 *               quotations considered; datelines marked
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* Special code points returned by cp_at(). */
#define CP_EOF 0xFFFFFFFFu
#define CP_PARA 0xFFFFFFFEu  /* a paragraph break (<p>, <br>) */
#define CP_SKIP 0xFFFFFFFDu  /* nothing (a zero-width character) */
#define CP_DASH 0x2014u      /* a dash between words, never a hyphen */
#define CP_BAD 0xFFFDu

struct geokg__text {
	const unsigned char *buf;
	size_t len, pos;
	size_t invalid;
	size_t index;          /* number of the next sentence */
	geokg__tok *toks;      /* the current sentence, then look-ahead */
	size_t ntok, captok;
	size_t emitted;        /* tokens handed out by the last call */
	char *str;             /* token strings: text then fold, per token */
	size_t slen, scap;
	int eof;
	int first;             /* nothing read yet */
	uint64_t last_end;     /* end of the previous token */
	int last_word;         /* the previous token was a word */
};

/* ---- Character level ------------------------------------------------ */

/* Base letter of U+00C0..U+017F (0 for non-letters). */
static const char latin_fold[192 + 1] =
	"aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
	"aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkk"
	"llllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuu"
	"wwyyyzzzzzzs";

static int latin_upper(uint32_t c)
{
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x137)
		return !(c & 1);
	if (c >= 0x139 && c <= 0x148)
		return c & 1;
	if (c >= 0x14A && c <= 0x177)
		return !(c & 1);
	if (c == 0x178)
		return 1;
	if (c >= 0x179 && c <= 0x17E)
		return c & 1;
	return 0;
}

static int is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
	if (c == CP_EOF || c == CP_PARA || c == CP_SKIP || c == CP_DASH)
		return 0;
	if (c == 0xD7 || c == 0xF7)
		return 0;
	if (c >= 0xA0 && c < 0xC0)
		return 0;
	if (c >= 0x2000 && c < 0x2C00) /* punctuation, symbols, arrows */
		return 0;
	if (c >= 0x3000 && c < 0x3040)
		return 0;
	return 1;
}

static int is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\n' || c == CP_PARA;
}

/* Decode one UTF-8 sequence at p; *n its length; CP_BAD (n=1) if invalid. */
static uint32_t utf8_at(const unsigned char *s, size_t len, size_t p,
                        size_t *n)
{
	unsigned c = s[p];
	uint32_t cp, min;
	size_t k;
	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2; cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3; cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4; cp = c & 0x07; min = 0x10000;
	} else {
		*n = 1;
		return CP_BAD;
	}
	if (p + k > len) {
		*n = 1;
		return CP_BAD;
	}
	for (size_t i = 1; i < k; i++) {
		unsigned d = s[p + i];
		if ((d & 0xC0) != 0x80) {
			*n = 1;
			return CP_BAD;
		}
		cp = (cp << 6) | (d & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		*n = 1;
		return CP_BAD;
	}
	*n = k;
	return cp;
}

/* Map typographic characters to their plain forms. */
static uint32_t plain_cp(uint32_t c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC: case 0x0060: case 0x00B4:
		return '\'';
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB:
		return '"';
	case 0x2010: case 0x2011: case 0x2212:
		return '-';
	case 0x2012: case 0x2013: case 0x2014: case 0x2015:
		return CP_DASH;
	case 0x00A0: case 0x202F: case 0x205F: case 0x3000: case 0x1680:
	case '\t': case '\v': case '\f': case '\\':
		return ' ';
	case 0x2028: case 0x2029: case 0x85:
		return '\n';
	case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
	case 0x00AD: case '\r':
		return CP_SKIP;
	case 0x2026:
		return '.';
	}
	if (c >= 0x2000 && c <= 0x200A)
		return ' ';
	if (c < 0x20 && c != '\n')
		return ' ';
	if (c == 0x7F || (c >= 0x80 && c < 0xA0))
		return ' ';
	return c;
}

/* Named entities we decode (after '&' or as bare feed debris). */
static const struct {
	const char *name;
	uint32_t cp;
} entities[] = {
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'},
	{"apos", '\''}, {"nbsp", ' '}, {"mdash", 0x2014}, {"ndash", 0x2013},
	{"rsquo", 0x2019}, {"lsquo", 0x2018}, {"ldquo", 0x201C},
	{"rdquo", 0x201D}, {"hellip", 0x2026}, {NULL, 0}
};

static int is_alpha_b(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * An entity at p, with or without its '&' ("&#39;", "#39;", "quot;"):
 * the code point and *n bytes, or 0.  Bare names are taken only where the
 * byte before is not a letter, so "quot;" in a word stays as it is.
 */
static uint32_t entity_at(const unsigned char *s, size_t len, size_t p,
                          size_t *n)
{
	size_t q = p;
	int amp = 0;
	if (s[q] == '&') {
		amp = 1;
		q++;
	} else if (p > 0 && is_alpha_b(s[p - 1])) {
		return 0;
	}
	if (q < len && s[q] == '#') {
		uint32_t v = 0;
		size_t d = 0;
		int hex = 0;
		q++;
		if (q < len && (s[q] == 'x' || s[q] == 'X') && amp) {
			hex = 1;
			q++;
		}
		while (q < len && d < 7) {
			unsigned c = s[q];
			if (c >= '0' && c <= '9')
				v = v * (hex ? 16 : 10) + (c - '0');
			else if (hex && (c | 32) >= 'a' && (c | 32) <= 'f')
				v = v * 16 + ((c | 32) - 'a' + 10);
			else
				break;
			q++;
			d++;
		}
		if (d == 0 || q >= len || s[q] != ';' || v == 0 || v > 0x10FFFF ||
		    (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		if (!amp && d < 2)
			return 0;
		*n = q + 1 - p;
		return v;
	}
	for (size_t i = 0; entities[i].name; i++) {
		size_t k = strlen(entities[i].name);
		if (q + k < len && memcmp(s + q, entities[i].name, k) == 0 &&
		    s[q + k] == ';') {
			if (!amp && entities[i].cp == ' ')
				continue;
			*n = q + k + 1 - p;
			return entities[i].cp;
		}
	}
	return 0;
}

/* '<' or "&lt;" at p: '>' or "&gt;" within a short run: *n, 1 if a tag. */
static int tag_at(const unsigned char *s, size_t len, size_t p, size_t *n,
                  int *block)
{
	size_t q = p, lim;
	if (s[q] == '<')
		q++;
	else if (q + 3 < len && memcmp(s + q, "&lt;", 4) == 0)
		q += 4;
	else if (q + 2 < len && memcmp(s + q, "lt;", 3) == 0 &&
	         (p == 0 || !is_alpha_b(s[p - 1])))
		q += 3;
	else
		return 0;
	if (q < len && s[q] == '/')
		q++;
	if (q >= len || !is_alpha_b(s[q]))
		return 0;
	*block = (s[q] | 32) == 'p' || (s[q] | 32) == 'b' ||
	         (s[q] | 32) == 'd' || (s[q] | 32) == 'l';
	if ((s[q] | 32) == 'b' && q + 1 < len && is_alpha_b(s[q + 1]) &&
	    (s[q + 1] | 32) != 'r')
		*block = 0; /* <b>, <big>: inline */
	if ((s[q] | 32) == 'b' && q + 1 < len && !is_alpha_b(s[q + 1]))
		*block = 0;
	lim = q + 200 < len ? q + 200 : len;
	for (; q < lim; q++) {
		if (s[q] == '<' || s[q] == '\n')
			return 0;
		if (s[q] == '>') {
			*n = q + 1 - p;
			return 1;
		}
		if (s[q] == '&' && q + 3 < len && memcmp(s + q, "&gt;", 4) == 0) {
			*n = q + 4 - p;
			return 1;
		}
		if (s[q] == 'g' && q + 2 < len && memcmp(s + q, "gt;", 3) == 0) {
			*n = q + 3 - p;
			return 1;
		}
	}
	return 0;
}

/*
 * The normalised code point at byte p: *next receives the position after
 * it and *bad is set when an invalid byte was replaced.
 */
static uint32_t cp_at(const geokg__text *t, size_t p, size_t *next, int *bad)
{
	const unsigned char *s = t->buf;
	size_t n = 1;
	uint32_t c;
	int block = 0;
	*bad = 0;
	if (p >= t->len) {
		*next = p;
		return CP_EOF;
	}
	c = s[p];
	if (c == '<' || c == '&' || c == 'l') {
		if (tag_at(s, t->len, p, &n, &block)) {
			*next = p + n;
			return block ? CP_PARA : ' ';
		}
		n = 1;
	}
	if (c == '&' || c == '#' || c == 'q' || c == 'a' || c == 'g' ||
	    c == 'l') {
		uint32_t e = entity_at(s, t->len, p, &n);
		if (e) {
			*next = p + n;
			c = plain_cp(e);
			return c == '\r' ? CP_SKIP : c;
		}
		n = 1;
	}
	c = utf8_at(s, t->len, p, &n);
	*next = p + n;
	if (c == CP_BAD && n == 1) { /* a U+FFFD in the input (n == 3) is valid */
		*bad = 1;
		return CP_BAD;
	}
	return plain_cp(c);
}

/* Append code point c as UTF-8 to the string arena, bounded by room. */
static size_t put_utf8(char *d, uint32_t c)
{
	if (c < 0x80) {
		d[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		d[0] = (char)(0xC0 | (c >> 6));
		d[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		d[0] = (char)(0xE0 | (c >> 12));
		d[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		d[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	d[0] = (char)(0xF0 | (c >> 18));
	d[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	d[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	d[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* ---- Token level ---------------------------------------------------- */

/* A token being built: cleaned text and folded form. */
typedef struct tokbuf {
	char text[GEOKG__TOK_MAX + 8];
	char fold[GEOKG__TOK_MAX + 8];
	size_t tlen, flen;
	int letters, uppers;
} tokbuf;

static void tb_add(tokbuf *b, uint32_t c, int fold)
{
	if (b->tlen + 4 <= GEOKG__TOK_MAX)
		b->tlen += put_utf8(b->text + b->tlen, c);
	if (!fold || b->flen + 4 > GEOKG__TOK_MAX)
		return;
	if (c < 0x80) {
		char ch = (char)c;
		if (ch >= 'A' && ch <= 'Z') {
			ch = (char)(ch + 32);
			b->uppers++;
		}
		if (is_alpha_b((unsigned)ch))
			b->letters++;
		b->fold[b->flen++] = ch;
	} else if (c >= 0xC0 && c < 0x180 && latin_fold[c - 0xC0]) {
		b->letters++;
		b->uppers += latin_upper(c);
		b->fold[b->flen++] = latin_fold[c - 0xC0];
	} else {
		b->letters++;
		b->flen += put_utf8(b->fold + b->flen, c);
	}
}

/* Abbreviations that keep their period ("Mr.", "Jan.", "Corp."). */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt",
	"cmdr", "adm", "gov", "sen", "rep", "rev", "prof", "st", "jr", "sr",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "inc", "corp", "co", "ltd", "vs", "messrs", "mt", "ft",
	"gens", "reps", "sens", "govs", "cpl", "pvt", "brig", "calif", "mass",
	"fla", "ky", "tenn", "ariz", "penn", "wash", "del", "conn", "no",
	NULL
};
/* Of those, the ones that may also end a sentence. */
static const char *const abbrevs_final[] = {
	"inc", "corp", "co", "ltd", "jr", "sr", "etc", NULL
};

static int in_list(const char *const *l, const char *s, size_t n)
{
	for (; *l; l++)
		if (strlen(*l) == n && memcmp(*l, s, n) == 0)
			return 1;
	return 0;
}

/* Make room in the token and string arrays. */
static int reserve(geokg__text *t, size_t bytes)
{
	if (geokg__grow(&t->toks, &t->captok, t->ntok + 1, sizeof *t->toks))
		return GEOKG_ENOMEM;
	if (geokg__grow(&t->str, &t->scap, t->slen + bytes, 1))
		return GEOKG_ENOMEM;
	return 0;
}

/* Append a finished token. */
static int push_tok(geokg__text *t, const tokbuf *b, uint64_t start,
                    uint64_t end, unsigned flags, char punct)
{
	geokg__tok *k;
	if (reserve(t, b->tlen + b->flen + 2))
		return GEOKG_ENOMEM;
	k = &t->toks[t->ntok++];
	k->start = start;
	k->end = end;
	k->text = (uint32_t)t->slen;
	k->len = (uint32_t)b->tlen;
	memcpy(t->str + t->slen, b->text, b->tlen);
	t->slen += b->tlen;
	t->str[t->slen++] = 0;
	k->fold = (uint32_t)t->slen;
	k->flen = (uint32_t)b->flen;
	memcpy(t->str + t->slen, b->fold, b->flen);
	t->slen += b->flen;
	t->str[t->slen++] = 0;
	k->hash = geokg__fold_hash(b->fold, b->flen);
	k->flags = (uint16_t)flags;
	k->punct = punct;
	t->last_end = end;
	t->last_word = (flags & GEOKG__T_WORD) != 0;
	return 0;
}

/* Consume the code point at t->pos (counting a replaced byte), passing
 * over zero-width ones first as peek() does: a caller that peeked a
 * letter must take that letter, never a CP_SKIP (found by fuzz_extract:
 * "’\r\rs" gave a clitic holding CP_SKIP encoded as bytes). */
static uint32_t take(geokg__text *t)
{
	size_t next;
	int bad;
	uint32_t c;
	do {
		c = cp_at(t, t->pos, &next, &bad);
		t->pos = next;
		t->invalid += (size_t)bad;
	} while (c == CP_SKIP);
	return c;
}

static uint32_t peek(const geokg__text *t, size_t p, size_t *next)
{
	int bad;
	uint32_t c;
	do {
		c = cp_at(t, p, next, &bad);
		p = *next;
	} while (c == CP_SKIP);
	return c;
}

/* The clitic at t->pos ("'s", "'ll", "'t"...) followed by a non-letter:
 * its length in code points after the apostrophe, or 0. */
static size_t clitic_at(const geokg__text *t, size_t p)
{
	static const char *const cl[] = {"s", "ll", "re", "ve", "d", "m", "t",
	                                 NULL};
	size_t q, nx;
	uint32_t c = peek(t, p, &nx);
	if (c != '\'')
		return 0;
	for (size_t i = 0; cl[i]; i++) {
		size_t k = 0;
		q = nx;
		while (cl[i][k]) {
			uint32_t d = peek(t, q, &q);
			if (d >= 0x80 || (d | 32) != (uint32_t)cl[i][k])
				break;
			k++;
		}
		if (!cl[i][k] && !is_word_cp(peek(t, q, &q)))
			return k;
	}
	return 0;
}

/* "'t" and a non-letter at p (the rest of "n't"). */
static int nt_at(const geokg__text *t, size_t p)
{
	size_t q;
	uint32_t c;
	if (peek(t, p, &q) != '\'')
		return 0;
	c = peek(t, q, &q);
	if (c != 't' && c != 'T')
		return 0;
	return !is_word_cp(peek(t, q, &q));
}

/* Read the letters of a word into b; the caller has seen a word cp. */
static void read_word(geokg__text *t, tokbuf *b, unsigned *flags)
{
	size_t nx, nx2, segs = 0, seglen = 0;
	int dotted = 0;
	for (;;) {
		uint32_t c = peek(t, t->pos, &nx);
		if (is_word_cp(c)) {
			/* "don't": stop before the n of n't */
			if ((c == 'n' || c == 'N') && b->tlen > 0 && nt_at(t, nx))
				break;
			take(t);
			while (t->pos < nx)
				take(t);
			tb_add(b, c, 1);
			seglen++;
			continue;
		}
		if (c == '.' && b->letters > 0 && seglen == 1) {
			/* U.S., U.N., e.g.: a single letter, '.', letter, '.' */
			uint32_t d = peek(t, nx, &nx2);
			size_t nx3;
			uint32_t e = is_word_cp(d) ? peek(t, nx2, &nx3) : 0;
			if (is_word_cp(d) && d < 0x80 && !(d >= '0' && d <= '9') &&
			    e == '.') {
				t->pos = nx;
				tb_add(b, '.', 0);
				dotted = 1;
				segs++;
				seglen = 0;
				continue;
			}
			if (dotted) {
				t->pos = nx;
				tb_add(b, '.', 0);
				*flags |= GEOKG__T_DOT;
			}
			break;
		}
		if ((c == ',' || c == '.') && (*flags & GEOKG__T_NUM)) {
			uint32_t d = peek(t, nx, &nx2);
			if (d >= '0' && d <= '9') {
				t->pos = nx;
				tb_add(b, c, 1);
				continue;
			}
			break;
		}
		if (c == '\'' && b->tlen > 0 && !clitic_at(t, t->pos)) {
			uint32_t d = peek(t, nx, &nx2);
			if (is_word_cp(d)) {   /* O'Brien, d'Ivoire */
				t->pos = nx;
				tb_add(b, '\'', 1);
				seglen = 0;
				continue;
			}
		}
		break;
	}
	(void)segs;
}

/* Decide the flags of a finished word. */
static unsigned word_flags(const tokbuf *b, uint32_t first)
{
	unsigned f = GEOKG__T_WORD;
	if (first >= '0' && first <= '9')
		f |= GEOKG__T_NUM;
	if ((first >= 'A' && first <= 'Z') || latin_upper(first))
		f |= GEOKG__T_CAP;
	if (b->letters >= 2 && b->uppers == b->letters)
		f |= GEOKG__T_UPPER;
	return f;
}

/*
 * Read one token into t->toks.  Returns 1, 0 at the end of input, or
 * GEOKG_ENOMEM.
 */
static int read_tok(geokg__text *t)
{
	tokbuf b;
	unsigned flags = 0;
	int nl = 0, hyph = 0;
	size_t nx;
	uint64_t start;
	uint32_t c;

	for (;;) { /* white space, counting line breaks */
		c = peek(t, t->pos, &nx);
		if (c == CP_EOF) {
			t->pos = t->len;
			return 0;
		}
		if (is_space_cp(c)) {
			nl += c == '\n' ? 1 : c == CP_PARA ? 2 : 0;
			flags |= GEOKG__T_SPACE;
			t->pos = nx;
			continue;
		}
		break;
	}
	if (nl >= 2 || t->first)
		flags |= GEOKG__T_PARA;
	t->first = 0;
	/* a hyphen joining two words */
	if (c == '-' && t->last_word && !(flags & GEOKG__T_SPACE)) {
		size_t nx2;
		if (is_word_cp(peek(t, nx, &nx2))) {
			t->pos = nx;
			hyph = 1;
			c = peek(t, t->pos, &nx);
		}
	}
	while (peek(t, t->pos, &nx), t->pos < t->len) {
		/* skip zero-width characters before the token */
		size_t q = t->pos;
		int bad;
		if (cp_at(t, q, &nx, &bad) != CP_SKIP)
			break;
		t->pos = nx;
	}
	start = t->pos;
	memset(&b, 0, sizeof b);
	b.tlen = b.flen = 0;
	c = peek(t, t->pos, &nx);

	if ((c == 'n' || c == 'N') && t->last_word && t->last_end == start &&
	    nt_at(t, nx)) { /* the n't of "don't" */
		for (int i = 0; i < 3; i++)
			tb_add(&b, take(t), 1);
		flags |= GEOKG__T_CLITIC;
		return push_tok(t, &b, start, t->pos, flags, 0) ? GEOKG_ENOMEM : 1;
	}
	if (is_word_cp(c)) {
		if (c >= '0' && c <= '9')
			flags |= GEOKG__T_NUM;
		read_word(t, &b, &flags);
		flags |= word_flags(&b, c);
		if (hyph)
			flags |= GEOKG__T_HYPH;
		/* a period kept by an initial or a listed abbreviation */
		if (!(flags & GEOKG__T_DOT) && peek(t, t->pos, &nx) == '.') {
			size_t nx2;
			uint32_t d = peek(t, nx, &nx2);
			int initial = b.letters == 1 && b.flen == 1 &&
			              (flags & GEOKG__T_CAP);
			if ((initial || in_list(abbrevs, b.fold, b.flen)) &&
			    d != '.' && (flags & GEOKG__T_CAP)) {
				t->pos = nx;
				tb_add(&b, '.', 0);
				flags |= GEOKG__T_DOT;
			}
		}
		/* "Japan s": a possessive whose apostrophe was lost */
		if (b.flen == 1 && t->ntok > 0 && t->last_word &&
		    (flags & GEOKG__T_SPACE) && (b.fold[0] == 's') &&
		    !(flags & GEOKG__T_CAP)) {
			flags = (flags & GEOKG__T_SPACE) | GEOKG__T_POSS;
			b.tlen = 0;
			b.flen = 0;
			tb_add(&b, '\'', 1);
			tb_add(&b, 's', 1);
		}
		return push_tok(t, &b, start, t->pos, flags, 0) ? GEOKG_ENOMEM : 1;
	}
	/* " #39;s": feed debris for a possessive, spaces and all */
	if (c == '\'' && t->last_word && t->buf[start] == '#' &&
	    clitic_at(t, t->pos))
		flags &= ~(unsigned)GEOKG__T_SPACE;
	/* clitics and possessives */
	if (c == '\'' && t->last_word &&
	    (t->last_end == start || !(flags & GEOKG__T_SPACE))) {
		size_t k = clitic_at(t, t->pos);
		if (k) {
			take(t);
			tb_add(&b, '\'', 1);
			for (size_t i = 0; i < k; i++)
				tb_add(&b, take(t), 1);
			if (b.fold[1] == 's' && b.flen == 2)
				flags |= GEOKG__T_POSS;
			else
				flags |= GEOKG__T_CLITIC;
			return push_tok(t, &b, start, t->pos, flags, 0) ? GEOKG_ENOMEM
			                                                : 1;
		}
		if (t->ntok > 0) {
			const geokg__tok *p = &t->toks[t->ntok - 1];
			size_t nx2;
			if (p->flen > 0 && t->str[p->fold + p->flen - 1] == 's' &&
			    !is_word_cp(peek(t, nx, &nx2))) {
				take(t);
				tb_add(&b, '\'', 1);
				flags |= GEOKG__T_POSS;
				return push_tok(t, &b, start, t->pos, flags, 0)
				           ? GEOKG_ENOMEM : 1;
			}
		}
	}
	/* punctuation */
	take(t);
	flags |= GEOKG__T_PUNCT;
	{
		char p = c < 0x80 ? (char)c : c == CP_DASH ? '-' : '*';
		if (c == CP_BAD)
			p = '*';
		tb_add(&b, c == CP_DASH ? '-' : c, 0);
		if (p == '.' || p == '-') { /* "...", "--" */
			while (peek(t, t->pos, &nx) == (uint32_t)p)
				take(t);
		}
		b.fold[0] = p;
		b.flen = 1;
		return push_tok(t, &b, start, t->pos, flags, p) ? GEOKG_ENOMEM : 1;
	}
}

/* ---- Sentence level ------------------------------------------------- */

/* Words that begin a sentence after an abbreviation such as "U.S.". */
static const char *const starters[] = {
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and",
	"in", "on", "at", "this", "that", "these", "those", "there", "his",
	"her", "its", "their", "however", "also", "meanwhile", "after",
	"before", "while", "when", "if", "as", "some", "many", "officials",
	"one", "two", "last", "earlier", "later", "on", "under", "since",
	"both", "what", "who", "our", "my", NULL
};

int geokg__text_open(geokg__text **out, const char *buf, size_t len,
                     geokg_error *err)
{
	geokg__text *t;
	*out = NULL;
	if (len > 0 && memchr(buf, 0, len))
		return geokg__fail(err, GEOKG_EINVAL, "not text (NUL byte at %zu)",
		                   (size_t)((const char *)memchr(buf, 0, len) - buf));
	t = calloc(1, sizeof *t);
	if (!t)
		return geokg__nomem(err);
	t->buf = (const unsigned char *)buf;
	t->len = len;
	t->first = 1;
	/* a UTF-8 byte order mark */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		t->pos = 3;
	*out = t;
	return 0;
}

void geokg__text_close(geokg__text *t)
{
	if (!t)
		return;
	free(t->toks);
	free(t->str);
	free(t);
}

size_t geokg__text_invalid(const geokg__text *t)
{
	return t->invalid;
}

/* Drop the tokens handed out last time, keeping the look-ahead. */
static void drop_emitted(geokg__text *t)
{
	size_t k = t->emitted, base;
	if (k == 0)
		return;
	if (k >= t->ntok) {
		t->ntok = 0;
		t->slen = 0;
		t->emitted = 0;
		return;
	}
	base = t->toks[k].text;
	memmove(t->str, t->str + base, t->slen - base);
	t->slen -= base;
	memmove(t->toks, t->toks + k, (t->ntok - k) * sizeof *t->toks);
	t->ntok -= k;
	for (size_t i = 0; i < t->ntok; i++) {
		t->toks[i].text -= (uint32_t)base;
		t->toks[i].fold -= (uint32_t)base;
	}
	t->emitted = 0;
}

static int tok_is(const geokg__text *t, const geokg__tok *k, const char *w)
{
	size_t n = strlen(w);
	return k->flen == n && memcmp(t->str + k->fold, w, n) == 0;
}

/* Make sure token i exists (reading ahead): 1, 0 at end, <0 error. */
static int need(geokg__text *t, size_t i)
{
	while (t->ntok <= i) {
		int r;
		if (t->eof)
			return 0;
		r = read_tok(t);
		if (r < 0)
			return r;
		if (r == 0) {
			t->eof = 1;
			return 0;
		}
	}
	return 1;
}

/* Is token i (a period, '!' or '?', or an abbreviation) a sentence end,
 * given the token after it, j (maybe past the end)? */
static int ends_here(const geokg__text *t, size_t i, size_t j, int have_j)
{
	const geokg__tok *k = &t->toks[i], *n;
	if (!have_j)
		return 1;
	n = &t->toks[j];
	if (n->flags & GEOKG__T_PARA)
		return 1;
	if (k->flags & GEOKG__T_PUNCT) {
		if (n->flags & (GEOKG__T_CAP | GEOKG__T_NUM))
			return 1;
		if ((n->flags & GEOKG__T_PUNCT) &&
		    (n->punct == '"' || n->punct == '(' || n->punct == '\'') &&
		    (n->flags & GEOKG__T_SPACE))
			return 1;
		return 0;
	}
	/* "U.S. The": a dotted abbreviation or "Inc." before a starter */
	{
		const char *f = t->str + k->fold;
		int dotted = memchr(t->str + k->text, '.', k->len) !=
		             t->str + k->text + k->len - 1 || k->flen > 1;
		int final = in_list(abbrevs_final, f, k->flen);
		int title = in_list(abbrevs, f, k->flen) && !final;
		if (title && k->flen >= 3 && (f[0] == 'j' || f[0] == 'f' ||
		    f[0] == 'm' || f[0] == 'a' || f[0] == 's' || f[0] == 'o' ||
		    f[0] == 'n' || f[0] == 'd'))
			title = !(n->flags & GEOKG__T_CAP) ? 1 : title;
		if (k->flen == 1 && !final)
			return 0; /* an initial */
		if (title)
			return 0;
		(void)dotted;
		if ((n->flags & GEOKG__T_CAP) && (n->flags & GEOKG__T_WORD)) {
			char w[16];
			size_t m = n->flen < 15 ? n->flen : 15;
			memcpy(w, t->str + n->fold, m);
			w[m] = 0;
			return in_list(starters, w, m);
		}
		return 0;
	}
}

static int is_term(const geokg__tok *k)
{
	return ((k->flags & GEOKG__T_PUNCT) &&
	        (k->punct == '.' || k->punct == '!' || k->punct == '?')) ||
	       (k->flags & GEOKG__T_DOT);
}

/* Mark a dateline at the start of a paragraph: "WASHINGTON (Reuters) -",
 * "LOURDES, France -", "TRIPOLI, Libya:", "AP -". */
static void mark_dateline(geokg__text *t, size_t n)
{
	size_t i, lim = n < 14 ? n : 14;
	int upper = 0, agency = 0;
	for (i = 0; i < lim; i++) {
		geokg__tok *k = &t->toks[i];
		if (k->flags & GEOKG__T_PUNCT) {
			if (k->punct == '-' || k->punct == ':') {
				if (i == 0 || !(upper || agency))
					return;
				break;
			}
			if (k->punct == ',' || k->punct == '/' || k->punct == '(' ||
			    k->punct == ')' || k->punct == '.')
				continue;
			return;
		}
		if (!(k->flags & GEOKG__T_CAP) && !(k->flags & GEOKG__T_HYPH) &&
		    !(i > 0 && t->toks[i - 1].punct == '.'))
			return;
		if ((k->flags & GEOKG__T_UPPER) && i == 0)
			upper = 1;
		if (tok_is(t, k, "reuters") || tok_is(t, k, "ap") ||
		    tok_is(t, k, "afp") || tok_is(t, k, "xinhua") ||
		    tok_is(t, k, "upi") || tok_is(t, k, "cp"))
			agency = 1;
	}
	if (i == lim || i + 1 >= n)
		return;
	for (size_t j = 0; j <= i; j++)
		t->toks[j].flags |= GEOKG__T_DATELINE;
	/* "SPACE.com - TORONTO, Canada --": a second one right after */
	if (i + 1 < n && (t->toks[i + 1].flags & GEOKG__T_UPPER)) {
		size_t base = i + 1;
		for (i = base; i < n && i < base + 8; i++) {
			geokg__tok *k = &t->toks[i];
			if ((k->flags & GEOKG__T_PUNCT) &&
			    (k->punct == '-' || k->punct == ':')) {
				for (size_t j = base; j <= i; j++)
					t->toks[j].flags |= GEOKG__T_DATELINE;
				return;
			}
			if ((k->flags & GEOKG__T_PUNCT) && k->punct != ',' &&
			    k->punct != '(' && k->punct != ')')
				return;
			if ((k->flags & GEOKG__T_WORD) && !(k->flags & GEOKG__T_CAP))
				return;
		}
	}
}

int geokg__text_next(geokg__text *t, geokg__sent *s)
{
	size_t i = 0, cut = 0;
	int r, quotes = 0;
	drop_emitted(t);
	for (;;) {
		r = need(t, i);
		if (r < 0)
			return r;
		if (r == 0) {
			cut = t->ntok;
			break;
		}
		if (i > 0 && (t->toks[i].flags & GEOKG__T_PARA)) {
			cut = i;
			break;
		}
		if ((t->toks[i].flags & GEOKG__T_PUNCT) && t->toks[i].punct == '"')
			quotes++;
		if (i + 1 >= GEOKG__SENT_MAX_TOKENS) {
			cut = GEOKG__SENT_MAX_TOKENS; /* i may have jumped there */
			break;
		}
		if (is_term(&t->toks[i])) {
			size_t j = i + 1;
			int have = 0;
			/* closing quotes and brackets stay with the sentence */
			for (;;) {
				if (j >= GEOKG__SENT_MAX_TOKENS)
					break; /* the sentence is full */
				have = need(t, j);
				if (have < 0)
					return have;
				if (!have)
					break;
				geokg__tok *n = &t->toks[j];
				if ((n->flags & GEOKG__T_PUNCT) &&
				    ((n->punct == '"' && ((quotes & 1) ||
				      !(n->flags & GEOKG__T_SPACE))) ||
				     n->punct == ')' || n->punct == ']' ||
				     (n->punct == '\'' && !(n->flags & GEOKG__T_SPACE)))) {
					if (n->punct == '"')
						quotes++;
					j++;
					continue;
				}
				break;
			}
			if (j >= GEOKG__SENT_MAX_TOKENS || ends_here(t, i, j, have)) {
				cut = j;
				break;
			}
			i = j;
			continue;
		}
		i++;
	}
	if (cut == 0)
		return 0;
	if (t->toks[0].flags & GEOKG__T_PARA)
		mark_dateline(t, cut);
	t->emitted = cut;
	s->toks = t->toks;
	s->n = cut;
	s->buf = t->str;
	s->start = t->toks[0].start;
	s->end = t->toks[cut - 1].end;
	s->index = t->index++;
	return 1;
}

size_t geokg__sent_text(const geokg__sent *s, size_t a, size_t b, char *dst,
                        size_t cap)
{
	size_t n = 0;
	if (cap == 0)
		return 0;
	for (size_t i = a; i < b && i < s->n; i++) {
		const geokg__tok *k = &s->toks[i];
		if (i > a && (k->flags & GEOKG__T_SPACE) && n + 1 < cap &&
		    !(k->flags & (GEOKG__T_POSS | GEOKG__T_CLITIC)))
			dst[n++] = ' ';
		if (i > a && (k->flags & GEOKG__T_HYPH) && n + 1 < cap)
			dst[n++] = '-';
		size_t m = k->len;
		if (n + m >= cap)
			break;
		memcpy(dst + n, s->buf + k->text, m);
		n += m;
	}
	dst[n] = 0;
	return n;
}

size_t geokg__text_fold_phrase(const char *s, size_t max, geokg__fold_fn fn,
                               void *ctx)
{
	geokg__text *t;
	size_t n = 0;
	if (geokg__text_open(&t, s, strlen(s), NULL))
		return 0;
	for (;;) {
		int r = read_tok(t);
		if (r <= 0)
			break;
		const geokg__tok *k = &t->toks[t->ntok - 1];
		if (n < max)
			fn(ctx, t->str + k->fold, k->flen, k->flags);
		n++;
		t->ntok = 0;
		t->slen = 0;
	}
	geokg__text_close(t);
	return n < max ? n : max;
}
