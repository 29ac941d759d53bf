#pragma once

#include "core/background_task.h"

#include <QMenu>
#include <QStringList>

class QAction;
class QActionGroup;

namespace plumbline {

/// Validate → Rule Pack: "Automatic" (the pack is chosen by sniffing the headers), every built-in pack, the
/// user's own .json packs, and "Load Rule Pack…". Exactly one entry is checked. The always-on packs
/// (structure) are listed, disabled, for information, and so are the Table Schema packs of the last run (a Data
/// Package's schemas, or a schema loaded with "Load Table Schema…"), which run whatever is chosen. Pack titles are read
/// on a worker at construction; until they arrive the entries show the packs' names.
class RulePackMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulePackMenu)

public:
    explicit RulePackMenu(QWidget* parent = nullptr);
    ~RulePackMenu() override;

    /// Empty for automatic, else a built-in pack's name or a .json path.
    QString selection() const;
    /// Checks the entry for selection (adding a user pack entry for an unknown .json path).
    void setSelection(const QString& selection);
    /// The user's packs listed, most recent first.
    QStringList userPacks() const { return m_userPacks; }
    void addUserPack(const QString& path);
    void removeUserPack(const QString& path);
    /// After an automatic run: the packs it chose, shown in the Automatic entry ("Automatic: candidates").
    void setAutomaticChoice(const QStringList& packs);
    /// The always-on packs' names, once the catalog has loaded (empty before).
    const QStringList& alwaysOn() const { return m_alwaysOn; }
    /// True once pack titles are in (tests wait for it).
    bool catalogLoaded() const { return m_catalogLoaded; }

    QAction* loadAction() const { return m_load; }
    QAction* loadSchemaAction() const { return m_loadSchema; }
    QAction* specificationAction() const { return m_loadSpecification; }
    /// The Table Schema packs that ran ("table-schema:applications"), listed checked and disabled.
    void setSchemaPacks(const QStringList& packs);
    const QStringList& schemaPacks() const { return m_schemaPacks; }

signals:
    /// The user checked another entry.
    void selectionChanged(const QString& selection);
    void loadRequested();
    void loadSchemaRequested();
    void specificationRequested();

private:
    struct PackInfo
    {
        QString name;
        QString title;
        bool always = false;
    };
    void rebuild();
    QAction* addChoice(const QString& text, const QString& data);
    void onCatalog(const QList<PackInfo>& packs);

    QActionGroup* m_group = nullptr;
    QAction* m_load = nullptr;
    QAction* m_loadSchema = nullptr;
    QAction* m_loadSpecification = nullptr;
    QStringList m_schemaPacks;
    QList<PackInfo> m_builtins;
    QStringList m_userPacks;
    QStringList m_alwaysOn;
    QStringList m_automaticChoice;
    QString m_selection;
    bool m_catalogLoaded = false;
    BackgroundTask m_catalogTask;
};

} // namespace plumbline
