# What `cmake --install` puts under the prefix: the binary, its man page, shell completions,
# the rule pages, the VS Code extension when it was built, and a CMake package whose imported
# target forecheck::forecheck is the installed command. The rule data is compiled into the
# binary (engine/CMakeLists.txt), so the binary needs no data directory and runs from anywhere.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(FC_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

install(TARGETS forecheck EXPORT forecheck-targets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${FC_PACKAGING_DIR}/forecheck.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Completions go where each shell looks under a prefix. Debian's zsh does not search
# /usr/share/zsh/site-functions, so the .deb moves _forecheck to vendor-completions
# (cmake/deb_layout.cmake).
set(FC_BASH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    CACHE STRING "Where the bash completion is installed (relative to the prefix)")
set(FC_ZSH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/zsh/site-functions
    CACHE STRING "Where the zsh completion is installed (relative to the prefix)")
set(FC_FISH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
    CACHE STRING "Where the fish completion is installed (relative to the prefix)")
install(FILES ${FC_PACKAGING_DIR}/completions/forecheck.bash DESTINATION ${FC_BASH_COMPLETION_DIR}
        RENAME forecheck)
install(FILES ${FC_PACKAGING_DIR}/completions/_forecheck DESTINATION ${FC_ZSH_COMPLETION_DIR})
install(FILES ${FC_PACKAGING_DIR}/completions/forecheck.fish DESTINATION ${FC_FISH_COMPLETION_DIR})

# The rule pages `forecheck explain` prints, with the data files that give each rule's
# parameters and messages (a reference for .forecheck.toml).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules
        FILES_MATCHING PATTERN "*.md" PATTERN "*.toml")
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# tools/editors/vscode/build.sh (npm, not part of the build) writes the .vsix into the source
# tree; it is installed when it is there at install time (install(FILES … OPTIONAL) would still
# leave an empty directory behind).
install(CODE "
  set(vsix \"${PROJECT_SOURCE_DIR}/tools/editors/vscode/forecheck-${PROJECT_VERSION}.vsix\")
  if(EXISTS \"\${vsix}\")
    file(INSTALL \"\${vsix}\"
         DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/forecheck/vscode\")
  endif()")

# The CMake package: find_package(forecheck) gives forecheck::forecheck, an imported
# executable (the engine's static libraries are internal and not installed).
set(FC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/forecheck)
install(EXPORT forecheck-targets NAMESPACE forecheck:: FILE forecheckTargets.cmake
        DESTINATION ${FC_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/forecheckConfig.cmake.in
  ${PROJECT_BINARY_DIR}/forecheckConfig.cmake INSTALL_DESTINATION ${FC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/forecheckConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/forecheckConfig.cmake
        ${PROJECT_BINARY_DIR}/forecheckConfigVersion.cmake DESTINATION ${FC_CMAKE_DIR})
