#include "sample/planning_sample_defects.h"

#include "sample/sample_format.h"

#include <algorithm>

namespace plumbline::planningsample {

using sampleformat::appendInt;
using sampleformat::civilFromDays;

namespace {

constexpr std::array<PlanningDefectInfo, kPlanningDefectCount> kInfo{{
    {"missing-reference", "reference", "required"},
    {"duplicate-reference", "reference", "unique (organisation, reference)"},
    {"name-is-reference", "name", "compare (name differs from reference)"},
    {"decision-before-start", "decision-date", "compare (start-date <= decision-date)"},
    {"day-first-date", "start-date", "date type / ISO format"},
    {"impossible-date", "decision-date", "date type"},
    {"far-future-date", "decision-date", "date range (far future)"},
    {"status-not-in-codelist", "planning-application-status", "codelist"},
    {"decision-synonym", "planning-decision", "codelist with synonyms"},
    {"codelist-case", "planning-application-status or planning-decision", "codelist (case-sensitive)"},
    {"trailing-space", "planning-application-status or planning-decision", "whitespace"},
    {"withdrawn-with-decision", "planning-application-status", "conditional (withdrawn => no decision)"},
    {"unknown-organisation", "organisation", "codelist / foreign key (organisation)"},
    {"abolished-organisation", "organisation", "organisation active on start-date"},
    {"malformed-postcode", "postcode", "pattern (GOV.UK postcode)"},
    {"lat-lon-swapped", "point", "geometry (axis order)"},
    {"outside-england", "point", "geometry (inside England)"},
    {"osgb-in-wgs84", "point", "geometry (CRS)"},
    {"stray-whitespace", "address-text", "whitespace"},
    {"non-breaking-space", "address-text", "whitespace and encoding"},
    {"mojibake", "description", "encoding (mojibake)"},
    {"empty-required-field", "description, address-text, organisation, start-date or point", "required"},
    {"uprn-exponent", "uprn", "pattern (UPRN digits)"},
}};

std::string& field(PlanningRow& row, Field f)
{
    return row.fields[std::size_t(f)];
}

template <std::size_t N>
std::string_view pick(SampleRandom& random, const std::array<std::string_view, N>& options)
{
    return options[random.below(std::uint32_t(N))];
}

void setCase(std::string& value, bool upper)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        char& c = value[i];
        if ((upper || i == 0) && c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
}

} // namespace

const PlanningDefectInfo& planningDefectInfo(PlanningDefect defect)
{
    return kInfo[std::size_t(defect)];
}

RowHints hintsFor(PlanningDefect defect, const DefectContext& context)
{
    RowHints hints;
    switch (defect) {
    case PlanningDefect::DuplicateReference:
        if (context.haveClean)
            hints.authority = context.cleanAuthority;
        break;
    case PlanningDefect::DecisionBeforeStart:
    case PlanningDefect::ImpossibleDate:
    case PlanningDefect::FarFutureDate:
    case PlanningDefect::DecisionSynonym:
    case PlanningDefect::WithdrawnWithDecision:
        hints.decided = true;
        break;
    case PlanningDefect::AbolishedOrganisation:
        hints.successorOnly = true;
        break;
    default:
        break;
    }
    return hints;
}

bool applyDefect(PlanningDefect defect, PlanningRow& row, SampleRandom& random, const DefectContext& context)
{
    const bool hasDecision = row.decisionDay >= 0;
    switch (defect) {
    case PlanningDefect::MissingReference:
        field(row, Reference).clear();
        return true;
    case PlanningDefect::DuplicateReference:
        if (!context.haveClean || row.authority != context.cleanAuthority ||
            field(row, OrganisationField) != context.cleanOrganisation)
            return false;
        field(row, Reference) = context.cleanReference;
        return true;
    case PlanningDefect::NameIsReference:
        field(row, Name) = field(row, Reference);
        return true;
    case PlanningDefect::DecisionBeforeStart: {
        if (!hasDecision)
            return false;
        row.decisionDay = row.startDay - random.between(1, 90);
        std::string& date = field(row, DecisionDate);
        date.clear();
        sampleformat::appendIsoDate(date, row.decisionDay);
        return true;
    }
    case PlanningDefect::DayFirstDate: {
        const auto d = civilFromDays(row.startDay);
        std::string& date = field(row, StartDate);
        date.clear();
        appendInt(date, d.day, 2);
        date.push_back('/');
        appendInt(date, d.month, 2);
        date.push_back('/');
        appendInt(date, d.year, 4);
        return true;
    }
    case PlanningDefect::ImpossibleDate: {
        if (!hasDecision)
            return false;
        static constexpr std::array<std::array<int, 2>, 5> impossible{{{2, 30}, {4, 31}, {9, 31}, {11, 31}, {13, 5}}};
        const auto& md = impossible[random.below(5)];
        std::string& date = field(row, DecisionDate);
        date.clear();
        appendInt(date, civilFromDays(row.decisionDay).year, 4);
        date.push_back('-');
        appendInt(date, md[0], 2);
        date.push_back('-');
        appendInt(date, md[1], 2);
        return true;
    }
    case PlanningDefect::FarFutureDate:
        if (!hasDecision)
            return false;
        std::swap(field(row, DecisionDate)[1], field(row, DecisionDate)[2]); // 2023-05-01 -> 2203-05-01
        return true;
    case PlanningDefect::StatusNotInCodelist: {
        static constexpr std::array<std::array<std::string_view, 3>, 4> wording{{
            {"Live", "Registered", "Awaiting decision"},
            {"Determined", "Approved", "Decision issued"},
            {"Withdrawn by applicant", "Withdrawn by applicant", "Finally disposed of"},
            {"Appeal lodged", "Appeal in progress", "Appeal lodged"},
        }};
        field(row, Status) = pick(random, wording[std::size_t(row.statusIndex)]);
        return true;
    }
    case PlanningDefect::DecisionSynonym: {
        if (!hasDecision)
            return false;
        static constexpr std::array<std::array<std::string_view, 4>, 4> wording{{
            {"Approve", "Permitted", "Conditional Approval", "Approved"},
            {"Refuse", "Refusal", "Refuse", "Refusal"},
            {"Split Decision - Part Grant Part Refuse", "Split decision", "Part approve, part refuse",
             "Split Decision - Part Grant Part Refuse"},
            {"Prior approval not required", "Prior Approval Not Required", "No objection", "Not required"},
        }};
        field(row, Decision) = pick(random, wording[std::size_t(row.decisionIndex)]);
        return true;
    }
    case PlanningDefect::CodelistCase:
    case PlanningDefect::TrailingSpace: {
        std::string& value = hasDecision && random.below(2) == 0 ? field(row, Decision) : field(row, Status);
        if (defect == PlanningDefect::TrailingSpace)
            value.push_back(' ');
        else
            setCase(value, random.below(2) == 0);
        return true;
    }
    case PlanningDefect::WithdrawnWithDecision:
        if (!hasDecision)
            return false;
        field(row, Status) = "withdrawn";
        return true;
    case PlanningDefect::UnknownOrganisation: {
        const Authority& authority = authorities()[std::size_t(row.authority)];
        std::string& organisation = field(row, OrganisationField);
        switch (random.below(3)) {
        case 0:
            organisation = authority.name;
            break;
        case 1:
            organisation = "local-authority:";
            organisation += pick(random, std::array<std::string_view, 5>{"LAM", "BRI", "MCR", "NCL", "SHEF"});
            break;
        default: {
            // The legacy LGA form: http://opendatacommunities.org/id/<kind>/<name>.
            std::string_view name = authority.name;
            const bool london = name.starts_with("London Borough of ");
            for (const std::string_view prefix : {"London Borough of ", "Royal Borough of ", "City of "})
                if (name.starts_with(prefix))
                    name.remove_prefix(prefix.size());
            for (const std::string_view suffix : {" National Park Authority", " City Council", " Borough Council",
                                                  " District Council", " County Council", " Council"})
                if (name.ends_with(suffix))
                    name.remove_suffix(suffix.size());
            organisation = london ? "http://opendatacommunities.org/id/london-borough-council/"
                                  : "http://opendatacommunities.org/id/district-council/";
            for (const char c : name)
                organisation.push_back(c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
            break;
        }
        }
        return true;
    }
    case PlanningDefect::AbolishedOrganisation: {
        const Authority& authority = authorities()[std::size_t(row.authority)];
        const Locality& locality = authority.localities[std::size_t(row.locality)];
        if (!locality.predecessor || authority.startDays == 0 || row.startDay < authority.startDays)
            return false;
        field(row, OrganisationField) = locality.predecessor;
        return true;
    }
    case PlanningDefect::MalformedPostcode: {
        std::string& postcode = field(row, Postcode);
        const auto space = postcode.find(' ');
        switch (random.below(4)) {
        case 0:
            postcode[space + 1] = 'O';
            break; // letter O for a digit
        case 1:
            postcode.insert(space, 1, ' ');
            break;
        case 2:
            postcode.push_back('.');
            break;
        default:
            postcode.pop_back();
            break;
        }
        return true;
    }
    case PlanningDefect::LatLonSwapped: {
        std::string& point = field(row, Point);
        point = "POINT (";
        sampleformat::appendFixed(point, row.latE6, 6);
        point.push_back(' ');
        sampleformat::appendFixed(point, row.lonE6, 6);
        point.push_back(')');
        return true;
    }
    case PlanningDefect::OutsideEngland:
        field(row, Point) =
            pick(random, std::array<std::string_view, 4>{"POINT (0 0)", "POINT (-4.251806 55.864237)",
                                                         "POINT (-5.930120 54.597285)", "POINT (3.500000 53.000000)"});
        return true;
    case PlanningDefect::OsgbInWgs84: {
        std::int64_t easting = 0;
        std::int64_t northing = 0;
        PlanningRowGenerator::approximateOsgb(row.latE6, row.lonE6, &easting, &northing);
        std::string& point = field(row, Point);
        point = "POINT (";
        appendInt(point, easting);
        point.push_back(' ');
        appendInt(point, northing);
        point.push_back(')');
        return true;
    }
    case PlanningDefect::StrayWhitespace: {
        std::string& address = field(row, AddressText);
        switch (random.below(3)) {
        case 0:
            address.insert(address.begin(), ' ');
            break;
        case 1:
            address.push_back(' ');
            break;
        default:
            address.insert(address.find(' '), 1, ' ');
            break;
        }
        return true;
    }
    case PlanningDefect::NonBreakingSpace: {
        std::string& address = field(row, AddressText);
        address.replace(address.find(' '), 1, "\xC2\xA0");
        return true;
    }
    case PlanningDefect::Mojibake:
        // UTF-8 bytes of ’, – and é decoded as Windows-1252 and re-encoded as UTF-8.
        field(row, Description) += pick(
            random, std::array<std::string_view, 3>{" (applicant\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s revised drawings)",
                                                    " \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C amended plans received",
                                                    " including use as a caf\xC3\x83\xC2\xA9"});
        return true;
    case PlanningDefect::EmptyRequiredField: {
        static constexpr std::array<Field, 5> required{Description, AddressText, OrganisationField, StartDate, Point};
        field(row, required[random.below(5)]).clear();
        return true;
    }
    case PlanningDefect::UprnExponent: {
        std::string& uprn = field(row, Uprn);
        if (uprn.empty()) {
            uprn = "1000";
            appendInt(uprn, random.between(0, 99999999), 8);
        }
        // Spreadsheet "General" format: six significant digits, trailing zeros dropped.
        std::string mantissa = uprn.substr(1, 5);
        while (!mantissa.empty() && mantissa.back() == '0')
            mantissa.pop_back();
        std::string shown(1, uprn[0]);
        if (!mantissa.empty())
            shown += "." + mantissa;
        shown += "E+";
        appendInt(shown, std::int64_t(uprn.size() - 1));
        uprn = shown;
        return true;
    }
    }
    return false;
}

} // namespace plumbline::planningsample
