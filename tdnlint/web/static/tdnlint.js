/* tdnlint web page: small enhancements only. Everything works without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // ---- upload page: drag and drop, size check, "checking…" state ----
  var form = document.querySelector("form.upload");
  if (form) {
    var input = form.querySelector("input[type=file]");
    var drop = form.querySelector(".drop");
    var chosen = form.querySelector(".drop-chosen");
    var button = form.querySelector("button[type=submit]");
    var max = parseInt(form.getAttribute("data-max"), 10) || 0;
    var show = function () {
      var f = input.files && input.files[0];
      chosen.textContent = f ? f.name + " (" + Math.max(1, Math.round(f.size / 1024)) + " KB)" : "";
    };
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (ev) {
      drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      drop.addEventListener(ev, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });
    form.addEventListener("submit", function (e) {
      var f = input.files && input.files[0];
      if (f && max && f.size > max) {
        e.preventDefault();
        chosen.textContent = form.getAttribute("data-too-large");
        return;
      }
      button.disabled = true;
      button.textContent = form.getAttribute("data-checking");
    });
  }

  // ---- result page: filters, click a finding to see its place, click a mark to see its finding ----
  var groups = document.getElementById("groups");
  if (!groups) { return; }
  var body = document.body;

  document.querySelectorAll("button.count[data-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      var sev = b.getAttribute("data-filter");
      var on = b.getAttribute("aria-pressed") !== "false";
      b.setAttribute("aria-pressed", on ? "false" : "true");
      body.classList.toggle("hide-" + sev, on);
      groups.querySelectorAll(".group").forEach(function (g) {
        var visible = Array.prototype.some.call(g.querySelectorAll(".fi"), function (li) {
          return !body.classList.contains("hide-" + li.getAttribute("data-sev"));
        });
        g.classList.toggle("empty", !visible);
      });
    });
  });

  var timer = null;
  function clearMarks() {
    document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
    document.querySelectorAll(".para.current").forEach(function (el) { el.classList.remove("current"); });
    document.querySelectorAll(".fi.active").forEach(function (el) { el.classList.remove("active"); });
  }
  function byFinding(id) {
    return document.querySelectorAll('mark.f[data-f~="' + id + '"], .whole-para[data-f~="' + id + '"], .whole li[data-f="' + id + '"]');
  }

  function show(id, paraId) {
    clearMarks();
    var marks = byFinding(id);
    var target = marks.length ? marks[0] : document.getElementById(paraId);
    if (!target) { return; }
    var para = target.closest ? target.closest(".para") : null;
    if (para) { para.classList.add("current"); }
    var li = document.getElementById("li-" + id);
    if (li) { li.classList.add("active"); }
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    // restart the animation even when the same finding is clicked twice
    void target.offsetWidth;
    marks.forEach(function (m) { m.classList.add("flash"); });
    if (target.focus && target.matches && target.matches("mark.f")) { target.focus({ preventScroll: true }); }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { marks.forEach(function (m) { m.classList.remove("flash"); }); }, 3300);
  }

  groups.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a.fl") : null;
    if (!a) { return; }
    e.preventDefault();
    show(a.getAttribute("data-f"), a.getAttribute("data-p"));
    if (history.replaceState) { history.replaceState(null, "", a.getAttribute("href")); }
  });

  document.querySelectorAll("mark.f").forEach(function (m) {
    m.addEventListener("click", function () {
      var first = (m.getAttribute("data-f") || "").split(" ")[0];
      var li = document.getElementById("li-" + first);
      if (!li) { return; }
      document.querySelectorAll(".fi.active").forEach(function (el) { el.classList.remove("active"); });
      li.classList.add("active");
      var box = groups.getBoundingClientRect(), r = li.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) {
        groups.scrollTop += r.top - box.top - box.height / 3;
      }
    });
  });
})();
