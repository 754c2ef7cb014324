// The help text of `forecheck`, kept apart from the parser so both stay short.
#include "cli/options.hpp"

namespace fc::cli {

const char* usage() {
  return "usage: forecheck <command> [options]\n"
         "\n"
         "commands:\n"
         "  check [options] PATH...|-   check articles and report conflicting figures\n"
         "  extract [options] PATH...|- print the claims found (JSON)\n"
         "  explain RULE                print a rule's documentation\n"
         "  rules                       list the rules\n"
         "  version                     print the version\n"
         "\n"
         "inputs (directories are searched recursively, in sorted order):\n"
         "  --include GLOB              files to take from directories (repeatable;\n"
         "                              default *.md *.markdown *.txt *.html *.htm)\n"
         "  --exclude GLOB              files or directories to skip (repeatable)\n"
         "  --ignore-file FILE          gitignore-style patterns (default: ./.forecheckignore)\n"
         "  --no-ignore                 do not read an ignore file\n"
         "  --changed-only REV          only files changed since git revision REV\n"
         "  --stdin-filename NAME       name used for '-' in the output\n"
         "  --lang auto|ko|en           article language (default: auto)\n"
         "  --date YYYY-MM-DD           article date (overrides front matter)\n"
         "  --input-format auto|text|markdown|html\n"
         "  --config FILE               settings file (default: nearest .forecheck.toml)\n"
         "\n"
         "output:\n"
         "  --format FORMAT             text, json, sarif, github, checkstyle or junit\n"
         "                              (default: text; repeatable)\n"
         "  --output FILE               write the preceding --format to FILE; each --format\n"
         "                              without --output goes to standard output (at most one)\n"
         "  --color, --no-color         colour in text output (default: on a terminal)\n"
         "  --no-progress               no progress bar (default: on a terminal, >20 files)\n"
         "  --jobs N                    files checked in parallel (default: hardware threads)\n"
         "\n"
         "failing:\n"
         "  --fail-level error|warning|info|none   lowest severity that fails (default: error)\n"
         "  --max-warnings N            also fail when more than N warnings remain\n"
         "  --baseline FILE             JSON from an earlier `check --format json`; findings in\n"
         "                              it are reported as baselined and never fail\n"
         "\n"
         "exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage error or\n"
         "unreadable input (the other files are still checked)\n";
}

}  // namespace fc::cli
