#include "dialogs/compare/compare_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plumbline {

CompareDialog::CompareDialog(QWidget* parent)
    : QDialog(parent), m_model(new DiffModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)), m_kinds(new QComboBox(this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Compare Versions"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DiffModel::KindRole);
    m_filter->setFilterKeyColumn(DiffModel::ChangeColumn);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Comparison summary"));

    m_kinds->setAccessibleName(tr("Show changes of kind"));
    m_kinds->addItem(tr("All changes"), -1);
    m_kinds->addItem(tr("Repeated keys"), int(DiffModel::Kind::DuplicateKey));
    m_kinds->addItem(tr("Added records"), int(DiffModel::Kind::Added));
    m_kinds->addItem(tr("Removed records"), int(DiffModel::Kind::Removed));
    m_kinds->addItem(tr("Changed cells"), int(DiffModel::Kind::Changed));
    m_kinds->addItem(tr("New findings"), int(DiffModel::Kind::NewFinding));
    m_kinds->addItem(tr("Findings gone"), int(DiffModel::Kind::GoneFinding));
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this](int i) { showKind(m_kinds->itemData(i).toInt()); });

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Changes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_kinds);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_kinds);
    filterRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

void CompareDialog::setComparison(std::shared_ptr<const Comparison> comparison)
{
    const Comparison* c = comparison.get();
    m_model->setComparison(std::move(comparison));
    if (!c) {
        m_summary->clear();
        return;
    }
    const TableDiff& d = c->rows;
    QString text =
        tr("%1 → %2, records matched by %3.").arg(d.oldTable, d.newTable, d.newKeyColumns.join(QLatin1String(" + ")));
    text += QLatin1Char(' ') + tr("Records before: %1, after: %2. Added: %3, removed: %4, changed: %5, unchanged: %6.")
                                   .arg(d.oldRecords)
                                   .arg(d.newRecords)
                                   .arg(d.added.size())
                                   .arg(d.removed.size())
                                   .arg(d.changed.size())
                                   .arg(d.unchanged);
    if (!d.duplicates.empty())
        text += QLatin1Char(' ') + tr("Keys on more than one record: %1.").arg(d.duplicates.size());
    if (c->findings)
        text += QLatin1Char(' ') +
                tr("Findings: %1 new, %2 gone.").arg(c->findings->added.size()).arg(c->findings->gone.size());
    m_summary->setText(text);
    m_view->resizeColumnToContents(DiffModel::ChangeColumn);
}

QString CompareDialog::summaryText() const
{
    return m_summary->text();
}

void CompareDialog::showKind(int kind)
{
    const int i = m_kinds->findData(kind);
    if (i >= 0 && i != m_kinds->currentIndex())
        m_kinds->setCurrentIndex(i); // comes back here through the signal
    m_filter->setFilterFixedString(kind < 0 ? QString() : QString::number(kind));
}

int CompareDialog::visibleRows() const
{
    return m_filter->rowCount();
}

} // namespace plumbline
