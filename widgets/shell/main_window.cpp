#include "shell/main_window.h"

#include "itemmodels/table_model.h"
#include "loading/dataset_loader.h"
#include "loading/load_progress_widget.h"
#include "loading/stall_meter.h"
#include "settings/app_settings.h"
#include "shell/about_dialog.h"
#include "shell/recent_files.h"
#include "shell/source_status_widget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace plumbline {

namespace {

// QT_LOGGING_RULES="plumbline.gui.load.debug=true" prints load timings (first rows, the swap to the full
// table).
Q_LOGGING_CATEGORY(lcLoad, "plumbline.gui.load", QtWarningMsg)

constexpr int kStateVersion = 1;

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

    m_model = new TableModel(this);
    m_grid = new DataGridView(this);
    m_grid->setModel(m_model);
    setCentralWidget(m_grid);
    connect(m_grid, &DataGridView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 4000); });

    m_loader = new DatasetLoader(this);
    m_stallMeter = new StallMeter(this);
    connect(m_loader, &DatasetLoader::previewReady, this, &MainWindow::onPreviewReady);
    connect(m_loader, &DatasetLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &DatasetLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &DatasetLoader::canceled, this, &MainWindow::onCanceled);

    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);

    createMenus();
    createStatusBar();
    connect(m_loader, &DatasetLoader::progressChanged, m_progress, &LoadProgressWidget::setProgress);

    const AppSettings settings;
    if (!restoreGeometry(settings.mainWindowGeometry.value()))
        resize(1200, 760);
    restoreState(settings.mainWindowState.value(), kStateVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a CSV or TSV file"));
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    m_recent->attachMenu(recent);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_grid->copyAction());
    edit->addAction(m_grid->copyWithHeadersAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Plumbline"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_progress = new LoadProgressWidget(this);
    connect(m_progress, &LoadProgressWidget::cancelRequested, this, &MainWindow::cancelLoad);
    m_sourceStatus = new SourceStatusWidget(this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_sourceStatus);
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

QString MainWindow::sourceStatusText() const
{
    return m_sourceStatus->text();
}

QString MainWindow::loadProgressText() const
{
    return m_progress->isVisible() || m_loader->isLoading() ? m_progress->text() : QString();
}

void MainWindow::openFile(const QString& path)
{
    if (path.isEmpty())
        return;
    if (m_showingPreview)
        restoreCommitted(); // the superseded load's preview must not become the "previous" data
    m_openClock.start();
    if (lcLoad().isDebugEnabled())
        m_stallMeter->start();
    m_firstRowsMs = -1;
    m_firstRowsNoted = false;
    m_progress->start(QFileInfo(path).fileName());
    m_loader->load(path);
}

void MainWindow::showOpenDialog()
{
    AppSettings settings;
    const QString start =
        m_committed ? QFileInfo(m_committed->source.path).absolutePath() : settings.lastOpenDirectory.value();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), start, tr("Delimited text (*.csv *.tsv *.tab *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.lastOpenDirectory.setValue(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::cancelLoad()
{
    m_loader->cancel();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showDataset(const std::shared_ptr<const Dataset>& dataset, bool preview)
{
    std::shared_ptr<const Table> table;
    if (dataset && !dataset->tables.empty())
        table = dataset->tables.front(); // one table per view until multi-table datasets get their tabs
    m_model->setTable(table);
    if (table)
        m_sourceStatus->setSource(table.get(), dataset->source, preview);
    else
        m_sourceStatus->clear();
    setWindowTitle(dataset ? tr("%1 \u2014 Plumbline").arg(QFileInfo(dataset->source.path).fileName())
                           : QStringLiteral("Plumbline"));
}

void MainWindow::restoreCommitted()
{
    showDataset(m_committed, false);
    m_grid->restoreViewState(m_stateBeforePreview);
    m_showingPreview = false;
}

void MainWindow::noteFirstRows(bool preview)
{
    if (m_firstRowsNoted)
        return;
    m_firstRowsNoted = true;
    // Paint now so that the time measured is the time until the rows are really on screen.
    m_grid->viewport()->repaint();
    m_firstRowsMs = m_openClock.elapsed();
    qCDebug(lcLoad) << "first rows on screen after" << m_firstRowsMs << "ms" << (preview ? "(preview)" : "");
    emit firstRowsShown(m_firstRowsMs, preview);
}

void MainWindow::onPreviewReady(const std::shared_ptr<const Dataset>& dataset)
{
    qCDebug(lcLoad) << "preview of" << dataset->tables.front()->rowCount() << "rows ready after"
                    << m_openClock.elapsed() << "ms";
    m_stateBeforePreview = m_grid->saveViewState();
    m_showingPreview = true;
    showDataset(dataset, true);
    m_grid->fitColumnsToSample();
    m_grid->setCurrentIndex(m_model->index(0, 0));
    m_progress->setPreviewShown(true);
    noteFirstRows(true);
}

void MainWindow::onLoaded(const std::shared_ptr<const Dataset>& dataset)
{
    QElapsedTimer swapClock;
    swapClock.start();
    if (m_showingPreview) {
        // Same file, more rows: keep the user's place, widths and selection across the one reset.
        const DataGridView::ViewState state = m_grid->saveViewState();
        showDataset(dataset, false);
        m_grid->restoreViewState(state);
    } else {
        showDataset(dataset, false);
        m_grid->fitColumnsToSample();
        m_grid->setCurrentIndex(m_model->index(0, 0));
    }
    m_showingPreview = false;
    m_committed = dataset;
    m_progress->hide();
    m_recent->add(dataset->source.path.isEmpty() ? m_loader->path() : dataset->source.path);
    m_grid->setFocus();
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
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Could not open file"),
                                 tr("Plumbline could not open %1.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(m_loader->path()).fileName())),
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
    m_loader->cancel();
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
