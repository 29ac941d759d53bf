// Codelists, description templates and address parts of the planning sample. Descriptions imitate the wording
// of English council registers (see /work/shared/data/planning for real examples).
#include "sample/planning_sample_vocabulary.h"

namespace plumbline::planningsample {

const std::array<std::string_view, kApplicationTypeCount> kApplicationTypes{"hh",
                                                                            "full",
                                                                            "outline-all",
                                                                            "outline-some",
                                                                            "reserved-matters",
                                                                            "lbc",
                                                                            "advertising",
                                                                            "demolition-con-area",
                                                                            "ldc-existing-use",
                                                                            "ldc-prospective-use",
                                                                            "prior-approval",
                                                                            "s73",
                                                                            "approval-condition",
                                                                            "consent-under-tpo",
                                                                            "notice-trees-in-con-area",
                                                                            "non-material-amendment",
                                                                            "pip"};
const std::array<std::string_view, 4> kStatuses{"pending", "decided", "withdrawn", "appealed"};
const std::array<std::string_view, 4> kDecisions{"granted", "refused", "split-decision", "not-required"};
const std::array<std::string_view, 2> kDecisionTypes{"delegated", "committee"};

const std::array<std::string_view, 52> kStreetNames{
    "High",       "Church",      "Station",    "Victoria",    "Mill",      "Park",     "London",    "Kings",
    "Queens",     "Manor",       "Green",      "Springfield", "Grange",    "Albert",   "Highfield", "Chestnut",
    "Oak",        "Beech",       "Elm",        "Willow",      "St John's", "Windsor",  "Cromwell",  "Nelson",
    "Wellington", "Alexandra",   "Stanley",    "Clarendon",   "Richmond",  "Belmont",  "Mount",     "Brook",
    "Meadow",     "Orchard",     "Westfield",  "Fairfield",   "Cedar",     "Hawthorn", "Holly",     "Rectory",
    "School",     "Castle",      "Bridge",     "Water",       "Market",    "York",     "Lancaster", "Warwick",
    "Salisbury",  "Marlborough", "Devonshire", "Chapel"};
const std::array<std::string_view, 13> kStreetKinds{"Road",    "Street",   "Lane",  "Avenue", "Close",
                                                    "Gardens", "Crescent", "Grove", "Drive",  "Way",
                                                    "Terrace", "Place",    "Hill"};
const std::array<std::string_view, 14> kBuildingNames{
    "Rose Cottage", "The Old Rectory", "Orchard House", "Ivy Cottage",     "The Barn",
    "Hillside",     "Woodlands",       "Meadow View",   "The Coach House", "Old School House",
    "Mill House",   "The Stables",     "Brook Farm",    "Church Farm Barn"};
const std::array<std::string_view, 14> kTreeSpecies{
    "Oak",          "Ash",    "Sycamore",  "Silver Birch", "Beech",        "Horse Chestnut", "Lime",
    "London Plane", "Cherry", "Leylandii", "Hawthorn",     "Norway Maple", "Willow",         "Yew"};
const std::array<std::string_view, 10> kSignTexts{
    "\"Coming Soon\"", "\"Costa\"",         "\"Greggs\"",   "\"To Let\"",  "\"Sold\"",
    "\"Now Open\"",    "\"Tesco Express\"", "\"Pharmacy\"", "\"Barbers\"", "\"Cafe & Deli\""};

const std::vector<DescriptionTemplate>& descriptionTemplates(ApplicationType type)
{
    static const std::vector<std::vector<DescriptionTemplate>> all{
        {// hh
         {"Erection of a single storey rear extension", "Rear extension"},
         {"Erection of a two storey side extension", "Side extension"},
         {"Erection of a part single, part two storey rear extension", "Rear extension"},
         {"Loft conversion with rear dormer window and {n}no. front rooflights", "Loft conversion"},
         {"Erection of a front porch", "Porch"},
         {"Single storey side and rear wraparound extension", "Wraparound extension"},
         {"Conversion of garage to habitable room", "Garage conversion"},
         {"Erection of a detached outbuilding in rear garden for use as a home office", "Outbuilding"},
         {"Replacement of existing timber windows with uPVC double glazed units", "Replacement windows"},
         {"Installation of air source heat pump", "Heat pump"},
         {"Formation of vehicular access and dropped kerb", "Dropped kerb"},
         {"Erection of a first floor rear extension", "First floor extension"},
         {"Raising of roof height to create additional accommodation at second floor level", "Roof extension"}},
        {// full
         {"Demolition of existing building and erection of a {n} storey building comprising {N} self-contained flats "
          "(Use Class C3)",
          "Residential redevelopment"},
         {"Change of use from retail (Use Class E) to a hot food takeaway (Sui Generis)", "Change of use"},
         {"Erection of {n}no. semi-detached dwellinghouses with associated parking and landscaping", "New dwellings"},
         {"Conversion of single dwellinghouse into {n} self-contained flats", "Flat conversion"},
         {"Installation of replacement shopfront", "Shopfront"},
         {"Erection of a single storey extension to existing school to provide {n} additional classrooms",
          "School extension"},
         {"Redevelopment of the site to provide {N} residential units (Use Class C3), ground floor commercial "
          "floorspace (Use Class E), cycle parking, refuse storage and associated landscaping",
          "Mixed-use redevelopment"},
         {"Installation of rooftop plant enclosure", "Rooftop plant"},
         {"Change of use of agricultural building to a dwelling", "Barn conversion"},
         {"Erection of a detached dwelling on land to the rear", "New dwelling"}},
        {// outline-all
         {"Outline application for the erection of up to {N} dwellings with all matters reserved except access",
          "Residential development"}},
        {// outline-some
         {"Outline planning permission (with appearance and landscaping reserved) for demolition of existing "
          "buildings and erection of {N} residential units, retail floorspace and highway works",
          "Estate regeneration"},
         {"Outline application for up to {N} dwellings, public open space and drainage (layout and scale reserved)",
          "Residential development"}},
        {// reserved-matters
         {"Reserved matters application for appearance, landscaping, layout and scale pursuant to outline "
          "permission for {N} dwellings",
          "Reserved matters"}},
        {// lbc
         {"Listed building consent for internal alterations including removal of partition walls and installation "
          "of new kitchen",
          "Internal alterations"},
         {"Listed building consent for replacement of {n}no. sash windows on a like-for-like basis", "Sash windows"},
         {"Listed building consent for repairs to roof and chimney stacks", "Roof repairs"}},
        {// advertising
         {"Display of 1no. internally illuminated fascia sign and 1no. projecting sign", "Shop signs"},
         {"Display of a freestanding digital advertisement display", "Digital advert"},
         {"Display of non-illuminated hoarding sign reading {q}", "Hoarding sign"}},
        {// demolition-con-area
         {"Demolition of existing garage in a conservation area", "Demolition"}},
        {// ldc-existing-use
         {"Certificate of lawfulness for the existing use of the property as {n} self-contained flats",
          "Lawful existing use"},
         {"Certificate of lawfulness for an existing single storey rear extension", "Lawful existing extension"}},
        {// ldc-prospective-use
         {"Certificate of lawfulness for a proposed loft conversion with rear dormer", "Lawful proposed loft"},
         {"Certificate of lawfulness for a proposed single storey rear extension", "Lawful proposed extension"},
         {"Certificate of lawfulness for a proposed outbuilding", "Lawful proposed outbuilding"}},
        {// prior-approval
         {"Prior approval for a single storey rear extension extending {m}m beyond the rear wall, maximum height "
          "3.5m, eaves height 2.9m",
          "Larger home extension"},
         {"Prior approval for change of use from office (Class E) to {N} residential units (Class C3)",
          "Office to residential"},
         {"Prior approval for the installation of a 20m telecommunications mast and associated equipment cabinets",
          "Telecoms mast"}},
        {// s73
         {"Variation of condition {c} (approved plans) of planning permission to allow changes to the internal "
          "layout and fenestration",
          "Variation of condition"},
         {"Removal of condition {c} (hours of operation) of planning permission", "Removal of condition"}},
        {// approval-condition
         {"Details pursuant to condition {c} (materials) of planning permission", "Details of materials"},
         {"Approval of details reserved by conditions {c} (landscaping), 7 (cycle storage) and 9 (refuse) of "
          "planning permission",
          "Details reserved by conditions"}},
        {// consent-under-tpo
         {"T1 {t} - reduce crown by {m}m; T2 {t} - fell", "Tree works"},
         {"Works to trees protected by a Tree Preservation Order: T1 {t} - crown lift to {m}m", "Tree works"}},
        {// notice-trees-in-con-area
         {"Notification of intended works to trees in a conservation area: T1 {t} - fell", "Tree works"},
         {"T1 {t} - reduce height by {m}m and thin crown by 20%", "Tree works"}},
        {// non-material-amendment
         {"Non-material amendment to planning permission to alter the position of the rear windows",
          "Non-material amendment"},
         {"Non-material amendment to planning permission to change external materials from render to brick",
          "Non-material amendment"}},
        {// pip
         {"Permission in principle for the erection of between 1 and {n} dwellings", "Permission in principle"}},
    };
    return all[std::size_t(type)];
}

const std::vector<const char*>& descriptionExtras()
{
    static const std::vector<const char*> extras{
        "alterations to fenestration", "installation of {n}no. rooflights", "removal of existing conservatory",
        "associated landscaping",      "new boundary wall and gates",       "raised rear terrace with privacy screen",
        "internal alterations",        "demolition of existing garage",     "solar panels to rear roof slope",
        "replacement front door",      "cycle and refuse storage",          "new crossover to the highway",
    };
    return extras;
}

} // namespace plumbline::planningsample
