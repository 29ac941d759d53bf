#include "project/cell_history_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

QString localTime(const QString& utc)
{
    const QDateTime time = QDateTime::fromString(utc, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : utc;
}

} // namespace

CellHistoryDialog::CellHistoryDialog(const QString& title, const std::vector<AuditRow>& rows, const QString& note,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cellHistoryDialog"));
    setWindowTitle(tr("History of This Cell"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_table = new QTableWidget(int(rows.size()), 6, this);
    m_table->setObjectName(QStringLiteral("cellHistoryTable"));
    m_table->setAccessibleName(tr("Changes to this cell"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Change"), tr("Old value"), tr("New value"), tr("Rule or action")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < int(rows.size()); ++r) {
        const AuditRow& row = rows[std::size_t(r)];
        const QStringList cells{localTime(row.time), row.user,     row.kind,
                                row.oldValue,        row.newValue, row.rule.isEmpty() ? row.action : row.rule};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto* empty = new QLabel(note, this);
    empty->setObjectName(QStringLiteral("cellHistoryNote"));
    empty->setWordWrap(true);
    empty->setVisible(rows.empty());
    m_table->setVisible(!rows.empty());
    layout->addWidget(empty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 320);
}

} // namespace plumbline
