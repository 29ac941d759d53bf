#include "project/handover_actions.h"

#include "document/document.h"
#include "io/project/base_data.h"
#include "project/handover_file.h"
#include "project/handover_merge.h"
#include "project/message_bar.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/record_key.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace plumbline {

/// A merge planned and waiting for the user's choices.
struct HandoverActions::Pending
{
    HandoverMergePlan plan;
    QString from;
    QString fileName;
    Document* document = nullptr;
};

HandoverActions::HandoverActions(MainWindow* window, ProjectController* controller)
    : QObject(controller), m_window(window), m_controller(controller)
{
    m_export = new QAction(tr("&Hand Over\u2026"), this);
    m_export->setObjectName(QStringLiteral("actionHandoverExport"));
    m_export->setStatusTip(tr("Write the project's decisions and edits to a small file for a colleague"));
    connect(m_export, &QAction::triggered, this, [this] { exportTo(); });
    m_merge = new QAction(tr("&Merge Colleague's Hand-over\u2026"), this);
    m_merge->setObjectName(QStringLiteral("actionHandoverMerge"));
    m_merge->setStatusTip(tr("Take a colleague's decisions and edits into this project; where you differ, you choose"));
    connect(m_merge, &QAction::triggered, this, [this] { merge(); });
}

HandoverActions::~HandoverActions() = default;

void HandoverActions::updateActions()
{
    m_export->setEnabled(m_controller->isProject());
    m_merge->setEnabled(m_controller->keepsEdits());
}

bool HandoverActions::exportTo(const QString& path)
{
    ProjectSession* session = m_controller->session();
    Document* document = m_window->document();
    if (!session || !document || !m_controller->isProject() || !session->file()) {
        emit m_controller->statusMessage(
            tr("A hand-over is made from a project: File \u2192 New Project\u2026 starts one."), 8000);
        return false;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QFileInfo project(session->path());
        target = QFileDialog::getSaveFileName(m_window, tr("Hand Over"),
                                              project.absolutePath() + QLatin1Char('/') + project.completeBaseName() +
                                                  QStringLiteral(" handover.json"),
                                              tr("Hand-over files (*.json)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += QStringLiteral(".json");
    }
    const HandoverFile handover =
        makeHandover(document->dataset(), recordKeySpec(document->dataset(), session->validationSetup()),
                     session->triage()->decisions(), session->user(), session->now(),
                     projectSourceFact(*session->file(), QStringLiteral("sha256")));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(writeHandoverJson(handover)) < 0 || !out.commit()) {
        QMessageBox::warning(m_window, tr("Could not hand over"),
                             tr("%1 could not be written: %2").arg(QFileInfo(target).fileName(), out.errorString()));
        return false;
    }
    emit m_controller->statusMessage(tr("Wrote %1 and %2 to %3.")
                                         .arg(tr("%n edit(s)", nullptr, int(handover.edits.size())),
                                              tr("%n decision(s)", nullptr, int(handover.triage.size())),
                                              QFileInfo(target).fileName()),
                                     8000);
    return true;
}

bool HandoverActions::merge(const QString& path)
{
    ProjectSession* session = m_controller->session();
    Document* document = m_window->document();
    if (!session || !document)
        return false;
    if (!m_controller->keepsEdits()) {
        emit m_controller->statusMessage(
            session->isReadOnly()
                ? tr("%1 is read-only: Save Project As\u2026 makes a copy you can merge into.")
                      .arg(m_controller->projectName())
                : tr("A colleague's hand-over is merged into a project: File \u2192 New Project\u2026 starts one."),
            8000);
        return false;
    }
    QString source = path;
    if (source.isEmpty()) {
        source = QFileDialog::getOpenFileName(m_window, tr("Merge Colleague's Hand-over"),
                                              QFileInfo(session->path()).absolutePath(),
                                              tr("Hand-over files (*.json);;All files (*)"));
        if (source.isEmpty())
            return false;
    }
    auto theirs = readHandoverFile(source);
    if (!theirs) {
        QMessageBox box(QMessageBox::Warning, tr("Could not merge"),
                        tr("%1 cannot be merged; nothing was changed.").arg(QFileInfo(source).fileName()),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("handoverErrorBox"));
        box.setInformativeText(theirs.error().toString());
        box.exec();
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    m_pending = std::make_unique<Pending>();
    m_pending->from = theirs.value().user;
    m_pending->fileName = QFileInfo(source).fileName();
    m_pending->document = document;
    m_pending->plan = planHandoverMerge(*document, recordKeySpec(document->dataset(), session->validationSetup()),
                                        *session->triage(), theirs.value());
    if (m_pending->plan.conflicts.empty()) {
        apply({});
        return true;
    }
    m_dialog = new HandoverConflictsDialog(m_pending->plan.conflicts, m_pending->from, m_window);
    m_dialog->setObjectName(QStringLiteral("handoverConflictsDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            apply(m_dialog->choices());
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        m_pending.reset();
        emit m_controller->statusMessage(tr("Merge canceled: nothing was changed."), 6000);
        emit merged(false, {});
    });
    m_dialog->open();
    return true;
}

void HandoverActions::apply(const std::vector<HandoverChoice>& choices)
{
    std::unique_ptr<Pending> pending = std::move(m_pending);
    ProjectSession* session = m_controller->session();
    // The project on screen must still be the one planned against.
    if (!pending || !session || !m_controller->keepsEdits() || m_window->document() != pending->document ||
        session->document() != pending->document) {
        emit merged(false, {});
        return;
    }
    const HandoverMergePlan& plan = pending->plan;
    const QString who = pending->from.isEmpty() ? tr("a colleague") : pending->from;
    auto applied = applyHandoverMerge(*pending->document, *session->triage(), plan, choices,
                                      tr("Merge the review of %1").arg(who));
    if (!applied) {
        QMessageBox::warning(m_window, tr("Could not merge"), applied.error().toString());
        emit merged(false, {});
        return;
    }
    const HandoverMergeOutcome& outcome = applied.value();
    const QString summary =
        tr("%1 and %2 merged, %3 resolved")
            .arg(tr("%n edit(s)", nullptr, int(outcome.cells)), tr("%n decision(s)", nullptr, int(outcome.decisions)),
                 tr("%n conflict(s)", nullptr, int(plan.conflicts.size())));
    QString text = tr("Merged the review of %1 (%2): %3.").arg(who, pending->fileName, summary);
    if (!plan.theirTable.isEmpty())
        text += QLatin1Char(' ') + tr("Their table \u201c%1\u201d was taken to be this project's table \u201c%2\u201d.")
                                       .arg(plan.theirTable, plan.ourTable);
    if (!plan.skipped.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n of their edit(s) did not fit this project and were skipped.", nullptr, int(plan.skipped.size()));
    if (outcome.cells > 0)
        text += QLatin1Char(' ') + tr("One Undo takes the merged edits back.");
    MessageBar* bar = m_controller->noticeBar();
    bar->showMessage(text, MessageBar::Kind::Information);
    bar->setToolTip(plan.skipped.join(QLatin1Char('\n')));
    emit m_controller->statusMessage(summary, 10000);
    emit merged(true, summary);
}

} // namespace plumbline
