#pragma once

#include "core/background_task.h"
#include "transforms/transform_spec.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace plumbline {

class ChangePreviewModel;
class Document;

/// A column operation with its parameters and a live preview: trim, tidy spaces, case, RE2 replace with capture
/// groups, split into new columns, join columns, map values through pairs or a two-column file, reformat dates,
/// points from coordinates. Every change of a parameter recomputes, after a short pause and on a snapshot with a
/// BackgroundTask, the first rows that change and how many; Apply makes one undoable command of the result.
class TransformDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransformDialog)

public:
    static constexpr std::size_t kPreviewRows = 200;

    /// table: the table to transform; column: the column chosen at first (the grid's current one).
    TransformDialog(Document* document, int table, int column, QWidget* parent = nullptr);

    /// The operation and parameters as the widgets give them.
    TransformSpec spec() const;
    void setOperation(TransformSpec::Operation operation);

    QComboBox* operationBox() const { return m_operation; }
    QComboBox* columnBox() const { return m_column; }
    QLineEdit* patternEdit() const { return m_pattern; }
    QLineEdit* replacementEdit() const { return m_replacement; }
    QLineEdit* separatorEdit() const { return m_separator; }
    QListWidget* joinList() const { return m_joinColumns; }
    QPlainTextEdit* pairsEdit() const { return m_pairs; }
    QComboBox* dateInputBox() const { return m_dateInput; }
    QLineEdit* dateOutputEdit() const { return m_dateOutput; }
    QComboBox* yColumnBox() const { return m_yColumn; }
    ChangePreviewModel* previewModel() const { return m_preview; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* applyButton() const { return m_apply; }
    /// True while the preview is being computed (or about to be).
    bool isPreviewing() const { return m_task.isRunning() || m_delay.isActive(); }
    /// Cells changed by the last Apply.
    std::size_t appliedCells() const { return m_applied; }

public slots:
    /// Recomputes the preview now (the widgets' changes do it after a pause).
    void refresh();
    void apply();

signals:
    /// A preview (or an error) is on screen.
    void previewed();

private:
    QWidget* buildParameters();
    void schedule();
    void shown(const Result<TransformOutcome>& outcome, const TransformSpec& spec, quint64 generation);

    Document* m_document;
    int m_table;
    QComboBox* m_operation = nullptr;
    QComboBox* m_column = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLineEdit* m_replacement = nullptr;
    QCheckBox* m_caseSensitive = nullptr;
    QLineEdit* m_separator = nullptr;
    QSpinBox* m_maxParts = nullptr;
    QLineEdit* m_names = nullptr;
    QListWidget* m_joinColumns = nullptr;
    QLineEdit* m_joinSeparator = nullptr;
    QComboBox* m_joinTarget = nullptr;
    QLineEdit* m_joinName = nullptr;
    QLineEdit* m_mapFile = nullptr;
    QPlainTextEdit* m_pairs = nullptr;
    QCheckBox* m_mapCase = nullptr;
    QComboBox* m_dateInput = nullptr;
    QLineEdit* m_dateFrom = nullptr;
    QLineEdit* m_dateOutput = nullptr;
    QComboBox* m_yColumn = nullptr;
    QComboBox* m_pointTarget = nullptr;
    QLineEdit* m_pointName = nullptr;
    ChangePreviewModel* m_preview = nullptr;
    QTableView* m_previewView = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_apply = nullptr;
    QTimer m_delay;
    BackgroundTask m_task;
    // The outcome on screen and what it was computed from, for Apply.
    std::optional<TransformOutcome> m_outcome;
    TransformSpec m_outcomeSpec;
    quint64 m_outcomeGeneration = 0;
    std::size_t m_applied = 0;
};

} // namespace plumbline
