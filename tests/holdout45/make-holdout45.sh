#!/bin/sh
# Regenerate tests/holdout45/ (10 CVs, round 45: five pairs of nearly identical CVs, one must pass and its twin
# must not): see tests/holdout2/make-set.sh.
#
#   tests/holdout45/make-holdout45.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
