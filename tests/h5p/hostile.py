# ruff: noqa: E501 -- the probe library is JavaScript kept readable as written
"""A hostile H5P package of the project's own making, for the isolation tests.

Its library, H5P.AcademyProbe, plays (it shows a heading, so a test can see it ran) and, while it
plays, tries to reach the learner's session: read cookies, the parent and top pages' DOM and the
site's localStorage, and POST to the site as the learner (by fetch with credentials and by a
form). It writes what each attempt got into the page as JSON for the test to read. Its library
folder also carries an SVG with a script, to show raw files cannot run as pages.
"""

import io
import json
import zipfile

PROBE_JS = r"""
var H5P = H5P || {};
H5P.AcademyProbe = (function () {
  function Probe(params) { this.params = params || {}; }

  function attempt(fn) {
    try { return {ok: true, value: String(fn())}; }
    catch (error) { return {ok: false, value: String(error && error.name)}; }
  }

  Probe.prototype.attach = function ($container) {
    var target = this.params.target;
    var element = $container.get ? $container.get(0) : $container;
    element.innerHTML = '<h2 class="probe-heading">Probe content plays</h2><pre id="probe-results"></pre>';
    var results = {
      origin: window.location.origin,
      cookie: attempt(function () { return document.cookie; }),
      parentCookie: attempt(function () { return window.parent.document.cookie; }),
      topCookie: attempt(function () { return window.top.document.cookie; }),
      topDom: attempt(function () { return window.top.document.body.innerHTML.length; }),
      topLocation: attempt(function () { return window.top.location.href; }),
      localStorage: attempt(function () { return window.localStorage.getItem("site-secret"); }),
      topLocalStorage: attempt(function () { return window.top.localStorage.getItem("site-secret"); })
    };
    var out = element.querySelector("#probe-results");
    function write() { out.textContent = JSON.stringify(results); }
    write();
    var done = 0;
    function finished() { done += 1; if (done === 2) { out.setAttribute("data-done", ""); } write(); }
    try {
      fetch(target + "/en/learning/withdraw/" + this.params.course + "/", {
        method: "POST", credentials: "include", mode: "no-cors"
      }).then(function () { results.fetchPost = {ok: true, value: "sent"}; finished(); },
              function (error) { results.fetchPost = {ok: false, value: String(error && error.name)}; finished(); });
    } catch (error) { results.fetchPost = {ok: false, value: String(error && error.name)}; finished(); }
    try {
      var form = document.createElement("form");
      form.method = "post";
      form.action = target + "/en/learning/withdraw/" + this.params.course + "/";
      form.target = "probe-sink";
      var sink = document.createElement("iframe");
      sink.name = "probe-sink";
      sink.style.display = "none";
      element.appendChild(sink);
      element.appendChild(form);
      document.addEventListener("securitypolicyviolation", function (event) {
        if (event.violatedDirective.indexOf("form-action") === 0) {
          results.formPost = {ok: false, value: "blocked by " + event.violatedDirective};
          write();
        }
      });
      form.submit();
      results.formPost = results.formPost || {ok: true, value: "submitted"};
    } catch (error) { results.formPost = {ok: false, value: String(error && error.name)}; }
    setTimeout(finished, 1500);
  };
  return Probe;
})();
"""

SCRIPTED_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    "<script>document.title = 'svg script ran'; parent.postMessage('svg script ran', '*');"
    "</script><rect width='10' height='10'/></svg>"
)


def probe_package(target: str, course_id: int) -> bytes:
    """The package as bytes; `target` is the site's origin, `course_id` the course it tries
    to withdraw the learner from."""
    library = {
        "title": "Academy probe",
        "machineName": "H5P.AcademyProbe",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "coreApi": {"majorVersion": 1, "minorVersion": 19},
        "embedTypes": ["iframe"],
        "preloadedJs": [{"path": "probe.js"}],
    }
    semantics = [
        {"name": "target", "type": "text", "label": "Target"},
        {"name": "course", "type": "number", "label": "Course"},
    ]
    h5p_json = {
        "title": "Isolation probe",
        "language": "und",
        "mainLibrary": "H5P.AcademyProbe",
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": "H5P.AcademyProbe", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(h5p_json))
        archive.writestr(
            "content/content.json", json.dumps({"target": target, "course": course_id})
        )
        archive.writestr("H5P.AcademyProbe-1.0/library.json", json.dumps(library))
        archive.writestr("H5P.AcademyProbe-1.0/semantics.json", json.dumps(semantics))
        archive.writestr("H5P.AcademyProbe-1.0/probe.js", PROBE_JS)
        archive.writestr("H5P.AcademyProbe-1.0/icon.svg", SCRIPTED_SVG)
    return buffer.getvalue()
