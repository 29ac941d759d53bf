#pragma once

#include "core/progress.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace plumbline::cluster {

/// Levenshtein distance between a and b (code points) when it is at most max, else max + 1. O(max · length):
/// only the diagonal band of width 2·max+1 is computed, and the loop stops once a row exceeds max.
int boundedLevenshtein(std::u32string_view a, std::u32string_view b, int max);

/// Largest radius levenshteinPairs accepts.
constexpr int kMaxLevenshteinRadius = 3;

/// Every pair (i < j) of values whose Levenshtein distance (over code points, values as written) is at most
/// radius (1..kMaxLevenshteinRadius), without comparing all pairs:
///  - values of more than radius code points are cut into radius + 1 nearly equal segments (PassJoin, Li et al.
///    2011): an edit touches at most one segment, so two values within the radius share a whole segment, at a
///    position shifted by at most radius. Each value is indexed by its segments (with its length and the segment's
///    number) and probed with the few substrings of the right length and position for each length within the
///    radius; long segments are nearly unique, so a value meets a handful of candidates;
///  - values of up to 2 · radius code points are also blocked by their deletion neighbourhood: every string left
///    after deleting up to radius code points; two values within the radius always share one.
/// No pair within the radius is missed. Candidates are checked with boundedLevenshtein. Runs on `threads` threads
/// (0 = one per core); returns what it has found so far, with *canceled set, when progress is canceled.
std::vector<std::pair<std::uint32_t, std::uint32_t>> levenshteinPairs(const std::vector<std::string_view>& values,
                                                                      int radius, int threads, Progress& progress,
                                                                      bool* canceled = nullptr);

} // namespace plumbline::cluster
