#include "report/words.hpp"

namespace labeltool::report {

const Words& words(Lang lang) {
  static const Words nl{
      "normen", "Norm", "Toelichting", "Bewijs", "Geldt voor", "Gesprek met", "Status",
      "Eigenaar", "Geldig vanaf", "Bronnen", "Variant van", "ILLUSTRATIEF", "CONCEPT", "thema's",
      "Schaal", "Beslisregel",
      // check
      "Zelfevaluatie", "Normenkader", "Scope", "alle", "Datum", "Ingevuld door", "Stand per thema",
      "Thema", "Totaal", "open", "% voldoet", "van", "voldoet aan de regel", "nog niet",
      "onvolledig", "zonder antwoord", "toegestaan", "minimaal", "Verbeterpunten",
      "Geen verbeterpunten.", "Actie", "uiterlijk", "geen antwoord", "Bewijs nog niet genoemd",
      "verwacht", "Bevindingen", "geen", "deels", "niet", "n.v.t.", "voldoet", "Oordeel",
      // progress
      "beter", "slechter", "nieuw", "gelijk", "vervallen", "Wijzigingen"};
  static const Words en{
      "norms", "Norm", "Guidance", "Evidence", "Applies to", "Interviewed", "Status", "Owner",
      "Valid from", "Sources", "Variant of", "ILLUSTRATIVE", "DRAFT", "themes", "Scale",
      "Verdict rule",
      // check
      "Self-assessment", "Norm set", "Scope", "all", "Date", "Filled in by", "Standing per theme",
      "Theme", "Total", "open", "% met", "of", "meets the rule", "not yet", "incomplete",
      "without an answer", "allowed", "at least", "Gaps", "No gaps.", "Action", "due",
      "no answer", "Evidence not yet named", "expected", "Findings", "none", "partly", "not",
      "n/a", "met", "Verdict",
      // progress
      "better", "worse", "new", "unchanged", "removed", "Changes"};
  return lang == Lang::Nl ? nl : en;
}

}  // namespace labeltool::report
