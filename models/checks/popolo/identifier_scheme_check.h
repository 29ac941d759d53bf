#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <string>
#include <vector>

namespace plumbline {

/// `identifier-scheme`: rules on (identifier, scheme, owner) rows — the Popolo child tables persons.identifiers
/// and organizations.identifiers (columns: identifier, scheme, _parent_id). Only rows whose scheme is in
/// "schemes" (default ["wikidata"]) take part. Param "check":
///   "syntax"   (ID-02) a wikidata identifier is a QID, `^Q[1-9][0-9]*$`; a lower-case q, a Wikidata URL or
///              `wd:` prefix gets the bare QID as the suggestion (values::checkWikidataId);
///   "shared"   (ID-03) one identifier of a scheme belongs to two owners (one QID on two persons: a duplicate
///              or a wrong reconciliation); every row of such an identifier is reported, naming the others;
///   "multiple" (ID-04) one owner has two different identifiers of one single-valued scheme; the rows after
///              the first are reported.
/// Rows are grouped by hashing; {detail} names the other rows ("_parent_row" gives the owner's row).
class IdentifierSchemeCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_aspect == Aspect::Syntax ? CheckScope::Row : CheckScope::Set; }
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    QString bind(const BindContext& context) override;

private:
    enum class Aspect { Syntax, Shared, Multiple };
    bool inScheme(const Table& table, std::size_t row) const;
    std::string ownerText(const Table& table, std::size_t row) const;

    Aspect m_aspect = Aspect::Syntax;
    std::vector<std::string> m_schemes; // lower case
    int m_parentRow = -1;
};

} // namespace plumbline
