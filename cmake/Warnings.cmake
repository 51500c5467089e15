# Warnings for our own targets only (not for the dependencies' headers).
add_library(labeltool_warnings INTERFACE)
target_compile_options(labeltool_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
option(LABELTOOL_WERROR "Treat warnings as errors" OFF)
if(LABELTOOL_WERROR)
  target_compile_options(labeltool_warnings INTERFACE -Werror)
endif()
