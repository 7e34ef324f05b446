/* CLE Desktop asset map. Everything a person or a file wrote (asset names, quotes, tellers,
   titles, a base map's name, attribution and description) arrives in the JSON block and is put
   on the page with textContent or DOM nodes, never parsed as HTML. Our own code. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cle-pins").textContent);
  var base = data.base || {};
  var view = data.view || {};
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function escaped(text) { var d = document.createElement("div"); d.textContent = String(text); return d.innerHTML; }
  function isImageUri(u) { return typeof u === "string" && (u.indexOf("data:image/") === 0 || u.indexOf("app://") === 0); }
  document.title = data.title ? data.title + " — " + data.labels.mapName : data.labels.mapName;
  var KIND = {
    asset: { colour: "#2a9d8f", label: data.labels.asset, shape: "circle" },
    gift: { colour: "#e09f3e", label: data.labels.gift, shape: "square" },
    hope: { colour: "#7b5ea7", label: data.labels.hope, shape: "diamond" }
  };
  var options = { attributionControl: false, zoomControl: true, preferCanvas: true,
    minZoom: view.minZoom, maxZoom: view.maxZoom };
  if (data.simple) {
    var h = base.height, w = base.width;
    options.crs = L.CRS.Simple;
    options.zoomSnap = 0.25; // the whole drawing fills the view, not half of it
    options.zoomDelta = 0.5;
    options.maxBounds = [[-h * 0.1, -w * 0.1], [h * 1.1, w * 1.1]];
  } else if (view.maxBounds) {
    options.maxBounds = view.maxBounds;
    options.maxBoundsViscosity = 0.8;
  }
  var container = document.getElementById("cle-map");
  container.setAttribute("aria-label", data.title ? data.title + " — " + data.labels.mapName : data.labels.mapName);
  var map = L.map(container, options);
  function toLatLng(pin) {
    if (data.simple) { return L.latLng(base.height - pin.y, pin.x); }
    return L.latLng(pin.la, pin.lo);
  }
  // The first view is already fitted to the pins, before any layer exists: nothing zooms or
  // re-clusters after the page is drawn (a PNG is never grabbed mid-animation).
  if (data.pins.length > 1) {
    map.fitBounds(L.latLngBounds(data.pins.map(toLatLng)).pad(0.15), { maxZoom: 16, animate: false });
  } else if (data.pins.length === 1) {
    map.setView(toLatLng(data.pins[0]), data.simple ? 0 : Math.max(15, view.minZoom || 0), { animate: false });
  } else if (view.fit) {
    // nothing placed yet: the whole drawing, or what the tiles cover
    map.fitBounds(view.fit, { animate: false });
  } else { map.setView(view.center, view.zoom); }
  if (data.simple && isImageUri(base.image)) {
    L.imageOverlay(base.image, [[0, 0], [base.height, base.width]]).addTo(map);
  }
  if (base.tiles) {
    var embedded = base.embedded || null;
    var BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
    var Layer = L.TileLayer.extend({ getTileUrl: function (c) {
      if (embedded) { var u = embedded[c.z + "/" + c.x + "/" + c.y]; return isImageUri(u) ? u : BLANK; }
      return "app://tiles/" + c.z + "/" + c.x + "/" + c.y;
    } });
    var tileOptions = { minZoom: view.minZoom, maxZoom: view.maxZoom,
      minNativeZoom: base.minNativeZoom, maxNativeZoom: base.maxNativeZoom };
    if (base.bounds) tileOptions.bounds = base.bounds;
    new Layer("", tileOptions).addTo(map);
  }
  var bridge = null;
  if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
    new QWebChannel(window.qt.webChannelTransport, function (channel) { bridge = channel.objects.bridge; });
  }
  function icon(kind, n) {
    var k = KIND[kind] || KIND.asset;
    var dot = el("span"); dot.style.background = k.colour;
    return L.divIcon({ className: "cle-pin cle-" + k.shape, iconSize: [18 + Math.min(n, 10), 18 + Math.min(n, 10)], html: dot });
  }
  function named(code) { return (data.names || {})[code] || String(code).replace(/_/g, " "); }
  function popup(pin) {
    var box = el("div", "cle-popup");
    box.appendChild(el("div", "cle-kind", (KIND[pin.kind] || KIND.asset).label + (pin.category ? " · " + named(pin.category) : "")));
    box.appendChild(el("h3", "", pin.name));
    box.appendChild(el("div", "cle-count", (pin.mentions === 1 && data.labels.mentionsOne ? data.labels.mentionsOne : data.labels.mentions).replace("{n}", String(pin.mentions))));
    if (pin.quote) box.appendChild(el("blockquote", "", "“" + pin.quote + "”"));
    if (pin.quoteBy) box.appendChild(el("div", "cle-teller", "— " + pin.quoteBy));
    if (pin.thumb && pin.thumb.indexOf("data:image/") === 0) { var img = el("img"); img.src = pin.thumb; img.alt = ""; box.appendChild(img); }
    if (pin.story && data.editable) {
      var a = el("a", "cle-open", data.labels.open); a.href = "#";
      a.addEventListener("click", function (ev) { ev.preventDefault(); if (bridge) bridge.openStory(pin.story); });
      box.appendChild(a);
    }
    return box;
  }
  var layers = {}, markers = [];
  Object.keys(KIND).forEach(function (kind) {
    layers[kind] = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
      iconCreateFunction: function (c) { return L.divIcon({ className: "cle-cluster cle-cluster-" + kind,
        html: el("span", "", c.getChildCount()), iconSize: [34, 34] }); } });
    layers[kind].addTo(map);
  });
  data.pins = data.pins.map(function (p) {
    return { id: p.i, name: p.n, kind: p.k, category: p.c, lat: p.la, lon: p.lo, px: p.x, py: p.y,
      mentions: p.m || 0, quote: p.q || "", quoteBy: p.w || "", story: p.s, thumb: p.t, sessions: p.se || [], roles: p.r || [] };
  });
  data.pins.forEach(function (pin) {
    var m = L.marker(toLatLng({ x: pin.px, y: pin.py, la: pin.lat, lo: pin.lon }), { icon: icon(pin.kind, pin.mentions), draggable: !!data.editable, title: pin.name, keyboard: true });
    m.bindPopup(function () { return popup(pin); });
    m.on("dragend", function () { var p = m.getLatLng();
      if (bridge) bridge.movePin(pin.id, p.lat, p.lng); });
    m.pin = pin;
    markers.push(m);
  });
  var filters = { kind: "", category: "", session: "", role: "" };
  function matches(pin) {
    return (!filters.kind || pin.kind === filters.kind) && (!filters.category || pin.category === filters.category) &&
      (!filters.session || (pin.sessions || []).indexOf(filters.session) >= 0) &&
      (!filters.role || (pin.roles || []).indexOf(filters.role) >= 0);
  }
  function redraw() {
    Object.keys(layers).forEach(function (k) { layers[k].clearLayers(); });
    var byKind = {};
    markers.forEach(function (m) { if (matches(m.pin)) { (byKind[m.pin.kind] = byKind[m.pin.kind] || []).push(m); } });
    Object.keys(byKind).forEach(function (k) { (layers[k] || layers.asset).addLayers(byKind[k]); });
    window.cleVisiblePins = markers.filter(function (m) { return matches(m.pin); }).length;
  }
  redraw();
  var overlays = {};
  // Leaflet's layer switcher treats names as HTML: ours are the app's own words, escaped anyway.
  Object.keys(KIND).forEach(function (k) { overlays[escaped(KIND[k].label)] = layers[k]; });
  if (!data.pick) L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  if (!data.simple) L.control.scale({ imperial: false }).addTo(map);
  else if (view.metresPerPixel > 0) {
    // A georeferenced drawing: its own scale (Leaflet's measures CRS.Simple in pixels). An
    // ungeoreferenced drawing has no scale at all: its distances are not known.
    var drawnScale = L.control({ position: "bottomleft" });
    drawnScale.onAdd = function () {
      var box = el("div", "leaflet-control-scale cle-drawn-scale");
      var bar = el("div", "leaflet-control-scale-line"); box.appendChild(bar);
      function update() {
        var perScreenPx = view.metresPerPixel / Math.pow(2, map.getZoom());
        var most = perScreenPx * 100, step = Math.pow(10, Math.floor(Math.log(most) / Math.LN10));
        var d = most >= 5 * step ? 5 * step : most >= 2 * step ? 2 * step : step;
        bar.style.width = Math.round(d / perScreenPx) + "px";
        bar.textContent = d >= 1000 ? (d / 1000) + " km" : d + " m";
      }
      map.on("zoomend", update); update();
      return box;
    };
    drawnScale.addTo(map);
  }
  var legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    var box = el("div", "cle-legend");
    if (data.title) box.appendChild(el("div", "cle-title", data.title));
    Object.keys(KIND).forEach(function (k) {
      var row = el("div", "cle-legend-row"); var sw = el("span", "cle-swatch cle-" + KIND[k].shape); sw.style.background = KIND[k].colour;
      row.appendChild(sw); row.appendChild(el("span", "", KIND[k].label)); box.appendChild(row);
    });
    return box;
  };
  if (!data.pick) legend.addTo(map);
  // The base map's credit: Leaflet's attribution control would parse it as HTML.
  var credit = L.control({ position: "bottomright" });
  credit.onAdd = function () {
    var box = el("div", "leaflet-control-attribution cle-credit");
    var words = [base.attribution, base.name].filter(function (t, i, all) { return t && all.indexOf(t) === i; });
    if (words.length) box.appendChild(el("span", "cle-attribution", words.join(" · ")));
    if (base.description) box.title = base.description;
    box.appendChild(document.createTextNode((words.length ? " | " : "") + "Leaflet"));
    return box;
  };
  credit.addTo(map);
  var filterBox = L.control({ position: "topleft" });
  filterBox.onAdd = function () {
    var box = el("div", "cle-filters");
    L.DomEvent.disableClickPropagation(box);
    function select(name, label, opts) {
      var s = el("select"); s.setAttribute("aria-label", label);
      s.appendChild(new Option(label, ""));
      opts.forEach(function (o) { s.appendChild(new Option(String(o[1]), String(o[0]))); });
      s.addEventListener("change", function () { filters[name] = s.value; redraw(); });
      box.appendChild(s);
    }
    select("kind", data.labels.allKinds, Object.keys(KIND).map(function (k) { return [k, KIND[k].label]; }));
    select("category", data.labels.allCategories, data.categories.map(function (c) { return [c, named(c)]; }));
    select("session", data.labels.allSessions, data.sessions);
    select("role", data.labels.allRoles, data.roles.map(function (r) { return [r, named(r)]; }));
    return box;
  };
  if (!data.pick) filterBox.addTo(map);
  if (data.pick) {
    // The georeference dialog: a click gives the chosen control point its place; the points
    // are drawn as numbered markers (numbers only: no text from a person reaches this page).
    var pointLayer = L.layerGroup().addTo(map);
    map.on("click", function (ev) { if (bridge) bridge.pickPoint(ev.latlng.lat, ev.latlng.lng); });
    window.cleShowPoints = function (points) {
      pointLayer.clearLayers();
      (points || []).forEach(function (p) {
        var n = el("span", "", String(Number(p.n)));
        L.marker([Number(p.la), Number(p.lo)], { icon: L.divIcon({ className: "cle-point", html: n, iconSize: [24, 24] }),
          keyboard: false, interactive: false }).addTo(pointLayer);
      });
      return "shown";
    };
    window.cleCentre = function (la, lo) { map.setView([Number(la), Number(lo)], Math.max(map.getZoom(), view.minZoom || 0), { animate: false }); return "ok"; };
  }
  if (data.editable) {
    // An asset dragged from the app's "not on the map yet" list carries its id as text.
    var box = map.getContainer();
    box.addEventListener("dragover", function (ev) { ev.preventDefault(); });
    box.addEventListener("drop", function (ev) {
      ev.preventDefault();
      var id = ev.dataTransfer && ev.dataTransfer.getData("text/plain");
      if (bridge && id && id.indexOf("cle-asset:") === 0) {
        var p = map.mouseEventToLatLng(ev); bridge.placePin(id.slice(10), p.lat, p.lng);
      }
    });
    map.on("click", function (ev) { if (bridge && window.clePlacing) { bridge.placePin(window.clePlacing, ev.latlng.lat, ev.latlng.lng); window.clePlacing = null; } });
  }
  window.cleMap = { map: map, markers: markers, redraw: redraw, filters: filters };
  window.cleReady = true;
})();
