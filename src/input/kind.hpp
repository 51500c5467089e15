#pragma once
/// What kind of file an input is, decided from its content, never from its name.
#include <cstdint>
#include <optional>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// Every kind of file labeltool reads. Adding one touches this enum, sniffing in kind.cpp and
/// the reading in input.cpp, nothing in cli/.
enum class Kind : std::uint8_t {
  Normset,           ///< YAML with 'labeltool: normset/1'
  Zelfevaluatie,     ///< YAML with 'labeltool: zelfevaluatie/1'
  Crosswalk,         ///< YAML with 'labeltool: crosswalk/1'
  CisoFramework,     ///< a CISO Assistant library holding a framework
  CisoMappingSet,    ///< a CISO Assistant library holding a requirement mapping set
  CisoOther,         ///< a CISO Assistant library with neither (threats, controls, matrices)
  ZelfevaluatieCsv,  ///< the CSV form of a zelfevaluatie ('labeltool,zelfevaluatie/1')
  NormsetCsv,        ///< the CSV form of a norm set ('labeltool,normset/1')
  // xlsx reader (issue 13)
  ZelfevaluatieXlsx,  ///< the workbook form of a zelfevaluatie (docs/workbook.md)
  // audit/1 (labeltool audit)
  Audit,     ///< YAML with 'labeltool: audit/1'
  AuditCsv,  ///< the CSV form of an audit ('labeltool,audit/1')
  // audit workbooks (issue 16)
  AuditXlsx,  ///< the workbook form of an audit (template --audit --format xlsx)
  Groups,     ///< YAML with 'labeltool: groups/1', an organisation's own interview groups
};

/// How a kind is named in messages: "normset/1", "a CISO Assistant framework", …
std::string_view kind_description(Kind kind);

/// True for the kinds whose model is a norm set.
bool holds_normset(Kind kind);
/// True for the kinds whose model is a zelfevaluatie.
bool holds_zelfevaluatie(Kind kind);
/// True for the kinds whose model is an audit.
bool holds_audit(Kind kind);

/// True when the first line of `bytes` that is not empty or a comment is the header of an
/// audit ('labeltool: audit/1', or the CSV row 'labeltool;audit/1'): `check` leaves such a
/// file found in a folder to `labeltool audit`, as a folder of examples holds both.
bool names_audit_kind(std::string_view bytes);
/// The same for any `kind` ("groups/1"): `check` leaves a groups file in a folder alone too.
bool names_kind(std::string_view bytes, std::string_view kind);

/// What the bytes of a file look like before any parsing.
enum class Form : std::uint8_t { Yaml, Csv, Workbook };

/// The form of `bytes` read from `path`: a Workbook when they start like a zip archive or an
/// OLE file (an encrypted workbook or an old .xls, which the xlsx reader names as such),
/// whatever the name; CSV when the first row is a 'labeltool' cell followed by ',' or ';' (the
/// header of both CSV forms), or when the name ends in .csv; else YAML.
Form sniff_form(std::string_view path, std::string_view bytes);

/// The CSV kind named by the first row's second cell. nullopt, with a missing-header or
/// unknown-kind finding at the first row of `path`, when it names none.
std::optional<Kind> csv_kind(const std::string& path, std::string_view bytes,
                             Diagnostics& diagnostics);

/// The kind of a parsed YAML document: a CISO Assistant library by its keys, else the
/// 'labeltool: KIND/1' header. nullopt, with a diagnostic, when the header is missing or
/// names an unknown kind or format version.
std::optional<Kind> yaml_kind(const yaml::Document& document, Diagnostics& diagnostics);

}  // namespace labeltool::input
