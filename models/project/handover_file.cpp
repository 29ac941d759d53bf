#include "project/handover_file.h"

#include "io/json/json_error_locator.h"
#include "project/net_edits.h"
#include "values/text_util.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <functional>

namespace plumbline {

namespace {

constexpr const char* kFormatMember = "plumbline_handover";
constexpr int kFormatVersion = 1;

} // namespace

HandoverFile makeHandover(const Dataset& current, const RecordKeySpec& keySpec,
                          const std::vector<TriageDecision>& decisions, const QString& user, const QString& time,
                          const QString& sourceSha256)
{
    HandoverFile handover;
    handover.user = user;
    handover.exported = time;
    handover.sourceSha256 = sourceSha256;
    for (const auto& table : current.tables) {
        const Table& t = *table;
        const int key = recordKeyColumn(t, keySpec);
        for (const NetCellEdit& e : netCellEdits(t))
            handover.edits.push_back(
                HandoverEdit{t.name(), qint64(e.record), recordKeyText(t, e.record, key), t.columnName(e.column),
                             textutil::toQString(t.baseCell(e.record, e.column)), QString::fromStdString(e.after)});
    }
    handover.triage = decisions;
    return handover;
}

QByteArray writeHandoverJson(const HandoverFile& handover)
{
    QJsonArray edits;
    for (const HandoverEdit& e : handover.edits)
        edits.append(QJsonObject{{QStringLiteral("table"), e.table},
                                 {QStringLiteral("record"), e.record},
                                 {QStringLiteral("key"), e.key},
                                 {QStringLiteral("column"), e.column},
                                 {QStringLiteral("before"), e.before},
                                 {QStringLiteral("after"), e.after}});
    QJsonArray triage;
    for (const TriageDecision& d : handover.triage)
        triage.append(QJsonObject{{QStringLiteral("rule"), d.key.rule},
                                  {QStringLiteral("table"), d.key.table},
                                  {QStringLiteral("record"), d.key.record},
                                  {QStringLiteral("columns"), QJsonArray::fromStringList(d.key.columns)},
                                  {QStringLiteral("value"), d.key.value},
                                  {QStringLiteral("state"), triageStateName(d.state)},
                                  {QStringLiteral("reason"), d.reason},
                                  {QStringLiteral("user"), d.user},
                                  {QStringLiteral("time"), d.time}});
    const QJsonObject root{{QLatin1String(kFormatMember), kFormatVersion},
                           {QStringLiteral("user"), handover.user},
                           {QStringLiteral("exported"), handover.exported},
                           {QStringLiteral("source_sha256"), handover.sourceSha256},
                           {QStringLiteral("edits"), edits},
                           {QStringLiteral("triage"), triage}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

namespace od = simdjson::ondemand;

/// Counts a required member as seen and passes its reading's outcome on.
std::optional<Error> required(int& seen, std::optional<Error> outcome)
{
    ++seen;
    return outcome;
}

/// Reads the document with simdjson's on-demand parser, which points into the text, so that every complaint
/// about a member's type or value names the line and column of that value.
class HandoverParser
{
public:
    HandoverParser(QByteArrayView bytes, const QString& file)
        : m_text(bytes.data(), std::size_t(bytes.size())), m_padded(m_text), m_file(file)
    {
    }

    Result<HandoverFile> parse()
    {
        od::parser parser;
        od::document doc;
        if (parser.iterate(m_padded).get(doc))
            return fail(0, QStringLiteral("The file could not be read as JSON."));
        od::object root;
        if (doc.get_object().get(root))
            return fail(0, QStringLiteral("A hand-over file is a JSON object; this is not one."));
        HandoverFile out;
        bool sawFormat = false, sawEdits = false, sawTriage = false;
        auto failed = members(root, [&](std::string_view name, od::value& v) -> std::optional<Error> {
            if (name == kFormatMember) {
                sawFormat = true;
                const std::size_t at = offsetOf(v);
                std::int64_t version = 0;
                if (v.get_int64().get(version))
                    return error(at,
                                 QStringLiteral("\"%1\" must be a whole number.").arg(QLatin1String(kFormatMember)));
                if (version != kFormatVersion)
                    return error(at, QStringLiteral("This hand-over file is of format %1; this version of Plumbline "
                                                    "reads format %2.")
                                         .arg(version)
                                         .arg(kFormatVersion));
                return std::nullopt;
            }
            if (name == "user")
                return string(v, QStringLiteral("user"), out.user);
            if (name == "exported")
                return string(v, QStringLiteral("exported"), out.exported);
            if (name == "source_sha256")
                return string(v, QStringLiteral("source_sha256"), out.sourceSha256);
            if (name == "edits") {
                sawEdits = true;
                return array(v, QStringLiteral("edits"), [&](od::value& item) { return edit(item, out.edits); });
            }
            if (name == "triage") {
                sawTriage = true;
                return array(v, QStringLiteral("triage"), [&](od::value& item) { return decision(item, out.triage); });
            }
            return unknown(v, name);
        });
        if (failed)
            return *failed;
        if (!sawFormat)
            return fail(0, QStringLiteral("This is not a Plumbline hand-over file: it has no \"%1\" member.")
                               .arg(QLatin1String(kFormatMember)));
        if (!sawEdits || !sawTriage)
            return fail(0, QStringLiteral("A hand-over file needs both \"edits\" and \"triage\" (either may be an "
                                          "empty list)."));
        return out;
    }

private:
    using Member = std::function<std::optional<Error>(std::string_view, od::value&)>;

    Error error(std::size_t offset, const QString& message) const
    {
        return jsonErrorAt(m_file, m_text, std::min(offset, m_text.size()), message);
    }
    Result<HandoverFile> fail(std::size_t offset, const QString& message) const { return error(offset, message); }

    std::size_t offsetOf(od::value& v) const
    {
        const std::string_view token = v.raw_json_token();
        return std::size_t(token.data() - m_padded.data());
    }

    std::optional<Error> unknown(od::value& v, std::string_view name) const
    {
        return error(
            offsetOf(v),
            QStringLiteral("\"%1\" is not a member a hand-over file has here.").arg(textutil::toQString(name)));
    }

    /// Calls visit for every member of object, refusing a member named twice.
    std::optional<Error> members(od::object& object, const Member& visit)
    {
        QSet<QByteArray> seen;
        for (auto field : object) {
            std::string_view name;
            od::value value;
            if (field.unescaped_key().get(name) || field.value().get(value))
                return error(0, QStringLiteral("The file could not be read as JSON."));
            const std::size_t at = offsetOf(value);
            const QByteArray key(name.data(), qsizetype(name.size()));
            if (seen.contains(key))
                return error(at, QStringLiteral("\"%1\" is given twice.").arg(textutil::toQString(name)));
            seen.insert(key);
            if (auto failed = visit(name, value))
                return failed;
        }
        return std::nullopt;
    }

    std::optional<Error> string(od::value& v, const QString& what, QString& out)
    {
        const std::size_t at = offsetOf(v);
        std::string_view s;
        if (v.get_string().get(s))
            return error(at, QStringLiteral("\"%1\" must be a text in quotes.").arg(what));
        if (s.size() > kHandoverMaxString)
            return error(at, QStringLiteral("\"%1\" is longer than %L2 bytes.").arg(what).arg(kHandoverMaxString));
        out = textutil::toQString(s);
        return std::nullopt;
    }

    std::optional<Error> integer(od::value& v, const QString& what, qint64 low, qint64& out)
    {
        const std::size_t at = offsetOf(v);
        std::int64_t n = 0;
        if (v.get_int64().get(n) || n < low || n >= qint64(kNoRecord))
            return error(at, QStringLiteral("\"%1\" must be a whole number from %2 up.").arg(what).arg(low));
        out = n;
        return std::nullopt;
    }

    template <class Item>
    std::optional<Error> array(od::value& v, const QString& what, Item&& item)
    {
        const std::size_t at = offsetOf(v);
        od::array list;
        if (v.get_array().get(list))
            return error(at, QStringLiteral("\"%1\" must be a list in square brackets.").arg(what));
        for (auto element : list) {
            od::value value;
            if (element.get(value))
                return error(at, QStringLiteral("The file could not be read as JSON."));
            if (++m_items > kHandoverMaxItems)
                return error(offsetOf(value), QStringLiteral("The file holds more than %L1 edits and decisions; a "
                                                             "hand-over this large is refused.")
                                                  .arg(kHandoverMaxItems));
            if (auto failed = item(value))
                return failed;
        }
        return std::nullopt;
    }

    std::optional<Error> object(od::value& v, const QString& what, const Member& visit)
    {
        const std::size_t at = offsetOf(v);
        od::object o;
        if (v.get_object().get(o))
            return error(at, QStringLiteral("Each item of \"%1\" must be an object in braces.").arg(what));
        return members(o, visit);
    }

    std::optional<Error> edit(od::value& v, std::vector<HandoverEdit>& out)
    {
        const std::size_t at = offsetOf(v);
        HandoverEdit e;
        int seen = 0;
        auto failed =
            object(v, QStringLiteral("edits"), [&](std::string_view name, od::value& m) -> std::optional<Error> {
                if (name == "table")
                    return required(seen, string(m, QStringLiteral("table"), e.table));
                if (name == "record")
                    return required(seen, integer(m, QStringLiteral("record"), 0, e.record));
                if (name == "column")
                    return required(seen, string(m, QStringLiteral("column"), e.column));
                if (name == "before")
                    return required(seen, string(m, QStringLiteral("before"), e.before));
                if (name == "after")
                    return required(seen, string(m, QStringLiteral("after"), e.after));
                if (name == "key")
                    return string(m, QStringLiteral("key"), e.key);
                return unknown(m, name);
            });
        if (failed)
            return failed;
        if (seen != 5)
            return error(at, QStringLiteral("An edit needs \"table\", \"record\", \"column\", \"before\" and "
                                            "\"after\"."));
        out.push_back(std::move(e));
        return std::nullopt;
    }

    std::optional<Error> decision(od::value& v, std::vector<TriageDecision>& out)
    {
        const std::size_t at = offsetOf(v);
        TriageDecision d;
        int seen = 0;
        QString state;
        std::size_t stateAt = 0;
        auto failed =
            object(v, QStringLiteral("triage"), [&](std::string_view name, od::value& m) -> std::optional<Error> {
                if (name == "rule")
                    return required(seen, string(m, QStringLiteral("rule"), d.key.rule));
                if (name == "table")
                    return required(seen, string(m, QStringLiteral("table"), d.key.table));
                if (name == "record")
                    return required(seen, integer(m, QStringLiteral("record"), -1, d.key.record));
                if (name == "value")
                    return required(seen, string(m, QStringLiteral("value"), d.key.value));
                if (name == "state") {
                    ++seen;
                    stateAt = offsetOf(m);
                    return string(m, QStringLiteral("state"), state);
                }
                if (name == "columns")
                    return required(seen, array(m, QStringLiteral("columns"), [&](od::value& c) {
                                        QString column;
                                        auto bad = string(c, QStringLiteral("columns"), column);
                                        if (!bad)
                                            d.key.columns << column;
                                        return bad;
                                    }));
                if (name == "reason")
                    return string(m, QStringLiteral("reason"), d.reason);
                if (name == "user")
                    return string(m, QStringLiteral("user"), d.user);
                if (name == "time")
                    return string(m, QStringLiteral("time"), d.time);
                return unknown(m, name);
            });
        if (failed)
            return failed;
        if (seen != 6)
            return error(at, QStringLiteral("A triage decision needs \"rule\", \"table\", \"record\", \"columns\", "
                                            "\"value\" and \"state\"."));
        if (!parseTriageState(state, &d.state))
            return error(stateAt, QStringLiteral("\"state\" must be open, fixed, waived or false_positive, not "
                                                 "\"%1\".")
                                      .arg(state.left(40)));
        if (d.state == TriageState::Waived && d.reason.trimmed().isEmpty())
            return error(at, QStringLiteral("A waived finding needs a reason."));
        out.push_back(std::move(d));
        return std::nullopt;
    }

    std::string_view m_text;
    simdjson::padded_string m_padded;
    QString m_file;
    std::size_t m_items = 0;
};

} // namespace

Result<HandoverFile> parseHandoverJson(QByteArrayView bytes, const QString& fileName)
{
    if (bytes.size() > kHandoverMaxBytes)
        return Error{fileName, 0, 0,
                     QStringLiteral("The hand-over file is larger than %L1 MB; a hand-over this large is refused.")
                         .arg(kHandoverMaxBytes >> 20)};
    const std::string_view text(bytes.data(), std::size_t(bytes.size()));
    // The strict validator finds the first byte that breaks the grammar (the on-demand parser may not notice
    // until later); the schema is four levels deep.
    if (auto bad = findJsonSyntaxError(text, 8))
        return jsonErrorAt(fileName, text, bad->offset, bad->message);
    return HandoverParser(bytes, fileName).parse();
}

Result<HandoverFile> readHandoverFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("The hand-over file cannot be read: %1").arg(file.errorString())};
    if (file.size() > kHandoverMaxBytes)
        return Error{path, 0, 0,
                     QStringLiteral("The hand-over file is larger than %L1 MB; a hand-over this large is refused.")
                         .arg(kHandoverMaxBytes >> 20)};
    const QByteArray bytes = file.read(kHandoverMaxBytes + 1);
    return parseHandoverJson(bytes, path);
}

} // namespace plumbline
