#!/bin/sh
# Regenerate tests/holdout36/ (8 CVs, round 36: 4 eligible in ordinary styles, 4 realistic non-passes): see tests/holdout2/make-set.sh.
#
#   tests/holdout36/make-holdout36.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
