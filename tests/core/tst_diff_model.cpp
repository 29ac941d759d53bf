// DiffModel (the Compare dialog's list) under QAbstractItemModelTester, and what its rows say.
#include "check_test_support.h"

#include "itemmodels/diff_model.h"

#include <QAbstractItemModelTester>

using namespace plumbline;

namespace {

std::shared_ptr<const Comparison> compare(CompareOptions::Findings findings)
{
    const auto before = std::make_shared<const Dataset>(testing::datasetFromCsv(
        "reference,decision,date\n1,granted,2023-01-01\n2,,\n3,refused,2023-01-03\n3,refused,2023-01-03\n",
        QStringLiteral("old")));
    const auto after = std::make_shared<const Dataset>(testing::datasetFromCsv(
        "reference,decision,date\n3,refused,2023-01-03\n2,granted,2023-02-30\n4,,\n", QStringLiteral("new")));
    CompareOptions options;
    options.setup.packs = QStringList{QStringLiteral("structure")};
    options.findings = findings;
    NullProgress progress;
    auto c = compareVersions(before, after, options, progress);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::make_shared<const Comparison>(std::move(c).value());
}

QStringList rowTexts(const DiffModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TstDiffModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(compare(CompareOptions::Findings::Changed));
        QVERIFY(model.rowCount() > 0);
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(compare(CompareOptions::Findings::None));
    }

    void rowsSayWhatChanged()
    {
        DiffModel model;
        model.setComparison(compare(CompareOptions::Findings::None));
        QCOMPARE(rowTexts(model),
                 (QStringList{QStringLiteral("repeated key|3|3, 4||||"), QStringLiteral("added|4||3|||"),
                              QStringLiteral("removed|1|1||||"), QStringLiteral("removed|3|4||||"),
                              QStringLiteral("changed|2|2|2|decision||granted"),
                              QStringLiteral("changed|2|2|2|date||2023-02-30")}));
        QCOMPARE(model.count(DiffModel::Kind::Changed), 2);
        QCOMPARE(model.index(1, 0).data(DiffModel::KindRole).toInt(), int(DiffModel::Kind::Added));
    }

    void findingsAreListed()
    {
        DiffModel model;
        model.setComparison(compare(CompareOptions::Findings::Changed));
        // The repeated row 3 of the old version is gone (the structure pack's duplicate rows).
        QCOMPARE(model.count(DiffModel::Kind::GoneFinding), 1);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, DiffModel::FieldColumn).data().toString(), QStringLiteral("STR-duplicate-row"));
        QVERIFY(model.index(last, DiffModel::BeforeColumn).data().toString().contains(QLatin1String("repeats row 3")));
    }
};

QTEST_GUILESS_MAIN(TstDiffModel)
#include "tst_diff_model.moc"
