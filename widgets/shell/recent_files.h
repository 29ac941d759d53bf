#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace plumbline {

/// The "Open Recent" list: most recent first, at most AppSettings::kMaxRecentFiles, no duplicates, kept in
/// QSettings through AppSettings. Files that no longer exist are pruned whenever the list is read.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    explicit RecentFiles(QObject* parent = nullptr);

    /// The existing files, most recent first (missing ones are dropped from the settings as a side effect).
    QStringList files() const;
    /// Moves path (made absolute) to the front.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    /// Keeps menu filled with one action per file plus "Clear Menu"; the menu is disabled while the list is
    /// empty. The menu is not owned.
    void attachMenu(QMenu* menu);

signals:
    void openRequested(const QString& path);
    void changed();

private:
    void store(const QStringList& files) const;
    void rebuildMenu();

    QPointer<QMenu> m_menu;
};

} // namespace plumbline
