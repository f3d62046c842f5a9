package app.cairn.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown subset renders to HTML that never carries script, raw HTML, handlers or unsafe URLs. */
class FeedbackMarkdownTest {

    private final FeedbackMarkdown markdown = new FeedbackMarkdown();

    @Test
    void shouldRenderTheSubset() {
        String html = markdown.toHtml("**Great** work on *the demo*.\n\n- one\n- two\n\n> quoted\n\n`code` and"
                + " [the doc](https://example.com/doc)");
        assertTrue(html.contains("<strong>Great</strong>"), html);
        assertTrue(html.contains("<em>the demo</em>"), html);
        assertTrue(html.contains("<ul><li>one</li><li>two</li></ul>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("href=\"https://example.com/doc\""), html);
        assertTrue(html.matches("(?s).*rel=\"[^\"]*nofollow[^\"]*\".*"), html);
        assertTrue(html.matches("(?s).*rel=\"[^\"]*noopener[^\"]*\".*"), html);
    }

    @Test
    void shouldEscapeRawHtmlAndDropScript() {
        for (String attack : List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<div onclick=\"alert(1)\">x</div>",
                "<svg onload=alert(1)>",
                "<style>body{display:none}</style>")) {
            String html = markdown.toHtml("Before " + attack + " after");
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img"), html);
            assertFalse(html.contains("<iframe"), html);
            assertFalse(html.contains("<svg"), html);
            assertFalse(html.contains("<style"), html);
            assertFalse(html.contains("<div"), html);
            assertFalse(html.matches("(?s).*<[^>]*\\son\\w+=.*"), html);
            assertTrue(html.startsWith("<p>Before "), html);
        }
        assertTrue(markdown.toHtml("<script>alert(1)</script>").contains("&lt;script&gt;"));
    }

    @Test
    void shouldDropUnsafeLinksAndImages() {
        for (String link : List.of(
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)",
                "[x](vbscript:msgbox)")) {
            String html = markdown.toHtml(link);
            assertFalse(html.toLowerCase().contains("javascript:"), html);
            assertFalse(html.contains("data:"), html);
            assertFalse(html.contains("vbscript:"), html);
        }
        String image = markdown.toHtml("![pic](https://example.com/a.png)");
        assertFalse(image.contains("<img"), image);
    }

    @Test
    void shouldLeaveHeadingsAndTablesAsText() {
        assertEquals("<p># Not a heading</p>", markdown.toHtml("# Not a heading"));
    }

    @Test
    void shouldMakeAPlainExcerpt() {
        assertEquals("Great work on the demo.", markdown.excerpt("**Great** work on *the demo*.", 100));
        assertEquals("abcd…", markdown.excerpt("abcdefgh", 5));
    }
}
