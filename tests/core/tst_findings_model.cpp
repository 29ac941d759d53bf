// FindingsModel over a validation result, checked by QAbstractItemModelTester.
#include "check_test_support.h"

#include "itemmodels/findings_model.h"

#include <QAbstractItemModelTester>

using namespace plumbline;
using namespace plumbline::testing;

class TstFindingsModel : public QObject
{
    Q_OBJECT
private slots:
    void modelTesterAndRoles()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const Dataset dataset = datasetFromCsv("reference,status\nR1,decided\nR1,Live \n,decided\n");
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(R"({"pack": "m", "key": "reference", "rules": [
            {"id": "U", "severity": "error", "columns": ["reference"], "kind": "unique", "message": "'{value}' repeats"},
            {"id": "S", "severity": "warning", "columns": ["status"], "kind": "pattern", "params": {"pattern": "[a-z]+"},
             "message": "status '{value}'", "fix": {"transform": "trim"}},
            {"id": "M", "severity": "error", "columns": ["organisation"], "kind": "required", "message": "missing"}]})",
                                     QStringLiteral("m.json"));
        QVERIFY(pack.ok());
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
        NullProgress progress;
        auto result = std::make_shared<ValidationResult>(validator.validate(dataset, progress));
        model.setFindings(std::shared_ptr<const FindingStore>(result, &result->findings));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        // Table-level first: the missing organisation column.
        QCOMPARE(model.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("M"));
        QVERIFY(!model.index(0, FindingsModel::RowColumn).data().isValid());
        QCOMPARE(model.index(0, 0).data(int(FindingsModel::Role::RecordId)).toULongLong(), qulonglong(kNoRecord));
        const QModelIndex status = model.index(3, FindingsModel::SuggestionColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Live"));
        QCOMPARE(model.index(3, 0).data(int(FindingsModel::Role::RowNumber)).toLongLong(), 2LL);
        QCOMPARE(model.index(3, 0).data(int(FindingsModel::Role::ColumnIndex)).toInt(), 1);
        QCOMPARE(model.index(3, 0).data(int(FindingsModel::Role::Severity)).toInt(), int(Severity::Warning));
        QCOMPARE(model.index(1, FindingsModel::MessageColumn).data().toString(),
                 QStringLiteral("Row 1 (reference R1): 'R1' repeats"));
        QCOMPARE(model.headerData(FindingsModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        // The Table column names the table each finding belongs to (one table here: the CSV's).
        QCOMPARE(model.headerData(FindingsModel::TableColumn, Qt::Horizontal).toString(), QStringLiteral("Table"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, FindingsModel::TableColumn).data().toString(),
                     model.index(row, 0).data(int(FindingsModel::Role::TableName)).toString());
        QVERIFY(!model.index(1, FindingsModel::TableColumn).data().toString().isEmpty());
        model.setFindings(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TstFindingsModel)
#include "tst_findings_model.moc"
