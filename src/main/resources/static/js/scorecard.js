/* Draws the scorecard's charts from the JSON behind them (topic trends, content impact). */
(function () {
  var palette = ['#0b6e4f', '#1f4e99', '#d1495b', '#edae49', '#66a182', '#8d6a9f', '#00798c',
    '#6c757d', '#b5651d', '#3d5a80'];
  function load(canvas, draw) {
    if (!canvas) { return; }
    fetch(canvas.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { draw(canvas, data); } });
  }
  /* The numbers behind the chart, from the same JSON (the page does not render them again). */
  function fillTable(table, trends) {
    if (!table) { return; }
    var head = table.querySelector('thead tr');
    trends.topics.forEach(function (t) {
      var th = document.createElement('th');
      th.textContent = t.name;
      head.appendChild(th);
    });
    var body = table.querySelector('tbody');
    trends.weeks.forEach(function (week, i) {
      var row = document.createElement('tr');
      var first = document.createElement('td');
      first.textContent = week;
      row.appendChild(first);
      trends.topics.forEach(function (t) {
        var cell = document.createElement('td');
        cell.textContent = t.counts[i];
        if (t.spikes[i]) { cell.className = 'table-danger fw-bold'; }
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }
  load(document.getElementById('cases-by-topic'), function (trendsCanvas, trends) {
    fillTable(document.getElementById('trends-table'), trends);
    new Chart(trendsCanvas, {
      type: 'bar',
      data: {
        labels: trends.weeks,
        datasets: trends.topics.map(function (t, i) {
          return {
            label: t.name, data: t.counts, backgroundColor: palette[i % palette.length],
            borderColor: t.spikes.map(function (s) { return s ? '#000' : 'transparent'; }),
            borderWidth: t.spikes.map(function (s) { return s ? 2 : 0; })
          };
        })
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: {
          x: { stacked: true, ticks: { maxRotation: 60, autoSkip: true } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  });
  load(document.getElementById('impact-chart'), function (impactCanvas, impact) {
    var publishedLabel = impactCanvas.dataset.published;
    var at = impact.weeks.length > 12 ? 12 : 0;
    new Chart(impactCanvas, {
      type: 'bar',
      data: {
        labels: impact.weeks.map(function (w, i) { return i === at ? w + ' ▲ ' + publishedLabel : w; }),
        datasets: [{
          label: impact.topicName, data: impact.counts,
          backgroundColor: impact.counts.map(function (c, i) {
            return i < at ? '#adb5bd' : i === at ? '#d1495b' : '#0b6e4f';
          })
        }]
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { maxRotation: 60, autoSkip: true } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
