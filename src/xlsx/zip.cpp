#include "xlsx/zip.hpp"

#include <zip.h>

#include <array>
#include <vector>

#include "diag/source.hpp"
#include "util/text.hpp"

namespace labeltool::xlsx {
namespace {

/// A member name that would leave the folder it was extracted to: ../x, /x, C:x, \x.
bool escapes_folder(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
  if (name.size() >= 2 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = name.find_first_of("/\\", start);
    const std::string_view part =
        name.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (part == "..") return true;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return false;
}

}  // namespace

struct ZipArchive::Impl {
  std::string path;
  Limits limits;
  zip_t* archive = nullptr;
  std::uint64_t inflated = 0;  ///< bytes inflated so far, all parts together

  ~Impl() {
    if (archive) zip_discard(archive);
  }
  void report(Diagnostics& diagnostics, Code code, Message message) const {
    diagnostics.push_back(make_file_diagnostic(path, code, std::move(message)));
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::~ZipArchive() = default;

std::unique_ptr<ZipArchive> ZipArchive::open(const std::string& path, std::string_view bytes,
                                             const Limits& limits, Diagnostics& diagnostics) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->limits = limits;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) impl->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!impl->archive) {
    if (source) zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    impl->report(diagnostics, Code::NotAWorkbook,
                 Message{"not a readable workbook: the zip archive is damaged (" + why +
                             "); save it again from Excel or LibreOffice as .xlsx",
                         "geen leesbare werkmap: het zip-archief is beschadigd (" + why +
                             "); sla het opnieuw op vanuit Excel of LibreOffice als .xlsx"});
    return nullptr;
  }
  zip_error_fini(&error);
  const zip_int64_t members = zip_get_num_entries(impl->archive, 0);
  if (members < 0 || static_cast<std::uint64_t>(members) > limits.max_members) {
    const std::string count = std::to_string(members), limit = std::to_string(limits.max_members);
    impl->report(diagnostics, Code::XlsxLimit,
                 Message{"the zip archive has " + count + " members, more than the limit of " +
                             limit + "; a workbook has a few dozen",
                         "het zip-archief bevat " + count + " bestanden, meer dan de grens van " +
                             limit + "; een werkmap heeft er enkele tientallen"});
    return nullptr;
  }
  for (zip_int64_t i = 0; i < members; ++i) {
    const char* name = zip_get_name(impl->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!name || !escapes_folder(name)) continue;
    const std::string shown = util::escape_control(name);
    impl->report(diagnostics, Code::XlsxUnsafe,
                 Message{"the zip archive has a member named '" + shown +
                             "', a path outside the archive (../ or absolute); labeltool never "
                             "extracts a workbook, but refuses one built like this",
                         "het zip-archief bevat een bestand met de naam '" + shown +
                             "', een pad buiten het archief (../ of absoluut); labeltool pakt "
                             "een werkmap nooit uit, maar weigert er een die zo gemaakt is"});
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

bool ZipArchive::has(std::string_view name) const {
  return zip_name_locate(impl_->archive, std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

ZipArchive::Read ZipArchive::read(std::string_view name,
                                  const std::function<bool(std::string_view)>& sink,
                                  Diagnostics& diagnostics) {
  Impl& z = *impl_;
  const std::string part(name);
  const zip_int64_t index = zip_name_locate(z.archive, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return Read::Missing;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(z.archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    z.report(diagnostics, Code::PasswordProtected,
             Message{"part " + part +
                         " of the workbook is encrypted with a zip password; save "
                         "the workbook again without a password",
                     "onderdeel " + part +
                         " van de werkmap is versleuteld met een zip-wachtwoord; "
                         "sla de werkmap opnieuw op zonder wachtwoord"});
    return Read::Failed;
  }
  const std::uint64_t compressed =
      (stat.valid & ZIP_STAT_COMP_SIZE) ? std::max<std::uint64_t>(stat.comp_size, 1) : 1;
  zip_file_t* file = zip_fopen_index(z.archive, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    const std::string why = zip_error_strerror(zip_get_error(z.archive));
    z.report(
        diagnostics, Code::NotAWorkbook,
        Message{"part " + part + " of the workbook cannot be opened (" + why + ")",
                "onderdeel " + part + " van de werkmap kan niet worden geopend (" + why + ")"});
    return Read::Failed;
  }
  std::vector<char> buffer(64 << 10);
  std::uint64_t part_bytes = 0;
  Read result = Read::Done;
  for (;;) {
    const zip_int64_t got = zip_fread(file, buffer.data(), buffer.size());
    if (got < 0) {
      const std::string why = zip_error_strerror(zip_file_get_error(file));
      z.report(diagnostics, Code::NotAWorkbook,
               Message{"part " + part + " of the workbook is damaged (" + why + ")",
                       "onderdeel " + part + " van de werkmap is beschadigd (" + why + ")"});
      result = Read::Failed;
      break;
    }
    if (got == 0) break;
    part_bytes += static_cast<std::uint64_t>(got);
    z.inflated += static_cast<std::uint64_t>(got);
    if (z.inflated > z.limits.max_uncompressed) {
      const std::string limit = std::to_string(z.limits.max_uncompressed >> 20);
      z.report(diagnostics, Code::XlsxLimit,
               Message{"the workbook inflates to more than " + limit + " MiB (at part " + part +
                           "); it looks like a zip bomb",
                       "de werkmap wordt uitgepakt groter dan " + limit + " MiB (bij onderdeel " +
                           part + "); het lijkt op een zip-bom"});
      result = Read::Failed;
      break;
    }
    if (part_bytes > z.limits.ratio_from && part_bytes / compressed > z.limits.max_ratio) {
      const std::string limit = std::to_string(z.limits.max_ratio);
      z.report(diagnostics, Code::XlsxLimit,
               Message{"part " + part + " inflates more than " + limit +
                           " times its compressed size; it looks like a zip bomb",
                       "onderdeel " + part + " wordt uitgepakt meer dan " + limit +
                           " keer zo groot als gecomprimeerd; het lijkt op een zip-bom"});
      result = Read::Failed;
      break;
    }
    if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) break;
  }
  zip_fclose(file);
  return result;
}

}  // namespace labeltool::xlsx
