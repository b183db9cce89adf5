/*
 * Filters and sorting for the index page of an Evidence Toolkit site. Progressive: without this
 * script the page lists every approach and the (hidden) form never appears. It reads what it
 * needs from data attributes the page carries, loads nothing, and works from file://.
 */
(function () {
  'use strict';

  var form = document.getElementById('site-filters');
  var table = document.querySelector('table[data-site-index]');
  var status = document.getElementById('site-count');
  var noMatch = document.getElementById('site-no-match');
  if (!form || !table || !table.tBodies.length || !status) {
    return;
  }
  // The table's scroll container, hidden with the table when no row matches.
  var region = table.parentElement && table.parentElement.getAttribute('role') === 'region'
      ? table.parentElement : table;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (row, i) {
    row.setAttribute('data-order', String(i));
  });

  function value(name) {
    var field = form.elements[name];
    return field ? field.value : '';
  }
  function words(row, name) {
    var v = row.getAttribute('data-' + name);
    return v ? v.split(' ') : [];
  }
  // 0 means not rated.
  function number(row, name) {
    var v = parseFloat(row.getAttribute('data-' + name) || '');
    return isNaN(v) ? 0 : v;
  }
  function has(row, name) {
    return (row.getAttribute('data-' + name) || '') !== '';
  }

  function passes(row) {
    var type = value('prevention');
    var setting = value('setting');
    var sector = value('sector');
    var band = value('band');
    var minEvidence = parseInt(value('min-evidence') || '0', 10);
    var maxCost = parseInt(value('max-cost') || '0', 10);
    if (type && words(row, 'prevention').indexOf(type) < 0) { return false; }
    if (setting && words(row, 'setting').indexOf(setting) < 0) { return false; }
    if (sector && words(row, 'sector').indexOf(sector) < 0) { return false; }
    if (band && row.getAttribute('data-band') !== band) { return false; }
    // Unrated evidence or cost never passes a bar: nothing is known to meet it.
    if (minEvidence && (number(row, 'evidence') === 0 || number(row, 'evidence') < minEvidence)) { return false; }
    if (maxCost && (number(row, 'cost') === 0 || number(row, 'cost') > maxCost)) { return false; }
    return true;
  }

  // The same orders as the library's SortKey: unrated last, ties in toolkit order.
  function unratedLast(a, b, direction) {
    if (a === 0 || b === 0) { return (a === 0 ? 1 : 0) - (b === 0 ? 1 : 0); }
    return direction * (a - b);
  }
  var orders = {
    impact: function (a, b) {
      var byRank = number(b, 'rank') - number(a, 'rank');
      if (byRank) { return byRank; }
      if (has(a, 'estimate') && has(b, 'estimate')) { return number(b, 'estimate') - number(a, 'estimate'); }
      return (has(a, 'estimate') ? 0 : 1) - (has(b, 'estimate') ? 0 : 1);
    },
    evidence: function (a, b) { return unratedLast(number(a, 'evidence'), number(b, 'evidence'), -1); },
    cost: function (a, b) { return unratedLast(number(a, 'cost'), number(b, 'cost'), 1); },
    title: function (a, b) {
      return (a.getAttribute('data-title') || '').localeCompare(b.getAttribute('data-title') || '',
          document.documentElement.lang || undefined, { sensitivity: 'base' });
    }
  };

  function update() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = passes(row);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    var order = orders[value('sort')];
    rows.slice().sort(function (a, b) {
      return (order ? order(a, b) : 0) || number(a, 'order') - number(b, 'order');
    }).forEach(function (row) {
      body.appendChild(row);
    });
    // The words come from the page (the site's labels), never from this script.
    status.textContent = (status.getAttribute('data-template') || '{0} / {1}')
        .replace('{0}', String(shown)).replace('{1}', String(rows.length));
    region.hidden = shown === 0;
    if (noMatch) {
      noMatch.hidden = shown !== 0;
    }
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', function () {
    // The form's fields are reset after this event: update once they are.
    window.setTimeout(update, 0);
  });
  form.hidden = false;
  update();
}());
