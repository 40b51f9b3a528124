#!/bin/sh
# Regenerate tests/holdout43/ (10 CVs, round 43: an ordinary night's inbox, second series): see
# tests/holdout2/make-set.sh (the shared build.py with the layouts of tests/holdout/src/layout.py, and expected.py).
#
#   tests/holdout43/make-holdout43.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
