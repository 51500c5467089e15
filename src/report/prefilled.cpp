#include "report/prefilled.hpp"

#include "report/common.hpp"
#include "report/gap_report.hpp"
#include "util/text.hpp"
#include "yaml/writer.hpp"

namespace labeltool::report {
namespace {

using analysis::TransferredNorm;
using yaml::quote;

/// The language of the file's own comments and toelichting: Dutch, whatever --lang says.
constexpr Lang kFileLang = Lang::Nl;

/// "TE VERIFIËREN. Overgenomen uit kssw@2019. O1: …": where the answer came from, and what
/// its sources said.
std::string toelichting(const TransferredNorm& n, const model::NormSet& source) {
  std::vector<std::string> texts;
  for (const auto& s : n.sources) {
    if (!s.answer->toelichting.empty())
      texts.push_back(s.norm->id + ": " + util::collapse_whitespace(s.answer->toelichting));
  }
  std::string text;
  if (n.kind == TransferredNorm::Kind::Verify)
    text = std::string(kToVerifyMark.in(kFileLang)) + " ";
  return text + std::string(kCarriedOverFrom.in(kFileLang)) + " " + source.reference() + ". " +
         util::join(texts, " ");
}

/// The first source's action that is not met yet, with its owner and due date.
std::string action_lines(const TransferredNorm& n) {
  if (n.meaning == model::Meaning::Met) return {};
  for (const auto& s : n.sources) {
    if (s.answer->action.empty()) continue;
    std::string out = "    action: " + quote(s.answer->action) + "\n";
    if (!s.answer->owner.empty()) out += "    owner: " + quote(s.answer->owner) + "\n";
    if (!s.answer->due.empty()) out += "    due: " + quote(s.answer->due) + "\n";
    return out;
  }
  return {};
}

/// One answer: score, toelichting, evidence, action and where it was carried from.
std::string answer_yaml(const TransferredNorm& n, const model::NormSet& source, Lang lang) {
  std::string out = "  " + quote(n.norm->id) + ":\n";
  if (n.score.empty()) return out + "    score:\n    toelichting:\n";
  out += "    score: " + quote(n.score) + "\n";
  out += "    toelichting: " + quote(toelichting(n, source)) + "\n";
  std::vector<std::string> evidence;
  for (const auto& s : n.sources)
    evidence.insert(evidence.end(), s.answer->evidence.begin(), s.answer->evidence.end());
  if (!evidence.empty()) {
    out += "    evidence:\n";
    for (const auto& e : evidence) out += "      - " + quote(e) + "\n";
  }
  out += action_lines(n);
  out += "    carried_from:\n";
  for (const auto& s : n.sources) {
    out += "      - {normset: " + source.reference() + ", norm: " + quote(s.norm->id) +
           ", relation: " + std::string(model::relation_name(s.relation)) +
           ", score: " + quote(s.answer->score) + ", rule: " + quote(transfer_rule_text(s, lang)) +
           "}\n";
  }
  return out;
}

}  // namespace

std::string render_prefilled(const model::Zelfevaluatie& from, const model::NormSet& source,
                             const model::NormSet& target, const analysis::Transfer& transfer,
                             const std::vector<std::string>& scope, const std::string& date,
                             Lang lang) {
  const std::string organisation =
      util::escape_control(util::collapse_whitespace(from.organisation));
  std::string out = fill(kPrefilledFrom, kFileLang, source.reference(), organisation) + "\n";
  out += std::string(kPrefilledCheck.in(kFileLang)) + "\n";
  out += "labeltool: zelfevaluatie/1\n";
  out += "normset: " + target.reference() + "\n";
  out += "organisation: " + quote(from.organisation) + "\n";
  if (!scope.empty()) {
    out += "scope:\n";
    for (const auto& id : scope) out += "  - " + quote(id) + "\n";
  }
  out += "date: " + date + "\n";
  if (!from.filled_in_by.empty()) {
    out += "filled_in_by:\n";
    for (const auto& who : from.filled_in_by) out += "  - " + quote(who) + "\n";
  }
  out += "answers:\n";
  for (const auto& n : transfer.norms) out += answer_yaml(n, source, lang);
  return out;
}

}  // namespace labeltool::report
