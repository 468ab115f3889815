// Draws the map from the table beside it: the table is the data, the map only shows it.
// On the base map: the ward boundaries, then the ranked cells.
import { baseMap } from '/static/basemap.js';

const element = document.getElementById('map');
if (element && window.L) {
  const map = await baseMap(element);
  fetch('/boundaries/westminster-wards-2022-WD22.geojson').then(r => r.json()).then(wards => {
    L.geoJSON(wards, {
      style: { color: '#505a5f', weight: 1, fillOpacity: 0.03 },
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.WD22NM || f.properties.name || '', { sticky: true })
    }).addTo(map);
  });

  const half = Number(element.dataset.cellSize || 150) / 2;
  const rows = [...document.querySelectorAll('#cells tbody tr[data-lat]')];
  const colours = ['#d4351c', '#f47738', '#ffdd00', '#85994b', '#1d70b8'];
  const bounds = [];
  rows.forEach((row, i) => {
    const lat = Number(row.dataset.lat), lon = Number(row.dataset.lon);
    const dLat = half / 111320, dLon = half / (111320 * Math.cos(lat * Math.PI / 180));
    const band = Math.min(colours.length - 1, Math.floor(i / Math.max(1, rows.length / colours.length)));
    const square = L.rectangle([[lat - dLat, lon - dLon], [lat + dLat, lon + dLon]],
      { color: '#0b0c0c', weight: 1, fillColor: colours[band], fillOpacity: 0.7 }).addTo(map);
    const link = row.querySelector('a');
    square.bindTooltip(`${row.dataset.cell}: ${row.dataset.count} reports (rank ${row.dataset.rank})`);
    if (link) {
      square.on('click', () => { window.location.href = link.href; });
    }
    bounds.push([lat, lon]);
  });
  if (rows.length === 1) {
    map.setView(bounds[0], 16);
  } else if (rows.length > 1) {
    map.fitBounds(L.latLngBounds(bounds).pad(0.3));
  }
  // the same markers for keyboard users: the table's links are the way in
}
