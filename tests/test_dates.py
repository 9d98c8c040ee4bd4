"""Date finder: every written form, the lines it may come from, sources and precedence."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import DateFinding, find_dates, find_dump_date, parse_date

TITLE = "الجيش يعلن السيطرة على المنطقة"  # "The army announces control of the area"
BODY = (
    "أعلن الجيش في بيان رسمي أنه بسط سيطرته الكاملة على المنطقة بعد معارك استمرت "
    "عدة أسابيع، وقال إن الحياة ستعود إلى طبيعتها قريبا."
)


OTHER_BODY = "وقال المتحدث باسم الجيش إن القوات تواصل عمليات التمشيط في القرى المحيطة بحثا عن بقايا المسلحين."


def _dump(date_line: str) -> list[str]:
    """Title, blank, the line under test, the first paragraph: the usual header shape."""
    return [TITLE, "", date_line, "", BODY]


# (line under the title, crawl date, expected date or None, expected matched text)
FORMS = [
    # Syriac / Levantine month names
    ("21 أيار 2018", None, "2018-05-21", "21 أيار 2018"),
    ("21-أيار-2018", None, "2018-05-21", "21-أيار-2018"),
    ("09-كانون الأول-2020", None, "2020-12-09", "09-كانون الأول-2020"),
    ("12 كانون الثاني 2019", None, "2019-01-12", "12 كانون الثاني 2019"),
    ("15 شباط 2018", None, "2018-02-15", "15 شباط 2018"),
    ("20 آذار 2018", None, "2018-03-20", "20 آذار 2018"),
    ("4 نيسان 2018", None, "2018-04-04", "4 نيسان 2018"),
    ("7 حزيران 2018", None, "2018-06-07", "7 حزيران 2018"),
    ("الأحد 05 تموز 2020", None, "2020-07-05", "الأحد 05 تموز 2020"),
    ("1 آب 2016", None, "2016-08-01", "1 آب 2016"),
    ("30 أيلول 2018", None, "2018-09-30", "30 أيلول 2018"),
    ("3 تشرين الأول 2017", None, "2017-10-03", "3 تشرين الأول 2017"),
    ("11 تشرين الثاني 2018", None, "2018-11-11", "11 تشرين الثاني 2018"),
    ("21 أيّـار 2018", None, "2018-05-21", "21 أيّـار 2018"),  # shadda and tatweel
    # Egyptian / Gulf transliterated names, hamza and teh-marbuta variants
    ("3 يناير 2018", None, "2018-01-03", "3 يناير 2018"),
    ("14 فبراير 2018", None, "2018-02-14", "14 فبراير 2018"),
    ("1 مارس 2018", None, "2018-03-01", "1 مارس 2018"),
    ("9 أبريل 2018", None, "2018-04-09", "9 أبريل 2018"),
    ("9 ابريل 2018", None, "2018-04-09", "9 ابريل 2018"),
    ("9 إبريل 2018", None, "2018-04-09", "9 إبريل 2018"),
    ("الاثنين 21 مايو 2018", None, "2018-05-21", "الاثنين 21 مايو 2018"),
    ("6 يونيو 2018", None, "2018-06-06", "6 يونيو 2018"),
    ("6 يونية 2018", None, "2018-06-06", "6 يونية 2018"),
    ("17 يوليو 2018", None, "2018-07-17", "17 يوليو 2018"),
    ("9 أغسطس 2015", None, "2015-08-09", "9 أغسطس 2015"),
    ("9 اغسطس 2015", None, "2015-08-09", "9 اغسطس 2015"),
    ("11 سبتمبر 2018", None, "2018-09-11", "11 سبتمبر 2018"),
    ("6 اكتوبر 2018", None, "2018-10-06", "6 اكتوبر 2018"),
    ("19 نوفمبر 2018", None, "2018-11-19", "19 نوفمبر 2018"),
    ("25 ديسمبر 2018", None, "2018-12-25", "25 ديسمبر 2018"),
    # Moroccan names (Hespress), with the time after the date
    ("الأحد 9 نونبر 2014 - 00:42", None, "2014-11-09", "الأحد 9 نونبر 2014"),
    ("الخميس 4 ماي 2017 - 20:38", None, "2017-05-04", "الخميس 4 ماي 2017"),
    ("12 يوليوز 2019", None, "2019-07-12", "12 يوليوز 2019"),
    ("السبت 22 غشت 2015 - 18:01", None, "2015-08-22", "السبت 22 غشت 2015"),
    ("5 شتنبر 2016", None, "2016-09-05", "5 شتنبر 2016"),
    ("الأربعاء 7 دجنبر 2016", None, "2016-12-07", "الأربعاء 7 دجنبر 2016"),
    # Algerian / Tunisian names
    ("15 جانفي 2017", None, "2017-01-15", "15 جانفي 2017"),
    ("2 فيفري 2016", None, "2016-02-02", "2 فيفري 2016"),
    ("10 أفريل 2018", None, "2018-04-10", "10 أفريل 2018"),
    ("3 جوان 2017", None, "2017-06-03", "3 جوان 2017"),
    ("25 جويلية 2019", None, "2019-07-25", "25 جويلية 2019"),
    ("13 أوت 2016", None, "2016-08-13", "13 أوت 2016"),
    # Dual forms; two different months are no date
    ("9 آب/أغسطس 2015", None, "2015-08-09", "9 آب/أغسطس 2015"),
    ("19 نيسان (أبريل) 2018", None, "2018-04-19", "19 نيسان (أبريل) 2018"),
    ("6 كانون الأول/ديسمبر 2017", None, "2017-12-06", "6 كانون الأول/ديسمبر 2017"),
    ("13 مايو/ أيار 2018", None, "2018-05-13", "13 مايو/ أيار 2018"),
    ("21 نوفمبر (تشرين الثاني) 2013", None, "2013-11-21", "21 نوفمبر (تشرين الثاني) 2013"),
    ("9 آب/سبتمبر 2015", None, None, None),
    # Eastern Arabic (and Persian) digits
    ("١٢ سبتمبر ٢٠٢٥", None, "2025-09-12", "١٢ سبتمبر ٢٠٢٥"),
    ("۱۲ سبتمبر ۲۰۲۵", None, "2025-09-12", "۱۲ سبتمبر ۲۰۲۵"),
    ("٢١/٠٥/٢٠١٨", None, "2018-05-21", "٢١/٠٥/٢٠١٨"),
    # Weekday prefixes
    ("الإثنين 21 مايو 2018", None, "2018-05-21", "الإثنين 21 مايو 2018"),
    ("الثلاثاء، 22 مايو 2018", None, "2018-05-22", "الثلاثاء، 22 مايو 2018"),
    ("يوم الجمعة 25 مايو 2018", None, "2018-05-25", "يوم الجمعة 25 مايو 2018"),
    # Numeric forms: year first, or day first (never month first)
    ("2018/05/21", None, "2018-05-21", "2018/05/21"),
    ("2018-05-21", None, "2018-05-21", "2018-05-21"),
    ("21/05/2018", None, "2018-05-21", "21/05/2018"),
    ("21-05-2018", None, "2018-05-21", "21-05-2018"),
    ("21.05.2018", None, "2018-05-21", "21.05.2018"),
    ("05/21/2018", None, None, None),
    # Hijri alone, converted; Hijri with Gregorian: the Gregorian wins
    ("23 شوال 1436 هـ", None, "2015-08-08", "23 شوال 1436 هـ"),
    ("12 ربيع الأول 1440 هـ", None, "2018-11-20", "12 ربيع الأول 1440 هـ"),
    ("7/3/1429 هـ", None, "2008-03-15", "7/3/1429 هـ"),
    # ... moved to the weekday printed with it (local sighting vs Umm al-Qura)
    ("الأحد 23 شوال 1436 هـ", None, "2015-08-09", "الأحد 23 شوال 1436 هـ"),
    ("الخميس 7/3/1429 هـ", None, "2008-03-13", "الخميس 7/3/1429 هـ"),
    ("الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م", None, "2015-08-09", "9 أغسطس 2015 م"),
    (
        "الخميس 7/3/1429 هـ - الموافق 13/3/2008 م (آخر تحديث) الساعة 16:25 (مكة المكرمة)، 13:25 (غرينتش)",
        None,
        "2008-03-13",
        "13/3/2008 م",
    ),
    ("1447 شعبان 20 | 08 فبراير 2026", None, "2026-02-08", "08 فبراير 2026"),
    ("آخر تحديث: 23 شوال 1436 هـ الموافق 9 أغسطس 2015 م", None, "2015-08-09", "9 أغسطس 2015 م"),
    ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", None, "2015-08-10", "10 أغسطس 2015 م"),
    ("مايو 21، 2018", None, "2018-05-21", "مايو 21، 2018"),  # month first (WordPress)
    # Months in Latin letters (MTV Lebanon's "30 Apr 2018 16:15"; the Maghreb's French names)
    ("30 Apr 2018 16:15", None, "2018-04-30", "30 Apr 2018"),
    ("09 MAY 2018", None, "2018-05-09", "09 MAY 2018"),
    ("April 30, 2018", None, "2018-04-30", "April 30, 2018"),
    ("12 avril 2019", None, "2019-04-12", "12 avril 2019"),
    ("3 février 2020", None, "2020-02-03", "3 février 2020"),
    ("30 Apr", None, None, None),
    # Numbered Levantine months, as a CMS locale prints them; a day never glued to a letter
    ("نشر بتاريخ: 02 تشرين1/أكتوبر 2018", None, "2018-10-02", "02 تشرين1/أكتوبر 2018"),
    ("15 كانون2 2019", None, "2019-01-15", "15 كانون2 2019"),
    ("تشرين1/أكتوبر 2018", None, None, None),
    # ... but a day glued to any other letter is still a day (review22 F3, F4)
    ("1 رمضان 1444هـ الموافق لـ24 مارس 2023م", None, "2023-03-24", "24 مارس 2023م"),
    ("نشر في:الخميس5 أكتوبر 2023 - 10:30 ص", None, "2023-10-05", "الخميس5 أكتوبر 2023"),
    # Mauritanian spellings (Sahara Medias)
    ("22 دجمبر 2016", None, "2016-12-22", "22 دجمبر 2016"),
    ("22 أغشت 2015 - 08:07", None, "2015-08-22", "22 أغشت 2015"),
    # ... but a Latin-letter month among other Latin words dates no page (review19 D1-D5)
    ("صورة: شعار Windows 10 April 2018 Update", None, None, None),
    ("— Saad Hariri (@saadhariri) May 11, 2018", None, None, None),
    ("Posted by Saad Hariri on Friday, May 11, 2018", None, None, None),
    ("Mon, 30 Apr 2018 16:15 GMT", None, "2018-04-30", "30 Apr 2018"),
    ("الإثنين 21/مايو/2018 - 10:30 ص", None, "2018-05-21", "الإثنين 21/مايو/2018"),
    ("نشر في الشروق يوم 21 - 05 - 2018", None, "2018-05-21", "21 - 05 - 2018"),
    ("2018م/05/21", None, None, None),
    # Datelines and bylines with a date
    ("دمشق - 21 أيار 2018", None, "2018-05-21", "21 أيار 2018"),
    ("نشر في: 21/05/2018 - 10:30", None, "2018-05-21", "21/05/2018"),
    # No year, invalid day: no date
    ("21 أيار", None, None, None),
    ("الأحد 9 نونبر", None, None, None),
    ("31 شباط 2018", None, None, None),
    ("29 فبراير 2019", None, None, None),
    ("30/02/2018", None, None, None),
    ("13/13/2018", None, None, None),
    ("31 شوال 1436 هـ", None, None, None),
    # Relative phrases count only against a known crawl date
    ("منذ سنتين 9 أشهر", "2024-06-12", "2021-09-12", "منذ سنتين 9 أشهر"),
    ("منذ سنتين 9 أشهر", None, None, None),
    ("·منذ 6 سنوات 7 أشهر", "2024-06-12", "2017-11-12", "·منذ 6 سنوات 7 أشهر"),
    ("أمس", "2018-05-22", "2018-05-21", "أمس"),
    ("أمس", None, None, None),
    ("منذ 3 أيام", "2018-05-22", "2018-05-19", "منذ 3 أيام"),
    ("قبل ساعتين", "2018-05-22 09:00", "2018-05-22", "قبل ساعتين"),
    # A date inside prose is not the publication date
    ("وكان الجيش قد بدأ الهجوم في 29 آب الماضي", None, None, None),
    ("وقتلت المقاتلة في 15 آذار 2018.", None, None, None),
    (
        "وقالت الوحدات الكردية في بيان إن المقاتلة قتلت يوم 15 آذار 2018 خلال قصف تركي "
        "على قرية قرب عفرين في شمال سوريا.",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("date_line", "crawled", "expected", "matched"), FORMS)
def test_find_dump_date_reads_each_written_form(
    date_line: str, crawled: str | None, expected: str | None, matched: str | None
) -> None:
    finding = find_dump_date(_dump(date_line), title=TITLE, name="dump.txt", crawled=crawled)
    if expected is None:
        assert finding == DateFinding(None, None)
    else:
        assert finding == DateFinding(dt.date.fromisoformat(expected), f"dump line 3: {matched}")


def test_find_dates_lists_hijri_and_gregorian_in_order() -> None:
    line = "23 شوال 1436 هـ - 9 أغسطس 2015 م"
    assert find_dates(line) == [
        (dt.date(2015, 8, 8), "23 شوال 1436 هـ"),
        (dt.date(2015, 8, 9), "9 أغسطس 2015 م"),
    ]


def test_find_dates_finds_nothing_without_a_year() -> None:
    assert find_dates("في 29 آب الماضي") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21-أيار-2018", dt.date(2018, 5, 21)),
        ("2018-05-21T10:30:00+03:00", dt.date(2018, 5, 21)),
        ("20180521", dt.date(2018, 5, 21)),
        ("الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م", dt.date(2015, 8, 9)),
        ("21 أيار 2018 - 22 أيار 2018", None),  # two different dates: not one date
        ("", None),
        ("أمس", None),
    ],
)
def test_parse_date_reads_one_full_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


# ── Where the date comes from, and precedence ───────────────────────────────


def test_explicit_value_wins_over_the_dump() -> None:
    finding = find_dump_date(
        _dump("21 أيار 2018"),
        title=TITLE,
        name="2017-01-01.txt",
        explicit="2019-03-04",
        explicit_label="front matter date",
    )
    assert finding == DateFinding(dt.date(2019, 3, 4), "explicit: front matter date")


def test_unreadable_explicit_value_falls_back_to_the_dump() -> None:
    finding = find_dump_date(_dump("21 أيار 2018"), title=TITLE, name="x.txt", explicit="قريبا")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 3: 21 أيار 2018")


def test_dump_line_wins_over_url_and_file_name() -> None:
    finding = find_dump_date(
        _dump("21 أيار 2018"),
        title=TITLE,
        name="2017-01-01.txt",
        url="https://example.com/2016/02/03/x",
    )
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 3: 21 أيار 2018")


def test_url_wins_over_file_name() -> None:
    url = "https://example.com/news/2016/02/03/story"
    finding = find_dump_date(_dump(""), title=TITLE, name="2017-01-01.txt", url=url)
    assert finding == DateFinding(dt.date(2016, 2, 3), f"url: {url}")


def test_url_on_a_header_line_of_the_dump() -> None:
    url = "https://al-sharq.com/opinion/01/12/2011/story"
    finding = find_dump_date(_dump(f"المصدر: {url}"), title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2011, 12, 1), f"url (dump line 3): {url}")


def test_url_on_a_source_line_below_the_body() -> None:
    url = "https://example.com/2016/02/03/story"
    lines = [TITLE, "", BODY, "", BODY, "", f"المصدر: {url}"]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2016, 2, 3), f"url (dump line 7): {url}")


def test_bare_url_below_the_body_may_be_another_story() -> None:
    lines = [TITLE, "", BODY, "", "اقرأ أيضا", "https://example.com/2016/02/03/other"]
    assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)


@pytest.mark.parametrize(
    ("name", "expected", "matched"),
    [
        ("news_2018-05-21_army.txt", dt.date(2018, 5, 21), "2018-05-21"),
        ("SK-internationalNews-901-20180412.txt", dt.date(2018, 4, 12), "20180412"),
        ("001_orient_skynewsarabia.txt", None, None),
        ("000_01e968b15b1d37f1.txt", None, None),
        ("report-2018-13-40.txt", None, None),
    ],
)
def test_file_name_date_comes_last(name: str, expected: dt.date | None, matched: str) -> None:
    finding = find_dump_date(_dump(""), title=TITLE, name=name)
    source = f"file name: {matched}" if expected else None
    assert finding == DateFinding(expected, source)


def test_publication_date_wins_over_update_date() -> None:
    lines = [TITLE, "آخر تحديث: 22 مايو 2018", "نشر في: 21 مايو 2018", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 3: 21 مايو 2018")
    one_line = [TITLE, "آخر تحديث: 22 مايو 2018 - نشر في: 21 مايو 2018", BODY]
    finding = find_dump_date(one_line, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 2: 21 مايو 2018")


def test_update_date_alone_is_taken() -> None:
    lines = [TITLE, "آخر تحديث: 22 مايو 2018", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 22), "dump line 2: 22 مايو 2018")


def test_article_date_after_title_wins_over_crawl_date_at_top() -> None:
    # Al-Sharq archive pages (corpus 026, 029): crawl date, "تسجيل" (sign up), title, date.
    lines = ["20 سبتمبر 2025", "", "تسجيل", "", TITLE, "", "11 يونيو 2018", "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 6, 11), "dump line 7: 11 يونيو 2018")


def test_crawl_date_far_above_the_title_is_not_taken() -> None:
    lines = ["20 سبتمبر 2025", "", "تسجيل", "", TITLE, "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)


def test_date_line_just_above_the_title_is_taken() -> None:
    # Saudi papers (corpus 031): Hijri + Gregorian date line, then the title.
    lines = ["الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م", "", TITLE, "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2015, 8, 9), "dump line 1: 9 أغسطس 2015 م")


def test_date_just_above_the_title_equal_to_the_crawl_date_is_not_taken() -> None:
    lines = ["20 سبتمبر 2025", "", TITLE, "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt", crawled="2025-09-20")
    assert finding == DateFinding(None, None)


MASTHEAD = ["الرئيسية", "محليات", "اقتصاد", "رياضة"]


def test_masthead_date_between_the_page_title_and_the_headline_is_not_taken() -> None:
    # The page's <title>, the masthead's "today" (Hijri and Gregorian), its menu, then the
    # headline and the article's own date under it.
    top = [f"{TITLE} - القبس", "", "القبس", "الثلاثاء 13 جمادى الأولى 1447 هـ | 4 نوفمبر 2025 م", *MASTHEAD, ""]
    lines = [*top, TITLE, "", "مكة المكرمة - واس", "6 أغسطس 2015  9:39 ص", "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2015, 8, 6), "dump line 13: 6 أغسطس 2015")
    undated = [*top, TITLE, "", "الوئام - DW:", "نُشر منذ 10 أعوام", "", BODY]
    assert find_dump_date(undated, title=TITLE, name="x.txt") == DateFinding(None, None)


def test_masthead_date_over_its_menu_is_not_taken_for_a_headline_under_the_menu() -> None:
    lines = [TITLE, "", "بوابة الشروق", "الثلاثاء، 4 نوفمبر 2025", "محافظات | منوعات | اقتصاد | عرب وعالم", "", TITLE]
    lines += ["", "كتبت - منى ياسين", "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)


def test_issue_date_over_the_section_name_over_the_headline_is_taken() -> None:
    # Al-Jarida: the page's <title>, menu, the issue's date, the section's name, the headline.
    lines = [f"{TITLE} - جريدة الجريدة", "", "تسجيل الدخول", *MASTHEAD, "", "السبت 23 يونيو 2018", "", "محليات"]
    lines += [TITLE, "", "لندن - كمال قبيسي", "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 6, 23), "dump line 9: السبت 23 يونيو 2018")


def test_headline_under_a_ticker_read_as_the_body_still_ends_the_masthead() -> None:
    # Al-Masirah: "<site> | <title>", the masthead's day, a long menu, a ticker's long headline
    # (the first "prose" line), then the headline and the article's own date.
    top = [f"المسيرة نت | {TITLE}", "", "المسيرة نت", "الجمعة، 5 يوليو 2024 | 28 ذو الحجة 1445", "", *MASTHEAD]
    ticker = (
        'البرلمان البلجيكي يتجاهل استعطاف "الأمير الملعون" ويخفض مخصصاته ... نادال يواجه صديقه القديم'
        " في رولان غاروس ... طائرة ألمانية تغير وجهتها بسبب تهديد بوجود قنبلة ... مقتل بريطانية في عفرين"
    )
    lines = [*top, "أخبار محلية", "", "شريط الأخبار", ticker, "", TITLE, "", "المسيرة نت| الحديدة", "2018/10/02 18:39"]
    finding = find_dump_date([*lines, "", BODY], title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 10, 2), "dump line 18: 2018/10/02")


def test_a_copy_of_the_title_under_the_lead_is_no_headline_for_the_date() -> None:
    # a caption repeating the title under the first paragraph; the date over the lead counts
    lines = [TITLE, "الخميس 6 أغسطس 2015", "دبي - الخليج", "", BODY, "", BODY, "", TITLE, "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2015, 8, 6)


def test_a_publication_date_three_lines_over_the_headline_is_taken() -> None:
    lines = [f"{TITLE} - صحيفة الخليج", "نشر في: الخميس 6 أغسطس 2015", "اقتصاد", "كتب: محمد علي", TITLE, "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2015, 8, 6)


def test_a_masthead_day_over_the_menu_is_not_taken_when_the_title_is_printed_once() -> None:
    # Al-Masirah: the page's title, the site, the day of the visit, then the menu from its home link.
    lines = [TITLE, "", "المسيرة نت", "الخميس، 1 أغسطس 2024 | 25 محرم 1446", "", *MASTHEAD, "تقارير", "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)
    dated = [TITLE, "الخميس، 1 أغسطس 2024", "", "شارك", "فيسبوك", "تويتر", "واتساب", "", BODY]  # share buttons
    assert find_dump_date(dated, title=TITLE, name="x.txt").date == dt.date(2024, 8, 1)


def test_a_date_over_the_body_under_a_long_menu_is_taken() -> None:
    # Al-Hadath: the page's title, then a menu of twenty sections one a line, the section's name and
    # the date, a caption, the first paragraph: the date is read however long the menu over it.
    menu = ["الرئيسية", "محليات", "ترجمات", "مقالات", "الحدث الإسرائيلي", "منوعات", "تقارير", "ثقافة"]
    menu += ["الحدث العربي والدولي", "ملف العدد", "الضفة الغربية", "غزة", "صحة", "كاريكاتير", "العدد الورقي"]
    lines = [f"{TITLE} | صحيفة الحدث", "", "الحدث", *menu, "فيديو", "", "منوعات", "الأربعاء 28 آذار 2018"]
    lines += ["", "جانب من الاجتماع (الحدث)", "", BODY]
    assert len(menu) > 14
    assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2018, 3, 28)


def test_a_poem_s_date_far_under_the_title_is_not_taken() -> None:
    # Review F8: seventeen verses, then the poem's place and date, then the story; the URL dates it.
    verses = [
        "على هذه الأرض ما يستحق الحياة",
        "تردد إبريل",
        "رائحة الخبز في الفجر",
        "آراء امرأة في الرجال",
        "كتابات أسخيليوس",
        "أول الحب",
        "عشب على حجر",
        "أمهات يقفن على خيط ناي",
        "وخوف الغزاة من الذكريات",
        "نهاية أيلول",
        "سيدة تترك الأربعين بكامل مشمشها",
        "ساعة الشمس في السجن",
        "غيم يقلد سربا من الكائنات",
        "هتافات شعب لمن يصعدون إلى حتفهم باسمين",
        "وخوف الطغاة من الأغنيات",
        "على هذه الأرض سيدة الأرض",
        "أم البدايات أم النهايات",
    ]
    lines = [TITLE, "", "ثقافة", TITLE, "", *verses, "", "بيروت 12 آب 1986", "", BODY]
    url = "https://example.com/culture/2020/08/09/darwish-poem"
    assert find_dump_date(lines, title=TITLE, name="x.txt", url=url).date == dt.date(2020, 8, 9)
    # verses of one to three words are as short as a menu's items (the second review's N7)
    short = ["أمشي وحدي", "في المدينة", "لا ظل لي", "سوى الغبار", "ولا نافذة", "تفتح قلبها", "للريح", "أكتب اسمي"]
    short += ["على الماء", "فيمحوه الموج", "وأعود", "إلى أول الحلم", "كأنني طفل", "نسي الطريق", "إلى بيته"]
    short += ["وتذكر أمه", "حين أغمض", "عينيه قليلا", "ونام", "على كتف القمر"]
    lines = [TITLE, "", "ثقافة", TITLE, "", *short, "", "باريس 3 أيار 1995", "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt", url=url).date == dt.date(2020, 8, 9)


def test_a_date_labelled_today_is_the_masthead_s() -> None:
    lines = ["المدى", "جريدة سياسية يومية مستقلة", "اليوم: الأحد 14 أيلول 2025", *MASTHEAD, "", BODY]
    assert find_dump_date(lines, title="عنوان لا يرد في الصفحة", name="x.txt") == DateFinding(None, None)
    assert find_dump_date([TITLE, "اليوم: الأحد 14 أيلول 2025", BODY], title=TITLE, name="x.txt").date is None


def test_title_with_site_suffix_and_repeated_title() -> None:
    lines = [f"{TITLE} - أورينت نت", "", TITLE, "21-أيار-2018", "", BODY]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 4: 21-أيار-2018")


def test_dateline_opening_the_first_paragraph() -> None:
    lines = [TITLE, "", f"دمشق - 21 أيار 2018 - {BODY}"]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 3: 21 أيار 2018")


VOWELLED_BODY = "".join(char + "\u0651\u064e" if char.isalpha() else char for char in BODY)  # shadda and fatha


@pytest.mark.parametrize(
    ("opening", "paragraph", "expected"),
    [
        ("دمشق - 21 أيار 2018 - ", BODY, (dt.date(2018, 5, 21), "21 أيار 2018")),
        # Three words, then "يوم" and a weekday: the date starts at the sixth word.
        ("مراسلنا الخاص دمشق يوم الأحد 21 أيار 2018 - ", BODY, (dt.date(2018, 5, 21), "يوم الأحد 21 أيار 2018")),
        ("مراسلنا الخاص في دمشق يوم الأحد 21 أيار 2018 - ", BODY, None),  # four words before it
        # The longest date pattern: seven words.
        (
            "بيروت، 21 كانون الثاني / كانون ثاني 2018 م: ",
            BODY,
            (dt.date(2018, 1, 21), "21 كانون الثاني / كانون ثاني 2018 م"),
        ),
        # Tashkeel: the first DATELINE_HEAD_CHARS characters fold to too few words, the whole line is read.
        ("دمشق - 21 أيار 2018 - ", VOWELLED_BODY, (dt.date(2018, 5, 21), "21 أيار 2018")),
    ],
)
def test_dateline_of_a_long_first_paragraph(opening: str, paragraph: str, expected: tuple[dt.date, str] | None) -> None:
    """Only the start of a long paragraph is read for its dateline: the same finding as reading it all."""
    lines = [TITLE, "", opening + " ".join([paragraph] * 5)]
    finding = find_dump_date(lines, title=TITLE, name="x.txt")
    if expected is None:
        assert finding == DateFinding(None, None)
    else:
        assert finding == DateFinding(expected[0], f"dump line 3: {expected[1]}")


def test_dates_below_the_body_start_are_not_taken() -> None:
    # Related headlines with dates and reader comments with relative times.
    lines = [TITLE, "", BODY, "", BODY, "", "مواضيع ذات صلة", "خبر آخر", "الاثنين 6 فبراير 2017"]
    lines += ["التعليقات (2)", "    خالد", "    ·منذ 6 سنوات 7 أشهر"]
    finding = find_dump_date(lines, title=TITLE, name="x.txt", crawled="2024-06-12")
    assert finding == DateFinding(None, None)


def test_bare_date_line_after_the_first_paragraph_is_article_text() -> None:
    # A match schedule in a Jawhara FM story: the date heads the next paragraph.
    lines = [TITLE, BODY, "", "الإربعاء 15 فيفري 2017", "", "الساعة 14:00 النادي الصفاقسي"]
    assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)


def test_without_title_a_single_header_date_is_taken() -> None:
    lines = ["الرئيسية", "", TITLE, "الخميس 4 ماي 2017 - 20:38", "", BODY]
    finding = find_dump_date(lines, title=None, name="x.txt")
    assert finding == DateFinding(dt.date(2017, 5, 4), "dump line 4: الخميس 4 ماي 2017")


def test_without_title_a_listing_page_gets_no_date() -> None:
    # Section index (corpus 038): many teasers, each with its own date line.
    lines = ["دولية", "", "خبر أول", "الاثنين 6 فبراير 2017 - 20:00", BODY, "اقرأ المزيد"]
    lines += ["", "خبر ثان", "الثلاثاء 2 ماي 2017 - 08:02", BODY, "اقرأ المزيد"]
    assert find_dump_date(lines, title=None, name="x.txt") == DateFinding(None, None)


def test_title_not_in_dump_falls_back_to_header_lines() -> None:
    finding = find_dump_date(_dump("21 أيار 2018"), title="عنوان آخر", name="x.txt")
    assert finding == DateFinding(dt.date(2018, 5, 21), "dump line 3: 21 أيار 2018")


def test_empty_dump_has_no_date() -> None:
    assert find_dump_date([""], title=None, name="x.txt") == DateFinding(None, None)


def test_a_masthead_day_over_the_hijri_day_and_the_site_s_name_over_its_menu_is_not_taken() -> None:
    # Al-Forat: "<site> | <headline>", the day of the visit in both calendars, the site's names, then
    # its menu on one line or one item a line; the article states no date of its own.
    top = [f"الفرات نيوز | {TITLE}", "الاثنين 30 كانون الأول 2024", "28 جمادى الآخرة 1446 هـ", "وكالة الفرات نيوز"]
    for menu in (["الرئيسية أخبار سياسية أخبار أمنية اقتصاد محليات رياضة"], list(MASTHEAD)):
        lines = [*top, "Alforat News", *menu, "", "بغداد (الفرات نيوز)", BODY]
        assert find_dump_date(lines, title=TITLE, name="x.txt") == DateFinding(None, None)
    # a date under the title with a long line before the menu is the article's
    lines = [TITLE, "الاثنين 30 كانون الأول 2024", "كتب محمد علي عن زيارة الوزير إلى المحافظة", "الرئيسية"]
    assert find_dump_date([*lines, "", BODY], title=TITLE, name="x.txt").date == dt.date(2024, 12, 30)


def test_a_labelled_publication_date_under_the_standfirst_is_taken() -> None:
    # France 24: the headline, the standfirst (read as the first body line), its credit, then
    # "نشرت في: …"; a bare date in the same place would be text (a match schedule).
    lines = [TITLE, "رياضة", BODY, "فرانس 24 / أ ف ب", "نشرت في: 23/06/2018 - 22:30", "آخر تحديث: 24/06/2018 - 23:34"]
    assert find_dump_date([*lines, "", BODY], title=TITLE, name="x.txt").date == dt.date(2018, 6, 23)
    short = [TITLE, "اقتصاد", BODY, "فرانس 24", "نشرت في: 10/07/2018 - 14:51", "", BODY]  # the credit: the name alone
    assert find_dump_date(short, title=TITLE, name="x.txt").date == dt.date(2018, 7, 10)
    bare = [TITLE, "رياضة", BODY, "الأحد 24 يونيو 2018", "", OTHER_BODY]
    assert find_dump_date(bare, title=TITLE, name="x.txt") == DateFinding(None, None)
    # ... unless the lead is a standfirst, printed again under the date (Palestine Today), cut or whole
    cut = BODY[:80] + "..."
    for standfirst in (BODY, cut):
        page = [TITLE, standfirst, "", "الأربعاء 27 يونيو 2018 | 07:09 م بتوقيت القدس", "", BODY, "", OTHER_BODY]
        assert find_dump_date(page, title=TITLE, name="x.txt").date == dt.date(2018, 6, 27)
    # (review21 D1, D2) not a photo's caption dated at its end, nor a related story's date under
    # its box, between the standfirst and its copy
    caption = "الملك سلمان خلال زيارته للحد الجنوبي - 12 مارس 2017 (أرشيفية)"
    page = ["الأحد 17 يونيو 2018", TITLE, BODY, "", caption, "", BODY, "", OTHER_BODY]
    assert find_dump_date(page, title=TITLE, name="x.txt").date == dt.date(2018, 6, 17)
    related = ["طالع أيضا", "الجيش يحرر قرى جديدة في ريف المحافظة", "الإثنين 11 يونيو 2018"]
    page = ["الأربعاء 27 يونيو 2018", TITLE, BODY, "", *related, "", BODY, "", OTHER_BODY]
    assert find_dump_date(page, title=TITLE, name="x.txt").date == dt.date(2018, 6, 27)
    # Al-Roeya: the label vowelled ("نُشر:"), under the lead's caption and the dateline
    roeya = [TITLE, BODY, "من المكان - (الرؤية)", "دبي ـ خاص", "نُشر: 3 أغسطس 2015 - 05:15 م", "", BODY]
    assert find_dump_date(roeya, title=TITLE, name="x.txt").date == dt.date(2015, 8, 3)


def test_a_related_story_s_or_a_comment_s_date_under_the_lead_is_not_the_article_s() -> None:
    """Review14 F08-F09: a related story's or a comment's "نشر في:" under a short lead is not the
    article's date (the date over the title and the URL's win; alone, none is read); a breadcrumb
    under the article's date is no home menu."""
    related = ["اقرأ أيضا", "الجيش يحرر قرى جديدة في ريف المحافظة", "نشر في: 3 مارس 2023"]
    lines = ["الأحد 12 مايو 2024", TITLE, "", BODY, *related, "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2024, 5, 12)
    url = "https://www.example.com/2024/05/12/army-control"
    assert find_dump_date([TITLE, "", BODY, *related], title=TITLE, name="x.txt", url=url).date == dt.date(2024, 5, 12)
    comments = ["التعليقات", "أبو خالد", "نشر في: 14 يناير 2025 - 10:32"]
    assert find_dump_date([TITLE, "", BODY, *comments, "الله يحفظ جنودنا"], title=TITLE, name="x.txt").date is None
    lines = [TITLE, "الاثنين 30 كانون الأول 2024", "بغداد - علي حسين", "الرئيسية / أخبار / العراق / سياسة", "", BODY]
    assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2024, 12, 30)


def test_review15_a_labelled_date_under_the_lead_and_a_menu_with_separators() -> None:
    """Review15 D01-D02: "نشرت في:" under the lead and its credit (blank lines between, or a credit
    on two lines) is read, and beats the masthead's day over the headline; a one-line menu with "»"
    or " / " between six items is a menu, not a breadcrumb."""
    label = "نشرت في: 23/06/2018 - 22:30"
    pages = [
        [TITLE, "", "رياضة", "", BODY, "", "فرانس 24 / أ ف ب", "", label, "", BODY],
        [TITLE, "رياضة", BODY, "فرانس 24", "أ ف ب", label, "", BODY],
        ["الاثنين 25 يونيو 2018", TITLE, "رياضة", BODY, "فرانس 24 / أ ف ب", label, "", BODY],
    ]
    assert all(find_dump_date(page, title=TITLE, name="x.txt").date == dt.date(2018, 6, 23) for page in pages)
    url = "https://alforatnews.iq/news/2024/12/28/army"
    for menu in (
        "الرئيسية أخبار سياسية أخبار أمنية اقتصاد رياضة المزيد »",
        "الرئيسية / أخبار سياسية / أخبار أمنية / اقتصاد / رياضة / منوعات",
    ):
        lines = [TITLE, "الاثنين 30 كانون الأول 2024", "28 جمادى الآخرة 1446 هـ", "وكالة الفرات نيوز", menu, "", BODY]
        assert find_dump_date(lines, title=TITLE, name="x.txt", url=url).date == dt.date(2024, 12, 28)


def test_review16_a_deep_breadcrumb_and_a_box_header_under_a_short_lead() -> None:
    """Review16 F03-F04: a breadcrumb of five levels under the article's date is no home menu; a box's
    header under a one-paragraph story ("أخبار متعلقة", "آراء القراء") is no credit line: the related
    story's or the comment's "نشر في:" is not the article's date."""
    for crumb in (
        "الرئيسية » أخبار » اقتصاد » بنوك ومصارف » البنك المركزي",
        "الرئيسية › أخبار › عربي ودولي › الشرق الأوسط › مصر",
    ):
        for dateline in ("الخميس 21 مارس 2024 - 10:45", "نشر في: 21/03/2024"):
            assert find_dump_date([TITLE, dateline, crumb, "", BODY], title=TITLE, name="x.txt").date == dt.date(
                2024, 3, 21
            )
    related = ["الخميس 21 مارس 2024", TITLE, "", BODY, "", "أخبار متعلقة", "", "نشر في: 12/02/2024", "عنوان آخر"]
    assert find_dump_date(related, title=TITLE, name="x.txt").date == dt.date(2024, 3, 21)
    comments = ["الخميس 21 مارس 2024", TITLE, "", BODY, "", "آراء القراء", "", "أحمد محمود", "", "نشر في: 23/03/2024"]
    assert find_dump_date(comments, title=TITLE, name="x.txt").date == dt.date(2024, 3, 21)


def test_review17_credits_without_separators_dates_in_both_calendars_and_outlets_named_news() -> None:
    """Review17 F03-F05: "نشرت في:" under a credit with no separator ("فرانس 24", "أ ف ب") beats the
    masthead's day over the headline; the article's own date in both calendars over a breadcrumb is
    read; a credit naming an outlet "أخبار …" does not stop the search."""
    label = "نشرت في: 23/06/2018 - 22:30"
    for credit in (["فرانس 24", "أ ف ب"], ["رويترز"], ["المنامة - أخبار الخليج"]):
        lines = ["الاثنين 25 يونيو 2018", TITLE, "رياضة", BODY, *credit, label, "", BODY]
        assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2018, 6, 23)
    for dateline in ("الخميس 11 رمضان 1445 هـ - 21 مارس 2024", "21 مارس 2024 م - 11 رمضان 1445 هـ"):
        lines = [TITLE, dateline, "الرئيسية / أخبار / محليات", "", BODY]
        assert find_dump_date(lines, title=TITLE, name="x.txt").date == dt.date(2024, 3, 21)


def test_a_date_set_as_a_badge_one_part_a_line_is_read() -> None:
    """Tayyar.org: "08", "MARCH", "2018" on three lines under the headline; an Arabic month too."""
    badge = [TITLE, "", "08", "MARCH", "2018", "", BODY]
    assert find_dump_date(badge, title=TITLE, name="x.txt").date == dt.date(2018, 3, 8)
    arabic = [TITLE, "", "22", "أيار", "2018", "", BODY]
    assert find_dump_date(arabic, title=TITLE, name="x.txt").date == dt.date(2018, 5, 22)
    scores = [TITLE, "", "08", "مباراة", "2018", "", BODY]  # no month: no date
    assert find_dump_date(scores, title=TITLE, name="x.txt").date is None
    # Review20 D1, D3: a badge elsewhere is not read: the masthead's day between the page's <title>
    # and the headline, a match card's kick-off between the headline and the byline.
    masthead = [f"{TITLE} - التيار", "", "14", "JUNE", "2019", "", TITLE, "", "الجمعة 02 آذار 2018", "", BODY]
    assert find_dump_date(masthead, title=TITLE, name="x.txt").date == dt.date(2018, 3, 2)
    card = [TITLE, "الترجي الرياضي", "النجم الساحلي", "الأحد", "20", "ماي", "2018", "ملعب رادس", "",
            "تونس - الشروق", "الخميس 17 ماي 2018", "", BODY]  # fmt: skip
    assert find_dump_date(card, title=TITLE, name="x.txt").date == dt.date(2018, 5, 17)
