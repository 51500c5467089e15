#include "cli/output.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "report/ci_formats.hpp"
#include "util/text.hpp"

namespace labeltool::cli {

void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global) {
  std::cerr << report::render_diagnostics_text(diagnostics, global.colour_for(STDERR_FILENO),
                                               global.max_findings);
}

void print_error(const std::string& message) {
  std::cerr << "labeltool: error: " << util::escape_control(message) << '\n';
}

Output::Output(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") return;
  for (const auto& input : inputs) {
    if (util::same_file(input, path)) {
      print_error("refusing to write to " + path + ": it is one of the input files");
      ok_ = false;
      return;
    }
  }
  file_ = std::make_unique<util::AtomicFile>(path);
  if (!file_->error().empty()) {
    print_error(file_->error());
    ok_ = false;
  }
}

void Output::write(std::string_view bytes) {
  if (!ok_) return;
  if (file_) {
    file_->write(bytes);
  } else {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  }
}

int Output::finish() {
  if (!ok_) return kExitInput;
  if (!file_) {
    std::fflush(stdout);
    return kExitClean;
  }
  if (const std::string& problem = file_->commit(); !problem.empty()) {
    print_error(problem);
    return kExitInput;
  }
  return kExitClean;
}

int write_output(const std::string& output, const std::string& content,
                 const std::vector<std::string>& inputs) {
  Output out(output, inputs);
  out.write(content);
  return out.finish();
}

int report_findings(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                    report::Format format, const GlobalOptions& options, FailOn fail_on) {
  const auto counts = report::count_findings(diagnostics);
  switch (format) {
    case report::Format::Json:
      std::cout << report::render_diagnostics_json(diagnostics, files.size());
      break;
    case report::Format::Sarif:
      std::cout << report::render_sarif(diagnostics);
      break;
    case report::Format::Github:
      std::cout << report::render_github(diagnostics);
      break;
    case report::Format::Junit:
      std::cout << report::render_junit(diagnostics, files, "lint");
      break;
    default:
      std::cout << report::render_diagnostics_text(diagnostics, options.colour_for(STDOUT_FILENO),
                                                   options.max_findings);
      std::cout << report::summary_line(counts, files.size());
      break;
  }
  std::cout.flush();
  for (const auto& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::Error && is_input_error(diagnostic.code))
      return kExitInput;
  if (fail_on == FailOn::Never) return kExitClean;
  if (counts.errors > 0 || (fail_on == FailOn::Warnings && counts.warnings > 0))
    return kExitFindings;
  return kExitClean;
}

int input_failure(const Diagnostics& diagnostics, const GlobalOptions& global) {
  print_diagnostics(diagnostics, global);
  return kExitInput;
}

// ── xlsx writer (issue 13)
int write_workbook(const std::string& path, const std::vector<std::string>& inputs,
                   const std::function<void(xlsx::WorkbookWriter&)>& build) {
  if (path.empty() || path == "-") {
    print_error("a workbook is not text and is not written to standard output: give -o FORM.xlsx");
    return kExitInput;
  }
  for (const auto& input : inputs) {
    if (util::same_file(input, path)) {
      print_error("refusing to write to " + path + ": it is one of the input files");
      return kExitInput;
    }
  }
  xlsx::WorkbookWriter book(path);
  if (book.error().empty()) build(book);
  if (const std::string& problem = book.commit(); !problem.empty()) {
    print_error(problem);
    return kExitInput;
  }
  return kExitClean;
}

bool is_workbook_path(const std::string& path) {
  constexpr std::string_view kSuffix = ".xlsx";
  return path.size() > kSuffix.size() &&
         util::ascii_lower(path.substr(path.size() - kSuffix.size())) == kSuffix;
}

std::string file_name_of(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}
// ── end xlsx writer

}  // namespace labeltool::cli
