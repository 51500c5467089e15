#pragma once
/// Findings in the formats CI systems and editors read: SARIF 2.1.0 (GitHub code scanning),
/// GitHub workflow commands, and JUnit XML (GitLab, Jenkins). In all three, file paths are
/// relative to the working folder and without "./", as CI tools match them against the
/// checkout; a file outside the working folder keeps an absolute path.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace labeltool::report {

/// SARIF 2.1.0: one run, every diagnostic code as a rule (with its help text), one result per
/// finding with file, line and column (columns count Unicode code points). Locations are
/// percent-encoded relative URIs on the base id %SRCROOT% (run.originalUriBaseIds gives it as
/// the working folder's file:// URI), as GitHub code scanning expects.
std::string render_sarif(const Diagnostics& diagnostics);

/// One `::error file=…,line=…,col=…,title=…::message` line per finding (warning/notice for
/// the other severities), escaped as GitHub's workflow commands require.
std::string render_github(const Diagnostics& diagnostics);

/// JUnit XML: one test case per input file, failing with one <failure> per error (warnings
/// are listed in <system-out>), so CI shows which files are invalid.
std::string render_junit(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                         const std::string& suite_name);

/// `text` escaped for XML character data and attribute values. Characters XML 1.0 cannot
/// carry (most C0 controls) are replaced by U+FFFD.
std::string xml_escape(std::string_view text);

}  // namespace labeltool::report
