#include "itemmodels/table_model.h"

#include "document/document.h"
#include "itemmodels/findings_tree_model.h"
#include "project/hidden_findings.h"
#include "values/show_invisibles.h"
#include "values/text_util.h"

#include <QFont>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QPalette>

#include <algorithm>
#include <climits>

namespace plumbline {

namespace {

/// Longest prefix of s of at most maxBytes that does not split a UTF-8 sequence.
std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes)
{
    if (s.size() <= maxBytes)
        return s;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end; // back off continuation bytes
    return s.substr(0, end);
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString elide(QString text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    text.truncate(maxChars);
    text += QChar(0x2026); // …
    return text;
}

} // namespace

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TableModel::setTable(std::shared_ptr<const Table> table)
{
    show(std::move(table), nullptr, -1);
}

void TableModel::show(std::shared_ptr<const Table> table, Document* document, int tableIndex)
{
    for (const auto& c : m_documentConnections)
        disconnect(c);
    m_documentConnections.clear();
    beginResetModel();
    // The document is in place before the reset ends, so views asking flags() then see an editable model.
    m_document = document;
    m_tableIndex = tableIndex;
    m_storeTable = std::uint16_t(std::max(tableIndex, 0));
    m_table = std::move(table);
    m_types.clear();
    m_referenceHints.clear();
    m_findings.reset();
    m_findingIndex.reset();
    m_columnFindingsValid = false;
    m_rows = 0;
    refreshColumns();
    m_hiddenRecords = m_hidden && m_table ? m_hidden->recordsOf(m_table->name()) : nullptr;
    endResetModel();
}

void TableModel::setReferenceColumns(const QHash<int, QString>& hints)
{
    const int columns = columnCount();
    std::vector<QString> next(std::size_t(std::max(columns, 0)));
    for (auto it = hints.begin(); it != hints.end(); ++it)
        if (it.key() >= 0 && it.key() < columns)
            next[std::size_t(it.key())] = it.value();
    // Without a GUI application (core tests) there is no palette to ask.
    m_linkColor = qobject_cast<QGuiApplication*>(QCoreApplication::instance())
                      ? QGuiApplication::palette().color(QPalette::Link)
                      : QColor(0x1a, 0x5f, 0xb4);
    m_linkFont = QFont(); // only the underline is resolved: the view's font supplies the rest
    m_linkFont.setUnderline(true);
    int first = columns;
    int last = -1;
    for (int c = 0; c < columns; ++c) {
        const bool was = isReferenceColumn(c);
        if (was != !next[std::size_t(c)].isEmpty()) {
            first = std::min(first, c);
            last = std::max(last, c);
        }
    }
    m_referenceHints = std::move(next);
    if (last >= 0 && m_rows > 0)
        emit dataChanged(index(0, first), index(m_rows - 1, last),
                         {Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole, int(Role::IsReference)});
}

void TableModel::setFindings(std::shared_ptr<const FindingStore> store, std::shared_ptr<const FindingIndex> index)
{
    if (!store || !index) {
        store.reset();
        index.reset();
    }
    if (!m_findingIndex && !index)
        return;
    m_findings = std::move(store);
    m_findingIndex = std::move(index);
    m_storeTable = 0;
    m_columnFindingsValid = false;
    if (m_findings && m_table)
        for (std::size_t i = 0; i < m_findings->tables().size(); ++i)
            if (m_findings->tables()[i].name == m_table->name())
                m_storeTable = std::uint16_t(i);
    if (m_rows > 0 && columnCount() > 0) {
        emit dataChanged(this->index(0, 0), this->index(m_rows - 1, columnCount() - 1),
                         {Qt::ToolTipRole, int(Role::FindingSeverity)});
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
}

void TableModel::refreshColumns()
{
    m_rows = 0;
    m_types.clear();
    if (!m_table)
        return;
    // QAbstractItemModel counts rows in int; 2^31 rows is far beyond what a view can scroll anyway.
    m_rows = int(std::min<std::size_t>(m_table->rowCount(), INT_MAX));
    m_types.reserve(std::size_t(m_table->columnCount()));
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_types.push_back(m_table->columnType(c));
    m_referenceHints.resize(std::size_t(m_table->columnCount()));
}

void TableModel::setDocument(Document* document, int table)
{
    if (!document) {
        setTable(nullptr);
        return;
    }
    show(document->sharedTable(table), document, table);
    connectDocument();
}

void TableModel::connectDocument()
{
    auto mine = [this](int table) { return table == m_tableIndex; };
    auto& c = m_documentConnections;
    c << connect(m_document, &Document::cellsChanged, this, &TableModel::onCellsChanged);
    c << connect(m_document, &Document::findingsChanged, this, &TableModel::onFindingsChanged);
    c << connect(m_document, &Document::findingsReset, this, [this] { onFindingsChanged(m_tableIndex, {}); });
    c << connect(m_document, &Document::rowsAboutToBeInserted, this, [this, mine](int t, int first, int last) {
        if (mine(t))
            beginInsertRows({}, first, last);
    });
    c << connect(m_document, &Document::rowsInserted, this, [this, mine](int t) {
        if (!mine(t))
            return;
        m_rows = int(std::min<std::size_t>(m_table->rowCount(), INT_MAX));
        endInsertRows();
    });
    c << connect(m_document, &Document::rowsAboutToBeRemoved, this, [this, mine](int t, int first, int last) {
        if (mine(t))
            beginRemoveRows({}, first, last);
    });
    c << connect(m_document, &Document::rowsRemoved, this, [this, mine](int t) {
        if (!mine(t))
            return;
        m_rows = int(std::min<std::size_t>(m_table->rowCount(), INT_MAX));
        endRemoveRows();
    });
    c << connect(m_document, &Document::tableAboutToBeReset, this, [this, mine](int t) {
        if (mine(t))
            beginResetModel();
    });
    c << connect(m_document, &Document::tableReset, this, [this, mine](int t) {
        if (!mine(t))
            return;
        refreshColumns();
        endResetModel();
    });
    c << connect(m_document, &Document::columnsAboutToBeInserted, this, [this, mine](int t, int first, int last) {
        if (mine(t))
            beginInsertColumns({}, first, last);
    });
    c << connect(m_document, &Document::columnsInserted, this, [this, mine](int t) {
        if (!mine(t))
            return;
        refreshColumns();
        endInsertColumns();
    });
    c << connect(m_document, &Document::columnsAboutToBeRemoved, this, [this, mine](int t, int first, int last) {
        if (mine(t))
            beginRemoveColumns({}, first, last);
    });
    c << connect(m_document, &Document::columnsRemoved, this, [this, mine](int t) {
        if (!mine(t))
            return;
        refreshColumns();
        endRemoveColumns();
    });
}

void TableModel::announceRows(const std::vector<RecordId>& records, int firstColumn, int lastColumn,
                              const QList<int>& roles)
{
    if (m_rows <= 0 || columnCount() <= 0)
        return;
    firstColumn = std::clamp(firstColumn, 0, columnCount() - 1);
    lastColumn = std::clamp(lastColumn, firstColumn, columnCount() - 1);
    int first = 0;
    int last = m_rows - 1;
    if (!records.empty()) {
        first = m_rows;
        last = -1;
        for (const RecordId r : records) {
            const auto row = m_table->rowOf(r);
            if (row < 0 || row >= m_rows)
                continue;
            first = std::min(first, int(row));
            last = std::max(last, int(row));
        }
        if (last < 0)
            return;
    }
    // One signal over the span: views repaint what is visible of it.
    emit dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
    if (roles.contains(int(Role::FindingSeverity)))
        emit headerDataChanged(Qt::Vertical, first, last);
}

void TableModel::onCellsChanged(int table, const std::vector<RecordId>& records, int firstColumn, int lastColumn)
{
    if (table != m_tableIndex)
        return;
    announceRows(records, firstColumn, lastColumn,
                 {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, int(Role::RawBytes), int(Role::IsEdited)});
}

void TableModel::onFindingsChanged(int table, const std::vector<RecordId>& records)
{
    if (table != m_tableIndex)
        return;
    invalidateColumnFindings();
    announceRows(records, 0, columnCount() - 1, {Qt::ToolTipRole, int(Role::FindingSeverity)});
}

const FindingStore* TableModel::store() const
{
    return m_document ? m_document->findings().get() : m_findings.get();
}

const FindingIndex* TableModel::findingIndex() const
{
    return m_document ? m_document->findingIndex(m_tableIndex) : m_findingIndex.get();
}

std::vector<std::size_t> TableModel::shownFindings(std::vector<std::size_t> found) const
{
    const FindingStore* s = store();
    std::erase_if(found, [&](std::size_t i) { return !isFindingShown(i); });
    // Errors first: the worst finding must never hide behind "… and 6 more".
    std::stable_sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) {
        return int(s->record(a).severity) > int(s->record(b).severity);
    });
    return found;
}

std::optional<Severity> TableModel::shownSeverity(std::size_t row, int column) const
{
    const FindingIndex* index = findingIndex();
    if (!index)
        return std::nullopt;
    const RecordId record = m_table->recordId(row);
    const auto worst = column >= 0 ? index->cellSeverity(record, column) : index->rowSeverity(record);
    if (!worst || ((m_severityMask & (1u << unsigned(*worst))) && !mayHideFindingsOf(record)))
        return worst;
    // The worst may be hidden: the worst shown, from the record's own findings (a handful).
    const auto found = shownFindings(column >= 0 ? FindingIndex::findingsAt(*store(), m_storeTable, record, column)
                                                 : FindingIndex::findingsOf(*store(), m_storeTable, record));
    if (found.empty())
        return std::nullopt;
    return store()->record(found.front()).severity;
}

void TableModel::setSeverityMask(unsigned mask)
{
    mask &= (1u << kSeverityCount) - 1;
    if (mask == m_severityMask)
        return;
    m_severityMask = mask;
    if (m_rows > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1),
                         {Qt::ToolTipRole, int(Role::FindingSeverity)});
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
    invalidateColumnFindings();
}

bool TableModel::isFindingShown(std::size_t index) const
{
    const FindingStore* s = store();
    if (!s || index >= s->size())
        return false;
    const FindingRecord& r = s->record(index);
    if (!(m_severityMask & (1u << unsigned(r.severity))))
        return false;
    return !(r.record != kNoRecord && mayHideFindingsOf(r.record) && m_hidden->isHidden(*s, index));
}

void TableModel::setHiddenFindings(std::shared_ptr<const HiddenFindings> hidden)
{
    if (hidden && hidden->empty())
        hidden.reset();
    if (hidden == m_hidden)
        return;
    const bool had = m_hiddenRecords != nullptr;
    m_hidden = std::move(hidden);
    m_hiddenRecords = m_hidden && m_table ? m_hidden->recordsOf(m_table->name()) : nullptr;
    if (!had && !m_hiddenRecords)
        return; // nothing of this table was or is hidden
    if (m_rows > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1),
                         {Qt::ToolTipRole, int(Role::FindingSeverity)});
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
    invalidateColumnFindings();
}

void TableModel::setShowInvisibles(bool on)
{
    if (on == m_showInvisibles)
        return;
    m_showInvisibles = on;
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::DisplayRole});
}

const TableModel::ColumnFindings& TableModel::columnFindings(int column) const
{
    static const ColumnFindings none;
    if (!m_columnFindingsValid) {
        // One pass over the table's findings at the severities shown; kept until the findings or the mask change.
        m_columnFindings.assign(std::size_t(std::max(0, columnCount())), ColumnFindings());
        if (const FindingStore* s = store()) {
            const auto [first, last] = s->rangeOfTable(m_storeTable);
            for (std::size_t i = first; i < last; ++i) {
                const FindingRecord& r = s->record(i);
                if (r.column < 0 || std::size_t(r.column) >= m_columnFindings.size() || !isFindingShown(i))
                    continue;
                ColumnFindings& c = m_columnFindings[std::size_t(r.column)];
                c.worst = c.count ? std::max(c.worst, r.severity) : r.severity;
                ++c.count;
            }
        }
        m_columnFindingsValid = true;
    }
    return column >= 0 && std::size_t(column) < m_columnFindings.size() ? m_columnFindings[std::size_t(column)] : none;
}

void TableModel::invalidateColumnFindings()
{
    m_columnFindingsValid = false;
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int TableModel::keyColumn() const
{
    const FindingStore* s = store();
    if (s && m_storeTable < s->tables().size() && s->tables()[m_storeTable].keyColumn >= 0)
        return s->tables()[m_storeTable].keyColumn;
    if (!m_table)
        return -1;
    // Before a validation names it: a column called like a key.
    static const QStringList keys = {QStringLiteral("reference"),
                                     QStringLiteral("id"),
                                     QStringLiteral("casereference"),
                                     QStringLiteral("sitereference"),
                                     QStringLiteral("applicationreference"),
                                     QStringLiteral("ref")};
    for (const QString& key : keys)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (textutil::foldKey(m_table->columnName(c)) == key)
                return c;
    return -1;
}

QString TableModel::columnTypeText(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return tr("empty");
    case ColumnType::Integer:
        return tr("integer");
    case ColumnType::Decimal:
        return tr("decimal");
    case ColumnType::Boolean:
        return tr("boolean");
    case ColumnType::Date:
        return tr("date");
    case ColumnType::DateTime:
        return tr("datetime");
    case ColumnType::Text:
        return tr("text");
    }
    return columnTypeName(type);
}

QString TableModel::describeFindings(const std::vector<std::size_t>& found, int maxLines) const
{
    QStringList lines;
    const FindingStore* s = store();
    for (std::size_t i = 0; i < found.size() && lines.size() < maxLines; ++i) {
        const FindingRecord& r = s->record(found[i]);
        QString line =
            QStringLiteral("%1 %2: %3")
                .arg(FindingsTreeModel::severityText(r.severity), s->rules()[r.rule].id, s->message(found[i]));
        const QString value = s->qtext(r.value);
        if (values::hasInvisibles(value))
            line += tr(" [value: %1]").arg(values::showInvisibles(value));
        lines << line;
    }
    if (found.size() > std::size_t(maxLines))
        lines << tr("\u2026 and %L1 more").arg(qulonglong(found.size() - std::size_t(maxLines)));
    return lines.join(QLatin1Char('\n'));
}

QString TableModel::findingsToolTip(std::size_t row, int column) const
{
    return describeFindings(
        shownFindings(FindingIndex::findingsAt(*store(), m_storeTable, m_table->recordId(row), column)),
        kMaxTooltipFindings);
}

QVariant TableModel::rowFindingsToolTip(std::size_t row) const
{
    const auto found = shownFindings(FindingIndex::findingsOf(*store(), m_storeTable, m_table->recordId(row)));
    if (found.empty())
        return {};
    return describeFindings(found, kMaxRowTooltipFindings);
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

QString TableModel::displayText(QString value)
{
    value = elide(std::move(value), kMaxDisplayChars);
    // A fixed-height row shows one line: make line breaks visible instead of cutting the cell after the
    // first.
    for (QChar& c : value) {
        if (c == QLatin1Char('\n'))
            c = QChar(0x23CE); // ⏎
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return value;
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!m_table || !index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const auto row = std::size_t(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: {
        // Convert only what can be shown: 4 bytes per character at most in UTF-8.
        const std::string_view cell = m_table->cell(row, column);
        const std::string_view shown = utf8Prefix(cell, std::size_t(kMaxDisplayChars) * 4 + 4);
        QString text = fromUtf8(shown);
        if (shown.size() < cell.size() && text.size() <= kMaxDisplayChars)
            text += QChar(0x2026);
        if (m_showInvisibles)
            text = values::showInvisibles(text);
        return displayText(std::move(text));
    }
    case Qt::EditRole:
        return m_table->cellText(row, column);
    case Qt::ToolTipRole: {
        const std::string_view cell = m_table->cell(row, column);
        if (shownSeverity(row, column))
            return findingsToolTip(row, column); // the findings matter more than the full text here
        if (isReferenceColumn(column) && !cell.empty())
            return m_referenceHints[std::size_t(column)];
        const bool multiLine = cell.find('\n') != std::string_view::npos;
        if (cell.size() <= std::size_t(kTooltipThreshold) && !multiLine)
            return {};
        QString text = fromUtf8(utf8Prefix(cell, std::size_t(kMaxTooltipChars) * 4 + 4));
        if (text.size() <= kTooltipThreshold && !multiLine)
            return {}; // short in characters, long only in bytes
        return elide(std::move(text), kMaxTooltipChars);
    }
    case Qt::AccessibleDescriptionRole:
        // A screen reader hears a cell's findings, severity in words, where a sighted user sees colour and marker.
        return shownSeverity(row, column) ? findingsToolTip(row, column) : QVariant();
    case Qt::TextAlignmentRole: {
        const ColumnType type = m_types[std::size_t(column)];
        if (type == ColumnType::Integer || type == ColumnType::Decimal)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    case Qt::ForegroundRole:
        if (isReferenceColumn(column) && !m_table->cell(row, column).empty())
            return m_linkColor;
        return {};
    case Qt::FontRole:
        if (isReferenceColumn(column) && !m_table->cell(row, column).empty())
            return m_linkFont;
        return {};
    case int(Role::FindingSeverity):
        if (const auto severity = shownSeverity(row, column))
            return int(*severity);
        return {};
    case int(Role::IsReference):
        return isReferenceColumn(column) && !m_table->cell(row, column).empty();
    case int(Role::RecordId):
        return QVariant::fromValue(quint32(m_table->recordId(row)));
    case int(Role::RawBytes): {
        const std::string_view cell = m_table->cell(row, column);
        return QByteArray(cell.data(), qsizetype(cell.size()));
    }
    case int(Role::IsEdited):
        return m_table->overlay().find(m_table->recordId(row), column).has_value();
    default:
        return {};
    }
}

QVariant TableModel::headerDisplay(int column) const
{
    // Two lines: the name, then the inferred type; QHeaderView sizes and paints multi-line text as is.
    return m_table->columnName(column) + QLatin1Char('\n') + columnTypeName(m_types[std::size_t(column)]);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= m_rows)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(section + 1); // people count rows from 1
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case int(Role::RecordId):
            return QVariant::fromValue(quint32(m_table->recordId(std::size_t(section))));
        case int(Role::FindingSeverity): {
            // The row number carries the row's worst finding (whole-row findings such as duplicate rows
            // included), so rows with findings stand out even when their cells are scrolled out of view.
            const auto severity = shownSeverity(std::size_t(section), -1);
            if (!severity)
                return {};
            return int(*severity);
        }
        case Qt::ToolTipRole:
            return findingIndex() ? rowFindingsToolTip(std::size_t(section)) : QVariant();
        default:
            return {};
        }
    }
    if (section >= m_table->columnCount())
        return {};
    const ColumnType type = m_types[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return headerDisplay(section);
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nColumn %2, inferred type: %3")
                          .arg(m_table->columnName(section))
                          .arg(section + 1)
                          .arg(columnTypeText(type));
        if (store() && findingIndex()) {
            const ColumnFindings& stats = columnFindings(section);
            tip +=
                QLatin1Char('\n') + (stats.count ? tr("%Ln finding(s), the worst: %1", nullptr, qlonglong(stats.count))
                                                       .arg(FindingsTreeModel::severityText(stats.worst))
                                                 : tr("No findings"));
        }
        return tip;
    }
    case int(Role::ColumnName):
        return m_table->columnName(section);
    case int(Role::ColumnTypeValue):
        return int(type);
    case int(Role::ColumnTypeName):
        return columnTypeText(type);
    case int(Role::FindingCount):
    case int(Role::FindingSeverity): {
        if (!store() || !findingIndex())
            return {};
        const ColumnFindings& stats = columnFindings(section);
        if (role == int(Role::FindingCount))
            return qulonglong(stats.count);
        return stats.count ? QVariant(int(stats.worst)) : QVariant();
    }
    default:
        return {};
    }
}

Qt::ItemFlags TableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return m_document && !m_document->isReadOnly() ? flags | Qt::ItemIsEditable : flags;
}

bool TableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // Whatever was typed is kept as typed, even where the column expects a date or a number: the checks flag it.
    const QByteArray utf8 = value.toString().toUtf8();
    m_document->setCell(m_tableIndex, m_table->recordId(std::size_t(index.row())), index.column(),
                        std::string(utf8.constData(), std::size_t(utf8.size())));
    return true; // the document's cellsChanged has announced the change (or nothing changed)
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name = roles.key(i);
        name[0] = char(QChar::toLower(uint(name[0])));
        names.insert(roles.value(i), name);
    }
    return names;
}

} // namespace plumbline
