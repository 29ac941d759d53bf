#pragma once

#include "grid/data_grid_view.h"
#include "table/dataset.h"

#include <QList>
#include <QTabWidget>

#include <memory>

namespace plumbline {

class Document;
class HiddenFindings;
class RowViewModel;
class TableModel;

/// One tab per table of the dataset on screen, each a DataGridView over its own TableModel. The tab bar hides
/// itself while there is a single table (a CSV file looks as it always did). There is always at least one
/// grid: with no dataset it shows an empty model, so actions and tests always have a current grid.
class TableTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableTabs)

public:
    explicit TableTabs(QWidget* parent = nullptr);

    /// Where the user is in every tab, by table name, to carry across a model reset (preview → full table,
    /// a failed load restoring the previous dataset).
    struct State
    {
        QStringList tables;
        QList<DataGridView::ViewState> grids;
        int current = 0;
    };
    State saveState() const;
    /// Restores each grid whose table name is in state, and the current tab if its table is still there.
    void restoreState(const State& state);

    /// Shows dataset's tables (null = one empty grid). New grids get columns sized from a sample and the
    /// first cell current. sameSource: dataset is a newer read of what is on screen (the preview's full
    /// table); if its table names are those on screen, the grids and models are kept (one model reset each)
    /// so that the caller can restore their view state.
    void setDataset(const std::shared_ptr<const Dataset>& dataset, bool sameSource = false);
    /// As setDataset() for a document's tables: the grids edit them and follow their changes and findings.
    void setDocument(Document* document, bool sameSource = false);
    Document* document() const { return m_document; }
    const std::shared_ptr<const Dataset>& dataset() const { return m_dataset; }

    int tableCount() const { return count(); }
    DataGridView* grid(int tab) const;
    /// The tab's table model (behind its row filter and sort).
    TableModel* model(int tab) const;
    /// The tab's row filter and sort.
    RowViewModel* rowView(int tab) const;
    RowViewModel* currentRowView() const { return rowView(currentIndex()); }
    DataGridView* currentGrid() const { return grid(currentIndex()); }
    TableModel* currentModel() const { return model(currentIndex()); }
    /// The table shown in tab (null for the empty grid).
    std::shared_ptr<const Table> table(int tab) const;
    std::shared_ptr<const Table> currentTable() const { return table(currentIndex()); }
    /// The tab showing the table with this name, or -1.
    int tabOf(const QString& tableName) const;

    /// Every grid, now and later: keep the key column in view while scrolling right.
    void setFreezeKeyColumn(bool on);
    bool freezesKeyColumn() const { return m_freezeKey; }
    /// Every grid, now and later: show invisible characters (TableModel::setShowInvisibles).
    void setShowInvisibles(bool on);
    /// Every grid, now and later: the severities shown (TableModel::setSeverityMask).
    void setSeverityMask(unsigned mask);
    /// Every grid, now and later: the findings a review hid (TableModel::setHiddenFindings; null: none).
    void setHiddenFindings(std::shared_ptr<const HiddenFindings> hidden);
    unsigned severityMask() const { return m_severityMask; }
    /// Freezes each grid's key column again (the findings name the key once a validation has run).
    void refreshKeyColumns();

signals:
    /// The current tab's grid changed (another tab, or the grids were rebuilt).
    void currentGridChanged(plumbline::DataGridView* grid);
    /// The current cell of the current grid changed (the current tab's grid only).
    void currentCellChanged(const QModelIndex& current);
    /// A grid's status message ("Copied 3 rows × 2 columns").
    void statusMessage(const QString& message);
    /// The user asked for a grid's context menu at globalPos over index (may be invalid).
    void contextMenuRequested(const QModelIndex& index, const QPoint& globalPos);
    /// Ctrl+click on a cell: the grid's "follow" gesture.
    void followRequested(const QModelIndex& index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTables(const std::shared_ptr<const Dataset>& dataset, bool sameSource);
    /// tableIndex: the table's index in the document (-1 = no document or no table).
    DataGridView* addGrid(const std::shared_ptr<const Table>& table, int tableIndex);
    void clearTabs();
    static QString labelFor(const Table& table);
    static QString toolTipFor(const Table& table);

    void applyOptions(DataGridView* view);

    std::shared_ptr<const Dataset> m_dataset;
    Document* m_document = nullptr;
    bool m_freezeKey = true;
    bool m_showInvisibles = false;
    unsigned m_severityMask = 0xf;
    std::shared_ptr<const HiddenFindings> m_hidden;
};

} // namespace plumbline
