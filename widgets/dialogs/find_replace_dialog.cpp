#include "dialogs/find_replace_dialog.h"

#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace plumbline {

namespace {

/// What a count worker hands back.
struct CountResult
{
    std::vector<CellRef> matches;
    QString error; ///< the options do not compile
};

void countWorker(QPromise<CountResult>& promise, std::shared_ptr<const Dataset> snapshot, int table,
                 FindOptions options)
{
    PromiseProgress<CountResult> progress(promise);
    const auto matcher = CellMatcher::compile(options);
    CountResult result;
    if (!matcher)
        result.error = matcher.error().message;
    else
        result.matches = findAll(*snapshot->tables[std::size_t(table)], matcher.value(), SIZE_MAX, &progress);
    if (!progress.canceled())
        promise.addResult(std::move(result));
}

void replaceWorker(QPromise<CellChanges>& promise, std::shared_ptr<const Dataset> snapshot, int table,
                   FindOptions options)
{
    PromiseProgress<CellChanges> progress(promise);
    const auto matcher = CellMatcher::compile(options);
    if (!matcher)
        return;
    CellChanges changes = replaceAll(*snapshot->tables[std::size_t(table)], matcher.value(), &progress);
    if (!progress.canceled())
        promise.addResult(std::move(changes));
}

constexpr int kCountDelayMs = 250;

bool before(const CellRef& a, const CellRef& b)
{
    return a.row < b.row || (a.row == b.row && a.column < b.column);
}

} // namespace

FindReplaceDialog::FindReplaceDialog(Document* document, int table, QWidget* parent)
    : QDialog(parent), m_document(document), m_table(table)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and Replace"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kCountDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &FindReplaceDialog::count);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setAccessibleName(tr("Find"));
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_regex = new QCheckBox(tr("Regular e&xpression (RE2; \\1 in the replacement is the first group)"), this);
    m_regex->setObjectName(QStringLiteral("findRegex"));
    m_wholeCell = new QCheckBox(tr("&Whole cell"), this);
    m_wholeCell->setObjectName(QStringLiteral("findWholeCell"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setObjectName(QStringLiteral("findCase"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("findScope"));
    m_scope->setAccessibleName(tr("Look in"));
    m_scope->addItem(tr("All columns"), -1);
    const Table& t = document->table(table);
    for (int c = 0; c < t.columnCount(); ++c)
        m_scope->addItem(t.columnName(c), c);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("Re&place with:"), m_replace);
    form->addRow(tr("&Look in:"), m_scope);
    form->addRow(QString(), m_regex);
    form->addRow(QString(), m_wholeCell);
    form->addRow(QString(), m_case);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_findNext = buttons->addButton(tr("Find &Next"), QDialogButtonBox::ActionRole);
    m_findNext->setObjectName(QStringLiteral("findNext"));
    m_findNext->setDefault(true);
    m_replaceOne = buttons->addButton(tr("&Replace"), QDialogButtonBox::ActionRole);
    m_replaceOne->setObjectName(QStringLiteral("replaceOne"));
    m_replaceAll = buttons->addButton(tr("Replace &All"), QDialogButtonBox::ActionRole);
    m_replaceAll->setObjectName(QStringLiteral("replaceAll"));
    connect(m_findNext, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceDialog::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceDialog::schedule);
    connect(m_regex, &QCheckBox::toggled, this, &FindReplaceDialog::schedule);
    connect(m_wholeCell, &QCheckBox::toggled, this, &FindReplaceDialog::schedule);
    connect(m_case, &QCheckBox::toggled, this, &FindReplaceDialog::schedule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindReplaceDialog::schedule);
    connect(m_replace, &QLineEdit::textChanged, this, &FindReplaceDialog::schedule); // a bad \2 is an error
    connect(&m_replaceTask, &BackgroundTask::canceled, this, [this] { m_replaceAll->setEnabled(true); });
    connect(document, &Document::cellsChanged, this, [this](int changed) {
        if (changed == m_table)
            schedule();
    });
    schedule();
}

FindOptions FindReplaceDialog::options() const
{
    FindOptions o;
    o.text = m_find->text();
    o.replacement = m_replace->text();
    o.regex = m_regex->isChecked();
    o.wholeCell = m_wholeCell->isChecked();
    o.caseSensitive = m_case->isChecked();
    o.column = m_scope->currentData().toInt();
    return o;
}

void FindReplaceDialog::setCurrentCell(std::size_t row, int column)
{
    m_current = CellRef{row, column};
}

void FindReplaceDialog::schedule()
{
    m_matchesReady = false;
    m_countTask.abandon();
    if (m_find->text().isEmpty()) {
        m_delay.stop();
        m_status->clear();
        return;
    }
    m_delay.start();
}

void FindReplaceDialog::count()
{
    m_delay.stop();
    m_matchesReady = false;
    m_status->setText(tr("Searching…"));
    const quint64 generation = m_document->generation();
    m_countTask.start(
        [this, generation](const CountResult& result) {
            if (!result.error.isEmpty()) {
                m_status->setText(result.error);
                m_findAfterCount = false;
                emit counted();
                return;
            }
            m_matches = result.matches;
            m_matchesReady = true;
            m_matchesGeneration = generation;
            m_status->setText(m_matches.empty() ? tr("No cell matches.")
                                                : tr("%n cell(s) match.", nullptr, int(m_matches.size())));
            m_status->setAccessibleDescription(m_status->text());
            emit counted();
            if (m_findAfterCount) {
                m_findAfterCount = false;
                findNext();
            }
        },
        countWorker, m_document->snapshot(), m_table, options());
}

bool FindReplaceDialog::matchesAreCurrent() const
{
    return m_matchesReady && m_matchesGeneration == m_document->generation();
}

void FindReplaceDialog::findNext()
{
    if (m_find->text().isEmpty())
        return;
    if (!matchesAreCurrent()) {
        m_findAfterCount = true;
        count();
        return;
    }
    if (m_matches.empty())
        return;
    // The first match after the current cell, wrapping to the top.
    auto it = m_matches.begin();
    if (m_current)
        it = std::upper_bound(m_matches.begin(), m_matches.end(), *m_current, before);
    if (it == m_matches.end())
        it = m_matches.begin();
    m_current = *it;
    const std::size_t position = std::size_t(it - m_matches.begin()) + 1;
    m_status->setText(tr("Match %1 of %2.").arg(position).arg(m_matches.size()));
    emit cellFound(m_table, qulonglong(it->row), it->column);
}

void FindReplaceDialog::replaceCurrent()
{
    const auto matcher = CellMatcher::compile(options());
    if (!matcher) {
        m_status->setText(matcher.error().message);
        return;
    }
    const Table& t = m_document->table(m_table);
    if (m_current && m_current->row < t.rowCount() && m_current->column < t.columnCount()) {
        const std::string_view cell = t.cell(m_current->row, m_current->column);
        const bool inScope = options().column < 0 || options().column == m_current->column;
        if (inScope) {
            if (auto replaced = matcher.value().replace(cell))
                m_document->setCell(m_table, t.recordId(m_current->row), m_current->column, *replaced);
        }
    }
    findNext();
}

void FindReplaceDialog::replaceAll()
{
    const auto matcher = CellMatcher::compile(options());
    if (!matcher) {
        m_status->setText(matcher.error().message);
        return;
    }
    m_status->setText(tr("Replacing…"));
    m_replaceAll->setEnabled(false);
    const quint64 generation = m_document->generation();
    const FindOptions o = options();
    m_replaceTask.start(
        [this, generation, o](const CellChanges& changes) {
            m_replaceAll->setEnabled(true);
            if (m_document->generation() != generation) {
                replaceAll(); // edited meanwhile: replace in the current data
                return;
            }
            const std::size_t cells = m_document->applyChanges(
                m_table, changes,
                tr("Replace '%1' with '%2' (%n cell(s))", nullptr, int(changes.size())).arg(o.text, o.replacement));
            m_status->setText(tr("Replaced %n cell(s).", nullptr, int(cells)));
            m_status->setAccessibleDescription(m_status->text());
            emit replaced(qulonglong(cells));
        },
        replaceWorker, m_document->snapshot(), m_table, o);
}

} // namespace plumbline
