#include "support/zip_builder.hpp"

#include <zip.h>

#include <stdexcept>

#include "diag/source.hpp"

namespace labeltool::testing {

std::string zip_of(const std::vector<std::pair<std::string, std::string>>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source failed");
  zip_source_keep(buffer);
  for (const auto& [name, content] : members) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), data, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0)
      throw std::runtime_error("zip_file_add failed for " + name);
  }
  if (zip_close(archive) < 0) throw std::runtime_error("zip_close failed");
  std::string bytes;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  bytes.resize(static_cast<std::size_t>(size));
  zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::vector<std::pair<std::string, std::string>> workbook_parts(
    const std::string& sheet_data, const std::vector<std::string>& shared, bool date1904) {
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back("[Content_Types].xml", "<Types/>");
  parts.emplace_back("xl/workbook.xml",
                     "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel + "\"><workbookPr" +
                         (date1904 ? " date1904=\"1\"" : "") +
                         "/><sheets><sheet name=\"Zelfevaluatie\" sheetId=\"1\" r:id=\"rId1\"/>"
                         "</sheets></workbook>");
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
      "relationships\"><Relationship Id=\"rId1\" Type=\"" +
      rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  rels += "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
  if (!shared.empty())
    rels += "<Relationship Id=\"rId3\" Type=\"" + rel +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  rels += "</Relationships>";
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels);
  // Style 1 is a built-in date format (14), style 2 a custom one (d-m-yyyy).
  parts.emplace_back("xl/styles.xml",
                     "<styleSheet xmlns=\"" + ns +
                         "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                         "formatCode=\"d-m-yyyy\"/></numFmts><cellXfs count=\"3\"><xf "
                         "numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
                         "</styleSheet>");
  if (!shared.empty()) {
    std::string sst = "<sst xmlns=\"" + ns + "\">";
    for (const auto& text : shared) sst += "<si><t xml:space=\"preserve\">" + text + "</t></si>";
    parts.emplace_back("xl/sharedStrings.xml", sst + "</sst>");
  }
  parts.emplace_back("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + ns + "\"><sheetData>" +
                                                     sheet_data + "</sheetData></worksheet>");
  return parts;
}

std::string inline_row(unsigned row, const std::vector<std::string>& texts) {
  std::string xml = "<row r=\"" + std::to_string(row) + "\">";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].empty()) continue;
    const std::string ref = column_name(static_cast<std::uint32_t>(i + 1)) + std::to_string(row);
    xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + texts[i] + "</t></is></c>";
  }
  return xml + "</row>";
}

}  // namespace labeltool::testing
