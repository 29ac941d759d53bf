#pragma once

#include <cstdint>

namespace plumbline {

/// A small, fast PRNG whose output is fixed by its seed on every platform and standard library: xoshiro256**
/// seeded through splitmix64, with our own range helpers. std::uniform_int_distribution and friends are not
/// used on purpose — their output differs between libstdc++, libc++ and MSVC, and the sample generator
/// promises identical bytes for a seed on any machine. No floating point is involved either.
class SampleRandom final
{
public:
    explicit SampleRandom(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (auto& word : m_state)
            word = splitmix64(s);
    }

    /// splitmix64 step: advances state and returns the next value. Also useful to derive sub-seeds.
    static std::uint64_t splitmix64(std::uint64_t& state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n) for 0 < n < 2^32 (multiply-shift on the top 32 bits; bias below n / 2^32).
    std::uint32_t below(std::uint32_t n) { return std::uint32_t(((next() >> 32) * std::uint64_t(n)) >> 32); }

    /// Uniform in [lo, hi] (inclusive); requires lo <= hi and hi - lo < 2^32 - 1.
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(std::uint32_t(hi - lo + 1)); }

    /// True with probability perMillion / 1,000,000.
    bool chance(std::uint32_t perMillion) { return below(1000000) < perMillion; }

    /// Index into a table of integer weights (sum > 0), e.g. {34, 20, 8} picks 0 with probability 34/62.
    template <class Weights>
    std::size_t weighted(const Weights& weights, std::uint32_t total)
    {
        std::uint32_t r = below(total);
        std::size_t i = 0;
        for (const auto w : weights) {
            if (r < std::uint32_t(w))
                return i;
            r -= std::uint32_t(w);
            ++i;
        }
        return i - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};

} // namespace plumbline
