#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `similar-names`: rows with different ids whose names are probably the same person (NAME-01: "Shakila
/// Abdalla" and "Shakila Abdalla Mohamed" on area/lamu) — values::compareNames on normalised keys (titles,
/// accents and case removed; token subsets, close spellings). Columns: the name and the id. Only rows that
/// share a value of "group" (e.g. the area, the party) are compared, so true homonyms elsewhere are left
/// alone; never an automatic merge. Each row gets one finding naming the other row ({detail}).
class SimilarNamesCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// The decision on two name keys (values::nameKey): equal keys; or the shorter name's tokens (two or
    /// more, no initials) all in the longer; or equal token counts, all matched, at most one not exactly.
    static bool probablySamePerson(std::string_view keyA, std::string_view keyB);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    QString m_groupName;
    int m_group = -1;
};

} // namespace plumbline
