#include "report/version_diff_report.hpp"

#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html_reports.hpp"
#include "report/markdown.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {

using analysis::AnswerFate;
using analysis::NormEdit;

const Phrase& edit_word(NormEdit edit) {
  switch (edit) {
    case NormEdit::Renumbered:
      return kRenumbered;
    case NormEdit::Moved:
      return kMoved;
    case NormEdit::Reworded:
      return kReworded;
    case NormEdit::Retitled:
      return kRetitled;
  }
  return kReworded;
}

const Phrase& fate_word(AnswerFate::Kind kind) {
  switch (kind) {
    case AnswerFate::Kind::CarriesOver:
      return kCarriesOver;
    case AnswerFate::Kind::NeedsReview:
      return kNeedsReview;
    case AnswerFate::Kind::Lost:
      return kIsLost;
  }
  return kIsLost;
}

namespace {

using analysis::AnswerFate;
using analysis::NormEdit;
using analysis::NormMatch;
using util::escape_control;

/// A match's changes: its edits (named by `name`), then its relation when that is not equal.
/// A relation is the crosswalk file's own keyword and is shown as written there.
template <typename Name>
std::vector<std::string> changes(const NormMatch& match, Name name) {
  std::vector<std::string> out;
  for (const NormEdit edit : match.edits()) out.emplace_back(name(edit));
  if (match.relation != model::Relation::Equal)
    out.emplace_back(model::relation_name(match.relation));
  return out;
}

/// The machine names of a match's changes, as JSON and CSV write them.
std::vector<std::string> change_names(const NormMatch& match) {
  return changes(match, analysis::edit_name);
}

std::string version_diff_json(const model::NormSet& before, const model::NormSet& after,
                              const analysis::VersionDiff& diff,
                              const std::vector<AnswerFate>* fates) {
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-diff/1").key("kind").value("versions");
  json.key("before").value(before.reference()).key("after").value(after.reference());
  json.key("matches").begin_array();
  for (const auto& m : diff.matches) {
    json.begin_object().key("before").value(m.before->id).key("after").value(m.after->id);
    json.key("relation").value(model::relation_name(m.relation));
    json.key("changes").begin_array();
    for (const auto& c : change_names(m)) json.value(c);
    json.end_array();
    if (m.reworded) json.key("word_diff").value(m.word_diff);
    json.end_object();
  }
  json.end_array();
  json.key("added").begin_array();
  for (const auto* n : diff.added) json.value(n->id);
  json.end_array().key("removed").begin_array();
  for (const auto* n : diff.removed) json.value(n->id);
  json.end_array();
  if (fates) {
    json.key("answers").begin_array();
    for (const auto& f : *fates) {
      json.begin_object().key("norm").value(f.answer->norm_id).key("score").value(f.answer->score);
      json.key("fate").value(analysis::fate_name(f.kind)).key("successors").begin_array();
      for (const auto* n : f.successors) json.value(n->id);
      // The reason is a sentence, kept in English so the document does not change with --lang.
      json.end_array().key("reason").value(fate_reason(f, Lang::En)).end_object();
    }
    json.end_array();
  }
  json.end_object();
  return json.str();
}

std::string version_diff_csv(const analysis::VersionDiff& diff) {
  using util::csv_row;
  std::string out = csv_row({"before", "after", "change", "relation", "word_diff"});
  for (const auto& m : diff.matches) {
    const auto names = change_names(m);
    out += csv_row({m.before->id, m.after->id, names.empty() ? "unchanged" : util::join(names, " "),
                    std::string(model::relation_name(m.relation)), m.word_diff});
  }
  for (const auto* n : diff.added) out += csv_row({"", n->id, "added", "", ""});
  for (const auto* n : diff.removed) out += csv_row({n->id, "", "removed", "", ""});
  return out;
}

std::string changed_norms(const std::vector<const NormMatch*>& changed, const Layout& layout,
                          Lang lang) {
  std::string out = layout.heading(capitalised(kChanged.in(lang)), changed.size());
  for (const auto* m : changed) {
    const auto words = changes(*m, [lang](NormEdit edit) { return edit_word(edit).in(lang); });
    std::string line = fmt::format("{} → {} [{}]", escape_control(m->before->id),
                                   escape_control(m->after->id), util::join(words, ", "));
    if (m->moved) {
      line += fmt::format(" {} {} → {}", kTheme.in(lang), escape_control(m->before->theme_id),
                          escape_control(m->after->theme_id));
    }
    line += ": " + escape_control(m->after->title);
    out += layout.item(line);
    if (m->reworded) {
      const std::string words_changed = escape_control(m->word_diff);
      out += layout.markdown() ? "  - `" + words_changed + "`\n"
                               : "      " + util::wrap(words_changed, 92, "      ") + "\n";
    }
  }
  return out;
}

std::string answer_fates_text(const std::vector<AnswerFate>& fates, const Layout& layout,
                              Lang lang) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : fates) ++counts[static_cast<int>(f.kind)];
  std::string out = layout.heading(kAnswersOfZelfevaluatie.in(lang), fates.size());
  out +=
      fmt::format("{}{}: {}, {}: {}, {}: {}\n", layout.markdown() ? "" : "  ", kCarryOver.in(lang),
                  counts[0], kNeedReview.in(lang), counts[1], kAreLost.in(lang), counts[2]);
  for (const auto& f : fates) {
    if (f.reason == AnswerFate::Reason::Unchanged) continue;  // nothing to say
    std::vector<std::string> ids;
    for (const auto* n : f.successors) ids.push_back(n->id);
    out += layout.item(fmt::format(
        "{} ({}) → {}: {} — {}", escape_control(f.answer->norm_id), escape_control(f.answer->score),
        ids.empty() ? "-" : util::join(ids), fate_word(f.kind).in(lang), fate_reason(f, lang)));
  }
  return out;
}

std::string version_diff_for_people(const model::NormSet& before, const model::NormSet& after,
                                    const analysis::VersionDiff& diff,
                                    const std::vector<AnswerFate>* fates, Format format,
                                    Lang lang) {
  const Layout layout{format};
  std::string out = fmt::format(layout.markdown() ? "# {} → {}\n\n" : "{} → {}\n",
                                before.reference(), after.reference());
  out += status_banners({&before, &after}, lang, format);
  std::vector<const NormMatch*> changed;
  for (const auto& m : diff.matches)
    if (!m.unchanged()) changed.push_back(&m);
  out += fmt::format("{}{}: {}, {}: {}, {}: {}, {}: {}\n", layout.markdown() ? "\n" : "",
                     capitalised(kUnchanged.in(lang)), diff.matches.size() - changed.size(),
                     kChanged.in(lang), changed.size(), kAdded.in(lang), diff.added.size(),
                     kRemoved.in(lang), diff.removed.size());
  out += changed_norms(changed, layout, lang);
  out += layout.heading(capitalised(kAdded.in(lang)), diff.added.size());
  for (const auto* n : diff.added) out += layout.item(norm_label(*n));
  out += layout.heading(capitalised(kRemoved.in(lang)), diff.removed.size());
  for (const auto* n : diff.removed) out += layout.item(norm_label(*n));
  if (fates) out += answer_fates_text(*fates, layout, lang);
  return out;
}

}  // namespace

std::string fate_reason(const AnswerFate& fate, Lang lang) {
  const auto successor = [&] { return fate.successors.front()->id; };
  switch (fate.reason) {
    case AnswerFate::Reason::Removed:
      return std::string(kNormRemoved.in(lang));
    case AnswerFate::Reason::Unchanged:
      return std::string(kUnchanged.in(lang));
    case AnswerFate::Reason::Renumbered:
      return fmt::format("{} {}", kSameTextNow.in(lang), successor());
    case AnswerFate::Reason::Split:
      return std::string(kSplit.in(lang));
    case AnswerFate::Reason::Merged:
      return fmt::format("{} {}", kMergedInto.in(lang), successor());
    case AnswerFate::Reason::Overlaps:
      return fmt::format("{} {} ({})", kOverlapsWith.in(lang), successor(),
                         model::relation_name(fate.relation));
    case AnswerFate::Reason::Reworded:
      return std::string(kReworded.in(lang));
  }
  return {};
}

std::string render_version_diff(const model::NormSet& before, const model::NormSet& after,
                                const analysis::VersionDiff& diff,
                                const std::vector<AnswerFate>* fates, Format format, Lang lang) {
  switch (format) {
    case Format::Json:
      return version_diff_json(before, after, diff, fates);
    case Format::Csv:
      return version_diff_csv(diff);
    case Format::Html:
      return render_version_diff_html(before, after, diff, fates, lang);
    case Format::Text:
    case Format::Markdown:
      break;
    case Format::Sarif:  // not offered for this report: cli/ lists the formats it takes
    case Format::Github:
    case Format::Junit:
    case Format::Yaml:
    case Format::Xlsx:
      break;
  }
  return version_diff_for_people(before, after, diff, fates, format, lang);
}

}  // namespace labeltool::report
