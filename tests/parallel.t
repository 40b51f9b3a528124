#!/usr/bin/env bash
# A batch spread with GNU parallel (contrib/parallel/zeef-parallel.sh,
# docs/parallel.md): extraction and fields sharded, check and score once on
# the merged records.  results.jsonl and the reports must equal run.sh's on
# one machine, byte for byte (neither has timings).
#
#   1. local workers only (--sshlogin 2/:), small shards;
#   2. two "hosts" reached through a stand-in for ssh (tests/lib/fakessh):
#      each host is a folder of its own, with its own HOME, that sees no
#      file of this machine but what GNU parallel copies there (--transferfile,
#      --basefile) and hands back (--return); needs rsync, as real hosts do.
. "$(dirname "$0")/lib/tap.sh"
command -v parallel >/dev/null 2>&1 || skip_all "GNU parallel is not installed (apt-get install parallel)"
parallel --version 2>/dev/null | grep -q 'GNU parallel' || skip_all "parallel is not GNU parallel"

# A private copy of the inputs, addressed by relative paths as run.sh does.
W="$TMP/work"
mkdir -p "$W/rules"
cp -R "$ZEEF_ROOT/samples/inbox" "$W/inbox"
cp "$ZEEF_ROOT"/rules/*.rules "$ZEEF_ROOT"/rules/*.profile "$W/rules/"
T=rules/coordinator-welzijn-heerde.profile
cd "$W" || exit 1

# The single-machine run: run.sh's pipeline.
find inbox -mindepth 1 \( -type f -o -type l \) -print0 | LC_ALL=C sort -z |
    "$BIN/zeef-extract" -0 2>/dev/null | "$BIN/zeef-fields" --tender "$T" | "$BIN/zeef-check" --tender "$T" |
    "$BIN/zeef-score" --tender "$T" --html "$TMP/one.html" --csv "$TMP/one.csv" --interview "$TMP/one-iv.html" \
    > "$TMP/one.jsonl"
is "single run: one record per file" "$(wc -l < "$TMP/one.jsonl")" "$(find inbox -type f | wc -l)"

P="$ZEEF_ROOT/contrib/parallel/zeef-parallel.sh"
same() {   # same NAME OUTDIR
    ok "$1: results.jsonl equals the single run" cmp "$TMP/one.jsonl" "$2/results.jsonl"
    ok "$1: report.html equals the single run" cmp "$TMP/one.html" "$2/report.html"
    ok "$1: report.csv equals the single run" cmp "$TMP/one.csv" "$2/report.csv"
    ok "$1: interview.html equals the single run" cmp "$TMP/one-iv.html" "$2/interview.html"
}

ZEEF_BUILD="$ZEEF_BUILD" "$P" --inbox inbox --out "$TMP/local" --tender "$T" --sshlogin 2/: --chunk 5 \
    2> "$TMP/local.err"
is "local workers: exit status" "$?" 0
same "local workers (2/:, 5 files a shard)" "$TMP/local"
# The merge keeps input order before check and score: the shards' records,
# joined, are the single run's extract|fields records in the same order.
find inbox -mindepth 1 -type f -print0 | LC_ALL=C sort -z | "$BIN/zeef-extract" -0 2>/dev/null |
    "$BIN/zeef-fields" --tender "$T" | "$ZEEF_BUILD/tests/jget" file > "$TMP/order-one"
ZEEF_PARALLEL_KEEP="$TMP/parts" ZEEF_BUILD="$ZEEF_BUILD" "$P" --inbox inbox --out "$TMP/local2" --tender "$T" \
    --sshlogin 3/: --chunk 2 2>/dev/null
cat "$TMP/parts/merged.jsonl" 2>/dev/null | "$ZEEF_BUILD/tests/jget" file > "$TMP/order-par"
ok "merged records come in the single run's order (3 workers, 2 files a shard)" cmp "$TMP/order-one" "$TMP/order-par"
same "local workers (3/:, 2 files a shard)" "$TMP/local2"

if command -v rsync >/dev/null 2>&1; then
    # Hosts "alpha" and "beta": fakessh runs the command in $FAKESSH_ROOT/HOST,
    # with HOME there.  GNU parallel puts the work folder at the same place
    # relative to HOME as here, so HOME here is the work folder's parent.
    export FAKESSH_ROOT="$TMP/hosts"
    mkdir -p "$FAKESSH_ROOT/alpha" "$FAKESSH_ROOT/beta"
    # Without SHELL in the environment (as under CI), GNU parallel quotes the
    # remote command for another shell than the one that runs it; the script
    # must not depend on the caller's SHELL.
    HOME="$TMP" ZEEF_BUILD="$ZEEF_BUILD" env -u SHELL "$P" --inbox inbox --out "$TMP/remote" --tender "$T" \
        --sshlogin "2/alpha,1/beta" --ssh "$ZEEF_ROOT/tests/lib/fakessh" --chunk 3 2> "$TMP/remote.err"
    is "two hosts: exit status" "$?" 0
    same "two hosts through ssh (--transferfile, --basefile, --return)" "$TMP/remote"
    ok "both hosts did work" test -s "$FAKESSH_ROOT/alpha/.log" -a -s "$FAKESSH_ROOT/beta/.log"
    ok "the hosts keep no CV after the run (--cleanup)" \
        test -z "$(find "$FAKESSH_ROOT" \( -name '*.pdf' -o -name '*.docx' -o -name '*.doc' \) -type f)"
else
    echo "ok $((_n += 1)) - two hosts # SKIP rsync is not installed"
fi
done_testing
