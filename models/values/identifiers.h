#pragma once

#include "values/verdict.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

/// Validators for numbers, flags and UK/Wikidata identifiers. Each `check*` returns a Verdict and, when
/// asked, a canonical or repaired suggestion (see verdict.h). All functions are pure and thread-safe;
/// on a Valid value none of them allocates. Surrounding whitespace always makes a value NonCanonical
/// (suggestion: trimmed) when the trimmed value is otherwise correct.
namespace plumbline::values {

// ---- numbers ------------------------------------------------------------------------------------------

/// Strict integer: optional '-' or '+', then 1..18 digits (fits int64 without overflow checks).
/// `out` may be null.
bool parseInteger(std::string_view text, std::int64_t* out);

/// Integer as the planning platform accepts it. Valid: [-]digits. NonCanonical (suggestion = plain digits):
/// a leading '+', thousands separators in groups of three (`1,234`), a leading `£`, a trailing `.0`
/// (`44003382.0`), surrounding spaces. Invalid: anything else, including exponents and `1,5`.
Verdict checkInteger(std::string_view text, std::string* suggestion = nullptr);

/// Strict xs:decimal: [-+]?(digits[.digits*]|.digits); no exponent, no inf/nan. Value via fast_float.
bool parseDecimal(std::string_view text, double* out);

/// Decimal as the platform accepts it. Valid: strict xs:decimal without a leading '+'. NonCanonical
/// (suggestion = plain decimal): '+', grouped thousands, a leading `£`, surrounding spaces, and exponent
/// notation such as `6.0997E+5` (PA-24; suggestion `609970`). Invalid: anything else.
Verdict checkDecimal(std::string_view text, std::string* suggestion = nullptr);

// ---- flags ------------------------------------------------------------------------------------------

/// Which spelling a column uses for booleans; the check suggests this spelling.
enum class BoolStyle : std::uint8_t {
    YesNo,          ///< planning.data.gov.uk `flag`: yes / no
    TrueFalse,      ///< true / false
    TrueFalseTitle, ///< True / False (Democracy Club `elected`)
    OneZero         ///< 1 / 0
};

/// Case-insensitive true/false/yes/no/y/n/1/0; false when `text` is none of them. `out` may be null.
bool parseBoolean(std::string_view text, bool* out);

/// Valid when `text` is exactly the style's spelling; NonCanonical for any other recognised token
/// (`Y`, `TRUE`, ` no`), suggestion = the style's spelling; Invalid otherwise (`Developable`, `maybe`).
Verdict checkBoolean(std::string_view text, BoolStyle style, std::string* suggestion = nullptr);

// ---- CURIE ------------------------------------------------------------------------------------------

/// The two halves of `prefix:reference`; views into the checked text.
struct Curie
{
    std::string_view prefix;
    std::string_view reference;
};

/// The platform's CURIE rule `^[a-z0-9-]+:[^\s:][^\s]*$`, except that URI schemes (http, https, ftp,
/// mailto, urn, file) are not CURIE prefixes. `out` may be null.
bool splitCurie(std::string_view text, Curie* out);

/// Valid per splitCurie. NonCanonical: an upper-case prefix (`Local-Authority:BIR`) or surrounding
/// spaces; suggestion lowercases the prefix only. Invalid: URLs, names (`Wigan Council`), empty parts.
Verdict checkCurie(std::string_view text, std::string* suggestion = nullptr);

// ---- UPRN / USRN ----------------------------------------------------------------------------------

/// UPRN: 1..12 digits, no leading zero (UPRNs are positive integers). NonCanonical (suggestion = the
/// digits): a `UPRN`/`UPRN:` label, spaces inside (`10023 4567`), a trailing `.0`, leading zeros.
/// Invalid: exponent form (`1.00023E+11` has lost digits, no suggestion), zero, too long, other text.
Verdict checkUprn(std::string_view text, std::string* suggestion = nullptr);

/// USRN: the same rules with 1..8 digits and a `USRN` label.
Verdict checkUsrn(std::string_view text, std::string* suggestion = nullptr);

// ---- UK postcode ----------------------------------------------------------------------------------

/// UK postcode by the GOV.UK bulk-data rule (PA-29), plus `GIR 0AA` and BFPO numbers (`BFPO 123`).
/// Canonical form: upper case, one space before the 3-character inward code. NonCanonical: lower case,
/// missing or repeated spaces, a trailing `.` or `,` (`sw81ah` → `SW8 1AH`). Invalid: not a postcode
/// shape. Overseas-territory codes (e.g. `ASCN 1ZZ`) are not accepted.
Verdict checkPostcode(std::string_view text, std::string* suggestion = nullptr);

// ---- ONS / GSS codes ------------------------------------------------------------------------------

/// What a GSS entity code ("E06") denotes, e.g. "unitary authority"; empty when not in the built-in table.
/// The table holds the common statistical and administrative entities of E, W, S, N and K codes.
std::string_view gssEntityName(std::string_view code);

/// GSS code: letter + 2-digit entity + 6 digits (`E06000047`). The entity must be in `allowedEntities`
/// (three-character codes such as "E06"; PA-10 uses E06–E09, E10, E60) or, when that is empty, in the
/// built-in table (gssEntityName). NonCanonical (suggestion = the code): lower case, or the code embedded
/// in a label or URI (`Maidstone E07000110`, `.../ua/E06000007`). Invalid: wrong shape or entity; for a
/// letter + 7 digits (`E7000110`) the likely code with a restored '0' is suggested when its entity is
/// allowed.
Verdict checkGssCode(std::string_view text, std::string* suggestion = nullptr,
                     std::span<const std::string_view> allowedEntities = {});

// ---- Wikidata -------------------------------------------------------------------------------------

/// Wikidata item id by `^Q[1-9][0-9]*$` (commons-integrity). NonCanonical: a lower-case `q`, a Wikidata
/// entity/wiki URL (`http://www.wikidata.org/entity/Q42`) or `wd:Q42`; suggestion = the QID.
/// Invalid: property ids (`P39`), leading zeros, `2Q0067765`.
Verdict checkWikidataId(std::string_view text, std::string* suggestion = nullptr);

} // namespace plumbline::values
