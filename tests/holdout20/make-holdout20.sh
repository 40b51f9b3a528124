#!/bin/sh
# Regenerate tests/holdout20/ (8 CVs, a second batch in secondment agencies' and interim bureaus' house styles): see tests/holdout2/make-set.sh.
#
#   tests/holdout20/make-holdout20.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
