#pragma once

#include "project/source_reimport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace plumbline {

/// What a re-import of a changed source did: how many edits were carried over (or were already in the new
/// file), the deletions carried over, the decisions that followed their records, how records were matched, and
/// a table of the edits that were not carried over with the core's reason for each. Shown once the re-imported
/// project is on screen; only informs (the re-import is done, and one Undo takes its edits back).
class ReimportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReimportSummaryDialog)

public:
    /// result: the core's outcome (its plan's data is not used, and may have been dropped).
    explicit ReimportSummaryDialog(const ReimportResult& result, QWidget* parent = nullptr);

    QLabel* summary() const { return m_summary; }
    /// The edits not carried over: table, record, column, edit, reason.
    QTableWidget* notCarried() const { return m_table; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace plumbline
