#include "dialogs/compare/compare_dialog.h"

#include "diff/compare_versions.h"
#include "table/dataset.h"
#include "table/table.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plumbline {

CompareDialog::CompareDialog(QWidget* parent)
    : QDialog(parent), m_model(new DiffModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)), m_kinds(new QComboBox(this)), m_keys(new QComboBox(this)),
      m_tables(new QComboBox(this)), m_tablesLabel(new QLabel(tr("&Table:"), this)),
      m_again(new QPushButton(tr("Compare &Again"), this)), m_view(new QTableView(this))
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
    m_kinds->setObjectName(QStringLiteral("compareKinds"));
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this](int i) { showKind(m_kinds->itemData(i).toInt()); });

    // The key and table the records are matched by: a wrong guess (a register keyed by its UPRN, say) is put
    // right here rather than by starting over.
    m_keys->setObjectName(QStringLiteral("compareKey"));
    m_keys->setAccessibleName(tr("Match records by"));
    m_keys->setToolTip(tr("The column that identifies a record in both versions"));
    m_tables->setObjectName(QStringLiteral("compareTable"));
    m_tables->setAccessibleName(tr("Table to compare"));
    m_tablesLabel->setBuddy(m_tables);
    m_again->setObjectName(QStringLiteral("compareAgain"));
    m_again->setAccessibleName(tr("Compare again with this key"));
    m_again->setEnabled(false);
    connect(m_keys, &QComboBox::currentIndexChanged, this, &CompareDialog::updateAgainButton);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &CompareDialog::updateAgainButton);
    connect(m_again, &QPushButton::clicked, this, &CompareDialog::compareAgain);

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
    auto* keyLabel = new QLabel(tr("Match records &by:"), this);
    keyLabel->setBuddy(m_keys);
    filterRow->addWidget(keyLabel);
    filterRow->addWidget(m_keys);
    filterRow->addWidget(m_tablesLabel);
    filterRow->addWidget(m_tables);
    filterRow->addWidget(m_again);

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
        m_keys->clear();
        m_tables->clear();
        m_tablesLabel->hide();
        m_tables->hide();
        m_again->setEnabled(false);
        return;
    }
    fillChoices(*c);
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

void CompareDialog::fillChoices(const Comparison& comparison)
{
    const QSignalBlocker keyBlocker(m_keys);
    const QSignalBlocker tableBlocker(m_tables);
    m_comparedKey = comparison.rows.newKeyColumns;
    m_comparedTable = comparison.newTable ? comparison.newTable->name() : QString();
    m_keys->clear();
    if (m_comparedKey.size() > 1) // a composite key is offered as it is, first
        m_keys->addItem(m_comparedKey.join(QLatin1String(" + ")), m_comparedKey);
    if (comparison.newTable)
        for (int c = 0; c < comparison.newTable->columnCount(); ++c) {
            const QString& name = comparison.newTable->columnName(c);
            m_keys->addItem(name, QStringList{name});
        }
    m_keys->setCurrentIndex(std::max(0, m_keys->findData(m_comparedKey)));

    m_tables->clear();
    if (comparison.oldData && comparison.newData)
        for (const auto& table : comparison.newData->tables)
            if (comparison.oldData->table(table->name()))
                m_tables->addItem(table->name());
    m_tables->setCurrentIndex(std::max(0, m_tables->findText(m_comparedTable)));
    m_tables->setVisible(m_tables->count() > 1);
    m_tablesLabel->setVisible(m_tables->count() > 1);
    updateAgainButton();
}

void CompareDialog::updateAgainButton()
{
    const QStringList key = m_keys->currentData().toStringList();
    m_again->setEnabled(!key.isEmpty() && (key != m_comparedKey || chosenTable() != m_comparedTable));
}

QString CompareDialog::chosenTable() const
{
    // One table each (two CSV files, named after themselves): nothing to choose.
    return m_tables->count() > 1 ? m_tables->currentText() : m_comparedTable;
}

void CompareDialog::chooseKey(const QString& column)
{
    const int i = m_keys->findData(QStringList{column});
    if (i >= 0)
        m_keys->setCurrentIndex(i);
}

void CompareDialog::chooseTable(const QString& table)
{
    const int i = m_tables->findText(table);
    if (i >= 0)
        m_tables->setCurrentIndex(i);
}

void CompareDialog::compareAgain()
{
    const QStringList key = m_keys->currentData().toStringList();
    if (key.isEmpty())
        return;
    emit recompareRequested(m_tables->count() > 1 ? m_tables->currentText() : QString(), key);
}

} // namespace plumbline
