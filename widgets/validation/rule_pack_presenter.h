#pragma once

#include "core/result.h"

#include "document/validation_setup.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QMessageBox;

namespace plumbline {

class Document;
class RulePackMenu;
class TaskProgressWidget;

/// Which rules validate the data and when: the Validate action (F5), automatic validation after every load, the
/// rule pack choice (RulePackMenu: built-in packs, the user's packs, Table Schemas, packs from the
/// specification), progress and Cancel in the status bar, and what went wrong. Validation runs in the
/// Document; a new document (another file) drops the old one's run. The findings themselves are the
/// FindingNavigator's.
class RulePackPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulePackPresenter)

public:
    /// window must outlive the presenter.
    explicit RulePackPresenter(QMainWindow* window);

    QAction* validateAction() const { return m_validate; }
    QAction* validateAfterLoadAction() const { return m_afterLoad; }
    RulePackMenu* packMenu() const { return m_packs; }
    TaskProgressWidget* progressWidget() const { return m_progress; }
    /// The document on screen, or null.
    Document* document() const { return m_document; }
    bool isRunning() const;
    /// Table Schema files whose packs the following validations add (a loaded schema belongs to its file).
    const QStringList& schemaFiles() const { return m_schemaFiles; }
    void setSchemaFiles(const QStringList& files) { m_schemaFiles = files; }
    /// Takes a project's rules (its snapshot) as the window's choice before its document is shown: the pack menu
    /// checks its pack (the choice is remembered, as when the user picks it), its Table Schemas are used, and the
    /// rules it switched off are the ones switched off (the Rules panel shows them). Packs the menu cannot show
    /// (a project made with several --pack) are used as they are until another pack is chosen.
    void useSetup(const ValidationSetup& setup);

    /// The data on screen changed: a document (a completed load) or null (nothing, or a preview while loading).
    /// Validates the document now if validation after load is on and it has no findings yet.
    void setDocument(Document* document);

public slots:
    /// Validates the dataset on screen with the chosen pack.
    void validate();
    void cancel();
    /// Makes path the chosen user pack, remembers it among the user's packs, and validates with it.
    void useUserPack(const QString& path);

signals:
    void statusMessage(const QString& message, int timeoutMs);
    /// A run ended: ok when its findings are on screen.
    void finished(bool ok);
    /// A run started (the findings on screen are about to be replaced).
    void started();

private:
    void onFinished(bool ok);
    void onFailed(const Error& error);
    void loadUserPack();
    void loadTableSchema();
    /// Asks for a specification folder and dataset, writes the generated pack among the user's packs, uses it.
    void packFromSpecification();

    QMainWindow* m_window = nullptr;
    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    QStringList m_schemaFiles;
    TaskProgressWidget* m_progress = nullptr;
    RulePackMenu* m_packs = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_afterLoad = nullptr;
    QPointer<QMessageBox> m_errorBox;
    QString m_previousPack;     // to fall back to when a user's pack fails to load
    QStringList m_setupPacks;   // a project's packs when they are more than the menu's one choice
    bool m_keepSchemas = false; // the next document's schema files came with it (a project's)
};

} // namespace plumbline
