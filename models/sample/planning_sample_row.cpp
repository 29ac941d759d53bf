#include "sample/planning_sample_row.h"

#include "sample/sample_format.h"

#include <algorithm>

namespace plumbline::planningsample {

using sampleformat::appendFixed;
using sampleformat::appendInt;
using sampleformat::appendIsoDate;
using sampleformat::civilFromDays;
using sampleformat::daysFromCivil;

const std::array<std::string_view, FieldCount> kFieldNames{"reference",
                                                           "organisation",
                                                           "name",
                                                           "description",
                                                           "planning-application-type",
                                                           "address-text",
                                                           "postcode",
                                                           "uprn",
                                                           "point",
                                                           "ground-area",
                                                           "start-date",
                                                           "decision-date",
                                                           "end-date",
                                                           "planning-application-status",
                                                           "planning-decision",
                                                           "planning-decision-type",
                                                           "documentation-url",
                                                           "entry-date"};

std::int64_t firstStartDay()
{
    return daysFromCivil(2017, 1, 1);
}
std::int64_t lastStartDay()
{
    return daysFromCivil(2026, 9, 30);
}
std::int64_t extractDay()
{
    return daysFromCivil(2026, 10, 31);
}

namespace {

// Share of each application type per 1,000 applications, in ApplicationType order (roughly an English
// district's mix: householder and full dominate, then conditions, trees and variations).
constexpr std::array<std::uint32_t, kApplicationTypeCount> kTypeWeights{340, 200, 8,  7,  15, 50, 30, 2, 15,
                                                                        40,  30,  50, 80, 50, 50, 30, 3};
constexpr std::uint32_t kTypeWeightTotal = 1000;

// Days from received to decision, per type: [min, max].
constexpr std::array<std::array<int, 2>, kApplicationTypeCount> kDetermination{{{28, 84},
                                                                                {42, 150},
                                                                                {90, 400},
                                                                                {90, 400},
                                                                                {60, 180},
                                                                                {42, 100},
                                                                                {28, 70},
                                                                                {35, 70},
                                                                                {28, 70},
                                                                                {28, 70},
                                                                                {28, 56},
                                                                                {42, 120},
                                                                                {28, 90},
                                                                                {21, 56},
                                                                                {21, 42},
                                                                                {14, 42},
                                                                                {35, 56}}};

void append(std::string& out, std::string_view text)
{
    out.append(text.data(), text.size());
}

bool hasSplitDecisions(ApplicationType t)
{
    return t == ApplicationType::Householder || t == ApplicationType::Full || t == ApplicationType::ListedBuilding ||
           t == ApplicationType::Advertising || t == ApplicationType::ApprovalOfCondition;
}

bool isMajor(ApplicationType t)
{
    return t == ApplicationType::OutlineAll || t == ApplicationType::OutlineSome ||
           t == ApplicationType::ReservedMatters;
}

} // namespace

PlanningRowGenerator::PlanningRowGenerator(SampleRandom& random, std::int64_t rows) : m_random(random), m_rows(rows)
{
    for (const auto& authority : authorities()) {
        m_authorityWeights.push_back(std::uint32_t(authority.weight));
        m_authorityTotal += std::uint32_t(authority.weight);
    }
    std::vector<std::string_view> groups;
    for (const auto& style : referenceStyles()) {
        std::vector<PatternToken> tokens;
        std::string_view p = style.pattern;
        while (!p.empty()) {
            if (p.front() == '{') {
                const auto close = p.find('}');
                const std::string_view name = p.substr(1, close - 1);
                PatternToken::Kind kind = name == "YY"     ? PatternToken::YY
                                          : name == "YYYY" ? PatternToken::YYYY
                                          : name == "MM"   ? PatternToken::MM
                                          : name == "N4"   ? PatternToken::N4
                                          : name == "N5"   ? PatternToken::N5
                                          : name == "N6"   ? PatternToken::N6
                                          : name == "SUF"  ? PatternToken::Suffix
                                                           : PatternToken::Tag;
                tokens.push_back({kind, {}});
                p.remove_prefix(close + 1);
            } else {
                const auto open = std::min(p.find('{'), p.size());
                tokens.push_back({PatternToken::Literal, std::string(p.substr(0, open))});
                p.remove_prefix(open);
            }
        }
        m_patterns.push_back(std::move(tokens));
        const auto found = std::find(groups.begin(), groups.end(), std::string_view(style.pattern));
        m_counterGroup.push_back(int(found - groups.begin()));
        if (found == groups.end())
            groups.push_back(style.pattern);
    }
    m_counters.resize(groups.size());
    for (std::size_t s = 0; s < referenceStyles().size(); ++s) {
        auto& counters = m_counters[std::size_t(m_counterGroup[s])];
        counters.fill(std::uint32_t(referenceStyles()[s].counterStart));
    }
}

int PlanningRowGenerator::pickAuthority(const RowHints& hints, std::int64_t startDay)
{
    if (hints.authority >= 0)
        return hints.authority;
    if (hints.successorOnly) {
        std::array<int, 8> candidates{};
        std::uint32_t count = 0;
        const auto& list = authorities();
        for (std::size_t i = 0; i < list.size() && count < candidates.size(); ++i)
            if (list[i].startDays > 0 && list[i].startDays <= startDay)
                candidates[count++] = int(i);
        if (count > 0)
            return candidates[m_random.below(count)];
    }
    return int(m_random.weighted(m_authorityWeights, m_authorityTotal));
}

void PlanningRowGenerator::generate(std::int64_t index, const RowHints& hints, PlanningRow& row)
{
    for (auto& field : row.fields)
        field.clear();

    // Rows run in received-date order across the whole span, with a few days' jitter as in a real register.
    const std::int64_t span = lastStartDay() - firstStartDay();
    const std::int64_t base = firstStartDay() + (m_rows > 1 ? index * span / (m_rows - 1) : 0);
    row.startDay = std::clamp<std::int64_t>(base + m_random.between(-3, 3), firstStartDay(), lastStartDay());

    row.authority = pickAuthority(hints, row.startDay);
    const Authority& authority = authorities()[std::size_t(row.authority)];
    row.locality = int(m_random.below(std::uint32_t(authority.localities.size())));
    const Locality& locality = authority.localities[std::size_t(row.locality)];
    row.typeIndex = int(m_random.weighted(kTypeWeights, kTypeWeightTotal));

    makeReference(row, authority, locality);
    // Before a unitary authority existed its area belonged to the predecessor district.
    append(row.fields[OrganisationField],
           row.startDay < authority.startDays && locality.predecessor ? locality.predecessor : authority.curie);
    append(row.fields[Type], kApplicationTypes[std::size_t(row.typeIndex)]);
    makeDescription(row);
    makeAddress(row, authority, locality);

    row.latE6 = locality.latE6 + int(m_random.between(-12000, 12000));
    row.lonE6 = locality.lonE6 + int(m_random.between(-18000, 18000));
    // Two applications never share a point to the micro-degree by chance (PA-27 would call that a duplicate
    // location): a repeat moves one micro-degree east, without drawing, so the random stream stays as it was.
    while (!m_points.insert((std::uint64_t(std::uint32_t(row.latE6)) << 32) | std::uint32_t(row.lonE6)).second)
        ++row.lonE6;
    std::string& point = row.fields[Point];
    point = "POINT (";
    appendFixed(point, row.lonE6, 6);
    point.push_back(' ');
    appendFixed(point, row.latE6, 6);
    point.push_back(')');

    const auto type = ApplicationType(row.typeIndex);
    if (m_random.below(100) < 70) {
        std::int64_t m2 = 0;
        switch (type) {
        case ApplicationType::Householder:
            m2 = m_random.between(60, 900);
            break;
        case ApplicationType::Full:
            m2 = m_random.between(120, 25000);
            break;
        case ApplicationType::OutlineAll:
        case ApplicationType::OutlineSome:
        case ApplicationType::ReservedMatters:
            m2 = m_random.between(5000, 250000);
            break;
        case ApplicationType::PermissionInPrinciple:
            m2 = m_random.between(500, 10000);
            break;
        default:
            break;
        }
        if (m2 > 0) {
            if (m_random.below(100) < 30)
                appendFixed(row.fields[GroundArea], m2 * 10 + m_random.below(10), 1);
            else
                appendInt(row.fields[GroundArea], m2);
        }
    }

    makeDates(row, hints);
    makeUrl(row, authority);
}

void PlanningRowGenerator::makeReference(PlanningRow& row, const Authority& authority, const Locality& locality)
{
    const auto style = std::size_t(authority.styleIndex);
    const ReferenceStyle& rs = referenceStyles()[style];
    const auto date = civilFromDays(row.startDay);
    auto& counter = m_counters[std::size_t(m_counterGroup[style])][rs.perYear ? std::size_t(date.year - 2000) : 0];
    const std::uint32_t number = ++counter;
    std::string& out = row.fields[Reference];
    for (const auto& token : m_patterns[style]) {
        switch (token.kind) {
        case PatternToken::Literal:
            out += token.literal;
            break;
        case PatternToken::YY:
            appendInt(out, date.year % 100, 2);
            break;
        case PatternToken::YYYY:
            appendInt(out, date.year, 4);
            break;
        case PatternToken::MM:
            appendInt(out, date.month, 2);
            break;
        case PatternToken::N4:
            appendInt(out, number, 4);
            break;
        case PatternToken::N5:
            appendInt(out, number, 5);
            break;
        case PatternToken::N6:
            appendInt(out, number, 6);
            break;
        case PatternToken::Suffix:
            out += (*rs.suffixes)[std::size_t(row.typeIndex)];
            break;
        case PatternToken::Tag:
            out += locality.tag ? locality.tag : "DDD";
            break;
        }
    }
}

void PlanningRowGenerator::makeDescription(PlanningRow& row)
{
    const auto type = ApplicationType(row.typeIndex);
    const auto& templates = descriptionTemplates(type);
    const DescriptionTemplate& chosen = templates[m_random.below(std::uint32_t(templates.size()))];
    std::string& out = row.fields[Description];
    const auto expand = [&](std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '{' || i + 2 >= text.size() || text[i + 2] != '}') {
                out.push_back(text[i]);
                continue;
            }
            switch (text[i + 1]) {
            case 'n':
                appendInt(out, m_random.between(2, 6));
                break;
            case 'N':
                appendInt(out, isMajor(type) ? m_random.between(20, 450) : m_random.between(4, 60));
                break;
            case 'm':
                appendInt(out, m_random.between(2, 8));
                break;
            case 'c':
                appendInt(out, m_random.between(2, 14));
                break;
            case 't':
                append(out, kTreeSpecies[m_random.below(kTreeSpecies.size())]);
                break;
            case 'q':
                append(out, kSignTexts[m_random.below(kSignTexts.size())]);
                break;
            default:
                out.append(text.substr(i, 3));
                break;
            }
            i += 2;
        }
    };
    expand(chosen.text);
    if (type == ApplicationType::Householder || type == ApplicationType::Full) {
        // 0-3 extra clauses make description lengths vary like real registers (30 to 300+ characters).
        const std::uint32_t extras = m_random.weighted(std::array<std::uint32_t, 4>{55, 28, 12, 5}, 100);
        const auto& pool = descriptionExtras();
        for (std::uint32_t e = 0; e < extras; ++e) {
            append(out, e + 1 == extras ? " and " : ", ");
            expand(pool[m_random.below(std::uint32_t(pool.size()))]);
        }
    }
    const std::uint32_t tail = m_random.below(1000);
    if (tail < 30)
        append(out, " (retrospective)");
    else if (tail < 45)
        append(out, " \xE2\x80\x93 amended plans received"); // a correctly encoded en dash
    else if (tail < 55)
        append(out, " (applicant\xE2\x80\x99s revised drawings)"); // a correctly encoded right single quote
    else if (tail < 57)
        append(out, ".\nAmended description following revised plans."); // a line break inside a quoted field
    if (m_random.below(100) < 35) {
        std::string& name = row.fields[Name];
        append(name, chosen.label);
        append(name, " at ");
    }
}

void PlanningRowGenerator::makeAddress(PlanningRow& row, const Authority& authority, const Locality& locality)
{
    std::string& out = row.fields[AddressText];
    std::string& name = row.fields[Name];
    std::string& street = m_scratch;
    street.clear();
    append(street, kStreetNames[m_random.below(kStreetNames.size())]);
    street.push_back(' ');
    append(street, kStreetKinds[m_random.below(kStreetKinds.size())]);
    const std::uint32_t form = m_random.below(100);
    const std::int64_t number = m_random.below(100) < 70 ? m_random.between(1, 80) : m_random.between(81, 240);
    const auto appendNumberedStreet = [&](std::string& to) {
        appendInt(to, number);
        if (m_random.below(100) < 4)
            to.push_back('A');
        to.push_back(' ');
        to += street;
    };
    if (form < 8) {
        const auto building = kBuildingNames[m_random.below(kBuildingNames.size())];
        append(out, building);
        out += ", ";
        out += street;
        if (!name.empty())
            append(name, building);
    } else if (form < 20) {
        out += "Flat ";
        appendInt(out, m_random.between(1, 12));
        out += ", ";
        appendNumberedStreet(out);
        if (!name.empty())
            name += std::string_view(out).substr(out.find(", ") + 2);
    } else if (form < 24 && (row.typeIndex == int(ApplicationType::Full) || isMajor(ApplicationType(row.typeIndex)) ||
                             row.typeIndex == int(ApplicationType::PermissionInPrinciple))) {
        out += "Land adjacent to ";
        appendNumberedStreet(out);
        if (!name.empty())
            name += out;
    } else {
        appendNumberedStreet(out);
        if (!name.empty())
            name += out;
    }
    out += ", ";
    append(out, locality.name);
    if (*authority.town && std::string_view(authority.town) != locality.name) {
        out += ", ";
        append(out, authority.town);
    }
    std::string& postcode = row.fields[Postcode];
    std::uint32_t outwardCount = 1;
    while (outwardCount < 3 && locality.outward[outwardCount])
        ++outwardCount;
    append(postcode, locality.outward[m_random.below(outwardCount)]);
    postcode.push_back(' ');
    postcode.push_back(char('1' + m_random.below(9)));
    postcode.push_back(kInwardLetters[m_random.below(kInwardLetters.size())]);
    postcode.push_back(kInwardLetters[m_random.below(kInwardLetters.size())]);
    out += ", ";
    out += postcode;

    const std::uint32_t uprnForm = m_random.below(100);
    std::string& uprn = row.fields[Uprn];
    if (uprnForm < 55) {
        uprn = "1000";
        appendInt(uprn, m_random.between(0, 99999999), 8);
    } else if (uprnForm < 75) {
        uprn = "10";
        appendInt(uprn, m_random.between(0, 999999999), 9);
    } else if (uprnForm < 85) {
        uprn = "2000";
        appendInt(uprn, m_random.between(0, 99999999), 8);
    } // else no UPRN: land without an address point
}

void PlanningRowGenerator::makeDates(PlanningRow& row, const RowHints& hints)
{
    const auto type = ApplicationType(row.typeIndex);
    const auto& range = kDetermination[std::size_t(row.typeIndex)];
    std::int64_t determination = m_random.between(range[0], range[1]);
    if (m_latePerMillion >= 0) {
        // A chosen share of late decisions (the benchmark's "40 % decided late" register): 57 to 206 days, or
        // within the 8 weeks. The extra draw happens only with the option, so default output is unchanged.
        determination =
            m_random.chance(std::uint32_t(m_latePerMillion)) ? 57 + determination % 150 : 21 + determination % 36;
    } else if (determination > 56 && determination % 20 != 0) {
        // Most applications are decided within the statutory 8 weeks (PA-17); about one in twenty of the longer
        // draws keeps its length, standing for the cases that overran without an agreed extension.
        determination = 21 + determination % 36;
    }
    std::int64_t decision = row.startDay + determination;
    std::int64_t end = -1;
    const std::uint32_t r = m_random.below(1000);
    enum { Pending, Decided, Withdrawn, Appealed } status = Decided;
    if (hints.decided)
        status = Decided;
    else if (r < 50)
        status = Withdrawn;
    else if (decision > extractDay() || r < 60)
        status = Pending;
    else if (r < 80)
        status = Appealed;
    row.statusIndex = int(status);
    append(row.fields[Status], kStatuses[std::size_t(status)]);

    if (status == Decided && decision > extractDay())
        decision = extractDay() - m_random.between(0, 20); // a forced decision still lies in the past
    decision = std::max(decision, row.startDay);
    row.decisionDay = -1;
    row.decisionIndex = -1;
    if (status == Withdrawn) {
        end = std::min(row.startDay + m_random.between(7, std::max<std::int64_t>(8, determination - 1)), extractDay());
    } else if (status == Decided || status == Appealed) {
        row.decisionDay = decision;
        int d = 0; // granted
        const std::uint32_t p = m_random.below(100);
        if (status == Appealed)
            d = 1;
        else if (type == ApplicationType::PriorApproval)
            d = p < 55 ? 0 : p < 85 ? 3 : 1;
        else if (type == ApplicationType::TreesInConArea)
            d = p < 70 ? 0 : 3;
        else
            d = p < 85 ? 0 : p < 98 ? 1 : hasSplitDecisions(type) ? 2 : 0;
        row.decisionIndex = d;
        append(row.fields[Decision], kDecisions[std::size_t(d)]);
        const bool committee = m_random.below(100) < ((isMajor(type) || type == ApplicationType::Full) ? 20u : 3u);
        append(row.fields[DecisionType], kDecisionTypes[committee ? 1 : 0]);
        appendIsoDate(row.fields[DecisionDate], decision);
    }
    appendIsoDate(row.fields[StartDate], row.startDay);
    if (end >= 0)
        appendIsoDate(row.fields[EndDate], end);
    const std::int64_t last = std::max({row.startDay, row.decisionDay, end});
    appendIsoDate(row.fields[EntryDate], std::min(last + m_random.between(0, 21), extractDay()));
}

void PlanningRowGenerator::makeUrl(PlanningRow& row, const Authority& authority)
{
    if (authority.urlKind == UrlKind::None || m_random.below(100) >= 40)
        return;
    std::string& out = row.fields[DocumentationUrl];
    const std::string& reference = row.fields[Reference];
    switch (authority.urlKind) {
    case UrlKind::IdoxKeyVal: {
        static constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        out = "https://";
        out += authority.urlPrefix;
        out += "/online-applications/applicationDetails.do?keyVal=";
        out.push_back(char('P' + m_random.below(3)));
        for (int i = 0; i < 10; ++i)
            out.push_back(alphabet[m_random.below(alphabet.size())]);
        out += "00";
        break;
    }
    case UrlKind::ReferenceSlug:
        out = authority.urlPrefix;
        for (const char c : reference)
            out.push_back(c == '/' ? '-' : c);
        break;
    case UrlKind::Reference:
        out = authority.urlPrefix;
        for (const char c : reference) {
            if (c == '/')
                out += "%2F";
            else
                out.push_back(c);
        }
        break;
    case UrlKind::None:
        break;
    }
}

void PlanningRowGenerator::approximateOsgb(int latE6, int lonE6, std::int64_t* easting, std::int64_t* northing)
{
    // cos(latitude) x 10^6 at whole degrees 49..56, linearly interpolated; 1 degree of latitude ~ 111.2 km.
    static constexpr std::array<std::int64_t, 8> cosE6{656059, 642788, 629320, 615661, 601815, 587785, 573576, 559193};
    const std::int64_t lat = std::clamp<std::int64_t>(latE6, 49000000, 55999999);
    const std::int64_t whole = lat / 1000000 - 49;
    const std::int64_t frac = lat % 1000000;
    const std::int64_t cosLat =
        cosE6[std::size_t(whole)] + (cosE6[std::size_t(whole) + 1] - cosE6[std::size_t(whole)]) * frac / 1000000;
    *northing = -100000 + (std::int64_t(latE6) - 49000000) * 111200 / 1000000;
    *easting = 400000 + (std::int64_t(lonE6) + 2000000) * 111320 / 1000000 * cosLat / 1000000;
}

} // namespace plumbline::planningsample
