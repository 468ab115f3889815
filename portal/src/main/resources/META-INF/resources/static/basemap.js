// The portal's map: Westminster's borough outline (served by the portal, so it works with no
// internet) and, only where one is configured, a tile layer. Pages draw their own data on it.
export async function baseMap(element) {
  const map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  const borough = await fetch('/boundaries/westminster-borough-LAD23.geojson').then(r => r.json());
  const outline = L.geoJSON(borough, { style: { color: '#0b0c0c', weight: 2, fill: false } }).addTo(map);
  map.fitBounds(outline.getBounds());
  return map;
}

export const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#b58840', '#5694ca', '#85994b'];
