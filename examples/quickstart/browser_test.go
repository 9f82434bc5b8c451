package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromiumFlags start a headless Chromium that makes no connection of its
// own (no background networking, component updates, sync or QUIC), as CI's
// closed network requires; each run also gets a fresh profile.
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"}

// findChromium returns the path of a Chromium binary. Without one the test
// is skipped locally and fails in CI (CI is set), which installs Debian's
// chromium package.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("SSW_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI must install Chromium (Debian package chromium) for the report's layout test")
	}
	t.Skip("no Chromium on this machine (install Debian's chromium package, or set SSW_CHROMIUM)")
	return ""
}

// probe is injected into a copy of the page (the published page has no
// script). After layout it posts what it measured to the frame around the
// page (see frame), which writes it into its DOM for --dump-dom to print.
const probe = `<script>
(function () {
  var vw = document.documentElement.clientWidth, out = {viewport: vw, page: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight, overflow: [], spill: [], clipped: [], small: [], charts: [], wrapped: []};
  function name(e) { return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.getAttribute("class") ? "." + e.getAttribute("class").replace(/ /g, ".") : "") + " " + (e.textContent || "").trim().slice(0, 40); }
  function shown(e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden"; }
  // Content wider than its own box (a long word in a cell that may not
  // wrap) widens the page without moving any box.
  document.querySelectorAll("body *").forEach(function (e) {
    if (e instanceof HTMLElement && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) out.spill.push(name(e) + " " + e.scrollWidth + " > " + e.clientWidth + " px");
  });
  document.querySelectorAll("body *").forEach(function (e) {
    if (!shown(e)) return;
    var r = e.getBoundingClientRect();
    if (r.right > vw + 0.5 || r.left < -0.5) out.overflow.push(name(e) + " [" + Math.round(r.left) + "," + Math.round(r.right) + "]");
  });
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    if (!shown(svg)) return;
    var box = svg.getBoundingClientRect();
    out.charts.push(svg.getAttribute("class") + " " + Math.round(box.width));
    svg.querySelectorAll("text").forEach(function (t) {
      var r = t.getBoundingClientRect();
      // A glyph may overhang its text box by a pixel ("T").
      if (r.left < box.left - 1.5 || r.right > box.right + 1.5 || r.top < box.top - 1.5 || r.bottom > box.bottom + 1.5) out.clipped.push(name(t));
      if (r.height < 10) out.small.push(name(t) + " " + r.height.toFixed(1) + "px");
    });
  });
  document.querySelectorAll("time").forEach(function (t) {
    if (t.getClientRects().length > 1) out.wrapped.push(name(t));
  });
  parent.postMessage(JSON.stringify(out), "*");
})();
</script>`

// frame shows a page in an iframe of a given width: Chromium's headless
// window is at least 500 px wide, so a phone's width is tested as web
// designers do, in a frame whose viewport has that width.
const frame = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head><body>
<iframe src="%s" width="%d" height="%d"></iframe>
<script>window.addEventListener("message", function (e) {
  var pre = document.createElement("pre"); pre.id = "layout-result"; pre.textContent = e.data; document.body.appendChild(pre);
});</script></body></html>`

// layoutResult is what the probe measured.
type layoutResult struct {
	Viewport int      `json:"viewport"`
	Page     int      `json:"page"`
	Height   int      `json:"height"`
	Overflow []string `json:"overflow"`
	Spill    []string `json:"spill"`
	Clipped  []string `json:"clipped"`
	Small    []string `json:"small"`
	Charts   []string `json:"charts"`
	Wrapped  []string `json:"wrapped"`
}

var layoutJSON = regexp.MustCompile(`(?s)<pre id="layout-result">(.*?)</pre>`)

// TestReportLayoutInBrowser renders the quickstart's HTML report in
// headless Chromium at a desktop width (1280 px) and a phone width
// (400 px) and checks that nothing overflows the viewport, that every
// chart shows its layout for the width with no text clipped or smaller
// than 10 px, and that no date wraps. Set SSW_SCREENSHOTS to a folder to
// keep a full-page screenshot at each width.
func TestReportLayoutInBrowser(t *testing.T) {
	chromium := findChromium(t)
	j := quickstart(t)
	var page bytes.Buffer
	if err := j.writeHTML(&page); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	if err := os.WriteFile(report, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	probed := filepath.Join(dir, "probed.html")
	withProbe := strings.Replace(page.String(), "</body>", probe+"</body>", 1)
	if err := os.WriteFile(probed, []byte(withProbe), 0o644); err != nil {
		t.Fatal(err)
	}
	framed := func(page string, width, height int) string {
		f := filepath.Join(dir, fmt.Sprintf("frame-%s-%d-%d.html", filepath.Base(page), width, height))
		if err := os.WriteFile(f, fmt.Appendf(nil, frame, filepath.Base(page), width, height), 0o644); err != nil {
			t.Fatal(err)
		}
		return "file://" + f
	}
	window := func(width, height int) string { return fmt.Sprintf("--window-size=%d,%d", max(width, 500), height) }
	for _, width := range []int{1280, 400} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			out := runChromium(t, chromium, dir, window(width, 900), "--virtual-time-budget=10000", "--dump-dom", framed(probed, width, 900))
			m := layoutJSON.FindSubmatch(out)
			if m == nil {
				t.Fatalf("Chromium printed no layout result:\n%.2000s", out)
			}
			var res layoutResult
			if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &res); err != nil {
				t.Fatal(err)
			}
			if res.Viewport != width {
				t.Fatalf("viewport %d px, want %d", res.Viewport, width)
			}
			if res.Page > res.Viewport {
				t.Errorf("the page is %d px wide in a %d px viewport", res.Page, res.Viewport)
			}
			for _, list := range []struct {
				what  string
				items []string
			}{{"overflows the viewport", res.Overflow}, {"holds content wider than itself", res.Spill}, {"is clipped by its chart", res.Clipped}, {"is smaller than 10 px", res.Small}, {"wraps", res.Wrapped}} {
				for _, e := range list.items {
					t.Errorf("%s %s", e, list.what)
				}
			}
			layout := "wide"
			if width < 640 {
				layout = "narrow"
			}
			if len(res.Charts) != 3 {
				t.Errorf("%d charts shown, want 3: %q", len(res.Charts), res.Charts)
			}
			for _, c := range res.Charts {
				if !strings.Contains(c, layout) {
					t.Errorf("chart %q shown at %d px, want the %s layout", c, width, layout)
				}
			}
			if shots := os.Getenv("SSW_SCREENSHOTS"); shots != "" {
				file, err := filepath.Abs(filepath.Join(shots, fmt.Sprintf("report-%d.png", width)))
				if err != nil {
					t.Fatal(err)
				}
				runChromium(t, chromium, dir, window(width, res.Height), "--screenshot="+file, framed(report, width, res.Height))
				t.Logf("screenshot %s", file)
			}
		})
	}
}

// runChromium runs headless Chromium with a fresh profile and returns its
// standard output.
func runChromium(t *testing.T, chromium, dir string, args ...string) []byte {
	t.Helper()
	profile, err := os.MkdirTemp(dir, "profile-")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, append(append(chromiumFlags, "--user-data-dir="+profile), args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%.4000s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}
