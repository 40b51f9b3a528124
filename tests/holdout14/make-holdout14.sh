#!/bin/sh
# Regenerate tests/holdout14/ (8 CVs in detacheerders' and interim agencies' house style): see tests/holdout2/make-set.sh.
#
#   tests/holdout14/make-holdout14.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
