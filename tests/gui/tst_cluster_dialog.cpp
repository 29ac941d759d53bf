// The cluster dialog and the record merge dialog, offscreen: cluster in the background, tick with the keyboard,
// merge as one command, undo (the dialog clusters again); two records side by side with the conflict highlighted,
// a chosen conflict value, merge and undo. The cluster model runs under QAbstractItemModelTester.
#include "cluster/value_clusterer.h"
#include "dialogs/cluster/cluster_dialog.h"
#include "dialogs/cluster/record_merge_dialog.h"
#include "document/document.h"
#include "io/json/json_reader.h"
#include "itemmodels/cluster_model.h"
#include "table/column.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

std::shared_ptr<Dataset> genderDataset()
{
    const char* values[] = {"male", "Male", "female", "MALE ", "male", "Female", "", "Man (sex)", "female", "m"};
    std::vector<ColumnBuilder> chunks(1), names(1);
    int i = 0;
    for (const char* v : values) {
        chunks.front().append(v);
        const std::string name = "Candidate " + std::to_string(++i);
        names.front().append(name);
    }
    std::vector<Column> columns;
    columns.push_back(ColumnBuilder::finish(QStringLiteral("name"), std::move(names)));
    columns.push_back(ColumnBuilder::finish(QStringLiteral("gender"), std::move(chunks)));
    auto dataset = std::make_shared<Dataset>();
    dataset->tables.push_back(std::make_shared<Table>(QStringLiteral("candidates"), std::move(columns)));
    return dataset;
}

QStringList column(const Document& d, int c)
{
    QStringList out;
    for (std::size_t r = 0; r < d.table(0).rowCount(); ++r)
        out << d.table(0).cellText(r, c);
    return out;
}

} // namespace

class TstClusterDialog : public QObject
{
    Q_OBJECT
private slots:
    void modelUnderTester()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Document document(genderDataset());
        NullProgress progress;
        model.setResult(cluster::clusterColumn(document.table(0), 1, cluster::ClusterOptions{}, progress));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ClusterModel::ColumnCount));
        QVERIFY(model.setData(model.index(1, ClusterModel::MergeColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
        // Editing the new value ticks the cluster too.
        QVERIFY(model.setData(model.index(0, ClusterModel::NewValueColumn), QStringLiteral("M")));
        QCOMPARE(model.checkedCount(), 2);
        QCOMPARE(model.checkedChanges().size(), std::size_t(5)); // 4 male spellings → M, 1 Female → female
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.checkedChanges().empty());
        model.setResult({});
        QCOMPARE(model.rowCount(), 0);
    }

    void clusterMergeUndo()
    {
        Document document(genderDataset());
        const QStringList before = column(document, 1);
        ClusterDialog dialog(&document, 0, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(!dialog.mergeButton()->isEnabled()); // nothing is merged unless ticked

        // Keyboard: focus the list, Space ticks the current cluster, Down, Space ticks the next.
        dialog.view()->setFocus();
        dialog.view()->setCurrentIndex(dialog.model()->index(0, ClusterModel::MergeColumn));
        QTest::keyClick(dialog.view(), Qt::Key_Space);
        QTest::keyClick(dialog.view(), Qt::Key_Down);
        QTest::keyClick(dialog.view(), Qt::Key_Space);
        QCOMPARE(dialog.model()->checkedCount(), 2);
        QVERIFY(dialog.mergeButton()->isEnabled());
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("plumbline-cluster-dialog.png")));

        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(column(document, 1),
                 QStringLiteral("male,male,female,male,male,female,,Man (sex),female,m").split(u','));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.model()->rowCount(), 0);

        document.undoStack()->undo();
        QCOMPARE(column(document, 1), before);
        QTRY_VERIFY(!dialog.isBusy());
        QTRY_COMPARE(dialog.model()->rowCount(), 2); // the dialog follows the document
    }

    void methodChoiceReclusters()
    {
        Document document(genderDataset());
        ClusterDialog dialog(&document, 0, 1);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.radiusBox()->isEnabled());
        dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(int(cluster::Method::Levenshtein)));
        QVERIFY(dialog.radiusBox()->isEnabled());
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.model()->result().method, cluster::Method::Levenshtein);
        QVERIFY(dialog.model()->rowCount() >= 1); // "male"/"Male" are one edit apart
        QVERIFY(!dialog.view()->accessibleName().isEmpty());
        QVERIFY(!dialog.methodBox()->accessibleName().isEmpty());
    }

    void recordMergeSideBySide()
    {
        NullProgress progress;
        auto read =
            readJsonFile(QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json"), JsonReadOptions{}, progress);
        QVERIFY(read.ok());
        Document document(std::make_shared<Dataset>(std::move(read).value()));
        const int persons = document.tableIndex(QStringLiteral("persons"));
        RecordMergeDialog dialog(&document, persons, 0, 2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isValid());
        const int name = document.table(persons).columnIndex(QStringLiteral("name"));
        const int email = document.table(persons).columnIndex(QStringLiteral("email"));
        QTableWidget* fields = dialog.fields();
        QCOMPARE(fields->rowCount(), document.table(persons).columnCount());
        // The conflict is highlighted and can be resolved the other way; the filled field shows in the result.
        QTableWidgetItem* other = fields->item(name, RecordMergeDialog::OtherColumn);
        QVERIFY(other->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(other->background() != fields->item(email, RecordMergeDialog::OtherColumn)->background());
        QCOMPARE(fields->item(email, RecordMergeDialog::ResultColumn)->text(), QStringLiteral("shakila@example.org"));
        QVERIFY(dialog.summary()->text().contains(QLatin1String("memberships.person_id")));
        QVERIFY(dialog.summary()->text().contains(QLatin1String("previous_id")));
        other->setCheckState(Qt::Checked);
        QCOMPARE(fields->item(name, RecordMergeDialog::ResultColumn)->text(),
                 QStringLiteral("Shakila Abdalla Mohamed"));
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("plumbline-record-merge-dialog.png")));

        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(document.table(persons).rowCount(), std::size_t(2));
        QCOMPARE(document.table(persons).cellText(0, name), QStringLiteral("Shakila Abdalla Mohamed"));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.table(persons).rowCount(), std::size_t(3));
        QCOMPARE(document.table(persons).cellText(0, name), QStringLiteral("Shakila Abdalla"));
    }

    void swapKeepsTheOther()
    {
        NullProgress progress;
        auto read =
            readJsonFile(QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json"), JsonReadOptions{}, progress);
        QVERIFY(read.ok());
        Document document(std::make_shared<Dataset>(std::move(read).value()));
        RecordMergeDialog dialog(&document, document.tableIndex(QStringLiteral("persons")), 0, 2);
        QTest::mouseClick(dialog.swapButton(), Qt::LeftButton);
        QCOMPARE(dialog.plan().keepId, std::string("p-shakila-2"));
        QCOMPARE(dialog.plan().removeId, std::string("p-shakila"));
    }
};

QTEST_MAIN(TstClusterDialog)
#include "tst_cluster_dialog.moc"
