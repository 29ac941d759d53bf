#include "grid/row_filter_bar.h"

#include "document/document.h"
#include "grid/data_grid_view.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "style/icons.h"
#include "table/table.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <map>

namespace plumbline {

namespace {

const char* kShowProperty = "plumblineFilterShow";
const char* kChoiceProperty = "plumblineFilterChoice";
const char* kLabelProperty = "plumblineFilterLabel";

QToolButton* toggle(QWidget* parent, const QString& text, const QString& name, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

RowFilterBar::RowFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rowFilterBar"));
    setAccessibleName(tr("Row filter"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(4);

    auto* icon = new QLabel(this);
    icon->setPixmap(icons::named("filter").pixmap(16, 16));
    icon->setAccessibleName(tr("Filter"));
    layout->addWidget(icon);
    auto* showLabel = new QLabel(tr("&Show:"), this);
    layout->addWidget(showLabel);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("filterShow"));
    showLabel->setBuddy(m_show);
    m_show->setAccessibleName(tr("Show rows"));
    m_show->setToolTip(tr("Which rows the grid shows"));
    m_show->addItem(tr("All rows"), int(Show::All));
    m_show->addItem(tr("Rows with findings"), int(Show::WithFindings));
    m_show->addItem(icons::severity(Severity::Error), tr("Rows with errors"), int(Show::Errors));
    m_show->addItem(icons::severity(Severity::Warning), tr("Rows with warnings"), int(Show::Warnings));
    m_show->addItem(icons::severity(Severity::Notice), tr("Rows with notices"), int(Show::Notices));
    m_show->addItem(icons::severity(Severity::Info), tr("Rows with info"), int(Show::Info));
    m_show->addItem(tr("Rows with findings of the rule\u2026"), int(Show::Rule));
    m_show->addItem(tr("Rows with findings in the column\u2026"), int(Show::Column));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_show);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("filterChoice"));
    m_choice->setAccessibleName(tr("Rule or column"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choice->setMaximumWidth(320);
    m_choice->hide();
    layout->addWidget(m_choice);
    connect(m_show, &QComboBox::activated, this, [this] {
        fillChoices();
        applyShow();
    });
    connect(m_choice, &QComboBox::activated, this, &RowFilterBar::applyShow);

    layout->addSpacing(8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search rows (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rows"));
    m_search->setToolTip(tr("Show the rows whose cells contain this text (or match this regular expression)"));
    m_search->addAction(icons::named("search"), QLineEdit::LeadingPosition);
    // The line edit's icon buttons (the search icon, the clear button) have no text and so no name of their own.
    for (QToolButton* button : m_search->findChildren<QToolButton*>())
        if (button->text().isEmpty()) {
            const QAction* action = button->defaultAction();
            const bool clears = action && action->objectName() == QLatin1String("_q_qlineeditclearaction");
            button->setAccessibleName(clears ? tr("Clear the search") : tr("Search rows"));
        }
    m_search->setMinimumWidth(180);
    layout->addWidget(m_search, 1);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300); // a word typed is one search, not one per letter
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RowFilterBar::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &RowFilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_syncing)
            applySearch(); // the clear button
    });
    auto* inLabel = new QLabel(tr("&in"), this);
    layout->addWidget(inLabel);
    m_searchColumn = new QComboBox(this);
    m_searchColumn->setObjectName(QStringLiteral("filterSearchColumn"));
    inLabel->setBuddy(m_searchColumn);
    m_searchColumn->setAccessibleName(tr("Search in column"));
    m_searchColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchColumn->setMaximumWidth(220);
    connect(m_searchColumn, &QComboBox::activated, this, &RowFilterBar::applySearch);
    layout->addWidget(m_searchColumn);
    m_regex = toggle(this, QStringLiteral(".*"), QStringLiteral("filterRegex"), tr("Regular expression (RE2)"));
    m_case = toggle(this, QStringLiteral("Aa"), QStringLiteral("filterCase"), tr("Match case"));
    connect(m_regex, &QToolButton::toggled, this, &RowFilterBar::applySearch);
    connect(m_case, &QToolButton::toggled, this, &RowFilterBar::applySearch);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);

    m_chips = new QWidget(this);
    auto* chips = new QHBoxLayout(m_chips);
    chips->setContentsMargins(0, 0, 0, 0);
    chips->setSpacing(2);
    layout->addWidget(m_chips);

    m_sortLabel = new QLabel(this);
    m_sortLabel->setObjectName(QStringLiteral("filterSort"));
    layout->addWidget(m_sortLabel);
    m_clearSort = new QToolButton(this);
    m_clearSort->setObjectName(QStringLiteral("filterClearSort"));
    m_clearSort->setIcon(icons::named("clear"));
    m_clearSort->setAutoRaise(true);
    m_clearSort->setToolTip(tr("Back to the table's own order"));
    m_clearSort->setAccessibleName(tr("Clear the sort"));
    connect(m_clearSort, &QToolButton::clicked, this, [this] {
        if (RowViewModel* r = rows()) {
            RowQuery query = r->query();
            query.sortColumn = -1;
            apply(query);
        }
    });
    layout->addWidget(m_clearSort);

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("filterBusy"));
    layout->addWidget(m_busy);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Show All"));
    m_clear->setIcon(icons::named("clear"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Every row, in the table's order (Ctrl+Shift+F)"));
    m_clear->setAccessibleDescription(m_clear->toolTip());
    connect(m_clear, &QToolButton::clicked, this, &RowFilterBar::clearAll);
    layout->addWidget(m_clear);

    setTabOrder(m_show, m_choice);
    setTabOrder(m_choice, m_search);
    setTabOrder(m_search, m_searchColumn);
    setTabOrder(m_searchColumn, m_regex);
    setTabOrder(m_regex, m_case);
    setGrid(nullptr);
}

RowViewModel* RowFilterBar::rows() const
{
    return m_grid ? m_grid->rowView() : nullptr;
}

void RowFilterBar::setGrid(DataGridView* grid)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_grid = grid;
    RowViewModel* r = rows();
    setEnabled(r && r->tableModel() && r->tableModel()->table());
    if (r) {
        m_connections << connect(r, &RowViewModel::queryChanged, this, &RowFilterBar::syncFromQuery);
        m_connections << connect(r, &RowViewModel::mappingChanged, this, &RowFilterBar::updateRowsText);
        m_connections << connect(r, &RowViewModel::buildingChanged, this, &RowFilterBar::updateRowsText);
        m_connections << connect(r, &QAbstractItemModel::rowsInserted, this, &RowFilterBar::updateRowsText);
        m_connections << connect(r, &QAbstractItemModel::rowsRemoved, this, &RowFilterBar::updateRowsText);
        m_connections << connect(r, &QAbstractItemModel::modelReset, this, [this] {
            setEnabled(rows() && rows()->tableModel()->table());
            syncFromQuery();
        });
        m_connections << connect(r, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o) {
            if (o == Qt::Horizontal && m_searchColumn->count() != rows()->columnCount() + 1)
                syncFromQuery();
        });
        m_connections << connect(r, &RowViewModel::queryFailed, this, [this](const QString& message) {
            m_search->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
            m_search->setToolTip(message);
            emit statusMessage(message, 8000);
        });
    }
    syncFromQuery();
}

QString RowFilterBar::rowsText() const
{
    RowViewModel* r = rows();
    if (!r || !r->tableModel() || !r->tableModel()->table())
        return {};
    const QLocale locale;
    const auto total = qulonglong(r->totalRows());
    if (r->isBuilding())
        return r->query().sorts() && !r->query().filters() ? tr("Sorting %1 rows\u2026").arg(locale.toString(total))
                                                           : tr("Filtering %1 rows\u2026").arg(locale.toString(total));
    if (!r->query().filters())
        return tr("%1 rows").arg(locale.toString(total));
    return tr("%1 of %2 rows").arg(locale.toString(qulonglong(r->rowCount())), locale.toString(total));
}

void RowFilterBar::updateRowsText()
{
    RowViewModel* r = rows();
    m_busy->setText(r && r->isBuilding() ? tr("Working\u2026") : QString());
    emit rowsTextChanged(rowsText());
}

void RowFilterBar::syncFromQuery()
{
    m_syncing = true;
    RowViewModel* r = rows();
    const RowQuery query = r ? r->query() : RowQuery();
    // Search columns: any, then each column.
    const int columns = r ? r->columnCount() : 0;
    m_searchColumn->clear();
    m_searchColumn->addItem(tr("all columns"), -1);
    for (int c = 0; c < columns; ++c)
        m_searchColumn->addItem(r->headerData(c, Qt::Horizontal, int(TableModel::Role::ColumnName)).toString(), c);
    m_searchColumn->setCurrentIndex(std::max(0, m_searchColumn->findData(query.textColumn)));
    if (m_search->text() != query.text)
        m_search->setText(query.text);
    m_regex->setChecked(query.regex);
    m_case->setChecked(query.caseSensitive);
    m_search->setStyleSheet(QString());
    m_search->setToolTip(tr("Show the rows whose cells contain this text (or match this regular expression)"));

    // The Show box: what the bar itself chose for this grid, or another panel's set of rows.
    const int other = m_show->findData(int(Show::Other));
    if (other >= 0)
        m_show->removeItem(other);
    Show show = Show::All;
    int choice = -1;
    if (query.records) {
        if (r->property(kLabelProperty).toString() == query.recordsLabel) {
            show = Show(r->property(kShowProperty).toInt());
            choice = r->property(kChoiceProperty).toInt();
        } else {
            show = Show::Other;
            m_show->addItem(icons::named("show-rows"), query.recordsLabel, int(Show::Other));
        }
    }
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
    fillChoices();
    if (choice >= 0)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(choice)));

    // Sort.
    if (query.sorts() && query.sortColumn < columns) {
        const QString name =
            r->headerData(query.sortColumn, Qt::Horizontal, int(TableModel::Role::ColumnName)).toString();
        m_sortLabel->setText(query.descending ? tr("Sorted by %1, descending").arg(name)
                                              : tr("Sorted by %1, ascending").arg(name));
        m_sortLabel->setAccessibleName(m_sortLabel->text());
    } else
        m_sortLabel->clear();
    m_sortLabel->setVisible(query.sorts());
    m_clearSort->setVisible(query.sorts());
    m_clear->setEnabled(!query.isIdentity());
    if (m_grid) {
        // The header's indicator says the same as the bar.
        QHeaderView* header = m_grid->horizontalHeader();
        QSignalBlocker blocker(header);
        header->setSortIndicator(query.sorts() ? query.sortColumn : -1,
                                 query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    updateChips();
    updateRowsText();
    m_syncing = false;
}

void RowFilterBar::fillChoices()
{
    const Show show = Show(m_show->currentData().toInt());
    RowViewModel* r = rows();
    const bool needed = (show == Show::Rule || show == Show::Column) && r;
    m_choice->setVisible(needed);
    if (!needed)
        return;
    const int previous = m_choice->currentData().isValid() ? m_choice->currentData().toInt() : -1;
    m_choice->clear();
    TableModel* model = r->tableModel();
    const Document* doc = model->document();
    const auto store = doc ? doc->findings() : nullptr;
    if (!store) {
        m_choice->addItem(tr("(validate first)"), -1);
        return;
    }
    // Counts for this table only, in one pass over its findings.
    std::map<int, std::uint64_t> counts;
    for (std::size_t t = 0; t < store->tables().size(); ++t) {
        if (store->tables()[t].name != model->table()->name())
            continue;
        const auto [first, last] = store->rangeOfTable(std::uint16_t(t));
        for (std::size_t i = first; i < last; ++i) {
            const FindingRecord& f = store->record(i);
            if (show == Show::Rule)
                ++counts[int(f.rule)];
            else if (f.column >= 0)
                ++counts[f.column];
        }
    }
    for (const auto& [key, n] : counts) {
        if (show == Show::Rule) {
            const RuleInfo& rule = store->rules()[std::size_t(key)];
            m_choice->addItem(icons::severity(rule.severity), tr("%1 (%L2)").arg(rule.id).arg(qulonglong(n)), key);
        } else
            m_choice->addItem(tr("%1 (%L2)").arg(model->table()->columnName(key)).arg(qulonglong(n)), key);
    }
    if (previous >= 0)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(previous)));
}

std::shared_ptr<const std::vector<quint32>> RowFilterBar::findingRecords(Show show, int choice, QString* label) const
{
    RowViewModel* r = rows();
    TableModel* model = r ? r->tableModel() : nullptr;
    const Document* doc = model ? model->document() : nullptr;
    const auto store = doc ? doc->findings() : nullptr;
    auto records = std::make_shared<std::vector<quint32>>();
    const unsigned mask = model ? model->severityMask() : 0xfu;
    const auto wants = [&](const FindingRecord& f) {
        switch (show) {
        case Show::WithFindings:
            return (mask & (1u << unsigned(f.severity))) != 0;
        case Show::Errors:
            return f.severity == Severity::Error;
        case Show::Warnings:
            return f.severity == Severity::Warning;
        case Show::Notices:
            return f.severity == Severity::Notice;
        case Show::Info:
            return f.severity == Severity::Info;
        case Show::Rule:
            return int(f.rule) == choice;
        case Show::Column:
            return f.column == choice || f.column2 == choice;
        default:
            return false;
        }
    };
    if (store) {
        // One pass over the table's findings: they are sorted by record, so the records come out ascending.
        for (std::size_t t = 0; t < store->tables().size(); ++t) {
            if (store->tables()[t].name != model->table()->name())
                continue;
            const auto [first, last] = store->rangeOfTable(std::uint16_t(t));
            for (std::size_t i = first; i < last; ++i) {
                const FindingRecord& f = store->record(i);
                if (f.record == kNoRecord || !wants(f))
                    continue;
                if (records->empty() || records->back() != f.record)
                    records->push_back(f.record);
            }
        }
    }
    switch (show) {
    case Show::WithFindings:
        *label = tr("rows with findings");
        break;
    case Show::Errors:
        *label = tr("rows with errors");
        break;
    case Show::Warnings:
        *label = tr("rows with warnings");
        break;
    case Show::Notices:
        *label = tr("rows with notices");
        break;
    case Show::Info:
        *label = tr("rows with info");
        break;
    case Show::Rule:
        *label = store && choice >= 0 ? tr("rows with %1").arg(store->rules()[std::size_t(choice)].id) : QString();
        break;
    case Show::Column:
        *label = choice >= 0 ? tr("rows with findings in %1").arg(model->table()->columnName(choice)) : QString();
        break;
    default:
        break;
    }
    return records;
}

void RowFilterBar::setShow(Show show, int choice)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
    fillChoices();
    if (choice >= 0)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(choice)));
    applyShow();
}

void RowFilterBar::applyShow()
{
    RowViewModel* r = rows();
    if (!r || m_syncing)
        return;
    RowQuery query = r->query();
    const Show show = Show(m_show->currentData().toInt());
    if (show == Show::Other)
        return; // another panel's rows: as they are
    if (show == Show::All) {
        query.records.reset();
        query.recordsLabel.clear();
    } else {
        const int choice = m_choice->isVisible() ? m_choice->currentData().toInt() : -1;
        if ((show == Show::Rule || show == Show::Column) && choice < 0)
            return;
        QString label;
        query.records = findingRecords(show, choice, &label);
        query.recordsLabel = label;
        r->setProperty(kShowProperty, int(show));
        r->setProperty(kChoiceProperty, choice);
        r->setProperty(kLabelProperty, label);
    }
    apply(query);
}

void RowFilterBar::applySearch()
{
    m_searchDelay->stop();
    RowViewModel* r = rows();
    if (!r || m_syncing)
        return;
    RowQuery query = r->query();
    query.text = m_search->text();
    query.regex = m_regex->isChecked();
    query.caseSensitive = m_case->isChecked();
    query.textColumn = m_searchColumn->currentData().isValid() ? m_searchColumn->currentData().toInt() : -1;
    const RowQuery& now = r->query();
    if (query.text == now.text && query.regex == now.regex && query.caseSensitive == now.caseSensitive &&
        query.textColumn == now.textColumn)
        return;
    apply(query);
}

void RowFilterBar::addCondition(const ColumnCondition& condition)
{
    RowViewModel* r = rows();
    if (!r)
        return;
    RowQuery query = r->query();
    // One condition per column: a new click on the same column replaces the old one.
    std::erase_if(query.conditions, [&](const ColumnCondition& c) { return c.column == condition.column; });
    query.conditions.push_back(condition);
    apply(query);
}

void RowFilterBar::clearAll()
{
    if (rows())
        apply(RowQuery());
}

void RowFilterBar::findingsChanged()
{
    // Filters made of findings are made again from the new findings.
    RowViewModel* r = rows();
    if (!r || !r->query().records)
        return;
    const Show show = Show(m_show->currentData().toInt());
    if (show != Show::All && show != Show::Other)
        applyShow();
}

void RowFilterBar::apply(RowQuery query)
{
    if (RowViewModel* r = rows())
        r->setQuery(query);
}

void RowFilterBar::updateChips()
{
    auto* layout = static_cast<QHBoxLayout*>(m_chips->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    RowViewModel* r = rows();
    if (!r)
        return;
    const auto conditions = r->query().conditions;
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        auto* chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("filterChip%1").arg(i));
        chip->setText(conditions[i].label);
        chip->setIcon(icons::named("clear"));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // the cross after the words
        chip->setToolTip(tr("Rows where %1; click to remove this condition").arg(conditions[i].label));
        chip->setAccessibleName(tr("Remove the condition %1").arg(conditions[i].label));
        const int column = conditions[i].column;
        connect(chip, &QToolButton::clicked, this, [this, column] {
            if (RowViewModel* rv = rows()) {
                RowQuery query = rv->query();
                std::erase_if(query.conditions, [&](const ColumnCondition& c) { return c.column == column; });
                apply(query);
            }
        });
        layout->addWidget(chip);
    }
    m_chips->setVisible(!conditions.empty());
}

} // namespace plumbline
