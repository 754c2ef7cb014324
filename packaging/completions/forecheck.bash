# bash completion for forecheck (installed as share/bash-completion/completions/forecheck).
# Self-contained: needs only bash's own compgen, not the bash-completion package's helpers.

_forecheck() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="check extract explain rules report lsp serve version help"
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands --help --version -h" -- "$cur"))
    return
  fi
  local cmd=${COMP_WORDS[1]} opts="--help -h" values="" files=0
  case $cmd in
    check | extract)
      opts+=" --include --exclude --ignore-file --no-ignore --changed-only --error-on-empty
        --stdin-filename --lang --date --input-format --config --format --output -o --color
        --no-color --no-progress --jobs -j --fail-level --max-warnings --baseline"
      case $prev in
        --format) values="text json sarif github checkstyle junit" ;;
        --lang) values="auto ko en" ;;
        --input-format) values="auto text markdown html" ;;
        --fail-level) values="error warning info none" ;;
        --ignore-file | --config | --output | -o | --baseline) files=1 ;;
        --include | --exclude | --changed-only | --stdin-filename | --date | --jobs | -j | \
          --max-warnings) return ;;
      esac
      ;;
    report)
      opts+=" --output -o --format --ui-lang --lang --date --force"
      case $prev in
        --format) values="html markdown" ;;
        --ui-lang | --lang) values="auto ko en" ;;
        --output | -o) files=1 ;;
        --date) return ;;
      esac
      ;;
    lsp)
      opts+=" --debounce-ms --check --stdio"
      case $prev in
        --check) files=1 ;;
        --debounce-ms) return ;;
      esac
      ;;
    serve)
      opts+=" --host --port --max-body --timeout --max-connections --budget-ms"
      case $prev in
        --host | --port | --max-body | --timeout | --max-connections | --budget-ms) return ;;
      esac
      ;;
    explain)
      # Rule ids from the catalogue of the forecheck being completed.
      [ "$COMP_CWORD" -eq 2 ] &&
        values=$("${COMP_WORDS[0]}" rules 2>/dev/null | while read -r id _; do printf '%s ' "$id"; done)
      [ -n "$values" ] || return
      ;;
    rules | version | help) [[ $cur == -* ]] || return ;;
    *) return ;;
  esac
  if [ -n "$values" ]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
  elif [ "$files" -eq 0 ] && [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _forecheck forecheck
