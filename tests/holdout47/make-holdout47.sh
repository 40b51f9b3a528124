#!/bin/sh
# Regenerate tests/holdout47/ (8 CVs, round 47: six new traps that must not pass, two controls): see tests/holdout2/make-set.sh.
#
#   tests/holdout47/make-holdout47.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
