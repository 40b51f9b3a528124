#!/bin/sh
# Regenerate tests/holdout17/ (8 more decision-trap CVs, round 17): see tests/holdout2/make-set.sh.
#
#   tests/holdout17/make-holdout17.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
