#include "report/common.hpp"

#include "report/markdown.hpp"
#include "report/normset_view.hpp"
#include "util/text.hpp"

namespace labeltool::report {

std::string counted(std::size_t n, const Phrase& one, const Phrase& many, Lang lang) {
  return fmt::format("{} {}", n, (n == 1 ? one : many).in(lang));
}

std::string capitalised(std::string_view words) {
  std::string out(words);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string share(std::size_t part, std::size_t whole, Lang lang) {
  if (whole == 0) return fmt::format("{} {} 0", part, kOf.in(lang));
  return fmt::format("{} {} {} ({:.0f}%)", part, kOf.in(lang), whole,
                     100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

std::string norm_label(const model::Norm& norm) {
  return util::escape_control(norm.id + " " + norm.title);
}

std::string status_banners(std::initializer_list<const model::NormSet*> sets, Lang lang,
                           Format format) {
  std::string out;
  for (const auto* set : sets) {
    const std::string banner = status_banner(*set, lang, BannerLength::Short);
    if (banner.empty()) continue;
    out += format == Format::Markdown ? "> **" + markdown_escape(banner) + "**\n\n"
                                      : util::wrap(banner, 100) + "\n";
  }
  return out;
}

std::string Layout::heading(std::string_view title, std::string_view detail) const {
  return markdown() ? fmt::format("\n## {} ({})\n\n", title, detail)
                    : fmt::format("\n{} ({})\n", title, detail);
}

std::string Layout::heading(std::string_view title, std::size_t count) const {
  return heading(title, std::to_string(count));
}

std::string Layout::escaped(std::string_view text) const {
  return markdown() ? markdown_escape(text) : util::escape_control(text);
}

std::string Layout::item(std::string_view text) const {
  return (markdown() ? "- " : "  ") + escaped(text) + "\n";
}

std::string Layout::wrapped_item(std::string_view text) const {
  return markdown() ? item(text) : "  " + util::wrap(escaped(text), 96, "      ") + "\n";
}

}  // namespace labeltool::report
