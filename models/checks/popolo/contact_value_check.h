#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <QStringList>

namespace plumbline {

/// `contact-value` (VOC-02, VOC-03): the values of one kind of contact detail are well formed and written one
/// way. Columns: the value and, optionally, a type column (Popolo contact_details: value, type) — then only rows
/// whose type is in "types" (default: the service name) are checked. Param "service":
///   "email"    values::checkEmail: several addresses glued together (`…commailto:…`) are invalid, with the
///              addresses split by ';' as the suggestion;
///   "twitter", "facebook": a value with no handle or page is invalid; the others should all use one "form"
///              (bare, at, url; default "auto": the column's most common form), and values in another form or
///              not in canonical form (`https://twitter.com/#!/x`) are reported with the value rewritten.
/// Invalid values get the rule's severity; other forms and non-canonical values "other-form" (default info),
/// and a column that mixes forms one table-level summary ("546 URLs, 41 bare handles") at that severity.
class ContactValueCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    enum class Service { Email, Twitter, Facebook };
    bool wanted(const Table& table, std::size_t row) const;

    Service m_service = Service::Email;
    std::vector<std::string> m_types; // lower case
    int m_form = -1;                  // values::HandleForm, -1 = auto
    std::optional<Severity> m_otherForm;
};

} // namespace plumbline
