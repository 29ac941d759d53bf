#pragma once

#include "io/dataset_writer.h"
#include "io/formats.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;

namespace plumbline {

/// Asks what the save dialog cannot: whether to normalise a CSV/TSV export (UTF-8, one delimiter, minimal
/// quoting, LF) instead of keeping the source's dialect, and which table to write when the format holds one
/// table and the dataset has several, and whether to write cells a spreadsheet would run as formulas as text.
/// needed() says whether there is anything to ask.
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportOptionsDialog)

public:
    /// tables: the dataset's table names; currentTable: the one on screen, the default for one-table formats.
    ExportOptionsDialog(const FileFormat& format, const QString& fileName, const QStringList& tables,
                        const QString& currentTable, QWidget* parent = nullptr);

    static bool needed(const FileFormat& format, int tableCount) { return format.canNormalise || tableCount > 1; }

    /// The choices as the core takes them (table empty = every table, for formats that hold many).
    ExportOptions options() const;

    QCheckBox* normaliseBox() const { return m_normalise; }
    /// CSV and TSV: write formula-like cells as text (ExportOptions::neutraliseFormulas); off by default.
    QCheckBox* neutraliseFormulasBox() const { return m_neutraliseFormulas; }
    QComboBox* tableBox() const { return m_table; }

private:
    QCheckBox* m_normalise = nullptr;
    QCheckBox* m_neutraliseFormulas = nullptr;
    QComboBox* m_table = nullptr;
};

} // namespace plumbline
