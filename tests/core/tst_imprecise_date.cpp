#include "values/imprecise_date.h"
#include "values_test_support.h"

#include <QDate>
#include <QTest>

using namespace plumbline::values;

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

ImpreciseDate mustParse(const char* text)
{
    const DateParse r = parseDate(text);
    if (!r.ok())
        qFatal("fixture date does not parse: %s", text);
    return r.date;
}

QString isoDay(std::int32_t days)
{
    const CivilDate c = civilFromDays(days);
    return QDate(c.year, c.month, c.day).toString(Qt::ISODate);
}

} // namespace

Q_DECLARE_METATYPE(DateError)
Q_DECLARE_METATYPE(DatePrecision)
Q_DECLARE_METATYPE(DateFormat)
Q_DECLARE_METATYPE(CompareOp)
Q_DECLARE_METATYPE(Truth)

class TestImpreciseDate : public QObject
{
    Q_OBJECT

private slots:
    void civilRoundTripAgreesWithQDate()
    {
        QCOMPARE(daysFromCivil(1970, 1, 1), 0);
        QCOMPARE(daysFromCivil(2000, 3, 1), 11017);
        QCOMPARE(daysFromCivil(1969, 12, 31), -1);
        const qint64 epochJd = QDate(1970, 1, 1).toJulianDay();
        for (int days = daysFromCivil(1, 1, 1); days <= daysFromCivil(9999, 12, 31); days += 7) {
            const CivilDate c = civilFromDays(days);
            QCOMPARE(daysFromCivil(c.year, c.month, c.day), days);
            QCOMPARE(QDate(c.year, c.month, c.day).toJulianDay() - epochJd, qint64(days));
        }
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<DateError>("error");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("latest");
        QTest::addColumn<QString>("iso");

        const auto ok = [](const char* name, const char* in, DatePrecision p, DateFormat f, const char* lo,
                           const char* hi, const char* iso) {
            QTest::newRow(name) << QByteArray(in) << DateError::None << p << f << QString::fromLatin1(lo)
                                << QString::fromLatin1(hi) << QString::fromLatin1(iso);
        };
        const auto bad = [](const char* name, const char* in, DateError e) {
            QTest::newRow(name) << QByteArray(in) << e << DatePrecision::Day << DateFormat::Iso << QString()
                                << QString() << QString();
        };
        using P = DatePrecision;
        using F = DateFormat;
        ok("year", "1954", P::Year, F::Iso, "1954-01-01", "1954-12-31", "1954");
        ok("year-month", "1954-09", P::Month, F::Iso, "1954-09-01", "1954-09-30", "1954-09");
        ok("year-month Feb leap", "2024-02", P::Month, F::Iso, "2024-02-01", "2024-02-29", "2024-02");
        ok("year-month Feb common", "2023-02", P::Month, F::Iso, "2023-02-01", "2023-02-28", "2023-02");
        ok("day", "1954-09-23", P::Day, F::Iso, "1954-09-23", "1954-09-23", "1954-09-23");
        ok("leap day 2024", "2024-02-29", P::Day, F::Iso, "2024-02-29", "2024-02-29", "2024-02-29");
        ok("leap day 2000", "2000-02-29", P::Day, F::Iso, "2000-02-29", "2000-02-29", "2000-02-29");
        ok("far past is a date (range is a rule)", "0019-05-01", P::Day, F::Iso, "0019-05-01", "0019-05-01",
           "0019-05-01");
        ok("far future is a date", "2103-05-01", P::Day, F::Iso, "2103-05-01", "2103-05-01", "2103-05-01");
        ok("datetime T minutes", "2013-06-04T10:30", P::Minute, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:00");
        ok("datetime space seconds", "2013-06-04 10:30:15", P::Second, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:15");
        ok("datetime Z", "2013-06-04T10:30:15Z", P::Second, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:15Z");
        ok("datetime offset", "2013-06-04T10:30:15+01:00", P::Second, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:15+01:00");
        ok("datetime compact negative offset", "2013-06-04T10:30:15-0530", P::Second, F::IsoDateTime, "2013-06-04",
           "2013-06-04", "2013-06-04T10:30:15-05:30");
        ok("datetime hour offset", "2013-06-04T10:30+02", P::Minute, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:00+02:00");
        ok("datetime fraction", "2013-06-04T10:30:15.123Z", P::Second, F::IsoDateTime, "2013-06-04", "2013-06-04",
           "2013-06-04T10:30:15Z");
        ok("UK dd/mm/yyyy (Hampshire CaseDate)", "10/04/2013", P::Day, F::UkDayFirst, "2013-04-10", "2013-04-10",
           "2013-04-10");
        ok("UK single digits", "3/9/1954", P::Day, F::UkDayFirst, "1954-09-03", "1954-09-03", "1954-09-03");
        ok("UK with time", "01/06/2014 09:15", P::Minute, F::UkDayFirst, "2014-06-01", "2014-06-01",
           "2014-06-01T09:15:00");
        ok("UK with seconds", "01/06/2014 09:15:07", P::Second, F::UkDayFirst, "2014-06-01", "2014-06-01",
           "2014-06-01T09:15:07");
        ok("UK with dashes", "04-06-2013", P::Day, F::UkDayFirst, "2013-06-04", "2013-06-04", "2013-06-04");
        ok("UK with dots", "04.06.2013", P::Day, F::UkDayFirst, "2013-06-04", "2013-06-04", "2013-06-04");
        ok("year-first slash", "2013/06/04", P::Day, F::YearFirstSlash, "2013-06-04", "2013-06-04", "2013-06-04");
        ok("surrounding spaces are trimmed", " 2013-05-01 ", P::Day, F::Iso, "2013-05-01", "2013-05-01", "2013-05-01");

        bad("30 February", "2023-02-30", DateError::DayOutOfRange);
        bad("29 February common year", "2023-02-29", DateError::DayOutOfRange);
        bad("1900 is not leap", "1900-02-29", DateError::DayOutOfRange);
        bad("31 April", "2019-04-31", DateError::DayOutOfRange);
        bad("day zero", "2023-01-00", DateError::DayOutOfRange);
        bad("month 13", "2023-13", DateError::MonthOutOfRange);
        bad("month 13 with day", "2023-13-01", DateError::MonthOutOfRange);
        bad("month zero", "2023-00-10", DateError::MonthOutOfRange);
        bad("UK 31/02 (PA-11)", "31/02/2019", DateError::DayOutOfRange);
        bad("UK 31/04", "31/04/2019", DateError::DayOutOfRange);
        bad("US order 06/13/2013 (PA-12)", "06/13/2013", DateError::MonthOutOfRange);
        bad("hour 24", "2013-06-04T24:00", DateError::TimeOutOfRange);
        bad("minute 60", "2013-06-04T10:60", DateError::TimeOutOfRange);
        bad("second 60", "2013-06-04T10:59:60", DateError::TimeOutOfRange);
        bad("offset beyond 14h", "2013-06-04T10:00+15:00", DateError::OffsetOutOfRange);
        bad("offset one digit", "2013-06-04T10:30+1", DateError::Syntax);
        bad("offset on UK datetime", "01/06/2014 09:15Z", DateError::Syntax);
        bad("datetime junk", "2013-06-04T10:30:15Q", DateError::Syntax);
        bad("datetime hour only", "2013-06-04T10", DateError::Syntax);
        bad("two-digit year", "01/06/14", DateError::Syntax);
        bad("mixed separators", "01/06-2014", DateError::Syntax);
        ok("unpadded ISO (DATE-01)", "2015-3-5", P::Day, F::IsoUnpadded, "2015-03-05", "2015-03-05", "2015-03-05");
        ok("unpadded month", "2015-3", P::Month, F::IsoUnpadded, "2015-03-01", "2015-03-31", "2015-03");
        ok("unpadded day", "2015-03-5", P::Day, F::IsoUnpadded, "2015-03-05", "2015-03-05", "2015-03-05");
        bad("unpadded impossible", "2015-2-30", DateError::DayOutOfRange);
        bad("unpadded month 13", "2015-13-1", DateError::MonthOutOfRange);
        bad("three-digit month", "2015-003-01", DateError::Syntax);
        bad("unpadded with time", "2015-3-5T10:00", DateError::Syntax);
        bad("TBC", "TBC", DateError::Syntax);
        bad("Excel serial is not a date", "43466", DateError::Syntax);
        bad("letter in year", "19x4", DateError::Syntax);
        bad("trailing junk", "1954-09-23x", DateError::Syntax);
        bad("reference in withdrawn-date (Hackney)", "2011/0734", DateError::Syntax);
        bad("empty", "", DateError::Empty);
        bad("spaces only", "   ", DateError::Empty);
        bad("negative year", "-0044-03-15", DateError::Syntax);
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(DateError, error);
        const DateParse r = parseDate(view(input));
        QCOMPARE(r.error, error);
        if (error != DateError::None) {
            QVERIFY(!describeDateError(view(input), error).isEmpty());
            return;
        }
        QFETCH(DatePrecision, precision);
        QFETCH(DateFormat, format);
        QFETCH(QString, earliest);
        QFETCH(QString, latest);
        QFETCH(QString, iso);
        QCOMPARE(r.date.precision, precision);
        QCOMPARE(r.date.format, format);
        QCOMPARE(isoDay(r.date.earliest), earliest);
        QCOMPARE(isoDay(r.date.latest), latest);
        QCOMPARE(QString::fromStdString(toIsoString(r.date)), iso);
        QCOMPARE(r.trimmed, input.trimmed().size() != input.size());
        // The suggested ISO form is itself an ISO value meaning the same interval.
        const DateParse again = parseDate(toIsoString(r.date));
        QVERIFY(again.ok());
        QVERIFY(isIsoFormat(again.date.format));
        QCOMPARE(again.date.earliest, r.date.earliest);
        QCOMPARE(again.date.latest, r.date.latest);
    }

    void describe_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("30 February") << QByteArray("2023-02-30")
                                     << QStringLiteral("2023-02-30 is not a date: February 2023 has 28 days.");
        QTest::newRow("31 April UK") << QByteArray("31/04/2019")
                                     << QStringLiteral("31/04/2019 is not a date: April 2019 has 30 days.");
        QTest::newRow("month 13") << QByteArray("2023-13")
                                  << QStringLiteral("2023-13 is not a date: there is no month 13.");
    }

    void describe()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const DateParse r = parseDate(view(input));
        QVERIFY(!r.ok());
        QCOMPARE(describeDateError(view(input), r.error), message);
    }

    void compare_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<CompareOp>("op");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<Truth>("expected");
        const auto row = [](const char* name, const char* a, CompareOp op, const char* b, Truth t) {
            QTest::newRow(name) << QByteArray(a) << op << QByteArray(b) << t;
        };
        using O = CompareOp;
        using T = Truth;
        row("year < day inside it", "1954", O::Less, "1954-09-01", T::Possibly);
        row("year < later year-month", "1953", O::Less, "1954-09", T::Definitely);
        row("year-month < earlier year", "1954-09", O::Less, "1953", T::Never);
        row("same day <", "1954-09-23", O::Less, "1954-09-23", T::Never);
        row("same day <=", "1954-09-23", O::LessEqual, "1954-09-23", T::Definitely);
        row("same day ==", "1954-09-23", O::Equal, "1954-09-23", T::Definitely);
        row("same day !=", "1954-09-23", O::NotEqual, "1954-09-23", T::Never);
        row("same year ==", "1954", O::Equal, "1954", T::Possibly);
        row("same year <=", "1954", O::LessEqual, "1954", T::Possibly);
        row("month contains day ==", "1954-09", O::Equal, "1954-09-23", T::Possibly);
        row("disjoint days !=", "1954-09-22", O::NotEqual, "1954-09-23", T::Definitely);
        row("disjoint years ==", "1953", O::Equal, "1954", T::Never);
        row("ZA start after end (DATE-02)", "2019-05-29", O::LessEqual, "2014-05-06", T::Never);
        row("Burundi term 2010 to 2015-04-30", "2010", O::LessEqual, "2015-04-30", T::Definitely);
        row("term start year vs end year", "2010", O::LessEqual, "2010-07-23", T::Possibly);
        row("> definitely", "2015", O::Greater, "2014-12-31", T::Definitely);
        row("> never on same day", "2015-01-01", O::Greater, "2015-01-01", T::Never);
        row(">= same day", "2015-01-01", O::GreaterEqual, "2015-01-01", T::Definitely);
        row(">= possibly", "2015-01", O::GreaterEqual, "2015-01-15", T::Possibly);
        row(">= never", "2014", O::GreaterEqual, "2015-01-15", T::Never);
        row("UK consult end after decision (PA-16)", "11/12/2013", O::Greater, "20/08/2013", T::Definitely);
        row("UK vs ISO", "20/08/2013", O::Less, "2013-12-11", T::Definitely);
        row("datetimes same day", "2013-06-04T09:00", O::Less, "2013-06-04T10:00", T::Definitely);
        row("datetimes with offsets", "2013-06-04T10:00+01:00", O::Less, "2013-06-04T09:30Z", T::Definitely);
        row("datetimes one offset uses wall clock", "2013-06-04T10:00+01:00", O::Less, "2013-06-04T09:30", T::Never);
        row("minute precision overlaps a second", "2013-06-04T10:00", O::LessEqual, "2013-06-04T10:00:30", T::Possibly);
        row("date vs datetime compares days", "2013-06-04", O::LessEqual, "2013-06-04T10:00", T::Definitely);
        row("date vs datetime next day", "2013-06-05", O::LessEqual, "2013-06-04T23:59", T::Never);
    }

    void compare()
    {
        QFETCH(QByteArray, a);
        QFETCH(CompareOp, op);
        QFETCH(QByteArray, b);
        QFETCH(Truth, expected);
        const DateParse pa = parseDate(view(a));
        const DateParse pb = parseDate(view(b));
        QVERIFY(pa.ok() && pb.ok());
        QCOMPARE(plumbline::values::compare(pa.date, op, pb.date), expected);
    }

    void relativeBounds_data()
    {
        QTest::addColumn<QByteArray>("today");
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("bound");
        QTest::newRow("+50 years (far-future)") << QByteArray("2024-05-15") << 50 << 0 << QStringLiteral("2074-05-15");
        QTest::newRow("29 Feb + 1 year") << QByteArray("2024-02-29") << 1 << 0 << QStringLiteral("2025-02-28");
        QTest::newRow("29 Feb + 4 years") << QByteArray("2024-02-29") << 4 << 0 << QStringLiteral("2028-02-29");
        QTest::newRow("tomorrow") << QByteArray("2024-12-31") << 0 << 1 << QStringLiteral("2025-01-01");
        QTest::newRow("minus 100 years minus a day")
            << QByteArray("2024-03-01") << -100 << -1 << QStringLiteral("1924-02-29");
    }

    void relativeBounds()
    {
        QFETCH(QByteArray, today);
        QFETCH(int, years);
        QFETCH(int, days);
        QFETCH(QString, bound);
        const ImpreciseDate b = relativeToToday(mustParse(today.constData()), years, days);
        QCOMPARE(b.precision, DatePrecision::Day);
        QCOMPARE(isoDay(b.earliest), bound);
    }

    void farFutureAndFutureEntry()
    {
        const ImpreciseDate today = mustParse("2024-05-15");
        const ImpreciseDate limit = relativeToToday(today, 50);
        using plumbline::values::compare;
        QCOMPARE(compare(mustParse("2103-05-01"), CompareOp::Greater, limit), Truth::Definitely);
        QCOMPARE(compare(mustParse("2074"), CompareOp::Greater, limit), Truth::Possibly);
        QCOMPARE(compare(mustParse("2024-05-16"), CompareOp::Greater, today), Truth::Definitely);
        QCOMPARE(compare(mustParse("2024-05"), CompareOp::Greater, today), Truth::Possibly);
        QCOMPARE(compare(mustParse("2024-05-15T23:59"), CompareOp::Greater, today), Truth::Never);
        QCOMPARE(ImpreciseDate::today().precision, DatePrecision::Day);
    }

    void age_data()
    {
        QTest::addColumn<QByteArray>("birth");
        QTest::addColumn<QByteArray>("at");
        QTest::addColumn<int>("minYears");
        QTest::addColumn<int>("maxYears");
        QTest::addColumn<Truth>("adult");
        QTest::newRow("birth 1987, start 2001 (DATE-05)")
            << QByteArray("1987") << QByteArray("2001-03-28") << 13 << 14 << Truth::Never;
        QTest::newRow("full dates") << QByteArray("1950-06-15") << QByteArray("2013-03-28") << 62 << 62
                                    << Truth::Definitely;
        QTest::newRow("year of birth straddles 18")
            << QByteArray("1995") << QByteArray("2013-03-28") << 17 << 18 << Truth::Possibly;
        QTest::newRow("18th birthday") << QByteArray("1995-03-28") << QByteArray("2013-03-28") << 18 << 18
                                       << Truth::Definitely;
        QTest::newRow("day before 18th birthday")
            << QByteArray("1995-03-28") << QByteArray("2013-03-27") << 17 << 17 << Truth::Never;
        QTest::newRow("29 Feb birthday in common year")
            << QByteArray("2000-02-29") << QByteArray("2018-02-28") << 17 << 17 << Truth::Never;
        QTest::newRow("born after the date") << QByteArray("2031") << QByteArray("2013") << -19 << -18 << Truth::Never;
        QTest::newRow("both years") << QByteArray("1960") << QByteArray("2013") << 52 << 53 << Truth::Definitely;
    }

    void age()
    {
        QFETCH(QByteArray, birth);
        QFETCH(QByteArray, at);
        QFETCH(int, minYears);
        QFETCH(int, maxYears);
        QFETCH(Truth, adult);
        const ImpreciseDate b = mustParse(birth.constData());
        const ImpreciseDate a = mustParse(at.constData());
        const AgeRange r = ageAt(b, a);
        QCOMPARE(r.minYears, minYears);
        QCOMPARE(r.maxYears, maxYears);
        QCOMPARE(isAtLeastAge(b, a, 18), adult);
    }

    void monthFirstEvidence_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("monthFirst");
        QTest::newRow("06/13/2013") << QByteArray("06/13/2013") << true;
        QTest::newRow("04/06/2013 ambiguous") << QByteArray("04/06/2013") << false;
        QTest::newRow("13/06/2013 day-first") << QByteArray("13/06/2013") << false;
        QTest::newRow("02/30/2013 neither") << QByteArray("02/30/2013") << false;
        QTest::newRow("ISO") << QByteArray("2013-06-13") << false;
    }

    void monthFirstEvidence()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, monthFirst);
        QCOMPARE(looksMonthFirst(view(input)), monthFirst);
    }

    void excelSerial()
    {
        ImpreciseDate d;
        QVERIFY(parseExcelSerial("43466", &d));
        QCOMPARE(toIsoString(d), std::string("2019-01-01"));
        QVERIFY(parseExcelSerial("36526", &d));
        QCOMPARE(toIsoString(d), std::string("2000-01-01"));
        QVERIFY(!parseExcelSerial("4346", &d));
        QVERIFY(!parseExcelSerial("43466.5", &d));
        QVERIFY(!parseExcelSerial("09999", &d));
    }

    // Kenya birth_date: 35 x YYYY and 82 x YYYY-MM-DD (DATE-09); every value parses.
    void realKenyaBirthDatePrecision()
    {
        bool found = false;
        const std::string json = values_test::readShared("political/kenya-assembly-ep-popolo-v1.0.json", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        int years = 0, days = 0;
        for (const std::string& v : values_test::jsonStringValues(json, "birth_date")) {
            const DateParse r = parseDate(v);
            QVERIFY2(r.ok(), v.c_str());
            years += r.date.precision == DatePrecision::Year;
            days += r.date.precision == DatePrecision::Day;
        }
        QCOMPARE(years, 35);
        QCOMPARE(days, 82);
    }

    // Every date in the three Popolo files is a valid imprecise date, and each Burundi event starts before it
    // ends.
    void realPopoloDatesAllParse()
    {
        for (const char* file :
             {"political/burundi-assembly-ep-popolo-v1.0.json", "political/kenya-assembly-ep-popolo-v1.0.json",
              "political/uk-commons-ep-popolo-v1.0.json"}) {
            bool found = false;
            const std::string json = values_test::readShared(file, &found);
            if (!found)
                QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
            int count = 0;
            for (const char* key : {"birth_date", "death_date", "start_date", "end_date"}) {
                for (const std::string& v : values_test::jsonStringValues(json, key)) {
                    QVERIFY2(parseDate(v).ok(), (std::string(file) + ": " + v).c_str());
                    ++count;
                }
            }
            QVERIFY(count > 20);
        }
    }

    // Hampshire (LGA 2014 schema): all dates are dd/mm/yyyy; 6 of the rows end consultation after the
    // decision.
    void realHampshireUkDates()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/example-planning-applications.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        QCOMPARE(rows.size(), std::size_t(26));
        const auto& header = rows.front();
        int parsed = 0;
        for (const char* column : {"ExtractDate", "CaseDate", "DecisionTargetDate", "DecisionDate",
                                   "DecisionNoticeDate", "PublicConsultationEndDate"}) {
            const int c = values_test::columnIndex(header, column);
            QVERIFY(c >= 0);
            for (std::size_t i = 1; i < rows.size(); ++i) {
                if (rows[i][c].empty())
                    continue;
                const DateParse r = parseDate(rows[i][c]);
                QVERIFY2(r.ok(), rows[i][c].c_str());
                QCOMPARE(r.date.format, DateFormat::UkDayFirst);
                ++parsed;
            }
        }
        QVERIFY(parsed > 100);
        const int end = values_test::columnIndex(header, "PublicConsultationEndDate");
        const int decision = values_test::columnIndex(header, "DecisionDate");
        int late = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const DateParse e = parseDate(rows[i][end]);
            const DateParse d = parseDate(rows[i][decision]);
            if (e.ok() && d.ok())
                late += plumbline::values::compare(e.date, CompareOp::Greater, d.date) == Truth::Definitely;
        }
        QCOMPARE(late, 6);
    }
};

QTEST_APPLESS_MAIN(TestImpreciseDate)
#include "tst_imprecise_date.moc"
