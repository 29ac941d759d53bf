#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "values/codelist.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace plumbline {

struct CodelistTable;

/// A codelist ready for matching, shared by the codelist kinds: the values::Codelist matcher plus, when it
/// came from a table, the table and the row of each canonical value (for end-dates and other columns).
struct LoadedCodelist
{
    std::shared_ptr<values::Codelist> matcher;
    std::shared_ptr<const CodelistTable> table;
    std::unordered_map<std::string, std::size_t> rowOf; ///< canonical value → table row

    /// Reads the params every codelist kind shares and builds the matcher:
    ///  "codelist": a built-in name or a CSV path, or "values": ["a", "b"] inline;
    ///  "synonyms": {"Approve": "granted"} inline, added to the table's;
    ///  "value-column" (default: "reference" if present, else the first column);
    ///  "synonyms-column" (default "synonyms" if present; '|' separates synonyms);
    ///  "names" (default true: the "name" column's values are synonyms too).
    /// Records problems in params and returns a LoadedCodelist without a matcher when it cannot load.
    /// defaultName: the codelist used when neither "codelist" nor "values" is given (empty: one is required).
    static LoadedCodelist load(ParamReader& params, const CheckEnv& env, const QString& defaultName = {});
};

} // namespace plumbline
