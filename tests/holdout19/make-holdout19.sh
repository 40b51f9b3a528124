#!/bin/sh
# Regenerate tests/holdout19/ (8 more decision-trap CVs, round 19): see tests/holdout2/make-set.sh.
#
#   tests/holdout19/make-holdout19.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
