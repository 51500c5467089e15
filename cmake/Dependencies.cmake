# Every dependency comes from Debian; a missing one names the package to install.
function(labeltool_require name debian_package)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR
      "${name} was not found. On Debian/Ubuntu install it with:\n"
      "  apt-get install ${debian_package}\n"
      "or run ./setup.sh, which installs everything labeltool needs.")
  endif()
endfunction()

find_package(yaml-cpp QUIET)
labeltool_require(yaml-cpp libyaml-cpp-dev)
find_package(fmt QUIET)
labeltool_require(fmt libfmt-dev)
find_package(CLI11 QUIET)
labeltool_require(CLI11 libcli11-dev)
find_package(Threads REQUIRED)
# xlsx reader (issue 13): unzip with libzip, stream the XML with expat.
# Debian's libzip CMake config also demands the zipcmp tools (another package), so the
# header and library are found directly.
find_path(LIBZIP_INCLUDE_DIR zip.h)
find_library(LIBZIP_LIBRARY zip)
if(LIBZIP_INCLUDE_DIR AND LIBZIP_LIBRARY)
  set(libzip_FOUND TRUE)
  add_library(labeltool_libzip INTERFACE)
  target_include_directories(labeltool_libzip INTERFACE ${LIBZIP_INCLUDE_DIR})
  target_link_libraries(labeltool_libzip INTERFACE ${LIBZIP_LIBRARY})
endif()
labeltool_require(libzip libzip-dev)
find_package(EXPAT QUIET)
labeltool_require(EXPAT libexpat1-dev)
if(LABELTOOL_BUILD_TESTS OR NOT DEFINED LABELTOOL_BUILD_TESTS)
  find_package(doctest QUIET)
  labeltool_require(doctest doctest-dev)
endif()

# yaml-cpp 0.7's package config names its target "yaml-cpp" without a namespace.
if(TARGET yaml-cpp::yaml-cpp)
  set(LABELTOOL_YAML_TARGET yaml-cpp::yaml-cpp)
else()
  set(LABELTOOL_YAML_TARGET yaml-cpp)
endif()

# --- suggest: Snowball stemmers for the norm texts (Debian ships no CMake config for it) ---
find_path(LIBSTEMMER_INCLUDE_DIR libstemmer.h)
find_library(LIBSTEMMER_LIBRARY stemmer)
if(LIBSTEMMER_INCLUDE_DIR AND LIBSTEMMER_LIBRARY)
  set(libstemmer_FOUND TRUE)
  add_library(labeltool_stemmer INTERFACE)
  target_include_directories(labeltool_stemmer INTERFACE ${LIBSTEMMER_INCLUDE_DIR})
  target_link_libraries(labeltool_stemmer INTERFACE ${LIBSTEMMER_LIBRARY})
endif()
labeltool_require(libstemmer libstemmer-dev)
# ── xlsx writer (issue 13): libxlsxwriter writes the workbook forms (template, gap -o).
# Debian ships a pkg-config file for it, no CMake package.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()
labeltool_require(XLSXWRITER libxlsxwriter-dev)
# ── end xlsx writer
