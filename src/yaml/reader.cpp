// The one YAML reader. yaml-cpp's event parser feeds a handler that builds our tree and
// enforces what yaml-cpp does not: duplicate keys, bounded alias expansion, bounded depth,
// a single document. Byte-level checks (size, NUL, UTF-8) happen before yaml-cpp sees the text.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/core.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <unordered_map>

#include "util/encoding.hpp"
#include "util/file.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"

namespace labeltool::yaml {

const Node* Node::find(std::string_view wanted) const {
  for (const auto& child : children)
    if (child.key == wanted) return &child;
  return nullptr;
}

std::string_view describe_kind(const Node& node) {
  switch (node.kind) {
    case NodeKind::Null:
      return "nothing";
    case NodeKind::Scalar:
      return "text";
    case NodeKind::Sequence:
      return "a list";
    case NodeKind::Mapping:
      return "a mapping";
  }
  return "nothing";
}

namespace {

/// Thrown from the event handler to stop parsing at the first fatal problem.
struct StopParsing {
  Diagnostic diagnostic;
};

std::size_t count_nodes(const Node& node) {
  std::size_t count = 1;
  for (const auto& child : node.children) count += count_nodes(child);
  return count;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& source, const ReadLimits& limits)
      : source_(source),
        cursor_(source),
        limits_(limits),
        // About one node per 16 bytes of text, of 72 bytes each, with most texts verbatim.
        storage_(std::make_shared<Arena>(
            std::clamp<std::size_t>(source.text().size() * 2, 4096, std::size_t{1} << 20))) {}

  std::optional<Node> take_root() { return root_; }
  std::shared_ptr<const Arena> take_storage() { return std::move(storage_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_++ > 0) {
      fail(mark, Code::MultipleDocuments,
           {"a second YAML document starts here; a labeltool file holds exactly one",
            "hier begint een tweede YAML-document; een labeltool-bestand bevat er precies één"});
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(mark, 1);
    Node node;
    node.position = position(mark);
    add(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      fail(mark, Code::YamlSyntax,
           {"this alias refers to a node that is not finished yet",
            "deze alias verwijst naar een deel dat nog niet af is"});
    }
    alias_nodes_ += found->second.size;
    if (alias_nodes_ > limits_.max_alias_nodes) {
      const std::string limit = std::to_string(limits_.max_alias_nodes);
      fail(mark, Code::AliasLimit,
           {"aliases expand to more than " + limit +
                " nodes (an 'alias bomb'?); raise --max-alias-nodes if this file is genuine",
            "aliassen worden groter dan " + limit +
                " delen (een 'alias-bom'?); verhoog --max-alias-nodes als het bestand echt is"});
    }
    count(mark, found->second.size);
    // The alias shares the anchored node's children: nothing is copied.
    add(found->second.node, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    count(mark, 1);
    Node node;
    node.kind = NodeKind::Scalar;
    node.position = position(mark);
    // yaml-cpp gives non-plain (quoted, block) scalars the tag "!".
    node.quoted = tag == "!";
    // Tagged scalars too: '!x "text' must not swallow the rest of the file either.
    if (node.quoted || !tag.empty()) check_closing_quote(mark);
    node.value = keep(mark, value);
    add(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, NodeKind::Sequence, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, NodeKind::Mapping, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    YAML::anchor_t anchor = 0;
    bool expecting_key = true;  // mappings alternate key and value events
    std::string_view key;
    Position key_position;
    std::size_t first_child = 0;  // where its children start in pending_
    std::unordered_map<std::string_view, Position> key_index;  // once a mapping grows large
  };

  /// The text of a scalar as a view: into the source where it is written there verbatim
  /// (plain text, or quoted without escapes), else a copy in the document's storage.
  std::string_view keep(const YAML::Mark& mark, std::string_view value) {
    if (value.empty()) return {};
    const std::string_view text = source_.text();
    if (mark.pos >= 0) {
      // A quoted scalar's mark is at its opening quote.
      for (auto at = static_cast<std::size_t>(mark.pos); at < text.size(); ++at) {
        if (text.substr(at, value.size()) == value) return text.substr(at, value.size());
        if (at > static_cast<std::size_t>(mark.pos) || (text[at] != '"' && text[at] != '\'')) break;
      }
    }
    // yaml-cpp decodes the escapes \N and \_ to the single bytes 0x85 and 0xA0 (Latin-1), not
    // to UTF-8. The text was valid UTF-8 before parsing, so any invalid byte now came from
    // such an escape: re-encode it as the code point it stands for. (A value found verbatim
    // above is valid: it is a piece of the checked text that starts at a character, and
    // yaml-cpp never ends a value inside one.)
    if (util::find_invalid_utf8(value)) return storage_->copy(util::latin1_bytes_to_utf8(value));
    return storage_->copy(value);
  }

  /// The children of the innermost open node, from pending_.
  Children pending_children(const Frame& frame) const {
    return {pending_.data() + frame.first_child,
            static_cast<std::uint32_t>(pending_.size() - frame.first_child)};
  }

  [[noreturn]] void fail(const YAML::Mark& mark, Code code, Message message) {
    throw StopParsing{make_diagnostic(source_, position(mark), code, std::move(message))};
  }

  /// yaml-cpp accepts a quoted text that is never closed and swallows the rest of the file
  /// into it; we refuse it and point at the opening quote.
  void check_closing_quote(const YAML::Mark& mark) {
    const std::string& text = source_.text();
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return;
    std::size_t start = static_cast<std::size_t>(mark.pos);
    // An explicit tag ("!x "), if any, stands before the quote.
    if (text[start] == '!') {
      while (start < text.size() && text[start] != ' ' && text[start] != '\t' &&
             text[start] != '\n')
        ++start;
      while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
    }
    if (start >= text.size()) return;
    const char quote = text[start];
    if (quote != '"' && quote != '\'') return;
    for (std::size_t i = start + 1; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else {
          return;
        }
      }
    }
    const bool double_quote = quote == '"';
    fail(mark, Code::YamlSyntax,
         {std::string("this quoted text is never closed: the closing ") +
              (double_quote ? "double" : "single") + " quote is missing",
          std::string("deze tekst tussen aanhalingstekens wordt niet gesloten: het sluitende ") +
              (double_quote ? "dubbele" : "enkele") + " aanhalingsteken ontbreekt"});
  }

  Position position(const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return {};
    return cursor_(static_cast<std::uint32_t>(mark.line), static_cast<std::uint32_t>(mark.column));
  }

  void count(const YAML::Mark& mark, std::size_t added) {
    nodes_ += added;
    if (nodes_ > limits_.max_nodes) {
      const std::string limit = std::to_string(limits_.max_nodes);
      fail(mark, Code::FileTooLarge,
           {"the document has more than " + limit + " nodes",
            "het document heeft meer dan " + limit + " delen"});
    }
  }

  void open(const YAML::Mark& mark, NodeKind kind, YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.max_depth) {
      const std::string limit = std::to_string(limits_.max_depth);
      fail(mark, Code::NestingTooDeep,
           {"nesting deeper than " + limit + " levels", "dieper genest dan " + limit + " niveaus"});
    }
    count(mark, 1);
    Frame frame;
    frame.node.kind = kind;
    frame.node.position = position(mark);
    frame.anchor = anchor;
    frame.first_child = pending_.size();
    stack_.push_back(std::move(frame));
  }

  /// Moves the children of the closing node from pending_ into the document's storage, in
  /// one run of exactly their number.
  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    const std::size_t count = pending_.size() - frame.first_child;
    if (count > 0) {
      auto* children = static_cast<Node*>(storage_->allocate(count * sizeof(Node), alignof(Node)));
      std::uninitialized_copy(pending_.begin() + static_cast<std::ptrdiff_t>(frame.first_child),
                              pending_.end(), children);
      frame.node.children = Children(children, static_cast<std::uint32_t>(count));
      pending_.resize(frame.first_child);
    }
    add(frame.node, frame.anchor);
  }

  void remember_anchor(YAML::anchor_t anchor, const Node& node) {
    if (anchor != 0) anchors_[anchor] = AnchoredNode{node, count_nodes(node)};
  }

  void add(Node node, YAML::anchor_t anchor) {
    remember_anchor(anchor, node);
    if (stack_.empty()) {
      root_ = node;
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == NodeKind::Sequence) {
      pending_.push_back(node);
      return;
    }
    if (parent.expecting_key) {
      if (node.kind == NodeKind::Sequence || node.kind == NodeKind::Mapping) {
        throw StopParsing{make_diagnostic(
            source_, node.position, Code::ComplexKey,
            Message{"a mapping key must be plain text, not " + std::string(describe_kind(node)),
                    std::string("een sleutel moet gewone tekst zijn, geen ") +
                        (node.kind == NodeKind::Sequence ? "lijst" : "mapping")})};
      }
      parent.key = node.value;
      parent.key_position = node.position;
      parent.expecting_key = false;
      return;
    }
    parent.expecting_key = true;
    node.key = parent.key;
    node.key_position = parent.key_position;
    if (node.position.line == 0) node.position = node.key_position;
    check_duplicate(parent, node);
    pending_.push_back(node);
  }

  void check_duplicate(Frame& parent, const Node& node) {
    // A linear scan is fastest for the small mappings that make up most files; an index
    // takes over once a mapping (e.g. 'answers:') grows.
    constexpr std::size_t index_from = 16;
    const Children siblings = pending_children(parent);
    std::optional<Position> first;
    if (siblings.size() < index_from) {
      for (const auto& sibling : siblings)
        if (sibling.key == node.key) {
          first = sibling.key_position;
          break;
        }
    } else {
      if (parent.key_index.empty())
        for (const auto& sibling : siblings)
          parent.key_index.emplace(sibling.key, sibling.key_position);
      const auto [it, inserted] = parent.key_index.emplace(node.key, node.key_position);
      if (!inserted) first = it->second;
    }
    if (!first) return;
    const std::string key = util::escape_control(node.key);
    auto diagnostic = make_diagnostic(
        source_, node.key_position, Code::DuplicateKey,
        Message{"key '" + key + "' appears twice in this mapping; " +
                    "remove or rename one (YAML tools would silently keep only one)",
                "'" + key + "' staat hier twee keer; haal er een weg of geef een andere naam " +
                    "(andere programma's houden stilzwijgend maar één van de twee)"});
    diagnostic.span = static_cast<std::uint32_t>(util::count_code_points(node.key));
    diagnostic.related.push_back(
        make_related(source_, *first, Message{"first defined here", "hier voor het eerst"}));
    duplicates_.push_back(std::move(diagnostic));
  }

 public:
  Diagnostics duplicates_;

 private:
  struct AnchoredNode {
    Node node;
    std::size_t size = 0;
  };
  const SourceFile& source_;
  PositionCursor cursor_;
  const ReadLimits& limits_;
  std::vector<Frame> stack_;
  /// The children of every open node, innermost last; a node's children leave on its close.
  std::vector<Node> pending_;
  std::shared_ptr<Arena> storage_;
  std::optional<Node> root_;
  std::unordered_map<YAML::anchor_t, AnchoredNode> anchors_;
  std::uint64_t alias_nodes_ = 0;
  std::uint64_t nodes_ = 0;
  int documents_ = 0;
};

/// yaml-cpp's messages, in our words, in English and in Dutch.
Message explain_parser_error(const std::string& message) {
  struct Translation {
    const char* from;
    const char* en;
    const char* nl;
  };
  static const Translation translations[] = {
      {YAML::ErrorMsg::END_OF_MAP, "a mapping is not closed properly (check the indentation)",
       "een mapping is niet goed afgesloten (controleer de inspringing)"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "a '{' mapping is not closed with '}'",
       "een '{'-mapping wordt niet gesloten met '}'"},
      {YAML::ErrorMsg::END_OF_SEQ, "a list is not closed properly (check the indentation)",
       "een lijst is niet goed afgesloten (controleer de inspringing)"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "a '[' list is not closed with ']'",
       "een '['-lijst wordt niet gesloten met ']'"},
      {YAML::ErrorMsg::MAP_VALUE, "unexpected ':' (a value containing ': ' must be quoted)",
       "onverwachte ':' (een waarde met ': ' erin moet tussen aanhalingstekens)"},
      {YAML::ErrorMsg::MAP_KEY, "a key is not allowed here", "hier mag geen sleutel staan"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "a list item '-' is not allowed here (check the indentation)",
       "hier mag geen lijstregel '-' staan (controleer de inspringing)"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "tab character in indentation; indent with spaces",
       "tab in de inspringing; spring in met spaties"},
      {YAML::ErrorMsg::EOF_IN_SCALAR,
       "the file ends inside a quoted text; a closing quote is missing",
       "het bestand eindigt midden in een tekst tussen aanhalingstekens; er ontbreekt een "
       "sluitend aanhalingsteken"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR,
       "an alias (*name) refers to an anchor (&name) that is not defined",
       "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat"},
      {YAML::ErrorMsg::FLOW_END, "a ']' or '}' that closes nothing",
       "een ']' of '}' die niets sluit"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "unexpected character", "onverwacht teken"},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "a document marker ('---' or '...') inside a text",
       "een documentmarkering ('---' of '...') midden in een tekst"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "a character that is not allowed in this text",
       "een teken dat in deze tekst niet mag"},
      {YAML::ErrorMsg::MULTIPLE_ANCHORS, "a node has two anchors", "een knoop heeft twee ankers"},
      {YAML::ErrorMsg::MULTIPLE_TAGS, "a node has two tags", "een knoop heeft twee tags"},
      {YAML::ErrorMsg::ALIAS_CONTENT, "an alias cannot have content of its own",
       "een alias kan geen eigen inhoud hebben"},
      {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, "a block text cannot have indentation 0",
       "een bloktekst kan niet inspringing 0 hebben"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "unexpected character in a block text ('|' or '>')",
       "onverwacht teken in een bloktekst ('|' of '>')"},
  };
  for (const auto& t : translations)
    if (message.rfind(t.from, 0) == 0) return {t.en, t.nl};
  for (const auto* prefix : {YAML::ErrorMsg::INVALID_ESCAPE, YAML::ErrorMsg::INVALID_UNICODE})
    if (message.rfind(prefix, 0) == 0)
      return {"invalid escape sequence in a quoted text",
              "ongeldige escape-reeks in een tekst tussen aanhalingstekens"};
  return {"malformed YAML", "ongeldige YAML"};
}

/// The number of lines of `text` (a last line without a line end counts).
std::uint32_t line_count(std::string_view text) {
  auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
  return lines + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

/// What a reader must know after a file stopped being read at `line`: how far it got, and
/// that nothing was checked (no "no problems" for what was never read).
Message read_up_to(std::uint32_t line, std::uint32_t lines) {
  const std::string at = std::to_string(line), of = std::to_string(lines);
  return {"; labeltool read up to line " + at + " of " + of +
              ", so nothing in this file was "
              "checked",
          "; labeltool las tot regel " + at + " van " + of +
              ", dus niets in dit bestand is "
              "gecontroleerd"};
}

std::size_t indentation(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool is_blank_or_comment(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

/// True when `line` opens a block scalar: it ends in '|' or '>', maybe with '-', '+' or a
/// digit, before an optional comment.
bool opens_block_scalar(std::string_view line) {
  const auto hash = line.find(" #");
  std::string_view head = util::trim(line.substr(0, hash));
  while (!head.empty() &&
         (head.back() == '-' || head.back() == '+' || (head.back() >= '1' && head.back() <= '9')))
    head.remove_suffix(1);
  return !head.empty() && (head.back() == '|' || head.back() == '>') &&
         (head.size() == 1 || head[head.size() - 2] == ' ');
}

/// Walks lines 1..`last` of `source`, calling `visit(number, line)` for each line that is not
/// the content of a block scalar ('|' or '>'), where tabs and quotes are plain text.
template <typename Visit>
void for_each_structural_line(const SourceFile& source, std::uint32_t last, Visit visit) {
  std::optional<std::size_t> block_indent;
  for (std::uint32_t number = 1; number <= last; ++number) {
    const std::string_view line = source.line(number);
    if (block_indent) {
      if (is_blank_or_comment(line) && line.find_first_not_of(" \t") == std::string_view::npos)
        continue;
      if (indentation(line) > *block_indent) continue;
      block_indent.reset();
    }
    if (!visit(number, line)) return;
    if (opens_block_scalar(line)) block_indent = indentation(line);
  }
}

/// The first tab in the indentation of a line up to `last`: YAML forbids it, and yaml-cpp
/// often blames something else ("a mapping is not closed") further on.
std::optional<Position> tab_in_indentation(const SourceFile& source, std::uint32_t last) {
  std::optional<Position> found;
  for_each_structural_line(source, last, [&](std::uint32_t number, std::string_view line) {
    const auto content = line.find_first_not_of(" \t");
    if (content == std::string_view::npos || line[content] == '#') return true;
    const auto tab = line.substr(0, content).find('\t');
    if (tab == std::string_view::npos) return true;
    found = Position{number, static_cast<std::uint32_t>(tab + 1)};
    return false;
  });
  return found;
}

/// True when `text` (one line, trimmed) looks like a mapping key: "evidence:" or "- V2: x".
bool looks_like_key(std::string_view text) {
  if (text.rfind("- ", 0) == 0) text.remove_prefix(2);
  const auto colon = text.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  if (colon + 1 < text.size() && text[colon + 1] != ' ') return false;
  const std::string_view key = text.substr(0, colon);
  return key.find_first_of("\"'#[]{},") == std::string_view::npos;
}

/// The opening quote, before line `last`, of a quoted text that is not closed on its own line
/// and runs on over lines that look like keys: a closing quote that is missing. yaml-cpp reads
/// on to the next quote in the file and reports a problem there, often many lines later.
std::optional<std::pair<Position, std::uint32_t>> unclosed_quote(const SourceFile& source,
                                                                 std::uint32_t last) {
  std::optional<std::pair<Position, std::uint32_t>> found;
  std::uint32_t resume_line = 0;  // a multi-line quoted text that is fine ends here
  for_each_structural_line(source, last, [&](std::uint32_t number, std::string_view line) {
    if (number < resume_line || is_blank_or_comment(line)) return true;
    for (std::size_t j = 0; j < line.size(); ++j) {
      const char quote = line[j];
      if (quote == '#' && (j == 0 || line[j - 1] == ' ')) return true;  // a comment
      if (quote != '"' && quote != '\'') continue;
      // A quote opens a quoted text only where a value starts.
      std::size_t k = j;
      while (k > 0 && line[k - 1] == ' ') --k;
      const bool spaced = k < j;
      const char before = k == 0 ? '\0' : line[k - 1];
      const bool value_start = k == 0 || before == '[' || before == '{' || before == ',' ||
                               ((before == ':' || before == '-') && spaced);
      if (!value_start) {
        // A quote inside plain text: the rest of the line is plain text too.
        const auto next = line.find(" #", j);
        if (next == std::string_view::npos) return true;
        j = next;
        continue;
      }
      // Find the closing quote, on this line or a later one.
      const Position opening{
          number, static_cast<std::uint32_t>(util::count_code_points(line.substr(0, j)) + 1)};
      std::uint32_t at_line = number;
      std::string_view rest = line.substr(j + 1);
      bool keys_inside = false;
      for (;;) {
        std::size_t i = 0;
        bool closed = false;
        for (; i < rest.size() && !closed; ++i) {
          if (quote == '"' && rest[i] == '\\') {
            ++i;
          } else if (rest[i] == quote) {
            if (quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') {
              ++i;
            } else {
              closed = true;
            }
          }
        }
        if (at_line > number && looks_like_key(util::trim(rest.substr(0, i)))) keys_inside = true;
        if (closed && at_line == number) {  // closed on its own line: go on after it
          j += i;
          break;
        }
        if (closed) {
          // Over several lines: fine, unless it swallowed keys or ends where YAML gave up.
          if (keys_inside || at_line >= last) {
            found = std::make_pair(opening, at_line);
            return false;
          }
          resume_line = at_line + 1;
          return true;
        }
        if (++at_line > last) {  // still open where YAML gave up
          found = std::make_pair(opening, last);
          return false;
        }
        rest = source.line(at_line);
      }
    }
    return true;
  });
  return found;
}

/// Text as yaml-cpp should see it: BOM removed, CR LF and lone CR turned into LF.
std::string normalise(std::string bytes) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  return util::normalise_line_ends(std::move(bytes));
}

/// The finding for a YAML syntax error, at its real cause where yaml-cpp blames a symptom: a
/// tab in the indentation, or a quote that is never closed. It says how far the file was read.
Diagnostic syntax_error(const SourceFile& source, const YAML::ParserException& error) {
  Position where =
      source.position_from_bytes(static_cast<std::uint32_t>(std::max(error.mark.line, 0)),
                                 static_cast<std::uint32_t>(std::max(error.mark.column, 0)));
  const std::uint32_t lines = line_count(source.text());
  if (where.line == 0) where = {std::max<std::uint32_t>(lines, 1), 1};
  Message message = explain_parser_error(error.msg);
  const std::uint32_t stopped = where.line;
  if (const auto tab = tab_in_indentation(source, where.line)) {
    const std::string line = std::to_string(tab->line);
    where = *tab;
    message = {"tab in indentation on line " + line + "; indent with spaces",
               "tab in de inspringing op regel " + line + "; spring in met spaties"};
  } else if (const auto quote = unclosed_quote(source, where.line)) {
    const std::string until = std::to_string(quote->second);
    where = quote->first;
    message = {
        "this quoted text is not closed on its line: YAML read on to the next quote, "
        "on line " +
            until + ", and stopped there; add the closing quote here",
        "deze tekst tussen aanhalingstekens wordt op deze regel niet gesloten: YAML las "
        "door tot het volgende aanhalingsteken, op regel " +
            until +
            ", en stopte daar; "
            "zet hier het sluitende aanhalingsteken"};
  }
  const Message read = read_up_to(std::min(stopped, lines), lines);
  message.en += read.en;
  message.nl += read.nl;
  return make_diagnostic(source, where, Code::YamlSyntax, std::move(message));
}

/// A streambuf over memory we already hold, so yaml-cpp reads without a copy.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(const std::string& text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

std::optional<Document> parse_yaml(const std::string& path, std::string bytes,
                                   const ReadLimits& limits, Diagnostics& diagnostics) {
  if (bytes.size() > limits.max_file_bytes) {
    diagnostics.push_back(make_file_diagnostic(
        path, Code::FileTooLarge,
        Message{std::to_string(bytes.size()) + " bytes is more than the limit of " +
                    std::to_string(limits.max_file_bytes) + " (--max-file-size)",
                std::to_string(bytes.size()) + " bytes is meer dan de grens van " +
                    std::to_string(limits.max_file_bytes) + " (--max-file-size)"}));
    return std::nullopt;
  }
  // Positions of byte-level problems are computed on the raw text (before normalising).
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const SourceFile raw(path, bytes);
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    auto diagnostic =
        make_diagnostic(raw, raw.position_of_offset(offset), Code::NulByte,
                        Message{"NUL byte: this is a binary file, not YAML text",
                                "NUL-byte: dit is een binair bestand, geen YAML-tekst"});
    diagnostic.excerpt.text = util::escape_control(diagnostic.excerpt.text);
    diagnostics.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  if (const auto bad = util::find_invalid_utf8(bytes)) {
    const SourceFile raw(path, bytes.substr(0, bytes.find('\n', *bad)));
    const auto byte = static_cast<unsigned char>(bytes[*bad]);
    const Position at = raw.position_of_offset(*bad);
    // What the byte is in Windows-1252, the usual other encoding: 'é' says more than 0xe9.
    const std::string as_1252 = util::cp1252_character(byte);
    const std::string hex = fmt::format("0x{:02x}", byte);
    const std::string en_meant = as_1252.empty() ? "" : ", '" + as_1252 + "' in Windows-1252";
    const std::string nl_meant = as_1252.empty() ? "" : ", '" + as_1252 + "' in Windows-1252";
    Message message{"invalid UTF-8 (byte " + hex + en_meant + "); save the file as UTF-8",
                    "geen geldige UTF-8 (byte " + hex + nl_meant +
                        "); sla het bestand op als "
                        "UTF-8"};
    const Message read = read_up_to(at.line, line_count(normalise(bytes)));
    message.en += read.en;
    message.nl += read.nl;
    // The renderer shows the stray byte escaped (\xe9) in the quoted line.
    diagnostics.push_back(make_diagnostic(raw, at, Code::InvalidUtf8, std::move(message)));
    return std::nullopt;
  }
  auto source = std::make_shared<const SourceFile>(path, normalise(std::move(bytes)));
  TreeBuilder builder(*source, limits);
  try {
    MemoryBuffer buffer(source->text());
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    // One call per document: the handler itself stops at the start of a second one.
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (StopParsing& stop) {
    diagnostics.insert(diagnostics.end(), builder.duplicates_.begin(), builder.duplicates_.end());
    if (stop.diagnostic.code == Code::YamlSyntax) {
      const Message read = read_up_to(stop.diagnostic.position.line, line_count(source->text()));
      stop.diagnostic.message += read.en;
      if (!stop.diagnostic.message_nl.empty()) stop.diagnostic.message_nl += read.nl;
    }
    diagnostics.push_back(std::move(stop.diagnostic));
    return std::nullopt;
  } catch (const YAML::DeepRecursion& error) {
    diagnostics.push_back(make_diagnostic(
        *source,
        source->position_from_bytes(static_cast<std::uint32_t>(std::max(error.mark.line, 0)),
                                    static_cast<std::uint32_t>(std::max(error.mark.column, 0))),
        Code::NestingTooDeep,
        Message{"nesting deeper than the parser allows", "dieper genest dan de lezer toestaat"}));
    return std::nullopt;
  } catch (const YAML::ParserException& error) {
    diagnostics.push_back(syntax_error(*source, error));
    return std::nullopt;
  }
  diagnostics.insert(diagnostics.end(), builder.duplicates_.begin(), builder.duplicates_.end());
  auto root = builder.take_root();
  if (!root || root->is_null()) {
    diagnostics.push_back(
        make_file_diagnostic(path, Code::EmptyFile,
                             Message{"the file is empty (or holds only comments)",
                                     "het bestand is leeg (of bevat alleen commentaar)"}));
    return std::nullopt;
  }
  if (!root->is_mapping()) {
    diagnostics.push_back(make_diagnostic(
        *source, root->position, Code::RootNotMapping,
        Message{"the document is " + std::string(describe_kind(*root)) +
                    ", but a labeltool file is a mapping that starts with 'labeltool: KIND/1'",
                std::string("het document is ") +
                    (root->kind == NodeKind::Sequence ? "een lijst" : "losse tekst") +
                    ", maar een labeltool-bestand is een lijst van velden die begint met "
                    "'labeltool: SOORT/1'"}));
    return std::nullopt;
  }
  return Document{std::move(source), builder.take_storage(), *root};
}

Diagnostic read_failure_diagnostic(const std::string& path, const util::ReadFailure& failure) {
  static constexpr Code codes[] = {Code::FileNotFound, Code::IsDirectory, Code::FileUnreadable,
                                   Code::FileUnreadable, Code::FileTooLarge};
  std::string message = failure.detail;
  if (failure.error == util::ReadError::TooLarge) message += " (--max-file-size)";
  // The detail comes from the system in English; the Dutch says the same per kind of failure.
  std::string dutch;
  switch (failure.error) {
    case util::ReadError::NotFound:
      dutch = "het bestand bestaat niet";
      break;
    case util::ReadError::IsDirectory:
      dutch = "dit is een map, geen bestand";
      break;
    case util::ReadError::NotRegular:
      dutch = "dit is geen gewoon bestand";
      break;
    case util::ReadError::Unreadable:
      dutch = "het bestand is niet te lezen (" + failure.detail + ")";
      break;
    case util::ReadError::TooLarge:
      dutch = "het bestand is groter dan de grens (--max-file-size)";
      break;
  }
  return make_file_diagnostic(path, codes[static_cast<std::size_t>(failure.error)],
                              Message{std::move(message), std::move(dutch)});
}

std::optional<Document> read_yaml_file(const std::string& path, const ReadLimits& limits,
                                       Diagnostics& diagnostics) {
  auto result = util::read_file(path, limits.max_file_bytes);
  if (auto* failure = std::get_if<util::ReadFailure>(&result)) {
    diagnostics.push_back(read_failure_diagnostic(path, *failure));
    return std::nullopt;
  }
  return parse_yaml(path, std::move(std::get<std::string>(result)), limits, diagnostics);
}

}  // namespace labeltool::yaml
