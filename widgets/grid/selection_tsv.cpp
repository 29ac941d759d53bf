#include "grid/selection_tsv.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <climits>

namespace plumbline {

namespace {

void appendField(QString& out, const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char('\t')) || value.contains(QLatin1Char('\n')) ||
                             value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('"'));
    if (!needsQuotes) {
        out += value;
        return;
    }
    out += QLatin1Char('"');
    out += QString(value).replace(QLatin1Char('"'), QLatin1String("\"\""));
    out += QLatin1Char('"');
}

} // namespace

TsvCopy selectionToTsv(const QAbstractItemModel& model, const QItemSelection& selection, bool withHeaders,
                       int headerRole, qint64 maxCells)
{
    TsvCopy copy;
    if (selection.isEmpty())
        return copy;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QItemSelectionRange& range : selection) {
        top = std::min(top, range.top());
        left = std::min(left, range.left());
        bottom = std::max(bottom, range.bottom());
        right = std::max(right, range.right());
    }
    if (bottom < top || right < left)
        return copy;
    copy.columns = right - left + 1;
    const qint64 rowBudget = std::max<qint64>(1, maxCells / copy.columns);
    int lastRow = bottom;
    if (qint64(bottom) - top + 1 > rowBudget) {
        lastRow = int(top + rowBudget - 1);
        copy.truncated = true;
    }
    copy.rows = lastRow - top + 1;
    // One rectangle is the common case (a drag, a header click, select all): no per-cell membership test.
    const bool rectangle = selection.size() == 1;

    if (withHeaders) {
        for (int column = left; column <= right; ++column) {
            if (column > left)
                copy.text += QLatin1Char('\t');
            appendField(copy.text, model.headerData(column, Qt::Horizontal, headerRole).toString());
        }
        copy.text += QLatin1Char('\n');
    }
    for (int row = top; row <= lastRow; ++row) {
        for (int column = left; column <= right; ++column) {
            if (column > left)
                copy.text += QLatin1Char('\t');
            const QModelIndex index = model.index(row, column);
            if (rectangle || selection.contains(index))
                appendField(copy.text, model.data(index, Qt::EditRole).toString());
        }
        copy.text += QLatin1Char('\n');
    }
    return copy;
}

QList<QStringList> parseTsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u'\t') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    qsizetype width = 0;
    for (const auto& r : rows)
        width = std::max(width, r.size());
    for (auto& r : rows)
        while (r.size() < width)
            r << QString();
    return rows;
}

} // namespace plumbline
