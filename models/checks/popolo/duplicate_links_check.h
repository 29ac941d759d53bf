#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `duplicate-links`: one owner lists the same web page twice — under http and https, with and without `www.`
/// or a trailing slash (values::urlIdentityKey; 571 UK persons). Columns: the owner (e.g. _parent_id) and the
/// URL. Rows are grouped by (owner, page) in a hash map; in each group the https copy (else the first) is kept
/// and the others are reported, naming the kept row ({detail}).
class DuplicateLinksCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
};

} // namespace plumbline
