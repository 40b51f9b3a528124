#!/usr/bin/env bash
# The fuzz harnesses (tests/fuzz/fuzz_*.c) without libFuzzer: every committed
# seed (tests/fuzz/corpus/fuzz_NAME/) and every reproducer a fuzzer ever found
# (tests/fuzz/regressions/fuzz_NAME/, one file each) is run through the
# harness's replay program, which must exit 0: no crash, no failed harness
# invariant, and under `make check SANITIZE=1` no ASan/UBSan report and no
# leak.  `make fuzz` runs the fuzzers themselves (tests/fuzz/fuzz.mk).
. "$(dirname "$0")/lib/tap.sh"

FUZZ="$ZEEF_ROOT/tests/fuzz"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"

replay() {   # replay NAME FILE-OR-DIR: ok when the harness runs it cleanly
    local bin="$ZEEF_BUILD/tests/replay_$1" out
    if out=$(cd "$ZEEF_ROOT" && timeout 120 "$bin" "$2" 2>&1); then
        return 0
    fi
    printf '%s\n' "$out" | grep -vE '^replay: ' | head -20 | sed 's/^/# /' >&2
    printf '%s\n' "$out" | grep -E '^replay: ' | tail -1 | sed 's/^/# last: /' >&2
    return 1
}

for src in "$FUZZ"/fuzz_*.c; do
    name=$(basename "$src" .c)
    ok "$name builds as a replay program" test -x "$ZEEF_BUILD/tests/replay_$name"
    n=$(find "$FUZZ/corpus/$name" -type f 2>/dev/null | wc -l)
    ok "$name has seeds ($n)" test "$n" -gt 0
    _n=$((_n + 1))
    if replay "$name" "$FUZZ/corpus/$name"; then
        echo "ok $_n - $name: seed corpus replays cleanly"
    else
        echo "not ok $_n - $name: seed corpus replays cleanly"; _failed=$((_failed + 1))
    fi
    if [ -d "$FUZZ/regressions/$name" ]; then
        for f in "$FUZZ/regressions/$name"/*; do
            [ -f "$f" ] || continue
            _n=$((_n + 1))
            if replay "$name" "$f"; then
                echo "ok $_n - $name regression ${f##*/}"
            else
                echo "not ok $_n - $name regression ${f##*/}"; _failed=$((_failed + 1))
            fi
        done
    fi
done

done_testing
