#!/bin/sh
# Regenerate tests/holdout35/ (14 CVs, wrong-pass traps hidden where a reader does not look first, round 35):
# see tests/holdout2/make-set.sh.
#
#   tests/holdout35/make-holdout35.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
