#pragma once

#include <cstdint>
#include <string>
#include <string_view>

/// Person-name checks for political data (NAME-01, NAME-02): honorifics embedded in names, ALL-CAPS family
/// names, and a normalisation key plus similarity for near-duplicate detection. Pure and thread-safe.
namespace plumbline::values {

/// A name split into leading titles and the rest; views into the input.
struct HonorificSplit
{
    std::string_view honorific; ///< e.g. "Dr.", "MAJ GEN (rtd)", "Rt Hon Dr"; empty when none
    std::string_view name;      ///< the name without the titles (the whole input, trimmed, when none)
};

/// Strips leading titles, case-insensitively, each optionally followed by '.': Dr, Doctor, Mr, Mrs, Ms,
/// Miss, Mx, Sir, Dame, Lord, Lady, Hon, Honourable, Rt Hon, Right Honourable, The Hon, Eng, Engineer,
/// Prof, Professor, Rev, Revd, Reverend, Fr, Pastor, Bishop, Archbishop, Cllr, Councillor, Capt, Captain,
/// Col, Colonel, Maj, Major, Gen, General, Lt, Brig, Brigadier, Sen, Senator, Amb, Ambassador, H.E., Ratu,
/// and military ranks followed by "(rtd)"/"(retd)" (`MAJ GEN (rtd) Joseph Nkaissery`). Several titles in a
/// row are all stripped ("Hon. Dr. X"). A title is only stripped when at least one name token follows it.
/// No allocation.
HonorificSplit splitHonorific(std::string_view fullName);

/// How a name uses capitals, judged on tokens of two or more letters after splitHonorific; tokens in
/// parentheses and roman numerals (II, III, IV…) are ignored.
enum class NameCase : std::uint8_t {
    Normal,           ///< no token is all upper case (or fewer than two letters overall)
    AllUpper,         ///< every token upper case: `JOSEPH NKAISSERY`
    AllLower,         ///< every token lower case: `joseph nkaissery`
    UpperFamilyFirst, ///< leading upper-case token(s) then mixed: `NKAISSERY Joseph` (family-name-first
                      ///< style)
    UpperFamilyLast,  ///< mixed then trailing upper-case token(s): `Joseph NKAISSERY`
    UpperInner        ///< an upper-case token between mixed ones: `Joseph NKAISSERY Lenku`
};

/// Classifies the capitalisation of `name` (UTF-8; Unicode letters are recognised).
NameCase nameCase(std::string_view name);

/// `name` with every all-upper or all-lower token title-cased (also after '-' and apostrophes:
/// `O'NEILL-SMITH` → `O'Neill-Smith`); token order, spacing and honorifics are kept. Allocates.
std::string titleCaseName(std::string_view name);

/// Normalisation key for near-duplicate detection: honorifics dropped, compatibility-decomposed, accents
/// removed, case-folded, ø/æ/œ/ß/ł/đ/þ transliterated, apostrophes removed, other punctuation and all
/// whitespace collapsed to single spaces, trimmed. `Dr. Hellen  Sambili` and `hellen sambili` share a key.
/// Allocates (QString round trip); compute once per distinct name.
std::string nameKey(std::string_view name);

/// Jaro-Winkler similarity of two UTF-8 strings over code points, 0..1 (prefix scale 0.1, up to 4).
double jaroWinkler(std::string_view a, std::string_view b);

/// How two name keys relate, token by token. Tokens match when equal, when both have 4+ characters and a
/// Jaro-Winkler of at least 0.92 (`mohammed`/`mohamed`), or when one is a single-letter initial of the other.
struct NameSimilarity
{
    int tokensA = 0;
    int tokensB = 0;
    int shared = 0;            ///< matched token pairs
    double tokenJaccard = 0.0; ///< shared / (tokensA + tokensB - shared)
    double jaroWinkler = 0.0;  ///< over the whole keys
    bool subset = false; ///< every token of the shorter name matched (`shakila abdalla` ⊂ `shakila abdalla mohamed`)

    /// Heuristic for a review suggestion, never an automatic merge (UK homonyms share keys): a subset with at
    /// least two shared tokens, a token Jaccard of 0.75 or more, or a whole-key Jaro-Winkler of 0.94 or more.
    bool likelyDuplicate() const { return (subset && shared >= 2) || tokenJaccard >= 0.75 || jaroWinkler >= 0.94; }
};

/// Compares two keys made by nameKey (compare raw names with compareNames(nameKey(a), nameKey(b))).
NameSimilarity compareNames(std::string_view keyA, std::string_view keyB);

} // namespace plumbline::values
