#!/bin/sh
# Regenerate tests/holdout6/ (10 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout6/make-holdout6.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
