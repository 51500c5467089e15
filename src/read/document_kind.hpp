#pragma once
/// Recognising what kind of file a document is, from its 'labeltool: KIND/1' header.
#include "read/schema.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// The kind named by the document's first key, or nullptr (with a diagnostic) when the
/// header is missing or names an unknown kind or version.
const FileKind* detect_kind(const yaml::Document& document, Diagnostics& diagnostics);

}  // namespace labeltool::read
