// labeltool schema KIND: the JSON Schema of a file kind, for editors and other tools.
#include "cli/commands.hpp"
#include "report/json_schema.hpp"

namespace labeltool::cli {

Command set_schema_command(CLI::App& parent, GlobalOptions&) {
  struct Options {
    std::string kind, output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app =
      parent.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of a file kind");
  app->add_option("kind", options->kind, "normset, zelfevaluatie, crosswalk, audit or groups")
      ->required()
      ->check(CLI::IsMember({"normset", "zelfevaluatie", "crosswalk", "audit", "groups"}));
  app->add_option("-o,--output", options->output, "Write to this file (atomically)")
      ->type_name("FILE");
  return {app, [options] {
            for (const auto& kind : read::file_kinds())
              if (kind.header == options->kind + "/1")
                return write_output(options->output, report::render_json_schema(kind), {});
            return int{kExitInternal};
          }};
}

}  // namespace labeltool::cli
