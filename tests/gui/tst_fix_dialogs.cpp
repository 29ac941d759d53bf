// The fix preview, transform and find & replace dialogs on a Document: what they show, what Apply changes (one
// undo entry), and that the background work they start ends. PLUMBLINE_SCREENSHOTS=DIR saves each dialog's grab().
#include "dialogs/find_replace_dialog.h"
#include "dialogs/fix_preview_dialog.h"
#include "dialogs/transform_dialog.h"
#include "document/document.h"
#include "fixes/fix_planner.h"
#include "io/csv/csv_reader.h"
#include "itemmodels/change_preview_model.h"
#include "itemmodels/fix_plan_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

const QByteArray kRegister =
    "reference,organisation,description,address-text,start-date,planning-application-status,planning-decision\n"
    "23/00001/FUL,local-authority:BST,Rear extension,\"1 High Street, Bristol\",2023-01-05,decided,Approve\n"
    "23/00002/FUL,local-authority:BST,Loft conversion,\"2 High Street,  Bristol\",14/03/2023,decided,Grnted\n"
    "23/00003/HOU,local-authority:BST,Porch,\"3 High Street, Bristol\",2023-01-07,Decided,refused\n"
    "23/00004/HOU,local-authority:BST,Porch,\"4 High Street, Bristol\",2023-01-08,decided,Refuse\n";

std::unique_ptr<Document> validated(const QByteArray& csv)
{
    NullProgress progress;
    auto dataset = readCsvBytes(csv, QStringLiteral("register.csv"), CsvReadOptions{}, progress);
    if (!dataset)
        qFatal("fixture does not parse");
    auto document = std::make_unique<Document>(std::make_shared<Dataset>(std::move(dataset).value()));
    ValidationSetup setup;
    setup.packs << QStringLiteral("planning-application");
    setup.today = QDate(2026, 11, 26);
    document->setValidationSetup(setup);
    Error error;
    if (!document->validateNow(progress, &error))
        qFatal("validation failed");
    return document;
}

void screenshot(QWidget& widget, const QString& name)
{
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString cell(const Document& document, std::size_t row, const char* column)
{
    return document.table(0).cellText(row, document.table(0).columnIndex(QLatin1String(column)));
}

} // namespace

class TestFixDialogs : public QObject
{
    Q_OBJECT

private slots:
    void previewModelsPassTheTester()
    {
        auto document = validated(kRegister);
        FixPlanModel plans;
        QAbstractItemModelTester planTester(&plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        plans.setPlans(FixPlanner::forDocument(*document).plansForRules({}, false), document->snapshot(), false);
        QVERIFY(plans.rowCount() > 3);
        QVERIFY(plans.setData(plans.index(0, FixPlanModel::ApplyColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(plans.checkedCount(), std::size_t(1));
        plans.setAllChecked(true);
        QCOMPARE(plans.checkedCount(), std::size_t(plans.rowCount()));
        QVERIFY(!plans.setData(plans.index(0, FixPlanModel::AfterColumn), QStringLiteral("x"), Qt::EditRole));

        ChangePreviewModel preview;
        QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setPreview({CellPreview{0, 0, 4, 1, "a\nb", "a b", 0}, CellPreview{0, 1, 5, 2, "", "x", 0}},
                           {QStringLiteral("id"), QStringLiteral("name")}, {QStringLiteral("id 1")});
        QCOMPARE(preview.rowCount(), 2);
        QCOMPARE(preview.data(preview.index(0, ChangePreviewModel::RowColumn)).toLongLong(), 5);
        QCOMPARE(preview.data(preview.index(0, ChangePreviewModel::ColumnColumn)).toString(), QStringLiteral("name"));
        QCOMPARE(preview.data(preview.index(0, ChangePreviewModel::BeforeColumn)).toString(),
                 QStringLiteral("a\u21B5b"));
        QCOMPARE(preview.data(preview.index(1, ChangePreviewModel::ColumnColumn)).toString(), QStringLiteral("id 1"));
    }

    void fixPreviewAppliesSafeAndCheckedFixes()
    {
        auto document = validated(kRegister);
        const QString rule = QStringLiteral("PA-18-decision");
        FixPreviewDialog dialog(document.get(), FixPlanner::forDocument(*document).plansForRule(rule));
        // Approve and Refuse are synonyms (safe, checked); Grnted is a misspelling (judgement, unchecked).
        QCOMPARE(dialog.safeModel()->rowCount(), 2);
        QCOMPARE(dialog.safeModel()->checkedCount(), std::size_t(2));
        QCOMPARE(dialog.judgementModel()->rowCount(), 1);
        QCOMPARE(dialog.judgementModel()->checkedCount(), std::size_t(0));
        QCOMPARE(
            dialog.judgementModel()->data(dialog.judgementModel()->index(0, FixPlanModel::BeforeColumn)).toString(),
            QStringLiteral("Grnted"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fixCount"))
                    ->text()
                    .startsWith(QStringLiteral("2 cell(s) will change")));
        screenshot(dialog, QStringLiteral("fix-preview"));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.appliedCells(), std::size_t(2));
        QCOMPARE(cell(*document, 0, "planning-decision"), QStringLiteral("granted"));
        QCOMPARE(cell(*document, 1, "planning-decision"), QStringLiteral("Grnted"));
        QCOMPARE(cell(*document, 3, "planning-decision"), QStringLiteral("refused"));
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(cell(*document, 0, "planning-decision"), QStringLiteral("Approve"));
        document->waitUntilChecked();
    }

    void fixPreviewPlansARuleInTheBackground()
    {
        auto document = validated(kRegister);
        FixPreviewDialog dialog(document.get(), FixRequest{{}, QStringLiteral("PA-18-decision")});
        QSignalSpy ready(&dialog, &FixPreviewDialog::ready);
        QVERIFY(dialog.isPreparing());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(ready.wait(10000));
        QCOMPARE(dialog.safeModel()->rowCount() + dialog.judgementModel()->rowCount(), 3);
        // A person confirms the misspelling too.
        dialog.judgementModel()->setAllChecked(true);
        dialog.apply();
        QCOMPARE(dialog.appliedCells(), std::size_t(3));
        QCOMPARE(cell(*document, 1, "planning-decision"), QStringLiteral("granted"));
        document->waitUntilChecked();
    }

    void transformPreviewsAndApplies()
    {
        auto document = validated(kRegister);
        const int address = document->table(0).columnIndex(QStringLiteral("address-text"));
        TransformDialog dialog(document.get(), 0, address);
        QSignalSpy previewed(&dialog, &TransformDialog::previewed);
        dialog.setOperation(TransformSpec::Operation::Replace);
        dialog.patternEdit()->setText(QStringLiteral("(\\d+) High Street,\\s+(\\w+)"));
        dialog.replacementEdit()->setText(QStringLiteral("\\1 High St, \\2"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing() && previewed.count() > 0, 10000);
        QCOMPARE(dialog.previewModel()->rowCount(), 4);
        QCOMPARE(
            dialog.previewModel()->data(dialog.previewModel()->index(1, ChangePreviewModel::AfterColumn)).toString(),
            QStringLiteral("2 High St, Bristol"));
        QVERIFY(dialog.countLabel()->text().startsWith(QStringLiteral("4 cell(s) will change")));
        screenshot(dialog, QStringLiteral("transform"));
        QVERIFY(dialog.applyButton()->isEnabled());
        dialog.apply();
        QCOMPARE(dialog.appliedCells(), std::size_t(4));
        QCOMPARE(cell(*document, 0, "address-text"), QStringLiteral("1 High St, Bristol"));
        QCOMPARE(document->undoStack()->count(), 1);

        // An invalid pattern says why and cannot be applied.
        TransformDialog broken(document.get(), 0, address);
        QSignalSpy brokenPreviewed(&broken, &TransformDialog::previewed);
        broken.setOperation(TransformSpec::Operation::Replace);
        broken.patternEdit()->setText(QStringLiteral("(unclosed"));
        QTRY_VERIFY_WITH_TIMEOUT(!broken.isPreviewing() && brokenPreviewed.count() > 0, 10000);
        QVERIFY2(broken.countLabel()->text().contains(QStringLiteral("not a valid regular expression")),
                 qPrintable(broken.countLabel()->text()));
        QVERIFY(!broken.applyButton()->isEnabled());
        document->waitUntilChecked();
    }

    void transformSplitsIntoNewColumns()
    {
        auto document = validated(kRegister);
        const int address = document->table(0).columnIndex(QStringLiteral("address-text"));
        TransformDialog dialog(document.get(), 0, address);
        dialog.setOperation(TransformSpec::Operation::Split);
        dialog.separatorEdit()->setText(QStringLiteral(","));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing() && dialog.applyButton()->isEnabled(), 10000);
        dialog.apply();
        QCOMPARE(document->table(0).columnCount(), 9);
        QCOMPARE(cell(*document, 1, "address-text 2"), QStringLiteral("Bristol"));
        document->undoStack()->undo();
        QCOMPARE(document->table(0).columnCount(), 7);
        document->waitUntilChecked();
    }

    void findAndReplace()
    {
        auto document = validated(kRegister);
        FindReplaceDialog dialog(document.get(), 0);
        QSignalSpy counted(&dialog, &FindReplaceDialog::counted);
        QSignalSpy found(&dialog, &FindReplaceDialog::cellFound);
        dialog.findEdit()->setText(QStringLiteral("high street"));
        QVERIFY(counted.wait(10000));
        QCOMPARE(dialog.matchCount(), qint64(4));
        dialog.setCurrentCell(0, 0);
        dialog.findNext();
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.last().at(1).toULongLong(), 0ULL);
        QCOMPARE(found.last().at(2).toInt(), document->table(0).columnIndex(QStringLiteral("address-text")));
        dialog.findNext();
        QCOMPARE(found.last().at(1).toULongLong(), 1ULL);
        dialog.replaceEdit()->setText(QStringLiteral("High St"));
        screenshot(dialog, QStringLiteral("find-replace"));
        QSignalSpy replaced(&dialog, &FindReplaceDialog::replaced);
        dialog.replaceAll();
        QVERIFY(replaced.wait(10000));
        QCOMPARE(replaced.first().first().toULongLong(), 4ULL);
        QCOMPARE(cell(*document, 2, "address-text"), QStringLiteral("3 High St, Bristol"));
        QCOMPARE(document->undoStack()->count(), 1);

        dialog.regexBox()->setChecked(true);
        dialog.findEdit()->setText(QStringLiteral("(high"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("not a valid regular expression")));
        QCOMPARE(dialog.matchCount(), qint64(-1));
        document->waitUntilChecked();
    }
};

QTEST_MAIN(TestFixDialogs)
#include "tst_fix_dialogs.moc"
