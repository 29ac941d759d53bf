#include "project/review_source.h"

#include "io/dataset_reader.h"
#include "io/project/base_data.h"
#include "io/project/journal_store.h"
#include "io/project/project_reader.h"
#include "io/project/project_writer.h"
#include "project/rules_snapshot.h"

#include <QDateTime>
#include <QFileInfo>

namespace plumbline {

bool isProjectPath(const QString& path)
{
    return detectFormat(path) == QLatin1String("plumbline");
}

QString sourceChangedNote(const QString& path)
{
    auto opened = ProjectFile::open(path, ProjectAccess::ReadOnly);
    if (!opened)
        return {};
    const ProjectFile& file = *opened.value();
    const QString source = projectSourceFact(file, QStringLiteral("path"));
    const QString sha256 = projectSourceFact(file, QStringLiteral("sha256"));
    if (source.isEmpty() || sha256.isEmpty())
        return {};
    const QFileInfo info(source);
    if (!info.isFile())
        return QStringLiteral("the file the project was made from, %1, is no longer there; the project keeps its "
                              "own copy of the data")
            .arg(source);
    // Size and time unchanged: taken as the same file without reading it all.
    if (info.size() == projectSourceFact(file, QStringLiteral("size")).toLongLong() &&
        QString::number(info.lastModified().toMSecsSinceEpoch()) == projectSourceFact(file, QStringLiteral("modified")))
        return {};
    if (fileSha256(source) == sha256)
        return {};
    return QStringLiteral("the file the project was made from, %1, has changed since (its SHA-256 differs); the "
                          "project shows the data as it was imported, with the edits made in the project")
        .arg(source);
}

Result<ReviewSource> readReviewSource(const QString& path, Progress& progress)
{
    ReviewSource source;
    if (!isProjectPath(path)) {
        auto dataset = readDataset(path, ReadOptions{}, progress);
        if (!dataset)
            return dataset.error();
        source.dataset = std::make_shared<Dataset>(std::move(dataset).value());
        return source;
    }
    auto contents = readProjectContents(path, ProjectAccess::ReadOnly, progress);
    if (!contents)
        return contents.error();
    ProjectFile& file = *contents.value().file;
    source.isProject = true;
    source.dataset = std::make_shared<Dataset>(std::move(contents.value().base));
    const JournalReplay replay = applyJournal(*source.dataset, contents.value().journal);
    if (!replay.problem.isEmpty())
        return Error{path, 0, 0,
                     QStringLiteral("The project's edit history does not fit its data: %1. Nothing in the project was "
                                    "changed; Plumbline's window can open it read-only.")
                         .arg(replay.problem)};
    source.rulesDir = std::make_shared<QTemporaryDir>();
    auto setup = readRuleSnapshot(file, *source.rulesDir);
    if (!setup)
        return setup.error();
    source.setup = setup.value();
    SqliteStatement any;
    source.hasSetup = any.prepare(file.handle(), QStringLiteral("SELECT 1 FROM rule_snapshot LIMIT 1")) &&
                      sqlite3_step(any.get()) == SQLITE_ROW;
    TriageBook triage;
    if (auto failed = triage.attach(&file))
        return *failed;
    source.decisions = triage.decisions();
    RunHistory runs;
    if (auto failed = runs.attach(&file))
        return *failed;
    source.runs = runs.runs();
    auto all = readJournal(file, 0, progress);
    if (!all)
        return all.error();
    auto log = readTriageLog(file);
    if (!log)
        return log.error();
    source.trail = buildAuditTrail(*source.dataset, all.value(), log.value());
    source.sourceSha256 = projectSourceFact(file, QStringLiteral("sha256"));
    source.sourcePath = projectSourceFact(file, QStringLiteral("path"));
    return source;
}

} // namespace plumbline
