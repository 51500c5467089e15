// labeltool list: every norm set found in the norm-set folders.
#include <iostream>

#include "cli/commands.hpp"
#include "report/normset_view.hpp"

namespace labeltool::cli {

Command set_list_command(CLI::App& parent, GlobalOptions& global) {
  CLI::App* app = parent.add_subcommand(
      "list",
      "List the norm sets found (--normsets, LABELTOOL_NORMSETS, ./normsets, share folder)");
  return {app, [&global] {
            auto catalog = global.catalog();
            if (catalog.folders().empty()) {
              print_error(
                  "no norm-set folder found: give --normsets DIR, set LABELTOOL_NORMSETS, "
                  "or run labeltool where a ./normsets folder is");
              return int{kExitInput};
            }
            std::vector<report::NormSetRow> rows;
            for (const auto& listing : catalog.list()) {
              Diagnostics ignored;  // broken sets are flagged in the row; lint shows why
              const model::NormSet* resolved =
                  listing.has_errors
                      ? nullptr
                      : catalog.resolve(listing.reference, *listing.set->source, {}, ignored);
              const model::NormSet& shown = resolved ? *resolved : *listing.set;
              rows.push_back({listing.reference, shown.name,
                              std::string(model::status_name(shown.status)), listing.path,
                              shown.norm_count(), resolved == nullptr});
            }
            std::cout << report::render_normset_list(rows);
            bool ambiguous = false;
            for (const auto& listing : catalog.list()) {
              if (listing.defined_in.empty()) continue;
              std::string files;
              for (std::size_t i = 0; i < listing.defined_in.size(); ++i)
                files += (i ? " and " : "") + listing.defined_in[i];
              print_error("norm set " + listing.reference + " is defined in more than one file: " +
                          files + "; the row above shows the first, and commands refuse it");
              ambiguous = true;
            }
            return ambiguous ? int{kExitFindings} : int{kExitClean};
          }};
}

}  // namespace labeltool::cli
