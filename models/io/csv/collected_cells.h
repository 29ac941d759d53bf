#pragma once

#include "table/cell_bytes.h"
#include "table/column.h"

#include <QString>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace plumbline {

/// Whether ColumnBuilder::finish would keep a column in dictionary form, given one code per row in first-seen
/// order (so the distinct count after k rows is the largest code among them plus one), the number of distinct
/// values and the cells' total size: the same limit, early exits and size test, evaluated after the fact.
bool dictionaryFormFits(const std::vector<std::uint32_t>& codes, std::size_t distinct, std::uint64_t bytes);

/// Distinct cell values in first-seen order, each with its code (its index), found by hash.
class ValueDictionary final
{
public:
    static constexpr std::uint32_t kNoCode = 0xffffffffU;

    ValueDictionary();

    /// The code of value, added with the next code if new.
    std::uint32_t codeOf(std::string_view value);
    /// The code of value, or kNoCode if it is new and the dictionary already holds `limit` values.
    std::uint32_t codeOf(std::string_view value, std::size_t limit);
    std::size_t size() const { return m_values.size(); }
    std::string_view value(std::uint32_t code) const { return m_values.cell(code); }
    /// The values, in code order, moved out; the dictionary is empty afterwards.
    ColumnBuilder takeValues();
    /// Joins a dictionary built over a later part of the same column: adds part's values that are new here (in
    /// part's first-seen order, so the whole stays in first-seen order) and rewrites codes, which index part, to
    /// index this dictionary. part is left empty.
    void join(ValueDictionary& part, std::uint32_t* codes, std::size_t count);

private:
    void grow();

    ColumnBuilder m_values;
    std::vector<std::uint64_t> m_slots; // (32 bits of hash) << 32 | code, or all ones when empty
};

/// One run's cells of a column that the CSV parser collects during its first pass because the column looked
/// repetitive (ChunkParser, `collect`): dictionary-encoded as they arrive, so that the column's text is held
/// once per distinct value instead of once per row. Should the run show that the column is mostly distinct
/// after all, it switches to keeping the cells plain. finish() joins the runs into the Column that
/// ColumnBuilder::finish would have built from the same cells.
class CollectedCells final
{
public:
    void reserve(std::size_t rows) { m_codes.reserve(rows); }

    /// Appends one row's cell.
    void append(std::string_view cell)
    {
        if (m_plain) {
            m_cells.append(cell);
            return;
        }
        // Registers are often sorted or grouped: a run of equal values skips the hash lookup.
        if (m_previous != ValueDictionary::kNoCode) {
            const std::string_view previous = m_dictionary.value(m_previous);
            if (previous.size() == cell.size() && cellbytes::same(previous.data(), cell.data(), cell.size())) {
                m_codes.push_back(m_previous);
                return;
            }
        }
        appendLookedUp(cell);
    }

    std::size_t rows() const { return m_plain ? m_cells.size() : m_codes.size(); }
    bool isPlain() const { return m_plain; }

    /// Joins runs (in row order) into a column named name, in dictionary form exactly when
    /// ColumnBuilder::finish, given the same cells, would choose it; plainBytes is the cells' total size.
    /// The runs are consumed.
    static Column finish(const QString& name, std::vector<CollectedCells>&& runs, std::uint64_t plainBytes);

private:
    void appendLookedUp(std::string_view cell);
    void switchToPlain();
    ColumnBuilder takePlain();

    ValueDictionary m_dictionary;
    std::vector<std::uint32_t> m_codes;
    std::uint32_t m_previous = ValueDictionary::kNoCode;
    bool m_plain = false;
    ColumnBuilder m_cells; // plain form
};

} // namespace plumbline
