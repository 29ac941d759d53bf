#include "project/handover_conflicts_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

enum Column { What, Where, Mine, Theirs, Choice, ColumnCount };

QString decisionText(const TriageDecision& d)
{
    QString text = triageStateLabel(d.state);
    if (!d.reason.isEmpty())
        text += QStringLiteral(": ") + d.reason;
    if (!d.user.isEmpty())
        text += QStringLiteral(" (%1)").arg(d.user);
    return text;
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

HandoverConflictsDialog::HandoverConflictsDialog(const std::vector<HandoverConflict>& conflicts, const QString& from,
                                                 QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge Conflicts"));
    auto* layout = new QVBoxLayout(this);
    m_summary =
        new QLabel(from.isEmpty() ? tr("%n change(s) in the review you are merging differ from yours. Choose which to "
                                       "keep for each.",
                                       nullptr, int(conflicts.size()))
                                  : tr("%n change(s) in the review from %1 differ from yours. Choose which to keep for "
                                       "each.",
                                       nullptr, int(conflicts.size()))
                                        .arg(from),
                   this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(conflicts.size()), ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Where"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_table->setAccessibleName(tr("Merge conflicts"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Where, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Mine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    for (int row = 0; row < int(conflicts.size()); ++row) {
        const HandoverConflict& c = conflicts[std::size_t(row)];
        const bool cell = c.kind == HandoverConflict::Kind::Cell;
        m_table->setItem(row, What, readOnlyItem(cell ? tr("Cell") : tr("Finding")));
        const QString where = cell ? tr("%1, %2, %3").arg(c.table, c.key, c.column)
                                   : (c.key.isEmpty() ? tr("%1 in %2").arg(c.column, c.table)
                                                      : tr("%1 in %2, %3").arg(c.column, c.table, c.key));
        m_table->setItem(row, Where, readOnlyItem(where));
        m_table->setItem(row, Mine, readOnlyItem(cell ? c.mine : decisionText(c.mineDecision)));
        m_table->setItem(row, Theirs, readOnlyItem(cell ? c.theirs : decisionText(c.decision)));
        auto* box = new QComboBox(m_table);
        box->addItem(tr("Mine"), int(HandoverChoice::Mine));
        box->addItem(tr("Theirs"), int(HandoverChoice::Theirs));
        box->setAccessibleName(tr("Keep for row %1").arg(row + 1));
        m_table->setCellWidget(row, Choice, box);
    }
    layout->addWidget(m_table, 1);

    auto* all = new QHBoxLayout;
    auto* mine = new QPushButton(tr("Keep All &Mine"), this);
    auto* theirs = new QPushButton(tr("Take All &Theirs"), this);
    connect(mine, &QPushButton::clicked, this, [this] { chooseAll(HandoverChoice::Mine); });
    connect(theirs, &QPushButton::clicked, this, [this] { chooseAll(HandoverChoice::Theirs); });
    all->addWidget(mine);
    all->addWidget(theirs);
    all->addStretch(1);
    layout->addLayout(all);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

QComboBox* HandoverConflictsDialog::choiceBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, Choice));
}

std::vector<HandoverChoice> HandoverConflictsDialog::choices() const
{
    std::vector<HandoverChoice> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QComboBox* box = choiceBox(row);
        out.push_back(box && box->currentData().toInt() == int(HandoverChoice::Theirs) ? HandoverChoice::Theirs
                                                                                       : HandoverChoice::Mine);
    }
    return out;
}

void HandoverConflictsDialog::chooseAll(HandoverChoice choice)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QComboBox* box = choiceBox(row))
            box->setCurrentIndex(box->findData(int(choice)));
}

} // namespace plumbline
