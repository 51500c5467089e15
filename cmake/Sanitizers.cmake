# LABELTOOL_SANITIZE=address,undefined builds everything with those sanitizers.
set(LABELTOOL_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list (e.g. address,undefined)")
if(LABELTOOL_SANITIZE)
  add_compile_options(-fsanitize=${LABELTOOL_SANITIZE} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${LABELTOOL_SANITIZE})
endif()
