#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <string>
#include <vector>

namespace plumbline {

/// `type`: every non-blank value is of a datatype (param "type"):
///   integer, decimal — as the platform harmonises numbers (commas, '£', a trailing ".0" are repairable);
///   date, datetime   — imprecise dates (1954, 1954-09, 1954-09-23), ISO datetimes and dd/mm/yyyy;
///                      "min-precision": "year" (default) | "month" | "day"; "iso": true flags other
///                      notations as repairable; 5-digit Excel serials get the date as a suggestion;
///   flag, boolean    — "style": "yes-no" (flag default) | "true-false" (boolean default) | "True-False" | "1-0";
///   url, email, curie, uprn, usrn, postcode, qid;
///   gss              — "entities": allowed entity codes such as ["E06","E07"] (default: any known);
///   twitter, facebook — "form": "bare" (default) | "at" | "url".
/// Values that are right but not in canonical form (`sw81ah`, `Local-Authority:BIR`, `@handle`) get the
/// "non-canonical" severity (default notice, never above the rule's) with the canonical form suggested;
/// invalid values get the rule's severity, with a suggestion when a repair is likely. {detail} is the reason
/// in words when there is one ("April 2019 has 30 days.").
class TypeCheck final : public ValueCheck
{
public:
    enum class Type {
        Integer,
        Decimal,
        Date,
        DateTime,
        Flag,
        Boolean,
        Url,
        Email,
        Curie,
        Uprn,
        Usrn,
        Postcode,
        Gss,
        Qid,
        Twitter,
        Facebook
    };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// The type names the check accepts, in Type order.
    static QStringList typeNames();

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    bool testDate(std::string_view value, Verdict& verdict) const;

    Type m_type = Type::Decimal;
    Severity m_nonCanonical = Severity::Notice;
    int m_style = 0;        // BoolStyle or HandleForm
    int m_minPrecision = 0; // values::DatePrecision
    bool m_isoOnly = false;
    std::vector<std::string> m_entities;
    std::vector<std::string_view> m_entityViews; // into m_entities, which never changes after create()
};

} // namespace plumbline
