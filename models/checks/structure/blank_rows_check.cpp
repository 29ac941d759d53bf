#include "checks/structure/blank_rows_check.h"

#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> BlankRowsCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<BlankRowsCheck>();
}

void BlankRowsCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    for (std::uint32_t base : table.blankRows()) {
        const auto row = table.rowOf(RecordId(base));
        if (row >= 0)
            sink.addRecord(RecordId(base), std::uint32_t(row + 1), -1, std::string_view());
    }
}

} // namespace plumbline
