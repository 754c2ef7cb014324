# bash completion for forecheck (installed as share/bash-completion/completions/forecheck).
# Self-contained: needs only bash's own compgen, not the bash-completion package's helpers.

_forecheck() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="check extract explain rules report lsp serve index archive version help"
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands --help --version -h" -- "$cur"))
    return
  fi
  local cmd=${COMP_WORDS[1]} opts="--help -h" values="" files=0
  case $cmd in
    check | extract)
      opts+=" --include --exclude --ignore-file --no-ignore --changed-only --error-on-empty
        --stdin-filename --lang --message-lang --date --input-format --config --format --output -o --color
        --no-color --no-progress --jobs -j --fail-level --max-warnings --baseline --archive
        --fix --fix-dry-run"
      case $prev in
        --format) values="text json sarif github checkstyle junit" ;;
        --lang | --message-lang) values="auto ko en zh ja" ;;
        --input-format) values="auto text markdown html" ;;
        --fail-level) values="error warning info none" ;;
        --ignore-file | --config | --output | -o | --baseline | --archive) files=1 ;;
        --include | --exclude | --changed-only | --stdin-filename | --date | --jobs | -j | \
          --max-warnings) return ;;
      esac
      ;;
    report)
      opts+=" --output -o --format --ui-lang --lang --date --force --archive"
      case $prev in
        --format) values="html markdown" ;;
        --ui-lang) values="auto ko en zh ja" ;;
        --lang) values="auto ko en zh ja" ;;
        --output | -o | --archive) files=1 ;;
        --date) return ;;
      esac
      ;;
    lsp)
      opts+=" --debounce-ms --check --stdio --archive"
      case $prev in
        --check | --archive) files=1 ;;
        --debounce-ms) return ;;
      esac
      ;;
    serve)
      opts+=" --host --port --max-body --timeout --max-connections --max-per-client --budget-ms --archive"
      case $prev in
        --archive) files=1 ;;
        --host | --port | --max-body | --timeout | --max-connections | --max-per-client | --budget-ms) return ;;
      esac
      ;;
    index)
      opts+=" --db --prune --date --include --exclude --lang --config --jobs -j --no-progress"
      case $prev in
        --db | --config) files=1 ;;
        --lang) values="auto ko en zh ja" ;;
        --date | --include | --exclude | --jobs | -j) return ;;
      esac
      ;;
    archive)
      if [ "$COMP_CWORD" -eq 2 ] && [[ $cur != -* ]]; then
        values="query stats init"
      else
        opts+=" --db --subject --source --year --all --format --config"
        case $prev in
          --db | --config) files=1 ;;
          --format) values="table json" ;;
          --subject | --source | --year) return ;;
        esac
      fi
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
