package dk.samspil.web.national.map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The fragment as a page includes it, rendered by a Thymeleaf engine without a Spring context. */
class MapFragmentTest {

    private static final String PAGE = "<main><figure th:replace=\"~{fragments/map :: choropleth(${view})}\"></figure></main>";

    private static String html;
    private static ChoroplethView view;

    @BeforeAll
    static void render() {
        Map<String, Long> values = new HashMap<>();
        values.put("0336", 12L);
        values.put("0751", 42L);
        values.put("0825", 0L);
        values.put("0101", 30L);
        values.put("0461", 20L);
        values.put("0400", 3L);
        values.put("0813", 9L);
        view = new Choropleth(new MunicipalityMap()).view(values, "Indsatser i alt");

        Context context = new Context();
        context.setVariable("view", view);
        html = engine().process(PAGE, context);
    }

    @Test
    void every_municipality_is_a_path_with_its_band_code_and_tooltip() {
        assertThat(count("<path class=\"map-area map-band-\\d\" d=\"M[^\"]+\" data-kommunekode=\"\\d{4}\"><title>[^<]+</title></path>"))
                .isEqualTo(98);
        assertThat(html).contains("data-kommunekode=\"0336\"><title>Stevns (Midt- og Vestsjællands Politi): 12 indsatser i alt</title>");
        assertThat(html).containsPattern("class=\"map-area map-band-5\" d=\"[^\"]+\" data-kommunekode=\"0751\"");
    }

    @Test
    void the_svg_is_an_image_labelled_by_its_title_and_the_summary() {
        assertThat(html).containsPattern("<svg class=\"map-svg\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \\d+ 480\""
                + " aria-labelledby=\"kort-indsatser-i-alt-titel kort-indsatser-i-alt-beskrivelse\">");
        assertThat(html).contains("<title id=\"kort-indsatser-i-alt-titel\">Kort over Danmarks kommuner: Indsatser i alt</title>");
        assertThat(html).contains("<desc id=\"kort-indsatser-i-alt-beskrivelse\">" + view.summary() + "</desc>");
        assertThat(view.summary()).isEqualTo("Flest indsatser i alt: Aarhus (42); færrest: Læsø (0). Medianen er 12.");
    }

    @Test
    void the_district_outlines_are_drawn_over_the_municipalities_with_the_bornholm_inset_frame() {
        assertThat(count("<path class=\"map-district\" d=\"M[^\"]+\" data-politikredskode=\"14(6\\d|7[01])\"/>")).isEqualTo(12);
        assertThat(html.indexOf("map-district")).isGreaterThan(html.lastIndexOf("map-area"));
        assertThat(html).contains("<use class=\"map-district-line\" href=\"#kort-indsatser-i-alt-politikredse\"/>");
        assertThat(html).contains("<g id=\"kort-indsatser-i-alt-politikredse\">");
        assertThat(html).containsPattern("<rect class=\"map-inset-frame\" x=\"[\\d.]+\" y=\"[\\d.]+\"\\s+width=\"[\\d.]+\" height=\"[\\d.]+\"/>");
    }

    @Test
    void the_legend_gives_every_band_a_swatch_and_its_numbers_in_text() {
        Matcher entries = Pattern.compile("<rect class=\"map-swatch map-band-(\\d)\"[^>]*/></svg>\\s*<span>([^<]+)</span>")
                .matcher(html.substring(html.indexOf("<ul class=\"map-legend\">")));
        StringBuilder legend = new StringBuilder();
        while (entries.find()) {
            legend.append(entries.group(1)).append('=').append(entries.group(2)).append("; ");
        }

        assertThat(legend.toString()).isEqualTo("0=0 eller ingen tal; 1=3–9; 2=10–12; 3=13–20; 4=21–30; 5=31–42; ");
    }

    @Test
    void the_caption_has_the_figure_and_the_credit_for_the_map() {
        assertThat(html).containsPattern("<figcaption class=\"map-caption\">\\s*<span class=\"map-caption-label\">Indsatser i alt</span>"
                + "\\s*<small class=\"map-credit\">Kort: Geodatastyrelsen, DAGI</small>\\s*</figcaption>");
    }

    @Test
    void nothing_inline_that_a_strict_content_security_policy_would_block() {
        assertThat(html).doesNotContain("style=", "<style", "<script", "javascript:").doesNotContainPattern("\\son[a-z]+=");
        assertThat(html).doesNotContain("th:");
    }

    @Test
    void the_rendered_map_stays_small_enough_for_every_page() {
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;

        assertThat(bytes).isLessThan(150_000);
    }

    private static int count(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setResolvablePatterns(Set.of("fragments/*"));
        templates.setOrder(1);
        StringTemplateResolver page = new StringTemplateResolver();
        page.setTemplateMode(TemplateMode.HTML);
        page.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(templates);
        engine.addTemplateResolver(page);
        return engine;
    }
}
