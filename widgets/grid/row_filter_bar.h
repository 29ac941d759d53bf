#pragma once

#include "rowview/row_query.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace plumbline {

class DataGridView;
class RowViewModel;

/// The row filter above the grid: which rows (all; with findings; with errors, warnings, notices or info; with
/// findings of a rule; with findings in a column; or a set another panel asked for, such as a finding's rows),
/// a free-text search (plain or RE2, one column or all, case-sensitive on request), the column conditions other
/// panels add (a profile's top value or shape, a dashboard bar) as removable chips, and the sort. Everything it
/// asks for becomes the current grid's RowQuery, built off the GUI thread by its RowViewModel; the bar follows the
/// query of whichever grid is current, so each table keeps its own filter.
class RowFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowFilterBar)

public:
    /// What the Show box offers (the item data of showBox()).
    enum class Show { All, WithFindings, Errors, Warnings, Notices, Info, Rule, Column, Other };
    Q_ENUM(Show)

    explicit RowFilterBar(QWidget* parent = nullptr);

    /// The grid whose rows the bar filters (the current tab's); null: none (the bar disables itself).
    void setGrid(DataGridView* grid);
    DataGridView* grid() const { return m_grid; }

    QComboBox* showBox() const { return m_show; }
    QComboBox* choiceBox() const { return m_choice; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* searchColumnBox() const { return m_searchColumn; }
    QToolButton* regexButton() const { return m_regex; }
    QToolButton* caseButton() const { return m_case; }
    QToolButton* clearButton() const { return m_clear; }
    /// "12,408 of 1,000,000 rows", or "1,000,000 rows" when nothing is filtered.
    QString rowsText() const;

    /// Shows the rows chosen by the Show box now (tests; the box's own signal does the same).
    void setShow(Show show, int choice = -1);
    /// Adds a column condition (a profile or dashboard click) to the current grid's query.
    void addCondition(const ColumnCondition& condition);
    /// Applies the search field now instead of after the typing pause.
    void applySearch();
    /// Every row in the table's order.
    void clearAll();
    /// The findings changed (a new validation): filters that come from them are computed again.
    void findingsChanged();

signals:
    /// The rows shown changed ("12,408 of 1,000,000 rows", "Filtering 1,000,000 rows…").
    void rowsTextChanged(const QString& text);
    void statusMessage(const QString& message, int timeoutMs);

private:
    RowViewModel* rows() const;
    void syncFromQuery();
    void fillChoices();
    void applyShow();
    void apply(RowQuery query);
    void updateChips();
    void updateRowsText();
    std::shared_ptr<const std::vector<quint32>> findingRecords(Show show, int choice, QString* label) const;

    QPointer<DataGridView> m_grid;
    QList<QMetaObject::Connection> m_connections;
    QComboBox* m_show = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_searchColumn = nullptr;
    QToolButton* m_regex = nullptr;
    QToolButton* m_case = nullptr;
    QWidget* m_chips = nullptr;
    QLabel* m_sortLabel = nullptr;
    QToolButton* m_clearSort = nullptr;
    QToolButton* m_clear = nullptr;
    QLabel* m_busy = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_syncing = false;
};

} // namespace plumbline
