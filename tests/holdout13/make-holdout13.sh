#!/bin/sh
# Regenerate tests/holdout13/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout13/make-holdout13.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
