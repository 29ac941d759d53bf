#pragma once

#include <QWidget>

class QFrame;
class QLabel;

namespace plumbline {

struct SourceInfo;
class Table;

/// The status bar's facts about the open table: rows, columns, encoding, delimiter, line endings, load time.
class SourceStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceStatusWidget)

public:
    explicit SourceStatusWidget(QWidget* parent = nullptr);

    /// Shows table's size and source's layout. preview: only the head of the file is loaded so far, so the
    /// row count is a lower bound and there is no load time yet. A null table clears the labels.
    void setSource(const Table* table, const SourceInfo& source, bool preview);
    void clear();

    /// All labels' texts joined by " | " (for tests and accessibility).
    QString text() const;

    /// "comma", "tab", "semicolon", "pipe" or the character itself.
    static QString delimiterName(char delimiter);

private:
    QList<QLabel*> labels() const;
    void updateVisibility();

    QLabel* m_rows = nullptr;
    QLabel* m_columns = nullptr;
    QLabel* m_encoding = nullptr;
    QLabel* m_delimiter = nullptr;
    QLabel* m_lineEnding = nullptr;
    QLabel* m_loadTime = nullptr;
    QList<QFrame*> m_separators; // before every label but the first
};

} // namespace plumbline
