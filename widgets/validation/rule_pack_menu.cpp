#include "validation/rule_pack_menu.h"

#include "document/validation_setup.h"
#include "packs/rule_pack_loader.h"

#include <QActionGroup>
#include <QDir>
#include <QFileInfo>

namespace plumbline {

namespace {

constexpr int kMaxUserPacks = 8;

} // namespace

RulePackMenu::RulePackMenu(QWidget* parent) : QMenu(tr("Rule &Pack"), parent)
{
    setObjectName(QStringLiteral("menuRulePack"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_load = new QAction(tr("&Load Rule Pack\u2026"), this);
    m_load->setObjectName(QStringLiteral("actionLoadRulePack"));
    m_load->setStatusTip(tr("Validate with your own rule pack (a .json file; see the rule-pack reference)"));
    // The action itself is the context, not this menu: QMenu drops every connection from an action to the
    // menu when the action is removed, and rebuild() removes and re-adds these three.
    connect(m_load, &QAction::triggered, m_load, [this] { emit loadRequested(); });
    m_loadSchema = new QAction(tr("Load &Table Schema\u2026"), this);
    m_loadSchema->setObjectName(QStringLiteral("actionLoadTableSchema"));
    m_loadSchema->setStatusTip(tr("Also validate with a Frictionless Table Schema (its fields, constraints and keys)"));
    connect(m_loadSchema, &QAction::triggered, m_loadSchema, [this] { emit loadSchemaRequested(); });
    m_loadSpecification = new QAction(tr("Pack from &Specification\u2026"), this);
    m_loadSpecification->setObjectName(QStringLiteral("actionPackFromSpecification"));
    m_loadSpecification->setStatusTip(tr("Make a rule pack from the planning.data.gov.uk specification tables "
                                         "(field.csv, dataset-field.csv, codelists)"));
    connect(m_loadSpecification, &QAction::triggered, m_loadSpecification, [this] { emit specificationRequested(); });
    for (const QString& name : RulePackLoader::builtinNames())
        m_builtins.append(PackInfo{name, QString(), false});
    rebuild();

    // Titles and the always-on flag need the packs parsed: a worker does it, once.
    m_catalogTask.start(
        [this](const QList<PackInfo>& packs) { onCatalog(packs); },
        [] {
            RulePackLoader loader(makeCheckEnv());
            QList<PackInfo> packs;
            for (const QString& name : RulePackLoader::builtinNames()) {
                auto pack = loader.loadBuiltin(name);
                packs.append(PackInfo{name, pack ? pack.value().title : QString(), pack && pack.value().always});
            }
            return packs;
        });
}

RulePackMenu::~RulePackMenu() = default; // m_catalogTask waits for its worker

void RulePackMenu::onCatalog(const QList<PackInfo>& packs)
{
    m_builtins = packs;
    m_alwaysOn.clear();
    for (const PackInfo& pack : packs)
        if (pack.always)
            m_alwaysOn << pack.name;
    m_catalogLoaded = true;
    rebuild();
}

QAction* RulePackMenu::addChoice(const QString& text, const QString& data)
{
    QAction* action = addAction(text);
    action->setCheckable(true);
    action->setData(data);
    action->setChecked(data == m_selection);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, data] {
        if (data == m_selection)
            return;
        m_selection = data;
        emit selectionChanged(data);
    });
    return action;
}

void RulePackMenu::rebuild()
{
    // Not QMenu::clear(): it would delete the Load action too. deleteLater: rebuild() may run inside one of
    // these actions' triggered().
    for (QAction* action : actions()) {
        removeAction(action);
        if (action != m_load && action != m_loadSchema && action != m_loadSpecification) {
            m_group->removeAction(action);
            action->setParent(nullptr); // gone from findChild() at once
            action->deleteLater();
        }
    }

    QString automatic = tr("&Automatic (chosen from the headers)");
    if (!m_automaticChoice.isEmpty())
        automatic = tr("&Automatic (chosen from the headers: %1)").arg(m_automaticChoice.join(QStringLiteral(", ")));
    addChoice(automatic, QString())->setObjectName(QStringLiteral("actionPackAutomatic"));
    addSeparator();
    for (const PackInfo& pack : m_builtins) {
        const QString text =
            pack.title.isEmpty() ? pack.name : QStringLiteral("%1 \u2014 %2").arg(pack.name, pack.title);
        if (pack.always) {
            QAction* info = addAction(tr("%1 (always on)").arg(text));
            info->setEnabled(false);
            continue;
        }
        addChoice(text, pack.name)->setObjectName(QStringLiteral("actionPack_") + pack.name);
    }
    if (!m_userPacks.isEmpty())
        addSeparator();
    for (const QString& path : m_userPacks) {
        QAction* action = addChoice(QFileInfo(path).fileName(), path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!m_schemaPacks.isEmpty()) {
        addSeparator();
        for (const QString& pack : m_schemaPacks) {
            // Informational: schema packs run with every choice above.
            QAction* info = addAction(tr("%1 (from the Table Schema)").arg(pack));
            info->setObjectName(QStringLiteral("actionSchemaPack_") + pack);
            info->setCheckable(true);
            info->setChecked(true);
            info->setEnabled(false);
        }
    }
    addSeparator();
    addAction(m_load);
    addAction(m_loadSchema);
    addAction(m_loadSpecification);
}

void RulePackMenu::setSchemaPacks(const QStringList& packs)
{
    if (packs == m_schemaPacks)
        return;
    m_schemaPacks = packs;
    rebuild();
}

QString RulePackMenu::selection() const
{
    return m_selection;
}

void RulePackMenu::setSelection(const QString& selection)
{
    const bool known =
        selection.isEmpty() || m_userPacks.contains(selection) ||
        std::any_of(m_builtins.begin(), m_builtins.end(), [&](const PackInfo& p) { return p.name == selection; });
    if (!known && selection.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        addUserPack(selection); // rebuilds with the new selection checked below
    }
    m_selection = known || selection.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? selection : QString();
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == m_selection);
}

void RulePackMenu::addUserPack(const QString& path)
{
    m_userPacks.removeAll(path);
    m_userPacks.prepend(path);
    while (m_userPacks.size() > kMaxUserPacks)
        m_userPacks.removeLast();
    rebuild();
}

void RulePackMenu::removeUserPack(const QString& path)
{
    if (m_userPacks.removeAll(path) == 0)
        return;
    if (m_selection == path)
        m_selection.clear();
    rebuild();
}

void RulePackMenu::setAutomaticChoice(const QStringList& packs)
{
    QStringList shown;
    for (const QString& pack : packs)
        if (!m_alwaysOn.contains(pack))
            shown << pack;
    if (shown == m_automaticChoice)
        return;
    m_automaticChoice = shown;
    rebuild();
}

} // namespace plumbline
