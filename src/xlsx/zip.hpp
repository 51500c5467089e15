#pragma once
/// The zip container of a workbook, read from memory with libzip. Nothing is ever extracted
/// to disk; a part is read by its name, in chunks, with its size counted against the limits
/// as it is inflated, so a zip bomb stops at the limit whatever its header claims.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "xlsx/limits.hpp"

namespace labeltool::xlsx {

/// An open zip archive over bytes the caller keeps alive.
class ZipArchive {
 public:
  /// Opens `bytes` (the content of `path`). nullptr, with a finding naming `path`, when it is
  /// not a zip archive, has too many members or a member named with ../ or an absolute path.
  static std::unique_ptr<ZipArchive> open(const std::string& path, std::string_view bytes,
                                          const Limits& limits, Diagnostics& diagnostics);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// True when the archive has a member named `name`.
  bool has(std::string_view name) const;

  /// What reading a part ended with.
  enum class Read { Done, Missing, Failed };

  /// Inflates member `name` and hands it to `sink` in chunks; `sink` returns false to stop
  /// early (Done). Failed, with a finding, on a corrupt or encrypted member or when the part
  /// or the whole workbook goes over a limit.
  Read read(std::string_view name, const std::function<bool(std::string_view)>& sink,
            Diagnostics& diagnostics);

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace labeltool::xlsx
