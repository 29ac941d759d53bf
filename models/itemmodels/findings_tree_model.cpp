#include "itemmodels/findings_tree_model.h"

#include "findings/finding_rows.h"
#include "io/parallel_for.h"
#include "table/table.h"
#include "values/show_invisibles.h"

#include <QThread>

#include <algorithm>
#include <limits>
#include <map>

namespace plumbline {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr quintptr kRecordTag = quintptr(1) << 63;
constexpr int kRowBits = 40;

QString severityGroupLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return FindingsTreeModel::tr("Errors");
    case Severity::Warning:
        return FindingsTreeModel::tr("Warnings");
    case Severity::Notice:
        return FindingsTreeModel::tr("Notices");
    case Severity::Info:
        return FindingsTreeModel::tr("Info");
    }
    return {};
}

QString keyText(const FindingStore& store, std::size_t i)
{
    const FindingRecord& r = store.record(i);
    const TableInfo& table = store.tables()[r.table];
    if (r.record == kNoRecord || table.keyColumn < 0 || !table.table || table.keyColumn >= table.table->columnCount())
        return {};
    const std::int64_t row = table.table->rowOf(r.record);
    return row < 0 ? QString() : table.table->cellText(std::size_t(row), table.keyColumn).trimmed();
}

struct Options
{
    FindingsTreeModel::Grouping grouping;
    unsigned mask;
    QString text;
    int sortColumn;
    bool descending;
    std::shared_ptr<const std::vector<bool>> hidden; // per store index; null: none
    bool showHidden;
};

void arrangeWorker(QPromise<FindingsTreeModel::Arrangement>& promise, std::shared_ptr<const FindingStore> store,
                   Options o)
{
    using Arrangement = FindingsTreeModel::Arrangement;
    using Group = FindingsTreeModel::Group;
    using Grouping = FindingsTreeModel::Grouping;
    Arrangement out;
    out.store = store;
    out.hidden = o.hidden;
    const std::size_t n = store->size();
    const std::vector<bool>* hidden = o.hidden && !o.showHidden && o.hidden->size() == n ? o.hidden.get() : nullptr;
    const int threads = std::max(1, QThread::idealThreadCount());

    // 1. Which findings: the severities shown, then the text.
    std::vector<char> keep(n, 0);
    constexpr std::size_t kBlock = 1 << 14;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    parallelFor(o.text.isEmpty() ? 1 : threads, blocks, [&](std::size_t b) {
        if (promise.isCanceled())
            return;
        for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
            const FindingRecord& r = store->record(i);
            if (!(o.mask & (1u << unsigned(r.severity))))
                continue;
            if (hidden && (*hidden)[i])
                continue; // waived or a false positive
            if (!o.text.isEmpty()) {
                const auto has = [&](const QString& s) { return s.contains(o.text, Qt::CaseInsensitive); };
                const bool match = has(store->rules()[r.rule].id) || has(store->columnNames(i).join(u' ')) ||
                                   has(store->qtext(r.value)) || has(keyText(*store, i)) || has(store->message(i));
                if (!match)
                    continue;
            }
            keep[i] = 1;
        }
    });
    if (promise.isCanceled())
        return;
    std::vector<std::uint32_t> kept;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            kept.push_back(std::uint32_t(i));

    // 2. The order: worst severity first, then the column asked for, then the store's order.
    std::vector<QString> texts; // per kept finding, when sorting by a text column
    const int column = o.sortColumn;
    const bool textSort = column == FindingsTreeModel::ValueColumn || column == FindingsTreeModel::MessageColumn ||
                          column == FindingsTreeModel::SuggestionColumn || column == FindingsTreeModel::KeyColumn ||
                          column == FindingsTreeModel::ColumnColumn;
    std::vector<std::uint32_t> position(textSort ? n : 0, 0);
    if (textSort) {
        texts.resize(kept.size());
        parallelFor(threads, kept.size(), [&](std::size_t k) {
            const std::size_t i = kept[k];
            const FindingRecord& r = store->record(i);
            switch (column) {
            case FindingsTreeModel::ValueColumn:
                texts[k] = store->qtext(r.value);
                break;
            case FindingsTreeModel::SuggestionColumn:
                texts[k] = r.hasSuggestion() ? store->qtext(r.suggestion) : QString();
                break;
            case FindingsTreeModel::KeyColumn:
                texts[k] = keyText(*store, i);
                break;
            case FindingsTreeModel::ColumnColumn:
                texts[k] = store->columnNames(i).join(QStringLiteral(", "));
                break;
            default:
                texts[k] = store->message(i);
            }
        });
        for (std::size_t k = 0; k < kept.size(); ++k)
            position[kept[k]] = std::uint32_t(k);
    }
    if (promise.isCanceled())
        return;
    const auto by = [&](std::uint32_t a, std::uint32_t b) -> int { // <0, 0, >0 by the sort column
        const FindingRecord& x = store->record(a);
        const FindingRecord& y = store->record(b);
        switch (column) {
        case FindingsTreeModel::RuleColumn:
            return QString::compare(store->rules()[x.rule].id, store->rules()[y.rule].id);
        case FindingsTreeModel::TableColumn:
            return int(x.table) - int(y.table);
        case FindingsTreeModel::RowColumn: {
            const std::uint32_t rx = currentRowOf(*store, x);
            const std::uint32_t ry = currentRowOf(*store, y);
            return rx < ry ? -1 : (rx > ry ? 1 : 0);
        }
        case FindingsTreeModel::SeverityColumn:
            return 0;
        default:
            if (textSort)
                return QString::compare(texts[position[a]], texts[position[b]], Qt::CaseInsensitive);
            return 0;
        }
    };
    std::stable_sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Severity sa = store->record(a).severity;
        const Severity sb = store->record(b).severity;
        if (sa != sb)
            return column == FindingsTreeModel::SeverityColumn && o.descending ? sa < sb : sa > sb;
        const int c = by(a, b);
        if (c != 0)
            return o.descending ? c > 0 : c < 0;
        return a < b;
    });
    if (promise.isCanceled())
        return;

    // 3. The groups, each in that order; groups by worst severity, then size.
    std::map<std::uint64_t, std::size_t> groupIndex;
    const auto groupKey = [&](const FindingRecord& r) -> std::uint64_t {
        switch (o.grouping) {
        case Grouping::Rule:
            return r.rule;
        case Grouping::Column:
            return (std::uint64_t(r.table) << 32) | std::uint32_t(r.column + 1);
        case Grouping::Severity:
            return 3 - std::uint64_t(r.severity);
        case Grouping::None:
            break;
        }
        return 0;
    };
    const bool multiTable = store->tables().size() > 1;
    for (std::uint32_t i : kept) {
        const FindingRecord& r = store->record(i);
        const std::uint64_t key = groupKey(r);
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            Group g;
            switch (o.grouping) {
            case Grouping::Rule: {
                const RuleInfo& rule = store->rules()[r.rule];
                g.label = rule.title.isEmpty() ? rule.id : QStringLiteral("%1 \u2014 %2").arg(rule.id, rule.title);
                break;
            }
            case Grouping::Column: {
                const TableInfo& t = store->tables()[r.table];
                const QString name = r.column >= 0 && r.column < t.columns.size()
                                         ? t.columns[r.column]
                                         : FindingsTreeModel::tr("(whole row or table)");
                g.label = multiTable ? QStringLiteral("%1.%2").arg(t.name, name) : name;
                break;
            }
            case Grouping::Severity:
                g.label = severityGroupLabel(r.severity);
                break;
            case Grouping::None:
                break;
            }
            g.worst = r.severity;
            it = groupIndex.emplace(key, out.groups.size()).first;
            out.groups.push_back(std::move(g));
        }
        Group& g = out.groups[it->second];
        g.worst = std::max(g.worst, r.severity);
        g.findings.push_back(i);
    }
    std::stable_sort(out.groups.begin(), out.groups.end(), [&](const Group& a, const Group& b) {
        if (a.worst != b.worst)
            return a.worst > b.worst;
        if (o.grouping == Grouping::Severity)
            return false;
        return a.findings.size() > b.findings.size();
    });
    out.groupOf.assign(n, kNone);
    out.rowInGroup.assign(n, 0);
    for (std::size_t g = 0; g < out.groups.size(); ++g) {
        const auto& list = out.groups[g].findings;
        for (std::size_t row = 0; row < list.size(); ++row) {
            out.groupOf[list[row]] = std::uint32_t(g);
            out.rowInGroup[list[row]] = std::uint32_t(row);
            out.order.push_back(list[row]);
        }
    }
    promise.addResult(std::move(out));
}

} // namespace

std::shared_ptr<const FindingStore> snapshotFindings(const FindingStore& live)
{
    auto copy = std::make_shared<FindingStore>(live);
    for (std::size_t t = 0; t < copy->tables().size(); ++t)
        if (const auto& table = copy->tables()[t].table)
            copy->setTableSource(std::uint16_t(t), std::make_shared<const Table>(*table));
    return copy;
}

QString FindingsTreeModel::severityText(Severity severity)
{
    // The same words as severityName() in English, so reports and the panel agree.
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Notice:
        return tr("notice");
    case Severity::Info:
        return tr("info");
    }
    return severityName(severity);
}

FindingsTreeModel::FindingsTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_rowsBehind.count = &findingRowCount;
    m_rowsBehind.records = &findingRecords;
}

void FindingsTreeModel::setFindings(const std::shared_ptr<const FindingStore>& live,
                                    std::shared_ptr<const std::vector<bool>> hidden,
                                    std::shared_ptr<const FindingStore> copy)
{
    m_pendingHidden = std::move(hidden);
    if (!live) {
        m_task.abandon();
        m_pending.reset();
        m_hidden.reset();
        beginResetModel();
        m_store.reset();
        m_groups.clear();
        m_order.clear();
        m_groupOf.clear();
        m_rowInGroup.clear();
        endResetModel();
        emit arranged();
        return;
    }
    m_pending = copy && copy->size() == live->size() ? std::move(copy) : snapshotFindings(*live);
    rebuild();
}

void FindingsTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void FindingsTreeModel::setSeverityMask(unsigned mask)
{
    mask &= (1u << kSeverityCount) - 1;
    if (mask == m_mask)
        return;
    m_mask = mask;
    rebuild();
}

void FindingsTreeModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    rebuild();
}

void FindingsTreeModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuild();
}

void FindingsTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_order2)
        return;
    m_sortColumn = column;
    m_order2 = order;
    rebuild();
}

void FindingsTreeModel::rebuild()
{
    auto store = m_pending ? m_pending : m_store;
    if (!store)
        return;
    m_task.start([this](const Arrangement& a) { adopt(a); }, &arrangeWorker, std::move(store),
                 Options{m_grouping, m_mask, m_text, m_sortColumn, m_order2 == Qt::DescendingOrder,
                         m_pending ? m_pendingHidden : m_hidden, m_showHidden});
}

void FindingsTreeModel::adopt(Arrangement a)
{
    beginResetModel();
    m_store = std::move(a.store);
    m_hidden = std::move(a.hidden);
    if (m_pending == m_store)
        m_pending.reset();
    m_groups = std::move(a.groups);
    m_order = std::move(a.order);
    m_groupOf = std::move(a.groupOf);
    m_rowInGroup = std::move(a.rowInGroup);
    if (!grouped()) {
        // One invisible group: the findings are the top level.
        if (m_groups.size() != 1) {
            Group all;
            all.findings = m_order;
            m_groups.assign(1, std::move(all));
            std::fill(m_groupOf.begin(), m_groupOf.end(), kNone);
            for (std::size_t row = 0; row < m_order.size(); ++row) {
                m_groupOf[m_order[row]] = 0;
                m_rowInGroup[m_order[row]] = std::uint32_t(row);
            }
        }
    }
    endResetModel();
    emit arranged();
}

FindingsTreeModel::Level FindingsTreeModel::levelOf(const QModelIndex& index) const
{
    if (index.internalId() & kRecordTag)
        return Level::Record;
    if (grouped() && index.internalId() == 0)
        return Level::Group;
    return Level::Finding;
}

std::uint32_t FindingsTreeModel::findingAt(const QModelIndex& index) const
{
    const quintptr id = index.internalId();
    if (id & kRecordTag) {
        const std::size_t group = std::size_t((id & ~kRecordTag) >> kRowBits);
        const std::size_t row = std::size_t(id & ((quintptr(1) << kRowBits) - 1));
        return m_groups[group].findings[row];
    }
    const std::size_t group = grouped() ? std::size_t(id - 1) : 0;
    return m_groups[group].findings[std::size_t(index.row())];
}

QModelIndex FindingsTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_groups.empty())
        return {};
    if (!parent.isValid()) {
        if (grouped())
            return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
        return row < int(m_groups[0].findings.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    switch (levelOf(parent)) {
    case Level::Group:
        if (parent.row() >= int(m_groups.size()) || row >= int(m_groups[std::size_t(parent.row())].findings.size()))
            return {};
        return createIndex(row, column, quintptr(parent.row() + 1));
    case Level::Finding: {
        const std::size_t group = grouped() ? std::size_t(parent.internalId() - 1) : 0;
        if (std::size_t(row) >= m_rowsBehind.count(*m_store, findingAt(parent)))
            return {};
        const quintptr id = kRecordTag | (quintptr(group) << kRowBits) | quintptr(parent.row());
        return createIndex(row, column, id);
    }
    case Level::Record:
        return {};
    }
    return {};
}

QModelIndex FindingsTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id & kRecordTag) {
        const std::size_t group = std::size_t((id & ~kRecordTag) >> kRowBits);
        const int row = int(id & ((quintptr(1) << kRowBits) - 1));
        return createIndex(row, 0, grouped() ? quintptr(group + 1) : quintptr(0));
    }
    if (grouped() && id != 0)
        return createIndex(int(id - 1), 0, quintptr(0));
    return {};
}

int FindingsTreeModel::rowCount(const QModelIndex& parent) const
{
    if (m_groups.empty() || !m_store)
        return 0;
    if (!parent.isValid()) {
        const std::size_t n = grouped() ? m_groups.size() : m_groups[0].findings.size();
        return int(std::min<std::size_t>(n, std::size_t(std::numeric_limits<int>::max())));
    }
    if (parent.column() != 0)
        return 0;
    switch (levelOf(parent)) {
    case Level::Group:
        return int(m_groups[std::size_t(parent.row())].findings.size());
    case Level::Finding: {
        // A finding for one row needs no row under it.
        const std::size_t rows = m_rowsBehind.count(*m_store, findingAt(parent));
        return rows > 1 ? int(std::min<std::size_t>(rows, std::size_t(std::numeric_limits<int>::max()))) : 0;
    }
    case Level::Record:
        return 0;
    }
    return 0;
}

bool FindingsTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

int FindingsTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags FindingsTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString FindingsTreeModel::keyOf(std::size_t i) const
{
    return keyText(*m_store, i);
}

QVariant FindingsTreeModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == SeverityColumn)
            return tr("%1 (%L2)").arg(group.label).arg(qulonglong(group.findings.size()));
        return {};
    case Qt::ToolTipRole:
        if (group.findings.size() == 1)
            return tr("%1: 1 finding shown").arg(group.label);
        return tr("%1: %L2 findings shown").arg(group.label).arg(qulonglong(group.findings.size()));
    case int(Role::Severity):
        return int(group.worst);
    case int(Role::IsGroup):
        return true;
    case int(Role::GroupCount):
        return qulonglong(group.findings.size());
    case int(Role::RecordId):
        return qulonglong(kNoRecord);
    default:
        return {};
    }
}

QVariant FindingsTreeModel::findingData(std::size_t i, int column, int role) const
{
    const FindingRecord& r = m_store->record(i);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case SeverityColumn:
            return severityText(r.severity);
        case RuleColumn:
            return m_store->rules()[r.rule].id;
        case TableColumn:
            return m_store->tables()[r.table].name;
        case RowColumn: {
            const std::uint32_t row = currentRowOf(*m_store, r);
            return row ? QVariant(qlonglong(row)) : QVariant();
        }
        case KeyColumn:
            return keyOf(i);
        case ColumnColumn:
            return m_store->columnNames(i).join(QLatin1String(", "));
        case ValueColumn:
            return values::showInvisibles(m_store->qtext(r.value));
        case MessageColumn:
            return m_store->message(i);
        case SuggestionColumn:
            return r.hasSuggestion() ? QVariant(values::showInvisibles(m_store->qtext(r.suggestion))) : QVariant();
        default:
            return {};
        }
    case int(Role::Severity):
        return int(r.severity);
    case int(Role::RuleId):
        return m_store->rules()[r.rule].id;
    case int(Role::TableName):
        return m_store->tables()[r.table].name;
    case int(Role::RecordId):
        return qulonglong(r.record);
    case int(Role::RowNumber):
        return qlonglong(currentRowOf(*m_store, r));
    case int(Role::ColumnIndex):
        return int(r.column);
    case int(Role::Suggestion):
        return r.hasSuggestion() ? QVariant(m_store->qtext(r.suggestion)) : QVariant();
    case int(Role::StoreIndex):
        return qulonglong(i);
    case int(Role::IsGroup):
        return false;
    default:
        return {};
    }
}

QVariant FindingsTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_store)
        return {};
    switch (levelOf(index)) {
    case Level::Group:
        return groupData(m_groups[std::size_t(index.row())], index.column(), role);
    case Level::Finding:
        return findingData(findingAt(index), index.column(), role);
    case Level::Record: {
        const std::size_t i = findingAt(index);
        const auto records = m_rowsBehind.records(*m_store, i);
        if (std::size_t(index.row()) >= records.size())
            return {};
        const RecordId record = records[std::size_t(index.row())];
        const FindingRecord& r = m_store->record(i);
        const TableInfo& table = m_store->tables()[r.table];
        const std::int64_t row = table.table ? table.table->rowOf(record) : -1;
        if (role == int(Role::RecordId))
            return qulonglong(record);
        if (role == int(Role::ColumnIndex))
            return int(r.column);
        if (role == int(Role::TableName))
            return table.name;
        if (role == int(Role::Severity))
            return int(r.severity);
        if (role == int(Role::StoreIndex))
            return qulonglong(i);
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == RowColumn)
            return row >= 0 ? QVariant(qlonglong(row + 1)) : QVariant();
        if (index.column() == KeyColumn && row >= 0 && table.keyColumn >= 0)
            return table.table->cellText(std::size_t(row), table.keyColumn).trimmed();
        if (index.column() == ValueColumn && row >= 0 && r.column >= 0)
            return values::showInvisibles(table.table->cellText(std::size_t(row), r.column));
        return {};
    }
    }
    return {};
}

QVariant FindingsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return grouped() ? tr("Group / Severity") : tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TableColumn:
        return tr("Table");
    case RowColumn:
        return tr("Row");
    case KeyColumn:
        return tr("Key");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("Message");
    case SuggestionColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

QModelIndex FindingsTreeModel::indexOfFinding(std::size_t storeIndex) const
{
    if (storeIndex >= m_groupOf.size() || m_groupOf[storeIndex] == kNone)
        return {};
    const std::uint32_t group = m_groupOf[storeIndex];
    const int row = int(m_rowInGroup[storeIndex]);
    return createIndex(row, 0, grouped() ? quintptr(group + 1) : quintptr(0));
}

std::int64_t FindingsTreeModel::storeIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !m_store || levelOf(index) == Level::Group)
        return -1;
    return std::int64_t(findingAt(index));
}

std::vector<RecordId> FindingsTreeModel::recordsOf(const QModelIndex& index) const
{
    std::vector<RecordId> out;
    if (!index.isValid() || !m_store)
        return out;
    const auto add = [&](std::size_t i) {
        const auto records = m_rowsBehind.records(*m_store, i);
        out.insert(out.end(), records.begin(), records.end());
    };
    switch (levelOf(index)) {
    case Level::Group:
        for (std::uint32_t i : m_groups[std::size_t(index.row())].findings)
            add(i);
        break;
    case Level::Finding:
        add(findingAt(index));
        break;
    case Level::Record: {
        const QVariant record = data(index, int(Role::RecordId));
        if (record.isValid())
            out.push_back(RecordId(record.toULongLong()));
        break;
    }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString FindingsTreeModel::tableOf(const QModelIndex& index) const
{
    if (!index.isValid() || !m_store)
        return {};
    if (levelOf(index) != Level::Group)
        return m_store->tables()[m_store->record(findingAt(index)).table].name;
    const auto& findings = m_groups[std::size_t(index.row())].findings;
    QString name;
    for (std::uint32_t i : findings) {
        const QString& t = m_store->tables()[m_store->record(i).table].name;
        if (name.isNull())
            name = t;
        else if (t != name)
            return {};
    }
    return name;
}

} // namespace plumbline
