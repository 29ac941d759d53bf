#include "project/record_key.h"

#include "rules/column_resolver.h"
#include "values/text_util.h"

namespace plumbline {

RecordKeySpec recordKeySpec(const Dataset& dataset, const ValidationSetup& setup)
{
    RecordKeySpec spec;
    if (auto prepared = prepareRules(dataset, setup)) {
        spec.columns = prepared.value().rules.keyColumns;
        spec.synonyms = prepared.value().rules.synonyms;
    }
    for (const char* name : {"reference", "id", "identifier", "person_id", "name"})
        if (!spec.columns.contains(QLatin1String(name)))
            spec.columns << QLatin1String(name);
    return spec;
}

int recordKeyColumn(const Table& table, const RecordKeySpec& spec)
{
    const ColumnResolver resolver(table, spec.synonyms);
    for (const QString& name : spec.columns) {
        const int column = resolver.resolve(name);
        if (column < 0 || table.isAddedColumn(column))
            continue;
        for (RecordId r = 0; r < table.baseRowCount(); ++r)
            if (!textutil::trim(table.baseCell(r, column)).empty())
                return column;
    }
    return -1;
}

QString recordKeyText(const Table& table, RecordId record, int column)
{
    if (column < 0)
        return {};
    const std::string_view key = textutil::trim(table.baseCell(record, column));
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

} // namespace plumbline
