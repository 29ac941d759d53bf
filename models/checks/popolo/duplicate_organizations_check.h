#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace plumbline {

struct CodelistTable;

/// `duplicate-organizations` (VOC-05): two organizations (parties) that are probably one. Columns: the name and
/// the id. Names are compared as word sets (case, accents, apostrophes and punctuation folded; "the", "of",
/// "and", "for", "party" and their French counterparts ignored). Two rows are reported when
///   * their names are equal after folding;
///   * both names are in one entry of the "aliases" codelist (reference, name, synonyms separated by '|':
///     "Ford Kenya" and "Forum For The Restoration Of Democracy - Kenya" are FORD-Kenya);
///   * one name is an acronym (a single upper-case word) of the other's initials ("TNA", "The National
///     Alliance");
///   * every word of the shorter name (two words or more) is in the longer ("ABIGENGA MIZERO" ⊂ "ABIGENGA MIZERO
///     Y’ABARUNDI").
/// Names that the codelist assigns to different entries are known to differ ("Ford Kenya", "New Ford Kenya")
/// and are never reported. Only rows with the same "group" value (e.g. classification) are compared. Candidates
/// come from hash maps (equal keys, codelist entries, initials, and each name's rarest word), not from comparing
/// every pair. Each row gets one finding naming the other ({detail}).
class DuplicateOrganizationsCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

    /// The words of an organization's name after folding, without the ignored words.
    static std::vector<std::string> words(std::string_view name, std::vector<std::string>* allWords = nullptr);

private:
    QString m_groupName;
    int m_group = -1;
    std::unordered_map<std::string, int> m_aliases; // folded alias → codelist entry
    std::vector<std::string> m_aliasNames;          // entry → its name, for messages
};

} // namespace plumbline
