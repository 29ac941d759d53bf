#include "dialogs/cluster/record_merge_dialog.h"

#include "document/document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

QString text(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QTableWidgetItem* item(const QString& value)
{
    auto* i = new QTableWidgetItem(value);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

RecordMergeDialog::RecordMergeDialog(Document* document, int table, RecordId keep, RecordId remove, QWidget* parent)
    : QDialog(parent), m_document(document), m_table(table), m_keep(keep), m_remove(remove)
{
    setWindowTitle(tr("Merge Records \u2013 %1").arg(document->table(table).name()));
    setAccessibleName(windowTitle());
    auto* intro = new QLabel(tr("Check that these are one and the same. The record on the left is kept; the other is "
                                "deleted, and everything that refers to it will refer to the kept one."),
                             this);
    intro->setWordWrap(true);
    m_fields = new QTableWidget(this);
    m_fields->setColumnCount(ColumnCount);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Kept"), tr("Merged into it"), tr("Result")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_fields->setAccessibleName(tr("The two records side by side"));
    m_fields->setTabKeyNavigation(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What else the merge changes"));

    m_mergeButton = new QPushButton(tr("&Merge"), this);
    m_mergeButton->setAccessibleName(tr("Merge the two records"));
    m_swapButton = new QPushButton(tr("&Swap"), this);
    m_swapButton->setAccessibleName(tr("Keep the other record instead"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_swapButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    m_mergeButton->setDefault(false);
    m_mergeButton->setAutoDefault(false); // Enter must not merge by accident

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 520);
    m_fields->setFocus(); // not the Merge button: a stray Enter must not merge

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { merge(); });
    connect(m_swapButton, &QPushButton::clicked, this, &RecordMergeDialog::swap);
    // A conflict's box chooses which value the result takes.
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* changed) {
        if (changed->column() != OtherColumn || !changed->data(Qt::UserRole).isValid())
            return;
        auto& conflict = m_plan.conflicts[std::size_t(changed->data(Qt::UserRole).toInt())];
        conflict.useOther = changed->checkState() == Qt::Checked;
        if (QTableWidgetItem* result = m_fields->item(changed->row(), ResultColumn))
            result->setText(text(conflict.useOther ? conflict.other : conflict.keep));
    });
    connect(document, &Document::cellsChanged, this, [this] { replan(); });
    connect(document, &Document::rowsRemoved, this, [this] { replan(); });
    connect(document, &Document::tableReset, this, [this] { replan(); });
    replan();
}

void RecordMergeDialog::replan()
{
    if (m_applying)
        return;
    auto plan = cluster::planRecordMerge(*m_document, m_table, m_keep, m_remove);
    m_valid = plan.ok();
    if (m_valid) {
        // Keep the user's conflict choices across a re-plan.
        for (auto& c : plan.value().conflicts)
            for (const auto& old : m_plan.conflicts)
                if (old.column == c.column && old.other == c.other)
                    c.useOther = old.useOther;
        m_plan = std::move(plan).value();
    }
    fill();
    if (!m_valid)
        m_summary->setText(plan.error().message);
}

void RecordMergeDialog::fill()
{
    const QSignalBlocker blocker(m_fields);
    m_fields->setRowCount(0);
    m_mergeButton->setEnabled(m_valid);
    m_swapButton->setEnabled(m_valid);
    if (!m_valid)
        return;
    const Table& t = m_document->table(m_table);
    const auto keepRow = std::size_t(t.rowOf(m_plan.keep)), removeRow = std::size_t(t.rowOf(m_plan.remove));
    const QColor conflictColour(255, 214, 153); // the warning orange of the grid, lighter: readable in both themes
    const QColor fillColour(206, 234, 214);
    m_fields->setRowCount(t.columnCount());
    for (int c = 0; c < t.columnCount(); ++c) {
        const QString a = t.cellText(keepRow, c), b = t.cellText(removeRow, c);
        QString result = a;
        m_fields->setItem(c, FieldColumn, item(t.columnName(c)));
        m_fields->setItem(c, KeepColumn, item(a));
        auto* other = item(b);
        m_fields->setItem(c, OtherColumn, other);
        for (const auto& f : m_plan.fills)
            if (f.column == c)
                result = text(f.value);
        const auto conflict = std::find_if(m_plan.conflicts.begin(), m_plan.conflicts.end(),
                                           [c](const cluster::MergeConflict& k) { return k.column == c; });
        auto* res = item(result);
        if (conflict != m_plan.conflicts.end()) {
            other->setFlags(other->flags() | Qt::ItemIsUserCheckable);
            other->setCheckState(conflict->useOther ? Qt::Checked : Qt::Unchecked);
            other->setData(Qt::UserRole, int(conflict - m_plan.conflicts.begin()));
            other->setToolTip(tr("Both records have a value here. Tick to keep this one instead."));
            if (conflict->useOther)
                result = b;
            res->setText(result);
            for (int col = 0; col < ColumnCount; ++col)
                if (QTableWidgetItem* cell = m_fields->item(c, col))
                    cell->setBackground(conflictColour);
            res->setBackground(conflictColour);
            res->setData(Qt::AccessibleDescriptionRole, tr("conflict"));
        } else if (result != a) {
            res->setBackground(fillColour);
            res->setData(Qt::AccessibleDescriptionRole, tr("filled from the other record"));
        }
        m_fields->setItem(c, ResultColumn, res);
    }
    QStringList lines;
    lines << tr("%n field(s) filled from the other record, %1 conflict(s).", "", int(m_plan.fills.size()))
                 .arg(m_plan.conflicts.size());
    for (const auto& r : m_plan.remaps)
        lines << tr("%1.%2: %n reference(s) to %3 will name %4.", "", int(r.records))
                     .arg(m_document->table(r.table).name(), r.column, text(m_plan.removeId), text(m_plan.keepId));
    if (m_plan.identifierTable >= 0)
        lines << tr("%1 is kept as an identifier of %2 (scheme %3).")
                     .arg(text(m_plan.removeId), text(m_plan.keepId), m_plan.identifierScheme);
    if (!m_plan.note.isEmpty())
        lines << m_plan.note;
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool RecordMergeDialog::merge()
{
    if (!m_valid)
        return false;
    // The document announces each step of the merge; the plan must not be re-made under the apply.
    const cluster::RecordMergePlan plan = m_plan;
    m_applying = true;
    const auto error = cluster::applyRecordMerge(*m_document, plan);
    m_applying = false;
    if (error) {
        replan();
        m_summary->setText(error->message);
        return false;
    }
    accept();
    return true;
}

void RecordMergeDialog::swap()
{
    std::swap(m_keep, m_remove);
    m_plan = {};
    replan();
}

} // namespace plumbline
