"""What travels between laptops: bundles, the merge of other laptops' entries, consent purges.

The change log, the clock and the device identity they carry belong to ``storage``, which
owns the one write path; this package builds on it and storage never imports it.
"""
