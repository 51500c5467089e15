#include "input/catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include "analysis/integrity.hpp"
#include "input/header_scan.hpp"
#include "read/normset_reader.hpp"
#include "read/schema.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace labeltool::input {

Catalog::Catalog(std::vector<std::string> folders, yaml::ReadLimits limits)
    : folders_(std::move(folders)), limits_(limits) {}

void Catalog::add(model::NormSet set, ReadState read_state) {
  std::string reference = set.reference();
  const auto it = entries_.find(reference);
  if (it != entries_.end() && it->second.registered) return;  // the first registration wins
  Entry entry;
  entry.set = std::move(set);
  entry.read_state = read_state;
  entry.registered = true;
  entries_.insert_or_assign(std::move(reference), std::move(entry));
}

void Catalog::load_file(const std::string& path) {
  if (!loaded_paths_.insert(path).second) return;
  auto bytes = util::read_file(path, limits_.max_file_bytes);
  if (auto* text = std::get_if<std::string>(&bytes)) {
    // One check needs one norm set: the others are only indexed by their header lines, and
    // read in full when resolved or listed. A reference defined twice is read in full now,
    // so that two files are called duplicates only when both really define it.
    if (const auto header = scan_header(*text)) {
      if (header->kind == ScannedKind::Crosswalk) {
        pending_crosswalks_.push_back(path);
        return;
      }
      if (entries_.find(header->reference) == entries_.end()) {
        Entry entry;
        entry.pending_path = path;
        entries_.emplace(header->reference, std::move(entry));
        return;
      }
    }
    register_input(path, read_input_bytes(path, std::move(*text), limits_));
    return;
  }
  register_input(path, read_input(path, limits_));
}

void Catalog::register_input(const std::string& path, Input input) {
  if (!input.kind) {
    unreadable_.push_back(path);
    return;
  }
  if (auto* crosswalk = input.crosswalk()) {
    if (!input.failed()) crosswalks_.push_back(std::move(*crosswalk));
    return;
  }
  model::NormSet* set = input.kind == Kind::Normset ? input.normset() : nullptr;
  if (!set) return;
  const std::string reference = set->reference();
  if (set->id.empty() || set->version.empty()) return;
  auto it = entries_.find(reference);
  if (it != entries_.end() && !it->second.pending_path.empty() && !materialize(it))
    it = entries_.find(reference);
  if (it != entries_.end()) {
    // An earlier folder, or a file given on the command line, takes precedence by design;
    // two files of one folder defining one reference make it ambiguous.
    const std::string& kept = it->second.set.source ? it->second.set.source->path() : "";
    const auto folder = [](const std::string& file) {
      return std::filesystem::path(file).parent_path();
    };
    if (!it->second.registered && folder(kept) == folder(path)) {
      auto& files = duplicates_[reference];
      if (files.empty()) files.push_back(kept);
      files.push_back(path);
    }
    return;
  }
  Entry entry;
  entry.read_state = input.failed() ? ReadState::WithErrors : ReadState::Clean;
  entry.set = std::move(*set);
  entries_.emplace(reference, std::move(entry));
}

bool Catalog::materialize(std::map<std::string, Entry, std::less<>>::iterator entry) {
  const std::string path = std::exchange(entry->second.pending_path, {});
  Input input = read_input(path, limits_);
  model::NormSet* set = input.kind == Kind::Normset ? input.normset() : nullptr;
  if (set && !set->id.empty() && !set->version.empty() && set->reference() == entry->first) {
    entry->second.read_state = input.failed() ? ReadState::WithErrors : ReadState::Clean;
    entry->second.set = std::move(*set);
    return true;
  }
  // The header lines promised what the file does not hold (or it changed since): take what
  // it holds, as if it had been read in full from the start.
  entries_.erase(entry);
  register_input(path, std::move(input));
  return false;
}

void Catalog::load_all() {
  scan();
  for (auto it = entries_.begin(); it != entries_.end();) {
    const auto next = std::next(it);
    if (!it->second.pending_path.empty()) materialize(it);
    it = next;
  }
  load_crosswalks();
}

void Catalog::load_crosswalks() {
  scan();
  for (const auto& path : std::exchange(pending_crosswalks_, {}))
    register_input(path, read_input(path, limits_));
}

void Catalog::scan_folder(std::size_t index) {
  for (const auto& path : util::expand_yaml_paths(folders_[index])) load_file(path);
}

const std::vector<std::string>& Catalog::scan() {
  for (; scanned_folders_ < folders_.size(); ++scanned_folders_) scan_folder(scanned_folders_);
  return unreadable_;
}

Catalog::Entry* Catalog::find(std::string_view reference) {
  // Folder by folder, so an earlier folder still wins. Each folder is indexed whole, in path
  // order, so that list, show and check pick the same file and see a second file defining
  // the same reference (reading the file named by convention first would miss it).
  for (;;) {
    const auto it = entries_.find(reference);
    if (it != entries_.end()) {
      if (it->second.pending_path.empty() || materialize(it)) return &it->second;
      continue;  // the file held something else: look again
    }
    if (scanned_folders_ >= folders_.size()) return nullptr;
    scan_folder(scanned_folders_++);
  }
}

std::vector<Catalog::Listing> Catalog::list() {
  load_all();
  std::vector<Listing> listings;
  for (auto& [reference, entry] : entries_) {
    listings.push_back({reference, entry.set.source ? entry.set.source->path() : std::string(),
                        &entry.set, entry.read_state == ReadState::WithErrors});
    if (const auto it = duplicates_.find(reference); it != duplicates_.end())
      listings.back().defined_in = it->second;
  }
  return listings;
}

void Catalog::resolve_entry(Entry& entry) {
  if (entry.resolution == Resolution::Done) return;
  if (!entry.set.is_variant()) {
    entry.resolution = Resolution::Done;
    if (entry.read_state == ReadState::Clean)
      entry.resolved = std::make_unique<model::NormSet>(entry.set);
    return;
  }
  entry.resolution = Resolution::InProgress;
  const model::NormSet& variant = entry.set;
  resolving_.push_back(variant.reference());
  const model::NormSet* base = resolve(variant.extends, *variant.source, variant.extends_position,
                                       entry.resolve_diagnostics);
  resolving_.pop_back();
  entry.resolution = Resolution::Done;
  if (!base) return;
  auto resolved =
      std::make_unique<model::NormSet>(apply_variant(*base, variant, entry.resolve_diagnostics));
  if (entry.read_state == ReadState::Clean && !has_errors(entry.resolve_diagnostics))
    entry.resolved = std::move(resolved);
}

const model::NormSet* Catalog::resolve(std::string_view reference, const SourceFile& from,
                                       Position where, Diagnostics& diagnostics) {
  const auto report = [&](Code code, Message message) {
    diagnostics.push_back(make_diagnostic(from, where, code, std::move(message)));
  };
  if (!read::split_reference(reference)) {
    const std::string shown = util::escape_control(reference);
    report(Code::InvalidReference,
           {"'" + shown + "' is not a norm-set reference of the form id@version",
            "'" + shown + "' is geen verwijzing naar een normenkader in de vorm id@versie"});
    return nullptr;
  }
  Entry* entry = find(reference);
  if (!entry) {
    load_all();  // every file read, for the suggestion and the count of unreadable ones
    // A variant whose base is missing is no candidate for its own base.
    std::vector<std::string> known;
    for (const auto& [name, _] : entries_)
      if (std::find(resolving_.begin(), resolving_.end(), name) == resolving_.end())
        known.push_back(name);
    Message message{"no norm set '" + std::string(reference) + "' in ",
                    "normenkader '" + std::string(reference) + "' staat niet in "};
    if (folders_.empty()) {
      message += {"any norm-set folder (none of --normsets, LABELTOOL_NORMSETS, ./normsets exists)",
                  "een map met normenkaders (--normsets, LABELTOOL_NORMSETS en ./normsets "
                  "bestaan geen van alle)"};
    } else {
      std::string folders;
      for (std::size_t i = 0; i < folders_.size(); ++i) folders += (i ? ", " : "") + folders_[i];
      message += {folders, folders};
    }
    message += did_you_mean(std::string(reference), known);
    if (!unreadable_.empty()) {
      const std::string count = std::to_string(unreadable_.size());
      message += {"; " + count + " file(s) there could not be read (run labeltool lint on them)",
                  "; " + count +
                      " bestand(en) daar konden niet gelezen worden (controleer ze "
                      "met labeltool lint)"};
    }
    report(Code::UnresolvedReference, std::move(message));
    return nullptr;
  }
  if (entry->resolution == Resolution::InProgress) {
    std::string chain;
    const auto start = std::find(resolving_.begin(), resolving_.end(), reference);
    for (auto it = start; it != resolving_.end(); ++it) chain += *it + " → ";
    report(
        Code::ExtendsLoop,
        {"'" + std::string(reference) + "' extends itself through a chain of variants (" + chain +
             std::string(reference) + ")",
         "'" + std::string(reference) + "' bouwt via een keten van varianten op zichzelf voort (" +
             chain + std::string(reference) + ")"});
    return nullptr;
  }
  if (const auto duplicate = duplicates_.find(reference); duplicate != duplicates_.end()) {
    std::string files;
    for (std::size_t i = 0; i < duplicate->second.size(); ++i)
      files += (i == 0                              ? ""
                : i + 1 == duplicate->second.size() ? " and "
                                                    : ", ") +
               util::escape_control(duplicate->second[i]);
    report(Code::DuplicateId,
           {"norm set '" + std::string(reference) + "' is defined in more than one file: " + files +
                "; remove one or give it another id or version",
            "normenkader '" + std::string(reference) + "' staat in meer dan één bestand: " + files +
                "; haal er één weg of geef het een ander id of een andere versie"});
    return nullptr;
  }
  resolve_entry(*entry);
  if (!entry->resolved) {
    const std::string path = entry->set.source ? entry->set.source->path() : "?";
    report(Code::UnresolvedReference,
           {"norm set '" + std::string(reference) + "' (" + path +
                ") has errors; run 'labeltool lint " + path + "' to see them",
            "normenkader '" + std::string(reference) + "' (" + path +
                ") bevat fouten; 'labeltool lint " + path + "' laat ze zien"});
    return nullptr;
  }
  return entry->resolved.get();
}

void Catalog::add_ciso_framework(read::CisoFramework framework, ReadState read_state) {
  // The norms are kept once, in the set's entry, as for any other set: a second copy in the
  // framework was as large as the whole framework model (CISO's 288 files: ~10% of lint's
  // time went into copying it). What mapping sets look up stays with the framework.
  std::vector<model::Theme> themes = std::exchange(framework.set.themes, {});
  model::NormSet set = framework.set;  // the header only
  set.themes = std::move(themes);
  add(std::move(set), read_state);
  std::string urn = framework.urn;
  ciso_frameworks_.emplace(std::move(urn), std::move(framework));
}

const read::CisoFramework* Catalog::ciso_framework(std::string_view urn) const {
  const auto it = ciso_frameworks_.find(util::ascii_lower(urn));
  return it == ciso_frameworks_.end() ? nullptr : &it->second;
}

void Catalog::add_crosswalk(model::Crosswalk crosswalk) {
  crosswalks_.insert(crosswalks_.begin(), std::move(crosswalk));
}

std::optional<model::Crosswalk> Catalog::find_crosswalk(std::string_view from,
                                                        std::string_view to) {
  load_crosswalks();
  for (const auto& crosswalk : crosswalks_)
    if (crosswalk.source == from && crosswalk.target == to) return crosswalk;
  for (const auto& crosswalk : crosswalks_)
    if (crosswalk.source == to && crosswalk.target == from) return crosswalk.inverted();
  return std::nullopt;
}

Diagnostics Catalog::resolve_variant(std::string_view reference) {
  Entry* entry = find(reference);
  if (!entry) return {};
  resolve_entry(*entry);
  return std::exchange(entry->resolve_diagnostics, {});
}

model::NormSet apply_variant(const model::NormSet& base, const model::NormSet& variant,
                             Diagnostics& diagnostics) {
  model::NormSet set = base;
  set.source = variant.source;
  set.id = variant.id;
  set.version = variant.version;
  set.name = variant.name;
  set.owner = variant.owner;
  set.language = variant.language;
  set.valid_from = variant.valid_from;
  set.valid_until = variant.valid_until;
  set.status = variant.status;
  set.status_note = variant.status_note;
  set.sources = variant.sources;
  set.extends = variant.extends;
  set.extends_position = variant.extends_position;
  set.changes = {};
  set.resolved_from.insert(set.resolved_from.begin(), variant.extends);
  if (variant.has_scale) set.scale = variant.scale, set.has_scale = true;
  if (variant.verdict) set.verdict = variant.verdict;
  if (variant.has_scopes) set.scopes = variant.scopes, set.has_scopes = true;
  if (variant.has_disciplines) set.disciplines = variant.disciplines, set.has_disciplines = true;
  if (variant.has_levels) set.maturity_levels = variant.maturity_levels, set.has_levels = true;

  const SourceFile& source = *variant.source;
  const auto unknown_norm = [&](const std::string& id, Position position, const Message& what) {
    const std::string shown = util::escape_control(id);
    Message message{
        "cannot " + what.en + " norm '" + shown + "': " + base.reference() + " has no such norm",
        "norm '" + shown + "' kan niet " + what.nl + " worden: " + base.reference() +
            " heeft die norm niet"};
    message += did_you_mean(id, base.norm_ids());
    diagnostics.push_back(make_diagnostic(source, position, Code::UnknownNorm, std::move(message)));
  };
  const auto find_mutable = [&](const std::string& id) -> model::Norm* {
    for (auto& theme : set.themes)
      for (auto& norm : theme.norms)
        if (norm.id == id) return &norm;
    return nullptr;
  };

  for (const auto& change : variant.changes.modifications) {
    model::Norm* norm = find_mutable(change.norm);
    if (!norm) {
      unknown_norm(change.norm, change.position, {"modify", "gewijzigd"});
      continue;
    }
    if (change.title) norm->title = *change.title;
    if (change.text) norm->text = *change.text;
    if (change.guidance) norm->guidance = *change.guidance;
    if (change.evidence) norm->evidence = *change.evidence;
    if (change.applies_to) norm->applies_to = *change.applies_to;
    if (change.discipline) norm->discipline = *change.discipline;
    norm->source = variant.source;
    norm->applies_to_position = norm->discipline_position = change.position;
    analysis::check_norm_references(*norm, set, diagnostics);
  }
  for (const auto& removal : variant.changes.removals) {
    bool removed = false;
    for (auto& theme : set.themes) {
      const auto before = theme.norms.size();
      theme.norms.erase(std::remove_if(theme.norms.begin(), theme.norms.end(),
                                       [&](const model::Norm& n) { return n.id == removal.norm; }),
                        theme.norms.end());
      removed = removed || theme.norms.size() != before;
    }
    if (!removed) unknown_norm(removal.norm, removal.position, {"remove", "verwijderd"});
  }
  for (const auto& addition : variant.changes.additions) {
    model::Theme* theme = nullptr;
    for (auto& existing : set.themes)
      if (existing.id == addition.theme) theme = &existing;
    if (!theme) {
      if (addition.title.empty()) {
        std::vector<std::string> theme_ids;
        for (const auto& t : set.themes) theme_ids.push_back(t.id);
        const std::string shown = util::escape_control(addition.theme);
        Message message{"theme '" + shown + "' is not in " + base.reference() +
                            "; give it a 'title' to add it as a new theme",
                        "thema '" + shown + "' staat niet in " + base.reference() +
                            "; geef het een 'title' om het als nieuw thema toe te voegen"};
        message += did_you_mean(addition.theme, theme_ids);
        diagnostics.push_back(
            make_diagnostic(source, addition.position, Code::UnknownTheme, std::move(message)));
        continue;
      }
      set.themes.push_back(
          {addition.theme, addition.title, addition.description, {}, addition.position});
      theme = &set.themes.back();
    }
    for (const auto& norm : addition.norms) {
      if (set.find_norm(norm.id) || set.find_theme(norm.id)) {
        diagnostics.push_back(make_diagnostic(
            source, norm.position, Code::DuplicateId,
            {"norm ID '" + util::escape_control(norm.id) + "' is already used in " +
                 base.reference() + " (or earlier in this variant)",
             "het norm-ID '" + util::escape_control(norm.id) + "' is al in gebruik in " +
                 base.reference() + " (of eerder in deze variant)"}));
        continue;
      }
      analysis::check_norm_references(norm, set, diagnostics);
      theme->norms.push_back(norm);
    }
  }
  return set;
}

}  // namespace labeltool::input
