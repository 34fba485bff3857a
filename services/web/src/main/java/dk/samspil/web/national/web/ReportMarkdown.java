package dk.samspil.web.national.web;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the annual report's Markdown into HTML for reading in the browser. The report uses only headings, paragraphs,
 * bullet lists, italic lines and pipe tables, so this reads exactly those; every piece of text is escaped, and
 * anything else is shown as a plain paragraph.
 */
final class ReportMarkdown {

    private final StringBuilder html = new StringBuilder();
    private final List<String> table = new ArrayList<>();
    private boolean inList;

    private ReportMarkdown() {
    }

    static String toHtml(String markdown) {
        ReportMarkdown report = new ReportMarkdown();
        markdown.lines().forEach(report::line);
        report.closeBlocks();
        return report.html.toString();
    }

    private void line(String line) {
        if (line.startsWith("|")) {
            closeList();
            table.add(line);
            return;
        }
        closeTable();
        if (line.startsWith("- ")) {
            if (!inList) {
                html.append("<ul>\n");
                inList = true;
            }
            html.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            return;
        }
        closeList();
        if (line.isBlank()) {
            return;
        }
        int level = headingLevel(line);
        if (level == 1) {
            // The report's title is the page's own h1.
            return;
        }
        if (level > 1) {
            html.append("<h").append(level).append('>').append(inline(line.substring(level + 1).strip()))
                    .append("</h").append(level).append(">\n");
        } else {
            html.append("<p>").append(inline(line)).append("</p>\n");
        }
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }

    private static String inline(String text) {
        String escaped = HtmlUtils.htmlEscape(text.strip(), "UTF-8");
        if (escaped.length() > 2 && escaped.startsWith("_") && escaped.endsWith("_")) {
            return "<em>" + escaped.substring(1, escaped.length() - 1) + "</em>";
        }
        return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }

    private void closeList() {
        if (inList) {
            html.append("</ul>\n");
            inList = false;
        }
    }

    private void closeTable() {
        if (table.isEmpty()) {
            return;
        }
        html.append("<div class=\"table-scroll\"><table class=\"table table--zebra\">\n<thead><tr>");
        cells(table.get(0)).forEach(cell -> html.append("<th scope=\"col\">").append(inline(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        table.stream().skip(1).filter(row -> !row.matches("[|\\s:-]+")).forEach(row -> {
            List<String> cells = cells(row);
            html.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(tag).append('>').append(inline(cells.get(i)))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            html.append("</tr>\n");
        });
        html.append("</tbody>\n</table></div>\n");
        table.clear();
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    private void closeBlocks() {
        closeList();
        closeTable();
    }
}
