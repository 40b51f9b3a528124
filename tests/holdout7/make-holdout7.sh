#!/bin/sh
# Regenerate tests/holdout7/ (10 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout7/make-holdout7.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
