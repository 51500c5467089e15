#include "diag/source.hpp"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>
#include <tuple>
#include <variant>

#include "util/encoding.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace labeltool {

namespace {
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> serial{0};
  return ++serial;
}

/// The one released source read again, shared by every SourceFile: findings are printed file
/// by file, so one file is read once for all its findings, and memory holds one file at most.
struct Reread {
  std::mutex mutex;
  std::uint64_t serial = 0;
  std::shared_ptr<const std::string> text;
};

Reread& last_reread() {
  static Reread reread;
  return reread;
}

/// `raw` as the readers turn file bytes into text (BOM removed or kept, line ends normalised,
/// text that is not UTF-8 read as Windows-1252, as the CSV reader does), when one of those
/// gives exactly the text of `size` bytes and hash `hash`.
std::optional<std::string> same_text(std::string raw, std::size_t size, std::size_t hash) {
  const auto decoded = [](std::string bytes) {
    bytes = util::normalise_line_ends(std::move(bytes));
    if (util::find_invalid_utf8(bytes)) bytes = util::decode_cp1252(bytes).utf8;
    return bytes;
  };
  const auto matches = [&](const std::string& text) {
    return text.size() == size && std::hash<std::string_view>{}(text) == hash;
  };
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (std::string_view(raw).substr(0, kBom.size()) == kBom) {
    std::string without = decoded(raw.substr(kBom.size()));
    if (matches(without)) return without;
  }
  std::string text = decoded(std::move(raw));
  if (matches(text)) return text;
  return std::nullopt;
}
}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), serial_(next_serial()) {
  // Sized exactly: lint keeps the sources of every file it read, and growing by doubling
  // left up to half of each table unused. memchr, not a loop over every byte: this runs
  // over every byte lint reads.
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  const auto next_line_end = [end](const char* from) {
    return static_cast<const char*>(std::memchr(from, '\n', static_cast<std::size_t>(end - from)));
  };
  std::size_t lines = 1;
  for (const char* at = next_line_end(begin); at; at = next_line_end(at + 1)) ++lines;
  line_starts_.reserve(lines);
  line_starts_.push_back(0);
  for (const char* at = next_line_end(begin); at; at = next_line_end(at + 1))
    line_starts_.push_back(static_cast<std::uint32_t>(at + 1 - begin));
  for (std::uint32_t number = 1; number <= line_starts_.size(); ++number) {
    const std::string_view whole = line(number);
    if (whole.size() <= kLongLine) continue;
    auto& offsets = checkpoints_[number];
    std::size_t characters = 0;
    for (std::size_t byte = 0; byte < whole.size(); ++byte) {
      if (is_continuation(whole[byte])) continue;
      if (characters % kCheckpointEvery == 0) offsets.push_back(static_cast<std::uint32_t>(byte));
      ++characters;
    }
  }
}

SourceFile::SourceFile(std::string path, std::string sheet, std::vector<SheetCellText> cells)
    : path_(std::move(path)),
      serial_(next_serial()),
      sheet_(std::move(sheet)),
      cells_(std::move(cells)) {
  line_starts_.push_back(0);
  std::sort(cells_.begin(), cells_.end(), [](const SheetCellText& a, const SheetCellText& b) {
    return std::tie(a.position.line, a.position.column) <
           std::tie(b.position.line, b.position.column);
  });
}

std::size_t SourceFile::byte_of_column(std::uint32_t line_number, std::uint32_t column) const {
  return released_ ? 0 : byte_of_column_in(text_, line_number, column);
}

std::size_t SourceFile::byte_of_column_in(std::string_view text, std::uint32_t line_number,
                                          std::uint32_t column) const {
  const std::string_view whole = line_in(text, line_number);
  const std::size_t index = column > 1 ? column - 1 : 0;  // of the character, 0-based
  std::size_t from_byte = 0, from_index = 0;
  if (const auto found = checkpoints_.find(line_number); found != checkpoints_.end()) {
    const std::size_t checkpoint = std::min(index / kCheckpointEvery, found->second.size() - 1);
    from_byte = found->second[checkpoint];
    from_index = checkpoint * kCheckpointEvery;
  }
  return from_byte + util::byte_of_code_point(whole.substr(from_byte), index - from_index);
}

SourceExcerpt SourceFile::excerpt(Position position) const {
  constexpr std::size_t kWindow = SourceExcerpt::kWindowBytes;
  if (!sheet_.empty()) {
    const auto found = std::lower_bound(
        cells_.begin(), cells_.end(), position, [](const SheetCellText& cell, Position at) {
          return std::tie(cell.position.line, cell.position.column) < std::tie(at.line, at.column);
        });
    if (found == cells_.end() || found->position.line != position.line ||
        found->position.column != position.column)
      return {};
    // A cell's value from its start: a long one is cut at a character boundary.
    const std::string_view value = found->text;
    if (value.size() <= 2 * kWindow) return {std::string(value), 1, false};
    std::size_t end = kWindow;
    while (end > 0 && is_continuation(value[end])) --end;
    return {std::string(value.substr(0, end)), 1, true};
  }
  if (!released_) return line_excerpt(text_, position);
  const auto text = reread_text();
  return text ? line_excerpt(*text, position) : SourceExcerpt{};
}

SourceExcerpt SourceFile::line_excerpt(std::string_view text, Position position) const {
  constexpr std::size_t kWindow = SourceExcerpt::kWindowBytes;
  const std::string_view whole = line_in(text, position.line);
  if (whole.size() <= 2 * kWindow) return {std::string(whole), 1, false};
  const std::size_t at = byte_of_column_in(text, position.line, position.column);
  // Character boundaries are at most three bytes away in UTF-8; invalid text stops there.
  std::size_t start = at > kWindow / 2 ? at - kWindow / 2 : 0;
  for (int step = 0; step < 3 && start > 0 && is_continuation(whole[start]); ++step) --start;
  std::size_t end = std::min(whole.size(), start + kWindow);
  for (int step = 0; step < 3 && end < whole.size() && is_continuation(whole[end]); ++step) ++end;
  const auto before = util::count_code_points(whole.substr(start, at - start));
  const std::uint32_t first_column =
      position.column > before ? static_cast<std::uint32_t>(position.column - before) : 1;
  return {std::string(whole.substr(start, end - start)), first_column, end < whole.size()};
}

std::string_view SourceFile::line(std::uint32_t line) const {
  return released_ ? std::string_view() : line_in(text_, line);  // the line table outlives it
}

std::string_view SourceFile::line_in(std::string_view text, std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text.size();
  if (end > text.size() || start > end) return {};  // the released text, read by byte_of_column
  return text.substr(start, end - start);
}

void SourceFile::release_text() const {
  if (released_ || !sheet_.empty()) return;
  text_size_ = text_.size();
  text_hash_ = std::hash<std::string_view>{}(text_);
  std::string().swap(text_);
  released_ = true;
}

std::shared_ptr<const std::string> SourceFile::reread_text() const {
  Reread& reread = last_reread();
  const std::lock_guard<std::mutex> lock(reread.mutex);
  if (reread.serial == serial_) return reread.text;
  reread.text.reset();  // one file at a time: the previous one goes before this one is read
  // CR LF line ends shrank the text to as little as half the file; anything larger than
  // that is not the same file.
  auto bytes = util::read_file(path_, 2 * static_cast<std::uint64_t>(text_size_) + 16);
  if (auto* raw = std::get_if<std::string>(&bytes))
    if (auto text = same_text(std::move(*raw), text_size_, text_hash_))
      reread.text = std::make_shared<const std::string>(std::move(*text));
  reread.serial = serial_;
  return reread.text;
}

Position SourceFile::position_from_bytes(std::uint32_t line0, std::uint32_t byte_column0) const {
  if (line0 >= line_starts_.size()) line0 = static_cast<std::uint32_t>(line_starts_.size() - 1);
  const std::string_view whole_line = line(line0 + 1);
  const std::string_view prefix =
      whole_line.substr(0, std::min<std::size_t>(byte_column0, whole_line.size()));
  const auto characters = util::count_code_points(prefix) +
                          (byte_column0 > whole_line.size() ? byte_column0 - whole_line.size() : 0);
  return Position{line0 + 1, static_cast<std::uint32_t>(characters + 1)};
}

Position PositionCursor::operator()(std::uint32_t line0, std::uint32_t byte_column0) {
  const std::string_view line = source_.line(line0 + 1);
  // A mark past the end of its line (or on no line) is rare and has nothing to count on.
  if (byte_column0 > line.size() || line.empty())
    return source_.position_from_bytes(line0, byte_column0);
  if (line0 != line0_ || byte_column0 < byte_column0_) {
    line0_ = line0;
    byte_column0_ = 0;
    characters_ = 0;
  }
  characters_ += util::count_code_points(line.substr(byte_column0_, byte_column0 - byte_column0_));
  byte_column0_ = byte_column0;
  return Position{line0 + 1, static_cast<std::uint32_t>(characters_ + 1)};
}

Position SourceFile::position_of_offset(std::size_t offset) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line0 = static_cast<std::uint32_t>(after - line_starts_.begin() - 1);
  return position_from_bytes(line0, static_cast<std::uint32_t>(offset - line_starts_[line0]));
}

Diagnostic make_diagnostic(const SourceFile& source, Position position, Code code,
                           Message message) {
  Diagnostic diagnostic = make_file_diagnostic(source.path(), code, std::move(message));
  diagnostic.position = position;
  diagnostic.source = source.weak_from_this().lock();
  if (!diagnostic.source) diagnostic.excerpt = source.excerpt(position);
  return diagnostic;
}

Diagnostic make_file_diagnostic(std::string path, Code code, Message message) {
  // Every finding a person reads has Dutch of its own: a debug build (the test suites) stops
  // at one that has not, so that no new message can reach a Dutch report in English.
  assert(!message.nl.empty() && "a finding needs its Dutch text (diag::Message{en, nl})");
  Diagnostic diagnostic;
  diagnostic.severity = code_info(code).severity;
  diagnostic.code = code;
  diagnostic.file = std::move(path);
  diagnostic.message = std::move(message.en);
  diagnostic.message_nl = std::move(message.nl);
  return diagnostic;
}

RelatedLocation make_related(const SourceFile& source, Position position, Message message) {
  assert(!message.nl.empty() && "a related location needs its Dutch text");
  RelatedLocation related{source.path(),         position, std::move(message.en), {},
                          std::move(message.nl), {}};
  related.source = source.weak_from_this().lock();
  if (!related.source) related.excerpt = source.excerpt(position);
  return related;
}

SourceExcerpt excerpt_of(const Diagnostic& diagnostic) {
  if (!diagnostic.source || diagnostic.position.line == 0) return diagnostic.excerpt;
  return diagnostic.source->excerpt(diagnostic.position);
}

SourceExcerpt excerpt_of(const RelatedLocation& related) {
  if (!related.source || related.position.line == 0) return related.excerpt;
  return related.source->excerpt(related.position);
}

std::string column_name(std::uint32_t column) {
  std::string name;
  for (; column > 0; column = (column - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
  return name;
}

std::string cell_name(Position position) {
  return column_name(position.column) + std::to_string(position.line);
}

std::string cell_location(const SourcePtr& source, Position position) {
  if (!source || source->sheet().empty() || position.line == 0) return {};
  const std::string& sheet = source->sheet();
  // Excel quotes a sheet name that is not one plain word, doubling quotes inside it.
  const bool plain = std::all_of(sheet.begin(), sheet.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           (static_cast<unsigned char>(c) & 0x80);
  });
  std::string name = sheet;
  if (!plain) {
    name.clear();
    for (char c : sheet) name += c == '\'' ? std::string("''") : std::string(1, c);
    name = "'" + name + "'";
  }
  return name + "!" + cell_name(position);
}

}  // namespace labeltool
