/*
 * extract_impl.h - private: what the extractor's files share.
 */
#ifndef GEOKG_EXTRACT_IMPL_H
#define GEOKG_EXTRACT_IMPL_H

#include <stdint.h>

#include "geokg.h"

/* Word classes (bits). */
enum {
	W_PREP = 1u << 0, W_DET = 1u << 1, W_BOUND = 1u << 2, W_SAY = 1u << 3,
	W_REL = 1u << 4, W_THAT = 1u << 5, W_COORD = 1u << 6, W_EXP = 1u << 7,
	W_POS = 1u << 8, W_REQ = 1u << 9, W_COND = 1u << 10, W_NEG = 1u << 11,
	W_AUX = 1u << 12, W_BE = 1u << 13, W_PRON_P = 1u << 14,
	W_PRON_C = 1u << 15, W_PRON_G = 1u << 16, W_BOTH = 1u << 17,
	W_LEADERS = 1u << 18, W_NATIONS = 1u << 19, W_NATION1 = 1u << 20,
	W_PEOPLE = 1u << 21, W_AGENT = 1u << 22, W_TITLE = 1u << 23,
	W_TMOD = 1u << 24, W_HONOR = 1u << 25, W_HOSTILE = 1u << 26,
	W_RETURN = 1u << 27, W_VNOUN = 1u << 28, W_TRIG = 1u << 29,
	W_TIME = 1u << 30
};

/* Argument frames of trigger words. */
enum {
	F_NONE = 0,
	F_MEET_V,   /* A meets B, A met with B */
	F_TALK_V,   /* A talks / negotiates with B */
	F_HOST_V,   /* A hosts / welcomes / phoned B */
	F_VISIT_V,  /* A visits B (a country: its host) */
	F_ARRIVE_V, /* A arrived in B, travels to B */
	F_JOIN_V,   /* A joins B for a summit */
	F_MEET_N,   /* talks with B, talks between A and B, the A-B summit */
	F_WITH_N,   /* a deal with B, a joint news conference with B */
	F_VISIT_N,  /* a visit to B, a trip with stops in B */
	F_SUPPLY_V, /* A sells Z to B, A supplies B with Z */
	F_PLEDGE_V, /* A pledged Z to B */
	F_SUPPLY_N, /* arms sales to B, aid from A */
	F_RECV_V,   /* B buys / receives / requests Z from A */
	F_RECV_N,   /* the purchase of Z from A */
	F_ASK_V,    /* B asked A for Z */
	F_THREAT_V, /* A threatened B (with Z) */
	F_THREAT_N, /* threats against B */
	F_RETAL_V,  /* A vowed to retaliate against B, A will strike B */
	F_SANC_V,   /* A sanctioned B, A blacklisted B */
	F_BAN_V,    /* A banned the sale of Z to B */
	F_SANC_N,   /* sanctions on / against B */
	F_FREEZE_V, /* A froze the assets of B, A will freeze B's assets */
	F_SUPPLIER_N, /* A is B's main supplier (of Z) */
	F_HOSTILE_N, /* A vowed revenge against B, would use force against B */
	F_NOTICE_N,  /* A put B on notice */
	F_CONSEQ_N,  /* A said B would face consequences / pay a price */
	F_BUYER_N,   /* B is A's biggest customer, the largest buyer of A's Z */
	F_RELY_V,    /* B relies on A for Z, B's dependence on A-demonym Z */
	F_COUNT
};

typedef struct geokg__lexword {
	const char *word;
	uint64_t cls;
} geokg__lexword;
#define W_CIVIL (1ull << 31)
#define W_NOTGOODS (1ull << 32)
#define W_GOODS (1ull << 33)
#define W_ACTN (1ull << 34)
#define W_NOTOFF (1ull << 35) /* "kicked off" is no cancellation */
#define W_SCARE (1ull << 36)  /* a double quote around a few words */

typedef struct geokg__trigword {
	const char *word;
	int type;
	int vf, nf;
	int mod; /* -1: none */
} geokg__trigword;

extern const geokg__lexword geokg__lex_words[];
extern const geokg__trigword geokg__lex_triggers[];

#endif
