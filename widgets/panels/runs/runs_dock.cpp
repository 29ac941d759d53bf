#include "panels/runs/runs_dock.h"

#include "itemmodels/run_history_model.h"
#include "style/severity_colors.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace plumbline {

namespace {

constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

QString severityPlural(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return RunsDock::tr("Errors");
    case Severity::Warning:
        return RunsDock::tr("Warnings");
    case Severity::Notice:
        return RunsDock::tr("Notices");
    case Severity::Info:
        return RunsDock::tr("Info");
    }
    return {};
}

} // namespace

RunsDock::RunsDock(QWidget* parent) : QDockWidget(tr("Runs"), parent)
{
    setObjectName(QStringLiteral("runsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(body);
    m_note->setObjectName(QStringLiteral("runsNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_note);

    auto* split = new QSplitter(Qt::Horizontal, body);
    m_model = new RunHistoryModel(this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Validation runs"));
    m_view->setAccessibleDescription(tr("The project's validation runs, newest first; choose one to see its counts "
                                        "per rule"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // A handful of short columns: each as wide as its contents, so the counts stay in view.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    split->addWidget(m_view);

    m_rules = new QTreeWidget(split);
    m_rules->setObjectName(QStringLiteral("runRulesView"));
    m_rules->setAccessibleName(tr("Findings per rule in the chosen run"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Rule"), tr("Findings")});
    m_rules->setSortingEnabled(true);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    split->addWidget(m_rules);

    auto* chart = new QChart;
    chart->setTitle(tr("Findings per severity over the runs"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart, split);
    m_chart->setObjectName(QStringLiteral("runsTrendChart"));
    m_chart->setAccessibleName(tr("Trend of findings per severity"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(360); // room for the legend's four words
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    split->setSizes({600, 260, 400}); // the runs' counts whole, the rules' names, the chart's legend
    layout->addWidget(split, 1);
    setWidget(body);
    setFocusProxy(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showRules();
        drawTrend();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsDock::showRules);
    setRuns({}, tr("Runs are kept in a project: File \u2192 New Project\u2026 starts one."));
}

void RunsDock::setRuns(const std::vector<RunRecord>& runs, const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_model->setRuns(runs);
}

void RunsDock::showRules()
{
    m_rules->clear();
    const RunRecord* run = m_model->runAt(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
    if (!run)
        return;
    for (auto it = run->byRule.cbegin(); it != run->byRule.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_rules);
        item->setText(0, it.key());
        item->setData(1, Qt::DisplayRole, qulonglong(it.value()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_rules->sortItems(1, Qt::DescendingOrder);
}

void RunsDock::drawTrend()
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    const auto& runs = m_model->runs();
    const QPalette p = palette();
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    if (runs.empty()) {
        m_chart->setAccessibleDescription(tr("No runs yet"));
        return;
    }
    auto* x = new QValueAxis;
    x->setTitleText(tr("Run"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(1, std::max<int>(2, int(runs.size())));
    x->setTickCount(std::min<int>(std::max<int>(2, int(runs.size())), 8));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Findings"));
    y->setLabelFormat(QStringLiteral("%d"));
    std::uint64_t top = 1;
    QStringList description;
    for (Severity severity : kOrder) {
        auto* series = new QLineSeries;
        series->setName(severityPlural(severity));
        QStringList points;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const std::uint64_t n = runs[i].bySeverity[std::size_t(severity)];
            top = std::max(top, n);
            series->append(qreal(i + 1), qreal(n));
            points << QLocale().toString(qulonglong(n));
        }
        QPen pen(severitycolors::marker(severity, p));
        pen.setWidth(2);
        series->setPen(pen);
        series->setPointsVisible(runs.size() < 30);
        chart->addSeries(series);
        description << tr("%1: %2").arg(severityPlural(severity), points.join(QStringLiteral(", ")));
    }
    y->setRange(0, qreal(top) * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    m_chart->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void RunsDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawTrend();
}

} // namespace plumbline
