#!/bin/sh
# Regenerate tests/holdout16/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout16/make-holdout16.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
