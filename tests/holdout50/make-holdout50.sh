#!/bin/sh
# Regenerate tests/holdout50/ (6 CVs, round 50: six eligible candidates a careless reader would fail): see tests/holdout2/make-set.sh.
#
#   tests/holdout50/make-holdout50.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
