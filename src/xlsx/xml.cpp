#include "xlsx/xml.hpp"

#include <expat.h>

#include <cstring>
#include <new>

#include "diag/source.hpp"

namespace labeltool::xlsx {
namespace {

/// The name without its namespace (expat joins them with '|') or prefix.
std::string_view local_name(const char* name) {
  std::string_view whole(name);
  const auto cut = whole.find_last_of("|:");
  return cut == std::string_view::npos ? whole : whole.substr(cut + 1);
}

struct ParseState {
  XmlHandler& handler;
  XML_Parser parser;
  bool doctype = false;  ///< stopped on a DOCTYPE or entity declaration
};

void stop_for_doctype(ParseState& state) {
  state.doctype = true;
  XML_StopParser(state.parser, XML_FALSE);
}

void XMLCALL on_start(void* data, const char* name, const char** attributes) {
  auto& state = *static_cast<ParseState*>(data);
  state.handler.start(local_name(name), Attributes(attributes));
  if (state.handler.stopped()) XML_StopParser(state.parser, XML_FALSE);
}
void XMLCALL on_end(void* data, const char* name) {
  auto& state = *static_cast<ParseState*>(data);
  state.handler.end(local_name(name));
  if (state.handler.stopped()) XML_StopParser(state.parser, XML_FALSE);
}
void XMLCALL on_text(void* data, const char* text, int length) {
  auto& state = *static_cast<ParseState*>(data);
  state.handler.text(std::string_view(text, static_cast<std::size_t>(length)));
  if (state.handler.stopped()) XML_StopParser(state.parser, XML_FALSE);
}
void XMLCALL on_doctype(void* data, const char*, const char*, const char*, int) {
  stop_for_doctype(*static_cast<ParseState*>(data));
}
void XMLCALL on_entity(void* data, const char*, int, const char*, int, const char*, const char*,
                       const char*, const char*) {
  stop_for_doctype(*static_cast<ParseState*>(data));
}

}  // namespace

const char* Attributes::find(std::string_view local) const {
  for (const char** pair = pairs_; pair && *pair; pair += 2)
    if (local_name(pair[0]) == local) return pair[1];
  return nullptr;
}

ZipArchive::Read parse_part(ZipArchive& zip, const std::string& path, const std::string& part,
                            XmlHandler& handler, Diagnostics& diagnostics) {
  XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
  if (!parser) throw std::bad_alloc();
  ParseState state{handler, parser};
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);
  XML_SetEntityDeclHandler(parser, on_entity);
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  bool failed = false;
  const auto report = [&](Code code, Message message) {
    const std::string where = std::to_string(XML_GetCurrentLineNumber(parser)) + ":" +
                              std::to_string(XML_GetCurrentColumnNumber(parser) + 1);
    message.en = "part " + part + " (line " + where + "): " + message.en;
    message.nl = "onderdeel " + part + " (regel " + where + "): " + message.nl;
    diagnostics.push_back(make_file_diagnostic(path, code, std::move(message)));
  };
  const auto feed = [&](std::string_view chunk, bool last) {
    if (XML_Parse(parser, chunk.data(), static_cast<int>(chunk.size()), last ? 1 : 0) ==
        XML_STATUS_OK)
      return true;
    failed = true;
    if (state.doctype) {
      report(Code::XlsxUnsafe,
             Message{"a DOCTYPE or entity declaration, which labeltool refuses (no workbook needs "
                     "one; it is how entity-expansion attacks begin)",
                     "een DOCTYPE of entiteit, die labeltool weigert (geen werkmap heeft er een "
                     "nodig; zo beginnen aanvallen met entiteiten)"});
    } else if (!handler.stopped()) {
      const std::string why = XML_ErrorString(XML_GetErrorCode(parser));
      report(Code::XlsxSyntax,
             Message{"not well-formed XML (" + why + ")", "geen geldige XML (" + why + ")"});
    }
    return false;
  };
  auto result = zip.read(
      part, [&](std::string_view chunk) { return feed(chunk, false); }, diagnostics);
  if (result == ZipArchive::Read::Done && !failed) feed({}, true);
  XML_ParserFree(parser);
  if (result == ZipArchive::Read::Done && failed) result = ZipArchive::Read::Failed;
  return result;
}

}  // namespace labeltool::xlsx
