#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

namespace plumbline {

/// `header`: header cells that were blank or repeated in the file (the reader gave the column a generated or
/// suffixed name; Table::renamedHeaders()), and, with "whitespace": true (default), header names with
/// leading or trailing spaces. One table-level finding per column.
class HeaderCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    bool m_whitespace = true;
};

/// `ragged-rows`: rows with more or fewer fields than the header (Table::raggedRows()); {detail} reads
/// "12 fields where the header has 10".
class RaggedRowsCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
};

/// `blank-rows`: rows whose fields were all empty in the file (Table::blankRows()).
class BlankRowsCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
};

/// `completeness`: a column (or each column for "*") is mostly empty — one table-level finding per column
/// whose share of blank cells exceeds "max-blank" (default 0.5; 1 means only all-blank columns).
/// {detail} reads "3,827 of 3,971 rows (96%)".
class CompletenessCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    double m_maxBlank = 0.5;
    std::vector<int> m_targets;
};

} // namespace plumbline
