#pragma once

#include "findings/finding_store.h"
#include "table/dataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace plumbline {

/// The planning.data.gov.uk quality ladder for a data provision (docs/quality.md):
/// 0 no data, 1 some data, 2 authoritative data from the LPA, 3 data that is good for ODP, 4 trustworthy.
enum class QualityLevel { NoData = 0, SomeData = 1, Authoritative = 2, GoodForOdp = 3, Trustworthy = 4 };

/// "no data", "some data", "authoritative data from the LPA", "data that is good for ODP", "data that is
/// trustworthy".
QString qualityLevelLabel(QualityLevel level);
/// A level from "0".."4" or a label's short name ("none", "some", "authoritative", "odp", "trustworthy");
/// false if neither.
bool parseQualityLevel(const QString& text, QualityLevel* level);

/// One kind of problem that holds a dataset at a level: the findings of one platform issue type.
struct QualityReason
{
    QualityLevel level = QualityLevel::Trustworthy; ///< the level these findings hold the dataset at
    QString issueType;                              ///< the platform's issue type ("invalid date")
    QString criteria;                               ///< the quality criterion ("any other validity error")
    std::uint64_t count = 0;                        ///< findings at or above the platform's severity for it
    QStringList rules;                              ///< rule ids that found them, in rule order
    /// "3 'reference values are not unique' errors (PA-05-unique-reference)".
    QString describe() const;
};

/// Where a dataset stands on the ladder and why it stands no higher.
struct QualityAssessment
{
    QualityLevel level = QualityLevel::NoData;
    /// Everything that caps the level, lowest cap first: the reasons at `level` hold it there; the others would
    /// hold it at their level once those are fixed. Level 1 (not authoritative) has one reason of its own.
    std::vector<QualityReason> reasons;
    /// Facts that do not change the level but qualify it ("the organisation column is missing: assumed to be the
    /// publisher's own data").
    QStringList notes;

    QString label() const { return qualityLevelLabel(level); }
    /// The reasons that keep the dataset at its level (what to fix to reach the next one).
    std::vector<QualityReason> blockers() const;
    /// One sentence: "level 2 of 4 (authoritative data from the LPA): 3 'reference values are not unique'
    /// errors (PA-05-unique-reference) keep it at level 2; 12 'invalid date' errors would then keep it at level 3."
    QString summary() const;
    /// {"level": 2, "label": …, "summary": …, "reasons": [{"level", "issue_type", "criteria", "count", "rules"}],
    ///  "notes": […]}
    QJsonObject toJson() const;
};

/// Scores a validated dataset. Only findings of rules that name a platform issue type (RuleInfo::issueType) with a
/// quality level count, and only at or above the platform's severity for that type (a "possibly" or a synonym
/// graded lower is not a platform issue), and only findings about records (a missing column is not a platform
/// issue; it is noted instead). Level 0 when no table has a row; level 1 when every organisation value
/// the packs checked is not a planning authority (the data is not the LPA's own). store's table indexes are
/// dataset's. Pure function of its arguments; safe on any thread that owns them.
QualityAssessment assessQuality(const FindingStore& store, const Dataset& dataset);

} // namespace plumbline
