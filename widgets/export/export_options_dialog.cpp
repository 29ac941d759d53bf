#include "export/export_options_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace plumbline {

ExportOptionsDialog::ExportOptionsDialog(const FileFormat& format, const QString& fileName, const QStringList& tables,
                                         const QString& currentTable, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    setWindowTitle(tr("Export Options"));
    auto* intro = new QLabel(tr("Export to <b>%1</b> (%2).").arg(fileName.toHtmlEscaped(), format.label), this);
    auto* form = new QFormLayout;

    if (tables.size() > 1) {
        m_table = new QComboBox(this);
        m_table->setObjectName(QStringLiteral("exportTable"));
        if (format.holdsManyTables)
            m_table->addItem(tr("All %1 tables").arg(tables.size()), QString());
        for (const QString& name : tables)
            m_table->addItem(name, name);
        const int current = m_table->findData(currentTable);
        m_table->setCurrentIndex(format.holdsManyTables || current < 0 ? 0 : current);
        form->addRow(tr("&Table:"), m_table);
    }

    if (format.canNormalise) {
        const bool tsv = format.extensions.contains(QLatin1String("tsv"));
        m_normalise = new QCheckBox(tsv ? tr("&Normalise (UTF-8, tab, minimal quoting)")
                                        : tr("&Normalise (UTF-8, comma, minimal quoting)"),
                                    this);
        m_normalise->setObjectName(QStringLiteral("exportNormalise"));
        m_normalise->setToolTip(
            tr("Off: rows you did not change are written exactly as they were read (same encoding, delimiter, "
               "quoting and line endings).\nOn: every row is written as UTF-8 with LF line endings, quoting "
               "only where needed."));
        form->addRow(QString(), m_normalise);

        m_neutraliseFormulas = new QCheckBox(tr("Write &formulas as text (for spreadsheets)"), this);
        m_neutraliseFormulas->setObjectName(QStringLiteral("exportNeutraliseFormulas"));
        m_neutraliseFormulas->setToolTip(
            tr("Off: every value is written as it is.\nOn: values a spreadsheet would run as a formula (starting "
               "with =, +, -, @, a tab or a carriage return; plain numbers aside) get a leading apostrophe, so "
               "spreadsheets show them as text instead of running them."));
        form->addRow(QString(), m_neutraliseFormulas);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportOptions ExportOptionsDialog::options() const
{
    ExportOptions options;
    options.normalise = m_normalise && m_normalise->isChecked();
    options.neutraliseFormulas = m_neutraliseFormulas && m_neutraliseFormulas->isChecked();
    if (m_table)
        options.table = m_table->currentData().toString();
    return options;
}

} // namespace plumbline
