#include "dialogs/rules/rule_editor_dialog.h"

#include "checks/check_params.h"
#include "checks/check_registry.h"
#include "dialogs/rules/rule_param_form.h"
#include "document/document.h"
#include "document/rule_trial.h"
#include "findings/finding_store.h"
#include "packs/user_packs.h"
#include "style/icons.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace plumbline {

namespace {

constexpr int kExamples = 5;
constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

/// What a trial worker hands back: the trial, or why the rule does not load.
struct TrialOutcome
{
    std::optional<RuleTrial> trial;
    QString error;
};

void runTrialWorker(QPromise<TrialOutcome>& promise, std::shared_ptr<const Dataset> dataset, ValidationSetup setup,
                    QJsonObject rule, QString pack)
{
    PromiseProgress<TrialOutcome> progress(promise);
    auto trial = tryRule(*dataset, setup, rule, pack, kExamples, progress);
    if (progress.canceled())
        return;
    TrialOutcome out;
    if (trial)
        out.trial = std::move(trial).value();
    else
        out.error = trial.error().toString();
    promise.addResult(std::move(out));
}

/// The ids in the user's pack, so that a new rule gets a free one.
QStringList userRuleIds(const QString& pack)
{
    QFile file(userpacks::pathOf(pack));
    QStringList ids;
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    for (const auto& rule : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray())
        ids << rule.toObject().value(QLatin1String("id")).toString();
    return ids;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(Document* document, QWidget* parent)
    : QDialog(parent), m_document(document), m_packName(QLatin1String(userpacks::kDefaultPack))
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(tr("New Rule"));

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("ruleId"));
    m_id->setAccessibleName(tr("Rule id"));
    m_id->setToolTip(tr("Letters, digits, '.', '_' or '-'; unique among the rules that run together"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("ruleTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What should be true, e.g. References follow our pattern"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    for (Severity severity : kOrder)
        m_severity->addItem(icons::severity(severity), severityName(severity), severityName(severity));
    m_severity->setCurrentIndex(1);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kind->setAccessibleName(tr("Check"));
    // The kinds with a form first (the ones rules are usually written with), then the rest by name.
    QStringList withForm, others;
    for (const auto& kind : CheckRegistry::kinds())
        (checkKindForm(QString::fromLatin1(kind.name)) ? withForm : others) << QLatin1String(kind.name);
    for (const auto& form : checkKindForms())
        m_kind->addItem(QLatin1String(form.kind), QLatin1String(form.kind));
    m_kind->insertSeparator(m_kind->count());
    others.sort();
    for (const QString& kind : others)
        m_kind->addItem(kind, kind);
    m_kindSummary = new QLabel(this);
    m_kindSummary->setObjectName(QStringLiteral("ruleKindSummary"));
    m_kindSummary->setWordWrap(true);

    m_columns = new QLineEdit(this);
    m_columns->setObjectName(QStringLiteral("ruleColumns"));
    m_columns->setAccessibleName(tr("Columns"));
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("e.g. Reference '{value}' does not look like 23/01234/FUL."));
    m_message->setToolTip(tr("Placeholders: {value} {column} {value2} {column2} {detail} {suggestion} {key} {row}"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 2 + 12);

    auto* form = new QFormLayout;
    form->addRow(tr("Rule &id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Check:"), m_kind);
    form->addRow(QString(), m_kindSummary);
    form->addRow(tr("C&olumns:"), m_columns);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Description:"), m_description);

    auto* paramsBox = new QGroupBox(tr("Parameters"), this);
    m_params = new RuleParamForm(paramsBox);
    auto* paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->addWidget(m_params);

    auto* trialBox = new QGroupBox(tr("On the open file"), this);
    m_status = new QLabel(trialBox);
    m_status->setObjectName(QStringLiteral("ruleTrialStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_examples = new QListWidget(trialBox);
    m_examples->setObjectName(QStringLiteral("ruleTrialExamples"));
    m_examples->setAccessibleName(tr("Example findings"));
    m_examples->setAccessibleDescription(tr("The first rows the rule finds on the open file"));
    m_examples->setMaximumHeight(m_examples->fontMetrics().lineSpacing() * (kExamples + 1) + 8);
    m_examples->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* trialLayout = new QVBoxLayout(trialBox);
    trialLayout->addWidget(m_status);
    trialLayout->addWidget(m_examples, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the rule into your own rule pack"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RuleEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(paramsBox);
    layout->addWidget(trialBox, 1);
    layout->addWidget(m_buttons);
    resize(640, 660);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &RuleEditorDialog::runTrial);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::kindChanged);
    for (QLineEdit* line : {m_id, m_title, m_columns, m_message})
        connect(line, &QLineEdit::textChanged, this, &RuleEditorDialog::scheduleTrial);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::scheduleTrial);
    connect(m_params, &RuleParamForm::changed, this, &RuleEditorDialog::scheduleTrial);

    // A new rule: a free id in the user's pack and the first kind.
    const QStringList taken = userRuleIds(m_packName);
    int n = 1;
    while (taken.contains(QStringLiteral("MY-%1").arg(n, 2, 10, QLatin1Char('0'))))
        ++n;
    m_id->setText(QStringLiteral("MY-%1").arg(n, 2, 10, QLatin1Char('0')));
    kindChanged();
}

void RuleEditorDialog::setRule(const QJsonObject& rule, bool builtIn)
{
    m_base = rule;
    setWindowTitle(builtIn ? tr("Change Rule %1").arg(rule.value(QLatin1String("id")).toString())
                           : tr("Edit Rule %1").arg(rule.value(QLatin1String("id")).toString()));
    m_id->setText(rule.value(QLatin1String("id")).toString());
    m_id->setReadOnly(builtIn);
    if (builtIn)
        m_id->setToolTip(tr("Your copy keeps the built-in rule's id, so it replaces that rule wherever its pack runs"));
    m_title->setText(rule.value(QLatin1String("title")).toString());
    m_description->setPlainText(rule.value(QLatin1String("description")).toString());
    m_message->setText(rule.value(QLatin1String("message")).toString());
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(rule.value(QLatin1String("severity")).toString())));
    QStringList columns;
    const QJsonValue c = rule.value(QLatin1String("columns"));
    if (c.isString())
        columns << c.toString();
    for (const auto& v : c.toArray())
        columns << v.toString();
    m_columns->setText(columns.join(QLatin1String(", ")));
    const QString kind = rule.value(QLatin1String("kind")).toString();
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_params->setKind(kind, rule.value(QLatin1String("params")).toObject());
    m_kindSummary->setText(CheckRegistry::find(kind)
                               ? QCoreApplication::translate("CheckKinds", CheckRegistry::find(kind)->summary)
                               : QString());
    scheduleTrial();
}

void RuleEditorDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    m_params->setKind(kind);
    describeKind(kind);
    scheduleTrial();
}

void RuleEditorDialog::describeKind(const QString& kind)
{
    const CheckKindInfo* info = CheckRegistry::find(kind);
    const CheckKindForm* form = checkKindForm(kind);
    m_kindSummary->setText(info ? QCoreApplication::translate("CheckKinds", info->summary) : QString());
    // What the columns mean for this kind: shown while the field is empty and as its tip.
    const QString columns = form ? QCoreApplication::translate("CheckParams", form->columns)
                            : info && info->minColumns == 2 && info->maxColumns == 2
                                ? tr("two columns, e.g. start-date, decision-date")
                                : tr("column names separated by commas, or * for every column");
    m_columns->setPlaceholderText(columns);
    m_columns->setToolTip(
        tr("Columns: %1 (names as in the file or the pack's logical names, separated by commas)").arg(columns));
}

QJsonObject RuleEditorDialog::rule(QString* error) const
{
    QJsonObject out = m_base;
    auto set = [&](const char* key, const QString& value) {
        if (value.trimmed().isEmpty())
            out.remove(QLatin1String(key));
        else
            out.insert(QLatin1String(key), value.trimmed());
    };
    out.insert(QStringLiteral("id"), m_id->text().trimmed());
    set("title", m_title->text());
    set("description", m_description->toPlainText());
    set("message", m_message->text());
    out.insert(QStringLiteral("severity"), m_severity->currentData().toString());
    out.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    QJsonArray columns;
    for (const QString& column : m_columns->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!column.trimmed().isEmpty())
            columns.append(column.trimmed());
    out.insert(QStringLiteral("columns"), columns);
    const QJsonObject params = m_params->params(error);
    if (params.isEmpty())
        out.remove(QLatin1String("params"));
    else
        out.insert(QStringLiteral("params"), params);
    if (m_base.value(QLatin1String("kind")).toString() != m_kind->currentData().toString())
        out.remove(QLatin1String("fix")); // another kind: the old fix may not fit
    return out;
}

void RuleEditorDialog::scheduleTrial()
{
    m_pending = true;
    m_debounce->start();
}

void RuleEditorDialog::runTrial()
{
    m_pending = false;
    QString error;
    const QJsonObject json = rule(&error);
    if (!error.isEmpty()) {
        m_task.abandon();
        m_status->setText(error);
        m_examples->clear();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        emit tested();
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    if (!m_document || !m_document->dataset().tables.size()) {
        m_status->setText(tr("Open a file to try the rule on it."));
        emit tested();
        return;
    }
    m_status->setText(tr("Trying the rule on the open file\u2026"));
    m_task.start(
        [this](const TrialOutcome& outcome) {
            if (!outcome.trial) {
                m_liveCount = -1;
                m_status->setText(outcome.error);
                m_examples->clear();
                m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            } else {
                showTrial(*outcome.trial);
            }
            emit tested();
        },
        &runTrialWorker, m_document->snapshot(), m_document->validationSetup(), json, m_packName);
}

void RuleEditorDialog::showTrial(const RuleTrial& trial)
{
    m_liveCount = qint64(trial.findings);
    QString text;
    if (!trial.failed.isEmpty())
        text = tr("The rule could not finish: %1").arg(trial.failed);
    else if (trial.findings == 0 && !trial.skipped.isEmpty())
        text = tr("The rule does not apply to this file: %1").arg(trial.skipped.join(QLatin1String("; ")));
    else if (trial.findings == 0)
        text = tr("No findings: every row meets the rule.");
    else if (trial.rows > trial.findings)
        text = tr("%n finding(s) on the open file, standing for %1 rows.", nullptr, int(trial.findings))
                   .arg(QLocale().toString(qulonglong(trial.rows)));
    else
        text = tr("%n finding(s) on the open file.", nullptr, int(trial.findings));
    m_status->setText(text);
    m_examples->clear();
    for (const QString& example : trial.examples)
        m_examples->addItem(example);
}

bool RuleEditorDialog::save()
{
    QString error;
    const QJsonObject json = rule(&error);
    if (error.isEmpty()) {
        const CheckEnv env = makeCheckEnv(m_document ? m_document->validationSetup().today : QDate());
        auto written = userpacks::saveRule(m_packName, json, env);
        if (written) {
            m_savedPath = written.value();
            emit saved(json.value(QLatin1String("id")).toString(), m_savedPath);
            return true;
        }
        error = written.error().toString();
    }
    m_status->setText(tr("Not saved: %1").arg(error));
    return false;
}

void RuleEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace plumbline
