#!/usr/bin/env bash
# The scheduling files in contrib/ (systemd service and timer, cron line)
# do what docs/ledger.md says, short of a host where systemd is PID 1:
#   - systemd-analyze verify accepts the unit and the timer without one
#     warning (unknown keys, bad values, a missing executable), with the
#     install path pointed at this build;
#   - the timer's calendar is a valid one, at night;
#   - the service's ExecStart and the cron line's command, with their paths
#     pointed at this build and a drop folder here, screen that folder; their
#     exit status on the samples (1: unreadable files) is one the service
#     lists as success, and the quiet run prints no candidate's name.
. "$(dirname "$0")/lib/tap.sh"
C="$ZEEF_ROOT/contrib"
T="$TMP/srv/heerde"
"$BIN/zeef" init "$T" --profile "$ZEEF_ROOT/rules/coordinator-welzijn-heerde.profile" >/dev/null

# The value of KEY= in a unit file (the last one wins, as in systemd).
unit_key() { sed -n "s/^$2=//p" "$1" | tail -n 1; }
# A command line from contrib/ with its install paths pointed at this build and $T.
here() { sed -e "s|/usr/local/bin/|$BIN/|g" -e "s|/srv/zeef/%i|$T|g" -e "s|/srv/zeef/coordinator-heerde|$T|g"; }

if command -v systemd-analyze >/dev/null 2>&1; then
    mkdir -p "$TMP/units"
    here < "$C/zeef@.service" | grep -v '^User=\|^Group=' > "$TMP/units/zeef@heerde.service"
    cp "$C/zeef@.timer" "$TMP/units/zeef@heerde.timer"
    out=$(cd "$TMP/units" && systemd-analyze verify --man=no "$TMP/units/zeef@heerde.service" \
        "$TMP/units/zeef@heerde.timer" 2>&1)
    is "systemd-analyze verify: the service and the timer load" "$?" 0
    is "systemd-analyze verify: without a warning" "$out" ""
    # The check above catches what it should: an unknown key is reported.
    echo 'Frobnicate=yes' >> "$TMP/units/zeef@heerde.service"
    like "systemd-analyze verify would name a bad key" \
        "$(systemd-analyze verify --man=no "$TMP/units/zeef@heerde.service" 2>&1)" "Unknown key 'Frobnicate'"
    cal=$(unit_key "$C/zeef@.timer" OnCalendar)
    like "the timer runs every night at 02:00" "$(systemd-analyze calendar "$cal" 2>&1)" 'Normalized form: \*-\*-\* 02:00:00'
else
    for t in "systemd-analyze verify: the service and the timer load" "systemd-analyze verify: without a warning" \
        "systemd-analyze verify would name a bad key" "the timer runs every night at 02:00"; do
        echo "ok $((_n += 1)) - $t # SKIP systemd-analyze is not installed (apt-get install systemd)"
    done
fi
is "the service runs as its own user" "$(unit_key "$C/zeef@.service" User)" zeef
is "with umask 077" "$(unit_key "$C/zeef@.service" UMask)" 0077
is "the timer catches up on a missed night" "$(unit_key "$C/zeef@.timer" Persistent)" true

# The service's command, run as systemd would (no terminal: quiet anyway).
cp "$ZEEF_ROOT"/samples/inbox/* "$T/incoming/"
touch -d '-5 min' "$T"/incoming/*
exec_start=$(unit_key "$C/zeef@.service" ExecStart | here)
bash -c "$exec_start" </dev/null >"$TMP/svc.out" 2>"$TMP/svc.err"
rc=$?
is "ExecStart screens the drop folder: exit 1 (three unreadable samples)" "$rc" 1
like "which the service counts as success" " $(unit_key "$C/zeef@.service" SuccessExitStatus) " " $rc "
is "every sample was screened" "$(wc -l < "$T/reports/results.jsonl")" 24
is "nothing on stdout" "$(cat "$TMP/svc.out")" ""
ok "no candidate's name in the output (the log names hashes)" \
    bash -c "! grep -qE 'Jan de Vries|Wendy Koster|Gerrit Postma' '$TMP/svc.err'"

# The cron lines: five time fields, a user, a command that works here.
mapfile -t lines < <(grep -v '^[[:space:]]*\(#\|$\)' "$C/zeef.cron")
is "zeef.cron: a run and a purge" "${#lines[@]}" 2
for l in "${lines[@]}"; do
    read -r m h dom mon dow user cmd <<<"$l"
    like "zeef.cron: '$m $h $dom $mon $dow' are cron time fields" "$m $h $dom $mon $dow" \
        '^[0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+$'
    is "zeef.cron: runs as user zeef" "$user" zeef
done
cp "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" "$T/incoming/Jan de Vries (2).pdf"
touch -d '-5 min' "$T"/incoming/*
run_cmd=$(sed -n 's/^[0-9*/,-]* [0-9*/,-]* [0-9*/,-]* [0-9*/,-]* [0-9*/,-]* zeef //p' "$C/zeef.cron" | grep ' run ' | here)
bash -c "$run_cmd" </dev/null >"$TMP/cron.out" 2>&1
is "the cron run: exit 0 (one new file, readable)" "$?" 0
is "the cron run prints nothing, so cron mails nothing" "$(cat "$TMP/cron.out")" ""
purge_cmd=$(sed -n 's/^[0-9*/,-]* [0-9*/,-]* [0-9*/,-]* [0-9*/,-]* [0-9*/,-]* zeef //p' "$C/zeef.cron" | grep ' purge ' | here)
bash -c "$purge_cmd" </dev/null >"$TMP/purge.out" 2>&1
is "the cron purge runs: exit 0 (nothing is 180 days old)" "$?" 0
is "and keeps the CVs of this week (22 processed, 3 failed)" "$(find "$T/processed" "$T/failed" -type f ! -name "*.error.json" | wc -l)" 25
done_testing
