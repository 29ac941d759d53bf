// Editing in the grid, driven as a user drives it: typing into cells (with the type-aware editors), paste,
// fill down, clear, insert and delete rows, undo from the Edit menu, and the findings following each change.
#include "document/document.h"
#include "grid/data_grid_view.h"
#include "grid/date_cell_editor.h"
#include "grid/grid_edit_actions.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/table_model.h"
#include "multi_table_fixture.h"
#include "panels/findings/findings_dock.h"
#include "panels/history/history_dock.h"
#include "settings/app_settings.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "tables/table_tabs.h"
#include "validation/finding_navigator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

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

constexpr int kReference = 0;
constexpr int kDecision = 1;
constexpr int kDate = 2;
constexpr int kNotes = 3;

/// Types text into the cell at (row, column) as a user does: select it, type, press Enter.
void typeInto(DataGridView* grid, int row, int column, const QString& text)
{
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, column));
    QTest::keyClick(grid, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != grid);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->clear();
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->clearEditText();
    QTest::keyClicks(editor, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The delegate commits on the next turn of the event loop, then the editor goes.
    QTRY_VERIFY(!grid->indexWidget(grid->model()->index(row, column)));
}

} // namespace

class TestGridEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void typingEditsACellAndTheFindingsFollow();
    void editorsFitTheColumn_data();
    void editorsFitTheColumn();
    void pasteABlockIsOneUndoStep();
    void aLargePasteAsksFirst();
    void fillDownClearInsertAndDelete();
    void historyListsTheCommands();
    void changingAKeyOffersToUpdateItsReferences_data();
    void changingAKeyOffersToUpdateItsReferences();
    void theLgaRegistersApproveIsFixedInTheGrid();
    void screenshotOfAnEditedGrid();
    void theKeyColumnShowsTheSelectionAsTheGridDoes();

private:
    MainWindow* m_window = nullptr;
};

void TestGridEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gridediting"));
}

void TestGridEditing::init()
{
    QSettings().clear();
    AppSettings().rulePack.setValue(fixture("pack.json"));
}

void TestGridEditing::typingEditsACellAndTheFindingsFollow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    DataGridView* grid = window.grid();
    TableModel* model = window.tableModel();
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    // Row 2's decision is missing: an error.
    QCOMPARE(model->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    typeInto(grid, 1, kDecision, QStringLiteral("granted"));
    QCOMPARE(model->index(1, kDecision).data().toString(), QStringLiteral("granted"));
    QVERIFY(model->index(1, kDecision).data(int(TableModel::Role::IsEdited)).toBool());
    QVERIFY(!model->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(grid->currentIndex().row(), 2); // Enter moved down
    QVERIFY(window.isWindowModified());
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("editStatus"))->text().startsWith(QStringLiteral("1 edited cell")));
    // A duplicate reference is a set rule: it shows after the background re-check.
    typeInto(grid, 3, kReference, QStringLiteral("A/1"));
    QTRY_VERIFY(model->index(0, kReference).data(int(TableModel::Role::FindingSeverity)).isValid());
    // Undo from the Edit menu's action, twice: the file as it was, findings included.
    window.actions()->undo()->trigger();
    window.actions()->undo()->trigger();
    QCOMPARE(model->index(1, kDecision).data().toString(), QString());
    QVERIFY(!model->index(1, kDecision).data(int(TableModel::Role::IsEdited)).toBool());
    QCOMPARE(model->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    QTRY_VERIFY(!model->index(0, kReference).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(!window.isWindowModified());
    // The findings panel lists what the document holds now.
    window.document()->waitUntilChecked();
    FindingsTreeModel* findings = window.findingNavigator()->dock()->model();
    QTRY_COMPARE(findings->totalCount(), window.document()->findings()->size());
}

void TestGridEditing::editorsFitTheColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("editorClass");
    QTest::newRow("codelist: a value") << kDecision << "refused"
                                       << "refused"
                                       << "QComboBox";
    QTest::newRow("codelist: anything else is kept") << kDecision << "pending"
                                                     << "pending"
                                                     << "QComboBox";
    QTest::newRow("date: day first becomes ISO") << kDate << "25/12/2020"
                                                 << "2020-12-25"
                                                 << "plumbline::DateCellEditor";
    QTest::newRow("date: not a date is kept") << kDate << "soon"
                                              << "soon"
                                              << "plumbline::DateCellEditor";
    QTest::newRow("text") << kNotes << "checked"
                          << "checked"
                          << "QLineEdit";
}

void TestGridEditing::editorsFitTheColumn()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, editorClass);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    DataGridView* grid = window.grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, column));
    QTest::keyClick(grid, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor);
    // A combo box's line edit has the focus: look at its parent.
    QWidget* shown = qobject_cast<QComboBox*>(editor->parentWidget()) ? editor->parentWidget() : editor;
    QVERIFY2(shown->inherits(editorClass.toLatin1().constData()), shown->metaObject()->className());
    if (auto* combo = qobject_cast<QComboBox*>(shown))
        QCOMPARE(combo->count(), 3); // the codelist's canonical values
    QTest::keyClick(editor, Qt::Key_Escape);
    typeInto(grid, 0, column, typed);
    QCOMPARE(window.tableModel()->index(0, column).data(Qt::EditRole).toString(), stored);
    if (typed == QLatin1String("soon") || typed == QLatin1String("pending"))
        QVERIFY(window.tableModel()->index(0, column).data(int(TableModel::Role::FindingSeverity)).isValid());
}

void TestGridEditing::pasteABlockIsOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    DataGridView* grid = window.grid();
    TableModel* model = window.tableModel();
    grid->setCurrentIndex(grid->model()->index(3, kDecision));
    QUndoStack* stack = window.document()->undoStack();
    const int before = stack->count();
    // Two rows fit, the third is added; "x\ty" quoted keeps its tab.
    QVERIFY(
        grid->editing()->pasteText(QStringLiteral("refused\t2021-01-01\ngranted\t\"a\tb\"\nwithdrawn\t2022-02-02\n")));
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->index(3, kDecision).data().toString(), QStringLiteral("refused"));
    QCOMPARE(model->index(4, kDate).data(Qt::EditRole).toString(), QStringLiteral("a\tb"));
    QCOMPARE(model->index(5, kDecision).data().toString(), QStringLiteral("withdrawn"));
    window.actions()->undo()->trigger();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(3, kDecision).data().toString(), QStringLiteral("refused"));
    QCOMPARE(model->index(4, kDate).data().toString(), QStringLiteral("2020-05-06"));
    // One value over a selection fills it.
    grid->selectionModel()->select(QItemSelection(grid->model()->index(0, kNotes), grid->model()->index(4, kNotes)),
                                   QItemSelectionModel::ClearAndSelect);
    grid->selectionModel()->setCurrentIndex(grid->model()->index(0, kNotes), QItemSelectionModel::NoUpdate);
    QVERIFY(grid->editing()->pasteText(QStringLiteral("checked\n")));
    for (int r = 0; r < 5; ++r)
        QCOMPARE(model->index(r, kNotes).data().toString(), QStringLiteral("checked"));
}

void TestGridEditing::aLargePasteAsksFirst()
{
    MainWindow window;
    window.resize(900, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    DataGridView* grid = window.grid();
    TableModel* model = window.tableModel();
    // Make the screen smaller than the block: a few rows only.
    grid->setFixedHeight(grid->verticalHeader()->defaultSectionSize() * 3 + grid->horizontalHeader()->height());
    QApplication::processEvents();
    grid->setCurrentIndex(grid->model()->index(0, kNotes));
    QVERIFY(grid->editing()->pasteText(QStringLiteral("n1\nn2\nn3\nn4\nn5\n")));
    QMessageBox* box = grid->editing()->pastePreview();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("5 cells")));
    QVERIFY(box->detailedText().contains(QStringLiteral("\u201cok\u201d \u2192 \u201cn1\u201d")));
    QCOMPARE(model->index(0, kNotes).data().toString(), QStringLiteral("ok")); // nothing yet
    box->button(QMessageBox::Ok)->click();
    QTRY_COMPARE(model->index(4, kNotes).data().toString(), QStringLiteral("n5"));
}

void TestGridEditing::fillDownClearInsertAndDelete()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    DataGridView* grid = window.grid();
    TableModel* model = window.tableModel();
    grid->setFocus();
    // Fill down: the top cell's value into the cells below it.
    grid->selectionModel()->select(QItemSelection(grid->model()->index(0, kNotes), grid->model()->index(4, kNotes)),
                                   QItemSelectionModel::ClearAndSelect);
    grid->editing()->fillDownAction()->trigger();
    QCOMPARE(model->index(4, kNotes).data().toString(), QStringLiteral("ok"));
    // Clear with the Delete key.
    grid->selectionModel()->select(QItemSelection(grid->model()->index(0, kNotes), grid->model()->index(1, kNotes)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(model->index(0, kNotes).data().toString(), QString());
    QCOMPARE(model->index(1, kNotes).data().toString(), QString());
    // Insert two rows above rows 2-3, then delete them again.
    grid->selectionModel()->select(QItemSelection(grid->model()->index(1, 0), grid->model()->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    grid->editing()->insertAboveAction()->trigger();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->index(1, kReference).data().toString(), QString());
    QCOMPARE(model->index(3, kReference).data().toString(), QStringLiteral("A/2"));
    // The new rows miss their required decision: checked at once.
    QCOMPARE(model->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    grid->selectionModel()->select(QItemSelection(grid->model()->index(1, 0), grid->model()->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    grid->editing()->deleteRowsAction()->trigger();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(1, kReference).data().toString(), QStringLiteral("A/2"));
    // Undo all four steps: the file as loaded.
    for (int i = 0; i < 4; ++i)
        window.actions()->undo()->trigger();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, kNotes).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model->index(4, kNotes).data().toString(), QStringLiteral("TODO"));
    QCOMPARE(window.document()->editedCellCount(), std::size_t(0));
}

void TestGridEditing::historyListsTheCommands()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    typeInto(window.grid(), 0, kNotes, QStringLiteral("one"));
    typeInto(window.grid(), 1, kNotes, QStringLiteral("two"));
    QUndoView* view = window.history()->view();
    QCOMPARE(view->model()->rowCount(), 3); // the file as opened, then two edits
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Edit notes"));
    // Choosing the first entry goes back to the file as opened.
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(window.tableModel()->index(0, kNotes).data().toString(), QStringLiteral("ok"));
}

void TestGridEditing::changingAKeyOffersToUpdateItsReferences_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("membership");
    QTest::newRow("yes: both change") << int(QMessageBox::Yes) << "p-one"
                                      << "p-one";
    QTest::newRow("no: the key alone") << int(QMessageBox::No) << "p-one"
                                       << "p-1";
    QTest::newRow("cancel: nothing") << int(QMessageBox::Cancel) << "p-1"
                                     << "p-1";
}

void TestGridEditing::changingAKeyOffersToUpdateItsReferences()
{
    QFETCH(int, answer);
    QFETCH(QString, person);
    QFETCH(QString, membership);
    AppSettings().validateAfterLoad.setValue(false);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openDataset(testing::popoloDataset());
    QCOMPARE(window.tabs()->tableCount(), 3);
    // Answer the question as a user would, once it is up.
    QString asked;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &window, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->done(answer);
        }
    });
    poll.start();
    typeInto(window.tabs()->grid(0), 0, 0, QStringLiteral("p-one")); // persons.id of Ada Lovelace
    poll.stop();
    QVERIFY2(asked.contains(QStringLiteral("p-1")), qPrintable(asked));
    QCOMPARE(window.tabs()->model(0)->index(0, 0).data().toString(), person);
    QCOMPARE(window.tabs()->model(2)->index(1, 0).data().toString(), membership); // memberships row 2
    if (answer == int(QMessageBox::Yes)) {
        // One undo step takes back both.
        window.actions()->undo()->trigger();
        QCOMPARE(window.tabs()->model(0)->index(0, 0).data().toString(), QStringLiteral("p-1"));
        QCOMPARE(window.tabs()->model(2)->index(1, 0).data().toString(), QStringLiteral("p-1"));
    }
}

void TestGridEditing::theLgaRegistersApproveIsFixedInTheGrid()
{
    const QString real = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/example-planning-applications.csv");
    if (!QFileInfo::exists(real))
        QSKIP("../shared/data is not here; the LGA example register is needed for this test");
    AppSettings().rulePack.setValue(QString()); // chosen from the headers, as a new user gets it
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, real));
    TableModel* model = window.tableModel();
    const int decision = model->table()->columnIndex(QStringLiteral("Decision"));
    QVERIFY(decision >= 0);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, decision).data().toString() == QLatin1String("Approve"))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, decision).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(model->index(row, decision).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Approve")));
    const QStringList offered = window.document()->codelistValues(0, decision);
    QVERIFY2(offered.contains(QStringLiteral("granted")), qPrintable(offered.join(u',')));
    typeInto(window.grid(), row, decision, QStringLiteral("granted"));
    QCOMPARE(model->index(row, decision).data().toString(), QStringLiteral("granted"));
    QVERIFY2(!model->index(row, decision).data(Qt::ToolTipRole).toString().contains(QStringLiteral("codelist")),
             qPrintable(model->index(row, decision).data(Qt::ToolTipRole).toString()));
}

void TestGridEditing::screenshotOfAnEditedGrid()
{
    MainWindow window;
    window.resize(1100, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, fixture("register.csv")));
    typeInto(window.grid(), 1, kDecision, QStringLiteral("granted"));
    typeInto(window.grid(), 2, kDecision, QStringLiteral("granted"));
    window.history()->show();
    QApplication::processEvents();
    const QString path = QDir::temp().filePath(QStringLiteral("plumbline-grid-editing.png"));
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestGridEditing)
void TestGridEditing::theKeyColumnShowsTheSelectionAsTheGridDoes()
{
    QStandardItemModel model(3, 3);
    DataGridView grid;
    QPalette dark = grid.palette();
    dark.setColor(QPalette::Active, QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3c, 0x3c, 0x3c)); // near the dark cells
    grid.setPalette(dark);
    grid.setModel(&model);
    grid.setKeyColumn(0);
    QVERIFY(grid.frozenView());
    grid.show();
    grid.activateWindow();
    grid.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&grid));
    QTRY_VERIFY(grid.hasFocus());
    // The key column never has focus; it paints its selection in the grid's active colour while the grid has it.
    QCOMPARE(grid.frozenView()->palette().color(QPalette::Inactive, QPalette::Highlight), QColor(0x2a, 0x82, 0xda));
    grid.clearFocus();
    QTRY_VERIFY(!grid.hasFocus());
    QCOMPARE(grid.frozenView()->palette().color(QPalette::Inactive, QPalette::Highlight), QColor(0x3c, 0x3c, 0x3c));
}

#include "tst_gridediting.moc"
