#include "report/crosswalk_report.hpp"

#include <fmt/core.h>

#include "analysis/text_similarity.hpp"
#include "read/csv.hpp"
#include "report/normset_view.hpp"
#include "report/template.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::AnswerFate;
using analysis::Coverage;
using analysis::CoverageCounts;
using analysis::TransferredNorm;
using util::escape_control;

/// Markdown-safe inline text.
std::string md(std::string_view text) {
  std::string out;
  for (char c : escape_control(util::collapse_whitespace(text))) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

/// "12 of 49 (24%)": a share always with its denominator.
std::string share(std::size_t part, std::size_t whole, Lang lang) {
  if (whole == 0) return fmt::format("{} {} 0", part, tr(lang, "van", "of"));
  return fmt::format("{} {} {} ({:.0f}%)", part, tr(lang, "van", "of"), whole,
                     100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

std::string norm_label(const model::Norm& norm) { return escape_control(norm.id + " " + norm.title); }

std::string banner_lines(std::initializer_list<const model::NormSet*> sets, Lang lang, bool markdown) {
  std::string out;
  for (const auto* set : sets) {
    const std::string banner = status_banner(*set, lang, BannerLength::Short);
    if (banner.empty()) continue;
    out += markdown ? "> **" + md(banner) + "**\n\n" : util::wrap(banner, 100) + "\n";
  }
  return out;
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + read::csv_cell(cells[i], ',');
  return line + "\r\n";
}

std::string_view coverage_word(Coverage coverage, Lang lang) {
  switch (coverage) {
    case Coverage::Full: return tr(lang, "volledig", "full");
    case Coverage::Partial: return tr(lang, "gedeeltelijk", "partial");
    case Coverage::NotRelated: return tr(lang, "niet gerelateerd", "not related");
    case Coverage::Unmapped: return tr(lang, "onbekend (niet gemapt)", "unknown (unmapped)");
    case Coverage::NotApplicable: return tr(lang, "niet van toepassing", "not applicable");
  }
  return "";
}

std::string counts_text(const CoverageCounts& c, Lang lang) {
  const std::size_t n = c.applicable();
  std::string out = fmt::format("{} {}, {} {}, {} {}, {} {}", coverage_word(Coverage::Full, lang), share(c.full, n, lang),
                                coverage_word(Coverage::Partial, lang), share(c.partial, n, lang),
                                coverage_word(Coverage::NotRelated, lang), share(c.not_related, n, lang),
                                coverage_word(Coverage::Unmapped, lang), share(c.unmapped, n, lang));
  if (c.not_applicable) out += fmt::format("; {} {} ({})", c.not_applicable, coverage_word(Coverage::NotApplicable, lang),
                                           tr(lang, "buiten de noemer", "outside the denominator"));
  return out;
}

void json_counts(util::JsonWriter& json, const CoverageCounts& c) {
  json.begin_object();
  json.key("full").value(static_cast<std::uint64_t>(c.full));
  json.key("partial").value(static_cast<std::uint64_t>(c.partial));
  json.key("not_related").value(static_cast<std::uint64_t>(c.not_related));
  json.key("unmapped").value(static_cast<std::uint64_t>(c.unmapped));
  json.key("not_applicable").value(static_cast<std::uint64_t>(c.not_applicable));
  json.key("denominator").value(static_cast<std::uint64_t>(c.applicable()));
  json.end_object();
}

}  // namespace

namespace {

/// Why an answer carries over, needs review or is lost, in the report's language.
std::string fate_reason(const AnswerFate& fate, Lang lang) {
  switch (fate.kind) {
    case AnswerFate::Kind::Lost: return std::string(tr(lang, "de norm is vervallen", "the norm was removed"));
    case AnswerFate::Kind::CarriesOver:
      if (fate.successors.front()->id == fate.answer->norm_id) return std::string(tr(lang, "ongewijzigd", "unchanged"));
      return fmt::format("{} {}", tr(lang, "zelfde tekst, nu", "same text, now"), fate.successors.front()->id);
    case AnswerFate::Kind::NeedsReview:
      if (fate.successors.size() > 1) return std::string(tr(lang, "verdeeld over meer normen", "split over several norms"));
      if (fate.relation == model::Relation::Subset)
        return fmt::format("{} {}", tr(lang, "opgegaan in de bredere norm", "merged into the broader norm"), fate.successors.front()->id);
      if (fate.relation != model::Relation::Equal)
        return fmt::format("{} {} ({})", tr(lang, "overlapt met", "overlaps with"), fate.successors.front()->id,
                           model::relation_name(fate.relation));
      return std::string(tr(lang, "herschreven", "reworded"));
  }
  return {};
}

}  // namespace

std::string render_version_diff(const model::NormSet& before, const model::NormSet& after,
                                const analysis::VersionDiff& diff, const std::vector<AnswerFate>* fates,
                                Format format, Lang lang) {
  // The kinds of change of a match: in English they are the machine names JSON and CSV use;
  // people read them in the report's language. A relation is the crosswalk file's own
  // keyword and is shown as written there.
  const auto changes = [](const analysis::NormMatch& m, Lang words = Lang::En) {
    std::vector<std::string> what;
    if (m.renumbered) what.emplace_back(tr(words, "nieuw nummer", "renumbered"));
    if (m.moved) what.emplace_back(tr(words, "ander thema", "moved"));
    if (m.reworded) what.emplace_back(tr(words, "herschreven", "reworded"));
    if (m.retitled) what.emplace_back(tr(words, "nieuwe titel", "retitled"));
    if (m.relation != model::Relation::Equal) what.emplace_back(model::relation_name(m.relation));
    return what;
  };
  const auto fate_name = [](AnswerFate::Kind kind) {
    return kind == AnswerFate::Kind::CarriesOver ? "carries-over" : kind == AnswerFate::Kind::NeedsReview ? "needs-review" : "lost";
  };
  const auto fate_word = [&](AnswerFate::Kind kind) {
    return kind == AnswerFate::Kind::CarriesOver   ? tr(lang, "gaat mee", "carries over")
           : kind == AnswerFate::Kind::NeedsReview ? tr(lang, "opnieuw bekijken", "needs review")
                                                   : tr(lang, "vervalt", "lost");
  };
  if (format == Format::Json) {
    util::JsonWriter json;
    json.begin_object().key("schema").value("labeltool-diff/1").key("kind").value("versions");
    json.key("before").value(before.reference()).key("after").value(after.reference());
    json.key("matches").begin_array();
    for (const auto& m : diff.matches) {
      json.begin_object().key("before").value(m.before->id).key("after").value(m.after->id);
      json.key("relation").value(model::relation_name(m.relation));
      json.key("changes").begin_array();
      for (const auto& c : changes(m)) json.value(c);
      json.end_array();
      if (m.reworded) json.key("word_diff").value(analysis::word_diff(m.before->text, m.after->text));
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
        json.key("fate").value(fate_name(f.kind)).key("successors").begin_array();
        for (const auto* n : f.successors) json.value(n->id);
        json.end_array().key("reason").value(fate_reason(f, Lang::En)).end_object();
      }
      json.end_array();
    }
    json.end_object();
    return json.str();
  }
  if (format == Format::Csv) {
    std::string out = csv_row({"before", "after", "change", "relation", "word_diff"});
    for (const auto& m : diff.matches) {
      const auto what = changes(m);
      out += csv_row({m.before->id, m.after->id, what.empty() ? std::string("unchanged") : util::join(what, " "),
                      std::string(model::relation_name(m.relation)),
                      m.reworded ? analysis::word_diff(m.before->text, m.after->text) : std::string()});
    }
    for (const auto* n : diff.added) out += csv_row({"", n->id, "added", "", ""});
    for (const auto* n : diff.removed) out += csv_row({n->id, "", "removed", "", ""});
    return out;
  }
  const bool markdown = format == Format::Markdown;
  const auto heading = [&](std::string_view title, std::size_t count) {
    return markdown ? fmt::format("\n## {} ({})\n\n", title, count) : fmt::format("\n{} ({})\n", title, count);
  };
  const auto item = [&](const std::string& text) { return (markdown ? "- " : "  ") + text + "\n"; };
  std::string out = markdown ? fmt::format("# {} → {}\n\n", before.reference(), after.reference())
                             : fmt::format("{} → {}\n", before.reference(), after.reference());
  out += banner_lines({&before, &after}, lang, markdown);
  std::size_t unchanged = 0;
  std::vector<const analysis::NormMatch*> changed;
  for (const auto& m : diff.matches) {
    if (changes(m).empty()) {
      ++unchanged;
    } else {
      changed.push_back(&m);
    }
  }
  out += fmt::format("{}{}: {}, {}: {}, {}: {}, {}: {}\n", markdown ? "\n" : "", tr(lang, "Ongewijzigd", "Unchanged"),
                     unchanged, tr(lang, "gewijzigd", "changed"), changed.size(), tr(lang, "nieuw", "added"),
                     diff.added.size(), tr(lang, "vervallen", "removed"), diff.removed.size());
  out += heading(tr(lang, "Gewijzigd", "Changed"), changed.size());
  for (const auto* m : changed) {
    std::string line = fmt::format("{} → {} [{}]", escape_control(m->before->id), escape_control(m->after->id),
                                   util::join(changes(*m, lang), ", "));
    if (m->moved) line += fmt::format(" {} {} → {}", tr(lang, "thema", "theme"), escape_control(m->before->theme_id),
                                      escape_control(m->after->theme_id));
    line += ": " + escape_control(m->after->title);
    out += item(markdown ? md(line) : line);
    if (m->reworded) {
      const std::string words = escape_control(analysis::word_diff(m->before->text, m->after->text));
      out += markdown ? "  - `" + words + "`\n" : "      " + util::wrap(words, 92, "      ") + "\n";
    }
  }
  out += heading(tr(lang, "Nieuw", "Added"), diff.added.size());
  for (const auto* n : diff.added) out += item(markdown ? md(norm_label(*n)) : norm_label(*n));
  out += heading(tr(lang, "Vervallen", "Removed"), diff.removed.size());
  for (const auto* n : diff.removed) out += item(markdown ? md(norm_label(*n)) : norm_label(*n));
  if (fates) {
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : *fates) ++counts[static_cast<int>(f.kind)];
    out += heading(tr(lang, "Antwoorden uit de zelfevaluatie", "Answers of the zelfevaluatie"), fates->size());
    out += fmt::format("{}{}: {}, {}: {}, {}: {}\n", markdown ? "" : "  ", tr(lang, "gaan mee", "carry over"), counts[0],
                       tr(lang, "opnieuw bekijken", "need review"), counts[1], tr(lang, "vervallen", "lost"), counts[2]);
    for (const auto& f : *fates) {
      if (f.kind == AnswerFate::Kind::CarriesOver && f.successors.size() == 1 && f.successors[0]->id == f.answer->norm_id)
        continue;  // unchanged and same ID: nothing to say
      std::vector<std::string> ids;
      for (const auto* n : f.successors) ids.push_back(n->id);
      const std::string line = fmt::format("{} ({}) → {}: {} — {}", escape_control(f.answer->norm_id),
                                           escape_control(f.answer->score), ids.empty() ? "-" : util::join(ids),
                                           fate_word(f.kind), fate_reason(f, lang));
      out += item(markdown ? md(line) : line);
    }
  }
  return out;
}

std::string render_label_diff(const model::Crosswalk& crosswalk, const analysis::LabelDiff& diff, Format format,
                              Lang lang) {
  const auto& a = *diff.a.set;
  const auto& b = *diff.b.set;
  if (format == Format::Json) {
    util::JsonWriter json;
    json.begin_object().key("schema").value("labeltool-diff/1").key("kind").value("labels");
    json.key("a").value(a.reference()).key("b").value(b.reference());
    json.key("crosswalk").begin_object().key("method").value(crosswalk.method);
    json.key("status").value(model::status_name(crosswalk.status)).key("status_note").value(crosswalk.status_note).end_object();
    for (const auto* side : {&diff.a, &diff.b}) {
      json.key(side == &diff.a ? "a_covered_by_b" : "b_covered_by_a").begin_object();
      json.key("total");
      json_counts(json, side->total);
      json.key("themes").begin_array();
      for (const auto& [theme, counts] : side->themes) {
        json.begin_object().key("id").value(theme->id).key("counts");
        json_counts(json, counts);
        json.end_object();
      }
      json.end_array().key("norms").begin_array();
      for (const auto& n : side->norms) {
        json.begin_object().key("id").value(n.norm->id).key("coverage").value(analysis::coverage_name(n.coverage));
        json.key("related").begin_array();
        for (const auto& [other, relation] : n.related)
          json.begin_object().key("id").value(other->id).key("relation").value(model::relation_name(relation)).end_object();
        json.end_array().end_object();
      }
      json.end_array().end_object();
    }
    json.key("matrix").begin_array();
    for (const auto& [themes, count] : diff.matrix)
      json.begin_object().key("a").value(themes.first).key("b").value(themes.second).key("pairs").value(static_cast<std::uint64_t>(count)).end_object();
    json.end_array().end_object();
    return json.str();
  }
  if (format == Format::Csv) {
    std::string out = csv_row({"side", "norm", "theme", "coverage", "related"});
    for (const auto* side : {&diff.a, &diff.b}) {
      for (const auto& n : side->norms) {
        std::vector<std::string> related;
        for (const auto& [other, relation] : n.related) related.push_back(other->id + " (" + std::string(model::relation_name(relation)) + ")");
        out += csv_row({side->set->reference(), n.norm->id, n.norm->theme_id, std::string(analysis::coverage_name(n.coverage)),
                        util::join(related, "; ")});
      }
    }
    return out;
  }
  const bool markdown = format == Format::Markdown;
  std::string out = markdown ? fmt::format("# {} ↔ {}\n\n", a.reference(), b.reference())
                             : fmt::format("{} ↔ {}\n", a.reference(), b.reference());
  out += banner_lines({&a, &b}, lang, markdown);
  if (crosswalk.status != model::Status::Official) {
    const std::string note = fmt::format("{} ({}, {}): {}", tr(lang, "Crosswalk", "Crosswalk"), crosswalk.method,
                                         model::status_name(crosswalk.status), util::collapse_whitespace(crosswalk.status_note));
    out += markdown ? "> " + md(note) + "\n\n" : util::wrap(escape_control(note), 100) + "\n";
  }
  out += tr(lang, "Niet gemapt betekent onbekend: geen gat en niet gedekt.\n",
            "Unmapped means unknown: neither a gap nor covered.\n");
  for (const auto* side : {&diff.a, &diff.b}) {
    const auto& other = side == &diff.a ? b : a;
    out += markdown ? fmt::format("\n## {} {} {}\n\n", side->set->reference(), tr(lang, "gedekt door", "covered by"), other.reference())
                    : fmt::format("\n{} {} {}\n", side->set->reference(), tr(lang, "gedekt door", "covered by"), other.reference());
    out += (markdown ? "**" + std::string(tr(lang, "Totaal", "Total")) + "**: " : "  " + std::string(tr(lang, "Totaal", "Total")) + ": ") +
           counts_text(side->total, lang) + "\n";
    if (markdown) out += "\n";
    for (const auto& [theme, counts] : side->themes) {
      const std::string line = fmt::format("{} {}: {}", escape_control(theme->id), escape_control(theme->title), counts_text(counts, lang));
      out += markdown ? "- " + md(line) + "\n" : "  " + util::wrap(line, 96, "      ") + "\n";
    }
  }
  for (const auto* side : {&diff.a, &diff.b}) {
    out += markdown ? fmt::format("\n## {} {}\n\n", tr(lang, "Per norm van", "Per norm of"), side->set->reference())
                    : fmt::format("\n{} {}\n", tr(lang, "Per norm van", "Per norm of"), side->set->reference());
    for (const auto& n : side->norms) {
      if (n.coverage == Coverage::NotApplicable) continue;
      std::vector<std::string> related;
      for (const auto& [other, relation] : n.related) related.push_back(other->id + " " + std::string(model::relation_name(relation)));
      const std::string line = fmt::format("{:<6} {:<24} {}", escape_control(n.norm->id), coverage_word(n.coverage, lang),
                                           related.empty() ? "" : escape_control(util::join(related, ", ")));
      out += markdown ? "- " + md(line) + "\n" : "  " + line + "\n";
    }
  }
  out += markdown ? fmt::format("\n## {}\n\n| {} \\\\ {} |", tr(lang, "Thema's × thema's", "Themes × themes"), a.id, b.id)
                  : fmt::format("\n{} ({} {}, {} {})\n{:<8}", tr(lang, "Thema's × thema's", "Themes × themes"),
                                tr(lang, "rijen", "rows"), a.reference(), tr(lang, "kolommen", "columns"), b.reference(), "");
  for (const auto& theme : b.themes) out += markdown ? " " + md(theme.id) + " |" : fmt::format("{:>6}", escape_control(theme.id));
  out += "\n";
  if (markdown) {
    out += "|---|";
    for (std::size_t i = 0; i < b.themes.size(); ++i) out += "---:|";
    out += "\n";
  }
  for (const auto& ta : a.themes) {
    out += markdown ? "| " + md(ta.id) + " |" : fmt::format("{:<8}", escape_control(ta.id));
    for (const auto& tb : b.themes) {
      const auto it = diff.matrix.find({ta.id, tb.id});
      const std::size_t count = it == diff.matrix.end() ? 0 : it->second;
      out += markdown ? fmt::format(" {} |", count) : fmt::format("{:>6}", count);
    }
    out += "\n";
  }
  return out;
}

std::string render_transfer(const model::NormSet& source, const model::NormSet& target,
                            const analysis::Transfer& transfer, const std::vector<analysis::UnsoundChain>& unsound,
                            Format format, Lang lang) {
  const auto kind_name = [](TransferredNorm::Kind kind) {
    return kind == TransferredNorm::Kind::Carried ? "carried" : kind == TransferredNorm::Kind::Verify ? "verify" : "no-source";
  };
  const auto value_for = [&](std::optional<model::Meaning> meaning) -> std::string {
    if (!meaning) return "-";
    for (const auto& v : target.scale)
      if (v.meaning == *meaning) return v.value;
    return std::string(model::meaning_name(*meaning));
  };
  if (format == Format::Json) {
    util::JsonWriter json;
    json.begin_object().key("schema").value("labeltool-gap/1");
    json.key("source").value(source.reference()).key("target").value(target.reference());
    json.key("carried").value(static_cast<std::uint64_t>(transfer.carried));
    json.key("verify").value(static_cast<std::uint64_t>(transfer.verify));
    json.key("no_source").value(static_cast<std::uint64_t>(transfer.no_source));
    json.key("norms").begin_array();
    for (const auto& n : transfer.norms) {
      json.begin_object().key("id").value(n.norm->id).key("kind").value(kind_name(n.kind));
      json.key("score");
      if (n.meaning) json.value(value_for(n.meaning)); else json.null();
      json.key("why").value(n.why).key("sources").begin_array();
      for (const auto& s : n.sources) {
        json.begin_object().key("norm").value(s.norm->id).key("score").value(s.answer->score);
        json.key("relation").value(model::relation_name(s.relation)).key("rule").value(s.rule).end_object();
      }
      json.end_array().end_object();
    }
    json.end_array().key("unsound_chains").begin_array();
    for (const auto& u : unsound) {
      json.begin_object().key("first").value(u.first).key("middle").value(u.middle).key("last").value(u.last);
      json.key("relations").value(std::string(model::relation_name(u.first_relation)) + "∘" +
                                  std::string(model::relation_name(u.second_relation))).end_object();
    }
    json.end_array().end_object();
    return json.str();
  }
  const bool markdown = format == Format::Markdown;
  std::string out = markdown ? fmt::format("# {} → {}\n\n", source.reference(), target.reference())
                             : fmt::format("{} → {}\n", source.reference(), target.reference());
  out += banner_lines({&source, &target}, lang, markdown);
  const std::size_t total = transfer.norms.size();
  out += fmt::format("{}{}: {}; {}: {}; {}: {}\n", markdown ? "\n" : "", tr(lang, "Overgenomen", "Carried"),
                     share(transfer.carried, total, lang), tr(lang, "te verifiëren", "to verify"), share(transfer.verify, total, lang),
                     tr(lang, "zonder bron (nog te doen)", "no source (work to do)"), share(transfer.no_source, total, lang));
  const auto section = [&](TransferredNorm::Kind kind, std::string_view title, std::size_t count) {
    out += markdown ? fmt::format("\n## {} ({})\n\n", title, count) : fmt::format("\n{} ({})\n", title, count);
    for (const auto& n : transfer.norms) {
      if (n.kind != kind) continue;
      std::string line = norm_label(*n.norm);
      if (kind != TransferredNorm::Kind::NoSource) {
        std::vector<std::string> sources;
        for (const auto& s : n.sources)
          sources.push_back(s.norm->id + " " + std::string(model::relation_name(s.relation)) + " '" + escape_control(s.answer->score) + "'");
        std::string why;
        if (n.decisive) {
          const auto& d = n.sources[*n.decisive];
          const bool full = d.relation == model::Relation::Equal || d.relation == model::Relation::Superset;
          why = fmt::format("{}: {}, {}", tr(lang, "beslissend", "decisive"), d.norm->id,
                            full ? tr(lang, "score gaat mee", "the score carries over")
                                 : tr(lang, "hoogstens deels, verifiëren", "at most partly met, verify"));
        } else {
          why = std::string(tr(lang, "niets over te nemen, verifiëren", "nothing to carry, verify"));
        }
        line += fmt::format(" — {} ({} {}; {})", value_for(n.meaning), tr(lang, "uit", "from"), util::join(sources, ", "), why);
      }
      out += markdown ? "- " + md(line) + "\n" : "  " + util::wrap(escape_control(line), 96, "      ") + "\n";
    }
  };
  section(TransferredNorm::Kind::Carried, tr(lang, "Overgenomen", "Carried"), transfer.carried);
  section(TransferredNorm::Kind::Verify, tr(lang, "Te verifiëren", "To verify"), transfer.verify);
  section(TransferredNorm::Kind::NoSource, tr(lang, "Zonder bron: nog te doen", "No source: work to do"), transfer.no_source);
  if (!unsound.empty()) {
    out += markdown ? fmt::format("\n## {} ({})\n\n", tr(lang, "Ketens om te beoordelen", "Chains to review"), unsound.size())
                    : fmt::format("\n{} ({})\n", tr(lang, "Ketens om te beoordelen", "Chains to review"), unsound.size());
    for (const auto& u : unsound) {
      const std::string line = fmt::format("{} →{}→ {} →{}→ {}: {}", u.first, model::relation_name(u.first_relation), u.middle,
                                           model::relation_name(u.second_relation), u.last,
                                           tr(lang, "niet samen te stellen, niet gebruikt", "cannot be composed, not used"));
      out += markdown ? "- " + md(line) + "\n" : "  " + escape_control(line) + "\n";
    }
  }
  return out;
}

std::string render_prefilled(const model::Zelfevaluatie& from, const model::NormSet& source,
                             const model::NormSet& target, const analysis::Transfer& transfer, const std::string& date) {
  const auto value_for = [&](model::Meaning meaning) -> std::string {
    for (const auto& v : target.scale)
      if (v.meaning == meaning) return v.value;
    return "";
  };
  std::string out = fmt::format("# Vooringevuld door labeltool gap uit {} ({}) via een crosswalk.\n", source.reference(),
                                escape_control(util::collapse_whitespace(from.organisation)));
  out += "# Controleer elk antwoord; 'verify' in carried_from betekent: nog verifiëren.\n";
  out += "labeltool: zelfevaluatie/1\n";
  out += "normset: " + target.reference() + "\n";
  out += "organisation: " + yaml_quote(from.organisation) + "\n";
  out += "date: " + date + "\n";
  out += "answers:\n";
  for (const auto& n : transfer.norms) {
    out += "  " + yaml_quote(n.norm->id) + ":\n";
    if (!n.meaning || value_for(*n.meaning).empty()) {
      out += "    score:\n    toelichting:\n";
      continue;
    }
    out += "    score: " + yaml_quote(value_for(*n.meaning)) + "\n";
    std::vector<std::string> texts, evidence;
    for (const auto& s : n.sources) {
      if (!s.answer->toelichting.empty()) texts.push_back(s.norm->id + ": " + util::collapse_whitespace(s.answer->toelichting));
      evidence.insert(evidence.end(), s.answer->evidence.begin(), s.answer->evidence.end());
    }
    out += "    toelichting: " + yaml_quote((n.kind == TransferredNorm::Kind::Verify ? "TE VERIFIËREN. " : "") +
                                          std::string("Overgenomen uit ") + source.reference() + ". " + util::join(texts, " ")) + "\n";
    if (!evidence.empty()) {
      out += "    evidence:\n";
      for (const auto& e : evidence) out += "      - " + yaml_quote(e) + "\n";
    }
    if (n.meaning != model::Meaning::Met) {
      for (const auto& s : n.sources) {
        if (s.answer->action.empty()) continue;
        out += "    action: " + yaml_quote(s.answer->action) + "\n";
        if (!s.answer->owner.empty()) out += "    owner: " + yaml_quote(s.answer->owner) + "\n";
        if (!s.answer->due.empty()) out += "    due: " + yaml_quote(s.answer->due) + "\n";
        break;
      }
    }
    out += "    carried_from:\n";
    for (const auto& s : n.sources) {
      out += "      - {normset: " + source.reference() + ", norm: " + yaml_quote(s.norm->id) + ", relation: " +
             std::string(model::relation_name(s.relation)) + ", score: " + yaml_quote(s.answer->score) + ", rule: " +
             yaml_quote(s.rule) + "}\n";
    }
  }
  return out;
}

std::string render_plan(const model::NormSet& a, const model::NormSet& b, const analysis::Plan& plan, Format format,
                        Lang lang) {
  if (format == Format::Json) {
    util::JsonWriter json;
    json.begin_object().key("schema").value("labeltool-plan/1").key("a").value(a.reference()).key("b").value(b.reference());
    json.key("groups").begin_array();
    for (const auto& g : plan.groups) {
      json.begin_object().key("discipline").value(g.discipline).key("name").value(g.name);
      json.key("shared").value(static_cast<std::uint64_t>(g.shared)).key("only_a").value(static_cast<std::uint64_t>(g.only_a));
      json.key("only_b").value(static_cast<std::uint64_t>(g.only_b)).key("items").begin_array();
      for (const auto& item : g.items) {
        json.begin_object();
        json.key("a");
        if (item.a) json.value(item.a->id); else json.null();
        json.key("b");
        if (item.b) json.value(item.b->id); else json.null();
        if (item.a && item.b) json.key("relation").value(model::relation_name(item.relation));
        json.end_object();
      }
      json.end_array().end_object();
    }
    json.end_array().end_object();
    return json.str();
  }
  const bool markdown = format == Format::Markdown;
  std::string out = markdown ? fmt::format("# {}: {} + {}\n\n", tr(lang, "Gecombineerde audit", "Combined audit"), a.reference(), b.reference())
                             : fmt::format("{}: {} + {}\n", tr(lang, "Gecombineerde audit", "Combined audit"), a.reference(), b.reference());
  out += banner_lines({&a, &b}, lang, markdown);
  out += fmt::format("{}{} {} {}, {} {} {}, {} {}\n", markdown ? "\n" : "", plan.norms_a, tr(lang, "normen van", "norms of"),
                     a.reference(), plan.norms_b, tr(lang, "normen van", "norms of"), b.reference(), plan.pairs,
                     tr(lang, "overlappende paren (één keer gevraagd)", "overlapping pairs (asked once)"));
  for (const auto& g : plan.groups) {
    const std::string name = g.discipline.empty() ? std::string(tr(lang, "(geen gespreksgroep)", "(no interview group)")) : g.name;
    const std::string counts = fmt::format("{} {}, {} {} {}, {} {} {}", g.shared, tr(lang, "gedeeld", "shared"), g.only_a,
                                           tr(lang, "alleen", "only"), a.id, g.only_b, tr(lang, "alleen", "only"), b.id);
    out += markdown ? fmt::format("\n## {} ({})\n\n", md(name), counts) : fmt::format("\n{} ({})\n", escape_control(name), counts);
    for (const auto& item : g.items) {
      std::string line;
      if (item.a && item.b) {
        line = fmt::format("{} + {} [{}] {} / {}", item.a->id, item.b->id, model::relation_name(item.relation),
                           item.a->title, item.b->title);
      } else {
        const model::Norm* norm = item.a ? item.a : item.b;
        line = fmt::format("{} {} {}", (item.a ? a : b).id, norm->id, norm->title);
      }
      out += markdown ? "- " + md(line) + "\n" : "  " + escape_control(line) + "\n";
    }
  }
  return out;
}

}  // namespace labeltool::report
