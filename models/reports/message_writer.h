#pragma once

#include "findings/finding_store.h"

#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// Formats a FindingStore's messages straight into UTF-8: byte for byte what FindingStore::message() gives,
/// converted with toUtf8(), without a QString per finding (the reports' hot path). Templates, column and table
/// names are converted once, here. A finding whose values are not plain, valid UTF-8 (or a summary finding) is
/// formatted through FindingStore::message(), so the two can never disagree.
///
/// Reads the store and the tables it points to: neither may change while the writer is used. append() is const
/// and may run on several threads at once.
class MessageWriter
{
public:
    explicit MessageWriter(const FindingStore& store);

    /// Appends the message of finding `index` to out.
    void append(std::string& out, std::size_t index) const;

private:
    struct TableNames
    {
        std::vector<std::string> columns; // UTF-8 header names
        std::string name;
        std::string keyName; // empty when the table has no key column
    };
    /// The fast path; false (out unchanged) when an input needs the QString path.
    bool tryAppend(std::string& out, std::size_t index) const;

    const FindingStore& m_store;
    std::vector<std::string> m_templates; // per rule, UTF-8
    std::vector<TableNames> m_tables;
};

} // namespace plumbline
