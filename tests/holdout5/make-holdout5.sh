#!/bin/sh
# Regenerate tests/holdout5/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout5/make-holdout5.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
