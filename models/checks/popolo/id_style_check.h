#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `id-style` (ID-05): the ids of one collection follow one scheme. Each id is classified — UUID, Wikidata
/// QID, prefixed path (`party/…`, `area/…`: the prefix is part of the class), upper-case code (`TNA`),
/// lower-case slug (`conservative`), number, or other (spaces, punctuation: `FRODEBU NYAKURI`) — and, within
/// each value of "group" (e.g. classification, so that the legislature's id is not compared with the parties'),
/// the ids outside the most common class are reported: Kenya's `TNA` beside `party/orange_democratic_movement`.
/// {detail} summarises the classes ("16 'party/…' ids, 8 upper-case codes such as TNA").
class IdStyleCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

    /// The class of an id: "uuid", "qid", "prefix:party/", "code", "slug", "number" or "other".
    static std::string classify(std::string_view id);
    /// Words for a class and an example: "'party/…' ids", "upper-case codes such as TNA".
    static QString describe(const std::string& idClass, std::string_view example, std::size_t count);

private:
    QString m_groupName;
    int m_group = -1;
};

} // namespace plumbline
