"""Domain vocabulary and rules with no I/O: tag kinds, ABCD categories, consent."""
