#!/bin/sh
# Regenerate tests/holdout3/ (12 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout3/make-holdout3.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
