#include "shell/recent_files.h"

#include "settings/app_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace plumbline {

RecentFiles::RecentFiles(QObject* parent) : QObject(parent)
{
    // Queued: the triggering action (e.g. "Clear Menu") must not be deleted inside its own signal.
    connect(this, &RecentFiles::changed, this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
}

QStringList RecentFiles::files() const
{
    const QStringList stored = AppSettings().recentFiles.value();
    QStringList existing;
    for (const QString& path : stored)
        if (!path.isEmpty() && QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    while (existing.size() > AppSettings::kMaxRecentFiles)
        existing.removeLast();
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > AppSettings::kMaxRecentFiles)
        list.removeLast();
    store(list);
    emit changed();
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = AppSettings().recentFiles.value();
    if (list.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath())) == 0)
        return;
    store(list);
    emit changed();
}

void RecentFiles::clear()
{
    store({});
    emit changed();
}

void RecentFiles::attachMenu(QMenu* menu)
{
    m_menu = menu;
    // Refresh on open too: a file may have been deleted since the list was last built.
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

void RecentFiles::store(const QStringList& files) const
{
    AppSettings().recentFiles.setValue(files);
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString& path : list) {
        // &1..&9 as mnemonics, like most editors; the full path is the status tip.
        const QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        QAction* action = m_menu->addAction(text);
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        ++number;
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        QAction* clearAction = m_menu->addAction(tr("&Clear Menu"));
        clearAction->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace plumbline
