package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SamspilLocalTest {

    @Test
    void theHelpNamesThePageToOpenAndTheWebServicesPort() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SamspilLocal.usage(new PrintStream(out, true, StandardCharsets.UTF_8));

        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("åbn så http://localhost:8080/ i browseren", "Browser:   http://localhost:8080/",
                "web 8085", "Tjenester: identity, municipality, district-council, national-association, local-council, web, gateway");
    }
}
