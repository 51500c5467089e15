#include "report/template_xlsx.hpp"

#include "report/workbook_form.hpp"

namespace labeltool::report {

void write_template_xlsx(xlsx::WorkbookWriter& book, const model::NormSet& set,
                         const std::vector<std::string>& scope, const std::string& date,
                         const std::string& file_name, Lang lang) {
  FormContent content;
  content.scope = scope;
  content.date = date;
  content.file_name = file_name;
  write_form_workbook(book, set, content, lang);
}

}  // namespace labeltool::report
