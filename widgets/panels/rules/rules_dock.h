#pragma once

#include "core/background_task.h"
#include "findings/severity.h"

#include <QDockWidget>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace plumbline {

class Document;
class RuleEditorDialog;

/// The Rules panel: the rules of the packs that validate the open file, each with its finding count, a tick box
/// to switch it on or off and a severity to override the pack's; below the list, the chosen rule's description,
/// check kind, parameters and message. Choices are kept in AppSettings (they hold for every file whose packs
/// have the rule) and reach the next validation through ValidationSetup; a change asks for one after a short
/// pause, so that several ticks make one run. The rules are read (packs loaded and compiled) off the GUI thread.
/// New Rule… and Edit Rule… open the rule editor (RuleEditorDialog); a saved rule goes into the user's pack and a
/// validation follows; Delete Rule… removes one of the user's own rules from its pack after asking. The details show
/// an example of a value the rule fails on in the open file.
class RulesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDock)

public:
    enum Column { RuleColumn, SeverityColumn, FindingsColumn, KindColumn, TitleColumn, ColumnCount };

    explicit RulesDock(QWidget* parent = nullptr);

    /// The document whose rules are listed (null: none). The list follows its validations.
    void setDocument(Document* document);
    QTreeWidget* view() const { return m_view; }
    QComboBox* severityBox() const { return m_severity; }
    bool isReading() const { return m_task.isRunning(); }
    /// The list's item for rule id, or null.
    QTreeWidgetItem* itemOf(const QString& id) const;

    /// Switches rule id on or off, as its tick box does.
    void setRuleEnabled(const QString& id, bool on);
    /// Gives rule id severity (the pack's own severity clears the override), as the severity box does.
    void setRuleSeverity(const QString& id, Severity severity);
    /// The rule editor for a new rule, or for rule id (a copy when the rule is built in); not shown (tests show
    /// or exec it). Null without a document.
    RuleEditorDialog* createEditor(const QString& id = {});
    QPushButton* newRuleButton() const { return m_newRule; }
    QPushButton* editRuleButton() const { return m_editRule; }
    /// Enabled for the user's own rules: asks, then deletes the current rule from its pack (deleteRule).
    QPushButton* deleteRuleButton() const { return m_deleteRule; }
    /// Deletes user rule id from the user pack that holds it, without asking, and validates again; false (with a
    /// message box unless quiet) when the rule is built in or the pack cannot be written.
    bool deleteRule(const QString& id, bool quiet = false);
    QLabel* detailsLabel() const { return m_details; }
    /// The value the current findings of rule id give as an example of a failing value ("" when none).
    QString exampleValue(const QString& id) const;

signals:
    /// The user changed the rules: validate again with the new choices.
    void validationRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Listed
    {
        QString id;
        QString title;
        QString description;
        QString kind;
        QString message;
        QJsonObject params;
        Severity packSeverity = Severity::Error;
        QJsonObject definition; // the rule as its pack writes it, for the editor
        bool builtIn = true;    // from a built-in pack (not the user's own)
        QString userPack;       // the user pack's name, for the user's own rules
    };
    void openEditor(const QString& id);
    void confirmDelete();
    void reload();
    void fill(const std::vector<Listed>& rules);
    void updateCounts();
    void showDetails();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void changed();

    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
    BackgroundTask m_task;
    QTreeWidget* m_view = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_revalidate = nullptr;
    QPushButton* m_newRule = nullptr;
    QPushButton* m_editRule = nullptr;
    QPushButton* m_deleteRule = nullptr;
    std::vector<Listed> m_rules;
    // Store index of each rule's first finding, found in one pass over the store when a rule's details are first
    // asked for after the findings changed (a scan per selection took milliseconds per 100k findings).
    mutable std::vector<std::size_t> m_firstOfRule;
    mutable bool m_firstOfRuleStale = true;
    mutable const void* m_firstOfRuleStore = nullptr; // the store m_firstOfRule was found in
    bool m_filling = false;
    bool m_stale = true;
};

} // namespace plumbline
