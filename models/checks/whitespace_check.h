#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

#include <cstdint>

namespace plumbline {

/// `whitespace`: leading or trailing spaces, doubled spaces, no-break and other Unicode spaces, invisible
/// characters (zero-width space, BOM, soft hyphen, bidi controls), tabs, line breaks in single-line fields,
/// NUL and other control characters (PA-04, NAME-03) — values::scanText. The suggestion is the cleaned value;
/// {detail} names the problems ("trailing whitespace, no-break space"). Params: "allow-line-breaks",
/// "allow-tabs" (default false: set them for multi-line text such as descriptions), "repeated-spaces"
/// (default true). Printable-ASCII values without edge or double spaces are passed eight bytes at a time.
class WhitespaceCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    bool checksBlank() const override { return true; } // "  " is blank but still padded

private:
    bool m_lineBreaks = false;
    bool m_tabs = false;
    std::uint32_t m_mask = 0;
};

/// `encoding`: text that is not clean UTF-8 (PA-01, NAME-04): invalid bytes, U+FFFD replacement characters
/// (something was lost earlier) and mojibake (`â€™`, `Ã©`, `SiÃ¢n`), with the repaired text as the suggestion
/// when it can be repaired. When the file itself was not UTF-8 (e.g. windows-1252), one table-level finding
/// says so (param "file", default true). Values without non-ASCII bytes are passed eight bytes at a time.
class EncodingCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_fileEncoding.empty() ? CheckScope::Row : CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

protected:
    bool prepare(const BindContext& context, QString* reason) override;
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    bool m_file = true;
    std::string m_fileEncoding; // set when the source was not UTF-8
};

} // namespace plumbline
