#include "util/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace labeltool::util {
namespace {

struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

ReadResult read_file(const std::string& path, std::uint64_t max_bytes) {
  // O_NONBLOCK so that opening a FIFO cannot hang; we refuse non-regular files below.
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (file.fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR)
      return ReadFailure{ReadError::NotFound, "no such file"};
    return ReadFailure{ReadError::Unreadable, std::strerror(error)};
  }
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return ReadFailure{ReadError::Unreadable, std::strerror(errno)};
  if (S_ISDIR(info.st_mode)) return ReadFailure{ReadError::IsDirectory, "is a directory"};
  if (!S_ISREG(info.st_mode)) return ReadFailure{ReadError::NotRegular, "is not a regular file"};
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_bytes) {
    return ReadFailure{
        ReadError::TooLarge,
        std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes)};
  }
  std::string content;
  content.resize(size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(file.fd, content.data() + done, size - done);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ReadFailure{ReadError::Unreadable, std::strerror(errno)};
    }
    if (got == 0) break;  // the file shrank while we read it
    done += static_cast<std::size_t>(got);
  }
  content.resize(done);
  return content;
}

TemporaryFile create_temporary_beside(const std::string& target_path) {
  namespace fs = std::filesystem;
  const fs::path target(target_path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // A 64-bit random suffix makes a taken name all but impossible; O_EXCL makes one that is
  // taken fail instead of being shared, and the name is handed out only once the file is
  // ours, so the caller never removes a file another writer made.
  std::random_device entropy;
  std::mt19937_64 random((std::uint64_t{entropy()} << 32) ^ entropy());
  TemporaryFile made;
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[17];
    std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(random()));
    std::string name = (folder / ("." + target.filename().string() + ".tmp-" + suffix)).string();
    made.fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (made.fd >= 0) {
      made.path = std::move(name);
      return made;
    }
    if (errno != EEXIST && errno != EINTR) {
      made.error = target_path + ": cannot create a file in " + folder.string() + ": " +
                   std::strerror(errno);
      return made;
    }
  }
  made.error = target_path + ": could not create a temporary file";
  return made;
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  TemporaryFile made = create_temporary_beside(path_);
  fd_ = made.fd;
  temporary_ = std::move(made.path);
  error_ = std::move(made.error);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
  std::size_t done = 0;
  while (error_.empty() && done < bytes.size()) {
    const ssize_t wrote = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (wrote < 0) {
      if (errno == EINTR) continue;
      error_ = path_ + ": cannot write: " + std::strerror(errno);
      return;
    }
    done += static_cast<std::size_t>(wrote);
  }
}

const std::string& AtomicFile::commit() {
  if (!error_.empty()) return error_;
  if (::fsync(fd_) != 0) {
    error_ = path_ + ": cannot flush: " + std::strerror(errno);
    return error_;
  }
  ::close(fd_);
  fd_ = -1;
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = path_ + ": cannot replace: " + std::strerror(errno);
    return error_;
  }
  temporary_.clear();  // renamed: nothing left to remove
  return error_;
}

std::string write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  return file.commit();
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat first {
  }, second{};
  if (::stat(a.c_str(), &first) != 0 || ::stat(b.c_str(), &second) != 0) return false;
  return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

std::vector<std::string> expand_yaml_paths(const std::string& path) {
  return expand_paths(path, {".yaml", ".yml"});
}

std::vector<std::string> expand_paths(const std::string& path,
                                      const std::vector<std::string>& extensions) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(path, error)) return {path};
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const auto& entry = *it;
    const std::string name = entry.path().filename().string();
    const bool hidden = !name.empty() && name[0] == '.';
    if (entry.is_directory(error)) {
      if (hidden) it.disable_recursion_pending();
      continue;
    }
    if (hidden) continue;
    const auto extension = entry.path().extension().string();
    if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end())
      files.push_back(entry.path().lexically_normal().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string path_relative_to(std::string_view path, const std::string& base) {
  namespace fs = std::filesystem;
  const fs::path given(path);
  if (path.empty() || base.empty()) return std::string(path);
  fs::path root = fs::path(base).lexically_normal();
  // "/repo/" has an empty last element, which lexically_relative would count as a folder.
  if (root.filename().empty() && root.has_relative_path()) root = root.parent_path();
  const fs::path absolute = (given.is_absolute() ? given : root / given).lexically_normal();
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return absolute.string();
  return relative.string();
}

}  // namespace labeltool::util
