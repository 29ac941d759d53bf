#include "io/json/wkt.h"

#include "io/json/json_text.h"

#include <array>
#include <cstring>

namespace plumbline {

namespace {

struct TypeInfo
{
    std::string_view geojson;
    std::string_view wkt;
    int level;       // array levels above a position in `coordinates`
    bool multiPoint; // positions of a MultiPoint are parenthesised in WKT
};

constexpr std::array<TypeInfo, 6> kTypes{{
    {"Point", "POINT", 0, false},
    {"LineString", "LINESTRING", 1, false},
    {"Polygon", "POLYGON", 2, false},
    {"MultiPoint", "MULTIPOINT", 1, true},
    {"MultiLineString", "MULTILINESTRING", 2, false},
    {"MultiPolygon", "MULTIPOLYGON", 3, false},
}};

// ---- GeoJSON coordinates → WKT -------------------------------------------------------------------------

class TokenReader
{
public:
    TokenReader(const std::vector<CoordToken>& tokens, bool multiPoint) : m_t(tokens), m_multiPoint(multiPoint) {}

    bool list(int level, std::string& out)
    {
        if (!take(CoordToken::Open))
            return false;
        if (level == 0)
            return position(out);
        out.push_back('(');
        bool first = true;
        while (m_i < m_t.size() && m_t[m_i].kind != CoordToken::Close) {
            if (!first)
                out.append(", ");
            first = false;
            const bool wrap = m_multiPoint && level == 1;
            if (wrap)
                out.push_back('(');
            if (!list(level - 1, out))
                return false;
            if (wrap)
                out.push_back(')');
        }
        out.push_back(')');
        return !first && take(CoordToken::Close); // an empty nested list has no WKT form
    }
    bool atEnd() const { return m_i == m_t.size(); }
    int dims() const { return m_dims; }

private:
    bool take(CoordToken::Kind kind)
    {
        if (m_i >= m_t.size() || m_t[m_i].kind != kind)
            return false;
        ++m_i;
        return true;
    }
    bool position(std::string& out)
    {
        int n = 0;
        while (m_i < m_t.size() && m_t[m_i].kind == CoordToken::Number) {
            if (n++)
                out.push_back(' ');
            out.append(m_t[m_i++].text);
        }
        if (n < 2 || n > 4 || (m_dims && n != m_dims))
            return false;
        m_dims = n;
        return take(CoordToken::Close);
    }

    const std::vector<CoordToken>& m_t;
    bool m_multiPoint;
    std::size_t m_i = 0;
    int m_dims = 0;
};

std::string_view dimsTag(int dims)
{
    return dims == 3 ? " Z" : dims == 4 ? " ZM" : "";
}

// ---- WKT → GeoJSON -------------------------------------------------------------------------------------

class WktParser
{
public:
    explicit WktParser(std::string_view s) : m_s(s) {}

    bool parse(std::string& out)
    {
        skipWs();
        if (m_s.substr(m_i, 5) == "SRID=" || m_s.substr(m_i, 5) == "srid=") {
            const auto semi = m_s.find(';', m_i);
            if (semi == std::string_view::npos)
                return false;
            m_i = semi + 1;
        }
        if (!geometry(out, 0))
            return false;
        skipWs();
        return m_i == m_s.size();
    }

private:
    void skipWs()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    std::string word()
    {
        skipWs();
        std::string w;
        while (m_i < m_s.size() && ((m_s[m_i] >= 'A' && m_s[m_i] <= 'Z') || (m_s[m_i] >= 'a' && m_s[m_i] <= 'z')))
            w.push_back(char(m_s[m_i++] & ~0x20)); // ASCII upper case
        return w;
    }
    bool peek(char c)
    {
        skipWs();
        return m_i < m_s.size() && m_s[m_i] == c;
    }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_i;
        return true;
    }
    /// Reads a dimension tag and/or EMPTY after the type keyword. Returns false on an unsupported tag.
    bool tagAndEmpty(bool& empty)
    {
        const std::size_t save = m_i;
        std::string w = word();
        if (w == "Z")
            m_dims = 3;
        else if (w == "ZM")
            m_dims = 4;
        else if (w == "M")
            return false; // GeoJSON has no measure-only positions
        else if (!w.empty() && w != "EMPTY")
            return false;
        if (w == "EMPTY") {
            empty = true;
            return true;
        }
        if (w.empty())
            m_i = save;
        const std::size_t save2 = m_i;
        if (word() == "EMPTY") {
            empty = true;
            return true;
        }
        m_i = save2;
        empty = false;
        return true;
    }

    bool geometry(std::string& out, int depth)
    {
        if (depth > 64)
            return false;
        const std::string keyword = word();
        const int savedDims = m_dims;
        m_dims = 0;
        bool empty = false;
        if (!tagAndEmpty(empty))
            return false;
        bool ok = false;
        if (keyword == "GEOMETRYCOLLECTION") {
            out.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
            if (!empty) {
                if (!take('('))
                    return false;
                bool first = true;
                do {
                    if (!first)
                        out.push_back(',');
                    first = false;
                    if (!geometry(out, depth + 1))
                        return false;
                } while (take(','));
                if (!take(')'))
                    return false;
            }
            out.append("]}");
            ok = true;
        } else {
            for (const auto& t : kTypes) {
                if (keyword != t.wkt)
                    continue;
                out.append("{\"type\":\"");
                out.append(t.geojson);
                out.append("\",\"coordinates\":");
                ok = empty ? (out.append("[]"), true) : list(t.level, t.multiPoint, out);
                out.push_back('}');
                break;
            }
        }
        m_dims = savedDims;
        return ok;
    }

    /// A parenthesised list `level` array levels above positions; level 0 is a Point's `(x y)`.
    bool list(int level, bool multiPoint, std::string& out)
    {
        if (!take('('))
            return false;
        if (level == 0)
            return position(out) && take(')');
        out.push_back('[');
        bool first = true;
        do {
            if (!first)
                out.push_back(',');
            first = false;
            if (level > 1) {
                if (!list(level - 1, false, out))
                    return false;
            } else if (multiPoint && peek('(')) { // MULTIPOINT ((1 2), (3 4))
                ++m_i;
                if (!position(out) || !take(')'))
                    return false;
            } else if (!position(out)) {
                return false;
            }
        } while (take(','));
        out.push_back(']');
        return take(')');
    }

    bool position(std::string& out)
    {
        out.push_back('[');
        int n = 0;
        while (true) {
            skipWs();
            const std::size_t start = m_i;
            while (m_i < m_s.size() && std::strchr("0123456789+-.eE", m_s[m_i]) && m_s[m_i] != '\0')
                ++m_i;
            if (m_i == start)
                break;
            if (n++)
                out.push_back(',');
            if (!number(m_s.substr(start, m_i - start), out))
                return false;
        }
        out.push_back(']');
        if (n < 2 || n > 4 || (m_dims && n != m_dims))
            return false;
        m_dims = n; // untagged WKT: the first position fixes the dimension
        return true;
    }

    static bool number(std::string_view text, std::string& out) { return appendAsJsonNumber(text, out); }

    std::string_view m_s;
    std::size_t m_i = 0;
    int m_dims = 0;
};

} // namespace

bool coordinatesToWkt(std::string_view type, const std::vector<CoordToken>& tokens, std::string& wkt)
{
    for (const auto& t : kTypes) {
        if (type != t.geojson)
            continue;
        if (tokens.size() == 2 && tokens[0].kind == CoordToken::Open && tokens[1].kind == CoordToken::Close) {
            wkt.append(t.wkt);
            wkt.append(" EMPTY");
            return true;
        }
        std::string body;
        TokenReader reader(tokens, t.multiPoint);
        if (!reader.list(t.level, body) || !reader.atEnd())
            return false;
        wkt.append(t.wkt);
        wkt.append(dimsTag(reader.dims()));
        wkt.push_back(' ');
        if (t.level == 0)
            wkt.push_back('(');
        wkt.append(body);
        if (t.level == 0)
            wkt.push_back(')');
        return true;
    }
    return false;
}

std::string geometryCollectionWkt(const std::vector<std::string>& members)
{
    if (members.empty())
        return "GEOMETRYCOLLECTION EMPTY";
    std::string wkt = "GEOMETRYCOLLECTION (";
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i)
            wkt.append(", ");
        wkt.append(members[i]);
    }
    wkt.push_back(')');
    return wkt;
}

bool wktToGeoJson(std::string_view wkt, std::string& out)
{
    std::string geojson;
    if (!WktParser(wkt).parse(geojson))
        return false;
    out.append(geojson);
    return true;
}

} // namespace plumbline
