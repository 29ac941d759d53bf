#include "validation/rule_pack_presenter.h"

#include "document/document.h"
#include "l10n/ui_language.h"
#include "panels/findings/findings_dock.h"
#include "settings/app_settings.h"
#include "style/icons.h"
#include "tasks/task_progress_widget.h"
#include "validation/rule_pack_menu.h"

#include "packs/specification_pack.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace plumbline {

RulePackPresenter::RulePackPresenter(QMainWindow* window) : QObject(window), m_window(window)
{
    m_progress = new TaskProgressWidget(QStringLiteral("validationProgress"),
                                        tr("Stop validating; the data stays as it is"), window);
    connect(m_progress, &TaskProgressWidget::cancelRequested, this, &RulePackPresenter::cancel);

    const AppSettings settings;
    m_validate = new QAction(tr("&Validate"), this);
    m_validate->setObjectName(QStringLiteral("actionValidate"));
    m_validate->setShortcut(QKeySequence(Qt::Key_F5));
    m_validate->setIcon(icons::named("validate"));
    m_validate->setStatusTip(tr("Check the data against the rule pack and list what is wrong"));
    m_validate->setEnabled(false);
    connect(m_validate, &QAction::triggered, this, &RulePackPresenter::validate);
    m_afterLoad = new QAction(tr("Validate &After Loading"), this);
    m_afterLoad->setObjectName(QStringLiteral("actionValidateAfterLoad"));
    m_afterLoad->setCheckable(true);
    m_afterLoad->setChecked(settings.validateAfterLoad.value());
    connect(m_afterLoad, &QAction::toggled, this, [](bool on) { AppSettings().validateAfterLoad.setValue(on); });

    m_packs = new RulePackMenu(window);
    const QStringList userPacks = settings.userRulePacks.value();
    for (auto it = userPacks.crbegin(); it != userPacks.crend(); ++it) // addUserPack puts each first
        m_packs->addUserPack(*it);
    m_packs->setSelection(settings.rulePack.value());
    connect(m_packs, &RulePackMenu::selectionChanged, this, [this](const QString& selection) {
        AppSettings().rulePack.setValue(selection);
        m_setupPacks.clear();
        validate();
    });
    connect(m_packs, &RulePackMenu::loadRequested, this, &RulePackPresenter::loadUserPack);
    connect(m_packs, &RulePackMenu::loadSchemaRequested, this, &RulePackPresenter::loadTableSchema);
    connect(m_packs, &RulePackMenu::specificationRequested, this, &RulePackPresenter::packFromSpecification);
}

bool RulePackPresenter::isRunning() const
{
    return m_document && m_document->isValidating();
}

void RulePackPresenter::setDocument(Document* document)
{
    for (const auto& c : m_documentConnections)
        disconnect(c);
    m_documentConnections.clear();
    m_progress->hide();
    const bool another = document != m_document;
    m_document = document;
    m_validate->setEnabled(m_document != nullptr);
    if (!m_document)
        return;
    const bool keepSchemas = std::exchange(m_keepSchemas, false);
    auto& c = m_documentConnections;
    c << connect(m_document, &Document::validationProgress, m_progress, &TaskProgressWidget::setProgress);
    c << connect(m_document, &Document::validationFinished, this, &RulePackPresenter::onFinished);
    c << connect(m_document, &Document::validationFailed, this, &RulePackPresenter::onFailed);
    if (m_document->findings())
        return;
    if (another && !keepSchemas) {
        m_schemaFiles.clear(); // a loaded Table Schema belongs to the file it was loaded for
        m_packs->setSchemaPacks({});
    }
    if (m_afterLoad->isChecked())
        validate();
}

void RulePackPresenter::useSetup(const ValidationSetup& setup)
{
    AppSettings settings;
    m_packs->setSelection(setup.packs.value(0)); // a pack file not listed yet joins the user's packs
    settings.rulePack.setValue(m_packs->selection());
    settings.userRulePacks.setValue(m_packs->userPacks());
    m_setupPacks = setup.packs.size() > 1 ? setup.packs : QStringList();
    m_schemaFiles = setup.schemaFiles;
    m_packs->setSchemaPacks({});
    m_keepSchemas = true;
    settings.disabledRules.setValue(setup.disabledRules);
}

void RulePackPresenter::validate()
{
    if (!m_document)
        return;
    ValidationSetup setup;
    if (!m_setupPacks.isEmpty())
        setup.packs = m_setupPacks;
    else if (!m_packs->selection().isEmpty())
        setup.packs << m_packs->selection();
    setup.schemaFiles = m_schemaFiles;
    setup.keepIndexes = true;                 // edits re-check only the rows sharing an edited key
    setup.userPacks = true;                   // the rule editor's rules and changed copies
    setup.language = l10n::currentLanguage(); // rule titles and messages in the GUI's language where translated
    const AppSettings settings;
    setup.disabledRules = settings.disabledRules.value();
    for (const QString& entry : settings.severityOverrides.value()) {
        Severity severity;
        if (const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
            eq > 0 && parseSeverity(QStringView(entry).mid(eq + 1), &severity))
            setup.severityOverrides.insert(entry.left(eq), severity);
    }
    m_document->setValidationSetup(setup);
    m_progress->start(tr("Validating %1").arg(QFileInfo(m_document->dataset().source.path).fileName()));
    emit statusMessage(QString(), 0);
    emit started();
    m_document->validate();
}

void RulePackPresenter::cancel()
{
    if (m_document)
        m_document->cancelValidation();
}

void RulePackPresenter::onFinished(bool ok)
{
    m_progress->hide();
    if (!ok) {
        if (!m_document->findings())
            emit statusMessage(tr("Validation canceled."), 5000);
        emit finished(false);
        return;
    }
    const ValidationRun& run = *m_document->lastRun();
    const QStringList& packs = run.validator->rules().packs;
    if (m_packs->selection().isEmpty())
        m_packs->setAutomaticChoice(packs);
    else
        m_previousPack = m_packs->selection();
    QStringList schemaPacks;
    for (const QString& pack : packs)
        if (pack.startsWith(QLatin1String("table-schema:")))
            schemaPacks << pack;
    m_packs->setSchemaPacks(schemaPacks);
    QString message = tr("Validated with %1 in %2 s: %3.")
                          .arg(packs.join(QStringLiteral(", ")), QLocale().toString(run.result.seconds, 'f', 2),
                               FindingsDock::countsText(*m_document->findings()));
    if (!run.notices.isEmpty())
        message += QLatin1Char(' ') + tr("Not checked: %1").arg(run.notices.join(QStringLiteral("; ")));
    // A rule that failed at run time (an SQL rule's error or deadline) has incomplete findings: say so.
    const auto failures = run.result.failures();
    if (!failures.empty()) {
        QStringList failed;
        for (const auto& failure : failures)
            failed << tr("%1 (table %2): %3").arg(failure.rule, failure.table, failure.failed);
        message += QLatin1Char(' ') + tr("%n rule(s) could not be checked, so their findings are incomplete: %1",
                                         nullptr, int(failures.size()))
                                          .arg(failed.join(QStringLiteral("; ")));
    }
    emit statusMessage(message, 0);
    emit finished(true);
}

void RulePackPresenter::onFailed(const Error& error)
{
    m_progress->hide();
    if (m_schemaFiles.contains(error.file))
        m_schemaFiles.clear(); // a schema that cannot be read is dropped, as a bad pack is
    const QString pack = m_packs->selection();
    if (pack.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        // A user's pack that does not load: forget it and go back to the previous choice.
        m_packs->removeUserPack(pack);
        m_packs->setSelection(m_previousPack);
        AppSettings settings;
        settings.userRulePacks.setValue(m_packs->userPacks());
        settings.rulePack.setValue(m_previousPack);
    }
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Could not validate"), tr("The rule pack could not be used."),
                                 QMessageBox::Ok, m_window);
    m_errorBox->setObjectName(QStringLiteral("validationErrorBox"));
    m_errorBox->setInformativeText(error.toString());
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

void RulePackPresenter::loadUserPack()
{
    const QString start =
        m_packs->userPacks().isEmpty() ? QString() : QFileInfo(m_packs->userPacks().first()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Load Rule Pack"), start, tr("Rule packs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    useUserPack(path);
}

void RulePackPresenter::useUserPack(const QString& path)
{
    m_previousPack = m_packs->selection();
    m_packs->addUserPack(path);
    m_packs->setSelection(path);
    AppSettings settings;
    settings.userRulePacks.setValue(m_packs->userPacks());
    settings.rulePack.setValue(path);
    validate(); // the pack is read and checked on the worker; a bad pack comes back as an error
}

void RulePackPresenter::loadTableSchema()
{
    const QString start = m_document ? QFileInfo(m_document->dataset().source.path).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load Table Schema"), start,
                                                      tr("Table Schemas (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_schemaFiles = {path};
    validate(); // a schema that cannot be read comes back as an error, like a bad rule pack
}

void RulePackPresenter::packFromSpecification()
{
    AppSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("Specification Folder (field.csv, dataset-field.csv, codelists)"),
        settings.specificationFolder.value());
    if (dir.isEmpty())
        return;
    settings.specificationFolder.setValue(dir);
    const auto datasets = SpecificationPack::datasets(dir);
    if (!datasets) {
        QMessageBox::warning(m_window, tr("Pack from Specification"), datasets.error().toString());
        return;
    }
    if (datasets.value().isEmpty()) {
        QMessageBox::warning(m_window, tr("Pack from Specification"),
                             tr("dataset-field.csv in %1 names no dataset.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    const QString current = m_document ? m_document->dataset().source.path : QString();
    int preferred = int(datasets.value().indexOf(QStringLiteral("planning-application")));
    for (int i = 0; i < datasets.value().size(); ++i)
        if (QFileInfo(current).completeBaseName() == datasets.value()[i])
            preferred = i; // a file named after its dataset, as the platform's downloads are
    bool ok = false;
    const QString dataset =
        QInputDialog::getItem(m_window, tr("Pack from Specification"), tr("Dataset to check against:"),
                              datasets.value(), std::max(0, preferred), false, &ok);
    if (!ok || dataset.isEmpty())
        return;
    // The pack joins the user's packs, so it stays in the menu; its codelist paths are relative to where it lives.
    const QString packDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("packs"));
    auto generated = SpecificationPack::fromDirectory(dir, dataset, packDir);
    if (!generated) {
        QMessageBox::warning(m_window, tr("Pack from Specification"), generated.error().toString());
        return;
    }
    QDir().mkpath(packDir);
    const QString path = QDir(packDir).filePath(QStringLiteral("specification-%1.json").arg(dataset));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(generated.value().json).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        QMessageBox::warning(
            m_window, tr("Pack from Specification"),
            tr("The pack could not be written to %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    if (!generated.value().notices.isEmpty())
        emit statusMessage(tr("Pack from the specification: %1 (and %n more note(s))", nullptr,
                              int(generated.value().notices.size()) - 1)
                               .arg(generated.value().notices.first()),
                           10000);
    useUserPack(path);
}

} // namespace plumbline
