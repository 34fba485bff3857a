package dk.samspil.web.national.web;

import dk.samspil.web.national.query.NationalClient;
import dk.samspil.web.page.DanishFormats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The draft of the national association's annual report: to read, to print from the browser, or as Markdown. */
@Controller
class AnnualReportController {

    private final NationalClient national;

    AnnualReportController(NationalClient national) {
        this.national = national;
    }

    @GetMapping("/landet/aarsberetning")
    String thisYear() {
        return "redirect:/landet/aarsberetning/" + LocalDate.now(DanishFormats.DENMARK).getYear();
    }

    @GetMapping("/landet/aarsberetning/{year:\\d{4}}")
    String report(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("report", ReportMarkdown.toHtml(national.annualReportMarkdown(year)));
        return "national/annual-report";
    }

    @GetMapping("/landet/aarsberetning/{year:\\d{4}}.md")
    ResponseEntity<String> markdown(@PathVariable int year) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("aarsberetning-" + year + ".md").build().toString())
                .body(national.annualReportMarkdown(year));
    }
}
