#include "shell/source_status_widget.h"

#include "io/formats.h"

#include "table/source_info.h"
#include "table/table.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace plumbline {

namespace {

QLabel* makeLabel(QWidget* parent, const char* objectName, const QString& toolTip)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setToolTip(toolTip);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

SourceStatusWidget::SourceStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sourceStatus"));
    m_rows = makeLabel(this, "rowsLabel", tr("Rows in the table"));
    m_columns = makeLabel(this, "columnsLabel", tr("Columns in the table"));
    m_encoding = makeLabel(this, "encodingLabel", tr("Text encoding of the file"));
    m_delimiter = makeLabel(this, "delimiterLabel", tr("Field delimiter"));
    m_lineEnding = makeLabel(this, "lineEndingLabel", tr("Line endings"));
    m_loadTime = makeLabel(this, "loadTimeLabel", tr("Time taken to read the file"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QLabel* label : labels()) {
        if (label != m_rows) {
            auto* separator = new QFrame(this);
            separator->setFrameStyle(QFrame::VLine | QFrame::Sunken);
            m_separators.append(separator);
            layout->addWidget(separator);
        }
        layout->addWidget(label);
    }
    clear();
}

QList<QLabel*> SourceStatusWidget::labels() const
{
    return {m_rows, m_columns, m_encoding, m_delimiter, m_lineEnding, m_loadTime};
}

QString SourceStatusWidget::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case '\t':
        return tr("tab");
    case ';':
        return tr("semicolon");
    case '|':
        return tr("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

void SourceStatusWidget::setSource(const Table* table, const SourceInfo& source, bool preview)
{
    if (!table) {
        clear();
        return;
    }
    const QLocale locale;
    const auto rows = qint64(table->rowCount());
    const QString rowText = locale.toString(rows) + (rows == 1 ? tr(" row") : tr(" rows"));
    m_rows->setText(preview ? tr("first %1 shown").arg(rowText) : rowText);
    m_columns->setText(locale.toString(table->columnCount()) +
                       (table->columnCount() == 1 ? tr(" column") : tr(" columns")));
    const bool delimited = isDelimitedText(source.format);
    QString encoding = textEncodingName(source.encoding);
    if (source.bom)
        encoding += tr(" (BOM)");
    m_encoding->setText(encoding);
    m_delimiter->setText(delimited ? delimiterName(source.delimiter) : QString());
    m_lineEnding->setText(delimited ? lineEndingName(source.lineEnding) : QString());
    if (preview)
        m_loadTime->clear();
    else if (source.loadSeconds < 1.0)
        m_loadTime->setText(tr("loaded in %1 ms").arg(std::max(1, qRound(source.loadSeconds * 1000))));
    else
        m_loadTime->setText(tr("loaded in %1 s").arg(locale.toString(source.loadSeconds, 'f', 2)));
    updateVisibility();
}

void SourceStatusWidget::updateVisibility()
{
    const QList<QLabel*> all = labels();
    bool anyBefore = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool shown = !all[i]->text().isEmpty();
        all[i]->setVisible(shown);
        if (i > 0)
            m_separators[i - 1]->setVisible(shown && anyBefore);
        anyBefore = anyBefore || shown;
    }
}

void SourceStatusWidget::clear()
{
    for (QLabel* label : labels())
        label->clear();
    updateVisibility();
}

QString SourceStatusWidget::text() const
{
    QStringList parts;
    for (QLabel* label : labels())
        if (!label->text().isEmpty())
            parts.append(label->text());
    return parts.join(QLatin1String(" | "));
}

} // namespace plumbline
