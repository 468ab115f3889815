// Draws each order's area from the register below it; the register is readable without the map.
import { baseMap, COLOURS as colours } from '/static/basemap.js';

const element = document.getElementById('pspo-map');
if (element && window.L) {
  const map = await baseMap(element);
  document.querySelectorAll('.pact-order[data-area]').forEach((order, i) => {
    if (!order.dataset.area) return;
    try {
      L.geoJSON(JSON.parse(order.dataset.area), {
        style: { color: colours[i % colours.length], weight: 2, fillOpacity: 0.15 }
      }).bindTooltip(order.dataset.name).addTo(map);
    } catch (e) { /* an area that is not GeoJSON stays in the register only */ }
  });
}
