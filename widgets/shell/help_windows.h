#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QAction;
class QTextBrowser;
class QTreeWidget;

namespace plumbline {

/// Help → User Guide: the user guide (docs/user-guide.md, compiled in under :/plumbline/docs with the screenshots
/// it shows) in a window of its own, so the guide a user reads is the one of the version they run.
class UserGuideWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    /// The guide's Markdown as compiled in (empty if the resource is missing: a build defect).
    static QString guideMarkdown();

private:
    QTextBrowser* m_browser = nullptr;
};

/// Help → Keyboard Shortcuts: every action of a window that has a shortcut, with its shortcuts, read from the
/// actions themselves each time it opens, so the list cannot drift from what the keys do.
class ShortcutsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsWindow)

public:
    explicit ShortcutsWindow(QWidget* window, QWidget* parent = nullptr);
    QTreeWidget* view() const { return m_view; }
    /// (action text without mnemonics, shortcuts in the platform's words) for every action of window with a
    /// shortcut, sorted by text; an action listed twice (a menu and a tool bar) once.
    static QList<std::pair<QString, QString>> shortcutsOf(const QWidget* window);

private:
    QTreeWidget* m_view = nullptr;
};

} // namespace plumbline
