#include "panels/rules/rules_dock.h"

#include "dialogs/rules/rule_editor_dialog.h"
#include "document/document.h"
#include "document/validation_setup.h"
#include "findings/finding_store.h"
#include "packs/user_packs.h"
#include "settings/app_settings.h"
#include "style/icons.h"
#include "table/table.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kCountRole = Qt::UserRole + 1; // the Findings column's count; its text adds rows and says "off"

/// A rule's row: the Findings column sorts by count, not by its text ("12 (1,890 rows)", "off").
class RuleItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column != RulesDock::FindingsColumn)
            return QTreeWidgetItem::operator<(other);
        return data(column, kCountRole).toLongLong() < other.data(column, kCountRole).toLongLong();
    }
};
constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

/// The user's severity for rule id, if any ("id=severity" entries).
std::optional<Severity> overrideOf(const QStringList& entries, const QString& id)
{
    for (const QString& entry : entries) {
        Severity severity;
        if (entry.size() > id.size() && entry.startsWith(id) && entry.at(id.size()) == QLatin1Char('=') &&
            parseSeverity(QStringView(entry).mid(id.size() + 1), &severity))
            return severity;
    }
    return std::nullopt;
}

} // namespace

RulesDock::RulesDock(QWidget* parent) : QDockWidget(tr("Rules"), parent)
{
    setObjectName(QStringLiteral("rulesDock"));
    auto* body = new QWidget(this);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTreeWidget(body);
    m_view->setObjectName(QStringLiteral("rulesView"));
    m_view->setAccessibleName(tr("Rules"));
    m_view->setAccessibleDescription(
        tr("The rules that validate the file. Space switches the current rule on or off; its details are below."));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Findings"), tr("Check"), tr("Title")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(RuleColumn, digit * 22);
    m_view->setColumnWidth(SeverityColumn, digit * 12);
    m_view->setColumnWidth(FindingsColumn, digit * 9);
    m_view->setColumnWidth(KindColumn, digit * 14);
    connect(m_view, &QTreeWidget::itemChanged, this, &RulesDock::onItemChanged);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &RulesDock::showDetails);

    m_severity = new QComboBox(body);
    m_severity->setObjectName(QStringLiteral("rulesSeverity"));
    m_severity->setAccessibleName(tr("Severity of the current rule"));
    m_severity->setStatusTip(tr("Give the current rule another severity than its pack's"));
    for (Severity severity : kOrder)
        m_severity->addItem(icons::severity(severity), severityName(severity), int(severity));
    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        if (QTreeWidgetItem* item = m_view->currentItem())
            setRuleSeverity(item->data(RuleColumn, kIdRole).toString(), Severity(m_severity->itemData(index).toInt()));
    });

    m_details = new QLabel(body);
    m_details->setObjectName(QStringLiteral("rulesDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Rule details"));

    m_newRule = new QPushButton(tr("&New Rule\u2026"), body);
    m_newRule->setObjectName(QStringLiteral("rulesNewRule"));
    m_newRule->setStatusTip(tr("Write a rule of your own, tried on the open file before it is saved"));
    m_editRule = new QPushButton(tr("&Edit Rule\u2026"), body);
    m_editRule->setObjectName(QStringLiteral("rulesEditRule"));
    m_editRule->setStatusTip(tr("Change the current rule; a built-in rule is saved as your own copy"));
    m_deleteRule = new QPushButton(tr("&Delete Rule\u2026"), body);
    m_deleteRule->setObjectName(QStringLiteral("rulesDeleteRule"));
    m_deleteRule->setStatusTip(tr("Delete the current rule from your own rule pack (built-in rules can be switched "
                                  "off instead)"));
    connect(m_deleteRule, &QPushButton::clicked, this, &RulesDock::confirmDelete);
    connect(m_newRule, &QPushButton::clicked, this, [this] { openEditor(QString()); });
    connect(m_editRule, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_view->currentItem())
            openEditor(item->data(RuleColumn, kIdRole).toString());
    });
    connect(m_view, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openEditor(item->data(RuleColumn, kIdRole).toString()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRule);
    buttons->addWidget(m_editRule);
    buttons->addWidget(m_deleteRule);
    buttons->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Severity:"), m_severity);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 3);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_details, 1);
    setWidget(body);
    setTabOrder(m_view, m_severity);
    setTabOrder(m_severity, m_newRule);
    setTabOrder(m_newRule, m_editRule);
    setTabOrder(m_editRule, m_deleteRule);

    m_revalidate = new QTimer(this);
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(400);
    connect(m_revalidate, &QTimer::timeout, this, &RulesDock::validationRequested);
    m_summary->setText(tr("Open a file to see its rules."));
    showDetails();
}

void RulesDock::setDocument(Document* document)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_task.abandon();
    m_stale = true;
    m_firstOfRuleStale = true;
    if (!m_document) {
        m_rules.clear();
        fill({});
        m_summary->setText(tr("Open a file to see its rules."));
        return;
    }
    m_connections << connect(m_document, &Document::findingsReset, this, [this] {
        // A run: the packs may be others (another pack chosen), and the counts are new.
        m_stale = true;
        m_firstOfRuleStale = true;
        if (isVisible())
            reload();
    });
    m_connections << connect(m_document, &Document::findingsChanged, this, [this] {
        m_firstOfRuleStale = true;
        updateCounts();
    });
    if (isVisible())
        reload();
}

void RulesDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (m_stale && m_document)
        reload();
}

void RulesDock::reload()
{
    m_stale = false;
    ValidationSetup setup = m_document->validationSetup();
    // Every rule of the packs, including those switched off, with the packs' own severities.
    setup.disabledRules.clear();
    setup.severityOverrides.clear();
    m_summary->setText(tr("Reading the rules\u2026"));
    m_task.start(
        [this](const std::vector<Listed>& rules) {
            m_rules = rules;
            fill(rules);
        },
        [](std::shared_ptr<const Dataset> dataset, ValidationSetup choices) {
            std::vector<Listed> out;
            auto prepared = prepareRules(*dataset, choices);
            if (!prepared)
                return out;
            const QString userDir = userpacks::directory();
            for (const Rule& rule : prepared.value().rules.rules) {
                const bool builtIn = !rule.baseDir.startsWith(userDir);
                // The pack file is named in the rule's source ("…/my-rules.json $.rules[3]").
                const QString userPack =
                    builtIn ? QString()
                            : QFileInfo(rule.source.section(QStringLiteral(" $."), 0, 0)).completeBaseName();
                out.push_back({rule.id, rule.title, rule.description, rule.kind, rule.message, rule.params,
                               rule.severity, userpacks::ruleJson(rule), builtIn, userPack});
            }
            return out;
        },
        m_document->snapshot(), setup);
}

void RulesDock::fill(const std::vector<Listed>& rules)
{
    m_filling = true;
    const QString current =
        m_view->currentItem() ? m_view->currentItem()->data(RuleColumn, kIdRole).toString() : QString();
    m_view->setSortingEnabled(false);
    m_view->clear();
    const AppSettings settings;
    const QStringList disabled = settings.disabledRules.value();
    const QStringList overrides = settings.severityOverrides.value();
    QTreeWidgetItem* select = nullptr;
    for (const Listed& rule : rules) {
        auto* item = new RuleItem(m_view);
        item->setData(RuleColumn, kIdRole, rule.id);
        item->setText(RuleColumn, rule.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(RuleColumn, disabled.contains(rule.id) ? Qt::Unchecked : Qt::Checked);
        const Severity severity = overrideOf(overrides, rule.id).value_or(rule.packSeverity);
        item->setIcon(SeverityColumn, icons::severity(severity));
        item->setText(SeverityColumn,
                      severity == rule.packSeverity
                          ? severityName(severity)
                          : tr("%1 (pack: %2)").arg(severityName(severity), severityName(rule.packSeverity)));
        item->setText(KindColumn, rule.kind);
        item->setText(TitleColumn, rule.title.isEmpty() ? rule.message : rule.title);
        item->setToolTip(TitleColumn, rule.description);
        if (rule.id == current)
            select = item;
    }
    m_view->setSortingEnabled(true);
    m_filling = false;
    updateCounts();
    m_view->setCurrentItem(select ? select : m_view->topLevelItem(0));
    showDetails();
}

void RulesDock::updateCounts()
{
    const auto store = m_document ? m_document->findings() : nullptr;
    QHash<QString, std::uint64_t> counts;
    QHash<QString, std::uint64_t> rows; // behind summary and column findings
    if (store)
        for (std::size_t r = 0; r < store->rules().size(); ++r) {
            counts[store->rules()[r].id] += store->countForRule(std::uint32_t(r));
            rows[store->rules()[r].id] += store->summarisedRows(std::uint32_t(r));
        }
    m_filling = true;
    int off = 0;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_view->topLevelItem(i);
        const bool on = item->checkState(RuleColumn) == Qt::Checked;
        off += !on;
        const std::uint64_t n = counts.value(item->data(RuleColumn, kIdRole).toString());
        item->setData(FindingsColumn, kCountRole, on && store ? qlonglong(n) : -1); // "off" sorts first
        const std::uint64_t behind = rows.value(item->data(RuleColumn, kIdRole).toString());
        const QString count =
            behind ? tr("%1 (%2 rows)").arg(QLocale().toString(qulonglong(n)), QLocale().toString(qulonglong(behind)))
                   : QLocale().toString(qulonglong(n));
        item->setText(FindingsColumn, on ? (store ? count : QString()) : tr("off"));
    }
    m_filling = false;
    const int total = m_view->topLevelItemCount();
    m_summary->setText(off == 0 ? tr("%L1 rules, all on. Untick a rule to switch it off.").arg(total)
                                : tr("%L1 rules, %L2 switched off.").arg(total).arg(off));
}

void RulesDock::showDetails()
{
    QTreeWidgetItem* item = m_view->currentItem();
    m_severity->setEnabled(item != nullptr);
    m_editRule->setEnabled(item != nullptr && m_document);
    m_deleteRule->setEnabled(false);
    m_newRule->setEnabled(m_document != nullptr);
    if (!item) {
        m_details->clear();
        return;
    }
    const QString id = item->data(RuleColumn, kIdRole).toString();
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Listed& r) { return r.id == id; });
    if (it == m_rules.end())
        return;
    m_deleteRule->setEnabled(!it->builtIn && !it->userPack.isEmpty());
    const Severity severity = overrideOf(AppSettings().severityOverrides.value(), id).value_or(it->packSeverity);
    m_severity->setCurrentIndex(m_severity->findData(int(severity)));
    QString html = QStringLiteral("<b>%1</b>").arg(id.toHtmlEscaped());
    if (!it->title.isEmpty())
        html += QStringLiteral(" \u2014 ") + it->title.toHtmlEscaped();
    if (!it->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(it->description.toHtmlEscaped());
    html += QStringLiteral("<p>%1 <code>%2</code>").arg(tr("Check:"), it->kind.toHtmlEscaped());
    if (!it->params.isEmpty())
        html += QStringLiteral("<br>%1 <code>%2</code>")
                    .arg(tr("Parameters:"),
                         QString::fromUtf8(QJsonDocument(it->params).toJson(QJsonDocument::Compact)).toHtmlEscaped());
    if (!it->message.isEmpty())
        html += QStringLiteral("<br>%1 %2").arg(tr("Message:"), it->message.toHtmlEscaped());
    if (const QString example = exampleValue(id); !example.isEmpty())
        html += QStringLiteral("<br>%1 <code>%2</code>").arg(tr("Fails on, for example:"), example.toHtmlEscaped());
    if (!it->builtIn)
        html += QStringLiteral("<br><i>%1</i>").arg(tr("From your own rule pack.").toHtmlEscaped());
    html += QStringLiteral("</p>");
    m_details->setText(html);
}

QString RulesDock::exampleValue(const QString& id) const
{
    const auto store = m_document ? m_document->findings() : nullptr;
    if (!store)
        return {};
    const int rule = store->ruleIndex(id);
    if (rule < 0 || store->countForRule(std::uint32_t(rule)) == 0)
        return {};
    if (m_firstOfRuleStale || m_firstOfRuleStore != store.get() || m_firstOfRule.size() != store->rules().size()) {
        m_firstOfRuleStore = store.get();
        m_firstOfRule.assign(store->rules().size(), store->size());
        for (std::size_t i = store->size(); i-- > 0;)
            if (const std::uint32_t r = store->record(i).rule; r < m_firstOfRule.size())
                m_firstOfRule[r] = i;
        m_firstOfRuleStale = false;
    }
    const std::size_t first = std::size_t(rule) < m_firstOfRule.size() ? m_firstOfRule[std::size_t(rule)] : 0;
    // The first finding of the rule with a value of its own; a summary's value is its first row's cell.
    for (std::size_t i = first; i < store->size(); ++i) {
        const FindingRecord& r = store->record(i);
        if (r.rule != std::uint32_t(rule))
            continue;
        if (r.isSummary()) {
            const auto& records = store->summaryRecords(i);
            const auto& tables = m_document->dataset().tables;
            if (records.empty() || r.table >= tables.size() || r.column < 0)
                continue;
            const Table& table = *tables[r.table];
            const std::int64_t row = table.rowOf(records.front());
            if (row < 0)
                continue;
            const std::string_view cell = table.cell(std::size_t(row), r.column);
            return cell.empty() ? tr("(blank)") : QString::fromUtf8(cell.data(), qsizetype(cell.size()));
        }
        if (r.record == kNoRecord)
            continue;
        const QString value = store->qtext(r.value);
        return value.isEmpty() ? tr("(blank)") : value;
    }
    return {};
}

RuleEditorDialog* RulesDock::createEditor(const QString& id)
{
    if (!m_document)
        return nullptr;
    auto* editor = new RuleEditorDialog(m_document, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!id.isEmpty()) {
        const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Listed& r) { return r.id == id; });
        if (it != m_rules.end())
            editor->setRule(it->definition, it->builtIn);
    }
    connect(editor, &RuleEditorDialog::saved, this, [this] {
        m_stale = true;
        emit validationRequested(); // the saved rule runs (the list follows the run)
    });
    return editor;
}

void RulesDock::openEditor(const QString& id)
{
    if (RuleEditorDialog* editor = createEditor(id))
        editor->open();
}

void RulesDock::confirmDelete()
{
    QTreeWidgetItem* item = m_view->currentItem();
    if (!item)
        return;
    const QString id = item->data(RuleColumn, kIdRole).toString();
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Listed& r) { return r.id == id; });
    if (it == m_rules.end() || it->builtIn)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Rule"),
                    tr("Delete the rule %1 from your rule pack \u201c%2\u201d?").arg(id, it->userPack),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("It is removed from the pack file at once and cannot be undone; the file is "
                              "validated again without it."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteRule(id);
}

bool RulesDock::deleteRule(const QString& id, bool quiet)
{
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Listed& r) { return r.id == id; });
    if (it == m_rules.end() || it->builtIn || it->userPack.isEmpty())
        return false;
    if (auto error = userpacks::removeRule(it->userPack, id)) {
        if (!quiet)
            QMessageBox::warning(this, tr("Delete Rule"), tr("The rule could not be deleted: %1").arg(error->message));
        return false;
    }
    m_stale = true;
    emit validationRequested(); // the packs are read again for the run; the list follows it
    return true;
}

void RulesDock::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != RuleColumn)
        return;
    setRuleEnabled(item->data(RuleColumn, kIdRole).toString(), item->checkState(RuleColumn) == Qt::Checked);
}

QTreeWidgetItem* RulesDock::itemOf(const QString& id) const
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(RuleColumn, kIdRole).toString() == id)
            return m_view->topLevelItem(i);
    return nullptr;
}

void RulesDock::setRuleEnabled(const QString& id, bool on)
{
    AppSettings settings;
    QStringList disabled = settings.disabledRules.value();
    if (on == !disabled.contains(id))
        return;
    if (on)
        disabled.removeAll(id);
    else
        disabled << id;
    settings.disabledRules.setValue(disabled);
    if (QTreeWidgetItem* item = itemOf(id); item && (item->checkState(RuleColumn) == Qt::Checked) != on) {
        m_filling = true;
        item->setCheckState(RuleColumn, on ? Qt::Checked : Qt::Unchecked);
        m_filling = false;
    }
    updateCounts();
    changed();
}

void RulesDock::setRuleSeverity(const QString& id, Severity severity)
{
    AppSettings settings;
    QStringList overrides = settings.severityOverrides.value();
    overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                   [&](const QString& e) { return e.startsWith(id + QLatin1Char('=')); }),
                    overrides.end());
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Listed& r) { return r.id == id; });
    if (it == m_rules.end() || it->packSeverity != severity)
        overrides << id + QLatin1Char('=') + severityName(severity);
    settings.severityOverrides.setValue(overrides);
    fill(m_rules);
    changed();
}

void RulesDock::changed()
{
    m_revalidate->start();
}

} // namespace plumbline
