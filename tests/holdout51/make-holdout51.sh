#!/bin/sh
# Regenerate tests/holdout51/ (6 CVs, round 51: five new traps that must not pass, one control): see tests/holdout2/make-set.sh.
#
#   tests/holdout51/make-holdout51.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
