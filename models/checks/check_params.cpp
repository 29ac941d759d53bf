#include "checks/check_params.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plumbline {

namespace {

using T = ParamType;

const char* const kSeverityOrNone = "warning|error|notice|info|none";

} // namespace

const std::vector<CheckKindForm>& checkKindForms()
{
    static const std::vector<CheckKindForm> forms = {
        {"required",
         QT_TRANSLATE_NOOP("CheckParams", "the columns that must be filled in"),
         {
             {"any", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Any one is enough"),
              QT_TRANSLATE_NOOP("CheckParams", "One filled column of the rule's columns satisfies the rule"), false, "",
              "false"},
             {"null-tokens", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "NULL, N/A … count as blank"),
              QT_TRANSLATE_NOOP("CheckParams",
                                "Cells holding only a stand-in for nothing (NULL, N/A, -) count as blank"),
              false, "", "true"},
         }},
        {"type",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"type", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Type"),
              QT_TRANSLATE_NOOP("CheckParams", "The datatype every value must have"), true,
              "integer|decimal|date|datetime|flag|boolean|url|email|curie|uprn|usrn|postcode|gss|qid|twitter|facebook",
              ""},
             {"non-canonical", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Other spellings"),
              QT_TRANSLATE_NOOP(
                  "CheckParams",
                  "The severity of a value of the right type written another way (14/03/2023 for a date)"),
              false, "notice|error|warning|info|none", "notice"},
         }},
        {"pattern",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"pattern", T::Regex, QT_TRANSLATE_NOOP("CheckParams", "Pattern"),
              QT_TRANSLATE_NOOP("CheckParams", "An RE2 regular expression values must match"), true, "", ""},
             {"match", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Match"),
              QT_TRANSLATE_NOOP("CheckParams", "full: the whole value matches; partial: some part of it does"), false,
              "full|partial", "full"},
             {"negate", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Must not match"),
              QT_TRANSLATE_NOOP("CheckParams", "Values that match are the findings"), false, "", "false"},
             {"case-sensitive", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Case sensitive"),
              QT_TRANSLATE_NOOP("CheckParams", "Letters match only in the same case"), false, "", "true"},
             {"max-length", T::Number, QT_TRANSLATE_NOOP("CheckParams", "Longest value"),
              QT_TRANSLATE_NOOP("CheckParams", "Longer values are findings without being matched"), false, "", ""},
         }},
        {"codelist",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"codelist", T::Text, QT_TRANSLATE_NOOP("CheckParams", "Codelist"),
              QT_TRANSLATE_NOOP("CheckParams",
                                "A built-in codelist name or a CSV file beside the pack (give this or Values)"),
              false, "", ""},
             {"values", T::TextList, QT_TRANSLATE_NOOP("CheckParams", "Values"),
              QT_TRANSLATE_NOOP("CheckParams", "The allowed values, one per line (give this or Codelist)"), false, "",
              ""},
             {"multiple", T::Text, QT_TRANSLATE_NOOP("CheckParams", "Separators"),
              QT_TRANSLATE_NOOP("CheckParams", "Characters between several values in one cell (e.g. ;)"), false, "",
              ""},
             {"unknown", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Unknown values"),
              QT_TRANSLATE_NOOP("CheckParams", "The severity of a value not in the codelist"), false,
              "error|warning|notice|info|none", "the rule's"},
             {"synonym", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Synonyms"),
              QT_TRANSLATE_NOOP("CheckParams", "The severity of another name for a codelist value"), false,
              "error|warning|notice|info|none", "the rule's"},
         }},
        {"contains",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"text", T::Text, QT_TRANSLATE_NOOP("CheckParams", "Text"),
              QT_TRANSLATE_NOOP("CheckParams",
                                "Values containing this text are findings (give this or the characters)"),
              false, "", ""},
             {"any-of", T::Text, QT_TRANSLATE_NOOP("CheckParams", "Any of these characters"),
              QT_TRANSLATE_NOOP("CheckParams", "Values containing any of these characters are findings"), false, "",
              ""},
             {"negate", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Must contain"),
              QT_TRANSLATE_NOOP("CheckParams", "Values that lack the text are the findings"), false, "", "false"},
         }},
        {"placeholder",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"values", T::TextList, QT_TRANSLATE_NOOP("CheckParams", "Placeholders"),
              QT_TRANSLATE_NOOP("CheckParams", "More values that stand for nothing, one per line"), false, "", ""},
             {"null-tokens", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Usual stand-ins"),
              QT_TRANSLATE_NOOP("CheckParams", "NULL, N/A, ?, --- and the like are placeholders too"), false, "",
              "true"},
         }},
        {"range",
         QT_TRANSLATE_NOOP("CheckParams", "the number or date columns to check"),
         {
             {"min", T::NumberOrDate, QT_TRANSLATE_NOOP("CheckParams", "Minimum"),
              QT_TRANSLATE_NOOP("CheckParams", "The smallest value allowed: a number, a date or today-10y"), false, "",
              ""},
             {"max", T::NumberOrDate, QT_TRANSLATE_NOOP("CheckParams", "Maximum"),
              QT_TRANSLATE_NOOP("CheckParams", "The largest value allowed: a number, a date or today+50y"), false, "",
              ""},
             {"possibly", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Possibly outside"),
              QT_TRANSLATE_NOOP("CheckParams", "The severity of an imprecise date (a year only) that may lie outside"),
              false, kSeverityOrNone, "warning"},
         }},
        {"length",
         QT_TRANSLATE_NOOP("CheckParams", "the columns to check"),
         {
             {"min", T::Number, QT_TRANSLATE_NOOP("CheckParams", "Fewest characters"),
              QT_TRANSLATE_NOOP("CheckParams", "Shorter values are findings"), false, "", ""},
             {"max", T::Number, QT_TRANSLATE_NOOP("CheckParams", "Most characters"),
              QT_TRANSLATE_NOOP("CheckParams", "Longer values are findings"), false, "", ""},
         }},
        {"unique",
         QT_TRANSLATE_NOOP("CheckParams", "the columns that together form the key"),
         {
             {"case-sensitive", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Case sensitive"),
              QT_TRANSLATE_NOOP("CheckParams", "ABC and abc are different keys"), false, "", "true"},
             {"trim", T::Boolean, QT_TRANSLATE_NOOP("CheckParams", "Ignore edge spaces"),
              QT_TRANSLATE_NOOP("CheckParams", "Spaces at either end do not make a key different"), false, "", "true"},
             {"ignore-blank", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Blank keys"),
              QT_TRANSLATE_NOOP(
                  "CheckParams",
                  "true: rows whose key is blank everywhere are left out; any: rows with any blank key column are"),
              false, "true|false|any", "true"},
         }},
        {"compare",
         QT_TRANSLATE_NOOP("CheckParams", "the first column, then the column it is compared with"),
         {
             {"op", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Comparison"),
              QT_TRANSLATE_NOOP("CheckParams", "How the first column must compare with the second"), true,
              "<|<=|=|!=|>=|>", ""},
             {"type", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Compare as"),
              QT_TRANSLATE_NOOP("CheckParams", "Values compared as dates, numbers or text (auto: as they look)"), false,
              "auto|date|number|text", "auto"},
             {"possibly", T::Choice, QT_TRANSLATE_NOOP("CheckParams", "Possibly wrong"),
              QT_TRANSLATE_NOOP("CheckParams", "The severity when imprecise dates only possibly break the comparison"),
              false, kSeverityOrNone, "warning"},
         }},
        {"conditional",
         QT_TRANSLATE_NOOP("CheckParams", "the column of the condition, then the column that must then match"),
         {
             {"when", T::Predicate, QT_TRANSLATE_NOOP("CheckParams", "When the first column"),
              QT_TRANSLATE_NOOP(
                  "CheckParams",
                  "A condition as JSON: {\"in\": [\"withdrawn\"]}, {\"blank\": true}, {\"matches\": \"RE2\"}"),
              true, "", ""},
             {"then", T::Predicate, QT_TRANSLATE_NOOP("CheckParams", "Then the second column"),
              QT_TRANSLATE_NOOP("CheckParams", "A condition as JSON: {\"not-blank\": true}, {\"not-in\": [\"…\"]}"),
              true, "", ""},
         }},
        {"sql",
         QT_TRANSLATE_NOOP("CheckParams",
                           "the columns the expression reads (the first is shown as the finding's value)"),
         {
             {"where", T::Sql, QT_TRANSLATE_NOOP("CheckParams", "Rows that fail"),
              QT_TRANSLATE_NOOP("CheckParams", "An SQLite expression over the table t, true for the rows that are "
                                               "findings (columns in double quotes)"),
              true, "", ""},
             {"timeout", T::Number, QT_TRANSLATE_NOOP("CheckParams", "Time limit (seconds)"),
              QT_TRANSLATE_NOOP("CheckParams", "The query stops after this long and the rule fails"), false, "", "10"},
         }},
    };
    return forms;
}

const CheckKindForm* checkKindForm(const QString& kind)
{
    for (const auto& form : checkKindForms())
        if (kind == QLatin1String(form.kind))
            return &form;
    return nullptr;
}

QStringList paramChoices(const CheckParamInfo& param)
{
    return QString::fromUtf8(param.choices).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QJsonValue paramFromText(const CheckParamInfo& param, const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QString label = QString::fromUtf8(param.label);
    switch (param.type) {
    case T::Text:
    case T::Regex:
        return text; // as typed: a pattern or a piece of text may mean its spaces
    case T::Sql:
        return trimmed;
    case T::Boolean:
        if (trimmed == QLatin1String("true") || trimmed == QLatin1String("false"))
            return trimmed == QLatin1String("true");
        *error = QStringLiteral("%1: expected true or false.").arg(label);
        return QJsonValue(QJsonValue::Undefined);
    case T::Number: {
        bool ok = false;
        const double n = trimmed.toDouble(&ok);
        if (ok)
            return n;
        *error = QStringLiteral("%1: '%2' is not a number.").arg(label, trimmed);
        return QJsonValue(QJsonValue::Undefined);
    }
    case T::NumberOrDate: {
        bool ok = false;
        const double n = trimmed.toDouble(&ok);
        return ok ? QJsonValue(n) : QJsonValue(trimmed);
    }
    case T::Choice:
        if (!paramChoices(param).contains(trimmed)) {
            *error =
                QStringLiteral("%1: expected one of %2.").arg(label, paramChoices(param).join(QLatin1String(", ")));
            return QJsonValue(QJsonValue::Undefined);
        }
        if (paramChoices(param).contains(QLatin1String("true")) &&
            (trimmed == QLatin1String("true") || trimmed == QLatin1String("false")))
            return trimmed == QLatin1String("true");
        return trimmed;
    case T::TextList: {
        QJsonArray out;
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                out.append(line.trimmed());
        return out;
    }
    case T::Predicate: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("%1: write the condition as a JSON object, such as {\"in\": [\"withdrawn\"]}.")
                         .arg(label);
            return QJsonValue(QJsonValue::Undefined);
        }
        return doc.object();
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString paramToText(const CheckParamInfo& param, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (param.type) {
    case T::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case T::Number:
    case T::NumberOrDate:
        return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    case T::Choice:
        return value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : value.toString();
    case T::TextList: {
        if (value.isString())
            return value.toString();
        QStringList lines;
        for (const auto& item : value.toArray())
            lines << item.toString();
        return lines.join(QLatin1Char('\n'));
    }
    case T::Predicate:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case T::Text:
    case T::Regex:
    case T::Sql:
        break;
    }
    return value.toString();
}

} // namespace plumbline
