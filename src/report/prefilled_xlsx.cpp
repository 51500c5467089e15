#include "report/prefilled_xlsx.hpp"

#include "report/common.hpp"
#include "report/gap_report.hpp"
#include "report/workbook_form.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::TransferredNorm;

/// The sources of one target norm, one line each: "kssw@2019 O1 (equal, score 'voldoet'): …".
std::string origin_note(const TransferredNorm& n, const model::NormSet& source, Lang lang) {
  std::vector<std::string> notes;
  for (const auto& s : n.sources)
    notes.push_back(fill(kOriginNote, lang, source.reference(), s.norm->id,
                         model::relation_name(s.relation), s.answer->score,
                         transfer_rule_text(s, lang)));
  return util::join(notes, "\n");
}

/// The carried answer: the target's score, a toelichting that says where it came from (and
/// starts with the to-verify mark when it must be checked), the sources' evidence, and the
/// first open action of a source.
FormAnswer carried_answer(const TransferredNorm& n, const model::NormSet& source, Lang lang) {
  FormAnswer answer;
  answer.note = origin_note(n, source, lang);
  if (n.score.empty()) return answer;
  answer.score = n.score;
  if (n.kind == TransferredNorm::Kind::Verify) {
    answer.mark = AnswerMark::ToVerify;
    answer.toelichting = std::string(kToVerifyMark.in(lang)) + " ";
  }
  answer.toelichting += std::string(kCarriedOverFrom.in(lang)) + " " + source.reference() + ".";
  for (const auto& s : n.sources) {
    if (!s.answer->toelichting.empty())
      answer.toelichting +=
          " " + s.norm->id + ": " + util::collapse_whitespace(s.answer->toelichting);
    answer.evidence.insert(answer.evidence.end(), s.answer->evidence.begin(),
                           s.answer->evidence.end());
  }
  if (n.meaning != model::Meaning::Met) {
    for (const auto& s : n.sources) {
      if (s.answer->action.empty()) continue;
      answer.action = s.answer->action;
      answer.owner = s.answer->owner;
      answer.due = s.answer->due;
      break;
    }
  }
  return answer;
}

}  // namespace

void write_prefilled_xlsx(xlsx::WorkbookWriter& book, const model::Zelfevaluatie& from,
                          const model::NormSet& source, const model::NormSet& target,
                          const analysis::Transfer& transfer, const std::vector<std::string>& scope,
                          const std::string& date, const std::string& file_name, Lang lang) {
  FormContent content;
  content.scope = scope;
  content.organisation = from.organisation;
  content.filled_in_by = from.filled_in_by;
  content.date = date;
  content.file_name = file_name;
  content.origin = fill(kPrefilledWorkbook, lang, source.reference(),
                        util::collapse_whitespace(from.organisation));
  for (const auto& n : transfer.norms)
    if (!n.sources.empty()) content.answers.emplace(n.norm->id, carried_answer(n, source, lang));
  write_form_workbook(book, target, content, lang);
}

}  // namespace labeltool::report
