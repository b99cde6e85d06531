#!/usr/bin/env python3
"""Opens an HTML report in headless Chromium over the DevTools protocol and checks it.

Writes a PNG screenshot (the top of the page) and a PDF, and fails when the page logs a console
error or throws, asks for anything outside itself, has an inline <svg> with an empty bounding
box, or the screenshot is blank. Standard library only: the WebSocket client is the few lines
below.

usage: browser-check.py CHROMIUM REPORT.html SCREENSHOT.png REPORT.pdf
"""
import base64, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request, zlib

TIMEOUT = 120


class WebSocket:
    """A minimal client: text frames out (masked), text frames in, no extensions."""

    def __init__(self, url):
        match = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            response += chunk
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            raise RuntimeError("DevTools refused the WebSocket: " + response.split(b"\r\n", 1)[0].decode())
        self.buffer = response.split(b"\r\n\r\n", 1)[1]

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = first & 0x0F
            if opcode == 8:
                raise RuntimeError("DevTools closed the WebSocket")
            if opcode in (0, 1, 2):
                message += payload
                if first & 0x80:
                    return message.decode()


class Page:
    """One page target: commands by id, events collected on the way."""

    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            if "method" in message:
                self.events.append(message)

    def wait_for(self, event):
        deadline = time.time() + TIMEOUT
        while not any(e["method"] == event for e in self.events):
            if time.time() > deadline:
                raise RuntimeError(f"timed out waiting for {event}")
            message = json.loads(self.ws.receive())
            if "method" in message:
                self.events.append(message)


def png_pixels(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unexpected PNG layout"
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, previous = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(line)
        previous = line
    return width, height, bpp, rows


def ink_fraction(png):
    """Share of pixels that differ from the page's first pixel (its background)."""
    width, height, bpp, rows = png_pixels(png)
    background = bytes(rows[0][:3])
    differing = sum(1 for row in rows for x in range(0, width * bpp, bpp) if bytes(row[x:x + 3]) != background)
    return differing / (width * height)


SVG_CHECK = """(() => {
  const svgs = [...document.querySelectorAll('svg')].filter(s => !s.parentElement.closest('svg'));
  const bad = svgs.filter(s => { const r = s.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); })
                  .map(s => (s.closest('figure') || s).id || '(no id)');
  const drawn = svgs.filter(s => s.querySelector('g, circle, text, path, polygon') !== null).length;
  return JSON.stringify({count: svgs.length, bad, drawn, width: document.documentElement.scrollWidth,
                         viewport: window.innerWidth, title: document.title});
})()"""


def main():
    chromium, report, screenshot, pdf = sys.argv[1:5]
    report_url = "file://" + os.path.abspath(report)
    profile = tempfile.mkdtemp(prefix="parley-chromium-")
    browser = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--remote-debugging-port=0",
         f"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    failures = []
    try:
        port, deadline = None, time.time() + TIMEOUT
        while port is None:
            line = browser.stderr.readline()
            if not line and browser.poll() is not None:
                raise RuntimeError(f"{chromium} exited with {browser.returncode} before DevTools started")
            match = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if match:
                port = int(match.group(1))
            elif time.time() > deadline:
                raise RuntimeError("DevTools did not start")
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT))
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1280, height=1600, deviceScaleFactor=1, mobile=False)
        page.call("Page.navigate", url=report_url)
        page.wait_for("Page.loadEventFired")
        result = json.loads(page.call("Runtime.evaluate", expression=SVG_CHECK, returnByValue=True)["result"]["value"])
        shot = base64.b64decode(page.call("Page.captureScreenshot", format="png")["data"])
        with open(screenshot, "wb") as f:
            f.write(shot)
        printed = base64.b64decode(page.call("Page.printToPDF", printBackground=True, preferCSSPageSize=True)["data"])
        with open(pdf, "wb") as f:
            f.write(printed)

        for event in page.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                failures.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                failures.append("exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                failures.append(f"console error ({params['entry']['source']}): {params['entry']['text']}")
            elif method == "Network.requestWillBeSent" and params["request"]["url"] != report_url:
                failures.append("request outside the page: " + params["request"]["url"][:120])
        if result["count"] == 0:
            failures.append("the page has no inline <svg>")
        if result["bad"]:
            failures.append(f"{len(result['bad'])} of {result['count']} <svg> have an empty bounding box: {', '.join(result['bad'][:10])}")
        if result["drawn"] < result["count"]:
            failures.append(f"{result['count'] - result['drawn']} <svg> draw nothing")
        if result["width"] > result["viewport"]:
            failures.append(f"the page is wider ({result['width']}px) than the window ({result['viewport']}px): a diagram does not scale")
        ink = ink_fraction(shot)
        if ink < 0.01:
            failures.append(f"the screenshot is blank ({ink:.2%} of pixels differ from the background)")
        if not printed.startswith(b"%PDF") or len(printed) < 1000:
            failures.append("the PDF is empty")
        print(f"browser-check: {result['count']} inline SVGs, {len(result['bad'])} without a bounding box")
        print(f"browser-check: screenshot {screenshot} ({len(shot)} bytes, {ink:.1%} ink), PDF {pdf} ({len(printed)} bytes)")
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
        shutil.rmtree(profile, ignore_errors=True)
    for failure in failures:
        print("browser-check: FAIL: " + failure, file=sys.stderr)
    print("browser-check: 0 passed, 1 failed" if failures else "browser-check: 1 passed, 0 failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
