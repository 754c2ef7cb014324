#!/usr/bin/env bash
# The man page and the bash, zsh and fish completions know every command and option that the
# --help texts print, and the completions offer them where they apply: bash's completion
# function is called as bash calls it, fish's through `complete -C`, zsh's is parsed by zsh.
# Usage: completion_test.sh FORECHECK (run from the source root).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flunk() { echo "FAIL: $*"; fail=1; }
man_page=$PWD/packaging/forecheck.1
bash_file=$PWD/packaging/completions/forecheck.bash
zsh_file=$PWD/packaging/completions/_forecheck
fish_file=$PWD/packaging/completions/forecheck.fish

# Options as the help texts print them: a dash or two, a letter, then letters and dashes. The
# main help's list of commands names other commands' options (serve [--port N]): left out.
options_of() {
  "$bin" "$@" --help | sed '/^commands:/,/^$/d' | grep -oP '(?<![\w-])--?[a-z][a-z-]*' | sort -u
}
commands=$("$bin" --help | sed -n '/^commands:/,/^$/p' | awk 'NF && !/:$/ {print $1}')
[ -n "$commands" ] || flunk "no commands in 'forecheck --help'"
for sub in check report lsp serve; do
  options_of "$sub" >"$tmp/$sub" || flunk "'forecheck $sub --help' failed"
  [ -s "$tmp/$sub" ] || flunk "no options in 'forecheck $sub --help'"
done
cp "$tmp/check" "$tmp/extract"

# Every command and option is in the man page (roff spells '-' as '\-') and in each completion.
for word in $commands $(cat "$tmp/check" "$tmp/report" "$tmp/lsp" "$tmp/serve" | sort -u); do
  grep -qwF -- "${word//-/\\-}" "$man_page" || flunk "forecheck.1 does not mention $word"
  for f in "$bash_file" "$zsh_file" "$fish_file"; do
    case $f in
      *.fish) pattern=$word
        [[ $word == --* ]] && pattern="-l ${word#--}"
        [[ $word == -? ]] && pattern="-s ${word#-}" ;;
      *) pattern=$word ;;
    esac
    grep -qwF -- "$pattern" "$f" || flunk "$f does not offer $word"
  done
done

# bash: call the completion function the way bash does, on a command line.
complete_bash() {  # words... ; the last word is the one being completed
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _forecheck; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$@"
}
bash -n "$bash_file" || flunk "bash -n rejects $bash_file"
for c in $commands; do
  complete_bash forecheck "" | grep -qx -- "$c" || flunk "bash: '$c' not offered as a command"
done
for sub in check extract report lsp serve; do
  got=$(complete_bash forecheck "$sub" -)
  while read -r o; do
    grep -qx -- "$o" <<<"$got" || flunk "bash: 'forecheck $sub' does not offer $o"
  done <"$tmp/$sub"
done
complete_bash forecheck check --format "" | sort | tr '\n' ' ' | grep -qx 'checkstyle github json junit sarif text ' ||
  flunk "bash: --format values: $(complete_bash forecheck check --format '')"
complete_bash forecheck report --format m | grep -qx markdown || flunk "bash: report --format m"
complete_bash forecheck check --fail-level w | grep -qx warning || flunk "bash: --fail-level w"
(PATH=$(dirname "$bin"):$PATH complete_bash forecheck explain growth-c) | grep -qx growth-contradiction ||
  flunk "bash: explain does not complete rule ids"
(cd "$(dirname "$0")" && complete_bash forecheck check install_t) | grep -qx install_test.sh ||
  flunk "bash: check does not complete file names"

# fish: its own completer, when fish is installed.
if command -v fish >/dev/null; then
  fish --no-execute "$fish_file" || flunk "fish rejects $fish_file"
  complete_fish() { fish --no-config -c "source $fish_file; complete -C'$1'" | cut -f1; }
  for sub in check extract report lsp serve; do
    got=$(complete_fish "forecheck $sub -")
    while read -r o; do
      grep -qx -- "$o" <<<"$got" || flunk "fish: 'forecheck $sub' does not offer $o"
    done <"$tmp/$sub"
  done
  complete_fish "forecheck check --format j" | grep -qx json || flunk "fish: --format j"
  complete_fish "forecheck " | grep -qx serve || flunk "fish: commands"
  (PATH=$(dirname "$bin"):$PATH complete_fish "$bin explain growth-c") | grep -qx growth-contradiction ||
    flunk "fish: explain does not complete rule ids"
else
  echo "note: fish not installed; its completion was only checked for option names"
fi
if command -v zsh >/dev/null; then
  zsh -n "$zsh_file" || flunk "zsh -n rejects $zsh_file"
  head -1 "$zsh_file" | grep -qx '#compdef forecheck' || flunk "_forecheck lacks '#compdef forecheck'"
else
  echo "note: zsh not installed; its completion was only checked for option names"
fi

[ "$fail" = 0 ] && echo "completions: all checks passed"
exit "$fail"
