#pragma once
/// One function per subcommand, each in its own file (cli/<name>.cpp).
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "input/arguments.hpp"

namespace labeltool::cli {

Command set_check_command(CLI::App& parent, GlobalOptions& global);
Command set_lint_command(CLI::App& parent, GlobalOptions& global);
Command set_list_command(CLI::App& parent, GlobalOptions& global);
Command set_show_command(CLI::App& parent, GlobalOptions& global);
Command set_template_command(CLI::App& parent, GlobalOptions& global);
Command set_progress_command(CLI::App& parent, GlobalOptions& global);
Command set_diff_command(CLI::App& parent, GlobalOptions& global);
Command set_gap_command(CLI::App& parent, GlobalOptions& global);
Command set_plan_command(CLI::App& parent, GlobalOptions& global);
Command set_audit_command(CLI::App& parent, GlobalOptions& global);  // audit/1
Command set_schema_command(CLI::App& parent, GlobalOptions& global);
Command set_export_command(CLI::App& parent, GlobalOptions& global);
Command set_import_command(CLI::App& parent, GlobalOptions& global);
Command set_completion_command(CLI::App& parent, GlobalOptions& global);
Command set_suggest_command(CLI::App& parent, GlobalOptions& global);  // suggest

}  // namespace labeltool::cli
