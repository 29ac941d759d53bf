#pragma once

#include "core/background_task.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace plumbline {

class Document;
class RuleParamForm;
struct RuleTrial;

/// Writes a new rule, or changes one, of any check kind: the rule's id, title, severity, columns and message, and
/// its parameters in a form built from the kind's description in the core (RuleParamForm). Every change tries the
/// rule on the open file off the GUI thread (tryRule on a snapshot) and shows the finding count and the first
/// failing rows. Save writes the rule into the user's pack (userpacks::saveRule); a changed built-in rule is saved
/// there as a copy under the same id, which replaces the built-in one wherever its pack runs. The built-in file is
/// never written.
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)

public:
    /// document: the open file the rule is tried on (may be null: no trial).
    explicit RuleEditorDialog(Document* document, QWidget* parent = nullptr);

    /// Starts from an existing rule (its pack's JSON object). builtIn: the rule comes from a built-in pack, so its
    /// id stays (the saved copy replaces it).
    void setRule(const QJsonObject& rule, bool builtIn);
    /// The rule as the form holds it; on a value that cannot be read, *error says which and why.
    QJsonObject rule(QString* error) const;

    /// The pack saves go to (userpacks::kDefaultPack unless set).
    void setPackName(const QString& name) { m_packName = name; }
    /// The path written by the last save, or empty.
    const QString& savedPath() const { return m_savedPath; }

    bool isTesting() const { return m_task.isRunning() || m_pending; }
    /// The last trial's findings, or -1 when none finished (tests).
    qint64 liveCount() const { return m_liveCount; }
    RuleParamForm* paramForm() const { return m_params; }
    QLabel* statusLabel() const { return m_status; }

    /// Writes the rule into the user's pack; false (with the reason shown) when it does not load.
    bool save();

signals:
    /// A trial finished (the count is liveCount()).
    void tested();
    /// The rule was saved to path.
    void saved(const QString& id, const QString& path);

public slots:
    void accept() override;

private:
    void kindChanged();
    void describeKind(const QString& kind);
    void scheduleTrial();
    void runTrial();
    void showTrial(const RuleTrial& trial);

    Document* m_document = nullptr;
    BackgroundTask m_task;
    QTimer* m_debounce = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_kindSummary = nullptr;
    QLineEdit* m_columns = nullptr;
    QLineEdit* m_message = nullptr;
    QPlainTextEdit* m_description = nullptr;
    RuleParamForm* m_params = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_examples = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QJsonObject m_base; // the rule being changed: keys the form does not show (fix, table, issue-type …) stay
    QString m_packName;
    QString m_savedPath;
    qint64 m_liveCount = -1;
    bool m_pending = false;
};

} // namespace plumbline
