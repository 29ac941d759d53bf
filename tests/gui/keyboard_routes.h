#pragma once

// Shared by the accessibility and translation tests: every menu of a menu bar opens with its own Alt+letter, and
// every command in its menus has a mnemonic letter (unique in its menu) or a shortcut. Choices from a list (an
// exclusive group: rule packs, languages) are reached with the arrow keys and need neither.

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStringList>

namespace plumbline::testing {

inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2))
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
    return {};
}

/// Every problem found, one line each ("&Edit → Delete Rows"); empty when every route exists.
inline QStringList missingKeyboardRoutes(const QMenuBar* bar)
{
    QStringList missing;
    QSet<QChar> barLetters;
    for (QAction* top : bar->actions()) {
        const QChar letter = mnemonicOf(top->text());
        if (letter.isNull() || barLetters.contains(letter))
            missing << QStringLiteral("menu bar: %1 (no letter, or one another menu uses)").arg(top->text());
        barLetters.insert(letter);
        QList<QMenu*> menus;
        if (top->menu())
            menus << top->menu();
        while (!menus.isEmpty()) {
            QMenu* menu = menus.takeFirst();
            QSet<QChar> letters;
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (action->menu())
                    menus << action->menu();
                const QChar item = mnemonicOf(action->text());
                if (!item.isNull() && letters.contains(item))
                    missing << QStringLiteral("%1 → %2 (letter used twice)").arg(menu->title(), action->text());
                letters.insert(item);
                const bool choice = action->actionGroup() && action->actionGroup()->isExclusive();
                if (item.isNull() && action->shortcut().isEmpty() && !choice && action->isEnabled())
                    missing << QStringLiteral("%1 → %2 (no letter, no shortcut)").arg(menu->title(), action->text());
            }
        }
    }
    return missing;
}

} // namespace plumbline::testing
