#include "sample/planning_sample_generator.h"

#include "sample/planning_sample_row.h"
#include "sample/sample_random.h"

#include <QSaveFile>

#include <cmath>
#include <functional>

namespace plumbline {

namespace {

using namespace planningsample;

constexpr std::size_t kBlockBytes = 8u << 20; // write in 8 MB blocks
constexpr qint64 kProgressRows = 16384;

void appendCsvField(std::string& out, const std::string& value)
{
    bool quote = false;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += value;
        return;
    }
    out.push_back('"');
    for (const char c : value) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

/// The generation loop; sink receives full blocks and the tail, and returns false on a write error.
/// Returns false when canceled or the sink failed.
bool generate(const PlanningSampleOptions& options, Progress& progress, PlanningSampleReport* report,
              const std::function<bool(const std::string&)>& sink)
{
    SampleRandom random(options.seed);
    PlanningRowGenerator generator(random, options.rows);
    if (options.lateDecisionRate >= 0)
        generator.setLateDecisionsPerMillion(std::llround(options.lateDecisionRate * 1e6));
    const auto defectPpm = std::uint32_t(std::llround(options.defectRate * 1e6));
    DefectContext context;
    PlanningRow row;
    std::string block;
    block.reserve(kBlockBytes + 64 * 1024);
    qint64 bytes = 0;

    for (std::size_t f = 0; f < kFieldNames.size(); ++f) {
        if (f)
            block.push_back(',');
        block += kFieldNames[f];
    }
    block.push_back('\n');

    for (qint64 i = 0; i < options.rows; ++i) {
        int defect = -1;
        RowHints hints;
        if (defectPpm > 0 && random.chance(defectPpm)) {
            defect = int(random.below(kPlanningDefectCount));
            hints = hintsFor(PlanningDefect(defect), context);
        }
        generator.generate(i, hints, row);
        if (defect >= 0) {
            // A kind that cannot apply to this row (nothing to duplicate yet, no decision) hands over to the next.
            int tries = 0;
            while (!applyDefect(PlanningDefect(defect), row, random, context) && ++tries < kPlanningDefectCount)
                defect = (defect + 1) % kPlanningDefectCount;
            if (report) {
                report->defects.push_back({i, PlanningDefect(defect)});
                ++report->counts[std::size_t(defect)];
            }
        } else {
            context.haveClean = true;
            context.cleanAuthority = row.authority;
            context.cleanReference = row.fields[Reference];
            context.cleanOrganisation = row.fields[OrganisationField];
        }
        for (std::size_t f = 0; f < row.fields.size(); ++f) {
            if (f)
                block.push_back(',');
            appendCsvField(block, row.fields[f]);
        }
        block.push_back('\n');

        if (block.size() >= kBlockBytes) {
            bytes += qint64(block.size());
            if (!sink(block))
                return false;
            block.clear();
        }
        if ((i + 1) % kProgressRows == 0) {
            progress.report(i + 1, options.rows);
            if (progress.canceled())
                return false;
        }
    }
    bytes += qint64(block.size());
    if (!sink(block))
        return false;
    progress.report(options.rows, options.rows);
    if (report) {
        report->rows = options.rows;
        report->bytes = bytes;
    }
    return true;
}

std::optional<QString> checkOptions(const PlanningSampleOptions& options)
{
    if (options.rows < 0)
        return QStringLiteral("The number of rows must be zero or more.");
    if (!(options.defectRate >= 0.0 && options.defectRate <= 1.0))
        return QStringLiteral("The defect rate must be between 0 and 1.");
    if (options.lateDecisionRate > 1.0)
        return QStringLiteral("The share of late decisions must be between 0 and 1.");
    return std::nullopt;
}

} // namespace

std::optional<Error> writePlanningSample(const QString& path, const PlanningSampleOptions& options, Progress& progress,
                                         PlanningSampleReport* report)
{
    if (const auto problem = checkOptions(options))
        return Error{path, 0, 0, *problem};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot write the file: %1").arg(file.errorString())};
    const bool done = generate(options, progress, report, [&](const std::string& block) {
        return file.write(block.data(), qint64(block.size())) == qint64(block.size());
    });
    if (!done) {
        const QString why = progress.canceled() ? QStringLiteral("Generating the sample was canceled.")
                                                : QStringLiteral("Cannot write the file: %1").arg(file.errorString());
        file.cancelWriting();
        return Error{path, 0, 0, why};
    }
    if (!file.commit())
        return Error{path, 0, 0, QStringLiteral("Cannot write the file: %1").arg(file.errorString())};
    return std::nullopt;
}

QByteArray generatePlanningSample(const PlanningSampleOptions& options, PlanningSampleReport* report)
{
    QByteArray out;
    if (checkOptions(options))
        return out;
    NullProgress progress;
    generate(options, progress, report, [&](const std::string& block) {
        out.append(block.data(), qsizetype(block.size()));
        return true;
    });
    return out;
}

} // namespace plumbline
