#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "values/imprecise_date.h"

#include <optional>

namespace plumbline {

/// `range`: values lie within "min" and/or "max" (inclusive).
///  - numbers: "min": 0, "max": 1e6 (values that are not numbers are left to the type check);
///  - dates: "min": "1799-12-31", "max": "today+50y" — an ISO date or "today" with optional "+Ny", "-Nd"…
///    terms, evaluated against the run's today. Dates are intervals: a bound that is definitely crossed
///    gives the rule's severity, one that is only possibly crossed ("1799" against 1799-12-31) gives
///    "possibly" (default warning, never above the rule's; "none" to stay silent).
/// {detail} reads "at least 0", "on or before 2076-01-15".
class RangeCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// Parses "2019-04-01", "today", "today+50y", "today-1d" (days relative to today); false if not a bound.
    static bool parseDateBound(const QString& text, const QDate& today, values::ImpreciseDate* out);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    bool m_dates = false;
    std::optional<double> m_min;
    std::optional<double> m_max;
    std::optional<values::ImpreciseDate> m_minDate;
    std::optional<values::ImpreciseDate> m_maxDate;
    std::optional<Severity> m_possibly;
};

} // namespace plumbline
