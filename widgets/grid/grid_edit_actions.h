#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "table/record_id.h"

class QAction;

namespace plumbline {

class DataGridView;
class Document;

/// The editing actions of one grid, each one undoable command on the grid's document:
///  - Paste (Ctrl+V): a block of tab-separated text as spreadsheets copy it, from the current cell; rows past
///    the end are added; a single value pasted over a selection fills it. A paste that overwrites more than
///    one screen of rows asks first, showing the first changes (before → after) and the count.
///  - Fill Down (Ctrl+D): each selected column takes its top selected cell's value.
///  - Clear Contents (Delete), Insert Row Above / Below (Ctrl+Shift+Up / Ctrl+Shift+Down: as many rows as are
///    selected), Delete Rows (Ctrl+-).
/// The actions are disabled while the grid shows no document (a preview while loading).
class GridEditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridEditActions)

public:
    explicit GridEditActions(DataGridView* view);

    /// In menu order; null entries are separators.
    QList<QAction*> actions() const;
    QAction* pasteAction() const { return m_paste; }
    QAction* fillDownAction() const { return m_fillDown; }
    QAction* clearAction() const { return m_clear; }
    QAction* insertAboveAction() const { return m_insertAbove; }
    QAction* insertBelowAction() const { return m_insertBelow; }
    QAction* deleteRowsAction() const { return m_deleteRows; }
    /// The confirmation of a large paste while it is open (tests answer it), else null.
    QMessageBox* pastePreview() const { return m_preview; }

    /// Pastes text at the current cell. False when nothing could be pasted (no document, no current cell, no
    /// text); true also when a confirmation was opened.
    bool pasteText(const QString& text);
    void fillDown();
    void clearContents();
    void insertRows(bool below);
    void deleteRows();
    /// Enables the actions for whether the grid's model edits a document.
    void updateEnabled();

signals:
    void statusMessage(const QString& message);

private:
    Document* document() const;
    int tableIndex() const;
    /// The record at a view row of the grid (through the row filter and sort), or kNoRecord.
    RecordId recordAt(int row) const;
    /// The view rows touched by the selection, ascending and unique (the current row when nothing is selected).
    std::vector<int> selectedRows() const;
    void applyPaste(const QList<QStringList>& rows, int firstRow, int firstColumn, int addRows);

    DataGridView* m_view;
    QAction* m_paste = nullptr;
    QAction* m_fillDown = nullptr;
    QAction* m_clear = nullptr;
    QAction* m_insertAbove = nullptr;
    QAction* m_insertBelow = nullptr;
    QAction* m_deleteRows = nullptr;
    QPointer<QMessageBox> m_preview;
};

} // namespace plumbline
