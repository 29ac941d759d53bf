#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <QStringList>

namespace plumbline {

/// `determination-period` (PA-17, a KPI): the days from the start (received or validated) date to the
/// decision date exceed the statutory period: 8 weeks (56 days), 13 weeks (91) for major development, 16
/// weeks (112) for EIA development — unless an extension was agreed. Columns: start date, decision date.
/// The finding is on the decision date (column2 = the start it counted from); {detail} says "140 days after
/// 2019-01-01, more than the 8-week period (56 days)". Only day-precision dates are judged (`2019-05` is an interval,
/// not a day: skipped), and decisions before the start are PA-15's. Params:
///  "days" (56), "major-days" (91), "eia-days" (112);
///  "validated-column" (default "valid-date"): when present and filled, the clock starts there instead;
///  "scale-column" (default "development-scale"): a value containing "major" (any case) means major;
///  "eia-column" (default "eia"): a value yes/y/true/1/eia means EIA development;
///  "extension-columns" (default ["extension-date", "planning-performance-agreement"]): a filled value that
///    is not no/false/0 means the applicant agreed more time, so the row is not judged.
/// Columns named in params that the table lacks are simply not used.
class DeterminationPeriodCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    int m_days = 56;
    int m_majorDays = 91;
    int m_eiaDays = 112;
    QString m_validatedName;
    QString m_scaleName;
    QString m_eiaName;
    QStringList m_extensionNames;
    int m_validated = -1;
    int m_scale = -1;
    int m_eia = -1;
    std::vector<int> m_extensions;
};

} // namespace plumbline
