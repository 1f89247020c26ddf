import json, statistics, subprocess, time, urllib.parse, urllib.request, sys
ports = {"before": 18418, "after": 18417}
queries = [("Xi Jinping visit", ""), ("Taiwan election", ""), ("台湾 问题", ""), ("", ""), ("", "region=Taiwan")]
def url(port, path, q, extra):
    params = ("q=" + urllib.parse.quote(q)) if q else ""
    if extra: params = (params + "&" if params else "") + extra
    return f"http://127.0.0.1:{port}{path}" + ("?" + params if params else "")
def fetch(u):
    t = time.perf_counter()
    with urllib.request.urlopen(u, timeout=120) as r: body = r.read()
    return (time.perf_counter() - t) * 1000, body
results = {}
for q, extra in queries:
    for name, port in ports.items():
        for _ in range(3):
            fetch(url(port, "/search", q, extra)); fetch(url(port, "/api/search", q, extra))
    page = {n: [] for n in ports}; took = {n: [] for n in ports}
    for i in range(15):
        for name, port in ports.items():
            ms, _ = fetch(url(port, "/search", q, extra)); page[name].append(ms)
            _, body = fetch(url(port, "/api/search", q, extra)); took[name].append(json.loads(body)["took_ms"])
    label = q or ("browse " + extra if extra else "browse")
    results[label] = {n: {"page_ms": round(statistics.median(page[n]), 1), "api_took_ms": statistics.median(took[n])} for n in ports}
    print(label, results[label], flush=True)
json.dump(results, open("/tmp/engine-measure.json", "w"), ensure_ascii=False, indent=1)
