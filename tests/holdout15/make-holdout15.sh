#!/bin/sh
# Regenerate tests/holdout15/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout15/make-holdout15.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
