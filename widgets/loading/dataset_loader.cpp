#include "loading/dataset_loader.h"

#include "core/progress.h"
#include "io/csv_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace plumbline {

namespace {

/// What a worker hands back: a dataset or an error. Default-constructible for QFuture's result store.
struct LoadOutcome
{
    std::shared_ptr<const Dataset> dataset;
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

DatasetLoader::DatasetLoader(QObject* parent) : QObject(parent) {}

DatasetLoader::~DatasetLoader()
{
    m_full.cancel();
    m_full.waitForFinished();
    m_preview.waitForFinished();
}

QByteArray DatasetLoader::readHead(const QString& path, qint64 maxBytes)
{
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

bool DatasetLoader::isWorkerRunning() const
{
    return (m_full.isValid() && !m_full.isFinished()) || (m_preview.isValid() && !m_preview.isFinished());
}

void DatasetLoader::load(const QString& path, const ReadOptions& options)
{
    m_full.cancel(); // the superseded worker stops at its next block; its result is dropped by generation
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_path = path;
    m_clock.start();
    const QFileInfo info(path);
    if (info.size() > kPreviewMinFileSize && detectFormat(path) == QLatin1String("csv"))
        startPreview(generation, path, options); // starts the full load when done
    else
        startFullLoad(generation, path, options);
}

void DatasetLoader::cancel()
{
    if (!m_loading)
        return;
    m_full.cancel();
    ++m_generation;
    m_loading = false;
    emit canceled();
}

void DatasetLoader::startPreview(quint64 generation, const QString& path, const ReadOptions& options)
{
    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path, options] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded or canceled
        // The full load starts only once the preview is on screen (receivers show it synchronously): on a
        // machine with few cores the reader's threads would otherwise compete with the first paint. It costs
        // the full load a few tens of milliseconds.
        if (watcher->future().resultCount() > 0) {
            const LoadOutcome outcome = watcher->result();
            if (outcome.dataset)
                emit previewReady(outcome.dataset);
        }
        if (generation == m_generation) // a receiver may have canceled or started another load
            startFullLoad(generation, path, options);
    });
    QFuture<LoadOutcome> future = QtConcurrent::run(loadPreview, path, options.csv);
    m_preview = QFuture<void>(future);
    watcher->setFuture(future);
}

void DatasetLoader::startFullLoad(quint64 generation, const QString& path, const ReadOptions& options)
{
    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int permille) {
        if (generation == m_generation)
            emit progressChanged(permille);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const QFuture<LoadOutcome> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            emit canceled();
            return;
        }
        const LoadOutcome outcome = future.result();
        if (outcome.dataset)
            emit loaded(outcome.dataset);
        else
            emit failed(outcome.error);
    });
    QFuture<LoadOutcome> future = QtConcurrent::run(loadFull, path, options);
    m_full = QFuture<void>(future);
    watcher->setFuture(future);
}

} // namespace plumbline
