#include "panels/findings/findings_dock.h"

#include "findings/finding_index.h"
#include "itemmodels/findings_tree_model.h"
#include "panels/findings/severity_delegate.h"
#include "settings/app_settings.h"
#include "style/icons.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace plumbline {

namespace {

constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

FindingsTreeModel::Grouping groupingFromName(const QString& name)
{
    if (name == QLatin1String("column"))
        return FindingsTreeModel::Grouping::Column;
    if (name == QLatin1String("severity"))
        return FindingsTreeModel::Grouping::Severity;
    if (name == QLatin1String("none"))
        return FindingsTreeModel::Grouping::None;
    return FindingsTreeModel::Grouping::Rule;
}

} // namespace

QString FindingsDock::severityCount(Severity severity, std::uint64_t n)
{
    // English plurals without a translation loaded (tr()'s %n would print "error(s)").
    const auto count = [n](const char* one, const char* many) {
        return tr("%L1 %2").arg(qulonglong(n)).arg(tr(n == 1 ? one : many));
    };
    switch (severity) {
    case Severity::Error:
        return count(QT_TRANSLATE_NOOP("plumbline::FindingsDock", "error"),
                     QT_TRANSLATE_NOOP("plumbline::FindingsDock", "errors"));
    case Severity::Warning:
        return count(QT_TRANSLATE_NOOP("plumbline::FindingsDock", "warning"),
                     QT_TRANSLATE_NOOP("plumbline::FindingsDock", "warnings"));
    case Severity::Notice:
        return count(QT_TRANSLATE_NOOP("plumbline::FindingsDock", "notice"),
                     QT_TRANSLATE_NOOP("plumbline::FindingsDock", "notices"));
    case Severity::Info:
        return count(QT_TRANSLATE_NOOP("plumbline::FindingsDock", "info"),
                     QT_TRANSLATE_NOOP("plumbline::FindingsDock", "info"));
    }
    return {};
}

FindingsDock::FindingsDock(QWidget* parent) : QDockWidget(tr("Findings"), parent)
{
    setObjectName(QStringLiteral("findingsDock"));
    auto* body = new QWidget(this);
    m_model = new FindingsTreeModel(this);
    m_model->setGrouping(groupingFromName(AppSettings().findingsGrouping.value()));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(4);
    m_grouping = new QComboBox(body);
    m_grouping->setObjectName(QStringLiteral("findingsGrouping"));
    m_grouping->addItem(tr("By rule"), QStringLiteral("rule"));
    m_grouping->addItem(tr("By column"), QStringLiteral("column"));
    m_grouping->addItem(tr("By severity"), QStringLiteral("severity"));
    m_grouping->addItem(tr("Not grouped"), QStringLiteral("none"));
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(AppSettings().findingsGrouping.value())));
    m_grouping->setAccessibleName(tr("Group findings"));
    m_grouping->setToolTip(tr("Group the findings by rule, by column or by severity, with a count per group"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_grouping->currentData().toString();
        AppSettings().findingsGrouping.setValue(name);
        m_model->setGrouping(groupingFromName(name));
    });
    bar->addWidget(m_grouping);

    for (Severity severity : kOrder) {
        auto* button = new QToolButton(body);
        button->setObjectName(QStringLiteral("filter_") + severityName(severity));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(icons::severity(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("Show or hide %1 findings, in this list and in the grid")
                               .arg(FindingsTreeModel::severityText(severity)));
        button->setAccessibleDescription(button->toolTip());
        connect(button, &QToolButton::toggled, this, &FindingsDock::applySeverities);
        m_buttons[std::size_t(severity)] = button;
        bar->addWidget(button);
    }

    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Filter findings"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter findings"));
    m_search->setToolTip(tr("Show the findings whose rule, column, value, key or message contains this text"));
    m_search->addAction(icons::named("search"), QLineEdit::LeadingPosition);
    // The line edit's icon buttons (the search icon, the clear button) have no text and so no name of their own.
    for (QToolButton* button : m_search->findChildren<QToolButton*>())
        if (button->text().isEmpty()) {
            const QAction* action = button->defaultAction();
            const bool clears = action && action->objectName() == QLatin1String("_q_qlineeditclearaction");
            button->setAccessibleName(clears ? tr("Clear the filter") : tr("Filter findings"));
        }
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a word filters once, not once per letter
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text().trimmed()); });
    bar->addWidget(m_search, 1);

    m_showRows = new QToolButton(body);
    m_showRows->setObjectName(QStringLiteral("findingsShowRows"));
    m_showRows->setText(tr("Show Rows"));
    m_showRows->setIcon(icons::named("show-rows"));
    m_showRows->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showRows->setAutoRaise(true);
    m_showRows->setToolTip(tr("Show only the rows of the chosen finding or group in the grid"));
    m_showRows->setAccessibleDescription(m_showRows->toolTip());
    connect(m_showRows, &QToolButton::clicked, this, &FindingsDock::requestShowRows);
    bar->addWidget(m_showRows);
    for (const auto& [name, text, tip, icon] :
         {std::tuple{"findingsPrevious", tr("Previous"), tr("The previous finding in the grid (Shift+F8)"),
                     "previous-finding"},
          std::tuple{"findingsNext", tr("Next"), tr("The next finding in the grid (F8)"), "next-finding"}}) {
        auto* button = new QToolButton(body);
        button->setObjectName(QLatin1String(name));
        button->setIcon(icons::named(icon));
        button->setAutoRaise(true);
        button->setToolTip(tip);
        button->setAccessibleName(text);
        button->setAccessibleDescription(tip);
        connect(button, &QToolButton::clicked, this,
                QLatin1String(name) == QLatin1String("findingsNext") ? &FindingsDock::nextRequested
                                                                     : &FindingsDock::previousRequested);
        bar->addWidget(button);
    }

    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setAccessibleDescription(
        tr("The findings, grouped; Enter goes to a finding's cell, the arrow keys open and close groups"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several findings can be chosen at once to waive or mark them together.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true); // never measures rows: a million findings scroll like ten
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->header()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(FindingsTreeModel::SeverityColumn,
                                     new SeverityDelegate(int(FindingsTreeModel::Role::Severity), m_view));
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(FindingsTreeModel::SeverityColumn, digit * 30);
    m_view->setColumnWidth(FindingsTreeModel::RuleColumn, digit * 22);
    m_view->setColumnWidth(FindingsTreeModel::TableColumn, digit * 14);
    m_view->setColumnWidth(FindingsTreeModel::RowColumn, digit * 7);
    m_view->setColumnWidth(FindingsTreeModel::KeyColumn, digit * 16);
    m_view->setColumnWidth(FindingsTreeModel::ColumnColumn, digit * 16);
    m_view->setColumnWidth(FindingsTreeModel::ValueColumn, digit * 18);
    m_view->setColumnWidth(FindingsTreeModel::MessageColumn, digit * 70);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::onActivated);
    // One click is enough to go to the finding, in whichever table's tab it is.
    connect(m_view, &QAbstractItemView::clicked, this, &FindingsDock::onActivated);
    // The window builds the menu (quick fixes live outside the panel); the panel only says which finding.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const std::int64_t finding = liveFindingOf(m_view->indexAt(pos));
        if (finding >= 0)
            emit contextMenuRequested(qulonglong(finding), m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &FindingsTreeModel::arranged, this, [this] {
        // One group open at first: the worst one, so the panel shows findings, not only headings.
        if (m_model->grouping() != FindingsTreeModel::Grouping::None && m_model->rowCount() > 0)
            m_view->expand(m_model->index(0, 0));
        // A group's heading (its name and count) runs across the columns instead of being cut at the first.
        const bool grouped = m_model->grouping() != FindingsTreeModel::Grouping::None;
        for (int row = 0; grouped && row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        m_view->setColumnHidden(FindingsTreeModel::TableColumn,
                                !m_model->findings() || m_model->findings()->tables().size() <= 1);
        updateCounts();
    });

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setContentsMargins(6, 2, 6, 2);
    connect(m_summary, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_model->setFilterText({});
        showAllSeverities();
    });

    // Decisions of a review: what is hidden, and a switch to show it.
    auto* triageRow = new QHBoxLayout;
    triageRow->setContentsMargins(6, 0, 4, 0);
    m_triageNote = new QLabel(body);
    m_triageNote->setObjectName(QStringLiteral("findingsTriageNote"));
    m_showDecided = new QToolButton(body);
    m_showDecided->setObjectName(QStringLiteral("findingsShowDecided"));
    m_showDecided->setCheckable(true);
    m_showDecided->setAutoRaise(true);
    m_showDecided->setText(tr("Show Them"));
    m_showDecided->setAccessibleName(tr("Show waived and false-positive findings"));
    m_showDecided->setToolTip(tr("List the waived and false-positive findings too"));
    connect(m_showDecided, &QToolButton::toggled, this, [this](bool on) {
        m_model->setShowHidden(on);
        updateTriageNote();
        emit showHiddenChanged(on);
    });
    triageRow->addWidget(m_triageNote, 1);
    triageRow->addWidget(m_showDecided);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    layout->addLayout(triageRow);
    layout->addWidget(m_summary);
    setWidget(body);
    setFocusProxy(m_view);
    setNotValidated(tr("Open a file to validate it."));
}

void FindingsDock::setFindings(const std::shared_ptr<const FindingStore>& store, bool anotherDocument,
                               std::shared_ptr<const FindingStore> copy)
{
    m_why.clear();
    if (anotherDocument) {
        // Another file: nothing hidden that the user did not hide on this one.
        QSignalBlocker blocker(m_search);
        m_search->clear();
        m_model->setFilterText({});
        showAllSeverities();
    }
    m_live = store;
    m_triage = TriageView();
    std::shared_ptr<const std::vector<bool>> hidden;
    if (store && m_hiddenProvider) {
        m_triage = m_hiddenProvider(*store);
        if (m_triage.hiddenCount() > 0)
            hidden = std::make_shared<const std::vector<bool>>(m_triage.hidden);
    }
    m_model->setFindings(store, std::move(hidden), std::move(copy));
    updateTriageNote();
    updateCounts();
}

void FindingsDock::setHiddenProvider(HiddenProvider provider)
{
    m_hiddenProvider = std::move(provider);
}

bool FindingsDock::showsHidden() const
{
    return m_showDecided->isChecked();
}

void FindingsDock::refreshHidden()
{
    if (m_live)
        setFindings(m_live);
}

void FindingsDock::updateTriageNote()
{
    const bool any = m_live && m_triage.hiddenCount() > 0;
    QStringList parts;
    if (m_triage.waived > 0)
        parts << tr("%L1 waived").arg(qulonglong(m_triage.waived));
    if (m_triage.falsePositive > 0)
        parts << tr("%L1 false positive").arg(qulonglong(m_triage.falsePositive));
    const QString what = parts.join(QStringLiteral(", "));
    m_triageNote->setText(!any                         ? QString()
                          : m_showDecided->isChecked() ? tr("%1 shown").arg(what)
                                                       : tr("%1 hidden").arg(what));
    m_triageNote->setVisible(any);
    m_showDecided->setVisible(any);
    m_showDecided->setText(m_showDecided->isChecked() ? tr("Hide Them") : tr("Show Them"));
}

std::vector<std::size_t> FindingsDock::selectedFindings() const
{
    std::vector<std::size_t> out;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const std::int64_t live = liveFindingOf(index);
        if (live >= 0)
            out.push_back(std::size_t(live));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::int64_t FindingsDock::liveFindingOf(const QModelIndex& index) const
{
    const std::int64_t shown = index.isValid() ? m_model->storeIndex(index) : -1;
    const FindingStore* snapshot = m_model->findings().get();
    if (shown < 0 || !snapshot || !m_live || std::size_t(shown) >= snapshot->size())
        return -1;
    // The snapshot was copied from the live store, so the index matches until an edit re-checks rows; after one,
    // the same finding (rule, table, record, column) is looked up among the record's.
    const FindingRecord& r = snapshot->record(std::size_t(shown));
    const QString& rule = snapshot->rules()[r.rule].id;
    const auto same = [&](std::size_t i) {
        const FindingRecord& l = m_live->record(i);
        return l.table == r.table && l.record == r.record && l.column == r.column && m_live->rules()[l.rule].id == rule;
    };
    if (std::size_t(shown) < m_live->size() && same(std::size_t(shown)))
        return shown;
    if (r.record == kNoRecord)
        return -1;
    for (std::size_t i : FindingIndex::findingsAt(*m_live, r.table, r.record, r.column))
        if (same(i))
            return std::int64_t(i);
    return -1;
}

void FindingsDock::setNotValidated(const QString& why)
{
    m_live.reset();
    m_triage = TriageView();
    updateTriageNote();
    m_why = why;
    m_model->setFindings(nullptr);
    updateCounts();
}

unsigned FindingsDock::severityMask() const
{
    unsigned mask = 0;
    for (Severity severity : kOrder)
        if (m_buttons[std::size_t(severity)]->isChecked())
            mask |= 1u << unsigned(severity);
    return mask;
}

void FindingsDock::showAllSeverities()
{
    for (Severity severity : kOrder) {
        QSignalBlocker blocker(m_buttons[std::size_t(severity)]);
        m_buttons[std::size_t(severity)]->setChecked(true);
    }
    applySeverities();
}

QString FindingsDock::countsText(const FindingStore& store)
{
    if (store.isEmpty())
        return tr("no findings");
    QStringList parts;
    for (Severity severity : kOrder)
        if (store.count(severity) > 0)
            parts << severityCount(severity, store.count(severity));
    return parts.join(QStringLiteral(", "));
}

void FindingsDock::updateCounts()
{
    for (Severity severity : kOrder) {
        const std::uint64_t n = m_live ? m_live->count(severity) : 0;
        QToolButton* button = m_buttons[std::size_t(severity)];
        button->setText(severityCount(severity, n));
        button->setAccessibleName(tr("Show %1").arg(severityCount(severity, n)));
        button->setEnabled(m_live != nullptr);
    }
    if (!m_live) {
        setWindowTitle(tr("Findings"));
        m_summary->setText(m_why.toHtmlEscaped());
        return;
    }
    setWindowTitle(tr("Findings \u2014 %1").arg(countsText(*m_live)));
    if (m_model->isBuilding() && m_model->shownCount() == 0) {
        m_summary->setText(tr("Arranging %L1 findings\u2026").arg(qulonglong(m_live->size())));
        return;
    }
    const std::size_t shown = m_model->shownCount();
    // Waived and false-positive findings have their own note (and switch) below the list.
    const std::size_t decided = m_model->showsHidden() ? 0 : std::size_t(m_triage.hiddenCount());
    const std::size_t total = m_model->totalCount() - std::min(decided, m_model->totalCount());
    if (shown == total) {
        m_summary->setText(total == 0 ? tr("No findings: every rule passed.") : QString());
        return;
    }
    // Say what is hidden, by severity, so hidden errors are never a quiet "158 of 160".
    QStringList hidden;
    const unsigned mask = severityMask();
    for (Severity severity : kOrder)
        if (!(mask & (1u << unsigned(severity))) && m_live->count(severity) > 0)
            hidden << severityCount(severity, m_live->count(severity));
    QString text = tr("Showing %L1 of %L2 findings").arg(qulonglong(shown)).arg(qulonglong(total));
    if (!hidden.isEmpty())
        text += tr("; hidden: %1").arg(hidden.join(QStringLiteral(", ")));
    if (!m_search->text().trimmed().isEmpty())
        text += tr("; filtered by \u201c%1\u201d").arg(m_search->text().trimmed());
    m_summary->setText(text.toHtmlEscaped() + QStringLiteral(" \u2014 <a href=\"#all\">%1</a>").arg(tr("Show all")));
}

void FindingsDock::applySeverities()
{
    const unsigned mask = severityMask();
    m_model->setSeverityMask(mask);
    emit severityMaskChanged(mask);
    updateCounts();
}

bool FindingsDock::activateRow(int row)
{
    const auto& order = m_model->order();
    if (row < 0 || std::size_t(row) >= order.size())
        return false;
    const QModelIndex index = m_model->indexOfFinding(order[std::size_t(row)]);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    onActivated(index);
    return true;
}

bool FindingsDock::selectFinding(std::size_t storeIndex)
{
    const QModelIndex index = m_model->indexOfFinding(storeIndex);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void FindingsDock::onActivated(const QModelIndex& index)
{
    if (!index.isValid() || index.data(int(FindingsTreeModel::Role::IsGroup)).toBool())
        return;
    const QString table = index.data(int(FindingsTreeModel::Role::TableName)).toString();
    const auto record = RecordId(index.data(int(FindingsTreeModel::Role::RecordId)).toULongLong());
    const int column = index.data(int(FindingsTreeModel::Role::ColumnIndex)).toInt();
    emit findingActivated(table, record, column);
}

void FindingsDock::requestShowRows()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    const std::vector<RecordId> records = m_model->recordsOf(first);
    const QString table = m_model->tableOf(first);
    QString label;
    if (first.data(int(FindingsTreeModel::Role::IsGroup)).toBool())
        label =
            tr("rows in \u201c%1\u201d").arg(first.data(Qt::ToolTipRole).toString().section(QLatin1Char(':'), 0, 0));
    else
        label = tr("rows of this %1 finding").arg(first.data(int(FindingsTreeModel::Role::RuleId)).toString());
    emit showRowsRequested(table, records, label);
}

} // namespace plumbline
