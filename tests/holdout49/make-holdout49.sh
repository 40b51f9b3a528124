#!/bin/sh
# Regenerate tests/holdout49/ (6 CVs, round 49: five new traps that must not pass, one control): see tests/holdout2/make-set.sh.
#
#   tests/holdout49/make-holdout49.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
