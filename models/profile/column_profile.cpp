#include "profile/column_profile.h"

#include "io/parallel_for.h"
#include "profile/distinct_values.h"
#include "table/cell_bytes.h"
#include "table/table.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"
#include "values/value_shape.h"

#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace plumbline {

namespace {

/// Counts shapes (few distinct ones, looked up once per distinct value) by the shared cell hash, without a string
/// built for the lookup.
struct ProfileShapeHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::size_t(cellbytes::hash(s)); }
};
using ProfileShapeCounts = std::unordered_map<std::string, std::uint64_t, ProfileShapeHash, std::equal_to<>>;

std::vector<ValueCount> topOf(std::vector<DistinctValue> items, int n)
{
    const auto order = [](const DistinctValue& a, const DistinctValue& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    const std::size_t k = std::min(items.size(), std::size_t(std::max(0, n)));
    std::partial_sort(items.begin(), items.begin() + std::ptrdiff_t(k), items.end(), order);
    std::vector<ValueCount> out;
    for (std::size_t i = 0; i < k; ++i)
        out.push_back({std::string(items[i].value), items[i].count});
    return out;
}

QString formatNumber(double value)
{
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qlonglong(value));
    return QString::number(value, 'g', 10);
}

QString formatDay(double days)
{
    const auto date = values::civilFromDays(std::int32_t(days));
    return QStringLiteral("%1-%2-%3")
        .arg(date.year, 4, 10, QLatin1Char('0'))
        .arg(date.month, 2, 10, QLatin1Char('0'))
        .arg(date.day, 2, 10, QLatin1Char('0'));
}

/// min, max and the lower median of weighted values (reordered here): a weighted quickselect, linear on average,
/// instead of sorting a million distinct numbers. The median is the first value, in ascending order, at which the
/// running count reaches half, so how ties are ordered does not change it.
void rangeOf(std::vector<std::pair<double, std::uint64_t>>& values, ColumnProfile& p)
{
    std::uint64_t total = 0;
    double lowest = values.front().first;
    double highest = values.front().first;
    for (const auto& v : values) {
        total += v.second;
        lowest = std::min(lowest, v.first);
        highest = std::max(highest, v.first);
    }
    p.minValue = lowest;
    p.maxValue = highest;
    std::uint64_t need = (total + 1) / 2; // the lower median, counted from the left of [from, to)
    auto from = values.begin();
    auto to = values.end();
    while (to - from > 1) {
        const auto pivot = from + (to - from) / 2;
        std::nth_element(from, pivot, to); // [from, pivot) ≤ *pivot ≤ (pivot, to)
        std::uint64_t left = 0;
        for (auto it = from; it != pivot; ++it)
            left += it->second;
        if (need <= left) {
            to = pivot;
        } else if (need <= left + pivot->second) {
            p.medianValue = pivot->first;
            return;
        } else {
            need -= left + pivot->second;
            from = pivot + 1;
        }
    }
    p.medianValue = from->first;
}

void numberHistogram(const std::vector<std::pair<double, std::uint64_t>>& values, ColumnProfile& p, int bins,
                     bool integers)
{
    p.histogramKind = ColumnProfile::Histogram::Numbers;
    const double lo = p.minValue;
    const double hi = p.maxValue;
    if (integers && hi - lo < bins) {
        for (double v = lo; v <= hi; v += 1)
            p.histogram.push_back({formatNumber(v), v, v + 1, 0});
    } else {
        const double width = hi > lo ? (hi - lo) / bins : 1;
        for (int i = 0; i < (hi > lo ? bins : 1); ++i) {
            const double a = lo + width * i;
            const double b = i + 1 == bins ? hi : lo + width * (i + 1);
            p.histogram.push_back({QStringLiteral("%1 \u2013 %2").arg(formatNumber(a), formatNumber(b)), a, b, 0});
        }
    }
    for (const auto& [v, n] : values) {
        std::size_t bin = 0;
        if (integers && hi - lo < bins)
            bin = std::size_t(v - lo);
        else if (hi > lo)
            bin = std::min<std::size_t>(p.histogram.size() - 1, std::size_t((v - lo) / ((hi - lo) / bins)));
        p.histogram[std::min(bin, p.histogram.size() - 1)].count += n;
    }
}

void dateHistogram(const std::vector<std::pair<double, std::uint64_t>>& values, ColumnProfile& p)
{
    const auto first = values::civilFromDays(std::int32_t(p.minValue));
    const auto last = values::civilFromDays(std::int32_t(p.maxValue));
    const int months = (last.year - first.year) * 12 + (last.month - first.month) + 1;
    const bool byYear = months > 240;
    p.histogramKind = byYear ? ColumnProfile::Histogram::Years : ColumnProfile::Histogram::Months;
    if (byYear) {
        for (int y = first.year; y <= last.year; ++y)
            p.histogram.push_back({QString::number(y), double(values::daysFromCivil(y, 1, 1)),
                                   double(values::daysFromCivil(y + 1, 1, 1)), 0});
    } else {
        int y = first.year;
        int m = first.month;
        for (int i = 0; i < months; ++i) {
            const int ny = m == 12 ? y + 1 : y;
            const int nm = m == 12 ? 1 : m + 1;
            p.histogram.push_back(
                {QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')),
                 double(values::daysFromCivil(y, m, 1)), double(values::daysFromCivil(ny, nm, 1)), 0});
            y = ny;
            m = nm;
        }
    }
    for (const auto& [v, n] : values) {
        const auto date = values::civilFromDays(std::int32_t(v));
        const std::size_t bin = byYear ? std::size_t(date.year - first.year)
                                       : std::size_t((date.year - first.year) * 12 + (date.month - first.month));
        p.histogram[std::min(bin, p.histogram.size() - 1)].count += n;
    }
}

} // namespace

ColumnProfile profileColumn(const Table& table, int column, const ProfileOptions& options, Progress* progress)
{
    ColumnProfile p;
    p.column = column;
    if (column < 0 || column >= table.columnCount())
        return p;
    p.name = table.columnName(column);
    p.count = table.rowCount();
    // Threads share a column only when it is big: starting one costs more than counting a small column.
    const int threads = p.count < 100000 ? 1 : options.threads;
    DistinctValues counted = countDistinctValues(table, column, threads, progress);
    std::vector<DistinctValue>& distinct = counted.values;
    p.empty = counted.empty;
    p.distinct = distinct.size();

    // Each distinct value once, in the order of its bytes in memory: its class (kept for the numbers below) and
    // its shape.
    std::array<std::uint64_t, 7> classes{}; // by ColumnType
    std::vector<ColumnType> kinds(distinct.size());
    ProfileShapeCounts shapes;
    std::string shape;
    std::string lastShape;
    std::uint64_t* lastCount = nullptr;
    std::vector<std::pair<double, std::uint64_t>> numbers;
    std::vector<std::pair<double, std::uint64_t>> dates;
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        const DistinctValue& d = distinct[i];
        kinds[i] = classifyValue(textutil::trim(d.value));
        classes[std::size_t(kinds[i])] += d.count;
        values::valueShapeInto(d.value, shape);
        // Neighbouring values mostly share a shape (references, postcodes, numbers): then no lookup at all. The
        // map's nodes never move, so the pointer stays good while it grows.
        if (lastCount && shape == lastShape) {
            *lastCount += d.count;
            continue;
        }
        auto it = shapes.find(std::string_view(shape));
        if (it == shapes.end())
            it = shapes.emplace(shape, 0).first;
        it->second += d.count;
        lastShape = shape;
        lastCount = &it->second;
    }
    const std::uint64_t filled = p.count - p.empty;
    const auto of = [&](ColumnType t) { return classes[std::size_t(t)]; };
    const std::uint64_t numeric = of(ColumnType::Integer) + of(ColumnType::Decimal);
    const std::uint64_t dated = of(ColumnType::Date) + of(ColumnType::DateTime);
    const std::uint64_t boolean = of(ColumnType::Boolean);
    if (filled == 0)
        p.type = ColumnType::Empty;
    else if (numeric * 2 > filled)
        p.type = of(ColumnType::Decimal) ? ColumnType::Decimal : ColumnType::Integer;
    else if (dated * 2 > filled)
        p.type = of(ColumnType::Date) ? ColumnType::Date : ColumnType::DateTime;
    else if (boolean * 2 > filled)
        p.type = ColumnType::Boolean;
    else
        p.type = ColumnType::Text;
    switch (p.type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        p.typed = numeric;
        break;
    case ColumnType::Date:
    case ColumnType::DateTime:
        p.typed = dated;
        break;
    case ColumnType::Boolean:
        p.typed = boolean;
        break;
    case ColumnType::Text:
        p.typed = filled;
        break;
    case ColumnType::Empty:
        break;
    }

    if (p.type == ColumnType::Integer || p.type == ColumnType::Decimal) {
        for (std::size_t i = 0; i < distinct.size(); ++i)
            if (kinds[i] == ColumnType::Integer || kinds[i] == ColumnType::Decimal)
                if (const auto n = textutil::parseNumber(distinct[i].value))
                    numbers.emplace_back(*n, distinct[i].count);
        if (!numbers.empty()) {
            rangeOf(numbers, p);
            p.min = formatNumber(p.minValue);
            p.max = formatNumber(p.maxValue);
            p.median = formatNumber(p.medianValue);
            numberHistogram(numbers, p, std::max(1, options.bins), p.type == ColumnType::Integer);
        }
    } else if (p.type == ColumnType::Date || p.type == ColumnType::DateTime) {
        for (const DistinctValue& d : distinct) {
            const auto parsed = values::parseDate(d.value);
            if (parsed.ok())
                dates.emplace_back(double(parsed.date.earliest), d.count);
        }
        if (!dates.empty()) {
            rangeOf(dates, p);
            p.min = formatDay(p.minValue);
            p.max = formatDay(p.maxValue);
            p.median = formatDay(p.medianValue);
            dateHistogram(dates, p);
        }
    }

    std::vector<DistinctValue> shapeItems;
    shapeItems.reserve(shapes.size());
    for (const auto& [s, n] : shapes)
        shapeItems.push_back({s, n});
    p.shapes = topOf(std::move(shapeItems), options.topShapes);
    p.top = topOf(std::move(distinct), options.topValues);
    return p;
}

std::vector<ColumnProfile> profileColumns(const Table& table, std::vector<int> columns, const ProfileOptions& options,
                                          Progress& progress, int threads)
{
    if (columns.empty())
        for (int c = 0; c < table.columnCount(); ++c)
            columns.push_back(c);
    std::vector<ColumnProfile> out(columns.size());
    const int workers = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    // Fewer columns than threads: the spare threads share the hashing of each column.
    ProfileOptions each = options;
    each.threads = std::max(1, workers / int(std::max<std::size_t>(1, columns.size())));
    // The plain (hashed) columns first, the cheap dictionary columns last: the threads then finish together
    // instead of one thread starting a big column when the other has nothing left to do.
    std::vector<std::size_t> order(columns.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto cheap = [&](std::size_t i) {
        return columns[i] < 0 || columns[i] >= table.columnCount() || table.column(columns[i]).isDictionary();
    };
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return !cheap(i); });
    std::atomic<std::size_t> done{0};
    parallelFor(workers, columns.size(), [&](std::size_t k) {
        if (progress.canceled())
            return;
        const std::size_t i = order[k];
        out[i] = profileColumn(table, columns[i], each, &progress);
        progress.report(qint64(done.fetch_add(1) + 1), qint64(columns.size()));
    });
    return out;
}

QJsonObject profileToJson(const ColumnProfile& p)
{
    const auto text = [](const std::string& s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
    QJsonArray top;
    for (const auto& v : p.top)
        top.append(QJsonObject{{QStringLiteral("value"), text(v.value)}, {QStringLiteral("count"), qint64(v.count)}});
    QJsonArray shapes;
    for (const auto& v : p.shapes)
        shapes.append(
            QJsonObject{{QStringLiteral("shape"), text(v.value)}, {QStringLiteral("count"), qint64(v.count)}});
    QJsonArray histogram;
    for (const auto& bin : p.histogram)
        histogram.append(QJsonObject{{QStringLiteral("label"), bin.label},
                                     {QStringLiteral("low"), bin.low},
                                     {QStringLiteral("high"), bin.high},
                                     {QStringLiteral("count"), qint64(bin.count)}});
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("type"), columnTypeName(p.type)},
                       {QStringLiteral("typed"), qint64(p.typed)},
                       {QStringLiteral("count"), qint64(p.count)},
                       {QStringLiteral("empty"), qint64(p.empty)},
                       {QStringLiteral("distinct"), qint64(p.distinct)},
                       {QStringLiteral("top"), top},
                       {QStringLiteral("min"), orNull(p.min)},
                       {QStringLiteral("max"), orNull(p.max)},
                       {QStringLiteral("median"), orNull(p.median)},
                       {QStringLiteral("shapes"), shapes},
                       {QStringLiteral("histogram"), histogram}};
}

QString profileToText(const ColumnProfile& p)
{
    const QLocale c = QLocale::c();
    const auto n = [&](std::uint64_t v) {
        QLocale l(QLocale::English);
        return l.toString(qulonglong(v));
    };
    const auto text = [](const std::string& s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
    QString out = QStringLiteral("%1\n").arg(p.name);
    out += QStringLiteral("  type      %1 (%2 of %3 non-blank values)\n")
               .arg(columnTypeName(p.type), n(p.typed), n(p.count - p.empty));
    out += QStringLiteral("  cells     %1, %2 blank (%3% complete)\n")
               .arg(n(p.count), n(p.empty), c.toString(p.completeness() * 100, 'f', 1));
    out += QStringLiteral("  distinct  %1\n").arg(n(p.distinct));
    if (p.hasRange())
        out += QStringLiteral("  range     %1 .. %2, median %3\n").arg(p.min, p.max, p.median);
    QStringList top;
    for (const auto& v : p.top)
        top << QStringLiteral("'%1' %2").arg(text(v.value).left(40), n(v.count));
    if (!top.isEmpty())
        out += QStringLiteral("  top       %1\n").arg(top.join(QStringLiteral(", ")));
    QStringList shapes;
    for (const auto& v : p.shapes)
        shapes << QStringLiteral("%1 %2").arg(text(v.value), n(v.count));
    if (!shapes.isEmpty())
        out += QStringLiteral("  shapes    %1\n").arg(shapes.join(QStringLiteral(", ")));
    return out;
}

} // namespace plumbline
