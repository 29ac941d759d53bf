// Review projects in the window: New Project from an open file, edits journaled and shown again (with their undo
// history) on reopening, triage decisions that hide findings and survive reopening, the run banner after a fix,
// the history of a cell, the review report (its totals agree with `check`), read-only and in-use projects.
#include "document/document.h"
#include "io/project/project_file.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/run_history_model.h"
#include "itemmodels/table_model.h"
#include "l10n/ui_language.h"
#include "panels/findings/findings_dock.h"
#include "panels/runs/runs_dock.h"
#include "project/cell_history_dialog.h"
#include "project/message_bar.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/triage_actions.h"
#include "project/waive_dialog.h"
#include "settings/app_settings.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "shell/recent_files.h"
#include "style/theme.h"
#include "validation/finding_navigator.h"
#include "validation/rule_pack_presenter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/editing/") + QLatin1String(name);
}

bool openAndValidate(MainWindow& window, const QString& path)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(path);
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return (validated.count() > 0 || validated.wait(60000)) && validated.first().first().toBool();
}

bool validateAgain(MainWindow& window)
{
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.validation()->validate();
    return validated.wait(60000) && validated.first().first().toBool();
}

constexpr int kDecision = 1;

/// The record of the register's row (0-based).
RecordId recordAt(const Document& document, int row)
{
    return document.table(0).recordId(std::size_t(row));
}

/// The index in the document's findings of the first finding of rule, or -1.
std::int64_t findingOf(const Document& document, const QString& rule)
{
    const FindingStore& store = *document.findings();
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.rules()[store.record(i).rule].id == rule)
            return std::int64_t(i);
    return -1;
}

int countOf(const Document& document, const QString& rule)
{
    int n = 0;
    const FindingStore& store = *document.findings();
    for (std::size_t i = 0; i < store.size(); ++i)
        n += store.rules()[store.record(i).rule].id == rule;
    return n;
}

} // namespace

class TestProjectGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newProjectKeepsEditsAndUndoHistoryAcrossReopening();
    void aPlainFileOffersAProject();
    void waivingWithAReasonHidesTheFindingAndSurvivesReopening();
    void theWaiveDialogNeedsAReason();
    void theRunBannerCountsWhatAFixResolved();
    void cellHistoryListsTheEdit();
    void theReportIsSelfContainedAndAgreesWithCheck();
    void aNewerProjectOpensReadOnly();
    void aJournalThatDoesNotFitOpensReadOnlyAndSaveAsMakesAWorkingCopy();
    void aProjectOpenElsewhereIsExplained();
    void runsModelPassesTheTester();
    void aChangedSourceIsSaid();
    void aBrokenProjectIsRefusedWithTheCoresSentence_data();
    void aBrokenProjectIsRefusedWithTheCoresSentence();
    void theMenusAndPanelsAreReachable();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestProjectGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_project_gui"));
    qputenv("PLUMBLINE_USER", "officer.a");
    QVERIFY(m_dir.isValid());
}

void TestProjectGui::init()
{
    QSettings().clear();
    AppSettings().rulePack.setValue(fixture("pack.json"));
}

void TestProjectGui::newProjectKeepsEditsAndUndoHistoryAcrossReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.plumbline"));
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, fixture("register.csv")));
        QVERIFY(!window.project()->isProject());
        QVERIFY(window.project()->newProject(path));
        QVERIFY(window.project()->keepsEdits());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("reopen.plumbline")));
        QVERIFY(window.recentFiles()->files().contains(path));
        Document* document = window.document();
        QVERIFY(document->setCell(0, recordAt(*document, 1), kDecision, "refused"));
        QVERIFY(document->setCell(0, recordAt(*document, 2), kDecision, "granted"));
        QCOMPARE(document->undoStack()->count(), 2);
        // A project keeps its edits as they are made: closing does not ask about them.
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    QVERIFY(window.project()->keepsEdits());
    QCOMPARE(window.windowTitle(), QStringLiteral("reopen.plumbline \u2014 Plumbline"));
    const Document* document = window.document();
    QCOMPARE(document->table(0).cellText(1, kDecision), QStringLiteral("refused"));
    QCOMPARE(document->table(0).cellText(2, kDecision), QStringLiteral("granted"));
    QCOMPARE(document->undoStack()->count(), 2);
    QCOMPARE(document->undoStack()->index(), 2);
    // Undo goes back through the replayed history, and is journaled in turn.
    document->undoStack()->undo();
    QCOMPARE(document->table(0).cellText(2, kDecision), QStringLiteral("Approve"));
    QVERIFY(window.project()->offerBar()->isHidden());
}

void TestProjectGui::aPlainFileOffersAProject()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    MessageBar* offer = window.project()->offerBar();
    QVERIFY(offer->isVisible());
    QVERIFY(offer->text().contains(QStringLiteral("register.csv")));
    QVERIFY(offer->acceptButton()->isVisible());
    QVERIFY(!offer->acceptButton()->accessibleName().isEmpty());
    // "Not now" only hides the bar; nothing is written.
    offer->rejectButton()->click();
    QVERIFY(offer->isHidden());
    QVERIFY(!window.project()->isProject());
    // Ctrl+S on a plain file and the menu items are there.
    QCOMPARE(window.project()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(window.project()->saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(!window.project()->saveAsAction()->isEnabled());
}

void TestProjectGui::waivingWithAReasonHidesTheFindingAndSurvivesReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("waive.plumbline"));
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, fixture("register.csv")));
        QVERIFY(window.project()->newProject(path));
        FindingsDock* dock = window.findingNavigator()->dock();
        QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!dock->model()->isBuilding());
        const std::size_t shownBefore = dock->model()->shownCount();
        const std::int64_t finding = findingOf(*window.document(), QStringLiteral("E-DECISION"));
        QVERIFY(finding >= 0);
        QVERIFY(window.project()->decide({std::size_t(finding)}, TriageState::Waived,
                                         QStringLiteral("Approve is the old word for granted")));
        QTRY_COMPARE(dock->model()->shownCount(), shownBefore - 1);
        QCOMPARE(dock->triageView().waived, std::uint64_t(1));
        QVERIFY(dock->triageNote()->isVisible());
        QCOMPARE(dock->triageNote()->text(), QStringLiteral("1 waived hidden"));
        // The switch shows them again, and hides them again.
        dock->showDecidedButton()->click();
        QTRY_COMPARE(dock->model()->shownCount(), shownBefore);
        dock->showDecidedButton()->click();
        QTRY_COMPARE(dock->model()->shownCount(), shownBefore - 1);
        // A false positive is counted apart.
        const std::int64_t missing = findingOf(*window.document(), QStringLiteral("E-REQ"));
        QVERIFY(missing >= 0);
        QVERIFY(window.project()->decide({std::size_t(missing)}, TriageState::FalsePositive, {}));
        QTRY_COMPARE(dock->triageNote()->text(), QStringLiteral("1 waived, 1 false positive hidden"));
        QVERIFY(window.project()->decide({std::size_t(missing)}, TriageState::Open, {}));
        QTRY_COMPARE(dock->triageNote()->text(), QStringLiteral("1 waived hidden"));
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    FindingsDock* dock = window.findingNavigator()->dock();
    QTRY_VERIFY(!dock->model()->isBuilding());
    QCOMPARE(dock->triageView().waived, std::uint64_t(1));
    QCOMPARE(dock->triageView().falsePositive, std::uint64_t(0));
    QCOMPARE(dock->model()->shownCount(), dock->model()->totalCount() - 1);
    const auto& decisions = window.project()->session()->triage()->decisions();
    QCOMPARE(decisions.size(), std::size_t(1));
    QCOMPARE(decisions.front().reason, QStringLiteral("Approve is the old word for granted"));
    QCOMPARE(decisions.front().user, QStringLiteral("officer.a"));
}

void TestProjectGui::theWaiveDialogNeedsAReason()
{
    WaiveDialog dialog(2, QStringLiteral("E-DECISION on \u201cApprove\u201d"));
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.reasonEdit()->accessibleName().isEmpty());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("agreed with the team"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("agreed with the team"));
}

void TestProjectGui::theRunBannerCountsWhatAFixResolved()
{
    const QString path = m_dir.filePath(QStringLiteral("runs.plumbline"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    QVERIFY(window.project()->newProject(path));
    // The run before the project was made is in it; a run now compares with it.
    QVERIFY(validateAgain(window));
    MessageBar* banner = window.project()->runBar();
    QVERIFY2(banner->text().startsWith(QStringLiteral("0 new, 0 resolved since ")), qPrintable(banner->text()));
    Document* document = window.document();
    const int decisionsBefore = countOf(*document, QStringLiteral("E-DECISION"));
    QVERIFY(decisionsBefore >= 1);
    QVERIFY(document->setCell(0, recordAt(*document, 2), kDecision, "granted")); // Approve → granted
    QVERIFY(validateAgain(window));
    QCOMPARE(countOf(*document, QStringLiteral("E-DECISION")), decisionsBefore - 1);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("0 new, 1 resolved since ")), qPrintable(banner->text()));
    const auto& runs = window.project()->session()->runs().runs();
    QCOMPARE(runs.size(), std::size_t(3));
    QCOMPARE(runs.back().resolvedCount, std::uint64_t(1));
    // The Runs panel lists them newest first, with a trend line per severity.
    RunsDock* panel = window.project()->runsDock();
    QCOMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(panel->model()->index(0, RunHistoryModel::ResolvedColumn).data(Qt::UserRole).toULongLong(), 1ull);
    QCOMPARE(panel->chartView()->chart()->series().size(), 4);
    QVERIFY(panel->chartView()->accessibleDescription().startsWith(QStringLiteral("Errors: ")));
    QVERIFY(panel->rulesView()->topLevelItemCount() > 0);
}

void TestProjectGui::cellHistoryListsTheEdit()
{
    const QString path = m_dir.filePath(QStringLiteral("history.plumbline"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    QString note;
    const RecordId record = recordAt(*window.document(), 2);
    QVERIFY(
        window.project()->cellHistory(QStringLiteral("register"), record, QStringLiteral("decision"), &note).empty());
    QVERIFY(note.contains(QStringLiteral("New Project")));
    QVERIFY(window.project()->newProject(path));
    QVERIFY(window.document()->setCell(0, record, kDecision, "granted"));
    const auto rows =
        window.project()->cellHistory(QStringLiteral("register"), record, QStringLiteral("decision"), &note);
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.front().oldValue, QStringLiteral("Approve"));
    QCOMPARE(rows.front().newValue, QStringLiteral("granted"));
    QCOMPARE(rows.front().user, QStringLiteral("officer.a"));
    // Another cell of the row has no history.
    QVERIFY(window.project()->cellHistory(QStringLiteral("register"), record, QStringLiteral("notes"), &note).empty());
    CellHistoryDialog dialog(QStringLiteral("Row 3"), rows, note);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("Approve"));
    QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("granted"));
}

void TestProjectGui::theReportIsSelfContainedAndAgreesWithCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("report.plumbline"));
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, fixture("register.csv")));
        // Without a project too: the findings on screen.
        QVERIFY(window.project()->exportReport(html));
        QVERIFY(window.project()->newProject(path));
        QVERIFY(window.document()->setCell(0, recordAt(*window.document(), 2), kDecision, "granted"));
        QVERIFY(validateAgain(window));
        QVERIFY(window.project()->exportReport(html));
        QVERIFY(window.project()->exportReport(json));
    } // the project closes: the command line may open it

    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    QVERIFY(text.contains(QStringLiteral("<svg")));
    // Self-contained: nothing fetched from anywhere else.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("<(script|link|img|iframe)\\b"))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//"))));
    const auto total = QRegularExpression(QStringLiteral("id=\"total\">([0-9,]+)<")).match(text);
    QVERIFY(total.hasMatch());

    // The same project checked by the command line.
    QProcess cli;
    cli.start(QStringLiteral(PLUMBLINE_CLI), {QStringLiteral("check"), QStringLiteral("--pack"), fixture("pack.json"),
                                              QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject check = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY2(!check.isEmpty(), cli.readAllStandardError().constData());
    qint64 checkTotal = 0;
    const QJsonObject bySeverity =
        check.value(QStringLiteral("summary")).toObject().value(QStringLiteral("by_severity")).toObject();
    for (auto it = bySeverity.begin(); it != bySeverity.end(); ++it)
        checkTotal += it.value().toInteger();
    QCOMPARE(QString(total.captured(1)).remove(QLatin1Char(',')).toLongLong(), checkTotal);

    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject summary =
        QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("by_rule")).toObject(),
             check.value(QStringLiteral("summary")).toObject().value(QStringLiteral("by_rule")).toObject());
    QCOMPARE(summary.value(QStringLiteral("edits")).toInteger(), 1);
}

void TestProjectGui::aNewerProjectOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.plumbline"));
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, fixture("register.csv")));
        QVERIFY(window.project()->newProject(path));
        QVERIFY(window.document()->setCell(0, recordAt(*window.document(), 1), kDecision, "refused"));
    }
    {
        // As a later version of Plumbline would leave it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, path));
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        MessageBar* notice = window.project()->noticeBar();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("newer version")), qPrintable(notice->text()));
        // The data as it was left, and no editing.
        QCOMPARE(window.document()->table(0).cellText(1, kDecision), QStringLiteral("refused"));
        QVERIFY(!(window.tableModel()->flags(window.tableModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!window.document()->setCell(0, recordAt(*window.document(), 0), kDecision, "withdrawn"));
        QVERIFY(!window.actions()->undo()->isEnabled());
    }
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before); // never modified
}

void TestProjectGui::aJournalThatDoesNotFitOpensReadOnlyAndSaveAsMakesAWorkingCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("misfit.plumbline"));
    const QString copy = m_dir.filePath(QStringLiteral("misfit copy.plumbline"));
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, fixture("register.csv")));
        QVERIFY(window.project()->newProject(path));
        QVERIFY(window.document()->setCell(0, recordAt(*window.document(), 1), kDecision, "refused"));
        QVERIFY(window.document()->setCell(0, recordAt(*window.document(), 2), kDecision, "granted"));
    }
    {
        // The second edit now names a record the data does not have.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("misfit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE journal_cell SET record = 9999 WHERE seq = (SELECT MAX(seq) FROM "
                                          "journal_cell)")));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("misfit"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    QVERIFY(window.project()->isReadOnly());
    QVERIFY2(window.project()->noticeBar()->text().contains(QStringLiteral("does not fit")),
             qPrintable(window.project()->noticeBar()->text()));
    // The data as far as the journal fits: the first edit, not the second.
    QCOMPARE(window.document()->table(0).cellText(1, kDecision), QStringLiteral("refused"));
    QCOMPARE(window.document()->table(0).cellText(2, kDecision), QStringLiteral("Approve"));
    QVERIFY(!window.project()->saveAction()->shortcut().isEmpty());
    // Decisions are refused while read-only.
    const std::int64_t finding = findingOf(*window.document(), QStringLiteral("E-DECISION"));
    QVERIFY(finding >= 0);
    QVERIFY(!window.project()->decide({std::size_t(finding)}, TriageState::FalsePositive, {}));
    // Save Project As makes a clean copy that is open for work.
    QVERIFY(window.project()->saveAsAction()->isEnabled());
    QVERIFY(window.project()->saveProjectAs(copy));
    QVERIFY(!window.project()->isReadOnly());
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.project()->noticeBar()->isHidden());
    QCOMPARE(window.windowTitle(), QStringLiteral("misfit copy.plumbline \u2014 Plumbline"));
    QVERIFY(window.document()->setCell(0, recordAt(*window.document(), 0), kDecision, "withdrawn"));
    QVERIFY(window.actions()->undo()->isEnabled());
}

void TestProjectGui::aProjectOpenElsewhereIsExplained()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.plumbline"));
    MainWindow first;
    first.show();
    QVERIFY(openAndValidate(first, fixture("register.csv")));
    QVERIFY(first.project()->newProject(path));
    MainWindow second;
    second.show();
    QSignalSpy failed(&second, &MainWindow::loadFailed);
    second.openFile(path);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("open")),
             qPrintable(failed.first().first().toString()));
    auto* box = second.findChild<QMessageBox*>(QStringLiteral("projectErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(), failed.first().first().toString());
    box->close();
    // The same project again in its own window: nothing to open.
    QSignalSpy loaded(&first, &MainWindow::loadFinished);
    first.openFile(path);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(first.project()->keepsEdits());
}

void TestProjectGui::runsModelPassesTheTester()
{
    RunHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunRecord a;
    a.time = QStringLiteral("2026-03-04T10:02:00Z");
    a.user = QStringLiteral("a");
    a.total = 5;
    a.bySeverity[std::size_t(Severity::Error)] = 3;
    a.bySeverity[std::size_t(Severity::Info)] = 2;
    a.first = true;
    RunRecord b = a;
    b.first = false;
    b.total = 4;
    b.bySeverity[std::size_t(Severity::Error)] = 2;
    b.resolvedCount = 1;
    model.setRuns({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RunHistoryModel::TotalColumn).data(Qt::UserRole).toULongLong(), 4ull); // newest first
    QCOMPARE(model.index(1, RunHistoryModel::NewColumn).data().toString(), QStringLiteral("\u2014"));
    QCOMPARE(model.index(0, RunHistoryModel::ErrorColumn).data().toString(), QStringLiteral("2"));
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectGui::aChangedSourceIsSaid()
{
    const QString source = m_dir.filePath(QStringLiteral("changing.csv"));
    const QString path = m_dir.filePath(QStringLiteral("changing.plumbline"));
    QVERIFY(QFile::copy(fixture("register.csv"), source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, source));
        QVERIFY(window.project()->newProject(path));
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, path));
        QVERIFY(window.project()->sourceBar()->isHidden()); // unchanged
    }
    QFile file(source);
    QVERIFY(file.open(QIODevice::Append));
    file.write("A/6,granted,2020-06-07,added later\n");
    file.close();
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    MessageBar* bar = window.project()->sourceBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("changing.csv")), qPrintable(bar->text()));
    // Offered (tst_project_wiring re-imports).
    QVERIFY(bar->acceptButton()->isVisible());
    QVERIFY(bar->acceptButton()->isEnabled());
    QCOMPARE(window.document()->table(0).rowCount(), std::size_t(5)); // the project's own copy of the data
}

void TestProjectGui::aBrokenProjectIsRefusedWithTheCoresSentence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QTest::newRow("not SQLite") << QByteArray("reference,decision\nA/1,granted\n") << QStringLiteral("not");
    // A real project cut short: its first 3 KB.
    QTest::newRow("truncated") << QByteArray() << QStringLiteral("cut short");
}

void TestProjectGui::aBrokenProjectIsRefusedWithTheCoresSentence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    const QString path = m_dir.filePath(
        QStringLiteral("broken-%1.plumbline")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (bytes.isEmpty()) {
        const QString whole = m_dir.filePath(QStringLiteral("whole.plumbline"));
        if (!QFileInfo::exists(whole)) {
            MainWindow window;
            window.show();
            QVERIFY(openAndValidate(window, fixture("register.csv")));
            QVERIFY(window.project()->newProject(whole));
            window.project()->session()->checkpoint();
        }
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.read(3000);
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFile(path);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("projectErrorBox")));
    // What was open stays, and the file is untouched.
    QCOMPARE(QFileInfo(window.document()->dataset().source.path).fileName(), QStringLiteral("register.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestProjectGui::theMenusAndPanelsAreReachable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    // File: Open, Open Recent, New Project, Open Project | Save, Save Project As, Project ▸ | Export …
    auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QStringList names;
    for (QAction* action : file->actions())
        names << (action->isSeparator() ? QStringLiteral("|")
                  : action->menu()      ? action->menu()->objectName()
                                        : action->objectName());
    const QString order = names.join(QLatin1Char(' '));
    QVERIFY2(order.startsWith(QStringLiteral("actionOpen menuRecent actionNewProject actionOpenProject | actionSave "
                                             "actionSaveProjectAs menuProject | actionExport")),
             qPrintable(order));
    QVERIFY(order.contains(QStringLiteral("actionExportReport")));
    // The triage items on a finding: Waive and Mark while it is open, Reopen once decided.
    const std::int64_t finding = findingOf(*window.document(), QStringLiteral("E-DECISION"));
    QVERIFY(finding >= 0);
    QMenu menu;
    window.triageActions()->addFindingItems(&menu, {std::size_t(finding)});
    auto* waive = menu.findChild<QAction*>(QStringLiteral("actionWaive"));
    auto* reopen = menu.findChild<QAction*>(QStringLiteral("actionReopen"));
    QVERIFY(waive && reopen);
    QVERIFY(waive->isEnabled());
    QVERIFY(!reopen->isEnabled());
    QVERIFY(window.project()->newProject(m_dir.filePath(QStringLiteral("menus.plumbline"))));
    QVERIFY(window.project()->decide({std::size_t(finding)}, TriageState::FalsePositive, {}));
    QMenu after;
    window.triageActions()->addFindingItems(&after, {std::size_t(finding)});
    QVERIFY(!after.findChild<QAction*>(QStringLiteral("actionWaive"))->isEnabled());
    QVERIFY(after.findChild<QAction*>(QStringLiteral("actionReopen"))->isEnabled());
    // F6 reaches the Runs panel once it is shown.
    window.project()->runsDock()->show();
    window.project()->runsDock()->raise();
    QWidget* runs = window.project()->runsDock()->view();
    QTRY_VERIFY(runs->isVisible());
    bool reached = false;
    for (int i = 0; i < 6 && !reached; ++i) {
        QTest::keyClick(&window, Qt::Key_F6);
        reached = QApplication::focusWidget() == runs;
    }
    QVERIFY(reached);
    QVERIFY(!runs->accessibleName().isEmpty());
}

/// The user guide's pictures of a review project on a real register (PLUMBLINE_SCREENSHOTS names the folder).
void TestProjectGui::screenshots()
{
    const QString folder = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set PLUMBLINE_SCREENSHOTS to a folder to write the screenshots");
    const QString register_ = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/example-planning-applications.csv");
    if (!QFileInfo::exists(register_))
        QSKIP("the shared planning data is not here");
    AppSettings().rulePack.setValue(QString()); // chosen from the headers, as a new user gets it
    l10n::installTranslators(qApp);             // English plural forms, as the application has them
    const QString path = m_dir.filePath(QStringLiteral("hampshire-review.plumbline"));
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(openAndValidate(window, register_));
    QVERIFY(window.project()->newProject(path));
    // Two rounds of fixes, each validated: the suggestions of a few findings applied.
    Document* document = window.document();
    for (int round = 0; round < 2; ++round) {
        const FindingStore& store = *document->findings();
        int applied = 0;
        for (std::size_t i = 0; i < store.size() && applied < 4; ++i) {
            const FindingRecord& r = store.record(i);
            // Fixes a person would take without a second look: spaces and separators.
            const QString rule = store.rules()[r.rule].id;
            const bool plain = rule.startsWith(QLatin1String("STR-")) || rule == QLatin1String("PA-19-separator");
            if (!plain || !r.hasSuggestion() || r.record == kNoRecord || r.column < 0)
                continue;
            const int table = document->tableIndex(store.tables()[r.table].name);
            applied += document->setCell(table, r.record, r.column, store.qtext(r.suggestion).toStdString());
        }
        QVERIFY(validateAgain(window));
    }
    const std::int64_t finding = findingOf(*document, QStringLiteral("PA-06-reference-format"));
    if (finding >= 0)
        QVERIFY(window.project()->decide({std::size_t(finding)}, TriageState::Waived,
                                         QStringLiteral("Old-style county references are correct before 2014")));
    window.project()->runsDock()->show();
    window.project()->runsDock()->raise();
    for (const auto& [choice, name] : {std::pair{theme::Choice::Light, QStringLiteral("light")},
                                       std::pair{theme::Choice::Dark, QStringLiteral("dark")}}) {
        theme::apply(choice);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("project-%1.png").arg(name))));
        QVERIFY(
            window.project()->runsDock()->grab().save(QDir(folder).filePath(QStringLiteral("runs-%1.png").arg(name))));
    }
    theme::apply(theme::Choice::Light);
    WaiveDialog dialog(2,
                       QStringLiteral("PA-06-reference-format on \u201c13/10972\u201d\nPA-06-reference-format on "
                                      "\u201cNMA/2013/0233\u201d"),
                       &window);
    dialog.show();
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Old-style county references are correct before 2014"));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("waive-dialog.png"))));
}

QTEST_MAIN(TestProjectGui)
#include "tst_project_gui.moc"
