#pragma once

#include <string>
#include <string_view>

namespace plumbline::cluster {

/// Lawrence Philips' original Metaphone (1990) of one word, with the rules as Apache Commons Codec orders them
/// (an initial "ch" before a consonant is K, as Philips has it) and without a length limit: "knight" → "NT", "Thomas" →
/// "TMS", "Philips" → "FLPS". word should be ASCII (fold accents first); anything that is not an ASCII letter is
/// dropped before encoding ("O'Neill" is encoded as ONEILL: "ONL"). The code uses B F H J K L M N P R S T W X Y and '0'
/// for "th"; a vowel only as the first letter. Empty when word has no letter.
std::string metaphone(std::string_view word);

} // namespace plumbline::cluster
