#include "table/dataset.h"

namespace plumbline {

std::shared_ptr<const Dataset> Dataset::snapshot() const
{
    auto copy = std::make_shared<Dataset>();
    copy->source = source;
    copy->relations = relations;
    copy->schemas = schemas;
    copy->tables.reserve(tables.size());
    for (const auto& table : tables)
        copy->tables.push_back(std::make_shared<Table>(*table));
    return copy;
}

} // namespace plumbline
