#!/bin/sh
# Regenerate tests/holdout21/ (6 more decision-trap CVs, round 21): see tests/holdout2/make-set.sh.
#
#   tests/holdout21/make-holdout21.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
