#pragma once

#include "cluster/value_clusterer.h"
#include "core/background_task.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace plumbline {

class ClusterModel;
class Document;

/// "Cluster and edit" for one column: choose a method, cluster in the background (on a snapshot, with a
/// BackgroundTask), tick the clusters to merge, edit their new values, and merge them all as ONE undoable command
/// through Document::applyChanges. The clusters are computed again after a merge and whenever the document
/// changes, so what is shown is never stale. Nothing is merged unless the user ticks it.
class ClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDialog)

public:
    /// document must outlive the dialog; table and column index into it.
    ClusterDialog(Document* document, int table, int column, QWidget* parent = nullptr);

    ClusterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* radiusBox() const { return m_radius; }
    QPushButton* clusterButton() const { return m_clusterButton; }
    QPushButton* mergeButton() const { return m_mergeButton; }
    /// True while a clustering runs.
    bool isBusy() const;

public slots:
    /// Clusters again with the chosen method (superseding a run in progress).
    void recluster();
    /// Merges every ticked cluster as one command; returns the cells changed.
    std::size_t mergeChecked();

signals:
    /// A clustering finished and its clusters are in model().
    void clustered();

private:
    void updateState();
    cluster::ClusterOptions options() const;

    Document* m_document;
    int m_table;
    int m_column;
    ClusterModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_radius = nullptr;
    QSpinBox* m_ngram = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_clusterButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_allButton = nullptr;
    QPushButton* m_noneButton = nullptr;
    BackgroundTask m_task;
    bool m_merging = false;
};

} // namespace plumbline
