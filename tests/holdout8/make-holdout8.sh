#!/bin/sh
# Regenerate tests/holdout8/ (10 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout8/make-holdout8.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
