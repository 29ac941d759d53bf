#include "panels/profile/profile_dock.h"

#include "charts/chart_card.h"
#include "charts/chart_view.h"
#include "document/document.h"
#include "grid/data_grid_view.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "table/table.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plumbline {

namespace {

constexpr int kValueRole = Qt::UserRole + 1;

quint64 cacheKey(int table, int column)
{
    return (quint64(quint32(table + 1)) << 32) | quint32(column);
}

ColumnProfile profileWorker(std::shared_ptr<const Table> table, int column)
{
    // The user waits for this one column: every core shares its counting (the core's own threads, not Qt's pool).
    ProfileOptions options;
    options.threads = std::max(1, QThread::idealThreadCount());
    return profileColumn(*table, column, options);
}

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QTreeWidget* countList(QWidget* parent, const QString& name, const QString& first, const QString& accessible)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({first, ProfileDock::tr("Count"), ProfileDock::tr("Share")});
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->setAccessibleName(accessible);
    list->setAccessibleDescription(ProfileDock::tr("Enter or double-click shows the rows with it in the grid"));
    list->setMinimumHeight(120);
    return list;
}

} // namespace

ProfileDock::ProfileDock(QWidget* parent) : QDockWidget(tr("Column Profile"), parent)
{
    setObjectName(QStringLiteral("profileDock"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150); // arrowing across columns profiles the one the user stops on
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_grid && m_grid->currentIndex().isValid())
            showColumn(m_grid->currentIndex().column());
    });

    auto* body = new QWidget;
    m_heading = new QLabel(body);
    m_heading->setObjectName(QStringLiteral("profileHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type = new QLabel(body);
    m_type->setObjectName(QStringLiteral("profileType"));
    m_type->setWordWrap(true);
    m_complete = new QLabel(body);
    m_complete->setObjectName(QStringLiteral("profileComplete"));
    m_completeBar = new QProgressBar(body);
    m_completeBar->setRange(0, 1000);
    m_completeBar->setTextVisible(false);
    m_completeBar->setMaximumHeight(8);
    m_completeBar->setAccessibleName(tr("Completeness"));
    m_distinct = new QLabel(body);
    m_distinct->setObjectName(QStringLiteral("profileDistinct"));
    m_range = new QLabel(body);
    m_range->setObjectName(QStringLiteral("profileRange"));
    m_range->setWordWrap(true);
    for (QLabel* label : {m_type, m_complete, m_distinct, m_range})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    facts->addRow(tr("Type:"), m_type);
    auto* complete = new QVBoxLayout;
    complete->setSpacing(2);
    complete->addWidget(m_complete);
    complete->addWidget(m_completeBar);
    facts->addRow(tr("Filled:"), complete);
    facts->addRow(tr("Distinct:"), m_distinct);
    facts->addRow(tr("Range:"), m_range);

    m_chart = new ChartCard(QStringLiteral("profile"), tr("Values"), body);
    m_chart->setMinimumHeight(220);
    connect(m_chart->view(), &ChartView::activated, this, &ProfileDock::onChartActivated);
    m_top = countList(body, QStringLiteral("profileTopValues"), tr("Top value"), tr("Top values"));
    m_shapes = countList(body, QStringLiteral("profileShapes"), tr("Shape"), tr("Shapes"));
    connect(m_top, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { onItemActivated(item, false); });
    connect(m_shapes, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { onItemActivated(item, true); });
    auto* hint = new QLabel(tr("Enter or double-click on a value, a shape or a bar shows its rows in the grid."), body);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addLayout(facts);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_top, 1);
    layout->addWidget(m_shapes, 1);
    layout->addWidget(hint);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    setFocusProxy(m_top);
    clearDisplay(tr("Choose a cell: its column is profiled here."));
}

void ProfileDock::setGrid(DataGridView* grid)
{
    for (const auto& c : m_gridConnections)
        disconnect(c);
    m_gridConnections.clear();
    m_grid = grid;
    TableModel* table = grid && grid->rowView() ? grid->rowView()->tableModel() : nullptr;
    connectDocument(table ? table->document() : nullptr);
    if (!grid) {
        clearDisplay(tr("Open a file to profile its columns."));
        return;
    }
    m_gridConnections << connect(grid->selectionModel(), &QItemSelectionModel::currentColumnChanged, m_delay,
                                 qOverload<>(&QTimer::start));
    m_gridConnections << connect(grid->model(), &QAbstractItemModel::modelReset, m_delay, qOverload<>(&QTimer::start));
    m_column = -1;
    m_delay->start();
}

void ProfileDock::connectDocument(Document* document)
{
    if (document == m_document)
        return;
    for (const auto& c : m_documentConnections)
        disconnect(c);
    m_documentConnections.clear();
    m_cache.clear();
    m_document = document;
    if (!document)
        return;
    auto& c = m_documentConnections;
    c << connect(
        document, &Document::cellsChanged, this,
        [this](int table, const std::vector<RecordId>&, int first, int last) { invalidate(table, first, last); });
    for (auto signal :
         {&Document::rowsInserted, &Document::rowsRemoved, &Document::columnsInserted, &Document::columnsRemoved})
        c << connect(document, signal, this, [this](int table) { invalidate(table, -1, -1); });
    c << connect(document, &Document::tableReset, this, [this](int table) { invalidate(table, -1, -1); });
}

void ProfileDock::invalidate(int table, int firstColumn, int lastColumn)
{
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        const int t = int(it.key() >> 32) - 1;
        const int c = int(it.key() & 0xffffffffU);
        if (t == table && (firstColumn < 0 || (c >= firstColumn && c <= lastColumn)))
            it = m_cache.erase(it);
        else
            ++it;
    }
    // The profile on screen is computed again once the edits pause.
    TableModel* model = m_grid && m_grid->rowView() ? m_grid->rowView()->tableModel() : nullptr;
    if (model && model->tableIndex() == table && m_shown.column >= 0 &&
        (firstColumn < 0 || (m_shown.column >= firstColumn && m_shown.column <= lastColumn))) {
        m_column = -1;
        m_delay->start(500);
    }
}

void ProfileDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    m_delay->start();
}

QString ProfileDock::columnName() const
{
    return m_shown.name;
}

void ProfileDock::showColumn(int column)
{
    TableModel* model = m_grid && m_grid->rowView() ? m_grid->rowView()->tableModel() : nullptr;
    if (!model || !model->table() || column < 0 || column >= model->columnCount()) {
        clearDisplay(tr("Choose a cell: its column is profiled here."));
        return;
    }
    if (!isVisible() && !m_grid->isVisible())
        return;
    const quint64 key = cacheKey(model->document() ? model->tableIndex() : -2, column);
    if (column == m_column && key == m_pendingKey && (m_task.isRunning() || m_shown.column == column))
        return;
    m_column = column;
    m_pendingKey = key;
    if (model->document())
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
            m_task.abandon();
            display(*it);
            return;
        }
    m_heading->setText(tr("<b>%1</b> \u2014 profiling\u2026").arg(model->table()->columnName(column).toHtmlEscaped()));
    auto snapshot = std::make_shared<const Table>(*model->table());
    const bool cache = model->document() != nullptr;
    m_task.start(
        [this, key, cache](const ColumnProfile& profile) {
            if (cache)
                m_cache.insert(key, profile);
            if (key == m_pendingKey)
                display(profile);
        },
        &profileWorker, std::move(snapshot), column);
}

void ProfileDock::clearDisplay(const QString& why)
{
    m_shown = ColumnProfile();
    m_heading->setText(why.toHtmlEscaped());
    for (QLabel* label : {m_type, m_complete, m_distinct, m_range})
        label->clear();
    m_completeBar->setValue(0);
    m_top->clear();
    m_shapes->clear();
    m_chart->view()->setMessage(QString());
}

void ProfileDock::display(const ColumnProfile& p)
{
    m_shown = p;
    const QLocale locale;
    const auto n = [&](std::uint64_t v) { return locale.toString(qulonglong(v)); };
    const std::uint64_t filled = p.count - p.empty;
    m_heading->setText(tr("<b>%1</b> \u2014 %2").arg(p.name.toHtmlEscaped(), columnTypeName(p.type)));
    m_heading->setAccessibleName(tr("Profile of the column %1").arg(p.name));
    if (p.type == ColumnType::Empty)
        m_type->setText(tr("every cell is blank"));
    else if (p.type == ColumnType::Text)
        m_type->setText(tr("text (no other type fits most values)"));
    else
        m_type->setText(tr("%1: %2 of %3 values fit (%4%)")
                            .arg(columnTypeName(p.type), n(p.typed), n(filled))
                            .arg(locale.toString(filled ? 100.0 * double(p.typed) / double(filled) : 0.0, 'f', 1)));
    m_complete->setText(tr("%1% \u2014 %2 of %3 cells, %4 blank")
                            .arg(locale.toString(p.completeness() * 100, 'f', 1), n(filled), n(p.count), n(p.empty)));
    m_completeBar->setValue(int(p.completeness() * 1000));
    m_distinct->setText(p.distinct == filled && filled > 1 ? tr("%1 (every value is different)").arg(n(p.distinct))
                                                           : n(p.distinct));
    m_range->setText(p.hasRange() ? tr("%1 \u2026 %2, median %3").arg(p.min, p.max, p.median)
                                  : tr("(numbers and dates only)"));

    const auto fill = [&](QTreeWidget* list, const std::vector<ValueCount>& items, bool shape) {
        list->clear();
        for (const auto& v : items) {
            const QString value = fromUtf8(v.value);
            auto* item = new QTreeWidgetItem(list);
            item->setText(0, shape ? value : value.left(200));
            item->setData(0, kValueRole, value);
            item->setToolTip(0, shape ? tr("Values shaped %1: 9 a digit, A a capital, a a small letter").arg(value)
                                      : value);
            item->setText(1, n(v.count));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2, locale.toString(filled ? 100.0 * double(v.count) / double(filled) : 0.0, 'f', 1) +
                                 QLatin1Char('%'));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    };
    fill(m_top, p.top, false);
    fill(m_shapes, p.shapes, true);

    ChartView* chart = m_chart->view();
    const QColor color = palette().color(QPalette::Highlight);
    if (!p.histogram.empty()) {
        QStringList labels;
        QList<qreal> values;
        for (const auto& bin : p.histogram) {
            labels << bin.label;
            values << qreal(bin.count);
        }
        chart->chart()->setTitle(p.histogramKind == ColumnProfile::Histogram::Numbers  ? tr("Distribution")
                                 : p.histogramKind == ColumnProfile::Histogram::Months ? tr("Values by month")
                                                                                       : tr("Values by year"));
        chart->setBars(labels, values, color, tr("rows"));
    } else if (!p.top.empty()) {
        QStringList labels;
        QList<qreal> values;
        for (const auto& v : p.top) {
            labels << fromUtf8(v.value);
            values << qreal(v.count);
        }
        chart->setBars(labels, values, color, tr("rows"), true);
    } else
        chart->setMessage(tr("No values to chart"));
    emit profiled();
}

void ProfileDock::onItemActivated(QTreeWidgetItem* item, bool shape)
{
    if (!item || m_shown.column < 0)
        return;
    const QString value = item->data(0, kValueRole).toString();
    ColumnCondition condition;
    condition.kind = shape ? ColumnCondition::Kind::Shape : ColumnCondition::Kind::Equals;
    condition.column = m_shown.column;
    condition.text = value.toStdString();
    condition.label = shape ? tr("%1 shaped %2").arg(m_shown.name, value) : tr("%1 = %2").arg(m_shown.name, value);
    emit conditionRequested(condition);
}

void ProfileDock::onChartActivated(int index)
{
    if (m_shown.column < 0 || index < 0)
        return;
    ColumnCondition condition;
    condition.column = m_shown.column;
    if (!m_shown.histogram.empty()) {
        if (std::size_t(index) >= m_shown.histogram.size())
            return;
        const HistogramBin& bin = m_shown.histogram[std::size_t(index)];
        const bool dates = m_shown.histogramKind != ColumnProfile::Histogram::Numbers;
        condition.kind = dates ? ColumnCondition::Kind::DateRange : ColumnCondition::Kind::NumberRange;
        condition.low = bin.low;
        // The last bar of a number histogram holds its upper bound too.
        condition.high =
            !dates && std::size_t(index) + 1 == m_shown.histogram.size() ? std::nextafter(bin.high, 1e300) : bin.high;
        condition.label = tr("%1 in %2").arg(m_shown.name, bin.label);
    } else {
        if (std::size_t(index) >= m_shown.top.size())
            return;
        condition.kind = ColumnCondition::Kind::Equals;
        condition.text = m_shown.top[std::size_t(index)].value;
        condition.label = tr("%1 = %2").arg(m_shown.name, fromUtf8(condition.text));
    }
    emit conditionRequested(condition);
}

} // namespace plumbline
