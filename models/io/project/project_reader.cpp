#include "io/project/project_reader.h"

#include "io/project/base_data.h"
#include "io/project/journal_store.h"
#include "io/project/project_schema.h"

namespace plumbline {

bool looksLikeProject(const QByteArray& head)
{
    if (head.size() < 72 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto byte = [&](int i) { return std::uint32_t(std::uint8_t(head[i])); };
    const std::uint32_t id = (byte(68) << 24) | (byte(69) << 16) | (byte(70) << 8) | byte(71);
    return id == std::uint32_t(kProjectApplicationId);
}

Result<ProjectContents> readProjectContents(const QString& path, ProjectAccess access, Progress& progress)
{
    auto file = ProjectFile::open(path, access);
    if (!file)
        return file.error();
    ProjectContents contents;
    contents.file = std::move(file).value();
    bool ok = false;
    contents.epoch = contents.file->meta(QStringLiteral("epoch"), QStringLiteral("1")).toInt(&ok);
    if (!ok || contents.epoch < 1)
        contents.epoch = 1;
    auto base = readBaseData(*contents.file, progress);
    if (!base)
        return base.error();
    contents.base = std::move(base).value();
    auto journal = readJournal(*contents.file, contents.epoch, progress);
    if (!journal)
        return journal.error();
    contents.journal = std::move(journal).value();
    return contents;
}

Result<Dataset> readProjectFile(const QString& path, const QString&, const ReadOptions&, Progress& progress)
{
    auto contents = readProjectContents(path, ProjectAccess::ReadOnly, progress);
    if (!contents)
        return contents.error();
    Dataset dataset = std::move(contents.value().base);
    const JournalReplay replay = applyJournal(dataset, contents.value().journal);
    if (!replay.problem.isEmpty())
        return Error{path, 0, 0,
                     QStringLiteral("The project's edit history does not fit its data: %1. Nothing in the project was "
                                    "changed; Plumbline's window can open it read-only, with the edits before that "
                                    "step.")
                         .arg(replay.problem)};
    return dataset;
}

} // namespace plumbline
