#pragma once
/// The interview guide for tools: JSON (schema labeltool-plan/2, docs/plan-json.md) and CSV,
/// one row per norm per group. Machine names only, whatever the report's language.
#include <string>
#include <string_view>

#include "analysis/plan.hpp"

namespace labeltool::report {

std::string plan_json(const analysis::Plan& plan);
std::string plan_csv(const analysis::Plan& plan);

/// The machine name of a placement: "own" or "partner".
std::string_view placement_name(analysis::Placement placement);

/// The guidance of a norm cut into its sentences: each one a point to ask about.
std::vector<std::string> guidance_points(const std::string& guidance);

}  // namespace labeltool::report
