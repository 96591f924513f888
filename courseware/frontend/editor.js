// Kōbai code editor: CodeMirror 6 on top of a plain <textarea>.
//
// Source for courseware/static/courseware/editor.js. Build it with
// `make frontend` (node courseware/frontend/build.mjs); the built file is
// committed and is what the site serves, so the page works without a CDN.
//
// The textarea stays in the form (hidden) and is kept in sync on every
// change, so the form posts exactly what it would post without JavaScript.
//
// Public API:  window.KobaiEditor = { mount(textarea, options), mountAll(root) }
// Auto-mount:  every textarea[data-code-editor] on DOMContentLoaded (and in
//              content htmx swaps in). See docs in the report / README.

import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  HighlightStyle,
  syntaxHighlighting,
  bracketMatching,
  indentOnInput,
  indentUnit,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { python } from "@codemirror/lang-python";
import { tags as t } from "@lezer/highlight";

// ---------------------------------------------------------------------------
// Theme. Two palettes, switched with prefers-color-scheme. Every token colour
// has at least 4.5:1 contrast against the editor background, the active-line
// background, the selection and the matching-bracket highlight (WCAG AA).

const MONO =
  'var(--font-mono, ui-monospace, "SFMono-Regular", "Cascadia Mono", "Noto Sans Mono CJK JP", Menlo, Consolas, monospace)';
const LINE_HEIGHT = 1.5;
const MIN_LINES = 20;

const PALETTES = {
  light: {
    bg: "#f3f4f6", text: "#1d2127", border: "#7d858f", focus: "#1a73e8",
    active: "#e9ecf1", selection: "#cfe0f7", match: "#d3ecd9",
    gutter: "#505862", cursor: "#1d2127",
    keyword: "#a90d91", string: "#b81a16", comment: "#1a6b00", number: "#1c01ce",
    className: "#2f5d63", func: "#0b5cad", atom: "#8a4b00", escape: "#9c3b00",
  },
  dark: {
    bg: "#24282d", text: "#e8e6e3", border: "#6b737d", focus: "#8cc4ff",
    active: "#2b3036", selection: "#283a50", match: "#294232",
    gutter: "#b2b8bf", cursor: "#e8e6e3",
    keyword: "#ff8ad8", string: "#ff9a8a", comment: "#8fd19e", number: "#b8acff",
    className: "#7fd3dc", func: "#8cc4ff", atom: "#f4d77a", escape: "#ffb86b",
  },
};

function editorTheme(p, dark) {
  return EditorView.theme(
    {
      "&": {
        color: p.text,
        backgroundColor: p.bg,
        border: `1px solid ${p.border}`,
        borderRadius: "8px",
        fontSize: "0.95rem",
      },
      "&.cm-focused": { outline: `3px solid ${p.focus}`, outlineOffset: "2px" },
      ".cm-scroller": { fontFamily: MONO, lineHeight: String(LINE_HEIGHT), overflow: "auto" },
      ".cm-content": { caretColor: p.cursor, minHeight: `${MIN_LINES * LINE_HEIGHT}em`, padding: "6px 0" },
      ".cm-gutter": { minHeight: `${MIN_LINES * LINE_HEIGHT}em` },
      ".cm-line": { padding: "0 8px" },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: p.cursor, borderLeftWidth: "2px" },
      "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
        { backgroundColor: p.selection },
      ".cm-activeLine": { backgroundColor: p.active },
      ".cm-gutters": {
        backgroundColor: p.bg,
        color: p.gutter,
        border: "none",
        borderRight: `1px solid ${p.border}`,
        borderRadius: "8px 0 0 8px",
      },
      ".cm-activeLineGutter": { backgroundColor: p.active, color: p.text },
      ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px" },
      "&.cm-focused .cm-matchingBracket": {
        backgroundColor: p.match,
        outline: `1px solid ${p.gutter}`,
      },
      "&.cm-focused .cm-nonmatchingBracket": {
        backgroundColor: "transparent",
        outline: `1px dashed ${p.string}`,
      },
      ".cm-specialChar": { color: p.string },
    },
    { dark },
  );
}

function highlightStyle(p) {
  return HighlightStyle.define([
    { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], color: p.keyword },
    { tag: [t.string, t.special(t.string)], color: p.string },
    { tag: [t.escape, t.modifier], color: p.escape },
    { tag: t.comment, color: p.comment }, // no italic: synthetic oblique CJK reads badly
    { tag: t.number, color: p.number },
    { tag: [t.bool, t.null, t.atom], color: p.atom },
    { tag: [t.definition(t.className), t.className, t.typeName], color: p.className },
    { tag: [t.function(t.definition(t.variableName)), t.function(t.variableName), t.function(t.propertyName)], color: p.func },
    { tag: t.meta, color: p.escape },
    { tag: t.invalid, color: p.string, textDecoration: "underline wavy" },
  ]);
}

const LIGHT = [editorTheme(PALETTES.light, false), syntaxHighlighting(highlightStyle(PALETTES.light))];
const DARK = [editorTheme(PALETTES.dark, true), syntaxHighlighting(highlightStyle(PALETTES.dark))];

const darkQuery =
  typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
const currentTheme = () => (darkQuery && darkQuery.matches ? DARK : LIGHT);

// ---------------------------------------------------------------------------
// Content-Security-Policy. CodeMirror writes its theme into a <style> element in the document's
// head, which the site's policy (style-src 'self' + nonce) blocks unless it carries the page's
// nonce. The page hands the nonce to this script's own tag (<script src=... nonce=...>); the
// browser hides it from attributes but keeps the `nonce` property, read here once.

const CSP_NONCE = (typeof document !== "undefined" && document.currentScript && document.currentScript.nonce) || "";

// ---------------------------------------------------------------------------
// Mounting.

const instances = new WeakMap(); // textarea -> handle

function labelFor(textarea) {
  const own = textarea.getAttribute("aria-label");
  if (own) return own;
  const ids = textarea.getAttribute("aria-labelledby");
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter(Boolean)
      .map((el) => el.textContent.trim())
      .join(" ");
    if (text) return text;
  }
  const labels = textarea.labels ? Array.from(textarea.labels) : [];
  const text = labels.map((l) => l.textContent.replace(/\s+/g, " ").trim()).filter(Boolean).join(" ");
  return text || textarea.getAttribute("title") || textarea.getAttribute("placeholder") || "Code";
}

/**
 * Replace `textarea` (visually) with a CodeMirror editor.
 * options.onChange(code): called after every document change.
 * Returns { view, textarea, getValue(), setValue(code), focus(), destroy() }.
 */
function mount(textarea, options = {}) {
  if (!(textarea instanceof HTMLTextAreaElement)) throw new TypeError("KobaiEditor.mount needs a <textarea>");
  const existing = instances.get(textarea);
  if (existing) {
    if (options.onChange) existing._listeners.push(options.onChange);
    return existing;
  }

  const listeners = options.onChange ? [options.onChange] : [];
  const themeSlot = new Compartment();
  const readOnly = textarea.readOnly || textarea.disabled;

  const contentAttrs = { "aria-label": labelFor(textarea), "aria-multiline": "true" };
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) contentAttrs["aria-describedby"] = describedBy;

  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    EditorState.tabSize.of(4),
    indentUnit.of("    "),
    // indentWithTab: Tab indents. Keyboard users leave the editor with
    // Escape then Tab (built into CodeMirror), or toggle Tab-focus mode with
    // Ctrl-M (Shift-Alt-M on macOS), which is in defaultKeymap.
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    python(),
    themeSlot.of(currentTheme()),
    EditorView.cspNonce.of(CSP_NONCE),
    EditorView.contentAttributes.of(contentAttrs),
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      const code = update.state.doc.toString();
      textarea.value = code;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      for (const fn of listeners) {
        try {
          fn(code);
        } catch (err) {
          console.error(err);
        }
      }
    }),
  ];

  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  view.dom.classList.add("kobai-editor");
  textarea.after(view.dom);
  textarea.hidden = true;
  textarea.style.display = "none";

  // Clicking the textarea's <label> focuses the editor instead.
  const labelClick = (event) => {
    event.preventDefault();
    view.focus();
  };
  const labels = textarea.labels ? Array.from(textarea.labels) : [];
  labels.forEach((l) => l.addEventListener("click", labelClick));

  // Follow the colour scheme live.
  const schemeChange = () => view.dispatch({ effects: themeSlot.reconfigure(currentTheme()) });
  if (darkQuery) darkQuery.addEventListener("change", schemeChange);

  // form.reset() resets the textarea; bring the editor along.
  const form = textarea.form;
  const formReset = () => setTimeout(() => handle.setValue(textarea.value), 0);
  if (form) form.addEventListener("reset", formReset);

  const handle = {
    view,
    textarea,
    _listeners: listeners,
    getValue: () => view.state.doc.toString(),
    setValue(code) {
      code = code == null ? "" : String(code);
      if (code === view.state.doc.toString()) return;
      // One transaction: undoable with Ctrl-Z.
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        selection: { anchor: 0 },
        scrollIntoView: true,
      });
    },
    focus: () => view.focus(),
    destroy() {
      if (darkQuery) darkQuery.removeEventListener("change", schemeChange);
      if (form) form.removeEventListener("reset", formReset);
      labels.forEach((l) => l.removeEventListener("click", labelClick));
      textarea.value = view.state.doc.toString();
      view.destroy();
      textarea.hidden = false;
      textarea.style.display = "";
      instances.delete(textarea);
    },
  };
  instances.set(textarea, handle);
  return handle;
}

// ---------------------------------------------------------------------------
// Auto-mount with data attributes.

function csrfToken(form) {
  const input = form && form.querySelector('input[name="csrfmiddlewaretoken"]');
  if (input && input.value) return input.value;
  const m = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]*)/);
  if (m) return decodeURIComponent(m[1]);
  const any = document.querySelector('input[name="csrfmiddlewaretoken"]');
  return any ? any.value : "";
}

function setupDraft(textarea, handle) {
  const url = textarea.dataset.draftUrl;
  if (!url) return;
  const form = textarea.form || textarea.closest("form");
  const status = (form || document).querySelector("[data-draft-status]");
  const say = (attr) => {
    if (!status) return;
    const text = textarea.getAttribute(attr);
    if (text != null) status.textContent = text;
    status.dataset.draftState = attr.replace(/^data-|-text$/g, "");
  };

  let timer = null;
  let inFlight = false;
  let again = false;
  let lastSaved = handle.getValue();

  const send = (keepalive = false) => {
    clearTimeout(timer);
    timer = null;
    const code = handle.getValue();
    if (code === lastSaved) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    say("data-saving-text");
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
        "X-CSRFToken": csrfToken(form),
        "X-Requested-With": "XMLHttpRequest",
      },
      body: new URLSearchParams({ code }).toString(),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        lastSaved = code;
        say(handle.getValue() === code ? "data-saved-text" : "data-saving-text");
      })
      .catch(() => say("data-save-failed-text"))
      .finally(() => {
        inFlight = false;
        if (again) {
          again = false;
          send();
        }
      });
  };

  handle._listeners.push(() => {
    clearTimeout(timer);
    timer = setTimeout(send, 800);
  });
  // Leaving the page with a pending draft: send it now (keepalive survives unload).
  const flush = () => {
    if (timer) send(true);
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  // The real submit saves the code; drop the pending draft request.
  if (form)
    form.addEventListener("submit", () => {
      clearTimeout(timer);
      timer = null;
    });
}

function codeFromElement(id) {
  const el = id && document.getElementById(id);
  if (!el) return null;
  if (el instanceof HTMLTemplateElement) return el.content.textContent;
  if (el.tagName === "SCRIPT" && /json/i.test(el.type)) {
    // Django: {{ code|json_script:"starter-code" }}
    try {
      const value = JSON.parse(el.textContent);
      return typeof value === "string" ? value : null;
    } catch {
      return null;
    }
  }
  if ("value" in el && el.tagName === "TEXTAREA") return el.value;
  return el.textContent;
}

// Which editor does a control act on? data-editor="<textarea id>", else the
// editor in the control's form, else the only editor on the page.
function editorFor(control) {
  const id = control.getAttribute("data-editor");
  if (id) {
    const ta = document.getElementById(id);
    return ta ? instances.get(ta) : null;
  }
  const form = control.form || control.closest("form");
  if (form) {
    for (const ta of form.querySelectorAll("textarea[data-code-editor]")) {
      const h = instances.get(ta);
      if (h) return h;
    }
  }
  const all = Array.from(document.querySelectorAll("textarea[data-code-editor]"))
    .map((ta) => instances.get(ta))
    .filter(Boolean);
  return all.length === 1 ? all[0] : null;
}

function onControlClick(event) {
  const control = event.target.closest && event.target.closest("[data-reset-to], [data-load-code]");
  if (!control) return;
  const isReset = control.hasAttribute("data-reset-to");
  const code = codeFromElement(control.getAttribute(isReset ? "data-reset-to" : "data-load-code"));
  const handle = editorFor(control);
  if (code == null || !handle) return;
  event.preventDefault();
  if (code === handle.getValue()) {
    handle.focus();
    return;
  }
  const question = control.getAttribute("data-confirm");
  if (question && !window.confirm(question)) return;
  handle.setValue(code);
  handle.focus();
}

function mountAll(root = document) {
  const found = [];
  if (root.matches && root.matches("textarea[data-code-editor]")) found.push(root);
  if (root.querySelectorAll) found.push(...root.querySelectorAll("textarea[data-code-editor]"));
  return found.map((textarea) => {
    const fresh = !instances.has(textarea);
    const handle = mount(textarea);
    if (fresh) setupDraft(textarea, handle);
    return handle;
  });
}

function get(textareaOrId) {
  const ta = typeof textareaOrId === "string" ? document.getElementById(textareaOrId) : textareaOrId;
  return (ta && instances.get(ta)) || null;
}

window.KobaiEditor = { mount, mountAll, get };

document.addEventListener("click", onControlClick);
// htmx swaps: mount editors in new content.
document.addEventListener("htmx:load", (event) => mountAll(event.target));
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => mountAll(document));
} else {
  mountAll(document);
}
