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
///  - values of at least 3·radius + 3 code points are blocked by a prefix filter over their 3-grams: each
///    value's 3·radius + 1 rarest 3-grams (numbered by occurrence, ranked by how many values have them) are
///    indexed, and two values are compared only when those prefixes share one; an edit destroys at most three
///    3-grams, so no pair within the radius is missed;
///  - shorter values, and those up to radius longer, are blocked by their deletion neighbourhood: every string
///    left after deleting up to radius code points; two values within the radius always share one.
/// Candidates are then checked with boundedLevenshtein. Runs on `threads` threads (0 = one per core); returns
/// what it has found so far, with *canceled set, when progress is canceled.
std::vector<std::pair<std::uint32_t, std::uint32_t>> levenshteinPairs(const std::vector<std::string_view>& values,
                                                                      int radius, int threads, Progress& progress,
                                                                      bool* canceled = nullptr);

} // namespace plumbline::cluster
