#!/bin/sh
# Regenerate tests/holdout12/ (8 realistic, ordinary supplier CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout12/make-holdout12.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
