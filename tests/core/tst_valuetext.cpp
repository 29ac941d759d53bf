// Shapes of values (for profiles and the shape filter) and invisible characters made visible.
#include "values/show_invisibles.h"
#include "values/value_shape.h"

#include <QtTest>

using namespace plumbline;

class TestValueText : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void invisibles_data();
    void invisibles();
};

void TestValueText::shapes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("shape");
    QTest::newRow("planning reference") << QByteArray("13/00858/HCC3S") << QByteArray("99/99999/AAA9A");
    QTest::newRow("NMA reference") << QByteArray("NMA/2013/0233") << QByteArray("AAA/9999/9999");
    QTest::newRow("spaces trimmed") << QByteArray("  LONG3 ") << QByteArray("AAAA9");
    QTest::newRow("date") << QByteArray("28/02/2019") << QByteArray("99/99/9999");
    QTest::newRow("UTF-8 sequence is one letter") << QByteArray("Caf\xc3\xa9") << QByteArray("Aaaa");
    // Long shapes keep their outline: runs of more than three become "x+".
    QTest::newRow("a name") << QByteArray("Matthew Williams Junior") << QByteArray("Aa+ Aa+ Aa+");
    QTest::newRow("a long number") << QByteArray("12345678901234567") << QByteArray("9+");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
}

void TestValueText::shapes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, shape);
    QCOMPARE(
        QByteArray::fromStdString(values::valueShape(std::string_view(value.constData(), std::size_t(value.size())))),
        shape);
}

void TestValueText::invisibles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("trailing space") << QStringLiteral("Matthew Williams ") << QStringLiteral("Matthew Williams\u00b7");
    QTest::newRow("leading space") << QStringLiteral(" Live") << QStringLiteral("\u00b7Live");
    QTest::newRow("single inner spaces stay") << QStringLiteral("a b c") << QStringLiteral("a b c");
    QTest::newRow("double inner space") << QStringLiteral("a  b") << QStringLiteral("a\u00b7\u00b7b");
    QTest::newRow("no-break space") << QStringLiteral("10\u00a0Downing") << QStringLiteral("10\u237dDowning");
    QTest::newRow("zero width") << QStringLiteral("a\u200bb") << QStringLiteral("a\u00a4b");
    QTest::newRow("tab and line break") << QStringLiteral("a\tb\nc") << QStringLiteral("a\u2192b\u23cec");
}

void TestValueText::invisibles()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(values::showInvisibles(text), shown);
    QCOMPARE(values::hasInvisibles(text), text != shown);
}

QTEST_APPLESS_MAIN(TestValueText)
#include "tst_valuetext.moc"
