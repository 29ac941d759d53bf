#include "project/reimport_summary_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

enum Column { TableName, Record, ColumnName, Edit, Reason, ColumnCount };

QTableWidgetItem* reimportItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

ReimportSummaryDialog::ReimportSummaryDialog(const ReimportResult& result, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reimportSummaryDialog"));
    setWindowTitle(tr("Source Re-imported"));
    const ReimportPlan& plan = result.plan;
    auto* layout = new QVBoxLayout(this);

    QStringList lines;
    lines << tr("Re-imported %1 into %2.")
                 .arg(QFileInfo(result.sourcePath).fileName(), QFileInfo(result.outputPath).fileName());
    QStringList counts{tr("%n edit(s) carried over", nullptr, int(plan.cellsReapplied))};
    if (plan.cellsAlreadyInSource)
        counts << tr("%n already in the new file", nullptr, int(plan.cellsAlreadyInSource));
    if (plan.rowsDeleted)
        counts << tr("%n deleted row(s) deleted again", nullptr, int(plan.rowsDeleted));
    if (plan.rowsAdded)
        counts << tr("%n inserted row(s) inserted again", nullptr, int(plan.rowsAdded));
    if (plan.columnsAdded)
        counts << tr("%n added column(s) added again", nullptr, int(plan.columnsAdded));
    lines << counts.join(QStringLiteral(", ")) + QLatin1Char('.');
    QString decisions = tr("%n decision(s) about findings followed their records", nullptr, int(plan.decisions.size()));
    if (plan.decisionsDropped)
        decisions += QStringLiteral("; ") + tr("%n dropped with their rows", nullptr, int(plan.decisionsDropped));
    lines << decisions + QLatin1Char('.');
    for (const TableMatch& match : plan.matches) {
        QString line =
            match.keyColumn.isEmpty()
                ? tr("Records of %1 were matched by row position (the table has no key column).").arg(match.table)
                : tr("Records of %1 were matched on %2.").arg(match.table, match.keyColumn);
        if (match.duplicateKeys)
            line += QLatin1Char(' ') + tr("%n key(s) repeated: their records were paired in file order.", nullptr,
                                          int(match.duplicateKeys));
        lines << line;
    }
    lines << (plan.notApplied.empty() ? tr("Every edit was carried over.")
                                      : tr("%n edit(s) could not be carried over; they are listed below.", nullptr,
                                           int(plan.notApplied.size())));
    lines << tr("The carried-over edits are one step in the undo history: Undo shows the new file as it is.");
    m_summary = new QLabel(lines.join(QLatin1Char('\n')), this);
    m_summary->setObjectName(QStringLiteral("reimportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(plan.notApplied.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("reimportNotCarried"));
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Record"), tr("Column"), tr("Edit"), tr("Why not")});
    m_table->setAccessibleName(tr("Edits not carried over"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Edit, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    for (int row = 0; row < int(plan.notApplied.size()); ++row) {
        const NotReapplied& n = plan.notApplied[std::size_t(row)];
        m_table->setItem(row, TableName, reimportItem(n.table));
        m_table->setItem(row, Record, reimportItem(n.key));
        m_table->setItem(row, ColumnName, reimportItem(n.column));
        const bool cell = n.reason != NotReapplied::Reason::ColumnAdded;
        m_table->setItem(
            row, Edit,
            reimportItem(cell ? tr("\u201c%1\u201d \u2192 \u201c%2\u201d").arg(n.before, n.after) : QString()));
        m_table->setItem(row, Reason, reimportItem(n.reasonText()));
    }
    m_table->setVisible(!plan.notApplied.empty());
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(plan.notApplied.empty() ? QSize(560, 220) : QSize(820, 420));
}

} // namespace plumbline
