#pragma once

#include "itemmodels/diff_model.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace plumbline {

/// File → Compare With…: shows what changed between two versions of a dataset (a Comparison from compareVersions,
/// computed by the caller in the background): a summary line, a filter by kind of change, and the list of repeated
/// keys, added and removed records, changed cells and new and gone findings. Owns nothing but its views; the
/// comparison is shared. Usable offscreen (tests drive setComparison and the filter).
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    explicit CompareDialog(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    /// The summary as shown ("… Records before: 6, after: 7. Added: 3, removed: 2, changed: 1, unchanged: 3.
    /// Findings: 6 new, 2 gone.").
    QString summaryText() const;
    /// Shows only rows of this kind (-1: all of them); the filter box follows.
    void showKind(int kind);
    /// Rows shown after the filter.
    int visibleRows() const;
    const DiffModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    DiffModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_summary;
    QComboBox* m_kinds;
    QTableView* m_view;
};

} // namespace plumbline
