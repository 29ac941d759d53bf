#include "io/json/popolo_schema.h"

#include "io/json/json_layout.h"

#include <array>

namespace plumbline {

namespace {

struct Reference
{
    const char* fromTable;
    const char* fromColumn;
    const char* toTable;
};

// The references Popolo (popolo-spec 1.0.1) and EveryPolitician define between collections; the key is
// always `id`.
constexpr std::array<Reference, 16> kReferences{{
    {"memberships", "person_id", "persons"},
    {"memberships", "organization_id", "organizations"},
    {"memberships", "on_behalf_of_id", "organizations"},
    {"memberships", "area_id", "areas"},
    {"memberships", "legislative_period_id", "events"},
    {"memberships", "post_id", "posts"},
    {"memberships", "member.id", "persons"},
    {"events", "organization_id", "organizations"},
    {"events", "parent_id", "events"},
    {"posts", "organization_id", "organizations"},
    {"posts", "area_id", "areas"},
    {"organizations", "parent_id", "organizations"},
    {"organizations", "area_id", "areas"},
    {"areas", "parent_id", "areas"},
    {"persons", "area_id", "areas"},
    {"motions", "organization_id", "organizations"},
}};

} // namespace

bool looksLikePopolo(const Dataset& dataset)
{
    int collections = 0;
    bool core = false;
    for (const char* name : {"persons", "organizations", "memberships", "events", "areas", "posts"}) {
        const auto table = dataset.table(QLatin1String(name));
        if (!table || (table->jsonLayout() && !table->jsonLayout()->parentTable.isEmpty()))
            continue;
        ++collections;
        core = core || QLatin1String(name) == QLatin1String("persons") ||
               QLatin1String(name) == QLatin1String("memberships");
    }
    return collections >= 2 && core;
}

void addPopoloRelations(Dataset& dataset)
{
    const QString id = QStringLiteral("id");
    for (const Reference& ref : kReferences) {
        const auto from = dataset.table(QLatin1String(ref.fromTable));
        const auto to = dataset.table(QLatin1String(ref.toTable));
        if (!from || !to || from->columnIndex(QLatin1String(ref.fromColumn)) < 0 || to->columnIndex(id) < 0)
            continue;
        dataset.relations.push_back(Relation{from->name(), QLatin1String(ref.fromColumn), to->name(), id});
    }
}

} // namespace plumbline
