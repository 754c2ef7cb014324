// Entry points of the front ends that live in their own folders (lsp/, http/, report/).
#pragma once

namespace fc::lsp {
/// `forecheck lsp ...`: argv[0] is "lsp".
int run(int argc, char** argv);
}  // namespace fc::lsp

namespace fc::http {
/// `forecheck serve ...`: argv[0] is "serve".
int run(int argc, char** argv);
}  // namespace fc::http

namespace fc::report {
/// `forecheck report ...`: argv[0] is "report".
int run(int argc, char** argv);
}  // namespace fc::report
