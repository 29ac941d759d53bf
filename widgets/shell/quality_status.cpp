#include "shell/quality_status.h"

#include "document/document.h"
#include "quality/platform_issue_types.h"
#include "quality/quality_level.h"

#include <algorithm>

namespace plumbline {

QualityStatus::QualityStatus(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("qualityStatus"));
    setTextFormat(Qt::PlainText);
    hide();
    // Edits change findings one record at a time: score once they settle, not per keystroke of a paste.
    m_delay.setSingleShot(true);
    m_delay.setInterval(500);
    connect(&m_delay, &QTimer::timeout, this, &QualityStatus::refresh);
}

void QualityStatus::setDocument(Document* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        // A run's findings arrive with findingsReset, just before validationFinished: scoring on both would assess
        // a million-row run's findings twice on the GUI thread.
        m_connections << connect(document, &Document::findingsReset, this, &QualityStatus::refresh);
        m_connections << connect(document, &Document::findingsChanged, &m_delay, qOverload<>(&QTimer::start));
        m_connections << connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
}

void QualityStatus::refresh()
{
    m_delay.stop();
    const auto store = m_document && m_document->lastRun() ? m_document->findings() : nullptr;
    const bool planning = store && std::any_of(store->rules().begin(), store->rules().end(), [](const RuleInfo& r) {
                              return !r.issueType.isEmpty() && findPlatformIssueType(r.issueType);
                          });
    if (!planning) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    const QualityAssessment quality = assessQuality(*store, m_document->dataset());
    setText(tr("Quality: level %1 of 4").arg(int(quality.level)));
    QString tip = tr("planning.data.gov.uk quality level %1 of 4: %2.").arg(int(quality.level)).arg(quality.label());
    const auto blockers = quality.blockers();
    if (!blockers.empty()) {
        tip += QLatin1Char('\n') + tr("To reach the next level, fix:");
        for (const QualityReason& reason : blockers)
            tip += QStringLiteral("\n\u2022 ") + reason.describe();
    }
    for (const QString& note : quality.notes)
        tip += QStringLiteral("\n") + note;
    tip += QStringLiteral("\n\n") + quality.summary();
    setToolTip(tip);
    setAccessibleDescription(tip);
    show();
}

} // namespace plumbline
