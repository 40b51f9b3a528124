#!/bin/sh
# Regenerate tests/holdout26/ (12 CVs hunting wrong passes, round 26): see tests/holdout2/make-set.sh.
#
#   tests/holdout26/make-holdout26.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
