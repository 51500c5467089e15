#pragma once
/// File I/O that reports problems as values: reading with a size limit, atomic writing.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace labeltool::util {

/// Why a file could not be read.
enum class ReadError { NotFound, IsDirectory, NotRegular, Unreadable, TooLarge };

/// The outcome of read_file: the bytes, or the reason with a human-readable detail.
struct ReadFailure {
  ReadError error;
  std::string detail;
};
using ReadResult = std::variant<std::string, ReadFailure>;

/// Reads a whole regular file, refusing anything larger than `max_bytes`.
/// Never blocks on a FIFO or device: only regular files are read.
ReadResult read_file(const std::string& path, std::uint64_t max_bytes);

/// A new, empty file beside a target, under a name no other writer holds: where a file is
/// written before it is renamed over the target. `fd` is open for writing; on failure it is -1
/// and `error` says why (with the target's path).
struct TemporaryFile {
  int fd = -1;
  std::string path;
  std::string error;
};

/// Creates ".NAME.tmp-<64-bit random hex>" in the folder of `target`, with O_EXCL so that a
/// name already taken is never shared; the caller owns the file (closes and removes it).
TemporaryFile create_temporary_beside(const std::string& target);

/// A file written atomically: the bytes go to a temporary file in the same folder, and
/// commit() renames it over the target, so readers see the old file or the new one, never a
/// half file. Destroyed without commit(), it removes the temporary file.
class AtomicFile {
 public:
  /// Creates the temporary file for `path`; check error() afterwards.
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  /// "" when all is well so far, else what went wrong (with the path).
  const std::string& error() const { return error_; }
  void write(std::string_view bytes);
  /// Flushes, syncs and renames; returns error().
  const std::string& commit();

 private:
  std::string path_, temporary_, error_;
  int fd_ = -1;
};

/// Writes `content` to `path` atomically: a temporary file in the same folder, flushed,
/// then renamed over `path`, so readers see the old file or the new one, never a half file.
/// Returns an empty string on success, otherwise what went wrong.
std::string write_file_atomically(const std::string& path, std::string_view content);

/// True when both paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

/// The files with one of `extensions` (e.g. ".yaml") below `path` when it is a folder,
/// sorted and lexically normal (a walk of "." lists "normsets/a.yaml", not
/// "./normsets/a.yaml"); `path` itself, as given, otherwise. Hidden files and folders below
/// `path` (.git, .github, .pre-commit-config.yaml) are skipped: they belong to other tools,
/// and naming one explicitly still reaches it.
std::vector<std::string> expand_paths(const std::string& path,
                                      const std::vector<std::string>& extensions);

/// expand_paths for YAML files (*.yaml, *.yml).
std::vector<std::string> expand_yaml_paths(const std::string& path);

/// `path` as CI tools match it against a checkout: relative to the absolute folder `base`
/// (the working folder) and without "./" ("./normsets/a.yaml" and "/repo/normsets/a.yaml"
/// with base "/repo" both become "normsets/a.yaml"). A path that leads outside `base` is
/// returned absolute and lexically normal, since no relative form would match a file there.
/// Purely lexical: the file system is not consulted, so symbolic links are not followed.
std::string path_relative_to(std::string_view path, const std::string& base);

}  // namespace labeltool::util
