// The Compare dialog offscreen: its summary, its filter by kind of change, and a look at it (grab()).
#include "../core/check_test_support.h"

#include "dialogs/compare/compare_dialog.h"

#include <QComboBox>
#include <QTableView>
#include <QtTest>

using namespace plumbline;

class TstCompareDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsAComparison()
    {
        const auto before = std::make_shared<const Dataset>(testing::datasetFromCsv(
            "reference,decision\n1,granted\n2,\n3,refused\n", QStringLiteral("register-2024-05")));
        const auto after = std::make_shared<const Dataset>(testing::datasetFromCsv(
            "reference,decision\n2,Approve\n1,granted\n4,\n", QStringLiteral("register-2024-06")));
        CompareOptions options;
        options.setup.packs = QStringList{QStringLiteral("structure")};
        NullProgress progress;
        auto c = compareVersions(before, after, options, progress);
        QVERIFY(c.ok());
        CompareDialog dialog;
        dialog.setComparison(std::make_shared<const Comparison>(std::move(c).value()));
        QVERIFY2(dialog.summaryText().contains(
                     QLatin1String("Records before: 3, after: 3. Added: 1, removed: 1, changed: 1, "
                                   "unchanged: 1.")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().contains(QLatin1String("Findings: 0 new, 0 gone.")));
        QCOMPARE(dialog.visibleRows(), 3);
        dialog.showKind(int(DiffModel::Kind::Changed));
        QCOMPARE(dialog.visibleRows(), 1);
        QCOMPARE(dialog.view()->model()->index(0, DiffModel::AfterColumn).data().toString(), QStringLiteral("Approve"));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("compareKinds"))->currentData().toInt(),
                 int(DiffModel::Kind::Changed));
        dialog.showKind(-1);
        QCOMPARE(dialog.visibleRows(), 3);
        dialog.show();
        const QImage shot = dialog.grab().toImage();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("PLUMBLINE_SCREENSHOTS"))
            shot.save(QStringLiteral("compare-dialog.png"));
    }

    void emptyComparison()
    {
        CompareDialog dialog;
        dialog.setComparison(nullptr);
        QCOMPARE(dialog.visibleRows(), 0);
        QVERIFY(dialog.summaryText().isEmpty());
    }
};

QTEST_MAIN(TstCompareDialog)
#include "tst_compare_dialog.moc"
