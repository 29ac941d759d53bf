#include "checks/general/compare_check.h"

#include "table/table.h"
#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"

namespace plumbline {

using values::CompareOp;
using values::Truth;

namespace {

const QStringList& opNames()
{
    static const QStringList names{QStringLiteral("<"),  QStringLiteral("<="), QStringLiteral("="),
                                   QStringLiteral("!="), QStringLiteral(">="), QStringLiteral(">")};
    return names;
}

bool holds(int cmp, CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return cmp < 0;
    case CompareOp::LessEqual:
        return cmp <= 0;
    case CompareOp::Equal:
        return cmp == 0;
    case CompareOp::NotEqual:
        return cmp != 0;
    case CompareOp::GreaterEqual:
        return cmp >= 0;
    case CompareOp::Greater:
        return cmp > 0;
    }
    return true;
}

bool number(std::string_view text, double* out)
{
    text = textutil::trim(text);
    if (values::parseDecimal(text, out))
        return true;
    std::string clean;
    return values::checkDecimal(text, &clean) == values::Verdict::NonCanonical && values::parseDecimal(clean, out);
}

} // namespace

std::unique_ptr<Check> CompareCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<CompareCheck>();
    const QString op = params.requiredString("op");
    check->m_op = int(opNames().indexOf(op));
    if (check->m_op < 0 && !op.isEmpty())
        params.fail(QStringLiteral("op"),
                    QStringLiteral("expected one of %1; got '%2'").arg(opNames().join(QLatin1String(", ")), op));
    check->m_op = std::max(check->m_op, 0);
    const QStringList kinds{QStringLiteral("auto"), QStringLiteral("date"), QStringLiteral("number"),
                            QStringLiteral("text")};
    check->m_kind = Kind(kinds.indexOf(params.choice("type", kinds)));
    check->m_possibly = params.severityOrNone("possibly", Severity::Warning, rule.severity);
    return check;
}

void CompareCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int a = column(0);
    const int b = column(1);
    const auto op = CompareOp(m_op);
    for (std::size_t row = first; row < last; ++row) {
        const auto left = table.cell(row, a);
        const auto right = table.cell(row, b);
        if (textutil::isBlank(left) || textutil::isBlank(right))
            continue;
        std::optional<Severity> severity; // set when the relation fails
        bool decided = false;
        if (m_kind == Kind::Auto || m_kind == Kind::Date) {
            const auto da = values::parseDate(left);
            const auto db = values::parseDate(right);
            if (da.ok() && db.ok()) {
                decided = true;
                // The same text on both sides is the same reading of one imprecise date (an election "1954" to
                // "1954" is one unknown day), not two independent intervals.
                const Truth t = textutil::trim(left) == textutil::trim(right)
                                    ? (holds(0, op) ? Truth::Definitely : Truth::Never)
                                    : values::compare(da.date, op, db.date);
                if (t == Truth::Never)
                    severity = sink.severity();
                else if (t == Truth::Possibly && m_possibly)
                    severity = m_possibly;
            }
        }
        if (!decided && (m_kind == Kind::Auto || m_kind == Kind::Number)) {
            double x = 0;
            double y = 0;
            if (number(left, &x) && number(right, &y)) {
                decided = true;
                if (!holds(x < y ? -1 : x > y ? 1 : 0, op))
                    severity = sink.severity();
            }
        }
        if (!decided && m_kind == Kind::Text) {
            const auto l = textutil::trim(left);
            const auto r = textutil::trim(right);
            if (!holds(l.compare(r), op))
                severity = sink.severity();
        }
        if (severity)
            sink.add(row, a, left, FindingExtra().withDetail(right).withColumn2(b).withSeverity(*severity));
    }
}

} // namespace plumbline
