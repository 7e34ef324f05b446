/* CLE Desktop asset map: pins from a JSON block, one cluster layer per kind, a legend,
   filters, popups built with textContent (user text is never parsed as HTML). Our own code. */
(function () {
  "use strict";
  // folium writes the map's own script after ours: run once the whole page script has run.
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { setTimeout(init, 0); }
  function init() {
  var data = JSON.parse(document.getElementById("cle-pins").textContent);
  var map = window[data.mapName];
  var KIND = {
    asset: { colour: "#2a9d8f", label: data.labels.asset, shape: "circle" },
    gift: { colour: "#e09f3e", label: data.labels.gift, shape: "square" },
    hope: { colour: "#7b5ea7", label: data.labels.hope, shape: "diamond" }
  };
  var bridge = null;
  if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
    new QWebChannel(window.qt.webChannelTransport, function (channel) { bridge = channel.objects.bridge; });
  }
  function toLatLng(pin) {
    if (data.simple) { return L.latLng(data.height - pin.py, pin.px); }
    return L.latLng(pin.lat, pin.lon);
  }
  function icon(kind, n) {
    var k = KIND[kind] || KIND.asset;
    return L.divIcon({ className: "cle-pin cle-" + k.shape, iconSize: [18 + Math.min(n, 10), 18 + Math.min(n, 10)],
      html: "<span style=\"background:" + k.colour + "\"></span>" });
  }
  function named(code) { return (data.names || {})[code] || String(code).replace(/_/g, " "); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function popup(pin) {
    var box = el("div", "cle-popup");
    box.appendChild(el("div", "cle-kind", (KIND[pin.kind] || KIND.asset).label + (pin.category ? " · " + named(pin.category) : "")));
    box.appendChild(el("h3", "", pin.name));
    box.appendChild(el("div", "cle-count", data.labels.mentions.replace("{n}", pin.mentions)));
    if (pin.quote) box.appendChild(el("blockquote", "", "“" + pin.quote + "”"));
    if (pin.thumb && pin.thumb.indexOf("data:image/") === 0) { var img = el("img"); img.src = pin.thumb; img.alt = ""; box.appendChild(img); }
    if (pin.story) {
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
        html: "<span>" + c.getChildCount() + "</span>", iconSize: [34, 34] }); } });
    layers[kind].addTo(map);
  });
  data.pins = data.pins.map(function (p) {
    return { id: p.i, name: p.n, kind: p.k, category: p.c, lat: p.la, lon: p.lo, px: p.x, py: p.y,
      mentions: p.m || 0, quote: p.q || "", story: p.s, thumb: p.t, sessions: p.se || [], roles: p.r || [] };
  });
  data.pins.forEach(function (pin) {
    var m = L.marker(toLatLng(pin), { icon: icon(pin.kind, pin.mentions), draggable: !!data.editable, title: pin.name, keyboard: true });
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
  if (markers.length > 1) {
    map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })).pad(0.15), { maxZoom: 16 });
  } else if (markers.length === 1) { map.setView(markers[0].getLatLng(), data.simple ? 0 : 15); }
  var overlays = {};
  Object.keys(KIND).forEach(function (k) { overlays[KIND[k].label] = layers[k]; });
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  var legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    var box = el("div", "cle-legend");
    Object.keys(KIND).forEach(function (k) {
      var row = el("div", "cle-legend-row"); var sw = el("span", "cle-swatch cle-" + KIND[k].shape); sw.style.background = KIND[k].colour;
      row.appendChild(sw); row.appendChild(el("span", "", KIND[k].label)); box.appendChild(row);
    });
    return box;
  };
  legend.addTo(map);
  var filterBox = L.control({ position: "topleft" });
  filterBox.onAdd = function () {
    var box = el("div", "cle-filters");
    L.DomEvent.disableClickPropagation(box);
    function select(name, label, options) {
      var s = el("select"); s.setAttribute("aria-label", label);
      s.appendChild(new Option(label, ""));
      options.forEach(function (o) { s.appendChild(new Option(o[1], o[0])); });
      s.addEventListener("change", function () { filters[name] = s.value; redraw(); });
      box.appendChild(s);
    }
    select("kind", data.labels.allKinds, Object.keys(KIND).map(function (k) { return [k, KIND[k].label]; }));
    select("category", data.labels.allCategories, data.categories.map(function (c) { return [c, named(c)]; }));
    select("session", data.labels.allSessions, data.sessions);
    select("role", data.labels.allRoles, data.roles.map(function (r) { return [r, named(r)]; }));
    return box;
  };
  filterBox.addTo(map);
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
  }
})();
