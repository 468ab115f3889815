// Draws each order's area from the register below it; the register is readable without the map.
const element = document.getElementById('pspo-map');
if (element && window.L) {
  const map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  const borough = await fetch('/boundaries/westminster-borough-LAD23.geojson').then(r => r.json());
  const outline = L.geoJSON(borough, { style: { color: '#0b0c0c', weight: 2, fill: false } }).addTo(map);
  map.fitBounds(outline.getBounds());
  const colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#b58840'];
  document.querySelectorAll('.pact-order[data-area]').forEach((order, i) => {
    if (!order.dataset.area) return;
    try {
      L.geoJSON(JSON.parse(order.dataset.area), {
        style: { color: colours[i % colours.length], weight: 2, fillOpacity: 0.15 }
      }).bindTooltip(order.dataset.name).addTo(map);
    } catch (e) { /* an area that is not GeoJSON stays in the register only */ }
  });
}
