#!/bin/sh
# Regenerate tests/holdout25/ (14 CVs of the kinds named in the issue, round 25): see tests/holdout2/make-set.sh.
#
#   tests/holdout25/make-holdout25.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
