/* Kōbai: the initialization explorer (lesson 4).
 *
 * Progressive enhancement of <figure data-widget="init-explorer">: the figure holds a static
 * fallback image and, in <script type="application/json" class="widget-config">, the labels in
 * the page's language and a precomputed grid of real runs (figures/initialization.py):
 * grid[activation][init] = {std: [...], spread: [...], grad: {"5": [...], ..., "50": [...]}}.
 * With JavaScript the image gives way to native controls, two log-scale SVG charts, an
 * aria-live summary sentence and a data table. No server computation, no dependencies.
 */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var ACTIVATIONS = ["sigmoid", "tanh", "relu"];
  var INITS = ["default", "xavier", "he"];
  var DEFAULTS = { activation: "relu", init: "xavier", depth: 30 };
  var counter = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function fmt(v) {
    if (!isFinite(v)) return String(v);
    var a = Math.abs(v);
    if (a === 0) return "0";
    if (a >= 0.01 && a < 1000) return v.toPrecision(3);
    var parts = v.toExponential(1).split("e");
    return parts[0] + " × 10" + superscript(String(Number(parts[1])));
  }

  // 10⁻¹⁴, not 10^-14: the exponent in real superscript digits (the text goes in textContent).
  function superscript(digits) {
    var map = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
    return digits.split("").map(function (c) { return map[c] || c; }).join("");
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : m;
    });
  }

  function select(id, label, options, labels, value) {
    var wrap = el("div", { class: "init-widget-field" });
    wrap.appendChild(el("label", { for: id }, label));
    var s = el("select", { id: id });
    options.forEach(function (key) {
      var o = el("option", { value: key }, labels[key] || key);
      if (key === value) o.selected = true;
      s.appendChild(o);
    });
    wrap.appendChild(s);
    return { wrap: wrap, input: s };
  }

  /* One log-scale line chart. series: [{values, cls, dashed, markers}] */
  function chart(title, series, depth) {
    var W = 360, H = 250, L = 58, R = 12, T = 30, B = 40;
    var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, class: "init-widget-chart", "aria-hidden": "true",
                             focusable: "false" });
    var all = [];
    series.forEach(function (s) { s.values.forEach(function (v) { if (v > 0 && isFinite(v)) all.push(v); }); });
    var lo = Math.floor(Math.log10(Math.min.apply(null, all)));
    var hi = Math.ceil(Math.log10(Math.max.apply(null, all)));
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    var span = hi - lo;
    var every = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
    function x(layer) { return L + (depth === 1 ? 0 : (layer - 1) / (depth - 1)) * (W - L - R); }
    function y(v) { return T + (hi - Math.log10(v)) / span * (H - T - B); }
    var t = svgEl("text", { x: 4, y: 18, class: "init-widget-title" });
    t.textContent = title;
    svg.appendChild(t);
    for (var d = Math.ceil(lo / every) * every; d <= hi; d += every) {
      var gy = y(Math.pow(10, d));
      svg.appendChild(svgEl("line", { x1: L, x2: W - R, y1: gy, y2: gy, class: "init-widget-grid" }));
      var label = svgEl("text", { x: L - 6, y: gy + 4, class: "init-widget-tick", "text-anchor": "end" });
      label.textContent = "10";
      var sup = svgEl("tspan", { dy: -6, "font-size": "9" });
      sup.textContent = String(d).replace("-", "−");
      label.appendChild(sup);
      svg.appendChild(label);
    }
    var step = depth <= 10 ? 1 : depth <= 25 ? 5 : 10;
    for (var layer = 1; layer <= depth; layer++) {
      if (layer !== 1 && layer % step !== 0) continue;
      var tick = svgEl("text", { x: x(layer), y: H - B + 16, class: "init-widget-tick", "text-anchor": "middle" });
      tick.textContent = String(layer);
      svg.appendChild(tick);
    }
    svg.appendChild(svgEl("line", { x1: L, x2: L, y1: T, y2: H - B, class: "init-widget-axis" }));
    svg.appendChild(svgEl("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "init-widget-axis" }));
    series.forEach(function (s) {
      var points = s.values.slice(0, depth).map(function (v, i) {
        return x(i + 1).toFixed(1) + "," + y(Math.max(v, Math.pow(10, lo))).toFixed(1);
      });
      svg.appendChild(svgEl("polyline", { points: points.join(" "), class: "init-widget-line " + s.cls +
        (s.dashed ? " is-dashed" : "") }));
      if (s.markers) {
        var group = svgEl("g", { class: "init-widget-points " + s.cls });
        s.values.slice(0, depth).forEach(function (v, i) {
          group.appendChild(svgEl("circle", { cx: x(i + 1), cy: y(Math.max(v, Math.pow(10, lo))), r: 2.6 }));
        });
        svg.appendChild(group);
      }
    });
    return svg;
  }

  function build(figure) {
    var configNode = figure.querySelector("script.widget-config");
    if (!configNode) return;
    var config = JSON.parse(configNode.textContent);
    var labels = config.labels || {};
    var data = config.data || {};
    var depths = (data.depths || []).slice().sort(function (a, b) { return a - b; });
    if (!data.grid || !depths.length) return;
    var id = "init-widget-" + (++counter);
    var state = { activation: DEFAULTS.activation, init: DEFAULTS.init, depth: DEFAULTS.depth };
    if (depths.indexOf(state.depth) < 0) state.depth = depths[depths.length - 1];

    var root = el("div", { class: "init-widget", role: "group", "aria-labelledby": id + "-caption" });
    var controls = el("div", { class: "init-widget-controls" });
    var act = select(id + "-activation", labels.activation, ACTIVATIONS, labels.activations || {}, state.activation);
    var init = select(id + "-init", labels.init, INITS, labels.inits || {}, state.init);
    var depthWrap = el("div", { class: "init-widget-field" });
    depthWrap.appendChild(el("label", { for: id + "-depth" }, labels.depth));
    var depth = el("input", { id: id + "-depth", type: "range", min: depths[0], max: depths[depths.length - 1],
                              step: depths.length > 1 ? depths[1] - depths[0] : 1, value: state.depth });
    var depthOut = el("output", { for: id + "-depth", class: "init-widget-depth" }, String(state.depth));
    depthWrap.appendChild(depth);
    depthWrap.appendChild(depthOut);
    [act.wrap, init.wrap, depthWrap].forEach(function (n) { controls.appendChild(n); });

    var charts = el("div", { class: "init-widget-charts" });
    var legend = el("ul", { class: "init-widget-legend" });
    [["is-std", false, labels.std], ["is-std", true, labels.spread], ["is-grad", false, labels.grad]]
      .forEach(function (item) {
        var li = el("li");
        var key = svgEl("svg", { viewBox: "0 0 28 10", width: "28", height: "10", "aria-hidden": "true" });
        key.appendChild(svgEl("line", { x1: 1, x2: 27, y1: 5, y2: 5, class: "init-widget-line " + item[0] +
          (item[1] ? " is-dashed" : "") }));
        li.appendChild(key);
        li.appendChild(document.createTextNode(" " + item[2]));
        legend.appendChild(li);
      });
    var summary = el("p", { class: "init-widget-summary", "aria-live": "polite", id: id + "-summary" });
    var details = el("details", { class: "init-widget-details" });
    details.appendChild(el("summary", {}, labels.table));
    var tableWrap = el("div", { class: "init-widget-table", tabindex: "0", role: "region",
                                  "aria-label": labels.table || "" });
    var table = el("table");
    var head = el("tr");
    [labels.layer, labels.std, labels.spread, labels.grad].forEach(function (h) {
      head.appendChild(el("th", { scope: "col" }, h));
    });
    var thead = el("thead");
    thead.appendChild(head);
    var tbody = el("tbody");
    table.appendChild(thead);
    table.appendChild(tbody);
    tableWrap.appendChild(table);
    details.appendChild(tableWrap);

    function update() {
      var run = data.grid[state.activation][state.init];
      var n = state.depth;
      var std = run.std.slice(0, n), spread = run.spread.slice(0, n), grad = run.grad[String(n)];
      charts.textContent = "";
      charts.appendChild(chart(labels.std_title, [
        { values: std, cls: "is-std" }, { values: spread, cls: "is-std", dashed: true },
      ], n));
      charts.appendChild(chart(labels.grad_title, [{ values: grad, cls: "is-grad", markers: true }], n));
      depthOut.textContent = String(n);
      depth.setAttribute("aria-valuetext", fill(labels.depth_value, { depth: n }));
      var perLayer = function (first, last) { return n > 1 ? Math.pow(last / first, 1 / (n - 1)) : 1; };
      summary.textContent = fill(labels.summary, {
        activation: (labels.activations || {})[state.activation] || state.activation,
        init: (labels.inits || {})[state.init] || state.init,
        depth: n,
        std_first: fmt(std[0]), std_last: fmt(std[n - 1]), std_factor: fmt(perLayer(std[0], std[n - 1])),
        spread_factor: fmt(perLayer(spread[0], spread[n - 1])),
        grad_first: fmt(grad[0]), grad_last: fmt(grad[n - 1]),
        grad_factor: fmt(perLayer(grad[n - 1], grad[0])),
      });
      tbody.textContent = "";
      for (var i = 0; i < n; i++) {
        var tr = el("tr");
        tr.appendChild(el("th", { scope: "row" }, String(i + 1)));
        [std[i], spread[i], grad[i]].forEach(function (v) { tr.appendChild(el("td", {}, fmt(v))); });
        tbody.appendChild(tr);
      }
      root.setAttribute("data-state", state.activation + "/" + state.init + "/" + n);
    }

    act.input.addEventListener("change", function () { state.activation = act.input.value; update(); });
    init.input.addEventListener("change", function () { state.init = init.input.value; update(); });
    depth.addEventListener("input", function () { state.depth = Number(depth.value); update(); });

    root.appendChild(controls);
    root.appendChild(legend);
    root.appendChild(charts);
    root.appendChild(summary);
    root.appendChild(details);
    var fallback = figure.querySelector("picture") || figure.querySelector("img");
    if (fallback) fallback.remove();
    var caption = figure.querySelector("figcaption");
    if (caption) {
      caption.id = id + "-caption";
      if (labels.caption) caption.textContent = labels.caption;
    }
    figure.insertBefore(root, caption || null);
    figure.classList.add("is-interactive");
    update();
  }

  function start() {
    document.querySelectorAll('figure[data-widget="init-explorer"]').forEach(build);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
