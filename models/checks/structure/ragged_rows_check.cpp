#include "checks/structure/ragged_rows_check.h"

#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> RaggedRowsCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<RaggedRowsCheck>();
}

void RaggedRowsCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    for (const auto& ragged : table.raggedRows()) {
        const auto row = table.rowOf(RecordId(ragged.row));
        if (row < 0)
            continue;
        const std::string detail = QStringLiteral("%1 fields").arg(ragged.fieldCount).toStdString();
        sink.addRecord(RecordId(ragged.row), std::uint32_t(row + 1), -1, std::string_view(),
                       FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
