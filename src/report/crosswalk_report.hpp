#pragma once
/// The reports of `labeltool diff`, `gap` and `plan`, one header each; this one includes them
/// all for callers that write more than one.
#include "report/gap_report.hpp"
#include "report/label_diff_report.hpp"
#include "report/plan_report.hpp"
#include "report/prefilled.hpp"
#include "report/version_diff_report.hpp"
