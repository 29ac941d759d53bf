#pragma once

#include "project/handover_merge.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace plumbline {

/// Shows the conflicts of merging a colleague's hand-over (the same cell edited to two values, the same finding
/// decided two ways) as a table — what, where, mine, theirs — with a choice per row (keep mine or take theirs;
/// mine at first) and buttons to choose the same for every row. Self-contained: the caller plans the merge,
/// shows the dialog and, when it is accepted, applies the plan with choices().
class HandoverConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverConflictsDialog)

public:
    /// from names the colleague ("ann"), for the heading; may be empty.
    HandoverConflictsDialog(const std::vector<HandoverConflict>& conflicts, const QString& from,
                            QWidget* parent = nullptr);

    /// One choice per conflict, in the order given.
    std::vector<HandoverChoice> choices() const;
    /// Sets every row's choice.
    void chooseAll(HandoverChoice choice);

    QTableWidget* table() const { return m_table; }
    /// The choice box of a row (tests).
    QComboBox* choiceBox(int row) const;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace plumbline
