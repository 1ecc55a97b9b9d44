# cmake --install: the plugin in lib/, the tools in bin/, the docs in
# share/doc/resource-tidy, and lib/clang/<major> pointing at LLVM's clang
# resource directory.
#
# resource-tidy (and any tool built on clang's driver) looks for clang's
# builtin headers (stddef.h, ...) in <its bin>/../lib/clang/<major>. A link
# there to the resource directory of the LLVM it was built against makes the
# installed tools find them under any prefix; an existing directory there
# (installing into LLVM's own prefix) is left alone, a link is replaced.
set(RESOURCE_TIDY_CLANG_RESOURCE_DIR
    "${LLVM_LIBRARY_DIR}/clang/${LLVM_VERSION_MAJOR}")
if(NOT EXISTS "${RESOURCE_TIDY_CLANG_RESOURCE_DIR}/include/stddef.h")
  message(WARNING "No clang builtin headers in "
                  "${RESOURCE_TIDY_CLANG_RESOURCE_DIR}; resource-tidy will not "
                  "find stddef.h and the like")
endif()

# The same link in the build tree, for build/bin/.
set(build_resource_link "${PROJECT_BINARY_DIR}/lib/clang/${LLVM_VERSION_MAJOR}")
if(IS_SYMLINK "${build_resource_link}" OR NOT EXISTS "${build_resource_link}")
  file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/lib/clang")
  file(CREATE_LINK "${RESOURCE_TIDY_CLANG_RESOURCE_DIR}" "${build_resource_link}"
       SYMBOLIC)
endif()

set(installed_tools resource-tidy resource-sarif)
if(TARGET resource-clangd)
  list(APPEND installed_tools resource-clangd)
endif()
# LLVM's shared libraries are found through the linker path on Debian; an
# LLVM elsewhere is found through the run path.
set_target_properties(${installed_tools} ResourceTidyPlugin PROPERTIES
  INSTALL_RPATH_USE_LINK_PATH ON)
install(TARGETS ${installed_tools} RUNTIME DESTINATION bin)
install(TARGETS ResourceTidyPlugin LIBRARY DESTINATION lib)
# libResourceTidy.so, the link to libResourceTidy-<major>.so.
install(FILES "${PROJECT_BINARY_DIR}/lib/libResourceTidy.so" DESTINATION lib)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
        DESTINATION share/doc/resource-tidy)
install(FILES "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION share/doc/resource-tidy)

install(CODE "
  set(link \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/clang/${LLVM_VERSION_MAJOR}\")
  if(IS_SYMLINK \"\${link}\" OR NOT EXISTS \"\${link}\")
    message(STATUS \"Installing: \${link} -> ${RESOURCE_TIDY_CLANG_RESOURCE_DIR}\")
    file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/clang\")
    file(CREATE_LINK \"${RESOURCE_TIDY_CLANG_RESOURCE_DIR}\" \"\${link}\" SYMBOLIC)
  endif()
")
