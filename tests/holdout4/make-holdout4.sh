#!/bin/sh
# Regenerate tests/holdout4/ (12 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout4/make-holdout4.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
