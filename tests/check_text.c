/*
 * check_text.c - the text front end: sentence splitting, cleaning, token
 * offsets into the original input, invalid UTF-8, binary input.
 * Data-driven: each case is an input and the sentences it must give.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* An input and its sentences (cleaned text) joined by " | ". */
static const struct {
	const char *in;
	const char *want;
} split_cases[] = {
	{"", ""},
	{"One sentence.", "One sentence."},
	{"Mr. Lee met Gen. Okafor on Jan. 5. They talked.",
	 "Mr. Lee met Gen. Okafor on Jan. 5. | They talked."},
	{"The U.S. Army left. The U.N. said no.",
	 "The U.S. Army left. | The U.N. said no."},
	{"Troops returned to the U.S. The move ended a year of war.",
	 "Troops returned to the U.S. | The move ended a year of war."},
	{"George W. Bush spoke. J. R. Smith did not.",
	 "George W. Bush spoke. | J. R. Smith did not."},
	{"\"We will go,\" he said. \"No!\" She left.",
	 "\"We will go,\" he said. | \"No!\" | She left."},
	{"\"Is it over?\" she asked. It was.",
	 "\"Is it over?\" she asked. | It was."},
	{"Headline without a stop\n\nBody text here. More text.",
	 "Headline without a stop | Body text here. | More text."},
	{"It costs 5.5 billion. Then 1,000 more.",
	 "It costs 5.5 billion. | Then 1,000 more."},
	{"Acme Corp. said it would sell. Acme Inc. The end.",
	 "Acme Corp. said it would sell. | Acme Inc. | The end."},
	{"Wait... what happened? Nothing.",
	 "Wait. what happened? | Nothing."},
	/* feed debris and entities */
	{"Sudan #39;s leader met  quot;rebels quot; today.",
	 "Sudan's leader met \"rebels \" today."},
	{"&lt;p&gt;Prices rose &amp; fell.&lt;/p&gt; It costs  #36;10.",
	 "Prices rose & fell. | It costs $10."},
	{"A second\\team of rocketeers.", "A second team of rocketeers."},
	{"Japan s leader didn't go.", "Japan's leader didn't go."},
	{"\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 Kim\xE2\x80\x99s train\xC2\xA0left.",
	 "\"Quoted\" - Kim's train left."},
	{"Kim Jong-un met U.S.-led forces.", "Kim Jong-un met U.S.-led forces."},
};

static void join_sentences(const char *in, char *out, size_t cap)
{
	geokg__text *t;
	geokg__sent s;
	char buf[2048];
	size_t n = 0;
	out[0] = 0;
	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	while (geokg__text_next(t, &s) == 1) {
		size_t m = geokg__sent_text(&s, 0, s.n, buf, sizeof buf);
		if (n > 0 && n + 3 < cap) {
			memcpy(out + n, " | ", 3);
			n += 3;
		}
		if (n + m + 1 < cap) {
			memcpy(out + n, buf, m);
			n += m;
		}
		out[n] = 0;
	}
	geokg__text_close(t);
}

/* A sentence never holds more than GEOKG__SENT_MAX_TOKENS tokens, even
 * when closing brackets and quotes after its end run past the limit
 * (found by fuzz_extract: the extractor's per-token arrays overflowed). */
START_TEST(test_closing_run_bounded)
{
	char in[2048];
	geokg__text *t;
	geokg__sent s;
	size_t n = 0, i, total = 0;

	for (i = 0; i < 150; i++)
		n += (size_t)sprintf(in + n, "w ");
	n += (size_t)sprintf(in + n, "end.");
	for (i = 0; i < 100; i++)
		in[n++] = ')';
	n += (size_t)sprintf(in + n, " Next one.");
	ck_assert_int_eq(geokg__text_open(&t, in, n, NULL), 0);
	while (geokg__text_next(t, &s) == 1) {
		ck_assert_uint_le(s.n, GEOKG__SENT_MAX_TOKENS);
		total += s.n;
	}
	ck_assert_uint_eq(total, 150 + 2 + 100 + 3);
	geokg__text_close(t);
}
END_TEST

/* Zero-width characters (here CRs) inside a clitic are passed over, not
 * taken as letters (found by fuzz_extract: the token held bytes that are
 * not UTF-8). */
START_TEST(test_clitic_with_skipped_chars)
{
	const char *in = "Russia\xe2\x80\x99\r\rs army left.";
	geokg__text *t;
	geokg__sent s;
	int poss = 0;

	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	while (geokg__text_next(t, &s) == 1)
		for (size_t i = 0; i < s.n; i++) {
			const geokg__tok *k = &s.toks[i];
			char tok[GEOKG__TOK_MAX + 8];

			memcpy(tok, s.buf + k->text, k->len);
			tok[k->len] = '\0';
			ck_assert_msg(geokg__utf8_valid(tok), "token %zu not UTF-8", i);
			if (strcmp(tok, "'s") == 0 && (k->flags & GEOKG__T_POSS))
				poss = 1;
		}
	ck_assert(poss);
	geokg__text_close(t);
}
END_TEST

START_TEST(test_split)
{
	char got[4096];
	join_sentences(split_cases[_i].in, got, sizeof got);
	ck_assert_msg(strcmp(got, split_cases[_i].want) == 0,
	              "case %d: got [%s], want [%s]", _i, got,
	              split_cases[_i].want);
}
END_TEST

/* Every word token's span holds its own text when the input is plain. */
START_TEST(test_offsets)
{
	const char *in = "  Mr. Lee visited Brazil.\n\nThen he left for Peru.  ";
	geokg__text *t;
	geokg__sent s;
	size_t sentences = 0;
	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	while (geokg__text_next(t, &s) == 1) {
		ck_assert_uint_eq(s.index, sentences);
		sentences++;
		for (size_t i = 0; i < s.n; i++) {
			const geokg__tok *k = &s.toks[i];
			ck_assert_uint_eq(k->end - k->start, k->len);
			ck_assert(memcmp(in + k->start, s.buf + k->text, k->len) == 0);
		}
		ck_assert_uint_eq(s.start, s.toks[0].start);
		ck_assert_uint_eq(s.end, s.toks[s.n - 1].end);
	}
	ck_assert_uint_eq(sentences, 2);
	geokg__text_close(t);
}
END_TEST

/* Debris spans point at the debris in the input. */
START_TEST(test_offsets_debris)
{
	const char *in = "Sudan #39;s capital";
	geokg__text *t;
	geokg__sent s;
	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	ck_assert_int_eq(geokg__text_next(t, &s), 1);
	ck_assert_uint_eq(s.n, 3);
	ck_assert(s.toks[1].flags & GEOKG__T_POSS);
	ck_assert_uint_eq(s.toks[1].start, 6);
	ck_assert_uint_eq(s.toks[1].end, 11);
	ck_assert_uint_eq(s.toks[2].start, 12);
	ck_assert_str_eq(s.buf + s.toks[2].fold, "capital");
	geokg__text_close(t);
}
END_TEST

START_TEST(test_fold)
{
	const char *in = "C\xC3\xB4te d'Ivoire and the U.N. and S\xC3\xA3o Tom\xC3\xA9";
	geokg__text *t;
	geokg__sent s;
	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	ck_assert_int_eq(geokg__text_next(t, &s), 1);
	ck_assert_str_eq(s.buf + s.toks[0].fold, "cote");
	ck_assert_str_eq(s.buf + s.toks[1].fold, "d'ivoire");
	ck_assert_str_eq(s.buf + s.toks[4].fold, "un");
	ck_assert(s.toks[4].flags & GEOKG__T_DOT);
	ck_assert_str_eq(s.buf + s.toks[6].fold, "sao");
	ck_assert_str_eq(s.buf + s.toks[7].fold, "tome");
	ck_assert(s.toks[7].flags & GEOKG__T_CAP);
	geokg__text_close(t);
}
END_TEST

START_TEST(test_invalid_utf8)
{
	const char in[] = "Bad \xFF\xFE bytes \xC3 here \xED\xA0\x80.";
	geokg__text *t;
	geokg__sent s;
	int n = 0;
	ck_assert_int_eq(geokg__text_open(&t, in, sizeof in - 1, NULL), 0);
	while (geokg__text_next(t, &s) == 1)
		n++;
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(geokg__text_invalid(t), 6);
	geokg__text_close(t);
}
END_TEST

START_TEST(test_nul)
{
	const char in[] = "text\0more";
	geokg__text *t = NULL;
	geokg_error e;
	ck_assert_int_eq(geokg__text_open(&t, in, sizeof in - 1, &e),
	                 GEOKG_EINVAL);
	ck_assert_ptr_null(t);
	ck_assert(strstr(e.message, "not text") != NULL);
}
END_TEST

START_TEST(test_dateline)
{
	const char *in = "WASHINGTON (Reuters) - The talks ended.\n\n"
	                 "LOURDES, France - A pope spoke.\n\nBRITAIN has warned.";
	geokg__text *t;
	geokg__sent s;
	ck_assert_int_eq(geokg__text_open(&t, in, strlen(in), NULL), 0);
	ck_assert_int_eq(geokg__text_next(t, &s), 1);
	ck_assert(s.toks[0].flags & GEOKG__T_DATELINE);
	ck_assert(s.toks[4].flags & GEOKG__T_DATELINE); /* the dash */
	ck_assert(!(s.toks[5].flags & GEOKG__T_DATELINE));
	ck_assert_int_eq(geokg__text_next(t, &s), 1);
	ck_assert(s.toks[2].flags & GEOKG__T_DATELINE); /* France */
	ck_assert(!(s.toks[4].flags & GEOKG__T_DATELINE));
	ck_assert_int_eq(geokg__text_next(t, &s), 1);
	ck_assert(!(s.toks[0].flags & GEOKG__T_DATELINE));
	ck_assert_int_eq(geokg__text_next(t, &s), 0);
	geokg__text_close(t);
}
END_TEST

/* A long run with no sentence end is cut into bounded sentences. */
START_TEST(test_long_run)
{
	size_t n = 200000;
	char *in = malloc(n + 1);
	geokg__text *t;
	geokg__sent s;
	size_t count = 0, last = 0;
	for (size_t i = 0; i < n; i++)
		in[i] = (i % 6 == 5) ? ' ' : 'a' + (char)(i % 5);
	in[n] = 0;
	ck_assert_int_eq(geokg__text_open(&t, in, n, NULL), 0);
	while (geokg__text_next(t, &s) == 1) {
		ck_assert_uint_le(s.n, GEOKG__SENT_MAX_TOKENS);
		ck_assert_uint_ge(s.start, last);
		last = s.end;
		count++;
	}
	ck_assert_uint_ge(count, n / 6 / GEOKG__SENT_MAX_TOKENS);
	geokg__text_close(t);
	free(in);
}
END_TEST

static Suite *suite_text(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_split, 0,
	                    (int)(sizeof split_cases / sizeof split_cases[0]));
	tcase_add_test(tc, test_offsets);
	tcase_add_test(tc, test_offsets_debris);
	tcase_add_test(tc, test_fold);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_nul);
	tcase_add_test(tc, test_dateline);
	tcase_add_test(tc, test_long_run);
	tcase_add_test(tc, test_closing_run_bounded);
	tcase_add_test(tc, test_clitic_with_skipped_chars);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_text());
	int failed;
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
