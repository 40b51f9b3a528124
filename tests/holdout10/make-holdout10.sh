#!/bin/sh
# Regenerate tests/holdout10/ (6 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout10/make-holdout10.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
