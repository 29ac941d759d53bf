// Review projects finished in the window: re-importing a changed source (the carried edit is in the grid, the
// ones that could not be carried are listed with their reasons, a failure leaves the project as it was).
#include "document/document.h"
#include "findings/finding_store.h"
#include "grid/data_grid_view.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "l10n/ui_language.h"
#include "panels/findings/findings_dock.h"
#include "project/handover_actions.h"
#include "project/handover_conflicts_dialog.h"
#include "project/handover_file.h"
#include "project/handover_merge.h"
#include "project/message_bar.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/record_key.h"
#include "project/reimport_summary_dialog.h"
#include "project/source_reimporter.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "style/theme.h"
#include "tables/table_tabs.h"
#include "validation/finding_navigator.h"
#include "validation/rule_pack_menu.h"
#include "validation/rule_pack_presenter.h"
#include <QToolButton>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <sys/stat.h>

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

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

constexpr int kReference = 0;
constexpr int kDecision = 1;
constexpr int kNotes = 3;

/// The row of the first table whose reference is reference, or -1.
int rowOf(const Document& document, const QString& reference)
{
    const Table& table = document.table(0);
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        if (table.cellText(row, kReference) == reference)
            return int(row);
    return -1;
}

bool edit(Document& document, const QString& reference, int column, const char* value)
{
    const int row = rowOf(document, reference);
    return row >= 0 && document.setCell(0, document.table(0).recordId(std::size_t(row)), column, value);
}

// The register with its rows in another order, A/4's decision changed, A/5 gone and A/6 new.
const QByteArray kChangedRegister = "reference,decision,decision-date,notes\n"
                                    "A/6,granted,2020-06-07,added later\n"
                                    "A/1,granted,2020-01-02,ok\n"
                                    "A/2,,2020-02-03,ok\n"
                                    "A/3,Approve,2020-03-04,ok\n"
                                    "A/4,withdrawn,03/04/2020,ok\n";

} // namespace

class TestProjectWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reimportCarriesTheEditsAndListsTheOthers();
    void aFailedReimportLeavesTheProjectAsItWas();
    void aCancelAfterTheReimportFinishedOpensIt();
    void handOverWritesTheEditsAndDecisions();
    void mergingWithAConflictAnsweredTheirsShowsTheirValue();
    void waivedFindingsAreHiddenInTheGridAndF8();
    void aReopenedProjectValidatesWithItsOwnRules();
    void screenshots();

private:
    /// A project of a copy of the register (in its own folder) with three edits; returns its path.
    QString makeEditedProject(const QString& name, QString* source);

    QTemporaryDir m_dir;
};

void TestProjectWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_project_wiring"));
    qputenv("PLUMBLINE_USER", "officer.a");
    QVERIFY(m_dir.isValid());
    l10n::installTranslators(qApp); // English plural forms, as the application has them
}

void TestProjectWiring::init()
{
    QSettings().clear();
    AppSettings().rulePack.setValue(fixture("pack.json"));
}

QString TestProjectWiring::makeEditedProject(const QString& name, QString* source)
{
    *source = m_dir.filePath(name + QStringLiteral(".csv"));
    const QString path = m_dir.filePath(name + QStringLiteral(".plumbline"));
    QFile::remove(*source);
    if (!QFile::copy(fixture("register.csv"), *source))
        return {};
    QFile::setPermissions(*source, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.show();
    if (!openAndValidate(window, *source) || !window.project()->newProject(path))
        return {};
    Document& document = *window.document();
    if (!edit(document, QStringLiteral("A/2"), kDecision, "refused") ||
        !edit(document, QStringLiteral("A/4"), kDecision, "granted") ||
        !edit(document, QStringLiteral("A/5"), kNotes, "done"))
        return {};
    return path;
}

void TestProjectWiring::reimportCarriesTheEditsAndListsTheOthers()
{
    QString source;
    const QString path = makeEditedProject(QStringLiteral("reimport"), &source);
    QVERIFY(!path.isEmpty());
    QVERIFY(writeFile(source, kChangedRegister));

    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    MessageBar* bar = window.project()->sourceBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->acceptButton()->isEnabled());
    QVERIFY(window.project()->reimporter()->action()->isEnabled());

    QSignalSpy finished(window.project()->reimporter(), &SourceReimporter::finished);
    bar->acceptButton()->click();
    QVERIFY(window.project()->reimporter()->isRunning() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);

    // The re-imported project is on screen: the new file's rows, with the edit that still applies.
    QVERIFY(window.project()->keepsEdits());
    Document* document = window.document();
    QVERIFY(!document->isReadOnly());
    QCOMPARE(document->table(0).rowCount(), std::size_t(5));
    QCOMPARE(document->table(0).cellText(0, kReference), QStringLiteral("A/6"));
    QCOMPARE(document->table(0).cellText(std::size_t(rowOf(*document, QStringLiteral("A/2"))), kDecision),
             QStringLiteral("refused"));
    QCOMPARE(document->table(0).cellText(std::size_t(rowOf(*document, QStringLiteral("A/4"))), kDecision),
             QStringLiteral("withdrawn"));
    QVERIFY(window.project()->sourceBar()->isHidden()); // the project now matches its source

    ReimportSummaryDialog* summary = window.project()->reimporter()->summaryDialog();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->summary()->text().contains(QStringLiteral("1 edit carried over")),
             qPrintable(summary->summary()->text()));
    QVERIFY(summary->summary()->text().contains(QStringLiteral("matched on reference")));
    QTableWidget* table = summary->notCarried();
    QCOMPARE(table->rowCount(), 2);
    QStringList reasons;
    for (int row = 0; row < table->rowCount(); ++row)
        reasons << table->item(row, 1)->text() + QLatin1Char(':') + table->item(row, 4)->text();
    QVERIFY2(
        reasons.contains(QStringLiteral("A/4:old value changed from \u201crefused\u201d to \u201cwithdrawn\u201d")),
        qPrintable(reasons.join(QLatin1Char('|'))));
    QVERIFY2(reasons.contains(QStringLiteral("A/5:row gone")), qPrintable(reasons.join(QLatin1Char('|'))));
    summary->close();

    // The carried edits are one step: undo shows the new file as it is.
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->table(0).cellText(std::size_t(rowOf(*document, QStringLiteral("A/2"))), kDecision), QString());
}

void TestProjectWiring::aFailedReimportLeavesTheProjectAsItWas()
{
    QString source;
    const QString path = makeEditedProject(QStringLiteral("failing"), &source);
    QVERIFY(!path.isEmpty());
    const QString other = m_dir.filePath(QStringLiteral("not-data.csv"));
    QVERIFY(writeFile(other, QByteArray("\xff\xfe\x00\x00garbage", 12)));
    QFile::remove(other);

    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    QSignalSpy finished(window.project()->reimporter(), &SourceReimporter::finished);
    // A file that is not there: the core says so, and the project is opened again as it was.
    QVERIFY(window.project()->reimporter()->reimport(other));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QMessageBox* box = window.project()->reimporter()->errorBox();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("not there")), qPrintable(box->informativeText()));
    QVERIFY(window.project()->keepsEdits());
    const Document* document = window.document();
    QVERIFY(!document->isReadOnly());
    QCOMPARE(document->table(0).cellText(std::size_t(rowOf(*document, QStringLiteral("A/2"))), kDecision),
             QStringLiteral("refused"));
    QCOMPARE(document->undoStack()->count(), 3);
    box->close();
}

void TestProjectWiring::aCancelAfterTheReimportFinishedOpensIt()
{
    QString source;
    const QString path = makeEditedProject(QStringLiteral("late-cancel"), &source);
    QVERIFY(!path.isEmpty());
    QVERIFY(writeFile(source, kChangedRegister));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    const auto inode = [&path] {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
    };
    const ino_t before = inode();
    SourceReimporter* reimporter = window.project()->reimporter();
    QSignalSpy finished(reimporter, &SourceReimporter::finished);
    QVERIFY(reimporter->reimport());
    // Without handling events (so the result cannot arrive): wait until the new project is renamed into place,
    // then press Cancel. The re-import is done by then; saying "as it was" would be false.
    QElapsedTimer waited;
    waited.start();
    while (inode() == before && waited.elapsed() < 60000)
        QThread::msleep(2);
    QVERIFY(inode() != before);
    reimporter->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(reimporter->summaryDialog());
    QCOMPARE(window.document()->table(0).rowCount(), std::size_t(5)); // the new file's rows
    reimporter->summaryDialog()->close();
}

void TestProjectWiring::handOverWritesTheEditsAndDecisions()
{
    QString source;
    const QString path = makeEditedProject(QStringLiteral("handing"), &source);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    QVERIFY(window.project()->handover()->exportAction()->isEnabled());
    const QString out = m_dir.filePath(QStringLiteral("handing handover.json"));
    QVERIFY(window.project()->handover()->exportTo(out));
    auto read = readHandoverFile(out);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const HandoverFile& handover = read.value();
    QCOMPARE(handover.user, QStringLiteral("officer.a"));
    QCOMPARE(handover.edits.size(), std::size_t(3));
    const auto a2 = std::find_if(handover.edits.begin(), handover.edits.end(),
                                 [](const HandoverEdit& e) { return e.key == QLatin1String("A/2"); });
    QVERIFY(a2 != handover.edits.end());
    QCOMPARE(a2->column, QStringLiteral("decision"));
    QCOMPARE(a2->before, QString());
    QCOMPARE(a2->after, QStringLiteral("refused"));
}

void TestProjectWiring::mergingWithAConflictAnsweredTheirsShowsTheirValue()
{
    QString source;
    const QString path = makeEditedProject(QStringLiteral("merging"), &source);
    QVERIFY(!path.isEmpty());
    auto owned = std::make_unique<MainWindow>();
    MainWindow& window = *owned;
    window.show();
    QVERIFY(openAndValidate(window, path));
    Document* document = window.document();
    const int undoSteps = document->undoStack()->count();

    // Ann's review of the same import: A/2 decided otherwise (a conflict), A/3's notes (not edited here) and
    // A/1's date waived.
    const QString table = document->table(0).name();
    const auto recordOf = [&](const char* reference) {
        return qint64(document->table(0).recordId(std::size_t(rowOf(*document, QLatin1String(reference)))));
    };
    HandoverFile theirs;
    theirs.user = QStringLiteral("ann");
    theirs.edits.push_back({table, recordOf("A/2"), QStringLiteral("A/2"), QStringLiteral("decision"), QString(),
                            QStringLiteral("withdrawn")});
    theirs.edits.push_back({table, recordOf("A/3"), QStringLiteral("A/3"), QStringLiteral("notes"),
                            QStringLiteral("ok"), QStringLiteral("checked")});
    TriageDecision waiver;
    waiver.key = {QStringLiteral("E-DATE"),
                  table,
                  recordOf("A/4"),
                  {QStringLiteral("decision-date")},
                  QStringLiteral("03/04/2020")};
    waiver.state = TriageState::Waived;
    waiver.reason = QStringLiteral("the old date format is what the council publishes");
    waiver.user = QStringLiteral("ann");
    theirs.triage.push_back(waiver);
    const QString file = m_dir.filePath(QStringLiteral("ann.json"));
    QVERIFY(writeFile(file, writeHandoverJson(theirs)));

    HandoverActions* handover = window.project()->handover();
    QSignalSpy merged(handover, &HandoverActions::merged);
    QVERIFY(handover->merge(file));
    HandoverConflictsDialog* dialog = handover->conflictsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("refused"));
    QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("withdrawn"));
    dialog->choiceBox(0)->setCurrentIndex(dialog->choiceBox(0)->findData(int(HandoverChoice::Theirs)));
    dialog->accept();
    QCOMPARE(merged.count(), 1);
    QCOMPARE(merged.first().at(0).toBool(), true);
    QCOMPARE(merged.first().at(1).toString(), QStringLiteral("2 edits and 1 decision merged, 1 conflict resolved"));
    QVERIFY(window.project()->noticeBar()->isVisible());
    QVERIFY(window.project()->noticeBar()->text().contains(QStringLiteral("ann")));

    // Their values in the grid, as one undoable step; their waiver in the project.
    const Table& data = document->table(0);
    QCOMPARE(data.cellText(std::size_t(rowOf(*document, QStringLiteral("A/2"))), kDecision),
             QStringLiteral("withdrawn"));
    QCOMPARE(data.cellText(std::size_t(rowOf(*document, QStringLiteral("A/3"))), kNotes), QStringLiteral("checked"));
    QCOMPARE(window.project()->session()->triage()->stateOf(waiver.key), TriageState::Waived);
    QCOMPARE(document->undoStack()->count(), undoSteps + 1);
    document->undoStack()->undo();
    QCOMPARE(data.cellText(std::size_t(rowOf(*document, QStringLiteral("A/2"))), kDecision), QStringLiteral("refused"));
    QCOMPARE(data.cellText(std::size_t(rowOf(*document, QStringLiteral("A/3"))), kNotes), QStringLiteral("ok"));
    document->undoStack()->redo();

    // Journaled like any edit: a reopened project shows their value.
    owned.reset();
    MainWindow again;
    again.show();
    QVERIFY(openAndValidate(again, path));
    QCOMPARE(
        again.document()->table(0).cellText(std::size_t(rowOf(*again.document(), QStringLiteral("A/2"))), kDecision),
        QStringLiteral("withdrawn"));
}

void TestProjectWiring::waivedFindingsAreHiddenInTheGridAndF8()
{
    const QString source = m_dir.filePath(QStringLiteral("waiving.csv"));
    const QString path = m_dir.filePath(QStringLiteral("waiving.plumbline"));
    QFile::remove(source);
    QVERIFY(QFile::copy(fixture("register.csv"), source));
    auto owned = std::make_unique<MainWindow>();
    MainWindow& window = *owned;
    window.show();
    QVERIFY(openAndValidate(window, source));
    QVERIFY(window.project()->newProject(path));
    const Document& document = *window.document();
    DataGridView* grid = window.tabs()->currentGrid();
    QVERIFY(grid);
    QAbstractItemModel* rows = grid->model();
    TableModel* model = grid->rowView()->tableModel();
    const auto severity = [&](int row, int column) {
        return rows->index(row, column).data(int(TableModel::Role::FindingSeverity));
    };
    const auto rowMark = [&](int row) {
        return rows->headerData(row, Qt::Vertical, int(TableModel::Role::FindingSeverity));
    };
    const auto columnCount = [&](int column) {
        return rows->headerData(column, Qt::Horizontal, int(TableModel::Role::FindingCount)).toULongLong();
    };
    const int a2 = rowOf(document, QStringLiteral("A/2"));
    const int a3 = rowOf(document, QStringLiteral("A/3"));
    const int last = int(document.table(0).rowCount()) - 1;
    QVERIFY(a2 >= 0 && a3 >= 0);
    // Before: A/3's "Approve" is a finding (the only one of its row), as is A/2's blank decision.
    QVERIFY(severity(a3, kDecision).isValid());
    QVERIFY(rowMark(a3).isValid());
    QCOMPARE(columnCount(kDecision), 2ull);
    QVERIFY(!severity(a3, kNotes).isValid());
    const auto landsOn = [&](int fromRow, int fromColumn, bool forward) {
        grid->setCurrentIndex(rows->index(fromRow, fromColumn));
        if (forward)
            window.findingNavigator()->next();
        else
            window.findingNavigator()->previous();
        return std::pair{grid->currentIndex().row(), grid->currentIndex().column()};
    };
    QCOMPARE(landsOn(a2, kDecision, true), (std::pair{a3, kDecision}));

    // Waived: no tint, no row mark, not counted, and F8 goes past it.
    std::int64_t finding = -1;
    const FindingStore& store = *document.findings();
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.rules()[store.record(i).rule].id == QLatin1String("E-DECISION"))
            finding = std::int64_t(i);
    QVERIFY(finding >= 0);
    QVERIFY(window.project()->decide({std::size_t(finding)}, TriageState::Waived,
                                     QStringLiteral("Approve is what the committee minutes say")));
    QVERIFY(!severity(a3, kDecision).isValid());
    QVERIFY(!rowMark(a3).isValid());
    QCOMPARE(columnCount(kDecision), 1ull);
    QVERIFY(severity(a2, kDecision).isValid()); // the other finding stays
    QVERIFY(model->mayHideFindingsOf(document.table(0).recordId(std::size_t(a3))));
    QCOMPARE(landsOn(a2, kDecision, true), (std::pair{a2, kDecision})); // round to itself, not to A/3
    QCOMPARE(landsOn(last, kNotes, false), (std::pair{a2, kDecision})); // Shift+F8 goes past it too
    QCOMPARE(landsOn(a3, 0, true), (std::pair{a2, kDecision}));         // from its own row

    // Show Them in the findings panel: marked and visited again.
    QToolButton* show = window.findingNavigator()->dock()->showDecidedButton();
    QVERIFY(show->isVisible());
    show->click();
    QVERIFY(severity(a3, kDecision).isValid());
    QVERIFY(rowMark(a3).isValid());
    QCOMPARE(columnCount(kDecision), 2ull);
    QCOMPARE(landsOn(a2, kDecision, true), (std::pair{a3, kDecision}));
    show->click();
    QVERIFY(!severity(a3, kDecision).isValid());

    // Reopening the project keeps it hidden in the grid.
    owned.reset();
    MainWindow again;
    again.show();
    QVERIFY(openAndValidate(again, path));
    QAbstractItemModel* reopened = again.tabs()->currentGrid()->model();
    QVERIFY(!reopened->index(a3, kDecision).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(reopened->index(a2, kDecision).data(int(TableModel::Role::FindingSeverity)).isValid());
}

void TestProjectWiring::aReopenedProjectValidatesWithItsOwnRules()
{
    const QString source = m_dir.filePath(QStringLiteral("rules.csv"));
    const QString path = m_dir.filePath(QStringLiteral("rules.plumbline"));
    QFile::remove(source);
    QVERIFY(QFile::copy(fixture("register.csv"), source));
    const auto rulesOf = [](const Document& document) {
        QStringList rules;
        for (const auto& rule : document.findings()->rules())
            rules << rule.id;
        return rules;
    };
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, source)); // with the test pack (init())
        QVERIFY(rulesOf(*window.document()).contains(QStringLiteral("E-DECISION")));
        QVERIFY(window.project()->newProject(path));
    }
    // Meanwhile the window's choice went back to Automatic, with a rule of the test pack switched off.
    AppSettings().rulePack.setValue(QString());
    AppSettings().disabledRules.setValue({QStringLiteral("E-REQ")});
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, source));
        QVERIFY(!rulesOf(*window.document()).contains(QStringLiteral("E-DECISION"))); // a plain file: the choice
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, path));
    const QStringList rules = rulesOf(*window.document());
    QVERIFY2(rules.contains(QStringLiteral("E-DECISION")), qPrintable(rules.join(QLatin1Char(' '))));
    QVERIFY(rules.contains(QStringLiteral("E-REQ"))); // the project had none switched off
    QCOMPARE(window.document()->validationSetup().packs, QStringList{fixture("pack.json")});
    // The Validate menu shows the project's pack.
    QCOMPARE(window.validation()->packMenu()->selection(), fixture("pack.json"));
    QCOMPARE(AppSettings().disabledRules.value(), QStringList());
}

void TestProjectWiring::screenshots()
{
    const QString folder = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set PLUMBLINE_SCREENSHOTS to a folder to write the screenshots");
    const QString lga = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/example-planning-applications.csv");
    if (!QFileInfo::exists(lga))
        QSKIP("the shared planning data is not here");
    AppSettings().rulePack.setValue(QString()); // chosen from the headers, as a new user gets it
    const QString source = m_dir.filePath(QStringLiteral("hampshire.csv"));
    const QString path = m_dir.filePath(QStringLiteral("hampshire.plumbline"));
    QFile::remove(source);
    QVERIFY(QFile::copy(lga, source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndValidate(window, source));
        QVERIFY(window.project()->newProject(path));
        Document& document = *window.document();
        const int decision = document.table(0).columnIndex(QStringLiteral("Decision"));
        QVERIFY(decision >= 0);
        for (std::size_t row = 0; row < 4; ++row)
            QVERIFY(document.setCell(0, document.table(0).recordId(row), decision, "Granted"));
    }
    // The council's next extract: the second row withdrawn from it, the third decided otherwise.
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    in.close();
    lines[3].replace(",Approve,", ",Refused,");
    lines.removeAt(2);
    QVERIFY(writeFile(source, lines.join('\n')));

    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(openAndValidate(window, path));
    QSignalSpy finished(window.project()->reimporter(), &SourceReimporter::finished);
    // Every light screenshot first: the grid's frozen key column keeps the colours of a theme switched away from.
    theme::apply(theme::Choice::Light);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("source-changed-light.png"))));
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(window.project()->reimporter()->reimport());
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(validated.count() > 0 || validated.wait(60000));
    ReimportSummaryDialog* summary = window.project()->reimporter()->summaryDialog();
    QVERIFY(summary);
    QVERIFY(QTest::qWaitForWindowExposed(summary));
    QVERIFY(summary->grab().save(QDir(folder).filePath(QStringLiteral("reimport-summary-light.png"))));
    const QPointer<ReimportSummaryDialog> shownSummary = summary;

    // A colleague's review of the same project: the first row's decision otherwise, a waiver.
    QVERIFY(window.project()->handover()->exportTo(m_dir.filePath(QStringLiteral("mine.json"))));
    auto mine = readHandoverFile(m_dir.filePath(QStringLiteral("mine.json")));
    QVERIFY(mine && !mine.value().edits.empty());
    HandoverFile theirs = mine.value();
    theirs.user = QStringLiteral("ann");
    theirs.edits.resize(1);
    theirs.triage.clear();
    theirs.edits[0].after = QStringLiteral("Refused");
    const Document& document = *window.document();
    const FindingStore& store = *document.findings();
    for (std::size_t i = 0; i < store.size() && theirs.triage.size() < 2; ++i) {
        const FindingRecord& r = store.record(i);
        if (r.record == kNoRecord || r.column < 0)
            continue;
        TriageDecision d;
        d.key = {store.rules()[r.rule].id, store.tables()[r.table].name, qint64(r.record), store.columnNames(i),
                 store.qtext(r.value)};
        d.state = TriageState::Waived;
        d.reason = QStringLiteral("Published this way by the county; not ours to change");
        d.user = QStringLiteral("ann");
        theirs.triage.push_back(d);
    }
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ann.json")), writeHandoverJson(theirs)));
    QSignalSpy merged(window.project()->handover(), &HandoverActions::merged);
    QVERIFY(window.project()->handover()->merge(m_dir.filePath(QStringLiteral("ann.json"))));
    HandoverConflictsDialog* dialog = window.project()->handover()->conflictsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->chooseAll(HandoverChoice::Theirs);
    const HandoverMergePlan plan =
        planHandoverMerge(*window.document(), recordKeySpec(window.document()->dataset(), {}),
                          *window.project()->session()->triage(), theirs);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("handover-merge-light.png"))));
    const int rows = dialog->table()->rowCount();
    dialog->accept();
    QCOMPARE(merged.count(), 1);
    QTest::qWait(200);
    // The window first in the light theme: switching themes back and forth is not what a user sees.
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("handover-merged-light.png"))));
    theme::apply(theme::Choice::Dark);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("handover-merged-dark.png"))));
    QVERIFY(shownSummary);
    QVERIFY(shownSummary->grab().save(QDir(folder).filePath(QStringLiteral("reimport-summary-dark.png"))));
    QCOMPARE(rows, 1);
    HandoverConflictsDialog dark(plan.conflicts, theirs.user, &window);
    dark.chooseAll(HandoverChoice::Theirs);
    dark.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dark));
    QVERIFY(dark.grab().save(QDir(folder).filePath(QStringLiteral("handover-merge-dark.png"))));
    theme::apply(theme::Choice::Light);
}

QTEST_MAIN(TestProjectWiring)
#include "tst_project_wiring.moc"
