#pragma once

#include "core/progress.h"
#include "table/column_type.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace plumbline {

class Table;

/// A value (or a shape) and how many cells hold it.
struct ValueCount
{
    std::string value; ///< UTF-8, as stored
    std::uint64_t count = 0;
};

/// One bar of a histogram: values in [low, high) (the last bar includes high). For dates, low and high are days
/// since 1970-01-01.
struct HistogramBin
{
    QString label; ///< "2019-03", "2019", "10 – 20"
    double low = 0;
    double high = 0;
    std::uint64_t count = 0;
};

/// What a column really holds: the answer to "what values does this column have?".
struct ColumnProfile
{
    QString name;
    int column = -1;
    /// The type most non-blank values have (integer, decimal, date, datetime, boolean, text; empty when every
    /// cell is blank) and how many non-blank values are of it (a number column with two words in it says so).
    ColumnType type = ColumnType::Empty;
    std::uint64_t typed = 0;
    std::uint64_t count = 0;        ///< cells (the table's rows)
    std::uint64_t empty = 0;        ///< blank cells: empty or only spaces
    std::uint64_t distinct = 0;     ///< distinct non-blank values
    std::vector<ValueCount> top;    ///< most frequent non-blank values, most frequent first (ties by value)
    std::vector<ValueCount> shapes; ///< most frequent shapes (values::valueShape) of non-blank values
    /// Numbers and dates: the smallest, largest and median value of the type, as text (numbers as written by
    /// QString::number, dates ISO); empty for other types.
    QString min;
    QString max;
    QString median;
    double minValue = 0; ///< numbers: the number; dates: days since 1970-01-01
    double maxValue = 0;
    double medianValue = 0;
    enum class Histogram { None, Numbers, Months, Years };
    Histogram histogramKind = Histogram::None;
    std::vector<HistogramBin> histogram;

    double completeness() const { return count ? double(count - empty) / double(count) : 0.0; }
    bool hasRange() const { return !min.isEmpty(); }
};

struct ProfileOptions
{
    int topValues = 10;
    int topShapes = 10;
    int bins = 20; ///< number histograms; month histograms have one bar per month (per year beyond 20 years)
    /// Threads that share the counting of one column's values (1: the calling thread only). profileColumns sets it
    /// for each column from its own thread count.
    int threads = 1;
};

/// Profiles one column of table (a snapshot: nothing may change it meanwhile), counting every cell as the user
/// sees it (edits included). Dictionary columns are counted by code; other columns through one hash of their
/// values (countDistinctValues, on options.threads threads); each distinct value is typed and shaped once. Polls
/// progress (may be null) and returns a partial profile when it is canceled.
ColumnProfile profileColumn(const Table& table, int column, const ProfileOptions& options = {},
                            Progress* progress = nullptr);
/// Profiles columns (empty: all) on up to threads threads (0: one per core), in the order given.
std::vector<ColumnProfile> profileColumns(const Table& table, std::vector<int> columns, const ProfileOptions& options,
                                          Progress& progress, int threads = 0);

/// {name, type, typed, count, empty, distinct, top[{value, count}], min, max, median, shapes[{shape, count}],
/// histogram[{label, low, high, count}]}; min, max and median are null for other types than numbers and dates.
QJsonObject profileToJson(const ColumnProfile& profile);
/// A few lines for people, as `plumbline-cli profile` prints them.
QString profileToText(const ColumnProfile& profile);

} // namespace plumbline
