#include "reports/message_writer.h"

#include "reports/report_text.h"
#include "table/table.h"

#include <cstring>

namespace plumbline {

using namespace reporttext;

namespace {

std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace

MessageWriter::MessageWriter(const FindingStore& store) : m_store(store)
{
    for (const auto& rule : store.rules())
        m_templates.push_back(utf8(rule.messageTemplate));
    for (const auto& table : store.tables()) {
        TableNames names;
        for (const auto& column : table.columns)
            names.columns.push_back(utf8(column));
        names.name = utf8(table.name);
        names.keyName = utf8(table.columns.value(table.keyColumn));
        m_tables.push_back(std::move(names));
    }
}

void MessageWriter::append(std::string& out, std::size_t index) const
{
    if (tryAppend(out, index))
        return;
    const QByteArray message = m_store.message(index).toUtf8();
    out.append(message.constData(), std::size_t(message.size()));
}

bool MessageWriter::tryAppend(std::string& out, std::size_t index) const
{
    const FindingRecord& r = m_store.record(index);
    if (r.isSummary())
        return false; // a handful per report: FindingStore formats them
    const TableInfo& info = m_store.tables()[r.table];
    const TableNames& names = m_tables[r.table];
    std::int64_t viewRow = -1;
    if (r.record != kNoRecord && info.table)
        viewRow = info.table->rowOf(r.record);
    // The cells the message reads, trimmed as FindingStore does; nullopt when one is not plain UTF-8.
    bool plain = true;
    const auto cell = [&](int column) -> std::string_view {
        if (viewRow < 0 || column < 0 || column >= info.table->columnCount())
            return {};
        const std::string_view text = info.table->cell(std::size_t(viewRow), column);
        plain = plain && isPlainUtf8(text);
        return trimmed(text);
    };
    const std::string_view key = cell(info.keyColumn);
    const std::string_view tmpl = r.hasOwnMessage() ? m_store.text(r.detail) : std::string_view(m_templates[r.rule]);
    if (!plain || (r.hasOwnMessage() && !isPlainUtf8(tmpl)))
        return false;

    const std::size_t start = out.size();
    if (r.row != 0) {
        out += "Row ";
        appendNumber(out, r.row);
        if (!key.empty()) {
            out += " (";
            out += names.keyName;
            out += ' ';
            appendVisible(out, key);
            out += ')';
        }
        out += ": ";
    }
    const auto columnName = [&](int column) -> std::string_view {
        return column >= 0 && std::size_t(column) < names.columns.size() && column < info.columns.size()
                   ? std::string_view(names.columns[std::size_t(column)])
                   : std::string_view();
    };
    // The same scan as FindingStore::message(): a '{' opens a placeholder when a '}' follows; unknown names are
    // kept as written.
    std::size_t i = 0;
    while (i < tmpl.size()) {
        const std::size_t open = tmpl.find('{', i);
        if (open == std::string_view::npos) {
            out.append(tmpl.substr(i));
            break;
        }
        out.append(tmpl.substr(i, open - i));
        i = open;
        const std::size_t close = tmpl.find('}', open);
        if (close != std::string_view::npos) {
            const std::string_view name = tmpl.substr(open + 1, close - open - 1);
            bool known = true;
            if (name == "value" || name == "suggestion") {
                const std::string_view value = m_store.text(name == "value" ? r.value : r.suggestion);
                plain = plain && isPlainUtf8(value);
                appendVisible(out, value);
            } else if (name == "detail") {
                const std::string_view detail = m_store.text(r.detail);
                plain = plain && isPlainUtf8(detail);
                out.append(detail);
            } else if (name == "column") {
                out.append(columnName(r.column));
            } else if (name == "column2") {
                out.append(columnName(r.column2));
            } else if (name == "key") {
                appendVisible(out, key);
            } else if (name == "value2") {
                appendVisible(out, cell(r.column2));
            } else if (name == "row") {
                appendNumber(out, r.row);
            } else if (name == "table") {
                out.append(names.name);
            } else {
                known = false;
            }
            if (known) {
                i = close + 1;
                continue;
            }
        }
        out += '{';
        ++i;
    }
    if (!plain) {
        out.resize(start);
        return false;
    }
    return true;
}

} // namespace plumbline
