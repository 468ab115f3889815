// Draws the plan's visits from the tables below it: each visit's hotspot, coloured by officer.
import { baseMap, COLOURS as colours } from '/static/basemap.js';

const element = document.getElementById('plan-map');
if (element && window.L) {
  const map = await baseMap(element);
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
  if (drawn.getLayers().length) {
    map.fitBounds(drawn.getBounds().pad(0.5));
  }
}
