#include "dialogs/cluster/cluster_dialog.h"

#include "cluster/levenshtein.h"
#include "document/document.h"
#include "itemmodels/cluster_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace plumbline {

namespace {

void runClustering(QPromise<cluster::ClusterResult>& promise, std::shared_ptr<const Dataset> snapshot, int table,
                   int column, cluster::ClusterOptions options)
{
    PromiseProgress<cluster::ClusterResult> progress(promise);
    auto result = cluster::clusterColumn(*snapshot->tables[std::size_t(table)], column, options, progress);
    if (!result.canceled)
        promise.addResult(std::move(result));
}

} // namespace

ClusterDialog::ClusterDialog(Document* document, int table, int column, QWidget* parent)
    : QDialog(parent), m_document(document), m_table(table), m_column(column), m_model(new ClusterModel(this))
{
    const QString columnName = document->table(table).columnName(column);
    setWindowTitle(tr("Cluster and Edit \u2013 %1").arg(columnName));
    setAccessibleName(windowTitle());

    m_method = new QComboBox(this);
    m_method->addItem(tr("Fingerprint (case, accents, punctuation, word order)"), int(cluster::Method::Fingerprint));
    m_method->addItem(tr("N-gram fingerprint (also spacing inside words)"), int(cluster::Method::NGram));
    m_method->addItem(tr("Sounds alike (Metaphone)"), int(cluster::Method::Phonetic));
    m_method->addItem(tr("Nearest neighbours (Levenshtein distance)"), int(cluster::Method::Levenshtein));
    m_method->setAccessibleName(tr("Clustering method"));
    m_radius = new QSpinBox(this);
    m_radius->setRange(1, cluster::kMaxLevenshteinRadius);
    m_radius->setAccessibleName(tr("Most edits between two values"));
    m_ngram = new QSpinBox(this);
    m_ngram->setRange(1, 10);
    m_ngram->setValue(2);
    m_ngram->setAccessibleName(tr("Characters per n-gram"));
    m_clusterButton = new QPushButton(tr("&Cluster"), this);
    m_clusterButton->setAccessibleName(tr("Cluster again"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    auto* parameters = new QHBoxLayout;
    auto* radiusLabel = new QLabel(tr("&Radius:"), this);
    radiusLabel->setBuddy(m_radius);
    auto* ngramLabel = new QLabel(tr("&N-gram size:"), this);
    ngramLabel->setBuddy(m_ngram);
    parameters->addWidget(radiusLabel);
    parameters->addWidget(m_radius);
    parameters->addSpacing(12);
    parameters->addWidget(ngramLabel);
    parameters->addWidget(m_ngram);
    parameters->addStretch();
    parameters->addWidget(m_clusterButton);
    form->addRow(parameters);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Clusters of %1").arg(columnName));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::MergeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::ValuesColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::RowsColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::NewValueColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ClusterModel::NewValueColumn, 220);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move, Space ticks, F2 edits the new value

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Clustering status"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Clustering progress"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    m_allButton = new QPushButton(tr("Select &All"), this);
    m_noneButton = new QPushButton(tr("Select N&one"), this);
    m_mergeButton = new QPushButton(tr("&Merge Selected"), this);
    m_mergeButton->setAccessibleName(tr("Merge the ticked clusters"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_allButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_noneButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mergeButton, QDialogButtonBox::ApplyRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clusterButton, &QPushButton::clicked, this, &ClusterDialog::recluster);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ClusterDialog::recluster);
    connect(m_radius, &QSpinBox::valueChanged, this, &ClusterDialog::recluster);
    connect(m_ngram, &QSpinBox::valueChanged, this, &ClusterDialog::recluster);
    connect(m_allButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_noneButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { mergeChecked(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClusterDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClusterDialog::updateState);
    connect(&m_task, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(&m_task, &BackgroundTask::canceled, this, &ClusterDialog::updateState);
    // Edits elsewhere (the grid, undo) change the values: the clusters on screen would be stale.
    connect(document, &Document::cellsChanged, this, [this](int t) {
        if (t == m_table && !m_merging)
            recluster();
    });
    for (auto signal : {&Document::rowsInserted, &Document::rowsRemoved})
        connect(document, signal, this, [this](int t) {
            if (t == m_table && !m_merging)
                recluster();
        });
    connect(document, &Document::tableReset, this, [this](int t) {
        if (t == m_table && !m_merging)
            recluster();
    });
    recluster();
}

bool ClusterDialog::isBusy() const
{
    return m_task.isRunning();
}

cluster::ClusterOptions ClusterDialog::options() const
{
    cluster::ClusterOptions o;
    o.method = cluster::Method(m_method->currentData().toInt());
    o.radius = m_radius->value();
    o.ngramSize = m_ngram->value();
    return o;
}

void ClusterDialog::recluster()
{
    const auto o = options();
    m_radius->setEnabled(o.method == cluster::Method::Levenshtein);
    m_ngram->setEnabled(o.method == cluster::Method::NGram);
    m_progress->setValue(0);
    m_task.start(
        [this](const cluster::ClusterResult& result) {
            m_model->setResult(result);
            updateState();
            emit clustered();
        },
        runClustering, m_document->snapshot(), m_table, m_column, o);
    updateState();
}

std::size_t ClusterDialog::mergeChecked()
{
    if (isBusy() || m_model->checkedCount() == 0)
        return 0;
    const int clusters = m_model->checkedCount();
    const CellChanges changes = m_model->checkedChanges();
    m_merging = true;
    const std::size_t changed = m_document->applyChanges(
        m_table, changes,
        tr("Merge %n cluster(s) in %1", "", clusters).arg(m_document->table(m_table).columnName(m_column)));
    m_merging = false;
    recluster();
    return changed;
}

void ClusterDialog::updateState()
{
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    const auto& r = m_model->result();
    const int checked = m_model->checkedCount();
    if (busy)
        m_status->setText(tr("Clustering\u2026"));
    else if (r.column < 0)
        m_status->setText(QString());
    else
        m_status->setText(
            tr("%n cluster(s) among %1 distinct values in %2 rows; %3 ticked.", "", int(r.clusters.size()))
                .arg(QLocale().toString(qulonglong(r.distinctValues)), QLocale().toString(qulonglong(r.rows)),
                     QLocale().toString(checked)));
    m_mergeButton->setEnabled(!busy && checked > 0);
    m_allButton->setEnabled(!busy && m_model->rowCount() > 0);
    m_noneButton->setEnabled(!busy && checked > 0);
}

} // namespace plumbline
