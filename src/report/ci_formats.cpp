#include "report/ci_formats.hpp"

#include "diag/source.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "diag/source.hpp"
#include "util/file.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

/// Where text goes in a GitHub workflow command: a property (file=, title=) or the message.
enum class GithubField { Property, Message };

/// GitHub workflow commands: %, CR and LF are escaped in messages; properties also escape
/// ':' and ','.
std::string github_escape(std::string_view text, GithubField field) {
  const bool property = field == GithubField::Property;
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// Paths as CI tools match them against the checkout: relative to the working folder and
/// without "./" (GitHub attaches `file=normsets/a.yaml` to the pull request's file, but not
/// `file=./normsets/a.yaml`). The working folder is the only thing read from outside.
class CiPaths {
 public:
  CiPaths() {
    std::error_code error;
    base_ = std::filesystem::current_path(error).string();
  }
  std::string operator()(std::string_view file) const {
    return util::path_relative_to(file, base_);
  }
  /// The working folder, absolute ("" when it cannot be known).
  const std::string& base() const { return base_; }

 private:
  std::string base_;
};

/// `path` percent-encoded for a URI: every byte but the unreserved ones and '/' (so spaces,
/// '%', '#', '?' and non-ASCII characters cannot change what the URI means).
std::string uri_encode(std::string_view path) {
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

/// A `file://` URI for an absolute path; `folder` adds the trailing '/' SARIF requires of a
/// base URI.
enum class UriOf : std::uint8_t { File, Folder };
std::string file_uri(std::string_view absolute, UriOf what) {
  std::string uri = "file://" + uri_encode(absolute);
  if (what == UriOf::Folder && uri.back() != '/') uri += '/';
  return uri;
}

/// SARIF's base id for the folder the analysis ran in, as GitHub code scanning expects.
constexpr std::string_view kSourceRoot = "%SRCROOT%";

std::string message_with_related(const Diagnostic& d, const CiPaths& paths) {
  std::string message = d.message;
  for (const auto& related : d.related)
    message +=
        fmt::format(" ({}: {}:{})", related.message, paths(related.file), related.position.line);
  return message;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  // XML 1.0 has no way to write C0 controls other than tab and line ends: U+FFFD stands in.
  std::string kept;
  kept.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\n' && c != '\t' && c != '\r')
      kept += "\xEF\xBF\xBD";
    else
      kept += c;
  }
  std::string out = util::escape_markup(kept);
  // Invalid UTF-8 would make the document unparsable; escape_control turns it into \xNN.
  return util::find_invalid_utf8(out) ? util::escape_control(out) : out;
}

std::string render_sarif(const Diagnostics& diagnostics) {
  const CiPaths paths;
  util::JsonWriter json;
  json.begin_object();
  json.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value("labeltool");
  json.key("version").value(LABELTOOL_VERSION);
  json.key("rules").begin_array();
  // SARIF's levels are spelled as labeltool's severities: error, warning, note.
  std::map<Code, std::size_t> rule_index;
  for (const auto& info : code_table()) {
    rule_index[info.code] = rule_index.size();
    json.begin_object();
    json.key("id").value(info.name);
    json.key("shortDescription").begin_object().key("text").value(info.summary).end_object();
    json.key("help")
        .begin_object()
        .key("text")
        .value(std::string(info.summary) + " See the diagnostics table in labeltool's README.")
        .end_object();
    json.key("defaultConfiguration").begin_object();
    json.key("level").value(severity_name(info.severity)).end_object();
    json.end_object();
  }
  json.end_array().end_object().end_object();
  if (!paths.base().empty()) {
    json.key("originalUriBaseIds").begin_object().key(std::string(kSourceRoot)).begin_object();
    json.key("uri").value(file_uri(paths.base(), UriOf::Folder)).end_object().end_object();
  }
  json.key("columnKind").value("unicodeCodePoints");
  json.key("results").begin_array();
  for (const auto& d : diagnostics) {
    json.begin_object();
    json.key("ruleId").value(code_name(d.code));
    json.key("ruleIndex").value(static_cast<std::uint64_t>(rule_index[d.code]));
    json.key("level").value(severity_name(d.severity));
    json.key("message")
        .begin_object()
        .key("text")
        .value(message_with_related(d, paths))
        .end_object();
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    // Inside the working folder: a relative URI on %SRCROOT%, which code scanning resolves
    // against the checkout. Outside it (an absolute path elsewhere): a file:// URI.
    const std::string file = paths(d.file);
    json.key("artifactLocation").begin_object();
    if (std::filesystem::path(file).is_absolute()) {
      json.key("uri").value(file_uri(file, UriOf::File));
    } else {
      json.key("uri").value(uri_encode(file));
      if (!paths.base().empty()) json.key("uriBaseId").value(std::string(kSourceRoot));
    }
    json.end_object();
    if (d.position.line > 0) {
      // In a workbook the region is the cell's row and column number (code scanning wants a
      // startLine); the logical location below names the cell as Excel does.
      json.key("region").begin_object();
      json.key("startLine").value(static_cast<std::uint64_t>(d.position.line));
      json.key("startColumn").value(static_cast<std::uint64_t>(d.position.column));
      json.end_object();
    }
    json.end_object();
    if (const std::string cell = cell_location(d.source, d.position); !cell.empty()) {
      json.key("logicalLocations").begin_array().begin_object();
      json.key("name").value(cell_name(d.position));
      json.key("fullyQualifiedName").value(cell);
      json.key("kind").value("element");
      json.end_object().end_array();
    }
    json.end_object().end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object().end_array();
  json.end_object();
  return json.str();
}

std::string render_github(const Diagnostics& diagnostics) {
  const CiPaths paths;
  std::string out;
  for (const auto& d : diagnostics) {
    const std::string_view command = d.severity == Severity::Error     ? "error"
                                     : d.severity == Severity::Warning ? "warning"
                                                                       : "notice";
    out += fmt::format("::{} file={}", command,
                       github_escape(util::escape_control(paths(d.file)), GithubField::Property));
    // A workbook has no lines to annotate: the cell leads the message instead.
    const std::string cell = cell_location(d.source, d.position);
    if (d.position.line > 0 && cell.empty())
      out += fmt::format(",line={},col={}", d.position.line, d.position.column);
    const std::string title = "labeltool " + std::string(code_name(d.code));
    const std::string message =
        util::escape_control((cell.empty() ? "" : cell + ": ") + message_with_related(d, paths));
    out += fmt::format(",title={}::{}\n", github_escape(title, GithubField::Property),
                       github_escape(message, GithubField::Message));
  }
  return out;
}

std::string render_junit(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                         const std::string& suite_name) {
  const CiPaths paths;
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const auto& d : diagnostics) by_file[d.file].push_back(&d);
  std::size_t failures = 0;
  for (const auto& file : files) {
    for (const auto* d : by_file[file]) {
      if (d->severity == Severity::Error) {
        ++failures;
        break;
      }
    }
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"labeltool\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     files.size(), failures);
  out += fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
      xml_escape(suite_name), files.size(), failures);
  for (const auto& file : files) {
    const std::string shown = xml_escape(paths(file));
    out += fmt::format("    <testcase classname=\"labeltool.{}\" name=\"{}\" file=\"{}\"",
                       xml_escape(suite_name), shown, shown);
    const auto& found = by_file[file];
    if (found.empty()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    std::string errors, others;
    for (const auto* d : found) {
      const std::string cell = cell_location(d->source, d->position);
      const std::string place =
          cell.empty() ? fmt::format("{}:{}", d->position.line, d->position.column) : cell;
      const std::string line =
          fmt::format("{}:{}: {}[{}]: {}", paths(d->file), place, severity_name(d->severity),
                      code_name(d->code), message_with_related(*d, paths));
      (d->severity == Severity::Error ? errors : others) += line + "\n";
    }
    if (!errors.empty()) {
      const auto count = static_cast<std::size_t>(std::count(errors.begin(), errors.end(), '\n'));
      out += fmt::format("      <failure message=\"{} error(s)\" type=\"labeltool\">{}</failure>\n",
                         count, xml_escape(errors));
    }
    if (!others.empty())
      out += fmt::format("      <system-out>{}</system-out>\n", xml_escape(others));
    out += "    </testcase>\n";
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace labeltool::report
