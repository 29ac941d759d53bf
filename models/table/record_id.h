#pragma once

#include <cstdint>

namespace plumbline {

/// A row's stable identity within its table. Base rows get 0..n-1 in file order; inserted rows get fresh ids;
/// an id is never reused, so findings, edits and triage decisions keep pointing at the same record however the
/// rows are sorted, filtered, inserted or deleted.
using RecordId = std::uint32_t;

/// A record id meaning "no record": a finding about the table or its header.
constexpr RecordId kNoRecord = 0xffffffffU;

} // namespace plumbline
