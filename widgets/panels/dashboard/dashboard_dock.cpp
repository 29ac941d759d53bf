#include "panels/dashboard/dashboard_dock.h"

#include "charts/chart_card.h"
#include "charts/chart_view.h"
#include "document/document.h"
#include "style/severity_colors.h"
#include "table/table.h"
#include "tables/table_tabs.h"
#include "values/text_util.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace plumbline {

namespace {

constexpr int kMaxBars = 10; // more bars than this leave no room for their labels

struct Input
{
    std::shared_ptr<const Table> current;
    std::shared_ptr<const Table> timelineTable;
    int timelineColumn = -1;
    std::shared_ptr<const Table> mixTable;
    int mixColumn = -1;
};

int findColumn(const Table& table, std::initializer_list<const char*> names, bool dateOnly = false)
{
    for (const char* name : names)
        for (int c = 0; c < table.columnCount(); ++c)
            if (textutil::foldKey(table.columnName(c)) == QLatin1String(name) &&
                (!dateOnly || table.columnType(c) == ColumnType::Date || table.columnType(c) == ColumnType::DateTime))
                return c;
    return -1;
}

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

struct DashboardDock::Data
{
    std::vector<ColumnProfile> columns;
    ColumnProfile timeline;
    ColumnProfile mix;
};

namespace {

void dashboardWorker(QPromise<std::shared_ptr<const void>>& promise, Input input)
{
    // (The result type is erased to keep Data private to the dock.)
    PromiseProgress<std::shared_ptr<const void>> progress(promise);
    auto data = std::make_shared<std::vector<ColumnProfile>>();
    ProfileOptions options;
    options.topValues = 3;
    options.topShapes = 0;
    *data = profileColumns(*input.current, {}, options, progress);
    if (progress.canceled())
        return;
    ProfileOptions wide;
    wide.topValues = 60;
    wide.topShapes = 0;
    ColumnProfile timeline;
    ColumnProfile mix;
    if (input.timelineTable && input.timelineColumn >= 0)
        timeline = profileColumn(*input.timelineTable, input.timelineColumn, wide, &progress);
    if (input.mixTable && input.mixColumn >= 0)
        mix = profileColumn(*input.mixTable, input.mixColumn, wide, &progress);
    data->push_back(std::move(timeline));
    data->push_back(std::move(mix));
    promise.addResult(std::shared_ptr<const void>(data, data.get()));
}

} // namespace

DashboardDock::DashboardDock(TableTabs* tabs, QWidget* parent) : QDockWidget(tr("Dashboard"), parent), m_tabs(tabs)
{
    setObjectName(QStringLiteral("dashboardDock"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(800); // a burst of edits is one refresh
    connect(m_delay, &QTimer::timeout, this, &DashboardDock::refresh);

    auto* body = new QWidget;
    m_heading = new QLabel(body);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setWordWrap(true);
    m_byRule = new ChartCard(QStringLiteral("findings-by-rule"), tr("Findings by rule"), body);
    m_bySeverity = new ChartCard(QStringLiteral("findings-by-severity"), tr("Findings by severity"), body);
    m_byColumn = new ChartCard(QStringLiteral("findings-by-column"), tr("Findings by column"), body);
    m_completeness = new ChartCard(QStringLiteral("completeness"), tr("Completeness per column (% filled)"), body);
    m_timeline = new ChartCard(QStringLiteral("timeline"), tr("Applications per month"), body);
    m_mix = new ChartCard(QStringLiteral("mix"), tr("Decisions"), body);
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    const ChartCard* cards[] = {m_byRule, m_bySeverity, m_byColumn, m_completeness, m_timeline, m_mix};
    for (int i = 0; i < 6; ++i) {
        const_cast<ChartCard*>(cards[i])->setMinimumSize(300, 340);
        grid->addWidget(const_cast<ChartCard*>(cards[i]), i / 3, i % 3);
    }
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addLayout(grid, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    setFocusProxy(m_byRule->view());

    connect(m_byRule->view(), &ChartView::activated, this, [this](int i) {
        if (i < 0 || std::size_t(i) >= m_ruleOfBar.size() || !m_document || !m_document->findings())
            return;
        emit rowsRequested(
            m_table, recordsWhere(m_table, m_ruleOfBar[std::size_t(i)], -1, -1),
            tr("rows with %1").arg(m_document->findings()->rules()[std::size_t(m_ruleOfBar[std::size_t(i)])].id));
    });
    connect(m_bySeverity->view(), &ChartView::activated, this, [this](int i) {
        const int severity = 3 - i; // slices: errors, warnings, notices, info
        emit rowsRequested(m_table, recordsWhere(m_table, -1, severity, -1),
                           tr("rows with %1 findings").arg(severityName(Severity(severity))));
    });
    connect(m_byColumn->view(), &ChartView::activated, this, [this](int i) {
        if (i < 0 || std::size_t(i) >= m_columnOfBar.size())
            return;
        const int column = m_columnOfBar[std::size_t(i)];
        emit rowsRequested(m_table, recordsWhere(m_table, -1, -1, column),
                           tr("rows with findings in %1").arg(m_byColumn->view()->labels().value(i)));
    });
    connect(m_completeness->view(), &ChartView::activated, this, [this](int i) {
        if (i < 0 || std::size_t(i) >= m_completenessColumn.size())
            return;
        ColumnCondition condition;
        condition.kind = ColumnCondition::Kind::Blank;
        condition.column = m_completenessColumn[std::size_t(i)];
        condition.label = tr("%1 is blank").arg(m_completeness->view()->labels().value(i));
        emit conditionRequested(m_table, condition);
    });
    connect(m_timeline->view(), &ChartView::activated, this, [this](int i) {
        const ColumnProfile& p = m_timelineProfile;
        ColumnCondition condition;
        condition.column = p.column;
        if (!p.histogram.empty()) {
            if (i < 0 || std::size_t(i) >= p.histogram.size())
                return;
            condition.kind = ColumnCondition::Kind::DateRange;
            condition.low = p.histogram[std::size_t(i)].low;
            condition.high = p.histogram[std::size_t(i)].high;
            condition.label = tr("%1 in %2").arg(p.name, p.histogram[std::size_t(i)].label);
        } else {
            if (i < 0 || std::size_t(i) >= p.top.size())
                return;
            condition.kind = ColumnCondition::Kind::Equals;
            condition.text = p.top[std::size_t(i)].value;
            condition.label = tr("%1 = %2").arg(p.name, fromUtf8(condition.text));
        }
        emit conditionRequested(m_timelineTable, condition);
    });
    connect(m_mix->view(), &ChartView::activated, this, [this](int i) {
        const ColumnProfile& p = m_mixProfile;
        if (i < 0 || std::size_t(i) >= p.top.size())
            return;
        ColumnCondition condition;
        condition.kind = ColumnCondition::Kind::Equals;
        condition.column = p.column;
        condition.text = p.top[std::size_t(i)].value;
        condition.label = tr("%1 = %2").arg(p.name, fromUtf8(condition.text));
        emit conditionRequested(m_mixTable, condition);
    });
    connect(m_tabs, &TableTabs::currentGridChanged, this, [this] { schedule(); });
    setDocument(nullptr);
}

void DashboardDock::setDocument(Document* document)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_task.abandon();
    if (document) {
        m_connections << connect(document, &Document::findingsReset, this, &DashboardDock::schedule);
        m_connections << connect(document, &Document::cellsChanged, this, &DashboardDock::schedule);
        m_connections << connect(document, &Document::rowsInserted, this, &DashboardDock::schedule);
        m_connections << connect(document, &Document::rowsRemoved, this, &DashboardDock::schedule);
        m_connections << connect(document, &Document::tableReset, this, &DashboardDock::schedule);
    }
    m_delay->start(0);
}

void DashboardDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    m_delay->start(0);
}

void DashboardDock::schedule()
{
    if (!m_delay->isActive())
        m_delay->start();
}

void DashboardDock::refresh()
{
    m_delay->stop();
    const auto current = m_tabs->currentTable();
    if (!m_document || !current) {
        m_heading->setText(tr("Open a file to see its dashboard."));
        for (ChartCard* card : {m_byRule, m_bySeverity, m_byColumn, m_completeness, m_timeline, m_mix})
            card->view()->setMessage(QString());
        return;
    }
    m_table = current->name();
    showFindings();
    if (!isVisible() && !property("refreshWhenHidden").toBool())
        return; // profiles cost a pass over the data: only for a dashboard someone looks at

    // Which columns the last two charts show: planning registers or political data.
    Input input;
    const int tableIndex = m_document->tableIndex(m_table);
    input.current = std::make_shared<const Table>(m_document->table(tableIndex));
    std::shared_ptr<const Table> memberships;
    if (const int m = m_document->tableIndex(QStringLiteral("memberships")); m >= 0)
        memberships = std::make_shared<const Table>(m_document->table(m));
    const Table& here = *input.current;
    const int term = findColumn(here, {"term", "legislativeperiodid", "legislativeperiod"});
    const int party = findColumn(here, {"group", "party", "partyname", "onbehalfofid", "groupid"});
    const bool political = memberships || term >= 0 || (party >= 0 && findColumn(here, {"name"}) >= 0);
    if (political) {
        const auto& t = memberships ? memberships : input.current;
        input.timelineTable = t;
        input.timelineColumn = memberships ? findColumn(*t, {"legislativeperiodid"}) : term;
        input.mixTable = t;
        input.mixColumn = memberships ? findColumn(*t, {"onbehalfofid"}) : party;
        m_timelineTable = m_mixTable = t->name();
        m_timeline->view()->chart()->setTitle(tr("Memberships per term"));
        m_mix->view()->chart()->setTitle(tr("Memberships per party"));
    } else {
        input.timelineTable = input.current;
        input.timelineColumn = findColumn(here,
                                          {"receiveddate", "casedate", "validateddate", "validdate", "startdate",
                                           "applicationdate", "decisiondate", "entrydate", "designationdate"},
                                          true);
        input.mixTable = input.current;
        input.mixColumn = findColumn(here, {"decision", "planningdecision", "applicationdecision", "status"});
        m_timelineTable = m_mixTable = m_table;
    }
    setProperty("political", political);
    m_heading->setText(tr("%1 \u2014 working out the charts\u2026").arg(m_table));
    m_task.start(
        [this](const std::shared_ptr<const void>& result) {
            const auto* profiles = static_cast<const std::vector<ColumnProfile>*>(result.get());
            Data data;
            data.columns.assign(profiles->begin(), profiles->end() - 2);
            data.timeline = profiles->at(profiles->size() - 2);
            data.mix = profiles->back();
            showProfiles(data);
        },
        &dashboardWorker, std::move(input));
}

std::vector<RecordId> DashboardDock::recordsWhere(const QString& table, int rule, int severity, int column) const
{
    std::vector<RecordId> out;
    const auto store = m_document ? m_document->findings() : nullptr;
    if (!store)
        return out;
    for (std::size_t t = 0; t < store->tables().size(); ++t) {
        if (store->tables()[t].name != table)
            continue;
        const auto [first, last] = store->rangeOfTable(std::uint16_t(t));
        for (std::size_t i = first; i < last; ++i) {
            const FindingRecord& f = store->record(i);
            if (f.record == kNoRecord || (rule >= 0 && int(f.rule) != rule) ||
                (severity >= 0 && int(f.severity) != severity) ||
                (column >= 0 && f.column != column && f.column2 != column))
                continue;
            if (out.empty() || out.back() != f.record)
                out.push_back(f.record);
        }
    }
    return out;
}

void DashboardDock::showFindings()
{
    const auto store = m_document ? m_document->findings() : nullptr;
    if (!store) {
        for (ChartCard* card : {m_byRule, m_bySeverity, m_byColumn})
            card->view()->setMessage(tr("Not validated yet: press F5"));
        return;
    }
    // One pass over the current table's findings.
    std::map<int, std::uint64_t> byRule;
    std::map<int, std::uint64_t> byColumn;
    std::array<std::uint64_t, kSeverityCount> bySeverity{};
    QStringList columnNames;
    for (std::size_t t = 0; t < store->tables().size(); ++t) {
        if (store->tables()[t].name != m_table)
            continue;
        columnNames = store->tables()[t].columns;
        const auto [first, last] = store->rangeOfTable(std::uint16_t(t));
        for (std::size_t i = first; i < last; ++i) {
            const FindingRecord& f = store->record(i);
            ++byRule[int(f.rule)];
            ++bySeverity[std::size_t(f.severity)];
            if (f.column >= 0)
                ++byColumn[f.column];
        }
    }
    const auto top = [](const std::map<int, std::uint64_t>& counts) {
        std::vector<std::pair<int, std::uint64_t>> items(counts.begin(), counts.end());
        std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        if (items.size() > std::size_t(kMaxBars))
            items.resize(kMaxBars);
        return items;
    };
    if (byRule.empty()) {
        for (ChartCard* card : {m_byRule, m_bySeverity, m_byColumn})
            card->view()->setMessage(tr("No findings in %1").arg(m_table));
        m_ruleOfBar.clear();
        m_columnOfBar.clear();
        return;
    }
    QStringList labels;
    QList<qreal> values;
    m_ruleOfBar.clear();
    for (const auto& [rule, n] : top(byRule)) {
        labels << store->rules()[std::size_t(rule)].id;
        values << qreal(n);
        m_ruleOfBar.push_back(rule);
    }
    m_byRule->view()->setBars(labels, values, severitycolors::marker(Severity::Warning), tr("findings"), true);

    labels.clear();
    values.clear();
    QList<QColor> colors;
    for (int s = kSeverityCount - 1; s >= 0; --s) {
        labels << severityName(Severity(s));
        values << qreal(bySeverity[std::size_t(s)]);
        colors << severitycolors::marker(Severity(s));
    }
    m_bySeverity->view()->setSlices(labels, values, colors);

    labels.clear();
    values.clear();
    m_columnOfBar.clear();
    for (const auto& [column, n] : top(byColumn)) {
        labels << columnNames.value(column);
        values << qreal(n);
        m_columnOfBar.push_back(column);
    }
    if (labels.isEmpty())
        m_byColumn->view()->setMessage(tr("Every finding concerns whole rows"));
    else
        m_byColumn->view()->setBars(labels, values, severitycolors::marker(Severity::Notice), tr("findings"), true);
}

void DashboardDock::showProfiles(const Data& data)
{
    const QColor accent = palette().color(QPalette::Highlight);
    QStringList labels;
    QList<qreal> values;
    m_completenessColumn.clear();
    for (const ColumnProfile& p : data.columns) {
        labels << p.name;
        values << p.completeness() * 100;
        m_completenessColumn.push_back(p.column);
    }
    m_completeness->view()->setBars(labels, values, accent, tr("% filled"));

    const bool political = property("political").toBool();
    m_timelineProfile = data.timeline;
    m_mixProfile = data.mix;
    const ColumnProfile& t = data.timeline;
    labels.clear();
    values.clear();
    if (t.column < 0)
        m_timeline->view()->setMessage(political ? tr("No term column") : tr("No date column"));
    else if (!political && !t.histogram.empty()) {
        for (const auto& bin : t.histogram) {
            labels << bin.label;
            values << qreal(bin.count);
        }
        m_timeline->view()->setBars(labels, values, accent, tr("applications"));
        m_timeline->view()->chart()->setTitle((t.histogramKind == ColumnProfile::Histogram::Years
                                                   ? tr("Applications per year (%1)")
                                                   : tr("Applications per month (%1)"))
                                                  .arg(t.name));
    } else {
        std::vector<ValueCount> terms = t.top;
        std::sort(terms.begin(), terms.end(),
                  [](const ValueCount& a, const ValueCount& b) { return a.value < b.value; });
        m_timelineProfile.top = terms; // bars in term order
        for (const auto& v : terms) {
            labels << fromUtf8(v.value).section(u'/', -1);
            values << qreal(v.count);
        }
        m_timeline->view()->setBars(labels, values, accent, tr("memberships"));
        m_timeline->view()->chart()->setTitle(political ? tr("Memberships per term (%1)").arg(t.name)
                                                        : tr("Rows per %1").arg(t.name));
    }

    const ColumnProfile& m = data.mix;
    labels.clear();
    values.clear();
    if (m.column < 0)
        m_mix->view()->setMessage(political ? tr("No party column") : tr("No decision column"));
    else if (political) {
        for (std::size_t i = 0; i < m.top.size() && i < std::size_t(kMaxBars); ++i) {
            labels << fromUtf8(m.top[i].value).section(u'/', -1);
            values << qreal(m.top[i].count);
        }
        m_mixProfile.top.resize(std::min(m.top.size(), std::size_t(kMaxBars)));
        m_mix->view()->setBars(labels, values, accent, tr("memberships"), true);
        m_mix->view()->chart()->setTitle(tr("Memberships per party (%1)").arg(m.name));
    } else {
        QList<QColor> colors;
        const QColor palette[] = {QColor(0x2e, 0x8b, 0x57), QColor(0xc6, 0x28, 0x28), QColor(0x1e, 0x66, 0xd0),
                                  QColor(0xe0, 0x8a, 0x00), QColor(0x6a, 0x3d, 0x9a), QColor(0x80, 0x80, 0x80)};
        for (std::size_t i = 0; i < m.top.size() && i < 6; ++i) {
            labels << fromUtf8(m.top[i].value);
            values << qreal(m.top[i].count);
            colors << palette[i];
        }
        m_mixProfile.top.resize(std::min<std::size_t>(m.top.size(), 6));
        m_mix->view()->setSlices(labels, values, colors);
        m_mix->view()->chart()->setTitle(tr("Decisions (%1)").arg(m.name));
    }
    const std::uint64_t rows = data.columns.empty() ? 0 : data.columns.front().count;
    m_heading->setText(tr("%1: %2 rows, %3 columns. Click a bar to show its rows in the grid.")
                           .arg(m_table, QLocale().toString(qulonglong(rows)))
                           .arg(data.columns.size()));
    emit refreshed();
}

} // namespace plumbline
