/*
 * check_csv.c - the CSV / TSV reader (RFC 4180 quoting, line numbers,
 * CRLF, BOM) and the dates of news tables.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

/* Read all records of s, joined as "a|b|c" lines with the line numbers:
 * "1:a|b\n3:c\n".  Returns malloc'd text or NULL on a reader error (the
 * message in *err). */
static char *records(const char *s, char delim, int quotes, geokg_error *err)
{
	geokg_csv c;
	geokg_buf out = {0};
	size_t i;
	int rc;

	geokg__csv_init(&c, s, strlen(s), "t.csv", delim, quotes);
	while ((rc = geokg__csv_next(&c, err)) == 1) {
		geokg__buf_printf(&out, "%zu:", c.line);
		for (i = 0; i < c.n; i++)
			geokg__buf_printf(&out, "%s%s", i ? "|" : "", c.fields[i]);
		geokg__buf_puts(&out, "\n");
	}
	geokg__csv_free(&c);
	if (rc < 0) {
		geokg__buf_free(&out);
		return NULL;
	}
	if (!out.data)
		return strdup("");
	return out.data;
}

static void expect_records(const char *in, char delim, int quotes,
                           const char *want)
{
	geokg_error err;
	char *got = records(in, delim, quotes, &err);

	ck_assert_msg(got != NULL, "reading [%s]: %s", in, err.message);
	ck_assert_msg(strcmp(got, want) == 0, "reading [%s]: got [%s], want [%s]",
	              in, got, want);
	free(got);
}

START_TEST(test_plain_fields)
{
	expect_records("a,b,c\n1,2,3\n", ',', 1, "1:a|b|c\n2:1|2|3\n");
	expect_records("a,b\n1,2", ',', 1, "1:a|b\n2:1|2\n");
	expect_records("a,,\n", ',', 1, "1:a||\n");
	expect_records("a,b\r\n1,2\r\n", ',', 1, "1:a|b\n2:1|2\n");
	expect_records("", ',', 1, "");
	expect_records("x\n\ny\n", ',', 1, "1:x\n2:\n3:y\n");
}
END_TEST

START_TEST(test_quoted_fields)
{
	/* delimiters, doubled quotes and line breaks inside quotes */
	expect_records("\"a,b\",\"say \"\"hi\"\"\",c\n", ',', 1,
	               "1:a,b|say \"hi\"|c\n");
	expect_records("\"two\nlines\",x\nnext,y\n", ',', 1,
	               "1:two\nlines|x\n3:next|y\n");
	expect_records("\"\",\"\"\"\"\n", ',', 1, "1:|\"\n");
	/* text after a closing quote is kept */
	expect_records("\"ab\"cd,e\n", ',', 1, "1:abcd|e\n");
	/* a quote inside an unquoted field is an ordinary character */
	expect_records("a\"b,c\n", ',', 1, "1:a\"b|c\n");
}
END_TEST

START_TEST(test_tabs_without_quotes)
{
	expect_records("1\t\"x\t2\n", '\t', 0, "1:1|\"x|2\n");
	expect_records("a,b\tc\n", '\t', 0, "1:a,b|c\n");
}
END_TEST

START_TEST(test_unclosed_quote_names_its_line)
{
	geokg_error err;
	char *got = records("a,b\n1,\"open\nstill\n", ',', 1, &err);

	ck_assert_ptr_null(got);
	ck_assert_str_eq(err.message, "t.csv:2: a quoted field is not closed");
}
END_TEST

START_TEST(test_bom_and_find)
{
	geokg_csv c;

	geokg__csv_init(&c, "\xEF\xBB\xBF" "Id,Text\n", 11, NULL, ',', 1);
	ck_assert_int_eq(geokg__csv_next(&c, NULL), 1);
	ck_assert_str_eq(c.fields[0], "Id");
	ck_assert_int_eq(geokg__csv_find(&c, "text"), 1);
	ck_assert_int_eq(geokg__csv_find(&c, "date"), -1);
	ck_assert_int_eq(geokg__csv_next(&c, NULL), 0);
	geokg__csv_free(&c);
}
END_TEST

static void expect_date(const char *in, const char *want)
{
	char out[11];
	int rc = geokg__date_parse(in, out);

	if (!want) {
		ck_assert_msg(rc < 0, "'%s' parsed as %s", in, out);
		return;
	}
	ck_assert_msg(rc == 0, "'%s' not parsed", in);
	ck_assert_msg(strcmp(out, want) == 0, "'%s' gave %s, want %s", in, out, want);
}

START_TEST(test_dates)
{
	expect_date("2017-12-13", "2017-12-13");
	expect_date(" 2017-12-13T08:15:00Z", "2017-12-13");
	expect_date("20170501", "2017-05-01");
	expect_date("December 13, 2017 ", "2017-12-13");
	expect_date("Dec 13, 2017", "2017-12-13");
	expect_date("dec. 3 2017", "2017-12-03");
	expect_date("Sept 9, 2016", "2016-09-09");
	expect_date("13 December 2017", "2017-12-13");
	expect_date("1 Mar 2016", "2016-03-01");
	expect_date("February 29, 2016", "2016-02-29");
	expect_date("February 29, 2017", NULL);
	expect_date("2017-13-01", NULL);
	expect_date("Decem 13, 2017", NULL);
	expect_date("13 December", NULL);
	expect_date("yesterday", NULL);
	expect_date("", NULL);
	expect_date("2017-12-13x", NULL);
}
END_TEST

/* The public form: the same dates, GEOKG_EINVAL and out untouched for
 * the others. */
START_TEST(test_date_normalize)
{
	char out[11] = "untouched";

	ck_assert_int_eq(geokg_date_normalize("November 9, 2016 ", out), 0);
	ck_assert_str_eq(out, "2016-11-09");
	ck_assert_int_eq(geokg_date_normalize("2016-11-09T10:00:00Z", out), 0);
	ck_assert_str_eq(out, "2016-11-09");
	memcpy(out, "untouched", 10);
	ck_assert_int_eq(geokg_date_normalize("November 31, 2016", out), GEOKG_EINVAL);
	ck_assert_int_eq(geokg_date_normalize("soon", out), GEOKG_EINVAL);
	ck_assert_int_eq(geokg_date_normalize(NULL, out), GEOKG_EINVAL);
	ck_assert_str_eq(out, "untouched");
}
END_TEST

Suite *suite_csv(void);
Suite *suite_csv(void)
{
	Suite *s = suite_create("csv");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_plain_fields);
	tcase_add_test(tc, test_quoted_fields);
	tcase_add_test(tc, test_tabs_without_quotes);
	tcase_add_test(tc, test_unclosed_quote_names_its_line);
	tcase_add_test(tc, test_bom_and_find);
	tcase_add_test(tc, test_dates);
	tcase_add_test(tc, test_date_normalize);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_csv());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
