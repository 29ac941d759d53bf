#pragma once

#include <QLabel>
#include <QMetaObject>
#include <QTimer>

namespace plumbline {

class Document;

/// The status bar's quality level for planning data ("Quality: level 2 of 4"), with the reasons in the tooltip:
/// assessQuality() on the document's findings after each validation and, after a pause, after edits. Hidden when
/// no rule that names a platform issue type ran (Popolo and other data have no such ladder) or nothing is validated.
class QualityStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityStatus)

public:
    explicit QualityStatus(QWidget* parent = nullptr);

    /// The document on screen, or null.
    void setDocument(Document* document);

public slots:
    /// Scores the document's findings now.
    void refresh();

private:
    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_delay;
};

} // namespace plumbline
