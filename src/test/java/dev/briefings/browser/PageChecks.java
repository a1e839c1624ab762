package dev.briefings.browser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.briefings.TestProject;

/** What the browser tests look for in a loaded page, as scripts run in it. */
final class PageChecks {

    private PageChecks() {
    }

    /** Elements whose box reaches past the viewport's right edge (tag and class), and the page's own overflow. */
    static List<String> overflow(Chromium.Page tab) {
        JsonNode found = tab.evaluate("""
                (() => {
                  const width = document.documentElement.clientWidth;
                  const wide = [];
                  if (document.documentElement.scrollWidth > width) wide.push('html scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
                  for (const el of document.body.querySelectorAll('*')) {
                    const box = el.getBoundingClientRect();
                    if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
                      wide.push(el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class') : '')
                        + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
                    }
                  }
                  return wide;
                })()""");
        return strings(found);
    }

    /** Pairs of timeline labels whose boxes intersect. */
    static List<String> overlappingChartLabels(Chromium.Page tab) {
        JsonNode found = tab.evaluate("""
                (() => {
                  const overlaps = [];
                  for (const svg of document.querySelectorAll('figure.timeline svg')) {
                    const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
                    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                      const [a, p] = boxes[i], [b, q] = boxes[j];
                      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) overlaps.push(a + ' / ' + b);
                    }
                  }
                  return overlaps;
                })()""");
        return strings(found);
    }

    /**
     * The distinct letters of a script in an element's text, each drawn in the element's font on a
     * canvas: a letter drawn blank, or like a character no font has (tofu), or like another letter
     * (every tofu box looks the same) is a problem.
     */
    record Glyphs(int letters, List<String> problems) {
    }

    static Glyphs glyphs(Chromium.Page tab, String selector, String scriptClass) {
        JsonNode result = tab.evaluate("""
                (() => {
                  const els = [...document.querySelectorAll(%s)];
                  const text = els.map(e => e.textContent).join('');
                  const font = getComputedStyle(els[0]).fontFamily;
                  const canvas = document.createElement('canvas');
                  canvas.width = 48; canvas.height = 48;
                  const g = canvas.getContext('2d', {willReadFrequently: true});
                  g.font = '32px ' + font; g.textBaseline = 'top';
                  const draw = c => {
                    g.clearRect(0, 0, 48, 48); g.fillText(c, 4, 4);
                    const d = g.getImageData(0, 0, 48, 48).data; let s = '';
                    for (let i = 3; i < d.length; i += 4) s += d[i] > 127 ? '1' : '0';
                    return s;
                  };
                  const tofu = draw('\\u0378');
                  const letters = [...new Set([...text].filter(c => /%s/u.test(c)))];
                  const seen = new Map(), problems = [];
                  for (const c of letters) {
                    const shape = draw(c);
                    if (!shape.includes('1')) problems.push(c + ' is drawn blank');
                    else if (shape === tofu) problems.push(c + ' is drawn as tofu');
                    else if (seen.has(shape)) problems.push(c + ' is drawn like ' + seen.get(shape));
                    seen.set(shape, c);
                  }
                  return {letters: letters.length, problems};
                })()""".formatted(jsString(selector), scriptClass));
        return new Glyphs(result.path("letters").asInt(), strings(result.path("problems")));
    }

    /** Runs html-validate (browser/.htmlvalidate.json) on files. */
    static BrowserTools.Result validate(List<String> files) throws IOException {
        List<String> command = new ArrayList<>(List.of(BrowserTools.validator().toString(), "--config",
                TestProject.root().resolve("browser/.htmlvalidate.json").toString(), "--formatter", "text"));
        command.addAll(files);
        return BrowserTools.run(command, TestProject.root());
    }

    /** A PNG's width, from its header. */
    static int pngWidth(byte[] png) {
        return ByteBuffer.wrap(png, 16, 4).getInt();
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
