// The console's only script: small enhancements over server-rendered forms. No inline code (the CSP forbids it);
// every text from the server or a customer is inserted with textContent, never as HTML.
"use strict";
(function () {
  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const safeUrl = (u) => (typeof u === "string" && /^(https?:\/\/|\/)/i.test(u) ? u : null);

  async function api(method, url, body) {
    const opts = {method, headers: {"X-CSRF-Token": csrf}, credentials: "same-origin"};
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    const r = await fetch(url, opts);
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) throw new Error((data && data.detail) || ("HTTP " + r.status));
    return data;
  }

  // forms that need a confirmation; selects that submit their form when changed
  $$("form.confirm").forEach((f) => f.addEventListener("submit", (ev) => {
    if (!window.confirm(f.dataset.confirm || "Are you sure?")) ev.preventDefault();
  }));
  $$("select.autosubmit").forEach((s) => s.addEventListener("change", () => s.form.submit()));
  $$(".copy-button").forEach((b) => b.addEventListener("click", async () => {
    const src = document.getElementById(b.dataset.copy);
    src.select();
    try { await navigator.clipboard.writeText(src.value); } catch (e) { document.execCommand("copy"); }
    b.textContent = "Copied";
  }));

  // -- knowledge: drag and drop, several files, a progress bar each -------------------------------------
  function upload(file, url, extra) {
    const list = $("#uploads");
    const item = el("li", "upload");
    item.append(el("span", "name", file.name));
    const bar = el("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Upload of " + file.name);
    const note = el("span", "note", "uploading…");
    item.append(bar, note);
    list.append(item);
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      const form = new FormData();
      form.append("file", file);
      Object.entries(extra || {}).forEach(([k, v]) => form.append(k, v));
      xhr.open("POST", url);
      xhr.setRequestHeader("X-CSRF-Token", csrf);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
      xhr.upload.onload = () => { note.textContent = "reading and indexing…"; };
      xhr.onload = () => {
        let data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        if (xhr.status < 300 && data) {
          bar.value = 100;
          note.textContent = "done: " + data.source.items + " items";
          item.classList.add("ok");
        } else {
          note.textContent = "refused: " + ((data && data.detail) || ("HTTP " + xhr.status));
          item.classList.add("error");
          note.setAttribute("role", "alert");
        }
        resolve(xhr.status < 300);
      };
      xhr.onerror = () => { note.textContent = "the upload failed (network)"; item.classList.add("error"); resolve(false); };
      xhr.send(form);
    });
  }
  async function uploadAll(files) {
    const all = $("#all-agents");
    let ok = 0;
    for (const f of files) ok += (await upload(f, "/console/api/sources", {all_agents: all && !all.checked ? "0" : "1"})) ? 1 : 0;
    if (ok) setTimeout(() => window.location.reload(), 600);
  }
  const zone = $("#dropzone");
  if (zone) {
    const input = $("#files");
    input.addEventListener("change", () => uploadAll(Array.from(input.files)));
    ["dragenter", "dragover"].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.add("over"); }));
    ["dragleave", "drop"].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.remove("over"); }));
    zone.addEventListener("drop", (e) => uploadAll(Array.from(e.dataTransfer.files)));
  }
  $$("input.replace").forEach((inp) => inp.addEventListener("change", async () => {
    if (!inp.files.length) return;
    if (await upload(inp.files[0], "/console/api/sources/" + encodeURIComponent(inp.dataset.source) + "/replace")) {
      setTimeout(() => window.location.reload(), 600);
    }
  }));

  // -- persona: limits shown and checked as the owner types ----------------------------------------------
  function check(field) {
    const out = document.getElementById(field.id + "-count");
    let problem = "";
    let info = "";
    if (field.dataset.max) {
      const n = field.value.length, max = +field.dataset.max;
      info = n + " / " + max + " characters";
      if (n > max) problem = "too long: " + n + " characters, at most " + max;
    }
    if (field.dataset.lines) {
      const lines = field.value.split("\n").filter((l) => l.trim());
      const max = +field.dataset.lines, lineMax = +(field.dataset.lineMax || 0);
      info = lines.length + " / " + max + " lines";
      if (lines.length > max) problem = "too many lines: " + lines.length + ", at most " + max;
      const long = lines.findIndex((l) => lineMax && l.trim().length > lineMax);
      if (long >= 0) problem = "line " + (long + 1) + " has " + lines[long].trim().length + " characters; at most " + lineMax;
    }
    field.setCustomValidity(problem);
    field.setAttribute("aria-invalid", problem ? "true" : "false");
    if (out) { out.textContent = problem || info; out.classList.toggle("over", !!problem); }
  }
  $$("#persona-form [data-max], #persona-form [data-lines]").forEach((f) => {
    f.addEventListener("input", () => check(f));
    check(f);
  });
  const delay = $("#reply_delay_s");
  if (delay) delay.addEventListener("input", () => {
    const v = Number(delay.value);
    delay.setCustomValidity(Number.isInteger(v) && v >= 1 && v <= 86400 ? "" : "a whole number of seconds, 1 to 86,400");
    delay.reportValidity();
  });

  // -- action editor: values of the chosen family, time fields for time conditions, rows as needed -------
  function syncRow(row) {
    const type = $(".when-type", row).value;
    const value = $(".when-value", row);
    $$("option", value).forEach((o) => { o.hidden = !!type && o.dataset.family !== type; });
    $$("optgroup", value).forEach((g) => { g.hidden = !!type && g.label !== type; });
    if (type && value.selectedOptions[0] && value.selectedOptions[0].dataset.family !== type) {
      const first = $$("option", value).find((o) => o.dataset.family === type);
      if (first) value.value = first.value;
    }
    $(".time-fields", row).hidden = type !== "time";
  }
  $$(".when-row").forEach((row) => {
    $(".when-type", row).addEventListener("change", () => syncRow(row));
    syncRow(row);
  });

  // -- integrations: one platform's fields at a time; sync now with live progress -----------------------
  const pick = $(".platform-pick");
  if (pick) {
    const show = () => $$(".platform-fields").forEach((fs) => {
      const on = fs.dataset.platform === pick.value;
      fs.hidden = !on;
      $$("input", fs).forEach((i) => { i.disabled = !on; });
    });
    pick.addEventListener("change", show);
    show();
  }
  $$(".sync-now").forEach((b) => b.addEventListener("click", async () => {
    const cell = $(".sync-status", b.closest("tr"));
    const bar = $(".sync-progress", cell);
    const text = el("span", "sync-live", "starting…");
    Array.from(cell.childNodes).forEach((n) => { if (n !== bar) n.remove(); });
    cell.prepend(text);
    bar.hidden = false;
    bar.removeAttribute("value");
    b.disabled = true;
    try {
      const {sync_id} = await api("POST", "/console/api/connections/" + encodeURIComponent(b.dataset.name) + "/sync");
      for (;;) {
        const s = await api("GET", "/console/api/syncs/" + encodeURIComponent(sync_id));
        const c = s.counts || {};
        const done = (c.added || 0) + (c.updated || 0) + (c.unchanged || 0);
        text.textContent = s.status + ": " + done + " products (" + (c.added || 0) + " added, " + (c.updated || 0) +
          " updated, " + (c.unchanged || 0) + " unchanged, " + (c.deleted || 0) + " deleted), " + (c.pages || 0) +
          " pages, " + (c.orders || 0) + " orders" + (s.error ? " · " + s.error : "");
        text.className = "sync-live state state-" + (s.status === "failed" ? "off" : "on");
        if (s.status !== "running") break;
        await new Promise((r) => setTimeout(r, 700));
      }
    } catch (e) {
      text.textContent = "refused: " + e.message;
      text.setAttribute("role", "alert");
    }
    bar.hidden = true;
    b.disabled = false;
  }));

  // -- playground ---------------------------------------------------------------------------------------
  const play = $("#play-form");
  if (play) {
    const log = $("#play-log");
    let history = [];
    let lead = "";
    const input = $("#play-message");
    const add = (who, text) => {
      const li = el("li", "msg msg-" + who);
      li.append(el("span", "who", who === "customer" ? "you" : "agent"), el("p", "text", text));
      log.append(li);
      li.scrollIntoView({block: "end"});
      return li;
    };
    const reset = () => { history = []; lead = ""; log.textContent = ""; input.focus(); };
    $("#play-reset").addEventListener("click", reset);
    $("#play-agent").addEventListener("change", reset);
    play.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const message = input.value.trim();
      if (!message) return;
      input.value = "";
      add("customer", message);
      const pending = add("ai", "…");
      pending.classList.add("typing");
      try {
        const r = await api("POST", "/console/api/playground", {
          message, history, lead_id: lead, agent_id: $("#play-agent").value,
          language: $("#play-language").value, tone: $("#play-tone").value, reply_length: $("#play-length").value});
        lead = r.lead_id || lead;
        history.push({role: "customer", text: message}, {role: "agent", text: r.reply});
        pending.classList.remove("typing");
        $(".text", pending).textContent = r.reply;
        const meta = el("div", "meta");
        meta.append(el("span", "lang", "language " + r.language), el("span", "latency", Math.round(r.latency_ms) + " ms"));
        if (r.handoff) meta.append(el("span", "handoff badge flag", "hands off to a person"));
        (r.actions || []).forEach((a) => meta.append(el("span", "fired pill", "action: " + a)));
        pending.append(meta);
        if ((r.citations || []).length) {
          const cites = el("ul", "citations");
          r.citations.forEach((c) => {
            const li = el("li", "citation");
            const href = safeUrl(c.link) || safeUrl(c.url);
            const label = (c.title ? c.title + " · " : "") + (c.source || "");
            if (href) {
              const a = el("a", null, label);
              a.href = href;
              if (!c.link) { a.rel = "noopener noreferrer"; a.target = "_blank"; }
              li.append(a);
            } else li.append(el("span", null, label));
            cites.append(li);
          });
          pending.append(cites);
        }
      } catch (e) {
        pending.classList.remove("typing");
        pending.classList.add("error");
        $(".text", pending).textContent = "refused: " + e.message;
      }
    });
  }
})();
