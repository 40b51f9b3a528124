#!/bin/sh
# Regenerate tests/holdout33/ (12 CVs at the edges of the knock-outs, round 33): see tests/holdout2/make-set.sh.
#
#   tests/holdout33/make-holdout33.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
