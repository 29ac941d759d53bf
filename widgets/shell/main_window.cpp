#include "shell/main_window.h"

#include "document/document.h"
#include "export/export_presenter.h"
#include "grid/data_grid_view.h"
#include "grid/row_filter_bar.h"
#include "io/formats.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "l10n/ui_language.h"
#include "loading/dataset_loader.h"
#include "loading/stall_meter.h"
#include "navigation/reference_navigator.h"
#include "panels/dashboard/dashboard_dock.h"
#include "panels/findings/findings_dock.h"
#include "panels/history/history_dock.h"
#include "panels/profile/profile_dock.h"
#include "panels/rules/rules_dock.h"
#include "panels/runs/runs_dock.h"
#include "project/project_controller.h"
#include "project/triage_actions.h"
#include "settings/app_settings.h"
#include "shell/about_dialog.h"
#include "shell/data_actions.h"
#include "shell/file_tools.h"
#include "shell/help_windows.h"
#include "shell/main_actions.h"
#include "shell/pane_focus.h"
#include "shell/quality_status.h"
#include "shell/recent_files.h"
#include "shell/source_status_widget.h"
#include "style/icons.h"
#include "style/theme.h"
#include "tasks/task_progress_widget.h"
#include "validation/finding_navigator.h"
#include "validation/rule_pack_menu.h"
#include "validation/rule_pack_presenter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace plumbline {

namespace {

// QT_LOGGING_RULES="plumbline.gui.load.debug=true" prints load timings (first rows, the swap to the full
// table).
Q_LOGGING_CATEGORY(lcLoad, "plumbline.gui.load", QtWarningMsg)

constexpr int kStateVersion = 2; // 2: the Profile and Dashboard panels

QString firstLocalFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Plumbline"));
    setAcceptDrops(true);

    // The row filter above the grids; it follows the current tab's grid.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_filterBar = new RowFilterBar(centre);
    m_tabs = new TableTabs(centre);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_tabs, 1);
    setCentralWidget(centre);
    setTabOrder(m_filterBar, m_tabs);
    m_navigator = new ReferenceNavigator(m_tabs, this);
    m_export = new ExportPresenter(this);
    m_validation = new RulePackPresenter(this);
    m_findings = new FindingNavigator(this, m_tabs);

    m_loader = new DatasetLoader(this);
    m_stallMeter = new StallMeter(this);
    connect(m_loader, &DatasetLoader::previewReady, this, &MainWindow::onPreviewReady);
    connect(m_loader, &DatasetLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &DatasetLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &DatasetLoader::canceled, this, &MainWindow::onCanceled);

    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);

    createActions();
    centreLayout->insertWidget(0, m_project->banners()); // the project's banners above the filter and the grid
    createStatusBar();
    connect(m_loader, &DatasetLoader::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_project, &ProjectController::openProgress, m_progress, &TaskProgressWidget::setProgress);
    connect(m_project, &ProjectController::openStarted, m_progress, &TaskProgressWidget::start);
    connect(m_project, &ProjectController::openEnded, m_progress, &QWidget::hide);

    const AppSettings settings;
    m_tabs->setFreezeKeyColumn(settings.freezeKeyColumn.value());
    m_tabs->setShowInvisibles(settings.showInvisibles.value());
    if (!restoreGeometry(settings.mainWindowGeometry.value()))
        resize(1200, 760);
    restoreState(settings.mainWindowState.value(), kStateVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    connect(m_actions->open(), &QAction::triggered, this, &MainWindow::showOpenDialog);
    m_recent->attachMenu(m_actions->recentMenu());
    connect(m_actions->exportAs(), &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->followReference(), &QAction::triggered, m_navigator, &ReferenceNavigator::followCurrent);
    connect(m_actions->back(), &QAction::triggered, m_navigator, &ReferenceNavigator::back);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->userGuide(), &QAction::triggered, this, [this] {
        auto* guide = new UserGuideWindow(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    connect(m_actions->shortcuts(), &QAction::triggered, this, [this] {
        auto* list = new ShortcutsWindow(this, this);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->open();
    });

    m_history = new HistoryDock(m_actions->undoGroup(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide(); // shown from View → History
    QAction* showHistory = m_history->toggleViewAction();
    showHistory->setObjectName(QStringLiteral("actionShowHistory"));
    showHistory->setText(tr("&History"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)); // Ctrl+H is Replace
    showHistory->setStatusTip(tr("Show every change made to the data; choose one to go back to it"));
    m_actions->viewMenu()->addAction(showHistory);
    auto* panes = new PaneFocus(this, [this] {
        return QList<QWidget*>{grid(), m_findings->dock()->view(), m_history->widget(), m_project->runsDock()->view()};
    });
    m_actions->viewMenu()->addAction(panes->nextAction());
    m_actions->viewMenu()->addAction(panes->previousAction());
    m_actions->viewMenu()->addMenu(l10n::createLanguageMenu(this));

    QMenu* validate = m_actions->validateMenu();
    validate->addAction(m_validation->validateAction());
    validate->addMenu(m_validation->packMenu());
    validate->addAction(m_validation->validateAfterLoadAction());
    validate->addSeparator();
    QAction* showFindings = m_findings->dock()->toggleViewAction();
    showFindings->setObjectName(QStringLiteral("actionShowFindings"));
    showFindings->setText(tr("Show &Findings"));
    showFindings->setIcon(icons::named("findings"));
    showFindings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    showFindings->setStatusTip(tr("Show or hide the list of findings"));
    // QDockWidget names its toggle action after its title ("Findings — 2 errors"): keep the menu's own words.
    connect(m_findings->dock(), &QWidget::windowTitleChanged, showFindings,
            [showFindings] { showFindings->setText(tr("Show &Findings")); });
    validate->addAction(showFindings);
    validate->addAction(m_findings->nextAction());
    validate->addAction(m_findings->previousAction());
    m_actions->viewMenu()->addAction(showFindings);
    m_actions->toolBar()->addAction(m_validation->validateAction());
    m_actions->toolBar()->addAction(m_findings->previousAction());
    m_actions->toolBar()->addAction(m_findings->nextAction());
    addAction(m_validation->validateAction());
    connect(m_validation, &RulePackPresenter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_validation, &RulePackPresenter::finished, this, &MainWindow::validationFinished);
    connect(m_validation, &RulePackPresenter::started, m_findings, &FindingNavigator::validationStarted);
    connect(m_validation, &RulePackPresenter::finished, this, [this](bool ok) {
        if (!ok)
            m_findings->validationCanceled();
        m_filterBar->findingsChanged();
    });
    connect(m_findings, &FindingNavigator::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_project = new ProjectController(this);
    m_triage = new TriageActions(this, m_project);
    m_actions->addProjectActions({m_project->newProjectAction(), m_project->openProjectAction(), nullptr,
                                  m_project->saveAction(), m_project->saveAsAction(),
                                  m_project->projectMenu()->menuAction()});
    connect(m_project, &ProjectController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_project, &ProjectController::projectChanged, this, [this] { updateWindowTitle(); });

    createPanels();

    auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 6000); };
    connect(m_tabs, &TableTabs::statusMessage, this, showMessage);
    connect(m_navigator, &ReferenceNavigator::statusMessage, this, showMessage);
    connect(m_export, &ExportPresenter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_export, &ExportPresenter::runningChanged, this, [this] { updateNavigationActions(); });
    connect(m_export, &ExportPresenter::finished, this, &MainWindow::exportFinished);

    connect(m_tabs, &TableTabs::currentGridChanged, this, [this](DataGridView* grid) {
        m_actions->setGridActions(grid->editActions());
        m_filterBar->setGrid(grid);
        m_profile->setGrid(grid);
        updateSourceStatus();
        updateNavigationActions();
    });
    connect(m_tabs, &TableTabs::currentCellChanged, this, [this] { updateNavigationActions(); });
    connect(m_tabs, &TableTabs::followRequested, m_navigator, &ReferenceNavigator::follow);
    connect(m_tabs, &TableTabs::contextMenuRequested, this, &MainWindow::showGridMenu);
    connect(m_navigator, &ReferenceNavigator::navigated, this, [this] { updateNavigationActions(); });
    m_actions->setGridActions(grid()->editActions());
    m_filterBar->setGrid(grid());
    m_profile->setGrid(grid());

    m_data = new DataActions(this, m_tabs, m_actions->validateMenu());
    m_actions->setEditExtras(m_data->editActions());
    m_fileTools = new FileTools(this);
    m_actions->addFileActions(
        {m_fileTools->compareAction(), m_fileTools->exportFixListAction(), m_project->exportReportAction()});
    connect(m_data, &DataActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_fileTools, &FileTools::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(this, &MainWindow::validationFinished, m_data, &DataActions::updateActions);
    connect(m_findings->dock(), &FindingsDock::contextMenuRequested, this, [this](qulonglong finding, QPoint pos) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("findingContextMenu"));
        m_data->addFindingItems(&menu, {std::size_t(finding)});
        // Triage applies to every finding chosen when the one clicked is among them.
        std::vector<std::size_t> chosen = m_findings->dock()->selectedFindings();
        if (std::find(chosen.begin(), chosen.end(), std::size_t(finding)) == chosen.end())
            chosen = {std::size_t(finding)};
        m_triage->addFindingItems(&menu, chosen);
        if (!menu.isEmpty())
            menu.exec(pos);
    });
}

void MainWindow::createPanels()
{
    QMenu* view = m_actions->viewMenu();
    // The profile reads down the right of the grid; the wide charts and the rules list share the bottom with the
    // findings, as tabs.
    const auto addPanel = [this, view](Qt::DockWidgetArea area, QDockWidget* dock, const char* icon,
                                       const QString& text, const QKeySequence& shortcut, const QString& tip) {
        addDockWidget(area, dock);
        dock->hide(); // a calm first layout: the grid and the findings; the rest from the View menu
        QAction* toggle = dock->toggleViewAction();
        toggle->setText(text);
        toggle->setIcon(icons::named(icon));
        toggle->setShortcut(shortcut);
        toggle->setStatusTip(tip);
        view->addAction(toggle);
        // A panel that shares its place with others comes to the front when asked for.
        connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool visible) {
            if (visible)
                dock->raise();
        });
        return toggle;
    };
    m_profile = new ProfileDock(this);
    QAction* showProfile = addPanel(Qt::RightDockWidgetArea, m_profile, "profile", tr("Column &Profile"),
                                    QKeySequence(Qt::CTRL | Qt::Key_I),
                                    tr("Show what the current column holds: types, blanks, top values, shapes"));
    showProfile->setObjectName(QStringLiteral("actionShowProfile"));
    connect(m_profile, &ProfileDock::conditionRequested, m_filterBar, &RowFilterBar::addCondition);

    m_dashboard = new DashboardDock(m_tabs, this);
    QAction* showDashboard =
        addPanel(Qt::BottomDockWidgetArea, m_dashboard, "dashboard", tr("&Dashboard"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                 tr("Show charts of the findings, the completeness of each column and the data's own mix"));
    showDashboard->setObjectName(QStringLiteral("actionShowDashboard"));
    tabifyDockWidget(m_findings->dock(), m_dashboard);
    connect(m_dashboard, &DashboardDock::rowsRequested, m_findings, &FindingNavigator::showRows);
    connect(m_dashboard, &DashboardDock::conditionRequested, this,
            [this](const QString& table, const ColumnCondition& condition) {
                const int tab = m_tabs->tabOf(table);
                if (tab < 0)
                    return;
                m_tabs->setCurrentIndex(tab);
                m_filterBar->addCondition(condition);
            });
    m_rules = new RulesDock(this);
    QAction* showRules = addPanel(
        Qt::BottomDockWidgetArea, m_rules, "rules", tr("R&ules"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Show the rules that validate the file: switch them on or off, change severities"));
    showRules->setObjectName(QStringLiteral("actionShowRules"));
    tabifyDockWidget(m_dashboard, m_rules);
    connect(m_rules, &RulesDock::validationRequested, m_validation, &RulePackPresenter::validate);
    m_actions->validateMenu()->addAction(showRules);
    QAction* showRuns = addPanel(Qt::BottomDockWidgetArea, m_project->runsDock(), "validate", tr("Run&s"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                 tr("Show the project's validation runs: counts per rule and the trend over time"));
    showRuns->setObjectName(QStringLiteral("actionShowRuns"));
    tabifyDockWidget(m_rules, m_project->runsDock());
    m_actions->validateMenu()->addAction(showRuns);

    m_actions->toolBar()->addSeparator();
    m_actions->toolBar()->addAction(showProfile);
    m_actions->toolBar()->addAction(showDashboard);
    m_actions->toolBar()->addAction(showRules);
    // The toolbar's overflow button (shown when the window is too narrow for every tool) has no name of its own.
    if (auto* more = m_actions->toolBar()->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));

    view->addSeparator();
    QAction* freeze = view->addAction(icons::named("freeze-column"), tr("Freeze &Key Column"));
    freeze->setObjectName(QStringLiteral("actionFreezeKeyColumn"));
    freeze->setCheckable(true);
    freeze->setChecked(m_tabs->freezesKeyColumn());
    freeze->setStatusTip(tr("Keep the key column (reference, id) in view while scrolling right"));
    connect(freeze, &QAction::toggled, this, [this](bool on) {
        m_tabs->setFreezeKeyColumn(on);
        AppSettings().freezeKeyColumn.setValue(on);
    });
    QAction* invisibles = view->addAction(tr("Show &Invisible Characters"));
    invisibles->setObjectName(QStringLiteral("actionShowInvisibles"));
    invisibles->setCheckable(true);
    invisibles->setChecked(AppSettings().showInvisibles.value());
    invisibles->setStatusTip(tr("Show spaces at the ends of values and non-breaking spaces as visible marks"));
    connect(invisibles, &QAction::toggled, this, [this](bool on) {
        m_tabs->setShowInvisibles(on);
        AppSettings().showInvisibles.setValue(on);
    });

    QMenu* colours = view->addMenu(tr("&Colours"));
    colours->setObjectName(QStringLiteral("menuColours"));
    auto* group = new QActionGroup(colours);
    const theme::Choice chosen = theme::fromName(AppSettings().theme.value());
    for (const auto& [choice, text] :
         {std::pair{theme::Choice::System, tr("Follow the &System")}, std::pair{theme::Choice::Light, tr("&Light")},
          std::pair{theme::Choice::Dark, tr("&Dark")}}) {
        QAction* a = colours->addAction(text);
        a->setObjectName(QStringLiteral("actionTheme_") + theme::name(choice));
        a->setCheckable(true);
        a->setChecked(choice == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [choice] {
            theme::apply(choice);
            AppSettings().theme.setValue(theme::name(choice));
        });
    }
}

void MainWindow::createStatusBar()
{
    m_progress =
        new TaskProgressWidget(QStringLiteral("loadProgress"), tr("Stop loading and keep what was open before"), this);
    m_progress->setBarWidth(160);
    connect(m_progress, &TaskProgressWidget::cancelRequested, this, &MainWindow::cancelLoad);
    m_sourceStatus = new SourceStatusWidget(this);
    m_editStatus = new QLabel(this);
    m_editStatus->setObjectName(QStringLiteral("editStatus"));
    m_editStatus->setToolTip(tr("Cells changed since the file was opened; File \u2192 Export\u2026 writes them"));
    m_editStatus->hide();
    m_quality = new QualityStatus(this);
    statusBar()->addPermanentWidget(m_quality);
    statusBar()->addPermanentWidget(m_editStatus);
    m_rowsStatus = new QLabel(this);
    m_rowsStatus->setObjectName(QStringLiteral("rowsStatus"));
    m_rowsStatus->setAccessibleName(tr("Rows shown"));
    m_rowsStatus->setToolTip(tr("Rows shown by the row filter, of all the table's rows"));
    statusBar()->addPermanentWidget(m_rowsStatus);
    m_rowsStatus->hide();
    connect(m_filterBar, &RowFilterBar::rowsTextChanged, this, [this](const QString& text) {
        // The source facts already say how many rows the table has; this says how many the filter shows.
        const DataGridView* shown = m_filterBar->grid();
        const bool filtered = shown && shown->rowView() && shown->rowView()->query().filters();
        m_rowsStatus->setText(text);
        m_rowsStatus->setVisible(filtered || text.endsWith(QChar(0x2026)));
    });
    connect(m_filterBar, &RowFilterBar::statusMessage, statusBar(), &QStatusBar::showMessage);
    statusBar()->addPermanentWidget(m_validation->progressWidget());
    statusBar()->addPermanentWidget(m_export->progressWidget());
    statusBar()->addPermanentWidget(m_fileTools->progressWidget());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_sourceStatus);
}

DataGridView* MainWindow::grid() const
{
    return m_tabs->currentGrid();
}

TableModel* MainWindow::tableModel() const
{
    return m_tabs->currentModel();
}

bool MainWindow::isValidating() const
{
    return m_validation->isRunning();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

QString MainWindow::sourceStatusText() const
{
    return m_sourceStatus->text();
}

QString MainWindow::rowsStatusText() const
{
    return m_rowsStatus->text();
}

QString MainWindow::loadProgressText() const
{
    return m_progress->isVisible() || m_loader->isLoading() ? m_progress->text() : QString();
}

void MainWindow::updateSourceStatus()
{
    const auto table = m_tabs->currentTable();
    if (table && m_shown)
        m_sourceStatus->setSource(table.get(), m_shown->source, m_showingPreview);
    else
        m_sourceStatus->clear();
}

void MainWindow::updateNavigationActions()
{
    const QString follow = grid() ? m_navigator->followText(grid()->currentIndex()) : QString();
    m_actions->followReference()->setEnabled(!follow.isEmpty());
    m_actions->followReference()->setText(follow.isEmpty() ? tr("&Follow Reference") : follow);
    m_actions->back()->setEnabled(m_navigator->canGoBack());
    m_actions->exportAs()->setEnabled(m_committed && !m_export->isRunning());
}

void MainWindow::showGridMenu(const QModelIndex& index, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("gridContextMenu"));
    const QString follow = m_navigator->followText(index);
    if (!follow.isEmpty()) {
        QAction* go = menu.addAction(follow, m_navigator, [this, index] { m_navigator->follow(index); });
        go->setShortcut(m_actions->followReference()->shortcut());
    }
    if (m_navigator->canGoBack())
        menu.addAction(m_actions->back());
    if (!menu.isEmpty())
        menu.addSeparator();
    // The cell's quick fixes, then the row and column tools.
    m_data->addCellItems(&menu, index);
    if (!menu.isEmpty() && !menu.actions().constLast()->isSeparator())
        menu.addSeparator();
    menu.addAction(grid()->copyAction());
    menu.addAction(grid()->copyWithHeadersAction());
    menu.addSeparator();
    m_triage->addCellItems(&menu, index);
    menu.exec(globalPos);
}

void MainWindow::openFile(const QString& path)
{
    if (path.isEmpty() || !confirmDiscardEdits(tr("Open %1").arg(QFileInfo(path).fileName())))
        return;
    if (m_showingPreview)
        restoreCommitted(); // the superseded load's preview must not become the "previous" data
    m_openClock.start();
    m_firstRowsMs = -1;
    m_firstRowsNoted = false;
    if (m_project->openIfProject(path)) {
        m_loader->cancel();
        return;
    }
    m_project->abandonOpen(); // a data file asked for after a project: the project must not replace it
    if (lcLoad().isDebugEnabled())
        m_stallMeter->start();
    m_progress->start(tr("Loading %1").arg(QFileInfo(path).fileName()));
    m_loader->load(path);
}

void MainWindow::openDataset(std::shared_ptr<const Dataset> dataset)
{
    if (!dataset)
        return;
    m_loader->cancel();
    m_openClock.start();
    m_firstRowsNoted = true;                                         // no load to time
    onLoaded(std::const_pointer_cast<Dataset>(dataset->snapshot())); // a copy of its own: edits stay out of dataset
}

void MainWindow::showProjectData(std::shared_ptr<Dataset> dataset)
{
    m_loader->cancel(); // the clock runs from openFile(): the time to first rows includes reading the project
    m_shown = nullptr;
    commit(std::move(dataset), false);
    m_progress->hide();
    updateNavigationActions();
    grid()->setFocus();
    noteFirstRows(false);
    emit loadFinished(true);
}

void MainWindow::showOpenDialog()
{
    AppSettings settings;
    const QString start =
        m_committed ? QFileInfo(m_committed->source.path).absolutePath() : settings.lastOpenDirectory.value();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), start, FileFormat::openFilters());
    if (path.isEmpty())
        return;
    settings.lastOpenDirectory.setValue(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::cancelLoad()
{
    m_loader->cancel();
    m_project->cancelOpen();
}

void MainWindow::showExportDialog()
{
    const auto table = m_tabs->currentTable();
    if (m_document)
        m_export->showDialog(m_document->snapshot(), table ? table->name() : QString());
}

bool MainWindow::exportTo(const QString& path, const ExportOptions& options)
{
    // The worker writes a snapshot: the user may keep editing while it runs.
    return m_document && m_export->startExport(m_document->snapshot(), path, options);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreview(const std::shared_ptr<const Dataset>& dataset)
{
    const bool sameSource = m_shown && dataset && m_shown->source.path == dataset->source.path;
    m_shown = dataset;
    m_showingPreview = dataset != nullptr;
    m_tabs->setDataset(dataset, sameSource);
    m_navigator->setDataset(dataset);
    m_validation->setDocument(nullptr);
    m_findings->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_rules->setDocument(nullptr);
    m_actions->undoGroup()->setActiveStack(nullptr);
    m_fileTools->setDocument(nullptr);
    m_quality->setDocument(nullptr);
    m_data->updateActions();
    updateSourceStatus();
    updateNavigationActions();
    setWindowTitle(dataset ? tr("%1 \u2014 Plumbline").arg(QFileInfo(dataset->source.path).fileName())
                           : QStringLiteral("Plumbline"));
}

void MainWindow::showDocument(bool sameSource)
{
    const auto dataset = m_document ? m_document->sharedDataset() : nullptr;
    m_shown = dataset;
    m_showingPreview = false;
    m_tabs->setDocument(m_document, sameSource);
    m_navigator->setDataset(dataset);
    m_findings->setDocument(m_document);
    m_validation->setDocument(m_document);
    m_dashboard->setDocument(m_document);
    m_rules->setDocument(m_document);
    m_actions->undoGroup()->setActiveStack(m_document ? m_document->undoStack() : nullptr);
    m_fileTools->setDocument(m_document);
    m_quality->setDocument(m_document);
    m_data->updateActions();
    updateSourceStatus();
    updateNavigationActions();
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Plumbline"));
        return;
    }
    if (m_project->isProject()) {
        // A project keeps its edits as they are made: never "modified".
        setWindowTitle(m_project->isReadOnly() ? tr("%1 (read-only) \u2014 Plumbline").arg(m_project->projectName())
                                               : tr("%1 \u2014 Plumbline").arg(m_project->projectName()));
        setWindowModified(false);
        return;
    }
    // "[*]" shows the platform's modified marker while there are edits not exported yet.
    setWindowTitle(tr("%1[*] \u2014 Plumbline").arg(QFileInfo(m_document->dataset().source.path).fileName()));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::commit(std::shared_ptr<Dataset> dataset, bool sameSource)
{
    Document* previous = m_document;
    m_document = new Document(std::move(dataset), this);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { updateWindowTitle(); });
    connect(m_document, &Document::cellsChanged, this, [this] { updateEditStatus(); });
    // Key indexes for following references describe the data as it was.
    for (auto signal :
         {&Document::rowsInserted, &Document::rowsRemoved, &Document::columnsInserted, &Document::columnsRemoved})
        connect(m_document, signal, m_navigator, &ReferenceNavigator::invalidate);
    connect(m_document, &Document::cellsChanged, m_navigator, &ReferenceNavigator::invalidate);
    connect(m_document, &Document::tableReset, m_navigator, &ReferenceNavigator::invalidate);
    m_committed = m_document->sharedDataset();
    m_project->attach(m_document); // replays a project's journal before anything shows the data
    showDocument(sameSource);
    if (previous) {
        m_actions->undoGroup()->removeStack(previous->undoStack());
        previous->deleteLater();
    }
    m_actions->undoGroup()->addStack(m_document->undoStack());
    m_actions->undoGroup()->setActiveStack(m_document->undoStack());
    m_project->documentShown();
    updateWindowTitle();
    updateEditStatus();
}

void MainWindow::updateEditStatus()
{
    const std::size_t edited = m_document ? m_document->editedCellCount() : 0;
    m_editStatus->setText(edited ? tr("%Ln edited cell(s)", nullptr, qlonglong(edited)) : QString());
    m_editStatus->setVisible(edited > 0);
}

bool MainWindow::confirmDiscardEdits(const QString& why)
{
    if (!m_document || m_document->undoStack()->isClean() || m_project->keepsEdits())
        return true;
    QMessageBox box(
        QMessageBox::Warning, why,
        tr("%Ln cell(s) of %1 were edited and not exported.", nullptr, qlonglong(m_document->editedCellCount()))
            .arg(QFileInfo(m_document->dataset().source.path).fileName()),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardEditsBox"));
    box.setInformativeText(tr("Export them first (File \u2192 Export\u2026), or discard them?"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void MainWindow::restoreCommitted()
{
    showDocument(false);
    m_tabs->restoreState(m_stateBeforePreview);
}

void MainWindow::noteFirstRows(bool preview)
{
    if (m_firstRowsNoted)
        return;
    m_firstRowsNoted = true;
    // Paint now so that the time measured is the time until the rows are really on screen.
    grid()->viewport()->repaint();
    m_firstRowsMs = m_openClock.elapsed();
    qCDebug(lcLoad) << "first rows on screen after" << m_firstRowsMs << "ms" << (preview ? "(preview)" : "");
    emit firstRowsShown(m_firstRowsMs, preview);
}

void MainWindow::onPreviewReady(const std::shared_ptr<const Dataset>& dataset)
{
    qCDebug(lcLoad) << "preview of" << dataset->tables.front()->rowCount() << "rows ready after"
                    << m_openClock.elapsed() << "ms";
    m_stateBeforePreview = m_tabs->saveState();
    m_shown = nullptr; // a preview always starts with fresh grids
    showPreview(dataset);
    m_progress->setActivity(tr("Showing the first rows \u2014 loading %1").arg(QFileInfo(m_loader->path()).fileName()));
    noteFirstRows(true);
}

void MainWindow::onLoaded(const std::shared_ptr<Dataset>& dataset)
{
    QElapsedTimer swapClock;
    swapClock.start();
    if (m_showingPreview) {
        // Same file, more rows: keep the user's place, widths and selection across the one reset.
        const TableTabs::State state = m_tabs->saveState();
        const bool sameSource = m_shown && m_shown->source.path == dataset->source.path;
        commit(dataset, sameSource);
        m_tabs->restoreState(state);
    } else {
        m_shown = nullptr; // another file (or the same file again): fresh grids
        commit(dataset, false);
    }
    m_progress->hide();
    if (!dataset->source.path.isEmpty())
        m_recent->add(dataset->source.path);
    else if (!m_loader->path().isEmpty() && !m_loader->isLoading() && sender() == m_loader)
        m_recent->add(m_loader->path());
    updateNavigationActions();
    grid()->setFocus();
    noteFirstRows(false);
    qCDebug(lcLoad) << "loaded" << m_loader->path() << "in" << m_openClock.elapsed() << "ms; showing it took"
                    << swapClock.elapsed() << "ms on the GUI thread; the longest GUI stall while loading was"
                    << m_stallMeter->stop() << "ms";
    emit loadFinished(true);
}

void MainWindow::onFailed(const Error& error)
{
    if (m_showingPreview)
        restoreCommitted();
    m_progress->hide();
    if (m_errorBox)
        m_errorBox->close();
    // Window-modal and non-blocking: the event loop (and any test driving it) keeps running.
    m_errorBox = new QMessageBox(
        QMessageBox::Warning, tr("Could not open file"),
        tr("Plumbline could not open %1.").arg(QDir::toNativeSeparators(QFileInfo(m_loader->path()).fileName())),
        QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("loadErrorBox"));
    m_errorBox->setInformativeText(error.toString());
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
    m_stallMeter->stop();
    emit loadFailed(error.toString());
    emit loadFinished(false);
}

void MainWindow::onCanceled()
{
    if (m_showingPreview)
        restoreCommitted();
    m_progress->hide();
    statusBar()->showMessage(tr("Loading canceled; nothing was changed."), 5000);
    m_stallMeter->stop();
    emit loadFinished(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscardEdits(tr("Quit Plumbline"))) {
        event->ignore();
        return;
    }
    m_loader->cancel();
    m_export->cancel();
    m_fileTools->cancel();
    m_validation->cancel();
    AppSettings settings;
    settings.mainWindowGeometry.setValue(saveGeometry());
    settings.mainWindowState.setValue(saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace plumbline
