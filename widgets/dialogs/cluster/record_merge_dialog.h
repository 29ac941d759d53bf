#pragma once

#include "cluster/record_merge.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace plumbline {

class Document;

/// Two records of one table side by side before they are merged: every field of the record kept, of the other
/// one, and of the result; fields the kept record lacks are filled (shown in the result), fields both hold
/// differently are highlighted as conflicts, each with a check box to take the other record's value instead. Below,
/// what else the merge does: the references remapped per table and the old id kept as an identifier. "Merge"
/// applies the plan as one undo step; "Swap" keeps the other record instead. One pair at a time, by design.
class RecordMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordMergeDialog)

public:
    enum Column { FieldColumn, KeepColumn, OtherColumn, ResultColumn, ColumnCount };

    /// document must outlive the dialog; keep and remove are records of table.
    RecordMergeDialog(Document* document, int table, RecordId keep, RecordId remove, QWidget* parent = nullptr);

    const cluster::RecordMergePlan& plan() const { return m_plan; }
    bool isValid() const { return m_valid; }
    QTableWidget* fields() const { return m_fields; }
    QPushButton* mergeButton() const { return m_mergeButton; }
    QPushButton* swapButton() const { return m_swapButton; }
    QLabel* summary() const { return m_summary; }

public slots:
    /// Applies the plan (with the conflict choices) and accepts; false, with the reason shown, when it cannot.
    bool merge();
    /// Keeps the other record instead and plans again.
    void swap();

private:
    void replan();
    void fill();

    Document* m_document;
    int m_table;
    RecordId m_keep;
    RecordId m_remove;
    cluster::RecordMergePlan m_plan;
    bool m_valid = false;
    bool m_applying = false;
    QTableWidget* m_fields = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_swapButton = nullptr;
};

} // namespace plumbline
