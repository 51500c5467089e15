#pragma once
/// `labeltool lint` of groups files (groups/1): the norm sets a file names must resolve, and
/// every group it merges must be an interview group of theirs. Kept beside lint.cpp so that
/// the rules of this kind stay in one place.
#include <vector>

#include "input/catalog.hpp"
#include "input/input.hpp"

namespace labeltool::input {

/// Appends to each groups file among `inputs` what is wrong with it against its norm sets;
/// returns how many groups files there were. A file that names no norm sets is checked only
/// for what needs none (read::read_groups).
std::size_t lint_groups(std::vector<Input>& inputs, Catalog& catalog);

}  // namespace labeltool::input
