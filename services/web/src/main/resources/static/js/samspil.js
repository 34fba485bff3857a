// Samspil's pages: charts drawn from their tables, live refresh of open dashboards, the session-expiry warning and
// the print button. No inline scripts: the pages run under a Content-Security-Policy of 'self'.
(function () {
  'use strict';

  // Colours of the series, dark enough for 3:1 against white; the tables and legends carry the same information.
  var SERIES_COLOURS = ['#0059b3', '#c25400', '#2e7d32', '#6a1b9a', '#b00020', '#00695c'];
  var charts = new Map();

  function tableData(figure) {
    var table = figure.querySelector('table');
    var series = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1)
      .map(function (cell) { return cell.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
    var datasets = series.map(function (name, index) {
      return {
        label: name,
        data: rows.map(function (row) {
          return Number(row.querySelectorAll('td')[index].getAttribute('data-value'));
        }),
        backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
        borderColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
        borderWidth: 2,
        pointRadius: 3
      };
    });
    return { labels: labels, datasets: datasets };
  }

  function drawChart(figure) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var kind = figure.getAttribute('data-chart');
    var canvas = figure.querySelector('canvas');
    var stacked = kind === 'stacked-bar';
    var horizontal = kind !== 'line' && figure.querySelectorAll('tbody tr').length > 6;
    var config = {
      type: kind === 'line' ? 'line' : 'bar',
      data: tableData(figure),
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        locale: 'da-DK',
        plugins: { legend: { display: figure.querySelectorAll('thead th').length > 2, position: 'bottom' } },
        scales: { x: { stacked: stacked, beginAtZero: true }, y: { stacked: stacked, beginAtZero: true } }
      }
    };
    if (charts.has(canvas)) {
      charts.get(canvas).destroy();
    }
    charts.set(canvas, new Chart(canvas, config));
  }

  function drawCharts(root) {
    root.querySelectorAll('figure[data-chart]').forEach(drawChart);
  }

  // A change in the district (or the country) arrives as an event; the page then fetches its figures once. The read
  // models may not have caught up at that very moment, so it asks again a few times, briefly, until the figures moved.
  function followLiveChanges() {
    var status = document.querySelector('[data-live-source]');
    if (!status || typeof EventSource === 'undefined') {
      return;
    }
    var refreshing = false;
    var again = false;
    var source = new EventSource(status.getAttribute('data-live-source'));

    function lastEventAt() {
      var target = document.querySelector(status.getAttribute('data-live-target'));
      return target ? target.getAttribute('data-last-event-at') : null;
    }

    function refresh(attempt) {
      var before = lastEventAt();
      refreshing = true;
      htmx.ajax('GET', status.getAttribute('data-live-refresh'), {
        target: status.getAttribute('data-live-target'), swap: 'outerHTML'
      }).then(function () {
        var moved = lastEventAt() !== before;
        if (!moved && attempt < 4) {
          setTimeout(function () { refresh(attempt + 1); }, 250 * (attempt + 1));
          return;
        }
        refreshing = false;
        status.textContent = 'Opdateret ' + new Date().toLocaleTimeString('da-DK') + '.';
        if (again) {
          again = false;
          refresh(0);
        }
      }, function () {
        refreshing = false;
      });
    }

    source.addEventListener('changed', function () {
      if (refreshing) {
        again = true;
      } else {
        refresh(0);
      }
    });
  }

  // Warn five minutes before the session ends, as the Danish design system's pattern does.
  function warnBeforeSessionEnds() {
    var expires = document.body.getAttribute('data-session-expires');
    var dialog = document.getElementById('session-warning');
    if (!expires || !dialog) {
      return;
    }
    var timer;
    function schedule(expiry) {
      clearTimeout(timer);
      var warnIn = new Date(expiry).getTime() - Date.now() - 5 * 60 * 1000;
      timer = setTimeout(function () {
        dialog.hidden = false;
        document.getElementById('session-extend').focus();
      }, Math.max(warnIn, 0));
    }
    document.getElementById('session-extend').addEventListener('click', function () {
      fetch('/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response); })
        .then(function (session) {
          dialog.hidden = true;
          schedule(session.expires);
        }, function () {
          window.location.reload();
        });
    });
    schedule(expires);
  }

  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var csrf = document.querySelector('meta[name="csrf-token"]');
    if (csrf) {
      document.body.addEventListener('htmx:configRequest', function (event) {
        event.detail.headers['X-XSRF-TOKEN'] = csrf.getAttribute('content');
      });
    }
    document.body.addEventListener('htmx:afterSettle', function () { drawCharts(document); });
    drawCharts(document);
    followLiveChanges();
    warnBeforeSessionEnds();
    printButtons();
  });
}());
