"""Reports handed back to the community: one consent-filtered report model, many renderers.

Consent is applied exactly once, in :func:`cle_desktop.reports.model.build_report`; renderers
only ever see what the audience may see, so no format can leak what another withholds.
"""
