#include "dialogs/rules/rule_param_form.h"

#include "checks/check_params.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace plumbline {

namespace {

QPlainTextEdit* makeBox(QWidget* parent, int lines)
{
    auto* box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

} // namespace

RuleParamForm::RuleParamForm(QWidget* parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void RuleParamForm::setKind(const QString& kind, const QJsonObject& params)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_json = nullptr;
    m_kind = kind;
    m_form = checkKindForm(kind);
    m_extra = params;
    if (!m_form) {
        m_json = makeBox(this, 4);
        m_json->setObjectName(QStringLiteral("ruleParamsJson"));
        m_json->setAccessibleName(tr("Parameters as JSON"));
        m_json->setPlaceholderText(QStringLiteral("{}"));
        if (!params.isEmpty())
            m_json->setPlainText(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
        m_extra = {};
        connect(m_json, &QPlainTextEdit::textChanged, this, &RuleParamForm::changed);
        m_layout->addRow(tr("Parameters (JSON):"), m_json);
        return;
    }
    for (std::size_t i = 0; i < m_form->params.size(); ++i) {
        const CheckParamInfo& param = m_form->params[i];
        const QString key = QLatin1String(param.key);
        const QString value = paramToText(param, params.value(key));
        m_extra.remove(key);
        const QString label = QCoreApplication::translate("CheckParams", param.label);
        const QString help = QCoreApplication::translate("CheckParams", param.help);
        const QString fallback = QString::fromUtf8(param.fallback);
        QWidget* editor = nullptr;
        if (param.type == ParamType::Boolean || param.type == ParamType::Choice) {
            auto* box = new QComboBox(this);
            if (!param.required)
                box->addItem(fallback.isEmpty() ? tr("(not set)") : tr("(default: %1)").arg(fallback), QString());
            const QStringList choices = param.type == ParamType::Boolean
                                            ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                                            : paramChoices(param);
            for (const QString& choice : choices)
                box->addItem(choice, choice);
            box->setCurrentIndex(std::max(0, box->findData(value)));
            connect(box, &QComboBox::currentIndexChanged, this, &RuleParamForm::changed);
            editor = box;
        } else if (param.type == ParamType::TextList || param.type == ParamType::Sql) {
            auto* box = makeBox(this, param.type == ParamType::Sql ? 4 : 3);
            box->setPlainText(value);
            connect(box, &QPlainTextEdit::textChanged, this, &RuleParamForm::changed);
            editor = box;
        } else {
            auto* line = new QLineEdit(value, this);
            if (!fallback.isEmpty())
                line->setPlaceholderText(tr("default: %1").arg(fallback));
            connect(line, &QLineEdit::textChanged, this, &RuleParamForm::changed);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("param-") + key);
        editor->setAccessibleName(label);
        editor->setAccessibleDescription(help);
        editor->setToolTip(help);
        m_layout->addRow(param.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label), editor);
        m_rows.push_back({int(i), editor});
    }
    if (m_form->params.empty())
        m_layout->addRow(new QLabel(tr("This check has no parameters."), this));
}

QString RuleParamForm::textOf(const Row& row) const
{
    if (auto* box = qobject_cast<QComboBox*>(row.editor))
        return box->currentData().toString();
    if (auto* box = qobject_cast<QPlainTextEdit*>(row.editor))
        return box->toPlainText();
    if (auto* line = qobject_cast<QLineEdit*>(row.editor))
        return line->text();
    return {};
}

QJsonObject RuleParamForm::params(QString* error) const
{
    if (m_json) {
        const QString text = m_json->toPlainText().trimmed();
        if (text.isEmpty())
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = tr("The parameters are not a JSON object: %1.").arg(parseError.errorString());
            return {};
        }
        return doc.object();
    }
    QJsonObject out = m_extra;
    for (const Row& row : m_rows) {
        const CheckParamInfo& param = m_form->params[std::size_t(row.param)];
        QString problem;
        const QJsonValue value = paramFromText(param, textOf(row), &problem);
        if (!problem.isEmpty() && error->isEmpty())
            *error = problem;
        if (!value.isUndefined())
            out.insert(QLatin1String(param.key), value);
    }
    return out;
}

QWidget* RuleParamForm::editorOf(const QString& key) const
{
    return findChild<QWidget*>(QStringLiteral("param-") + key);
}

} // namespace plumbline
