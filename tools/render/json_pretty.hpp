// The pretty printer for Boost.JSON values (SARIF), byte-compatible with json_writer.
#pragma once

#include <boost/json/value.hpp>
#include <ostream>
#include <string>

namespace fc::render {

/// Two-space indentation, keys in insertion order, arrays of strings on one line.
void pretty(const boost::json::value& v, std::ostream& out, int indent);
/// Shortest round-trip text of a finite double, always with a '.', 'e' or 'n'.
std::string number_text(double d);

}  // namespace fc::render
