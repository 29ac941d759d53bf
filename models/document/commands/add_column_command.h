#pragma once

#include "table/cell_change.h"

#include <QUndoCommand>

namespace plumbline {

class Document;

/// Appends a column (a split's parts, a joined value, a mapped code) with its values; undo removes it.
class AddColumnCommand final : public QUndoCommand
{
public:
    AddColumnCommand(Document* document, int table, const QString& name, CellChanges values, const QString& text,
                     QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_table;
    QString m_name;
    CellChanges m_values;
};

} // namespace plumbline
