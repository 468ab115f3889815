// Lets GOV.UK Frontend's styles for scripted components apply (its documented body classes).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
