#pragma once
/// CISO Assistant libraries (intuitem/ciso-assistant-community, backend/library/libraries/)
/// into the model: a framework becomes a NormSet, a requirement mapping set a Crosswalk.
/// These files are written by others and have no 'labeltool:' header; callers recognise them
/// with is_ciso_library() before the header check.
///
/// What labeltool takes from the format, and how:
/// - URNs are compared case-insensitively, as CISO Assistant does (it lowercases every URN
///   on import); the maps below are keyed by the lowercased URN.
/// - The tree is taken from `parent_urn`, not from `depth` (which real files get wrong; see
///   the inconsistent-depth rule). Top-level nodes (no parent) become themes; assessable
///   nodes become norms in the theme of their top-level ancestor; other nodes are sections.
/// - Both object spellings are read: `framework` / `requirement_mapping_set` (one object,
///   deprecated upstream) and `frameworks` / `requirement_mapping_sets` (lists).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// The codes of the CISO-only rules.
namespace ciso_code {
/// A mapping row names a requirement node that is not assessable (a section).
inline constexpr Code mapping_onto_section = Code::MappingOntoSection;
/// An assessable node with neither `name` nor `description`.
inline constexpr Code requirement_without_text = Code::RequirementWithoutText;
/// `depth` disagrees with the node's place under `parent_urn` (reported once per framework,
/// as a warning).
inline constexpr Code inconsistent_depth = Code::InconsistentDepth;
}  // namespace ciso_code

/// What a CISO Assistant library holds, for choosing the reader.
enum class CisoContent { Framework, MappingSet, Other };

/// True when the document looks like a CISO Assistant library: a top-level `urn` starting
/// with "urn:" and an `objects` mapping. Used to dispatch before the labeltool header check.
bool is_ciso_library(const yaml::Document& document);

/// Which reader fits a CISO Assistant library: a framework (`framework` or `frameworks`), a
/// requirement mapping set (`requirement_mapping_set` or `requirement_mapping_sets`), or
/// neither (threats, reference controls, risk matrices…). A framework wins when both are there.
CisoContent ciso_library_content(const yaml::Document& document);

/// A CISO framework read as a norm set, with what is needed to resolve mapping rows.
struct CisoFramework {
  /// The framework as a norm set. Once added to a catalog (Catalog::add_ciso_framework) only
  /// its header is left here (ID, version, name, ...): the themes are in the catalog's entry.
  model::NormSet set;
  /// Lowercased URN of every assessable node → the ID of its norm in `set`.
  std::unordered_map<std::string, std::string> norm_of_urn;
  /// Lowercased URNs of the nodes that are not assessable (themes and sections).
  std::unordered_set<std::string> non_assessable_urns;
  /// Norm ID → "ref_id name" of its nearest non-assessable ancestor below its theme; norms
  /// directly under their theme are absent.
  std::unordered_map<std::string, std::string> section_of_norm;
  std::string urn;          ///< of the framework object (what mapping sets name), lowercased
  std::string library_urn;  ///< of the library, lowercased

  /// One requirement node's names, for the did-you-mean on a URN that a mapping row gets
  /// wrong: rows are written by hand from ref_ids as often as from URNs.
  struct NodeNames {
    std::string urn;     ///< lowercased
    std::string ref_id;  ///< lowercased; empty when the node has none
    long parent = -1;    ///< index in `nodes` of its parent, or -1 for a top-level node
  };
  /// Every requirement node, in file order.
  std::vector<NodeNames> nodes;
};

/// A CISO framework → NormSet. ID from the library's `ref_id` (else the last part of its
/// `urn`) made a valid labeltool ID; version from the library's `version`; name; owner from
/// provider and packager; language from `locale`; status draft, with a status_note naming
/// the library. Top-level nodes become themes; assessable nodes become norms (ID = ref_id,
/// or the URN's last part when ref_id is absent or not unique; title = name, else ref_id;
/// text = description, else name; guidance = annotation; evidence = typical_evidence).
/// Reports missing required keys, wrong types, duplicate node URNs, unknown or looping
/// parent_urn, assessable nodes without text and (once) inconsistent depth.
/// nullopt when the document holds no framework to read (reported).
std::optional<CisoFramework> read_ciso_framework(const yaml::Document& document,
                                                 Diagnostics& diagnostics);

/// A requirement mapping set → Crosswalk from source->set to target->set. Relations:
/// equal, subset, superset, intersect → intersects, not_related → not-related; strength from
/// strength_of_relationship; rationale lowercased when it is syntactic, semantic or
/// functional; note from annotation. Reports rows onto unknown URNs (did you mean), onto
/// non-assessable nodes, strengths outside 0–10, relationships and rationales outside the
/// vocabulary. Rows that cannot be expressed as two norms are left out of the crosswalk. The
/// rules for rows among themselves (a pair twice, conflicting relations, a strength that
/// contradicts the relation) are analysis::check_mapping_rows: run it on the result.
/// When a library holds several sets, the one between the two given frameworks is read.
/// A null framework (or one other than the set names) is reported as unresolved; the rows are
/// still checked on their own, but nullopt is returned. nullopt too when the document holds
/// no mapping set (reported).
std::optional<model::Crosswalk> read_ciso_mapping_set(const yaml::Document& document,
                                                      const CisoFramework* source,
                                                      const CisoFramework* target,
                                                      Diagnostics& diagnostics);

/// One requirement mapping set of a library, read by read_ciso_mapping_sets().
struct CisoMappingSet {
  /// The set's own name for messages: the last part of its `urn` (a set and its "-revert"
  /// often share `name`), else its `name`, else "set N".
  std::string name;
  std::string source_urn, target_urn;  ///< the frameworks it names, lowercased
  /// The rows as a crosswalk; nullopt when a side's framework is unknown (reported).
  std::optional<model::Crosswalk> crosswalk;
};

/// Finds a registered framework by its URN (any case); nullptr when unknown.
using CisoFrameworkLookup = std::function<const CisoFramework*(std::string_view urn)>;

/// Every requirement mapping set of a library, in file order, each read as
/// read_ciso_mapping_set() reads one, against the frameworks `lookup` finds. The library's
/// own keys are checked once. `requirement_mapping_set` and `requirement_mapping_sets`
/// together are an error, as CISO Assistant refuses such a library; the list is read.
std::vector<CisoMappingSet> read_ciso_mapping_sets(const yaml::Document& document,
                                                   const CisoFrameworkLookup& lookup,
                                                   Diagnostics& diagnostics);

/// The framework URNs (source, target) a mapping-set document names, as written, so the
/// caller can find the frameworks; empty strings when absent. With several sets: the first.
std::pair<std::string, std::string> ciso_mapping_framework_urns(const yaml::Document& document);

}  // namespace labeltool::read
