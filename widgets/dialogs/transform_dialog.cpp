#include "dialogs/transform_dialog.h"

#include "document/document.h"
#include "itemmodels/change_preview_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace plumbline {

namespace {

using Op = TransformSpec::Operation;

/// What a preview worker hands back (default-constructible for QFuture).
struct PreviewResult
{
    std::optional<TransformOutcome> outcome;
    Error error;
    ChangePreview preview;
};

void previewWorker(QPromise<PreviewResult>& promise, std::shared_ptr<const Dataset> snapshot, int table,
                   TransformSpec spec)
{
    PromiseProgress<PreviewResult> progress(promise);
    const Table& t = *snapshot->tables[std::size_t(table)];
    auto outcome = runTransform(t, spec, &progress);
    if (progress.canceled())
        return;
    PreviewResult result;
    if (!outcome) {
        result.error = outcome.error();
    } else {
        result.preview = previewTransform(t, table, outcome.value(), TransformDialog::kPreviewRows);
        result.outcome = std::move(outcome).value();
    }
    promise.addResult(std::move(result));
}

/// The pause after the last keystroke before the preview is recomputed.
constexpr int kPreviewDelayMs = 250;

QLineEdit* lineEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

TransformDialog::TransformDialog(Document* document, int table, int column, QWidget* parent)
    : QDialog(parent), m_document(document), m_table(table)
{
    setObjectName(QStringLiteral("transformDialog"));
    setWindowTitle(tr("Transform Column"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kPreviewDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &TransformDialog::refresh);

    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("transformOperation"));
    m_operation->setAccessibleName(tr("Operation"));
    const std::pair<Op, QString> operations[] = {
        {Op::Trim, tr("Trim spaces")},
        {Op::CollapseSpaces, tr("Tidy spaces (trim and collapse)")},
        {Op::Upper, tr("UPPER CASE")},
        {Op::Lower, tr("lower case")},
        {Op::Title, tr("Title Case")},
        {Op::Replace, tr("Replace (regular expression)")},
        {Op::Split, tr("Split into columns")},
        {Op::Join, tr("Join columns")},
        {Op::Map, tr("Map values")},
        {Op::Dates, tr("Reformat dates")},
        {Op::Point, tr("Point from coordinates")},
    };
    for (const auto& [op, label] : operations)
        m_operation->addItem(label, int(op));
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("transformColumn"));
    m_column->setAccessibleName(tr("Column"));
    const Table& t = document->table(table);
    for (int c = 0; c < t.columnCount(); ++c)
        m_column->addItem(t.columnName(c), c);
    m_column->setCurrentIndex(std::clamp(column, 0, std::max(0, t.columnCount() - 1)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Operation:"), m_operation);
    form->addRow(tr("&Column:"), m_column);

    m_preview = new ChangePreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("transformPreview"));
    m_previewView->setAccessibleName(tr("Preview of the changes"));
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setWordWrap(false);
    m_previewView->setColumnWidth(ChangePreviewModel::RowColumn, 64);
    m_previewView->setColumnWidth(ChangePreviewModel::ColumnColumn, 140);
    m_previewView->setColumnWidth(ChangePreviewModel::BeforeColumn, 260);
    auto* previewLabel = new QLabel(tr("&Preview (the first rows that change):"), this);
    previewLabel->setBuddy(m_previewView);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("transformCount"));
    m_count->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyTransform"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &TransformDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildParameters());
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(820, 600);

    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_operation->currentIndex());
        schedule();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, &TransformDialog::schedule);
    schedule();
}

QWidget* TransformDialog::buildParameters()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("transformParameters"));
    const Table& t = m_document->table(m_table);
    auto changed = [this] { schedule(); };
    auto page = [this](QLayout* layout) {
        auto* w = new QWidget(m_pages);
        w->setLayout(layout);
        m_pages->addWidget(w);
    };
    // Trim, tidy, upper, lower, title: nothing to ask.
    for (int i = 0; i < 5; ++i)
        page(new QFormLayout);

    auto* replace = new QFormLayout;
    m_pattern = lineEdit(QStringLiteral("transformPattern"), tr("Pattern"), m_pages);
    m_pattern->setPlaceholderText(tr("RE2, e.g. (\\d{2})/(\\d{2})/(\\d{4})"));
    m_replacement = lineEdit(QStringLiteral("transformReplacement"), tr("Replacement"), m_pages);
    m_replacement->setPlaceholderText(tr("\\1 … \\9 are the groups, e.g. \\3-\\2-\\1"));
    m_caseSensitive = new QCheckBox(tr("Match &case"), m_pages);
    m_caseSensitive->setChecked(true);
    replace->addRow(tr("&Find pattern:"), m_pattern);
    replace->addRow(tr("&Replace with:"), m_replacement);
    replace->addRow(QString(), m_caseSensitive);
    page(replace);
    connect(m_pattern, &QLineEdit::textChanged, this, changed);
    connect(m_replacement, &QLineEdit::textChanged, this, changed);
    connect(m_caseSensitive, &QCheckBox::toggled, this, changed);

    auto* split = new QFormLayout;
    m_separator = lineEdit(QStringLiteral("transformSeparator"), tr("Separator"), m_pages);
    m_separator->setText(QStringLiteral(";"));
    m_maxParts = new QSpinBox(m_pages);
    m_maxParts->setAccessibleName(tr("At most this many parts"));
    m_maxParts->setRange(0, 50);
    m_maxParts->setSpecialValueText(tr("as many as there are"));
    m_names = lineEdit(QStringLiteral("transformNames"), tr("New column names"), m_pages);
    m_names->setPlaceholderText(tr("names separated by commas (optional)"));
    split->addRow(tr("&Separator:"), m_separator);
    split->addRow(tr("At &most:"), m_maxParts);
    split->addRow(tr("New column &names:"), m_names);
    page(split);
    connect(m_separator, &QLineEdit::textChanged, this, changed);
    connect(m_maxParts, &QSpinBox::valueChanged, this, changed);
    connect(m_names, &QLineEdit::textChanged, this, changed);

    auto* join = new QFormLayout;
    m_joinColumns = new QListWidget(m_pages);
    m_joinColumns->setObjectName(QStringLiteral("transformJoinColumns"));
    m_joinColumns->setAccessibleName(tr("Columns to join"));
    m_joinColumns->setMaximumHeight(110);
    for (int c = 0; c < t.columnCount(); ++c) {
        auto* item = new QListWidgetItem(t.columnName(c), m_joinColumns);
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_joinSeparator = lineEdit(QStringLiteral("transformJoinSeparator"), tr("Join with"), m_pages);
    m_joinSeparator->setText(QStringLiteral(", "));
    m_joinTarget = new QComboBox(m_pages);
    m_joinTarget->setAccessibleName(tr("Into"));
    m_joinTarget->addItem(tr("a new column"), -1);
    for (int c = 0; c < t.columnCount(); ++c)
        m_joinTarget->addItem(t.columnName(c), c);
    m_joinName = lineEdit(QStringLiteral("transformJoinName"), tr("New column name"), m_pages);
    m_joinName->setText(tr("joined"));
    join->addRow(tr("Co&lumns:"), m_joinColumns);
    join->addRow(tr("Join &with:"), m_joinSeparator);
    join->addRow(tr("&Into:"), m_joinTarget);
    join->addRow(tr("New column &name:"), m_joinName);
    page(join);
    connect(m_joinColumns, &QListWidget::itemChanged, this, changed);
    connect(m_joinSeparator, &QLineEdit::textChanged, this, changed);
    connect(m_joinTarget, &QComboBox::currentIndexChanged, this, changed);
    connect(m_joinName, &QLineEdit::textChanged, this, changed);

    auto* map = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_mapFile = lineEdit(QStringLiteral("transformMapFile"), tr("Value map file"), m_pages);
    m_mapFile->setPlaceholderText(tr("a CSV file: value, replacement"));
    auto* browse = new QPushButton(tr("&Browse…"), m_pages);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Value Map"), QString(),
                                                          tr("CSV files (*.csv *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_mapFile->setText(path);
    });
    fileRow->addWidget(m_mapFile);
    fileRow->addWidget(browse);
    m_pairs = new QPlainTextEdit(m_pages);
    m_pairs->setObjectName(QStringLiteral("transformPairs"));
    m_pairs->setAccessibleName(tr("Value pairs"));
    m_pairs->setPlaceholderText(tr("one pair a line: Approve,granted"));
    m_pairs->setTabChangesFocus(true);
    m_pairs->setMaximumHeight(90);
    m_mapCase = new QCheckBox(tr("Match &case"), m_pages);
    map->addRow(tr("&File:"), fileRow);
    map->addRow(tr("or &pairs:"), m_pairs);
    map->addRow(QString(), m_mapCase);
    page(map);
    connect(m_mapFile, &QLineEdit::textChanged, this, changed);
    connect(m_pairs, &QPlainTextEdit::textChanged, this, changed);
    connect(m_mapCase, &QCheckBox::toggled, this, changed);

    auto* dates = new QFormLayout;
    m_dateInput = new QComboBox(m_pages);
    m_dateInput->setObjectName(QStringLiteral("transformDateInput"));
    m_dateInput->setAccessibleName(tr("Read the dates"));
    m_dateInput->addItem(tr("as the column writes them (detected)"), int(DateInput::Detected));
    m_dateInput->addItem(tr("day first (dd/mm/yyyy)"), int(DateInput::DayFirst));
    m_dateInput->addItem(tr("month first (mm/dd/yyyy)"), int(DateInput::MonthFirst));
    m_dateInput->addItem(tr("in this pattern:"), int(DateInput::Pattern));
    m_dateFrom = lineEdit(QStringLiteral("transformDateFrom"), tr("Input pattern"), m_pages);
    m_dateFrom->setPlaceholderText(QStringLiteral("dd.mm.yyyy"));
    m_dateOutput = lineEdit(QStringLiteral("transformDateOutput"), tr("Output pattern"), m_pages);
    m_dateOutput->setText(QStringLiteral("yyyy-mm-dd"));
    dates->addRow(tr("&Read:"), m_dateInput);
    dates->addRow(tr("Input &pattern:"), m_dateFrom);
    dates->addRow(tr("&Write as:"), m_dateOutput);
    page(dates);
    connect(m_dateInput, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dateFrom, &QLineEdit::textChanged, this, changed);
    connect(m_dateOutput, &QLineEdit::textChanged, this, changed);

    auto* point = new QFormLayout;
    m_yColumn = new QComboBox(m_pages);
    m_yColumn->setObjectName(QStringLiteral("transformYColumn"));
    m_yColumn->setAccessibleName(tr("y column"));
    m_pointTarget = new QComboBox(m_pages);
    m_pointTarget->setAccessibleName(tr("Into"));
    m_pointTarget->addItem(tr("a new column"), -1);
    for (int c = 0; c < t.columnCount(); ++c) {
        m_yColumn->addItem(t.columnName(c), c);
        m_pointTarget->addItem(t.columnName(c), c);
    }
    m_pointName = lineEdit(QStringLiteral("transformPointName"), tr("New column name"), m_pages);
    m_pointName->setText(QStringLiteral("point"));
    auto* pointNote = new QLabel(tr("The column above holds x (longitude or easting). British National Grid "
                                    "references are converted to WGS84 with PROJ."),
                                 m_pages);
    pointNote->setWordWrap(true);
    point->addRow(tr("&y column:"), m_yColumn);
    point->addRow(tr("&Into:"), m_pointTarget);
    point->addRow(tr("New column &name:"), m_pointName);
    point->addRow(pointNote);
    page(point);
    connect(m_yColumn, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pointTarget, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pointName, &QLineEdit::textChanged, this, changed);
    return m_pages;
}

void TransformDialog::setOperation(TransformSpec::Operation operation)
{
    m_operation->setCurrentIndex(m_operation->findData(int(operation)));
}

TransformSpec TransformDialog::spec() const
{
    TransformSpec s;
    s.operation = Op(m_operation->currentData().toInt());
    s.column = m_column->currentData().toInt();
    s.pattern = m_pattern->text();
    s.replacement = m_replacement->text();
    s.caseSensitive = s.operation == Op::Map ? m_mapCase->isChecked() : m_caseSensitive->isChecked();
    s.separator = s.operation == Op::Join ? m_joinSeparator->text() : m_separator->text();
    s.maxParts = m_maxParts->value();
    for (const QString& name : m_names->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.names << name.trimmed();
    for (int i = 0; i < m_joinColumns->count(); ++i)
        if (m_joinColumns->item(i)->checkState() == Qt::Checked)
            s.columns.push_back(m_joinColumns->item(i)->data(Qt::UserRole).toInt());
    s.target = s.operation == Op::Point ? m_pointTarget->currentData().toInt() : m_joinTarget->currentData().toInt();
    s.newColumn = s.operation == Op::Point ? m_pointName->text() : m_joinName->text();
    s.mapFile = m_mapFile->text().trimmed();
    for (const QString& line : m_pairs->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma > 0)
            s.pairs.emplace_back(line.left(comma).trimmed(), line.mid(comma + 1).trimmed());
    }
    s.dates.from = DateInput(m_dateInput->currentData().toInt());
    s.dates.fromPattern = m_dateFrom->text();
    s.dates.toPattern = m_dateOutput->text();
    s.yColumn = m_yColumn->currentData().toInt();
    return s;
}

void TransformDialog::schedule()
{
    m_apply->setEnabled(false);
    m_delay.start();
}

void TransformDialog::refresh()
{
    m_delay.stop();
    m_apply->setEnabled(false);
    m_count->setText(tr("Previewing…"));
    const TransformSpec s = spec();
    const quint64 generation = m_document->generation();
    m_task.start(
        [this, s, generation](const PreviewResult& r) {
            if (r.outcome)
                shown(*r.outcome, s, generation);
            else
                shown(r.error, s, generation);
            if (r.outcome) {
                QStringList columns;
                const Table& t = m_document->table(m_table);
                for (int c = 0; c < t.columnCount(); ++c)
                    columns << t.columnName(c);
                m_preview->setPreview(r.preview.cells, columns, r.outcome->newColumns);
                m_count->setText(r.preview.count == 0
                                     ? tr("Nothing would change.")
                                     : tr("%n cell(s) will change.", nullptr, int(r.preview.count)) +
                                           (r.outcome->skipped
                                                ? QLatin1Char(' ') + tr("%n row(s) have coordinates of no known system "
                                                                        "and are left out.",
                                                                        nullptr, int(r.outcome->skipped))
                                                : QString()));
                m_apply->setEnabled(r.preview.count > 0);
            }
            m_count->setAccessibleDescription(m_count->text());
            emit previewed();
        },
        previewWorker, m_document->snapshot(), m_table, s);
}

void TransformDialog::shown(const Result<TransformOutcome>& outcome, const TransformSpec& spec, quint64 generation)
{
    if (!outcome) {
        m_outcome.reset();
        m_preview->setPreview({}, {});
        m_count->setText(outcome.error().toString());
        return;
    }
    m_outcome = outcome.value();
    m_outcomeSpec = spec;
    m_outcomeGeneration = generation;
}

void TransformDialog::apply()
{
    if (isPreviewing() || !m_outcome)
        return;
    if (m_document->generation() != m_outcomeGeneration) {
        refresh(); // the data changed since the preview: show the new one before applying anything
        return;
    }
    m_applied = applyTransform(*m_document, m_table, *m_outcome, m_outcomeSpec.describe(m_document->table(m_table)));
    accept();
}

} // namespace plumbline
