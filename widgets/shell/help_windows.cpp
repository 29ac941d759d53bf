#include "shell/help_windows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QSet>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace plumbline {

namespace {

constexpr const char* kGuide = ":/plumbline/docs/user-guide.md";

/// "&Open…" → "Open…"; "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Plumbline User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/plumbline/docs")});
    m_browser->setMarkdown(guideMarkdown());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 700);
}

QString UserGuideWindow::guideMarkdown()
{
    QFile file{QString::fromLatin1(kGuide)};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

ShortcutsWindow::ShortcutsWindow(QWidget* window, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcuts"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Action"), tr("Keys")});
    m_view->setRootIsDecorated(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const auto& [text, keys] : shortcutsOf(window))
        new QTreeWidgetItem(m_view, {text, keys});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(520, 600);
}

QList<std::pair<QString, QString>> ShortcutsWindow::shortcutsOf(const QWidget* window)
{
    QList<std::pair<QString, QString>> out;
    QSet<QString> seen;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const std::pair<QString, QString> row{plainText(action->text()), keys.join(QLatin1String(", "))};
        if (row.first.isEmpty() || seen.contains(row.first + row.second))
            continue;
        seen.insert(row.first + row.second);
        out << row;
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return out;
}

} // namespace plumbline
