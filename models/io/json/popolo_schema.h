#pragma once

#include "table/dataset.h"

namespace plumbline {

/// True if the dataset's top-level tables look like a Popolo document: at least two of persons,
/// organizations, memberships, events, areas and posts, with persons or memberships among them.
bool looksLikePopolo(const Dataset& dataset);

/// Declares the Popolo references whose columns exist in the dataset (memberships.person_id → persons.id,
/// organization_id and on_behalf_of_id → organizations.id, area_id → areas.id, legislative_period_id →
/// events.id, post_id → posts.id, events/posts.organization_id, parent_id within a collection, ...).
void addPopoloRelations(Dataset& dataset);

} // namespace plumbline
