#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

#include <memory>
#include <string>
#include <unordered_set>

namespace plumbline {

struct CodelistTable;

/// `foreign-key`: every value exists in a target — a column of a bundled or user codelist table ("codelist",
/// "codelist-column", default its first column; e.g. organisation CURIEs) or another column of the same table
/// ("references", e.g. linked-applications → reference). Params: "separator" (multi-valued cells are split),
/// "case-sensitive" (default true). Codelist targets are checked row-locally, once per distinct value; a
/// same-table target makes it a set check (an edit to the target column affects other rows).
class ForeignKeyCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_referencesName.isEmpty() ? CheckScope::Row : CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

protected:
    bool prepare(const BindContext& context, QString* reason) override;
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::string key(std::string_view value) const;

    std::shared_ptr<const CodelistTable> m_codelist;
    int m_codelistColumn = 0;
    QString m_referencesName;
    std::string m_separator;
    bool m_caseSensitive = true;
    std::unordered_set<std::string> m_keys;
};

} // namespace plumbline
