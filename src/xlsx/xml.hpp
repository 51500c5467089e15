#pragma once
/// The parts of a workbook are XML, read with expat as a stream of events, so a part's size
/// never becomes a tree in memory. A DOCTYPE (and with it every entity declaration, internal
/// or external) is refused: no workbook part needs one, and it is how billion-laughs and
/// external-entity attacks begin.
#include <memory>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "xlsx/zip.hpp"

namespace labeltool::xlsx {

/// One element's attributes, looked up by local name (namespace prefixes dropped).
class Attributes {
 public:
  explicit Attributes(const char** pairs) : pairs_(pairs) {}
  /// The value of attribute `local`, or nullptr when the element has none.
  const char* find(std::string_view local) const;

 private:
  const char** pairs_;
};

/// What a part's reader does with the events of its XML. Element names are local names.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view element, const Attributes& attributes) = 0;
  virtual void end(std::string_view element) = 0;
  virtual void text(std::string_view text) = 0;
  /// True once the handler has reported a problem of its own and wants parsing to stop.
  bool stopped() const { return stopped_; }

 protected:
  void stop() { stopped_ = true; }

 private:
  bool stopped_ = false;
};

/// Streams part `part` of `zip` through `handler`. Missing when there is no such part;
/// Failed, with a finding naming the file, the part and its line:column, when its XML is not
/// well-formed, has a DOCTYPE, or the handler stopped.
ZipArchive::Read parse_part(ZipArchive& zip, const std::string& path, const std::string& part,
                            XmlHandler& handler, Diagnostics& diagnostics);

}  // namespace labeltool::xlsx
