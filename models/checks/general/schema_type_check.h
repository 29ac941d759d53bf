#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "values/schema_value.h"

namespace plumbline {

/// `schema-type`: every non-blank value has the lexical form of a Frictionless Table Schema field type (the
/// packs generated from a Table Schema use it; see docs/formats.md). Params: "type" (string, integer, number,
/// boolean, date, time, datetime, year, yearmonth, duration, geopoint, geojson, object, array, any), "format"
/// (the field's format: email/uri/uuid/binary, a date pattern such as "%d/%m/%Y", "any", array/object for
/// geopoints, topojson), "true-values"/"false-values" (booleans), "decimal-char", "group-char", "bare-number"
/// (numbers). Unlike `type`, nothing is repaired or graded: a value is of the schema's type or it is an error.
/// {detail} is the reason in words ("not a real date").
class SchemaTypeCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    SchemaValueType m_type;
};

} // namespace plumbline
