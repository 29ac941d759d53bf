#pragma once

// Small helpers shared by the tst_* suites of models/values: reading the real files in /work/shared/data
// without depending on the CSV reader (these suites test value semantics, not parsing of files).

#include <QFile>
#include <QString>

#include <string>
#include <vector>

namespace values_test {

/// The bytes of a file under PLUMBLINE_SHARED_DATA, or an empty string with `found` false.
inline std::string readShared(const char* relative, bool* found)
{
    QFile file(QStringLiteral(PLUMBLINE_SHARED_DATA "/") + QLatin1String(relative));
    *found = file.open(QIODevice::ReadOnly);
    if (!*found)
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

/// RFC 4180 records (quotes, doubled quotes, CR/LF inside quotes). Good enough for the small real files.
inline std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// Column index of `name` in the header row, or -1.
inline int columnIndex(const std::vector<std::string>& header, const char* name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return int(i);
    return -1;
}

/// Every string value of `"key": "value"` pairs in a JSON text (no escapes inside the value).
inline std::vector<std::string> jsonStringValues(const std::string& json, const std::string& key)
{
    std::vector<std::string> values;
    const std::string needle = "\"" + key + "\"";
    for (std::size_t pos = json.find(needle); pos != std::string::npos; pos = json.find(needle, pos + 1)) {
        std::size_t p = pos + needle.size();
        while (p < json.size() && (json[p] == ' ' || json[p] == ':'))
            ++p;
        if (p >= json.size() || json[p] != '"')
            continue;
        const std::size_t end = json.find('"', p + 1);
        if (end == std::string::npos)
            break;
        values.push_back(json.substr(p + 1, end - p - 1));
    }
    return values;
}

} // namespace values_test
