#!/bin/sh
# Regenerate tests/holdout48/ (10 CVs, round 48: an ordinary night's inbox, third series): see tests/holdout2/make-set.sh.
#
#   tests/holdout48/make-holdout48.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
