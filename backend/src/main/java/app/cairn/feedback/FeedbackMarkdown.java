package app.cairn.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Feedback text is a Markdown subset: paragraphs and line breaks, emphasis, strong, inline code,
 * lists, block quotes, fenced code and links (http, https, mailto). Headings, images, tables and
 * raw HTML are not part of it.
 *
 * <p>Two layers keep script and raw HTML off every page that shows feedback, whatever client reads
 * the API: commonmark-java renders with HTML escaped (a `<script>` typed by a giver arrives as text)
 * and unsafe URLs removed; then the OWASP sanitizer keeps only the elements and attributes above
 * (anything else the renderer could produce, such as images, is dropped). Rendering happens on the
 * way out, so a stricter policy applies to old feedback at once; the stored body is the giver's
 * Markdown source.
 */
@ApplicationScoped
public class FeedbackMarkdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("start")
            .matching(java.util.regex.Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class, FencedCodeBlock.class))
            .build();

    private final HtmlRenderer html = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .softbreak("<br />")
            .build();

    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Safe HTML for a page: the Markdown subset rendered, then sanitized by the allow-list. */
    public String toHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        Node document = parser.parse(markdown);
        return POLICY.sanitize(html.render(document)).trim();
    }

    /** Plain text without Markdown marks, cut to `length` characters (for notices and summaries). */
    public String excerpt(String markdown, int length) {
        if (markdown == null) {
            return null;
        }
        String plain =
                text.render(parser.parse(markdown)).replaceAll("\\s+", " ").trim();
        return plain.length() <= length ? plain : plain.substring(0, length - 1) + "…";
    }
}
