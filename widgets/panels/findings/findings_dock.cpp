#include "findings/findings_dock.h"

#include "findings/finding.h"
#include "findings/severity_delegate.h"
#include "itemmodels/findings_filter_model.h"
#include "itemmodels/findings_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace plumbline {

namespace {

QString plural(std::uint64_t n, const char* one, const char* many)
{
    return FindingsDock::tr("%L1 %2").arg(qulonglong(n)).arg(FindingsDock::tr(n == 1 ? one : many));
}

QString severityCount(Severity severity, std::uint64_t n)
{
    switch (severity) {
    case Severity::Error:
        return plural(n, "error", "errors");
    case Severity::Warning:
        return plural(n, "warning", "warnings");
    case Severity::Notice:
        return plural(n, "notice", "notices");
    case Severity::Info:
        return plural(n, "info", "info");
    }
    return {};
}

constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

} // namespace

FindingsDock::FindingsDock(QWidget* parent) : QDockWidget(tr("Findings"), parent)
{
    setObjectName(QStringLiteral("findingsDock"));
    auto* body = new QWidget(this);

    m_model = new FindingsModel(this);
    m_filter = new FindingsFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (Severity severity : kOrder) {
        auto* button = new QToolButton(body);
        button->setObjectName(QStringLiteral("filter_") + severityName(severity));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(SeverityDelegate::icon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("Show or hide %1 findings").arg(severityName(severity)));
        connect(button, &QToolButton::toggled, this, &FindingsDock::applyFilter);
        m_buttons[std::size_t(severity)] = button;
        bar->addWidget(button);
    }
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed heights and widths: the view never measures rows, so a million findings scroll like ten.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(FindingsModel::SeverityColumn, digit * 9 + 24); // the dot and "warning"
    m_view->setColumnWidth(FindingsModel::RuleColumn, digit * 24);
    m_view->setColumnWidth(FindingsModel::TableColumn, digit * 16);
    m_view->setColumnWidth(FindingsModel::RowColumn, digit * 7);
    m_view->setColumnWidth(FindingsModel::ColumnColumn, digit * 16);
    m_view->setColumnWidth(FindingsModel::ValueColumn, digit * 18);
    m_view->setColumnWidth(FindingsModel::MessageColumn, digit * 70);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::onActivated);
    // One click is enough to go to the finding, in whichever table's tab it is (activated alone needs a
    // double click on most styles).
    connect(m_view, &QAbstractItemView::clicked, this, &FindingsDock::onActivated);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(body);
    setNotValidated(tr("Open a file to validate it."));
}

void FindingsDock::setFindings(std::shared_ptr<const FindingStore> store)
{
    // The Table column only says something when the source has several tables.
    m_view->setColumnHidden(FindingsModel::TableColumn, !store || store->tables().size() <= 1);
    m_model->setFindings(std::move(store));
    updateCounts();
}

void FindingsDock::setNotValidated(const QString& why)
{
    m_model->setFindings(nullptr);
    updateCounts();
    setWindowTitle(tr("Findings"));
    m_summary->setText(why);
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
    const auto& store = m_model->findings();
    for (Severity severity : kOrder) {
        const std::uint64_t n = store ? store->count(severity) : 0;
        m_buttons[std::size_t(severity)]->setText(severityCount(severity, n));
        m_buttons[std::size_t(severity)]->setEnabled(store != nullptr);
    }
    if (!store)
        return;
    setWindowTitle(tr("Findings \u2014 %1").arg(countsText(*store)));
    const int shown = m_filter->rowCount();
    m_summary->setText(qulonglong(shown) == store->size()
                           ? QString()
                           : tr("showing %L1 of %L2").arg(shown).arg(qulonglong(store->size())));
}

void FindingsDock::applyFilter()
{
    unsigned mask = 0;
    for (Severity severity : kOrder)
        if (m_buttons[std::size_t(severity)]->isChecked())
            mask |= FindingsFilterModel::bit(severity);
    m_filter->setSeverityMask(mask);
    updateCounts();
}

bool FindingsDock::activateRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    onActivated(index);
    return true;
}

void FindingsDock::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString table = index.data(int(FindingsModel::Role::TableName)).toString();
    const auto record = RecordId(index.data(int(FindingsModel::Role::RecordId)).toULongLong());
    const int column = index.data(int(FindingsModel::Role::ColumnIndex)).toInt();
    emit findingActivated(table, record, column);
}

} // namespace plumbline
