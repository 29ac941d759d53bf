// The rule editor, driven as a user drives it from the Rules panel: the parameter form follows the check kind; a
// new rule is tried on the open file off the GUI thread with a live count; saved, it lands in the user's pack,
// loads back, runs in the next validation and gives plumbline-cli check --user-packs (and --pack my-rules) the
// same findings as the live count; a changed built-in rule is saved as a copy and the built-in file is not
// touched; the panel shows an example failing value. The user's data and settings go to a temporary folder
// (XDG_DATA_HOME, XDG_CONFIG_HOME), which the CLI is given too. PLUMBLINE_SCREENSHOTS=DIR saves the editor in
// both palettes.
#include "../core/cli_runner.h"

#include "dialogs/rules/rule_editor_dialog.h"
#include "dialogs/rules/rule_param_form.h"
#include "document/document.h"
#include "findings/finding_store.h"
#include "packs/rule_pack_loader.h"
#include "packs/user_packs.h"
#include "panels/rules/rules_dock.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "style/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

bool openAndValidate(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(fixture("validation.csv"));
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return (validated.count() > 0 || validated.wait(60000)) && validated.first().first().toBool();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Findings of rule id in plumbline-cli check's JSON report of the fixture with extra arguments.
int cliCount(const QStringList& extra, const QString& id)
{
    const auto run = test::runCli(QStringList{QStringLiteral("check"), fixture("validation.csv"),
                                              QStringLiteral("--format"), QStringLiteral("json")} +
                                  extra);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    return root.value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("by_rule"))
        .toObject()
        .value(id)
        .toInt(-1);
}

void setLine(RuleEditorDialog* editor, const char* name, const QString& text)
{
    auto* line = editor->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(line, name);
    line->setText(text);
}

void choose(QComboBox* box, const QString& data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

bool waitForTrial(RuleEditorDialog* editor)
{
    return QTest::qWaitFor([&] { return !editor->isTesting(); }, 30000);
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theFormFollowsTheCheckKind();
    void aNewRuleIsTriedSavedReloadedAndRunByTheCli();
    void aChangedBuiltInRuleIsSavedAsACopy();
    void theRulesPanelShowsAFailingValue();
    void aUserRuleIsDeletedButABuiltInOneIsNot();
    void theKindSummaryIsTranslated();
    void screenshots();
};

void TestRuleEditor::init()
{
    QSettings().clear();
    QDir(userpacks::directory()).removeRecursively();
    AppSettings().rulePack.setValue(fixture("validation-pack.json"));
}

void TestRuleEditor::cleanup()
{
    QDir(userpacks::directory()).removeRecursively();
}

void TestRuleEditor::theFormFollowsTheCheckKind()
{
    RuleEditorDialog editor(nullptr);
    auto* kind = editor.findChild<QComboBox*>(QStringLiteral("ruleKind"));
    choose(kind, QStringLiteral("pattern"));
    QVERIFY(qobject_cast<QLineEdit*>(editor.paramForm()->editorOf(QStringLiteral("pattern"))));
    QVERIFY(qobject_cast<QComboBox*>(editor.paramForm()->editorOf(QStringLiteral("match"))));
    choose(kind, QStringLiteral("compare"));
    QVERIFY(!editor.paramForm()->editorOf(QStringLiteral("pattern")));
    auto* op = qobject_cast<QComboBox*>(editor.paramForm()->editorOf(QStringLiteral("op")));
    QVERIFY(op);
    QCOMPARE(op->count(), 6); // required: no "default" entry
    choose(kind, QStringLiteral("sql"));
    QVERIFY(qobject_cast<QPlainTextEdit*>(editor.paramForm()->editorOf(QStringLiteral("where"))));
    // A kind without a description takes its parameters as JSON.
    choose(kind, QStringLiteral("seats"));
    QVERIFY(editor.paramForm()->findChild<QPlainTextEdit*>(QStringLiteral("ruleParamsJson")));
    // What the form holds is the rule a pack stores.
    choose(kind, QStringLiteral("range"));
    qobject_cast<QLineEdit*>(editor.paramForm()->editorOf(QStringLiteral("max")))->setText(QStringLiteral("100"));
    setLine(&editor, "ruleColumns", QStringLiteral("ground_area"));
    QString error;
    const QJsonObject rule = editor.rule(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rule.value(QLatin1String("kind")).toString(), QStringLiteral("range"));
    QCOMPARE(rule.value(QLatin1String("params")).toObject().value(QLatin1String("max")).toDouble(), 100.0);
    QCOMPARE(rule.value(QLatin1String("columns")).toArray().first().toString(), QStringLiteral("ground_area"));
}

void TestRuleEditor::aNewRuleIsTriedSavedReloadedAndRunByTheCli()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RulesDock* rules = window.rules();
    rules->show();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-NOTES")), 20000);
    QVERIFY(rules->newRuleButton()->isEnabled());

    std::unique_ptr<RuleEditorDialog> editor(rules->createEditor());
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("ruleId"))->text(), QStringLiteral("MY-01"));
    setLine(editor.get(), "ruleTitle", QStringLiteral("References are A/ and one digit up to 4"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("ruleKind")), QStringLiteral("pattern"));
    setLine(editor.get(), "ruleColumns", QStringLiteral("reference"));
    setLine(editor.get(), "ruleMessage", QStringLiteral("Reference '{value}' is not one of ours."));
    // An unfinished pattern: the rule does not load, and the editor says why instead of a count.
    qobject_cast<QLineEdit*>(editor->paramForm()->editorOf(QStringLiteral("pattern")))->setText(QStringLiteral("A/["));
    QVERIFY(waitForTrial(editor.get()));
    QCOMPARE(editor->liveCount(), qint64(-1));
    QVERIFY2(editor->statusLabel()->text().contains(QStringLiteral("params.pattern")),
             qPrintable(editor->statusLabel()->text()));
    // A/1 … A/4 pass; "bad ref" and A/5 fail.
    qobject_cast<QLineEdit*>(editor->paramForm()->editorOf(QStringLiteral("pattern")))
        ->setText(QStringLiteral("A/[0-4]"));
    QVERIFY(waitForTrial(editor.get()));
    QCOMPARE(editor->liveCount(), qint64(2));
    auto* examples = editor->findChild<QListWidget*>(QStringLiteral("ruleTrialExamples"));
    QCOMPARE(examples->count(), 2);
    QVERIFY2(examples->item(0)->text().contains(QStringLiteral("'bad ref'")), qPrintable(examples->item(0)->text()));
    QVERIFY(examples->item(1)->text().contains(QStringLiteral("'A/5'")));

    // Saved: into the user's pack, and the next validation runs it.
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(editor->save());
    const QString path = userpacks::pathOf(QLatin1String(userpacks::kDefaultPack));
    QCOMPARE(editor->savedPath(), path);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(validated.wait(30000));
    const auto store = window.document()->findings();
    const int index = store->ruleIndex(QStringLiteral("MY-01"));
    QVERIFY(index >= 0);
    QCOMPARE(qint64(store->countForRule(std::uint32_t(index))), editor->liveCount());
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("MY-01")), 20000);

    // Reloaded from the file: the same rule.
    RulePackLoader loader(makeCheckEnv());
    const auto reloaded = loader.load(QLatin1String(userpacks::kDefaultPack));
    QVERIFY2(reloaded, qPrintable(reloaded ? QString() : reloaded.error().toString()));
    QCOMPARE(reloaded.value().rules.size(), std::size_t(1));
    QCOMPARE(reloaded.value().rules.front().params.value(QLatin1String("pattern")).toString(),
             QStringLiteral("A/[0-4]"));

    // The CLI: the user's packs on top of the file's, as the GUI runs them, and the pack by name.
    QCOMPARE(cliCount({QStringLiteral("--pack"), fixture("validation-pack.json"), QStringLiteral("--user-packs")},
                      QStringLiteral("MY-01")),
             int(editor->liveCount()));
    QCOMPARE(cliCount({QStringLiteral("--pack"), QStringLiteral("my-rules")}, QStringLiteral("MY-01")),
             int(editor->liveCount()));
    // Without --user-packs a one-off check stays as it was.
    QCOMPARE(cliCount({QStringLiteral("--pack"), fixture("validation-pack.json")}, QStringLiteral("MY-01")), -1);
    const auto listed = test::runCli({QStringLiteral("packs")});
    QVERIFY2(listed.out.contains("my-rules (yours): My rules"), listed.out.constData());
    QVERIFY(listed.out.contains("MY-01"));
}

void TestRuleEditor::aChangedBuiltInRuleIsSavedAsACopy()
{
    const QByteArray before = fileHash(fixture("validation-pack.json"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RulesDock* rules = window.rules();
    rules->show();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-AREA")), 20000);
    std::unique_ptr<RuleEditorDialog> editor(rules->createEditor(QStringLiteral("T-AREA")));
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->show();
    auto* id = editor->findChild<QLineEdit*>(QStringLiteral("ruleId"));
    QCOMPARE(id->text(), QStringLiteral("T-AREA"));
    QVERIFY(id->isReadOnly());
    auto* pattern = qobject_cast<QLineEdit*>(editor->paramForm()->editorOf(QStringLiteral("pattern")));
    QCOMPARE(pattern->text(), QStringLiteral("\\d+"));
    QVERIFY(waitForTrial(editor.get()));
    QCOMPARE(editor->liveCount(), qint64(1)); // -5
    // Two digits at least, and an error: 10, 20, 30 and 40 pass, -5 fails.
    pattern->setText(QStringLiteral("\\d\\d+"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("ruleSeverity")), QStringLiteral("error"));
    QVERIFY(waitForTrial(editor.get()));
    QCOMPARE(editor->liveCount(), qint64(1));
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(editor->save());
    QVERIFY(validated.wait(30000));
    // The copy replaces the pack's rule in place: one T-AREA, now an error; the built-in file is as it was.
    const auto store = window.document()->findings();
    const int index = store->ruleIndex(QStringLiteral("T-AREA"));
    QVERIFY(index >= 0);
    QCOMPARE(store->rules()[std::size_t(index)].severity, Severity::Error);
    QCOMPARE(store->countForRule(std::uint32_t(index)), std::uint64_t(1));
    QCOMPARE(fileHash(fixture("validation-pack.json")), before);
    QCOMPARE(cliCount({QStringLiteral("--pack"), fixture("validation-pack.json"), QStringLiteral("--user-packs")},
                      QStringLiteral("T-AREA")),
             1);
}

void TestRuleEditor::theRulesPanelShowsAFailingValue()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RulesDock* rules = window.rules();
    rules->show();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-REF-FORMAT")), 20000);
    QCOMPARE(rules->exampleValue(QStringLiteral("T-REF-FORMAT")), QStringLiteral("bad ref"));
    QCOMPARE(rules->exampleValue(QStringLiteral("T-REQ")), QStringLiteral("(blank)"));
    rules->view()->setCurrentItem(rules->itemOf(QStringLiteral("T-REF-FORMAT")));
    QVERIFY2(rules->detailsLabel()->text().contains(QStringLiteral("bad ref")),
             qPrintable(rules->detailsLabel()->text()));
    QVERIFY(rules->detailsLabel()->text().contains(QStringLiteral("pattern")));
}

void TestRuleEditor::aUserRuleIsDeletedButABuiltInOneIsNot()
{
    // A rule of the user's own pack, written as the editor writes it.
    const QJsonObject mine{
        {QStringLiteral("id"), QStringLiteral("MY-01")},
        {QStringLiteral("kind"), QStringLiteral("pattern")},
        {QStringLiteral("severity"), QStringLiteral("warning")},
        {QStringLiteral("columns"), QJsonArray{QStringLiteral("reference")}},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("pattern"), QStringLiteral("A/[0-4]")}}},
        {QStringLiteral("message"), QStringLiteral("Reference '{value}' is not one of ours.")}};
    const auto written = userpacks::saveRule(QLatin1String(userpacks::kDefaultPack), mine, makeCheckEnv());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QByteArray builtIn = fileHash(fixture("validation-pack.json"));

    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RulesDock* rules = window.rules();
    rules->show();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("MY-01")), 20000);
    QVERIFY(window.document()->findings()->ruleIndex(QStringLiteral("MY-01")) >= 0);
    // The button is there only for the user's own rules.
    rules->view()->setCurrentItem(rules->itemOf(QStringLiteral("T-AREA")));
    QVERIFY(!rules->deleteRuleButton()->isEnabled());
    QVERIFY(!rules->deleteRule(QStringLiteral("T-AREA"), true));
    QCOMPARE(fileHash(fixture("validation-pack.json")), builtIn);
    rules->view()->setCurrentItem(rules->itemOf(QStringLiteral("MY-01")));
    QVERIFY(rules->deleteRuleButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS"); !dir.isEmpty())
        rules->grab().save(QDir(dir).filePath(QStringLiteral("rules-delete-rule.png")));

    // Deleted: gone from the pack file, and the next validation runs without it.
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(rules->deleteRule(QStringLiteral("MY-01"), true));
    QVERIFY(validated.wait(30000));
    QCOMPARE(window.document()->findings()->ruleIndex(QStringLiteral("MY-01")), -1);
    RulePackLoader loader(makeCheckEnv());
    const auto reloaded = loader.load(QLatin1String(userpacks::kDefaultPack));
    QVERIFY2(reloaded, qPrintable(reloaded ? QString() : reloaded.error().toString()));
    QCOMPARE(reloaded.value().rules.size(), std::size_t(0));
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-AREA")) &&
                                 !rules->itemOf(QStringLiteral("MY-01")),
                             20000);
    QCOMPARE(fileHash(fixture("validation-pack.json")), builtIn);
}

void TestRuleEditor::theKindSummaryIsTranslated()
{
    RuleEditorDialog english(nullptr);
    choose(english.findChild<QComboBox*>(QStringLiteral("ruleKind")), QStringLiteral("required"));
    auto* summary = english.findChild<QLabel*>(QStringLiteral("ruleKindSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("The column is present and its cells are filled in"));

    QTranslator welsh;
    QVERIFY(welsh.load(QStringLiteral(":/plumbline/translations/plumbline_cy.qm")));
    QCoreApplication::installTranslator(&welsh);
    RuleEditorDialog cymraeg(nullptr);
    choose(cymraeg.findChild<QComboBox*>(QStringLiteral("ruleKind")), QStringLiteral("required"));
    const QString text = cymraeg.findChild<QLabel*>(QStringLiteral("ruleKindSummary"))->text();
    QCoreApplication::removeTranslator(&welsh);
    QCOMPARE(text, QStringLiteral("Mae\u2019r golofn yn bresennol ac mae ei chelloedd wedi\u2019u llenwi"));
}

void TestRuleEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("PLUMBLINE_SCREENSHOTS is not set: no screenshots wanted");
    for (const auto& [name, choice] :
         {std::pair{"light", theme::Choice::Light}, std::pair{"dark", theme::Choice::Dark}}) {
        theme::apply(choice);
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(openAndValidate(window));
        RulesDock* rules = window.rules();
        rules->show();
        QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-REF-FORMAT")), 20000);
        std::unique_ptr<RuleEditorDialog> editor(rules->createEditor(QStringLiteral("T-REF-FORMAT")));
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        editor->show();
        QVERIFY(waitForTrial(editor.get()));
        QTest::qWait(200);
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("rule-editor-%1.png").arg(QLatin1String(name)))));
    }
}

int main(int argc, char** argv)
{
    // Before anything reads them: the user's packs and settings live in a folder of this run's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Plumbline"));
    QApplication::setApplicationName(QStringLiteral("Plumbline"));
    TestRuleEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ruleeditor.moc"
