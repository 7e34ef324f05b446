"""The community asset map, offline: our own page (fixed code plus one JSON block) builds the map, Leaflet comes from the XStatic
packages on disk, tiles come from MBTiles/PMTiles archives read in Python, and a photo of the
community's hand-drawn map can be the base map. No Qt here (the view lives in ``ui``)."""
