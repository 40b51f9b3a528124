#!/usr/bin/env bash
# contrib/parallel/zeef-parallel.sh — one zeef batch spread over several machines
# with GNU parallel (docs/parallel.md).
#
#   contrib/parallel/zeef-parallel.sh --inbox DIR --out DIR [--tender FILE]
#       [--sshlogin LOGINS] [--chunk N] [--remote-bin DIR] [-- ZEEF-SCORE-OPTIONS...]
#
# Extraction and fields run on the hosts, check and score once, here:
#
#   find INBOX | sort | parallel -N CHUNK --sshlogin LOGINS --transferfile {} \
#                            --basefile TENDER-FILES --return PART --cleanup \
#                            'zeef-extract -j 1 {} | zeef-fields --tender T > PART'
#            then   cat PARTS (in input order) | zeef-check | zeef-score
#
# Each job takes CHUNK files (default 20): they are copied to the host
# (--transferfile), extracted and read there, and the job's records come back
# as a file (--return) that is removed from the host with the CV copies
# (--cleanup).  The parts are joined in job order, and the files were handed
# out in sorted order, so the merged records are in the order a single
# machine's run.sh gives them; zeef-check and zeef-score then run once on all
# of them, here.  results.jsonl is byte for byte that of run.sh on one machine.
#
#   --sshlogin LOGINS  GNU parallel's: "2/alice@host1,4/host2,:" (":" is this
#                      machine; "N/" the jobs at a time there).  Default ":".
#   --remote-bin DIR   where zeef's binaries are on the hosts (default: this
#                      build's bin/, so install zeef at the same path there).
#   --tender FILE      a profile given by a relative path, with the rule files
#                      it names next to it, which are copied to each host.
#   --ssh CMD          GNU parallel's --ssh: the command that reaches a host.
#   --chunk N          files per job (default 20).
#
# The file names in the records are the paths as given, so give --inbox as a
# relative path (as run.sh does): a host sees the copies under the same
# relative path in its work folder.  Needs here: GNU parallel, rsync, ssh;
# on each host: rsync, perl and zeef's binaries (docs/parallel.md).
set -euo pipefail
umask 077

ZEEF_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${ZEEF_BUILD:-build}
case "$BUILD" in /*) BIN="$BUILD/bin" ;; *) BIN="$ZEEF_HOME/$BUILD/bin" ;; esac
inbox=
out=
tender=
logins=:
chunk=20
rbin=
ssh=()
die() { echo "zeef-parallel.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --inbox) inbox=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --tender) tender=$2; shift 2 ;;
        --sshlogin|-S) logins=$2; shift 2 ;;
        --chunk) chunk=$2; shift 2 ;;
        --remote-bin) rbin=$2; shift 2 ;;
        --ssh) ssh=(--ssh "$2"); shift 2 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1 (--help)" ;;
    esac
done
[ -n "$inbox" ] && [ -n "$out" ] || die "--inbox and --out are required (--help)"
[ -d "$inbox" ] || die "inbox '$inbox' is not a folder"
case "$inbox" in /*) echo "zeef-parallel.sh: warning: an absolute --inbox works only where the hosts share the files at the same paths" >&2 ;; esac
command -v parallel >/dev/null || die "GNU parallel is not installed (apt-get install parallel)"
if [ -z "$tender" ]; then
    tender=$(realpath --relative-to=. "$ZEEF_HOME/rules/coordinator-welzijn-heerde.profile")
fi
[ -f "$tender" ] || die "tender profile '$tender' not found"
[ -n "$rbin" ] || rbin=$BIN
"$BIN/zeef-fields" --tender "$tender" </dev/null >/dev/null || die "bad tender profile or rules (see above)"

# The profile and the rule files it names travel with the first job to each host.
tdir=$(dirname "$tender")
base=("$tender")
rules=$(sed -n 's/^[[:space:]]*rules[[:space:]]*=[[:space:]]*//p' "$tender" | head -n 1)
for r in $rules; do base+=("$tdir/$r"); done
basefiles=()
for b in "${base[@]}"; do basefiles+=(--basefile "$b"); done

mkdir -p "$out" || die "cannot create '$out'"
parts=".zeef-parts.$$"      # relative: the same path in each host's work folder
mkdir "$parts"
trap 'rm -rf "$parts"' EXIT
q=$(printf '%q' "$tender")
# Two jobs on one host share its work folder, and GNU parallel's --cleanup of
# one removes folders that look empty (inbox/, $parts/) while the other is
# still copying into them: that job would see a CV missing and give it an
# "io" record.  So a job first checks that all its files arrived and that its
# part can be written, and fails otherwise; --retries runs it again, copies
# and all.  Only a job that fails three times stops the batch.
job="for f in {} ; do test -e \"\$f\" || test -L \"\$f\" || { echo \"zeef-parallel.sh: \$f did not arrive on \${HOSTNAME:-a host}\" >&2; exit 75; }; done"
job+=" && mkdir -p $parts && $(printf '%q' "$rbin")/zeef-extract -j 1 {} | $(printf '%q' "$rbin")/zeef-fields --tender $q > $parts/{#}.jsonl"
find "$inbox" -mindepth 1 \( -type f -o -type l \) -print0 | LC_ALL=C sort -z > "$parts/files"
n=$(tr -cd '\0' < "$parts/files" | wc -c)
[ "$n" -gt 0 ] || die "inbox '$inbox' has no files"
# The job line is quoted for bash (printf %q): tell GNU parallel so, or it
# guesses the shell from $SHELL and, where that is unset (cron, CI), quotes
# for another one and the remote jobs fail.
PARALLEL_SHELL=/bin/bash parallel -0 --no-notice -N "$chunk" --retries 3 --halt now,fail=1 --sshlogin "$logins" "${ssh[@]}" --workdir . \
    --transferfile {} "${basefiles[@]}" --return "$parts/{#}.jsonl" --cleanup \
    "$job" < "$parts/files" || die "a shard failed (see above)"

jobs=$(( (n + chunk - 1) / chunk ))
for i in $(seq 1 "$jobs"); do
    [ -f "$parts/$i.jsonl" ] || die "shard $i came back without records"
done
for i in $(seq 1 "$jobs"); do cat "$parts/$i.jsonl"; done > "$parts/merged.jsonl"
[ -z "${ZEEF_PARALLEL_KEEP:-}" ] || cp -R "$parts" "$ZEEF_PARALLEL_KEEP"
tmp="$out/.results.jsonl.$$"
"$BIN/zeef-check" --tender "$tender" < "$parts/merged.jsonl" |
    "$BIN/zeef-score" --tender "$tender" --html "$out/report.html" --csv "$out/report.csv" \
        --interview "$out/interview.html" "$@" > "$tmp" || die "check or score failed"
mv "$tmp" "$out/results.jsonl"
echo "Resultaten: $out/results.jsonl, $out/report.html, $out/report.csv, $out/interview.html ($n files, $jobs shards)" >&2
