#include "io/project/layout_codec.h"

#include "io/json/json_layout.h"
#include "io/project/byte_codec.h"

#include <map>

namespace plumbline {

namespace {

constexpr std::uint32_t kTextLayoutTag = 0x31545854; // "TXT1"
constexpr std::uint32_t kJsonLayoutTag = 0x314E534A; // "JSN1"
constexpr std::uint32_t kNotesTag = 0x3154544E;      // "NTT1"

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

void putStrings(ByteWriter& out, const std::vector<std::string>& strings)
{
    out.put<std::uint32_t>(std::uint32_t(strings.size()));
    for (const auto& s : strings)
        out.putString(s);
}

std::vector<std::string> getStrings(ByteReader& in)
{
    const std::uint32_t count = in.getCount(4);
    std::vector<std::string> strings;
    strings.reserve(count);
    for (std::uint32_t i = 0; i < count && in.ok(); ++i)
        strings.push_back(in.getString());
    return strings;
}

void putDocument(ByteWriter& out, const JsonDocumentLayout& d)
{
    out.putString(d.format);
    out.put<std::uint8_t>(std::uint8_t(d.root));
    out.putString(d.table);
    out.put<std::uint32_t>(std::uint32_t(d.members.size()));
    for (const auto& m : d.members) {
        out.putString(m.key);
        out.putString(m.table);
        out.put<std::uint8_t>(m.single ? 1 : 0);
        out.putString(m.raw);
    }
    out.putString(d.indent);
    out.put<std::uint8_t>(std::uint8_t((d.crlf ? 1 : 0) | (d.finalNewline ? 2 : 0) | (d.bom ? 4 : 0)));
}

std::shared_ptr<JsonDocumentLayout> getDocument(ByteReader& in)
{
    auto d = std::make_shared<JsonDocumentLayout>();
    d->format = in.getQString();
    const auto root = in.get<std::uint8_t>();
    if (root > std::uint8_t(JsonDocumentLayout::Root::Lines))
        return nullptr;
    d->root = JsonDocumentLayout::Root(root);
    d->table = in.getQString();
    const std::uint32_t members = in.getCount(13);
    for (std::uint32_t i = 0; i < members && in.ok(); ++i) {
        JsonDocumentLayout::Member m;
        m.key = in.getString();
        m.table = in.getQString();
        m.single = in.get<std::uint8_t>() != 0;
        m.raw = in.getString();
        d->members.push_back(std::move(m));
    }
    d->indent = in.getString();
    const auto flags = in.get<std::uint8_t>();
    d->crlf = flags & 1;
    d->finalNewline = flags & 2;
    d->bom = flags & 4;
    return in.ok() ? d : nullptr;
}

/// Checks what the JSON writer indexes with, against the table the layout belongs to.
bool layoutFits(const JsonLayout& l, const Table& table, QString* problem)
{
    const auto fail = [&](const QString& why) {
        *problem = QStringLiteral("the JSON layout of table %1 %2").arg(table.name(), why);
        return false;
    };
    const auto keyOk = [&](std::uint32_t key) { return key == kNoKey || key < l.keys.size(); };
    int loaded = 0;
    while (loaded < table.columnCount() && !table.isAddedColumn(loaded))
        ++loaded;
    for (const JsonOp& op : l.ops) {
        if (op.code > JsonOp::Verbatim || op.type > JsonType::Wkt || !keyOk(op.key))
            return fail(QStringLiteral("has an unknown step"));
        if ((op.code == JsonOp::Value && op.arg >= std::uint32_t(loaded)) ||
            (op.code == JsonOp::Array && op.arg >= l.children.size()) ||
            (op.code == JsonOp::Verbatim && op.arg >= l.raws.size()))
            return fail(QStringLiteral("refers to something that is not there"));
    }
    if (!l.shapeStarts.empty()) {
        if (l.shapeStarts.front() != 0 || l.shapeStarts.back() != l.ops.size())
            return fail(QStringLiteral("has shapes that do not cover its steps"));
        for (std::size_t s = 0; s + 1 < l.shapeStarts.size(); ++s) {
            if (l.shapeStarts[s + 1] <= l.shapeStarts[s])
                return fail(QStringLiteral("has an empty shape"));
            int depth = 0;
            for (std::uint32_t i = l.shapeStarts[s]; i < l.shapeStarts[s + 1]; ++i) {
                if (l.ops[i].code == JsonOp::BeginObject)
                    ++depth;
                else if (l.ops[i].code == JsonOp::EndObject && --depth < 0)
                    return fail(QStringLiteral("closes an object it did not open"));
            }
            if (depth != 0)
                return fail(QStringLiteral("leaves an object open"));
        }
    } else if (!l.ops.empty() || !l.rowShapes.empty()) {
        return fail(QStringLiteral("has steps but no shapes"));
    }
    for (const std::uint32_t shape : l.rowShapes)
        if (shape >= l.shapeCount())
            return fail(QStringLiteral("gives a row a shape it does not have"));
    if (l.columnPaths.size() != std::size_t(loaded) || l.columnTypes.size() != std::size_t(loaded))
        return fail(QStringLiteral("does not describe every column"));
    for (const auto& path : l.columnPaths)
        for (const std::uint32_t key : path)
            if (key >= l.keys.size())
                return fail(QStringLiteral("has a column path with an unknown key"));
    for (const JsonType type : l.columnTypes)
        if (type > JsonType::Wkt)
            return fail(QStringLiteral("has an unknown column type"));
    for (const auto& child : l.children)
        for (const std::uint32_t key : child.path)
            if (key >= l.keys.size())
                return fail(QStringLiteral("has a child path with an unknown key"));
    for (const int column : {l.parentRowColumn, l.indexColumn, l.parentIdColumn, l.valueColumn})
        if (column < -1 || column >= loaded)
            return fail(QStringLiteral("names a column that is not there"));
    return true;
}

} // namespace

QByteArray encodeTextLayout(const TextLayout& layout)
{
    ByteWriter out;
    out.put<std::uint32_t>(kTextLayoutTag);
    out.put<std::uint64_t>(layout.headerStart);
    out.put<std::uint64_t>(layout.headerEnd);
    out.put<std::uint8_t>(layout.finalLineEnding ? 1 : 0);
    out.putArray(layout.rowStarts);
    return out.bytes();
}

std::shared_ptr<const TextLayout> decodeTextLayout(const QByteArray& bytes, QString* problem)
{
    ByteReader in(view(bytes));
    auto layout = std::make_shared<TextLayout>();
    const bool tagged = in.get<std::uint32_t>() == kTextLayoutTag;
    layout->headerStart = in.get<std::uint64_t>();
    layout->headerEnd = in.get<std::uint64_t>();
    layout->finalLineEnding = in.get<std::uint8_t>() != 0;
    layout->rowStarts = in.getArray<std::uint64_t>();
    if (!tagged || !in.ok() || !in.atEnd()) {
        *problem = QStringLiteral("a table's text layout is damaged");
        return nullptr;
    }
    // The CSV writer checks the offsets against the source file before it copies any byte.
    return layout;
}

QByteArray encodeJsonLayouts(const Dataset& dataset)
{
    std::map<const JsonDocumentLayout*, std::int32_t> documents;
    std::vector<const JsonDocumentLayout*> order;
    std::uint32_t tables = 0;
    for (const auto& t : dataset.tables) {
        if (!t->jsonLayout())
            continue;
        ++tables;
        const JsonDocumentLayout* d = t->jsonLayout()->document.get();
        if (d && documents.emplace(d, std::int32_t(order.size())).second)
            order.push_back(d);
    }
    if (tables == 0)
        return {};
    ByteWriter out;
    out.put<std::uint32_t>(kJsonLayoutTag);
    out.put<std::uint32_t>(std::uint32_t(order.size()));
    for (const JsonDocumentLayout* d : order)
        putDocument(out, *d);
    out.put<std::uint32_t>(tables);
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const auto& layout = dataset.tables[t]->jsonLayout();
        if (!layout)
            continue;
        const JsonLayout& l = *layout;
        out.put<std::uint32_t>(std::uint32_t(t));
        putStrings(out, l.keys);
        putStrings(out, l.raws);
        out.putArray(l.ops);
        out.putArray(l.shapeStarts);
        out.putArray(l.rowShapes);
        out.put<std::uint32_t>(std::uint32_t(l.columnPaths.size()));
        for (const auto& path : l.columnPaths)
            out.putArray(path);
        out.putArray(l.columnTypes);
        out.put<std::uint32_t>(std::uint32_t(l.children.size()));
        for (const auto& child : l.children) {
            out.putString(child.table);
            out.putArray(child.path);
        }
        out.putString(l.parentTable);
        for (const int column : {l.parentRowColumn, l.indexColumn, l.parentIdColumn, l.valueColumn})
            out.put<std::int32_t>(column);
        out.put<std::int32_t>(l.document ? documents.at(l.document.get()) : -1);
    }
    return out.bytes();
}

bool decodeJsonLayouts(const QByteArray& bytes, Dataset& dataset, QString* problem)
{
    if (bytes.isEmpty())
        return true;
    ByteReader in(view(bytes));
    const auto damaged = [&] {
        *problem = QStringLiteral("the JSON layouts are damaged");
        return false;
    };
    if (in.get<std::uint32_t>() != kJsonLayoutTag)
        return damaged();
    std::vector<std::shared_ptr<const JsonDocumentLayout>> documents;
    const std::uint32_t documentCount = in.getCount(16);
    for (std::uint32_t i = 0; i < documentCount && in.ok(); ++i) {
        auto d = getDocument(in);
        if (!d)
            return damaged();
        documents.push_back(std::move(d));
    }
    std::vector<std::pair<std::size_t, std::shared_ptr<const JsonLayout>>> layouts;
    const std::uint32_t tableCount = in.getCount(40);
    for (std::uint32_t i = 0; i < tableCount && in.ok(); ++i) {
        const auto table = in.get<std::uint32_t>();
        auto l = std::make_shared<JsonLayout>();
        l->keys = getStrings(in);
        l->raws = getStrings(in);
        l->ops = in.getArray<JsonOp>();
        l->shapeStarts = in.getArray<std::uint32_t>();
        l->rowShapes = in.getArray<std::uint32_t>();
        const std::uint32_t paths = in.getCount(4);
        for (std::uint32_t p = 0; p < paths && in.ok(); ++p)
            l->columnPaths.push_back(in.getArray<std::uint32_t>());
        l->columnTypes = in.getArray<JsonType>();
        const std::uint32_t children = in.getCount(8);
        for (std::uint32_t c = 0; c < children && in.ok(); ++c) {
            JsonLayout::Child child;
            child.table = in.getQString();
            child.path = in.getArray<std::uint32_t>();
            l->children.push_back(std::move(child));
        }
        l->parentTable = in.getQString();
        l->parentRowColumn = in.get<std::int32_t>();
        l->indexColumn = in.get<std::int32_t>();
        l->parentIdColumn = in.get<std::int32_t>();
        l->valueColumn = in.get<std::int32_t>();
        const auto document = in.get<std::int32_t>();
        if (!in.ok() || table >= dataset.tables.size() || document < -1 || document >= std::int32_t(documents.size()))
            return damaged();
        if (document >= 0)
            l->document = documents[std::size_t(document)];
        if (!layoutFits(*l, *dataset.tables[table], problem))
            return false;
        layouts.emplace_back(table, std::move(l));
    }
    if (!in.ok() || !in.atEnd())
        return damaged();
    for (auto& [table, layout] : layouts)
        dataset.tables[table]->setJsonLayout(std::move(layout));
    return true;
}

QByteArray encodeTableNotes(const Table& table)
{
    ByteWriter out;
    out.put<std::uint32_t>(kNotesTag);
    out.putArray(table.raggedRows());
    out.putArray(table.blankRows());
    out.putArray(table.renamedHeaders());
    return out.bytes();
}

bool decodeTableNotes(const QByteArray& bytes, Table& table, QString* problem)
{
    ByteReader in(view(bytes));
    const bool tagged = in.get<std::uint32_t>() == kNotesTag;
    auto ragged = in.getArray<RaggedRow>();
    auto blank = in.getArray<std::uint32_t>();
    auto renamed = in.getArray<int>();
    bool fits = tagged && in.ok() && in.atEnd();
    for (const RaggedRow& r : ragged)
        fits = fits && r.row < table.baseRowCount();
    for (const std::uint32_t row : blank)
        fits = fits && row < table.baseRowCount();
    for (const int column : renamed)
        fits = fits && column >= 0 && column < table.columnCount();
    if (!fits) {
        *problem = QStringLiteral("the notes on table %1 (ragged and blank rows, renamed headers) are damaged")
                       .arg(table.name());
        return false;
    }
    table.setRaggedRows(std::move(ragged));
    table.setBlankRows(std::move(blank));
    table.setRenamedHeaders(std::move(renamed));
    return true;
}

} // namespace plumbline
