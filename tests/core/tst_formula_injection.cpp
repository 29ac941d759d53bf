// CSV (formula) injection: which values a spreadsheet would run as formulas, the structure pack's STR-formula
// rule that reports them, and the export option that writes them as text. Faithful export stays the default.
#include "check_test_support.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_writer.h"
#include "values/formula_text.h"

#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// Rows 1, 3 and 5 are formulas; the rest are safe, numbers with a sign included.
const QByteArray kCsv = "id,name,note\n"
                        "1,\"=HYPERLINK(\"\"http://x.example\"\";\"\"click\"\")\",fine\n"
                        "2,Ann,-12.5\n"
                        "3,Bob,\"=cmd|' /C calc'!A0\"\n"
                        "4,Cy,+44\n"
                        "5,@SUM(A1),ok\n";

} // namespace

class TestFormulaInjection : public QObject
{
    Q_OBJECT
private slots:
    void looksLikeFormula_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("formula");
        QTest::newRow("equals") << QByteArray("=1+1") << true;
        QTest::newRow("hyperlink") << QByteArray("=HYPERLINK(\"http://x\")") << true;
        QTest::newRow("DDE") << QByteArray("=cmd|' /C calc'!A0") << true;
        QTest::newRow("at") << QByteArray("@SUM(A1:A2)") << true;
        QTest::newRow("plus expression") << QByteArray("+1+cmd|' /C calc'!A0") << true;
        QTest::newRow("minus expression") << QByteArray("-2+3") << true;
        QTest::newRow("leading tab") << QByteArray("\t=1") << true;
        QTest::newRow("leading CR") << QByteArray("\r=1") << true;
        QTest::newRow("lone minus") << QByteArray("-") << true;
        QTest::newRow("negative number") << QByteArray("-12") << false;
        QTest::newRow("signed decimal") << QByteArray("+3.5") << false;
        QTest::newRow("exponent") << QByteArray("-1.5e-3") << false;
        QTest::newRow("fraction only") << QByteArray("-.5") << false;
        QTest::newRow("phone number with spaces") << QByteArray("+44 20 7946 0000") << true;
        QTest::newRow("plain text") << QByteArray("Ann = Bob") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void looksLikeFormula()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, formula);
        QCOMPARE(values::looksLikeFormula(std::string_view(text.constData(), std::size_t(text.size()))), formula);
        if (formula) // a leading apostrophe, the rest as it was
            QCOMPARE(QByteArray::fromStdString(
                         values::neutraliseFormula(std::string_view(text.constData(), std::size_t(text.size())))),
                     QByteArray("'") + text);
    }

    void structurePackFlagsFormulas()
    {
        RulePackLoader loader(testEnv());
        const auto pack = loader.loadBuiltin(QStringLiteral("structure"));
        QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().toString()));
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
        NullProgress progress;
        const ValidationResult result = validator.validate(datasetFromCsv(kCsv), progress);
        QStringList flagged;
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            const Finding f = result.findings.finding(i);
            if (f.rule == QLatin1String("STR-formula"))
                flagged << QStringLiteral("%1:%2").arg(f.row).arg(f.columns.join(QLatin1Char(',')));
        }
        QCOMPARE(flagged, (QStringList{QStringLiteral("1:name"), QStringLiteral("3:note"), QStringLiteral("5:name")}));
    }

    void exportNeutralisesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("normalise");
        QTest::addColumn<bool>("neutralise");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("faithful (default): unchanged") << false << false << kCsv;
        const QByteArray neutralised = "id,name,note\n"
                                       "1,\"'=HYPERLINK(\"\"http://x.example\"\";\"\"click\"\")\",fine\n"
                                       "2,Ann,-12.5\n"
                                       "3,Bob,'=cmd|' /C calc'!A0\n"
                                       "4,Cy,+44\n"
                                       "5,'@SUM(A1),ok\n";
        QTest::newRow("faithful, neutralised") << false << true << neutralised;
        QTest::newRow("normalised, neutralised") << true << true << neutralised;
    }

    void exportNeutralisesOnlyWhenAsked()
    {
        QFETCH(bool, normalise);
        QFETCH(bool, neutralise);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("in.csv"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kCsv);
        }
        NullProgress progress;
        const auto read = readCsvFile(source, {}, progress);
        QVERIFY(read.ok());
        ExportOptions options;
        options.normalise = normalise;
        options.neutraliseFormulas = neutralise;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QString warning;
        const auto failed = exportDataset(read.value(), out, options, progress, &warning);
        QVERIFY2(!failed, failed ? qPrintable(failed->toString()) : "");
        QCOMPARE(readAll(out), expected);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    }

    void aFormulaHeaderIsNeutralisedToo()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("in.tsv"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("=1+2\tb\r\n1\t2\r\n");
        }
        NullProgress progress;
        const auto read = readCsvFile(source, {}, progress);
        QVERIFY(read.ok());
        ExportOptions options;
        options.neutraliseFormulas = true;
        const QString out = dir.filePath(QStringLiteral("out.tsv"));
        QVERIFY(!exportDataset(read.value(), out, options, progress));
        QCOMPARE(readAll(out), QByteArray("'=1+2\tb\r\n1\t2\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestFormulaInjection)
#include "tst_formula_injection.moc"
