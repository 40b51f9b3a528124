#!/bin/sh
# Builds tests/lang/eval.c and measures language judgement on tests/lang/corpus.tsv.
#   tests/lang/run-eval.sh        summary
#   tests/lang/run-eval.sh -v     also list paragraphs that (a) or (c) got wrong
# Models: ZEEF_TEXTCAT_DIR or /usr/share/libexttextcat/.
set -eu
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
out=${TMPDIR:-/tmp}/zeef-lang-eval.$$
trap 'rm -f "$out"' EXIT INT TERM
# shellcheck disable=SC2046
$CC -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Ilib $(pkg-config --cflags glib-2.0) -o "$out" tests/lang/eval.c lib/util.c \
    $(pkg-config --libs glib-2.0) -lexttextcat-2.0
"$out" tests/lang/corpus.tsv "$@"
