// Draws the plan's visits from the tables below it: each visit's hotspot, coloured by officer.
const element = document.getElementById('plan-map');
if (element && window.L) {
  const map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  const borough = await fetch('/boundaries/westminster-borough-LAD23.geojson').then(r => r.json());
  const outline = L.geoJSON(borough, { style: { color: '#0b0c0c', weight: 2, fill: false } }).addTo(map);
  const colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#b58840', '#5694ca', '#85994b'];
  const drawn = L.featureGroup().addTo(map);
  document.querySelectorAll('.pact-officer-visits').forEach((officer, i) => {
    officer.querySelectorAll('.pact-visit[data-polygon]').forEach((visit) => {
      if (!visit.dataset.polygon) return;
      try {
        L.geoJSON(JSON.parse(visit.dataset.polygon), {
          style: { color: colours[i % colours.length], weight: 2, fillOpacity: 0.25 }
        }).bindTooltip(visit.dataset.label).addTo(drawn);
      } catch (e) { /* a visit without an outline stays in the table only */ }
    });
  });
  map.fitBounds(drawn.getLayers().length ? drawn.getBounds().pad(0.5) : outline.getBounds());
}
