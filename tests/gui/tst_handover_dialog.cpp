// The hand-over conflicts dialog, offscreen: one row per conflict with mine and theirs, mine chosen at first,
// choices per row and for all rows, and its texts in Welsh.
#include "project/handover_conflicts_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace plumbline;

namespace {

std::vector<HandoverConflict> conflicts()
{
    HandoverConflict cell;
    cell.kind = HandoverConflict::Kind::Cell;
    cell.table = QStringLiteral("register");
    cell.key = QStringLiteral("23/01234/FUL");
    cell.column = QStringLiteral("ward");
    cell.mine = QStringLiteral("Northern");
    cell.theirs = QStringLiteral("North");
    HandoverConflict finding;
    finding.kind = HandoverConflict::Kind::Triage;
    finding.table = QStringLiteral("register");
    finding.column = QStringLiteral("PA-18-status");
    finding.mineDecision.state = TriageState::FalsePositive;
    finding.mineDecision.user = QStringLiteral("bob");
    finding.decision.state = TriageState::Waived;
    finding.decision.reason = QStringLiteral("known upstream");
    finding.decision.user = QStringLiteral("ann");
    return {cell, finding};
}

} // namespace

class TestHandoverDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsConflictsAndReturnsChoices()
    {
        HandoverConflictsDialog dialog(conflicts(), QStringLiteral("ann"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("register, 23/01234/FUL, ward"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Northern"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("North"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("False positive (bob)"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Waived: known upstream (ann)"));
        QCOMPARE(dialog.choices(), (std::vector<HandoverChoice>{HandoverChoice::Mine, HandoverChoice::Mine}));

        dialog.choiceBox(1)->setCurrentIndex(1);
        // A look at it, for the user guide and for review.
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("plumbline-handover-conflicts.png")));
        QCOMPARE(dialog.choices(), (std::vector<HandoverChoice>{HandoverChoice::Mine, HandoverChoice::Theirs}));
        QPushButton* takeAll = nullptr;
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            if (button->text() == QLatin1String("Take All &Theirs"))
                takeAll = button;
        QVERIFY(takeAll);
        takeAll->click();
        QCOMPARE(dialog.choices(), (std::vector<HandoverChoice>{HandoverChoice::Theirs, HandoverChoice::Theirs}));
        dialog.chooseAll(HandoverChoice::Mine);
        QCOMPARE(dialog.choices(), (std::vector<HandoverChoice>{HandoverChoice::Mine, HandoverChoice::Mine}));
    }

    void speaksWelsh()
    {
        QTranslator welsh;
        QVERIFY(welsh.load(QStringLiteral(":/plumbline/translations/plumbline_cy")));
        QVERIFY(QCoreApplication::installTranslator(&welsh));
        {
            HandoverConflictsDialog dialog(conflicts(), QStringLiteral("ann"));
            QVERIFY(dialog.windowTitle() != QLatin1String("Merge Conflicts"));
            QVERIFY(!dialog.windowTitle().isEmpty());
            QVERIFY(dialog.table()->horizontalHeaderItem(2)->text() != QLatin1String("Mine"));
            QVERIFY(dialog.choiceBox(0)->itemText(1) != QLatin1String("Theirs"));
            QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("Canfyddiad"));
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Gwrthdaro wrth Uno"));
        }
        QCoreApplication::removeTranslator(&welsh);
    }
};

QTEST_MAIN(TestHandoverDialog)
#include "tst_handover_dialog.moc"
