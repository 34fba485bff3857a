package dk.samspil.web.national.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMarkdownTest {

    @Test
    void headings_lists_italic_lines_and_tables_become_html_under_the_pages_own_title() {
        String html = ReportMarkdown.toHtml("""
                # Årsberetning 2026 – udkast

                _Dannet af Samspil._

                ## Hele landet

                - 455 indsatser
                - 92 af 98 kommuner

                | Projekt | Status |
                |---|---|
                | Forældre | i gang |
                """);

        assertThat(html).doesNotContain("Årsberetning 2026")
                .contains("<p><em>Dannet af Samspil.</em></p>", "<h2>Hele landet</h2>",
                        "<ul>\n<li>455 indsatser</li>\n<li>92 af 98 kommuner</li>\n</ul>",
                        "<th scope=\"col\">Projekt</th><th scope=\"col\">Status</th>",
                        "<tr><th scope=\"row\">Forældre</th><td>i gang</td></tr>");
    }

    @Test
    void text_from_the_report_is_escaped() {
        assertThat(ReportMarkdown.toHtml("- <script>alert(1)</script> & co"))
                .isEqualTo("<ul>\n<li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</li>\n</ul>\n");
    }
}
