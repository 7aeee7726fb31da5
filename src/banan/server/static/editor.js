// banan's web editor: a textarea over a backdrop that mirrors its text with the
// problems marked. It calls the same /v2/check as every LanguageTool client; offsets
// are UTF-16 code units, which is what JavaScript strings index, so no conversion.
"use strict";

const DEBOUNCE_MS = 350;
const KINDS = new Set(["misspelling", "whitespace", "typographical", "characters", "numbers"]);

const $ = (id) => document.getElementById(id);
const textarea = $("text");
const backdrop = $("backdrop");
const popover = $("popover");
const problemList = $("problems");
const statusLine = $("status");
const fixSafeButton = $("fix-safe");
const languageSelect = $("language");

const state = {
  matches: [],     // matches for the text now in the textarea (shifted as the user types)
  checkedText: "", // the text the matches were computed for, kept in step with edits
  seq: 0,          // numbers requests, so a late answer to an old request is dropped
  controller: null,
  timer: null,
  ignored: new Set(), // "offset:length:rule" keys the user chose to ignore
  activeIndex: -1,
};

// A personal dictionary needs a user: one random name and key per browser.
function credentials() {
  let user = localStorage.getItem("banan.user");
  let key = localStorage.getItem("banan.key");
  if (!user || !key) {
    const rand = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
    user = "web-" + rand().slice(0, 12);
    key = rand();
    localStorage.setItem("banan.user", user);
    localStorage.setItem("banan.key", key);
  }
  return { username: user, apiKey: key };
}

function kindOf(match) {
  const t = match.rule && match.rule.issueType;
  return KINDS.has(t) ? t : "other";
}

function isSpelling(match) {
  return (match.rule && match.rule.issueType === "misspelling") || (match.banan && match.banan.spelling);
}

function isSafe(match) {
  return match.banan && match.banan.applicability === "safe" && match.replacements.length > 0;
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function visible(s) {
  // Spell out invisible characters and show spaces, so a fix that deletes one can be read.
  return s
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u00a0]/g, (c) => `⟨U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`)
    .replace(/ /g, "␣")
    .replace(/\t/g, "⇥")
    .replace(/\n/g, "↵");
}

// ---- checking -------------------------------------------------------------------
function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(runCheck, DEBOUNCE_MS);
}

async function runCheck() {
  const text = textarea.value;
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  const seq = ++state.seq;
  if (!text.trim()) {
    setMatches(text, []);
    setStatus("");
    return;
  }
  setStatus("পরীক্ষা চলছে…");
  const body = new URLSearchParams({ language: languageSelect.value, text, ...credentials() });
  try {
    const response = await fetch("/v2/check", { method: "POST", body, signal: controller.signal });
    const payload = await response.text();
    if (seq !== state.seq) return;
    if (!response.ok) {
      setStatus(payload.replace(/^Error:\s*/, ""), true);
      return;
    }
    const result = JSON.parse(payload);
    if (textarea.value !== text) return; // typed meanwhile: the next check will answer
    setMatches(text, result.matches);
    const n = state.matches.length;
    setStatus(n ? `${toBengaliDigits(n)}টি সমস্যা` : "কোনো সমস্যা পাওয়া যায়নি");
  } catch (err) {
    if (err.name !== "AbortError") setStatus("সার্ভারে পৌঁছানো গেল না", true);
  }
}

function toBengaliDigits(n) {
  return String(n).replace(/[0-9]/g, (d) => "০১২৩৪৫৬৭৮৯"[d]);
}

function setStatus(text, error = false) {
  statusLine.textContent = text;
  statusLine.style.color = error ? "#b00020" : "";
}

function matchKey(m) {
  return `${m.offset}:${m.length}:${m.rule.id}:${state.checkedText.substr(m.offset, m.length)}`;
}

function setMatches(text, matches) {
  state.checkedText = text;
  state.matches = matches.filter((m) => !state.ignored.has(matchKey(m)));
  render();
}

// Keep the underlines in place while the user types: find the edited region (common
// prefix and suffix), drop matches that touch it and shift the ones after it.
function followEdit() {
  const before = state.checkedText;
  const after = textarea.value;
  if (before === after) return;
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  const oldEnd = before.length - s;
  const delta = after.length - before.length;
  state.matches = state.matches
    .filter((m) => m.offset + m.length <= p || m.offset >= oldEnd)
    .map((m) => (m.offset >= oldEnd ? { ...m, offset: m.offset + delta } : m));
  state.checkedText = after;
  render();
}

// ---- rendering ------------------------------------------------------------------
function render() {
  renderBackdrop();
  renderList();
  fixSafeButton.disabled = !state.matches.some(isSafe);
  $("count").textContent = state.matches.length ? `(${toBengaliDigits(state.matches.length)})` : "";
}

function renderBackdrop() {
  const text = textarea.value;
  let html = "";
  let pos = 0;
  const ordered = state.matches.map((m, i) => [m, i]).sort((a, b) => a[0].offset - b[0].offset);
  for (const [m, i] of ordered) {
    if (m.offset < pos || m.offset + m.length > text.length) continue; // overlapping: listed, not drawn
    const end = m.offset + Math.max(m.length, 1);
    html += escapeHtml(text.slice(pos, m.offset));
    const cls = `kind-${kindOf(m)}${i === state.activeIndex ? " active" : ""}`;
    html += `<mark class="${cls}" data-index="${i}" data-rule="${escapeHtml(m.rule.id)}">${escapeHtml(text.slice(m.offset, end))}</mark>`;
    pos = end;
  }
  html += escapeHtml(text.slice(pos));
  backdrop.innerHTML = html + "\n"; // a final line break would otherwise collapse
  syncScroll();
}

function syncScroll() {
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

function renderList() {
  problemList.textContent = "";
  state.matches
    .map((m, i) => [m, i])
    .sort((a, b) => a[0].offset - b[0].offset)
    .forEach(([m, i]) => {
      const li = document.createElement("li");
      li.className = `kind-${kindOf(m)}`;
      li.dataset.index = i;
      li.innerHTML = matchHtml(m, i);
      li.addEventListener("click", (ev) => {
        if (ev.target.closest("button")) return;
        selectMatch(i);
      });
      problemList.appendChild(li);
    });
}

function matchHtml(m, i) {
  const found = state.checkedText.substr(m.offset, m.length);
  const buttons = m.replacements.slice(0, 5).map((r, k) => {
    const label = r.value === "" ? "(মুছুন)" : visible(r.value);
    const safe = k === 0 && isSafe(m) ? " safe" : "";
    return `<button type="button" class="replacement${safe}" data-index="${i}" data-replacement="${k}">${escapeHtml(label)}</button>`;
  });
  if (isSpelling(m)) buttons.push(`<button type="button" class="add-word" data-index="${i}">অভিধানে যোগ</button>`);
  buttons.push(`<button type="button" class="ignore" data-index="${i}">উপেক্ষা</button>`);
  return `<span class="found">${escapeHtml(visible(found))}</span>
    <p class="message">${escapeHtml(m.message)}</p>
    <span class="rule-id">${escapeHtml(m.rule.id)}</span>
    <div class="actions">${buttons.join("")}</div>`;
}

// ---- popover: hover or click an underline -----------------------------------------
function markAt(x, y) {
  for (const mark of backdrop.querySelectorAll("mark")) {
    for (const r of mark.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return mark;
    }
  }
  return null;
}

function showPopover(i, anchor) {
  const m = state.matches[i];
  if (!m) return hidePopover();
  state.activeIndex = i;
  popover.innerHTML = matchHtml(m, i);
  popover.hidden = false;
  const r = anchor.getBoundingClientRect();
  const left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8);
  popover.style.left = `${Math.max(8, left)}px`;
  popover.style.top = `${window.scrollY + r.bottom + 6}px`;
  for (const mark of backdrop.querySelectorAll("mark.active")) mark.classList.remove("active");
  const mark = backdrop.querySelector(`mark[data-index="${i}"]`);
  if (mark) mark.classList.add("active");
}

function hidePopover() {
  popover.hidden = true;
  state.activeIndex = -1;
  for (const mark of backdrop.querySelectorAll("mark.active")) mark.classList.remove("active");
}

let hoverTimer = null;
textarea.addEventListener("mousemove", (ev) => {
  clearTimeout(hoverTimer);
  hoverTimer = setTimeout(() => {
    const mark = markAt(ev.clientX, ev.clientY);
    if (mark) showPopover(Number(mark.dataset.index), mark);
  }, 250);
});
textarea.addEventListener("mouseleave", () => clearTimeout(hoverTimer));
textarea.addEventListener("click", (ev) => {
  const mark = markAt(ev.clientX, ev.clientY);
  if (mark) showPopover(Number(mark.dataset.index), mark);
  else hidePopover();
});
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape") hidePopover();
});

function selectMatch(i) {
  const m = state.matches[i];
  textarea.focus();
  textarea.setSelectionRange(m.offset, m.offset + m.length);
  const mark = backdrop.querySelector(`mark[data-index="${i}"]`);
  if (mark) {
    // Bring the match into view, then point at it.
    const top = mark.offsetTop - textarea.clientHeight / 3;
    textarea.scrollTop = Math.max(0, top);
    syncScroll();
    showPopover(i, mark);
  }
}

// ---- actions ----------------------------------------------------------------------
function replaceRange(start, end, value) {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  // insertText keeps the browser's undo history; setRangeText is the fallback.
  if (!document.execCommand("insertText", false, value)) {
    textarea.setRangeText(value, start, end, "end");
    textarea.dispatchEvent(new Event("input"));
  }
}

function applyReplacement(i, k) {
  const m = state.matches[i];
  if (!m || !m.replacements[k]) return;
  hidePopover();
  const value = m.replacements[k].value;
  if (value === "") {
    // insertText with "" does nothing in some browsers: delete instead.
    textarea.focus();
    textarea.setSelectionRange(m.offset, m.offset + m.length);
    if (!document.execCommand("delete")) {
      textarea.setRangeText("", m.offset, m.offset + m.length, "end");
      textarea.dispatchEvent(new Event("input"));
    }
  } else {
    replaceRange(m.offset, m.offset + m.length, value);
  }
}

// The safe fixes of one check applied to its text, the first of overlapping ones only
// (as `banan fix` does): [new text, how many applied].
function applySafe(text, matches) {
  const safe = matches.filter(isSafe).sort((a, b) => a.offset - b.offset);
  let out = "";
  let pos = 0;
  let applied = 0;
  for (const m of safe) {
    if (m.offset < pos) continue; // overlaps one already taken: the next round finds it again
    out += text.slice(pos, m.offset) + m.replacements[0].value;
    pos = m.offset + m.length;
    applied++;
  }
  return [out + text.slice(pos), applied];
}

async function fetchMatches(text) {
  const body = new URLSearchParams({ language: languageSelect.value, text, ...credentials() });
  const response = await fetch("/v2/check", { method: "POST", body });
  if (!response.ok) return null;
  return (await response.json()).matches;
}

// As many rounds as `banan fix` takes at most.
const MAX_FIX_ROUNDS = 16;

// Check and apply until no safe fix is left, so the text ends where `banan fix` leaves
// it: one fix can make another (a space removed before । brings the one wanted after it).
async function fixAllSafe() {
  hidePopover();
  const start = textarea.value;
  let text = start;
  let matches = state.checkedText === text ? state.matches : null;
  fixSafeButton.disabled = true;
  try {
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      if (matches === null) matches = await fetchMatches(text);
      if (matches === null || textarea.value !== start) break; // no answer, or typed meanwhile
      const [out, applied] = applySafe(text, matches);
      if (!applied || out === text) break;
      text = out;
      matches = null;
    }
  } catch (err) {
    setStatus("সার্ভারে পৌঁছানো গেল না", true);
  }
  if (textarea.value === start && text !== start) replaceRange(0, start.length, text);
  else render();
}

async function addWord(i) {
  const m = state.matches[i];
  if (!m) return;
  hidePopover();
  const word = state.checkedText.substr(m.offset, m.length);
  const body = new URLSearchParams({ word, ...credentials() });
  const response = await fetch("/v2/words/add", { method: "POST", body });
  if (!response.ok) {
    setStatus((await response.text()).replace(/^Error:\s*/, ""), true);
    return;
  }
  await loadWords();
  runCheck();
}

async function deleteWord(word) {
  const body = new URLSearchParams({ word, ...credentials() });
  await fetch("/v2/words/delete", { method: "POST", body });
  await loadWords();
  runCheck();
}

async function loadWords() {
  // POST, so that the key is not in a URL (nor in any log or history that keeps URLs).
  const body = new URLSearchParams({ ...credentials(), limit: "1000" });
  const response = await fetch("/v2/words", { method: "POST", body });
  const list = $("words");
  list.textContent = "";
  if (!response.ok) return;
  for (const word of (await response.json()).words) {
    const li = document.createElement("li");
    li.textContent = word;
    const del = document.createElement("button");
    del.type = "button";
    del.textContent = "×";
    del.title = "Remove";
    del.addEventListener("click", () => deleteWord(word));
    li.appendChild(del);
    list.appendChild(li);
  }
}

function ignore(i) {
  const m = state.matches[i];
  if (!m) return;
  state.ignored.add(matchKey(m));
  state.matches.splice(i, 1);
  hidePopover();
  render();
}

function onAction(ev) {
  const button = ev.target.closest("button");
  if (!button || button.dataset.index === undefined) return;
  const i = Number(button.dataset.index);
  if (button.classList.contains("replacement")) applyReplacement(i, Number(button.dataset.replacement));
  else if (button.classList.contains("add-word")) addWord(i);
  else if (button.classList.contains("ignore")) ignore(i);
}

popover.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep the textarea's selection
popover.addEventListener("click", onAction);
problemList.addEventListener("click", onAction);
fixSafeButton.addEventListener("click", fixAllSafe);
textarea.addEventListener("input", () => {
  followEdit();
  scheduleCheck();
});
textarea.addEventListener("scroll", syncScroll);
languageSelect.addEventListener("change", runCheck);
new ResizeObserver(syncScroll).observe(textarea);
document.addEventListener("click", (ev) => {
  if (!popover.contains(ev.target) && ev.target !== textarea && !problemList.contains(ev.target)) hidePopover();
});

loadWords();
if (textarea.value) runCheck();
