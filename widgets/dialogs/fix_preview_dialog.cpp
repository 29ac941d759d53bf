#include "dialogs/fix_preview_dialog.h"

#include "document/document.h"
#include "fixes/fix_apply.h"
#include "fixes/fix_planner.h"
#include "itemmodels/fix_plan_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace plumbline {

namespace {

void planWorker(QPromise<std::vector<FixPlan>>& promise, FixPlanner planner, FixRequest request)
{
    PromiseProgress<std::vector<FixPlan>> progress(promise);
    std::vector<FixPlan> plans = !request.findings.empty() ? planner.plans(request.findings, &progress)
                                 : request.rule.isEmpty()  ? planner.plansForRules({}, false, &progress)
                                                           : planner.plansForRule(request.rule, &progress);
    if (!progress.canceled())
        promise.addResult(std::move(plans));
}

QTableView* planView(FixPlanModel* model, const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(FixPlanModel::ApplyColumn, 56);
    view->setColumnWidth(FixPlanModel::RowColumn, 64);
    view->setColumnWidth(FixPlanModel::ColumnColumn, 140);
    view->setColumnWidth(FixPlanModel::BeforeColumn, 200);
    view->setColumnWidth(FixPlanModel::AfterColumn, 200);
    return view;
}

} // namespace

FixPreviewDialog::FixPreviewDialog(Document* document, std::vector<FixPlan> plans, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    build();
    showPlans(std::move(plans), document->generation());
}

FixPreviewDialog::FixPreviewDialog(Document* document, FixRequest request, QWidget* parent)
    : QDialog(parent), m_document(document), m_request(std::move(request)), m_fromRequest(true)
{
    build();
    plan();
}

void FixPreviewDialog::build()
{
    setObjectName(QStringLiteral("fixPreviewDialog"));
    setWindowTitle(tr("Preview Quick Fixes"));
    m_safe = new FixPlanModel(this);
    m_judgement = new FixPlanModel(this);
    m_safeView = planView(m_safe, QStringLiteral("safeFixes"), tr("Fixes that need no judgement"), this);
    m_judgementView =
        planView(m_judgement, QStringLiteral("judgementFixes"), tr("Fixes that need your judgement"), this);
    auto* safeLabel = new QLabel(tr("&Fixes that need no judgement:"), this);
    safeLabel->setBuddy(m_safeView);
    m_judgementLabel = new QLabel(tr("Fixes that need your &judgement (check each one to apply it):"), this);
    m_judgementLabel->setBuddy(m_judgementView);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("fixCount"));
    m_count->setAccessibleName(tr("Cells to change"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyFixes"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &FixPreviewDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_safe, &FixPlanModel::checkedChanged, this, &FixPreviewDialog::updateCount);
    connect(m_judgement, &FixPlanModel::checkedChanged, this, &FixPreviewDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(safeLabel);
    layout->addWidget(m_safeView, 2);
    layout->addWidget(m_judgementLabel);
    layout->addWidget(m_judgementView, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(900, 560);
}

void FixPreviewDialog::plan()
{
    m_apply->setEnabled(false);
    m_count->setText(tr("Preparing the fixes…"));
    const quint64 generation = m_document->generation();
    m_task.start([this, generation](const std::vector<FixPlan>& plans) { showPlans(plans, generation); }, planWorker,
                 FixPlanner::snapshotOf(*m_document), m_request);
}

void FixPreviewDialog::showPlans(std::vector<FixPlan> plans, quint64 generation)
{
    m_generation = generation;
    std::vector<FixPlan> safe;
    std::vector<FixPlan> judgement;
    for (FixPlan& p : plans)
        (p.safe ? safe : judgement).push_back(std::move(p));
    const auto dataset = m_document->snapshot();
    m_safe->setPlans(std::move(safe), dataset, true);
    m_judgement->setPlans(std::move(judgement), dataset, false);
    m_judgementLabel->setVisible(m_judgement->rowCount() > 0);
    m_judgementView->setVisible(m_judgement->rowCount() > 0);
    updateCount();
    emit ready();
}

void FixPreviewDialog::updateCount()
{
    if (isPreparing())
        return;
    const std::size_t plans = m_safe->checkedCount() + m_judgement->checkedCount();
    const std::size_t cells = m_safe->checkedCells() + m_judgement->checkedCells();
    if (m_safe->rowCount() + m_judgement->rowCount() == 0)
        m_count->setText(tr("There is nothing to fix: no finding has a fix that changes a cell."));
    else
        m_count->setText(tr("%n cell(s) will change", nullptr, int(cells)) + QStringLiteral(" (") +
                         tr("%n fix(es) checked", nullptr, int(plans)) + QStringLiteral(")."));
    m_count->setAccessibleDescription(m_count->text());
    m_apply->setEnabled(plans > 0);
}

void FixPreviewDialog::apply()
{
    if (isPreparing())
        return;
    if (m_document->generation() != m_generation) {
        // The data changed since the plans were made: plan again rather than overwrite the newer edits.
        if (m_fromRequest) {
            plan();
            return;
        }
        m_count->setText(tr("The data changed since these fixes were prepared; close and open the preview again."));
        m_apply->setEnabled(false);
        return;
    }
    std::vector<FixPlan> plans = m_safe->checkedPlans();
    for (FixPlan& p : m_judgement->checkedPlans())
        plans.push_back(std::move(p));
    std::size_t cells = 0;
    for (const FixPlan& p : plans)
        cells += p.changes.size();
    m_applied = applyPlans(*m_document, plans, fixCommandText(plans, cells)).cells;
    accept();
}

} // namespace plumbline
