// Fills the check-in with the browser's location; typing the position by hand always works too.
const button = document.getElementById('use-location');
if (button && navigator.geolocation) {
  button.closest('.js-only').hidden = false;
  button.addEventListener('click', () => {
    button.textContent = 'Finding you...';
    navigator.geolocation.getCurrentPosition((position) => {
      document.getElementById('lat').value = position.coords.latitude.toFixed(6);
      document.getElementById('lon').value = position.coords.longitude.toFixed(6);
      document.getElementById('accuracy').value = Math.round(position.coords.accuracy);
      document.querySelectorAll('.pact-copy-lat').forEach(e => { e.value = document.getElementById('lat').value; });
      document.querySelectorAll('.pact-copy-lon').forEach(e => { e.value = document.getElementById('lon').value; });
      button.textContent = 'Location found';
    }, () => { button.textContent = 'Location not available: type it in'; }, { enableHighAccuracy: true, timeout: 10000 });
  });
}
// The PSPO look-up uses what is typed in the check-in fields.
['lat', 'lon'].forEach((name) => {
  const input = document.getElementById(name);
  if (input) {
    input.addEventListener('input', () => {
      document.querySelectorAll('.pact-copy-' + name).forEach(e => { e.value = input.value; });
    });
  }
});
