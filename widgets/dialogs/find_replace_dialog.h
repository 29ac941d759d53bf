#pragma once

#include "core/background_task.h"
#include "transforms/find_replace.h"

#include <QDialog>
#include <QTimer>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plumbline {

class Document;

/// Find & replace in one table: plain text or an RE2 pattern (with \1 groups in the replacement), whole cell or
/// part, one column or all, case sensitive or not. The matches are counted (and their places kept for Find Next)
/// on a snapshot with a BackgroundTask after each change of the options; Replace changes the current cell, Replace
/// All makes one undoable command of every match, computed on a worker too.
class FindReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceDialog)

public:
    FindReplaceDialog(Document* document, int table, QWidget* parent = nullptr);

    /// The grid's current cell (view row, column): Find Next starts after it, Replace changes it.
    void setCurrentCell(std::size_t row, int column);
    std::optional<CellRef> currentCell() const { return m_current; }
    FindOptions options() const;

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }
    QCheckBox* regexBox() const { return m_regex; }
    QCheckBox* wholeCellBox() const { return m_wholeCell; }
    QCheckBox* caseBox() const { return m_case; }
    QComboBox* scopeBox() const { return m_scope; }
    QLabel* statusLabel() const { return m_status; }
    /// Matches counted for the current options, or -1 while counting (or when the options are invalid).
    qint64 matchCount() const { return m_matchesReady ? qint64(m_matches.size()) : -1; }
    bool isBusy() const { return m_countTask.isRunning() || m_replaceTask.isRunning() || m_delay.isActive(); }

public slots:
    void findNext();
    void replaceCurrent();
    void replaceAll();

signals:
    /// Find Next moved to a cell: the grid shows and selects it.
    void cellFound(int table, qulonglong row, int column);
    /// The matches for the current options are counted (or the options are invalid).
    void counted();
    /// Replace All finished: cells changed.
    void replaced(qulonglong cells);

private:
    void schedule();
    void count();
    bool matchesAreCurrent() const;

    Document* m_document;
    int m_table;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_replace = nullptr;
    QCheckBox* m_regex = nullptr;
    QCheckBox* m_wholeCell = nullptr;
    QCheckBox* m_case = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_findNext = nullptr;
    QPushButton* m_replaceOne = nullptr;
    QPushButton* m_replaceAll = nullptr;
    QTimer m_delay;
    BackgroundTask m_countTask;
    BackgroundTask m_replaceTask;
    std::optional<CellRef> m_current;
    std::vector<CellRef> m_matches; // row-major, for the options and generation below
    bool m_matchesReady = false;
    quint64 m_matchesGeneration = 0;
    bool m_findAfterCount = false;
};

} // namespace plumbline
