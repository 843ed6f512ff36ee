// The export's one script: filters and sorts the rows already in the page. It reads data-* attributes and
// form controls, toggles `hidden` and moves rows; it never builds markup from text, fetches, or evals.
// Plain ES2019 in a string (not a bundled function) so the bytes hashed into the CSP are exactly these.
// Written once, pinned by its sha256 in the page's CSP: change a byte and the hash follows at render time.

export const EXPORT_SCRIPT = `(function () {
  'use strict';
  var d = document;
  d.documentElement.classList.remove('no-js');
  var main = d.querySelector('main');
  var bar = d.querySelector('.filters');
  if (!main || !bar) return;
  var $ = function (id) { return d.getElementById(id); };
  var sections = Array.prototype.slice.call(main.querySelectorAll('section'));
  var total = main.querySelectorAll('tbody tr').length;
  var REC = { free: 0, 'free-limited': 1, either: 2, paid: 3, unclassified: 4, invalid: 5 };
  var FLAG = { error: 0, warning: 1, info: 2 };
  function num(v, dflt) { return v === undefined ? dflt : Number(v); }
  function compare(a, b, sort) {
    var x = a.dataset, y = b.dataset;
    if (sort === 'name') return x.name.localeCompare(y.name);
    if (sort === 'plan') return num(x.plan, 1e9) - num(y.plan, 1e9);
    if (sort === 'recommendation') return REC[x.rec] - REC[y.rec];
    if (sort === 'flag') return num(FLAG[x.flag], 3) - num(FLAG[y.flag], 3);
    return 0;
  }
  function apply() {
    var q = $('q').value.trim().toLowerCase();
    var sideInput = d.querySelector('input[name="side"]:checked');
    var side = sideInput ? sideInput.value : 'all';
    var rec = $('rec').value, signal = $('signal').value, sort = $('sort').value;
    var flagged = $('flagged').checked, unclassified = $('unclassified').checked, mismatch = $('mismatch').checked;
    var shown = 0;
    sections.forEach(function (s) {
      var body = s.querySelector('tbody');
      var category = s.dataset.category.toLowerCase();
      var rows = Array.prototype.slice.call(body.rows);
      var any = false;
      rows.forEach(function (r) {
        var x = r.dataset;
        var desc = r.querySelector('.desc');
        var ok = (side === 'all' || x.side === side) &&
          (!flagged || x.flag !== undefined) &&
          (!unclassified || x.rec === 'unclassified') &&
          (!mismatch || x.mismatch !== undefined) &&
          (rec === 'any' || x.rec === rec) &&
          (signal === 'any' || (' ' + x.signals + ' ').indexOf(' ' + signal + ' ') >= 0) &&
          (!q || x.id.toLowerCase().indexOf(q) >= 0 || x.name.toLowerCase().indexOf(q) >= 0 ||
            category.indexOf(q) >= 0 || (desc !== null && desc.textContent.toLowerCase().indexOf(q) >= 0));
        r.hidden = !ok;
        if (ok) { any = true; shown++; }
      });
      rows.sort(function (a, b) { return compare(a, b, sort) || a.dataset.i - b.dataset.i; });
      rows.forEach(function (r, i) { if (body.rows[i] !== r) body.insertBefore(r, body.rows[i] || null); });
      s.hidden = !any;
    });
    var order = sections.slice();
    if (sort === 'category') order.sort(function (a, b) {
      return a.dataset.category.localeCompare(b.dataset.category) || a.dataset.i - b.dataset.i;
    });
    order.forEach(function (s, i) { if (main.children[i] !== s) main.insertBefore(s, main.children[i] || null); });
    $('shown').textContent = shown === 0 ? 'No feature matches the filters.' :
      shown === total ? 'Showing all ' + total + ' features.' : 'Showing ' + shown + ' of ' + total + ' features.';
  }
  bar.addEventListener('input', apply);
  bar.addEventListener('change', apply);
  // The header row sticks below the filter bar, whose height depends on the width.
  function fit() { d.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px'); }
  if (typeof ResizeObserver === 'function') new ResizeObserver(fit).observe(bar);
  fit();
  apply();
})();
`;
