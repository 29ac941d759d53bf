#pragma once

#include "values/verdict.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// Checks for web-shaped values: URLs, e-mail addresses, Twitter handles and Facebook pages. Same
/// contract as identifiers.h: pure, thread-safe, no allocation on a Valid value, surrounding whitespace
/// makes an otherwise correct value NonCanonical.
namespace plumbline::values {

/// The parts of an http(s) URL; views into the checked text.
struct UrlParts
{
    std::string_view scheme; ///< "http" or "https" (as written, any case)
    std::string_view host;   ///< without userinfo and port
    std::string_view rest;   ///< path, query and fragment ("" or starting with '/', '?' or '#')
};

/// Strict structural parse: scheme http/https, "://", a host with at least one dot and no empty label,
/// an optional numeric port, and no whitespace, control character, '<', '>' or '"' anywhere.
/// Host labels are ASCII letters, digits and '-' or UTF-8 bytes (IDN). `out` may be null.
bool parseHttpUrl(std::string_view text, UrlParts* out);

/// URL field check (PA-30). Valid: parseHttpUrl. NonCanonical: an upper-case scheme or host, surrounding
/// spaces. Invalid with a suggestion: whitespace inside the URL (suggestion removes all whitespace, as the
/// platform does) and bare domains (`www.liverpool.gov.uk` → `https://www.liverpool.gov.uk`; only for hosts
/// starting with `www.` or ending in a common top-level domain). Invalid without: `P7`, prose, other schemes.
Verdict checkUrl(std::string_view text, std::string* suggestion = nullptr);

/// A key under which two URLs that point to the same page compare equal: scheme dropped, host lower-cased
/// without `www.`, default port, trailing '/' and fragment removed (571 UK persons have the same link
/// under http and https). Allocates; for set checks over distinct values.
std::string urlIdentityKey(std::string_view url);

/// One address by a pragmatic rule: local part of atext characters and single dots (1..64), '@', a domain
/// of two or more labels (letters, digits, inner '-'), an alphabetic top-level label of 2+ letters.
bool isEmailAddress(std::string_view text);

/// E-mail field check (VOC-02). Valid: isEmailAddress. NonCanonical: a `mailto:` prefix, surrounding
/// spaces (DC 2015 `info@chrisyork.co.uk  `). Invalid: several addresses in one value (Kenya
/// `a@yahoo.commailto:b@parliament.go.ke`, or `;`/`,`/space separated) with the addresses joined by ';' as
/// the suggestion (a rule may offer to split them, see splitEmailList); anything else without one.
Verdict checkEmail(std::string_view text, std::string* suggestion = nullptr);

/// The candidate addresses in a value, split on `mailto:` (any case), ';', ',' and whitespace; empty
/// pieces dropped. Pieces are views into `text` and are not validated.
std::vector<std::string_view> splitEmailList(std::string_view text);

/// How a column stores a social-media account.
enum class HandleForm : std::uint8_t {
    Bare, ///< `AdamAfriyie` (EveryPolitician CSV `twitter`, the documented form)
    At,   ///< `@AdamAfriyie`
    Url   ///< `https://twitter.com/AdamAfriyie` (EP Popolo contact details)
};

/// The handle in a bare handle, `@handle`, or a twitter.com / x.com URL (any scheme, `www.`/`mobile.`,
/// `#!/`, query or trailing path). A handle is 1..15 of [A-Za-z0-9_] and not a reserved path such as
/// `intent`, `share`, `home` or `search`. Returns false when none is found; `handle` views into `text`.
bool extractTwitterHandle(std::string_view text, std::string_view* handle);

/// Twitter field check (VOC-03): Valid when written in `form`; NonCanonical with the handle rewritten in
/// `form` (`https://twitter.com/#!/AdamAfriyie` → `AdamAfriyie`); Invalid when no handle is found.
Verdict checkTwitter(std::string_view text, HandleForm form, std::string* suggestion = nullptr);

/// The page path of a Facebook URL or a bare page name: `holloway.adam`, `profile.php?id=123`, or the
/// numeric id for `pages/Alan-Duncan/150454050066`. Accepts any scheme, facebook.com and its subdomains
/// (www, m, en-gb, …) and fb.com; drops query strings (except profile.php's id), fragments and a trailing
/// '/'. `pg/<Name>/about` gives `<Name>`. Returns false for other hosts and for paths that are not a page
/// or profile (`events/…`, `groups/…`, `photo.php`, `sharer.php`, `watch`, `login` …).
/// Allocates only when the result must be rebuilt (profile.php).
bool extractFacebookPage(std::string_view text, std::string* page);

/// Facebook field check (VOC-03): Valid when written in `form` (Bare = page name as EP documents it; Url =
/// `https://www.facebook.com/<page>`); NonCanonical with the page rewritten in `form`; Invalid otherwise.
/// At is treated as Bare.
Verdict checkFacebook(std::string_view text, HandleForm form, std::string* suggestion = nullptr);

} // namespace plumbline::values
