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
# C libraries Debian ships without a usable CMake package: found by header and library, so
# neither pkg-config (not in a minimal Debian) nor libzip's config (which also demands the
# zipcmp tools of another package) is needed.
function(labeltool_find_c_library target name header library debian_package)
  find_path(${target}_INCLUDE_DIR ${header})
  find_library(${target}_LIBRARY ${library})
  if(${target}_INCLUDE_DIR AND ${target}_LIBRARY)
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${${target}_INCLUDE_DIR})
    target_link_libraries(${target} INTERFACE ${${target}_LIBRARY})
    set(${name}_FOUND TRUE)
  endif()
  labeltool_require(${name} ${debian_package})
endfunction()
# The workbook reader unzips with libzip and streams the XML with expat.
labeltool_find_c_library(labeltool_libzip libzip zip.h zip libzip-dev)
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

# suggest stems the norm texts with Snowball; the workbook forms are written by libxlsxwriter.
labeltool_find_c_library(labeltool_stemmer libstemmer libstemmer.h stemmer libstemmer-dev)
labeltool_find_c_library(labeltool_xlsxwriter libxlsxwriter xlsxwriter.h xlsxwriter libxlsxwriter-dev)
