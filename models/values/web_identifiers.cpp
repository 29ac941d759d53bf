#include "values/web_identifiers.h"

#include "values/ascii_scan.h"

#include <algorithm>

namespace plumbline::values {

using namespace ascii;

namespace {

Verdict suggest(std::string* suggestion, std::string_view value, Verdict verdict = Verdict::NonCanonical)
{
    if (suggestion)
        suggestion->assign(value);
    return verdict;
}

bool forbiddenInUrl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F || c == '<' || c == '>' || c == '"';
}

bool validHost(std::string_view host)
{
    if (host.empty() || host.front() == '.' || host.back() == '.')
        return false;
    int labels = 1;
    char previous = '.';
    for (char c : host) {
        if (c == '.') {
            if (previous == '.')
                return false;
            ++labels;
        } else if (!isAlnum(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) {
            return false;
        }
        previous = c;
    }
    return labels >= 2;
}

bool hasUpper(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), isUpper);
}

/// Host and rest of a scheme-less "host[/path]" value, for the bare-domain suggestion.
bool looksLikeBareDomain(std::string_view s)
{
    if (s.find("://") != std::string_view::npos || std::any_of(s.begin(), s.end(), forbiddenInUrl))
        return false;
    const std::string_view host = s.substr(0, s.find_first_of("/?#"));
    if (!validHost(host))
        return false;
    if (istartsWith(host, "www."))
        return true;
    const std::string_view tld = host.substr(host.rfind('.') + 1);
    for (std::string_view common : {"uk", "com", "org", "net", "gov", "info", "eu", "io", "ke"})
        if (iequals(tld, common))
            return true;
    return false;
}

bool isAtext(char c)
{
    return isAlnum(c) || std::string_view("!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
}

bool isHandleChar(char c)
{
    return isAlnum(c) || c == '_';
}

bool isTwitterHandle(std::string_view h)
{
    if (h.empty() || h.size() > 15 || !std::all_of(h.begin(), h.end(), isHandleChar))
        return false;
    for (std::string_view reserved : {"intent", "share", "home", "search", "hashtag", "i", "settings", "login",
                                      "signup", "explore", "notifications", "messages"})
        if (iequals(h, reserved))
            return false;
    return true;
}

/// Removes an optional "http(s)://" and a host from `hosts` (with www./m./mobile., or any single-label
/// subdomain when anySubdomain) from `s`, leaving the path. False when the host is not one of them.
bool stripHost(std::string_view& s, std::initializer_list<std::string_view> hosts, bool anySubdomain)
{
    std::string_view t = s;
    for (std::string_view scheme : {"https://", "http://"})
        if (istartsWith(t, scheme)) {
            t.remove_prefix(scheme.size());
            break;
        }
    const std::size_t slash = t.find_first_of("/?#");
    const std::string_view host = t.substr(0, slash);
    for (std::string_view h : hosts) {
        bool match = iequals(host, h);
        if (!match && host.size() > h.size() + 1 && host[host.size() - h.size() - 1] == '.' &&
            iequals(host.substr(host.size() - h.size()), h)) {
            const std::string_view sub = host.substr(0, host.size() - h.size() - 1);
            match = anySubdomain ? sub.find('.') == std::string_view::npos
                                 : (iequals(sub, "www") || iequals(sub, "m") || iequals(sub, "mobile"));
        }
        if (match) {
            s = slash == std::string_view::npos ? std::string_view() : t.substr(slash);
            return true;
        }
    }
    return false;
}

bool isFacebookNameChar(char c)
{
    return isAlnum(c) || c == '.' || c == '-' || c == '_';
}

bool isFacebookName(std::string_view n)
{
    return !n.empty() && std::all_of(n.begin(), n.end(), isFacebookNameChar) && n.front() != '.';
}

/// A Facebook page as views: `url` is the canonical path after "https://www.facebook.com/" (for
/// profile.php the part before "?id="), `bare` the page name for the Bare form, `id` the profile id.
struct FacebookPage
{
    std::string_view url;
    std::string_view bare;
    std::string_view id; ///< only for profile.php?id=
};

bool parseFacebook(std::string_view text, FacebookPage* page)
{
    std::string_view s = text;
    const bool bareName = isFacebookName(s) && !istartsWith(s, "www.") && s.find(".com") == std::string_view::npos;
    if (bareName) {
        *page = FacebookPage{s, s, {}};
        return true;
    }
    if (s.find('/') == std::string_view::npos || !stripHost(s, {"facebook.com", "fb.com"}, true) || s.empty())
        return false;
    if (s.front() == '/')
        s.remove_prefix(1);
    if (s.starts_with("#!/"))
        s.remove_prefix(3);
    const std::size_t queryAt = s.find_first_of("?#");
    const std::string_view query = queryAt == std::string_view::npos ? std::string_view() : s.substr(queryAt);
    std::string_view path = s.substr(0, queryAt);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    if (path.empty())
        return false;
    if (path == "profile.php") {
        const std::size_t idAt = query.find("id=");
        if (idAt == std::string_view::npos)
            return false;
        std::string_view id = query.substr(idAt + 3);
        id = id.substr(0, id.find_first_of("&#"));
        if (!allDigits(id))
            return false;
        *page = FacebookPage{path, id, id};
        return true;
    }
    const std::size_t firstSlash = path.find('/');
    const std::string_view first = path.substr(0, firstSlash);
    // Paths that name something other than a page or profile: an event, a group, a photo, a share dialog.
    // They are not a candidate's page, so no page name is made of their first segment ("events").
    for (std::string_view reserved :
         {"sharer",      "sharer.php",    "share",    "share.php", "login",    "login.php", "dialog",   "plugins",
          "events",      "groups",        "photo",    "photo.php", "photos",   "media",     "watch",    "video.php",
          "story.php",   "permalink.php", "hashtag",  "search",    "home.php", "l.php",     "messages", "notes",
          "marketplace", "help",          "policies", "privacy",   "settings", "friends",   "gaming"})
        if (iequals(first, reserved))
            return false;
    if (first == "pg" && firstSlash != std::string_view::npos) {
        // pg/<Name>/about: the old page-tab path; the page is its second segment.
        const std::string_view rest = path.substr(firstSlash + 1);
        const std::string_view name = rest.substr(0, rest.find('/'));
        *page = FacebookPage{name, name, {}};
        return isFacebookName(name);
    }
    if (first == "pages" || first == "people") {
        // pages/<Name>/<id>: the id identifies the page; keep the readable path in the URL form.
        const std::size_t last = path.rfind('/');
        if (last == firstSlash)
            return false;
        *page = FacebookPage{path, path.substr(last + 1), {}};
        return isFacebookName(page->bare);
    }
    if (!isFacebookName(first))
        return false;
    *page = FacebookPage{first, first, {}};
    return true;
}

/// True when `text` is exactly the concatenation of `pieces` (compared without building it).
bool consists(std::string_view text, std::initializer_list<std::string_view> pieces)
{
    for (std::string_view piece : pieces) {
        if (!text.starts_with(piece))
            return false;
        text.remove_prefix(piece.size());
    }
    return text.empty();
}

constexpr std::string_view kFacebookPrefix = "https://www.facebook.com/";
constexpr std::string_view kTwitterPrefix = "https://twitter.com/";

} // namespace

bool parseHttpUrl(std::string_view text, UrlParts* out)
{
    std::size_t schemeEnd = 0;
    if (istartsWith(text, "https://"))
        schemeEnd = 5;
    else if (istartsWith(text, "http://"))
        schemeEnd = 4;
    else
        return false;
    if (std::any_of(text.begin(), text.end(), forbiddenInUrl))
        return false;
    const std::string_view afterScheme = text.substr(schemeEnd + 3);
    const std::size_t end = afterScheme.find_first_of("/?#");
    std::string_view authority = afterScheme.substr(0, end);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    std::string_view host = authority;
    if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
        const std::string_view port = authority.substr(colon + 1);
        if (port.empty() || port.size() > 5 || !allDigits(port))
            return false;
        host = authority.substr(0, colon);
    }
    if (!validHost(host))
        return false;
    if (out)
        *out = UrlParts{text.substr(0, schemeEnd), host,
                        end == std::string_view::npos ? std::string_view() : afterScheme.substr(end)};
    return true;
}

Verdict checkUrl(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    UrlParts parts;
    if (parseHttpUrl(s, &parts)) {
        if (!hasUpper(parts.scheme) && !hasUpper(parts.host))
            return s.size() == text.size() ? Verdict::Valid : suggest(suggestion, s);
        std::string lowered(s);
        const auto hostAt = std::size_t(parts.host.data() - s.data());
        std::transform(lowered.begin(), lowered.begin() + std::ptrdiff_t(parts.scheme.size()), lowered.begin(),
                       toLower);
        std::transform(lowered.begin() + std::ptrdiff_t(hostAt),
                       lowered.begin() + std::ptrdiff_t(hostAt + parts.host.size()),
                       lowered.begin() + std::ptrdiff_t(hostAt), toLower);
        return suggest(suggestion, lowered);
    }
    if (std::any_of(s.begin(), s.end(), isSpace)) {
        std::string joined;
        std::copy_if(s.begin(), s.end(), std::back_inserter(joined), [](char c) { return !isSpace(c); });
        if (parseHttpUrl(joined, nullptr))
            return suggest(suggestion, joined, Verdict::Invalid);
        return Verdict::Invalid;
    }
    if (looksLikeBareDomain(s))
        return suggest(suggestion, std::string("https://").append(s), Verdict::Invalid);
    return Verdict::Invalid;
}

std::string urlIdentityKey(std::string_view url)
{
    const std::string_view s = trim(url);
    UrlParts parts;
    if (!parseHttpUrl(s, &parts))
        return std::string(s);
    std::string key;
    std::string_view host = parts.host;
    if (istartsWith(host, "www."))
        host.remove_prefix(4);
    std::transform(host.begin(), host.end(), std::back_inserter(key), toLower);
    // a non-default port is part of the page's identity
    const std::size_t hostEnd = std::size_t(parts.host.data() - s.data()) + parts.host.size();
    const std::size_t restStart = s.size() - parts.rest.size();
    const std::string_view afterHost = s.substr(hostEnd, restStart - hostEnd);
    if (afterHost != ":80" && afterHost != ":443")
        key += afterHost;
    std::string_view rest = parts.rest.substr(0, parts.rest.find('#'));
    while (!rest.empty() && rest.back() == '/')
        rest.remove_suffix(1);
    key += rest;
    return key;
}

bool isEmailAddress(std::string_view s)
{
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos || s.size() > 254)
        return false;
    const std::string_view local = s.substr(0, at);
    const std::string_view domain = s.substr(at + 1);
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
        local.find("..") != std::string_view::npos)
        return false;
    for (char c : local)
        if (!isAtext(c) && c != '.')
            return false;
    std::size_t labels = 0;
    std::string_view tld;
    for (std::size_t start = 0; start <= domain.size();) {
        const std::size_t dot = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label)
            if (!isAlnum(c) && c != '-')
                return false;
        ++labels;
        tld = label;
        start = dot + 1;
    }
    return labels >= 2 && tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), isAlpha);
}

std::vector<std::string_view> splitEmailList(std::string_view text)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start)
            pieces.push_back(text.substr(start, end - start));
    };
    for (std::size_t i = 0; i < text.size();) {
        if (istartsWith(text.substr(i), "mailto:")) {
            flush(i);
            i += 7;
            start = i;
        } else if (text[i] == ';' || text[i] == ',' || isSpace(text[i])) {
            flush(i);
            start = ++i;
        } else {
            ++i;
        }
    }
    flush(text.size());
    return pieces;
}

Verdict checkEmail(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (isEmailAddress(s))
        return s.size() == text.size() ? Verdict::Valid : suggest(suggestion, s);
    if (istartsWith(s, "mailto:") && isEmailAddress(s.substr(7)))
        return suggest(suggestion, s.substr(7));
    const std::vector<std::string_view> pieces = splitEmailList(s);
    if (pieces.size() < 2 || !std::all_of(pieces.begin(), pieces.end(), isEmailAddress))
        return Verdict::Invalid;
    std::string joined;
    for (std::string_view p : pieces) {
        if (!joined.empty())
            joined += ';';
        joined += p;
    }
    return suggest(suggestion, joined, Verdict::Invalid);
}

bool extractTwitterHandle(std::string_view text, std::string_view* handle)
{
    std::string_view s = trim(text);
    if (!s.empty() && s.front() == '@')
        s.remove_prefix(1);
    else if (!isTwitterHandle(s)) {
        if (!stripHost(s, {"twitter.com", "x.com"}, false) || s.empty())
            return false;
        s.remove_prefix(1); // the '/' (or '?', '#') after the host
        if (s.starts_with("#!/"))
            s.remove_prefix(3); // https://twitter.com/#!/handle
        s = s.substr(0, s.find_first_of("/?#"));
    }
    if (!isTwitterHandle(s))
        return false;
    if (handle)
        *handle = s;
    return true;
}

Verdict checkTwitter(std::string_view text, HandleForm form, std::string* suggestion)
{
    std::string_view handle;
    if (!extractTwitterHandle(text, &handle))
        return Verdict::Invalid;
    const std::string_view prefix = form == HandleForm::Bare ? std::string_view()
                                    : form == HandleForm::At ? std::string_view("@")
                                                             : kTwitterPrefix;
    if (consists(text, {prefix, handle}))
        return Verdict::Valid;
    return suggest(suggestion, std::string(prefix).append(handle));
}

bool extractFacebookPage(std::string_view text, std::string* page)
{
    FacebookPage p;
    if (!parseFacebook(trim(text), &p))
        return false;
    if (page)
        page->assign(p.bare);
    return true;
}

Verdict checkFacebook(std::string_view text, HandleForm form, std::string* suggestion)
{
    FacebookPage p;
    if (!parseFacebook(trim(text), &p))
        return Verdict::Invalid;
    if (form != HandleForm::Url)
        return text == p.bare ? Verdict::Valid : suggest(suggestion, p.bare);
    const std::string_view query = p.id.empty() ? std::string_view() : std::string_view("?id=");
    if (consists(text, {kFacebookPrefix, p.url, query, p.id}))
        return Verdict::Valid;
    std::string canonical(kFacebookPrefix);
    canonical.append(p.url).append(query).append(p.id);
    return suggest(suggestion, canonical);
}

} // namespace plumbline::values
