#!/bin/sh
# Regenerate tests/holdout30/ (13 CVs hunting wrong passes, round 30): see tests/holdout2/make-set.sh.
#
#   tests/holdout30/make-holdout30.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
