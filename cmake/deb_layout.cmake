# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged /usr tree: Debian's zsh searches
# /usr/share/zsh/vendor-completions for packaged completions, not share/zsh/site-functions.
file(GLOB_RECURSE site LIST_DIRECTORIES false
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/zsh/site-functions/_forecheck")
foreach(file IN LISTS site)
  get_filename_component(share "${file}" DIRECTORY)
  get_filename_component(share "${share}/../.." ABSOLUTE)
  file(MAKE_DIRECTORY "${share}/zsh/vendor-completions")
  file(RENAME "${file}" "${share}/zsh/vendor-completions/_forecheck")
  file(GLOB rest "${share}/zsh/site-functions/*")
  if(NOT rest)
    file(REMOVE_RECURSE "${share}/zsh/site-functions")
  endif()
endforeach()
