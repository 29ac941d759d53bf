#include "validation/validation_controller.h"

#include "core/progress.h"
#include "rules/codelist_repository.h"
#include "rules/pack_catalog.h"
#include "rules/table_schema_pack.h"
#include "validator/validator.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace plumbline {

namespace {

/// What the worker hands back. Default-constructible for QFuture's result store.
struct ValidationOutcome
{
    std::shared_ptr<const ValidationRun> run;
    Error error;
};

void runValidation(QPromise<ValidationOutcome>& promise, std::shared_ptr<const Dataset> dataset,
                   const QStringList& packs, const QStringList& schemaFiles,
                   std::shared_ptr<CodelistRepository> codelists)
{
    PromiseProgress<ValidationOutcome> progress(promise);
    CheckEnv env;
    env.codelists = std::move(codelists);
    env.today = QDate::currentDate();
    RulePackLoader loader(env);
    QStringList notices;
    auto rules = TableSchemaPack::ruleSet(*dataset, packs, schemaFiles, loader, &notices);
    if (!rules) {
        promise.addResult(ValidationOutcome{nullptr, rules.error()});
        return;
    }
    const Validator validator(std::move(rules).value(), env);
    ValidationResult result = validator.validate(*dataset, progress);
    if (result.canceled || promise.isCanceled())
        return;

    auto run = std::make_shared<ValidationRun>();
    run->dataset = dataset;
    run->packs = validator.rules().packs;
    run->notices = notices;
    run->seconds = result.seconds;
    auto store = std::make_shared<FindingStore>(std::move(result.findings));
    // The per-cell indexes are built here so that the GUI thread never walks the findings.
    run->indexes.resize(dataset->tables.size());
    for (std::size_t t = 0; t < dataset->tables.size(); ++t)
        for (std::size_t s = 0; s < store->tables().size(); ++s)
            if (store->tables()[s].name == dataset->tables[t]->name())
                run->indexes[t] = std::make_shared<FindingIndex>(*store, std::uint16_t(s));
    run->findings = std::move(store);
    promise.addResult(ValidationOutcome{std::move(run), Error()});
}

} // namespace

ValidationController::ValidationController(QObject* parent)
    : QObject(parent), m_codelists(std::make_shared<CodelistRepository>())
{
}

ValidationController::~ValidationController()
{
    m_future.cancel();
    m_future.waitForFinished();
}

void ValidationController::start(std::shared_ptr<const Dataset> dataset, const QStringList& packs)
{
    m_future.cancel(); // the superseded worker stops at its next block; its result is dropped by generation
    const quint64 generation = ++m_generation;
    if (!dataset) {
        m_running = false;
        return;
    }
    m_running = true;
    auto* watcher = new QFutureWatcher<ValidationOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int permille) {
        if (generation == m_generation)
            emit progressChanged(permille);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        const QFuture<ValidationOutcome> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            emit canceled();
            return;
        }
        const ValidationOutcome outcome = future.result();
        if (outcome.run)
            emit finished(outcome.run);
        else
            emit failed(outcome.error);
    });
    QFuture<ValidationOutcome> future =
        QtConcurrent::run(runValidation, std::move(dataset), packs, m_schemaFiles, m_codelists);
    m_future = QFuture<void>(future);
    watcher->setFuture(future);
}

void ValidationController::cancel()
{
    if (!m_running)
        return;
    m_future.cancel();
    ++m_generation;
    m_running = false;
    emit canceled();
}

} // namespace plumbline
