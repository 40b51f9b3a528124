#!/bin/sh
# Regenerate tests/holdout37/ (8 CVs, round 37: six new traps that must not pass, two controls): see tests/holdout2/make-set.sh.
#
#   tests/holdout37/make-holdout37.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
