#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace plumbline {

class XlsxArchive;

/// The workbook's shared string table as UTF-8 in one arena (never a QString per string). Rich text runs
/// are concatenated; phonetic guides (rPh) are left out, as Excel shows them only on request.
class XlsxSharedStrings final
{
public:
    std::size_t size() const { return m_offsets.size() - 1; }
    std::string_view at(std::size_t index) const
    {
        return std::string_view(m_arena.data() + m_offsets[index], m_offsets[index + 1] - m_offsets[index]);
    }
    void append(std::string_view text)
    {
        m_arena.insert(m_arena.end(), text.begin(), text.end());
        m_offsets.push_back(m_arena.size());
    }
    void reserve(std::size_t strings) { m_offsets.reserve(strings + 1); }

private:
    std::vector<char> m_arena;
    std::vector<std::size_t> m_offsets{0};
};

/// Streams the shared strings part into strings. budget (bytes) is shared with the cells and decremented
/// by the text kept. Errors name the file and the part.
std::optional<Error> readXlsxSharedStrings(XlsxArchive& archive, const QString& file, const QString& part,
                                           XlsxSharedStrings& strings, qint64& budget, Progress& progress);

} // namespace plumbline
