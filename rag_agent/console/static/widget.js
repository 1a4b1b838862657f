/* rag-agent storefront chat widget.
 *   <script src="https://YOUR-SERVER/widget.js" data-key="pk_..."></script>
 * Adds a chat bubble to the page. It talks only to /v1/webchat on the server that served this file, with the
 * public widget key; it never sends cookies (credentials: "omit"). The visitor's token is kept in
 * localStorage, so the conversation goes on across page loads. Every text is inserted with textContent.
 */
(function () {
  "use strict";
  var TEXTS = /*__TEXTS__*/{};
  var script = document.currentScript;
  if (!script || !script.dataset.key || window.__ragAgentWidget) return;
  window.__ragAgentWidget = true;
  var KEY = script.dataset.key;
  var BASE = new URL(script.src, location.href).origin;
  var STORE = "rag-agent:" + KEY;
  var state = { visitor: null, open: false, seen: {}, conversation: null, language: null, busy: false,
                timer: null, refused: false, ready: null };
  try { state.visitor = localStorage.getItem(STORE + ":visitor"); } catch (e) { state.visitor = null; }

  function lang() {
    var l = (state.language || (navigator.language || "en")).slice(0, 2).toLowerCase();
    return TEXTS[l] ? l : "en";
  }
  function t(key, name) { var s = (TEXTS[lang()] || TEXTS.en || {})[key] || key; return s.replace("{name}", name || ""); }

  // -- the elements, in a shadow root so the store's styles and ours do not mix -----------------------
  var host = document.createElement("div");
  host.id = "rag-agent-widget";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = document.createElement("style");
  css.textContent = [
    ":host{all:initial}",
    ".bubble{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;display:flex;align-items:center;justify-content:center;",
    "background:#0b6bcb;color:#fff;font-size:26px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}",
    ".bubble:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}",
    ".panel{position:fixed;right:20px;bottom:88px;width:min(360px,calc(100vw - 24px));height:min(520px,calc(100vh - 120px));",
    "display:flex;flex-direction:column;background:#fff;color:#1d2733;border-radius:14px;overflow:hidden;",
    "box-shadow:0 8px 30px rgba(0,0,0,.25);font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;z-index:2147483000}",
    ".panel[hidden]{display:none}",
    ".head{display:flex;align-items:center;justify-content:space-between;background:#12263f;color:#fff;padding:10px 14px;font-weight:600}",
    ".head button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}",
    ".log{flex:1;overflow-y:auto;list-style:none;margin:0;padding:12px;display:flex;flex-direction:column;gap:8px}",
    ".m{max-width:85%;padding:7px 11px;border-radius:12px;background:#eef2f7;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".m.customer{align-self:flex-end;background:#dcebfb}.m.human{background:#e6f4ea}.m.system{background:#fff4d6}",
    ".who{display:block;font-size:11px;color:#5b6675}",
    ".note{font-size:12px;color:#5b6675;padding:0 12px 6px}.note[hidden]{display:none}",
    ".banner{background:#e6f4ea;color:#1a7f37;font-size:12px;padding:6px 12px}.banner.wait{background:#fff4d6;color:#9a6700}.banner[hidden]{display:none}",
    ".err{color:#b42318;font-size:12px;padding:0 12px 6px}.err[hidden]{display:none}",
    "form{display:flex;gap:6px;padding:10px;border-top:1px solid #d9dee5}",
    "input{flex:1;font:inherit;padding:8px 10px;border:1px solid #aab3c0;border-radius:8px;min-width:0}",
    "form button{font:inherit;background:#0b6bcb;color:#fff;border:0;border-radius:8px;padding:8px 12px;cursor:pointer}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
  ].join("");
  var bubble = el("button", "bubble");
  bubble.type = "button";
  var icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("width", "28");
  icon.setAttribute("height", "28");
  icon.setAttribute("aria-hidden", "true");
  var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("fill", "currentColor");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
  icon.appendChild(path);
  bubble.appendChild(icon);
  var panel = el("section", "panel");
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  var head = el("div", "head");
  var title = el("span", "title", "");
  var closeBtn = el("button", "close", "×");
  closeBtn.type = "button";
  head.append(title, closeBtn);
  var banner = el("div", "banner");
  banner.hidden = true;
  banner.setAttribute("role", "status");
  var log = el("ol", "log");
  log.setAttribute("aria-live", "polite");
  var typing = el("div", "note typing");
  typing.hidden = true;
  var error = el("div", "err");
  error.hidden = true;
  error.setAttribute("role", "alert");
  var form = el("form");
  var label = el("label", "sr");
  label.htmlFor = "rag-agent-input";
  var input = el("input");
  input.id = "rag-agent-input";
  input.maxLength = 2000;
  input.autocomplete = "off";
  var send = el("button", "send");
  send.type = "submit";
  form.append(label, input, send);
  panel.append(head, banner, log, typing, error, form);
  root.append(css, bubble, panel);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function relabel() {
    bubble.setAttribute("aria-label", t("open"));
    closeBtn.setAttribute("aria-label", t("close"));
    panel.setAttribute("aria-label", title.textContent || t("open"));
    input.placeholder = t("placeholder");
    label.textContent = t("label");
    send.textContent = t("send");
    typing.textContent = t("typing");
  }
  relabel();

  // -- talking to the server ------------------------------------------------------------------------
  function call(method, path, body) {
    var opts = { method: method, mode: "cors", credentials: "omit", cache: "no-store" };
    if (body) { opts.body = JSON.stringify(body); opts.headers = { "Content-Type": "text/plain;charset=UTF-8" }; }
    return fetch(BASE + path, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) { var e = new Error(data.detail || ("HTTP " + r.status)); e.status = r.status; throw e; }
        return data;
      });
    }, function () { var e = new Error(t("refused")); e.status = 0; throw e; });
  }
  function q(params) {
    return Object.keys(params).map(function (k) { return k + "=" + encodeURIComponent(params[k] || ""); }).join("&");
  }
  function hello() {
    return call("GET", "/v1/webchat/hello?" + q({ key: KEY, visitor: state.visitor })).then(function (d) {
      state.visitor = d.visitor;
      try { localStorage.setItem(STORE + ":visitor", d.visitor); } catch (e) { /* private mode: this page only */ }
      title.textContent = d.title || "";
      relabel();
    });
  }
  function fail(e) {
    if (e.status === 0 || e.status === 403 || e.status === 401) {
      state.refused = true;
      input.disabled = send.disabled = true;
      error.textContent = e.status === 0 || e.status === 403 ? t("refused") : e.message;
    } else {
      error.textContent = e.message || t("error");
    }
    error.hidden = false;
  }
  function render(v) {
    if (v.language) { state.language = v.language; relabel(); }
    if (v.conversation !== state.conversation) { state.conversation = v.conversation; state.seen = {}; log.textContent = ""; }
    (v.messages || []).forEach(function (m) {
      if (state.seen[m.id]) return;
      state.seen[m.id] = true;
      var li = el("li", "m " + (m.from === "customer" ? "customer" : m.from));
      var who = m.from === "customer" ? t("you") : (m.from === "human" ? (m.name || "") : t("assistant"));
      if (who) li.append(el("span", "who", who));
      li.append(document.createTextNode(m.text));
      log.append(li);
      li.scrollIntoView({ block: "end" });
    });
    typing.hidden = !v.typing;
    if (v.person) { banner.textContent = t("person", v.person); banner.className = "banner"; banner.hidden = false; }
    else if (v.waiting_for_person) { banner.textContent = t("waiting"); banner.className = "banner wait"; banner.hidden = false; }
    else banner.hidden = true;
    schedule(v.typing ? 1000 : 3000);
  }
  function refresh() {
    if (!state.visitor || state.refused) return Promise.resolve();
    return call("GET", "/v1/webchat/messages?" + q({ key: KEY, visitor: state.visitor })).then(render, fail);
  }
  function schedule(ms) {
    clearTimeout(state.timer);
    if (state.open && !state.refused) state.timer = setTimeout(refresh, ms);
  }
  function openPanel() {
    state.open = true;
    panel.hidden = false;
    try { sessionStorage.setItem(STORE + ":open", "1"); } catch (e) { /* ignore */ }
    state.ready = hello();  // a message typed before the server answered waits for the visitor token it brings
    state.ready.then(refresh, fail).then(function () { input.focus(); });
  }
  function closePanel() {
    state.open = false;
    panel.hidden = true;
    clearTimeout(state.timer);
    try { sessionStorage.removeItem(STORE + ":open"); } catch (e) { /* ignore */ }
    bubble.focus();
  }
  bubble.addEventListener("click", function () { state.open ? closePanel() : openPanel(); });
  closeBtn.addEventListener("click", closePanel);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") closePanel(); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || state.busy || state.refused) return;
    state.busy = true;
    error.hidden = true;
    (state.ready || hello()).then(function () {
      return call("POST", "/v1/webchat/messages", { key: KEY, visitor: state.visitor, text: text });
    }).then(function (v) {
      input.value = "";
      render(v);
    }, fail).then(function () { state.busy = false; });
  });

  function start() {
    document.body.appendChild(host);
    var wasOpen = false;
    try { wasOpen = sessionStorage.getItem(STORE + ":open") === "1"; } catch (e) { wasOpen = false; }
    if (wasOpen) openPanel();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
