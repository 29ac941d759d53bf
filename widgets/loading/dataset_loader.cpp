#include "loading/dataset_loader.h"

#include "core/progress.h"
#include "core/regular_file.h"
#include "io/csv/csv_reader.h"
#include "io/formats.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>

namespace plumbline {

namespace {

/// What a worker hands back: a dataset or an error. Default-constructible for QFuture's result store.
struct LoadOutcome
{
    std::shared_ptr<Dataset> dataset;
    Error error;
};

/// Column types are inferred lazily and cached in the table; doing it here keeps that work (a sample of up to
/// 20,000 cells per column) off the GUI thread, which then only reads the cache.
void inferTypes(Dataset& dataset)
{
    for (const auto& table : dataset.tables)
        for (int column = 0; column < table->columnCount(); ++column)
            table->columnType(column);
}

void loadFull(QPromise<LoadOutcome>& promise, const QString& path, const ReadOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    PromiseProgress<LoadOutcome> progress(promise);
    Result<Dataset> result = readDataset(path, options, progress);
    if (promise.isCanceled())
        return;
    if (!result) {
        promise.addResult(LoadOutcome{nullptr, result.error()});
        return;
    }
    auto dataset = std::make_shared<Dataset>(std::move(result).value());
    inferTypes(*dataset);
    if (dataset->source.loadSeconds <= 0)
        dataset->source.loadSeconds = double(clock.elapsed()) / 1000.0;
    promise.addResult(LoadOutcome{std::move(dataset), Error()});
}

LoadOutcome loadPreview(const QString& path, const CsvReadOptions& options)
{
    const QByteArray head = DatasetLoader::readHead(path, DatasetLoader::kPreviewBytes);
    // UTF-16 cannot be cut at a '\n' byte; such files simply get no preview.
    if (head.isEmpty() || head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff"))
        return {};
    NullProgress progress;
    Result<Dataset> result = readCsvBytes(head, path, options, progress);
    // A cut inside a quoted multi-line field may not parse; the full load will tell the real story.
    if (!result || result.value().tables.empty())
        return {};
    auto dataset = std::make_shared<Dataset>(std::move(result).value());
    dataset->source.path = path;
    dataset->source.size = QFileInfo(path).size();
    inferTypes(*dataset);
    return LoadOutcome{std::move(dataset), Error()};
}

} // namespace

DatasetLoader::DatasetLoader(QObject* parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::progressChanged, this, &DatasetLoader::progressChanged);
    connect(&m_task, &BackgroundTask::canceled, this, &DatasetLoader::canceled);
}

DatasetLoader::~DatasetLoader() = default; // m_task cancels and waits

QByteArray DatasetLoader::readHead(const QString& path, qint64 maxBytes)
{
    if (checkRegularFile(path))
        return {}; // a pipe or device could block the open; the full load reports what it is
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(maxBytes);
    const qsizetype lastBreak = head.lastIndexOf('\n');
    if (lastBreak < 0)
        return {};
    head.truncate(lastBreak + 1);
    return head;
}

void DatasetLoader::load(const QString& path, const ReadOptions& options)
{
    m_path = path;
    m_clock.start();
    const QFileInfo info(path);
    if (info.size() <= kPreviewMinFileSize || !isDelimitedText(detectFormat(path))) {
        startFullLoad(path, options);
        return;
    }
    m_task.startStage(
        [this, path, options](const LoadOutcome& preview) {
            // The full load starts only once the preview is on screen (receivers show it synchronously): on a
            // machine with few cores the reader's threads would otherwise compete with the first paint. It
            // costs the full load a few tens of milliseconds.
            const quint64 generation = m_task.generation();
            if (preview.dataset)
                emit previewReady(preview.dataset);
            if (generation == m_task.generation()) // a receiver may have canceled or started another load
                startFullLoad(path, options);
        },
        loadPreview, path, options.csv);
}

void DatasetLoader::cancel()
{
    m_task.cancel();
}

void DatasetLoader::startFullLoad(const QString& path, const ReadOptions& options)
{
    m_task.start(
        [this](const LoadOutcome& outcome) {
            if (outcome.dataset)
                emit loaded(outcome.dataset);
            else
                emit failed(outcome.error);
        },
        loadFull, path, options);
}

} // namespace plumbline
