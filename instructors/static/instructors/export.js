// The export page's "select all" toggle, bound here instead of an inline onchange= attribute,
// which the Content-Security-Policy blocks. onSelectToggleChange is django-import-export's
// (import_export/export_selectable_fields.js, loaded by the page before this file).
document.addEventListener("change", (event) => {
  if (event.target.matches("input.select-toggle") && typeof window.onSelectToggleChange === "function") {
    window.onSelectToggleChange(event);
  }
});
