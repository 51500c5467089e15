#pragma once
/// Finding norm sets by reference (id@version) and resolving variants.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/input.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "read/ciso_reader.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// Whether reading a norm set found errors; a set with errors is listed but never resolved.
enum class ReadState : std::uint8_t { Clean, WithErrors };

/// Every norm set in the search folders, plus any registered directly, by reference.
/// References are matched against the sets' own id and version, never used as paths, so
/// a reference cannot reach a file outside the folders.
class Catalog {
 public:
  /// A catalog of the norm sets in `folders`, searched in that order (the caller builds the
  /// search path; see cli/options.cpp).
  Catalog(std::vector<std::string> folders, yaml::ReadLimits limits);

  /// Registers a norm set read elsewhere (e.g. a file given on the command line), with what
  /// reading it found. It takes precedence over the folders.
  void add(model::NormSet set, ReadState read_state);

  /// The resolved norm set (variants applied to their base) for `reference`, or nullptr.
  /// Problems are reported at `where` in `from`: unknown reference, a base with errors, a
  /// loop of variants, and the variant's own changes that do not fit its base.
  const model::NormSet* resolve(std::string_view reference, const SourceFile& from, Position where,
                                Diagnostics& diagnostics);

  /// Resolves the registered variant `reference` and returns what resolving it found in the
  /// variant's own file (its base missing or broken, changes that do not fit the base).
  /// Each finding is returned once per catalog, so a run reports it once.
  Diagnostics resolve_variant(std::string_view reference);

  /// Registers a crosswalk read elsewhere; it is preferred over those in the folders.
  void add_crosswalk(model::Crosswalk crosswalk);
  /// A crosswalk from `from` to `to` (id@version): one written that way, or one written the
  /// other way round, inverted. Crosswalks with read errors are skipped.
  std::optional<model::Crosswalk> find_crosswalk(std::string_view from, std::string_view to);

  /// Registers a CISO Assistant framework (its norm set as with add()), so that mapping sets
  /// naming it by URN can be read against it.
  void add_ciso_framework(read::CisoFramework framework, ReadState read_state);
  /// The registered CISO framework with this URN (matched case-insensitively), or nullptr.
  const read::CisoFramework* ciso_framework(std::string_view urn) const;

  /// One found norm set, for `labeltool list`.
  struct Listing {
    std::string reference;
    std::string path;
    const model::NormSet* set;  ///< as read (a variant unresolved)
    bool has_errors;
    /// Every file of one folder that defines this reference, `path` first, when there is
    /// more than one: the reference is then ambiguous and resolving it is an error.
    std::vector<std::string> defined_in = {};
  };
  /// Every norm set in the folders (scanning them if not yet done), sorted by reference.
  std::vector<Listing> list();
  /// Files in the folders that could not be read as norm sets (for a hint on lookup failure).
  const std::vector<std::string>& unreadable() { return load_all(), unreadable_; }
  const std::vector<std::string>& folders() const { return folders_; }

 private:
  /// Where resolving an entry stands; InProgress while its base chain is being resolved,
  /// so that a variant that extends itself is caught.
  enum class Resolution : std::uint8_t { Pending, InProgress, Done };
  struct Entry {
    /// The file to read the set from, while only its header has been read (scan_header);
    /// empty once `set` holds what the file defines.
    std::string pending_path;
    model::NormSet set;
    ReadState read_state = ReadState::Clean;
    bool registered = false;  ///< added directly rather than found in a folder
    Resolution resolution = Resolution::Pending;
    std::unique_ptr<model::NormSet> resolved;
    Diagnostics resolve_diagnostics;
  };
  /// Reads every folder not read yet.
  const std::vector<std::string>& scan();
  void scan_folder(std::size_t index);
  /// Indexes one file (once): a norm set or crosswalk whose header lines say what it is is
  /// read in full only when needed; any other file is read now.
  void load_file(const std::string& path);
  /// Registers the norm set or crosswalk read from `path`.
  void register_input(const std::string& path, Input input);
  /// Reads an indexed entry's file in full. False, with the entry removed (and what the file
  /// really holds registered), when the file does not define that reference after all.
  bool materialize(std::map<std::string, Entry, std::less<>>::iterator entry);
  /// Scans every folder and reads every indexed file in full (list, and failed look-ups).
  void load_all();
  /// Scans every folder and reads every crosswalk found in them.
  void load_crosswalks();
  Entry* find(std::string_view reference);
  void resolve_entry(Entry& entry);

  std::vector<std::string> folders_;
  yaml::ReadLimits limits_;
  std::size_t scanned_folders_ = 0;  ///< folders before this index are fully read
  std::set<std::string> loaded_paths_;
  std::map<std::string, Entry, std::less<>> entries_;
  std::vector<std::string> unreadable_;
  std::vector<model::Crosswalk> crosswalks_;     ///< registered first, then those found in folders
  std::vector<std::string> pending_crosswalks_;  ///< crosswalk files found but not read yet
  std::map<std::string, read::CisoFramework> ciso_frameworks_;  ///< by lowercased framework URN
  /// References that files of one folder define more than once → those files, in the order
  /// read (the entry kept is the first).
  std::map<std::string, std::vector<std::string>, std::less<>> duplicates_;
  /// The references being resolved, outermost first: the chain an extends loop is shown with.
  std::vector<std::string> resolving_;
};

/// Applies a variant's changes to a copy of its resolved base. Findings (unknown norms,
/// duplicate IDs, undeclared scopes) are reported in the variant's file.
model::NormSet apply_variant(const model::NormSet& base, const model::NormSet& variant,
                             Diagnostics& diagnostics);

}  // namespace labeltool::input
