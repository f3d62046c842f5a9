import styles from '@/components/ui/rich-text.module.css';

/**
 * Text the API already rendered from its Markdown subset and sanitized with an allow-list
 * (`bodyHtml` of feedback: commonmark with HTML escaped, then the OWASP sanitizer — see
 * docs/feedback.md). Only such server-sanitized HTML may come here; never user input.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `${styles.richText} ${className}` : styles.richText}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
