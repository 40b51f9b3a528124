#!/bin/sh
# Regenerate tests/holdout22/ (6 ordinary eligible CVs in new styles, round 22): see tests/holdout2/make-set.sh.
#
#   tests/holdout22/make-holdout22.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
