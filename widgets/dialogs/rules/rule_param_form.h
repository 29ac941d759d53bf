#pragma once

#include <QJsonObject>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace plumbline {

struct CheckKindForm;

/// The parameters of one check kind as a form, built from the kind's description in the core (checkKindForm):
/// a line for text, numbers, regular expressions and conditions, a list for choices and true/false (with the
/// kind's default first), a box for lists and SQL. A kind without a description gets one JSON box. Parameters a
/// rule has that the form does not show are kept as they are.
class RuleParamForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleParamForm)

public:
    explicit RuleParamForm(QWidget* parent = nullptr);

    /// Rebuilds the form for kind and fills it from params.
    void setKind(const QString& kind, const QJsonObject& params = {});
    const QString& kind() const { return m_kind; }
    /// The parameters as a pack stores them; on a value that cannot be read, *error says which and why.
    QJsonObject params(QString* error) const;
    /// The control for parameter key, or null (tests).
    QWidget* editorOf(const QString& key) const;

signals:
    void changed();

private:
    struct Row
    {
        int param = -1; // index into the form's params
        QWidget* editor = nullptr;
    };
    QString textOf(const Row& row) const;

    QFormLayout* m_layout = nullptr;
    QString m_kind;
    const CheckKindForm* m_form = nullptr;
    std::vector<Row> m_rows;
    QPlainTextEdit* m_json = nullptr; // kinds without a description
    QJsonObject m_extra;              // parameters the form does not show
};

} // namespace plumbline
