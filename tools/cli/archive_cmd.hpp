// The archive's subcommands: `forecheck index` (index_cmd.cpp) and `forecheck archive query|
// stats` (archive_cmd.cpp).
#pragma once

namespace fc::cli {

/// `forecheck index ...`: argv[0] is "index".
int run_index(int argc, char** argv);

/// `forecheck archive query|stats ...`: argv[0] is "archive".
int run_archive(int argc, char** argv);

}  // namespace fc::cli
