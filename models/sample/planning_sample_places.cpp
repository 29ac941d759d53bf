// Authorities, places and reference styles of the planning sample. Organisation CURIEs and end-dates are from
// the planning-authority codelist (digital-land/planning-application-data-specification); outward codes are real;
// coordinates are approximate town/district centres (WGS84). Reference patterns imitate the councils' registers.
#include "sample/planning_sample_vocabulary.h"

#include "sample/sample_format.h"

namespace plumbline::planningsample {

namespace {

using sampleformat::daysFromCivil;
using Suffixes = std::array<const char*, kApplicationTypeCount>;

// In ApplicationType order: hh, full, outline-all, outline-some, reserved-matters, lbc, advertising,
// demolition-con-area, ldc-existing, ldc-proposed, prior-approval, s73, approval-condition, tpo, trees-in-ca,
// non-material-amendment, pip.
const Suffixes kIdox{"HOU", "FUL", "OUT", "OUT", "REM", "LBC", "ADV", "CAC", "CLE",
                     "CLP", "PA", "VAR", "DIS", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kLeeds{"HH", "FU", "OT", "OT", "RM", "LI", "ADV", "CA", "LE",
                      "LP", "PN", "VR", "DOC", "TR", "TR", "NMA", "PIP"};
const Suffixes kLetters{"H", "F", "P", "P", "M", "LA", "A", "CA", "CE", "CP", "N", "X", "C", "T", "TC", "NMA", "PIP"};
const Suffixes kWestminster{"FULL", "FULL", "OUT", "OUT", "RESMAT", "LBC", "ADV", "CAC", "CLEUD",
                            "CLOPUD", "PRIOR", "VAR", "ADFULL", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kDacorum{"FHA", "FUL", "OUT", "OUT", "ROM", "LBC", "ADV", "CAC", "LDE",
                        "LDP", "PRA", "ROC", "DRC", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kDurham{"FPA", "FPA", "OUT", "OUT", "RM", "LB", "AD", "CAC", "CLU",
                       "CPO", "PND", "VOC", "DRC", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kMaidstone{"FULL", "FULL", "OUT", "OUT", "AORM", "LBC", "ADV", "CAC", "LDCEX",
                          "LDCPR", "PNQCLA", "FULL", "SUB", "TPOA", "TCA", "NMAMD", "PIP"};
const Suffixes kSalford{"HH", "FUL", "OUT", "OUT", "REM", "LBC", "ADV", "DEM", "CLE",
                        "CLP", "PA", "S73", "DIS", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kNewcastle{"HOU", "DET", "OUT", "OUT", "RES", "LBC", "ADV", "CAC", "CPE",
                          "CPL", "PRIOR", "S73", "DCC", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kManchester{"HH", "FO", "OO", "OO", "RM", "LBC", "AO", "CAC", "CLEUD",
                           "CLOPUD", "PRIOR", "S73", "DC", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kBops{"HAPP", "FULL", "OUT", "OUT", "REM", "LBC", "ADV", "DEM", "LDCE",
                     "LDCP", "PA1A", "VAR", "COND", "TPO", "TCA", "NMA", "PIP"};
const Suffixes kCamden{"P", "P", "P", "P", "P", "L", "A", "C", "P", "P", "P", "P", "P", "T", "T", "P", "P"};
const Suffixes kLiverpool{"H", "F", "O", "O", "R", "L", "A", "C", "E", "P", "N", "V", "D", "T", "T", "M", "I"};
const Suffixes kBucks{"FA", "FA", "OA", "OA", "RM", "LB", "AV", "DE", "EU", "PU", "PA", "VC", "DC", "TP", "TC",
                      "NMA", "PIP"};
const Suffixes kDorset{"HOU", "FUL", "OUT", "OUT", "RES", "LBC", "ADV", "CAC", "CLE",
                       "CLP", "PAP", "VOC", "CONDR", "TPO", "TCA", "NMA", "PIP"};

// Style indexes used by the authority table below.
enum Style {
    IdoxA5, IdoxA4, Leeds, Letters, Westminster, Dacorum, Durham, Maidstone, Salford, Newcastle, Manchester, Bops,
    Camden, Liverpool, Hackney, Lewisham, Southwark, Birmingham, Cornwall, Wiltshire, Bucks, Brighton, LakeDistrict,
    PeakDistrict, Mhclg, Dorset
};

} // namespace

const std::vector<ReferenceStyle>& referenceStyles()
{
    static const std::vector<ReferenceStyle> styles{
        {"{YY}/{N5}/{SUF}", &kIdox, true, 0},          {"{YY}/{N4}/{SUF}", &kIdox, true, 0},
        {"{YY}/{N5}/{SUF}", &kLeeds, true, 0},         {"{YY}/{N5}/{SUF}", &kLetters, true, 0},
        {"{YY}/{N5}/{SUF}", &kWestminster, true, 0},   {"{YY}/{N5}/{SUF}", &kDacorum, true, 0},
        {"DM/{YY}/{N5}/{SUF}", &kDurham, true, 0},     {"{YY}/5{N5}/{SUF}", &kMaidstone, true, 0},
        {"{YY}/8{N4}/{SUF}", &kSalford, true, 0},      {"{YYYY}/{N4}/01/{SUF}", &kNewcastle, true, 0},
        {"{N6}/{SUF}/{YYYY}", &kManchester, false, 120000},
        {"{YY}-{N5}-{SUF}", &kBops, true, 0},          {"{YYYY}/{N4}/{SUF}", &kCamden, true, 0},
        {"{YY}{SUF}/{N4}", &kLiverpool, true, 0},      {"{YYYY}/{N4}", nullptr, true, 0},
        {"DC/{YY}/{N6}", nullptr, false, 95000},       {"{YY}/AP/{N4}", nullptr, true, 0},
        {"{YYYY}/{N5}/PA", nullptr, true, 0},          {"PA{YY}/{N5}", nullptr, true, 0},
        {"PL/{YYYY}/{N5}", nullptr, true, 0},          {"PL/{YY}/{N4}/{SUF}", &kBucks, true, 0},
        {"BH{YYYY}/{N5}", nullptr, true, 0},           {"7/{YYYY}/{N4}", nullptr, true, 5000},
        {"NP/{TAG}/{MM}{YY}/{N4}", nullptr, true, 0},  {"PLA-{YYYY}-{N6}", nullptr, true, 0},
        {"P/{SUF}/{YYYY}/{N5}", &kDorset, true, 0},
    };
    return styles;
}

const std::vector<Authority>& authorities()
{
    constexpr auto I = UrlKind::IdoxKeyVal;
    constexpr auto S = UrlKind::ReferenceSlug;
    constexpr auto R = UrlKind::Reference;
    constexpr auto N = UrlKind::None; // registers that publish no link per application
    static const std::vector<Authority> list{
        {"local-authority:LBH", "London Borough of Lambeth", "London", IdoxA5, I, "planning.lambeth.gov.uk", 4, 0,
         {{"Brixton", {"SW2", "SW9"}, 51461300, -115600}, {"Clapham", {"SW4"}, 51462700, -138000},
          {"Stockwell", {"SW9", "SW8"}, 51472300, -122900}, {"Vauxhall", {"SW8"}, 51486100, -123300},
          {"Kennington", {"SE11"}, 51488000, -106000}, {"Streatham", {"SW16"}, 51428400, -131000},
          {"West Norwood", {"SE27"}, 51431700, -104000}, {"Herne Hill", {"SE24"}, 51453000, -102000}}},
        {"local-authority:CMD", "London Borough of Camden", "London", Camden, S,
         "https://planningrecords.camden.gov.uk/planning/application/", 4, 0,
         {{"Kentish Town", {"NW5"}, 51550200, -140600}, {"Hampstead", {"NW3"}, 51556000, -178000},
          {"Camden Town", {"NW1"}, 51539000, -142600}, {"Belsize Park", {"NW3"}, 51547000, -165000},
          {"Holborn", {"WC1N", "WC1X", "WC1H"}, 51520000, -120000}, {"Kilburn", {"NW6"}, 51544000, -195000},
          {"West Hampstead", {"NW6"}, 51547000, -191000}, {"Gospel Oak", {"NW5"}, 51555000, -151000}}},
        {"local-authority:HCK", "London Borough of Hackney", "London", Hackney, N, "", 4, 0,
         {{"Dalston", {"E8"}, 51546000, -75000}, {"Homerton", {"E9"}, 51547000, -42000},
          {"Stoke Newington", {"N16"}, 51562000, -75000}, {"Hackney Wick", {"E9"}, 51543000, -25000},
          {"Clapton", {"E5"}, 51558000, -56000}, {"Hoxton", {"N1"}, 51532000, -80000},
          {"Haggerston", {"E2"}, 51538000, -76000}}},
        {"local-authority:LEW", "London Borough of Lewisham", "London", Lewisham, I, "planning.lewisham.gov.uk", 4, 0,
         {{"Deptford", {"SE8"}, 51478000, -26000}, {"Catford", {"SE6"}, 51445000, -20000},
          {"Brockley", {"SE4"}, 51464000, -37000}, {"Forest Hill", {"SE23"}, 51439000, -53000},
          {"Sydenham", {"SE26"}, 51427000, -54000}, {"Lee", {"SE12"}, 51453000, 5000},
          {"Lewisham", {"SE13"}, 51462000, -10000}}},
        {"local-authority:SWK", "London Borough of Southwark", "London", Southwark, I,
         "planning.southwark.gov.uk", 4, 0,
         {{"Peckham", {"SE15"}, 51474000, -69000}, {"Camberwell", {"SE5"}, 51474000, -92000},
          {"Bermondsey", {"SE16", "SE1"}, 51498000, -63000}, {"Dulwich", {"SE21"}, 51445000, -86000},
          {"Walworth", {"SE17"}, 51488000, -92000}, {"Rotherhithe", {"SE16"}, 51500000, -50000},
          {"East Dulwich", {"SE22"}, 51455000, -75000}}},
        {"local-authority:WSM", "City of Westminster", "London", Westminster, I, "idoxpa.westminster.gov.uk", 4, 0,
         {{"Marylebone", {"W1U", "W1G"}, 51520000, -153000}, {"Mayfair", {"W1K", "W1J"}, 51510000, -147000},
          {"Pimlico", {"SW1V"}, 51489000, -140000}, {"Soho", {"W1D", "W1F"}, 51513000, -134000},
          {"Paddington", {"W2"}, 51516000, -176000}, {"Maida Vale", {"W9"}, 51527000, -185000},
          {"St John's Wood", {"NW8"}, 51534000, -174000}}},
        {"local-authority:BNE", "London Borough of Barnet", "London", Bops, R,
         "https://barnet.bops-applicants.services/planning_applications/", 4, 0,
         {{"Finchley", {"N3", "N12"}, 51600000, -192000}, {"Hendon", {"NW4"}, 51583000, -226000},
          {"Mill Hill", {"NW7"}, 51615000, -245000}, {"Edgware", {"HA8"}, 51613000, -275000},
          {"Chipping Barnet", {"EN5"}, 51653000, -200000}, {"Golders Green", {"NW11"}, 51572000, -194000},
          {"East Finchley", {"N2"}, 51587000, -165000}}},
        {"local-authority:MAN", "Manchester City Council", "Manchester", Manchester, I, "pa.manchester.gov.uk", 5, 0,
         {{"Ancoats", {"M4"}, 53484000, -2225000}, {"Chorlton", {"M21"}, 53442000, -2276000},
          {"Didsbury", {"M20"}, 53416000, -2231000}, {"Levenshulme", {"M19"}, 53444000, -2192000},
          {"Withington", {"M20"}, 53433000, -2229000}, {"Moss Side", {"M14"}, 53460000, -2238000},
          {"Gorton", {"M18"}, 53464000, -2169000}, {"Wythenshawe", {"M22", "M23"}, 53388000, -2264000},
          {"Harpurhey", {"M9"}, 53511000, -2212000}}},
        {"local-authority:SLF", "Salford City Council", "Salford", Salford, N, "", 2, 0,
         {{"Eccles", {"M30"}, 53483000, -2334000}, {"Swinton", {"M27"}, 53512000, -2346000},
          {"Walkden", {"M28"}, 53523000, -2399000}, {"Pendleton", {"M6"}, 53489000, -2287000},
          {"Broughton", {"M7"}, 53499000, -2260000}, {"Worsley", {"M28"}, 53501000, -2380000},
          {"Salford Quays", {"M50"}, 53471000, -2294000}}},
        {"local-authority:LDS", "Leeds City Council", "Leeds", Leeds, I, "publicaccess.leeds.gov.uk", 6, 0,
         {{"Headingley", {"LS6"}, 53819000, -1577000}, {"Chapel Allerton", {"LS7"}, 53829000, -1538000},
          {"Roundhay", {"LS8"}, 53833000, -1500000}, {"Armley", {"LS12"}, 53798000, -1588000},
          {"Horsforth", {"LS18"}, 53841000, -1638000}, {"Garforth", {"LS25"}, 53792000, -1389000},
          {"Pudsey", {"LS28"}, 53795000, -1662000}, {"Beeston", {"LS11"}, 53774000, -1562000}}},
        {"local-authority:SHF", "Sheffield City Council", "Sheffield", IdoxA5, I, "planningapps.sheffield.gov.uk", 4,
         0,
         {{"Crookes", {"S10"}, 53388000, -1511000}, {"Nether Edge", {"S7"}, 53361000, -1492000},
          {"Hillsborough", {"S6"}, 53403000, -1502000}, {"Walkley", {"S6"}, 53393000, -1498000},
          {"Ecclesall", {"S11"}, 53360000, -1517000}, {"Dore", {"S17"}, 53327000, -1537000},
          {"Heeley", {"S8"}, 53356000, -1468000}, {"Stocksbridge", {"S36"}, 53480000, -1590000}}},
        {"local-authority:NET", "Newcastle City Council", "Newcastle upon Tyne", Newcastle, I,
         "publicaccessapplications.newcastle.gov.uk", 3, 0,
         {{"Jesmond", {"NE2"}, 54985000, -1604000}, {"Heaton", {"NE6"}, 54977000, -1580000},
          {"Gosforth", {"NE3"}, 55006000, -1620000}, {"Fenham", {"NE4"}, 54980000, -1650000},
          {"Byker", {"NE6"}, 54973000, -1577000}, {"Benwell", {"NE4"}, 54970000, -1663000},
          {"Kenton", {"NE3"}, 55005000, -1647000}}},
        {"local-authority:LIV", "Liverpool City Council", "Liverpool", Liverpool, S,
         "https://lar.liverpool.gov.uk/planning/application/", 4, 0,
         {{"Toxteth", {"L8"}, 53390000, -2964000}, {"Aigburth", {"L17"}, 53368000, -2925000},
          {"Wavertree", {"L15"}, 53399000, -2920000}, {"Allerton", {"L18"}, 53372000, -2900000},
          {"Anfield", {"L4"}, 53433000, -2961000}, {"Woolton", {"L25"}, 53375000, -2868000},
          {"Walton", {"L9"}, 53450000, -2960000}}},
        {"local-authority:NGM", "Nottingham City Council", "Nottingham", IdoxA5, I,
         "publicaccess.nottinghamcity.gov.uk", 3, 0,
         {{"Sherwood", {"NG5"}, 52987000, -1151000}, {"Lenton", {"NG7"}, 52943000, -1177000},
          {"Radford", {"NG7"}, 52960000, -1176000}, {"Mapperley", {"NG3"}, 52980000, -1125000},
          {"Bulwell", {"NG6"}, 53001000, -1198000}, {"Clifton", {"NG11"}, 52905000, -1180000},
          {"The Meadows", {"NG2"}, 52938000, -1151000}}},
        {"local-authority:BIR", "Birmingham City Council", "Birmingham", Birmingham, I,
         "eplanning.birmingham.gov.uk", 7, 0,
         {{"Edgbaston", {"B15"}, 52460000, -1920000}, {"Moseley", {"B13"}, 52446000, -1889000},
          {"Harborne", {"B17"}, 52460000, -1953000}, {"Kings Heath", {"B14"}, 52433000, -1892000},
          {"Erdington", {"B23", "B24"}, 52524000, -1838000}, {"Selly Oak", {"B29"}, 52437000, -1936000},
          {"Handsworth", {"B20", "B21"}, 52505000, -1930000}, {"Sutton Coldfield", {"B72", "B73"}, 52563000, -1823000}}},
        {"local-authority:BST", "Bristol City Council", "Bristol", Letters, I, "pa.bristol.gov.uk", 4, 0,
         {{"Bedminster", {"BS3"}, 51440000, -2603000}, {"Clifton", {"BS8"}, 51459000, -2620000},
          {"Redland", {"BS6"}, 51470000, -2601000}, {"Easton", {"BS5"}, 51462000, -2568000},
          {"Bishopston", {"BS7"}, 51476000, -2588000}, {"Fishponds", {"BS16"}, 51480000, -2526000},
          {"Southville", {"BS3"}, 51446000, -2603000}, {"Henleaze", {"BS9"}, 51488000, -2604000}}},
        {"local-authority:YOR", "City of York Council", "York", IdoxA5, I, "planningaccess.york.gov.uk", 2, 0,
         {{"Heworth", {"YO31"}, 53967000, -1059000}, {"Acomb", {"YO24", "YO26"}, 53955000, -1125000},
          {"Fulford", {"YO10"}, 53938000, -1072000}, {"Clifton", {"YO30"}, 53975000, -1093000},
          {"Haxby", {"YO32"}, 54015000, -1072000}, {"Bishopthorpe", {"YO23"}, 53920000, -1100000},
          {"York", {"YO1"}, 53959000, -1081000}}},
        {"local-authority:OXO", "Oxford City Council", "Oxford", IdoxA5, I, "public.oxford.gov.uk", 2, 0,
         {{"Jericho", {"OX2"}, 51759000, -1267000}, {"Headington", {"OX3"}, 51760000, -1213000},
          {"Cowley", {"OX4"}, 51732000, -1210000}, {"Summertown", {"OX2"}, 51777000, -1264000},
          {"Iffley", {"OX4"}, 51730000, -1234000}, {"Marston", {"OX3"}, 51774000, -1238000},
          {"Oxford", {"OX1"}, 51752000, -1258000}}},
        {"local-authority:CAB", "Cambridge City Council", "Cambridge", IdoxA5, I,
         "applications.greatercambridgeplanning.org", 2, 0,
         {{"Chesterton", {"CB4"}, 52217000, 133000}, {"Romsey", {"CB1"}, 52198000, 147000},
          {"Newnham", {"CB3"}, 52200000, 108000}, {"Cherry Hinton", {"CB1"}, 52187000, 177000},
          {"Trumpington", {"CB2"}, 52177000, 113000}, {"Arbury", {"CB4"}, 52224000, 124000}}},
        {"local-authority:EXE", "Exeter City Council", "Exeter", IdoxA4, I, "publicaccess.exeter.gov.uk", 2, 0,
         {{"Heavitree", {"EX1"}, 50720000, -3505000}, {"St Thomas", {"EX2", "EX4"}, 50715000, -3540000},
          {"Pennsylvania", {"EX4"}, 50738000, -3525000}, {"Alphington", {"EX2"}, 50701000, -3542000},
          {"Topsham", {"EX3"}, 50683000, -3464000}, {"Pinhoe", {"EX1", "EX4"}, 50739000, -3475000}}},
        {"local-authority:NOW", "Norwich City Council", "Norwich", Letters, I, "planning.norwich.gov.uk", 2, 0,
         {{"Thorpe Hamlet", {"NR1"}, 52629000, 1315000}, {"Eaton", {"NR4"}, 52610000, 1260000},
          {"Mile Cross", {"NR3"}, 52650000, 1280000}, {"Lakenham", {"NR1"}, 52614000, 1294000},
          {"Bowthorpe", {"NR5"}, 52638000, 1220000}, {"Norwich", {"NR2"}, 52629000, 1293000}}},
        {"local-authority:PLY", "Plymouth City Council", "Plymouth", IdoxA5, I, "planning.plymouth.gov.uk", 2, 0,
         {{"Mutley", {"PL4"}, 50383000, -4134000}, {"Stoke", {"PL1", "PL3"}, 50380000, -4164000},
          {"Plympton", {"PL7"}, 50388000, -4051000}, {"Plymstock", {"PL9"}, 50360000, -4090000},
          {"Devonport", {"PL1"}, 50372000, -4173000}, {"Peverell", {"PL3"}, 50392000, -4141000}}},
        {"local-authority:BNH", "Brighton and Hove City Council", "", Brighton, I,
         "planningapps.brighton-hove.gov.uk", 3, 0,
         {{"Kemptown", {"BN2"}, 50820000, -120000}, {"Hove", {"BN3"}, 50829000, -172000},
          {"Preston Park", {"BN1"}, 50843000, -149000}, {"Hanover", {"BN2"}, 50829000, -125000},
          {"Rottingdean", {"BN2"}, 50809000, -57000}, {"Portslade", {"BN41"}, 50842000, -217000},
          {"Patcham", {"BN1"}, 50866000, -150000}}},
        {"local-authority:MIK", "Milton Keynes City Council", "Milton Keynes", IdoxA5, I,
         "planningpublicaccess.milton-keynes.gov.uk", 3, 0,
         {{"Bletchley", {"MK2", "MK3"}, 51995000, -736000}, {"Wolverton", {"MK12"}, 52062000, -812000},
          {"Newport Pagnell", {"MK16"}, 52087000, -722000}, {"Stony Stratford", {"MK11"}, 52057000, -853000},
          {"Olney", {"MK46"}, 52153000, -701000}, {"Central Milton Keynes", {"MK9"}, 52041000, -759000},
          {"Shenley", {"MK5"}, 52022000, -790000}}},
        {"local-authority:DAC", "Dacorum Borough Council", "", Dacorum, I, "planning.dacorum.gov.uk", 2, 0,
         {{"Hemel Hempstead", {"HP1", "HP2", "HP3"}, 51753000, -449000}, {"Berkhamsted", {"HP4"}, 51760000, -564000},
          {"Tring", {"HP23"}, 51795000, -660000}, {"Kings Langley", {"WD4"}, 51714000, -456000},
          {"Bovingdon", {"HP3"}, 51723000, -534000}}},
        {"local-authority:WYR", "Wyre Borough Council", "", IdoxA5, N, "", 1, 0,
         {{"Thornton-Cleveleys", {"FY5"}, 53875000, -3022000}, {"Poulton-le-Fylde", {"FY6"}, 53847000, -2990000},
          {"Fleetwood", {"FY7"}, 53925000, -3010000}, {"Garstang", {"PR3"}, 53900000, -2775000},
          {"Knott End-on-Sea", {"FY6"}, 53927000, -2998000}}},
        {"local-authority:MAI", "Maidstone Borough Council", "", Maidstone, I, "pa.midkent.gov.uk", 2, 0,
         {{"Maidstone", {"ME14", "ME15", "ME16"}, 51272000, 522000}, {"Bearsted", {"ME14"}, 51276000, 578000},
          {"Loose", {"ME15"}, 51239000, 515000}, {"Headcorn", {"TN27"}, 51170000, 627000},
          {"Marden", {"TN12"}, 51175000, 495000}, {"Coxheath", {"ME17"}, 51231000, 498000}}},
        {"local-authority:MDW", "Medway Council", "", Mhclg, S, "https://planning.medway.gov.uk/application/", 2, 0,
         {{"Rochester", {"ME1"}, 51388000, 505000}, {"Chatham", {"ME4", "ME5"}, 51379000, 527000},
          {"Gillingham", {"ME7"}, 51387000, 549000}, {"Strood", {"ME2"}, 51395000, 495000},
          {"Rainham", {"ME8"}, 51363000, 609000}, {"Hoo", {"ME3"}, 51420000, 560000}}},
        {"local-authority:CON", "Cornwall Council", "", Cornwall, I, "planning.cornwall.gov.uk", 6, 0,
         {{"Truro", {"TR1"}, 50263000, -5051000}, {"Newquay", {"TR7"}, 50415000, -5073000},
          {"Helston", {"TR13"}, 50101000, -5274000}, {"Penzance", {"TR18"}, 50118000, -5537000},
          {"St Austell", {"PL25"}, 50339000, -4793000}, {"Liskeard", {"PL14"}, 50455000, -4465000},
          {"Redruth", {"TR15"}, 50233000, -5225000}, {"Falmouth", {"TR11"}, 50152000, -5066000}}},
        {"local-authority:WIL", "Wiltshire Council", "", Wiltshire, R,
         "https://development.wiltshire.gov.uk/pr/s/planning-application/", 5, 0,
         {{"Devizes", {"SN10"}, 51350000, -1995000}, {"Melksham", {"SN12"}, 51373000, -2138000},
          {"Chippenham", {"SN14", "SN15"}, 51459000, -2116000}, {"Salisbury", {"SP1", "SP2"}, 51069000, -1794000},
          {"Amesbury", {"SP4"}, 51173000, -1780000}, {"Warminster", {"BA12"}, 51205000, -2179000},
          {"Trowbridge", {"BA14"}, 51319000, -2208000}, {"Marlborough", {"SN8"}, 51420000, -1729000}}},
        {"local-authority:BUC", "Buckinghamshire Council", "", Bucks, I, "publicaccess.buckinghamshire.gov.uk", 5,
         daysFromCivil(2020, 4, 1),
         {{"High Wycombe", {"HP11", "HP13"}, 51629000, -748000, "local-authority:WYO"},
          {"Aylesbury", {"HP19", "HP20", "HP21"}, 51816000, -812000, "local-authority:AYL"},
          {"Amersham", {"HP6", "HP7"}, 51676000, -607000, "local-authority:CHN"},
          {"Chesham", {"HP5"}, 51705000, -611000, "local-authority:CHN"},
          {"Beaconsfield", {"HP9"}, 51607000, -644000, "local-authority:SBU"},
          {"Buckingham", {"MK18"}, 51999000, -987000, "local-authority:AYL"},
          {"Marlow", {"SL7"}, 51571000, -776000, "local-authority:WYO"},
          {"Gerrards Cross", {"SL9"}, 51586000, -555000, "local-authority:SBU"}}},
        {"local-authority:NYUA", "North Yorkshire Council", "", IdoxA5, I, "planning.northyorks.gov.uk", 5,
         daysFromCivil(2023, 4, 1),
         {{"Harrogate", {"HG1", "HG2"}, 53992000, -1541000, "local-authority:HAG"},
          {"Scarborough", {"YO11", "YO12"}, 54283000, -400000, "local-authority:SCE"},
          {"Whitby", {"YO21"}, 54486000, -615000, "local-authority:SCE"},
          {"Northallerton", {"DL6", "DL7"}, 54338000, -1434000, "local-authority:HAE"},
          {"Richmond", {"DL10"}, 54403000, -1737000, "local-authority:RIH"},
          {"Malton", {"YO17"}, 54136000, -797000, "local-authority:RYE"},
          {"Selby", {"YO8"}, 53783000, -1067000, "local-authority:SEL"},
          {"Skipton", {"BD23"}, 53962000, -2017000, "local-authority:CRA"}}},
        {"local-authority:DST", "Dorset Council", "", Dorset, I, "planning.dorsetcouncil.gov.uk", 4,
         daysFromCivil(2019, 4, 1),
         {{"Dorchester", {"DT1"}, 50715000, -2437000, "local-authority:WDO"},
          {"Weymouth", {"DT3", "DT4"}, 50614000, -2457000, "local-authority:WEY"},
          {"Blandford Forum", {"DT11"}, 50856000, -2164000, "local-authority:NDO"},
          {"Swanage", {"BH19"}, 50608000, -1960000, "local-authority:PUR"},
          {"Bridport", {"DT6"}, 50733000, -2758000, "local-authority:WDO"},
          {"Sherborne", {"DT9"}, 50947000, -2516000, "local-authority:WDO"},
          {"Wareham", {"BH20"}, 50687000, -2110000, "local-authority:PUR"}}},
        {"local-authority:DUR", "Durham County Council", "", Durham, I, "publicaccess.durham.gov.uk", 4, 0,
         {{"Durham", {"DH1"}, 54776000, -1575000}, {"Chester-le-Street", {"DH2", "DH3"}, 54857000, -1574000},
          {"Bishop Auckland", {"DL14"}, 54664000, -1677000}, {"Spennymoor", {"DL16"}, 54698000, -1601000},
          {"Barnard Castle", {"DL12"}, 54543000, -1924000}, {"Peterlee", {"SR8"}, 54760000, -1336000},
          {"Consett", {"DH8"}, 54853000, -1830000}, {"Seaham", {"SR7"}, 54839000, -1339000}}},
        {"national-park-authority:Q27159704", "Lake District National Park Authority", "", LakeDistrict, S,
         "https://planningregister.lakedistrict.gov.uk/application/", 1, 0,
         {{"Ambleside", {"LA22"}, 54433000, -2962000}, {"Windermere", {"LA23"}, 54380000, -2907000},
          {"Keswick", {"CA12"}, 54601000, -3135000}, {"Coniston", {"LA21"}, 54369000, -3075000},
          {"Grasmere", {"LA22"}, 54458000, -3024000}, {"Hawkshead", {"LA22"}, 54375000, -2998000}}},
        {"national-park-authority:Q72617988", "Peak District National Park Authority", "", PeakDistrict, S,
         "https://portal.peakdistrict.gov.uk/planning/application/", 1, 0,
         {{"Bakewell", {"DE45"}, 53214000, -1676000, nullptr, "DDD"},
          {"Hathersage", {"S32"}, 53330000, -1653000, nullptr, "DDD"},
          {"Castleton", {"S33"}, 53344000, -1777000, nullptr, "HPK"},
          {"Eyam", {"S32"}, 53284000, -1673000, nullptr, "DDD"},
          {"Hayfield", {"SK22"}, 53379000, -1948000, nullptr, "HPK"},
          {"Longnor", {"SK17"}, 53181000, -1871000, nullptr, "SM"}}},
    };
    return list;
}

const std::vector<Organisation>& organisations()
{
    static const std::vector<Organisation> list = [] {
        std::vector<Organisation> out;
        for (const auto& authority : authorities()) {
            out.push_back({authority.curie, authority.startDays, 0});
            for (const auto& locality : authority.localities) {
                if (!locality.predecessor)
                    continue;
                const std::string_view curie = locality.predecessor;
                bool seen = false;
                for (const auto& o : out)
                    seen = seen || o.curie == curie;
                if (seen)
                    continue;
                // Predecessors end the day before their successor starts (2019-03-31, 2020-03-31 and
                // 2023-03-31 in the planning-authority codelist).
                out.push_back({curie, 0, authority.startDays - 1});
            }
        }
        return out;
    }();
    return list;
}

} // namespace plumbline::planningsample
