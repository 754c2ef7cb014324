# `cpack -G DEB` in the build directory writes forecheck_<version>_<arch>.deb. Runtime
# dependencies come from dpkg-shlibdeps (Debian package dpkg-dev; CPack also needs `file`) when
# both are installed, or else from the list below, which is what dpkg-shlibdeps finds on
# Debian 12.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME forecheck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "forecheck maintainers <forecheck@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "fact-check the figures in market-forecast articles")
# The summary is the Description line; this text is the extended description under it.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "forecheck reads Korean and English market-forecast articles, turns every\n"
  "market size, year, growth rate and source into a claim with an honest\n"
  "interval, and flags the claims that cannot all be true, with the arithmetic\n"
  "that proves it. It runs as a command-line checker for CI, a language server\n"
  "for editors and an HTTP endpoint for web editors.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
find_program(FC_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(FC_FILE file)
if(FC_DPKG_SHLIBDEPS AND FC_FILE)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libboost-json1.81.0 (>= 1.81.0), libc6 (>= 2.34), \
libfmt9 (>= 9.1.0+ds1), libgcc-s1 (>= 3.0), libstdc++6 (>= 12), libtomlplusplus3 (>= 3.2.0), \
libutf8proc2 (>= 1.3)")
endif()
# Debian's layout, applied in the staging directory before the package is made.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/deb_layout.cmake)
include(CPack)
