// The parameter descriptions of check kinds (checks/check_params.h) against the kinds themselves: every described
// key is one the kind reads (never "unknown parameter"), every described kind exists, and a form's text turns into
// the JSON a pack stores and back.
#include "checks/check_params.h"
#include "checks/check_registry.h"
#include "document/validation_setup.h"
#include "packs/rule_pack_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace plumbline;

namespace {

QJsonValue sample(const CheckParamInfo& param)
{
    switch (param.type) {
    case ParamType::Boolean:
        return true;
    case ParamType::Number:
    case ParamType::NumberOrDate:
        return 5;
    case ParamType::Choice:
        return paramChoices(param).value(0);
    case ParamType::TextList:
        return QJsonArray{QStringLiteral("a")};
    case ParamType::Predicate:
        return QJsonObject{{QStringLiteral("blank"), true}};
    case ParamType::Sql:
        return QStringLiteral("1 = 1");
    case ParamType::Regex:
    case ParamType::Text:
        break;
    }
    return QStringLiteral("a");
}

} // namespace

class TstCheckParams : public QObject
{
    Q_OBJECT
private slots:
    void describedKindsExist()
    {
        QVERIFY(checkKindForms().size() >= 12);
        for (const auto& form : checkKindForms())
            QVERIFY2(CheckRegistry::find(QString::fromLatin1(form.kind)), form.kind);
        for (const char* kind : {"required", "pattern", "codelist", "range", "compare", "unique", "conditional", "sql"})
            QVERIFY2(checkKindForm(QString::fromLatin1(kind)), kind);
        QVERIFY(!checkKindForm(QStringLiteral("seats")));
    }

    void everyDescribedParameterIsOneTheKindReads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        for (const auto& form : checkKindForms())
            for (const auto& param : form.params)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(form.kind), QLatin1String(param.key))))
                    << QString::fromLatin1(form.kind) << QString::fromLatin1(param.key);
    }
    void everyDescribedParameterIsOneTheKindReads()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        const CheckKindForm* form = checkKindForm(kind);
        QJsonObject params;
        for (const auto& param : form->params)
            if (param.required || QLatin1String(param.key) == key)
                params.insert(QLatin1String(param.key), sample(param));
        const CheckKindInfo* info = CheckRegistry::find(kind);
        QJsonArray columns;
        for (int i = 0; i < std::max(1, info->minColumns); ++i)
            columns.append(QStringLiteral("c%1").arg(i));
        const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("R")},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("columns"), columns},
                               {QStringLiteral("params"), params},
                               {QStringLiteral("severity"), QStringLiteral("warning")}};
        const QJsonObject pack{{QStringLiteral("pack"), QStringLiteral("p")},
                               {QStringLiteral("rules"), QJsonArray{rule}}};
        RulePackLoader loader(makeCheckEnv());
        const auto loaded = loader.loadBytes(QJsonDocument(pack).toJson(), QStringLiteral("p.json"));
        // Some parameters need a partner (a codelist or its values); what matters is that the key is known.
        if (!loaded)
            QVERIFY2(!loaded.error().message.contains(QStringLiteral("unknown parameter")),
                     qPrintable(loaded.error().toString()));
    }

    void formTextBecomesPackJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("number") << "length"
                                << "max"
                                << "12" << QByteArray("12");
        QTest::newRow("relative date") << "range"
                                       << "max"
                                       << "today+50y" << QByteArray("\"today+50y\"");
        QTest::newRow("boolean") << "pattern"
                                 << "negate"
                                 << "true" << QByteArray("true");
        QTest::newRow("choice") << "compare"
                                << "op"
                                << "<=" << QByteArray("\"<=\"");
        QTest::newRow("true/false choice") << "unique"
                                           << "ignore-blank"
                                           << "false" << QByteArray("false");
        QTest::newRow("list") << "codelist"
                              << "values"
                              << "granted\nrefused\n"
                              << QByteArray("[\"granted\",\"refused\"]");
        QTest::newRow("condition") << "conditional"
                                   << "when"
                                   << "{\"in\": [\"withdrawn\"]}" << QByteArray("{\"in\":[\"withdrawn\"]}");
    }
    void formTextBecomesPackJson()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        const CheckKindForm* form = checkKindForm(kind);
        const auto it = std::find_if(form->params.begin(), form->params.end(),
                                     [&](const CheckParamInfo& p) { return QLatin1String(p.key) == key; });
        QVERIFY(it != form->params.end());
        QString error;
        const QJsonValue value = paramFromText(*it, text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray wrapped{value};
        QByteArray written = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
        QCOMPARE(written.mid(1, written.size() - 2), json);
        QCOMPARE(paramFromText(*it, paramToText(*it, value), &error), value);
    }

    void unreadableTextIsAnError()
    {
        const CheckKindForm* form = checkKindForm(QStringLiteral("compare"));
        QString error;
        QVERIFY(paramFromText(form->params[0], QStringLiteral("=>"), &error).isUndefined());
        QVERIFY2(error.contains(QStringLiteral("expected one of")), qPrintable(error));
        error.clear();
        const CheckKindForm* conditional = checkKindForm(QStringLiteral("conditional"));
        QVERIFY(paramFromText(conditional->params[0], QStringLiteral("withdrawn"), &error).isUndefined());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCheckParams)
#include "tst_check_params.moc"
