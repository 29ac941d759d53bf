#pragma once

#include "project/audit_trail.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace plumbline {

/// History of This Cell…: the audit trail's lines for one record and column (old value, new value, the rule or
/// action, user and time), oldest first. Read-only; Close or Escape ends it.
class CellHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellHistoryDialog)

public:
    /// title names the cell ("reference PA/24/0012, column decision_date"); note replaces the table when rows is
    /// empty and says why (no project yet, no edits).
    CellHistoryDialog(const QString& title, const std::vector<AuditRow>& rows, const QString& note,
                      QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace plumbline
