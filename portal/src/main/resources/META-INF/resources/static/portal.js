// GOV.UK Frontend's components (menu toggle, error summary focus, ...). Pages work without it.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';
initAll();
