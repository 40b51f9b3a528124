#!/bin/sh
# Regenerate tests/holdout28/ (14 CVs of the kinds named in the issue, round 28): see tests/holdout2/make-set.sh.
#
#   tests/holdout28/make-holdout28.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
