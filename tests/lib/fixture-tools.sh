# fixture-tools.sh — shared by the scripts that regenerate committed fixtures
# (samples/make-samples.sh, tests/holdout*/make-*.sh, tests/tenders/make-cvs.sh).
# Source it after setting ME (the script's name, for messages):
#
#   ME=make-set.sh; . "$ROOT/tests/lib/fixture-tools.sh"
#   need_tools soffice pdfinfo pdftotext
#   find_python          # sets PY: a python3 that has python-docx
#
# Both exit 1 with a message naming the missing tool or package.

need_tools() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$ME: $tool not found" >&2; exit 1; }
    done
}

find_python() {
    PY=
    for p in python3 /usr/bin/python3; do
        if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import docx' 2>/dev/null; then PY=$p; break; fi
    done
    [ -n "$PY" ] || { echo "$ME: no python3 with python-docx (apt-get install python3-docx)" >&2; exit 1; }
    export PYTHONDONTWRITEBYTECODE=1
}
