#pragma once

// The planning sample generator: a deterministic, realistic planning-application register in the
// planning.data.gov.uk shape, with a configurable share of realistic defects.
//
// Columns (18, in this order): reference, organisation, name, description, planning-application-type,
// address-text, postcode, uprn, point, ground-area, start-date, decision-date, end-date,
// planning-application-status, planning-decision, planning-decision-type, documentation-url, entry-date.
// UTF-8 without BOM, comma-separated, LF line endings, RFC 4180 quoting (descriptions hold commas, double quotes
// and, rarely, a line break). About 335 bytes a row: 1,000,000 rows is about 335 MB,
// written in about 1 s of CPU (blocks of 8 MB; wall time is then bound by the disk).
//
// Clean rows satisfy these invariants (tests/core/tst_planningsample.cpp checks them):
//  - reference and (organisation, reference) are unique; no required field (reference, organisation,
//    description, address-text, start-date, point) is empty;
//  - organisation is one of planningsample::organisations() and existed on start-date;
//  - every date is a valid ISO yyyy-mm-dd between 2017-01-01 and 2026-10-31; start-date <= decision-date,
//    start-date <= end-date, entry-date >= every other date;
//  - type, status, decision and decision-type are exact codelist values; withdrawn and pending rows have no
//    decision; decided and appealed rows have a decision, decision-type and decision-date;
//  - postcode matches the GOV.UK postcode rule; uprn is empty or 11-12 digits;
//  - point is "POINT (lon lat)" with 6 decimals inside the platform's England polygon;
//  - no leading, trailing or double spaces, no U+00A0, no mojibake ("â€", "Ã").
//
// Defects (one per affected row, PlanningSampleOptions::defectRate of the rows; each kind equally likely):
//   missing-reference       reference empty                                   -> required
//   duplicate-reference     (organisation, reference) of an earlier row        -> unique
//   name-is-reference       name copies the reference                          -> compare / placeholder
//   decision-before-start   decision-date 1-90 days before start-date          -> compare (chronology)
//   day-first-date          start-date as dd/mm/yyyy                           -> date type / ISO format
//   impossible-date         decision-date 2023-02-30, yyyy-04-31, yyyy-13-05  -> date type
//   far-future-date         decision-date year digits transposed (2203-05-01)  -> date range
//   status-not-in-codelist  status "Live", "Registered", "Determined", ...     -> codelist
//   decision-synonym        decision "Approve", "Permitted", "Refuse", ...     -> codelist with synonyms
//   codelist-case           status or decision "Decided", "GRANTED"            -> codelist (case-sensitive)
//   trailing-space          status or decision "decided "                      -> whitespace
//   withdrawn-with-decision status withdrawn with a decision and decision-date -> conditional
//   unknown-organisation    "Leeds City Council", "local-authority:LAM", an opendatacommunities URI -> codelist
//   abolished-organisation  predecessor CURIE (local-authority:WYO) after its end-date -> organisation active
//   malformed-postcode      "SW8 OAH", "SW8  1AH", "SW8 1AH.", "SW8 1A"       -> pattern
//   lat-lon-swapped         POINT (51.46 -0.11)                                -> geometry axis order
//   outside-england         POINT (0 0), Glasgow, Belfast, North Sea           -> geometry in England
//   osgb-in-wgs84           POINT (530284 178012)                              -> geometry CRS
//   stray-whitespace        address-text with leading/trailing/double space    -> whitespace
//   non-breaking-space      address-text with U+00A0 after the house number   -> whitespace / encoding
//   mojibake                description with "â€™", "â€œ" or "Ã©"           -> encoding
//   empty-required-field    description, address-text, organisation, start-date or point empty -> required
//   uprn-exponent           uprn "1.00023E+11"                                  -> pattern
// docs/sample-data.md describes each in full.
//
// Deterministic: the same options give the same bytes on any machine (own PRNG, integer arithmetic only).

#include "core/progress.h"
#include "core/result.h"
#include "sample/planning_sample_defects.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace plumbline {

struct PlanningSampleOptions
{
    qint64 rows = 1000; ///< data rows, header not counted; >= 0
    quint64 seed = 1;
    double defectRate = 0.01; ///< share of rows with one defect, 0..1 (0 = clean)
    /// Share of decisions made after the statutory 8 weeks (PA-17), 0..1; negative keeps the generator's own
    /// shape (about 3 % late). Setting it draws one more random number per row, so the bytes differ from the
    /// default run even at the same seed.
    double lateDecisionRate = -1;
};

/// Which rows got which defect, for tests that assert every injected defect is found.
struct PlanningSampleReport
{
    struct Entry
    {
        qint64 row; ///< 0-based data row
        planningsample::PlanningDefect defect;
    };
    qint64 rows = 0;
    qint64 bytes = 0;
    std::vector<Entry> defects;
    std::array<qint64, planningsample::kPlanningDefectCount> counts{};
};

/// Writes the register to path atomically (QSaveFile): on error or cancel nothing is left behind.
/// Progress is reported in rows. Returns an Error naming the path on I/O failure, invalid options or cancel.
std::optional<Error> writePlanningSample(const QString& path, const PlanningSampleOptions& options, Progress& progress,
                                         PlanningSampleReport* report = nullptr);

/// The same bytes in memory (tests; keep rows small).
QByteArray generatePlanningSample(const PlanningSampleOptions& options, PlanningSampleReport* report = nullptr);

} // namespace plumbline
