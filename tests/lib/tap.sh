# tests/lib/tap.sh — a few helpers for zeef's shell tests, which speak TAP.
#
#   . "$(dirname "$0")/lib/tap.sh"
#   ok "name" test -f file
#   is "name" "$got" "$want"
#   done_testing
#
# ZEEF_BUILD (set by `make check`) names the build directory; BIN its bin/.

ZEEF_ROOT=$(cd "$(dirname "$0")/.." && pwd)
ZEEF_BUILD=${ZEEF_BUILD:-build}
case "$ZEEF_BUILD" in /*) ;; *) ZEEF_BUILD="$ZEEF_ROOT/$ZEEF_BUILD" ;; esac
BIN="$ZEEF_BUILD/bin"
SHARED="$ZEEF_ROOT/../shared"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/zeef-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
_n=0
_failed=0

ok() {
    local name=$1; shift
    _n=$((_n + 1))
    if "$@" >/dev/null 2>&1; then
        echo "ok $_n - $name"
    else
        echo "not ok $_n - $name"
        _failed=$((_failed + 1))
    fi
}

is() {
    _n=$((_n + 1))
    if [ "$2" = "$3" ]; then
        echo "ok $_n - $1"
    else
        echo "not ok $_n - $1"
        echo "#   got:  '$2'"
        echo "#   want: '$3'"
        _failed=$((_failed + 1))
    fi
}

like() {
    _n=$((_n + 1))
    if printf '%s' "$2" | grep -qE -- "$3"; then
        echo "ok $_n - $1"
    else
        echo "not ok $_n - $1"
        echo "#   got:  '$2'"
        echo "#   want match: '$3'"
        _failed=$((_failed + 1))
    fi
}

skip_all() {
    echo "1..0 # SKIP $1"
    exit 0
}

done_testing() {
    echo "1..$_n"
    [ "$_failed" = 0 ]
}

# Re-emits the TAP of another program as our own tests (renumbered).
#
# A failing test whose name is a key of the associative array KNOWN (declare
# -A KNOWN=(["name"]="why") before the call) is reported as a TODO with that
# reason: known and accepted for now, not counted as failed; prove says when
# one starts to pass.
tap_include() {
    local line what
    while IFS= read -r line; do
        case "$line" in
            "ok "*) _n=$((_n + 1)); echo "ok $_n ${line#ok * }" ;;
            "not ok "*)
                _n=$((_n + 1)); what=${line#not ok * - }
                if declare -p KNOWN >/dev/null 2>&1 && [ -n "${KNOWN[$what]:-}" ]; then
                    echo "not ok $_n - $what # TODO ${KNOWN[$what]}"
                else
                    _failed=$((_failed + 1)); echo "not ok $_n ${line#not ok * }"
                fi ;;
            1..*) ;;
            *) echo "$line" ;;
        esac
    done < <("$@"; echo "# exit $?")
}
