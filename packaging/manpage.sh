#!/bin/sh
# Writes a man page from a program's own --help text with help2man, so the page and --help never disagree.
# For plumbline-cli, each subcommand's --help becomes a part of a COMMANDS section. Run by the build
# (packaging/CMakeLists.txt) when help2man is installed.
# Usage: manpage.sh HELP2MAN PROGRAM NAME SUMMARY VERSION INCLUDE OUTPUT
set -eu
help2man=$1 program=$2 name=$3 summary=$4 version=$5 include=$6 output=$7
# --help needs a Qt platform for the GUI, not a display.
QT_QPA_PLATFORM=offscreen
LC_ALL=C.UTF-8
LANGUAGE= # man pages are English whatever the packager's language (--help is translated)
export QT_QPA_PLATFORM LC_ALL LANGUAGE
extra=$output.h2m
: >"$extra"

# One subcommand's --help as roff: the usage line a subsection, the option and argument lists tagged paragraphs.
to_roff() {
  awk '
    function text(s) { gsub(/\\/, "\\e", s); if (s ~ /^[.'"'"']/) s = "\\&" s; return s }
    function literal(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function flush() { if (item != "") { print ".TP"; print "\\fB" literal(item) "\\fR"; print text(desc) } item = ""; desc = "" }
    NR == 1 && sub(/^Usage: /, "") { print ".SS \"" literal($0) "\""; next }
    /^[A-Z][A-Za-z ]*:$/ { flush(); print ".PP"; print text($0); list = 1; next }
    /^$/ { flush(); next }
    list && /^  [^ ]/ {
      flush(); line = substr($0, 3)
      if (match(line, /  +/)) { item = substr(line, 1, RSTART - 1); desc = substr(line, RSTART + RLENGTH) }
      else { item = line; desc = "" }
      next
    }
    list && /^   / { t = $0; sub(/^ +/, "", t); desc = desc (desc == "" ? "" : " ") t; next }
    { print text($0) }
    END { flush() }
  '
}

commands=$("$program" --help | awk '/^Commands:$/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { exit }')
if [ -n "$commands" ]; then
  printf '[COMMANDS]\n' >>"$extra"
  for command in $commands; do
    "$program" "$command" --help | to_roff >>"$extra"
  done
fi
cat "$include" >>"$extra"
"$help2man" --no-info --section=1 --name="$summary" --version-string="$version" --include="$extra" \
  --output="$output" "$program"
rm -f "$extra"
