#pragma once

#include "itemmodels/diff_model.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace plumbline {

/// File → Compare With…: shows what changed between two versions of a dataset (a Comparison from compareVersions,
/// computed by the caller in the background): a summary line, a filter by kind of change, and the list of repeated
/// keys, added and removed records, changed cells and new and gone findings. The key the records are matched by
/// (and, for datasets of several tables, the table) can be changed: "Compare Again" asks the caller for a new
/// comparison. Owns nothing but its views; the comparison is shared. Usable offscreen (tests drive
/// setComparison, the filter and the key).
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
    /// Chooses the key column (a column of the new version) and the table; enables "Compare Again".
    void chooseKey(const QString& column);
    void chooseTable(const QString& table);
    /// Asks for the comparison again with the chosen key and table (as the button does).
    void compareAgain();

signals:
    /// The user wants the versions compared again by key (one column, or several for a composite key) in table.
    void recompareRequested(const QString& table, const QStringList& key);

public:
    const DiffModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void fillChoices(const Comparison& comparison);
    void updateAgainButton();
    QString chosenTable() const;

    DiffModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_summary;
    QComboBox* m_kinds;
    QComboBox* m_keys;
    QComboBox* m_tables;
    QLabel* m_tablesLabel;
    QPushButton* m_again;
    QTableView* m_view;
    QStringList m_comparedKey; ///< what the comparison on show was matched by
    QString m_comparedTable;
};

} // namespace plumbline
