#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <cstdint>
#include <string>

namespace plumbline {

/// `encoding`: text that is not clean UTF-8 (PA-01, NAME-04): invalid bytes, U+FFFD replacement characters
/// (something was lost earlier) and mojibake (`â€™`, `Ã©`, `SiÃ¢n`), with the repaired text as the suggestion
/// when it can be repaired. When the file itself was not UTF-8 (e.g. windows-1252), one table-level finding
/// says so (param "file", default true). Values without non-ASCII bytes are passed eight bytes at a time.
/// In that mode the rule runs as a set check; it stays current after edits by checking the edited records' rows
/// again (the file's encoding does not change).
class EncodingCheck final : public ValueCheck, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_fileEncoding.empty() ? CheckScope::Row : CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table&) override {}
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

protected:
    bool prepare(const BindContext& context, QString* reason) override;
    bool test(std::string_view value, Verdict& verdict) const override;
    bool skipsTidyText() const override { return true; }

private:
    bool m_file = true;
    std::string m_fileEncoding; // set when the source was not UTF-8
};

} // namespace plumbline
