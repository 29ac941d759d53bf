// The value conversions under the XLSX reader and writer: Excel serials to ISO dates (1900 and 1904 systems,
// the fake 1900-02-29), number formats that mean dates, and the shortest round-trip text of numbers.
#include "io/xlsx/excel_date.h"
#include "io/xlsx/number_text.h"
#include "io/xlsx/xlsx_text.h"
#include "io/xlsx/xlsx_writer.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace plumbline;

Q_DECLARE_METATYPE(plumbline::ExcelDateKind)

class TestXlsxValues : public QObject
{
    Q_OBJECT

private slots:
    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<ExcelDateKind>("kind");
        QTest::addColumn<QString>("expected");
        using K = ExcelDateKind;
        QTest::newRow("1900: serial 1") << 1.0 << false << K::Date << QStringLiteral("1900-01-01");
        QTest::newRow("1900: serial 59") << 59.0 << false << K::Date << QStringLiteral("1900-02-28");
        QTest::newRow("1900: serial 60 is the fake leap day")
            << 60.0 << false << K::Date << QStringLiteral("1900-02-29");
        QTest::newRow("1900: serial 61") << 61.0 << false << K::Date << QStringLiteral("1900-03-01");
        QTest::newRow("1900: serial 0") << 0.0 << false << K::Date << QStringLiteral("1900-01-00");
        QTest::newRow("1900: 2000-01-01") << 36526.0 << false << K::Date << QStringLiteral("2000-01-01");
        QTest::newRow("1900: leap day 2024") << 45351.0 << false << K::Date << QStringLiteral("2024-02-29");
        QTest::newRow("1900: last day") << 2958465.0 << false << K::Date << QStringLiteral("9999-12-31");
        QTest::newRow("1900: beyond the last day") << 2958466.0 << false << K::Date << QString();
        QTest::newRow("1900: negative") << -1.0 << false << K::Date << QString();
        QTest::newRow("1900: NaN") << std::nan("") << false << K::Date << QString();
        QTest::newRow("date with time") << 45000.25 << false << K::Date << QStringLiteral("2023-03-15T06:00:00");
        QTest::newRow("datetime at midnight")
            << 45000.0 << false << K::DateTime << QStringLiteral("2023-03-15T00:00:00");
        QTest::newRow("datetime rounding to the second")
            << 45000.99999999 << false << K::DateTime << QStringLiteral("2023-03-15T23:59:59.999");
        QTest::newRow("rounds up to the next day")
            << 45000.999999999999 << false << K::DateTime << QStringLiteral("2023-03-16T00:00:00");
        QTest::newRow("time of day") << 0.5 << false << K::Time << QStringLiteral("12:00:00");
        QTest::newRow("time 1:02:03") << (3723.0 / 86400.0) << false << K::Time << QStringLiteral("01:02:03");
        QTest::newRow("time over a day becomes datetime")
            << 1.25 << false << K::Time << QStringLiteral("1900-01-01T06:00:00");
        QTest::newRow("1904: serial 0") << 0.0 << true << K::Date << QStringLiteral("1904-01-01");
        QTest::newRow("1904: serial 59") << 59.0 << true << K::Date << QStringLiteral("1904-02-29");
        QTest::newRow("1904: serial 60") << 60.0 << true << K::Date << QStringLiteral("1904-03-01");
        QTest::newRow("1904: same day as 1900 serial + 1462")
            << 43538.0 << true << K::Date << QStringLiteral("2023-03-15");
        QTest::newRow("not a date format") << 45000.0 << false << K::None << QString();
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(ExcelDateKind, kind);
        QFETCH(QString, expected);
        char buffer[kExcelDateCapacity];
        const std::size_t n = formatExcelSerial(serial, date1904, kind, buffer);
        QCOMPARE(QString::fromLatin1(buffer, qsizetype(n)), expected);
    }

    void serialInverse()
    {
        QCOMPARE(excelSerialFromDate(2023, 3, 15, 0, 0, 0), 45000.0);
        QCOMPARE(excelSerialFromDate(1900, 3, 1, 0, 0, 0), 61.0);
        QCOMPARE(excelSerialFromDate(2023, 3, 15, 12, 0, 0), 45000.5);
        QVERIFY(excelSerialFromDate(1900, 2, 28, 0, 0, 0) < 0); // before the leap-year bug: written as text
    }

    void formatCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ExcelDateKind>("kind");
        using K = ExcelDateKind;
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("dd/mm/yyyy") << K::Date;
        QTest::newRow("d-mmm-yy") << QStringLiteral("d-mmm-yy") << K::Date;
        QTest::newRow("mmm yyyy") << QStringLiteral("mmm yyyy") << K::Date;
        QTest::newRow("locale prefix") << QStringLiteral("[$-809]dd mmmm yyyy;@") << K::Date;
        QTest::newRow("datetime") << QStringLiteral("dd/mm/yyyy\\ hh:mm") << K::DateTime;
        QTest::newRow("h:mm AM/PM") << QStringLiteral("h:mm AM/PM") << K::Time;
        QTest::newRow("mm:ss is minutes") << QStringLiteral("mm:ss") << K::Time;
        QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm") << K::Time;
        QTest::newRow("General") << QStringLiteral("General") << K::None;
        QTest::newRow("0.00") << QStringLiteral("0.00") << K::None;
        QTest::newRow("colour only") << QStringLiteral("[Red]#,##0.00") << K::None;
        QTest::newRow("quoted literal") << QStringLiteral("\"day \"0") << K::None;
        QTest::newRow("escaped letters") << QStringLiteral("0\\d") << K::None;
        QTest::newRow("currency") << QStringLiteral("[$£-809]#,##0.00") << K::None;
        QTest::newRow("text") << QStringLiteral("@") << K::None;
        QTest::newRow("scientific") << QStringLiteral("0.00E+00") << K::None;
    }

    void formatCodes()
    {
        QFETCH(QString, code);
        QFETCH(ExcelDateKind, kind);
        const QByteArray utf8 = code.toUtf8();
        QCOMPARE(formatCodeDateKind(std::string_view(utf8.data(), std::size_t(utf8.size()))), kind);
    }

    void builtinFormats()
    {
        QCOMPARE(builtinDateKind(14), ExcelDateKind::Date);
        QCOMPARE(builtinDateKind(17), ExcelDateKind::Date);
        QCOMPARE(builtinDateKind(18), ExcelDateKind::Time);
        QCOMPARE(builtinDateKind(22), ExcelDateKind::DateTime);
        QCOMPARE(builtinDateKind(45), ExcelDateKind::Time);
        QCOMPARE(builtinDateKind(47), ExcelDateKind::Time);
        QCOMPARE(builtinDateKind(0), ExcelDateKind::None);
        QCOMPARE(builtinDateKind(2), ExcelDateKind::None);
        QCOMPARE(builtinDateKind(49), ExcelDateKind::None);
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << 12.0 << QStringLiteral("12");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << QStringLiteral("0.30000000000000004");
        QTest::newRow("negative") << -1234.5 << QStringLiteral("-1234.5");
        QTest::newRow("1e-6 stays plain") << 1e-6 << QStringLiteral("0.000001");
        QTest::newRow("1e-7 is exponential") << 1e-7 << QStringLiteral("1e-7");
        QTest::newRow("1.5e-10") << 1.5e-10 << QStringLiteral("1.5e-10");
        QTest::newRow("1e20 stays plain") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::newRow("1e21 is exponential") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("2^53 + 2") << 9007199254740994.0 << QStringLiteral("9007199254740994");
        QTest::newRow("max double") << std::numeric_limits<double>::max() << QStringLiteral("1.7976931348623157e+308");
        QTest::newRow("denormal") << 5e-324 << QStringLiteral("5e-324");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("Infinity");
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        char buffer[kNumberTextCapacity];
        const std::size_t n = formatNumber(value, buffer);
        const QString text = QString::fromLatin1(buffer, qsizetype(n));
        QCOMPARE(text, expected);
        if (std::isfinite(value)) {
            const QByteArray utf8 = text.toLatin1();
            QCOMPARE(*parseNumber(std::string_view(utf8.data(), std::size_t(utf8.size()))), value == 0 ? 0.0 : value);
        }
    }

    void canonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("number");
        QTest::addColumn<bool>("integer");
        QTest::newRow("12") << QStringLiteral("12") << true << true;
        QTest::newRow("-12") << QStringLiteral("-12") << true << true;
        QTest::newRow("0") << QStringLiteral("0") << true << true;
        QTest::newRow("-0") << QStringLiteral("-0") << false << false;
        QTest::newRow("12.0") << QStringLiteral("12.0") << false << false;
        QTest::newRow("12.5") << QStringLiteral("12.5") << true << false;
        QTest::newRow("007") << QStringLiteral("007") << false << false;
        QTest::newRow("+5") << QStringLiteral("+5") << false << false;
        QTest::newRow("1e3") << QStringLiteral("1e3") << false << false;
        QTest::newRow(".5") << QStringLiteral(".5") << false << false;
        QTest::newRow("inf") << QStringLiteral("inf") << false << false;
        QTest::newRow("space") << QStringLiteral(" 1") << false << false;
        QTest::newRow("big integer") << QStringLiteral("12345678901234567890") << false << false;
        QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << false << true;
        QTest::newRow("int64 overflow") << QStringLiteral("9223372036854775808") << false << false;
        QTest::newRow("UPRN") << QStringLiteral("100023336956") << true << true;
        QTest::newRow("empty") << QString() << false << false;
    }

    void canonical()
    {
        QFETCH(QString, text);
        QFETCH(bool, number);
        QFETCH(bool, integer);
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.data(), std::size_t(utf8.size()));
        QCOMPARE(isCanonicalNumber(view), number);
        QCOMPARE(isCanonicalInteger(view), integer);
    }

    void cellReferences()
    {
        std::uint32_t column = 0, row = 0;
        QVERIFY(parseCellReference("A1", column, row));
        QCOMPARE(column, 0u);
        QCOMPARE(row, 1u);
        QVERIFY(parseCellReference("xfd1048576", column, row));
        QCOMPARE(column, 16383u);
        QCOMPARE(row, 1048576u);
        QVERIFY(!parseCellReference("XFE1", column, row));
        QVERIFY(!parseCellReference("A0", column, row));
        QVERIFY(!parseCellReference("A1048577", column, row));
        QVERIFY(!parseCellReference("1A", column, row));
        QVERIFY(!parseCellReference("A", column, row));
        QCOMPARE(columnLetters(0), std::string("A"));
        QCOMPARE(columnLetters(25), std::string("Z"));
        QCOMPARE(columnLetters(26), std::string("AA"));
        QCOMPARE(columnLetters(16383), std::string("XFD"));
        QCOMPARE(cellName(QStringLiteral("Sheet1"), 2, 17), QStringLiteral("Sheet1!C17"));
        QCOMPARE(cellName(QStringLiteral("My sheet"), 0, 1), QStringLiteral("'My sheet'!A1"));
    }

    void ooxmlEscapes()
    {
        std::string out;
        appendOoxmlText(out, "a_x000D_b_x005F_x000A_c_xD83D__xDE00_d_x00zz_");
        QCOMPARE(QString::fromStdString(out), QString::fromUtf8("a\rb_x000A_c\xF0\x9F\x98\x80"
                                                                "d_x00zz_"));
    }

    void sheetNames_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("sheets");
        QTest::newRow("plain") << QStringList{QStringLiteral("persons")} << QStringList{QStringLiteral("persons")};
        QTest::newRow("forbidden characters")
            << QStringList{QStringLiteral("a/b:c*d?e[f]g\\h")} << QStringList{QStringLiteral("a_b_c_d_e_f_g_h")};
        QTest::newRow("too long") << QStringList{QStringLiteral("planning-application-conditions-2024")}
                                  << QStringList{QStringLiteral("planning-application-conditions")};
        QTest::newRow("duplicates ignoring case")
            << QStringList{QStringLiteral("Data"), QStringLiteral("data"), QStringLiteral("DATA")}
            << QStringList{QStringLiteral("Data"), QStringLiteral("data (2)"), QStringLiteral("DATA (3)")};
        QTest::newRow("long duplicates stay within 31")
            << QStringList{QStringLiteral("planning-application-conditions-A"),
                           QStringLiteral("planning-application-conditions-B")}
            << QStringList{QStringLiteral("planning-application-conditions"),
                           QStringLiteral("planning-application-condit (2)")};
        QTest::newRow("empty and quotes") << QStringList{QString(), QStringLiteral("'quoted'")}
                                          << QStringList{QStringLiteral("Sheet1"), QStringLiteral("quoted")};
        QTest::newRow("reserved History")
            << QStringList{QStringLiteral("history")} << QStringList{QStringLiteral("history_")};
    }

    void sheetNames()
    {
        QFETCH(QStringList, tables);
        QFETCH(QStringList, sheets);
        const auto names = xlsxSheetNames(std::vector<QString>(tables.begin(), tables.end()));
        QCOMPARE(QStringList(names.begin(), names.end()), sheets);
    }
};

QTEST_APPLESS_MAIN(TestXlsxValues)
#include "tst_xlsx_values.moc"
