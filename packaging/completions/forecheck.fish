# fish completion for forecheck (installed as share/fish/vendor_completions.d/forecheck.fish).

set -l commands check extract explain rules report lsp serve index archive version help
function __forecheck_rules  # the catalogue of the forecheck being completed
    set -l bin (commandline -opc)[1]
    $bin rules 2>/dev/null | string replace -r ' .*' ''
end

complete -c forecheck -f
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check articles and report conflicting figures'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a extract -d 'Print the claims found (JSON)'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a explain -d "Print a rule's documentation"
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List the rules'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a report -d 'One self-contained HTML report'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a lsp -d 'Language server on stdin/stdout'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a serve -d 'HTTP hook for web editors'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a index -d 'Add published articles to an archive'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a archive -d 'List published figures for a market, or totals'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a version -d 'Print the version'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -a help -d 'Print the usage'
complete -c forecheck -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version'
complete -c forecheck -s h -l help -d 'Print the usage'

# check and extract
set -l c '__fish_seen_subcommand_from check extract'
complete -c forecheck -n $c -F
complete -c forecheck -n $c -l include -x -d 'Files to take from directories (glob)'
complete -c forecheck -n $c -l exclude -x -d 'Files or directories to skip (glob)'
complete -c forecheck -n $c -l ignore-file -r -F -d 'Gitignore-style patterns'
complete -c forecheck -n $c -l no-ignore -d 'Do not read an ignore file'
complete -c forecheck -n $c -l changed-only -x -d 'Only files changed since a git revision'
complete -c forecheck -n $c -l error-on-empty -d 'Exit 2 when no file is left to check'
complete -c forecheck -n $c -l stdin-filename -x -d 'Name used for - in the output'
complete -c forecheck -n $c -l lang -x -a 'auto ko en zh ja' -d 'Article language'
complete -c forecheck -n $c -l message-lang -x -a 'auto ko en zh ja' -d 'Language of messages and the summary line'
complete -c forecheck -n $c -l date -x -d 'Article date (YYYY-MM-DD)'
complete -c forecheck -n $c -l input-format -x -a 'auto text markdown html' -d 'How to read the inputs'
complete -c forecheck -n $c -l config -r -F -d 'Settings file'
complete -c forecheck -n $c -l format -x -a 'text json sarif github checkstyle junit' -d 'Output format'
complete -c forecheck -n $c -s o -l output -r -F -d 'Write the preceding --format to a file'
complete -c forecheck -n $c -l color -d 'Colour in text output'
complete -c forecheck -n $c -l no-color -d 'No colour in text output'
complete -c forecheck -n $c -l no-progress -d 'No progress bar'
complete -c forecheck -n $c -s j -l jobs -x -d 'Files checked in parallel'
complete -c forecheck -n $c -l fail-level -x -a 'error warning info none' -d 'Lowest severity that fails'
complete -c forecheck -n $c -l max-warnings -x -d 'Also fail when more than N warnings remain'
complete -c forecheck -n $c -l baseline -r -F -d 'JSON from an earlier check --format json'
complete -c forecheck -n $c -l archive -r -F -d 'Check against the figures published before'
complete -c forecheck -n $c -l fix -d 'Write the consistent values into the files'
complete -c forecheck -n $c -l fix-dry-run -d 'Print what --fix would change as a diff'

complete -c forecheck -n '__fish_seen_subcommand_from explain' -x -a '(__forecheck_rules)'

set -l r '__fish_seen_subcommand_from report'
complete -c forecheck -n $r -F
complete -c forecheck -n $r -s o -l output -r -F -d 'Write the report to a file'
complete -c forecheck -n $r -l format -x -a 'html markdown' -d 'Report format'
complete -c forecheck -n $r -l ui-lang -x -a 'auto ko en zh ja' -d "Language of the report's own words"
complete -c forecheck -n $r -l lang -x -a 'auto ko en zh ja' -d 'Language of the articles'
complete -c forecheck -n $r -l date -x -d 'Publication date (YYYY-MM-DD)'
complete -c forecheck -n $r -l force -d 'Overwrite a file that is not a forecheck report'
complete -c forecheck -n $r -l archive -r -F -d 'Chart and check the published figures'

set -l l '__fish_seen_subcommand_from lsp'
complete -c forecheck -n $l -l debounce-ms -x -d 'Check this long after the last edit'
complete -c forecheck -n $l -l check -r -F -d 'Print the diagnostics an editor would get'
complete -c forecheck -n $l -l stdio -d 'Standard input and output (the only transport)'
complete -c forecheck -n $l -l archive -r -F -d 'With --check: the published archive'

set -l s '__fish_seen_subcommand_from serve'
complete -c forecheck -n $s -l host -x -d 'Address to bind'
complete -c forecheck -n $s -l port -x -d 'Port to bind (0 picks one)'
complete -c forecheck -n $s -l max-body -x -d 'Largest request body (bytes)'
complete -c forecheck -n $s -l timeout -x -d 'Time to read one request (seconds)'
complete -c forecheck -n $s -l max-connections -x -d 'Open connections'
complete -c forecheck -n $s -l max-per-client -x -d 'Open connections from one client'
complete -c forecheck -n $s -l budget-ms -x -d 'Checking time per request'
complete -c forecheck -n $s -l archive -r -F -d 'Published archive every request is checked against'

set -l i '__fish_seen_subcommand_from index'
complete -c forecheck -n $i -F
complete -c forecheck -n $i -l db -r -F -d 'The archive: a SQLite file or postgresql:// URI'
complete -c forecheck -n $i -l prune -d 'Drop archived articles whose file is gone'
complete -c forecheck -n $i -l date -x -d 'Date of articles without one (YYYY-MM-DD)'
complete -c forecheck -n $i -l include -x -d 'Files to take from directories (glob)'
complete -c forecheck -n $i -l exclude -x -d 'Files or directories to skip (glob)'
complete -c forecheck -n $i -l lang -x -a 'auto ko en zh ja' -d 'Article language'
complete -c forecheck -n $i -l config -r -F -d 'Settings file'
complete -c forecheck -n $i -s j -l jobs -x -d 'Files extracted in parallel'
complete -c forecheck -n $i -l no-progress -d 'No progress bar'

set -l a '__fish_seen_subcommand_from archive'
complete -c forecheck -n "$a; and not __fish_seen_subcommand_from query stats init" -x -a 'query stats init'
complete -c forecheck -n $a -l db -r -F -d 'The archive: a SQLite file or postgresql:// URI'
complete -c forecheck -n $a -l subject -x -d 'The market, as written'
complete -c forecheck -n $a -l source -x -d 'Only this source'
complete -c forecheck -n $a -l year -x -d 'Only this year'
complete -c forecheck -n $a -l all -d 'Rates, shares and undated figures too'
complete -c forecheck -n $a -l format -x -a 'table json' -d 'Output format'
complete -c forecheck -n $a -l config -r -F -d 'Settings file'
