# Debian's ClangTargets.cmake names gRPC::grpc++ and protobuf::libprotobuf in the
# link interface of clangd's remote-index targets. Without targets of those names
# CMake's generate step fails for the whole project, so define them as empty
# imported targets; tools that really link clangd fill them in.
foreach(target gRPC::grpc++ protobuf::libprotobuf)
  if(NOT TARGET ${target})
    add_library(${target} INTERFACE IMPORTED)
  endif()
endforeach()
